"""Non-events the judges found kept (nonev34): an act in the "of" phrase of an object
that carries "no" ("made no mention of the bombing") is not done; an act told inside a
military exercise or acted out ("an exercise in which marines stormed beaches",
"simulated an attack") is practice; an act a body is given as its task ("the panel
tasked with investigating the raid") is its remit. Hand-built parses (no model);
sentences made up."""

from __future__ import annotations

import pytest

from parses import make_doc_head_first

from newsbrief.events.modality import object_denied, rehearsed, remit

# "The minister made no mention of the bombing in her speech ."
MENTION = ("The/the/DET/1/det/DT minister/minister/NOUN/2/nsubj/NN made/make/VERB/2/ROOT/VBD "
           "{det}/{det}/DET/4/det/DT {noun}/{noun}/NOUN/2/dobj/NN of/of/ADP/4/prep/IN "
           "the/the/DET/7/det/DT bombing/bombing/NOUN/5/pobj/NN in/in/ADP/2/prep/IN "
           "her/her/PRON/10/poss/PRP$ speech/speech/NOUN/8/pobj/NN")


def _span(tok):
    return (tok.idx, tok.idx + len(tok.text))


def test_an_act_in_the_of_phrase_of_a_denied_object_is_not_done():
    doc = make_doc_head_first(MENTION.format(det="no", noun="mention"))
    assert object_denied(doc[2], _span(doc[7])) == "no"


@pytest.mark.parametrize("det,noun", [("no", "secret"), ("no", "knowledge"), ("a", "mention")],
                         ids=["no_secret_affirms", "no_knowledge_leaves_it_open", "without_no"])
def test_an_affirming_no_or_no_no_leaves_the_act(det, noun):
    doc = make_doc_head_first(MENTION.format(det=det, noun=noun))
    assert object_denied(doc[2], _span(doc[7])) is None


def test_an_act_outside_the_denied_object_is_left():
    # the coded word in another phrase of the verb ("in her speech") is not denied
    doc = make_doc_head_first(MENTION.format(det="no", noun="mention"))
    assert object_denied(doc[2], _span(doc[10])) is None


# "The navy held an exercise in which marines stormed beaches and seized an airfield ."
EXERCISE = ("The/the/DET/1/det/DT navy/navy/NOUN/2/nsubj/NN held/hold/VERB/2/ROOT/VBD "
            "an/an/DET/4/det/DT {noun}/{lemma}/NOUN/2/dobj/NN in/in/ADP/8/prep/IN "
            "which/which/PRON/5/pobj/WDT marines/marine/NOUN/8/nsubj/NNS "
            "stormed/storm/VERB/4/relcl/VBD beaches/beach/NOUN/8/dobj/NNS and/and/CCONJ/8/cc/CC "
            "seized/seize/VERB/8/conj/VBD an/an/DET/13/det/DT airfield/airfield/NOUN/11/dobj/NN")


def test_acts_in_an_exercise_are_practice():
    doc = make_doc_head_first(EXERCISE.format(noun="exercise", lemma="exercise"))
    assert rehearsed(doc[8]) == "exercise"
    assert rehearsed(doc[11]) == "exercise"  # the second verb of the clause too
    assert rehearsed(doc[2]) is None  # holding the exercise is an act


def test_an_exercise_hosted_is_an_act():
    # "an exercise hosted by the navy": the participle tells what the exercise undergoes
    doc = make_doc_head_first(
        "It/it/PRON/1/nsubj/PRP was/be/AUX/1/ROOT/VBD an/an/DET/3/det/DT "
        "exercise/exercise/NOUN/1/attr/NN hosted/host/VERB/3/acl/VBN by/by/ADP/4/agent/IN "
        "the/the/DET/7/det/DT navy/navy/NOUN/5/pobj/NN")
    assert rehearsed(doc[4]) is None


def test_a_stance_on_an_exercise_is_an_act():
    # "The North denounced the drills which the allies began": "which" is the object
    doc = make_doc_head_first(
        "The/the/DET/1/det/DT North/north/PROPN/2/nsubj/NNP denounced/denounce/VERB/2/ROOT/VBD "
        "the/the/DET/4/det/DT drills/drill/NOUN/2/dobj/NNS which/which/PRON/8/dobj/WDT "
        "the/the/DET/7/det/DT allies/ally/NOUN/8/nsubj/NNS began/begin/VERB/4/relcl/VBD")
    assert rehearsed(doc[8]) is None


def test_acts_in_a_relative_clause_of_another_noun_stay():
    # "... held a vote in which members seized ..." is no exercise
    doc = make_doc_head_first(EXERCISE.format(noun="vote", lemma="vote"))
    assert rehearsed(doc[8]) is None
    assert rehearsed(doc[11]) is None


@pytest.mark.parametrize("verb,lemma,want", [("simulated", "simulate", "simulated"),
                                             ("launched", "launch", None)],
                         ids=["acted_out", "launched_is_an_act"])
def test_an_attack_acted_out_is_practice(verb, lemma, want):
    # "The army {verb} an attack on the island ."
    doc = make_doc_head_first(
        f"The/the/DET/1/det/DT army/army/NOUN/2/nsubj/NN {verb}/{lemma}/VERB/2/ROOT/VBD "
        "an/an/DET/4/det/DT attack/attack/NOUN/2/dobj/NN on/on/ADP/4/prep/IN "
        "the/the/DET/7/det/DT island/island/NOUN/5/pobj/NN")
    assert rehearsed(doc[4]) == want


def test_a_mock_raid_is_practice():
    # "Police staged a mock raid ."
    doc = make_doc_head_first(
        "Police/police/NOUN/1/nsubj/NNS staged/stage/VERB/1/ROOT/VBD a/a/DET/4/det/DT "
        "mock/mock/ADJ/4/amod/JJ raid/raid/NOUN/1/dobj/NN")
    assert rehearsed(doc[4]) == "mock"


# "The panel tasked with investigating the raid met on Monday ."
REMIT = ("The/the/DET/1/det/DT panel/panel/NOUN/6/nsubj/NN {verb}/{lemma}/VERB/1/acl/VBN "
         "with/with/ADP/2/prep/IN investigating/investigate/VERB/3/pcomp/VBG "
         "the/the/DET/6/det/DT raid/raid/NOUN/4/dobj/NN met/meet/VERB/7/ROOT/VBD")


def test_a_task_given_is_a_remit():
    doc = make_doc_head_first(REMIT.format(verb="tasked", lemma="task"))
    assert remit(doc[4]) == "tasked"


def test_a_charge_or_a_plain_with_is_no_remit():
    # "charged with investigating" is left out (a charge accuses); "busy with" gives no task
    for verb, lemma in (("charged", "charge"), ("busy", "busy")):
        doc = make_doc_head_first(REMIT.format(verb=verb, lemma=lemma))
        assert remit(doc[4]) is None


def test_a_body_mandated_to_act_has_a_remit():
    # "A force mandated to protect civilians arrived ."
    doc = make_doc_head_first(
        "A/a/DET/1/det/DT force/force/NOUN/6/nsubj/NN mandated/mandate/VERB/1/acl/VBN "
        "to/to/PART/4/aux/TO protect/protect/VERB/2/xcomp/VB civilians/civilian/NOUN/4/dobj/NNS "
        "arrived/arrive/VERB/6/ROOT/VBD")
    assert remit(doc[4]) == "mandated"

