"""The title and head-zone metadata: headline, its repeats, section labels, bylines, read time.

Only the head zone (the lines before the first prose paragraph) is looked at. A headline is a
single line of a few words that does not end like a sentence; a first line that is a paragraph is
not a title. Repeats of the title in the head zone go with it. Section labels (`World`) before the
title and metadata lines (`3 minutes read time`, `By Jane Doe`, dates) move to `Result.meta`.
Datelines (`MEXICO CITY (AP) —`) start the body and stay.
"""

from __future__ import annotations

import functools
from enum import Enum

import regex

from ..config import Config, Group
from ..document import Document, Line
from ..engine import rule
from ..features import MARKDOWN_LINK_LINE, PAGE_TITLE_SEPARATOR, SENTENCE_INSIDE, is_prose, last_char, symbols_only
from ..result import Target
from ..scan import Lookout, lookout
from ..tables import _data_lines, _rows, chrome_matcher, heading_words
from .chrome import TRAILS, phrase_removal

G = Group.TITLE

#: The head zone is at most this many non-blank lines.
HEAD_LINES = 8
#: A headline has this many words ...
TITLE_MIN_WORDS = 3
TITLE_MAX_WORDS = 30
#: A two-word headline (`Vibe Coding`: two words, capitalised) is taken only with strong support:
#: its repeat, or a byline or read-time line right under it. A caption or a section label is no
#: proof for such a line (two-word subheadings stand over pictures and under labels too), nor is
#: a date alone: a name over a date is an author box (`Adam Hamilton` / `August 13, 2024`); a
#: label above and a date under it are.
SHORT_TITLE_WORDS = 2
SHORT_TITLE_META = frozenset({"byline", "read_time"})
#: ... and a section label at most this many, all before the headline.
LABEL_MAX_WORDS = 3
#: A title needs this many body lines after it (a lone line is not a headline of anything).
MIN_BODY_LINES_AFTER = 2
#: A prose line: this many words, ending like a sentence.
PROSE_MIN_WORDS = 12

#: A headline may hold this many sentence breaks: a question and its answer (`Have an App Idea?
#: Affordable Software …`, `… after the pandemic. The results? 'Sobering'`) ...
TITLE_MAX_SENTENCE_BREAKS = 2
#: ... of which at most this many after a period (`The council met again. Nothing was decided.
#: Members will vote …` is a paragraph; one that ends with a period never passes anyway), and
#: none after an exclamation mark (`Let us help you find your best fit! Find your school` is a
#: call to action).
TITLE_MAX_PERIOD_BREAKS = 1
#: A sentence break: an end mark after a lower-case word of three letters or more, then a capital
#: (`U.S. Manufacturers`, `vs. Insurance`, `J.D. Power`, `Inc.` are abbreviations, not breaks).
SENTENCE_BREAK = regex.compile(r"(?<=\p{Ll}{3})[.!?]\s+[\"'“‘(]?\p{Lu}")

#: A headline's last word may be an abbreviation with its period (`… Markets in the U.S.`,
#: `… Services, Inc.`): dotted capitals or a company / name suffix.
ABBREVIATION_END = regex.compile(r"(?:(?<![\p{L}.])(?:\p{Lu}\.){2,}|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|Bros)\.)\s*$")

#: A line hard-wrapped out of a paragraph has at least this many words.
WRAPPED_MIN_WORDS = 6
#: A headline or label does not end with these.
CLAUSE_END_CHARS = frozenset(".:;,")
#: A headline ending with one of these ends like a sentence (narrower than the features module's
#: SENTENCE_END_CHARS: `… (and How It Works)` or `… "Sobering"` is a headline's end).
END_MARKS = frozenset(".!?")


@functools.cache
def _meta_patterns() -> tuple[tuple[str, regex.Pattern[str]], ...]:
    return tuple((row[0], regex.compile(row[1], regex.I)) for row in _rows(_data_lines("meta.tsv")))


#: A metadata line is short (a byline, a date, a read time).
META_MAX_WORDS = 16


@functools.cache
def _meta_gate() -> regex.Pattern[str]:
    """All rows in one alternation: one call rules out the many lines that match none (the rows
    hold no back-references, so wrapping them changes nothing)."""
    return regex.compile("|".join(f"(?:{p.pattern})" for _, p in _meta_patterns()), regex.I)


