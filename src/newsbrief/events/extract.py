"""Event extraction: who did what to whom, when, where, by whose account.

One pass over a parsed article:

1. predicates: every verb and noun the typing engine codes (`code_predicate`)
   and that has at least one argument; a light verb and its object noun
   ("provide assistance") make one event, not two;
2. arguments (events.arguments): actor and recipient heads -> ActorRefs;
3. standing (events.modality): asserted / alleged / conditional / future /
   negated, and `attributed_to`;
4. date (events.governing, events.storytime), place (events.places), quantities
   (events.quantities): each attached to the event whose predicate governs it;
5. evidence: the sentence (the line of it holding the predicate when a
   sentence runs over a line break, as captions do).

Pure: takes the Doc and the records of earlier stages, returns Event records.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import functools
import hashlib
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from spacy.attrs import IDX, IS_SPACE, LEMMA, LENGTH, LOWER, POS, SENT_START
from spacy.symbols import NOUN as _NOUN_ID
from spacy.symbols import VERB as _VERB_ID

from ..actors import resolve_actor_text
from ..actors.sports import is_sports_text
from ..dateline import dated_dateline
from ..nlp import doc_text, line_numbers
from ..records import ActorRef, Article, Entity, Event, Evidence, Quantity, Timex, Trigger
from ..teasers import other_story_spans
from ..timexes.rules_calendar import START_POINT_WORDS
from .actorrefs import ActorIndex, np_text
from .arguments import (ARRIVAL_VERBS, OBJ_DEPS, PASS_SUBJ_DEPS, PRON_RELATIVE, Arguments,
                        anti_word, clock_stamp, conjuncts, document_senders, first_person,
                        is_thing, named_authors, noun_arguments, posts_owner, quote_speaker,
                        speakers_own, spoken_about, thing_owners, verb_arguments)
from .attach import governor
from .carry import carry_dates, hit_words, told_done
from .coding import (BUNDLES, NAMING_ACTS, NAMING_VERBS, PUT_OFF, SAID_VERBS, SaidAct,
                     code_predicate, said_act)
from .dating import UNDATED, EventDate, published_date, story_weekdays
from .governing import attach_timexes
from .mediums import saying_time
from .reasons import judged_for
from .lexicon import Lexicon, lemma_of, using, word_classes
from .mainact import LEAD_SENTENCES as MAIN_LEAD_SENTENCES, mark_main_acts
from .modality import (Standing, ahead_in_clause, anticipated, asked_for, attempted, bygone,
                       capacity, chance_of, deadline_given, denied, described, enabled, forecast,
                       habitual, held_attitude, hypothetical, made_for, not_done, object_denied,
                       obliged, open_question, passing_trip, pending, planned_occasion,
                       promised_object, purpose_of_asked, rehearsed, remit, reported_plan,
                       role_held, scheduled, standing, statistic, tally, undone, unverified,
                       unwanted, weighed)
from .places import PLACE_ENTS, attach_places
from .signing import signed_at_home
from .furniture import caption_sentence, furniture_lines, picture_line, video_blurb
from .implicit import implicit_doers, standing_alone
from .genre import genre_of, page_of
from .predicate import has_subject, in_timex, joined_up, own_times, predicate_of
from .quantities import find_quantities, number_tokens
from .reportable import (ArticleContext, article_features, article_record_features,
                         dense_features, features, model, title_stems)
from .retell import merge_retellings
from .saying import intent_saying
from .press import PRESS_SECTOR, press_reporting
from .senses import sourcing, words_not_act
from .storytime import StoryTime, far_sentences, lead_end
from .tense import background
from ..words import word_lists

# The word lists of this module: data/extract_lists.toml.
_LISTS = word_lists("newsbrief.events", "extract_lists.toml")
VERB_POS = frozenset({"VERB"})
NOUN_POS = frozenset({"NOUN"})
# Confidence factors: how much each weakness of the reading lowers the typing score.
NO_ACTOR = 0.6
TEXT_ONLY_ACTOR = 0.85  # an actor we could not tie to an entity, country or sector
NOMINAL = 0.9  # events named by a noun have looser arguments than verbs
# A record whose clause tells sports play or business, market, science or product news
# (events.genre) keeps this share of its confidence: kept for a reader who asks for
# every record, under the threshold of any brief.
GENRE = 0.3
# An act told as a forecast ("predicted that the senator will oppose the bill"), as
# denied ("denied meeting the envoy"), as skipped, annulled or only arranged ("skipped
# a meeting", "overturned the convictions"), as a claim not checked ("has not itself
# verified the claims"), as made possible ("enough proof to indict them"), or as
# promised ("promised an inquiry"): events.modality.forecast, denied, undone,
# unverified, enabled and promised_object. The record keeps its
# standing for exports and this share of its confidence, under the threshold of the
# default view.
NOT_TOLD_DONE = 0.5
# A count of acts told as a figure ("arrests fell 30 percent last year", "the number of
# deportations doubled": events.modality.statistic) is no one act: kept for exports with
# this share of its confidence, under the threshold of the default view.
COUNTED = 0.5
# An act its own clause sets in a decade or a century long past ("In the 1980s, he
# chaired the board ...": `_old_span`) is background with no date of its own: kept for exports
# with this share of its confidence, under the threshold of the default view.
OLD_SPAN = 0.5
# One side signing its own instrument ("signed an executive order": events.signing) is
# an act of government that PLOVER does not type, not the agreement between parties that
# "sign" is coded for (SUPPORT 057): kept for exports with this share of its
# confidence, the genre's, under the threshold of any brief and of the key-act floor.
HOME_SIGNING = GENRE

Coder = Callable[..., object]


@dataclass
class _Candidate:
    tok: object
    sent_index: int
    coding: object
    args: Arguments
    said: bool = False  # a verbal act carried by what the speaker said (coding.said_act)
    further: bool = False  # its recipient is the sentence's further target (Arguments.further)
    # out of the main act's choice and the article's term (coding.SaidAct.unranked)
    unranked: bool = False

    @functools.cached_property
    def promised(self) -> bool:
        """The coded act is the object of a verb of promising (modality.promised_object):
        asked once, for its standing (`_modality`) and for the confidence of acts not
        told done."""
        return promised_object(self.tok, self.coding.trigger, self.coding.type)


def _default_coder() -> Coder:
    return code_predicate


def _trigger_words(lex: Lexicon) -> frozenset[str]:
    """Every word the typing lexicon can code (and the light verbs that pass to an
    object): a cheap filter so the typing engine only sees likely triggers."""
    return _with_words(lex.trigger_words)


@functools.lru_cache(maxsize=8)
def _with_words(words: frozenset[str]) -> frozenset[str]:
    return words | WITH_ACT | SAID_VERBS | NAMING_ACTS | PUT_OFF


def _default_resolver():
    return resolve_actor_text


def extract_events(doc, article: Article, entities: Sequence[Entity] = (),
                   timexes: Sequence[Timex] = (), *, coder: Coder | None = None,
                   resolver=None, user_actors: dict[str, tuple] | None = None,
                   lexicon: Lexicon | None = None, resolved: dict | None = None,
                   collect: list | None = None) -> tuple[Event, ...]:
    """Events of one article. `coder`, `resolver` and `user_actors` default to the
    typing engine, the actors resolver and no user dictionary (tests pass fakes);
    `lexicon` to the one in use (the packaged one unless a user verb dictionary
    was loaded, see `events.lexicon.load_lexicon`); `resolved` is a cache of
    resolved actor phrases the caller keeps across articles (the pipeline).
    `collect`, when given, receives (event, reportability features, predicate offsets,
    trigger offsets) for each event (training the reportability model)."""
    with using(lexicon) as lex:
        return _extract(doc, article, entities, timexes, coder, resolver, user_actors, lex,
                        resolved, collect)


def _day_line(doc, published: str | None) -> tuple[int, int] | None:
    """The span of the line the text opens on when that line is only its publication day
    with the year (a Wikinews page's "Wednesday, May 15, 2019"; "Published: 20 November
    2019"), else None. Such a page says which day it tells from: a weekday six days back
    ("On Thursday, the pope imposed ..." on a Wednesday page) is the one before it, as
    the tagger reads it (`story_weekdays`)."""
    if not published:
        return None
    text = doc_text(doc)
    line = dated_dateline(text[:2000])
    if line is None or line.day != published[:10]:
        return None
    for m in re.finditer(r"[^\n]+", text[:2000]):
        found = dated_dateline(m.group())
        if found is not None and found.day == line.day:
            start, end = m.start() + found.span[0], m.start() + found.span[1]
            if not m.group()[found.span[1]:].strip():
                return start, end
            return None  # a dateline that runs into the lead ("LYON, Dec. 4, 2024 (AP) - ...")
    return None


def _extract(doc, article, entities, timexes, coder, resolver, user_actors, lex: Lexicon,
             resolved: dict | None, collect: list | None) -> tuple[Event, ...]:
    coder = coder or _default_coder()
    if resolver is None:
        resolver = _default_resolver()
    index = ActorIndex(doc, entities, resolver, user_actors, resolved)
    words = _trigger_words(lex) if coder is _default_coder() else None
    layout = _layout(doc, words)
    lines = layout.lines
    if layout.others:
        # a related story's time dates none of this story's acts
        timexes = [t for t in timexes if not _inside(layout.others, t.start)]
    timexes, until = story_weekdays(timexes, article.published,
                                    page_day=_day_line(doc, article.published) is not None)

    candidates = _not_done(_predicates(doc, index, coder, layout), layout.lines)
    if not candidates:
        return ()
    predicates: dict[int, int] = {}
    # the coded word of each candidate, read again by the words-not-acts test below
    triggers = [_trigger_token(doc, cand) for cand in candidates]
    for k, (cand, trig) in enumerate(zip(candidates, triggers)):
        predicates[cand.tok.i] = k
        if trig is not None and trig.i not in predicates:
            predicates[trig.i] = k

    dates = attach_timexes(doc, timexes, predicates, lines, article.published)
    places = attach_places(doc, predicates, {k: c.tok for k, c in enumerate(candidates)},
                           lines)
    quants = _attach_quantities(doc, timexes, predicates, candidates, layout)
    fallback = published_date(article.published)
    far = far_sentences(doc, timexes, article.published, layout.pieces, dates.values(),
                        predicates) if fallback.date else set()
    judge = _Judge(_article_context(doc, article), {e.id: e.kind for e in entities}, collect)
    story = StoryTime(doc, timexes, article.published, layout.pieces, until,
                      aside=layout.aside) if fallback.date else None

    events: list[Event] = []
    seen: set[str] = set()
    dropped: set[str] = set()
    unasked: set[str] = set()
    # The share of its confidence a record keeps after the article's term: GENRE,
    # HOME_SIGNING, NOT_TOLD_DONE or COUNTED. One record takes at most one (the branches below are
    # one elif chain), so one pass applies them all; the three names stay apart because
    # they say three things and may be tuned apart.
    shares: dict[str, float] = {}
    done: set[str] = set()  # records told as one act done at one time (events.carry)
    judged: set[str] = set()  # acts a verb of judging judges someone for (events.carry)
    hit: dict[str, frozenset[str]] = {}  # what each act was done to (carry.hit_words)
    page = page_of(doc)
    # Dates are told apart from the words; durations ("a week of exercises") are words.
    timex_spans = [(t.start, t.end) for t in timexes if t.type in ("DATE", "TIME")]
    for k, cand in enumerate(candidates):
        date = dates.get(k)
        judged_act = judged_for(cand.tok)  # read by the dating and by events.carry
        say = intent_saying(cand.tok, date) if story is not None and \
            (cand.coding.cameo or "").startswith("03") else None
        if say is not None:
            # "said she would retire on May 3": the intent is dated by its saying
            date = saying_time(say, timexes) or \
                story.untimed(say, cand.sent_index, fallback, cand.sent_index in far)
        if date is None:
            # The publication day stands in only for news; background is undated.
            date = story.untimed(cand.tok, cand.sent_index, fallback, cand.sent_index in far,
                                 judged=judged_act) if story is not None else fallback
        old_end = _old_span(cand.tok, timexes, article.published)
        if old_end is not None and not (date and date.date and date.date[:4].isdigit() and
                                        int(date.date[:4]) <= old_end):
            # Set in a decade long past, the act takes no day of the story's (another
            # act's, the publication's): it is undated, like other background.
            date = UNDATED
        ev = _build(doc, article, index, layout, cand, date, places.get(k),
                    quants.get(k, ()), timex_spans, judge)
        if ev is not None and ev.id not in seen:
            seen.add(ev.id)
            events.append(ev)
            if told_done(cand.tok):
                done.add(ev.id)
            if judged_act:
                judged.add(ev.id)
            hit[ev.id] = hit_words(cand.tok)
            if _no_news(cand, date, article.published, ev.evidence.text) or \
                    hypothetical(cand.tok, ev.modality, ev.type) or \
                    _asked(ev.evidence.text, cand.tok.idx - ev.evidence.start) or \
                    press_reporting(cand.tok, ev.type, ev.actor, judge.kinds) or \
                    sourcing(cand.tok) or unwanted(cand.tok) is not None or \
                    _home_conference(triggers[k], ev):
                dropped.add(ev.id)
            elif asked_for(cand.tok) is not None or \
                    purpose_of_asked(cand.tok) is not None or (
                    attempted(cand.tok) is not None and ev.type not in FORCE_TYPES):
                # Only asked for (or what the asked act is for) or tried: no act done,
                # but its parties are the asking's, still acting in the story (the
                # article's country count).
                unasked.add(ev.id)
            elif words_not_act(cand.tok, triggers[k], ev.type, len(ev.actor)):
                # Words, not an act ("agreed the vote was unfair", "his tough talk"):
                # the speaker still acts in the story, so the record leaves after the
                # article's term, like the asked-for acts, and the others keep theirs.
                unasked.add(ev.id)
            elif _agreement_acting(ev, judge.kinds):
                # "the loan agreement contained no such clause and offered ...": an
                # agreement whose parties the text does not name is a thing, and a
                # thing never acts. Taken out after scoring, like the asked-for acts,
                # so the article's other records keep their confidence.
                unasked.add(ev.id)
            elif old_end is not None:
                shares[ev.id] = OLD_SPAN
            elif genre_of(cand.tok, ev.type, ev.actor, ev.recipient, judge.kinds, page):
                shares[ev.id] = GENRE
            elif signed_at_home(cand.tok, cand.coding.cameo):
                shares[ev.id] = HOME_SIGNING
            elif statistic(cand.tok) is not None:
                shares[ev.id] = COUNTED
            elif forecast(cand.tok) is not None or denied(cand.tok) is not None or \
                    undone(cand.tok) is not None or unverified(cand.tok) is not None or \
                    enabled(cand.tok) is not None or cand.promised or \
                    planned_occasion(cand.tok) is not None or \
                    made_for(cand.tok) is not None or obliged(cand.tok) is not None or \
                    ahead_in_clause(cand.tok) is not None or \
                    deadline_given(cand.tok) is not None or \
                    anticipated(cand.tok) is not None or \
                    held_attitude(cand.tok) is not None or \
                    chance_of(cand.tok) is not None or \
                    open_question(cand.tok) is not None or \
                    _ahead(date, article.published, cand.tok, ev.modality):
                shares[ev.id] = NOT_TOLD_DONE
    events = _with_article_term(events, judge, dropped)
    if shares:
        # After the article's term, which sets every confidence again.
        events = [replace(ev, confidence=round(ev.confidence * shares[ev.id], 3))
                  if ev.id in shares else ev for ev in events]
        judge.unfurthered.update({i: round(c * shares[i], 3)
                                  for i, c in judge.unfurthered.items() if i in shares})
    # each record's confidence before re-tellings fold, for the main act's choice
    scored = {ev.id: judge.unfurthered.get(ev.id, ev.confidence) for ev in events}
    if dropped or unasked:
        # Scored first, so the article's other records keep their confidence.
        events = _without(events, dropped | unasked, judge)
    # One record per event: the article's re-tellings of one act folded together.
    events = merge_retellings(events, judge.kinds, article.published)
    # An undated record telling a dated act again takes its day (events.carry).
    events = carry_dates(events, judge.kinds, done, judged, hit)
    # Then the article's main act, a choice across its records (events.mainact).
    return mark_main_acts(events, len(article.text), lead=main_act_lead(doc, layout.pieces),
                          ranked=_for_main_act(events, judge, scored), title=article.title)


def _for_main_act(events, judge, scored: dict[str, float]) -> list[Event] | None:
    """The records as the main act's choice reads them: a recipient found only as a
    further target (Arguments.further) moves its own record's confidence and nothing of
    the article's choice, so each such record is ranked with no recipient and the
    confidence it has without it (a re-telling folded in counted the same way), and one
    that stands only on it is left out, as is a said act marked unranked
    (coding.SaidAct.unranked). None when the article has none of them."""
    if not judge.unfurthered and not judge.further_only and not judge.unranked:
        return None
    out = []
    for ev in events:
        if ev.id in judge.further_only or ev.id in judge.unranked:
            continue
        ids = [ev.id] + [t.id for t in ev.tellings]
        if any(i in judge.unfurthered for i in ids):
            ev = replace(ev, confidence=max(scored.get(i, ev.confidence) for i in ids),
                         recipient=() if ev.id in judge.unfurthered else ev.recipient)
        out.append(ev)
    return out


def main_act_lead(doc, pieces: list[int] | None = None) -> int:
    """The last sentence piece of the lead that anchors an article's main act
    (events.mainact): `lead_end` of its MAIN_LEAD_SENTENCES. One notion for the records
    shipped and for scripts/train_mainact.py, which measures the same choice."""
    pieces = _layout(doc, None).pieces if pieces is None else pieces
    return lead_end(doc, pieces, MAIN_LEAD_SENTENCES)


def _with_article_term(events: list[Event], judge, dropped: set[str] = frozenset()) \
        -> list[Event]:
    """The confidences once every candidate of the article is scored: the features of
    the article's records as a whole (`reportable.article_record_features`: how many
    countries act in it) and the model's article term (the mean logit of the article's
    candidates) added to each one's own logit (`reportable.Model.article_weight`)."""
    apart = judge.implied_only | judge.further_only | judge.unranked
    kept = [e for e in events if e.id not in dropped and e.id not in apart]
    whole = article_record_features({r.country for e in kept for r in e.actor if r.country})
    if judge.collect is not None:  # the features a model is trained on
        judge.collect[:] = [(c[0], list(c[1]) + whole) + tuple(c[2:]) for c in judge.collect]
    learned = model()
    if not judge.logits or learned is None:
        return events
    shift = sum(learned.weights.get(f, 0.0) for f in whole)
    logits = {i: (z + shift, feats + whole) for i, (z, feats) in judge.logits.items()}
    if not shift and not learned.article_weight:
        return events
    # Over the candidates of the kinds the model was trained on: a verbal act read from
    # the words said (coding.said_act) leaves the article's other scores as they were.
    # (a record's further target counts for its own score only: its logit without it)
    mean = learned.article_mean(judge.without_further.get(e.id, judge.logits[e.id])[0]
                                + shift for e in events
                                if e.id in logits and e.id not in judge.said
                                and e.id not in apart) \
        if learned.article_weight else None
    out = []
    for ev in events:
        if ev.id in logits:
            z, feats = logits[ev.id]
            ev = replace(ev, confidence=round(learned.calibrated(z, feats, mean), 3))
        if ev.id in judge.without_further:
            z, feats = judge.without_further[ev.id]
            judge.unfurthered[ev.id] = round(learned.calibrated(z + shift, feats + whole, mean), 3)
        out.append(ev)
    if judge.collect is not None:
        new = {e.id: e for e in out}
        judge.collect[:] = [(new.get(c[0].id, c[0]),) + tuple(c[1:]) for c in judge.collect]
    return out


