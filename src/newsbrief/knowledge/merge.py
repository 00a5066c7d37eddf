"""When two event records describe one real-world event.

docs/merging.md explains the rule to users; in short, a new event mention joins
a stored event only when all of these hold:

1. the same PLOVER root type;
2. the same actors: at least one actor in common (same entity, or the same
   country and sector for states and groups; people only by entity), and
   recipients in common when both name any. For symmetric types (CONSULT,
   AGREE, COOPERATE) actor and recipient may swap sides;
3. compatible dates: the spans the two dates cover (a day, a week, a month...)
   overlap, give or take SLACK_DAYS (none within one article). A date taken
   from the publication day is weak: it only says the event happened on or
   before that day, so it is compatible with a text-derived date up to
   `lookback(type)` days earlier;
4. a vague match (a publication-day date, a date coarser than a week, or
   another sentence of the same article) must be vouched for: the same
   recipients on both sides, and either evidence sentences that say the same
   thing (beyond the actors' names) or, across articles, the same specific
   CAMEO code; negated and conditional mentions never match vaguely;
5. compatible places: two locations in different countries never merge.

Among the stored events that pass, the best scoring one wins. Everything here
is a pure function of plain data so the store can call it inside its write
transaction and tests can call it without a database.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Iterable

from ..records import Event, normalise_text

# Two text-derived dates of one event drift by a day (time zones, "yesterday"
# resolved against a late publication date).
SLACK_DAYS = 1
# A publication-dated re-report ("the treaty, which took effect", no date in
# the sentence) may come this many days after the event it re-reports.
LOOKBACK_DAYS = 10
# ...except for acts that recur daily between the same parties: an undated
# report of a shelling on day 10 is as likely a new shelling as the one of day 4.
RECURRING_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "THREATEN", "ACCUSE"})
# Types whose two sides act together ("X and Y met / signed / agreed").
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})

PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "year": 4}

_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|AU|WI)$")
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}

Span = tuple[date, date]


def _month_end(year: int, month: int) -> date:
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def parse_span(value: str | None) -> Span | None:
    """The interval of days a (possibly partial) TIMEX3 date value covers."""
    if not value:
        return None
    value = value[:10] if re.match(r"^\d{4}-\d{2}-\d{2}T", value) else value
    try:
        if m := _WEEK.match(value):
            start = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return start, start + timedelta(days=6)
        if m := _QUARTER.match(value):
            q = int(m[2])
            return date(int(m[1]), 3 * q - 2, 1), _month_end(int(m[1]), 3 * q)
        if m := _HALF.match(value):
            h = int(m[2])
            return date(int(m[1]), 6 * h - 5, 1), _month_end(int(m[1]), 6 * h)
        if m := _SEASON.match(value):
            first, last = _SEASON_MONTHS[m[2]]
            return date(int(m[1]), first, 1), _month_end(int(m[1]), last)
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 1 and len(value) == 4:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
        if len(parts) == 2:
            return date(parts[0], parts[1], 1), _month_end(parts[0], parts[1])
        if len(parts) == 3:
            d = date(parts[0], parts[1], parts[2])
            return d, d
    except ValueError:
        return None
    return None


def specific(cameo: str | None) -> bool:
    """A code that names one kind of act (057 sign an agreement), not a root or
    its generic x0 code (070 provide aid): only those vouch for a vague match."""
    return bool(cameo) and len(cameo) >= 3 and cameo[2] != "0"


def lookback(event_type: str) -> int:
    return SLACK_DAYS if event_type in RECURRING_TYPES else LOOKBACK_DAYS


# --------------------------------------------------------------------------- sketches


@dataclass(frozen=True)
class Sketch:
    """What merging compares: one event (stored or new) reduced to keys and a span."""

    type: str
    cameo: str | None
    actors: tuple[frozenset[str], ...]  # one key set per actor reference
    recipients: tuple[frozenset[str], ...]
    span: Span | None
    weak: bool  # the date is the publication day: an upper bound, not the event day
    country: str | None  # location country
    # Evidence of each mention: (article id, standing, content words, sentence,
    # all words in order).
    evidence: tuple[tuple[str, str, frozenset[str], int, tuple[str, ...]], ...] = ()


def ref_keys(entity: str | None, country: str | None, sector: str | None, text: str | None,
             kind: str | None = None) -> frozenset[str]:
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


def sketch_event(event: Event, published: str | None,
                 kinds: dict[str, str] | None = None, article_id: str = "") -> Sketch:
    """Sketch of a new event record from one article."""
    kinds = kinds or {}

    def refs(items: Iterable[Any]) -> tuple[frozenset[str], ...]:
        out = [ref_keys(r.entity, r.country, r.sector, r.text, kinds.get(r.entity or ""))
               for r in items]
        return tuple(k for k in out if k)

    span, weak = mention_span(event.date, event.date_source, published)
    country = event.location.country if event.location else None
    actors = refs(event.actor)
    return Sketch(event.type, event.cameo, actors, _not_actors(refs(event.recipient), actors),
                  span, weak, country,
                  ((article_id, event.modality,
                    content_words(event.evidence.text) - _name_words(event.actor +
                                                                     event.recipient),
                    event.evidence.sentence, words_in_order(event.evidence.text)),))


def _not_actors(recipients: tuple[frozenset[str], ...],
                actors: tuple[frozenset[str], ...]) -> tuple[frozenset[str], ...]:
    """A recipient that is also an actor ("X and Y aid Y") says nothing of the target."""
    return tuple(r for r in recipients if not any(r & a for a in actors))


_WORD = re.compile(r"[^\W\d_][\w'’-]{2,}|\d[\d,.]*", re.UNICODE)
_STOP = frozenset("""
the and that this with from have has had was were will would could should said says for
are not but its his her their they them she him who which what when where also been than
into about after over more most some such only other there then these those our your you
all any can may might must one two new mr ms mrs just very said told says according
""".split())


def words_in_order(text: str) -> tuple[str, ...]:
    """Words without numbers ("Caption 3 of 14" and "Caption 4 of 14" open alike)."""
    return tuple(w.lower() for w in _WORD.findall(text) if not w[0].isdigit())


# Sentences opening with this many words in common share a header (photo
# captions under one gallery title, list items): only what follows it counts.
HEADER_WORDS = 6


def alike(a: tuple[frozenset[str], tuple[str, ...]],
          b: tuple[frozenset[str], tuple[str, ...]]) -> bool:
    """Evidence likeness with a shared header set aside."""
    seq_a, seq_b = a[1], b[1]
    n = 0
    for x, y in zip(seq_a, seq_b):
        if x != y:
            break
        n += 1
    # (A sentence repeated whole is compared whole.)
    if HEADER_WORDS <= n < min(len(seq_a), len(seq_b)):
        rest_a = frozenset(w for w in seq_a[n:] if w not in _STOP)
        rest_b = frozenset(w for w in seq_b[n:] if w not in _STOP)
        return similar_evidence(rest_a, rest_b)
    return similar_evidence(a[0], b[0])


def content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in (m.lower() for m in _WORD.findall(text)) if w not in _STOP)


def _name_words(refs: Iterable[Any]) -> frozenset[str]:
    """Words of the actors' names: that two sentences both say "North Korea" is
    already known; likeness must come from what they say it did."""
    out: set[str] = set()
    for r in refs:
        text = r.get("text") if isinstance(r, dict) else r.text
        out |= content_words(text or "")
    return frozenset(out)


def similar_evidence(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two sentences telling the same thing share most of their content words."""
    shared = len(a & b)
    # Most of the shorter sentence, and a fair part of both together: a long
    # sentence (or page furniture) contains a few words of anything.
    return shared >= 3 and shared >= 0.5 * min(len(a), len(b)) and shared >= 0.2 * len(a | b)


