"""A killed ingest leaves every stored article whole; rerunning finishes the job.

The ingest reads a named pipe that the test feeds, so the kill lands mid-run on
any machine, however fast: the process is stopped while more input is due.
"""

import json
import os
import signal
import subprocess
import sys
import threading
import time

from newsbrief.store import Store

N = 600
FIRST = 200  # lines sent before the kill: more than the 64 KiB the reader sniffs


def _lines():
    for i in range(N):
        text = (f"Report number {i}: the council of district {i} met on Tuesday and "
                f"approved budget line {i * 7} after a debate lasting {i % 9 + 1} hours. "
                + "Members spoke for and against the plan. " * 15)
        yield json.dumps({"id": f"r{i}", "text": text, "published": "2022-01-04"}) + "\n"


def test_kill_mid_ingest_then_rerun(tmp_path):
    lines = list(_lines())
    full = tmp_path / "all.jsonl"
    full.write_text("".join(lines))
    fifo = tmp_path / "feed.jsonl"
    os.mkfifo(fifo)
    db = tmp_path / "crash.db"
    cmd = [sys.executable, "-m", "newsbrief.cli", "ingest", "--db", str(db), "--no-analysis"]
    proc = subprocess.Popen(cmd + [str(fifo)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    release = threading.Event()

    def feed():
        try:
            with open(fifo, "w") as pipe:
                pipe.writelines(lines[:FIRST])
                pipe.flush()
                release.wait(60)
                pipe.writelines(lines[FIRST:])
        except BrokenPipeError:  # the reader was killed: expected
            pass

    writer = threading.Thread(target=feed)
    writer.start()
    stored = 0
    deadline = time.time() + 60
    while time.time() < deadline and stored < FIRST // 2:
        time.sleep(0.05)
        try:
            with Store(db) as store:
                stored = store.count("articles")
        except Exception:  # the schema may not be there yet
            stored = 0
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    release.set()
    writer.join()

    with Store(db) as store:
        partial = store.count("articles")
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert store.conn.execute("SELECT COUNT(*) FROM articles WHERE text = '' OR "
                                  "text_hash = ''").fetchone()[0] == 0
    assert 0 < partial <= FIRST
    rerun = subprocess.run(cmd + [str(full)], capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    with Store(db) as store:
        assert store.count("articles") == N
    assert f"stored {N - partial}, duplicates {partial}" in rerun.stderr


def test_many_processes_opening_a_new_database_migrate_it_once(tmp_path):
    # Each process counts the migration statements it ran itself: together they ran each
    # once. The lock wait is raised to minutes in the children: the race under test is
    # who migrates, not how fast a loaded machine gets there (six lanes' runs once made a
    # child outwait the 30-second default).
    db = tmp_path / "race.db"
    code = ("import sys; from newsbrief.store import sqlite as q; ran = []; "
            "split = q._statements; q._statements = lambda s: (ran.append(1) or split(s)); "
            "q.Store.BUSY_TIMEOUT = 300; s = q.Store(sys.argv[1]); "
            "print(s.schema_version, len(ran)); s.close()")
    procs = [subprocess.Popen([sys.executable, "-c", code, str(db)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(6)]
    outs = [p.communicate(timeout=600) for p in procs]
    assert all(p.returncode == 0 for p in procs), [err for _, err in outs]
    from newsbrief.store.migrations import MIGRATIONS

    versions, migrations_run = zip(*(map(int, out.split()) for out, _ in outs))
    assert set(versions) == {len(MIGRATIONS)}
    assert sum(migrations_run) == len(MIGRATIONS)
