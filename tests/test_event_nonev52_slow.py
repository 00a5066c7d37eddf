"""A tally of an illness is no legal case: "cases" told with an illness ("cases of the
flu", "virus cases"), or counted or marked as a count ("new", "confirmed",
"reported") in a sentence naming an illness, is a count, no accusation
(events.senses); a case brought against someone, or a court's case, stays.

Every sentence is made up; the real parse is read (slow)."""

from __future__ import annotations

import pytest

from made_up import types_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Chile and Peru had half of the new cases reported last week, a flu researcher wrote.",
    "The region recorded 4,000 confirmed cases of measles on Monday, the health ministry said.",
    "Officials counted more virus cases in the capital than in any other city.",
])
def test_cases_of_an_illness_are_a_tally(pipe, text):
    assert "ACCUSE" not in types_of(pipe, text, "cases")


@pytest.mark.parametrize("text", [
    "Prosecutors filed new cases against the mayor on Monday, the ministry said.",
    "Prosecutors have two new cases against the mayor, a flu researcher said.",
])
def test_a_case_brought_against_someone_stays(pipe, text):
    assert "ACCUSE" in types_of(pipe, text, "cases")
