"""Key events with no record of their type (issue 11, keymissA of stop 36): a state one
is "on" that is the act itself ("the army is on high alert", "the crews are on strike")
is done by the copula's subject, and reservists called up are mobilised. Hand-built
parses of sentences made up for the test."""

from __future__ import annotations

import pytest

from newsbrief.events.coding import code_predicate
from parses import argument_readers, make_doc, texts


def someone(tok) -> bool:
    return tok.pos_ in ("PROPN", "NOUN", "PRON") and tok.lemma_ not in (
        "coast", "trial", "fraud", "week", "phone")


# "The navy was on high alert along the coast."
NAVY_ON_ALERT = ("The/the/DET/DT/1/det navy/navy/NOUN/NN/2/nsubj was/be/AUX/VBD/2/ROOT "
                 "on/on/ADP/IN/2/prep high/high/ADJ/JJ/5/amod alert/alert/NOUN/NN/3/pobj "
                 "along/along/ADP/IN/5/prep the/the/DET/DT/8/det coast/coast/NOUN/NN/6/pobj "
                 "././PUNCT/./2/punct")
# "The crews were on strike for a week."
CREWS_ON_STRIKE = ("The/the/DET/DT/1/det crews/crew/NOUN/NNS/2/nsubj were/be/AUX/VBD/2/ROOT "
                   "on/on/ADP/IN/2/prep strike/strike/NOUN/NN/3/pobj for/for/ADP/IN/2/prep "
                   "a/a/DET/DT/7/det week/week/NOUN/NN/5/pobj ././PUNCT/./2/punct")


@pytest.mark.parametrize("spec, noun, holder", [
    (NAVY_ON_ALERT, 5, "navy"),
    (CREWS_ON_STRIKE, 4, "crews"),
])
def test_who_is_on_a_state_that_is_an_act_does_it(spec, noun, holder):
    doc = make_doc(spec)
    _, nouns = argument_readers(someone)
    assert texts(nouns(doc[noun]).actor) == [holder]


def test_the_state_noun_is_coded_as_the_lexicon_codes_it():
    doc = make_doc(NAVY_ON_ALERT)
    got = code_predicate(doc, doc[5])
    assert got is not None and (got.type, got.cameo) == ("MOBILIZE", "152")


@pytest.mark.parametrize("spec, noun", [
    # "The mayor was on trial for fraud.": a trial is done to whoever is on it
    ("The/the/DET/DT/1/det mayor/mayor/NOUN/NN/2/nsubj was/be/AUX/VBD/2/ROOT "
     "on/on/ADP/IN/2/prep trial/trial/NOUN/NN/3/pobj for/for/ADP/IN/2/prep "
     "fraud/fraud/NOUN/NN/5/pobj ././PUNCT/./2/punct", 4),
    # "The talk was on the strike.": a topic named, not a state held
    ("The/the/DET/DT/1/det talk/talk/NOUN/NN/2/nsubj was/be/AUX/VBD/2/ROOT "
     "on/on/ADP/IN/2/prep the/the/DET/DT/5/det strike/strike/NOUN/NN/3/pobj "
     "././PUNCT/./2/punct", 5),
    # "The guards kept a phone on alert.": no copula
    ("The/the/DET/DT/1/det guards/guard/NOUN/NNS/2/nsubj kept/keep/VERB/VBD/2/ROOT "
     "a/a/DET/DT/4/det phone/phone/NOUN/NN/2/dobj on/on/ADP/IN/2/prep "
     "alert/alert/NOUN/NN/5/pobj ././PUNCT/./2/punct", 6),
])
def test_other_nouns_or_frames_take_no_holder(spec, noun):
    doc = make_doc(spec)
    _, nouns = argument_readers(someone)
    assert texts(nouns(doc[noun]).actor) == []


# "The army called up reservists on Sunday."
CALLED_UP_RESERVISTS = (
    "The/the/DET/DT/1/det army/army/NOUN/NN/2/nsubj called/call/VERB/VBD/2/ROOT "
    "up/up/ADP/RP/2/prt reservists/reservist/NOUN/NNS/2/dobj on/on/ADP/IN/2/prep "
    "Sunday/Sunday/PROPN/NNP/5/pobj ././PUNCT/./2/punct")
# "The minister is calling up reserves to guard the ports."
CALLING_UP_RESERVES_TO_GUARD = (
    "The/the/DET/DT/1/det minister/minister/NOUN/NN/3/nsubj is/be/AUX/VBZ/3/aux "
    "calling/call/VERB/VBG/3/ROOT up/up/ADP/RP/3/prt reserves/reserve/NOUN/NNS/3/dobj "
    "to/to/PART/TO/7/aux guard/guard/VERB/VB/3/xcomp the/the/DET/DT/9/det "
    "ports/port/NOUN/NNS/7/dobj ././PUNCT/./3/punct")


@pytest.mark.parametrize("spec, verb", [(CALLED_UP_RESERVISTS, 2),
                                        (CALLING_UP_RESERVES_TO_GUARD, 3)])
def test_reservists_called_up_are_mobilised(spec, verb):
    doc = make_doc(spec)
    got = code_predicate(doc, doc[verb])
    assert got is not None and (got.type, got.cameo) == ("MOBILIZE", "154")


def test_a_colleague_called_up_is_no_mobilisation():
    # "The minister called up his colleague."
    doc = make_doc("The/the/DET/DT/1/det minister/minister/NOUN/NN/2/nsubj "
                   "called/call/VERB/VBD/2/ROOT up/up/ADP/RP/2/prt his/his/PRON/PRP$/5/poss "
                   "colleague/colleague/NOUN/NN/2/dobj ././PUNCT/./2/punct")
    got = code_predicate(doc, doc[2])
    assert got is None or got.type != "MOBILIZE"

