"""A time word inside a title-cased name (a paper, a programme) is no time of anything;
a weekday before a person's name, a holiday and a time in a quote stay times (real parse,
own sentences)."""

from __future__ import annotations

import pytest

from newsbrief.timexes import tag_timexes

pytestmark = pytest.mark.slow


def _texts(nlp, text, anchor="2022-05-18"):
    return [t.text for t in tag_timexes(text, anchor, doc=nlp(text))]


def test_a_weekday_opening_a_paper_name_is_no_time(nlp):
    assert _texts(nlp, "The harbour master told the Sunday Herald that the pier was unsafe.") == []


def test_a_weekday_opening_a_programme_name_is_no_time(nlp):
    assert _texts(nlp, "The mayor went on Saturday Night Live to mock the new toll.") == []


def test_a_capitalised_morning_after_a_network_is_no_time(nlp):
    assert _texts(nlp, "The coach said on KTV This Morning that the club would move.") == []


def test_a_weekday_before_a_named_person_stays_a_time(nlp):
    # control: the parse may join the weekday to the name, but the name is a person's
    assert _texts(nlp, "Friday Governor Okafor vetoed the rail budget.") == ["Friday"]


def test_a_holiday_name_stays_a_time(nlp):
    # control: a holiday is a name and a day at once
    assert _texts(nlp, "Shops slashed their prices for Black Friday.") == ["Black Friday"]


def test_a_quoted_sentence_opening_with_a_time_stays_a_time(nlp):
    # control: the capital is the quote's first word, not a name's
    assert _texts(nlp, 'The nurse said, "This morning we stopped work."') == ["This morning"]


def test_a_weekday_after_a_paper_name_stays_a_time(nlp):
    # a capitalised "Daily" after "The" in a paper's name is no set ("daily"); the day
    # the paper reported stays
    assert _texts(nlp, "The Daily Courier reported Sunday that the pier was unsafe.") == ["Sunday"]


@pytest.mark.parametrize("text, day", [
    ("On Friday Defense Secretary Lena Ortiz ordered the depot closed.", "Friday"),
    ("The levy was dropped on Monday Treasury Secretary Amal Reyes said.", "Monday"),
    ("On Tuesday Gov. Dana Pike signed the water bill.", "Tuesday"),
])
def test_a_weekday_before_a_title_and_name_stays_a_time(nlp, day, text):
    # a title before a person's name is parsed as the compound's head as a paper's name is;
    # the model reads the weekday as a date of its own
    assert _texts(nlp, text) == [day]


def test_a_fronted_weekday_before_a_programme_stays_a_time(nlp):
    # control: the programme's name follows a comma, the weekday is the sentence's time
    assert _texts(nlp, "On Sunday, Meet the Voters aired a talk with the mayor.") == ["Sunday"]


def test_a_weekday_the_model_glues_to_a_group_before_its_members_stays_a_time(nlp):
    # the model marks "Saturday Free Syrian Army" one name; that name only modifies the
    # noun after it, and the parse hangs the weekday outside it
    assert _texts(nlp, "On Saturday Free Syrian Army commanders signed a truce.") == ["Saturday"]


def test_a_programme_name_before_its_viewers_is_no_time(nlp):
    # control: a programme's name modifying a noun holds its own capitalised "Night"
    assert _texts(nlp, "Saturday Night Live viewers laughed at the sketch about the mayor.") == []
