"""The knowledge commands end to end through click, on a store of hand-made records;
reprocess and watch without a model (analysis stages off)."""

from __future__ import annotations

import csv
import io
import json
import os
import signal

import pytest
from click.testing import CliRunner
from hand_records import write_accord_and_troops

from newsbrief.cli import main
from newsbrief.maintenance import parse_interval, reprocess, watch
from newsbrief.pipeline import PIPELINE_VERSION
from newsbrief.store import Store


@pytest.fixture()
def db(tmp_path):
    path = str(tmp_path / "cli.db")
    with Store(path) as s:
        write_accord_and_troops(s)
    return path


def run(*args):
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_events_table_json_and_csv(db):
    out = run("events", "--db", db, "--limit", "20")
    assert out.splitlines()[0].split()[:3] == ["date", "type", "cameo"]
    assert "AGREE" in out and "MOBILIZE" in out
    lines = run("events", "--db", db, "--format", "jsonl", "--modality", "alleged").splitlines()
    assert [json.loads(x)["type"] for x in lines] == ["MOBILIZE"]
    rows = list(csv.DictReader(io.StringIO(run("events", "--db", db, "--format", "csv",
                                               "--type", "AGREE"))))
    assert [r["cameo_code"] for r in rows] == ["057"]
    assert run("events", "--db", db, "--actor", "CHN") .splitlines()[1:] == []


def test_text_dated_leaves_out_publication_dated_events(db):
    lines = run("events", "--db", db, "--format", "jsonl", "--text-dated").splitlines()
    assert [json.loads(x)["type"] for x in lines] == ["AGREE"]
    out = run("timeline", "North Korea", "--db", db, "--text-dated")
    assert "2024-12-04" in out and "Paper B" not in out
    brief = json.loads(run("brief", "--db", db, "--about", "North Korea", "--format", "json",
                           "--text-dated"))
    assert "soldiers" not in json.dumps(brief)
    assert "soldiers" in json.dumps(json.loads(run("brief", "--db", db, "--about", "North Korea",
                                                   "--format", "json")))


