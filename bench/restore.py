#!/usr/bin/env python3
"""How well the encoding group restores characters lost to `?` or U+FFFD, on dev-set gold bodies.

Each gold body is damaged the way scraped text is: every non-ASCII character becomes `?` (as
`str.encode("ascii", "replace")` does) or, in the second variant, U+FFFD. The damaged text goes
through the encoding group alone and the repairs (`Result.edits`, one character for one lost
character) are laid back over it, so the repaired text lines up with the gold character by
character. Reported, for all pages and for article pages:

- Latin-letter words restored: words of the gold with non-ASCII Latin letters whose every lost
  letter came back exactly;
- apostrophes restored: gold ’ (and ‘ inside words) that came back;
- real question marks kept: gold `?` still `?`;
- false edits: characters the encoding group changes in the *undamaged* gold (must be 0);
- the encoding group's throughput (MB/s, one core) on the dev-set inputs.

    .venv/bin/python bench/restore.py              # all pages, both variants
    .venv/bin/python bench/restore.py --limit 100  # quick run
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from normalizer import Config, clean, warm_up  # noqa: E402
from normalizer.result import Edit, top_level  # noqa: E402

ENCODING_ONLY = Config(only=frozenset({"encoding"}))
WORD = re.compile(r"\w+")
VARIANTS = {"question mark": "?", "U+FFFD": "\ufffd"}


def is_latin_letter(ch: str) -> bool:
    return ord(ch) > 127 and ch.isalpha() and "LATIN" in unicodedata.name(ch, "")


def damage(text: str, mark: str) -> str:
    """Every non-ASCII character becomes `mark` (one for one, so offsets line up)."""
    return "".join(ch if ord(ch) < 128 else mark for ch in text)


def repaired(damaged: str) -> str:
    """The damaged text with the encoding group's repairs applied (nothing else)."""
    result = clean(damaged, ENCODING_ONLY)
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
    apostrophes: int = 0
    apostrophes_ok: int = 0
    questions: int = 0
    questions_ok: int = 0
    misaligned: int = 0
    wrong: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, gold: str, fixed: str, doc_id: str) -> None:
        if len(fixed) != len(gold):
            self.misaligned += 1
            return
        for m in WORD.finditer(gold):
            word = m.group()
            if any(is_latin_letter(ch) for ch in word):
                self.words += 1
                got = fixed[m.start():m.end()]
                if got == word:
                    self.words_ok += 1
                elif len(self.wrong) < 30:
                    self.wrong.append((doc_id, word, got))
        for i, ch in enumerate(gold):
            if ch in "\u2019\u02bc" or (ch == "\u2018" and 0 < i < len(gold) - 1 and gold[i - 1].isalpha()
                                         and gold[i + 1].isalpha()):
                self.apostrophes += 1
                self.apostrophes_ok += fixed[i] == ch
            elif ch == "?":
                self.questions += 1
                self.questions_ok += fixed[i] == "?"

    def row(self) -> str:
        def pct(a: int, b: int) -> str:
            return f"{a / b:.4f} ({a}/{b})" if b else "-"
        return (f"words {pct(self.words_ok, self.words):>22}  apostrophes {pct(self.apostrophes_ok, self.apostrophes):>22}"
                f"  real ? kept {pct(self.questions_ok, self.questions):>20}  misaligned docs {self.misaligned}")


def false_edits(gold: str) -> int:
    result = clean(gold, ENCODING_ONLY)
    return sum(len(e.before) for e in result.edits if e.group.value == "encoding")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--devset", default=str(ROOT.parent / "shared" / "devset" / "devset.jsonl.gz"))
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args(argv)

    with gzip.open(args.devset, "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    if args.limit:
        records = records[:args.limit]
    warm_up(ENCODING_ONLY)

    for name, mark in VARIANTS.items():
        tallies = {"all pages": Tally(), "article pages": Tally()}
        for rec in records:
            gold = rec["gold"] or ""
            fixed = repaired(damage(gold, mark))
            tallies["all pages"].add(gold, fixed, rec["id"])
            if rec["page_type"] == "article":
                tallies["article pages"].add(gold, fixed, rec["id"])
        print(f"damage: non-ASCII -> {name}")
        for scope, tally in tallies.items():
            print(f"  {scope:14s} {tally.row()}")
        wrong = tallies["all pages"].wrong
        if wrong:
            print("  first wrong words (id, gold, got):", ", ".join(f"{i}:{g}->{w}" for i, g, w in wrong[:12]))

    total = sum(false_edits(rec["gold"] or "") for rec in records)
    art = sum(false_edits(rec["gold"] or "") for rec in records if rec["page_type"] == "article")
    print(f"false edits on undamaged gold: {total} characters (article pages: {art})")

    texts = [t for rec in records for t in rec["inputs"].values() if t]
    size = sum(len(t.encode("utf-8")) for t in texts)
    start = time.perf_counter()
    for text in texts:
        clean(text, ENCODING_ONLY)
    elapsed = time.perf_counter() - start
    print(f"encoding group throughput: {size / 1e6:.2f} MB in {elapsed:.2f} s = {size / 1e6 / elapsed:.1f} MB/s "
          "(one core; layout runs too)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
