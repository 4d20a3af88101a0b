"""normalizer.io: decoding bytes, finding inputs, streaming and writing."""

from __future__ import annotations

import codecs
import gzip
import io
import os

import pytest

from normalizer.io import (LazyFile, atomic_output, decode_bytes, discover, is_jsonl, read_jsonl,
                           sniff_stream)


# -- decode_bytes ------------------------------------------------------------------------------

def test_utf8():
    text, enc = decode_bytes("naïve café — ok ✓".encode("utf-8"))
    assert (text, enc) == ("naïve café — ok ✓", "utf-8")


def test_empty():
    assert decode_bytes(b"") == ("", "utf-8")


def test_utf8_bom_is_kept_for_the_layout_rule_to_log():
    data = codecs.BOM_UTF8 + "café".encode("utf-8")
    text, enc = decode_bytes(data)
    assert text == "\ufeffcafé"
    assert enc == "utf-8"
    assert text.encode(enc) == data


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le"])
def test_utf16_and_utf32_with_bom(codec):
    sample = "Grüße, 世界 😀"
    data = ("\ufeff" + sample).encode(codec) if codec.endswith(("le", "be")) else \
        sample.encode(codec)  # the plain codecs write a BOM themselves
    text, enc = decode_bytes(data)
    assert text == "\ufeff" + sample
    assert enc.startswith(codec[:6])
    assert text.encode(enc) == data  # lossless: the bytes can be rebuilt


def test_cp1252_bytes():
    data = b"caf\xe9 na\xefve"
    text, enc = decode_bytes(data)
    assert text == "café naïve"
    assert enc == "cp1252"


def test_cp1252_punctuation():
    data = b"\x93Quoted\x94 \x96 it costs \x8010 at the caf\xe9, na\xefvely."
    text, enc = decode_bytes(data)
    assert text == "“Quoted” – it costs €10 at the café, naïvely."
    assert enc == "cp1252"
    assert text.encode(enc) == data


@pytest.mark.parametrize("data", [
    bytes(range(256)),
    bytes(range(255, -1, -1)) * 3,
    b"abc\xe2\x82",                      # truncated UTF-8
    b"\xff\xfe\x00",                     # UTF-16 BOM, odd length
    b"\xff\xfe\x00\x00\xff\xff\xff\xff",  # UTF-32 BOM, code point out of range
    b"\xef\xbb\xbf\xff\xfe",             # UTF-8 BOM, then garbage
    b"\x00" * 10,
    b"\xed\xa0\x80",                     # an encoded surrogate (invalid UTF-8)
    b"\x81\x8d\x8f\x90\x9d",             # bytes cp1252 does not define
])
def test_invalid_bytes_never_raise(data):
    text, enc = decode_bytes(data)
    assert isinstance(text, str) and isinstance(enc, str)
    assert text.encode("utf-8", "surrogatepass")  # a real str


def test_random_bytes_never_raise():
    hypothesis = pytest.importorskip("hypothesis")
    from hypothesis import strategies as st

    @hypothesis.settings(max_examples=60, deadline=None, database=None)
    @hypothesis.given(st.binary(max_size=200))
    def check(data):
        text, enc = decode_bytes(data)
        assert isinstance(text, str) and enc

    check()


# -- inputs ------------------------------------------------------------------------------------

def test_is_jsonl():
    assert is_jsonl("a.jsonl") and is_jsonl("dir/A.JSONL.GZ")
    assert not is_jsonl("a.json") and not is_jsonl("a.txt") and not is_jsonl("a.gz")


def test_discover_walks_directories_sorted(tmp_path):
    root = tmp_path / "in"
    for name in ["b.txt", "a/z.jsonl", "a/y.jsonl.gz", "a/notes.md", "c.txt"]:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(b"x")
    found = discover([str(root)])
    assert [s.rel.as_posix() for s in found] == ["a/y.jsonl.gz", "a/z.jsonl", "b.txt", "c.txt"]
    assert [s.kind for s in found] == ["jsonl", "jsonl", "text", "text"]


def test_discover_excludes_the_output_directory(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "out" / "a.txt").write_text("a")
    found = discover([str(tmp_path)], exclude=tmp_path / "out")
    assert [s.rel.as_posix() for s in found] == ["a.txt"]


def test_discover_missing(tmp_path):
    with pytest.raises(FileNotFoundError):
        discover([str(tmp_path / "nope.txt")])


def test_read_jsonl_streams_numbered_lines(tmp_path):
    path = tmp_path / "x.jsonl.gz"
    with gzip.open(path, "wb") as f:
        f.write(b'{"a": 1}\n\n{"b": "\xe2\x80\xa8"}')  # U+2028 is not a line break here
    assert list(read_jsonl(path)) == [(1, b'{"a": 1}\n'), (2, b"\n"),
                                      (3, b'{"b": "\xe2\x80\xa8"}')]


@pytest.mark.parametrize("data,kind", [
    (b'  \n{"text": "x"}\n', "jsonl"),
    (b'\xef\xbb\xbf{"text": "x"}\n', "jsonl"),
    (b"Plain text {not json}\n", "text"),
    (b"", "text"),
])
def test_sniff_stream_keeps_every_byte(data, kind):
    got, stream = sniff_stream(io.BytesIO(data))
    assert got == kind
    assert stream.read() == data


# -- outputs -----------------------------------------------------------------------------------

def test_atomic_output_gz_is_reproducible(tmp_path):
    path = tmp_path / "sub" / "out.jsonl.gz"
    with atomic_output(path) as f:
        f.write(b"hello\n")
    first = path.read_bytes()
    with atomic_output(path) as f:
        f.write(b"hello\n")
    assert path.read_bytes() == first
    assert gzip.decompress(first) == b"hello\n"
    assert sorted(os.listdir(path.parent)) == ["out.jsonl.gz"]


def test_atomic_output_leaves_nothing_on_failure(tmp_path):
    path = tmp_path / "out.txt"
    with pytest.raises(RuntimeError):
        with atomic_output(path) as f:
            f.write(b"partial")
            raise RuntimeError
    assert os.listdir(tmp_path) == []


def test_lazy_file_created_on_first_write(tmp_path):
    lazy = LazyFile(tmp_path / "rejects.jsonl")
    lazy.close()
    assert not lazy.path.exists()
    lazy.write_line(b"{bad\n")
    lazy.write_line(b"{bad")
    lazy.close()
    assert lazy.path.read_bytes() == b"{bad\n{bad\n"
    assert lazy.count == 2
