"""Key events with no record of their type (issue 11, keymissA of stop 36): a state one
is "on" that is the act itself ("the army is on high alert", "the crews are on strike")
is done by the copula's subject, and reservists called up are mobilised. Hand-built
parses of sentences made up for the test."""

from __future__ import annotations

import pytest

from newsbrief.events.coding import code_predicate, said_act
from parses import argument_readers, make_doc, texts, with_names


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


@pytest.mark.parametrize("spec", [
    # "The cabinet called the reserve a national asset." (a name given)
    "The/the/DET/DT/1/det cabinet/cabinet/NOUN/NN/2/nsubj called/call/VERB/VBD/2/ROOT "
    "the/the/DET/DT/4/det reserve/reserve/NOUN/NN/2/dobj a/a/DET/DT/8/det "
    "national/national/ADJ/JJ/8/amod asset/asset/NOUN/NN/2/oprd ././PUNCT/./2/punct",
    # "The bank called its reserves ample on Monday." (a verdict, no call-up)
    "The/the/DET/DT/1/det bank/bank/NOUN/NN/2/nsubj called/call/VERB/VBD/2/ROOT "
    "its/its/PRON/PRP$/4/poss reserves/reserve/NOUN/NNS/2/dobj ample/ample/ADJ/JJ/2/oprd "
    "on/on/ADP/IN/2/prep Monday/Monday/PROPN/NNP/6/pobj ././PUNCT/./2/punct",
])
def test_reserves_given_a_name_are_no_mobilisation(spec):
    doc = make_doc(spec)
    got = code_predicate(doc, doc[2])
    assert got is None or got.type != "MOBILIZE"


def test_a_colleague_called_up_is_no_mobilisation():
    # "The minister called up his colleague."
    doc = make_doc("The/the/DET/DT/1/det minister/minister/NOUN/NN/2/nsubj "
                   "called/call/VERB/VBD/2/ROOT up/up/ADP/RP/2/prt his/his/PRON/PRP$/5/poss "
                   "colleague/colleague/NOUN/NN/2/dobj ././PUNCT/./2/punct")
    got = code_predicate(doc, doc[2])
    assert got is None or got.type != "MOBILIZE"


# A speaker's concern about another's act, said in a content clause or a quotation.
# "The mayor said he was alarmed by the order of the council."
CONCERNED_BY_DECISION = (
    "The/the/DET/DT/1/det mayor/mayor/NOUN/NN/2/nsubj said/say/VERB/VBD/2/ROOT "
    "he/he/PRON/PRP/4/nsubj was/be/AUX/VBD/2/ccomp alarmed/alarmed/ADJ/JJ/4/acomp "
    "by/by/ADP/IN/5/agent the/the/DET/DT/8/det order/order/NOUN/NN/6/pobj "
    "of/of/ADP/IN/8/prep the/the/DET/DT/11/det council/council/NOUN/NN/9/pobj "
    "././PUNCT/./2/punct")
# "The envoy said she was worried that the minister shut the office."
CONCERNED_THAT_IT_ACTED = (
    "The/the/DET/DT/1/det envoy/envoy/NOUN/NN/2/nsubj said/say/VERB/VBD/2/ROOT "
    "she/she/PRON/PRP/4/nsubj was/be/AUX/VBD/2/ccomp worried/worried/ADJ/JJ/4/acomp "
    "that/that/SCONJ/IN/9/mark the/the/DET/DT/8/det minister/minister/NOUN/NN/9/nsubj "
    "shut/shut/VERB/VBD/5/ccomp the/the/DET/DT/11/det office/office/NOUN/NN/9/dobj "
    "././PUNCT/./2/punct")
# "The senator said she was troubled by the council's move." (the parser's passive reading)
# (fixJ: the move's doer named, as an accusation needs one)
TROUBLED_BY_THE_MOVE = (
    "The/the/DET/DT/1/det senator/senator/NOUN/NN/2/nsubj said/say/VERB/VBD/2/ROOT "
    "she/she/PRON/PRP/5/nsubjpass was/be/AUX/VBD/5/auxpass troubled/trouble/VERB/VBN/2/ccomp "
    "by/by/ADP/IN/5/agent the/the/DET/DT/8/det council/council/NOUN/NN/10/poss "
    "'s/'s/PART/POS/8/case move/move/NOUN/NN/6/pobj ././PUNCT/./2/punct")


@pytest.mark.parametrize("spec, word", [
    (CONCERNED_BY_DECISION, "alarmed"),
    (CONCERNED_THAT_IT_ACTED, "worried"),
    (TROUBLED_BY_THE_MOVE, "troubled"),
])
def test_concern_voiced_about_anothers_act_disapproves_of_it(spec, word):
    doc = make_doc(spec)
    got = said_act(doc, doc[2])
    assert got is not None and (got.coding.type, got.coding.cameo) == ("ACCUSE", "111")
    assert doc.text[got.coding.trigger[0]:got.coding.trigger[1]] == word


