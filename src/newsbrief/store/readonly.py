"""A store opened for reading only (what `newsbrief serve` uses).

SQLite is opened with `mode=ro`, so no route can write by mistake; the schema is
checked, never migrated; and every query can be given a deadline, after which
SQLite interrupts it (a web request never holds a connection for long).
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import StoreError
from .migrations import MIGRATIONS
from .sqlite import Closing, Store


# Bytes of the database file a read-only connection maps (more is read as usual).
MMAP_BYTES = 1 << 30


class QueryTimeout(StoreError):
    """A read ran past its deadline and was interrupted."""

    exit_code = 4


class ReadOnlyStore(Store):
    """`Store` reads over a `mode=ro` connection. Writing methods fail with
    SQLite's own "attempt to write a readonly database"."""

    def __init__(self, path: str | Path):  # noqa: super().__init__ would migrate
        self.path = str(path)
        file = Path(self.path).expanduser()
        if not file.is_file():
            raise StoreError("no such database file", where=self.path,
                             fix="pass the --db of a store made by `newsbrief ingest`")
        try:
            self.conn = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True,
                                        timeout=5, isolation_level=None,
                                        check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            version = self.schema_version
        except sqlite3.DatabaseError as err:
            raise StoreError(f"cannot open the database read-only: {err}", where=self.path,
                             fix="check that the file is a newsbrief SQLite database") from None
        if version != len(MIGRATIONS):
            newer = version > len(MIGRATIONS)
            raise StoreError(
                f"database schema version {version}, this newsbrief reads {len(MIGRATIONS)}",
                where=self.path,
                fix="upgrade newsbrief" if newer else
                "open it once with a writing command (e.g. `newsbrief articles --db FILE`) "
                "to migrate it")
        # Pages read through a memory map of the file: every connection (one per
        # thread of the server) shares the system's cache of the file instead of
        # copying pages into a 2 MB cache of its own with a read() each (about a
        # tenth of a page's CPU on the whole-corpus store; BENCHMARKS.md).
        self.conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
        self._deadline: float | None = None
        # Checked every ~million SQLite steps (a few ms): often enough for the
        # deadline, rarely enough not to fight other threads for the GIL.
        self.conn.set_progress_handler(self._past_deadline, 1_000_000)

    def _past_deadline(self) -> int:
        return int(self._deadline is not None and time.monotonic() > self._deadline)

    @contextmanager
    def deadline(self, seconds: float) -> Iterator[None]:
        """Interrupt any query of this block still running after `seconds`."""
        self._deadline = time.monotonic() + seconds
        try:
            yield
        except sqlite3.OperationalError as err:
            if "interrupted" in str(err):
                raise QueryTimeout(f"query took longer than {seconds:g} s", where="database",
                                   fix="narrow the filters (a date range, a type, an actor)"
                                   ) from None
            raise
        finally:
            self._deadline = None

    def index_pending(self) -> int:
        # Ingest indexes what it stores at the end of each run; a reader cannot.
        return 0


class StorePool(Closing):
    """One read-only connection per thread (sqlite3 connections are not to be
    shared between threads running queries at the same time)."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        self._local = threading.local()
        self._all: list[ReadOnlyStore] = []
        self._lock = threading.Lock()
        self.get()  # fail now, not at the first request, if the file is wrong

    def get(self) -> ReadOnlyStore:
        store = getattr(self._local, "store", None)
        if store is None:
            store = ReadOnlyStore(self.path)
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            for store in self._all:
                try:
                    store.close()
                except sqlite3.ProgrammingError:
                    pass  # closed from another thread already
            self._all.clear()
