"""Key-event recall (issue 11, keys9): acts put off, computers broken into, deeds owned up
to. Hand-built parses of sentences made up for the test; the packaged lexicon codes
them."""

from __future__ import annotations

import pytest

from newsbrief.events.coding import code_predicate
from parses import make_doc


def coded(spec: str, at: int):
    doc = make_doc(spec)
    got = code_predicate(doc, doc[at])
    return None if got is None else (got.type, got.cameo)


# "Freedonia <verb> the <object>." with the verb and the object filled in.
PUT_OFF = ("Freedonia/freedonia/PROPN/NNP/1/nsubj {verb}/VERB/VBD/1/ROOT the/the/DET/DT/{det}/det "
           "{obj}")


@pytest.mark.parametrize("verb, obj, det, expected", [
    # A show of force put off is a step back from it (CAMEO 087) ...
    ("postponed/postpone", "missile/missile/NOUN/NN/4/compound test/test/NOUN/NN/1/dobj", 4,
     ("RETREAT", "087")),
    # ... a meeting put off a refusal to meet (125) ...
    ("delayed/delay", "talks/talk/NOUN/NNS/1/dobj", 3, ("REJECT", "125")),
    ("shelved/shelve", "summit/summit/NOUN/NN/1/dobj", 3, ("REJECT", "125")),
    # ... sanctions put off an easing of them (085), as lifting them is.
    ("deferred/defer", "sanctions/sanction/NOUN/NNS/1/dobj", 3, ("RETREAT", "085")),
], ids=["test_postponed", "talks_delayed", "summit_shelved", "sanctions_deferred"])
def test_an_act_put_off_is_coded_through_its_object(verb, obj, det, expected):
    assert coded(PUT_OFF.format(verb=verb, obj=obj, det=det), 1) == expected


@pytest.mark.parametrize("verb, obj, det", [
    ("delayed/delay", "vote/vote/NOUN/NN/1/dobj", 3),
    ("postponed/postpone", "budget/budget/NOUN/NN/1/dobj", 3),
    # Putting off a release or a signing is no sanction and no retreat.
    ("delayed/delay", "release/release/NOUN/NN/1/dobj", 3),
], ids=["vote", "budget", "release"])
def test_putting_off_what_is_no_hostile_or_shared_act_is_no_act(verb, obj, det):
    assert coded(PUT_OFF.format(verb=verb, obj=obj, det=det), 1) is None


def test_a_meeting_put_off_in_the_passive():
    # "The summit was postponed." / "The flight was delayed."
    spec = ("the/the/DET/DT/1/det {}/NOUN/NN/3/nsubjpass was/be/AUX/VBD/3/auxpass "
            "postponed/postpone/VERB/VBN/3/ROOT")
    assert coded(spec.format("summit/summit"), 3) == ("REJECT", "125")
    assert coded(spec.format("flight/flight"), 3) is None


@pytest.mark.parametrize("spec, at", [
    # "Hackers hacked the ministry's servers."
    ("hackers/hacker/NOUN/NNS/1/nsubj hacked/hack/VERB/VBD/1/ROOT the/the/DET/DT/3/det "
     "ministry/ministry/NOUN/NN/5/poss 's/'s/PART/POS/3/case servers/server/NOUN/NNS/1/dobj", 1),
    # "A group tried to hack into the system."
    ("a/a/DET/DT/1/det group/group/NOUN/NN/2/nsubj tried/try/VERB/VBD/2/ROOT to/to/PART/TO/4/aux "
     "hack/hack/VERB/VB/2/xcomp into/into/ADP/IN/4/prep the/the/DET/DT/7/det "
     "system/system/NOUN/NN/5/pobj", 4),
    # "the hacking of the e-mails"
    ("the/the/DET/DT/1/det hacking/hacking/NOUN/NN/1/ROOT of/of/ADP/IN/1/prep "
     "the/the/DET/DT/4/det e-mails/e-mail/NOUN/NNS/2/pobj", 1),
    # "a sophisticated hack of the network"
    ("a/a/DET/DT/2/det sophisticated/sophisticated/ADJ/JJ/2/amod hack/hack/NOUN/NN/2/ROOT "
     "of/of/ADP/IN/2/prep the/the/DET/DT/5/det network/network/NOUN/NN/3/pobj", 2),
], ids=["hacked", "hack_into", "the_hacking_of", "a_hack"])
def test_breaking_into_computers_is_an_attack(spec, at):
    assert coded(spec, at) == ("ASSAULT", "190")


def test_a_treaty_breached_stays_a_breach_of_it():
    # "Freedonia breached the treaty": a violation (defying norms, CAMEO 128), not a
    # cyber attack; asserted as coded, so the test fails if nothing is coded at all.
    spec = ("Freedonia/freedonia/PROPN/NNP/1/nsubj breached/breach/VERB/VBD/1/ROOT "
            "the/the/DET/DT/3/det treaty/treaty/NOUN/NN/1/dobj")
    assert coded(spec, 1) == ("REJECT", "128")


def test_a_deed_confessed_is_an_admission():
    # "The driver confessed to the theft."
    spec = ("the/the/DET/DT/1/det driver/driver/NOUN/NN/2/nsubj confessed/confess/VERB/VBD/2/ROOT "
            "to/to/ADP/IN/2/prep the/the/DET/DT/5/det theft/theft/NOUN/NN/3/pobj")
    assert coded(spec, 2) == ("CONCEDE", "080")


def test_a_point_acknowledged_in_an_argument_is_no_act():
    # "The minister acknowledged that the talks were hard."
    spec = ("the/the/DET/DT/1/det minister/minister/NOUN/NN/2/nsubj "
            "acknowledged/acknowledge/VERB/VBD/2/ROOT that/that/SCONJ/IN/6/mark "
            "the/the/DET/DT/5/det talks/talk/NOUN/NNS/6/nsubj were/be/AUX/VBD/2/ccomp "
            "hard/hard/ADJ/JJ/6/acomp")
    assert coded(spec, 2) is None
