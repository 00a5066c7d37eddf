"""Typed records passed between pipeline stages.

These are the public record format of newsbrief: `newsbrief extract` prints
`AnalysedArticle.to_dict()` one JSON object a line, the store keeps them, and
exports are built from them. Field names are stable; adding a field is fine,
renaming or removing one is a breaking change (see docs/records.md).

Every record is plain, frozen data with `to_dict` / `from_dict` so stages stay
pure: a stage takes records (and a spaCy `Doc`) and returns new records.
"""

from __future__ import annotations

import dataclasses
import hashlib
import typing
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

PublishedSource = Literal["given", "metadata", "url", "inferred"]
Modality = Literal["asserted", "alleged", "conditional", "future", "negated"]
# The vocabularies the records use, named once for every layer above (the coder,
# the CLI's and the web app's filters): PLOVER's sixteen event types in its own
# order, and the standings of a mention.
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
MODALITIES = typing.get_args(Modality)


class _Record:
    """Mixin: dict round-trip for (nested) frozen dataclasses. Which fields hold
    records (alone, optional, or a tuple of them) is read from the annotations."""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            out[f.name] = _plain(value)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        nested = _nested_records(cls)
        kwargs: dict[str, Any] = {}
        for key, value in data.items():
            if key not in nested:
                continue
            sub = nested[key]
            if sub is not None and value is not None:
                if isinstance(value, list):
                    value = tuple(sub.from_dict(v) for v in value)
                else:
                    value = sub.from_dict(value)
            elif isinstance(value, list):
                # Nested lists (ranges) come back as tuples too: records stay hashable.
                value = tuple(tuple(v) if isinstance(v, list) else v for v in value)
            kwargs[key] = value
        return cls(**kwargs)


@lru_cache(maxsize=None)
def _nested_records(cls: type) -> dict[str, type | None]:
    """Field name -> the record class it holds, or None for plain values."""
    hints = typing.get_type_hints(cls)
    return {f.name: _record_class(hints[f.name])
            for f in dataclasses.fields(cls)}  # type: ignore[arg-type]


def _record_class(hint: Any) -> type | None:
    """The record class in an annotation: `Location`, `Location | None`,
    `tuple[ActorRef, ...]`; None when it holds none."""
    if isinstance(hint, type) and issubclass(hint, _Record):
        return hint
    for arg in typing.get_args(hint):
        found = _record_class(arg)
        if found is not None:
            return found
    return None


def _plain(value: Any) -> Any:
    if isinstance(value, _Record):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


# --------------------------------------------------------------------------- articles


@dataclass(frozen=True)
class Article(_Record):
    """One news article as acquired, before any language analysis."""

    id: str
    origin: str  # file path or URL it was read from ("-" for stdin), with ":LINE" for JSONL
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None  # outlet / site name
    published: str | None = None  # ISO date YYYY-MM-DD
    published_source: PublishedSource | None = None
    authors: tuple[str, ...] = ()

    def with_published(self, date: str | None, how: PublishedSource | None) -> "Article":
        return dataclasses.replace(self, published=date, published_source=how if date else None)


def normalise_text(text: str) -> str:
    """Text folded for duplicate detection: NFKC, case-folded, whitespace collapsed."""
    # str.split() without arguments splits on Unicode whitespace, like \s+, 3x faster.
    if not text.isascii():  # NFKC cannot change ASCII; skipping it halves the cost
        text = unicodedata.normalize("NFKC", text)
    return " ".join(text.casefold().split())


@lru_cache(maxsize=256)
def text_hash(text: str) -> str:
    # Cached: ingest asks for an article's hash when checking for duplicates and again
    # when storing it; str hashes are cached by Python, so the lookup is cheap.
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def make_article_id(url: str | None, text: str) -> str:
    """Stable id: from the canonical URL when there is one, else from the text."""
    basis = ("url:" + url) if url else ("text:" + text_hash(text))
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


# --------------------------------------------------------------------------- actors


