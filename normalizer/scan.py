"""One keyword pass per document, shared by the rule families that look for words.

Chrome phrases open their lines; credit names follow a sentence end, a slash or a bracket. Testing every line in Python costs more than the rest of the chain, so one
Aho-Corasick automaton (pyahocorasick, C) holds all of these keywords and a single pass over the
source reports where each kind occurs; rules then look only at those lines. The automaton depends
only on the data tables (and a user phrase file), never on the documents seen.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from enum import Enum, IntFlag
from types import MappingProxyType
from typing import Mapping

import ahocorasick

from .config import Config
from .document import Document
from .tables import _rows, chrome_matcher_for, credit_keywords, data_lines

#: What may stand before a phrase's first word on its line (indents and bullets): line-start
#: keys are break + lead + phrase.
#: (Few on purpose: every lead multiplies the keys, and a larger automaton scans slower.)
LINE_LEADS = ("", " ", "  ", "\t", "\u00a0", "- ", "• ", "* ", "» ", "> ", "| ", "# ", "[", "(", "— ", "– ",
              "* [", "- [", "![",  # a Markdown link in a list (`* [Home](/)`), an image: Markdown output
              "**", "*", "__", "_",  # Markdown emphasis (`**Read more:** [...]`, `_Advertisement_`)
              "· ", "› ")
#: A line indented deeper than any lead (inscriptis indents by nesting depth, html2text nests
#: lists by four spaces), or a Markdown heading below the first level (`#### Post a Comment`):
#: its opening is looked up apart, after the indent or the marks.
DEEP_INDENT = re.compile(r"\n(?:(?!  \S|\t\S)[ \t\u00a0]{2,}|[ \t]{0,3}#{2,6}[ \t]+)(?=\S)")
#: ... this much of it (longer than any key).
DEEP_PROBE_CHARS = 96
#: Line breaks other than "\n", seen as "\n" by the scan (each is one character, so offsets hold).
OTHER_BREAKS = re.compile("[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
#: A line opening with one of these may match a regex row (`© 2024 …`, `12 Comments`, `$199 at …`).
REGEX_OPENERS = "0123456789©$£€"
#: What stands before a credit name in a caption: a sentence end, a slash, a bracket, a colon,
#: a line start. Keys begin with these (rare) characters, which keeps the automaton near its
#: root on ordinary text and the scan fast; `Photo by A/Getty Images` is found at "/Getty".
CREDIT_LEADS = (". ", "/", "/ ", "(", "\n", "\n(", "\n ", "\n  ", "\n\t", ": ", ") ", "] ", "” ", "\" ", "? ", "! ",
                ".\u00a0")


@dataclass(frozen=True)
class Keywords:
    """The keyword sets of one configuration: whole phrases that open a chrome line and words
    that open a regex row (lower case), and credit names (as written)."""

    line_phrases: frozenset[str]
    regex_openings: frozenset[str]
    credits: frozenset[str]


@dataclass(frozen=True)
class Hits:
    """Source offsets where each kind of keyword was found: starts of lines that may open with a
    chrome phrase, and starts of credit names."""

    line_starts: list[int]
    credits: list[int]


class Kind(IntFlag):
    """What an automaton key stands for (one key may stand for several)."""

    LINE = 1
    CREDIT = 2


def ascii_lower(text: str) -> str:
    """`text` with only A-Z lower-cased: the same length, every other character as it was, and
    several times faster than `str.lower` on non-ASCII text (bytes.lower is a table lookup)."""
    if text.isascii():
        return text.lower()
    return text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")


#: ASCII punctuation that opens a credit lead: the scan's haystack and keys show each of these as
#: one character (NUL), and A-Z in lower case. pyahocorasick looks up a node's children one by one
#: and the root is tried at nearly every character: three children at the root ("\n", NUL, "”")
#: instead of eleven take the automaton's pass over the dev set from about 1.2 s to 0.65 s. The
#: folding only adds candidates; each hit is confirmed on the source as written.
FOLDED_LEADS = b"./(:)]\"?!"
_FOLD = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ" + FOLDED_LEADS,
                        b"abcdefghijklmnopqrstuvwxyz" + b"\x00" * len(FOLDED_LEADS))


def fold(text: str) -> str:
    """`ascii_lower(text)` with the credit-lead punctuation folded (the same length)."""
    return text.encode("utf-8", "surrogatepass").translate(_FOLD).decode("utf-8", "surrogatepass")


def _cased_variants(phrase: str) -> set[str]:
    """Keys for a lower-case phrase on ASCII-lowered text: as is, and with its non-ASCII letters
    (which ASCII lowering leaves alone) capitalised at the start, at each word start (title
    case: `Zurück Zur Übersicht`) or throughout (`Über`, `À LIRE`)."""
    out = {phrase}
    if not phrase.isascii():
        out.add(phrase[:1].upper() + phrase[1:])
        out.add(" ".join(w if w[:1].isascii() else w[:1].upper() + w[1:] for w in phrase.split(" ")))
        out.add("".join(ch.upper() if not ch.isascii() else ch for ch in phrase))
    return {v for v in out if len(v) == len(phrase)}


@dataclass(frozen=True)
class Scanner:
    """One Aho-Corasick automaton over the ASCII-lowered text, holding every kind of key, and
    the as-written spellings that a case-sensitive kind (credits) must match."""

    automaton: ahocorasick.Automaton
    #: lead + credit name as written -> length of the name (a hit reports where the name starts)
    credit_keys: Mapping[str, int]
    #: The line-start keys as ASCII-lowered text, unfolded (a hit is one of them on the source).
    line_keys: frozenset[str]


@functools.cache
def scanner(keywords: Keywords) -> Scanner:
    """Keys: "\n" + lead + phrase (a whole phrase after the line start is specific enough; the
    matcher confirms each candidate; a regex row by the literal text each alternative opens
    with); lead + credit name (confirmed as written: case matters, `AP` not `ap`).

    Every key opens with a rare character ("\\n", ". ", "/", "(" ...): pyahocorasick looks up
    a node's children one by one, so a root with few children keeps the scan fast (mojibake
    signatures, with fifty-odd leads, made it six times slower and are found on bytes instead)."""
    kinds: dict[str, Kind] = {}

    def add(key: str, kind: Kind) -> None:
        kinds[key] = kinds.get(key, Kind(0)) | kind

    for phrase in keywords.line_phrases:
        if phrase and phrase[0].isalpha():
            for variant in _apostrophe_variants(phrase):
                for cased in _cased_variants(variant):
                    for lead in LINE_LEADS:
                        add("\n" + lead + cased, Kind.LINE)
    for opening in keywords.regex_openings:
        if opening[:1].isalpha():  # others open with a digit or symbol: REGEX_OPENERS below
            for cased in _cased_variants(opening):
                for lead in LINE_LEADS:
                    add("\n" + lead + cased, Kind.LINE)
    for lead in ("", " ", "  ", "\t"):
        for ch in REGEX_OPENERS:
            add("\n" + lead + ch, Kind.LINE)
    credit_keys: dict[str, int] = {}
    for name in keywords.credits:
        if len(name) > 1:  # a single letter (X) is everywhere; "Twitter/X" still has Twitter
            for lead in CREDIT_LEADS:
                credit_keys[lead + name] = len(name)
                add(ascii_lower(lead + name), Kind.CREDIT)
    folded: dict[str, int] = {}
    for key, kind in kinds.items():
        folded[fold(key)] = folded.get(fold(key), 0) | int(kind)
    auto = ahocorasick.Automaton()
    for key, kind in folded.items():
        auto.add_word(key, (len(key), kind))
    auto.make_automaton()
    return Scanner(auto, MappingProxyType(credit_keys), frozenset(k for k, v in kinds.items() if v & Kind.LINE))


def automaton(keywords: Keywords) -> ahocorasick.Automaton:
    """The automaton of this keyword set (built once per process)."""
    return scanner(keywords).automaton


def _apostrophe_variants(text: str) -> set[str]:
    return {text, text.replace("'", "\u2019")}


def keywords(config: Config) -> Keywords:
    """The keyword sets the rules of this configuration look for."""
    matcher = chrome_matcher_for(config)
    return Keywords(matcher.line_keys, matcher.regex_openings, credit_keywords())


_LINE, _CREDIT = int(Kind.LINE), int(Kind.CREDIT)


def _haystack(doc: Document) -> tuple[str, str]:
    """(source with every line break as "\n", "\n" + its `fold` + "\n"), memoised per document:
    the keyword scan and `find_words` search the folded text."""
    found = doc.memo.get("scan.haystack")
    if found is not None:
        return found  # type: ignore[return-value]
    data = doc.utf8() if doc.plain_breaks else None
    if data is not None:  # fold the bytes the mojibake gate encoded already: fewer copies
        src = doc.source
        haystack = b"".join((b"\n", data.translate(_FOLD), b"\n")).decode("utf-8")
    else:
        src = doc.source if doc.plain_breaks else OTHER_BREAKS.sub("\n", doc.source)
        haystack = fold("\n" + src + "\n")
    doc.memo["scan.haystack"] = (src, haystack)
    return src, haystack


class Lookout(str, Enum):
    """The kinds of `data/lookout_words.tsv`: words rules look for anywhere in a text."""

    INBOX = "inbox"
    READ_TIME = "read_time"
    CHANNEL = "channel"
    NETWORK = "network"
    DISCUSSION = "discussion"
    AUDIO = "audio"
    ACTION = "action"
    NEWSLETTER = "newsletter"
    DISCLOSURE = "disclosure"
    EMBED = "embed"
    SIGNUP = "signup"
    SELF = "self"
    NEWSROOM = "newsroom"
    OFFER = "offer"
    METERED = "metered"
    UNLIMITED = "unlimited"
    FIELD = "field"


@functools.cache
def _lookout_rows() -> tuple[tuple[Lookout, str], ...]:
    return tuple((Lookout(kind), word) for kind, word in _rows(data_lines("lookout_words.tsv")))


def lookout_words(kind: Lookout) -> tuple[str, ...]:
    """The words of one kind of `data/lookout_words.tsv` (lower case), longest first."""
    return tuple(sorted((word for k, word in _lookout_rows() if k is kind), key=len, reverse=True))


@functools.cache
def _lookout_automaton() -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for kind, word in _lookout_rows():
        for key in _cased_variants(fold(word)):  # (`Écouter`: ASCII lowering leaves `É` alone)
            _, kinds = auto.get(key, (len(key), frozenset()))
            auto.add_word(key, (len(key), kinds | {kind}))
    auto.make_automaton()
    return auto


def lookout(doc: Document, kind: Lookout) -> list[int]:
    """Source offsets where a word of this kind occurs (A-Z in any case). One pass of a small
    automaton over the folded text serves every kind (memoised per document): several times
    faster than a case-blind regex, and a rule's cheap test for lines worth a closer look."""
    found = doc.memo.get("scan.lookout")
    if found is None:
        _, haystack = _haystack(doc)
        found = {k: [] for k in Lookout}
        for end, (size, kinds) in _lookout_automaton().iter(haystack):
            for k in kinds:
                found[k].append(end - size)  # (the haystack opens with "\n": end - size + 1 - 1)
        doc.memo["scan.lookout"] = found
    return found[kind]  # type: ignore[index]


