"""The time of a story's untimed acts (`StoryTime.untimed`): the publication day
standing in for an act told as news, the day the lead or the sentence before names, a day
counted from another act ("a day later"), none for background; and the sentences whose
own time lies far from the publication (`far_sentences`). Split from events.dating
(2026-12-05); see its docstring."""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, timedelta
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from spacy.attrs import IDX

from ..dateline import update_stamps
from ..nlp import doc_text, doc_words
from ..records import Timex
from ..timevalue import TimexValue
from .arguments import JOINT_OCCASIONS, MEETING_NOUNS, OPEN_QUESTION
from ..words import DEFINITE_ONE, QUOTE_MARKS, told_as_known, word_lists
from ..merging.likeness import same_family
from .lexicon import WH_TAGS, lemma_of, word_classes
from .retell import ANOTHER
from .senses import charge_of_duty
from .predicate import FREQUENCY_WORDS, first_conjunct
from .dating import (EventDate, NEAR_DAYS, UNDATED, _COARSE_UNITS, _DAY_NOUNS, _UNIT_DAYS, _as_date,
                     _count, _exact_count, _moved_back, _moved_by, _whole_days)
from .tense import (MODALS, _auxiliaries, _clause_verb, _perfect, background, finite_verb,
                    present_perfect, told_tense)
from .saying import (_IN_WORDS, _REPORTING, _in_words, _perfect_report, _report_of_progressive,
                     _saying_over, _within_content, _words_named, credits_telling)
from .documents import bare_relative_past, object_gap_relative
from .governing import (COARSE_OWN, _earlier_noun, _in_noun_clause, in_own_time_clause, _main_verb, OCCUR, _purpose,
                        _quoted)
from .nountimes import _nested_noun, _topic_occasion
from .reasons import _answered_act, asked_or_topic, judged_for
from .timeheads import (_BARE_TIME, bound, _BOUND_PREPS, _calendar, EARLIER_OCCASION, _names_a_time,
                        _prenominal, _time_verb)
from .toldpast import root_map, timex_roots, year_told_past
from .undated import (_SPEAKER_PRONOUNS, _STANDING_CHARGES, _STANDING_DENIALS, _TIME_OF,
                      _at_time_of_another, _described_by_relative, _documented_act, _earlier_adverb, _earlier_occasion,
                      _habitual, _perfect_governor, _person_described, _prior_clause, _prior_noun,
                      _relative_clause, _standing_charge, _standing_denial, _subject_word,
                      _under_prior, _written_act)

# The dependents of a verb that tell how often it is done ("every day", "often",
# "whenever a ship docks", "on a daily basis").
_HOW_OFTEN_DEPS = ("advmod", "npadvmod", "advcl", "prep")

# The word lists of this module: data/storytime_lists.toml.
_LISTS = word_lists("newsbrief.events", "storytime_lists.toml")


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
            # "the 1990 border treaty": the time of that noun, not the sentence's (but "in
            # the days of the 2004 flood" is the sentence's time)
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
# How many days after its lead's day a page is published when it is no longer the day's
# story whose body tells the day's reactions (`StoryTime._written_days_after`): the same
# day, the next (filed late, or the morning after) and the one after (a Friday's news on
# a Sunday page) are still the day's (measured: datewk).
STORY_GAP_DAYS = 3
# Sentences (with at least LEAD_WORDS words) that make the lead.
LEAD_SENTENCES = 2
LEAD_WORDS = 8


def lead_end(doc, pieces: list[int], sentences: int | None = None,
             skip: frozenset[int] = frozenset()) -> int:
    """The last sentence piece of the article's lead: the first `sentences` pieces
    (LEAD_SENTENCES by default) of at least LEAD_WORDS words, with what comes before
    them (headline, byline, a wire dateline: too short to count). The one notion of the
    lead for dating and for the main act's anchor (events.mainact), which reads more of
    its sentences; -1 when it has none. Pieces in `skip` (the caption lines, for the
    dating lead) never count as lead sentences."""
    sentences = LEAD_SENTENCES if sentences is None else sentences
    if sentences <= 0:
        return -1
    words: dict[int, int] = {}
    for i, word in enumerate(doc_words(doc)):
        if word.isalpha():
            words[pieces[i]] = words.get(pieces[i], 0) + 1
    seen = 0
    for piece in sorted(words):
        if words[piece] >= LEAD_WORDS and piece not in skip:
            seen += 1
            if seen == sentences:
                return piece
    return max(words, default=0)
# "a day later", "two days earlier": a span measured from another act.
_RELATIVE = frozenset(_LISTS["relative"])
# The subordinators of a clause a short while ("hours", "shortly") puts on the same day.
_SUBORDINATORS = frozenset({"after", "before"})
# The parts of a day ("Monday morning", "Friday night": morning, afternoon, evening,
# night) that put such a clause, when it tells the act's own sequel (`_own_sequel`), on
# the act's day (`StoryTime.__init__`).
_DAY_PARTS = _DAY_NOUNS - {"day"}
_WITHIN_DAY = frozenset(_LISTS["within_day"])
# Adverbs that before "after" / "before" put the clause's act within hours of the act
# it hangs on ("collapsed on Thursday just after the envoy walked out"), as "hours after"
# does; not "soon" ("soon after taking office" is as often weeks).
_WITHIN_HOURS_ADVERBS = frozenset(_LISTS["within_hours_adverbs"])
_TIED_AFTER_PREPS = frozenset(_LISTS["tied_after_preps"])
_REACTION_PARTICIPLES = frozenset(_LISTS["reaction_participles"])
_CHARGING_DOCUMENT_PREPS = frozenset(_LISTS["charging_document_preps"])
# An ask and the answers to what it asked for (`StoryTime._answered_by`).
_ASKS = frozenset(_LISTS["answered_asks"])
_ANSWERS = word_classes()["accede"] | frozenset(_LISTS["ask_refusals"]) | \
    frozenset(_LISTS["ask_grants"])
_NEXT = {w: int(n) for w, n in (e.split() for e in _LISTS["next"])}
# part of a day -> {"after"/"before": the days it moves} (`_day_beside`)
_DAY_BESIDE_STEPS = {
    noun: {rel: int(n) for part, rel, n in (e.split() for e in _LISTS["day_beside_steps"])
           if part == noun}
    for noun in {e.split()[0] for e in _LISTS["day_beside_steps"]}}
# "at the time", "at that time": the time the story told just before (`_at_the_time`).
_AT_THE_TIME_PREPS = frozenset(_LISTS["at_the_time_preps"])
_AT_THE_TIME_DETS = frozenset(_LISTS["at_the_time_dets"])
# Dependencies of a participle or clause describing a noun (`_lead_act`).
_DESCRIBING = frozenset({"acl", "relcl"})
# Occasions a lead's news is told at ("near the end of his visit", "two days of talks",
# "at the close of the hearing"): a noun of one inside another noun's phrase in the lead
# may be of the lead's day, unlike the act another noun's phrase describes (`_lead_act`).
# arguments' meeting nouns, the word classes' joint occasions and occasion nouns, and
# `lead_occasions`.
_LEAD_OCCASIONS = MEETING_NOUNS | frozenset(JOINT_OCCASIONS) | word_classes()["occasion_nouns"] | \
    frozenset(_LISTS["lead_occasions"])
# Nouns whose "of" names the lead's own acts, counted or carried ("a wave of attacks",
# "a convoy of aid", "a show of protest"): `_partitive_of`.
_LEAD_PARTITIVES = word_classes()["counting_nouns"] | frozenset(_LISTS["lead_carriers"])


def _narrated(root, pieces: list[int]) -> bool:
    """Is the time at `root` told by the narrator as a time of the news: not a bound
    ("since Tuesday"), not inside a quotation, a clause describing a noun, nor an earlier
    act the news is ordered against ("after his trip last week" hangs on the trip)? The
    one filter of the lead's told days and its week."""
    return not bound(root) and not _quoted(root, pieces) and not _in_noun_clause(root) \
        and not _under_prior(root)


