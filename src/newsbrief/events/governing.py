"""Which time expression dates which predicate (`attach_timexes`): one that governs
the predicate or its noun, or reaches it through control, coordination or a verb of
occurring; not one on a reporting verb or in another clause. The readers it calls live
beside it, one idea each (see events.dating's docstring): what a time hangs on
(events.timeheads), the time of a noun (events.nountimes), the medium and day of a
saying (events.mediums), the occasion an act is told at (events.occasions), "when" and
"as" clauses (events.whenclauses), documents (events.documents), times told as past
(events.toldpast), running totals (events.totals) and what an act answers or is judged
for (events.reasons)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta

from ..records import Timex
from ..timevalue import TimexValue
from ..timexes.tense import CAUSING
from ..words import word_lists
from .predicate import first_conjunct
from .attach import governor
from .dating import EventDate, NEAR_DAYS, _as_date
from .documents import _document_content
from .lexicon import lemma_of, word_classes
from .mediums import _medium_act, _medium_told_time
from .nountimes import (_anothers_time, _noun_ahead_of_bare_time, _noun_owns_time,
                        _period_of_noun, _possessed_act_far_time, _scene_act, _taking_effect,
                        _toll_of, _topic_occasion)
from .occasions import (_cleft_time, _coarse_time_of_occasion, _progressive_reported,
                        _what_the_event_did)
from .reasons import _answered_noun, _reason_gerund, _reason_noun, asked_or_topic
from .saying import _REPORTING, _SAYING, _announced, _rehung
from .tense import _at_same_time, _perfect, present_perfect
from .timeheads import (RESCHEDULE, _BOUND_PREPS, _DIGIT, _ORDERING_PREPS, SETTING_PREPS,
                        bound, _calendar, _due_date, _effective_head, _line_verb, _names_a_time,
                        _on_verb_itself, _prenominal, earlier_marked)
from .toldpast import _done_act_ahead, _time_of_refusal, _told_as_past, _weekday_before
from .totals import _running_total
from .whenclauses import (_act_of_when_clause, _clause_of_dated_noun, _day_clause_after,
                          _when_clause_after)

# The word lists of this module: data/governing_lists.toml.
_LISTS = word_lists("newsbrief.events", "governing_lists.toml")

# Ways a predicate hangs below a verb that share that verb's time: control
# ("trying to persuade"), objects and their prepositions ("held talks on").
_SHARES_TIME = frozenset({"xcomp", "dobj", "pobj", "prep", "pcomp", "acomp", "oprd",
                          "compound", "amod"})
# Of those, the ways a thing (not an act of the same actor) hangs below a verb: below a
# reporting verb ("reported the attack", "found that ..."), its time is not the report's.
_NOMINAL = _SHARES_TIME - {"xcomp"}


def attach_timexes(doc, timexes: Iterable[Timex], predicates: Mapping[int, int],
                   lines: list[int] | None = None,
                   published: str | None = None) -> dict[int, EventDate]:
    """Event index -> the date of the first calendar timex that governs it (see
    the module docstring for how far a timex reaches). With `published`, a time
    long past inside "after/following/since ..." does not date the verb it bounds
    ("After the war in 1999, X accused Y": the accusation came later). Acts counted in
    the perfect since a start ("rebels have staged 40 raids since March 3") are UNDATED:
    a running total, on no one day (`_running_total`)."""
    timexes = list(timexes)
    out = _governed(doc, timexes, predicates, lines, _as_date(published))
    _cleft_time(doc, timexes, predicates, out)
    _medium_told_time(doc, timexes, predicates, out)
    _inherit(doc, timexes, predicates, lines, out, _as_date(published))
    _progressive_reported(doc, timexes, predicates, lines, out)
    _document_content(doc, timexes, predicates, lines, out)
    _what_the_event_did(doc, timexes, predicates, lines, out)
    _time_of_refusal(doc, timexes, predicates, _as_date(published), out)
    _told_as_past(doc, timexes, predicates, _as_date(published), out)
    _done_act_ahead(doc, timexes, predicates, _as_date(published), out)
    _coarse_time_of_occasion(doc, timexes, predicates, out)
    _running_total(doc, predicates, out)
    return out


def _governed(doc, timexes: list[Timex], predicates: Mapping[int, int],
              lines: list[int] | None, pub: date | None = None) -> dict[int, EventDate]:
    out: dict[int, EventDate] = {}
    acts_of_when: list[tuple[int, EventDate]] = []  # (`_act_of_when_clause`)
    tolls: list[tuple[int, EventDate]] = []  # (`_toll_of`)
    # Explicit calendar dates ("March 14, 2019") before relative words ("overnight",
    # "recently") when both hang on one event; otherwise text order.
    timexes = sorted(timexes, key=lambda t: (not _DIGIT.search(t.text), t.start))
    calendar = list(_calendar(doc, timexes))
    roots = [root for _, _, root in calendar]
    for tx, parsed, root in calendar:
        noun = _noun_ahead_of_bare_time(root, roots)
        if noun is not None:
            # "After a rally Saturday, X urged Y on Tuesday": Saturday is the rally's
            owner = predicates.get(noun.i)
            if owner is not None and owner not in out:
                out[owner] = EventDate(parsed[0], parsed[1], tx.text, "text")
            continue
        if _names_a_time(root):
            continue  # "asked for a deadline of June 1": what was asked for, not when
        if _due_date(root):
            continue  # "demanded the files by June 9": when they are due, not when asked
        day_clause = _day_clause_after(root, tx, lines)
        for verb in _clause_of_dated_noun(root, predicates, lines) + day_clause:
            # "the March 3 meeting, when the minister accused ...", "on Sunday, the day a
            # gunman killed ...": the clause tells what was done at that time; placed
            # after every time of the sentence, so one told in the clause itself wins.
            # Told in the past, the clause's act is of a weekday before the page, not of
            # one the tagger read ahead off a present main verb ("That is lower than a
            # lead on Sunday, the day ..."), and never of a day after the page's, for a
            # "when" clause as for a day clause ("the Friday call, when he pressed ...")
            told = _weekday_before(EventDate(parsed[0], parsed[1], tx.text, "text"), pub)
            if pub is not None and (_as_date(told.date) or pub) > pub:
                continue  # a past act on a day after the page's: no day of the act
            if verb.i in predicates:
                acts_of_when.append((predicates[verb.i], told))
        if _prenominal(root):
            # "a 2015 purge", "Monday's bombing": the time of that noun
            # alone; when it is no event, the time dates nothing around it
            owner = predicates.get(root.head.i)
            if owner is not None and owner not in out:
                out[owner] = EventDate(parsed[0], parsed[1], tx.text, "text")
            toll = _toll_of(root, predicates)
            if toll is not None and toll.i in predicates:
                # "The March 2 attack on the base killed four soldiers": the deaths the
                # attack caused were caused at its time; placed after every time of the
                # sentence, so a time told on the verb itself wins ("The March 2 airstrike
                # killed a soldier on Sunday": Sunday) whatever order they are read in
                tolls.append((predicates[toll.i],
                              EventDate(parsed[0], parsed[1], tx.text, "text")))
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
        if owner is not None and pub is not None and \
                _possessed_act_far_time(root, _far_before(tx, pub)):
            # "defended her signing of the treaty two years ago": the signing's time
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
            # "late Sunday when a driver rammed the gate": the time the clause tells of.
            k = predicates.get(clause.i)
            if k is not None and k not in out and clause.dep_ in ("relcl", "acl") and \
                    any(c.lower_ == "when" for c in clause.children if c.i < clause.i):
                out[k] = EventDate(parsed[0], parsed[1], tx.text, "text")
        for verb in _when_clause_after(root, tx, lines):
            k = predicates.get(verb.i)
            if k is not None and k not in out:
                out[k] = EventDate(parsed[0], parsed[1], tx.text, "text")
        act = _act_of_when_clause(root)
        if act is not None and act.i in predicates:
            acts_of_when.append((predicates[act.i],
                                 EventDate(parsed[0], parsed[1], tx.text, "text")))
    for k, when in acts_of_when + tolls:
        # after every time of the sentence is placed: the act's own time wins
        if k not in out:
            out[k] = when
    return out


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


def _far_bound_of_verb(root, pub: date, tx: Timex, predicates: Mapping[int, int]) -> bool:
    """Is the timex a time long past reached through "after/following/since ..." on
    the way up to the verb it would date (not to an event noun below the preposition:
    "after the invasion in 2022" dates the invasion)?"""
    if not _far_before(tx, pub):
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


def _far_before(tx: Timex, pub: date) -> bool:
    """Does the timex end before the story's days (`NEAR_DAYS` before the page)?"""
    span = TimexValue.parse(tx.value)
    return span is not None and span.end < pub - timedelta(days=NEAR_DAYS)


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
OCCUR = frozenset(_LISTS["occur"])


