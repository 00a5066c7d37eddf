"""actor35 (stop 35): a person the law takes is arrested, not assaulted. "Police captured the
suspect", "the fugitive was captured", "agents seized the smuggler" are arrests (COERCE,
CAMEO 173); a town taken, soldiers taken in war, or a person taken by armed men stay
armed force (ASSAULT). Hand-built parses of made-up sentences (tests/parses.py)."""

from __future__ import annotations

import pytest

from parses import coded_type as typed
from parses import make_doc_head_first

from newsbrief.events.coding import code_predicate

CAPTURES = [
    # "Police captured the suspect."
    ("Police/police/NOUN/1/nsubj/NNS captured/capture/VERB/1/ROOT/VBD the/the/DET/3/det/DT "
     "suspect/suspect/NOUN/1/dobj/NN ././PUNCT/1/punct/.", 1, "COERCE"),
    # "The fugitive was captured on Friday." (no captor named: a wanted person)
    ("The/the/DET/1/det/DT fugitive/fugitive/NOUN/3/nsubjpass/NN was/be/AUX/3/auxpass/VBD "
     "captured/capture/VERB/3/ROOT/VBN on/on/ADP/3/prep/IN Friday/Friday/PROPN/4/pobj/NNP/DATE "
     "././PUNCT/3/punct/.", 3, "COERCE"),
    # "He fled but was captured by state authorities." (the subject shared with "fled")
    ("He/he/PRON/1/nsubj/PRP fled/flee/VERB/1/ROOT/VBD but/but/CCONJ/1/cc/CC "
     "was/be/AUX/4/auxpass/VBD captured/capture/VERB/1/conj/VBN by/by/ADP/4/agent/IN "
     "state/state/NOUN/7/compound/NN authorities/authority/NOUN/5/pobj/NNS ././PUNCT/1/punct/.",
     4, "COERCE"),
    # "Federal agents seized the smuggler."
    ("Federal/federal/ADJ/1/amod/JJ agents/agent/NOUN/2/nsubj/NNS seized/seize/VERB/2/ROOT/VBD "
     "the/the/DET/4/det/DT smuggler/smuggler/NOUN/2/dobj/NN ././PUNCT/2/punct/.", 2, "COERCE"),
    # Controls. "Rebels captured the town." (a place taken: armed force)
    ("Rebels/rebel/NOUN/1/nsubj/NNS captured/capture/VERB/1/ROOT/VBD the/the/DET/3/det/DT "
     "town/town/NOUN/1/dobj/NN ././PUNCT/1/punct/.", 1, "ASSAULT"),
    # "Two soldiers were captured." (no captor named, nobody the law hunts: war)
    ("Two/two/NUM/1/nummod/CD soldiers/soldier/NOUN/3/nsubjpass/NNS were/be/AUX/3/auxpass/VBD "
     "captured/capture/VERB/3/ROOT/VBN ././PUNCT/3/punct/.", 3, "ASSAULT"),
    # "Militants captured the suspect." (armed men, not the law)
    ("Militants/militant/NOUN/1/nsubj/NNS captured/capture/VERB/1/ROOT/VBD the/the/DET/3/det/DT "
     "suspect/suspect/NOUN/1/dobj/NN ././PUNCT/1/punct/.", 1, "ASSAULT"),
    # "Troops seized the airport."
    ("Troops/troop/NOUN/1/nsubj/NNS seized/seize/VERB/1/ROOT/VBD the/the/DET/3/det/DT "
     "airport/airport/NOUN/1/dobj/NN ././PUNCT/1/punct/.", 1, "ASSAULT"),
]


@pytest.mark.parametrize("spec, at, expected", CAPTURES)
def test_a_capture_by_the_law_is_an_arrest(spec, at, expected):
    assert typed(spec, at) == expected


def test_an_arrest_by_capture_has_the_arrest_code():
    doc = make_doc_head_first(CAPTURES[0][0])
    assert code_predicate(doc, doc[1]).cameo == "173"