def test_the_concern_is_aimed_at_the_doer_the_noun_names():
    doc = make_doc(CONCERNED_BY_DECISION)
    assert said_act(doc, doc[2]).target.text == "council"
    doc = make_doc(CONCERNED_THAT_IT_ACTED)
    assert said_act(doc, doc[2]).target.text == "minister"


@pytest.mark.parametrize("spec", [
    # "The mayor said they were alarmed about the economy.": a thing, no act
    CONCERNED_BY_DECISION.replace("by/by/ADP/IN/5/agent", "about/about/ADP/IN/5/prep")
    .replace("order/order", "economy/economy"),
    # "The mayor said they were alarmed by an order of the council.": no one act
    CONCERNED_BY_DECISION.replace("the/the/DET/DT/8/det", "an/an/DET/DT/8/det"),
    # "The mayor said they were not alarmed by the order."
    "The/the/DET/DT/1/det mayor/mayor/NOUN/NN/2/nsubj said/say/VERB/VBD/2/ROOT "
    "they/they/PRON/PRP/4/nsubj were/be/AUX/VBD/2/ccomp not/not/PART/RB/4/neg "
    "alarmed/alarmed/ADJ/JJ/4/acomp by/by/ADP/IN/6/agent the/the/DET/DT/9/det "
    "order/order/NOUN/NN/7/pobj ././PUNCT/./2/punct",
    # "The mayor said they would be alarmed by the order.": a feeling on a condition
    "The/the/DET/DT/1/det mayor/mayor/NOUN/NN/2/nsubj said/say/VERB/VBD/2/ROOT "
    "they/they/PRON/PRP/5/nsubj would/would/AUX/MD/5/aux be/be/AUX/VB/2/ccomp "
    "alarmed/alarmed/ADJ/JJ/5/acomp by/by/ADP/IN/6/agent the/the/DET/DT/9/det "
    "order/order/NOUN/NN/7/pobj ././PUNCT/./2/punct",
    # "The envoy said she was worried that the minister will act without a vote."
    "The/the/DET/DT/1/det envoy/envoy/NOUN/NN/2/nsubj said/say/VERB/VBD/2/ROOT "
    "she/she/PRON/PRP/4/nsubj was/be/AUX/VBD/2/ccomp worried/worried/ADJ/JJ/4/acomp "
    "that/that/SCONJ/IN/10/mark the/the/DET/DT/8/det minister/minister/NOUN/NN/10/nsubj "
    "will/will/AUX/MD/10/aux act/act/VERB/VB/5/ccomp without/without/ADP/IN/10/prep "
    "a/a/DET/DT/13/det vote/vote/NOUN/NN/11/pobj ././PUNCT/./2/punct",
    # "The mayor said they were alarmed by the next order.": no act known yet
    "The/the/DET/DT/1/det mayor/mayor/NOUN/NN/2/nsubj said/say/VERB/VBD/2/ROOT "
    "they/they/PRON/PRP/4/nsubj were/be/AUX/VBD/2/ccomp alarmed/alarmed/ADJ/JJ/4/acomp "
    "by/by/ADP/IN/5/agent the/the/DET/DT/9/det next/next/ADJ/JJ/9/amod "
    "order/order/NOUN/NN/6/pobj ././PUNCT/./2/punct",
    # "The mayor said residents were alarmed by the order.": others' feeling, told
    CONCERNED_BY_DECISION.replace("he/he/PRON/PRP", "residents/resident/NOUN/NNS"),
])
def test_worry_about_a_thing_or_what_may_come_is_no_act(spec):
    doc = make_doc(spec)
    got = said_act(doc, doc[2])
    assert got is None or got.coding.type != "ACCUSE"


def test_a_quotations_editorial_brackets_keep_the_speakers_pronoun():
    # "[W]e are alarmed by the order of the council," the mayor said.  (the parser's
    # one word "[W]e")
    doc = make_doc("[W]e/[W]e/PROPN/NNP/1/nsubj are/be/AUX/VBP/9/ccomp "
                   "alarmed/alarmed/ADJ/JJ/1/acomp by/by/ADP/IN/2/agent "
                   "the/the/DET/DT/5/det order/order/NOUN/NN/3/pobj "
                   "of/of/ADP/IN/5/prep the/the/DET/DT/8/det council/council/NOUN/NN/6/pobj "
                   "said/say/VERB/VBD/9/ROOT ././PUNCT/./9/punct")
    got = said_act(doc, doc[9])
    assert got is not None and (got.coding.type, got.coding.cameo) == ("ACCUSE", "111")


# fixJ: what befalls a country, or another's feeling, is no disapproval of an act.
# "The envoy said she was worried that the country had slid into a slump."
def _worried_that(verb_rows: str) -> str:
    return ("The/the/DET/DT/1/det envoy/envoy/NOUN/NN/2/nsubj said/say/VERB/VBD/2/ROOT "
            "she/she/PRON/PRP/4/nsubj was/be/AUX/VBD/2/ccomp worried/worried/ADJ/JJ/4/acomp "
            "that/that/SCONJ/IN/9/mark Norway/Norway/PROPN/NNP/9/nsubj "
            "had/have/AUX/VBD/9/aux " + verb_rows + " ././PUNCT/./2/punct")


