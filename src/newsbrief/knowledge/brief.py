"""Briefs: what the stored events say about a topic, every statement cited.

A brief is built from the store's merged events only; nothing is said that a
cited sentence does not say. Its parts (knowledge/statements.py makes the
statements):

- a **lede** like a wire brief: the most important development, its date and
  whose account it is;
- **key developments**: one statement per real-world event (re-tellings within
  and across articles told once, with every citation and "N sources"), most
  important first;
- **claims**: what someone alleges, who alleges it, and any denial;
- **commitments and plans**: future and conditional acts, told as such;
- **background**: events dated well before the reports that mention them;
- who takes part, and the sources (outlet, date, title, short link).

Each statement carries its `date`, `date_label` and `date_source`: `text` (its words date
it), `lead` (the act a hard-news lead tells with no time: the day's news of its report,
mention_dates.days_news), `published` (the report only bounds it: "by ..."), `none` or null
(undated).

`build_brief` returns a plain, JSON-ready dict; `render_markdown` and
`render_html` render it through the package's Jinja2 templates.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from .. import render
from ..actors.anaphora import STATE_SECTORS
from ..records import is_kept
from ..store import Store
from ..store import reads as q
from ..stored import ActorSummary, MergedEvent, StoredMention
from ..timevalue import first_day, parse_span
from . import evidence as ev
from .grouping import statements_from
from .mention_dates import OWN_DATE, cite_key
from .phrasing import join_names
from .queries import hydrate
from .naming import Names, office_of
from .statements import Statement, _synonym

from ..words import inside_quotation, word_lists

# The word lists of this module: data/brief_lists.toml.
_LISTS = word_lists("newsbrief.knowledge", "brief_lists.toml")

MAX_EVENTS = 3000
MAX_PACTS = 50  # agreements whose own events join a brief about one of their parties
STANDING_WEIGHT = {"asserted": 1.0, "alleged": 0.8, "future": 0.5, "conditional": 0.4,
                   "negated": 0.2}
DISPUTE_DAYS = (-30, 120)  # a denial counts from a month before to four months after
MAX_DISPUTES = 3
NOMINAL_WEIGHT = 0.6
DESCRIPTION_WEIGHT = 0.7  # an act told in the present tense ("X threatens the world")
QUOTE_WEIGHT = 0.7
# Citation marks shown per statement (distinct outlets first); "evidence" lists every one.
MAX_CITES = 4
# An event dated this many days before the first report of it is background.
BACKGROUND_DAYS = 60
# Fewer statements than this (after the confidence threshold): "little to say".
LITTLE = 2
# A lead sentence (the first few of an article): what hard news is about, dated by its
# publication day.
LEAD_SENTENCES = 3
# Lines before the lead that are no prose (a headline, a byline, a caption): at most so
# many are looked past.
LEAD_SLACK = 4
# Every sentence of a report (a bound on sentence numbers).
ALL_SENTENCES = 1 << 30
# Fewer key developments than this: the brief says it has little news.
FEW = 3
# Asserted statements that are no key development, told after them ("Also reported").
MAX_OTHER = 8
# Words by which a rejection denies a claim as untrue, not just refuses something.
DENIAL = re.compile(r"\b(den(?:y|ies|ied|ial)|dismiss\w*|refut\w*|false(?:ly|hood)?|fabricat\w*|"
                    r"groundless|baseless|untrue|fake|smear|slander\w*|lies|lying)\b", re.I)
_ISO3 = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class BriefQuery:
    """What a brief is about. `about` items are actors, countries (name or ISO3), a
    pair ("PRK RUS": both take part) or free text (matched in the evidence)."""

    about: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    developments: int = 10
    claims: int = 10
    background: int = 8
    commitments: int = 8
    min_confidence: float = 0.0
    # Leave out events dated only by the publication day (and undated background).
    text_dated_only: bool = False


class Citations:
    """Numbers cited sentences on first use; one reference per (article, sentence)."""

    def __init__(self) -> None:
        self.refs: list[dict[str, Any]] = []
        self._index: dict[tuple[str, int], int] = {}

    def cite(self, mentions: list[StoredMention], limit: int | None = None) -> list[int]:
        """Numbers of the mentions' sentences (all of them, or the first `limit`
        from distinct outlets)."""
        chosen, outlets = [], set()
        for m in mentions:
            if limit is not None:
                outlet = m.source or m.article_id
                if outlet in outlets:
                    continue
                outlets.add(outlet)
                if len(chosen) == limit:
                    break
            chosen.append(m)
        out: list[int] = []
        for m in chosen:
            key = cite_key(m)
            if key not in self._index:
                self.refs.append({"n": len(self.refs) + 1, "article_id": m.article_id,
                                  "outlet": m.source, "title": m.title, "url": m.url,
                                  "published": m.published, "sentence": m.sentence,
                                  "start": m.start, "end": m.end, "evidence": m.text})
                self._index[key] = len(self.refs)
            n = self._index[key]
            if n not in out:
                out.append(n)
        return out


# --------------------------------------------------------------------------- the query


def resolve_about(store: Store, about: tuple[str, ...]) -> tuple[list[q.ActorMatch], list[str],
                                                                  list[str]]:
    """(actor matches, free-text queries, display names) for --about values: an ISO3 code
    or a pair of them, a name the store knows, else free text."""
    matches: list[q.ActorMatch] = []
    texts: list[str] = []
    labels: list[str] = []
    states = q.state_names(store)
    for raw in about:
        words = raw.split()
        if len(words) > 1 and all(_ISO3.match(w) for w in words):
            parts = words  # a pair (or more): every one takes part
        else:
            parts = [raw.strip()]
        for part in parts:
            if not part:
                continue
            match = q.resolve_actor(store, part)
            if match.entity_ids or match.countries:
                matches.append(match)
                labels.append(states.get(part, part) if _ISO3.match(part) else part)
            else:
                texts.append(part)
                labels.append(f"“{part}”")
    return matches, texts, labels


def _events(store: Store, query: BriefQuery) -> tuple[list[MergedEvent], list[str]]:
    matches, texts, labels = resolve_about(store, query.about)
    ids = q.event_ids(store, q.EventQuery(about=tuple(matches), since=query.since,
                                          until=query.until, search=" ".join(texts) or None,
                                          text_dated_only=query.text_dated_only,
                                          limit=MAX_EVENTS))
    if len(matches) == 1 and not texts and not matches[0].countries:
        # A name that is no country ("Brexit", a person) is also a topic: events whose
        # evidence names it belong to the brief even when no actor is linked to it.
        seen = set(ids)
        ids += [i for i in q.event_ids(store, q.EventQuery(
            since=query.since, until=query.until, search=matches[0].query,
            text_dated_only=query.text_dated_only, limit=MAX_EVENTS)) if i not in seen]
    term = query.about[0].strip() if len(query.about) == 1 else ""
    if _ISO3.match(term):
        term = q.state_names(store).get(term, "")  # "PER" -> "Peru"
    if term and len(term.split()) <= 3 and len(matches) <= 1:
        # A topic is also what the articles about it lead with: "pro-Russian rebels
        # launched an offensive" in the first sentences of an article about Ukraine, in a
        # sentence naming Ukraine, is news of Ukraine though Ukraine is no party to it.
        seen = set(ids)
        # The lead by the report's prose: headline, byline or caption lines before it do
        # not count (mention_dates.lead_rank).
        bodies: dict[str, str] = {}

        def in_lead(article_id: str, sentence: int, start: int) -> bool:
            if sentence < LEAD_SENTENCES:
                return True
            if article_id not in bodies:
                article = store.article(article_id)
                bodies[article_id] = article.text if article else ""
            prose = ev.prose_before(bodies[article_id], start)
            return prose is not None and prose < LEAD_SENTENCES

        lead = [i for i in q.lead_event_ids(store, q.articles_about(store, term),
                                            LEAD_SENTENCES + LEAD_SLACK, query.min_confidence,
                                            term=term, keep=in_lead)
                if i not in seen]
        ids += _within(store, lead, query)
    if term and len(term.split()) <= 3 and len(matches) <= 1 and \
            not any(m.countries for m in matches):
        # A topic that no state stands for ("Brexit", an election) is no party to its own
        # acts: what its reports tell is all the store knows of it. A report about it
        # (named in its title, or twice in its first paragraphs) is about it throughout:
        # a vote in parliament, a resignation, a summit.
        seen = set(ids)
        articles = q.articles_about(store, term)
        about = [i for i in q.lead_event_ids(store, articles, ALL_SENTENCES,
                                             query.min_confidence) if i not in seen]
        if query.min_confidence:
            # A landmark many outlets tell in passing ("ever since Britain voted to
            # leave"), each telling under the threshold: its re-tellings together
            # (statements_from, key_worthy) decide.
            known = seen | set(about)
            about += [e.id for e in hydrate(store, [
                i for i in q.lead_event_ids(store, articles, ALL_SENTENCES, 0.0)
                if i not in known]) if e.n_sources >= WIDELY_TOLD]
        ids += _within(store, about, query)
    events = hydrate(store, ids)
    if matches and not texts:
        # A treaty the topic's parties act on is part of the topic: "the pact was
        # approved by Russian lawmakers" belongs in a brief about North Korea.
        pacts = sorted({r.entity_id for ev in events for r in ev.recipients
                        if r.kind == "agreement" and r.entity_id})
        if pacts and len(matches) == 1:
            more = q.event_ids(store, q.EventQuery(
                about=(q.ActorMatch("agreement", entity_ids=tuple(pacts[:MAX_PACTS])),),
                since=query.since, until=query.until,
                text_dated_only=query.text_dated_only, limit=MAX_EVENTS))
            seen = set(ids)
            events += hydrate(store, [i for i in more if i not in seen])
    return events, labels


def _within(store: Store, ids: list[str], query: BriefQuery) -> list[str]:
    """The ids whose events fall within the query's dates (all when it gives none)."""
    if not (query.since or query.until or query.text_dated_only) or not ids:
        return ids
    keep = set(q.event_ids(store, q.EventQuery(since=query.since, until=query.until,
                                                text_dated_only=query.text_dated_only)))
    return [i for i in ids if i in keep]