#: A list bullet before a metadata line (`- 11 min read`, `• March 3, 2024`).
_BULLET = regex.compile(r"[-•·*|]\s+")


#: What joins the parts of a compound metadata line (`By Jane Doe · March 3, 2024 · 5 min read`).
META_SEPARATOR = regex.compile(r"\s+[|·•—–]\s+|\s*\|\s*")
#: A compound metadata line has at most this many parts.
META_MAX_PARTS = 4


def _meta(text: str) -> tuple[str, str] | None:
    """(key, value) of a metadata line (a compound one: of its first part), or None."""
    parts = _meta_parts(text)
    return parts[0] if parts else None


def _meta_parts(text: str) -> list[tuple[str, str]]:
    """The (key, value) pairs of a metadata line: one for a byline, date or read time, several
    for a compound line whose every part is one (`By Jane Doe | 3 min read`); none otherwise."""
    bullet = _BULLET.match(text)
    if bullet:
        text = text[bullet.end():]
    found = _meta_one(text)
    if found is not None:
        return [found]
    if not any(sep in text for sep in "|·•—–"):
        return _run_together_parts(text)
    parts = [part.strip() for part in META_SEPARATOR.split(text)]
    pairs = [_meta_one(part) for part in parts] if 2 <= len(parts) <= META_MAX_PARTS else []
    if pairs and all(pairs):
        return pairs  # type: ignore[return-value]
    return _run_together_parts(text)  # (`(modifica il 12 marzo | 09:41)`: a bar inside an aside)


#: A parenthesis inside a metadata line (`Par Jane Doe (Lorient, correspondante)`, `(modifica il
#: 12 marzo | 09:41)`): an aside, left out when the line's parts are read.
_META_ASIDE = regex.compile(r"\s*\([^()]{0,80}\)")
#: A date opening a part without a lead word (`di Jane Doe 12 marzo 2025`).
_META_DATE_START = regex.compile(r"(?<=\s)(?=\d{1,2}\.?\s+\p{L}{3,}\.?\s+\d{4}\b)")


@functools.cache
def _meta_leads() -> regex.Pattern[str]:
    """Where a part of a run-together metadata line starts (`data/meta_leads.txt`)."""
    leads = sorted(_data_lines("meta_leads.txt"), key=len, reverse=True)
    return regex.compile(r"(?<=\s)(?:%s)\b" % "|".join(map(regex.escape, leads)), regex.I)


#: A metadata line may end in a button or link of the site's of at most this many words (`Partager`,
#: `Zu den Kommentaren: 37 Kommentare`), which the chrome tables know as a line of its own.
META_TRAILING_CHROME_WORDS = 6


def _run_together_parts(text: str) -> list[tuple[str, str]]:
    """The (key, value) pairs of a metadata line whose parts run together without separators
    (`Par Jane Doe (Lorient) Publié le 12 mars 2025 à 06h30 Lecture 4 min. Partager`): cut where
    a lead word (`data/meta_leads.txt`) or a date starts, asides left out, a share button at the
    end dropped (META_TRAILING_CHROME_WORDS); every part must be a metadata line of its own."""
    core = _META_ASIDE.sub("", text)
    words = core.split()
    trailing = False  # a link of the site's cut from the end: one part is then a line of its own
    for k in range(min(META_TRAILING_CHROME_WORDS, len(words) - 1), 0, -1):
        # (a whole link or button: phrases the tables find inside a line count in the tail only)
        if chrome_matcher().match(" ".join(words[-k:]), contains=False) is not None:
            core = " ".join(words[:-k])  # (a trailing `Partager`, `Zu den Kommentaren: 37 Kommentare`)
            trailing = True
            break
    cuts = sorted({0, *(m.start() for m in _meta_leads().finditer(core)),
                   *(m.start() for m in _META_DATE_START.finditer(core))})
    pieces = [core[a:b].strip(" ,;") for a, b in zip(cuts, cuts[1:] + [len(core)])]
    # A piece that is no metadata of its own belongs to a neighbour: a lead before its date
    # (`Publié le` / `12 mars 2025`), an update after its date (`…, modifié à 09h12`).
    parts: list[str] = []
    for piece in (piece for piece in pieces if piece):
        if parts and _meta_one(piece) is None and _meta_one(f"{parts[-1]} {piece}") is not None:
            parts[-1] = f"{parts[-1]} {piece}"
        elif parts and _meta_one(parts[-1]) is None:
            parts[-1] = f"{parts[-1]} {piece}"
        else:
            parts.append(piece)
    if not (1 if trailing else 2) <= len(parts) <= META_MAX_PARTS + 1:
        return []
    pairs = [_meta_one(part) for part in parts]
    if len(pairs) == 1 and (pairs[0] is None or pairs[0][0] != "byline"):
        return []  # (one part before a link is a byline: `8-minute read Continue Reading` is a teaser's)
    return [pair for pair in pairs if pair is not None] if all(pairs) else []


