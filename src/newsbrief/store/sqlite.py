"""The SQLite store: the only module that talks to the database driver.

One object, one write path (`Store.write`): each article and everything the
pipeline made of it goes in one transaction, so a crash or kill mid-run leaves
every stored article whole and a rerun finishes the job without duplicates.
Reads go through named query methods (here and in `store.queries`).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

from ..errors import StoreError
from ..records import AnalysedArticle, Article, Event, text_hash
from .migrations import MIGRATIONS

WriteOutcome = Literal["stored", "duplicate", "replaced"]


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


class Store:
    def __init__(self, path: str | Path):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        try:
            self.conn = sqlite3.connect(self.path, timeout=30, isolation_level=None,
                                        check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            # WAL: readers keep working while an ingest writes.
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as err:
            raise StoreError(f"cannot open the database: {err}", where=self.path,
                             fix="check that the file is a newsbrief SQLite database, or "
                             "pass another --db") from None

    # ------------------------------------------------------------------ lifecycle

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        current = self.schema_version
        if current > len(MIGRATIONS):
            raise StoreError(
                f"database schema version {current} is newer than this newsbrief "
                f"({len(MIGRATIONS)})", where=self.path, fix="upgrade newsbrief")
        for version in range(current, len(MIGRATIONS)):
            with self._tx() as cur:
                cur.executescript("BEGIN;" + MIGRATIONS[version] +
                                  f";PRAGMA user_version={version + 1};COMMIT;")

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Cursor]:
        cur = self.conn.cursor()
        try:
            yield cur
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        finally:
            cur.close()

    # ------------------------------------------------------------------ runs

    def start_run(self, command: str, inputs: list[str], pipeline_version: str) -> int:
        with self._tx() as cur:
            cur.execute("INSERT INTO runs(started_at, command, inputs, pipeline_version) "
                        "VALUES (?, ?, ?, ?)", (_now(), command, json.dumps(inputs),
                                                pipeline_version))
            return int(cur.lastrowid)

    def finish_run(self, run_id: int, summary: RunSummary) -> None:
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
        existing = self.find_duplicate(article)
        if existing and not replace:
            return "duplicate"
        version = analysed.pipeline_version
        with self._tx() as cur:
            cur.execute("BEGIN IMMEDIATE")
            if existing:
                article_id = existing
                self._delete_analysis(cur, article_id)
                cur.execute("UPDATE articles SET pipeline_version=?, published=?, "
                            "published_source=? WHERE id=?",
                            (version, article.published, article.published_source, article_id))
            else:
                article_id = article.id
                cur.execute(
                    "INSERT INTO articles(id, origin, title, url, source, published, "
                    "published_source, authors, text, text_hash, pipeline_version, run_id, "
                    "ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (article_id, article.origin, article.title, article.url, article.source,
                     article.published, article.published_source, json.dumps(article.authors),
                     article.text, text_hash(article.text), version, run_id, _now()))
            self._write_entities(cur, article_id, analysed, version)
            cur.executemany(
                'INSERT INTO timexes(article_id, start, "end", text, type, value, '
                "pipeline_version) VALUES (?,?,?,?,?,?,?)",
                [(article_id, t.start, t.end, t.text, t.type, t.value, version)
                 for t in analysed.timexes])
            for event in analysed.events:
                self._write_event(cur, article_id, article, event, version)
            cur.execute("COMMIT")
        return "replaced" if existing else "stored"

    def _write_entities(self, cur: sqlite3.Cursor, article_id: str,
                        analysed: AnalysedArticle, version: str) -> None:
        for entity in analysed.entities:
            # First sighting names the entity; later articles fill what it lacked.
            cur.execute(
                "INSERT INTO entities(id, name, kind, country, sector, office, igo) "
                "VALUES (?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
                "country=COALESCE(entities.country, excluded.country), "
                "sector=COALESCE(entities.sector, excluded.sector), "
                "office=COALESCE(entities.office, excluded.office)",
                (entity.id, entity.name, entity.kind, entity.country, entity.sector,
                 entity.office, entity.igo))
            cur.executemany(
                'INSERT INTO mentions(article_id, entity_id, start, "end", text, office, '
                "pipeline_version) VALUES (?,?,?,?,?,?,?)",
                [(article_id, entity.id, m.start, m.end, m.text, entity.office, version)
                 for m in entity.mentions])

    def _write_event(self, cur: sqlite3.Cursor, article_id: str, article: Article,
                     event: Event, version: str) -> None:
        from ..knowledge.merge import choose_event

        mention_id = f"{article_id}:{event.id}"
        candidates = self._merge_candidates(cur, event)
        event_id = choose_event(event, candidates) or event.id
        if not any(c["id"] == event_id for c in candidates):
            cur.execute(
                "INSERT OR IGNORE INTO events(id, type, mode, context, cameo, date, "
                "date_precision, location, first_seen) VALUES (?,?,?,?,?,?,?,?,?)",
                (event_id, event.type, event.mode, event.context, event.cameo, event.date,
                 event.date_precision,
                 json.dumps(event.location.to_dict()) if event.location else None,
                 article.published))
        cur.execute(
            'INSERT OR REPLACE INTO event_mentions(id, event_id, article_id, type, cameo, date, '
            'date_source, modality, sentence, start, "end", text, confidence, record, '
            "pipeline_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (mention_id, event_id, article_id, event.type, event.cameo, event.date,
             event.date_source, event.modality, event.evidence.sentence, event.evidence.start,
             event.evidence.end, event.evidence.text, event.confidence,
             json.dumps(event.to_dict(), ensure_ascii=False), version))
        rows = [(mention_id, event_id, role, ref.entity, ref.text, ref.country, ref.sector)
                for role, refs in (("actor", event.actor), ("recipient", event.recipient),
                                   ("attributed_to", event.attributed_to))
                for ref in refs]
        cur.executemany("INSERT INTO event_actors(mention_id, event_id, role, entity_id, text, "
                        "country, sector) VALUES (?,?,?,?,?,?,?)", rows)
        self._refresh_event_counts(cur, event_id)

    def _merge_candidates(self, cur: sqlite3.Cursor, event: Event) -> list[dict[str, Any]]:
        """Stored events of the same root type sharing an actor, near the new one's date."""
        from ..knowledge.merge import candidate_window

        keys = [ref.entity or ref.country for ref in event.actor if ref.entity or ref.country]
        if not keys:
            return []
        low, high = candidate_window(event)
        marks = ",".join("?" * len(keys))
        rows = cur.execute(
            f"SELECT DISTINCT e.* FROM events e JOIN event_actors a ON a.event_id = e.id "
            f"WHERE e.type = ? AND a.role = 'actor' AND "
            f"(a.entity_id IN ({marks}) OR (a.entity_id IS NULL AND a.country IN ({marks}))) "
            f"AND (e.date IS NULL OR (e.date >= ? AND e.date <= ?)) LIMIT 50",
            (event.type, *keys, *keys, low, high)).fetchall()
        out = []
        for row in rows:
            item = dict(row)
            item["actors"] = [dict(r) for r in cur.execute(
                "SELECT DISTINCT role, entity_id, country, sector FROM event_actors "
                "WHERE event_id = ?", (row["id"],))]
            out.append(item)
        return out

    def _refresh_event_counts(self, cur: sqlite3.Cursor, event_id: str) -> None:
        cur.execute(
            "UPDATE events SET n_mentions=(SELECT COUNT(*) FROM event_mentions WHERE event_id=?),"
            " n_articles=(SELECT COUNT(DISTINCT article_id) FROM event_mentions WHERE event_id=?),"
            " n_sources=(SELECT COUNT(DISTINCT COALESCE(a.source, a.id)) FROM event_mentions m "
            "   JOIN articles a ON a.id = m.article_id WHERE m.event_id=?),"
            " first_seen=(SELECT MIN(a.published) FROM event_mentions m JOIN articles a "
            "   ON a.id = m.article_id WHERE m.event_id=?),"
            " last_seen=(SELECT MAX(a.published) FROM event_mentions m JOIN articles a "
            "   ON a.id = m.article_id WHERE m.event_id=?) WHERE id=?",
            (event_id,) * 6)

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
                self._refresh_event_counts(cur, event_id)
            else:
                cur.execute("DELETE FROM event_actors WHERE event_id=?", (event_id,))
                cur.execute("DELETE FROM events WHERE id=?", (event_id,))

    # ------------------------------------------------------------------ reads

    def count(self, table: str) -> int:
        if table not in {"articles", "entities", "events", "event_mentions", "timexes",
                         "mentions", "runs"}:
            raise ValueError(table)
        return self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]

    def articles(self, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT a.id, a.title, a.source, a.published, a.published_source, a.url, a.origin, "
            "length(a.text) AS chars, "
            "(SELECT COUNT(*) FROM event_mentions m WHERE m.article_id = a.id) AS events "
            "FROM articles a ORDER BY a.published IS NULL, a.published DESC, a.rowid "
            "LIMIT ? OFFSET ?", (-1 if limit is None else limit, offset)).fetchall()
        return [dict(r) for r in rows]

    def article(self, article_id: str) -> Article | None:
        row = self.conn.execute("SELECT * FROM articles WHERE id=?", (article_id,)).fetchone()
        if row is None:
            row = self.conn.execute("SELECT * FROM articles WHERE id LIKE ? LIMIT 2",
                                    (article_id + "%",)).fetchone()
        if row is None:
            return None
        return Article(id=row["id"], origin=row["origin"], text=row["text"], title=row["title"],
                       url=row["url"], source=row["source"], published=row["published"],
                       published_source=row["published_source"],
                       authors=tuple(json.loads(row["authors"])))

    def article_ids(self, since_version: str | None = None) -> list[str]:
        if since_version:
            rows = self.conn.execute("SELECT id FROM articles WHERE pipeline_version < ? "
                                     "ORDER BY rowid", (since_version,))
        else:
            rows = self.conn.execute("SELECT id FROM articles ORDER BY rowid")
        return [r[0] for r in rows]

    def runs(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute("SELECT * FROM runs ORDER BY id")]

    def query(self, sql: str, params: tuple = ()) -> list[dict[str, Any]]:
        """Read-only named queries in store.queries use this."""
        return [dict(r) for r in self.conn.execute(sql, params)]
