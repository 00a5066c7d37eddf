"""Measure HTML extraction on the shared page set (../shared/data/html).

    python scripts/eval_html.py                 # newsbrief's extraction
    python scripts/eval_html.py --baseline      # trafilatura alone, default options
    python scripts/eval_html.py --json out.json # figures as JSON too

Measures, per set (see EVALUATION.md, "HTML extraction"):
- zyte, newspaper4k: token F1 of the extracted body against the expected text.
  Tokens are lowercased word tokens (regex \\w+ on NFKC text); F1 is the
  bag-of-words overlap: overlap = sum over words of min(count in extracted,
  count in expected); P = overlap / extracted tokens, R = overlap / expected.
  The figure is the mean of per-page F1 (a failed page scores 0).
- trafilatura: title equal to the expected one after folding case and
  punctuation; date equal; share of `with` snippets found in the text and of
  `without` snippets absent (after whitespace folding), as trafilatura's own
  evaluation does.
Each page is given with the URL the set lists for it, as when fetched.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSBRIEF_SHARED", ROOT.parent / "shared"))
HTML_DIR = SHARED / "data" / "html"
_WORD = re.compile(r"\w+")


def tokens(text: str) -> Counter:
    return Counter(_WORD.findall(unicodedata.normalize("NFKC", text).lower()))


def token_prf(got: str, want: str) -> tuple[float, float, float]:
    g, w = tokens(got), tokens(want)
    overlap = sum((g & w).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    p, r = overlap / sum(g.values()), overlap / sum(w.values())
    return p, r, 2 * p * r / (p + r)


def fold(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return re.sub(r"[^\w]+", " ", text).strip()


def squash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def load_index() -> list[dict]:
    with open(HTML_DIR / "index.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def make_extractor(baseline: bool):
    """Return page(html, url) -> (text, title, date) for newsbrief or trafilatura."""
    if baseline:
        import trafilatura

        def run(html: str, url: str | None):
            doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
            if doc is None:
                return "", None, None
            return doc.text or "", doc.title, doc.date
        return run

    from newsbrief.acquire import extract_page
    from newsbrief.errors import InputError

    def run(html: str, url: str | None):
        try:
            page = extract_page(html, url, url or "page")
        except InputError:
            return "", None, None
        return page.text, page.title, page.published
    return run


def evaluate(baseline: bool = False, use_url: bool = True, show: bool = False) -> dict:
    run = make_extractor(baseline)
    sets: dict[str, dict] = {}
    start = time.perf_counter()
    pages = 0
    for row in load_index():
        html = (HTML_DIR / row["file"]).read_text("utf-8")
        text, title, date = run(html, row["url"] if use_url else None)
        pages += 1
        s = sets.setdefault(row["set"], {"pages": 0, "p": [], "r": [], "f1": [], "title": [],
                                         "date": [], "with": [], "without": [], "misses": []})
        s["pages"] += 1
        if row["expected_text"]:
            want = (HTML_DIR / row["expected_text"]).read_text("utf-8")
            p, r, f1 = token_prf(text, want)
            s["p"].append(p); s["r"].append(r); s["f1"].append(f1)
            if show and f1 < 0.8:
                s["misses"].append(f"F1 {f1:.2f} P {p:.2f} R {r:.2f} {row['file']}")
        if row["expected_meta"]:
            meta = json.loads((HTML_DIR / row["expected_meta"]).read_text("utf-8"))
            want_title = meta.get("title")
            want_date = meta.get("date") or meta.get("publish_date")
            if want_title:
                ok = fold(title) == fold(want_title)
                s["title"].append(ok)
                if show and not ok:
                    s["misses"].append(f"title {title!r} != {want_title!r}")
            if want_date:
                ok = (date or "")[:10] == str(want_date)[:10]
                s["date"].append(ok)
                if show and not ok:
                    s["misses"].append(f"date {date!r} != {want_date!r} {row['file']}")
            body = squash(text)
            for snip in meta.get("with") or []:
                s["with"].append(squash(snip) in body)
            for snip in meta.get("without") or []:
                s["without"].append(squash(snip) not in body)
    elapsed = time.perf_counter() - start
    out: dict = {"pages": pages, "seconds": round(elapsed, 2),
                 "pages_per_second": round(pages / elapsed, 1)}
    for name, s in sets.items():
        fig: dict = {"pages": s["pages"]}
        for key in ("p", "r", "f1"):
            if s[key]:
                fig[f"text_{key}"] = round(sum(s[key]) / len(s[key]), 4)
        for key in ("title", "date", "with", "without"):
            if s[key]:
                fig[f"{key}_ok"] = f"{sum(s[key])}/{len(s[key])}"
                fig[f"{key}_rate"] = round(sum(s[key]) / len(s[key]), 4)
        if show:
            fig["misses"] = s["misses"]
        out[name] = fig
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", action="store_true", help="trafilatura alone, default options")
    ap.add_argument("--no-url", action="store_true", help="do not pass the page URL (a saved file)")
    ap.add_argument("--show", action="store_true", help="list misses")
    ap.add_argument("--option", action="append", default=[], metavar="NAME=VALUE",
                    help="override a trafilatura option of newsbrief, e.g. favor_precision=true")
    ap.add_argument("--json", help="also write the figures to this file")
    args = ap.parse_args()
    if not (HTML_DIR / "index.jsonl").exists():
        print(f"missing {HTML_DIR}/index.jsonl (set NEWSBRIEF_SHARED)", file=sys.stderr)
        return 1
    if args.option:
        from newsbrief.acquire import html as acquire_html

        for item in args.option:
            name, _, value = item.partition("=")
            acquire_html.EXTRACT_OPTIONS[name] = json.loads(value.lower())
    result = evaluate(baseline=args.baseline, use_url=not args.no_url, show=args.show)
    print(json.dumps(result, indent=1, ensure_ascii=False))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1, ensure_ascii=False), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
