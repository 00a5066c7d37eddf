"""What merging compares: one event (a new record, or a stored merged event)
reduced to identity keys of its sides, the span of days it may have happened
on, and the evidence of its mentions."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..records import Event, normalise_text
from ..timevalue import parse_span
from .likeness import Evidence, name_words, plain_phrase

# Two text-derived dates of one event drift by a day (time zones, "yesterday"
# resolved against a late publication date).
SLACK_DAYS = 1
# A publication-dated re-report ("the treaty, which took effect", no date in
# the sentence) may come this many days after the event it re-reports.
LOOKBACK_DAYS = 10
# ...except for acts that recur daily between the same parties: an undated
# report of a shelling on day 10 is as likely a new shelling as the one of day 4.
RECURRING_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "THREATEN", "ACCUSE"})

Span = tuple[date, date]
Keys = frozenset[str]


def lookback(event_type: str) -> int:
    return SLACK_DAYS if event_type in RECURRING_TYPES else LOOKBACK_DAYS


@dataclass(frozen=True)
class Sketch:
    """One event (stored or new) reduced to keys and a span."""

    type: str
    cameo: str | None
    actors: tuple[Keys, ...]  # one key set per actor reference
    recipients: tuple[Keys, ...]  # one per recipient reference
    span: Span | None
    weak: bool  # the date is the publication day: an upper bound, not the event day
    country: str | None  # location country
    evidence: tuple[Evidence, ...] = ()
    # one per document the act is about (records.Event.about): read beside the
    # recipients only when both sides name one ("signed the pact" and "signed the
    # agreement" of one pact meet there; two documents make two acts); a telling that
    # names none ("the council endorsed it") is not kept apart by it
    about: tuple[Keys, ...] = ()
    # those of `about` told only in plain words ("the agreement", "the deal"): they
    # name no document of their own, so two of them do not make two acts
    plain: frozenset[Keys] = frozenset()


def ref_keys(entity: str | None, country: str | None, sector: str | None, text: str | None,
             kind: str | None = None) -> Keys:
    """Identity keys of one actor reference; two references match when keys meet.

    States and their governments share the bare country key ("North Korea",
    "Pyongyang", "the North Korean government"); other sectors keep their own
    (North Korean troops are PRK:MIL). People match only by entity: two
    ministers of one country are different actors.
    """
    keys: set[str] = set()
    if entity:
        keys.add("e:" + entity)
    if country and kind != "person":
        keys.add("c:" + country if sector in (None, "", "GOV") else f"c:{country}:{sector}")
    if not keys and text:
        keys.add("t:" + normalise_text(text))
    return frozenset(keys)


def _not_actors(recipients: tuple[Keys, ...], actors: tuple[Keys, ...]) -> tuple[Keys, ...]:
    """A recipient that is also an actor ("X and Y aid Y") says nothing of the target."""
    return tuple(r for r in recipients if not any(r & a for a in actors))


def mention_span(value: str | None, date_source: str | None,
                 published: str | None) -> tuple[Span | None, bool]:
    """(span, weak) for one mention's date. Text dates are strong; a publication
    date (or no date at all) says only "on or before the day it was published"."""
    if value and date_source in (None, "text"):
        span = parse_span(value)
        if span is not None:
            return span, False
    anchor = parse_span(value) or parse_span(published)
    if anchor is None:
        return None, True
    return (anchor[1] - timedelta(days=LOOKBACK_DAYS), anchor[1]), True


def event_evidence(event: Event, article_id: str) -> Evidence:
    """The evidence of a new record, its own actors' names set aside."""
    names = name_words(r.text for r in event.actor + event.recipient)
    return Evidence.of(article_id, event.modality, event.evidence.sentence,
                       event.evidence.text, names, act_of(event))


def act_of(event: Event) -> str | None:
    """The word of the act ("sign", "take effect"): the predicate's lemma."""
    return event.predicate.lemma if event.predicate is not None else None


def sketch_event(event: Event, published: str | None, kinds: Mapping[str, str] | None = None,
                 article_id: str = "") -> Sketch:
    """Sketch of a new event record from one article (`kinds`: entity id -> kind)."""
    kinds = kinds or {}

    def keys_of(r: Any) -> Keys:
        return ref_keys(r.entity, r.country, r.sector, r.text, kinds.get(r.entity or ""))

    def refs(items: Iterable[Any]) -> tuple[Keys, ...]:
        return tuple(k for k in map(keys_of, items) if k)

    span, weak = mention_span(event.date, event.date_source, published)
    country = event.location.country if event.location else None
    actors = refs(event.actor)
    # each document's keys computed once: what it is about, and whether it is told in
    # words of its own
    about_keys = [(r, keys_of(r)) for r in event.about]
    about = _not_actors(tuple(k for _, k in about_keys if k), actors)
    described = {k for r, k in about_keys if k and not plain_phrase(r.text)}
    return Sketch(event.type, event.cameo, actors, _not_actors(refs(event.recipient), actors),
                  span, weak, country, (event_evidence(event, article_id),),
                  about, frozenset(about) - described)


def sketch_stored(row: Mapping[str, Any], actors: Iterable[Mapping[str, Any]],
                  evidence: Iterable[Evidence] = ()) -> Sketch:
    """Sketch of a stored merged event: its row (type, cameo, date, date_source,
    location_country), its actor rows (role -- actor, recipient or about --,
    entity_id, country, sector, text, kind) and the evidence of its mentions (their
    words with no names set aside: the names of every actor of the event are set
    aside here)."""
    actors = list(actors)

    # keys of the documents told in words of their own: read from the "about" rows
    # only, as sketch_event reads only `event.about` (a recipient's text says nothing
    # of how the document was told)
    described: set[Keys] = set()

    def refs(role: str) -> tuple[Keys, ...]:
        seen: dict[Keys, None] = {}
        for a in actors:
            if a["role"] == role:
                keys = ref_keys(a.get("entity_id"), a.get("country"), a.get("sector"),
                                a.get("text"), a.get("kind"))
                if keys:
                    seen[keys] = None
                    if role == "about" and not plain_phrase(a.get("text")):
                        described.add(keys)
        return tuple(seen)

    weak = row.get("date_source") not in (None, "text")
    span = parse_span(row.get("date"))
    if span and weak:
        span = (span[1] - timedelta(days=lookback(row["type"])), span[1])
    actor_refs = refs("actor")
    names = name_words(a.get("text") for a in actors)
    about = _not_actors(refs("about"), actor_refs)
    return Sketch(row["type"], row.get("cameo"), actor_refs,
                  _not_actors(refs("recipient"), actor_refs), span, weak,
                  row.get("location_country"), tuple(e.without(names) for e in evidence),
                  about, frozenset(about) - described)
