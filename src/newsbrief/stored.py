"""Typed records the store's read queries return (newsbrief.store.reads).

The pipeline's records (newsbrief.records) are what one article yields; these
are what the store knows across articles: merged events with their mentions
and actors, entity and actor counts, search hits, article summaries. Frozen,
with `to_dict` / `from_dict` like every record, so the CLI, exports, briefs and
the web pages share them and nobody outside the store decodes its columns: a
mention carries its `Event` record, an event its `Location`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .records import Event, Location, _Record


@dataclass(frozen=True)
class ActorSummary(_Record):
    """One distinct actor of a merged event: by entity, else by country and
    sector, else by its text; named by the entity's name, else its most used text."""

    name: str
    entity_id: str | None = None
    country: str | None = None
    sector: str | None = None
    kind: str | None = None  # the entity's kind (person, state, agreement...)
    office: str | None = None  # the entity's office ("Foreign Minister"), for people
    mentions: int = 0  # how many mention records name it in this role
    # The knowledge base's role at the article's date ("RUS GOV President"), when linked.
    role: str | None = None


@dataclass(frozen=True)
class StoredMention(_Record):
    """One report of a merged event: the extractor's record and its article."""

    id: str
    event_id: str
    article_id: str
    modality: str
    date: str | None
    date_source: str | None
    sentence: int
    start: int
    end: int
    text: str
    confidence: float
    record: Event
    source: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    attributed_to: tuple[ActorSummary, ...] = ()
    trigger_start: int | None = None  # the coded word, offsets into the article text
    trigger_end: int | None = None


@dataclass(frozen=True)
class MergedEvent(_Record):
    """One real-world event and every stored report of it (GDELT-like counts)."""

    id: str
    type: str
    mode: str | None
    context: str | None
    cameo: str | None
    date: str | None
    date_precision: str | None
    date_source: str | None
    location: Location | None
    n_mentions: int
    n_articles: int
    n_sources: int
    first_seen: str | None
    last_seen: str | None
    pipeline_version: str | None = None
    actors: tuple[ActorSummary, ...] = ()
    recipients: tuple[ActorSummary, ...] = ()
    attributed_to: tuple[ActorSummary, ...] = ()
    mentions: tuple[StoredMention, ...] = ()
    standings: dict[str, int] = field(default_factory=dict)  # modality -> mentions
    # Filled by newsbrief.knowledge from the CAMEO code (None until scored).
    quad_class: int | None = None
    goldstein: float | None = None
    # The documents its mentions are about (records.Event.about): "signed the pact".
    about: tuple[ActorSummary, ...] = ()


@dataclass(frozen=True)
class EntitySummary(_Record):
    """A stored entity with how often it is mentioned and how many events it takes part in."""

    id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    office: str | None = None
    igo: str | None = None
    kb_id: str | None = None
    mentions: int = 0
    articles: int = 0
    events: int = 0


@dataclass(frozen=True)
class Participation(_Record):
    """One actor taking part in one merged event in one role (actor or recipient)."""

    event_id: str
    type: str
    cameo: str | None
    date: str | None
    n_sources: int
    n_mentions: int
    role: str
    entity_id: str | None
    country: str | None
    sector: str | None
    text: str
    name: str | None = None  # the entity's name
    kind: str | None = None


@dataclass(frozen=True)
class SearchHit(_Record):
    """A full-text hit in an article's text or in an event's evidence."""

    kind: str  # article, evidence
    article_id: str
    event_id: str | None
    title: str | None
    source: str | None
    published: str | None
    url: str | None
    snippet: str
    rank: float


@dataclass(frozen=True)
class ArticleSummary(_Record):
    """A stored article without its text (listings)."""

    id: str
    title: str | None
    source: str | None
    published: str | None
    published_source: str | None
    url: str | None
    origin: str
    chars: int
    events: int


__all__ = ["ActorSummary", "ArticleSummary", "EntitySummary", "MergedEvent", "Participation",
           "SearchHit", "StoredMention"]
