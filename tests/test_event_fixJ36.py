"""fixJ (stop 36): readings of this stop's changes a second review found wrong."""
from __future__ import annotations

import pytest

from newsbrief.events.modality import standing
from parses import coded_type, make_doc


def _on_state(copula_rows: str, noun: str) -> str:
    """ "The workers <copula rows> on <noun> ." with the copula the root (index 2 on)."""
    return ("The/the/DET/DT/1/det workers/worker/NOUN/NNS/{root}/nsubj " + copula_rows +
            " on/on/ADP/IN/{root}/prep " + noun + " ././PUNCT/./{root}/punct")


@pytest.mark.parametrize("spec, noun, want", [
    # "The workers are not on strike."
    (_on_state("are/be/AUX/VBP/2/ROOT not/not/PART/RB/2/neg", "strike/strike/NOUN/NN/4/pobj")
     .format(root=2), 5, "negated"),
    # "The workers may be on alert."
    (_on_state("may/may/AUX/MD/3/aux be/be/AUX/VB/3/ROOT", "alert/alert/NOUN/NN/4/pobj")
     .format(root=3), 5, "conditional"),
    # "The workers will be on strike."
    (_on_state("will/will/AUX/MD/3/aux be/be/AUX/VB/3/ROOT", "strike/strike/NOUN/NN/4/pobj")
     .format(root=3), 5, "future"),
    # "The workers are on strike." (told as held)
    (_on_state("are/be/AUX/VBP/2/ROOT", "strike/strike/NOUN/NN/3/pobj").format(root=2), 4,
     "asserted"),
])
def test_a_state_held_on_the_copula_takes_its_marks(spec, noun, want):
    doc = make_doc(spec)
    assert standing(doc[noun]).modality == want


# --- a planned act banned or blocked did not happen -------------------------------------

def _planned(verb: str) -> str:
    """ "The army <verb> attacks planned by the rebels." """
    return ("The/the/DET/DT/1/det army/army/NOUN/NN/2/nsubj "
            f"{verb}/VERB/VBD/2/ROOT attacks/attack/NOUN/NNS/2/dobj "
            "planned/plan/VERB/VBN/3/acl by/by/ADP/IN/4/agent the/the/DET/DT/7/det "
            "rebels/rebel/NOUN/NNS/5/pobj ././PUNCT/./2/punct")


@pytest.mark.parametrize("verb", ["banned/ban", "blocked/block", "prohibited/prohibit",
                                  "outlawed/outlaw", "forbade/forbid"])
def test_a_planned_act_banned_or_blocked_is_no_act_done(verb):
    assert standing(make_doc(_planned(verb))[3]).modality == "future"


# --- taken to court "for" an offence or a claim is sued ---------------------------------

def _taken_to_court_for(noun: str) -> str:
    """ "Dalton was taken to court for <noun>." """
    return ("Dalton/Dalton/PROPN/2/nsubjpass/NNP/PERSON was/be/AUX/2/auxpass/VBD "
            "taken/take/VERB/2/ROOT/VBN to/to/ADP/2/prep/IN court/court/NOUN/3/pobj/NN "
            f"for/for/ADP/2/prep/IN {noun}/NOUN/5/pobj/NN ././PUNCT/2/punct/.")


def test_taken_to_court_for_an_offence_is_sued():
    assert coded_type(_taken_to_court_for("libel/libel"), 2) == "ACCUSE"


def test_taken_to_court_for_a_hearing_is_escorted():
    assert coded_type(_taken_to_court_for("sentencing/sentencing"), 2) != "ACCUSE"
