"""dateact: an act told by a gerund after the "for" of a verb of judging ("blasted
the leader for demanding witnesses", "called her reckless for attacking him") is the
act judged, done or going on before the judging: it takes no day the text does not
give it (before, the lead's day or a day of the sentence around it). Controls (pass
before and after): an act of the same family told with its day before ("vetoed the
budget on Monday ... criticized for vetoing it"), a gerund with a time of its own, and
the judging verb's own day. Through the whole pipeline on reports made up for the test,
published on a Thursday."""

from __future__ import annotations

import pytest

from made_up import by_trigger, events_of

pytestmark = pytest.mark.slow

PUB = "2024-12-05"  # a Thursday
LEAD = "The state senate opened the impeachment trial of the governor on Wednesday. "


@pytest.mark.parametrize("text, trigger", [
    (LEAD + "On the senate floor Tuesday, the majority leader blasted the minority leader "
     "for demanding new witnesses.", "demanding"),
    ("The president of Brazil on Monday faulted the top tribunal for agreeing to review "
     "the mining firm's appeal.", "agreeing"),
    (LEAD + "The mayor of the capital called the chairman reckless for attacking the "
     "police chief in a radio interview.", "attacking"),
    # a noun of the act's family told before with a time is no telling of this act
    ("Party leaders expect fresh demands for witnesses in January. On the senate floor "
     "Tuesday, the majority leader blasted the minority leader for demanding new "
     "witnesses.", "demanding"),
])
def test_the_act_judged_takes_no_day_of_another_act(pipe, text, trigger):
    ev = by_trigger(events_of(pipe, text, PUB), trigger)
    assert (ev.date, ev.date_source) == (None, "none"), (ev.date, ev.date_text)


def test_control_the_judging_keeps_its_day(pipe):
    text = LEAD + ("On the senate floor Tuesday, the majority leader blasted the minority "
                   "leader for demanding new witnesses.")
    ev = by_trigger(events_of(pipe, text, PUB), "blasted")
    assert ev.date == "2024-12-03", (ev.date, ev.date_text)


def test_control_the_same_act_told_with_its_day_before(pipe):
    text = ("The governor of Texas vetoed the school budget on Monday. Democrats in the "
            "state senate criticized the governor for vetoing the budget.")
    ev = by_trigger(events_of(pipe, text, PUB), "vetoing")
    assert ev.date == "2024-12-02", (ev.date, ev.date_text)


def test_control_a_time_of_its_own(pipe):
    text = ("The health agency on Monday criticized the president for closing the "
            "northern border in October.")
    ev = by_trigger(events_of(pipe, text, PUB), "closing")
    assert ev.date == "2024-10", (ev.date, ev.date_text)


def test_control_a_gerund_a_possessive_opens_is_a_known_act(pipe):
    # "for his denouncing ...": the act named as a known one, here the lead's, keeps
    # the lead's day
    text = ("During his show on Friday night, the comedian mocked the chiefs of his party. "
            "Two radio hosts praised the comedian for his denouncing the party chiefs on air.")
    ev = by_trigger(events_of(pipe, text, "2024-12-07"), "denouncing")  # a Saturday
    assert ev.date == "2024-12-06", (ev.date, ev.date_text)


# fixD40 (review 41A item 7): the act judged, told before in other words with its day
# and by the same doer (a state's forces, then the state; a group, then "the" group),
# is that act told again and keeps that day (carried); before, it took no day. Control:
# an earlier dated act of the type by another doer gives it no day.
@pytest.mark.parametrize("text, trigger", [
    ("Chinese warships fired on a fishing boat off the coast on Monday. On Tuesday, "
     "the Philippines condemned China for attacking the boat.", "attacking"),
    ("Militiamen shelled the border village on Monday. On Tuesday, the UN envoy condemned "
     "the militiamen for attacking the village.", "attacking"),
])
def test_the_act_judged_told_before_in_other_words_keeps_its_day(pipe, text, trigger):
    ev = by_trigger(events_of(pipe, text, PUB), trigger)
    assert (ev.date, ev.date_source) == ("2024-12-02", "carried"), (ev.date, ev.date_text)


def test_control_an_earlier_act_of_another_doer_gives_no_day(pipe):
    text = ("Militiamen shelled the border village on Monday. On Tuesday, the UN envoy "
            "condemned the army for attacking civilians.")
    ev = by_trigger(events_of(pipe, text, PUB), "attacking")
    assert (ev.date, ev.date_source) == (None, "none"), (ev.date, ev.date_text)


# fixD40 (review 41A item 8): praise is given at the occasion as thanks are: the act
# praised keeps the day of the praise. Control: the act criticized stays undated
# (the tests above).
@pytest.mark.parametrize("text, trigger, day", [
    ("On Tuesday, the foreign minister praised Norway for hosting the peace talks in "
     "Oslo.", "hosting", "2024-12-03"),
    ("On Wednesday, the UN chief commended Egypt for hosting the truce talks in Cairo.",
     "hosting", "2024-12-04"),
])
def test_the_act_praised_keeps_the_day_of_the_praise(pipe, text, trigger, day):
    ev = by_trigger(events_of(pipe, text, PUB), trigger)
    assert ev.date == day, (ev.date, ev.date_text)
