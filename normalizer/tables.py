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
import re
from typing import TYPE_CHECKING
from types import MappingProxyType
from typing import Iterable, Mapping

import regex

from .features import link_text

if TYPE_CHECKING:
    from .config import Config


def _data_lines(name: str) -> list[str]:
    text = resources.files("normalizer").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def data_lines(name: str) -> list[str]:
    """The non-comment lines of a packaged data file."""
    return _data_lines(name)


def data_alternation(name: str) -> str:
    """The words or phrases of a packaged data file as a regex alternation, escaped and longest
    first (so `mailing list` is tried before `mail`)."""
    return "|".join(sorted(map(re.escape, data_lines(name)), key=len, reverse=True))


def data_patterns(name: str) -> "re.Pattern[str]":
    """The regex rows of a packaged data file, any of them, compiled case-blind (the standard
    library's `re`: these rows use nothing `regex` adds)."""
    return re.compile("|".join(f"(?:{row})" for row in data_lines(name)), re.IGNORECASE)


def _rows(lines: list[str]) -> list[list[str]]:
    return [[cell.strip() for cell in line.split("\t")] for line in lines]


def data_kinds(name: str) -> dict[str, list[str]]:
    """The `kind<TAB>word` rows of a packaged data file, grouped by kind (in file order)."""
    kinds: dict[str, list[str]] = {}
    for kind, word in _rows(data_lines(name)):
        kinds.setdefault(kind, []).append(word)
    return kinds


@functools.cache
def alphabets() -> "MappingProxyType[str, str]":
    """language -> the non-ASCII letters of its own alphabet, lowercase (data/alphabets.tsv)."""
    return MappingProxyType({lang: letters for lang, letters, *_ in
                             (line.split("\t") + [""] for line in data_lines("alphabets.tsv"))})


def stem_pattern(stems: Iterable[str], whole: bool = False) -> "re.Pattern[str]":
    """Any of `stems` where a word opens (and, if `whole`, where it closes), case-blind, longest
    first."""
    alternation = "|".join(sorted(map(re.escape, stems), key=len, reverse=True))
    return re.compile(r"(?<![^\W\d_])(?:%s)%s" % (alternation, r"(?![^\W\d_])" if whole else ""), re.IGNORECASE)


# --------------------------------------------------------------------------------------------
# Headings (reference sections, section labels)
# --------------------------------------------------------------------------------------------

@functools.cache
def heading_words(family: str) -> frozenset[str]:
    """Lowercase headings of one family in `data/headings.tsv` (e.g. ``"references"``)."""
    return frozenset(row[1].lower() for row in _rows(_data_lines("headings.tsv")) if row[0] == family)


# --------------------------------------------------------------------------------------------
# Wikipedia residue (edit links, maintenance tags)
# --------------------------------------------------------------------------------------------

#: Kinds of wiki tag in `data/wiki_tags.tsv`.
WIKI_TAG_KINDS = ("edit", "tag", "attached")


def _tag_regex(tag: str) -> str:
    """A tag as a regex: any run of spaces for a space, optional spaces around `|`."""
    parts = [" ".join(part.split()) for part in tag.split("|")]
    return r"\s*\|\s*".join(r"\s+".join(regex.escape(w) for w in part.split(" ")) for part in parts)


@functools.cache
def wiki_tag_pattern() -> regex.Pattern[str]:
    """`[tag]` of any kind of `data/wiki_tags.tsv`, case-insensitive, with a named group per kind
    (`edit`, `tag`, `attached`); longer tags first, so `[edit | edit source]` wins over `edit`."""
    by_kind: dict[str, list[str]] = {kind: [] for kind in WIKI_TAG_KINDS}
    for row in _rows(_data_lines("wiki_tags.tsv")):
        if row[0] not in by_kind:
            raise ValueError(f"wiki_tags.tsv: unknown kind {row[0]!r}")
        by_kind[row[0]].append(row[1].lower())
    groups = "|".join(
        f"(?P<{kind}>" + "|".join(_tag_regex(t) for t in sorted(tags, key=len, reverse=True)) + ")"
        for kind, tags in by_kind.items() if tags)
    return regex.compile(r"\[\s*(?:" + groups + r")\s*\]", regex.I)


