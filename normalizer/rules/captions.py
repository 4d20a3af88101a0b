"""Photo captions and credits: lines that describe a picture and name who took or supplied it.

A line is a caption only when it carries a credit signature: a slash credit naming an agency or
platform after the caption's last sentence (`… Guerrero state. REUTERS/Henry Romero`), a
parenthesised credit (`(Edro Pardo/AFP/Getty Images)`), a `Photo:` / `Credit:` tail, or it is a
credit or `Source:` line on its own. A credit line right under a caption joins that caption's
credit. Body sentences carry no such signature, so they never become captions.
"""

from __future__ import annotations

import functools
import re

import regex

from ..config import Config, Group
from ..document import Document, Line
from ..engine import rule
from ..result import Caption, Target
from ..scan import keywords, scan
from ..tables import credit_keywords, credit_name_pattern

G = Group.CAPTIONS

#: A caption is short: longer lines are paragraphs, whatever they end with.
MAX_CAPTION_WORDS = 90
#: A credit is a name or two, not a clause.
MAX_CREDIT_WORDS = 14
#: A line that is only a credit or a `Source:` note is shorter still.
MAX_CREDIT_LINE_WORDS = 16

#: Words that open a credit (`Photo:`, `Crédit photo :`, `Bildquelle:`), English, Spanish, French,
#: German, Portuguese, Italian, Dutch; longer forms first.
PHOTO_WORDS = r"(?:photo\s+credits?|image\s+credits?|image\s+source|crédits?\s+photos?|" \
              r"crédito\s+(?:de\s+)?(?:la\s+)?foto(?:grafía|grafia)?|bild(?:quelle|nachweis|rechte)|fotoquelle|" \
              r"photo(?:graph)?s?|images?|pictures?|pic|credits?|illustration|video|" \
              r"foto(?:grafía|grafia|grafías|grafias|grafie|s)?|imagen(?:es)?|imagem|imagens|immagin[ei]|" \
              r"afbeelding|beeld|bild|ilustración|ilustração|illustrazione|créditos?|crédits?|" \
              r"fuente|fonte|quelle|bron)"
#: What stands between a credit word and the name without a colon: `Photo by`, `Foto de`,
#: `Foto di`, `Foto von`, `Foto door`, `Photo de`.
BY_WORDS = r"(?:by|de|di|da|von|van|door|par)"


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
        # `Photo by Jane Doe`, `Foto di Mario Rossi`: a credit only when a name follows.
        "photo_by": regex.compile(rf"{photo}\s+(?i:{BY_WORDS})\s+(?=\S)"),
        # Where a caption's sentence ends and a credit may begin.
        "boundary": regex.compile(r"[.!?”\"’)]\s+"),
    }


def _words(text: str) -> int:
    return len(text.split())


_TOKEN_SPLIT = re.compile(r"[\s/()\[\],.;:|]+")


#: A citation marker (`[2]`), left out when a line is judged.
_CITATION_MARKER = re.compile(r"\[\d{1,3}\]")
#: A credit sits in the last characters of a line (never split a whole paragraph to find it).
CREDIT_TAIL_CHARS = 120
#: Lines longer than this (characters) are paragraphs, not captions (a cheap bound before the
#: word count).
MAX_CAPTION_CHARS = 900


def _may_carry_credit(text: str) -> bool:
    """Cheap gate: a credit name or lead word among the line's last words (or its first)."""
    if len(text) > MAX_CAPTION_CHARS:
        return False
    tokens = credit_keywords()
    tail = text[-CREDIT_TAIL_CHARS:]
    if "/" in tail or "(" in tail or ":" in tail:  # names glued by punctuation: REUTERS/Henry
        return not tokens.isdisjoint(_TOKEN_SPLIT.split(tail)) or \
            not tokens.isdisjoint(_TOKEN_SPLIT.split(text[:24]))
    return not tokens.isdisjoint(tail.split()) or not tokens.isdisjoint(text[:24].split(None, 1)[:1])


