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
bombed the depot resigned": who the person is, not the act of that day), or in a sentence whose
own time expression lies elsewhere
in time (a sentence about 1939 or "ten years ago" does not happen on the
publication day). The text also dates an act from another one: "a day later",
"the next day" count from the sentence before, "a day after rebels launched attacks"
from the act of the same sentence it hangs on, and a sentence in the simple past
with no time of its own goes on at the time of the one before it (a day it
dates, or the far past it tells). Values are TIMEX3 values already normalised
against the publication date.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, timedelta
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from spacy.attrs import IDX

from ..nlp import doc_text, doc_words
from ..records import Timex
from ..timexes.lexicon import WEEKDAYS
from ..timevalue import TimexValue, duration_hours, event_date
from .arguments import PRON_RELATIVE, first_conjunct, first_person
from .attach import governor, span_root
from ..words import told_as_known, word_lists
from ..merging.likeness import same_family
from .lexicon import lemma_of, word_classes
from .predicate import MODALS as PREDICATE_MODALS
from .retell import ANOTHER
from .quantities import units as quantity_units

_DIGIT = re.compile(r"\d")
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
# Ways a predicate hangs below a verb that share that verb's time: control
# ("trying to persuade"), objects and their prepositions ("held talks on").
_SHARES_TIME = frozenset({"xcomp", "dobj", "pobj", "prep", "pcomp", "acomp", "oprd",
                          "compound", "amod"})
# Of those, the ways a thing (not an act of the same actor) hangs below a verb: below a
# reporting verb ("reported the attack", "found that ..."), its time is not the report's.
_NOMINAL = _SHARES_TIME - {"xcomp"}
_ORDERING_PREPS = frozenset(_LISTS["ordering_preps"])
# Of those, the ones that put the act before or after the time ("during 2016" dates it).
_BOUND_PREPS = _ORDERING_PREPS - {"during", "amid"}
# Verbs of the lexicon's reporting class that tell no saying of their own ("tried to",
# "began to", "let"): not verbs of reporting here.
_NOT_REPORTING = frozenset(_LISTS["not_reporting"])
_REPORTING = word_classes()["reporting"] - _NOT_REPORTING


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


def attach_timexes(doc, timexes: Iterable[Timex], predicates: Mapping[int, int],
                   lines: list[int] | None = None,
                   published: str | None = None) -> dict[int, EventDate]:
    """Event index -> the date of the first calendar timex that governs it (see
    the module docstring for how far a timex reaches). With `published`, a time
    long past inside "after/following/since ..." does not date the verb it bounds
    ("After the war in 1999, X accused Y": the accusation came later)."""
    timexes = list(timexes)
    out = _governed(doc, timexes, predicates, lines, _as_date(published))
    _inherit(doc, timexes, predicates, lines, out)
    _progressive_reported(doc, timexes, predicates, lines, out)
    _document_content(doc, timexes, predicates, lines, out)
    _what_the_event_did(doc, timexes, predicates, lines, out)
    _told_as_past(doc, timexes, predicates, _as_date(published), out)
    return out


# A time written with its year ("March 2019", "'19") or marked as ahead ("next March").
_YEAR_GIVEN = re.compile(r"\b\d{4}\b|['\u2019]\d\d\b")
_AHEAD_WORDS = frozenset(_LISTS["ahead_words"])
_MONTH_NAME = re.compile(r"\b(january|february|march|april|may|june|july|august|september|october|"
                         r"november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b",
                         re.IGNORECASE)
# A time after these is a bound or a deadline ("demanded an answer by June 9"), not
# the time of the act.
_DEADLINE_PREPS = frozenset(_LISTS["deadline_preps"])


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
    roots = [(tx, span_root(doc, tx.start, tx.end)) for tx in timexes]
    roots = [(tx, root) for tx, root in roots if root is not None]
    for i, k in predicates.items():
        got = out.get(k)
        tok = doc[i]
        if got is None or got.source != "text" or got.date is None or \
                got.precision not in ("day", "month"):
            continue
        text = got.text or ""
        root = _dating_root(tok, text, roots)
        if not (_told_past_itself(tok) or _told_past_itself(_time_verb(root))):
            continue
        if not _MONTH_NAME.search(text) or _YEAR_GIVEN.search(text) or _deadline(root) or \
                (root is not None and _effective_head(root) is not None) or \
                any(w in _AHEAD_WORDS for w in text.lower().split()) or \
                _told_ahead(doc, root, text, roots) or _weekday_fixes_year(text, got.date):
            continue
        if got.precision == "month":
            ahead = got.date > pub.isoformat()[:7]
        else:
            day = _as_date(got.date)
            ahead = day is not None and day > pub + timedelta(days=1)
        if not ahead:
            continue
        rest = got.date[4:]
        out[k] = replace(got, date=f"{int(got.date[:4]) - 1:04d}{'-02-28' if rest == '-02-29' else rest}")


def _told_past_itself(tok) -> bool:
    """Is `tok` a finite verb told in the simple past or the past perfect ("quit",
    "had called")?"""
    return tok is not None and tok.pos_ in ("VERB", "AUX") and \
        getattr(finite_verb(tok), "i", None) == tok.i and \
        (told_tense(tok) == "past" or background(tok))


def _time_verb(root):
    """The verb a timex is told on: itself ("accepted a call in December"), or through
    the occasion it sets ("In a Dec. 21 step, X had asked for ..."); None for a time
    told inside a noun's phrase or a clause below ("urged them to skip the autumn fair
    in October"). The acts it dates with that verb were done when the verb says."""
    if root is None:
        return None
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep":
        if head.lower_ not in _SETTING_PREPS | {"on"}:
            return None  # ("was set for December", "postponed to May")
        head = head.head
    elif root.dep_ in ("compound", "nmod", "nummod", "amod", "poss") and \
            head.dep_ == "pobj" and head.head.lower_ in _SETTING_PREPS:
        head = head.head.head  # "In a sudden Dec. 21 step, ..."
    elif root.dep_ not in ("npadvmod", "tmod"):
        return None
    return head if head.pos_ in ("VERB", "AUX") else None


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


def _deadline(root) -> bool:
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
    if not _deadline(root) or root.ent_type_ == "TIME" or \
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


def _what_the_event_did(doc, timexes: list[Timex], predicates: Mapping[int, int],
                        lines: list[int] | None, out: dict[int, EventDate]) -> None:
    """What an event the text dates did, told in a clause on its noun ("the Aug. 21
    attack that killed hundreds", "Monday's strike, which destroyed a bridge", "the raid
    on Friday killing two"): it happened then. Only a clause whose subject is the noun
    (a relative pronoun, or a participle of its own), in the past; not an act done to
    the noun by another ("the deal that X signed"), nor a standing state ("a 2015 law
    that bans ...")."""
    calendar = [(tx, parsed, root) for tx, parsed, root in
                _calendar(doc, sorted(timexes, key=lambda t: t.start)) if not _bound(root)]
    if not calendar:
        return
    for i, k in predicates.items():
        if k in out:
            continue
        clause = doc[i]
        if clause.pos_ != "VERB" or clause.dep_ not in ("relcl", "acl"):
            continue
        if clause.dep_ == "relcl":
            if _where_clause(clause):
                pass  # "the May 3 hearing where Sweden accused Finland": done there
            elif clause.tag_ != "VBD" or not any(
                    c.dep_ == "nsubj" and c.lower_ in ("that", "which", "who")
                    for c in clause.children):
                continue
        elif clause.tag_ != "VBG" or clause.i < clause.head.i or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            continue
        noun = clause.head
        if noun.pos_ != "NOUN" or (lines is not None and lines[noun.i] != lines[i]):
            continue
        for tx, parsed, root in calendar:
            if root.i < clause.i and _on_noun(root, noun):
                out[k] = EventDate(parsed[0], parsed[1], tx.text, "text")
                break


def _where_clause(clause) -> bool:
    """A relative clause opened by "where" or by "in / at / during which" and told in
    the past ("the May 3 hearing where Sweden accused Finland", "a call on Tuesday in
    which the governor urged the mayors", "the summit at which the pact was signed"):
    what was done at the occasion the noun names."""
    return any((c.dep_ == "advmod" and c.lower_ == "where") or occasion_which(c)
               for c in clause.children if c.i < clause.i) and told_tense(clause) == "past"


# Prepositions that, before "which", put a relative clause's act at the occasion its
# noun names ("the call in which", "the hearing at which", "the talks during which").
_OCCASION_WHICH = frozenset(_LISTS["occasion_which"])


def occasion_which(child) -> bool:
    """"in which", "at which", "during which" opening a relative clause (also read by
    modality's exercise rule: what happens inside the occasion a noun names)."""
    return child.dep_ == "prep" and child.lower_ in _OCCASION_WHICH and any(
        g.dep_ == "pobj" and g.lower_ == "which" for g in child.children)


def _on_noun(root, noun) -> bool:
    """Does a timex tell the time of `noun` itself: before it ("the 2012 attack",
    "Monday's attack", "the Sept. 11, 2012 attack") or in a phrase on it ("the attack on
    Monday", "the raid in March")?"""
    head = root.head
    for _ in range(3):  # "the Aug. 21 chemical weapons attack"
        if head.i == noun.i or head.dep_ != "compound" or head.head.i == head.i:
            break
        head = head.head
    if head.i == noun.i:
        return root.i < noun.i or root.dep_ in ("npadvmod", "tmod")
    return root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("on", "in") \
        and head.head.i == noun.i


def _progressive_reported(doc, timexes: list[Timex], predicates: Mapping[int, int],
                          lines: list[int] | None, out: dict[int, EventDate]) -> None:
    """What was going on when it was told, told in the past progressive in the content
    clause of a verb of saying that carries its own time ("In May in Lisbon, the
    minister said Spain was pressing Morocco to ...", "said on Friday that troops were
    shelling the town"): it went on at that time, a day or one long past (a plain past
    in that clause may be older: it keeps the rules for an act with no time)."""
    on_verb: dict[int, tuple[Timex, tuple[str, str]]] = {}
    for tx, parsed, root in _calendar(doc, sorted(timexes, key=lambda t: t.start)):
        if _bound(root) or _prenominal(root) or _names_a_time(root):
            continue
        verb = root.head.head if root.dep_ == "pobj" else root.head
        said = _rehung(root)
        if said is not None:
            verb = said
        elif not _on_verb_itself(root, verb):
            continue
        if verb.i not in on_verb and \
                (lines is None or lines[verb.i] == lines[root.i]):
            on_verb[verb.i] = (tx, parsed)
    if not on_verb:
        return
    for i, k in predicates.items():
        if k in out:
            continue
        said = _report_of_progressive(doc[i])
        hit = on_verb.get(said.i) if said is not None else None
        if hit is not None and (lines is None or lines[said.i] == lines[i]):
            tx, parsed = hit
            out[k] = EventDate(parsed[0], parsed[1], tx.text, "text")


# Things that say or ask something: what a clause on them tells them saying ("a plan
# that called for ...", "the report that found ...", "a letter urging ...") was said
# when the thing was issued.
_DOCUMENTS = frozenset(_LISTS["documents"])


def _document_content(doc, timexes: list[Timex], predicates: Mapping[int, int],
                      lines: list[int] | None, out: dict[int, EventDate]) -> None:
    """An act a document says, told in a clause on it ("published a proposal on
    Monday that demanded ...", "the March report that faulted ...", "signed a petition
    organized on Thursday urging ..."), takes the time the text gives the document:
    a time on the noun itself, on a participle describing it, or on the verb whose
    object it is (not a bound: "since", "after")."""
    calendar = [(tx, parsed, root) for tx, parsed, root in
                _calendar(doc, sorted(timexes, key=lambda t: t.start))
                if not _bound(root) and not (root.dep_ == "pobj" and root.head.lower_ == "for")]
    if not calendar:
        return
    for i, k in predicates.items():
        if k in out:
            continue
        clause = doc[i]
        if clause.pos_ not in ("VERB", "AUX") or clause.dep_ not in ("relcl", "acl") or \
                clause.tag_ not in ("VBD", "VBG", "VBN"):
            continue
        noun = clause.head
        if lemma_of(noun) not in _DOCUMENTS and noun.lower_ not in _DOCUMENTS:
            continue
        if lines is not None and lines[noun.i] != lines[i]:
            continue
        hit = _time_of_thing(noun, calendar, clause)
        if hit is not None:
            tx, parsed = hit
            out[k] = EventDate(parsed[0], parsed[1], tx.text, "text")


def _time_of_thing(noun, calendar, clause):
    """(timex, parsed) the text gives a thing: on the noun ("the March report",
    "a petition on Friday"), on another participle describing it ("a petition drafted
    on Friday"), or on the verb whose object or subject it is ("published a proposal on
    Tuesday")."""
    def hangs_on(root, tok) -> bool:
        head = root.head
        for _ in range(3):  # "the March Senate panel report"
            if head.dep_ != "compound" or head.head.i == head.i or head.i == tok.i:
                break
            head = head.head
        return head.i == tok.i or (head.dep_ == "prep" and head.head.i == tok.i)

    describing = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.i != clause.i]
    for tx, parsed, root in calendar:
        if hangs_on(root, noun) or any(hangs_on(root, d) for d in describing):
            return tx, parsed
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ not in _ORDERING_PREPS:
        verb = verb.head
    elif noun.dep_ not in ("dobj", "nsubjpass", "nsubj"):
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for tx, parsed, root in calendar:
        if hangs_on(root, verb) and root.i != noun.i:
            return tx, parsed
    return None


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
              lines: list[int] | None, pub: date | None = None) -> dict[int, EventDate]:
    out: dict[int, EventDate] = {}
    # Explicit calendar dates ("March 14, 2019") before relative words ("overnight",
    # "recently") when both hang on one event; otherwise text order.
    timexes = sorted(timexes, key=lambda t: (not _DIGIT.search(t.text), t.start))
    for tx, parsed, root in _calendar(doc, timexes):
        if _names_a_time(root):
            continue  # "asked for a deadline of June 1": what was asked for, not when
        if _due_date(root):
            continue  # "demanded the files by June 9": when they are due, not when asked
        if _prenominal(root):
            # "a 2015 purge", "Monday's bombing": the time of that noun
            # alone; when it is no event, the time dates nothing around it
            owner = predicates.get(root.head.i)
            if owner is not None and owner not in out:
                out[owner] = EventDate(parsed[0], parsed[1], tx.text, "text")
            continue
        period = _period_of_noun(root, tx)
        nouns = [period] if period is not None else _noun_owns_time(root)
        effective = _effective_head(root) if not nouns else None
        if effective is not None:
            nouns = [_taking_effect(effective)]
            if nouns[0] is None:
                continue  # "announced new rules effective June 1": not the announcing's day
        if nouns:
            # "approved a budget for 2018", "sought advice before Friday's announcement":
            # the time of a noun, not of the act around it (an event noun takes it)
            owner = next((predicates[n.i] for n in nouns if n.i in predicates), None)
            if owner is not None and owner not in out:
                out[owner] = EventDate(parsed[0], parsed[1], tx.text, "text")
            continue
        line_verb = _line_verb(root, lines) or _fronted_verb(root) or _rehung(root)
        owner = governor(root, predicates, lines) if line_verb is None else \
            predicates.get(line_verb.i)
        if owner is not None and _anothers_time(root) and predicates.get(root.head.i) != owner:
            # "welcomed the win of the reformists in Sunday's vote": Sunday is the
            # vote's, not the welcoming's ("voted against Monday's motion" is the vote's)
            owner = None
        if owner is not None and _topic_occasion(root, predicates):
            # "its inquiry into fraud in the 2014 vote": 2014 is the vote's (and the
            # fraud's), the topic of the inquiry, not the inquiry's time
            owner = None
        if owner is None:
            owner = _occurrence(root, predicates, lines)
        opened = _opening_participle(root, parsed)
        if opened is not None and opened.i in predicates and predicates[opened.i] not in out:
            # "Speaking in Lyon on Friday, the minister announced ...": the day of an
            # opening participle is the day of the act it goes with
            out[predicates[opened.i]] = EventDate(parsed[0], parsed[1], tx.text, "text")
        if owner is not None and pub is not None and \
                _far_bound_of_verb(root, pub, tx, predicates):
            owner = None
        if owner is not None and owner not in out:
            out[owner] = EventDate(parsed[0], parsed[1], tx.text, "text")
        scene = _scene_act(root, predicates)
        if scene is not None and scene not in out and owner is not None and owner != scene:
            # "During the May 2015 party meeting, Norway accused Sweden": the occasion the
            # act took place at is an event of its own; its time is the act's too
            out[scene] = EventDate(parsed[0], parsed[1], tx.text, "text")
        subject = _subject_time(root, predicates)
        if subject is not None and subject not in out:
            out[subject] = EventDate(parsed[0], parsed[1], tx.text, "text")
        for clause in root.children:
            # "Friday night when a gunman opened fire": the time the clause tells of.
            k = predicates.get(clause.i)
            if k is not None and k not in out and clause.dep_ in ("relcl", "acl") and \
                    any(c.lower_ == "when" for c in clause.children if c.i < clause.i):
                out[k] = EventDate(parsed[0], parsed[1], tx.text, "text")
        for verb in _when_clause_after(root, tx, lines):
            k = predicates.get(verb.i)
            if k is not None and k not in out:
                out[k] = EventDate(parsed[0], parsed[1], tx.text, "text")
    return out


