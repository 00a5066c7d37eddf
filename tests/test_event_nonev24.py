"""Non-events the judges found kept (nonev24): an act one is bound to do, told with a
present "have" and an infinitive, is not done. Hand-built parses (no model); sentences
made up."""

from __future__ import annotations

import pytest

from parses import make_doc_head_first

from newsbrief.events.modality import obliged

CASES = [
    # "The two sides have until Friday to sign a truce .": "have" parsed as an auxiliary
    pytest.param(
        "The/the/DET/1/det/DT sides/side/NOUN/6/nsubj/NNS have/have/AUX/6/aux/VBP "
        "until/until/ADP/6/prep/IN Friday/friday/PROPN/3/pobj/NNP/DATE to/to/PART/6/aux/TO "
        "sign/sign/VERB/6/ROOT/VB a/a/DET/8/det/DT truce/truce/NOUN/6/dobj/NN",
        6, "have to", id="a_deadline_to_act_is_not_the_act"),
    # "Lee has to answer the court .": "have" as the infinitive's governor
    pytest.param(
        "Lee/lee/PROPN/1/nsubj/NNP/PERSON has/have/VERB/1/ROOT/VBZ to/to/PART/3/aux/TO "
        "answer/answer/VERB/1/xcomp/VB the/the/DET/5/det/DT court/court/NOUN/3/dobj/NN",
        3, "has to", id="an_act_one_has_to_do_is_not_done"),
    # "Kim has yet to reply ."
    pytest.param(
        "Kim/kim/PROPN/1/nsubj/NNP/PERSON has/have/VERB/1/ROOT/VBZ yet/yet/ADV/1/advmod/RB "
        "to/to/PART/4/aux/TO reply/reply/VERB/1/xcomp/VB",
        4, "has to", id="an_act_not_yet_done_is_not_done"),
    # controls: "Lee had to resign .": the past tells it done
    pytest.param(
        "Lee/lee/PROPN/1/nsubj/NNP/PERSON had/have/VERB/1/ROOT/VBD to/to/PART/3/aux/TO "
        "resign/resign/VERB/1/xcomp/VB",
        3, None, id="an_act_one_had_to_do_was_done"),
    # "The raid is said to have killed two .": a perfect infinitive, done
    pytest.param(
        "The/the/DET/1/det/DT raid/raid/NOUN/3/nsubjpass/NN is/be/AUX/3/auxpass/VBZ "
        "said/say/VERB/3/ROOT/VBN to/to/PART/6/aux/TO have/have/AUX/6/aux/VB "
        "killed/kill/VERB/3/xcomp/VBN two/two/NUM/6/dobj/CD",
        6, None, id="a_perfect_infinitive_is_no_obligation"),
    # "They have plans to meet Lee .": the infinitive hangs on the noun
    pytest.param(
        "They/they/PRON/1/nsubj/PRP have/have/VERB/1/ROOT/VBP plans/plan/NOUN/1/dobj/NNS "
        "to/to/PART/4/aux/TO meet/meet/VERB/2/acl/VB Lee/lee/PROPN/4/dobj/NNP/PERSON",
        4, None, id="an_infinitive_of_a_noun_is_left_to_other_rules"),
    # "Lee has the votes to pass the bill .", the infinitive parsed under "has": a means
    pytest.param(
        "Lee/lee/PROPN/1/nsubj/NNP/PERSON has/have/VERB/1/ROOT/VBZ the/the/DET/3/det/DT "
        "votes/vote/NOUN/1/dobj/NNS to/to/PART/5/aux/TO pass/pass/VERB/1/xcomp/VB "
        "the/the/DET/7/det/DT bill/bill/NOUN/5/dobj/NN",
        5, None, id="having_the_means_to_act_is_no_obligation"),
]


@pytest.mark.parametrize("spec, at, cue", CASES)
def test_obliged(spec, at, cue):
    doc = make_doc_head_first(spec)
    assert obliged(doc[at]) == cue
