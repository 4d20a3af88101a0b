"""Full-page dumps: a jusText-style line classifier for the zones around the article.

A page's whole visible text (menus, login boxes, footers, teasers around the article) needs more
than phrase tables, but the same cut on a good extractor's output deletes real headings and list
items. So this family acts only where the text shows it is a dump, and only outside the prose:

1. Evidence that the text is a full-page dump: many lines that are not prose before the first
   line of good prose *and* after the last one, counted in the source (lines other rules
   removed count too). A good extractor's output starts and ends with the article's own prose
   or a line or two of title and byline; a dump starts with navigation and ends with a footer.
   A footer that holds prose (teaser excerpts, comments) is told by the tail marker
   `chrome.dump_tail` found below the article instead (point 4), and one edge is enough when
   the phrase tables or the menu rule named several of its lines as site furniture (login and
   menu entries, consent buttons): the other edge may end in prose no table knows (an author's
   bio, a disclaimer), but a good extractor's output does not open or end with such a run.
2. First pass, one class per line (jusText on plain lines): `good` (a sentence of prose with
   function words), `near` (several words that read like text, or carry numbers: table rows,
   addresses, dates), `short` (a few words) and `bad` (several words without function words).
3. Second pass, by position: before the first and after the last `good` line, `short` and `bad`
   lines are chrome, except the line right before the first `good` one (jusText keeps a heading
   followed by prose: the headline or the first subheading), and, in the head, a short line with
   text on both sides (jusText: short between good is good; a dictionary entry's `noun`, a
   byline between the dek and the lead). In the head, a `near` line that ends no sentence
   between two lines of chrome is a flattened menu and goes too (jusText: near-good between bad
   is bad). In the tail, a `near` line that does not end a
   sentence is a teaser headline or a footer link and goes too. Lines that end a sentence stay
   wherever they are.
4. `chrome.dump_tail`: below a dump's article, teaser boxes with excerpts, comment threads and
   cookie boxes hold prose, so the page's last `good` line (where the tail zone starts) lies far
   below the article. A tail marker (`Related Articles`, `Leave a Reply`) below the article, with
   no run of the article's prose after it, starts the tail instead; its prose lines stay.

5. The article's end: a dump's footer can hold lines of prose (an about box, an app promo) that
   keep the page's last `good` line far below the article. A run of site furniture the tables
   named, of two kinds at least (a share bar and a login box), with little prose below it, ends
   the article instead: the short lines between it and the footer's prose go, but for a heading
   over text (`_article_end`, `_trim_footer`).
6. The headline under the menus: when title.page_title found the page's <title> repeated as its
   headline, the article starts there, not at the first `good` line, which may be a menu panel's
   blurb (`No matter your project, we can bring it to life.`). Above the headline a `near` line
   standing alone without ending a sentence is a panel's link; the `good` lines there stay.

Precision over recall: a line of prose shape is never `short` or `bad`, and without enough prose
to anchor the article, or when short items make up half of the article's own span (a product,
service or listing page), nothing is judged.
"""

from __future__ import annotations

import bisect
import collections
import functools
import itertools
from enum import Enum
import re
from typing import Callable, Container, Iterable, Mapping

from ..config import Config, Group
from ..document import Document, Line, LineList
from ..engine import rule
from ..features import CLOSING_MARKS, SENTENCE_INSIDE, ends_sentence, is_prose, opening_title, wrapped_prose
from .chrome import is_tail_marker, phrase_removal
from .comments import GATED_LINES
from .title import HEADLINE_AT
from ..lang import guess_language, stoplists
from ..tables import PhraseMatcher, chrome_matcher_for, normalize_phrase

G = Group.CHROME