# A "when" clause may hang on the time ("last March, when ...": relcl), on the verb
# before it or on the main verb after it (advcl); these are the clause's links.
_WHEN_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl"})


def _when_clause_after(root, tx: Timex, lines: list[int] | None = None) -> list:
    """The verbs of a "when" clause told right after a time ("the rift deepened last
    March, when Norway recalled its envoy and closed its consulate"; "talks broke
    down on Tuesday when Norway walked out"): the time the clause tells of, whatever
    the parse hangs the clause on (the time noun, the verb before it, or the main verb
    after it). Only "when" right after the time (a comma between at most), a clause of
    its own (not the "when" of a question, "asked on Monday when troops would
    leave"), on the time's line; the clause's verb and the verbs joined to it."""
    doc = root.doc
    i = next((t.i for t in doc[root.i:] if t.idx >= tx.end), len(doc))
    while i < len(doc) and doc[i].text in (",", "\u2014", "-", "--"):
        i += 1
    if i >= len(doc) or doc[i].lower_ != "when" or doc[i].dep_ not in ("advmod", "mark"):
        return []
    when = doc[i]
    clause = when.head
    if clause.i <= when.i or clause.dep_ not in _WHEN_CLAUSE_DEPS or \
            clause.pos_ not in ("VERB", "AUX"):
        return []
    if lines is not None and lines[clause.i] != lines[when.i]:
        return []
    verbs = [clause]
    for verb in verbs:
        verbs.extend(c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                     and c not in verbs)
    return verbs


def _period_of_noun(root, tx: "Timex | None" = None):
    """The noun a timex after "for" tells the period of ("a budget for 2018", "its plans
    for fiscal year 2019"; also when the parser hangs "for" on the verb after its object:
    "approved a budget for 2018"): what the thing is for, not when the act that names it
    was done. None for a time after "for" on a verb with no object before it ("was
    scheduled for Friday")."""
    if root.dep_ != "pobj" or root.head.dep_ != "prep" or root.head.lower_ != "for" or \
            root.left_edge.i != root.head.i + 1 or root.head.i + 1 >= len(root.doc) or \
            (tx is not None and root.doc[root.head.i + 1].idx < tx.start):
        return None  # the time must be what "for" takes ("for a plan named X last month")
    head = root.head.head
    if head.pos_ in ("NOUN", "PROPN"):
        return head
    if head.pos_ in ("VERB", "AUX"):
        objects = [c for c in head.children if c.dep_ == "dobj" and c.i < root.head.i
                   and c.pos_ in ("NOUN", "PROPN")]
        return objects[0] if objects else None
    return None


# A clause introduced so happened at another time than the clause it hangs on.
_PRIOR_MARKS = frozenset(_LISTS["prior_marks"])
_PRIOR_PREPS = _PRIOR_MARKS - {"once"} | frozenset(_LISTS["prior_preps_extra"])
# Prepositions that put an act before (or after, but never at) the time of a noun
# ("before Friday's announcement", "since the 2016 vote"): the prior prepositions but those
# of a time after which the act is ("after Monday's vote": a reaction as often of that day).
_AFTER_PREPS = frozenset(_LISTS["prior_preps_after"])
_BEFORE_PREPS = _PRIOR_PREPS - _AFTER_PREPS


def _noun_owns_time(root) -> list:
    """[the noun] a time told before a noun after "before"/"since" belongs to ("had
    sought advice before Friday's announcement": done before that day, not on it; the
    noun's own record takes it). Empty otherwise. (A scene inside the object, "denied
    any part in the 2014 vote", was tried too: as often the parser hangs the verb's
    own scene on its object, "struck down the law in the 2013 case"; not taken.)"""
    if root.dep_ not in ("poss", "nmod", "compound", "nummod", "amod"):
        return []
    noun = root.head
    for _ in range(3):
        if noun.dep_ != "compound" or noun.head.i == noun.i:
            break
        noun = noun.head
    if noun.i == root.i or root.i > noun.i or noun.pos_ not in ("NOUN", "PROPN") or \
            noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return []
    return [noun] if noun.head.lower_ in _BEFORE_PREPS else []


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


def _taking_effect(effective):
    """What takes effect at the time told on `effective` (`_effective_head`) and is dated
    by it: the act it goes with ("will step down effective March 31") or a noun it
    describes ("the resignation, effective July 31, was accepted"). None when that is a
    verb of saying or what one announces ("announced his resignation effective July 31",
    "announced new rules, effective June 1"): the act told is the announcing, not done on
    that day (the blind judges count the announced act's record wrong with it)."""
    head = effective.head
    if head.i == effective.i:
        return None
    if head.pos_ in ("VERB", "AUX") and lemma_of(head) in _SAYING:
        return None
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ == "dobj" and \
            lemma_of(head.head) in _SAYING:
        return None
    return head


def intent_saying(tok, date: "EventDate | None"):
    """The verb of saying that tells an intent whose own time the text gives ("said in a
    letter that she would retire on May 3", "has said he will retire in 2030"): a record of the intent (an "express intent" code) is the saying of it, not
    the act intended, so the intended act's time is not its time. `tok` is the verb of a
    content clause with "will"/"would" (`_announced`) of a verb of saying, and `date`
    a time told inside that clause; None otherwise."""
    if date is None or date.source != "text" or not date.text or not _announced(tok):
        return None
    say = tok.head
    if say.pos_ not in ("VERB", "AUX") or lemma_of(say) not in _SAYING:
        return None
    doc = tok.doc
    # after the intended act's verb ("said on Monday he would quit": the saying's time)
    start = doc[max(tok.i, say.i + 1)].idx
    end = tok.right_edge.idx + len(tok.right_edge.text)
    return say if date.text in doc_text(doc)[start:end] else None


def saying_time(say, timexes: Iterable[Timex]) -> "EventDate | None":
    """The time told on a verb of saying itself ("said on Monday", "said Monday"), or None."""
    for tx, parsed, root in _calendar(say.doc, sorted(timexes, key=lambda t: t.start)):
        if _on_verb_itself(root, say) and not _bound(root):
            return EventDate(parsed[0], parsed[1], tx.text, "text")
    return None


def _scene_act(root, predicates: Mapping[int, int]) -> int | None:
    """The event index of the act whose occasion a timex dates: the time told before
    the occasion's noun or in a phrase on it ("during the May 2015 party meeting",
    "at the summit on Monday"), that noun taken by "during", "at" or "in" on the act's
    verb; else None."""
    head = root.head
    for _ in range(3):
        if head.dep_ != "compound" or head.head.i == head.i:
            break
        head = head.head
    if root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("on", "in"):
        head = head.head  # "the summit on Monday"
    elif not root.i < head.i:
        return None
    if head.pos_ != "NOUN" or head.dep_ != "pobj" or head.head.lower_ not in _SETTING_PREPS:
        return None
    verb = head.head.head
    return predicates.get(verb.i) if verb.pos_ in ("VERB", "AUX") else None


def _fronted_verb(root):
    """ "On May 3, 2011, during a meeting to decide the plan, the team briefed the
    president": a time phrase that opens the sentence, set off by a comma, is the main
    clause's. The parser sometimes hangs it on a verb inside a later phrase: one with
    no subject or tense of its own ("to decide"), or across that phrase's own head (a
    crossing arc). Then the sentence's main verb, else None."""
    prep = root.head if root.dep_ == "pobj" else root
    verb = prep.head
    sent = root.sent
    main = sent.root
    if prep.i != sent.start or verb.i == main.i or verb.pos_ not in ("VERB", "AUX") or \
            main.pos_ not in ("VERB", "AUX") or not prep.i < verb.i < main.i:
        return None
    if not any(t.text == "," for t in sent.doc[prep.right_edge.i:prep.right_edge.i + 2]):
        return None
    crossing = any(not prep.i <= t.head.i <= verb.i for t in sent.doc[prep.right_edge.i + 1:verb.i]
                   if t.dep_ != "punct")
    nonfinite = verb.tag_ in ("VB", "VBG", "VBN") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") and c.text.lower() != "to"
        for c in verb.children)
    return main if crossing or nonfinite else None


def _subject_time(root, predicates: Mapping[int, int]) -> int | None:
    """ "The attack on the weekly in Paris on Wednesday has shaken France": a time told
    right after an event noun that is the subject, before its verb, is the noun's time
    (the parser hangs it on the verb); so is a bare one ("Norway's visit to Oslo this week
    was a success"). The event index of that noun, or None."""
    if root.dep_ in ("npadvmod", "tmod"):
        verb, start = root.head, root.left_edge.i
    else:
        prep = root.head if root.dep_ == "pobj" else root
        if prep.dep_ != "prep" or prep.lower_ not in ("on", "in", "at"):
            return None
        verb, start = prep.head, prep.i
    if verb.pos_ not in ("VERB", "AUX") or start > verb.i:
        return None
    for subj in verb.children:
        if subj.dep_ in ("nsubj", "nsubjpass") and subj.i in predicates and \
                subj.pos_ == "NOUN" and subj.i < start:
            gap = [t for t in subj.doc[subj.right_edge.i + 1:start] if not t.is_punct]
            return predicates[subj.i] if not gap else None
    return None


def _prenominal(root) -> bool:
    """A time told before a noun as its modifier ("the March 3, 1999, bombing", "a 2015
    purge"): it says when that noun's event was, nothing more. (A possessive,
    "voted against Monday's motion", still reaches the act done to the noun's event.)
    A noun that sets the scene of the act is its time ("backed X in the 2006 race",
    "met him at the 2010 convention")."""
    head = root.head
    for _ in range(3):  # "during the May 2015 party meeting": the meeting's
        if head.dep_ != "compound" or head.head.i == head.i:
            break
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ in _SETTING_PREPS | {"on"}:
        return False
    return head.i != root.i and root.i < head.i and head.pos_ in ("NOUN", "PROPN") and \
        root.dep_ in ("nmod", "compound", "nummod", "amod")


def _possessed_apart(root) -> bool:
    """Is a timex the possessive of a noun whose time is not the verb's: what the act is
    for ("endorsed X for this year's election", "the outlook for next year's vote"), or
    what an act told in the present goes
    on about ("are examining last Friday's blast")? (Told in the simple past,
    "voted against Monday's motion", "called Friday's launch a provocation", the act is of that
    day.)"""
    if root.dep_ != "poss":
        return False
    noun = root.head
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        if verb.lower_ == "for":
            # not the thing a verb with no object of its own takes ("voted for last
            # week's resolution" is that vote)
            return verb.head.pos_ not in ("VERB", "AUX") or any(
                c.dep_ == "dobj" for c in verb.head.children)
        verb = verb.head
    elif noun.dep_ != "dobj":
        return False
    return verb.pos_ in ("VERB", "AUX") and told_tense(verb) == "present"


def _anothers_time(root) -> bool:
    """Is a possessive timex the time of its noun alone, not of the verb above it: the
    noun sits inside another noun's phrase ("the win of the reformists in Sunday's
    vote"), or it is what the verb is for or goes on about (`_possessed_apart`)?"""
    return root.dep_ == "poss" and (_nested_noun(root.head) or _possessed_apart(root))


# Prepositions by which an act named by a noun takes its topic ("the inquiry into
# fraud", "a report on abuses", "the probe of meddling").
_TOPIC_PREPS = frozenset(_LISTS["topic_preps"])
_INQUIRY_WORDS = word_classes()["inquiry_words"]


def _topic_occasion(root, predicates: Mapping[int, int]) -> bool:
    """Is a timex told before an occasion's noun ("the 2016 election") that sets the
    scene of a thing, which is in turn the topic of a noun ("its inquiry into fraud in
    the 2016 election", "the probe of vote buying in the 2019 race", "demanded
    a report on abuses in the 2014 war")? The time is the occasion's (and the thing's),
    not the inquiry's, the report's or the demand's.
    Not when the occasion's phrase hangs on the event itself ("the fraud in the 2016
    election", "a vote in the 2016 election", "backed X in the 2006 race")."""
    if root.dep_ not in ("nmod", "compound", "nummod", "amod"):
        return False
    noun = root.head
    for _ in range(3):  # "the 2016 presidential election", "the May 2015 party congress"
        if noun.dep_ != "compound" or noun.head.i == noun.i:
            break
        noun = noun.head
    if not root.i < noun.i or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return False
    thing = noun.head.head
    if thing.pos_ not in ("NOUN", "PROPN") or thing.i in predicates or thing.dep_ != "pobj":
        return False
    prep, topic_of = thing.head, thing.head.head
    if topic_of.pos_ not in ("NOUN", "PROPN"):
        return False
    if prep.lower_ == "of":
        # "the shelling of farms in the 1999 war" is of that war: an act's "of" names
        # whom it was done to; only an inquiry's (or a thing's: "a report of abuses")
        # names what it looks into
        return lemma_of(topic_of) in _INQUIRY_WORDS or topic_of.i not in predicates
    return prep.lower_ in _TOPIC_PREPS


def _nested_noun(noun) -> bool:
    """Is `noun` inside another noun's phrase (not a verb's own object or the object of
    a preposition on the verb)?"""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    return head.i != noun.i and head.pos_ in ("NOUN", "PROPN")


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


