"""Line shape features shared by the rule families (words, sentence ends, symbols).

Plain string operations on purpose: these run on every line of every document, where a regex
search that scans to the line end costs more than the rest of the rule.
"""

from __future__ import annotations

import re
from typing import Iterable

#: Characters that end a sentence (or a quoted / bracketed one).
SENTENCE_END_CHARS = frozenset(".!?…:;\"”’)]»“‘")  # (“ ‘ close a quote in German: „So.“)
#: Marks that may close a line after its sentence's end (quotes, brackets, guillemets).
CLOSING_MARKS = "\"”’)]»"
#: A prose line has at least this many words and ends like a sentence.
PROSE_MIN_WORDS = 12

_ALNUM = re.compile(r"[^\W_]")
#: A Markdown link or image, `[text](target)` or `![alt](src)` (group 1: the text): extractors
#: that write Markdown keep link targets.
MARKDOWN_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")


def link_text(text: str) -> str:
    """The text a reader sees: each Markdown link or image as its text, without its target (a
    button `[Jetzt abonnieren](…/newsletter/…)` names no newsletter)."""
    return MARKDOWN_LINK.sub(r"\1", text) if "](" in text else text

#: A line that is only a Markdown link, in a list or not (`* [Home](/)`): a menu's entry.
MARKDOWN_LINK_LINE = re.compile(r"(?:[-*+•]\s+)?" + MARKDOWN_LINK.pattern + "$")
#: What parts a page's <title> (`Headline | Site`, `Site – Headline`, `Headline · Section · Site`).
PAGE_TITLE_SEPARATOR = re.compile(r"\s+[|·•—–\-»/]\s+|\s*\|\s*|\s+::\s+")
#: A full-page text opens with the page's <title>: a first line of at most this many words that
#: does not end a statement (`What is a Mobile App? [Definition + Types + Pros and Cons]`) is no
#: line of the article, though it reads as one.
OPENING_TITLE_MAX_WORDS = 20
#: A sentence ends and the next begins inside a line (`… here. Then …`): a paragraph.
SENTENCE_INSIDE = re.compile(r"[.!?…][\"”’)\]]*\s+[\"“‘(]?[^\W\d_]")
#: A Markdown code fence (up to three spaces of indent): structure the footnote rules read (no
#: marker inside code is a marker), so no rule removes it as a line of symbols.
CODE_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")


def find_all(text: str, sub: str) -> list[int]:
    """Every offset of `sub` in `text` (overlapping too): a loop of C-level `str.find`, far
    cheaper than a regex scan when `sub` is rare."""
    out = []
    i = text.find(sub)
    while i >= 0:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def word_count(text: str) -> int:
    return len(text.split())


#: Stops a straight apostrophe may close after, as a quote (`… zei ze. 'Het kan.'`): the line
#: ends on the stop. A bare `'` ends no sentence (`De Kelder'`, `… 'Geen dak meer'`).
QUOTED_STOPS = ".!?…"


def last_char(text: str) -> str:
    """The character a line ends on, a straight single quote closing a quoted sentence aside."""
    stripped = text.rstrip()
    if not stripped:
        return ""
    if stripped[-1] == "'" and len(stripped) > 1 and stripped[-2] in QUOTED_STOPS:
        return stripped[-2]
    return stripped[-1]


def ends_sentence(text: str) -> bool:
    return last_char(text) in SENTENCE_END_CHARS


def is_prose(text: str, min_words: int = PROSE_MIN_WORDS) -> bool:
    """Several words ending like a sentence: the shape of an article paragraph."""
    return ends_sentence(text) and word_count(text) >= min_words


def symbols_only(text: str) -> bool:
    """No letter or digit at all (`/`, `|`, `• • •`, `***`); blank counts too."""
    return _ALNUM.search(text) is None


#: A text where this share of the lines opens in lower case is hard-wrapped prose, not a page
#: dump (a dump's menus and headlines open with capitals).
WRAPPED_SHARE = 0.1


def wrapped_prose(texts: Iterable[str]) -> bool:
    """Hard-wrapped prose (a mail, a man page, a plain-text file): enough of its non-blank lines
    open in lower case (WRAPPED_SHARE), so its lines are pieces of paragraphs, no page's blocks.
    A list's items after a lead-in or another item (the line above ends with `:` or `;`, or is
    such an item with no end mark: `de eerste vergunning gratis maakt voor huidige bewoners`)
    open in lower case in many languages (`om de week een pakket vlees;`) and are no pieces."""
    lines = [text.strip() for text in texts if text.strip()]
    pieces = 0
    item = False  # (the line above is a list's item)
    for k, text in enumerate(lines):
        above = lines[k - 1] if k else ""
        item = above.endswith((":", ";")) or (item and above[-1:].isalnum())
        if text[:1].islower() and not item:
            pieces += 1
        item = item and text[:1].islower()
    return pieces >= WRAPPED_SHARE * len(lines)


def opening_title(text: str) -> bool:
    """A text's first line that reads as the page's <title> (OPENING_TITLE_MAX_WORDS): no
    statement's end, or parts joined by a title's separator (`10 Tips … – Journey To College –
    Realize your potential.`: headline, site and the site's motto)."""
    stripped = text.strip().rstrip(CLOSING_MARKS).rstrip()
    if len(stripped.split()) > OPENING_TITLE_MAX_WORDS:
        return False
    return not stripped.endswith((".", "!", "…")) or PAGE_TITLE_SEPARATOR.search(stripped) is not None


class LineInfo:
    """The shape of one line, computed once per line text and shared by every rule."""

    __slots__ = ("text", "words", "last", "prose")

    def __init__(self, raw: str) -> None:
        text = self.text = raw.strip()
        if not text:
            self.words, self.last, self.prose = 0, "", False
            return
        # Words are spaces + 1 unless the spacing is irregular (runs, tabs, NBSP), where a split
        # counts them; paragraphs keep the estimate (no rule needs their exact count).
        words = text.count(" ") + 1
        if words <= 64 and ("  " in text or "\t" in text or "\u00a0" in text or "\u2009" in text
                            or "\u3000" in text):
            words = len(text.split())
        self.words = words
        # (a line ending with a Markdown link ends as its text does: `[… bei Instagram](https://…)`
        # ends no sentence, though its target's `)` closes the line)
        self.last = last_char(link_text(text) if text.endswith(")") and "](" in text else text)
        self.prose = words >= PROSE_MIN_WORDS and self.last in SENTENCE_END_CHARS
