"""A time the text tells as past or as ahead of publication: a refusal told with a day
("refused on Monday to ..."), a year told as past on the verb it dates
(`year_told_past`), a weekday read before the publication date, and the roots of an
article's timexes found once (`timex_roots`, `root_map`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date, timedelta

from ..nlp import doc_text
from ..records import Timex
from ..timevalue import TimexValue
from ..timexes.lexicon import WEEKDAYS
from ..words import word_lists
from .attach import span_root
from .dating import EventDate, _as_date
from .lexicon import lemma_of
from .tense import background, finite_verb, present_perfect, told_tense
from .timeheads import _DIGIT, bound, _calendar, deadline, _effective_head, _time_verb

# The word lists of this module: data/toldpast_lists.toml.
_LISTS = word_lists("newsbrief.events", "toldpast_lists.toml")

_UNDONE_COMPLEMENTS = frozenset(_LISTS["undone_complements"])


def _time_of_refusal(doc, timexes: list[Timex], predicates: Mapping[int, int],
                     pub: date | None, out: dict[int, EventDate]) -> None:
    """A time told on the complement of a refusal in the past ("refused to sign the bill
    on Monday", "failed to appear in court on Friday") dates the refusal: the complement's
    act was not done, so the time is the one the refusal was made at (the parser hangs it
    on the nearer verb, which `_governed` dates, and the tagger reads a weekday after a
    bare "to" as ahead). The refusal and its complement take that time, a weekday read
    as the last one before the publication day. Not when the refusal has a time of its
    own ("refused on Tuesday to sign it before Friday"), nor a refusal told in the present
    or the present perfect ("has refused to sign it since Monday": what stands now)."""
    for tx, parsed, root in _calendar(doc, timexes):
        comp = _time_verb(root)
        if comp is None or comp.dep_ != "xcomp" or comp.tag_ != "VB" or \
                deadline(root) or bound(root):
            continue
        refusal = comp.head
        if lemma_of(refusal) not in _UNDONE_COMPLEMENTS or not _told_past_itself(refusal):
            continue
        told = EventDate(parsed[0], parsed[1], tx.text, "text")
        ks = [predicates.get(refusal.i), predicates.get(comp.i)]
        if any(k is not None and k in out and out[k] != told for k in ks[:1]):
            continue  # the refusal's own time
        when = _weekday_before(told, pub)
        if _ahead_of_publication(when, pub):
            continue  # "refused to attend the summit next Monday": the summit's time
        for k in ks:
            if k is not None and out.get(k, told) == told:
                out[k] = when


def _ahead_of_publication(when: EventDate, pub: date | None) -> bool:
    """Is `when` a time a refusal cannot have been made at: one told as ahead ("next
    Monday", "next week", "this week"), or beginning after the day after publication
    ("on December 12" on a December 5 page)? Such a time is the refused act's own, still
    to come ("refused to attend the talks next week"), and the refusal keeps its own day.
    Without a publication day nothing can be told."""
    words = set((when.text or "").lower().replace(",", " ").split())
    span = TimexValue.parse(when.date)
    return pub is None or span is None or bool(words & _AHEAD_WORDS) or \
        span.start > pub + timedelta(days=1)


def _weekday_before(told: EventDate, pub: date | None) -> EventDate:
    """`told`, a bare weekday the tagger read as ahead of the publication day (after the
    day after it), moved to that weekday the week before; anything else as it is."""
    words = set((told.text or "").lower().replace(",", " ").split())
    day = _as_date(told.date)
    if pub is None or day is None or told.precision != "day" or \
            _DIGIT.search(told.text or "") or words & _AHEAD_WORDS or \
            not any(name in words for name in WEEKDAYS) or day <= pub + timedelta(days=1):
        return told
    return replace(told, date=(day - timedelta(days=7)).isoformat() + told.date[10:])


# A time written with its year ("March 2019", "'19") or marked as ahead ("next March").
_YEAR_GIVEN = re.compile(r"\b\d{4}\b|['\u2019]\d\d\b")
_AHEAD_WORDS = frozenset(_LISTS["ahead_words"])
_LATER_ACT_MARKS = frozenset(_LISTS["later_act_marks"])
_FUTURE_AUXES = frozenset(_LISTS["future_auxes"])
_MONTH_NAME = re.compile(r"\b(january|february|march|april|may|june|july|august|september|october|"
                         r"november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b",
                         re.IGNORECASE)


def _told_as_past(doc, timexes: list[Timex], predicates: Mapping[int, int],
                  pub: date | None, out: dict[int, EventDate]) -> None:
    """An act told in the simple past ("ratified the pact in March", "quit on June 3")
    was done before the text was written: a month, or a day of a month, written
    without its year that the tagger placed after the publication day (the next
    March, read forward from a December page) is the last one before it. Only a verb
    told in the simple past or the past perfect itself ("had asked for a recount on Dec.
    21"), or an act the time dates with such a verb it is told on ("accepted a call in
    December", "In a Dec. 21 step, X had asked for ..., leading Y to press ..."); a
    participle or a noun below takes its tense from another verb ("urged them to skip
    the autumn fair in October"); acts told in the present, the future or the present
    perfect keep the tagger's reading
    ("will tour the region in March", "faces a vote on June 3"), and so do weekdays and times
    (read near the publication day), a day just after publication (pages updated the
    next day), a deadline ("by June 9"), a day told as ahead by the word before it
    ("her retirement, effective next Tuesday, June 14") and a day told with a weekday
    that it falls on in the tagger's year (the year before has another weekday)."""
    if pub is None:
        return
    roots = timex_roots(doc, timexes)
    for i, k in predicates.items():
        got = out.get(k)
        if got is None or got.source != "text":
            continue
        tok = doc[i]
        earlier = year_told_past(doc, tok, _dating_root(tok, got.text or "", roots), got,
                                 pub, roots)
        if earlier is not None:
            out[k] = earlier


def _done_act_ahead(doc, timexes: list[Timex], predicates: Mapping[int, int],
                    pub: date | None, out: dict[int, EventDate]) -> None:
    """An act told as done, in the simple past, the past perfect or the present perfect
    ("asked him to meet lawmakers next week", "have accused them of stalling until the
    vote next month"), was done by the time the text was written: a time that begins
    after the day after publication is not its time but that of another act the sentence
    tells, still to come (the meeting asked for, the vote), which the parser hung on the
    done act's verb. Such an act keeps no date from that time, and is dated as an act no
    time governs. Only a time its words tell as ahead ("next week", "the coming month"):
    a bare weekday or month may be the tagger's forward reading off a verb of another
    tense, and a date written with its year or a fitting weekday is the text's own word
    (`year_told_past` leaves them so). Not an act told in the present or the future
    ("will meet next week"), nor a time the act takes effect at ("stepped down effective
    next Monday": the act's own)."""
    if pub is None:
        return
    effective = {tx.text for tx, _, root in _calendar(doc, timexes)
                 if _effective_head(root) is not None}
    for i, k in predicates.items():
        got = out.get(k)
        if got is None or got.source != "text":
            continue
        span = TimexValue.parse(got.date)
        if span is None or span.start <= pub + timedelta(days=1):
            continue
        tok = doc[i]
        if tok.pos_ not in ("VERB", "AUX") or not (
                _told_past_itself(tok) or present_perfect(tok)) or _clause_of_later_act(tok):
            continue
        words = set((got.text or "").lower().replace(",", " ").split())
        if got.text in effective or not words & _AHEAD_WORDS:
            # only a time its words tell as ahead ("next week"): a bare weekday or month
            # may be the tagger's forward reading, and a date written with its year or a
            # fitting weekday is the text's own word (`year_told_past` leaves them so)
            continue
        del out[k]


def _clause_of_later_act(tok) -> bool:
    """Is `tok` the verb of a clause that tells an act still to come although its tense
    is perfect: opened by "after", "once", "when", "until" ... ("once the troops have
    withdrawn next month, the two sides will sign"), or under a main verb told with
    "will" or "would"? Its time ahead is its own (reread Y, stop 54)."""
    if tok.dep_ != "advcl" or not present_perfect(tok):
        # a simple past in such a clause is done ("withdrew after the envoy demanded talks
        # next week"): the time ahead is the talks' (reread Z, stop 54)
        return False
    if any(c.dep_ == "mark" and c.lower_ in _LATER_ACT_MARKS for c in tok.children):
        return True
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUXES for c in tok.head.children)


def timex_roots(doc, timexes: Iterable[Timex]) -> list:
    """(timex, its root token) of each timex with one (what `year_told_past` reads)."""
    roots = [(tx, span_root(doc, tx.start, tx.end)) for tx in timexes]
    return [(tx, root) for tx, root in roots if root is not None]


def root_map(roots: list) -> dict[tuple[int, int], object]:
    """The root token of each timex with one, by its span ((start, end) -> root), from
    `timex_roots`: for `_calendar` and the like, so an article's timex roots are found
    once."""
    return {(tx.start, tx.end): root for tx, root in roots}


def year_told_past(doc, tok, root, got: EventDate, pub: date | None,
                   roots: list) -> EventDate | None:
    """`got`, the date a timex rooted at `root` gives the verb `tok`, moved to the year
    before when `_told_as_past` reads it so (a month or a day of a month with no year,
    placed after the publication day, on an act told in the simple or past perfect);
    None when it stands. Shared with `StoryTime`, whose sentence times must read a bare
    month as the acts they date do ("seized the town in March. Earlier in the day, ...":
    one March, not the tagger's next one for the second act)."""
    if pub is None or got.date is None or got.precision not in ("day", "month"):
        return None
    text = got.text or ""
    if not (_told_past_itself(tok) or _told_past_itself(_time_verb(root))):
        return None
    if not _MONTH_NAME.search(text) or _YEAR_GIVEN.search(text) or deadline(root) or \
            (root is not None and _effective_head(root) is not None) or \
            any(w in _AHEAD_WORDS for w in text.lower().split()) or \
            _told_ahead(doc, root, text, roots) or _weekday_fixes_year(text, got.date):
        return None
    if got.precision == "month":
        ahead = got.date > pub.isoformat()[:7]
    else:
        day = _as_date(got.date)
        ahead = day is not None and day > pub + timedelta(days=1)
    if not ahead:
        return None
    rest = got.date[4:]
    return replace(got, date=f"{int(got.date[:4]) - 1:04d}{'-02-28' if rest == '-02-29' else rest}")


def _told_past_itself(tok) -> bool:
    """Is `tok` a finite verb told in the simple past or the past perfect ("quit",
    "had called")?"""
    return tok is not None and tok.pos_ in ("VERB", "AUX") and \
        getattr(finite_verb(tok), "i", None) == tok.i and \
        (told_tense(tok) == "past" or background(tok))



def _told_ahead(doc, root, text: str, roots: list) -> bool:
    """Is the timex with these words whose root is `root` (`_dating_root`) told as ahead
    by the word just before it ("her retirement, effective next Tuesday, June 14": the
    tagger's timex starts at the weekday)?"""
    starts = [tx.start for tx, r in roots if r is root and tx.text == text]
    if root is None or not starts:
        return False
    before = doc_text(doc)[max(0, starts[0] - 20):starts[0]].split()
    return bool(before) and before[-1].lower() in _AHEAD_WORDS


def _weekday_fixes_year(text: str, value: str | None) -> bool:
    """Does the timex name a weekday that its day falls on in the tagger's year ("Wednesday,
    July 31" read as 2019-07-31, a Wednesday)? Then the writer's weekday says the year, and
    the year before (a Tuesday then) is no reading of it."""
    day = _as_date(value)
    if day is None:
        return False
    named = [number for name, number in WEEKDAYS.items() if name in text.lower()]
    return len(named) == 1 and day.isoweekday() == named[0]


def _dating_root(tok, text: str, roots: list) -> "object | None":
    """The root token of the timex with these words that dates `tok`: the one in its
    sentence nearest to it, else the nearest one ("by June 9" in one sentence says
    nothing of "on June 9" in another)."""
    same = [root for tx, root in roots if tx.text == text]
    if not same:
        return None
    return min(same, key=lambda root: (root.sent.start != tok.sent.start, abs(root.i - tok.i)))
