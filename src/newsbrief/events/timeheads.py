"""What a time expression hangs on, read by every reader of which time dates which
predicate (events.governing and the readers split from it): the calendar timexes of an
article with their roots (`_calendar`), the noun a run of compounds leads to, the verb a
time is told on, a bound or a deadline rather than the time of an act (`bound`), a noun
that names a time, and the prepositions that set, order or precede an act.

Besides the public names, the readers split from governing import these underscored
ones, which are shared all the same (renaming them would touch every reader at once):
`_calendar`, `_on_verb_itself`, `_told_on`, `_effective_head`, `_names_a_time`,
`_prenominal`, `_time_verb`, `_ORDERING_PREPS`, `_BOUND_PREPS`, `_BARE_TIME` and
`_DIGIT`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from ..records import Timex
from ..timevalue import event_date
from ..words import word_lists
from .attach import span_root
from .lexicon import lemma_of
from .tense import MODALS, _PAST_AUX, _auxiliaries, finite_verb

# The word lists of this module: data/timeheads_lists.toml.
_LISTS = word_lists("newsbrief.events", "timeheads_lists.toml")

_DIGIT = re.compile(r"\d")
_ORDERING_PREPS = frozenset(_LISTS["ordering_preps"])
# Of those, the ones that put the act before or after the time ("during 2016" dates it).
_BOUND_PREPS = _ORDERING_PREPS - {"during", "amid"}


def compound_head(tok, stop=None):
    """The noun a run of compounds leads to from `tok` ("the May 3 rocket strike": from
    "rocket", "strike"), at most three steps up, stopping at a token `stop` says yes to.
    A time before a noun dates the noun the whole phrase names, not its first word."""
    for _ in range(3):
        if (stop is not None and stop(tok)) or tok.dep_ != "compound" or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


# How a time hangs bare on the word it is told on ("voted Tuesday", "met last week").
_BARE_TIME = frozenset({"npadvmod", "tmod"})


def _told_on(root, preps, bare=_BARE_TIME):
    """(word, phrase): the word a timex whose root is `root` is told on, and the phrase
    that hangs on that word: the root's head for a bare time ("voted Tuesday"), or the
    word above the preposition the root is the object of when that preposition is one
    of `preps` ("voted on Tuesday": the verb and the "on" phrase); None otherwise. One
    reading of a time's place for `_time_verb`, `_cleft_time` and `_medium_told_time`,
    each with its own prepositions."""
    if root.dep_ in bare:
        return root.head, root
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.lower_ in preps:
        return root.head.head, root.head
    return None
# A time after these is a bound or a deadline ("demanded an answer by June 9"), not
# the time of the act.
_DEADLINE_PREPS = frozenset(_LISTS["deadline_preps"])


def _time_verb(root):
    """The verb a timex is told on: itself ("accepted a call in December"), or through
    the occasion it sets ("In a Dec. 21 step, X had asked for ..."); None for a time
    told inside a noun's phrase or a clause below ("urged them to skip the autumn fair
    in October"). The acts it dates with that verb were done when the verb says."""
    if root is None:
        return None
    head = root.head
    told = _told_on(root, _TIME_VERB_PREPS)
    if told is not None:
        head = told[0]
    elif root.dep_ == "pobj" and head.dep_ == "prep":
        return None  # ("was set for December", "postponed to May")
    elif root.dep_ in ("compound", "nmod", "nummod", "amod", "poss") and \
            head.dep_ == "pobj" and head.head.lower_ in SETTING_PREPS:
        head = head.head.head  # "In a sudden Dec. 21 step, ..."
    else:
        return None
    return head if head.pos_ in ("VERB", "AUX") else None


def deadline(root) -> bool:
    """Is a timex the object of a bound or deadline ("by June 9", "until March", "no
    later than June 9")?"""
    if root is None or root.dep_ != "pobj":
        return False
    prep = root.head
    return prep.lower_ in _DEADLINE_PREPS or (
        prep.lower_ == "than" and prep.head.lower_ in ("later", "sooner"))


