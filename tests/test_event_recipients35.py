"""actor35 (stop 35): the side an attack or a shot is aimed at is its recipient: named under
"into", "on", "against" ("fired rockets into X"; "at" is events.extract's), or as the
owner of the target ("strikes on a Syrian airstrip", "shelled the positions of the
rebels", "attacks on Hamas targets"). Hand-built parses (as the small model parses these
lines); sentences made up."""

from __future__ import annotations

from newsbrief.events.arguments import noun_arguments, verb_arguments

from parses import parse, with_names
from parses import word as _word


def _side(tok) -> bool:
    return tok.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or \
        tok.lower_ in {"militants", "rebels", "north", "south", "army", "police"}


# "Militants fired rockets into Israel." ("into": where the fire goes)
FIRED_INTO = """
Militants militant NOUN NNS nsubj 1
fired fire VERB VBD ROOT 1
rockets rocket NOUN NNS dobj 1
into into ADP IN prep 1
Israel Israel PROPN NNP pobj 3
. . PUNCT . punct 1
"""

# "The army shelled the positions of the rebels."
SHELLED_POSITIONS_OF = """
The the DET DT det 1
army army NOUN NN nsubj 2
shelled shell VERB VBD ROOT 2
the the DET DT det 4
positions position NOUN NNS dobj 2
of of ADP IN prep 4
the the DET DT det 7
rebels rebel NOUN NNS pobj 5
. . PUNCT . punct 2
"""

# "The army launched strikes on Syrian bases." (a demonym owns the target)
STRIKES_ON_BASES = """
The the DET DT det 1
army army NOUN NN nsubj 2
launched launch VERB VBD ROOT 2
strikes strike NOUN NNS dobj 2
on on ADP IN prep 3
Syrian Syrian ADJ JJ amod 6
bases base NOUN NNS pobj 4
. . PUNCT . punct 2
"""

# "Police fired his pistol at the range." -- control: no side is named at all
FIRED_AT_RANGE = """
Police police NOUN NNS nsubj 1
fired fire VERB VBD ROOT 1
his his PRON PRP$ poss 3
pistol pistol NOUN NN dobj 1
at at ADP IN prep 1
the the DET DT det 6
range range NOUN NN pobj 4
. . PUNCT . punct 1
"""


def test_a_side_fired_into_is_the_recipient():
    doc = with_names(parse(FIRED_INTO), "Israel")
    assert [t.text for t in verb_arguments(_word(doc, "fired"), _side).recipient] == ["Israel"]


def test_the_owner_of_a_target_shelled_is_the_recipient():
    # (a control: the "of" owner of a verb's object was found before)
    doc = parse(SHELLED_POSITIONS_OF)
    assert [t.text for t in verb_arguments(_word(doc, "shelled"), _side).recipient] == \
        ["rebels"]


def test_the_owner_of_a_target_an_attack_noun_is_aimed_at_is_the_recipient():
    doc = with_names(parse(STRIKES_ON_BASES), "Syrian", label="NORP")
    args = noun_arguments(_word(doc, "strikes"), _side,
                          lambda v: verb_arguments(v, _side))
    assert [t.text for t in args.recipient] == ["Syrian"]


def test_a_shot_at_no_side_has_no_recipient():
    doc = parse(FIRED_AT_RANGE)
    assert not verb_arguments(_word(doc, "fired"), _side).recipient


# "Smith said in a statement accusing the governor." (the statement speaks for Smith)
SAID_IN_STATEMENT = """
Smith Smith PROPN NNP nsubj 1
said say VERB VBD ROOT 1
in in ADP IN prep 1
a a DET DT det 4
statement statement NOUN NN pobj 2
accusing accuse VERB VBG acl 4
the the DET DT det 7
governor governor NOUN NN dobj 5
. . PUNCT . punct 1
"""

# "The man hid in a house carrying a gun." -- control: no document, the man carries it
HID_CARRYING = """
The the DET DT det 1
man man NOUN NN nsubj 2
hid hide VERB VBD ROOT 2
in in ADP IN prep 2
a a DET DT det 5
house house NOUN NN pobj 3
carrying carry VERB VBG acl 5
a a DET DT det 8
gun gun NOUN NN dobj 6
. . PUNCT . punct 2
"""

# "Hansen was killed during a police raid."
KILLED_IN_POLICE_RAID = """
Hansen Hansen PROPN NNP nsubjpass 2
was be AUX VBD auxpass 2
killed kill VERB VBN ROOT 2
in in ADP IN prep 2
a a DET DT det 6
police police NOUN NN compound 6
raid raid NOUN NN pobj 3
. . PUNCT . punct 2
"""


def _anyone(tok) -> bool:
    return tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN" or \
        tok.lower_ in {"governor", "police", "man"}


def test_who_said_it_in_a_statement_does_what_the_statement_does():
    doc = parse(SAID_IN_STATEMENT)
    args = verb_arguments(_word(doc, "accusing"), _anyone)
    assert [t.text for t in args.actor] == ["Smith"]
    assert [t.text for t in args.recipient] == ["governor"]


def test_a_participle_on_a_place_is_no_message():
    # a house is no document: the verb over it lends the participle no doer
    doc = parse(HID_CARRYING)
    assert "man" not in [t.text for t in verb_arguments(_word(doc, "carrying"), _anyone).actor]


def test_the_force_before_an_attack_noun_did_what_was_done_in_it():
    doc = parse(KILLED_IN_POLICE_RAID)
    args = verb_arguments(_word(doc, "killed"), _anyone)
    assert [t.text for t in args.actor] == ["police"]


# "He was detained on Monday by police." (the parser hung "by police" on the day)
DETAINED_MONDAY_BY = """
He he PRON PRP nsubjpass 2
was be AUX VBD auxpass 2
detained detain VERB VBN ROOT 2
on on ADP IN prep 2
Monday Monday PROPN NNP pobj 3
by by ADP IN prep 4
police police NOUN NN pobj 5
. . PUNCT . punct 2
"""


def test_a_passive_agent_hung_on_its_time_is_the_doer():
    doc = parse(DETAINED_MONDAY_BY)
    assert [t.text for t in verb_arguments(_word(doc, "detained"), _anyone).actor] == ["police"]
