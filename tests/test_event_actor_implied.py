"""Issue 11, args4 lane (actor with the right country): an act only a state does to
people, told with no doer ("was arrested", "his indictment"), is the unnamed
authorities' of the country where it happened; a person or a state body the text
leaves unplaced is the country the story mostly speaks of. Hand-built parses,
sentences made up."""

from __future__ import annotations

from dataclasses import replace

from newsbrief.events.actorrefs import lead_country
from newsbrief.records import Entity, Mention

from fake_stages import build, by_type, coder_with, ent, extract

CODER = coder_with({"arrest": ("COERCE", "173", "arrest"), "free": ("RETREAT", "084", "release"),
                    "release": ("RETREAT", "084", "release"),
                    "criticize": ("ACCUSE", "111", None)})


def _norway_story(doc, *more):
    """Entities of a story that names Norway three times (the doc's tokens 0-2 are
    not used: the mentions are given as extra entities)."""
    return [Entity(id="nor", name="Norway", kind="state", country="NOR",
                   mentions=tuple(Mention(0, 0, "Norway") for _ in range(3))), *more]


# "Ola Berg was arrested."
ARRESTED = ["Ola Ola PROPN compound 1 B-PERSON", "Berg Berg PROPN nsubjpass 3 I-PERSON",
            "was be AUX auxpass 3", "arrested arrest VERB ROOT 3", ". . PUNCT punct 3"]


def test_an_arrest_with_no_doer_is_the_story_countrys_police():
    doc = build(ARRESTED)
    ev = by_type(extract(doc, _norway_story(doc, ent(doc, "berg", 0, 2, "person")),
                         coder=CODER), "COERCE")[0]
    assert [(r.entity, r.country, r.sector) for r in ev.actor] == [(None, "NOR", "COP")]
    assert "unnamed" in ev.actor[0].text  # not a name the sentence gives
    assert [r.entity for r in ev.recipient] == ["berg"]


def test_no_implied_doer_without_a_country_or_with_an_agent():
    doc = build(ARRESTED)
    ev = by_type(extract(doc, [ent(doc, "berg", 0, 2, "person")], coder=CODER), "COERCE")[0]
    assert ev.actor == ()  # nothing says where it happened
    # "Ola Berg was arrested by Sweden."
    doc = build(ARRESTED[:4] + ["by by ADP agent 3", "Sweden Sweden PROPN pobj 4 B-GPE",
                                ". . PUNCT punct 3"])
    ents = _norway_story(doc, ent(doc, "berg", 0, 2, "person"),
                         ent(doc, "swe", 5, 6, "state", "SWE"))
    ev = by_type(extract(doc, ents, coder=CODER), "COERCE")[0]
    assert [r.country for r in ev.actor] == ["SWE"]


# "Ola Berg was freed."  /  "Ola Berg was freed on bail."
def test_a_release_is_a_states_only_when_the_sentence_speaks_of_custody():
    freed = ARRESTED[:3] + ["freed free VERB ROOT 3"]
    doc = build(freed + [". . PUNCT punct 3"])
    ev = by_type(extract(doc, _norway_story(doc, ent(doc, "berg", 0, 2, "person")),
                         coder=CODER), "RETREAT")[0]
    assert ev.actor == ()  # hostages are freed by their captors
    doc = build(freed + ["on on ADP prep 3", "bail bail NOUN pobj 4", ". . PUNCT punct 3"])
    ev = by_type(extract(doc, _norway_story(doc, ent(doc, "berg", 0, 2, "person")),
                         coder=CODER), "RETREAT")[0]
    assert [(r.country, r.sector) for r in ev.actor] == [("NOR", "GOV")]


# "Ola Berg criticized Sweden."
CRITICIZED = ["Ola Ola PROPN compound 1 B-PERSON", "Berg Berg PROPN nsubj 2 I-PERSON",
              "criticized criticize VERB ROOT 2", "Sweden Sweden PROPN dobj 2 B-GPE",
              ". . PUNCT punct 2"]


def _us_story(doc, *more):
    return [Entity(id="usa", name="United States", kind="state", country="USA",
                   mentions=tuple(Mention(0, 0, "US") for _ in range(3))), *more]


def test_an_unplaced_person_is_of_the_us_when_the_story_leads_with_it():
    doc = build(CRITICIZED)
    swe = ent(doc, "swe", 3, 4, "state", "SWE")
    ev = by_type(extract(doc, _us_story(doc, ent(doc, "berg", 0, 2, "person"), swe),
                         coder=CODER), "ACCUSE")[0]
    assert [(r.entity, r.country) for r in ev.actor] == [("berg", "USA")]
    # a reporter, a story led by another country (a visitor is as likely), or one
    # with no leading country leaves the person unplaced
    ev = by_type(extract(doc, _us_story(doc, ent(doc, "berg", 0, 2, "person",
                                                 sector="JRN"), swe),
                         coder=CODER), "ACCUSE")[0]
    assert [r.country for r in ev.actor] == [None]
    royal = replace(ent(doc, "berg", 0, 2, "person"), office="Prince of Norway")
    ev = by_type(extract(doc, _us_story(doc, royal, swe), coder=CODER), "ACCUSE")[0]
    assert [r.country for r in ev.actor] == [None]  # royalty is as often foreign
    ev = by_type(extract(doc, _norway_story(doc, ent(doc, "berg", 0, 2, "person"), swe),
                         coder=CODER), "ACCUSE")[0]
    assert [r.country for r in ev.actor] == [None]
    ev = by_type(extract(doc, [ent(doc, "berg", 0, 2, "person"), swe], coder=CODER),
                 "ACCUSE")[0]
    assert [r.country for r in ev.actor] == [None]


