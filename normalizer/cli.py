"""The command line: `normalizer clean`, `normalizer diff`, `normalizer rules`.

`main(argv)` returns the exit status (the console script passes it to `sys.exit`):
0 success, 1 some records were rejected (or `diff` could not read its record), 2 usage or
input/output errors, 130 interrupted.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import itertools
import json
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterable, Iterator

import orjson

from . import __version__
from .config import Config, Group
from .corpus import CorpusBuilder, CorpusIndex, SourceStats, source_of
from .engine import clean, rules
from .io import (LazyFile, Source, atomic_output, decode_bytes, discover, is_jsonl, open_binary,
                 read_jsonl, read_lines, read_text_file, sniff_stream)

PROG = "normalizer"
#: Records per task sent to a worker, and how many records may be in flight per worker.
RECORD_CHUNK = 32
#: Below this many records (or documents), the default worker count runs in-process: starting
#: a pool costs more than it saves.
INLINE_RECORDS = 4 * RECORD_CHUNK
INLINE_DOCS = 4


class UsageError(Exception):
    """A problem with the arguments: reported as ``normalizer: error: ...``, exit status 2."""


# -- JSON helpers ------------------------------------------------------------------------------

def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def loads(raw: bytes) -> Any:
    """Parse one JSON value. orjson first; the standard library only for what orjson refuses
    but JSON allows (lone surrogate escapes such as "\\ud800", which `clean` must accept)."""
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        if b"\\u" not in raw:
            raise
        try:
            return json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
        except (ValueError, UnicodeDecodeError):
            pass
        raise


def dumps(obj: Any, indent: bool = False) -> bytes:
    """Serialize; text with lone surrogates (orjson refuses it) is written with ASCII escapes."""
    try:
        return orjson.dumps(obj, option=orjson.OPT_INDENT_2 if indent else 0)
    except TypeError:
        return json.dumps(obj, ensure_ascii=True, indent=2 if indent else None,
                          separators=None if indent else (",", ":")).encode("ascii")


# -- work done per record / document (also inside worker processes) ----------------------------

_STATE: dict[str, Any] = {}


def _init_worker(config: Config, field_name: str, full: bool, verbose: bool = False,
                 corpus: CorpusIndex | None = None, url_field: str = "url") -> None:
    _STATE.update(config=config, field=field_name, full=full, corpus=corpus, url_field=url_field)
    setup_logging(verbose)


class _RuleFailures(logging.Handler):
    """The engine logs a failing rule with its traceback, once per document. On the command line
    that is one line per rule and process (`--verbose`: every traceback); the failures are also
    counted as ``<rule>.error`` in the --stats table."""

    def __init__(self, verbose: bool) -> None:
        super().__init__(logging.WARNING)
        self.verbose = verbose
        self.seen: set[str] = set()

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
            if self.verbose:
                text = logging.Formatter("%(message)s").format(record)
            else:
                if message in self.seen:
                    return
                self.seen.add(message)
                exc = record.exc_info[1] if record.exc_info else None
                text = message + (f": {type(exc).__name__}: {exc}" if exc is not None else "")
                text += " (further failures not shown; --verbose shows them all)"
            sys.stderr.write(f"{PROG}: warning: {text}\n")
        except Exception:  # noqa: BLE001 - logging must never stop a run
            self.handleError(record)


def setup_logging(verbose: bool) -> None:
    logger = logging.getLogger("normalizer")
    for handler in list(logger.handlers):
        if isinstance(handler, _RuleFailures):
            logger.removeHandler(handler)
    logger.addHandler(_RuleFailures(verbose))
    logger.propagate = False


def _corpus_stats(record: dict, fallback: str) -> SourceStats | None:
    """Corpus mode: the line counts of the record's source (its URL's host, else its input)."""
    index: CorpusIndex | None = _STATE.get("corpus")
    if index is None:
        return None
    url = record.get(_STATE["url_field"])
    return index.get(source_of(url if isinstance(url, str) else None, fallback))


def _clean_record(task: tuple[int, bytes, str]) -> tuple:
    """One JSON Lines record (line number, raw line, input label) -> ("ok", lineno, output line,
    stats, size) or ("reject", lineno, raw line, reason, size). Never raises."""
    lineno, raw, label = task
    field_name: str = _STATE["field"]
    try:
        body = raw[3:] if lineno == 1 and raw.startswith(b"\xef\xbb\xbf") else raw
        try:
            record = loads(body)
        except (orjson.JSONDecodeError, ValueError) as exc:
            return ("reject", lineno, raw, f"invalid JSON: {exc}", len(raw))
        if not isinstance(record, dict):
            return ("reject", lineno, raw, f"not a JSON object ({_json_type(record)})", len(raw))
        if field_name not in record:
            return ("reject", lineno, raw, f"no field {field_name!r}", len(raw))
        value = record[field_name]
        if not isinstance(value, str):
            return ("reject", lineno, raw,
                    f"field {field_name!r} is {_json_type(value)}, not a string", len(raw))
        result = clean(value, _STATE["config"], corpus=_corpus_stats(record, label))
        rest = result.to_dict()
        del rest["text"]
        record[field_name] = result.text
        record["normalizer"] = rest
        return ("ok", lineno, dumps(record) + b"\n", result.stats, len(raw))
    except Exception as exc:  # noqa: BLE001 - a bug must cost one record, not the run
        return ("reject", lineno, raw, f"internal error: {type(exc).__name__}: {exc}", len(raw))


def text_source(path: Path) -> str:
    """Corpus mode: the source of a text document is its directory."""
    return str(path.parent)


def build_corpus(sources: list[Source], field_name: str, url_field: str,
                 reporter: "Reporter") -> CorpusIndex:
    """Corpus mode's first pass: the line counts of every source. Malformed records and
    unreadable files are skipped here; the second pass reports them."""
    builder = CorpusBuilder()
    for src in sources:
        reporter.source(f"{src.label} (corpus pass)")
        if src.path is None:
            continue
        try:
            if src.kind == "jsonl":
                for _, raw in read_jsonl(src.path):
                    try:
                        record = loads(raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw)
                    except (orjson.JSONDecodeError, ValueError):
                        continue
                    if isinstance(record, dict) and isinstance(record.get(field_name), str):
                        url = record.get(url_field)
                        builder.add(source_of(url if isinstance(url, str) else None, src.label),
                                    record[field_name])
            else:
                text, _, _ = read_text_file(src.path)
                builder.add(text_source(src.path), text)
        except (OSError, EOFError, ValueError, zlib.error):
            continue
    return builder.freeze()


def _json_type(value: Any) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean",
            int: "a number", float: "a number", type(None): "null"}.get(type(value), "a value")


def _clean_document(task: tuple[str, Any]) -> tuple:
    """One text document (("path", str) or ("bytes", data)) -> ("ok", output bytes, stats,
    encoding, size) or ("error", message). Never raises. In corpus mode a file's source is
    its directory."""
    kind, payload = task
    try:
        if kind == "path":
            text, encoding, size = read_text_file(Path(payload))
        else:
            text, encoding = decode_bytes(payload)
            size = len(payload)
    except OSError as exc:
        return ("error", f"cannot read: {exc.strerror or exc}")
    try:
        index: CorpusIndex | None = _STATE.get("corpus")
        stats = index.get(text_source(Path(payload))) if index is not None and kind == "path" else None
        result = clean(text, _STATE["config"], corpus=stats)
        result.encoding = encoding
        return ("ok", render_text(result, _STATE["full"]), result.stats, encoding, size)
    except Exception as exc:  # noqa: BLE001
        return ("error", f"internal error: {type(exc).__name__}: {exc}")


def render_text(result: Any, full: bool) -> bytes:
    """Text output: the body and a final newline, or (`full`) the whole result as JSON."""
    if full:
        return dumps(result.to_dict(), indent=True) + b"\n"
    return (result.text + "\n").encode("utf-8", "replace") if result.text else b""


# -- ordered parallel map with back-pressure ---------------------------------------------------

class Runner:
    """Maps tasks in order, in-process or over a lazily started `multiprocessing.Pool`.

    `Pool.imap` would read its whole input ahead of the workers; a semaphore bounds the number of
    tasks in flight so a JSON Lines file is streamed, never loaded.
    """

    def __init__(self, workers: int, explicit: bool, initargs: tuple) -> None:
        self.workers = workers
        self.explicit = explicit
        self.initargs = initargs
        self._pool: Any = None
        self._gates: list[_Gate] = []
        _init_worker(*initargs)

    def map(self, func: Callable, tasks: Iterable, chunksize: int, inline_below: int) -> Iterator:
        tasks = iter(tasks)
        if self.workers <= 1:
            yield from map(func, tasks)
            return
        if not self.explicit:  # small inputs are not worth a pool
            head = list(itertools.islice(tasks, inline_below))
            if len(head) < inline_below:
                yield from map(func, head)
                return
            tasks = itertools.chain(head, tasks)
        if self._pool is None:
            self._pool = multiprocessing.get_context().Pool(
                self.workers, initializer=_pool_init, initargs=self.initargs)
        # At most `bound` tasks between reading and writing; bound >= chunksize, or the pool's
        # feeder thread could wait for a slot while its half-built chunk holds the next result.
        gate = _Gate(max(self.workers * chunksize * 4, chunksize))
        self._gates.append(gate)
        try:
            for item in self._pool.imap(func, gate.wrap(tasks), chunksize):
                gate.done()
                yield item
        finally:
            gate.open()
            self._gates.remove(gate)

    def close(self, ok: bool = True) -> None:
        for gate in self._gates:  # the feeder thread must not wait forever (terminate joins it)
            gate.open()
        if self._pool is not None:
            if ok:
                self._pool.close()
            else:
                self._pool.terminate()
            self._pool.join()
            self._pool = None


class _Gate:
    """Back-pressure between the pool's feeder thread (`wrap`) and the consumer (`done`)."""

    def __init__(self, bound: int) -> None:
        self.bound = bound
        self.slots = threading.Semaphore(bound)
        self.closed = False

    def wrap(self, tasks: Iterator) -> Iterator:
        for task in tasks:
            self.slots.acquire()
            if self.closed:
                return
            yield task

    def done(self) -> None:
        self.slots.release()

    def open(self) -> None:
        self.closed = True
        for _ in range(self.bound + 1):
            self.slots.release()


