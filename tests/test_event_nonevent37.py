"""Non-events the judges found kept (nonevent, stop 37): an act inside an open question
("were checking whether the firm broke the embargo", "will decide whether to impose
duties", "asked him if he had met the envoy") is neither told as done nor as not done;
a passive "met with" ("the plan was met with scorn") tells how something was received,
not a meeting; "challenged X to resign" asks, as "urged" does; a clause of time in the
present passive ("until the prisoners are freed") is still to come. Hand-built parses
(no model); sentences made up."""

from __future__ import annotations

import pytest

from parses import make_doc_head_first

from newsbrief.events.modality import ahead_in_clause, asked_for, open_question
from newsbrief.events.senses import DROP, sense_of

# "Inspectors were checking whether the firm broke the embargo ."
CHECKING = ("Inspectors/inspector/NOUN/2/nsubj/NNS were/be/AUX/2/aux/VBD "
            "checking/check/VERB/2/ROOT/VBG whether/whether/SCONJ/6/mark/IN "
            "the/the/DET/5/det/DT firm/firm/NOUN/6/nsubj/NN broke/break/VERB/2/ccomp/VBD "
            "the/the/DET/8/det/DT embargo/embargo/NOUN/6/dobj/NN ././PUNCT/2/punct/.")

# "The council will decide whether to impose duties on the mills ."
DECIDE = ("The/the/DET/1/det/DT council/council/NOUN/3/nsubj/NN will/will/AUX/3/aux/MD "
          "decide/decide/VERB/3/ROOT/VB whether/whether/SCONJ/6/mark/IN to/to/PART/6/aux/TO "
          "impose/impose/VERB/3/ccomp/VB duties/duty/NOUN/6/dobj/NNS on/on/ADP/6/prep/IN "
          "the/the/DET/10/det/DT mills/mill/NOUN/8/pobj/NNS ././PUNCT/3/punct/.")

# "She asked him if he had met the envoy ."
ASKED_IF = ("She/she/PRON/1/nsubj/PRP asked/ask/VERB/1/ROOT/VBD him/he/PRON/1/dobj/PRP "
            "if/if/SCONJ/6/mark/IN he/he/PRON/6/nsubj/PRP had/have/AUX/6/aux/VBD "
            "met/meet/VERB/1/ccomp/VBN the/the/DET/8/det/DT envoy/envoy/NOUN/6/dobj/NN "
            "././PUNCT/1/punct/.")


def test_an_act_in_a_whether_clause_is_an_open_question():
    doc = make_doc_head_first(CHECKING)
    assert open_question(doc[6]) == "whether"


def test_an_infinitive_and_its_event_noun_under_whether_are_open():
    doc = make_doc_head_first(DECIDE)
    assert open_question(doc[6]) == "whether"  # impose
    assert open_question(doc[7]) == "whether"  # the duties imposed


def test_an_if_clause_completing_a_verb_is_a_question():
    doc = make_doc_head_first(ASKED_IF)
    assert open_question(doc[6]) == "if"


def test_a_to_infinitive_climbs_to_the_clause_that_asks():
    # "The judge weighed whether to order them to leave ."
    doc = make_doc_head_first(
        "The/the/DET/1/det/DT judge/judge/NOUN/2/nsubj/NN weighed/weigh/VERB/2/ROOT/VBD "
        "whether/whether/SCONJ/5/mark/IN to/to/PART/5/aux/TO order/order/VERB/2/ccomp/VB "
        "them/they/PRON/5/dobj/PRP to/to/PART/8/aux/TO leave/leave/VERB/5/xcomp/VB "
        "././PUNCT/2/punct/.")
    assert open_question(doc[8]) == "whether"


def test_a_condition_is_no_question():
    # "If the firm broke the embargo , it will pay ." (an adverbial "if": `_own` reads it)
    doc = make_doc_head_first(
        "If/if/SCONJ/3/mark/IN the/the/DET/2/det/DT firm/firm/NOUN/3/nsubj/NN "
        "broke/break/VERB/8/advcl/VBD the/the/DET/5/det/DT embargo/embargo/NOUN/3/dobj/NN "
        ",/,/PUNCT/8/punct/, it/it/PRON/8/nsubj/PRP will/will/AUX/8/aux/MD "
        "pay/pay/VERB/8/ROOT/VB ././PUNCT/8/punct/.")
    assert open_question(doc[3]) is None


def test_an_if_after_be_is_no_question():
    # "The only way out is if they talk ."
    doc = make_doc_head_first(
        "The/the/DET/2/det/DT only/only/ADJ/2/amod/JJ way/way/NOUN/4/nsubj/NN "
        "out/out/ADV/2/advmod/RB is/be/AUX/4/ROOT/VBZ if/if/SCONJ/7/mark/IN "
        "they/they/PRON/7/nsubj/PRP talk/talk/VERB/4/ccomp/VBP ././PUNCT/4/punct/.")
    assert open_question(doc[7]) is None