# --------------------------------------------------------------------------- ranking


# How much a kind of act weighs in a brief's top developments: force, coercion and formal
# agreements before words (an accusation, a request, a statement of support). General
# news judgement over the PLOVER roots, not fitted to any topic.
TYPE_WEIGHT = {"ASSAULT": 1.0, "COERCE": 0.95, "SANCTION": 0.95, "MOBILIZE": 0.9,
               "AGREE": 0.9, "RETREAT": 0.85, "CONCEDE": 0.8, "AID": 0.8, "CONSULT": 0.8,
               "COOPERATE": 0.75, "PROTEST": 0.75, "REJECT": 0.7, "THREATEN": 0.7,
               "ACCUSE": 0.6, "REQUEST": 0.55, "SUPPORT": 0.55}
# CAMEO codes of a formal agreement signed or reached (PLOVER files it under SUPPORT):
# as weighty as an agreement.
SIGNED = ("057",)
# A court's finding, conviction or sentence (CAMEO 116; PLOVER files it under ACCUSE): a
# deed of a state's courts, not words, weighed as a concession or a retreat is.
LEGAL_FINDING = ("116",)
LEGAL_WEIGHT = 0.85
# Sectors of actors who act for a state or an armed force: actors.anaphora.STATE_SECTORS
# (one definition, also read by the reportable model and the actor references).
# An act told in a post on social media is a word, not a deed: lower.
POST = re.compile(r"\b(tweet\w*|twitter|facebook post|instagram)\b", re.I)
POST_WEIGHT = 0.7
# Sectors of private people: "an American journalist", "students", "a businessman" act
# for no state though the text gives their country (their country is not a party).
PRIVATE_SECTORS = frozenset({"JRN", "MED", "CVL", "BUS", "EDU", "LAB", "REL", "HLH", "REF"})
# An act done only to private persons (no office, no state sector) weighs less than one
# done to a state, its officials or its forces: under the acts of weight at the top.
PRIVATE_WEIGHT = 0.6
# A trip is news when a leader or a foreign minister makes it.
TRAVEL = frozenset("leave travel arrive fly depart return visit tour head".split())
LEADER = re.compile(r"\b(President|Prime Minister|Premier|Chancellor|King|Queen|Emir|"
                    r"Supreme Leader|Secretary of State|Foreign Minister|Foreign Secretary|"
                    r"Secretary-General|Secretary General)\b")
