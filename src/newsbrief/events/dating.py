"""The date of an event: from the time expression that governs it, else the
publication date, else none.

A timex dates an event when it governs the event's predicate (or its noun):
"signed in June", "took effect Wednesday", "the invasion in February 2022",
"On Tuesday, investigators sent ...". A timex on a reporting verb ("KCNA
reported Thursday") or in another clause does not. It also reaches an event
below it through control and coordination ("Five years ago she was trying to
convince X to hold a vote"; "Last week, Trump said ... and threatened ..."),
and through a verb of occurring whose subject is the event ("the invasion
began in 2022", "the meeting took place on Tuesday").

With no such timex (`StoryTime.untimed`) the publication day stands in
(`date_source` "published") only for an act told as news: the lead's, and the
body's in the simple past (words said, in a story that names its publication day)
or present with nothing else to date it. An act the lead
tells in the past takes the day the lead names ("The chairman demanded Wednesday
... He complained in a letter ...") and, in a story that names no day near its
publication (an analysis, an opinion piece), no day at all; a body sentence in the
past goes on at the one near day the sentence before it names, even where that day
hangs on a noun ("The board met for hours on Friday. Two members voted against."). A story
whose one near day is the day before its publication tells that day's news: its untimed
acts of the day take that day, not the publication day. A sentence that opens with a
participle told on a day ("Speaking in Lyon on Friday, the minister announced ...") dates
its main act by that day. Background is
left undated (`date_source` "none"): an act in the past perfect ("had signed"),
in the present perfect outside the lead, in a clause ordered before another
("after a judge rejected ..."), habitual ("met nine times"), reported under a
verb in the perfect, told of a person in a relative clause ("On Friday the pilot who
bombed the depot resigned": who the person is, not the act of that day) or on the thing
its own subject acted on ("On Tuesday the assembly approved the resolution the governor
requested": which resolution, `documents.object_gap_relative`), a charge told
in the present passive in the body ("X is charged with fraud": a charge that stands,
unless the lead tells the charging), the act a bare gerund tells as what a verb of
judging judges someone for ("blasted X on Tuesday for demanding witnesses": done before
the judging), or in a sentence whose
own time expression lies elsewhere
in time (a sentence about 1939 or "ten years ago" does not happen on the
publication day). The text also dates an act from another one: "a day later",
"the next day" count from the sentence before, "a day after rebels launched attacks"
from the act of the same sentence it hangs on, and a sentence in the simple past
with no time of its own goes on at the time of the one before it (a day it
dates, or the far past it tells). Values are TIMEX3 values already normalised
against the publication date.

This module holds what the others share: the `EventDate` record, the publication
date read as one, and counting days from a date ("two days later"). The rest lives
in one module per idea (split from this one, 2026-12-05), each importing only those
above it in this list:

- `events.tense`: how a clause is told (its finite verb and auxiliaries: simple past,
  present perfect, past perfect, a modal), and `background`, an act in the past perfect.
- `events.saying`: reported speech (a verb of saying, its content clause, an act told
  in words or in a report of something going on).
- `events.governing`: which time expression governs which predicate
  (`attach_timexes`), directly, through control and coordination, or through a verb
  of occurring; with the readers it calls, each a module of its own:
  `events.timeheads` what a time hangs on (its root, the verb it is told on, a bound
  or a deadline), `events.nountimes` the time of a noun apart from the act around it,
  `events.mediums` the time a saying is told at (`saying_time`) and
  the medium it is told in, `events.occasions` a time taken from the occasion an act
  is told at (a cleft, an occasion noun), `events.whenclauses` the "when" and "as"
  clause a time is told in, `events.documents` what a document says, dated when it
  was issued, `events.toldpast` a time told as past or ahead of publication,
  `events.totals` a running total since a start, and `events.reasons` what an act
  answers or is judged for (`judged_for`).
- `events.undated`: the acts an untimed sentence tells as background, left undated
  (ordered before another act, habitual, a record or an earlier act, a person's
  description).
- `events.storytime`: the time of a story's untimed acts (`StoryTime.untimed`): the
  publication day standing in, the day the lead or the sentence before names, a day
  counted from another act, and sentences far from the publication in time
  (`far_sentences`).
"""