def test_an_act_told_plainly_is_no_question():
    # "The firm broke the embargo , inspectors said ."
    doc = make_doc_head_first(
        "The/the/DET/1/det/DT firm/firm/NOUN/2/nsubj/NN broke/break/VERB/7/ccomp/VBD "
        "the/the/DET/4/det/DT embargo/embargo/NOUN/2/dobj/NN ,/,/PUNCT/7/punct/, "
        "inspectors/inspector/NOUN/7/nsubj/NNS said/say/VERB/7/ROOT/VBD ././PUNCT/7/punct/.")
    assert open_question(doc[2]) is None


def test_the_asking_verb_itself_is_no_open_question():
    # the checking is told; only what it asks about is open
    doc = make_doc_head_first(CHECKING)
    assert open_question(doc[2]) is None


# "The plan was met {prep} {noun} ."
MET = ("The/the/DET/1/det/DT plan/plan/NOUN/3/nsubjpass/NN was/be/AUX/3/auxpass/VBD "
       "met/meet/VERB/3/ROOT/VBN {prep}/{prep}/ADP/3/{dep}/IN {noun}/{noun}/NOUN/4/pobj/NN "
       "././PUNCT/3/punct/.")


@pytest.mark.parametrize("noun", ["scorn", "gunfire", "protests"])
def test_a_passive_met_with_is_a_reception_not_a_meeting(noun):
    doc = make_doc_head_first(MET.format(prep="with", dep="prep", noun=noun))
    assert sense_of(doc[3], doc[3], None, "CONSULT") is DROP


def test_met_by_people_is_a_meeting():
    # "The envoy was met by officials ."
    doc = make_doc_head_first(
        "The/the/DET/1/det/DT envoy/envoy/NOUN/3/nsubjpass/NN was/be/AUX/3/auxpass/VBD "
        "met/meet/VERB/3/ROOT/VBN by/by/ADP/3/agent/IN officials/official/NOUN/4/pobj/NNS "
        "././PUNCT/3/punct/.")
    assert sense_of(doc[3], doc[3], None, "CONSULT") is None


def test_an_active_met_with_is_a_meeting():
    # "The envoy met with officials ."
    doc = make_doc_head_first(
        "The/the/DET/1/det/DT envoy/envoy/NOUN/2/nsubj/NN met/meet/VERB/2/ROOT/VBD "
        "with/with/ADP/2/prep/IN officials/official/NOUN/3/pobj/NNS ././PUNCT/2/punct/.")
    assert sense_of(doc[2], doc[2], None, "CONSULT") is None


def test_challenging_someone_to_act_asks_for_the_act():
    # "The senator challenged the mayor to resign ."
    doc = make_doc_head_first(
        "The/the/DET/1/det/DT senator/senator/NOUN/2/nsubj/NN "
        "challenged/challenge/VERB/2/ROOT/VBD the/the/DET/4/det/DT mayor/mayor/NOUN/2/dobj/NN "
        "to/to/PART/6/aux/TO resign/resign/VERB/2/xcomp/VB ././PUNCT/2/punct/.")
    assert asked_for(doc[6]) == "challenged"


def test_daring_to_act_is_acting():
    # "Critics dared to question the plan ." (the nerve to do it, and done)
    doc = make_doc_head_first(
        "Critics/critic/NOUN/1/nsubj/NNS dared/dare/VERB/1/ROOT/VBD to/to/PART/3/aux/TO "
        "question/question/VERB/1/xcomp/VB the/the/DET/5/det/DT plan/plan/NOUN/3/dobj/NN "
        "././PUNCT/1/punct/.")
    assert asked_for(doc[3]) is None


# "The rebels will hold the hostages {mark} the prisoners {aux} freed ."
UNTIL = ("The/the/DET/1/det/DT rebels/rebel/NOUN/3/nsubj/NNS will/will/AUX/3/aux/MD "
         "hold/hold/VERB/3/ROOT/VB the/the/DET/5/det/DT hostages/hostage/NOUN/3/dobj/NNS "
         "{mark}/{mark}/SCONJ/10/mark/IN the/the/DET/8/det/DT "
         "prisoners/prisoner/NOUN/10/nsubjpass/NNS {aux}/be/AUX/10/auxpass/{tag} "
         "freed/free/VERB/3/advcl/VBN ././PUNCT/3/punct/.")


@pytest.mark.parametrize("mark,aux,tag", [("until", "are", "VBP"), ("once", "is", "VBZ")])
def test_a_present_passive_in_a_clause_of_time_is_still_to_come(mark, aux, tag):
    doc = make_doc_head_first(UNTIL.format(mark=mark, aux=aux, tag=tag))
    assert ahead_in_clause(doc[10]) == mark


@pytest.mark.parametrize("aux,tag", [("were", "VBD"), ("was", "VBD")])
def test_a_past_passive_in_a_clause_of_time_was_done(aux, tag):
    doc = make_doc_head_first(UNTIL.format(mark="after", aux=aux, tag=tag))
    assert ahead_in_clause(doc[10]) is None
