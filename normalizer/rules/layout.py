"""Layout normalisation: line breaks, invisible characters, trailing space, blank-line runs.

The `prepare` rules run first, so every later rule sees "\\n"-terminated lines without
zero-width or control characters. The `finish` rules run last, after other rules removed lines,
and give the body its contract shape: paragraphs separated by exactly one blank line, no leading
or trailing whitespace.
"""

from __future__ import annotations

import itertools
import math
import operator
import re
from collections import Counter

import regex

from ..config import Config, Group
from ..document import Document, Line
from ..engine import rule
from ..features import find_all

G = Group.LAYOUT

#: Characters that carry no text: zero-width space, word joiner, BOM inside text, soft hyphen,
#: Mongolian vowel separator, and C0 controls other than tab (line breaks are handled apart). An
#: ESC that starts a terminal escape (`ESC[31m`) is left to ftfy (encoding.mojibake), which
#: removes the sequence whole.
#: ZWJ/ZWNJ are kept: they shape emoji and Indic/Persian text.
INVISIBLE = re.compile(r"(?:[\u200b\u2060\ufeff\u00ad\u180e\x00-\x08\x0e-\x1a\x1f\x7f]|\x1b(?!\[))+")
INVISIBLE_CHARS = tuple(chr(c) for c in [*range(0x00, 0x09), *range(0x0E, 0x1C), 0x1F, 0x7F, 0xAD, 0x180E,
                                         0x200B, 0x2060, 0xFEFF])
_CONTROL_BYTES = bytes(ord(ch) for ch in INVISIBLE_CHARS if ch < "\x80")
_WIDE_INVISIBLE = tuple(ch for ch in INVISIBLE_CHARS if ch >= "\x80")
SURROGATE = regex.compile(r"[\ud800-\udfff]")
#: Whitespace before a line break or the end (any Unicode space, as str.rstrip sees it).


# -- hard-wrapped paragraphs -------------------------------------------------------------------

