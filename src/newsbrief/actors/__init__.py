"""Actors: named entities resolved to country (ISO3 or IGO) and PLOVER sector,
joined within an article.

    extract_entities(doc, article) -> tuple[Entity, ...]   # the pipeline stage
    resolve_actor_text("Russian lawmakers") -> ("RUS", "LEG", None)
    entity_at(entities, start, end) -> Entity | None      # entity at a char span
    entity_id(kind, name, country) -> str                 # the stable id

Conventions of the records (see records.Entity):
- kind `state`: a country named as such ("North Korea", "DPRK"; sector None), or a
  capital acting for its government ("Moscow said", "ties with Beijing"; sector GOV).
  kind `place`: cities, regions, "in Moscow", the dateline. A country's `country`
  is its ISO3; an IGO has country "IGO" and `igo` = UNO, NATO, EU, ...
- kind `person`: country/sector/office from the title around the name ("Chile's
  Deputy Trade Minister Ana Soto" -> CHL, GOV, "Deputy Trade Minister");
  later surnames join the person they continue.
- kind `organization`: gazetteer organisations and media (KCNA -> PRK, JRN) or the
  model's ORG spans, typed by their words ("Defence Ministry" -> GOV).
- kind `agreement`: a named or described agreement; "the pact" / "the treaty"
  later are its mentions; `members` = the parties when the text names them.
- kind `group`: "both nations", "their leaders": `members` = ids of the pair.
- ids: sha1 of kind + folded name (case, diacritics, hyphens) + country, so the
  same person or state gets the same id in every article; groups hash their members.
"""

from __future__ import annotations

from .clusters import entity_id
from .entities import entity_at, extract_entities
from .resolve import resolve_actor_text

__all__ = ["extract_entities", "resolve_actor_text", "entity_at", "entity_id"]
