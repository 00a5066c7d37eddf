"""dateother: a charge told in the simple present passive in the body of a story ("the
adviser is charged with bank fraud" in a report of his trial) is a charge that stands,
brought on some earlier day the text does not give: it takes no day, not the day of
the trial the lead tells. Controls (pass before and after): a story whose lead tells the
charging itself, by the same verb or by another of charging ("a grand jury indicted
..."), keeps its day for the body's restating; a charge told in the past with a day of
its own keeps that day.
Through the whole pipeline on reports made up for the test."""

from __future__ import annotations

import pytest

from made_up import by_trigger, events_of

pytestmark = pytest.mark.slow


TRIAL = ("A bank officer testified on Thursday at the fraud trial of an ex-campaign adviser "
         "in Denver.\n\nThe officer told jurors that the adviser had asked for a loan on "
         "false papers.\n\n")


def test_a_standing_charge_in_the_body_takes_no_day(pipe):
    text = TRIAL + ("The adviser is charged with bank fraud and hiding accounts in Cyprus."
                    "\n\nHis lawyers say he is innocent.")
    ev = by_trigger(events_of(pipe, text, "2024-03-07"), "charged", last=True)
    assert ev.date is None, (ev.date, ev.date_source, ev.date_text)


def test_control_a_lead_that_tells_the_charging_keeps_its_day(pipe):
    text = ("Prosecutors in Lyon charged a former port official with fraud on Tuesday over "
            "contracts signed a decade ago.\n\nTwo of his aides told reporters that they had "
            "kept two sets of books for years.\n\nThe official is charged with fraud and "
            "bribery and faces ten years in prison.\n\nHis lawyer said he would fight the case.")
    ev = by_trigger(events_of(pipe, text, "2024-03-05"), "charged", last=True)
    assert ev.date == "2024-03-05", (ev.date, ev.date_source, ev.date_text)


def test_control_a_lead_that_tells_an_indictment_keeps_its_day(pipe):
    text = ("A grand jury in Lyon indicted a former port official on Tuesday over contracts "
            "signed a decade ago.\n\nTwo of his aides told reporters that they had kept two "
            "sets of books for years.\n\nThe official is charged with fraud and bribery and "
            "faces ten years in prison.\n\nHis lawyer said he would fight the case.")
    ev = by_trigger(events_of(pipe, text, "2024-03-05"), "charged", last=True)
    assert ev.date == "2024-03-05", (ev.date, ev.date_source, ev.date_text)


def test_control_a_charge_told_in_the_past_with_its_day_keeps_it(pipe):
    text = TRIAL + ("Prosecutors charged the adviser with bank fraud on Monday after a "
                    "grand jury heard from his partners.\n\nHis lawyers say he is innocent.")
    ev = by_trigger(events_of(pipe, text, "2024-03-07"), "charged", last=True)
    assert ev.date == "2024-03-04", (ev.date, ev.date_source, ev.date_text)


# fixR39 (review 40A, the suspected items on _lead_tells_charge)

def test_a_lead_with_a_minister_in_charge_of_something_tells_no_charging(pipe):
    # "in charge of" is no act of charging: the body's standing charge stays undated
    # (failed on 2122d51: the publication day)
    text = ("The minister in charge of the ports resigned on Tuesday after a row over "
            "contracts.\n\nTwo of his aides told reporters that they had kept two sets of "
            "books for years.\n\nThe official is charged with fraud and bribery and faces "
            "ten years in prison.\n\nHis lawyer said he would fight the case.")
    ev = by_trigger(events_of(pipe, text, "2024-03-05"), "charged", last=True)
    assert ev.date is None, (ev.date, ev.date_source, ev.date_text)


@pytest.mark.parametrize("lead", [
    TRIAL,
    ("Prosecutors on Tuesday unsealed an indictment against a former port official over "
     "contracts signed a decade ago.\n\nTwo of his aides told reporters that they had kept "
     "two sets of books for years.\n\n"),
])
def test_a_standing_charge_told_in_a_dated_indictment_takes_its_day(pipe, lead):
    # the sentence places the charge itself: on its day, whatever the lead tells (failed
    # on 2122d51: undated after the trial's lead, the publication day after the other)
    text = lead + ("In the indictment unsealed Tuesday, the official is charged with 12 "
                   "counts of wire fraud.\n\nHis lawyers say he is innocent.")
    ev = by_trigger(events_of(pipe, text, "2024-03-07"), "charged", last=True)
    assert ev.date == "2024-03-05", (ev.date, ev.date_source, ev.date_text)
