"""Actors and recipients the abw- judges found missing (args18): a list of
nationalities before one noun is one actor per nationality, the possessor of an
interrogation is the one questioned, asking for a meeting of a body asks that body,
and tariffs on a country's goods are aimed at that country. Hand-built parses;
sentences made up."""

from __future__ import annotations

from newsbrief.actors import resolve_actor_text
from newsbrief.events.extract import extract_events
from newsbrief.records import Article

from fake_stages import build, coder_with, ent


def extract(doc, entities, coder):
    article = Article(id="a1", origin="test", text=doc.text, published="2024-12-05")
    return extract_events(doc, article, entities, (), coder=coder, resolver=resolve_actor_text)


# "Danish, Swedish and Finnish officials accused Novak." (the parser hangs the first
# adjective on the noun by itself, the last two as a coordination)
def test_a_listed_nationality_before_the_comma_is_an_actor_of_its_own():
    code = coder_with({"accuse": ("ACCUSE", "112", None)})
    doc = build(["Danish danish ADJ amod 5 B-NORP", ", , PUNCT punct 0",
                 "Swedish swedish ADJ amod 5 B-NORP", "and and CCONJ cc 2",
                 "Finnish finnish ADJ conj 2 B-NORP", "officials official NOUN nsubj 6",
                 "accused accuse VERB ROOT 6", "Novak Novak PROPN dobj 6 B-PERSON",
                 ". . PUNCT punct 6"])
    ev = extract(doc, [ent(doc, "novak", 7, 8, "person", "NOR", "GOV")], code)[0]
    assert sorted(a.country for a in ev.actor) == ["DNK", "FIN", "SWE"]


# "Iraqi Kurdish fighters accused Novak.": stacked adjectives without a comma are one
# people, not two
def test_stacked_nationalities_without_a_comma_are_one_actor():
    code = coder_with({"accuse": ("ACCUSE", "112", None)})
    doc = build(["Iraqi iraqi ADJ amod 2 B-NORP", "Kurdish kurdish ADJ amod 2 B-NORP",
                 "fighters fighter NOUN nsubj 3", "accused accuse VERB ROOT 3",
                 "Novak Novak PROPN dobj 3 B-PERSON", ". . PUNCT punct 3"])
    ev = extract(doc, [ent(doc, "novak", 4, 5, "person", "NOR", "GOV")], code)[0]
    assert len(ev.actor) == 1


# "Officials said Novak died during his interrogation."
def test_the_possessor_of_an_interrogation_is_the_one_questioned():
    code = coder_with({"interrogation": ("ACCUSE", "090", None)})
    doc = build(["Officials official NOUN nsubj 1", "said say VERB ROOT 1",
                 "Novak Novak PROPN nsubj 3 B-PERSON", "died die VERB ccomp 1",
                 "during during ADP prep 3", "his his PRON poss 6",
                 "interrogation interrogation NOUN pobj 4", ". . PUNCT punct 1"])
    events = extract(doc, [ent(doc, "novak", 2, 3, "person", "NOR", "GOV")], code)
    ev = next(e for e in events if e.trigger.text == "interrogation")
    assert [r.entity for r in ev.recipient] == ["novak"]
    assert not any(a.entity == "novak" for a in ev.actor)


# "Sweden called for an urgent meeting of the Nordic Council."
def test_asking_for_a_meeting_of_a_body_asks_that_body():
    code = coder_with({"call": ("REQUEST", "020", None)})
    doc = build(["Sweden Sweden PROPN nsubj 1 B-GPE", "called call VERB ROOT 1",
                 "for for ADP prep 1", "an an DET det 5", "urgent urgent ADJ amod 5",
                 "meeting meeting NOUN pobj 2", "of of ADP prep 5", "the the DET det 9",
                 "Nordic Nordic PROPN compound 9 B-ORG", "Council Council PROPN pobj 6 I-ORG",
                 ". . PUNCT punct 1"])
    ents = [ent(doc, "swe", 0, 1, "state", "SWE"),
            ent(doc, "council", 8, 10, "organization", None, "IGO")]
    ev = extract(doc, ents, code)[0]
    assert [a.entity for a in ev.actor] == ["swe"]
    assert [r.entity for r in ev.recipient] == ["council"]


# "Norway unveiled tariffs on $5 billion of Swedish goods." ("on ..." hung on the verb)
def test_tariffs_on_a_countrys_goods_are_aimed_at_that_country():
    code = coder_with({"tariff": ("COERCE", "163", None)})
    doc = build(["Norway Norway PROPN nsubj 1 B-GPE", "unveiled unveil VERB ROOT 1",
                 "tariffs tariff NOUN dobj 1", "on on ADP prep 1",
                 "$ $ SYM quantmod 6 B-MONEY", "5 5 NUM compound 6 I-MONEY",
                 "billion billion NUM pobj 3 I-MONEY", "of of ADP prep 6",
                 "Swedish swedish ADJ amod 9 B-NORP", "goods good NOUN pobj 7",
                 ". . PUNCT punct 1"])
    ev = extract(doc, [ent(doc, "nor", 0, 1, "state", "NOR")], code)[0]
    assert [a.entity for a in ev.actor] == ["nor"]
    assert [r.country for r in ev.recipient] == ["SWE"]


# "Norway unveiled restrictions on Swedish goods." (house20: one class of trade measures
# with senses' measures that "target" someone gives this rule "restriction" too)
def test_restrictions_on_a_countrys_goods_are_aimed_at_that_country():
    code = coder_with({"restriction": ("COERCE", "163", None)})
    doc = build(["Norway Norway PROPN nsubj 1 B-GPE", "unveiled unveil VERB ROOT 1",
                 "restrictions restriction NOUN dobj 1", "on on ADP prep 2",
                 "Swedish swedish ADJ amod 5 B-NORP", "goods good NOUN pobj 3",
                 ". . PUNCT punct 1"])
    ev = extract(doc, [ent(doc, "nor", 0, 1, "state", "NOR")], code)[0]
    assert [a.entity for a in ev.actor] == ["nor"]
    assert [r.country for r in ev.recipient] == ["SWE"]


# "The protest came after Novak firing the police chief." (the parser hangs the name
# on the gerund as a modifier)
def test_a_name_right_before_a_gerund_does_it():
    code = coder_with({"fire": ("COERCE", "172", None)})
    doc = build(["The the DET det 1", "protest protest NOUN nsubj 2", "came come VERB ROOT 2",
                 "after after ADP prep 2", "Novak Novak PROPN npadvmod 5 B-PERSON",
                 "firing fire VERB pcomp 3", "the the DET det 8", "police police NOUN compound 8",
                 "chief chief NOUN dobj 5", ". . PUNCT punct 2"])
    doc[5].tag_ = "VBG"
    events = extract(doc, [ent(doc, "novak", 4, 5, "person", "NOR", "GOV")], code)
    ev = next(e for e in events if e.trigger.text == "firing")
    assert [a.entity for a in ev.actor] == ["novak"]
