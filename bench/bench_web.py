"""Latency of `newsbrief serve` under load: p50/p95 of the event table, search, an
actor page and the JSON API, with 1 and 20 concurrent clients.

    python bench/bench_web.py --db corpus.db [--seconds 20] [--actor USA]

Starts `newsbrief serve` on 127.0.0.1 (a free port) over the store, then for each
scenario runs N client threads, each with its own keep-alive connection, cycling
through the scenario's URLs for a fixed time. Loopback only; bounded in time.
Without --db a store is made from the bundled samples (tiny: a smoke run).

Each scenario's URLs are first requested once by one client ("cold": nothing
cached), then measured warm; the app caches counts and facets per query until the
database file changes, so the warm figures are what a user paging, sorting and
refining sees, and the cold ones what a new query costs.
"""

from __future__ import annotations

import argparse
import http.client
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))


def scenarios(actor: str, words: list[str], types: list[str]) -> dict[str, list[str]]:
    return {
        "event table": ["/events", "/events?sort=sources", f"/events?type={types[0]}",
                        f"/events?type={types[1]}&sort=mentions", "/events?modality=alleged",
                        f"/events?actor_country={actor}", "/events?since=2019-01-01&until=2019-12-31",
                        "/events?order=asc"],
        "search": [f"/search?q={quote(w)}" for w in words],
        "actor page": [f"/actors/{actor}", f"/actors/{actor}?step=week",
                       f"/actors/{actor}?step=day"],
        "api": ["/api/events?limit=50", f"/api/events?type={types[0]}&limit=50",
                f"/api/search?q={quote(words[0])}", f"/api/actors/{actor}",
                "/api/events?limit=50&sort=sources&facets=false"],
    }


WORDS = ("sanctions election ceasefire talks protest troops missile summit minister court "
         "border trade tariff strike police vote parliament treaty aid refugees attack "
         "negotiations embassy president army rebels oil nuclear drone arrest pipeline "
         "investigation agreement deal visit meeting policy budget security crisis war "
         "peace military government opposition campaign senate congress governor mayor "
         "health vaccine climate energy market bank loan debt inflation workers union").split()


def uncached(actor: str) -> dict:
    """URLs never asked before in the run (each answer is computed, not cached):
    the event table paged through with the cursor, searches for many words paged,
    the actor page at many date ranges, the API paged."""
    from newsbrief.web.common import encode_cursor

    def table(i):
        return f"/events?limit=50&cursor={encode_cursor(50 * i)}" if i else "/events?limit=50"

    def search(i):
        word, page = WORDS[i % len(WORDS)], i // len(WORDS)
        return f"/search?q={word}" + (f"&cursor={encode_cursor(20 * page)}" if page else "")

    def actor_page(i):
        year, month = 2016 + (i // 12) % 10, 1 + i % 12
        return f"/actors/{actor}?since={year}-{month:02d}&step=week"

    def api(i):
        return f"/api/events?limit=50&sort=sources&cursor={encode_cursor(50 * i)}"

    return {"event table": table, "search": search, "actor page": actor_page, "api": api}


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    k = max(0, min(len(values) - 1, int(round(p / 100 * (len(values) - 1)))))
    return values[k]


def get(conn: http.client.HTTPConnection, url: str) -> tuple[int, float]:
    start = time.perf_counter()
    conn.request("GET", url)
    response = conn.getresponse()
    response.read()
    return response.status, (time.perf_counter() - start) * 1000


def run(port: int, urls, clients: int, seconds: float, start: int = 0) -> dict[str, float]:
    """`urls`: a list cycled through, or a function of a run-wide counter (unique URLs)."""
    times: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop = time.monotonic() + seconds
    counter = [start]

    def next_url(i: int) -> str:
        if callable(urls):
            with lock:
                counter[0] += 1
                return urls(counter[0])
        return urls[i % len(urls)]

    def client(offset: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        i = offset
        local = []
        while time.monotonic() < stop:
            status, ms = get(conn, next_url(i))
            i += 1
            if status != 200:
                errors[0] += 1
            local.append(ms)
        conn.close()
        with lock:
            times.extend(local)

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return {"n": len(times), "p50": percentile(times, 50), "p95": percentile(times, 95),
            "rps": len(times) / seconds, "errors": errors[0], "next": counter[0]}


def wait_up(port: int, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit("serve exited: " + proc.stderr.read().decode())
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/api/openapi.json")
            conn.getresponse().read()
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("serve did not start")


def main() -> None:
    from webserver import build_samples_store, free_port

    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--actor", default="USA")
    parser.add_argument("--words", default="sanctions,election,ceasefire talks,protest")
    parser.add_argument("--types", default="ASSAULT,AGREE")
    parser.add_argument("--clients", default="1,20")
    parser.add_argument("--uncached-only", action="store_true")
    parser.add_argument("--workers", type=int, default=1, help="serve --workers")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if not db:
            db = build_samples_store(Path(tmp) / "samples.db")
            args.actor, args.words, args.seconds = "EGY", "agreement,Nile", min(args.seconds, 3)
        port = free_port()
        env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
        proc = subprocess.Popen([sys.executable, "-m", "newsbrief.cli", "serve", "--db", db,
                                 "--port", str(port), "--workers", str(args.workers)], env=env,
                                stderr=subprocess.PIPE)
        try:
            wait_up(port, proc)
            plan = scenarios(args.actor, args.words.split(","), args.types.split(","))
            print(f"store {db}; serve --workers {args.workers}; {args.seconds:g} s per run; "
                  "latency in ms")
            print(f"{'scenario':12} {'clients':>7} {'requests':>8} {'req/s':>7} {'p50':>8} "
                  f"{'p95':>8} {'errors':>6}")
            for name, urls in ([] if args.uncached_only else plan.items()):
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                cold = [get(conn, u)[1] for u in urls]
                conn.close()
                print(f"{name:12} {'cold':>7} {len(cold):8d} {'':>7} "
                      f"{statistics.median(cold):8.1f} {max(cold):8.1f} {'(max)':>6}")
                for clients in (int(c) for c in args.clients.split(",")):
                    r = run(port, urls, clients, args.seconds)
                    print(f"{name:12} {clients:7d} {r['n']:8d} {r['rps']:7.1f} {r['p50']:8.1f} "
                          f"{r['p95']:8.1f} {r['errors']:6d}", flush=True)
            print("uncached: every URL asked once (no answer cache hit)")
            for name, make in uncached(args.actor).items():
                start = 0
                for clients in (int(c) for c in args.clients.split(",")):
                    r = run(port, make, clients, args.seconds, start=start)
                    start = r["next"] + 1000  # the next run asks other URLs again
                    print(f"{name:12} {clients:7d} {r['n']:8d} {r['rps']:7.1f} {r['p50']:8.1f} "
                          f"{r['p95']:8.1f} {r['errors']:6d}", flush=True)
        finally:
            proc.terminate()
            proc.wait(10)


if __name__ == "__main__":
    main()
