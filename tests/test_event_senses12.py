"""prec12: a question put by the press and a market as the doer, on hand-built parses
(our own words)."""

from __future__ import annotations

import pytest

from parses import coded_type as typed


SENSES = [
    # "Reporters pressed the spokesman to explain the delay": the press's question.
    ("Reporters/reporter/NOUN/1/nsubj/NNS pressed/press/VERB/1/ROOT/VBD "
     "spokesman/spokesman/NOUN/1/dobj/NN to/to/PART/4/aux/TO explain/explain/VERB/1/xcomp/VB",
     1, None),
    # "Anchor Smith asked the senator to name one idea."
    ("Anchor/anchor/NOUN/1/compound/NN Smith/Smith/PROPN/2/nsubj/NNP/PERSON "
     "asked/ask/VERB/2/ROOT/VBD senator/senator/NOUN/2/dobj/NN to/to/PART/5/aux/TO "
     "name/name/VERB/2/xcomp/VB", 2, None),
    # "The minister was pressed on the issue": a question put, no one named.
    ("minister/minister/NOUN/2/nsubjpass/NN was/be/AUX/2/auxpass/VBD "
     "pressed/press/VERB/2/ROOT/VBN on/on/ADP/2/prep/IN issue/issue/NOUN/3/pobj/NN", 2, None),
    # The same verbs between governments are requests: "Germany pressed Greece to cut
    # spending", "The host country asked the agency to send troops".
    ("Germany/Germany/PROPN/1/nsubj/NNP/GPE pressed/press/VERB/1/ROOT/VBD "
     "Greece/Greece/PROPN/1/dobj/NNP/GPE to/to/PART/4/aux/TO cut/cut/VERB/1/xcomp/VB",
     1, "REQUEST"),
    ("host/host/NOUN/1/compound/NN country/country/NOUN/2/nsubj/NN asked/ask/VERB/2/ROOT/VBD "
     "agency/agency/NOUN/2/dobj/NN to/to/PART/5/aux/TO send/send/VERB/2/xcomp/VB "
     "troops/troop/NOUN/5/dobj/NNS", 2, "REQUEST"),
    # "Stocks closed higher": a market moves, no one acts.
    ("Stocks/stock/NOUN/1/nsubj/NNS closed/close/VERB/1/ROOT/VBD higher/high/ADV/1/advmod/RBR",
     1, None),
]


@pytest.mark.parametrize("spec, at, expected", SENSES)
def test_senses_of_prec12_frames(spec, at, expected):
    assert typed(spec, at) == expected
