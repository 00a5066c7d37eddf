"""Measure actor resolution on the corpus (issue 10; figures in EVALUATION.md).

    python scripts/eval_actors.py extract -n 300 --seed 20261201 --out /tmp/after.jsonl
        # the pipeline on a seeded random sample of ../shared/data/corpus/news.jsonl,
        # one AnalysedArticle JSON a line (run it with PYTHONPATH on an older tree
        # for a "before" figure)
    python scripts/eval_actors.py stats /tmp/after.jsonl
        # share of event records with an actor country; share of person mentions
        # linked to the knowledge base; Wilson 95% intervals
    python scripts/eval_actors.py stats STORE.db
        # the same from a store (e.g. a whole-corpus store): every stored event
        # record (event mention) and its actor references
    python scripts/eval_actors.py sample /tmp/after.jsonl --what countries -n 150 --seed S
        # resolved actor countries drawn at random for judging by hand: article id,
        # offsets, actor text, country, sentence (printed, never committed)
    python scripts/eval_actors.py sample /tmp/after.jsonl --what countries -n 150 --seed S \
        --new-since /tmp/before.jsonl --blind --tsv SHEET.tsv
        # only the actor countries a change added (resolved now, not before)
    python scripts/eval_actors.py sample /tmp/after.jsonl --what people -n 50 --seed S
        # linked people with their kb_id and role at the article's date
    python scripts/eval_actors.py sample STORE.db --what countries -n 150 --seed S --blind \
        --tsv SHEET.tsv
        # the same from a store (e.g. the whole-corpus store): every actor reference
        # with a country of every stored event record, the actor marked [[ ]] in its
        # sentence; `--what people` draws (article, linked person) pairs from a store
    python scripts/eval_actors.py score JUDGEMENTS.tsv
        # precision of a judged sample (label column: 1 right, 0 wrong)
    python scripts/eval_actors.py store /tmp/after.jsonl STORE.db   # those records in a store
    python scripts/eval_actors.py identity STORE.db
        # distinct entities stored for Trump, Obama, Putin, Kim Jong Un, Merkel
    python scripts/eval_actors.py top STORE.db
        # the 30 most frequent people of a store, and for each person of
        # tests/test_actors_top_people.py the dated articles giving them the right
        # country and role at the article's date
    python scripts/eval_actors.py extract -n 120 --seed S --containing "Trump,Obama,Putin,Merkel,Kim Jong" \
        --undated --out /tmp/names.jsonl
        # the hard cases of identity (undated articles naming them) for a quick store
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
import math
import os
import random
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("NEWSBRIEF_SHARED", ROOT.parent / "shared")) / "data/corpus/news.jsonl"


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return 0.0, 0.0
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return max(0.0, c - h), min(1.0, c + h)


def sample_lines(n: int, seed: int, containing: str | None = None,
                 undated: bool = False) -> list[dict]:
    lines = CORPUS.read_text("utf-8").splitlines()
    if containing or undated:
        words = [w for w in (containing or "").split(",") if w]
        rows = [json.loads(line) for line in lines]
        lines = [line for line, r in zip(lines, rows)
                 if (not words or any(w in r["text"] for w in words))
                 and not (undated and r.get("published"))]
    rng = random.Random(seed)
    return [json.loads(lines[i]) for i in sorted(rng.sample(range(len(lines)), min(n, len(lines))))]


def cmd_extract(args) -> int:
    from newsbrief.pipeline import Pipeline
    from newsbrief.records import Article
    from newsbrief.settings import load_settings

    pipe = Pipeline(load_settings())
    rows = sample_lines(args.n, args.seed, args.containing, args.undated)
    articles = [Article(id=r["id"], origin=str(CORPUS), text=r["text"], title=r.get("title"),
                        url=r.get("url"), source=r.get("source"), published=r.get("published"))
                for r in rows]
    with open(args.out, "w", encoding="utf-8") as out:
        docs = pipe.nlp.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=8)
        for k, (doc, article) in enumerate(docs, 1):
            out.write(json.dumps(pipe.analyse_doc(doc, article).to_dict(), ensure_ascii=False) + "\n")
            if k % 50 == 0:
                print(f"{k} articles", file=sys.stderr)
    return 0


def _read(path: str):
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


def _is_store(path: str) -> bool:
    with open(path, "rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"


def _store_stats(path: str) -> None:
    """The same figures from a store (every stored event record, i.e. event mention)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    events, with_country = con.execute(
        "SELECT COUNT(*), COALESCE(SUM(EXISTS(SELECT 1 FROM event_actors a WHERE a.mention_id = m.id"
        " AND a.role = 'actor' AND a.country IS NOT NULL AND a.country <> '')), 0)"
        " FROM event_mentions m").fetchone()
    with_actor = con.execute(
        "SELECT COUNT(DISTINCT mention_id) FROM event_actors WHERE role = 'actor'").fetchone()[0]
    kb = "e.kb_id IS NOT NULL" if "kb_id" in {r[1] for r in con.execute(
        "PRAGMA table_info(entities)")} else "0"
    person_mentions, linked_mentions = con.execute(
        f"SELECT COUNT(*), COALESCE(SUM({kb}), 0) FROM mentions m JOIN entities e"
        " ON e.id = m.entity_id WHERE e.kind = 'person'").fetchone()
    articles = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    for label, k, n in (("event records with an actor country", with_country, events),
                        ("event records with an actor", with_actor, events),
                        ("person mentions linked to the KB", linked_mentions, person_mentions)):
        lo, hi = wilson(k, n)
        print(f"{label}: {k}/{n} = {k / max(n, 1):.3f} (95% CI {lo:.3f}-{hi:.3f})")
    print(f"articles: {articles}")


