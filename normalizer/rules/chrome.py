"""Site chrome: lines that belong to the site, not the article.

jusText's two passes, on plain-text lines. Pass one classifies each line from its own evidence:
phrase tables (`data/chrome/*.tsv`, one family per kind of chrome) and shape (words, terminal
punctuation, symbols). Pass two revises by position and neighbours: the tail after the article's
last prose line, tail markers (`Related Articles`, `Leave a Reply`) that make the short lines after
them chrome, a dangling lead-in (`For more information:`) left at the very end.

Precision over recall: a line of prose (several words ending in sentence punctuation) is never
removed for its shape alone, and a phrase inside a long line counts only in the tail. A paragraph
of several sentences goes only in the tail, or, when it opens with a disclosure, copyright, cookie
or site-notice phrase, before the article's first prose line (`This article contains affiliate
links …`, `JavaScript is disabled. For a better experience …`).
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import Iterable, Iterator, NamedTuple

import ahocorasick

from ..config import Config, Group
from ..corpus import line_key
from ..document import Document, Line
from ..engine import rule
from ..features import (CLOSING_MARKS, CODE_FENCE, MARKDOWN_LINK, MARKDOWN_LINK_LINE, PROSE_MIN_WORDS, SENTENCE_END_CHARS,
                        SENTENCE_INSIDE, LineInfo, ends_sentence, find_all, link_text, opening_title, symbols_only,
                        wrapped_prose)
from ..result import Target
from ..scan import Lookout, keywords, lookout, lookout_words, scan
from ..tables import (EDGE_PUNCTUATION, MARKDOWN_HEADING, Mode, PhraseMatcher, chrome_matcher_for, data_alternation, data_kinds,
                      data_lines, data_patterns, normalize_phrase, stem_pattern, strip_edges)

G = Group.CHROME

#: Whole-line and prefix phrases count on lines up to this long (longer lines are content).
MAX_PHRASE_LINE_WORDS = 30
#: A `contains` phrase counts on lines up to this long, and only in the tail.
MAX_CONTAINS_LINE_WORDS = 45
#: After a tail marker, lines shorter than this are chrome (link lists, headlines, bylines).
TAIL_SHORT_WORDS = 16
#: A dangling lead-in at the end is at most this long.
MAX_LEAD_IN_WORDS = 10

#: Families whose prefix phrases count even on a prose-shaped line: a copyright notice, an
#: affiliate disclosure or a comment form's line (`Save my name, email, and website in this browser
#: for the next time I comment.`) is a sentence, but never the article's.
PROSE_PREFIX_FAMILIES = frozenset({"copyright", "disclosure", "comments"})
#: Families whose prefix phrases count on a prose-shaped line of one sentence that holds a word of
#: `data/chrome/delivery_cues.txt` (`Sign up for our newsletter to stay on top of the latest
#: trends.`, `Get the latest safety tips delivered to your inbox!`): a sign-up call is written as a
#: sentence, and is never the article's; the cue keeps advice that opens alike (`Stay up to date
#: with your vaccinations.`). A line that opens with a sign-up verb and its purpose needs no cue
#: (`Subscribe to keep up with Calgary …`: data/chrome/signup_leads.txt).
CUED_PROSE_PREFIX_FAMILIES = frozenset({"subscribe"})
#: Families whose prefix phrases count on a prose-shaped line that ends like a headline (a quote,
#: a bracket or a question mark, not a statement's period) and holds one sentence: `Lees ook
#: Verzilting rukt op in de delta: ‘Het gaat sneller dan gedacht’` is a link to another story.
HEADLINE_PREFIX_FAMILIES = frozenset({"injected"})
#: A statement ends with one of these (a headline does not).
STATEMENT_END_CHARS = frozenset(".!…;:")
#: Families whose prefix phrases count on a prose-shaped line outside the article's prose (before
#: its first or after its last prose line), paragraphs too: a cookie banner, a form's consent line
#: or `IE 11 is not supported. For an optimal experience …` reads as prose, but is the page's, and
#: a full-page dump's edges are full of them (on the dev set, paragraphs among them are a quarter
#: of what the family gains on full-page text).
OUTSIDE_PROSE_FAMILIES = frozenset({"cookies", "notice"})
#: A prefix phrase of those families counts on a line up to this long (a consent banner runs to 60
#: words and more: `We and our partners use cookies to store and access …`).
NOTICE_MAX_WORDS = 90
#: Families that count only outside the article's prose, whatever the line's shape: inside it, a
#: tutorial's `Enable JavaScript in your browser` is a heading of the article's own.
OUTSIDE_ONLY_FAMILIES = frozenset({"notice"})
#: Families whose whole-line phrase starts a block of chrome that runs to the end (or to prose).
TAIL_MARKER_FAMILIES = frozenset({"comments", "related", "tip", "subscribe", "share", "author", "tags"})



def _matcher(config: Config) -> PhraseMatcher:
    return chrome_matcher_for(config)


#: A cookie notice in any wording: the line opens with it, a verb of COOKIE_VERBS
#: (`data/chrome/cookie_verbs.txt`) among its first COOKIE_VERB_MAX_AT + 1 words (a banner's
#: subject is short: `We`, `Deze website`, `O Tecnopauta`), or among its first
#: COOKIE_NAMED_VERB_MAX_AT + 1 when the subject names the site (`Su questo sito`, `A Rede Aurora`: a
#: site word or two capitalised words; held-out pages taught it), and at most COOKIE_VERB_GAP words
#: before `cookie(s)`, and the line speaks of the site or its visitors. Like a cookie phrase that
#: opens a line, it counts outside the article's prose only (there it also marks no line as the
#: article's start); a paragraph that speaks of cookies further on stays.
COOKIE_NOTICE = ("cookies", Mode.EDGE)
COOKIE_VERB_GAP = 4
COOKIE_VERB_MAX_AT = 2
COOKIE_NAMED_VERB_MAX_AT = 4


@functools.cache
def _cookie_use() -> "re.Pattern[str]":
    """A verb of COOKIE_VERBS after a subject (group 1) of at most COOKIE_NAMED_VERB_MAX_AT words,
    then `cookie(s)`."""
    verbs = data_alternation("chrome/cookie_verbs.txt")
    return re.compile(r"((?:\S+\s+){0,%d}?)(?:%s)\s+(?:\S+\s+){0,%d}?cookies?\b"
                      % (COOKIE_NAMED_VERB_MAX_AT, verbs, COOKIE_VERB_GAP), re.IGNORECASE)


#: A subject that names the site (`Su questo sito`, `Sur ce site`, `Auf dieser Webseite`).
_SITE_SUBJECT = re.compile(r"\b(?:site|website|web|webseite|seite|webbplats|sitio|sito|página|pagina|portal)\b",
                           re.IGNORECASE)


def _names_the_site(subject: str) -> bool:
    capitals = sum(word[:1].isupper() for word in subject.split())
    return _SITE_SUBJECT.search(subject) is not None or capitals >= 2


#: ... and the line speaks of the site, its visitors' data or their consent (`cookie cutters`
#: do not).
_COOKIE_CONTEXT = re.compile(
    r"\b(?:site|website|web|webseite|webbplats|sitio|sito|página|pagina|navigat|navegaç|browser|"
    r"experien|expérience|esperienza|ervaring|erfahrung|upplevelse|consent|zustimm|toestemming|"
    r"personal|statisti|analy|partner|terceros|tiers|terzi|derden|dritt|third|ads\b|anúnc|annunc|"
    r"publicid|publicit|werbung|reclame|advertis|track|accept|akzept|acept|accett|aceit|preferen|"
    r"visit|remember|improv|function|necess|nécess|notwendig|noodzak|nodig|setting|einstellung|"
    r"paramètre|configura|impostazion|instelling|audience|reichweite|measur|mesur|messen|meten|medir|"
    r"misur|advertentie|annons|gepersonaliseer|personnalis)",
    re.IGNORECASE)


#: ... or the line opens with a subject that names the site's partners (the IAB consent banner's
#: `We and our 100 partners store and/or access information on a device, such as cookies`, `Wij en
#: onze partners gebruiken cookies`, `Noi e terze parti selezionate utilizziamo cookie`): a word of
#: `data/chrome/cookie_partners.txt` (or a compound ending with one, `advertentiepartners`) among its
#: first COOKIE_PARTNER_MAX_AT + 1 words.
COOKIE_PARTNER_MAX_AT = 10


@functools.cache
def _cookie_partners() -> "re.Pattern[str]":
    words = data_alternation("chrome/cookie_partners.txt")
    return re.compile(r"(?:\S+\s+){0,%d}?\w*(?:%s)\b" % (COOKIE_PARTNER_MAX_AT, words), re.IGNORECASE)


#: ... and, past the partners, speaks of the visitor's device, data or like technologies, or of
#: what _COOKIE_CONTEXT names (`Our partners in the cookie business said` does neither).
_PARTNER_CONTEXT = re.compile(
    r"\b(?:device|gerät|dispositiv|appareil|apparaat|enhet|informa|personal|persönlich|personnel|"
    r"persoonlijk|pessoa|dati\b|datos|dados|daten|données|gegevens|uppgifter|technolog|tecnolog|"
    r"techniek|similar|ähnlich|simil|vergelijkbar|liknande)",
    re.IGNORECASE)


#: ... or, whatever its grammar, the line speaks to the reader (a word of ADDRESS) of cookies in
#: at least COOKIE_CONTEXT_WORDS different words of that context (`Per leggere gratis i nostri
#: contenuti, noi e 186 fornitori terzi trattiamo i tuoi dati … tramite cookie …, per pubblicità
#: personalizzata, misurazione degli annunci`). A cookie notice is an `edge` hit: it goes only
#: outside the article's prose, where a how-to's paragraph about cookies does not stand.
COOKIE_CONTEXT_WORDS = 3
_ADDRESS = re.compile(
    r"\b(?:you|your|we|our|us|vous|votre|vos|nous|notre|nos|sie|ihre|ihnen|wir|unsere?|du|dein|"
    r"usted|tu|tus|su|sus|nosotros|nuestr[oa]s?|você|seus?|suas?|nós|nosso|nossa|voi|tuoi|tue|noi|nostr[oi]|"
    r"je|jouw|u|uw|wij|we|onze|ni|din|dina|vi|vår|våra)\b",
    re.IGNORECASE)


def _speaks_of_cookies(text: str, tail: bool = False) -> bool:
    if _ADDRESS.search(text) is None:
        return False
    found = {m.group(0).lower() for m in _COOKIE_CONTEXT.finditer(text)}
    if len(found) < COOKIE_CONTEXT_WORDS:
        return False
    end = SENTENCE_INSIDE.search(text) if tail else None
    if end is None:
        return True
    first = text[:end.start() + 1]
    # (below the article, a notice opens on the reader, the site or its cookies, `Your privacy
    # matters to us.`; a closing paragraph that comes to cookies later is the article's. Above
    # it a consent wall may open with a pitch: `Unabhängiger Journalismus kostet Geld.`)
    return "ookie" in first or _ADDRESS.search(first) is not None or _COOKIE_CONTEXT.search(first) is not None


#: ... or, with no word for cookies at all (`Riksbladet och 96 partner lagrar och läser
#: information på din enhet …`, `Os seus dados podem ser tratados por 148 parceiros, …`), it counts
#: the site's partners (a number before a word of cookie_partners.txt), speaks to the reader and of
#: the visitor's device or data (_PARTNER_CONTEXT), in at least COUNTED_PARTNERS_MIN_WORDS words:
#: only a consent dialog numbers a site's partners to its reader (a link `nos 187 partenaires` is
#: too short to tell).
COUNTED_PARTNERS_MIN_WORDS = 8


@functools.cache
def _partner_word_parts() -> tuple[str, ...]:
    """The words of cookie_partners.txt without their first letter: found in any case of it."""
    return tuple(sorted({word[1:] for word in data_lines("chrome/cookie_partners.txt")}))


@functools.cache
def _counted_partners() -> "re.Pattern[str]":
    words = data_alternation("chrome/cookie_partners.txt")
    return re.compile(r"(?<![\d.,])\d{1,4}\s+(?:[^\W\d_]+\s+)?(?:%s)\b" % words, re.IGNORECASE)


def _counts_partners(text: str) -> bool:
    return (any(part in text for part in _partner_word_parts()) and _counted_partners().search(text) is not None
            and text.count(" ") + 1 >= COUNTED_PARTNERS_MIN_WORDS and _ADDRESS.search(text) is not None
            and _PARTNER_CONTEXT.search(text) is not None)


def partner_lines(source: str) -> list[int]:
    """Source offsets of the partner words (`partner`, `parceiros`): the lines `_counts_partners`
    may take (found with str.find: a regex led by a number is slow to search a whole page)."""
    found = []
    for part in _partner_word_parts():
        at = source.find(part)
        while at >= 0:
            found.append(at)
            at = source.find(part, at + len(part))
    return found


#: A banner's label before its first sentence (`Privacy & Cookies: This site uses cookies. …`).
_BANNER_LABEL = re.compile(r"[^\W\d][^:.!?]{0,30}:\s+(?=\S)")


def _cookie_notice(text: str, tail: bool = False) -> bool:
    if "ookie" not in text:
        return _counts_partners(text)
    label = _BANNER_LABEL.match(text)
    m = _cookie_use().match(text, label.end() if label else 0)  # (the shortest subject first)
    if m is not None and (len(m.group(1).split()) <= COOKIE_VERB_MAX_AT or _names_the_site(m.group(1))):
        return _COOKIE_CONTEXT.search(text) is not None
    m = _cookie_partners().match(text)
    if m is not None and (_PARTNER_CONTEXT.search(text, m.end()) is not None
                          or _COOKIE_CONTEXT.search(text, m.end()) is not None):
        return True
    return _speaks_of_cookies(text, tail)


def _fallback_hit(text: str, matcher: PhraseMatcher, tail: bool = False) -> tuple[str, Mode] | None:
    """The hit of a line no phrase matched, in the site's own wording: COOKIE_NOTICE when the
    cookies family is switched on, a comment section's furniture (`_discussion_hit`) when the
    comments family is (its gate only when asked for the `tail`), a writer's bio (AUTHOR_BIO, in the
    `tail` only), else TEASER_LABEL for a link injected under a label of its own
    (`_teaser_label`) when the injected family is."""
    if "cookies" in matcher.families and _cookie_notice(text, tail):
        return COOKIE_NOTICE
    if "comments" in matcher.families and (hit := _discussion_hit(text, tail)) is not None:
        return hit
    if "injected" in matcher.families and (hit := _labelled_headline(text, matcher)) is not None:
        return hit
    if "author" in matcher.families and tail and _author_bio(text):  # (a short line inside is prose too)
        return AUTHOR_BIO
    if "subscribe" in matcher.families and _plus_badge(text, matcher):
        return PLUS_BADGE
    if "subscribe" in matcher.families and _field_and_button(text, matcher):
        return FIELD_AND_BUTTON
    return TEASER_LABEL if "injected" in matcher.families and _teaser_label(text) else None


#: A paper's plus offer named as its badge (`RP+`, `Koerier+`, `TB-Plus`, `Rundschau Plus`), alone
#: on its line, before the offer's button (`RT+ jetzt testen`) or, joined to its sign, before a
#: section's name (`TB-Plus Flachgau`): a one-word name with a capital and at least
#: PLUS_BADGE_MIN_CHARS characters before its `+` (`A+`, `C++` are no badges). A whole-line hit of
#: the `subscribe` family: no article line is a badge. (Not `… Premium`: a product's tier, `Spotify
#: Premium`, heads a section of a text about it. In code, not a table row: a row is tried only
#: on lines whose first word it names, and a site names its own badge.)
PLUS_BADGE = ("subscribe", Mode.LINE)
PLUS_BADGE_MIN_CHARS = 2
#: The families of the button a badge may stand before.
PLUS_BADGE_BUTTONS = frozenset({"subscribe", "promo"})
_PLUS_BADGE_BODY = r"[A-ZÀ-Þ][\w'’.-]{%d,24}(?:\+|-(?:Plus|PLUS)\b|[ \t]+(?:Plus|PLUS)\b)" % (PLUS_BADGE_MIN_CHARS - 1)
_BADGE_SECTION = re.compile(r"[A-ZÀ-Þ][\w’'-]{2,24}")
_PLUS_BADGE = re.compile(_PLUS_BADGE_BODY)
#: ... and the document scan for lines that open with one.
_PLUS_BADGE_LINE = re.compile(r"(?m)^[ \t]*%s(?=[ \t]|$)" % _PLUS_BADGE_BODY)

#: Teasers of a paper's plus articles (`MK+ Nach 90 Jahren: Traditionsbäcker am Alten Markt gibt
#: auf`, `HB+ Kleingärten in Berlin: …`): a line, or a list item, that opens with a badge in
#: capitals joined to its sign and goes on as a headline of at least BADGE_TEASER_MIN_WORDS words
#: that ends no sentence with a period. A site lists several: the same badge opens at least
#: BADGE_TEASER_MIN_LINES such lines of the page. (A product's name in mixed case, `Paramount+`,
#: `Copilot+ PCs`, may head a section of a text about it; a badge in capitals that opens one line
#: only is no listing either.)
BADGE_TEASER = ("related", Mode.LINE)
BADGE_TEASER_MIN_WORDS = 4
BADGE_TEASER_MIN_LINES = 2
_BADGE_TEASER_LINE = re.compile(r"(?m)^[ \t]*(?:[-*•·][ \t]+)?([A-ZÄÖÜ]{2,14})\+[ \t]+([^\n]*[^.!?\s])[ \t]*$")


def _badge_teasers(doc: Document) -> frozenset[int]:
    """Indices of the lines that tease a plus article under a badge the page repeats (BADGE_TEASER)."""
    if "+" not in doc.source:
        return frozenset()
    by_badge: dict[str, list[int]] = {}
    for m in _BADGE_TEASER_LINE.finditer(doc.source):
        if len(m.group(2).split()) >= BADGE_TEASER_MIN_WORDS:
            by_badge.setdefault(m.group(1), []).append(m.start())
    found = [pos for positions in by_badge.values() if len(positions) >= BADGE_TEASER_MIN_LINES for pos in positions]
    return frozenset(doc.line_numbers(found))


def _plus_badge(text: str, matcher: PhraseMatcher) -> bool:
    """(`Rundschau Plus` is a badge too: the name and the word.)"""
    text = text.strip()
    found = _PLUS_BADGE.match(text)
    if found is None:
        return False
    rest = text[found.end():].strip()
    if not rest:
        return True
    joined = not found[0].endswith(("Plus", "PLUS")) or found[0][-5] == "-"  # (`RP+`, `TB-Plus`)
    if joined and _BADGE_SECTION.fullmatch(rest):
        return True
    hit = matcher.match(rest, contains=False)
    return hit is not None and hit[0] in PLUS_BADGE_BUTTONS and hit[1] is not Mode.EDGE


#: A writer's one-line bio (data/chrome/author_bios.txt): a prefix hit of the `author` family, so on
#: a prose line it counts in the tail only, and it keeps `_last_content` above it.
AUTHOR_BIO = ("author", Mode.PREFIX)
#: ... a line of at most this many words, which names a role after ` is `/` ist `/…, or the beat
#: after ` writes `/` covers `/… (the cheap test).
AUTHOR_BIO_MAX_WORDS = 45
_BIO_VERBS = (" is ", " ist ", " est ", " es ", " é ", " è ", " writes ", " reports ", " covers ",
              # (a bio without the name, which stands above it: `Redakteurin in … . Schreibt über …`)
              " Escribe ", " Schreibt ", " Écrit ", " Couvre ")


@functools.cache
def _author_bios() -> "re.Pattern[str]":
    return data_patterns("chrome/author_bios.txt")


def _author_bio(text: str) -> bool:
    head = text[:120]
    return (text.count(" ") < AUTHOR_BIO_MAX_WORDS and any(verb in head for verb in _BIO_VERBS)
            and _author_bios().match(text.lstrip()) is not None)


#: A teaser box an extractor flattened into one line: a whole-line phrase of these families of
#: LABEL_MIN_WORDS to LABEL_MAX_WORDS words, then another story's headline (at least
#: TEASER_HEADLINE_MIN_WORDS words opening with a capital or a digit, no sentence in or after it):
#: `Lire en complément Débroussaillement : dans le Sud, …`, `Verder lezen Hoe het veenweidegebied
#: ongemerkt een klimaatprobleem werd`. An injected line wherever it stands, never a tail marker
#: (such a box stands inside the article as often as below it). One-word labels are left: `Ad Hoc
#: Committee Meets` opens with one.
LABELLED_HEADLINE = ("injected", Mode.LINE)
LABELLED_FAMILIES = frozenset({"related", "injected", "navigation"})
LABEL_MIN_WORDS = 2
LABEL_MAX_WORDS = 5


#: A link to another story under a label of its medium, in capitals (data/chrome/medium_labels.txt):
#: `VIDÉO. « On attend parfois plus d’une heure » : dans le Mantois, …`, `WATCH: Crews pull a driver
#: from a flooded underpass`, `VÍDEOS: os destaques da TV …`. The label, a period, colon, bar or
#: dash, then a headline of at least TEASER_HEADLINE_MIN_WORDS words with no sentence in or after
#: it (in sentence case or not). An injected line wherever it stands, like LABELLED_HEADLINE, but
#: for a text with TEASER_LABEL_LISTING of them: a listing's cards.
MEDIUM_TEASER = LABELLED_HEADLINE


@functools.cache
def _medium_labels() -> "re.Pattern[str]":
    """The capitalised labels at a line's start (the `(?m)^` scan finds the candidate lines)."""
    labels = sorted((label.upper() for label in data_lines("chrome/medium_labels.txt")), key=len, reverse=True)
    return re.compile(r"(?m)^[^\w\n]{0,2}(?:%s)\s*[.:|–—-]\s+(?=\S)" % "|".join(map(re.escape, labels)))