def scan(doc: Document, keywords: Keywords) -> Hits:
    """Where the keywords occur in the document's source (one pass, memoised per document)."""
    memo_key = ("scan", keywords)
    found = doc.memo.get(memo_key)  # type: ignore[call-overload]
    if found is not None:
        return found  # type: ignore[return-value]
    src, haystack = _haystack(doc)
    n = len(src)
    sc = scanner(keywords)
    credit_keys, line_keys = sc.credit_keys, sc.line_keys
    starts: list[int] = []
    credits: list[int] = []
    # The haystack is "\n" + source + "\n": a haystack offset is one more than the source's,
    # so the "\n" before a line sits at the line's own source offset.
    for end, (size, kind) in sc.automaton.iter(haystack):
        start = end - size + 1
        key = src[start - 1:end] if start else "\n" + src[:end]  # the key as written
        if kind & _LINE and ascii_lower(key) in line_keys:
            starts.append(start)
        if kind & _CREDIT and (end >= n or not src[end].isalnum()):  # the name ends as a word
            name_size = credit_keys.get(key)  # the lead and name as written
            if name_size is not None:
                credits.append(end - name_size)
    deep = _deep_line_starts(haystack, src, sc)
    if deep:
        starts = sorted(set(starts).union(deep))
    hits = Hits(starts, credits)
    doc.memo[memo_key] = hits  # type: ignore[index]
    return hits


def _deep_line_starts(haystack: str, src: str, sc: Scanner) -> list[int]:
    """Source starts of the deeply indented lines and Markdown headings (DEEP_INDENT) that open
    with a line key after their indent or marks: each opening is run through the automaton as
    if it stood at a line start."""
    out: list[int] = []
    for m in DEEP_INDENT.finditer(haystack):
        at = m.end() - 1  # the source offset of the line's first character after the indent
        probe = "\n" + haystack[m.end():m.end() + DEEP_PROBE_CHARS]
        for end, (size, kind) in sc.automaton.iter(probe):
            if end - size + 1 == 0 and kind & _LINE and ascii_lower("\n" + src[at:at + size - 1]) in sc.line_keys:
                out.append(m.start())
                break
    return out
