"""The noun "demand" of economics (buyers' demand) is no political demand
(events.senses._market_demand). Sentences written for this test."""

from __future__ import annotations

import json

import pytest

from newsbrief import extract_many


def _triggers(text: str) -> list[str]:
    """The coded words of the text's event records."""
    (article,) = extract_many([json.dumps({"id": "t", "text": text,
                                           "published": "2021-03-01"})], read_as="jsonl")
    return [e.trigger.text.lower() for e in article.events if e.trigger is not None]


@pytest.mark.parametrize("text", [
    "Copper prices climbed on Monday as strong demand from India outpaced supply, dealers said.",
    "Carmakers said domestic demand for trucks fell 4 percent in May.",
    "Demand for the firm's tablets rose sharply after the launch, analysts said.",
    "The mill added a shift to meet demand before the holidays.",
])
def test_buyers_demand_is_no_request(text):
    assert "demand" not in _triggers(text)


@pytest.mark.parametrize("text", [
    "Strikers renewed their demand for the governor's resignation on Tuesday.",
    "The union rejected the cabinet's demand that drivers return to work.",
    "Lawmakers met the demands of the farmers on Friday.",
])
def test_a_political_demand_stays(text):
    # a request, or its meeting (CONCEDE): either way the demand is an act
    assert any(w.startswith("demand") for w in _triggers(text))
