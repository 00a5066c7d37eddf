"""Key events with no record of their type (issue 11, keytype2 of stop 35): a wrongdoer's
name put on a named party ("called X an abuser") condemns it, railing against something
criticises it, and going or taking someone to court brings a suit (said ahead or on a
condition, threatens one). Hand-built parses of sentences made up for the test."""

from __future__ import annotations

import pytest

from newsbrief.events.coding import code_predicate, said_act
from parses import make_doc

# "Lund called the neighbour an abuser of its partners."
# "Lund called the mayor a bully."
CALLED_BULLY = ("Lund/Lund/PROPN/NNP/1/nsubj called/call/VERB/VBD/1/ROOT "
                "the/the/DET/DT/3/det mayor/mayor/NOUN/NN/1/dobj a/a/DET/DT/5/det "
                "bully/bully/NOUN/NN/1/oprd ././PUNCT/./1/punct")


@pytest.mark.parametrize("spec, word", [(CALLED_BULLY, "bully")])
def test_a_wrongdoers_name_condemns_whom_it_names(spec, word):
    doc = make_doc(spec)
    got = said_act(doc, doc[1])
    assert got is not None and (got.coding.type, got.coding.cameo) == ("ACCUSE", "111")
    assert doc.text[got.coding.trigger[0]:got.coding.trigger[1]] == word


def test_a_partners_name_is_no_blame():
    # "Lund called the mayor a partner."
    doc = make_doc(CALLED_BULLY.replace("bully/bully", "partner/partner"))
    assert said_act(doc, doc[1]) is None


# "The senator railed against the plan on Monday."
RAILED_AGAINST = ("The/the/DET/DT/1/det senator/senator/NOUN/NN/2/nsubj "
                  "railed/rail/VERB/VBD/2/ROOT against/against/ADP/IN/2/prep "
                  "the/the/DET/DT/5/det plan/plan/NOUN/NN/3/pobj on/on/ADP/IN/2/prep "
                  "Monday/Monday/PROPN/NNP/6/pobj ././PUNCT/./2/punct")


def test_railing_against_something_criticises_it():
    doc = make_doc(RAILED_AGAINST)
    got = code_predicate(doc, doc[2])
    assert got is not None and (got.type, got.cameo) == ("ACCUSE", "111")


def test_a_rail_line_is_no_criticism():
    # "The city built a rail line."  (the noun: no pattern of the verb)
    doc = make_doc("The/the/DET/DT/1/det city/city/NOUN/NN/2/nsubj built/build/VERB/VBD/2/ROOT "
                   "a/a/DET/DT/5/det rail/rail/NOUN/NN/5/compound line/line/NOUN/NN/2/dobj "
                   "././PUNCT/./2/punct")
    got = code_predicate(doc, doc[4])
    assert got is None or got.type != "ACCUSE"


# "The union went to court on Monday to block the merger."
WENT_TO_COURT_TO_BLOCK = (
    "The/the/DET/DT/1/det union/union/NOUN/NN/2/nsubj went/go/VERB/VBD/2/ROOT "
    "to/to/ADP/IN/2/prep court/court/NOUN/NN/3/pobj on/on/ADP/IN/2/prep "
    "Monday/Monday/PROPN/NNP/5/pobj to/to/PART/TO/8/aux block/block/VERB/VB/2/advcl "
    "the/the/DET/DT/10/det merger/merger/NOUN/NN/8/dobj ././PUNCT/./2/punct")
# "The parties would go to court if the agency acted."
WOULD_GO_TO_COURT_IF = (
    "The/the/DET/DT/1/det parties/party/NOUN/NNS/3/nsubj would/would/AUX/MD/3/aux "
    "go/go/VERB/VB/3/ROOT to/to/ADP/IN/3/prep court/court/NOUN/NN/4/pobj "
    "if/if/SCONJ/IN/9/mark the/the/DET/DT/8/det agency/agency/NOUN/NN/9/nsubj "
    "acted/act/VERB/VBD/3/advcl ././PUNCT/./3/punct")
