"""Non-events the judges found kept (nonev33): an act told in the simple present in a
clause of time ("before the sides hold talks", "until the cabinet resigns") is still to
come; an act one is given days to do ("gave the state ten days to file claims") is still
to do; what one looks forward to ("a new summit") is ahead. Hand-built parses (no
model); sentences made up."""

from __future__ import annotations

import pytest

from parses import make_doc_head_first

from newsbrief.events.modality import ahead_in_clause, anticipated, deadline_given

CASES = [
    # "The envoys arrived a day before the rivals hold talks ."
    pytest.param(
        "The/the/DET/1/det/DT envoys/envoy/NOUN/2/nsubj/NNS arrived/arrive/VERB/2/ROOT/VBD "
        "a/a/DET/4/det/DT day/day/NOUN/5/npadvmod/NN before/before/SCONJ/8/mark/IN "
        "the/the/DET/7/det/DT rivals/rival/NOUN/8/nsubj/NNS hold/hold/VERB/2/advcl/VBP "
        "talks/talk/NOUN/8/dobj/NNS",
        9, "before", id="talks_held_after_the_story_are_ahead"),
    # "Protesters vowed to stay until the cabinet resigns ."
    pytest.param(
        "Protesters/protester/NOUN/1/nsubj/NNS vowed/vow/VERB/1/ROOT/VBD to/to/PART/3/aux/TO "
        "stay/stay/VERB/1/xcomp/VB until/until/SCONJ/7/mark/IN the/the/DET/6/det/DT "
        "cabinet/cabinet/NOUN/7/nsubj/NN resigns/resign/VERB/3/advcl/VBZ",
        7, "until", id="a_resignation_waited_for_is_ahead"),
    # "Lee will take the post after Kim steps down ."
    pytest.param(
        "Lee/lee/PROPN/2/nsubj/NNP/PERSON will/will/AUX/2/aux/MD take/take/VERB/2/ROOT/VB "
        "the/the/DET/4/det/DT post/post/NOUN/2/dobj/NN after/after/SCONJ/7/mark/IN "
        "Kim/kim/PROPN/7/nsubj/NNP/PERSON steps/step/VERB/2/advcl/VBZ down/down/ADP/7/prt/RP",
        7, "after", id="a_stepping_down_to_come_is_ahead"),
    # controls: "The embassy closed after crowds stormed it .": the past tells it done
    pytest.param(
        "The/the/DET/1/det/DT embassy/embassy/NOUN/2/nsubj/NN closed/close/VERB/2/ROOT/VBD "
        "after/after/SCONJ/5/mark/IN crowds/crowd/NOUN/5/nsubj/NNS "
        "stormed/storm/VERB/2/advcl/VBD it/it/PRON/5/dobj/PRP",
        5, None, id="a_past_in_a_clause_of_time_was_done"),
    # "The embassy closed after crowds set fires .", "set" tagged as a present
    pytest.param(
        "The/the/DET/1/det/DT embassy/embassy/NOUN/2/nsubj/NN closed/close/VERB/2/ROOT/VBD "
        "after/after/SCONJ/5/mark/IN crowds/crowd/NOUN/5/nsubj/NNS "
        "set/set/VERB/2/advcl/VBP fires/fire/NOUN/5/dobj/NNS",
        5, None, id="a_past_spelled_as_a_present_tells_no_tense"),
    # "Lee spoke before he leaves the summit .": the summit is under way
    pytest.param(
        "Lee/lee/PROPN/1/nsubj/NNP/PERSON spoke/speak/VERB/1/ROOT/VBD "
        "before/before/SCONJ/4/mark/IN he/he/PRON/4/nsubj/PRP leaves/leave/VERB/1/advcl/VBZ "
        "the/the/DET/6/det/DT summit/summit/NOUN/4/dobj/NN",
        6, None, id="an_occasion_one_leaves_is_under_way"),
    # "Talks resumed after the sides had met ."
    pytest.param(
        "Talks/talk/NOUN/1/nsubj/NNS resumed/resume/VERB/1/ROOT/VBD after/after/SCONJ/6/mark/IN "
        "the/the/DET/4/det/DT sides/side/NOUN/6/nsubj/NNS had/have/AUX/6/aux/VBD "
        "met/meet/VERB/1/advcl/VBN",
        6, None, id="a_past_perfect_in_a_clause_of_time_was_done"),
    # "Lee smiles when Kim visits .": "when" with a present as often tells a habit
    pytest.param(
        "Lee/lee/PROPN/1/nsubj/NNP/PERSON smiles/smile/VERB/1/ROOT/VBZ "
        "when/when/SCONJ/4/mark/WRB Kim/kim/PROPN/4/nsubj/NNP/PERSON visits/visit/VERB/1/advcl/VBZ",
        4, None, id="when_is_left_to_other_rules"),
]


@pytest.mark.parametrize("spec, at, cue", CASES)
def test_ahead_in_clause(spec, at, cue):
    doc = make_doc_head_first(spec)
    assert ahead_in_clause(doc[at]) == cue


