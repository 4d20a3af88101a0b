"""The lost-character lexicon: words with non-ASCII letters, indexed by their ASCII skeleton.

Scraping often replaces a letter it cannot encode with ``?`` or U+FFFD: ``Pe?a``, ``S?o Paulo``,
``M?nchen``. The lexicon answers "which words could this have been?": the skeleton ``pe?a`` has
the candidates ``peña`` and ``peça``, each with its Zipf frequency per language, so a rule can
weigh them against the document's language.

    from normalizer.lexicon import Lexicon, skeleton
    lex = Lexicon.load()                       # the packaged file, read once per process
    [c.word for c in lex.candidates(skeleton("Pe?a"))]   # ['peña', 'peça']

The lexicon also lists, as ASCII words, the rivals of a lost letter at a word edge (``caf`` for
``café``, ``herm`` for ``hermès``): ``candidates("caf")`` tells how common the reading without
the letter is. German ``ß`` words appear with the frequency of their ``ss`` spelling.

The data (``data/lexicon.tsv.gz``) is derived from wordfreq by ``tools/build_lexicon.py``; see
``data/LICENSES.md`` for its licence (CC-BY-SA 4.0) and attribution. Reading it needs only the
standard library. Everything a `Lexicon` hands out is immutable.
"""

from __future__ import annotations

import functools
import gzip
import operator
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

#: Where `tools/build_lexicon.py` writes the lexicon, inside the package.
DATA_FILE = "data/lexicon.tsv.gz"

#: What stands for a lost letter in a skeleton.
LOST = "?"


@dataclass(frozen=True, slots=True)
class Candidate:
    """One lexicon word and its Zipf frequency per language (absent: below the build threshold)."""

    word: str
    zipf: Mapping[str, float]

    def best(self, lang: str | None = None) -> float:
        """The Zipf frequency in `lang` (0.0 if absent), or the highest over languages if None."""
        if lang is None:
            return max(self.zipf.values(), default=0.0)
        return self.zipf.get(lang, 0.0)

    def __hash__(self) -> int:  # the mapping proxy is not hashable; its items are
        return hash((self.word, tuple(self.zipf.items())))

    def __reduce__(self) -> tuple:  # a mapping proxy does not pickle; rebuild it from a plain dict
        return _candidate, (self.word, dict(self.zipf))


def _candidate(word: str, zipf: dict[str, float]) -> Candidate:
    return Candidate(word, MappingProxyType(zipf))


def skeleton(word: str) -> str:
    """`word` lowercased, with every non-ASCII letter (and U+FFFD) replaced by ``?``.

    One character in, one character out: ``skeleton("Peña") == "pe?a"``, ``skeleton("São") ==
    "s?o"``, ``skeleton("Pe\\ufffda") == "pe?a"``. A ``?`` already in `word` stays a ``?``.
    Non-letters other than U+FFFD (apostrophes, digits, ...) are kept as they are.
    """
    if word.isascii():
        return word.lower()
    return "".join(ch.lower() if ch.isascii() else LOST if ch.isalpha() or ch == "\ufffd" else ch
                   for ch in word)


