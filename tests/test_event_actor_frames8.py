"""Issue 11, actors8 lane: a passive gerund under a preposition ("after being asked by
X") is done to the governing subject by its agent; a noun of something done to
someone with its "of" object named ("the captain's killing of two guards") has the
possessor as doer. Hand-built parses; sentences made up."""

from __future__ import annotations

from newsbrief.events.arguments import noun_arguments, verb_arguments

from parses import texts as _texts
from parses import parse


def _someone(tok) -> bool:
    return tok.pos_ in ("PROPN", "PRON") or tok.lemma_ in ("minister", "captain", "guard")


# "The ministers closed the border after being asked by Germany."
ASKED_BY = """
The the DET DT det 1
ministers minister NOUN NNS nsubj 2
closed close VERB VBD ROOT 2
the the DET DT det 4
border border NOUN NN dobj 2
after after ADP IN prep 2
being be AUX VBG auxpass 7
asked ask VERB VBN pcomp 5
by by ADP IN agent 7
Germany Germany PROPN NNP pobj 8
. . PUNCT . punct 2
"""

# "The ministers closed the border after asking Germany."
ASKING = """
The the DET DT det 1
ministers minister NOUN NNS nsubj 2
closed close VERB VBD ROOT 2
the the DET DT det 4
border border NOUN NN dobj 2
after after ADP IN prep 2
asking ask VERB VBG pcomp 5
Germany Germany PROPN NNP dobj 6
. . PUNCT . punct 2
"""


def test_a_passive_gerund_after_a_preposition_is_done_by_its_agent():
    doc = parse(ASKED_BY)
    args = verb_arguments(doc[7], _someone)
    assert _texts(args.actor) == ["Germany"]
    assert _texts(args.recipient) == ["ministers"]
    assert args.passive


def test_an_active_gerund_after_a_preposition_keeps_the_governing_subject():
    doc = parse(ASKING)
    args = verb_arguments(doc[6], _someone)
    assert _texts(args.actor) == ["ministers"]
    assert _texts(args.recipient) == ["Germany"]


# "The captain's killing of two guards shocked them."
KILLING_OF = """
The the DET DT det 1
captain captain NOUN NN poss 3
's 's PART POS case 1
killing killing NOUN NN nsubj 7
of of ADP IN prep 3
two two NUM CD nummod 6
guards guard NOUN NNS pobj 4
shocked shock VERB VBD ROOT 7
them they PRON PRP dobj 7
. . PUNCT . punct 7
"""

# "The captain's killing shocked them."
KILLING = """
The the DET DT det 1
captain captain NOUN NN poss 3
's 's PART POS case 1
killing killing NOUN NN nsubj 4
shocked shock VERB VBD ROOT 4
them they PRON PRP dobj 4
. . PUNCT . punct 4
"""


def test_a_possessor_with_the_victims_named_by_of_is_the_doer():
    doc = parse(KILLING_OF)
    args = noun_arguments(doc[3], _someone, lambda v: verb_arguments(v, _someone))
    assert _texts(args.actor) == ["captain"]
    assert _texts(args.recipient) == ["guards"]


def test_a_possessor_alone_is_who_the_killing_was_done_to():
    doc = parse(KILLING)
    args = noun_arguments(doc[3], _someone, lambda v: verb_arguments(v, _someone))
    assert _texts(args.actor) == []
    assert _texts(args.recipient) == ["captain"]
