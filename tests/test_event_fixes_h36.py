"""fixH (stop 36): wrong readings a blind read-through found in this stop's changes.
- A person brought or taken to court in the passive with no one named who sues (or by
  police) is a detainee escorted there; one's own people (a possessive's lawyers or kin)
  brought along are sued by no one (events.senses._to_court).
- A he/she captured stands for the nearest person named before it, and the hunt told
  anywhere in that person's sentence makes the capture an arrest; a thing of the hunt
  ("custody") is no one it stands for (events.senses._hunted, _antecedent).
- An act "planned by" someone is a plan only with a sign it did not happen (foiled, a
  time ahead); else the planner organised an act done (events.modality.planned_by).
- An appositive subject's text starts after the comma the parser hangs on it
  (events.actorrefs._own_left).
- The subject of a label's verb of saying speaks the block quote under it, not the last
  name in the label (events.arguments.quote_speaker).
Hand-built parses of made-up sentences (tests/parses.py, tests/fake_stages.py)."""

from __future__ import annotations

import pytest

from parses import coded_type as typed
from parses import make_doc_head_first, parse_paragraphs
from parses import texts as _texts

from newsbrief.events.modality import standing


# --- court ------------------------------------------------------------------------------

def _passive_to_court(name: str, agent: str = "", verb: str = "brought/bring") -> str:
    """ "<name> was brought to court [by the <agent>]." """
    by = (f"by/by/ADP/2/agent/IN the/the/DET/7/det/DT {agent}/{agent}/NOUN/5/pobj/NN "
          if agent else "")
    ent = "/PERSON" if name[0].isupper() and name != "The" else ""
    return (f"{name}/{name}/PROPN/2/nsubjpass/NNP{ent} was/be/AUX/2/auxpass/VBD "
            f"{verb}/VERB/2/ROOT/VBN to/to/ADP/2/prep/IN court/court/NOUN/3/pobj/NN "
            + by + "././PUNCT/2/punct/.")


@pytest.mark.parametrize("spec", [
    _passive_to_court("Dalton"),  # "Dalton was brought to court."
    _passive_to_court("Dalton", "police"),  # "... by the police."
    _passive_to_court("Dalton", verb="taken/take"),  # "Dalton was taken to court."
])
def test_a_person_brought_to_court_with_no_one_suing_is_escorted(spec):
    assert typed(spec, 2) != "ACCUSE"


def test_a_person_taken_to_court_by_a_party_is_sued():
    # "Dalton was taken to court by the union."
    assert typed(_passive_to_court("Dalton", "union", "taken/take"), 2) == "ACCUSE"


def _own_to_court(owner: str, obj: str, lemma: str) -> str:
    """ "Ortiz brought <owner> <obj> to court." """
    return ("Ortiz/Ortiz/PROPN/1/nsubj/NNP/PERSON brought/bring/VERB/1/ROOT/VBD "
            f"{owner}/{owner}/PRON/3/poss/PRP$ {obj}/{lemma}/NOUN/1/dobj/NNS "
            "to/to/ADP/1/prep/IN court/court/NOUN/4/pobj/NN ././PUNCT/1/punct/.")


@pytest.mark.parametrize("owner, obj, lemma", [
    ("his", "lawyers", "lawyer"), ("her", "supporters", "supporter")])
def test_bringing_ones_own_people_to_court_is_no_lawsuit(owner, obj, lemma):
    assert typed(_own_to_court(owner, obj, lemma), 1) != "ACCUSE"


def test_bringing_ones_rival_to_court_is_still_a_lawsuit():
    # "Ortiz brought his rivals to court."
    assert typed(_own_to_court("his", "rivals", "rival"), 1) == "ACCUSE"


# --- a pronoun captured ----------------------------------------------------------------

CAPTURED = ("He/he/PRON/{v}/nsubjpass/PRP was/be/AUX/{v}/auxpass/VBD "
            "captured/capture/VERB/{v}/ROOT/VBN ././PUNCT/{v}/punct/.")


@pytest.mark.parametrize("before, v", [
    # "Dalton escaped from custody."
    ("Dalton/Dalton/PROPN/1/nsubj/NNP/PERSON escaped/escape/VERB/1/ROOT/VBD "
     "from/from/ADP/1/prep/IN custody/custody/NOUN/2/pobj/NN ././PUNCT/1/punct/. ", 7),
    # "Police named Dalton as the suspect."
    ("Police/police/NOUN/1/nsubj/NNS named/name/VERB/1/ROOT/VBD "
     "Dalton/Dalton/PROPN/1/dobj/NNP/PERSON as/as/ADP/1/prep/IN the/the/DET/5/det/DT "
     "suspect/suspect/NOUN/3/pobj/NN ././PUNCT/1/punct/. ", 9),
])
def test_the_hunt_told_in_the_sentence_naming_him_makes_a_capture_an_arrest(before, v):
    assert typed(before + CAPTURED.format(v=v), v) == "COERCE"


def test_a_thing_of_the_hunt_is_no_one_a_pronoun_stands_for():
    # "Guards lost custody and he was captured."
    from newsbrief.events.senses import _antecedent
    doc = make_doc_head_first(
        "Guards/guard/NOUN/1/nsubj/NNS lost/lose/VERB/1/ROOT/VBD "
        "custody/custody/NOUN/1/dobj/NN and/and/CCONJ/1/cc/CC he/he/PRON/6/nsubjpass/PRP "
        "was/be/AUX/6/auxpass/VBD captured/capture/VERB/1/conj/VBN ././PUNCT/1/punct/.")
    assert _antecedent(doc[4], list(doc[:4])) is None


