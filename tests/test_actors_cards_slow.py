"""A name's related-links card run into the text, on the model's real parse (slow):
the name before the card is the person ("Adam Schiff", linked, USA), so the later bare
surname is that person too; no name is taken from inside the card. Sentences made
up (the person is a real one the knowledge base knows; the card's headlines are not
any page's)."""

from __future__ import annotations

import pytest

from newsbrief.actors import extract_entities
from newsbrief.records import Article

pytestmark = pytest.mark.slow

_TEXT = ("Panel chair Adam Schiff Adam Bennett SchiffCity council backs new park plan "
         "Farmers brace for dry summer Bridge repairs to start in May MORE (D-Calif.) told "
         "colleagues in a letter on Monday that a report was coming.\n\n"
         "Schiff said the committees would keep working. Schiff added that more hearings "
         "were possible.")


def test_the_person_before_a_card_keeps_the_name_and_its_country(nlp):
    doc = nlp(_TEXT)
    ents = extract_entities(doc, Article(id="t", origin="t", text=_TEXT,
                                         published="2019-11-30"))
    people = {e.name: (e.country, sorted(m.text for m in e.mentions))
              for e in ents if e.kind == "person"}
    assert people.get("Adam B. Schiff") == ("USA", ["Adam Schiff", "Schiff", "Schiff"])


def test_no_name_is_taken_from_inside_the_card(nlp):
    doc = nlp(_TEXT)
    ents = extract_entities(doc, Article(id="t", origin="t", text=_TEXT,
                                         published="2019-11-30"))
    card_start = _TEXT.index("Adam Bennett")
    card_end = _TEXT.index("MORE") + 4
    inside = [m.text for e in ents for m in e.mentions
              if card_start <= m.start < card_end]
    assert inside == []
