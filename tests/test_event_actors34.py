"""Countries of actors (keyactor lane, stop 34): a person the text and the knowledge
base leave unplaced, who holds an office of a state's own (a minister, a prosecutor,
a mayor), in a story that mostly speaks of one country other than the US, is of that
country; one whose office deals with other countries ("Foreign Minister") and one
with no office stay unplaced. Hand-built parses; sentences made up."""

from __future__ import annotations

from dataclasses import replace

from newsbrief.actors import resolve_actor_text
from newsbrief.events.actorrefs import ActorIndex

from fake_stages import build_with_noun_tags
from fake_stages import ent

# "Peru , Lima and Cusco voted . Minister Ana Ruiz spoke ."
ROWS = ["Peru Peru PROPN nsubj 5 B-GPE", ", , PUNCT punct 0", "Lima Lima PROPN conj 0 B-GPE",
        "and and CCONJ cc 2", "Cusco Cusco PROPN conj 2 B-GPE", "voted vote VERB ROOT 5",
        ". . PUNCT punct 5", "Minister minister PROPN compound 10",
        "Ana Ana PROPN compound 9 B-PERSON", "Ruiz Ruiz PROPN nsubj 10 I-PERSON",
        "spoke speak VERB ROOT 10", ". . PUNCT punct 10"]


def _country(office, sector="GOV", rows=ROWS):
    doc = build_with_noun_tags(rows)
    person = replace(ent(doc, "ruiz", 8, 10, "person", None, sector), office=office)
    ents = [ent(doc, "peru", 0, 1, "state", "PER"), ent(doc, "lima", 2, 3, "place", "PER"),
            ent(doc, "cusco", 4, 5, "place", "PER"), person]
    index = ActorIndex(doc, ents, resolver=resolve_actor_text)
    return [r.country for r in index.refs(doc[9])]


def test_an_unplaced_minister_of_a_story_about_one_state_is_of_it():
    assert _country("Minister") == ["PER"]
    assert _country("Prosecutor", "JUD") == ["PER"]


def test_an_unplaced_foreign_minister_or_envoy_is_not_placed_by_the_story():
    assert _country("Foreign Minister") == [None]
    assert _country("Ambassador") == [None]


def test_an_unplaced_person_with_no_office_stays_unplaced():
    assert _country(None, None) == [None]
