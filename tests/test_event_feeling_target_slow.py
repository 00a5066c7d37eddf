"""A feeling voiced about another's doing ("expressed outrage at X's decision", "voiced
concern about Y's plan"): the recipient is the one the feeling is about, named under
the feeling noun's preposition or as the owner of what is named there
(events.arguments._feeling_target), not left empty. Sentences made up for the test;
the controls (a feeling with a named body under "with"; a deal felt about is no party)
behaved the same before the change."""

from __future__ import annotations

import pytest

from newsbrief.records import Article

pytestmark = pytest.mark.slow


def _disapprovals(pipe, text):
    art = Article(id="feeling", origin="test", text=text, published="2026-11-27",
                  published_source="given")
    events = pipe.analyse_doc(pipe.nlp(art.text), art).events
    return [ev for ev in events if ev.cameo == "111"]


@pytest.mark.parametrize("text, recipient", [
    ("Senator Tom Hale expressed outrage at Russia's decision to close the border.", "RUS"),
    ("Canada voiced anger over the arrest of its citizens by China.", "CHN"),
    ("The senator expressed his disappointment in recent provocations by the regime in "
     "Pyongyang.", "PRK"),
])
def test_the_feeling_is_about_someone(pipe, text, recipient):
    found = _disapprovals(pipe, text)
    assert found and [r.country for r in found[0].recipient] == [recipient]


def test_the_governor_whose_plan_it_is(pipe):
    found = _disapprovals(pipe, "Senator Tom Hale voiced concern about the governor's proposal.")
    assert found and [r.text for r in found[0].recipient] == ["the governor"]


def test_a_named_body_under_with_stays(pipe):
    found = _disapprovals(pipe, "The minister expressed frustration with the European Union "
                                "on Monday.")
    assert found and [r.country for r in found[0].recipient] == ["IGO"]


def test_a_deal_is_no_party(pipe):
    # a deal the actors stage ties to its parties is a thing felt about, not a party
    found = _disapprovals(pipe, "Netanyahu had plainly voiced his displeasure about the "
                                "deal with Iran.")
    assert found and "IRN" not in [r.country for r in found[0].recipient]
