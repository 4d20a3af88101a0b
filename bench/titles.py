#!/usr/bin/env python3
"""Does the title group ever take the article's first line? Dev set, article pages.

For every article page and extractor input, every line the `title` group moved out of the body
(title.headline to Result.title, title.meta to Result.meta) is compared, words only and lower
case, with the first line of the gold body. Such a line is a loss: the gold keeps it as article
text. Also reported: how many headlines were taken, and how many equal the gold title.

    .venv/bin/python bench/titles.py
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import DEFAULT_DEVSET, load_score_module  # noqa: E402

_WORDS = re.compile(r"\w+")


def norm(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--devset", type=Path, default=DEFAULT_DEVSET)
    args = ap.parse_args(argv)
    from normalizer import clean

    records = load_score_module(args.devset).load_devset(str(args.devset))
    taken = Counter()
    headlines = same_as_gold_title = 0
    losses: list[tuple[str, str, str, str]] = []
    for r in records:
        if r.get("page_type") != "article":
            continue
        first = next((norm(line) for line in r["gold"].split("\n") if norm(line)), "")
        for name, text in (r.get("inputs") or {}).items():
            if not text:
                continue
            for op in clean(text).removed:
                if op.group.value != "title":
                    continue
                taken[op.rule] += 1
                line = norm(op.text)
                if op.rule == "title.headline" and op.target.value == "title" and \
                        (op.evidence or "").startswith("headline"):
                    headlines += 1
                    same_as_gold_title += bool(line) and line in norm(r.get("title") or "")
                if line and line == first:
                    losses.append((r["id"], name, op.rule, op.text.strip()[:70]))
    print("article pages: lines taken by rule: %s" % dict(sorted(taken.items())))
    print("headlines taken: %d, equal to (or inside) the gold title: %d" % (headlines, same_as_gold_title))
    by_rule = Counter(rule for _, _, rule, _ in losses)
    print("lines that begin the gold body taken: %d %s" % (len(losses), dict(by_rule)))
    for loss in losses:
        print("  %s %-18s %-15s %r" % loss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