#: A dump has at least this many source lines that are not prose before its first `good` line
#: (dumps open with navigation; on the dev set 95% of good extractor outputs have fewer than 20
#: lines before their first prose line, half have 1, while half of the full-page texts have 34) ...
DUMP_HEAD_LINES = 10
#: ... and at least this many after its last `good` line (a footer: good extractors end with prose).
DUMP_TAIL_LINES = 10
#: One edge of that many lines is enough when at least this many of them are site furniture the
#: phrase tables or the menu rule named (NAMING_RULES): the page's other edge can end in prose no
#: table knows (an author's bio, a disclaimer, a promo line), but a good extractor's output does
#: not open or end with a run of menu entries, buttons and legal links. (On the dev set's article
#: pages this lets the classifier judge 47 more full-page texts and no other input's.)
DUMP_NAMED_LINES = 5
#: A `good` line that this many short lines follow (blank lines aside) is a site's banner or
#: tagline above its navigation (`Kneib Dentistry is expanding and looking for another
#: dentist …` over sixty menu entries), not the article's first paragraph: the head goes on.
#: (Only in the head: below the article, a list of that many items before a closing paragraph
#: is a documentation page's own; on the dev set the footer's prose gains two snippets there.)
BANNER_MENU_ENTRIES = 10
#: ... and a run of more short lines than that is a table's column (kept between text) only when
#: at least this share of them carry a digit.
TABLE_DIGIT_SHARE = 0.25
#: The rules whose removals name a line as site furniture (symbol lines and spacing do not: a
#: listing's star ratings are its own).
NAMING_RULES = frozenset({"chrome.phrases", "chrome.menus"})
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
#: When the span is not, its prose may still stand in one block that is (`_article_block`): the
#: blocks are cut at runs of this many lines that do not read as text (on the dev set, 8 or 10
#: judge a few more full-page articles but cut a collection page's gold menus, and 5 a listing) ...
BLOCK_GAP_LINES = 12
#: ... and the block holds at least this share of the words of the span's `good` lines.
BLOCK_GOOD_SHARE = 0.6

#: Below the article, a run of at least this many lines without a `good` one ...
FOOTER_GAP_LINES = 8
#: ... this many of them lines the tables named, ...
FOOTER_GAP_NAMED = 3
#: ... with less than this share of the `good` words above it in the `good` lines below, is the
#: site's furniture between the article and the footer's blurbs.
FOOTER_PROSE_SHARE = 0.25

#: A run of more short lines than this between two lines of text is a menu, not a byline or a
#: label kept for the text around it.
BETWEEN_MAX_SHORT = 3
#: In a dump's head, a run of this many teaser headlines (a `near` line standing alone without
#: ending a sentence; short lines between them aside) is a list of links to other articles.
TEASER_RUN_HEADLINES = 3
#: A teaser headline is shorter than this many words (a longer line without a sentence end is a
#: paragraph cut short or a data blob, not a link).
TEASER_MAX_WORDS = 25
#: The headline title.page_title found under a dump's menus starts the article when the lines
#: above it hold at most this many words of `good` lines (a menu panel's blurbs, a promo). More
#: prose above it means the repeat stands below the article's text (a comment thread's heading):
#: on the dev set, no article lost a line at 300 while one collection page did without a bound.
HEADLINE_MAX_WORDS_ABOVE = 300

#: Below the article of a dump, a tail marker (`Related Articles`, `Leave a Reply`) opens a block
#: of teasers, comments and footer that runs until the article resumes: this many `good` lines in
#: a row (blank lines aside). A teaser list alternates headlines, excerpts and dates; a comment
#: thread names, dates and `Reply` buttons.
RESUME_GOOD_LINES = 3
#: ... or this many paragraphs (`good` lines of two sentences or more and PARAGRAPH_MIN_WORDS)
#: with at most one subheading between each two, two of them in a row somewhere: a how-to goes on
#: below an injected `Related reading:` box in steps (`Step 3: …`, two paragraphs, `Step 4: …`).
#: A teaser list alternates headlines and excerpts, never two excerpts in a row; and the run may
#: not cross a tail marker (an article's last paragraphs and the teasers below them).
RESUME_PARAGRAPHS = 3
PARAGRAPH_MIN_WORDS = 20
#: A marker followed by this many non-blank lines without one `good` line opens the tail however
#: the page reads further down: an article that an injected box of links interrupts resumes
#: within a few lines, while below a comment form or a tag cloud come hundreds of names and
#: labels before the related teasers' excerpts, which read as resumed prose.
TAIL_GAP_LINES = 40
#: The items of a list that a `good` line ending in a colon introduces count as `good` lines for
#: the article's resumption (at most this many after it): `The plan sets four measures:`, its
#: items, and a paragraph below them are the article's three.
LIST_INTRO_MAX_ITEMS = 12
#: How such an item ends (a joined list, `* a;, * b.,`, ends so too once its commas are stripped),
#: unless it opens in lower case after its mark: it goes on with the introducing sentence
#: (`se comprometieron a:` over `* reparar la bomba`), which a teaser's headline never does.
ITEM_ENDS = (".", ";", "!", "?", "…")
#: The marks an item may open with, stripped before its first letter is read.
ITEM_MARKS = "*-+•·▪–—>#0123456789.) \t"
#: A subheading: a line of at most this many words that ends no sentence.
SUBHEADING_MAX_WORDS = 12
#: The tail families whose marker ends a dump's article (share bars, subscribe boxes and tip
#: requests also stand above it or inside it).
DUMP_TAIL_FAMILIES = frozenset({"comments", "related", "tags", "author"})

