"""Non-events the judges found kept (nonev35): a noun that names an attitude as well as
its words ("criticism", "praise"), under a preposition and with no time of its own, is a
stance held, the reason or background of another act ("faced questions over her
criticism of the plan"), not words said in the news. Hand-built parses (no model);
sentences made up."""

from __future__ import annotations

import pytest

from parses import make_doc_head_first

from newsbrief.events.modality import held_attitude

# "The minister faced questions {prep} her {noun} of the plan ."
OVER = ("The/the/DET/1/det/DT minister/minister/NOUN/2/nsubj/NN faced/face/VERB/2/ROOT/VBD "
        "questions/question/NOUN/2/dobj/NNS {prep}/{prep}/ADP/2/prep/IN her/her/PRON/6/poss/PRP$ "
        "{noun}/{lemma}/NOUN/4/pobj/NN of/of/ADP/6/prep/IN the/the/DET/9/det/DT "
        "plan/plan/NOUN/7/pobj/NN ././PUNCT/2/punct/.")


@pytest.mark.parametrize("prep,noun,lemma", [
    ("over", "criticism", "criticism"), ("despite", "criticism", "criticism"),
    ("for", "praise", "praise"), ("with", "criticisms", "criticism")],
    ids=["over", "despite", "praise_for", "plural"])
def test_an_attitude_under_a_preposition_is_a_stance_held(prep, noun, lemma):
    doc = make_doc_head_first(OVER.format(prep=prep, noun=noun, lemma=lemma))
    assert held_attitude(doc[6]) == prep


@pytest.mark.parametrize("prep", ["in", "of", "after", "since", "during"])
def test_the_saying_itself_or_a_time_leaves_the_act(prep):
    # "in her criticism of the plan, she said", "a wave of criticism", "after her
    # criticism of the plan": the words are said, or another act follows them
    doc = make_doc_head_first(OVER.format(prep=prep, noun="criticism", lemma="criticism"))
    assert held_attitude(doc[6]) is None


def test_a_noun_of_an_act_is_left():
    # "over her visit to the plant": a visit is no attitude
    doc = make_doc_head_first(OVER.format(prep="over", noun="visit", lemma="visit"))
    assert held_attitude(doc[6]) is None


def test_an_attitude_told_with_its_day_is_words_said():
    # "The minister faced questions over her criticism on Tuesday ."
    doc = make_doc_head_first(
        "The/the/DET/1/det/DT minister/minister/NOUN/2/nsubj/NN faced/face/VERB/2/ROOT/VBD "
        "questions/question/NOUN/2/dobj/NNS over/over/ADP/2/prep/IN her/her/PRON/6/poss/PRP$ "
        "criticism/criticism/NOUN/4/pobj/NN on/on/ADP/6/prep/IN "
        "Tuesday/tuesday/PROPN/7/pobj/NNP/DATE ././PUNCT/2/punct/.")
    assert held_attitude(doc[6]) is None


def test_an_attitude_voiced_is_an_act():
    # "The minister voiced criticism of the plan ." (the object of a verb, no preposition)
    doc = make_doc_head_first(
        "The/the/DET/1/det/DT minister/minister/NOUN/2/nsubj/NN voiced/voice/VERB/2/ROOT/VBD "
        "criticism/criticism/NOUN/2/dobj/NN of/of/ADP/3/prep/IN the/the/DET/6/det/DT "
        "plan/plan/NOUN/4/pobj/NN ././PUNCT/2/punct/.")
    assert held_attitude(doc[3]) is None
