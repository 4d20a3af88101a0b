"""Layout rules: line breaks, invisible characters, surrogates, trailing space, blank lines.

Layout always runs; `Config(only={"layout"})` runs nothing else (no other group is named).
"""

from __future__ import annotations

import pytest

from normalizer import Config, Group, clean

LAYOUT = Config(only={"layout"})


def lay(text: str):
    result = clean(text, LAYOUT)
    assert result.rebuild() == text
    assert all(op.group is Group.LAYOUT for op in [*result.removed, *result.edits])
    return result


@pytest.mark.parametrize("text, want", [
    ("a\r\nb", "a\nb"),
    ("a\rb", "a\nb"),
    ("a\u2028b\u2029c", "a\nb\nc"),
    ("a\x0bb\x0cc\x85d", "a\nb\nc\nd"),
    ("a\x1cb\x1dc\x1ed", "a\nb\nc\nd"),
    ("a\r\n\r\nb\r\n", "a\n\nb"),
    ("a\n\rb", "a\n\nb"),  # LF then CR: two breaks, one blank line
])
def test_line_breaks(text, want):
    assert lay(text).text == want


def test_line_break_edits():
    result = lay("one\r\ntwo\rthree")
    assert [(e.rule, e.before, e.after, e.start, e.end) for e in result.edits] == [
        ("layout.line_breaks", "\r\n", "\n", 3, 5),
        ("layout.line_breaks", "\r", "\n", 8, 9),
    ]


@pytest.mark.parametrize("text, want", [
    ("zero\u200bwidth", "zerowidth"),
    ("\ufeffBOM at start", "BOM at start"),
    ("soft\u00adhyphen", "softhyphen"),
    ("word\u2060joiner", "wordjoiner"),
    ("nul\x00byte", "nulbyte"),
    ("bell\x07 and vertical\x1a tab", "bell and vertical tab"),
    ("escape\x1b[31m stays for ftfy", "escape\x1b[31m stays for ftfy"),  # a sequence ftfy removes whole
    ("lone \x1b escape", "lone  escape"),
    ("del\x7f", "del"),
    ("mongolian\u180eseparator", "mongolianseparator"),
    ("tab\tstays", "tab\tstays"),
    ("zwj\u200d and zwnj\u200c stay", "zwj\u200d and zwnj\u200c stay"),
    ("nbsp\u00a0inside stays", "nbsp\u00a0inside stays"),
])
def test_invisible(text, want):
    assert lay(text).text == want


def test_invisible_is_logged_as_removals():
    result = lay("a\u200bb\u200b\u200bc")
    assert result.text == "abc"
    assert sorted((r.rule, r.start, r.end, r.text) for r in result.removed) == [
        ("layout.invisible", 1, 2, "\u200b"), ("layout.invisible", 3, 5, "\u200b\u200b")]


@pytest.mark.parametrize("text, want", [
    ("a\ud800b", "a\ufffdb"),
    ("\udfff", "\ufffd"),
    ("x\ud83d\ude00y", "x\ufffd\ufffdy"),  # a pair of surrogate code points in a str is two lone ones
])
def test_surrogates(text, want):
    result = lay(text)
    assert result.text == want
    assert all(e.rule == "layout.surrogates" and e.after == "\ufffd" for e in result.edits)
    result.text.encode("utf-8")


@pytest.mark.parametrize("text, want", [
    ("end  \nnext\t\nlast \u00a0 ", "end\nnext\nlast"),
    ("ideographic\u3000\nthin\u2009", "ideographic\nthin"),
    ("  lead stays on later lines\n  indented", "lead stays on later lines\n  indented"),
])
def test_trailing_space(text, want):
    assert lay(text).text == want


@pytest.mark.parametrize("text, want", [
    ("\n\n\na\n\n\n\nb\n\n\n", "a\n\nb"),
    ("a\n \n\t\n\u00a0\nb", "a\n\nb"),  # whitespace-only lines count as blank
    ("a\nb\n\nc", "a\nb\n\nc"),  # single line breaks inside a paragraph stay
    ("   \n  \n", ""),
    ("", ""),
    ("only", "only"),
])
def test_blank_lines(text, want):
    assert lay(text).text == want


def test_body_contract_shape():
    text = "\ufeff\r\n  Title line  \r\n\r\n\r\n\r\nBody\u200b text.\t\r\n\r\n\r\n"
    result = lay(text)
    assert result.text == "Title line\n\nBody text."
    assert result.text == result.text.strip()
    assert "\n\n\n" not in result.text