def _pool_init(*initargs: Any) -> None:
    """Worker start: Ctrl-C is the parent's to handle (it terminates the pool)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _init_worker(*initargs)


# -- progress and messages ---------------------------------------------------------------------

class Reporter:
    """Messages on stderr, and a rich progress bar (records, MB, MB/s) when stderr is a
    terminal and is not sharing it with the output."""

    def __init__(self, enabled: bool) -> None:
        self.progress: Any = None
        self.task: Any = None
        self.records = 0
        self.bytes = 0
        if enabled:
            from rich.console import Console
            from rich.progress import (Progress, ProgressColumn, SpinnerColumn, TextColumn,
                                       TimeElapsedColumn)
            from rich.text import Text

            class Speed(ProgressColumn):
                def render(self, task: Any) -> Text:
                    size = task.fields.get("bytes", 0) / 1e6
                    elapsed = task.elapsed or 0.0
                    rate = size / elapsed if elapsed > 0 else 0.0
                    return Text(f"{size:,.1f} MB  {rate:,.1f} MB/s", style="progress.data.speed")

            self.progress = Progress(
                SpinnerColumn(), TextColumn("{task.description}"),
                TextColumn("[progress.percentage]{task.completed:,} records"), Speed(),
                TimeElapsedColumn(), console=Console(stderr=True), transient=False)
            self.progress.start()
            self.task = self.progress.add_task("cleaning", total=None, bytes=0)
        self._last = 0.0

    def source(self, label: str) -> None:
        if self.progress is not None:
            self.progress.update(self.task, description=label)

    def advance(self, size: int) -> None:
        self.records += 1
        self.bytes += size
        if self.progress is not None:
            now = time.monotonic()
            if now - self._last > 0.05:
                self._last = now
                self.progress.update(self.task, completed=self.records, bytes=self.bytes)

    def warn(self, message: str) -> None:
        if self.progress is not None:
            self.progress.console.print(message, markup=False, highlight=False, soft_wrap=True)
        else:
            sys.stderr.write(message + "\n")
            sys.stderr.flush()

    def stop(self) -> None:
        if self.progress is not None:
            self.progress.update(self.task, completed=self.records, bytes=self.bytes)
            self.progress.stop()
            self.progress = None


# -- arguments ---------------------------------------------------------------------------------

def _names(values: list[str] | None) -> set[str]:
    return {name.strip() for value in values or [] for name in value.split(",") if name.strip()}


def make_config(args: argparse.Namespace) -> Config:
    only, skip = _names(args.only), _names(args.skip)
    known = {g.value for g in Group} | {r.name for r in rules()}
    unknown = sorted((only | skip) - known)
    if unknown:
        raise UsageError(f"unknown group or rule: {', '.join(unknown)} "
                         f"(groups: {', '.join(g.value for g in Group)}; "
                         f"see `{PROG} rules` for rule names)")
    phrases = None
    if args.phrases:
        phrases = Path(args.phrases)
        if not phrases.is_file():
            raise UsageError(f"--phrases: no such file: {args.phrases}")
    return Config(only=only or None, skip=skip, phrases_file=phrases)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description="Clean text scraped from the web: repair encoding damage, strip "
        "site chrome, separate title, captions and footnotes, and log every change.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    select = argparse.ArgumentParser(add_help=False)
    group = select.add_argument_group("rule selection")
    group.add_argument("--only", action="append", metavar="GROUP",
                       help="run only this group or rule (repeatable, or comma-separated); "
                       "layout always runs")
    group.add_argument("--skip", action="append", metavar="GROUP",
                       help="do not run this group or rule (repeatable, or comma-separated)")
    group.add_argument("--phrases", metavar="FILE",
                       help="extra chrome phrases, one per line (`family<TAB>phrase` or a phrase)")
    select.add_argument("-v", "--verbose", action="store_true",
                        help="print the traceback of every rule failure (default: one line per "
                        "failing rule)")

    c = sub.add_parser(
        "clean", parents=[select], help="clean documents or JSON Lines records",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Clean text documents and JSON Lines records.",
        epilog="""\