def sketch_stored(row: dict[str, Any], actors: list[dict[str, Any]],
                  mentions: list[dict[str, Any]] = ()) -> Sketch:
    """Sketch of a stored event row with its event_actors rows (+ entity kind) and
    its mentions (article_id, modality, text)."""

    def refs(role: str) -> tuple[frozenset[str], ...]:
        seen: dict[frozenset[str], None] = {}
        for a in actors:
            if a["role"] == role:
                keys = ref_keys(a.get("entity_id"), a.get("country"), a.get("sector"),
                                a.get("text"), a.get("kind"))
                if keys:
                    seen[keys] = None
        return tuple(seen)

    weak = row.get("date_source") not in (None, "text")
    span = parse_span(row.get("date"))
    if span and weak:
        span = (span[1] - timedelta(days=lookback(row["type"])), span[1])
    actor_refs = refs("actor")
    names = _name_words(actors)
    evidence = tuple((m["article_id"], m["modality"], content_words(m["text"]) - names,
                      m["sentence"], words_in_order(m["text"])) for m in mentions)
    return Sketch(row["type"], row.get("cameo"), actor_refs,
                  _not_actors(refs("recipient"), actor_refs), span, weak,
                  row.get("location_country"), evidence)


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


# --------------------------------------------------------------------------- the rule