def _far_bound_of_verb(root, pub: date, tx: Timex, predicates: Mapping[int, int]) -> bool:
    """Is the timex a time long past reached through "after/following/since ..." on
    the way up to the verb it would date (not to an event noun below the preposition:
    "after the invasion in 2022" dates the invasion)?"""
    span = TimexValue.parse(tx.value)
    if span is None or span.end >= pub - timedelta(days=NEAR_DAYS):
        return False
    cur = root
    for _ in range(8):
        if cur.head.i == cur.i:
            return False
        if cur.i != root.i and cur.i in predicates:
            return False
        if cur.dep_ == "prep" and cur.lower_ in _BOUND_PREPS:
            if cur.head.pos_ in ("NOUN", "PROPN"):
                return False  # "the measures after the 1999 bombing" bounds the measures
            # "have been launched since April": the perfect tells of acts from
            # that time on, so the time dates them (their start).
            return not (cur.lower_ == "since" and cur.head.pos_ in ("VERB", "AUX")
                        and _perfect(cur.head))
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return False
    return False


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
    for _ in range(3):  # "the June 1 target date": the noun the compounds lead to
        if head.lower_ in _TIME_NOUNS or head.dep_ != "compound" or head.head.i == head.i:
            break
        head = head.head
    return head.lower_ in _TIME_NOUNS


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
    """ "the invasion began in 2022", "the meeting took place on Tuesday", "the tour
    was pushed back to May 4": a verb of occurring or of rescheduling dates the
    event noun that is its subject."""
    verb = _verb_above(root, lines)
    if verb is None:
        return None
    lemma = lemma_of(verb)
    moved = lemma in RESCHEDULE and root.head.dep_ == "prep" and \
        root.head.lower_ in ("to", "until", "till", "for") and (
            root.head.head.i == verb.i or root.head.head.head.i == verb.i)  # "pushed back to"
    if lemma not in OCCUR and not moved and not (lemma == "take" and any(
            c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)):
        return None
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.i in predicates:
            return predicates[child.i]
        if child.dep_ == "nsubj" and child.lower_ in ("that", "which") and \
                verb.dep_ == "relcl" and verb.head.i in predicates:
            # "the strike that ended on Friday": the relative pronoun stands for the noun
            return predicates[verb.head.i]
    return None


# "the tour was pushed back to May 4", "the vote was postponed until Friday": the
# event now takes place then.
RESCHEDULE = frozenset(_LISTS["reschedule"])
OCCUR = frozenset(_LISTS["occur"])


def _inherit(doc, timexes: list[Timex], predicates: Mapping[int, int],
             lines: list[int] | None, out: dict[int, EventDate]) -> None:
    """Undated events take the timex of a verb above them that shares their time:
    through control and objects ("was trying to persuade X to hold talks"), and
    from the first of coordinated verbs when the timex comes before the later
    one ("Last week, Trump said ... and threatened ..."). Never through a
    content, adverbial or relative clause, nor from a reporting verb's own time
    to what it reports, nor to a gerund of reason ("mocked X on Tuesday for
    criticizing him")."""
    on_verb: dict[int, tuple[Timex, tuple[str, str], object]] = {}
    for tx, parsed, root in _calendar(doc, sorted(timexes, key=lambda t: t.start)):
        if root.head.dep_ == "prep" and root.head.lower_ in _ORDERING_PREPS or (
                root.dep_ == "prep" and root.lower_ in _ORDERING_PREPS):
            continue  # "since July", "after Monday": a bound, not the time of the act
        if _prenominal(root):
            continue  # "the 1999 bombing": the time of that noun alone
        if root.dep_ == "pobj" and root.head.lower_ == "for":
            continue  # "conceding the race for 2030": what it is for, not when
        if _effective_head(root) is not None:
            continue  # "announced his exit effective June 1": when it takes effect
        if _noun_owns_time(root):
            continue  # "resigned before Friday's vote": done before the vote's day
        if _due_date(root):
            continue  # "asked for receipts no later than June 9": a deadline
        if _anothers_time(root):
            continue  # "the win of the reformists in Sunday's vote": the vote's
        if _topic_occasion(root, predicates):
            continue  # "demanded a report on abuses in the 2014 war": the war's
        verb = _line_verb(root, lines) or _rehung(root)
        if verb is None:
            verb = _verb_above(root, lines) if root.pos_ not in ("VERB", "AUX") else None
        if verb is not None and verb.i not in on_verb:
            on_verb[verb.i] = (tx, parsed, root)
        opened = _opening_participle(root, parsed)
        if opened is not None and opened.i not in on_verb:
            # "Touring the port on Sunday, the governor vowed to rebuild it": the
            # participle's day reaches what the main verb controls or is joined with
            on_verb[opened.i] = (tx, parsed, root)
    if not on_verb:
        return
    timed = {root.i: root for _, _, root in _calendar(doc, timexes)}
    told = {hit[2].i: hit for hit in on_verb.values()}
    for i, k in predicates.items():
        if k in out:
            continue
        tok = doc[i]
        if _answered_act(tok):
            # "responded on Monday to the charges", "admonished X on Monday for its
            # veto": the charges, the veto came before
            continue
        # "promoted the recent agreements on Thursday": an act the noun places before
        # the time of the verb it hangs on, on a day the text does not give (a time
        # in the noun's own phrase, "At his last talks in March, ...", still dates it)
        earlier = _earlier_noun(tok)
        cur = tok
        for _ in range(6):
            dep = cur.dep_
            if cur.head.i == cur.i or (dep not in _SHARES_TIME and dep != "conj"
                                       and not _at_same_time(cur) and not _announced(cur)
                                       and not _purpose(cur)):
                break
            if dep == "prep" and cur.lower_ in _ORDERING_PREPS and not _occasion_of(tok, cur):
                break  # "attacked on Monday after talks": the talks came earlier
            if dep == "conj" and _conjunct_apart(cur, timed):
                # "was held in May and admitted to taking bribes in June": June's, not
                # May's (a time it keeps apart by, once told, dates the joined verb)
                own = _own_time(cur, timed)
                if own is not None and own.i in told and cur.i == tok.i:
                    tx, parsed, _ = told[own.i]
                    out[k] = EventDate(parsed[0], parsed[1], tx.text, "text")
                break
            if _reason_gerund(cur):
                break  # "mocked X on Tuesday for criticizing him": the criticism came earlier
            if lines is not None and lines[cur.head.i] != lines[tok.i]:
                break
            if cur.i != tok.i and cur.pos_ in ("NOUN", "PROPN") and tok.pos_ in ("NOUN", "PROPN"):
                # "explained his stance on the purge", "lifted a stay on the
                # embargo": an act named inside another noun is a thing
                # described, not done at the time of the verb
                break
            head = cur.head
            hit = on_verb.get(head.i) if head.pos_ in ("VERB", "AUX") else None
            owner = predicates.get(head.i)
            if hit is None and owner is not None and owner in out and _at_same_time(cur):
                out[k] = out[owner]  # "opened fire Friday, wounding two"
                break
            if hit is not None and dep == "conj" and hit[2].i > head.i and any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
                # "Exports fell in 2017, and the government asked X to ...": a time told
                # after the first verb is of its clause, not of a joined clause with a
                # subject of its own
                break
            if hit is not None and not (dep == "conj" and hit[2].i > tok.i) \
                    and not (dep in _NOMINAL and lemma_of(head) in _REPORTING
                             and not _occasion_of(tok, cur)):
                if earlier and not (tok.left_edge.i <= hit[2].i <= tok.right_edge.i
                                    or tok.i < hit[2].i < head.i):
                    break  # (a time told after the noun, before its verb, is the noun's)
                tx, parsed, _ = hit
                out[k] = EventDate(parsed[0], parsed[1], tx.text, "text")
                break
            cur = head
        if k not in out and tok.pos_ == "VERB":
            # "Norway praised Sweden, saying Monday that ...": the day told on a
            # participle of saying that goes with the act is the act's too (not a year
            # it names: "noting his role in the 2003 war")
            for c in tok.children:
                hit = on_verb.get(c.i)
                if hit is not None and _accompanying_head(c) is not None and \
                        lemma_of(c) in _SAYING and _on_verb_itself(hit[2], c) and \
                        hit[1][1] == "day" and \
                        (lines is None or lines[c.i] == lines[i]):
                    tx, parsed, _ = hit
                    out[k] = EventDate(parsed[0], parsed[1], tx.text, "text")
                    break


def _conjunct_apart(conjunct, timed: Mapping[int, object]) -> bool:
    """Does a verb joined to another keep out of that verb's time? It does when a time
    of its own is told within it (_own_time: "was held in May and admitted to taking
    bribes in June"), not for a time that dates a noun or a participle of its phrase
    ("arrested him on Monday and charged him with fraud committed in 2019": Monday's),
    and when it is told in the present perfect after a verb in the simple past ("Last
    week the army shelled X and has threatened Y"): the present perfect takes no time
    told as past, so the threat is of no day the sentence gives."""
    if _own_time(conjunct, timed) is not None:
        return True
    head = conjunct.head
    return conjunct.pos_ in ("VERB", "AUX") and present_perfect(conjunct) and \
        head.pos_ in ("VERB", "AUX") and not present_perfect(head) and head.tag_ == "VBD"


# Between a time and the verb it dates: its preposition, and the verb's own non-finite
# complements, and the adjective it takes ("admitted to taking bribes in June", "pleaded
# guilty to lying in June": June is when the admitting, the plea was made).
_OWN_TIME_PATH = frozenset({"prep", "pcomp", "xcomp", "acomp"})


def _own_time(verb, timed: Mapping[int, object]):
    """The root of a time told within `verb`'s phrase that dates the verb itself: one
    hung on it, on its preposition or on its non-finite complement, but not one on a
    noun or on a clause within it ("charged him with fraud committed in 2019",
    "documents seized in 2019", "the protest in 2019": those times are theirs)."""
    for tok in verb.subtree:
        if tok.i == verb.i or tok.i not in timed:
            continue
        cur = tok.head
        while cur.i != verb.i and cur.dep_ in _OWN_TIME_PATH and \
                (cur.pos_ in ("VERB", "AUX", "ADP", "ADJ")):
            cur = cur.head
        if cur.i == verb.i:
            return tok
    return None


# Verbs of saying whose participle goes with an act ("praised Sweden, saying Monday
# that ..."); not one of result ("prompting the president Wednesday to ...").
_SAYING = _REPORTING | word_classes()["speech_acts"]


def _occasion_of(tok, cur) -> bool:
    """Is `tok` the occasion a verb was done at, a noun that a setting preposition
    ("during", "at", "in") takes straight on that verb ("In January, the envoy said
    during a visit to Oslo that ..."): the saying took place at it, so the time of the
    saying is its time too (what the saying reports is not)?"""
    return cur.dep_ == "prep" and cur.lower_ in _SETTING_PREPS and tok.dep_ == "pobj" and \
        tok.head.i == cur.i and tok.pos_ == "NOUN"


def _on_verb_itself(root, verb) -> bool:
    """Is the timex told on the verb itself ("saying Saturday", "saying on Monday"), not
    on a noun below it ("mentioning the attack in 2016")?"""
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif root.dep_ not in ("npadvmod", "tmod", "advmod"):
        return False
    return head.i == verb.i


# "guests fled on Saturday evening when a man started shooting": a clause so introduced
# happens at the time of the clause it hangs on.
_SAME_TIME_MARKS = frozenset(_LISTS["same_time_marks"])


def _accompanying_head(tok):
    """The verb a participle of accompaniment hangs on ("praised Sweden, saying
    Monday that ...", "hit back, telling reporters on Monday ..."): an -ing form after
    its verb with no subordinator, subject or auxiliary of its own; None otherwise."""
    head = tok.head
    if tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.i < head.i or head.i == tok.i or \
            head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("mark", "nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return None
    return head


# Participles that set a bound rather than an occasion ("Starting Monday, ...",
# "Following talks on Friday, ...").
_BOUND_PARTICIPLES = frozenset(_LISTS["bound_participles"])


def _opening_participle(root, parsed) -> "object | None":
    """The main verb of a sentence that opens with a participle told on a day ("Speaking
    in Lyon on Friday, the minister said ...", "Visiting the port on Sunday, the governor
    met ..."):
    the participle and the act it goes with happen at one occasion. Only an -ing form
    that opens its sentence, set off by a comma before its verb, with no subordinator,
    subject or auxiliary of its own ("Having met on Monday" tells an earlier act), the
    day told on the participle itself (not on a noun below it: "Commenting on Monday's
    vote"). None otherwise."""
    if parsed[1] != "day":
        return None
    part = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head
    if not _on_verb_itself(root, part) or part.tag_ != "VBG" or part.dep_ != "advcl":
        return None
    head = part.head
    if head.i <= part.i or head.pos_ not in ("VERB", "AUX") or \
            part.lower_ in _BOUND_PARTICIPLES or lemma_of(part) in _BOUND_PARTICIPLES:
        return None
    if any(c.dep_ in ("mark", "nsubj", "nsubjpass", "aux", "auxpass") for c in part.children):
        return None
    doc = part.doc
    first = part.sent.start
    while first < part.i and (doc[first].is_punct or doc[first].is_space):
        first += 1
    if first != part.i:
        return None
    if not any(t.text == "," for t in doc[part.right_edge.i:head.i]):
        return None
    return head


def _reason_gerund(tok) -> bool:
    """ "praised X for helping", "derided him for criticizing ...": a gerund after "for"
    on a verb tells the reason for the act, an act done before it."""
    return tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "for" and \
        tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX")


def _purpose(clause) -> bool:
    """ "flew to Oslo in 2010 to meet ...": an infinitive of purpose (or a control
    verb's infinitive the parser hangs as a clause) with no subordinator shares the
    time of the verb it completes."""
    return clause.dep_ == "advcl" and clause.tag_ == "VB" and clause.i > clause.head.i \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) \
        and not any(c.dep_ == "mark" for c in clause.children)


def _announced(clause) -> bool:
    """ "said on 3 May that she would veto ...": an act said as a plan is the
    saying of it, whose time the text gives (what was said was done, or is to be
    done, at other times)."""
    return clause.dep_ == "ccomp" and any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in clause.children)


def _at_same_time(tok) -> bool:
    """ "... when X attacked", or a participle of result ("opened fire, wounding two")."""
    if tok.dep_ != "advcl":
        return False
    marks = [c for c in tok.children if c.dep_ in ("mark", "advmod") and c.i < tok.i]
    if any(c.lower_ in _SAME_TIME_MARKS for c in marks):
        return True
    return tok.tag_ == "VBG" and not marks and tok.i > tok.head.i


def _in_noun_clause(tok) -> bool:
    """Does `tok` hang in a clause that describes a noun ("a video released Sunday",
    "the envoy who left on Monday"): the verb above it a relative clause or acl?"""
    for above in tok.ancestors:
        if above.pos_ in ("VERB", "AUX"):
            return above.dep_ in ("relcl", "acl")
    return False


def _quoted(tok, pieces: list[int]) -> bool:
    """Is `tok` inside quotation marks within its sentence piece?"""
    doc = tok.doc
    k = tok.i - 1
    marks = 0
    while k >= 0 and pieces[k] == pieces[tok.i]:
        if doc[k].text in ('"', "\u201c", "\u201d"):
            marks += 1
        k -= 1
    return marks % 2 == 1