#: Text wrapped at a fixed width (html2text's 78 columns, lynx and w3m dumps, mail) breaks each
#: paragraph into lines that end mid-sentence. Every line rule would then judge pieces of
#: sentences (`Copyright is territorial: by default, …` read as a copyright line, wrapped lines
#: read as a full-page dump's short lines), so the pieces are joined back before the document is
#: cut into lines. A text is taken for wrapped when at least WRAP_MIN_BREAKS of its line breaks
#: inside a block, and WRAP_BREAK_SHARE of those a wrap could have made (not before a list item,
#: a heading, a quote or a table row), are wrap breaks: the line before is full (the next word
#: would not have fitted within the wrap width), and most of them fall mid-sentence.
WRAP_MIN_BREAKS = 4
WRAP_BREAK_SHARE = 0.6
#: The wrap width is read from the text: the length that WRAP_WIDTH_QUANTILE of the lines a wrap
#: could have broken do not exceed. Only those lines: the last line of a paragraph, a list item or
#: a table row may run longer (html2text leaves list items and links unwrapped, up to one line in
#: six of a page), and so may a line that holds a word longer than WRAP_LONG_WORD (a URL: a
#: wrap does not break it), so neither is measured, and a break beside such a word counts neither
#: way (it is joined when the text is wrapped: html2text wraps a link's text before its URL). The
#: width lies between these bounds.
WRAP_WIDTH_QUANTILE = 0.95
WRAP_LONG_WORD = 25
MIN_WRAP_WIDTH = 50
MAX_WRAP_WIDTH = 100
#: A text whose lines are this long on average is not wrapped (a few unwrapped table rows or
#: links aside, a wrapped text's lines are at most MAX_WRAP_WIDTH): decided before any pair of
#: lines is looked at.
WRAP_MAX_MEAN_LINE = 2 * MAX_WRAP_WIDTH
#: A text with more than this share of non-empty lines wider than MAX_WRAP_WIDTH is not wrapped:
#: its paragraphs stand on lines of their own (the unwrapped list items and links of an html2text
#: page are at most one line in six; the most seen among the wrapped texts of the dev set and the
#: bench pages is 0.29). Decided without looking at line pairs.
WRAP_MAX_LONG_SHARE = 1 / 3
#: A line shorter than this is full at no wrap width (the next line's first word is at most
#: WRAP_LONG_WORD long, or the break is beside a URL): the break after it is never a wrap.
WRAP_FULL_MIN = MIN_WRAP_WIDTH - 1 - WRAP_LONG_WORD
#: A text whose short lines (shorter than WRAP_FULL_MIN, not indented or marked as a list item,
#: heading, quote, table row or link) outnumber its lines that could be full (WRAP_FULL_MIN to
#: MAX_WRAP_WIDTH characters) by more than this ratio is not wrapped: it is mostly labels, menu
#: items and headings. The most seen among the 262 wrapped texts of the dev set and the bench
#: pages is 0.23; a full-page dump often has several times more short lines than full ones.
WRAP_MAX_SHORT_RATIO = 1.0
#: Of the wrap breaks, at least this share fall inside a sentence (the line before ends with no
#: sentence mark): short lines that each end a sentence are verse or a list, not a wrapped text.
WRAP_MID_SENTENCE_SHARE = 0.7
#: How Markdown output marks each line of a quote (html2text wraps quotes, marking every line).
QUOTE_MARK = "> "
#: A line opening like this starts something of its own: a list item, a heading, a quote, a table row.
_OWN_START = re.compile(r"(?:[-*+•·▪>|#]|\d{1,3}[.)]|[a-z][.)]|\[\^?\w+\]:?)(?:\s|$)")
#: The marks such a line opens with (a list item's, a quote's, a table row's, a heading's, a
#: link's or a footnote's) ...
_MARKS = "-*+•·▪>|#["
#: ... and every character it can open with, digits aside (a cheap test before the pattern's).
_OWN_LEADS = frozenset(_MARKS + "abcdefghijklmnopqrstuvwxyz")
#: A line that opens with one of these (after its indent) is a heading or a table row.
_TABLE_OR_HEADING = ("#", "|")
#: A line of which the first non-space character is one of these (none: a blank line) ends no wrap.
_NO_WRAP_FROM = ("", *_TABLE_OR_HEADING)
#: A word too long for any wrap width (a URL).
_LONG_WORD = re.compile(r"\S{%d}" % (WRAP_LONG_WORD + 1))
#: How a line that is no wrapped text's line starts: indented, or with one of the marks.
_MARKED_LEADS = (" ", "\t", *_MARKS)
_LEAD = operator.itemgetter(slice(0, 1))