TRAVEL_WEIGHT = 0.6
# A meeting with no one met: one side among itself (a cabinet, a party's members), below
# meetings between parties and acts of weight.
OWN_MEETING_WEIGHT = 0.7
# Verbs of words, not deeds (general English): rhetoric is no key development.
WORDS = frozenset(_LISTS["words"])
WORDS_WEIGHT = 0.45
# What was done is words when its object is ("issued an ultimatum", "made a case for",
# "delivered a bombshell", "in remarks at ...").
SPEECH_NOUNS = re.compile(r"\b(ultimatum|warning|statement|speech|remarks|case for|"
                          r"condemnation|rebuke|criticism|appeal|plea|bombshell|message|"
                          r"interview|tweet|photo|story|op-ed|address|comments?|"
                          r"threats?|assessments?|accusations?|allegations?|claims?|"
                          r"reports? (?:from|by|of|that)|charges? (?:of|that)|"
                          # the medium it was done in: "took his protest to the airwaves"
                          r"(?:to|on|over) (?:the )?(?:[\w.-]+ )?(?:airwaves|television|"
                          r"TV|radio|talk shows?))\b", re.I)
# Fighting over a matter, not with anyone ("fought back over new sanctions", "clashed
# over the budget"): a dispute in words.
FIGHTS = frozenset(_LISTS["fights"])
MATTERS = re.compile(r"^over\b.*\b(sanctions?|tariffs?|bills?|laws?|legislation|plans?|"
                     r"proposals?|polic(?:y|ies)|deals?|budget|rulings?|decisions?|votes?|"
                     r"elections?|referendum|reports?|claims?|remarks|comments|rules?|"
                     r"measures?|demands?|talks|terms)\b", re.I)
TRIP_NOUNS = re.compile(r"\b(trip|visit|tour|journey)\b", re.I)
# Key developments below this importance come after all others.
MINOR = 0.5
# The importance (0-1) an act told once needs to fill the key developments.
FILL_IMPORTANCE = 0.65
# Outlets that tell an act for it to count as a landmark of the topic (weighty, and dated
# to the year it happened when the reports give no finer date).
WIDELY_TOLD = 3


def importance(st: Statement) -> float:
    """The political weight of an act, 0-1: its kind (TYPE_WEIGHT) and whether a state,
    its officials or its forces take part (an individual's act weighs less)."""
    w = TYPE_WEIGHT.get(st.type, 0.7)
    if (st.cameo or "").startswith(SIGNED):
        w = max(w, TYPE_WEIGHT["AGREE"])  # a formal agreement signed or reached (SUPPORT)
    if (st.cameo or "").startswith(LEGAL_FINDING):
        w = max(w, LEGAL_WEIGHT)  # a ruling, conviction or sentence (ACCUSE)

    def official(refs: list[ActorSummary]) -> bool:
        # An intergovernmental body (the EU, the UN: country "IGO") acts for its states.
        return any(r.kind in ("state", "country") or (r.sector in STATE_SECTORS)
                   or (r.kind == "person" and office_of(r))
                   or (r.country and not r.kind and r.sector not in PRIVATE_SECTORS)
                   or (r.country == "IGO" and r.kind != "person")
                   for r in refs if r.kind != "agreement")

    if not official(st.actors):
        # Done by no state, official or force: less, even when done to one.
        w *= 0.85 if official(st.recipients) else 0.7
    acted_on = [r for r in st.recipients if r.kind != "agreement"]
    if acted_on and all(r.kind == "person" and not office_of(r) and
                        r.sector not in STATE_SECTORS for r in acted_on):
        w *= PRIVATE_WEIGHT  # done to a private person (a tourist, a reporter) only
    m = st.best_mention()
    if m is not None and POST.search(m.text or ""):
        w *= POST_WEIGHT
    p = m.record.predicate if m is not None else None
    if p is not None and p.lemma in TRAVEL and not any(
            LEADER.search(office_of(r) or "") for r in st.actors):
        w *= TRAVEL_WEIGHT  # someone's trip, unless a leader's or a foreign minister's
    said = " ".join(filter(None, [p.object, *(p.modifiers or ())])) if p is not None else ""
    if p is not None and (p.lemma in WORDS or SPEECH_NOUNS.search(said) or (
            p.lemma in FIGHTS and not p.object and not st.recipients
            and any(MATTERS.search(x) for x in p.modifiers or ()))):
        w *= WORDS_WEIGHT  # words, not deeds: a warning, an accusation, a speech, a story
    elif p is not None and TRIP_NOUNS.search(p.object or "") and not any(
            LEADER.search(office_of(r) or "") for r in st.actors):
        w *= TRAVEL_WEIGHT  # "made a secret trip to ..."
    if any(r.sector in ("JRN", "MED") for r in st.actors) and not official(st.actors):
        w *= WORDS_WEIGHT  # what the media carry is their report, not an act of state
    if st.type == "CONSULT" and not [r for r in st.recipients if r.kind != "agreement"] and \
            len({r.entity_id or r.country or r.name for r in st.actors}) < 2:
        w *= OWN_MEETING_WEIGHT  # one side meeting among itself ("the party's MPs met")
    elif st.type == "CONSULT" and _one_state(st):
        # A leader meeting their own aides or ministers ("the premier conferred with her
        # cabinet"): talks inside one state, no meeting between parties.
        w *= OWN_MEETING_WEIGHT
    return w


