"""The one place where stage order lives.

    acquire (newsbrief.acquire) -> date the article (newsbrief.pubdate)
      -> spaCy Doc (newsbrief.nlp) -> entities -> timexes -> events

Each stage is a pure function of the Doc and the records made before it; none
touches the store or the network. `Pipeline.analyse` keeps input order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from . import __version__
from .records import AnalysedArticle, Article
from .settings import Settings

PIPELINE_VERSION = __version__


class Pipeline:
    def __init__(self, settings: Settings):
        self.settings = settings
        self.stages = settings.stages
        self._nlp = None

    @property
    def nlp(self):
        if self._nlp is None:
            from .nlp import load_nlp

            self._nlp = load_nlp(self.settings.model)
        return self._nlp

    def date(self, article: Article) -> Article:
        """Fill a missing publication date from the text, marked `inferred`."""
        if article.published:
            return article
        from .pubdate import infer_published

        return infer_published(article)

    def analyse(self, articles: Iterable[Article]) -> Iterator[AnalysedArticle]:
        dated = (self.date(a) for a in articles)
        if not self.stages:
            for article in dated:
                yield AnalysedArticle(article=article, pipeline_version=PIPELINE_VERSION)
            return
        pairs = self.nlp.pipe(((a.text, a) for a in dated), as_tuples=True,
                              batch_size=self.settings.batch_size)
        for doc, article in pairs:
            yield self.analyse_doc(doc, article)

    def analyse_doc(self, doc, article: Article) -> AnalysedArticle:
        entities: tuple = ()
        timexes: tuple = ()
        events: tuple = ()
        if "entities" in self.stages:
            from .actors import extract_entities

            entities = extract_entities(doc, article)
        if "timexes" in self.stages:
            from .timexes import tag_timexes

            timexes = tag_timexes(article.text, article.published, doc=doc)
        if "events" in self.stages:
            from .events import extract_events

            events = extract_events(doc, article, entities, timexes)
        return AnalysedArticle(article=article, entities=entities, timexes=timexes,
                               events=events, pipeline_version=PIPELINE_VERSION)
