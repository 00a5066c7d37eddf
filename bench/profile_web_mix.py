"""Where the web app's CPU goes on bench_web.py's own URL mix: the app called in
process (ASGI, no HTTP server, no threads), one request at a time, under
cProfile; prints the CPU per request, the slowest URLs and the top functions.

    python bench/profile_web_mix.py STORE [--scenario "event table"] [--requests 300]

The answer caches stay on, as in the server (each URL of the mix is new but for
the repeats the mix makes itself); `--no-cache` turns them off.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from bench_web import Population, is_panel, next_url, sessions  # noqa: E402

from newsbrief.web import common, create_app  # noqa: E402


async def _inline(func, *args, **kwargs):
    return func(*args, **kwargs)


def run_inline() -> None:
    """Sync endpoints and dependencies run in the event loop's thread, where the
    profiler sees them (the server runs them in a thread pool)."""
    import fastapi.dependencies.utils as deps
    import fastapi.routing as routing

    routing.run_in_threadpool = _inline
    deps.run_in_threadpool = _inline


async def call(app, url: str) -> tuple[int, bytes]:
    path, _, query = url.partition("?")
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
             "method": "GET", "scheme": "http", "path": path, "raw_path": path.encode(),
             "query_string": query.encode(), "headers": [(b"host", b"127.0.0.1")],
             "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80), "root_path": ""}
    out: dict = {"body": []}

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        if message["type"] == "http.response.start":
            out["status"] = message["status"]
        elif message["type"] == "http.response.body":
            out["body"].append(message.get("body", b""))

    await app(scope, receive, send)
    return out["status"], b"".join(out["body"])


def time_statements(log: dict[str, list[float]]) -> None:
    """Every statement of the app's read-only connections timed (CPU of this
    process), by its SQL with the numbers of placeholders folded."""
    import re

    from newsbrief.store import readonly

    class Rows(list):
        def fetchall(self):
            return list(self)

        def fetchone(self):
            return self[0] if self else None

    class Timed:
        def __init__(self, conn):
            self._conn = conn

        def execute(self, sql, params=()):
            start = time.process_time()
            rows = Rows(self._conn.execute(sql, params).fetchall())
            shape = re.sub(r"(\?,)+\?", "?..", " ".join(sql.split()))[:160]
            log.setdefault(shape, []).append((time.process_time() - start) * 1000)
            return rows

        def __getattr__(self, name):
            return getattr(self._conn, name)

    opened = readonly.ReadOnlyStore.__init__

    def init(self, path):
        opened(self, path)
        self.conn = Timed(self.conn)

    readonly.ReadOnlyStore.__init__ = init


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("--scenario", default="event table")
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--top", type=int, default=35)
    parser.add_argument("--no-cache", action="store_true")
    parser.add_argument("--no-profile", action="store_true",
                        help="CPU per request without the profiler's overhead")
    parser.add_argument("--sql", action="store_true", help="also time each SQL statement "
                        "(rows read at once) and list the costliest shapes")
    args = parser.parse_args()
    sql_log: dict[str, list[float]] = {}
    if args.sql:
        time_statements(sql_log)
    if args.no_cache:
        common.AnswerCache.lookup = lambda self, key: (False, None)
        common.AnswerCache.lookup_many = lambda self, keys: {}
        common.AnswerCache.get = lambda self, key, compute: compute()
    run_inline()
    pop = Population(args.db, args.seed)
    rng = random.Random(args.seed)
    app = create_app(args.db, query_seconds=60)
    if hasattr(app.state, "facet_values"):
        app.state.facet_values.read()  # as the server does when it starts

    async def run(profile: cProfile.Profile | None) -> list[tuple[float, str, int]]:
        timed = []
        n = 0
        while n < args.requests:
            queue, pages = sessions(args.scenario, pop, rng)
            queue = list(queue)
            while queue and n < args.requests:
                url = queue.pop(0)
                start = time.process_time()
                if profile:
                    profile.enable()
                status, body = await call(app, url)
                if profile:
                    profile.disable()
                timed.append(((time.process_time() - start) * 1000, url, status))
                n += 1
                if status == 200 and pages > 0 and not is_panel(url):
                    nxt = next_url(url, body)
                    if nxt:
                        pages -= 1
                        queue.insert(0, nxt)
        return timed

    profile = None if args.no_profile else cProfile.Profile()
    timed = asyncio.run(run(profile))
    cpu = [t for t, _, _ in timed]
    cpu_sorted = sorted(cpu)
    print(f"{args.scenario}: {len(timed)} requests, CPU per request mean {sum(cpu) / len(cpu):.1f} ms, "
          f"p50 {cpu_sorted[len(cpu) // 2]:.1f}, p95 {cpu_sorted[int(len(cpu) * 0.95)]:.1f}, "
          f"max {cpu_sorted[-1]:.1f} (CPU time, profiler {'off' if profile is None else 'on'})")
    for label, part in (("pages", [t for t, u, _ in timed if not is_panel(u)]),
                        ("facet panels", [t for t, u, _ in timed if is_panel(u)])):
        if part and len(part) < len(cpu):
            part.sort()
            print(f"  {label}: {len(part)}, CPU mean {sum(part) / len(part):.1f} ms, "
                  f"p50 {part[len(part) // 2]:.1f}, p95 {part[int(len(part) * 0.95)]:.1f}")
    for ms, url, status in sorted(timed, reverse=True)[:12]:
        print(f"  {ms:8.1f} ms  {status}  {url[:150]}")
    if sql_log:
        total = sum(sum(v) for v in sql_log.values())
        print(f"SQL: {total / len(timed):.1f} ms CPU per request; costliest statement shapes "
              "(total ms, count, max ms):")
        for shape, values in sorted(sql_log.items(), key=lambda kv: -sum(kv[1]))[:15]:
            print(f"  {sum(values):8.1f} {len(values):5d} {max(values):7.1f}  {shape}")
    if profile is not None:
        stats = pstats.Stats(profile)
        stats.sort_stats("cumulative").print_stats(args.top)
        stats.sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
