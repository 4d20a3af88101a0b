"""One keyword pass per document, shared by the rule families that look for words.

Chrome phrases open lines with a small set of first words; credit names follow a sentence end,
a slash or a bracket. Testing every line in Python costs more than the rest of the chain, so one
Aho-Corasick automaton (pyahocorasick, C) holds all of these keywords and a single pass over the
source reports where each kind occurs; rules then look only at those lines. The automaton depends
only on the data tables (and a user phrase file), never on the documents seen.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from enum import IntEnum

import ahocorasick

from .config import Config
from .document import Document
from .tables import chrome_matcher_for, credit_keywords

#: What may stand before a phrase's first word on its line (indents and bullets), and what may
#: follow that word: line-start keys are break + lead + word + end.
#: (Few on purpose: every lead multiplies the keys, and a larger automaton scans slower.)
LINE_LEADS = ("", " ", "  ", "\t", "\u00a0", "- ", "• ", "* ", "» ", "> ", "| ", "# ", "[", "(", "— ", "– ",
              "· ", "› ")
WORD_ENDS = (" ", "\n", ":", ".", "!", "?", ",", "…", "\u00a0", "\t", ")", "]", "|", "»", "›", "/")
#: Line breaks other than "\n", seen as "\n" by the scan (each is one character, so offsets hold).
OTHER_BREAKS = re.compile("[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
#: A line opening with one of these may match a regex row (`© 2024 …`, `12 Comments`).
REGEX_OPENERS = "0123456789©"
#: What stands before a credit name in a caption: a sentence end, a slash, a bracket, a colon,
#: a line start. Keys begin with these (rare) characters, which keeps the automaton near its
#: root on ordinary text and the scan fast; `Photo by A/Getty Images` is found at "/Getty".
CREDIT_LEADS = (". ", "/", "/ ", "(", "\n", "\n(", "\n ", "\n  ", "\n\t", ": ", ") ", "” ", "\" ", "? ", "! ",
                ".\u00a0")


class Kind(IntEnum):
    LINE_START = 0  # a line opens with a chrome phrase's first word (or a regex opener)
    CREDIT = 2      # a photo-credit name or lead word (case as written)


@dataclass(frozen=True)
class Keywords:
    """The keyword sets of one configuration (line words lower case; credits as written)."""

    line_words: frozenset[str]
    credits: frozenset[str]


@dataclass(frozen=True)
class Hits:
    """Source offsets where each kind of keyword was found (line starts for LINE_START)."""

    line_starts: list[int]
    credits: list[int]


def _case_variants(text: str) -> set[str]:
    variants = {text, text.capitalize(), text.title(), text.upper()}
    return variants | {v.replace("'", "\u2019") for v in variants if "'" in v}


@functools.cache
def automaton(keywords: Keywords) -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for word in keywords.line_words:
        if not word or not word[0].isalpha():
            continue
        for variant in _case_variants(word):
            for lead in LINE_LEADS:
                for end in WORD_ENDS:
                    key = "\n" + lead + variant + end
                    auto.add_word(key, (Kind.LINE_START, len(key)))
    for lead in ("", " ", "  ", "\t"):
        for ch in REGEX_OPENERS:
            key = "\n" + lead + ch
            auto.add_word(key, (Kind.LINE_START, len(key)))
    for name in keywords.credits:
        if len(name) > 1:  # a single letter (X) is everywhere; "Twitter/X" still has Twitter
            for lead in CREDIT_LEADS:
                key = lead + name
                if key not in auto:
                    auto.add_word(key, (Kind.CREDIT, len(name)))
    auto.make_automaton()
    return auto


def keywords(config: Config) -> Keywords:
    """The keyword sets the rules of this configuration look for."""
    matcher = chrome_matcher_for(config)
    return Keywords(matcher.first_words | matcher.regex_words, credit_keywords())


def scan(doc: Document, keywords: Keywords) -> Hits:
    """Where the keywords occur in the document's source (one pass, memoised per document)."""
    memo_key = ("scan", keywords)
    found = doc.memo.get(memo_key)  # type: ignore[call-overload]
    if found is not None:
        return found  # type: ignore[return-value]
    src = doc.source if doc.plain_breaks else OTHER_BREAKS.sub("\n", doc.source)
    haystack = "\n" + src + "\n"
    n = len(haystack)
    starts: list[int] = []
    credits: list[int] = []
    for end, (kind, size) in automaton(keywords).iter(haystack):
        start = end - size + 1
        if kind == Kind.LINE_START:
            starts.append(start)  # the "\n" before the line: its offset is the line's in src
        elif end + 1 >= n or not haystack[end + 1].isalnum():
            credits.append(start - 1)  # a credit name ending as a word (its start is led)
    hits = Hits(starts, credits)
    doc.memo[memo_key] = hits  # type: ignore[index]
    return hits