# An attempt at force is itself a use of force ("tried to kill him" is an attempted
# killing, coded as one); an attempt at any other act tells the trying, not the act.
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
# An act the text dates this many years or more before the publication year is
# background told to explain the news ("broke off ties in 1973", "In 2004, he ..."):
# on the judged samples 18 of 19 such records were no event.
OLD_YEARS = 5
# A day more than this many days after the publication day, given by the act's own words,
# lies ahead of the story: on the judged samples the records dated one to three days
# after it were real (a wire's time zone, a meeting planned for the week), the one dated
# three weeks after was a summit to come.
AHEAD_DAYS = 7
# A share of a population as the doer: a poll's result ("81 percent approved", "six in
# 10 adults said", "7 of 10 voters praised"), no one's act.
SHARE_WORDS = frozenset({"percent", "%", "percentage", "pct"})
# The counts out of which "N of M <people>" is a poll's ratio, not some members of a
# known body ("three of the four judges"): data/extract_lists.toml.
SHARE_DENOMINATORS = frozenset(_LISTS["share_denominators"])
# The publics a ratio of is a poll's reading; a ratio of a body's members ("nine of 10
# ministers resigned") is their act: data/extract_lists.toml.
SHARE_POPULATIONS = frozenset(_LISTS["share_populations"])


