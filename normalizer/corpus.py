"""Corpus mode: lines that repeat across the documents of one source are site chrome.

A site's menu, footer, newsletter box and share bar come back on every page, worded exactly the
same, while its articles do not repeat. CCNet removes such lines by hashing every line of a shard
after normalising case, digits and punctuation; here the unit is a *source* (the host when the
record's URL is known, else the input), and a line counts once per document.

Two passes. The first feeds every document to a `CorpusBuilder` (any order, any number of
workers whose builders are merged); `freeze()` gives an immutable `CorpusIndex`. The second
cleans each document with its source's `SourceStats`, and the `chrome.repeated` rule removes the
lines whose key enough documents of the source share. Counts are sums, so the index, and every
result, is the same whatever the order of the documents or the number of workers.
"""

from __future__ import annotations

import hashlib
import math
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Mapping
from urllib.parse import urlsplit

from .lexicon import intact_spellings, lost_skeleton

#: A line is repeated chrome when at least this many documents of its source hold it (fewer
#: pages of one site sharing a line is as likely republished or listed content) ...
MIN_DOCUMENTS = 5
#: ... and at least this share of them (a heading like `Conclusion` that a blog uses in a few
#: posts is not site chrome; a menu or footer line is on nearly every page).
MIN_SHARE = 0.3
#: Keys with fewer documents than this are dropped when the index is frozen: they can never
#: qualify, and most lines of a corpus are unique, so this bounds the index's memory.
KEEP_FROM = MIN_DOCUMENTS

#: Lost-character evidence: an intact accented spelling is kept in the frozen index when at least
#: this many documents of the run hold it ...
SPELLING_MIN_DOCUMENTS = 2
#: ... and the index keeps at most this many spellings (the most widely held; ties by spelling),
#: so its memory is bounded whatever the run's size.
MAX_SPELLINGS = 200_000

#: Unicode categories dropped before hashing: punctuation and symbols (CCNet's normalisation).
_DROP_CATEGORIES = ("P", "S")


def normalize_line(text: str) -> str:
    """Case, numbers, punctuation and spacing folded away (CCNet's normalisation, with a whole
    number as one `0`): `Posted on 3 May, 2024 |` and `posted on 12 MAY 2025` are one line."""
    out: list[str] = []
    for ch in text.lower():
        if ch.isdigit():
            if not out or out[-1] != "0":  # a run of digits is one `0`: `3 May` ~ `12 May`
                out.append("0")
        elif ch.isspace() or unicodedata.category(ch)[0] in _DROP_CATEGORIES:
            out.append(" ")
        else:
            out.append(ch)
    return " ".join("".join(out).split())


def line_key(text: str) -> int | None:
    """A 64-bit key of the normalised line, or None for a line without a letter (blank lines
    and symbol rows are the layout and symbols rules' business)."""
    norm = normalize_line(text)
    if not any(ch.isalpha() for ch in norm):
        return None
    return int.from_bytes(hashlib.blake2b(norm.encode("utf-8"), digest_size=8).digest(), "little")


def document_keys(text: str) -> set[int]:
    """The distinct line keys of one document (a line repeated inside it counts once)."""
    keys = set()
    for line in text.splitlines():
        if line.strip():
            key = line_key(line)
            if key is not None:
                keys.add(key)
    return keys


def source_of(url: str | None, fallback: str) -> str:
    """The source a document belongs to: the URL's host (without `www.`), else `fallback`
    (the input it came from)."""
    if url:
        try:
            host = urlsplit(url.strip()).hostname
        except ValueError:
            host = None
        if host:
            return host[4:] if host.startswith("www.") else host
    return fallback


class _FrozenDict(dict):
    """A dict that refuses changes and pickles (a MappingProxyType does not, and spawned worker
    processes receive the index pickled)."""

    def _readonly(self, *args: object, **kwargs: object) -> None:
        raise TypeError("the corpus index is read-only")

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = _readonly  # type: ignore[assignment]

    def __reduce__(self):  # rebuilt from a plain dict, without calling the blocked update()
        return (_FrozenDict, (dict(self),))

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(frozenset(self.items()))


