"""fixH40 (stop 40, review 41A): house40's rules read on spaCy's real parse. The
sentences are made up."""

from __future__ import annotations

import pytest

from made_up import events_of

pytestmark = pytest.mark.slow


def _coded(pipe, text: str, word: str):
    """(type, CAMEO) of each record whose trigger is `word`."""
    return [(ev.type, ev.cameo) for ev in events_of(pipe, text, "2026-12-04")
            if ev.trigger is not None and ev.trigger.text == word]


@pytest.mark.parametrize("text, word", [
    # "provided" hung on the copula as a prep, its clause a pcomp
    ("The minister said the reports were false provided the documents were real.", "false"),
    ("The senator said the decision was wrong provided the figures were right.", "wrong"),
    # "provided that": an acomp of the copula, the clause under it
    ("The minister said the story was false provided that the court had ruled.", "false"),
])
def test_a_verdict_on_a_provided_condition_asserts_nothing(pipe, text, word):
    """Review 41A item 10: house40 added "provided"/"providing" to the marks of a
    condition, but spaCy parses neither as a mark, so the verdict stood. A verdict put on
    a condition judges nothing yet, as under "if"."""
    assert _coded(pipe, text, word) == []


@pytest.mark.parametrize("text, word, coded", [
    ("The minister said the reports were false.", "false", ("REJECT", "120")),
    ("The senator said the decision was wrong.", "wrong", ("ACCUSE", "111")),
    # "provided" naming who gave them is no condition
    ("The minister said the figures, provided by the agency, were false.", "false",
     ("REJECT", "120")),
    ("The minister said the claims were false, provided by rival parties.", "false",
     ("REJECT", "120")),
])
def test_control_a_verdict_with_no_condition_stands(pipe, text, word, coded):
    """What the verdict rule is for (passes on main too)."""
    assert _coded(pipe, text, word) == [coded]


def _recipients(pipe, text: str, word: str):
    return [[r.text for r in ev.recipient] for ev in events_of(pipe, text, "2026-12-04")
            if ev.trigger is not None and ev.trigger.text == word]


@pytest.mark.parametrize("text, word", [
    ("The senator criticized the Coastal Posture Review report on Monday.", "criticized"),
    ("The minister rejected the Northern Strategy Review report on Tuesday.", "rejected"),
])
def test_a_document_named_a_review_is_not_its_own_author(pipe, text, word):
    """Review 41A (suspected, house40 3170982): "review" joined the words a paper's name
    ends in, so a report named "... Review" (the recogniser calls it an organisation) was
    read as published by the review and made the act's recipient."""
    assert _recipients(pipe, text, word) == [[]]


def test_control_a_paper_before_a_report_is_its_author(pipe):
    """What the publisher rule is for (passes on main too)."""
    assert _recipients(pipe, "The senator criticized the Daily Herald report on Monday.",
                       "criticized") == [["Daily Herald"]]


@pytest.mark.parametrize("text", [
    "Maria Lopez beat Tom Baird in the Democratic Primaries on Tuesday.",
    "Senator Maria Lopez beat Tom Baird in the Primaries last May.",
])
def test_a_rival_beaten_in_the_title_cased_primaries_is_no_assault(pipe, text):
    """house40 7dcae12 gave the election-win rule the contests one runs in, which spell
    "primaries" beside "primary": a title-cased "Primaries" is a proper noun whose lemma
    spaCy leaves as written, so only that spelling makes it a vote (ASSAULT 182 on
    7dcae12's parent). "run-off", the other new spelling, is never one token (spaCy splits
    the hyphen), so it moves nothing."""
    assert _coded(pipe, text, "beat") == []


def test_control_police_beating_a_candidate_in_the_primaries_is_an_assault(pipe):
    """Others beat him: force, whatever the contest (passes on 7dcae12's parent too)."""
    assert _coded(pipe, "Police beat Tom Baird in the Primaries.", "beat") == [("ASSAULT", "182")]
