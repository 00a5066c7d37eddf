"""A country's name worn as a surname (actors.surnames): once a text names "Rep. X
Jordan" in full and never names the country, a bare "Jordan" is the person, and an
event he leads is American, not Jordan's. Sentences made up for the test; controls
keep the country where the text names it as a place or names no such person."""

from __future__ import annotations

import pytest

from newsbrief.records import Article

pytestmark = pytest.mark.slow


def _actor_countries(pipe, text, cameo):
    art = Article(id="surname", origin="test", text=text, published="2026-11-27",
                  published_source="given")
    events = pipe.analyse_doc(pipe.nlp(art.text), art).events
    return [ev.actor[0].country for ev in events if ev.cameo == cameo and ev.actor]


@pytest.mark.parametrize("text", [
    "Republicans want Rep. Tom Jordan of Ohio on the oversight panel this winter.\n\n"
    "Jordan accused the Justice Department on Tuesday of hiding documents from Congress.",
    "Lawmakers met on Monday with Rep. Dana Israel of New York, who leads the party's campaign arm.\n\n"
    "Israel accused the White House on Monday of misleading voters about the budget.",
])
def test_a_bare_surname_is_the_person(pipe, text):
    assert _actor_countries(pipe, text, "112") == ["USA"]


@pytest.mark.parametrize("text", [
    # the country named as a place in the same text: one sense a text, the country
    "Rep. Tom Jordan of Ohio flew to Jordan on Monday for talks on refugees.\n\n"
    "Jordan accused Syria on Tuesday of shelling its border towns.",
    # no person of that surname
    "Jordan accused Syria on Tuesday of shelling its border towns.",
])
def test_the_country_stays_a_country(pipe, text):
    assert _actor_countries(pipe, text, "112") == ["JOR"]
