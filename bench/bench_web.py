"""Latency of `newsbrief serve` under load: p50/p95 of the event table, search, an
actor page and the JSON API, with 1 and 20 concurrent clients, on a varied mix of
URLs (filters, orders, pages, search words) drawn from the store itself.

    nice -n 10 python bench/bench_web.py --db corpus.db [--seconds 20] [--seed 13]

Starts `newsbrief serve` on 127.0.0.1 (a free port; it inherits this process's
niceness, so server and load generator run at the same priority), then for each
scenario runs N client threads, each with its own keep-alive connection, for a
fixed time. Each client plays sessions: a URL drawn at random (seeded) from the
scenario's population, then some of its following pages through the `next` link
the answer gives (keyset cursors), as a person paging would; the facet panels
of the event table and of search (`/events/facets`, `/search/facets`, which the
pages load after themselves) are asked too, timed on their own line.
Nothing is warmed up: the answer cache starts empty for each scenario (the server
is restarted) and the share of answers it gave (`x-cache: hit`) is reported.
The server's CPU time per request (all its processes, from /proc) is reported too:
unlike latency it does not depend on how busy the machine is. Loopback only;
bounded in time. Without --db a store is made from the bundled
samples (tiny: a smoke run).
"""

from __future__ import annotations

import argparse
import html
import http.client
import json
import os
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

STOP = set("""the and for that with from this have has had were was are been will would
could should said says their there they them than then into over after before about
which while when where what also more most some such other only just very being its
his her who whom whose our your not but all any can may might must shall upon under
between during against among because since until within without across around through
these those each both few many much own same so too off out again further once here
why how told year years week weeks month months today yesterday""".split())
TYPES = ("AGREE", "ACCUSE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE",
         "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT",
         "THREATEN")
SORTS = ("date", "date", "date", "reported", "type", "sources", "mentions")
MODALITIES = ("asserted", "alleged", "conditional", "future", "negated")
NEXT_HTML = re.compile(r'rel="next" href="([^"]+)"')


class Population:
    """Values to build URLs from, read from the store (read-only), seeded."""

    def __init__(self, db: str, seed: int):
        rng = random.Random(seed)
        conn = sqlite3.connect(f"file:{Path(db).resolve()}?mode=ro", uri=True)

        def column(sql: str) -> list:
            return [r[0] for r in conn.execute(sql) if r[0]]

        self.countries = column("SELECT country FROM event_actors WHERE role = 'actor' AND "
                                "country IS NOT NULL AND country != 'IGO' GROUP BY country "
                                "ORDER BY COUNT(*) DESC LIMIT 60")
        # Actor pages: countries with a state entity (a page of its own).
        states = set(column("SELECT country FROM entities WHERE kind IN ('state', 'country', "
                            "'gpe') AND country IS NOT NULL"))
        self.actors = [c for c in self.countries if c in states] or self.countries
        self.sources = column("SELECT source FROM articles WHERE source IS NOT NULL GROUP BY "
                              "source ORDER BY COUNT(*) DESC LIMIT 60")
        self.months = column("SELECT DISTINCT substr(date, 1, 7) FROM events WHERE "
                             "length(date) >= 7 AND date >= '2015'")
        self.sectors = column("SELECT sector FROM event_actors WHERE sector IS NOT NULL GROUP "
                              "BY sector ORDER BY COUNT(*) DESC LIMIT 12")
        # Search words: words of evidence sentences drawn at random (so as common
        # or rare as the store's own words are).
        n = conn.execute("SELECT MAX(rowid) FROM event_mentions").fetchone()[0] or 1
        words: list[str] = []
        tries = 0
        while len(words) < 400 and tries < 5000:
            tries += 1
            row = conn.execute("SELECT text FROM event_mentions WHERE rowid = ?",
                               (rng.randint(1, n),)).fetchone()
            if not row:
                continue
            cands = [w for w in re.findall(r"[A-Za-z]{5,}", row[0]) if w.lower() not in STOP]
            if cands:
                words.append(rng.choice(cands).lower())
        self.words = words or ["agreement"]
        conn.close()

    def event_filters(self, rng: random.Random) -> list[tuple[str, str]]:
        """No filter, one, or two, as a person narrowing the table does."""
        makers = [
            lambda: [("type", rng.choice(TYPES))],
            lambda: [("actor_country", rng.choice(self.countries))],
            lambda: [("recipient_country", rng.choice(self.countries))],
            lambda: [("about", rng.choice(self.countries))],
            lambda: [("source", rng.choice(self.sources))],
            lambda: [("modality", rng.choice(MODALITIES))],
            lambda: [("sector", rng.choice(self.sectors))],
            lambda: [("q", rng.choice(self.words))],
            lambda: (lambda m: [("since", m), ("until", month_end(m))])(rng.choice(self.months)),
        ]
        k = rng.choice((0, 1, 1, 1, 2))
        items: list[tuple[str, str]] = []
        for make in rng.sample(makers, k):
            items += make()
        return items

    def search_words(self, rng: random.Random) -> str:
        return " ".join(rng.sample(self.words, rng.choice((1, 1, 1, 2))))


