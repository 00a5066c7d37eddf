"""A stand taken on a proposition is an opinion, no event (nonev41, events.senses): a verb
whose only object is a listed proposition noun told by its own "that" clause ("dismissed
the notion that ...", "balked at the idea that ...", "defended his belief that ...").
Judged no event in three blind tests (1205147, 1205301, 1206511). Controls keep a claim
owned by a named party, a proposal ("the idea of a ceasefire"), a denial about the one
who makes it, a court's ruling, and real acts (an arrest, an indictment, an attack, aid, a request, an
endorsement) told beside such a noun. Every sentence is made up; the real parse is read
(slow)."""

from __future__ import annotations

import pytest

from made_up import events_of

pytestmark = pytest.mark.slow


def _typed(pipe, text: str, word: str) -> list[str]:
    return [ev.type for ev in events_of(pipe, text) if ev.trigger and ev.trigger.text == word]


NOT_THIS = [
    ("The senator dismissed the notion that the caucus was drifting away from farm towns.",
     "dismissed"),
    ("The governor keeps balking at the idea that voters want a levy on diesel.",
     "balking"),
    ("On trade, the minister defended his belief that the duties would lift grain growers "
     "eventually.", "defended"),
    ("The mayor rejected the idea that the city had ignored the warnings.", "rejected"),
    ("The premier pushed back on the theory that troops would quit the valley by spring.",
     "pushed"),
    ("The senator has been opposed to the view that detainees be shipped overseas.",
     "opposed"),
    # a pronoun in the clause that cannot be the ones taking the stand
    ("Smith and Jones dismissed the idea that she had misled them.", "dismissed"),
]


@pytest.mark.parametrize("text,word", NOT_THIS)
def test_a_stand_on_a_proposition_is_no_event(pipe, text, word):
    assert _typed(pipe, text, word) == []


KEPT = [
    # a claim owned by a named party: an answer to that party
    ("The senator dismissed the governor's claim that her caucus was drifting away from "
     "farm towns.", "dismissed", "REJECT"),
    # a proposal, no "that" clause
    ("The minister rejected the idea of a ceasefire with the rebels.", "rejected", "REJECT"),
    ("The senator dismissed the proposal from the governor.", "dismissed", "REJECT"),
    ("The chancellor rejected the French demand that Germany pay more.", "rejected", "REJECT"),
    # a denial about the one who makes it
    ("The minister rejected the notion that his remarks had offended the neighbours.",
     "rejected", "REJECT"),
    # a court's or judges' stand on a proposition: a ruling
    ("The judges on the panel rejected the idea that county clerks may skip the statute.",
     "rejected", "REJECT"),
    ("An appeals court ruled on Friday, accepting the view that the ban was lawful.",
     "accepting", "AGREE"),
    # real acts beside a proposition noun
    ("The police arrested the man who spread the idea that the vote was rigged.",
     "arrested", "COERCE"),
    ("Prosecutors, who reject the idea that the fraud was small, indicted the former aide "
     "on Tuesday.", "indicted", "ACCUSE"),
    ("Rebels attacked the base to test the theory that the army was weak.", "attacked",
     "ASSAULT"),
    ("The ministry sent food aid to the region after rejecting the notion that the famine "
     "was over.", "aid", "AID"),
    ("The senator asked the agency to test the theory that the leak came from abroad.",
     "asked", "REQUEST"),
    ("The governor endorsed the mayor, who shares her belief that taxes should fall.",
     "endorsed", "SUPPORT"),
]


@pytest.mark.parametrize("text,word,typ", KEPT)
def test_acts_and_answers_stay(pipe, text, word, typ):
    assert typ in _typed(pipe, text, word)