#: The memo key under which chrome.dump_tail leaves the index of the marker where it found the
#: article's end: chrome.classifier takes it as the evidence of a footer.
TAIL_FOUND = "chrome.dump_tail.start"
#: The memo key of the document's shared line classes (`line_classes`).
CLASSES = "chrome.line_classes"

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


#: The languages whose stoplists hold their common function words (`data/stopwords.tsv`'s first
#: seven): the others hold only the few words that tell them apart (Danish `af`, Norwegian `av`),
#: too few to measure a line's stopword density, which takes all lists together there.
DENSITY_LANGUAGES = frozenset({"en", "es", "pt", "fr", "de", "it", "nl"})


def stopword_set(text: str) -> frozenset[str]:
    """The stoplist of the text's language, or all of them when the guess is thin or the
    language's list is short (DENSITY_LANGUAGES)."""
    lang = guess_language(text)
    return stoplists()[lang] if lang in DENSITY_LANGUAGES else all_stopwords()


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
    if words >= GOOD_MIN_WORDS and ends_sentence(stripped) and density >= STOPWORDS_LOW:
        return LineClass.GOOD
    if is_prose(stripped) or density >= STOPWORDS_LOW or _DIGIT.search(stripped) is not None:
        return LineClass.NEAR
    return LineClass.BAD


def _ends_sentence(text: str) -> bool:
    """Ends like a sentence (`.`, `!`, `?`, `…`, closing quotes and Markdown emphasis aside:
    `„… kapiert.“`, `_… korrigiert._`)."""
    return text.rstrip().rstrip(CLOSING_MARKS + "“‘_*").endswith(SENTENCE_STOPS)


def _headline(i: int, order: list[int], texts: list[str]) -> bool:
    """A line of text that stands alone without ending a sentence: a teaser headline or a link.
    Not a piece of hard-wrapped prose (it, or the line after it, opens in lower case), nor a
    line of prose shape, nor a lead-in ending with a colon (`I get multiple emails and messages
    per day asking:`)."""
    text = texts[i].strip()
    if _ends_sentence(text) or text[:1].islower() or text.endswith(":") or is_prose(text):
        return False
    at = bisect.bisect_right(order, i)
    following = texts[order[at]].strip() if at < len(order) else ""
    return not following[:1].islower()


def _menu_run_size(run: list[int], texts: list[str]) -> int:
    """How many lines a run of short lines holds when none has a digit (a menu's entries), else
    0: version lists, product facets and table columns carry numbers and are the page's own.
    A run longer than BANNER_MENU_ENTRIES is a table's only when TABLE_DIGIT_SHARE of its lines
    carry one (a site menu of sixty entries holds a phone number and `3D Dental X-Rays`)."""
    digits = sum(1 for i in run if _DIGIT.search(texts[i]))
    if digits and (len(run) <= BANNER_MENU_ENTRIES or digits >= TABLE_DIGIT_SHARE * len(run)):
        return 0
    return len(run)


def between_text(order: list[int], classes: Mapping[int, LineClass], texts: list[str]) -> set[int]:
    """The short lines (of `order`, non-blank lines in document order) whose nearest lines of
    another class on both sides read as text: jusText's neighbour revision of short blocks. Not
    a run of more than BETWEEN_MAX_SHORT short lines without digits: a byline or a label stands
    between the dek and the lead, a menu between a site's tagline or consent line and the headline."""
    before: dict[int, LineClass | None] = {}
    last: LineClass | None = None
    sizes: dict[int, int] = {}  # short line -> how many short lines its run holds
    run: list[int] = []
    for i in order:
        before[i] = last
        if classes[i] is LineClass.SHORT:
            run.append(i)
            continue
        last = classes[i]
        sizes.update(dict.fromkeys(run, _menu_run_size(run, texts)))
        run = []
    sizes.update(dict.fromkeys(run, _menu_run_size(run, texts)))
    out: set[int] = set()
    after: LineClass | None = None
    for i in reversed(order):
        if classes[i] is LineClass.SHORT:
            if before[i] in TEXT_CLASSES and after in TEXT_CLASSES and sizes[i] <= BETWEEN_MAX_SHORT:
                out.add(i)
        else:
            after = classes[i]
    return out


