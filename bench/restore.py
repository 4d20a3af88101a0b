#!/usr/bin/env python3
"""How well the encoding group restores characters lost to `?` or U+FFFD, on dev-set gold bodies.

Each gold body is damaged the way scraped text is: every non-ASCII character becomes `?` (as
`str.encode("ascii", "replace")` does) or, in the second variant, U+FFFD. The damaged text goes
through the encoding group alone and the repairs (`Result.edits`, one character for one lost
character) are laid back over it, so the repaired text lines up with the gold character by
character. Reported, for all pages and for article pages:

- Latin-letter words restored: words of the gold with non-ASCII Latin letters whose every lost
  letter came back exactly. Words inside mojibake *of the gold itself* (`youâ€™re`, spans the
  encoding group changes in the undamaged gold) are no Latin-letter words: they are left out and
  counted on their own;
- apostrophes restored: gold ’ (and ‘ inside words) that came back, apart from a ’ that closes a
  single quote ‘…’ opened before it on the line: those are quotes and are counted as closing
  single quotes (a damaged page that lost both marks of a pair says nothing of which pair it used);
- lexicon ceiling: of those words, the share whose spelling (lower case) the lexicon lists at
  all, and of those, the share restored: the Latin-letter words share can reach no higher than
  the ceiling from the lexicon alone (a name no lexicon lists, `Karik?`, needs the document or
  the dump to spell it intact), and the second share says how well the rules choose among the
  candidates where the right one is there to choose;
- real question marks kept: gold `?` still `?`;
- wrong restorations: lost marks replaced by a character that is not the gold one (a dash for
  an apostrophe, a letter for a lost dash or no-break space, the wrong accent), of all the
  marks replaced: the restorations' precision, over every kind of lost character;
- false edits: characters the encoding group changes in the *undamaged* gold (must be 0);
- the same, by the page's language (`normalizer.lang.guess_language` of the gold), for the pages
  with Latin letters to lose: an English page loses mostly foreign names, a French one its own words;
- the encoding group's throughput (MB/s, one core) on the dev-set inputs: with the layout rules
  (which always run) and on its own (the time of an encoding run minus that of a layout-only
  run, interleaved, best of `--repeat`).

    .venv/bin/python bench/restore.py              # all pages, both variants
    .venv/bin/python bench/restore.py --limit 100  # quick run
    .venv/bin/python bench/restore.py --repeat 1   # one timing pass
    .venv/bin/python bench/restore.py --dump       # corpus mode: the other pages are the dump
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from normalizer import Config, clean, warm_up  # noqa: E402
from normalizer.corpus import SPELLING_MIN_DOCUMENTS, SourceStats  # noqa: E402
from normalizer.lang import guess_language  # noqa: E402
from normalizer.lexicon import default_lexicon, intact_spellings, lost_skeleton  # noqa: E402
from normalizer.result import Edit, top_level  # noqa: E402

ENCODING_ONLY = Config(only=frozenset({"encoding"}))
WORD = re.compile(r"\w+")
VARIANTS = {"question mark": "?", "U+FFFD": "\ufffd"}


def is_latin_letter(ch: str) -> bool:
    return ord(ch) > 127 and ch.isalpha() and "LATIN" in unicodedata.name(ch, "")


def damage(text: str, mark: str) -> str:
    """Every non-ASCII character becomes `mark` (one for one, so offsets line up)."""
    return "".join(ch if ord(ch) < 128 else mark for ch in text)


class LeaveOneOut(Mapping):
    """Corpus-mode spellings of the whole dev set (every page's extractor inputs, a spelling
    counted once per page) minus one page's own: the evidence the rest of a dump would give."""

    def __init__(self, full: dict[str, dict[str, int]], own: set[str]) -> None:
        self.full, self.own = full, own

    def __getitem__(self, skel: str) -> dict[str, int]:
        counts = {w: n - (w in self.own) for w, n in self.full[skel].items()}
        return {w: n for w, n in counts.items() if n >= SPELLING_MIN_DOCUMENTS}

    def __iter__(self):
        return iter(self.full)

    def __len__(self) -> int:
        return len(self.full)


def dump_spellings(records: list[dict]) -> tuple[dict[str, dict[str, int]], dict[str, set[str]]]:
    """(skeleton -> spelling -> pages, page id -> its spellings) over the pages' extractor inputs."""
    per_page: dict[str, set[str]] = {}
    full: dict[str, dict[str, int]] = {}
    for rec in records:
        words = {w for t in rec["inputs"].values() if t for ws in intact_spellings(t).values() for w in ws}
        per_page[rec["id"]] = words
        for w in words:
            bucket = full.setdefault(lost_skeleton(w), {})
            bucket[w] = bucket.get(w, 0) + 1
    return full, per_page


