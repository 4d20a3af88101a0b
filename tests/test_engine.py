"""The engine: the rule registry, Config switches, robustness, the operation log and stats."""

from __future__ import annotations

import dataclasses
from collections import Counter

import pytest

from normalizer import Config, Edit, Group, Removal, Result, clean, rules
from normalizer import engine
from normalizer.rules import CHAIN

P1 = "The council voted on Tuesday to approve the new budget for the coming year, officials said."
P2 = "The plan includes more money for schools, roads and the public library system in the city."
P3 = "Critics said the increases were not enough to cover rising costs across all departments."

#: Something for every rule family: title, mojibake, lost letter and apostrophe, caption, footnote
#: markers and list, chrome in the middle and the tail, CRLF, trailing space, a zero-width space.
MESSY = (
    "World\r\n\r\n"
    "Mayor unveils plan for a new harbour bridge\r\n\r\n"
    "4 min read\r\n\r\n"
    "The mayor of Bogot? said on Monday that the caf\u00c3\u00a9 owners on the quay don?t oppose "
    "the bridge, according to a survey[1] by the chamber of commerce.  \r\n\r\n"
    "Workers inspect the old harbour wall in this picture taken on May 2, 2024, near the quay. "
    "REUTERS/Jane Doe\r\n\r\n"
    "Advertisement\r\n\r\n"
    "The council will vote on the plan next month, and construction could begin in the spring of "
    "next year if it is\u200b approved[2].\r\n\r\n\r\n"
    "1. ^ survey (chamber.example.org)\r\n"
    "2. ^ approved (council.example.gov)\r\n\r\n"
    "Leave a Reply\r\n"
    "Name *\r\n"
)


def ops(result: Result) -> list[Removal | Edit]:
    return [*result.removed, *result.edits]


# -- registry -------------------------------------------------------------------------------------

def test_rules_lists_every_rule_once_in_chain_order():
    listed = rules()
    names = [r.name for r in listed]
    assert names == list(CHAIN)
    assert len(names) == len(set(names))
    assert {r.group for r in listed} == set(Group)
    for r in listed:
        assert isinstance(r.group, Group)
        assert r.name.startswith(r.group.value + ".")
        assert r.description and r.description.strip() == r.description and "\n" not in r.description
        assert callable(r.func)


def test_rules_names_match_the_registry():
    assert {r.name for r in rules()} == set(engine._REGISTRY)


def test_layout_prepares_first_and_finishes_last():
    groups = [r.group for r in rules()]
    assert groups[:4] == [Group.LAYOUT] * 4
    assert groups[-2:] == [Group.LAYOUT] * 2
    assert Group.LAYOUT not in groups[4:-2]


# -- Config ---------------------------------------------------------------------------------------

def test_config_is_frozen_and_hashable():
    config = Config(only={"encoding"}, skip=["chrome.tail"])
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.only = None  # type: ignore[misc]
    assert config.only == frozenset({"encoding"}) and config.skip == frozenset({"chrome.tail"})
    assert hash(config) == hash(Config(only=["encoding"], skip={"chrome.tail"}))
    assert Config(only="chrome").only == frozenset({"chrome"})
    changed = config.with_(skip={"x"})
    assert changed.skip == frozenset({"x"}) and config.skip == frozenset({"chrome.tail"})


def test_config_enabled():
    c = Config(only={"encoding", "chrome.tail"}, skip={"encoding.dashes"})
    assert c.enabled("encoding.mojibake", Group.ENCODING)
    assert not c.enabled("encoding.dashes", Group.ENCODING)
    assert c.enabled("chrome.tail", Group.CHROME)
    assert not c.enabled("chrome.phrases", Group.CHROME)
    assert c.enabled("layout.blank_lines", Group.LAYOUT)  # layout always runs
    assert not Config(skip={"layout.blank_lines"}).enabled("layout.blank_lines", Group.LAYOUT)


def rules_that_acted(result: Result) -> set[str]:
    return {op.rule for op in ops(result)}


def test_only_group_runs_that_group_and_layout():
    for group in ("encoding", "footnotes", "captions", "title", "chrome"):
        result = clean(MESSY, Config(only={group}))
        acted = {name.split(".")[0] for name in rules_that_acted(result)}
        assert acted == {group, "layout"}, group
        assert result.rebuild() == MESSY


def test_skip_group():
    full = clean(MESSY)
    assert {op.group for op in ops(full)} == set(Group)
    for group in ("encoding", "footnotes", "captions", "title", "chrome"):
        result = clean(MESSY, Config(skip={group}))
        groups = {op.group.value for op in ops(result)}
        assert group not in groups and "layout" in groups, group
        assert result.rebuild() == MESSY


def test_only_and_skip_by_rule_name():
    # Enough English for the language guess (a short text is another story: see test_rules_encoding).
    text = "They said they don?t know if the company?s 2010?2015 figures hold, and it is not clear."
    only = clean(text, Config(only={"encoding.apostrophes"}))
    assert only.text == "They said they don’t know if the company’s 2010?2015 figures hold, and it is not clear."
    assert rules_that_acted(only) == {"encoding.apostrophes"}
    skipped = clean(text, Config(skip={"encoding.apostrophes"}))
    assert "encoding.apostrophes" not in rules_that_acted(skipped)
    assert "2010–2015" in skipped.text
    both = clean(text)
    assert both.text == "They said they don’t know if the company’s 2010–2015 figures hold, and it is not clear."


