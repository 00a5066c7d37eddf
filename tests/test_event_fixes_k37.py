"""fixK (stop 37): readings stop 36 noticed and left, each a general shape.
- An infinitive on a bare "be" ("was to visit", "is to be tried") is an act arranged, not
  done; "was to have visited" one that did not come about (events.modality.bound_to).
- What one plots, conspires or schemes to do is a plan, the nearest governor even under a
  charge ("charged with plotting to bomb"); an act one plots or plans as an object not yet
  known ("plotting an attack") is schemed, not done (events.modality.schemed).
Hand-built parses of made-up sentences, as the small model parses them (tests/parses.py)."""

from __future__ import annotations

import pytest

from parses import make_doc_head_first

from newsbrief.events.modality import standing


def _modality(spec: str, at: int) -> str:
    return standing(make_doc_head_first(spec)[at]).modality


# "The envoy was to visit the capital on Friday."
WAS_TO_VISIT = ("The/the/DET/1/det/DT envoy/envoy/NOUN/2/nsubj/NN was/be/AUX/2/ROOT/VBD "
                "to/to/PART/4/aux/TO visit/visit/VERB/2/xcomp/VB the/the/DET/6/det/DT "
                "capital/capital/NOUN/4/dobj/NN on/on/ADP/4/prep/IN Friday/Friday/PROPN/7/pobj/NNP "
                "././PUNCT/2/punct/.")


def test_an_act_one_was_to_do_is_arranged_not_done():
    assert _modality(WAS_TO_VISIT, 4) == "future"


def test_an_act_one_was_to_have_done_did_not_come_about():
    # "The envoy was to have visited the capital."
    spec = ("The/the/DET/1/det/DT envoy/envoy/NOUN/2/nsubj/NN was/be/AUX/2/ROOT/VBD "
            "to/to/PART/5/aux/TO have/have/AUX/5/aux/VB visited/visit/VERB/2/xcomp/VBN "
            "the/the/DET/7/det/DT capital/capital/NOUN/5/dobj/NN ././PUNCT/2/punct/.")
    assert _modality(spec, 5) == "conditional"


def test_an_event_noun_under_was_to_is_arranged_too():
    # "The envoy was to hold talks in the capital."
    spec = ("The/the/DET/1/det/DT envoy/envoy/NOUN/2/nsubj/NN was/be/AUX/2/ROOT/VBD "
            "to/to/PART/4/aux/TO hold/hold/VERB/2/xcomp/VB talks/talk/NOUN/4/dobj/NNS "
            "in/in/ADP/4/prep/IN the/the/DET/8/det/DT capital/capital/NOUN/6/pobj/NN "
            "././PUNCT/2/punct/.")
    assert _modality(spec, 5) == "future"


def test_was_to_blame_is_a_verdict_not_a_plan():
    # "The party was to blame for the riots."
    spec = ("The/the/DET/1/det/DT party/party/NOUN/2/nsubj/NN was/be/AUX/2/ROOT/VBD "
            "to/to/PART/4/aux/TO blame/blame/VERB/2/xcomp/VB for/for/ADP/4/prep/IN "
            "the/the/DET/7/det/DT riots/riot/NOUN/5/pobj/NNS ././PUNCT/2/punct/.")
    assert _modality(spec, 4) == "asserted"


def test_an_infinitive_hung_past_an_adjective_keeps_its_standing():
    # "The envoy was quick to condemn the raid.", the infinitive hung on "was"
    spec = ("The/the/DET/1/det/DT envoy/envoy/NOUN/2/nsubj/NN was/be/AUX/2/ROOT/VBD "
            "quick/quick/ADJ/2/acomp/JJ to/to/PART/5/aux/TO condemn/condemn/VERB/2/xcomp/VB "
            "the/the/DET/7/det/DT raid/raid/NOUN/5/dobj/NN ././PUNCT/2/punct/.")
    assert _modality(spec, 5) == "asserted"


def _plotting(det: str, verb: str, lemma: str) -> str:
    """ "The cell <verb> <det> attack on the port." """
    return (f"The/the/DET/1/det/DT cell/cell/NOUN/2/nsubj/NN {verb}/{lemma}/VERB/2/ROOT/VBD "
            f"{det}/{det}/DET/4/det/DT attack/attack/NOUN/2/dobj/NN on/on/ADP/4/prep/IN "
            "the/the/DET/7/det/DT port/port/NOUN/5/pobj/NN ././PUNCT/2/punct/.")


@pytest.mark.parametrize("verb, lemma", [("plotted", "plot"), ("planned", "plan")])
def test_an_attack_plotted_as_an_object_not_yet_known_is_schemed(verb, lemma):
    assert _modality(_plotting("an", verb, lemma), 4) == "future"
    # "The cell plotted their attack on the port.": their own, still to come
    assert _modality(_plotting("their", verb, lemma).replace("/DET/4/det/DT", "/PRON/4/poss/PRP$"),
                     4) == "future"


