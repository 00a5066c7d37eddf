"""The one place where stage order lives.

    acquire (newsbrief.acquire) -> date the article (newsbrief.pubdate)
      -> spaCy Doc (newsbrief.nlp) -> entities -> timexes -> events

Each stage is a pure function of the Doc and the records made before it; none
touches the store or the network. `Pipeline.analyse` keeps input order.

What a configured pipeline reads besides the Doc (the user's actor and verb
dictionaries, the cache of resolved actor phrases) belongs to the Pipeline
object, not to the process: two pipelines with different dictionaries in one
process do not share them.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import Any

from . import __version__
from .actors import extract_entities
from .dictionaries import apply_to_entities, load_actor_dictionary
from .events import extract_events
from .events.lexicon import load_lexicon
from .nlp import load_nlp
from .pubdate import infer_published
from .errors import InputFailure
from .records import AnalysedArticle, Article
from .settings import Settings
from .timexes import tag_timexes

PIPELINE_VERSION = __version__


class Pipeline:
    def __init__(self, settings: Settings):
        self.settings = settings
        self.stages = settings.stages
        self._nlp = None
        self.user_actors: dict = {}
        if settings.actors:
            self.user_actors = load_actor_dictionary(settings.actors)
        # The verb dictionary is checked now, so a bad row stops the run before
        # any article is read.
        self.lexicon = load_lexicon(settings.verbs or None) if "events" in self.stages \
            else None
        # Actor phrases resolved by the actors stage, kept across this pipeline's
        # articles ("lawmakers", "troops" recur).
        self.resolved: dict[str, tuple] = {}

    @property
    def nlp(self):
        if self._nlp is None:
            self._nlp = load_nlp(self.settings.model)
        return self._nlp

    def date(self, article: Article) -> Article:
        """Fill a missing publication date from the text, marked `inferred`."""
        if article.published:
            return article
        return infer_published(article)

    def analyse(self, articles: Iterable[Article]) -> Iterator[AnalysedArticle | InputFailure]:
        """Analysed articles in input order. Each article is analysed in its own
        guard: one that cannot be parsed or analysed comes out as an InputFailure
        in its place, and the run goes on."""
        return self._analyse_dated(self._date_guarded(a) for a in articles)

    def _date_guarded(self, article: Article) -> Article:
        try:
            return self.date(article)
        except Exception:  # noqa: BLE001 - a dating bug leaves the article undated, no more
            return article

    def _analyse_dated(self, dated: Iterator[Article]) -> Iterator[AnalysedArticle]:
        if not self.stages:
            for article in dated:
                yield AnalysedArticle(article=article, pipeline_version=PIPELINE_VERSION)
            return
        if self.settings.n_process > 1:
            yield from self._analyse_in_processes(dated)
            return
        for article, doc in self._parse(dated):
            if isinstance(doc, InputFailure):
                yield doc
                continue
            try:
                yield self.analyse_doc(doc, article)
            except Exception as err:  # noqa: BLE001 - one article's bug must not end the run
                yield _failed(article, err)

    def _parse(self, articles: Iterator[Article]) -> Iterator[tuple[Article, Any]]:
        """(article, Doc or InputFailure) in input order, batch by batch. A batch
        whose parse raises is parsed again one article at a time, so only the
        article at fault fails; texts over the parser's limit go in pieces."""
        nlp = self.nlp
        size = self.settings.batch_size
        for batch in self._batches(articles):
            short = [a for a in batch if len(a.text) <= nlp.max_length]
            try:
                docs = {id(a): d for d, a in nlp.pipe(((a.text, a) for a in short),
                                                      as_tuples=True, batch_size=size)}
            except Exception:  # noqa: BLE001 - find the article at fault below
                docs = {}
            for article in batch:
                doc = docs.get(id(article))
                if doc is None:
                    doc = self._parse_one(article)
                yield article, doc

    def _batches(self, articles: Iterator[Article]) -> Iterator[list[Article]]:
        """Batches of at most `batch_size` articles and, unless one article is
        longer, BATCH_CHARS_PER_ARTICLE x batch_size characters: the parser's
        memory follows the characters of a batch (about 3 MiB per 1,000), and a
        batch of eight long articles took a process over 600 MiB. A full batch
        is given at once (a stream is not kept waiting for the next article)."""
        size = self.settings.batch_size
        budget = size * BATCH_CHARS_PER_ARTICLE
        batch: list[Article] = []
        chars = 0
        for article in articles:
            if batch and chars + len(article.text) > budget:
                yield batch
                batch, chars = [], 0
            batch.append(article)
            chars += len(article.text)
            if len(batch) >= size:
                yield batch
                batch, chars = [], 0
        if batch:
            yield batch

    def _parse_one(self, article: Article) -> Any:
        nlp = self.nlp
        try:
            if len(article.text) <= nlp.max_length:
                return next(iter(nlp.pipe([(article.text, None)], as_tuples=True)))[0]
            pieces = split_for_parser(article.text, min(PIECE_CHARS, nlp.max_length))
            if len(pieces) > MAX_PIECES:
                most = MAX_PIECES * min(PIECE_CHARS, nlp.max_length)
                return InputFailure(
                    article.origin or article.id,
                    f"article text is {len(article.text):,} characters, more than the "
                    f"{most:,} analysed in one article",
                    "split it into several articles (or store it with --no-analysis)")
            return _join_docs(nlp, [d for d, _ in nlp.pipe(((p, None) for p in pieces),
                                                           as_tuples=True, batch_size=1)])
        except Exception as err:  # noqa: BLE001 - this article's problem only
            return _failed(article, err)

    def _analyse_in_processes(self, articles: Iterator[Article]) -> Iterator[AnalysedArticle]:
        """Whole pipeline (parse and our stages) in worker processes, results in input order.

        spaCy's own n_process would parallelise only the parse and leave the rule
        stages on one core; chunks of articles keep pickling cheap relative to work.
        """
        workers = self.settings.n_process
        chunk = self.settings.batch_size * 4
        with ProcessPoolExecutor(workers) as pool:
            pending: deque = deque()
            while True:
                batch = list(islice(articles, chunk))
                if batch:
                    pending.append(pool.submit(_analyse_chunk, self.settings, batch))
                # Bounded look-ahead keeps memory flat on endless inputs.
                while pending and (len(pending) > 2 * workers or not batch):
                    yield from pending.popleft().result()
                if not batch:
                    return

    def analyse_doc(self, doc, article: Article) -> AnalysedArticle:
        entities: tuple = ()
        timexes: tuple = ()
        events: tuple = ()
        if "entities" in self.stages:
            entities = extract_entities(doc, article)
            if self.user_actors:
                entities = apply_to_entities(entities, self.user_actors)
        if "timexes" in self.stages:
            timexes = tag_timexes(article.text, article.published, doc=doc)
        if "events" in self.stages:
            events = extract_events(doc, article, entities, timexes,
                                    user_actors=self.user_actors or None,
                                    lexicon=self.lexicon, resolved=self.resolved)
            floor = self.settings.floor
            if floor > 0:
                # Decided before a record is written: candidates the reportable-event
                # model all but rules out are not stored ([events] floor).
                events = tuple(e for e in events if e.confidence >= floor)
        return AnalysedArticle(article=article, entities=entities, timexes=timexes,
                               events=events, pipeline_version=PIPELINE_VERSION)


