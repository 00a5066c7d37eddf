"""A voiced feeling's target (events.arguments._feeling_target), review 43A items 2-3:
a feeling felt *for* someone (the held, the harmed, the doer's own people) names no one
disapproved of, and a verb that does not voice the feeling ("dismissed concerns about
X") takes none. Sentences made up for the test; the controls (an act's owner or doer
under "concern", a harm's "by" agent, "raised concerns about X's plan") passed before
the change too."""

from __future__ import annotations

import pytest

from newsbrief.records import Article

pytestmark = pytest.mark.slow


def _records(pipe, text, cameo):
    art = Article(id="feeling", origin="test", text=text, published="2026-12-01",
                  published_source="given")
    events = pipe.analyse_doc(pipe.nlp(art.text), art).events
    return [ev for ev in events if ev.cameo == cameo]


@pytest.mark.parametrize("text", [
    "The Red Cross expressed concern about the aid workers held in Darfur.",
    "Norway voiced concern over its sailors' detention.",
    "The chancellor expressed concern about Germans detained in Belarus.",
    "The senator expressed concern about the miners trapped in the collapsed mine.",
])
def test_a_feeling_for_someone_has_no_target(pipe, text):
    found = _records(pipe, text, "111")
    assert found and all(not ev.recipient for ev in found)


@pytest.mark.parametrize("text", [
    "The palace dismissed concerns about the king's health.",
    "The ministry brushed aside concerns about the general's safety.",
])
def test_a_feeling_not_voiced_names_no_target(pipe, text):
    found = [ev for ev in _records(pipe, text, "120") + _records(pipe, text, "111")]
    assert all(not ev.recipient for ev in found)


@pytest.mark.parametrize("text, iso", [
    ("Japan expressed concern about China's naval drills near Taiwan.", "CHN"),
    ("Norway voiced anger over the detention of its sailors by Iran.", "IRN"),
])
def test_the_one_disapproved_of_stays(pipe, text, iso):
    found = _records(pipe, text, "111")
    assert found and [r.country for r in found[0].recipient] == [iso]


@pytest.mark.parametrize("text, recipient", [
    # the doer of the act felt about, under "concern"
    ("Lawmakers expressed concern about agency officials using private phones for "
     "official business.", "agency officials"),
    # "raise" voices a feeling too
    ("The mayor raised concerns about the governor's budget plan.", "the governor"),
])
def test_the_doer_of_the_act_felt_about_stays(pipe, text, recipient):
    found = _records(pipe, text, "111")
    assert found and [r.text for r in found[0].recipient] == [recipient]