def _edge_lines(lines: Iterable[tuple[int, str]], stopwords: frozenset[str], enough: int,
                removed: Container[int] = (), named: Container[int] = (), named_enough: int = 0,
                banner: Callable[[int], bool] | None = None) -> tuple[int, int]:
    """(lines that are not prose before the first `good` line, blank lines aside; how many of
    them are `named`), counted until there are `enough` and `named_enough` of them (the gate
    needs no more, and a dump's head can be hundreds of lines). A line an earlier rule removed
    as chrome counts, whatever its shape (a consent or copyright sentence at the foot of a page
    is no article prose). A `good` line that is a `banner` does not end the edge."""
    n = found = 0
    opening = True
    for i, text in lines:
        if not text.strip():
            continue
        if opening:
            opening = False
            if i == 0 and opening_title(text):
                n += 1
                continue
        if i not in removed and is_prose(text):
            if classify(text, stopwords) is LineClass.GOOD and not (banner is not None and banner(i)):
                break
            continue
        n += 1
        found += i in named
        if n >= enough and found >= named_enough:
            break
    return n, found


def dump_head(source_lines: list[str], stopwords: frozenset[str], removed: Container[int] = ()) -> bool:
    """Whether the source opens like a full-page dump: DUMP_HEAD_LINES lines that are not prose
    before its first `good` line (navigation, login links)."""
    return _edge_lines(enumerate(source_lines), stopwords, DUMP_HEAD_LINES, removed)[0] >= DUMP_HEAD_LINES


def is_dump(source_lines: list[str], stopwords: frozenset[str], removed: Container[int] = (),
            tail_found: bool = False, named: Container[int] = (), headline: int | None = None) -> bool:
    """Whether the source reads as a full-page dump: navigation before the prose and a footer
    after, or one of them made of site furniture the phrase tables named (`removed`: indices of
    lines earlier rules took as chrome; `named`: those of them a phrase or menu rule named;
    `tail_found`: chrome.dump_tail found where the article ends, which tells of a footer however
    much prose it holds; `headline`: the headline found under the menus, above which no `good`
    line ends the head)."""
    def banner(i: int) -> bool:
        return (headline is not None and i < headline) or _banner(source_lines, i)

    head, head_named = _edge_lines(enumerate(source_lines), stopwords, DUMP_HEAD_LINES, removed,
                                   named, DUMP_NAMED_LINES, banner)
    if head >= DUMP_HEAD_LINES and (tail_found or head_named >= DUMP_NAMED_LINES):
        return True
    backwards = zip(range(len(source_lines) - 1, -1, -1), reversed(source_lines))
    tail, tail_named = _edge_lines(backwards, stopwords, DUMP_TAIL_LINES, removed, named, DUMP_NAMED_LINES)
    if tail < DUMP_TAIL_LINES:
        return False
    return head >= DUMP_HEAD_LINES or tail_named >= DUMP_NAMED_LINES


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


def _banner(texts: list[str], i: int) -> bool:
    """Whether BANNER_MENU_ENTRIES short lines follow line `i` (blank lines aside)."""
    n = 0
    for text in itertools.islice(texts, i + 1, None):
        stripped = text.strip()
        if not stripped:
            continue
        if stripped.count(" ") + 1 >= SHORT_MAX_WORDS:
            return False
        n += 1
        if n >= BANNER_MENU_ENTRIES:
            return True
    return False


def _first_article_good(alive: list[int], texts: list[str], classes: _Classes) -> int | None:
    """The first `good` line, passing over a first line that is the page's <title> and the
    site's banners above its navigation (`_banner`)."""
    at = 0
    while True:
        first = _first_good(alive[at:], classes)
        if first is None:
            return None
        if not (first == 0 and opening_title(texts[0])) and not _banner(texts, first):
            return first
        at = bisect.bisect_right(alive, first)


