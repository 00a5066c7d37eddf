"""Whole news articles outside the corpus, for blind event judgements.

Every corpus article is now either judged (eval/judgements/) or labelled to train the
reportable-event model (eval/reportable-labels/), so a blind sample drawn from the
corpus is no longer held out. Three other folders of ../shared/data hold whole news
articles that no event rule was written from:

- tempeval3/train: 256 TimeML news documents (AP, NYT, WSJ, ABC, CNN... of 1989-1998),
  dated by their creation time (DCT). Their time expressions were tuned on (issue 3),
  their events never.
- conll2003/dev.txt: 216 Reuters stories of August 1996 (tokens, put back together
  here), dated by the day on their dateline line.
- html/zyte: 145 web pages (news sites, blogs, a few shops) of 2010-2019, as the
  benchmark's expected article body, dated by their URL where it holds a day.

`rows()` gives them in the corpus row format ({"id", "text", "title", "url",
"published", "origin"}), ids prefixed te3-, conll-, zyte-. The texts are read from
../shared by path and never copied.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSBRIEF_SHARED", ROOT.parent / "shared")) / "data"
PREFIXES = ("te3-", "conll-", "zyte-")

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "'s", "'S", "n't",
                    "'re", "'ve", "'ll", "'d", "'m", "'"}
_NO_SPACE_AFTER = {"(", "[", "{", "$"}
_DATELINE = re.compile(r"^(?:[A-Z][A-Za-z.'-]*\s?)+(?:,\s*[A-Za-z. ]+)?\s+(\d{4}-\d{2}-\d{2})$")


def _detokenize(tokens: list[str]) -> str:
    out: list[str] = []
    quote_open = False
    glue = True  # no space before the next token
    for tok in tokens:
        if tok == '"':
            if quote_open:
                out.append('"')
                glue = False
            else:
                out.append(("" if glue else " ") + '"')
                glue = True
            quote_open = not quote_open
            continue
        space = not glue and tok not in _NO_SPACE_BEFORE
        out.append((" " if space else "") + tok)
        glue = tok in _NO_SPACE_AFTER
    return "".join(out)


def conll_rows(path: Path | None = None) -> list[dict]:
    path = path or SHARED / "conll2003/dev.txt"
    docs: list[list[list[str]]] = []
    sentence: list[str] = []
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            docs.append([])
            continue
        if not line.strip():
            if sentence and docs:
                docs[-1].append(sentence)
            sentence = []
            continue
        sentence.append(line.split(" ")[0])
    if sentence and docs:
        docs[-1].append(sentence)
    rows = []
    for k, sentences in enumerate(docs, 1):
        lines = [_detokenize(s) for s in sentences]
        title, published, body = (lines[0] if lines else None), None, lines[1:]
        if body:
            m = _DATELINE.match(body[0])
            if m:
                published = m.group(1)
        # The headline and the dateline stay lines of their own, as a wire story
        # prints them; the story's sentences run on as one paragraph each.
        text = "\n".join(lines[:2]) + "\n\n" + "\n\n".join(lines[2:]) if len(lines) > 2 \
            else "\n".join(lines)
        rows.append({"id": f"conll-{k:03d}", "text": text, "title": title, "url": None,
                     "published": published, "origin": f"{path}:doc{k}"})
    return rows


def tempeval_rows(folder: Path | None = None) -> list[dict]:
    import sys

    sys.path.insert(0, str(ROOT / "src"))
    from newsbrief.timexes.timeml import read_timeml

    folder = folder or SHARED / "tempeval3/train"
    rows = []
    for path in sorted(folder.glob("*.tml")):
        doc = read_timeml(path)
        rows.append({"id": f"te3-{path.stem}", "text": doc.text.strip(), "title": None,
                     "url": None, "published": (doc.dct or "")[:10] or None,
                     "origin": str(path)})
    return rows


def zyte_rows(folder: Path | None = None) -> list[dict]:
    folder = folder or SHARED / "html"
    rows = []
    for line in (folder / "index.jsonl").read_text("utf-8").splitlines():
        entry = json.loads(line)
        if entry["set"] != "zyte" or not entry.get("expected_text"):
            continue
        path = folder / entry["expected_text"]
        rows.append({"id": f"zyte-{path.stem[:16]}", "text": path.read_text("utf-8"),
                     "title": None, "url": entry.get("url"), "published": None,
                     "origin": str(path)})
    return rows


def rows() -> list[dict]:
    """Every fresh article, in a fixed order (TempEval-3, CoNLL, zyte)."""
    return tempeval_rows() + conll_rows() + zyte_rows()


def main() -> None:
    """`python scripts/fresh_pool.py show ID...` prints articles for a judge;
    `python scripts/fresh_pool.py list` their ids, dates and word counts."""
    import sys

    if len(sys.argv) < 2 or sys.argv[1] not in ("show", "list"):
        sys.exit("usage: fresh_pool.py show ID... | fresh_pool.py list")
    everything = rows()
    if sys.argv[1] == "list":
        for r in everything:
            print(f"{r['id']}\t{r['published']}\t{len(r['text'].split())} words")
        return
    by_id = {r["id"]: r for r in everything}
    for wanted in sys.argv[2:]:
        r = by_id.get(wanted)
        if r is None:
            sys.exit(f"{wanted}: no such fresh article (ids: fresh_pool.py list)")
        print(f"=== {r['id']}  published {r['published']}  url {r['url']}  title {r['title']}")
        print(r["text"])
        print()


if __name__ == "__main__":
    main()
