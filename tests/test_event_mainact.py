"""An article's main act (events.mainact): a ranking across the article's records, and
the `key` mark the default queries and briefs honour. Records built by hand from
sentences made up for the test; the ranking model is given, not loaded."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from newsbrief.events import mainact
from newsbrief.records import ActorRef, Event, Evidence, Predicate, Trigger

FIRST = "Norway's finance ministry suspended talks with the union on Monday."
SECOND = 'Union leaders said the ministry had "broken its word" and called a strike.'
SECOND_AT = len(FIRST) + 1
LENGTH = SECOND_AT + len(SECOND)

# A toy ranking: the earlier sentence and the higher confidence rank first.
TOY = mainact.MainActModel({"sent0": 2.0, "z": 1.0}, 0.0, 0.55, 1)


def _event(sentence: str, start: int, word: str, conf: float, *, country="NOR",
           modality="asserted", typ="REJECT") -> Event:
    at = start + sentence.index(word)
    return Event(
        id=f"{start}-{word}", type=typ, mode=None, context=None, cameo=None,
        actor=(ActorRef(None, "the ministry", country),), recipient=(), date=None,
        date_precision=None, date_text=None, date_source=None, location=None,
        modality=modality, attributed_to=(), quantities=(),
        evidence=Evidence(0 if start == 0 else 1, start, start + len(sentence), sentence),
        confidence=conf, trigger=Trigger(at, at + len(word), word))


def test_features_are_relative_to_the_article():
    opening = _event(FIRST, 0, "suspended", 0.62)
    strike = _event(SECOND, SECOND_AT, "called", 0.9, typ="PROTEST")
    other = _event(SECOND, SECOND_AT, "broken", 0.5, typ="REJECT")
    f_open, f_strike, f_other = mainact.features([opening, strike, other], LENGTH)
    assert f_open["sent0"] == 1.0 and f_strike["sent1"] == 1.0
    assert f_strike["conf_rank0"] == 1.0 and f_open["conf_rank1"] == 1.0
    assert f_strike["best_in_sent"] == 1.0 and f_other["best_in_sent"] == 0.0
    # two records of one type by doers of one country: each counts the other
    assert f_open["same"] > 0 and f_other["same"] > 0 and f_strike["same"] == 0
    assert f_other["quoted"] == 1.0 and f_open["quoted"] == 0.0
    assert f_open["t=REJECT"] == 1.0 and "t=PROTEST" not in f_open
    assert 0 < f_strike["pos"] < 1


def test_the_top_ranked_record_is_marked_key_and_its_confidence_kept():
    opening = _event(FIRST, 0, "suspended", 0.62)
    strike = _event(SECOND, SECOND_AT, "called", 0.8, typ="PROTEST")
    out = mainact.mark_main_acts([strike, opening], LENGTH, TOY)
    assert [ev.key for ev in out] == [False, True]
    assert out[1].confidence == 0.62  # a mark beside the confidence, not a new score
    # one record an article, whatever the others score
    assert sum(ev.key for ev in mainact.mark_main_acts(
        [opening, strike, _event(FIRST, 0, "talks", 0.6, typ="CONSULT")], LENGTH, TOY)) == 1


@pytest.mark.parametrize("change", [
    {"country": None},            # a doer of no known country
    {"modality": "future"},       # told as ahead, not done
    {"conf": 0.5},                # under the model's floor
])
def test_no_key_without_a_placed_doer_a_done_act_or_the_floor(change):
    conf = change.pop("conf", 0.62)
    opening = _event(FIRST, 0, "suspended", conf, **change)
    strike = _event(SECOND, SECOND_AT, "called", 0.3, typ="PROTEST")
    out = mainact.mark_main_acts([opening, strike], LENGTH, TOY)
    # the top-ranked record is not eligible, and the next one is under the floor: none
    assert not any(ev.key for ev in out)


@pytest.mark.parametrize("change", [
    {"modality": "future"},       # the top-ranked act told as ahead
    {"modality": "negated"},      # or as not done
    {"conf": 0.5},                # or under the floor
    {"country": None},            # or by a doer of no known country
])
def test_the_mark_passes_down_the_ranking_to_the_first_eligible_record(change):
    # keyconf22: an article whose top-ranked record cannot be key kept no main act at
    # all; the highest-ranked record told as done is the one the readers list
    conf = change.pop("conf", 0.7)
    planned = _event(FIRST, 0, "suspended", conf, **change)
    strike = _event(SECOND, SECOND_AT, "called", 0.6, typ="PROTEST")
    out = mainact.mark_main_acts([planned, strike], LENGTH, TOY)
    assert mainact.ranking([planned, strike], LENGTH, TOY)[0] > \
        mainact.ranking([planned, strike], LENGTH, TOY)[1]  # the first still ranks first
    assert [ev.key for ev in out] == [False, True]


def test_one_key_an_article_even_when_the_mark_passes_down():
    planned = _event(FIRST, 0, "suspended", 0.7, modality="future")
    strike = _event(SECOND, SECOND_AT, "called", 0.6, typ="PROTEST")
    talks = _event(FIRST, 0, "talks", 0.58, typ="CONSULT")
    out = mainact.mark_main_acts([planned, strike, talks], LENGTH, TOY)
    assert sum(ev.key for ev in out) == 1
    assert mainact.choose([planned, strike, talks], [3.0, 1.0, 2.0], 1, 0.55) == {2}
    assert mainact.choose([planned, strike, talks], [3.0, 1.0, 2.0], 2, 0.55) == {1, 2}


def test_an_act_inside_a_quotation_is_never_key():
    broken = _event(SECOND, SECOND_AT, "broken", 0.7)
    assert mainact.quoted(broken)
    assert not any(ev.key for ev in mainact.mark_main_acts([broken], LENGTH, TOY))


def test_the_shipped_model_ranks_and_has_a_floor():
    learned = mainact.model()
    assert learned is not None and 0.5 <= learned.floor < 0.74 and learned.top == 1
    assert learned.weights.get("country", 0.0) > 0  # a placed doer ranks higher
    opening = _event(FIRST, 0, "suspended", 0.62)
    later = _event(SECOND, SECOND_AT, "called", 0.62, typ="PROTEST", country=None)
    s_open, s_later = mainact.ranking([opening, later], LENGTH, learned)
    assert s_open > s_later


def test_same_and_ranks_count_within_a_type_and_share_ties():
    # "same": other records of its type by a doer of a shared country; tied confidences
    # share the first rank of their value (features keep one pass per article)
    a = _event(FIRST, 0, "suspended", 0.8)
    b = _event(SECOND, SECOND_AT, "broken", 0.8)                      # REJECT, NOR: same
    c = _event(SECOND, SECOND_AT, "called", 0.9, typ="PROTEST")       # another type
    d = _event(SECOND, SECOND_AT, "said", 0.5, country="SWE")         # REJECT, SWE
    fa, fb, fc, fd = mainact.features([a, b, c, d], LENGTH)
    assert fa["same"] == fb["same"] == pytest.approx(math.log1p(1))
    assert fc["same"] == fd["same"] == 0.0
    assert fc["conf_rank0"] == 1.0
    assert fa["conf_rank1"] == fb["conf_rank1"] == 1.0 and fd["conf_rank1"] == 0.0


# Sentences of a made-up article: a lead of three, then body sentences.
BODY = "Later in the talks the ministry rejected a second offer from the union."


def _body_event(sentence_index: int, date_source: str | None = None) -> Event:
    ev = _event(BODY, SECOND_AT, "rejected", 0.62)
    return Event.from_dict({**ev.to_dict(), "evidence": {
        **ev.to_dict()["evidence"], "sentence": sentence_index}, "date_source": date_source})


def test_a_main_act_of_the_body_that_the_text_does_not_date_is_not_key():
    # the only record, eligible and top-ranked, but told in the fifth sentence with no
    # time of its own: not anchored as the story's news, so no mark
    assert not mainact.anchored(_body_event(4))
    assert not any(ev.key for ev in mainact.mark_main_acts([_body_event(4)], LENGTH, TOY))
    assert not mainact.anchored(_body_event(4, "published"))


@pytest.mark.parametrize("sentence_index,date_source", [
    (2, None),          # the lead's third sentence
    (4, "text"),        # a body act its own time expression dates
    (7, "carried"),     # a body act dated by an earlier telling of it
])
def test_a_main_act_told_in_the_lead_or_dated_by_the_text_is_key(sentence_index, date_source):
    ev = _body_event(sentence_index, date_source)
    assert mainact.anchored(ev)
    assert [e.key for e in mainact.mark_main_acts([ev], LENGTH, TOY)] == [True]


# keymark42: an act in words told now anchors the main act (hand-built records; the real
# parse in tests/test_event_keymark42_slow.py).
DENIES = "Later the ministry denies the union's account of the talks."
QUOTED = '"We condemn the strike," the ministry said.'


def _said(sentence: str, word: str, lemma: str, *, tense="present", modal=None,
          actor="the ministry", entity=None, index=5) -> Event:
    ev = _event(sentence, SECOND_AT, word, 0.62)
    at = ev.trigger.start
    pred = Predicate(start=at, end=at + len(word), lemma=lemma, voice="active", past=None,
                     base=lemma, adverb=None, object=None, modifiers=(), text=word,
                     modal=modal, tense=tense)
    return replace(ev, predicate=pred, actor=(ActorRef(entity, actor, "NOR"),),
                   evidence=replace(ev.evidence, sentence=index))


def test_a_body_act_in_words_told_in_the_present_is_anchored():
    # fails before keymark42: the fifth sentence, no time of its own
    assert mainact.anchored(_said(DENIES, "denies", "deny"))


@pytest.mark.parametrize("ev", [
    # controls (pass before keymark42 too): told in the past, with a modal, by people
    # of a kind, an act in deeds, or a relative clause
    _said(DENIES.replace("denies", "denied"), "denied", "deny", tense="past"),
    _said(DENIES.replace("denies", "may deny"), "deny", "deny", modal="may"),
    _said(DENIES.replace("the ministry", "officials"), "denies", "deny", actor="officials"),
    _said(DENIES.replace("denies", "blocks"), "blocks", "block"),
    # a clause describing a noun: a standing charge, not the day's act
    _said("The talks stalled over the deal, which the ministry denies breaking.", "denies",
          "deny"),
])
def test_a_past_a_modal_a_kind_or_a_deed_is_not_anchored_by_the_present(ev):
    assert not mainact.anchored(ev)


def test_a_speakers_own_act_in_a_quotation_may_be_key():
    # fails before keymark42: every quoted record was refused
    ev = _said(QUOTED, "condemn", "condemn")
    assert mainact.quoted(ev) and mainact.eligible(ev, 0.55) and mainact.anchored(ev)


@pytest.mark.parametrize("sentence, word, lemma, tense", [
    # controls (pass before keymark42 too): a quoted report of others' act, a scare
    # quote, and an act the speaker says is ahead
    ('"They condemned the strike," the minister said.', "condemned", "condemn", "past"),
    ('The ministry "condemns" the strike, the union said.', "condemns", "condemn", "present"),
    ('"We will condemn any strike," the ministry said.', "condemn", "condemn", "future"),
])
def test_a_quoted_report_a_scare_quote_or_a_promise_is_not_eligible(sentence, word, lemma, tense):
    assert not mainact.eligible(_said(sentence, word, lemma, tense=tense), 0.55)


# An unanchored main act told as done by the main verb of its clause (`main_verb_done`) is
# marked; an event noun, a passive, a participle, a modal or a clause describing a noun
# is not (the real parse in tests/test_event_keymark49_slow.py).
BLOCKED = "Later the union blocked the ministry's offer at a meeting of its board."


def test_a_body_act_told_as_done_by_its_main_verb_is_key():
    ev = _said(BLOCKED, "blocked", "block", tense="past")
    assert not mainact.anchored(ev) and mainact.main_verb_done(ev)
    assert [e.key for e in mainact.mark_main_acts([ev], LENGTH, TOY)] == [True]


@pytest.mark.parametrize("change", [
    {"voice": "noun"},        # "the union's block of the offer"
    {"voice": "passive"},     # "the offer was blocked by the union"
    {"tense": None},          # a participle: "blocking the offer"
    {"modal": "would"},       # "the union would block the offer"
    {"clause": "relcl"},      # "the offer, which the union blocked"
    {"tense": "present"},     # a standing stance in the present, not told now
    {"background": True},     # "the union had blocked", "when the union blocked ..."
])
def test_a_noun_passive_participle_modal_or_described_act_is_not_told_done(change):
    ev = _said(BLOCKED, "blocked", "block", tense="past")
    ev = replace(ev, predicate=replace(ev.predicate, **change))
    assert not mainact.main_verb_done(ev)
    assert not any(e.key for e in mainact.mark_main_acts([ev], LENGTH, TOY))


def test_a_quoted_past_or_a_habit_is_not_told_done_by_the_main_verb():
    # `eligible` keeps a quoted past out of `choose` already; the reading itself says so
    quoted_past = _said('"The union blocked the offer," a board member said.', "blocked",
                        "block", tense="past")
    assert mainact.quoted(quoted_past) and not mainact.main_verb_done(quoted_past)
    # a habit is the parse's reading of the words hung on the verb (`Predicate.habit`)
    habit = _said("Every year the union blocked the ministry's offer at its board.",
                  "blocked", "block", tense="past")
    habit = replace(habit, predicate=replace(habit.predicate, habit=True))
    assert not mainact.main_verb_done(habit)
    assert mainact.main_verb_done(_said(BLOCKED, "blocked", "block", tense="past"))