# --------------------------------------------------------------------------------------------
# Chrome phrases
# --------------------------------------------------------------------------------------------

class Mode(str, Enum):
    """How a phrase must sit in a line to count."""

    LINE = "line"          # the line is the phrase (case, spacing and end punctuation aside)
    PREFIX = "prefix"      # the line starts with the phrase
    CONTAINS = "contains"  # the phrase occurs in the line
    REGEX = "regex"        # the pattern (a regex) matches at the start of the line
    EDGE = "edge"          # the line is the phrase, and it stands outside the article's prose
    BUTTON = "button"      # the phrase counts only beside others on one line (a share bar's `X`)


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




#: Punctuation and symbols stripped from the edges of a line before phrase look-up (str.strip is
#: far cheaper than a regex here, and this runs on every short line).
EDGE_PUNCTUATION = " \t\u00a0\u2000\u2001\u2002\u2003\u2009\u200a\u202f\u3000" \
    "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~¡§«¶·»¿‐‑‒–—―‘’‚“”„†‡•…‹›€™→←↑↓▶►▸▪■□●○◆◇★☆✓✔✕✖✗✘❯❮⟩⟨|¦"


#: Pictographs at a line's edge (`🔎 LEIA TAMBÉM:`, `✅ Clique aqui …`, `… no WhatsApp 📲`): a
#: symbol, its variation selector or joiner, and spaces. Looked for only when the edge character
#: lies above U+2000 and is no letter or digit (the cheap test).
EDGE_SYMBOLS_START = regex.compile(r"^[\p{S}\p{Mn}\p{Cf}\p{Zs}]+")
EDGE_SYMBOLS_END = regex.compile(r"[\p{S}\p{Mn}\p{Cf}\p{Zs}]+$")


def strip_edges(text: str, keep_end: bool = False) -> str:
    """`text` without EDGE_PUNCTUATION and pictographs at its start (and, unless `keep_end`,
    its end)."""
    text = text.lstrip(EDGE_PUNCTUATION)
    if text and ord(text[0]) >= 0x2000 and not text[0].isalnum():
        text = EDGE_SYMBOLS_START.sub("", text).lstrip(EDGE_PUNCTUATION)
    if keep_end:
        return text
    text = text.rstrip(EDGE_PUNCTUATION)
    if text and ord(text[-1]) >= 0x2000 and not text[-1].isalnum():
        text = EDGE_SYMBOLS_END.sub("", text).rstrip(EDGE_PUNCTUATION)
    return text


def normalize_phrase(text: str, keep_end: bool = False) -> str:
    """Lowercase, one space between words, typographic apostrophes straightened, punctuation
    and symbols at the edges dropped: `» Leave a Reply:` -> `leave a reply`, `🔎 LEIA TAMBÉM:`
    -> `leia também`. With `keep_end` the trailing punctuation stays (a prefix `read more:` must
    keep its colon)."""
    text = " ".join(text.lower().replace("\u2019", "'").replace("\u2018", "'").split())
    return strip_edges(text, keep_end)


