#!/usr/bin/env python3
"""Structure benchmark: dev-set article bodies with a title block, captions and footnotes put in.

Each article page's gold body (read from ../shared/devset at run time, never stored here) gets,
deterministically (seeded by `--seed` and the page id), the apparatus issue 5 lists, in its real
formats (templates: bench/structure_templates.py): a head zone (section label, the page's gold
title, sometimes again, a byline, a date, a read-time line, in en/es/fr/de/pt/it), photo captions
with agency credits next to the title and between paragraphs, and one footnote format (Readability
`word[n]` + `n. ^ anchor (host)`, Wikipedia `[n]` + `^ a b` lists with tags and `[edit]`, endnotes
`[1] https://…` / `1. Author, Title…`, Markdown `[^1]`, superscript digits) or none. `clean()` runs
on the result, and the report says, per structure and format:

- body F1 against the gold (score.py's 4-gram shingles), and the share of exact bodies;
- title exact; meta found (section, byline, date, read time);
- footnotes exact (every note's number and text, nothing more), and marker residue (injected
  markers or tags still in the body);
- captions found (text and credit out of the body) and split right (text and credit exact);
- gold lines wrongly taken (a removal that takes a gold character), by rule, against the same
  count for cleaning the gold alone.

    .venv/bin/python bench/structure.py                # all article pages
    .venv/bin/python bench/structure.py --limit 100 --show footnotes.readability
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import structure_templates as T  # noqa: E402
from _common import DEFAULT_DEVSET, DEFAULT_OUT, code_version, load_score_module, print_table  # noqa: E402

#: Footnote formats, drawn once per page ("none": no markers, no list).
FOOTNOTE_FORMATS = ("readability", "readability_heading", "wikipedia", "endnotes_url", "endnotes_cite",
                    "markdown", "superscript", "none")
#: A body line that may hold a marker: prose of at least this many words.
MARKER_LINE_MIN_WORDS = 12
SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_WORDS = re.compile(r"\w+")


def norm(text: str | None) -> str:
    return " ".join((text or "").split())


def words(text: str | None) -> str:
    return " ".join(_WORDS.findall((text or "").lower()))


@dataclass
class Expected:
    """What a correct clean() gives for one built document."""

    title: str
    meta: dict[str, str] = field(default_factory=dict)                       # key -> injected line
    captions: list[tuple[str, str, str]] = field(default_factory=list)       # (format, text, credit)
    footnote_format: str = "none"
    footnotes: dict[int, str] = field(default_factory=dict)                  # number -> text
    markers: list[str] = field(default_factory=list)                         # injected marker strings
    head: list[str] = field(default_factory=list)                            # head zone kinds, in order


@dataclass
class Built:
    id: str
    lang: str
    text: str
    gold: str
    expected: Expected
    gold_mask: bytearray          # 1 where the input holds a non-space gold character


class Filler:
    """Fills template slots from the page's own random stream."""

    def __init__(self, rng: random.Random, lang: str) -> None:
        self.rng = rng
        self.lang = lang

    def name(self) -> str:
        return f"{self.rng.choice(T.FIRST)} {self.rng.choice(T.LAST)}"

    def fill(self, template: str, lang: str | None = None, **extra: str) -> str:
        """`template` with its slots filled (months in `lang`, default the page's language)."""
        r = self.rng
        month_i = r.randrange(12)
        day = r.randint(1, 28)
        year = r.randint(1998, 2025)
        city, country = r.choice(T.CITIES)
        name = self.name()
        slots = {
            "name": name, "NAME": name.upper(), "name2": self.name(), "agency": r.choice(T.AGENCIES),
            "city": city, "country": country, "weekday": r.choice(T.WEEKDAYS),
            "month": T.MONTHS[lang or self.lang][month_i], "day": str(day), "d2": f"{day:02d}",
            "m2": f"{month_i + 1:02d}", "year": str(year), "year2": str(min(year + r.randint(1, 5), 2025)),
            "hh": f"{r.randint(6, 22):02d}", "h12": str(r.randint(1, 12)), "mm": f"{r.randrange(0, 60, 5):02d}",
            "n": str(r.randint(2, 15)), "first": r.choice(T.FIRST), "last": r.choice(T.LAST),
            "first2": r.choice(T.FIRST), "last2": r.choice(T.LAST), "title": r.choice(T.TITLE_WORDS),
            "publisher": r.choice(T.PUBLISHERS), "page": str(r.randint(3, 300)), "isbn": str(r.randint(100000, 999999)),
            "vol": str(r.randint(1, 90)), "doi": f"{r.randint(1000, 9999)}/{r.randint(10000, 99999)}",
        }
        slots["page2"] = str(int(slots["page"]) + r.randint(1, 20))
        slots["slug"] = "-".join(slots["title"].lower().split()[:5])
        slots["url"] = "https://" + r.choice(T.HOSTS) + r.choice(T.URL_PATHS).format(**slots)
        slots.update(extra)
        return template.format(**slots)