def _inherit(doc, timexes: list[Timex], predicates: Mapping[int, int],
             lines: list[int] | None, out: dict[int, EventDate],
             pub: date | None = None) -> None:
    """Undated events take the timex of a verb above them that shares their time:
    through control and objects ("was trying to persuade X to hold talks"), and
    from the first of coordinated verbs when the timex comes before the later
    one ("Last week, Trump said ... and threatened ..."); the day a medium came out
    counts as told on the act done in it (`_medium_act`). Never through a
    content, adverbial or relative clause, nor from a reporting verb's own time
    to what it reports, nor to a gerund of reason ("mocked X on Tuesday for
    criticizing him")."""
    on_verb: dict[int, tuple[Timex, tuple[str, str], object]] = {}
    # acts whose time is only the day their medium came out: that setting is of the
    # act's own clause, wherever it stands in the sentence
    medium_acts: set[int] = set()
    calendar = sorted(_calendar(doc, timexes), key=lambda hit: hit[0].start)
    roots = [root for _, _, root in calendar]
    for tx, parsed, root in calendar:
        if _noun_ahead_of_bare_time(root, roots) is not None:
            continue  # "After a rally Saturday, X urged Y on Tuesday": Saturday is the rally's
        if bound(root):
            continue  # "since July", "asked for receipts by June 9": a bound or deadline
        if _prenominal(root):
            continue  # "the 1999 bombing": the time of that noun alone
        if root.dep_ == "pobj" and root.head.lower_ == "for":
            continue  # "conceding the race for 2030": what it is for, not when
        if _effective_head(root) is not None:
            continue  # "announced his exit effective June 1": when it takes effect
        if _noun_owns_time(root):
            continue  # "resigned before Friday's vote": done before the vote's day
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
        for clause in _when_clause_after(root, tx, lines):
            # "The rift deepened in March, when Norway recalled its envoy to protest":
            # the time a "when" clause tells of (`_governed`) is its verb's, and so
            # reaches what that verb controls (its purpose, its complement)
            on_verb.setdefault(clause.i, (tx, parsed, root))
        act = _act_of_when_clause(root)
        if act is not None:
            on_verb.setdefault(act.i, (tx, parsed, root))
        act = _medium_act(doc, root)
        if act is not None:
            # "In a statement released Tuesday, the mayor criticized X and demanded Y",
            # "scolded X in a podcast streamed Sunday, calling it ...": the day the
            # medium came out is its act's (`_medium_told_time`), and so reaches what
            # that act is joined with or controls, as a time on the verb itself would
            if act.i not in on_verb:
                on_verb[act.i] = (tx, parsed, root)
                medium_acts.add(act.i)
    if not on_verb:
        return
    timed = {root.i: root for root in roots}
    told = {hit[2].i: hit for hit in on_verb.values()}
    for i, k in predicates.items():
        if k in out:
            continue
        tok = doc[i]
        if _answered_noun(tok) or _reason_noun(tok):
            # "responded on Monday to the charges", "admonished X on Monday for its
            # veto": the charges, the veto came before
            continue
        # "met him in 2011 at X's request", "told a podcast about her
        # allegations last month": the asking, the topic came before the act, on a day
        # the text does not give, but within a month or a year it tells
        coarse_only = asked_or_topic(tok)
        # "promoted the recent agreements on Thursday": an act the noun places before
        # the time of the verb it hangs on, on a day the text does not give (a time
        # in the noun's own phrase, "At his last talks in March, ...", still dates it)
        earlier = _earlier_noun(tok)
        cur = tok
        for _ in range(6):
            dep = cur.dep_
            year = _year_of_after_clause(cur, on_verb, pub)
            if year is not None:
                # "Tensions rose this year after border guards raided a camp": the year
                # the clause's act is ordered in holds it too
                tx, parsed, _ = year
                out[k] = EventDate(parsed[0], parsed[1], tx.text, "text")
                break
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
            if dep == "xcomp" and cur.head.tag_ == "VBG" and cur.head.dep_ == "advcl" and \
                    lemma_of(cur.head) in CAUSING:
                # "insulted the king on Sunday, prompting Cambodia to recall its envoy":
                # what a participle of result brought about followed, on a day not told
                break
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
            if hit is not None and dep == "conj" and (
                    hit[2].i > head.i or head.i in medium_acts) and any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
                # "Exports fell in 2017, and the government asked X to ...": a time told
                # after the first verb is of its clause, not of a joined clause with a
                # subject of its own; nor is a medium's day, told before or after ("In a
                # statement released Tuesday, X criticized Y, and Z demanded talks": Z's
                # act is not told in X's statement)
                break
            if hit is not None and head.i in medium_acts and dep == "xcomp" and \
                    cur.tag_ == "VBG" and lemma_of(head) in _SAYING:
                # "In a statement released Tuesday, the army admitted shelling the
                # village": what a statement confirms, admits or denies was done
                # before it, on a day the text does not give
                break
            if hit is not None and coarse_only and hit[1][1] not in COARSE_OWN:
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
        if k not in out and tok.pos_ == "VERB":
            # "urged the union to end its blockade during a meeting on Tuesday": the
            # occasion's time is the urging's (`_occasion_of_complement`)
            for c in tok.children:
                hit = on_verb.get(c.i)
                if hit is not None and _occasion_of_complement(c, hit[2]) and \
                        (lines is None or lines[c.i] == lines[i]) and \
                        not (pub is not None and (start := _as_date(hit[1][0])) is not None
                             and start > pub):
                    tx, parsed, _ = hit
                    out[k] = EventDate(parsed[0], parsed[1], tx.text, "text")
                    break