def _one_state(st: Statement) -> bool:
    """Everyone met belongs to the state of the doers: each party of the act has a
    country, one and the same, and it is no body of states."""
    refs = [r for r in st.actors + st.recipients if r.kind != "agreement"]
    countries = {r.country for r in refs}
    return bool(st.recipients) and len(countries) == 1 and \
        next(iter(countries)) not in (None, "", "IGO")


def salience(st: Statement, newest: date | None) -> float:
    """Independent sources first, then intensity (|Goldstein|), then recency; weighed by
    the act's political importance."""
    s = 3.0 * math.log2(1 + st.n_sources) + math.log2(1 + len(st.mentions))
    s += abs(st.goldstein or 0.0) / 5.0
    span = parse_span(st.date)
    if span and newest:
        s += 2.0 * math.exp(-max(0, (newest - span[1]).days) / 30.0)
    if st.date_source in OWN_DATE:
        s += 1.0  # the report says when it happened: news, not background
        if st.date and len(st.date) == 10:
            s += 1.0  # on a given day: an event, not a trend
    if any(_lead(st, m) for m in st.all_mentions):
        s += 1.5  # what an article leads with
    if st.nominal:
        s *= NOMINAL_WEIGHT  # an event noun tells less than a verb: lower in the list
    m = st.best_mention()
    if m is not None:
        p = m.record.predicate
        if p is not None and p.tense == "present" and st.standing == "asserted":
            s *= DESCRIPTION_WEIGHT  # "North Korea threatens ...": a description
        if _quoted(m):
            s *= QUOTE_WEIGHT  # words inside someone's quotation: their view, not a report
    return s * STANDING_WEIGHT.get(st.standing, 1.0) * st.confidence * importance(st)


def _quoted(m) -> bool:
    """The predicate sits inside quotation marks in its sentence."""
    p = m.record.predicate
    if p is None:
        return False
    return inside_quotation(m.text[:max(0, p.start - m.start)])


def is_background(st: Statement) -> bool:
    """Dated from the text well before the first report of it."""
    if st.date_source == "none" or not st.date:
        return True  # about another time, or undated: no news of the moment
    span = parse_span(st.date)
    first = parse_span(st.first_reported)
    if not span or not first or st.date_source not in OWN_DATE:
        return False
    return (first[0] - span[1]).days > BACKGROUND_DAYS


def _lead(st: Statement, m: StoredMention) -> bool:
    """`m` tells its act in the lead of its report (its first prose sentences)."""
    return m.sentence is not None and st.lead_rank(m) < LEAD_SENTENCES


def key_worthy(st: Statement, threshold: float, fill: bool = False,
               since: str | None = None) -> bool:
    """A key development, picked conservatively: told as done in the text's own voice
    (asserted, a verb in the past, not inside a quotation), a record at or above the
    confidence threshold or its article's main act (`key`), and reported by several sources or central to its article (a lead
    sentence). Dated by the words of its own sentence (or of a re-telling of the same
    act), or as the day's news of a hard-news lead (mention_dates.days_news), to the month
    at least (the year for a landmark many outlets tell). With `fill`, an act of weight needs
    neither several sources nor a lead sentence, and an act told long after it happened
    counts when it happened within the span of the brief's reports (from `since`)."""
    if st.standing != "asserted" or st.nominal:
        return False
    if is_background(st) and not (fill and since and st.date_source in OWN_DATE and st.date
                                  and st.date >= since[:len(st.date)]):
        return False  # told well after it happened; to fill, only within the brief's span
    m = st.best_mention("asserted")
    if m is not None:
        p = m.record.predicate
        if p.tense not in ("past", None) or p.modal or _quoted(m):
            return False
    elif any(x.record.predicate for x in st.all_mentions):
        return False  # no telling in the text's own voice
    if _circumstance(st):
        return False  # told only as the scene of another act ("..., as Y sent aid")
    if threshold and not any(is_kept(x.confidence, x.record.key, threshold) for x in st.all_mentions) \
            and not (len({x.article_id for x in st.all_mentions}) >= WIDELY_TOLD
                     and _retold_confidence(st) >= threshold):
        return False  # no record at the threshold, and no landmark many reports re-tell
    # The text's own date for it, to the month at least: a publication day only bounds
    # it ("by ..."), and a key development is told with the day it happened.
    if st.date_source not in OWN_DATE or not st.date or (
            len(st.date) < 7 and st.n_sources < WIDELY_TOLD):
        return False  # a year alone only for a landmark many outlets tell
    if fill:
        # To fill the list when few acts are re-told: one report suffices for an act of
        # weight (force, coercion, an agreement, a meeting of officials) dated by its
        # own words (to the month at least, as above).
        return importance(st) >= FILL_IMPORTANCE
    lead = any(_lead(st, x) for x in st.all_mentions if x.modality == "asserted")
    return st.n_sources >= 2 or lead or _news_of_the_day(st)


