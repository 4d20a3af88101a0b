"""The engine's working copy of one input: lines over the original text, and the operation log.

Rules never rewrite strings. They ask the `Document` to remove a line, cut a span out of a line,
or edit a span in place; the document records each request as a `Removal` or `Edit` against
offsets of the original input and keeps the current text of every line. A line holds a small
piece table (source span -> current text) only once something inside it changed, so untouched
lines cost nothing.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Sequence

from .config import Group
from .features import LineInfo
from .result import Caption, Edit, Footnote, Removal, Result, Target

if TYPE_CHECKING:
    from .corpus import SourceStats

#: Line terminators, as `str.splitlines` knows them. "\r\n" counts as one.
LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
#: The line breaks but "\n" (str.splitlines' others), the ASCII ones apart.
RARE_BREAKS = tuple(sorted(LINE_BREAKS - {"\n"}))
RARE_BREAKS_ASCII = tuple(ch for ch in RARE_BREAKS if ch.isascii())


class _Piece:
    """A stretch of a line: source[start:end] shown as `text` (the op that made it, if any)."""

    __slots__ = ("start", "end", "text", "op")

    def __init__(self, start: int, end: int, text: str, op: Removal | Edit | None) -> None:
        self.start, self.end, self.text, self.op = start, end, text, op


class Line:
    """One input line: content source[start:end], terminator source[end:stop]."""

    __slots__ = ("doc", "index", "start", "end", "stop", "_pieces", "_text", "removed", "_info", "_cursor")

    def __init__(self, doc: "Document", index: int, start: int, end: int, stop: int) -> None:
        self.doc = doc
        self.index = index
        self.start, self.end, self.stop = start, end, stop
        self._pieces: list[_Piece] | None = None
        #: (index, current offset) of the piece the last change made: where `_locate` starts.
        self._cursor: tuple[int, int] = (0, 0)
        self._text: str | None = None
        self.removed: Removal | None = None
        self._info: LineInfo | None = None

    # -- reading -------------------------------------------------------------------------------
    @property
    def text(self) -> str:
        """The line's current content (after repairs and cuts), without its terminator."""
        if self._text is None:
            if self._pieces is None:
                self._text = self.doc.source[self.start:self.end]
            else:
                self._text = "".join(p.text for p in self._pieces)
        return self._text

    @property
    def info(self) -> LineInfo:
        """Shape features of the current text (recomputed only after the text changed)."""
        info = self._info
        if info is None:
            info = self._info = LineInfo(self.text)
        return info

    @property
    def alive(self) -> bool:
        return self.removed is None

    @property
    def blank(self) -> bool:
        text = self.text
        return not text or text.isspace()

    def __repr__(self) -> str:
        state = "" if self.alive else f" removed by {self.removed.rule}"  # type: ignore[union-attr]
        return f"<Line {self.index} {self.text[:40]!r}{state}>"

    # -- mapping current offsets to source offsets ---------------------------------------------
    def _locate(self, pos: int) -> tuple[int, int]:
        """(k, off): current offset `pos` lies `off` characters into piece k; at a boundary
        (off 0) k is the first piece starting there (an empty piece a cut left included), and
        len(pieces) at the very end. The walk starts at the piece the last change made: rules
        edit a line in order (left to right or right to left), so each edit costs the same
        however many came before it."""
        pieces = self._pieces
        assert pieces is not None
        k, at = self._cursor
        if pos >= at:
            n = len(pieces)
            while k < n:
                if pos == at:
                    break
                size = len(pieces[k].text)
                if pos < at + size:
                    return k, pos - at
                at += size
                k += 1
        else:
            while True:
                k -= 1
                at -= len(pieces[k].text)
                if at < pos:
                    return k, pos - at
                if at == pos:
                    break
        while k > 0 and not pieces[k - 1].text:  # the first of the pieces starting at pos
            k -= 1
        return k, 0

    def _replace(self, cur_start: int, cur_end: int, new_text: str,
                 make_op: Callable[[int, int], Removal | Edit]) -> Removal | Edit | None:
        text = self.text
        if not self.alive or not (0 <= cur_start < cur_end <= len(text)):
            return None
        if self._pieces is None:  # an untouched line (most cuts and edits): offsets map directly
            return self._replace_first(cur_start, cur_end, new_text, make_op)
        pieces = self._pieces
        i, i_off = self._locate(cur_start)
        j, j_off = self._locate(cur_end)
        # An edit is atomic: a new one may not start or end inside an earlier one.
        if (i_off and pieces[i].op is not None) or (j_off and pieces[j].op is not None):
            return None
        src_start = pieces[i].start + i_off
        src_end = pieces[j].start + j_off if j_off else pieces[j - 1].end
        if src_start == src_end:  # only text that an earlier edit inserted: no source under it
            return None
        op = make_op(src_start, src_end)
        self.doc._supersede([p.op for p in pieces[i:j] if p.op is not None], op)
        new = [_Piece(src_start, src_end, new_text, op)]
        if i_off:
            first = pieces[i]
            new.insert(0, _Piece(first.start, src_start, first.text[:i_off], None))
        if j_off:
            last = pieces[j]
            new.append(_Piece(src_end, last.end, last.text[j_off:], None))
        pieces[i:j + 1 if j_off else j] = new
        self._cursor = (i + 1 if i_off else i, cur_start)
        return self._commit(pieces, op, text[:cur_start] + new_text + text[cur_end:])

    def _replace_first(self, cur_start: int, cur_end: int, new_text: str,
                       make_op: Callable[[int, int], Removal | Edit]) -> Removal | Edit:
        """`_replace` on a line with no pieces yet: the same pieces, without splitting a copy."""
        text = self.text
        src_start, src_end = self.start + cur_start, self.start + cur_end
        op = make_op(src_start, src_end)
        pieces = [_Piece(src_start, src_end, new_text, op)]
        if cur_start:
            pieces.insert(0, _Piece(self.start, src_start, text[:cur_start], None))
        if cur_end < len(text):
            pieces.append(_Piece(src_end, self.end, text[cur_end:], None))
        self.doc._changed.append(self)  # the line's first change
        self._cursor = (1 if cur_start else 0, cur_start)
        return self._commit(pieces, op, text[:cur_start] + new_text + text[cur_end:])

    def _commit(self, pieces: list[_Piece], op: Removal | Edit, text: str) -> Removal | Edit:
        """Install the new pieces and text, and log `op`."""
        self._pieces = pieces
        self._text = text
        self._info = None
        self.doc._log(op)
        return op

    # -- operations ----------------------------------------------------------------------------
    def edit(self, cur_start: int, cur_end: int, after: str, rule: str, group: Group,
             evidence: str | None = None) -> Edit | None:
        """Replace current text [cur_start, cur_end) by `after`, recorded as one Edit."""
        if after == self.text[cur_start:cur_end]:
            return None
        src = self.doc.original

        def make(s: int, e: int) -> Edit:
            return Edit(rule, group, s, e, src[s:e], after, evidence)

        return self._replace(cur_start, cur_end, after, make)  # type: ignore[return-value]

    def cut(self, cur_start: int, cur_end: int, rule: str, group: Group,
            target: Target = Target.DROPPED, evidence: str | None = None) -> Removal | None:
        """Remove current text [cur_start, cur_end) from the line (e.g. a footnote marker)."""
        src = self.doc.original

        def make(s: int, e: int) -> Removal:
            return Removal(rule, group, src[s:e], s, e, target, evidence)

        return self._replace(cur_start, cur_end, "", make)  # type: ignore[return-value]

    def strip_end(self, rule: str, group: Group) -> Removal | Edit | None:
        """Drop trailing whitespace. When it lies inside an earlier edit (which cannot be split),
        that edit's text is re-edited without it, so the result is the same either way."""
        text = self.text
        keep = len(text.rstrip())
        if keep == len(text):
            return None
        op = self.cut(keep, len(text), rule, group)
        if op is not None:
            return op
        at = 0
        for piece in self._pieces or ():
            if at + len(piece.text) > keep and piece.op is not None:
                return self.edit(at, len(text), text[at:keep], rule, group)
            at += len(piece.text)
        return None

    def remove(self, rule: str, group: Group, target: Target = Target.DROPPED,
               evidence: str | None = None) -> Removal | None:
        """Remove the whole line with its terminator."""
        if not self.alive or self.stop == self.start:
            return None
        op = Removal(rule, group, self.doc.original[self.start:self.stop], self.start, self.stop,
                     target, evidence)
        self.doc._supersede([p.op for p in self._pieces or () if p.op is not None], op)
        self.doc._supersede(self.doc._terminator_ops.pop(self.index, []), op)
        self.removed = op
        self.doc.removed_indices.add(self.index)
        self.doc._log(op)
        return op

    def cut_terminator(self, rule: str, group: Group) -> Removal | None:
        """Remove just the line break after the line (joining it to the next, or ending the text)."""
        if not self.alive or self.stop == self.end:
            return None
        op = Removal(rule, group, self.doc.original[self.end:self.stop], self.end, self.stop)
        self.doc._supersede(self.doc._terminator_ops.pop(self.index, []), op)
        self.doc._terminator_ops[self.index] = [op]
        self.doc._log(op)
        return op