# -- building one document ------------------------------------------------------------------------

def _marker_sites(lines: list[str], rng: random.Random, count: int, after_sentence: bool) -> list[tuple[int, int]]:
    """(line, offset) pairs where a marker may go: after a word inside a prose line, or after a
    sentence's closing period; in reading order."""
    sites: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        if len(line.split()) < MARKER_LINE_MIN_WORDS or line.lstrip().startswith(("#", "|")) or "[" in line:
            continue
        if after_sentence:
            offsets = [m.end() for m in re.finditer(r"(?<=[a-z]{3})[.](?=\s+[A-Z]|\s*$)", line)]
        else:
            offsets = [m.end() for m in re.finditer(r"(?<=[a-z]{4})(?=[ ,.])", line)]
        sites.extend((i, o) for o in offsets)
    if not sites:
        return []
    chosen = sorted(rng.sample(sites, min(count, len(sites))))
    return chosen


def _anchor(line: str, offset: int) -> str:
    """The words before a Readability marker: its link text."""
    before = re.findall(r"[\w'’-]+", line[:offset])
    return " ".join(before[-random.Random(line[:offset]).randint(1, 3):])


def _footnotes(lines: list[str], fill: Filler, fmt: str, exp: Expected,
               inserts: list[tuple[int, int, str]]) -> list[str]:
    """Choose markers for the body lines (appended to `inserts` as (line, offset, text)); return
    the list lines to append (heading first)."""
    rng = fill.rng
    if fmt == "none":
        return []
    after_sentence = fmt in ("wikipedia",) or rng.random() < 0.4
    sites = _marker_sites(lines, rng, rng.randint(2, 7), after_sentence)
    if len(sites) < 2:
        exp.footnote_format = "none"
        return []
    exp.footnote_format = fmt
    numbers: list[int] = []
    for k, (i, o) in enumerate(sites):
        # A Wikipedia source may be cited twice (its list line then has `a b` back-links).
        n = numbers[rng.randrange(len(numbers))] if fmt == "wikipedia" and numbers and rng.random() < 0.2 else \
            (max(numbers) + 1 if numbers else 1)
        numbers.append(n)
        marker = {"markdown": f"[^{n}]", "superscript": str(n).translate(SUPERSCRIPTS)}.get(fmt, f"[{n}]")
        if fmt.startswith("endnotes") and rng.random() < 0.3 and o < len(lines[i]) and lines[i][o - 1] != ".":
            marker = " " + marker  # `the kernel [1] and`: endnote markers often stand after a space
        inserts.append((i, o, marker))
        exp.markers.append(marker.strip())
    anchors = {n: _anchor(lines[i], o) for n, (i, o) in zip(numbers, sites)}
    if fmt == "wikipedia":  # maintenance tags go too
        for i, o in _marker_sites(lines, rng, rng.randint(0, 2), True):
            tag = rng.choice(T.WIKI_TAGS)
            inserts.append((i, o, tag))
            exp.markers.append(tag)
    distinct = sorted(set(numbers))
    heads = T.ENDNOTE_HEADINGS if fmt.startswith("endnotes") else T.REFERENCE_HEADINGS
    heading = rng.choice(heads.get(fill.lang, heads["en"]))
    out: list[str] = []
    if fmt == "readability":
        heading = ""
    if fmt == "wikipedia" and rng.random() < 0.4:
        heading += "[edit]"
        exp.markers.append("[edit]")
    if fmt == "markdown":
        heading = "" if rng.random() < 0.6 else heading
    if heading:
        out += [heading, ""]
    for n in distinct:
        cite = fill.fill(rng.choice(T.CITATIONS), "en")
        cited = numbers.count(n)
        if fmt.startswith("readability"):
            host = rng.choice(T.HOSTS)
            text = anchors[n]
            exp.footnotes[n] = text
            out.append(f"{n}. ^ {text} ({host})")
        elif fmt == "wikipedia":
            back = "" if cited == 1 else rng.choice(["", "Jump up to: "]) + " ".join("abcdefgh"[:cited]) + " "
            exp.footnotes[n] = cite
            out.append(f"^ {back}{cite}")
        elif fmt == "endnotes_url":
            text = f"{rng.choice(T.TITLE_WORDS)} {fill.fill('{url}')}" if rng.random() < 0.6 else fill.fill("{url}")
            exp.footnotes[n] = text
            out.append(f"[{n}] {text}")
        elif fmt == "endnotes_cite":
            exp.footnotes[n] = cite
            out.append(f"{n}. {cite}")
        elif fmt == "markdown":
            exp.footnotes[n] = cite
            out.append(f"[^{n}]: {cite}")
        elif fmt == "superscript":
            exp.footnotes[n] = cite
            out.append(f"{str(n).translate(SUPERSCRIPTS)} {cite}")
        if fmt in ("endnotes_cite", "markdown") and rng.random() < 0.3:
            out.append("")  # some lists have blank lines between their items
    return out