def _circumstance(st: Statement) -> bool:
    """Every telling in the text's own voice sets the act in a clause of circumstance
    ("X repelled an attack on Saturday as Y sent another convoy"): the report's news is
    its main clause, and the day it gives is the main act's. Such an act is reported, not
    a key development (evidence.circumstance_clause)."""
    told = [m for m in st.all_mentions if m.modality == "asserted" and m.record.predicate]
    return bool(told) and all(
        ev.circumstance_clause(m.text or "", m.record.predicate.start - m.start)
        for m in told)


def _retold_confidence(st: Statement) -> float:
    """The chance that one of the reports telling it tells a real event (its best record
    in each report, reports taken as independent): an act that many (WIDELY_TOLD)
    reports re-tell in passing ("ever since Britain voted to leave") is a landmark though
    each telling alone is doubtful; records of one sentence or report do not add up."""
    best: dict[str, float] = {}
    for m in st.all_mentions:
        best[m.article_id] = max(best.get(m.article_id, 0.0), m.confidence or 0.0)
    doubt = 1.0
    for c in best.values():
        doubt *= 1.0 - min(max(c, 0.0), 1.0)
    return 1.0 - doubt


def weighty(st: Statement) -> bool:
    """An act of weight for the top of a brief: its kind and doers (importance), or many
    outlets telling it."""
    return importance(st) >= FILL_IMPORTANCE or st.n_sources >= WIDELY_TOLD


def _news_of_the_day(st: Statement) -> bool:
    """The text gives the day, within a week before the report: the news it carries."""
    if st.date_source not in OWN_DATE or not st.date or len(st.date) != 10:
        return False
    day, first = parse_span(st.date), parse_span(st.first_reported or "")
    return bool(day and first) and 0 <= (first[0] - day[1]).days <= 7


def _parties(st: Statement) -> set[str]:
    out = set()
    for r in st.actors + st.recipients:
        if r.kind == "agreement":
            continue
        if r.entity_id:
            out.add("e:" + r.entity_id)
        if r.country and r.country != "IGO":
            out.add("c:" + r.country)
    return out


def same_happening(a: Statement, b: Statement) -> bool:
    """Two statements that may tell one real-world event in other words: the same kind
    of act between shared parties on days that fit (a text date within a day, or a
    publication day at most a few days after it)."""
    if a.type != b.type or not (_parties(a) & _parties(b)):
        return False
    if (not a.date or not b.date) and _people_acted_on(a) & _people_acted_on(b):
        # An undated re-telling of an act on the same named person ("the Pentagon killed
        # Soleimani in an airstrike" beside "Soleimani was killed at Baghdad airport on
        # 3 January 2020"): told once, where it is dated.
        return True
    if not _same_act(a, b):
        # Other words ("held a summit", "met"; "conducted airstrikes", "dropped missiles")
        # for one act: the same kind between the same two parties on the same day, both
        # dated by their own words to the day.
        if not (a.date_source in OWN_DATE and b.date_source in OWN_DATE
                and len(a.date or "") == 10
                and len(b.date or "") == 10):
            return False
        days = abs(date.fromisoformat(a.date).toordinal() - date.fromisoformat(b.date)
                   .toordinal())
        # Or one shared party and what was done in common words ("launched a missile
        # over Japan", "fired a ballistic missile that flew over Japan").
        shared = len(_act_words(a)[1] & _act_words(b)[1])
        return days <= 1 and (len(_parties(a) & _parties(b)) >= 2 or shared >= 2)
    sa, sb = parse_span(a.date or ""), parse_span(b.date or "")
    if not sa or not sb:
        # Undated (background): one act only when the same verb tells it of the same
        # thing (the words of one telling all in the other's).
        la, wa = _act_words(a)
        lb, wb = _act_words(b)
        return bool(la) and la == lb and (wa == wb or bool(wa and wb and (wa <= wb or
                                                                          wb <= wa)))
    ta, tb = a.date_source in OWN_DATE, b.date_source in OWN_DATE
    if ta == tb:
        return sa[0].toordinal() - 1 <= sb[1].toordinal() and \
            sb[0].toordinal() - 1 <= sa[1].toordinal()
    bound, dated = (sa, sb) if not ta else (sb, sa)
    gap = bound[1].toordinal() - dated[0].toordinal()
    return -1 <= gap <= 3


def _people_acted_on(st: Statement) -> set[str]:
    return {r.entity_id for r in st.recipients if r.kind == "person" and r.entity_id}


def _act_words(st: Statement) -> tuple[str, set[str]]:
    m = st.best_mention()
    p = m.record.predicate if m is not None else None
    if p is None:
        return "", set()
    words = {w for w in re.findall(r"[a-z][a-z'-]+", " ".join([p.object or "", *p.modifiers])
                                   .lower()) if len(w) > 3}
    return _synonym(p.lemma), words


def _same_act(a: Statement, b: Statement) -> bool:
    """The same verb (or a synonym), or objects and modifiers mostly in common ("killed
    Soleimani in a drone strike" and "struck Soleimani's convoy with a drone")."""
    la, wa = _act_words(a)
    lb, wb = _act_words(b)
    if la and la == lb:
        return not (wa and wb) or bool(wa & wb)  # one verb on other things: two acts
    return len(wa & wb) >= 2 and len(wa & wb) / len(wa | wb) >= 0.5


