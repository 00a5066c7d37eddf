"""Key-event recall (issue 11, cover5): weapons tests and launches, staff withdrawn,
convictions undone, booing; and the frames that let a two-word pattern be read from
a passive, a measure phrase ("all of its troops") or an objective "of".
Hand-built parses of sentences made up for the test; the packaged lexicon codes them."""

from __future__ import annotations

import pytest

from newsbrief.events.coding import code_predicate
from parses import make_doc


def coded(spec: str, at: int):
    doc = make_doc(spec)
    got = code_predicate(doc, doc[at])
    return None if got is None else (got.type, got.cameo)


CASES = [
    # A missile fired into the sea is a test, a show of force (CAMEO 150) ...
    ("Freedonia/freedonia/PROPN/NNP/1/nsubj fired/fire/VERB/VBD/1/ROOT two/two/NUM/CD/3/nummod "
     "missiles/missile/NOUN/NNS/1/dobj into/into/ADP/IN/1/prep the/the/DET/DT/6/det "
     "sea/sea/NOUN/NN/4/pobj", 1, ("MOBILIZE", "150")),
    # ... fired at a base it is an attack with aerial weapons (195).
    ("Freedonia/freedonia/PROPN/NNP/1/nsubj fired/fire/VERB/VBD/1/ROOT "
     "missiles/missile/NOUN/NNS/1/dobj at/at/ADP/IN/1/prep the/the/DET/DT/5/det "
     "base/base/NOUN/NN/3/pobj", 1, ("ASSAULT", "195")),
    # "on Friday" is a time, not a target.
    ("Freedonia/freedonia/PROPN/NNP/1/nsubj launched/launch/VERB/VBD/1/ROOT a/a/DET/DT/3/det "
     "missile/missile/NOUN/NN/1/dobj on/on/ADP/IN/1/prep Friday/friday/PROPN/NNP/4/pobj",
     1, ("MOBILIZE", "150")),
    ("Freedonia/freedonia/PROPN/NNP/1/nsubj tested/test/VERB/VBD/1/ROOT an/an/DET/DT/3/det "
     "ICBM/icbm/NOUN/NN/1/dobj", 1, ("MOBILIZE", "150")),
    ("Freedonia/freedonia/PROPN/NNP/1/nsubj launched/launch/VERB/VBD/1/ROOT a/a/DET/DT/3/det "
     "satellite/satellite/NOUN/NN/1/dobj", 1, ("MOBILIZE", "150")),
    # A measure of the object: "launched a pair of missiles".
    ("Freedonia/freedonia/PROPN/NNP/1/nsubj launched/launch/VERB/VBD/1/ROOT a/a/DET/DT/3/det "
     "pair/pair/NOUN/NN/1/dobj of/of/ADP/IN/3/prep missiles/missile/NOUN/NNS/4/pobj",
     1, ("MOBILIZE", "150")),
    # The objective "of" reads as the compound: "the launch of a missile".
    ("the/the/DET/DT/1/det launch/launch/NOUN/NN/1/ROOT of/of/ADP/IN/1/prep a/a/DET/DT/4/det "
     "missile/missile/NOUN/NN/2/pobj by/by/ADP/IN/1/prep Freedonia/freedonia/PROPN/NNP/5/pobj",
     1, ("MOBILIZE", "150")),
    ("Freedonia/freedonia/PROPN/NNP/2/poss 's/'s/PART/POS/0/case test/test/NOUN/NN/3/compound "
     "launch/launch/NOUN/NN/3/ROOT", 3, ("MOBILIZE", "150")),
    # Staff withdrawn, told in the passive or with a measure phrase.
    ("the/the/DET/DT/1/det embassy/embassy/NOUN/NN/3/nsubjpass was/be/AUX/VBD/3/auxpass "
     "evacuated/evacuate/VERB/VBN/3/ROOT", 3, ("RETREAT", "087")),
    ("the/the/DET/DT/1/det troops/troop/NOUN/NNS/3/nsubjpass were/be/AUX/VBD/3/auxpass "
     "pulled/pull/VERB/VBN/3/ROOT", 3, ("RETREAT", "087")),
    # The patient of a passive relative clause is its antecedent ("staff who were
    # evacuated"), of a reduced one the noun it follows ("diplomats evacuated from ...").
    ("the/the/DET/DT/1/det staff/staff/NOUN/NN/1/ROOT who/who/PRON/WP/4/nsubjpass "
     "were/be/AUX/VBD/4/auxpass evacuated/evacuate/VERB/VBN/1/relcl", 4, ("RETREAT", "087")),
    ("diplomats/diplomat/NOUN/NNS/0/ROOT evacuated/evacuate/VERB/VBN/0/acl from/from/ADP/IN/1/prep "
     "the/the/DET/DT/4/det capital/capital/NOUN/NN/2/pobj", 1, ("RETREAT", "087")),
    ("Norway/norway/PROPN/NNP/1/nsubj relocated/relocate/VERB/VBD/1/ROOT all/all/DET/DT/1/dobj "
     "of/of/ADP/IN/2/prep its/its/PRON/PRP$/5/poss personnel/personnel/NOUN/NNS/3/pobj",
     1, ("RETREAT", "087")),
    ("the/the/DET/DT/1/det evacuation/evacuation/NOUN/NN/1/ROOT of/of/ADP/IN/1/prep "
     "the/the/DET/DT/4/det embassy/embassy/NOUN/NN/2/pobj", 1, ("RETREAT", "087")),
    # A court undoing a conviction frees the convicted (as an acquittal).
    ("the/the/DET/DT/1/det court/court/NOUN/NN/2/nsubj overturned/overturn/VERB/VBD/2/ROOT "
     "his/his/PRON/PRP$/4/poss conviction/conviction/NOUN/NN/2/dobj", 2, ("RETREAT", "084")),
    ("the/the/DET/DT/1/det conviction/conviction/NOUN/NN/3/nsubjpass was/be/AUX/VBD/3/auxpass "
     "quashed/quash/VERB/VBN/3/ROOT", 3, ("RETREAT", "084")),
    # Booing a public figure is dissent.
    ("the/the/DET/DT/1/det crowd/crowd/NOUN/NN/2/nsubj booed/boo/VERB/VBD/2/ROOT "
     "the/the/DET/DT/4/det minister/minister/NOUN/NN/2/dobj", 2, ("PROTEST", "140")),
]