def _week_of_past_act(root, ended: bool) -> bool:
    """Is the week at `root` the time of an act told in the past: a week already over
    ("the talks broke down last week"; `ended`), or this week on a verb told in the simple
    past ("The dispute deepened this week")? This week named for an act to come or
    under way ("will gather later this week", "is expected to decide this week", "Voters
    go to the polling stations this week") is no time of the lead's past acts. The act is the first verb above the week; one under "to" (expected, due,
    set, agreed to ...) is to come whatever its governor's tense; "later this week" is to
    come. A participle the parser left with no auxiliary and no finite verb above it
    ("The rift deepened this week", "deepened" tagged VBN at the root) is read as the
    past it is (`told_tense`'s bare_participle)."""
    if ended:
        return True  # (a week over times no act to come, whatever verb the parser chose)
    if any(c.dep_ == "advmod" and c.lower_ == "later" for c in root.children):
        return False
    verb = next((a for a in root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return told_tense(verb, bare_participle=True) == "past"


def _partitive_of(noun) -> bool:
    """Is `noun` under the "of" of a noun that counts, bundles or carries it ("a wave of
    attacks", "a convoy of aid", "the largest show of protest")? Such an act is the
    news the outer noun is told of, not a thing another noun's phrase describes (read so,
    the lead's own news lost its day)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "of":
        return False
    outer = prep.head
    return outer.lower_ in _LEAD_PARTITIVES or lemma_of(outer) in _LEAD_PARTITIVES


@dataclass(frozen=True)
class _PieceTime:
    date: EventDate | None  # the calendar time the sentence gives (None: none)
    far: bool  # that time lies more than NEAR_DAYS from the publication day
    relative: str | None  # "anchored": its time is told from another act's


class StoryTime:
    """Per sentence piece of one article: the time it gives, whether it is the lead,
    and how an untimed act in it is dated (`untimed`)."""

    def __init__(self, doc, timexes: Iterable[Timex], published: str | None,
                 pieces: list[int], until: str | None = None,
                 aside: frozenset[int] = frozenset()):
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
        # the near weeks each piece names as the narrator's ("this week", "last week"),
        # for `_lead_week`
        self.weeks: dict[int, dict[str, EventDate]] = {}
        self.time_roots: list[int] = []  # the root token of every calendar time
        self.root_spans: dict[int, object] = {}  # root token -> its span (or None)
        # (piece, day) of the near days the narrator tells of the lead's own act, for
        # `_lead_named_day`: not inside a quotation (the speaker's "yesterday"), nor in a
        # clause describing a noun ("a video released Sunday"), nor the day of an earlier
        # act the lead orders its news against ("days after police fired on Saturday",
        # "since the arrest on Sunday"). A noun's day stays: measured, the occasion of
        # the lead's words ("in a filing on Tuesday", "at the meeting on Tuesday") is
        # the story's day
        self.told_days: set[tuple[int, str]] = set()
        self.root_days: dict[int, EventDate] = {}  # root token -> a day it names
        self.root_dates: dict[int, EventDate] = {}  # root token -> the calendar time it names
        self._verb_times: dict[int, list[int]] | None = None  # read by _times_on_verbs
        self._lead_perfect_lemmas: list[str] | None = None  # read by _lead_perfects
        self._lead_charging: bool | None = None  # read by _lead_tells_charge
        timexes = list(timexes)
        # A page's update stamp ("Updated at 3:29 a.m. ET") tells when the page changed,
        # not a time of the story: its clock, read as the publication day, was a second
        # day named in the lead (hiding the story's own day, `_lead_named_day`) and the
        # time the body's untimed words were carried to
        stamps = update_stamps(doc_text(doc))
        if stamps:
            timexes = [tx for tx in timexes if bisect_right(breaks, tx.start) not in stamps]
        if aside:
            # Page furniture (credited photo captions) and news videos' blurbs
            # (`aside`: their line numbers) are no story: a caption's day is its
            # picture's ("X speaks at a rally, Monday, May 4"), a blurb's its clip's
            # ("... (May 4) AP"), often days before the page or of another occasion;
            # made the lead's day, it dated the body's untimed words. Their times date
            # nothing here (their lines are furniture, which gives no act).
            # (The dating lead, `self.lead`, skips their lines; `lead_with_asides`,
            # the lead as the events read it, still counts them.)
            timexes = [tx for tx in timexes if bisect_right(breaks, tx.start) not in aside]
        roots = timex_roots(doc, timexes)
        # every timex's root, found once for this article and read by each pass below
        self._root_at = root_map(roots)
        for tx, parsed, root in _calendar(doc, sorted(timexes, key=lambda t: t.start),
                                          self._root_at):
            piece = pieces[root.i]
            self.timed.add(piece)
            self.time_roots.append(root.i)
            self.root_spans[root.i] = TimexValue.parse(tx.value)
            self.root_dates[root.i] = EventDate(parsed[0], parsed[1], tx.text, "text")
            if parsed[1] == "day":
                self.root_days[root.i] = EventDate(parsed[0], parsed[1], tx.text, "text")
            if parsed[1] == "week" and self._lead_week_told(root, tx, pieces):
                self.weeks.setdefault(piece, {}).setdefault(
                    parsed[0], EventDate(parsed[0], "week", tx.text, "text"))
            if parsed[1] == "day" and not bound(root) and self._near(parsed[0]):
                told = EventDate(parsed[0], parsed[1], tx.text, "text")
                if told not in self.days.setdefault(piece, []):
                    self.days[piece].append(told)
                if _narrated(root, pieces):
                    self.told_days.add((piece, parsed[0]))
            if piece in self.times or bound(root):
                continue
            verb = _main_verb(root, lines)
            if verb is None:
                continue
            self.main_verb[piece] = verb
            told = EventDate(parsed[0], parsed[1], tx.text, "text")
            # a bare month the verb tells as past is of the year its act is dated in
            # (`year_told_past`), not the tagger's next one, for the acts it reaches
            # ("seized it in March. Earlier in the day, ..."). The verb the time is told
            # on (`_time_verb`), not the sentence's main verb: "scheduled the trial for
            # February" tells a target month under a past verb, which the act's own date
            # keeps in the tagger's year
            earlier = year_told_past(doc, _time_verb(root), root, told, self.pub, roots)
            span = self.root_spans[root.i] if earlier is None else \
                TimexValue.parse(earlier.date)
            far = span is not None and self.pub is not None and (
                span.end < self.pub - timedelta(days=NEAR_DAYS)
                or span.start > self.pub + timedelta(days=NEAR_DAYS))
            self.times[piece] = _PieceTime(earlier or told, far, None)
        self.piece_line: dict[int, int] = {}
        for i, line in enumerate(lines):
            self.piece_line.setdefault(pieces[i], line)
        self.far_bound = self._far_bounds(doc, timexes)
        self.stretched = _stretched_verbs(roots)
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
        self._at_the_time(doc)
        self.lead = lead_end(doc, pieces, skip=frozenset(
            pieces[i] for i, line in enumerate(lines) if line in aside))
        # the lead as the events read it, aside lines counted (`_newly_lead`)
        self.lead_with_asides = lead_end(doc, pieces) if aside else self.lead
        self._anchor_on_occasions()
        self.news = self._news(doc, timexes)
        self.story_day = self._story_day()
        self.lead_day = None if self.story_day is not None else self._lead_named_day()
        self.only_day = self._only_day()
        # what the body's verbs of a late page are read against, once per article (the
        # pieces' times are all set by now): the words of the lead's speaker
        # (`_lead_speaker`) and whether the page is written STORY_GAP_DAYS or more after
        # the lead's day (`_written_days_after`)
        self.lead_speaker = self._lead_speaker()
        self.written_late = self.pub is not None and self.story_day is not None and \
            (self.pub - date.fromisoformat(self.story_day.date)).days >= STORY_GAP_DAYS

    def _relative(self, doc, timexes: Iterable[Timex]) -> None:
        """Pieces whose time is told from another act ("a day later", "the next
        day", "a day before the ruling came out")."""
        for tx in timexes:
            if tx.type != "DURATION":
                continue
            root = self._root_at.get((tx.start, tx.end))
            if root is None:
                continue
            # "a day later" (later heads the span), "a day before the release"
            rel = root.head if root.head.lower_ in _RELATIVE else next(
                (c for c in root.children if c.dep_ == "prep" and c.lower_ in _RELATIVE),
                None)
            mark = _mark_after(doc, root) if root.dep_ == "npadvmod" else None
            if rel is None and mark is not None and root.head.pos_ in ("VERB", "AUX") and \
                    mark.head.i == root.head.i:
                # "a day after colleagues called ...": parsed with the span on the
                # clause's verb and "after" as that verb's subordinator
                rel = mark
            if rel is None and mark is not None and root.lower_ in _UNIT_DAYS:
                # The span hung on the verb above the clause: days only (the one gate
                # apart from the branch above, which takes weeks and more too, as
                # `clause_coarse`): with "That follows a week after she toured ..." the
                # week would be counted back from the publication day a present verb
                # takes, while "that" stands for an act of some earlier day
                rel = _clause_mark_after(root, mark)
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
                    tok.head.i not in self.clause_step and \
                    (mark := _mark_after(doc, tok, _SUBORDINATORS)) is not None and \
                    mark.head.i == tok.head.i:
                # (an adverb's words keep their "after": "shortly" alone says nothing)
                end = tok.i + 2 if tok.dep_ == "advmod" else tok.i + 1
                self.clause_step[tok.head.i] = (0, doc[tok.left_edge.i:end].text)
                if tok.dep_ == "advmod":
                    self.short_while_of.add(tok.head.head.i)
            elif tok.lower_ in _DAY_PARTS and tok.dep_ in _BARE_TIME and \
                    tok.i in self.root_days and \
                    (mark := _mark_after(doc, _comma_after(doc, tok), _SUBORDINATORS)) \
                    is not None and mark.head.dep_ == "advcl" and \
                    mark.head.head.i == tok.head.i and mark.head.i not in self.clause_step \
                    and mark.head.tag_ in ("VBD", "VBN") and \
                    told_tense(mark.head) != "present" and not any(
                        mark.head.left_edge.i <= i <= mark.head.right_edge.i
                        for i in self.root_dates) and _own_sequel(mark.head, tok.head):
                # "shot four men Monday morning, before he was killed", "collapsed
                # Friday night after she fainted": a part of a named day puts a clause
                # of "before"/"after" that has no time of its own, and tells what befell
                # the act's own subject or what it did next (`_own_sequel`), within
                # hours of the act it hangs on; a past one ("before he is charged",
                # a participle under "is", is ahead); not a bare weekday ("fell Tuesday after
                # the bank reported losses last month": no telling), nor another's act
                # done to someone ("sentenced him Monday morning, after prosecutors
                # accused him": the charge is weeks older; a day part says when the
                # sentencing was, not how near the charge is)
                self.clause_step[mark.head.i] = (0, doc[tok.left_edge.i:tok.i + 1].text)
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
                             tok.head.head.i, same_day=True)
                continue
            if tok.dep_ in ("npadvmod", "pobj", "advmod") and tok.i not in tagged:
                # "criticised him after meeting him the day before", "the envoy, who
                # left the next morning, ...": the phrase dates only its own clause, not
                # the sentence's act, so it neither steps nor undates the sentence
                own_clause = in_own_time_clause(tok)
                if not own_clause and self._day_beside(tok):
                    continue
                mods = [c.lower_ for c in tok.children if c.dep_ in ("amod", "det")]
                steps = [_NEXT[m] for m in mods if m in _NEXT]
                if steps and (tok.dep_ != "pobj" or tok.head.lower_ in ("on", "by")):
                    # "the next morning", "the previous night": the part of the day
                    # before or after, as "the next day" is
                    step = steps[0] if not own_clause or tok.lower_ == "day" or \
                        steps[0] == 0 else None
                    if not tok.ent_type_:
                        self._anchor(self.pieces[tok.i], step,
                                     doc[tok.left_edge.i:tok.i + 1].text, tok.left_edge.i)
                    elif step is not None and self.pieces[tok.i] not in self.times:
                        # measured: anchored to the time told before, such a phrase
                        # ("that night", "the next day") was as often another day
                        piece = self.pieces[tok.i]
                        self.unanchored[piece] = (
                            tok.left_edge.i, step, doc[tok.left_edge.i:tok.i + 1].text)
                        carried = self._paragraph_time(piece)
                        if step != 0 and carried is not None and carried.date is not None \
                                and carried.date.precision == "day" and not own_clause:
                            # a day off the day told before is never that day: the
                            # sentence does not go on at it (`_anchor_on_occasions` may
                            # still give the day); a week or a month told before still
                            # holds the day after one of its days
                            self.times[piece] = _PieceTime(None, False, "anchored")

    def _day_beside(self, tok) -> bool:
        """A part of a day told as the one before or after another act: "the night
        before" (the time told just before), "the morning after the raid" (the day of
        the raid, when a sentence shortly before tells an act of its family on a near
        day). One day on (back) from that day for the parts the lexicon moves (the day or
        morning after, the day, night or evening before), that day itself for the others
        ("the night after the attack"); with no such day the sentence is left
        undated, not carried on at the time told before (which is not its own). Only
        with "the": "that night after the vote" is the night of the day told before, the
        "after" placing the act later on that same day."""
        if not any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children):
            return False
        # the word right after the noun, on it or (as parsed as often) on the verb the
        # noun dates: "the morning after the raid" either way
        rel = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
        if rel is None or rel.lower_ not in ("after", "before") or \
                rel.dep_ not in ("prep", "advmod") or rel.head.i not in (tok.i, tok.head.i):
            return False
        # "the night after the attack" is that day's night: only the parts the lexicon
        # lists move a whole day
        step = _DAY_BESIDE_STEPS.get(tok.lower_, {}).get(rel.lower_, 0)
        piece = self.pieces[tok.i]
        text = self.doc[tok.left_edge.i:rel.i + 1].text
        objects = [c for c in rel.children if c.dep_ == "pobj"]
        if not objects:
            if any(True for _ in rel.children):
                return False  # "the night after winning": a clause, not a time told before
            self._anchor(piece, step, text, tok.left_edge.i)
            return True
        noun = objects[0]
        if noun.pos_ != "NOUN":
            return False  # "the day before Christmas", "the night after he won": other readers
        held = [d for i, d in self.root_days.items()
                if noun.left_edge.i <= i <= noun.right_edge.i and d.precision == "day"]
        if held:
            # "the morning after the May 3 raid": the day the act's own noun holds
            day = held[-1]
        elif piece in self.times and self.times[piece].relative is None:
            return True  # the sentence's own calendar time wins
        else:
            day = self._act_day_before(noun, piece)
        if day is None:
            self.times[piece] = _PieceTime(None, False, "anchored")
            return True
        moved = date.fromisoformat(day.date) + timedelta(days=step)
        self.times[piece] = _PieceTime(EventDate(moved.isoformat(), "day", text, "text"),
                                       False, "anchored")
        return True

    def _act_day_before(self, noun, piece: int, back: int = 2) -> EventDate | None:
        """The near day of the act `noun` names again, told in one of the `back`
        sentences before `piece` on a verb (or its object) of the noun's family, when
        that sentence's time is one near day ("A gunman attacked X on Saturday. The
        morning after the attack ..."): the act a time counted from it counts from."""
        for k in range(piece - 1, piece - 1 - back, -1):
            t = self.times.get(k)
            if t is None or t.relative or t.far or t.date is None or \
                    t.date.precision != "day" or not self._near(t.date.date):
                continue
            if any(self.pieces[w.i] == k and w.pos_ in ("VERB", "NOUN") and
                   same_family(lemma_of(w), lemma_of(noun)) for w in self.doc):
                return t.date
        return None

    def _at_the_time(self, doc) -> None:
        """Sentences whose act is told "at the time" (or "at that time"): the time the
        story told just before, as "that same day" is ("X floated the idea last year.
        Officials dismissed it at the time."). Only the phrase alone on a verb told in
        the past (not "at the time of X", "at the time he ...", nor a title's "the
        manager at the time"), outside quotation marks (a speaker's "at that time" need
        not be the narrator's last time), in a sentence with no calendar time of its
        own; and only when the sentence just before tells a time of its own that is not
        ahead of the story (a time further back may be another occasion's). A far time
        is kept, a far day as its month: the act is of that past, not of the story's
        day, and "at the time" tells a stretch around it rather than the day."""
        for tok in doc:
            if tok.lower_ != "time" or tok.dep_ != "pobj" or \
                    tok.head.lower_ not in _AT_THE_TIME_PREPS:
                continue
            verb = tok.head.head
            if verb.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("NOUN", "PROPN") and \
                    tok.i < verb.head.i:
                # "Swedish envoys at the time refused ...": the phrase hung on the
                # subject before its verb dates the verb's act
                verb = verb.head
            kids = list(tok.children)
            if len(kids) != 1 or kids[0].dep_ != "det" or \
                    kids[0].lower_ not in _AT_THE_TIME_DETS or \
                    verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBD", "VBN") or \
                    not (told_tense(verb) == "past" or _bare_participle_root(verb)) or \
                    not _main_act(verb) or _quoted(tok, self.pieces):
                continue
            piece = self.pieces[tok.i]
            if piece in self.times:
                continue  # the sentence's own time wins (or another anchor's)
            base = self.times.get(piece - 1)
            if base is None or base.date is None or base.relative or self._ahead(base):
                continue
            told = base.date
            if base.far and told.precision == "day":
                # "The pact was signed on 4 May 2011. Envoys at the time refused ...":
                # a time long past is a stretch around that day, not the day itself
                told = EventDate(told.date[:7], "month", told.text, "text")
            self.times[piece] = _PieceTime(told, False, "anchored")

    def _anchor(self, piece: int, step: int | None, text: str, at: int | None = None,
                same_day: bool = False) -> None:
        if piece in self.times and self.times[piece].relative is None:
            return  # the sentence's own calendar time wins
        base = (self._named_day(piece, at) if at is not None else None) or self._last_time(piece)
        if base is None and same_day:
            # "Earlier in the day, X urged Y" with no time in the sentences just before: a
            # part of the day the story is telling, the last near day it named before (in
            # a clause of any kind, however far back), or, when it named none, the
            # publication day (measured on the judged files: datectx)
            base = self._day_told_before(piece)
        date_ = None
        if base is not None and not base.far and step is not None and \
                base.date is not None and base.date.precision == "day":
            day = date.fromisoformat(base.date.date) + timedelta(days=step)
            date_ = EventDate(day.isoformat(), "day", text, "text")
        elif base is not None and base.date is not None and step is not None and \
                abs(step) <= 1 and base.date.precision in COARSE_OWN:
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
        for tx, _parsed, root in _calendar(doc, timexes, self._root_at):
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
        for tx, _parsed, _root in _calendar(doc, timexes, self._root_at):
            span = TimexValue.parse(tx.value)
            if span is not None and (span.end - span.start).days <= 7 and \
                    self._in_news_days(span, self.pub + timedelta(days=NEWS_DAYS)):
                return True
        return False

    def _day_told_before(self, piece: int) -> _PieceTime | None:
        """The last near day the story names before `piece` (in a clause of any kind), or
        the publication day when it names no time at all before it (a month or a year
        told before is the story's time: not the publication day's)."""
        days = [(i, d) for i, d in self.root_days.items()
                if self.pieces[i] < piece and self._near(d.date)]
        if days:
            return _PieceTime(max(days, key=lambda x: x[0])[1], False, None)
        if self.pub is None or any(self.pieces[i] < piece and self._told_elsewhere(i)
                                   for i in self.time_roots):
            return None  # (a far day, a month or a year named before: another time)
        return _PieceTime(EventDate(self.pub.isoformat(), "day", None, "published"), False, None)

    def _told_elsewhere(self, root: int) -> bool:
        """Does the time at `root` move the story to another time? Not a bound ("have
        rallied every night since March": the story is still now), nor a time in a
        clause describing a noun, nor a period the publication day falls in ("the
        largest rally this year"): those place something else, not the story."""
        tok = self.doc[root]
        if bound(tok) or _in_noun_clause(tok):
            return False
        span = self.root_spans.get(root)
        return span is None or self.pub is None or not (span.start <= self.pub <= span.end)

    def _named_day(self, piece: int, at: int) -> _PieceTime | None:
        """The near day a sentence names itself before token `at`, on no verb of its
        own ("relief for those hurt in the blasts Sunday in X and, two hours later,
        in Y"): what the sentence counts "hours later" or "a day later" from, before any
        day of the sentences before it. Not a day named after the span ("A
        day after X complained, Y on Thursday ..." counts back from Thursday)."""
        days = [d for i, d in self.root_days.items() if i < at and self.pieces[i] == piece
                and not bound(self.doc[i]) and self._near(d.date)]
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

    def untimed(self, tok, piece: int, fallback: EventDate, far: bool,
                reporting: bool = False, judged: bool | None = None) -> EventDate:
        """The date of an act that no time expression governs (`reporting`: `tok` is the
        verb of saying that reports what was going on, asked for its day; `judged`:
        `reasons.judged_for(tok)` when the caller asked it already, as extract does
        for every record, so it is asked once)."""
        if not fallback.date:
            return fallback
        if _answered_act(tok):
            # "X criticized Y's refusal", "admonished Y for its veto"; the asking or the
            # topic keeps a month or a year its sentence tells ("told a host about her
            # allegations last month"): that month, never the fallback, which is often
            # the publication day
            if asked_or_topic(tok) and self._coarse_own(piece):
                return self.times[piece].date
            return UNDATED
        if judged is None:
            judged = judged_for(tok)
        if judged and not self._family_told_before(tok):
            # "On Tuesday, X blasted Y for demanding witnesses": the act judged was done
            # (or going on) before the judging, on a day the text does not give; not the
            # day the lead or a sentence before names. Unless the text told an act of its
            # family before ("Y vetoed the bill on Monday. X faulted Y for vetoing
            # it."): then it may be that act told again, whose day stays
            return UNDATED
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
        gap = object_gap_relative(tok) if own is not None and own.date is not None else None
        if gap is not None and (told_tense(tok) == "past" or bare_relative_past(tok) is not None):
            # "On Tuesday the assembly approved the resolution (that) the governor
            # requested": the act a relative clause tells to say which thing was acted on
            # was done before, on a day the text does not give; the sentence's time is its
            # main act's (in the lead as in the body; with no time of its own the body's
            # relative clause is background below). A verb tagged a participle with a
            # subject of its own and no auxiliary is told in the past here ("the deal the
            # mayor signed"); not a perfect ("a charge the ministry has rejected")
            return UNDATED
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
                told = self.untimed(said, piece, fallback, far, reporting=True)
                if told.source == "text":
                    return told
        if _prior_clause(tok) or _habitual(tok) or _earlier_noun(tok) or _earlier_adverb(tok) or \
                _earlier_occasion(tok):
            return UNDATED
        if (told_tense(tok) == "past" or _perfect(tok)) and self._over_a_stretch(tok):
            # "Over the last nine months, he threatened X", "For weeks, Y shelled Z":
            # done over a stretch of weeks or more, on no one day; so too in the
            # present perfect ("dozens have been detained in recent months"), which the
            # lead would otherwise give the publication day
            return UNDATED
        if piece <= self.lead:
            told = self._retold_next(tok, piece)
            if told is not None:
                # "A judge has ruled that ... In a ruling late Tuesday, the judge found
                # ...": the lead's act told again with its day in the next sentence
                return told
            if told_tense(tok) == "past" and tok.pos_ in ("VERB", "AUX") and \
                    not _relative_clause(tok) and self._reported_on(tok, own) and \
                    not self._ahead(own):
                # "X said on Tuesday (that) it attacked Y" in the lead's second sentence:
                # the deed its own dated report tells is of that report's day, as in the
                # body, not of the day another lead sentence names
                return EventDate(own.date.date, own.date.precision, own.date.text, "text")
            if piece > self.lead_with_asides and present_perfect(tok) and \
                    self.times.get(piece) is None:
                # "The ministry has changed its rules." as a page's first sentence under
                # its title and a credited caption: counted into the lead only past the
                # caption, so that the lead's day reaches its acts; with none, an act in
                # the present perfect keeps the body's reading below (done before, on no
                # day the text gives), not the publication day (gold dates, dates2)
                return UNDATED
            act = self._lead_act(tok, fallback)
            if piece <= self.lead_with_asides or act.source != "published":
                return act
            # Counted into the lead only past the caption, the sentence takes the day the
            # lead gives (the story's day), but not the lead's bare publication day: it
            # keeps the body's reading below. Given the publication day, such first
            # sentences told acts of the day before (a demonstration "Thursday night", a
            # refusal two days old) as often as the day's own (caplead55)
        if _perfect(tok) or _perfect_report(tok) or _at_time_of_another(tok) or \
                _perfect_governor(tok):
            return UNDATED
        verb = _clause_verb(tok)
        if verb is not None and verb.i in self.far_bound:
            return UNDATED
        if _documented_act(tok):
            # "The agency said in a complaint that X hid the money": what a written
            # record tells was done before it, on a day the text does not give
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
            # that past (or of no day the text gives), not of the story's day
            return UNDATED
        if tense == "past" and _relative_clause(tok):
            return UNDATED  # "his post, in which he accused X": a thing described
        if own is None and piece not in self.timed and tense == "past" and \
                piece > self.lead and tok.pos_ in ("VERB", "AUX") and not _in_words(tok):
            # A deed told in the simple past in the body, in a sentence with no time of
            # its own (datecarry). Words told so ("Critics have piled on. X condemned
            # it.") are as often the day's reactions, so neither rule reads them.
            if self._after_held_state(piece):
                # "The bench has turned more conservative. The president named two
                # judges to it.": an act right after a sentence telling, in the present
                # perfect, a state held up to now is an instance of that stretch, on no
                # day the text gives; not the day a sentence before names
                return UNDATED
            if self._lead_perfect_of(tok):
                # "Police have arrested two men, officials said on Monday. ... The men
                # were arrested at a border post.": the lead tells the deed in the
                # present perfect, done before the day its report is of; the body
                # retelling it in the simple past does not move it onto that day
                return UNDATED
        if own is None and tense == "past" and _in_words(tok):
            said = self._said_next(tok, piece)
            if said is not None and not self._answered_by(tok, piece, said):
                return said
        if own is None and piece not in self.timed and tense == "past":
            prev = self._paragraph_time(piece)
            if prev is not None and not self._ahead(prev):
                if prev.far and prev.date is not None and self._retold(tok, piece):
                    # "In March, a clerk was fined for fraud. A judge in Lyon fined her
                    # for ...": the same act told again with its details, at the far
                    # time the sentence before gives it
                    return EventDate(prev.date.date, prev.date.precision, prev.date.text, "text")
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
            if not reporting and self._written_days_after(tok, piece):
                # "X died Saturday. ... Y praised X on Twitter" on a Tuesday page: words
                # told in the body of a page written days after its lead's act were said
                # on some day between, which the text does not give (datewk)
                return UNDATED
            return self.story_day  # the day the lead tells of ("... Monday night")
        if tense == "past" and _words_named(tok):
            # "Norway faced criticism from Sweden", "X refused requests by Y",
            # "Y reported about the call between the two leaders": words named by a noun
            # in a clause told in the past are a thing that clause tells of, said at a
            # time the text does not give; not the day's reaction a verb of saying tells.
            # A noun the clause's verb utters ("issued a statement") is that
            # verb's act, and keeps its day. Only in place of the publication day: a
            # day the lead tells of is kept (undating those too was measured worse).
            return UNDATED
        if tense == "past" and self.lead_day is not None:
            # the day the lead names off its root's parse ("X said on Tuesday Y helped
            # ..."): the story's day, as `story_day` above; after the words a
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
        if tense == "present" and piece > self.lead and _standing_charge(tok):
            told = self._charging_day(tok)
            if told is not None:
                # "In the indictment unsealed Tuesday, X is charged with fraud": the
                # sentence gives the charge its day, in the document it is told in
                return told
            if not self._lead_tells_charge():
                # "The adviser is charged with fraud" in the body of a story of his
                # trial: a charge that stands, brought on a day the text does not give;
                # unless the lead tells a charging itself ("prosecutors charged X on
                # Tuesday", "a grand jury indicted X"), whose day the body's restating
                # is of (dateother)
                return UNDATED
        if tense == "present" and _standing_denial(tok):
            # "X denies any wrongdoing", "something both governments deny": a stance
            # held over time, on no day the text gives
            return UNDATED
        if tense == "past" and _written_act(tok):
            # "Ten scholars urged the minister in a letter to ...": words put in a
            # letter, a column or an advice written before the story, on a day the text
            # does not give (pubday)
            return UNDATED
        said = self._said_on_its_day(tok, piece, own) if tense == "present" else None
        if said is not None:
            # "'We condemn this attack,' the mayor said on Sunday", "told a briefing on
            # Sunday that the city is demanding ...": an act told in the present in
            # what a dated verb of saying says is done as it is said, on the day the
            # sentence gives that verb; not the publication day, which may be days
            # later
            return said
        return fallback

    def _coarse_own(self, piece: int) -> bool:
        """Is the sentence's own time a week, month or year?"""
        own = self.times.get(piece)
        return own is not None and own.date is not None and \
            own.date.precision in COARSE_OWN

    def _family_told_before(self, tok) -> bool:
        """Does the text tell a verb of `tok`'s family before it, in a sentence that
        gives a time ("The governor vetoed the budget on Monday.")? A noun of the family
        ("the demands for witnesses") is not enough: it may name any such act."""
        word = lemma_of(tok)
        return any(t.pos_ == "VERB" and self.pieces[t.i] in self.times and
                   same_family(lemma_of(t), word) for t in self.doc[:tok.i])

    def _retold(self, tok, piece: int) -> bool:
        """Is the verb `tok` one of the family of a verb of the sentence just before, which
        gives a time ("X was fined in March. A judge fined X ...")? The same act told
        again, not another of its kind ("fined X again", "also fined Y") nor a later
        one ("then fined Y"). Read on the judged blind tests: the one such
        record left undated was the act told again."""
        verb = finite_verb(tok)
        if tok.pos_ != "VERB" or verb is None or verb.i != tok.i or piece - 1 not in self.times:
            return False  # (a participle goes with its clause's own act: "..., asking X to")
        marks = list(tok.children) + [d for c in tok.children
                                      if c.dep_ in ("dobj", "nsubjpass") for d in c.children]
        if any(t.lower_ in ANOTHER or t.lower_ in _LATER_ACT for t in marks):
            return False
        if any(_same_kind_mark(t) for t in tok.children):
            return False  # ("Jordan closed its border too", "... as well")
        main = self.main_verb.get(piece - 1)
        if main is None:
            return False
        word = lemma_of(tok)
        # The verb the far time is told of, or a conjunct of it: not a verb in a clause
        # that describes a noun of that sentence, nor one told in the past perfect, whose
        # act lies before that time ("In 2016 a court jailed a man who had attacked a
        # mosque. Gunmen attacked a church ...": a new attack)
        head = first_conjunct(main).i
        told = [t for t in self._piece_tokens(piece - 1)
                if t.pos_ == "VERB" and first_conjunct(t).i == head
                and same_family(lemma_of(t), word) and not _had_done(t)]
        # Another doer's or another undergoer's act of the kind is another act ("The
        # army withdrew in March. Rebels withdrew from two towns."), as is one whose
        # object is counted otherwise; the same act may name a party the sentence before
        # left untold, or told by a pronoun or a name for the one it described ("A clerk
        # was fined in March. A judge in Lyon fined her ...")
        return any(not _other_parties(tok, t) and not _counted_otherwise(tok, t)
                   for t in told)

    def _retold_next(self, tok, piece: int) -> EventDate | None:
        """The near day the sentence right after a lead act gives a word of the act's
        family ("A judge has ruled that ... In a ruling late Tuesday, the judge found
        ..."; "X has sued Y. The suit, filed on Monday, ..."): the same act told again
        with its day, when the lead's own sentence gives none. The word must carry the
        day itself (the day on it, or on the verb or phrase it heads), not be marked as
        another ("another ruling", "also ruled"); the act a verb told in the present
        perfect or the simple past (the lead's act given the publication day
        where the next sentence tells its day)."""
        if tok.pos_ != "VERB" or piece in self.timed or piece + 1 not in self.timed or \
                _relative_clause(tok) or not (told_tense(tok) == "past" or present_perfect(tok)):
            return None
        word = lemma_of(tok)
        for i in self.time_roots:
            if self.pieces[i] != piece + 1 or i not in self.root_days:
                continue
            root = self.doc[i]
            day = self.root_days[i]
            if not self._near(day.date) or date.fromisoformat(day.date) > self.until:
                continue
            if bound(root) or _quoted(root, self.pieces):
                continue
            head = root.head
            if head.dep_ == "prep" and head.lower_ not in _BOUND_PREPS:
                head = head.head
            if head.i == root.i:
                continue
            if head.pos_ in ("VERB", "AUX") and _had_done(head):
                continue  # ("In an earlier ruling on Monday, the court had refused ..."
            for told in _carriers_of_time(head):
                if told.pos_ not in ("NOUN", "VERB") or not _one_family(lemma_of(told), word):
                    continue
                if told.pos_ == "VERB" and (_other_parties(tok, told) or
                                            _counted_otherwise(tok, told)):
                    continue  # ("The city has sued the firm. The mayor sued its owner ...")
                if told.i != head.i and told.head.dep_ == "prep" and \
                        told.head.head.i == head.i and head.pos_ == "VERB" and \
                        _other_parties(tok, head):
                    continue  # ("In a ruling on Monday, another judge upheld ...": a
                    # setting phrase's act is the act of its verb's parties
                if any(c.lower_ in ANOTHER or c.lower_ in _LATER_ACT or _same_kind_mark(c)
                       or (c.dep_ == "amod" and c.lower_ in _OTHER_ACT_MARKS)
                       for c in told.children):
                    continue  # ("In a similar ruling", "an earlier ruling")
                if told.pos_ == "NOUN" and _one_of_many(tok, told):
                    continue  # ("has attacked dozens of villages ... An attack on Sunday")
                return EventDate(day.date, day.precision, day.text, "text")
        return None

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
        ministry stated on Monday that X was right when he declined to reply")? It
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
                # a week, month or year back from the day the rules give an act with
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
        """The day told on the object of a verb ("announced his resignation on Monday, one
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

    def _after_held_state(self, piece: int) -> bool:
        """Does the sentence just before `piece` tell, in the narrator's words, in the
        present perfect and with no time of its own, what has held up to now ("the
        court has leaned right for a decade", "the mayor has grown cautious")? Its one main verb
        is in the present perfect, active: not a modal perfect ("should have used": no
        act), not a passive ("photos have been seen by X", "ten have been freed": what
        was done lately, the news of its days), not one "since" an act ("have since
        left"), and no sentence with quotation marks (a speaker's perfect, or the end
        of a quote begun before)."""
        prev = piece - 1
        if prev <= self.lead or prev in self.timed:
            return False
        tokens = self._piece_tokens(prev)
        roots = [t for t in tokens if t.dep_ == "ROOT"]
        if len(roots) != 1 or any(t.text in QUOTE_MARKS for t in tokens):
            return False
        verb = roots[0]
        return verb.pos_ in ("VERB", "AUX") and present_perfect(verb) and \
            not any(a in MODALS for a in _auxiliaries(verb)) and \
            not any(c.dep_ == "auxpass" or c.lower_ == "since" for c in verb.children)

    def _lead_perfect_of(self, tok) -> bool:
        """Does a lead sentence tell a deed of `tok`'s family (the same verb, or its
        noun's) in the present perfect, active or passive, in the narrator's words, as
        what a verb of saying reports, the saying dated by the sentence's own time ("X
        have seized a ship, an official said on Sunday")? The day is the report's; the
        deed was done before it. (A lead perfect with no dated report, "X has ordered
        Y", may be of the day a later sentence gives: "X signed the order on Monday".)"""
        word = lemma_of(tok)
        return any(same_family(lemma, word) for lemma in self._lead_perfects())

    def _lead_tells_charge(self) -> bool:
        """Does a lead sentence tell an act of charging (a verb or noun of the families
        of `_STANDING_CHARGES`: "charged", "indicted", "an indictment", "the charges")
        other than as a standing charge of its own ("X, who is charged with fraud, ...")
        or a charge that accuses no one ("the minister in charge of the ports", "charged
        with overseeing the port", "led the charge to cut the levy":
        `senses.charge_of_duty`, the coder's own test)? Read once a story: every standing
        charge of the body asks."""
        if self._lead_charging is None:
            self._lead_charging = any(not _standing_charge(t) and not charge_of_duty(t) and any(
                same_family(lemma_of(t), word) for word in _STANDING_CHARGES)
                for piece in range(0, self.lead + 1) for t in self._piece_tokens(piece)
                if t.pos_ in ("VERB", "NOUN"))
        return self._lead_charging

    def _charging_day(self, tok) -> EventDate | None:
        """The day told inside the charging document a standing charge is told in ("In
        the indictment unsealed Tuesday, X is charged with ...": Tuesday), if any."""
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in _CHARGING_DOCUMENT_PREPS:
                continue
            for doc_noun in prep.children:
                if doc_noun.dep_ == "pobj" and any(same_family(lemma_of(doc_noun), word)
                                                   for word in _STANDING_CHARGES):
                    for t in doc_noun.subtree:
                        if t.i in self.root_days:
                            return self.root_days[t.i]
        return None

    def _lead_perfects(self) -> list[str]:
        """The lemmas of the narrator's present perfects (no modal) in the lead sentences
        whose main verb is a saying dated by the sentence's own time; read once a story,
        since `_lead_perfect_of` asks for every past verb of the body."""
        if self._lead_perfect_lemmas is None:
            self._lead_perfect_lemmas = [
                lemma_of(t) for piece in range(0, self.lead + 1) if self._dated_report(piece)
                for t in self._piece_tokens(piece)
                if t.pos_ in ("VERB", "AUX") and present_perfect(t) and
                not _quoted(t, self.pieces) and not any(a in MODALS for a in _auxiliaries(t))]
        return self._lead_perfect_lemmas

    def _dated_report(self, piece: int) -> bool:
        main = self.main_verb.get(piece)
        own = self.times.get(piece)
        return main is not None and own is not None and not own.relative and \
            own.date is not None and lemma_of(main) in _REPORTING

    def _lead_act(self, tok, fallback: EventDate) -> EventDate:
        """The date of an act the lead tells with no time of its own. Told in the
        past, it happened on the day the lead names ("The chairman demanded Wednesday
        that ... Rep. X complained in a letter ..."), not on the publication day; when
        the lead names no near day but one near week, in that week (`_lead_week`); in a
        story that names no day near its publication (an opinion piece, an analysis),
        on a day the text does not give (when it names times, all far from the
        publication day). Told in the present ("is calling for"), it is
        the news of the publication day. An act told in a relative clause describes a
        thing or person ("the memos he shared with a friend"): no day of the lead's; nor
        does an act a noun names inside another noun's phrase ("hearings on the senator's
        allegation"), unless the noun is an occasion or is counted or carried ("a wave of
        attacks"). An act told in a clause describing a noun (or a conjunct of one) takes
        the lead's day but never its week."""
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
            if _nested_noun(tok) and tok.lower_ not in _LEAD_OCCASIONS and \
                    lemma_of(tok) not in _LEAD_OCCASIONS and not _partitive_of(tok):
                # "announced hearings on the senator's allegation", "testimony about the
                # attack on the consulate": an act a noun names inside another noun's
                # phrase is a thing described, no act of the lead's day (as in the body).
                # Not an occasion ("near the end of his visit", "two days of talks"):
                # the lead's news is often told at it, on its day. Not an
                # act a noun counts or carries ("repelled a wave of attacks", "a convoy
                # of aid reached ..."): that is the lead's news itself
                return UNDATED
            return fallback
        if _relative_clause(tok):
            # "the memos he shared with a friend", "the areas in which they accused him":
            # a thing described, background to the lead's news, as in the body
            return UNDATED
        if tok.dep_ in _DESCRIBING or (tok.dep_ == "conj" and tok.head.dep_ in _DESCRIBING):
            # "a letter requesting ...", "the raid that hit two towns and left ...": an act
            # told to describe a thing may be older than the lead's week
            return self.story_day or self.lead_day or self.only_day or fallback
        return self.story_day or self.lead_day or self.only_day or self._lead_week() or \
            fallback

    def _lead_week_told(self, root, tx: Timex, pieces: list[int]) -> bool:
        """Is the week at `root` ("this week", "last week") one the narrator tells the
        lead's news in: within NEWS_DAYS of publication, not a bound ("since last
        week"), not inside a quotation, a clause describing a noun, an earlier act the
        news is ordered against, nor a possessive ("last week's attacks": the attacks'
        week, not the news's); the time of an act told in the past (`_week_of_past_act`),
        not one to come? Not a weekend ("clashed over the weekend. The government
        blamed ..."): two days that time one act; a reaction told after it in a
        Monday's lead is more often that day's news. A blanket rule
        from one case, counted: on the judged
        articles of the twenty-nine blind tests it dropped 61 weekends, in 55 articles,
        that would otherwise count as a told week (in any sentence; `_lead_week` reads the
        lead's); no judged or gold row says which is right, so it is kept as it was."""
        span = self.root_spans.get(root.i)
        if span is None or not self._in_news_days(span, self.until) or tx.value.endswith("-WE"):
            return False
        return root.dep_ != "poss" and _narrated(root, pieces) and \
            _week_of_past_act(root, span.end < self.pub)

    def _in_news_days(self, span, last) -> bool:
        """Does the time `span` reach into the NEWS_DAYS before the publication day and
        begin no later than `last` (the reader's last day of the news: the publication
        day, the day after it, or NEWS_DAYS after it)? The one window of the news."""
        return self.pub is not None and span.end >= self.pub - timedelta(days=NEWS_DAYS) \
            and span.start <= last

    def _lead_week(self) -> EventDate | None:
        """The one near week the lead tells its news in, when the lead names no near day
        ("The rift deepened this week ... Liberals demanded that ...", "the talks broke
        down last week. ... he met with a donor"; not "after his trip last week", which
        `_narrated` leaves to the trip): a lead act told in the past with no time
        of its own is of that week, which the text gives, not of the publication day."""
        if any(k <= self.lead for k in self.days):
            return None
        named: dict[str, EventDate] = {}
        for piece in sorted(self.weeks):
            if piece <= self.lead:
                for week, told in self.weeks[piece].items():
                    named.setdefault(week, told)
        return next(iter(named.values())) if len(named) == 1 else None

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
            # The lead as counted with the page's aside lines (`lead_with_asides`), here
            # and in `_lead_words`: counting past a credited caption takes the story's
            # second sentence into the lead, and its words then carried old deeds of the
            # body ("he supported the war", a charge in a quote) to the publication day;
            # the skip is for the lead's own acts and the story's day (caplead55)
            lead = self.lead_with_asides
            for piece, t in self.times.items():
                if piece > lead or t.relative:
                    continue
                span = TimexValue.parse(t.date.date) if t.date is not None else None
                if t.far or span is None or self.pub is None or \
                        not self._in_news_days(span, self.pub + timedelta(days=1)):
                    ok = False
            # and it is no preview ("The president will preside ..."): a main verb of the
            # lead tells what was done (past, present perfect) or none looks ahead
            verbs = [t for piece in range(0, lead + 1) for t in self._piece_tokens(piece)
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
            for piece in range(0, self.lead_with_asides + 1):  # (`_lead_is_news`)
                words |= _thread_words(self._piece_tokens(piece))
            self._lead_set = words
        return self._lead_set

    def _reported_on(self, tok, own: "_PieceTime | None") -> bool:
        """Is `tok` in the content clause of the sentence's verb of speaking, whose
        own time is a day or week within NEWS_DAYS before the publication day?"""
        return self._near_own(own) and _saying_over(_clause_verb(tok)) is not None

    def _near_own(self, own: "_PieceTime | None") -> bool:
        """Is the sentence's own time a dated day or week near the publication day
        (`_near_report`), not a relative or far one?"""
        if own is None or own.relative or own.far or own.date is None or self.pub is None:
            return False
        return self._near_report(own.date)

    def _near_report(self, told: EventDate) -> bool:
        """Is `told` a day or week within NEWS_DAYS before the story's last day?"""
        span = TimexValue.parse(told.date)
        return span is not None and (span.end - span.start).days <= 7 and \
            span.start <= self.until and span.end >= self.pub - timedelta(days=NEWS_DAYS)

    def _said_on_its_day(self, tok, piece: int, own: "_PieceTime | None") -> EventDate | None:
        """The day (or week) told on the verb of saying itself (`_time_verb`) whose
        content clause (or quote) holds `tok`, when the sentence's own time is near
        (`_reported_on`); None when no time of the sentence is told on that verb ("'We
        oppose the strike that began on Monday,' she said", "Critics say ..., and
        residents protested Thursday"). The day returned is the one on the saying, not
        the sentence's first time ("X was arrested Monday, and Y said on Wednesday that
        ..."). None too for words the saying does not claim as done that day: asked about
        ("asked on Sunday whether the army is shelling ..."), denied ("denied on Sunday
        that its troops are shelling ..."), or a habit ("threaten us every day"): those
        were not done on the day they were spoken of."""
        if not self._near_own(own):
            return None
        verb = _clause_verb(tok)
        saying = _saying_over(verb)
        if saying is None or lemma_of(saying) in _STANDING_DENIALS:
            return None
        if any(c.dep_ == "mark" and c.lower_ in OPEN_QUESTION for c in verb.children):
            return None
        # a habit is told on the verb's own modifiers ("every day", "often"),
        # not in a noun's ("a trail that is often crowded")
        if any(t.lower_ in FREQUENCY_WORDS for c in verb.children
               if c.dep_ in _HOW_OFTEN_DEPS for t in c.subtree):
            return None
        for i in self._times_on_verbs().get(saying.i, ()):
            if self.pieces[i] != piece:
                continue
            said = self.root_dates.get(i)
            span = TimexValue.parse(said.date) if said is not None else None
            # a time of the saying dated after the page (a weekday read into the next
            # week) or far from it gives its words no day; another one may ("Monday,
            # March 23, 2020")
            if span is None or span.start > self.pub or not self._near_report(said):
                continue
            return said
        return None

    def _times_on_verbs(self) -> dict[int, list[int]]:
        """Verb token -> the calendar times told on it (`_time_verb`), in text order;
        worked out once per article, not once per present-tense act."""
        if self._verb_times is None:
            self._verb_times = {}
            for i in self.time_roots:
                told = _time_verb(self.doc[i])
                if told is not None:
                    self._verb_times.setdefault(told.i, []).append(i)
        return self._verb_times

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

    def _answered_by(self, tok, piece: int, said: EventDate) -> bool:
        """Does the sentence of the ask at `tok` tell, in a clause on the very thing asked
        for, its answer in the past on a day no later than `said` (the day of the
        speaker's next quote): "X requested a declaration, which Y approved Sunday"?
        The ask came before its answer, so the quote's later day is no day of it. Only an
        ask and its answer: a day in a clause on another noun, or on a thing criticized
        ("a curfew that takes effect Tuesday", "the quake, which struck Friday", "a report
        released Sunday") is no bound on the words, which may follow it (a guard that read any
        near day of the sentence took such days)."""
        if lemma_of(tok) not in _ASKS or said.precision != "day":
            return False
        asked = [c for c in tok.children if c.dep_ == "dobj"]
        things = set()
        while asked:  # the thing asked for, its conjuncts and the nouns of its phrases
            noun = asked.pop()
            if noun.i in things:
                continue
            things.add(noun.i)
            asked += [c for c in noun.children if c.dep_ in ("conj", "prep", "pobj")]
        for i in self.time_roots:
            day = self.root_days.get(i)
            if self.pieces[i] != piece or day is None or day.date > said.date:
                continue
            verb = next((a for a in self.doc[i].ancestors if a.pos_ in ("VERB", "AUX")), None)
            if verb is None or verb.dep_ not in ("relcl", "acl") or verb.head.i not in things \
                    or lemma_of(verb) not in _ANSWERS or verb.tag_ not in ("VBD", "VBN") or \
                    any(c.dep_ == "aux" for c in verb.children):
                continue
            if not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in WH_TAGS
                       for c in verb.children):
                # the clause answers the thing asked for: "which Y approved", "approved
                # by Y"; not one told of a party asked ("asked the council, which
                # rejected the plan Sunday, to think again": the ask may follow it)
                return True
        return False

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

    def _written_days_after(self, tok, piece: int) -> bool:
        """Is the page written STORY_GAP_DAYS or more after the day its lead tells of
        (`story_day`: a wiki page or a column, "X died Saturday" on a Tuesday), and is the
        act at `tok` one its sentence ties to no other act's day ("the same day") and
        tells of someone it names (not "he", "she", "they": the person just told of,
        going on in the remarks the lead dates, "X said Wednesday ... He also faulted
        Y for ...")? Its body's words with no time of their own (a tribute, a
        disagreement, an apology) then fall on any day from the lead's to the page's.
        Measured on the eleven newest judged tests (datewk): of the words the lead's day
        dated, those of such pages were 4 wrong to 1 right (a "same day" one), those of
        pages written within two days of it 18 wrong to 29 right; at two days the
        undated moves were as often wrong as right (a strike the lead dates, named again
        in the body)."""
        return self.written_late and piece not in self.unanchored and \
            not self._lead_speaker_goes_on(tok) and not _tied_to_the_act(tok)

    def _lead_speaker_goes_on(self, tok) -> bool:
        """Is the subject of `tok` the one whose saying the lead dates, going on: the lead's sentence giving `story_day` has a verb of saying,
        and the subject is a pronoun of its speaker ("he", "she", "they", "it" for a
        ministry), or its head is a word of the lead's speaker ("X said Wednesday ...
        X also criticized", "The former mayor also criticized"). A pronoun after a lead
        that tells no saying ("X died Saturday. ... He praised X") is someone else."""
        speaker = self.lead_speaker
        if speaker is None:
            return False
        who = _subject_word(tok)
        return who is not None and (who in _SPEAKER_PRONOUNS or who == "it" or who in speaker)

    def _lead_speaker(self) -> frozenset[str] | None:
        """The lower-cased words of the subject of the verb of saying that the lead's
        sentence giving `story_day` dates, or None when that verb is no saying."""
        for piece in sorted(self.times):
            if piece > self.lead:
                return None
            t = self.times[piece]
            if t.date is None or self.story_day is None or t.date.date != self.story_day.date:
                continue
            verb = self.main_verb.get(piece)
            if verb is None or (lemma_of(verb) not in _REPORTING and
                                lemma_of(verb) not in _IN_WORDS):
                return None
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None:
                return None
            return frozenset(w.lower_ for w in subject.subtree if w.is_alpha)
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
        days; nor the day of an earlier act the lead orders its news against
        ("protests went on, days after police fired on Saturday"): that act came before
        the lead's news."""
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


# The marks of another act of the kind on a noun (`StoryTime._retold_next`).
_OTHER_ACT_MARKS = frozenset(_LISTS["other_act_marks"]) | EARLIER_OCCASION
# Verbs whose participle or relative clause carries its day to the noun it describes.
_BRINGING_ABOUT = frozenset(_LISTS["bringing_about_verbs"]) | OCCUR
# Nouns of an act and its verb, where the stemmer does not find the one in the other.
_ACT_NOUN_VERBS = dict(e.split() for e in _LISTS["act_noun_verbs"])
# The pronouns that open a relative clause as its subject ("The suit, which was filed").
_RELATIVE_SUBJECTS = frozenset({"that", "which", "who"})


def _one_of_many(lead, noun) -> bool:
    """Does the lead act sum up many acts ("has attacked dozens of villages", "arrested
    40 people") where the next sentence tells one of them ("An attack on Sunday killed
    ..."): an object in the plural or counted, a noun in the singular with "a"? Then
    the noun's day is one instance's, not the whole's."""
    many = any(c.dep_ == "dobj" and (c.tag_ in ("NNS", "NNPS") or
                                     any(n.dep_ == "nummod" for n in c.children))
               for c in lead.children)
    return many and noun.tag_ == "NN" and \
        any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _one_family(a: str, b: str) -> bool:
    """`same_family`, a noun in -ing of the verb ("a ruling" / "ruled", "the filing"
    / "filed"), which the stemmer keeps whole, and a noun of act_noun_verbs ("suit" /
    "sue")."""
    if same_family(a, b) or _ACT_NOUN_VERBS.get(a) == b or _ACT_NOUN_VERBS.get(b) == a:
        return True
    noun, verb = (a, b) if a.endswith("ing") else (b, a)
    return noun.endswith("ing") and len(verb) >= 3 and \
        noun[:-3] in (verb, verb.removesuffix("e"))


def _carriers_of_time(head) -> list:
    """The words a time hung on `head` is told of: `head` itself ("ruled late Tuesday",
    "a ruling on Tuesday"), the thing a participle hung on it describes ("The suit, filed
    on Monday, ..."), the subject of a verb of occurring ("The veto came on Monday"; not
    of any verb: "The ruling was criticized on Monday" tells a later act), and the noun
    of a setting phrase on the same verb ("In a ruling late Tuesday, the judge found
    ..."). The described thing only for a participle or clause of occurring or bringing
    about, with no doer or subject of its own ("The veto, criticized on Monday by
    lawmakers, ..." tells the criticism's day)."""
    out = [head]
    if head.dep_ in ("acl", "relcl") and head.head.i != head.i and \
            lemma_of(head) in _BRINGING_ABOUT and \
            not any(c.dep_ == "agent" or (c.dep_ in ("nsubj", "nsubjpass") and
                                          c.lower_ not in _RELATIVE_SUBJECTS)
                    for c in head.children):
        out.append(head.head)
    for c in head.children:
        if c.dep_ == "nsubj" and lemma_of(head) in OCCUR:
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ in ("in", "with", "at", "during"):
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def _main_act(verb) -> bool:
    """Is `verb` the act its sentence tells, or the telling of it: the root, a conjunct
    of it, the content of a root saying verb after it ("Officials rejected it at the
    time, a report said"), or a report that tells the root's act ("As the agency
    noted back at the time, the talks failed")? `_at_the_time` dates the whole sentence,
    so "at the time" inside a relative or other subordinate clause ("arrested a man who
    worked there at the time") tells only when that clause held, not when the main act
    happened."""
    while verb.dep_ == "conj":
        verb = verb.head
    if verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and verb.i < verb.head.i and \
            verb.head.lemma_.lower() in _REPORTING:
        return True
    if verb.dep_ == "advcl" and verb.head.dep_ == "ROOT" and credits_telling(verb):
        return True
    return verb.dep_ == "ROOT"


def _bare_participle_root(verb) -> bool:
    """Is `verb` a past participle the parser made the sentence's root with no auxiliary
    ("Envoys at the time refused ...", tagged VBN): a simple past read as a participle,
    which `told_tense` gives no tense."""
    return verb.tag_ == "VBN" and verb.dep_ == "ROOT" and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


# A DURATION value of weeks, months, years or more ("P9M", "PXW", "P2Y"), not of hours
# or days: an act told over it took no one day.
_STRETCH = re.compile(r"^P(?:\d+|X)(?:W|M|Y|DE|CE)$")
_STRETCH_PREPS = frozenset(_LISTS["stretch_preps"])
# Verbs whose "for" and a duration after them give the term of what they impose
# ("jailed him for five years", "suspended the paper for six months"): no stretch.
_TERM_VERBS = word_classes()["term_verbs"]


def _stretched_verbs(roots: Iterable[tuple[Timex, object]]) -> set[int]:
    """Indexes of the verbs a stretch of a week or more hangs on: bare ("weeks of
    talks" is a noun's) or through one of _STRETCH_PREPS ("for months", "over the
    last nine months", "in recent weeks"); not the term a verb of _TERM_VERBS imposes
    ("jailed for five years"). `roots`: each timex with its root token, as `timex_roots`
    found them once for the article."""
    out: set[int] = set()
    for tx, root in roots:
        if tx.type != "DURATION" or not _STRETCH.match(tx.value or ""):
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


def _comma_after(doc, tok):
    """The comma right after `tok`, else `tok`: a subordinator read behind a word may
    follow a comma ("Monday morning, before ...")."""
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt if nxt is not None and nxt.text == "," else tok


def _mark_after(doc, tok, words: frozenset[str] = _RELATIVE):
    """The subordinator of `words` ("after", "before") right behind a span or a word of
    a short while (`tok`: "a day", "hours", "shortly"), if the parser made it a clause's
    mark: the one look-up of `StoryTime._relative`'s three readings of it (the span on
    that clause's verb, on the verb above it, or "hours"/"shortly" on the clause)."""
    if tok.i + 1 >= len(doc):
        return None
    mark = doc[tok.i + 1]
    return mark if mark.dep_ == "mark" and mark.lower_ in words else None


def _clause_mark_after(root, mark):
    """`mark` (`_mark_after` the span rooted at `root`) when it opens a clause of its own
    and the parser hangs the span on the verb above that clause or on a noun there ("The
    decision came a day after X accused ...", "talked in a video call a day after the
    assembly approved ...") rather than on the clause's verb: the span still lies between
    the two acts, so it is that clause's count. None when the mark's clause is not hung
    below the span's head (its verb or the verb over the noun), so a span told of another
    act is not read."""
    clause = mark.head
    if clause.dep_ != "advcl" or clause.pos_ not in ("VERB", "AUX") or clause.i <= mark.i:
        return None
    above = root.head
    if above.pos_ not in ("VERB", "AUX"):
        # "spoke in a call a day after ...": the noun's phrase hangs on the clause's head
        while above.dep_ in ("pobj", "prep", "dobj") and above.head.i != above.i and \
                above.pos_ not in ("VERB", "AUX"):
            above = above.head
    return mark if clause.head.i == above.i else None


# What a verb acts on or says: a clause with one tells an act done to another.
_OBJECT_DEPS = frozenset({"dobj", "obj", "dative", "ccomp", "xcomp"})


def _own_sequel(clause, verb) -> bool:
    """Does the "before"/"after" clause `clause` tell a passive or intransitive act of
    `verb`'s own subject (a pronoun for it, its word again: "before he was killed",
    "after the gunman fled")? Not a transitive act ("after prosecutors accused him"), nor
    a passive one whose doer is told ("after he was accused by prosecutors", "before he
    was captured by soldiers": another's act, as in the active, and as often weeks away),
    nor one in the pluperfect ("after he had been accused": told as done earlier), nor
    one whose subject is another noun ("after the talks collapsed")."""
    if any(c.dep_ in _OBJECT_DEPS or c.dep_ == "agent" or
           (c.dep_ == "aux" and c.lower_ in ("had", "'d")) for c in clause.children):
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ == "PRP":
        return True
    main = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return main is not None and lemma_of(main) == lemma_of(subject)


def _subject_noun(verb):
    """The noun subject of `verb`, or None."""
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
# Words that mark a sentence as background to the day's news.
_BACKGROUND_WORDS = frozenset(_LISTS["background_words"])
# Adverbs that tell an act as a later one of its family, not the same act told again.
_LATER_ACT = frozenset(_LISTS["later_act_adverbs"])
_SAME_KIND = frozenset(_LISTS["same_kind_adverbs"])


def _same_kind_mark(tok) -> bool:
    """Is `tok`, alone or with the word next to it that hangs on it or it on, one of
    `same_kind_adverbs` ("too"; "as well", parsed "well" with "as" on it; "in turn")?"""
    doc = tok.doc
    forms = {tok.lower_}
    if tok.i > 0 and doc[tok.i - 1].head.i == tok.i:
        forms.add(f"{doc[tok.i - 1].lower_} {tok.lower_}")
    if tok.i + 1 < len(doc) and doc[tok.i + 1].head.i == tok.i:
        forms.add(f"{tok.lower_} {doc[tok.i + 1].lower_}")
    return bool(forms & _SAME_KIND)


def _had_done(verb) -> bool:
    """Told in the past perfect ("had attacked"): an act before the time told."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d")
                                      for c in verb.children)


def _roles(verb) -> tuple[list, list]:
    """The doer words and the undergoer words of `verb`: an active's subject and direct
    object, a passive's "by" object and subject; a conjunct with no subject of its own
    takes its first conjunct's ("X was arrested and fined")."""
    kids = list(verb.children)
    head = first_conjunct(verb)
    if head.i != verb.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
        kids += [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    doers = [c for c in kids if c.dep_ == "nsubj"]
    doers += [p for c in kids if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    undergoers = [c for c in kids if c.dep_ in ("dobj", "nsubjpass")]
    return doers, undergoers


def _may_be_one(a, b) -> bool:
    """May the words `a` and `b` name one party: the same word, a pronoun, or a name and
    a common noun (the name of the one described: "an inmate" / "Robert Smith")?"""
    if a.pos_ == "PRON" or b.pos_ == "PRON":
        return True
    if lemma_of(a).lower() == lemma_of(b).lower():
        return True
    return (a.pos_ == "PROPN") != (b.pos_ == "PROPN")


def _other_parties(verb, other) -> bool:
    """Do `verb` and `other` tell a doer, or an undergoer, each, that cannot be one
    (`_may_be_one`)? Then they are acts of two hands, or on two things."""
    for mine, theirs in zip(_roles(verb), _roles(other)):
        if mine and theirs and not any(_may_be_one(a, b) for a in mine for b in theirs):
            return True
    return False


def _counted_otherwise(verb, other) -> bool:
    """Do `verb` and `other` take an object of one noun in different numbers ("expelled
    two diplomats" / "expelled three diplomats")? Then they are two acts."""
    def counts(v):
        return {(lemma_of(c).lower(), n.lower_) for c in v.children if c.dep_ == "dobj"
                for n in c.children if n.dep_ == "nummod"}
    mine, theirs = counts(verb), counts(other)
    return any(w == x and n != m for w, n in mine for x, m in theirs)


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


def _tied_to_the_act(tok) -> bool:
    """Does the clause of `tok` tie its act to an act the story already told:
    "Shortly after the announcement, X welcomed ...", "Following the decision, X ...",
    "At a briefing after the talks, X defended ...", "Reacting to the move, X
    criticized ..."? A phrase of after/following (`tied_after_preps`) whose noun the
    story names as one act already told (`words.DEFINITE_ONE`: "the decision", "this
    move"; "after her death" is any day since), on the verb or on a phrase of the verb,
    or a participle of reacting (`reaction_participles`). Those words were said
    on that act's day, not on any day until the page's."""
    verb = finite_verb(tok) or _clause_verb(tok)
    if verb is None:
        return False
    for c in verb.children:
        if c.dep_ == "advcl" and c.tag_ == "VBG" and lemma_of(c) in _REACTION_PARTICIPLES:
            return True
        phrases = [c] + ([g for g in c.subtree if g.dep_ == "prep" and g is not c]
                         if c.dep_ == "prep" else [])
        for p in phrases:
            if p.dep_ != "prep" or p.lower_ not in _TIED_AFTER_PREPS:
                continue
            if any(o.dep_ == "pobj" and any(d.dep_ == "det" and d.lower_ in DEFINITE_ONE
                                            for d in o.children) for o in p.children):
                return True
    return False
