"""Briefs: what the stored events say about some actors, every statement cited.

A brief is built from merged events only (no free text is generated beyond
the phrase table): a headline, key developments ranked by salience, a dated
timeline, claims with their claimants and any denials, the actors involved and
the references. Each statement carries citation numbers [n] that resolve to an
article, a sentence index, the evidence text and the URL.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from datetime import date
from typing import Any

from ..escaping import html_text, markdown_text, markdown_url, safe_href
from ..store import Store
from ..store import reads as q
from ..timevalue import parse_span
from .phrasing import date_label, display_name, join_names, lead_standing, sentence
from .queries import EventQuery, find_events, sources

MAX_EVENTS = 2000
STANDING_WEIGHT = {"asserted": 1.0, "alleged": 0.8, "future": 0.5, "conditional": 0.4,
                   "negated": 0.2}
DISPUTE_DAYS = (-30, 120)  # a denial counts from a month before to four months after
MAX_DISPUTES = 3
# Words by which a rejection denies a claim as untrue, not just refuses something.
DENIAL = re.compile(r"\b(den(?:y|ies|ied|ial)|dismiss\w*|refut\w*|false(?:ly|hood)?|fabricat\w*|"
                    r"groundless|baseless|untrue|fake|smear|slander\w*|lies|lying)\b", re.I)


class Citations:
    """Numbers mentions on first use; one reference per (article, sentence)."""

    def __init__(self) -> None:
        self.refs: list[dict[str, Any]] = []
        self._index: dict[tuple[str, int], int] = {}

    def cite(self, mentions: list[dict[str, Any]], limit: int = 3) -> list[int]:
        """Cite up to `limit` mentions, preferring distinct outlets."""
        chosen, outlets = [], set()
        for m in mentions:
            outlet = m["source"] or m["article_id"]
            if outlet not in outlets:
                chosen.append(m)
                outlets.add(outlet)
            if len(chosen) == limit:
                break
        out = []
        for m in chosen:
            key = (m["article_id"], m["sentence"])
            if key not in self._index:
                self.refs.append({"n": len(self.refs) + 1, "article_id": m["article_id"],
                                  "title": m["title"], "source": m["source"], "url": m["url"],
                                  "published": m["published"], "sentence": m["sentence"],
                                  "start": m["start"], "end": m["end"], "evidence": m["text"]})
                self._index[key] = len(self.refs)
            out.append(self._index[key])
        return out


def salience(event: dict[str, Any], newest: date | None) -> float:
    """Independent sources first, then intensity (|Goldstein|), then recency."""
    s = 3.0 * math.log2(1 + event["n_sources"]) + math.log2(1 + event["n_mentions"])
    s += abs(event.get("goldstein") or 0.0) / 5.0
    span = parse_span(event.get("date"))
    if span and newest:
        s += 2.0 * math.exp(-max(0, (newest - span[1]).days) / 30.0)
    if event.get("date_source") == "text":
        s += 1.0  # the report says when it happened: news, not background

    return s * STANDING_WEIGHT[lead_standing(event["standings"])]


def _claimants(event: dict[str, Any]) -> list[dict[str, Any]]:
    refs: dict[str, dict[str, Any]] = {}
    for m in event["mentions"]:
        if m["modality"] == "alleged":
            for r in m["attributed_to"]:
                refs.setdefault(r["name"], r)
    return list(refs.values())


def _names(refs: list[dict[str, Any]], states: dict[str, str]) -> list[str]:
    return [display_name(r, states) for r in refs]


def _keys(refs: list[dict[str, Any]]) -> set[str]:
    out = set()
    for r in refs:
        if r.get("entity_id"):
            out.add("e:" + r["entity_id"])
        if r.get("country") and r.get("kind") != "person":
            out.add("c:" + r["country"])
    return out


def _disputes(store: Store, claim: dict[str, Any], claimants: list[dict[str, Any]],
              states: dict[str, str], cites: Citations) -> list[dict[str, Any]]:
    """Denials of a claim: mentions that negate it, and REJECT events by the accused
    aimed at the claimants (or at no one) around the claim's date."""
    out = []
    negated = [m for m in claim["mentions"] if m["modality"] == "negated"]
    if negated:
        out.append({"text": sentence(claim, states, standing="negated"),
                    "cites": cites.cite(negated)})
    accused = claim["actors"]
    span = parse_span(claim.get("date")) or parse_span(claim.get("first_seen"))
    if not accused or span is None:
        return out
    match = q.ActorMatch(
        accused[0]["name"],
        tuple(r["entity_id"] for r in accused if r.get("entity_id")),
        tuple(sorted({r["country"] for r in accused
                      if r.get("country") and r.get("kind") != "person"})))
    since = date.fromordinal(span[0].toordinal() + DISPUTE_DAYS[0]).isoformat()
    until = date.fromordinal(span[1].toordinal() + DISPUTE_DAYS[1]).isoformat()
    ids = q.event_ids(store, EventQuery(actor=(match,), types=("REJECT",), since=since,
                                        until=until, limit=20))
    claimant_keys = _keys(claimants)
    for rej in q.events_by_id(store, ids):
        if not rej["standings"].get("asserted"):
            continue  # a planned or conditional rejection is not a denial
        aimed = bool(claimant_keys & _keys(rej["recipients"]))
        denials = [m for m in rej["mentions"] if DENIAL.search(m["text"])]
        # A rejection of anything at all is no denial: it must be aimed at the
        # claimants, or say in words that something is denied as untrue.
        if not (aimed or denials):
            continue
        out.append({"text": sentence(rej, states) + f" ({date_label(rej)})",
                    "cites": cites.cite(denials or rej["mentions"])})
        if len(out) >= MAX_DISPUTES:
            break
    return out


