"""The rule registry and the chain runner.

A rule is a small named function over a `Document`. It is registered with its group and a one-line
description; registration order (fixed by the import order in `normalizer.rules`) is chain order.
The engine knows nothing about any particular rule.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from typing import Callable

from .config import DEFAULT, Config, Group
from .corpus import SourceStats
from .document import Document
from .result import Result

log = logging.getLogger("normalizer")

RuleFunc = Callable[[Document, Config], None]
#: A rule's view of the source, taken before the document is cut into lines: the text with some
#: characters replaced one for one (so every offset stays the source's), and their positions.
#: It is given the text and the text's `split("\n")`, which it must not change.
ViewFunc = Callable[[str, "list[str]"], "tuple[str, list[int]]"]


@dataclass(frozen=True, eq=False)
class Rule:
    """A registered rule. Compared and hashed by identity: each is registered once, and the
    chain's tuple of rules is hashed on every `clean()` (hashing the fields, the Enum's among
    them, cost more than some rules)."""

    name: str
    group: Group
    description: str
    func: RuleFunc
    view: ViewFunc | None = None


_REGISTRY: dict[str, Rule] = {}


def rule(name: str, group: Group, description: str,
         view: ViewFunc | None = None) -> Callable[[RuleFunc], RuleFunc]:
    """Register `func` as rule `name` (e.g. ``"chrome.phrases"``), appended to the chain. A rule
    with a `view` changes the text the document's lines are cut from (`layout.hard_wraps` joins
    a hard-wrapped paragraph's lines); its `func` then logs those changes as operations."""
    if not name.startswith(group.value + "."):
        raise ValueError(f"rule {name!r} must be named after its group {group.value!r}")

    def register(func: RuleFunc) -> RuleFunc:
        if name in _REGISTRY:
            raise ValueError(f"rule {name!r} registered twice")
        _REGISTRY[name] = Rule(name, group, description, func, view)
        return func

    return register


@functools.cache
def chain() -> tuple[Rule, ...]:
    """Every registered rule, in chain order (`normalizer.rules.CHAIN`)."""
    from .rules import CHAIN  # importing the package registers every rule

    missing = set(_REGISTRY) - set(CHAIN)
    if missing:
        raise RuntimeError(f"rules registered but not placed in the chain: {sorted(missing)}")
    return tuple(_REGISTRY[name] for name in CHAIN)


def enabled_rules(config: Config) -> tuple[Rule, ...]:
    """The rules a configuration runs, in chain order (worked out once per Config and chain:
    both are frozen and hashable, and the answer depends on nothing else)."""
    return _enabled(config, chain())


@functools.lru_cache(maxsize=64)
def _enabled(config: Config, rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
    return tuple(r for r in rules if config.enabled(r.name, r.group))


def rules() -> list[Rule]:
    """Every rule, in chain order."""
    return list(chain())


def clean(text: str, config: Config | None = None, *, corpus: SourceStats | None = None) -> Result:
    """Clean one document. Never raises for any `str`.

    `corpus` (corpus mode) holds the line counts of the documents of this one's source, from a
    first pass (`normalizer.corpus`); the `chrome.repeated` rule uses it.

    A rule that fails on some input is skipped for that document and counted under
    ``"<rule>.error"`` in `Result.stats`; every operation it made before failing stays valid,
    because each operation is recorded atomically.
    """
    config = config or DEFAULT
    if not isinstance(text, str):
        raise TypeError(f"clean() takes str, not {type(text).__name__}")
    enabled = enabled_rules(config)
    view, changed = text, {}
    pieces = text.split("\n")  # made once: the views read them, and the lines are cut from them
    for r in enabled:
        if r.view is not None:
            try:
                after, positions = r.view(view, pieces)
            except Exception:  # noqa: BLE001 - as for any rule: skipped for this document
                log.exception("rule %s failed", r.name)
                continue
            if positions and len(after) == len(view):
                view, changed[r.name] = after, positions
                pieces = view.split("\n")
    doc = Document(view, corpus, original=text, pieces=pieces)
    doc.memo["views"] = changed
    for r in enabled:
        try:
            r.func(doc, config)
        except Exception:  # noqa: BLE001 - one rule's bug must not lose the document
            log.exception("rule %s failed", r.name)
            doc.count(r.name + ".error")
    result = doc.result()
    doc.release()
    return result


def warm_up(config: Config | None = None) -> None:
    """Load the data every rule needs (tables, keyword automaton, lexicon) now, instead of on
    the first document that needs it: before timing, or before forking workers that share it."""
    from .rules.encoding import lexicon
    from .scan import automaton, keywords

    config = config or DEFAULT
    chain()
    automaton(keywords(config))
    lexicon()
    clean("Warm up: Pe?a said it?s fine.\n\nLeave a Reply", config)
