"""Footnotes: citation markers in the text and the notes they point to.

Four kinds of note list become `Result.footnotes`:

- Readability's flattened links: `met with[2]` plus a trailing list `2. ^ met with (fronterasdesk.org)`;
- Wikipedia plain text: `[2]` plus a References / Notes section of `^ …` lines (back-links
  `^ a b`, `^ Jump up to: a b` dropped; the `↑ …` lines of other Wikipedias count under a heading);
- endnotes: `[1] https://…` or `1. Author, Title…` lines right under a references heading
  (data: headings.tsv), when every line reads as a citation or the body cites their numbers;
- Markdown footnotes: `[^1]` / `[^note]` markers and their `[^1]: text` definitions.

A marker leaves the text only when its note is recorded (a number in a list; a Markdown label with
a definition), or when the document is so clearly cited (many attached, ascending markers) that no
other reading is plausible. `[sic]`, `[the president]`, `x[i]` never match, and Markdown markers or
definitions inside code (fenced blocks, backtick spans) are never touched. Wikipedia residue
(`[citation needed]`, `[edit]` after a heading; data: wiki_tags.tsv) is dropped first, so that a
`Notes[edit]` heading reads as `Notes`.
"""

from __future__ import annotations

import re

import regex

from ..config import Config, Group
from ..document import Document, Line
from ..engine import rule
from ..features import CODE_FENCE, is_prose
from ..result import Footnote, Target
from ..scan import OTHER_BREAKS
from ..tables import heading_words, wiki_tag_pattern

G = Group.FOOTNOTES

#: `  2. ^ met with (fronterasdesk.org)`, `^ a b Some source`, `- ^ Jump up to: a b c Source`,
#: `↑ a b et c Source` (the back-link letters are dropped; `^ a study` keeps its `a`).
REFERENCE_LINE = regex.compile(
    r"^\s*(?:[-*•]\s+)?(?:(?P<n>\d{1,3})[.)]\s*)?(?P<caret>[\^↑])\s*"
    r"(?:(?i:jump\s+up(?:\s+to)?)\s*[:^]?\s*)?"
    r"(?:(?:(?:[a-z]\s+){1,7}(?:et|and|und|y|e)\s+[a-z]\s+|(?:[a-z]\s+){2,8})(?=\S))?"
    r"(?P<text>\S.*?)"
    r"(?:\s+\((?P<source>(?:www\.)?[\w-]+(?:\.[\w-]+)+)\))?\s*$"
)
#: What a reference line opens with (after indent, bullet and number).
CARETS = "^↑"
#: A marker attached to the word or punctuation before it: `with[2]`, `statement.[3]`, `so.[1][2]`.
MARKER = regex.compile(r"(?<=[\p{L}\p{N}.,;:!?)\]\"'”’%])\[(\d{1,3})\]")
#: A marker after one space, closing a clause: `reason [2].`, `the kernel [1] and`. Cut only for
#: an endnote list, whose own lines are written `[n] …`.
DETACHED_MARKER = regex.compile(r"(?<=[\p{L}\p{N}.,;:!?)\]\"'”’%]) \[(\d{1,3})\](?=[\s.,;:!?)]|$)")
#: Without a list, markers leave the text only with this many distinct numbers ...
ORPHAN_MIN_DISTINCT = 3
#: ... and the first of them at most this number (a citation run starts at 1; `a[0]` is code).
ORPHAN_MAX_FIRST = 2
ORPHAN_MIN_FIRST = 1

#: An endnote: `[3] Official announcement https://…`, `3. Smith, J. (2020). Title.`
ENDNOTE_LINE = regex.compile(r"^\s*(?:\[(?P<b>\d{1,3})\]|(?P<n>\d{1,3})[.)]|(?P<s>[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})\.?)"
                             r"[ \t\u00a0]*(?<=[ \t\u00a0.)\]¹²³⁴⁵⁶⁷⁸⁹⁰])(?P<text>\S.*?)\s*$")
