"""Data tables, read once from the files under `normalizer/data/`, and the regexes built from them.

Like ftfy's `badness.py`, the tables (phrases, credit names, headings) are plain data kept apart
from the code that compiles them. Every loader returns immutable values and is cached per process:
the result depends only on the packaged files (and a user phrase file named in the Config), never
on the documents seen.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from enum import Enum
from importlib import resources
from pathlib import Path

import regex


def _data_lines(name: str) -> list[str]:
    text = resources.files("normalizer").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _rows(lines: list[str]) -> list[list[str]]:
    return [[cell.strip() for cell in line.split("\t")] for line in lines]


# --------------------------------------------------------------------------------------------
# Headings (reference sections, section labels)
# --------------------------------------------------------------------------------------------

@functools.cache
def heading_words(family: str) -> frozenset[str]:
    """Lowercase headings of one family in `data/headings.tsv` (e.g. ``"references"``)."""
    return frozenset(row[1].lower() for row in _rows(_data_lines("headings.tsv")) if row[0] == family)


# --------------------------------------------------------------------------------------------
# Chrome phrases
# --------------------------------------------------------------------------------------------

class Mode(str, Enum):
    """How a phrase must sit in a line to count."""

    LINE = "line"          # the line is the phrase (case, spacing and end punctuation aside)
    PREFIX = "prefix"      # the line starts with the phrase
    CONTAINS = "contains"  # the phrase occurs in the line
    REGEX = "regex"        # the pattern (a regex) matches at the start of the line


@dataclass(frozen=True)
class Phrase:
    family: str
    mode: Mode
    text: str
    lang: str


def _phrase_rows(lines: list[str], lang: str) -> list[Phrase]:
    out = []
    for row in _rows(lines):
        if len(row) == 1:
            out.append(Phrase("user", Mode.LINE, row[0], lang))
        elif len(row) == 2:
            out.append(Phrase(row[0], Mode.LINE, row[1], lang))
        else:
            out.append(Phrase(row[0], Mode(row[1]), row[2], lang))
    return out


@functools.cache
def chrome_languages() -> tuple[str, ...]:
    folder = resources.files("normalizer").joinpath("data").joinpath("chrome")
    return tuple(sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".tsv")))


@functools.cache
def packaged_phrases() -> tuple[Phrase, ...]:
    out: list[Phrase] = []
    for lang in chrome_languages():
        out.extend(_phrase_rows(_data_lines(f"chrome/{lang}.tsv"), lang))
    return tuple(out)


@functools.cache
def user_phrases(path: Path) -> tuple[Phrase, ...]:
    """Phrases from a user's file: `family<TAB>mode<TAB>phrase`, `family<TAB>phrase` or a bare
    phrase (family "user", whole-line match)."""
    lines = [line for line in Path(path).read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    return tuple(_phrase_rows(lines, "user"))


def _phrase_pattern(phrase: Phrase) -> str:
    if phrase.mode is Mode.REGEX:
        return phrase.text
    words = [regex.escape(w) for w in phrase.text.split()]
    return r"\s+".join(words)


#: Punctuation allowed around a whole-line phrase: `Leave a Reply`, `You may also like...`,
#: `Related Articles:`, `» Back to top`.
_EDGE = r"[\s\p{P}\p{S}]*"


@dataclass(frozen=True)
class PhraseMatcher:
    """One compiled regex per mode, with a named group per family, so a line is tested once."""

    line: regex.Pattern[str] | None
    prefix: regex.Pattern[str] | None
    contains: regex.Pattern[str] | None
    families: tuple[str, ...]

    def match(self, text: str) -> tuple[str, Mode] | None:
        """(family, mode) of the strongest phrase in `text`, or None."""
        for mode, pattern in ((Mode.LINE, self.line), (Mode.PREFIX, self.prefix),
                              (Mode.CONTAINS, self.contains)):
            if pattern is None:
                continue
            m = pattern.search(text) if mode is Mode.CONTAINS else pattern.match(text)
            if m:
                return m.lastgroup.rsplit("__", 1)[0], mode  # type: ignore[union-attr]
        return None


def _group_name(family: str, i: int) -> str:
    return f"{regex.sub(r'[^a-z0-9_]', '_', family.lower())}__{i}"


def build_matcher(phrases: tuple[Phrase, ...]) -> PhraseMatcher:
    by_mode: dict[Mode, list[str]] = {Mode.LINE: [], Mode.PREFIX: [], Mode.CONTAINS: []}
    families: set[str] = set()
    for i, phrase in enumerate(phrases):
        families.add(phrase.family)
        name = _group_name(phrase.family, i)
        body = _phrase_pattern(phrase)
        if phrase.mode is Mode.LINE:
            by_mode[Mode.LINE].append(rf"(?P<{name}>{body})")
        elif phrase.mode in (Mode.PREFIX, Mode.REGEX):
            by_mode[Mode.PREFIX].append(rf"(?P<{name}>{body})")
        else:
            by_mode[Mode.CONTAINS].append(rf"(?P<{name}>\b{body}\b)")

    def compile_(parts: list[str], before: str, after: str) -> regex.Pattern[str] | None:
        if not parts:
            return None
        return regex.compile(before + "(?:" + "|".join(parts) + ")" + after, regex.I)

    return PhraseMatcher(
        line=compile_(by_mode[Mode.LINE], _EDGE, _EDGE + "$"),
        prefix=compile_(by_mode[Mode.PREFIX], _EDGE, ""),
        contains=compile_(by_mode[Mode.CONTAINS], "", ""),
        families=tuple(sorted(families)),
    )


@functools.cache
def chrome_matcher(user_file: Path | None = None, skip_families: frozenset[str] = frozenset()) -> PhraseMatcher:
    phrases = packaged_phrases() + (user_phrases(user_file) if user_file else ())
    return build_matcher(tuple(p for p in phrases if p.family not in skip_families))


# --------------------------------------------------------------------------------------------
# Credits (photo agencies and platforms)
# --------------------------------------------------------------------------------------------

@functools.cache
def credit_names() -> tuple[str, ...]:
    return tuple(_data_lines("credits.txt"))


@functools.cache
def credit_name_pattern() -> str:
    """Alternation of credit names (longest first), matched case-sensitively on word edges;
    an all-capitals name also matches in title case ("REUTERS", "Reuters")."""
    names: set[str] = set()
    for name in credit_names():
        names.add(name)
        if name.isupper() and len(name) > 3:
            names.add(name.title())
    ordered = sorted(names, key=len, reverse=True)
    return r"(?:" + "|".join(regex.escape(n).replace(r"\ ", r"\s+") for n in ordered) + r")"