def _a_share(tok) -> bool:
    """Is actor head `tok` a share of a population rather than someone: "percent" ("81
    percent"), or a plural counted as a ratio: "six in 10 adults", "nine out of 10
    voters", "one in five Americans" (any count under "in" or "out of"), "7 of 10
    voters" (under "of" only out of ten or a hundred, with no determiner: "three of the
    four judges" are members of a court, and only of a public a poll samples: "nine of
    10 ministers resigned" is the ministers' act)?"""
    if tok.lower_ in SHARE_WORDS:
        return True
    if tok.tag_ not in ("NNS", "NNPS") or any(c.dep_ == "det" for c in tok.children):
        return False
    count = next((c for c in tok.children if c.dep_ == "nummod"), None)
    if count is None:
        return False
    # "N of 10" names a poll's ratio only of a public; "in" and "out of" are a poll's
    # wording whoever is counted ("six in 10 doctors").
    of_a_public = count.lower_ in SHARE_DENOMINATORS and tok.lower_ in SHARE_POPULATIONS
    marks = {c.lower_ for c in count.children if c.dep_ == "quantmod"}
    if marks & {"in", "out"} or ("of" in marks and of_a_public):
        return True  # the parse reads the ratio as one number: "six in 10", "7 of 10"
    # The parse hangs the people under the first number's preposition: "7 of 10 voters".
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in ("in", "of") and prep.head.tag_ == "CD" and \
        (prep.lower_ == "in" or of_a_public)


def _no_news(cand: _Candidate, date: EventDate, published: str | None,
             sentence: str) -> bool:
    """Is the candidate no event to report: an act its clause says did not happen
    ("did not brief", "without asking"), one only scheduled, pending ("the upcoming
    visit") or possible ("the right to defend"), a habit ("often criticized"), a view
    that describes someone ("a senator who opposes the bill") or names their role ("the
    counsel investigating the leaks"), a doer's past ("once
    championed"), one only weighed or wished ("is considering airstrikes", "wanted to
    aid him"), a trip told as the time of another act ("said after arriving in X"), a
    count of victims kept over years ("44 killed since 2001"), old background, or a
    poll's share doing it?"""
    # A "no" on the coded object ("issued no warnings") denies the act, unless the
    # coding already read the "no" as a refusal ("made no concessions": REJECT).
    if not_done(cand.tok) is not None or scheduled(cand.tok) is not None or \
            (cand.coding.type != "REJECT" and object_denied(cand.tok, cand.coding.trigger)) or \
            capacity(cand.tok) is not None or pending(cand.tok) is not None or \
            habitual(cand.tok) is not None or described(cand.tok) is not None or \
            bygone(cand.tok) is not None or weighed(cand.tok) is not None or \
            passing_trip(cand.tok) is not None or tally(cand.tok) is not None or \
            rehearsed(cand.tok) is not None or remit(cand.tok) is not None or \
            role_held(cand.tok) is not None:
        return True
    if cand.args.actor and all(_a_share(a) for a in cand.args.actor):
        return True
    return _old_background(date, published, sentence)


def _asked(sentence: str, at: int) -> bool:
    """Is the act inside a question ("Remember when X protested in 2012?", "Was X ever
    arrested?"): the sentence ends in a question mark that no quotation opened after
    the act holds ('X mocked her, saying "would anyone vote for that?"' reports)."""
    if not sentence.rstrip(" \"'”’)").endswith("?") or at < 0:
        return False
    return not any(q in sentence[at:] for q in ('"', "“"))


# The start point right before a time ("since 1967", "since the 1990s"): the timex
# tagger's own words for it.
_SINCE = re.compile(r"\b(?:" + "|".join(map(re.escape, START_POINT_WORDS)) + r")\s+(?:the\s+)?$",
                    re.IGNORECASE)


def _background_through_and(tok, timex_spans: Sequence[tuple[int, int]]) -> bool:
    """Whether `tok` is told in the past perfect (`tense.background`), read through "and"
    to a verb with no auxiliary, subject or time of its own ("had visited the harbour and
    blamed the owners": both background). A joined verb with its own day ("had visited
    the harbour and on Monday blamed the owners") is told at that day, not before the
    story's time. Only the predicate's background reads it so: the dater and
    `carry.told_done` read `tense.background` for the verb's own tense."""
    def own_say(verb) -> bool:
        return has_subject(verb) or any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
            or any(in_timex(t, timex_spans) for t in own_times(verb, timex_spans))
    return any(background(v) for v in joined_up(tok, own_say))


def _old_background(date: EventDate, published: str | None, sentence: str) -> bool:
    if date.source != "text" or not date.date or not published:
        return False
    try:
        old = int(date.date[:4]) <= int(published[:4]) - OLD_YEARS
    except ValueError:
        return False
    if old and date.text:
        # "the worst clash since 1967": the year bounds a span reaching the news.
        at = sentence.find(date.text)
        if at >= 0 and _SINCE.search(sentence[:at]):
            return False
    return old


# A decade or a century a timex names ("the 1980s": "198", "the 19th century": "18").
_SPAN_VALUE = re.compile(r"^\d{2,3}$")
_SPAN_PREPS = frozenset({"in", "during", "throughout"})
_DAY_OR_WEEK = re.compile(r"^\d{4}-(\d{2}-\d{2}|W\d{2})")


def _old_span(tok, timexes: Sequence[Timex], published: str | None) -> int | None:
    """The last year of the decade or century the act's own clause sets it in, when that
    ended OLD_YEARS or more before the publication year ("In the 1980s, she chaired
    the state board": 1989), else None.
    Such a time gives the act no date, so `_old_background` cannot see it; it is
    background all the same. Only "in", "during" or "throughout" on the act's verb (or on
    the verb a joined verb shares its time with: "chaired ... and ran") naming the
    span itself, with no other verb between them: a decade told of another clause
    ("resigned on Tuesday after claims that he took bribes in the 1980s", "toured a farm
    where he had worked in the 1980s", "claims that in the 1990s a clerk took ...") leaves
    the act alone, and so does a span reaching the news ("since the 1960s")."""
    if not published or not published[:4].isdigit() or not timexes:
        return None
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    verbs = [verb] + ([verb.head] if verb.dep_ == "conj" else [])
    # An act with a day of its own, or joined to one that has ("arrested on Monday a man
    # wanted for a killing in the 1990s, and charged him"), is news whatever decade the
    # parse hangs on it or on the verb it is joined to.
    if any(_own_day(v, timexes) for v in verbs):
        return None
    doc = tok.doc
    for v in verbs:
        for c in v.children:
            if c.dep_ != "prep" or c.lower_ not in _SPAN_PREPS:
                continue
            lo, hi = sorted((c.i, v.i))
            if any(t.pos_ in ("VERB", "AUX") for t in doc[lo + 1:hi]):
                continue
            for obj in (g for g in c.children if g.dep_ == "pobj"):
                for tx in timexes:
                    if tx.type != "DATE" or not _SPAN_VALUE.match(tx.value) or \
                            not tx.start <= obj.idx < tx.end:
                        continue
                    last = (int(tx.value) + 1) * 10 ** (4 - len(tx.value)) - 1
                    if last <= int(published[:4]) - OLD_YEARS:
                        return last
    return None


