"""Spark local[1] vs local[2] vs the local pipeline, on the same corpus articles.

    python bench/bench_spark.py --articles 200 [--rounds 1]

Writes a seeded sample of ../shared/data/corpus/news.jsonl to a temporary JSONL
file, then, alternating within each round: the local pipeline in this process
(`newsbrief.extract_many`, 1 process: the same work as `newsbrief extract`),
`newsbrief spark --master local[1]` and `--master local[2]` (each a fresh
SparkSession in a subprocess, so JVM start and model loads are counted).
Prints wall seconds, articles/s and Spark's parallel efficiency
(rate local[2] / (2 x rate local[1])). Ratios within one run are what to
compare on a shared machine.
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


def spark(path: Path, master: str, out: Path) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "newsbrief.cli", "spark", str(path), str(out),
                    "--master", master], check=False, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sample.jsonl"
        words = sample(args.articles, args.seed, path)
        times: dict[str, list[float]] = {"local": [], "local[1]": [], "local[2]": []}
        for r in range(args.rounds):
            times["local"].append(local(path))
            times["local[1]"].append(spark(path, "local[1]", Path(tmp) / f"o1-{r}"))
            times["local[2]"].append(spark(path, "local[2]", Path(tmp) / f"o2-{r}"))
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
        print(f"Spark local[1] vs the local pipeline: {rates['local[1]'] / rates['local']:.2f}")


if __name__ == "__main__":
    main()
