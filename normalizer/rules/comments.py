"""Reader-comment threads below the article.

A comment section keeps its shape in any extractor's text: a heading (`39 Comments`, `Have your
say`, `View all comments`), then, per comment, a signature line (`amara_brown says:`,
`seaview_sue, Skegness, United Kingdom, 2 hours ago`, `July 26, 2019`), the comment's prose and
its buttons (`Reply`, `Rate this comment +388 Reply Report`). The comments' prose reads like the
article's, so neither the phrase tables nor the tail rules can take it; their signatures can.

Two passes, as elsewhere in the chrome group: each line is classified on its own (signature,
buttons, discussion heading), then a thread is a heading followed by signatures at most
COMMENT_MAX_LINES lines apart. Precision first: the heading must stand below at least
COMMENT_ARTICLE_MIN_WORDS words of the article's prose (a forum page, whose posts are its text,
opens with its thread), and it takes COMMENT_MIN_SIGNATURES signatures with comment text between
them (a list of dated teasers has no heading of the discussion family). A heading whose section
opens with its gate (`Only subscribers can comment.`, `Les commentaires sont modérés …`) needs no
signatures: all below it goes, if it is short beside the article above.
"""

from __future__ import annotations

import functools
import itertools

import regex

from ..config import Config, Group
from ..document import Document, Line
from ..engine import rule
from ..features import ends_sentence
from ..scan import Lookout, lookout
from ..tables import data_kinds
from .chrome import discussion_count, discussion_gate, non_blank_lines, phrase_removal, removed_for

G = Group.CHROME
RULE = "chrome.comments"
#: The memo key under which the rule leaves the lines of the gated sections it dropped:
#: chrome.dump_tail still reads their prose as the page's (a reader's comment is prose below
#: the article all the same), as it did before the section went.
GATED_LINES = "chrome.comments.gated"

#: The heading must follow at least this many words of prose lines (the article's).
COMMENT_ARTICLE_MIN_WORDS = 100
#: A page with more signatures than this above the heading is a page of posts (a forum thread,
#: a Q&A): its comments are its text.
COMMENT_SIGNATURES_ABOVE_MAX = 2
#: The first signature stands within this many non-blank lines below the heading (sort and
#: feed buttons may come between: `Oldest` / `Newest Most Voted` / `Inline Feedbacks`).
COMMENT_MARKER_REACH = 8
#: Signatures at most this many non-blank lines apart belong to one thread.
COMMENT_MAX_LINES = 15
#: A thread has at least this many signatures.
COMMENT_MIN_SIGNATURES = 2
#: A signature line holds at most this many words, and at most SIGNATURE_NAME_WORDS before its
#: verb or time stamp (`seaview_sue, Skegness, United Kingdom,`).
SIGNATURE_MAX_WORDS = 12
SIGNATURE_NAME_WORDS = 6
#: A button line holds at most this many characters.
ACTION_MAX_CHARS = 60
#: A heading whose section opens, within this many non-blank lines, with the section's gate,
#: moderation rules or disclaimer (`Commentaires (12)` / `Les commentaires sont réservés aux
#: abonnés …`) heads the comment section for sure: everything below it goes, with one signature
#: or none (`marin22 il y a 2 h`, or readers' comments printed without names).
COMMENT_GATE_REACH = 3
#: ... as long as the lines below hold at most this share of the prose words above the heading
#: (a page whose article text follows a comment widget keeps it).
COMMENT_GATED_MAX_SHARE = 1.0


@functools.cache
def _kinds() -> dict[str, list[str]]:
    return data_kinds("comment_signatures.tsv")