class LineList(Sequence[Line]):
    """The document's lines, made on first access. Most rules look at a few lines that a scan
    pointed to; building a Line object for each of the ~1 M lines of a dump's worth of text cost
    more than several rules together. `lines[i]`, iteration (lazy, so a loop that stops early
    builds only what it saw), `reversed()` and `from_index()` all build what they return."""

    __slots__ = ("_doc", "_items", "_starts", "_parts")

    def __init__(self, doc: "Document", starts: list[int], parts: list[str]) -> None:
        self._doc = doc
        self._starts = starts
        self._parts = parts
        self._items: list[Line | None] = [None] * len(starts)

    @classmethod
    def of(cls, doc: "Document", lines: list[Line]) -> "LineList":
        """A list of lines built already (the rare line breaks path)."""
        out = cls(doc, [line.start for line in lines], [])
        out._items = list(lines)
        return out

    def _make(self, i: int) -> Line:
        start = self._starts[i]
        end = start + len(self._parts[i])
        line = Line(self._doc, i, start, end, min(end + 1, len(self._doc.source)))
        self._items[i] = line
        return line

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self._items)))]
        line = self._items[i]
        if line is None:
            line = self._make(i if i >= 0 else i + len(self._items))
        return line

    def __iter__(self) -> Iterator[Line]:
        return self.from_index(0)

    def __reversed__(self) -> Iterator[Line]:
        items = self._items
        for i in range(len(items) - 1, -1, -1):
            line = items[i]
            yield line if line is not None else self._make(i)

    def from_index(self, start: int) -> Iterator[Line]:
        """Lines start, start+1, ... built as the loop reaches them."""
        items = self._items
        for i in range(max(start, 0), len(items)):
            line = items[i]
            yield line if line is not None else self._make(i)

    def built(self) -> Iterator[Line]:
        """Only the lines built so far (every line an operation touched is among them)."""
        return (line for line in self._items if line is not None)