def _caption(fill: Filler, family: str) -> tuple[str, str, str]:
    """(line(s) to insert, expected caption text, expected credit)."""
    rng = fill.rng
    sentence = fill.fill(rng.choice(T.CAPTIONS), "en")  # the caption sentences are English
    template, place = rng.choice(T.CREDITS[family])
    if place == "prefix":  # `FILE PHOTO: caption. REUTERS/Name/File Photo`
        credit = fill.fill("REUTERS/{name}/File Photo")
        text = f"FILE PHOTO: {sentence}"
        return f"{text} {credit}", text, credit
    credit = fill.fill(template)
    if place == "line":
        if family == "source_colon":
            return credit, "", credit
        return f"{sentence}\n{credit}", sentence, credit
    if place == "paren":
        return f"{sentence} {credit}", sentence, credit[1:-1]
    return f"{sentence} {credit}", sentence, credit


def build(record: dict[str, Any], seed: int) -> Built | None:
    """The structured document of one article page, or None when the page cannot hold one (no
    title, or the gold body opens with its own title)."""
    gold = record.get("gold") or ""
    title = norm(record.get("title"))
    lines = gold.split("\n")
    first = [words(x) for x in lines if words(x)][:3]
    if not title or not first or words(title) in first or len(title.split()) < 2:
        return None
    rng = random.Random(f"structure:{seed}:{record['id']}")
    lang = rng.choice(T.LANGS)
    fill = Filler(rng, lang)
    exp = Expected(title=title)
    body = list(lines)
    fmt = rng.choice(FOOTNOTE_FORMATS)
    inserts: list[tuple[int, int, str]] = []
    tail = _footnotes(body, fill, fmt, exp, inserts)
    by_line: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for i, offset, marker in inserts:
        by_line[i].append((offset, marker))
    families = [f for f in T.CREDITS if f not in ("es", "fr", "de", "pt", "it")] + [lang] * 2 * (lang != "en")
    captions = [rng.choice(families) for _ in range(rng.choice((0, 1, 1, 2, 2, 3)))]

    # Head zone: [section] title [caption] [title again] [byline] [date] [read time].
    head: list[tuple[str, str]] = []
    if rng.random() < 0.3:
        head.append(("section", rng.choice(T.SECTIONS[lang])))
    head.append(("title", title))
    if captions and rng.random() < 0.4:
        head.append(("caption", captions.pop()))
    if rng.random() < 0.2:
        head.append(("title", title))
    meta = [("byline", T.BYLINES), ("date", T.DATES), ("read_time", T.READ_TIMES)]
    rng.shuffle(meta)
    for key, table in meta:
        if rng.random() < 0.55:
            head.append((key, fill.fill(rng.choice(table[lang]))))
    # The body's blank-line-separated positions where a caption may go (not before the first
    # line: that one is next to the title).
    gaps = [i for i in range(1, len(body)) if body[i].strip() and not body[i - 1].strip()]
    spots = sorted(rng.sample(gaps, min(len(captions), len(gaps))))
    sep = "\n\n" if rng.random() < 0.7 else "\n"

    parts: list[tuple[str, str]] = []  # (kind, text): joined with the separators below
    for kind, value in head:
        if kind == "caption":
            line, ctext, credit = _caption(fill, value)
            exp.captions.append((value, ctext, credit))
            parts.append(("caption", line))
        else:
            if kind != "title":
                exp.meta[kind] = value
            parts.append((kind, value))
        exp.head.append(kind)
    text_parts: list[str] = []
    mask_parts: list[bytes] = []

    def add(piece: str, is_gold: bool) -> None:
        text_parts.append(piece)
        mask_parts.append(bytes(0 if (not is_gold or ch.isspace()) else 1 for ch in piece))

    for _, value in parts:
        add(value, False)
        add(sep, False)
    add("\n" if sep == "\n" else "", False)
    for i, line in enumerate(body):
        if i in spots:
            family = captions.pop()
            cap_line, ctext, credit = _caption(fill, family)
            exp.captions.append((family, ctext, credit))
            add(cap_line + "\n\n", False)
        at = 0
        for offset, marker in sorted(by_line.get(i, []), key=lambda t: t[0]):  # stable: order kept
            add(line[at:offset], True)
            add(marker, False)
            at = offset
        add(line[at:], True)
        add("\n", False)
    if tail:
        add("\n" + "\n".join(tail) + "\n", False)
    text = "".join(text_parts)
    mask = bytearray(b"".join(mask_parts))
    assert len(mask) == len(text)
    return Built(record["id"], lang, text, gold, exp, mask)


