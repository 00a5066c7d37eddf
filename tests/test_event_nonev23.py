"""Non-events the judges found kept (nonev23): opinions restated as acts. Hand-built
parses (no model); sentences made up."""

from __future__ import annotations

import pytest

from parses import make_doc_head_first

from newsbrief.events.senses import rhetoric, shared_view, words_not_act

VIEWS = [
    # "Lee agreed the vote was unfair .": a view shared, no agreement
    pytest.param(
        "Lee/lee/PROPN/1/nsubj/NNP/PERSON agreed/agree/VERB/1/ROOT/VBD the/the/DET/3/det/DT "
        "vote/vote/NOUN/4/nsubj/NN was/be/AUX/1/ccomp/VBD unfair/unfair/ADJ/4/acomp/JJ",
        1, True, id="agreeing_that_something_is_so_is_no_agreement"),
    # "Kim agrees that the raid was a crime ."
    pytest.param(
        "Kim/kim/PROPN/1/nsubj/NNP/PERSON agrees/agree/VERB/1/ROOT/VBZ that/that/SCONJ/5/mark/IN "
        "the/the/DET/4/det/DT raid/raid/NOUN/5/nsubj/NN was/be/AUX/1/ccomp/VBD "
        "a/a/DET/7/det/DT crime/crime/NOUN/5/attr/NN",
        1, True, id="agreeing_with_a_that_clause_of_being_is_no_agreement"),
    # controls: "Lee agreed the troops would leave ." settles what is to be done
    pytest.param(
        "Lee/lee/PROPN/1/nsubj/NNP/PERSON agreed/agree/VERB/1/ROOT/VBD the/the/DET/3/det/DT "
        "troops/troop/NOUN/5/nsubj/NNS would/would/AUX/5/aux/MD leave/leave/VERB/1/ccomp/VB",
        1, False, id="agreeing_what_will_be_done_stays"),
    # "Lee agreed the ban should be permanent .": a modal copula, a decision
    pytest.param(
        "Lee/lee/PROPN/1/nsubj/NNP/PERSON agreed/agree/VERB/1/ROOT/VBD the/the/DET/3/det/DT "
        "ban/ban/NOUN/5/nsubj/NN should/should/AUX/5/aux/MD be/be/AUX/1/ccomp/VB "
        "permanent/permanent/ADJ/5/acomp/JJ",
        1, False, id="agreeing_what_should_be_stays"),
    # "They agreed they were ready to start talks .": a step agreed on
    pytest.param(
        "They/they/PRON/1/nsubj/PRP agreed/agree/VERB/1/ROOT/VBD they/they/PRON/3/nsubj/PRP "
        "were/be/AUX/1/ccomp/VBD ready/ready/ADJ/3/acomp/JJ to/to/PART/6/aux/TO "
        "start/start/VERB/4/xcomp/VB talks/talk/NOUN/6/dobj/NNS",
        1, False, id="agreeing_to_be_ready_to_act_stays"),
    # "The cabinet agreed it was likely that Kim was behind the raid .": a body's position
    pytest.param(
        "The/the/DET/1/det/DT cabinet/cabinet/NOUN/2/nsubj/NN agreed/agree/VERB/2/ROOT/VBD "
        "it/it/PRON/4/nsubj/PRP was/be/AUX/2/ccomp/VBD likely/likely/ADJ/4/acomp/JJ",
        2, False, id="a_body_agreeing_on_a_finding_stays"),
    # "Lee and Kim agreed the vote was unfair .": two sides agreeing state a position
    pytest.param(
        "Lee/lee/PROPN/3/nsubj/NNP/PERSON and/and/CCONJ/0/cc/CC Kim/kim/PROPN/0/conj/NNP/PERSON "
        "agreed/agree/VERB/3/ROOT/VBD the/the/DET/5/det/DT vote/vote/NOUN/6/nsubj/NN "
        "was/be/AUX/3/ccomp/VBD unfair/unfair/ADJ/6/acomp/JJ",
        3, False, id="two_sides_agreeing_on_a_view_stay"),
    # "Lee agreed to talks ." and "Kim agreed on a truce ."
    pytest.param(
        "Lee/lee/PROPN/1/nsubj/NNP/PERSON agreed/agree/VERB/1/ROOT/VBD to/to/ADP/1/prep/IN "
        "talks/talk/NOUN/2/pobj/NNS",
        1, False, id="agreeing_to_something_stays"),
    pytest.param(
        "Kim/kim/PROPN/1/nsubj/NNP/PERSON agreed/agree/VERB/1/ROOT/VBD on/on/ADP/1/prep/IN "
        "a/a/DET/4/det/DT truce/truce/NOUN/2/pobj/NN",
        1, False, id="agreeing_on_something_stays"),
    # fix24: "Lee agreed on Tuesday the vote was unfair .": a day is not what is agreed on
    pytest.param(
        "Lee/lee/PROPN/1/nsubj/NNP/PERSON agreed/agree/VERB/1/ROOT/VBD on/on/ADP/1/prep/IN "
        "Tuesday/tuesday/PROPN/2/pobj/NNP/DATE the/the/DET/5/det/DT vote/vote/NOUN/6/nsubj/NN "
        "was/be/AUX/1/ccomp/VBD unfair/unfair/ADJ/6/acomp/JJ",
        1, True, id="agreeing_on_a_day_that_something_is_so_is_no_agreement"),
]


