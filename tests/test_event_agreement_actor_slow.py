"""An agreement whose parties the text does not name is a thing, and a thing never
acts (events.extract `_agreement_acting`): through the whole pipeline on a sentence
made up for the test, where the parser hangs "offered to publish it" on the
agreement's clause."""

from __future__ import annotations

import pytest

from newsbrief.events import extract
from newsbrief.records import Article

pytestmark = pytest.mark.slow

TEXT = ("Finance minister Ama Boateng told parliament that the loan agreement contained no such "
        "clause and offered to publish it.")



def _agreement_actors(pipe):
    art = Article(id="agreement", origin="test", text=TEXT, published="2026-11-27",
                  published_source="given")
    events = pipe.analyse_doc(pipe.nlp(art.text), art).events
    return [ev for ev in events if any("agreement" in a.text for a in ev.actor)]


def test_an_agreement_with_no_party_named_does_not_act(pipe):
    assert _agreement_actors(pipe) == []


def test_without_the_rule_the_parse_makes_it_act(pipe, monkeypatch):
    monkeypatch.setattr(extract, "_agreement_acting", lambda ev, kinds: False)
    assert _agreement_actors(pipe)
