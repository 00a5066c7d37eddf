"""Issue 11, recip9 lane: recipients by frame. A thing acted on stands for its owner
("threatened to bomb Chinese bases", "sought approval from X"), never for the doer's
own side ("imposed new U.S. tariffs"); coordinated verbs share a "with" target; a
person named before a noun of meeting is who was met; an attack noun that killed
someone hit them; a dateline with an agency in brackets is no one. Hand-built parses;
sentences made up."""

from __future__ import annotations

from spacy.tokens import Span

from newsbrief.events.arguments import noun_arguments, verb_arguments

from parses import texts as _texts
from parses import parse
from fake_stages import build, coder_with, ent, extract


def _someone(tok) -> bool:
    return tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ == "NORP" or \
        tok.lemma_ in ("minister", "captain", "guard", "man", "woman")


def _with_ents(doc, *spans):
    doc.ents = [Span(doc, i, j, label=label) for i, j, label in spans]
    return doc


# "The minister threatened to bomb Chinese bases."
BOMB_BASES = """
The the DET DT det 1
minister minister NOUN NN nsubj 2
threatened threaten VERB VBD ROOT 2
to to PART TO aux 4
bomb bomb VERB VB xcomp 2
Chinese chinese ADJ JJ amod 6
bases base NOUN NNS dobj 4
. . PUNCT . punct 2
"""

# "The minister threatened to bomb the bases."
BOMB_THE_BASES = """
The the DET DT det 1
minister minister NOUN NN nsubj 2
threatened threaten VERB VBD ROOT 2
to to PART TO aux 4
bomb bomb VERB VB xcomp 2
the the DET DT det 6
bases base NOUN NNS dobj 4
. . PUNCT . punct 2
"""


def test_a_demonym_on_the_thing_acted_on_names_the_one_acted_on():
    doc = _with_ents(parse(BOMB_BASES), (5, 6, "NORP"))
    assert _texts(verb_arguments(doc[2], _someone).recipient) == ["Chinese"]
    plain = parse(BOMB_THE_BASES)
    assert verb_arguments(plain[2], _someone).recipient == ()


# "The captain sought approval from Novak."
SOUGHT_FROM = """
The the DET DT det 1
captain captain NOUN NN nsubj 2
sought seek VERB VBD ROOT 2
approval approval NOUN NN dobj 2
from from ADP IN prep 3
Novak Novak PROPN NNP pobj 4
. . PUNCT . punct 2
"""


def test_the_sender_of_the_thing_acted_on_is_the_one_acted_on():
    doc = parse(SOUGHT_FROM)
    args = verb_arguments(doc[2], _someone)
    assert _texts(args.actor) == ["captain"]
    assert _texts(args.recipient) == ["Novak"]


# "Sent Chinese advisers" names the sender: a verb of handing over takes no owner.
SENT = """
The the DET DT det 1
minister minister NOUN NN nsubj 2
sent send VERB VBD ROOT 2
Chinese chinese ADJ JJ amod 4
trucks truck NOUN NNS dobj 2
. . PUNCT . punct 2
"""


def test_what_is_handed_over_names_no_recipient_by_its_demonym():
    doc = _with_ents(parse(SENT), (3, 4, "NORP"))
    assert verb_arguments(doc[2], _someone).recipient == ()


# "Chile imposed new Chilean tariffs." - the doer's own side is the sender.
OWN_SIDE = ["Chile Chile PROPN nsubj 1 B-GPE", "imposed impose VERB ROOT 1",
            "new new ADJ amod 4", "Chilean chilean ADJ amod 4 B-NORP",
            "tariffs tariff NOUN dobj 1", ". . PUNCT punct 1"]
# "Chile condemned the Peruvian tariffs."
OTHER_SIDE = ["Chile Chile PROPN nsubj 1 B-GPE", "condemned condemn VERB ROOT 1",
              "the the DET det 4", "Peruvian peruvian ADJ amod 4 B-NORP",
              "tariffs tariff NOUN dobj 1", ". . PUNCT punct 1"]