@rule("chrome.classifier", G, "full-page dumps: drop short and wordless lines before the first and after the last prose line")
def classifier(doc: Document, config: Config) -> None:
    # The gate reads the stoplists of every language together: no language guess for the many
    # texts that are not dumps, and a line it finds good has at least the density it would have
    # in its own language, so the gate is only stricter than with the guessed list.
    tail_found = TAIL_FOUND in doc.memo
    lines = doc.lines
    named = {i for i in doc.removed_indices if lines[i].removed.rule in NAMING_RULES}  # type: ignore[union-attr]
    headline = _headline_below_menus(doc, all_stopwords())
    if not is_dump(doc.source_lines(), all_stopwords(), doc.removed_indices, tail_found, named, headline):
        return
    classes = line_classes(doc)
    texts = doc.current_texts()
    alive = doc.alive_indices()
    first = _first_article_good(alive, texts, classes)
    last = _first_good(reversed(alive), classes)
    if first is None or last is None:
        return
    starts = [first]
    if headline is not None and first < headline:
        below = _first_good(alive[bisect.bisect_right(alive, headline):], classes)
        if below is not None and below <= last:
            starts.insert(0, below)  # the article starts under the headline: judged first
    if not any(_article_span(alive[bisect.bisect_left(alive, start):bisect.bisect_right(alive, last)], classes)
               for start in starts):
        return
    first = starts[0]
    kinds = {i: _kind(lines[i]) for i in named if first < i < last}
    end = _article_end(first, last, texts, classes, kinds)
    head = [i for i in alive if i <= first and texts[i].strip()]
    order = [i for i in alive if texts[i].strip()]
    if end < last:
        _trim_footer(lines, (end, last), order, classes, kinds)
    teasers = _teaser_runs(head, order, texts, classes)
    if headline is not None and headline < first:
        keep, above = _around_headline(head, headline, order, classes)
    else:
        keep, above = between_text(head, classes, texts), set()  # (`above`: links above the headline)
    keep -= teasers  # a teaser is text, but not the article's
    if len(head) > 1 and (headline is None or head[-2] > headline):
        keep.add(head[-2])  # the heading right before the first prose line (not a line above
        # the headline the title took: a notice's button, `Dismiss notification`)
    flanked = _flanked_near(first, texts, classes, doc, keep | teasers)
    for i in alive:
        if first <= i <= last or i in keep:
            continue
        cls = classes[i]
        tail_headline = i > last and cls is LineClass.NEAR and _headline(i, order, texts)
        if cls not in CHROME_CLASSES and not tail_headline and i not in teasers and i not in flanked \
                and i not in above:
            continue
        zone = "head" if i < first else "tail"
        place = "between chrome " if i in flanked else "standing alone above the headline " if i in above else ""
        lines[i].remove("chrome.classifier", G, evidence=f"{cls.value} line {place}in the {zone} of a full-page dump")


def _article_span(span: list[int], classes: "_Classes") -> bool:
    """Whether the span from the first to the last `good` line holds an article: enough prose,
    mostly text or one block of it (else a product, service or listing page: nothing is judged)."""
    texts = classes.texts
    if not _enough_prose(span, texts, classes):
        return False
    core = [i for i in span if texts[i].strip()]
    return _mostly_text(core, texts, classes.stopwords) or _article_block(core, texts, classes)


def _headline_below_menus(doc: Document, stopwords: frozenset[str]) -> int | None:
    """The index of the headline title.page_title found under a dump's menus, when the lines
    above it hold at most HEADLINE_MAX_WORDS_ABOVE words of `good` lines: a menu panel's blurbs
    (`No matter your project, we can bring it to life.`) are few, while a repeat of the <title>
    far below (a comment thread's heading under the article) has the article's prose above it."""
    at = doc.memo.get(HEADLINE_AT)
    if not isinstance(at, int):
        return None
    removed = doc.removed_indices
    texts = doc.source_lines()
    words = 0
    for i in range(at):
        text = texts[i]
        if i not in removed and is_prose(text) and classify(text, stopwords) is LineClass.GOOD:
            words += len(text.split())
            if words > HEADLINE_MAX_WORDS_ABOVE:
                return None
    return at


def _around_headline(head: list[int], headline: int, order: list[int], classes: "_Classes") -> tuple[set[int], set[int]]:
    """(the head's short lines kept as text, its `near` lines that go) when the head reaches
    down past the headline under the menus. Above the headline, a `near` line that stands alone
    without ending a sentence is a menu panel's link (`Design and Build a Mobile or Web App`), as
    in a dump's tail, and the short lines between such links are no text either. Below it, the
    byline and dates are judged on their own: the last menu lines above are no text to flank them."""
    texts = classes.texts
    upper = [i for i in head if i < headline]
    links = {i for i in upper if classes[i] is LineClass.NEAR and _headline(i, order, texts)}
    view = collections.ChainMap(dict.fromkeys(links, LineClass.SHORT), classes)
    keep = between_text(upper, view, texts) | between_text([i for i in head if i > headline], classes, texts)
    return keep, links


def _flanked_near(first: int, texts: list[str], classes: "_Classes", doc: Document,
                  kept: Container[int]) -> set[int]:
    """The head's `near` lines that end no sentence between two lines of chrome (jusText's
    revision: a near-good block between bad ones is bad): a menu an extractor flattened into one
    line (`Health Finance Products Education Workplaces All Rankings`, `Gift Lab The Mashable 101
    Creator Hub Tech Science`) between other entries. Its neighbours are the nearest non-blank
    lines, removed ones too: chrome when a chrome rule removed them, or when they are short or
    wordless lines of the head this rule removes (not `kept`, nor is a flanked line)."""
    removed = doc.removed_indices
    every = [i for i in range(first) if texts[i].strip()]

    def chrome(i: int) -> bool:
        if i in removed:
            return doc.lines[i].removed.rule in NAMING_RULES  # type: ignore[union-attr]
        return classes[i] in CHROME_CLASSES and i not in kept and _DIGIT.search(texts[i]) is None

    out: set[int] = set()
    for k, i in enumerate(every):
        if i in removed or i in kept or classes[i] is not LineClass.NEAR:
            continue
        text = texts[i]
        if _ends_sentence(text) or is_prose(text) or k == 0 or k + 1 >= len(every):
            continue
        if chrome(every[k - 1]) and chrome(every[k + 1]):
            out.add(i)
    return out


