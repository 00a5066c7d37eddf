"""Bugs a read-through found in the night stop's modality, anaphora and lead rules
(fix35): an attitude noun undergone ("came under criticism", "was met with praise") or
dated on its verb is words said, not a stance held. Hand-built parses (no model);
sentences made up."""

from __future__ import annotations

import pytest

from parses import make_doc_head_first

from newsbrief.events.modality import chance_of, held_attitude, not_done

# "The council came under criticism from its allies ."
CAME_UNDER = ("The/the/DET/1/det/DT council/council/NOUN/2/nsubj/NN came/come/VERB/2/ROOT/VBD "
              "under/under/ADP/2/prep/IN criticism/criticism/NOUN/3/pobj/NN from/from/ADP/4/prep/IN "
              "its/its/PRON/7/poss/PRP$ allies/ally/NOUN/5/pobj/NNS ././PUNCT/2/punct/.")


def test_an_attitude_the_subject_came_under_is_an_act():
    doc = make_doc_head_first(CAME_UNDER)
    assert held_attitude(doc[4]) is None


def test_an_attitude_the_subject_was_met_with_is_an_act():
    # "The plan was met with scorn from the unions ."
    doc = make_doc_head_first(
        "The/the/DET/1/det/DT plan/plan/NOUN/3/nsubjpass/NN was/be/AUX/3/auxpass/VBD "
        "met/meet/VERB/3/ROOT/VBN with/with/ADP/3/prep/IN scorn/scorn/NOUN/4/pobj/NN "
        "from/from/ADP/5/prep/IN the/the/DET/8/det/DT unions/union/NOUN/6/pobj/NNS "
        "././PUNCT/3/punct/.")
    assert held_attitude(doc[5]) is None


def test_an_attitude_the_subject_came_in_for_is_an_act():
    # "The envoy came in for praise ."
    doc = make_doc_head_first(
        "The/the/DET/1/det/DT envoy/envoy/NOUN/2/nsubj/NN came/come/VERB/2/ROOT/VBD "
        "in/in/ADP/2/prt/RP for/for/ADP/2/prep/IN praise/praise/NOUN/4/pobj/NN ././PUNCT/2/punct/.")
    assert held_attitude(doc[5]) is None


def test_an_undated_attitude_under_another_verb_is_still_held():
    # "The minister resigned with criticism ." (no day, no verb of undergoing)
    doc = make_doc_head_first(
        "The/the/DET/1/det/DT minister/minister/NOUN/2/nsubj/NN resigned/resign/VERB/2/ROOT/VBD "
        "with/with/ADP/2/prep/IN criticism/criticism/NOUN/3/pobj/NN ././PUNCT/2/punct/.")
    assert held_attitude(doc[4]) == "with"


# "The {noun} of the envoy visiting Seoul worried the allies ."
OF_PHRASE = ("The/the/DET/1/det/DT {noun}/{noun}/NOUN/6/nsubj/NN of/of/ADP/1/prep/IN "
             "the/the/DET/4/det/DT envoy/envoy/NOUN/5/nsubj/NN visiting/visit/VERB/2/pcomp/VBG "
             "Seoul/Seoul/PROPN/5/dobj/NNP worried/worry/VERB/6/ROOT/VBD the/the/DET/9/det/DT "
             "allies/ally/NOUN/7/dobj/NNS ././PUNCT/7/punct/.")


@pytest.mark.parametrize("noun", ["question", "estimate", "guess"])
def test_a_question_or_an_estimate_of_an_act_leaves_it_told(noun):
    # "the question of the envoy visiting Seoul" asks about a visit the text may tell done
    assert chance_of(make_doc_head_first(OF_PHRASE.format(noun=noun))[5]) is None


@pytest.mark.parametrize("noun", ["risk", "chance", "fears", "odds"])
def test_a_risk_or_a_chance_of_an_act_is_not_done(noun):
    assert chance_of(make_doc_head_first(OF_PHRASE.format(noun=noun))[5]) == noun


# "The guards neither stopped nor searched the van ." ("neither" parsed as preconj)
NEITHER = ("The/the/DET/1/det/DT guards/guard/NOUN/3/nsubj/NNS neither/neither/CCONJ/3/preconj/CC "
           "stopped/stop/VERB/3/ROOT/VBD nor/nor/CCONJ/3/cc/CC searched/search/VERB/3/conj/VBD "
           "the/the/DET/7/det/DT van/van/NOUN/5/dobj/NN ././PUNCT/3/punct/.")


def test_neither_nor_denies_both_acts():
    doc = make_doc_head_first(NEITHER)
    assert not_done(doc[3]) == "neither"
    assert not_done(doc[5]) == "neither"


def test_either_or_denies_neither_act():
    # "The guards either stopped or searched the van .": one of them was done
    doc = make_doc_head_first(NEITHER.replace("neither/neither", "either/either")
                              .replace("nor/nor", "or/or"))
    assert not_done(doc[3]) is None
    assert not_done(doc[5]) is None


def _pieces_doc(sentences: list[str]):
    """A Doc of made-up sentences and each token's sentence piece."""
    import spacy
    from spacy.tokens import Doc

    words, pieces = [], []
    for k, sentence in enumerate(sentences):
        for word in sentence.split():
            words.append(word)
            pieces.append(k)
    return Doc(spacy.blank("en").vocab, words=words), pieces


LONG = "the harbour board voted on a plan to widen the old quay"


def test_the_lead_is_counted_past_a_wire_dateline():
    # "LISBON ( Wire ) -" is piece 0: too short to be one of the lead's sentences, so
    # the lead of three runs to piece 3, and that of two (dating's) to piece 2
    from newsbrief.events.storytime import lead_end

    doc, pieces = _pieces_doc(["LISBON ( Wire ) -", LONG, LONG, LONG, LONG])
    assert lead_end(doc, pieces, 3) == 3
    assert lead_end(doc, pieces) == 2
    doc, pieces = _pieces_doc([LONG, LONG, LONG, LONG])
    assert lead_end(doc, pieces, 3) == 2


def test_a_main_act_in_the_third_sentence_after_a_dateline_is_anchored():
    from newsbrief.events import mainact

    ev = type("Ev", (), {})()
    ev.evidence = type("Ev", (), {"sentence": 3})()
    ev.date_source = None
    ev.trigger = ev.predicate = None  # no act in words told now (keymark42's anchor)
    assert mainact.anchored(ev, lead=3)
    assert not mainact.anchored(ev)  # no lead given: the first three pieces, as before
