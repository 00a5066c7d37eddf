"""Countries of actors (actrecip lane, stop 33): people of a local body with no country
of their own, who are the subject of a relative clause opened by "where", are of the
place the clause hangs on ("sailed to X, Peru, where officials refused ...").
Hand-built parses; sentences made up."""

from __future__ import annotations

from newsbrief.actors import resolve_actor_text
from newsbrief.events.actorrefs import ActorIndex

from fake_stages import build_with_noun_tags
from fake_stages import ent

# "The ship sailed to Tacna , Peru , where officials refused it ."
WHERE = ["The the DET det 1", "ship ship NOUN nsubj 2", "sailed sail VERB ROOT 2",
         "to to ADP prep 2", "Tacna Tacna PROPN pobj 3 B-GPE", ", , PUNCT punct 4",
         "Peru Peru PROPN appos 4 B-GPE", ", , PUNCT punct 4",
         "where where SCONJ advmod 10", "officials official NOUN nsubj 10",
         "refused refuse VERB relcl 4", "it it PRON dobj 10", ". . PUNCT punct 2"]


def _officials(rows):
    doc = build_with_noun_tags(rows)
    doc[9].tag_ = "NNS" if doc[9].lower_.endswith("s") else "NN"
    ents = [ent(doc, "peru", 6, 7, "state", "PER")]
    index = ActorIndex(doc, ents, resolver=resolve_actor_text)
    return [r.country for r in index.refs(doc[9])]


def test_officials_of_a_where_clause_are_of_its_place():
    assert _officials(WHERE) == ["PER"]


def test_a_visitor_of_a_where_clause_is_not_placed_by_it():
    # "... Tacna , Peru , where the secretary met troops ." (one person, often visiting)
    rows = [r.replace("officials official", "secretary secretary") for r in WHERE]
    assert _officials(rows) == [None]


def test_officials_after_a_place_with_no_where_are_not_placed_by_it():
    # "... Tacna , Peru , and officials refused it ." (a clause of its own)
    rows = list(WHERE)
    rows[8] = "and and CCONJ cc 2"
    rows[10] = "refused refuse VERB conj 2"
    assert _officials(rows) == [None]


# "The leaders of Peru and Chile signed it ."
LEADERS_OF = ["The the DET det 1", "leaders leader NOUN nsubj 6", "of of ADP prep 1",
              "Peru Peru PROPN pobj 2 B-GPE", "and and CCONJ cc 3", "Chile Chile PROPN conj 3 B-GPE",
              "signed sign VERB ROOT 6", "it it PRON dobj 6", ". . PUNCT punct 6"]


def test_people_of_several_states_are_of_each():
    doc = build_with_noun_tags(LEADERS_OF)
    ents = [ent(doc, "peru", 3, 4, "state", "PER"), ent(doc, "chile", 5, 6, "state", "CHL")]
    index = ActorIndex(doc, ents, resolver=resolve_actor_text)
    assert [r.country for r in index.refs(doc[1])] == ["PER", "CHL"]


# "The administration of President Ana Ruiz detained them ." / "The friends of ..."
BODY_OF = ["The the DET det 1", "administration administration NOUN nsubj 6",
           "of of ADP prep 1", "President President PROPN compound 5",
           "Ana Ana PROPN compound 5 B-PERSON", "Ruiz Ruiz PROPN pobj 2 I-PERSON",
           "detained detain VERB ROOT 6", "them they PRON dobj 6", ". . PUNCT punct 6"]


def _body_of(rows):
    doc = build_with_noun_tags(rows)
    ents = [ent(doc, "ana ruiz", 4, 6, "person", "PER")]
    index = ActorIndex(doc, ents, resolver=resolve_actor_text)
    return [r.country for r in index.refs(doc[1])]


def test_a_state_body_of_a_person_is_of_their_country():
    assert _body_of(BODY_OF) == ["PER"]


def test_people_of_a_person_who_are_no_body_are_not_placed_by_them():
    rows = [r.replace("administration administration", "friends friend") for r in BODY_OF]
    assert _body_of(rows) == [None]
