"""The feelings events.arguments reads a target for ("expressed outrage at X") are the
lexicon's own disapproval nouns, read from lexicon.tsv, not a copied list (house43)."""

from __future__ import annotations

from newsbrief.events.arguments import FEELING_NOUNS
from newsbrief.events.lexicon import packaged_lexicon, voiced_disapprovals


def test_voiced_disapprovals_are_the_lexicons_cue_nouns_of_disapproval():
    found = voiced_disapprovals()
    assert {"outrage", "concern", "disappointment"} <= found
    # a fine is coded 116, criticism is an act by itself (no cue flag): neither is a feeling
    assert "fine" not in found and "criticism" not in found
    lex = packaged_lexicon()
    assert all(lex.single[("N", w)].cameo == "111" and lex.single[("N", w)].cue for w in found)


def test_the_feeling_nouns_are_the_lexicons_with_shock_and_alarm():
    assert FEELING_NOUNS == voiced_disapprovals() | {"shock", "alarm"}