#: A sentence that goes on after a period (`1721. This book contains`); `3. März 2024` does not.
_SENTENCE_GOES_ON = regex.compile(r"[.!?]\s+\p{Lu}\p{Ll}*\s+\p{Ll}{2,}")


def _meta_one(text: str) -> tuple[str, str] | None:
    if not text or text.count(" ") >= META_MAX_WORDS or _meta_gate().fullmatch(text) is None:
        return None
    for key, pattern in _meta_patterns():
        m = pattern.fullmatch(text)
        if m:
            value = (next((g for g in m.groups() if g), None) if m.groups() else None) or text
            if key == "date" and (not any(ch.isdigit() for ch in value) or _SENTENCE_GOES_ON.search(value)):
                continue  # (`published in 1721. This book contains`: a sentence, no date line)
            return key, value.strip()
    return None


def _meta_line(doc: Document, line: Line) -> tuple[str, str] | None:
    """`_meta` of a line that is a line of its own (see `_meta_line_parts`)."""
    parts = _meta_line_parts(doc, line)
    return parts[0] if parts else None


def _meta_line_parts(doc: Document, line: Line) -> list[tuple[str, str]]:
    """`_meta_parts` of a line that is a line of its own: `by a go.mod file that tracks …`
    hard-wrapped into the next line is a paragraph, not a byline. A compound line counts only
    when it is the head zone's one compound line: a listing repeats `Mar 06, 2026 | 4 min read`
    under each of its teasers, an article has one such line under its headline."""
    parts = _meta_parts(line.info.text)
    if not parts or _wrapped(doc, line) or (len(parts) > 1 and _compound_meta_lines(doc) > 1):
        return []
    return parts


def _compound_meta_lines(doc: Document) -> int:
    """How many lines of the head zone (as it stood when first asked) are compound metadata
    lines; worked out once per document."""
    key = "title.compound_meta_lines"
    if key not in doc.memo:
        doc.memo[key] = sum(len(_meta_parts(line.info.text)) > 1 for line in _head(doc, doc.current_texts()))
    return doc.memo[key]  # type: ignore[return-value]


#: A word, for `_norm`; compiled once (`regex.findall` with a pattern string looks it up in the
#: module's cache on every call, which cost more than the search on these short lines).
_WORD = regex.compile(r"\w+")
#: The separators of a breadcrumb: a section label's (`News › World`, `_label`) and a trail's steps
#: (`Home » Blog » Title`, `_breadcrumb_above`).
_LABEL_SEPARATOR = regex.compile(r"\s*(?:[›»>/|→]|::)\s*")


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _is_prose(text: str) -> bool:
    return is_prose(text, PROSE_MIN_WORDS)


def _headline(text: str) -> bool:
    words = text.split()
    if not TITLE_MIN_WORDS <= len(words) <= TITLE_MAX_WORDS:
        return False
    if last_char(text) in CLAUSE_END_CHARS and not ABBREVIATION_END.search(text):
        return False
    if sum(any(ch.isalpha() for ch in w) for w in words) < TITLE_MIN_WORDS:
        return False  # a headline is made of words, not numbers and symbols
    # Several sentences are a paragraph, not a headline.
    breaks = SENTENCE_BREAK.findall(text)
    return len(breaks) <= TITLE_MAX_SENTENCE_BREAKS and \
        sum(b[0] == "." for b in breaks) <= TITLE_MAX_PERIOD_BREAKS and not any(b[0] == "!" for b in breaks)


