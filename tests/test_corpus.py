"""Corpus mode: lines repeated across the documents of one source (normalizer.corpus and the
chrome.repeated rule), and `normalizer clean --corpus`."""

from __future__ import annotations

import json
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normalizer import Config, clean
from normalizer.cli import main
from normalizer.corpus import (MIN_DOCUMENTS, CorpusBuilder, build_index, line_key, normalize_line,
                               source_of)

HEAD = ["Example Daily", "Home | World | Sports | Opinion", "Search the archive"]
TAIL = ["Get the Example Daily briefing in your inbox every morning",
        "Example Daily is part of Example Media Group", "Contact the newsroom"]
ARTICLES = [
    "The council approved the new budget on Monday after a long debate. Critics said the plan cuts too deep.",
    "Heavy rain flooded the river valley overnight, and roads were closed. Officials expect the water to recede by Friday.",
    "The local team won its third straight game on Saturday. The coach praised the defence after the match.",
    "A new library opened downtown with space for 40,000 books. Readers lined up before the doors opened.",
    "The bakery on Main Street closed after ninety years in business. Its owners plan to retire by the sea.",
    "Students planted two hundred trees along the canal this spring. The city will water them through summer.",
]


def page(article: str, extra: list[str] | None = None) -> str:
    return "\n\n".join(HEAD + [article] + (extra or []) + TAIL)


def test_normalize_line_folds_case_digits_punctuation():
    assert normalize_line("Posted on 3 May, 2024 |") == normalize_line("posted on 12 MAY 2025")
    assert normalize_line("Share: Facebook / X") == "share facebook x"
    assert line_key("* * *") is None and line_key("   ") is None
    assert line_key("Contact us") == line_key("CONTACT US!")


def test_source_of_prefers_host():
    assert source_of("https://www.example.org/a/b?x=1", "dump.jsonl") == "example.org"
    assert source_of("not a url", "dump.jsonl") == "dump.jsonl"
    assert source_of(None, "dump.jsonl") == "dump.jsonl"


def test_repeated_site_lines_go_article_stays():
    index = build_index(("example.org", page(a)) for a in ARTICLES)
    stats = index.get("example.org")
    assert stats is not None and stats.documents == len(ARTICLES)
    for article in ARTICLES:
        result = clean(page(article), corpus=stats)
        assert result.text == article
        repeated = [op for op in result.removed if op.rule == "chrome.repeated"]
        assert repeated and all(op.evidence == f"in {len(ARTICLES)} of {len(ARTICLES)} documents"
                                for op in repeated)
        assert result.rebuild() == page(article)


def test_without_corpus_nothing_changes():
    assert clean(page(ARTICLES[0])).text == clean(page(ARTICLES[0]), corpus=None).text
    index = build_index(("example.org", page(a)) for a in ARTICLES)
    skipped = clean(page(ARTICLES[0]), Config(skip={"chrome.repeated"}), corpus=index.get("example.org"))
    assert "Contact the newsroom" in skipped.text


def test_too_few_documents_or_too_rare_lines_stay():
    small = build_index(("example.org", page(a)) for a in ARTICLES[:MIN_DOCUMENTS - 1])
    assert "Contact the newsroom" in clean(page(ARTICLES[0]), corpus=small.get("example.org")).text
    # A line in 5 of 22 documents (a recurring but not site-wide line) is below the share.
    docs = [("example.org", page(f"Story number {i} was written on a quiet day. Nothing else happened then."))
            for i in range(17)]
    # (a sentence: a short line right above the newsletter call would go as the box's name)
    picks = "Editor's picks: the weekend reads."
    docs += [("example.org", page(a, [picks])) for a in ARTICLES[:5]]
    stats = build_index(docs).get("example.org")
    assert picks in clean(page(ARTICLES[0], [picks]), corpus=stats).text


def test_repeated_lines_inside_the_article_stay():
    article = [ARTICLES[0], "Step 1", ARTICLES[1]]
    docs = [("howto.example", "\n\n".join(HEAD + [f"Guide {i} opens with a long sentence that is prose here.",
                                                  "Step 1", ARTICLES[i % len(ARTICLES)]] + TAIL)) for i in range(8)]
    stats = build_index(docs).get("howto.example")
    result = clean("\n\n".join(HEAD + article + TAIL), corpus=stats)
    assert "Step 1" in result.text.split("\n\n")
    assert "Search the archive" not in result.text


def test_a_repeated_paragraph_of_two_sentences_stays():
    boiler = "This story was produced by the newsroom team. It may be republished with credit."
    docs = [("example.org", page(a, [boiler])) for a in ARTICLES]
    stats = build_index(docs).get("example.org")
    for article in ARTICLES:
        assert boiler in clean(page(article, [boiler]), corpus=stats).text


texts = st.lists(st.sampled_from(HEAD + TAIL + ARTICLES + ["Read more", "Related", "Tags: news"]),
                 min_size=1, max_size=8).map("\n".join)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a.org", "b.org"]), texts), min_size=1, max_size=10),
       st.randoms(use_true_random=False))
