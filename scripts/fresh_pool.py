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

Once those were used up (scripts/fresh_left.py), two more sources came in (heldout14):

- rtr-: Reuters politics stories of October to December 2017 (section politicsNews),
  the "True" half of the ISOT fake-news dataset (Ahmed, Traore and Saad, University of
  Victoria; as redistributed on Kaggle as "Fake and Real News Dataset" by Clement
  Bisaillon), in the 999-story sample of github.com/ABHISHEKKHOPADE/fake-news-detector
  (data/True.csv at HELDOUT_COMMIT; no licence file, the README says "educational and
  research" use). Read from a `fetch`ed bare mirror (HELDOUT, or $NEWSBRIEF_HELDOUT:
  the mirror's git directory, or the CSV itself), never from ../shared. Dated by the
  file's date column; the texts are as the dataset gives them (one paragraph, the
  "PLACE (Reuters) - " dateline kept). Exact duplicate texts and stories that are
  also in the corpus are left out.
- html-: the 5 newspaper4k pages of ../shared/data/html (expected text; date from
  their expected metadata), which were used only to test HTML extraction.

`rows()` gives them in the corpus row format ({"id", "text", "title", "url",
"published", "origin"}), ids prefixed te3-, conll-, zyte-, rtr-, html-. The texts are
read by path and never copied.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSBRIEF_SHARED", ROOT.parent / "shared")) / "data"
PREFIXES = ("te3-", "conll-", "zyte-", "rtr-", "html-")

# The held-out Reuters stories: a bare git mirror brought by the session's `fetch` tool.
HELDOUT_REPO = "ABHISHEKKHOPADE/fake-news-detector"
HELDOUT_COMMIT = "8fc4f7d61caa64d47dde94502e124866a3eb944e"
HELDOUT_FILE = "data/True.csv"
HELDOUT = Path(os.environ.get("NEWSBRIEF_HELDOUT",
                              "/work/.mirror/ABHISHEKKHOPADE+fake-news-detector/repo"))


class HeldoutMissing(RuntimeError):
    """The held-out mirror is not on this machine (or lacks the pinned file)."""

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


def _heldout_csv(source: Path) -> tuple[str, str]:
    """(CSV text, where it came from) of the held-out stories: `source` is the CSV file
    itself or the git directory of the mirror (read at HELDOUT_COMMIT)."""
    how = (f"bring it with the fetch tool (source github:{HELDOUT_REPO}), or set "
           f"NEWSBRIEF_HELDOUT to its git directory or to a copy of {HELDOUT_FILE}")
    if source.is_file():
        return source.read_text("utf-8"), str(source)
    if not source.is_dir():
        raise HeldoutMissing(f"held-out mirror {source} not found: {how}")
    done = subprocess.run(["git", "--git-dir", str(source), "show",
                           f"{HELDOUT_COMMIT}:{HELDOUT_FILE}"],
                          capture_output=True, text=True, encoding="utf-8")
    if done.returncode != 0:
        raise HeldoutMissing(f"{source} has no {HELDOUT_FILE} at commit {HELDOUT_COMMIT[:12]} "
                             f"({done.stderr.strip() or 'git failed'}): {how}")
    return done.stdout, f"{source}@{HELDOUT_COMMIT[:12]}:{HELDOUT_FILE}"


def _csv_day(value: str) -> str | None:
    """'31-Dec-17' or 'December 31, 2017' (the two spellings of the dataset's copies)
    as YYYY-MM-DD; None when it is neither."""
    value = (value or "").strip()
    for fmt in ("%d-%b-%y", "%B %d, %Y", "%b %d, %Y"):
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _story_key(text: str) -> str:
    """The start of a story's body, dateline dropped and words only, lower-cased: the
    same story in the corpus and in the held-out file gives the same key."""
    text = re.sub(r"^.{0,80}?\(Reuters\) - ", "", text.strip())
    return " ".join(re.findall(r"\w+", text.lower()))[:200]


def _corpus_keys() -> set[str]:
    path = SHARED / "corpus/news.jsonl"
    if not path.exists():
        return set()
    with path.open(encoding="utf-8") as f:
        return {_story_key(json.loads(line)["text"]) for line in f if line.strip()}


