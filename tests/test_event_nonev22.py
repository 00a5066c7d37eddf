"""Non-events the abw- judges found kept (nonev22). Hand-built parses (no model);
sentences made up."""

from __future__ import annotations

import pytest

from parses import coded_type as typed

CALLS = [
    # "Lee called on Christmas Eve to say he was safe ." ("Christmas Eve" a holiday: a day,
    # not someone called on)
    pytest.param(
        "Lee/lee/PROPN/1/nsubj/NNP/PERSON called/call/VERB/1/ROOT/VBD on/on/ADP/1/prep "
        "Christmas/christmas/PROPN/4/compound/NNP/EVENT Eve/eve/PROPN/2/pobj/NNP/EVENT "
        "to/to/PART/6/aux/TO say/say/VERB/1/advcl/VB he/he/PRON/8/nsubj/PRP "
        "was/be/AUX/6/ccomp/VBD safe/safe/ADJ/8/acomp/JJ",
        1, None, id="a_call_on_a_holiday_to_say_something_is_no_appeal"),
    # controls: "Lee called to say he was safe ." is no appeal either (so on main already)
    pytest.param(
        "Lee/lee/PROPN/1/nsubj/NNP/PERSON called/call/VERB/1/ROOT/VBD "
        "to/to/PART/3/aux/TO say/say/VERB/1/advcl/VB he/he/PRON/5/nsubj/PRP "
        "was/be/AUX/3/ccomp/VBD safe/safe/ADJ/5/acomp/JJ",
        1, None, id="a_call_to_say_something_is_no_appeal"),
    # "Lee called Kim to congratulate her .": a phone call between the two
    pytest.param(
        "Lee/lee/PROPN/1/nsubj/NNP/PERSON called/call/VERB/1/ROOT/VBD "
        "Kim/kim/PROPN/1/dobj/NNP/PERSON to/to/PART/4/aux/TO "
        "congratulate/congratulate/VERB/1/advcl/VB her/she/PRON/4/dobj/PRP",
        1, "CONSULT", id="a_call_to_someone_to_congratulate_is_a_phone_call"),
    # "Lee called on Kim to resign ." and "Lee called for talks ." are appeals
    pytest.param(
        "Lee/lee/PROPN/1/nsubj/NNP/PERSON called/call/VERB/1/ROOT/VBD on/on/ADP/1/prep "
        "Kim/kim/PROPN/2/pobj/NNP/PERSON to/to/PART/5/aux/TO resign/resign/VERB/1/advcl/VB",
        1, "REQUEST", id="a_call_on_someone_to_act_stays_an_appeal"),
    pytest.param(
        "Lee/lee/PROPN/1/nsubj/NNP/PERSON called/call/VERB/1/ROOT/VBD "
        "for/for/ADP/1/prep talks/talk/NOUN/2/pobj/NNS",
        1, "REQUEST", id="a_call_for_something_stays_an_appeal"),
]


SHOWN = [
    # "Guards used gas and warning shots to scatter the crowd ." with "warning" parsed as a
    # verb taking "shots": a kind of shot, no demand
    pytest.param(
        "Guards/guard/NOUN/1/nsubj/NNS used/use/VERB/1/ROOT/VBD gas/gas/NOUN/1/dobj/NN "
        "and/and/CCONJ/1/cc/CC warning/warn/VERB/1/conj/VBG shots/shot/NOUN/4/dobj/NNS "
        "to/to/PART/7/aux/TO scatter/scatter/VERB/4/advcl/VB the/the/DET/9/det/DT "
        "crowd/crowd/NOUN/7/dobj/NN",
        4, None, id="warning_shots_parsed_as_a_verb_are_no_demand"),
    # "Lee wounded Kim .": one person wounding another, no force anywhere: a figure
    pytest.param(
        "Lee/lee/PROPN/1/nsubj/NNP/PERSON wounded/wound/VERB/1/ROOT/VBD "
        "Kim/kim/PROPN/1/dobj/NNP/PERSON",
        1, None, id="a_wounding_in_words_is_no_assault"),
    # controls: "Lee wounded Kim with a knife .", "Lee wounded 20 ."
    pytest.param(
        "Lee/lee/PROPN/1/nsubj/NNP/PERSON wounded/wound/VERB/1/ROOT/VBD "
        "Kim/kim/PROPN/1/dobj/NNP/PERSON with/with/ADP/1/prep/IN a/a/DET/5/det/DT "
        "knife/knife/NOUN/3/pobj/NN",
        1, "ASSAULT", id="a_wounding_with_a_weapon_stays"),
    pytest.param(
        "Lee/lee/PROPN/1/nsubj/NNP/PERSON wounded/wound/VERB/1/ROOT/VBD "
        "20/20/NUM/1/dobj/CD",
        1, "ASSAULT", id="a_count_wounded_stays"),
    # control: "Guards warned the crowd to scatter ." is a demand
    pytest.param(
        "Guards/guard/NOUN/1/nsubj/NNS warned/warn/VERB/1/ROOT/VBD the/the/DET/3/det/DT "
        "crowd/crowd/NOUN/1/dobj/NN to/to/PART/5/aux/TO scatter/scatter/VERB/1/xcomp/VB",
        1, "REQUEST", id="warning_someone_to_act_stays_a_demand"),
]


@pytest.mark.parametrize(("spec", "at", "expected"), SHOWN)
def test_warning_shots_and_wounds_in_words_are_no_act(spec, at, expected):
    assert typed(spec, at) == expected


@pytest.mark.parametrize(("spec", "at", "expected"), CALLS)
def test_a_call_to_say_something_is_no_appeal(spec, at, expected):
    assert typed(spec, at) == expected