@pytest.mark.parametrize("spec, at, expected", CASES,
                         ids=[f"{c[2][0]}{k}" for k, c in enumerate(CASES)])
def test_key_event_frames_are_coded(spec, at, expected):
    assert coded(spec, at) == expected


def test_a_compound_names_no_second_act_beside_its_head():
    # "a missile test launch": one act, coded on "launch", not again on "test".
    spec = ("a/a/DET/DT/3/det missile/missile/NOUN/NN/2/compound test/test/NOUN/NN/3/compound "
            "launch/launch/NOUN/NN/3/ROOT")
    assert coded(spec, 3) == ("MOBILIZE", "150")
    assert coded(spec, 2) is None


@pytest.mark.parametrize("spec, at", [
    # A product launched is no weapons test.
    ("the/the/DET/DT/1/det launch/launch/NOUN/NN/1/ROOT of/of/ADP/IN/1/prep "
     "the/the/DET/DT/4/det phone/phone/NOUN/NN/2/pobj", 1),
    # Moving an embassy to a new city is no withdrawal of staff.
    ("Norway/norway/PROPN/NNP/1/nsubj relocated/relocate/VERB/VBD/1/ROOT its/its/PRON/PRP$/3/poss "
     "embassy/embassy/NOUN/NN/1/dobj", 1),
], ids=["product_launch", "embassy_moved"])
def test_look_alikes_are_not_coded_so(spec, at):
    got = coded(spec, at)
    assert got is None or got[0] not in ("MOBILIZE", "RETREAT")


def test_overturning_a_rule_stays_a_rejection():
    spec = ("the/the/DET/DT/1/det court/court/NOUN/NN/2/nsubj overturned/overturn/VERB/VBD/2/ROOT "
            "the/the/DET/DT/4/det rule/rule/NOUN/NN/2/dobj")
    assert coded(spec, 2) == ("REJECT", "120")