def _candidate_lines(doc: Document, config: Config) -> list[Line]:
    """Lines where a credit name or lead word stands as a word (from the shared keyword scan)."""
    hits = scan(doc, keywords(config))
    return [line for line in doc.lines_at(hits.credits) if _may_carry_credit(line.text)]


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
        if not photo_lead and not _ends_with_period(credit) and _by_credit(credit):
            return text[:start].rstrip(), credit
        if not photo_lead and (_ends_with_period(credit) or not pats["agency"].search(credit)):
            continue
        if pats["tail"].fullmatch(credit):
            return text[:start].rstrip(), credit
    return None


#: Small words a name-like credit may hold in lower case (`Museum of Art`, `Foto de Ana`).
NAME_PARTICLES = frozenset("of de del della da di dos das du van von der den la le y e et und en and & via "
                           "for the by at".split())
#: A `Photo by` credit names one to four words of a name (`Foto di Mario Rossi`).
MAX_BY_NAME_WORDS = 4


def _name_like(value: str) -> bool:
    """A credit names someone: a slash credit, an agency, or a few capitalised words (not a
    clause like `The snowiest winter in a generation`)."""
    pats = _patterns()
    if "/" in value or pats["agency"].search(value):
        return True
    words = [w for w in value.split() if w.lower() not in NAME_PARTICLES]
    return 0 < len(words) <= 8 and all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def _by_credit(credit: str) -> bool:
    """`Photo by Jane Doe`, `Foto di Mario Rossi`, `Foto von dpa`: a credit word, `by` in some
    language, then an agency or a person's name of two to four capitalised words (`Foto de`,
    `Foto di` also read "photo of": `Fotos de Madrid` or `Foto di gruppo` names no one)."""
    m = _patterns()["photo_by"].match(credit)
    if m is None:
        return False
    value = credit[m.end():].strip()
    if _patterns()["agency"].search(value):
        return True
    words = [w for w in value.split() if w.lower() not in NAME_PARTICLES]
    return 2 <= len(words) <= MAX_BY_NAME_WORDS and _name_like(value)


def _credit_line(text: str, under_caption: bool) -> str | None:
    """The credit when the whole line is one (`REUTERS/Henry Romero`, `Source: X80001`,
    `Photo: Jane Doe`). A bare agency or platform name (`Getty Images`, `Facebook`) counts only
    right under a caption: alone it is as likely a share button or a menu item."""
    if _words(text) > MAX_CREDIT_LINE_WORDS or _ends_with_period(text.rstrip(")")):
        return None  # a name does not end like a sentence
    bare = text.strip()
    if bare.startswith("(") and bare.endswith(")"):
        bare = bare[1:-1].strip()
    if _by_credit(bare):
        return text.strip()
    m = _patterns()["line"].fullmatch(text)
    if not m:
        return None
    credit = m.group("credit").strip()
    lead = _patterns()["photo_lead"].match(credit.lstrip("("))
    if lead is not None or credit.lower().startswith(("source", "sources")):
        value = credit.lstrip("(").split(":", 1)[-1].strip().rstrip(")")
        return credit if _name_like(value) else None
    if "/" not in credit and not under_caption:
        return None
    return credit


#: A line wrapped in Markdown emphasis (`*…*`, `_…_`, `**…**`): how Markdown output sets a caption.
_EMPHASIS = regex.compile(r"^(\*{1,2}|_{1,2})(?=\S)(.*\S)\1$")


#: Markdown images opening a line (`![The ferry](ferry.jpg)The ferry leaves …`): html2text writes
#: a figure's image just before its caption.
_LEADING_IMAGES = regex.compile(r"^(?:!\[[^\]\n]*\]\([^)\n]*\)\s*)+")


def _unemphasized(text: str) -> str:
    """`text` without the Markdown emphasis around the whole of it (`*Photo: Jane Doe*`) and
    without the Markdown images it opens with."""
    if text[:2] == "![":
        text = _LEADING_IMAGES.sub("", text)
    m = _EMPHASIS.match(text) if text[:1] in "*_" else None
    return m.group(2) if m is not None else text


