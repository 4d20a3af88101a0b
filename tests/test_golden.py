"""Golden files: every corpus sample against its expected JSON, and every shared seed.

`corpus_samples/NAME.txt` is cleaned with the default config and each field of the result is
compared exactly with `corpus_samples/NAME.expected.json`:

    title, body (Result.text), captions [{text, credit}], footnotes [{number, text, source}],
    meta, removed_rules (sorted unique rules that removed something, layout excluded),
    edits ([before, after] of every Edit, in input order)

plus `rebuild() == input`. Samples listed under "Golden cases marked xfail" in
`corpus_samples/KNOWN_GAPS.md` hold the output as it should be and are strict xfails.

The seeds (`../shared/seeds`) are checked with `check_seed` from `../shared/tools/check_seeds.py`
(the same comparisons as that script); that part is skipped when `../shared` is absent.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from normalizer import clean

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "corpus_samples"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
CHECKER = SHARED / "tools" / "check_seeds.py"

FIELDS = ("title", "body", "captions", "footnotes", "meta", "removed_rules", "edits")


def read_exact(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as fh:  # no newline translation
        return fh.read()


def known_gaps() -> dict[str, str]:
    """sample name -> reason, from the xfail section of KNOWN_GAPS.md."""
    path = SAMPLES / "KNOWN_GAPS.md"
    if not path.exists():
        return {}
    gaps: dict[str, str] = {}
    in_section = False
    for line in read_exact(path).splitlines():
        if line.startswith("## "):
            in_section = line.strip().lower() == "## golden cases marked xfail"
            continue
        m = re.match(r"^- `([\w-]+)`: (.+)$", line)
        if in_section and m:
            gaps[m.group(1)] = m.group(2).strip()
    return gaps


def observed(text: str) -> dict:
    """The result of cleaning `text`, in the shape of an expected file."""
    r = clean(text)
    return {
        "title": r.title,
        "body": r.text,
        "captions": [{"text": c.text, "credit": c.credit} for c in r.captions],
        "footnotes": [{"number": f.number, "text": f.text, "source": f.source} for f in r.footnotes],
        "meta": dict(r.meta),
        "removed_rules": sorted({x.rule for x in r.removed if x.group.value != "layout"}),
        "edits": [[e.before, e.after] for e in sorted(r.edits, key=lambda e: (e.start, e.end))],
    }


def sample_names() -> list[str]:
    return sorted(p.name[:-4] for p in SAMPLES.glob("*.txt"))


def _sample_params() -> list:
    gaps = known_gaps()
    out = []
    for name in sample_names():
        marks = [pytest.mark.xfail(strict=True, reason=gaps[name])] if name in gaps else []
        out.append(pytest.param(name, id=name, marks=marks))
    return out


def test_corpus_is_complete():
    names = sample_names()
    assert len(names) >= 14
    for name in names:
        assert (SAMPLES / f"{name}.expected.json").exists(), name
    assert set(known_gaps()) <= set(names), "KNOWN_GAPS.md names a sample that does not exist"
    readme = read_exact(SAMPLES / "README.md")
    missing = [n for n in names if f"`{n}`" not in readme]
    assert not missing, f"samples not described in corpus_samples/README.md: {missing}"


@pytest.mark.parametrize("name", _sample_params())
def test_corpus_sample(name):
    text = read_exact(SAMPLES / f"{name}.txt")
    want = json.loads(read_exact(SAMPLES / f"{name}.expected.json"))
    assert set(want) == set(FIELDS), f"{name}.expected.json keys"
    got = observed(text)
    wrong = {f: {"got": got[f], "want": want[f]} for f in FIELDS if got[f] != want[f]}
    assert not wrong, json.dumps(wrong, indent=1, ensure_ascii=False)
    assert clean(text).rebuild() == text


@pytest.mark.parametrize("name", sample_names())
def test_corpus_sample_rebuilds(name):
    """Lossless even where the golden output is a known gap."""
    text = read_exact(SAMPLES / f"{name}.txt")
    assert clean(text).rebuild() == text


# -- the shared seeds ----------------------------------------------------------------------------

def _seed_names() -> list[str]:
    return sorted(p.stem for p in SEEDS.glob("*.txt")) if SEEDS.is_dir() else []


@pytest.fixture(scope="module")
def check_seed():
    if not CHECKER.exists():
        pytest.skip("../shared/tools/check_seeds.py is absent")
    spec = importlib.util.spec_from_file_location("check_seeds", CHECKER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.check_seed


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is absent")
@pytest.mark.parametrize("name", _seed_names() or [pytest.param("none", marks=pytest.mark.skip(
    reason="../shared/seeds is absent or empty"))])
def test_seed(name, check_seed):
    expected = json.loads(read_exact(SEEDS / "expected" / f"{name}.json"))
    problems = check_seed(clean, str(SEEDS / f"{name}.txt"), expected)
    assert not problems, "\n".join(problems)