@pytest.mark.parametrize("subject, verb, expected", [
    ("protesters/protester", "stormed/storm", ("PROTEST", "145")),
    ("demonstrators/demonstrator", "stormed/storm", ("PROTEST", "145")),
    ("soldiers/soldier", "stormed/storm", ("ASSAULT", "190")),
    # A killing stays an assault whoever does it.
    ("protesters/protester", "killed/kill", ("ASSAULT", "190")),
])
def test_a_crowd_storming_a_place_is_a_violent_protest(subject, verb, expected):
    spec = (f"the/the/DET/DT/1/det {subject}/NOUN/NNS/2/nsubj {verb}/VERB/VBD/2/ROOT "
            "the/the/DET/DT/4/det embassy/embassy/NOUN/NN/2/dobj")
    assert coded(spec, 2) == expected


def test_a_search_of_premises_named_by_a_noun_is_a_search():
    # "an FBI search of the apartment"; a search of records stays an inquiry.
    spec = ("an/an/DET/DT/2/det FBI/fbi/PROPN/NNP/2/compound search/search/NOUN/NN/2/ROOT "
            "of/of/ADP/IN/2/prep the/the/DET/DT/5/det {}/NOUN/NN/3/pobj")
    assert coded(spec.format("apartment/apartment"), 2) == ("COERCE", "171")
    assert coded(spec.format("records/record"), 2) == ("ACCUSE", "090")


@pytest.mark.parametrize("spec, at, expected", [
    # "The state placed the nurse in quarantine."
    ("the/the/DET/DT/1/det state/state/NOUN/NN/2/nsubj placed/place/VERB/VBD/2/ROOT "
     "the/the/DET/DT/4/det nurse/nurse/NOUN/NN/2/dobj in/in/ADP/IN/2/prep "
     "quarantine/quarantine/NOUN/NN/5/pobj", 2, ("COERCE", "172")),
    # "The army put its troops on alert."
    ("the/the/DET/DT/1/det army/army/NOUN/NN/2/nsubj put/put/VERB/VBD/2/ROOT "
     "its/its/PRON/PRP$/4/poss troops/troop/NOUN/NNS/2/dobj on/on/ADP/IN/2/prep "
     "alert/alert/NOUN/NN/5/pobj", 2, ("MOBILIZE", "152")),
    # "Norway quarantined the crew." / "Norway locked down the port."
    ("Norway/norway/PROPN/NNP/1/nsubj quarantined/quarantine/VERB/VBD/1/ROOT "
     "the/the/DET/DT/3/det crew/crew/NOUN/NN/1/dobj", 1, ("COERCE", "172")),
    ("Norway/norway/PROPN/NNP/1/nsubj locked/lock/VERB/VBD/1/ROOT down/down/ADP/RP/1/prt "
     "the/the/DET/DT/4/det port/port/NOUN/NN/1/dobj", 1, ("COERCE", "172")),
], ids=["placed_in_quarantine", "put_on_alert", "quarantined", "locked_down"])
def test_a_state_imposed_on_someone_is_the_act(spec, at, expected):
    assert coded(spec, at) == expected


def test_a_thing_put_in_a_place_is_no_act():
    # "We put the plan in place."
    spec = ("we/we/PRON/PRP/1/nsubj put/put/VERB/VBD/1/ROOT the/the/DET/DT/3/det "
            "plan/plan/NOUN/NN/1/dobj in/in/ADP/IN/1/prep place/place/NOUN/NN/4/pobj")
    assert coded(spec, 1) is None


def test_put_in_charge_is_an_office_not_a_charge():
    # "The order put him in charge of the inquiry."
    spec = ("the/the/DET/DT/1/det order/order/NOUN/NN/2/nsubj put/put/VERB/VBD/2/ROOT "
            "him/he/PRON/PRP/2/dobj in/in/ADP/IN/2/prep charge/charge/NOUN/NN/4/pobj "
            "of/of/ADP/IN/5/prep the/the/DET/DT/8/det inquiry/inquiry/NOUN/NN/6/pobj")
    got = coded(spec, 2)
    assert got is None or got[0] != "ACCUSE"
