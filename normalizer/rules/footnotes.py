"""Footnotes: citation markers in the text and the reference list they point to.

Two styles are recognised: Readability's flattened links (`met with[2]` plus a trailing list
`2. ^ met with (fronterasdesk.org)`) and Wikipedia plain text (`[2]` plus a References / Notes
section of `^ …` lines). The list becomes `Result.footnotes`; a marker leaves the text only when
its number is in that list, or when the document is so clearly cited (many attached, ascending
markers) that no other reading is plausible. `[sic]`, `[the president]`, `x[i]` never match.
"""

from __future__ import annotations

import regex

from ..config import Config, Group
from ..document import Document, Line
from ..engine import rule
from ..result import Footnote, Target
from ..tables import heading_words

G = Group.FOOTNOTES

#: `  2. ^ met with (fronterasdesk.org)` or `^ a b Some source` or `2. ^ text`.
REFERENCE_LINE = regex.compile(
    r"^\s*(?:(?P<n>\d{1,3})[.)]\s*)?\^\s*(?:(?:[a-z]\s+){2,8}(?=\S))?(?P<text>.+?)"
    r"(?:\s+\((?P<source>(?:www\.)?[\w-]+(?:\.[\w-]+)+)\))?\s*$"
)
#: A marker attached to the word or punctuation before it: `with[2]`, `statement.[3]`.
MARKER = regex.compile(r"(?<=[\p{L}\p{N}.,;:!?)\"'”’%])\[(\d{1,3})\]")
#: Without a list, markers leave the text only with this many distinct numbers ...
ORPHAN_MIN_DISTINCT = 3
#: ... and the first of them at most this number (a citation run starts at 1; `a[0]` is code).
ORPHAN_MAX_FIRST = 2
ORPHAN_MIN_FIRST = 1


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
        if line.text.strip().rstrip(":").lower() in heading_words("references"):
            heading = line
        break
    if len(refs) < 2 and heading is None:
        return [], {}, None
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
    if "^" not in doc.source:
        return
    lines, notes, heading = _reference_block(doc)
    if not notes:
        return
    for line in lines:
        line.remove("footnotes.references", G, Target.FOOTNOTE)
    if heading is not None:
        heading.remove("footnotes.references", G, Target.FOOTNOTE, evidence="heading")
    doc.fields.footnotes.update(notes)


def _has_caret(text: str) -> bool:
    return "^" in text


def _has_bracket(text: str) -> bool:
    return "[" in text


def _cut_markers(doc: Document, numbers: set[int] | None, rule_name: str) -> None:
    """Cut markers whose number is in `numbers` (all when None) from every alive line."""
    for line in doc.filter_lines(_has_bracket):
        text = line.text
        for m in reversed(list(MARKER.finditer(text))):
            n = int(m.group(1))
            if numbers is not None and n not in numbers:
                continue
            start = m.start()
            op = line.cut(start, m.end(), rule_name, G, Target.MARKER)
            if op is not None:
                doc.fields.marker_offsets.setdefault(n, []).append(op.start)


@rule("footnotes.markers", G, "cut [n] citation markers that point to a recorded footnote")
def markers(doc: Document, config: Config) -> None:
    notes = doc.fields.footnotes
    if notes:
        _cut_markers(doc, set(notes), "footnotes.markers")
        return
    # No list: only a clear citation pattern (several attached, ascending numbers) goes.
    if "[" not in doc.source:
        return
    seen = [int(m.group(1)) for line in doc.filter_lines(_has_bracket) for m in MARKER.finditer(line.text)]
    distinct = sorted(set(seen))
    if (len(distinct) >= ORPHAN_MIN_DISTINCT and ORPHAN_MIN_FIRST <= distinct[0] <= ORPHAN_MAX_FIRST
            and distinct == list(range(distinct[0], distinct[0] + len(distinct)))):
        for n in distinct:
            notes[n] = Footnote(n, "", None)
        _cut_markers(doc, set(distinct), "footnotes.markers")
        doc.count("footnotes.markers.orphan", len(seen))