def far_sentences(doc, timexes: Iterable[Timex], published: str | None,
                  pieces: list[int], used: Iterable[EventDate] = (),
                  predicates: Mapping[int, int] | None = None) -> set[int]:
    """Sentence pieces holding a calendar timex more than NEAR_DAYS from the
    publication day that dates no event of its own (it sets the scene: "In
    1939, ...", "Ten years ago he ..."): what they tell happened at another time.
    A far timex that dates its own event ("the pact, signed in June, has come
    into effect") says nothing of the others, nor does one that is the value of a
    time noun ("a June 30 deadline") or the occasion of an inquiry's topic ("refused
    to talk of the inquiry into fraud in the 2014 vote": `_topic_occasion`, with
    `predicates`)."""
    pub = _as_date(published)
    if pub is None:
        return set()
    taken = {d.text for d in used if d.source == "text"}
    out: set[int] = set()
    for tx, _parsed, root in _calendar(doc, timexes):
        if tx.text in taken or _quoted(root, pieces):
            continue  # a time someone speaks of in a quote is not the sentence's
        if _names_a_time(root) or (predicates is not None and _topic_occasion(root, predicates)):
            continue  # what a deadline says, the occasion of what an inquiry looks into
        if any(a.dep_ == "relcl" for a in root.ancestors):
            # "The mayor, who ran the port until 2009, praised ...": the time of
            # the clause that describes a person or thing, not the sentence's
            continue
        if _prenominal(root) and not _time_of_noun(root.head):
            # "the 1990 border treaty": the time of that noun, not the sentence's (but "at
            # the time of the 2004 flood" is the sentence's time)
            continue
        span = TimexValue.parse(tx.value)
        if span is None:
            continue
        lo, hi = span.start, span.end
        if hi < pub - timedelta(days=NEAR_DAYS) or lo > pub + timedelta(days=NEAR_DAYS):
            out.add(pieces[root.i])
    return out


def _time_of_noun(noun) -> bool:
    """Is `noun` what "the time of", "the day of", "the anniversary of" names?"""
    head = noun.head
    return noun.dep_ == "pobj" and head.lower_ == "of" and \
        head.head.lower_ in _TIME_OF | {"anniversary", "eve", "aftermath", "wake", "height"}


_HAVE = frozenset(_LISTS["have"])


