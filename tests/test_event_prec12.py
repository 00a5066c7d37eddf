"""prec12: acts only weighed or wished, acts no one did, and trips told as the time of
another act, on hand-built parses (our own words)."""

from __future__ import annotations

import parses
import pytest

from newsbrief.events.modality import not_done, passing_trip, weighed

from fake_stages import build, by_type, ent
from test_event_roles12 import _extract

make_doc = parses.make_doc_head_first


WEIGHED = [
    # "The cabinet is considering imposing tariffs."
    ("cabinet/cabinet/NOUN/2/nsubj/NN is/be/AUX/2/aux/VBZ considering/consider/VERB/2/ROOT/VBG "
     "imposing/impose/VERB/2/xcomp/VBG tariffs/tariff/NOUN/3/dobj/NNS", 3, "considering"),
    # "The president is weighing airstrikes."
    ("president/president/NOUN/2/nsubj/NN is/be/AUX/2/aux/VBZ weighing/weigh/VERB/2/ROOT/VBG "
     "airstrikes/airstrike/NOUN/2/dobj/NNS", 3, "weighing"),
    # "They wanted to help him."
    ("They/they/PRON/1/nsubj/PRP wanted/want/VERB/1/ROOT/VBD to/to/PART/3/aux/TO "
     "help/help/VERB/1/xcomp/VB him/he/PRON/3/dobj/PRP", 3, "wanted"),
    # "She would like to visit the city."
    ("She/she/PRON/2/nsubj/PRP would/would/AUX/2/aux/MD like/like/VERB/2/ROOT/VB "
     "to/to/PART/4/aux/TO visit/visit/VERB/2/xcomp/VB city/city/NOUN/4/dobj/NN", 4, "like"),
    # "He mentioned the possibility of a strike.": a noun of chance, not a verb of
    # weighing: modality.chance_of reads it (tests/test_event_house36.py).
    ("He/he/PRON/1/nsubj/PRP mentioned/mention/VERB/1/ROOT/VBD the/the/DET/3/det/DT "
     "possibility/possibility/NOUN/1/dobj/NN of/of/ADP/3/prep/IN a/a/DET/6/det/DT "
     "strike/strike/NOUN/4/pobj/NN", 6, None),
    # Facts and decisions stay: "The state considers the attack an act of war" (the
    # attack is the subject of the small clause), "She likes to talk" (no "would"),
    # "They want talks" (the wish is the telling of the act's own noun), "The strike
    # was considered" (passive).
    ("state/state/NOUN/1/nsubj/NN considers/consider/VERB/1/ROOT/VBZ "
     "attack/attack/NOUN/3/nsubj/NN act/act/NOUN/1/ccomp/NN", 2, None),
    ("She/she/PRON/1/nsubj/PRP likes/like/VERB/1/ROOT/VBZ to/to/PART/3/aux/TO "
     "talk/talk/VERB/1/xcomp/VB", 3, None),
    ("They/they/PRON/1/nsubj/PRP want/want/VERB/1/ROOT/VBP talks/talk/NOUN/1/dobj/NNS",
     2, None),
    ("strike/strike/NOUN/2/nsubjpass/NN was/be/AUX/2/auxpass/VBD "
     "considered/consider/VERB/2/ROOT/VBN", 0, None),
    # "They hope that the talks resumed": a content clause, not the act wished.
    ("They/they/PRON/1/nsubj/PRP hope/hope/VERB/1/ROOT/VBP that/that/SCONJ/4/mark/IN "
     "talks/talk/NOUN/4/nsubj/NNS resumed/resume/VERB/1/ccomp/VBD", 4, None),
]


@pytest.mark.parametrize("spec, at, word", WEIGHED)
def test_an_act_only_weighed_or_wished(spec, at, word):
    assert weighed(make_doc(spec)[at]) == word


NOBODY = [
    # "None of the members met the envoy."
    ("None/none/NOUN/3/nsubj/NN of/of/ADP/0/prep/IN members/member/NOUN/1/pobj/NNS "
     "met/meet/VERB/3/ROOT/VBD envoy/envoy/NOUN/3/dobj/NN", 3, "none"),
    # "No senator backed the nominee."
    ("No/no/DET/1/det/DT senator/senator/NOUN/2/nsubj/NN backed/back/VERB/2/ROOT/VBD "
     "nominee/nominee/NOUN/2/dobj/NN", 2, "no"),
    # "Nobody has been charged."
    ("Nobody/nobody/PRON/3/nsubjpass/NN has/have/AUX/3/aux/VBZ been/be/AUX/3/auxpass/VBN "
     "charged/charge/VERB/3/ROOT/VBN", 3, "nobody"),
    # "The inquiry found no evidence that he sent files."
    ("inquiry/inquiry/NOUN/1/nsubj/NN found/find/VERB/1/ROOT/VBD no/no/DET/3/det/DT "
     "evidence/evidence/NOUN/1/dobj/NN that/that/SCONJ/6/mark/IN he/he/PRON/6/nsubj/PRP "
     "sent/send/VERB/3/acl/VBD files/file/NOUN/6/dobj/NNS", 6, "no evidence"),
    # "Neither side fired."
    ("Neither/neither/DET/1/det/DT side/side/NOUN/2/nsubj/NN fired/fire/VERB/2/ROOT/VBD",
     2, "neither"),
    # A bare participle may be a reduced relative: "None of the men arrested were
    # soldiers" says nothing of the arrest.
    ("None/none/NOUN/3/nsubj/NN of/of/ADP/0/prep/IN men/man/NOUN/1/pobj/NNS "
     "arrested/arrest/VERB/3/ROOT/VBN", 3, None),
    # "Some senators backed the nominee."
    ("Some/some/DET/1/det/DT senators/senator/NOUN/2/nsubj/NNS backed/back/VERB/2/ROOT/VBD "
     "nominee/nominee/NOUN/2/dobj/NN", 2, None),
]