@dataclass(frozen=True)
class SourceStats:
    """How many documents a source has, and in how many of them each (kept) line key occurs."""

    documents: int
    counts: Mapping[int, int]
    #: The whole run's intact accented spellings: skeleton -> spelling -> documents holding it
    #: (the same mapping for every source; `encoding.lost_letters` weighs it after the
    #: document's own spellings and before the lexicon).
    spellings: Mapping[str, Mapping[str, int]] = field(default_factory=dict)

    def threshold(self) -> int:
        """Documents a key needs to be chrome in this source."""
        return max(MIN_DOCUMENTS, math.ceil(MIN_SHARE * self.documents))

    def is_repeated(self, key: int) -> bool:
        return self.counts.get(key, 0) >= self.threshold()


@dataclass(frozen=True)
class CorpusIndex:
    """Immutable: source -> SourceStats."""

    sources: Mapping[str, SourceStats]

    def get(self, source: str) -> SourceStats | None:
        return self.sources.get(source)


@dataclass
class CorpusBuilder:
    """The first pass: documents in, counts out. Builders of parallel workers merge by summing."""

    documents: dict[str, int] = field(default_factory=dict)
    counts: dict[str, dict[int, int]] = field(default_factory=dict)
    #: spelling -> documents holding it (its skeleton is worked out when the index is frozen).
    spellings: dict[str, int] = field(default_factory=dict)

    def add(self, source: str, text: str) -> None:
        self.add_keys(source, document_keys(text))
        self.add_spellings(word for words in intact_spellings(text).values() for word in words)

    def add_spellings(self, words: Iterable[str]) -> None:
        """One document's distinct intact accented spellings."""
        spellings = self.spellings
        for word in words:
            spellings[word] = spellings.get(word, 0) + 1

    def add_keys(self, source: str, keys: Iterable[int]) -> None:
        self.documents[source] = self.documents.get(source, 0) + 1
        counts = self.counts.setdefault(source, {})
        for key in keys:
            counts[key] = counts.get(key, 0) + 1

    def merge(self, other: "CorpusBuilder") -> None:
        for source, n in other.documents.items():
            self.documents[source] = self.documents.get(source, 0) + n
        for source, theirs in other.counts.items():
            mine = self.counts.setdefault(source, {})
            for key, n in theirs.items():
                mine[key] = mine.get(key, 0) + n
        for word, n in other.spellings.items():
            self.spellings[word] = self.spellings.get(word, 0) + n

    def freeze(self) -> CorpusIndex:
        spellings = _freeze_spellings(self.spellings)
        sources = {}
        for source, n in self.documents.items():
            kept = {k: c for k, c in self.counts.get(source, {}).items() if c >= KEEP_FROM}
            sources[source] = SourceStats(n, _FrozenDict(kept), spellings)
        return CorpusIndex(_FrozenDict(sources))


def _freeze_spellings(counts: Mapping[str, int]) -> Mapping[str, Mapping[str, int]]:
    """The kept spellings by skeleton: counts are sums, and the cut (most widely held first,
    then by spelling) depends on nothing else, so the index is the same for any document order
    or number of workers."""
    kept = sorted(((n, w) for w, n in counts.items() if n >= SPELLING_MIN_DOCUMENTS), key=lambda x: (-x[0], x[1]))
    grouped: dict[str, dict[str, int]] = {}
    for n, word in kept[:MAX_SPELLINGS]:
        grouped.setdefault(lost_skeleton(word), {})[word] = n
    return _FrozenDict({k: _FrozenDict(v) for k, v in grouped.items()})


def build_index(documents: Iterable[tuple[str, str]]) -> CorpusIndex:
    """One pass over (source, text) pairs."""
    builder = CorpusBuilder()
    for source, text in documents:
        builder.add(source, text)
    return builder.freeze()
