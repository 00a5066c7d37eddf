"""A country's name worn as a surname (actors.surnames), review 43A item 1: a text that
names a person "X Jordan" or "X Israel" in full and also names the state as a body or a
doer ("the kingdom of Jordan", "Jordan's foreign ministry", "support for Israel", "Israel
recalled its ambassador") keeps the country for every bare mention. Sentences made up
for the test; the controls (the person alone in the text) passed before the change too."""

from __future__ import annotations

import pytest

from newsbrief.records import Article

pytestmark = pytest.mark.slow


def _actor_countries(pipe, text, cameo):
    art = Article(id="surname", origin="test", text=text, published="2026-12-01",
                  published_source="given")
    events = pipe.analyse_doc(pipe.nlp(art.text), art).events
    return [ev.actor[0].country for ev in events if ev.cameo.startswith(cameo) and ev.actor]


@pytest.mark.parametrize("text, cameo, iso", [
    ("Rep. Jim Jordan said he would hold hearings on the border.\n\n"
     "The kingdom of Jordan on Monday accused Israel of violating the ceasefire, and "
     "Jordan recalled its ambassador.", "16", "JOR"),
    ("Rep. Jim Jordan of Ohio has subpoenaed the attorney general.\n\n"
     "Jordan condemned Israel on Tuesday over the raid on the Al-Aqsa compound, the "
     "kingdom's foreign ministry said.", "11", "JOR"),
    ("Former Rep. Paul Israel of Oregon said Democrats were split over military "
     "support for Israel.\n\nOn Monday Israel accused Hamas of violating the truce.",
     "112", "ISR"),
    ("Rep. Mark Jordan of Texas wrote to the agency last week.\n\n"
     "Jordan's foreign ministry said on Sunday that Jordan accused Syria of shelling "
     "its border towns.", "112", "JOR"),
    ("Sen. Carl Jordan of Ohio spoke at a rally in Columbus.\n\n"
     "Jordan recalled its ambassador to Iran on Friday.", "16", "JOR"),
])
def test_the_state_named_as_a_body_stays_a_country(pipe, text, cameo, iso):
    found = _actor_countries(pipe, text, cameo)
    assert found and set(found) == {iso}


@pytest.mark.parametrize("text", [
    # the person alone, a bare mention as the subject of a speech act (passes on main)
    "Republicans want Rep. Tom Jordan of Ohio on the oversight panel this winter.\n\n"
    "Jordan accused the Justice Department on Tuesday of hiding documents from Congress.",
    # the person's own bid after a verb: "voted against Jordan" is no stance on a state
    "Rep. Tom Jordan of Ohio lost a second vote for speaker as twenty members voted "
    "against Jordan.\n\nJordan accused the party's leaders on Tuesday of sabotaging "
    "his bid.",
])
def test_the_person_alone_stays_the_person(pipe, text):
    assert _actor_countries(pipe, text, "112") == ["USA"]