def _short_headline(text: str) -> bool:
    """Two capitalised words and nothing else (`Vibe Coding`, `Mission accomplished!`)."""
    words = text.rstrip("!?").split()
    return len(words) == SHORT_TITLE_WORDS and words[0][:1].isupper() and \
        all(w.replace("-", "").replace("’", "").replace("'", "").isalpha() for w in words)


def _label(text: str) -> bool:
    """A known section name (data: headings.tsv, family `section`), as sites print it above
    the headline: `World`, `Politics`, `News › World`."""
    parts = [p.strip() for p in _LABEL_SEPARATOR.split(text.lower().rstrip(":")) if p.strip()]
    return bool(parts) and all(p in heading_words("section") for p in parts)


def _head(doc: Document, texts: list[str], headline_shaped: bool = False) -> list[Line]:
    """The head zone: the first body lines, up to the first prose line (at most HEAD_LINES).
    With `headline_shaped`, one long headline ending like a sentence (`… (and How It Works)`,
    `… and How Will They Impact Care?`) and its repeats do not end the zone: the headline rule
    judges it (a paragraph ends with a period, which no headline does). `texts` are
    `doc.current_texts()`: the removed, blank and symbol lines it skips are judged on them,
    without building a Line for each."""
    head: list[Line] = []
    admitted: str | None = None  # the long headline let in (its repeats are let in too)
    removed = doc.removed_indices
    for i, text in enumerate(texts):
        if i in removed or symbols_only(text):
            continue  # blank, or symbols (chrome the symbols rule removes later)
        if len(head) == HEAD_LINES:
            break
        line = doc.lines[i]
        if line.info.prose:
            if _over_credit(doc, line, texts) and SENTENCE_INSIDE.search(line.info.text) is None:
                continue  # a photo's caption over its credit line: the head goes on below it
                # (a paragraph of several sentences is the body's, credit under it or not)
            if not headline_shaped or not _headline(line.info.text) or \
                    admitted not in (None, _norm(line.text)):
                break
            admitted = _norm(line.text)
        head.append(line)
    return head


def _blank(text: str) -> bool:
    return not text or text.isspace()


def _over_credit(doc: Document, line: Line, texts: list[str]) -> bool:
    """The next non-blank line is a credit line the captions rule took (`Photo: Jane Doe`):
    this one, a sentence over it, is the photo's caption even where it does not stand apart.
    (Only a removed line is built: a Line is needed for its removal.)"""
    removed = doc.removed_indices
    for i in range(line.index + 1, len(texts)):
        if i not in removed:
            if _blank(texts[i]):
                continue
            return False
        op = doc.lines[i].removed
        return op is not None and op.target is Target.CAPTION and op.evidence == "credit line"
    return False


def _has_body_after(doc: Document, line: Line, n: int, texts: list[str]) -> bool:
    """At least `n` alive non-blank lines follow `line` (counted on `texts`, building no Line)."""
    found = 0
    removed = doc.removed_indices
    for i in range(line.index + 1, len(texts)):
        if i not in removed and not _blank(texts[i]):
            found += 1
            if found >= n:
                return True
    return False


def _wrapped(doc: Document, line: Line) -> bool:
    """The line goes on in the next one (no blank line between, and it opens with a lower-case
    word that is not itself a metadata line): `… nearly lost all their data to a` / `joint NAS
    and …` is one sentence, not a headline. (`by jane doe`, `iPhone 16 …` under a title are no
    continuation, nor is `in Festivals & Events` under `by Natalia Keogan`: a hard-wrapped line
    is long.)"""
    if line.index + 1 >= len(doc.lines) or line.info.words < WRAPPED_MIN_WORDS:
        return False
    nxt = doc.lines[line.index + 1]
    if not nxt.alive:
        return False
    first = nxt.text.split(None, 1)[:1]
    if not first or not first[0][:1].isalpha() or not first[0].islower():
        return False
    return _meta(nxt.info.text) is None


def _strong_meta_under(doc: Document, line: Line, labels: list[Line]) -> bool:
    """The next non-blank line is a byline or a read-time line (SHORT_TITLE_META), or any
    metadata line when a section label stands above (`Science` / `Book Reviews` / a date)."""
    for nxt in doc.lines.from_index(line.index + 1):
        if nxt.removed is not None or not nxt.info.words:
            continue
        found = _meta_line(doc, nxt)
        return found is not None and (found[0] in SHORT_TITLE_META or bool(labels))
    return False