@functools.cache
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    """(a signature's closing verb, a time stamp closing a line, a line of buttons)."""
    kinds = _kinds()

    def alt(kind: str) -> str:
        return "|".join(sorted(map(regex.escape, kinds[kind]), key=len, reverse=True))

    says = regex.compile(r"(?:^|\s)(?:%s)\s*:?\s*$" % alt("says"), regex.I)
    count = r"(?:\d+|%s)" % alt("count")
    unit = r"(?:%s)\p{L}*\.?" % alt("unit")
    ago = (rf"(?:(?:{alt('ago_before')})\s+{count}\s+{unit}(?:\s+(?:{alt('ago_after')}))?"
           rf"|{count}\s+{unit}\s+(?:{alt('ago_after')}))")
    dates = [row for row in data_kinds("meta.tsv")["date"] if r"\d" in row]
    clock = r"(?:,?\s*(?:at|à|um|a las|às|alle|om|kl\.?|-)?\s*\d{1,2}[:.h]\d\d\s*(?:[ap]\.?m\.?)?)?"
    actions = r"(?:%s)" % alt("action")
    trail = rf"(?:\s*[|·•–-]?\s*(?:{actions}|#\d*)\b)*"
    stamp = regex.compile(rf"(?:^|(?<=[\s,·|•(–-]))(?:{ago}|(?:{'|'.join(dates)}){clock})\s*\)?{trail}\W*$",
                          regex.I)
    buttons = regex.compile(rf"(?:\W*(?:{actions}|[+-]?\d[\d.,]*[km]?)(?!\w))+\W*", regex.I)
    return says, stamp, buttons


def signature(text: str) -> bool:
    """A commenter's signature: a name and a verb (`tijo thomas says:`), or a time stamp after at
    most a few words (`NorfolkDave, Norwich, United Kingdom, 3 hours ago`, `July 26, 2019`)."""
    s = text.strip()
    if not s or s.count(" ") >= SIGNATURE_MAX_WORDS or s[-1] in "!?" or (s[-1] == "." and not _abbreviation(s)):
        return False
    says, stamp, _ = _patterns()
    m = says.search(s)
    if m is not None:
        before = s[:m.start()].strip()
        return bool(before) and before.count(" ") < SIGNATURE_NAME_WORDS and not _sentence(before)
    if not any(ch.isdigit() for ch in s) and s.rsplit(None, 1)[-1].lower() not in _ago_words():
        return False  # (the cheap test: a stamp has a digit or ends `an hour ago`)
    m = stamp.search(s)
    if m is None:
        return False
    before = s[:m.start()].strip(" ,·|•–-")
    return (not before or before.count(" ") < SIGNATURE_NAME_WORDS) and not _sentence(before)


@functools.cache
def _ago_words() -> frozenset[str]:
    return frozenset(_kinds()["ago_after"])


def _abbreviation(s: str) -> bool:
    """A stamp may close on an abbreviation's dot (`Dec. 19`, `9:14 p.m.`, `vor 3 Std.`), a
    sentence may not (`He left 2 hours ago.`)."""
    last = s.rsplit(None, 1)[-1]
    return len(last) <= 4 and last[:-1].lower() not in _ago_words()


def _sentence(text: str) -> bool:
    return ends_sentence(text) and text.count(" ") >= 3


def buttons(text: str) -> bool:
    """A comment's button row: action words and counts only (`Rate this comment +388 Reply Report`)."""
    s = text.strip()
    if not s or len(s) > ACTION_MAX_CHARS or not any(ch.isalpha() for ch in s):
        return False
    return _patterns()[2].fullmatch(s) is not None


def _heading(line: Line, discussion: set[int]) -> bool:
    """A comment section's heading: a line chrome.phrases removed for the comments family (`Leave
    a Reply`, `39 Comments`, `Have your say`), or a count over the section (`Comments 214`). Not
    any short line with a discussion word: a forum's `Reactions: felixen` or `General
    Discussion` heads posts that are the page's text."""
    if buttons(line.text):
        return False  # (`Comment`, `Reply`: a button under each post of a listing)
    found = phrase_removal(line)
    if found is not None:
        return found[0] == "comments"
    return line.alive and line.index in discussion and discussion_count(line.text)


def _markers(doc: Document, discussion: set[int]) -> list[int]:
    """Candidate headings, in order: the lines with a discussion word and those chrome.phrases
    removed for the comments family."""
    found = discussion.union(removed_for(doc, "comments"))
    return sorted(i for i in found if _heading(doc.lines[i], discussion))


def _signatures_above(doc: Document, index: int) -> int:
    return sum(1 for line in itertools.islice(doc.lines, index) if not line.blank and signature(line.text))