from __future__ import annotations

from datetime import date, timedelta
from collections.abc import Iterable
from dataclasses import dataclass, replace

from ..records import Timex
from ..timexes.lexicon import WEEKDAYS
from ..timevalue import TimexValue, duration_hours, event_date
from ..words import word_lists
from .quantities import units as quantity_units

# The word lists of this module: data/dating_lists.toml.
_LISTS = word_lists("newsbrief.events", "dating_lists.toml")


@dataclass(frozen=True)
class EventDate:
    date: str | None
    precision: str | None  # day, week, month, year
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


# The weekday names of the timex lexicon (timexes/data/lexicon.toml: name -> ISO number).
_WEEKDAYS = frozenset(WEEKDAYS)
# Words that fix which week a weekday is in ("last Saturday", "this Friday"): left alone.
_WEEK_WORDS = frozenset(_LISTS["week_words"])


def story_weekdays(timexes: Iterable[Timex], published: str | None,
                   page_day: bool = False) -> tuple[list[Timex], str | None]:
    """(timexes, the last day the story tells of): the timexes with a bare weekday that reads as six days before the publication
    day (the weekday after it: "said Saturday" in a story dated Friday) read as the day
    after publication instead. The publication day a news page carries is mostly the
    first day of a story that was then updated, so such a weekday tells of the next day;
    a week-old day is named "last Saturday". Read on the 1,058 judged articles: 16 of
    the 20 stories with such a weekday meant the day after (a press conference, an
    arrival, a report "early Friday"); weekdays five days back are left alone (they were
    mostly last week's). The last day is then that next day (`StoryTime` counts it as a
    day of the story's news), else the publication day. On a Sunday page "last week" is
    the week that ends that day (the judges' reading of the judged articles: 2 gold dates
    and 2 blind labels, none the other way), not the ISO week before. Event dating only:
    the time tagger, whose document dates are exact in TempEval-3, is unchanged.
    `page_day`: the text opens on a line that writes the publication day (a Wikinews
    page's day line): the page is of that day, not the first day of a story updated
    later, and the weekday stays the one before it (read on the Wikinews judged
    articles: "On Thursday, X imposed ..." on a Wednesday page was the Thursday before)."""
    pub = _as_date(published)
    if pub is None:
        return list(timexes), published
    back = (pub - timedelta(days=6)).isoformat()
    ahead = (pub + timedelta(days=1)).isoformat()
    sunday_week = week_before = None
    if pub.weekday() == 6:
        year, week, _ = pub.isocalendar()
        sunday_week = f"{year:04d}-W{week:02d}"
        year, week, _ = (pub - timedelta(days=7)).isocalendar()
        week_before = f"{year:04d}-W{week:02d}"
    out = []
    for tx in timexes:
        words = {w.removesuffix("'s").removesuffix("\u2019s")
                 for w in tx.text.lower().replace("-", " ").split()}
        # (not a weekday told with its date, "Saturday 27 February": the date is the day)
        if not page_day and tx.type in ("DATE", "TIME") and (tx.value or "")[:10] == back and \
                words & _WEEKDAYS and not words & _WEEK_WORDS and \
                not any(ch.isdigit() for ch in tx.text):
            tx = replace(tx, value=ahead + tx.value[10:])
            published = ahead
        elif sunday_week is not None and tx.type == "DATE" and tx.value == week_before and \
                "last week" in " ".join(tx.text.lower().split()):
            # "last week" on a Sunday page: the week that ends that day (the tagger, whose
            # TempEval-3 Sunday documents mean the ISO week before, is unchanged)
            tx = replace(tx, value=sunday_week)
        out.append(tx)
    return out, published


def _as_date(value: str | None) -> date | None:
    span = TimexValue.parse(value)
    return span.start if span is not None else None
_UNIT_DAYS = {w: int(n) for w, n in (e.split() for e in _LISTS["unit_days"])}
_COARSE_UNITS = dict(e.split() for e in _LISTS["coarse_units"])
_DAY_NOUNS = frozenset(_LISTS["day_nouns"])