def _due_date(root) -> bool:
    """Is a timex the date something is due by, told after an act done before it ("asked
    for the files by June 9", "requested receipts no later than June 9", "extended the
    curfew until May")? Not a clock time ("arrived by 10 a.m.": that day), not "before",
    not a bound told before its verb ("By June 9, Norway had sent the files": done then),
    not one on a denied act ("did not send aid until March": sent then), and, but for
    "until", not one on an act still ahead ("must pass it by Friday", "will release it by
    June": when it is planned)."""
    if not deadline(root) or root.ent_type_ == "TIME" or \
            root.head.lower_ in ("before", "ahead"):
        return False  # ("signed the pact before the spring summit": in that spring)
    prep = root.head
    if prep.lower_ == "than":
        prep = prep.head  # "no later than June 9"
    verb = prep.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if prep.i == prep.sent.start or (verb.pos_ in ("VERB", "AUX") and prep.i < verb.i):
        return False  # "By June 9, Norway had sent ...", "and by June 9 Sweden had replied"
    fin = finite_verb(verb) if verb.pos_ in ("VERB", "AUX") else None
    if fin is not None and any(c.dep_ == "neg" for c in (*fin.children, *verb.children)):
        return False  # "did not begin sending aid until March": it began then
    if lemma_of(verb) in RESCHEDULE:
        return False  # "the visit was postponed until Friday": it now takes place then
    if root.head.lower_ in ("until", "till"):
        return True
    if fin is None or any(a in MODALS for a in _auxiliaries(fin)):
        return False
    return fin.tag_ == "VBD" or any(a in _PAST_AUX or a == "had" for a in _auxiliaries(fin))


def _calendar(doc, timexes: Iterable[Timex], roots: Mapping[tuple[int, int], object] | None = None):
    """(timex, (date, precision), root token) of each calendar DATE/TIME timex. `roots`,
    when given, holds the root of every timex's span (`root_map`), found once per
    article by a caller that reads them more than once."""
    for tx in timexes:
        if tx.type not in ("DATE", "TIME"):
            continue  # durations and sets do not date an act
        parsed = event_date(tx.value)
        if parsed is None:
            continue
        root = span_root(doc, tx.start, tx.end) if roots is None else roots.get((tx.start, tx.end))
        if root is not None:
            yield tx, parsed, root


# A clause introduced so happened at another time than the clause it hangs on.
_PRIOR_MARKS = frozenset(_LISTS["prior_marks"])
PRIOR_PREPS = _PRIOR_MARKS - {"once"} | frozenset(_LISTS["prior_preps_extra"])


def _effective_head(root):
    """The word "effective" a timex is told on ("effective June 1", "effective from
    April 1", "effective as of Monday"): the time something takes effect; else None."""
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
        if head.dep_ == "prep":
            head = head.head  # "effective as of Monday"
    elif root.dep_ not in ("npadvmod", "tmod", "nmod"):
        return None
    return head if head.lower_ == "effective" else None


def _prenominal(root) -> bool:
    """A time told before a noun as its modifier ("the March 3, 1999, bombing", "a 2015
    purge"): it says when that noun's event was, nothing more. (A possessive,
    "voted against Monday's motion", still reaches the act done to the noun's event.)
    A noun that sets the scene of the act is its time ("backed X in the 2006 race",
    "met him at the 2010 convention")."""
    head = compound_head(root.head)  # "during the May 2015 party meeting": the meeting's
    if head.dep_ == "pobj" and head.head.lower_ in _TIME_VERB_PREPS:
        return False
    return head.i != root.i and root.i < head.i and head.pos_ in ("NOUN", "PROPN") and \
        root.dep_ in ("nmod", "compound", "nummod", "amod")


