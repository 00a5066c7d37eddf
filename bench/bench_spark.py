"""Spark local[1] vs local[2] vs the local pipeline, on the same corpus articles.

    python bench/bench_spark.py --articles 200 [--rounds 1] [--no-local] [--event-log DIR]

Writes a seeded sample of ../shared/data/corpus/news.jsonl to a temporary JSONL
file, then, alternating within each round: the local pipeline in this process
(`newsbrief.extract_many`, 1 process: the same work as `newsbrief extract`),
`newsbrief spark --master local[1]` and `--master local[2]` (each a fresh
SparkSession in a subprocess, so JVM start and model loads are counted).
Prints wall seconds, articles/s and Spark's parallel efficiency
(rate local[2] / (2 x rate local[1])), of the best runs and of each round's
pair; rounds alternate which master goes first, and each run prints the load
average before and after it. Ratios within one run are what to compare on a
shared machine.

With --event-log, each Spark run writes Spark's event log under DIR and the
bench prints how long 0, 1 and 2 or more tasks were running between the run's
first job and its last task: what of a run is serial (driver only, or one
task) whatever the machine's load, which the wall-clock ratio is not.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("NEWSBRIEF_SHARED", ROOT.parent / "shared")) / "data/corpus/news.jsonl"


def sample(n: int, seed: int, path: Path) -> int:
    rows = [line for line in CORPUS.read_text("utf-8").splitlines() if line.strip()]
    random.Random(seed).shuffle(rows)
    path.write_text("\n".join(rows[:n]) + "\n", "utf-8")
    return sum(len(json.loads(r).get("text", "").split()) for r in rows[:n])


def local(path: Path) -> float:
    from newsbrief.api import extract_many

    t0 = time.perf_counter()
    for _ in extract_many([str(path)], read_as="path", on_error="include"):
        pass
    return time.perf_counter() - t0


DRIVER = ("import json, sys; from newsbrief.spark.job import run; "
          "s = run([sys.argv[1]], sys.argv[2], master=sys.argv[3]); "
          "print(json.dumps({'timings': s.timings, 'counts': s.counts}))")


def spark(path: Path, master: str, out: Path,
          event_log: Path | None = None) -> tuple[float, dict]:
    """Wall seconds of a fresh `newsbrief spark` run (what `newsbrief.spark.job.run`
    does, in its own process, so JVM start and model loads are counted) and the
    run's own step timings."""
    env = dict(os.environ)
    if event_log is not None:
        event_log.mkdir(parents=True, exist_ok=True)
        env["PYSPARK_SUBMIT_ARGS"] = (
            f"--conf spark.eventLog.enabled=true --conf spark.eventLog.compress=false "
            f"--conf spark.eventLog.dir=file://{event_log.resolve()} pyspark-shell")
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", DRIVER, str(path), str(out), master],
                          check=False, stdout=subprocess.PIPE, text=True, env=env)
    wall = time.perf_counter() - t0
    lines = done.stdout.strip().splitlines()
    info = json.loads(lines[-1]) if done.returncode == 0 and lines else {}
    return wall, info


def slots(event_log: Path) -> str:
    """Seconds with 0, 1 and 2+ tasks running, from the newest event log in
    `event_log` (first job submitted to last task finished)."""
    logs = sorted(event_log.glob("*"), key=lambda p: p.stat().st_mtime)
    if not logs:
        return "no event log"
    files = sorted(logs[-1].glob("events_*")) if logs[-1].is_dir() else [logs[-1]]
    starts, tasks = [], []
    for f in files:
        for line in f.read_text("utf-8").splitlines():
            e = json.loads(line)
            if e["Event"] == "SparkListenerJobStart":
                starts.append(e["Submission Time"])
            elif e["Event"] == "SparkListenerTaskEnd":
                tasks.append((e["Task Info"]["Launch Time"], e["Task Info"]["Finish Time"]))
    if not tasks:
        return "no tasks"
    edges = sorted([(a, 1) for a, _ in tasks] + [(b, -1) for _, b in tasks])
    busy = [0.0, 0.0, 0.0]
    running, last = 0, min(starts)
    for t, change in edges:
        busy[min(running, 2)] += (t - last) / 1000
        running += change
        last = t
    span = sum(busy)
    return (f"of {span:.1f} s from first job to last task: 0 tasks {busy[0]:.1f} s, "
            f"1 task {busy[1]:.1f} s, 2+ tasks {busy[2]:.1f} s "
            f"({busy[2] / span:.1%}); task time {sum(b - a for a, b in tasks) / 1000:.1f} s")


# Steps of SparkSummary.timings that run inside "writes", at the same time.
OVERLAPPING = {"tables", "merge"}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--no-local", action="store_true",
                        help="time Spark only (not the local pipeline)")
    parser.add_argument("--event-log", type=Path,
                        help="keep Spark's event logs here and print each run's busy slots")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sample.jsonl"
        words = sample(args.articles, args.seed, path)
        times: dict[str, list[float]] = {"local[1]": [], "local[2]": []}
        if not args.no_local:
            times["local"] = []
        for r in range(args.rounds):
            if not args.no_local:
                times["local"].append(local(path))
            masters = ("local[1]", "local[2]") if r % 2 == 0 else ("local[2]", "local[1]")
            for master in masters:
                load_before = os.getloadavg()[0]
                wall, info = spark(path, master, Path(tmp) / f"o{master[-2]}-{r}",
                                   args.event_log)
                times[master].append(wall)
                steps = info.get("timings", {})
                serial = sum(v for k, v in steps.items() if k not in OVERLAPPING)
                print(f"round {r} {master}: {wall:.1f} s wall (load {load_before:.1f} -> "
                      f"{os.getloadavg()[0]:.1f}); steps "
                      + ", ".join(f"{k} {v:.1f}" for k, v in steps.items())
                      + f"; outside the steps (interpreter, imports, JVM stop) "
                      f"{wall - serial:.1f} s", flush=True)
                if args.event_log is not None:
                    print(f"    slots: {slots(args.event_log)}", flush=True)
            pair = times["local[1]"][-1] / (2 * times["local[2]"][-1])
            print(f"round {r}: efficiency local[2] vs local[1] {pair:.2f}", flush=True)
        print(f"{args.articles} articles, {words:,} words, {os.cpu_count()} cores, "
              f"load average {os.getloadavg()[0]:.1f}")
        rates = {}
        for name, ts in times.items():
            best = min(ts)
            rates[name] = args.articles / best
            print(f"{name:10s} {best:8.1f} s  {rates[name]:6.2f} articles/s  "
                  f"{words / best:8.0f} words/s")
        print(f"Spark parallel efficiency local[2] vs local[1]: "
              f"{rates['local[2]'] / (2 * rates['local[1]']):.2f}")
        if "local" in rates:
            print(f"Spark local[1] vs the local pipeline: "
                  f"{rates['local[1]'] / rates['local']:.2f}")


if __name__ == "__main__":
    main()