def _own_day(verb, timexes: Sequence[Timex]) -> bool:
    """Does a day or a week hang on the verb itself: a "prep" whose object, or a bare noun
    ("npadvmod", "tmod"), inside a DATE timex of day or week grain ("on Monday",
    "Tuesday")? A month or a season ("in March") is not enough: the tagger gives it the
    publication year, which a decade-old act does not have."""
    def in_date(t) -> bool:
        return any(tx.type == "DATE" and _DAY_OR_WEEK.match(tx.value) and
                   tx.start <= t.idx < tx.end for tx in timexes)
    for c in verb.children:
        if c.dep_ in ("npadvmod", "tmod") and in_date(c):
            return True
        if c.dep_ == "prep" and any(g.dep_ == "pobj" and in_date(g) for g in c.children):
            return True
    return False


def _ahead(date: EventDate, published: str | None, tok=None, modality: str = "future") -> bool:
    """Is the act dated by its own words to a day more than AHEAD_DAYS after the
    publication day ("ahead of the June 12 summit" in a story of May 22)? It has not
    happened when told; it keeps half its confidence, as forecasts do. Only an event
    noun or an act told in the future: a verb told as done that took a later time from
    the words around it ("has announced a visit on Nov. 15") was done."""
    if date.source != "text" or date.precision != "day" or not date.date or not published:
        return False
    if tok is not None and tok.pos_ != "NOUN" and modality != "future":
        return False
    if tok is not None and reported_plan(tok):
        return False
    try:
        gap = (_dt.date.fromisoformat(date.date[:10]) -
               _dt.date.fromisoformat(published[:10])).days
    except ValueError:
        return False
    return gap > AHEAD_DAYS


def _agreement_acting(ev: Event, kinds: dict[str, str]) -> bool:
    """Every actor of the record is an agreement entity (one with parties named acts
    through them: actorrefs gives the parties instead)."""
    return bool(ev.actor) and all(a.entity is not None and kinds.get(a.entity) == "agreement"
                                  for a in ev.actor)


def _without(events: list[Event], ids: set[str], judge) -> list[Event]:
    if judge.collect is not None:
        judge.collect[:] = [c for c in judge.collect if c[0].id not in ids]
    return [ev for ev in events if ev.id not in ids]


@dataclass
class _Judge:
    """What the reportability model needs of the whole article: its context, the kinds
    of its entities, and each scored candidate's logit and features (event id ->)."""

    context: ArticleContext
    kinds: dict[str, str]
    collect: list | None = None
    logits: dict = field(default_factory=dict)
    said: set = field(default_factory=set)  # ids of verbal acts read from words said
    # ids of records that stand only on an implied doer (events/implicit.py): out of the
    # article's term, so the others keep the confidence they had without them
    implied_only: set = field(default_factory=set)
    # Records whose recipient is only a further target (Arguments.further): the logit
    # each has without it (id ->), and the ids of those that stand only on it. The
    # article's term reads those logits and leaves these records out, so a recipient
    # read this way moves its own record's score and no other.
    without_further: dict = field(default_factory=dict)  # id -> (logit, features)
    further_only: set = field(default_factory=set)
    # The confidence each such record has without it, the article's term added: the
    # main act is chosen on these (`_for_main_act`).
    unfurthered: dict = field(default_factory=dict)
    # Said acts marked unranked (coding.SaidAct.unranked): out of the article's term
    # and of the main act's choice, as the records standing only on a further target.
    unranked: set = field(default_factory=set)


def _article_context(doc, article: Article) -> ArticleContext:
    return ArticleContext(sports=is_sports_text(doc), kind=article_features(doc, article),
                          title=title_stems(article.title))


# ------------------------------------------------------------------ predicates


def _predicates(doc, index: ActorIndex, coder: Coder, layout: _Layout) -> list[_Candidate]:
    out: list[_Candidate] = []
    by_trigger: dict[tuple[int, int], int] = {}
    memo: dict[int, Arguments] = {}
    coded_verbs: set[int] = set()

    def vargs(verb) -> Arguments:
        got = memo.get(verb.i)
        if got is None:
            got = verb_arguments(verb, index.actorish)
            memo[verb.i] = got
        return got

    lines, pieces = layout.lines, layout.pieces
    said_acts = coder is _default_coder()
    for i in layout.triggers:
        tok = doc[i]
        pos = tok.pos_
        coding = coder(doc, tok)
        if said_acts and pos in VERB_POS and (lemma_of(tok) in NAMING_ACTS or (
                coding is None and lemma_of(tok) in SAID_VERBS)):
            said = said_act(doc, tok)
            cand = _said_candidate(index, tok, said, vargs(tok), layout) \
                if said is not None else None
            if cand is not None:
                key = cand.coding.trigger
                if key in by_trigger:  # the speaker's act over the word read alone
                    out[by_trigger[key]] = cand
                else:
                    by_trigger[key] = len(out)
                    out.append(cand)
                coded_verbs.add(tok.i)  # "called the sanctions illegal": no second act
                continue
        via = _with_act(doc, tok, coder) if pos in VERB_POS and lemma_of(tok) in WITH_ACT \
            else None
        coding = via or coding
        if coding is None or _thing_patient(tok, coding):
            continue
        if pos in VERB_POS:
            args = vargs(tok)
        else:
            args = noun_arguments(tok, index.actorish, vargs)
            if tok.dep_ in OBJ_DEPS and lemma_of(tok.head) in DRAWN_FROM:
                args = _drawn_from(index, tok, args)
        args = _same_line(args, tok, lines)
        if pos in VERB_POS and tok.dep_ == "acl" and args.passive:
            args = _agreement_patient(index, tok, args)
        if pos in NOUN_POS:
            # A noun event needs an actor-like argument: "the pact" alone is no act.
            if not any(index.actorish(t) for t in args.actor + args.recipient):
                continue
            # "hailed the pact": the verb is the act; its object is no second event.
            if args.borrowed and tok.head.i in coded_verbs:
                continue
        else:
            coded_verbs.add(tok.i)
        if pos in VERB_POS and args.recipient and lemma_of(tok) in ADDRESS:
            args = _without_audience(index, tok, args)
        if pos in VERB_POS and (not args.recipient or all(
                t.dep_ == "poss" and t.pos_ == "PRON" for t in args.recipient)):
            # "renewed his call for Congress to act": the noun's own target over the
            # owner of the noun (most often the doer himself)
            args = _light_object_recipient(doc, index, tok, coding, args, vargs)
        if pos in VERB_POS and not args.recipient and coding.type in AIMED_AT_TYPES:
            args = _aimed_at(index, tok, args)
        if pos in VERB_POS and not args.actor and not args.recipient:
            continue
        further = pos in VERB_POS and not args.recipient and bool(args.further)
        if further:
            # no reading above names a recipient: the target the sentence gives only
            # through the owner of a thing acted on or an infinitive's preposition
            args = Arguments(args.actor, args.further, args.passive, args.borrowed)
        if (args.actor or args.recipient) and via is None:
            coding = coder(doc, tok, source=_span(doc, args.actor),
                           target=_span(doc, args.recipient)) or coding
        cand = _Candidate(tok, pieces[tok.i], coding, args, further=further,
                          unranked=pos in NOUN_POS and lemma_of(tok) in TOLD_AT_OCCASIONS)
        key = coding.trigger
        if key is not None and key in by_trigger:
            prev = out[by_trigger[key]]
            if prev.said:
                continue  # "said Y was to blame": the speaker blames, not Y
            # Keep the reading with the richer arguments (the verb of "provide
            # assistance" over the bare noun).
            if _richness(cand) > _richness(prev):
                out[by_trigger[key]] = cand
            continue
        if key is not None:
            by_trigger[key] = len(out)
        out.append(cand)
    return out


# Verbs whose object is an act done to their subject by the one under their "from"
# ("the plan drew criticism from allies", "the move sparked condemnation from Moscow").
DRAWN_FROM = frozenset(_LISTS["drawn_from"])
# Meetings mostly told as where the news was said (a joint news conference): out of the
# main act's choice and the article's term, as an unranked said act is.
TOLD_AT_OCCASIONS = frozenset(_LISTS["told_at_occasions"])


def _home_conference(trigger, ev: Event) -> bool:
    """A joint conference of one country's own officials ("the mayor and the police
    chief held a joint news conference"): they stand together to tell the news, not to
    meet each other, so it is no meeting (CONSULT). Kept only when its sides name two
    different countries or bodies (a US president's joint conference alongside
    the Canadian premier), or when only one side's country is known: the
    other side is often named in another sentence ("At a joint news conference, the
    French president said ...") or without a country ("with the king"). Two sides of
    one country, or sides none of which has a country (a mayor and a police chief),
    make none."""
    if ev.type != "CONSULT" or trigger is None or trigger.pos_ not in NOUN_POS or \
            lemma_of(trigger) not in TOLD_AT_OCCASIONS:
        return False
    known = [ref.country for ref in (*ev.actor, *ev.recipient) if ref.country]
    return len(set(known)) < 2 and len(known) != 1


