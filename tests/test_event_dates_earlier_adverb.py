"""house17: dates16's adverb rule (`undated._earlier_adverb`): a past act with an adverb of
another time standing alone on its verb ("subsequently seized") has no day of the text,
but the rule is switched off when a time begins at the adverb (`_time_follows`:
"subsequently on Friday", "initially Tuesday"), a time told from another. Hand-built
parses, sentences made up."""

from __future__ import annotations

from newsbrief.events import undated

from fake_stages import with_tags
from fake_stages import build

# "The rebels subsequently seized the airport."
ALONE = [
    "The the DET det 1", "rebels rebel NOUN nsubj 3", "subsequently subsequently ADV advmod 3",
    "seized seize VERB ROOT 3", "the the DET det 5", "airport airport NOUN dobj 3",
    ". . PUNCT punct 3",
]
# "The rebels subsequently on Friday seized the airport."
PREP_FOLLOWS = [
    "The the DET det 1", "rebels rebel NOUN nsubj 5", "subsequently subsequently ADV advmod 5",
    "on on ADP prep 5", "Friday Friday PROPN pobj 3 B-DATE",
    "seized seize VERB ROOT 5", "the the DET det 7", "airport airport NOUN dobj 5",
    ". . PUNCT punct 5",
]
# "The army initially Tuesday denied the report."
DATE_FOLLOWS = [
    "The the DET det 1", "army army NOUN nsubj 4", "initially initially ADV advmod 4",
    "Tuesday Tuesday PROPN npadvmod 4 B-DATE", "denied deny VERB ROOT 4",
    "the the DET det 6", "report report NOUN dobj 4", ". . PUNCT punct 4",
]


def _verb(rows):
    doc = build(rows)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    return with_tags(doc, {verb.i: "VBD"})[verb.i]


def test_an_adverb_of_another_time_standing_alone_undates_the_act():
    assert undated._earlier_adverb(_verb(ALONE))


def test_a_time_that_begins_at_the_adverb_keeps_the_rule_off():
    # the adverb has no words of its own in either parse: only _time_follows tells them
    for rows in (PREP_FOLLOWS, DATE_FOLLOWS):
        verb = _verb(rows)
        adverb = next(t for t in verb.children if t.dep_ == "advmod")
        assert not any(adverb.children)
        assert undated._time_follows(adverb)
        assert not undated._earlier_adverb(verb), verb.text


# dates18: a preposition after the adverb begins a time only when its object names one.
# "The envoy met recently with the rebels."
PARTY_FOLLOWS = [
    "The the DET det 1", "envoy envoy NOUN nsubj 2", "met meet VERB ROOT 2",
    "recently recently ADV advmod 2", "with with ADP prep 2", "the the DET det 6",
    "rebels rebel NOUN pobj 4", ". . PUNCT punct 2",
]
# "The army initially in the morning denied the report." (no entity on "morning")
DAY_PART_FOLLOWS = [
    "The the DET det 1", "army army NOUN nsubj 7", "initially initially ADV advmod 7",
    "in in ADP prep 7", "the the DET det 5", "morning morning NOUN pobj 3",
    ", , PUNCT punct 7", "denied deny VERB ROOT 7", "the the DET det 9",
    "report report NOUN dobj 7", ". . PUNCT punct 7",
]


def test_a_preposition_that_names_a_party_is_no_time():
    verb = _verb(PARTY_FOLLOWS)
    adverb = next(t for t in verb.children if t.dep_ == "advmod")
    assert not undated._time_follows(adverb)
    assert undated._earlier_adverb(verb)


def test_a_preposition_whose_object_is_a_part_of_the_day_is_a_time():
    verb = _verb(DAY_PART_FOLLOWS)
    adverb = next(t for t in verb.children if t.dep_ == "advmod")
    assert undated._time_follows(adverb)
    assert not undated._earlier_adverb(verb)
