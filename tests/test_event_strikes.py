"""The noun "strike": a stoppage of work (PROTEST) or an attack (ASSAULT). The words of
work that war stories use as often ("general", "staff", "pilots") count only when tied
to the strike; a strike an armed body makes is an attack (fix13, from the review of the
whole change). Hand-built parses of sentences made up for the test, written
"word/lemma/POS/head/dep/TAG[/ENT]"."""

from __future__ import annotations

import pytest

from parses import coded_type

# "The <someone> said the strike killed ten soldiers."
SAID_KILLED = ("The/the/DET/1/det/DT {who}/{lemma}/{pos}/2/nsubj/{tag}{ent} "
               "said/say/VERB/2/ROOT/VBD the/the/DET/4/det/DT strike/strike/NOUN/5/nsubj/NN "
               "killed/kill/VERB/2/ccomp/VBD ten/ten/NUM/7/nummod/CD "
               "soldiers/soldier/NOUN/5/dobj/NNS")


@pytest.mark.parametrize("who, lemma, pos, tag, ent", [
    ("general", "general", "NOUN", "NN", ""),
    ("staff", "staff", "NOUN", "NN", ""),
    ("pilots", "pilot", "NOUN", "NNS", ""),
    # a name's word is no word of work: "the European Union" (here its last word)
    ("Union", "Union", "PROPN", "NNP", "/ORG"),
], ids=["general", "staff", "pilots", "a_names_union"])
def test_a_war_storys_word_elsewhere_in_the_sentence_leaves_an_attack(who, lemma, pos, tag,
                                                                     ent):
    spec = SAID_KILLED.format(who=who, lemma=lemma, pos=pos, tag=tag, ent=ent)
    assert coded_type(spec, 4) == "ASSAULT"


@pytest.mark.parametrize("spec, at", [
    # "Freedonia launched a strike.": a state
    ("Freedonia/Freedonia/PROPN/1/nsubj/NNP/GPE launched/launch/VERB/1/ROOT/VBD "
     "a/a/DET/3/det/DT strike/strike/NOUN/1/dobj/NN", 3),
    # "An armed group planned the strike."
    ("An/an/DET/2/det/DT armed/armed/ADJ/2/amod/JJ group/group/NOUN/3/nsubj/NN "
     "planned/plan/VERB/3/ROOT/VBD the/the/DET/5/det/DT strike/strike/NOUN/3/dobj/NN", 5),
    # "a strike planned by the guerrillas"
    ("a/a/DET/1/det/DT strike/strike/NOUN/1/ROOT/NN planned/plan/VERB/1/acl/VBN "
     "by/by/ADP/2/agent/IN the/the/DET/5/det/DT guerrillas/guerrilla/NOUN/3/pobj/NNS", 1),
    # "The strike was carried out by Hezbollah." (the knowledge base lists it as armed)
    ("The/the/DET/1/det/DT strike/strike/NOUN/3/nsubjpass/NN was/be/AUX/3/auxpass/VBD "
     "carried/carry/VERB/3/ROOT/VBN out/out/ADP/3/prt/RP by/by/ADP/3/agent/IN "
     "Hezbollah/Hezbollah/PROPN/5/pobj/NNP/ORG", 1),
], ids=["a_state_launched", "an_armed_group_planned", "planned_by_guerrillas", "carried_out_by_an_armed_org"])
def test_a_strike_an_armed_body_makes_is_an_attack(spec, at):
    assert coded_type(spec, at) == "ASSAULT"


@pytest.mark.parametrize("spec, at", [
    # "Pilots staged a strike.": the word is the strike's doer
    ("Pilots/pilot/NOUN/1/nsubj/NNS staged/stage/VERB/1/ROOT/VBD a/a/DET/3/det/DT "
     "strike/strike/NOUN/1/dobj/NN", 3),
    # "a general strike"
    ("a/a/DET/2/det/DT general/general/ADJ/2/amod/JJ strike/strike/NOUN/2/ROOT/NN", 2),
    # "Workers planned the strike.": planned, by workers
    ("Workers/worker/NOUN/1/nsubj/NNS planned/plan/VERB/1/ROOT/VBD the/the/DET/3/det/DT "
     "strike/strike/NOUN/1/dobj/NN", 3),
    # "The union said the strike killed the season.": a clear word of work anywhere
    ("The/the/DET/1/det/DT union/union/NOUN/2/nsubj/NN said/say/VERB/2/ROOT/VBD "
     "the/the/DET/4/det/DT strike/strike/NOUN/5/nsubj/NN killed/kill/VERB/2/ccomp/VBD "
     "the/the/DET/7/det/DT season/season/NOUN/5/dobj/NN", 4),
    # "The Freedonians observed a strike.": a people's strike, no state's attack
    ("The/the/DET/1/det/DT Freedonians/freedonian/PROPN/2/nsubj/NNPS/NORP "
     "observed/observe/VERB/2/ROOT/VBD a/a/DET/4/det/DT strike/strike/NOUN/2/dobj/NN", 4),
], ids=["pilots_staged", "a_general_strike", "workers_planned", "the_union_said",
        "a_people_observed"])
def test_a_stoppage_of_work_stays_no_attack(spec, at):
    assert coded_type(spec, at) != "ASSAULT"