def _medium_teaser_lines(doc: Document) -> list[int]:
    """Source offsets of the lines that open with a medium label in capitals."""
    return [m.start() for m in _medium_labels().finditer(doc.source)]


def _medium_teaser(text: str) -> bool:
    m = _medium_labels().match(text)
    if m is None:
        return False
    headline = text[m.end():].rstrip()
    return _teaser_headline(headline) and SENTENCE_INSIDE.search(headline) is None


def _teaser_headline(headline: str) -> bool:
    """What follows a teaser's label reads as a headline: TEASER_HEADLINE_MIN_WORDS words or
    more, no statement's end."""
    return len(headline.split()) >= TEASER_HEADLINE_MIN_WORDS and not _ends_statement(headline)


def _opens_headline(word: str) -> bool:
    """A capital or a digit opens the word, after any opening quote."""
    first = word.lstrip("\"“‘«„'")[:1]
    return first.isupper() or first.isdigit()


def _ends_statement(text: str) -> bool:
    """The text ends like a statement (`.`, `!`, `…`, `;`, `:`), closing marks aside; a question
    is no statement (a headline may ask)."""
    return text.rstrip().rstrip(CLOSING_MARKS)[-1:] in STATEMENT_END_CHARS


def _labelled_headline(text: str, matcher: PhraseMatcher) -> tuple[str, Mode] | None:
    words = text.split()
    if not LABEL_MIN_WORDS + TEASER_HEADLINE_MIN_WORDS <= len(words) <= MAX_PHRASE_LINE_WORDS:
        return None
    if normalize_phrase(words[0]) not in matcher.first_words:
        return None
    if _ends_statement(text) or SENTENCE_INSIDE.search(text) is not None:
        return None
    for size in range(LABEL_MIN_WORDS, min(LABEL_MAX_WORDS, len(words) - TEASER_HEADLINE_MIN_WORDS) + 1):
        if not any(ch.isalpha() for ch in words[size - 1]):
            break  # (`Previous - Setup and Support`: a dash is no word of a label)
        family = matcher.lines.get(normalize_phrase(" ".join(words[:size])))
        if family in LABELLED_FAMILIES and _opens_headline(words[size]):
            return LABELLED_HEADLINE
    return None


#: A comment section's furniture in the site's own wording (data/discussion_words.tsv;
#: its discussion words are the `discussion` rows of data/lookout_words.tsv, found inside a
#: compound too): the count over the section (`48 Leserkommentare`, `Comentarios (27)`) goes
#: anywhere; its rules link (`Les règles du débat`) and its gate (`Seuls nos abonnés identifiés
#: peuvent commenter cet article.`) go outside the article's prose, where a heading or a last
#: sentence about a debate does not stand; the gate only below it (`_any_hit`, which asks for
#: the tail: above the article, `Alleen abonnees … kunnen reageren op de enquête, …` opens it).
DISCUSSION_COUNT = ("comments", Mode.LINE)
DISCUSSION_EDGE = ("comments", Mode.EDGE)
#: A rules link is a line of at most this many words without a sentence end.
DISCUSSION_LINK_MAX_WORDS = 7
#: Words beside the number and the discussion word in a count (`Zu den Kommentaren (87 Beiträge)`).
DISCUSSION_COUNT_WORDS = 3
#: The most words a count or a rules link can have (the cheap test before any other).
DISCUSSION_SHORT_MAX_WORDS = max(2 * DISCUSSION_COUNT_WORDS + 3, DISCUSSION_LINK_MAX_WORDS)
#: A gate's line holds at most this many words (its first sentence and the rules after it).
DISCUSSION_GATE_MAX_WORDS = 90
#: A sentence about the section's moderation opens with a discussion word among its first this many
#: words (`Comments are moderated …`, `Les commentaires sont modérés …`).
DISCUSSION_RULES_OPENING_WORDS = 2
#: Kinds of data/discussion_words.tsv whose rows are whole words, not stems (`can` is no `canal`).
DISCUSSION_WHOLE_KINDS = frozenset({"can"})


@functools.cache
def _discussion_automaton() -> ahocorasick.Automaton:
    """The discussion stems in one automaton: the first test of every line a rule asks about,
    several times faster than a substring test per stem (and than a regex of them)."""
    auto = ahocorasick.Automaton()
    for stem in lookout_words(Lookout.DISCUSSION):
        auto.add_word(stem, stem)
    auto.make_automaton()
    return auto


@functools.cache
def _discussion_patterns() -> tuple["re.Pattern[str]", dict[str, "re.Pattern[str]"]]:
    """(a count line, kind -> a word of that kind at a word's start)."""
    stems = lookout_words(Lookout.DISCUSSION)
    word = r"[^\W\d_]*(?:%s)[^\W\d_]*" % "|".join(map(re.escape, stems))
    number = r"\d[\d.,]*"
    other = r"[^\W\d_][\w’'-]*"
    n = DISCUSSION_COUNT_WORDS
    count = re.compile(
        rf"\W*(?:{number}\s+(?:{other}\s+){{0,{n - 1}}}{word}"
        rf"|(?:{other}\s+){{0,{n}}}{word}(?:\s+{other}){{0,{n}}}\s*[(\[]\s*{number}(?:\s+{other})?\s*[)\]]"
        rf"|{word}\s+{number})\W*",
        re.IGNORECASE)
    return count, {kind: stem_pattern(stems, whole=kind in DISCUSSION_WHOLE_KINDS)
                   for kind, stems in data_kinds("discussion_words.tsv").items()}


def discussion_count(text: str) -> bool:
    """A count over a comment section (`39 Comments`, `Comments 214`, `Reacties (12)`)."""
    return _discussion_hit(text, False) == DISCUSSION_COUNT


def discussion_gate(text: str) -> bool:
    """A comment section's gate, moderation rules, disclaimer or rules link (`Só assinantes podem
    comentar.`, `Les commentaires sont modérés …`, `Reglas para opinar ›`)."""
    return _discussion_hit(text, True) == DISCUSSION_EDGE


def _discussion_hit(text: str, gate: bool) -> tuple[str, Mode] | None:
    """DISCUSSION_COUNT for a count over a comment section, DISCUSSION_EDGE for its rules link
    or, if `gate`, for its gate or disclaimer (a first sentence of at most MAX_PHRASE_LINE_WORDS
    words with a discussion, an access and an `only`, `window` or `can` word, or a discussion, a `here`
    and an access or `window` word, or a discussion, a `liable` and a
    `writer` word, or its moderation (a `moderated` word in a sentence that opens with a discussion
    word), in a line of at most DISCUSSION_GATE_MAX_WORDS: the
    rules of moderation may follow it, `I commenti vengono letti da un moderatore …`)."""
    stripped = text.strip()
    words = stripped.count(" ") + 1
    if words > (DISCUSSION_GATE_MAX_WORDS if gate else DISCUSSION_SHORT_MAX_WORDS):
        return None
    if next(_discussion_automaton().iter(stripped.lower()), None) is None:
        return None
    count, cues = _discussion_patterns()
    if words <= DISCUSSION_SHORT_MAX_WORDS and count.fullmatch(stripped) is not None:
        return DISCUSSION_COUNT
    if words <= DISCUSSION_LINK_MAX_WORDS and not ends_sentence(stripped) \
            and cues["rules"].search(stripped) is not None:
        return DISCUSSION_EDGE
    if not gate:
        return None
    end = SENTENCE_INSIDE.search(stripped)
    first = stripped if end is None else stripped[:end.start() + 1]
    if first.count(" ") + 1 > MAX_PHRASE_LINE_WORDS:
        return None
    if next(_discussion_automaton().iter(first.lower()), None) is None:
        # (its moderation, the section named by the next sentence: `Este espaço é moderado.
        # Comentários com ofensas … serão removidos.`, `We invite readers to discuss the issues …
        # Comments that are abusive … will be removed …`)
        return DISCUSSION_EDGE if _moderation_next(stripped, end, cues, first) else None
    access = cues["access"].search(first) is not None
    if access and any(cues[kind].search(first) is not None for kind in ("only", "window", "can")):
        return DISCUSSION_EDGE
    if cues["here"].search(first) is not None and (access or cues["window"].search(first) is not None):
        return DISCUSSION_EDGE  # (a gate named for this article: `… para dejar tu opinión en esta noticia.`)
    if cues["liable"].search(first) is not None and cues["writer"].search(first) is not None:
        return DISCUSSION_EDGE  # (a disclaimer: `Os comentários são de responsabilidade de seus autores.`)
    if cues["moderated"].search(first) is not None and _opens_with_discussion(first):
        return DISCUSSION_EDGE  # (its moderation: `Les commentaires sont modérés a posteriori …`)
    return DISCUSSION_EDGE if _moderation_next(stripped, end, cues) else None


def _opens_with_discussion(sentence: str) -> bool:
    """A discussion word among the sentence's first DISCUSSION_RULES_OPENING_WORDS words."""
    opening = " ".join(sentence.lower().split()[:DISCUSSION_RULES_OPENING_WORDS])
    return next(_discussion_automaton().iter(opening), None) is not None


def _moderation_next(text: str, end: "re.Match[str] | None", cues: dict[str, "re.Pattern[str]"],
                     first: str = "") -> bool:
    """Whether the sentence after the first one (which ends at `end`) opens with a discussion
    word and tells of moderation, or names the section whose moderation `first` tells of."""
    if end is None:
        return False
    rest = text[end.end() - 1:]
    if not _opens_with_discussion(rest):
        return False
    stop = SENTENCE_INSIDE.search(rest)
    second = rest if stop is None else rest[:stop.start() + 1]
    return any(cues["moderated"].search(sentence) is not None for sentence in (first, second) if sentence)


#: A comment section's rules written as prose right below its gate (`Kommentieren können nur
#: Abonnenten … Zum Login` then `Wir freuen uns über sachliche Beiträge. Kommentare, die
#: beleidigen, …, werden nicht veröffentlicht.`): a prose line holding a discussion word within
#: this many non-blank lines below a line that is the gate (`_discussion_hit`) is the section's,
#: not the article's last line, and goes with it outside the article's prose.
COMMENT_RULES_GAP = 3
COMMENT_RULES = DISCUSSION_EDGE


def _below_a_gate(doc: Document, line: Line, matcher: PhraseMatcher) -> bool:
    if "comments" not in matcher.families or not line.info.prose or line.index not in _lookout_lines(doc, Lookout.DISCUSSION):
        return False
    above = itertools.islice(non_blank_lines(doc, line.index - 1, backwards=True), COMMENT_RULES_GAP)
    return any(_discussion_hit(prior.info.text, True) is DISCUSSION_EDGE for prior in above
               if prior.removed is None or phrase_removal(prior) is not None)


#: A link to another story injected into the article under a label the tables do not know (`À
#: relire : Tram, bus, vélo : ce qui change …`, `Confira também: São Paulo registra …`, `RELATED
#: COVERAGE: Chili cook-off draws …`): a label of at most TEASER_LABEL_MAX_WORDS words holding a
#: word of `data/chrome/teaser_cues.txt`, a colon, then a headline of at least
#: TEASER_HEADLINE_MIN_WORDS words without a statement's end. A prefix hit of the `injected`
#: family: on a line of prose shape it counts only as a headline (HEADLINE_PREFIX_FAMILIES).
TEASER_LABEL = ("injected", Mode.PREFIX)
TEASER_LABEL_MAX_WORDS = 3
TEASER_HEADLINE_MIN_WORDS = 3
#: (A label's colon stands at most this many characters into its line.)
TEASER_LABEL_CHARS = 40
#: ... but a text with this many such lines is a listing of teasers (`Read full article: …` under
#: each of a collection page's cards), whose list is the page's own: none of them goes.
TEASER_LABEL_LISTING = 5
#: The evidence's mode for such a line (`injected:label`).
TEASER_LABEL_MODE = "label"
_TEASER_LABEL = re.compile(r"\W{0,3}([^\W\d_][^\W\d_’'\s-]*(?:[\s-]+[^\W\d_][^\W\d_’'\s-]*){0,%d})\s*:\s+(\S.*)"
                           % (TEASER_LABEL_MAX_WORDS - 1))


def _teaser_labels(doc: Document, looked_at: set[int]) -> list[Line]:
    """The lines other than `looked_at` that are a teaser's label and its headline, of one
    sentence (`_teaser_label`; the phrase look-up judged the rest)."""
    out = []
    for line in doc.lines_numbered(doc.line_numbers(_label_colons(doc.source))):
        if line.index in looked_at:
            continue  # (lines_numbered gives alive lines only)
        info = line.info
        if 0 < info.words <= MAX_PHRASE_LINE_WORDS and _teaser_label(info.text) \
                and SENTENCE_INSIDE.search(info.text) is None:
            out.append(line)
    return out


def _label_colons(source: str) -> list[int]:
    """Offsets of the colons that may close a teaser's label: at most TEASER_LABEL_CHARS after
    their line's start, with at most TEASER_LABEL_MAX_WORDS words before them."""
    out = []
    for at in find_all(source, ":"):
        start = source.rfind("\n", max(0, at - TEASER_LABEL_CHARS - 1), at) + 1
        if (start > 0 or at <= TEASER_LABEL_CHARS) and source.count(" ", start, at) <= TEASER_LABEL_MAX_WORDS:
            out.append(at)
    return out


