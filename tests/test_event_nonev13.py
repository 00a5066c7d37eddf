"""nonev13: acts only asked for, demanded, proposed or tried are no record; a thing told
as a killer through a relative clause; a firm's officer and a firm's unit named with a
state in business news. Hand-built parses of sentences made up for the test."""

from __future__ import annotations

import parses
import pytest

from newsbrief.events.genre import Page, business_news
from newsbrief.events.modality import asked_for, attempted
from newsbrief.events.senses import DROP, sense_of
from newsbrief.records import ActorRef

from fake_stages import build, by_type, ent
from test_event_roles12 import _extract

make_doc = parses.make_doc_head_first
BUSINESS = Page(business=True)


ASKED = [
    # "Envoys urged Iran to resume talks."
    ("Envoys/envoy/NOUN/1/nsubj/NNS urged/urge/VERB/1/ROOT/VBD Iran/Iran/PROPN/1/dobj/NNP/GPE "
     "to/to/PART/4/aux/TO resume/resume/VERB/1/xcomp/VB talks/talk/NOUN/4/dobj/NNS",
     4, "urged"),
    # the talks are the resuming's object: asked for as well
    ("Envoys/envoy/NOUN/1/nsubj/NNS urged/urge/VERB/1/ROOT/VBD Iran/Iran/PROPN/1/dobj/NNP/GPE "
     "to/to/PART/4/aux/TO resume/resume/VERB/1/xcomp/VB talks/talk/NOUN/4/dobj/NNS",
     5, "urged"),
    # "The group demanded his release."
    ("group/group/NOUN/1/nsubj/NN demanded/demand/VERB/1/ROOT/VBD his/his/PRON/3/poss/PRP$ "
     "release/release/NOUN/1/dobj/NN", 3, "demanded"),
    # "Leaders called for a ceasefire."
    ("Leaders/leader/NOUN/1/nsubj/NNS called/call/VERB/1/ROOT/VBD for/for/ADP/1/prep/IN "
     "a/a/DET/4/det/DT ceasefire/ceasefire/NOUN/2/pobj/NN", 4, "called"),
    # "She renewed her calls for Chile to offer grants." (the infinitive hung on the verb)
    ("She/she/PRON/1/nsubj/PRP renewed/renew/VERB/1/ROOT/VBD her/her/PRON/3/poss/PRP$ "
     "calls/call/NOUN/1/dobj/NNS for/for/ADP/3/prep/IN Chile/Chile/PROPN/4/pobj/NNP/GPE "
     "to/to/PART/7/aux/TO offer/offer/VERB/1/advcl/VB grants/grant/NOUN/7/dobj/NNS",
     7, "renewed"),
    # "It was a suggestion that he offer to quit." (a subjunctive, and its complement)
    ("It/it/PRON/1/nsubj/PRP was/be/AUX/1/ROOT/VBD a/a/DET/3/det/DT "
     "suggestion/suggestion/NOUN/1/attr/NN that/that/SCONJ/6/mark/IN he/he/PRON/6/nsubj/PRP "
     "offer/offer/VERB/3/acl/VBP to/to/PART/8/aux/TO quit/quit/VERB/6/xcomp/VB",
     6, "suggestion"),
    ("It/it/PRON/1/nsubj/PRP was/be/AUX/1/ROOT/VBD a/a/DET/3/det/DT "
     "suggestion/suggestion/NOUN/1/attr/NN that/that/SCONJ/6/mark/IN he/he/PRON/6/nsubj/PRP "
     "offer/offer/VERB/3/acl/VBP to/to/PART/8/aux/TO quit/quit/VERB/6/xcomp/VB",
     8, "suggestion"),
    # The asking itself is the event: "She called on the town to rename the square."
    ("She/she/PRON/1/nsubj/PRP called/call/VERB/1/ROOT/VBD on/on/ADP/1/prep/IN "
     "town/town/NOUN/2/pobj/NN to/to/PART/5/aux/TO rename/rename/VERB/1/advcl/VB "
     "square/square/NOUN/5/dobj/NN", 1, None),
    # A purpose, not an ask: "The minister called a meeting to discuss the crisis."
    ("minister/minister/NOUN/1/nsubj/NN called/call/VERB/1/ROOT/VBD "
     "meeting/meeting/NOUN/1/dobj/NN to/to/PART/4/aux/TO discuss/discuss/VERB/1/advcl/VB "
     "crisis/crisis/NOUN/4/dobj/NN", 4, None),
    # A finite clause tells its own act: "He told them he will not sign it."
    ("He/he/PRON/1/nsubj/PRP told/tell/VERB/1/ROOT/VBD them/they/PRON/1/dobj/PRP "
     "he/he/PRON/6/nsubj/PRP will/will/AUX/6/aux/MD not/not/PART/6/neg/RB "
     "sign/sign/VERB/1/ccomp/VB it/it/PRON/6/dobj/PRP", 6, None),
    # ... and a bare present after "told that" is told, no subjunctive: "He told them
    # that critics attack him."
    ("He/he/PRON/1/nsubj/PRP told/tell/VERB/1/ROOT/VBD them/they/PRON/1/dobj/PRP "
     "that/that/SCONJ/5/mark/IN critics/critic/NOUN/5/nsubj/NNS attack/attack/VERB/1/ccomp/VBP "
     "him/he/PRON/5/dobj/PRP", 5, None),
    # A verb that tells the act came off: "She persuaded Japan to begin talks."
    ("She/she/PRON/1/nsubj/PRP persuaded/persuade/VERB/1/ROOT/VBD "
     "Japan/Japan/PROPN/1/dobj/NNP/GPE to/to/PART/4/aux/TO begin/begin/VERB/1/xcomp/VB "
     "talks/talk/NOUN/4/dobj/NNS", 5, None),
    # An act noun with a clause of its own is told as done: "He recommended an attack
    # that killed a soldier."
    ("He/he/PRON/1/nsubj/PRP recommended/recommend/VERB/1/ROOT/VBD an/an/DET/3/det/DT "
     "attack/attack/NOUN/1/dobj/NN that/that/PRON/5/nsubj/WDT killed/kill/VERB/3/relcl/VBD "
     "soldier/soldier/NOUN/5/dobj/NN", 3, None),
    ("He/he/PRON/1/nsubj/PRP recommended/recommend/VERB/1/ROOT/VBD an/an/DET/3/det/DT "
     "attack/attack/NOUN/1/dobj/NN", 3, "recommended"),
    # A noun in another noun's phrase is no act asked for: "He sought to limit records of
    # his meetings" (the meetings took place).
    ("He/he/PRON/1/nsubj/PRP sought/seek/VERB/1/ROOT/VBD to/to/PART/3/aux/TO "
     "limit/limit/VERB/1/xcomp/VB records/record/NOUN/3/dobj/NNS of/of/ADP/4/prep/IN "
     "his/his/PRON/7/poss/PRP$ meetings/meeting/NOUN/5/pobj/NNS", 7, None),
]


