"""Statements for briefs: one per real-world event, told as its cited sentences tell it.

A merged event from the store is a unit of the merge rule, not always one
real-world event: the store may fold "the treaty took effect" and "they
exchanged ratification documents" (same type, same parties, same day) into one
event, and may keep "signed in June" and "signed during the visit" apart when
one of them is dated only by its publication day. A brief regroups the
mentions by what the text says happened (the predicate), so each event is told
once with all its citations.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..stored import ActorSummary, MergedEvent, StoredMention

from ..timevalue import parse_span
from .phrasing import STANDING_ORDER, display_name, join_names, lead_standing, sentence
from .scoring import score

# Standings in which a statement may be told, strongest first.
_RANK = {s: i for i, s in enumerate(STANDING_ORDER)}


def cite_key(m: StoredMention) -> tuple[str, int]:
    return (m.article_id, m.sentence)


@dataclass
class Statement:
    """One real-world event as a brief tells it: its merged events and mentions."""

    events: list[MergedEvent]
    all_mentions: list[StoredMention]
    states: dict[str, str] = field(default_factory=dict)

    # ------------------------------------------------------------------ facts
    @property
    def lead(self) -> MergedEvent:
        return max(self.events, key=lambda e: (e.n_sources, e.n_mentions))

    @property
    def event_ids(self) -> list[str]:
        return [e.id for e in self.events]

    @property
    def type(self) -> str:
        return self.lead.type

    @property
    def cameo(self) -> str | None:
        return self.lead.cameo

    @property
    def standings(self) -> dict[str, int]:
        return dict(Counter(m.modality for m in self.all_mentions))

    @property
    def standing(self) -> str:
        return lead_standing(self.standings)

    @property
    def mentions(self) -> list[StoredMention]:
        """The mentions that tell it in its standing (what its text is cited from)."""
        return [m for m in self.all_mentions if m.modality == self.standing] \
            or self.all_mentions

    @property
    def date(self) -> str | None:
        text = [e for e in self.events if e.date and e.date_source == "text"]
        pool = text or [e for e in self.events if e.date]
        if not pool:
            return None
        # The finest date the text gives; ties: the most reported.
        return max(pool, key=lambda e: (len(e.date), e.n_mentions)).date

    @property
    def date_source(self) -> str | None:
        text = [e for e in self.events if e.date and e.date_source == "text"]
        if text:
            return "text"
        return next((e.date_source for e in self.events if e.date), None)

    @property
    def first_reported(self) -> str | None:
        days = [m.published for m in self.all_mentions if m.published]
        return min(days) if days else None

    @property
    def n_sources(self) -> int:
        return len({m.source or m.article_id for m in self.all_mentions})

    @property
    def confidence(self) -> float:
        return max((m.confidence or 0.0) for m in self.all_mentions)

    @property
    def goldstein(self) -> float | None:
        return score(self.type, self.cameo).goldstein

    @property
    def actors(self) -> list[ActorSummary]:
        return _union(e.actors for e in self.events)

    @property
    def recipients(self) -> list[ActorSummary]:
        return _union(e.recipients for e in self.events)

    @property
    def claimant_refs(self) -> list[ActorSummary]:
        refs: dict[str, ActorSummary] = {}
        for m in self.all_mentions:
            if m.modality == "alleged":
                for r in m.attributed_to:
                    refs.setdefault(r.name, r)
        return list(refs.values())

    @property
    def confirmed(self) -> bool:
        return bool(self.standings.get("asserted")) and bool(self.standings.get("alleged"))

    # ------------------------------------------------------------------ telling
    def claimant_names(self) -> list[str]:
        return [display_name(r, self.states) for r in self.claimant_refs]

    def outlets(self) -> list[str]:
        seen: dict[str, None] = {}
        for m in self.all_mentions:
            seen[m.source or m.title or m.article_id[:12]] = None
        return list(seen)

    def plover(self) -> dict[str, Any]:
        lead = self.lead
        return {"type": lead.type, "mode": lead.mode, "context": lead.context,
                "cameo": lead.cameo}

    def date_label(self) -> str:
        from ..render import long_date

        if not self.date:
            return "undated"
        if self.date_source != "text":
            return f"by {long_date(self.date)}"
        return long_date(self.date)

    def phrase(self, *, standing: str | None = None, with_date: bool = False,
               lower: bool = False) -> str:
        merged = dataclasses.replace(self.lead, actors=tuple(self.actors),
                                     recipients=tuple(self.recipients),
                                     mentions=tuple(self.mentions))
        standing = standing or self.standing
        claimants = self.claimant_names() if standing == "alleged" else None
        text = sentence(merged, self.states, standing=standing, claimants=claimants or None)
        if with_date and self.date and self.date_source == "text":
            from ..render import long_date

            day = long_date(self.date)
            text += f" on {day}" if len(self.date) == 10 else f" in {day}"
        if lower and text[:1].isupper() and not _is_name_start(self, text):
            text = text[:1].lower() + text[1:]
        return text

    def account(self) -> str | None:
        """Whose account the statement is: the named source of its mentions (a news
        agency, a ministry), else the outlet that first reported it."""
        named = [r for m in self.mentions for r in m.attributed_to]
        if named:
            return join_names([display_name(r, self.states) for r in _union([named])])
        first = next((m for m in self.mentions if m.source), None)
        return first.source if first else None

    def preceded_by(self, others: list["Statement"]) -> "Statement | None":
        """Another asserted statement told in one of this one's sentences and dated on
        or before it: what the lede says it came after."""
        mine = {cite_key(m) for m in self.all_mentions}
        span = parse_span(self.date)
        for other in others:
            if other.standing != "asserted" or not mine & {cite_key(m) for m in
                                                           other.all_mentions}:
                continue
            ospan = parse_span(other.date)
            if span and ospan and ospan[0] <= span[1]:
                return other
        return None

    def role_of(self, ref: ActorSummary) -> str | None:
        return ref.office or ref.sector


def _is_name_start(st: Statement, text: str) -> bool:
    names = [display_name(r, st.states) for r in st.actors + st.recipients]
    return any(text.startswith(n) for n in names if n[:1].isupper())


def _union(groups) -> list[ActorSummary]:
    out: dict[tuple, ActorSummary] = {}
    for refs in groups:
        for r in refs:
            key = ("e", r.entity_id) if r.entity_id else \
                ("c", r.country, r.sector, r.name.lower())
            out.setdefault(key, r)
    return list(out.values())


def statements_from(events: list[MergedEvent], *, min_confidence: float = 0.0,
                    states: dict[str, str] | None = None) -> list[Statement]:
    """Statements from hydrated merged events; mentions under `min_confidence` are
    left out, and an event with none left is not told."""
    out = []
    for ev in events:
        kept = [m for m in ev.mentions if (m.confidence or 0.0) >= min_confidence]
        if not kept:
            continue
        out.append(Statement([ev], kept, states or {}))
    return out