class Support(str, Enum):
    """Evidence that a headline-shaped first line is the title and not the body's first line."""

    REPEAT = "repeat"            # the same line again in the head zone
    APPARATUS = "apparatus"      # a caption, byline, date or read-time line right under it
    LABEL_ABOVE = "label above"  # a known section label (`World`) above it
    MARKUP = "markup"            # a Markdown level-one heading (`# Title`): the page's own H1
    BREADCRUMB = "breadcrumb"    # a breadcrumb trail above it ends with it (`Home » Blog » Title`)


#: A Markdown level-one heading (`# Title`, `# Title #`): Markdown output marks the page's H1 so.
MARKDOWN_H1 = regex.compile(r"#[ \t]+(\S.*?)(?:[ \t]+#+)?[ \t]*")


def _support(doc: Document, head: list[Line], title_line: Line, labels: list[Line], texts: list[str],
             strict: bool = False) -> Support | None:
    """What shows a headline-shaped line is the title. `strict` (a line that is also prose-
    shaped, or holds a period break): a caption under it is not enough, only a repeat, a
    byline/date/read-time line or a section label."""
    key = _norm(title_line.text)
    if any(_norm(line.text) == key for line in head if line.index > title_line.index):
        return Support.REPEAT
    # What stands right under the title: removed lines (captions, chrome) and head lines.
    caption_judged = False  # a caption sentence was passed over: its credit line is no proof either
    for line in doc.lines.from_index(title_line.index + 1):
        if line.removed is not None:
            if line.removed.target is Target.META or (line.removed.target is Target.CAPTION and not strict
                                                      and not caption_judged):
                return Support.APPARATUS
            continue
        if not line.info.words:
            continue
        if _meta_line(doc, line) is not None:
            return Support.APPARATUS
        if _over_credit(doc, line, texts):
            # A caption sentence over its credit line, in one block with the line above: proof
            # for a headline with no end mark; a line ending like a sentence (`… the!`) may be
            # the first line of that block, so what stands under the caption must decide.
            if not strict and last_char(title_line.info.text) not in END_MARKS:
                return Support.APPARATUS
            caption_judged = True
            continue
        break
    if labels and not any(_meta(line.info.text) for line in labels):
        return Support.LABEL_ABOVE
    if _breadcrumb_above(doc, title_line, key):
        return Support.BREADCRUMB
    return None


def _breadcrumb_above(doc: Document, title_line: Line, key: str) -> bool:
    """A navigation line chrome.phrases took above the title (a breadcrumb trail) whose last
    step is the title: the site names its own page so."""
    for line in doc.lines.from_index(0):
        if line.index >= title_line.index:
            return False
        if phrase_removal(line) in TRAILS:
            steps = _LABEL_SEPARATOR.split(line.removed.text.strip())  # type: ignore[union-attr]
            if len(steps) >= 2 and _norm(steps[-1]) == key:
                return True
    return False


#: A <title> line opens with a letter, a digit or one of these.
OPENING_QUOTES = frozenset("\"'“‘«„¿¡([")
#: A <title> whose later part has more than this many times the words of its first part puts the
#: site's name first (`Site - A much longer headline …`): its first part is no headline.
SITE_FIRST_RATIO = 2
#: A <title> line has at most this many words (a headline and the site's name, a section's too).
PAGE_TITLE_MAX_WORDS = 40
#: A full-page dump repeats its headline (the page's H1) at most this many non-blank lines after
#: the <title> line it starts with: menus, a logo and a breadcrumb may stand between them.
PAGE_TITLE_SEARCH_LINES = 250
#: A headline may add this many words to the <title>'s first part when that part has at least
#: PREFIX_KEY_MIN_WORDS words (fewer words say too little to tell a headline from a section's name).
HEADLINE_EXTRA_WORDS = 3
PREFIX_KEY_MIN_WORDS = 5
#: doc.memo key: the index of the headline title.page_title found below a dump's menus (the
#: classifier's head zone reaches down to it).
HEADLINE_AT = "title.page_title.headline"


