"""Rich renderings of a `Result` against its input, for `normalizer diff`.

Every function takes the result (and the original text where positions matter) and returns a rich
renderable; nothing here prints. Removed text is struck through in red, text moved into a field
is yellow with "→ caption" (or title, footnote, marker, meta), repairs are green with the words
around them. Invisible characters are shown as visible symbols (``·`` for an edge space, ``␍``,
``␊``, ``⇥``, ``⟨U+200B⟩``).
"""

from __future__ import annotations

import bisect
import unicodedata
from rich.console import Group as RenderGroup
from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from .engine import rules
from .result import Edit, Removal, Result, Target

#: Longest snippet of removed text shown before it is shortened.
MAX_SNIPPET = 160
#: Characters of context shown on each side of a repair.
CONTEXT = 24

STYLE_REMOVED = "strike red"
STYLE_MOVED = "yellow"
STYLE_TARGET = "bold yellow"
STYLE_BEFORE = "strike red"
STYLE_AFTER = "bold green"
STYLE_CONTEXT = "dim"
STYLE_RULE = "cyan"

_SYMBOLS = {"\r": "␍", "\n": "␊", "\t": "⇥"}


def visible(text: str, style: str = "", limit: int | None = MAX_SNIPPET,
            edges: bool = True) -> Text:
    """`text` as a rich Text with its invisible characters made visible: line breaks and tabs as
    symbols, spaces at either edge as ``·``, format/control/separator characters and lone
    surrogates as ``⟨U+XXXX⟩`` (dimmed)."""
    out = Text(style=style)
    shown = text
    cut = 0
    if limit is not None and len(text) > limit:
        shown = text[:limit]
        cut = len(text) - limit
    lead = len(shown) - len(shown.lstrip(" ")) if edges else 0
    trail = len(shown) - len(shown.rstrip(" ")) if edges and shown.strip(" ") else 0
    for i, ch in enumerate(shown):
        if ch in _SYMBOLS:
            out.append(_SYMBOLS[ch], style="dim")
        elif ch == " " and (i < lead or i >= len(shown) - trail):
            out.append("·", style="dim")
        elif _invisible(ch):
            out.append(f"⟨U+{ord(ch):04X}⟩", style="dim")
        else:
            out.append(ch)
    if cut:
        out.append(f" … (+{cut:,} chars)", style="dim not strike")
    return out


def _invisible(ch: str) -> bool:
    if ch == " ":
        return False
    cat = unicodedata.category(ch)
    return cat in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp") or (cat == "Zs")


