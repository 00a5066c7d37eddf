"""Two ingests of overlapping inputs and readers in a loop on one store
(issue 9 item 3): the duplicate check and the write are one transaction, a lost
race counts as a duplicate, final counts equal a sequential run, no reader fails."""

from __future__ import annotations

import json
import subprocess
import sys

from newsbrief.store import Store

N = 400


def _record(i: int) -> str:
    # every 7th record repeats an earlier one's text under another id: a text duplicate
    body = i - 1 if i % 7 == 0 and i else i
    text = (f"Report {body}: the council of district {body} approved budget line {body * 3} "
            "after a long debate. " + "Members spoke for and against the plan. " * 6)
    return json.dumps({"id": f"c{i}", "text": text, "published": "2023-03-04",
                       "url": f"https://news.example/{i}"}) + "\n"


READER = """
import os, sys, time
from newsbrief.store import Store
db, stop = sys.argv[1], sys.argv[2]
ok = fail = 0
while not os.path.exists(stop):
    try:
        with Store(db) as s:
            s.articles(limit=20); s.count("articles"); s.runs()
        ok += 1
    except Exception as err:  # noqa: BLE001 - counted, and printed for the test
        fail += 1
        print(repr(err), file=sys.stderr)
print(ok, fail)
"""


def _ingest(db, path):
    return subprocess.Popen([sys.executable, "-m", "newsbrief.cli", "ingest", "--db", str(db),
                             "--no-analysis", str(path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_overlapping_ingests_and_readers(tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text("".join(_record(i) for i in range(0, 3 * N // 4)))
    b.write_text("".join(_record(i) for i in range(N // 4, N)))
    db = tmp_path / "both.db"
    Store(db).close()  # schema in place, so readers start at once
    stop = tmp_path / "stop"
    readers = [subprocess.Popen([sys.executable, "-c", READER, str(db), str(stop)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for _ in range(2)]
    for _round in range(2):  # two rounds: the race window is small
        first, second = _ingest(db, a), _ingest(db, b)
        outs = [p.communicate(timeout=120) for p in (first, second)]
        assert first.returncode == 0 and second.returncode == 0, outs
        assert "Traceback" not in outs[0][1] + outs[1][1]
    stop.touch()
    results = []
    for r in readers:
        out, err = r.communicate(timeout=120)
        results.append((out, err))
    seq = tmp_path / "seq.db"
    for path in (a, b):
        done = subprocess.run([sys.executable, "-m", "newsbrief.cli", "ingest", "--db", str(seq),
                               "--no-analysis", str(path)], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
    with Store(db) as both, Store(seq) as alone:
        assert both.count("articles") == alone.count("articles")
        assert (sorted(r[0] for r in both.conn.execute("SELECT text_hash FROM articles"))
                == sorted(r[0] for r in alone.conn.execute("SELECT text_hash FROM articles")))
        assert both.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        runs = both.runs()
        # every article read was stored once or counted as a duplicate
        assert sum(r["stored"] for r in runs) == both.count("articles")
        assert all(r["read"] == r["stored"] + r["duplicates"] + r["failed"] for r in runs)
    for out, err in results:
        ok, fail = map(int, out.split())
        assert fail == 0 and ok > 0, err


def test_a_lost_race_counts_as_a_duplicate(tmp_path):
    """Another process stores the same article between our check and our write:
    the write is a duplicate, not a crash (UNIQUE constraint failed)."""
    from newsbrief.records import AnalysedArticle, Article

    db = tmp_path / "race.db"
    art = Article(id="r1", origin="x", text="Same text in both runs. " * 5,
                  url="https://news.example/r1")
    other = Article(id="r1-copy", origin="y", text=art.text, url="https://news.example/r1b")
    with Store(db) as first, Store(db) as second:
        assert first.write(AnalysedArticle(article=art, pipeline_version="0")) == "stored"
        second.find_duplicate = lambda article: None  # its check ran before the commit
        assert second.write(AnalysedArticle(article=other, pipeline_version="0")) == "duplicate"
        assert second.count("articles") == 1
