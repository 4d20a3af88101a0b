#!/usr/bin/env python3
"""Run many HTML extractors over bench/pages/*.html and write a dev-set-shaped JSONL.

The dev set has six extractors' output; held-out checks use more. This script makes the same
records for the pages in bench/pages (written for this project, with gold in NN-slug.json) from
twelve extractor calls, so `bench/quality.py --devset bench/pages/pages.jsonl` scores the
normalizer on output shapes the dev set lacks (goose3, newspaper4k, inscriptis, resiliparse,
html2text's Markdown, readabilipy).

The extractors are not dependencies of the project: install them in a separate environment
(`pip install -r bench/pages/extractors.txt`) and run this script with that interpreter. Its
output, bench/pages/pages.jsonl, is committed, so scoring needs none of them. A failing extractor
gives `null`, as in the dev set.

    /path/to/extractor-venv/bin/python bench/extract_pages.py
"""

from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path
from typing import Callable

PAGES = Path(__file__).resolve().parent / "pages"
URL = "https://www.example.org/{stem}"


def ex_trafilatura(html: str) -> str | None:
    import trafilatura

    return trafilatura.extract(html, output_format="txt")


def ex_trafilatura_recall(html: str) -> str | None:
    import trafilatura

    return trafilatura.extract(html, favor_recall=True, include_comments=True, include_tables=True)


def ex_boilerpipe(html: str) -> str:
    from boilerpy3 import extractors

    return extractors.ArticleExtractor().get_content(html)


def ex_justext(html: str) -> str:
    import justext

    return "\n".join(p.text for p in justext.justext(html, justext.get_stoplist("English"))
                     if not p.is_boilerplate)


def ex_readability(html: str) -> str:
    import html_text
    from readability import Document

    return html_text.extract_text(Document(html).summary(), guess_layout=True)


def ex_fulltext(html: str) -> str:
    import html_text

    return html_text.extract_text(html, guess_layout=True)


def ex_goose3(html: str) -> str:
    from goose3 import Goose

    with Goose() as g:
        return g.extract(raw_html=html).cleaned_text


def ex_newspaper4k(html: str) -> str:
    import newspaper

    art = newspaper.Article("https://www.example.org/article")
    art.download(input_html=html)
    art.parse()
    return art.text


def ex_inscriptis(html: str) -> str:
    import inscriptis

    return inscriptis.get_text(html)


def ex_resiliparse(html: str) -> str:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    return extract_plain_text(HTMLTree.parse(html), main_content=True)


def ex_html2text(html: str) -> str:
    import html2text

    return html2text.html2text(html)


def ex_readabilipy(html: str) -> str:
    from readabilipy import simple_json_from_html_string

    doc = simple_json_from_html_string(html, use_readability=False)
    return "\n".join(p["text"] for p in doc.get("plain_text") or [])


EXTRACTORS: tuple[tuple[str, Callable[[str], str | None]], ...] = (
    ("trafilatura", ex_trafilatura), ("trafilatura_recall", ex_trafilatura_recall),
    ("boilerpipe", ex_boilerpipe), ("justext", ex_justext), ("readability", ex_readability),
    ("fulltext", ex_fulltext), ("goose3", ex_goose3), ("newspaper4k", ex_newspaper4k),
    ("inscriptis", ex_inscriptis), ("resiliparse", ex_resiliparse), ("html2text", ex_html2text),
    ("readabilipy", ex_readabilipy),
)


def run(html: str) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for name, fn in EXTRACTORS:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                text = fn(html)
            out[name] = "" if text is None else text
        except Exception as e:  # noqa: BLE001 - an extractor failing is data, as in the dev set
            print(f"  {name}: {type(e).__name__}: {e}", file=sys.stderr)
            out[name] = None
    return out


def main() -> int:
    records = []
    for path in sorted(PAGES.glob("*.html"), key=lambda p: (int(p.name.split("-", 1)[0]), p.name)):  # (page 100 after 99)
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        print(path.name, file=sys.stderr)
        html = path.read_text(encoding="utf-8")
        records.append({
            "id": path.stem, "url": URL.format(stem=path.stem), "title": gold["title"],
            "gold": gold["body"], "with": gold["with"], "without": gold["without"],
            "page_type": "article", "lang": gold.get("lang"), "template": gold.get("template"),
            "inputs": run(html),
        })
    out = PAGES / "pages.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(records)} pages -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
