"""Issue 11, recip14 lane: who did it to whom (actors and recipients), one rule a
test. Hand-built parses; sentences made up."""

from __future__ import annotations

from newsbrief.events.arguments import conjuncts, verb_arguments

from parses import texts as _texts
from test_actors_anaphora import parse


def _someone(tok) -> bool:
    return tok.pos_ in ("PROPN", "PRON") or tok.lemma_ in ("minister", "official")


# "Finnish Trade Minister Anna Lind and Danish Trade Minister Jens Holm signed the deal."
# (the parse the small model gives such a line: the second title a conjunct of its own)
TWO_MINISTERS = """
Finnish Finnish ADJ JJ amod 2
Trade Trade PROPN NNP compound 2
Minister Minister PROPN NNP compound 4
Anna Anna PROPN NNP compound 4
Lind Lind PROPN NNP nsubj 11
and and CCONJ CC cc 4
Danish Danish PROPN NNP compound 8
Trade Trade PROPN NNP compound 8
Minister Minister PROPN NNP conj 4
Jens Jens PROPN NNP compound 10
Holm Holm PROPN NNP conj 4
signed sign VERB VBD ROOT 11
the the DET DT det 13
deal deal NOUN NN dobj 11
. . PUNCT . punct 11
"""

# "Finland, Norway and Sweden signed the deal."
THREE_STATES = """
Finland Finland PROPN NNP nsubj 5
, , PUNCT , punct 0
Norway Norway PROPN NNP conj 0
and and CCONJ CC cc 2
Sweden Sweden PROPN NNP conj 2
signed sign VERB VBD ROOT 5
the the DET DT det 7
deal deal NOUN NN dobj 5
. . PUNCT . punct 5
"""


# "Anna and Jens both signed the deal." (the small model makes "both" a conjunct)
BOTH_SIGNED = """
Anna Anna PROPN NNP nsubj 4
and and CCONJ CC cc 0
Jens Jens PROPN NNP conj 0
both both PRON DT conj 0
signed sign VERB VBD ROOT 4
the the DET DT det 6
deal deal NOUN NN dobj 4
. . PUNCT . punct 4
"""


def test_a_title_split_off_a_coordinated_name_is_no_actor_of_its_own():
    doc = parse(TWO_MINISTERS)
    assert _texts(conjuncts(doc[4])) == ["Lind", "Holm"]
    assert _texts(verb_arguments(doc[11], _someone).actor) == ["Lind", "Holm"]
    # a real list keeps every member, and a name before "both" stays
    states = parse(THREE_STATES)
    assert sorted(_texts(conjuncts(states[0]))) == ["Finland", "Norway", "Sweden"]
    both = parse(BOTH_SIGNED)
    assert _texts(conjuncts(both[0])) == ["Anna", "Jens", "both"]