@pytest.mark.parametrize("spec, at, word", ASKED)
def test_an_act_only_asked_for(spec, at, word):
    assert asked_for(make_doc(spec)[at]) == word


TRIED = [
    # "They tried to block the vote."
    ("They/they/PRON/1/nsubj/PRP tried/try/VERB/1/ROOT/VBD to/to/PART/3/aux/TO "
     "block/block/VERB/1/xcomp/VB vote/vote/NOUN/3/dobj/NN", 3, "tried"),
    # "Rivals blocked an attempt to reject the deal."
    ("Rivals/rival/NOUN/1/nsubj/NNS blocked/block/VERB/1/ROOT/VBD an/an/DET/3/det/DT "
     "attempt/attempt/NOUN/1/dobj/NN to/to/PART/5/aux/TO reject/reject/VERB/3/acl/VB "
     "deal/deal/NOUN/5/dobj/NN", 5, "attempt"),
    # "They sought to oust him."
    ("They/they/PRON/1/nsubj/PRP sought/seek/VERB/1/ROOT/VBD to/to/PART/3/aux/TO "
     "oust/oust/VERB/1/xcomp/VB him/he/PRON/3/dobj/PRP", 3, "sought"),
    # An effort names a campaign of acts done: "efforts to pressure the regime".
    ("efforts/effort/NOUN/3/nsubj/NNS to/to/PART/2/aux/TO pressure/pressure/VERB/0/acl/VB "
     "continued/continue/VERB/3/ROOT/VBD", 2, None),
    # the trying itself, and an act done with no trying told
    ("They/they/PRON/1/nsubj/PRP tried/try/VERB/1/ROOT/VBD to/to/PART/3/aux/TO "
     "block/block/VERB/1/xcomp/VB vote/vote/NOUN/3/dobj/NN", 1, None),
    ("They/they/PRON/1/nsubj/PRP blocked/block/VERB/1/ROOT/VBD vote/vote/NOUN/1/dobj/NN",
     1, None),
]