# -- scoring --------------------------------------------------------------------------------------

def _gold_lines_taken(result: Any, mask: bytearray, text: str) -> Counter:
    """Rules whose removals took gold characters (one count per removal)."""
    taken: Counter = Counter()
    for op in result.removed:
        if any(mask[op.start:op.end]):
            taken[op.rule] += 1
    return taken


def _residue(body: str, gold: str, markers: list[str]) -> int:
    return sum(max(0, body.count(m) - gold.count(m)) for m in set(markers))


def evaluate(built: Built, score_mod: Any, clean: Any) -> dict[str, Any]:
    exp = built.expected
    r = clean(built.text)
    out: dict[str, Any] = {"id": built.id, "lang": built.lang, "footnote_format": exp.footnote_format}
    _, _, f1 = score_mod.document_scores(built.gold, r.text)
    out["body_f1"] = f1
    base = clean(built.gold)
    out["body_exact"] = norm(r.text) == norm(built.gold)
    out["body_as_gold_alone"] = norm(r.text) == norm(base.text)
    out["rebuild"] = r.rebuild() == built.text
    out["title_exact"] = norm(r.title) == exp.title
    out["title_got"] = r.title
    out["meta"] = {k: bool(r.meta.get(k)) and words(r.meta[k]) in words(v) for k, v in exp.meta.items()}
    got_notes = {f.number: norm(f.text) for f in r.footnotes}
    want_notes = {n: norm(t) for n, t in exp.footnotes.items()}
    out["footnotes_exact"] = got_notes == want_notes if exp.footnote_format != "none" else None
    out["footnotes_got"] = len(got_notes)
    out["footnotes_wrong"] = [(n, want_notes.get(n), got_notes.get(n)) for n in sorted(set(got_notes) | set(want_notes))
                              if got_notes.get(n) != want_notes.get(n)][:3]
    out["residue"] = _residue(r.text, built.gold, exp.markers)
    caps = []
    for family, ctext, credit in exp.captions:
        found = any(words(ctext) in words(f"{c.text} {c.credit or ''}") and words(credit) in words(f"{c.text} {c.credit or ''}")
                    for c in r.captions) and norm(ctext + " " + credit.split(":")[-1]) not in norm(r.text)
        split = any(norm(c.text) == norm(ctext) and norm(c.credit) == norm(credit) for c in r.captions)
        caps.append({"family": family, "found": found, "split": split, "text": ctext, "credit": credit})
    out["captions"] = caps
    out["captions_got"] = [(c.text, c.credit) for c in r.captions]
    out["taken"] = dict(_gold_lines_taken(r, built.gold_mask, built.text))
    base_mask = bytearray(0 if ch.isspace() else 1 for ch in built.gold)
    out["taken_gold_alone"] = dict(_gold_lines_taken(base, base_mask, built.gold))
    out["head"] = exp.head
    return out


