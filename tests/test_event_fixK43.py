"""fixK43 (review B's suspect on key43's jab branch): "took a jab at" is criticism only
at one who can be criticised; a jab taken at a place ("at the clinic") is a shot in the
arm, whatever the parse does with the rest. Hand-built parses of made-up sentences."""

from __future__ import annotations

from parses import coded_type

# "The nurse took a jab at the clinic." (fails on main: ACCUSE)
AT_A_PLACE = ("The/the/DET/1/det/DT nurse/nurse/NOUN/2/nsubj/NN took/take/VERB/2/ROOT/VBD "
              "a/a/DET/4/det/DT jab/jab/NOUN/2/dobj/NN at/at/ADP/2/prep/IN "
              "the/the/DET/7/det/DT clinic/clinic/NOUN/5/pobj/NN ././PUNCT/2/punct/.")
# "The senator took a jab at the governor." (control: ACCUSE on both)
AT_A_PARTY = ("The/the/DET/1/det/DT senator/senator/NOUN/2/nsubj/NN took/take/VERB/2/ROOT/VBD "
              "a/a/DET/4/det/DT jab/jab/NOUN/2/dobj/NN at/at/ADP/2/prep/IN "
              "the/the/DET/7/det/DT governor/governor/NOUN/5/pobj/NN ././PUNCT/2/punct/.")


def test_a_jab_at_a_place_is_no_criticism():
    assert coded_type(AT_A_PLACE, 2) is None


def test_a_jab_at_a_party_is_criticism():
    assert coded_type(AT_A_PARTY, 2) == "ACCUSE"