# "The firm will take the ministry to court."
WILL_TAKE_TO_COURT = (
    "The/the/DET/DT/1/det firm/firm/NOUN/NN/3/nsubj will/will/AUX/MD/3/aux "
    "take/take/VERB/VB/3/ROOT the/the/DET/DT/5/det ministry/ministry/NOUN/NN/3/dobj "
    "to/to/ADP/IN/3/prep court/court/NOUN/NN/6/pobj ././PUNCT/./3/punct")


def test_going_to_court_to_block_something_is_a_lawsuit():
    doc = make_doc(WENT_TO_COURT_TO_BLOCK)
    got = code_predicate(doc, doc[2])
    assert got is not None and (got.type, got.cameo) == ("ACCUSE", "115")


@pytest.mark.parametrize("spec, at", [(WOULD_GO_TO_COURT_IF, 3), (WILL_TAKE_TO_COURT, 3)])
def test_going_to_court_said_ahead_or_on_a_condition_threatens(spec, at):
    doc = make_doc(spec)
    got = code_predicate(doc, doc[at])
    assert got is not None and (got.type, got.cameo) == ("THREATEN", "130")


@pytest.mark.parametrize("spec, at", [
    # "The minister went to court to hear the verdict.": a hearing attended
    ("The/the/DET/DT/1/det minister/minister/NOUN/NN/2/nsubj went/go/VERB/VBD/2/ROOT "
     "to/to/ADP/IN/2/prep court/court/NOUN/NN/3/pobj to/to/PART/TO/6/aux "
     "hear/hear/VERB/VB/2/advcl the/the/DET/DT/8/det verdict/verdict/NOUN/NN/6/dobj "
     "././PUNCT/./2/punct", 2),
    # "The case will go to court.": a thing tried, no one sues
    ("The/the/DET/DT/1/det case/case/NOUN/NN/3/nsubj will/will/AUX/MD/3/aux "
     "go/go/VERB/VB/3/ROOT to/to/ADP/IN/3/prep court/court/NOUN/NN/4/pobj "
     "././PUNCT/./3/punct", 3),
    # "The lawyer went to court on Monday.": no more than a visit told
    ("The/the/DET/DT/1/det lawyer/lawyer/NOUN/NN/2/nsubj went/go/VERB/VBD/2/ROOT "
     "to/to/ADP/IN/2/prep court/court/NOUN/NN/3/pobj on/on/ADP/IN/2/prep "
     "Monday/Monday/PROPN/NNP/5/pobj ././PUNCT/./2/punct", 2),
    # "The players went to the court.": a court of play, determined
    ("The/the/DET/DT/1/det players/player/NOUN/NNS/2/nsubj went/go/VERB/VBD/2/ROOT "
     "to/to/ADP/IN/2/prep the/the/DET/DT/5/det court/court/NOUN/NN/3/pobj "
     "././PUNCT/./2/punct", 2),
])
def test_going_to_court_with_no_suit_is_no_lawsuit(spec, at):
    doc = make_doc(spec)
    got = code_predicate(doc, doc[at])
    assert got is None or got.type not in ("ACCUSE", "THREATEN")


def test_a_bare_court_reached_is_no_recipient():
    from newsbrief.events.arguments import verb_arguments

    doc = make_doc(WENT_TO_COURT_TO_BLOCK)
    args = verb_arguments(doc[2], lambda t: t.lower_ in ("union", "court"))
    assert [t.text for t in args.actor] == ["union"] and not args.recipient


def test_a_court_appealed_to_stays_the_recipient():
    from newsbrief.events.arguments import verb_arguments

    # "The firm appealed to court."
    doc = make_doc("The/the/DET/DT/1/det firm/firm/NOUN/NN/2/nsubj "
                   "appealed/appeal/VERB/VBD/2/ROOT to/to/ADP/IN/2/prep "
                   "court/court/NOUN/NN/3/pobj ././PUNCT/./2/punct")
    args = verb_arguments(doc[2], lambda t: t.lower_ in ("firm", "court"))
    assert [t.text for t in args.recipient] == ["court"]