def present_perfect(tok) -> bool:
    """ "has come into effect", "have deepened": told as bearing on now."""
    verb = _clause_verb(tok)
    if verb is None:
        return False
    if verb.dep_ == "conj" and verb.tag_ in ("VBN", "VBD") and verb.head.pos_ in (
            "VERB", "AUX") and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass")
                                        for c in verb.children):
        # "has met X and signed a pact": the second verb shares the
        # first one's auxiliary
        verb = verb.head
    if verb.tag_ == "VBD" and any(c.dep_ == "aux" and c.lower_ in _HAVE
                                  for c in verb.children):
        return True  # "Moscow has in turn ordered ..." with the participle tagged a past
    if verb.tag_ != "VBN":
        return False
    return any((c.dep_ == "aux" and c.lower_ in _HAVE) or (
        # "he's had", "it's been": 's before had/been is "has", whatever the parse says
        c.dep_ == "auxpass" and c.lower_ in ("'s", "\u2019s") and verb.lower_ in ("had", "been"))
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
    if not any(a.lower_ in ("had", "'d", "\u2019d") for a in aux):
        return False
    # "had signed", "had been negotiating for weeks" (a participle tagged a past too)
    return verb.tag_ in ("VBN", "VBD") or (verb.tag_ == "VBG" and any(a.lower_ == "been" for a in aux))


def _as_date(value: str | None) -> date | None:
    span = TimexValue.parse(value)
    return span.start if span is not None else None


# ------------------------------------------------------------------ untimed acts
#
# An act with no time expression of its own. The publication day is right for the
# lead (the story's first sentences tell the day's news) and for what the body
# tells as the day's news; it is wrong for background (told in the perfect, in a
# clause ordered before another act, habitual), for an act whose time the text
# gives relative to another ("a day later", "the next day"), and for a sentence
# that goes on from the one before it (whose time then is its own).

# A story is the news of a day when it names a day within NEWS_DAYS of its publication.
NEWS_DAYS = 7
# Sentences (with at least LEAD_WORDS words) that make the lead.
LEAD_SENTENCES = 2
LEAD_WORDS = 8


def lead_end(doc, pieces: list[int], sentences: int | None = None) -> int:
    """The last sentence piece of the article's lead: the first `sentences` pieces
    (LEAD_SENTENCES by default) of at least LEAD_WORDS words, with what comes before
    them (headline, byline, a wire dateline: too short to count). The one notion of the
    lead for dating and for the main act's anchor (events.mainact), which reads more of
    its sentences; -1 when it has none."""
    sentences = LEAD_SENTENCES if sentences is None else sentences
    if sentences <= 0:
        return -1
    words: dict[int, int] = {}
    for i, word in enumerate(doc_words(doc)):
        if word.isalpha():
            words[pieces[i]] = words.get(pieces[i], 0) + 1
    seen = 0
    for piece in sorted(words):
        if words[piece] >= LEAD_WORDS:
            seen += 1
            if seen == sentences:
                return piece
    return max(words, default=0)
# "met nine times", "repeatedly clashed": habitual, no one day.
_HABITUAL = frozenset(_LISTS["habitual"])
_TIMES = frozenset(_LISTS["times"])
# "a day later", "two days earlier": a span measured from another act.
_RELATIVE = frozenset(_LISTS["relative"])
_UNIT_DAYS = {w: int(n) for w, n in (e.split() for e in _LISTS["unit_days"])}
_COARSE_UNITS = dict(e.split() for e in _LISTS["coarse_units"])
_WITHIN_DAY = frozenset(_LISTS["within_day"])
# Adverbs that before "after" / "before" put the clause's act within hours of the act
# it hangs on ("collapsed on Thursday just after the envoy walked out"), as "hours after"
# does; not "soon" ("soon after taking office" is as often weeks).
_WITHIN_HOURS_ADVERBS = frozenset(_LISTS["within_hours_adverbs"])
_NEXT = {w: int(n) for w, n in (e.split() for e in _LISTS["next"])}
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
    """How many of the unit a noun counts ("a day", "two days", "3 days"), or None."""
    for c in noun.children:
        if c.dep_ in ("det", "nummod") and c.lower_ in _NUMBER_WORDS:
            return _NUMBER_WORDS[c.lower_]
        if c.dep_ == "nummod" and c.text.isdigit() and len(c.text) <= 2:
            return int(c.text)
    return None


@dataclass(frozen=True)
class _PieceTime:
    date: EventDate | None  # the calendar time the sentence gives (None: none)
    far: bool  # that time lies more than NEAR_DAYS from the publication day
    relative: str | None  # "anchored": its time is told from another act's


class StoryTime:
    """Per sentence piece of one article: the time it gives, whether it is the lead,
    and how an untimed act in it is dated (`untimed`)."""

    def __init__(self, doc, timexes: Iterable[Timex], published: str | None,
                 pieces: list[int], until: str | None = None):
        self.pub = _as_date(published)
        # The last day the story tells of as past: the publication day, or the day after
        # when the story was updated then (`story_weekdays`).
        self.until = _as_date(until) or self.pub
        self.doc = doc
        self.pieces = pieces
        self.times: dict[int, _PieceTime] = {}
        self.timed: set[int] = set()  # pieces with a calendar time of any kind
        self.main_verb: dict[int, object] = {}  # the verb a piece's own time dates
        breaks = [k for k, ch in enumerate(doc_text(doc)) if ch == "\n"]
        starts = doc.to_array(IDX).tolist() if len(doc) else []
        lines = [bisect_right(breaks, idx) for idx in starts]
        # the near days each piece names, in text order (the first telling of a day gives
        # its words: a set would give them in hash order, a sort in alphabetical order)
        self.days: dict[int, list[EventDate]] = {}
        self.time_roots: list[int] = []  # the root token of every calendar time
        # (piece, day) of the near days the narrator tells of the lead's own act, for
        # `_lead_named_day`: not inside a quotation (the speaker's "yesterday"), nor in a
        # clause describing a noun ("a video released Sunday"), nor the day of an earlier
        # act the lead orders its news against ("days after police fired on Saturday",
        # "since the arrest on Sunday"). A noun's day stays: measured, the occasion of
        # the lead's words ("in a filing on Tuesday", "at the meeting on Tuesday") is
        # the story's day (fix24)
        self.told_days: set[tuple[int, str]] = set()
        self.root_days: dict[int, EventDate] = {}  # root token -> a day it names
        for tx, parsed, root in _calendar(doc, sorted(timexes, key=lambda t: t.start)):
            piece = pieces[root.i]
            self.timed.add(piece)
            self.time_roots.append(root.i)
            if parsed[1] == "day":
                self.root_days[root.i] = EventDate(parsed[0], parsed[1], tx.text, "text")
            if parsed[1] == "day" and not _bound(root) and self._near(parsed[0]):
                told = EventDate(parsed[0], parsed[1], tx.text, "text")
                if told not in self.days.setdefault(piece, []):
                    self.days[piece].append(told)
                if not _quoted(root, pieces) and not _in_noun_clause(root) and \
                        not _under_prior(root):
                    self.told_days.add((piece, parsed[0]))
            if piece in self.times or _bound(root):
                continue
            verb = _main_verb(root, lines)
            if verb is None:
                continue
            self.main_verb[piece] = verb
            span = TimexValue.parse(tx.value)
            far = span is not None and self.pub is not None and (
                span.end < self.pub - timedelta(days=NEAR_DAYS)
                or span.start > self.pub + timedelta(days=NEAR_DAYS))
            self.times[piece] = _PieceTime(EventDate(parsed[0], parsed[1], tx.text, "text"),
                                           far, None)
        self.piece_line: dict[int, int] = {}
        for i, line in enumerate(lines):
            self.piece_line.setdefault(pieces[i], line)
        self.far_bound = self._far_bounds(doc, timexes)
        self.stretched = _stretched_verbs(doc, timexes)
        # verb of an "N days after/before" clause -> (days from the act it hangs on, words)
        self.clause_step: dict[int, tuple[int, str]] = {}
        # acts an adverb's clause hangs on ("came shortly after ..."): counted from only
        # when the text gives their day (`_days_from`)
        self.short_while_of: set[int] = set()
        # verb of an "N weeks/months/years after/before" clause -> (N signed, the unit)
        self.clause_coarse: dict[int, tuple[int, str]] = {}
        # gerund of an "N days after/before doing X" phrase -> the days the span counts
        self.counted_gerund: dict[int, int] = {}
        # pieces "the same day" or "the next day" anchored to no time told before them
        # (piece -> the phrase's first token, the days it steps, the phrase):
        # `_anchor_on_occasions`
        self.unanchored: dict[int, tuple[int, int, str]] = {}
        self._relative(doc, timexes)
        self.lead = self._lead(doc)
        self._anchor_on_occasions()
        self.news = self._news(doc, timexes)
        self.story_day = self._story_day()
        self.lead_day = None if self.story_day is not None else self._lead_named_day()
        self.only_day = self._only_day()

    def _relative(self, doc, timexes: Iterable[Timex]) -> None:
        """Pieces whose time is told from another act ("a day later", "the next
        day", "a day before the video's release")."""
        for tx in timexes:
            if tx.type != "DURATION":
                continue
            root = span_root(doc, tx.start, tx.end)
            if root is None:
                continue
            # "a day later" (later heads the span), "a day before the release"
            rel = root.head if root.head.lower_ in _RELATIVE else next(
                (c for c in root.children if c.dep_ == "prep" and c.lower_ in _RELATIVE),
                None)
            if rel is None and root.dep_ == "npadvmod" and root.head.pos_ in ("VERB", "AUX"):
                # "a day after colleagues called ...": parsed with the span on the
                # clause's verb and "after" as that verb's subordinator
                rel = next((c for c in root.head.children if c.dep_ == "mark" and
                            c.i == root.i + 1 and c.lower_ in _RELATIVE), None)
            if rel is None:
                continue
            days = _UNIT_DAYS.get(root.lower_)
            n = _count(root)
            step = None
            if days is not None and n is not None and not any(
                    c.dep_ == "pobj" for c in rel.children):
                step = n * (1 if rel.lower_ in ("later", "after", "afterwards",
                                                "afterward") else -1)
            elif root.lower_ in _WITHIN_DAY and not any(
                    c.dep_ == "pobj" for c in rel.children):
                # "hours later", "minutes earlier": the same day; "72 hours after":
                # three days after, as "three days after" is
                days = _whole_days(tx.value)
                step = None if days is None else days * (
                    1 if rel.lower_ in ("later", "after", "afterwards", "afterward") else -1)
            if rel.dep_ == "mark" and rel.head.pos_ in ("VERB", "AUX") and \
                    rel.head.dep_ == "advcl":
                # "The raid came a day after rebels launched attacks": the span lies
                # between the two acts of this sentence, not between it and the one
                # before; the clause's act is that many days before (after) the act it
                # hangs on, which keeps its own time.
                self.clause_step[rel.head.i] = (None if step is None else -step, tx.text)
                unit = _COARSE_UNITS.get(root.lower_)
                if step is None and unit is not None and n is not None and \
                        _exact_count(doc, root, tx.start):
                    # "came a year after X withdrew", "three weeks after they agreed":
                    # that year, that month, that week before (after) the act it hangs on
                    self.clause_coarse[rel.head.i] = (
                        n * (-1 if rel.lower_ == "after" else 1), unit)
                continue
            if step is not None:
                for gerund in rel.children:
                    if gerund.dep_ == "pcomp" and gerund.tag_ == "VBG":
                        # "Two days after signing the pact, X warned ...": the signing is
                        # the act the span counts from, not the one it moves
                        self.counted_gerund[gerund.i] = step
            self._anchor(self.pieces[root.i], step, tx.text, root.left_edge.i)
        for tok in doc:
            # "arrived mere hours after the envoy quit ...": a bare "hours" or
            # "minutes" is no time expression of the tagger's, but it puts the clause's
            # act on the day of the act it hangs on, as "hours later" does; so does an
            # adverb of a short while ("shortly after", "just before")
            if ((tok.lower_ in _WITHIN_DAY and tok.dep_ == "npadvmod") or
                    (tok.lower_ in _WITHIN_HOURS_ADVERBS and tok.dep_ == "advmod")) and \
                    tok.head.dep_ == "advcl" and tok.head.pos_ in ("VERB", "AUX") and \
                    tok.head.i not in self.clause_step and tok.i + 1 < len(doc) and \
                    doc[tok.i + 1].dep_ == "mark" and doc[tok.i + 1].head.i == tok.head.i and \
                    doc[tok.i + 1].lower_ in ("after", "before"):
                # (an adverb's words keep their "after": "shortly" alone says nothing)
                end = tok.i + 2 if tok.dep_ == "advmod" else tok.i + 1
                self.clause_step[tok.head.i] = (0, doc[tok.left_edge.i:end].text)
                if tok.dep_ == "advmod":
                    self.short_while_of.add(tok.head.head.i)
        # (a day noun a time expression holds is dated by it; one the entity recogniser
        # alone marks as a date ("that same day") is no time of the tagger's,
        # and is anchored only to an occasion its sentence names: `_anchor_on_occasions`)
        tagged = {t.i for tx in timexes for t in doc.char_span(
            tx.start, tx.end, alignment_mode="expand") or ()}
        for i, word in enumerate(doc_words(doc)):
            if word.lower() not in _DAY_NOUNS:
                continue
            tok = doc[i]
            if tok.dep_ == "pobj" and tok.head.lower_ == "in" \
                    and tok.head.head.lower_ in ("later", "earlier") and any(
                        c.lower_ == "the" for c in tok.children):
                # "later in the day", "earlier in the evening": the day of the one before
                self._anchor(self.pieces[tok.i], 0, doc[tok.head.head.i:tok.i + 1].text,
                             tok.head.head.i)
                continue
            if tok.dep_ in ("npadvmod", "pobj", "advmod") and tok.i not in tagged:
                mods = [c.lower_ for c in tok.children if c.dep_ in ("amod", "det")]
                steps = [_NEXT[m] for m in mods if m in _NEXT]
                if steps and (tok.dep_ != "pobj" or tok.head.lower_ in ("on", "by")):
                    step = steps[0] if tok.lower_ == "day" or steps[0] == 0 else None
                    if not tok.ent_type_:
                        self._anchor(self.pieces[tok.i], step,
                                     doc[tok.left_edge.i:tok.i + 1].text, tok.left_edge.i)
                    elif step is not None and self.pieces[tok.i] not in self.times:
                        # measured: anchored to the time told before, such a phrase
                        # ("that night", "the next day") was as often another day
                        self.unanchored[self.pieces[tok.i]] = (
                            tok.left_edge.i, step, doc[tok.left_edge.i:tok.i + 1].text)

    def _anchor(self, piece: int, step: int | None, text: str, at: int | None = None) -> None:
        if piece in self.times and self.times[piece].relative is None:
            return  # the sentence's own calendar time wins
        base = (self._named_day(piece, at) if at is not None else None) or self._last_time(piece)
        date_ = None
        if base is not None and not base.far and step is not None and \
                base.date is not None and base.date.precision == "day":
            day = date.fromisoformat(base.date.date) + timedelta(days=step)
            date_ = EventDate(day.isoformat(), "day", text, "text")
        elif base is not None and base.date is not None and step is not None and \
                abs(step) <= 1 and base.date.precision in ("week", "month", "year"):
            date_ = base.date  # "In February ... the following day": still February
        elif base is None and step is not None and at is not None:
            self.unanchored[piece] = (at, step, text)
        self.times[piece] = _PieceTime(date_, False, "anchored")

    def _anchor_on_occasions(self) -> None:
        """A sentence "the same day" (or "the next day") anchors to no time told just
        before it may still say whose day it means: "The raids fell on that same day,
        when the mayor was dismissed", where the raids are the lead's act, dated there.
        Its acts take the day of the occasion its verb's subject names
        (`_occasion_day`), moved by the step."""
        for piece, (at, step, phrase) in self.unanchored.items():
            verb = next((t for t in (self.doc[at], *self.doc[at].ancestors)
                         if t.pos_ in ("VERB", "AUX")), None)
            day = self._occasion_day(_subject_noun(verb)) if verb is not None else None
            if day is None:
                continue
            moved = date.fromisoformat(day.date) + timedelta(days=step)
            # a step moves the day off the lead's: its day name ("Sunday") would print
            # the wrong day, so the text is the phrase that gave it ("the next day")
            text = day.text if step == 0 else phrase
            self.times[piece] = _PieceTime(EventDate(moved.isoformat(), "day", text, "text"),
                                           False, "anchored")

    def _occasion_day(self, noun) -> EventDate | None:
        """The day the lead gives the act an event noun of the body names again
        ("Police announced on Sunday raids on ten homes. ... The raids fell on that same
        day ..."): the occasion a body sentence orders its own act against. Only a
        noun told as that one act (a definite or possessed noun, no "earlier" or
        "first" of its own) of one family with the main verb of a lead sentence whose
        own time is a near day, or with that verb's object or subject; and only when
        the lead gives such words one day (two days are two occasions, and the text
        does not say which)."""
        if noun is None or noun.pos_ != "NOUN" or self.pub is None or not told_as_known(
                noun) or any(
                c.lower_ in _BACKGROUND_WORDS or c.lower_ in ANOTHER
                for c in noun.children):
            return None
        days: dict[str, EventDate] = {}  # (a day told twice in the lead is one day)
        for piece in range(0, self.lead + 1):
            t = self.times.get(piece)
            if t is None or t.relative or t.far or t.date is None or \
                    t.date.precision != "day" or not self._near(t.date.date):
                continue
            verb = self.main_verb.get(piece)
            if verb is None or verb.i > noun.i:
                continue
            # the act the lead's time dates: its main verb, or the act that verb tells
            # of ("announced on Saturday the arrest of"); not a word further down
            # ("said Thursday that X, whose raid ended ...": the saying's day)
            told = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
            if any(same_family(lemma_of(tok), lemma_of(noun)) for tok in told):
                days.setdefault(t.date.date, t.date)
        if len(days) != 1:
            return None
        day = next(iter(days.values()))
        return EventDate(day.date, "day", day.text, "text")

    def _far_bounds(self, doc, timexes: Iterable[Timex]) -> set[int]:
        """Verbs bounded by a time long past ("Following the killing ... in June of
        2015, X called on ...", "After the 2016 election, X appointed ..."): their act
        came after that time, on a day the text does not give."""
        out: set[int] = set()
        if self.pub is None:
            return out
        for tx, _parsed, root in _calendar(doc, timexes):
            span = TimexValue.parse(tx.value)
            if span is None or span.end >= self.pub - timedelta(days=NEAR_DAYS):
                continue
            cur, bounded = root, False
            for _ in range(6):
                if cur.head.i == cur.i:
                    break
                if cur.dep_ == "prep" and cur.lower_ in _BOUND_PREPS:
                    bounded = True
                cur = cur.head
                if cur.lower_ in _BOUND_PREPS and cur.dep_ in ("prep", "advcl"):
                    bounded = True  # "Following ..." tagged as a verb
                    continue
                if bounded and cur.pos_ in ("NOUN", "PROPN"):
                    break  # "defended the measures after the 1999 bombing": the measures'
                if cur.pos_ in ("VERB", "AUX"):
                    if bounded:
                        out.add(cur.i)
                    break
        return out

    def _news(self, doc, timexes: Iterable[Timex]) -> bool:
        """Does the article tell the news of some day near its publication (a day or a
        week within NEWS_DAYS of it: "on Tuesday", "yesterday", "this week")? An
        opinion piece, an analysis or a feature that names no such day tells what
        happened at other times."""
        if self.pub is None:
            return True
        for tx, _parsed, _root in _calendar(doc, timexes):
            span = TimexValue.parse(tx.value)
            if span is not None and (span.end - span.start).days <= 7 and \
                    span.end >= self.pub - timedelta(days=NEWS_DAYS) and \
                    span.start <= self.pub + timedelta(days=NEWS_DAYS):
                return True
        return False

    def _named_day(self, piece: int, at: int) -> _PieceTime | None:
        """The near day a sentence names itself before token `at`, on no verb of its
        own ("relief for those hurt in the blasts Sunday in X and, two hours later,
        in Y"): what the sentence counts "hours later" or "a day later" from, before any
        day of the sentences before it (dates20b). Not a day named after the span ("A
        day after X complained, Y on Thursday ..." counts back from Thursday)."""
        days = [d for i, d in self.root_days.items() if i < at and self.pieces[i] == piece
                and not _bound(self.doc[i]) and self._near(d.date)]
        return _PieceTime(days[-1], False, None) if days else None

    def _last_time(self, piece: int, back: int = 3) -> _PieceTime | None:
        """The time of the last of the `back` sentences before `piece` that gives one
        (a quote or comment may come between "met on Thursday" and "Two days
        earlier, ..."): the time the story last told of."""
        for k in range(piece - 1, piece - 1 - back, -1):
            if k in self.times:
                return self.times[k]
        return None

    def before(self, piece: int) -> _PieceTime | None:
        """The time of the sentence before `piece`, when it gives one."""
        return self.times.get(piece - 1)

    def _lead(self, doc) -> int:
        """The last piece of the lead that dates acts (`lead_end`)."""
        return lead_end(doc, self.pieces)

    def untimed(self, tok, piece: int, fallback: EventDate, far: bool) -> EventDate:
        """The date of an act that no time expression governs."""
        if not fallback.date:
            return fallback
        if _answered_act(tok):
            return UNDATED  # "X criticized Y's refusal", "admonished Y for its veto"
        own = self.times.get(piece)
        counted = self._counted_from(tok)
        if counted is not None:
            return self._days_from(counted, piece, fallback, far)
        if self._reported_deed(tok, piece, own):
            # "Norway said on Monday it expelled two diplomats", "said on Thursday that X
            # was right when he refused to answer": a deed told in what a dated verb of
            # saying says happened before the saying, on a day the text does not give
            return UNDATED
        if (background(tok) or _perfect_report(tok) or _perfect(tok)) and \
                self._reported_on(tok, own):
            # "The ministry confirmed late Friday that the army had shelled X",
            # "At a briefing on Monday, the minister said she had ordered ...", "told a
            # forum this week that 12 states have signed up": an act told in the
            # perfect of a report of that day is news of that day
            return EventDate(own.date.date, own.date.precision, own.date.text, "text")
        if background(tok) or (far and not present_perfect(tok)):
            return UNDATED
        if own is not None and own.relative:
            gerund = self._counted_gerund(tok)
            if gerund is not None:
                return _moved_back(own.date, self.counted_gerund[gerund.i])
            return own.date or UNDATED
        if _under_prior(tok):
            # "On Monday, Norway quit after claims that it attacked Sweden", "a week after
            # the board said it was reviewing the deal": what the main act came after (or
            # before) is not of its day, and the text gives no day of its own
            return UNDATED
        said = _report_of_progressive(tok)
        if said is not None:
            # "A Kurdish leader said on Saturday that troops were attacking the city",
            # "An official said the president was renewing his call": what was going on
            # as it was reported goes on on the day of the report (the perfect above is
            # told before it; a plain past, a deed, may be older)
            if self._reported_on(tok, own):
                return EventDate(own.date.date, own.date.precision, own.date.text, "text")
            if own is None and piece not in self.timed:
                # the report's day when the text gives one (the story's day); the
                # publication day is no reading of the text here: read on the judged
                # articles, as many such reports were of other days (a past belief, a
                # denial, a feature's quote) as of that one
                told = self.untimed(said, piece, fallback, far)
                if told.source == "text":
                    return told
        if _prior_clause(tok) or _habitual(tok) or _earlier_noun(tok) or _earlier_adverb(tok):
            return UNDATED
        if (told_tense(tok) == "past" or _perfect(tok)) and self._over_a_stretch(tok):
            # "Over the last nine months, he threatened X", "For weeks, Y shelled Z":
            # done over a stretch of weeks or more, on no one day; so too in the
            # present perfect ("dozens have been detained in recent months"), which the
            # lead would otherwise give the publication day (dates19)
            return UNDATED
        if piece <= self.lead:
            if told_tense(tok) == "past" and tok.pos_ in ("VERB", "AUX") and \
                    not _relative_clause(tok) and self._reported_on(tok, own) and \
                    not self._ahead(own):
                # "X said on Tuesday (that) it attacked Y" in the lead's second sentence:
                # the deed its own dated report tells is of that report's day, as in the
                # body, not of the day another lead sentence names
                return EventDate(own.date.date, own.date.precision, own.date.text, "text")
            return self._lead_act(tok, fallback)
        if _perfect(tok) or _perfect_report(tok) or _at_time_of_another(tok) or \
                _perfect_governor(tok):
            return UNDATED
        verb = _clause_verb(tok)
        if verb is not None and verb.i in self.far_bound:
            return UNDATED
        if _documented_act(tok):
            # "The agency said in a complaint that X hid the money": what a written
            # record tells was done before it, on a day the text does not give (dates20b)
            return UNDATED
        tense = told_tense(tok)
        if tense == "past" and tok.pos_ == "NOUN" and _nested_noun(tok):
            # "lifted an injunction against the travel ban": an act named inside another
            # noun is a thing described, not done at the time the sentence tells of
            return UNDATED
        described = _person_described(tok) if tense == "past" else None
        if described is not None and not any(
                described.left_edge.i <= i <= described.right_edge.i for i in self.time_roots):
            # "said on Friday that the pilot who bombed the depot had resigned", "the
            # envoy who signed the truce retired last week": a person described by what
            # they once did, not the act the sentence's own time tells of (unless that
            # time is told in the clause itself: "the envoy who was expelled on Monday")
            return UNDATED
        if own is not None and not own.far and own.date is not None and tense == "past" \
                and not self._ahead(own):
            # "Norway said on Saturday that it ... warned Sweden", "The Post reported last
            # month that X resigned": the time the sentence tells of, not the publication day
            return EventDate(own.date.date, own.date.precision, own.date.text, "text")
        if tense == "past" and self._far_past(own):
            # "The agency demanded the files, and she handed them over in March 2014": a
            # sentence whose main verb the text dates long before the publication tells
            # the past; its other acts told in the past with no time of their own are of
            # that past (or of no day the text gives), not of the story's day (dates24)
            return UNDATED
        if tense == "past" and _relative_clause(tok):
            return UNDATED  # "his post, in which he accused X": a thing described
        if own is None and tense == "past" and _in_words(tok):
            said = self._said_next(tok, piece)
            if said is not None:
                return said
        if own is None and piece not in self.timed and tense == "past":
            prev = self._paragraph_time(piece)
            if prev is not None and not self._ahead(prev):
                if prev.date is None or prev.far:
                    return UNDATED  # the story goes on in the past it told
                return EventDate(prev.date.date, prev.date.precision, prev.date.text, "text")
        if own is None and piece not in self.timed and tense == "past":
            day = self._day_before(piece)
            if day is not None:
                return day
        if tense == "past" and self.news and not _in_words(tok) and \
                self._todays_deed(tok, piece, own):
            # "Around a dozen hostages were rescued from the hotel, officials said": a
            # deed the day's story tells in its body, in the thread of its lead
            return self.story_day or self.lead_day or (
                (self.only_day or fallback) if self._day_named_by(piece) else UNDATED)
        if tense == "past" and (not self.news or not _in_words(tok)):
            # Told in the past by a story that is no day's news; or an act done in
            # deeds, told in the body with no time (background: "the US lifted the
            # ban"); what the day's story tells in its body with no time are the
            # reactions in words ("X condemned the strike").
            return UNDATED
        if tense == "past" and self.story_day is not None:
            return self.story_day  # the day the lead tells of ("... Monday night")
        if tense == "past" and _words_named(tok):
            # "Norway faced criticism from Sweden", "X refused requests by Y",
            # "Y reported about the call between the two leaders": words named by a noun
            # in a clause told in the past are a thing that clause tells of, said at a
            # time the text does not give; not the day's reaction a verb of saying tells
            # (dates22b). A noun the clause's verb utters ("issued a statement") is that
            # verb's act, and keeps its day. Only in place of the publication day: a
            # day the lead tells of is kept (undating those too was measured worse).
            return UNDATED
        if tense == "past" and self.lead_day is not None:
            # the day the lead names off its root's parse ("X said on Tuesday Y helped
            # ..."): the story's day, as `story_day` above (dates23a); after the words a
            # noun names, which that day was measured to take wrongly
            return self.lead_day
        if tense == "past" and not self._names_publication_day():
            # Words told in the past by a story that names times but never its own
            # day ("Schmidt also blamed Trump" in an analysis): the text does not
            # place them on the publication day.
            return UNDATED
        if _prior_noun(tok):
            return UNDATED
        if tense != "present" and not self._day_named_by(piece):
            # A story that has named no day near its publication by this sentence does
            # not place what it tells with no time of its own on the publication day
            # ("At one point, X asked Y to ...", "X wrote a letter asking ..."); told
            # in the present, it is the state of things on that day.
            return UNDATED
        if tense == "present" and _standing_denial(tok):
            # "X denies any wrongdoing", "something both governments deny": a stance
            # held over time, on no day the text gives (dates18b)
            return UNDATED
        if tense == "past" and _written_act(tok):
            # "Ten scholars urged the minister in a letter to ...": words put in a
            # letter, a column or an advice written before the story, on a day the text
            # does not give (pubday)
            return UNDATED
        return fallback

    def _far_past(self, own: "_PieceTime | None") -> bool:
        """Is the sentence's own time (the time a main verb of it takes) a time long
        before the publication day (more than NEAR_DAYS)?"""
        if own is None or not own.far or own.relative or own.date is None or self.pub is None:
            return False
        span = TimexValue.parse(own.date.date)
        return span is not None and span.end < self.pub

    def _reported_deed(self, tok, piece: int, own: "_PieceTime | None") -> bool:
        """Is `tok` an act told in the past in a clause within what a verb of saying
        says (`_within_content`), where that verb carries the sentence's own time ("The
        White House said on Thursday that X was right when he refused to answer")? It
        happened before the saying, on a day the text does not give. What goes on at the
        saying's time (the progressive) is not."""
        if own is None or own.relative or own.date is None:
            return False
        act = tok.head if _purpose(tok) else tok  # "said she did it to object": the deed's
        if told_tense(act) != "past" and not background(act):
            return False
        verb = finite_verb(act) or act
        if verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("was", "were")
                                      for c in verb.children):
            return False  # ("said it was trying to force X to approve ...")
        said = _within_content(tok)
        main = self.main_verb.get(piece)
        return said is not None and main is not None and first_conjunct(main).i == \
            first_conjunct(said).i

    def _counted_from(self, tok) -> "tuple[object, int | None, str] | None":
        """(the act it hangs on, days from it, words) for an act told in an "N days
        after/before" clause (its verb, or a verb joined to it or going with it: "a day
        after rebels launched attacks, killing 14"); for an "N weeks/months/years" clause
        (N signed, the unit) in place of the days ("a year after X withdrew"); days None
        for anything else inside such a clause ("a week after they signed a deal on the
        withdrawal": the deal, "days after he imposed tariffs"): no day the text gives.
        None outside one."""
        if not self.clause_step:
            return None
        verb = tok if tok.pos_ in ("VERB", "AUX") else _clause_verb(tok)
        for _ in range(4):
            if verb is None:
                break
            if verb.i in self.clause_step:
                step, text = self.clause_step[verb.i]
                if step is None and verb.i in self.clause_coarse:
                    return verb.head, self.clause_coarse[verb.i], text
                return verb.head, step, text
            if verb.dep_ not in ("conj", "xcomp") and not (
                    verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i):
                break
            verb = verb.head
        for above in tok.ancestors:
            if above.i in self.clause_step:
                return above.head, None, self.clause_step[above.i][1]
        return None

    def _counted_gerund(self, tok):
        """The gerund of an "N days after doing X" phrase that `tok` is or lies within
        (the signing, or the pact signed), or None."""
        for cand in (tok, *tok.ancestors):
            if cand.i in self.counted_gerund:
                return cand
            if cand.dep_ not in ("dobj", "pobj", "prep", "compound", "amod", "pcomp"):
                break
        return None

    def _days_from(self, counted, piece: int, fallback: EventDate, far: bool) -> EventDate:
        """The day of an act told "N days after/before" another: that act's day moved by
        N, when the text dates it to a day (its own time, the day told on its subject,
        or the rules for an act with none); so too its week, month or year for an "N
        weeks/months/years" clause; else no day the text gives."""
        other, step, text = counted
        if step is None:
            return UNDATED
        own = self.times.get(piece)
        if own is not None and not own.relative and self.main_verb.get(piece) is not None \
                and self.main_verb[piece].i == other.i:
            base = own.date
        else:
            base = self._day_on_object(other) or self._day_on_subject(other)
            if base is None and other.i in self.short_while_of:
                # "The summit comes right after X met Y": "right after" may be a day or
                # two; only a day the text puts on the act it hangs on is near enough
                # (read on the judged files: the publication day the rules give "comes"
                # was not the meeting's)
                return UNDATED
            if base is None and (not isinstance(step, tuple) or other.tag_ in ("VBZ", "VBP")):
                # a week, a month or a year back from the day the rules give an act with
                # no time of its own only for what "comes" now ("This comes a year after
                # ..."); one told in the past ("drawing a reaction three weeks after ...")
                # may be of any day before the one the story tells of
                base = self.untimed(other, piece, fallback, far)
        if isinstance(step, tuple):
            return _moved_by(base, *step, text)
        if base is None or base.date is None or base.precision != "day":
            return UNDATED
        day = date.fromisoformat(base.date) + timedelta(days=step)
        return EventDate(day.isoformat(), "day", text, "text")

    def _day_on_subject(self, verb) -> EventDate | None:
        """The day told on the subject of a verb that has none of its own ("Sunday's
        announcement came a year after ...", "the speaker's announcement Monday came
        hours after ..."): the day of the act the "N ... after" clause counts from."""
        for subj in verb.children:
            if subj.dep_ != "nsubj" or subj.pos_ not in ("NOUN", "PROPN"):
                continue
            for mod in subj.children:
                if mod.dep_ in ("poss", "npadvmod", "compound", "nmod") and mod.i in self.root_days:
                    return self.root_days[mod.i]
        return None

    def _day_on_object(self, verb) -> EventDate | None:
        """The day told on the object of a verb ("announced his resignation on Friday, a
        day after ..."): the parser hangs it on the noun, but it is the day of the act the
        "N days after" clause counts from."""
        for obj in verb.children:
            if obj.dep_ != "dobj":
                continue
            for prep in obj.children:
                if prep.dep_ == "prep" and prep.lower_ == "on":
                    for day in prep.children:
                        if day.dep_ == "pobj" and day.i in self.root_days:
                            return self.root_days[day.i]
        return None

    def _day_named_by(self, piece: int) -> bool:
        """Has the story named, in `piece` or a sentence before it, a day within
        NEWS_DAYS before its publication or that day itself ("on Tuesday", "today")?
        (Not only in the lead: highlights and headlines often come first.)"""
        return any(k <= piece for k in self.days)

    def _over_a_stretch(self, tok) -> bool:
        """Does a stretch of a week or more ("for months", "over the past year", "in
        recent weeks") hang on the verb of `tok`'s clause, or on the first of the verbs
        it is coordinated with?"""
        verb = _clause_verb(tok)
        for _ in range(3):
            if verb is None:
                return False
            if verb.i in self.stretched:
                return True
            if verb.dep_ != "conj":
                return False
            verb = verb.head
        return False

    def _names_publication_day(self) -> bool:
        """Does the story name its publication day ("on Thursday", "today")? A story
        that names no time at all is not told against (it says nothing either way)."""
        if self.pub is None or not self.timed:
            return True
        today = self.pub.isoformat()
        return any(d.date == today for days in self.days.values() for d in days)

    def _near(self, value: str) -> bool:
        """Is a day within NEWS_DAYS before the publication day (or on it, or on the
        day after it when the story was updated then)?"""
        day = _as_date(value)
        return day is not None and self.pub is not None and \
            self.pub - timedelta(days=NEWS_DAYS) <= day <= self.until

    def _day_before(self, piece: int) -> EventDate | None:
        """The one near day the nearest sentence before `piece` in its paragraph that
        names a time names ("The board met on Friday. Two members voted against the
        delay.", also over sentences between that name no time): the story goes on
        that day. None when it names none, or two."""
        prev = piece - 1
        while prev not in self.timed and prev - 1 >= 0 and \
                self.piece_line.get(prev - 1) == self.piece_line.get(piece):
            prev -= 1
        if self.piece_line.get(prev) != self.piece_line.get(piece):
            return None
        days = self.days.get(prev, [])
        if len({d.date for d in days}) != 1:
            return None
        return days[0]

    def _lead_act(self, tok, fallback: EventDate) -> EventDate:
        """The date of an act the lead tells with no time of its own. Told in the
        past, it happened on the day the lead names ("The chairman demanded Wednesday
        that ... Rep. X complained in a letter ..."), not on the publication day; in a
        story that names no day near its publication (an opinion piece, an analysis),
        on a day the text does not give (when it names times, all far from the
        publication day). Told in the present ("is calling for"), it is
        the news of the publication day. An act told in a relative clause describes a
        thing or person ("the memos he shared with a friend"): no day of the lead's."""
        if told_tense(tok) != "past":
            if present_perfect(tok) and _described_by_relative(tok):
                # "the minister, who has threatened to resign", "the pact, which X has
                # vowed to scrap": what a person or thing has done or had done to it,
                # told to say which one it is, is background held over time, no act of
                # the publication day (not a clause on an occasion, "the only visit
                # a premier has paid ...", which can be the day's act)
                return UNDATED
            return fallback
        if not self.news and self.timed:
            return UNDATED  # (a text that names no time at all says nothing either way)
        if tok.pos_ not in ("VERB", "AUX"):
            return fallback  # (an act a noun names inside another is no act of that day)
        if _relative_clause(tok):
            # "the memos he shared with a friend", "the areas in which they accused him":
            # a thing described, background to the lead's news, as in the body
            return UNDATED
        return self.story_day or self.lead_day or self.only_day or fallback

    def _todays_deed(self, tok, piece: int, own: "_PieceTime | None") -> bool:
        """Is a deed told in the simple past in the body, with no time of its own, the
        day's news? Only in a story whose lead tells the news of the day (its lead names
        no time but days within NEWS_DAYS of publication), in a sentence that goes on
        with the lead's thread (it names a person, place or thing the lead names), told
        as news (the main clause, or the content of a verb of reporting) with no marker
        of background ("previously", "once", "ago", "since", a life's events)."""
        if own is not None or piece in self.timed or tok.pos_ not in ("VERB", "AUX") or \
                not self._lead_is_news():
            return False  # (an act a noun names is a thing described)
        verb = finite_verb(tok)
        if verb is None or verb.i != tok.i or verb.tag_ not in ("VBD", "VBN") or \
                not _news_clause(verb):
            return False  # (not an act someone was told or tried to do: "instructed X to cancel")
        sent = self._piece_tokens(piece)
        if any(t.lower_ in ("after", "before") and t.i < verb.i for t in sent):
            return False  # "After a judge blocked the law, ..."
        if any(t.lower_ in _BACKGROUND_WORDS or lemma_of(t) in _LIFE_EVENTS for t in sent) \
                or any(t.tag_ == "VBN" and (present_perfect(t) or background(t)) for t in sent):
            return False  # a perfect beside it ("Schools have reopened, and ... lifted")
        return bool(_thread_words(sent) & self._lead_words())

    def _lead_is_news(self) -> bool:
        if getattr(self, "_lead_news", None) is None:
            ok = True
            for piece, t in self.times.items():
                if piece > self.lead or t.relative:
                    continue
                span = TimexValue.parse(t.date.date) if t.date is not None else None
                if t.far or span is None or self.pub is None or \
                        span.end < self.pub - timedelta(days=NEWS_DAYS) or \
                        span.start > self.pub + timedelta(days=1):
                    ok = False
            # and it is no preview ("The president will preside ..."): a main verb of the
            # lead tells what was done (past, present perfect) or none looks ahead
            verbs = [t for piece in range(0, self.lead + 1) for t in self._piece_tokens(piece)
                     if t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj", "ccomp")]
            done = any(told_tense(t) == "past" or present_perfect(t) for t in verbs)
            ahead = any(a in ("will", "'ll", "\u2019ll", "shall") for t in verbs
                        for a in _auxiliaries(t))
            self._lead_news = ok and (done or not ahead)
        return self._lead_news

    def _piece_tokens(self, piece: int) -> list:
        if getattr(self, "_spans", None) is None:
            spans: dict[int, list[int]] = {}
            for i, k in enumerate(self.pieces):
                spans.setdefault(k, [i, i])[1] = i
            self._spans = spans
        lo, hi = self._spans.get(piece, (0, -1))
        return [self.doc[i] for i in range(lo, hi + 1)]

    def _lead_words(self) -> set[str]:
        if getattr(self, "_lead_set", None) is None:
            words: set[str] = set()
            for piece in range(0, self.lead + 1):
                words |= _thread_words(self._piece_tokens(piece))
            self._lead_set = words
        return self._lead_set

    def _reported_on(self, tok, own: "_PieceTime | None") -> bool:
        """Is `tok` in the content clause of the sentence's verb of speaking, whose
        own time is a day or week within NEWS_DAYS before the publication day?"""
        if own is None or own.relative or own.far or own.date is None or self.pub is None:
            return False
        span = TimexValue.parse(own.date.date)
        if span is None or (span.end - span.start).days > 7 or \
                span.start > self.until or span.end < self.pub - timedelta(days=NEWS_DAYS):
            return False
        return _saying_over(_clause_verb(tok)) is not None

    def _said_next(self, tok, piece: int) -> EventDate | None:
        """ "X accused Y of lying. 'Quote,' X said Thursday.": words told with no time
        of their own, then quoted with the speaker's own day in the next sentence (or the
        one after, when the one between gives no time) were said that day."""
        who = _subject_word(tok)
        if who is None:
            return None
        for k in (piece + 1, piece + 2):
            t, verb = self.times.get(k), self.main_verb.get(k)
            if t is None:
                if k in self.timed:
                    return None
                continue
            if verb is None or t.relative or t.far or t.date is None or self._ahead(t):
                return None
            if lemma_of(verb) not in _REPORTING and lemma_of(verb) not in _IN_WORDS or \
                    background(verb):
                return None  # (a saying told in the past perfect is an earlier one)
            said_by = _subject_word(verb)
            if said_by == who or (k == piece + 1 and said_by in _SPEAKER_PRONOUNS):
                return EventDate(t.date.date, t.date.precision, t.date.text, "text")
            return None
        return None

    def _story_day(self) -> EventDate | None:
        """The day the lead tells of, when it names one before the publication day
        within NEWS_DAYS ("Trump said Monday night ...", published Tuesday): words said
        in the body with no time of their own were said then."""
        if self.pub is None:
            return None
        for piece in sorted(self.times):
            if piece > self.lead:
                break
            t = self.times[piece]
            if t.relative or t.far or t.date is None or t.date.precision != "day" or \
                    not self._near(t.date.date):
                continue
            return EventDate(t.date.date, "day", t.date.text, "text")
        return None

    def _lead_named_day(self) -> EventDate | None:
        """The one near day the lead names when no lead sentence's main verb carries a
        time: the parse often hangs the lead's day on a verb other than its root ("X said
        on Tuesday Y provided help", the root taken to be "provided"), yet the lead still
        tells the news of that day. Only one day: a lead that names two (an arrest on
        Monday, a hearing on Tuesday) leaves it open which one the story is of; and only a
        day before the publication day (on that day the publication day is the same day,
        and the fallback gives it already); and a day the narrator tells, not one inside
        a quotation or a clause describing a noun ("Cuomo welcomed it: 'we agreed
        yesterday'", "a video released Sunday"), read on the judged files as other acts'
        days (dates23a); nor the day of an earlier act the lead orders its news against
        ("protests went on, days after police fired on Saturday"): that act came before
        the lead's news (fix24, from a review of made-up leads)."""
        if self.pub is None:
            return None
        named: dict[str, EventDate] = {}
        for piece in sorted(self.days):  # (in text order: the first telling gives the words)
            if piece <= self.lead:
                for d in self.days[piece]:
                    named.setdefault(d.date, d)
        if len(named) != 1:
            return None
        told = next(iter(named.values()))
        # a day before publication only: on it the fallback gives the day already, and a
        # later day (a bare weekday `story_weekdays` reads as the day after publication)
        # is not one the lead's news already happened on
        if told.date >= self.pub.isoformat() or not any(
                (piece, told.date) in self.told_days for piece in range(self.lead + 1)):
            return None
        return EventDate(told.date, "day", told.text, "text")

    def _only_day(self) -> EventDate | None:
        """The day before publication, when it is the one near day the story names
        ("Border guards stopped a convoy ... on Wednesday", published Thursday, and no
        other day of that week named): the story's news is of that
        day, so what it tells in the past as news with no time of its own happened
        then, not on the publication day. Not "overnight" (the night into the
        publication day: its news is of that day)."""
        if self.pub is None:
            return None
        named: dict[str, list[EventDate]] = {}
        for piece in sorted(self.days):  # (in text order: the first telling names it)
            for d in self.days[piece]:
                named.setdefault(d.date, []).append(d)
        if len(named) != 1:
            return None
        told = next(iter(named.values()))
        if (self.pub - date.fromisoformat(told[0].date)).days != 1 or \
                any("overnight" in (d.text or "").lower() for d in told):
            return None
        return told[0]

    def _paragraph_time(self, piece: int) -> _PieceTime | None:
        """The time of the nearest sentence before `piece` in its paragraph that gives
        one (the sentence just before counts even across a paragraph break)."""
        prev = self.before(piece)
        if prev is not None:
            return prev
        line = self.piece_line.get(piece)
        k = piece - 2
        while k >= 0 and line is not None and self.piece_line.get(k) == line:
            if k in self.times:
                return self.times[k]
            k -= 1
        return None


    def _ahead(self, t: _PieceTime) -> bool:
        """A time after the publication day (plans) says nothing of a past act."""
        span = TimexValue.parse(t.date.date) if t.date is not None else None
        return span is not None and self.pub is not None and span.start > self.until


# A DURATION value of weeks, months, years or more ("P9M", "PXW", "P2Y"), not of hours
# or days: an act told over it took no one day.
_STRETCH = re.compile(r"^P(?:\d+|X)(?:W|M|Y|DE|CE)$")
_STRETCH_PREPS = frozenset(_LISTS["stretch_preps"])
# Verbs whose "for" and a duration after them give the term of what they impose
# ("jailed him for five years", "suspended the paper for six months"): no stretch.
_TERM_VERBS = word_classes()["term_verbs"]


def _stretched_verbs(doc, timexes: Iterable[Timex]) -> set[int]:
    """Indexes of the verbs a stretch of a week or more hangs on: bare ("weeks of
    talks" is a noun's) or through one of _STRETCH_PREPS ("for months", "over the
    last nine months", "in recent weeks"); not the term a verb of _TERM_VERBS imposes
    ("jailed for five years")."""
    out: set[int] = set()
    for tx in timexes:
        if tx.type != "DURATION" or not _STRETCH.match(tx.value or ""):
            continue
        root = span_root(doc, tx.start, tx.end)
        if root is None:
            continue
        head = root.head
        if root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in _STRETCH_PREPS:
            verb = head.head
            if head.lower_ == "for" and head.i > verb.i and lemma_of(verb) in _TERM_VERBS:
                continue  # the term imposed, told after the verb, not the act's stretch
        elif root.dep_ in ("npadvmod", "tmod", "advmod"):
            verb = head
        else:
            continue
        if verb.pos_ in ("VERB", "AUX") and verb.i != root.i:
            out.add(verb.i)
    return out


def _subject_noun(verb):
    """The noun subject of `verb`, or None."""
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)


