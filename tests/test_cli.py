"""The command line, run in-process through `normalizer.cli.main(argv)`.

Expectations are computed with the library (`clean(...)`), or use only layout rules, so the
tests hold whatever the other rule families do.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from normalizer import Result, clean
from normalizer.cli import main

ROOT = Path(__file__).resolve().parents[1]

#: Makes layout rules fire: CRLF, trailing spaces, a zero-width space, a blank-line run, a BOM.
MESSY = ("\ufeffThe river rose slowly through the night.  \r\n"
         "By morning the old bridge was under\u200b water.\r\n"
         "\r\n\r\n\r\n"
         "Nobody was hurt, officials said.   \r\n")


@pytest.fixture(autouse=True)
def _env(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)  # default rejects file lands here
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.setenv("COLUMNS", "200")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def set_stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


# -- clean: text -------------------------------------------------------------------------------

def test_text_file_to_stdout(tmp_path, capsys):
    src = tmp_path / "doc.txt"
    src.write_bytes(MESSY.encode("utf-8"))
    code, out, err = run(capsys, "clean", str(src))
    assert code == 0, err
    assert out == clean(MESSY).text + "\n"
    assert "\r" not in out and "\u200b" not in out and "\ufeff" not in out


def test_text_file_round_trip_with_full(tmp_path, capsys):
    src = tmp_path / "doc.txt"
    src.write_bytes(MESSY.encode("utf-8"))
    code, _, err = run(capsys, "clean", str(src), "-o", str(tmp_path / "doc.json"), "--full")
    assert code == 0, err
    data = json.loads((tmp_path / "doc.json").read_text("utf-8"))
    assert data["encoding"] == "utf-8"
    result = Result.from_dict(data)
    assert result.rebuild() == MESSY
    assert result.rebuild().encode(data["encoding"]) == src.read_bytes()


def test_text_file_to_output_file_cp1252(tmp_path, capsys):
    src = tmp_path / "old.txt"
    src.write_bytes(b"Caf\xe9 na\xefve  \r\n")
    code, _, err = run(capsys, "clean", str(src), "-o", str(tmp_path / "new.txt"),
                       "--only", "layout")
    assert code == 0, err
    assert (tmp_path / "new.txt").read_bytes() == "Café naïve\n".encode("utf-8")


def test_directory_is_mirrored(tmp_path, capsys):
    src = tmp_path / "in"
    (src / "sub" / "deeper").mkdir(parents=True)
    (src / "a.txt").write_bytes(MESSY.encode("utf-8"))
    (src / "sub" / "deeper" / "b.txt").write_bytes(b"Second  doc  \n")
    (src / "sub" / "c.jsonl").write_bytes(json.dumps({"id": 1, "text": MESSY}).encode() + b"\n")
    (src / "sub" / "skip.md").write_bytes(b"not an input")
    code, _, err = run(capsys, "clean", str(src), "-o", str(tmp_path / "out"))
    assert code == 0, err
    out = tmp_path / "out"
    got = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert got == ["a.txt", "sub/c.jsonl", "sub/deeper/b.txt"]
    assert (out / "a.txt").read_text("utf-8") == clean(MESSY).text + "\n"
    assert (out / "sub/deeper/b.txt").read_text("utf-8") == clean("Second  doc  \n").text + "\n"
    [rec] = records((out / "sub/c.jsonl").read_text("utf-8"))
    assert rec["id"] == 1 and rec["text"] == clean(MESSY).text


def test_several_text_documents_need_an_output_directory(tmp_path, capsys):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("x")
    code, out, err = run(capsys, "clean", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert code == 2 and out == "" and "-o DIR" in err


def test_stdin_text(monkeypatch, capsys):
    set_stdin(monkeypatch, MESSY.encode("utf-8"))
    code, out, err = run(capsys, "clean")
    assert code == 0, err
    assert out == clean(MESSY).text + "\n"


# -- clean: JSON Lines -------------------------------------------------------------------------

def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.write_bytes(b"".join(json.dumps(r).encode() + b"\n" for r in rows))


def test_jsonl_keeps_order_with_two_workers(tmp_path, capsys):
    rows = [{"id": i, "text": f"Record {i} says hello.  \r\nSecond\u200b line {i}.\r\n",
             "tags": ["a", i]} for i in range(100)]
    write_jsonl(tmp_path / "in.jsonl", rows)
    code, out, err = run(capsys, "clean", str(tmp_path / "in.jsonl"), "--workers", "2")
    assert code == 0, err
    got = records(out)
    assert [r["id"] for r in got] == list(range(100))
    for row, rec in zip(rows, got):
        assert rec["text"] == clean(row["text"]).text
        assert rec["tags"] == row["tags"]  # other fields kept


def test_jsonl_other_fields_and_normalizer_key(tmp_path, capsys):
    row = {"url": "https://example.org/a", "body": MESSY, "lang": "en", "n": 3.5}
    write_jsonl(tmp_path / "in.jsonl", [row])
    code, out, err = run(capsys, "clean", str(tmp_path / "in.jsonl"), "--field", "body",
                         "-o", str(tmp_path / "out.jsonl"))
    assert code == 0, err
    [rec] = records((tmp_path / "out.jsonl").read_text("utf-8"))
    assert list(rec) == ["url", "body", "lang", "n", "normalizer"]
    assert (rec["url"], rec["lang"], rec["n"]) == (row["url"], row["lang"], row["n"])
    assert rec["body"] == clean(MESSY).text
    meta = rec["normalizer"]
    assert "text" not in meta and {"removed", "edits", "title", "stats"} <= set(meta)
    # The stored result rebuilds the input.
    assert Result.from_dict({**meta, "text": rec["body"]}).rebuild() == MESSY


def test_malformed_records_are_rejected_not_dropped(tmp_path, capsys):
    lines = [
        json.dumps({"id": 1, "text": "first  "}).encode(),
        b'{"id": 2, "text": "broken',                 # line 2: bad JSON
        json.dumps({"id": 3, "body": "x"}).encode(),  # line 3: no "text"
        b"",                                          # line 4: blank, skipped
        json.dumps({"id": 5, "text": "fifth"}).encode(),
        b'["not", "an", "object"]\r',                 # line 6
        json.dumps({"id": 7, "text": 7}).encode(),    # line 7: not a string
    ]
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\n".join(lines) + b"\n")
    code, out, err = run(capsys, "clean", str(src), "-o", str(tmp_path / "out.jsonl"))
    assert code == 1
    assert [r["id"] for r in records((tmp_path / "out.jsonl").read_text())] == [1, 5]
    assert f"{src}:2:" in err and "invalid JSON" in err
    assert f"{src}:3:" in err and "'text'" in err
    assert f"{src}:6:" in err and f"{src}:7:" in err
    assert ":4:" not in err
    rejects = tmp_path / "out.jsonl.rejects.jsonl"
    assert rejects.read_bytes() == b"".join(lines[i] + b"\n" for i in (1, 2, 5, 6))


def test_rejects_default_in_cwd_when_writing_to_stdout(tmp_path, capsys):
    (tmp_path / "in.jsonl").write_bytes(b'{"text": "ok"}\nnot json\n')
    code, out, err = run(capsys, "clean", "in.jsonl")
    assert code == 1
    assert (tmp_path / "normalizer.rejects.jsonl").read_bytes() == b"not json\n"
    assert len(records(out)) == 1 and "in.jsonl:2:" in err


def test_jsonl_gz_input(tmp_path, capsys):
    rows = [{"id": i, "text": MESSY} for i in range(3)]
    with gzip.open(tmp_path / "in.jsonl.gz", "wb") as f:
        f.write(b"".join(json.dumps(r).encode() + b"\n" for r in rows))
    code, out, err = run(capsys, "clean", str(tmp_path / "in.jsonl.gz"))
    assert code == 0, err
    assert [(r["id"], r["text"]) for r in records(out)] == [(i, clean(MESSY).text)
                                                            for i in range(3)]


def test_stdin_jsonl(monkeypatch, capsys):
    set_stdin(monkeypatch, b'\n  {"text": "one  "}\n{"text": "two\\r\\n", "k": 1}\n')
    code, out, err = run(capsys, "clean", "-")
    assert code == 0, err
    got = records(out)
    assert [r["text"] for r in got] == [clean("one  ").text, clean("two\r\n").text]
    assert got[1]["k"] == 1 and "normalizer" in got[1]


def test_stats_and_group_options(tmp_path, capsys):
    (tmp_path / "a.txt").write_bytes(MESSY.encode())
    code, out, err = run(capsys, "clean", "a.txt", "--skip", "chrome", "--only",
                         "layout,encoding", "--stats")
    assert code == 0
    assert "layout.trailing_space" in err and "operations" in err
    code, _, err = run(capsys, "clean", "a.txt", "--skip", "chrom")
    assert code == 2 and "unknown group or rule: chrom" in err


# -- diff --------------------------------------------------------------------------------------

def test_diff_names_the_rules(tmp_path, capsys):
    (tmp_path / "doc.txt").write_bytes(MESSY.encode("utf-8"))
    code, out, err = run(capsys, "diff", "doc.txt")
    assert code == 0, err
    for name in ("layout.trailing_space", "layout.invisible", "layout.line_breaks",
                 "layout.blank_lines"):
        assert name in out
    assert "⟨U+200B⟩" in out  # the zero-width space made visible
    assert "per rule" in out and "characters" in out


def test_diff_json_and_jsonl_record(tmp_path, capsys):
    write_jsonl(tmp_path / "in.jsonl", [{"text": "clean"}, {"text": MESSY}])
    code, out, err = run(capsys, "diff", "in.jsonl", "--record", "2", "--json")
    assert code == 0, err
    data = json.loads(out)
    rules = {op["rule"] for op in data["removed"] + data["edits"]}
    assert {"layout.trailing_space", "layout.invisible", "layout.line_breaks"} <= rules
    assert Result.from_dict(data).rebuild() == MESSY
    code, out, err = run(capsys, "diff", "in.jsonl", "--record", "3")
    assert code == 1 and "has 2 records" in err


def test_diff_shows_decoding(tmp_path, capsys):
    (tmp_path / "old.txt").write_bytes(b"Caf\xe9 au lait  \n")
    code, out, _ = run(capsys, "diff", "old.txt")
    assert code == 0 and "decoded as cp1252" in out


# -- rules -------------------------------------------------------------------------------------

def test_rules(capsys):
    code, out, _ = run(capsys, "rules")
    assert code == 0 and "layout.blank_lines" in out and "layout" in out
    code, out, _ = run(capsys, "rules", "--json")
    data = json.loads(out)
    assert {"name": "layout.blank_lines", "group": "layout"}.items() <= \
        next(r for r in data if r["name"] == "layout.blank_lines").items()
    assert all(r["description"] for r in data)


# -- python -m normalizer ----------------------------------------------------------------------

def test_python_m_normalizer(tmp_path):
    (tmp_path / "doc.txt").write_bytes(MESSY.encode("utf-8"))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-m", "normalizer", "clean", "doc.txt"],
                          capture_output=True, env=env, cwd=tmp_path, timeout=60)
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stdout.decode("utf-8") == clean(MESSY).text + "\n"
