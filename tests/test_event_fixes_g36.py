"""fixG (stop 36): small wrong readings stop 35 noticed and left, each a general shape.
- A negated verb of holding back ("will not hesitate to sue") states readiness: the act
  under it is a plan (a threat when hostile), not an act denied; told in the past ("did
  not hesitate to sue") the act is done (events.lexicon.ready_when_denied).
- A he/she captured with no captor named is arrested only when it stands for the hunted
  one (events.senses._hunted).
- Bringing a party to court is a lawsuit, as taking it there is; guards or police bringing
  a person there escort a detainee (events.senses._to_court).
- An event noun with a participle of planning ("attacks planned by the rebels") is an act
  planned, not done (events.modality.planned_by).
Hand-built parses of made-up sentences, as the small model parses them (tests/parses.py)."""

from __future__ import annotations

import pytest

from parses import coded_type as typed
from parses import make_doc_head_first

from newsbrief.events.modality import standing


def _hesitating(aux: str, verb: str, obj: str) -> str:
    """ "The council <aux> not hesitate to <verb> the <obj>." (aux "did" or "will")"""
    return (f"The/the/DET/1/det/DT council/council/NOUN/4/nsubj/NN {aux}/{aux}/AUX/4/aux/MD "
            "not/not/PART/4/neg/RB hesitate/hesitate/VERB/4/ROOT/VB to/to/PART/6/aux/TO "
            f"{verb}/{verb}/VERB/4/xcomp/VB the/the/DET/8/det/DT {obj}/{obj}/NOUN/6/dobj/NN "
            "././PUNCT/4/punct/.")


@pytest.mark.parametrize("verb, obj, expected", [
    ("sue", "builder", "THREATEN"),  # a suit held over the builder (CAMEO 130)
    ("attack", "rebels", "THREATEN"),  # force held over them (138)
])
def test_will_not_hesitate_to_act_is_a_stated_plan(verb, obj, expected):
    spec = _hesitating("will", verb, obj)
    assert typed(spec, 6) == expected
    assert standing(make_doc_head_first(spec)[6]).modality == "future"


@pytest.mark.parametrize("verb, obj, expected", [
    ("sue", "builder", "ACCUSE"),
    ("attack", "rebels", "ASSAULT"),
])
def test_did_not_hesitate_to_act_tells_the_act_done(verb, obj, expected):
    spec = _hesitating("did", verb, obj)
    assert typed(spec, 6) == expected
    assert standing(make_doc_head_first(spec)[6]).modality == "asserted"


def test_do_not_hesitate_is_an_invitation_not_an_act_done():
    # "The council does not hesitate to sue the builder.": the present (and the imperative,
    # a plea to get in touch) keeps the denial it had
    spec = _hesitating("does", "sue", "builder")
    assert standing(make_doc_head_first(spec)[6]).modality == "negated"


def test_other_denied_verbs_still_deny_the_act_under_them():
    # "The council will not try to sue the builder.": a denial, as before
    spec = _hesitating("will", "sue", "builder").replace("hesitate/hesitate", "try/try")
    assert standing(make_doc_head_first(spec)[6]).modality == "negated"


# A capture with no captor named is an arrest when the one captured is the hunted one; a
# he/she stands for the nearest single person named before it (events.senses._hunted).
HUNTED = "Police/police/NOUN/1/nsubj/NNS hunted/hunt/VERB/1/ROOT/VBD the/the/DET/3/det/DT " \
    "fugitive/fugitive/NOUN/1/dobj/NN ././PUNCT/1/punct/. "
