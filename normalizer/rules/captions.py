"""Photo captions and credits: lines that describe a picture and name who took or supplied it.

A line is a caption only when it carries a credit signature: a slash credit naming an agency or
platform after the caption's last sentence (`… Guerrero state. REUTERS/Henry Romero`), a
parenthesised credit (`(Edro Pardo/AFP/Getty Images)`), a `Photo:` / `Credit:` tail, or it is a
credit or `Source:` line on its own. A credit line right under a caption joins that caption's
credit. Body sentences carry no such signature, so they never become captions.
"""

from __future__ import annotations

import functools

import regex

from ..config import Config, Group
from ..document import Document, Line
from ..engine import rule
from ..result import Caption, Target
from ..tables import credit_name_pattern, credit_names

G = Group.CAPTIONS

#: A caption is short: longer lines are paragraphs, whatever they end with.
MAX_CAPTION_WORDS = 90
#: A credit is a name or two, not a clause.
MAX_CREDIT_WORDS = 14
#: A line that is only a credit or a `Source:` note is shorter still.
MAX_CREDIT_LINE_WORDS = 16

PHOTO_WORDS = r"(?:photo(?:graph)?s?|images?|pictures?|pic|credits?|photo\s+credits?|image\s+credits?|" \
              r"image\s+source|illustration|video|foto(?:grafía|grafia|s)?|bild|crédito|crédit|fuente|quelle)"


@functools.cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    name = credit_name_pattern()
    agency = rf"(?<![\p{{L}}]){name}(?![\p{{L}}])"
    photo = rf"(?i:{PHOTO_WORDS})"
    # A slash credit: words/words, with an agency or platform among them.
    slash = rf"(?=[^\n]*{agency})[\p{{Lu}}\p{{N}}][^\n]*?\S\s?/\s?\S[^\n]*"
    return {
        # The credit after the caption's last sentence: `REUTERS/Henry Romero`, `Photo: X`,
        # `AFP via Getty Images`, `Alex Wong/Getty Images`.
        "tail": regex.compile(rf"(?:{slash}|(?:[\p{{Lu}}][\p{{L}}.'’-]*\s+){{0,4}}{agency}(?:\s+via\s+{agency})*"
                              rf"|{photo}(?:\s+by)?\s*:\s*[^\n]+|(?i:photo|image)s?\s+by\s+[^\n]+)\s*"),
        # `(CREDIT)` closing the line.
        "paren": regex.compile(rf"\((?P<credit>{photo}(?:\s+by)?\s*:?\s*[^()]+|[^()]*(?:\S/\S|{agency})[^()]*)\)\s*$"),
        # A whole line that is a credit or a source note.
        "line": regex.compile(rf"\s*(?P<credit>\(?(?:{photo}|(?i:sources?))(?:\s+by)?\s*:\s*\S[^\n]*"
                              rf"|{slash}|(?:[\p{{Lu}}][\p{{L}}.'’-]*\s+){{0,4}}{agency}(?:\s+via\s+{agency})*)\s*"),
        "agency": regex.compile(agency),
        "photo_lead": regex.compile(rf"{photo}(?:\s+by)?\s*:"),
        # Where a caption's sentence ends and a credit may begin.
        "boundary": regex.compile(r"[.!?”\"’)]\s+"),
    }


def _words(text: str) -> int:
    return len(text.split())


@functools.cache
def _credit_tokens() -> frozenset[str]:
    """Words of credit names: a line with none of them, no `/`, `:` and no closing `)` cannot
    carry a credit, and is passed over without running the credit regexes."""
    out: set[str] = set()
    for name in credit_names():
        for word in name.split():
            out.update({word, word.title(), word.upper()})
    return frozenset(out)


def _may_carry_credit(text: str, words: list[str]) -> bool:
    if "/" in text or ":" in text or text.endswith(")"):
        return True
    tokens = _credit_tokens()
    return any(w.strip("()[],.;") in tokens for w in words[-MAX_CREDIT_WORDS:])


def _ends_with_period(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?", ";", ","))


#: Only the last few sentence ends of a line can start its credit.
TAIL_BOUNDARIES = 3


def _split_credit(text: str) -> tuple[str, str] | None:
    """(caption text, credit) when the line ends with a credit signature."""
    pats = _patterns()
    if text.endswith(")"):
        m = pats["paren"].search(text)
        if m and m.start() > 0:
            head = text[:m.start()].rstrip()
            credit = m.group("credit").strip()
            if head and _words(credit) <= MAX_CREDIT_WORDS:
                return head, credit
    ends = [m.end() for m in pats["boundary"].finditer(text)][-TAIL_BOUNDARIES:]
    for start in ends:
        credit = text[start:].strip()
        if not credit or _words(credit) > MAX_CREDIT_WORDS:
            continue
        photo_lead = pats["photo_lead"].match(credit) is not None
        if not photo_lead and (_ends_with_period(credit) or not pats["agency"].search(credit)):
            continue
        if pats["tail"].fullmatch(credit):
            return text[:start].rstrip(), credit
    return None


def _credit_line(text: str) -> str | None:
    """The credit when the whole line is one (`REUTERS/Henry Romero`, `Source: X80001`)."""
    if _words(text) > MAX_CREDIT_LINE_WORDS or _ends_with_period(text.rstrip(")")) and "/" not in text:
        return None
    m = _patterns()["line"].fullmatch(text)
    return m.group("credit").strip() if m else None


def _previous_alive(doc: Document, line: Line) -> Line | None:
    i = line.index - 1
    while i >= 0 and not doc.lines[i].alive:
        i -= 1
    return doc.lines[i] if i >= 0 else None


@rule("captions.credits", G, "move photo captions with credits (REUTERS/…, AP Photo/…, Photo:) to captions")
def credits(doc: Document, config: Config) -> None:
    last: tuple[Line, int] | None = None  # the caption line just moved, and its caption's index
    for line in doc.lines:
        if not line.alive or line.blank:
            last = None if line.alive else last
            continue
        text = line.text.strip()
        words = text.split()
        if len(words) > MAX_CAPTION_WORDS or not _may_carry_credit(text, words):
            last = None
            continue
        credit_only = _credit_line(text)
        if credit_only is not None:
            prev = _previous_alive(doc, line)
            if last is not None and (prev is None or prev.index < line.index) and \
                    _adjacent(doc, last[0], line):
                i = last[1]
                cap = doc.fields.captions[i][1]
                joined = f"{cap.credit}; {credit_only}" if cap.credit else credit_only
                doc.fields.captions[i] = (doc.fields.captions[i][0], Caption(cap.text, joined))
                line.remove("captions.credits", G, Target.CAPTION, evidence="credit line")
                last = (line, i)
                continue
            line.remove("captions.credits", G, Target.CAPTION, evidence="credit line")
            doc.fields.captions.append((line.start, Caption("", credit_only)))
            last = (line, len(doc.fields.captions) - 1)
            continue
        if _words(text) > MAX_CAPTION_WORDS:
            last = None
            continue
        split = _split_credit(text)
        if split is None:
            last = None
            continue
        head, credit = split
        line.remove("captions.credits", G, Target.CAPTION, evidence="credit")
        doc.fields.captions.append((line.start, Caption(head, credit)))
        last = (line, len(doc.fields.captions) - 1)


def _adjacent(doc: Document, upper: Line, lower: Line) -> bool:
    """No blank line between two lines (removed lines in between don't count)."""
    return all(not l.alive or not l.blank for l in doc.lines[upper.index + 1:lower.index])
