"""Where one web answer's time goes: each URL asked twice in process (the second
time timed), nothing cached, with its slowest SQL statements.

    python bench/profile_web_urls.py STORE "/events?actor_country=USA" "/search?q=president"

The app's answer and part caches are turned off, so every answer is computed as
a fresh URL's is; wall time, so on a shared machine compare within one run.
"""

from __future__ import annotations

import sys
import time

from fastapi.testclient import TestClient

from newsbrief.store import readonly
from newsbrief.web import common, create_app

log: list[tuple[float, str]] = []


class _Rows(list):
    def fetchall(self):
        return list(self)

    def fetchone(self):
        return self[0] if self else None


class _Timed:
    """A connection whose statements are timed (rows read at once)."""

    def __init__(self, conn):
        self._conn = conn

    def execute(self, sql, params=()):
        start = time.perf_counter()
        rows = self._conn.execute(sql, params).fetchall()
        log.append(((time.perf_counter() - start) * 1000, " ".join(sql.split())[:150]))
        return _Rows(rows)

    def __getattr__(self, name):
        return getattr(self._conn, name)


def main() -> None:
    db, urls = sys.argv[1], sys.argv[2:]
    common.AnswerCache.lookup = lambda self, key: (False, None)
    common.AnswerCache.lookup_many = lambda self, keys: {}
    common.AnswerCache.get = lambda self, key, compute: compute()
    opened = readonly.ReadOnlyStore.__init__

    def timed_init(self, path):
        opened(self, path)
        self.conn = _Timed(self.conn)

    readonly.ReadOnlyStore.__init__ = timed_init
    app = create_app(db, query_seconds=60)
    app.state.facet_values.read()  # as the server does when it starts (not a cache)
    client = TestClient(app)
    for url in urls:
        client.get(url)
        log.clear()
        start = time.perf_counter()
        status = client.get(url).status_code
        total = (time.perf_counter() - start) * 1000
        print(f"== {url}: {status}, {total:.1f} ms, SQL {sum(ms for ms, _ in log):.1f} ms")
        for ms, sql in sorted(log, reverse=True)[:6]:
            print(f"   {ms:7.1f}  {sql}")


if __name__ == "__main__":
    main()
