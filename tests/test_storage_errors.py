"""Storage errors are one line that says what to do, with a non-zero exit
(issue 9 item 8); queries never create a store; a foreign SQLite file is
refused untouched; `show` prefixes are literal and ambiguity is told; `runs`
tells interrupted runs and what they stored; FIFOs and symlinks out of an
ingested folder are refused."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3

import pytest
from click.testing import CliRunner

from newsbrief.cli import main
from newsbrief.records import AnalysedArticle, Article
from newsbrief.store import Store


def run(*args, **env):
    result = CliRunner().invoke(main, list(args), env=env or None)
    return result


def _one_line_error(result, *words):
    assert result.exit_code not in (0, None), result.output
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(lines) == 1, result.output
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def _jsonl(tmp_path, n=3, name="in.jsonl"):
    path = tmp_path / name
    path.write_text("".join(json.dumps({"id": f"a{i}", "text": f"Article {i} text here."}) + "\n"
                            for i in range(n)))
    return path


def _store(tmp_path, ids=("abc111", "abc222", "x%y_z1")):
    db = tmp_path / "s.db"
    with Store(db) as store:
        for i, art_id in enumerate(ids):
            store.write(AnalysedArticle(article=Article(id=art_id, origin="o", text=f"T {i}",
                                                        title=f"Title {i}"),
                                        pipeline_version="0"))
    return db


def test_query_on_a_missing_store_says_so_and_creates_nothing(tmp_path):
    for command in (["articles"], ["runs"], ["events"], ["show", "abc"], ["search", "x"]):
        db = tmp_path / "typo.db"
        result = run(*command, "--db", str(db))
        _one_line_error(result, "no database", str(db))
        assert not db.exists() and not (tmp_path / "typo.db-wal").exists()
    result = run("articles", "--db", str(tmp_path / "missing" / "dir" / "x.db"))
    _one_line_error(result, "no database")
    assert not (tmp_path / "missing").exists()


def test_foreign_sqlite_file_is_refused_untouched(tmp_path):
    db = tmp_path / "other.sqlite"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE contacts(name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Ana')")
    conn.commit()
    conn.close()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    for command in (["articles"], ["ingest", str(_jsonl(tmp_path)), "--no-analysis"]):
        result = run(*command, "--db", str(db))
        _one_line_error(result, "not a newsbrief store", "contacts")
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert not (tmp_path / "other.sqlite-wal").exists()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_locked_database_is_one_line_and_readers_still_read(tmp_path, monkeypatch):
    db = _store(tmp_path)
    monkeypatch.setattr(Store, "BUSY_TIMEOUT", 0.3)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # a writer holding the lock
    try:
        result = run("ingest", str(_jsonl(tmp_path)), "--no-analysis", "--db", str(db))
        _one_line_error(result, "locked", "wait")
        reader = run("articles", "--db", str(db), "--format", "json")
        assert reader.exit_code == 0, reader.output  # WAL: readers do not wait for writers
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@pytest.mark.parametrize("message, words", [
    ("database or disk is full", ("disk", "full", "free")),
    ("attempt to write a readonly database", ("read-only", "permissions")),
    ("disk I/O error", ("I/O",)),
])
def test_write_errors_are_one_line(tmp_path, monkeypatch, message, words):
    db = _store(tmp_path)

    def fail(self, *a, **k):
        raise sqlite3.OperationalError(message)

    monkeypatch.setattr(Store, "write", fail)
    result = run("ingest", str(_jsonl(tmp_path)), "--no-analysis", "--db", str(db))
    _one_line_error(result, *words)


def test_huge_limit_is_a_clear_error(tmp_path):
    db = _store(tmp_path)
    result = run("articles", "--db", str(db), "--limit", str(10 ** 30))
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "--limit" in result.output


def test_show_ambiguous_prefix_lists_the_matches(tmp_path):
    db = _store(tmp_path)
    result = run("show", "abc", "--db", str(db))
    line = _one_line_error(result, "abc111", "abc222")
    assert "more characters" in line
    assert "Title 0" in run("show", "abc1", "--db", str(db)).output


def test_show_prefix_wildcards_are_literal(tmp_path):
    db = _store(tmp_path)
    for pattern in ("%", "_", "abc_", "a%"):
        result = run("show", pattern, "--db", str(db))
        _one_line_error(result, "no article")
    assert "Title 2" in run("show", "x%y_", "--db", str(db)).output


def test_runs_tells_interrupted_runs_and_what_they_stored(tmp_path):
    db = _store(tmp_path, ids=())
    with Store(db) as store:
        run_id = store.start_run("ingest", ["x.jsonl"], "0")
        for i in range(3):
            store.write(AnalysedArticle(article=Article(id=f"r{i}", origin="o", text=f"R {i}"),
                                        pipeline_version="0"), run_id)
        # killed here: finish_run never ran
    result = run("runs", "--db", str(db), "--format", "json")
    assert result.exit_code == 0, result.output
    parsed = json.loads(result.output)
    [row] = parsed if isinstance(parsed, list) else [parsed]
    assert row["stored"] == 3 and row["status"] == "interrupted or running"
    table = run("runs", "--db", str(db)).output
    assert "interrupted" in table


def test_folder_refuses_fifos_and_symlinks_leading_out(tmp_path, settings):
    from newsbrief.acquire import iter_articles
    from newsbrief.errors import InputFailure

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Title\n\nA plain article that is fine to read.")
    outside = tmp_path / "secret.txt"
    outside.write_text("Secret\n\nThe password is swordfish, written outside the folder.")
    os.symlink(outside, folder / "b.txt")
    os.symlink(folder / "a.txt", folder / "c.txt")  # inside: fine
    os.mkfifo(folder / "d.txt")
    got = list(iter_articles([str(folder)], settings))
    texts = [g.text for g in got if not isinstance(g, InputFailure)]
    assert not any("swordfish" in t for t in texts)
    failures = {os.path.basename(g.where): g.what for g in got if isinstance(g, InputFailure)}
    assert "outside" in failures["b.txt"]
    assert "not a regular file" in failures["d.txt"]
    assert len(texts) == 2


def test_query_on_a_read_only_store_reads_it(tmp_path, monkeypatch):
    """A file or folder that cannot be written (simulated: the session runs as
    root, which ignores permissions) is read with mode=ro, nothing written."""
    db = _store(tmp_path)
    monkeypatch.setattr("newsbrief.store.sqlite.os.access", lambda path, mode: False)
    result = run("articles", "--db", str(db), "--format", "json")
    assert result.exit_code == 0, result.output
    assert "Title 0" in result.output
    with Store(db, create=False) as store:
        assert store.read_only
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store.start_run("x", [], "0")


# --------------------------------------------------------------------------- real faults
# The faults below come from SQLite or the kernel, not from a stand-in exception:
# the session (and CI) runs as root, which file permissions do not stop, and a
# tiny filesystem cannot be mounted there, so each is made in a way that holds
# for root too.

def _big_jsonl(tmp_path, n=6, words=6000):
    """`n` articles of about `words` words each, every one different."""
    path = tmp_path / "big.jsonl"
    with path.open("w") as f:
        for i in range(n):
            text = f"Article {i}. " + " ".join(f"word{i}x{j}" for j in range(words))
            f.write(json.dumps({"id": f"big{i}", "text": text}) + "\n")
    return path


def _stored_whole(db, source):
    """The store is sound and holds whole articles of `source` only: integrity and
    foreign keys clean, every stored text equal to its input. Returns their ids."""
    given = {json.loads(line)["id"]: json.loads(line)["text"]
             for line in source.read_text().splitlines()}
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        rows = conn.execute("SELECT id, text FROM articles").fetchall()
    finally:
        conn.close()
    for art_id, text in rows:
        assert text == given[art_id], art_id
    return {art_id for art_id, _ in rows}


def _run_says_stored(db, n):
    """`runs` tells what the failed run stored (finished, or told as interrupted)."""
    result = run("runs", "--db", str(db), "--format", "json")
    assert result.exit_code == 0, result.output
    [row] = json.loads(result.output)
    assert row["stored"] == n, row


def test_full_disk_is_a_real_sqlite_full_and_nothing_is_half_written(tmp_path, monkeypatch):
    """SQLite's own SQLITE_FULL ("database or disk is full"), raised by its pager when
    the database may not grow (`PRAGMA max_page_count` on the CLI's connection)."""
    db = _store(tmp_path, ids=())
    conn = sqlite3.connect(db)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    real_connect = sqlite3.connect

    def connect(*args, **kwargs):
        c = real_connect(*args, **kwargs)
        c.execute(f"PRAGMA max_page_count = {pages + 40}")  # about 160 KB more
        return c

    source = _big_jsonl(tmp_path)
    monkeypatch.setattr("newsbrief.store.sqlite.sqlite3.connect", connect)
    result = run("ingest", str(source), "--no-analysis", "--db", str(db))
    _one_line_error(result, "disk", "full", "free")
    assert result.exit_code == 4
    stored = _stored_whole(db, source)
    assert 0 < len(stored) < 6  # some fitted, the one that did not was rolled back
    _run_says_stored(db, len(stored))
    monkeypatch.undo()  # space freed: the rerun stores the rest, nothing twice
    again = run("ingest", str(source), "--no-analysis", "--db", str(db))
    assert again.exit_code == 0, again.output
    assert _stored_whole(db, source) == {f"big{i}" for i in range(6)}


def test_file_size_limit_is_one_line_and_nothing_is_half_written(tmp_path):
    """The kernel refuses to grow the file (RLIMIT_FSIZE, `ulimit -f`, which binds
    root too): a real write error from the operating system, in a real `newsbrief`
    process."""
    import resource
    import subprocess
    import sys

    def limit():
        # room for a new store's migrations in its WAL (some 545 KB at schema 15) and
        # one article of the twelve, not for all of them
        resource.setrlimit(resource.RLIMIT_FSIZE, (665_123, 665_123))

    db = tmp_path / "s.db"
    source = _big_jsonl(tmp_path, n=12)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [os.path.join(os.path.dirname(__file__), "..", "src"), os.environ.get("PYTHONPATH", "")]))
    proc = subprocess.run([sys.executable, "-m", "newsbrief.cli", "ingest", str(source),
                           "--no-analysis", "--db", str(db)], preexec_fn=limit, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 4, proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
    errors = [line for line in proc.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and "could not write" in errors[0] and "ulimit" in errors[0], errors
    stored = _stored_whole(db, source)
    assert 0 < len(stored) < 12
    _run_says_stored(db, len(stored))
    again = run("ingest", str(source), "--no-analysis", "--db", str(db))
    assert again.exit_code == 0, again.output
    assert _stored_whole(db, source) == {f"big{i}" for i in range(12)}


def test_read_only_store_refuses_writes_in_one_line_and_is_untouched(tmp_path, monkeypatch):
    """A store SQLite opened read-only (`file:...?mode=ro`, which is how SQLite opens a
    file the operating system will not let it write): SQLite's own SQLITE_READONLY
    through the whole ingest path; the file's bytes are unchanged."""
    from pathlib import Path

    db = _store(tmp_path)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    real_connect = sqlite3.connect

    def connect(database, *args, **kwargs):
        if str(database) == str(db):
            kwargs["uri"] = True
            database = f"{Path(database).resolve().as_uri()}?mode=ro"
        return real_connect(database, *args, **kwargs)

    monkeypatch.setattr("newsbrief.store.sqlite.sqlite3.connect", connect)
    result = run("ingest", str(_jsonl(tmp_path)), "--no-analysis", "--db", str(db))
    line = _one_line_error(result, "read-only", "permissions")
    assert result.exit_code == 4, line
    monkeypatch.undo()
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    with Store(db, create=False) as store:
        assert {a.id for a in store.articles(limit=None)} == {"abc111", "abc222", "x%y_z1"}


def test_missing_parent_folders_are_made_by_a_writing_command_or_said_clearly(tmp_path):
    """`ingest` makes the folders of a new --db; a folder that cannot be made (a path
    through a file: ENOTDIR, which stops root too) is one line, nothing created."""
    db = tmp_path / "new" / "dir" / "s.db"
    result = run("ingest", str(_jsonl(tmp_path)), "--no-analysis", "--db", str(db))
    assert result.exit_code == 0, result.output
    assert db.is_file()
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = run("ingest", str(_jsonl(tmp_path)), "--no-analysis", "--db",
                 str(blocker / "sub" / "s.db"))
    line = _one_line_error(result, "cannot create the database's folder")
    assert result.exit_code == 4, line
    assert blocker.read_text() == "not a folder"
