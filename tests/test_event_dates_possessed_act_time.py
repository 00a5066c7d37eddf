"""datesB: a time long past told straight after a verb's object that is someone's act
("defended her signing of the treaty two years ago") is that act's time, which the
parser hangs on the verb (`nountimes._possessed_act_far_time`); the verb is not dated
by it. Controls: the same time after an object that is no possessed act, a near time,
and a time told before the object. Hand-built parses, sentences made up."""

from __future__ import annotations

from newsbrief.events import nountimes

from fake_stages import build

# "The minister defended her signing of it two years ago."
SIGNING = [
    "The the DET det 1", "minister minister NOUN nsubj 2", "defended defend VERB ROOT 2",
    "her her PRON poss 4", "signing signing NOUN dobj 2", "of of ADP prep 4",
    "it it PRON pobj 5", "two two NUM nummod 8",
    "years year NOUN npadvmod 9", "ago ago ADV advmod 2", ". . PUNCT punct 2",
]
# fixX: "The rebels overthrew their king two years ago." ("king" is no "-ing" act)
KING = [
    "The the DET det 1", "rebels rebel NOUN nsubj 2", "overthrew overthrow VERB ROOT 2",
    "their their PRON poss 4", "king king NOUN dobj 2", "two two NUM nummod 6",
    "years year NOUN npadvmod 7", "ago ago ADV advmod 2", ". . PUNCT punct 2",
]
# fixX: "The senate confirmed Smith's nomination in 2015." (an act on the act, done then)
CONFIRMED = [
    "The the DET det 1", "senate senate NOUN nsubj 2", "confirmed confirm VERB ROOT 2",
    "Smith Smith PROPN poss 5", "'s 's PART case 3", "nomination nomination NOUN dobj 2",
    "in in ADP prep 2", "2015 2015 NUM pobj 6", ". . PUNCT punct 2",
]
# "The envoy praised Norway's vote in 2015."
VOTE = [
    "The the DET det 1", "envoy envoy NOUN nsubj 2", "praised praise VERB ROOT 2",
    "Norway Norway PROPN poss 5", "'s 's PART case 3", "vote vote NOUN dobj 2",
    "in in ADP prep 2", "2015 2015 NUM pobj 6", ". . PUNCT punct 2",
]
# control: "The minister defended the treaty two years ago."
TREATY = [
    "The the DET det 1", "minister minister NOUN nsubj 2", "defended defend VERB ROOT 2",
    "the the DET det 4", "treaty treaty NOUN dobj 2", "two two NUM nummod 6",
    "years year NOUN npadvmod 7", "ago ago ADV advmod 2", ". . PUNCT punct 2",
]
# control: "In 2015 the envoy praised Norway's vote."
BEFORE = [
    "In in ADP prep 4", "2015 2015 NUM pobj 0", "the the DET det 3",
    "envoy envoy NOUN nsubj 4", "praised praise VERB ROOT 4",
    "Norway Norway PROPN poss 7", "'s 's PART case 5", "vote vote NOUN dobj 4",
    ". . PUNCT punct 4",
]


def _time(rows, word):
    doc = build(rows)
    return next(t for t in doc if t.text == word)


def test_a_far_time_after_a_possessed_act_is_that_acts():
    assert nountimes._possessed_act_far_time(_time(SIGNING, "ago"), True)
    assert nountimes._possessed_act_far_time(_time(VOTE, "2015"), True)


def test_a_near_time_after_a_possessed_act_stays_the_verbs():
    # "praised the minister's speech on Monday": as often the praising's day
    assert not nountimes._possessed_act_far_time(_time(SIGNING, "ago"), False)
    assert not nountimes._possessed_act_far_time(_time(VOTE, "2015"), False)


def test_an_object_that_is_no_possessed_act_or_a_time_before_it_keeps_the_time():
    assert not nountimes._possessed_act_far_time(_time(TREATY, "ago"), True)
    assert not nountimes._possessed_act_far_time(_time(BEFORE, "2015"), True)


def test_a_noun_spelt_ing_or_a_verb_acting_on_the_act_keeps_the_time():
    """fixX (reread X, finding 4): "their king" is no act; "confirmed the nomination"
    is done at the time told, not told of now."""
    assert not nountimes._possessed_act_far_time(_time(KING, "ago"), True)
    assert not nountimes._possessed_act_far_time(_time(CONFIRMED, "2015"), True)