DEADLINES = [
    # "The judge gave the state ten days to file new claims .": the noun's verb
    pytest.param(
        "The/the/DET/1/det/DT judge/judge/NOUN/2/nsubj/NN gave/give/VERB/2/ROOT/VBD "
        "the/the/DET/4/det/DT state/state/NOUN/2/dative/NN ten/ten/NUM/6/nummod/CD/DATE "
        "days/day/NOUN/2/dobj/NNS/DATE to/to/PART/8/aux/TO file/file/VERB/2/advcl/VB "
        "new/new/ADJ/10/amod/JJ claims/claim/NOUN/8/dobj/NNS",
        10, "gave", id="claims_one_is_given_days_to_file_are_not_filed"),
    # "The rebels were given a week to disarm ."
    pytest.param(
        "The/the/DET/1/det/DT rebels/rebel/NOUN/3/nsubjpass/NNS were/be/AUX/3/auxpass/VBD "
        "given/give/VERB/3/ROOT/VBN a/a/DET/5/det/DT week/week/NOUN/3/dobj/NN/DATE "
        "to/to/PART/7/aux/TO disarm/disarm/VERB/5/relcl/VB",
        7, "given", id="an_act_given_a_week_is_still_to_do"),
    # "The court gave the ministry until Friday to answer ."
    pytest.param(
        "The/the/DET/1/det/DT court/court/NOUN/2/nsubj/NN gave/give/VERB/2/ROOT/VBD "
        "the/the/DET/4/det/DT ministry/ministry/NOUN/2/dobj/NN until/until/ADP/2/prep/IN "
        "Friday/friday/PROPN/5/pobj/NNP/DATE to/to/PART/8/aux/TO answer/answer/VERB/2/advcl/VB",
        8, "gave", id="an_act_given_until_a_day_is_still_to_do"),
    # controls: "The donors gave the town money to rebuild .": a means, no deadline
    pytest.param(
        "The/the/DET/1/det/DT donors/donor/NOUN/2/nsubj/NNS gave/give/VERB/2/ROOT/VBD "
        "the/the/DET/4/det/DT town/town/NOUN/2/dative/NN money/money/NOUN/2/dobj/NN "
        "to/to/PART/7/aux/TO rebuild/rebuild/VERB/2/advcl/VB",
        7, None, id="a_gift_for_an_act_is_no_deadline"),
    # "The army took ten days to retake the town .": no giving
    pytest.param(
        "The/the/DET/1/det/DT army/army/NOUN/2/nsubj/NN took/take/VERB/2/ROOT/VBD "
        "ten/ten/NUM/4/nummod/CD/DATE days/day/NOUN/2/dobj/NNS/DATE to/to/PART/6/aux/TO "
        "retake/retake/VERB/2/advcl/VB the/the/DET/8/det/DT town/town/NOUN/6/dobj/NN",
        6, None, id="time_taken_for_an_act_tells_it_done"),
    # "The board last week allowed the city to pass the rule .": the span tells when
    pytest.param(
        "The/the/DET/1/det/DT board/board/NOUN/4/nsubj/NN last/last/ADJ/3/amod/JJ/DATE "
        "week/week/NOUN/4/npadvmod/NN/DATE allowed/allow/VERB/4/ROOT/VBD "
        "the/the/DET/6/det/DT city/city/NOUN/4/dobj/NN to/to/PART/8/aux/TO "
        "pass/pass/VERB/4/xcomp/VB the/the/DET/10/det/DT rule/rule/NOUN/8/dobj/NN",
        8, None, id="a_span_that_tells_when_is_no_deadline"),
]


@pytest.mark.parametrize("spec, at, cue", DEADLINES)
def test_deadline_given(spec, at, cue):
    doc = make_doc_head_first(spec)
    assert deadline_given(doc[at]) == cue


LOOKED_FORWARD = [
    # "Lee looked forward to a new summit with Kim ."
    pytest.param(
        "Lee/lee/PROPN/1/nsubj/NNP/PERSON looked/look/VERB/1/ROOT/VBD "
        "forward/forward/ADV/1/advmod/RB to/to/ADP/1/prep/IN a/a/DET/6/det/DT "
        "new/new/ADJ/6/amod/JJ summit/summit/NOUN/3/pobj/NN with/with/ADP/6/prep/IN "
        "Kim/kim/PROPN/7/pobj/NNP/PERSON",
        6, "look forward", id="a_summit_looked_forward_to_is_ahead"),
    # "She looks forward to working with them ."
    pytest.param(
        "She/she/PRON/1/nsubj/PRP looks/look/VERB/1/ROOT/VBZ forward/forward/ADV/1/advmod/RB "
        "to/to/ADP/1/prep/IN working/work/VERB/3/pcomp/VBG with/with/ADP/4/prep/IN "
        "them/they/PRON/5/pobj/PRP",
        4, "look forward", id="work_looked_forward_to_is_ahead"),
    # "The capital awaits the summit ."
    pytest.param(
        "The/the/DET/1/det/DT capital/capital/NOUN/2/nsubj/NN awaits/await/VERB/2/ROOT/VBZ "
        "the/the/DET/4/det/DT summit/summit/NOUN/2/dobj/NN",
        4, "awaits", id="an_awaited_summit_is_ahead"),
    # controls: "Lee looked back to the first meeting .": no "forward"
    pytest.param(
        "Lee/lee/PROPN/1/nsubj/NNP/PERSON looked/look/VERB/1/ROOT/VBD back/back/ADV/1/advmod/RB "
        "to/to/ADP/1/prep/IN the/the/DET/6/det/DT first/first/ADJ/6/amod/JJ "
        "meeting/meeting/NOUN/3/pobj/NN",
        6, None, id="a_meeting_looked_back_to_was_held"),
    # "The court awaits the verdict .": no occasion
    pytest.param(
        "The/the/DET/1/det/DT court/court/NOUN/2/nsubj/NN awaits/await/VERB/2/ROOT/VBZ "
        "the/the/DET/4/det/DT verdict/verdict/NOUN/2/dobj/NN",
        4, None, id="an_awaited_thing_that_is_no_occasion_is_left"),
]


@pytest.mark.parametrize("spec, at, cue", LOOKED_FORWARD)
def test_anticipated(spec, at, cue):
    doc = make_doc_head_first(spec)
    assert anticipated(doc[at]) == cue
