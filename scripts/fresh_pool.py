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

A second held-out source came in with source15:

- wkn-: English Wikinews articles of 2019 and 2020 (world news written by Wikinews
  contributors from many outlets' reports), as scraped by Wouter van Atteveldt into
  github.com/vanatteveldt/wikinews (data/wikinews_2019.csv and data/wikinews_2020.csv
  at WIKINEWS_COMMIT; licence CC BY 2.5, the articles' own licence). Read from a
  `fetch`ed mirror (WIKINEWS, or $NEWSBRIEF_WIKINEWS: the mirror's git directory, a
  folder holding the two CSVs, or one CSV), never from ../shared. Dated by the file's
  date column (the page's "published" day). Interview transcripts (paragraphs opened by
  a "((Speaker))" tag) and stubs under 50 words are left out, as are exact duplicate
  texts and stories also in the corpus or among the rtr- stories.

A third held-out source came in with source18:

- abw-: the world-news and foreign-affairs articles of the AllSides crawl that the corpus
  was sampled from (Baly, Da San Martino, Glass and Nakov, EMNLP 2020;
  github.com/ramybaly/Article-Bias-Prediction at ALLSIDES_COMMIT, the commit the corpus
  names; repository licence Apache 2.0, the texts are the outlets' own) and that the
  corpus did not take: about a hundred outlets (CNN, Fox, USA Today, NPR, the Christian
  Science Monitor, Reuters, ...) of 2012-2020. Read from a `fetch`ed mirror (ALLSIDES,
  or $NEWSBRIEF_ALLSIDES: the mirror's git directory, or a folder of the dataset's
  JSON files), never from ../shared. Only articles of the corpus's world topics
  (src/newsbrief/data/allsides_world_topics.txt), dated by the dataset's day, of 150 to
  1,200 words (the length a judge reads whole; the key-events draw's window) are kept;
  the corpus's own articles, exact duplicate texts and stories also in the corpus or
  among the rtr- and wkn- stories are left out. Same crawl, outlets and years as the
  corpus: held out from every rule, but not a new kind of news.

A fourth came in with stop 38, when the abw- and rtr- pools were used up:

- abo-: the other half of the same crawl: the articles of the topics that are not world
  news (elections, politics, white_house, immigration, healthcare, ... : every topic the
  corpus drew its other 2,500 articles from), with the same rules as abw- (dated, 150 to
  1,200 words, not the corpus's own, no exact repeat, no story also in the corpus or
  among the rtr-, wkn- and abw- stories). About 30,000 articles, held out from every rule
  and model: the corpus's own mix of ordinary political news, as the issue measures it.

`rows()` gives them in the corpus row format ({"id", "text", "title", "url",
"published", "origin"}), ids prefixed te3-, conll-, zyte-, rtr-, html-, wkn-, abw-, abo-.
The texts are read by path and never copied.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import re
import subprocess
import sys
import tarfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSBRIEF_SHARED", ROOT.parent / "shared")) / "data"
PREFIXES = ("te3-", "conll-", "zyte-", "rtr-", "html-", "wkn-", "abw-", "abo-")

# The held-out Reuters stories: a bare git mirror brought by the session's `fetch` tool.
HELDOUT_REPO = "ABHISHEKKHOPADE/fake-news-detector"
HELDOUT_COMMIT = "8fc4f7d61caa64d47dde94502e124866a3eb944e"
HELDOUT_FILE = "data/True.csv"
HELDOUT = Path(os.environ.get("NEWSBRIEF_HELDOUT",
                              "/work/.mirror/ABHISHEKKHOPADE+fake-news-detector/repo"))


# The held-out Wikinews articles (source15): another mirror brought by `fetch`.
WIKINEWS_REPO = "vanatteveldt/wikinews"
WIKINEWS_COMMIT = "347254178bf343f3801aac1d03c41cc09c35decb"
WIKINEWS_FILES = ("data/wikinews_2019.csv", "data/wikinews_2020.csv")
WIKINEWS = Path(os.environ.get("NEWSBRIEF_WIKINEWS", "/work/.mirror/vanatteveldt+wikinews/repo"))
# A Wikinews interview prints each turn after its speaker's tag, "((Wikinews)) ...".
_SPEAKER_TAG = re.compile(r"^\(\([^()\n]{1,40}\)\)", re.M)
_WIKINEWS_MIN_WORDS = 50


# The rest of the corpus's crawl (source18): a third mirror brought by `fetch`.
ALLSIDES_REPO = "ramybaly/Article-Bias-Prediction"
ALLSIDES_COMMIT = "ced8111a720948e6a410e52031ace99c4e53f096"
ALLSIDES_DIR = "data/jsons"
ALLSIDES = Path(os.environ.get("NEWSBRIEF_ALLSIDES",
                               "/work/.mirror/ramybaly+Article-Bias-Prediction/repo"))
WORLD_TOPICS_FILE = ROOT / "src/newsbrief/data/allsides_world_topics.txt"
ALLSIDES_WORDS = (150, 1200)


class HeldoutMissing(RuntimeError):
    """The held-out mirror is not on this machine (or lacks the pinned file)."""


class WikinewsMissing(HeldoutMissing):
    """The Wikinews mirror is not on this machine (or lacks the pinned files)."""


class AllSidesMissing(HeldoutMissing):
    """The AllSides mirror is not on this machine (or lacks the pinned files), or the
    corpus that names the articles to leave out is missing."""

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

    # Appended, not put first: a run with PYTHONPATH set to another tree's src (a
    # lane measuring its branch with main's scripts) must read that tree's newsbrief,
    # not this checkout's; the checkout's src only serves when none is importable.
    if str(ROOT / "src") not in sys.path:
        sys.path.append(str(ROOT / "src"))
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
    return _git_show(source, HELDOUT_COMMIT, HELDOUT_FILE, HeldoutMissing, how)


def _git_show(source: Path, commit: str, name: str, missing: type, how: str) -> tuple[str, str]:
    """(text, where it came from) of file `name` at `commit` of the mirror's git
    directory `source`; `missing` (with `how` to get it) when git cannot give it."""
    done = subprocess.run(["git", "--git-dir", str(source), "show", f"{commit}:{name}"],
                          capture_output=True, text=True, encoding="utf-8")
    if done.returncode != 0:
        raise missing(f"{source} has no {name} at commit {commit[:12]} "
                      f"({done.stderr.strip() or 'git failed'}): {how}")
    return done.stdout, f"{source}@{commit[:12]}:{name}"


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
    same story in the corpus and in the held-out file gives the same key. The datelines
    dropped: a wire's "PLACE (Reuters) - " and Wikinews's day line ("Friday, May 3, 2019")."""
    text = re.sub(r"^.{0,80}?\(Reuters\) - ", "", text.strip())
    text = re.sub(r"^[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, \d{4}\s*\n", "", text)
    return " ".join(re.findall(r"\w+", text.lower()))[:200]


@functools.lru_cache(maxsize=4)
def _read_corpus(path: Path) -> tuple[frozenset[str], frozenset[str]] | None:
    """The corpus's story keys and dataset IDs (without "abp-"), in one read per process
    (None without the corpus)."""
    if not path.exists():
        return None
    keys, ids = set(), set()
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                keys.add(_story_key(row["text"]))
                ids.add(row["id"].removeprefix("abp-"))
    return frozenset(keys), frozenset(ids)


def _corpus_keys() -> frozenset[str]:
    read = _read_corpus(SHARED / "corpus/news.jsonl")
    return read[0] if read else frozenset()


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


def _wikinews_csvs(source: Path) -> list[tuple[str, str, str]]:
    """(year, CSV text, where it came from) of each Wikinews file: `source` is one CSV,
    a folder holding them, or the git directory of the mirror (read at WIKINEWS_COMMIT)."""
    how = (f"bring it with the fetch tool (source github:{WIKINEWS_REPO}), or set "
           f"NEWSBRIEF_WIKINEWS to its git directory, to a folder holding "
           f"{' and '.join(Path(f).name for f in WIKINEWS_FILES)}, or to one of them")

    def year(name: str) -> str:
        m = re.search(r"(\d{4})", Path(name).name)
        return m.group(1) if m else "0000"

    if source.is_file():
        return [(year(source.name), source.read_text("utf-8"), str(source))]
    if not source.is_dir():
        raise WikinewsMissing(f"Wikinews mirror {source} not found: {how}")
    local = [source / Path(f).name for f in WIKINEWS_FILES]
    if all(p.is_file() for p in local):
        return [(year(p.name), p.read_text("utf-8"), str(p)) for p in local]
    return [(year(name), *_git_show(source, WIKINEWS_COMMIT, name, WikinewsMissing, how))
            for name in WIKINEWS_FILES]


def _iso_day(value: str) -> str | None:
    value = (value or "").strip()[:10]
    try:
        return datetime.strptime(value, "%Y-%m-%d").date().isoformat()
    except ValueError:
        return None


def is_interview(text: str) -> bool:
    """A Wikinews interview transcript: three or more paragraphs open on a speaker's
    "((Name))" tag. Not a news report, so not part of the pool."""
    return len(_SPEAKER_TAG.findall(text)) >= 3


def _rtr_keys() -> frozenset[str]:
    """Keys of the rtr- stories, when their mirror is here (else none: the two sources
    are years apart, so leaving this check out cannot let a shared story through unseen
    in practice; `list` says so). Read once per process and mirror."""
    return _source_keys(reuters_rows, HELDOUT)


@functools.lru_cache(maxsize=8)
def _source_keys(read, source: Path) -> frozenset[str]:
    try:
        return frozenset(_story_key(r["text"]) for r in read(source, drop=set()))
    except HeldoutMissing:
        return frozenset()


def wikinews_rows(source: Path | None = None, drop: set[str] | None = None,
                  counts: dict | None = None) -> list[dict]:
    """The held-out Wikinews articles (ids wkn-YYYY-NNN: the file's year and data row).
    Interview transcripts, stubs, exact duplicate texts and stories whose key is in
    `drop` (default: the corpus's and the rtr- stories') are left out; `counts`, when
    given, gets how many were left out for each reason."""
    files = _wikinews_csvs(source or WIKINEWS)
    csv.field_size_limit(sys.maxsize)
    drop = (_corpus_keys() | _rtr_keys()) if drop is None else drop
    counts = {} if counts is None else counts
    for reason in ("read", "interview", "stub", "duplicate", "known"):
        counts.setdefault(reason, 0)
    rows, seen = [], set()
    for year, text, where in files:
        for k, entry in enumerate(csv.DictReader(io.StringIO(text, newline="")), 1):
            counts["read"] += 1
            body = (entry.get("text") or "").strip()
            reason = ("interview" if is_interview(body) else
                      "stub" if len(body.split()) < _WIKINEWS_MIN_WORDS else
                      "duplicate" if body in seen else
                      "known" if _story_key(body) in drop else None)
            if reason:
                counts[reason] += 1
                continue
            seen.add(body)
            rows.append({"id": f"wkn-{year}-{k:03d}", "text": body,
                         "title": (entry.get("title") or "").strip() or None,
                         "url": (entry.get("url") or "").replace(".org//wiki/", ".org/wiki/")
                         or None,
                         "published": _iso_day(entry.get("date") or ""),
                         "origin": f"{where}:row{k}"})
    return rows


def world_topics(path: Path | None = None) -> frozenset[str]:
    """The AllSides topics of world news and foreign affairs (a data file)."""
    lines = (path or WORLD_TOPICS_FILE).read_text("utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _allsides_jsons(source: Path):
    """(name, parsed JSON) of each article file of the AllSides crawl: `source` is a
    folder of its JSON files (the checkout's data/jsons, or the checkout itself) or the
    git directory of the mirror (read at ALLSIDES_COMMIT)."""
    how = (f"bring it with the fetch tool (source github:{ALLSIDES_REPO}), or set "
           f"NEWSBRIEF_ALLSIDES to its git directory or to a folder of its {ALLSIDES_DIR} files")
    if not source.is_dir():
        raise AllSidesMissing(f"AllSides mirror {source} not found: {how}")
    folder = source / ALLSIDES_DIR if (source / ALLSIDES_DIR).is_dir() else source
    files = sorted(folder.glob("*.json"))
    if files:
        for path in files:
            yield str(path), json.loads(path.read_text("utf-8"))
        return
    proc = subprocess.Popen(["git", "--git-dir", str(source), "archive", ALLSIDES_COMMIT,
                             ALLSIDES_DIR], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    got = False
    try:
        with tarfile.open(fileobj=proc.stdout, mode="r|") as tar:
            for member in tar:
                if member.isfile() and member.name.endswith(".json"):
                    got = True
                    yield (f"{source}@{ALLSIDES_COMMIT[:12]}:{member.name}",
                           json.loads(tar.extractfile(member).read().decode("utf-8")))
    except tarfile.ReadError:
        pass
    err = proc.stderr.read().decode("utf-8", "replace").strip()
    if proc.wait() != 0 or not got:
        raise AllSidesMissing(f"{source} has no {ALLSIDES_DIR} at commit {ALLSIDES_COMMIT[:12]} "
                              f"({err or 'git gave no files'}): {how}")


def _corpus_ids() -> frozenset[str]:
    """The dataset IDs of the corpus's articles ("abp-" + ID); without the corpus the
    abw- articles cannot be told from it, so that is an error."""
    path = SHARED / "corpus/news.jsonl"
    read = _read_corpus(path)
    if read is None:
        raise AllSidesMissing(f"corpus {path} not found: the abw- articles leave out the "
                              f"corpus's own; set NEWSBRIEF_SHARED to the folder holding data/corpus")
    return read[1]


def allsides_rows(source: Path | None = None, drop: set[str] | None = None,
                  corpus_ids: set[str] | None = None, counts: dict | None = None,
                  world: bool = True) -> list[dict]:
    """The held-out AllSides articles (ids abw-ID, ID the dataset's), in ID order: world
    topics only, dated, of ALLSIDES_WORDS words; the corpus's own articles (`corpus_ids`,
    default the corpus's), exact duplicate texts and stories whose key is in `drop`
    (default: the corpus's, the rtr- and the wkn- stories') are left out; `counts`, when
    given, gets how many were left out for each reason. With `world` False, the articles
    of every other topic instead (ids abo-ID), by the same rules; their default `drop`
    holds the abw- stories too."""
    topics = world_topics()
    corpus_ids = _corpus_ids() if corpus_ids is None else corpus_ids
    if drop is None:
        drop = _corpus_keys() | _rtr_keys() | _wkn_keys() | (frozenset() if world else _abw_keys())
    counts = {} if counts is None else counts
    for reason in ("read", "topic", "corpus", "undated", "length", "duplicate", "known"):
        counts.setdefault(reason, 0)
    low, high = ALLSIDES_WORDS
    found = []
    for where, entry in _allsides_jsons(source or ALLSIDES):
        counts["read"] += 1
        body = (entry.get("content_original") or "").strip()
        day = _iso_day(entry.get("date") or "")
        # As the corpus: a day outside 1990-2020 is a placeholder (0001-11-30, 2050-09-30).
        day = day if day and "1990-01-01" <= day <= "2020-12-31" else None
        reason = ("topic" if (entry.get("topic") in topics) != world else
                  "corpus" if entry.get("ID") in corpus_ids else
                  "undated" if day is None else
                  "length" if not low <= len(body.split()) <= high else None)
        if reason:
            counts[reason] += 1
            continue
        found.append((entry["ID"], where, entry, body, day))
    rows, seen = [], set()
    prefix = "abw-" if world else "abo-"
    for ident, where, entry, body, day in sorted(found, key=lambda f: f[0]):
        reason = "duplicate" if body in seen else "known" if _story_key(body) in drop else None
        if reason:
            counts[reason] += 1
            continue
        seen.add(body)
        rows.append({"id": f"{prefix}{ident}", "text": body,
                     "title": (entry.get("title") or "").strip() or None,
                     "url": entry.get("url") or None, "published": day, "origin": where,
                     "source": entry.get("source"), "topic": entry.get("topic")})
    return rows


def allsides_other_rows(source: Path | None = None, drop: set[str] | None = None,
                        corpus_ids: set[str] | None = None,
                        counts: dict | None = None) -> list[dict]:
    """The abo- articles: `allsides_rows` of the topics that are not world news."""
    return allsides_rows(source, drop, corpus_ids, counts, world=False)


def _abw_keys() -> frozenset[str]:
    """Keys of the abw- articles (read with the corpus's ids left out, as the pool is)."""
    return _source_keys(allsides_rows, ALLSIDES)


def _wkn_keys() -> frozenset[str]:
    """Keys of the wkn- articles, when their mirror is here (else none, as `_rtr_keys`)."""
    return _source_keys(wikinews_rows, WIKINEWS)


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


def _or_none(read, prefix: str, strict: bool) -> list[dict]:
    """The rows `read` gives, or none (with a warning on stderr saying how to get them)
    when its mirror is missing and not `strict`."""
    try:
        return read()
    except HeldoutMissing as e:
        if strict:
            raise
        print(f"warning: the {prefix} articles are left out: {e}", file=sys.stderr)
        return []


def heldout_rows(strict: bool = False) -> list[dict]:
    """The rtr- stories, or none when the mirror is missing (see `_or_none`)."""
    return _or_none(reuters_rows, "rtr-", strict)


def wikinews_heldout_rows(strict: bool = False) -> list[dict]:
    """The wkn- articles, or none when the mirror is missing (see `_or_none`)."""
    return _or_none(wikinews_rows, "wkn-", strict)


def allsides_heldout_rows(strict: bool = False) -> list[dict]:
    """The abw- articles, or none when the mirror is missing (see `_or_none`)."""
    return _or_none(allsides_rows, "abw-", strict)


def allsides_other_heldout_rows(strict: bool = False) -> list[dict]:
    """The abo- articles, or none when the mirror is missing (see `_or_none`)."""
    return _or_none(allsides_other_rows, "abo-", strict)


def loaders(strict: bool = False) -> dict:
    """Each source's prefix and the function giving its rows, in the pool's order."""
    return {"te3-": tempeval_rows, "conll-": conll_rows, "zyte-": zyte_rows,
            "rtr-": lambda: heldout_rows(strict), "html-": html_rows,
            "wkn-": lambda: wikinews_heldout_rows(strict),
            "abw-": lambda: allsides_heldout_rows(strict),
            "abo-": lambda: allsides_other_heldout_rows(strict)}


def rows(prefixes: tuple[str, ...] = ()) -> list[dict]:
    """Every fresh article, in a fixed order (TempEval-3, CoNLL, zyte, Reuters 2017,
    newspaper4k pages, Wikinews 2019-2020, AllSides world news, AllSides other news: a
    new source comes last, so the order of the earlier ones is kept); only the sources of
    `prefixes` when any are given (the others are not read)."""
    return _rows(prefixes, loaders())


def _rows(prefixes: tuple[str, ...], read: dict) -> list[dict]:
    """The rows of the sources `read` (prefix -> loader) that `prefixes` may ask for (a
    source's prefix starts one of them or is started by one), filtered by id; all when
    none are given."""
    return [r for p, load in read.items()
            if not prefixes or any(p.startswith(w) or w.startswith(p) for w in prefixes)
            for r in load() if not prefixes or r["id"].startswith(prefixes)]


def main() -> None:
    """`python scripts/fresh_pool.py show ID...` prints articles for a judge;
    `python scripts/fresh_pool.py list` their ids, dates and word counts."""
    import sys

    if len(sys.argv) < 2 or sys.argv[1] not in ("show", "list", "jsonl"):
        sys.exit("usage: fresh_pool.py show ID... | fresh_pool.py list [PREFIX] | "
                 "fresh_pool.py jsonl PREFIX > FILE (rows to ingest into a scratch store)")
    if sys.argv[1] in ("list", "jsonl"):
        wanted = tuple(sys.argv[2:]) or PREFIXES
    else:
        wanted = tuple(p for p in PREFIXES if any(i.startswith(p) for i in sys.argv[2:]))
        if not wanted:
            sys.exit(f"Error: no fresh article id among {' '.join(sys.argv[2:]) or '(none)'}; "
                     f"ids start with one of {', '.join(PREFIXES)} (list them with "
                     f"`fresh_pool.py list`)")
    # Only the sources asked for are read: a missing mirror stops only what needs it.
    read = loaders(strict=True)
    try:
        everything = _rows(wanted, {p: read[p] for p in PREFIXES})
    except HeldoutMissing as e:
        sys.exit(f"Error: {e}")
    if sys.argv[1] in ("list", "jsonl"):
        chosen = everything
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
