"""One record per event per article: re-tellings of one act merged.

News tells its main acts more than once: in the lead and again in the body, in a
caption and in the text, in the headline. Each telling is coded on its own, and
often only one of them dates the act ("X signed the pact" in the lead, "X signed
it on Tuesday" in the fourth paragraph). This pass, run on the records of one
article, folds the tellings of one act into one record: the telling the text
dates (else the first) stands as the record, the others are kept under
`tellings`, and the record's confidence is the best of them.

Two records tell one act only when all of these hold (precision first: a wrong
merge loses an event):

1. the same PLOVER type;
2. the same act: the same predicate lemma or a noun and verb of one family
   ("signed"/"signing", "invaded"/"invasion", "withdrew"/"withdrawal"), or a
   noun that names the other's object ("signed a memorandum" / "the
   memorandum"), or a definite event noun ("the meeting", "Carter's visit")
   going back to the nearest earlier telling of its type;
3. the same doers: every actor of the side naming fewer is one of the other's
   (the same entity; a state or group by country and sector; people only by
   entity), and, when both name recipients, one in common (for symmetric types
   actor and recipient may swap); when both are about a document (`Event.about`),
   the same one;
4. compatible dates: two text dates must overlap; an act told as the day's news
   (dated by the publication day) may take a text date only within the days a
   re-report looks back (`merging.lookback`); undated background takes any; the
   day's news and undated background are not one act;
5. the same standing (asserted and alleged are one; negated with negated; acts to
   come or on a condition are never merged), no future tense against a past one,
   no places in two countries, no two different counts of one unit;
6. different sentences that share content words beyond the doers' names (the
   act's word and one more), with no "also", "another", "previous" before the
   trigger; an act told more than MAX_TELLINGS times is a formula, not merged.

A record joins a group only when it fits every telling already in it.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Mapping, Sequence
from datetime import timedelta

from ..merging.likeness import content_words, name_words, same_family, stem
from ..merging.rule import SYMMETRIC_TYPES
from ..merging.sketch import lookback
from ..records import ActorRef, Event, Telling, normalise_text
from ..timevalue import parse_span
from ..words import ARTICLES, DEFINITE, PHRASE_WORD, word_lists
from .quantities import number_value, units

# The word lists of this module: data/retell_lists.toml.
_LISTS = word_lists("newsbrief.events", "retell_lists.toml")
# Words that make a noun phrase definite: "the meeting", "this attack", "its visit". Read
# off the record's text, not a parse (words.told_as_known's test needs the parse), so
# "that" is left out (before a noun it is as often the clause's "that": "said that talks
# ...") and the possessive pronouns stand for the parse's "poss".
_DEFINITE = (DEFINITE - {"that"}) | frozenset("its his her their our".split())
_STANDING = {"asserted": "real", "alleged": "real"}
# Standings of acts not done (yet): they do not take the day of a done telling.
UNDONE = frozenset({"future", "conditional"})
# Words right before the trigger that make it another act of its kind: "also
# denied", "a previous threat", "another attack", "met again".
ANOTHER = frozenset(_LISTS["another"])
# Content words two tellings share beyond their doers' names (the act's word and
# one more: its object, its place, its number): a bare "promised" or "accused" in two
# sentences is two promises more often than one.
MIN_SHARED = 2
# An act told more often than this by one doer in one article is a formula or a
# habit (list items, "[name withheld]"), not one event told again.
MAX_TELLINGS = 3
# A record is compared with at most this many earlier groups of its type and doer
# (the latest): a page of a thousand records by one doer costs linear time.
MAX_GROUPS = 50
_NP_END = frozenset(_LISTS["np_end"])
# Event nouns that take up an earlier telling in other words, by act: "concluded a
# visit ... the meeting", "signed a treaty ... the pact". Only a definite noun ("the",
# a possessive) going back to the nearest earlier telling of its type uses them.
_TAKE_UP = tuple(frozenset(c.split()) for c in _LISTS["take_up"])


def _lemma(ev: Event) -> str | None:
    """The word of the act: the predicate's lemma, or the coded noun when a light
    verb carries it ("participated in talks" is told by "talks")."""
    lemma = ev.predicate.lemma if ev.predicate is not None else None
    word = ev.trigger.text.lower() if ev.trigger is not None else None
    if lemma and (" " in lemma or ev.trigger is None or ev.trigger.start == ev.predicate.start
                  or same_family(word, lemma)):
        return lemma
    if word and len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word or lemma


def _is_noun(ev: Event) -> bool:
    return ev.predicate is not None and ev.predicate.voice == "noun"


def _object_head(ev: Event) -> str | None:
    """The head word of a verb's object, as written: the last word before a
    preposition, a relative or a second determiner ("a memorandum" ->
    "memorandum", "the Iran nuclear deal" -> "deal", "a probe of X" -> "probe")."""
    if ev.predicate is None or _is_noun(ev) or not ev.predicate.object:
        return None
    words = PHRASE_WORD.findall(ev.predicate.object.split(",")[0])
    head = None
    for k, w in enumerate(words[:6]):
        if k and w.lower() in _NP_END:
            break
        head = w
    return head.lower() if head and head.lower() not in _NP_END else None


def definite(ev: Event) -> bool:
    """An event noun told as already known: "the meeting", "Carter's visit" (a
    determiner or a possessive right before it; "the P5+1 talks" names its own)."""
    if ev.trigger is None or ev.predicate is None or not (
            _is_noun(ev) or ev.trigger.text.lower() == ev.predicate.lemma):
        return False
    offset = ev.trigger.start - ev.evidence.start
    if not 0 <= offset <= len(ev.evidence.text):
        return False
    before = PHRASE_WORD.findall(ev.evidence.text[:offset])[-1:]
    if not before:
        return False
    last = before[-1]
    return last.lower() in _DEFINITE or last.endswith(("'s", "’s", "s'", "s’"))


def same_act(a: Event, b: Event) -> bool:
    """The two records name one act (condition 2 without the anaphora): two verbs
    with objects of other heads are two acts ("thanked God", "thanked members")."""
    la, lb = _lemma(a), _lemma(b)
    oa, ob = _object_head(a), _object_head(b)
    if la and lb and same_family(la, lb):
        return not (oa and ob and not same_family(oa, ob))
    # "signed a memorandum" ... "the memorandum directs": the noun is the verb's object.
    for verb, noun in ((a, b), (b, a)):
        head = _object_head(verb)
        ln = _lemma(noun)
        if head and ln and _is_noun(noun) and same_family(head, ln):
            return True
    return False


def takes_up(noun: Event, earlier: Event) -> bool:
    """A definite event noun naming the earlier act in other words ("the meeting"
    after "concluded a visit")."""
    word = _lemma(noun)
    told = {w for w in (_lemma(earlier), _object_head(earlier)) if w}
    return bool(word) and any(word in c and told & c for c in _TAKE_UP)


# ------------------------------------------------------------------ sides


def _keys(ref: ActorRef, kinds: Mapping[str, str]) -> frozenset[str]:
    """Identity keys of a reference: its entity (a state also by its country: "the
    US", "Washington"); a reference with no entity only by its words ("four
    students" and "1,900 students" of one country are not one doer)."""
    keys = set()
    if ref.entity:
        keys.add("e:" + ref.entity)
        if ref.country and kinds.get(ref.entity) == "state":
            keys.add("c:" + ref.country)
    elif ref.text:
        keys.add("t:" + normalise_text(ref.text))
    return frozenset(keys)


def _side(refs: Sequence[ActorRef], kinds: Mapping[str, str]) -> list[frozenset[str]]:
    return [k for k in (_keys(r, kinds) for r in refs) if k]


def _within(small: list[frozenset[str]], big: list[frozenset[str]]) -> bool:
    return all(any(s & b for b in big) for s in small)


def _subset(a: list[frozenset[str]], b: list[frozenset[str]]) -> bool:
    """Every reference of the side naming fewer is one of the other's."""
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    return bool(small) and _within(small, big)


def _meet(a: list[frozenset[str]], b: list[frozenset[str]]) -> bool:
    return not a or not b or any(x & y for x in a for y in b)


def same_sides(a: Event, b: Event, kinds: Mapping[str, str]) -> bool:
    if not _meet(_side(a.about, kinds), _side(b.about, kinds)):
        return False  # about two documents ("signed the pact" / "signed the accord")
    aa, ab = _side(a.actor, kinds), _side(b.actor, kinds)
    ra, rb = _side(a.recipient, kinds), _side(b.recipient, kinds)
    if _subset(aa, ab) and _meet(ra, rb):
        return True
    if a.type in SYMMETRIC_TYPES:
        if _subset(aa, rb) and _subset(ab, ra):
            return True  # "X met Y" / "Y met X"
        # "X and Y signed" / "X signed with Y".
        both_a, both_b = aa + ra, ab + rb
        if len(both_a) >= 2 and len(both_b) >= 2 and _within(both_a, both_b) and \
                _within(both_b, both_a):
            return True
    return False


def _named(refs: Sequence[ActorRef]) -> tuple[ActorRef, ...]:
    """The doers the text names: a doer only implied ("were killed" -> unnamed
    attackers of the place, events.implicit) is no name to compare."""
    return tuple(r for r in refs if not r.implied)


def same_doers(a: Event, b: Event, kinds: Mapping[str, str]) -> bool:
    """The doers of the two tellings are one (`same_sides`), or one telling names no
    doer (an implied doer names none) and both name the same targets ("four soldiers
    were killed" / "rebels killed four soldiers")."""
    if same_sides(a, b, kinds):
        return True
    aa, ab = _side(_named(a.actor), kinds), _side(_named(b.actor), kinds)
    ra, rb = _targets(a.recipient, kinds), _targets(b.recipient, kinds)
    return not (aa and ab) and bool(ra) and bool(rb) and _subset(ra, rb)


def _targets(refs: Sequence[ActorRef], kinds: Mapping[str, str]) -> list[frozenset[str]]:
    """Identity keys of the people acted on; a counted group by its words also without
    its article ("five soldiers were killed" / "X killed the five soldiers"). Only a
    count makes the words one group: "students" and "the students" of one story are
    often two."""
    return [k | {"t:" + x[2:].split(" ", 1)[1] for x in k if _counted_with_article(x)}
            for k in _side(refs, kinds)]


def _counted_with_article(key: str) -> bool:
    words = key[2:].split(" ", 2) if key.startswith("t:") else []
    return len(words) == 3 and words[0] in ARTICLES and \
        words[1] not in ARTICLES and number_value([words[1]], units()) is not None


# ------------------------------------------------------------------ dates and standing


def dates_fit(a: Event, b: Event, published: str | None) -> bool:
    ta, tb = a.date_source == "text" and a.date, b.date_source == "text" and b.date
    if ta and tb:
        sa, sb = parse_span(a.date), parse_span(b.date)
        if sa is None or sb is None:
            return a.date == b.date
        return sa[0] <= sb[1] and sb[0] <= sa[1]
    if not ta and not tb:
        # Two tellings the text does not date: both the day's news, or both
        # background; news and background are two times.
        return (a.date_source == "published") == (b.date_source == "published")
    dated, other = (a, b) if ta else (b, a)
    if other.date_source != "published":
        return True  # undated background takes the date of its dated telling
    # An act told as the day's news is the dated one only if that date is news.
    span, pub = parse_span(dated.date), parse_span(other.date or published)
    if span is None or pub is None:
        return False
    return span[1] >= pub[1] - timedelta(days=lookback(a.type)) and span[0] <= pub[1]


def _tense(ev: Event) -> str | None:
    return ev.predicate.tense if ev.predicate is not None else None


def standing_fits(a: Event, b: Event) -> bool:
    """Asserted and alleged tellings of one act, or two negated ones; an act to
    come or on a condition is not an event yet, and two of them are left apart."""
    if a.modality in UNDONE or b.modality in UNDONE:
        return False
    if _STANDING.get(a.modality, a.modality) != _STANDING.get(b.modality, b.modality):
        return False
    tenses = {_tense(a), _tense(b)}
    return not {"future", "past"} <= tenses


def details_fit(a: Event, b: Event) -> bool:
    ca = a.location.country if a.location else None
    cb = b.location.country if b.location else None
    if ca and cb and ca != cb:
        return False
    for qa in a.quantities:
        for qb in b.quantities:
            if qa.unit and qa.unit == qb.unit and qa.value != qb.value:
                return False
    return True


def another(ev: Event) -> bool:
    """The telling says it is another act of its kind ("Hersh also alleges")."""
    if ev.trigger is None:
        return False
    offset = ev.trigger.start - ev.evidence.start
    words = PHRASE_WORD.findall(ev.evidence.text[max(0, offset - 40):max(0, offset)])[-3:]
    return any(w.lower() in ANOTHER for w in words)


def words(ev: Event) -> frozenset[str]:
    """Content words of the telling's sentence, its sides' names set aside, as stems
    ("campaign" and "campaigns" are one word)."""
    names = name_words(r.text for r in ev.actor + ev.recipient)
    return frozenset(stem(w) for w in content_words(ev.evidence.text) - names)


def fits(a: Event, b: Event, kinds: Mapping[str, str], published: str | None) -> bool:
    """Everything but the act: type, sides, dates, standing, place and counts."""
    return (a.type == b.type and a.evidence.sentence != b.evidence.sentence
            and not another(a) and not another(b)
            and standing_fits(a, b) and same_sides(a, b, kinds)
            and dates_fit(a, b, published) and details_fit(a, b))


# ------------------------------------------------------------------ grouping


def _index_keys(ev: Event, kinds: Mapping[str, str]) -> set[str]:
    """Keys a telling of the same act must share with `ev` (same_sides needs one):
    its actors', and for symmetric types its recipients' too."""
    refs = ev.actor + (ev.recipient if ev.type in SYMMETRIC_TYPES else ())
    return {k for r in refs for k in _keys(r, kinds)}


def groups(events: Sequence[Event], kinds: Mapping[str, str] | None = None,
           published: str | None = None) -> list[list[int]]:
    """Indices of `events` (in text order) grouped by the act they tell."""
    kinds = kinds or {}
    order = sorted(range(len(events)), key=lambda i: (events[i].evidence.start,
                                                      events[i].trigger.start
                                                      if events[i].trigger else 0))
    found: list[list[int]] = []
    # Groups by type and doer key, so a record is compared only with groups it may
    # join; and the latest group of each type (for "the meeting").
    # Per key: every group it names (a set), and its latest MAX_GROUPS groups (sorted),
    # so a record's candidates cost the same however many groups a doer has.
    keyed: dict[tuple[str, str], set[int]] = {}
    recent: dict[tuple[str, str], list[int]] = {}
    latest: dict[str, int] = {}
    told: dict[int, frozenset[str]] = {}

    def said(i: int) -> frozenset[str]:
        if i not in told:
            told[i] = words(events[i])
        return told[i]

    def fit(j: int, i: int) -> bool:
        return fits(events[j], events[i], kinds, published) and \
            len(said(i) & said(j)) >= MIN_SHARED

    def members(g: list[int]) -> list[int]:
        # A group past MAX_TELLINGS is a formula, split at the end: it takes what
        # fits its first telling (without re-reading every other).
        return g[:1] if len(g) > MAX_TELLINGS else g

    for i in order:
        ev = events[i]
        keys = _index_keys(ev, kinds)
        near = sorted({k for key in keys for k in recent.get((ev.type, key), ())})
        near = near[-MAX_GROUPS:]
        last = latest.get(ev.type)
        if last is not None and last not in near and \
                any(last in keyed.get((ev.type, key), ()) for key in keys):
            near.append(last)
        ok = [k for k in near if all(fit(j, i) for j in members(found[k]))]
        same = [k for k in ok if any(same_act(events[j], ev) for j in members(found[k]))]
        if not same and last is not None and last in ok and definite(ev) and \
                any(takes_up(ev, events[j]) for j in members(found[last])):
            same = [last]  # "the meeting": the nearest earlier telling of its type
        if same:
            k = max(same, key=lambda k: events[found[k][-1]].evidence.start)
            found[k].append(i)
        else:
            k = len(found)
            found.append([i])
        for key in keys:
            bucket = keyed.setdefault((ev.type, key), set())
            if k not in bucket:
                bucket.add(k)
                top = recent.setdefault((ev.type, key), [])
                bisect.insort(top, k)
                del top[:-MAX_GROUPS]
        prev = latest.get(ev.type)
        if prev is None or ev.evidence.start > events[found[prev][-1]].evidence.start or \
                prev == k:
            latest[ev.type] = k  # ties (one sentence) stay with the earlier group
    out: list[list[int]] = []
    for g in found:
        # A formula told over and over stays apart, one record a telling.
        out.extend([[i] for i in g] if len(g) > MAX_TELLINGS else [g])
    return out


# Event date precisions, finest first (records.Event.date_precision).
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def precision_rank(ev: Event) -> int:
    """How coarse the record's date is: 0 a day, 1 a week, 2 a month, 3 a year, 4 none
    or other. Of several tellings of one act the finest date stands (`_head`,
    events.carry)."""
    return _PRECISION_RANK.get(ev.date_precision or "", 4)


def _head(events: Sequence[Event], group: list[int]) -> int:
    """The telling that stands for the group: the one the text dates (finest),
    else the first."""
    dated = [i for i in group if events[i].date_source == "text" and events[i].date]
    if not dated:
        return group[0]
    return min(dated, key=lambda i: (precision_rank(events[i]), group.index(i)))


def telling(ev: Event) -> Telling:
    return Telling(id=ev.id, evidence=ev.evidence, trigger=ev.trigger, date=ev.date,
                   date_source=ev.date_source, modality=ev.modality,
                   confidence=ev.confidence)


def merge_retellings(events: Sequence[Event], kinds: Mapping[str, str] | None = None,
                     published: str | None = None) -> tuple[Event, ...]:
    """The article's records with each act's re-tellings folded into one record
    (in the order of the records that stand for them)."""
    if len(events) < 2:
        return tuple(events)
    out: dict[int, Event] = {}
    for group in groups(events, kinds, published):
        head = _head(events, group)
        ev = events[head]
        others = [events[i] for i in group if i != head]
        if others:
            ev = dataclasses.replace(
                ev, tellings=ev.tellings + tuple(telling(o) for o in others),
                confidence=max([ev.confidence] + [o.confidence for o in others]))
        out[head] = ev
    return tuple(out[i] for i in sorted(out))
