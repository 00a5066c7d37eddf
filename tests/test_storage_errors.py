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
