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
    "Students voiced a growing demand for reform at the rally on Monday.",
])
def test_a_political_demand_stays(text):
    # a request, or its meeting (CONCEDE): either way the demand is an act
    assert any(w.startswith("demand") for w in _triggers(text))


@pytest.mark.parametrize("spec, at, market", [
    # review12: "a demand that the state supply food": the verb "supply" near it is no
    # market's supply, and the "that" clause says what someone demands
    ("a/a/DET/1/det demand/demand/NOUN/1/ROOT that/that/SCONJ/4/mark state/state/NOUN/4/nsubj "
     "supply/supply/VERB/1/acl food/food/NOUN/4/dobj", 1, False),
    # "a growing demand for the resignation": "growing" is on the market list, but a
    # demand for an act is someone's
    ("a/a/DET/2/det growing/grow/VERB/2/amod demand/demand/NOUN/2/ROOT for/for/ADP/2/prep "
     "the/the/DET/5/det resignation/resignation/NOUN/3/pobj", 2, False),
    # "consumer demand for steel": an economic modifier makes it the buyers'
    ("consumer/consumer/NOUN/1/compound demand/demand/NOUN/1/ROOT for/for/ADP/1/prep "
     "steel/steel/NOUN/2/pobj", 1, True),
    # "strong demand from China": a word of size without a "for" object
    ("strong/strong/ADJ/1/amod demand/demand/NOUN/1/ROOT from/from/ADP/1/prep "
     "China/China/PROPN/2/pobj", 1, True),
    # "a strong demand for reform": with a "for" object, size alone does not make it
    # the market's (a "growing demand for independence" is someone's)
    ("a/a/DET/2/det strong/strong/ADJ/2/amod demand/demand/NOUN/2/ROOT for/for/ADP/2/prep "
     "reform/reform/NOUN/3/pobj", 2, False),
    # "rising demand for oil products": size with goods wanted is the market's
    ("rising/rise/VERB/1/amod demand/demand/NOUN/1/ROOT for/for/ADP/1/prep "
     "oil/oil/NOUN/4/compound products/product/NOUN/2/pobj", 1, True),
], ids=["that_clause_and_verb_supply", "for_an_act", "for_goods", "size_no_for", "size_for",
        "size_for_goods"])
def test_someones_demand_is_not_the_market(spec, at, market):
    import parses

    from newsbrief.events.senses import _market_demand
    assert _market_demand(parses.make_doc_head_first(spec)[at]) is market