# Parts of a unit a count may add ("and a half"): such a count is no whole one.
_FRACTION_WORDS = frozenset(_LISTS["fraction_words"])
_NUMBER_WORDS = {w: int(n) for w, n in (e.split() for e in _LISTS["number_words"])}


def _approximate(text: str) -> bool:
    """Does a span open on a qualifier of its count ("more than two years", "nearly a
    year", "some three weeks"; the qualifiers of events.quantities, but "exactly" and
    "only")? Counted back by that, the year or the month is a guess (over two years back
    from a day of 2014 may be 2011)."""
    words = tuple(text.lower().split())
    return any(words[:len(q)] == q and canon not in ("exactly", "only")
               for q, canon in quantity_units().qualifiers)


def _exact_count(doc, root, start: int) -> bool:
    """Is a counted span told as a whole count, neither a fraction ("three and a half
    years", "a year and a half") nor hedged, in its words or just before them ("about
    two weeks after", "roughly a year after", where the hedge is no word of the tagger's
    span)? Counted back by a hedged or broken count, the year or month is a guess."""
    if any(t.lower_ in _FRACTION_WORDS for t in root.subtree):
        return False
    first = min(root.left_edge.i, next((t.i for t in doc if t.idx >= start), root.i))
    return not any(_approximate(doc[k:root.i + 1].text)
                   for k in range(max(0, first - 2), first + 1))


def _moved_by(base: "EventDate | None", n: int, unit: str, text: str) -> EventDate:
    """The week, month or year `n` of `unit` from the day (or month, or year) `base`
    ("a year after" a Sunday in July 2019: 2019 - 1); undated when `base` is coarser
    than the unit or missing."""
    if base is None or base.date is None:
        return UNDATED
    takes = {"week": ("day",), "month": ("day", "month"), "year": ("day", "week", "month", "year")}
    if base.precision not in takes.get(unit, ()):
        return UNDATED
    year = int(base.date[:4])
    if unit == "year":
        return EventDate(f"{year + n:04d}", "year", text, "text")
    if unit == "month":
        months = year * 12 + int(base.date[5:7]) - 1 + n
        return EventDate(f"{months // 12:04d}-{months % 12 + 1:02d}", "month", text, "text")
    day = date.fromisoformat(base.date) + timedelta(weeks=n)
    iso_year, week, _ = day.isocalendar()
    return EventDate(f"{iso_year:04d}-W{week:02d}", "week", text, "text")


def _whole_days(value: str | None) -> int | None:
    """The days a span of hours or minutes moves an act by: none for less than a day
    or a span with no count ("12 hours after", "hours later": the same day), the days
    of a count of whole days ("72 hours after": three days after), and None, no day
    the text gives, for any other count ("36 hours after": the next day or the one
    after)."""
    hours = duration_hours(value)
    if hours is None or hours < 24:
        return 0
    days, rest = divmod(hours, 24)
    return int(days) if rest == 0 else None


def _moved_back(moved: "EventDate | None", step: int) -> EventDate:
    """The day a counted span started from: `moved` (a day the span reached) less its
    days; no day when the span reached none."""
    if moved is None or moved.date is None or moved.precision != "day":
        return UNDATED
    day = date.fromisoformat(moved.date) - timedelta(days=step)
    return EventDate(day.isoformat(), "day", moved.text, "text")


def _count(noun) -> int | None:
    """How many of the unit a noun counts ("a day", "two days", "3 days"), or None. An
    article counts one only before the unit itself: before a plural ("a few days", "a
    couple days") it belongs to a word of some number, which is no count."""
    counts = [c for c in noun.children if c.dep_ == "nummod"]
    for c in counts:
        # "a further two days", "an extra three days": the number, not the article
        if c.lower_ in _NUMBER_WORDS:
            return _NUMBER_WORDS[c.lower_]
        if c.text.isdigit() and len(c.text) <= 2:
            return int(c.text)
    # no number: an article ("a day") counts one, but not before a plural (see above)
    for c in noun.children:
        if c.dep_ == "det" and c.lower_ in _NUMBER_WORDS:
            return None if noun.tag_ in ("NNS", "NNPS") else _NUMBER_WORDS[c.lower_]
    return None