def repaired(damaged: str, corpus: SourceStats | None = None) -> str:
    """The damaged text with the encoding group's repairs applied (nothing else)."""
    result = clean(damaged, ENCODING_ONLY, corpus=corpus)
    ops = [op for op in top_level(result.edits) if isinstance(op, Edit) and op.group.value == "encoding"]
    out = []
    pos = 0
    for op in ops:
        out.append(damaged[pos:op.start])
        out.append(op.after)
        pos = op.end
    out.append(damaged[pos:])
    return "".join(out)


@dataclass
class Tally:
    words: int = 0
    words_ok: int = 0
    listed: int = 0
    listed_ok: int = 0
    apostrophes: int = 0
    apostrophes_ok: int = 0
    questions: int = 0
    questions_ok: int = 0
    closing_quotes: int = 0
    closing_quotes_ok: int = 0
    gold_mojibake_words: int = 0
    restored: int = 0
    restored_wrong: int = 0
    wrong_restorations: list[tuple[str, str, str, str]] = field(default_factory=list)
    misaligned: int = 0
    wrong: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, gold: str, damaged: str, fixed: str, mark: str, doc_id: str,
            gold_mojibake: list[tuple[int, int]]) -> None:
        if len(fixed) != len(gold):
            self.misaligned += 1
            return
        for m in WORD.finditer(gold):
            word = m.group()
            if any(is_latin_letter(ch) for ch in word):
                if any(start < m.end() and m.start() < end for start, end in gold_mojibake):
                    self.gold_mojibake_words += 1
                    continue
                self.words += 1
                got = fixed[m.start():m.end()]
                listed = in_lexicon(word)
                self.listed += listed
                if got == word:
                    self.words_ok += 1
                    self.listed_ok += listed
                else:
                    self.wrong.append((doc_id, word, got))
        for i, ch in enumerate(damaged):
            if ch == mark and fixed[i] != mark:
                self.restored += 1
                if fixed[i] != gold[i]:
                    self.restored_wrong += 1
                    self.wrong_restorations.append((doc_id, gold[i], fixed[i], gold[max(0, i - 20):i + 20]))
        closers = closing_single_quotes(gold)
        for i, ch in enumerate(gold):
            if i in closers:
                self.closing_quotes += 1
                self.closing_quotes_ok += fixed[i] == ch
            elif ch in "\u2019\u02bc" or (ch == "\u2018" and 0 < i < len(gold) - 1 and gold[i - 1].isalpha()
                                           and gold[i + 1].isalpha()):
                self.apostrophes += 1
                self.apostrophes_ok += fixed[i] == ch
            elif ch == "?":
                self.questions += 1
                self.questions_ok += fixed[i] == "?"

    def row(self) -> str:
        def pct(a: int, b: int) -> str:
            return f"{a / b:.4f} ({a}/{b})" if b else "-"
        return (f"words {pct(self.words_ok, self.words):>22}"
                f"  lexicon ceiling {pct(self.listed, self.words):>20} restored {pct(self.listed_ok, self.listed):>20}"
                f"  apostrophes {pct(self.apostrophes_ok, self.apostrophes):>22}"
                f"  real ? kept {pct(self.questions_ok, self.questions):>20}"
                f"  closing single quotes {pct(self.closing_quotes_ok, self.closing_quotes):>18}"
                f"  wrong restorations {pct(self.restored_wrong, self.restored):>18}"
                f"  gold-mojibake words {self.gold_mojibake_words}  misaligned docs {self.misaligned}")


def in_lexicon(word: str) -> bool:
    """The lexicon lists `word` (lower case) among the candidates of its skeleton."""
    lower = word.lower()
    return any(c.word == lower for c in default_lexicon().candidates(lost_skeleton(lower)))


def closing_single_quotes(gold: str) -> set[int]:
    """Offsets of the ’ that close a ‘ opened earlier on the same line (not after a letter)."""
    out: set[int] = set()
    depth = 0
    for i, ch in enumerate(gold):
        if ch == "\n":
            depth = 0
        elif ch == "\u2018" and (i == 0 or not gold[i - 1].isalnum()):
            depth += 1
        elif ch == "\u2019" and depth and not gold[i + 1:i + 2].isalpha():
            depth -= 1
            out.add(i)
    return out


def encoding_edits(gold: str) -> list[Edit]:
    """What the encoding group changes in an undamaged text."""
    return [e for e in clean(gold, ENCODING_ONLY).edits if e.group.value == "encoding"]


