"""Issue 11: the day a medium came out reaches what its act is joined with or controls.

"In a statement released Tuesday, the mayor criticized X and demanded Y": the
statement's day dates the criticism (`governing._medium_told_time`) and, as a time on
the verb itself would, the demand joined to it, a participle that goes with it
("scolded X in a podcast streamed Sunday, calling it ...") and what it controls.
Not what the act reports (a content clause of a verb of saying), not a gerund of
reason ("for cutting ..."), not a joined clause with a subject of its own: those keep
`governing._inherit`'s limits. Made-up reports through the whole pipeline (the real
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


def test_what_the_act_reports_takes_no_day_from_the_medium(pipe):
    # control, passes on main too: the demand is told by the saying, not done on its day
    sentence = ("The mayor, in a statement released Tuesday, said the council had met and "
                "that the farmers demanded a refund.")
    assert _dates(pipe, sentence).get("demanded", (None, None))[1] != "text"