def build_brief(store: Store, about: tuple[str, ...] = (), *, since: str | None = None,
                until: str | None = None, developments: int = 8, timeline: int = 25,
                claims: int = 10) -> dict[str, Any]:
    events = find_events(store, EventQuery(about=about, since=since, until=until,
                                           limit=MAX_EVENTS))
    states = q.state_names(store)
    cites = Citations()
    spans = [parse_span(e["date"]) for e in events if e["date"]]
    newest = max((s[1] for s in spans if s), default=None)
    ranked = sorted(events, key=lambda e: -salience(e, newest))

    def statement(ev: dict[str, Any], **kw: Any) -> dict[str, Any]:
        return {"event_id": ev["id"], "date": ev["date"], "date_label": date_label(ev),
                "type": ev["type"], "cameo": ev["cameo"], "text": sentence(ev, states, **kw),
                "sources": sources(ev), "standings": ev["standings"],
                "cites": cites.cite(ev["mentions"])}

    key = []
    for ev in ranked[:developments]:
        item = statement(ev, claimants=_names(_claimants(ev), states) or None)
        item["salience"] = round(salience(ev, newest), 2)
        item["quote"] = ev["mentions"][0]["text"] if ev["mentions"] else ""
        key.append(item)
    dated = [e for e in events if e["date"]]
    dated_top = sorted(sorted(dated, key=lambda e: -salience(e, newest))[:timeline],
                       key=lambda e: (e["date"], e["id"]))
    line = [statement(ev, claimants=_names(_claimants(ev), states) or None)
            for ev in dated_top]
    claim_items = []
    for ev in [e for e in ranked if e["standings"].get("alleged")][:claims]:
        claimants = _claimants(ev)
        alleged = [m for m in ev["mentions"] if m["modality"] == "alleged"]
        claim_items.append({
            "event_id": ev["id"], "date": ev["date"], "date_label": date_label(ev),
            "text": sentence(ev, states, standing="alleged",
                             claimants=_names(claimants, states) or None),
            "claimants": _names(claimants, states), "cites": cites.cite(alleged),
            "confirmed": bool(ev["standings"].get("asserted")),
            "disputed_by": _disputes(store, ev, claimants, states, cites)})
    actor_counts: Counter = Counter()
    actor_info: dict[str, dict[str, Any]] = {}
    for ev in events:
        for r in ev["actors"] + ev["recipients"]:
            name = r["name"]
            actor_counts[name] += 1
            actor_info.setdefault(name, {"name": name, "country": r["country"],
                                         "sector": r["sector"]})
    actors = [dict(actor_info[n], events=c) for n, c in actor_counts.most_common(15)]
    about_text = join_names(list(about)) if about else "All stored events"
    headline = {"text": f"{about_text}: no events stored", "cites": []}
    if key:
        top = key[0]
        when = "" if top["date_label"] == "undated" else f" ({top['date_label']})"
        # "North Korea: North Korea used ..." says its subject twice.
        named = any(top["text"].lower().startswith((a.lower(), "the " + a.lower()))
                    for a in about)
        text = top["text"] if named else f"{about_text}: {top['text']}"
        headline = {"text": text + when, "cites": top["cites"]}
    outlets = Counter(r["source"] or "unknown" for r in cites.refs)
    return {"about": list(about), "since": since, "until": until,
            "events": len(events), "headline": headline, "developments": key,
            "timeline": line, "claims": claim_items, "actors": actors,
            "sources": [{"source": s, "references": n} for s, n in outlets.most_common()],
            "references": cites.refs}