@pytest.mark.parametrize("verb, lemma", [("plotted", "plot"), ("planned", "plan")])
def test_the_attack_one_planned_keeps_its_standing(verb, lemma):
    # "The cell planned the attack on the port.": its organiser, the attack told
    assert _modality(_plotting("the", verb, lemma), 4) == "asserted"


def test_a_plotting_charge_is_a_plan_not_an_alleged_deed():
    # "The two were charged with plotting to bomb the bridge."
    spec = ("The/the/DET/1/det/DT two/two/NUM/3/nsubjpass/CD were/be/AUX/3/auxpass/VBD "
            "charged/charge/VERB/3/ROOT/VBN with/with/ADP/3/prep/IN "
            "plotting/plot/VERB/4/pcomp/VBG to/to/PART/7/aux/TO bomb/bomb/VERB/5/xcomp/VB "
            "the/the/DET/9/det/DT bridge/bridge/NOUN/7/dobj/NN ././PUNCT/3/punct/.")
    assert _modality(spec, 7) == "future"


def test_a_plot_to_act_is_a_plan():
    # "Police uncovered a plot to seize the port."
    spec = ("Police/police/NOUN/1/nsubj/NNS uncovered/uncover/VERB/1/ROOT/VBD a/a/DET/3/det/DT "
            "plot/plot/NOUN/1/dobj/NN to/to/PART/5/aux/TO seize/seize/VERB/3/acl/VB "
            "the/the/DET/7/det/DT port/port/NOUN/5/dobj/NN ././PUNCT/1/punct/.")
    assert _modality(spec, 5) == "future"


def _after_meeting(det: str) -> list[str]:
    """The doers of the meeting in "After a meeting with Sweden, <det> minister praised
    Finland." """
    from parses import argument_readers, texts

    spec = ("After/after/ADP/8/prep/IN a/a/DET/2/det/DT meeting/meeting/NOUN/0/pobj/NN "
            "with/with/ADP/2/prep/IN Sweden/Sweden/PROPN/3/pobj/NNP/GPE ,/,/PUNCT/8/punct/, "
            f"{det}/{det}/DET/7/det/DT minister/minister/NOUN/8/nsubj/NN "
            "praised/praise/VERB/8/ROOT/VBD Finland/Finland/PROPN/8/dobj/NNP/GPE "
            "././PUNCT/8/punct/.")
    doc = make_doc_head_first(spec)
    _, noun = argument_readers(lambda t: t.ent_type_ == "GPE" or t.lower_ == "minister")
    return texts(noun(doc[2]).actor)


@pytest.mark.parametrize("det", ["the", "this"])
def test_an_office_told_as_known_names_one_person(det):
    # words.told_as_known, the one test of a noun told as known (fixK): "this minister" is
    # one person as "the minister" is
    assert _after_meeting(det) == ["minister"]


def _attacks_planned_for(tail: str) -> str:
    """ "The army condemned attacks planned by the rebels for <tail>." """
    return ("The/the/DET/1/det/DT army/army/NOUN/2/nsubj/NN condemned/condemn/VERB/2/ROOT/VBD "
            "attacks/attack/NOUN/2/dobj/NNS planned/plan/VERB/3/acl/VBN by/by/ADP/4/agent/IN "
            "the/the/DET/7/det/DT rebels/rebel/NOUN/5/pobj/NNS for/for/ADP/4/prep/IN "
            + tail + " ././PUNCT/2/punct/.")


@pytest.mark.parametrize("tail", [
    "months/month/NOUN/8/pobj/NNS",
    "some/some/DET/10/det/DT time/time/NOUN/8/pobj/NN",
])
def test_an_act_planned_for_a_length_of_time_keeps_its_standing(tail):
    # "planned for months" says how long it was prepared (events.modality._duration)
    assert _modality(_attacks_planned_for(tail), 3) == "asserted"


@pytest.mark.parametrize("tail", [
    "next/next/ADJ/10/amod/JJ week/week/NOUN/8/pobj/NN",
    "the/the/DET/10/det/DT weekend/weekend/NOUN/8/pobj/NN",
])
def test_an_act_planned_for_a_time_ahead_is_still_a_plan(tail):
    assert _modality(_attacks_planned_for(tail), 3) == "future"


def test_an_act_named_in_a_phrase_of_the_arranged_act_keeps_its_standing():
    # "The envoy was to visit the city in revenge for the killing." (the killing was done)
    spec = ("The/the/DET/1/det/DT envoy/envoy/NOUN/2/nsubj/NN was/be/AUX/2/ROOT/VBD "
            "to/to/PART/4/aux/TO visit/visit/VERB/2/xcomp/VB the/the/DET/6/det/DT "
            "city/city/NOUN/4/dobj/NN in/in/ADP/4/prep/IN revenge/revenge/NOUN/7/pobj/NN "
            "for/for/ADP/8/prep/IN the/the/DET/11/det/DT killing/killing/NOUN/9/pobj/NN "
            "././PUNCT/2/punct/.")
    assert _modality(spec, 11) == "asserted"
    assert _modality(spec, 4) == "future"