#: Superscript digits, as the source wrote its markers and list numbers (`word²`, `² Source`).
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_FROM_SUPERSCRIPT = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")
#: A superscript marker attached to the word or punctuation before it: `the kernel²,`. Cut only
#: for a list written with superscript numbers (`x²` in a formula is not a citation).
SUPERSCRIPT_MARKER = regex.compile(r"(?<=[\p{L}.,;:!?)\]\"'”’%])([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})(?![¹²³⁴⁵⁶⁷⁸⁹⁰])")
SUPERSCRIPT_KEY = "footnotes.superscript"
#: What makes a line read as a citation: a link, a DOI/ISBN, a year, `et al.`, pages, a volume,
#: a retrieval date, a quoted title.
CITATION_SIGNAL = regex.compile(
    r"https?://|www\.|\bdoi\b|\bisbn\b|(?<!\d)(?:1[5-9]|20)\d\d(?!\d)|\bet al\b|\bpp?\.\s*\d|\bvol\.|"
    r"\bibid\b|\bop\.\s*cit\b|\bretrieved\b|\baccessed\b|\bconsultado\b|\bconsulté\b|\babgerufen\b|"
    r"\bS\.\s*\d|\bhrsg\b|[“\"«„][^“\"«„”»]{3,}[”\"»“]", regex.I)
#: Without a citation in every line, an endnote list needs body markers for this share of it.
ENDNOTE_MARKED_SHARE = 0.5
#: A heading line is short.
MAX_HEADING_CHARS = 60
#: A link inside a note's text (its trailing punctuation is not part of it).
URL = regex.compile(r"(?:https?://|www\.)[^\s<>\[\]\"“”]+")

#: Markdown: a definition `[^label]: text` (up to three spaces of indent), a marker `[^label]`,
#: a code fence, a backtick code span.
#: Any definition in the source (the rule's gate).
MD_DEFINITION_ANYWHERE = regex.compile(r"(?:^|(?<=[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029])) {0,3}\[\^[^\]\s\[^]{1,40}\]:")
MD_DEFINITION = regex.compile(r"^ {0,3}\[\^(?P<label>[^\]\s\[^]{1,40})\]:[ \t]*(?P<text>.*?)\s*$")
MD_MARKER = regex.compile(r"\[\^([^\]\s\[^]{1,40})\]")
MD_FENCE = CODE_FENCE
MD_CODE_SPAN = regex.compile(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)")
#: A definition continues on lines indented by this many columns (after a blank line: a new
#: paragraph of the note, indented like a code block).
MD_CONTINUATION_INDENT = 2
MD_PARAGRAPH_INDENT = 4

#: Wiki tags: what an `attached` tag must be glued to; a heading-like line before `[edit]`.
TAG_GLUE = frozenset(".,;:!?)]\"'”’%")
HEADING_MAX_WORDS = 12

#: doc.memo key: numbers of endnote lists (their markers may stand after a space).
DETACHED_KEY = "footnotes.detached"


def _heading_key(text: str) -> str:
    """A heading line as headings.tsv writes it: `## Notes:`, `**Notes**`, `== Notes ==`,
    `Notes :` -> `notes`."""
    key = text.strip().strip("#=*_ \t")
    key = key.rstrip(":").strip().strip("#=*_ \t")
    return " ".join(key.lower().split())


def is_references_heading(text: str) -> bool:
    """A line that is only a references heading (data: headings.tsv, family `references`)."""
    return len(text) <= MAX_HEADING_CHARS and _heading_key(text) in heading_words("references")


def _first_url(text: str) -> str | None:
    m = URL.search(text)
    if m is None:
        return None
    url = m.group().rstrip(".,;:!?'’")
    while url.endswith(")") and url.count(")") > url.count("("):  # `(see https://a.org/x)`
        url = url[:-1].rstrip(".,;:!?'’")
    return url


def _has_bracket(text: str) -> bool:
    return "[" in text


def _has_caret(text: str) -> bool:
    return "^" in text or "↑" in text


def _previous_content(doc: Document, line: Line) -> Line | None:
    """The alive, non-blank line above `line` (blank lines between are skipped)."""
    for i in range(line.index - 1, -1, -1):
        other = doc.lines[i]
        if other.alive and not other.blank:
            return other
    return None


def _cut_marker(doc: Document, line: Line, start: int, end: int, number: int, rule_name: str) -> None:
    """Cut the marker at current [start, end) of `line` and record where it stood. A space left
    before punctuation or another space (`reason [2].`) goes with it."""
    op = line.cut(start, end, rule_name, G, Target.MARKER, evidence=f"footnote {number}")
    if op is None:
        return
    doc.fields.marker_offsets.setdefault(number, []).append(op.start)
    text = line.text
    if start >= 2 and text[start - 1] == " " and not text[start - 2].isspace() \
            and text[start:start + 1] in " .,;:!?)":  # ("" at the line end is in it too)
        line.cut(start - 1, start, rule_name, G, Target.DROPPED, evidence="space before marker")