@pytest.mark.parametrize("spec, at, word", TRIED)
def test_an_act_only_tried(spec, at, word):
    assert attempted(make_doc(spec)[at]) == word


def _states(doc):
    return [ent(doc, t.text.lower(), t.i, t.i + 1, "state", t.text[:3].upper())
            for t in doc if t.text in ("Norway", "Sweden", "Denmark")]


# "Norway urged Sweden to meet Denmark." / "Sweden met Denmark."
URGED = ["Norway Norway PROPN nsubj 1 B-GPE", "urged urge VERB ROOT 1",
         "Sweden Sweden PROPN dobj 1 B-GPE", "to to PART aux 4", "meet meet VERB xcomp 1",
         "Denmark Denmark PROPN dobj 4 B-GPE", ". . PUNCT punct 1"]
MET = ["Sweden Sweden PROPN nsubj 1 B-GPE", "met meet VERB ROOT 1",
       "Denmark Denmark PROPN dobj 1 B-GPE", ". . PUNCT punct 1"]
# "Norway tried to meet Denmark." / "Norway tried to attack Denmark."
TRIED_MEET = ["Norway Norway PROPN nsubj 1 B-GPE", "tried try VERB ROOT 1",
              "to to PART aux 3", "meet meet VERB xcomp 1",
              "Denmark Denmark PROPN dobj 3 B-GPE", ". . PUNCT punct 1"]
TRIED_ATTACK = ["Norway Norway PROPN nsubj 1 B-GPE", "tried try VERB ROOT 1",
                "to to PART aux 3", "attack attack VERB xcomp 1",
                "Denmark Denmark PROPN dobj 3 B-GPE", ". . PUNCT punct 1"]


def test_an_act_asked_for_is_no_record():
    doc = build(URGED)
    assert by_type(_extract(doc, _states(doc)), "CONSULT") == []
    doc = build(MET)
    assert len(by_type(_extract(doc, _states(doc)), "CONSULT")) == 1


def test_an_act_tried_is_no_record_but_an_attempted_attack_is_one():
    doc = build(TRIED_MEET)
    assert by_type(_extract(doc, _states(doc)), "CONSULT") == []
    doc = build(TRIED_ATTACK)
    assert len(by_type(_extract(doc, _states(doc)), "ASSAULT")) == 1


# "Liquor that killed 35 people was sold." (no one attacked anyone)
LIQUOR = ("Liquor/liquor/NOUN/5/nsubjpass/NN that/that/PRON/2/nsubj/WDT "
          "killed/kill/VERB/0/relcl/VBD 35/35/NUM/4/nummod/CD people/people/NOUN/2/dobj/NNS "
          "was/be/AUX/6/auxpass/VBD sold/sell/VERB/6/ROOT/VBN")
# "Gunmen who killed 35 people fled."
GUNMEN = ("Gunmen/gunman/NOUN/5/nsubj/NNS who/who/PRON/2/nsubj/WP "
          "killed/kill/VERB/0/relcl/VBD 35/35/NUM/4/nummod/CD people/people/NOUN/2/dobj/NNS "
          "fled/flee/VERB/5/ROOT/VBD")


def test_a_thing_that_killed_is_no_attacker():
    doc = make_doc(LIQUOR)
    assert sense_of(doc[2], doc[2], None, "ASSAULT") is DROP
    doc = make_doc(GUNMEN)
    assert sense_of(doc[2], doc[2], None, "ASSAULT") is None


def ref(text, country=None, sector=None, entity=None):
    return ActorRef(entity=entity, text=text, country=country, sector=sector)


# "Rossi stepped down as president and chief executive ." (a firm's officer leaving)
STEPPED = ("Rossi/Rossi/PROPN/NNP/1/nsubj stepped/step/VERB/VBD/1/ROOT down/down/ADP/RP/1/prt "
           "as/as/ADP/IN/1/prep president/president/NOUN/NN/3/pobj and/and/CCONJ/CC/4/cc "
           "chief/chief/ADJ/JJ/7/amod executive/executive/NOUN/NN/4/conj ././PUNCT/./1/punct")