def _drawn_from(index: ActorIndex, noun, args: Arguments) -> Arguments:
    """ "X drew criticism from Y": Y criticised X. The parser hangs "from Y" on the verb,
    where the noun's own arguments do not look; the verb's subject, if the noun
    borrowed it as its doer, is the one acted on."""
    verb = noun.head
    doers = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
             for g in p.children if g.dep_ == "pobj" and index.actorish(g)]
    if not doers or (args.actor and not args.borrowed):
        return args
    actor = tuple(t for d in doers for t in conjuncts(d))
    taken = {a.i for a in actor}
    recipient = args.recipient or (args.actor if args.borrowed else ())
    if not recipient:
        recipient = tuple(c for c in verb.children if c.dep_ == "nsubj" and index.actorish(c))
    return Arguments(actor, tuple(t for t in recipient if t.i not in taken), False, False)


def _said_candidate(index: ActorIndex, verb, said: SaidAct, args: Arguments,
                    layout: _Layout) -> _Candidate | None:
    """The speaker's verbal act ("X said the reports were false"): the speaker (the
    subject of the verb of saying) does it to the one the words are aimed at."""
    line = layout.lines[verb.i]
    actor = tuple(t for t in args.actor if layout.lines[t.i] == line)
    if not actor or _court_ruling(index, verb, actor):
        return None
    target = said.target
    if said.coding.type in ("ACCUSE", "REQUEST") and target is not None and \
            _speakers_own(index, target, actor):
        # "X said his department should do better": the speaker's own side faulted or
        # asked, no act on another
        return None
    recipient: tuple = ()
    if target is not None and layout.lines[target.i] == line and index.actorish(target):
        speakers = {a.i for a in actor}
        recipient = tuple(t for t in conjuncts(target) if t.i not in speakers)
    if said.coding.type == "REQUEST" and recipient:
        # "Putin said Russia needed to ...", "it is time for Russia to ...": a plan for
        # one's own state, no demand.
        own = {r.country for a in actor for r in index.refs(a) if r.country}
        if all(t.ent_type_ == "GPE" and {r.country for r in index.refs(t)} & own
               for t in recipient):
            return None
    return _Candidate(verb, layout.pieces[verb.i], said.coding,
                      Arguments(actor, recipient), said=True, unranked=said.unranked)


# Courts and judges (data/extract_lists.toml): their ruling told as background is no
# speaker's act.
COURT_SPEAKERS = frozenset(_LISTS["court_speakers"])
FORMER_OFFICE = frozenset(_LISTS["former_office"])


def _court(index: ActorIndex, tok) -> bool:
    """Is the speaker a court or a sitting judge: by its head noun ("the appeals court",
    "one judge") or by the head of the office the actors stage gives its name ("Judge
    X"; not "Minister of Justice X", whose head is the minister and whose court word is
    the portfolio under its "of")? A former or retired judge speaks for himself or
    herself, no court."""
    if any(c.dep_ == "amod" and c.lower_ in FORMER_OFFICE for c in tok.children) or any(
            t.i < tok.i and t.dep_ == "pobj" and t.head.lower_ == "of"
            and t.lower_ in COURT_SPEAKERS for t in tok.subtree):
        return False
    if lemma_of(tok) in COURT_SPEAKERS:
        return True
    ent = index.entity(tok) or index.references.resolve(tok)
    office = (getattr(ent, "office", None) or "").lower().split(" of ")[0].split()
    return bool(office) and office[-1] in COURT_SPEAKERS and \
        not FORMER_OFFICE & set(office)


def _court_ruling(index: ActorIndex, verb, speakers) -> bool:
    """Are the words a court's or a judge's ruling told as background: said in a clause
    hung on the judge or on the ruling ("faulted a judge who had called the plan cruel",
    "the ruling from the appeals court, which said the agency must ...")?
    A judge or a justice who says it as the sentence's own act ("the justice said the
    majority should not have taken the case", "the judge told him he must ...") still
    speaks: a dissent, an order or a finding of the day."""
    return verb.dep_ in ("relcl", "acl") and all(_court(index, a) for a in speakers)


# Owners that, in what a speaker says, are the speaker unless the text makes them another
# ("X said his department should ..."). Not "our", a nation or a public the speaker
# speaks to as often ("our government must act"), nor "my", whose "I" a quote inside the
# words may change ("the note naming my daughter a champion").
_SPEAKERS_PRONOUNS = frozenset({"his", "her", "their"})
# The speaker's own institution or side (extract_lists.toml own_institutions, with the
# executive's common names of word_classes.toml): only these, owned by the speaker, are
# the speaker's own; "his critics", "her opponent" are others.
OWN_INSTITUTIONS = frozenset(_LISTS["own_institutions"]) | word_classes()["executive_names"]


def _speakers_own(index: ActorIndex, target, speakers) -> bool:
    """Is the party the words judge or ask the speaker's own institution or side: a noun
    of one ("department", "party", "campaign") owned by a pronoun that the text resolves
    to the speaker, or by "his" or "her" resolved to no one else when the speaker is a
    named person ("the secretary, X, said his department ...")?"""
    if lemma_of(target) not in OWN_INSTITUTIONS and target.lower_ not in OWN_INSTITUTIONS:
        return False
    owner = next((c for c in target.children if c.dep_ == "poss" and c.pos_ == "PRON"
                  and c.lower_ in _SPEAKERS_PRONOUNS), None)
    if owner is None:
        return False
    ent = index.references.resolve(owner)
    named = [index.entity(s) or index.references.resolve(s) for s in speakers]
    if ent is None:
        # unresolved: the speaker's own when the speaker is a named person and the owner
        # one person; an unresolved "their" owns a group's ("Governor X said their
        # leaders ...": the protesters'), an unnamed speaker ("the bishop said her
        # administration ...") as often speaks of another
        return owner.lower_ != "their" and \
            any(getattr(n, "kind", None) == "person" for n in named)
    return any(n is ent for n in named)


# Verbs whose "with" names the act: "hit Iran with sanctions", "retaliated with
# tariffs", "responded with airstrikes", "targeted the banks with sanctions". The act is
# the noun's; the verb's subject did it to the verb's object.
WITH_ACT = frozenset({"hit", "slap", "target", "punish", "respond", "retaliate", "react",
                      "answer", "counter"})


def _with_act(doc, verb, coder: Coder):
    """The coding of the event noun under the verb's "with", if it has one."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "with":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.pos_ in NOUN_POS:
                got = coder(doc, noun)
                if got is not None and got.type == "PROTEST" and lemma_of(noun) == "strike":
                    # "responded with strikes": military strikes, not a walk-out.
                    got = dataclasses.replace(got, type="ASSAULT", mode=None,
                                              context="military", cameo="190")
                if got is not None:
                    return got
    return None


# How an act wanted, planned or asked for hangs below the act of wanting, planning
# or asking: control and purpose infinitives, content clauses, "a plan to X".
_EMBEDDED_DEPS = frozenset({"xcomp", "ccomp", "advcl", "acl", "pcomp", "pobj", "prep",
                            "relcl", "dobj"})


def _not_done(candidates: list[_Candidate], lines: list[int]) -> list[_Candidate]:
    """Leave out acts that are only wanted, planned, asked for or offered below
    another coded act: "pressed Xi to freeze the funds" is a demand made of Xi,
    not Xi's sanction; "agreed to resume talks" is the agreement; "called for X
    to be removed" is the call. The governing act is the event; an act planned
    or wanted with no coded act above it ("plans to impose tariffs") stays, as
    its standing says (future)."""
    at = {c.tok.i: c for c in candidates}
    at.update({c.coding.trigger[0]: c for c in candidates if c.coding.trigger})
    by_idx = {c.tok.idx: c for c in candidates}
    out = []
    for cand in candidates:
        node = cand.tok
        gov = None
        for _ in range(4):
            if node.head.i == node.i or node.dep_ not in _EMBEDDED_DEPS:
                break
            node = node.head
            hit = at.get(node.i) or by_idx.get(node.idx)
            if hit is not None and hit is not cand:
                gov = hit
                break
        if gov is not None:
            st = standing(cand.tok, lines)
            # Wanted or planned by a word above it, not by its own "will" ("a trip to
            # Chile, where she will press ..." is a plan of its own); an act on a
            # condition ("if Norway is attacked") is no wish.
            if st.modality == "future" and st.cue != cand.tok.lower_:
                continue
        out.append(cand)
    return out


# Acts done to people (CAMEO arrest and release): done to a thing the verb means
# something else ("released documents", "the nomination was held up").
PERSON_PATIENT_MODES = frozenset({"arrest", "release"})
GIVE = frozenset({"send", "give", "deliver", "hand", "provide", "submit", "forward"})
MESSAGES = frozenset(_LISTS["messages"])


ENDING = frozenset({"end", "break", "halt", "stop", "lift", "conclude", "finish"})
CESSATION = word_classes()["cessation"]


# Verbs of naming: with an object complement ("calling the general an outstanding
# selection", "branded them traitors") they describe, and their own event sense
# (a phone call) is not meant.
NAMING = NAMING_VERBS
COMPLEMENT_DEPS = frozenset({"oprd", "xcomp", "ccomp", "attr", "acomp"})


def _thing_patient(tok, coding) -> bool:
    """Is this reading of the predicate ruled out by what it acts on: an arrest or
    a release of a thing, a weak arrest word with nobody held ("holding out for
    citizenship"), or a naming verb read as a call?"""
    if not coding.trigger or coding.trigger[0] != tok.idx:
        return False
    if tok.pos_ in VERB_POS and lemma_of(tok) in NAMING and coding.type == "CONSULT":
        return any(c.dep_ in OBJ_DEPS for c in tok.children) and \
            any(c.dep_ in COMPLEMENT_DEPS for c in tok.children)
    if tok.pos_ in VERB_POS and lemma_of(tok) in ENDING and any(
            c.dep_ == "dobj" and lemma_of(c) in CESSATION for c in tok.children):
        # "ending a nine-month pause in talks": a resumption, told by another verb.
        return True
    if coding.type == "AID" and tok.pos_ in VERB_POS and lemma_of(tok) in GIVE:
        # "sent a questionnaire to the ministry": a message handed over is no aid.
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        return bool(objs) and all(lemma_of(o) in MESSAGES for o in objs)
    if coding.mode not in PERSON_PATIENT_MODES:
        return False
    if tok.pos_ in VERB_POS:
        patients = [c for c in tok.children if c.dep_ in OBJ_DEPS | PASS_SUBJ_DEPS]
        if not patients and tok.dep_ in ("acl", "amod") and tok.head.pos_ == "NOUN":
            patients = [tok.head]  # "newly released documents"
        if tok.dep_ == "relcl" and tok.head.pos_ == "NOUN":
            # "the report, which the ministry released": the relative pronoun stands
            # for the noun the clause hangs on
            patients = [tok.head if p.lower_ in PRON_RELATIVE else p for p in patients]
        if not patients:
            # A weak word ("hold") or a phrasal verb ("hold out", "free up") with
            # nobody held or freed has lost its arrest/release sense.
            return coding.confidence < 0.8 or any(c.dep_ == "prt" for c in tok.children)
    else:
        patients = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children if g.dep_ == "pobj"]
    return bool(patients) and all(is_thing(p) for p in patients)


