"""Judged non-events at the cut of four shapes of language (events.senses), each a
trigger word read in a sense its frame does not give it, with controls that keep their
records:

- "oust" or "unseat" an incumbent ("ousted incumbent Rep. Hale"), or a rival in a vote
  named on the verb ("in the primary"), done by a contestant, is an election won, no
  seizure of power; an army or a general ousting a president stays one, and so does an
  incumbent ousted in a coup, by a named officer or in a passive with no agent;
- one "talk" in the singular given at a place ("during a talk at Yale") or given at all
  ("gave a talk") with no partner is a lecture, no talks; "a talk with the envoy",
  two people joined as those who had "a talk at" a place, and "talks in Vienna" stay
  consultations;
- hostages a verb of getting takes "back" ("we got our hostages back") are captives
  returned, no abduction; hostages taken or got from a bus stay abductions;
- an act that is the object of a verb of memory ("remembered the bombing", "recalled
  meeting him", "commemorate the invasion") is background told beside the news, and
  "recalled" whose objects are all acts remembers them, no envoy recalled; an act told in
  a clause of its own ("recalled that troops attacked"), an ambassador recalled, and
  peacekeepers recalled (a coded noun, but what a withdrawal brings home) stay.

Each positive asserts the trigger gives no record at all; the controls beside it, of the
same words in their own sense, show the parse gives one.

Every sentence is made up; the real parse is read (slow)."""

from __future__ import annotations

import pytest

from made_up import types_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, word", [
    ("In the primary, Democrat Jane Moore ousted incumbent Republican Rep. Tom Hale in the "
     "northern district.", "ousted"),
    ("Republican Jo Park upset Rep. Al Wise and Republican Ben Ruiz ousted incumbent "
     "Democratic Rep. Lee Tan in the south.", "ousted"),
    ("State Senator Ana Cruz ousted Governor Bill Hart in the Democratic primary on Tuesday.",
     "ousted"),
])
def test_incumbent_ousted_at_the_polls_is_no_seizure(pipe, text, word):
    assert types_of(pipe, text, word) == []


@pytest.mark.parametrize("text, word", [
    ("The army ousted President Kara Lind in a coup on Sunday, the state radio said.",
     "ousted"),
    ("General Omar Sadiq ousted President Kara Lind on Sunday and suspended the constitution.",
     "ousted"),
])
def test_president_ousted_by_force_stays_a_seizure(pipe, text, word):
    assert types_of(pipe, text, word) == ["COERCE"]


@pytest.mark.parametrize("text, word", [
    ("The incumbent prime minister was ousted in a coup on Thursday, the national radio "
     "said.", "ousted"),
    ("The incumbent president, Lena Varga, was ousted on Tuesday in an army coup.",
     "ousted"),
    ("Captain Ibrahim Sow ousted the incumbent president in a coup on Saturday.", "ousted"),
])
def test_incumbent_ousted_in_a_coup_stays_a_seizure(pipe, text, word):
    assert types_of(pipe, text, word) == ["COERCE"]


@pytest.mark.parametrize("text, word", [
    ("The incumbent senator was ousted in the Republican primary on Tuesday.", "ousted"),
    ("Challenger Rita Gomez ousted the incumbent mayor in the November election.", "ousted"),
])
def test_incumbent_ousted_in_a_vote_is_no_seizure(pipe, text, word):
    assert types_of(pipe, text, word) == []


@pytest.mark.parametrize("text, word", [
    ("Appeals judge Mary Kell bemoaned the feuding of both parties during a talk at Yale "
     "University on Monday and asked for calmer debate.", "talk"),
    ("Senator Ann Ruiz criticized the tariffs during a talk at the Brookings Institution on "
     "Tuesday.", "talk"),
    ("The former minister gave a talk on the courts to students on Thursday.", "talk"),
])
def test_talk_given_is_a_lecture(pipe, text, word):
    assert types_of(pipe, text, word) == []


@pytest.mark.parametrize("text, word", [
    ("Senator Ann Ruiz criticized the tariffs during a talk with the Mexican envoy on "
     "Tuesday.", "talk"),
    ("The premier held a talk with the Chinese envoy at the palace on Thursday.", "talk"),
    ("The two ministers held talks in Vienna on Thursday about the nuclear deal.", "talks"),
    ("Macron and Scholz had a brief talk at the Paris airport on Monday, aides said.", "talk"),
    ("Putin and Erdogan held a short talk at the Kremlin on Wednesday, officials said.", "talk"),
])
def test_talk_with_a_partner_stays_a_consultation(pipe, text, word):
    assert types_of(pipe, text, word) == ["CONSULT"]


def test_hostages_got_back_are_no_abduction(pipe):
    text = "\"We got our hostages back,\" the president told reporters before the summit."
    assert types_of(pipe, text, "hostages") == []


@pytest.mark.parametrize("text, word", [
    ("Rebels took three aid workers hostage near the border on Monday.", "hostage"),
    ("The gunmen got three hostages from the bus before dawn on Monday.", "hostages"),
])
def test_hostages_taken_stay_an_abduction(pipe, text, word):
    assert types_of(pipe, text, word) == ["ASSAULT"]


@pytest.mark.parametrize("text, word", [
    ("At the dinner, the former envoy remembered the bombing of the embassy by al Qaeda.",
     "bombing"),
    ("The actress recalled meeting the producer Tom Lane in a hotel in Cannes.", "meeting"),
    ("Veterans gathered on Sunday to commemorate the invasion of Normandy by Allied troops.",
     "invasion"),
    ("Speaker after speaker recalled the attacks by militants on the American consulate in "
     "Erbil.", "recalled"),
])
def test_act_remembered_is_background(pipe, text, word):
    assert types_of(pipe, text, word) == []


@pytest.mark.parametrize("text, word, typ", [
    ("The minister recalled that troops attacked the village on Tuesday, killing four "
     "farmers.", "attacked", "ASSAULT"),
    ("Insurgents attacked the American consulate in Erbil on Monday, officials said.",
     "attacked", "ASSAULT"),
    ("The senator recalled the ambassador from Paris on Friday.", "recalled", "SANCTION"),
    ("Chad recalled its peacekeepers on Thursday after a row with the United Nations.",
     "recalled", "SANCTION"),
    ("Their peacekeepers were recalled on Wednesday, the foreign ministry said.", "recalled",
     "SANCTION"),
])
def test_act_told_in_its_own_clause_stays(pipe, text, word, typ):
    assert types_of(pipe, text, word) == [typ]
