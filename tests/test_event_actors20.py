"""Actors and recipients the abw- judges found wrong (actors20): a divided country's
half told as a possessor ("the South's protests"); a platform an act was told on is no
recipient ("lashed out on Twitter"); who sent what one received did the act ("received a
letter from X"). Hand-built parses; sentences made up."""

from __future__ import annotations

from newsbrief.actors import resolve_actor_text
from newsbrief.events.actorrefs import ActorIndex
from newsbrief.events.extract import extract_events
from newsbrief.records import Article, Entity, Mention

from test_actors_anaphora import parse
from test_event_arguments_dates import coder_with
from test_event_extract import build, ent


def extract(doc, entities, coder):
    article = Article(id="a1", origin="test", text=doc.text, published="2024-12-05")
    return extract_events(doc, article, entities, (), coder=coder, resolver=resolve_actor_text)

# "North Korea warned South Korea . Crowds backed the South's protests ."
HALF_POSSESSOR = """
North North PROPN NNP compound 1
Korea Korea PROPN NNP nsubj 2
warned warn VERB VBD ROOT 2
South South PROPN NNP compound 4
Korea Korea PROPN NNP dobj 2
. . PUNCT . punct 2
Crowds crowd NOUN NNS nsubj 7 S
backed back VERB VBD ROOT 7
the the DET DT det 9
South South PROPN NNP poss 11
's 's PART POS case 9
protests protest NOUN NNS dobj 7
. . PUNCT . punct 7
"""


def _state(doc, name: str, i: int, j: int, country: str) -> Entity:
    span = doc[i:j]
    return Entity(id=name, name=name, kind="state", country=country,
                  mentions=(Mention(span.start_char, span.end_char, span.text),))


def test_a_half_told_as_a_possessor_is_that_state():
    doc = parse(HALF_POSSESSOR)
    ents = [_state(doc, "North Korea", 0, 2, "PRK"), _state(doc, "South Korea", 3, 5, "KOR")]
    index = ActorIndex(doc, ents)
    assert [r.country for r in index.refs(doc[9])] == ["KOR"]
    # with only one half named it stays a region, possessor or not
    index = ActorIndex(doc, [_state(doc, "South Korea", 3, 5, "KOR")])
    assert [r.country for r in index.refs(doc[9])] == [None]


# "Senator Okafor railed on Facebook against the ministry ." / "... railed on Facebook ."
# / "The regulator cracked down on Facebook ."
def test_a_platform_an_act_was_told_on_is_no_recipient():
    code = coder_with({"rail": ("ACCUSE", "111", None), "crack": ("COERCE", "170", None)})
    rows = ["Senator senator PROPN compound 1", "Okafor Okafor PROPN nsubj 2 B-PERSON",
            "railed rail VERB ROOT 2", "on on ADP prep 2", "Facebook Facebook PROPN pobj 3 B-ORG"]
    doc = build(rows + ["against against ADP prep 2", "the the DET det 7",
                        "ministry ministry NOUN pobj 5", ". . PUNCT punct 2"])
    ents = [ent(doc, "okafor", 1, 2, "person", "NGA", "LEG"),
            ent(doc, "facebook", 4, 5, "organization", "USA", "BUS")]
    ev = extract(doc, ents, code)[0]
    assert [r.text for r in ev.recipient] == ["the ministry"]
    doc = build(rows + [". . PUNCT punct 2"])
    ev = extract(doc, ents, code)[0]
    assert ev.recipient == ()
    # a crackdown "on" a platform is aimed at it
    doc = build(["The the DET det 1", "regulator regulator NOUN nsubj 2",
                 "cracked crack VERB ROOT 2", "down down ADP prt 2", "on on ADP prep 2",
                 "Facebook Facebook PROPN pobj 4 B-ORG", ". . PUNCT punct 2"])
    ev = extract(doc, [ent(doc, "facebook", 5, 6, "organization", "USA", "BUS")], code)[0]
    assert [r.entity for r in ev.recipient] == ["facebook"]


# "Novak received a letter from Petrov ." / "Novak received Petrov at home ."
def test_who_sent_what_was_received_is_the_doer():
    code = coder_with({"receive": ("CONSULT", "043", None)})
    doc = build(["Novak Novak PROPN nsubj 1 B-PERSON", "received receive VERB ROOT 1",
                 "a a DET det 3", "letter letter NOUN dobj 1", "from from ADP prep 3",
                 "Petrov Petrov PROPN pobj 4 B-PERSON", ". . PUNCT punct 1"])
    ents = [ent(doc, "novak", 0, 1, "person", "CZE", "GOV"),
            ent(doc, "petrov", 5, 6, "person", "RUS", "GOV")]
    ev = extract(doc, ents, code)[0]
    assert [r.entity for r in ev.actor] == ["petrov"]
    assert [r.entity for r in ev.recipient] == ["novak"]
    # a person received is a guest: the host stays the doer
    doc = build(["Novak Novak PROPN nsubj 1 B-PERSON", "received receive VERB ROOT 1",
                 "Petrov Petrov PROPN dobj 1 B-PERSON", "at at ADP prep 1",
                 "home home NOUN pobj 3", ". . PUNCT punct 1"])
    ents = [ent(doc, "novak", 0, 1, "person", "CZE", "GOV"),
            ent(doc, "petrov", 2, 3, "person", "RUS", "GOV")]
    ev = extract(doc, ents, code)[0]
    assert [r.entity for r in ev.actor] == ["novak"]
    assert [r.entity for r in ev.recipient] == ["petrov"]
