"""Standing (asserted/alleged/conditional/future/negated) and attribution, on
hand-built parses: rows are "word lemma POS dep head" (absolute head index)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsbrief.events.modality import (bygone, capacity, cues, denied, described, enabled,
                                       forecast, habitual, hypothetical, made_for, not_done,
                                       pending, planned_occasion, scheduled, standing, undone,
                                       unverified, unwanted)

VOCAB = spacy.blank("en").vocab


def build(rows: list[str]) -> Doc:
    cols = [r.split() for r in rows]
    return Doc(VOCAB, words=[c[0] for c in cols], lemmas=[c[1] for c in cols],
               pos=[c[2] for c in cols], deps=[c[3] for c in cols],
               heads=[int(c[4]) for c in cols])


CASES = [
    # (rows, predicate index, modality, source words)
    (["Rebels rebel NOUN nsubj 1", "attacked attack VERB ROOT 1"], 1, "asserted", []),
    (["Rebels rebel NOUN nsubj 3", "did do AUX aux 3", "not not PART neg 3",
      "attack attack VERB ROOT 3"], 3, "negated", []),
    (["Rebels rebel NOUN nsubj 2", "never never ADV neg 2", "attacked attack VERB ROOT 2"],
     2, "negated", []),
    (["Rebels rebel NOUN nsubj 2", "will will AUX aux 2", "attack attack VERB ROOT 2"],
     2, "future", []),
    (["Rebels rebel NOUN nsubj 1", "plan plan VERB ROOT 1", "to to PART aux 3",
      "attack attack VERB xcomp 1"], 3, "future", []),
    (["Talks talk NOUN nsubjpass 2", "are be AUX auxpass 2", "expected expect VERB ROOT 2",
      "to to PART aux 4", "resume resume VERB xcomp 2"], 4, "future", []),
    (["Rebels rebel NOUN nsubj 2", "reportedly reportedly ADV advmod 2",
      "attacked attack VERB ROOT 2"], 2, "alleged", []),
    (["Police police NOUN nsubj 1", "accused accuse VERB ROOT 1", "rebels rebel NOUN dobj 1",
      "of of ADP prep 1", "attacking attack VERB pcomp 3"], 4, "alleged", ["Police"]),
    (["claims claim NOUN ROOT 0", "that that SCONJ mark 3", "rebels rebel NOUN nsubj 3",
      "attacked attack VERB acl 0"], 3, "alleged", []),
    (["Army army NOUN nsubj 1", "denied deny VERB ROOT 1", "that that SCONJ mark 4",
      "it it PRON nsubj 4", "attacked attack VERB ccomp 1"], 4, "negated", ["Army"]),
    (["Allies ally NOUN nsubj 1", "help help VERB ROOT 1", "if if SCONJ mark 4",
      "one one NUM nsubjpass 4", "attacked attack VERB advcl 1"], 4, "conditional", []),
    (["Allies ally NOUN nsubj 1", "help help VERB ROOT 1", "if if SCONJ mark 4",
      "one one NUM nsubjpass 4", "attacked attack VERB advcl 1"], 1, "conditional", []),
    (["Allies ally NOUN nsubj 1", "help help VERB ROOT 1", "in in ADP prep 1",
      "the the DET det 4", "event event NOUN pobj 2", "of of ADP prep 4",
      "an an DET det 7", "attack attack NOUN pobj 5"], 7, "conditional", []),
    (["Allies ally NOUN nsubj 1", "help help VERB ROOT 1", "in in ADP prep 1",
      "the the DET det 4", "event event NOUN pobj 2", "of of ADP prep 4",
      "an an DET det 7", "attack attack NOUN pobj 5"], 1, "conditional", []),
    (["Rebels rebel NOUN nsubj 1", "attacked attack VERB ccomp 4", ", , PUNCT punct 4",
      "Reuters Reuters PROPN nsubj 4", "reported report VERB ROOT 4"], 1, "asserted",
     ["Reuters"]),
    (["Rebels rebel NOUN nsubj 1", "attacked attack VERB ROOT 1", ", , PUNCT punct 1",
      "according accord VERB prep 1", "to to ADP prep 3", "police police NOUN pobj 4"],
     1, "asserted", ["police"]),
    # Negation of the first verb does not cross "but" to the second.
    (["Rebels rebel NOUN nsubj 3", "did do AUX aux 3", "not not PART neg 3",
      "attack attack VERB ROOT 3", "but but CCONJ cc 3", "retreated retreat VERB conj 3"],
     5, "asserted", []),
    # An event noun marked as claimed.
    (["the the DET det 2", "alleged alleged ADJ amod 2", "killing killing NOUN ROOT 2"],
     2, "alleged", []),
    # (nonev15) An event noun as the subject of "take place" / "happen" is the act its
    # clause tells: denied or claimed with it. The subject of another verb stays closed.
    (["Aide aide NOUN nsubj 1", "denied deny VERB ROOT 1", "that that SCONJ mark 5",
      "a a DET det 4", "meeting meeting NOUN nsubj 5", "took take VERB ccomp 1",
      "place place NOUN dobj 5"], 4, "negated", ["Aide"]),
    # A gerund read as a noun modifier of its own object ("denied meeting officials").
    (["Aide aide NOUN nsubj 1", "denied deny VERB ROOT 1", "meeting meeting NOUN compound 3",
      "officials official NOUN dobj 1"], 2, "negated", ["Aide"]),
    (["Aide aide NOUN nsubj 1", "denied deny VERB ROOT 1", "meeting meeting NOUN compound 3",
      "rooms room NOUN nsubj 4", "exist exist VERB ccomp 1"], 2, "asserted", []),
    (["Army army NOUN nsubj 1", "claimed claim VERB ROOT 1", "that that SCONJ mark 5",
      "an an DET det 4", "attack attack NOUN nsubj 5", "happened happen VERB ccomp 1"],
     4, "alleged", ["Army"]),
    (["Aide aide NOUN nsubj 1", "denied deny VERB ROOT 1", "that that SCONJ mark 5",
      "the the DET det 4", "meeting meeting NOUN nsubj 5", "changed change VERB ccomp 1",
      "plans plan NOUN dobj 5"], 4, "asserted", []),
    # "whether" opens a question, not a condition.
    (["Panels panel NOUN nsubj 1", "probe probe VERB ROOT 1", "whether whether SCONJ mark 4",
      "aides aide NOUN nsubj 4", "colluded collude VERB advcl 1"], 4, "asserted", []),
    # A plan named by a noun: "a plan for an attack".
    (["a a DET det 1", "plan plan NOUN ROOT 1", "for for ADP prep 1", "an an DET det 4",
      "attack attack NOUN pobj 2"], 4, "future", []),
    # Obligation: not done yet.
    (["Voters voter NOUN nsubj 2", "should should AUX aux 2", "elect elect VERB ROOT 2"],
     2, "future", []),
    (["Voters voter NOUN nsubj 3", "should should AUX aux 3", "have have AUX aux 3",
      "elected elect VERB ROOT 3"], 3, "conditional", []),
    # "without" a verb: the act did not happen.
    (["Troops troop NOUN nsubj 1", "left leave VERB ROOT 1", "without without ADP prep 1",
      "asking ask VERB pcomp 2", "Congress Congress PROPN dobj 3"], 3, "negated", []),
    # A shared future auxiliary does.
    (["Both both DET nsubj 2", "will will AUX aux 2", "sign sign VERB ROOT 2",
      "and and CCONJ cc 2", "ratify ratify VERB conj 2"], 4, "future", []),
    # "tell" both directs and reports: what it tells someone to do is wanted ("The
    # general told the troops to withdraw"), what it tells is reported as with "say"
    # ("The minister told reporters that the army shelled the town", and a plea quoted
    # before "the woman told the court").
    (["General general NOUN nsubj 1", "told tell VERB ROOT 1", "troops troop NOUN dobj 1",
      "to to PART aux 4", "withdraw withdraw VERB xcomp 1"], 4, "future", []),
    (["Minister minister NOUN nsubj 1", "told tell VERB ROOT 1",
      "reporters reporter NOUN dobj 1", "that that SCONJ mark 5", "army army NOUN nsubj 5",
      "shelled shell VERB ccomp 1", "town town NOUN dobj 5"], 5, "asserted", ["Minister"]),
    (["Please please INTJ intj 1", "free free VERB ccomp 5", "my my PRON poss 3",
      "son son NOUN dobj 1", "woman woman NOUN nsubj 5", "told tell VERB ROOT 5",
      "court court NOUN dobj 5"], 1, "asserted", ["woman"]),
    # A refusal named by a noun denies its act as "refuse" does: "their refusal to sign
    # the treaty".
    (["Their their PRON poss 1", "refusal refusal NOUN ROOT 1", "to to PART aux 3",
      "sign sign VERB acl 1", "treaty treaty NOUN dobj 3"], 3, "negated", []),
]


@pytest.mark.parametrize("rows, index, modality, source", CASES)
def test_standing(rows, index, modality, source):
    doc = build(rows)
    got = standing(doc[index])
    assert got.modality == modality
    assert [t.text for t in got.source] == source


def test_cue_file_loads_every_section():
    c = cues()
    assert "accuse" in c.alleged_governors and "will" in c.future_aux
    assert "if" in c.cond_marks and "event" in c.cond_nouns and "say" in c.reporting
    assert not (c.alleged_governors & c.reporting)  # a word either doubts or only reports
    # review12: prec12's lists of acts not done, only weighed, and trips as a time
    assert "nobody" in c.nobody and "evidence" in c.finding_nouns
    assert "mull" in c.weighing and "hope" in c.wishing and "like" in c.would_wish
    assert "petition" in c.made_asks  # (the nouns of chance: modality.THOUGHT_NOUNS)
    assert "depart" in c.travel


def build_tagged(rows: list[str]) -> Doc:
    """Rows "word lemma POS TAG dep head"."""
    cols = [r.split() for r in rows]
    return Doc(VOCAB, words=[c[0] for c in cols], lemmas=[c[1] for c in cols],
               pos=[c[2] for c in cols], tags=[c[3] for c in cols],
               deps=[c[4] for c in cols], heads=[int(c[5]) for c in cols])


NOT_DONE = [
    # (rows, predicate index, the word that says it did not happen, or None)
    # Past and perfect negation: the act did not happen.
    (["Kim Kim PROPN NNP nsubj 3", "did do AUX VBD aux 3", "not not PART RB neg 3",
      "meet meet VERB VB ROOT 3", "Moon Moon PROPN NNP dobj 3"], 3, "not"),
    (["Kim Kim PROPN NNP nsubj 3", "has have AUX VBZ aux 3", "not not PART RB neg 3",
      "signed sign VERB VBN ROOT 3", "it it PRON PRP dobj 3"], 3, "not"),
    (["Kim Kim PROPN NNP nsubj 2", "never never ADV RB neg 2",
      "visited visit VERB VBD ROOT 2", "Seoul Seoul PROPN NNP dobj 2"], 2, "never"),
    # A refusal said with a modal is a decision, an act.
    (["Kim Kim PROPN NNP nsubj 3", "will will AUX MD aux 3", "not not PART RB neg 3",
      "sign sign VERB VB ROOT 3", "it it PRON PRP dobj 3"], 3, None),
    (["Kim Kim PROPN NNP nsubj 3", "would would AUX MD aux 3", "not not PART RB neg 3",
      "accept accept VERB VB ROOT 3", "it it PRON PRP dobj 3"], 3, None),
    # A standing refusal in the present, and "decided not to": left to the standing.
    (["Seoul Seoul PROPN NNP nsubj 3", "does do AUX VBZ aux 3", "not not PART RB neg 3",
      "recognize recognize VERB VB ROOT 3", "it it PRON PRP dobj 3"], 3, None),
    (["Kim Kim PROPN NNP nsubj 1", "decided decide VERB VBD ROOT 1", "not not PART RB neg 4",
      "to to PART TO aux 4", "meet meet VERB VB xcomp 1"], 4, None),
    # "did not accept it until Friday": accepted on Friday.
    (["Kim Kim PROPN NNP nsubj 3", "did do AUX VBD aux 3", "not not PART RB neg 3",
      "accept accept VERB VB ROOT 3", "it it PRON PRP dobj 3", "until until ADP IN prep 3",
      "Friday Friday PROPN NNP pobj 5"], 3, None),
    # An event noun with "no", and an act under "without".
    (["There there PRON EX expl 1", "were be VERB VBD ROOT 1", "no no DET DT det 3",
      "talks talk NOUN NNS attr 1"], 3, "no"),
    (["Troops troop NOUN NNS nsubj 1", "left leave VERB VBD ROOT 1",
      "without without ADP IN prep 1", "asking ask VERB VBG pcomp 2",
      "Congress Congress PROPN NNP dobj 3"], 3, "without"),
    # Asserted acts.
    (["Kim Kim PROPN NNP nsubj 1", "met meet VERB VBD ROOT 1", "Moon Moon PROPN NNP dobj 1"],
     1, None),
    (["Troops troop NOUN NNS nsubj 1", "left leave VERB VBD ROOT 1",
      "after after ADP IN prep 1", "asking ask VERB VBG pcomp 2",
      "Congress Congress PROPN NNP dobj 3"], 3, None),
]


@pytest.mark.parametrize("rows, index, word", NOT_DONE)
def test_not_done(rows, index, word):
    assert not_done(build_tagged(rows)[index]) == word


SCHEDULED = [
    # (rows, predicate index, the word that puts the act on a timetable, or None)
    (["Talks talk NOUN NNS nsubjpass 2", "are be AUX VBP auxpass 2",
      "scheduled schedule VERB VBN ROOT 2", "to to PART TO aux 4", "resume resume VERB VB xcomp 2",
      "Monday Monday PROPN NNP npadvmod 4"], 4, "scheduled"),
    (["Senators senator NOUN NNS nsubjpass 2", "are be AUX VBP auxpass 2",
      "expected expect VERB VBN ROOT 2", "to to PART TO aux 4", "reject reject VERB VB xcomp 2",
      "it it PRON PRP dobj 4"], 4, "expected"),
    (["Envoys envoy NOUN NNS nsubjpass 2", "are be AUX VBP auxpass 2", "set set VERB VBN ROOT 2",
      "to to PART TO aux 4", "meet meet VERB VB xcomp 2"], 4, "set"),
    # Wanting, deciding and agreeing are left to the standing; an act done is asserted.
    (["Envoys envoy NOUN NNS nsubj 1", "agreed agree VERB VBD ROOT 1",
      "to to PART TO aux 3", "meet meet VERB VB xcomp 1"], 3, None),
    (["Envoys envoy NOUN NNS nsubj 1", "met meet VERB VBD ROOT 1",
      "Friday Friday PROPN NNP npadvmod 1"], 1, None),
    # "was not expected to": left alone.
    (["Kim Kim PROPN NNP nsubjpass 3", "was be AUX VBD auxpass 3", "not not PART RB neg 3",
      "expected expect VERB VBN ROOT 3", "to to PART TO aux 5", "resign resign VERB VB xcomp 3"],
     5, None),
]


@pytest.mark.parametrize("rows, index, word", SCHEDULED)
def test_scheduled(rows, index, word):
    assert scheduled(build_tagged(rows)[index]) == word


CAPACITY = [
    # (rows, predicate index, the noun of a right or power over it, or None)
    (["Chile Chile PROPN NNP nsubj 1", "has have VERB VBZ ROOT 1", "the the DET DT det 3",
      "right right NOUN NN dobj 1", "to to PART TO aux 5", "defend defend VERB VB acl 3",
      "its its PRON PRP$ poss 7", "airspace airspace NOUN NN dobj 5"], 5, "right"),
    (["The the DET DT det 1", "law law NOUN NN nsubj 2", "gives give VERB VBZ ROOT 2",
      "courts court NOUN NNS dative 2", "the the DET DT det 5", "power power NOUN NN dobj 2",
      "to to PART TO aux 7", "arrest arrest VERB VB acl 5", "envoys envoy NOUN NNS dobj 7"],
     7, "power"),
    # A power given by a verb: "a law authorizing the army to arm rebels".
    (["a a DET DT det 1", "law law NOUN NN ROOT 1", "authorizing authorize VERB VBG acl 1",
      "the the DET DT det 4", "army army NOUN NN dobj 2", "to to PART TO aux 6",
      "arm arm VERB VB xcomp 2", "rebels rebel NOUN NNS dobj 6"], 6, "authorizing"),
    # A plan or a decision to act is left to the standing; an act done is no capacity.
    (["Chile Chile PROPN NNP nsubj 1", "announced announce VERB VBD ROOT 1",
      "a a DET DT det 3", "decision decision NOUN NN dobj 1", "to to PART TO aux 5",
      "withdraw withdraw VERB VB acl 3", "troops troop NOUN NNS dobj 5"], 5, None),
    (["Chile Chile PROPN NNP nsubj 1", "defended defend VERB VBD ROOT 1",
      "its its PRON PRP$ poss 3", "right right NOUN NN dobj 1"], 1, None),
    # (nonev18) "is not in a position to summon the envoy": a capacity denied, no act.
    (["Aide aide NOUN NN nsubj 1", "is be AUX VBZ ROOT 1", "not not PART RB neg 1",
      "in in ADP IN prep 1", "a a DET DT det 5", "position position NOUN NN pobj 3",
      "to to PART TO aux 7", "summon summon VERB VB relcl 5", "the the DET DT det 9",
      "envoy envoy NOUN NN dobj 7"], 7, "position"),
]


@pytest.mark.parametrize("rows, index, word", CAPACITY)
def test_capacity(rows, index, word):
    assert capacity(build_tagged(rows)[index]) == word


ENABLED = [
    # (rows, predicate index, the word of an amount enough for the act, or None)
    # (nonev18) "Prosecutors collected enough proof to indict six officers": the indicting
    # is made possible, not told as done.
    (["Prosecutors prosecutor NOUN NNS nsubj 1", "collected collect VERB VBD ROOT 1",
      "enough enough ADJ JJ amod 3", "proof proof NOUN NN dobj 1",
      "to to PART TO aux 5", "indict indict VERB VB acl 3", "six six NUM CD nummod 7",
      "officers officer NOUN NNS dobj 5"], 5, "enough"),
    (["Rebels rebel NOUN NNS nsubj 1", "have have VERB VBP ROOT 1",
      "sufficient sufficient ADJ JJ amod 3", "arms arm NOUN NNS dobj 1",
      "to to PART TO aux 5", "attack attack VERB VB acl 3"], 5, "sufficient"),
    # No amount: a plan told ("proof to indict" alone is left to the standing), and an
    # act done beside the amount ("collected enough proof and indicted them").
    (["Prosecutors prosecutor NOUN NNS nsubj 1", "collected collect VERB VBD ROOT 1",
      "proof proof NOUN NN dobj 1", "to to PART TO aux 4",
      "indict indict VERB VB acl 2"], 4, None),
    (["Prosecutors prosecutor NOUN NNS nsubj 1", "collected collect VERB VBD ROOT 1",
      "enough enough ADJ JJ amod 3", "proof proof NOUN NN dobj 1",
      "and and CCONJ CC cc 1", "indicted indict VERB VBD conj 1", "them they PRON PRP dobj 5"],
     5, None),
]


@pytest.mark.parametrize("rows, index, word", ENABLED)
def test_enabled(rows, index, word):
    assert enabled(build_tagged(rows)[index]) == word


HYPOTHETICAL = [
    # (rows, predicate index, modality, type, only supposed?)
    # "may urge": a possibility, nothing done.
    (["Officials official NOUN NNS nsubj 2", "may may AUX MD aux 2", "urge urge VERB VB ROOT 2",
      "voters voter NOUN NNS dobj 2"], 2, "conditional", "REQUEST", True),
    # An act inside a condition: "if the envoys agreed".
    (["Aid aid NOUN NN nsubjpass 2", "would would AUX MD aux 2", "flow flow VERB VB ROOT 2",
      "if if SCONJ IN mark 5", "envoys envoy NOUN NNS nsubj 5", "agreed agree VERB VBD advcl 2"],
     5, "conditional", "AGREE", True),
    # A commitment on a condition of its own: "would veto it if it passed".
    (["Kim Kim PROPN NNP nsubj 2", "would would AUX MD aux 2", "veto veto VERB VB ROOT 2",
      "it it PRON PRP dobj 2", "if if SCONJ IN mark 6", "it it PRON PRP nsubj 6",
      "passed pass VERB VBD advcl 2"], 2, "conditional", "REJECT", False),
    # A commitment with a condition phrase of its own: "to provide aid in the event of an
    # attack" (a treaty's term; the seed brief's mutual-defence clause).
    (["Pact pact NOUN NN nsubj 1", "commits commit VERB VBZ ROOT 1",
      "them they PRON PRP dobj 1", "to to PART TO aux 4", "provide provide VERB VB xcomp 1",
      "aid aid NOUN NN dobj 4", "in in ADP IN prep 4", "the the DET DT det 8",
      "event event NOUN NN pobj 6", "of of ADP IN prep 8", "an an DET DT det 11",
      "attack attack NOUN NN pobj 9"], 4, "conditional", "AID", False),
    # A conditional threat is a threat made.
    (["Kim Kim PROPN NNP nsubj 2", "could could AUX MD aux 2", "strike strike VERB VB ROOT 2"],
     2, "conditional", "THREATEN", False),
    # "may have taken a hostage": reported as possibly done.
    (["A a DET DT det 1", "gunman gunman NOUN NN nsubj 4", "may may AUX MD aux 4",
      "have have AUX VB aux 4", "taken take VERB VBN ROOT 4", "a a DET DT det 6",
      "hostage hostage NOUN NN dobj 4"], 4, "conditional", "ASSAULT", False),
    (["Kim Kim PROPN NNP nsubj 1", "fired fire VERB VBD ROOT 1", "Lee Lee PROPN NNP dobj 1"],
     1, "asserted", "COERCE", False),
]


@pytest.mark.parametrize("rows, index, modality, typ, supposed", HYPOTHETICAL)
def test_hypothetical(rows, index, modality, typ, supposed):
    assert hypothetical(build_tagged(rows)[index], modality, typ) is supposed


@pytest.mark.parametrize("rows, index, word", [
    (["the the DET DT det 2", "upcoming upcoming ADJ JJ amod 2", "visit visit NOUN NN ROOT 2"],
     2, "upcoming"),
    (["an an DET DT det 2", "impending impending ADJ JJ amod 2", "trial trial NOUN NN ROOT 2"],
     2, "impending"),
    # A past or a plain event noun is no pending act.
    (["the the DET DT det 2", "recent recent ADJ JJ amod 2", "visit visit NOUN NN ROOT 2"],
     2, None),
    (["Kim Kim PROPN NNP nsubj 1", "visited visit VERB VBD ROOT 1", "Seoul Seoul PROPN NNP dobj 1"],
     1, None),
])
def test_pending(rows, index, word):
    assert pending(build_tagged(rows)[index]) == word


HABITUAL = [
    # (rows, predicate index, the word that makes the act a habit, or None)
    (["Ankara Ankara PROPN NNP nsubj 2", "often often ADV RB advmod 2",
      "criticized criticize VERB VBD ROOT 2", "Vienna Vienna PROPN NNP dobj 2"], 2, "often"),
    (["Oslo Oslo PROPN NNP nsubj 3", "has have AUX VBZ aux 3",
      "repeatedly repeatedly ADV RB advmod 3", "urged urge VERB VBN ROOT 3",
      "Rome Rome PROPN NNP dobj 3", "to to PART TO aux 6", "act act VERB VB xcomp 3"],
     3, "repeatedly"),
    # "repeatedly" in a simple past, or in a perfect infinitive, tells one occasion.
    (["Oslo Oslo PROPN NNP nsubj 2", "repeatedly repeatedly ADV RB advmod 2",
      "urged urge VERB VBD ROOT 2", "Rome Rome PROPN NNP dobj 2", "during during ADP IN prep 2",
      "the the DET DT det 6", "call call NOUN NN pobj 4"], 2, None),
    (["Oslo Oslo PROPN NNP nsubjpass 2", "is be AUX VBZ auxpass 2", "said say VERB VBN ROOT 2",
      "to to PART TO aux 6", "have have AUX VB aux 6", "repeatedly repeatedly ADV RB advmod 6",
      "urged urge VERB VBN xcomp 2", "Rome Rome PROPN NNP dobj 6"], 6, None),
    # A standing denial stays the accused's answer.
    (["Oslo Oslo PROPN NNP nsubj 3", "has have AUX VBZ aux 3", "always always ADV RB advmod 3",
      "denied deny VERB VBN ROOT 3", "the the DET DT det 5", "charges charge NOUN NNS dobj 3"],
     3, None),
    (["Lima Lima PROPN NNP nsubj 2", "has have AUX VBZ aux 2", "sought seek VERB VBN ROOT 2",
      "the the DET DT det 4", "files file NOUN NNS dobj 2", "for for ADP IN prep 2",
      "years year NOUN NNS pobj 5"], 2, "for years"),
    (["Lima Lima PROPN NNP nsubj 2", "has have AUX VBZ aux 2", "sought seek VERB VBN ROOT 2",
      "the the DET DT det 4", "files file NOUN NNS dobj 2", "for for ADP IN prep 2",
      "three three NUM CD nummod 7", "years year NOUN NNS pobj 5"], 2, None),
    # An event noun shares its verb's habit, not a noun's inside another noun.
    (["Lima Lima PROPN NNP nsubj 2", "often often ADV RB advmod 2", "called call VERB VBD ROOT 2",
      "for for ADP IN prep 2", "his his PRON PRP$ poss 5", "release release NOUN NN pobj 3"],
     5, "often"),
    (["Lima Lima PROPN NNP nsubj 2", "often often ADV RB advmod 2",
      "cited cite VERB VBD ROOT 2", "the the DET DT det 4", "record record NOUN NN dobj 2",
      "of of ADP IN prep 4", "the the DET DT det 7", "talks talk NOUN NNS pobj 5"], 7, None),
    # "at times" is as often moments of one hearing ("at times berated the witness").
    (["Kim Kim PROPN NNP nsubj 3", "at at ADP IN prep 3", "times time NOUN NNS pobj 1",
      "berated berate VERB VBD ROOT 3", "the the DET DT det 5", "witness witness NOUN NN dobj 3"],
     3, None),
    # An act that sets the time of a trend is one act ("deepened ties since the invasion").
    (["Ties tie NOUN NNS nsubj 3", "have have AUX VBP aux 3",
      "increasingly increasingly ADV RB advmod 3", "deepened deepen VERB VBN ROOT 3",
      "since since ADP IN prep 3", "the the DET DT det 6", "invasion invasion NOUN NN pobj 4"],
     6, None),
    # The habit of a verb the act completes ("always tried to block").
    (["Kim Kim PROPN NNP nsubj 2", "always always ADV RB advmod 2", "tried try VERB VBD ROOT 2",
      "to to PART TO aux 4", "block block VERB VB xcomp 2", "the the DET DT det 6",
      "vote vote NOUN NN dobj 4"], 4, "always"),
    # (nonev15) A stance held for years: "has/had long <verb>"; "repeatedly" after the
    # verb of a present perfect; not a stretch of the news told with its time, nor a
    # simple past with "long" ("long opposed it but signed it").
    (["Party party NOUN NN nsubj 3", "has have AUX VBZ aux 3", "long long ADV RB advmod 3",
      "opposed oppose VERB VBN ROOT 3", "the the DET DT det 5", "treaty treaty NOUN NN dobj 3"],
     3, "has long"),
    (["Party party NOUN NN nsubj 3", "had have AUX VBD aux 3", "long long ADV RB advmod 3",
      "sought seek VERB VBN ROOT 3", "a a DET DT det 5", "vote vote NOUN NN dobj 3"],
     5, "has long"),
    (["Party party NOUN NN nsubj 2", "long long ADV RB advmod 2",
      "opposed oppose VERB VBD ROOT 2", "the the DET DT det 4", "treaty treaty NOUN NN dobj 2"],
     2, None),
    (["Aides aide NOUN NNS nsubj 6", "as as ADV RB advmod 2", "long long ADV RB advmod 6",
      "as as SCONJ IN mark 4", "ago ago ADV RB advcl 2", "had have AUX VBD aux 6",
      "warned warn VERB VBN ROOT 6", "him he PRON PRP dobj 6"], 6, None),
    (["Mayor mayor NOUN NN nsubj 2", "has have AUX VBZ aux 2",
      "voiced voice VERB VBN ROOT 2", "doubts doubt NOUN NNS dobj 2",
      "repeatedly repeatedly ADV RB advmod 2"], 2, "repeatedly"),
    # (nonev16) A refusal held over time stands until withdrawn: no habit ("have long
    # refused any truce", "has always rejected the offer"); a stance is one.
    (["Rebels rebel NOUN NNS nsubj 3", "have have AUX VBP aux 3", "long long ADV RB advmod 3",
      "refused refuse VERB VBN ROOT 3", "any any DET DT det 5",
      "truce truce NOUN NN dobj 3"], 3, None),
    (["Party party NOUN NN nsubj 3", "has have AUX VBZ aux 3", "always always ADV RB advmod 3",
      "rejected reject VERB VBN ROOT 3", "the the DET DT det 5", "offer offer NOUN NN dobj 3"],
     3, None),
    (["Party party NOUN NN nsubj 3", "has have AUX VBZ aux 3", "long long ADV RB advmod 3",
      "resisted resist VERB VBN ROOT 3", "the the DET DT det 5", "offer offer NOUN NN dobj 3"],
     3, "has long"),
    # "generally" as "mostly", and a plain act.
    (["Lawmakers lawmaker NOUN NNS nsubj 2", "generally generally ADV RB advmod 2",
      "praised praise VERB VBD ROOT 2", "the the DET DT det 4", "report report NOUN NN dobj 2"],
     2, None),
    (["Kim Kim PROPN NNP nsubj 1", "met meet VERB VBD ROOT 1", "Moon Moon PROPN NNP dobj 1"],
     1, None),
]


@pytest.mark.parametrize("rows, index, word", HABITUAL)
def test_habitual(rows, index, word):
    assert habitual(build_tagged(rows)[index]) == word


def build_ents(rows: list[str]) -> Doc:
    """Rows "word lemma POS TAG dep head [ENT]"."""
    cols = [r.split() for r in rows]
    return Doc(VOCAB, words=[c[0] for c in cols], lemmas=[c[1] for c in cols],
               pos=[c[2] for c in cols], tags=[c[3] for c in cols],
               deps=[c[4] for c in cols], heads=[int(c[5]) for c in cols],
               ents=[f"B-{c[6]}" if len(c) > 6 else "O" for c in cols])


DESCRIBED = [
    # (rows, predicate index, the verb that only describes someone, or None)
    (["a a DET DT det 1", "senator senator NOUN NN ROOT 1", "who who PRON WP nsubj 3",
      "opposes oppose VERB VBZ relcl 1", "the the DET DT det 5", "bill bill NOUN NN dobj 3"],
     3, "opposes"),
    (["farmers farmer NOUN NNS ROOT 0", "who who PRON WP nsubj 2",
      "accuse accuse VERB VBP relcl 0", "the the DET DT det 4", "ministry ministry NOUN NN dobj 2"],
     2, "accuse"),
    # Placed in time, a denial, a past, or a thing's clause: left alone.
    (["the the DET DT det 1", "envoy envoy NOUN NN ROOT 1", "who who PRON WP nsubj 3",
      "meets meet VERB VBZ relcl 1", "the the DET DT det 5", "mayor mayor NOUN NN dobj 3",
      "today today NOUN NN npadvmod 3 DATE"], 3, None),
    (["the the DET DT det 1", "envoy envoy NOUN NN ROOT 1", "who who PRON WP nsubj 3",
      "denies deny VERB VBZ relcl 1", "the the DET DT det 5", "charges charge NOUN NNS dobj 3"],
     3, None),
    (["a a DET DT det 1", "senator senator NOUN NN ROOT 1", "who who PRON WP nsubj 3",
      "opposed oppose VERB VBD relcl 1", "the the DET DT det 5", "bill bill NOUN NN dobj 3"],
     3, None),
    (["a a DET DT det 1", "ruling ruling NOUN NN ROOT 1", "that that PRON WDT nsubj 3",
      "blocks block VERB VBZ relcl 1", "the the DET DT det 5", "rule rule NOUN NN dobj 3"],
     3, None),
]


@pytest.mark.parametrize("rows, index, word", DESCRIBED)
def test_described(rows, index, word):
    assert described(build_ents(rows)[index]) == word


BYGONE = [
    # (rows, predicate index, the adverb that sets the act in the doer's past, or None)
    (["Rossi Rossi PROPN NNP nsubj 2", "once once ADV RB advmod 2",
      "championed champion VERB VBD ROOT 2", "the the DET DT det 4", "levy levy NOUN NN dobj 2"],
     2, "once"),
    (["Rossi Rossi PROPN NNP nsubj 2", "formerly formerly ADV RB advmod 2",
      "chaired chair VERB VBD ROOT 2", "the the DET DT det 4", "panel panel NOUN NN dobj 2"],
     2, "formerly"),
    # "once" before the subject is a conjunction; "once again" tells the act anew.
    (["Talks talk NOUN NNS nsubj 1", "stalled stall VERB VBD ROOT 1", "once once ADV RB advmod 4",
      "Oslo Oslo PROPN NNP nsubj 4", "annexed annex VERB VBD advcl 1",
      "the the DET DT det 6", "isles isle NOUN NNS dobj 4"], 4, None),
    (["Rossi Rossi PROPN NNP nsubj 3", "once once ADV RB advmod 3", "again again ADV RB advmod 1",
      "criticized criticize VERB VBD ROOT 3", "the the DET DT det 5", "levy levy NOUN NN dobj 3"],
     3, None),
    (["Rossi Rossi PROPN NNP nsubj 1", "criticized criticize VERB VBD ROOT 1",
      "the the DET DT det 3", "levy levy NOUN NN dobj 1"], 1, None),
]


@pytest.mark.parametrize("rows, index, word", BYGONE)
def test_bygone(rows, index, word):
    assert bygone(build_tagged(rows)[index]) == word


UNWANTED = [
    # (rows, predicate index, the directive verb it is a negated wish of, or None)
    # What one side asks another not to do is no act of either.
    (["Envoys envoy NOUN NNS nsubj 1", "urged urge VERB VBD ROOT 1",
      "ministers minister NOUN NNS dobj 1", "not not PART RB neg 5", "to to PART TO aux 5",
      "sign sign VERB VB xcomp 1", "the the DET DT det 7", "pact pact NOUN NN dobj 5"],
     5, "urge"),
    (["She she PRON PRP nsubjpass 2", "was be AUX VBD auxpass 2",
      "instructed instruct VERB VBN ROOT 2", "not not PART RB neg 5", "to to PART TO aux 5",
      "attend attend VERB VB xcomp 2"], 5, "instruct"),
    # A doer's own decision or pledge not to act is a refusal, an act.
    (["Rossi Rossi PROPN NNP nsubj 1", "decided decide VERB VBD ROOT 1",
      "not not PART RB neg 4", "to to PART TO aux 4", "prosecute prosecute VERB VB xcomp 1"],
     4, None),
    # Asked to act (no negation): the wanted act is left to the other rules.
    (["Envoys envoy NOUN NNS nsubj 1", "urged urge VERB VBD ROOT 1",
      "ministers minister NOUN NNS dobj 1", "to to PART TO aux 4", "sign sign VERB VB xcomp 1"],
     4, None),
]


@pytest.mark.parametrize("rows, index, word", UNWANTED)
def test_unwanted(rows, index, word):
    assert unwanted(build_tagged(rows)[index]) == word


# (nonev15) A future act as the content of a verb of predicting or fearing, of a word of
# chance, or an open question is a forecast; a doer's plan told by a saying verb, and a
# future told as such, are not.
HABIT_TIMED = (["Army army NOUN NN nsubj 2", "has have AUX VBZ aux 2",
                "shelled shell VERB VBN ROOT 2", "town town NOUN NN dobj 2",
                "repeatedly repeatedly ADV RB advmod 2", "since since ADP IN prep 2",
                "Monday Monday PROPN NNP pobj 5 DATE"], 2)


def test_repeatedly_with_the_time_of_the_news_is_no_habit():
    rows, index = HABIT_TIMED
    assert habitual(build_ents(rows)[index]) is None
    assert habitual(build_ents(rows[:5])[index]) == "repeatedly"


FORECASTS = [
    # (rows, predicate index, the word that makes the act a forecast, or None)
    (["Governor governor NOUN NN nsubj 1", "predicted predict VERB VBD ROOT 1",
      "that that SCONJ IN mark 5", "senator senator NOUN NN nsubj 5",
      "will will AUX MD aux 5", "oppose oppose VERB VB ccomp 1", "bill bill NOUN NN dobj 5"],
     5, "predicted"),
    (["It it PRON PRP nsubj 1", "is be AUX VBZ ROOT 1", "unclear unclear ADJ JJ acomp 1",
      "whether whether SCONJ IN mark 6", "police police NOUN NNS nsubj 6",
      "would would AUX MD aux 6", "charge charge VERB VB ccomp 1",
      "them they PRON PRP dobj 6"], 6, "whether"),
    (["There there PRON EX expl 1", "is be AUX VBZ ROOT 1", "little little ADJ JJ amod 3",
      "chance chance NOUN NN attr 1", "mayor mayor NOUN NN nsubjpass 7",
      "will will AUX MD aux 7", "be be AUX VB auxpass 7",
      "convicted convict VERB VBN acl 3"], 7, "chance"),
    # the second verb of a future clause shares it
    (["Analysts analyst NOUN NNS nsubj 1", "expect expect VERB VBP ROOT 1",
      "bank bank NOUN NN nsubj 4", "will will AUX MD aux 4", "raise raise VERB VB ccomp 1",
      "rates rate NOUN NNS dobj 4", "and and CCONJ CC cc 4", "cut cut VERB VB conj 4",
      "spending spending NOUN NN dobj 7"], 7, "expect"),
    # a doer's announced plan, a saying, a future told by the narrator: no forecast
    (["Ministry ministry NOUN NN nsubj 1", "said say VERB VBD ROOT 1",
      "it it PRON PRP nsubj 4", "would would AUX MD aux 4", "summon summon VERB VB ccomp 1",
      "envoy envoy NOUN NN dobj 4"], 4, None),
    (["Premier premier NOUN NN nsubj 1", "announced announce VERB VBD ROOT 1",
      "he he PRON PRP nsubj 4", "will will AUX MD aux 4", "resign resign VERB VB ccomp 1"],
     4, None),
    (["Envoy envoy NOUN NN nsubj 2", "will will AUX MD aux 2", "meet meet VERB VB ROOT 2",
      "king king NOUN NN dobj 2"], 2, None),
    # predicted in the past tense of a clause of its own, no future: no forecast
    (["Governor governor NOUN NN nsubj 1", "believes believe VERB VBZ ROOT 1",
      "senator senator NOUN NN nsubj 3", "opposed oppose VERB VBD ccomp 1",
      "bill bill NOUN NN dobj 3"], 3, None),
]


@pytest.mark.parametrize("rows, index, word", FORECASTS)
def test_forecast(rows, index, word):
    assert forecast(build_tagged(rows)[index]) == word


DENIED = [
    # (rows, predicate index, the denial word, or None): the act a denial is about.
    (["Aide aide NOUN nsubj 1", "denied deny VERB ROOT 1", "that that SCONJ mark 5",
      "a a DET det 4", "meeting meeting NOUN nsubj 5", "took take VERB ccomp 1",
      "place place NOUN dobj 5"], 4, "denied"),
    (["Judge judge NOUN nsubj 1", "denied deny VERB ROOT 1", "a a DET det 3",
      "request request NOUN dobj 1"], 3, "denied"),
    (["Aide aide NOUN nsubj 1", "denied deny VERB ROOT 1", "reports report NOUN dobj 1",
      "that that SCONJ mark 5", "envoy envoy NOUN nsubj 5", "pressured pressure VERB acl 2",
      "her she PRON dobj 5"], 5, "denied"),
    # an act coordinated with the denial, one the denial is called false about, the
    # denial itself, a refusal, a plain negation: not denied acts
    (["Iran Iran PROPN nsubj 1", "denied deny VERB ROOT 1", "involvement involvement NOUN dobj 1",
      "and and CCONJ cc 1", "condemned condemn VERB conj 1", "raids raid NOUN dobj 4"], 4, None),
    (["Envoys envoy NOUN nsubjpass 2", "were be AUX auxpass 2", "denied deny VERB ROOT 2",
      "entry entry NOUN dobj 2"], 3, None),
    (["Aide aide NOUN nsubj 2", "falsely falsely ADV advmod 2", "denied deny VERB ROOT 2",
      "criticizing criticize VERB xcomp 2", "him he PRON dobj 3"], 3, None),
    (["Judge judge NOUN nsubj 1", "denied deny VERB ROOT 1", "a a DET det 3",
      "request request NOUN dobj 1"], 1, None),
    (["Court court NOUN nsubj 1", "refused refuse VERB ROOT 1", "a a DET det 3",
      "request request NOUN dobj 1"], 3, None),
    (["Rebels rebel NOUN nsubj 3", "did do AUX aux 3", "not not PART neg 3",
      "attack attack VERB ROOT 3"], 3, None),
]


@pytest.mark.parametrize("rows, index, word", DENIED)
def test_denied(rows, index, word):
    assert denied(build(rows)[index]) == word


UNDONE = [
    # (rows, predicate index, the verb that keeps the act from being told as done, or None)
    # (nonev16) An occasion stayed away from, an act annulled, a meeting only arranged.
    (["Leaders leader NOUN nsubj 1", "skipped skip VERB ROOT 1", "a a DET det 3",
      "meeting meeting NOUN dobj 1", "with with ADP prep 3", "the the DET det 6",
      "mayor mayor NOUN pobj 4"], 3, "skip"),
    (["Court court NOUN nsubj 1", "overturned overturn VERB ROOT 1", "the the DET det 3",
      "convictions conviction NOUN dobj 1", "of of ADP prep 3", "aides aide NOUN pobj 4"],
     3, "overturn"),
    (["The the DET det 1", "sentence sentence NOUN nsubjpass 3", "was be AUX auxpass 3",
      "quashed quash VERB ROOT 3"], 1, "quash"),
    (["Aides aide NOUN nsubj 1", "tried try VERB ROOT 1", "to to PART aux 3",
      "set set VERB xcomp 1", "up up ADP prt 3", "a a DET det 6", "meeting meeting NOUN dobj 3"],
     6, "set up"),
    # The act itself told ("held a meeting"), a request turned down (it was made), the
    # undoing verb itself, and a noun that is no object of it.
    (["Leaders leader NOUN nsubj 1", "held hold VERB ROOT 1", "a a DET det 3",
      "meeting meeting NOUN dobj 1"], 3, None),
    (["Court court NOUN nsubj 1", "spurned spurn VERB ROOT 1", "a a DET det 3",
      "request request NOUN dobj 1"], 3, None),
    (["Leaders leader NOUN nsubj 1", "skipped skip VERB ROOT 1", "a a DET det 3",
      "meeting meeting NOUN dobj 1"], 1, None),
    (["Leaders leader NOUN nsubj 1", "skipped skip VERB ROOT 1", "lunch lunch NOUN dobj 1",
      "after after ADP prep 1", "the the DET det 5", "meeting meeting NOUN pobj 3"], 5, None),
    # (nonev18) An act broken off before it was done.
    (["President president NOUN nsubj 1", "aborted abort VERB ROOT 1", "a a DET det 3",
      "visit visit NOUN dobj 1", "to to ADP prep 3", "the the DET det 6",
      "border border NOUN pobj 4"], 3, "abort"),
    # "set" without its particle sets a date, not an arrangement of the act.
    (["Aides aide NOUN nsubj 1", "set set VERB ROOT 1", "the the DET det 3",
      "vote vote NOUN dobj 1"], 3, None),
]


@pytest.mark.parametrize("rows, index, word", UNDONE)
def test_undone(rows, index, word):
    assert undone(build(rows)[index]) == word


UNVERIFIED = [
    # (rows, predicate index, the verb of checking told as not done, or None)
    # (nonev18) A wire's note on a claim it has not checked: the claimed act is not told.
    (["Agency agency PROPN nsubj 4", "has have AUX aux 4", "not not PART neg 4",
      "yet yet ADV advmod 4", "verified verify VERB ROOT 4",
      "the the DET det 6", "accusations accusation NOUN dobj 4"], 6, "verified"),
    (["The the DET det 1", "claims claim NOUN nsubjpass 5", "could could AUX aux 5",
      "not not PART neg 5", "be be AUX auxpass 5", "confirmed confirm VERB ROOT 5"],
     1, "confirmed"),
    (["Agency agency PROPN nsubj 1", "was be AUX ROOT 1", "unable unable ADJ acomp 1",
      "to to PART aux 4", "verify verify VERB xcomp 2", "reports report NOUN dobj 4",
      "of of ADP prep 5", "an an DET det 8", "attack attack NOUN pobj 6"], 8, "verify"),
    # A check done ("confirmed the attack"), a claimed act in a clause ("cannot confirm
    # that we detained them": a detention was made), and a denial of what is no claim.
    (["Army army NOUN nsubj 1", "confirmed confirm VERB ROOT 1", "the the DET det 3",
      "attack attack NOUN dobj 1"], 3, None),
    (["I I PRON nsubj 3", "can can AUX aux 3", "not not PART neg 3",
      "confirm confirm VERB ROOT 3", "that that SCONJ mark 6", "we we PRON nsubj 6",
      "detained detain VERB ccomp 3", "them they PRON dobj 6"], 6, None),
    (["Agency agency PROPN nsubj 3", "did do AUX aux 3", "not not PART neg 3",
      "report report VERB ROOT 3", "the the DET det 5", "attack attack NOUN dobj 3"],
     5, None),
]


@pytest.mark.parametrize("rows, index, word", UNVERIFIED)
def test_unverified(rows, index, word):
    assert unverified(build(rows)[index]) == word


# (nonev20) A habit told after the verb of a perfect ("who has met frequently with the
# envoy") or with "at times" in a perfect ("the ministers had quarrelled at times over
# money"); not a plain past "at times" (moments of one hearing), not "three times" (a
# count), not a stretch of the news told with its time.
HABITUAL_NONEV20 = [
    (["Envoy envoy NOUN NN nsubj 2", "has have AUX VBZ aux 2", "met meet VERB VBN ROOT 2",
      "frequently frequently ADV RB advmod 2", "with with ADP IN prep 2",
      "Kim Kim PROPN NNP pobj 4"], 2, "frequently"),
    (["Ministers minister NOUN NNS nsubj 2", "had have AUX VBD aux 2",
      "quarrelled quarrel VERB VBN ROOT 2", "at at ADP IN prep 2",
      "times time NOUN NNS pobj 3", "over over ADP IN prep 4",
      "money money NOUN NN pobj 5"], 2, "at times"),
    (["Ministers minister NOUN NNS nsubj 1", "disagreed disagree VERB VBD ROOT 1",
      "at at ADP IN prep 1", "times time NOUN NNS pobj 2", "during during ADP IN prep 1",
      "hearing hearing NOUN NN pobj 4"], 1, None),
    (["Ministers minister NOUN NNS nsubj 2", "had have AUX VBD aux 2",
      "met meet VERB VBN ROOT 2", "three three NUM CD nummod 4",
      "times time NOUN NNS npadvmod 2"], 2, None),
    (["Ministers minister NOUN NNS nsubj 2", "had have AUX VBD aux 2",
      "met meet VERB VBN ROOT 2", "at at ADP IN prep 2", "three three NUM CD nummod 5",
      "times time NOUN NNS pobj 3"], 2, None),
]


@pytest.mark.parametrize("rows, index, word", HABITUAL_NONEV20)
def test_habitual_after_the_verb_of_a_perfect(rows, index, word):
    assert habitual(build_tagged(rows)[index]) == word


def test_a_habit_after_the_verb_with_the_time_of_the_news_is_none():
    rows = ["Army army NOUN NN nsubj 2", "has have AUX VBZ aux 2",
            "shelled shell VERB VBN ROOT 2", "town town NOUN NN dobj 2",
            "often often ADV RB advmod 2", "since since ADP IN prep 2",
            "Monday Monday PROPN NNP pobj 5 DATE"]
    assert habitual(build_ents(rows)[2]) is None
    assert habitual(build_ents(rows[:5])[2]) == "often"


# (nonev20) An occasion placed by a clause told in the future ("will travel to Lima for a
# summit", "will say during the meeting", "will be tasked with explaining it in
# meetings") lies ahead with the act; "after" the talks, "on" a visit (a topic), or a
# clause in the past leave it its own standing.
PLANNED = [
    (["President president NOUN nsubj 2", "will will AUX aux 2", "travel travel VERB ROOT 2",
      "for for ADP prep 2", "a a DET det 5", "summit summit NOUN pobj 3"], 5, "future",
     "travel"),
    (["He he PRON nsubj 2", "will will AUX aux 2", "say say VERB ROOT 2",
      "during during ADP prep 2", "the the DET det 5", "meeting meeting NOUN pobj 3"],
     5, "future", "say"),
    (["He he PRON nsubjpass 3", "will will AUX aux 3", "be be AUX auxpass 3",
      "tasked task VERB ROOT 3", "with with ADP prep 3", "explaining explain VERB pcomp 4",
      "it it PRON dobj 5", "in in ADP prep 5", "meetings meeting NOUN pobj 7"],
     8, "future", "tasked"),
    (["President president NOUN nsubj 2", "will will AUX aux 2", "reply reply VERB ROOT 2",
      "after after ADP prep 2", "the the DET det 5", "talks talk NOUN pobj 3"], 5,
     "asserted", None),
    (["Call call NOUN nsubj 2", "will will AUX aux 2", "focus focus VERB ROOT 2",
      "on on ADP prep 2", "her she PRON poss 5", "visit visit NOUN pobj 3"], 5,
     "asserted", None),
    (["President president NOUN nsubj 1", "travelled travel VERB ROOT 1",
      "for for ADP prep 1", "a a DET det 4", "summit summit NOUN pobj 2"], 4, "asserted",
     None),
    # A reported plan with "would" ("announced she would fly to Oslo for talks") is left
    # to the plan's own record.
    (["He he PRON nsubj 2", "would would AUX aux 2", "visit visit VERB ROOT 2",
      "for for ADP prep 2", "talks talk NOUN pobj 3"], 4, "asserted", None),
    # Coming back from an occasion: it is over.
    (["He he PRON nsubj 2", "will will AUX aux 2", "return return VERB ROOT 2",
      "from from ADP prep 2", "a a DET det 5", "summit summit NOUN pobj 3"], 5, "asserted",
     None),
    # A phrase the parser hung in a relative clause before its pronoun ("drafting a bill,
    # in consultation with them, that would impose ...") is not in that clause.
    (["They they PRON nsubj 1", "drafted draft VERB ROOT 1", "a a DET det 3",
      "bill bill NOUN dobj 1", "in in ADP prep 9", "consultation consultation NOUN pobj 4",
      "with with ADP prep 5", "them they PRON pobj 6", "that that PRON nsubj 9",
      "would would AUX aux 9", "impose impose VERB relcl 3", "sanctions sanction NOUN dobj 10"],
     5, "asserted", None),
]


@pytest.mark.parametrize("rows, index, modality, word", PLANNED)
def test_an_occasion_in_a_future_clause_lies_ahead(rows, index, modality, word):
    doc = build(rows)
    assert standing(doc[index]).modality == modality
    assert planned_occasion(doc[index]) == word


# (nonev20) "may face criticism": the object of a verb of undergoing under "may",
# "could" is a prediction; "faced criticism" is told, and an act under the object
# ("criticism over his attacks") keeps its own standing. What a thing is built for is a
# purpose, not an act done.
FACED = [
    (["President president NOUN nsubj 2", "may may AUX aux 2", "face face VERB ROOT 2",
      "sharp sharp ADJ amod 4", "criticism criticism NOUN dobj 2"], 4, "conditional"),
    (["President president NOUN nsubj 1", "faced face VERB ROOT 1",
      "sharp sharp ADJ amod 3", "criticism criticism NOUN dobj 1"], 3, "asserted"),
    (["President president NOUN nsubj 2", "may may AUX aux 2", "face face VERB ROOT 2",
      "criticism criticism NOUN dobj 2", "over over ADP prep 3", "his he PRON poss 6",
      "attacks attack NOUN pobj 4"], 6, "asserted"),
]


@pytest.mark.parametrize("rows, index, modality", FACED)
def test_a_prediction_faced(rows, index, modality):
    assert standing(build(rows)[index]).modality == modality


@pytest.mark.parametrize("rows, index, word", [
    (["Tunnels tunnel NOUN ROOT 0", "built build VERB acl 0", "to to PART aux 3",
      "carry carry VERB advcl 1", "out out ADP prt 3", "attacks attack NOUN dobj 3"],
     5, "built"),
    (["Law law NOUN ROOT 0", "designed design VERB acl 0", "to to PART aux 3",
      "punish punish VERB xcomp 1", "them they PRON dobj 3"], 3, "designed"),
    (["Militants militant NOUN nsubj 1", "built build VERB ROOT 1", "a a DET det 3",
      "bomb bomb NOUN dobj 1", "and and CCONJ cc 1", "attacked attack VERB conj 1",
      "the the DET det 7", "base base NOUN dobj 5"], 5, None),
    (["Troops troop NOUN nsubj 1", "used use VERB ROOT 1", "to to PART aux 3",
      "attack attack VERB xcomp 1", "the the DET det 5", "town town NOUN dobj 3"], 3, None),
])
def test_what_a_thing_is_built_for_is_a_purpose(rows, index, word):
    assert made_for(build(rows)[index]) == word
