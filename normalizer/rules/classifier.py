"""Full-page dumps: a jusText-style line classifier for the zones around the article.

A page's whole visible text (menus, login boxes, footers, teasers around the article) needs more
than phrase tables, but the same cut on a good extractor's output deletes real headings and list
items. So this family acts only where the text shows it is a dump, and only outside the prose:

1. Evidence that the text is a full-page dump: many lines that are not prose before the first
   line of good prose *and* after the last one, counted in the source (lines other rules
   removed count too). A good extractor's output starts and ends with the article's own prose
   or a line or two of title and byline; a dump starts with navigation and ends with a footer.
2. First pass, one class per line (jusText on plain lines): `good` (a sentence of prose with
   function words), `near` (several words that read like text, or carry numbers: table rows,
   addresses, dates), `short` (a few words) and `bad` (several words without function words).
3. Second pass, by position: before the first and after the last `good` line, `short` and `bad`
   lines are chrome, except the line right before the first `good` one (jusText keeps a heading
   followed by prose: the headline or the first subheading), and, in the head, a short line with
   text on both sides (jusText: short between good is good; a dictionary entry's `noun`, a
   byline between the dek and the lead). In the tail, a `near` line that does not end a
   sentence is a teaser headline or a footer link and goes too. Lines that end a sentence stay
   wherever they are.

Precision over recall: a line of prose shape is never `short` or `bad`, and without enough prose
to anchor the article, or when short items make up half of the article's own span (a product,
service or listing page), nothing is judged.
"""

from __future__ import annotations

import bisect
import functools
from enum import Enum
from typing import Container, Iterable

import re

from ..config import Config, Group
from ..document import Document
from ..engine import rule
from ..features import SENTENCE_END_CHARS, is_prose
from ..lang import guess_language, stoplists

G = Group.CHROME

#: A dump has at least this many source lines that are not prose before its first `good` line
#: (dumps open with navigation; on the dev set 95% of good extractor outputs have fewer than 20
#: lines before their first prose line, half have 1, while half of the full-page texts have 34) ...
DUMP_HEAD_LINES = 10
#: ... and at least this many after its last `good` line (a footer: good extractors end with prose).
DUMP_TAIL_LINES = 10
#: A `good` line has at least this many words (jusText's LENGTH_HIGH, in words) ...
GOOD_MIN_WORDS = 10
#: ... and at least this share of stopwords (STOPWORDS_LOW; the stoplists are short, so the
#: share in real prose is lower than with jusText's long lists: 5% of article lines fall below).
STOPWORDS_LOW = 0.10
#: A `short` line has fewer words than this (jusText's LENGTH_LOW, in words): a menu entry, a
#: button, a date, a name.
SHORT_MAX_WORDS = 6
#: The article needs this many words in `good` lines before its edges are judged: a product or
#: listing page has too little prose to tell where the article is.
MIN_GOOD_WORDS = 150
#: ... and at least this share of the non-blank lines from its first to its last `good` line must
#: read as text (`good` or `near`): an article's prose dominates its own span, while on service,
#: product and documentation pages short items alternate with prose and belong to the content
#: (on the dev set this gate keeps `with` snippets on all pages at 99%, for a little recall).
MIN_CORE_TEXT_SHARE = 0.5

#: In a dump's head, a run of this many teaser headlines (a `near` line standing alone without
#: ending a sentence; short lines between them aside) is a list of links to other articles.
TEASER_RUN_HEADLINES = 3
#: A teaser headline is shorter than this many words (a longer line without a sentence end is a
#: paragraph cut short or a data blob, not a link).
TEASER_MAX_WORDS = 25

#: What ends a sentence for the tail pass (a colon or a bare quote does not: `Read more:`).
SENTENCE_STOPS = (".", "!", "?", "…")

#: (The standard library's `re`: on these simple classes it scans several times faster than
#: `regex`, and the rule runs them over every line of a dump.)
_WORD = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")


class LineClass(str, Enum):
    """jusText's first-pass classes, on plain lines."""

    GOOD = "good"
    NEAR = "near"
    SHORT = "short"
    BAD = "bad"
    BLANK = "blank"


#: Classes removed in the head and tail zones of a dump.
CHROME_CLASSES = frozenset({LineClass.SHORT, LineClass.BAD})
#: Classes that read as text: a short line between two of them is part of the text.
TEXT_CLASSES = frozenset({LineClass.GOOD, LineClass.NEAR})


@functools.cache
def all_stopwords() -> frozenset[str]:
    """Every packaged stoplist together: for text whose language is not clear."""
    return frozenset().union(*stoplists().values())