@rule("captions.credits", G, "move photo captions with credits (REUTERS/…, AP Photo/…, Photo:) to captions")
def credits(doc: Document, config: Config) -> None:
    last: tuple[Line, int] | None = None  # the caption line just moved, and its caption's index
    for line in _candidate_lines(doc, config):
        if last is not None and not _adjacent(doc, last[0], line):
            last = None  # something between: a credit line below joins nothing
        info = line.info
        if not info.words or info.words > MAX_CAPTION_WORDS:
            last = None
            continue
        # Judged without citation markers (`scene[2]. REUTERS/…`): the caption text drops them
        # anyway, and the verdict must not change once a later rule has cut them.
        text = _unemphasized(_CITATION_MARKER.sub("", info.text))
        # A caption sentence with a credit after it, before a line that is only a credit: a
        # short caption (`… August 3, 2024. REUTERS/Pedro Nunes`) must keep its text.
        split = _split_credit(text)
        credit_only = None
        if split is None and info.words <= MAX_CREDIT_LINE_WORDS:
            credit_only = _credit_line(text, under_caption=last is not None)
        if credit_only is not None:
            above = _caption_above(doc, line, credit_only) if last is None else None
            if above is not None:  # `Caption sentence.` / `Photo: Jane Doe`, a block of its own
                above.remove("captions.credits", G, Target.CAPTION, evidence="caption over a credit line")
                line.remove("captions.credits", G, Target.CAPTION, evidence="credit line")
                bare = credit_only[1:-1].strip() if credit_only[:1] == "(" and credit_only[-1:] == ")" else credit_only
                doc.fields.captions.append((above.start, Caption(_unemphasized(above.info.text), bare)))
                last = (line, len(doc.fields.captions) - 1)
                continue
            line.remove("captions.credits", G, Target.CAPTION, evidence="credit line")
            if last is not None:  # right under a caption: it completes that caption's credit
                i = last[1]
                start, cap = doc.fields.captions[i]
                joined = f"{cap.credit}; {credit_only}" if cap.credit else credit_only
                doc.fields.captions[i] = (start, Caption(cap.text, joined))
            else:
                doc.fields.captions.append((line.start, Caption("", credit_only)))
                i = len(doc.fields.captions) - 1
            last = (line, i)
            continue
        if split is None:
            last = None
            continue
        head, credit = split
        line.remove("captions.credits", G, Target.CAPTION, evidence="credit")
        doc.fields.captions.append((line.start, Caption(head, credit)))
        last = (line, len(doc.fields.captions) - 1)


#: A caption over its credit line is one sentence of this many words (a paragraph is longer) ...
CAPTION_ABOVE_MIN_WORDS = 3
CAPTION_ABOVE_MAX_WORDS = 40
#: ... with no sentence break inside (`… on Friday. Police said …` is a paragraph).
_SENTENCE_BREAK = regex.compile(r"(?<=\p{Ll}{2})[.!?]\s+\p{Lu}")


def _caption_above(doc: Document, credit: Line, value: str) -> Line | None:
    """The caption a photo credit line closes: the line right above it (no blank line between),
    when the two stand apart from the text (blank lines or the document's edge around them) and
    that line is one short sentence. A `Source:` line is not a photo credit: a data paragraph
    may cite its source on the next line."""
    if value.lstrip("(").lower().startswith("source"):
        return None
    lines = doc.lines
    i = credit.index
    if i < 1 or (i + 1 < len(lines) and lines[i + 1].alive and not lines[i + 1].blank):
        return None
    above = lines[i - 1]
    if not above.alive or above.blank or (i >= 2 and lines[i - 2].alive and not lines[i - 2].blank):
        return None
    info = above.info
    if not CAPTION_ABOVE_MIN_WORDS <= info.words <= CAPTION_ABOVE_MAX_WORDS or info.last in ":;,":
        return None
    if _SENTENCE_BREAK.search(info.text) or _split_credit(_CITATION_MARKER.sub("", info.text)):
        return None
    return above


def _adjacent(doc: Document, upper: Line, lower: Line) -> bool:
    """Nothing but removed lines between two lines (a blank line separates them)."""
    return all(not other.alive for other in doc.lines[upper.index + 1:lower.index])