class Lexicon:
    """Lexicon words grouped by skeleton. Build one with `Lexicon.load`.

    The words are kept as one immutable UTF-8 byte string of ``skeleton<TAB>word<TAB>lang:zipf,...``
    lines sorted by skeleton, and `candidates` binary-searches it, making `Candidate` objects only
    for the few words it returns. A dict of candidate tuples for all ~850,000 words took ~320 MB and
    ~2.7 s of CPU to build; this keeps ~41 MB for the ~1,280,000 lines of the packaged file, loads
    in about 1.4 s (0.75 s for the 900,000 lines it had before the rare words), and a lookup costs
    tens of microseconds (lookups happen only for words that lost a letter).
    """

    __slots__ = ("_blob", "_words", "header")

    def __init__(self, blob: bytes, words: int, header: tuple[str, ...] = ()) -> None:
        self._blob = blob
        self._words = words
        #: The file's leading ``#`` comment lines (source, licence, build command), without "# ".
        self.header = header

    @classmethod
    def load(cls, path: Path | None = None) -> "Lexicon":
        """Read a lexicon file; with no `path`, the packaged one (read once per process)."""
        if path is None:
            return default_lexicon()
        return cls.from_bytes(Path(path).read_bytes())

    @classmethod
    def from_bytes(cls, data: bytes) -> "Lexicon":
        """Parse a lexicon file's content (UTF-8, gzipped or not): ``word<TAB>lang:zipf,...``
        lines after optional ``#`` comment lines.

        Words must be lowercase, as the build writes them. Every step runs over the whole file at
        once, in C: a word's skeleton comes from turning each UTF-8 sequence (one non-ASCII
        character) into ``?``, which is exact for lowercase words of letters and ASCII joiners;
        the skeleton-keyed lines are then sorted and joined in bulk.
        """
        if data[:2] == b"\x1f\x8b":
            data = gzip.decompress(data)
        if b"\r" in data:
            data = data.replace(b"\r\n", b"\n")
        header: list[str] = []
        start = 0
        while data.startswith(b"#", start):
            end = data.find(b"\n", start)
            end = len(data) if end < 0 else end
            header.append(data[start:end].decode("utf-8").removeprefix("#").removeprefix(" "))
            start = end + 1
        body = data[start:]
        del data
        lines = list(filter(None, body.split(b"\n")))
        if body.count(b"\t") != len(lines):
            bad = next(line for line in lines if line.count(b"\t") != 1)
            raise ValueError(f"lexicon line is not word<TAB>frequencies: {bad!r}")
        # "peña<TAB>es:4.56,..." -> "pe?a<TAB>", one per line, in line order: drop UTF-8
        # continuation bytes and turn lead bytes into "?", then keep each line up to its tab.
        skeletons = _SKELETON_LINE.findall(body.translate(_LEADS_TO_LOST, _CONTINUATIONS))
        del body
        if len(skeletons) != len(lines):
            raise ValueError("lexicon lines must each hold exactly one tab")
        keyed = list(map(operator.add, skeletons, lines))
        del lines, skeletons
        keyed.sort()
        words = len(keyed)
        keyed.append(b"")  # so the join ends with a newline
        return cls(b"\n".join(keyed) if words else b"", words, tuple(header))

    @classmethod
    def from_text(cls, text: str) -> "Lexicon":
        """Parse a lexicon file's text (see `from_bytes`)."""
        return cls.from_bytes(text.encode("utf-8"))

    def candidates(self, skeleton: str) -> list[Candidate]:
        """Every word whose skeleton is `skeleton` (lowercase, one ``?`` per lost letter).

        Only words whose non-ASCII letters sit exactly at the ``?`` positions match, and their
        ASCII letters must equal the skeleton's. Candidates come in word order; an unknown
        skeleton gives an empty list.
        """
        if not skeleton.isascii() or "\t" in skeleton or "\n" in skeleton:
            return []
        key = skeleton.encode("ascii")
        prefix = key + b"\t"
        blob = self._blob
        pos = self._first_at_or_after(key)
        found = []
        while blob.startswith(prefix, pos):
            end = blob.index(b"\n", pos)
            _, word, freqs = blob[pos:end].decode("utf-8").split("\t")
            found.append(Candidate(word, _parse_freqs(freqs)))
            pos = end + 1
        return found

    def _first_at_or_after(self, key: bytes) -> int:
        """Offset of the first line whose skeleton is >= `key` (len(blob) if none)."""
        blob = self._blob
        lo, hi = 0, len(blob)  # both always line starts (or the end)
        while lo < hi:
            mid = (lo + hi) // 2
            line = blob.rfind(b"\n", lo, mid) + 1 or lo  # start of the line holding `mid`
            tab = blob.index(b"\t", line)
            if blob[line:tab] < key:
                lo = blob.index(b"\n", tab) + 1
            else:
                hi = line
        return lo

    def __len__(self) -> int:
        """The number of words."""
        return self._words

    @property
    def skeleton_count(self) -> int:
        """The number of distinct skeletons (counted on each call: for reports, not hot paths)."""
        return len({line.partition(b"\t")[0] for line in self._blob.splitlines()})

    def __repr__(self) -> str:
        return f"<Lexicon {self._words} words>"


#: In UTF-8, a non-ASCII character is one lead byte (0xC0-0xFF) and continuation bytes (0x80-0xBF).
_LEADS_TO_LOST = bytes(range(0xC0)) + LOST.encode("ascii") * 0x40
_CONTINUATIONS = bytes(range(0x80, 0xC0))
#: A line's text up to and including its tab.
_SKELETON_LINE = re.compile(rb"^[^\t\n]*\t", re.MULTILINE)


def _parse_freqs(freqs: str) -> Mapping[str, float]:
    out: dict[str, float] = {}
    for item in freqs.split(","):
        lang, _, zipf = item.partition(":")
        out[lang] = float(zipf)
    return MappingProxyType(out)


@functools.cache
def default_lexicon() -> Lexicon:
    """The packaged lexicon, read on first use and kept for the life of the process."""
    return Lexicon.from_bytes(resources.files(__package__).joinpath(DATA_FILE).read_bytes())


#: Latin letters outside ASCII (Latin-1 Supplement and Latin Extended-A/B, without × and ÷).
ACCENTED = re.compile("[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]+")
#: What stands for a lost character in damaged text.
LOST_MARKS = "?\ufffd"


def intact_spellings(text: str) -> dict[str, Counter[str]]:
    """Intact words of `text` with non-ASCII Latin letters, lowercased, by skeleton, with how
    often each occurs: the evidence a document (or a dump) gives for its own damaged words. A
    scan for accented letters (one simple character class) finds them; each is widened to its
    word in Python. A word touching a lost mark (`Pe?a`, `Peña?s`) is damaged, not evidence."""
    seen: dict[str, Counter[str]] = {}
    n = len(text)
    reach = -1
    for m in ACCENTED.finditer(text):
        if m.start() < reach:
            continue
        start, end = m.start(), m.end()
        while start > 0 and (text[start - 1].isalpha() or unicodedata.combining(text[start - 1])):
            start -= 1
        while end < n and (text[end].isalpha() or unicodedata.combining(text[end])):
            end += 1
        reach = end
        if end < n and text[end] in LOST_MARKS or start > 0 and text[start - 1] in LOST_MARKS:
            continue
        word = text[start:end].lower()
        seen.setdefault(lost_skeleton(word), Counter())[word] += 1
    return seen


def lost_skeleton(word: str) -> str:
    """`word` lowercased with every non-ASCII character and lost mark as ``?`` (one for one).
    Unlike `skeleton`, which keeps non-letters, this is the key of a damaged word as the rules
    see it (`Mexico?s` or `Pe\ufffda`), and of the intact spellings that may fill it."""
    return "".join("?" if ch in LOST_MARKS or ord(ch) > 127 else ch for ch in word.lower())