def test_clean_text_is_untouched():
    text = "First paragraph.\n\nSecond paragraph with a line\nbreak inside it."
    result = lay(text)
    assert result.text == text
    assert result.removed == [] and result.edits == []


def test_final_newline_is_a_removal():
    result = lay("Text.\n")
    assert result.text == "Text."
    assert [(r.rule, r.text, r.start, r.end) for r in result.removed] == [
        ("layout.blank_lines", "\n", 5, 6)]


# -- hard-wrapped paragraphs (layout.hard_wraps) -----------------------------------------------------

import textwrap  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from normalizer.rules.layout import (  # noqa: E402
    MIN_WRAP_WIDTH, WRAP_FULL_MIN, WRAP_MAX_SHORT_RATIO, WRAP_MIN_BREAKS, hard_wrap_view)

PARAS = [
    "The council voted on Tuesday to approve the new budget for the coming year, officials said, "
    "after a debate that ran late into the evening and drew residents from every district.",
    "Copyright is territorial: by default it restricts conduct only within one country, the lawyer "
    "told the committee, so a model trained abroad may never infringe at home.",
    "Critics said the increases were not enough to cover rising costs across all departments, and "
    "the library board asked for a second vote before the end of the month.",
]


def wrapped(paras: list[str], width: int = 78) -> str:
    return "\n\n".join(textwrap.fill(p, width) for p in paras)


def test_a_hard_wrapped_article_is_read_as_its_paragraphs():
    text = wrapped(PARAS * 2) + "\n\nLeave a Reply"
    result = clean(text)
    assert result.rebuild() == text
    assert result.text == "\n\n".join(PARAS * 2)  # the copyright-looking line inside a paragraph stays
    joins = [e for e in result.edits if e.rule == "layout.hard_wraps"]
    assert joins and all((e.before, e.after, e.end - e.start) == ("\n", " ", 1) for e in joins)
    assert result.stats["layout.hard_wraps"] == len(joins)


def test_hard_wraps_can_be_switched_off():
    text = wrapped(PARAS * 2)
    result = clean(text, Config(only={"layout"}, skip={"layout.hard_wraps"}))
    assert result.text == text and "layout.hard_wraps" not in result.stats


@pytest.mark.parametrize("text", [
    "\n".join(PARAS * 4),                                   # one paragraph a line (trafilatura)
    "\n".join(f"Line {n} of a short poem" for n in range(30)),  # short lines ending anywhere
    wrapped(PARAS).replace("\n", "\r\n"),                   # CRLF: left to layout.line_breaks
    wrapped(PARAS[:1], 78),                                 # too few breaks to tell
])
def test_texts_that_are_not_hard_wrapped_keep_their_lines(text):
    assert hard_wrap_view(text) == (text, [])


def test_list_items_and_headings_inside_wrapped_text_keep_their_lines():
    items = "\n".join(f"- item {n} of the list that the article gives" for n in range(3))
    text = wrapped(PARAS * 2) + "\n" + "## A heading of the article\n" + items + "\n\n" + wrapped(PARAS)
    view, joins = hard_wrap_view(text)
    assert joins
    assert "\n- item 0" in view and "\n- item 1" in view and "\n## A heading" in view


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12), min_size=60, max_size=200),
       st.integers(min_value=50, max_value=90))
def test_unwrapping_gives_back_the_wrapped_paragraph(words, width):
    paragraph = " ".join(words)
    text = textwrap.fill(paragraph, width)
    view, joins = hard_wrap_view(text)
    assert len(view) == len(text) and all(text[i] == "\n" and view[i] == " " for i in joins)
    assert view == "".join(" " if i in set(joins) else ch for i, ch in enumerate(text))
    if joins:  # a text taken for wrapped gets every break of its paragraph joined
        assert view == paragraph
    if text.count("\n") >= WRAP_MIN_BREAKS and min(map(len, text.split("\n")[:-1])) >= MIN_WRAP_WIDTH:
        assert joins  # (full lines of a wrapping width the rule reads as one)
    result = clean(text)
    assert result.rebuild() == text