def _trim_footer(lines: LineList, zone: tuple[int, int], order: list[int], classes: "_Classes",
                 named: Iterable[int]) -> None:
    """Between the article's end (`_article_end`) and the page's last `good` line, the short and
    wordless lines go, but for a heading over text (`References` above its entries) and a
    table's rows above the first line the tables named (`_table_rows`)."""
    end, last = zone
    texts = classes.texts
    span = order[bisect.bisect_right(order, end):bisect.bisect_right(order, last)]
    table = _table_rows(span, texts, named)
    for k, i in enumerate(span):
        cls = classes[i]
        if cls not in CHROME_CLASSES or "://" in texts[i] or i in table:
            continue  # (a line with its address is a reference's entry, not a menu's)
        following = span[k + 1] if k + 1 < len(span) else None
        if following is not None and classes[following] in TEXT_CLASSES:
            continue
        lines[i].remove("chrome.classifier", G, evidence=f"{cls.value} line between the article and the footer of a full-page dump")


def _table_rows(span: list[int], texts: list[str], named: Iterable[int]) -> set[int]:
    """The lines of `span` above its first named line when they are a table's cells: more than
    BANNER_MENU_ENTRIES of them, TABLE_DIGIT_SHARE carrying a digit (`Rank`, `State`, `1`,
    `Alaska`, `$14.55`, … below the article's last sentence, `Here is the full data table.`). A
    menu's entries seldom carry digits; a data table's mostly do."""
    if not span:
        return set()
    stop = min((i for i in named if i > span[0]), default=span[-1] + 1)  # (named lines are removed: not in span)
    lead = [i for i in span if i < stop]
    if len(lead) <= BANNER_MENU_ENTRIES:
        return set()
    digits = sum(1 for i in lead if _DIGIT.search(texts[i]) is not None)
    return set(lead) if digits >= TABLE_DIGIT_SHARE * len(lead) else set()


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


def _article_block(core: list[int], texts: list[str], classes: "_Classes") -> bool:
    """Whether the span's prose stands in one block that is mostly text, though the span is not:
    a dump's footer can hold prose (a bio, a newsletter blurb, teaser excerpts) far below the
    article, with menus and link lists between. The block is the run of lines between runs of
    BLOCK_GAP_LINES lines that do not read as text that holds the most words of `good` lines; it
    must hold BLOCK_GOOD_SHARE of the span's (a product page's descriptions, reviews and answers
    stand apart, each beside its own short items)."""
    stopwords = classes.stopwords
    blocks: list[tuple[int, int, int]] = []  # (words of `good` lines, lines, lines read as text)
    words = size = reads = gap = 0
    for i in core:
        text_like = _reads_as_text(texts[i], stopwords)
        gap = 0 if text_like else gap + 1
        size += 1
        reads += text_like
        if classes[i] is LineClass.GOOD:
            words += len(texts[i].split())
        if gap >= BLOCK_GAP_LINES:
            blocks.append((words, size - gap, reads))  # (the gap's lines read as no text)
            words = size = reads = gap = 0
    blocks.append((words, size, reads))
    total = sum(block[0] for block in blocks)
    best_words, best_size, best_reads = max(blocks, key=lambda block: block[0])
    return best_words >= BLOCK_GOOD_SHARE * total and best_reads >= MIN_CORE_TEXT_SHARE * best_size


def _kind(line: Line) -> str:
    """What a named line is: its phrase family, or a menu's entry."""
    found = phrase_removal(line)
    return found[0] if found is not None else "menu"


