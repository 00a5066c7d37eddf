"""Key events with no record of their type (issue 11, keytype2 of stop 35): a wrongdoer's
name put on a named party ("called X an abuser") condemns it, and railing against
something criticises it. Hand-built parses of sentences made up for the test."""

from __future__ import annotations

import pytest

from newsbrief.events.coding import code_predicate, said_act
from parses import make_doc

# "Lund called the neighbour an abuser of its partners."
# "Lund called the mayor a bully."
CALLED_BULLY = ("Lund/Lund/PROPN/NNP/1/nsubj called/call/VERB/VBD/1/ROOT "
                "the/the/DET/DT/3/det mayor/mayor/NOUN/NN/1/dobj a/a/DET/DT/5/det "
                "bully/bully/NOUN/NN/1/oprd ././PUNCT/./1/punct")


@pytest.mark.parametrize("spec, word", [(CALLED_BULLY, "bully")])
def test_a_wrongdoers_name_condemns_whom_it_names(spec, word):
    doc = make_doc(spec)
    got = said_act(doc, doc[1])
    assert got is not None and (got.coding.type, got.coding.cameo) == ("ACCUSE", "111")
    assert doc.text[got.coding.trigger[0]:got.coding.trigger[1]] == word


def test_a_partners_name_is_no_blame():
    # "Lund called the mayor a partner."
    doc = make_doc(CALLED_BULLY.replace("bully/bully", "partner/partner"))
    assert said_act(doc, doc[1]) is None


# "The senator railed against the plan on Monday."
RAILED_AGAINST = ("The/the/DET/DT/1/det senator/senator/NOUN/NN/2/nsubj "
                  "railed/rail/VERB/VBD/2/ROOT against/against/ADP/IN/2/prep "
                  "the/the/DET/DT/5/det plan/plan/NOUN/NN/3/pobj on/on/ADP/IN/2/prep "
                  "Monday/Monday/PROPN/NNP/6/pobj ././PUNCT/./2/punct")


def test_railing_against_something_criticises_it():
    doc = make_doc(RAILED_AGAINST)
    got = code_predicate(doc, doc[2])
    assert got is not None and (got.type, got.cameo) == ("ACCUSE", "111")


def test_a_rail_line_is_no_criticism():
    # "The city built a rail line."  (the noun: no pattern of the verb)
    doc = make_doc("The/the/DET/DT/1/det city/city/NOUN/NN/2/nsubj built/build/VERB/VBD/2/ROOT "
                   "a/a/DET/DT/5/det rail/rail/NOUN/NN/5/compound line/line/NOUN/NN/2/dobj "
                   "././PUNCT/./2/punct")
    got = code_predicate(doc, doc[4])
    assert got is None or got.type != "ACCUSE"

