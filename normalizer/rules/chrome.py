"""Site chrome: lines that belong to the site, not the article.

jusText's two passes, on plain-text lines. Pass one classifies each line from its own evidence:
phrase tables (`data/chrome/*.tsv`, one family per kind of chrome) and shape (words, terminal
punctuation, symbols). Pass two revises by position and neighbours: the tail after the article's
last prose line, tail markers (`Related Articles`, `Leave a Reply`) that make the short lines after
them chrome, a dangling lead-in (`For more information:`) left at the very end.

Precision over recall: a line of prose (several words ending in sentence punctuation) is never
removed for its shape alone, and a phrase inside a long line counts only in the tail.
"""

from __future__ import annotations


from ..config import Config, Group
from ..document import Document, Line
from ..engine import rule
from ..features import symbols_only
from ..tables import Mode, PhraseMatcher, chrome_matcher

G = Group.CHROME

#: Whole-line and prefix phrases count on lines up to this long (longer lines are content).
MAX_PHRASE_LINE_WORDS = 30
#: A `contains` phrase counts on lines up to this long, and only in the tail.
MAX_CONTAINS_LINE_WORDS = 45
#: After a tail marker, lines shorter than this are chrome (link lists, headlines, bylines).
TAIL_SHORT_WORDS = 16
#: A dangling lead-in at the end is at most this long.
MAX_LEAD_IN_WORDS = 10

#: Families whose whole-line phrase starts a block of chrome that runs to the end (or to prose).
TAIL_MARKER_FAMILIES = frozenset({"comments", "related", "tip", "subscribe", "share", "author", "tags"})



def _matcher(config: Config) -> PhraseMatcher:
    families = frozenset(name.split(".", 2)[2] for name in config.skip if name.startswith("chrome.family."))
    return chrome_matcher(config.phrases_file, families)


def _phrase_hit(line: Line, matcher: PhraseMatcher) -> tuple[str, Mode] | None:
    """The line's whole-line or prefix phrase hit."""
    info = line.info
    if info.words > MAX_PHRASE_LINE_WORDS:
        return None
    return matcher.match(info.text, contains=False)


def _contains_hit(line: Line, matcher: PhraseMatcher) -> bool:
    info = line.info
    if info.words > MAX_CONTAINS_LINE_WORDS:
        return False
    hit = matcher.match(info.text, contains=True)
    return hit is not None and hit[1] is Mode.CONTAINS


def _is_phrase_chrome(line: Line, in_tail: bool, matcher: PhraseMatcher) -> tuple[str, Mode] | None:
    """The (family, mode) that makes this line chrome, or None.

    A whole-line phrase is chrome anywhere; a prefix phrase on a line that is not prose (or
    in the tail, or a copyright notice); a phrase inside a longer line only in the tail."""
    hit = _phrase_hit(line, matcher)
    if hit is not None:
        family, mode = hit
        if mode is Mode.LINE or in_tail or not line.info.prose or family == "copyright":
            return hit
        return None
    if in_tail and _contains_hit(line, matcher):
        found = matcher.match(line.info.text, contains=True)
        return found
    return None


def _last_content(doc: Document, matcher: PhraseMatcher) -> Line | None:
    """The article's last prose line that holds no chrome phrase (the tail starts after it)."""
    for line in reversed(doc.lines):
        if not line.alive or not line.info.prose:
            continue
        if _phrase_hit(line, matcher) is None and not _contains_hit(line, matcher):
            return line
    return None


def _candidates(doc: Document, matcher: PhraseMatcher, tail_from: int) -> list[Line]:
    """Lines a phrase could match: those the matcher's line-start scan flags, every line an
    operation changed, and every line of the tail (where `contains` phrases count)."""
    offsets = matcher.candidate_offsets(doc.source)
    if offsets is None:
        return [line for line in doc.lines if line.removed is None]
    head = doc.lines_at(offsets)
    tail = [line for line in doc.lines[tail_from:] if line.removed is None]
    if not tail:
        return head
    seen = {line.index for line in head}
    return head + [line for line in tail if line.index not in seen]


@rule("chrome.phrases", G, "remove lines matching the chrome phrase tables (comments, share, related, …)")
def phrases(doc: Document, config: Config) -> None:
    matcher = _matcher(config)
    last = _last_content(doc, matcher)
    tail_from = last.index + 1 if last is not None else 0
    for line in _candidates(doc, matcher, tail_from):
        words = line.info.words
        if not words or (words > MAX_PHRASE_LINE_WORDS and line.index < tail_from):
            continue
        hit = _is_phrase_chrome(line, line.index >= tail_from, matcher)
        if hit is not None:
            line.remove("chrome.phrases", G, evidence=f"{hit[0]}:{hit[1].value}")


def _is_tail_marker(line: Line) -> bool:
    op = line.removed
    if op is None or op.rule != "chrome.phrases" or not op.evidence:
        return False
    family, _, mode = op.evidence.partition(":")
    return family in TAIL_MARKER_FAMILIES and mode == Mode.LINE.value


@rule("chrome.tail", G, "after a tail marker (Related, Leave a Reply, …) drop the short lines that follow")
def tail(doc: Document, config: Config) -> None:
    """Below a tail marker that follows the article's last prose line, short lines are the
    marker's list (headlines, names, dates); the first prose line ends the block."""
    last = _last_content(doc, _matcher(config))
    start = last.index + 1 if last is not None else 0
    in_block = False
    for line in doc.lines[start:]:
        if not line.alive:
            in_block = in_block or _is_tail_marker(line)
            continue
        if line.blank or not in_block:
            continue
        info = line.info
        if info.prose:
            in_block = False
        elif info.words < TAIL_SHORT_WORDS:
            line.remove("chrome.tail", G, evidence="after tail marker")


@rule("chrome.symbols", G, "drop lines of symbols only (/, |, •) before the first or after the last prose line")
def symbols(doc: Document, config: Config) -> None:
    for lines in (doc.lines, reversed(doc.lines)):
        for line in lines:
            if line.removed is not None or not line.info.words:
                continue
            if line.info.prose:
                break
            if symbols_only(line.info.text):
                line.remove("chrome.symbols", G)


@rule("chrome.dangling", G, "drop a lead-in left at the very end (`For more information:`)")
def dangling(doc: Document, config: Config) -> None:
    for line in reversed(doc.lines):
        if not line.alive or line.blank:
            continue
        info = line.info
        if info.last == ":" and info.words <= MAX_LEAD_IN_WORDS:
            line.remove("chrome.dangling", G)
        else:
            break
