"""Issue 11, dateund45: days the text gives an act that the dating missed.

A past clause that names a time's day ("on Sunday, the day a gunman killed ...") or
follows, with "when", the phrase of a noun the time is told before ("the July 25 call,
when the president asked ...") tells what was done at that time
(`governing._day_clause_after`, `governing._clause_of_dated_noun`); a lead act with no
time of its own that the next sentence tells again with its day ("has ruled ... In a
ruling late Tuesday, ...") is of that day (`StoryTime._retold_next`). Made-up reports
through the whole pipeline (the real parse); the controls pass on main too (said below)."""

from __future__ import annotations

import pytest

from newsbrief.records import Article

pytestmark = pytest.mark.slow


def _date(pipe, text, trigger, published):
    art = Article(id="dateund45", origin="test", text=text, published=published,
                  published_source="given")
    events = pipe.analyse_doc(pipe.nlp(art.text), art).events
    found = [ev for ev in events if ev.trigger and ev.trigger.text == trigger]
    assert found, [(ev.type, ev.trigger and ev.trigger.text) for ev in events]
    return found[0].date, found[0].date_source


@pytest.mark.parametrize("text, trigger, published, want", [
    # a weekday the tagger reads ahead off the present main verb: the one before the page
    ("The senator's lead narrowed in a new poll. Her lead is smaller now than on Sunday, "
     "the day a gunman killed 20 people at a school in Texas.",
     "killed", "2016-06-17", "2016-06-12"),
    ("Turnout fell on Tuesday, the day the governor signed the bill.",
     "signed", "2016-06-17", "2016-06-14"),
    ("The dispute dates to the March 3 meeting, when the minister accused his deputy of lying.",
     "accused", "2016-06-17", "2016-03-03"),
    ("Critics attacked the president over the July 25 call with the premier, when he asked "
     "the premier to investigate a rival.", "asked", "2019-11-15", "2019-07-25"),
])
def test_a_clause_naming_a_time_takes_it(pipe, text, trigger, published, want):
    assert _date(pipe, text, trigger, published) == (want, "text")


@pytest.mark.parametrize("text, trigger, published, wrong", [
    # controls, pass on main too: "the day after" is another day; a clause told ahead
    ("Turnout fell on Tuesday, the day after the governor signed the bill.",
     "signed", "2016-06-17", "2016-06-14"),
    ("The dispute dates to the March 3 meeting, when the minister will accuse his deputy "
     "of lying.", "accuse", "2016-06-17", "2016-03-03"),
])
def test_a_clause_of_another_time_does_not(pipe, text, trigger, published, wrong):
    assert _date(pipe, text, trigger, published)[0] != wrong


def test_the_lead_act_told_again_with_its_day_takes_it(pipe):
    text = ("A state court has ruled that the port authority must pay for the flood "
            "repairs.\n\nIn a ruling late Tuesday, Judge Smith found the authority liable for "
            "the damage.")
    assert _date(pipe, text, "ruled", "2019-11-07") == ("2019-11-05", "text")


@pytest.mark.parametrize("text, trigger", [
    # controls, pass on main too: another ruling; another doer's suit on that day
    ("A state court has ruled that the port authority must pay for the flood repairs.\n\n"
     "In another ruling late Tuesday, Judge Smith found the authority liable for the "
     "damage.", "ruled"),
    ("The city has sued the company over the spill.\n\nThe mayor sued the firm's owner on "
     "Monday.", "sued"),
])
def test_another_act_told_next_does_not_date_the_lead(pipe, text, trigger):
    assert _date(pipe, text, trigger, "2019-11-07") == ("2019-11-07", "published")


# fixD45 (review 46A items 1-7): the rules above narrowed. Publication day 2026-12-03, a
# Thursday: Sunday is 11-29, Monday 11-30, Friday 12-04.
_PUB = "2026-12-03"


@pytest.mark.parametrize("text, trigger", [
    # item 1: a participle of another act, with its doer, carries that act's day
    ("The mayor has vetoed a plan that would have closed the old library.\nThe veto, "
     "criticized on Monday by council members of both parties, is her second this term.",
     "vetoed"),
    ("Soldiers have arrested hundreds of students in the north.\nThe arrests, condemned on "
     "Monday by aid groups as unlawful, drew families to the barracks.", "arrested"),
    # item 2: another act of the kind, or one told as done before
    ("A district court has ruled that the county's gun rule can take effect.\nIn an "
     "earlier ruling on Monday, the same court had declined to hear the case.", "ruled"),
    ("A judge in Ohio has ruled that the city can enforce its new parking law.\nIn a "
     "similar ruling on Monday, a federal judge in Idaho upheld a law on noise.", "ruled"),
    ("Police have arrested a man suspected of setting fire to a church.\nIn a related "
     "arrest on Monday, officers detained a woman in the next village.", "arrested"),
    # item 3: the lead sums up many acts, the next sentence tells one of them
    ("The rebels have attacked dozens of farms in the valley.\nAn attack on Sunday killed "
     "nine people, local officials said.", "attacked"),
])
def test_another_or_a_later_act_told_next_does_not_date_the_lead(pipe, text, trigger):
    assert _date(pipe, text, trigger, _PUB) == (_PUB, "published")


@pytest.mark.parametrize("text, trigger, want", [
    # item 4: the docstring's own example, by the noun-to-verb table
    ("The attorney general has sued the country's biggest drug distributor.\nThe suit, "
     "filed on Monday in federal court, accuses the firm of hiding the risks.", "sued",
     "2026-11-30"),
    # controls, pass on main too: the subject of a verb of occurring; one act told again
    ("The mayor has vetoed a plan that would have closed the old library.\nThe veto came "
     "on Monday after weeks of pressure from readers.", "vetoed", "2026-11-30"),
    ("The rebels have attacked a farm in the valley.\nThe attack on Sunday killed nine "
     "people, local officials said.", "attacked", "2026-11-29"),
])
def test_the_same_act_told_next_still_dates_the_lead(pipe, text, trigger, want):
    assert _date(pipe, text, trigger, _PUB) == (want, "text")


@pytest.mark.parametrize("text, trigger", [
    # item 5: a "when" clause on the main verb after a dated document is the main act's
    ("The ministry cited the May 4 accord, when it accused Russia of breaking the truce.",
     "accused"),
    ("The minister defended the March 3 budget in parliament, when lawmakers accused her "
     "of hiding losses.", "accused"),
    # item 6: a day of memory told in the present or ahead; a past act after the page
    ("The anniversary falls on Friday, the day police shot the student.", "shot"),
    ("Supporters will gather on Sunday, the day police shot the student.", "shot"),
    ("Her lead is smaller now than on Friday, the day a gunman killed six people.",
     "killed"),
])
def test_a_clause_of_another_time_or_a_day_ahead_is_not_dated_so(pipe, text, trigger):
    assert _date(pipe, text, trigger, _PUB)[1] != "text"


def test_a_past_passive_conjunct_of_the_day_clause_takes_the_day(pipe):
    # item 7: "was arrested and charged": the bare participle shares the passive
    text = ("Relatives gathered outside the court on Monday, the day the opposition leader "
            "was arrested and charged with treason.")
    assert _date(pipe, text, "charged", _PUB) == ("2026-11-30", "text")
    # control, passes on main too: the first conjunct
    assert _date(pipe, text, "arrested", _PUB) == ("2026-11-30", "text")