# -- Wikipedia residue ------------------------------------------------------------------------------

def _heading_like(text: str) -> bool:
    """A short line that does not end like a clause (`History`, `Early life and career`)."""
    words = text.split()
    return 0 < len(words) <= HEADING_MAX_WORDS and text.rstrip()[-1:] not in ".,;!" and not is_prose(text)


@rule("footnotes.wiki_tags", G, "drop Wikipedia residue: `[citation needed]`-style tags, `[edit]` after headings")
def wiki_tags(doc: Document, config: Config) -> None:
    if "[" not in doc.source:
        return
    pattern = wiki_tag_pattern()
    if pattern.search(doc.source) is None:
        return
    for line in doc.filter_lines(_has_bracket):
        text = line.text
        spans: list[tuple[int, int, str]] = []
        for m in pattern.finditer(text):
            kind = m.lastgroup or ""
            start, end = m.span()
            before = text[:start]
            glued = bool(before) and not before[-1].isspace()
            if kind == "attached" and not (glued and (before[-1].isalnum() or before[-1] in TAG_GLUE)):
                continue
            if kind == "edit":
                if text[end:].strip():
                    continue  # an edit link closes its heading line
                head = before.strip()
                if head:
                    if not _heading_like(head) or not (glued or "|" in m.group()):
                        continue
                else:
                    prev = _previous_content(doc, line)
                    if prev is None or not _heading_like(prev.text.strip()):
                        continue
            spans.append((start, end, "edit link" if kind == "edit" else "maintenance tag"))
        if not spans:
            continue
        rest = "".join(text[a:b] for a, b in zip([0] + [e for _, e, _ in spans], [s for s, _, _ in spans] + [len(text)]))
        if not rest.strip():
            line.remove("footnotes.wiki_tags", G, Target.DROPPED, evidence=spans[0][2])
            continue
        # Widen each tag over the spaces before it (or, at the line start, after it).
        cuts: list[tuple[int, int, str]] = []
        reach = 0
        for start, end, evidence in spans:
            if text[:start].strip():
                while start > reach and text[start - 1] in " \t":
                    start -= 1
            else:
                while end < len(text) and text[end] in " \t":
                    end += 1
            start = max(start, reach)
            cuts.append((start, end, evidence))
            reach = end
        for start, end, evidence in reversed(cuts):
            line.cut(start, end, "footnotes.wiki_tags", G, Target.DROPPED, evidence=evidence)


# -- `^` reference lists -----------------------------------------------------------------------------

def _reference_block(doc: Document) -> tuple[list[Line], dict[int, Footnote], Line | None]:
    """The trailing run of reference lines, their footnotes, and the heading above them."""
    refs: list[tuple[Line, regex.Match[str]]] = []
    heading: Line | None = None
    # The list ends at the last reference line (every one holds a `^`); from there, walk up
    # over the run of reference lines (chrome below it is left to the chrome rules).
    last = next((line for line in reversed(doc.filter_lines(_has_caret)) if REFERENCE_LINE.match(line.text)), None)
    if last is None:
        return [], {}, None
    lines = doc.lines
    for i in range(last.index, -1, -1):
        line = lines[i]
        if not line.alive or line.blank:
            continue
        m = REFERENCE_LINE.match(line.text)
        if m:
            refs.append((line, m))
            continue
        if is_references_heading(line.text):
            heading = line
        break
    if len(refs) < 2 and heading is None:
        return [], {}, None
    if heading is None and any(m["caret"] == "↑" for _, m in refs):
        return [], {}, None  # `↑` also marks tickers and back-to-top links: only under a heading
    refs.reverse()
    notes: dict[int, Footnote] = {}
    next_number = 1
    for line, m in refs:
        number = int(m["n"]) if m["n"] else next_number
        if number in notes:  # numbers must be unique; a repeat means this is not one list
            return [], {}, None
        notes[number] = Footnote(number, m["text"].strip(), m["source"])
        next_number = number + 1
    return [line for line, _ in refs], notes, heading