@dataclass(frozen=True)
class Mention(_Record):
    start: int  # character offsets into Article.text
    end: int
    text: str


@dataclass(frozen=True)
class Entity(_Record):
    """An actor (or place, group, agreement) with all its mentions in one article."""

    id: str
    name: str
    kind: str  # person, organization, state, place, group, agreement
    country: str | None = None  # ISO 3166 alpha-3, or "IGO"
    sector: str | None = None  # PLOVER sector code: GOV, MIL, LEG, JRN, ...
    office: str | None = None  # the title itself: "Vice Foreign Minister"
    mentions: tuple[Mention, ...] = ()
    igo: str | None = None  # for country == "IGO": UNO, NATO, EU, ...
    members: tuple[str, ...] = ()  # for groups: ids of the entities they name
    kb_id: str | None = None  # actor knowledge-base id ("P:..."/"O:...") when linked
    role: str | None = None  # the linked actor's role at the article's date ("USA GOV President")
    kb_confidence: float | None = None  # how sure the link to kb_id is (0-1)


# --------------------------------------------------------------------------- dates


@dataclass(frozen=True)
class Timex(_Record):
    """A TIMEX3 time expression normalised against the publication date."""

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str  # 2024-12-04, 2024-06, P3D, PAST_REF, ...


# --------------------------------------------------------------------------- events


@dataclass(frozen=True)
class ActorRef(_Record):
    entity: str | None  # Entity.id, or None when the actor is not a named entity
    text: str
    country: str | None = None
    sector: str | None = None
    # True for a doer the text implies but does not name (events/implicit.py): "was
    # arrested" -> the unnamed police of the place. Merged events (the store's
    # event_actors) keep the doer's words ("unnamed police"), not this flag.
    implied: bool = False


@dataclass(frozen=True)
class Quantity(_Record):
    value: float | int
    unit: str | None
    qualifier: str | None  # over, about, at least, up to, ...
    text: str


@dataclass(frozen=True)
class Evidence(_Record):
    sentence: int  # sentence index in the article
    start: int  # character offsets into Article.text
    end: int
    text: str


@dataclass(frozen=True)
class Trigger(_Record):
    """The word the event was coded from, as the extractor found it."""

    start: int  # character offsets into Article.text
    end: int
    text: str


@dataclass(frozen=True)
class Location(_Record):
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class Predicate(_Record):
    """The words that state an event, as its sentence says them (for briefs)."""

    start: int  # character offsets of the trigger word (verb or event noun)
    end: int
    lemma: str  # "sign", "exchange", "take effect" (idioms of entering into force)
    voice: str  # active, passive, noun
    past: str | None  # the verb (and particle) in the past tense: "took", "set up"
    base: str | None  # the base form: "take", "set up"
    adverb: str | None  # manner adverbs before the verb: "unanimously"
    object: str | None  # as written; for a passive, the passive subject
    modifiers: tuple[str, ...]  # how and where, in text order: "in Moscow"
    text: str  # the trigger as written; for a noun, its phrase: "exchange of documents"
    frame: str | None = None  # a governing commitment: "commits", "pledged"
    frame_subject: str | None = None  # who commits them: "the agreement"
    frame_start: int | None = None  # offset of the frame verb
    subject: str | None = None  # a subject that is not an actor: "the treaty" (took effect)
    told: tuple[tuple[int, int], ...] = ()  # character ranges of every word it tells
    modal: str | None = None  # the verb's modal and negation as written: "would not"
    tense: str | None = None  # past, present or future, as the verb group is written
    complete: bool = True  # False when an object or clause the text gives is left out
    # "relcl" or "acl" when the verb tells a clause describing a noun ("Russia, which
    # denies ...", "a charge Tehran denies"), through "and"; None otherwise
    clause: str | None = None
    # True when the verb tells background to another act: the past perfect ("had
    # blamed", "had the army shelled ..."; events.tense.background, the reading that
    # dates it as background) or a clause set before the verb it hangs on ("when the
    # army attacked ..., the villagers fled", "after ...": the parse's advcl), through "and"
    background: bool = False
    # True when a word hung on the verb tells a habit: a frequency adverb ("usually
    # blamed") or a recurring time of its own ("every autumn"), through "and"; not such a
    # word in its object, a name or another clause ("blamed X for every delay")
    habit: bool = False


