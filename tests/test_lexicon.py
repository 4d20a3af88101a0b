"""The lost-character lexicon: packaged data, skeletons and candidate lookup."""

from __future__ import annotations

import dataclasses
import gzip
import io
import pickle
from importlib import resources
from types import MappingProxyType

import pytest

from normalizer.lexicon import DATA_FILE, Candidate, Lexicon, default_lexicon, keyed_lines, skeleton


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon.load()


def words(lex: Lexicon, skel: str) -> dict[str, Candidate]:
    return {c.word: c for c in lex.candidates(skel)}


# -- skeleton() ----------------------------------------------------------------------------------
@pytest.mark.parametrize("word, skel", [
    ("Peña", "pe?a"),
    ("PEÑA", "pe?a"),
    ("São", "s?o"),
    ("München", "m?nchen"),
    ("José María", "jos? mar?a"),
    ("Ángel", "?ngel"),          # lost letter first
    ("BOGOTÁ", "bogot?"),        # lost letter last
    ("Łódź", "??d?"),            # several lost letters
    ("Déjà", "d?j?"),
    ("Pe\ufffda", "pe?a"),       # U+FFFD is a lost letter too
    ("Pe?a", "pe?a"),            # an existing "?" stays
    ("Peña's", "pe?a's"),        # non-letters are kept
    ("plain ASCII", "plain ascii"),
    ("", ""),
])
def test_skeleton(word: str, skel: str) -> None:
    assert skeleton(word) == skel
    assert len(skeleton(word)) == len(word)


# -- the packaged lexicon ------------------------------------------------------------------------
def test_packaged_file_is_keyed_as_keyed_lines_writes_it() -> None:
    """The packaged file loads as it is (trusted); read as any user file, it is checked line by
    line against `keyed_lines` (skeletons, letters, order) and gives the same lexicon."""
    from importlib import resources
    data = resources.files("normalizer").joinpath(DATA_FILE).read_bytes()
    trusted = Lexicon.from_bytes(data, trusted=True)
    checked = Lexicon.from_bytes(data)
    assert len(trusted) == len(checked) > 1_000_000
    assert trusted.candidates("pe?a") == checked.candidates("pe?a")
    assert any(line.startswith("Format: skeleton<TAB>letters") for line in trusted.header)


def test_pena_and_peca(lex: Lexicon) -> None:
    found = words(lex, "pe?a")
    assert {"peña", "peça"} <= set(found)
    pena, peca = found["peña"], found["peça"]
    assert pena.best("en") > 0            # Peña occurs in English text
    assert pena.best("es") > pena.best("en")
    assert peca.best("en") == 0.0         # peça does not
    assert "en" not in peca.zipf
    assert peca.best("pt") > 4
    assert pena.best() == max(pena.zipf.values()) == pena.best("es")


@pytest.mark.parametrize("skel, word", [
    ("s?o", "são"),
    ("m?nchen", "münchen"),
    ("jos?", "josé"),
    ("mar?a", "maría"),
    ("?ngel", "ángel"),
    ("bogot?", "bogotá"),
    ("z?rich", "zürich"),
    ("caf?", "café"),
    ("na?ve", "naïve"),
    ("??d?", "łódź"),
    ("d?j?", "déjà"),
])
def test_known_words(lex: Lexicon, skel: str, word: str) -> None:
    found = words(lex, skel)
    assert word in found
    assert found[word].best("en") > 0


def test_multiword_name_restores_word_by_word(lex: Lexicon) -> None:
    restored = []
    for part in skeleton("José María").split():
        best = max(lex.candidates(part), key=lambda c: c.best("en"))
        restored.append(best.word)
    assert restored == ["josé", "maría"]


def test_candidates_match_the_skeleton_exactly(lex: Lexicon) -> None:
    for skel in ("pe?a", "s?o", "m?nchen", "?", "d?j?", "caf?"):
        found = lex.candidates(skel)
        assert found
        assert all(skeleton(c.word) == skel for c in found)
        assert [c.word for c in found] == sorted(c.word for c in found)
    assert "pena" not in words(lex, "pe?a")          # ASCII letters are not lost letters
    assert "peñas" not in words(lex, "pe?a")
    assert "münchen" not in words(lex, "m??nchen")


@pytest.mark.parametrize("skel", ["xq?zzv", "pe?a?x", "zzzzzzzz?", "pena", "", "Pe?a", "pe\ta",
                                  "peña"])
def test_unknown_skeleton_is_empty(lex: Lexicon, skel: str) -> None:
    assert lex.candidates(skel) == []


def test_size_and_data_shape(lex: Lexicon) -> None:
    assert len(lex) > 500_000
    for c in lex.candidates("pe?a") + lex.candidates("s?o"):
        assert c.word == c.word.lower()
        assert all(1.5 <= z <= 8 for z in c.zipf.values())
        zipfs = list(c.zipf.values())
        assert zipfs == sorted(zipfs, reverse=True)


def test_rare_words_fill_gaps(lex: Lexicon) -> None:
    """Below a language's threshold (1.5), words down to zipf 1.0 are listed where no frequent
    word has their skeleton (tools/build_lexicon.py, RARE_THRESHOLD)."""
    [rare] = lex.candidates("parlamentar?a")
    assert rare.word == "parlamentaría" and 1.0 <= rare.best("es") < 1.5
    # a frequent word keeps only the languages it reaches the threshold in
    assert all(z >= 1.5 for c in lex.candidates("herm?s") for lang, z in c.zipf.items() if lang != "en")
    assert any("Rarer words" in line for line in lex.header)


