"""CPU cost of the ingest progress display per article (Progress.item on a terminal).

    python bench/bench_progress.py

Measured in CPU seconds of this process (time.process_time), so a busy shared machine
changes the figure little; compare with the CPU cost of storing one article (about
1 ms without analysis, BENCHMARKS.md) and analysing one (tens of ms).
"""

from __future__ import annotations

import io
import time

from newsbrief.cli._progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def per_item(n: int, enabled: bool) -> float:
    stream = Terminal() if enabled else io.StringIO()
    start = time.process_time()
    with Progress(n, stream=stream) as progress:
        for _ in range(n):
            progress.item("stored", 700)
    return (time.process_time() - start) / n


if __name__ == "__main__":
    n = 50_000
    shown = min(per_item(n, True) for _ in range(3))
    hidden = min(per_item(n, False) for _ in range(3))
    print(f"{n:,} items, best of 3: on a terminal {shown * 1e6:.1f} µs CPU per article, "
          f"in a pipe {hidden * 1e6:.1f} µs CPU per article")