def _perfect(tok) -> bool:
    """In the present perfect, simple or progressive ("has rejected", "have been
    targeting"): true over a stretch up to now, no one day."""
    if present_perfect(tok):
        return True
    verb = _clause_verb(tok)
    if verb is None or verb.tag_ != "VBG":
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return "been" in aux and bool(aux & _HAVE)


# Prepositions that place an act at an occasion ("at a news conference on Tuesday").
_SETTING_PREPS = frozenset(_LISTS["setting_preps"])


def _rehung(root):
    """The verb of saying a time told between it and the subject of its bare content
    clause belongs to ("said on Monday he resigned", "told reporters on Friday the
    army fired"), where the parser hangs the time on the content clause's verb; else
    None. After "that" ("said that on Monday he resigned") the time is the content's."""
    verb = root.head
    if root.dep_ == "pobj" and verb.dep_ == "prep":
        first = verb.i
        verb = verb.head
    elif root.dep_ in ("npadvmod", "tmod", "advmod"):
        first = root.left_edge.i
    else:
        return None
    if verb.dep_ != "ccomp" or verb.pos_ not in ("VERB", "AUX"):
        return None
    said = verb.head
    if said.i > first or not _says(said):
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subjects or root.right_edge.i >= min(c.left_edge.i for c in subjects) or \
            any(c.dep_ == "mark" and c.i < first for c in verb.children):
        return None
    inside = {t.i for t in verb.subtree}
    if any(k in inside for k in range(said.i + 1, first)):
        return None
    return said


