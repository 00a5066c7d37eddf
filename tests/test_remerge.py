"""`reprocess --merge-only` (Store.remerge) commits in short batches: a reader and
an ingest beside it never see "database is locked", and the rebuilt events are
the ones a one-shot rebuild gives."""

from __future__ import annotations

import sqlite3
import threading

from hand_records import analysed, event, state

from newsbrief.store import Store

COUNTRIES = ["PRK", "RUS", "UKR", "USA", "KOR"]


def _fill(store: Store, n: int) -> None:
    for i in range(n):
        a, b = COUNTRIES[i % 5], COUNTRIES[(i + 1) % 5]
        day = f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"
        store.write(analysed(f"Report {i}: {a} and {b} talked on day {day}.", [
            event("e1", "CONSULT", [state(a)], [state(b)], date=day, cameo="040",
                  text=f"{a} officials met {b} officials on {day} about item {i % 7}."),
            event("e2", "ASSAULT", [state(a)], [state(b)], date=day, cameo="190",
                  sentence=1, text=f"Shelling hit a town on {day}, report {i}."),
        ], source=f"Paper {i % 9}", published="2024-12-20"))


def _events(store: Store):
    return sorted((r["type"], r["date"], r["n_mentions"], r["n_sources"]) for r in store.query(
        "SELECT type, date, n_mentions, n_sources FROM events"))


def test_remerge_commits_in_batches_and_gives_the_same_events(tmp_path):
    path = tmp_path / "r.db"
    with Store(path) as store:
        _fill(store, 120)
        before = _events(store)
        records = sorted(r["record"] for r in store.query("SELECT record FROM event_mentions"))
        progress = []
        n = store.remerge(on_progress=lambda done, total: progress.append((done, total)),
                          batch_seconds=0.0, pause_seconds=0.0)
        assert n == len(before) and _events(store) == before
        # One batch per article at this setting: many commits, none holding the rest.
        assert len(progress) >= 100 and progress[-1] == (240, 240)
        # Progress counted down from the queue's size, one article's records a batch.
        done = [d for d, _ in progress]
        assert done == sorted(done) and all(0 < b - a <= 2 for a, b in zip(done, done[1:]))
        # The re-merge's long WAL checkpoint interval ends with it.
        assert store.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
        assert sorted(r["record"] for r in store.query("SELECT record FROM event_mentions")
                      ) == records
        tables = {r["name"] for r in store.query("SELECT name FROM sqlite_master")}
        assert not tables & {"remerge_queue", "remerge_state"}


def test_a_remerge_cut_short_is_finished_by_the_next(tmp_path):
    """Killed between batches (here: stopped by an error in the progress callback),
    nothing is lost: every record is stored or queued, and the next run ends
    where a run never interrupted ends."""
    with Store(tmp_path / "clean.db") as clean, Store(tmp_path / "cut.db") as cut:
        for store in (clean, cut):
            _fill(store, 60)
        records = sorted(r["record"] for r in cut.query("SELECT record FROM event_mentions"))
        clean.remerge(pause_seconds=0.0)

        class Killed(Exception):
            pass

        def kill(done, total):
            if done >= total // 2:
                raise Killed()

        try:
            cut.remerge(on_progress=kill, batch_seconds=0.0, pause_seconds=0.0)
        except Killed:
            pass
        stored = [r["record"] for r in cut.query("SELECT record FROM event_mentions")]
        queued = [r["record"] for r in cut.query("SELECT record FROM remerge_queue")]
        assert stored and queued and sorted(stored + queued) == records
        assert cut.remerge(pause_seconds=0.0) == clean.count("events")
        assert _events(cut) == _events(clean)


def _indexes(store: Store) -> dict[str, str]:
    return {r["name"]: r["sql"] for r in store.query(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}


def test_the_web_indexes_are_dropped_during_a_remerge_and_built_once_after(tmp_path):
    """The web app's indexes (WEB_INDEXES) are not kept through every write of a
    re-merge: dropped at its start, built at its end as the migrations made them;
    a re-merge cut short leaves them dropped, and the next open of the store
    outside a re-merge builds them again."""
    from newsbrief.store.migrations import WEB_INDEXES

    with Store(tmp_path / "w.db") as store:
        _fill(store, 30)
        made = _indexes(store)
        assert set(WEB_INDEXES) <= set(made)
        seen = []

        def look(done, total):
            seen.append(set(WEB_INDEXES) & set(_indexes(store)))

        store.remerge(on_progress=look, batch_seconds=0.0, pause_seconds=0.0)
        assert seen and all(not s for s in seen)  # none kept up while replaying
        assert _indexes(store) == made  # the same indexes, the same definitions
        plan = store.query("EXPLAIN QUERY PLAN SELECT id FROM events ORDER BY n_sources DESC, "
                           "sort_date DESC, id DESC LIMIT 5")
        assert "events_sources_sort" in " ".join(r["detail"] for r in plan)

        class Killed(Exception):
            pass

        def kill(done, total):
            raise Killed()

        try:
            store.remerge(on_progress=kill, batch_seconds=0.0, pause_seconds=0.0)
        except Killed:
            pass
        assert not set(WEB_INDEXES) & set(_indexes(store))
    with Store(tmp_path / "w.db") as store:  # still mid re-merge: not built yet
        assert not set(WEB_INDEXES) & set(_indexes(store))
        store.remerge(pause_seconds=0.0)
        assert _indexes(store) == made
        store.conn.execute("DROP INDEX events_seen_id")  # as a cut re-merge leaves it
    with Store(tmp_path / "w.db") as store:
        assert _indexes(store) == made


def test_readers_and_an_ingest_beside_a_remerge_are_never_locked_out(tmp_path):
    path = tmp_path / "r.db"
    with Store(path) as store:
        _fill(store, 400)  # a one-transaction rebuild of these holds the lock > 1 s
    started, finished = threading.Event(), threading.Event()
    failures: list[BaseException] = []

    def remerge():
        try:
            with Store(path) as store:
                store.remerge(on_progress=lambda done, total: started.set(),
                              batch_seconds=0.02)
        except BaseException as err:  # noqa: BLE001 - reported by the test below
            failures.append(err)
        finally:
            started.set()
            finished.set()

    worker = threading.Thread(target=remerge)
    worker.start()
    assert started.wait(60)
    # A second process's connection with a short busy timeout: a lock held for
    # the whole rebuild (as before) would fail it with "database is locked".
    with Store(path) as other:
        other.conn.execute("PRAGMA busy_timeout = 1000")
        written = reads = 0
        while not finished.is_set() or written < 3:
            try:
                other.write(analysed(f"Late report {written}: USA and KOR met.", [
                    event("e1", "CONSULT", [state("USA")], [state("KOR")],
                          date="2024-12-19", text=f"US and Korean envoys met, {written}.")],
                    source="Late Paper", published="2024-12-20"))
                written += 1
                reads += other.count("events") > 0
            except sqlite3.OperationalError as err:  # pragma: no cover - the failure
                failures.append(err)
                break
            if written >= 20:
                break
    worker.join(120)
    assert not failures, failures
    assert written >= 3 and reads >= 1
    with Store(path) as store:
        # Nothing written beside the rebuild was lost.
        assert store.query("SELECT COUNT(*) AS n FROM articles WHERE source = 'Late Paper'"
                           )[0]["n"] == written
        assert store.query("SELECT COUNT(*) AS n FROM event_mentions m JOIN articles a ON "
                           "a.id = m.article_id WHERE a.source = 'Late Paper'")[0]["n"] == written