@rule("footnotes.references", G, "move a trailing `n. ^ anchor (host)` / References list to footnotes")
def references(doc: Document, config: Config) -> None:
    if "^" not in doc.source and "↑" not in doc.source:
        return
    lines, notes, heading = _reference_block(doc)
    if not notes:
        return
    for line in lines:
        line.remove("footnotes.references", G, Target.FOOTNOTE)
    if heading is not None:
        heading.remove("footnotes.references", G, Target.FOOTNOTE, evidence="heading")
    doc.fields.footnotes.update(notes)


# -- numbered endnotes under a heading ---------------------------------------------------------------

#: A line that may open an endnote list (`[1] `, `1. `, `1) `; lists start at 1): one pass of a
#: literal-led regex over the source; the heading is then looked for right above the line.
_FIRST_ENDNOTE = re.compile(r"\n[ \t]*(?:\[1\]|1[.)]|¹\.?)[ \t\u00a0]")


def _endnote_block(doc: Document, heading: Line) -> tuple[list[Line], dict[int, Footnote]] | None:
    """The numbered lines right under `heading` (blank lines between them), as footnotes."""
    items: list[tuple[Line, int, str]] = []
    style = None
    for line in doc.lines.from_index(heading.index + 1):
        if not line.alive or line.blank:
            continue
        m = ENDNOTE_LINE.match(line.text)
        if m is None:
            break
        kind = "bracket" if m["b"] else "number" if m["n"] else "superscript"
        if style is not None and kind != style:
            return None  # `[1]` then `2.`: not one list
        style = kind
        number = int(m["b"] or m["n"] or m["s"].translate(_FROM_SUPERSCRIPT))
        if items and number != items[-1][1] + 1:
            return None  # numbers out of order: not one list
        items.append((line, number, m["text"]))
    if not items or items[0][1] != 1:
        return None
    numbers = {n for _, n, _ in items}
    if numbers & set(doc.fields.footnotes):
        return None
    if not all(CITATION_SIGNAL.search(text) for _, _, text in items):
        block = {line.index for line, _, _ in items}
        cited = {int(m.group(1)) for line in doc.filter_lines(_has_bracket) if line.index not in block
                 for pattern in (MARKER, DETACHED_MARKER) for m in pattern.finditer(line.text)}
        if style == "superscript":
            cited |= _superscript_numbers(doc, block)
        if len(cited & numbers) < ENDNOTE_MARKED_SHARE * len(numbers):
            return None
    notes = {n: Footnote(n, text, _first_url(text)) for _, n, text in items}
    return [line for line, _, _ in items], notes


@rule("footnotes.endnotes", G, "move numbered `[1] https://…` / `1. Author, Title…` lines under a Notes/Sources heading to footnotes")
def endnotes(doc: Document, config: Config) -> None:
    src = doc.source if doc.plain_breaks else OTHER_BREAKS.sub("\n", doc.source)
    starts = [m.start() + 1 for m in _FIRST_ENDNOTE.finditer(src)]
    if not starts:
        return  # (a list on the first line has no heading above it)
    looked: set[int] = set()
    for start in starts:
        line = doc.line_at(start)
        heading = _previous_content(doc, line) if line.alive else None
        if heading is None or heading.index in looked:
            continue
        looked.add(heading.index)
        if not is_references_heading(heading.text):  # its current text: `Notes[edit]` reads `Notes`
            continue
        found = _endnote_block(doc, heading)
        if found is None:
            continue
        lines, notes = found
        heading.remove("footnotes.endnotes", G, Target.FOOTNOTE, evidence="heading")
        for line in lines:
            line.remove("footnotes.endnotes", G, Target.FOOTNOTE, evidence="endnote")
        doc.fields.footnotes.update(notes)
        detached = doc.memo.setdefault(DETACHED_KEY, set())
        detached.update(notes)  # type: ignore[attr-defined]
        if lines and ENDNOTE_LINE.match(lines[0].text)["s"]:  # type: ignore[index]
            doc.memo.setdefault(SUPERSCRIPT_KEY, set()).update(notes)  # type: ignore[attr-defined]


# -- `[n]` markers -------------------------------------------------------------------------------------