@pytest.mark.parametrize("spec", [
    # "... worried that Norway had fallen into a slump." (no object: it befell Norway)
    _worried_that("fallen/fall/VERB/VBN/5/ccomp into/into/ADP/IN/9/prep "
                  "a/a/DET/DT/12/det slump/slump/NOUN/NN/10/pobj"),
    # "... worried that Norway had lost its buyers." (an experiencer's verb)
    _worried_that("lost/lose/VERB/VBN/5/ccomp its/its/PRON/PRP$/11/poss "
                  "buyers/buyer/NOUN/NNS/9/dobj"),
    # "... worried that Norway had waited." (no deed on anyone)
    _worried_that("waited/wait/VERB/VBN/5/ccomp"),
])
def test_worry_about_what_befell_someone_is_no_accusation(spec):
    doc = with_names(make_doc(spec), "Norway")
    got = said_act(doc, doc[2])
    assert got is None or got.coding.type != "ACCUSE"


def test_worry_about_a_deed_on_an_object_still_disapproves():
    # "... worried that Norway had shut its office."
    doc = with_names(make_doc(_worried_that("shut/shut/VERB/VBN/5/ccomp its/its/PRON/PRP$/11/poss "
                                 "office/office/NOUN/NN/9/dobj")), "Norway")
    got = said_act(doc, doc[2])
    assert got is not None and got.coding.type == "ACCUSE" and got.target.text == "Norway"


@pytest.mark.parametrize("spec", [
    # '"They are alarmed by the order of the council," the mayor said.'
    "They/they/PRON/PRP/1/nsubj are/be/AUX/VBP/9/ccomp alarmed/alarmed/ADJ/JJ/1/acomp "
    "by/by/ADP/IN/2/agent the/the/DET/DT/5/det order/order/NOUN/NN/3/pobj "
    "of/of/ADP/IN/5/prep the/the/DET/DT/8/det council/council/NOUN/NN/6/pobj "
    "said/say/VERB/VBD/9/ROOT ././PUNCT/./9/punct",
    # '"He is alarmed by the order of the council," the mayor said.'
    "He/he/PRON/PRP/1/nsubj is/be/AUX/VBZ/9/ccomp alarmed/alarmed/ADJ/JJ/1/acomp "
    "by/by/ADP/IN/2/agent the/the/DET/DT/5/det order/order/NOUN/NN/3/pobj "
    "of/of/ADP/IN/5/prep the/the/DET/DT/8/det council/council/NOUN/NN/6/pobj "
    "said/say/VERB/VBD/9/ROOT ././PUNCT/./9/punct",
    # "The mayor said they were alarmed by the order of the council."
    CONCERNED_BY_DECISION.replace("he/he/PRON/PRP/4/nsubj was/be/AUX/VBD",
                                  "they/they/PRON/PRP/4/nsubj were/be/AUX/VBD"),
])
def test_anothers_feeling_the_speaker_tells_is_no_accusation(spec):
    doc = make_doc(spec)
    say = next(t for t in doc if t.lower_ == "said")
    got = said_act(doc, say)
    assert got is None or got.coding.type != "ACCUSE"


def test_concern_about_an_act_with_no_doer_accuses_no_one():
    # '"We were alarmed by the raid on the office," the mayor said.'
    doc = make_doc("We/we/PRON/PRP/1/nsubj were/be/AUX/VBD/9/ccomp alarmed/alarmed/ADJ/JJ/1/acomp "
                   "by/by/ADP/IN/2/agent the/the/DET/DT/5/det raid/raid/NOUN/NN/3/pobj "
                   "on/on/ADP/IN/5/prep the/the/DET/DT/8/det office/office/NOUN/NN/6/pobj "
                   "said/say/VERB/VBD/9/ROOT ././PUNCT/./9/punct")
    got = said_act(doc, doc[9])
    assert got is None or got.coding.type != "ACCUSE"


def test_a_body_a_nationality_marks_is_the_doer_of_the_act():
    # '"We are alarmed by the order of the Dutch army," the mayor said.'
    doc = make_doc("We/we/PRON/PRP/1/nsubj are/be/AUX/VBP/10/ccomp alarmed/alarmed/ADJ/JJ/1/acomp "
                   "by/by/ADP/IN/2/agent the/the/DET/DT/5/det order/order/NOUN/NN/3/pobj "
                   "of/of/ADP/IN/5/prep the/the/DET/DT/9/det Dutch/Dutch/ADJ/JJ/9/amod "
                   "army/army/NOUN/NN/6/pobj said/say/VERB/VBD/10/ROOT ././PUNCT/./10/punct")
    doc = with_names(doc, "Dutch", label="NORP")
    got = said_act(doc, doc[10])
    assert got is not None and got.coding.type == "ACCUSE" and got.target.text == "army"
