"""An article's main act (events.mainact): a ranking across the article's records, and
the `key` mark the default queries and briefs honour. Records built by hand from
sentences made up for the test; the ranking model is given, not loaded."""

from __future__ import annotations

import math

import pytest

from newsbrief.events import mainact
from newsbrief.records import ActorRef, Event, Evidence, Trigger

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
