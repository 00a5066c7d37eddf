"""Issue 11, keyact16 lane: key acts whose doer had no country. Hand-built parses (as
the small model parses these lines); sentences made up."""

from __future__ import annotations

from newsbrief.actors import resolve_actor_text
from newsbrief.events.actorrefs import ActorIndex
from newsbrief.records import Entity, Mention

from test_event_actors16 import _doc

# "Reporters at Radio Lindia walked out on Monday."
REPORTERS_AT = """
Reporters reporter NOUN NNS nsubj 4 1
at at ADP IN prep 0 1
Radio Radio PROPN NNP compound 3 1
Lindia Lindia PROPN NNP pobj 1 1
walked walk VERB VBD ROOT 4 1
out out ADP RP prt 4 1
on on ADP IN prep 4 1
Monday Monday PROPN NNP pobj 6 0
. . PUNCT . punct 4 0
"""


def _radio(doc, country="NOR", kind="organization"):
    span = doc[2:4]
    return Entity(id="r", name="Radio Lindia", kind=kind, country=country,
                  mentions=(Mention(span.start_char, span.end_char, span.text),))


def test_people_of_a_sector_at_a_named_organisation_are_of_its_country():
    doc = _doc(REPORTERS_AT, {})
    index = ActorIndex(doc, [_radio(doc)], resolver=resolve_actor_text)
    refs = index.refs(doc[0])
    assert [(r.country, r.sector) for r in refs] == [("NOR", "JRN")]


def test_a_place_or_an_unplaced_organisation_after_at_gives_no_country():
    doc = _doc(REPORTERS_AT, {})
    for ent in (_radio(doc, kind="place"), _radio(doc, country=None)):
        index = ActorIndex(doc, [ent], resolver=resolve_actor_text)
        assert [r.country for r in index.refs(doc[0])] == [None]
