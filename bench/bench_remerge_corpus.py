"""`reprocess --merge-only` timed on a store: `Store.remerge()` with its defaults
(batches of about 1 s, 0.1 s pauses), progress every 10,000 records.

    cp /work/stores/corpus-v0.db /tmp/corpus-copy.db   # never the original
    python bench/bench_remerge_corpus.py /tmp/corpus-copy.db
"""

from __future__ import annotations

import os
import sys
import time

from newsbrief.store import Store


def main() -> None:
    t = time.monotonic()
    with Store(sys.argv[1]) as store:
        print(f"open (and migrate) {time.monotonic() - t:.1f} s", flush=True)
        records = store.count("event_mentions")
        t, c = time.monotonic(), time.process_time()
        last = [0]

        def progress(done: int, total: int) -> None:
            if done - last[0] >= 10_000 or done == total:
                last[0] = done
                print(f"{done:,}/{total:,} {time.monotonic() - t:.1f} s", flush=True)

        events = store.remerge(on_progress=progress)
        print(f"remerge {time.monotonic() - t:.1f} s wall, {time.process_time() - c:.1f} s CPU; "
              f"records {records:,}, events {events:,}; load average "
              f"{os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
