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


@dataclass(frozen=True)
class Keywords:
    """The keyword sets of one configuration: whole phrases that open a chrome line and words
    that open a regex row (lower case), and credit names (as written)."""

    line_phrases: frozenset[str]
    regex_words: frozenset[str]
    credits: frozenset[str]


@dataclass(frozen=True)
class Hits:
    """Source offsets where each kind of keyword was found (line starts for LINE_START)."""

    line_starts: list[int]
    credits: list[int]


@functools.cache
def line_automaton(keywords: Keywords) -> ahocorasick.Automaton:
    """Keys "\n" + lead + phrase over the lower-cased text: a whole phrase after the line start
    is specific enough (the matcher confirms each candidate); a regex row is known only by its
    first word, which must end there."""
    auto = ahocorasick.Automaton()
    keys: set[str] = set()
    for phrase in keywords.line_phrases:
        if phrase and phrase[0].isalpha():
            for lead in LINE_LEADS:
                keys.update("\n" + lead + v for v in _apostrophe_variants(phrase))
    for word in keywords.regex_words:
        if len(word) >= 3 and word[0].isalpha():
            keys.update("\n" + lead + word + end for lead in LINE_LEADS for end in WORD_ENDS)
    for lead in ("", " ", "  ", "\t"):
        keys.update("\n" + lead + ch for ch in REGEX_OPENERS)
    for key in keys:
        auto.add_word(key, len(key))
    auto.make_automaton()
    return auto


@functools.cache
def credit_automaton(keywords: Keywords) -> ahocorasick.Automaton:
    """Keys lead + credit name, as written (case matters: `AP`, not `ap`)."""
    auto = ahocorasick.Automaton()
    for name in keywords.credits:
        if len(name) > 1:  # a single letter (X) is everywhere; "Twitter/X" still has Twitter
            for lead in CREDIT_LEADS:
                auto.add_word(lead + name, len(name))
    auto.make_automaton()
    return auto


def automaton(keywords: Keywords) -> tuple[ahocorasick.Automaton, ahocorasick.Automaton]:
    return line_automaton(keywords), credit_automaton(keywords)


def _apostrophe_variants(text: str) -> set[str]:
    return {text, text.replace("'", "\u2019")}


def keywords(config: Config) -> Keywords:
    """The keyword sets the rules of this configuration look for."""
    matcher = chrome_matcher_for(config)
    return Keywords(matcher.line_keys, matcher.regex_words, credit_keywords())


def scan(doc: Document, keywords: Keywords) -> Hits:
    """Where the keywords occur in the document's source (one pass, memoised per document)."""
    memo_key = ("scan", keywords)
    found = doc.memo.get(memo_key)  # type: ignore[call-overload]
    if found is not None:
        return found  # type: ignore[return-value]
    src = doc.source if doc.plain_breaks else OTHER_BREAKS.sub("\n", doc.source)
    haystack = "\n" + src + "\n"
    n = len(haystack)
    lower = haystack.lower()
    if len(lower) != n:  # lower-casing changed the length (rare letters): scan as written
        lower = haystack
    # The "\n" before a line sits at the line's own offset in the source.
    starts = [end - size + 1 for end, size in line_automaton(keywords).iter(lower)]
    credits = [end - size for end, size in credit_automaton(keywords).iter(haystack)
               if end + 1 >= n or not haystack[end + 1].isalnum()]  # the name ends as a word
    hits = Hits(starts, credits)
    doc.memo[memo_key] = hits  # type: ignore[index]
    return hits
