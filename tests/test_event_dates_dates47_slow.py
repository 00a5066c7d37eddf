"""Issue 11, dates47: an act told in the present in what a dated verb of saying says.

"'We condemn this attack,' the mayor said on Sunday" and "said on Sunday that the
city is demanding ...": the condemning and the demanding are done as they are said,
on the day the sentence gives its verb of saying (`StoryTime._said_on_its_day`), not
on the publication day, days later, that the story's present stood in for. Only the
day that dates that verb of saying: a day of another clause ("the strike that began
on Monday", "Critics say ..., and their families marched on Thursday") gives the
saying none, and a saying far from the publication day
(`_reported_on`: a day or week near it) is left as before. Made-up reports through the
whole pipeline (the real parse); the controls pass on main too."""

from __future__ import annotations

import pytest

from newsbrief.records import Article

pytestmark = pytest.mark.slow

# Two sentences before the one tested, so that it is read as the body, not the lead.
_STRIKE = ("Dock workers walked off the job across the port this week.\n\n"
           "The shipping board has asked both sides to return to talks.\n\n")
# Friday; the Sunday before is 2021-03-07
_PUBLISHED = "2021-03-12"


def _date(pipe, sentence, trigger):
    text = _STRIKE + sentence
    art = Article(id="dates47", origin="test", text=text, published=_PUBLISHED,
                  published_source="given")
    events = pipe.analyse_doc(pipe.nlp(art.text), art).events
    found = [ev for ev in events if ev.trigger and ev.trigger.text == trigger
             and ev.trigger.start >= len(_STRIKE)]
    assert found, [(ev.type, ev.trigger and ev.trigger.text) for ev in events]
    return found[0].date, found[0].date_source


@pytest.mark.parametrize("sentence, trigger", [
    ('"We condemn this attack on the harbour police," the port director told reporters Sunday.',
     "condemn"),
    ('"We urge the minister to step in before the ships leave," the union chief said '
     "on Sunday.", "urge"),
    ("The port director said on Sunday that the board is demanding an apology from the "
     "union.", "demanding"),
    ('The union chief said Sunday: "We urge the minister to step in."', "urge"),
])
def test_a_present_act_takes_its_dated_sayings_day(pipe, sentence, trigger):
    # the publication day (2021-03-12) on main
    assert _date(pipe, sentence, trigger) == ("2021-03-07", "text")


def test_a_day_of_another_clause_gives_the_saying_none(pipe):
    # control, passes on main too: Monday dates the strike, not the saying
    sentence = '"We oppose the lockout that began on Monday," the union chief said.'
    assert _date(pipe, sentence, "oppose")[0] != "2021-03-08"


def test_a_day_of_a_joined_clause_gives_the_saying_none(pipe):
    # control, passes on main too: Thursday is told on the joined verb "marched", not
    # on "say", though the parse makes the sentence's main verb the saying
    sentence = ("Critics say the board is punishing the dock workers, and their families "
                "marched on Thursday.")
    assert _date(pipe, sentence, "punishing")[0] != "2021-03-11"


def test_a_saying_far_from_the_page_is_left_as_before(pipe):
    # control, passes on main too: a saying of years before dates no present act here
    sentence = '"We condemn this attack on the harbour police," the port director said in 2015.'
    assert _date(pipe, sentence, "condemn") == (None, "none")