def reuters_rows(source: Path | None = None, drop: set[str] | None = None) -> list[dict]:
    """The held-out Reuters stories (ids rtr-NNNN, NNNN their data row in the CSV).
    Undated rows are kept with published None (counted by `list`); exact duplicate
    texts and stories whose key is in `drop` (default: the corpus's) are left out."""
    text, where = _heldout_csv(source or HELDOUT)
    csv.field_size_limit(sys.maxsize)
    drop = _corpus_keys() if drop is None else drop
    rows, seen = [], set()
    for k, entry in enumerate(csv.DictReader(io.StringIO(text, newline="")), 1):
        body = (entry.get("text") or "").strip()
        key = _story_key(body)
        if not body or body in seen or key in drop:
            continue
        seen.add(body)
        rows.append({"id": f"rtr-{k:04d}", "text": body,
                     "title": (entry.get("title") or "").strip() or None, "url": None,
                     "published": _csv_day(entry.get("date") or ""),
                     "origin": f"{where}:row{k}", "section": entry.get("subject")})
    return rows


def html_rows(folder: Path | None = None) -> list[dict]:
    """The newspaper4k pages of ../shared/data/html: expected text, URL and the day of
    their expected publish_date."""
    folder = folder or SHARED / "html"
    rows = []
    for line in (folder / "index.jsonl").read_text("utf-8").splitlines():
        entry = json.loads(line)
        if entry["set"] != "newspaper4k" or not entry.get("expected_text"):
            continue
        path = folder / entry["expected_text"]
        meta = json.loads((folder / entry["expected_meta"]).read_text("utf-8")) \
            if entry.get("expected_meta") else {}
        day = str(meta.get("publish_date") or "")[:10]
        rows.append({"id": f"html-{path.stem}", "text": path.read_text("utf-8").strip(),
                     "title": meta.get("title"), "url": entry.get("url"),
                     "published": day if re.fullmatch(r"\d{4}-\d{2}-\d{2}", day) else None,
                     "origin": str(path)})
    return rows


def heldout_rows(strict: bool = False) -> list[dict]:
    """The rtr- stories, or none (with a warning on stderr saying how to get them) when
    the mirror is missing and not `strict`."""
    try:
        return reuters_rows()
    except HeldoutMissing as e:
        if strict:
            raise
        print(f"warning: the rtr- articles are left out: {e}", file=sys.stderr)
        return []


def rows() -> list[dict]:
    """Every fresh article, in a fixed order (TempEval-3, CoNLL, zyte, Reuters 2017,
    newspaper4k pages)."""
    return tempeval_rows() + conll_rows() + zyte_rows() + heldout_rows() + html_rows()


def main() -> None:
    """`python scripts/fresh_pool.py show ID...` prints articles for a judge;
    `python scripts/fresh_pool.py list` their ids, dates and word counts."""
    import sys

    if len(sys.argv) < 2 or sys.argv[1] not in ("show", "list", "jsonl"):
        sys.exit("usage: fresh_pool.py show ID... | fresh_pool.py list [PREFIX] | "
                 "fresh_pool.py jsonl PREFIX > FILE (rows to ingest into a scratch store)")
    try:
        everything = tempeval_rows() + conll_rows() + zyte_rows() + \
            heldout_rows(strict=True) + html_rows()
    except HeldoutMissing as e:
        sys.exit(f"Error: {e}")
    if sys.argv[1] in ("list", "jsonl"):
        wanted = tuple(sys.argv[2:]) or PREFIXES
        chosen = [r for r in everything if r["id"].startswith(wanted)]
        for r in chosen:
            if sys.argv[1] == "jsonl":
                print(json.dumps({k: r[k] for k in ("id", "text", "title", "url", "published")},
                                 ensure_ascii=False))
            else:
                print(f"{r['id']}\t{r['published']}\t{len(r['text'].split())} words")
        if sys.argv[1] == "list":
            dated = sum(bool(r["published"]) for r in chosen)
            print(f"# {len(chosen)} articles, {dated} dated", file=sys.stderr)
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
