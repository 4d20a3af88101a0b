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

from dataclasses import dataclass

from ..config import Config, Group
from ..document import Document, Line
from ..engine import rule
from ..features import PROSE_MIN_WORDS, ends_sentence, symbols_only
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



@dataclass
class Assessment:
    line: Line
    text: str
    words: int
    prose: bool
    family: str | None = None
    mode: Mode | None = None


def _matcher(config: Config) -> PhraseMatcher:
    families = frozenset(name.split(".", 1)[1] for name in config.skip if name.startswith("chrome.family."))
    return chrome_matcher(config.phrases_file, families)


def _assess(line: Line, matcher: PhraseMatcher) -> Assessment:
    text = line.text.strip()
    words = text.count(" ") + 1
    prose = words >= PROSE_MIN_WORDS and ends_sentence(text)
    a = Assessment(line, line.text, words, prose)
    if words <= MAX_PHRASE_LINE_WORDS:
        hit = matcher.match(text, contains=False)
        if hit is not None:
            a.family, a.mode = hit
    return a


def _phrase_chrome(a: Assessment, in_tail: bool, matcher: PhraseMatcher) -> bool:
    if a.family is None:
        if in_tail and a.words <= MAX_CONTAINS_LINE_WORDS:
            hit = matcher.match(a.line.text, contains=True)
            if hit is not None and hit[1] is Mode.CONTAINS:
                a.family, a.mode = hit
                return True
        return False
    if a.mode is Mode.LINE:
        return True
    return in_tail or not a.prose or a.family == "copyright"


def _assessments(doc: Document, config: Config) -> list[Assessment]:
    """Per-line evidence, computed once per document and shared by the chrome rules (lines
    whose text changed since are assessed again)."""
    matcher = _matcher(config)
    memo: dict[int, Assessment] = doc.memo.setdefault("chrome.assessments", {})  # type: ignore[assignment]
    out = []
    for line in doc.body_lines():
        a = memo.get(line.index)
        if a is None or a.text != line.text:
            a = _assess(line, matcher)
            memo[line.index] = a
        out.append(a)
    return out


def _last_content(items: list[Assessment], matcher: PhraseMatcher) -> int:
    """Index of the last line that is article prose and holds no chrome phrase; -1 if none."""
    for i in range(len(items) - 1, -1, -1):
        a = items[i]
        if a.prose and a.family is None:
            if a.words <= MAX_CONTAINS_LINE_WORDS and matcher.match(a.text, contains=True):
                continue
            return i
    return -1


@rule("chrome.phrases", G, "remove lines matching the chrome phrase tables (comments, share, related, …)")
def phrases(doc: Document, config: Config) -> None:
    items = _assessments(doc, config)
    matcher = _matcher(config)
    tail_from = _last_content(items, _matcher(config)) + 1
    for i, a in enumerate(items):
        if _phrase_chrome(a, i >= tail_from, matcher):
            a.line.remove("chrome.phrases", G, evidence=f"{a.family}:{a.mode.value}")  # type: ignore[union-attr]


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
    items = _assessments(doc, config)
    last = _last_content(items, _matcher(config))
    start = items[last].line.index + 1 if last >= 0 else 0
    in_block = False
    for line in doc.lines[start:]:
        if not line.alive:
            in_block = in_block or _is_tail_marker(line)
            continue
        if line.blank or not in_block:
            continue
        text = line.text.strip()
        words = len(text.split())
        prose = words >= PROSE_MIN_WORDS and ends_sentence(text)
        if prose:
            in_block = False
            continue
        if words < TAIL_SHORT_WORDS:
            line.remove("chrome.tail", G, evidence="after tail marker")


@rule("chrome.symbols", G, "drop lines of symbols only (/, |, •) at the head or tail")
def symbols(doc: Document, config: Config) -> None:
    items = _assessments(doc, config)
    last = _last_content(items, _matcher(config))
    first = next((i for i, a in enumerate(items) if a.prose), len(items))
    for i, a in enumerate(items):
        if (i < first or i > last) and symbols_only(a.text):
            a.line.remove("chrome.symbols", G)


@rule("chrome.dangling", G, "drop a lead-in left at the very end (`For more information:`)")
def dangling(doc: Document, config: Config) -> None:
    body = doc.body_lines()
    while body:
        last = body[-1]
        text = last.text.strip()
        if text.endswith(":") and len(text.split()) <= MAX_LEAD_IN_WORDS:
            last.remove("chrome.dangling", G)
            body.pop()
        else:
            break