def sessions(kind: str, pop: Population, rng: random.Random):
    """URLs one client asks in one session; a callable on a page's body gives the
    next page's URL (or None)."""
    if kind == "event table":
        items = pop.event_filters(rng)
        sort = rng.choice(SORTS)
        if sort != "date" or rng.random() < 0.2:
            items += [("sort", sort), ("order", rng.choice(("desc", "desc", "asc")))]
        return [_url("/events", items), _url("/events/facets", items)], rng.choice((0, 0, 1, 2, 3))
    if kind == "search":
        items = [("q", pop.search_words(rng))]
        if rng.random() < 0.25:
            items += pop.event_filters(rng)[:1]
        # The page, then its facet panel (`/search/facets`, loaded by the page).
        items = list(dict(items).items())
        return ([_url("/search", items), _url("/search/facets", items)],
                rng.choice((0, 0, 0, 1, 2)))
    if kind == "actor page":
        code = rng.choice(pop.actors[:30])
        step = rng.choice(("month", "week", "day"))
        items = [("step", step)]
        if rng.random() < 0.5:
            m = rng.choice(pop.months)
            items += [("since", m[:4])]
        return [_url(f"/actors/{code}", items)], 0
    # api
    choice = rng.random()
    if choice < 0.5:
        items = pop.event_filters(rng) + [("limit", "50")]
        return [_url("/api/events", items)], rng.choice((0, 1, 2))
    if choice < 0.8:
        return [_url("/api/search", [("q", pop.search_words(rng))])], rng.choice((0, 1))
    return [_url(f"/api/actors/{rng.choice(pop.actors[:30])}", [])], 0


def month_end(month: str) -> str:
    """The last day of a month (the app's month links; a filter names a real day)."""
    import calendar

    return f"{month}-{calendar.monthrange(int(month[:4]), int(month[5:7]))[1]:02d}"


def is_panel(url: str) -> bool:
    """A facet panel, which a page loads after itself (not paged)."""
    return url.startswith(("/events/facets", "/search/facets"))


def _url(path: str, items) -> str:
    items = list(items)
    return path + ("?" + urlencode(items) if items else "")


def next_url(url: str, body: bytes) -> str | None:
    if url.startswith("/api/"):
        try:
            return json.loads(body).get("next_url")
        except ValueError:
            return None
    m = NEXT_HTML.search(body.decode("utf-8", "replace"))
    return html.unescape(m.group(1)) if m else None


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    if not values:
        return float("nan")
    k = max(0, min(len(values) - 1, int(round(p / 100 * (len(values) - 1)))))
    return values[k]


