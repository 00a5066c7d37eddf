"""keyrank: how far a governing verb's negation reaches in the reportable model's
features. `gov_negated` marks an act whose governor is negated ("did not agree to meet");
an act the negation does not reach is no denied act: the focus of a "not until" cleft,
and a joined clause with a subject of its own. Sentences made up for the tests, parsed by
hand (tests/parses.py), so the rule sees the parse the test states."""

from __future__ import annotations

import pytest

from newsbrief.events.coding import Coding
from newsbrief.events.reportable import ArticleContext, features
from newsbrief.records import ActorRef
from parses import make_doc_head_first

ACTOR = (ActorRef("e1", "the envoy", "FRA", "GOV"),)
CODING = Coding("REQUEST", None, None, "010", 0.8, None)


def _feats(spec: str, at: int) -> set[str]:
    doc = make_doc_head_first(spec)
    return set(features(doc[at], CODING, actor=ACTOR, recipient=(), passive=False,
                        modality="asserted", context=ArticleContext()))


# "It was not until May that the envoy called for talks ." (the call was made, in May)
CLEFT = ("It/it/PRON/1/nsubj was/be/AUX/1/ROOT/VBD not/not/PART/1/neg until/until/ADP/1/prep "
         "May/May/PROPN/3/pobj/NNP/DATE that/that/SCONJ/8/mark the/the/DET/7/det "
         "envoy/envoy/NOUN/8/nsubj called/call/VERB/1/ccomp/VBD for/for/ADP/8/prep "
         "talks/talk/NOUN/9/pobj/NNS ././PUNCT/1/punct/.")
# "It was not clear that the envoy called for talks ." (control: whether he did is open)
NOT_CLEAR = ("It/it/PRON/1/nsubj was/be/AUX/1/ROOT/VBD not/not/PART/1/neg clear/clear/ADJ/1/acomp "
             "that/that/SCONJ/7/mark the/the/DET/6/det envoy/envoy/NOUN/7/nsubj "
             "called/call/VERB/1/ccomp/VBD for/for/ADP/7/prep talks/talk/NOUN/8/pobj/NNS "
             "././PUNCT/1/punct/.")
# "The envoys did not meet and the minister called for talks ." (the call was made)
OWN_SUBJECT = ("The/the/DET/1/det envoys/envoy/NOUN/4/nsubj/NNS did/do/AUX/4/aux "
               "not/not/PART/4/neg meet/meet/VERB/4/ROOT/VB and/and/CCONJ/4/cc "
               "the/the/DET/7/det minister/minister/NOUN/8/nsubj called/call/VERB/4/conj/VBD "
               "for/for/ADP/8/prep talks/talk/NOUN/9/pobj/NNS ././PUNCT/4/punct/.")
# "The envoys did not meet or call for talks ." (control: neither act was done)
SHARED_SUBJECT = ("The/the/DET/1/det envoys/envoy/NOUN/4/nsubj/NNS did/do/AUX/4/aux "
                  "not/not/PART/4/neg meet/meet/VERB/4/ROOT/VB or/or/CCONJ/4/cc "
                  "call/call/VERB/4/conj/VB for/for/ADP/6/prep talks/talk/NOUN/7/pobj/NNS "
                  "././PUNCT/4/punct/.")

# "The envoys did not meet , nor did the minister call for talks ." (control: "nor" denies it)
NOR = ("The/the/DET/1/det envoys/envoy/NOUN/4/nsubj/NNS did/do/AUX/4/aux "
       "not/not/PART/4/neg meet/meet/VERB/4/ROOT/VB ,/,/PUNCT/4/punct/, nor/nor/CCONJ/4/cc "
       "did/do/AUX/10/aux the/the/DET/9/det minister/minister/NOUN/10/nsubj "
       "call/call/VERB/4/conj/VB for/for/ADP/10/prep talks/talk/NOUN/11/pobj/NNS "
       "././PUNCT/4/punct/.")


@pytest.mark.parametrize("spec, at, negated", [
    (CLEFT, 8, False),
    (NOT_CLEAR, 7, True),
    (OWN_SUBJECT, 8, False),
    (SHARED_SUBJECT, 6, True),
    (NOR, 10, True),
])
def test_a_governors_negation_reaches_only_the_acts_it_denies(spec, at, negated):
    assert ("gov_negated" in _feats(spec, at)) is negated
