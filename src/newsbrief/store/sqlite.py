"""The SQLite store: the only module that talks to the database driver.

One object, one write path (`Store.write`): each article and everything the
pipeline made of it goes in one transaction, so a crash or kill mid-run leaves
every stored article whole and a rerun finishes the job without duplicates.
Reads go through named query methods (here and in `store.reads`).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import time
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

from ..errors import (AmbiguousId, ForeignDatabase, StoreError, StoreFull, StoreLocked,
                      StoreMissing, StoreReadOnly)
from ..merging import Sketch, act_of, candidate_window, choose_event, sketch_event
from ..merging.state import (CANDIDATES_PER_RANGE, EventState, date_ranges, mention_fields,
                             retold_json, retold_sentences, wanted_keys)
from ..records import AnalysedArticle, Article, Event, text_hash
from ..stored import ArticleSummary
from .migrations import (ACTOR_SUMMARY_SQL, FACET_SUMMARY_SQL, MIGRATIONS, SUMMARY_SIGNATURE,
                         WEB_INDEXES)

WriteOutcome = Literal["stored", "duplicate", "replaced"]
# `remerge` queues the records of this many articles, and clears this many old
# events, per transaction.
REMERGE_COPY_ARTICLES = 500
REMERGE_CLEAR_EVENTS = 2000
# WAL pages between checkpoints while a re-merge replays (64 MiB of 4 KiB pages).
REMERGE_CHECKPOINT_PAGES = 16_384
# Merged events whose merging state (EventState, about 7 KB each) the store
# keeps in memory between records, most recently used first; the others are
# read back from their rows when a record needs them. An ingest process also
# holds the language model, so it keeps few (about 70 MB); a re-merge, which
# holds no model, keeps the events of a 100,000-record store (about 650 MiB at
# most): with fewer, an archive whose records come in no date order reads many
# states back (bench_merge_store.py: 3.6x the cost per record at 100,000 records
# with 40,000 kept, 1.7x with all kept).
STATE_CACHE_EVENTS = 10_000
REMERGE_STATE_CACHE_EVENTS = 120_000


def version_key(version: str | None) -> tuple:
    """Sortable key of a version string: "0.10.1" > "0.9"; non-numeric parts sort last."""
    parts = re.split(r"[.+-]", version or "")
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts if p)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass
class RunSummary:
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    events: int = 0
    entities: int = 0
    failures: list[dict[str, str]] = field(default_factory=list)

    def count_failure(self, failure: Any) -> None:
        """An input that failed (an InputFailure): counted, with where, what and fix."""
        self.failed += 1
        self.failures.append({"where": failure.where, "what": failure.what,
                              "fix": failure.fix})

    def count_stored(self, analysed: AnalysedArticle) -> None:
        """An article stored (or replaced) with its analysis."""
        self.stored += 1
        self.events += len(analysed.events)
        self.entities += len(analysed.entities)


def _statements(script: str) -> Iterator[str]:
    """Split SQL into whole statements (trigger bodies keep their inner semicolons)."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip().strip(";").strip():
                yield buffer.strip()
            buffer = ""
    if buffer.strip():
        yield buffer.strip()


@dataclass
class _Touched:
    """Merging work of the article being written: the events it refreshed
    (True: to refresh again at its end)."""

    events: dict[str, bool] = field(default_factory=dict)


def as_store_error(err: BaseException, path: str | None = None) -> StoreError | None:
    """The StoreError saying what to do about a database driver error (None when
    `err` is not one). The CLI's error handler prints it as one line."""
    if isinstance(err, StoreError):
        return err
    if isinstance(err, OverflowError) and "SQLite" in str(err):
        return StoreError(f"a number is too large for the database ({err})", where=path,
                          fix="give a smaller --limit or offset")
    if not isinstance(err, sqlite3.Error):
        return None
    text = str(err)
    low = text.lower()
    if "locked" in low or "busy" in low:
        return StoreLocked(f"the database is locked by another process (waited "
                           f"{Store.BUSY_TIMEOUT:g} s)", where=path,
                           fix="wait for the other ingest, watch or reprocess to finish and "
                           "run this again, or use another --db")
    if "full" in low:
        return StoreFull("the disk holding the database is full", where=path,
                         fix="free space on that disk (or pass --db on another one) and run "
                         "again; the article being written was rolled back, nothing is half "
                         "stored")
    if "readonly" in low or "read-only" in low:
        return StoreReadOnly("the database is read-only", where=path,
                             fix="check the permissions of the file and of its folder (SQLite "
                             "writes -wal and -shm files beside it), or copy it somewhere "
                             "writable")
    if "unable to open" in low:
        return StoreError("cannot open the database file", where=path,
                          fix="check that its folder exists and can be written")
    if "not a database" in low or "malformed" in low:
        return StoreError(f"the file is not a readable SQLite database ({text})", where=path,
                          fix="pass the --db of a newsbrief store; restore a damaged one from "
                          "a backup")
    if getattr(err, "sqlite_errorname", None) in ("SQLITE_IOERR_WRITE", "SQLITE_IOERR_FSYNC",
                                                   "SQLITE_IOERR_TRUNCATE"):
        # ENOSPC is SQLITE_FULL; a write the system refused otherwise is often a
        # file-size limit (EFBIG) or a disk that went away.
        return StoreError(f"could not write to the disk ({text})", where=path,
                          fix="check that the disk has space and that no file-size limit "
                          "(`ulimit -f`) stops the database growing, then run again; the "
                          "article being written was rolled back, nothing is half stored")
    if "i/o" in low:
        return StoreError(f"disk I/O error ({text})", where=path,
                          fix="check the disk (and that the file was not removed while in use)")
    return StoreError(f"database error ({text})", where=path,
                      fix="run again; if it persists, check the file with `sqlite3 FILE "
                      "'PRAGMA integrity_check'`")