#: Families whose whole-line phrases also make a line of chrome when several stand together on
#: one line (`Twitter Facebook Email`, `Log in / Register`, `Search Main Menu`, `Privacy Policy
#: Terms of Service`, `Request Demo Sign in`, `Pubblicità Continua a leggere`, `Kijk en luister live
#: Tip ons`): a bar of buttons an extractor flattened into one line.
COMPOUND_FAMILIES = frozenset({"share", "subscribe", "navigation", "comments", "cookies", "promo", "injected", "tip"})
#: ... phrases of at most this many words (a legal footer's `Do Not Sell My Personal Information`),
#: in a line of at most this many parts (a toolbar of six buttons: `Share Add this article to your
#: reading list Save this story Send this as a gift See what readers are saying Adjust text size Aa`).
COMPOUND_PHRASE_WORDS = 8
COMPOUND_MAX_WORDS = 30
#: Lines whose phrase match a matcher remembers (see PhraseMatcher.__post_init__).
MATCH_MEMO_SIZE = 16384
MATCH_MEMO_CHARS = 300
#: A bar may hold one run of at most this many words that no phrase covers (an entry the tables
#: lack), when at least this many phrases that are no mere buttons cover the rest.
COMPOUND_GAP_WORDS = 5
COMPOUND_GAP_MIN_PHRASES = 3
#: What separates the buttons of a flattened bar: spaces, `|` (escaped `\|` in a Markdown table's
#: cell), `/`, bullets, commas, a colon after a label (`Share this article: Facebook Twitter Email`).
_COMPOUND_SEPARATOR = regex.compile(r"[\s|/•·,:!*\\]+")
#: A Markdown heading's marks (`### `), which a phrase is matched without.
MARKDOWN_HEADING = regex.compile(r"^#{1,6}\s+")
#: Markdown emphasis around a line's first words (`**Related:** …`, `_Read more:_ …`, not a `* `
#: list bullet), which a phrase is matched without: a label's colon inside the marks would
#: otherwise glue them to its word.
MARKDOWN_LEAD_EMPHASIS = regex.compile(r"^(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1(?![\w*])")
#: A bar whose entries stand between explicit separators (`About Us | Privacy Policy | Media Room
#: | Sitemap`, `Uses • Colophon • Blogroll`) needs no cover of every word: it is a menu when it has
#: at least BAR_MIN_ENTRIES entries, the unknown ones of at most BAR_ENTRY_MAX_WORDS words, and at least
#: BAR_MIN_KNOWN of them, and at least BAR_KNOWN_SHARE of all, are whole-line phrases. Such a
#: bar counts as an `edge` phrase: chrome outside the article's prose only (a table row may hold
#: pipes).
_BAR_SEPARATOR = regex.compile(r"\s*[|•·]\s*|,\s*\*\s+")  # (readabilipy flattens a list: `* A, * B, * C,`)
BAR_MIN_ENTRIES = 3
BAR_ENTRY_MAX_WORDS = 6
BAR_MIN_KNOWN = 2
BAR_KNOWN_SHARE = 0.5


def _may_be_bar(text: str) -> bool:
    """Cheap gate before `PhraseMatcher.bar`: the line holds one of _BAR_SEPARATOR's marks."""
    return "|" in text or "•" in text or "·" in text or ", * " in text


def _no_counter(key: str) -> None:
    """PhraseMatcher._counter for a line that holds no number."""
    return None


#: A list item's bullet, which a regex row is matched without (`* Alle Plus-Artikel …`, `• …`), as
#: the whole-line and prefix phrases are (their normalisation drops it).
_LIST_BULLET = regex.compile(r"^[-*+•·▪]\s+")
#: A line that ends like a statement or a block, or assigns: code, never a bar of buttons.
_CODE_MARKS = regex.compile(r"[;{}]\s*$|=")