def cmd_stats(args) -> int:
    if _is_store(args.file):
        _store_stats(args.file)
        return 0
    events = with_country = with_actor = 0
    person_mentions = linked_mentions = people = linked_people = 0
    articles = 0
    for rec in _read(args.file):
        articles += 1
        for ev in rec["events"]:
            events += 1
            with_actor += bool(ev["actor"])
            if any(a.get("country") for a in ev["actor"]):
                with_country += 1
        for e in rec["entities"]:
            if e["kind"] != "person":
                continue
            people += 1
            person_mentions += len(e["mentions"])
            if e.get("kb_id"):
                linked_people += 1
                linked_mentions += len(e["mentions"])
    for label, k, n in (("event records with an actor country", with_country, events),
                        ("event records with an actor", with_actor, events),
                        ("person mentions linked to the KB", linked_mentions, person_mentions),
                        ("person entities linked to the KB", linked_people, people)):
        lo, hi = wilson(k, n)
        print(f"{label}: {k}/{n} = {k / max(n, 1):.3f} (95% CI {lo:.3f}-{hi:.3f})")
    print(f"articles: {articles}")
    return 0


def _resolved_keys(path: str) -> set[tuple]:
    """(article, evidence start, actor text, country) of every resolved actor country."""
    return {(rec["article"]["id"], ev["evidence"]["start"], a["text"], a["country"])
            for rec in _read(path) for ev in rec["events"] for a in ev["actor"] if a.get("country")}


def _store_items(path: str, what: str) -> list[tuple]:
    """Sample candidates from a store, in a fixed order (so a seed draws the same
    sample from the same store): countries = every actor reference of a stored event
    record (event mention) with a country; people = every (article, linked person)
    at its first mention, with the role at the article's date."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    items = []
    if what == "countries":
        rows = con.execute(
            "SELECT m.article_id, m.start, m.\"end\", m.text, m.record, a.text FROM event_mentions m"
            " JOIN articles a ON a.id = m.article_id"
            " WHERE EXISTS (SELECT 1 FROM event_actors x WHERE x.mention_id = m.id"
            " AND x.role = 'actor' AND x.country IS NOT NULL AND x.country <> '')"
            " ORDER BY m.article_id, m.start, m.id")
        kinds = dict(con.execute("SELECT id, kind FROM entities"))
        for art, start, end, sentence, record, text in rows:
            for a in json.loads(record)["actor"]:
                if a.get("country"):
                    s0 = max(0, start - 250)
                    items.append((art, start, end, a["text"], a["country"],
                                  kinds.get(a.get("entity"), "-"),
                                  "... " + text[s0:start] + " >>> " + _mark(sentence, a["text"])))
    else:
        rows = con.execute(
            "SELECT m.article_id, MIN(m.start), m.\"end\", e.id, e.name, e.kb_id, a.published, a.text,"
            " (SELECT m2.role FROM mentions m2 WHERE m2.article_id = m.article_id"
            "  AND m2.entity_id = e.id AND m2.role IS NOT NULL LIMIT 1)"
            " FROM mentions m JOIN entities e ON e.id = m.entity_id"
            " JOIN articles a ON a.id = m.article_id"
            " WHERE e.kind = 'person' AND e.kb_id IS NOT NULL"
            " GROUP BY m.article_id, e.id ORDER BY m.article_id, MIN(m.start), e.id")
        for art, start, end, _eid, name, kb_id, published, text, role in rows:
            # (SQLite takes the bare column m.end from the row of MIN(m.start))
            s = max(0, start - 200)
            items.append((art, start, end, name,
                          f"{kb_id} | {role} | {published}", None, text[s:start + 300]))
    return items


def _mark(sentence: str, actor: str) -> str:
    """The evidence sentence with the actor's words in [[ ]] (first occurrence)."""
    k = sentence.find(actor)
    return sentence if k < 0 else sentence[:k] + "[[" + actor + "]]" + sentence[k + len(actor):]