def _vaguer_telling(a: Statement, b: Statement) -> bool:
    """`a`, dated by its words only to a month or a year, tells the act that `b` dates to
    a day within that time: the same kind of act by the same doer ("conducted its first
    ICBM tests" in July 2017 beside "tested an ICBM" on 28 July 2017; "Y ordered a strike
    against X" in January beside "X was killed" on the 3rd, told of Y's forces). The
    brief tells it once, where its day is given."""
    if a.type != b.type or a.date_source not in OWN_DATE or b.date_source not in OWN_DATE:
        return False
    if not a.date or not b.date or len(a.date) >= 10 or len(b.date) != 10 or \
            not b.date.startswith(a.date):
        return False
    if a.type == "CONSULT":
        # A meeting is the meeting of its parties: the same partner met by another
        # ("held summits with Kim" in 2018, "Moon held a summit with Kim" in April) is
        # another meeting.
        return bool(_parties(a)) and _parties(a) == _parties(b)
    return bool(_keys(a.actors) & _keys(b.actors))


def _one_sentence(a: Statement, b: Statement) -> bool:
    """Two acts of the same doers on the same date told in one sentence ("X and Y met in
    Singapore and agreed to establish new relations"): one development of that day,
    told by the first (which cites the sentence)."""
    ma, mb = a.best_mention(), b.best_mention()
    if ma is None or mb is None or cite_key(ma) != cite_key(mb) or a.date != b.date:
        return False
    return bool(_keys(a.actors) & _keys(b.actors))


def _distinct(statements: list[Statement], told: list[Statement]) -> list[Statement]:
    """Statements in order, leaving out any that re-tells one already kept or told (or
    tells, more vaguely dated, an act another of them or of `told` dates to the day;
    or is another act of the same doers in the sentence of one kept)."""
    kept: list[Statement] = []
    pool = statements + told
    for st in statements:
        if any(same_happening(st, o) or _one_sentence(st, o) for o in told + kept):
            continue
        if any(_vaguer_telling(st, o) for o in pool if o is not st):
            continue
        kept.append(st)
    return kept


# --------------------------------------------------------------------------- claims


def _keys(refs: list[ActorSummary]) -> set[str]:
    out = set()
    for r in refs:
        if r.entity_id:
            out.add("e:" + r.entity_id)
        if r.country and r.kind != "person":
            out.add("c:" + r.country)
    return out


def _disputes(store: Store, claim: Statement, cites: Citations,
              min_confidence: float, told: set | None = None) -> list[dict[str, Any]]:
    """Denials of a claim: mentions that negate it, and rejections by the accused aimed
    at the claimants (or saying in words that something is untrue) around its date.
    `told` holds the denials the brief has already given (their sentences and words): one
    denial is told once, under the first claim it answers."""
    told = set() if told is None else told
    out: list[dict[str, Any]] = []

    def fresh(text: str, mentions: list[StoredMention]) -> bool:
        keys = {("s",) + cite_key(m) for m in mentions} | {("t", text.lower())}
        if keys & told:
            return False
        told.update(keys)
        return True

    negated = [m for m in claim.all_mentions if m.modality == "negated"]
    said = claim.phrase(standing="negated") if negated else ""
    if said and fresh(said, negated):
        out.append({"text": said, "cites": cites.cite(negated)})
    accused = claim.actors
    span = parse_span(claim.date) or parse_span(claim.first_reported)
    if not accused or span is None:
        return out
    match = q.ActorMatch(
        accused[0].name,
        tuple(r.entity_id for r in accused if r.entity_id),
        tuple(sorted({r.country for r in accused
                      if r.country and r.kind != "person"})))
    since = date.fromordinal(span[0].toordinal() + DISPUTE_DAYS[0]).isoformat()
    until = date.fromordinal(span[1].toordinal() + DISPUTE_DAYS[1]).isoformat()
    ids = q.event_ids(store, q.EventQuery(actor=(match,), types=("REJECT",), since=since,
                                          until=until, limit=20))
    claimant_keys = _keys(claim.claimant_refs)
    own = parse_span(claim.date) if claim.date_source in OWN_DATE else None
    for st in statements_from(hydrate(store, ids), min_confidence=min_confidence,
                              states=claim.states, names=claim.names):
        if st.standing != "asserted":
            continue  # a planned or conditional rejection is not a denial
        aimed = bool(claimant_keys & _keys(st.recipients))
        denials = [m for m in st.mentions if DENIAL.search(m.text)]
        if not (aimed or denials):
            continue  # a rejection of anything at all is no denial
        if own and st.first_reported and st.first_reported < own[0].isoformat():
            continue  # reported before the act the claim dates: it denies something else
        if not aimed and not _denies_this(st, claim):
            continue  # "denied any involvement in both attacks": other acts than claimed
        said = st.phrase()
        if not said:
            continue  # no telling of it is true to its sentence
        if not fresh(said, denials or st.mentions):
            continue  # told already, under this claim or another
        out.append({"text": f"{said} ({st.date_label()})",
                    "cites": cites.cite(denials or st.mentions)})
        if len(out) >= MAX_DISPUTES:
            break
    return out


# What a denial names when it denies a claim in general ("denied any involvement",
# "dismissed the reports"): no other matter.
CLAIM_NOUNS = frozenset(_LISTS["claim_nouns"])


