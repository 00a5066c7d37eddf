"""Merge cost per event record as the merged set grows, in memory (the Spark merge).

Synthetic stream of event records: 20 PLOVER types, 60 countries, dates over two
years, a third dated by publication, with repeats of the same event by several
outlets; records are merged by `MemoryMerger` (one per type, as the Spark job
groups them). Prints microseconds per record for each slice of the stream, so
"flat" means the last slice costs about what the first does.

    python bench/bench_merge_memory.py --records 100000
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from test_store_records import event  # noqa: E402

from newsbrief.merging.memory import MemoryMerger  # noqa: E402

TYPES = ["AGREE", "CONSULT", "ASSAULT", "ACCUSE", "COERCE", "PROTEST", "AID", "THREATEN",
         "DEMAND", "REQUEST", "REJECT", "SUPPORT", "COOPERATE", "MOBILIZE", "RETREAT",
         "SANCTION", "CONCEDE", "INVESTIGATE", "DISAPPROVE", "ENGAGE"]
WORDS = ("talks ceasefire pact troops border minister summit sanctions aid protest strike "
         "missile election court vote deal envoy treaty army police rebels").split()


def stream(n: int, seed: int = 1):
    rng = random.Random(seed)
    countries = [f"C{i:02d}" for i in range(60)]
    start = date(2023, 1, 1)
    for i in range(n):
        day = start + timedelta(days=rng.randint(0, 729))
        a, b = rng.sample(countries[: rng.choice([8, 20, 60])], 2)
        text = " ".join(rng.sample(WORDS, 8)) + "."
        ev = event(f"e{i % 17}", rng.choice(TYPES), [_ref(a)],
                   [_ref(b)] if rng.random() < 0.6 else [], date=day.isoformat(),
                   source="published" if rng.random() < 0.33 else "text",
                   cameo=rng.choice([None, "057", "036", "190"]), sentence=rng.randint(0, 20),
                   text=text)
        yield f"art{i // 17}", (day + timedelta(days=rng.randint(0, 2))).isoformat(), \
            f"outlet{rng.randint(0, 40)}", ev


def _ref(code: str):
    from newsbrief.records import ActorRef

    return ActorRef(entity=f"state-{code.lower()}", text=code, country=code, sector=None)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--slices", type=int, default=10)
    args = parser.parse_args()
    mergers: dict[str, MemoryMerger] = {}
    step = args.records // args.slices
    t0 = time.perf_counter()
    for i, (article, published, source, ev) in enumerate(stream(args.records), 1):
        merger = mergers.setdefault(ev.type, MemoryMerger())
        merger.add(article, published, source, ev, {})
        if i % step == 0:
            t1 = time.perf_counter()
            events = sum(len(m.events) for m in mergers.values())
            print(f"records {i:>8,}  events {events:>8,}  "
                  f"{(t1 - t0) / step * 1e6:8.1f} us/record", flush=True)
            t0 = time.perf_counter()


if __name__ == "__main__":
    main()