def _rate(values: list[bool]) -> str:
    return f"{sum(values) / len(values):.3f} ({sum(values)}/{len(values)})" if values else "-"


def report(rows: list[dict[str, Any]], skipped: int) -> dict[str, Any]:
    n = len(rows)
    summary: dict[str, Any] = {"documents": n, "skipped": skipped}
    f1 = sum(r["body_f1"] for r in rows) / n
    summary.update(body_f1=f1, body_exact=sum(r["body_exact"] for r in rows) / n,
                   rebuild_failures=sum(not r["rebuild"] for r in rows),
                   title_exact=sum(r["title_exact"] for r in rows) / n)
    print(f"documents: {n} (article pages; {skipped} skipped: no title, or the gold opens with it)")
    print(f"rebuild failures: {summary['rebuild_failures']}")
    overall = [
        ("body F1 (mean)", f"{f1:.4f}"),
        ("body exact (whitespace-normalised)", _rate([r["body_exact"] for r in rows])),
        ("body == clean(gold alone)", _rate([r["body_as_gold_alone"] for r in rows])),
        ("title exact", _rate([r["title_exact"] for r in rows])),
    ]
    metas: dict[str, list[bool]] = defaultdict(list)
    for r in rows:
        for k, ok in r["meta"].items():
            metas[k].append(ok)
    overall += [(f"meta {k} found", _rate(v)) for k, v in sorted(metas.items())]
    fn = [r["footnotes_exact"] for r in rows if r["footnotes_exact"] is not None]
    overall.append(("footnotes exact (docs with notes)", _rate(fn)))
    overall.append(("docs with marker residue", _rate([r["residue"] > 0 for r in rows])))
    overall.append(("markers/tags left in bodies", str(sum(r["residue"] for r in rows))))
    allcaps = [c for r in rows for c in r["captions"]]
    overall.append(("captions found", _rate([c["found"] for c in allcaps])))
    overall.append(("captions split right", _rate([c["split"] for c in allcaps])))
    taken = Counter()
    base = Counter()
    for r in rows:
        taken.update(r["taken"])
        base.update(r["taken_gold_alone"])
    overall.append(("removals taking gold text", f"{sum(taken.values())} (gold alone: {sum(base.values())})"))
    print_table("Overall", ["measure", "value"], overall, "lr")
    summary["overall"] = dict(overall)

    by_fmt: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_fmt[r["footnote_format"]].append(r)
    fmt_rows = []
    for fmt in FOOTNOTE_FORMATS:
        rs = by_fmt.get(fmt, [])
        if not rs:
            continue
        fmt_rows.append((fmt, len(rs), f"{sum(r['body_f1'] for r in rs) / len(rs):.4f}",
                         _rate([r["body_as_gold_alone"] for r in rs]),
                         _rate([r["footnotes_exact"] for r in rs]) if fmt != "none" else "-",
                         _rate([r["residue"] > 0 for r in rs])))
    print_table("Footnotes by format", ["format", "docs", "body F1", "body = clean(gold)", "notes exact", "residue docs"], fmt_rows)
    summary["footnotes"] = fmt_rows

    by_cap: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in allcaps:
        by_cap[c["family"]].append(c)
    cap_rows = [(fam, len(cs), _rate([c["found"] for c in cs]), _rate([c["split"] for c in cs]))
                for fam, cs in sorted(by_cap.items())]
    print_table("Captions by credit family", ["family", "captions", "found", "split right"], cap_rows)
    summary["captions"] = cap_rows

    by_lang: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_lang[r["lang"]].append(r)
    lang_rows = []
    for lang, rs in sorted(by_lang.items()):
        m = [ok for r in rs for ok in r["meta"].values()]
        lang_rows.append((lang, len(rs), _rate([r["title_exact"] for r in rs]), _rate(m),
                          _rate([c["found"] for r in rs for c in r["captions"]])))
    print_table("Head zone and captions by language", ["lang", "docs", "title exact", "meta found", "captions found"], lang_rows)
    summary["languages"] = lang_rows
    print_table("Removals taking gold text, by rule", ["rule", "structured doc", "gold alone"],
                [(k, taken[k], base.get(k, 0)) for k in sorted(set(taken) | set(base))])
    summary["taken"] = dict(taken)
    summary["taken_gold_alone"] = dict(base)
    return summary


