"""End to end through the CLI: ingest, dedup, failures, runs, articles, show, extract.

Acquisition-only runs (--no-analysis) need no model; the analysed run is marked slow.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsbrief.cli import main
from newsbrief.store import Store


def _jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


ARTICLES = [
    {"id": "a1", "title": "Ministers meet in Vienna",
     "text": "Foreign ministers of Austria and Hungary met in Vienna on Monday to discuss "
             "border controls, officials said.", "published": "2023-03-07"},
    {"id": "a2", "title": "Port strike ends",
     "text": "Dock workers in Rotterdam ended a three-day strike on Friday after the port "
             "authority agreed to raise wages by 4 percent.", "published": "2023-03-10"},
]


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_ingest_stores_each_article_once(tmp_path):
    db = tmp_path / "n.db"
    src = _jsonl(tmp_path / "in.jsonl", ARTICLES)
    first = run("ingest", src, "--db", db, "--no-analysis")
    assert first.exit_code == 0, first.output
    assert "stored 2" in first.output
    again = run("ingest", src, "--db", db, "--no-analysis")
    assert again.exit_code == 0
    assert "stored 0, duplicates 2" in again.output
    with Store(db) as store:
        assert store.count("articles") == 2
        runs = store.runs()
    assert [r["stored"] for r in runs] == [2, 0]
    assert [r["duplicates"] for r in runs] == [0, 2]
    assert all(r["finished_at"] for r in runs)
    # the store decodes its JSON columns; `runs --format json` prints them as JSON lists
    assert runs[0]["inputs"] == [str(src)] and runs[0]["failures"] == []
    listed = json.loads(run("runs", "--db", db, "--format", "json").output)
    assert listed[0]["inputs"] == [str(src)]


def test_same_text_under_another_id_is_a_duplicate(tmp_path):
    db = tmp_path / "n.db"
    run("ingest", _jsonl(tmp_path / "a.jsonl", ARTICLES[:1]), "--db", db, "--no-analysis")
    copy = dict(ARTICLES[0], id="other", text=ARTICLES[0]["text"].upper() + "  ")
    result = run("ingest", _jsonl(tmp_path / "b.jsonl", [copy]), "--db", db, "--no-analysis")
    assert "duplicates 1" in result.output


def test_bad_line_fails_alone_and_names_file_and_line(tmp_path):
    db = tmp_path / "n.db"
    src = tmp_path / "mixed.jsonl"
    src.write_text(json.dumps(ARTICLES[0]) + "\n{not json\n" + json.dumps(ARTICLES[1]) + "\n")
    result = run("ingest", src, "--db", db, "--no-analysis")
    assert result.exit_code == 2
    assert f"{src}:2" in result.output
    assert "stored 2" in result.output and "failed 1" in result.output
    with Store(db) as store:
        assert store.count("articles") == 2
        assert store.runs()[0]["failures"][0]["where"].endswith(":2")


def test_failures_do_not_touch_what_is_stored(tmp_path):
    db = tmp_path / "n.db"
    run("ingest", _jsonl(tmp_path / "good.jsonl", ARTICLES), "--db", db, "--no-analysis")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run("ingest", empty, tmp_path / "missing.txt", "--db", db, "--no-analysis")
    assert result.exit_code == 2
    assert "empty.txt" in result.output and "missing.txt" in result.output
    with Store(db) as store:
        assert store.count("articles") == 2


def test_articles_and_show(tmp_path):
    db = tmp_path / "n.db"
    run("ingest", _jsonl(tmp_path / "in.jsonl", ARTICLES), "--db", db, "--no-analysis")
    listed = run("articles", "--db", db, "--format", "jsonl")
    rows = [json.loads(line) for line in listed.output.splitlines()]
    assert [r["id"] for r in rows] == ["a2", "a1"]  # newest first
    shown = run("show", "a1", "--db", db)
    assert "Ministers meet in Vienna" in shown.output and "2023-03-07" in shown.output
    missing = run("show", "zzz", "--db", db)
    assert missing.exit_code != 0 and "newsbrief articles" in missing.output


def test_published_flag_is_validated_and_recorded(tmp_path):
    db = tmp_path / "n.db"
    story = tmp_path / "story.txt"
    story.write_text("Talks resume\n\nNegotiators from both parties resumed talks in Geneva "
                     "on Tuesday, a spokesman said.\n")
    bad = run("ingest", story, "--db", db, "--published", "05/12/2024", "--no-analysis")
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output
    good = run("ingest", story, "--db", db, "--published", "2024-12-05", "--no-analysis")
    assert good.exit_code == 0, good.output
    article = json.loads(run("articles", "--db", db, "--format", "jsonl").output.splitlines()[0])
    assert article["published"] == "2024-12-05" and article["published_source"] == "given"


def test_default_db_comes_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSBRIEF_DB", str(tmp_path / "env.db"))
    run("ingest", _jsonl(tmp_path / "in.jsonl", ARTICLES), "--no-analysis")
    assert (tmp_path / "env.db").exists()


@pytest.mark.slow
def test_extract_prints_records_in_input_order(tmp_path):
    src = _jsonl(tmp_path / "in.jsonl", ARTICLES)
    result = CliRunner().invoke(main, ["extract", str(src), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert [r["article"]["id"] for r in records] == ["a1", "a2"]
    for r in records:
        assert set(r) >= {"article", "entities", "timexes", "events"}
        assert set(r["article"]) >= {"id", "origin", "title", "url", "source", "published",
                                     "published_source", "text"}
        assert r["article"]["origin"].startswith(str(src))


@pytest.mark.slow
def test_whole_corpus_ingests_without_failure_and_reingest_adds_nothing(tmp_path):
    from conftest import shared_path

    corpus = shared_path("data/corpus/news.jsonl")
    db = tmp_path / "corpus.db"
    first = run("ingest", corpus, "--db", db, "--no-analysis")
    assert first.exit_code == 0, first.output[-2000:]
    assert "read 5000, stored 5000, duplicates 0, failed 0" in first.output
    again = run("ingest", corpus, "--db", db, "--no-analysis")
    assert "read 5000, stored 0, duplicates 5000, failed 0" in again.output
    with Store(db) as store:
        assert store.count("articles") == 5000


def test_undated_article_gets_a_warning_line(tmp_path):
    src = _jsonl(tmp_path / "in.jsonl", [{"id": "u1", "text": "Talks went on late."}])
    result = run("ingest", src, "--db", tmp_path / "n.db", "--no-analysis")
    assert result.exit_code == 0
    assert f"Warning: {src}:1: no publication date" in result.output