@dataclass(frozen=True)
class PhraseMatcher:
    """Whole-line phrases in a set, prefixes indexed by first word, `contains` phrases and
    regexes compiled once: a line costs one normalisation and a few dictionary look-ups."""

    lines: Mapping[str, str]                                  # phrase -> family
    #: Whole-line phrases that are chrome only outside the article's prose (`Contact us`,
    #: `Careers`: a site's menu at the head or foot, a heading of the page's own text inside).
    edge_lines: Mapping[str, str]
    prefixes: Mapping[str, tuple[tuple[str, str], ...]]       # first word -> ((phrase, family), ...)
    contains: regex.Pattern[str] | None
    contains_family: tuple[str, ...]
    regexes: regex.Pattern[str] | None                      # one alternation, group per family
    regex_families: tuple[str, ...]
    families: tuple[str, ...]
    max_line_words: int
    #: First words of every line and prefix phrase: a line starting with another word can only
    #: match a regex or a `contains` phrase, so it skips the normalisation.
    first_words: frozenset[str]
    #: Words in the regex rows: a line whose first word is none of them (and starts with a
    #: letter) cannot match one, so the regexes are not tried.
    regex_words: frozenset[str]
    #: What each regex row's alternatives open with, as literal lower-case text ("" when an
    #: alternative opens with a class or a symbol), for the document scan.
    regex_openings: frozenset[str]
    #: The non-empty openings, for `str.startswith`.
    regex_prefixes: tuple[str, ...]
    #: The `contains` phrases as normalised text, for the substring gate.
    contains_phrases: tuple[str, ...]
    #: Every whole-line and prefix phrase as it opens a line (normalised, prefixes keeping their
    #: end punctuation), for the document scan.
    line_keys: frozenset[str]
    #: The whole-line phrases of COMPOUND_FAMILIES (at most COMPOUND_PHRASE_WORDS words) ...
    compound_lines: Mapping[str, str]
    #: ... and their `edge` phrases (`About`, `Careers`): a bar holding one is chrome only where
    #: an edge phrase is, outside the article's prose.
    compound_edges: Mapping[str, str]
    #: ... of which these are `button` phrases only: they count beside another phrase, not alone.
    compound_buttons: frozenset[str]

    def compound(self, norm: str) -> tuple[str, Mode] | None:
        """(family of the first phrase, LINE or EDGE) when the normalised line is two or more
        whole-line phrases of COMPOUND_FAMILIES one after the other (EDGE when one of them is
        an edge phrase), else None."""
        words = [w for w in _COMPOUND_SEPARATOR.split(norm) if w]
        n = len(words)
        if n < 2 or n > COMPOUND_MAX_WORDS:
            return None
        # parts[i]: (edge phrases used, phrases) of the best cover of words[:i] (None: no cover),
        # and the first phrase's family; fewer edge phrases first, then fewer phrases
        # and minus how many of its phrases are no mere button (negated so that the smallest tuple
        # wins; a bar needs one: `X Threads` is text)
        parts: list[tuple[int, int, int, str] | None] = [(0, 0, 0, "")] + [None] * n
        counter = self._counter if any(map(str.isdigit, words)) else _no_counter  # (most bars hold no count)
        for i in range(n):
            here = parts[i]
            if here is None:
                continue
            for j in range(i + 1, min(n, i + COMPOUND_PHRASE_WORDS) + 1):
                key = " ".join(words[i:j])
                family, edge = self.compound_lines.get(key) or counter(key), 0
                if family is None:
                    family, edge = self.compound_edges.get(key), 1
                if family is not None:
                    found = (here[0] + edge, here[1] + 1, here[2] - (key not in self.compound_buttons), here[3] or family)
                    if parts[j] is None or found[:3] < parts[j][:3]:  # type: ignore[index]
                        parts[j] = found
        whole = parts[n]
        if whole is None or whole[1] < 2 or whole[2] == 0:
            return self._gapped_compound(words)
        return whole[3], Mode.EDGE if whole[0] else Mode.LINE

    def _counter(self, key: str) -> str | None:
        """`comments` when the key is a comments phrase with its count among its words (a
        toolbar's `14 commentaires`, `Comments: 48`, `Alle 31 Kommentare anzeigen`), else None."""
        words = key.split(" ")
        rest = [word for word in words if not word.isdigit()]
        if len(rest) != len(words) - 1 or not rest:
            return None
        return "comments" if self.compound_lines.get(" ".join(rest)) == "comments" else None

    def _gapped_compound(self, words: list[str]) -> tuple[str, Mode] | None:
        """A bar of buttons with one entry the tables lack (`Partager sur Facebook Partager sur X
        Copier l'adresse de l'article Réagir`): one run of at most COMPOUND_GAP_WORDS unknown
        words among at least COMPOUND_GAP_MIN_PHRASES phrases that are no mere buttons. It counts
        as an `edge` phrase: chrome outside the article's prose only."""
        n = len(words)
        counter = self._counter if any(map(str.isdigit, words)) else _no_counter
        # best[g][i]: (phrases that are no buttons, phrases, family) of a cover of words[:i]
        # using g gaps (0 or 1), the most phrases first
        best: list[list[tuple[int, int, str] | None]] = [[(0, 0, "")] + [None] * n, [None] * (n + 1)]
        for i in range(n):
            for g in (0, 1):
                here = best[g][i]
                if here is None:
                    continue
                for j in range(i + 1, min(n, i + COMPOUND_PHRASE_WORDS) + 1):
                    key = " ".join(words[i:j])
                    family = self.compound_lines.get(key) or self.compound_edges.get(key) or counter(key)
                    if family is not None:
                        found = (here[0] + (key not in self.compound_buttons), here[1] + 1, here[2] or family)
                        if best[g][j] is None or found[:2] > best[g][j][:2]:  # type: ignore[index]
                            best[g][j] = found
                if g == 0:
                    for j in range(i + 1, min(n, i + COMPOUND_GAP_WORDS) + 1):
                        if best[1][j] is None or here[:2] > best[1][j][:2]:  # type: ignore[index]
                            best[1][j] = here
        whole = best[1][n]
        if whole is None or whole[0] < COMPOUND_GAP_MIN_PHRASES:
            return None
        return whole[2], Mode.EDGE

    def bar(self, norm: str) -> tuple[str, Mode] | None:
        """(family of the first known entry, EDGE) when the normalised line is a bar of entries
        between explicit separators, enough of them known phrases (see BAR_KNOWN_SHARE)."""
        entries = [entry.strip(EDGE_PUNCTUATION) for entry in _BAR_SEPARATOR.split(norm)]
        entries = [entry for entry in entries if entry]
        if len(entries) < BAR_MIN_ENTRIES:
            return None
        families = [self.lines.get(entry) or self.edge_lines.get(entry) or self.compound_lines.get(entry)
                    or self.compound_edges.get(entry) for entry in entries]
        if any(family is None and entry.count(" ") >= BAR_ENTRY_MAX_WORDS
               for entry, family in zip(entries, families)):
            return None
        known = [family for family in families if family is not None]
        if len(known) < BAR_MIN_KNOWN or len(known) < BAR_KNOWN_SHARE * len(entries):
            return None
        return known[0], Mode.EDGE

    def __post_init__(self) -> None:
        # The same line is asked about by several rules (phrases, menus, tail, classifier), and a
        # site's chrome lines recur across its documents: a bounded memo of this pure function
        # (its answer depends on the text alone, never on what was asked before), for lines
        # short enough that the memo stays small (MATCH_MEMO_SIZE × MATCH_MEMO_CHARS).
        object.__setattr__(self, "_memo", functools.lru_cache(maxsize=MATCH_MEMO_SIZE)(self._match))

    def match(self, text: str, contains: bool = True) -> tuple[str, Mode] | None:
        """(family, mode) of the strongest phrase in `text`, or None (see `_match`)."""
        if len(text) > MATCH_MEMO_CHARS:
            return self._match(text, contains)
        return self._memo(text, contains)  # type: ignore[attr-defined]

    def _match(self, text: str, contains: bool = True) -> tuple[str, Mode] | None:
        """(family, mode) of the strongest phrase in `text`, or None. `contains` phrases are
        looked for only when asked (they count only in the tail). A Markdown link or image
        counts as its text (`[Leave a Reply](#respond)` is `Leave a Reply`): extractors that
        write Markdown keep the link targets."""
        text = link_text(text)
        if text[:1] == "#":
            text = MARKDOWN_HEADING.sub("", text)  # (`### 14 comments`: the heading's text)
        elif text[:1] in "*_":
            text = MARKDOWN_LEAD_EMPHASIS.sub(r"\2", text, count=1)  # (`**Related:** …`: its words)
        head = strip_edges(text[:48], keep_end=True)[:40].split(None, 1)
        first = head[0].lower().rstrip(EDGE_PUNCTUATION).replace("\u2019", "'") if head else ""
        if first not in self.first_words and not first.isdigit():  # (a toolbar may open with a count: `12 commenti Condividi`)
            if _may_be_bar(text):
                found = self.bar(normalize_phrase(text))
                if found is not None:
                    return found
            # (a regex row's words are runs of letters: `today's` opens with `today`)
            may_regex = first.partition("'")[0] in self.regex_words or not first[:1].isalpha()
            return self._match_rest(text, None, contains) if may_regex or contains else None
        full = normalize_phrase(text, keep_end=True)
        if not full:
            return None
        norm = full.rstrip(EDGE_PUNCTUATION)
        if norm.count(" ") < self.max_line_words:
            family = self.lines.get(norm)
            if family is not None:
                return family, Mode.LINE
            family = self.edge_lines.get(norm)
            if family is not None:
                return family, Mode.EDGE
        first = full.split(" ", 1)[0]
        for phrase, family in self.prefixes.get(first, ()):
            if full.startswith(phrase) and (len(full) == len(phrase) or not full[len(phrase)].isalnum()
                                            or not phrase[-1].isalnum()):
                return family, Mode.PREFIX
        found = self.compound(norm) if not _CODE_MARKS.search(full) else None  # (`email: Email;` is code)
        if found is None and _may_be_bar(norm):
            found = self.bar(norm)
        if found is not None:
            return found
        return self._match_rest(text, norm, contains)

    def _may_match_regex(self, head: str) -> bool:
        """Cheap gate before the regex alternation: the line opens with a row's literal opening,
        or with a non-letter when some row opens with a class or symbol (`\\d+`, `©`)."""
        low = head[:48].lower()
        if low.startswith(self.regex_prefixes):
            return True
        return "" in self.regex_openings and not low[:1].isalpha()

    def _match_rest(self, text: str, norm: str | None, contains: bool) -> tuple[str, Mode] | None:
        if self.regexes is not None:
            head = _LIST_BULLET.sub("", text.lstrip(), count=1)
            m = self.regexes.match(head) if self._may_match_regex(head) else None
            if m:
                return self.regex_families[int(m.lastgroup[1:])], Mode.PREFIX  # type: ignore[index]
        if contains and self.contains is not None:
            if norm is None:
                norm = normalize_phrase(text)
            # Plain substring tests first: most lines hold none of the phrases, and a few `in`
            # tests cost far less than one search of the alternation (which checks word edges).
            m = self.contains.search(norm) if any(map(norm.__contains__, self.contains_phrases)) else None
            if m:
                return self.contains_family[int(m.lastgroup[1:])], Mode.CONTAINS  # type: ignore[index]
        return None


