"""keyrank (stop 41): `simple_present` (the reportable model's mark of a habit told in
the present: "critics often fault the agency") is not given to the news present of an
act done in words by a named or definite doer in the main clause ("the ministry denies
the report", "Novak faults the agency for the delay"): news tells a statement of the
day so. A habit word, a pronoun or bare plural doer, a condition, a quotation or a
verb of deeds keeps the mark. Sentences made up for the tests, parsed by hand
(tests/parses.py)."""

from __future__ import annotations

import pytest

from newsbrief.events.coding import Coding
from newsbrief.events.reportable import ArticleContext, features
from parses import make_doc_head_first

CODING = Coding("REJECT", None, None, "120", 0.8, None)


def _present(spec: str, at: int) -> bool:
    doc = make_doc_head_first(spec)
    return "simple_present" in features(doc[at], CODING, actor=(), recipient=(),
                                        passive=False, modality="asserted",
                                        context=ArticleContext())


@pytest.mark.parametrize("spec, at", [
    # "The ministry denies the report ."
    ("The/the/DET/1/det ministry/ministry/NOUN/2/nsubj/NN denies/deny/VERB/2/ROOT/VBZ "
     "the/the/DET/4/det report/report/NOUN/2/dobj/NN ././PUNCT/2/punct/.", 2),
    # "Novak faults the agency for the delay ."
    ("Novak/Novak/PROPN/1/nsubj/NNP/PERSON faults/fault/VERB/1/ROOT/VBZ the/the/DET/3/det "
     "agency/agency/NOUN/1/dobj/NN for/for/ADP/1/prep the/the/DET/6/det "
     "delay/delay/NOUN/4/pobj/NN ././PUNCT/1/punct/.", 1),
    # "The council meets and condemns the raid ." (a clause joined to the main one)
    ("The/the/DET/1/det council/council/NOUN/2/nsubj/NN meets/meet/VERB/2/ROOT/VBZ "
     "and/and/CCONJ/2/cc condemns/condemn/VERB/2/conj/VBZ the/the/DET/6/det "
     "raid/raid/NOUN/4/dobj/NN ././PUNCT/2/punct/.", 4),
])
def test_a_named_doers_act_in_words_told_in_the_present_is_news(spec, at):
    assert not _present(spec, at)


@pytest.mark.parametrize("spec, at", [
    # "Critics often fault the agency ." (a bare plural and a habit word)
    ("Critics/critic/NOUN/2/nsubj/NNS often/often/ADV/2/advmod/RB fault/fault/VERB/2/ROOT/VBP "
     "the/the/DET/4/det agency/agency/NOUN/2/dobj/NN ././PUNCT/2/punct/.", 2),
    # "The ministry usually denies such reports ." (a habit word)
    ("The/the/DET/1/det ministry/ministry/NOUN/3/nsubj/NN usually/usually/ADV/3/advmod/RB "
     "denies/deny/VERB/3/ROOT/VBZ such/such/ADJ/5/amod/JJ reports/report/NOUN/3/dobj/NNS "
     "././PUNCT/3/punct/.", 3),
    # "He denies the report ." (a pronoun: a quoted speaker's own habit as often as news)
    ("He/he/PRON/1/nsubj/PRP denies/deny/VERB/1/ROOT/VBZ the/the/DET/3/det "
     "report/report/NOUN/1/dobj/NN ././PUNCT/1/punct/.", 1),
    # "The ministry builds roads ." (an act of deeds: the present is a habit)
    ("The/the/DET/1/det ministry/ministry/NOUN/2/nsubj/NN builds/build/VERB/2/ROOT/VBZ "
     "roads/road/NOUN/2/dobj/NNS ././PUNCT/2/punct/.", 2),
    # "Novak warns if the talks fail ." (a condition)
    ("Novak/Novak/PROPN/1/nsubj/NNP/PERSON warns/warn/VERB/1/ROOT/VBZ if/if/SCONJ/5/mark/IN "
     "the/the/DET/4/det talks/talk/NOUN/5/nsubj/NNS fail/fail/VERB/1/advcl/VBP "
     "././PUNCT/1/punct/.", 1),
])
def test_a_habit_a_pronoun_a_condition_or_a_deed_keeps_the_mark(spec, at):
    assert _present(spec, at)