@functools.cache
def _teaser_cues() -> frozenset[str]:
    return frozenset(data_lines("chrome/teaser_cues.txt"))


def _teaser_label(text: str) -> bool:
    colon = text.find(":")
    if colon < 0 or colon > TEASER_LABEL_CHARS:
        return False
    m = _TEASER_LABEL.match(text)
    if m is None:
        return False
    headline = m.group(2).rstrip()
    if not _teaser_headline(headline):
        return False
    return _cued_label(m.group(1))


def _cued_label(label: str, max_words: int | None = None) -> bool:
    """A label holding a word of data/chrome/teaser_cues.txt (and, if given, at most
    `max_words` words): one that introduces another story."""
    words = re.split(r"[\s’'-]+", strip_edges(label).lower())
    if max_words is not None and len(words) > max_words:
        return False
    cues = _teaser_cues()
    return any(word in cues for word in words)


@functools.cache
def _signup_leads() -> "re.Pattern[str]":
    """A sign-up verb and its purpose opening a line (data/chrome/signup_leads.txt)."""
    return data_patterns("chrome/signup_leads.txt")


@functools.cache
def _delivery_cue() -> "re.Pattern[str]":
    stems = data_alternation("chrome/delivery_cues.txt")
    return re.compile(r"\b(?:%s)" % stems, re.IGNORECASE)


#: A newsletter's promise in any wording: a line of one sentence that says something comes
#: `straight to your inbox` (`Get breaking local news and the morning headlines sent straight to
#: your inbox.`, `Das Wichtigste aus der Region – jeden Werktag kostenlos in Ihr Postfach.`) is a
#: sign-up box's, wherever it stands (on the dev set, 130 such lines and no article sentence).
#: Patterns per language in `data/chrome/inbox_calls.txt`; lines are found by the `inbox` words of
#: `data/lookout_words.tsv`.
INBOX_CALL = ("subscribe", Mode.CONTAINS)


@functools.cache
def _inbox_calls() -> "re.Pattern[str]":
    return data_patterns("chrome/inbox_calls.txt")


#: An invitation to the site's messaging channel (`… ha un canale WhatsApp: iscriviti da qui …`): a
#: line of one sentence that names the messenger, a channel and a call to join it, wherever it
#: stands (data/chrome/channel_invites.txt; lines found by the `channel` words of
#: data/lookout_words.tsv).
CHANNEL_INVITE = ("share", Mode.CONTAINS)


@functools.cache
def _channel_invites() -> "re.Pattern[str]":
    return data_patterns("chrome/channel_invites.txt")


#: A time of day's abbreviation ends no sentence (`in your inbox before 7 a.m. Free, every weekday.`).
_TIME_OF_DAY = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)


#: An inbox promise may close with a short call to the form (`… kostenlos in Ihrem Postfach.
#: Hier geht’s zur Anmeldung.`): a last sentence of at most this many words.
INBOX_CALL_TAIL_WORDS = 5


def _one_sentence_match(line: Line, pattern: "re.Pattern[str]", lead_question: bool = False,
                        short_tail: bool = False) -> bool:
    """A line of one sentence (at most MAX_PHRASE_LINE_WORDS words; `7 a.m.` ends none) in which
    `pattern` occurs: an inbox promise, a channel invitation; with `lead_question`, also one
    sentence after a question that leads into it (`¿Quieres recibir las noticias en el móvil?
    Síguenos en nuestro canal de WhatsApp …`: a pitch asks, the article's paragraphs seldom open so,
    or exclaims: `¡El Diario ya está en WhatsApp! Únete a nuestro canal …`);
    with `short_tail`, also one sentence before a call of INBOX_CALL_TAIL_WORDS words at most.
    After a lead question, the pitch may take two sentences (`Schon gewusst? Die … gibt’s auch auf
    WhatsApp. Hier geht’s zu unserem Kanal …`): the pattern still has to match."""
    info = line.info
    if not 0 < info.words <= MAX_PHRASE_LINE_WORDS or pattern.search(info.text) is None:
        return False
    if not _is_paragraph(line):
        return True
    ends = [m for m in SENTENCE_INSIDE.finditer(info.text) if _TIME_OF_DAY.search(info.text, 0, m.start() + 1) is None]
    if not ends:
        return True
    if lead_question and info.text[ends[0].start()] in "?!" and len(ends) <= 2:
        return True
    if len(ends) != 1:
        return False
    return short_tail and info.text[ends[0].end() - 1:].count(" ") < INBOX_CALL_TAIL_WORDS


#: An affiliate disclosure in any wording (`Every item on this page was chosen by a Veranda editor.
#: We may earn commission on some of the items you choose to buy.`): a line of at most
#: DISCLOSURE_MAX_WORDS words and DISCLOSURE_MAX_SENTENCES sentences in which the site says it earns
#: from what a reader buys through its links (data/chrome/affiliate_disclosures.txt; lines found by
#: the `disclosure` words of data/lookout_words.tsv). A line of one sentence goes wherever it
#: stands; a paragraph, judged by its first sentence, only outside the article's prose (the head
#: and tail zones), where it is never the article's first or last prose line either. A first
#: sentence may be the editors' promise that goes before the disclosure (`Every item on this page
#: was chosen by an editor.`): the file holds those too; after a label (`Disclaimer: …`,
#: data/chrome/disclosure_labels.txt) the first two sentences are judged.
AFFILIATE_DISCLOSURE = ("disclosure", Mode.CONTAINS)
DISCLOSURE_MAX_WORDS = 60
DISCLOSURE_MAX_SENTENCES = 3


@functools.cache
def _affiliate_disclosures() -> "re.Pattern[str]":
    return data_patterns("chrome/affiliate_disclosures.txt")


def _affiliate_disclosure(line: Line, outside: bool) -> bool:
    if not _few_sentences(line, DISCLOSURE_MAX_WORDS, DISCLOSURE_MAX_SENTENCES):
        return False
    text = line.info.text
    if not _is_paragraph(line):
        return _affiliate_disclosures().search(text) is not None
    if not outside:
        return False
    ends = [m.start() + 1 for m in itertools.islice(SENTENCE_INSIDE.finditer(text), 2)] + [len(text)]
    judged = ends[1] if _disclosure_label().match(text) is not None else ends[0]  # (its first sentence, two after a label)
    return _affiliate_disclosures().search(text[:judged]) is not None


@functools.cache
def _disclosure_label() -> "re.Pattern[str]":
    """A label before a disclosure's first sentence (data/chrome/disclosure_labels.txt)."""
    labels = data_alternation("chrome/disclosure_labels.txt")
    return re.compile(r"\W*(?:%s)\s*:" % labels, re.IGNORECASE)


#: A breadcrumb trail that does not start at `Home` (the tables' regex takes those): before the
#: article's first prose line, a line that one kind of spaced separator cuts into at least
#: BREADCRUMB_MIN_STEPS steps (`Consulting Articles > Careers > Title`, `Techwerf › Nieuws ›
#: Mobiliteit`), each of a few words (the last, the page's headline, may be longer), no step but the
#: last ending a sentence or clause, nothing of code (`thead > tr > td {`), the line not ending a
#: sentence (`go to Settings > General > Network.` is an instruction).
BREADCRUMB = ("navigation", "breadcrumb")
#: What chrome.phrases records for a trail: a navigation phrase that opens it (`Home » Blog`,
#: `You are here: …`), or a trail of its own shape.
TRAILS = (("navigation", Mode.PREFIX.value), BREADCRUMB)
BREADCRUMB_SEPARATORS = (" > ", " » ", " › ")
BREADCRUMB_MIN_STEPS = 3
BREADCRUMB_STEP_MAX_WORDS = 6
BREADCRUMB_LAST_MAX_WORDS = 25
_CODE_CHARS = re.compile(r"[{}<=;()\[\]]")


def _breadcrumb(text: str) -> bool:
    """A breadcrumb trail's line (see BREADCRUMB_MIN_STEPS)."""
    text = text.strip()
    sep = next((s for s in BREADCRUMB_SEPARATORS if text.count(s) >= BREADCRUMB_MIN_STEPS - 1), None)
    if sep is None or text[-1:] in ".:;," or _CODE_CHARS.search(text) is not None:
        return False
    *steps, last = text.split(sep)
    return 0 < len(last.split()) <= BREADCRUMB_LAST_MAX_WORDS and \
        all(0 < len(step.split()) <= BREADCRUMB_STEP_MAX_WORDS and step.rstrip()[-1:] not in ".!?…:;,"
            for step in steps)


def _breadcrumbs(doc: Document, head_to: int) -> None:
    """Breadcrumb trails above the article's first prose line (see BREADCRUMB_MIN_STEPS)."""
    texts = doc.current_texts()
    for i in range(head_to):
        if i not in doc.removed_indices and any(s in texts[i] for s in BREADCRUMB_SEPARATORS) and _breadcrumb(texts[i]):
            doc.lines[i].remove("chrome.phrases", G, evidence=f"{BREADCRUMB[0]}:{BREADCRUMB[1]}")


#: A disclosure's label on a line of its own (`Advertiser Disclosure`, taken by the tables) heads
#: a box: the paragraphs right below it whose first sentence is a disclosure are the box's text,
#: however long (a card-offer site's runs to a hundred words and seven sentences), at most
#: DISCLOSURE_BOX_PARAGRAPHS of them. The first one that does not disclose ends the box.
DISCLOSURE_BOX_PARAGRAPHS = 3
DISCLOSURE_BOX = "box"


def _disclosure_boxes(doc: Document) -> None:
    """The paragraphs of a disclosure box below its label (see DISCLOSURE_BOX_PARAGRAPHS)."""
    labels = _disclosure_label_line()
    for i in removed_for(doc, AFFILIATE_DISCLOSURE[0]):
        if labels.fullmatch(doc.lines[i].text) is None:
            continue
        for below in itertools.islice(non_blank_lines(doc, i + 1), DISCLOSURE_BOX_PARAGRAPHS):
            if below.removed is not None:
                if phrase_removal(below) is None:
                    break  # (another rule's line: the box ended above it)
                continue  # (a disclosure the tables took already)
            text = below.info.text
            end = SENTENCE_INSIDE.search(text)
            if _affiliate_disclosures().search(text[:end.start() + 1] if end else text) is None:
                break
            below.remove("chrome.phrases", G, evidence=f"{AFFILIATE_DISCLOSURE[0]}:{DISCLOSURE_BOX}")


@functools.cache
def _disclosure_label_line() -> "re.Pattern[str]":
    """A line that is a disclosure's label and nothing else (data/chrome/disclosure_labels.txt)."""
    labels = data_alternation("chrome/disclosure_labels.txt")
    return re.compile(r"\W*(?:%s)\W*" % labels, re.IGNORECASE)


def _few_sentences(line: Line, max_words: int, max_sentences: int) -> bool:
    """A line of at most `max_words` words and `max_sentences` sentences."""
    info = line.info
    return 0 < info.words <= max_words and len(SENTENCE_INSIDE.findall(info.text)) < max_sentences


def _short_note(line: Line, max_words: int, max_sentences: int, *patterns: "re.Pattern[str]") -> bool:
    """A line of a few sentences (`_few_sentences`) in which every pattern occurs: the shape of
    the site's notes that go wherever they stand (an embed's consent, an AI note, a tip request)."""
    return _few_sentences(line, max_words, max_sentences) and all(p.search(line.info.text) is not None for p in patterns)


def _disclosure_paragraph(doc: Document, line: Line, matcher: PhraseMatcher) -> bool:
    """A prose line the article's span does not start or end on: an affiliate disclosure (when
    the family is on)."""
    return "disclosure" in matcher.families and line.index in _lookout_lines(doc, Lookout.DISCLOSURE) \
        and _affiliate_disclosure(line, outside=True)


def _lookout_lines(doc: Document, kind: Lookout) -> frozenset[int]:
    """The indices of the lines that hold a lookout word of `kind` (memoised per document: the
    walks for the article's first and last prose lines ask again and again)."""
    key = ("chrome.lookout_lines", kind)
    found = doc.memo.get(key)
    if found is None:
        found = doc.memo[key] = frozenset(doc.line_numbers(lookout(doc, kind)))
    return found  # type: ignore[return-value]


#: An embedded player's or post's consent placeholder, wherever it stands (inside the article,
#: where the embed was): a line of at most EMBED_CONSENT_MAX_WORDS words and three sentences that
#: names third-party content, a consent and the reader (data/chrome/embed_consents.txt; lines found
#: by the `embed` words of data/lookout_words.tsv and by `cookie`). A `cookies` hit: the consent
#: buttons right below it go with it (`Einwilligen und Inhalt anzeigen`).
EMBED_CONSENT = ("cookies", Mode.CONTAINS)
EMBED_CONSENT_MAX_WORDS = 60
EMBED_CONSENT_MAX_SENTENCES = 3


@functools.cache
def _embed_consents() -> "re.Pattern[str]":
    return data_patterns("chrome/embed_consents.txt")


def _embed_consent(line: Line) -> bool:
    return _short_note(line, EMBED_CONSENT_MAX_WORDS, EMBED_CONSENT_MAX_SENTENCES, _embed_consents())


#: A sign-up form's consent line, wherever it stands (a newsletter box sits between the article's
#: paragraphs): a line of at most SIGNUP_CONSENT_MAX_WORDS words and three sentences that opens
#: with a sign-up clause addressed to the reader and an agreement (data/chrome/signup_consents.txt)
#: and names what is agreed to (data/chrome/signup_objects.txt): `Ao se cadastrar, você concorda
#: com os Termos de Uso e a Política de Privacidade.` Lines are found by the `signup` words of
#: data/lookout_words.tsv. (Dev set: 85 such lines in the inputs, one of them in a gold, a
#: collection page's.)
SIGNUP_CONSENT = ("subscribe", Mode.CONTAINS)
SIGNUP_CONSENT_MAX_WORDS = 60
SIGNUP_CONSENT_MAX_SENTENCES = 3


@functools.cache
def _signup_consents() -> "re.Pattern[str]":
    return data_patterns("chrome/signup_consents.txt")


@functools.cache
def _signup_objects() -> "re.Pattern[str]":
    return stem_pattern(data_lines("chrome/signup_objects.txt"))


def _signup_consent(line: Line) -> bool:
    """A short line that opens with a sign-up clause and an agreement and names its object."""
    text = line.info.text
    return _few_sentences(line, SIGNUP_CONSENT_MAX_WORDS, SIGNUP_CONSENT_MAX_SENTENCES) \
        and _signup_consents().match(text) is not None and _signup_objects().search(text) is not None


#: The site's notes that go wherever they stand, each a line of at most NOTE_MAX_WORDS words and
#: NOTE_MAX_SENTENCES sentences in which every pattern file of its row has a match (lines found
#: by its `lookout` words of data/lookout_words.tsv; none when its family is switched off):
#: - AI_NOTE: software helped write the article (`Beim Erstellen dieses Artikels hat eine
#:   KI-Anwendung geholfen. Ein Redakteur hat den Text … gegengelesen.`): the article names itself
#:   and the machine (data/chrome/ai_notes.txt). The article does not speak of itself so.
#: - TIP_REQUEST: a request for tips addressed to the newsroom (`Viu algum problema na sua quadra?
#:   Mande sua sugestão de pauta para a redação … pelo WhatsApp (61) 99218-4470.`): a call to the
#:   newsroom (tip_requests.txt) and a way to reach it (tip_channels.txt).
#: - METERED_NOTE: a metered paywall counts the reader's free articles (`You have used up your
#:   free stories for this month. Back journalism that checks facts …`, `Ha leído 3 de 5 artículos
#:   gratuitos este mes`; metered_notes.txt).
#: - READER_APPEAL: the site asks a reader who liked the article to support, subscribe to or
#:   share it (`If you're enjoying this article, consider supporting our award-winning journalism
#:   by subscribing.`; reader_appeals.txt): it names the article, as an AI note does.
#: - FUNDING_DISCLOSURE: an academic writer declares no work, shares or funding from anyone who
#:   would gain from the article (`… does not work for, consult, own shares in or receive funding
#:   from any company … that would benefit from this article`; funding_disclosures.txt).
AI_NOTE = ("disclosure", Mode.CONTAINS)
TIP_REQUEST = ("tip", Mode.CONTAINS)
METERED_NOTE = ("subscribe", Mode.CONTAINS)
READER_APPEAL = ("tip", Mode.CONTAINS)
FUNDING_DISCLOSURE = ("disclosure", Mode.CONTAINS)
NOTE_MAX_WORDS = 60
NOTE_MAX_SENTENCES = 3


class _Note(NamedTuple):
    hit: tuple[str, Mode]
    lookout: Lookout
    files: tuple[str, ...]


NOTES = (
    _Note(AI_NOTE, Lookout.SELF, ("chrome/ai_notes.txt",)),
    _Note(TIP_REQUEST, Lookout.NEWSROOM, ("chrome/tip_requests.txt", "chrome/tip_channels.txt")),
    _Note(METERED_NOTE, Lookout.METERED, ("chrome/metered_notes.txt",)),
    _Note(READER_APPEAL, Lookout.SELF, ("chrome/reader_appeals.txt",)),
    _Note(FUNDING_DISCLOSURE, Lookout.SELF, ("chrome/funding_disclosures.txt",)),
)


@functools.cache
def _note_patterns(files: tuple[str, ...]) -> tuple["re.Pattern[str]", ...]:
    return tuple(data_patterns(name) for name in files)