def stopword_set(text: str) -> frozenset[str]:
    """The stoplist of the text's language, or all of them when the guess is thin."""
    lang = guess_language(text)
    lists = stoplists()
    return lists[lang] if lang in lists else all_stopwords()


def stopword_density(text: str, stopwords: frozenset[str]) -> float:
    words = _WORD.findall(text.lower())
    return sum(map(stopwords.__contains__, words)) / len(words) if words else 0.0


def classify(text: str, stopwords: frozenset[str]) -> LineClass:
    """jusText's first pass on one line: good, near-good, short or bad."""
    stripped = text.strip()
    words = len(stripped.split())
    if not words:
        return LineClass.BLANK
    if words < SHORT_MAX_WORDS:  # first: most lines of a dump, and no word scan needed
        return LineClass.SHORT
    density = stopword_density(stripped, stopwords)
    if words >= GOOD_MIN_WORDS and stripped[-1] in SENTENCE_END_CHARS and density >= STOPWORDS_LOW:
        return LineClass.GOOD
    if is_prose(stripped) or density >= STOPWORDS_LOW or _DIGIT.search(stripped) is not None:
        return LineClass.NEAR
    return LineClass.BAD


def _ends_sentence(text: str) -> bool:
    """Ends like a sentence (`.`, `!`, `?`, `…`, closing quotes aside)."""
    return text.rstrip().rstrip("\"”’)]»").endswith(SENTENCE_STOPS)


def _headline(i: int, order: list[int], texts: list[str]) -> bool:
    """A line of text that stands alone without ending a sentence: a teaser headline or a link.
    Not a piece of hard-wrapped prose (it, or the line after it, opens in lower case), nor a
    line of prose shape (a lead-in ending with a colon)."""
    text = texts[i].strip()
    if _ends_sentence(text) or text[:1].islower() or is_prose(text):
        return False
    at = bisect.bisect_right(order, i)
    following = texts[order[at]].strip() if at < len(order) else ""
    return not following[:1].islower()


def between_text(order: list[int], classes: dict[int, LineClass]) -> set[int]:
    """The short lines (of `order`, non-blank lines in document order) whose nearest lines of
    another class on both sides read as text: jusText's neighbour revision of short blocks."""
    before: dict[int, LineClass | None] = {}
    last: LineClass | None = None
    for i in order:
        before[i] = last
        if classes[i] is not LineClass.SHORT:
            last = classes[i]
    out: set[int] = set()
    after: LineClass | None = None
    for i in reversed(order):
        if classes[i] is LineClass.SHORT:
            if before[i] in TEXT_CLASSES and after in TEXT_CLASSES:
                out.add(i)
        else:
            after = classes[i]
    return out


def _edge_lines(lines: Iterable[tuple[int, str]], stopwords: frozenset[str], enough: int,
                removed: Container[int] = ()) -> int:
    """Lines that are not prose before the first `good` line (blank lines aside), counted up to
    `enough` (the gate needs no more, and a dump's head can be hundreds of lines). A line an
    earlier rule removed as chrome counts, whatever its shape (a consent or copyright sentence
    at the foot of a page is no article prose)."""
    n = 0
    for i, text in lines:
        if not text.strip():
            continue
        if i not in removed and is_prose(text):
            if classify(text, stopwords) is LineClass.GOOD:
                break
            continue
        n += 1
        if n >= enough:
            break
    return n


def is_dump(source_lines: list[str], stopwords: frozenset[str], removed: Container[int] = ()) -> bool:
    """Whether the source reads as a full-page dump: navigation before the prose, a footer after
    (`removed`: indices of lines earlier rules took as chrome)."""
    backwards = zip(range(len(source_lines) - 1, -1, -1), reversed(source_lines))
    return (_edge_lines(enumerate(source_lines), stopwords, DUMP_HEAD_LINES, removed) >= DUMP_HEAD_LINES
            and _edge_lines(backwards, stopwords, DUMP_TAIL_LINES, removed) >= DUMP_TAIL_LINES)


class _Classes(dict):
    """Line index -> class, worked out on first use: a dump's long paragraphs inside the article
    only need to read as text, which their shape tells without a word scan."""

    def __init__(self, texts: list[str], stopwords: frozenset[str]) -> None:
        super().__init__()
        self.texts, self.stopwords = texts, stopwords

    def __missing__(self, i: int) -> LineClass:
        cls = self[i] = classify(self.texts[i], self.stopwords)
        return cls


