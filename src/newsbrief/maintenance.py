"""Keeping a store current: re-analyse after an upgrade, and watch feeds.

`reprocess` re-runs the pipeline over stored article text (no refetch) and
rewrites each article's analysis in place (Store.write(replace=True)), one
transaction per article, so it never duplicates and can be interrupted.
`watch` polls feeds with the ordinary ingest, one run per poll, until stopped:
Ctrl-C or SIGTERM stops it between articles -- an article being written when
the signal lands is rolled back whole and fetched again next time.
"""

from __future__ import annotations

import re
import signal
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from .errors import ConfigError, InputFailure
from .ingest import ingest
from .pipeline import PIPELINE_VERSION, Pipeline
from .records import Article
from .settings import Settings
from .store import RunSummary, Store
from .store.sqlite import version_key

_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|hr|d)?\s*$", re.I)
_UNIT = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "hr": 3600, "d": 86400}


def parse_interval(text: str) -> float:
    """Seconds in "90", "90s", "15m", "1h", "1d"."""
    m = _INTERVAL.match(text or "")
    if not m:
        raise ConfigError(f"'{text}' is not an interval",
                          fix="use a number with s, m, h or d, e.g. 15m")
    seconds = float(m[1]) * _UNIT[(m[2] or "s").lower()]
    if seconds <= 0:
        raise ConfigError("the interval must be positive", fix="e.g. --every 15m")
    return seconds


def stale_article_ids(store: Store, since_version: str | None = None) -> list[str]:
    """Articles to re-analyse: older than `since_version`, or by default any not
    analysed by this pipeline version."""
    if since_version:
        return store.article_ids(since_version=since_version)
    current = version_key(PIPELINE_VERSION)
    return [i for i, v in store.article_versions() if version_key(v) != current]


def reprocess(store: Store, settings: Settings, *, since_version: str | None = None,
              ids: list[str] | None = None,
              on_item: Callable[..., None] | None = None) -> RunSummary:
    """Re-analyse stored articles in place; returns the run's counts."""
    ids = stale_article_ids(store, since_version) if ids is None else ids
    summary = RunSummary()
    run_id = store.start_run("reprocess", [f"{len(ids)} stored articles"], PIPELINE_VERSION)
    pipeline = Pipeline(settings)

    def articles() -> Iterator[Article]:
        for article_id in ids:
            article = store.article(article_id)
            if article is not None:
                summary.read += 1
                yield article

    try:
        for result in pipeline.analyse(articles()):
            if isinstance(result, InputFailure):  # kept as it was; the others go on
                summary.count_failure(result)
                if on_item:
                    on_item("failed", 0)
                continue
            store.write(result, run_id, replace=True)
            summary.count_stored(result)
            if on_item:
                on_item("replaced", len(result.article.text.split()))
    finally:
        store.finish_run(run_id, summary)
    return summary


class Stopped(BaseException):
    """Raised inside a poll by SIGTERM: unwinds like Ctrl-C (rolling back the
    article being written) without being mistaken for an error."""


@dataclass
class WatchReport:
    """The runs of one `watch` (one a poll); its counts are their sums."""

    stopped_by: str | None = None
    runs: list[RunSummary] = field(default_factory=list)

    @property
    def polls(self) -> int:
        return len(self.runs)

    @property
    def stored(self) -> int:
        return sum(r.stored for r in self.runs)

    @property
    def duplicates(self) -> int:
        return sum(r.duplicates for r in self.runs)

    @property
    def failed(self) -> int:
        return sum(r.failed for r in self.runs)


def watch(feeds: list[str], settings: Settings, store: Store, *, every: float,
          max_polls: int | None = None,
          on_poll: Callable[[int, RunSummary], None] | None = None,
          sleep: Callable[[float], None] = time.sleep) -> WatchReport:
    """Ingest what is new in `feeds` every `every` seconds until stopped."""
    report = WatchReport()

    def on_term(_signum, _frame):
        raise Stopped()

    previous = None
    try:
        previous = signal.signal(signal.SIGTERM, on_term)
    except ValueError:  # not the main thread: Ctrl-C/SIGTERM are the caller's business
        previous = None
    try:
        while max_polls is None or report.polls < max_polls:
            summary = ingest(feeds, settings, store, command="watch")
            report.runs.append(summary)
            if on_poll:
                on_poll(report.polls, summary)
            if max_polls is not None and report.polls >= max_polls:
                break
            sleep(every)
    except KeyboardInterrupt:
        report.stopped_by = "interrupt"
    except Stopped:
        report.stopped_by = "SIGTERM"
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    return report