def cmd_sample(args) -> int:
    if _is_store(args.file):
        if args.new_since:
            print("sample: --new-since reads two extract files, not a store", file=sys.stderr)
            return 2
        return _draw(args, _store_items(args.file, args.what))
    items = []
    old = _resolved_keys(args.new_since) if args.new_since else None
    for rec in _read(args.file):
        art = rec["article"]
        text = art["text"]
        if args.what == "countries":
            for ev in rec["events"]:
                for a in ev["actor"]:
                    if a.get("country"):
                        if old is not None and (art["id"], ev["evidence"]["start"], a["text"],
                                                a["country"]) in old:
                            continue  # only what changed since the other run
                        ent = next((e for e in rec["entities"] if e["id"] == a.get("entity")), None)
                        s0 = max(0, ev["evidence"]["start"] - 250)
                        items.append((art["id"], ev["evidence"]["start"], ev["evidence"]["end"],
                                      a["text"], a["country"], ent["kind"] if ent else "-",
                                      "... " + text[s0:ev["evidence"]["start"]] + " >>> "
                                      + text[ev["evidence"]["start"]:ev["evidence"]["end"]]))
        else:
            for e in rec["entities"]:
                if e["kind"] == "person" and e.get("kb_id"):
                    m = e["mentions"][0]
                    s = max(0, m["start"] - 200)
                    items.append((art["id"], m["start"], m["end"], e["name"],
                                  f"{e['kb_id']} | {e.get('role')} | {art.get('published')}",
                                  e.get("kb_confidence"), text[s:m["end"] + 200]))
    return _draw(args, items)


def _draw(args, items: list[tuple]) -> int:
    """Draw args.n items with args.seed, print them (text, for judging; never
    committed) and write the judgement sheet (ids, offsets, answers; no text)."""
    rng = random.Random(args.seed)
    chosen = rng.sample(items, min(args.n, len(items)))
    if args.tsv:
        # the sample as a judgement sheet: ids, offsets and the system's answer (no text)
        with open(args.tsv, "w", encoding="utf-8") as out:
            out.write(f"# seed {args.seed}; {len(items)} candidates; columns: article_id, start, "
                      "end, system answer, label (1 right, 0 wrong)\n")
            for it in chosen:
                out.write(f"{it[0]}\t{it[1]}\t{it[2]}\t{it[4]}\t\n")
    print(f"# {len(items)} candidates, {len(chosen)} drawn with seed {args.seed}")
    for k, it in enumerate(chosen, 1):
        shown = "?" if args.blind else it[4]
        print(f"\n[{k}] {it[0]} {it[1]}-{it[2]} {it[3]!r} -> {shown}")
        print("    " + " ".join(it[6].split()))
    return 0


def cmd_score(args) -> int:
    k = n = 0
    for line in Path(args.file).read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label = line.split("\t")[-1].strip()
        if label not in ("0", "1"):
            continue
        n += 1
        k += label == "1"
    lo, hi = wilson(k, n)
    print(f"precision {k}/{n} = {k / max(n, 1):.3f} (95% CI {lo:.3f}-{hi:.3f})")
    return 0


PEOPLE = {"Donald Trump": ("trump",), "Barack Obama": ("obama",), "Vladimir Putin": ("putin",),
          "Kim Jong Un": ("kim jong un", "kim jong-un", "kim jung un"), "Angela Merkel": ("merkel",)}


def cmd_identity(args) -> int:
    con = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    cols = {r[1] for r in con.execute("PRAGMA table_info(entities)")}
    for person, keys in PEOPLE.items():
        rows = set()
        for key in keys:
            rows |= set(con.execute(
                "SELECT n.id, n.name, n.kind, " + ("n.kb_id" if "kb_id" in cols else "NULL") +
                " FROM entities n WHERE n.kind IN ('person', 'organization') AND lower(n.name) LIKE ?"
                " AND EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = n.id)",
                (f"%{key}%",)))
        # only the person themself: names that are the person's name or surname alone
        own = [r for r in rows if r[1].lower().replace("-", " ") in
               {person.lower(), person.lower().split()[-1], *(k.replace("-", " ") for k in keys)}
               or r[1].lower() in {"donald j. trump", "barack h. obama", "mr. trump", "president trump"}]
        ids = {r[0] for r in own}
        kb = {r[3] for r in own if r[3]}
        print(f"{person}: {len(ids)} distinct entities ({len(kb)} kb ids): "
              + "; ".join(sorted(f"{r[1]} [{r[2]}]" for r in own))[:300])
    return 0


