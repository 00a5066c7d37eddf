"""The date of an event: from the time expression that governs it, else the
publication date, else none.

A timex dates an event when it governs the event's predicate (or its noun):
"signed in June", "took effect Wednesday", "the invasion in February 2022",
"On Tuesday, investigators sent ...". A timex on a reporting verb ("KCNA
reported Thursday") or in another clause does not. It also reaches an event
below it through control and coordination ("Ten years ago he was trying to
persuade X to hold talks"; "Last week, Trump said ... and threatened ..."),
and through a verb of occurring whose subject is the event ("the invasion
began in 2022", "the meeting took place on Tuesday").

With no such timex the publication day stands in (`date_source` "published")
only for an act told as news. Background is left undated (`date_source`
"none"): an act in the past perfect ("had signed"), or in a sentence whose own
time expression lies elsewhere in time (a sentence about 1939 or "ten years
ago" does not happen on the publication day). Values are TIMEX3 values already
normalised against the publication date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..records import Timex
from ..timevalue import TimexValue, event_date
from .attach import governor, span_root
from .lexicon import lemma_of, word_classes

_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class EventDate:
    date: str | None
    precision: str | None  # day, month, year
    text: str | None
    source: str | None  # text, published, none


def published_date(published: str | None) -> EventDate:
    if not published:
        return EventDate(None, None, None, None)
    parsed = event_date(published)
    if parsed is None:
        return EventDate(None, None, None, None)
    return EventDate(parsed[0], parsed[1], None, "published")


UNDATED = EventDate(None, None, None, "none")
# How far (days) a sentence's own date may lie from the publication day and the
# sentence still be news of the day.
NEAR_DAYS = 31
# Ways a predicate hangs below a verb that share that verb's time: control
# ("trying to persuade"), objects and their prepositions ("held talks on").
_SHARES_TIME = frozenset({"xcomp", "dobj", "pobj", "prep", "pcomp", "acomp", "oprd",
                          "compound", "amod"})
_ORDERING_PREPS = frozenset({"after", "before", "since", "until", "till", "following",
                             "ahead", "prior", "during", "amid"})
_REPORTING = word_classes()["reporting"] - {"be", "have", "do", "try", "attempt", "continue",
                                            "keep", "begin", "start", "come", "go", "get",
                                            "move", "prepare", "remain", "become", "let"}


def attach_timexes(doc, timexes: Iterable[Timex], predicates: Mapping[int, int],
                   lines: list[int] | None = None) -> dict[int, EventDate]:
    """Event index -> the date of the first calendar timex that governs it (see
    the module docstring for how far a timex reaches)."""
    timexes = list(timexes)
    out = _governed(doc, timexes, predicates, lines)
    _inherit(doc, timexes, predicates, lines, out)
    return out


def _calendar(doc, timexes: Iterable[Timex]):
    """(timex, (date, precision), root token) of each calendar DATE/TIME timex."""
    for tx in timexes:
        if tx.type not in ("DATE", "TIME"):
            continue  # durations and sets do not date an act
        parsed = event_date(tx.value)
        if parsed is None:
            continue
        root = span_root(doc, tx.start, tx.end)
        if root is not None:
            yield tx, parsed, root


def _governed(doc, timexes: list[Timex], predicates: Mapping[int, int],
              lines: list[int] | None) -> dict[int, EventDate]:
    out: dict[int, EventDate] = {}
    # Explicit calendar dates ("March 14, 2019") before relative words ("overnight",
    # "recently") when both hang on one event; otherwise text order.
    timexes = sorted(timexes, key=lambda t: (not _DIGIT.search(t.text), t.start))
    for tx, parsed, root in _calendar(doc, timexes):
        owner = governor(root, predicates, lines)
        if owner is None:
            owner = _occurrence(root, predicates, lines)
        if owner is None or owner in out:
            continue
        out[owner] = EventDate(parsed[0], parsed[1], tx.text, "text")
    return out


def _verb_above(tok, lines: list[int] | None):
    """The first verb above a timex token, through nouns and prepositions."""
    cur = tok
    for _ in range(8):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if lines is not None and lines[cur.i] != lines[tok.i]:
            return None
        if cur.pos_ in ("VERB", "AUX"):
            return cur
    return None


def _occurrence(root, predicates: Mapping[int, int], lines: list[int] | None) -> int | None:
    """ "the invasion began in 2022", "the meeting took place on Tuesday": a verb of
    occurring dates the event noun that is its subject."""
    verb = _verb_above(root, lines)
    if verb is None:
        return None
    lemma = lemma_of(verb)
    if lemma not in OCCUR and not (lemma == "take" and any(
            c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)):
        return None
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.i in predicates:
            return predicates[child.i]
    return None


OCCUR = frozenset({"begin", "start", "end", "happen", "occur", "come", "resume", "conclude",
                   "finish", "unfold", "erupt", "culminate"})


def _inherit(doc, timexes: list[Timex], predicates: Mapping[int, int],
             lines: list[int] | None, out: dict[int, EventDate]) -> None:
    """Undated events take the timex of a verb above them that shares their time:
    through control and objects ("was trying to persuade X to hold talks"), and
    from the first of coordinated verbs when the timex comes before the later
    one ("Last week, Trump said ... and threatened ..."). Never through a
    content, adverbial or relative clause, nor from a reporting verb's own time
    to what it reports."""
    on_verb: dict[int, tuple[Timex, tuple[str, str], object]] = {}
    for tx, parsed, root in _calendar(doc, sorted(timexes, key=lambda t: t.start)):
        if root.head.dep_ == "prep" and root.head.lower_ in _ORDERING_PREPS or (
                root.dep_ == "prep" and root.lower_ in _ORDERING_PREPS):
            continue  # "since July", "after Monday": a bound, not the time of the act
        verb = _verb_above(root, lines) if root.pos_ not in ("VERB", "AUX") else None
        if verb is not None and verb.i not in on_verb:
            on_verb[verb.i] = (tx, parsed, root)
    if not on_verb:
        return
    for i, k in predicates.items():
        if k in out:
            continue
        tok = doc[i]
        cur = tok
        for _ in range(6):
            dep = cur.dep_
            if cur.head.i == cur.i or (dep not in _SHARES_TIME and dep != "conj"):
                break
            if dep == "prep" and cur.lower_ in _ORDERING_PREPS:
                break  # "attacked on Monday after talks": the talks came earlier
            if lines is not None and lines[cur.head.i] != lines[tok.i]:
                break
            head = cur.head
            hit = on_verb.get(head.i) if head.pos_ in ("VERB", "AUX") else None
            if hit is not None and not (dep == "conj" and hit[2].i > tok.i) \
                    and not (dep != "conj" and lemma_of(head) in _REPORTING):
                tx, parsed, _ = hit
                out[k] = EventDate(parsed[0], parsed[1], tx.text, "text")
                break
            cur = head


def far_sentences(doc, timexes: Iterable[Timex], published: str | None,
                  pieces: list[int], used: Iterable[EventDate] = ()) -> set[int]:
    """Sentence pieces holding a calendar timex more than NEAR_DAYS from the
    publication day that dates no event of its own (it sets the scene: "In
    1939, ...", "Ten years ago he ..."): what they tell happened at another time.
    A far timex that dates its own event ("the pact, signed in June, has come
    into effect") says nothing of the others."""
    pub = _as_date(published)
    if pub is None:
        return set()
    taken = {d.text for d in used if d.source == "text"}
    out: set[int] = set()
    for tx, _parsed, root in _calendar(doc, timexes):
        if tx.text in taken:
            continue
        span = TimexValue.parse(tx.value)
        if span is None:
            continue
        lo, hi = span.start, span.end
        if hi < pub - timedelta(days=NEAR_DAYS) or lo > pub + timedelta(days=NEAR_DAYS):
            out.add(pieces[root.i])
    return out


def present_perfect(tok) -> bool:
    """ "has come into effect", "have deepened": told as bearing on now."""
    verb = _clause_verb(tok)
    if verb is None or verb.tag_ != "VBN":
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve")
               for c in verb.children)


def _clause_verb(tok):
    verb = tok
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX"):
            return verb
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def background(tok) -> bool:
    """Told in the past perfect ("had signed", "had been arrested"): background to
    the news, whose time the text does not give. A noun takes its verb's tense."""
    verb = tok
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX"):
            break
        if verb.head.i == verb.i:
            return False
        verb = verb.head
    else:
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(a.lower_ in ("had", "'d") for a in aux) and verb.tag_ == "VBN"


def _as_date(value: str | None) -> date | None:
    span = TimexValue.parse(value)
    return span.start if span is not None else None
