"""One side signing its own instrument ("signed an executive order") is no agreement
between parties (events.signing): its SUPPORT 057 record is kept under the threshold
with the genre's share of its confidence. Sentences made up for the test; controls keep
a treaty, an accord and a memorandum of understanding between parties at full
confidence."""

from __future__ import annotations

import pytest

from newsbrief.records import Article

pytestmark = pytest.mark.slow

THRESHOLD = 0.77


def _signings(pipe, text):
    art = Article(id="signing", origin="test", text=text, published="2026-11-27",
                  published_source="given")
    events = pipe.analyse_doc(pipe.nlp(art.text), art).events
    return [ev for ev in events if ev.cameo == "057"]


@pytest.mark.parametrize("text", [
    "President Ana Ruiz of Chile signed an executive order on Monday creating a new "
    "council on water.",
    "On Tuesday the interior minister of Peru signed a directive ordering police to patrol "
    "the border towns.",
    "The executive order was signed by President Ana Ruiz of Chile on Monday.",
])
def test_an_order_signed_alone_is_under_the_cut(pipe, text):
    signed = _signings(pipe, text)
    # under the threshold and under the key-act floor (events.mainact, 0.55)
    assert signed and all(ev.confidence < 0.55 and not ev.key for ev in signed)


@pytest.mark.parametrize("text", [
    "Chile and Peru signed a treaty on Monday ending their dispute over the border.",
    "The foreign ministers of Chile and Peru signed an accord on fishing rights in Lima "
    "on Monday.",
    "Chile signed a memorandum of understanding with Peru on Monday on trade in copper.",
    # a bill signed into law is left to 057: judges took it either way
    "President Ana Ruiz of Chile signed the bill into law on Monday.",
])
def test_an_agreement_between_parties_stays(pipe, text):
    signed = _signings(pipe, text)
    assert signed and any(ev.confidence >= THRESHOLD * 0.9 for ev in signed)
