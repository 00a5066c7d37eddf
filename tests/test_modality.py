"""Standing (asserted/alleged/conditional/future/negated) and attribution, on
hand-built parses: rows are "word lemma POS dep head" (absolute head index)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsbrief.events.modality import cues, not_done, scheduled, standing

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
