"""Check the gold JSON of the hand-written benchmark pages against their HTML.

For every NN-slug.json here (beside NN-slug.html) it checks that:
- every `with` snippet occurs in `body`;
- every `without` snippet occurs in the page's visible text and not in `body`;
- every body line and the title occur in the visible text;
- the sizes follow the brief: body 350-900 words, 6-10 `with` snippets of 8-15 words (a snippet that
  is a whole short body line may be shorter), 10-25 `without` snippets.
Visible text is html_text.extract_text(html) with whitespace collapsed; for the body-line check,
footnote markers like [1] are removed from it first (the wiki gold drops them).
Needs lxml and html-text. Run: python bench/pages/check_gold.py ; exits 1 on any failure.
"""
import json, re, sys
from pathlib import Path

import html_text

HERE = Path(__file__).resolve().parent


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def check(jpath):
    gold = json.loads(jpath.read_text(encoding="utf-8"))
    visible = ws(html_text.extract_text(jpath.with_suffix(".html").read_text(encoding="utf-8")))
    unmarked = ws(re.sub(r"\[\d+\]", "", visible))
    body, lines = gold["body"], gold["body"].split("\n")
    errs = []
    errs += [f"with not in body: {s!r}" for s in gold["with"] if s not in body]
    errs += [f"without not visible: {s!r}" for s in gold["without"] if ws(s) not in visible]
    errs += [f"without in body: {s!r}" for s in gold["without"] if s in body]
    errs += [f"body line not visible: {l[:70]!r}" for l in lines if ws(l) not in unmarked]
    if ws(gold["title"]) not in visible:
        errs.append("title not visible")
    n = len(body.split())
    if not 350 <= n <= 900:
        errs.append(f"body has {n} words")
    if not 6 <= len(gold["with"]) <= 10 or not 10 <= len(gold["without"]) <= 25:
        errs.append(f"{len(gold['with'])} with / {len(gold['without'])} without")
    errs += [f"with snippet size: {s!r}" for s in gold["with"]
             if not 8 <= len(s.split()) <= 15 and s not in lines]
    return n, errs


def main():
    failed = 0
    for jpath in sorted(HERE.glob("[0-9]*-*.json"), key=lambda p: (int(p.name.split("-", 1)[0]), p.name)):
        n, errs = check(jpath)
        print(f"{'FAIL' if errs else 'ok  '} {jpath.name} ({n} words)")
        for e in errs:
            print("     ", e)
        failed += bool(errs)
    print(f"{failed} page(s) failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
