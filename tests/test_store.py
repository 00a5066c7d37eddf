"""The store's promises: dedup, one transaction per article, WAL, migrations, versions."""

from __future__ import annotations

import json
import sqlite3

import pytest
from hand_records import analysed, event, state

from newsbrief.errors import StoreError
from newsbrief.store import Store
from newsbrief.store.migrations import MIGRATIONS
from newsbrief.store.sqlite import version_key

TEXT_A = "Officials in Seoul said the two leaders met on Tuesday to discuss the border."
TEXT_B = "The ministry announced new export rules that take effect next month."


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "nb.db") as s:
        yield s


def _one(text=TEXT_A, **kw):
    ev = event("e1", "CONSULT", [state("KOR")], [state("PRK")], date="2024-12-03")
    return analysed(text, [ev], **kw)


def test_same_id_url_or_text_stores_nothing_new(store):
    assert store.write(_one(url="https://news.example/a")) == "stored"
    # Same id (same URL) again.
    assert store.write(_one(url="https://news.example/a")) == "duplicate"
    # Same canonical URL, different text.
    other = _one(TEXT_B, url="https://news.example/a")
    assert store.write(other) == "duplicate"
    # Same text modulo case and whitespace, other URL.
    assert store.write(_one("  " + TEXT_A.upper().replace(" ", "\n "),
                            url="https://other.example/b")) == "duplicate"
    assert store.count("articles") == 1
    assert store.count("event_mentions") == 1
    assert store.count("events") == 1


def test_crash_mid_write_leaves_nothing_half_written(store, monkeypatch):
    assert store.write(_one(url="https://news.example/a")) == "stored"
    evs = [event("e1", "CONSULT", [state("USA")], [state("CHN")], date="2024-12-01"),
           event("e2", "AID", [state("USA")], [state("UKR")], date="2024-12-01")]
    second = analysed(TEXT_B, evs, url="https://news.example/b")
    calls = {"n": 0}
    original = Store._write_event

    def crash_on_second(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt("killed mid-article")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Store, "_write_event", crash_on_second)
    with pytest.raises(KeyboardInterrupt):
        store.write(second)
    assert not store.conn.in_transaction
    assert store.count("articles") == 1
    assert store.count("events") == 1
    assert store.count("event_mentions") == 1
    assert store.count("mentions") == 2  # only the first article's actors
    assert store.query("SELECT COUNT(*) AS n FROM entities WHERE id='state-usa'")[0]["n"] == 0
    assert store.query("SELECT COUNT(*) AS n FROM articles_fts WHERE articles_fts MATCH 'export'"
                       )[0]["n"] == 0
    # A rerun finishes the job.
    monkeypatch.setattr(Store, "_write_event", original)
    assert store.write(second) == "stored"
    assert store.count("articles") == 2
    assert store.count("event_mentions") == 3


def test_reader_works_while_writer_holds_a_transaction(tmp_path):
    path = tmp_path / "wal.db"
    with Store(path) as writer, Store(path) as reader:
        assert writer.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        writer.write(_one(url="https://news.example/a"))
        writer.conn.execute("BEGIN IMMEDIATE")
        writer.conn.execute(
            "INSERT INTO runs(started_at, command, inputs, pipeline_version) "
            "VALUES ('now', 'test', '[]', 'x')")
        # The reader is not blocked and sees the last committed state.
        assert reader.count("articles") == 1
        assert reader.count("runs") == 0
        writer.conn.execute("COMMIT")
        assert reader.count("runs") == 1


def test_old_database_is_migrated_in_place(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0] + ";PRAGMA user_version=1;")
    conn.execute("INSERT INTO articles(id, origin, text, text_hash, pipeline_version, "
                 "ingested_at) VALUES ('old1', 'x', 'an old article', 'h1', '0.0.1', 'then')")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert store.count("articles") == 1
        cols = {r["name"] for r in store.query("PRAGMA table_info(events)")}
        assert {"date_source", "pipeline_version"} <= cols
        # New writes work on the migrated database.
        assert store.write(_one()) == "stored"
        assert store.article_ids(since_version="0.1.0") == ["old1"]


def test_newer_database_is_refused(tmp_path):
    path = tmp_path / "new.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={len(MIGRATIONS) + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_every_stored_record_carries_the_pipeline_version(store):
    store.write(_one(version="9.9.9"))
    for table in ("articles", "mentions", "event_mentions", "events", "entities"):
        rows = store.query(f"SELECT DISTINCT pipeline_version AS v FROM {table}")
        assert [r["v"] for r in rows] == ["9.9.9"], table


def test_replace_rewrites_analysis_without_duplicating(store):
    store.write(_one(url="https://news.example/a", version="0.1.0"))
    ev = event("e1", "AID", [state("USA")], [state("UKR")], date="2024-12-02")
    newer = analysed(TEXT_A, [ev], url="https://news.example/a", version="0.2.0")
    assert store.write(newer, replace=True) == "replaced"
    assert store.count("articles") == 1
    assert store.count("event_mentions") == 1
    assert [r["type"] for r in store.query("SELECT type FROM events")] == ["AID"]
    assert store.query("SELECT COUNT(*) AS n FROM evidence_fts")[0]["n"] == 1
    assert store.article_ids(since_version="0.2.0") == []