def false_edits(edits: list[Edit]) -> tuple[int, int]:
    """(characters changed by rules that restore lost characters, characters ftfy changed):
    the first must be 0; the second is mojibake or C1 controls inside the gold itself."""
    lost = sum(len(e.before) for e in edits if e.rule != "encoding.mojibake")
    return lost, sum(len(e.before) for e in edits if e.rule == "encoding.mojibake")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--devset", default=str(ROOT.parent / "shared" / "devset" / "devset.jsonl.gz"))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--dump", action="store_true",
                    help="corpus mode: the other pages' extractor inputs give spelling evidence")
    ap.add_argument("--repeat", type=int, default=3, help="timing passes (best is kept)")
    ap.add_argument("--out", default=str(ROOT / "bench" / "out"), help="where the wrong-word lists go")
    args = ap.parse_args(argv)

    opener = gzip.open if args.devset.endswith(".gz") else open
    with opener(args.devset, "rt", encoding="utf-8") as fh:  # (bench/pages/pages.jsonl too)
        records = [json.loads(line) for line in fh]
    if args.limit:
        records = records[:args.limit]
    warm_up(ENCODING_ONLY)
    undamaged = {rec["id"]: encoding_edits(rec["gold"] or "") for rec in records}
    Path(args.out).mkdir(parents=True, exist_ok=True)

    full, per_page = dump_spellings(records) if args.dump else ({}, {})
    for name, mark in VARIANTS.items():
        tallies = {"all pages": Tally(), "article pages": Tally()}
        by_language: dict[str, Tally] = {}
        for rec in records:
            gold = rec["gold"] or ""
            damaged = damage(gold, mark)
            corpus = SourceStats(1, {}, LeaveOneOut(full, per_page[rec["id"]])) if args.dump else None
            fixed = repaired(damaged, corpus)
            spans = [(e.start, e.end) for e in undamaged[rec["id"]]]
            tallies["all pages"].add(gold, damaged, fixed, mark, rec["id"], spans)
            if rec["page_type"] == "article":
                tallies["article pages"].add(gold, damaged, fixed, mark, rec["id"], spans)
            if any(is_latin_letter(ch) for ch in gold):
                language = guess_language(gold) or "unknown"
                by_language.setdefault(language, Tally()).add(gold, damaged, fixed, mark, rec["id"], spans)
        print(f"damage: non-ASCII -> {name}")
        for scope, tally in tallies.items():
            print(f"  {scope:14s} {tally.row()}")
        for language, tally in sorted(by_language.items(), key=lambda item: -item[1].words):
            print(f"  {language + ' pages':14s} {tally.row()}")
        wrong = tallies["all pages"].wrong
        if wrong:
            print("  first wrong words (id, gold, got):", ", ".join(f"{i}:{g}->{w}" for i, g, w in wrong[:12]))
            out = Path(args.out) / f"restore_wrong_{'fffd' if mark != '?' else 'qmark'}.tsv"
            out.write_text("".join(f"{i}\t{g}\t{w}\n" for i, g, w in wrong), encoding="utf-8")
            print(f"  all {len(wrong)} wrong words: {out}")
        bad = tallies["all pages"].wrong_restorations
        out = Path(args.out) / f"restore_wrong_marks_{'fffd' if mark != '?' else 'qmark'}.tsv"
        out.write_text("".join(f"{i}\t{g}\t{w}\t{c!r}\n" for i, g, w, c in bad), encoding="utf-8")
        print(f"  all {len(bad)} wrong restorations (id, gold, got, context): {out}")

    for scope, recs in (("all pages", records), ("article pages", [r for r in records if r["page_type"] == "article"])):
        lost, moji = map(sum, zip(*(false_edits(undamaged[r["id"]]) for r in recs))) if recs else (0, 0)
        print(f"false edits on undamaged gold, {scope}: {lost} characters by the lost-character rules; "
              f"{moji} by encoding.mojibake (mojibake and C1 controls in the gold itself)")

    texts = [t for rec in records for t in rec["inputs"].values() if t]
    size = sum(len(t.encode("utf-8")) for t in texts)
    layout_only = Config(only=frozenset({"layout"}))
    warm_up(layout_only)
    best = {"encoding": float("inf"), "layout": float("inf")}
    for _ in range(args.repeat):  # interleaved, so both see the same machine
        for name, config in (("layout", layout_only), ("encoding", ENCODING_ONLY)):
            start = time.perf_counter()
            for text in texts:
                clean(text, config)
            best[name] = min(best[name], time.perf_counter() - start)
    own = best["encoding"] - best["layout"]
    mb = size / 1e6
    print(f"encoding group throughput on the dev-set inputs ({mb:.2f} MB, one core, best of {args.repeat}):")
    print(f"  with layout (what `--only encoding` runs): {best['encoding']:.2f} s = {mb / best['encoding']:.1f} MB/s")
    print(f"  layout alone: {best['layout']:.2f} s = {mb / best['layout']:.1f} MB/s")
    print(f"  the encoding rules' own time (difference): {own:.2f} s = {mb / own:.1f} MB/s" if own > 0 else
          "  the encoding rules' own time: below the timing noise")
    return 0


if __name__ == "__main__":
    sys.exit(main())