def _thread(doc: Document, marker: int, discussion: set[int]) -> tuple[int, int] | None:
    """(number of signatures, index of the thread's last line) for the thread under `marker`."""
    signatures: list[int] = []
    gap = 0
    longest = 1  # the most non-blank lines a comment took: a bound on the last one
    texts = 0  # comment lines between signatures
    reach = COMMENT_MARKER_REACH
    for line in non_blank_lines(doc, marker + 1):
        gap += 1
        if gap > reach:
            break
        if signature(line.text):
            if signatures:
                longest = max(longest, gap)
            signatures.append(line.index)
            gap = 0
            reach = COMMENT_MAX_LINES
        elif signatures and line.alive and not buttons(line.text):
            texts += 1
    if len(signatures) < COMMENT_MIN_SIGNATURES or texts == 0:
        return None
    return len(signatures), _last_comment_end(doc, signatures[-1], longest, discussion)


def _last_comment_end(doc: Document, signature_at: int, longest: int, discussion: set[int]) -> int:
    """The last line of the thread's last comment: its buttons, or the line before a removed line
    or a heading; else, at most as many lines as the longest comment before it took, or all that
    remain when the page ends within COMMENT_MAX_LINES lines (nothing but the comment is left)."""
    end = signature_at
    rest = list(itertools.islice(non_blank_lines(doc, signature_at + 1), COMMENT_MAX_LINES + 1))
    bound = len(rest) if len(rest) <= COMMENT_MAX_LINES else longest
    for taken, line in enumerate(rest):
        if taken >= bound:
            break
        if buttons(line.text):
            return line.index  # (the last comment's buttons close it)
        if not line.alive or _heading(line, discussion):
            break
        end = line.index
    return end


def _gated(doc: Document, marker: int, article_words: int) -> tuple[str, int] | None:
    """(the gate's opening, the text's last line) when the section under `marker` opens with its
    gate within COMMENT_GATE_REACH lines and what follows is short beside the article."""
    gate = next((line for line in itertools.islice(non_blank_lines(doc, marker + 1), COMMENT_GATE_REACH)
                 if discussion_gate(line.text)), None)  # (chrome.phrases may have taken it)
    if gate is None:
        return None
    below = [line for line in doc.lines.from_index(gate.index + 1) if line.alive and not line.blank]
    if sum(line.info.words for line in below if line.info.prose) > COMMENT_GATED_MAX_SHARE * article_words:
        return None
    return _short(gate.text), (below[-1].index if below else gate.index)


def _short(text: str) -> str:
    name = text.strip()
    return name if len(name) <= 40 else name[:39] + "…"


def _drop_thread(doc: Document, heading: Line, end: int, evidence: str) -> list[int]:
    """Remove the heading and every line of its thread, down to `end`; the lines removed."""
    dropped = []
    for line in doc.lines.from_index(heading.index):
        if line.index > end:
            break
        if line.alive and not line.blank:
            line.remove(RULE, G, evidence=evidence)
            dropped.append(line.index)
    return dropped


@rule(RULE, G, "drop reader-comment threads (a discussion heading, then commenters' signatures or the section's gate) below the article")
def comments(doc: Document, config: Config) -> None:
    """First pass: the candidate headings (`_markers`); second: a heading with enough of the
    article's prose above it and a thread below it (`_thread`) goes with its thread, and one
    whose section opens with its gate (`_gated`) goes with all below it."""
    discussion = set(doc.line_numbers(lookout(doc, Lookout.DISCUSSION)))
    markers = _markers(doc, discussion)
    if not markers:
        return
    prose_words = 0  # words of the prose lines above, outside any thread found
    done = -1  # the last line of the last thread found
    k = 0
    for line in doc.lines:
        if k >= len(markers):
            break
        if line.index != markers[k]:
            if line.index > done and line.alive and not line.blank and line.info.prose:
                prose_words += line.info.words
            continue
        k += 1
        if line.index <= done or prose_words < COMMENT_ARTICLE_MIN_WORDS or signature(line.text):
            continue
        thread = _thread(doc, line.index, discussion)
        gated = None if thread is not None else _gated(doc, line.index, prose_words)
        if (thread is None and gated is None) or _signatures_above(doc, line.index) > COMMENT_SIGNATURES_ABOVE_MAX:
            continue
        if thread is not None:
            signatures, done = thread
            _drop_thread(doc, line, done, f"thread under `{_short(line.text)}`: {signatures} signatures")
        elif gated is not None:
            gate, done = gated
            dropped = _drop_thread(doc, line, done, f"section under `{_short(line.text)}`, gated by `{gate}`")
            doc.memo.setdefault(GATED_LINES, []).extend(dropped)
