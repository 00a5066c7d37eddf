"""Countries of actors and recipients the abw- judges found wrong (actors22): a
counterpart is never of its possessor's country ("met his counterpart"); unnamed armed
men are of the place their own phrase puts them ("gunmen in Niger"). Hand-built parses;
sentences made up."""

from __future__ import annotations

from newsbrief.actors import resolve_actor_text
from newsbrief.events.actorrefs import ActorIndex

from test_event_extract import build, ent


# "The minister met his counterpart ." with the minister placed in Norway
def test_a_counterpart_is_not_of_its_possessors_country():
    doc = build(["Minister minister PROPN compound 1", "Halvorsen Halvorsen PROPN nsubj 2 B-PERSON",
                 "met meet VERB ROOT 2", "his his PRON poss 4", "counterpart counterpart NOUN dobj 2",
                 ". . PUNCT punct 2"])
    index = ActorIndex(doc, [ent(doc, "halvorsen", 1, 2, "person", "NOR", "GOV")],
                       resolver=resolve_actor_text)
    assert [r.country for r in index.refs(doc[4])] == [None]
    # the same possessive on someone of the owner's own side gives its country
    doc = build(["Minister minister PROPN compound 1", "Halvorsen Halvorsen PROPN nsubj 2 B-PERSON",
                 "met meet VERB ROOT 2", "his his PRON poss 4", "deputy deputy NOUN dobj 2",
                 ". . PUNCT punct 2"])
    index = ActorIndex(doc, [ent(doc, "halvorsen", 1, 2, "person", "NOR", "GOV")],
                       resolver=resolve_actor_text)
    assert [r.country for r in index.refs(doc[4])] == ["NOR"]


# "Minister Halvorsen met his counterpart Bello ." (Bello an unplaced person)
def test_a_person_named_as_a_counterpart_is_not_of_the_possessors_country():
    rows = ["Minister minister PROPN compound 1", "Halvorsen Halvorsen PROPN nsubj 2 B-PERSON",
            "met meet VERB ROOT 2", "his his PRON poss 5", "{w} {w} NOUN compound 5",
            "Bello Bello PROPN dobj 2 B-PERSON", ". . PUNCT punct 2"]
    for word, want in (("counterpart", None), ("deputy", "NOR")):
        doc = build([r.format(w=word) for r in rows])
        ents = [ent(doc, "halvorsen", 1, 2, "person", "NOR", "GOV"),
                ent(doc, "bello", 5, 6, "person")]
        index = ActorIndex(doc, ents, resolver=resolve_actor_text)
        assert [r.country for r in index.refs(doc[5])] == [want], word


# "On Monday , gunmen in Niger attacked the convoy ."
def test_armed_men_are_of_the_place_their_phrase_puts_them():
    doc = build(["On on ADP prep 6", "Monday Monday PROPN pobj 0 B-DATE", ", , PUNCT punct 6",
                 "gunmen gunman NOUN nsubj 6", "in in ADP prep 3", "Niger Niger PROPN pobj 4 B-GPE",
                 "attacked attack VERB ROOT 6", "the the DET det 8", "convoy convoy NOUN dobj 6",
                 ". . PUNCT punct 6"])
    index = ActorIndex(doc, [], resolver=resolve_actor_text)
    assert [r.country for r in index.refs(doc[3])] == ["NER"]
    # with no place in their phrase they stay unplaced here
    doc = build(["On on ADP prep 4", "Monday Monday PROPN pobj 0 B-DATE", ", , PUNCT punct 4",
                 "gunmen gunman NOUN nsubj 4", "attacked attack VERB ROOT 4", "the the DET det 6",
                 "convoy convoy NOUN dobj 4", ". . PUNCT punct 4"])
    index = ActorIndex(doc, [], resolver=resolve_actor_text)
    assert [r.country for r in index.refs(doc[3])] == [None]
