"""Non-events the judges found kept (nonev35): a noun that names an attitude as well as
its words ("criticism", "praise"), under a preposition and with no time of its own, is a
stance held, the reason or background of another act ("faced questions over her
criticism of the plan"), not words said in the news; an act in the "of" phrase of a
noun of chance or thought ("the prospect of the envoy visiting Seoul", "fears of an
attack") is weighed or feared, not done; the second of two alternatives under a negation
("had not killed or wounded any soldiers") is denied with the first. Hand-built parses (no
model); sentences made up."""

from __future__ import annotations

import pytest

from parses import make_doc_head_first

from newsbrief.events.modality import chance_of, held_attitude, not_done

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


# "The {noun} of the envoy visiting Seoul worried the allies ."
CHANCE = ("The/the/DET/1/det/DT {noun}/{noun}/NOUN/6/nsubj/NN of/of/ADP/1/prep/IN "
          "the/the/DET/4/det/DT envoy/envoy/NOUN/5/nsubj/NN visiting/visit/VERB/2/pcomp/VBG "
          "Seoul/Seoul/PROPN/5/dobj/NNP worried/worry/VERB/6/ROOT/VBD the/the/DET/9/det/DT "
          "allies/ally/NOUN/7/dobj/NNS ././PUNCT/7/punct/.")


@pytest.mark.parametrize("noun", ["prospect", "possibility", "idea", "risk", "hopes"])
def test_an_act_in_the_of_phrase_of_a_chance_or_a_thought_is_not_done(noun):
    doc = make_doc_head_first(CHANCE.format(noun=noun))
    assert chance_of(doc[5]) == noun


@pytest.mark.parametrize("noun", ["report", "cost", "threat"],
                         ids=["a_report_tells_it", "a_cost_is_of_an_act_done", "a_threat_is_itself_told"])
def test_other_nouns_leave_the_act(noun):
    doc = make_doc_head_first(CHANCE.format(noun=noun))
    assert chance_of(doc[5]) is None


def test_an_event_noun_in_the_of_phrase_of_fears_is_not_done():
    # "Fears of an attack closed the embassy ."
    doc = make_doc_head_first(
        "Fears/fear/NOUN/4/nsubj/NNS of/of/ADP/0/prep/IN an/an/DET/3/det/DT "
        "attack/attack/NOUN/1/pobj/NN closed/close/VERB/4/ROOT/VBD the/the/DET/6/det/DT "
        "embassy/embassy/NOUN/4/dobj/NN ././PUNCT/4/punct/.")
    assert chance_of(doc[3]) == "fears"
    assert chance_of(doc[4]) is None  # the closing is told done


# "Officials said the strike had not killed {cc} wounded any soldiers ."
ALTERNATIVE = ("Officials/official/NOUN/1/nsubj/NNS said/say/VERB/1/ROOT/VBD the/the/DET/3/det/DT "
               "strike/strike/NOUN/6/nsubj/NN had/have/AUX/6/aux/VBD not/not/PART/6/neg/RB "
               "killed/kill/VERB/1/ccomp/VBN {cc}/{cc}/CCONJ/6/cc/CC wounded/wound/VERB/6/conj/VBN "
               "any/any/DET/10/det/DT soldiers/soldier/NOUN/8/dobj/NNS ././PUNCT/1/punct/.")


def test_a_denied_alternative_is_not_done():
    doc = make_doc_head_first(ALTERNATIVE.format(cc="or"))
    assert not_done(doc[6]) == "not"
    assert not_done(doc[8]) == "not"


def test_a_second_act_joined_by_and_keeps_its_own_standing():
    # "had not killed and wounded ...": left to the first verb alone, as before
    doc = make_doc_head_first(ALTERNATIVE.format(cc="and"))
    assert not_done(doc[8]) is None


def test_an_alternative_with_its_own_subject_is_its_own_clause():
    # "The strike had not killed anyone or troops wounded them": a clause of its own
    doc = make_doc_head_first(
        "The/the/DET/1/det/DT strike/strike/NOUN/4/nsubj/NN had/have/AUX/4/aux/VBD "
        "not/not/PART/4/neg/RB killed/kill/VERB/4/ROOT/VBN anyone/anyone/PRON/4/dobj/NN "
        "or/or/CCONJ/4/cc/CC troops/troop/NOUN/8/nsubj/NNS wounded/wound/VERB/4/conj/VBD "
        "them/they/PRON/8/dobj/PRP ././PUNCT/4/punct/.")
    assert not_done(doc[8]) is None
