"""keyrank: `subj_generic` (the reportable model's mark of a statement about people in
general: "leaders often meet", "countries sign such deals") is not given to a subject
the story has in view: a counted, possessed, definite or named group ("the two leaders
met", "nine people were arrested", "leaders of the alliance met", "French leaders
met"). Sentences made up for the tests, parsed by hand (tests/parses.py)."""

from __future__ import annotations

import pytest

from newsbrief.events.coding import Coding
from newsbrief.events.reportable import ArticleContext, features
from parses import make_doc_head_first

CODING = Coding("CONSULT", None, None, "040", 0.8, None)


def _generic(spec: str, at: int) -> bool:
    doc = make_doc_head_first(spec)
    return "subj_generic" in features(doc[at], CODING, actor=(), recipient=(), passive=False,
                                      modality="asserted", context=ArticleContext())


@pytest.mark.parametrize("spec, at, generic", [
    # "The two leaders met in Paris ."
    ("The/the/DET/2/det two/two/NUM/2/nummod/CD leaders/leader/NOUN/3/nsubj/NNS "
     "met/meet/VERB/3/ROOT/VBD in/in/ADP/3/prep Paris/Paris/PROPN/4/pobj/NNP/GPE "
     "././PUNCT/3/punct/.", 3, False),
    # "Nine people were arrested ."
    ("Nine/nine/NUM/1/nummod/CD people/people/NOUN/3/nsubjpass/NNS were/be/AUX/3/auxpass/VBD "
     "arrested/arrest/VERB/3/ROOT/VBN ././PUNCT/3/punct/.", 3, False),
    # "Leaders of the alliance met in Paris ."
    ("Leaders/leader/NOUN/4/nsubj/NNS of/of/ADP/0/prep the/the/DET/3/det "
     "alliance/alliance/NOUN/1/pobj/NN met/meet/VERB/4/ROOT/VBD in/in/ADP/4/prep "
     "Paris/Paris/PROPN/5/pobj/NNP/GPE ././PUNCT/4/punct/.", 4, False),
    # "French leaders met in Paris ."
    ("French/french/ADJ/1/amod/JJ/NORP leaders/leader/NOUN/2/nsubj/NNS met/meet/VERB/2/ROOT/VBD "
     "in/in/ADP/2/prep Paris/Paris/PROPN/3/pobj/NNP/GPE ././PUNCT/2/punct/.", 2, False),
    # controls (generic on main and here): "Leaders often meet in Paris .", "Many people met ."
    ("Leaders/leader/NOUN/2/nsubj/NNS often/often/ADV/2/advmod/RB meet/meet/VERB/2/ROOT/VBP "
     "in/in/ADP/2/prep Paris/Paris/PROPN/3/pobj/NNP/GPE ././PUNCT/2/punct/.", 2, True),
    ("Many/many/ADJ/1/amod/JJ people/people/NOUN/2/nsubj/NNS met/meet/VERB/2/ROOT/VBD "
     "././PUNCT/2/punct/.", 2, True),
])
def test_a_subject_the_story_has_in_view_is_not_generic(spec, at, generic):
    assert _generic(spec, at) is generic