def _page_title_keys(text: str) -> list[str]:
    """What a repeat of a <title> line may read, best first: the whole line, then its first part
    (`Headline | Site`). Not the last part: on the dev set's dumps, a `Site – Headline` order was
    rarer than a headline not printed as it stands in the <title> while the site's name is (its
    logo), which a last-part key would take for the headline. A part of fewer than
    TITLE_MIN_WORDS words is no key either: `Book Reviews – The Writing Center`."""
    parts = [part for part in PAGE_TITLE_SEPARATOR.split(text) if part and not part.isspace()]
    if len(parts) < 2:
        return []
    keys = [text, parts[0]]
    out: list[str] = []
    for key in keys:
        norm = _norm(key)
        if len(norm.split()) >= TITLE_MIN_WORDS and norm not in out:
            out.append(norm)
    return out


def _extended_key(norm: str, keys: list[str]) -> str | None:
    """The key that `norm` extends by at most HEADLINE_EXTRA_WORDS words, when the key has
    PREFIX_KEY_MIN_WORDS words: a <title> cut short for search results (`2025 Software
    Development Price Guide & Hourly Rate | Blog` over the H1 `… Hourly Rate Comparison`)."""
    for key in keys:
        if norm.startswith(key + " ") and key.count(" ") + 1 >= PREFIX_KEY_MIN_WORDS \
                and norm.count(" ") - key.count(" ") <= HEADLINE_EXTRA_WORDS:
            return key
    return None


@rule("title.page_title", G, "full-page dumps: a first line repeated as the headline below menus is the page's <title>")
def page_title(doc: Document, config: Config) -> None:
    """A full-page dump (html_text, inscriptis, a WET record) starts with the page's <title>
    (`Go ahead, self-host Postgres | Pierce Freeman`) and prints the headline again as the H1,
    often after a menu longer than the head zone. When the first line joins parts with a
    separator and a later line, headline-shaped, reads as the whole first line or as its first
    part, the first line is the <title>: both move to the title, the headline being the title.
    A first line without a separator counts when its repeat stands below a dump's menus
    (`_menus_between`): a <title> may carry no site's name.
    Only lines equal to the title are moved, so a wrong match costs a repeated headline at most;
    a repeat that is a paragraph (prose ending with a period: a post whose <title> is its one
    sentence) is never taken."""
    texts = doc.current_texts()
    removed = doc.removed_indices
    first = next((i for i, text in enumerate(texts) if text.strip()), None)
    if first is None or first in removed:
        return  # (the <title> is the very first line of a dump)
    first_line = doc.lines[first]
    text = first_line.info.text
    if first_line.info.prose or not TITLE_MIN_WORDS <= first_line.info.words <= PAGE_TITLE_MAX_WORDS \
            or not (text[0].isalnum() or text[0] in OPENING_QUOTES) or _meta(text) is not None:
        return  # (a table row `| A | B |`, a byline, a paragraph)
    keys = _page_title_keys(text)
    whole_only = len(keys) < 2
    if whole_only:
        keys = [_norm(text)]
    others = {_norm(part) for part in PAGE_TITLE_SEPARATOR.split(text)} - {"", *keys}
    lead_words = {key.split(None, 1)[0] for key in keys}
    repeats: dict[str, int] = {}  # key -> index of its first repeat
    seen = 0
    for i in range(first + 1, len(texts)):
        candidate = texts[i]
        if i in removed or not candidate.strip():
            continue
        seen += 1
        if seen > PAGE_TITLE_SEARCH_LINES:
            break
        lowered = candidate.lower()
        if not any(word in lowered for word in lead_words):
            continue  # (most lines: no repeat can start in them)
        norm = _norm(candidate)
        key = norm if norm in keys else _extended_key(norm, keys)
        if key is not None and key not in repeats:
            repeats[key] = i
    key = next((key for key in keys if key in repeats), None)
    if key is None:
        return
    if key != keys[0] and any(len(part.split()) > SITE_FIRST_RATIO * len(key.split()) for part in others):
        return  # `The Objective Dad - How I Built Robust Local DNS …`: the site's name first, its
        # logo repeating it (the headline is the far longer part)
    line = doc.lines[repeats[key]]
    if whole_only and not _menus_between(first, line.index, texts):
        return  # no site's name beside the headline: a good extractor's output opens with its
        # headline, which title.headline judges (a repeat far below may be the body's own
        # subheading, after a table of contents)
    headline = line.info.text
    if not _headline(headline) or (line.info.prose and last_char(headline) == ".") or _meta(headline) is not None \
            or not _has_body_after(doc, line, MIN_BODY_LINES_AFTER, texts):
        return
    first_line.remove("title.page_title", G, Target.TITLE, evidence="page title")
    line.remove("title.page_title", G, Target.TITLE, evidence="headline (page title repeat)")
    doc.fields.title = headline
    doc.memo[HEADLINE_AT] = line.index
    _drop_site_lines(doc, first_line, line, key, texts)