def cmd_top(args) -> int:
    """The most frequent people of a store (person entities by mentions), and for
    each one in tests/test_actors_top_people.py (expected country and role by date,
    written from public knowledge) the articles where the store gives them the
    right country and role at the article's date."""
    import re

    sys.path.insert(0, str(ROOT / "tests"))
    from test_actors_top_people import PEOPLE, _expected

    from newsbrief.actors.gazetteer import fold
    from newsbrief.actors.kb import Context, knowledge_base

    con = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    top = con.execute(
        "SELECT e.name, e.kb_id, e.country, COUNT(*) n, COUNT(DISTINCT m.article_id)"
        " FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE e.kind = 'person'"
        " GROUP BY e.id ORDER BY n DESC LIMIT ?", (args.n,)).fetchall()
    print(f"# the {args.n} person entities with most mentions: name, kb id, country, "
          "mentions, articles")
    for row in top:
        print("\t".join(str(x) for x in row))
    kb = knowledge_base()
    print("\n# people of tests/test_actors_top_people.py, per dated article: right country "
          "and role / wrong; undated articles (no role) apart")
    ok_all = n_all = 0
    for name, country, windows in PEOPLE:
        link = kb.link_person(name, "2018-01-01", Context())
        rows = con.execute(
            "SELECT a.id, a.published, e.country, (SELECT m2.role FROM mentions m2"
            " WHERE m2.article_id = a.id AND m2.entity_id = e.id AND m2.role IS NOT NULL LIMIT 1)"
            " FROM entities e JOIN mentions m ON m.entity_id = e.id JOIN articles a"
            " ON a.id = m.article_id WHERE e.kind = 'person' AND (e.kb_id = ? OR lower(e.name) = ?)"
            " GROUP BY a.id, e.id", (link.entry.id if link else "", fold(name))).fetchall()
        ok = bad = undated = 0
        wrong = Counter()
        for _art, date, c, role in rows:
            if not date:
                undated += 1
                continue
            pattern = _expected(windows, date)
            if pattern is None:
                continue
            if c == country and re.search(pattern, role or ""):
                ok += 1
            else:
                bad += 1
                wrong[f"{c} / {role}"] += 1
        ok_all, n_all = ok_all + ok, n_all + ok + bad
        print(f"{name}: {ok}/{ok + bad} right; {undated} undated"
              + (f"; wrong: {dict(wrong.most_common(3))}" if wrong else ""))
    lo, hi = wilson(ok_all, n_all)
    print(f"all: {ok_all}/{n_all} = {ok_all / max(n_all, 1):.3f} (95% CI {lo:.3f}-{hi:.3f})")
    return 0


def cmd_store(args) -> int:
    """Write the analysed records of an `extract` file into a new store."""
    from newsbrief.records import AnalysedArticle
    from newsbrief.store.sqlite import Store

    store = Store(args.db)
    n = 0
    for rec in _read(args.file):
        store.write(AnalysedArticle.from_dict(rec))
        n += 1
    print(f"{args.db}: {n} articles written")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("extract")
    p.add_argument("-n", type=int, default=300)
    p.add_argument("--seed", type=int, default=20261201)
    p.add_argument("--out", required=True)
    p.add_argument("--containing", metavar="WORD,...",
                   help="only articles whose text holds one of these words (e.g. the identity "
                        "check's names: Trump,Obama,Putin,Merkel,Kim Jong)")
    p.add_argument("--undated", action="store_true", help="only articles with no publication date")
    p = sub.add_parser("stats")
    p.add_argument("file")
    p = sub.add_parser("sample")
    p.add_argument("file")
    p.add_argument("--what", choices=("countries", "people"), default="countries")
    p.add_argument("-n", type=int, default=150)
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--blind", action="store_true", help="hide the system's answer")
    p.add_argument("--tsv", help="also write the judgement sheet (ids, offsets, answers)")
    p.add_argument("--new-since", metavar="BEFORE.jsonl",
                   help="countries: only actor countries resolved now and not in that run "
                        "(the precision of a change)")
    p = sub.add_parser("score")
    p.add_argument("file")
    p = sub.add_parser("identity")
    p.add_argument("db")
    p = sub.add_parser("top")
    p.add_argument("db")
    p.add_argument("-n", type=int, default=30)
    p = sub.add_parser("store")
    p.add_argument("file")
    p.add_argument("db")
    args = ap.parse_args(argv)
    return {"extract": cmd_extract, "stats": cmd_stats, "sample": cmd_sample,
            "score": cmd_score, "identity": cmd_identity, "store": cmd_store,
            "top": cmd_top}[args.cmd](args)


if __name__ == "__main__":
    raise SystemExit(main())
