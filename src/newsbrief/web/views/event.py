"""One merged event: every mention with its evidence sentence (actor, recipient,
trigger and date words marked), the sources, how the mentions were merged, and
the record as JSON."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request

from ...knowledge import export
from ...knowledge.queries import hydrate
from ..common import WebError, json_response, marked, render, use_store
from ._shared import summary

router = APIRouter()
EVENT_ID = Annotated[str, Path(max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")]


def trigger_span(mention: dict[str, Any]) -> tuple[int, int] | None:
    """Where the trigger word is in the evidence, from the offsets stored with the
    mention (`event_mentions.trigger_start/end`, schema 8); None when the store
    has none for it (nothing is guessed)."""
    start, end = mention.get("trigger_start"), mention.get("trigger_end")
    if not isinstance(start, int) or not isinstance(end, int):
        return None
    a, b = start - mention["start"], end - mention["start"]
    if 0 <= a < b <= len(mention["text"]):
        return a, b
    return None


def _find(text: str, needle: str | None, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    if not needle:
        return None
    start = 0
    while True:
        i = text.find(needle, start)
        if i < 0:
            i = text.lower().find(needle.lower(), start)
        if i < 0:
            return None
        span = (i, i + len(needle))
        if not any(a < span[1] and span[0] < b for a, b in taken):
            return span
        start = i + 1


def highlights(record: dict[str, Any], mention: dict[str, Any]) -> list[dict[str, Any]]:
    """Spans (offsets into the evidence text) of the trigger (from its stored
    offsets), actor, recipient and date words of one mention."""
    text = record["evidence"]["text"]
    spans: list[dict[str, Any]] = []
    taken: list[tuple[int, int]] = []

    def add(role: str, span: tuple[int, int] | None, label: str) -> None:
        if span:
            spans.append({"role": role, "start": span[0], "end": span[1], "label": label})
            taken.append(span)

    t = trigger_span(mention)
    if t:
        add("trigger", t, text[t[0]:t[1]])
    for role in ("actor", "recipient"):
        for r in record.get(role) or ():
            add(role, _find(text, r.get("text"), taken), r.get("text") or "")
    add("date", _find(text, record.get("date_text"), taken), record.get("date_text") or "")
    return sorted(spans, key=lambda s: s["start"])


def event_data(request: Request, event_id: str) -> dict[str, Any]:
    with use_store(request) as store:
        events = hydrate(store, [event_id])
    if not events:
        raise WebError(404, f"no event {event_id!r}", where="event id",
                       fix="take an id from /events or /api/events")
    ev = events[0]
    rec = export.record(ev)
    mentions = []
    for m, mrec in zip(ev.mentions, rec["mentions"]):
        stored = {"start": m.start, "text": m.text, "trigger_start": m.trigger_start,
                  "trigger_end": m.trigger_end}
        mentions.append({
            "mention_id": m.id, "article_id": m.article_id, "title": m.title,
            "source": m.source, "url": m.url, "published": m.published,
            "modality": m.modality, "sentence": m.sentence, "start": m.start,
            "end": m.end, "confidence": m.confidence, "text": m.text,
            "date": m.date, "date_source": m.date_source,
            "trigger_start": m.trigger_start, "trigger_end": m.trigger_end,
            "attributed_to": [r.name for r in m.attributed_to],
            "highlights": highlights(mrec, stored)})
    merge = {
        "rule": "mentions of one type whose actors share a key and whose dates overlap "
                "are one event (docs/merging.md)",
        "n_mentions": ev.n_mentions, "n_articles": ev.n_articles,
        "n_sources": ev.n_sources, "standings": dict(ev.standings),
        "first_seen": ev.first_seen, "last_seen": ev.last_seen,
        "pipeline_version": ev.pipeline_version,
    }
    return {"event": summary(ev), "mentions": mentions, "merge": merge, "record": rec}


@router.get("/api/events/{event_id}", summary="One merged event with its mentions",
            tags=["events"])
def api_event(request: Request, event_id: EVENT_ID):
    return json_response(event_data(request, event_id))


@router.get("/events/{event_id}", include_in_schema=False)
def page(request: Request, event_id: EVENT_ID):
    data = event_data(request, event_id)
    for m in data["mentions"]:
        m["marked"] = marked(m["text"], [
            (h["start"], h["end"], f"hl hl-{h['role']}", {"title": h["role"]})
            for h in m["highlights"]])
    return render(request, "event.html", data=data,
                  record_json=json.dumps(data["record"], ensure_ascii=False, indent=2))