# "Rossi stepped down as president ." (an office a state has too)
PRESIDENT = ("Rossi/Rossi/PROPN/NNP/1/nsubj stepped/step/VERB/VBD/1/ROOT "
             "down/down/ADP/RP/1/prt as/as/ADP/IN/1/prep president/president/NOUN/NN/3/pobj "
             "././PUNCT/./1/punct")


def test_a_firms_officer_leaving_is_business_news():
    doc = parses.make_doc(STEPPED)
    assert business_news(doc[1], (ref("Rossi", entity="p1"),), {"p1": "person"}, doc[:],
                         BUSINESS)
    doc = parses.make_doc(PRESIDENT)
    assert not business_news(doc[1], (ref("Rossi", entity="p1"),), {"p1": "person"}, doc[:],
                             BUSINESS)


# "Acme PLC's U.S. unit agreed to buy shares ."
UNIT = ("Acme/Acme/PROPN/NNP/3/poss PLC's/PLC/PROPN/NNP/0/case U.S./U.S./PROPN/NNP/3/compound "
        "unit/unit/NOUN/NN/4/nsubj agreed/agree/VERB/VBD/4/ROOT to/to/PART/TO/6/aux "
        "buy/buy/VERB/VB/4/xcomp shares/share/NOUN/NNS/6/dobj ././PUNCT/./4/punct")


def test_a_firms_unit_named_with_a_state_is_a_firm():
    doc = parses.make_doc(UNIT)
    party = ref("Acme PLC's U.S. unit", "USA", entity="s1")
    assert business_news(doc[4], (party,), {"s1": "state"}, doc[:], BUSINESS)
    # the state itself stays a state: "The U.S. agreed to buy shares" is trade policy
    assert not business_news(doc[4], (ref("The U.S.", "USA", entity="s1"),), {"s1": "state"},
                             doc[:], BUSINESS)


QUESTIONS = [
    # "The host demanded how he could be sure." (a question put, no demand)
    ("host/host/NOUN/1/nsubj/NN demanded/demand/VERB/1/ROOT/VBD how/how/ADV/6/advmod/WRB "
     "he/he/PRON/6/nsubj/PRP could/could/AUX/6/aux/MD be/be/AUX/1/ccomp/VB "
     "sure/sure/ADJ/5/acomp/JJ", 1, "REQUEST", DROP),
    # "The host wondered why he had paid."
    ("host/host/NOUN/1/nsubj/NN wondered/wonder/VERB/1/ROOT/VBD why/why/ADV/5/advmod/WRB "
     "he/he/PRON/5/nsubj/PRP had/have/AUX/5/aux/VBD paid/pay/VERB/1/ccomp/VBN",
     1, "REQUEST", DROP),
    # "Asked to comment, a spokesman declined."
    ("Asked/ask/VERB/5/advcl/VBN to/to/PART/2/aux/TO comment/comment/VERB/0/xcomp/VB "
     ",/,/PUNCT/5/punct/, spokesman/spokesman/NOUN/5/nsubj/NN declined/decline/VERB/5/ROOT/VBD",
     0, "REQUEST", DROP),
    # A request stays: "The minister asked Kyiv to investigate." / "was asked to resign"
    ("minister/minister/NOUN/1/nsubj/NN asked/ask/VERB/1/ROOT/VBD Kyiv/Kyiv/PROPN/1/dobj/NNP "
     "to/to/PART/4/aux/TO investigate/investigate/VERB/1/xcomp/VB", 1, "REQUEST", None),
    ("He/he/PRON/2/nsubjpass/PRP was/be/AUX/2/auxpass/VBD asked/ask/VERB/2/ROOT/VBN "
     "to/to/PART/4/aux/TO resign/resign/VERB/2/xcomp/VB", 2, "REQUEST", None),
]


@pytest.mark.parametrize("spec, at, typ, want", QUESTIONS)
def test_a_question_put_is_no_request(spec, at, typ, want):
    doc = make_doc(spec)
    assert sense_of(doc[at], doc[at], None, typ) is want


# "The tunnels collapsed , killing workers ." (an accident, no attack)
COLLAPSED = ("tunnels/tunnel/NOUN/1/nsubj/NNS collapsed/collapse/VERB/1/ROOT/VBD ,/,/PUNCT/1/punct/, "
             "killing/kill/VERB/1/advcl/VBG workers/worker/NOUN/3/dobj/NNS")


def test_a_collapse_that_kills_is_an_accident():
    doc = make_doc(COLLAPSED)
    assert sense_of(doc[3], doc[3], None, "ASSAULT") is DROP
