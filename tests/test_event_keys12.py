"""Key-event recall (issue 11, keys12): a state named before an attack noun with its
target, the speaker's own side in a quote ("my administration"), and an envoy's sending
state. Hand-built parses of sentences made up for the test."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from newsbrief.actors.entities import _nearest_country
from newsbrief.actors.gazetteer import gazetteer
from newsbrief.events.arguments import Arguments, noun_arguments, speakers_own
from parses import make_doc, texts


def _strike_doc(target: bool):
    # "a U.S. strike against Syria" / "the Syria strike"
    if target:
        doc = make_doc("a/a/DET/DT/2/det U.S./U.S./PROPN/NNP/2/compound "
                       "strike/strike/NOUN/NN/2/ROOT against/against/ADP/IN/2/prep "
                       "Syria/Syria/PROPN/NNP/3/pobj")
        doc.ents = [Span(doc, 1, 2, label="GPE"), Span(doc, 4, 5, label="GPE")]
    else:
        doc = make_doc("the/the/DET/DT/2/det Syria/Syria/PROPN/NNP/2/compound "
                       "strike/strike/NOUN/NN/2/ROOT")
        doc.ents = [Span(doc, 1, 2, label="GPE")]
    return doc


def test_a_state_before_an_attack_noun_with_its_target_is_the_attacker():
    doc = _strike_doc(target=True)
    args = noun_arguments(doc[2], lambda t: True, lambda v: Arguments((), ()))
    assert texts(args.actor) == ["U.S."]
    assert texts(args.recipient) == ["Syria"]


def test_a_place_before_an_attack_noun_without_a_target_stays_where():
    doc = _strike_doc(target=False)
    args = noun_arguments(doc[2], lambda t: True, lambda v: Arguments((), ()))
    assert texts(args.actor) == []


@pytest.mark.parametrize("owner, noun, expected", [
    ("my/my", "administration/administration", True),
    ("our/our", "troops/troop", True),
    ("the/the", "administration/administration", False),
    ("my/my", "friend/friend", False),
])
def test_the_speakers_own_side(owner, noun, expected):
    dep = "poss" if owner.startswith(("my", "our")) else "det"
    tag = "PRP$" if dep == "poss" else "DT"
    pos = "PRON" if dep == "poss" else "DET"
    doc = make_doc(f"{owner}/{pos}/{tag}/1/{dep} {noun}/NOUN/NN/1/ROOT")
    assert speakers_own(doc[1]) is expected


def test_an_envoy_posted_to_a_body_keeps_the_state_that_sends_them():
    g = gazetteer()
    # "Freedonia's U.N. ambassador" is Freedonia's; here with a real state
    assert _nearest_country(["Iran", "'s", "U.N.", "ambassador"], g)[0] == "Iran"
    assert _nearest_country(["Russian", "UN", "ambassador"], g)[0] == "Russian"
    # a lone "U.N. envoy" is the body's own
    assert _nearest_country(["U.N.", "envoy"], g)[0] == "U.N."
