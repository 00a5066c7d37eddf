"""review20: a light verb's object under "of" a noun of absence is not stated ("expressed
a lack of confidence in the cabinet" endorses no one); a measure noun still passes its
"of" noun on ("voiced a show of support"). Hand-built parses (the shapes
en_core_web_sm gives) of sentences made up for the test."""

from __future__ import annotations

import pytest

from newsbrief.events.coding import code_predicate
from parses import make_doc

# "The minister expressed a lack of confidence in the cabinet."
LACK_OF_CONFIDENCE = ("The/the/DET/DT/1/det minister/minister/NOUN/NN/2/nsubj "
                      "expressed/express/VERB/VBD/2/ROOT a/a/DET/DT/4/det lack/lack/NOUN/NN/2/dobj "
                      "of/of/ADP/IN/4/prep confidence/confidence/NOUN/NN/5/pobj "
                      "in/in/ADP/IN/6/prep the/the/DET/DT/9/det cabinet/cabinet/NOUN/NN/7/pobj "
                      "././PUNCT/./2/punct")
# "The minister voiced an absence of support for the cabinet."
ABSENCE_OF_SUPPORT = ("The/the/DET/DT/1/det minister/minister/NOUN/NN/2/nsubj "
                      "voiced/voice/VERB/VBD/2/ROOT an/an/DET/DT/4/det "
                      "absence/absence/NOUN/NN/2/dobj of/of/ADP/IN/4/prep "
                      "support/support/NOUN/NN/5/pobj for/for/ADP/IN/6/prep "
                      "the/the/DET/DT/9/det cabinet/cabinet/NOUN/NN/7/pobj ././PUNCT/./2/punct")
# "The minister voiced a show of support for the cabinet."
SHOW_OF_SUPPORT = ABSENCE_OF_SUPPORT.replace("an/an/DET/DT/4/det", "a/a/DET/DT/4/det") \
    .replace("absence/absence/NOUN/NN/2/dobj", "show/show/NOUN/NN/2/dobj")


@pytest.mark.parametrize("spec", [LACK_OF_CONFIDENCE, ABSENCE_OF_SUPPORT],
                         ids=["lack of confidence", "absence of support"])
def test_an_absence_stated_is_no_support(spec):
    doc = make_doc(spec)
    for tok in doc:
        got = code_predicate(doc, tok)
        assert got is None or got.type != "SUPPORT", tok.text


def test_a_show_of_support_voiced_is_still_support():
    doc = make_doc(SHOW_OF_SUPPORT)
    got = code_predicate(doc, doc[2])
    assert got is not None and got.type == "SUPPORT"
