"""house38 (stop 38): folding senses' time tests into one (`_time_word` reads `is_time`
and `_of_a_time`). Hand-built parses; sentences made up for the test."""

from __future__ import annotations

from parses import coded_type

# "Lopez directed the agency on Tuesday to review its rules ." with the weekday left
# unmarked by the recogniser: a time all the same (`sense_days`), so the to-clause after
# it is still the order's.
DIRECTED_ON_A_DAY = (
    "Lopez/Lopez/PROPN/1/nsubj/NNP directed/direct/VERB/1/ROOT/VBD the/the/DET/3/det/DT "
    "agency/agency/NOUN/1/dobj/NN on/on/ADP/1/prep/IN {day}/{day}/PROPN/4/pobj/NNP{ent} "
    "to/to/PART/7/aux/TO review/review/VERB/1/xcomp/VB its/its/PRON/9/poss/PRP$ "
    "rules/rule/NOUN/7/dobj/NNS ././PUNCT/1/punct/.")


def test_an_order_after_an_unmarked_weekday_is_an_order():
    assert coded_type(DIRECTED_ON_A_DAY.format(day="Tuesday", ent=""), 1) == "REQUEST"


def test_an_order_after_a_marked_day_or_a_place():
    # controls (pass on main too): a day the recogniser marks; a place between is no time
    assert coded_type(DIRECTED_ON_A_DAY.format(day="Tuesday", ent="/DATE"), 1) == "REQUEST"
    assert coded_type(DIRECTED_ON_A_DAY.format(day="Lima", ent="/GPE"), 1) is None
