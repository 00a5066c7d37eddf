"""One article: its text with entities, time expressions and events marked and
linked to their records."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Request

from ...store import web_reads as reads
from ..common import WebError, json_response, marked, render, use_store

router = APIRouter()
ARTICLE_ID = Annotated[str, Path(max_length=128, pattern=r"^[A-Za-z0-9_.:-]+$")]


def article_data(request: Request, article_id: str) -> dict[str, Any]:
    with use_store(request) as store:
        article = reads.article_full(store, article_id)
    if article is None:
        raise WebError(404, f"no article {article_id!r}", where="article id",
                       fix="take an id from /search or an event's sources")
    return article


def layers(article: dict[str, Any]) -> list[tuple[int, int, str, dict[str, str]]]:
    """Marks over the text: event evidence first (links to the event), then
    entity mentions and time expressions inside the rest."""
    spans = []
    for e in article["events"]:
        spans.append((e["start"], e["end"], f"ev ev-{e['type'].lower()}",
                      {"href": f"/events/{e['event_id']}", "title": f"{e['type']} "
                       f"({e['modality']}): open the event", "id": f"m-{e['mention_id']}"}))
    return spans


@router.get("/api/articles/{article_id}", summary="One article with what was found in it",
            tags=["articles"])
def api_article(request: Request, article_id: ARTICLE_ID):
    return json_response(article_data(request, article_id))


@router.get("/articles/{article_id}", include_in_schema=False)
def page(request: Request, article_id: ARTICLE_ID):
    article = article_data(request, article_id)
    text = article["text"]
    # Events link whole sentences; entities and times are marked inside the text
    # of each paragraph segment outside and inside those links.
    inner = [(m["start"], m["end"], f"ent ent-{(m['kind'] or 'other').lower()}",
              {"title": f"{m['name'] or m['text']} ({m['kind'] or '?'}"
               f"{', ' + m['country'] if m['country'] else ''})"})
             for m in article["entities"]]
    inner += [(t["start"], t["end"], "timex", {"title": f"{t['type']} {t['value']}"})
              for t in article["timexes"]]
    # The word each event was coded from, at its stored offsets; it wins over an
    # entity or time mark it overlaps.
    triggers = [(e["trigger_start"], e["trigger_end"], "hl hl-trigger",
                 {"title": f"trigger of {e['type']} {e['cameo'] or ''}".strip()})
                for e in article["events"] if e["trigger_start"] is not None
                and e["trigger_end"] is not None]
    inner = triggers + [m for m in inner if not any(
        s < m[1] and m[0] < e for s, e, _, _ in triggers)]
    html = _nest(text, layers(article), inner)
    return render(request, "article.html", article=article, body=html)


def _nest(text: str, outer, inner):
    """Outer spans (event sentences) as links; inner marks within and between them."""
    from markupsafe import Markup, escape

    out, pos = [], 0

    def inside(a: int, b: int):
        spans = [(s - a, e - a, c, at) for s, e, c, at in inner if s >= a and e <= b]
        return marked(text[a:b], spans)

    for start, end, cls, attrs in sorted(outer, key=lambda s: (s[0], -s[1])):
        if start < pos or end <= start:
            continue
        out.append(inside(pos, start))
        attr = "".join(f' {k}="{escape(v)}"' for k, v in attrs.items())
        out.append(Markup(f'<a class="{escape(cls)}"{attr}>') + inside(start, end)
                   + Markup("</a>"))
        pos = end
    out.append(inside(pos, len(text)))
    return Markup("").join(out)