@pytest.mark.parametrize("older,newer", [("0.9", "0.10"), ("0.1.0", "0.1.1"), ("1", "1.0.1"),
                                         ("", "0.0.1")])
def test_versions_compare_numerically(older, newer):
    assert version_key(older) < version_key(newer)


def _with_words(ev, trigger=None, predicate=None):
    import dataclasses

    from newsbrief.records import Predicate, Trigger

    pred = None if predicate is None else Predicate(
        start=predicate[0], end=predicate[1], lemma="meet", voice="active", past="met",
        base="meet", adverb=None, object=None, modifiers=(), text="met")
    trig = None if trigger is None else Trigger(trigger[0], trigger[1], "met")
    return dataclasses.replace(ev, trigger=trig, predicate=pred)


def test_each_mention_stores_its_trigger_offsets(store):
    met = TEXT_A.index("met")
    events = [
        _with_words(event("e1", "CONSULT", [state("KOR")], text=TEXT_A), trigger=(met, met + 3)),
        _with_words(event("e2", "CONSULT", [state("PRK")], text=TEXT_A, cameo="040"),
                    predicate=(met, met + 3)),
        event("e3", "PROTEST", [state("USA")], text=TEXT_A),
    ]
    store.write(analysed(TEXT_A, events))
    rows = {r["id"].split(":")[-1]: (r["trigger_start"], r["trigger_end"]) for r in store.query(
        "SELECT id, trigger_start, trigger_end FROM event_mentions")}
    # The record's trigger, else its predicate's word, else nothing.
    assert rows == {"e1": (met, met + 3), "e2": (met, met + 3), "e3": (None, None)}


def test_migration_8_takes_trigger_offsets_from_stored_records(tmp_path):
    path = tmp_path / "seven.db"
    met = TEXT_A.index("met")
    records = [_with_words(event("e1", "CONSULT", [state("KOR")], text=TEXT_A),
                           predicate=(met, met + 3)),
               event("e2", "PROTEST", [state("USA")], text=TEXT_A)]
    conn = sqlite3.connect(path)  # a store at schema 7, as made before it
    for script in MIGRATIONS[:7]:
        conn.executescript(script)
    conn.execute("PRAGMA user_version=7")
    for ev in records:
        conn.execute(
            'INSERT INTO event_mentions(id, event_id, article_id, type, modality, sentence, '
            'start, "end", text, confidence, record, pipeline_version) '
            "VALUES (?, 'ev', 'a1', ?, 'asserted', 0, 0, ?, ?, 0.9, ?, '0.1')",
            (ev.id, ev.type, len(TEXT_A), TEXT_A, json.dumps(ev.to_dict())))
    conn.commit()
    conn.close()
    with Store(path) as s:
        assert s.schema_version == len(MIGRATIONS)
        rows = {r["id"]: (r["trigger_start"], r["trigger_end"]) for r in s.query(
            "SELECT id, trigger_start, trigger_end FROM event_mentions")}
        assert rows == {"e1": (met, met + 3), "e2": (None, None)}


def test_mention_events_follows_every_write_of_event_mentions(store):
    def pairs():
        return ({(r["rowid"], r["event_id"]) for r in store.query(
            "SELECT rowid, event_id FROM event_mentions")},
            {(r["mention"], r["event_id"]) for r in store.query(
                "SELECT mention, event_id FROM mention_events")})

    store.write(_one(url="https://news.example/a", version="0.1.0"))
    store.write(_one(TEXT_A + " Again.", url="https://news.example/b"))
    kept, copy = pairs()
    assert kept and kept == copy
    # Rewritten (a newer pipeline) and deleted: the copy follows.
    ev = event("e1", "AID", [state("USA")], [state("UKR")], date="2024-12-02")
    store.write(analysed(TEXT_A, [ev], url="https://news.example/a", version="0.2.0"),
                replace=True)
    kept, copy = pairs()
    assert kept == copy
    store.conn.execute("DELETE FROM event_mentions")
    assert pairs() == (set(), set())


def test_lead_event_ids_asks_keep_with_the_mentions_sentence_and_start(store):
    from newsbrief.store import reads

    text = "Aldovia signed the accord. Aides cheered. Borvia closed its embassy."
    store.write(analysed(text, [
        event("e1", "AGREE", [state("PRK")], cameo="057", sentence=0, start=0,
              text="Aldovia signed the accord."),
        event("e2", "REDUCE", [state("RUS")], cameo="164", sentence=2,
              start=text.index("Borvia"), text="Borvia closed its embassy."),
    ]))
    (article_id,) = [r["id"] for r in store.query("SELECT id FROM articles")]
    asked = []

    def keep(aid, sentence, start):
        asked.append((aid, sentence, start))
        return sentence == 0

    assert len(reads.lead_event_ids(store, [article_id], 3)) == 2
    kept = reads.lead_event_ids(store, [article_id], 3, keep=keep)
    assert sorted(asked) == [(article_id, 0, 0), (article_id, 2, text.index("Borvia"))]
    assert len(kept) == 1
    # the sentence bound still holds before keep is asked
    asked.clear()
    reads.lead_event_ids(store, [article_id], 1, keep=keep)
    assert asked == [(article_id, 0, 0)]