@dataclass
class Fields:
    """What rules moved out of the body, assembled into the Result at the end."""

    title: str | None = None
    footnotes: dict[int, Footnote] = field(default_factory=dict)
    captions: list[tuple[int, Caption]] = field(default_factory=list)  # (source offset, caption)
    meta: dict[str, str] = field(default_factory=dict)
    #: footnote number -> source offsets of its markers that were cut from body lines
    marker_offsets: dict[int, list[int]] = field(default_factory=dict)


class Document:
    """Lines of one input plus the log of every operation made on them."""

    def __init__(self, source: str, corpus: "SourceStats | None" = None, original: str | None = None,
                 pieces: list[str] | None = None) -> None:
        #: The text the lines are cut from and rules read: the input, or a rule's view of it
        #: with characters replaced one for one (hard-wrapped lines joined), offsets unchanged.
        self.source = source
        #: The input itself: what operations record as the text they replaced or removed.
        self.original = source if original is None else original
        #: Corpus mode: line counts of the documents of this one's source (None outside it).
        self.corpus = corpus
        self.lines: LineList = LineList(self, [], [])
        #: Indices of removed lines (a line is built before it is removed).
        self.removed_indices: set[int] = set()
        self.ops: list[Removal | Edit] = []
        self._terminator_ops: dict[int, list[Removal | Edit]] = {}
        self.fields = Fields()
        #: Counters that are not operations (unresolved `?`, ftfy calls, rule errors).
        self.stats: dict[str, int] = {}
        #: Per-document values a rule family derives once and shares between its rules.
        self.memo: dict[object, object] = {}
        self._starts: list[int] | None = None
        self._text_cache: tuple[int, str] | None = None
        #: Lines whose text an in-line operation changed.
        self._changed: list[Line] = []
        self._split(pieces)

    def _split(self, pieces: list[str] | None) -> None:
        """Cut the source into lines. `pieces`, when given, is `source.split("\n")`, which the
        engine made once for the views (`engine.ViewFunc`) and the lines share."""
        src = self.source
        n = len(src)
        # A break other than "\n" is rare: a memchr per such character finds none in most texts
        # (a few scans of the text cost less than one more split of it).
        rare = n > 0 and any(ch in src for ch in (RARE_BREAKS_ASCII if src.isascii() else RARE_BREAKS))
        #: True when lines end only in "\n" (source.split("\n") then gives the lines).
        self.plain_breaks = not rare
        if n == 0:
            self.lines = LineList.of(self, [Line(self, 0, 0, 0, 0)])
        elif not rare:
            # The common case in C-level splitting: each part is a line, and its start follows
            # from the lengths before it; Line objects come when asked for.
            parts = src.split("\n") if pieces is None else pieces
            if src.endswith("\n"):  # (the piece after a final break is no line)
                parts = parts[:-1]
            starts = list(itertools.accumulate(map((1).__add__, map(len, parts)), initial=0))
            starts.pop()
            self.lines = LineList(self, starts, parts)
            self.memo["source_lines"] = parts
            self._starts = starts
        else:
            lines: list[Line] = []
            pos = 0
            index = 0
            while pos < n:
                end = pos
                while end < n and src[end] not in LINE_BREAKS:
                    end += 1
                stop = end
                if end < n:
                    stop = end + 2 if src.startswith("\r\n", end) else end + 1
                lines.append(Line(self, index, pos, end, stop))
                index += 1
                pos = stop
            self.lines = LineList.of(self, lines)

    # -- the log ---------------------------------------------------------------------------------
    def _log(self, op: Removal | Edit) -> None:
        self.ops.append(op)

    def _supersede(self, inner: list[Removal | Edit], outer: Removal | Edit) -> None:
        """Operations inside a wider one stay in the log (the diff shows them; `top_level` skips
        them when rebuilding), except an edit of exactly the same span: the new edit carries the
        original and the final text, so the old one goes."""
        for op in inner:
            if (op.start, op.end) == (outer.start, outer.end) and isinstance(op, Edit):
                self.ops = [o for o in self.ops if o is not op]

    def edit_terminator(self, line: Line, after: str, rule: str, group: Group) -> Edit | None:
        """Replace a line's break (e.g. "\\r\\n" -> "\\n")."""
        if line.stop == line.end or self.source[line.end:line.stop] == after:
            return None
        op = Edit(rule, group, line.end, line.stop, self.original[line.end:line.stop], after)
        self._terminator_ops[line.index] = [op]
        self._log(op)
        return op

    def log_view_edits(self, rule: str, group: Group, skip: "Callable[[int], bool] | None" = None) -> int:
        """Log, as one-character Edits, the characters rule `rule`'s view replaced before the
        lines were cut (see `engine.ViewFunc`): the log then rebuilds the input exactly. The
        positions `skip` names are left to the rule (it removes them with a wider operation)."""
        positions = [pos for pos in self.memo.get("views", {}).get(rule, ())  # type: ignore[union-attr]
                     if skip is None or not skip(pos)]
        for pos in positions:
            self._log(Edit(rule, group, pos, pos + 1, self.original[pos], self.source[pos]))
        return len(positions)

    # -- views -------------------------------------------------------------------------------------
    def alive(self) -> Iterator[Line]:
        return (line for line in self.lines if line.alive)

    def alive_indices(self) -> list[int]:
        """Indices of the lines no rule removed, without building a Line for each."""
        removed = self.removed_indices
        if not removed:
            return list(range(len(self.lines)))
        return [i for i in range(len(self.lines)) if i not in removed]

    def current_texts(self) -> list[str]:
        """The current text of every line (removed ones too), by index, from the source lines
        and the lines an operation changed."""
        texts = self.source_lines()
        if self._changed:
            texts = list(texts)
            for line in self._changed:
                texts[line.index] = line.text
        return texts

    @property
    def text(self) -> str:
        """The current text of the alive lines (the source itself while nothing changed inside a
        line), for document-wide gates: a gate that looked at the source would miss what an
        earlier rule wrote."""
        if not self._changed:
            return self.source
        if self._text_cache is None or self._text_cache[0] != len(self.ops):
            texts = self.current_texts()
            self._text_cache = (len(self.ops), "\n".join(texts[i] for i in self.alive_indices()))
        return self._text_cache[1]

    def line_at(self, offset: int) -> Line:
        """The line holding source offset `offset` (its content or its terminator)."""
        return self.lines[self.line_numbers((offset,))[0]]

    def line_numbers(self, offsets: "Iterable[int]") -> list[int]:
        """Indices of the lines holding these source offsets, without building their Lines."""
        if self._starts is None:
            self._starts = [line.start for line in self.lines]  # built already (rare breaks)
        starts, find = self._starts, bisect.bisect_right
        return [max(0, find(starts, offset) - 1) for offset in offsets]

    def source_lines(self) -> list[str]:
        """The source text of every line (cached), for fast whole-document comprehensions."""
        parts = self.memo.get("source_lines")
        if parts is None:
            if self.plain_breaks:
                parts = self.source.split("\n")[:len(self.lines)]
            else:
                parts = [self.source[line.start:line.end] for line in self.lines]
            self.memo["source_lines"] = parts
        return parts  # type: ignore[return-value]

    def utf8(self) -> bytes | None:
        """The source as UTF-8 (cached), or None when it holds lone surrogates. Byte-level gates
        (`bytes.find`, regexes with a literal first byte) scan many times faster than the same
        test on a str that holds non-Latin-1 characters."""
        if "utf8" not in self.memo:
            try:
                self.memo["utf8"] = self.source.encode("utf-8")
            except UnicodeEncodeError:
                self.memo["utf8"] = None
        return self.memo["utf8"]  # type: ignore[return-value]

    def filter_lines(self, keep: Callable[[str], bool]) -> list[Line]:
        """Alive lines whose current text passes `keep`, tested in one comprehension over the
        source lines (and on the current text for lines an operation changed)."""
        lines = self.lines
        found = {i for i, text in enumerate(self.source_lines()) if keep(text)}
        for line in self._changed:
            if keep(line.text):
                found.add(line.index)
            else:
                found.discard(line.index)
        return [lines[i] for i in sorted(found) if lines[i].removed is None]

    def lines_at(self, offsets: "Iterable[int]") -> list[Line]:
        """Alive lines holding these source offsets, plus every line whose text an operation
        changed (its current text may hold what the source scan could not see), in order."""
        return self.lines_numbered(self.line_numbers(offsets))

    def lines_numbered(self, indices: "Iterable[int]") -> list[Line]:
        """Alive lines of these indices, plus every line an operation changed, in order."""
        found: dict[int, Line] = {line.index: line for line in self._changed}
        lines = self.lines
        for i in indices:
            if i not in found:
                found[i] = lines[i]
        return [found[i] for i in sorted(found) if found[i].alive]

    def count(self, rule: str, n: int = 1) -> None:
        """Bump a counter that is not an operation (e.g. unresolved lost characters)."""
        self.stats[rule] = self.stats.get(rule, 0) + n

    # -- output ------------------------------------------------------------------------------------
    def body_text(self) -> str:
        """The source with every top-level operation applied (slices, not a walk over lines)."""
        from .result import top_level

        parts: list[str] = []
        pos = 0
        src = self.source
        for op in top_level(self.ops):
            parts.append(src[pos:op.start])
            if isinstance(op, Edit):
                parts.append(op.after)
            pos = op.end
        parts.append(src[pos:])
        return "".join(parts)

    def release(self) -> None:
        """Drop the working state. Lines point back at their document; breaking that cycle lets
        reference counting free a finished document at once instead of leaving it to the
        cyclic garbage collector (which then rescans every live line of every document)."""
        self.lines = LineList(self, [], [])
        self.memo.clear()
        self._changed = []

    def result(self) -> Result:
        text = self.body_text()
        removed = [op for op in self.ops if isinstance(op, Removal)]
        edits = [op for op in self.ops if isinstance(op, Edit)]
        fields = self.fields
        footnotes = [fields.footnotes[k] for k in sorted(fields.footnotes)]
        if footnotes and fields.marker_offsets:
            mapper = OffsetMapper(self)
            footnotes = [Footnote(f.number, f.text, f.source, mapper.positions(
                fields.marker_offsets.get(f.number, []))) for f in footnotes]
        captions = [c for _, c in sorted(fields.captions, key=lambda item: item[0])]
        # One counter per rule: the operations in the final log (an edit that a later one on the
        # same span replaced is not there), then the rules' own counters (unresolved, calls).
        stats: dict[str, int] = {}
        for op in self.ops:
            stats[op.rule] = stats.get(op.rule, 0) + 1
        for name, n in self.stats.items():
            stats[name] = stats.get(name, 0) + n
        return Result(text=text, title=fields.title, footnotes=footnotes, captions=captions,
                      removed=removed, edits=edits, meta=dict(fields.meta), stats=stats)


class OffsetMapper:
    """Maps a source offset to the matching offset in the output text (via top-level ops)."""

    def __init__(self, doc: Document) -> None:
        from .result import top_level

        self._ops = top_level(doc.ops)

    def to_output(self, source_pos: int) -> int | None:
        """Output offset of a source offset; None when a wider removal swallowed that spot
        (e.g. a marker inside a caption line that was moved out of the body)."""
        shift = 0
        for op in self._ops:
            if op.end <= source_pos:
                shift += len(op.after if isinstance(op, Edit) else "") - (op.end - op.start)
                continue
            inside = op.start < source_pos or (isinstance(op, Removal) and op.target is not Target.MARKER)
            if op.start <= source_pos and inside:
                return None
            break
        return source_pos + shift

    def positions(self, source_positions: list[int]) -> list[int]:
        found = (self.to_output(p) for p in source_positions)
        return sorted(p for p in found if p is not None)