def _note(line: Line, note: _Note) -> bool:
    return _short_note(line, NOTE_MAX_WORDS, NOTE_MAX_SENTENCES, *_note_patterns(note.files))


#: A share bar in any wording (`Pass this along Post this to Facebook Post this to X Send this by
#: email`): at least SHARE_BAR_MIN_TARGETS short phrases ending in a preposition and a network of
#: data/chrome/networks.txt cover SHARE_BAR_COVER of the line's words, with no comma and no sentence
#: end (an article's `Follow relevant news on Facebook and on X.` has one, a list of services the
#: other).
SHARE_BAR = ("share", Mode.LINE)
SHARE_BAR_MIN_TARGETS = 2
SHARE_BAR_COVER = 2 / 3
#: A bar of this many targets needs to cover only SHARE_BAR_WIDE_COVER of the line: its other
#: buttons (`Copier l’adresse de l’article`, `Guardar para ler mais tarde`) are worded freely.
SHARE_BAR_WIDE_TARGETS = 3
SHARE_BAR_WIDE_COVER = 1 / 2


@functools.cache
def _share_targets() -> "re.Pattern[str]":
    networks = data_alternation("chrome/networks.txt")
    return re.compile(r"(?:\S+\s+){0,4}?(?:to|on|via|sur|par|per|en|em|op|auf|über|på|in|a|no|with|by|naar|through|con|su"
                      r"|tramite|pelo|pela|para|por|till|mit)\s+(?:(?:o|a|the|el|la|le|il|lo)\s+)?"
                      r"(?:%s)\b(?:\s*\([^)]{0,20}\))?" % networks, re.IGNORECASE)


def _share_bar(line: Line) -> bool:
    info = line.info
    if not 0 < info.words <= MAX_PHRASE_LINE_WORDS or info.last in ".!?" or "," in info.text:
        return False  # (a list of a text's own names a network between commas)
    targets = _share_targets().findall(info.text)
    if len(targets) < SHARE_BAR_MIN_TARGETS:
        return False
    cover = SHARE_BAR_WIDE_COVER if len(targets) >= SHARE_BAR_WIDE_TARGETS else SHARE_BAR_COVER
    return sum(len(t.split()) for t in targets) >= cover * info.words


def _phrase_hit(line: Line, matcher: PhraseMatcher, tail: bool = False) -> tuple[str, Mode] | None:
    """The line's whole-line or prefix phrase hit (on a longer line, only a cookie banner's or
    site notice's prefix, or a bar of entries: `_is_phrase_chrome` takes them outside the
    article's prose alone); in the `tail`, a comment gate's too (`_fallback_hit`)."""
    info = line.info
    if info.words > MAX_PHRASE_LINE_WORDS:
        if info.words > NOTICE_MAX_WORDS:
            return None
        hit = matcher.match(info.text, contains=False)
        if hit is not None and hit[1] is Mode.EDGE:
            return hit  # a long bar of entries (`About Us | Privacy Policy | …`), outside the prose
        if hit is not None and hit[0] in OUTSIDE_PROSE_FAMILIES and hit[1] is Mode.PREFIX:
            return hit
        return _fallback_hit(info.text, matcher, tail)
    hit = matcher.match(info.text, contains=False)
    return hit if hit is not None else _fallback_hit(info.text, matcher, tail)


def _any_hit(line: Line, matcher: PhraseMatcher) -> tuple[str, Mode] | None:
    """The line's whole-line or prefix hit, else its `contains` hit (lines of moderate length).
    One look-up asked for `contains` phrases settles most lines: it finds no hit or a `contains`
    one only when `_phrase_hit` finds none. A stronger hit is asked of `_phrase_hit` again: that
    look-up tries the regex rows only after a line's first word passes their gate."""
    if line.info.words > MAX_CONTAINS_LINE_WORDS:
        return _phrase_hit(line, matcher, tail=True)
    hit = matcher.match(line.info.text, contains=True)
    if hit is None:
        return _fallback_hit(line.info.text, matcher, tail=True)
    if hit[1] is Mode.CONTAINS:
        return hit
    return _phrase_hit(line, matcher)


def _is_phrase_chrome(line: Line, in_tail: bool, matcher: PhraseMatcher,
                      in_head: bool = False, outside: bool = False) -> tuple[str, Mode] | None:
    """The (family, mode) that makes this line chrome, or None.

    A whole-line phrase is chrome anywhere (an `edge` one only `outside` the article's prose:
    before its first or after its last prose line); a prefix phrase on a line that is not prose (or
    in the tail, or a copyright notice or disclosure of one sentence, or a disclosure paragraph
    before the article's first prose line, or a cookie banner or site notice `outside`); a phrase
    inside a longer line only in the tail (where a tip request of two sentences is still chrome).
    A site notice (`Please enable JavaScript`) counts only `outside`."""
    if in_tail:
        hit = _any_hit(line, matcher)
        if hit is not None and not outside and (hit[1] is Mode.EDGE or hit[0] in OUTSIDE_ONLY_FAMILIES):
            return None
        return hit
    hit = _phrase_hit(line, matcher)
    if hit is None:
        return None
    family, mode = hit
    if mode is Mode.EDGE:
        return hit if outside else None
    if family in OUTSIDE_ONLY_FAMILIES and not outside:
        return None
    if mode is Mode.LINE or not line.info.prose:
        return hit
    if family in OUTSIDE_PROSE_FAMILIES and outside:
        return hit
    if family in PROSE_PREFIX_FAMILIES and (in_head or not _is_paragraph(line)):
        return hit
    if family in CUED_PROSE_PREFIX_FAMILIES and not _is_paragraph(line) \
            and (_delivery_cue().search(link_text(line.info.text)) is not None
                 or _signup_leads().match(line.info.text.lstrip()) is not None):
        return hit
    if family in HEADLINE_PREFIX_FAMILIES and line.info.last not in STATEMENT_END_CHARS \
            and SENTENCE_INSIDE.search(line.info.text) is None:
        return hit
    return None


def _maybe_prose(text: str) -> bool:
    """A cheap over-estimate of LineInfo.prose on raw text (enough spaces, a sentence end)."""
    return text.count(" ") >= PROSE_MIN_WORDS - 1 and ends_sentence(text)


def _last_content(doc: Document, matcher: PhraseMatcher) -> Line | None:
    """The article's last prose line that holds no chrome phrase (the tail starts after it).

    Remembered per document: rules between the calls only remove lines, and removing lines
    cannot make another line qualify, so the answer holds while that line is alive."""
    key = ("chrome.last_content", id(matcher))  # matchers are cached for the process
    if key in doc.memo:
        found = doc.memo[key]
        if found is None or found.alive:  # type: ignore[union-attr]
            return found  # type: ignore[return-value]
    found = _find_last_content(doc, matcher)
    doc.memo[key] = found
    return found


def _prose_lines(doc: Document, indices: Iterable[int]) -> Iterable[Line]:
    """The alive prose lines among `indices`, in their order. An unchanged line's source text
    rules most lines out before a Line (and its LineInfo) is built for it: the walks from either
    end pass over the page's chrome, often hundreds of lines."""
    source = doc.source_lines()
    changed = {line.index for line in doc._changed}
    removed = doc.removed_indices
    lines = doc.lines
    for i in indices:
        if i in removed or (i not in changed and not _maybe_prose(source[i])):
            continue
        line = lines[i]
        if line.info.prose:
            yield line


#: A site's footer opens with its copyright notice (`© 2025 Venteur, Inc. All rights reserved.`):
#: the few sentences below one (a licensee note, a consent line, a cookie banner) are the site's,
#: not the article's last lines, and the short lines below it are its links. A notice that is no
#: photo's credit (`© John Smith/Reuters`: names only) — it names a year, runs to
#: FOOTER_COPYRIGHT_MIN_WORDS words (`© CONTENUTO RISERVATO – VIETATA LA RIPRODUZIONE`) or holds a
#: lower-case word of FOOTER_WORD_MIN_LETTERS letters (`© Riproduzione riservata`) — of at most
#: FOOTER_COPYRIGHT_MAX_WORDS words (a publisher's address and VAT number included), bounds the
#: article when at most FOOTER_PROSE_MAX lines of prose shape follow it (a notice under a page's
#: masthead has the whole article below it) ...
FOOTER_COPYRIGHT_MIN_WORDS = 4
FOOTER_WORD_MIN_LETTERS = 5
FOOTER_COPYRIGHT_MAX_WORDS = 60
FOOTER_PROSE_MAX = 6
#: ... and at most FOOTER_MAX_LINES lines of any shape (a program's banner in a code listing,
#: `(c) Copyright 1987-1995 Hewlett-Packard Company`, has the rest of the listing below it).
FOOTER_MAX_LINES = 30
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _no_credit(notice: str) -> bool:
    """A copyright notice that is no photo's credit (see FOOTER_COPYRIGHT_MIN_WORDS)."""
    words = notice.split()
    return len(words) >= FOOTER_COPYRIGHT_MIN_WORDS or _YEAR.search(notice) is not None \
        or any(word[:1].islower() and len(word) >= FOOTER_WORD_MIN_LETTERS for word in words)


#: What every copyright row of the phrase tables holds, lower-cased (the cheap test before the
#: matcher: most lines near a text's end hold none).
_COPYRIGHT_GATE = ("©", "(c)", "copyright", "reserv", "réserv", "riserv", "vorbehalten", "voorbehouden", "forbehold", "förbehåll",
                   "reproduc", "riproduz", "charity", "source", "ansvarlig", "vær varsom", "may not be published")


def _footer_start(doc: Document, matcher: PhraseMatcher) -> int:
    """Index of the footer's copyright notice (see FOOTER_COPYRIGHT_MAX_WORDS), or the text's
    length. Judged on the source lines, whatever rules removed since: the answer is the same
    whenever it is asked, and is remembered per document."""
    key = ("chrome.footer_start", id(matcher))  # matchers are cached for the process
    if key not in doc.memo:
        doc.memo[key] = _find_footer_start(doc, matcher)
    return doc.memo[key]  # type: ignore[return-value]


def _find_footer_start(doc: Document, matcher: PhraseMatcher) -> int:
    source = doc.source_lines()
    prose = 0
    below = 0
    for i in range(len(source) - 1, -1, -1):
        text = source[i].strip()
        if not text:
            continue
        below += 1
        if below > FOOTER_MAX_LINES + 1:
            break
        low = text.lower()
        if text.count(" ") < FOOTER_COPYRIGHT_MAX_WORDS and any(mark in low for mark in _COPYRIGHT_GATE) \
                and _no_credit(text):
            hit = matcher.match(text, contains=False)
            if hit is not None and hit[0] == "copyright":
                # (not in hard-wrapped text: a man page's COPYRIGHT section has its EXAMPLES below)
                return len(source) if text.endswith(",") or wrapped_prose(source) else i
        if _maybe_prose(text):
            prose += 1
            if prose > FOOTER_PROSE_MAX:
                break
    return len(source)


def _find_last_content(doc: Document, matcher: PhraseMatcher) -> Line | None:
    """The last content line above the footer's copyright notice (`_footer_start`); with no
    article prose above it, the notice is no footer and the last content line of all counts."""
    footer = _footer_start(doc, matcher)
    for end in dict.fromkeys((footer, len(doc.lines))):
        found = next((line for line in _prose_lines(doc, range(end - 1, -1, -1))
                      if _any_hit(line, matcher) is None and not _disclosure_paragraph(doc, line, matcher)
                      and not _below_a_gate(doc, line, matcher) and not _in_site_box(doc, line, matcher)), None)
        if found is not None:
            return found
    return None


#: A site's box under a heading the tables know as the site's furniture (`Contact us` over
#: `Questions about our work, or need support with one of our technologies?`, `About us` over the
#: organisation's blurb): at most SITE_BOX_PROSE_LINES prose lines right under such a heading are
#: the box's, not the article's, when nothing of the article follows them (the walk for the last
#: content line meets them first, from the bottom). The heading is an `edge` phrase, or a whole-line
#: phrase of SITE_BOX_FAMILIES, on a line that is no list item, below a line that is no prose (the
#: box stands among the site's furniture: a heading right under the article's prose may be its
#: own last section's, `Stay Connected` over the show's last paragraph), and below the article's
#: first content line (a menu over the article's only paragraphs is no box).
SITE_BOX_PROSE_LINES = 2
SITE_BOX_FAMILIES = frozenset({"navigation", "subscribe", "tip"})


def _in_site_box(doc: Document, line: Line, matcher: PhraseMatcher) -> bool:
    above = non_blank_lines(doc, line.index - 1, backwards=True)
    for prior in itertools.islice(above, SITE_BOX_PROSE_LINES):
        hit = matcher.match(prior.info.text, contains=False)
        if hit is not None:
            family, mode = hit
            if not (mode is Mode.EDGE or (mode is Mode.LINE and family in SITE_BOX_FAMILIES)) \
                    or _LIST_ITEM.match(prior.info.text.lstrip()) is not None:
                return False
            over = next(above, None)
            if over is not None and over.removed is None and over.info.prose:
                return False
            first = _first_content(doc, matcher)  # (the article stands above the box)
            return first is not None and first.index < prior.index
        if not prior.info.prose:
            return False
    return False


def _first_content(doc: Document, matcher: PhraseMatcher) -> Line | None:
    """The article's first prose line that holds no chrome phrase: a disclosure paragraph before
    it (`This article contains affiliate links … Thanks for your support!`) is the site's. Not
    the text's first line when it reads as the page's <title> (`… le tram de nuit a-t-il trouvé
    son public ?`, or a headline that stands again below): a consent notice below it still
    stands before the article."""
    return next((line for line in _prose_lines(doc, range(len(doc.lines)))
                 if _phrase_hit(line, matcher) is None and not _disclosure_paragraph(doc, line, matcher)
                 and not (line.index == 0 and (opening_title(line.info.text) or _repeated_below(doc, line)))),
                None)


def _repeated_below(doc: Document, line: Line) -> bool:
    """The line stands again, whole, further down the text: a page's <title> that is its
    headline word for word (`A Point Breeze pool was headed for a dry summer. Block captains had
    other plans.`), above the consent banner and menus that precede the headline itself."""
    text = line.info.text
    return any(other.strip() == text for other in doc.source_lines()[line.index + 1:])


def _two_sentences_at_most(text: str) -> bool:
    """At most one sentence end inside the text (a note, a plug: not a paragraph)."""
    return len(SENTENCE_INSIDE.findall(text)) <= 1


#: An article's audio version in any wording (data/narration_words.tsv; lines found by the
#: `audio` words of data/lookout_words.tsv), anywhere: its player (`Hear this story read aloud
#: 0:00 / 17:48`: a listen word and a running time, the article named, or nothing else, on a short
#: line without a sentence end) or its note on the voice (`Voz generada con inteligencia
#: artificial`, `This narration uses a synthetic voice …`): a voice word and a word that says it
#: is made; as a sentence, in a line of at most
#: NARRATION_MAX_WORDS words and two sentences, only with a listen word too (an article on voice
#: software speaks of synthetic voices, not of its own narration).
NARRATION = ("injected", Mode.LINE)
NARRATION_MAX_WORDS = 30
#: A player's line, or a note that is no sentence, has at most this many words.
NARRATION_SHORT_MAX_WORDS = 16
#: A player's label: a listen word alone (at most NARRATION_LABEL_WORDS words: `Escuchar`, `Listen
#: 4:12`), or with the article named in at most NARRATION_LABEL_MAX_WORDS (`Artikel hören`).
NARRATION_LABEL_WORDS = 2
NARRATION_LABEL_MAX_WORDS = 8
#: A player's running time (`0:00 / 17:48`), or its length closing the line (`5:41`, `6 mins`).
_RUNNING_TIME = re.compile(r"\b0:00\s*/\s*\d{1,2}:\d\d\b|\b\d{1,2}:\d\d\s*$"
                           r"|\b\d{1,3}\s?(?:min|mins|minutes|minuten|minutos|minuti|minuter)\.?\s*$", re.IGNORECASE)


@functools.cache
def _narration_cues() -> dict[str, "re.Pattern[str]"]:
    """kind -> a stem of that kind where a word opens (a `voice` word whole: not `invoice`)."""
    return {kind: stem_pattern(stems, whole=kind == "voice")
            for kind, stems in data_kinds("narration_words.tsv").items()}


def _narration(line: Line) -> bool:
    info = line.info
    if not 0 < info.words <= NARRATION_MAX_WORDS or not _two_sentences_at_most(info.text):
        return False
    cues = _narration_cues()
    text = info.text
    short = info.words <= NARRATION_SHORT_MAX_WORDS and info.last not in ".!?"
    listens = cues["listen"].search(text) is not None
    if short and listens and (_RUNNING_TIME.search(text) is not None or info.words <= NARRATION_LABEL_WORDS
                              or (info.words <= NARRATION_LABEL_MAX_WORDS and cues["article"].search(text) is not None)):
        return True
    if cues["voice"].search(text) is None or cues["synthetic"].search(text) is None:
        return False
    end = SENTENCE_INSIDE.search(text)
    if end is not None and text[:end.start()].count(" ") >= NARRATION_LABEL_WORDS \
            and not any(cues[kind].search(text, 0, end.start() + 1) for kind in ("listen", "voice", "synthetic")):
        return False  # (the note or a label opens the line: `7:31 Min. Diese Audioversion wurde …`)
    return short or listens


