"""Issue 11, dates20a: an undated record telling again an act the article dates earlier
takes that day, marked `date_source` "carried" (events/carry.py); a second act of the
kind on another day, other doers, an act told as another, or one not told as done at
one time keep none. Records built by hand (sentences written for these tests);
`told_done` on hand-built parses."""

from __future__ import annotations

import dataclasses

from newsbrief.events import carry
from newsbrief.records import ActorRef
from newsbrief.events.carry import carry_dates, told_done

from fake_stages import build
from test_event_retell import KINDS, told
from hand_records import person, state


def _trip(eid, sentence, text, date=None, source="none", word="trip", voice="noun"):
    return told(eid, "CONSULT", [person("kim", "Kim", "PRK")], [state("RUS")], text=text,
                word=word, lemma="trip", sentence=sentence, voice=voice, date=date,
                source=None if date else source, tense=None)


DATED = _trip("a", 0, "Kim began a trip to Russia on Monday, the agency said.",
              date="2024-12-02")
AGAIN = _trip("b", 6, "Kim's trip to Russia was kept secret until the train crossed.")


def test_an_undated_retelling_takes_the_day_of_the_dated_one():
    out = {e.id: e for e in carry_dates([DATED, AGAIN], KINDS, {"b"})}
    assert out["b"].date == "2024-12-02"
    assert out["b"].date_source == "carried"
    assert out["b"].date_text == DATED.date_text
    assert out["a"] == DATED  # the dated telling is left as it was


def test_two_days_for_the_act_carry_nothing():
    other = _trip("c", 3, "Kim made a trip to Russia on Friday as well, officials said.",
                  date="2024-11-29")
    out = {e.id: e for e in carry_dates([DATED, other, AGAIN], KINDS, {"b"})}
    assert out["b"].date is None and out["b"].date_source == "none"


def test_other_doers_or_another_act_carry_nothing():
    lee = told("c", "CONSULT", [person("lee", "Lee", "PRK")], [state("RUS")],
               text="Lee's trip to Russia was kept secret until the train crossed.",
               word="trip", lemma="trip", sentence=6, voice="noun", source="none", tense=None)
    second = _trip("d", 7, "Another trip to Russia by Kim was kept secret too.")
    out = {e.id: e for e in carry_dates([DATED, lee, second], KINDS, {"c", "d"})}
    assert out["c"].date is None
    assert out["d"].date is None


def test_the_day_of_the_news_is_not_overwritten():
    published = _trip("b", 6, "Kim's trip to Russia was kept secret until the train crossed.",
                      source="published")
    out = {e.id: e for e in carry_dates([DATED, published], KINDS, {"b"})}
    assert out["b"].date_source == "published"


def test_without_a_match_nothing_moves(monkeypatch):
    monkeypatch.setattr(carry, "_tells_same", lambda *a, **k: False)
    out = {e.id: e for e in carry_dates([DATED, AGAIN], KINDS, {"b"})}
    assert out["b"].date is None


def test_only_a_record_told_as_done_at_one_time_or_after_the_dated_one_takes_a_day():
    assert {e.id: e for e in carry_dates([DATED, AGAIN], KINDS)}["b"].date is None
    earlier = _trip("b", 0, "Kim's trip to Russia was kept secret until the train crossed.")
    later = _trip("a", 6, "Kim began a trip to Russia on Monday, the agency said.",
                  date="2024-12-02")
    assert {e.id: e for e in carry_dates([earlier, later], KINDS, {"b"})}["b"].date is None


# "Kim's trip ended." / "the trip ended." / "Kim met Putin." / "Kim has met Putin." /
# "Kim had met Putin."
KIMS_TRIP = ["Kim Kim PROPN poss 2", "'s 's PART case 0", "trip trip NOUN nsubj 3",
             "ended end VERB ROOT 3", ". . PUNCT punct 3"]
THE_TRIP = ["the the DET det 1", "trip trip NOUN nsubj 2", "ended end VERB ROOT 2",
            ". . PUNCT punct 2"]
MET = ["Kim Kim PROPN nsubj 1", "met meet VERB ROOT 1", "Putin Putin PROPN dobj 1",
       ". . PUNCT punct 1"]
HAS_MET = ["Kim Kim PROPN nsubj 2", "has have AUX aux 2", "met meet VERB ROOT 2",
           "Putin Putin PROPN dobj 2", ". . PUNCT punct 2"]
HAD_MET = ["Kim Kim PROPN nsubj 2", "had have AUX aux 2", "met meet VERB ROOT 2",
           "Putin Putin PROPN dobj 2", ". . PUNCT punct 2"]


def _tagged(rows, tags):
    doc = build(rows)
    for i, tag in tags.items():
        doc[i].tag_ = tag
    return doc


def test_told_done_reads_a_simple_past_or_a_possessed_event_noun():
    assert told_done(_tagged(KIMS_TRIP, {2: "NN", 3: "VBD"})[2])
    assert not told_done(_tagged(THE_TRIP, {1: "NN", 2: "VBD"})[1])
    assert told_done(_tagged(MET, {1: "VBD"})[1])
    assert not told_done(_tagged(HAS_MET, {1: "VBZ", 2: "VBN"})[2])
    assert not told_done(_tagged(HAD_MET, {1: "VBD", 2: "VBN"})[2])


# dlink: a doer only implied (events.implicit: "were killed" -> unnamed attackers of
# the place) names no doer, so the killing told again with its doer named takes the
# day, when both name the same people killed (an article before them is no other name).
def _implied(iso):
    return ActorRef(entity=None, text="unnamed attackers", country=iso, sector="UAF",
                    implied=True)


def _guards(text):
    return ActorRef(entity=None, text=text, country="PRK", sector="MIL")


SHOT = told("a", "ASSAULT", [_implied("PRK")], [_guards("Six border guards")],
            text="Six border guards were shot dead on Sunday near the river, the army said.",
            word="shot", lemma="shoot", sentence=0, date="2024-12-01")
SHOT_BY = told("b", "ASSAULT", [state("RUS")], [_guards("the six border guards")],
               text="A report says the six border guards were shot by a drone crew.",
               word="shot", lemma="shoot", sentence=5, source="none")


def test_an_implied_doer_is_no_doer_named_and_the_day_is_carried():
    out = {e.id: e for e in carry_dates([SHOT, SHOT_BY], KINDS, {"b"})}
    assert out["b"].date == "2024-12-01" and out["b"].date_source == "carried"


def test_other_people_acted_on_or_a_named_doer_on_each_side_carry_nothing():
    others = dataclasses.replace(SHOT_BY, recipient=(_guards("two fishermen"),))
    named = dataclasses.replace(SHOT, actor=(state("USA"),))
    out = {e.id: e for e in carry_dates([SHOT, others], KINDS, {"b"})}
    assert out["b"].date is None
    out = {e.id: e for e in carry_dates([named, SHOT_BY], KINDS, {"b"})}
    assert out["b"].date is None


def test_an_uncounted_group_with_and_without_its_article_is_not_one_target():
    dated = dataclasses.replace(SHOT, recipient=(_guards("Border guards"),))
    again = dataclasses.replace(SHOT_BY, recipient=(_guards("the border guards"),))
    assert {e.id: e for e in carry_dates([dated, again], KINDS, {"b"})}["b"].date is None
