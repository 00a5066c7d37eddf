"""Key events with no record of their type (issue 11, keytrig18): a call said to be "by
telephone" with no "with" (also where the parser labels "by" an agent), tributes and
condolences, a blaming name, a nominee confirmed, willingness expressed. Hand-built parses
of sentences made up for the test."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from newsbrief.events.coding import code_predicate, said_act
from parses import make_doc


def coded(spec: str, at: int, persons=()):
    doc = make_doc(spec)
    doc.ents = [Span(doc, t.i, t.i + 1, label="PERSON") for t in doc if t.text in persons]
    got = code_predicate(doc, doc[at])
    return doc, got


# "The two presidents spoke by telephone on Friday."
SPOKE_BY_TELEPHONE = ("The/the/DET/DT/2/det two/two/NUM/CD/2/nummod "
                      "presidents/president/NOUN/NNS/3/nsubj spoke/speak/VERB/VBD/3/ROOT "
                      "by/by/ADP/IN/3/prep telephone/telephone/NOUN/NN/4/pobj "
                      "on/on/ADP/IN/3/prep Friday/Friday/PROPN/NNP/6/pobj ././PUNCT/./3/punct")


def test_speaking_by_telephone_is_a_phone_call():
    _doc, got = coded(SPOKE_BY_TELEPHONE, 3)
    assert got is not None and (got.type, got.cameo, got.mode) == ("CONSULT", "041", "phone")


# "The chancellor paid tribute to the late judge."
PAID_TRIBUTE = ("The/the/DET/DT/1/det chancellor/chancellor/NOUN/NN/2/nsubj "
                "paid/pay/VERB/VBD/2/ROOT tribute/tribute/NOUN/NN/2/dobj to/to/ADP/IN/2/prep "
                "the/the/DET/DT/7/det late/late/ADJ/JJ/7/amod judge/judge/NOUN/NN/4/pobj "
                "././PUNCT/./2/punct")
# "The minister offered his condolences to the families."
CONDOLENCES = ("The/the/DET/DT/1/det minister/minister/NOUN/NN/2/nsubj "
               "offered/offer/VERB/VBD/2/ROOT his/his/PRON/PRP$/4/poss "
               "condolences/condolence/NOUN/NNS/2/dobj to/to/ADP/IN/2/prep "
               "the/the/DET/DT/7/det families/family/NOUN/NNS/5/pobj ././PUNCT/./2/punct")
# "Senators mourned the congressman."
MOURNED = ("Senators/senator/NOUN/NNS/1/nsubj mourned/mourn/VERB/VBD/1/ROOT "
           "the/the/DET/DT/3/det congressman/congressman/NOUN/NN/1/dobj ././PUNCT/./1/punct")


@pytest.mark.parametrize("spec, at", [(PAID_TRIBUTE, 2), (CONDOLENCES, 2), (MOURNED, 1)])
def test_tributes_and_condolences_commend(spec, at):
    _doc, got = coded(spec, at)
    assert got is not None and (got.type, got.cameo) == ("SUPPORT", "051")


# "Sanders called the bill a disaster." / "Corbyn described the move as an assault."
CALLED_DISASTER = ("Sanders/Sanders/PROPN/NNP/1/nsubj called/call/VERB/VBD/1/ROOT "
                   "the/the/DET/DT/3/det bill/bill/NOUN/NN/1/dobj a/a/DET/DT/5/det "
                   "disaster/disaster/NOUN/NN/1/oprd ././PUNCT/./1/punct")
DESCRIBED_ASSAULT = ("Corbyn/Corbyn/PROPN/NNP/1/nsubj described/describe/VERB/VBD/1/ROOT "
                     "the/the/DET/DT/3/det move/move/NOUN/NN/1/dobj as/as/ADP/IN/1/prep "
                     "an/an/DET/DT/6/det assault/assault/NOUN/NN/4/pobj ././PUNCT/./1/punct")


@pytest.mark.parametrize("spec, word", [(CALLED_DISASTER, "disaster"),
                                        (DESCRIBED_ASSAULT, "assault")])
def test_a_blaming_name_condemns_what_it_names(spec, word):
    doc = make_doc(spec)
    got = said_act(doc, doc[1])
    assert got is not None and (got.coding.type, got.coding.cameo) == ("ACCUSE", "111")
    assert doc.text[got.coding.trigger[0]:got.coding.trigger[1]] == word


def test_a_neutral_name_is_no_blame():
    # "Sanders called the bill a compromise."
    doc = make_doc(CALLED_DISASTER.replace("disaster/disaster", "compromise/compromise"))
    assert said_act(doc, doc[1]) is None


# "The Senate confirmed Lund as ambassador."
CONFIRMED_AS = ("The/the/DET/DT/1/det Senate/Senate/PROPN/NNP/2/nsubj "
                "confirmed/confirm/VERB/VBD/2/ROOT Lund/Lund/PROPN/NNP/2/dobj "
                "as/as/ADP/IN/2/prep ambassador/ambassador/NOUN/NN/4/pobj ././PUNCT/./2/punct")


def test_a_nominee_confirmed_is_approved():
    _doc, got = coded(CONFIRMED_AS, 2, persons=("Lund",))
    assert got is not None and (got.type, got.cameo) == ("SUPPORT", "050")


def test_a_fact_confirmed_as_something_is_no_approval():
    # "Police confirmed the blast as an attack."
    spec = ("Police/police/NOUN/NNS/1/nsubj confirmed/confirm/VERB/VBD/1/ROOT "
            "the/the/DET/DT/3/det blast/blast/NOUN/NN/1/dobj as/as/ADP/IN/1/prep "
            "an/an/DET/DT/6/det attack/attack/NOUN/NN/4/pobj ././PUNCT/./1/punct")
    _doc, got = coded(spec, 1)
    assert got is None or got.type != "SUPPORT"


def test_by_telephone_parsed_as_an_agent_is_still_a_phone_call():
    # the parser labels "by" of an active verb "agent" too ("the two ministers
    # spoke by phone and then ...")
    _doc, got = coded(SPOKE_BY_TELEPHONE.replace("by/by/ADP/IN/3/prep", "by/by/ADP/IN/3/agent"),
                      3)
    assert got is not None and (got.type, got.cameo, got.mode) == ("CONSULT", "041", "phone")


# "The government expressed its willingness to mediate."
WILLINGNESS = ("The/the/DET/DT/1/det government/government/NOUN/NN/2/nsubj "
               "expressed/express/VERB/VBD/2/ROOT its/its/PRON/PRP$/4/poss "
               "willingness/willingness/NOUN/NN/2/dobj to/to/PART/TO/6/aux "
               "mediate/mediate/VERB/VB/4/acl ././PUNCT/./2/punct")


def test_willingness_expressed_is_intent_to_cooperate():
    _doc, got = coded(WILLINGNESS, 2)
    assert got is not None and (got.type, got.cameo) == ("AGREE", "030")


def test_willingness_alone_is_no_act():
    # "The willingness of voters fell." (the noun by itself, as a subject)
    doc = make_doc("The/the/DET/DT/1/det willingness/willingness/NOUN/NN/4/nsubj "
                   "of/of/ADP/IN/1/prep voters/voter/NOUN/NNS/2/pobj fell/fall/VERB/VBD/4/ROOT "
                   "././PUNCT/./4/punct")
    assert code_predicate(doc, doc[1]) is None