# Occasions an act is told at ("during a meeting", "at a press conference"): the word
# classes' occasion nouns.
_OCCASIONS = word_classes()["occasion_nouns"]


def _occasion_of_complement(comp, root) -> bool:
    """Is the time `root`, found on the infinitive `comp`, told inside an occasion noun
    that a setting preposition hangs straight on `comp` ("urged the union to end its
    blockade during a meeting on Tuesday", "threatened to sue them during a tense meeting
    in March 2018")? The parser hangs the occasion on the infinitive, but what
    was done at the meeting or the press conference is the urging, the threat: the
    infinitive's act is only asked for or threatened, still to come. A time after the
    publication day is left to the infinitive (the caller checks), and so is an occasion
    told as one already known ("asked them to stay home during the summit in May": the
    staying home is for that summit), so only one brought in with "a" or "an"."""
    if comp.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to"
                                       for c in comp.children):
        return False
    return any(prep.dep_ == "prep" and prep.lower_ in SETTING_PREPS and noun.dep_ == "pobj"
               and lemma_of(noun) in _OCCASIONS
               and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in noun.children)
               and noun.left_edge.i <= root.i <= noun.right_edge.i
               for prep in comp.children for noun in prep.children)


def _year_of_after_clause(clause, on_verb: Mapping[int, tuple], pub: date | None):
    """(timex, parsed, root) of the publication year told on the verb an "after" clause in
    the simple past hangs on ("flared again this year after guards raided a camp"): the
    clause's act came before that verb's, between the year's start and the story. None
    for another year (measured on the judged files, datectx: "held back in 2011 after the
    rebels fired on the town" is as often of a year before), for a time finer than a year
    (the act before a day is on another day as often as not), or one told inside the
    clause."""
    if pub is None or clause.dep_ != "advcl" or clause.tag_ != "VBD" or not any(
            c.dep_ == "mark" and c.lower_ == "after" for c in clause.children):
        return None
    hit = on_verb.get(clause.head.i)
    if hit is None or hit[1][1] != "year" or hit[1][0] != f"{pub.year:04d}" or \
            clause.left_edge.i <= hit[2].i <= clause.right_edge.i:
        return None
    return hit


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


