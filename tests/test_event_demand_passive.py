"""A demand made of the one who must act (events.coding._demand): a modal or "has to" /
"needs to" before a passive asks it of someone else, whichever verb the passive sits on.
Sentences written for this test."""

from __future__ import annotations

import json

import pytest

from newsbrief import extract_many


def _requests(text: str) -> list[str]:
    """The triggers of the text's REQUEST records."""
    (article,) = extract_many([json.dumps({"id": "t", "text": text,
                                           "published": "2026-12-04"})], read_as="jsonl")
    return [e.trigger.text.lower() for e in article.events
            if e.trigger is not None and e.type == "REQUEST"]


@pytest.mark.parametrize("text", [
    "The premier said on Monday that the sheriff has to be removed from the county job.",
    "The premier said on Monday that the sheriff needs to be punished for the raid.",
])
def test_a_passive_after_has_to_or_needs_to_is_no_demand_on_its_subject(text):
    assert _requests(text) == []


def test_a_passive_after_must_is_no_demand_on_its_subject():
    # Control (before and after): the passive sits on the verb the modal governs.
    assert _requests("The premier said on Monday that the sheriff must be removed from the "
                     "county job.") == []


@pytest.mark.parametrize("text", [
    "The premier said on Monday that Chile has to halt its mining in the park.",
    "The premier said on Monday that Chile must halt its mining in the park.",
])
def test_an_active_act_after_has_to_or_must_stays_a_demand(text):
    # Control (before and after): the subject is the one asked to act.
    assert _requests(text)
