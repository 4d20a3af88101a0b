"""Reading and writing for the command line: decoding bytes, finding inputs, streaming JSON Lines.

Nothing here knows about rules. `decode_bytes` turns raw bytes into text and names the decision;
`discover` expands the INPUT arguments into documents; `read_jsonl` streams a JSON Lines file
line by line (never the whole file); `atomic_output` writes a file under a temporary name and moves
it into place, so an interrupted run never leaves a half-written output behind.
"""

from __future__ import annotations

import codecs
import contextlib
import gzip
import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator

#: Suffixes that make a file JSON Lines (everything else given explicitly is a text document).
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
#: Files picked up when a directory is given.
DIR_SUFFIXES = (".txt", *JSONL_SUFFIXES)

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


# -- decoding ----------------------------------------------------------------------------------

def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode `data`; return ``(text, encoding)``. Never raises.

    Order: a byte-order mark (UTF-8, UTF-16, UTF-32), then strict UTF-8, then charset-normalizer's
    best guess, then cp1252, then latin-1 (which decodes every byte). A byte-order mark is *kept*
    in the text as U+FEFF: the layout rules remove it and log the removal, so the op log accounts
    for every character. Hence, for every decision but the last resort,
    ``text.encode(encoding) == data``.
    """
    try:
        return _decode(bytes(data))
    except Exception:  # noqa: BLE001 - a decoder's bug must not stop a run
        return bytes(data).decode("latin-1", errors="replace"), "iso8859-1"


def _decode(data: bytes) -> tuple[str, str]:
    if not data:
        return "", "utf-8"
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                # The explicit-endian codecs keep the BOM as U+FEFF (see the docstring above).
                return data.decode(name), name
            except UnicodeDecodeError:
                continue  # e.g. FF FE 00 00 that is really UTF-16 text starting with NUL
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    guess = _guess(data)
    if guess is not None:
        return guess
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "iso8859-1"


def _canonical(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name


def _guess(data: bytes) -> tuple[str, str] | None:
    """charset-normalizer's best guess, biased towards cp1252 where the evidence is a tie.

    On short Latin text charset-normalizer has no language evidence and picks among equals
    (``b"caf\\xe9"`` comes out as cp1006, Urdu). cp1252 is the web's de-facto legacy encoding, so
    it wins when it is among the equally good matches, or decodes to the very same text.
    """
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    try:
        best_text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    try:
        cp1252 = data.decode("cp1252")
    except UnicodeDecodeError:
        cp1252 = None
    if cp1252 is not None:
        equals = (m for m in matches if m.chaos <= best.chaos and m.coherence >= best.coherence)
        if cp1252 == best_text or any(_canonical(m.encoding) == "cp1252" for m in equals):
            return cp1252, "cp1252"
    return best_text, _canonical(best.encoding)


def read_text_file(path: Path) -> tuple[str, str, int]:
    """A text document: ``(text, encoding, size in bytes)``."""
    data = Path(path).read_bytes()
    text, encoding = decode_bytes(data)
    return text, encoding, len(data)


# -- finding inputs ----------------------------------------------------------------------------

def is_jsonl(path: str | Path) -> bool:
    return str(path).lower().endswith(JSONL_SUFFIXES)


@dataclass(frozen=True)
class Source:
    """One input: a text document or a JSON Lines file (`path` None: standard input).

    `rel` is the path to mirror under an output directory.
    """

    path: Path | None
    rel: Path
    kind: str  # "text" | "jsonl" | "stdin"

    @property
    def label(self) -> str:
        return "<stdin>" if self.path is None else str(self.path)


def discover(inputs: list[str], exclude: Path | None = None) -> list[Source]:
    """Expand INPUT arguments. Directories are walked recursively for *.txt, *.jsonl and
    *.jsonl.gz, sorted by relative path; files under `exclude` (the output directory) are left
    out. Raises FileNotFoundError for a missing input."""
    out: list[Source] = []
    excluded = exclude.resolve() if exclude is not None else None
    for arg in inputs or ["-"]:
        if arg == "-":
            out.append(Source(None, Path("stdin"), "stdin"))
            continue
        path = Path(arg)
        if path.is_dir():
            found = []
            for child in path.rglob("*"):
                if not child.is_file() or not child.name.lower().endswith(DIR_SUFFIXES):
                    continue
                if excluded is not None and _inside(child.resolve(), excluded):
                    continue
                found.append(child)
            for child in sorted(found, key=lambda p: p.relative_to(path).as_posix()):
                rel = child.relative_to(path)
                out.append(Source(child, rel, "jsonl" if is_jsonl(child) else "text"))
        elif path.exists():
            out.append(Source(path, Path(path.name), "jsonl" if is_jsonl(path) else "text"))
        else:
            raise FileNotFoundError(arg)
    return out


def _inside(path: Path, parent: Path) -> bool:
    try:
        path.relative_to(parent)
    except ValueError:
        return False
    return True


# -- JSON Lines --------------------------------------------------------------------------------

def open_binary(path: Path) -> BinaryIO:
    """Open for reading, gunzipping *.gz."""
    if str(path).lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def read_lines(stream: BinaryIO) -> Iterator[tuple[int, bytes]]:
    """``(line number, raw line)`` for every line, 1-based, terminator included. Streams: one
    line in memory at a time. Lines split on b"\\n" only (U+2028 inside a JSON string is not a
    line break)."""
    for number, raw in enumerate(stream, 1):
        yield number, raw


def read_jsonl(path: Path) -> Iterator[tuple[int, bytes]]:
    with open_binary(path) as stream:
        yield from read_lines(stream)


class Peeked(io.RawIOBase):
    """A binary stream with some already-read bytes put back in front (for sniffing stdin)."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        return n


def sniff_stream(stream: BinaryIO) -> tuple[str, BinaryIO]:
    """Decide whether a stream is JSON Lines (first non-blank byte ``{``, after an optional UTF-8
    BOM) or one text document; return the kind and a stream that still yields every byte."""
    head = b""
    while True:
        chunk = stream.read1(65536) if hasattr(stream, "read1") else stream.read(65536)
        if not chunk:
            break
        head += chunk
        if head.lstrip(b" \t\r\n\f\v").lstrip(codecs.BOM_UTF8).lstrip(b" \t\r\n\f\v"):
            break
    body = head.lstrip(b" \t\r\n\f\v")
    if body.startswith(codecs.BOM_UTF8):
        body = body[len(codecs.BOM_UTF8):].lstrip(b" \t\r\n\f\v")
    kind = "jsonl" if body.startswith(b"{") else "text"
    return kind, io.BufferedReader(Peeked(head, stream), buffer_size=1 << 16)


# -- writing -----------------------------------------------------------------------------------

@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[BinaryIO]:
    """Write `path` (gzipped if it ends in .gz, with a fixed mtime so output is reproducible)
    through a temporary file that replaces it only on success."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    raw = open(tmp, "wb")
    try:
        if path.name.lower().endswith(".gz"):
            with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz:
                yield gz  # type: ignore[misc]
        else:
            yield raw
        raw.close()
        os.replace(tmp, path)
    except BaseException:
        raw.close()
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


class LazyFile:
    """A file created on the first write (the rejects file exists only when something was
    rejected)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._file: BinaryIO | None = None
        self.count = 0

    def write_line(self, raw: bytes) -> None:
        if self._file is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._file = open(self.path, "wb")
        self._file.write(raw if raw.endswith(b"\n") else raw + b"\n")
        self.count += 1

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
