"""newsbrief: news in, sourced and dated records of who did what to whom out.

The public Python API (docs/python.md); everything else is internal:

    extract(text_or_path)      one article -> AnalysedArticle (entities, timexes, events)
    extract_many(items)        many articles, the model loaded once
    open_store(path)           an Archive: ingest, events, timeline, actors, entities,
                               search, brief, export; results have to_arrow/to_pandas

and the records they return (newsbrief.records, newsbrief.stored) and errors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "extract", "extract_many", "open_store",
    "Archive", "Records", "EventRecords", "ActorActivity", "Brief",
    "AnalysedArticle", "Article", "Entity", "Mention", "Timex", "Event",
    "MergedEvent", "StoredMention", "ActorSummary", "EntitySummary", "SearchHit",
    "ArticleSummary",
    "Settings", "load_settings",
    "NewsbriefError", "InputError", "ConfigError", "StoreError", "ModelError", "InputFailure",
]

# Imported on first use, so `import newsbrief` (and the CLI's start) stays fast.
_HOMES = {
    "extract": "api", "extract_many": "api", "open_store": "api", "Archive": "api",
    "Records": "api", "EventRecords": "api", "ActorActivity": "api", "Brief": "api",
    "AnalysedArticle": "records", "Article": "records", "Entity": "records",
    "Mention": "records", "Timex": "records", "Event": "records",
    "MergedEvent": "stored", "StoredMention": "stored", "ActorSummary": "stored",
    "EntitySummary": "stored", "SearchHit": "stored", "ArticleSummary": "stored",
    "Settings": "settings", "load_settings": "settings",
    "NewsbriefError": "errors", "InputError": "errors", "ConfigError": "errors",
    "StoreError": "errors", "ModelError": "errors", "InputFailure": "errors",
}

if TYPE_CHECKING:
    from .api import ActorActivity, Archive, Brief, EventRecords, Records, extract, extract_many, open_store
    from .errors import ConfigError, InputError, InputFailure, ModelError, NewsbriefError, StoreError
    from .records import AnalysedArticle, Article, Entity, Event, Mention, Timex
    from .stored import (ActorSummary, ArticleSummary, EntitySummary, MergedEvent, SearchHit,
                         StoredMention)
    from .settings import Settings, load_settings


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'newsbrief' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