# Hostile acts aimed "at" someone ("fired back at Trump", "lashed out at the
# press"); for other acts "at" names a place or an occasion.
AIMED_AT_TYPES = frozenset({"ASSAULT", "ACCUSE", "THREATEN", "COERCE", "REJECT"})


def _aimed_at(index: ActorIndex, verb, args: Arguments) -> Arguments:
    """ "fired back at Trump", "launched missiles at Syria", "balked at U.S. demands":
    who a hostile act is aimed at under "at": someone, a state (a town or a building
    there is where it happened), or the owner of a thing aimed at."""
    actors = {a.i for a in args.actor}
    objs = [t for p in verb.children if p.dep_ == "prep" and p.lower_ == "at"
            for t in p.children if t.dep_ == "pobj" and t.i not in actors]
    found = tuple(t for t in objs
                  if (t.ent_type_ not in PLACE_ENTS or _a_state(index, t)) and index.actorish(t)
                  and not any(r.country is None and r.sector is None and r.entity
                              and (index.by_id.get(r.entity) is None
                                   or index.by_id[r.entity].kind == "place")
                              for r in index.refs(t)))
    if not found and any(r.entity or r.country or r.sector
                         for a in args.actor for r in index.refs(a)):
        # "balked at Chinese demands", "fired at Israeli positions": the owner (it
        # completes an act whose doer is named; it makes no record of its own)
        found = tuple(o for t in objs if not index.actorish(t)
                      for o in thing_owners(t, index.actorish) if o.i not in actors)
    if not found:
        return args
    return Arguments(args.actor, tuple(t2 for t in found for t2 in conjuncts(t)),
                     args.passive, args.borrowed)


def _home_place(index: ActorIndex, tok, own: set) -> bool:
    """A place or state named as where someone went, of the doer's own country."""
    ent = index.entity(tok)
    return tok.ent_type_ == "GPE" and ent is not None and ent.kind in ("place", "state") \
        and ent.country in own


def _may_act(index: ActorIndex, tok) -> bool:
    """A noun that can send a document: an actor that is no place used as a place
    ("a statement from Geneva") and no time. A seat of government the recogniser calls a
    building or a place ("a letter from the Pentagon", "from Downing Street") sends one
    when the actor index knows it as an organisation of a country (fixO), and so does a
    firm or an agency it calls a place; a capital ("from Lima") stays a place, where a
    statement may only have been put out."""
    return (tok.ent_type_ not in PLACE_ENTS or _a_state(index, tok)
            or _a_national_body(index, tok)) \
        and tok.ent_type_ not in ("DATE", "TIME") and index.actorish(tok)


def _a_national_body(index: ActorIndex, tok) -> bool:
    """Does the actor index know `tok` as an organisation of a country? Written for the
    seats of government the recogniser calls a building or a place, it is left as broad
    as that on purpose (house38, measured): what the index knows as an organisation is
    one whatever the recogniser made of its name, a state oil firm or a news agency
    tagged as a place as much as a ministry's building, and no place-tagged organisation
    of a country was seen standing for where a letter was written (about 75 names
    probed; on the 820 judged articles it never decides)."""
    ent = index.entity(tok)
    return ent is not None and ent.kind == "organization" and bool(ent.country)


def _a_state(index: ActorIndex, tok) -> bool:
    ent = index.entity(tok)
    return ent is not None and ent.kind == "state"


ADDRESS = word_classes()["address"]


def _speaker(tok) -> list:
    """The subject of the verb whose quote or content clause holds `tok` ('"...,"
    Kerry pledged'; 'Kerry said we ...'), or of a verb of speaking hung below the
    quote's own verb."""
    node = tok
    for _ in range(5):
        if node.head.i == node.i:
            break
        dep, gov = node.dep_, node.head
        if dep in ("ccomp", "parataxis") and gov.pos_ in VERB_POS:
            subj = [c for c in gov.children if c.dep_ == "nsubj"
                    and not first_person(c)]
            if subj:
                return subj
        if dep not in ("ccomp", "parataxis", "xcomp", "conj", "advcl", "dobj", "pobj",
                       "prep", "aux"):
            break
        node = gov
    for child in node.children:  # '"We will ...," Kerry said' parsed under the quote
        if child.dep_ in ("parataxis", "ccomp") and child.i > tok.i:
            subj = [c for c in child.children if c.dep_ == "nsubj"
                    and not first_person(c)]
            if subj:
                return subj
    return []


def _without_audience(index: ActorIndex, verb, args: Arguments) -> Arguments:
    """ "X should be ashamed, Trump told reporters": journalists or an outlet
    addressed by a verb of speaking are the channel, not the one acted on; the
    one the words are about is (the subject of the quote or content clause)."""
    kept = tuple(t for t in args.recipient
                 if not (t.head.i == verb.i or t.head.head.i == verb.i)
                 or not index.refs(t) or any(r.sector != PRESS_SECTOR for r in index.refs(t)))
    if len(kept) == len(args.recipient):
        return args
    if not kept:
        actors = {a.i for a in args.actor}
        kept = tuple(t for t in spoken_about(verb, index.actorish) if t.i not in actors)
    return Arguments(args.actor, kept, args.passive, args.borrowed)


def _light_object_recipient(doc, index: ActorIndex, verb, coding, args: Arguments,
                            vargs) -> Arguments:
    """ "held talks with X", "launched an attack on X": when the typing codes a light
    verb by its object noun, the noun's own phrases name the recipient."""
    trig = coding.trigger
    if not trig or trig[0] == verb.idx:
        return args
    span = doc.char_span(trig[0], trig[1], alignment_mode="expand")
    if span is None:
        return args
    head = span.root.head
    if head.dep_ == "prep" and head.lower_ == "with" and lemma_of(verb) in WITH_ACT:
        head = head.head  # "retaliated with tariffs on X"
    elif head.dep_ == "prep" and head.lower_ == "of" and head.head.dep_ in OBJ_DEPS and \
            (lemma_of(head.head) in BUNDLES or head.head.lower_ in BUNDLES):
        # "announced a fresh round of sanctions against X": the typing reads the noun
        # under the object's "of" as the object (coding._objects), so the phrases of
        # an act a measure counts name the recipient as the object's own would
        head = head.head.head
    if head.i != verb.i:
        return args
    found = noun_arguments(span.root, index.actorish, vargs).recipient
    found = tuple(t for t in found if t.i not in {a.i for a in args.actor})
    if not found:
        return args
    return Arguments(args.actor, found, args.passive, args.borrowed)


def _agreement_patient(index: ActorIndex, verb, args: Arguments) -> Arguments:
    """ "the pact between X and Y, signed by ...": the parser often hangs the
    participle on Y; what was signed is the agreement whose mention holds Y."""
    pact = index.enclosing_agreement(verb.head)
    if pact is None or index.agreement(verb.head) is not None or pact.i > verb.i:
        return args
    return Arguments(args.actor, (pact,), args.passive, args.borrowed)


def _richness(c: _Candidate) -> tuple[int, int]:
    return (len(c.args.actor) > 0) + (len(c.args.recipient) > 0), c.tok.pos_ == "VERB"


