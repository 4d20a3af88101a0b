"""tools/build_lexicon.py: the filters that admit rarer words (needs wordfreq, a build-time
dependency: skipped without it)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

pytest.importorskip("wordfreq")

TOOL = Path(__file__).resolve().parent.parent / "tools" / "build_lexicon.py"


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_lexicon", TOOL)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_lexicon", module)
    spec.loader.exec_module(module)
    return module


def admit(build, table, rare, min_letters=4):
    return build.admit_rare(table, rare, build.LANGUAGES, 1.5, 1.0, min_letters)


def test_rival_stem(build) -> None:
    assert build.rival_stem("café") == "caf"
    assert build.rival_stem("état") == "tat"
    assert build.rival_stem("hermès") == "herm"
    assert build.rival_stem("peña") is None          # inner letter: no ASCII rival
    assert build.rival_stem("são") is None
    assert build.rival_stem("déjà") is None          # two non-ASCII letters
    assert build.rival_stems(["café", "peña", "état"]) == {"caf", "tat"}


def test_skeleton(build) -> None:
    assert build.skeleton("peña") == "pe?a"
    assert build.skeleton("straße") == "stra?e"


def test_a_rare_word_fills_a_gap(build) -> None:
    rare = {"xqzvöbr": {"de": 1.2}}
    assert admit(build, {}, rare) == rare
    # a listed word with the same skeleton: the rare one would only tie or lose
    assert admit(build, {"xqzväbr": {"de": 2.0}}, rare) == {}
    # a word listed in another language keeps only the languages it had
    assert admit(build, {"xqzvöbr": {"fi": 2.0}}, rare) == {}


def test_a_rare_word_needs_enough_letters(build) -> None:
    assert admit(build, {}, {"xqö": {"de": 1.2}}) == {}
    assert admit(build, {}, {"xqöz": {"de": 1.2}}) == {"xqöz": {"de": 1.2}}
    assert admit(build, {}, {"xqöz": {"de": 1.2}}, min_letters=5) == {}


def test_a_rare_word_keeps_the_languages_whose_alphabet_it_uses(build) -> None:
    rare = {"xqzvōbr": {"fi": 1.2}, "xqzvöbr": {"fi": 1.1, "es": 1.3, "de": 1.2}}
    assert admit(build, {}, rare) == {"xqzvöbr": {"fi": 1.1, "de": 1.2}}


def test_a_rare_word_with_an_ascii_rival_reading_stays_out(build) -> None:
    # hand + é: "hand?" may be a question or a possessive (hand?s) before it is a rare word
    assert admit(build, {}, {"handé": {"fr": 1.2}}) == {}
    assert admit(build, {}, {"handés": {"fr": 1.2}}) == {}
    assert admit(build, {}, {"éhand": {"fr": 1.2}}) == {}
    assert admit(build, {}, {"xqzvé": {"fr": 1.2}}) == {"xqzvé": {"fr": 1.2}}


def test_rare_words_are_named_in_the_header(build) -> None:
    assert "Rarer words, down to Zipf 1," in build.render({}, ("de",), 1.5, 1.0)
    assert "--rare-threshold 1" in build.render({}, ("de",), 1.5, 1.0)
    assert "Rarer words" not in build.render({}, ("de",), 1.5, None)