#: A <title> line without the site's name (`Top Mental Health Tips for 2025`) is known by its
#: repeat as the headline only below a dump's menus: at least WHOLE_TITLE_MIN_ENTRIES lines
#: stand between them that are no prose and end no sentence (menu entries, labels, dates), and
#: they outnumber the other lines there WHOLE_TITLE_ENTRY_RATIO times over (an article with its
#: subheadings, or a summary box of questions and answers, between a headline and its repeat is
#: mostly sentences).
WHOLE_TITLE_MIN_ENTRIES = 8
WHOLE_TITLE_ENTRY_RATIO = 2


def _menus_between(first: int, repeat: int, texts: list[str]) -> bool:
    """Whether the lines between a <title> line and its repeat read as a dump's menus
    (WHOLE_TITLE_MIN_ENTRIES)."""
    entries = other = 0
    for i in range(first + 1, repeat):
        text = texts[i].strip()
        if not text:
            continue
        if is_prose(text) or last_char(text) in END_MARKS:
            other += 1
        else:
            entries += 1
    return entries >= WHOLE_TITLE_MIN_ENTRIES and entries >= WHOLE_TITLE_ENTRY_RATIO * other


def _drop_site_lines(doc: Document, first_line: Line, headline_line: Line, key: str, texts: list[str]) -> None:
    """Above the headline, a line that is the <title>'s other part (the site's name as its logo
    prints it), and, above or just under it, a breadcrumb trail ending with the headline (`The
    Nutrition Source > Healthy Eating Plate`) are the site's, not the article's."""
    parts = [part for part in PAGE_TITLE_SEPARATOR.split(first_line.info.text) if part and not part.isspace()]
    site = {_norm(part) for part in parts} - {key, ""}
    removed = doc.removed_indices
    below = 0  # non-blank lines seen under the headline (a breadcrumb may stand there too)
    for i in range(first_line.index + 1, len(texts)):
        text = texts[i]
        if i in removed or not text.strip():
            continue
        if i > headline_line.index:
            below += 1
            if below > HEAD_LINES:
                break
        norm = _norm(text)
        if norm in site and i < headline_line.index:
            doc.lines[i].remove("title.page_title", G, evidence="site name (page title)")
            continue
        steps = [step for step in _LABEL_SEPARATOR.split(text.strip()) if step]
        if len(steps) >= 2 and _norm(steps[-1]) == key and all(
                len(step.split()) <= LABEL_MAX_WORDS * 2 for step in steps[:-1]):
            doc.lines[i].remove("title.page_title", G, evidence="breadcrumb (page title)")


