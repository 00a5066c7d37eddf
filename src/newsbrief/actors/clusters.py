"""Mention drafts and entity clusters: the mutable working records of the
entity stage, turned into frozen `records.Entity` at the end, and the stable id."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from spacy.tokens import Span

from ..records import Entity, Mention
from .gazetteer import fold
from .resolve import is_head_office


def entity_id(kind: str, name: str, country: str | None) -> str:
    """Stable across articles: kind + folded name + country."""
    basis = f"{kind}|{fold(name)}|{country or ''}"
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]


@dataclass
class Draft:
    """A mention being typed, before mentions are joined into entities."""

    span: Span
    kind: str
    name: str
    country: str | None = None
    sector: str | None = None
    office: str | None = None
    igo: str | None = None
    para: int = 0
    entity: "Cluster | None" = None


@dataclass
class Cluster:
    kind: str
    name: str
    country: str | None = None
    sector: str | None = None
    office: str | None = None
    igo: str | None = None
    members: tuple[str, ...] = ()
    mentions: list[tuple[int, int, str]] = field(default_factory=list)
    first: int = 0
    parties: list["Cluster"] = field(default_factory=list)  # agreements: who signed
    topics: frozenset[str] = frozenset()  # agreements: topic words seen ("trade")
    full_at: list[tuple[int, int]] = field(default_factory=list)  # people: (char, paragraph) of full names
    token_refs: list[int] = field(default_factory=list)  # token ends of agreement mentions
    kb_id: str | None = None  # knowledge-base entry this actor is linked to
    role: str | None = None  # its role at the article's date
    kb_confidence: float | None = None

    def absorb(self, d: Draft) -> None:
        self.mentions.append((d.span.start_char, d.span.end_char, d.span.text))
        self.country = self.country or d.country
        self.sector = self.sector or d.sector
        if d.office and (not self.office or is_head_office(d.office) and not is_head_office(self.office)):
            self.office = d.office
        d.entity = self

    @property
    def id(self) -> str:
        if self.kind == "group":
            return entity_id("group", "+".join(sorted(self.members)), None)
        if self.kb_id:
            return entity_id("kb", self.kb_id, None)  # one actor across articles
        return entity_id(self.kind, self.name, self.country)

    def record(self) -> Entity:
        ms = tuple(Mention(s, e, t) for s, e, t in sorted(set(self.mentions)))
        return Entity(id=self.id, name=self.name, kind=self.kind, country=self.country,
                      sector=self.sector, office=self.office, mentions=ms, igo=self.igo,
                      members=self.members, kb_id=self.kb_id, role=self.role,
                      kb_confidence=self.kb_confidence)
