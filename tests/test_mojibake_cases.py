"""ftfy's kinds of test cases through the encoding group (tests/data/mojibake_cases.jsonl).

Each case runs alone and inside a line of plain prose. `want` is what ftfy.fix_text gives with
FTFY_CONFIG (written once by tools/mojibake_cases.py, reviewed by eye); clean rows must come out
as they went in without any ftfy call, damaged rows with at most one call for their one line.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from normalizer import Config, clean

ENC = Config(only={"encoding"})
CASES = [json.loads(line) for line in
         (Path(__file__).parent / "data" / "mojibake_cases.jsonl").read_text(encoding="utf-8").splitlines()]
PREFIX, SUFFIX = "The report was published on Monday, and ", " according to the staff."
CALLS = "encoding.mojibake.ftfy_calls"


def _params(check_calls: bool = False) -> list:
    out = []
    for case in CASES:
        for where in ("alone", "prose"):
            marks = []
            if "xfail" in case and (not check_calls or case["kind"] == "clean"):
                marks.append(pytest.mark.xfail(strict=True, reason=case["xfail"]))
            elif check_calls and case.get("gate_false_positive"):
                marks.append(pytest.mark.xfail(strict=True, reason=case["note"]))
            out.append(pytest.param(case, where, id=f"{case['id']}-{where}", marks=marks))
    return out


def _run(case: dict, where: str):
    if where == "alone":
        text, want = case["input"], case["want"]
    else:
        text = PREFIX + case["input"] + SUFFIX
        # A later encoding rule may go on from ftfy's output (a U+FFFD restored from the lexicon).
        want = PREFIX + case.get("want_chain_in_prose", case.get("want_in_prose", case["want"])) + SUFFIX
    return text, want, clean(text, ENC)


@pytest.mark.parametrize("case, where", _params())
def test_case_output(case, where):
    text, want, result = _run(case, where)
    assert result.text == want
    assert result.rebuild() == text


@pytest.mark.parametrize("case, where", _params(check_calls=True))
def test_case_ftfy_calls(case, where):
    _, _, result = _run(case, where)
    calls = result.stats.get(CALLS, 0)
    if case["kind"] == "clean":
        assert calls == 0
    else:
        assert calls <= 1  # one damaged line


def test_case_file_is_sound():
    assert len(CASES) >= 60
    assert len({c["id"] for c in CASES}) == len(CASES)
    assert all(c["want"] == c["input"] for c in CASES if c["kind"] == "clean")
