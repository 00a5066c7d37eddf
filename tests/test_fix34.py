"""Issue 11, fix34 lane (stop 33, round 2): bugs a blind read of this stop's diff
found, each fixed to what its rule's docstring says. Hand-built parses (as the small
model parses these lines); sentences made up."""

from __future__ import annotations

from spacy.tokens import Span

from test_actors_anaphora import parse


def _word(doc, text):
    return next(t for t in doc if t.text == text)


def _with_places(rows: str, *names: str):
    doc = parse(rows)
    doc.ents = [Span(doc, _word(doc, n).i, _word(doc, n).i + 1, label="GPE") for n in names]
    return doc


# "Bandits abducted the deputy governor of Tripoli." (a person struck, not a place)
ABDUCTED_GOVERNOR = """
Bandits bandit NOUN NNS nsubj 1
abducted abduct VERB VBD ROOT 1
the the DET DT det 4
deputy deputy NOUN NN compound 4
governor governor NOUN NN dobj 1
of of ADP IN prep 4
Tripoli Tripoli PROPN NNP pobj 5
. . PUNCT . punct 1
"""

# "Bandits overran the town of Tripoli." (a place struck, named by its "of" phrase)
OVERRAN_TOWN = """
Bandits bandit NOUN NNS nsubj 1
overran overrun VERB VBD ROOT 1
the the DET DT det 3
town town NOUN NN dobj 1
of of ADP IN prep 3
Tripoli Tripoli PROPN NNP pobj 4
. . PUNCT . punct 1
"""


def test_the_of_phrase_of_a_person_struck_places_no_armed_men():
    from newsbrief.events.actorrefs import _place_struck

    doc = _with_places(ABDUCTED_GOVERNOR, "Tripoli")
    assert _place_struck(_word(doc, "abducted")) is None
    doc = _with_places(OVERRAN_TOWN, "Tripoli")
    assert _place_struck(_word(doc, "overran")) == "LBY"