#: An article's tool button in any wording (data/action_words.tsv; lines found by the `action` words
#: of data/lookout_words.tsv or by a network's name), anywhere: a line of at most
#: ACTION_MAX_WORDS words without a sentence end that opens or closes with a verb of sharing,
#: saving, copying, sending or printing, and names the article, its link, a reading list or a
#: network (`Copia il link dell'articolo`, `Artikel zur Merkliste hinzufügen`, `Deel via
#: WhatsApp`). The verb at an edge is a button's shape: `How to share a link on Facebook` is a
#: heading of a text about it.
ACTION_BUTTON = ("share", Mode.LINE)
ACTION_MAX_WORDS = 7


@functools.cache
def _action_words() -> tuple[frozenset[str], "re.Pattern[str]"]:
    """(the verbs, an object stem where a word opens or a network's name as a whole word)."""
    kinds = data_kinds("action_words.tsv")
    objects = stem_pattern(kinds["object"])
    networks = stem_pattern(data_lines("chrome/networks.txt"), whole=True)
    return frozenset(kinds["verb"]), re.compile(f"{objects.pattern}|{networks.pattern}", re.IGNORECASE)


def _edge_verb(words: list[str], verbs: frozenset[str]) -> bool:
    """Whether a button's first or last word (edge punctuation aside) is one of `verbs`: the verb
    at an edge is a button's shape (`Copia il link`, `Jetzt kostenlos testen`)."""
    return words[0].strip(EDGE_PUNCTUATION) in verbs or words[-1].strip(EDGE_PUNCTUATION) in verbs


def _button_words(text: str) -> list[str]:
    return text.lower().replace("\u2019", "'").split()


def _action_button(line: Line) -> bool:
    info = line.info
    if not 2 <= info.words <= ACTION_MAX_WORDS or info.last in ".!?" or SENTENCE_INSIDE.search(info.text):
        return False
    verbs, objects = _action_words()
    return _edge_verb(_button_words(info.text), verbs) and objects.search(info.text) is not None


#: A seller's call-to-action button in any wording (data/offer_words.tsv; lines found by the
#: `offer` words of data/lookout_words.tsv), anywhere: a line of at most OFFER_MAX_WORDS words,
#: not a list item, with no sentence end but `!`, that opens with a verb of trying, booking,
#: requesting or getting (or closes with one: `Jetzt kostenlos testen`, `Vraag een offerte aan`)
#: and names a free offer, a trial, a demo or a quote (`Schedule a Free Call`, `Try Sprout for
#: free`). An article's advice is a sentence (`Book a consultation with a dermatologist if it
#: persists.`).
OFFER_BUTTON = ("promo", Mode.LINE)
OFFER_MAX_WORDS = 10


@functools.cache
def _offer_words() -> tuple[frozenset[str], "re.Pattern[str]"]:
    """(the verbs, the offers as whole words)."""
    kinds = data_kinds("offer_words.tsv")
    return frozenset(kinds["verb"]), stem_pattern(kinds["offer"], whole=True)


def _offer_button(line: Line) -> bool:
    info = line.info
    if not 2 <= info.words <= OFFER_MAX_WORDS or info.last in ".?:;," or SENTENCE_INSIDE.search(info.text):
        return False
    if _LIST_ITEM.match(info.text):
        return False
    words = _button_words(info.text)
    verbs, offers = _offer_words()
    if not _edge_verb(words, verbs) or words[1] == "to":
        return False  # (`Try to keep the demo short`: a verb before an infinitive tells, it offers nothing)
    return offers.search(info.text) is not None


#: A newsletter's plug inside the article (data/chrome/newsletter_plugs.txt; lines found by the
#: `newsletter` words of data/lookout_words.tsv), anywhere: at most NEWSLETTER_PLUG_MAX_WORDS words
#: and two sentences, naming a newsletter, the last sentence a call to sign up of at most
#: NEWSLETTER_CALL_MAX_WORDS words (`… behind the energy transition. Sign up here.`).
NEWSLETTER_PLUG = ("subscribe", Mode.LINE)
NEWSLETTER_PLUG_MAX_WORDS = 40
NEWSLETTER_CALL_MAX_WORDS = 4


@functools.cache
def _newsletter_calls() -> "re.Pattern[str]":
    calls = "|".join(f"(?:{row})" for row in data_lines("chrome/newsletter_plugs.txt"))
    return re.compile(rf"(?:^|[.!?…]\s+)(?:{calls})\s*$", re.IGNORECASE)


#: ... or its last sentence is a call to sign up that names the newsletter
#: (data/chrome/newsletter_signups.txt: `For daily wit & wisdom, sign up for the Almanac
#: newsletter.`), after a lead-in of at most this many words and a comma.
NEWSLETTER_LEAD_IN_WORDS = 8


@functools.cache
def _newsletter_signups() -> "re.Pattern[str]":
    calls = "|".join(f"(?:{row})" for row in data_lines("chrome/newsletter_signups.txt"))
    lead_in = r"(?:[^\s.!?,]+\s+){0,%d}[^\s.!?,]+,\s+" % (NEWSLETTER_LEAD_IN_WORDS - 1)
    return re.compile(rf"(?:^|[.!?…:]\s+)(?:{lead_in})?(?:{calls})[^.!?]*[.!]?\s*$", re.IGNORECASE)


def _newsletter_plug(line: Line) -> bool:
    info = line.info
    if not info.words <= NEWSLETTER_PLUG_MAX_WORDS or not _two_sentences_at_most(info.text):
        return False
    m = _newsletter_calls().search(info.text)
    if m is not None and m.start() > 0 and info.text[m.start():].count(" ") <= NEWSLETTER_CALL_MAX_WORDS:
        return True
    return _newsletter_signups().search(info.text) is not None


#: `contains` phrases are looked for in at most this many lines at the end of the tail.
MAX_TAIL_SCAN_LINES = 80


class _Candidates(NamedTuple):
    """Lines a phrase could match, and the indices of those a rule in the site's own wording
    looks at."""

    lines: list[Line]
    inbox: frozenset[int]    # lines that name an inbox (INBOX_CALL)
    channel: frozenset[int]  # ... a messenger or a network (CHANNEL_INVITE, `_share_bar`, ACTION_BUTTON)
    audio: frozenset[int]    # ... a voice or a player's time (NARRATION)
    action: frozenset[int]   # ... what a tool button acts on (ACTION_BUTTON)
    newsletter: frozenset[int]  # ... a newsletter (NEWSLETTER_PLUG)
    medium: frozenset[int]  # ... a medium's label in capitals at its start (MEDIUM_TEASER)
    disclosure: frozenset[int]  # ... a commission or affiliate links (AFFILIATE_DISCLOSURE)
    embed: frozenset[int]  # ... third-party content or cookies (EMBED_CONSENT)
    signup: frozenset[int]  # ... a sign-up clause (SIGNUP_CONSENT)
    offer: frozenset[int]  # ... a seller's offer (OFFER_BUTTON)
    notes: tuple[frozenset[int], ...]  # ... each note's words (NOTES, in order; none when its family is off)
    question: frozenset[int]  # ... a short question before a space (LEAD_QUESTION_MAX_WORDS)
    badge_teasers: frozenset[int]  # ... a plus article's teaser under a repeated badge (BADGE_TEASER)


#: A pitch that opens with a short question (`Altijd als eerste op de hoogte? Zet meldingen aan in
#: de …-app.`, `Was this newsletter forwarded to you? Sign up to get it in your inbox.`): a
#: first sentence that asks in at most LEAD_QUESTION_MAX_WORDS words, then one sentence that a
#: phrase of LEAD_QUESTION_FAMILIES opens (a whole-line phrase, a prefix or a regex row). An
#: article's paragraph seldom answers its own question with a call to sign up, share or comment.
#: A comment call's question names the story (`What do you make of the cuts to the 375? Have your
#: say below …`) and a tip call's the reader's place (`Gebeurt er iets in jouw dorp of wijk waar
#: wij over moeten schrijven? Laat het ons weten.`): up to 14 words (8 before set 27; on the dev
#: set and pages 1-234 the longer bound takes no gold line).
LEAD_QUESTION_MAX_WORDS = 14
LEAD_QUESTION_FAMILIES = frozenset({"subscribe", "share", "tip", "feedback", "comments"})


def _lead_questions(source: str) -> list[int]:
    """Offsets of a `? ` within the first LEAD_QUESTION_MAX_WORDS words of its line: the cheap
    gate before `_lead_question_hit` (a question deep in a paragraph leads into no pitch, and its
    line need not be looked at; its indent does not count, and a line after a break other than
    "\n" only counts more words)."""
    found = []
    for at in find_all(source, "? "):
        if source[source.rfind("\n", 0, at) + 1:at].lstrip().count(" ") < LEAD_QUESTION_MAX_WORDS:
            found.append(at)
    return found


def _lead_question_hit(line: Line, matcher: PhraseMatcher) -> tuple[str, Mode] | None:
    """The phrase after a pitch's question (see LEAD_QUESTION_MAX_WORDS), or None."""
    text = line.info.text.strip()
    ends = list(SENTENCE_INSIDE.finditer(text))
    if not ends or text[ends[0].start()] != "?" or len(ends) > 1 \
            or text[:ends[0].start()].count(" ") >= LEAD_QUESTION_MAX_WORDS:
        return None  # (one question first, then one sentence)
    hit = matcher.match(text[ends[0].end() - 1:], contains=False)  # (the match ends on its first letter)
    if hit is None or hit[0] not in LEAD_QUESTION_FAMILIES or hit[1] not in (Mode.LINE, Mode.PREFIX):
        return None
    return hit[0], Mode.PREFIX


#: A line that opens with a pictograph (`🔎 LEIA TAMBÉM:`, `✅ Clique aqui …`): the keyword scan
#: looks only behind plain leads, and the phrase look-up reads such a line without its symbols.
_PICTOGRAPH_LINE = re.compile("(?m)^[ \t\u00a0]*[\u2190-\u2bff\U0001F000-\U0001FAFF]")


def _candidates(doc: Document, config: Config, tail_from: int) -> _Candidates:
    """Lines a phrase could match: those whose first word opens a phrase (one shared keyword
    scan), every line an operation changed, and the last lines of the tail, where a phrase
    inside a line counts; and those the `data/lookout_words.tsv` words point at."""
    hits = scan(doc, keywords(config))
    n = len(doc.lines)
    tail = range(max(tail_from, n - MAX_TAIL_SCAN_LINES), n)
    cookies = doc.line_numbers(find_all(doc.source, "ookie")) if "ookie" in doc.source else []  # (`_cookie_notice`)
    cookies += doc.line_numbers(partner_lines(doc.source))
    families = _matcher(config).families
    inbox = doc.line_numbers(lookout(doc, Lookout.INBOX)) if "subscribe" in families else []
    share = "share" in families
    channel = doc.line_numbers(lookout(doc, Lookout.CHANNEL)) if share else []
    network = doc.line_numbers(lookout(doc, Lookout.NETWORK)) if share else []
    discussion = sorted(_lookout_lines(doc, Lookout.DISCUSSION)) if "comments" in families else []
    audio = doc.line_numbers(lookout(doc, Lookout.AUDIO)) if "injected" in families else []
    action = doc.line_numbers(lookout(doc, Lookout.ACTION)) if share else []
    newsletter = doc.line_numbers(lookout(doc, Lookout.NEWSLETTER)) if "subscribe" in families else []
    medium = doc.line_numbers(_medium_teaser_lines(doc)) if "injected" in families else []
    disclosure = sorted(_lookout_lines(doc, Lookout.DISCLOSURE)) if "disclosure" in families else []
    embed = doc.line_numbers(lookout(doc, Lookout.EMBED)) + cookies if "cookies" in families else []
    signup = doc.line_numbers(lookout(doc, Lookout.SIGNUP)) if "subscribe" in families else []
    offer = doc.line_numbers(lookout(doc, Lookout.OFFER)) if "promo" in families else []
    source_lines = doc.source_lines()
    field = [i for i in doc.line_numbers(lookout(doc, Lookout.FIELD)) if _field_line(source_lines[i])] \
        if "subscribe" in families else []  # (`_field_and_button`: `mail` is a common word)
    kinds = {note.lookout for note in NOTES if note.hit[0] in families}
    found_kinds = {kind: doc.line_numbers(lookout(doc, kind)) for kind in kinds}
    notes = [found_kinds[note.lookout] if note.hit[0] in families else [] for note in NOTES]
    pictograph = [] if doc.source.isascii() else \
        doc.line_numbers(m.start() for m in _PICTOGRAPH_LINE.finditer(doc.source))
    question = doc.line_numbers(_lead_questions(doc.source)) if LEAD_QUESTION_FAMILIES.intersection(families) else []
    badges = doc.line_numbers(m.start() for m in _PLUS_BADGE_LINE.finditer(doc.source)) \
        if "subscribe" in families and ("+" in doc.source or "Plus" in doc.source or "PLUS" in doc.source) else []  # (`_plus_badge`)
    teasers = _badge_teasers(doc) if "related" in families else frozenset()
    lines = doc.lines_numbered(itertools.chain(doc.line_numbers(hits.line_starts), tail, cookies, inbox, channel,
                                               network, discussion, audio, action, newsletter, medium, pictograph,
                                               disclosure, embed, signup, offer, question, badges, field, teasers,
                                               *notes))
    return _Candidates(lines, frozenset(inbox), frozenset(channel) | frozenset(network), frozenset(audio),
                       frozenset(action), frozenset(newsletter), frozenset(medium), frozenset(disclosure),
                       frozenset(embed), frozenset(signup), frozenset(offer),
                       tuple(frozenset(found) for found in notes), frozenset(question), teasers)


@rule("chrome.phrases", G, "remove lines matching the chrome phrase tables (comments, share, related, …)")
def phrases(doc: Document, config: Config) -> None:
    matcher = _matcher(config)
    last = _last_content(doc, matcher)
    tail_from = last.index + 1 if last is not None else 0
    first = _first_content(doc, matcher) if last is not None else None
    head_to = first.index if first is not None else 0
    found = _candidates(doc, config, tail_from)
    candidates, inbox, channel = found.lines, found.inbox, found.channel
    labelled: list[Line] = []  # lines taken for a teaser label alone (TEASER_LABEL)
    medium: list[Line] = []  # ... and for a medium's label alone (MEDIUM_TEASER)
    for line in candidates:
        words = line.info.words
        in_tail, in_head = line.index >= tail_from, line.index < head_to
        if not words or words > NOTICE_MAX_WORDS:
            continue
        # (the tables judge a longer line inside the article's prose no more; the notes below
        # have their own lengths. An edge phrase needs an article to stand outside of: a page
        # without prose has none)
        long_inside = words > MAX_PHRASE_LINE_WORDS and not (in_head or in_tail)
        hit = None if long_inside else \
            _is_phrase_chrome(line, in_tail, matcher, in_head, outside=last is not None and (in_head or in_tail))
        if hit is None and line.index in inbox and _one_sentence_match(line, _inbox_calls(), short_tail=True):
            hit = INBOX_CALL
        if hit is None and line.index in channel:
            if _one_sentence_match(line, _channel_invites(), lead_question=True):
                hit = CHANNEL_INVITE
            elif _share_bar(line):
                hit = SHARE_BAR
        if hit is None and line.index in found.audio and _narration(line):
            hit = NARRATION
        if hit is None and (line.index in found.action or line.index in channel) and _action_button(line):
            hit = ACTION_BUTTON
        if hit is None and line.index in found.newsletter and _newsletter_plug(line):
            hit = NEWSLETTER_PLUG
        if hit is None and in_tail and last is not None and _below_a_gate(doc, line, matcher):
            hit = COMMENT_RULES
        if hit is None and line.index in found.embed and _embed_consent(line):
            hit = EMBED_CONSENT
        if hit is None and line.index in found.signup and _signup_consent(line):
            hit = SIGNUP_CONSENT
        if hit is None:
            hit = next((note.hit for note, lines in zip(NOTES, found.notes)
                        if line.index in lines and _note(line, note)), None)
        if hit is None and line.index in found.offer and _offer_button(line):
            hit = OFFER_BUTTON
        if hit is None and line.index in found.disclosure and not long_inside and \
                _affiliate_disclosure(line, outside=last is not None and (in_head or in_tail)):
            hit = AFFILIATE_DISCLOSURE
        if hit is None and line.index in found.question and not long_inside:
            hit = _lead_question_hit(line, matcher)
        if hit is None and line.index in found.badge_teasers:
            hit = BADGE_TEASER
        if hit is None and line.index in found.medium and _medium_teaser(line.info.text):
            medium.append(line)
            continue
        if hit is TEASER_LABEL:
            labelled.append(line)
        elif hit is not None:
            line.remove("chrome.phrases", G, evidence=f"{hit[0]}:{hit[1].value}")
    if "injected" in matcher.families:
        labelled += _teaser_labels(doc, {line.index for line in candidates})
    if len(labelled) < TEASER_LABEL_LISTING:
        for line in labelled:
            line.remove("chrome.phrases", G, evidence=f"{TEASER_LABEL[0]}:{TEASER_LABEL_MODE}")
    if len(medium) < TEASER_LABEL_LISTING:  # (more: a listing's own cards, `VIDEO: …` on each)
        for line in medium:
            line.remove("chrome.phrases", G, evidence=f"{MEDIUM_TEASER[0]}:{MEDIUM_TEASER[1].value}")
    if "cookies" in matcher.families:
        _consent_buttons(doc)
    if "subscribe" in matcher.families:
        _newsletter_boxes(doc, matcher)
        _paywall_boxes(doc, matcher)
    if AFFILIATE_DISCLOSURE[0] in matcher.families:
        _disclosure_boxes(doc)
    if BREADCRUMB[0] in matcher.families and first is not None:
        _breadcrumbs(doc, head_to)
    if FORM_FIELD[0] in matcher.families:
        _form_fields(doc)


