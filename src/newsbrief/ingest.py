"""Library entry points for the two main jobs: `extract` (no store) and `ingest`.

Both stream: acquisition yields articles or failures one by one, the pipeline
analyses articles in batches, and every result is handed on (printed or
written) as soon as it is ready, so memory stays flat on any input size.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator

from .acquire import iter_articles
from .errors import InputFailure
from .pipeline import PIPELINE_VERSION, Pipeline
from .records import AnalysedArticle, Article
from .settings import Settings
from .store import RunSummary, Store

# Called after each input item with its outcome (stored, duplicate, failed) and,
# for an analysed article, its length in words: progress displays use both.
Progress = Callable[..., None]

# Articles are added to the full-text index in batches of about this many.
INDEX_EVERY = 500


def _acquire(inputs: list[str], settings: Settings, published: str | None,
             source: str | None) -> Iterator[Article | InputFailure]:
    return iter_articles(inputs, settings, published=published, source=source)


def extract(inputs: list[str], settings: Settings, *, published: str | None = None,
            source: str | None = None) -> Iterator[AnalysedArticle | InputFailure]:
    """Analyse every input article, in input order; failures come in their place."""
    return order_with_failures(_acquire(inputs, settings, published, source), Pipeline(settings))


def order_with_failures(items: Iterable[Article | InputFailure],
                        pipeline: Pipeline) -> Iterator[AnalysedArticle | InputFailure]:
    """Analyse the articles among `items`; failures are passed on in their input position.

    The pipeline reads ahead (it analyses in batches), so a failure is held back
    until every article read before it has come out of the pipeline."""
    failures: deque[tuple[int, InputFailure]] = deque()
    positions: deque[int] = deque()

    def articles() -> Iterator[Article]:
        for position, item in enumerate(items):
            if isinstance(item, InputFailure):
                failures.append((position, item))
            else:
                positions.append(position)
                yield item

    for result in pipeline.analyse(articles()):
        position = positions.popleft()
        while failures and failures[0][0] < position:
            yield failures.popleft()[1]
        yield result
    yield from (failure for _, failure in failures)


def ingest(inputs: list[str], settings: Settings, store: Store, *,
           published: str | None = None, source: str | None = None,
           command: str = "ingest", on_item: Progress | None = None) -> RunSummary:
    """Acquire, analyse and store; one transaction per article. Returns the run's counts."""
    summary = RunSummary()
    run_id = store.start_run(command, inputs, PIPELINE_VERSION)
    pipeline = Pipeline(settings)

    def fresh_articles() -> Iterator[Article]:
        for item in _acquire(inputs, settings, published, source):
            summary.read += 1
            if isinstance(item, InputFailure):
                summary.count_failure(item)
                if on_item:
                    on_item("failed")
                continue
            # Skip the language analysis of articles we already have.
            if store.find_duplicate(item):
                summary.duplicates += 1
                if on_item:
                    on_item("duplicate")
                continue
            yield item

    try:
        store_all(pipeline.analyse(fresh_articles()), store, run_id, summary, on_item)
    finally:
        store.finish_run(run_id, summary)
    return summary


def store_all(results: Iterable[AnalysedArticle | InputFailure], store: Store, run_id: int,
               summary: RunSummary, on_item: Progress | None) -> None:
    """Write analysed articles (or count the failures among them) into `store`
    under run `run_id`: the loop behind `ingest` and `load`."""
    for number, result in enumerate(results, 1):
        if number % INDEX_EVERY == 0:
            store.index_pending()
        if isinstance(result, InputFailure):  # this article's analysis failed; go on
            summary.count_failure(result)
            if on_item:
                on_item("failed", 0)
            continue
        outcome = store.write(result, run_id)
        if outcome == "duplicate":
            summary.duplicates += 1
        else:
            summary.count_stored(result)
        if on_item:
            on_item(outcome, len(result.article.text.split()))
