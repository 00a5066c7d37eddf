"""The day of an act carried from another telling of the same act in the article.

An article often dates an act once and tells it again with no time ("Rebels
attacked the base on Tuesday. ... the attack that killed four soldiers ...";
"The minister's trip to Oslo began on Monday. ... The minister's trip was kept
secret."). Re-tellings that match closely are folded into one record
(`events.retell`); a telling that matches less closely (other words around it,
fewer doers named) stays a record of its own, and the dating rules, which read
one sentence and its neighbour, leave it undated. This pass, run on the article's
records after the merge, gives such an undated record (`date_source` "none") the
day of a dated telling of the same act, with `date_source` "carried" so a reader
can tell the day came from elsewhere in the article.

Only where the match is strong (a second attack on another day must keep no day
of the first):

1. the undated record is told as one act done at one time: a verb in the simple
   past, or an event noun a possessive names ("Kim's trip"); not the present, the
   perfect, the past perfect, nor a bare "the attack";
2. a dated record earlier in the article, of the same PLOVER type, neither telling
   saying it is another act ("another attack", "met again"), the same standing (no
   act to come or on a condition), no places in two countries, no two counts of one
   unit;
3. the same act: the same predicate lemma or noun/verb family (`retell.same_act`)
   with the same doers (`retell.same_doers`: `retell.same_sides`, or, when one side
   names no doer, the same targets);
4. every dated telling that matches gives one time (their spans overlap): the
   finest is taken; two times that do not overlap are two acts, or the text is
   unsure, and nothing is carried.

The act a verb of judging judges someone for ("On Tuesday, X condemned Israel for
bombing the school": `reasons.judged_for`) takes no day of the judging, nor of
the lead; but the story often told that act before, dated, in other words ("Israeli
jets struck a school on Monday"). Such a gerund takes the day of an earlier dated
record of the same PLOVER type whose doers are its own (`judged_from`): the judging
names the doer and the act again, not its words. The
judging often names a state where the act named its forces ("Israeli jets" /
"Israel"), or the same group with an article ("Rebels" / "the rebels"): those count
as one doer (`_one_doer`). The two tellings must also agree on what was hit
(`_same_target`): a recipient they share, or the same head noun of the object ("fired
on a fishing boat" / "attacking the boat"); a state condemned for "attacking aid
convoys" after its jets "struck a school" is judged for another act, and the record
stays undated.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from ..actors.anaphora import STATE_SECTORS
from ..records import ActorRef, Event, normalise_text
from ..timevalue import parse_span
from .tense import background, present_perfect, told_tense
from .retell import (UNDONE, _keys, another, details_fit, precision_rank, same_act,
                     same_doers, standing_fits)

# The date_source of a day carried from another telling (docs/records.md).
CARRIED = "carried"


def told_done(tok) -> bool:
    """Is the record's word told as one act done at one time: a verb in the simple
    past ("Kim met Putin"; not "has met", "had met", "is meeting", "will meet"), or an
    event noun a possessive names ("Kim's trip", "the envoy's arrest")? Acts told in
    the present or the perfect are stances or spans, and a bare "the attack" may be
    any attack of the story."""
    if tok.pos_ == "NOUN":
        return any(c.dep_ == "poss" for c in tok.children)
    return tok.pos_ == "VERB" and told_tense(tok) == "past" and not present_perfect(tok) \
        and not background(tok)


def _tells_same(ev: Event, dated: Event, kinds: Mapping[str, str]) -> bool:
    if dated.type != ev.type or dated.evidence.sentence >= ev.evidence.sentence:
        return False  # the day is given earlier in the article
    if another(dated) or not standing_fits(ev, dated) or not details_fit(ev, dated):
        return False
    return same_act(ev, dated) and same_doers(ev, dated, kinds)


def _may_take_day(ev: Event) -> bool:
    """Is `ev` a record both carry paths may date: undated by the text's own rules
    (`date_source` "none"), of no standing that undoes the act, not told as another act?"""
    return ev.date is None and ev.date_source == "none" and ev.modality not in UNDONE and \
        not another(ev)


def carried_from(ev: Event, events: Sequence[Event], kinds: Mapping[str, str]) -> Event | None:
    """The dated telling whose time `ev` takes, or None (see the module docstring)."""
    if not _may_take_day(ev):
        return None
    return _one_time([d for d in events if d.date_source == "text" and d.date
                      and _tells_same(ev, d, kinds)])


def _one_time(found: Sequence[Event]) -> Event | None:
    """The finest of the dated tellings when their times overlap (one time), else None."""
    spans = [parse_span(d.date) for d in found]
    if not found or any(s is None for s in spans):
        return None
    if any(not (a[0] <= b[1] and b[0] <= a[1]) for a in spans for b in spans):
        return None  # two times: two acts, or the text is unsure
    return min(found, key=lambda d: (precision_rank(d), d.evidence.start))


def hit_words(tok) -> frozenset[str]:
    """The lemmas of the head nouns of what the act was done to: the verb's direct
    object, or the object of a preposition on it ("fired on a boat", "attacking the
    boat"); compared by `judged_from` (`_same_target`)."""
    found = set()
    for c in tok.children:
        if c.dep_ in ("dobj", "obj"):
            found.add(c)
        elif c.dep_ == "prep":
            found.update(g for g in c.children if g.dep_ == "pobj")
    return frozenset(t.lemma_.lower() for t in found if t.pos_ in ("NOUN", "PROPN"))


def _same_target(ev: Event, told: Event, kinds: Mapping[str, str],
                 hit: Mapping[str, frozenset[str]]) -> bool:
    """Do the judged act and the dated telling name one thing hit: a recipient of
    one of the other's (`retell._keys`), or an object of the same head noun?"""
    if any(_keys(a, kinds) & _keys(b, kinds) for a in ev.recipient for b in told.recipient):
        return True
    return bool(hit.get(ev.id, frozenset()) & hit.get(told.id, frozenset()))


def judged_from(ev: Event, events: Sequence[Event], kinds: Mapping[str, str],
                hit: Mapping[str, frozenset[str]] | None = None) -> Event | None:
    """The dated telling whose time the act judged `ev` takes (see the module
    docstring): earlier, of its PLOVER type, its named doers one of the other's, the
    same thing hit (`_same_target`; `hit`: each record's object words), not another act
    nor one of another standing; None when there is none or two times.

    A path of its own beside `carried_from`, not a looser `_tells_same`: the judging
    names the act in its own words ("for bombing" after "struck"), so `retell.same_act`
    and `retell.details_fit` cannot match it, and its doer is named as the judging names
    it ("Israel" after "Israeli jets"), which `retell.same_doers` would refuse; it asks
    instead for the same target (`_same_target`). Folding the two would let every
    re-telling match on the looser doer and target tests, which only a judged act's
    shape earns."""
    if not _may_take_day(ev):
        return None
    doers = [r for r in ev.actor if not r.implied]
    if not doers:
        return None  # no doer named: any act of the type would do
    return _one_time([d for d in events if d.date_source == "text" and d.date and
                      d.type == ev.type and d.evidence.sentence < ev.evidence.sentence and
                      not another(d) and standing_fits(ev, d) and
                      _same_target(ev, d, kinds, hit or {}) and
                      all(any(_one_doer(a, b, kinds) for b in d.actor if not b.implied)
                          for a in doers)])


def _one_doer(judged: ActorRef, told: ActorRef, kinds: Mapping[str, str]) -> bool:
    """Is the doer the judging names (`judged`) the one the dated telling named
    (`told`): the same entity or words (`retell._keys`), a state whose forces or offices
    the telling named ("Israel" / "Israeli jets"), or the same words but a leading
    "the" ("the rebels" / "Rebels")?"""
    if _keys(judged, kinds) & _keys(told, kinds):
        return True
    if judged.entity and kinds.get(judged.entity) == "state":
        # its forces or offices, or a doer of no sector ("jets"; also "settlers",
        # "hackers", "protesters", which the entity stage gives no sector); not a doer
        # of another sector (its rebels, its firms). The state may be judged for acts
        # of its nationals it did not order, but the telling must name the same thing
        # hit (`_same_target`), so the day carried is that of the act the judging
        # names, whoever did it (probed on the judged files: no wrong day found)
        return bool(judged.country) and told.country == judged.country and \
            (told.sector is None or told.sector in STATE_SECTORS)
    return not judged.entity and not told.entity and \
        _bare(judged.text) == _bare(told.text) != ""


def _bare(text: str) -> str:
    words = normalise_text(text).split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def carry_dates(events: Sequence[Event], kinds: Mapping[str, str] | None = None,
                done: "set[str] | frozenset[str]" = frozenset(),
                judged: "set[str] | frozenset[str]" = frozenset(),
                hit: Mapping[str, frozenset[str]] | None = None) -> tuple[Event, ...]:
    """The article's records, each undated one that tells a dated act again given its
    time (`date_source` "carried", `date_text` the dated telling's words). `done`: the
    ids of the records told as one act done at one time (`told_done`); `judged`: the
    ids of the acts a verb of judging judges someone for (`judged_from`); `hit`: each
    record's object words (`hit_words`); no other record takes a day."""
    kinds = kinds or {}
    out = []
    for ev in events:
        src = carried_from(ev, events, kinds) if ev.id in done else None
        if src is None and ev.id in judged:
            src = judged_from(ev, events, kinds, hit)
        if src is not None:
            ev = dataclasses.replace(ev, date=src.date, date_precision=src.date_precision,
                                     date_text=src.date_text, date_source=CARRIED)
        out.append(ev)
    return tuple(out)