def _show(rows: list[dict[str, Any]], what: str, limit: int) -> None:
    """Print failing documents of one kind: `title`, `meta`, `captions`, `footnotes[.FORMAT]`, `taken`."""
    shown = 0
    for r in rows:
        if shown >= limit:
            break
        if what == "title" and not r["title_exact"]:
            print(r["id"], r["head"], repr(r["title_got"]))
        elif what == "meta" and not all(r["meta"].values()):
            print(r["id"], r["lang"], r["head"], {k: v for k, v in r["meta"].items() if not v})
        elif what == "captions" and not all(c["found"] and c["split"] for c in r["captions"]):
            for c in r["captions"]:
                if not (c["found"] and c["split"]):
                    print(r["id"], c["family"], "found" if c["found"] else "MISSED", repr(c["text"][:60]), repr(c["credit"]))
            print("   got:", r["captions_got"][:4])
        elif what.startswith("footnotes") and r["footnotes_exact"] is False or (what.startswith("footnotes") and r["residue"]):
            fmt = what.partition(".")[2]
            if fmt and r["footnote_format"] != fmt:
                continue
            print(r["id"], r["footnote_format"], "residue", r["residue"], "got", r["footnotes_got"], r["footnotes_wrong"])
        elif what == "taken" and set(r["taken"]) - set(r["taken_gold_alone"]):
            print(r["id"], r["taken"], "gold alone:", r["taken_gold_alone"])
        else:
            continue
        shown += 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--devset", type=Path, default=DEFAULT_DEVSET)
    ap.add_argument("--seed", type=int, default=1, help="generator seed (documents differ per seed)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N article pages")
    ap.add_argument("--show", metavar="KIND", help="print failures: title, meta, captions, footnotes[.FORMAT], taken")
    ap.add_argument("--show-limit", type=int, default=20)
    ap.add_argument("--dump", metavar="ID", help="print the built document of one page id and exit")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    from normalizer import clean

    score_mod = load_score_module(args.devset)
    records = [r for r in score_mod.load_devset(str(args.devset)) if r.get("page_type") == "article"]
    if args.limit:
        records = records[:args.limit]
    print(f"normalizer {code_version()}  seed {args.seed}")
    rows: list[dict[str, Any]] = []
    skipped = 0
    for record in records:
        built = build(record, args.seed)
        if built is None:
            skipped += 1
            continue
        if args.dump:
            if built.id == args.dump:
                print(built.text)
                print(json.dumps(built.expected.__dict__, ensure_ascii=False, indent=1))
                return 0
            continue
        rows.append(evaluate(built, score_mod, clean))
    if not rows:
        print("no documents")
        return 1
    summary = report(rows, skipped)
    if args.show:
        _show(rows, args.show, args.show_limit)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "structure.json").write_text(json.dumps({"summary": summary, "documents": rows},
                                                        ensure_ascii=False, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
