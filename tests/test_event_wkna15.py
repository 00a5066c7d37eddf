"""Issue 11, wkna15 lane: actors and recipients on a second source, one rule a test.
Hand-built parses (rows "word lemma POS dep head [ENT]"); sentences made up."""

from __future__ import annotations

from newsbrief.events import extract_events
from newsbrief.records import Article

from test_event_extract import build, by_type, ent, fake_coder

PLACES = {"jordan": ("JOR", None)}


def _resolver(text):
    country, sector = PLACES.get(text.lower(), (None, None))
    return (country, sector, None)


def run(doc, entities=()):
    article = Article(id="a1", origin="test", text=doc.text, published="2024-12-05")
    return extract_events(doc, article, entities, (), coder=fake_coder, resolver=_resolver)

# "Prince Omar Haddad of Jordan met the envoy."
PRINCE_OF = [
    "Prince Prince PROPN compound 2 B-PERSON", "Omar Omar PROPN compound 2 I-PERSON",
    "Haddad Haddad PROPN nsubj 5 I-PERSON", "of of ADP prep 2", "Jordan Jordan PROPN pobj 3 B-GPE",
    "met meet VERB ROOT 5", "the the DET det 7", "envoy envoy NOUN dobj 5",
    ". . PUNCT punct 5",
]


def test_a_person_of_a_named_country_is_of_that_country():
    doc = build(PRINCE_OF)
    ents = [ent(doc, "omar", 0, 3, "person"), ent(doc, "jor", 4, 5, "state", "JOR")]
    met = by_type(run(doc, ents), "CONSULT")[0]
    assert [(a.entity, a.country) for a in met.actor] == [("omar", "JOR")]
    # a country-less person stays so when the "of" phrase names no place
    doc = build([r.replace("Jordan Jordan PROPN pobj 3 B-GPE", "Oxford Oxford PROPN pobj 3 B-ORG")
                 for r in PRINCE_OF])
    ents = [ent(doc, "omar", 0, 3, "person")]
    met = by_type(run(doc, ents), "CONSULT")[0]
    assert [(a.entity, a.country) for a in met.actor] == [("omar", None)]