#: A web form's field (`First Name *`, `Email (Required)`, `Téléphone (obligatoire)`), anywhere: a
#: line of at most FORM_FIELD_MAX_WORDS words that is nothing but a field's label
#: (data/chrome/form_fields.txt) and the mark of a required field. Then, by its neighbours, the
#: unmarked labels right above or below a marked one, up to FORM_FIELD_NEIGHBOURS lines away in a
#: row (`Last Name` under `First Name *`). An unmarked label alone stays: `Phone number` may head
#: a how-to's section, and a form page's gold may keep its labels.
FORM_FIELD = ("forms", Mode.LINE)
FORM_FIELD_MAX_WORDS = 6
FORM_FIELD_NEIGHBOURS = 3
#: A select box's line, anywhere (`- Any - Culture & Society Digital education …`, `-Select- Friend
#: Family Newsletter`): its placeholder framed in dashes (form_fields.txt's `placeholder` rows)
#: opens the line, and the options after it end no sentence. The evidence's mode.
SELECT_BOX = "select"
#: Where a required mark may close a line: `*` or a bracket, before the line's end.
_MARKED_END = re.compile(r"[*)][ \t\r]*(?:\n|\Z)")


@functools.cache
def _form_field_patterns() -> tuple["re.Pattern[str]", "re.Pattern[str]"]:
    """(a marked field, a bare label), each to be matched against a whole line."""
    kinds = data_kinds("chrome/form_fields.txt")
    labels = "|".join(sorted(map(re.escape, kinds["label"]), key=len, reverse=True))
    marks = "|".join(sorted(map(re.escape, kinds["mark"]), key=len, reverse=True))
    marked = re.compile(r"(?:%s)\s*:?\s*(?:\*|\((?:%s)\))" % (labels, marks), re.IGNORECASE)
    bare = re.compile(r"(?:%s)\s*:?" % labels, re.IGNORECASE)
    return marked, bare


@functools.cache
def _select_box() -> "re.Pattern[str]":
    """A line that opens with a select box's placeholder in its dashes (`- Any - Culture & Society
    Digital education …`): the box, printed as its options in a row."""
    placeholders = "|".join(sorted(map(re.escape, data_kinds("chrome/form_fields.txt")["placeholder"]),
                                   key=len, reverse=True))
    return re.compile(r"(?im)^[ \t]*[-–—]{1,2}[ \t]?(?:%s)[ \t]?[-–—]{1,2}(?=[ \t\r]|$)" % placeholders)


def _select_line(text: str) -> bool:
    """A select box's line; not a list item that ends a sentence (`- None - the county did not
    answer.`)."""
    m = _select_box().match(text)
    if m is None:
        return False
    rest = text[m.end():].strip()
    return not rest or not ends_sentence(rest)


def _in_list(doc: Document, line: Line, boxes: set[int]) -> bool:
    """An item of a list (`- All - good news for the town` between other items): its neighbour
    line, blank lines aside, is an item too (`_LIST_ITEM`) and no select box."""
    for step in (-1, 1):
        i = line.index + step
        while 0 <= i < len(doc.lines) and doc.lines[i].blank:
            i += step
        if 0 <= i < len(doc.lines) and i not in boxes and _LIST_ITEM.match(doc.lines[i].text.lstrip()) is not None:
            return True
    return False


def _form_fields(doc: Document) -> None:
    marked, bare = _form_field_patterns()
    evidence = f"{FORM_FIELD[0]}:{FORM_FIELD[1].value}"
    boxes = [line for line in doc.lines_numbered(doc.line_numbers(m.start() for m in _select_box().finditer(doc.source)))
             if line.removed is None and _select_line(line.text)]
    indices = {line.index for line in boxes}
    for line in boxes:
        if not _in_list(doc, line, indices):
            line.remove("chrome.phrases", G, evidence=f"{FORM_FIELD[0]}:{SELECT_BOX}")
    ends = [m.start() for m in _MARKED_END.finditer(doc.source)]
    fields = []
    for line in doc.lines_numbered(doc.line_numbers(ends)):
        info = line.info
        if line.removed is None and 0 < info.words <= FORM_FIELD_MAX_WORDS \
                and marked.fullmatch(info.text.strip()) is not None:
            fields.append(line)
    for field in fields:
        field.remove("chrome.phrases", G, evidence=evidence)
    for field in fields:
        for step in (-1, 1):
            seen = 0
            i = field.index + step
            while 0 <= i < len(doc.lines) and seen < FORM_FIELD_NEIGHBOURS:
                line = doc.lines[i]
                i += step
                if line.blank or line.removed is not None:
                    continue
                seen += 1
                if bare.fullmatch(line.info.text.strip()) is None:
                    break  # (a marked neighbour went in the first pass)
                line.remove("chrome.phrases", G, evidence=evidence)


#: After a cookie notice, this many non-blank lines are looked at for its button row ...
CONSENT_BUTTON_LINES = 2
#: ... each at most this many words, no sentence end, holding a word of
#: `data/chrome/consent_words.txt`.
CONSENT_BUTTON_MAX_WORDS = 10
#: The evidence's mode for such a row (a menu entry to chrome.menus, like an `edge` phrase).
CONSENT_BUTTONS = "buttons"


@functools.cache
def _consent_words() -> "re.Pattern[str]":
    stems = data_alternation("chrome/consent_words.txt")
    return re.compile(r"(?<![^\W\d_])(?:%s)" % stems, re.IGNORECASE)


def _consent_buttons(doc: Document) -> None:
    """A consent dialog's buttons below its notice (`Accepteren Weigeren Instellen per partner`,
    `Ver política de cookies Acepto`): the short lines right after a line chrome.phrases took as
    a cookie notice, worded however the site words them, go when they name a consent action."""
    notices = removed_for(doc, "cookies")
    for i in notices:
        seen = 0
        for line in doc.lines.from_index(i + 1):
            if line.removed is not None or line.blank:
                continue
            seen += 1
            info = line.info
            if seen > CONSENT_BUTTON_LINES or info.prose or info.words > CONSENT_BUTTON_MAX_WORDS \
                    or info.last in SENTENCE_END_CHARS or _consent_words().search(info.text) is None:
                break
            line.remove("chrome.phrases", G, evidence=f"cookies:{CONSENT_BUTTONS}")


#: A newsletter box below its sign-up call, in the site's own words: its blurb (`The week’s
#: weather explained, plus the science behind the headlines, every Thursday.`), a form field
#: (`Email address`) and the legal line that closes it (`By subscribing, you agree to our privacy
#: policy.`, a `notice` phrase, which alone counts only outside the article). Among the first
#: NEWSLETTER_BOX_LINES lines after a line chrome.phrases took for a `subscribe` phrase that
#: names what it delivers (`data/chrome/delivery_cues.txt`: a newsletter, e-mail, updates), up to
#: the last one that is such a legal line or another line it took, the lines go: a blurb of
#: NEWSLETTER_BLURB_MIN_WORDS to NEWSLETTER_BLURB_MAX_WORDS words and two sentences at most, a
#: field of at most NEWSLETTER_FIELD_MAX_WORDS words without a sentence end (fields alone need
#: the legal line: between two other lines of chrome they are a menu's entries). A field may be
#: the newsletter's name (`La Corneta al día`).
#: The box's name may stand above a call that is its blurb (`The Unbound's free morning
#: briefing` over `Get the day's biggest stories … in your inbox before 7am, every weekday`): a
#: line of 2 to NEWSLETTER_FIELD_MAX_WORDS + 2 words without a sentence end or link, below a line that
#: ends a sentence or that a rule took (no list's item), goes with it, unless prose follows the box
#: and the line names no delivery (`How to apply` over its section, a box dropped in below it).
NEWSLETTER_BOX_LINES = 4
NEWSLETTER_BLURB_MIN_WORDS = 6
NEWSLETTER_BLURB_MAX_WORDS = 30
NEWSLETTER_FIELD_MAX_WORDS = 5
NEWSLETTER_NAME = "name"
#: Short lines (a name) between a bare label and a blurb, in a box nothing closes.
UNCLOSED_BOX_NAMES = 1
#: The evidence's modes for a box's blurb or field, and for its legal line.
NEWSLETTER_BLURB = "blurb"
#: The box's e-mail field, where the extractor printed it, goes whether or not anything closes
#: the box: right below the call, a line that is the field's label or placeholder
#: (data/chrome/email_fields.txt), alone or followed by the form's button (`Votre adresse e-mail
#: Je m’inscris`, `Email address Sign up`).
NEWSLETTER_FIELD = "field"
#: ... a line of at most this many words: the field's label and the button's (`Il tuo indirizzo
#: email Iscriviti ora`).
EMAIL_FIELD_MAX_WORDS = 8
NEWSLETTER_LEGAL = "box"


def _box_line(line: Line) -> bool:
    """A newsletter box's blurb or field (NEWSLETTER_BLURB_MIN_WORDS, NEWSLETTER_FIELD_MAX_WORDS)."""
    info = line.info
    if NEWSLETTER_BLURB_MIN_WORDS <= info.words <= NEWSLETTER_BLURB_MAX_WORDS:
        return _two_sentences_at_most(info.text)
    return _field(info)


def _field(info: LineInfo) -> bool:
    """A box's button, form field or name: at most NEWSLETTER_FIELD_MAX_WORDS words, no sentence end
    (a Markdown link's by its text, as LineInfo.last reads it: `[See subscription options](…)`)."""
    return 0 < info.words <= NEWSLETTER_FIELD_MAX_WORDS and info.last not in SENTENCE_END_CHARS


def _newsletter_boxes(doc: Document, matcher: PhraseMatcher) -> None:
    """The lines of a newsletter box between its sign-up call and its legal line or next line
    of chrome (see NEWSLETTER_BOX_LINES)."""
    cue = _delivery_cue()
    calls = [i for i in removed_for(doc, "subscribe") if cue.search(link_text(doc.lines[i].text)) is not None]
    for i in calls:
        window = list(itertools.islice((line for line in doc.lines.from_index(i + 1) if not line.blank),
                                       NEWSLETTER_BOX_LINES))
        if window and window[0].removed is None and _email_field(window[0].info, matcher):
            window[0].remove("chrome.phrases", G, evidence=f"subscribe:{NEWSLETTER_FIELD}")
        closing = None
        for k, line in enumerate(window):
            if line.removed is not None:
                if phrase_removal(line) is not None:
                    closing = k
                continue
            if line.info.words <= NOTICE_MAX_WORDS and _legal_line(line.info.text, matcher):
                closing = k
        if closing is None:
            _unclosed_box(doc.lines[i], window, matcher)
            continue
        box = window[:closing + 1]
        if not all(line.removed is not None or _box_line(line) or k == closing for k, line in enumerate(box)):
            continue
        if window[closing].removed is not None and not _signup_consent(window[closing]) and not any(
                line.removed is None and line.info.words >= NEWSLETTER_BLURB_MIN_WORDS for line in box):
            continue  # (fields alone between two lines of chrome: a menu's entries, not a box; a
            # sign-up form's consent line closes a box as its legal line does)
        for k, line in enumerate(box):
            if line.removed is None:
                mode = NEWSLETTER_LEGAL if k == closing else NEWSLETTER_BLURB
                line.remove("chrome.phrases", G, evidence=f"subscribe:{mode}")
    for i in calls:  # (once the boxes are gone: what follows a box tells a name from a subheading)
        _newsletter_name(doc, i)


@functools.cache
def _email_field_labels() -> "re.Pattern[str]":
    return re.compile(r"(?:%s)(?=[\s*:]|$)" % data_alternation("chrome/email_fields.txt"), re.IGNORECASE)


def _email_field(info: LineInfo, matcher: PhraseMatcher) -> bool:
    """The form's e-mail field, alone or before its button (see NEWSLETTER_FIELD)."""
    if not 0 < info.words <= EMAIL_FIELD_MAX_WORDS or info.last in SENTENCE_END_CHARS:
        return False
    rest = _field_rest(info.text)
    return rest is not None and (not rest or matcher.match(rest, contains=False) == ("subscribe", Mode.LINE))


def _field_rest(text: str) -> str | None:
    """What follows an e-mail field's label opening the line, or None without one."""
    text = strip_edges(text)
    m = _email_field_labels().match(text)
    return None if m is None else text[m.end():].strip(" *:")


#: A sign-up form's e-mail field and its button on one line (`Email address Yes, send it to me`,
#: `E-mailadres Meld me aan`), anywhere: the field's label (data/chrome/email_fields.txt), then a
#: line of at most EMAIL_FIELD_MAX_WORDS words in all that a `subscribe` phrase opens, without a
#: sentence end. The label alone is no hit here: `Email address` may be a form's heading in a how-to.
FIELD_AND_BUTTON = ("subscribe", Mode.LINE)


#: ... whose button may end with `!` but with no other sentence end.
_FIELD_BUTTON_ENDS = SENTENCE_END_CHARS - {"!"}


def _field_line(text: str) -> str | None:
    """The cheap test (also `_candidates`'): on a short line that a field's label opens, what
    follows the label (None, or "", when nothing does)."""
    return _field_rest(text) if len(text.split()) <= EMAIL_FIELD_MAX_WORDS else None


def _field_and_button(text: str, matcher: PhraseMatcher) -> bool:
    rest = _field_line(text)
    if not rest or text.rstrip()[-1:] in _FIELD_BUTTON_ENDS:
        return False
    hit = matcher.match(rest, contains=False)
    return hit is not None and hit[0] == "subscribe" and hit[1] in (Mode.LINE, Mode.PREFIX)


def _unclosed_box(call: Line, window: list[Line], matcher: PhraseMatcher) -> None:
    """A box under a bare label whose button the extractor dropped (`Newsletter` / `Vértice da
    Manhã` / `Receba no seu email, todos os dias úteis às 7h, …`), so that no legal line or other
    chrome closes it: the label is a whole-line phrase, then come UNCLOSED_BOX_NAMES short lines
    (the newsletter's name) and a blurb that names the delivery itself. A subheading under the
    label would have to be followed by a paragraph that promises e-mail in two sentences or fewer,
    or by a blurb with the form's e-mail field right below it (`Infolettre` / `Montréal au réveil`
    / `Chaque matin de semaine, les nouvelles …` / `Adresse courriel S’inscrire`). Without a name,
    the blurb right under the label is one sentence that names the delivery (`Nieuwsbrief` /
    `Het Friese nieuws van de dag, om vijf uur in je mailbox`)."""
    if phrase_removal(call) != ("subscribe", Mode.LINE.value):
        return
    names = 0
    for k, line in enumerate(window):
        info = line.info
        if line.removed is not None:
            return
        if _field(info):
            names += 1
            if names > UNCLOSED_BOX_NAMES:
                return
            continue
        if not _box_line(line):
            return
        field = window[k + 1] if k + 1 < len(window) and window[k + 1].alive \
            and _email_field(window[k + 1].info, matcher) else None
        cue = _delivery_cue().search(link_text(info.text)) is not None
        if not names and not (cue and SENTENCE_INSIDE.search(info.text) is None):
            return  # (no name: only a one-sentence blurb that names the delivery, `… om vijf uur in je mailbox`)
        if field is not None or cue:
            for taken in window[:k + 1]:
                mode = NEWSLETTER_NAME if taken is not line else NEWSLETTER_BLURB
                taken.remove("chrome.phrases", G, evidence=f"subscribe:{mode}")
            if field is not None:
                field.remove("chrome.phrases", G, evidence=f"subscribe:{NEWSLETTER_FIELD}")
        return


def _newsletter_name(doc: Document, call: int) -> None:
    """The box's name above a call that is its blurb (see NEWSLETTER_BOX_LINES)."""
    if doc.lines[call].info.words < NEWSLETTER_BLURB_MIN_WORDS:
        return  # (a bare `Newsletter` or `Sign up` call: the line above may be a subheading)
    above = list(itertools.islice(non_blank_lines(doc, call - 1, backwards=True), 2))
    if not above or above[0].removed is not None:
        return
    name = above[0].info
    if not 2 <= name.words <= NEWSLETTER_FIELD_MAX_WORDS + 2 or name.last in SENTENCE_END_CHARS or name.prose \
            or any(mark in name.text for mark in "/@#"):
        return  # (a name is words: a link or handle above a call is the article's)
    if len(above) > 1 and above[1].removed is None and above[1].info.last not in SENTENCE_END_CHARS:
        return  # (below another short line: an item of a list or menu, a title over its dek)
    after = next((line for line in doc.lines.from_index(call + 1) if line.alive and not line.blank), None)
    if after is not None and after.info.prose and _delivery_cue().search(link_text(name.text)) is None:
        return  # (a subheading over its section's text, a box dropped in below it)
    above[0].remove("chrome.phrases", G, evidence=f"subscribe:{NEWSLETTER_NAME}")