def _article_end(first: int, last: int, texts: list[str], classes: "_Classes", named: dict[int, str]) -> int:
    """The article's last `good` line: the last one above the first gap of site furniture (a run
    of FOOTER_GAP_LINES lines without a `good` one, FOOTER_GAP_NAMED of them lines the tables
    named, of two kinds at least: a list of services may hold `Facebook` and `LinkedIn`) below
    which the `good` lines hold less than FOOTER_PROSE_SHARE of the words above it (an about
    box, an app promo, a comment rule under the share bar and the related links). Counted on
    every line, removed ones too (`named`: index -> kind); `last` when there is no such gap."""
    words = [0] * (last + 2)  # words of `good` lines from index i on
    for i in range(last, first - 1, -1):
        good = i not in named and texts[i].strip() and classes[i] is LineClass.GOOD
        words[i] = words[i + 1] + (len(texts[i].split()) if good else 0)
    total = words[first]
    run = found = 0
    found_kinds: set[str] = set()
    previous = first  # the last `good` line seen
    for i in range(first, last + 1):
        text = texts[i]
        if not text.strip():
            continue
        if i not in named and classes[i] is LineClass.GOOD:
            if run >= FOOTER_GAP_LINES and found >= FOOTER_GAP_NAMED and len(found_kinds) > 1 \
                    and words[i] < FOOTER_PROSE_SHARE * (total - words[i]):
                return previous
            previous, run, found = i, 0, 0
            found_kinds.clear()
            continue
        run += 1
        if i in named:
            found += 1
            found_kinds.add(named[i])
    return last


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


@rule("chrome.dump_tail", G, "full-page dumps: below the last tail marker after the article, drop the lines that are not prose")
def dump_tail(doc: Document, config: Config) -> None:
    """A dump's article is followed by blocks of the site's (related teasers with excerpts, a
    comment thread, newsletter and cookie boxes) whose prose lines keep the page's last `good`
    line far below the article, so the classifier's tail zone never reaches them. Their tail
    markers do: in a text whose head reads as a dump, the first tail marker that has
    MIN_GOOD_WORDS of `good` prose above it and no run of RESUME_GOOD_LINES `good` lines below
    it (the article never resumes; the prose of a comment section chrome.comments dropped for
    its gate counts, as it did while it stood) opens the tail, and its lines that are not prose go
    (headlines, dates, names, buttons). Prose lines stay, and so do hard-wrapped lines."""
    lines = doc.lines
    removed = doc.removed_indices
    markers = sorted(i for i in removed if is_tail_marker(lines[i], DUMP_TAIL_FAMILIES))
    if not markers:
        return  # (the cheap test first: most texts have no tail marker)
    matcher = chrome_matcher_for(config)
    markers = [i for i in markers if not _box_heading(lines[i].info.text, matcher)]
    if not markers:
        return
    if not dump_head(doc.source_lines(), all_stopwords(), removed):
        return
    texts = doc.current_texts()
    order = [i for i, text in enumerate(texts) if i not in removed and text.strip()]
    if wrapped_prose(texts[i] for i in order):
        return  # hard-wrapped text (a mail, a plain-text file): its lines are no page's blocks
    classes = line_classes(doc)

    def good(i: int) -> bool:
        return texts[i].count(" ") + 1 >= GOOD_MIN_WORDS and classes[i] is LineClass.GOOD

    introduced = _introduced_items(order, texts, good)

    def resumes(i: int) -> bool:
        return good(i) or i in introduced

    gated = doc.memo.get(GATED_LINES)
    resumed = max(_last_run_end(sorted(set(order).union(gated)) if gated else order, resumes),
                  _last_steps_end(order, texts, good, set(markers)))
    first, enough = _enough_prose_at(order, texts, good)
    start = next((m for m in markers if m > resumed and m > enough), None)
    if start is None:
        start = _gapped_marker(order, [m for m in markers if m > enough], resumes)
    if first is None or start is None:
        return
    at = bisect.bisect_right(order, start)
    if not _mostly_text(order[bisect.bisect_left(order, first):at], texts, classes.stopwords):
        return  # short items fill the article's own span: a product, service or listing page
    doc.memo[TAIL_FOUND] = start
    evidence = f"below the tail marker {texts[start].strip()[:40]!r} after the article"
    for k in range(at, len(order)):
        i = order[k]
        text = texts[i]
        following = texts[order[k + 1]] if k + 1 < len(order) else ""
        if _kept_in_tail(text) or _wrapped(text, following):
            continue
        lines[i].remove("chrome.dump_tail", G, evidence=evidence)


def _box_heading(text: str, matcher: PhraseMatcher) -> bool:
    """A marker that is also an `injected` prefix phrase (`Veja também`, `Lees ook`): the heading
    of a box of links set inside the article as often as of the page's tail, so no proof that
    the article ended above it."""
    norm = normalize_phrase(text, keep_end=True)
    first = norm.split(" ", 1)[0].rstrip(":")
    return any(family == "injected" and norm.rstrip(":") == phrase.rstrip(":")
               for phrase, family in matcher.prefixes.get(first, ()))


