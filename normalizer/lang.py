"""A cheap document-language guess from stopword hits (the stoplists are `data/stopwords.tsv`).

Good enough to pick which lexicon frequencies to trust first when restoring a lost letter, and
which phrase tables to try; it never decides anything alone.
"""

from __future__ import annotations

import functools
from collections import Counter
from importlib import resources
from types import MappingProxyType
from typing import Mapping

import re

#: A run of letters (the standard library's `re` scans this several times faster than `regex`).
WORD = re.compile(r"[^\W\d_]+")

#: Words looked at: enough for a stable guess, few enough to stay cheap on long documents.
MAX_WORDS = 800
#: A guess needs this many stopword hits ...
MIN_HITS = 5
#: ... and this lead over the runner-up.
MIN_LEAD = 1.3


@functools.cache
def stoplists() -> Mapping[str, frozenset[str]]:
    """Language -> stopwords, read once from the packaged data file (immutable)."""
    text = resources.files("normalizer").joinpath("data/stopwords.tsv").read_text(encoding="utf-8")
    out: dict[str, frozenset[str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, words = line.split("\t", 1)
        out[lang] = frozenset(words.split())
    return MappingProxyType(out)


@functools.cache
def _word_languages() -> Mapping[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for lang, words in stoplists().items():
        for word in words:
            index.setdefault(word, []).append(lang)
    return MappingProxyType({w: tuple(langs) for w, langs in index.items()})


def guess_language(text: str) -> str | None:
    """The most likely language code of `text`, or None when the evidence is thin."""
    index = _word_languages()
    # Only stopwords are counted: a C-level filter, then a loop over the few distinct ones.
    words = Counter(filter(index.__contains__, WORD.findall(text[:MAX_WORDS * 8].lower())))
    hits: Counter[str] = Counter()
    for word, n in words.items():
        langs = index.get(word, ())
        for lang in langs:  # a word shared by k stoplists (`a`, `no`, `do`) is 1/k evidence for each
            hits[lang] += n / len(langs)
    if not hits:
        return None
    (best, n), *rest = hits.most_common(2) + [("", 0)]
    runner_up = rest[0][1]
    if n < MIN_HITS or n < MIN_LEAD * runner_up:
        return None
    return best
