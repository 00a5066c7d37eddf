"""Issue 11, actors12 lane: who did it to whom. A possessive "whose" is the noun its
relative clause modifies; a thing acts for the person named before it ("a Smith ad");
a thing coordinated with the doer is no second doer; a hostile act "at" a state, or at
a thing someone owns, is aimed at them; an object pronoun never stands for its own
verb's subject, wherever that subject is named; "joined forces with X" is done with X;
a group the actors stage did not link is placed by the knowledge base.
Hand-built parses; sentences made up."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from newsbrief.actors.anaphora import References
from newsbrief.events import extract_events
from newsbrief.events.actorrefs import kb_org
from newsbrief.events.arguments import verb_arguments
from newsbrief.records import Article

from parses import texts
from parses import parse, person
from fake_stages import build, by_type, coder_with, ent, fake_coder, named_states

DEMONYMS = {"norwegian": ("NOR", None), "swedish": ("SWE", None), "army": (None, "MIL")}


def _resolver(text):
    country, sector = DEMONYMS.get(text.lower(), (None, None))
    return (country, sector, None)


def _extract(doc, entities, coder=fake_coder):
    article = Article(id="a1", origin="test", text=doc.text, published="2024-12-05")
    return extract_events(doc, article, entities, (), coder=coder, resolver=_resolver)


# "Norway, whose army attacked Sweden, spoke."
WHOSE = ["Norway Norway PROPN nsubj 7 B-GPE", ", , PUNCT punct 0", "whose whose PRON poss 3",
         "army army NOUN nsubj 4", "attacked attack VERB relcl 0",
         "Sweden Sweden PROPN dobj 4 B-GPE", ", , PUNCT punct 0", "spoke speak VERB ROOT 7",
         ". . PUNCT punct 7"]


def test_whose_is_the_noun_its_relative_clause_modifies():
    doc = build(WHOSE)
    ev = by_type(_extract(doc, named_states(doc, ["Norway", "Sweden"])), "ASSAULT")[0]
    assert [r.country for r in ev.actor] == ["NOR"]
    assert [r.country for r in ev.recipient] == ["SWE"]


# "A Smith campaign ad accused Jones."
AD = ["A a DET det 3", "Smith Smith PROPN compound 2 B-PERSON", "campaign campaign NOUN compound 3",
      "ad ad NOUN nsubj 4", "accused accuse VERB ROOT 4", "Jones Jones PROPN dobj 4 B-PERSON",
      ". . PUNCT punct 4"]


def test_a_thing_named_after_a_person_is_that_persons_act():
    doc = build(AD)
    people = [ent(doc, "smith", 1, 2, "person", "NOR"), ent(doc, "jones", 5, 6, "person", "NOR")]
    ev = by_type(_extract(doc, people), "ACCUSE")[0]
    assert [r.entity for r in ev.actor] == ["smith"]
    assert [r.entity for r in ev.recipient] == ["jones"]


# "Norwegian armour and artillery attacked Sweden."
ARMOUR = ["Norwegian norwegian ADJ amod 1 B-NORP", "armour armour NOUN nsubj 4",
          "and and CCONJ cc 1", "artillery artillery NOUN conj 1", "attacked attack VERB ROOT 4",
          "Sweden Sweden PROPN dobj 4 B-GPE", ". . PUNCT punct 4"]


def test_a_thing_coordinated_with_the_doer_is_no_second_doer():
    doc = build(ARMOUR)
    ev = by_type(_extract(doc, named_states(doc, ["Sweden"])), "ASSAULT")[0]
    assert [r.country for r in ev.actor] == ["NOR"]
    assert "artillery" not in [r.text for r in ev.actor]


FIRE = coder_with({"fire": ("ASSAULT", "190", None), "balk": ("REJECT", "120", None)})


def test_a_hostile_act_at_a_state_is_aimed_at_it():
    # "Norway fired missiles at Sweden."
    doc = build(["Norway Norway PROPN nsubj 1 B-GPE", "fired fire VERB ROOT 1",
                 "missiles missile NOUN dobj 1", "at at ADP prep 1",
                 "Sweden Sweden PROPN pobj 3 B-GPE", ". . PUNCT punct 1"])
    ev = by_type(_extract(doc, named_states(doc, ["Norway", "Sweden"]), FIRE), "ASSAULT")[0]
    assert [r.country for r in ev.recipient] == ["SWE"]


def test_a_hostile_act_at_a_place_in_a_state_is_not_aimed_at_the_place():
    # "Norway fired missiles at Oslo." (a town: where it happened)
    doc = build(["Norway Norway PROPN nsubj 1 B-GPE", "fired fire VERB ROOT 1",
                 "missiles missile NOUN dobj 1", "at at ADP prep 1",
                 "Oslo Oslo PROPN pobj 3 B-GPE", ". . PUNCT punct 1"])
    town = [ent(doc, "oslo", 4, 5, "place", "NOR")] + named_states(doc, ["Norway"])
    ev = by_type(_extract(doc, town, FIRE), "ASSAULT")[0]
    assert ev.recipient == ()


def test_balking_at_demands_is_aimed_at_whoever_made_them():
    # "Norway balked at Swedish demands."
    doc = build(["Norway Norway PROPN nsubj 1 B-GPE", "balked balk VERB ROOT 1",
                 "at at ADP prep 1", "Swedish swedish ADJ amod 4 B-NORP",
                 "demands demand NOUN pobj 2", ". . PUNCT punct 1"])
    ev = by_type(_extract(doc, named_states(doc, ["Norway"]), FIRE), "REJECT")[0]
    assert [r.country for r in ev.recipient] == ["SWE"]


# "Dole criticized Clinton's plan. Dole accused him."
BOUND = """
Dole Dole PROPN NNP nsubj 1
criticized criticize VERB VBD ROOT 1
Clinton Clinton PROPN NNP poss 4
's 's PART POS case 2
plan plan NOUN NN dobj 1
. . PUNCT . punct 1
Dole Dole PROPN NNP nsubj 7 S
accused accuse VERB VBD ROOT 7
him he PRON PRP dobj 7
. . PUNCT . punct 7
"""


def test_an_object_pronoun_is_not_its_verbs_subject_named_anywhere():
    doc = parse(BOUND)
    dole = person(doc, "Dole", 0, 1)
    dole = replace(dole, mentions=dole.mentions + person(doc, "Dole", 6, 7).mentions)
    refs = References(doc, [dole, person(doc, "Clinton", 2, 3)])
    assert refs.resolve(doc[8]).id == "Clinton"


# "Unions joined forces with Labour."
JOINED = """
Unions union NOUN NNS nsubj 1
joined join VERB VBD ROOT 1
forces force NOUN NNS dobj 1
with with ADP IN prep 1
Labour Labour PROPN NNP pobj 3
. . PUNCT . punct 1
"""


def test_joining_forces_is_done_with_the_partner():
    doc = parse(JOINED)
    args = verb_arguments(doc[1], lambda t: t.pos_ == "PROPN" or t.lemma_ in ("union", "force"))
    assert texts(args.actor) == ["Unions"]
    assert texts(args.recipient) == ["Labour"]


def test_the_knowledge_base_places_a_group_named_in_two_words_or_a_company():
    assert kb_org("The Tamil Tigers") == ("LKA", "REB")
    assert kb_org("Shining Path") == ("PER", "REB")
    assert kb_org("Tigers") is None  # one word names too many things
    assert kb_org("Exxon Corp.")[0] == "USA"
    assert kb_org("No Such Group Anywhere") is None


def test_the_knowledge_base_is_asked_once_per_name(monkeypatch):
    # (fix13, review) kb_org is asked for every actor-like head: a name read again
    # is not looked up again
    from newsbrief.actors.kb import knowledge_base

    kb = knowledge_base()
    asked = []
    lookup = kb.lookup
    monkeypatch.setattr(kb, "lookup", lambda *a, **k: asked.append(a) or lookup(*a, **k))
    kb_org.cache_clear()
    assert kb_org("Shining Path") == ("PER", "REB")
    first = len(asked)
    assert first >= 1
    assert kb_org("Shining Path") == ("PER", "REB")
    assert len(asked) == first


# "Four soldiers wounded in Oslo." (a headline: no "were")
WOUNDED = """
Four four NUM CD nummod 1
soldiers soldier NOUN NNS nsubj 2
wounded wound VERB VBN ROOT 2
in in ADP IN prep 2
Oslo Oslo PROPN NNP pobj 3
. . PUNCT . punct 2
"""
# "Minister charged with fraud." / "Police fired on protesters."
CHARGED = """
Minister minister NOUN NN nsubj 1
charged charge VERB VBD ROOT 1
with with ADP IN prep 1
fraud fraud NOUN NN pobj 2
. . PUNCT . punct 1
"""
FIRED_ON = """
Police police NOUN NNS nsubj 1
fired fire VERB VBD ROOT 1
on on ADP IN prep 1
protesters protester NOUN NNS pobj 2
. . PUNCT . punct 1
"""


def _people(tok):
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_ != "fraud"


def test_a_headline_passive_without_was_is_done_to_its_subject():
    args = verb_arguments(parse(WOUNDED)[2], _people)
    assert (texts(args.actor), texts(args.recipient), args.passive) == ([], ["soldiers"], True)
    args = verb_arguments(parse(CHARGED)[1], _people)
    assert (texts(args.actor), texts(args.recipient)) == ([], ["Minister"])


def test_a_verb_that_can_stand_without_an_object_stays_active():
    args = verb_arguments(parse(FIRED_ON)[1], _people)
    assert texts(args.actor) == ["Police"]
    assert texts(args.recipient) == ["protesters"]


# "Norway sued Acme, accusing it of fraud."
SUED = """
Norway Norway PROPN NNP nsubj 1
sued sue VERB VBD ROOT 1
Acme Acme PROPN NNP dobj 1
, , PUNCT , punct 1
accusing accuse VERB VBG advcl 1
it it PRON PRP dobj 4
of of ADP IN prep 4
fraud fraud NOUN NN pobj 6
. . PUNCT . punct 1
"""


def _named(doc, i, label):
    doc.ents = [Span(doc, i, i + 1, label=label)]
    return doc


def test_a_participles_pronoun_object_is_its_verbs_object_when_they_agree():
    doc = _named(parse(SUED), 2, "ORG")
    assert texts(verb_arguments(doc[4], _people).recipient) == ["Acme"]
    # "him" does not agree with a company: left as it is
    him = _named(parse(SUED.replace("it it PRON PRP", "him he PRON PRP")), 2, "ORG")
    assert texts(verb_arguments(him[4], _people).recipient) != ["Acme"]
    # "it" stands for a named body, not a common noun ("his team ..., calling it")
    plain = parse(SUED)
    assert texts(verb_arguments(plain[4], _people).recipient) != ["Acme"]


def test_an_act_by_a_thing_is_by_its_owner():
    # "An assault by Norwegian armour began."
    doc = build(["An an DET det 1", "assault assault NOUN nsubj 5", "by by ADP prep 1",
                 "Norwegian norwegian ADJ amod 4 B-NORP", "armour armour NOUN pobj 2",
                 "began begin VERB ROOT 5", ". . PUNCT punct 5"])
    coder = coder_with({"assault": ("ASSAULT", "190", None)})
    ev = by_type(_extract(doc, [], coder), "ASSAULT")[0]
    assert [r.country for r in ev.actor] == ["NOR"]