@rule("title.headline", G, "move the title line and its repeats in the head zone to Result.title")
def headline(doc: Document, config: Config) -> None:
    """A headline-shaped first line is the title only with support (a repeat, a caption or byline
    under it, chrome or a section label above it): a lone first line may be the body's own
    first subheading, and taking it would cut the article."""
    if doc.fields.title is not None:
        return  # title.page_title found it
    texts = doc.current_texts()
    head = _head(doc, texts, headline_shaped=True)
    if not head:
        return
    # Candidate: the first head line that reads as a headline; labels and metadata may precede it.
    labels: list[Line] = []
    title_line: Line | None = None
    short = False  # a two-word candidate: it needs strong support
    for line in head:
        text = line.info.text
        if "](" in text and MARKDOWN_LINK_LINE.match(text):
            continue  # a Markdown menu's entry (`* [News](/news)`): chrome.menus takes it later
        h1 = MARKDOWN_H1.fullmatch(text) if text.startswith("#") else None
        if h1 is not None and TITLE_MIN_WORDS - 1 <= len(h1.group(1).split()) <= TITLE_MAX_WORDS:
            if _has_body_after(doc, line, MIN_BODY_LINES_AFTER, texts):
                _take_title(doc, head, line, h1.group(1), labels, Support.MARKUP)
            return
        short = _short_headline(text) and not _label(text)
        if (_headline(text) or short) and _meta(text) is None:
            if _wrapped(doc, line):
                return  # a paragraph's first line, hard-wrapped: the body starts here
            title_line = line
            break
        if _label(text) or _meta_line(doc, line) is not None:
            labels.append(line)
            continue
        return  # something else (a caption, a subheading with punctuation): not a clear head
    if title_line is None or not _has_body_after(doc, title_line, MIN_BODY_LINES_AFTER, texts):
        return
    # A long or two-sentence headline needs more than a caption under it: a short paragraph
    # (`Prices rose. Nobody knows why!`) may stand over a picture too.
    breaks = SENTENCE_BREAK.findall(title_line.info.text)
    period_break = any(b[0] == "." for b in breaks)
    if title_line.info.prose and period_break:
        return  # two sentences of prose are a paragraph, even repeated (`… the. The …!`)
    # (two sentences that both end with a mark, `… the? Item …!`, are a short paragraph too: a
    # headline's question is followed by words without one, `Why now? Experts weigh in`)
    strict = title_line.info.prose or period_break or bool(breaks) and last_char(title_line.info.text) in END_MARKS
    support = _support(doc, head, title_line, labels, texts, strict=strict)
    if short and support is not Support.REPEAT and not _strong_meta_under(doc, title_line, labels):
        support = None
    if support is None:
        doc.count("title.headline.unsupported")
        return
    _take_title(doc, head, title_line, title_line.info.text, labels, support)


def _take_title(doc: Document, head: list[Line], title_line: Line, title: str, labels: list[Line],
                support: Support) -> None:
    """Move the title line (its text `title`), the section labels above it and its repeats."""
    key = _norm(title)
    title_line.remove("title.headline", G, Target.TITLE, evidence=f"headline ({support.value})")
    doc.fields.title = title
    for line in labels:
        if _meta(line.info.text) is None:
            line.remove("title.headline", G, Target.META, evidence="section label")
            doc.fields.meta.setdefault("section", line.info.text)
    for line in head:
        if line.alive and line.index > title_line.index and _norm(line.text) == key:
            line.remove("title.headline", G, Target.TITLE, evidence="duplicate title")


def _read_time_line(doc: Document, head: list[Line]) -> Line | None:
    """A read time outside the head zone: a full-page text's menus keep the article's `7 min
    read` line far below the text's first lines (chrome.menus and the classifier judge them after
    this rule). Found by the `read_time` words of `data/lookout_words.tsv`; taken when it is the
    text's only such line (a listing prints one under every teaser) and the line is metadata and
    nothing else."""
    hits = lookout(doc, Lookout.READ_TIME)
    if not hits:
        return None
    taken = {line.index for line in head}
    found = [line for line in doc.lines_at(hits)
             if line.alive and line.index not in taken and line.info.words <= META_READ_TIME_MAX_WORDS
             and any(key == "read_time" for key, _ in _meta_parts(line.info.text))]
    return found[0] if len(found) == 1 else None


#: A read-time line found outside the head zone has at most this many words (`March 3, 2026 ·
#: 6 min read`, `Von Sabine Kötter 12.03.2026, 17:45 Uhr Lesezeit: 4 Minuten`).
META_READ_TIME_MAX_WORDS = 14


@rule("title.meta", G, "move read-time, byline and date lines of the head zone to Result.meta")
def meta(doc: Document, config: Config) -> None:
    head = _head(doc, doc.current_texts())
    for line in head:
        _take_meta(doc, line, _meta_line_parts(doc, line))
    line = _read_time_line(doc, head)
    if line is not None and not _wrapped(doc, line):
        _take_meta(doc, line, _meta_parts(line.info.text))


def _take_meta(doc: Document, line: Line, parts: list[tuple[str, str]]) -> None:
    """Move a metadata line to Result.meta, its parts as keys (the first of a key wins)."""
    if not parts:
        return
    line.remove("title.meta", G, Target.META, evidence="+".join(key for key, _ in parts))
    for key, value in parts:
        doc.fields.meta.setdefault(key, value)