def hard_wrap_view(text: str, pieces: list[str] | None = None) -> tuple[str, list[int]]:
    """`text` with the line breaks inside its wrapped paragraphs made spaces, and their offsets;
    the text itself and no offsets when it is not hard-wrapped. `pieces`: `text.split("\n")`,
    when the caller has it (the engine splits each text once)."""
    lines = text.split("\n") if pieces is None else pieces
    breaks = len(lines) - 1
    if "\r" in text or breaks < WRAP_MIN_BREAKS or len(text) > WRAP_MAX_MEAN_LINE * (breaks + 1):
        return text, []  # (too few lines, or lines too long on average for a wrapped text)
    lengths = list(map(len, lines))
    wide = sum(map(MAX_WRAP_WIDTH.__lt__, lengths))
    if wide > WRAP_MAX_LONG_SHARE * (len(lines) - lengths.count(0)):
        return text, []  # (too many lines wider than any wrap: paragraphs, not wrapped pieces)
    # Lines too short to be full, list items, headings and quotes aside: a wrapped text has
    # few of them; a full-page dump's menus and labels are mostly that (see WRAP_MAX_SHORT_RATIO).
    leads = Counter(map(_LEAD, itertools.compress(lines, map(WRAP_FULL_MIN.__gt__, lengths))))  # (empty: "")
    short = leads.total() - leads[""] - sum(map(leads.__getitem__, _MARKED_LEADS))
    if short > WRAP_MAX_SHORT_RATIO * (len(lines) - wide - leads.total()):
        return text, []
    # Breaks a wrap could have made: (line, its end, the next line, whether both are quoted). The
    # tests run cheapest first: they are made on every pair of lines, a page's full text too.
    inner: list[tuple[str, int, str, bool]] = []
    beside_url: list[int] = []  # breaks beside a URL: no evidence, but joined in a wrapped text
    own_start = _OWN_START.match
    long_word = _LONG_WORD.match
    # The width is too wide for a wrap (below) once WRAP_WIDTH_QUANTILE leaves this many measured
    # lines above MAX_WRAP_WIDTH at the most lines there can be: most pages stop early on that.
    too_wide = breaks - math.ceil(WRAP_WIDTH_QUANTILE * breaks) + 1
    above = 0
    pos = 0
    for line, nxt in zip(lines, lines[1:]):
        end = pos + len(line)
        pos = end + 1
        if not line or not nxt:
            continue
        lead = nxt[0]
        if lead == ">" and line.startswith(QUOTE_MARK) and nxt.startswith(QUOTE_MARK) and nxt[2:3].strip():
            inner.append((line, end, nxt, True))
            continue
        if lead.isspace() or line.lstrip()[:1] in _NO_WRAP_FROM \
                or (lead in _OWN_LEADS or lead.isdecimal()) and own_start(nxt) is not None:
            continue  # (no break a wrap could have made: a list, a heading, a table, a quote's start)
        if len(line) > WRAP_LONG_WORD and len(line.rsplit(None, 1)[-1]) > WRAP_LONG_WORD or long_word(nxt) is not None:
            beside_url.append(end)  # (a URL fits no width: the break tells nothing of one)
            continue
        inner.append((line, end, nxt, False))
        if len(line) > MAX_WRAP_WIDTH and _LONG_WORD.search(line) is None:
            above += 1
            if above >= too_wide:
                return text, []
    if len(inner) < WRAP_MIN_BREAKS:
        return text, []
    measured = sorted(len(line) for line, _, _, _ in inner
                      if len(line) <= WRAP_LONG_WORD or _LONG_WORD.search(line) is None)
    if len(measured) < WRAP_MIN_BREAKS:
        return text, []
    width = measured[math.ceil(WRAP_WIDTH_QUANTILE * len(measured)) - 1]
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return text, []
    wraps = mid = 0
    joins: list[int] = []
    for line, end, nxt, quoted in inner:
        first = nxt[len(QUOTE_MARK):].split(" ", 1)[0] if quoted else nxt.split(" ", 1)[0]
        if len(line) + 1 + len(first) <= width or line[-1:].isspace():
            continue
        wraps += 1
        mid += line[-1] not in ".!?:;\"”’)"
        joins.append(end)
        if quoted:
            joins.append(end + 1)  # the next line's quote mark becomes a space too (see hard_wraps)
    if wraps < WRAP_MIN_BREAKS or wraps < WRAP_BREAK_SHARE * len(inner) or mid < WRAP_MID_SENTENCE_SHARE * wraps:
        return text, []
    joins = sorted(joins + beside_url)
    chars = list(text)
    for i in joins:
        chars[i] = " "
    return "".join(chars), joins


@rule("layout.hard_wraps", G, "join the lines of a paragraph hard-wrapped at a fixed width (html2text, lynx, mail)",
      view=hard_wrap_view)
def hard_wraps(doc: Document, config: Config) -> None:
    # The engine cut the document's lines from hard_wrap_view's text: log each joined break. A
    # wrapped quote's next line lost its `> ` as well: the view made the `>` a space, and the
    # two spaces it leaves are cut here, their text the input's `> `.
    doc.log_view_edits("layout.hard_wraps", G, skip=lambda pos: doc.original[pos] == ">")
    # (right to left: a cut shortens its line, so the offsets of the marks before it still hold)
    for pos in reversed(doc.memo.get("views", {}).get("layout.hard_wraps", ())):  # type: ignore[union-attr]
        if doc.original[pos] == ">":
            line = doc.line_at(pos)
            line.cut(pos - line.start, pos - line.start + len(QUOTE_MARK), "layout.hard_wraps", G,
                     evidence="quote mark of a wrapped line")


@rule("layout.line_breaks", G, "CRLF, CR and Unicode line separators become \\n")
def line_breaks(doc: Document, config: Config) -> None:
    if doc.plain_breaks:
        return  # every break is already "\n"
    for line in doc.lines:
        if line.stop > line.end and doc.source[line.end:line.stop] != "\n":
            doc.edit_terminator(line, "\n", "layout.line_breaks", G)


