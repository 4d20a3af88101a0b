"""The immutable configuration of one cleaning run.

A `Config` names which rules run and carries the few opt-in restyling switches. It is frozen and
hashable so it can be shared between worker processes and used as a cache key.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path


class Group(str, Enum):
    """Rule groups, in the names of the public contract."""

    LAYOUT = "layout"
    ENCODING = "encoding"
    FOOTNOTES = "footnotes"
    CAPTIONS = "captions"
    TITLE = "title"
    CHROME = "chrome"

    def __str__(self) -> str:  # so f-strings and JSON show "chrome", not "Group.CHROME"
        return self.value


#: Groups that `only`/`skip` may switch. Layout always runs (the contract requires it).
SWITCHABLE_GROUPS = frozenset(g.value for g in Group if g is not Group.LAYOUT)


def _names(value: object) -> frozenset[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return frozenset({value})
    return frozenset(str(v) for v in value)  # type: ignore[union-attr]


@dataclass(frozen=True)
class Config:
    """What runs and how.

    `only` / `skip` take group names (``"chrome"``) or rule names (``"chrome.phrases"``).
    The restyling switches are off by default: the cleaner repairs, it does not restyle.
    """

    only: frozenset[str] | None = None
    skip: frozenset[str] = field(default_factory=frozenset)
    #: Extra chrome phrases, one per line, ``family<TAB>phrase`` or a bare phrase (family "user").
    phrases_file: Path | None = None
    #: Opt-in restyling (never on by default).
    uncurl_quotes: bool = False
    nfkc: bool = False
    ascii_fold: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "only", _names(self.only))
        object.__setattr__(self, "skip", _names(self.skip) or frozenset())
        if self.phrases_file is not None:
            object.__setattr__(self, "phrases_file", Path(self.phrases_file))

    def enabled(self, rule_name: str, group: Group) -> bool:
        """Whether a rule runs: layout always does; others follow `only` then `skip`."""
        if group is Group.LAYOUT:
            return rule_name not in self.skip
        names = {rule_name, group.value}
        if self.only is not None and not names & self.only:
            return False
        return not names & self.skip

    def with_(self, **changes: object) -> "Config":
        """A copy with some fields changed (the config itself never changes)."""
        return replace(self, **changes)  # type: ignore[arg-type]


DEFAULT = Config()
