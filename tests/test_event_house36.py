"""house36 (stop 35): a court taking up a case brings no accusation; an act in the "of"
phrase of a noun of chance or thought is read by one rule over one word list. Hand-built
parses of made-up sentences."""

from __future__ import annotations

import pytest

from newsbrief.events.arguments import noun_arguments, verb_arguments
from newsbrief.events.coding import code_predicate
from newsbrief.events.modality import THOUGHT_NOUNS, chance_of, cues, weighed

from fake_stages import build, by_type, ent, run
from parses import make_doc_head_first as make_doc


def _coded(spec: str, at: int):
    doc = make_doc(spec)
    coding = code_predicate(doc, doc[at])
    return None if coding is None else (coding.type, coding.cameo)


TAKEN_UP = [
    # "The judge heard the lawsuit."
    pytest.param(
        "The/the/DET/1/det/DT judge/judge/NOUN/2/nsubj/NN heard/hear/VERB/2/ROOT/VBD "
        "the/the/DET/4/det/DT lawsuit/lawsuit/NOUN/2/dobj/NN", 4,
        id="a_lawsuit_a_judge_hears"),
    # "The panel will rule on the complaint."
    pytest.param(
        "The/the/DET/1/det/DT panel/panel/NOUN/3/nsubj/NN will/will/AUX/3/aux/MD "
        "rule/rule/VERB/3/ROOT/VB on/on/ADP/3/prep/IN the/the/DET/6/det/DT "
        "complaint/complaint/NOUN/4/pobj/NN", 6,
        id="a_complaint_a_panel_rules_on"),
    # "The lawsuit was heard in March."
    pytest.param(
        "The/the/DET/1/det/DT lawsuit/lawsuit/NOUN/3/nsubjpass/NN was/be/AUX/3/auxpass/VBD "
        "heard/hear/VERB/3/ROOT/VBN in/in/ADP/3/prep/IN March/march/PROPN/4/pobj/NNP", 1,
        id="a_lawsuit_heard_in_the_passive"),
    # "A judge presided over the suit."
    pytest.param(
        "A/a/DET/1/det/DT judge/judge/NOUN/2/nsubj/NN presided/preside/VERB/2/ROOT/VBD "
        "over/over/ADP/2/prep/IN the/the/DET/5/det/DT suit/suit/NOUN/3/pobj/NN", 5,
        id="a_suit_a_judge_presides_over"),
]


@pytest.mark.parametrize(("spec", "at"), TAKEN_UP)
def test_a_case_a_court_takes_up_is_no_accusation_by_the_court(spec, at):
    assert _coded(spec, at) is None


HEARD_SUIT_FILED_BY = (
    "The/the/DET/1/det/DT court/court/NOUN/3/nsubj/NN will/will/AUX/3/aux/MD "
    "hear/hear/VERB/3/ROOT/VB a/a/DET/5/det/DT suit/suit/NOUN/3/dobj/NN "
    "filed/file/VERB/5/acl/VBN by/by/ADP/6/agent/IN Norway/Norway/PROPN/7/pobj/NNP "
    "against/against/ADP/6/prep/IN Sweden/Sweden/PROPN/9/pobj/NNP")

BROUGHT = [
    # "The union filed a lawsuit."
    pytest.param(
        "The/the/DET/1/det/DT union/union/NOUN/2/nsubj/NN filed/file/VERB/2/ROOT/VBD "
        "a/a/DET/4/det/DT lawsuit/lawsuit/NOUN/2/dobj/NN", 4,
        id="a_lawsuit_filed_is_brought"),
    # "The firm took legal action against the agency."
    pytest.param(
        "The/the/DET/1/det/DT firm/firm/NOUN/2/nsubj/NN took/take/VERB/2/ROOT/VBD "
        "legal/legal/ADJ/4/amod/JJ action/action/NOUN/2/dobj/NN against/against/ADP/4/prep/IN "
        "the/the/DET/7/det/DT agency/agency/NOUN/5/pobj/NN", 4,
        id="legal_action_taken_is_a_lawsuit"),
    # "The court will hear a suit filed by Norway against Sweden.": the filing is told
    # by a participle of the noun, not on a verb of its own, so the noun keeps it
    pytest.param(HEARD_SUIT_FILED_BY, 5, id="a_suit_a_court_hears_filed_by_a_state"),
]


@pytest.mark.parametrize(("spec", "at"), BROUGHT)
def test_a_lawsuit_brought_stays_a_lawsuit(spec, at):
    assert _coded(spec, at) == ("ACCUSE", "115")


def test_a_suit_told_filed_by_someone_is_theirs_against_whom_it_is_filed():
    doc = make_doc(HEARD_SUIT_FILED_BY)
    args = noun_arguments(doc[5], lambda t: t.pos_ == "PROPN",
                          lambda v: verb_arguments(v, lambda t: t.pos_ == "PROPN"))
    assert [t.text for t in args.actor] == ["Norway"]
    assert [t.text for t in args.recipient] == ["Sweden"]


# One rule, one list: weighed reads verbs of weighing and wishing; a noun of chance or
# thought over an act in its "of" phrase, a noun or a gerund alike, is chance_of's.
POSSIBILITY_OF_A_STRIKE = (
    "He/he/PRON/1/nsubj/PRP raised/raise/VERB/1/ROOT/VBD the/the/DET/3/det/DT "
    "possibility/possibility/NOUN/1/dobj/NN of/of/ADP/3/prep/IN a/a/DET/6/det/DT "
    "strike/strike/NOUN/4/pobj/NN")
POSSIBILITY_OF_STRIKING = (
    "He/he/PRON/1/nsubj/PRP raised/raise/VERB/1/ROOT/VBD the/the/DET/3/det/DT "
    "possibility/possibility/NOUN/1/dobj/NN of/of/ADP/3/prep/IN "
    "striking/strike/VERB/4/pcomp/VBG ports/port/NOUN/5/dobj/NNS")


@pytest.mark.parametrize(("spec", "at"), [(POSSIBILITY_OF_A_STRIKE, 6),
                                          (POSSIBILITY_OF_STRIKING, 5)])
def test_a_noun_act_and_a_gerund_under_a_chance_are_read_by_one_rule(spec, at):
    tok = make_doc(spec)[at]
    assert chance_of(tok) == "possibility"
    assert weighed(tok) is None


def test_the_nouns_of_chance_are_one_list():
    assert {"possibility", "prospect", "specter", "idea", "hopes"} <= THOUGHT_NOUNS
    assert not hasattr(cues(), "chance_nouns")


# A minister raising the possibility that Norway is struck (a noun act under "possibility
# of"): the chance keeps the record at half its confidence, as a gerund there always was,
# rather than dropping it.
POSSIBLE_ATTACK = [
    "The the DET det 1", "minister minister NOUN nsubj 2", "raised raise VERB ROOT 2",
    "the the DET det 4", "possibility possibility NOUN dobj 2", "of of ADP prep 4",
    "an a DET det 7", "attack attack NOUN pobj 5", "on on ADP prep 7",
    "Norway Norway PROPN pobj 8 B-GPE", ". . PUNCT punct 2",
]


def test_a_noun_act_under_a_chance_is_kept_at_half_its_confidence_like_a_gerund():
    doc = build(POSSIBLE_ATTACK)
    got = by_type(run(doc, [ent(doc, "nor", 9, 10, "state", "NOR")]), "ASSAULT")
    assert len(got) == 1 and got[0].confidence <= 0.5