def _main_time(root, lines: list[int] | None = None) -> bool:
    """Does the timex tell when the sentence's main act happened ("The comments were
    made Monday", "On Monday, X signed ...", "In 2011, he was to meet ...")? Not when
    it dates a noun or a subordinate clause ("since the invasion in February 2022")."""
    return _main_verb(root, lines) is not None


# Adverbs that place an act within a day they take ("earlier on Saturday", "late on Friday").
_ADVERBS_OF_DAY = frozenset(_LISTS["adverbs_of_day"])


def _main_verb(root, lines: list[int] | None = None):
    """The sentence's main verb when the timex dates it (see `_main_time`), else None."""
    line_verb = _line_verb(root, lines)
    if line_verb is not None:
        return line_verb  # the main verb of the timex's own line (the parse ran lines together)
    verb = root.head
    if root.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
        if verb.pos_ == "ADV" and verb.dep_ == "advmod" and verb.lower_ in _ADVERBS_OF_DAY:
            verb = verb.head  # "Earlier on Saturday, X said ...": the adverb's verb
        if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "pobj" and \
                verb.head.lower_ in _SETTING_PREPS:
            # "At a news conference on Tuesday, X said ...": the time of the occasion
            # the main act took place at
            verb = verb.head.head
    elif root.dep_ not in ("npadvmod", "advmod", "tmod", "obl", "nmod"):
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    verb = first_conjunct(_rehung(root) or verb)
    return verb if verb.dep_ == "ROOT" or verb.head.i == verb.i else None


def _bound(root) -> bool:
    """ "since July", "after Monday", "by Friday": a bound, not the time of an act."""
    return (root.head.dep_ == "prep" and root.head.lower_ in _ORDERING_PREPS) or (
        root.dep_ == "prep" and root.lower_ in _ORDERING_PREPS) or _due_date(root)


def _prior_clause(tok) -> bool:
    """In a clause ordered against another act ("appealed after a judge rejected
    its argument": the rejection came before, on a day the text does not give)."""
    verb = _clause_verb(tok)
    if verb is None:
        return False
    node = verb
    for _ in range(3):
        if _ordered_clause(node):
            return True
        if node.dep_ not in ("conj", "xcomp"):
            return False
        node = node.head
    return False


def _ordered_clause(node) -> bool:
    """Is `node` the head of a clause that orders the act it hangs on against its own
    ("after a judge rejected ...", "before signing", "since he took office")?"""
    return node.dep_ in ("advcl", "pcomp") and (
        any(c.dep_ == "mark" and c.lower_ in _PRIOR_MARKS for c in node.children)
        or (node.dep_ == "pcomp" and node.head.lower_ in _PRIOR_MARKS))


def _under_prior(tok) -> bool:
    """Inside a phrase or clause that orders the act above it after (or before) another
    ("quit after claims that it attacked Sweden", "a week after the board said it was
    reviewing the deal", "before the talks it had called for"): `tok` itself, or any word
    it hangs below up to that phrase. Not the noun the preposition takes ("protested
    on Friday after the raid on X", "spoke on Monday after the talks with Y"): read
    on the gold dates, that act was as often of the same day as not."""
    cur = tok
    for _ in range(8):
        if cur.i not in (tok.i, tok.head.i) and cur.dep_ == "prep" and \
                cur.lower_ in _PRIOR_PREPS:
            return True
        if cur.pos_ in ("VERB", "AUX") and _ordered_clause(cur):
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


_SPEAKER_PRONOUNS = frozenset(_LISTS["speaker_pronouns"])


def _subject_word(tok) -> str | None:
    """The head word of the subject of `tok`'s clause (through coordinated verbs:
    "X took offense and accused ..."), lower-cased, or None."""
    verb = finite_verb(tok) or _clause_verb(tok)
    for _ in range(3):
        if verb is None:
            return None
        for c in verb.children:
            if c.dep_ == "nsubj":
                return c.lower_
        if verb.dep_ != "conj":
            return None
        verb = verb.head
    return None


def _prior_noun(tok) -> bool:
    """An act a noun names as the time after (or before) which another happened ("asked
    again after the riots", "following the vote"): it came at another time, which
    the publication day is not."""
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in _PRIOR_PREPS


# Nouns of a time that a relative clause can tell ("on the day the talks ended").
_TIME_OF = _DAY_NOUNS | frozenset(_LISTS["time_of_extra"])


def _at_time_of_another(tok) -> bool:
    """ "shelled the town on the night the truce ended", "the day he was elected":
    its time is told by another act, whose day the text does not give here."""
    verb = _clause_verb(tok)
    if verb is None:
        return False
    for c in verb.children:
        nouns = [c] if c.dep_ == "npadvmod" else (
            [g for g in c.children if g.dep_ == "pobj"]
            if c.dep_ == "prep" and c.lower_ in ("on", "in", "during", "at", "by") else [])
        for n in nouns:
            if n.lower_ in _TIME_OF and any(g.dep_ == "relcl" for g in n.children):
                return True
    return False


# "a recent visit", "the previous talks", "his last trip": an act the noun places
# before now, on a day the text does not give.
_EARLIER = frozenset(_LISTS["earlier"])


def _earlier_noun(tok) -> bool:
    return tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in _EARLIER
                                      for c in tok.children)


# "X recently condemned ...", "initially called on ...": an adverb on the act's own verb
# that places it before (or after) the news, with no day the text gives.
_EARLIER_ADVERBS = frozenset(_LISTS["earlier_adverbs"])
_STANDING_DENIALS = frozenset(_LISTS["standing_denials"])


# Written records and the verbs they tell by (`_documented_act`, dates20b).
_RECORD_DOCUMENTS = frozenset(_LISTS["record_documents"])
_RECORD_VERBS = frozenset(_LISTS["record_verbs"])


def _record_noun(tok) -> bool:
    return tok is not None and (lemma_of(tok) in _RECORD_DOCUMENTS or
                                tok.lower_ in _RECORD_DOCUMENTS)


def _documented_act(tok) -> bool:
    """Is `tok` a verb told in the past as what a written record says, in the clause the
    record's verb takes ("The ministry said in a complaint that X hid the money", "The
    letter shows that Z had asked for it") or "according to" it? What a complaint, an
    indictment or a letter tells was done before it was written: not on the day the
    story gives the record (dates20b)."""
    if tok.pos_ not in ("VERB", "AUX") or told_tense(tok) != "past":
        return False
    for c in tok.children:  # "according to the indictment, X paid ..."
        if c.dep_ == "prep" and c.lower_ == "according" and any(
                _record_noun(p) for t in c.children for p in [t, *t.children] if p.dep_ == "pobj"):
            return True
    clause = _content_clause(tok)
    if clause is None or clause.dep_ != "ccomp":
        return False
    gov = clause.head
    if gov.pos_ not in ("VERB", "AUX") or lemma_of(gov) not in _RECORD_VERBS:
        return False
    for left in gov.lefts:
        # "the indictment charges that ..." (also a subject the parser hung on a clause
        # set off before the verb: "The memo, which reporters obtained, shows ...")
        if left.dep_ in ("nsubj", "nsubjpass") and _record_noun(left) or \
                left.dep_ in ("ccomp", "parataxis") and any(
                    c.dep_ in ("nsubj", "nsubjpass") and _record_noun(c) for c in left.children):
            return True
    for c in gov.children:
        if c.dep_ == "prep" and c.lower_ == "in" and any(
                p.dep_ == "pobj" and _record_noun(p) for p in c.children):
            return True  # "said in a lawsuit that ..."
    return False


def _standing_denial(tok) -> bool:
    """Is `tok` a verb of denial or refusal (`_STANDING_DENIALS`) in the simple present
    ("denies", "both deny", "does not deny"), not said by a speaker of itself ("we deny ...",
    in a statement, is the statement's act) nor going on ("is denying")?"""
    if tok.pos_ != "VERB" or lemma_of(tok) not in _STANDING_DENIALS:
        return False
    if tok.tag_ not in ("VBZ", "VBP") and not (
            tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in ("do", "does")
                                     for c in tok.children)):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass") and first_person(c) for c in tok.children)


