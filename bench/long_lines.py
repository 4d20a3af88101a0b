#!/usr/bin/env python3
"""Time clean() on long single lines of damaged text: work that grows faster than the line.

A page without line breaks (a news API's body, a PDF or JSON field pasted whole) makes every
per-line step run over the whole text, and a search from the line's start per word is then
quadratic. Each shape below repeats a short damaged pattern into one line of about `--size`
bytes; the time is wall-clock in one process after a warm-up. A shape far slower than the
others, or than twice its time at half the size, points at such a step.

    .venv/bin/python bench/long_lines.py                # 250 KB lines
    .venv/bin/python bench/long_lines.py --size 500000  # twice as long: times should double
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import code_version, print_table  # noqa: E402

#: name -> the pattern repeated into one line.
SHAPES = {
    "prose": "The river rose slowly through the night and officials watched the old bridge. ",
    "lost letters": "Pe?a Nieto met M?ller in S?o Paulo and Z?rich on Tuesday. ",
    "apostrophes": "It?s the company?s plan, and they didn?t say why we?re late. ",
    "quotes": "He said ?yes? and she didn?t ask ?why? today. ",
    "questions in quotes": "?A bold idea? A bright one? Yes, and it?s fine.? ",
    "question marks": "Why? Who knows? Was it the plan? Nobody said. ",
    "mojibake": "The caf\u00c3\u00a9 doesn\u00e2\u20ac\u2122t open on Mondays, she said. ",
    "footnote markers": "The council met with residents[2] and the mayor.[3] ",
    "markdown links": "See [the report](https://example.org/report) and [notes](/notes). ",
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", type=int, default=250_000, help="bytes per line (default %(default)s)")
    args = ap.parse_args(argv)
    from normalizer import clean, warm_up

    warm_up()
    clean(" ".join(SHAPES.values()))
    rows = []
    for name, pattern in SHAPES.items():
        text = pattern * max(1, args.size // len(pattern.encode()))
        start = time.perf_counter()
        result = clean(text)
        seconds = time.perf_counter() - start
        size = len(text.encode())
        rows.append([name, size, "%.2f" % seconds, "%.0f" % (size / 1e3 / seconds), len(result.edits)])
    print("normalizer %s; one line per shape, full chain, one process" % code_version())
    print_table("long single lines", ["shape", "bytes", "s", "KB/s", "edits"], rows, align="lrrrr")
    return 0


if __name__ == "__main__":
    sys.exit(main())