def test_the_lead_country_must_be_well_ahead():
    def e(code, n):
        return Entity(id=code, name=code, kind="state", country=code,
                      mentions=tuple(Mention(0, 0, code) for _ in range(n)))
    assert lead_country([e("NOR", 3), e("SWE", 2)]) == "NOR"
    assert lead_country([e("NOR", 3), e("SWE", 3)]) is None
    assert lead_country([e("NOR", 2)]) is None


# "After a meeting with Sweden, Norway praised Finland."  /  "... , officials praised ..."
MEETING = coder_with({"meeting": ("CONSULT", "040", None)})


def test_a_meeting_the_clause_is_set_in_was_had_by_its_named_subject():
    doc = build(["After after ADP prep 7", "a a DET det 2", "meeting meeting NOUN pobj 0",
                 "with with ADP prep 2", "Sweden Sweden PROPN pobj 3 B-GPE", ", , PUNCT punct 7",
                 "Norway Norway PROPN nsubj 7 B-GPE", "praised praise VERB ROOT 7",
                 "Finland Finland PROPN dobj 7 B-GPE", ". . PUNCT punct 7"])
    ents = [ent(doc, "swe", 4, 5, "state", "SWE"), ent(doc, "nor", 6, 7, "state", "NOR"),
            ent(doc, "fin", 8, 9, "state", "FIN")]
    ev = by_type(extract(doc, ents, coder=MEETING), "CONSULT")[0]
    assert [r.country for r in ev.actor] == ["NOR"]
    assert [r.country for r in ev.recipient] == ["SWE"]
    # unnamed people after a meeting were not at it
    doc = build(["After after ADP prep 7", "a a DET det 2", "meeting meeting NOUN pobj 0",
                 "with with ADP prep 2", "Sweden Sweden PROPN pobj 3 B-GPE", ", , PUNCT punct 7",
                 "officials official NOUN nsubj 7", "praised praise VERB ROOT 7",
                 "Finland Finland PROPN dobj 7 B-GPE", ". . PUNCT punct 7"])
    ents = [ent(doc, "swe", 4, 5, "state", "SWE"), ent(doc, "fin", 8, 9, "state", "FIN")]
    ev = by_type(extract(doc, ents, coder=MEETING), "CONSULT")[0]
    assert ev.actor == ()


# "Norwegian media said the country attacked Sweden."
def test_the_country_is_the_state_its_sentence_named_before():
    doc = build(["Norwegian norwegian ADJ amod 1 B-NORP", "media media NOUN nsubj 2",
                 "said say VERB ROOT 2", "the the DET det 4", "country country NOUN nsubj 5",
                 "attacked attack VERB ccomp 2", "Sweden Sweden PROPN dobj 5 B-GPE",
                 ". . PUNCT punct 2"])
    doc[4].tag_ = "NN"

    def resolver(text):
        return ("NOR", None, None) if text == "Norwegian" else (None, None, None)

    from newsbrief.events import extract_events
    from newsbrief.records import Article
    from fake_stages import fake_coder
    article = Article(id="a1", origin="test", text=doc.text, published="2024-12-05")
    events = extract_events(doc, article, [ent(doc, "swe", 6, 7, "state", "SWE")], (),
                            coder=fake_coder, resolver=resolver)
    ev = by_type(events, "ASSAULT")[0]
    assert [(r.text, r.country) for r in ev.actor] == [("the country", "NOR")]


# "Fresh from the vote, ministers attacked Sweden." parsed with "Fresh" as a subject, and
# "Norwegian attacked Sweden." with the nationality word as one.
def test_an_adjective_subject_acts_only_when_it_names_someone():
    from newsbrief.events.arguments import verb_arguments

    fresh = build(["Fresh fresh ADJ nsubj 1", "attacked attack VERB ROOT 1",
                   "Sweden Sweden PROPN dobj 1 B-GPE", ". . PUNCT punct 1"])
    norwegian = build(["Norwegian norwegian ADJ nsubj 1 B-NORP", "attacked attack VERB ROOT 1",
                       "Sweden Sweden PROPN dobj 1 B-GPE", ". . PUNCT punct 1"])

    def actorish(tok):
        return bool(tok.ent_type_)

    assert [t.text for t in verb_arguments(fresh[1], actorish).actor] == []
    assert [t.text for t in verb_arguments(norwegian[1], actorish).actor] == ["Norwegian"]