def test_skip_chrome_keeps_chrome_lines():
    text = P1 + "\n\n" + P2 + "\n\nLeave a Reply\n\nBack to top"
    assert clean(text).text == P1 + "\n\n" + P2
    assert clean(text, Config(skip={"chrome"})).text == text
    assert clean(text, Config(skip={"chrome.phrases"})).text == text


def test_only_a_rule_of_another_group_leaves_layout_running():
    text = "  One line.  \r\n\r\n\r\nTwo line.\r\n"
    result = clean(text, Config(only={"footnotes.markers"}))
    assert result.text == "One line.\n\nTwo line."


# -- robustness -----------------------------------------------------------------------------------

ODD_INPUTS = [
    "",
    " ",
    "\n",
    "\r\n\r\n",
    "   \n\t \n\u00a0\n",
    "\x00",
    "".join(chr(i) for i in range(32)),
    "abc\x00def\x07ghi\x1b[31mred\x1b[0m\x7f",
    "\ud800",
    "a\udfffb\ud83dc",
    "\ud83d\ude00 emoji \ud83d",
    "\ufffd\ufffd\ufffd",
    "????",
    "?",
    "[1]",
    "^",
    "1. ^ x (a.b)",
    "/\n/\n/",
    "\u2028\u2029\x85\x0b\x0c",
    "\ufeff",
    "Ã",
    "â€",
]


@pytest.mark.parametrize("text", ODD_INPUTS, ids=[repr(t)[:30] for t in ODD_INPUTS])
def test_never_raises_on_odd_input(text):
    result = clean(text)
    assert result.rebuild() == text
    assert result.text == result.text.strip()
    assert "\x00" not in result.text
    assert not any(0xD800 <= ord(ch) <= 0xDFFF for ch in result.text)
    assert not any(v for k, v in result.stats.items() if k.endswith(".error"))
    result.to_dict()


@pytest.mark.parametrize("config", [Config(only={g}) for g in ("encoding", "footnotes", "captions",
                                                                "title", "chrome")],
                         ids=lambda c: next(iter(c.only)))
def test_never_raises_on_odd_input_per_group(config):
    for text in ODD_INPUTS:
        assert clean(text, config).rebuild() == text


def test_rejects_non_str():
    with pytest.raises(TypeError):
        clean(b"bytes")  # type: ignore[arg-type]


def test_whitespace_only_gives_empty_body():
    for text in ("", " ", "\n\n", " \t\r\n \u00a0 \n"):
        result = clean(text)
        assert result.text == "" and result.title is None
        assert result.rebuild() == text