# --- planned by ------------------------------------------------------------------------

def _planned(verb: str, participle: str = "planned/plan", tail: str = "") -> str:
    """ "The army <verb> attacks planned by the rebels <tail>." """
    return ("The/the/DET/1/det/DT army/army/NOUN/2/nsubj/NN "
            f"{verb}/VERB/2/ROOT/VBD attacks/attack/NOUN/2/dobj/NNS "
            f"{participle}/VERB/3/acl/VBN by/by/ADP/4/agent/IN the/the/DET/7/det/DT "
            "rebels/rebel/NOUN/5/pobj/NNS " + tail + "././PUNCT/2/punct/.")


@pytest.mark.parametrize("verb, tail", [
    # (planned with no such sign: tests/test_event_fixes_g36.py, told done)
    ("thwarted/thwart", ""),  # stopped before it happened
    ("reported/report", "for/for/ADP/4/prep/IN May/May/PROPN/9/pobj/NNP "),  # a time ahead
])
def test_an_act_planned_with_a_sign_it_has_not_happened_is_future(verb, tail):
    assert standing(make_doc_head_first(_planned(verb, tail=tail))[3]).modality == "future"


# --- hesitation told in the perfect or with never ---------------------------------------

@pytest.mark.parametrize("spec", [
    # "The army has not hesitated to attack the rebels."
    "The/the/DET/1/det/DT army/army/NOUN/4/nsubj/NN has/have/AUX/4/aux/VBZ "
    "not/not/PART/4/neg/RB hesitated/hesitate/VERB/4/ROOT/VBN to/to/PART/6/aux/TO "
    "attack/attack/VERB/4/xcomp/VB the/the/DET/8/det/DT rebels/rebel/NOUN/6/dobj/NNS "
    "././PUNCT/4/punct/.",
    # "The army never hesitated to attack the rebels."
    "The/the/DET/1/det/DT army/army/NOUN/3/nsubj/NN never/never/ADV/3/neg/RB "
    "hesitated/hesitate/VERB/3/ROOT/VBD to/to/PART/5/aux/TO attack/attack/VERB/3/xcomp/VB "
    "the/the/DET/7/det/DT rebels/rebel/NOUN/5/dobj/NNS ././PUNCT/3/punct/.",
])
def test_not_having_hesitated_tells_the_act_done(spec):
    doc = make_doc_head_first(spec)
    at = next(t.i for t in doc if t.lemma_ == "attack")
    assert standing(doc[at]).modality == "asserted"
    assert typed(spec, at) == "ASSAULT"


# --- an appositive subject's text ------------------------------------------------------

def test_a_fronted_appositive_subjects_text_has_no_leading_comma():
    # "At the summit on Monday, Ortiz, whose party rules, also criticised Peru."
    from fake_stages import build, by_type, coder_with, ent
    from newsbrief.events import extract_events
    from newsbrief.records import Article

    rows = ["At at ADP prep 13", "the the DET det 2", "summit summit NOUN pobj 0",
            "on on ADP prep 2", "Monday Monday PROPN pobj 3", ", , PUNCT punct 6",
            "Ortiz Ortiz PROPN appos 4 B-PERSON", ", , PUNCT punct 6",
            "whose whose DET poss 9", "party party NOUN nsubj 10",
            "rules rule VERB relcl 6", ", , PUNCT punct 6", "also also ADV advmod 13",
            "criticised criticise VERB ROOT 13", "Peru Peru PROPN dobj 13 B-GPE",
            ". . PUNCT punct 13"]
    doc = build(rows)
    for k, tag in {4: "NNP", 6: "NNP", 9: "NN", 13: "VBD", 14: "NNP"}.items():
        doc[k].tag_ = tag
    article = Article(id="a1", origin="test", text=doc.text, published="2024-12-05")
    ents = [ent(doc, "ortiz", 6, 7, "person"), ent(doc, "peru", 14, 15, "state", "PER")]
    events = extract_events(doc, article, ents, [],
                            coder=coder_with({"criticise": ("ACCUSE", "111", None)}),
                            resolver=lambda t: (None, None, None))
    (ev,) = by_type(events, "ACCUSE")
    assert [a.text for a in ev.actor] == ["Ortiz"]


# --- the speaker of a label paragraph ---------------------------------------------------

def test_the_subject_of_the_labels_verb_of_saying_speaks_the_block_quote():
    # 'Ortiz replied to Lopez on Friday:¶"We will not accept the offer."'
    from newsbrief.events.arguments import quote_speaker
    doc = parse_paragraphs("""
Ortiz Ortiz PROPN NNP nsubj 1
replied reply VERB VBD ROOT 1
to to ADP IN prep 1
Lopez Lopez PROPN NNP pobj 2
on on ADP IN prep 1
Friday Friday PROPN NNP pobj 4
: : PUNCT : punct 1
¶ ¶ SPACE _SP dep 6
" " PUNCT `` punct 12 S
We we PRON PRP nsubj 12
will will AUX MD aux 12
not not PART RB neg 12
accept accept VERB VB ROOT 12
the the DET DT det 14
offer offer NOUN NN dobj 12
. . PUNCT . punct 12
" " PUNCT '' punct 12
""")
    for k in (0, 3):
        doc[k].ent_type_ = "PERSON"
    we = next(t for t in doc if t.text == "We")
    assert _texts(quote_speaker(we)) == ["Ortiz"]