def _overlap(a: Span, b: Span, slack: int) -> bool:
    pad = timedelta(days=slack)
    return a[0] - pad <= b[1] and b[0] - pad <= a[1]


def dates_compatible(new: Sketch, old: Sketch) -> tuple[bool, bool]:
    """(compatible, needs_strict_match)."""
    if new.span is None or old.span is None:
        return False, False
    if not new.weak and not old.weak:
        # A date coarser than a week ("in June", "in 2024") is nearly as vague
        # as a publication day: it may join, but only on a strict match.
        coarse = max((new.span[1] - new.span[0]).days, (old.span[1] - old.span[0]).days) > 7
        # Within one article both dates were resolved against the same day: no
        # drift. And an article names its subject's acts many times: another
        # sentence of it is the same act only when it says the same thing.
        same_article = bool({m[0] for m in new.evidence} & {m[0] for m in old.evidence})
        return (_overlap(new.span, old.span, 0 if same_article else SLACK_DAYS),
                coarse or (same_article and not _same_sentence(new, old)))
    back = lookback(new.type)
    if new.weak and old.weak:
        # Both dated by publication: the same news day, give or take the slack.
        return abs((new.span[1] - old.span[1]).days) <= SLACK_DAYS, True
    weak, strong = (new, old) if new.weak else (old, new)
    # The strong (text) span must fall in the weak one's window: on or before
    # the publication day, at most `back` days earlier.
    window = (weak.span[1] - timedelta(days=back), weak.span[1])
    return _overlap(strong.span, window, SLACK_DAYS), True


def _same_sentence(new: Sketch, old: Sketch) -> bool:
    """Two records of one sentence (two triggers of one act)."""
    return bool({(m[0], m[3]) for m in new.evidence} & {(m[0], m[3]) for m in old.evidence})


def _matched(side: tuple[frozenset[str], ...], other: tuple[frozenset[str], ...]) -> int:
    """How many references of `side` meet a reference of `other`."""
    return sum(1 for keys in side if any(keys & o for o in other))


def actors_compatible(new: Sketch, old: Sketch, strict: bool) -> float:
    """Score > 0 when the two events have the same actors (0 means no merge)."""
    score = _directed(new.actors, new.recipients, old.actors, old.recipients, strict)
    if new.type in SYMMETRIC_TYPES:
        score = max(score, _directed(new.actors, new.recipients, old.recipients, old.actors,
                                     strict))
        # "X and Y signed" (two actors, no recipient) vs "X signed with Y".
        both_new, both_old = new.actors + new.recipients, old.actors + old.recipients
        if len(both_new) >= 2 and len(both_old) >= 2:
            if _matched(both_new, both_old) >= 2 and _matched(both_old, both_new) >= 2:
                score = max(score, 2.0)
    return score


def _directed(actors, recipients, o_actors, o_recipients, strict: bool) -> float:
    hit_a = _matched(actors, o_actors)
    if not hit_a or not _matched(o_actors, actors):
        return 0.0
    if recipients and o_recipients:
        hit_r = _matched(recipients, o_recipients)
        if not hit_r:
            return 0.0
        return float(hit_a + hit_r)
    if strict and (recipients or o_recipients):
        # A weakly dated re-report must name the same sides, not just one of them.
        return 0.0
    return float(hit_a)


