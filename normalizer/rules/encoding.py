"""Encoding damage: mojibake (via ftfy, gated) and characters lost to `?` or U+FFFD.

ftfy is the authority on mojibake but costs ~1 MB/s, so it only sees lines that a cheap regex
flags. Lost characters are beyond ftfy ("not enough information"); we restore them from evidence,
best first: the same document's own spellings, then the lexicon in the document's language, then
the lexicon in any language. A `?` that no evidence decides stays and is counted as unresolved.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
import functools
from collections import Counter

import regex
from ftfy import TextFixerConfig, fix_text

from ..config import Config, Group
from ..document import Document, Line
from ..engine import rule
from ..lang import guess_language
from ..tables import C1_CONTROLS, MOJIBAKE_CONTINUATIONS, MOJIBAKE_LEADS, TERMINAL_ESCAPE, data_lines
from ..lexicon import Candidate, Lexicon, default_lexicon

G = Group.ENCODING

# --------------------------------------------------------------------------------------------
# Mojibake
# --------------------------------------------------------------------------------------------

#: Repair-only ftfy settings: no quote uncurling, no width folding, no Unicode normalisation,
#: no HTML unescaping, line breaks left to the layout rules.
FTFY_CONFIG = TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=True,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=True,
    remove_control_chars=True,
    normalization=None,
    explain=False,
)



def _bytes_gate() -> tuple["re.Pattern[bytes]", ...]:
    """MOJIBAKE_GATE as looser tests on UTF-8 bytes: every lead (U+00C2-U+00F4) encodes as
    C3 xx, and a continuation's first byte comes from a handful. Each test opens with a literal
    byte, which lets the regex engine skip ahead: three such scans cost a quarter of one
    alternation, and far less than the character classes on a str."""
    leads = {ch.encode() for ch in MOJIBAKE_LEADS}
    first = {lead[:1] for lead in leads}
    assert first == {b"\xc3"}, first  # the table's leads are U+00C2..U+00F4
    c1_first = {ch.encode()[:1] for ch in C1_CONTROLS}
    assert c1_first == {b"\xc2"}, c1_first

    def byte_class(values: set[int]) -> bytes:
        return b"[" + b"".join(re.escape(bytes([v])) for v in sorted(values)) + b"]"

    pair = b"\\xc3" + byte_class({lead[1] for lead in leads}) + \
        byte_class({ch.encode()[0] for ch in MOJIBAKE_CONTINUATIONS})
    c1 = b"\\xc2" + byte_class({ch.encode()[1] for ch in C1_CONTROLS})
    return re.compile(pair), re.compile(c1), re.compile(re.escape(TERMINAL_ESCAPE.encode()))


MOJIBAKE_BYTES = _bytes_gate()

#: Per-line check before calling ftfy: a mojibake signature (tables.mojibake_signatures) in the
#: line's current text. The document-wide look comes from the shared keyword scan.
MOJIBAKE_GATE = re.compile("[%s][%s]|[%s]|%s" % (re.escape(MOJIBAKE_LEADS), re.escape(MOJIBAKE_CONTINUATIONS),
                                               re.escape(C1_CONTROLS), re.escape(TERMINAL_ESCAPE)))


_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")


def _minimal_edits(before: str, after: str) -> list[tuple[int, int, str]]:
    """Word-sized (start, end, replacement) spans turning `before` into `after`.

    ftfy keeps the spaces of a line in nearly every repair, so the words of the two texts pair
    up one to one and each changed word gives one edit, trimmed to the characters that changed
    (`Ã©don?t` -> `édon?t` edits only `Ã©`, so a later repair of the `?` stays possible).
    This is linear, also on a 25,000-character line. Otherwise the changed middle is diffed by
    tokens (words, spaces, single symbols)."""
    a_words = before.split(" ")
    b_words = after.split(" ")
    if len(a_words) != len(b_words):
        return _token_edits(before, after)
    out: list[tuple[int, int, str]] = []
    pos = 0
    for a_word, b_word in zip(a_words, b_words):
        if a_word != b_word:
            if not a_word:
                return _token_edits(before, after)
            head = 0
            limit = min(len(a_word), len(b_word))
            while head < limit and a_word[head] == b_word[head]:
                head += 1
            tail = 0
            while tail < limit - head and a_word[-1 - tail] == b_word[-1 - tail]:
                tail += 1
            if head + tail == len(a_word):  # a pure insertion: keep one character of context
                head, tail = (head - 1, tail) if head else (head, tail - 1)
            out.append((pos + head, pos + len(a_word) - tail, b_word[head:len(b_word) - tail]))
        pos += len(a_word) + 1
    return out


def _token_edits(before: str, after: str) -> list[tuple[int, int, str]]:
    prefix = 0
    limit = min(len(before), len(after))
    while prefix < limit and before[prefix] == after[prefix]:
        prefix += 1
    while prefix and not before[prefix - 1].isspace():  # back to a token start
        prefix -= 1
    suffix = 0
    while suffix < limit - prefix and before[-1 - suffix] == after[-1 - suffix]:
        suffix += 1
    while suffix and not before[len(before) - suffix].isspace():
        suffix -= 1
    if prefix + suffix >= len(before):  # nothing of `before` left to replace: take a character
        if prefix:
            prefix -= 1
        else:
            suffix -= 1
    a_mid = before[prefix:len(before) - suffix]
    b_mid = after[prefix:len(after) - suffix]
    return [(s + prefix, e + prefix, r) for s, e, r in _diff_tokens(a_mid, b_mid)]


def _diff_tokens(before: str, after: str) -> list[tuple[int, int, str]]:
    if not before:
        return [(0, 0, after)] if after else []
    a_tok = _TOKEN.findall(before)
    b_tok = _TOKEN.findall(after)
    a_pos = [0]
    for tok in a_tok:
        a_pos.append(a_pos[-1] + len(tok))
    b_pos = [0]
    for tok in b_tok:
        b_pos.append(b_pos[-1] + len(tok))
    matcher = difflib.SequenceMatcher(None, a_tok, b_tok, autojunk=True)
    out: list[tuple[int, int, str]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        start, end, repl = a_pos[i1], a_pos[i2], after[b_pos[j1]:b_pos[j2]]
        if out and out[-1][1] == start:  # touching the previous edit: one edit
            p_start, _, p_repl = out[-1]
            out[-1] = (p_start, end, p_repl + repl)
        elif start == end:  # a pure insertion has no source: take a neighbouring token along
            if i1 > 0:
                start = a_pos[i1 - 1]
                out.append((start, end, before[start:end] + repl))
            else:
                end = a_pos[1]
                out.append((start, end, repl + before[start:end]))
        else:
            out.append((start, end, repl))
    return out


def _may_be_mojibake(text: str) -> bool:
    """MOJIBAKE_GATE on one line, the byte test first (lone surrogates pass as 3 bytes that
    match nothing, so the looser test never misses what the exact one would find)."""
    if text.isascii() and "\x1b" not in text:
        return False
    data = text.encode("utf-8", "surrogatepass")
    if not any(p.search(data) for p in MOJIBAKE_BYTES):
        return False
    return MOJIBAKE_GATE.search(text) is not None


@rule("encoding.mojibake", G, "fix mojibake with ftfy, on lines a cheap check flags")
def mojibake(doc: Document, config: Config) -> None:
    src = doc.source
    data = doc.utf8()
    if (src.isascii() and "\x1b" not in src) or (data is not None and not any(p.search(data) for p in MOJIBAKE_BYTES)):
        positions: list[int] = []
    else:
        positions = [m.start() for m in MOJIBAKE_GATE.finditer(src)]
    if not positions and not doc._changed:
        return
    for line in doc.lines_at(positions):  # and every line an earlier rule changed
        text = line.text
        if not _may_be_mojibake(text):
            continue
        doc.count("encoding.mojibake.ftfy_calls")
        # ftfy sees the line without its edge whitespace, which layout removes anyway: its
        # verdict must not change when the same line comes back already cleaned.
        lead = len(text) - len(text.lstrip())
        core = text.strip()
        fixed = fix_text(core, FTFY_CONFIG)
        if fixed == core:
            continue
        for start, end, repl in reversed(_minimal_edits(core, fixed)):
            line.edit(lead + start, lead + end, repl, "encoding.mojibake", G, evidence="ftfy")


# --------------------------------------------------------------------------------------------
# Lost characters
# --------------------------------------------------------------------------------------------

LOST = "?\ufffd"
#: A word with a lost character: letters and lost marks, starting and ending at word edges.
DAMAGED_WORD = regex.compile(r"(?<![\p{L}\p{M}\p{N}_'’])[\p{L}\p{M}?\ufffd]*[?\ufffd][\p{L}\p{M}?\ufffd]*")
#: Latin letters outside ASCII (Latin-1 Supplement and Latin Extended-A/B, without × and ÷).
ACCENTED = re.compile("[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]+")
FFFD_RUN = regex.compile(r"\ufffd+")


def lost_positions(text: str, first_only: bool = False) -> list[int]:
    """Where characters may have been lost: every U+FFFD, and every `?` inside a word, opening
    a word, or before a lower-case continuation (a real question mark ends a word and is
    followed by a capital or nothing). A loop over the few `?` beats a regex scan of the text."""
    found: list[int] = []
    i = text.find("\ufffd")
    while i >= 0:
        found.append(i)
        if first_only:
            return found
        i = text.find("\ufffd", i + 1)
    n = len(text)
    i = text.find("?")
    while i >= 0:
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if nxt.isalpha():
            hit = prev.isalpha() or not (prev.isalnum() or prev in "/=&?")
        else:
            hit = prev.isalpha() and nxt in " ,;:" and text[i + 2:i + 3].islower()
        if hit:
            found.append(i)
            if first_only:
                return found
        i = text.find("?", i + 1)
    return found


def may_have_lost(text: str) -> bool:
    """Cheap gate: any position `lost_positions` would report."""
    return bool(lost_positions(text, first_only=True))


def _lost_lines(doc: Document) -> list[Line]:
    """Lines that may hold lost characters (found on the source, plus lines changed since)."""
    return [line for line in doc.lines_at(lost_positions(doc.source)) if may_have_lost(line.text)]


#: A candidate wins only when it is this much more frequent (zipf) than the runner-up.
MIN_ZIPF_LEAD = 1.0
#: ... and at least this frequent itself (zipf), so rare lexicon noise never wins.
MIN_ZIPF = 1.0
#: In the document's own spellings, the winner must be seen this many times more than the next.
DOC_RATIO = 2.0
#: The damaged word needs this many letters that survived (too little left is not evidence).
MIN_KNOWN_LETTERS = 2

#: Contraction and possessive tails after a lost apostrophe: Mexico?s, don?t, I?m, we?ll, they?re.
APOSTROPHE = regex.compile(r"(?<=\p{L})[?\ufffd](?=(?:s|t|d|m|ll|re|ve)(?![\p{L}\p{M}]))", regex.I)
#: A lost dash between digits (2010?2015) or standing alone between words (fields ? and).
DIGIT_DASH = re.compile(r"[?\ufffd](?=\d)(?<=\d.)")
SPACED_DASH = regex.compile(r"(?<=\p{L}[,;]? )[?\ufffd](?= \p{Ll})")


class Evidence:
    """What a restoration may draw on for one document; each part is computed on first use
    (most documents need none of it, or only the apostrophe style)."""

    def __init__(self, text: str) -> None:
        self.text = text

    @functools.cached_property
    def language(self) -> str | None:
        return guess_language(self.text)

    @functools.cached_property
    def document(self) -> dict[str, Counter[str]]:
        """skeleton -> how often each intact spelling occurs in this document"""
        return _document_spellings(self.text)

    @functools.cached_property
    def apostrophe(self) -> str:
        curly = self.text.count("\u2019")
        return "'" if not curly and "'" in self.text else "\u2019"


def _skeleton(word: str) -> str:
    return "".join("?" if ch in LOST or ord(ch) > 127 else ch for ch in word.lower())


def _document_spellings(text: str) -> dict[str, Counter[str]]:
    """Intact words with non-ASCII letters, by skeleton. A scan for accented letters (one simple
    character class) finds them; each is widened to its word in Python."""
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
        if end < n and text[end] in LOST or start > 0 and text[start - 1] in LOST:
            continue  # a damaged word is no evidence
        word = text[start:end].lower()
        seen.setdefault(_skeleton(word), Counter())[word] += 1
    return seen


def lexicon() -> Lexicon:
    """The packaged lexicon (loaded once per process by `default_lexicon`)."""
    return default_lexicon()


def _evidence(doc: Document) -> Evidence:
    return Evidence(doc.text)


def _pick_document(skel: str, ev: Evidence, damaged: str) -> str | None:
    counts = Counter({w: n for w, n in (ev.document.get(skel) or {}).items() if _fits(w, damaged)})
    if not counts:
        return None
    (best, n), *rest = counts.most_common(2) + [("", 0)]
    return best if n >= DOC_RATIO * rest[0][1] else None


def _fits(word: str, damaged: str) -> bool:
    """A spelling fits a damaged word when it differs only where characters were lost (an
    intact letter, accented or not, must match itself)."""
    return len(word) == len(damaged) and all(
        (d in LOST and ord(w) > 127) or w == d for w, d in zip(word, damaged))


def _pick_lexicon(skel: str, language: str | None, damaged: str) -> tuple[str, str] | None:
    cands: list[Candidate] = [c for c in lexicon().candidates(skel) if _fits(c.word, damaged)]
    if not cands:
        return None
    tiers = ([language] if language else []) + [None]
    for lang in tiers:
        ranked = sorted(cands, key=lambda c: c.best(lang), reverse=True)
        top = ranked[0].best(lang)
        second = ranked[1].best(lang) if len(ranked) > 1 else 0.0
        if top >= MIN_ZIPF and top - second >= MIN_ZIPF_LEAD:
            return ranked[0].word, f"lexicon:{lang or 'any'}"
        if top >= MIN_ZIPF and lang is not None:
            return None  # the document's language knows several: no clear winner, don't guess
    return None


def _apply_case(damaged: str, restored: str, sentence_start: bool) -> str:
    """Give the restored letters the case their neighbours suggest: all capitals in a word of
    capitals, a capital first letter at a sentence start, lower case otherwise."""
    letters = [ch for ch in damaged if ch.isalpha()]
    all_upper = len(letters) >= 2 and all(ch.isupper() for ch in letters)
    out = []
    for i, (d, r) in enumerate(zip(damaged, restored)):
        if d not in LOST:
            out.append(d)
        elif all_upper or (i == 0 and sentence_start):
            out.append(r.upper())
        else:
            out.append(r)
    return "".join(out)


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip()
    return not before or before[-1] in ".!?:\"“'‘(—–-"


def _restore_word(word: str, ev: Evidence) -> tuple[str, str] | None:
    """(restored word, evidence) for one damaged word, or None when evidence cannot decide."""
    collapsed = FFFD_RUN.sub("\ufffd", word)
    known = sum(ch.isalpha() for ch in collapsed)
    lost = sum(ch in LOST for ch in collapsed)
    if known < MIN_KNOWN_LETTERS or known <= lost:
        return None
    skel = _skeleton(collapsed)
    damaged = collapsed.lower()
    picked = _pick_document(skel, ev, damaged)
    source = "document"
    if picked is None:
        found = _pick_lexicon(skel, ev.language, damaged)
        if found is None:
            return None
        picked, source = found
    return picked, source


@rule("encoding.apostrophes", G, "restore apostrophes lost to ? in contractions and possessives")
def apostrophes(doc: Document, config: Config) -> None:
    lines = [line for line in _lost_lines(doc) if APOSTROPHE.search(line.text)]
    if not lines:
        return
    ev = _evidence(doc)
    for line in lines:
        matches = list(APOSTROPHE.finditer(line.text))
        for m in reversed(matches):
            word = DAMAGED_WORD.match(line.text, _word_start(line.text, m.start()))
            if ev.language != "en" and word is not None:
                contraction = word.group().lower().replace("?", "'").replace("\ufffd", "'")
                foreign = ev.language is not None
                if (foreign or contraction not in _contractions()) and _restore_word(word.group(), ev):
                    continue  # a lost letter, not an apostrophe (pa?s -> país in Spanish text)
            line.edit(m.start(), m.end(), ev.apostrophe, "encoding.apostrophes", G,
                      evidence="contraction")


@functools.cache
def _contractions() -> frozenset[str]:
    return frozenset(data_lines("contractions.txt"))


def _word_start(text: str, pos: int) -> int:
    while pos > 0 and (text[pos - 1].isalpha() or text[pos - 1] in LOST):
        pos -= 1
    return pos


def _restore_in_line(line: Line, ev: Evidence, doc: Document) -> None:
    text = line.text
    for m in reversed(list(DAMAGED_WORD.finditer(text))):
        word = m.group()
        core_end = len(word)
        # A trailing "?" that ends a sentence is a real question mark: keep it out of the word.
        while core_end and word[core_end - 1] == "?" and _ends_sentence(text, m.start() + core_end):
            core_end -= 1
        core = word[:core_end]
        if not any(ch in LOST for ch in core) or not any(ch.isalpha() for ch in core):
            continue
        found = _restore_word(core, ev)
        if found is None:
            doc.count("encoding.lost_letters.unresolved")
            continue
        restored, source = found
        collapsed = FFFD_RUN.sub("\ufffd", core)
        cased = _apply_case(collapsed, restored, _sentence_start(text, m.start()))
        # One edit per lost run, so the log shows exactly what was restored.
        i_core = 0
        pos = m.start()
        edits: list[tuple[int, int, str]] = []
        for i_c, ch in enumerate(collapsed):
            if ch in LOST:
                run = 1
                if ch == "\ufffd":
                    while i_core + run < len(core) and core[i_core + run] == "\ufffd":
                        run += 1
                edits.append((pos + i_core, pos + i_core + run, cased[i_c]))
                i_core += run
            else:
                i_core += 1
        for start, end, repl in reversed(edits):
            line.edit(start, end, repl, "encoding.lost_letters", G, evidence=source)


def _ends_sentence(text: str, pos: int) -> bool:
    """A `?` just before `pos` ends a sentence when the line ends, or a capital, quote or
    bracket follows."""
    rest = text[pos:].lstrip()
    return not rest or rest[0].isupper() or rest[0] in "\"”’')]»?!.…*" or rest[0].isdigit()


@rule("encoding.lost_letters", G, "restore letters lost to ? or U+FFFD from document and lexicon")
def lost_letters(doc: Document, config: Config) -> None:
    lines = _lost_lines(doc)
    if not lines:
        return
    ev = _evidence(doc)
    for line in lines:
        _restore_in_line(line, ev, doc)


def _digit_dash(text: str) -> bool:
    """Cheap gate: a lost mark between two digits (a loop over the few marks of a text)."""
    for mark in LOST:
        i = text.find(mark)
        while i >= 0:
            if 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
                return True
            i = text.find(mark, i + 1)
    return False


@rule("encoding.dashes", G, "restore dashes lost to ? between digits or between words")
def dashes(doc: Document, config: Config) -> None:
    src = doc.text
    if "?" not in src and "\ufffd" not in src:
        return
    damaged = any(op.rule in ("encoding.lost_letters", "encoding.apostrophes") for op in doc.ops)
    # A spaced "?" between words is a dash only in a text that lost characters elsewhere.
    patterns = [(DIGIT_DASH, "\u2013", "digits")]
    if damaged:
        patterns.append((SPACED_DASH, "\u2014" if "\u2013" not in src else "\u2013", "spaced"))
    patterns = [p for p in patterns if (p[0] is not DIGIT_DASH or _digit_dash(src)) and p[0].search(src)]
    if not patterns:
        return
    for line in doc.alive():
        for pattern, dash, evidence in patterns:
            for m in reversed(list(pattern.finditer(line.text))):
                line.edit(m.start(), m.end(), dash, "encoding.dashes", G, evidence=evidence)