def _span(doc, heads: Sequence):
    if not heads:
        return None
    return doc[heads[0].left_edge.i:heads[0].i + 1]


def _trigger_token(doc, cand: _Candidate):
    trig = cand.coding.trigger
    if not trig:
        return None
    span = doc.char_span(trig[0], trig[1], alignment_mode="expand")
    return span.root if span is not None and len(span) else None


@dataclass
class _Layout:
    """Per-token arrays of one Doc, read once: line, sentence piece, and which tokens
    may be triggers. A sentence the parser ran across a line break (a caption glued
    to the first paragraph) counts as one piece per line: arguments, standing and
    evidence stay inside a piece."""

    lines: list[int]
    pieces: list[int]
    bounds: dict[int, tuple[int, int]]  # piece -> (start char, end char) of its tokens
    triggers: list[int]  # verb/noun tokens the typing engine may code
    # lines of page furniture (credited captions, credit lines, page patterns: no story,
    # so no event from them) and of news videos' blurbs: the day such a line names is its
    # picture's or clip's, which dates nothing else in the story (events.storytime,
    # `StoryTime(aside=...)`). A caption with no credit (`_caption_lines`) is left
    # out: its test also takes a short present-tense lede under the title ("Troops
    # pull back from the town on Wednesday."), whose day is the story's (fixD41); so is a
    # title or deck set in capitals, furniture for events only (fixB41).
    aside: frozenset[int] = frozenset()
    # where other stories' headlines run in (teasers.other_story_spans): no act and no
    # time of this story is told there
    others: list[tuple[int, int]] = field(default_factory=list)


def _layout(doc, words: frozenset[str] | None) -> _Layout:
    text = doc_text(doc)
    arr = doc.to_array([SENT_START, IS_SPACE, IDX, LENGTH, POS, LEMMA, LOWER]).tolist()
    breaks = [k for k, ch in enumerate(text) if ch == "\n"] if "\n" in text else []
    hashes = _hashes(doc, words)
    lines = line_numbers(doc)
    pieces: list[int] = []
    bounds: dict[int, tuple[int, int]] = {}
    triggers: list[int] = []
    k = -1
    last = None
    for i, (start, space, idx, length, pos, lemma, lower) in enumerate(arr):
        line = lines[i]
        if start == 1:
            last = None
        if not space:
            if line != last:
                k += 1
                last = line
                bounds[k] = (idx, idx + length)
            else:
                bounds[k] = (bounds[k][0], idx + length)
        pieces.append(max(k, 0))
        if (pos == _VERB_ID or pos == _NOUN_ID) and (hashes is None or lemma in hashes
                                                    or lower in hashes):
            triggers.append(i)
    furniture = furniture_lines(text)
    if furniture:
        # Page furniture (captions, newsletter pitches) is no story: no event from it.
        triggers = [i for i in triggers if lines[i] not in furniture]
    captions = _caption_lines(doc, text, breaks)
    if captions:
        # A caption with no credit line retells (or shows) an act: no event from it.
        triggers = [i for i in triggers if lines[i] not in captions]
    others = other_story_spans(text)
    if others:
        # Related-link teasers run into a story line, and links set in parentheses in
        # it: their headlines are other stories.
        triggers = [i for i in triggers if not _inside(others, arr[i][2])]
    rows = text.split("\n")
    blurbs = frozenset(k for k, line in enumerate(rows) if video_blurb(line))
    # A line in capitals is furniture for events but no picture's: a title's or deck's
    # day is the story's (fixB41), so only a picture's or pattern's line is set aside.
    pictures = frozenset(k for k in furniture if picture_line(rows[k]))
    return _Layout(lines, pieces, bounds, triggers, pictures | blurbs, others)


def _caption_lines(doc, text: str, breaks: list[int]) -> frozenset[int]:
    """Lines that are a photo caption with no credit (furniture.caption_sentence)."""
    if not breaks or not doc.has_annotation("DEP"):
        return frozenset()
    first = next((k for k, piece in enumerate(text.split("\n")) if piece.strip()), 0)
    out = set()
    for sent in doc.sents:
        start = sent.start_char
        line = bisect_right(breaks, start)
        lo = breaks[line - 1] + 1 if line > 0 else 0
        hi = breaks[line] if line < len(breaks) else len(text)
        if text[lo:start].strip():
            continue
        if caption_sentence(sent, text[lo:hi], first=line == first):
            out.add(line)
    return frozenset(out)


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    """Is `offset` inside one of `spans` (in order, none inside another)?"""
    k = bisect_right(spans, (offset, float("inf"))) - 1
    return k >= 0 and offset < spans[k][1]


_HASHES: dict[int, set[int]] = {}


def _hashes(doc, words: frozenset[str] | None) -> set[int] | None:
    if words is None:
        return None
    got = _HASHES.get(id(words))
    if got is None:
        got = {doc.vocab.strings.add(w) for w in words}
        _HASHES[id(words)] = got
    return got


def _same_line(args: Arguments, tok, lines: list[int]) -> Arguments:
    line = lines[tok.i]
    actor = tuple(t for t in args.actor if lines[t.i] == line)
    recipient = tuple(t for t in args.recipient if lines[t.i] == line)
    if len(actor) == len(args.actor) and len(recipient) == len(args.recipient):
        return args
    return Arguments(actor, recipient, args.passive)


def _attach_quantities(doc, timexes: Iterable[Timex], predicates: dict[int, int],
                       candidates: list[_Candidate], layout: _Layout,
                       ) -> dict[int, tuple[Quantity, ...]]:
    skip: set[int] = set()
    for tx in timexes:
        span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
        if span is not None:
            skip.update(range(span.start, span.end))
    out: dict[int, list[Quantity]] = {}
    wanted = {c.sent_index for c in candidates}
    toks = [doc[i] for i in number_tokens(doc) if layout.pieces[i] in wanted]
    if toks:
        for anchor, q in find_quantities(doc, toks, skip):
            owner = governor(anchor, predicates, layout.lines)
            if owner is not None:
                out.setdefault(owner, []).append(q)
    return {k: tuple(v) for k, v in out.items()}


# ------------------------------------------------------------------ records


def _refs(index: ActorIndex, heads: Iterable) -> tuple[ActorRef, ...]:
    out: dict[tuple, ActorRef] = {}
    for head in heads:
        for ref in index.refs(head):
            key = (ref.entity,) if ref.entity else (None, ref.text, ref.country)
            out.setdefault(key, ref)
    return tuple(out.values())


MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def _anti_of(head, cand) -> bool:
    """The X of "anti-X" on the record's own trigger noun ("staged anti-government
    protests"), not on a thing it acts on ("rejected an anti-Israel motion")."""
    trigger = cand.coding.trigger
    noun = head.head
    return anti_word(head) and (noun.i == cand.tok.i or
                                trigger is not None and noun.idx == trigger[0])


def _owner_word(index: ActorIndex, head, cand) -> bool:
    """A word on the thing acted on that says whose it is: "U.S. tariffs"; or "its",
    "their" for a state ("Norway's army will expand its drills"; not for a body of
    the same country: "the court denied its motion" acts on the one who moved it)."""
    if head.dep_ in MODIFIER_DEPS:
        # (not "anti-government protests": what the act is against, its own government
        # too; "rejected an anti-Israel motion" stays the owner word it was; nor a body
        # or person named as a report's or a request's author, "spurned the House
        # request": another party of the doer's country, not the doer's own side)
        return not _anti_of(head, cand) and head not in named_authors(head.head, index.actorish)
    if head.dep_ != "poss" or head.lower_ not in ("its", "their"):
        return False
    kinds = [index.by_id[r.entity].kind if r.entity in index.by_id else None
             for r in index.refs(head)]
    return bool(kinds) and all(k == "state" for k in kinds)


def _recipient_refs(index: ActorIndex, heads: Iterable) -> tuple[ActorRef, ...]:
    """Recipients as the reportable model reads them: an agreement acted on stays
    itself ("hailed the pact"); after scoring, `ActorIndex.parties_for_documents`
    puts its other party in its place."""
    out: dict[tuple, ActorRef] = {}
    for head in heads:
        pact = index.agreement(head)
        refs = (ActorRef(pact.id, np_text(head), None, None),) if pact is not None \
            else index.refs(head)
        for ref in refs:
            key = (ref.entity,) if ref.entity else (None, ref.text, ref.country)
            out.setdefault(key, ref)
    return tuple(out.values())


def _source_refs(index: ActorIndex, heads: Iterable) -> tuple[ActorRef, ...]:
    expanded = [t for h in heads for t in conjuncts(h)]
    return _refs(index, expanded)


def _owner_refs(index: ActorIndex, heads: Iterable) -> tuple[ActorRef, ...]:
    """The owner of a posts document's account (`posts_owner`), without the account
    handles the notice lists beside the name ("X, @handle and @other"): those are the
    accounts, not more doers (fixR, blind review B)."""
    return _refs(index, [t for h in heads for t in conjuncts(h) if not t.text.startswith("@")])


def _evidence(article: Article, cand: _Candidate, layout: _Layout) -> Evidence:
    start, end = layout.bounds.get(cand.sent_index, (cand.tok.idx,
                                                     cand.tok.idx + len(cand.tok.text)))
    return Evidence(cand.sent_index, start, end, article.text[start:end])