def line_classes(doc: Document) -> "_Classes":
    """The document's line classes (in its guessed language), worked out once and shared by the
    family's rules: between them lines are only removed, which changes no line's class."""
    classes = doc.memo.get(CLASSES)
    if classes is None:
        classes = doc.memo[CLASSES] = _Classes(doc.current_texts(), stopword_set(doc.source))
    return classes  # type: ignore[no-any-return]


def _introduced_items(order: list[int], texts: list[str], good: Callable[[int], bool]) -> set[int]:
    """The items of a list that a `good` line ending in a colon introduces (`The plan sets four
    measures:`), up to the next `good` line, at most LIST_INTRO_MAX_ITEMS: an article's own list,
    which reads on with its prose when the article resumes. Its items end as clauses do (`;`,
    `.`) or open in lower case (see ITEM_ENDS); a line that does neither (a teaser's headline, a
    category row) ends the list."""
    out: set[int] = set()
    for k, i in enumerate(order):
        if not (good(i) and texts[i].rstrip().endswith(":")):
            continue
        for j in order[k + 1:k + 1 + LIST_INTRO_MAX_ITEMS]:
            if good(j) or not _list_item_of_intro(texts[j]):
                break
            out.add(j)
    return out


def _list_item_of_intro(text: str) -> bool:
    """An item of an introduced list: it ends as a clause does, or opens in lower case."""
    return text.rstrip().rstrip(",").rstrip().endswith(ITEM_ENDS) or text.lstrip(ITEM_MARKS)[:1].islower()


def _last_run_end(order: list[int], good: Callable[[int], bool]) -> int:
    """The last line of the last run of RESUME_GOOD_LINES `good` lines in a row (-1: none),
    found from the end (only the page's tail is classified)."""
    run = 0
    top = -1
    for i in reversed(order):
        if not good(i):
            run = 0
            continue
        run += 1
        if run == 1:
            top = i
        if run >= RESUME_GOOD_LINES:
            return top
    return -1


def _last_steps_end(order: list[int], texts: list[str], good: Callable[[int], bool],
                    markers: Container[int]) -> int:
    """The last line of the last run of RESUME_PARAGRAPHS paragraphs, at most one subheading
    between two of them and two in a row somewhere, that crosses no tail marker (-1: none),
    found from the end."""
    run = 0
    top = below = -1
    heading = paired = False  # a subheading above the run's top; two paragraphs in a row
    for i in reversed(order):
        text = texts[i]
        if below >= 0 and any(k in markers for k in range(i + 1, below)):
            run, heading, paired = 0, False, False
        below = i
        if good(i) and len(text.split()) >= PARAGRAPH_MIN_WORDS and SENTENCE_INSIDE.search(text) is not None:
            paired = paired or (run > 0 and not heading)
            run += 1
            heading = False
            if run == 1:
                top = i
            if run >= RESUME_PARAGRAPHS and paired:
                return top
        elif run and not heading and len(text.split()) <= SUBHEADING_MAX_WORDS and not _ends_sentence(text):
            heading = True
        else:
            run, heading, paired = 0, False, False
    return -1


def _gapped_marker(order: list[int], markers: list[int], resumes: Callable[[int], bool]) -> int | None:
    """The first of `markers` below which TAIL_GAP_LINES non-blank lines pass before a run of
    RESUME_GOOD_LINES lines that `resumes` the article (None: none)."""
    for m in markers:
        k = bisect.bisect_right(order, m)
        run = 0
        for j in range(k, len(order)):
            run = run + 1 if resumes(order[j]) else 0
            if run >= RESUME_GOOD_LINES:
                if j + 1 - run - k >= TAIL_GAP_LINES:
                    return m
                break
    return None


def _enough_prose_at(order: list[int], texts: list[str], good: Callable[[int], bool]) -> tuple[int | None, int]:
    """(the first `good` line, the line where the `good` lines reach MIN_GOOD_WORDS words, or
    the text's length when they never do)."""
    first = None
    words = 0
    for i in order:
        if good(i):
            first = i if first is None else first
            words += len(texts[i].split())
            if words >= MIN_GOOD_WORDS:
                return first, i
    return first, len(texts)


def _kept_in_tail(text: str) -> bool:
    """Prose, or a paragraph however short its sentences: never removed for its place."""
    return is_prose(text) or (_ends_sentence(text) and SENTENCE_INSIDE.search(text) is not None)


def _wrapped(text: str, following: str) -> bool:
    """A hard-wrapped piece of a paragraph: it, or the line after it, opens in lower case."""
    return text.lstrip()[:1].islower() or following.lstrip()[:1].islower()
