"""A killed ingest leaves every stored article whole; rerunning finishes the job."""

import json
import os
import signal
import subprocess
import sys
import time

from newsbrief.store import Store


def test_kill_mid_ingest_then_rerun(tmp_path):
    src = tmp_path / "many.jsonl"
    n = 3000
    with src.open("w") as out:
        for i in range(n):
            text = (f"Report number {i}: the council of district {i} met on Tuesday and "
                    f"approved budget line {i * 7} after a debate lasting {i % 9 + 1} hours.")
            out.write(json.dumps({"id": f"r{i}", "text": text, "published": "2022-01-04"}) + "\n")
    db = tmp_path / "crash.db"
    cmd = [sys.executable, "-m", "newsbrief.cli", "ingest", str(src), "--db", str(db),
           "--no-analysis"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stored = 0
    deadline = time.time() + 60
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
        if db.exists():
            try:
                with Store(db) as store:
                    stored = store.count("articles")
            except Exception:  # the schema may not exist yet
                stored = 0
            if stored > 50:
                break
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with Store(db) as store:
        partial = store.count("articles")
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # Every stored row is a whole article.
        assert store.conn.execute("SELECT COUNT(*) FROM articles WHERE text = '' OR "
                                  "text_hash = ''").fetchone()[0] == 0
    assert 0 < partial < n, "the ingest finished before it could be killed: raise n"
    rerun = subprocess.run(cmd, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    with Store(db) as store:
        assert store.count("articles") == n
    assert f"stored {n - partial}, duplicates {partial}" in rerun.stderr