def _occasion_of(tok, cur) -> bool:
    """Is `tok` the occasion a verb was done at, a noun that a setting preposition
    ("during", "at", "in") takes straight on that verb ("In January, the envoy said
    during a visit to Oslo that ..."): the saying took place at it, so the time of the
    saying is its time too (what the saying reports is not)?"""
    return cur.dep_ == "prep" and cur.lower_ in SETTING_PREPS and tok.dep_ == "pobj" and \
        tok.head.i == cur.i and tok.pos_ == "NOUN"


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


def _purpose(clause) -> bool:
    """ "flew to Oslo in 2010 to meet ...": an infinitive of purpose (or a control
    verb's infinitive the parser hangs as a clause) with no subordinator shares the
    time of the verb it completes."""
    return clause.dep_ == "advcl" and clause.tag_ == "VB" and clause.i > clause.head.i \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) \
        and not any(c.dep_ == "mark" for c in clause.children)


_NOUN_CLAUSES = frozenset({"relcl", "acl"})
# A clause whose time is its own, not its sentence's: one describing a noun, a gerund
# under a preposition, an infinitive ("after meeting him the day before").
OWN_TIME_CLAUSES = _NOUN_CLAUSES | {"pcomp", "xcomp"}


def _in_noun_clause(tok, clauses: frozenset[str] = _NOUN_CLAUSES) -> bool:
    """Does `tok` hang in a clause that describes a noun ("a video released Sunday",
    "the envoy who left on Monday"): the verb above it a relative clause or acl (or
    one of the other `clauses` asked for)?"""
    for above in tok.ancestors:
        if above.pos_ in ("VERB", "AUX"):
            return above.dep_ in clauses
    return False


def in_own_time_clause(tok) -> bool:
    """Does `tok` hang in a clause that keeps a time of its own (OWN_TIME_CLAUSES: a
    clause on a noun, a gerund or an infinitive): a day told there dates only that
    clause, not the sentence's act?"""
    return _in_noun_clause(tok, OWN_TIME_CLAUSES)


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
                verb.head.lower_ in SETTING_PREPS:
            # "At a donors' summit on Monday, X said ...": the time of the occasion
            # the main act took place at
            verb = verb.head.head
    elif root.dep_ not in ("npadvmod", "advmod", "tmod", "obl", "nmod"):
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    verb = first_conjunct(_rehung(root) or verb)
    return verb if verb.dep_ == "ROOT" or verb.head.i == verb.i else None


def _earlier_noun(tok) -> bool:
    return tok.pos_ == "NOUN" and earlier_marked(tok)


# The precisions of a sentence's own time that still date the asking or the topic
# (`asked_or_topic`): a week, a month, a year holds the asking done before the act, or
# lies just after it, as a day does not (the week as safe as the month).
COARSE_OWN = ("week", "month", "year")