def _cut_markers(doc: Document, numbers: set[int] | None, rule_name: str) -> None:
    """Cut markers whose number is in `numbers` (all when None) from every alive line."""
    for line in doc.filter_lines(_has_bracket):
        for m in reversed(list(MARKER.finditer(line.text))):
            n = int(m.group(1))
            if numbers is not None and n not in numbers:
                continue
            _cut_marker(doc, line, m.start(), m.end(), n, rule_name)


def _cut_detached(doc: Document, numbers: set[int], rule_name: str) -> None:
    for line in doc.filter_lines(_has_bracket):
        for m in reversed(list(DETACHED_MARKER.finditer(line.text))):
            n = int(m.group(1))
            if n in numbers:
                _cut_marker(doc, line, m.start() + 1, m.end(), n, rule_name)


def _has_superscript(text: str) -> bool:
    return any(ch in text for ch in SUPERSCRIPT_DIGITS)


#: The word before a superscript marker has at least this many letters (`km²`, `mc²` are units
#: and formulas, `costs²` a citation) ...
SUPERSCRIPT_MIN_LETTERS = 3
#: ... and none of these (`E=mc²`, `x+y²`) ...
_FORMULA_CHARS = frozenset("=+^*<>")
#: ... and after a slash, the word after the last one is judged (`m/s²`, `kg/cm²` are units,
#: `$199/month²` a citation).
_PER = "/"


def _superscript_markers(text: str) -> list[regex.Match[str]]:
    """Superscript markers after a word, not an exponent in a unit or formula."""
    out = []
    for m in SUPERSCRIPT_MARKER.finditer(text):
        token = text[:m.start()].rsplit(None, 1)[-1] if text[:m.start()].strip() else ""
        unit = token.rsplit(_PER, 1)[-1]
        if sum(ch.isalpha() for ch in unit) >= SUPERSCRIPT_MIN_LETTERS and not _FORMULA_CHARS & set(token):
            out.append(m)
    return out


def _superscript_numbers(doc: Document, skip: set[int]) -> set[int]:
    return {int(m.group(1).translate(_FROM_SUPERSCRIPT)) for line in doc.filter_lines(_has_superscript)
            if line.index not in skip for m in _superscript_markers(line.text)}


def _cut_superscripts(doc: Document, numbers: set[int], rule_name: str) -> None:
    for line in doc.filter_lines(_has_superscript):
        for m in reversed(_superscript_markers(line.text)):
            n = int(m.group(1).translate(_FROM_SUPERSCRIPT))
            if n in numbers:
                _cut_marker(doc, line, m.start(), m.end(), n, rule_name)


@rule("footnotes.markers", G, "cut [n] citation markers that point to a recorded footnote")
def markers(doc: Document, config: Config) -> None:
    notes = doc.fields.footnotes
    if notes:
        _cut_markers(doc, set(notes), "footnotes.markers")
        detached = doc.memo.get(DETACHED_KEY)
        if detached:
            _cut_detached(doc, detached, "footnotes.markers")  # type: ignore[arg-type]
        superscript = doc.memo.get(SUPERSCRIPT_KEY)
        if superscript:
            _cut_superscripts(doc, superscript, "footnotes.markers")  # type: ignore[arg-type]
        return


@rule("footnotes.orphans", G, "without a list, cut [n] markers only when they form a clear citation run (1, 2, 3 …)")
def orphans(doc: Document, config: Config) -> None:
    """Runs after every rule that removes lines (captions, chrome, title): a marker on a line
    that goes anyway must not decide whether the run is clear, or cleaning the clean text would
    decide differently."""
    notes = doc.fields.footnotes
    if notes or "[" not in doc.source:
        return
    # No list: only a clear citation pattern (several attached, ascending numbers) goes.
    seen = [int(m.group(1)) for line in doc.filter_lines(_has_bracket) for m in MARKER.finditer(line.text)]
    distinct = sorted(set(seen))
    if (len(distinct) >= ORPHAN_MIN_DISTINCT and ORPHAN_MIN_FIRST <= distinct[0] <= ORPHAN_MAX_FIRST
            and distinct == list(range(distinct[0], distinct[0] + len(distinct)))):
        for n in distinct:
            notes[n] = Footnote(n, "", None)
        _cut_markers(doc, set(distinct), "footnotes.orphans")
        doc.count("footnotes.orphans.unlisted", len(distinct))  # footnotes with no list text


# -- Markdown footnotes ----------------------------------------------------------------------------