def _stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z][a-z'-]+", text.lower()) if len(w) > 3}


def _denies_this(denial: Statement, claim: Statement) -> bool:
    """A denial by words is of this claim when what it denies is a claim in general
    ("denied any involvement", "rejected the accusations") or shares words with the
    claim ("denied attacking the tankers" for "allegedly attacked two tankers"); not
    when it names other matters ("denied any involvement in both attacks" beside a
    claim that X agreed to something, "dismissed Washington's strategy as a sham" beside
    a claim that X fired missiles)."""
    m = denial.best_mention()
    p = m.record.predicate if m is not None else None
    if p is None:
        return True
    denied = " ".join(filter(None, [p.object, *(p.modifiers or ())]))
    words = [w for w in re.findall(r"[a-z][a-z'-]*", denied.lower()) if w not in CLAIM_NOUNS
             and w not in ("in", "of", "to", "for", "with", "about", "as", "over", "on")]
    if not words:
        return True  # a denial in general: of the claim it follows
    told = " ".join(filter(None, [claim.phrase(), *(x.text or "" for x in claim.mentions[:3])]))
    return bool(_stems(" ".join(words)) & _stems(told))


# --------------------------------------------------------------------------- the brief


def agreement_terms(store: Store, events: list[MergedEvent], told: list[Statement],
                    threshold: float, states: dict[str, str],
                    names: Names) -> list[Statement]:
    """Future and conditional commitments that an agreement the brief reports places on
    its parties ("the accord obliges both sides to consult if either is threatened"),
    whose records are under `threshold`: records told in a sentence that names the
    agreement, whose actors are named by country and include a party (a country that acts
    on it in the told statements: signs, ratifies, approves it). A term of a treaty is no act of its own, so the reportable-event
    model keeps it under the threshold; a brief about the treaty states it beside it."""
    if threshold <= 0:
        return []
    # The agreements each told statement acts on: one among its actors, or what its
    # records are about (a record never has an agreement as the one acted on since
    # 4c09ff5: "ratified the accord" is about the accord; its recipient is the
    # accord's other party, or no one).
    acted_on = {id(st): {r.entity_id for r in st.actors + st.recipients
                         if r.kind == "agreement" and r.entity_id} | _pacts_about(st)
                for st in told}
    pacts = set().union(*acted_on.values()) if acted_on else set()
    if not pacts:
        return []
    parties = {r.country for st in told for r in st.actors
               if r.country and r.kind != "agreement" and acted_on[id(st)]}
    marks = ",".join("?" * len(pacts))
    sql = (f"SELECT 1 FROM mentions WHERE article_id = ? AND entity_id IN ({marks}) "
           "AND start >= ? AND end <= ? LIMIT 1")
    seen: dict[tuple[str, int, int], bool] = {}

    def names_pact(m: StoredMention) -> bool:
        key = (m.article_id, m.start, m.end)
        if key not in seen:
            seen[key] = store.conn.execute(sql, (m.article_id, *sorted(pacts), m.start,
                                                 m.end)).fetchone() is not None
        return seen[key]

    known = {e.id for st in told for e in st.events}
    candidates = [ev for ev in events if ev.id not in known and any(
        m.modality in ("future", "conditional") and (m.confidence or 0.0) < threshold
        and names_pact(m) for m in ev.mentions)]
    out = []
    for st in statements_from(candidates, min_confidence=0.0, states=states, names=names):
        countries = {r.country for r in st.actors if r.kind != "agreement"}
        if st.standing in ("future", "conditional") and st.tellable and countries \
                and None not in countries and countries & parties:
            out.append(st)
    return out


def _pacts_about(st: Statement) -> set[str]:
    """Agreements (entity ids) the records telling a statement are about
    (records.Event.about): "signed the pact", not any sentence naming one."""
    return {r.entity for m in st.all_mentions for r in m.record.about if r.entity}


def _item(st: Statement, cites: Citations, **extra: Any) -> dict[str, Any]:
    text = st.phrase()
    if not text:
        return {}
    return {"event_ids": st.event_ids, "date": st.date, "date_label": st.date_label(),
            "date_source": st.date_source, "standing": st.standing, "text": text,
            "type": st.type, "cameo": st.cameo, "plover": st.plover(),
            "n_sources": st.n_sources, "sources": st.outlets(),
            "cites": cites.cite(st.cited(MAX_CITES)),
            "evidence": [{"article_id": m.article_id, "sentence": m.sentence,
                          "start": m.start, "end": m.end} for m in st.all_mentions],
            **extra}


def _lede(top: Statement, others: list[Statement], cites: Citations) -> tuple[dict[str, Any],
                                                                              list[Statement]]:
    """The top development as a wire brief's first sentence, and the statements it tells."""
    told = [top]
    text = top.phrase(with_date=True, attribute=False)  # the account follows
    account = top.account()
    if account:
        text += f", {account}"
    after = top.preceded_by(others)
    if after is not None:
        text += f", after {after.phrase(lower=True, attribute=False)}"
        told.append(after)
    mentions = [m for st in told for m in st.cited(MAX_CITES)]
    return {"text": text, "cites": cites.cite(mentions), "date": top.date,
            "date_label": top.date_label(), "date_source": top.date_source}, told


def build_brief(store: Store, query: BriefQuery | tuple[str, ...] = (), *,
                since: str | None = None, until: str | None = None) -> dict[str, Any]:
    if not isinstance(query, BriefQuery):
        query = BriefQuery(about=tuple(query), since=since, until=until)
    events, labels = _events(store, query)
    states = q.state_names(store)
    texts: dict[str, str | None] = {}

    def article_text(article_id: str) -> str | None:
        if article_id not in texts:
            article = store.article(article_id)
            texts[article_id] = article.text if article else None
        return texts[article_id]

    names = Names(states, article_text)
    statements = statements_from(events, min_confidence=query.min_confidence, states=states,
                                 names=names)
    statements = [st for st in statements if st.tellable]
    names.seen.clear()  # offices are given on first use in the brief as rendered
    cites = Citations()
    spans = [parse_span(st.date) for st in statements if st.date]
    newest = max((s[1] for s in spans if s), default=None)
    ranked = sorted(statements, key=lambda st: -salience(st, newest))

    # A claim the text does not date is still a claim (an accusation "has sent troops"
    # stands until denied); only one the text dates well before its report is history.
    old = [st for st in ranked if is_background(st) and not (
        st.standing == "alleged" and st.date_source not in OWN_DATE)]
    background = old
    old_ids = {id(st) for st in old}
    rest = [st for st in ranked if id(st) not in old_ids]
    claims = [st for st in rest if st.standing == "alleged"]
    plans = [st for st in rest if st.standing in ("future", "conditional")]
    news = [st for st in rest if st.standing == "asserted"]
    # The terms of an agreement the brief reports are told with it, as commitments, even
    # when their own records are under the threshold (a term is no act of its own).
    plans += [st for st in agreement_terms(store, events, statements, query.min_confidence,
                                           states, names)
              if not any(_same_act(st, p) for p in plans)]

    title = join_names(labels) if labels else "All stored events"
    if query.since and query.until:
        title += f", {render.long_date(query.since)} to {render.long_date(query.until)}"
    elif query.since or query.until:
        title += (f", since {render.long_date(query.since)}" if query.since else
                  f", until {render.long_date(query.until)}")
    # Key developments: acts re-told or central to their report (key_worthy), and acts of
    # weight told once, dated by their own words (told long after, if they happened
    # within the reports' span). Rhetoric and minor acts (a warning, a photo, someone's
    # trip) are no key development: they go under "Also reported" with the rest.
    reported = [m.published for st in statements for m in st.all_mentions if m.published]
    span_start = query.since or (min(reported) if reported else None)
    key = _distinct([st for st in ranked if st.standing == "asserted"
                     and importance(st) >= MINOR
                     and (key_worthy(st, query.min_confidence) or key_worthy(
                         st, query.min_confidence, fill=True, since=span_start))], [])
    # Acts of weight first (force, coercion, agreements, meetings of officials, or an act
    # many outlets tell), each band by salience; a minor act only when nothing else.
    order = {id(st): i for i, st in enumerate(ranked)}
    key.sort(key=lambda st: (not weighty(st), len(st.date or "") < 7,
                             order.get(id(st), 0)))
    other = [st for st in news if st not in key]
    names.seen.clear()  # offices are given on first use in the brief as rendered
    lede, told = (_lede(key[0], [st for st in news + background if st is not key[0]],
                        cites) if key else (None, []))
    key_items = [st for st in _distinct([st for st in key if st not in told], told)
                 ][:query.developments]
    developments = [i for i in (_item(st, cites) for st in key_items) if i]
    shown_so_far = told + key_items
    other_st = _distinct([st for st in other if st not in told], shown_so_far)[:MAX_OTHER]
    other_items = [i for i in (_item(st, cites) for st in other_st) if i]
    claim_items = []
    denials: set = set()
    for st in claims[:query.claims]:
        if not st.phrase():
            continue
        claim_items.append(_item(st, cites, claimants=st.claimant_names(),
                                 confirmed=st.confirmed,
                                 disputed_by=_disputes(store, st, cites,
                                                       query.min_confidence, denials)))
    plan_items = [i for i in (_item(st, cites) for st in plans[:query.commitments]) if i]
    told_bg = _distinct([st for st in background if st not in told and st not in key_items],
                        told + key_items + other_st)[:query.background]
    background_items = [i for i in (_item(st, cites) for st in
                        sorted(told_bg, key=lambda st: (st.date is None,
                                                        first_day(st.date) or st.date or "",
                                                        st.event_ids))) if i]

    shown = told + key_items + other_st + claims[:query.claims] + \
        plans[:query.commitments] + told_bg
    actor_counts: Counter = Counter()
    actor_info: dict[str, dict[str, Any]] = {}
    for st in shown:
        for r in st.actors + st.recipients:
            if r.kind == "agreement":
                continue
            name = r.name
            actor_counts[name] += 1
            actor_info.setdefault(name, {"name": name, "country": r.country,
                                         "sector": r.sector, "role": office_of(r)})
    actors = [dict(actor_info[n], events=c) for n, c in actor_counts.most_common(12)]
    n_outlets = len({r["outlet"] or r["article_id"] for r in cites.refs})
    scope = (f"{len(shown)} {'event' if len(shown) == 1 else 'events'} from "
             f"{len(cites.refs)} cited {'sentence' if len(cites.refs) == 1 else 'sentences'} "
             f"in {n_outlets} {'source' if n_outlets == 1 else 'sources'}")
    note = None
    if statements and not key:
        about = f" about {title}" if labels else ""
        note = (f"No key development{about}: no report in the store tells an act of "
                "weight (no rhetoric) as done, dated by its own words, in a lead sentence "
                "or by several sources.")
    elif statements and len(key) < FEW:
        about = f" about {title}" if labels else ""
        n = len(key)
        note = (f"Little news{about}: {'only one act' if n == 1 else f'only {n} acts'} of "
                "weight in the store can be told as its sentences tell it and dated by "
                "their own words; what else the reports say follows.")
    if len(statements) < LITTLE:
        what = "no event" if not statements else "one event"
        note = (f"Little to report: {what} about {title} in the store"
                + (" above the confidence threshold." if query.min_confidence else "."))
    return {"title": title, "about": list(query.about), "since": query.since,
            "until": query.until, "generated": date.today().isoformat(),
            "min_confidence": query.min_confidence, "events_considered": len(events),
            "scope": scope, "note": note, "lede": lede, "developments": developments,
            "other": other_items,
            "claims": claim_items, "commitments": plan_items, "background": background_items,
            "actors": actors, "sources": cites.refs}


# --------------------------------------------------------------------------- rendering


def render_markdown(brief: dict[str, Any]) -> str:
    return render.render_markdown("brief.md", brief=brief)


def render_html(brief: dict[str, Any]) -> str:
    return render.render_html("brief.html", brief=brief)