# A batch holds at most batch_size articles of this many characters on average
# (corpus articles average about 5,500).
BATCH_CHARS_PER_ARTICLE = 5_000

# spaCy refuses texts over nlp.max_length (1,000,000 characters: about 1 GB of
# parser memory per 100,000). Longer articles are parsed in pieces cut at
# paragraph breaks and joined into one Doc whose text is the article's own, so
# every offset stays right; beyond MAX_PIECES pieces an article is refused.
PIECE_CHARS = 100_000
MAX_PIECES = 50


def split_for_parser(text: str, limit: int) -> list[str]:
    """`text` cut into pieces of at most `limit` characters whose concatenation
    is `text`: at the last paragraph break of each window, else line break,
    sentence end or space, else hard."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = limit
        for sep in ("\n\n", "\n", ". ", " "):
            at = window.rfind(sep)
            if at > 0:
                cut = at + len(sep)
                break
        pieces.append(text[start:start + cut])
        start += cut
    if start < len(text):
        pieces.append(text[start:])
    return pieces


def _join_docs(nlp: Any, docs: list[Any]) -> Any:
    from spacy.tokens import Doc

    for doc in docs:
        # Our caches ("newsbrief.words", "newsbrief.datelines", ...: string keys, read
        # again from the joined Doc) are per piece; spaCy copies only its extension
        # attributes and warns about any other key (W102).
        for key in [k for k in doc.user_data if isinstance(k, str)]:
            del doc.user_data[key]
    return Doc.from_docs(docs, ensure_whitespace=False)


def _failed(article: Article, err: Exception) -> InputFailure:
    what = f"{type(err).__name__}: {err}"
    if len(what) > 200:
        what = what[:197] + "..."
    return InputFailure(article.origin or article.id, f"analysis failed ({what})",
                        f"the other articles are analysed; report article {article.id} "
                        "as a bug, or store it with --no-analysis")


_worker_pipeline: Pipeline | None = None


def _analyse_chunk(settings: Settings, articles: list[Article]) -> list[AnalysedArticle]:
    global _worker_pipeline
    if _worker_pipeline is None or _worker_pipeline.settings != settings:
        _worker_pipeline = Pipeline(settings.replace(n_process=1))
    return list(_worker_pipeline._analyse_dated(iter(articles)))