def test_a_demonym_of_the_doers_own_side_is_no_recipient():
    code = coder_with({"impose": ("SANCTION", "163", None),
                       "condemn": ("ACCUSE", "111", None)})
    doc = build(OWN_SIDE)
    states = [ent(doc, "chl", 0, 1, "state", "CHL"), ent(doc, "chl2", 3, 4, "state", "CHL")]
    ev = [e for e in extract(doc, states, coder=code) if e.type == "SANCTION"][0]
    assert [r.country for r in ev.actor] == ["CHL"]
    assert ev.recipient == ()
    doc = build(OTHER_SIDE)
    states = [ent(doc, "chl", 0, 1, "state", "CHL"), ent(doc, "per", 3, 4, "state", "PER")]
    ev = [e for e in extract(doc, states, coder=code) if e.type == "ACCUSE"][0]
    assert [r.country for r in ev.recipient] == ["PER"]


# "Novak began meeting and trading letters with Diaz."
MEETING_AND = """
Novak Novak PROPN NNP nsubj 1
began begin VERB VBD ROOT 1
meeting meet VERB VBG xcomp 1
and and CCONJ CC cc 2
trading trade VERB VBG conj 2
letters letter NOUN NNS dobj 4
with with ADP IN prep 4
Diaz Diaz PROPN NNP pobj 6
. . PUNCT . punct 1
"""


def test_coordinated_verbs_share_a_with_target():
    doc = parse(MEETING_AND)
    args = verb_arguments(doc[2], _someone)
    assert _texts(args.actor) == ["Novak"]
    assert _texts(args.recipient) == ["Diaz"]


# "Novak praised Diaz after his Lopez summit."
SUMMIT = """
Novak Novak PROPN NNP nsubj 1
praised praise VERB VBD ROOT 1
Diaz Diaz PROPN NNP dobj 1
after after ADP IN prep 1
his his PRON PRP$ poss 6
Lopez Lopez PROPN NNP compound 6
summit summit NOUN NN pobj 3
. . PUNCT . punct 1
"""


def test_a_person_named_before_a_meeting_noun_is_who_was_met():
    doc = parse(SUMMIT)
    doc = _with_ents(doc, (0, 1, "PERSON"), (2, 3, "PERSON"), (5, 6, "PERSON"))
    args = noun_arguments(doc[6], _someone, lambda v: verb_arguments(v, _someone))
    assert _texts(args.actor) == ["his"]
    assert _texts(args.recipient) == ["Lopez"]


# "A Chilean strike killed two guards."
STRIKE_KILLED = """
A a DET DT det 2
Chilean chilean ADJ JJ amod 2
strike strike NOUN NN nsubj 3
killed kill VERB VBD ROOT 3
two two NUM CD nummod 5
guards guard NOUN NNS dobj 3
. . PUNCT . punct 3
"""


def test_an_attack_that_killed_someone_hit_them():
    doc = _with_ents(parse(STRIKE_KILLED), (1, 2, "NORP"))
    args = noun_arguments(doc[2], _someone, lambda v: verb_arguments(v, _someone))
    assert _texts(args.actor) == ["Chilean"]
    assert _texts(args.recipient) == ["guards"]


# "TALCA, Chile (AP) - Two men were shot." with the parser's dateline subject.
DATELINE = """
TALCA Talca PROPN NNP nsubjpass 13
, , PUNCT , punct 0
Chile Chile PROPN NNP conj 0
( ( PUNCT -LRB- punct 2
AP AP PROPN NNP appos 2
) ) PUNCT -RRB- punct 0
- - PUNCT : punct 0
Two two NUM CD nummod 8
men man NOUN NNS appos 0
and and CCONJ CC cc 8
a a DET DT det 11
woman woman NOUN NN conj 8
were be AUX VBD auxpass 13
shot shoot VERB VBN ROOT 13
. . PUNCT . punct 13
"""


