"""Who did it (actors24): a relative clause of harm hung on a counted "one" after
"including" ("staged two raids, including one ... that killed ...") is done by
the doer of the things counted, not by the place the "one" was at.
Hand-built parses; sentences made up."""

from __future__ import annotations

from newsbrief.events.arguments import verb_arguments

from parses import parse

PEOPLE = {"rebels", "guards", "mayor", "council", "bank"}


def _actor(doc, i):
    return [t.text for t in verb_arguments(doc[i], lambda t: t.lower_ in PEOPLE).actor]


# "Rebels staged two raids, including one that killed three guards."
ON_ONE = """
Rebels rebel NOUN NNS nsubj 1
staged stage VERB VBD ROOT 1
two two NUM CD nummod 3
raids raid NOUN NNS dobj 1
, , PUNCT , punct 1
including include VERB VBG prep 1
one one NUM CD pobj 5
that that PRON WDT nsubj 8
killed kill VERB VBD relcl 6
three three NUM CD nummod 10
guards guard NOUN NNS dobj 8
. . PUNCT . punct 1
"""

# "Rebels staged two raids, including one near the port that killed three guards."
# (the parser hung the clause on "port")
ON_PLACE = """
Rebels rebel NOUN NNS nsubj 1
staged stage VERB VBD ROOT 1
two two NUM CD nummod 3
raids raid NOUN NNS dobj 1
, , PUNCT , punct 1
including include VERB VBG prep 1
one one NUM CD pobj 5
near near ADP IN prep 6
the the DET DT det 9
port port NOUN NN pobj 7
that that PRON WDT nsubj 11
killed kill VERB VBD relcl 9
three three NUM CD nummod 13
guards guard NOUN NNS dobj 11
. . PUNCT . punct 1
"""

# "Rebels visited two ports, including one that welcomed three guards." (no harm:
# the clause on a place after "one" stays the place's; the counted one stays as is)
NO_HARM = """
Rebels rebel NOUN NNS nsubj 1
visited visit VERB VBD ROOT 1
two two NUM CD nummod 3
ports port NOUN NNS dobj 1
, , PUNCT , punct 1
including include VERB VBG prep 1
one one NUM CD pobj 5
near near ADP IN prep 6
the the DET DT det 9
river river NOUN NN pobj 7
that that PRON WDT nsubj 11
welcomed welcome VERB VBD relcl 9
three three NUM CD nummod 13
guards guard NOUN NNS dobj 11
. . PUNCT . punct 1
"""


def test_a_counted_one_after_including_is_done_by_the_doer_of_what_it_counts():
    assert _actor(parse(ON_ONE), 8) == ["Rebels"]


def test_a_clause_of_harm_on_the_place_after_one_is_the_ones():
    assert _actor(parse(ON_PLACE), 11) == ["Rebels"]


def test_a_clause_of_no_harm_on_a_place_stays_the_places():
    assert _actor(parse(NO_HARM), 11) == ["river"]


# "The mayor, who met the council and praised the bank, left."
WHO_AND = """
The the DET DT det 1
mayor mayor NOUN NN nsubj 12
, , PUNCT , punct 1
who who PRON WP nsubj 4
met meet VERB VBD relcl 1
the the DET DT det 6
council council NOUN NN dobj 4
and and CCONJ CC cc 4
praised praise VERB VBD conj 4
the the DET DT det 10
bank bank NOUN NN dobj 8
, , PUNCT , punct 1
left leave VERB VBD ROOT 12
. . PUNCT . punct 12
"""


def test_the_second_verb_of_a_relative_clause_is_done_by_the_relatives_noun():
    doc = parse(WHO_AND)
    assert _actor(doc, 4) == ["mayor"]
    assert _actor(doc, 8) == ["mayor"]