CAPTURED_AFTER_HUNT = [
    # "Police hunted the fugitive. The teacher vanished and he was captured.": he is the
    # teacher, taken as like as not by whoever took him, no arrest
    (HUNTED + "The/the/DET/6/det/DT teacher/teacher/NOUN/7/nsubj/NN "
     "vanished/vanish/VERB/7/ROOT/VBD and/and/CCONJ/7/cc/CC he/he/PRON/11/nsubjpass/PRP "
     "was/be/AUX/11/auxpass/VBD captured/capture/VERB/7/conj/VBN ././PUNCT/7/punct/.",
     11, "ASSAULT"),
    # "Police hunted the fugitive. A spokesman said he was captured.": the speaker is not
    # whom he stands for; the fugitive is
    (HUNTED + "A/a/DET/6/det/DT spokesman/spokesman/NOUN/7/nsubj/NN said/say/VERB/7/ROOT/VBD "
     "he/he/PRON/10/nsubjpass/PRP was/be/AUX/10/auxpass/VBD captured/capture/VERB/7/ccomp/VBN "
     "././PUNCT/7/punct/.", 10, "COERCE"),
    # "Police hunted the fugitive. He was captured."
    (HUNTED + "He/he/PRON/7/nsubjpass/PRP was/be/AUX/7/auxpass/VBD "
     "captured/capture/VERB/7/ROOT/VBN ././PUNCT/7/punct/.", 7, "COERCE"),
]


@pytest.mark.parametrize("spec, at, expected", CAPTURED_AFTER_HUNT)
def test_a_pronoun_captured_is_arrested_only_when_it_stands_for_the_hunted(spec, at, expected):
    assert typed(spec, at) == expected


def _attacks(verb: str, participle: str, lemma: str, dep: str = "dobj") -> str:
    """ "The army <verb> attacks <participle> by the rebels." or, with dep "nsubj",
    "Attacks <participle> by the rebels <verb> ten." """
    if dep == "nsubj":
        return (f"Attacks/attack/NOUN/4/nsubj/NNS {participle}/{lemma}/VERB/0/acl/VBN "
                "by/by/ADP/1/agent/IN the/the/DET/4/det/DT rebels/rebel/NOUN/2/pobj/NNS "
                f"{verb}/{verb}/VERB/4/ROOT/VBD ten/ten/NUM/4/dobj/CD ././PUNCT/4/punct/.")
    return ("The/the/DET/1/det/DT army/army/NOUN/2/nsubj/NN "
            f"{verb}/{verb}/VERB/2/ROOT/VBD attacks/attack/NOUN/2/dobj/NNS "
            f"{participle}/{lemma}/VERB/3/acl/VBN by/by/ADP/4/agent/IN the/the/DET/7/det/DT "
            "rebels/rebel/NOUN/5/pobj/NNS ././PUNCT/2/punct/.")


@pytest.mark.parametrize("participle, lemma", [("planned", "plan"), ("plotted", "plot")])
def test_an_act_planned_by_someone_is_planned_not_done(participle, lemma):
    st = standing(make_doc_head_first(_attacks("foiled", participle, lemma))[3])
    assert (st.modality, st.cue) == ("future", participle)


@pytest.mark.parametrize("spec, at", [
    # "planned by" with no sign the act failed names its organiser (fixH): told done
    (_attacks("condemned", "planned", "plan"), 3),
    (_attacks("executed", "planned", "plan"), 3),  # planned, then carried out
    (_attacks("killed", "planned", "plan", dep="nsubj"), 0),  # the planned attacks killed
])
def test_an_act_done_or_doing_keeps_its_standing(spec, at):
    assert standing(make_doc_head_first(spec)[at]).modality == "asserted"


def _brought(subject: str, lemma: str, obj: str, tag: str = "NN") -> str:
    """ "The <subject> brought the <obj> to court." """
    return (f"The/the/DET/1/det/DT {subject}/{lemma}/NOUN/2/nsubj/{tag} "
            "brought/bring/VERB/2/ROOT/VBD the/the/DET/4/det/DT "
            f"{obj}/{obj}/NOUN/2/dobj/NN to/to/ADP/2/prep/IN court/court/NOUN/5/pobj/NN "
            "././PUNCT/2/punct/.")


def test_bringing_a_party_to_court_is_a_lawsuit():
    assert typed(_brought("union", "union", "ministry"), 2) == "ACCUSE"


@pytest.mark.parametrize("subject, lemma, obj", [
    ("guards", "guard", "suspect"), ("police", "police", "man")])
def test_guards_bringing_a_person_to_court_bring_no_lawsuit(subject, lemma, obj):
    assert typed(_brought(subject, lemma, obj, "NNS"), 2) != "ACCUSE"
