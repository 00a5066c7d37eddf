"""Issue 11: the day a medium came out reaches what its act is joined with or controls.

"In a statement released Tuesday, the mayor criticized X and demanded Y": the
statement's day dates the criticism (`governing._medium_told_time`) and, as a time on
the verb itself would, the demand joined to it, a participle that goes with it
("scolded X in a podcast streamed Sunday, calling it ...") and what it controls.
Not what the act reports (a content clause of a verb of saying), not a gerund of
reason ("for cutting ..."), not a joined clause with a subject of its own (wherever the
medium stands), not what a statement admits or denies, not what a participle of result
brought about. A participle of speaking that holds the medium passes its day to the act
it goes with. Made-up reports through the whole pipeline (the real
parse); the controls pass on main too."""

from __future__ import annotations

import pytest

from newsbrief.records import Article

pytestmark = pytest.mark.slow

# Two sentences before the one tested, so that it is read as the body, not the lead.
_FLOOD = ("The river broke its banks in three villages this week.\n\n"
          "The regional council has told farmers to move their herds uphill.\n\n")
# Friday; the Tuesday before is 2021-03-09, the Sunday 2021-03-07
_PUBLISHED = "2021-03-12"


def _dates(pipe, sentence):
    text = _FLOOD + sentence
    art = Article(id="medium", origin="test", text=text, published=_PUBLISHED,
                  published_source="given")
    events = pipe.analyse_doc(pipe.nlp(art.text), art).events
    return {ev.trigger.text: (ev.date, ev.date_source) for ev in events
            if ev.trigger and ev.trigger.start >= len(_FLOOD)}


@pytest.mark.parametrize("sentence, trigger, day", [
    ("In a statement released Tuesday, the farmers' union criticized the council and "
     "demanded a refund of the grazing fees.", "demanded", "2021-03-09"),
    # the act done in the interview is no record here ("threw a few jabs")
    ("The water minister threw a few jabs at the council in a radio interview aired Sunday, "
     "hitting it for ignoring the warnings.", "hitting", "2021-03-07"),
])
def test_the_mediums_day_reaches_the_joined_act(pipe, sentence, trigger, day):
    # undated on main
    assert _dates(pipe, sentence).get(trigger) == (day, "text")


def test_the_act_done_in_the_medium_keeps_its_day(pipe):
    # control, passes on main too
    sentence = "In a statement released Tuesday, the farmers' union criticized the council."
    assert _dates(pipe, sentence).get("criticized") == ("2021-03-09", "text")


def _act(pipe, sentence, trigger):
    """The date of the record of `trigger`; failing, not passing, when there is none."""
    dates = _dates(pipe, sentence)
    assert trigger in dates, f"no record of {trigger!r}: {sorted(dates)}; rewrite the sentence"
    return dates[trigger]


def test_what_the_act_reports_takes_no_day_from_the_medium(pipe):
    # control, passes on main too: the demand is told by the saying, not done on its day
    sentence = ("In a statement released Tuesday, the Dutch farm ministry said the council had "
                "met and that Belgium's growers demanded a refund.")
    assert _act(pipe, sentence, "demanded")[1] != "text"


@pytest.mark.parametrize("sentence, trigger", [
    # a joined clause with a subject of its own: another actor's act, not told in the
    # statement, though the statement's day comes before both verbs
    ("In a statement released Tuesday, the Dutch farm ministry criticized the levy, and "
     "Belgium's growers demanded a refund.", "demanded"),
    # what a statement admits or denies was done before it
    ("In a video posted Monday, Peru's navy acknowledged firing on a Chilean fishing boat.",
     "firing"),
    ("In a statement released Tuesday, Peru's navy denied shelling a Chilean fishing camp.",
     "shelling"),
    # what a participle of result brought about followed the act
    ("The Chilean envoy mocked the treaty in a radio interview aired Sunday, prompting "
     "Bolivia to recall its consul.", "recall"),
])
def test_the_mediums_day_stays_with_its_own_act(pipe, sentence, trigger):
    # took the medium's day on main
    assert _act(pipe, sentence, trigger)[1] != "text"


@pytest.mark.parametrize("sentence, trigger, day", [
    ("In a statement released Tuesday, Peru's navy denied shelling a Chilean fishing camp.",
     "denied", "2021-03-09"),
    ("The Chilean envoy mocked the treaty in a radio interview aired Sunday, prompting "
     "Bolivia to recall its consul.", "mocked", "2021-03-07"),
])
def test_the_act_done_in_the_medium_still_takes_its_day(pipe, sentence, trigger, day):
    # control, passes on main too
    assert _act(pipe, sentence, trigger) == (day, "text")


def test_a_participle_of_speaking_passes_the_mediums_day_to_its_act(pipe):
    # undated on main: the medium hangs on "speaking", not on the act
    sentence = "Speaking in a radio interview aired Sunday, Kenya's trade minister praised Uganda."
    assert _act(pipe, sentence, "praised") == ("2021-03-07", "text")
