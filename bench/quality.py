#!/usr/bin/env python3
"""Dev-set quality of the normalizer: clean every extractor output, score before/after.

Cleans every non-null input text of the dev set with `normalizer.clean`, writes the predictions and
a JSON report, and prints per input (article pages, then all pages) F1/P/R of the raw input
("before") and of the cleaned text ("after"), the snippet rates, the harm count and the worst ids.
It also checks that `Result.rebuild()` gives back the exact input for every document and sums the
per-rule operation counters of `Result.stats`.

    .venv/bin/python bench/quality.py                    # full run, all cores
    .venv/bin/python bench/quality.py --limit 30 --workers 2
    .venv/bin/python bench/quality.py --only encoding --inputs trafilatura,readability
    .venv/bin/python bench/quality.py --check            # exit 1 on a rebuild failure / regression
    .venv/bin/python bench/quality.py --wrap 78          # every input hard-wrapped first, as html2text does

See bench/README.md for what the numbers mean.
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing as mp
import os
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import (DEFAULT_DEVSET, DEFAULT_OUT, add_group_args, build_config,  # noqa: E402
                     code_version, input_names, load_score_module, parse_inputs, print_table, utf8_len)

#: Inputs gated by --check (on article pages), and the allowed mean recall drop.
CHECK_INPUTS = ("trafilatura", "readability", "boilerpipe", "justext")
CHECK_RECALL_DROP = 0.005
EPS = 1e-12
WORST = 5
SHOW_FAILURES = 10

# --- worker side -------------------------------------------------------------------------------

_CONFIG = None
_CORPUS: dict[str, Any] = {}


def corpus_source(mode: str, name: str, url: str | None) -> str:
    """Corpus mode's source of one input text: per extractor input, the page's host (`host`)
    or the whole input (`input`)."""
    from normalizer.corpus import source_of

    return name if mode == "input" else name + "|" + source_of(url, "?")


def _init_worker(config, quiet: bool, corpus: dict[str, Any] | None = None) -> None:
    global _CONFIG
    _CONFIG = config
    _CORPUS.clear()
    _CORPUS.update(corpus or {})
    if quiet:
        # A failing rule is logged with a traceback by the engine; its "<rule>.error" counter
        # is reported anyway, so keep stderr readable.
        logging.getLogger("normalizer").setLevel(logging.CRITICAL)


def _clean_one(task: tuple[str, str, str]) -> tuple[str, bool, dict[str, int], str | None]:
    """(cleaned text, rebuild ok, stats, exception text or None) of one input text."""
    from normalizer import clean

    _id, _name, text = task
    stats = None
    if _CORPUS:
        source = corpus_source(_CORPUS["mode"], _name, _CORPUS["urls"].get(_id))
        stats = _CORPUS["index"].get(source)
    try:
        r = clean(text, config=_CONFIG, corpus=stats)
    except Exception as e:  # noqa: BLE001 - clean() promises not to raise; report if it does
        return text, False, {}, "%s: %s" % (type(e).__name__, e)
    try:
        ok = r.rebuild() == text
    except Exception:  # noqa: BLE001 - a broken op log is a rebuild failure
        ok = False
    return r.text, ok, dict(r.stats), None


def run_clean(tasks: list[tuple[str, str, str]], config, workers: int, quiet: bool,
              corpus: dict[str, Any] | None = None):
    """Results parallel to `tasks` (order and output independent of the worker count)."""
    if workers <= 1:
        _init_worker(config, quiet, corpus)
        return [_clean_one(t) for t in tasks]
    # Small chunks: documents vary from 0 to ~1 MB, so big chunks leave a core idle at the end.
    chunksize = max(1, min(16, len(tasks) // (workers * 8) or 1))
    with mp.Pool(workers, initializer=_init_worker, initargs=(config, quiet, corpus)) as pool:
        return list(pool.imap(_clean_one, tasks, chunksize=chunksize))


# --- scoring (score.compare, one job per scope and input, run in parallel) -------------------------

_SCORE: dict[str, Any] = {}


def _init_scorer(score_dir: str, records: list, preds: dict) -> None:
    if score_dir not in sys.path:
        sys.path.insert(0, score_dir)
    import score

    _SCORE.update(module=score, records=records, preds=preds)


def _compare_one(job: tuple[str | None, str]) -> dict[str, Any]:
    page_type, name = job
    preds = {k: v for k, v in _SCORE["preds"].items() if k[1] == name}
    return _SCORE["module"].compare(_SCORE["records"], preds,
                                    page_types=[page_type] if page_type else None,
                                    worst=WORST)[name]


def run_compare(score_dir: str, records: list, preds: dict, names: list[str],
                page_types: list[str | None], workers: int) -> dict[str | None, dict[str, Any]]:
    """{page_type or None: {input: compare() result}} for inputs with predictions."""
    present = {k[1] for k in preds}
    jobs = [(pt, n) for pt in page_types for n in names if n in present]
    # Longest first (cost ~ text scored) so the last job does not run alone.
    size = {(pt, n): sum(len(r["gold"] or "") + 2 * len(r["inputs"].get(n) or "")
                         for r in records if pt is None or r.get("page_type") == pt)
            for pt, n in jobs}
    order = sorted(range(len(jobs)), key=lambda i: -size[jobs[i]])
    jobs = [jobs[i] for i in order]
    if workers <= 1 or len(jobs) <= 1:
        _init_scorer(score_dir, records, preds)
        out = [_compare_one(j) for j in jobs]
    else:
        # Under fork the initargs are inherited, not pickled.
        with mp.Pool(min(workers, len(jobs)), initializer=_init_scorer,
                     initargs=(score_dir, records, preds)) as pool:
            out = pool.map(_compare_one, jobs, chunksize=1)
    res: dict[str | None, dict[str, Any]] = {pt: {} for pt in page_types}
    for (pt, n), c in zip(jobs, out):
        res[pt][n] = c
    return res


# --- reporting ---------------------------------------------------------------------------------

def _f(x: float | None) -> str:
    return "-" if x is None else "%.4f" % x


def _d(x: float) -> str:
    return "%+.4f" % x


def _share(value: float | None, num: int, den: int) -> str:
    return "- (0/0)" if not den else "%.4f (%d/%d)" % (value, num, den)


def print_scope(title: str, results: dict[str, dict[str, Any]], names: list[str]) -> None:
    headers = ["input", "docs", "F1 before", "F1 after", "dF1", "P before", "P after",
               "R before", "R after", "dR", "with kept", "without removed", "harm",
               "worst %d (R drop > %.2f)" % (WORST, 0.05)]
    rows = []
    for name in names:
        c = results.get(name)
        if c is None:
            rows.append([name, 0] + ["-"] * (len(headers) - 2))
            continue
        b, a = c["before"], c["after"]
        worst = ", ".join("%s(%.2f>%.2f)" % (w["id"], w["recall_before"], w["recall_after"])
                          for w in c["worst"][:WORST]) or "-"
        rows.append([name, c["n"], _f(b["f1"]), _f(a["f1"]), _d(a["f1"] - b["f1"]),
                     _f(b["precision"]), _f(a["precision"]), _f(b["recall"]), _f(a["recall"]),
                     _d(a["recall"] - b["recall"]),
                     _share(c["kept"], c["kept_n"], c["with_n"]),
                     _share(c["removed"], c["removed_n"], c["without_n"]),
                     c["harm"], worst])
    print_table(title, headers, rows, align="l" + "r" * 12 + "l")


def check_failures(article: dict[str, dict[str, Any]] | None, names: list[str]) -> list[str]:
    """Quality regressions on article pages for the gated inputs."""
    out = []
    if article is None:
        return out
    for name in CHECK_INPUTS:
        c = article.get(name)
        if c is None:
            continue
        b, a = c["before"], c["after"]
        if a["f1"] < b["f1"] - EPS:
            out.append("%s: article F1 fell %.4f -> %.4f" % (name, b["f1"], a["f1"]))
        if b["recall"] - a["recall"] > CHECK_RECALL_DROP + EPS:
            out.append("%s: article recall fell %.4f -> %.4f (more than %g)"
                       % (name, b["recall"], a["recall"], CHECK_RECALL_DROP))
    return out


def hard_wrap(text: str, columns: int) -> str:
    """`text` as a fixed-width dump gives it: each non-blank line a paragraph, filled to `columns`."""
    import textwrap

    return "\n\n".join(textwrap.fill(line, columns) for line in text.split("\n") if line.strip())


# --- main ----------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--devset", type=Path, default=DEFAULT_DEVSET,
                    help="dev set (default: %(default)s)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                    help="worker processes (default: %(default)s = cpu count; 1 = in-process)")
    ap.add_argument("--inputs", metavar="A,B", help="only these inputs (comma-separated)")
    ap.add_argument("--limit", type=int, metavar="N", help="only the first N dev-set records")
    add_group_args(ap)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT,
                    help="output directory for predictions.jsonl and report.json "
                         "(default: %(default)s)")
    ap.add_argument("--check", action="store_true",
                    help="exit 1 if a rebuild fails, clean() raises, or on article pages F1 "
                         "falls or recall drops > %g for %s"
                         % (CHECK_RECALL_DROP, ", ".join(CHECK_INPUTS)))
    ap.add_argument("--verbose", action="store_true",
                    help="let the engine log rule failures (tracebacks) to stderr")
    ap.add_argument("--wrap", type=int, metavar="COLUMNS",
                    help="hard-wrap every input first: each line a paragraph filled to COLUMNS, paragraphs "
                         "apart by a blank line (html2text's layout; its default is 78); scored before and after")
    ap.add_argument("--corpus", choices=("host", "input"),
                    help="corpus mode: a first pass counts lines per source (each extractor "
                         "input's pages grouped by host, or the whole input), then chrome.repeated runs")
    args = ap.parse_args(argv)
    if args.workers < 1:
        ap.error("--workers must be >= 1")
    if args.limit is not None and args.limit < 1:
        ap.error("--limit must be >= 1")

    config = build_config(ap, args)
    score = load_score_module(args.devset)

    t0 = time.perf_counter()
    records = score.load_devset(str(args.devset))
    if args.limit is not None:
        records = records[:args.limit]
    names = parse_inputs(ap, args.inputs, input_names(records))
    if args.wrap:
        for r in records:
            r["inputs"] = {k: hard_wrap(v, args.wrap) if v else v for k, v in (r.get("inputs") or {}).items()}
    tasks = [(str(r["id"]), name, r["inputs"][name])
             for r in records for name in names
             if (r.get("inputs") or {}).get(name) is not None]
    nbytes = sum(utf8_len(t[2]) for t in tasks)
    t_load = time.perf_counter() - t0
    print("dev set %s: %d records, %d texts (%.1f MB) from inputs %s; loaded in %.1f s"
          % (args.devset, len(records), len(tasks), nbytes / 1e6, ", ".join(names), t_load))
    version = code_version()
    print("normalizer %s; config: only=%s skip=%s; workers=%d"
          % (version, sorted(config.only) if config.only is not None else "all",
             sorted(config.skip) or "-", args.workers))
    print()

    corpus = None
    if args.corpus:
        from normalizer.corpus import build_index

        urls = {str(r["id"]): r.get("url") for r in records}
        index = build_index((corpus_source(args.corpus, name, urls.get(i)), text) for i, name, text in tasks)
        corpus = {"mode": args.corpus, "urls": urls, "index": index}
        print("corpus mode (%s): %d sources, %d with 3+ documents"
              % (args.corpus, len(index.sources), sum(1 for v in index.sources.values() if v.documents >= 3)))
    t1 = time.perf_counter()
    results = run_clean(tasks, config, args.workers, quiet=not args.verbose, corpus=corpus)
    t_clean = time.perf_counter() - t1

    # Predictions, rebuild check, per-rule totals.
    args.out.mkdir(parents=True, exist_ok=True)
    pred_path = args.out / "predictions.jsonl"
    preds: dict[tuple[str, str], str] = {}
    rebuild_fail: list[tuple[str, str]] = []
    crashes: list[tuple[str, str, str]] = []
    ops: Counter[str] = Counter()
    ops_docs: Counter[str] = Counter()
    with open(pred_path, "w", encoding="utf-8") as f:
        for (doc_id, name, _text), (out, ok, stats, err) in zip(tasks, results):
            preds[(doc_id, name)] = out
            # ensure_ascii keeps lone surrogates writable; score.py reads the escapes back
            f.write(json.dumps({"id": doc_id, "input": name, "text": out}) + "\n")
            if err is not None:
                crashes.append((doc_id, name, err))
            if not ok:
                rebuild_fail.append((doc_id, name))
            for rule_name, n in stats.items():
                ops[rule_name] += n
                ops_docs[rule_name] += n > 0

    # Scores: article pages and all pages. compare() is given the (possibly limited) records, so
    # records outside --limit are not scored as empty predictions.
    has_article = any(r.get("page_type") == "article" for r in records)
    t2 = time.perf_counter()
    scored = run_compare(str(Path(score.__file__).resolve().parent), records, preds, names,
                         [None, "article"] if has_article else [None], args.workers)
    t_score = time.perf_counter() - t2
    article = scored.get("article")
    everything = scored[None]
    n_article = sum(1 for r in records if r.get("page_type") == "article")

    if article is not None:
        print_scope("article pages (%d records)" % n_article, article, names)
    else:
        print("article pages: none in the selected records\n")
    print_scope("all pages (%d records)" % len(records), everything, names)

    rule_rows = [[rule_name, ops[rule_name], ops_docs[rule_name]] for rule_name in sorted(ops)]
    print_table("operations per rule (sum of Result.stats over %d texts)" % len(tasks),
                ["rule", "ops", "texts"], rule_rows or [["(none)", 0, 0]])
    errors = {k: v for k, v in ops.items() if k.endswith(".error")}
    if errors:
        print("RULE ERRORS (rule skipped on those texts): %s"
              % ", ".join("%s=%d" % kv for kv in sorted(errors.items())))

    print("rebuild failures: %d of %d texts" % (len(rebuild_fail), len(tasks)))
    if rebuild_fail:
        print("  first: %s" % ", ".join("%s/%s" % x for x in rebuild_fail[:SHOW_FAILURES]))
    if crashes:
        print("clean() raised on %d texts (scored as the raw input): %s"
              % (len(crashes), "; ".join("%s/%s %s" % x for x in crashes[:SHOW_FAILURES])))
    print("clean time: %.1f s wall for %.1f MB with %d worker(s) (%.2f MB/s overall)"
          % (t_clean, nbytes / 1e6, args.workers, nbytes / 1e6 / t_clean if t_clean else 0.0))
    print("scoring time: %.1f s" % t_score)

    problems = check_failures(article, names)
    report = {
        "code": version, "devset": str(args.devset), "records": len(records), "article_records": n_article,
        "limit": args.limit, "inputs": names, "texts": len(tasks), "bytes": nbytes,
        "config": {"only": sorted(config.only) if config.only is not None else None,
                   "skip": sorted(config.skip)},
        "workers": args.workers, "clean_seconds": t_clean, "score_seconds": t_score,
        "article": article, "all": everything,
        "rebuild_failures": len(rebuild_fail),
        "rebuild_failed": [{"id": i, "input": n} for i, n in rebuild_fail],
        "clean_exceptions": [{"id": i, "input": n, "error": e} for i, n, e in crashes],
        "ops": dict(sorted(ops.items())), "ops_texts": dict(sorted(ops_docs.items())),
        "check": {"inputs": list(CHECK_INPUTS), "recall_drop": CHECK_RECALL_DROP,
                  "problems": problems},
    }
    report_path = args.out / "report.json"
    with open(report_path, "w", encoding="utf-8") as f:
        json.dump(report, f, indent=1)
    print("wrote %s and %s" % (pred_path, report_path))

    if args.check:
        if rebuild_fail:
            problems.insert(0, "%d rebuild failure(s)" % len(rebuild_fail))
        if crashes:
            problems.insert(0, "clean() raised on %d text(s)" % len(crashes))
        if article is None:
            print("check: no article pages selected; only rebuilds were checked", file=sys.stderr)
        missing = [n for n in CHECK_INPUTS if article is not None and n not in article]
        if missing:
            print("check: inputs not evaluated: %s" % ", ".join(missing), file=sys.stderr)
        if problems:
            print("CHECK FAILED:\n  " + "\n  ".join(problems))
            return 1
        print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