#: A paywall box set between the article's paragraphs (`Blijf de Maatstaf lezen` / `Onbeperkt
#: toegang tot alle artikels … per maand.` / `Word abonnee` / `Al abonnee? Meld je hier aan`):
#: its last line asks a reader who may already pay to log in (data/chrome/account_prompts.txt)
#: in at most ACCOUNT_PROMPT_MAX_WORDS words, and goes wherever it stands. Above it, within
#: PAYWALL_BOX_LINES lines, go its buttons (fields: NEWSLETTER_FIELD_MAX_WORDS words at most, no
#: sentence end), its pitch (lines of NEWSLETTER_BLURB_MIN_WORDS to PAYWALL_PITCH_MAX_WORDS words
#: and PAYWALL_PITCH_MAX_SENTENCES sentences at most naming a subscription, unlimited reading or
#: a price per period: data/chrome/paywall_words.txt) and the one short line of its name right
#: above the pitch. A pitch that names none of them (`Alle Hintergründe, Analysen und Interviews
#: …`) is the box's only between a price below it and the box's call to subscribe right above it.
#: Without a pitch only the prompt goes (a short line above may be a subheading).
#: A prompt worded as a button, not a question (`J’ai déjà un compte`), closes a box only once the
#: phrase tables took its line for a `subscribe` phrase.
ACCOUNT_PROMPT = ("subscribe", Mode.CONTAINS)
ACCOUNT_PROMPT_MAX_WORDS = 10
PAYWALL_BOX_LINES = 5
PAYWALL_PITCH_MAX_WORDS = 60
PAYWALL_PITCH_MAX_SENTENCES = 3
#: Above a pitch, another line of two sentences or more is the box's only when it has at most this
#: many words (`Toute l’actualité de votre commune, sans limite … Sans engagement, résiliable en
#: ligne.` above the price): a longer one is the article's paragraph the box was set under, which
#: may name subscribers and a price (`Abbonati da anni alla tratta, i pendolari pagano circa
#: settanta euro al mese …`, 50 words; upper pitches on the bench pages have 17 words).
PAYWALL_UPPER_PITCH_MAX_WORDS = 30
#: A box's name is longer than a button (`Il Passo lo pagano i suoi lettori`, `Accedé a todas las
#: notas y sumate a Club Estandarte`) and may ask (`Wil je dit artikel helemaal lezen?`): it stands
#: right above a pitch, in a box its prompt closes.
PAYWALL_NAME_MAX_WORDS = NEWSLETTER_FIELD_MAX_WORDS + 5
#: The evidence's mode for the lines of a paywall box above its prompt.
PAYWALL_BOX = "paywall"
#: Above the box's name, a badge of at most this many words that the box repeats (`RZ-Plus` over
#: `Den ganzen Artikel lesen mit RZ-Plus`, `Orobica+` over a pitch `Con Orobica+ leggi …`): the
#: plan's label on the box, not a subheading.
PAYWALL_BADGE_MAX_WORDS = 2
#: A price (a currency sign or code by a number): the offer button of a box, whose name is above.
_PRICE = re.compile(r"[$€£¥₹]\s?\d|\d(?:[.,]\d+)?\s?(?:[$€£¥₹]|(?:euros?|eur|usd|reais|dollars?|pounds?|francs?|chf)\b)", re.I)


@functools.cache
def _account_prompts() -> "re.Pattern[str]":
    return data_patterns("chrome/account_prompts.txt")


@functools.cache
def _paywall_words(kind: str | None = None) -> "re.Pattern[str]":
    """The stems of data/chrome/paywall_words.txt, all or those of one kind."""
    kinds = data_kinds("chrome/paywall_words.txt")
    return stem_pattern(kinds[kind] if kind else [word for words in kinds.values() for word in words])


#: A paywall box whose account prompt the extractor dropped (a link it does not keep) ends on its
#: subscribe button (`Je m’abonne`, `Suscribite`, `Start my subscription`): a line the tables
#: took for a `subscribe` phrase, or a field naming a subscription. It goes with its pitch right
#: above it and the short name above that, when the pitch offers unlimited reading at a price (an
#: amount, or a period: `get unlimited access … from R75 a month.`, `Accédez à tous nos contenus
#: en illimité … dès 1 € le premier mois.`); a subscription word alone is what an article on the
#: news business says too.
PAYWALL_OFFER = "offer"
#: The price may stand on a line of its own between the pitch and the button (`€1 for your first
#: 3 months, then €5.99 a month. Cancel anytime.`, `R$ 1,90 no primeiro mês. Depois, R$ 19,90 por
#: mês.`): a line of at most this many words that names an amount.
PAYWALL_PRICE_MAX_WORDS = 20
#: How an offer button's removal is recorded (see OFFER_BUTTON).
OFFER_REMOVAL = (OFFER_BUTTON[0], OFFER_BUTTON[1].value)


def _offer_pitch(line: Line) -> bool:
    """A paywall's pitch that offers unlimited reading (see PAYWALL_OFFER); its price is judged
    apart (`_priced`), as it may stand on the line below."""
    info = line.info
    return NEWSLETTER_BLURB_MIN_WORDS <= info.words \
        and _few_sentences(line, PAYWALL_PITCH_MAX_WORDS, PAYWALL_PITCH_MAX_SENTENCES) \
        and _paywall_words("unlimited").search(info.text) is not None


def _priced(line: Line) -> bool:
    """The line names an amount or a price's period (`from $7 a month`)."""
    text = line.info.text
    return _PRICE.search(text) is not None or _paywall_words("period").search(text) is not None


def _price_line(line: Line) -> bool:
    """An offer's price on a line of its own (see PAYWALL_PRICE_MAX_WORDS)."""
    return 0 < line.info.words <= PAYWALL_PRICE_MAX_WORDS and _PRICE.search(line.info.text) is not None


def _subscribe_button(line: Line) -> bool:
    """A box's subscribe button (see PAYWALL_OFFER): a whole-line phrase, a button-shaped line
    that a row opens (`Jetzt 4 Wochen testen`), an offer button (`Scopri le offerte`, `BK-Plus
    gratis testen`), or a button that names a subscription (`Start my subscription`)."""
    if line.removed is not None:
        found = phrase_removal(line)
        if found == OFFER_REMOVAL or found == ("subscribe", Mode.LINE.value) \
                or (found == ("subscribe", Mode.PREFIX.value) and _field(line.info)):
            return True
    return _field(line.info) and _paywall_words("subscription").search(line.info.text) is not None


def _offer_boxes(doc: Document, matcher: PhraseMatcher) -> None:
    """Paywall boxes that end on their subscribe button (see PAYWALL_OFFER)."""
    for index in sorted(set(doc.line_numbers(lookout(doc, Lookout.UNLIMITED)))):
        pitch = doc.lines[index]
        if not pitch.alive or not _offer_pitch(pitch):
            continue
        button = next(non_blank_lines(doc, index + 1), None)
        if button is None:
            continue
        box = [pitch, button]
        if not (_priced(pitch) and _subscribe_button(button)):
            if not _price_line(button):
                continue
            button = next(non_blank_lines(doc, button.index + 1), None)  # (the price above its button)
            if button is None or not _subscribe_button(button):
                continue
            box.append(button)
        name = next(non_blank_lines(doc, index - 1, backwards=True), None)
        if name is not None and _box_name(name, matcher) \
                and (name.alive or phrase_removal(name) is not None):  # (a name the tables took)
            box.append(name)
            badge = _box_badge(doc, name, box)
            if badge is not None:
                box.append(badge)
        for line in box:
            if line.alive:
                line.remove("chrome.phrases", G, evidence=f"{ACCOUNT_PROMPT[0]}:{PAYWALL_OFFER}")


def _paywall_boxes(doc: Document, matcher: PhraseMatcher) -> None:
    """Account prompts and the paywall boxes they close (see ACCOUNT_PROMPT)."""
    for line in doc.lines:
        found = phrase_removal(line)
        if line.blank or (line.removed is not None and found is None):
            continue  # (another rule's line)
        if "?" not in line.text and (found is None or found[0] != ACCOUNT_PROMPT[0]):
            continue  # (the cheap tests first: a prompt is a short question, or a button the tables took)
        if line.info.words > ACCOUNT_PROMPT_MAX_WORDS or _account_prompts().search(line.text) is None:
            continue
        if line.alive:
            line.remove("chrome.phrases", G, evidence=f"{ACCOUNT_PROMPT[0]}:{ACCOUNT_PROMPT[1].value}")
        _paywall_box(doc, line, matcher)
    _offer_boxes(doc, matcher)


def _paywall_box(doc: Document, prompt: Line, matcher: PhraseMatcher) -> None:
    """The buttons, pitch and name above a prompt (see ACCOUNT_PROMPT)."""
    box: list[Line] = []
    pitched = False
    priced = False  # a price stands below, in the box
    top: Line | None = None  # the box's top line, when the tables took it (its name)
    for above in itertools.islice(non_blank_lines(doc, prompt.index - 1, backwards=True), PAYWALL_BOX_LINES):
        info = above.info
        pitch = NEWSLETTER_BLURB_MIN_WORDS <= info.words \
            and _few_sentences(above, PAYWALL_PITCH_MAX_WORDS, PAYWALL_PITCH_MAX_SENTENCES) \
            and (_paywall_words().search(info.text) is not None
                 or (priced and _subscribe_call_above(doc, above)))
        priced = priced or _PRICE.search(info.text) is not None
        if above.removed is not None:
            if phrase_removal(above) is None:
                break
            if pitched and not pitch:
                top = above  # (the box's name above its pitch, which the tables took: `Weiterlesen mit RP+`)
                break
            pitched = pitched or pitch
            continue  # (a line of the box the tables took: `Word abonnee`)
        field = _field(info)
        short = _short_name(info)
        if pitch and pitched and info.words > PAYWALL_UPPER_PITCH_MAX_WORDS and _is_paragraph(above):
            break  # (the article's paragraph above the box, on what a pool's or a ferry's subscribers pay)
        if pitch:
            box.append(above)
            pitched = True
        elif field and not pitched:
            box.append(above)  # (a button)
        elif short and _PRICE.search(info.text) is not None:
            box.append(above)  # (an offer's button, no box name: `4 Wochen für 1 € testen`)
        elif pitched and (_box_name(above, matcher) or (0 < info.words <= PAYWALL_NAME_MAX_WORDS and info.last == "?")):
            box.append(above)  # (the box's name, right above its pitch: `Wil je dit artikel helemaal lezen?`)
            break
        else:
            break
    if pitched and (box or top is not None):
        badge = _box_badge(doc, top or box[-1], box if top is None else [*box, top])
        if badge is not None:
            box.append(badge)
    if pitched:
        for line in box:
            line.remove("chrome.phrases", G, evidence=f"{ACCOUNT_PROMPT[0]}:{PAYWALL_BOX}")


def _subscribe_call_above(doc: Document, line: Line) -> bool:
    """The line above is a box's call to subscribe: a `subscribe` line of the tables (`Jetzt
    weiterlesen mit Flanke+`), or a short line naming a subscription (`Per continuare a leggere
    abbonati a CS+`). Between it and a priced offer, a pitch need not name what it sells
    (`Approfondimenti, retroscena e le pagelle di tutte le partite …`; see ACCOUNT_PROMPT)."""
    above = next(non_blank_lines(doc, line.index - 1, backwards=True), None)
    if above is None:
        return False
    if above.removed is not None:
        found = phrase_removal(above)
        return found is not None and found[0] == ACCOUNT_PROMPT[0]
    return _short_name(above.info) and _paywall_words("subscription").search(above.info.text) is not None


#: A box's name may be longer when it opens with a call to subscribe, a whole-line `subscribe`
#: phrase of its own (`Suscríbete y no te pierdas nada de lo que pasa en tu barrio`): at most
#: this many words, ending no sentence.
PAYWALL_CALL_NAME_MAX_WORDS = 16
_FIRST_WORD = re.compile(r"\W*([^\W\d_][\w’'-]*)")


def _short_name(info: LineInfo) -> bool:
    """A line short enough for a box's name or button (PAYWALL_NAME_MAX_WORDS), ending no sentence."""
    return 0 < info.words <= PAYWALL_NAME_MAX_WORDS and info.last not in SENTENCE_END_CHARS


def _box_name(line: Line, matcher: PhraseMatcher) -> bool:
    """A paywall box's name: a short line, or a longer one that opens with a call to subscribe
    (PAYWALL_CALL_NAME_MAX_WORDS)."""
    info = line.info
    if _short_name(info):
        return True
    if not 0 < info.words <= PAYWALL_CALL_NAME_MAX_WORDS or info.last in SENTENCE_END_CHARS:
        return False
    first = _FIRST_WORD.match(info.text)
    return first is not None and matcher.match(first.group(1), contains=False) == ("subscribe", Mode.LINE)


def _box_badge(doc: Document, top: Line, box: list[Line]) -> Line | None:
    """The line above a paywall box's top line when it is a short label that a line of the box
    repeats (see PAYWALL_BADGE_MAX_WORDS); the box's top line is its name or a line the tables took."""
    above = next(non_blank_lines(doc, top.index - 1, backwards=True), None) if top.index else None
    if above is None or not above.alive:
        return None
    info = above.info
    if not 0 < info.words <= PAYWALL_BADGE_MAX_WORDS or info.last in SENTENCE_END_CHARS:
        return None
    label = strip_edges(info.text).casefold()
    if len(label) < 2:
        return None
    repeated = re.compile(r"(?<!\w)%s(?!\w)" % re.escape(label))
    return above if any(repeated.search(line.text.casefold()) for line in box) else None


def non_blank_lines(doc: Document, start: int, backwards: bool = False) -> Iterator[Line]:
    """The non-blank lines from `start` down to the last (or, `backwards`, up to the first)."""
    lines = (doc.lines[k] for k in range(start, -1, -1)) if backwards else doc.lines.from_index(start)
    return (line for line in lines if not line.blank)


def _legal_line(text: str, matcher: PhraseMatcher) -> bool:
    """A site notice's phrase opens the line (`By subscribing, you agree …`)."""
    hit = matcher.match(text, contains=False)
    return hit is not None and hit[0] in OUTSIDE_ONLY_FAMILIES


def removed_for(doc: Document, family: str) -> list[int]:
    """Indices of the lines chrome.phrases removed for a phrase of `family`, in order."""
    return sorted(i for i in doc.removed_indices
                  if (found := phrase_removal(doc.lines[i])) is not None and found[0] == family)


def phrase_removal(line: Line) -> tuple[str, str] | None:
    """(family, mode) of the phrase chrome.phrases removed this line for, from its evidence
    (other rules read it: a menu's entries, a tail marker, a breadcrumb over the title)."""
    op = line.removed
    if op is None or op.rule != "chrome.phrases" or not op.evidence:
        return None
    family, _, mode = op.evidence.partition(":")
    return family, mode


def is_tail_marker(line: Line, families: frozenset[str] = TAIL_MARKER_FAMILIES) -> bool:
    """A line chrome.phrases removed for a whole-line phrase of a tail family (`Related Articles`,
    `Leave a Reply`): what follows it is the marker's block."""
    found = phrase_removal(line)
    return found is not None and found[0] in families and found[1] == Mode.LINE.value


def _is_paragraph(line: Line) -> bool:
    """Two or more sentences of prose: never chrome by repetition alone (wire copy, a quote,
    an editor's note repeat across a site's articles and are still article text)."""
    info = line.info
    return info.prose and SENTENCE_INSIDE.search(info.text) is not None


@rule("chrome.repeated", G, "corpus mode: drop lines around the article that many documents of its source share")
def repeated(doc: Document, config: Config) -> None:
    stats = doc.corpus
    if stats is None or not stats.counts:
        return
    threshold = stats.threshold()
    counts = stats.counts
    texts = doc.current_texts()
    lines = doc.lines
    alive = doc.alive_indices()
    # The article runs from its first to its last prose line; a repeated line inside it (`Step 1`,
    # a recurring subheading) stays: generic injected lines are the phrase tables' job.
    prose = [i for i in alive if _maybe_prose(texts[i]) and lines[i].info.prose]
    body = range(prose[0], prose[-1] + 1) if prose else range(0)
    for i in alive:
        text = texts[i]
        if i in body or not text.strip():
            continue
        key = line_key(text)
        n = counts.get(key, 0) if key is not None else 0
        if n < threshold:
            continue
        line = lines[i]
        if _is_paragraph(line):
            continue
        line.remove("chrome.repeated", G, evidence=f"in {n} of {stats.documents} documents")


#: A menu is a run of at least this many short lines (blank lines between them aside) ...
MENU_MIN_RUN = 4
#: ... each at most this many words (and see `_menu_item`).
MENU_MAX_WORDS = 4
#: A menu sits within this many lines of the article's edge (bounds the walk on long pages).
MENU_ZONE_LINES = 200
#: Inside a full-page dump (one whose head holds a menu), a run of at least this many menu
#: entries between prose lines is a mega-menu's column or a footer block the dump carries mid-page
#: (`Solutions / By Role / Remote Work / IT Support …`) ...
INNER_MENU_MIN_RUN = 6
#: ... when at least this many of its entries are a site's navigation words (`Blog`, `Careers`,
#: `Contact Us`: `edge` or navigation phrases). An article's list of short names holds none of
#: them. (Dev-set fulltext, article pages: 43 such runs, 866 lines; 15 of them, short names like
#: `Mental Health`, also stand in the gold's prose.)
INNER_MENU_MIN_NAV = 2
#: A number in a line (table cells, prices, dates): not a menu entry.
_DIGIT = re.compile(r"\d")
#: How a list item opens (an extractor's rendering of <li>): list items are content, not menus.
_LIST_ITEM = re.compile(r"(?:[-*•·–—▪►✓]|\d{1,3}[.)]|[a-z][.)])\s")


def _menu_item(line: Line) -> bool:
    """A menu entry: a few words opening with a capital, no number, no sentence end, no list
    marker. Table cells (`1`, `Alaska`, `$14.55`) and handles (`kpp`) break a run. In Markdown,
    a line that is only a link is judged by its text (a site's menu is a list of links)."""
    info = line.info
    text, words, last = info.text, info.words, info.last
    link = MARKDOWN_LINK_LINE.match(text) if "](" in text else None
    if link is not None:  # (its list marker is the link list's: no sign of content)
        text = link.group(1).strip()
        words, last = len(text.split()), text[-1:]
    elif _LIST_ITEM.match(text) is not None:
        return False
    return (0 < words <= MENU_MAX_WORDS and text[:1].isupper()
            and last not in SENTENCE_END_CHARS and _DIGIT.search(text) is None)