@pytest.mark.parametrize(("spec", "at", "expected"), VIEWS)
def test_agreeing_with_a_view_is_no_agreement(spec, at, expected):
    assert shared_view(make_doc_head_first(spec)[at], "AGREE") is expected


RHETORIC = [
    # "Despite his tough talk , the city stayed calm ."
    pytest.param(
        "Despite/despite/ADP/7/prep/IN his/his/PRON/3/poss/PRP$ tough/tough/ADJ/3/amod/JJ "
        "talk/talk/NOUN/0/pobj/NN ,/,/PUNCT/7/punct/, the/the/DET/6/det/DT "
        "city/city/NOUN/7/nsubj/NN stayed/stay/VERB/7/ROOT/VBD calm/calm/ADJ/7/acomp/JJ",
        3, True, id="one_persons_tough_talk_is_no_consultation"),
    # "Lee's talk of peace pleased Kim ."
    pytest.param(
        "Lee/lee/PROPN/2/poss/NNP/PERSON 's/'s/PART/0/case/POS talk/talk/NOUN/5/nsubj/NN "
        "of/of/ADP/2/prep/IN peace/peace/NOUN/3/pobj/NN pleased/please/VERB/5/ROOT/VBD "
        "Kim/kim/PROPN/5/dobj/NNP/PERSON",
        2, True, id="a_named_persons_talk_of_something_is_no_consultation"),
    # controls: "Lee's talk with Kim lasted an hour ." (a partner), "their talk" (two sides)
    pytest.param(
        "Lee/lee/PROPN/2/poss/NNP/PERSON 's/'s/PART/0/case/POS talk/talk/NOUN/5/nsubj/NN "
        "with/with/ADP/2/prep/IN Kim/kim/PROPN/3/pobj/NNP/PERSON lasted/last/VERB/5/ROOT/VBD "
        "an/an/DET/7/det/DT hour/hour/NOUN/5/npadvmod/NN",
        2, False, id="a_talk_with_a_partner_stays"),
    pytest.param(
        "Their/their/PRON/1/poss/PRP$ talk/talk/NOUN/2/nsubj/NN lasted/last/VERB/2/ROOT/VBD "
        "an/an/DET/4/det/DT hour/hour/NOUN/2/npadvmod/NN",
        1, False, id="a_talk_of_two_sides_stays"),
    # "In his Tuesday talk at the institute , Lee said so .": a speech given, an occasion
    pytest.param(
        "In/in/ADP/9/prep/IN his/his/PRON/3/poss/PRP$ Tuesday/tuesday/PROPN/3/compound/NNP/DATE "
        "talk/talk/NOUN/0/pobj/NN at/at/ADP/3/prep/IN the/the/DET/6/det/DT "
        "institute/institute/NOUN/4/pobj/NN ,/,/PUNCT/9/punct/, Lee/lee/PROPN/9/nsubj/NNP/PERSON "
        "said/say/VERB/9/ROOT/VBD so/so/ADV/9/advmod/RB",
        3, False, id="a_talk_given_at_a_place_on_a_day_stays"),
    # "During his lecture talk , Lee showed a map .": a kind of talk given, a speech
    pytest.param(
        "During/during/ADP/6/prep/IN his/his/PRON/3/poss/PRP$ lecture/lecture/NOUN/3/compound/NN "
        "talk/talk/NOUN/0/pobj/NN ,/,/PUNCT/6/punct/, Lee/lee/PROPN/6/nsubj/NNP/PERSON "
        "showed/show/VERB/6/ROOT/VBD a/a/DET/8/det/DT map/map/NOUN/6/dobj/NN",
        3, False, id="a_kind_of_talk_given_stays"),
    # "Lee held talks with Kim ." stays (the plural)
    pytest.param(
        "Lee/lee/PROPN/1/nsubj/NNP/PERSON held/hold/VERB/1/ROOT/VBD talks/talk/NOUN/1/dobj/NNS "
        "with/with/ADP/1/prep/IN Kim/kim/PROPN/3/pobj/NNP/PERSON",
        2, False, id="talks_held_stay"),
    # fix24: "Lee's brief talk on Monday pleased Kim ." (the day a grandchild)
    pytest.param(
        "Lee/lee/PROPN/3/poss/NNP/PERSON 's/'s/PART/0/case/POS brief/brief/ADJ/3/amod/JJ "
        "talk/talk/NOUN/6/nsubj/NN on/on/ADP/3/prep/IN Monday/monday/PROPN/4/pobj/NNP/DATE "
        "pleased/please/VERB/6/ROOT/VBD Kim/kim/PROPN/6/dobj/NNP/PERSON",
        3, False, id="a_talk_on_a_day_stays_wherever_the_day_hangs"),
    # "Lee's talk lasted an hour with Kim ." ("with" hung on the verb)
    pytest.param(
        "Lee/lee/PROPN/2/poss/NNP/PERSON 's/'s/PART/0/case/POS talk/talk/NOUN/3/nsubj/NN "
        "lasted/last/VERB/3/ROOT/VBD an/an/DET/5/det/DT hour/hour/NOUN/3/npadvmod/NN "
        "with/with/ADP/3/prep/IN Kim/kim/PROPN/6/pobj/NNP/PERSON",
        2, False, id="a_talk_with_a_partner_on_the_verb_stays"),
]


@pytest.mark.parametrize(("spec", "at", "expected"), RHETORIC)
def test_one_speakers_talk_is_no_consultation(spec, at, expected):
    assert rhetoric(make_doc_head_first(spec)[at], "CONSULT") is expected


# fix24: "After a frank talk , Lee and Kim agreed ." two doers: never one speaker's words
FRANK_TALK = ("After/after/ADP/7/prep/IN a/a/DET/3/det/DT frank/frank/ADJ/3/amod/JJ "
              "talk/talk/NOUN/0/pobj/NN ,/,/PUNCT/7/punct/, Lee/lee/PROPN/7/nsubj/NNP/PERSON "
              "and/and/CCONJ/5/cc/CC Kim/kim/PROPN/5/conj/NNP/PERSON agreed/agree/VERB/7/ROOT/VBD")


def test_a_talk_of_two_doers_is_never_one_speakers_words():
    doc = make_doc_head_first(FRANK_TALK)
    assert rhetoric(doc[3], "CONSULT")  # the noun alone reads as one speaker's
    assert not words_not_act(doc[3], doc[3], "CONSULT", 2)
    assert words_not_act(doc[3], doc[3], "CONSULT", 1)