def _reads_as_text(text: str, stopwords: frozenset[str]) -> bool:
    """classify(text) in TEXT_CLASSES, cheapest test first (prose shape and digits need no scan)."""
    words = len(text.split())
    if words < SHORT_MAX_WORDS:
        return False
    return (is_prose(text) or _DIGIT.search(text) is not None
            or stopword_density(text, stopwords) >= STOPWORDS_LOW)


def _first_good(indices: Iterable[int], classes: _Classes) -> int | None:
    return next((i for i in indices if classes[i] is LineClass.GOOD), None)


@rule("chrome.classifier", G, "full-page dumps: drop short and wordless lines before the first and after the last prose line")
def classifier(doc: Document, config: Config) -> None:
    # The gate reads the stoplists of every language together: no language guess for the many
    # texts that are not dumps, and a line it finds good has at least the density it would have
    # in its own language, so the gate is only stricter than with the guessed list.
    if not is_dump(doc.source_lines(), all_stopwords(), doc.removed_indices):
        return
    stopwords = stopword_set(doc.source)
    texts = doc.current_texts()
    alive = doc.alive_indices()
    classes = _Classes(texts, stopwords)
    first = _first_good(alive, classes)
    last = _first_good(reversed(alive), classes)
    if first is None or last is None:
        return
    span = alive[bisect.bisect_left(alive, first):bisect.bisect_right(alive, last)]
    if not _enough_prose(span, texts, classes):
        return
    core = [i for i in span if texts[i].strip()]
    if not _mostly_text(core, texts, stopwords):
        return
    head = [i for i in alive if i <= first and texts[i].strip()]
    order = [i for i in alive if texts[i].strip()]
    teasers = _teaser_runs(head, order, texts, classes)
    keep = between_text(head, classes) - teasers  # a teaser is text, but not the article's
    if len(head) > 1:
        keep.add(head[-2])  # the heading right before the first prose line
    lines = doc.lines
    for i in alive:
        if first <= i <= last or i in keep:
            continue
        cls = classes[i]
        tail_headline = i > last and cls is LineClass.NEAR and _headline(i, order, texts)
        if cls not in CHROME_CLASSES and not tail_headline and i not in teasers:
            continue
        zone = "head" if i < first else "tail"
        lines[i].remove("chrome.classifier", G, evidence=f"{cls.value} line in the {zone} of a full-page dump")


def _teaser_runs(head: list[int], order: list[int], texts: list[str], classes: "_Classes") -> set[int]:
    """The head's teaser lists: runs of non-blank lines that are headlines (`near`, standing
    alone without ending a sentence, with function words: table rows of dates and names have
    none) or short, holding at least TEASER_RUN_HEADLINES headlines. The article's own title,
    its dek and byline make at most two (a dek ends with a period)."""
    out: set[int] = set()
    run: list[int] = []  # the run's lines; its headlines are counted apart
    headlines = 0
    for i in head + [-1]:
        if i >= 0:
            cls = classes[i]
            if cls is LineClass.SHORT:
                if run:
                    run.append(i)  # a short line neither makes nor breaks a run (`Sponsored`)
                continue
            if cls is LineClass.NEAR and texts[i].count(" ") < TEASER_MAX_WORDS and \
                    _headline(i, order, texts) and stopword_density(texts[i], classes.stopwords) >= STOPWORDS_LOW:
                run.append(i)
                headlines += 1
                continue
        if headlines >= TEASER_RUN_HEADLINES:
            while classes[run[-1]] is LineClass.SHORT:
                run.pop()  # short lines after the last headline are judged as before
            out.update(run)
        run, headlines = [], 0
    return out


def _mostly_text(core: list[int], texts: list[str], stopwords: frozenset[str]) -> bool:
    """At least MIN_CORE_TEXT_SHARE of the `core` lines read as text (the count stops as soon
    as the answer is known: a dump's article span can be thousands of lines)."""
    need = MIN_CORE_TEXT_SHARE * len(core)
    found = 0
    for done, i in enumerate(core):
        if found >= need:
            return True
        if found + (len(core) - done) < need:
            return False
        found += _reads_as_text(texts[i], stopwords)
    return found >= need


def _enough_prose(span: list[int], texts: list[str], classes: _Classes) -> bool:
    """At least MIN_GOOD_WORDS words in `good` lines (counting stops once there are enough)."""
    total = 0
    for i in span:
        text = texts[i]
        if text.count(" ") + 1 >= GOOD_MIN_WORDS and classes[i] is LineClass.GOOD:
            total += len(text.split())
            if total >= MIN_GOOD_WORDS:
                return True
    return False
