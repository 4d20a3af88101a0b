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