def test_a_wrapped_markdown_quote_is_joined_and_its_inner_marks_go():
    quote = textwrap.fill(" ".join(PARAS[:2]), 76)
    quoted = "\n".join("> " + line for line in quote.split("\n"))
    text = wrapped(PARAS * 2) + "\n\n" + quoted + "\n\n" + wrapped(PARAS)
    result = clean(text, Config(only={"layout"}))
    assert result.rebuild() == text
    assert "> " + " ".join(PARAS[:2]) in result.text.split("\n\n")
    marks = [r for r in result.removed if r.rule == "layout.hard_wraps"]
    assert marks and all(r.text == "> " and r.evidence == "quote mark of a wrapped line" for r in marks)


def test_short_quoted_lines_keep_their_marks():
    verse = "> Roses by the harbour wall\n> Salt upon the gate\n> Ferries in the evening\n> Never running late"
    text = wrapped(PARAS * 2) + "\n\n" + verse
    result = clean(text, Config(only={"layout"}))
    assert verse in result.text and result.rebuild() == text


def test_long_link_lines_do_not_hide_the_wrap_width():
    # html2text breaks a share bar between its links only: each line runs past the width
    bar = " ".join(f"[{name}](https://www.example.org/share?u=https%3A%2F%2Fwww.example.org%2Fnews%2F{name})"
                   for name in ("Facebook", "Twitter", "LinkedIn", "Email", "WhatsApp", "Reddit"))
    bar = textwrap.fill(bar, 78, break_long_words=False, break_on_hyphens=False)
    assert min(map(len, bar.split("\n"))) > 78
    text = "\n\n".join(textwrap.fill(p, 78) + "\n\n" + bar for p in PARAS)
    view, joins = hard_wrap_view(text)
    assert joins and all(text[i] == "\n" for i in joins)
    assert PARAS[0] in view.split("\n\n") and bar.replace("\n", " ") in view.split("\n\n")


def test_a_link_text_wrapped_before_its_url_is_joined():
    # html2text wraps inside a link's text: `[Older` then `Post](https://…)` on the next line
    link = "[Newer Post](https://blog.example.org/2025/03/the-sleeper-back-to-berlin.html) [Older"
    rest = "Post](https://blog.example.org/2025/02/cambrian-line-in-winter.html) [Home](/)"
    text = "\n\n".join(textwrap.fill(p, 78) for p in PARAS * 2) + "\n\n" + link + "\n" + rest
    view, joins = hard_wrap_view(text)
    assert view.endswith(link + " " + rest)


def test_a_wrapped_page_with_unwrapped_long_items_is_still_joined():
    # html2text leaves list items unwrapped: up to a third of the lines may run past any width
    items = "\n".join(f"* {PARAS[n % 3]}" for n in range(7))
    text = wrapped(PARAS * 2) + "\n\n" + items
    lines = [line for line in text.split("\n") if line]
    assert 0.2 < sum(len(line) > 100 for line in lines) / len(lines) < 1 / 3
    view, joins = hard_wrap_view(text)
    assert joins and all(p in view.split("\n") for p in PARAS)


def test_a_page_of_long_paragraph_lines_is_not_read_as_wrapped():
    # one paragraph a line, with short wrapped-looking pairs between: mostly lines no wrap makes
    text = "\n".join(p + "\n" + textwrap.fill(PARAS[1], 60) for p in PARAS * 3)
    assert hard_wrap_view(text) == (text, [])


def test_a_wrapped_page_with_short_headings_and_labels_is_still_joined():
    # short lines (headings, labels, a paragraph's last line) fewer than the full lines: wrapped
    labels = "\n\n".join(f"Section {n}" for n in range(6))
    text = wrapped(PARAS * 2) + "\n\n" + labels + "\n\n" + wrapped(PARAS)
    lines = [line for line in text.split("\n") if line]
    short = sum(len(line) < WRAP_FULL_MIN for line in lines)
    assert 0.3 < short / (len(lines) - short) <= WRAP_MAX_SHORT_RATIO
    view, joins = hard_wrap_view(text)
    assert joins and all(p in view.split("\n\n") for p in PARAS)


def test_a_page_of_mostly_short_lines_is_not_read_as_wrapped():
    # a full-page dump: menu items outnumber the lines a wrap could have filled, so the wrapped
    # pairs of its one paragraph are not taken for a wrapped text
    menu = "\n".join(f"Menu item {n}" for n in range(40))
    text = menu + "\n" + textwrap.fill(" ".join(PARAS), 70) + "\n" + menu
    assert hard_wrap_view(text) == (text, [])