def test_bad_date_is_a_usage_error(db):
    result = CliRunner().invoke(main, ["events", "--db", db, "--since", "last week"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_event_type_any_case_and_unknown_is_a_usage_error(db):
    rows = [json.loads(x) for x in run("events", "--db", db, "--format", "jsonl",
                                       "--type", "mobilize").splitlines()]
    assert [r["type"] for r in rows] == ["MOBILIZE"]
    result = CliRunner().invoke(main, ["events", "--db", db, "--type", "ATTACK"])
    assert result.exit_code == 2
    assert "'ATTACK' is not a PLOVER event type" in result.output and "ASSAULT" in result.output


def test_timeline_actors_entities_search(db):
    out = run("timeline", "North Korea", "Russia", "--db", db)
    assert out.index("2024-12-04") < out.index("2024-12-05")
    assert "Paper B" in out
    data = json.loads(run("actors", "--db", db, "--format", "json"))
    assert {p["actor"] for p in data["pairs"]} == {"North Korea"}
    out = run("entities", "--db", db, "--country", "RUS")
    assert "Russia" in out and "North Korea" not in out
    assert json.loads(run("entities", "--db", db, "--format", "jsonl").splitlines()[0])["mentions"] >= 1
    assert "[accord]" in run("search", "accord", "--db", db)


def test_brief_formats(db, tmp_path):
    md = run("brief", "--db", db, "--about", "North Korea")
    assert md.startswith("# North Korea") and "## Sources" in md
    brief = json.loads(run("brief", "--db", db, "--about", "PRK", "--format", "json"))
    assert brief["claims"][0]["claimants"] == ["the United States"]
    out = tmp_path / "brief.html"
    run("brief", "--db", db, "--format", "html", "--output", str(out))
    assert out.read_text().startswith("<!doctype html>")


def test_export_to_files(db, tmp_path):
    path = tmp_path / "events.csv"
    run("export", "--db", db, "--format", "csv", "--output", str(path), "--type", "MOBILIZE")
    assert len(list(csv.DictReader(path.open()))) == 1
    lines = run("export", "--db", db).splitlines()
    assert len(lines) == 2 and all(json.loads(x)["mentions"] for x in lines)
    pq = pytest.importorskip("pyarrow.parquet")
    run("export", "--db", db, "--format", "parquet", "-o", str(tmp_path / "e.parquet"))
    assert pq.read_table(tmp_path / "e.parquet").num_rows == 2
    result = CliRunner().invoke(main, ["export", "--db", db, "--format", "parquet"])
    assert result.exit_code == 3 and "--output" in result.output


def test_reprocess_rewrites_in_place_without_duplicates(db, settings):
    bare = settings.replace(db=db, stages=())
    with Store(db) as s:
        summary = reprocess(s, bare)
        assert summary.stored == 2
        assert s.count("articles") == 2
        versions = {r["pipeline_version"] for r in s.query("SELECT pipeline_version FROM "
                                                           "articles")}
        assert versions == {PIPELINE_VERSION}
        # No analysis stages: the old analysis is gone, nothing is duplicated.
        assert s.count("events") == 0 and s.count("event_mentions") == 0
        # Nothing is stale any more.
        assert reprocess(s, bare).stored == 0
        assert s.runs()[-1]["command"] == "reprocess"


def test_reprocess_merge_only_keeps_records(db):
    result = CliRunner().invoke(main, ["reprocess", "--db", db, "--merge-only"])
    assert result.exit_code == 0, result.output
    assert "re-merged 2 event records into 2 events" in result.output
    with Store(db) as s:
        assert s.count("articles") == 2 and s.count("event_mentions") == 2


def test_reprocess_since_version(db, settings):
    with Store(db) as s:
        assert reprocess(s, settings.replace(db=db, stages=()), since_version="0.0.1").stored == 0
        assert reprocess(s, settings.replace(db=db, stages=()), since_version="0.0.2").stored == 2


FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Test wire</title><link>https://wire.example/</link>
<description>Our own test items.</description>
{items}
</channel></rss>
"""
ITEM = """<item><title>{title}</title><guid>https://wire.example/{n}</guid>
<pubDate>Mon, 0{n} Dec 2024 10:00:00 GMT</pubDate>
<description>{title}. The ministers of both countries met in the capital for a second
day of talks on trade and border crossings. Officials said more meetings would follow in
the spring, and both delegations described the atmosphere as constructive.</description>
</item>"""


def _feed(path, n):
    items = "\n".join(ITEM.format(n=i, title=f"Talks resume, day {i}") for i in range(1, n + 1))
    path.write_text(FEED.format(items=items), encoding="utf-8")


def test_watch_polls_a_local_feed_and_stores_only_what_is_new(tmp_path, settings):
    feed = tmp_path / "wire.rss"
    _feed(feed, 2)
    conf = settings.replace(stages=(), follow_feed_links=False)
    polls = []

    def on_poll(n, summary):
        polls.append((summary.stored, summary.duplicates))
        if n == 1:
            _feed(feed, 3)  # one new item arrives before the next poll

    with Store(conf.db) as s:
        report = watch([str(feed)], conf, s, every=0, max_polls=3, on_poll=on_poll,
                       sleep=lambda _s: None)
        assert s.count("articles") == 3
        assert [r["command"] for r in s.runs()] == ["watch"] * 3
    assert polls == [(2, 0), (1, 2), (0, 3)]
    assert report.polls == 3 and report.stopped_by is None


def test_watch_stops_cleanly_on_sigterm(tmp_path, settings):
    feed = tmp_path / "wire.rss"
    _feed(feed, 1)
    conf = settings.replace(stages=(), follow_feed_links=False)

    def sleep(_seconds):
        os.kill(os.getpid(), signal.SIGTERM)

    before = signal.getsignal(signal.SIGTERM)
    with Store(conf.db) as s:
        report = watch([str(feed)], conf, s, every=60, sleep=sleep)
        assert report.stopped_by == "SIGTERM" and report.polls == 1
        assert s.count("articles") == 1
        assert s.runs()[0]["finished_at"] is not None
    # The previous handler is back: a later SIGTERM is not swallowed.
    assert signal.getsignal(signal.SIGTERM) == before


def test_sigterm_mid_article_rolls_the_article_back(tmp_path, settings, monkeypatch):
    feed = tmp_path / "wire.rss"
    _feed(feed, 3)
    conf = settings.replace(stages=(), follow_feed_links=False)
    original = Store._write_entities
    calls = {"n": 0}

    def killed_during_second(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            os.kill(os.getpid(), signal.SIGTERM)  # lands inside the article's transaction
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Store, "_write_entities", killed_during_second)
    with Store(conf.db) as s:
        report = watch([str(feed)], conf, s, every=60, sleep=lambda _s: None)
        assert report.stopped_by == "SIGTERM"
        assert s.count("articles") == 1  # the first whole, the second rolled back
        assert not s.conn.in_transaction


def test_watch_command_with_max_polls(tmp_path):
    feed = tmp_path / "wire.rss"
    _feed(feed, 2)
    conf = tmp_path / "conf.toml"
    conf.write_text('[pipeline]\nstages = []\n[acquire]\nfollow_feed_links = false\n')
    result = CliRunner().invoke(main, ["watch", str(feed), "--db", str(tmp_path / "w.db"),
                                       "--every", "0.01s", "--max-polls", "2",
                                       "--config", str(conf)])
    assert result.exit_code == 0, result.output
    assert "stopped after 2 polls" in result.output


@pytest.mark.parametrize("text,seconds", [("90", 90), ("90s", 90), ("15m", 900), ("1h", 3600),
                                          ("0.5m", 30), ("2d", 172800)])
def test_intervals(text, seconds):
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "-5m", "0", "15 minutes"])
def test_bad_intervals(text):
    from newsbrief.errors import ConfigError

    with pytest.raises(ConfigError):
        parse_interval(text)