# --------------------------------------------------------------------------- rendering


def _cite_md(ns: list[int]) -> str:
    return " " + "".join(f"[{n}]" for n in ns) if ns else ""


def render_markdown(brief: dict[str, Any]) -> str:
    # every article-derived value goes through markdown_text: no raw HTML, no links
    m = markdown_text
    out = [f"# {m(brief['headline']['text'])}{_cite_md(brief['headline']['cites'])}", ""]
    window = " to ".join(x for x in (brief["since"], brief["until"]) if x)
    out.append(f"_{brief['events']} merged events{' from ' + m(window) if window else ''}; "
               f"{len(brief['references'])} cited sentences._")
    out += ["", "## Key developments", ""]
    for d in brief["developments"]:
        out.append(f"- **{m(d['date_label'])}** — {m(d['text'])} "
                   f"({m(', '.join(d['sources'][:3]))}){_cite_md(d['cites'])}")
    out += ["", "## Timeline", ""]
    for t in brief["timeline"]:
        out.append(f"- {m(t['date_label'])} — {m(t['text'])} "
                   f"({m(', '.join(t['sources'][:3]))}){_cite_md(t['cites'])}")
    if brief["claims"]:
        out += ["", "## Claims", ""]
        for c in brief["claims"]:
            status = " Later reported as fact." if c["confirmed"] else ""
            out.append(f"- {m(c['date_label'])} — {m(c['text'])}.{status}{_cite_md(c['cites'])}")
            for d in c["disputed_by"]:
                out.append(f"  - Disputed: {m(d['text'])}{_cite_md(d['cites'])}")
            if not c["disputed_by"]:
                out.append("  - No denial by the accused is stored.")
    out += ["", "## Actors", ""]
    for a in brief["actors"]:
        tag = "/".join(x for x in (a["country"], a["sector"]) if x)
        out.append(f"- {m(a['name'])}{' (' + m(tag) + ')' if tag else ''}: {a['events']} events")
    out += ["", "## Sources", ""]
    for r in brief["references"]:
        where = ", ".join(x for x in (r["source"], r["published"]) if x)
        title = f" “{m(r['title'])}”" if r["title"] else ""
        link = markdown_url(r["url"]) or "article " + m(r["article_id"])
        out.append(f"[{r['n']}] {m(where)}{title}, sentence {r['sentence'] + 1}: "
                   f"“{m(r['evidence'])}” {link}")
    return "\n".join(out) + "\n"


def render_html(brief: dict[str, Any]) -> str:
    e = html_text

    def cites(ns: list[int]) -> str:
        return "".join(f' <a href="#ref{n}">[{n}]</a>' for n in ns)

    def items(rows: list[dict[str, Any]], label: str = "date_label") -> str:
        return "".join(f"<li><b>{e(r[label])}</b> — {e(r['text'])}{cites(r['cites'])}</li>"
                       for r in rows)

    parts = ["<!doctype html><meta charset=\"utf-8\"><title>"
             f"{e(brief['headline']['text'])}</title>",
             f"<h1>{e(brief['headline']['text'])}{cites(brief['headline']['cites'])}</h1>",
             f"<h2>Key developments</h2><ul>{items(brief['developments'])}</ul>",
             f"<h2>Timeline</h2><ul>{items(brief['timeline'])}</ul>"]
    if brief["claims"]:
        rows = []
        for c in brief["claims"]:
            disputes = "".join(f"<li>Disputed: {e(d['text'])}{cites(d['cites'])}</li>"
                               for d in c["disputed_by"]) or "<li>No denial stored.</li>"
            rows.append(f"<li><b>{e(c['date_label'])}</b> — {e(c['text'])}"
                        f"{cites(c['cites'])}<ul>{disputes}</ul></li>")
        parts.append(f"<h2>Claims</h2><ul>{''.join(rows)}</ul>")
    parts.append("<h2>Actors</h2><ul>" + "".join(
        f"<li>{e(a['name'])}: {a['events']} events</li>" for a in brief["actors"]) + "</ul>")
    refs = []
    for r in brief["references"]:
        href = safe_href(r["url"])  # only http(s) links; anything else is not made a link
        link = (f' <a href="{href}">{e(r["url"])}</a>' if href
                else f" article {e(r['article_id'])}")
        refs.append(f"<li id=\"ref{r['n']}\">[{r['n']}] {e(r['source'] or '')} "
                    f"{e(r['published'] or '')}, sentence {r['sentence'] + 1}: "
                    f"“{e(r['evidence'])}”{link}</li>")
    parts.append(f"<h2>Sources</h2><ol>{''.join(refs)}</ol>")
    return "\n".join(parts) + "\n"