def run(port: int, kind: str, pop: Population, clients: int, seconds: float,
        seed: int) -> dict:
    times: dict[str, list[float]] = defaultdict(list)
    counts = {"hits": 0, "errors": 0, "n": 0}
    statuses: dict[int, int] = defaultdict(int)
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(k: int) -> None:
        rng = random.Random(seed * 1000 + k)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        local: dict[str, list[float]] = defaultdict(list)
        hits = errors = 0
        while time.monotonic() < stop:
            urls, pages = sessions(kind, pop, rng)
            queue = list(urls)
            while queue and time.monotonic() < stop:
                url = queue.pop(0)
                start = time.perf_counter()
                conn.request("GET", url)
                response = conn.getresponse()
                body = response.read()
                ms = (time.perf_counter() - start) * 1000
                label = "facet panel" if is_panel(url) else kind
                local[label].append(ms)
                hits += response.getheader("x-cache") == "hit"
                with lock:
                    statuses[response.status] += 1
                if response.status != 200:
                    errors += 1
                elif pages > 0 and not is_panel(url):
                    nxt = next_url(url, body)
                    if nxt:
                        pages -= 1
                        queue.insert(0, nxt)
        conn.close()
        with lock:
            for label, values in local.items():
                times[label].extend(values)
            counts["hits"] += hits
            counts["errors"] += errors

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    own = time.process_time()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    own = time.process_time() - own
    out = {}
    total = sum(len(v) for v in times.values())
    for label, values in times.items():
        out[label] = {"n": len(values), "p50": percentile(values, 50),
                      "p95": percentile(values, 95), "rps": len(values) / seconds}
    return {"rows": out, "hit_rate": counts["hits"] / total if total else 0.0,
            "client_cpu_ms": 1000 * own / total if total else 0.0,
            "errors": counts["errors"], "statuses": dict(statuses), "n": total}


def wait_up(port: int, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + 120
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


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of a process and its children still running (the
    workers of `serve --workers N`), from /proc; 0 where /proc is missing."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(entry.name) == pid or int(fields[1]) == pid:  # fields[1]: the parent
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def serve(db: str, port: int, workers: int, threads: int | None = None) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    extra = ["--threads", str(threads)] if threads else []
    proc = subprocess.Popen([sys.executable, "-m", "newsbrief.cli", "serve", "--db", db,
                             "--port", str(port), "--workers", str(workers)] + extra, env=env,
                            stderr=subprocess.PIPE)
    wait_up(port, proc)
    return proc


def main() -> None:
    from webserver import build_samples_store, free_port

    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--clients", default="1,20")
    parser.add_argument("--scenarios", default="event table,search,actor page,api")
    parser.add_argument("--workers", type=int, default=1, help="serve --workers")
    parser.add_argument("--threads", type=int, default=None,
                        help="serve --threads (default: serve's own)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if not db:
            db = build_samples_store(Path(tmp) / "samples.db")
            args.seconds = min(args.seconds, 3)
        pop = Population(db, args.seed)
        print(f"store {db}; serve --workers {args.workers} --threads {args.threads or 'default'}; "
              f"{args.seconds:g} s per run; "
              f"seed {args.seed}; niceness {os.nice(0)}; {len(pop.words)} search words, "
              f"{len(pop.countries)} countries, {len(pop.sources)} sources; latency in ms")
        print("| scenario | clients | requests | req/s | p50 ms | p95 ms | cache hits | "
              "errors | load avg (1 min) before/after | server CPU ms per request | "
              "load generator CPU ms per request |")
        print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
        for kind in args.scenarios.split(","):
            for clients in (int(c) for c in args.clients.split(",")):
                port = free_port()
                proc = serve(db, port, args.workers, args.threads)  # an empty cache each run
                try:
                    before, cpu = os.getloadavg()[0], cpu_seconds(proc.pid)
                    r = run(port, kind, pop, clients, args.seconds, args.seed + clients)
                    after, cpu = os.getloadavg()[0], cpu_seconds(proc.pid) - cpu
                finally:
                    proc.terminate()
                    proc.wait(10)
                for label, row in sorted(r["rows"].items(), key=lambda kv: kv[0] != kind):
                    print(f"| {label} | {clients} | {row['n']} | {row['rps']:.1f} | "
                          f"{row['p50']:.1f} | {row['p95']:.1f} | {r['hit_rate']:.0%} | "
                          f"{r['errors']} | {before:.1f} / {after:.1f} | "
                          f"{1000 * cpu / max(r['n'], 1):.1f} | {r['client_cpu_ms']:.1f} |",
                          flush=True)
                if r["errors"]:
                    print(f"  statuses: {r['statuses']}", flush=True)


if __name__ == "__main__":
    main()