_QUANTIFIERS = "?*+{"
_LITERAL = frozenset("abcdefghijklmnopqrstuvwxyz0123456789 '’-")


def _top_level_split(pattern: str, sep: str = "|") -> list[str]:
    """`pattern` split at `sep` outside brackets, classes and escapes."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == sep and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def regex_openings(pattern: str) -> frozenset[str]:
    """The literal (lower-case) texts a match of a chrome regex row opens with, one per
    alternative: `(?:tags|filed under)\\s*:` -> {"tags", "filed under"}; after an optional group,
    what follows it too (`(?:please )?sign in` -> {"please", "sign in"}). An alternative that opens
    with anything but a literal letter (`\\d+`, `©`) gives "" (the scan keys those by their
    first character instead)."""
    out: set[str] = set()
    for alt in _top_level_split(pattern.lstrip("^")):
        if alt.startswith("(?:") or (alt.startswith("(") and not alt.startswith("(?")):
            body = alt[3:] if alt.startswith("(?:") else alt[1:]
            depth, end = 1, 0
            for end, ch in enumerate(body):  # the group's closing bracket (escapes skipped)
                if ch == "(" and (end == 0 or body[end - 1] != "\\"):
                    depth += 1
                elif ch == ")" and (end == 0 or body[end - 1] != "\\"):
                    depth -= 1
                    if depth == 0:
                        break
            out |= regex_openings(body[:end])
            rest = body[end + 1:]
            if rest[:1] in ("?", "*") or rest.startswith("{0"):  # an optional group: what follows opens too
                out |= regex_openings(rest[rest.index("}") + 1 if rest[0] == "{" else 1:].lstrip("?+"))
            continue
        lit = ""
        for i, ch in enumerate(alt.lower()):
            if ch not in _LITERAL and not ch.isalpha():  # `étiquettes`, `schlagwörter` too
                break
            if alt[i + 1:i + 2] and alt[i + 1] in _QUANTIFIERS:
                break  # `comments?`: the last letter is optional
            lit += ch
        out.add(lit.strip())
    return frozenset(out)


def _regex_words(patterns: list[str]) -> frozenset[str]:
    """Words in the regex rows, as a line's first word is compared with them: runs of letters
    (`catégories`, not `cat` + `gories`) and hyphenated words whole (`mots-clés`)."""
    out: set[str] = set()
    for pattern in patterns:
        low = pattern.lower()
        out.update(regex.findall(r"\p{L}+", low))
        out.update(regex.findall(r"\p{L}+(?:-\p{L}+)+", low))
    return frozenset(out)


def build_matcher(phrases: tuple[Phrase, ...]) -> PhraseMatcher:
    lines: dict[str, str] = {}
    edge_lines: dict[str, str] = {}
    prefixes: dict[str, list[tuple[str, str]]] = {}
    contains: list[str] = []
    contains_family: list[str] = []
    regexes: list[str] = []
    regex_families: list[str] = []
    openings: set[str] = set()
    contains_texts: list[str] = []
    buttons: dict[str, str] = {}
    for phrase in phrases:
        if phrase.mode is Mode.REGEX:
            openings |= regex_openings(phrase.text)
            regexes.append(f"(?P<r{len(regex_families)}>{phrase.text})")
            regex_families.append(phrase.family)
            continue
        norm = normalize_phrase(phrase.text)
        if not norm:
            continue
        if phrase.mode is Mode.BUTTON:
            buttons.setdefault(norm, phrase.family)
        elif phrase.mode is Mode.LINE:
            lines.setdefault(norm, phrase.family)
        elif phrase.mode is Mode.EDGE:
            edge_lines.setdefault(norm, phrase.family)
        elif phrase.mode is Mode.PREFIX:
            full = normalize_phrase(phrase.text, keep_end=True)
            prefixes.setdefault(full.split(" ", 1)[0], []).append((full, phrase.family))
        else:
            contains.append(rf"(?P<g{len(contains_family)}>\b{regex.escape(norm)}\b)")
            contains_texts.append(norm)
            contains_family.append(phrase.family)
    return PhraseMatcher(
        lines=MappingProxyType(lines),
        edge_lines=MappingProxyType({k: v for k, v in edge_lines.items() if k not in lines}),
        prefixes=MappingProxyType({k: tuple(sorted(v, key=lambda x: -len(x[0]))) for k, v in prefixes.items()}),
        contains=regex.compile("|".join(contains)) if contains else None,
        contains_family=tuple(contains_family),
        regexes=regex.compile("|".join(regexes), regex.I) if regexes else None,
        regex_families=tuple(regex_families),
        families=tuple(sorted({p.family for p in phrases})),
        max_line_words=max((k.count(" ") + 1 for k in [*lines, *edge_lines]), default=0),
        # (a bar may open with a button: `Salva Condividi`, `Bewaar voor later Delen`)
        line_keys=frozenset(lines) | frozenset(edge_lines) | frozenset(buttons)
        | frozenset(p for v in prefixes.values() for p, _ in v),
        regex_words=_regex_words(regexes),
        regex_openings=frozenset(openings),
        regex_prefixes=tuple(sorted(o for o in openings if o)),
        contains_phrases=tuple(contains_texts),
        compound_lines=MappingProxyType({k: v for k, v in [*buttons.items(), *lines.items()]
                                         if v in COMPOUND_FAMILIES and k.count(" ") < COMPOUND_PHRASE_WORDS}),
        compound_buttons=frozenset(k for k in buttons if k not in lines),
        compound_edges=MappingProxyType({k: v for k, v in edge_lines.items() if k not in lines
                                         and v in COMPOUND_FAMILIES and k.count(" ") < COMPOUND_PHRASE_WORDS}),
        # (keyed as `match` looks them up: a first word's closing punctuation aside, `oops!`)
        first_words=frozenset([k.split(" ", 1)[0].rstrip(EDGE_PUNCTUATION) for k in [*lines, *edge_lines, *prefixes, *buttons]]),
    )


def chrome_matcher_for(config: "Config") -> PhraseMatcher:
    """The phrase matcher of a configuration: packaged tables, the user's phrase file, minus the
    families switched off with ``skip={"chrome.family.<name>"}``."""
    families = frozenset(name.split(".", 2)[2] for name in config.skip if name.startswith("chrome.family."))
    return chrome_matcher(config.phrases_file, families)


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
def credit_lead_words() -> tuple[str, ...]:
    return tuple(_data_lines("credit_leads.txt"))


@functools.cache
def credit_keywords() -> frozenset[str]:
    """Every written form a credit may show: names (an all-capitals name also in title case)
    and lead words in lower, title and upper case."""
    out = set(credit_names())
    out.update(n.title() for n in credit_names() if n.isupper() and len(n) > 3)
    for word in credit_lead_words():
        out.update({word, word.title(), word.upper()})
    return frozenset(out)


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


# --------------------------------------------------------------------------------------------
# Mojibake signatures (UTF-8 read as a single-byte code page)
# --------------------------------------------------------------------------------------------

#: Characters that a UTF-8 lead byte becomes in Latin-1/cp1252 (Â Ã â … ô).
MOJIBAKE_LEADS = "".join(chr(c) for c in range(0xC2, 0xF5))
#: Characters that a UTF-8 continuation byte becomes: Latin-1 0x80-0xBF, and cp1252's letters
#: and punctuation at 0x80-0x9F (Œ Š ž ƒ ˆ ˜ – — ‘ ’ ‚ “ ” „ † ‡ • … ‰ ‹ › € ™).
MOJIBAKE_CONTINUATIONS = "".join(chr(c) for c in range(0x80, 0xC0)) + (
    "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018\u2019\u201a"
    "\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac\u2122")
#: A continuation byte lost on the way (`Ã\ufffd`): ftfy's replace_lossy_sequences folds the pair
#: into one U+FFFD, which the lost-letter rules can then restore.
MOJIBAKE_LOST_CONTINUATION = "\ufffd"
#: `à` is C3 A0; when the A0 (a non-breaking space) became a plain space, `Ã ` is left. ftfy's
#: restore_byte_a0 repairs it; Portuguese capitals (`IRMÃ E`) have an upper-case letter before.
MOJIBAKE_A_GRAVE = "\u00c3 "
#: C1 control characters: bytes 0x80-0x9F decoded as Latin-1.
C1_CONTROLS = "".join(chr(c) for c in range(0x80, 0xA0))
#: A terminal escape sequence opens with this.
TERMINAL_ESCAPE = "\x1b["


#: Mojibake through other legacy code pages than cp1252/Latin-1: UTF-8 decoded as
#: codec -> (the UTF-8 lead bytes whose characters open such mojibake in practice). A lead byte
#: decoded in the codec, then a continuation byte (0x80-0xBF) decoded in it, is the signature; the
#: leads are limited to the ranges real text loses this way, so ordinary text in those scripts
#: (Polish `ęł`, French `l’été`, box drawing) rarely looks like it:
#: - cp1251: Cyrillic (UTF-8 leads D0, D1: `РџСЂРёРІРµС‚` for Привет);
#: - cp1250: Latin-1 Supplement and Latin Extended-A (C2-C5: `BedĹ™ich` for Bedřich);
#: - mac_roman: Latin (C2-CF: `r√©gime` for régime);
#: - cp437: Latin (C2-CF, box drawing there: `caf├⌐` for café).
LEGACY_MOJIBAKE_LEADS: dict[str, bytes] = {
    "cp1251": bytes([0xD0, 0xD1]),
    "cp1250": bytes(range(0xC2, 0xC6)),
    "mac_roman": bytes([b for b in range(0xC2, 0xD0) if b != 0xCA]),  # CA: a no-break space
    "cp437": bytes(range(0xC2, 0xD0)),
}


#: Of those, the code pages whose lead characters are symbols that real text also pairs (box
#: drawing `─┤`, math `≈∆`): their signature counts only with an ASCII letter beside it, as in a
#: word (`caf├⌐`, `r√©gime`).
LEGACY_NEEDS_LETTER = frozenset({"mac_roman", "cp437"})


def legacy_mojibake_pairs() -> dict[str, tuple[str, str]]:
    """codec -> (lead characters, continuation characters) of LEGACY_MOJIBAKE_LEADS, decoded
    with Python's codecs (bytes a codec leaves undefined are skipped)."""
    out = {}
    for codec, leads in LEGACY_MOJIBAKE_LEADS.items():
        lead_chars = "".join(bytes([b]).decode(codec, "ignore") for b in leads)
        conts = "".join(bytes([b]).decode(codec, "ignore") for b in range(0x80, 0xC0))
        out[codec] = (lead_chars, conts)
    return out