@pytest.mark.parametrize("spec, at, word", NOBODY)
def test_an_act_no_one_did(spec, at, word):
    assert not_done(make_doc(spec)[at]) == word


TRIPS = [
    # "He spoke after arriving in the capital."
    ("He/he/PRON/1/nsubj/PRP spoke/speak/VERB/1/ROOT/VBD after/after/ADP/1/prep/IN "
     "arriving/arrive/VERB/2/pcomp/VBG in/in/ADP/3/prep/IN capital/capital/NOUN/4/pobj/NN",
     3, "after"),
    # "Police questioned him before he travelled abroad."
    ("Police/police/NOUN/1/nsubj/NNS questioned/question/VERB/1/ROOT/VBD him/he/PRON/1/dobj/PRP "
     "before/before/SCONJ/5/mark/IN he/he/PRON/5/nsubj/PRP travelled/travel/VERB/1/advcl/VBD "
     "abroad/abroad/ADV/5/advmod/RB", 5, "before"),
    # "She was arrested while visiting the port."
    ("She/she/PRON/2/nsubjpass/PRP was/be/AUX/2/auxpass/VBD arrested/arrest/VERB/2/ROOT/VBN "
     "while/while/SCONJ/4/mark/IN visiting/visit/VERB/2/advcl/VBG "
     "port/port/NOUN/4/dobj/NN", 4, "while"),
    # "until she returned the files": a giving back, no trip.
    ("She/she/PRON/1/nsubj/PRP waited/wait/VERB/1/ROOT/VBD until/until/SCONJ/4/mark/IN "
     "she/she/PRON/4/nsubj/PRP returned/return/VERB/1/advcl/VBD files/file/NOUN/4/dobj/NNS",
     4, None),
    # A visit told with "when" is told for itself; a trip as the main act stays.
    ("When/when/SCONJ/2/advmod/WRB minister/minister/NOUN/2/nsubj/NN "
     "visited/visit/VERB/4/advcl/VBD he/he/PRON/4/nsubj/PRP spoke/speak/VERB/4/ROOT/VBD",
     2, None),
    ("minister/minister/NOUN/1/nsubj/NN arrived/arrive/VERB/1/ROOT/VBD in/in/ADP/1/prep/IN "
     "Kyiv/Kyiv/PROPN/2/pobj/NNP/GPE", 1, None),
]


@pytest.mark.parametrize("spec, at, word", TRIPS)
def test_a_trip_told_as_the_time_of_another_act(spec, at, word):
    assert passing_trip(make_doc(spec)[at]) == word


# The patterns stop a record in extract_events itself (events.extract._no_news), not only
# in the functions read above.
# "Norway wanted to attack Sweden." / "Norway attacked Sweden."
WANTED = ["Norway Norway PROPN nsubj 1 B-GPE", "wanted want VERB ROOT 1", "to to PART aux 3",
          "attack attack VERB xcomp 1", "Sweden Sweden PROPN dobj 3 B-GPE",
          ". . PUNCT punct 1"]
ATTACKED = ["Norway Norway PROPN nsubj 1 B-GPE", "attacked attack VERB ROOT 1",
            "Sweden Sweden PROPN dobj 1 B-GPE", ". . PUNCT punct 1"]
# "Norway spoke while visiting Sweden."
WHILE_VISITING = ["Norway Norway PROPN nsubj 1 B-GPE", "spoke speak VERB ROOT 1",
                  "while while SCONJ mark 3", "visiting visit VERB advcl 1",
                  "Sweden Sweden PROPN dobj 3 B-GPE", ". . PUNCT punct 1"]


def _states(doc):
    return [ent(doc, t.text.lower(), t.i, t.i + 1, "state", t.text[:3].upper())
            for t in doc if t.text in ("Norway", "Sweden")]


def test_an_act_only_wished_is_no_record():
    doc = build(WANTED)
    assert by_type(_extract(doc, _states(doc)), "ASSAULT") == []
    doc = build(ATTACKED)
    assert len(by_type(_extract(doc, _states(doc)), "ASSAULT")) == 1


def test_a_trip_told_as_the_time_of_another_act_is_no_record():
    doc = build(WHILE_VISITING)
    assert by_type(_extract(doc, _states(doc)), "CONSULT") == []
