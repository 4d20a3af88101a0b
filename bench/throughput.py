#!/usr/bin/env python3
"""Single-core throughput of normalizer.clean over the dev-set input texts.

One process, no workers. MB/s = (sum of the UTF-8 byte lengths of every non-null input text) /
(wall time spent inside the clean() calls only; loading and bookkeeping are excluded).
MB = 10^6 bytes. A warm-up call runs first (rule imports, regex compilation, caches).

    .venv/bin/python bench/throughput.py                  # full chain, all texts
    .venv/bin/python bench/throughput.py --only encoding  # time one group (layout always runs)
    .venv/bin/python bench/throughput.py --repeat 3       # best of 3 passes
    .venv/bin/python bench/throughput.py --profile        # + cProfile, top 25 cumulative
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import (DEFAULT_DEVSET, add_group_args, build_config, code_version,  # noqa: E402
                     input_names, load_score_module, parse_inputs, print_table, utf8_len)

SLOWEST = 5
PROFILE_TOP = 25


def timed_pass(texts: list[str], config) -> tuple[float, list[float]]:
    """(total seconds inside clean(), per-text seconds) of one pass over texts."""
    from normalizer import clean

    clock = time.perf_counter
    per = [0.0] * len(texts)
    total = 0.0
    for i, text in enumerate(texts):
        t = clock()
        clean(text, config=config)
        dt = clock() - t
        per[i] = dt
        total += dt
    return total, per


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--devset", type=Path, default=DEFAULT_DEVSET,
                    help="dev set (default: %(default)s)")
    ap.add_argument("--inputs", metavar="A,B", help="only these inputs (comma-separated)")
    ap.add_argument("--limit", type=int, metavar="N", help="only the first N dev-set records")
    add_group_args(ap)
    ap.add_argument("--repeat", type=int, default=1, metavar="K",
                    help="passes over the texts; the best (fastest) is reported (default 1)")
    ap.add_argument("--profile", action="store_true",
                    help="after timing, run one more pass under cProfile and print the top %d "
                         "entries by cumulative time" % PROFILE_TOP)
    ap.add_argument("--verbose", action="store_true",
                    help="let the engine log rule failures (tracebacks) to stderr")
    args = ap.parse_args(argv)
    if args.repeat < 1:
        ap.error("--repeat must be >= 1")
    if args.limit is not None and args.limit < 1:
        ap.error("--limit must be >= 1")
    if not args.verbose:
        import logging
        logging.getLogger("normalizer").setLevel(logging.CRITICAL)

    config = build_config(ap, args)
    score = load_score_module(args.devset)
    records = score.load_devset(str(args.devset))
    if args.limit is not None:
        records = records[:args.limit]
    names = parse_inputs(ap, args.inputs, input_names(records))
    items = [(str(r["id"]), name, r["inputs"][name])
             for r in records for name in names
             if (r.get("inputs") or {}).get(name) is not None]
    texts = [t for _, _, t in items]
    sizes = [utf8_len(t) for t in texts]
    total_bytes = sum(sizes)
    if not texts:
        ap.error("no input texts selected")

    from normalizer import clean, warm_up

    # Warm-up: first call imports/compiles everything; use a real, non-trivial text.
    warm = max(texts[:50], key=len)
    warm_up(config)  # tables, keyword automaton and lexicon: loading, not cleaning
    clean(warm, config=config)

    passes: list[float] = []
    per_text: list[float] | None = None
    for _ in range(args.repeat):
        gc.collect()
        total, per = timed_pass(texts, config)
        passes.append(total)
        # Per-text time: the fastest of the K passes for that text (least disturbed by noise).
        per_text = per if per_text is None else [min(a, b) for a, b in zip(per_text, per)]
    assert per_text is not None
    best_total = min(passes)

    mb = total_bytes / 1e6
    print("dev set %s: %d records, %d texts from inputs %s"
          % (args.devset, len(records), len(texts), ", ".join(names)))
    print("normalizer %s; config: only=%s skip=%s; single process"
          % (code_version(), sorted(config.only) if config.only is not None else "all",
             sorted(config.skip) or "-"))
    print("passes (s): %s" % ", ".join("%.3f" % p for p in passes))
    print("total %.2f MB in %.3f s (best of %d) = %.2f MB/s on one core"
          % (mb, best_total, args.repeat, mb / best_total if best_total else float("inf")))
    print()

    slow = sorted(range(len(texts)), key=lambda i: -per_text[i])[:SLOWEST]
    print_table("%d slowest texts (fastest of the passes per text)" % len(slow),
                ["id", "input", "size (bytes)", "ms", "MB/s"],
                [[items[i][0], items[i][1], sizes[i], "%.1f" % (per_text[i] * 1e3),
                  "%.3f" % (sizes[i] / 1e6 / per_text[i]) if per_text[i] else "-"]
                 for i in slow],
                align="llrrr")

    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        for text in texts:
            clean(text, config=config)
        prof.disable()
        buf = io.StringIO()
        st = pstats.Stats(prof, stream=buf)
        st.sort_stats("cumulative").print_stats(PROFILE_TOP)
        print("cProfile, one extra pass (profiling overhead: times not comparable to MB/s above)")
        print(buf.getvalue().rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