@rule("layout.invisible", G, "drop BOM, zero-width, soft-hyphen and control characters")
def invisible(doc: Document, config: Config) -> None:
    src = doc.source
    data = doc.utf8()
    if data is not None:
        # One C pass deletes the one-byte controls: if the length holds there are none; the
        # few multi-byte ones are looked for one by one (`in` tests beat a regex scan ~8x).
        if len(data.translate(None, _CONTROL_BYTES)) == len(data) and \
                not any(ch in src for ch in _WIDE_INVISIBLE):
            return
    elif not any(ch in src for ch in INVISIBLE_CHARS):
        return
    # The lines holding one of the characters, found by `str.find` (one regex search per line
    # of a long page cost more than the rest of the rule); each is then checked as before.
    positions = [i for ch in INVISIBLE_CHARS if ch in src for i in find_all(src, ch)]
    for line in doc.lines_at(positions):  # and every line an earlier rule changed
        matches = list(INVISIBLE.finditer(line.text))
        for m in reversed(matches):  # right to left keeps earlier offsets valid
            line.cut(m.start(), m.end(), "layout.invisible", G)


@rule("layout.surrogates", G, "lone surrogates (unencodable) become U+FFFD")
def surrogates(doc: Document, config: Config) -> None:
    if doc.utf8() is not None:  # encodes: no lone surrogate
        return
    for line in doc.lines:
        for m in reversed(list(SURROGATE.finditer(line.text))):
            line.edit(m.start(), m.end(), "\ufffd", "layout.surrogates", G)


#: Characters str.rstrip() removes at a line end (every Unicode space but line breaks).
SPACE_CHARS = frozenset("\t \x1f\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
                        "\u2009\u200a\u202f\u205f\u3000\r")


def _trailing_space_candidates(doc: Document) -> list[Line]:
    """Lines that may end in whitespace: a split on "\n" and a look at each piece's last
    character is far cheaper than a regex scan over every space of the text."""
    if not doc.plain_breaks:
        return [line for line in doc.lines if line.alive]  # rare line breaks: check them all
    # C-level maps: each piece's last character (or ""), looked up in SPACE_CHARS.
    last = map(operator.itemgetter(slice(-1, None)), doc.source_lines())
    ends = list(itertools.compress(itertools.count(), map(SPACE_CHARS.__contains__, last)))
    changed = {line.index for line in doc._changed}
    wanted = sorted(set(ends) | changed)
    return [doc.lines[i] for i in wanted if i < len(doc.lines) and doc.lines[i].alive]


@rule("layout.trailing_space", G, "strip whitespace at the end of each line")
def trailing_space(doc: Document, config: Config) -> None:
    for line in _trailing_space_candidates(doc):
        line.strip_end("layout.trailing_space", G)


def _blank_flags(doc: Document, alive: list[int]) -> list[bool]:
    """Whether each alive line (by index) is blank, from the current texts in one comprehension
    (no Line object is built for a line that stays)."""
    texts = doc.current_texts()
    if len(alive) != len(texts):
        texts = [texts[i] for i in alive]
    return list(map(operator.not_, map(str.strip, texts)))  # C-level: no Python frame per line


@rule("layout.blank_lines", G, "one blank line between paragraphs; none at the start or end")
def blank_lines(doc: Document, config: Config) -> None:
    alive = doc.alive_indices()
    blank = _blank_flags(doc, alive)
    lines = doc.lines
    if False not in blank:
        for i in alive:
            lines[i].remove("layout.blank_lines", G)
        return
    first = blank.index(False)
    last = len(blank) - 1 - blank[::-1].index(False)
    for i in alive[:first]:
        lines[i].remove("layout.blank_lines", G)
    for i in alive[last + 1:]:
        lines[i].remove("layout.blank_lines", G)
    lines[alive[last]].cut_terminator("layout.blank_lines", G)
    # A blank line right after a blank line goes (positions k in first+1..last, found in C).
    repeats = map(operator.and_, blank[first + 1:last + 1], blank[first:last])
    for k in itertools.compress(itertools.count(first + 1), repeats):
        lines[alive[k]].remove("layout.blank_lines", G)
    head = lines[alive[first]]
    lead = len(head.text) - len(head.text.lstrip())
    if lead:
        head.cut(0, lead, "layout.blank_lines", G)
