"""Countries of actors the judges found wrong (actors23): someone "the country's" or
"the nation's" is of the state named just before, not of the story's country.
Hand-built parses; sentences made up."""

from __future__ import annotations

from newsbrief.actors import resolve_actor_text
from newsbrief.events.actorrefs import ActorIndex

from fake_stages import build_with_noun_tags, ent

# "Peru denied it . The country 's foreign minister accused Chile ."
FIRST = ["Peru Peru PROPN nsubj 1 B-GPE", "denied deny VERB ROOT 1", "it it PRON dobj 1",
         ". . PUNCT punct 1"]


def test_the_countrys_official_is_of_the_state_named_before():
    doc = build_with_noun_tags(FIRST + ["The the DET det 5", "country country NOUN poss 8", "'s 's PART case 5",
                         "foreign foreign ADJ amod 8", "minister minister NOUN nsubj 9",
                         "accused accuse VERB ROOT 9", "Chile Chile PROPN dobj 9 B-GPE",
                         ". . PUNCT punct 9"])
    ents = [ent(doc, "peru", 0, 1, "state", "PER"), ent(doc, "chile", 10, 11, "state", "CHL")]
    index = ActorIndex(doc, ents, resolver=resolve_actor_text)
    assert [r.country for r in index.refs(doc[8])] == ["PER"]


# "... The nation 's foreign minister Ana Ruiz accused Chile ." (Ana Ruiz unplaced)
def test_a_named_official_of_the_nation_is_of_the_state_named_before():
    doc = build_with_noun_tags(FIRST + ["The the DET det 5", "nation nation NOUN poss 10", "'s 's PART case 5",
                         "foreign foreign ADJ amod 8", "minister minister NOUN compound 10",
                         "Ana Ana PROPN compound 10 B-PERSON", "Ruiz Ruiz PROPN nsubj 11 I-PERSON",
                         "accused accuse VERB ROOT 11", "Chile Chile PROPN dobj 11 B-GPE",
                         ". . PUNCT punct 11"])
    ents = [ent(doc, "peru", 0, 1, "state", "PER"), ent(doc, "ana ruiz", 9, 11, "person"),
            ent(doc, "chile", 12, 13, "state", "CHL")]
    index = ActorIndex(doc, ents, resolver=resolve_actor_text)
    assert [r.country for r in index.refs(doc[10])] == ["PER"]


# "The country 's foreign minister accused Chile ." with no state named before it
def test_the_country_with_no_state_before_it_places_no_one():
    doc = build_with_noun_tags(["The the DET det 1", "country country NOUN poss 4", "'s 's PART case 1",
                 "foreign foreign ADJ amod 4", "minister minister NOUN nsubj 5",
                 "accused accuse VERB ROOT 5", "Chile Chile PROPN dobj 5 B-GPE",
                 ". . PUNCT punct 5"])
    index = ActorIndex(doc, [ent(doc, "chile", 6, 7, "state", "CHL")],
                       resolver=resolve_actor_text)
    assert [r.country for r in index.refs(doc[4])] == [None]


# "Ortega spoke . Praising Minister Bell , he urged Canada ." and "... After meeting
# Minister Bell , he left ."
def test_a_subject_pronoun_is_not_the_object_of_its_own_participle_clause():
    from newsbrief.actors.anaphora import References

    from parses import parse, person

    praising = parse("""
Ortega Ortega PROPN NNP nsubj 1
spoke speak VERB VBD ROOT 1
. . PUNCT . punct 1
Praising praise VERB VBG advcl 8 S
Minister minister PROPN NNP compound 5
Bell Bell PROPN NNP dobj 3
, , PUNCT , punct 8
he he PRON PRP nsubj 8
urged urge VERB VBD ROOT 8
Canada Canada PROPN NNP dobj 8
. . PUNCT . punct 8
""")
    ents = [person(praising, "Ortega", 0, 1), person(praising, "Bell", 4, 6)]
    assert References(praising, ents).resolve(praising[7]).id == "Ortega"
    meeting = parse("""
Ortega Ortega PROPN NNP nsubj 1
spoke speak VERB VBD ROOT 1
. . PUNCT . punct 1
After after ADP IN prep 9 S
meeting meet VERB VBG pcomp 3
Minister minister PROPN NNP compound 6
Bell Bell PROPN NNP dobj 4
, , PUNCT , punct 9
he he PRON PRP nsubj 9
left leave VERB VBD ROOT 9
. . PUNCT . punct 9
""")
    ents = [person(meeting, "Ortega", 0, 1), person(meeting, "Bell", 5, 7)]
    assert References(meeting, ents).resolve(meeting[8]).id == "Ortega"


# "Ortega spoke . He left . He came . Praising Bell , he urged Canada ."
def test_a_pronoun_after_its_participle_clause_opens_its_sentence():
    from newsbrief.actors.anaphora import References

    from parses import parse, person

    doc = parse("""
Ortega Ortega PROPN NNP nsubj 1
spoke speak VERB VBD ROOT 1
. . PUNCT . punct 1
He he PRON PRP nsubj 4 S
left leave VERB VBD ROOT 4
. . PUNCT . punct 4
He he PRON PRP nsubj 7 S
came come VERB VBD ROOT 7
. . PUNCT . punct 7
Praising praise VERB VBG advcl 13 S
Bell Bell PROPN NNP dobj 9
, , PUNCT , punct 13
he he PRON PRP nsubj 13
urged urge VERB VBD ROOT 13
Canada Canada PROPN NNP dobj 13
. . PUNCT . punct 13
""")
    ents = [person(doc, "Ortega", 0, 1), person(doc, "Bell", 10, 11)]
    # as far back as "He said ..." opening a sentence would look (four sentences)
    assert References(doc, ents).resolve(doc[12]).id == "Ortega"
