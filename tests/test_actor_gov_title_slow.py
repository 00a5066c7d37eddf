""""Gov." (with or without the dot, and "Lt. Gov.") is an office title before a name
(actors/data/roles.tsv), as "Sen." and "Rep." are: the governor is a US government
actor. Sentences made up for the test; the controls (the title spelled out, "Sen.")
passed before the change too."""

from __future__ import annotations

import pytest

from newsbrief.records import Article

pytestmark = pytest.mark.slow


def _actor(pipe, text):
    art = Article(id="gov", origin="test", text=text, published="2026-11-27",
                  published_source="given")
    events = pipe.analyse_doc(pipe.nlp(art.text), art).events
    accused = [ev for ev in events if ev.cameo == "112" and ev.actor]
    assert accused
    return accused[0].actor[0].country, accused[0].actor[0].sector


@pytest.mark.parametrize("text", [
    "Gov. Anna Berg of Kansas accused the legislature on Monday of wasting money.",
    "Kansas Gov. Anna Berg accused the legislature on Monday of wasting money.",
    "Gov Anna Berg of Kansas accused the legislature on Monday of wasting money.",
    "Lt. Gov. Anna Berg of Kansas accused the legislature on Monday of wasting money.",
])
def test_gov_is_a_governor(pipe, text):
    assert _actor(pipe, text) == ("USA", "GOV")


@pytest.mark.parametrize("text, sector", [
    ("Governor Anna Berg of Kansas accused the legislature on Monday of wasting money.", "GOV"),
    ("Sen. Anna Berg of Kansas accused the legislature on Monday of wasting money.", "LEG"),
])
def test_other_titles_unchanged(pipe, text, sector):
    assert _actor(pipe, text) == ("USA", sector)
