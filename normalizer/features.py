"""Line shape features shared by the rule families (words, sentence ends, symbols).

Plain string operations on purpose: these run on every line of every document, where a regex
search that scans to the line end costs more than the rest of the rule.
"""

from __future__ import annotations

import re

#: Characters that end a sentence (or a quoted / bracketed one).
SENTENCE_END_CHARS = frozenset(".!?…:;\"”’)]»")
#: A prose line has at least this many words and ends like a sentence.
PROSE_MIN_WORDS = 12

_ALNUM = re.compile(r"[^\W_]")


def word_count(text: str) -> int:
    return len(text.split())


def last_char(text: str) -> str:
    stripped = text.rstrip()
    return stripped[-1] if stripped else ""


def ends_sentence(text: str) -> bool:
    return last_char(text) in SENTENCE_END_CHARS


def is_prose(text: str, min_words: int = PROSE_MIN_WORDS) -> bool:
    """Several words ending like a sentence: the shape of an article paragraph."""
    return ends_sentence(text) and word_count(text) >= min_words


def symbols_only(text: str) -> bool:
    """No letter or digit at all (`/`, `|`, `• • •`, `***`); blank counts too."""
    return _ALNUM.search(text) is None