# Standings that are often generic ("if X attacked", "X did not attack"): with a
# vague date they are never taken for a report of a particular event.
GENERIC_STANDINGS = frozenset({"negated", "conditional"})


def vague_match_vouched(new: Sketch, old: Sketch, same_code: bool) -> bool:
    """With a vague date on either side, something beyond type and actors must
    say "same event": the sentences tell the same thing, or -- across articles --
    the same specific CAMEO code between the same named sides (a re-report)."""
    if _same_sentence(new, old):
        return True
    if any(m[1] in GENERIC_STANDINGS for m in new.evidence):
        return False
    reported = [m for m in old.evidence if m[1] not in GENERIC_STANDINGS]
    if old.evidence and not reported:
        return False
    if any(alike((n[2], n[4]), (m[2], m[4])) for n in new.evidence for m in reported):
        return True
    articles = {m[0] for m in new.evidence}
    other_article = not old.evidence or any(m[0] not in articles for m in reported)
    return (same_code and specific(new.cameo) and bool(new.recipients) and
            bool(old.recipients) and other_article)


def score_candidate(new: Sketch, old: Sketch) -> float:
    """0 when `new` and `old` are not one event; higher is a better match."""
    if new.type != old.type:
        return 0.0
    if new.country and old.country and new.country != old.country:
        return 0.0
    ok, strict = dates_compatible(new, old)
    if not ok:
        return 0.0
    same_code = bool(new.cameo and new.cameo == old.cameo)
    if strict and not vague_match_vouched(new, old, same_code):
        return 0.0
    score = actors_compatible(new, old, strict)
    if score <= 0:
        return 0.0
    score += 0.5 if same_code else 0.0
    if not new.weak and not old.weak and new.span and old.span:
        # Prefer the closest date among compatible candidates.
        score += 0.25 / (1 + abs((new.span[0] - old.span[0]).days))
    return score


def choose_event(new: Sketch, candidates: list[tuple[str, Sketch]]) -> str | None:
    """Id of the stored event the new mention reports, or None for a new event."""
    best, best_score = None, 0.0
    for event_id, sketch in candidates:
        score = score_candidate(new, sketch)
        if score > best_score:
            best, best_score = event_id, score
    return best


def candidate_window(new: Sketch) -> tuple[str, str] | None:
    """ISO bounds for the SQL pre-filter on stored event dates (None: no candidates)."""
    if new.span is None:
        return None
    pad = timedelta(days=max(LOOKBACK_DAYS, SLACK_DAYS) + 1)
    return (new.span[0] - pad).isoformat(), (new.span[1] + pad).isoformat()


# --------------------------------------------------------------------------- summaries


def summarise(mentions: list[dict[str, Any]]) -> dict[str, Any]:
    """The merged event's own fields from its mentions' Event records.

    Date: the finest text-derived date, the most reported one on ties, then the
    earliest; only when no mention dates it from its text does the earliest
    publication day stand in (date_source "published").
    """
    text_dated = [m for m in mentions if m.get("date") and m.get("date_source") in (None, "text")
                  and parse_span(m["date"])]
    if text_dated:
        counts = Counter(m["date"] for m in text_dated)
        best = min(text_dated, key=lambda m: (PRECISION_RANK.get(m.get("date_precision") or "",
                                                                 5), -counts[m["date"]],
                                              m["date"]))
        date_value, precision, source = best["date"], best.get("date_precision"), "text"
    else:
        dated = [m for m in mentions if m.get("date")]
        if dated:
            best = min(dated, key=lambda m: m["date"])
            date_value, precision = best["date"], best.get("date_precision")
            source = best.get("date_source") or "published"
        else:
            date_value = precision = source = None
    codes = Counter(m.get("cameo") for m in mentions if m.get("cameo"))
    cameo = codes.most_common(1)[0][0] if codes else None
    lead = next((m for m in mentions if m.get("cameo") == cameo), mentions[0]) if mentions else {}
    locations = [m["location"] for m in mentions if m.get("location")]
    location = next((loc for loc in locations if loc.get("lat") is not None),
                    locations[0] if locations else None)
    return {"date": date_value, "date_precision": precision, "date_source": source,
            "cameo": cameo, "mode": lead.get("mode"), "context": lead.get("context"),
            "location": location}
