"""Progress of a long run on a terminal: a bar with a total and time left when
the input size is cheap to know, rates in articles and words per second, and
warnings printed above the bar. Nothing at all when stderr is not a terminal."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from typing import IO, Any

from ._output import isatty


class Progress:
    """`with Progress(total) as p: run(on_item=p.item)`.

    While it runs, whatever goes to `sys.stderr` (warnings, through the CLI's
    logging handler) is printed above the bar by rich's stderr redirection."""

    def __init__(self, total: int | None, *, label: str = "articles",
                 stream: IO[str] | None = None, refresh: float = 4.0):
        self.stream = stream or sys.stderr
        self.enabled = isatty(self.stream)
        self.total = total
        self.label = label
        self.refresh = refresh
        self.done = 0
        self.words = 0
        self.counts: dict[str, int] = {}
        self._progress = None
        self._task = None
        self._started = time.monotonic()

    def __enter__(self) -> "Progress":
        if not self.enabled:
            return self
        from rich.console import Console
        from rich.progress import Progress as Bar

        console = Console(file=self.stream, highlight=False)
        # Anything printed to stderr while the bar runs (warnings) goes above it.
        self._progress = Bar(*self._columns(self.total is not None), console=console,
                             transient=True, refresh_per_second=self.refresh,
                             redirect_stderr=True, redirect_stdout=False)
        self._progress.__enter__()
        self._task = self._progress.add_task(self.label, total=self.total, rates="",
                                             tally="")
        return self

    def _columns(self, known: bool) -> list[Any]:
        from rich.progress import (BarColumn, MofNCompleteColumn, SpinnerColumn, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)

        if known:
            columns: list[Any] = [TextColumn("{task.description}"), BarColumn(),
                                  MofNCompleteColumn(), TextColumn("•"), TimeElapsedColumn(),
                                  TextColumn("elapsed •"), TimeRemainingColumn(),
                                  TextColumn("left")]
        else:  # no total (yet): a count and the time so far, never a made-up ETA
            columns = [SpinnerColumn(), TextColumn("{task.completed} {task.description}"),
                       TextColumn("•"), TimeElapsedColumn(), TextColumn("elapsed")]
        return columns + [TextColumn("{task.fields[rates]}"), TextColumn("{task.fields[tally]}")]

    def count_in_background(self, count: Callable[[], int | None]) -> None:
        """Find the total while the run goes on (a large JSONL file takes a moment to
        count): the bar, the total and the time left appear once it is known."""
        if self._progress is None:
            return

        def run() -> None:
            try:
                total = count()
            except Exception:  # a total is a nicety: never let it stop the run
                total = None
            if total is not None and self._progress is not None:
                self.total = total
                self._progress.columns = tuple(self._columns(True))
                self._progress.update(self._task, total=total)

        threading.Thread(target=run, name="newsbrief-count", daemon=True).start()

    def item(self, outcome: str = "stored", words: int = 0) -> None:
        """One input item done: stored, replaced, duplicate or failed."""
        self.done += 1
        self.words += words
        self.counts[outcome] = self.counts.get(outcome, 0) + 1
        if self._progress is None:
            return
        seconds = max(time.monotonic() - self._started, 1e-6)
        rates = (f"• {self.done / seconds:.1f} {self.label}/s, "
                 f"{self.words / seconds:,.0f} words/s")
        tally = ", ".join(f"{n} {k}" for k, n in sorted(self.counts.items())
                          if k in ("duplicate", "failed"))
        self._progress.update(self._task, advance=1, rates=rates,
                              tally=f"• {tally}" if tally else "")

    def __exit__(self, *exc: Any) -> None:
        if self._progress is not None:
            self._progress.__exit__(*exc)
            self._progress = None

