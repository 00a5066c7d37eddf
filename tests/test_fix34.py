"""Issue 11, fix34 lane (stop 33, round 2): bugs a blind read of this stop's diff
found, each fixed to what its rule's docstring says. Hand-built parses (as the small
model parses these lines); sentences made up."""

from __future__ import annotations

from spacy.tokens import Span

from parses import parse, with_names
from parses import word as _word


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

    doc = with_names(parse(ABDUCTED_GOVERNOR), "Tripoli")
    assert _place_struck(_word(doc, "abducted")) is None
    doc = with_names(parse(OVERRAN_TOWN), "Tripoli")
    assert _place_struck(_word(doc, "overran")) == "LBY"


# "The union voiced concern on Tuesday for the safety of its members."
CONCERN_ON_A_DAY = """
The the DET DT det 1
union union NOUN NN nsubj 2
voiced voice VERB VBD ROOT 2
concern concern NOUN NN dobj 2
on on ADP IN prep 2
Tuesday Tuesday PROPN NNP pobj 4
for for ADP IN prep 3
the the DET DT det 8
safety safety NOUN NN pobj 6
of of ADP IN prep 8
its its PRON PRP$ poss 11
members member NOUN NNS pobj 9
. . PUNCT . punct 2
"""

# "The union voiced concern on the cuts for the members." (concern about the cuts)
CONCERN_ON_CUTS = """
The the DET DT det 1
union union NOUN NN nsubj 2
voiced voice VERB VBD ROOT 2
concern concern NOUN NN dobj 2
on on ADP IN prep 3
the the DET DT det 6
cuts cut NOUN NNS pobj 4
for for ADP IN prep 6
the the DET DT det 9
members member NOUN NNS pobj 7
. . PUNCT . punct 2
"""


def test_concern_voiced_on_a_day_for_someone_is_still_sympathy():
    from newsbrief.events.senses import _concern_for

    doc = parse(CONCERN_ON_A_DAY)
    assert _concern_for(_word(doc, "concern"), _word(doc, "voiced"))
    doc = parse(CONCERN_ON_CUTS)
    assert not _concern_for(_word(doc, "concern"), _word(doc, "voiced"))


def test_a_habit_practised_is_the_act_a_gerund_practised_is_a_drill():
    from parses import make_doc_head_first
    from newsbrief.events.modality import rehearsed

    # "The junta practises torture ."
    doc = make_doc_head_first(
        "The/the/DET/1/det/DT junta/junta/NOUN/2/nsubj/NN practises/practise/VERB/2/ROOT/VBZ "
        "torture/torture/NOUN/2/dobj/NN")
    assert rehearsed(doc[3]) is None
    # "Marines practised landing on the shore ."
    doc = make_doc_head_first(
        "Marines/marine/NOUN/1/nsubj/NNS practised/practise/VERB/1/ROOT/VBD "
        "landing/land/VERB/1/xcomp/VBG on/on/ADP/2/prep/IN the/the/DET/5/det/DT "
        "shore/shore/NOUN/3/pobj/NN")
    assert rehearsed(doc[2]) == "practised"


# "The council imposed duties on trucks in Chilean depots." ("in" says where, not whose)
ON_TRUCKS_IN_DEPOTS = """
The the DET DT det 1
council council NOUN NN nsubj 2
imposed impose VERB VBD ROOT 2
duties duty NOUN NNS dobj 2
on on ADP IN prep 2
trucks truck NOUN NNS pobj 4
in in ADP IN prep 5
Chilean Chilean PROPN NNP amod 8
depots depot NOUN NNS pobj 6
. . PUNCT . punct 2
"""


def test_goods_somewhere_in_a_country_are_not_its_goods():
    from newsbrief.events.arguments import verb_arguments

    doc = parse(ON_TRUCKS_IN_DEPOTS)
    doc.ents = [Span(doc, 7, 8, label="NORP")]
    someone = lambda t: t.lower_ == "council" or t.ent_type_ in ("GPE", "NORP")  # noqa: E731
    assert [t.text for t in verb_arguments(_word(doc, "imposed"), someone).recipient] == []