class LineIndex:
    """Input offsets to 1-based line numbers (line breaks as `str.splitlines` knows them, which
    is what the engine's `Document` uses)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0]
        pos = 0
        for line in text.splitlines(keepends=True):
            pos += len(line)
            self.starts.append(pos)
        if self.starts[-1] == len(text) and len(self.starts) > 1:
            self.starts.pop()  # no empty last line after a final line break

    def line(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1 + 1

    def span(self, start: int, end: int) -> str:
        first = self.line(start)
        last = self.line(max(start, end - 1))
        return str(first) if first == last else f"{first}–{last}"

    def line_bounds(self, offset: int) -> tuple[int, int]:
        i = self.line(offset) - 1
        start = self.starts[i]
        stop = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
        return start, stop


def context(original: str, index: LineIndex, start: int, end: int) -> tuple[str, str]:
    """The words around `original[start:end]` on its line, cut at word boundaries."""
    line_start, _ = index.line_bounds(start)
    _, line_stop = index.line_bounds(max(start, end - 1)) if end > start else index.line_bounds(
        start)
    before = original[max(line_start, start - CONTEXT):start]
    if start - CONTEXT > line_start and " " in before:
        before = "…" + before[before.index(" ") + 1:]
    after = original[end:min(line_stop, end + CONTEXT)].rstrip("\r\n\u2028\u2029\x85")
    if end + CONTEXT < line_stop and " " in after:
        after = after[:after.rindex(" ")] + "…"
    return before, after


def describe(op: Removal | Edit, original: str, index: LineIndex) -> Text:
    """One operation as a line of the diff."""
    if isinstance(op, Removal):
        if op.target is Target.DROPPED:
            out = visible(op.text, STYLE_REMOVED)
        else:
            out = visible(op.text, STYLE_MOVED)
            out.append(f"  → {op.target.value}", style=STYLE_TARGET)
    else:
        before, after = context(original, index, op.start, op.end)
        out = Text()
        out.append_text(visible(before, STYLE_CONTEXT, limit=None, edges=False))
        out.append("[", style="dim")
        out.append_text(visible(op.before, STYLE_BEFORE))
        out.append(" → ", style="bold")
        out.append_text(visible(op.after, STYLE_AFTER))
        out.append("]", style="dim")
        out.append_text(visible(after, STYLE_CONTEXT, limit=None, edges=False))
    if op.evidence:
        out.append(f"  ({op.evidence})", style="dim italic")
    return out


def ordered(result: Result) -> list[Removal | Edit]:
    """Every operation, in input order (an operation inside a wider one follows it)."""
    return sorted([*result.removed, *result.edits],
                  key=lambda op: (op.start, -op.end, 0 if isinstance(op, Removal) else 1))


def operations(result: Result, original: str) -> RenderableType:
    """The operation log, in input order, with input line numbers and rule names."""
    ops = ordered(result)
    if not ops:
        return Text("no changes: the input is already clean", style="green")
    index = LineIndex(original)
    table = Table(box=None, show_header=True, header_style="bold", pad_edge=False,
                  padding=(0, 1))
    table.add_column("line", justify="right", style="dim", no_wrap=True)
    table.add_column("rule", style=STYLE_RULE, no_wrap=True)
    table.add_column("change", overflow="fold")
    previous = None
    for op in ops:
        where = index.span(op.start, op.end)
        table.add_row("" if where == previous else where, op.rule, describe(op, original, index))
        previous = where
    return table


def summary(result: Result) -> Table:
    """Per rule (chain order): group, number of operations, characters of input affected."""
    counts: dict[str, list] = {}
    for op in [*result.removed, *result.edits]:
        row = counts.setdefault(op.rule, [op.group.value, 0, 0])
        row[1] += 1
        row[2] += op.end - op.start
    order = {r.name: i for i, r in enumerate(rules())}
    table = Table(title="per rule", title_justify="left", show_footer=bool(counts))
    table.add_column("rule", style=STYLE_RULE, footer="total")
    table.add_column("group")
    table.add_column("operations", justify="right",
                     footer=f"{sum(r[1] for r in counts.values()):,}")
    table.add_column("characters", justify="right",
                     footer=f"{sum(r[2] for r in counts.values()):,}")
    for name in sorted(counts, key=lambda n: (order.get(n, len(order)), n)):
        group, n, chars = counts[name]
        table.add_row(name, group, f"{n:,}", f"{chars:,}")
    return table


def decoding(encoding: str | None) -> Text | None:
    """A note on how the bytes were decoded, unless it was plain UTF-8 (or not from bytes)."""
    if encoding is None or encoding == "utf-8":
        return None
    if encoding.startswith(("utf-16", "utf-32")):
        why = "byte-order mark"
    elif encoding == "iso8859-1":
        why = "not UTF-8 and no better guess: last resort"
    else:
        why = "not valid UTF-8; detected"
    return Text.assemble(("decoded as ", "bold"), (encoding, "bold magenta"), f"  ({why})")


def fields(result: Result) -> RenderableType | None:
    """The separated fields: title, captions, footnotes, meta (None when there are none)."""
    rows: list[Text] = []
    if result.title is not None:
        rows.append(Text.assemble(("title: ", "bold"), (result.title, STYLE_MOVED)))
    for c in result.captions:
        credit = f"  (credit: {c.credit})" if c.credit else ""
        rows.append(Text.assemble(("caption: ", "bold"), (c.text, STYLE_MOVED),
                                  credit if c.text else credit.strip()))
    for f in result.footnotes:
        rows.append(Text.assemble((f"footnote {f.number}: ", "bold"), (f.text, STYLE_MOVED)))
    for key, value in result.meta.items():
        rows.append(Text.assemble((f"meta {key}: ", "bold"), (value, STYLE_MOVED)))
    return RenderGroup(*rows) if rows else None


def header(result: Result, original: str, source: str | None) -> Text:
    moved = sum(1 for r in result.removed if r.target is not Target.DROPPED)
    dropped = len(result.removed) - moved
    parts = [f"{len(original):,} → {len(result.text):,} characters",
             f"{dropped} removed", f"{moved} moved", f"{len(result.edits)} repaired"]
    out = Text()
    if source:
        out.append(source, style="bold")
        out.append("  ")
    out.append(", ".join(parts), style="dim")
    return out


def render(result: Result, original: str, source: str | None = None) -> RenderableType:
    """The whole diff view: header, decoding note, operations, fields, per-rule summary."""
    parts: list[RenderableType] = [header(result, original, source)]
    note = decoding(result.encoding)
    if note is not None:
        parts.append(note)
    parts += [Text(), operations(result, original)]
    extra = fields(result)
    if extra is not None:
        parts += [Text(), extra]
    if result.removed or result.edits:
        parts += [Text(), summary(result)]
    return RenderGroup(*parts)