def test_results_do_not_depend_on_document_order(docs, rnd):
    index = build_index(docs)
    shuffled = list(docs)
    rnd.shuffle(shuffled)
    other = build_index(shuffled)
    assert index.sources.keys() == other.sources.keys()
    for source, stats in index.sources.items():
        assert stats == other.sources[source]
    # Merging builders of parallel workers gives the same index too.
    half = len(docs) // 2
    a, b = CorpusBuilder(), CorpusBuilder()
    for source, text in docs[:half]:
        a.add(source, text)
    for source, text in docs[half:]:
        b.add(source, text)
    b.merge(a)
    assert b.freeze() == index
    for source, text in docs:
        first = clean(text, corpus=index.get(source))
        assert first == clean(text, corpus=other.get(source))
        assert first.rebuild() == text


def test_cli_corpus_mode(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    dump = tmp_path / "dump.jsonl"
    with dump.open("w") as f:
        for i, article in enumerate(ARTICLES):
            f.write(json.dumps({"url": f"https://www.example.org/n/{i}", "text": page(article)}) + "\n")
        f.write(json.dumps({"url": "https://other.net/x", "text": page(ARTICLES[0])}) + "\n")
    assert main(["clean", "--corpus", str(dump)]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["text"] for r in out[:len(ARTICLES)]] == ARTICLES
    assert out[len(ARTICLES)]["text"] == clean(page(ARTICLES[0])).text  # a source of one document: untouched
    assert main(["clean", str(dump)]) == 0  # without --corpus the site lines stay
    plain = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert "Contact the newsroom" in plain[0]["text"]


def test_cli_corpus_needs_files(capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", open(__file__))
    assert main(["clean", "--corpus", "-"]) == 2
    assert "--corpus" in capsys.readouterr().err


def test_index_pickles_for_spawned_workers_and_is_read_only():
    import pickle

    index = build_index(("example.org", page(a)) for a in ARTICLES)
    assert pickle.loads(pickle.dumps(index)) == index
    with pytest.raises(TypeError):
        index.sources["other"] = index.sources["example.org"]  # type: ignore[index]


# -- the run's intact spellings: evidence for lost letters -------------------------------------------

EN_TAIL = " The officials said that the new rules would be in place by the end of the year, and that they were ready."


def test_spellings_count_documents_not_occurrences_and_skip_damaged_words():
    index = build_index([("a", "Björn met Björn Ulvaeus."), ("b", "Björn again, Bj?rn?s and Peña?s."),
                         ("c", "Nothing here.")])
    spellings = index.get("c").spellings  # the same run-wide table for every source
    assert spellings == {"bj?rn": {"björn": 2}}  # peña touches a lost mark: no evidence; seen once anyway


def test_dump_spelling_restores_a_word_the_lexicon_cannot_decide():
    damaged = "Our host Xav?ra Qwylln opened the show, it?s said." + EN_TAIL
    alone = clean(damaged, Config(only={"encoding"}))
    assert "Xav?ra" in alone.text  # no lexicon word fits
    index = build_index([("a", "Xavéra Qwylln hosts."), ("b", "Ask Xavéra about it."), ("c", damaged)])
    result = clean(damaged, Config(only={"encoding"}), corpus=index.get("c"))
    assert "Xavéra Qwylln" in result.text
    assert ("é", "dump") in {(e.after, e.evidence) for e in result.edits}


def test_dump_spelling_held_by_one_document_is_no_evidence():
    damaged = "Our host Xav?ra Qwylln opened the show, it?s said." + EN_TAIL
    index = build_index([("a", "Xavéra Qwylln hosts."), ("c", damaged)])
    assert "Xav?ra" in clean(damaged, Config(only={"encoding"}), corpus=index.get("c")).text


def test_dump_never_turns_a_question_after_a_common_word_into_a_letter():
    damaged = "How is it going for you?, she asked, and it?s fine." + EN_TAIL
    index = build_index([("a", "youâ"), ("b", "youâ again"), ("c", damaged)])
    assert "for you?," in clean(damaged, Config(only={"encoding"}), corpus=index.get("c")).text


WORDS = ["Björn", "Bjørn", "Peña", "São", "Zoë", "café", "naïve", "plain", "words", "Bj?rn", "x"]


@settings(max_examples=60, deadline=None)
@given(docs=st.lists(st.lists(st.sampled_from(WORDS), max_size=6).map(" ".join), min_size=1, max_size=12),
       rnd=st.randoms(use_true_random=False), split=st.integers(min_value=0, max_value=12))
def test_spellings_do_not_depend_on_order_or_workers(docs, rnd, split):
    with mock.patch("normalizer.corpus.MAX_SPELLINGS", 3):  # the cap must cut the same way too
        one = build_index(("s", d) for d in docs)
        shuffled = list(docs)
        rnd.shuffle(shuffled)
        first, second = CorpusBuilder(), CorpusBuilder()
        for i, d in enumerate(shuffled):
            (first if i < split else second).add("s", d)
        first.merge(second)
        assert first.freeze().get("s").spellings == one.get("s").spellings
    assert sum(len(v) for v in one.get("s").spellings.values()) <= 3