def _zone(doc: Document, indices: Iterable[int]) -> list[Line | None]:
    """The alive, non-blank lines until the first prose line (walking the indices given), at
    most MENU_ZONE_LINES of them, and the menu entries chrome.phrases took among them: the Line
    where it may be a menu item, None where the text alone rules that out (no Line object is
    built for it)."""
    texts = doc.current_texts()
    removed = doc.removed_indices
    lines = doc.lines
    out: list[Line | None] = []
    for i in indices:
        text = texts[i]
        if i in removed:
            if _is_edge_entry(lines[i]):
                out.append(lines[i])  # a menu entry chrome.phrases took: still part of its menu
            continue
        if symbols_only(text):
            continue  # (blank, or symbols that chrome.symbols takes: they break no run)
        if len(out) == MENU_ZONE_LINES or (_maybe_prose(text) and lines[i].info.prose):
            break
        out.append(lines[i] if text.count(" ") < 3 * MENU_MAX_WORDS or "](" in text else None)
    return out


def _is_edge_entry(line: Line) -> bool:
    """A line chrome.phrases removed for an `edge` phrase, a menu entry (`Careers`), or for a
    navigation phrase that opens it (a breadcrumb trail `Home » Blog`, `You are here: …`), or an
    entry of a list of links chrome.menus took: part of the menu around it."""
    if line.removed is not None and line.removed.rule == "chrome.menus":
        return True  # an entry of a list of links (`_link_lists`): its menu goes on around it
    found = phrase_removal(line)
    return found is not None and (found[1] in (Mode.EDGE.value, CONSENT_BUTTONS) or found in TRAILS)


#: A line of Markdown links and nothing else (`[About](/about/)[Talks](/talks/)[Uses](/uses/)`)
#: with at least this many links is a menu of its own.
LINK_BAR_MIN_LINKS = 3
#: What may stand between the links of such a line.
_LINK_BAR_REST = re.compile(r"[\s|·•/*,–—-]*")


def _link_bar(line: Line) -> bool:
    """A Markdown line of LINK_BAR_MIN_LINKS or more links, nothing but separators between
    them, each a menu entry's text (a few words, no sentence end)."""
    text = line.info.text
    if text.count("](") < LINK_BAR_MIN_LINKS:
        return False
    links = list(MARKDOWN_LINK.finditer(text))
    if len(links) < LINK_BAR_MIN_LINKS or not _LINK_BAR_REST.fullmatch(MARKDOWN_LINK.sub("", text)):
        return False
    return all(0 < len(m.group(1).split()) <= MENU_MAX_WORDS and not ends_sentence(m.group(1))
               for m in links)


def _runs(zone: list[Line | None]) -> list[list[Line]]:
    """Maximal runs of consecutive menu items in the zone, at least MENU_MIN_RUN long (menu
    entries chrome.phrases already took count, so the rest of their menu still goes), or holding
    a link bar, a menu on one line."""
    runs: list[list[Line]] = [[]]
    bars: set[int] = set()  # indices of the runs holding a link bar
    for line in zone:
        if line is not None and (line.removed is not None or _menu_item(line)):
            runs[-1].append(line)
        elif line is not None and _link_bar(line):
            runs[-1].append(line)
            bars.add(len(runs) - 1)
        elif runs[-1]:
            runs.append([])
    return [run for k, run in enumerate(runs) if len(run) >= MENU_MIN_RUN or k in bars]


#: In Markdown (html2text, a crawler's Markdown), this many list items in a row that are each one
#: link and nothing else are a list of links to other pages (related stories, a sidebar's recent
#: posts, tags, a footer's columns): an article lists its own points as text, and a link alone
#: carries none of its text. (On the project's pages, 1,024 such items in html2text
#: output; the text of none of them, three words or more, is in the gold.)
LINK_LIST_MIN_ITEMS = 3
#: ... but between the article's first and last prose lines, a list of short links that a lead-in
#: introduces (`The council's papers on the plan:`) is the article's own; one whose links read as
#: headlines (at least this many words on average: teasers of other stories) goes all the same.
LINK_LIST_HEADLINE_WORDS = 5
_LINK_ITEM = re.compile(r"\s*(?:[-*+•]|\d{1,3}[.)])\s+" + MARKDOWN_LINK.pattern + r"\s*$")


def _link_label(text: str) -> str | None:
    """The text of a list item that is one link whose text is no sentence (`  * [Headline](/…)`)."""
    m = _LINK_ITEM.match(text) if "](" in text else None
    if m is None:
        return None
    label = m.group(1).strip()
    return label if label and not label.endswith(".") else None


#: Outside the article's prose, the Markdown heading right above such a list is its title (`###
#: Weitere Artikel zum Thema`, `## Meistgelesen in Kaarst`): a heading of at most this many words.
LINK_LIST_HEADING_MAX_WORDS = 8


def _list_heading(line: Line) -> bool:
    """A Markdown heading short enough to title a link list (see LINK_LIST_HEADING_MAX_WORDS)."""
    text = line.info.text
    return text.startswith("#") and MARKDOWN_HEADING.match(text) is not None \
        and line.info.words - 1 <= LINK_LIST_HEADING_MAX_WORDS and not ends_sentence(text)


def _link_lists(doc: Document, matcher: PhraseMatcher) -> None:
    texts = doc.current_texts()
    removed = doc.removed_indices
    last = _last_content(doc, matcher)
    first = _first_content(doc, matcher) if last is not None else None
    run: list[int] = []
    words = 0
    before = -1  # the alive line before the run
    previous = -1
    for i in [*range(len(texts)), -1]:
        if i >= 0 and (i in removed or not texts[i].strip()):
            continue  # (blank lines and lines already taken neither make nor break a run)
        label = _link_label(texts[i]) if i >= 0 else None
        if label is not None:
            before = before if run else previous
            run.append(i)
            words += len(label.split())
            continue
        if len(run) >= LINK_LIST_MIN_ITEMS:
            inside = first is not None and last is not None and first.index < run[0] < last.index
            introduced = inside and before >= 0 and texts[before].rstrip().endswith(":")
            if not introduced or words >= LINK_LIST_HEADLINE_WORDS * len(run):
                for k in run:
                    doc.lines[k].remove("chrome.menus", G, evidence=f"list of {len(run)} links")
                if before >= 0 and not inside and _list_heading(doc.lines[before]):
                    doc.lines[before].remove("chrome.menus", G, evidence=f"heading of a list of {len(run)} links")
        run, words = [], 0
        previous = i


@rule("chrome.menus", G, "drop runs of short menu-like lines before the first or after the last prose line")
def menus(doc: Document, config: Config) -> None:
    """jusText's neighbour pass on plain lines: one short line may be a heading, but a run of
    them around the article is a menu, a link list or a footer. The line right before the first
    prose line stays (a title or subheading introduces the text). In Markdown, a list of links
    goes outside the article's prose, and inside it when its links read as headlines
    (LINK_LIST_MIN_ITEMS)."""
    if "](" in doc.source:
        _link_lists(doc, _matcher(config))
    last = _last_content(doc, _matcher(config))
    if last is None:
        return  # no article prose at all: a listing or a menu page, nothing to measure against
    n = len(doc.lines)
    head = _zone(doc, range(n))
    keep = head[-1] if head else None
    if keep is not None and "](" in keep.info.text and MARKDOWN_LINK_LINE.match(keep.info.text):
        keep = None  # a link alone (`* [Travel](/travel)`) introduces no text: the menu's last entry
    head_runs = _runs(head)
    for run in head_runs:
        for line in run:
            if line is not keep and line.alive:
                line.remove("chrome.menus", G, evidence=f"head run of {len(run)}")
    if not head_runs:
        # Only a page that carries its site navigation at the top (a full-page dump) has its
        # footer menus at the bottom; after a good extractor a list there is the article's own
        # (contributors, credits, a table's column).
        return
    tail = _zone(doc, range(n - 1, -1, -1))
    tail.reverse()
    for run in _runs(tail):
        for line in run:
            if line.alive:
                line.remove("chrome.menus", G, evidence=f"tail run of {len(run)}")
    _inner_menus(doc, _matcher(config))


def _nav_entry(line: Line, matcher: PhraseMatcher) -> bool:
    """A site's navigation word (`Careers`, `Contact Us`, `Home`): an `edge` or navigation phrase,
    taken by chrome.phrases already or not (inside the prose it takes none)."""
    if not line.alive:
        return _is_edge_entry(line)
    hit = matcher.match(line.info.text, contains=False)
    return hit is not None and (hit[1] is Mode.EDGE or hit[0] == "navigation")


def _inner_menus(doc: Document, matcher: PhraseMatcher) -> None:
    """Runs of menu entries between prose lines of a full-page dump (INNER_MENU_MIN_RUN) that
    name a site's navigation (INNER_MENU_MIN_NAV): a mega-menu whose columns alternate with
    one-sentence blurbs, a footer block above the page's last prose. Entries chrome.phrases
    took (`_is_edge_entry`) belong to the run around them; other lines taken before are passed
    over; any other line ends the run. An entry right above a prose line stays, as in the head
    zone: it may be the heading that introduces the text."""
    texts = doc.current_texts()
    removed = doc.removed_indices
    lines = doc.lines
    run: list[Line] = []
    for i in [*range(len(texts)), -1]:
        if i >= 0 and (symbols_only(texts[i]) if i not in removed else not _is_edge_entry(lines[i])):
            continue  # (blank lines, symbol rows and lines taken for other reasons: no break)
        if i >= 0 and (i in removed or (texts[i].count(" ") < MENU_MAX_WORDS and _menu_item(lines[i]))):
            run.append(lines[i])
            continue
        if len(run) >= INNER_MENU_MIN_RUN and sum(_nav_entry(x, matcher) for x in run) >= INNER_MENU_MIN_NAV:
            heading = run[-1] if i >= 0 and lines[i].info.prose else None
            for entry in run:
                if entry.alive and entry is not heading:
                    entry.remove("chrome.menus", G, evidence=f"inner run of {len(run)}")
        run = []


@rule("chrome.tail", G, "after a tail marker (Related, Leave a Reply, …) drop the short lines that follow, "
      "and the headlines under a teaser's label")
def tail(doc: Document, config: Config) -> None:
    """Below a tail marker that follows the article's last prose line, short lines are the
    marker's list (headlines, names, dates); the first prose line ends the block. The footer's
    copyright notice (`_footer_start`) opens such a block too: its legal links and menus."""
    matcher = _matcher(config)
    last = _last_content(doc, matcher)
    if last is None:
        return  # no article prose at all (a listing, a menu page): there is no tail to judge
    start = last.index + 1
    footer = _footer_start(doc, matcher)
    in_block = False
    for line in doc.lines.from_index(start):
        in_block = in_block or line.index == footer
        if not line.alive:
            in_block = in_block or is_tail_marker(line)
            continue
        if line.blank or not in_block:
            continue
        info = line.info
        if info.prose:
            in_block = False
        elif info.words < TAIL_SHORT_WORDS:
            line.remove("chrome.tail", G, evidence="after tail marker")
    _labelled_teasers(doc)


#: A label of its own line (`Leestip:`, `Notícia relacionada`, `Further reading:`: a whole-line
#: phrase of the `related` or `injected` family of at most TEASER_LABEL_MAX_WORDS words, one of them
#: a word of data/chrome/teaser_cues.txt) inside the article introduces the headlines of
#: other stories right below it: the lines of the one block under it (blank lines before it, none
#: inside), at most TEASER_BLOCK_MAX_LINES, each a headline of TEASER_BLOCK_MIN_WORDS to
#: TAIL_SHORT_WORDS words that ends no statement; a block of one line, a headline of at least
#: TEASER_LINE_MIN_WORDS. A subheading is shorter (`A $410,000 question`, `Step 2: Collect input
#: before the meeting` under a label whose link the extractor dropped), and a block that holds
#: prose is the article's (in a text without blank lines, all but the line right under the label).
TEASER_BLOCK_MAX_LINES = 4
TEASER_BLOCK_MIN_WORDS = 7
TEASER_LINE_MIN_WORDS = 10
TEASER_LABEL_FAMILIES = frozenset({"related", "injected"})
#: ... or a link's label of these families that ends with a colon (`Read more:` over two
#: headlines: without the colon, `Read more` is a teaser's own button).
COLON_LABEL_FAMILIES = frozenset({"navigation"})


#: A headline under the first one, marked with the same list bullet, may read as prose (`Guardie
#: mediche, in Sardegna un turno è scoperto. I sindacati: «Così non si regge»`) and run to this
#: many words, so long as it ends no statement: the items of one list of links.
TEASER_ITEM_MAX_WORDS = 24
_ITEM_BULLET = re.compile(r"[-*•·–—▪►]\s")


def _same_list(first: str, text: str) -> bool:
    """`text` is marked with the same list bullet as `first`."""
    mark = _ITEM_BULLET.match(first)
    return mark is not None and text.startswith(mark.group())


def _labelled_teasers(doc: Document) -> None:
    """The headlines below a label of their own (see TEASER_BLOCK_MAX_LINES)."""
    for index in sorted(doc.removed_indices):
        label = doc.lines[index]
        found = phrase_removal(label)
        if found is None or found[1] != Mode.LINE.value or not (
                found[0] in TEASER_LABEL_FAMILIES
                or (found[0] in COLON_LABEL_FAMILIES and label.info.text.endswith(":"))):
            continue
        if not _cued_label(label.info.text, TEASER_LABEL_MAX_WORDS):
            continue  # (`Advertisement`, `Publicité`: no label of a story)
        block: list[Line] = []
        spaced = False  # a blank line seen since the label
        for line in doc.lines.from_index(label.index + 1):
            if line.blank or (line.removed is not None and not block):
                spaced = spaced or line.blank
                if block:
                    break
                continue
            if line.removed is not None:
                break
            info = line.info
            item = bool(block) and _same_list(block[0].info.text, info.text)
            if (info.prose and not item) or _ends_statement(info.text) or len(block) == TEASER_BLOCK_MAX_LINES \
                    or not TEASER_BLOCK_MIN_WORDS <= info.words < (TEASER_ITEM_MAX_WORDS if item else TAIL_SHORT_WORDS):
                # (a text without blank lines, a paragraph a line, runs on into the article: only
                # the headline right under the label is its, or the items of its list of links
                # when the list ended before this line)
                if spaced:
                    block = []
                elif item or not (len(block) > 1 and _same_list(block[0].info.text, block[1].info.text)):
                    block = block[:1]
                else:
                    block = block[:1] + list(itertools.takewhile(
                        lambda b: _same_list(block[0].info.text, b.info.text), block[1:]))
                break
            block.append(line)
        if len(block) == 1 and block[0].info.words < TEASER_LINE_MIN_WORDS:
            continue
        for line in block:
            line.remove("chrome.tail", G, evidence="teaser below its label")


#: Words of lost characters (`?????? ????`: Cyrillic or CJK text that went through an ASCII
#: encoder) are text that cannot be restored, not a symbol row: left alone, as issue 3 wants.
_LOST_WORDS = re.compile(r"[?\ufffd]{2,}")


def _lost_script(text: str) -> bool:
    return _LOST_WORDS.search(text) is not None


@rule("chrome.symbols", G, "drop lines of symbols only (/, |, •) before the first or after the last prose line")
def symbols(doc: Document, config: Config) -> None:
    source = doc.source_lines()
    changed = {line.index for line in doc._changed}
    for lines in (doc.lines, reversed(doc.lines)):
        for line in lines:
            if line.removed is not None:
                continue
            raw = line.text if line.index in changed else source[line.index]
            head = raw.lstrip()[:1]
            if not head:
                continue
            if _maybe_prose(raw) and line.info.prose:
                break
            if not head.isalnum() and symbols_only(raw) and not _lost_script(raw) and CODE_FENCE.match(raw) is None:
                line.remove("chrome.symbols", G, evidence="symbols only, outside the prose")


#: A news API's truncation mark closing a cut article (`… [+2345 chars]`, NewsAPI's `content`
#: field): the body stops there, and the mark is no text of it.
TRUNCATION_MARK = re.compile(r"\s*\[\+(\d{1,9}) chars?\]\s*$")


@rule("chrome.truncation", G, "cut a news API's truncation mark (`… [+2345 chars]`) at a line's end; its count goes to meta")
def truncation(doc: Document, config: Config) -> None:
    if "[+" not in doc.source:
        return
    offsets = [m.start() for m in re.finditer(r"\[\+\d", doc.source)]
    for line in doc.lines_at(offsets):
        m = TRUNCATION_MARK.search(line.text)
        if m is None or not line.text[:m.start()].strip():
            continue
        line.cut(m.start(), len(line.text), "chrome.truncation", G, Target.META, evidence=f"{m.group(1)} chars cut")
        doc.fields.meta.setdefault("truncated_chars", m.group(1))


@rule("chrome.dangling", G, "drop a lead-in left at the very end (`For more information:`)")
def dangling(doc: Document, config: Config) -> None:
    for line in reversed(doc.lines):
        if not line.alive or line.blank:
            continue
        info = line.info
        if info.last == ":" and info.words <= MAX_LEAD_IN_WORDS:
            line.remove("chrome.dangling", G, evidence="lead-in with nothing after it")
        else:
            break
