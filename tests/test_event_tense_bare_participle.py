"""`tense.told_tense(..., bare_participle=True)`: a verb the parser tagged a participle
at the root with no auxiliary is read as the past it is by the reader that asks
(storytime's lead week, whose local patch this was until house45); without the flag the
tense stays untold. Hand-built parses of made-up sentences."""

from __future__ import annotations

from newsbrief.events.tense import told_tense
from tests.parses import make_doc_head_first

# "The talks collapsed this week", "collapsed" tagged a participle at the root
_BARE = ("the/the/DET/1/det/DT talks/talk/NOUN/2/nsubj/NNS collapsed/collapse/VERB/2/ROOT/VBN "
         "this/this/DET/4/det/DT week/week/NOUN/2/npadvmod/NN")
# "The talks had collapsed": a past perfect, no simple past with or without the flag
_PERFECT = ("the/the/DET/1/det/DT talks/talk/NOUN/3/nsubj/NNS had/have/AUX/3/aux/VBD "
            "collapsed/collapse/VERB/3/ROOT/VBN")


def test_a_bare_participle_at_the_root_is_past_when_asked():
    doc = make_doc_head_first(_BARE)
    assert told_tense(doc[2], bare_participle=True) == "past"


def test_control_without_the_flag_the_bare_participle_has_no_tense():
    doc = make_doc_head_first(_BARE)
    assert told_tense(doc[2]) is None


def test_control_a_perfect_is_no_simple_past_either_way():
    doc = make_doc_head_first(_PERFECT)
    assert told_tense(doc[3]) is None and told_tense(doc[3], bare_participle=True) is None
