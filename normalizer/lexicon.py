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
import itertools
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

    The words are kept as one immutable UTF-8 byte string of keyed lines,
    ``skeleton<TAB>letters<TAB>lang:zipf,...`` sorted by skeleton (`keyed_lines`), and
    `candidates` binary-searches it, making `Candidate` objects only for the few words it
    returns. A dict of candidate tuples for all ~850,000 words took ~320 MB and ~2.7 s of CPU to
    build; this keeps ~30 MB for the ~1,280,000 lines of the packaged file, which the build
    writes already keyed: loading is one gunzip (about 0.3 s a process, against 1.45 s when the
    loader keyed the lines itself), and a lookup costs tens of microseconds (lookups happen only
    for words that lost a letter).
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
    def from_bytes(cls, data: bytes, trusted: bool = False) -> "Lexicon":
        """Parse a lexicon file's content (UTF-8, gzipped or not): optional ``#`` comment lines,
        then either ``word<TAB>lang:zipf,...`` lines (any order), or, as the build writes the
        packaged file, the keyed lines the lexicon keeps (``skeleton<TAB>letters<TAB>...`` sorted,
        `keyed_lines`), which load as they are. Words must be lowercase.

        A keyed file is checked against `keyed_lines` unless `trusted` (the packaged file, whose
        keys and order a test checks): a lookup in lines out of order, or under a wrong skeleton,
        would miss words without a sign.
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
        first = body[:body.find(b"\n")] if b"\n" in body else body
        if first.count(b"\t") == 2:
            if not body.endswith(b"\n"):
                body += b"\n"
            if not trusted and keyed_lines(_unkeyed(body)) != body:
                raise ValueError("keyed lexicon lines must be skeleton<TAB>letters<TAB>frequencies, "
                                 "sorted, as keyed_lines() writes them")
            return cls(body, body.count(b"\n"), tuple(header))
        blob = keyed_lines(body)
        return cls(blob, blob.count(b"\n"), tuple(header))

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
            _, letters, freqs = blob[pos:end].decode("utf-8").split("\t")
            found.append(Candidate(_fill(skeleton, letters), _parse_freqs(freqs)))
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
#: What follows a line's tab.
_AFTER_TAB = re.compile(rb"\t([^\n]*)")
#: ASCII bytes other than tab and newline.
_ASCII_BUT_BREAKS = bytes(b for b in range(0x80) if b not in b"\t\n")


def keyed_lines(body: bytes) -> bytes:
    """``word<TAB>lang:zipf,...`` lines (UTF-8, lowercase words, any order) as the lexicon keeps
    them: ``skeleton<TAB>letters<TAB>lang:zipf,...`` lines (``pe?a<TAB>ñ<TAB>es:4.56,...``: the
    word's skeleton and its non-ASCII letters, from which `_fill` gives the word back) sorted as
    bytes, that is by skeleton and then word, each ending in a newline.

    Every step runs over the whole text at once, in C: a word's skeleton comes from turning each
    UTF-8 sequence (one non-ASCII character) into ``?``, and its letters from deleting the ASCII
    bytes, which is exact for lowercase words of letters and ASCII joiners; the keyed lines are
    then sorted and joined in bulk. The build writes the packaged file in this form, so loading
    it skips this work."""
    lines = list(filter(None, body.split(b"\n")))
    if body.count(b"\t") != len(lines):
        bad = next(line for line in lines if line.count(b"\t") != 1)
        raise ValueError(f"lexicon line is not word<TAB>frequencies: {bad!r}")
    # "peña<TAB>es:4.56,..." -> "pe?a<TAB>", one per line, in line order: drop UTF-8
    # continuation bytes and turn lead bytes into "?", then keep each line up to its tab ...
    skeletons = _SKELETON_LINE.findall(body.translate(_LEADS_TO_LOST, _CONTINUATIONS))
    # ... "ñ<TAB>": the line without its ASCII bytes (the frequencies are ASCII) ...
    letters = _SKELETON_LINE.findall(body.translate(None, _ASCII_BUT_BREAKS))
    # ... and "es:4.56,...": what follows the tab.
    freqs = _AFTER_TAB.findall(body)
    del body
    if not len(skeletons) == len(letters) == len(freqs) == len(lines):
        raise ValueError("lexicon lines must each hold exactly one tab")
    del lines
    keyed = list(map(operator.add, map(operator.add, skeletons, letters), freqs))
    del skeletons, letters, freqs
    keyed.sort()
    if keyed:
        keyed.append(b"")  # so the join ends with a newline
    return b"\n".join(keyed)


def _unkeyed(body: bytes) -> bytes:
    """Keyed lines back as ``word<TAB>frequencies`` lines (to check a keyed file)."""
    out = []
    for line in body.decode("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 3:
            raise ValueError(f"keyed lexicon line is not skeleton<TAB>letters<TAB>frequencies: {line!r}")
        skel, letters, freqs = parts
        if skel.count(LOST) != len(letters) or not skel.isascii():
            raise ValueError(f"keyed lexicon line's letters do not fill its skeleton: {line!r}")
        out.append(f"{_fill(skel, letters)}\t{freqs}\n")
    return "".join(out).encode("utf-8")


def _fill(skeleton: str, letters: str) -> str:
    """The word of a keyed line: `skeleton` with its ``?`` replaced by `letters`, in order."""
    if not letters:
        return skeleton
    parts = skeleton.split(LOST)
    return "".join(itertools.chain.from_iterable(zip(parts, letters))) + parts[-1]


def _parse_freqs(freqs: str) -> Mapping[str, float]:
    out: dict[str, float] = {}
    for item in freqs.split(","):
        lang, _, zipf = item.partition(":")
        out[lang] = float(zipf)
    return MappingProxyType(out)


@functools.cache
def default_lexicon() -> Lexicon:
    """The packaged lexicon, read on first use and kept for the life of the process."""
    return Lexicon.from_bytes(resources.files(__package__).joinpath(DATA_FILE).read_bytes(), trusted=True)


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
