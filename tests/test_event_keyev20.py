"""Key events with no record of their type (issue 11, keyev20): confidence said in
someone is an endorsement, testimony before a body is a meeting with it. Hand-built
parses of sentences made up for the test."""

from __future__ import annotations

import pytest

from newsbrief.events.arguments import noun_arguments, verb_arguments
from newsbrief.events.coding import code_predicate
from parses import make_doc


def _someone(tok) -> bool:
    return tok.pos_ == "PROPN" or tok.lemma_ in ("minister", "director", "committee", "senator")


def _texts(toks) -> list[str]:
    return [t.text for t in toks]


# "The minister expressed confidence in his director."
CONFIDENCE_IN = ("The/the/DET/DT/1/det minister/minister/NOUN/NN/2/nsubj "
                 "expressed/express/VERB/VBD/2/ROOT confidence/confidence/NOUN/NN/2/dobj "
                 "in/in/ADP/IN/3/prep his/his/PRON/PRP$/6/poss director/director/NOUN/NN/4/pobj "
                 "././PUNCT/./2/punct")
# "The minister voiced confidence in Halden."
VOICED_CONFIDENCE = ("The/the/DET/DT/1/det minister/minister/NOUN/NN/2/nsubj "
                     "voiced/voice/VERB/VBD/2/ROOT confidence/confidence/NOUN/NN/2/dobj "
                     "in/in/ADP/IN/3/prep Halden/Halden/PROPN/NNP/4/pobj ././PUNCT/./2/punct")
# "The minister expressed confidence that prices would fall."
CONFIDENCE_THAT = ("The/the/DET/DT/1/det minister/minister/NOUN/NN/2/nsubj "
                   "expressed/express/VERB/VBD/2/ROOT confidence/confidence/NOUN/NN/2/dobj "
                   "that/that/SCONJ/IN/8/mark prices/price/NOUN/NNS/8/nsubj "
                   "would/would/AUX/MD/8/aux fall/fall/VERB/VB/3/acl ././PUNCT/./2/punct")
# "Consumer confidence in the economy fell."
CONSUMER_CONFIDENCE = ("Consumer/consumer/NOUN/NN/1/compound confidence/confidence/NOUN/NN/5/nsubj "
                       "in/in/ADP/IN/1/prep the/the/DET/DT/4/det economy/economy/NOUN/NN/2/pobj "
                       "fell/fall/VERB/VBD/5/ROOT ././PUNCT/./5/punct")


def test_confidence_expressed_in_someone_is_an_endorsement():
    for spec in (CONFIDENCE_IN, VOICED_CONFIDENCE):
        doc = make_doc(spec)
        got = code_predicate(doc, doc[2])
        assert got is not None and (got.type, got.cameo) == ("SUPPORT", "051")


def test_confidence_in_names_the_one_trusted():
    doc = make_doc(VOICED_CONFIDENCE)
    args = noun_arguments(doc[3], _someone, lambda v: verb_arguments(v, _someone))
    assert _texts(args.recipient) == ["Halden"]


def test_confidence_alone_is_no_act():
    doc = make_doc(CONSUMER_CONFIDENCE)
    assert code_predicate(doc, doc[1]) is None
    got = code_predicate(doc, doc[5])
    assert got is None or got.type != "SUPPORT"


# "Halden testified before the committee."
TESTIFIED_BEFORE = ("Halden/Halden/PROPN/NNP/1/nsubj testified/testify/VERB/VBD/1/ROOT "
                    "before/before/ADP/IN/1/prep the/the/DET/DT/4/det "
                    "committee/committee/NOUN/NN/2/pobj ././PUNCT/./1/punct")
# "Halden testified that he saw the car."
TESTIFIED_THAT = ("Halden/Halden/PROPN/NNP/1/nsubj testified/testify/VERB/VBD/1/ROOT "
                  "that/that/SCONJ/IN/4/mark he/he/PRON/PRP/4/nsubj saw/see/VERB/VBD/1/ccomp "
                  "the/the/DET/DT/6/det car/car/NOUN/NN/4/dobj ././PUNCT/./1/punct")


def test_testimony_before_a_body_is_a_meeting_with_it():
    doc = make_doc(TESTIFIED_BEFORE)
    got = code_predicate(doc, doc[1])
    assert got is not None and (got.type, got.cameo) == ("CONSULT", "040")
    assert _texts(verb_arguments(doc[1], _someone).recipient) == ["committee"]


# "The minister had confidence in Halden."
HAD_CONFIDENCE = ("The/the/DET/DT/1/det minister/minister/NOUN/NN/2/nsubj "
                  "had/have/VERB/VBD/2/ROOT confidence/confidence/NOUN/NN/2/dobj "
                  "in/in/ADP/IN/3/prep Halden/Halden/PROPN/NNP/4/pobj ././PUNCT/./2/punct")


# "Halden testified shortly before noon."
TESTIFIED_BEFORE_NOON = ("Halden/Halden/PROPN/NNP/1/nsubj testified/testify/VERB/VBD/1/ROOT "
                         "shortly/shortly/ADV/RB/3/advmod before/before/ADP/IN/1/prep "
                         "noon/noon/NOUN/NN/3/pobj ././PUNCT/./1/punct")


# "The ministry blocked Halden from testifying."
BLOCKED_FROM = ("The/the/DET/DT/1/det ministry/ministry/NOUN/NN/2/nsubj "
                "blocked/block/VERB/VBD/2/ROOT Halden/Halden/PROPN/NNP/2/dobj "
                "from/from/ADP/IN/2/prep testifying/testify/VERB/VBG/4/pcomp ././PUNCT/./2/punct")
# "Halden returned from meeting the envoy."
RETURNED_FROM = ("Halden/Halden/PROPN/NNP/1/nsubj returned/return/VERB/VBD/1/ROOT "
                 "from/from/ADP/IN/1/prep meeting/meet/VERB/VBG/2/pcomp the/the/DET/DT/5/det "
                 "envoy/envoy/NOUN/NN/3/dobj ././PUNCT/./1/punct")


def test_an_act_someone_is_kept_from_is_not_done():
    from newsbrief.events.modality import not_done

    doc = make_doc(BLOCKED_FROM)
    assert not_done(doc[5]) == "from"
    refrained = make_doc(BLOCKED_FROM.replace("blocked/block/VERB/VBD", "stopped/stop/VERB/VBD"))
    assert not_done(refrained[5]) == "from"


def test_an_act_come_back_from_is_done():
    from newsbrief.events.modality import not_done

    doc = make_doc(RETURNED_FROM)
    assert not_done(doc[3]) is None


# Readings that are no such act: confidence "that" something happens is a forecast,
# confidence "had" a feeling (a standing noun needs a stating verb); testimony of what
# was seen, or before a time, meets no body.
@pytest.mark.parametrize("spec, tokens, typ", [
    (CONFIDENCE_THAT, (2,), "SUPPORT"),
    (HAD_CONFIDENCE, (2, 3), "SUPPORT"),
    (TESTIFIED_THAT, (1,), "CONSULT"),
    (TESTIFIED_BEFORE_NOON, (1,), "CONSULT"),
], ids=["confidence that", "had confidence", "testified that", "testified before noon"])
def test_no_such_act(spec, tokens, typ):
    doc = make_doc(spec)
    for at in tokens:
        got = code_predicate(doc, doc[at])
        assert got is None or got.type != typ, doc[at].text
