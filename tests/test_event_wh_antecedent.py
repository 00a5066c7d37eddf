"""`lexicon.wh_antecedent`: the one step the readers of a clause's subject or object
take, "which"/"who"/"that" of a relative clause standing for the noun the clause
hangs on. Hand-built parses of made-up sentences."""

from __future__ import annotations

from newsbrief.events.lexicon import wh_antecedent
from tests.parses import make_doc_head_first

# "the treaty which was ratified": "which" is the passive subject of the relative clause
_RELATIVE = ("the/the/DET/1/det/DT treaty/treaty/NOUN/1/ROOT/NN which/which/PRON/4/nsubjpass/WDT "
             "was/be/AUX/4/auxpass/VBD ratified/ratify/VERB/1/relcl/VBN")
# "the treaty was ratified": an ordinary subject
_MAIN = ("the/the/DET/1/det/DT treaty/treaty/NOUN/3/nsubjpass/NN was/be/AUX/3/auxpass/VBD "
         "ratified/ratify/VERB/3/ROOT/VBN")
# "they asked what was ratified": a "what" in a clause that is no relative clause
_QUESTION = ("they/they/PRON/1/nsubj/PRP asked/ask/VERB/1/ROOT/VBD what/what/PRON/4/nsubjpass/WP "
             "was/be/AUX/4/auxpass/VBD ratified/ratify/VERB/1/ccomp/VBN")


def test_a_relative_pronoun_stands_for_the_noun_the_clause_hangs_on():
    doc = make_doc_head_first(_RELATIVE)
    assert wh_antecedent(doc[4], doc[2]).text == "treaty"


def test_an_ordinary_subject_has_no_antecedent():
    doc = make_doc_head_first(_MAIN)
    assert wh_antecedent(doc[3], doc[1]) is None


def test_a_wh_word_outside_a_relative_clause_has_no_antecedent():
    doc = make_doc_head_first(_QUESTION)
    assert wh_antecedent(doc[4], doc[2]) is None