inputs:
  Text files, directories (searched recursively for *.txt, *.jsonl, *.jsonl.gz, in sorted
  order), JSON Lines files (.jsonl, .jsonl.gz), or - / nothing for standard input (JSON Lines
  if its first non-blank character is '{', else one text document). Text is decoded from
  bytes: byte-order mark, UTF-8, else a detected encoding, else cp1252 / latin-1.

outputs:
  Text in gives text out (the clean body; --full: the whole result as JSON). JSON Lines in
  gives JSON Lines out, one line per record in input order: --field holds the clean body,
  other fields are kept, the rest of the result is under "normalizer".
  One input and no -o: standard output. One input and -o FILE: that file. A directory or
  several inputs with -o DIR: the relative paths are mirrored into DIR (*.gz stays gzipped).
  Several JSON Lines inputs may share standard output, or -o FILE.jsonl[.gz].

malformed records:
  Blank lines in JSON Lines input are not records and are skipped. A line that is not a
  JSON object with a string --field is reported on stderr as FILE:LINE: reason, written
  unchanged to the rejects file, and the run goes on; the exit status is then 1.

exit status: 0 ok, 1 records rejected, 2 usage or input/output error.""")
    c.add_argument("inputs", nargs="*", metavar="INPUT", help="files, directories, or -")
    c.add_argument("-o", "--output", metavar="OUTPUT", help="output file or directory")
    c.add_argument("--field", default="text", metavar="NAME",
                   help="JSON Lines field holding the text (default: text)")
    c.add_argument("--workers", type=int, metavar="N",
                   help="worker processes (default: 1 for one text document, else the CPU "
                   "count; 0: the CPU count)")
    c.add_argument("--rejects", metavar="PATH", help="where malformed records go (default: "
                   "OUTPUT.rejects.jsonl, or normalizer.rejects.jsonl when writing to stdout); "
                   "created only if something is rejected")
    c.add_argument("--stats", action="store_true",
                   help="print per-rule operation totals to stderr at the end")
    c.add_argument("--corpus", action="store_true",
                   help="corpus mode: a first pass counts the lines of every document; lines "
                   "around the article that many documents of one source share are removed "
                   "(rule chrome.repeated). The source is the host of the record's URL "
                   "(--url-field), else its input file; a text file's source is its directory")
    c.add_argument("--url-field", default="url", metavar="NAME",
                   help="JSON Lines field holding the page URL, for --corpus (default: url)")
    c.add_argument("--full", action="store_true",
                   help="text output: write the whole result as JSON instead of the body "
                   "(mirrored files get a .json suffix)")
    c.set_defaults(func=cmd_clean)

    d = sub.add_parser("diff", parents=[select], help="show what each rule removed, moved or "
                       "repaired in one document")
    d.add_argument("input", metavar="INPUT", help="a text file, a JSON Lines file, or -")
    d.add_argument("--field", default="text", metavar="NAME",
                   help="JSON Lines field holding the text (default: text)")
    d.add_argument("--record", type=int, default=1, metavar="N",
                   help="which JSON Lines record, counting from 1, blank lines not counted "
                   "(default: 1)")
    d.add_argument("--json", action="store_true",
                   help="print the result with its operation log as JSON instead")
    d.set_defaults(func=cmd_diff)

    r = sub.add_parser("rules", help="list every rule in chain order")
    r.add_argument("--json", action="store_true", help="machine-readable output")
    r.set_defaults(func=cmd_rules)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return args.func(args)
    except UsageError as exc:
        sys.stderr.write(f"{PROG} {args.command}: error: {exc}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write(f"{PROG}: interrupted\n")
        return 130
    except BrokenPipeError:  # e.g. `normalizer clean big.jsonl | head`
        with contextlib.suppress(OSError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return 141


# -- clean -------------------------------------------------------------------------------------

@dataclass
class Plan:
    mode: str  # "stdout" | "file" | "mirror"
    target: Path | None
    dests: dict[int, Path] = field(default_factory=dict)  # source index -> path (mirror)


def _stdin_tty() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def plan_outputs(args: argparse.Namespace, sources: list[Source]) -> Plan:
    texts = [s for s in sources if s.kind == "text"]
    jsonls = [s for s in sources if s.kind == "jsonl"]
    any_dir = any(a != "-" and Path(a).is_dir() for a in args.inputs)
    if args.output is None:
        if len(texts) > 1 or (texts and jsonls):
            raise UsageError(f"{len(texts)} text documents cannot share standard output; "
                             "give -o DIR")
        return Plan("stdout", None)
    out = Path(args.output)
    if out.is_dir() or args.output.endswith(("/", os.sep)):
        mode = "mirror"
    elif len(sources) == 1 and not any_dir:
        mode = "file"
    elif not texts and is_jsonl(out):
        mode = "file"  # several JSON Lines inputs, concatenated
    elif out.exists():
        raise UsageError(f"-o {args.output}: several inputs need an output directory")
    else:
        mode = "mirror"
    plan = Plan(mode, out)
    if mode == "mirror":
        seen: dict[Path, Source] = {}
        for i, src in enumerate(sources):
            rel = src.rel
            if src.path is None:
                rel = Path("stdin.jsonl" if src.kind == "jsonl" else "stdin.txt")
            if args.full and src.kind == "text":
                rel = rel.with_suffix(".json")
            dest = out / rel
            if dest in seen:
                raise UsageError(f"{seen[dest].label} and {src.label} would both be written "
                                 f"to {dest}")
            seen[dest] = src
            plan.dests[i] = dest
    return plan


def cmd_clean(args: argparse.Namespace) -> int:
    config = make_config(args)
    if args.field == "normalizer":
        raise UsageError("--field cannot be 'normalizer' (that key holds the result)")
    if args.workers is not None and args.workers < 0:
        raise UsageError("--workers must be 0 (all CPUs) or more")
    inputs = args.inputs or ["-"]
    if "-" in inputs and len(inputs) > 1:
        raise UsageError("'-' (standard input) cannot be combined with other inputs")
    if inputs == ["-"] and _stdin_tty():
        raise UsageError("no input: give files or directories, or pipe into standard input")
    out = Path(args.output) if args.output else None
    try:
        sources = discover(inputs, exclude=out if out is not None and out.is_dir() else None)
    except FileNotFoundError as exc:
        raise UsageError(f"no such file or directory: {exc.args[0]}") from None

    stdin_stream: BinaryIO | None = None
    if sources and sources[0].path is None:
        kind, stdin_stream = sniff_stream(sys.stdin.buffer)
        sources = [Source(None, sources[0].rel, kind)]
    if not sources:
        sys.stderr.write(f"{PROG}: no *.txt, *.jsonl or *.jsonl.gz files found\n")
        return 0
    plan = plan_outputs(args, sources)

    n_docs = sum(1 for s in sources if s.kind == "text")
    has_jsonl = any(s.kind == "jsonl" for s in sources)
    cpus = os.cpu_count() or 1
    if args.workers is None:
        workers = cpus if has_jsonl or n_docs > 1 else 1
    else:
        workers = args.workers or cpus

    rejects_path = Path(args.rejects) if args.rejects else (
        Path(f"{out}.rejects.jsonl") if out is not None else Path("normalizer.rejects.jsonl"))
    rejects = LazyFile(rejects_path)
    stderr_tty = _isatty(sys.stderr)
    progress = stderr_tty and not (plan.mode == "stdout" and _isatty(sys.stdout))
    reporter = Reporter(progress)
    corpus = None
    if args.corpus:
        if any(src.path is None for src in sources):
            raise UsageError("--corpus reads its inputs twice: give files or directories, not -")
        corpus = build_corpus(sources, args.field, args.url_field, reporter)
    runner = Runner(workers, args.workers is not None,
                    (config, args.field, args.full, args.verbose, corpus, args.url_field))
    totals: collections.Counter[str] = collections.Counter()
    errors = 0
    ok = False

    if plan.mode == "stdout":
        sys.stdout.flush()
    try:
        with contextlib.ExitStack() as stack:
            shared: BinaryIO | None = None
            if plan.mode == "stdout":
                shared = sys.stdout.buffer
            elif plan.mode == "file" and has_jsonl:
                shared = stack.enter_context(atomic_output(plan.target))  # type: ignore[arg-type]

            indexed = list(enumerate(sources))
            for kind, run in itertools.groupby(indexed, key=lambda pair: pair[1].kind):
                run = list(run)
                if kind == "jsonl":
                    for i, src in run:
                        reporter.source(src.label)
                        if shared is not None:
                            errors += _clean_jsonl(src, stdin_stream, shared, runner, rejects,
                                                   reporter, totals)
                        else:
                            with atomic_output(plan.dests[i]) as sink:
                                errors += _clean_jsonl(src, stdin_stream, sink, runner,
                                                       rejects, reporter, totals)
                else:
                    errors += _clean_texts(run, stdin_stream, plan, runner, reporter, totals)
            ok = True
    finally:
        reporter.stop()
        runner.close(ok)
        rejects.close()
    if plan.mode == "stdout":
        sys.stdout.flush()

    if rejects.count:
        sys.stderr.write(f"{PROG}: {rejects.count} record{'s' if rejects.count != 1 else ''} "
                         f"rejected, written unchanged to {rejects.path}\n")
    if args.stats:
        print_stats(totals, reporter.records - rejects.count, rejects.count)
    if errors:
        return 2
    return 1 if rejects.count else 0


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _clean_jsonl(src: Source, stdin_stream: BinaryIO | None, sink: BinaryIO, runner: Runner,
                 rejects: LazyFile, reporter: Reporter,
                 totals: collections.Counter[str]) -> int:
    """Stream one JSON Lines input into `sink`. Returns the number of read errors (0 or 1)."""
    lines = read_lines(stdin_stream) if src.path is None else read_jsonl(src.path)
    records = ((n, raw, src.label) for n, raw in lines if raw.strip())  # blank lines are not records
    last = 0
    try:
        for item in runner.map(_clean_record, records, RECORD_CHUNK, INLINE_RECORDS):
            status, lineno, payload, extra, size = item
            last = lineno
            if status == "ok":
                sink.write(payload)
                totals.update(extra)
            else:
                reporter.warn(f"{PROG}: {src.label}:{lineno}: {extra}")
                rejects.write_line(payload)
            reporter.advance(size)
    except (OSError, EOFError, ValueError, zlib.error) as exc:  # unreadable input, truncated gzip, ...
        if isinstance(exc, BrokenPipeError):
            raise
        reporter.warn(f"{PROG}: {src.label}: read error after line {last}: {exc}")
        return 1
    return 0


def _clean_texts(run: list[tuple[int, Source]], stdin_stream: BinaryIO | None, plan: Plan,
                 runner: Runner, reporter: Reporter, totals: collections.Counter[str]) -> int:
    errors = 0

    def tasks() -> Iterator[tuple[str, Any]]:
        for _, src in run:
            if src.path is None:
                yield ("bytes", stdin_stream.read() if stdin_stream is not None else b"")
            else:
                yield ("path", str(src.path))

    results = runner.map(_clean_document, tasks(), 1, INLINE_DOCS)
    for (i, src), item in zip(run, results):
        reporter.source(src.label)
        if item[0] == "error":
            reporter.warn(f"{PROG}: {src.label}: {item[1]}")
            errors += 1
            continue
        _, payload, stats, _encoding, size = item
        totals.update(stats)
        if plan.mode == "stdout":
            sys.stdout.buffer.write(payload)
        else:
            dest = plan.target if plan.mode == "file" else plan.dests[i]
            with atomic_output(dest) as sink:  # type: ignore[arg-type]
                sink.write(payload)
        reporter.advance(size)
    return errors


def print_stats(totals: collections.Counter[str], documents: int, rejected: int) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{documents:,} documents cleaned, {rejected:,} rejected",
                  title_justify="left")
    table.add_column("rule")
    table.add_column("group")
    table.add_column("operations", justify="right")
    known = rules()
    for r in known:
        table.add_row(r.name, r.group.value, f"{totals.get(r.name, 0):,}")
    names = {r.name for r in known}
    for name in sorted(set(totals) - names):
        table.add_row(name, "-", f"{totals[name]:,}")
    table.add_row("total", "", f"{sum(totals.values()):,}", style="bold")
    Console(stderr=True, highlight=False).print(table)


# -- diff --------------------------------------------------------------------------------------

def _load_document(args: argparse.Namespace) -> tuple[str, str | None, str]:
    """The document to diff: (text, encoding or None for JSON records, label)."""
    if args.input == "-":
        kind, stream = sniff_stream(sys.stdin.buffer)
        label = "<stdin>"
    else:
        path = Path(args.input)
        if not path.is_file():
            raise UsageError(f"no such file: {args.input}")
        kind = "jsonl" if is_jsonl(path) else "text"
        stream = None
        label = args.input
    if kind == "text":
        if args.record != 1:
            raise UsageError("--record applies to JSON Lines input only")
        data = stream.read() if stream is not None else Path(args.input).read_bytes()
        text, encoding = decode_bytes(data)
        return text, encoding, label
    if args.record < 1:
        raise UsageError("--record counts from 1")
    with contextlib.ExitStack() as stack:
        if stream is None:
            stream = stack.enter_context(open_binary(Path(args.input)))
        seen = 0
        for lineno, raw in read_lines(stream):
            if not raw.strip():
                continue
            seen += 1
            if seen < args.record:
                continue
            body = raw[3:] if lineno == 1 and raw.startswith(b"\xef\xbb\xbf") else raw
            where = f"{label}:{lineno}"
            try:
                record = loads(body)
            except (orjson.JSONDecodeError, ValueError) as exc:
                raise _RecordError(f"{where}: invalid JSON: {exc}") from None
            if not isinstance(record, dict):
                raise _RecordError(f"{where}: not a JSON object")
            value = record.get(args.field)
            if not isinstance(value, str):
                raise _RecordError(f"{where}: no string field {args.field!r}")
            return value, None, f"{label} record {args.record} (line {lineno}), " \
                f"field {args.field!r}"
    raise _RecordError(f"{label}: has {seen} record{'s' if seen != 1 else ''}, "
                       f"not {args.record}")


class _RecordError(Exception):
    pass


def cmd_diff(args: argparse.Namespace) -> int:
    config = make_config(args)
    setup_logging(args.verbose)
    try:
        text, encoding, label = _load_document(args)
    except _RecordError as exc:
        sys.stderr.write(f"{PROG} diff: {exc}\n")
        return 1
    result = clean(text, config)
    result.encoding = encoding
    if args.json:
        sys.stdout.flush()
        sys.stdout.buffer.write(dumps(result.to_dict(), indent=True) + b"\n")
        sys.stdout.flush()
        return 0
    from rich.console import Console

    from . import diffview

    Console(highlight=False).print(diffview.render(result, text, source=label))
    return 0


# -- rules -------------------------------------------------------------------------------------

def cmd_rules(args: argparse.Namespace) -> int:
    chain = rules()
    if args.json:
        data = [{"name": r.name, "group": r.group.value, "description": r.description}
                for r in chain]
        sys.stdout.flush()
        sys.stdout.buffer.write(dumps(data, indent=True) + b"\n")
        sys.stdout.flush()
        return 0
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=f"{len(chain)} rules, in chain order", title_justify="left")
    table.add_column("#", justify="right", style="dim")
    table.add_column("rule", style="bold", no_wrap=True)
    table.add_column("group")
    table.add_column("description")
    for i, r in enumerate(chain, 1):
        table.add_row(str(i), r.name, r.group.value, Text(r.description))  # `[n]` is no markup
    Console(highlight=False).print(table)
    return 0