def _written_act(tok) -> bool:
    """Is `tok` a verb whose own "in" phrase names a written record (`_RECORD_DOCUMENTS`:
    "urged X in a letter", "In its recommendations, the office urged ...")? Spoken words
    ("in a speech", "in a statement", "in an interview") are not: they are the day's; nor
    an inquiry ("In the investigation, X asked ..."), an occasion the act was done in."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        p.dep_ == "pobj" and _record_noun(p) and lemma_of(p) not in _INQUIRY_WORDS
        and _written_sense(p) for p in c.children) for c in tok.children)


_RECORD_SENSES_CHECKED = frozenset(_LISTS["record_senses_checked"])


def _written_sense(noun) -> bool:
    """Is a record noun with another everyday sense (`_RECORD_SENSES_CHECKED`: "in a
    dark suit", "in a column of tanks") told as a text: a publication it is for, in or
    to ("a column for a weekly", "a suit in federal court"), written or published, or
    a name on it ("his Times column")? Other record nouns need no sign."""
    if lemma_of(noun) not in _RECORD_SENSES_CHECKED and noun.lower_ not in _RECORD_SENSES_CHECKED:
        return True
    return any((c.dep_ == "prep" and c.lower_ in ("for", "in", "to", "against")) or
               (c.dep_ == "acl" and lemma_of(c) in ("write", "publish", "file")) or
               (c.dep_ in ("compound", "poss") and c.ent_type_ in ("ORG", "WORK_OF_ART"))
               for c in noun.children)


def _earlier_adverb(tok) -> bool:
    """Is `tok` told in the past with an adverb of another time (`_EARLIER_ADVERBS`),
    standing alone, on the verb of its clause or on the verb it is the complement of
    ("subsequently tried to play it down")? Not one with words of its own ("earlier in the
    day", "days later": a time told from another) nor one of a present ("is already
    investigating" goes on now)."""
    if told_tense(tok) != "past" or _reported_thing(tok):
        return False
    verb = _clause_verb(tok)
    for _ in range(2):
        if verb is None:
            return False
        if any(c.dep_ == "advmod" and c.lower_ in _EARLIER_ADVERBS and not any(c.children)
               and not _time_follows(c) for c in verb.children):
            return True
        if verb.dep_ != "xcomp":
            return False
        verb = verb.head
    return False


def _reported_thing(tok) -> bool:
    """dates18c: is `tok` an act named as a noun that a verb of reporting tells of ("The
    paper initially reported the phone call", "first reported on the raid")? An adverb of
    another time on the reporting verb places the report, not the act it tells of; that
    act keeps the day the text carries to it."""
    if tok.pos_ != "NOUN":
        return False
    verb = _clause_verb(tok)
    if verb is None or lemma_of(verb) not in _REPORTING:
        return False
    cur = tok
    while cur.i != verb.i:
        if cur.dep_ not in _NOMINAL:
            return False  # only the thing reported, not a noun of another clause
        cur = cur.head
    return True


def _time_follows(adverb) -> bool:
    """ "earlier in the day", "later on Friday", "earlier Tuesday": the adverb begins a time.
    A preposition after it begins one only when its object names a time ("initially in
    March", "subsequently in the week"), not a party or a place ("recently met with X",
    "previously served in Kabul")."""
    if adverb.i + 1 >= len(adverb.doc):
        return False
    after = adverb.nbor(1)
    if after.ent_type_ in ("DATE", "TIME"):
        return True
    return after.dep_ == "prep" and any(
        c.dep_ == "pobj" and (c.ent_type_ in ("DATE", "TIME") or lemma_of(c) in _TIME_PHRASE_NOUNS)
        for c in after.children)


# Nouns whose phrase after an adverb is a time ("earlier in the day", "later that week").
_TIME_PHRASE_NOUNS = _DAY_NOUNS | frozenset(_LISTS["time_phrase_nouns_extra"])


_ANSWERS = frozenset(_LISTS["answers"])


def _answered_act(tok) -> bool:
    """A noun naming an act the verb above answers, or judges or punishes it for (it
    came before, so the verb's time is not its time): `_answered_noun`, `_reason_noun`."""
    return _answered_noun(tok) or _reason_noun(tok)


def _answered_noun(tok) -> bool:
    """An act a noun names as what a verb answers ("responded on Monday to the
    charges", "will heed the appeal", "criticized his refusal"): it came before
    the answer, so the answer's time is not its time (a time of its own still dates it:
    "condemned Monday's attack")."""
    if tok.pos_ != "NOUN":
        return False
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
        if verb.dep_ == "prt" or (verb.pos_ == "ADV" and verb.head.pos_ in ("VERB", "AUX")):
            verb = verb.head  # "brushed aside", "responded back to"
    elif tok.dep_ != "dobj":
        return False
    return verb.pos_ in ("VERB", "AUX") and lemma_of(verb) in _ANSWERS


def _reason_noun(tok) -> bool:
    """ "admonished Russia for its veto", "X was sanctioned for the attack": a noun
    after "for" on a verb done to someone names what the act answers, an act done
    before it, so the verb's time is not its time (a time of its own still dates it).
    Only verbs of judging or punishing (list `reason_verbs`): "was invited for a visit",
    "met on Monday for talks" tell a purpose."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ != "for" or \
            tok.head.dep_ != "prep":
        return False
    verb = tok.head.head
    return verb.pos_ in ("VERB", "AUX") and lemma_of(verb) in _REASON_VERBS and any(
        c.dep_ in ("dobj", "nsubjpass") for c in verb.children)


_REASON_VERBS = frozenset(_LISTS["reason_verbs"])


def _habitual(tok) -> bool:
    """ "met nine times", "repeatedly clashed": many occasions, no one date."""
    verb = _clause_verb(tok)
    if verb is None:
        return False
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in _HABITUAL:
            return True
    for t in verb.subtree:
        # "nine times", "a total of nine times", "on several occasions"
        if t.lower_ in _TIMES and any(c.dep_ in ("nummod", "amod") for c in t.children):
            node, steps = t, 0
            while node.i != verb.i and steps < 4 and node.pos_ not in ("VERB", "AUX"):
                node, steps = node.head, steps + 1
            if node.i == verb.i:
                return True
    return False


def _simple_past(tok) -> bool:
    verb = _clause_verb(tok)
    return verb is not None and verb.tag_ == "VBD"


# Ways a verb or noun hangs below the finite verb that gives its tense: control
# ("refused to ratify"), objects and prepositions ("accused X of sabotaging the talks"),
# a second verb sharing the subject ("responded ... and called for").
_TENSE_FROM_HEAD = frozenset({"advcl", "xcomp", "pcomp", "prep", "pobj", "dobj", "conj", "compound",
                              "amod", "nsubj", "nsubjpass"})
# The modal auxiliaries (predicate's list) and the contractions that tell no tense
# ("they'll", "they'd"); senses reads them too.
MODALS = PREDICATE_MODALS | frozenset(_LISTS["contracted_modals"])
_PAST_AUX = frozenset(_LISTS["past_aux"])
_PRESENT_AUX = frozenset(_LISTS["present_aux"])
PRESENT_PERFECT_AUX = frozenset(_LISTS["present_perfect_aux"])
PAST_PERFECT_AUX = frozenset(_LISTS["past_perfect_aux"])
# (told_tense reads it beside MODALS, which hold "'d" too: "they'd" is no tense either way)
_PERFECT_AUX = PRESENT_PERFECT_AUX | PAST_PERFECT_AUX


def _auxiliaries(verb) -> list[str]:
    return [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")
            and c.lower_ != "to"]


def finite_verb(tok):
    """The finite verb that gives `tok` its tense: itself, or the verb it hangs below
    through control, objects, prepositions or coordination without a subject of its
    own; None when there is none within reach."""
    cur = tok
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX"):
            if cur.tag_ in ("VBD", "VBZ", "VBP", "MD") or _auxiliaries(cur):
                return cur
            if cur.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass")
                                          for c in cur.children):
                return None
        if cur.head.i == cur.i or (cur.dep_ not in _TENSE_FROM_HEAD and not (
                # "a treaty, backed by X", "the order freezing the scheme": a
                # participle describing a thing is told in its clause's tense
                cur.dep_ == "acl" and cur.tag_ in ("VBG", "VBN"))) or (
                cur.dep_ == "advcl" and not _at_same_time(cur)):
            return None
        cur = cur.head
    return None


def told_tense(tok) -> str | None:
    """ "past" (simple past, past progressive or passive: "resisted", "was charged",
    "were visiting"), "present" (simple or progressive: "backs", "are urging"), or None
    (perfect, modal, or no finite verb within reach)."""
    verb = finite_verb(tok)
    if verb is None:
        return None
    aux = _auxiliaries(verb)
    if any(a in MODALS or a in _PERFECT_AUX for a in aux) or present_perfect(verb):
        return None
    if not aux:
        return {"VBD": "past", "VBZ": "present", "VBP": "present"}.get(verb.tag_)
    if aux[0] in _PAST_AUX:
        return "past"
    if aux[0] in _PRESENT_AUX:
        return "present"
    return None


def _relative_clause(tok) -> bool:
    """In a relative clause ("his post, in which he accused X", "one reason Iran
    insisted on ..."): told to describe a thing, background to the news."""
    verb = finite_verb(tok)
    return verb is not None and verb.dep_ == "relcl"


# Relative pronouns of a person.
_WHO = frozenset(_LISTS["who"])


def _described_by_relative(tok):
    """Is `tok` told in a relative clause that opens on a relative pronoun standing for
    a person or thing ("the envoy, who has resigned", "the pact, which they have vowed
    to scrap", "aides whose cars were seized")? Not a clause on an occasion ("the
    one day (that) a premier has visited ..."), where "that" is no pronoun of a person or thing."""
    verb = finite_verb(tok)
    if verb is None or verb.dep_ != "relcl":
        return False
    return any(t.lower_ in PRON_RELATIVE and t.dep_ not in ("mark", "advmod")
               for t in verb.subtree if t.i < verb.i)


def _person_described(tok):
    """The verb of a relative clause on a person that `tok` is told in ("the pilot who
    bombed the depot", "Dahl, whom the council sent to ..."): what the person did or
    had done to them, told to say who they are. None when it is in no such clause."""
    verb = finite_verb(tok)
    if verb is None or verb.dep_ != "relcl":
        return None
    # the pronoun on the verb ("who fired", "whom X ordered") or on its subject or object
    # ("whose car was seized"); not one deeper in a phrase before it ("where, as aides
    # who were there recall, she was warned")
    if any(c.lower_ in _WHO or (c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(
            g.lower_ in _WHO for g in c.children)) for c in verb.children if c.i < verb.i):
        return verb
    return None


def _perfect_governor(tok) -> bool:
    """Below a verb in the perfect ("have accused X of sabotaging the talks", "had
    urged ... to hold"): background, no one day."""
    verb = finite_verb(tok)
    return verb is not None and (present_perfect(verb) or background(verb))


_IN_WORDS = word_classes()["speech_acts"]


def _report_of_progressive(tok):
    """The verb of saying whose content clause tells `tok` in the past progressive ("said
    the troops were attacking the city", "told them his agency was offering help"), or
    None."""
    if tok.tag_ != "VBG" or not any(c.dep_ == "aux" and c.lower_ in ("was", "were")
                                    for c in tok.children):
        return None
    gov = _saying_over(tok)
    if gov is None or any(c.dep_ == "mark" and c.lower_ in ("whether", "if")
                          for c in _content_clause(tok).children):
        return None  # (not "asked whether the bureau was investigating ...": a question)
    # (a finite report: "a line telling taxpayers the state was giving ..." describes)
    return gov if gov.tag_ in ("VBD", "VBZ", "VBP") else None


# Ways a word hangs inside a clause it is told in: what a verb of saying says takes
# them all ("said it expelled ...", "said X was right when he refused ...").
_WITHIN_CLAUSE = frozenset({"conj", "xcomp", "advcl", "dobj", "pobj", "prep", "pcomp", "acl",
                            "nsubj", "nsubjpass", "compound", "amod", "attr", "acomp", "agent",
                            "dative", "oprd", "npadvmod"})


def _within_content(tok):
    """The verb of saying whose content clause holds `tok` below its own verb, in a
    clause within it, or None: an adverbial clause ("said X was right when he refused
    ...", "even though he pleaded ..."), a clause on a noun ("said attacks targeting the
    city were ..."), an infinitive of purpose ("said he did it to protest ...") or what
    a belief holds ("said he believes X lied"). Not the content clause's own verb and
    what hangs on it ("said it expelled two diplomats": the deed the report is news of),
    nor a clause that goes on at its time ("opened fire, killing two", "while talks went
    on"; "when" only beside a verb: "was insane when he shot" is the state's time).
    The nearest verb of saying: "said the paper reported that X resigned" is the paper's."""
    cur = tok
    crossed = False
    for _ in range(10):
        head = cur.head
        if head.i == cur.i:
            return None
        if cur.dep_ == "ccomp" and _says(head):
            # (a clause with no subject is no content: "said in a letter on Friday that
            # praised ..." tells what the letter did)
            if not crossed or not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")
                                      and c.lower_ not in PRON_RELATIVE
                                      for c in cur.children):
                return None
            return head
        if cur.dep_ not in _WITHIN_CLAUSE and cur.dep_ != "ccomp":
            return None
        if cur.dep_ == "advcl":
            marks = {c.lower_ for c in cur.children if c.dep_ in ("mark", "advmod")
                     and c.i < cur.i}
            crossed = crossed or not _at_same_time(cur) or (
                "when" in marks and lemma_of(head) == "be")
        elif cur.dep_ in ("acl", "ccomp"):  # (a relative clause stopped above)
            crossed = True
        cur = head
    return None


def _says(verb) -> bool:
    return verb.pos_ in ("VERB", "AUX") and (lemma_of(verb) in _REPORTING
                                             or lemma_of(verb) in _IN_WORDS)


def _content_clause(verb):
    """The clause head `verb` belongs to through coordination and control ("said they
    were shelling the town and moving on": the content clause of "said")."""
    for _ in range(3):
        if verb is None or verb.dep_ not in ("conj", "xcomp"):
            break
        verb = verb.head
    return verb


def _saying_over(verb):
    """The verb of saying or of speech acts whose content clause holds `verb` (through
    coordination and control), or None."""
    clause = _content_clause(verb)
    if clause is None or clause.dep_ != "ccomp":
        return None
    gov = clause.head
    return gov if _says(gov) else None


def _in_words(tok) -> bool:
    """An act done in words ("condemned", "declined to comment", "sought to downplay",
    "the statement", "charged that ..."): its own word, the verb it completes, its
    complement, or a content clause it takes."""
    words = {lemma_of(tok), tok.lower_}
    verb = finite_verb(tok)
    if verb is not None:
        words.add(lemma_of(verb))
    words.update(lemma_of(c) for c in tok.children if c.dep_ == "xcomp")
    # "charged that the WHO failed ...": a verb with a content clause says something
    return bool(words & _IN_WORDS) or any(c.dep_ == "ccomp" for c in tok.children)


def _words_named(tok) -> bool:
    """Is `tok` a noun of words (`speech_acts`: "criticism", "requests") not uttered
    by the verb it is the object of ("faced criticism", "refused requests"; not "issued
    a statement", "made the accusation": `uttering_verbs`)? Not a deed's noun ("during
    the attack": the time of the verb it goes with)."""
    if tok.pos_ != "NOUN" or not ({lemma_of(tok), tok.lower_} & _IN_WORDS):
        return False
    return not (tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX")
                and lemma_of(tok.head) in _UTTERING_VERBS)


def _perfect_report(tok) -> bool:
    """A past act told in the content clause of a verb in the perfect ("critics
    have claimed that the ministry removed ..."): background to the news."""
    verb = _clause_verb(tok)
    if verb is None or verb.dep_ != "ccomp":
        return False
    gov = verb.head
    return gov.pos_ in ("VERB", "AUX") and (present_perfect(gov) or background(gov))


# Verbs whose object noun names the words they utter ("issued a statement").
_UTTERING_VERBS = frozenset(_LISTS["uttering_verbs"])
# Words that mark a sentence as background to the day's news.
_BACKGROUND_WORDS = frozenset(_LISTS["background_words"])
# A life's events: biography, not the day's news.
_LIFE_EVENTS = frozenset(_LISTS["life_events"])
# Words too common in news to tie a sentence to the lead.
_COMMON = frozenset(_LISTS["common"])


def _thread_words(tokens) -> set[str]:
    """The names and nouns a sentence is about (lower-cased lemmas), to tie it to the lead."""
    return {lemma_of(t).lower() for t in tokens
            if t.pos_ in ("PROPN", "NOUN") and not t.is_stop and len(t.text) > 2
            and lemma_of(t).lower() not in _COMMON}


def _news_clause(verb) -> bool:
    """Is the verb the sentence's main clause (or conjoined to it), or the content of a
    verb of reporting ("..., officials said"; "police said the gunmen fled")?"""
    node = verb
    for _ in range(3):
        if node.dep_ != "conj":
            break
        node = node.head
    if node.dep_ == "ROOT" or node.head.i == node.i:
        return True
    return node.dep_ == "ccomp" and lemma_of(node.head) in _REPORTING