def test_data_file_header_names_its_licence(lex: Lexicon) -> None:
    raw = resources.files("normalizer").joinpath(DATA_FILE).read_bytes()
    with gzip.open(io.BytesIO(raw), "rt", encoding="utf-8") as f:
        header = []
        for line in f:
            if not line.startswith("# "):
                break
            header.append(line)
    text = "".join(header)
    assert "CC-BY-SA 4.0" in text
    assert "wordfreq 3.1.1" in text and "Robyn Speer" in text
    assert "Apache-2.0" in text
    assert "tools/build_lexicon.py" in text
    assert lex.header == tuple(line[2:].rstrip("\n") for line in header)
    licences = resources.files("normalizer").joinpath("data/LICENSES.md").read_text("utf-8")
    assert "lexicon.tsv.gz" in licences and "CC-BY-SA 4.0" in licences


def test_default_lexicon_is_loaded_once() -> None:
    assert Lexicon.load() is Lexicon.load() is default_lexicon()


# -- the loader on a small file ------------------------------------------------------------------
SMALL = """\
# a test lexicon
# licence: none
caf\u00e9\ten:3.75,fr:4.76
cafè\tit:4.77

pe\u00e7a\tpt:4.87,ca:4.62
pe\u00f1a\tes:4.56,en:3.05
ma\u00f1ana\tes:5.50
\u00e1\tes:7.44,en:2.81
"""


def test_keyed_lines_and_back() -> None:
    """`keyed_lines` gives each word's skeleton and letters, sorted by skeleton then word; a
    keyed file loads to the same lexicon, and one out of order or with letters that do not fill
    its skeleton is refused."""
    body = "\n".join(line for line in SMALL.splitlines() if line and not line.startswith("#"))
    keyed = keyed_lines(body.encode("utf-8")).decode("utf-8")
    assert keyed.splitlines() == ["?\tá\tes:7.44,en:2.81", "caf?\tè\tit:4.77", "caf?\té\ten:3.75,fr:4.76",
                                  "ma?ana\tñ\tes:5.50", "pe?a\tç\tpt:4.87,ca:4.62",
                                  "pe?a\tñ\tes:4.56,en:3.05"]
    small, again = Lexicon.from_text(SMALL), Lexicon.from_text("# keyed\n" + keyed)
    for skel in ("?", "caf?", "ma?ana", "pe?a", "d?j?"):
        assert again.candidates(skel) == small.candidates(skel)
    lines = keyed.splitlines()
    with pytest.raises(ValueError):
        Lexicon.from_text("\n".join(lines[::-1]) + "\n")
    with pytest.raises(ValueError):
        Lexicon.from_text("pe?a\tñç\tes:4.56\n")


@pytest.mark.parametrize("compress", [False, True])
def test_load_small_file(tmp_path, compress: bool) -> None:
    path = tmp_path / ("small.tsv.gz" if compress else "small.tsv")
    data = SMALL.encode("utf-8")
    path.write_bytes(gzip.compress(data) if compress else data)
    small = Lexicon.load(path)
    assert len(small) == 6
    assert small.header == ("a test lexicon", "licence: none")
    assert [c.word for c in small.candidates("pe?a")] == ["peça", "peña"]
    assert [c.word for c in small.candidates("caf?")] == ["cafè", "café"]
    assert [c.word for c in small.candidates("ma?ana")] == ["mañana"]
    assert [c.word for c in small.candidates("?")] == ["á"]
    assert small.candidates("pe?") == [] and small.candidates("e?a") == []
    assert small.skeleton_count == 4
    assert dict(small.candidates("pe?a")[1].zipf) == {"es": 4.56, "en": 3.05}


def test_load_small_text_with_crlf() -> None:
    small = Lexicon.from_text(SMALL.replace("\n", "\r\n"))
    assert [c.word for c in small.candidates("caf?")] == ["cafè", "café"]
    assert small.header[0] == "a test lexicon"


def test_empty_lexicon() -> None:
    empty = Lexicon.from_text("# nothing here\n")
    assert len(empty) == 0
    assert empty.candidates("pe?a") == []


@pytest.mark.parametrize("bad", ["no tab here\n", "pe\u00f1a\tes:4.5\tx\n", "a\tb\n\tc\td\n"])
def test_malformed_lines_are_rejected(bad: str) -> None:
    with pytest.raises(ValueError):
        Lexicon.from_text(bad)


# -- Candidate -----------------------------------------------------------------------------------
def test_candidate_is_immutable_hashable_and_picklable() -> None:
    cand = Lexicon.from_text(SMALL).candidates("pe?a")[1]
    assert cand.word == "peña"
    with pytest.raises(dataclasses.FrozenInstanceError):
        cand.word = "pena"  # type: ignore[misc]
    with pytest.raises(TypeError):
        cand.zipf["en"] = 9.0  # type: ignore[index]
    assert cand.best("en") == 3.05 and cand.best("de") == 0.0 and cand.best() == 4.56
    assert hash(cand) == hash(Lexicon.from_text(SMALL).candidates("pe?a")[1])
    clone = pickle.loads(pickle.dumps(cand))
    assert clone == cand and clone.best("es") == 4.56


def test_candidate_without_frequencies() -> None:
    cand = Candidate("é", MappingProxyType({}))
    assert cand.best() == 0.0 and cand.best("en") == 0.0


@pytest.mark.parametrize("skel, word", [("fu?g?nger", "fußgänger"), ("stra?e", "straße"), ("gr??e", "größe")])
def test_german_sharp_s_beside_other_letters(lex: Lexicon, skel: str, word: str) -> None:
    # wordfreq folds ß to ss; the ß spelling is listed for words with umlauts too (fussgänger)
    assert word in words(lex, skel)
