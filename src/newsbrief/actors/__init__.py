"""Actors: named entities resolved to country (ISO3 or IGO) and PLOVER sector,
joined within an article.

    extract_entities(doc, article) -> tuple[Entity, ...]   # the pipeline stage
    resolve_actor_text("Russian lawmakers") -> ("RUS", "LEG", None)
    entity_at(entities, start, end) -> Entity | None      # entity at a char span
"""

from __future__ import annotations

from .entities import entity_at, entity_id, extract_entities
from .resolve import resolve_actor_text

__all__ = ["extract_entities", "resolve_actor_text", "entity_at", "entity_id"]