def test_a_court_taken_as_an_object_is_no_lawsuit():
    # "It took the court ten words."
    doc = make_doc("It/it/PRON/PRP/1/nsubj took/take/VERB/VBD/1/ROOT the/the/DET/DT/3/det "
                   "court/court/NOUN/NN/1/dative ten/ten/NUM/CD/5/nummod "
                   "words/word/NOUN/NNS/1/dobj ././PUNCT/./1/punct")
    got = code_predicate(doc, doc[1])
    assert got is None or got.type != "ACCUSE"


# "Lund said the move was a good thing."
SAID_GOOD_THING = ("Lund/Lund/PROPN/NNP/1/nsubj said/say/VERB/VBD/1/ROOT the/the/DET/DT/3/det "
                   "move/move/NOUN/NN/4/nsubj was/be/AUX/VBD/1/ccomp a/a/DET/DT/7/det "
                   "good/good/ADJ/JJ/7/amod thing/thing/NOUN/NN/4/attr ././PUNCT/./1/punct")
# "Lund said the move was welcome."
SAID_WELCOME = ("Lund/Lund/PROPN/NNP/1/nsubj said/say/VERB/VBD/1/ROOT the/the/DET/DT/3/det "
                "move/move/NOUN/NN/4/nsubj was/be/AUX/VBD/1/ccomp "
                "welcome/welcome/ADJ/JJ/4/acomp ././PUNCT/./1/punct")


@pytest.mark.parametrize("spec, word", [(SAID_GOOD_THING, "thing"), (SAID_WELCOME, "welcome")])
def test_an_act_called_good_is_endorsed(spec, word):
    doc = make_doc(spec)
    got = said_act(doc, doc[1])
    assert got is not None and (got.coding.type, got.coding.cameo) == ("SUPPORT", "051")
    assert doc.text[got.coding.trigger[0]:got.coding.trigger[1]] == word


@pytest.mark.parametrize("spec", [
    # "Lund said the weather was a good thing.": no one's act
    SAID_GOOD_THING.replace("move/move", "weather/weather"),
    # "Lund said the move was a thing.": no verdict
    SAID_GOOD_THING.replace("good/good/ADJ/JJ/7/amod", "big/big/ADJ/JJ/7/amod"),
    # "Lund said the move was not welcome." (negated: no endorsement)
    SAID_WELCOME.replace("was/be/AUX/VBD/1/ccomp welcome",
                         "was/be/AUX/VBD/1/ccomp not/not/PART/RB/4/neg welcome")
    .replace("welcome/welcome/ADJ/JJ/4/acomp", "welcome/welcome/ADJ/JJ/4/acomp")])
def test_no_act_or_no_verdict_is_no_endorsement(spec):
    doc = make_doc(spec)
    assert said_act(doc, doc[1]) is None


@pytest.mark.parametrize("spec", [
    # "Lund said trade wars are good.": acts in general, no one act
    ("Lund/Lund/PROPN/NNP/1/nsubj said/say/VERB/VBD/1/ROOT trade/trade/NOUN/NN/3/compound "
     "wars/war/NOUN/NNS/4/nsubj are/be/AUX/VBP/1/ccomp good/good/ADJ/JJ/4/acomp "
     "././PUNCT/./1/punct"),
    # "Lund said the summit would be good.": an act not held
    ("Lund/Lund/PROPN/NNP/1/nsubj said/say/VERB/VBD/1/ROOT the/the/DET/DT/3/det "
     "summit/summit/NOUN/NN/5/nsubj would/would/AUX/MD/5/aux be/be/AUX/VB/1/ccomp "
     "good/good/ADJ/JJ/5/acomp ././PUNCT/./1/punct"),
    # "Lund said the move is good for its rivals.": its effects judged
    ("Lund/Lund/PROPN/NNP/1/nsubj said/say/VERB/VBD/1/ROOT the/the/DET/DT/3/det "
     "move/move/NOUN/NN/4/nsubj is/be/AUX/VBZ/1/ccomp good/good/ADJ/JJ/4/acomp "
     "for/for/ADP/IN/5/prep its/its/PRON/PRP$/8/poss rivals/rival/NOUN/NNS/6/pobj "
     "././PUNCT/./1/punct"),
])
def test_acts_in_general_to_come_or_judged_by_effect_are_not_endorsed(spec):
    doc = make_doc(spec)
    assert said_act(doc, doc[1]) is None
