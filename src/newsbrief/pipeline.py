"""The one place where stage order lives.

    acquire (newsbrief.acquire) -> date the article (newsbrief.pubdate)
      -> spaCy Doc (newsbrief.nlp) -> entities -> timexes -> events

Each stage is a pure function of the Doc and the records made before it; none
touches the store or the network. `Pipeline.analyse` keeps input order.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice

from . import __version__
from .actors import extract_entities
from .dictionaries import apply_to_entities, load_actor_dictionary
from .events import extract_events
from .events.lexicon import use_verb_dictionary
from .nlp import load_nlp
from .pubdate import infer_published
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
        if "events" in self.stages:
            use_verb_dictionary(settings.verbs or None)

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

    def analyse(self, articles: Iterable[Article]) -> Iterator[AnalysedArticle]:
        return self._analyse_dated(self.date(a) for a in articles)

    def _analyse_dated(self, dated: Iterator[Article]) -> Iterator[AnalysedArticle]:
        if not self.stages:
            for article in dated:
                yield AnalysedArticle(article=article, pipeline_version=PIPELINE_VERSION)
            return
        if self.settings.n_process > 1:
            yield from self._analyse_in_processes(dated)
            return
        pairs = self.nlp.pipe(((a.text, a) for a in dated), as_tuples=True,
                              batch_size=self.settings.batch_size)
        for doc, article in pairs:
            yield self.analyse_doc(doc, article)

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
                                    user_actors=self.user_actors or None)
        return AnalysedArticle(article=article, entities=entities, timexes=timexes,
                               events=events, pipeline_version=PIPELINE_VERSION)


_worker_pipeline: Pipeline | None = None


def _analyse_chunk(settings: Settings, articles: list[Article]) -> list[AnalysedArticle]:
    global _worker_pipeline
    if _worker_pipeline is None or _worker_pipeline.settings != settings:
        _worker_pipeline = Pipeline(settings.replace(n_process=1))
    return list(_worker_pipeline._analyse_dated(iter(articles)))