def test_two_megabyte_single_line():
    """A 2 MB text without a line break is cleaned and repaired like any other (its time is
    measured in bench/README, not here: speed targets live in benchmarks)."""
    sentence = "The river rose slowly through the night and officials watched the old bridge. "
    text = sentence * (2_000_000 // len(sentence))
    text += "Pe?a don?t caf\u00c3\u00a9 [1] REUTERS/Jane Doe"
    assert len(text) >= 1_990_000 and "\n" not in text
    result = clean(text)
    assert result.rebuild() == text
    assert result.text.startswith(sentence.strip())
    assert "Peña" in result.text and "café" in result.text


# -- the operation log ---------------------------------------------------------------------------

def test_every_operation_points_into_the_original():
    for text in (MESSY, MESSY.replace("\r\n", "\n"), "a\ud800b\u200bc  \r\n\r\n\r\nd"):
        result = clean(text)
        assert result.rebuild() == text
        for op in result.removed:
            assert 0 <= op.start < op.end <= len(text)
            assert text[op.start:op.end] == op.text
        for op in result.edits:
            assert 0 <= op.start < op.end <= len(text)
            assert text[op.start:op.end] == op.before
            assert op.before != op.after


def test_many_edits_on_one_line_in_any_order_map_to_the_source():
    """In-line edits find their place from the piece the last change made: edits from the right,
    from the left and in between, cuts that leave empty pieces, an edit right at a cut, and an
    edit refused inside an earlier one all keep every operation on its source text."""
    from normalizer.document import Document
    source = "".join(f"w{i:03d}? " for i in range(60))
    doc = Document(source)
    line = doc.lines[0]
    expected = list(source)
    order = list(range(59, 30, -1)) + list(range(0, 20)) + list(range(25, 21, -1))
    for i in order:  # each `?` is at 4 + 6 * i in the source and, as edits are 1:1, now
        assert line.edit(4 + 6 * i, 5 + 6 * i, "é", "encoding.lost_letters", Group.ENCODING) is not None
        expected[4 + 6 * i] = "é"
    assert line.text == "".join(expected)
    # cut the space after w020? (an empty piece); an edit starting where the cut was covers the
    # cut's source too (and supersedes it), as the first piece starting there is the empty one
    assert line.cut(125, 126, "footnotes.markers", Group.FOOTNOTES) is not None
    del expected[125]
    edit = line.edit(125, 126, "W", "encoding.lost_letters", Group.ENCODING)
    assert edit is not None and (edit.start, edit.end, edit.before) == (125, 127, " w")
    expected[125] = "W"
    # an edit may not start or end inside an earlier one
    assert line.edit(0, 3, "W00", "encoding.lost_letters", Group.ENCODING) is not None
    expected[0:3] = list("W00")
    assert line.edit(1, 2, "x", "encoding.lost_letters", Group.ENCODING) is None
    assert line.edit(2, 5, "xyz", "encoding.lost_letters", Group.ENCODING) is None
    assert line.text == "".join(expected)
    result = doc.result()
    assert result.rebuild() == source
    for op in result.edits:
        assert source[op.start:op.end] == op.before
    assert {op.start for op in result.edits} == {4 + 6 * i for i in order} | {125, 0}
    assert all(source[op.start:op.end] == op.text for op in result.removed)


def test_messy_document_result():
    text = MESSY.replace("\r\n", "\n")
    result = clean(text)
    assert result.title == "Mayor unveils plan for a new harbour bridge"
    assert result.meta == {"section": "World", "read_time": "4 min read"}
    assert result.text == (
        "The mayor of Bogotá said on Monday that the café owners on the quay don’t oppose the "
        "bridge, according to a survey by the chamber of commerce.\n\n"
        "The council will vote on the plan next month, and construction could begin in the spring "
        "of next year if it is approved.")
    assert [(c.text, c.credit) for c in result.captions] == [
        ("Workers inspect the old harbour wall in this picture taken on May 2, 2024, near the quay.",
         "REUTERS/Jane Doe")]
    assert [(f.number, f.text, f.source) for f in result.footnotes] == [
        (1, "survey", "chamber.example.org"), (2, "approved", "council.example.gov")]
    # Marker offsets point into the body, where the marker stood.
    for note in result.footnotes:
        (pos,) = note.offsets
        assert result.text[:pos].endswith(note.text)
    assert result.rebuild() == text


def test_crlf_input_cleans_like_lf_input():
    lf = clean(MESSY.replace("\r\n", "\n"))
    crlf = clean(MESSY)
    assert crlf.rebuild() == MESSY
    assert (crlf.text, crlf.title, crlf.captions, crlf.footnotes, crlf.meta) == \
        (lf.text, lf.title, lf.captions, [f for f in lf.footnotes], lf.meta)


def test_result_round_trips_through_dict():
    result = clean(MESSY)
    again = Result.from_dict(result.to_dict())
    assert again == result
    assert again.rebuild() == MESSY


def test_deterministic():
    first = clean(MESSY).to_dict()
    for _ in range(3):
        assert clean(MESSY).to_dict() == first


# -- stats ----------------------------------------------------------------------------------------

def test_stats_count_operations_per_rule():
    text = ("Title of the local story here\n\nBy Jane Doe\n\n" + P1 + "  \n\n" + P2 + "\n\nThey don?t know.[1] "
            "It was noted.[2] Again.[3]\n\n\n\n" + P3 + "\n\nAdvertisement\n\nBack to top\n")
    result = clean(text)
    logged = Counter(op.rule for op in ops(result))
    assert logged == {
        "title.headline": 1, "title.meta": 1, "encoding.apostrophes": 1, "footnotes.orphans": 3,
        "chrome.phrases": 2, "layout.trailing_space": 1, "layout.blank_lines": 7,
    }
    assert {k: v for k, v in result.stats.items() if k in logged} == dict(logged)
    assert result.stats["footnotes.orphans.unlisted"] == 3  # a counter that is not an operation


def test_stats_match_the_log_when_operations_are_superseded():
    text = "a\r\n\r\n\r\n\r\nb\r\n"
    result = clean(text)
    logged = Counter(op.rule for op in ops(result))
    assert {k: result.stats[k] for k in logged} == dict(logged)


def test_a_failing_rule_is_counted_and_skipped(monkeypatch):
    def broken(doc, config):
        raise RuntimeError("boom")

    chain = tuple(dataclasses.replace(r, func=broken) if r.name == "chrome.phrases" else r
                  for r in engine.chain())
    monkeypatch.setattr(engine, "chain", lambda: chain)
    text = P1 + "\n\nLeave a Reply\n\nThey don?t know, officials said on a call with reporters."
    result = clean(text)
    assert result.stats["chrome.phrases.error"] == 1
    assert "Leave a Reply" in result.text  # the broken rule did nothing
    assert "don’t" in result.text  # the others ran
    assert result.rebuild() == text


def test_the_public_rules_function_survives_the_first_clean():
    """`normalizer.rules` is the public function (CONTRACT), not the `normalizer.rules` package of
    rule modules, even after a `clean()` imported that package."""
    import importlib

    import normalizer
    clean("A line of text.")
    importlib.import_module("normalizer.rules.chrome")
    assert callable(normalizer.rules) and normalizer.rules() == rules()
