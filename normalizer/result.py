"""The public result of `clean()`: the body, the separated fields and the log of operations.

Every difference between the input and `Result.text` is one `Removal` or `Edit` against offsets of
the original input. `Result.rebuild()` replays that log backwards and returns the exact input, from
the result alone (it is also what `to_dict()` carries, so a stored result can be rebuilt).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Iterable

from .config import Group


class Target(str, Enum):
    """Where removed text went: dropped, or moved into a field of the result."""

    DROPPED = "dropped"
    TITLE = "title"
    CAPTION = "caption"
    FOOTNOTE = "footnote"
    MARKER = "marker"
    META = "meta"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class Removal:
    """Text taken out of the body: `text` is the original input[start:end]."""

    rule: str
    group: Group
    text: str
    start: int
    end: int
    target: Target = Target.DROPPED
    evidence: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "group": self.group.value, "text": self.text, "start": self.start,
                "end": self.end, "target": self.target.value, "evidence": self.evidence}


@dataclass(frozen=True, slots=True)
class Edit:
    """An in-place repair: input[start:end] (== `before`) became `after`."""

    rule: str
    group: Group
    start: int
    end: int
    before: str
    after: str
    evidence: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "group": self.group.value, "start": self.start, "end": self.end,
                "before": self.before, "after": self.after, "evidence": self.evidence}


@dataclass(frozen=True, slots=True)
class Footnote:
    number: int
    text: str
    source: str | None = None
    #: Positions in `Result.text` where this footnote's markers stood (markers outside the body,
    #: e.g. inside a caption, have no position there).
    offsets: list[int] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"number": self.number, "text": self.text, "source": self.source,
                "offsets": list(self.offsets)}


@dataclass(frozen=True, slots=True)
class Caption:
    text: str
    credit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "credit": self.credit}


def top_level(ops: Iterable[Removal | Edit]) -> list[Removal | Edit]:
    """The outermost operations, in input order: an operation inside another one's span is
    superseded by it (e.g. a repair inside a line that was later removed)."""

    def key(op: Removal | Edit) -> tuple[int, int, int]:
        # Wider first; at equal spans a removal wins over an edit (its text is the original).
        return (op.start, -op.end, 0 if isinstance(op, Removal) else 1)

    out: list[Removal | Edit] = []
    reach = -1
    for op in sorted(ops, key=key):
        if op.start < reach:  # inside (never partly over: the document forbids that)
            continue
        out.append(op)
        reach = op.end
    return out


@dataclass(slots=True)
class Result:
    text: str
    title: str | None = None
    footnotes: list[Footnote] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    edits: list[Edit] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    #: How the input bytes were decoded, when `clean_bytes` did it (e.g. "utf-8", "cp1252").
    encoding: str | None = None
    #: Operations per rule name, the counters behind `normalizer rules --stats` and bench reports.
    stats: dict[str, int] = field(default_factory=dict)

    def rebuild(self) -> str:
        """The exact original input, from `text` and the operation log."""
        parts: list[str] = []
        pos_in = 0
        pos_out = 0
        for op in top_level([*self.removed, *self.edits]):
            gap = op.start - pos_in
            parts.append(self.text[pos_out:pos_out + gap])
            pos_out += gap
            if isinstance(op, Removal):
                parts.append(op.text)
            else:
                parts.append(op.before)
                pos_out += len(op.after)
            pos_in = op.end
        parts.append(self.text[pos_out:])
        return "".join(parts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "title": self.title,
            "footnotes": [f.to_dict() for f in self.footnotes],
            "captions": [c.to_dict() for c in self.captions],
            "removed": [r.to_dict() for r in self.removed],
            "edits": [e.to_dict() for e in self.edits],
            "meta": dict(self.meta),
            "encoding": self.encoding,
            "stats": dict(self.stats),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Result":
        """Inverse of `to_dict` (so stored results can be diffed and rebuilt)."""
        return cls(
            text=data["text"],
            title=data.get("title"),
            footnotes=[Footnote(f["number"], f["text"], f.get("source"), list(f.get("offsets", [])))
                       for f in data.get("footnotes", [])],
            captions=[Caption(c["text"], c.get("credit")) for c in data.get("captions", [])],
            removed=[Removal(r["rule"], Group(r["group"]), r["text"], r["start"], r["end"],
                             Target(r.get("target", "dropped")), r.get("evidence"))
                     for r in data.get("removed", [])],
            edits=[Edit(e["rule"], Group(e["group"]), e["start"], e["end"], e["before"], e["after"],
                        e.get("evidence")) for e in data.get("edits", [])],
            meta=dict(data.get("meta", {})),
            encoding=data.get("encoding"),
            stats=dict(data.get("stats", {})),
        )