def test_a_dateline_with_an_agency_is_no_one_its_apposition_is():
    doc = parse(DATELINE)
    args = verb_arguments(doc[13], lambda t: t.pos_ in ("PROPN", "NOUN"))
    assert _texts(args.recipient) == ["men", "woman"]


# "Novak criticized Diaz over the vote." with the name parsed as an adverb of the verb.
NAME_AS_ADVERB = """
Novak Novak PROPN NNP nsubj 1
criticized criticize VERB VBD ROOT 1
Diaz Diaz PROPN NNP npadvmod 1
over over ADP IN prep 1
the the DET DT det 5
vote vote NOUN NN pobj 3
. . PUNCT . punct 1
"""


def test_a_name_right_after_the_verb_parsed_as_an_adverb_is_its_object():
    doc = _with_ents(parse(NAME_AS_ADVERB), (0, 1, "PERSON"), (2, 3, "PERSON"))
    assert _texts(verb_arguments(doc[1], _someone).recipient) == ["Diaz"]
    # a day in that place is no one
    doc = _with_ents(parse(NAME_AS_ADVERB.replace("Diaz Diaz PROPN", "Friday Friday PROPN")),
                     (0, 1, "PERSON"), (2, 3, "DATE"))
    assert verb_arguments(doc[1], lambda t: t.ent_type_ == "PERSON").recipient == ()


# "Novak marched with Diaz." / "Novak met with Diaz."
WITH = """
Novak Novak PROPN NNP nsubj 1
{verb} {lemma} VERB VBD ROOT 1
with with ADP IN prep 1
Diaz Diaz PROPN NNP pobj 2
. . PUNCT . punct 1
"""


def test_fellow_marchers_are_no_recipients_the_one_met_is():
    marched = parse(WITH.format(verb="marched", lemma="march"))
    assert verb_arguments(marched[1], _someone).recipient == ()
    met = parse(WITH.format(verb="met", lemma="meet"))
    assert _texts(verb_arguments(met[1], _someone).recipient) == ["Diaz"]


# "Novak sent a letter to Diaz urging him to resign."
LETTER = """
Novak Novak PROPN NNP nsubj 1
sent send VERB VBD ROOT 1
a a DET DT det 3
letter letter NOUN NN dobj 1
to to ADP IN dative 1
Diaz Diaz PROPN NNP pobj 4
urging urge VERB VBG advcl 1
him he PRON PRP dobj 6
to to PART TO aux 9
resign resign VERB VB xcomp 6
. . PUNCT . punct 1
"""


def test_the_one_a_letter_is_sent_to_is_who_its_participle_urges():
    doc = parse(LETTER)
    args = verb_arguments(doc[6], _someone)
    assert _texts(args.actor) == ["Novak"]
    assert _texts(args.recipient) == ["Diaz"]


# "Novak brought charges against Diaz."
CHARGES = """
Novak Novak PROPN NNP nsubj 1
brought bring VERB VBD ROOT 1
charges charge NOUN NNS dobj 1
against against ADP IN prep 1
Diaz Diaz PROPN NNP pobj 3
. . PUNCT . punct 1
"""


def test_the_target_of_a_light_verb_is_its_object_nouns():
    doc = parse(CHARGES)
    args = noun_arguments(doc[2], _someone, lambda v: verb_arguments(v, _someone))
    assert _texts(args.actor) == ["Novak"]
    assert _texts(args.recipient) == ["Diaz"]


# "On Malta, Novak described the attack." - a phrase before the noun sets the scene.
FRONTED = """
On on ADP IN prep 4
Malta Malta PROPN NNP pobj 0
, , PUNCT , punct 4
Novak Novak PROPN NNP nsubj 4
called call VERB VBD ROOT 4
the the DET DT det 6
attack attack NOUN NN dobj 4
. . PUNCT . punct 4
"""


def test_a_fronted_place_is_not_the_target_of_the_object_noun():
    doc = parse(FRONTED)
    args = noun_arguments(doc[6], _someone, lambda v: verb_arguments(v, _someone))
    assert _texts(args.actor) == ["Novak"]
    assert args.recipient == ()