class _Definition:
    __slots__ = ("label", "lines", "paragraphs", "gap")

    def __init__(self, label: str, line: Line, text: str) -> None:
        self.label = label
        self.lines = [line]
        self.paragraphs: list[list[str]] = [[text] if text else []]
        self.gap = False  # a blank line since the last line of this definition

    def text(self) -> str:
        return "\n\n".join(" ".join(p) for p in self.paragraphs if p)


def _indent(text: str) -> int:
    return len(text.expandtabs(4)) - len(text.lstrip(" \t").expandtabs(4))


def _code_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in MD_CODE_SPAN.finditer(text)] if "`" in text else []


def _markdown_parts(doc: Document) -> tuple[list[_Definition], list[Line]]:
    """Definitions (with their continuation lines) and the other lines outside code fences."""
    definitions: list[_Definition] = []
    body: list[Line] = []
    fence: str | None = None
    current: _Definition | None = None
    for line in doc.lines:
        if not line.alive:
            continue
        text = line.text
        opened = MD_FENCE.match(text)
        if fence is not None:  # inside a fenced code block: nothing here is a note or a marker
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence) \
                    and not text[opened.end():].strip():
                fence = None
            continue
        if opened:
            fence = opened.group(1)
            current = None
            continue
        if line.blank:
            if current is not None:
                current.gap = True
            continue
        m = MD_DEFINITION.match(text)
        if m:
            current = _Definition(m["label"], line, m["text"])
            definitions.append(current)
            continue
        if current is not None:
            indent = _indent(text)
            if indent >= (MD_PARAGRAPH_INDENT if current.gap else MD_CONTINUATION_INDENT):
                if current.gap:
                    current.paragraphs.append([])
                    current.gap = False
                current.paragraphs[-1].append(text.strip())
                current.lines.append(line)
                continue
            current = None
        body.append(line)
    return definitions, body


def _md_markers(line: Line) -> list[regex.Match[str]]:
    """Markdown markers of a body line outside backtick code spans."""
    text = line.text
    code = _code_spans(text)
    return [m for m in MD_MARKER.finditer(text) if not any(a <= m.start() < b for a, b in code)]


@rule("footnotes.markdown", G, "move Markdown `[^n]: text` definitions to footnotes and cut their `[^n]` markers")
def markdown(doc: Document, config: Config) -> None:
    if "[^" not in doc.source or MD_DEFINITION_ANYWHERE.search(doc.source) is None:
        return
    definitions, body = _markdown_parts(doc)
    if not definitions:
        return
    first: dict[str, _Definition] = {}
    repeats: list[_Definition] = []
    for d in definitions:
        if first.setdefault(d.label, d) is not d:
            repeats.append(d)  # the first definition of a label wins, as in Markdown
    marked = [(line, _md_markers(line)) for line in body if "[^" in line.text]
    if not any(m.group(1) in first for _, found in marked for m in found):
        return  # no marker points to a definition: these are not footnotes (code, a regex)
    taken = set(doc.fields.footnotes)
    numbers: dict[str, int] = {}
    for label in first:
        if label.isascii() and label.isdigit() and len(label) <= 3 and int(label) >= 1 and int(label) not in taken:
            numbers[label] = int(label)
            taken.add(int(label))
    n = 1
    for label in first:
        if label not in numbers:
            while n in taken:
                n += 1
            numbers[label] = n
            taken.add(n)
    for label, d in first.items():
        text = d.text()
        doc.fields.footnotes[numbers[label]] = Footnote(numbers[label], text, _first_url(text))
        for line in d.lines:
            line.remove("footnotes.markdown", G, Target.FOOTNOTE, evidence=f"definition of footnote {numbers[label]}")
    for d in repeats:
        for line in d.lines:
            line.remove("footnotes.markdown", G, Target.DROPPED, evidence="repeated definition")
    # A references heading (`Notes`, `Fuentes`) right above the first definition goes with them.
    heading = _previous_content(doc, definitions[0].lines[0])
    if heading is not None and is_references_heading(heading.text):
        heading.remove("footnotes.markdown", G, Target.FOOTNOTE, evidence="heading")
    for line, found in marked:
        for m in reversed(found):
            number = numbers.get(m.group(1))
            if number is not None:
                _cut_marker(doc, line, m.start(), m.end(), number, "footnotes.markdown")