def _line_verb(root, lines: list[int] | None):
    """The main verb of the timex's own line when the parser hung the timex on a word of
    another line (a headline or a caption run into the paragraph: "... Ten Reasons to Care //
    Last week, X appealed ..."); None when it hangs within its line."""
    if lines is None or root.head.i == root.i or lines[root.head.i] == lines[root.i]:
        return None
    doc = root.doc
    k = root.i + 1
    while k < len(doc) and lines[k] == lines[root.i]:
        t = doc[k]
        if t.pos_ in ("VERB", "AUX") and (t.head.i == t.i or lines[t.head.i] != lines[k]):
            return t
        k += 1
    return None


# Nouns that name a time: a timex that is their value ("a deadline of March 1") is
# what the noun says, not when the act around it happened.
_TIME_NOUNS = frozenset(_LISTS["time_nouns"])


def _names_a_time(root) -> bool:
    """Is a timex the value of a noun that names a time: after "of"/"for" ("a deadline
    of March 1") or before it ("an Oct. 15 deadline", "the June 1 target date")? Then
    it is what the noun says, not when the act that sets or gives the noun was done.
    (A possessive, "missed Friday's deadline", is left alone: the act is then of that
    day.)"""
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("of", "for"):
        return head.head.lower_ in _TIME_NOUNS
    if root.dep_ not in ("nmod", "compound", "nummod", "amod") or not root.i < head.i:
        return False
    head = compound_head(head, lambda h: h.lower_ in _TIME_NOUNS)  # "the June 1 target date"
    return head.lower_ in _TIME_NOUNS


# "the tour was pushed back to May 4", "the vote was postponed until Friday": the
# event now takes place then.
RESCHEDULE = frozenset(_LISTS["reschedule"])


def _on_verb_itself(root, verb) -> bool:
    """Is the timex told on the verb itself ("saying Saturday", "saying on Monday"), not
    on a noun below it ("mentioning the attack in 2016")?"""
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif root.dep_ not in ("npadvmod", "tmod", "advmod"):
        return False
    return head.i == verb.i


# Prepositions that place an act at an occasion ("at a donors' summit on Monday").
SETTING_PREPS = frozenset(_LISTS["setting_preps"])
# ... and with "on", those through which a time hangs on the verb it dates (`_time_verb`)
# or a noun sets the scene of the act (`_prenominal`).
_TIME_VERB_PREPS = SETTING_PREPS | frozenset(_LISTS["time_verb_preps_extra"])


def bound(root) -> bool:
    """ "since July", "after Monday", "by Friday": a bound, not the time of an act."""
    return (root.head.dep_ == "prep" and root.head.lower_ in _ORDERING_PREPS) or (
        root.dep_ == "prep" and root.lower_ in _ORDERING_PREPS) or _due_date(root)


def unbound_calendar(doc, timexes: Iterable[Timex]) -> list:
    """`_calendar`'s times in text order but the bounds and deadlines ("since July",
    "asked for the files by June 9": `bound`): the times that may date an act."""
    return [hit for hit in _calendar(doc, sorted(timexes, key=lambda t: t.start))
            if not bound(hit[2])]


# "a recent visit", "the previous talks", "his last trip": an act the noun places
# before now, on a day the text does not give. The words that also place an occasion so
# ("at a recent lunch"; not "at the last minute"): EARLIER_OCCASION.
EARLIER_OCCASION = frozenset(_LISTS["earlier_occasion"])
_EARLIER = EARLIER_OCCASION | frozenset(_LISTS["earlier_extra"])


def earlier_marked(noun, words: frozenset[str] = _EARLIER, bare: bool = False) -> bool:
    """Does an adjective on the noun place it before the news ("a recent visit", "the
    previous talks", "his last trip")? `words` the adjectives read; `bare` only one
    with no words of its own. The one "earlier" test of `_earlier_noun`,
    `_names_its_occasion` and undated's `_earlier_occasion`."""
    return any(c.dep_ == "amod" and c.lower_ in words and not (bare and any(c.children))
               for c in noun.children)
