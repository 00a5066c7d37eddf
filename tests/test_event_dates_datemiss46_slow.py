"""Issue 11, datemiss46: days of the act's own sentence that the dating gave wrong or missed.

A fronted "as" clause told in the simple past with a time of its own ("As the river
burst its banks on Tuesday, the governor ordered ...") tells when the act it hangs on was
done (`whenclauses._fronted_as`, read by `_act_of_when_clause`); a clause crediting a
telling, a finding or an agreement ("As the paper reported on Tuesday, ...", "As the
inquiry found in 2019", `saying.credits_telling`) does not, nor one of likeness ("As
happened in 2014, ..."). A verb joined to the verb of a relative clause on a person,
sharing its pronoun ("the soldier who beat and wounded a protester"), describes that
person as the first verb does (`undated._person_described`), and takes no day of the
sentence's report; after a clause on an object, a joined verb with an object of its own
("fired the minister who ran the army and appointed ...") is the main clause's. Made-up
reports through the whole pipeline (the real parse); the controls pass on main too."""

from __future__ import annotations

import pytest

from newsbrief.records import Article

pytestmark = pytest.mark.slow

# Two sentences before the one tested, so that it is read as the body, not the lead.
_FLOOD = ("Flood waters rose across the valley this week.\n\n"
          "The regional council has warned farmers to move their herds to higher ground.\n\n")
_UNREST = ("Crowds rallied outside the city hall on Sunday after days of unrest.\n\n"
           "Shops on the main square stayed shut for a third day.\n\n")


def _date(pipe, text, trigger, published):
    art = Article(id="datemiss46", origin="test", text=text, published=published,
                  published_source="given")
    events = pipe.analyse_doc(pipe.nlp(art.text), art).events
    found = [ev for ev in events if ev.trigger and ev.trigger.text == trigger]
    assert found, [(ev.type, ev.trigger and ev.trigger.text) for ev in events]
    return found[0].date, found[0].date_source


def test_a_fronted_as_clause_dates_its_act(pipe):
    # Friday 2021-03-12: Tuesday is 03-09 (undated on main)
    text = _FLOOD + "As the river burst its banks on Tuesday, the governor ordered the schools closed."
    assert _date(pipe, text, "ordered", "2021-03-12") == ("2021-03-09", "text")


@pytest.mark.parametrize("sentence, trigger", [
    # controls, pass on main too: an "as" clause crediting a report; "as" after the act
    ("As the local paper reported on Tuesday, the governor ordered the schools closed.",
     "ordered"),
    ("The mayor thanked the volunteers, as the river burst its banks on Tuesday.", "thanked"),
])
def test_an_as_clause_of_telling_or_after_its_act_does_not(pipe, sentence, trigger):
    assert _date(pipe, _FLOOD + sentence, trigger, "2021-03-12")[0] != "2021-03-09"


@pytest.mark.parametrize("sentence, trigger", [
    ("The army has dismissed the soldier who beat and wounded a protester, an army "
     "spokesman said late on Sunday.", "wounded"),
    ("The soldier who attacked a journalist and later threatened his family was "
     "dismissed, a spokesman said late on Sunday.", "threatened"),
])
def test_a_joined_verb_of_a_persons_clause_takes_no_report_day(pipe, sentence, trigger):
    # Tuesday 2021-03-16; on main the joined verb took the report's Sunday (03-14)
    assert _date(pipe, _UNREST + sentence, trigger, "2021-03-16") == (None, "none")


def test_a_joined_verb_with_a_time_of_its_own_keeps_it(pipe):
    # control, passes on main too: the time told in the clause itself
    text = _UNREST + ("The army has dismissed the soldier who beat a protester and wounded "
                      "him on Sunday, a spokesman said.")
    assert _date(pipe, text, "wounded", "2021-03-16") == ("2021-03-14", "text")


@pytest.mark.parametrize("sentence, trigger", [
    # likeness: the act is compared to an earlier one, not timed by it (2016 dropped the
    # record as old background, 2018 misdated it)
    ("As happened in 2016, crowds stormed the state assembly.", "stormed"),
    ("As they had in 2018, the rebels shelled the border post.", "shelled"),
    # credit to a hearing, a finding, an agreement: the act came before it
    ("As the tribunal heard on Tuesday, soldiers looted the market.", "looted"),
    ("As the commission concluded in 2018, the police ignored the threats.", "ignored"),
    ("As the envoys agreed in 2017, the rebels left the city.", "left"),
    # control: a verb of reporting credits as before
    ("As the senator said on Tuesday, protesters blocked the road.", "blocked"),
])
def test_an_as_clause_of_likeness_or_credit_gives_no_time(pipe, sentence, trigger):
    assert _date(pipe, _FLOOD + sentence, trigger, "2021-03-12") == (None, "none")


@pytest.mark.parametrize("sentence, trigger", [
    # speaking is an act at its own time, not a credit of the act
    ("As the senator spoke on Tuesday, protesters blocked the road.", "blocked"),
    # controls: a "have" with an object is no pro-verb; a plain event clause
    ("As the family had dinner on Tuesday, gunmen attacked the house.", "attacked"),
    ("As the polls closed on Tuesday, gunmen attacked a polling station.", "attacked"),
])
def test_an_as_clause_of_an_act_at_that_time_dates_it(pipe, sentence, trigger):
    assert _date(pipe, _FLOOD + sentence, trigger, "2021-03-12") == ("2021-03-09", "text")


@pytest.mark.parametrize("sentence, trigger", [
    # the first verb keeps its own object: the joined verb is the main clause's
    ("The king fired the minister who ran the army and appointed a new chief, his "
     "office said late on Sunday.", "appointed"),
    # a passive clause with an active verb joined: the main clause's
    ("Police rescued the workers who were trapped in a mine and detained two guards, "
     "the ministry said late on Sunday.", "detained"),
])
def test_a_main_verb_joined_after_a_clause_on_its_object_keeps_the_report_day(
        pipe, sentence, trigger):
    assert _date(pipe, _UNREST + sentence, trigger, "2021-03-16") == ("2021-03-14", "text")


def test_a_joined_verb_repeating_the_pronoun_describes_the_person(nlp):
    from newsbrief.events.undated import _person_described

    doc = nlp("The army has sacked the officer who beat a prisoner and who wounded a "
              "guard, a spokesman said late on Sunday.")
    wounded = next(t for t in doc if t.text == "wounded")
    described = _person_described(wounded)
    assert described is not None and described.text == "beat"
    # control: the first verb itself
    assert _person_described(next(t for t in doc if t.text == "beat")).text == "beat"