def _trigger(event) -> tuple[int | None, int | None]:
    """The coded word's offsets: the record's trigger, else its predicate's word."""
    span = event.trigger or event.predicate
    return (span.start, span.end) if span is not None else (None, None)


# Tables a newsbrief store has from its first migration on.
_OUR_TABLES = {"runs", "articles", "events", "event_mentions"}


class Closing(AbstractContextManager):
    """What holds a connection (the store, a pool of readers, the archive): `with`
    gives the object itself and closes it at the end, error or not."""

    def close(self) -> None:
        raise NotImplementedError

    def __exit__(self, *exc: Any) -> None:
        self.close()


class Store(Closing):
    # Seconds a reader or writer waits for a lock held by another process.
    BUSY_TIMEOUT: float = 30

    def __init__(self, path: str | Path, *, create: bool = True):
        """Open the store at `path`, creating it (and its folder) when `create`;
        else a missing file is a StoreMissing and nothing is made. An SQLite file
        of another application is refused before anything is written to it."""
        self.path = str(path)
        memory = self.path == ":memory:"
        # Merging state of recently touched events (see _state): valid while no
        # other connection has written (PRAGMA data_version) and our own
        # transactions commit.
        self._states: OrderedDict[str, EventState] = OrderedDict()
        self.state_cache_events = STATE_CACHE_EVENTS
        self._kinds: dict[str, str] = {}
        self._data_version: int | None = None
        file = Path(self.path).expanduser()
        if not memory and not file.exists():
            if not create:
                raise StoreMissing("no database at this path", where=self.path,
                                   fix="check --db (or $NEWSBRIEF_DB); `newsbrief ingest` "
                                   "creates a store")
            try:
                file.parent.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise StoreError(f"cannot create the database's folder ({err.strerror})",
                                 where=str(file.parent),
                                 fix="create it, or pass a --db in a writable folder") from None
        if not memory and file.exists() and not file.is_file():
            raise StoreError("not a database file (a folder or device)", where=self.path,
                             fix="pass the path of a file for --db")
        # A query on a file (or folder) it may not write reads it as it is.
        self.read_only = not create and not memory and not (
            os.access(file, os.W_OK) and os.access(file.parent, os.W_OK))
        try:
            if self.read_only:
                self.conn = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True,
                                            timeout=self.BUSY_TIMEOUT, isolation_level=None,
                                            check_same_thread=False)
                self.conn.row_factory = sqlite3.Row
                self._refuse_foreign()
                if self.schema_version != len(MIGRATIONS):
                    raise StoreReadOnly(
                        f"read-only database at schema version {self.schema_version}, this "
                        f"newsbrief reads {len(MIGRATIONS)}", where=self.path,
                        fix="open it once where it can be written (a writing command "
                        "migrates it), or upgrade newsbrief")
                return
            self.conn = sqlite3.connect(self.path, timeout=self.BUSY_TIMEOUT,
                                        isolation_level=None, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self._refuse_foreign()
            # WAL: readers keep working while an ingest writes.
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self._migrate()
            if not self.conn.execute("SELECT 1 FROM sqlite_master WHERE name IN "
                                     "('remerge_queue', 'remerge_state')").fetchone():
                self._build_web_indexes()  # a re-merge cut short dropped them
        except sqlite3.DatabaseError as err:
            error = as_store_error(err, self.path)
            raise (error if type(error) is not StoreError else StoreError(
                f"cannot open the database: {err}", where=self.path,
                fix="check that the file is a newsbrief SQLite database, or "
                "pass another --db")) from None
        except StoreError:
            self.conn.close()
            raise

    def _refuse_foreign(self) -> None:
        """Another application's SQLite file: refused before WAL or our tables
        touch it (a newsbrief store has our tables, or no tables yet)."""
        tables = {r[0] for r in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if tables and not _OUR_TABLES <= tables:
            shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
            raise ForeignDatabase(f"SQLite file but not a newsbrief store (it holds tables "
                                  f"{shown}); left untouched", where=self.path,
                                  fix="pass the --db of a newsbrief store, or a new file name")

    # ------------------------------------------------------------------ lifecycle

    def close(self) -> None:
        self.conn.close()

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        current = self.schema_version
        if current > len(MIGRATIONS):
            raise StoreError(
                f"database schema version {current} is newer than this newsbrief "
                f"({len(MIGRATIONS)})", where=self.path, fix="upgrade newsbrief")
        if current == len(MIGRATIONS):
            return
        # Two processes may open a new database at once (an ingest and a reader): the
        # pending migrations run under one write lock, from the version read again
        # inside it, so each is applied exactly once, and a process that finds the work
        # done waits for the lock once, not once a migration (several processes taking
        # it 16 times each could outwait the busy timeout on a loaded machine).
        # executescript would commit early, so the statements run one by one.
        with self._tx() as cur:
            cur.execute("BEGIN IMMEDIATE")
            start = cur.execute("PRAGMA user_version").fetchone()[0]
            for version in range(start, len(MIGRATIONS)):
                for statement in _statements(MIGRATIONS[version]):
                    cur.execute(statement)
                cur.execute(f"PRAGMA user_version={version + 1}")
            cur.execute("COMMIT")

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Cursor]:
        cur = self.conn.cursor()
        try:
            yield cur
        except BaseException:
            # What the merging cache learnt in this transaction is rolled back too.
            self._forget_states()
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        finally:
            cur.close()

    def _begin(self, cur: sqlite3.Cursor) -> None:
        """Start a write transaction of the merge path. Under the write lock
        nobody else writes; when another connection has committed since our last
        transaction, the merging cache may be stale and is dropped."""
        cur.execute("BEGIN IMMEDIATE")
        version = cur.execute("PRAGMA data_version").fetchone()[0]
        if version != self._data_version:
            self._forget_states()
            self._data_version = version

    def _forget_states(self) -> None:
        self._states.clear()
        self._kinds.clear()

    # ------------------------------------------------------------------ runs

    def start_run(self, command: str, inputs: list[str], pipeline_version: str) -> int:
        with self._tx() as cur:
            cur.execute("INSERT INTO runs(started_at, command, inputs, pipeline_version) "
                        "VALUES (?, ?, ?, ?)", (_now(), command, json.dumps(inputs),
                                                pipeline_version))
            return int(cur.lastrowid)

    def index_pending(self) -> int:
        """Add articles stored since the last call to the full-text index, in one
        transaction; returns how many. Ingest calls it every few hundred articles and
        at the end of a run, search calls it first, so results are never stale."""
        with self._tx() as cur:
            cur.execute("BEGIN IMMEDIATE")
            done = cur.execute("SELECT indexed_rowid FROM search_index_state "
                               "WHERE name = 'articles_fts'").fetchone()[0]
            top = cur.execute("SELECT COALESCE(MAX(rowid), 0) FROM articles").fetchone()[0]
            if top > done:
                cur.execute("INSERT INTO articles_fts(rowid, title, text) SELECT rowid, title, "
                            "text FROM articles WHERE rowid > ? AND rowid <= ?", (done, top))
                cur.execute("UPDATE search_index_state SET indexed_rowid = ? "
                            "WHERE name = 'articles_fts'", (top,))
            cur.execute("COMMIT")
        return max(top - done, 0)

    def refresh_summaries(self) -> bool:
        """Recount the whole store's summaries (the facet counts, table facet_counts,
        and each country's events per date, table actor_days) unless they are
        current; True when any was recounted. Every writing run ends with it, so the
        web app's facet panel, totals and country pages need no count over every
        event."""
        done = False
        with self._tx() as cur:
            cur.execute("BEGIN IMMEDIATE")
            now = cur.execute(f"SELECT {SUMMARY_SIGNATURE}").fetchone()[0]
            for name, script in (("facet_counts", FACET_SUMMARY_SQL),
                                 ("actor_days", ACTOR_SUMMARY_SQL)):
                row = cur.execute("SELECT signature FROM summary_state WHERE name = ?",
                                  (name,)).fetchone()
                if row is not None and row[0] == now:
                    continue
                for statement in _statements(script):
                    cur.execute(statement)
                done = True
            cur.execute("COMMIT")
        return done

    def finish_run(self, run_id: int, summary: RunSummary) -> None:
        self.index_pending()
        self.refresh_summaries()
        with self._tx() as cur:
            cur.execute("UPDATE runs SET finished_at=?, read=?, stored=?, duplicates=?, "
                        "failed=?, failures=? WHERE id=?",
                        (_now(), summary.read, summary.stored, summary.duplicates,
                         summary.failed, json.dumps(summary.failures), run_id))

    # ------------------------------------------------------------------ the write path

    def find_duplicate(self, article: Article) -> str | None:
        """Id of a stored article that is the same article (id, canonical URL or text)."""
        row = self.conn.execute(
            "SELECT id FROM articles WHERE id=? OR (url IS NOT NULL AND url=?) OR text_hash=? "
            "LIMIT 1", (article.id, article.url, text_hash(article.text))).fetchone()
        return row[0] if row else None

    def write(self, analysed: AnalysedArticle, run_id: int | None = None,
              *, replace: bool = False) -> WriteOutcome:
        """Store one article and its analysis atomically.

        A duplicate stores nothing. With `replace`, an already stored article keeps
        its row and gets its analysis rewritten (used by `reprocess`).
        """
        article = analysed.article
        version = analysed.pipeline_version
        with self._tx() as cur:
            # The check and the write in one transaction under the write lock: a
            # second process storing the same article waits here, then sees it.
            self._begin(cur)
            existing = self.find_duplicate(article)
            if existing and not replace:
                cur.execute("ROLLBACK")
                return "duplicate"
            if existing:
                article_id = existing
                self._delete_analysis(cur, article_id)
                cur.execute("UPDATE articles SET pipeline_version=?, published=?, "
                            "published_source=? WHERE id=?",
                            (version, article.published, article.published_source, article_id))
            else:
                article_id = article.id
                try:
                    cur.execute(
                        "INSERT INTO articles(id, origin, title, url, source, published, "
                        "published_source, authors, text, text_hash, pipeline_version, run_id, "
                        "ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        (article_id, article.origin, article.title, article.url, article.source,
                         article.published, article.published_source,
                         json.dumps(article.authors), article.text, text_hash(article.text),
                         version, run_id, _now()))
                except sqlite3.IntegrityError:
                    # the same id, URL or text stored after our check: a lost race
                    # is a duplicate, like any other
                    cur.execute("ROLLBACK")
                    return "duplicate"
            self._write_entities(cur, article_id, analysed, version)
            cur.executemany(
                'INSERT INTO timexes(article_id, start, "end", text, type, value, '
                "pipeline_version) VALUES (?,?,?,?,?,?,?)",
                [(article_id, t.start, t.end, t.text, t.type, t.value, version)
                 for t in analysed.timexes])
            kinds = {e.id: e.kind for e in analysed.entities}
            touched = _Touched()
            source = cur.execute("SELECT source FROM articles WHERE id=?",
                                 (article_id,)).fetchone()[0]
            for event in analysed.events:
                self._write_event(cur, article_id, article.published, source, event, version,
                                  kinds, touched)
            self._refresh_touched(cur, touched, version)
            cur.execute("COMMIT")
        return "replaced" if existing else "stored"

    def _write_entities(self, cur: sqlite3.Cursor, article_id: str,
                        analysed: AnalysedArticle, version: str) -> None:
        for entity in analysed.entities:
            # First sighting names the entity; later articles fill what it lacked.
            cur.execute(
                "INSERT INTO entities(id, name, kind, country, sector, office, igo, "
                "pipeline_version, kb_id) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
                "country=COALESCE(entities.country, excluded.country), "
                "kb_id=COALESCE(entities.kb_id, excluded.kb_id), "
                "sector=COALESCE(entities.sector, excluded.sector), "
                "office=COALESCE(entities.office, excluded.office), "
                "pipeline_version=excluded.pipeline_version",
                (entity.id, entity.name, entity.kind, entity.country, entity.sector,
                 entity.office, entity.igo, version, entity.kb_id))
            cur.executemany(
                'INSERT INTO mentions(article_id, entity_id, start, "end", text, office, '
                "pipeline_version, role) VALUES (?,?,?,?,?,?,?,?)",
                [(article_id, entity.id, m.start, m.end, m.text, entity.office, version, entity.role)
                 for m in entity.mentions])

    def _write_event(self, cur: sqlite3.Cursor, article_id: str, published: str | None,
                     source: str | None, event: Event, version: str, kinds: dict[str, str],
                     touched: "_Touched", record: str | None = None) -> None:
        """Merge one event record of the article `article_id` (its stored
        `published` and `source`; `record`: the record's JSON as stored, when it
        is being merged again). `touched` records the events this article
        refreshed (`_refresh_touched` refreshes those marked True again at the
        article's end; none are marked now)."""
        mention_id = f"{article_id}:{event.id}"
        sketch = sketch_event(event, published, kinds, article_id)
        event_id = choose_event(sketch, self._merge_candidates(cur, sketch))
        state: EventState | None = None
        if event_id is None:
            # Extractor ids are only unique within an article; the merged event
            # takes an id derived from its first mention, stable across reruns.
            event_id = "ev-" + hashlib.sha1(mention_id.encode("utf-8")).hexdigest()[:16]
            cur.execute("INSERT OR IGNORE INTO events(id, type, mode, context, cameo, date, "
                        "date_precision, date_source, location, first_seen, pipeline_version) "
                        "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                        (event_id, event.type, event.mode, event.context, event.cameo,
                         event.date, event.date_precision, event.date_source,
                         json.dumps(event.location.to_dict()) if event.location else None,
                         published, version))
            if cur.rowcount:
                state = self._remember(EventState(event_id, event.type, cur.lastrowid))
        else:
            state = self._state(cur, event_id)
        # A record re-sent with the same id replaces the old one (and its FTS row).
        cur.execute("DELETE FROM event_actors WHERE mention_id=?", (mention_id,))
        if cur.execute("DELETE FROM event_mentions WHERE id=?", (mention_id,)).rowcount:
            self._forget_states()  # some event lost a mention: read them back
            state = None
        cur.execute(
            'INSERT INTO event_mentions(id, event_id, article_id, type, cameo, date, '
            'date_source, modality, sentence, start, "end", text, confidence, record, '
            "pipeline_version, trigger_start, trigger_end, key) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (mention_id, event_id, article_id, event.type, event.cameo, event.date,
             event.date_source, event.modality, event.evidence.sentence, event.evidence.start,
             event.evidence.end, event.evidence.text, event.confidence,
             record or json.dumps(event.to_dict(), ensure_ascii=False), version,
             *_trigger(event), int(event.key)))
        rows = [(mention_id, event_id, role, ref.entity, ref.text, ref.country, ref.sector)
                for role, refs in (("actor", event.actor), ("recipient", event.recipient),
                                   ("attributed_to", event.attributed_to),
                                   ("about", event.about))
                for ref in refs]
        cur.executemany("INSERT INTO event_actors(mention_id, event_id, role, entity_id, text, "
                        "country, sector) VALUES (?,?,?,?,?,?,?)", rows)
        # The event's fields are brought up to date at every record: the next
        # record's merge decision reads them (deferring it to the article's end
        # changed 18 of 72,731 merged events of the corpus; see RELIABILITY.md).
        # The state takes the one new mention, whatever the event holds already.
        if state is None:
            self._refresh_event(cur, event_id, version)
        else:
            before = state.date
            state.add_mention(mention_fields(event), article_id, event.evidence.sentence,
                              event.modality, event.evidence.text,
                              source if source is not None else article_id, published,
                              retold_sentences(event), act_of(event))
            new_keys = state.add_actors((r[2], r[3], r[4], r[5], r[6]) for r in rows
                                        if r[2] != "attributed_to")
            if state.date != before:
                cur.execute("UPDATE event_keys SET date=? WHERE event_id=?",
                            (state.date, event_id))
            self._add_keys(cur, state, new_keys)
            self._write_fields(cur, state, version)
        touched.events[event_id] = False

    def _refresh_touched(self, cur: sqlite3.Cursor, touched: "_Touched",
                         version: str | None) -> None:
        for event_id, again in touched.events.items():
            if again:
                self._refresh_event(cur, event_id, version)
        touched.events.clear()

    def _merge_candidates(self, cur: sqlite3.Cursor,
                          sketch: Sketch) -> list[tuple[str, Sketch]]:
        """Stored events of the new record's block: the same root type, one
        blocking key in common (an entity, a country, a text of its sides), a
        date in its window; at most CANDIDATES_PER_RANGE per date range, oldest
        first. The `event_keys` index holds exactly these, so the lookup reads
        the block and nothing else.

        merging/memory.py does this lookup in memory for batch jobs (Spark);
        tests/test_spark_merge.py fails when the two stop agreeing."""
        window = candidate_window(sketch)
        wanted = wanted_keys(sketch)
        if window is None or not wanted:
            return []
        marks = ",".join("?" * len(wanted))
        ranges = date_ranges(window)
        # One statement, one index range scan per key and date range.
        one = (f"SELECT * FROM (SELECT DISTINCT event_id, date, ord FROM event_keys WHERE "
               f"type = ? AND key IN ({marks}) AND date >= ? AND date < ? ORDER BY date, ord "
               f"LIMIT {CANDIDATES_PER_RANGE})")
        params: list[str] = []
        for start, stop in ranges:
            params += [sketch.type, *wanted, start, stop]
        ids = [r[0] for r in cur.execute(" UNION ALL ".join([one] * len(ranges)), params)]
        return [(event_id, self._state(cur, event_id).sketch(self._kind_of))
                for event_id in dict.fromkeys(ids)]

    def _kind_of(self, entity: str | None) -> str | None:
        """An entity's kind, as stored (it never changes once stored)."""
        if not entity:
            return None
        kind = self._kinds.get(entity)
        if kind is None:
            row = self.conn.execute("SELECT kind FROM entities WHERE id=?", (entity,)).fetchone()
            if row is not None:
                kind = self._kinds[entity] = row[0]
        return kind

    def _remember(self, state: EventState) -> EventState:
        self._states[state.id] = state
        if len(self._states) > self.state_cache_events:
            self._states.popitem(last=False)
        return state

    def _state(self, cur: sqlite3.Cursor, event_id: str) -> EventState:
        """The merging state of a stored event: from the cache, else read from its
        mention and actor rows (once; then each new mention updates it)."""
        state = self._states.get(event_id)
        if state is not None:
            self._states.move_to_end(event_id)
            return state
        row = cur.execute("SELECT rowid, type FROM events WHERE id=?", (event_id,)).fetchone()
        state = EventState(event_id, row[1], row[0])
        for m in cur.execute(
                "SELECT m.article_id, m.sentence, m.modality, m.text, m.date, m.date_source, "
                "m.cameo, json_extract(m.record, '$.date_precision') AS date_precision, "
                "json_extract(m.record, '$.mode') AS mode, "
                "json_extract(m.record, '$.context') AS context, "
                "json_extract(m.record, '$.location') AS location, "
                "json_extract(m.record, '$.tellings') AS tellings, "
                "json_extract(m.record, '$.predicate.lemma') AS act, "
                "COALESCE(a.source, a.id) AS source_key, a.published FROM event_mentions m "
                "JOIN articles a ON a.id = m.article_id WHERE m.event_id=? ORDER BY m.rowid",
                (event_id,)).fetchall():
            fields = dict(m)
            fields["location"] = json.loads(m["location"]) if m["location"] else None
            state.add_mention(fields, m["article_id"], m["sentence"], m["modality"], m["text"],
                              m["source_key"], m["published"], retold_json(m["tellings"]),
                              m["act"])
        state.add_actors(tuple(r) for r in cur.execute(
            "SELECT role, entity_id, text, country, sector FROM event_actors "
            "WHERE event_id=? AND role IN ('actor', 'recipient', 'about') ORDER BY rowid",
            (event_id,)))
        return self._remember(state)

    @staticmethod
    def _add_keys(cur: sqlite3.Cursor, state: EventState, keys: Iterator[str] | list[str]
                  ) -> None:
        cur.executemany("INSERT OR IGNORE INTO event_keys(event_id, key, type, date, ord) "
                        "VALUES (?,?,?,?,?)",
                        [(state.id, key, state.type, state.date, state.order) for key in keys])

    @staticmethod
    def _write_fields(cur: sqlite3.Cursor, state: EventState, version: str | None) -> None:
        fields, counts = state.fields, state.counts()
        cur.execute(
            "UPDATE events SET date=?, date_precision=?, date_source=?, cameo=?, mode=?, "
            "context=?, location=?, pipeline_version=COALESCE(?, pipeline_version), "
            # Two records from one sentence (two triggers of one act) are one mention.
            "n_mentions=?, n_articles=?, n_sources=?, first_seen=?, last_seen=? WHERE id=?",
            (fields["date"], fields["date_precision"], fields["date_source"], fields["cameo"],
             fields["mode"], fields["context"],
             json.dumps(fields["location"]) if fields["location"] else None, version,
             counts["n_mentions"], counts["n_articles"], counts["n_sources"],
             counts["first_seen"], counts["last_seen"], state.id))

    def _refresh_event(self, cur: sqlite3.Cursor, event_id: str,
                       version: str | None = None) -> None:
        """Recompute a merged event's fields, counts and blocking keys from all its
        mentions (after some were removed)."""
        self._states.pop(event_id, None)
        state = self._state(cur, event_id)
        cur.execute("DELETE FROM event_keys WHERE event_id=?", (event_id,))
        self._add_keys(cur, state, sorted(state.keys))
        self._write_fields(cur, state, version)

    def remerge(self, on_progress: Any = None, *, batch_seconds: float = 1.0,
                pause_seconds: float = 0.1) -> int:
        """Rebuild every merged event from the stored event records, in the order
        they were stored, without re-analysing anything (after a change of the
        merge rule); returns the number of events.

        It works in short transactions of about `batch_seconds` each, so the
        write lock is never held for long: readers never wait (WAL), and an
        ingest beside it waits at most one batch, which the pause between
        batches lets in (SQLite's busy handler polls; a lock taken again at once
        would starve it). The records to replay are first queued in the store
        (table remerge_queue), then the old events are cleared, then the queue
        is replayed, each batch removing what it replayed: a run killed at any
        moment loses nothing, every event stored is whole, and the next run
        finishes the job. Meanwhile readers see events being rebuilt; a record
        an ingest stores during the rebuild is merged with what is there, and kept."""
        # The batches rewrite the same index pages again and again: a WAL
        # checkpoint every REMERGE_CHECKPOINT_PAGES instead of SQLite's 1,000
        # copies each page back to the database file once, not once per batch.
        checkpoint = self.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
        self.conn.execute(f"PRAGMA wal_autocheckpoint={max(checkpoint, REMERGE_CHECKPOINT_PAGES)}")
        try:
            return self._remerge(on_progress, batch_seconds, pause_seconds)
        finally:
            self.conn.execute(f"PRAGMA wal_autocheckpoint={checkpoint}")

    def _remerge(self, on_progress: Any, batch_seconds: float, pause_seconds: float) -> int:
        state = self._remerge_state()
        # The web app's indexes are dropped while the events are rebuilt and built
        # once at the end (WEB_INDEXES): readers meanwhile page without them.
        for name in WEB_INDEXES:
            self._in_batch(f"DROP INDEX IF EXISTS {name}")
        if state is None:  # a fresh start (or a copy cut short: nothing was cleared)
            self._in_batch("DROP TABLE IF EXISTS remerge_queue")
            self._in_batch("CREATE TABLE remerge_queue (seq INTEGER PRIMARY KEY, "
                           "article_id TEXT NOT NULL, record TEXT NOT NULL, "
                           "pipeline_version TEXT, published TEXT)")
            top = self.conn.execute("SELECT COALESCE(MAX(rowid), 0) FROM articles").fetchone()[0]
            for low in range(0, top, REMERGE_COPY_ARTICLES):
                self._in_batch(
                    "INSERT INTO remerge_queue(article_id, record, pipeline_version, "
                    "published) SELECT m.article_id, m.record, m.pipeline_version, "
                    "a.published FROM articles a JOIN event_mentions m ON m.article_id = a.id "
                    "WHERE a.rowid > ? AND a.rowid <= ? ORDER BY a.rowid, m.rowid",
                    (low, min(low + REMERGE_COPY_ARTICLES, top)))
                time.sleep(pause_seconds)
            # From here on old events are cleared: the queue is what is left to replay.
            with self._tx() as cur:
                cur.execute("BEGIN IMMEDIATE")
                cur.execute("CREATE TABLE remerge_state (top_event INTEGER NOT NULL, "
                            "cleared INTEGER NOT NULL DEFAULT 0)")
                cur.execute("INSERT INTO remerge_state(top_event) SELECT COALESCE(MAX(rowid), 0) "
                            "FROM events")
                cur.execute("COMMIT")
            state = self._remerge_state()
        # Clear the old merged events, each with its mentions, a batch at a time,
        # then mark them cleared (rowids of the events rebuilt next may be reused).
        if not self.conn.execute("SELECT cleared FROM remerge_state").fetchone()[0]:
            while self._clear_events(state):
                time.sleep(pause_seconds)
            self._in_batch("UPDATE remerge_state SET cleared = 1")
        total = self.conn.execute("SELECT COUNT(*) FROM remerge_queue").fetchone()[0]
        kinds = {r[0]: r[1] for r in self.conn.execute("SELECT id, kind FROM entities")}
        cache, self.state_cache_events = self.state_cache_events, max(
            self.state_cache_events, REMERGE_STATE_CACHE_EVENTS)
        try:
            left = total
            while left:
                left = self._replay_batch(kinds, batch_seconds, on_progress, total, left)
                if left:
                    time.sleep(pause_seconds)
        finally:
            self.state_cache_events = cache
            while len(self._states) > cache:
                self._states.popitem(last=False)
        self._build_web_indexes()
        with self._tx() as cur:
            cur.execute("BEGIN IMMEDIATE")
            cur.execute("DROP TABLE remerge_queue")
            cur.execute("DROP TABLE remerge_state")
            cur.execute("COMMIT")
        return self.count("events")

    def _build_web_indexes(self) -> list[str]:
        """Build the web app's indexes that are missing (WEB_INDEXES), each in its
        own transaction; their names."""
        have = {r[0] for r in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index'")}
        built = []
        for name, on in WEB_INDEXES.items():
            if name not in have:
                self._in_batch(f"CREATE INDEX IF NOT EXISTS {name} ON {on}")
                built.append(name)
        return built

    def _remerge_state(self) -> int | None:
        """The top event rowid before a re-merge that was cut short, if any."""
        if not self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'remerge_state'"
                                 ).fetchone():
            return None
        return self.conn.execute("SELECT top_event FROM remerge_state").fetchone()[0]

    def _in_batch(self, sql: str, params: tuple = ()) -> int:
        """One statement in its own short write transaction; rows changed."""
        with self._tx() as cur:
            cur.execute("BEGIN IMMEDIATE")
            n = cur.execute(sql, params).rowcount
            cur.execute("COMMIT")
        return n

    def _clear_events(self, top: int) -> int:
        """Delete a batch of events stored before the re-merge began, with their
        mentions (and, by cascade, their actors); how many were deleted."""
        with self._tx() as cur:
            cur.execute("BEGIN IMMEDIATE")
            ids = [r[0] for r in cur.execute("SELECT id FROM events WHERE rowid <= ? LIMIT ?",
                                             (top, REMERGE_CLEAR_EVENTS))]
            marks = ",".join("?" * len(ids))
            if ids:
                cur.execute(f"DELETE FROM event_mentions WHERE event_id IN ({marks})", ids)
                cur.execute(f"DELETE FROM event_actors WHERE event_id IN ({marks})", ids)
                cur.execute(f"DELETE FROM event_keys WHERE event_id IN ({marks})", ids)
                cur.execute(f"DELETE FROM events WHERE id IN ({marks})", ids)
            cur.execute("COMMIT")
        self._forget_states()
        return len(ids)

    def _replay_batch(self, kinds: dict[str, str], seconds: float, on_progress: Any,
                      total: int, left: int) -> int:
        """Replay queued records, whole articles, for about `seconds`, and take
        them off the queue, in one transaction; how many records are left of the
        `left` there were (0 when the queue is empty: only the re-merge writes it)."""
        deadline = time.monotonic() + seconds
        with self._tx() as cur:
            self._begin(cur)
            touched = _Touched()
            article_id = version = None
            last = 0
            stop = False
            while not stop:
                rows = cur.execute("SELECT q.*, a.source FROM remerge_queue q LEFT JOIN "
                                   "articles a ON a.id = q.article_id WHERE q.seq > ? "
                                   "ORDER BY q.seq LIMIT 200", (last,)).fetchall()
                if not rows:
                    break
                for row in rows:
                    if row["article_id"] != article_id:
                        if article_id is not None:
                            self._refresh_touched(cur, touched, version)
                            if time.monotonic() > deadline:
                                stop = True
                                break
                        article_id = row["article_id"]
                    version = row["pipeline_version"]
                    event = Event.from_dict(json.loads(row["record"]))
                    self._write_event(cur, article_id, row["published"], row["source"], event,
                                      version, kinds, touched, row["record"])
                    last = row["seq"]
            if article_id is not None and not stop:
                self._refresh_touched(cur, touched, version)
            left -= cur.execute("DELETE FROM remerge_queue WHERE seq <= ?", (last,)).rowcount
            if article_id is None or left <= 0:
                left = cur.execute("SELECT COUNT(*) FROM remerge_queue").fetchone()[0]
            cur.execute("COMMIT")
        if on_progress:
            on_progress(total - left, total)
        return left if article_id is not None else 0

    def _delete_analysis(self, cur: sqlite3.Cursor, article_id: str) -> None:
        events = [r[0] for r in cur.execute(
            "SELECT DISTINCT event_id FROM event_mentions WHERE article_id=?", (article_id,))]
        cur.execute("DELETE FROM mentions WHERE article_id=?", (article_id,))
        cur.execute("DELETE FROM timexes WHERE article_id=?", (article_id,))
        cur.execute("DELETE FROM event_mentions WHERE article_id=?", (article_id,))
        for event_id in events:
            left = cur.execute("SELECT COUNT(*) FROM event_mentions WHERE event_id=?",
                               (event_id,)).fetchone()[0]
            if left:
                self._refresh_event(cur, event_id)
            else:
                self._states.pop(event_id, None)
                cur.execute("DELETE FROM event_actors WHERE event_id=?", (event_id,))
                cur.execute("DELETE FROM event_keys WHERE event_id=?", (event_id,))
                cur.execute("DELETE FROM events WHERE id=?", (event_id,))

    # ------------------------------------------------------------------ reads

    def count(self, table: str) -> int:
        if table not in {"articles", "entities", "events", "event_mentions", "timexes",
                         "mentions", "runs"}:
            raise ValueError(table)
        return self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]

    def articles(self, limit: int | None = None, offset: int = 0) -> list[ArticleSummary]:
        rows = self.conn.execute(
            "SELECT a.id, a.title, a.source, a.published, a.published_source, a.url, a.origin, "
            "length(a.text) AS chars, "
            "(SELECT COUNT(*) FROM event_mentions m WHERE m.article_id = a.id) AS events "
            "FROM articles a ORDER BY a.published IS NULL, a.published DESC, a.rowid "
            "LIMIT ? OFFSET ?", (-1 if limit is None else limit, offset)).fetchall()
        return [ArticleSummary(**dict(r)) for r in rows]

    def article(self, article_id: str) -> Article | None:
        """The article with this id, or with this unique id prefix (taken
        literally: `%` and `_` are characters); AmbiguousId lists the matches."""
        row = self.conn.execute("SELECT * FROM articles WHERE id=?", (article_id,)).fetchone()
        if row is None and article_id:
            rows = self.conn.execute(
                "SELECT * FROM articles WHERE substr(id, 1, ?) = ? ORDER BY id LIMIT 11",
                (len(article_id), article_id)).fetchall()
            if len(rows) > 1:
                shown = "; ".join(f"{r['id']} ({(r['title'] or '')[:40]})" for r in rows[:10])
                more = ", and more" if len(rows) > 10 else ""
                raise AmbiguousId(f"id prefix '{article_id}' matches {len(rows)}"
                                  f"{'+' if len(rows) > 10 else ''} articles: {shown}{more}",
                                  fix="give more characters of the id")
            row = rows[0] if rows else None
        if row is None:
            return None
        return Article(id=row["id"], origin=row["origin"], text=row["text"], title=row["title"],
                       url=row["url"], source=row["source"], published=row["published"],
                       published_source=row["published_source"],
                       authors=tuple(json.loads(row["authors"])))

    def article_ids(self, since_version: str | None = None) -> list[str]:
        """Ids of stored articles, oldest first; with `since_version`, only those
        analysed by an older pipeline (versions compare numerically: 0.10 > 0.9)."""
        rows = self.conn.execute("SELECT id, pipeline_version FROM articles ORDER BY rowid")
        if not since_version:
            return [r[0] for r in rows]
        bound = version_key(since_version)
        return [r[0] for r in rows if version_key(r[1]) < bound]

    def article_versions(self) -> list[tuple[str, str]]:
        """(id, pipeline_version) of every stored article, oldest first."""
        return [(r[0], r[1]) for r in self.conn.execute(
            "SELECT id, pipeline_version FROM articles ORDER BY rowid")]

    def runs(self, newest: int | None = None) -> list[dict[str, Any]]:
        """Recorded runs, each with a `status` (all, oldest first; or the `newest`
        few, newest first). A run without an end was killed (or is still going: a
        reader cannot tell) and says so; its `stored` is counted from the articles
        that name it, as its own counts are written only at its end. `inputs` and
        `failures` come decoded (lists)."""
        rows = [dict(r) for r in (
            self.conn.execute("SELECT * FROM runs ORDER BY id") if newest is None else
            self.conn.execute("SELECT * FROM runs ORDER BY id DESC LIMIT ?", (newest,)))]
        open_ids = [r["id"] for r in rows if not r["finished_at"]]
        stored: dict[int, int] = {}
        if open_ids:
            marks = ",".join("?" * len(open_ids))
            stored = {r[0]: r[1] for r in self.conn.execute(
                f"SELECT run_id, COUNT(*) FROM articles WHERE run_id IN ({marks}) "
                "GROUP BY run_id", open_ids)}
        for row in rows:
            # the JSON columns are decoded here, the one reader of the runs table
            row["inputs"] = _json_column(row.get("inputs"))
            row["failures"] = _json_column(row.get("failures"))
            if row["finished_at"]:
                row["status"] = "finished"
            else:
                row["status"] = "interrupted or running"
                row["stored"] = stored.get(row["id"], 0)
                row["read"] = max(row["read"] or 0, row["stored"])
        return rows

    def query(self, sql: str, params: tuple = ()) -> list[dict[str, Any]]:
        """Read-only named queries in store.reads use this."""
        return [dict(r) for r in self.conn.execute(sql, params)]


def _json_column(text: str | None) -> list:
    """A stored JSON list (runs.inputs, runs.failures); a value written before
    they were JSON is kept as a one-item list rather than lost."""
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return [text]
    return value if isinstance(value, list) else [value]
