"""Helpers shared by the bench scripts: paths, dev-set loading, config building, table output.

Default paths are resolved from this file's location, never from the current directory, so the
scripts behave the same wherever they are started from. Paths given on the command line are taken
as the shell gives them (relative to the current directory).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path
from typing import Any, Iterable, Sequence

BENCH_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = BENCH_DIR.parent
DEFAULT_DEVSET = (PROJECT_ROOT / ".." / "shared" / "devset" / "devset.jsonl.gz").resolve()
DEFAULT_OUT = BENCH_DIR / "out"

# Measure this checkout of the package, whatever else is on the path (works without PYTHONPATH
# or `pip install -e .`).
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))


def load_score_module(devset: Path):
    """Import the dev set's `score.py` (next to the dev set, else next to the default one)."""
    for d in (devset.resolve().parent, DEFAULT_DEVSET.parent):
        if (d / "score.py").is_file():
            if str(d) not in sys.path:
                sys.path.insert(0, str(d))
            return importlib.import_module("score")
    raise SystemExit(f"score.py not found next to {devset} or {DEFAULT_DEVSET}")


def add_group_args(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--skip", metavar="GROUP", action="append", default=[],
                    help="do not run this group (or rule name, e.g. chrome.phrases); repeatable")
    ap.add_argument("--only", metavar="GROUP", action="append", default=[],
                    help="run only this group (or rule); repeatable. Layout always runs")


def build_config(ap: argparse.ArgumentParser, args: argparse.Namespace):
    """A `normalizer.Config` from --skip/--only, rejecting names that are no group and no rule."""
    from normalizer import Config, Group, rules

    known = {g.value for g in Group} | {r.name for r in rules()}
    bad = [n for n in [*args.skip, *args.only] if n not in known]
    if bad:
        ap.error("unknown group/rule name(s): %s (groups: %s)"
                 % (", ".join(bad), ", ".join(g.value for g in Group)))
    return Config(only=set(args.only) if args.only else None, skip=set(args.skip))


def parse_inputs(ap: argparse.ArgumentParser, value: str | None, names: Sequence[str]) -> list[str]:
    if not value:
        return list(names)
    chosen = [v.strip() for v in value.split(",") if v.strip()]
    bad = [v for v in chosen if v not in names]
    if bad:
        ap.error("unknown input(s): %s (dev set has: %s)" % (", ".join(bad), ", ".join(names)))
    return chosen


def input_names(records: Iterable[dict[str, Any]]) -> list[str]:
    names: list[str] = []
    for r in records:
        for k in (r.get("inputs") or {}):
            if k not in names:
                names.append(k)
    return names


def code_version() -> str:
    """Short git commit of the checkout, "+dirty" when normalizer/ has uncommitted changes."""
    import subprocess

    try:
        head = subprocess.run(["git", "-C", str(PROJECT_ROOT), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(PROJECT_ROOT), "status", "--porcelain", "--",
                                "normalizer"], capture_output=True, text=True,
                               timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return (head or "unknown") + ("+dirty" if dirty else "")


def utf8_len(text: str) -> int:
    # surrogatepass: a lone surrogate in scraped text must not crash the byte count
    return len(text.encode("utf-8", "surrogatepass"))


# --- tables: rich on a terminal, plain aligned text otherwise ---------------------------------

def use_rich() -> bool:
    if not sys.stdout.isatty():
        return False
    try:
        import rich  # noqa: F401
    except ImportError:
        return False
    return True


def print_table(title: str, headers: Sequence[str], rows: Sequence[Sequence[Any]],
                align: str | None = None) -> None:
    """Print a table. `align` has one char per column: "l" or "r" (default: first l, rest r)."""
    align = align or ("l" + "r" * (len(headers) - 1))
    cells = [["" if c is None else str(c) for c in row] for row in rows]
    if use_rich():
        from rich.console import Console
        from rich.table import Table

        t = Table(title=title, title_justify="left", show_lines=False)
        for i, (h, a) in enumerate(zip(headers, align)):
            # only the last column may wrap (e.g. id lists) when the terminal is narrow
            t.add_column(h, justify="right" if a == "r" else "left",
                         no_wrap=i < len(headers) - 1)
        for row in cells:
            t.add_row(*row)
        Console().print(t)
        return
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]

    def fmt(row: Sequence[str]) -> str:
        return "  ".join(c.rjust(w) if a == "r" else c.ljust(w)
                         for c, w, a in zip(row, widths, align)).rstrip()

    print(title)
    print(fmt(headers))
    print("  ".join("-" * w for w in widths))
    for row in cells:
        print(fmt(row))
    print()