@dataclass(frozen=True)
class Telling(_Record):
    """Another sentence of the article telling the same event (a re-telling folded
    into the record, see events/retell.py), with what its own words gave."""

    id: str  # the id its own record had
    evidence: Evidence
    trigger: Trigger | None = None
    date: str | None = None
    date_source: str | None = None
    modality: str | None = None
    confidence: float | None = None


@dataclass(frozen=True)
class Event(_Record):
    id: str
    type: str  # PLOVER root: AGREE, CONSULT, ...
    mode: str | None
    context: str | None
    cameo: str | None
    actor: tuple[ActorRef, ...]
    recipient: tuple[ActorRef, ...]
    date: str | None
    date_precision: str | None  # day, week (an ISO week, "2024-W49"), month, year
    date_text: str | None
    date_source: str | None  # text, published, carried (events.carry), none
    location: Location | None
    modality: str  # asserted, alleged, conditional, future, negated
    attributed_to: tuple[ActorRef, ...]
    quantities: tuple[Quantity, ...]
    evidence: Evidence
    confidence: float
    predicate: Predicate | None = None  # the trigger's words, for phrasing briefs
    trigger: Trigger | None = None  # the coded word (None in records made before it existed)
    tellings: tuple[Telling, ...] = ()  # the article's other tellings of this event
    # What the act is about when that is a document: "signed the pact", "ratified the
    # treaty" -> the pact, the treaty (an agreement entity, or the words "the deal").
    # A document is never the one acted on (the recipient is its other party, or no
    # one); it stays here, and merging reads it as a key of the act's sides.
    about: tuple[ActorRef, ...] = ()
    # The article's main act (events.mainact): the highest-ranked of the article's
    # records that is told as done by a doer with a country, and a second act of another
    # type the article's title names (events.mainact.title_second). The default queries and briefs keep
    # a record at or above the confidence threshold or marked key; `confidence` still
    # says only how likely the record is a real event; a key record is kept from
    # `key_floor(threshold)`, so it follows a threshold the user raises.
    key: bool = False


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class AnalysedArticle(_Record):
    """What the pipeline makes of one article: the public `extract` record."""

    article: Article
    entities: tuple[Entity, ...] = ()
    timexes: tuple[Timex, ...] = ()
    events: tuple[Event, ...] = ()
    pipeline_version: str = field(default="")


# A record marked key (`Event.key`, events.mainact) is kept this far under the confidence
# threshold: the default threshold (0.79, defaults.toml; 0.74 when the ranking was fitted) less
# the ranking's floor (0.55), the span where kept key acts were judged real 0.89 (EVALUATION.md,
# keyev18). scripts/train_mainact.py writes the same margin into the model file
# (events/data/mainact_model.json, `key_margin`); a refitted floor must be copied here
# (tests/test_queries.py holds the two equal). A constant, not read from that file: this
# lowest layer reads no file of a stage above it. A user who raises the
# threshold raises the key floor with it.
KEY_MARGIN = 0.24


def key_floor(threshold: float) -> float:
    """The lowest confidence at which a record marked key is kept by the default queries
    and briefs when they leave out records under `threshold` (0 when nothing is left out)."""
    return max(0.0, round(float(threshold) - KEY_MARGIN, 4)) if threshold > 0 else 0.0


def is_kept(confidence: float | None, key: bool, threshold: float) -> bool:
    """Whether the default queries, briefs and scorers keep a record of this confidence
    (None counts as 0) and key mark: at or above `threshold`, or marked key (its
    article's main act, events.mainact) at or above `key_floor(threshold)`. The store's
    SQL writes the same rule once, in `store.reads.kept_sql`."""
    c = confidence or 0.0
    return c >= threshold or (bool(key) and c >= key_floor(threshold))