def _trigger(article: Article, cand: _Candidate) -> Trigger:
    """The coded word: the typing engine's trigger, else the predicate token."""
    start, end = cand.coding.trigger or (cand.tok.idx, cand.tok.idx + len(cand.tok.text))
    return Trigger(start, end, article.text[start:end])


def _modality(st: Standing, cand: _Candidate) -> str:
    coding = cand.coding
    if st.modality == "negated" and coding.type == "REJECT" and st.cue == cand.tok.lower_ \
            and (coding.cameo or "").startswith("12"):
        # "did not agree": the typing already made the refusal the event.
        return "asserted"
    if st.modality == "asserted" and cand.promised:
        # "promised an inquiry into the fire": read through the verb of promising, the
        # act is its object, pledged and not done
        return "future"
    return st.modality


def _event_id(article: Article, evidence: Evidence, typ: str, trigger) -> str:
    key = f"{article.id}|{evidence.start}|{evidence.end}|{typ}|{trigger[0] if trigger else ''}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _build(doc, article: Article, index: ActorIndex, layout: _Layout, cand: _Candidate,
           date: EventDate, location, quantities: tuple[Quantity, ...],
           timex_spans: Sequence[tuple[int, int]] = (),
           judge: _Judge | None = None) -> Event | None:
    coding = cand.coding
    st = standing(cand.tok, layout.lines)
    doers = [h for h in cand.args.actor if not clock_stamp(h)]
    actor = _refs(index, doers)
    if cand.args.actor and not doers:
        # "[1120 EST] - Just talked with X": the parser took the line's time stamp for the
        # subject the post leaves out. In a document of someone's posts the owner did
        # it; elsewhere no one is named.
        actor = _owner_refs(index, posts_owner(cand.tok))
    if not actor and cand.tok.pos_ in VERB_POS:
        # "the statement called on X": a document acting stands for its senders,
        # named in an earlier sentence (no one when none is)
        docs = [c for c in cand.tok.children if c.dep_ == "nsubj"]
        senders = [t for t in document_senders(docs, lambda t: _may_act(index, t))
                   if t not in docs]
        actor = _source_refs(index, senders)
    recipient = _recipient_refs(index, cand.args.recipient)
    def own(h):
        return first_person(h) or speakers_own(h)

    if any(own(h) for h in cand.args.actor + cand.args.recipient):
        # '"We will stand with X," Kerry pledged': in a quote, I and we are the speaker
        # (and "my administration", "our troops" the speaker's side).
        # In a document of someone's posts, an unquoted I or we is the posts' owner.
        named = _speaker(cand.tok) or quote_speaker(cand.tok)
        speaker = _source_refs(index, document_senders(named)) if named else \
            _owner_refs(index, posts_owner(cand.tok))
        if any(own(h) for h in cand.args.actor):
            actor = tuple(dict.fromkeys(actor + speaker))
        if any(own(h) for h in cand.args.recipient):
            recipient = tuple(dict.fromkeys(recipient + speaker))
    if not actor:
        # "The pact was signed": an agreement acted on without an agent was acted on
        # by its parties.
        for head in cand.args.recipient:
            pact = index.agreement(head)
            if pact is not None and pact.members:
                actor = _refs(index, [head])
    actor_keys = {r.entity or r.text for r in actor}
    recipient = tuple(r for r in recipient if (r.entity or r.text) not in actor_keys)
    own = {r.country for r in actor if r.country}
    if own and any(_owner_word(index, h, cand) for h in cand.args.recipient):
        # "withheld US aid", "imposed new U.S. tariffs", "will expand its own drills":
        # a demonym, state or pronoun naming the doer's own side on what is acted on
        # is its sender, not the one acted on
        kept = {r for h in cand.args.recipient if not _owner_word(index, h, cand)
                for r in _recipient_refs(index, [h])}
        recipient = tuple(r for r in recipient if r in kept or r.country not in own)
    if len(own) == 1:
        # "Iranians staged anti-government protests": the state body an anti-word
        # names, with no name of its own, is the doers' own, not the story's
        anti = {r for h in cand.args.recipient if _anti_of(h, cand)
                for r in _recipient_refs(index, [h]) if not r.entity and r.sector == "GOV"}
        recipient = tuple(replace(r, country=next(iter(own))) if r in anti else r
                          for r in recipient)
    if len(own) == 1 and lemma_of(cand.tok) in ARRIVAL_VERBS:
        # "arrived in Tokyo for talks": a place arrived in hosts the trip through its
        # state; a visitor of that state makes a trip at home, with no one visited by it
        # (the judges take a place named as visited, "visited Memphis", as its recipient).
        # Whatever the act is coded as: arguments.verb_arguments makes the place arrived
        # in a recipient for every arrival verb. (It is taken away here, not there: the
        # parse rule sees tokens, not countries, and a doer borrowed from another verb,
        # "left Paris and arrived in Lyon", is known only here.)
        home = {r for h in cand.args.recipient if _home_place(index, h, own)
                for r in _recipient_refs(index, [h])}
        recipient = tuple(r for r in recipient if r not in home)
    # "was arrested", "his indictment": the unnamed state that did it, marked as
    # implied (the reportable model reads only that there is one: `implied_doer`).
    implied = () if actor else implicit_doers(index, cand.tok, cand.args, location,
                                              coding.type)
    alone = standing_alone(actor, recipient, implied, index, cand.tok, location)
    if not alone and not any(r.entity or r.country or r.sector for r in actor + recipient):
        # Nobody who can act is named: "the tariffs follow through", "our results
        # speak". On a judged sample nine in ten of these were not events.
        return None
    # (without its further target: dropped above, or out of the article's term as
    # standing on an implied doer)
    stands_on_further = cand.further and (
        standing_alone(actor, (), implied, index, cand.tok, location)
        or not any(r.entity or r.country or r.sector for r in actor))
    attributed = _source_refs(index, st.source)
    evidence = _evidence(article, cand, layout)
    confidence = float(coding.confidence)
    if not actor:
        confidence *= NO_ACTOR
    elif not any(r.entity or r.country or r.sector for r in actor):
        confidence *= TEXT_ONLY_ACTOR
    if cand.tok.pos_ in NOUN_POS:
        confidence *= NOMINAL
    modality = _modality(st, cand)
    feats = None
    learned_logit = None
    if judge is not None:
        feats = features(cand.tok, coding, actor=actor, recipient=recipient,
                         passive=cand.args.passive, modality=modality,
                         context=judge.context, kinds=judge.kinds, date=date.date,
                         date_source=date.source, published=article.published,
                         implied=bool(implied))
        learned = model()
        if learned is not None:
            # Calibrated: the share of real events among records of this score.
            vec = dense_features(cand.tok) if learned.dense else None
            learned_logit = learned.logit(feats, vec)
            # the article's term is added once every candidate is scored
            confidence = learned.calibrated(learned_logit, feats)
            if cand.further:
                without = features(cand.tok, coding, actor=actor, recipient=(),
                                   passive=cand.args.passive, modality=modality,
                                   context=judge.context, kinds=judge.kinds,
                                   date=date.date, date_source=date.source,
                                   published=article.published, implied=bool(implied))
                further_logit = (learned.logit(without, vec), without)
    actor = index.placed_at(actor, location, cand.tok) or \
        index.body_for_it(cand.args.actor) or implied
    recipient = index.victims_at(recipient, location, cand.tok)
    # (after scoring, as the place-given countries above: what the model read is kept)
    acted_on = recipient
    recipient = index.parties_for_documents(cand.args.recipient, recipient, actor)
    # the documents it took out stay on the record as what the act is about
    about = index.as_read(tuple(r for r in acted_on if r not in recipient))
    actor, recipient = index.as_read(actor), index.as_read(recipient)
    attributed = index.as_read(attributed)
    if location is not None and location.country in index.as_state:
        location = replace(location, country="USA")  # "in Georgia": the state
    ev = Event(
        id=_event_id(article, evidence, coding.type, coding.trigger),
        type=coding.type, mode=coding.mode, context=coding.context, cameo=coding.cameo,
        actor=actor, recipient=recipient,
        date=date.date, date_precision=date.precision, date_text=date.text,
        date_source=date.source, location=location,
        modality=modality, attributed_to=attributed, quantities=quantities,
        evidence=evidence, confidence=round(max(0.0, min(1.0, confidence)), 3),
        predicate=predicate_of(cand.tok, cand.args.actor, cand.args.recipient, timex_spans,
                               passive=cand.args.passive,
                               is_agreement=lambda t: index.agreement(t) is not None,
                               past_perfect=_background_through_and(cand.tok, timex_spans)),
        trigger=_trigger(article, cand),
        about=about,
    )
    if judge is not None and learned_logit is not None:
        judge.logits[ev.id] = (learned_logit, feats)
        if cand.said:
            judge.said.add(ev.id)
        if cand.further:
            judge.without_further[ev.id] = further_logit
    if judge is not None and stands_on_further:
        judge.further_only.add(ev.id)
    if judge is not None and cand.unranked:
        judge.unranked.add(ev.id)
    if judge is not None and alone:
        judge.implied_only.add(ev.id)
    if judge is not None and judge.collect is not None:
        judge.collect.append((ev, feats, (cand.tok.idx, cand.tok.idx + len(cand.tok.text)),
                              coding.trigger))
    return ev
