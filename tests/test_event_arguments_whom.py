"""Who did it to whom (issue 11, args3): object pronouns are not their clause's
subject, people nouns can be acted on, the one who faces an act is its recipient,
a place where an act happened is not its actor, "who" after a comma is the person
just named, the owner of what is acted on is the recipient, datelines with a state
are no actors, and names place institutions. Hand-built parses; sentences made up."""

from __future__ import annotations

from newsbrief.actors import resolve_actor_text
from newsbrief.actors.anaphora import References

from parses import parse, person
from fake_stages import coder_with, extract
from fake_stages import build, ent


# "Lopez lost the vote. Diaz criticized him. Diaz praised his party."
BOUND = """
Lopez Lopez PROPN NNP nsubj 1
lost lose VERB VBD ROOT 1
the the DET DT det 3
vote vote NOUN NN dobj 1
. . PUNCT . punct 1
Diaz Diaz PROPN NNP nsubj 6 S
criticized criticize VERB VBD ROOT 6
him he PRON PRP dobj 6
. . PUNCT . punct 6
Diaz Diaz PROPN NNP nsubj 10 S
praised praise VERB VBD ROOT 10
his his PRON PRP$ poss 12
party party NOUN NN dobj 10
. . PUNCT . punct 10
"""


def test_an_object_pronoun_is_not_the_subject_of_its_own_verb():
    doc = parse(BOUND)
    refs = References(doc, [person(doc, "Lopez", 0, 1), person(doc, "Diaz", 5, 6),
                            person(doc, "Diaz", 9, 10)])
    assert refs.resolve(doc[7]).id == "Lopez"
    # a possessive is no object: "his" in "Diaz praised his party" is still Diaz
    assert refs.resolve(doc[11]).id == "Diaz"


# "Norway charged three officers."
def test_officers_can_be_acted_on():
    code = coder_with({"charge": ("ACCUSE", "112", None)})
    doc = build(["Norway Norway PROPN nsubj 1 B-GPE", "charged charge VERB ROOT 1",
                 "three three NUM nummod 3", "officers officer NOUN dobj 1",
                 ". . PUNCT punct 1"])
    ev = extract(doc, [ent(doc, "nor", 0, 1, "state", "NOR")], coder=code)[0]
    assert [r.text for r in ev.recipient] == ["three officers"]


# "Novak faced criticism from Sweden."
FACED = ["Novak Novak PROPN nsubj 1 B-PERSON", "faced face VERB ROOT 1",
         "criticism criticism NOUN dobj 1", "from from ADP prep 2",
         "Sweden Sweden PROPN pobj 3 B-GPE", ". . PUNCT punct 1"]


def test_who_faces_an_act_is_its_recipient_not_its_actor():
    code = coder_with({"criticism": ("ACCUSE", "111", None)})
    doc = build(FACED)
    ents = [ent(doc, "novak", 0, 1, "person", "NOR", "GOV"),
            ent(doc, "swe", 4, 5, "state", "SWE")]
    ev = extract(doc, ents, coder=code)[0]
    assert [a.entity for a in ev.actor] == ["swe"]
    assert [r.entity for r in ev.recipient] == ["novak"]


# "Oslo saw protests by troops." / "Sweden staged protests."
def test_a_place_that_saw_an_act_is_not_its_actor():
    code = coder_with({"protest": ("PROTEST", "140", None)})
    doc = build(["Oslo Oslo PROPN nsubj 1 B-GPE", "saw see VERB ROOT 1",
                 "protests protest NOUN dobj 1", "by by ADP prep 2",
                 "troops troops NOUN pobj 3", ". . PUNCT punct 1"])
    ev = extract(doc, [ent(doc, "oslo", 0, 1, "place", "NOR")], coder=code)[0]
    assert [a.text for a in ev.actor] == ["troops"]
    doc = build(["Oslo Oslo PROPN nsubj 1 B-GPE", "saw see VERB ROOT 1",
                 "protests protest NOUN dobj 1", ". . PUNCT punct 1"])
    events = extract(doc, [ent(doc, "oslo", 0, 1, "place", "NOR")], coder=code)
    assert not any(a.entity == "oslo" for e in events for a in e.actor)
    # a light verb still lends its subject
    doc = build(["Sweden Sweden PROPN nsubj 1 B-GPE", "staged stage VERB ROOT 1",
                 "protests protest NOUN dobj 1", ". . PUNCT punct 1"])
    ev = extract(doc, [ent(doc, "swe", 0, 1, "state", "SWE")], coder=code)[0]
    assert [a.entity for a in ev.actor] == ["swe"]


# "the heads of the agencies, including Novak, who was praised by Sweden."
# (the parser hangs the relative clause on "agencies")
WHO = ["the the DET det 1", "heads head NOUN ROOT 1", "of of ADP prep 1",
       "the the DET det 4", "agencies agency NOUN pobj 2", ", , PUNCT punct 4",
       "including include VERB prep 4", "Novak Novak PROPN pobj 6 B-PERSON",
       ", , PUNCT punct 7", "who who PRON nsubjpass 11", "was be AUX auxpass 11",
       "praised praise VERB relcl 4", "by by ADP agent 11", "Sweden Sweden PROPN pobj 12 B-GPE",
       ". . PUNCT punct 1"]


def test_who_after_a_comma_is_the_person_named_just_before():
    doc = build(WHO)
    ents = [ent(doc, "novak", 7, 8, "person", "NOR", "GOV"),
            ent(doc, "swe", 13, 14, "state", "SWE")]
    ev = extract(doc, ents)[0]
    assert ev.type == "SUPPORT"
    assert [a.entity for a in ev.actor] == ["swe"]
    assert [r.entity for r in ev.recipient] == ["novak"]


# "the attacks in Oslo, which killed two soldiers": the place is no actor.
def test_which_after_a_place_stands_for_the_act_there():
    code = coder_with({"kill": ("ASSAULT", "190", None)})
    doc = build(["the the DET det 1", "attacks attack NOUN ROOT 1", "in in ADP prep 1",
                 "Oslo Oslo PROPN pobj 2 B-GPE", ", , PUNCT punct 3",
                 "which which PRON nsubj 6", "killed kill VERB relcl 3",
                 "two two NUM nummod 8", "soldiers soldier NOUN dobj 6",
                 ". . PUNCT punct 1"])
    events = extract(doc, [ent(doc, "oslo", 3, 4, "place", "NOR")], coder=code)
    assert not any(a.entity == "oslo" for e in events for a in e.actor)


# "Sweden praised the legacy of Novak." / "Sweden sent shipments of soldiers."
def test_whose_thing_an_act_is_about_is_its_recipient():
    doc = build(["Sweden Sweden PROPN nsubj 1 B-GPE", "praised praise VERB ROOT 1",
                 "the the DET det 3", "legacy legacy NOUN dobj 1", "of of ADP prep 3",
                 "Novak Novak PROPN pobj 4 B-PERSON", ". . PUNCT punct 1"])
    ents = [ent(doc, "swe", 0, 1, "state", "SWE"),
            ent(doc, "novak", 5, 6, "person", "NOR", "GOV")]
    ev = extract(doc, ents)[0]
    assert [r.entity for r in ev.recipient] == ["novak"]


# "OSLO, Norway - Sweden attacked Finland." with the dateline taken for a subject.
def test_a_dateline_with_its_country_is_no_actor():
    doc = build(["OSLO OSLO PROPN nsubj 6 B-GPE", ", , PUNCT punct 0",
                 "Norway Norway PROPN appos 0 B-GPE", "- - PUNCT punct 0",
                 "Sweden Sweden PROPN conj 0 B-GPE", "quickly quickly ADV advmod 6",
                 "attacked attack VERB ROOT 6", "Finland Finland PROPN dobj 6 B-GPE",
                 ". . PUNCT punct 6"])
    ents = [ent(doc, "oslo", 0, 1, "place", "NOR"), ent(doc, "nor", 2, 3, "state", "NOR"),
            ent(doc, "swe", 4, 5, "state", "SWE"), ent(doc, "fin", 7, 8, "state", "FIN")]
    ev = extract(doc, ents)[0]
    assert [a.entity for a in ev.actor] == ["swe"]


def test_americans_of_an_origin_are_american():
    assert resolve_actor_text("Iranian-American activists")[0] == "USA"
    assert resolve_actor_text("the National Iranian American Council")[0] == "USA"
    assert resolve_actor_text("Iranian officials")[0] == "IRN"
    assert resolve_actor_text("American officials")[0] == "USA"


# "The Texas Water Commission accused Sweden.": a named body with no country
# from the actors stage is placed by the words of its name.
def test_a_body_named_after_a_us_state_is_american():
    code = coder_with({"accuse": ("ACCUSE", "112", None)})
    doc = build(["The the DET det 3", "Texas Texas PROPN compound 3 B-ORG",
                 "Water Water PROPN compound 3 I-ORG", "Commission Commission PROPN nsubj 4 I-ORG",
                 "accused accuse VERB ROOT 4", "Sweden Sweden PROPN dobj 4 B-GPE",
                 ". . PUNCT punct 4"])
    ents = [ent(doc, "twc", 0, 4, "organization"), ent(doc, "swe", 5, 6, "state", "SWE")]

    def placed(text):
        return ("USA", None, None) if "Texas" in text else (None, None, None)

    from newsbrief.events import extract_events
    from newsbrief.records import Article
    article = Article(id="a1", origin="test", text=doc.text, published="2024-12-05")
    ev = extract_events(doc, article, ents, (), coder=code, resolver=placed)[0]
    assert [(a.entity, a.country) for a in ev.actor] == [("twc", "USA")]


# "the withdrawal of troops from Norway" / "Sweden withdrew troops from Norway"
def test_what_is_withdrawn_from_is_the_recipient_not_what_moves():
    code = coder_with({"withdrawal": ("RETREAT", "087", None), "withdraw": ("RETREAT", "087", None)})
    doc = build(["Sweden Sweden PROPN poss 2 B-GPE", "'s 's PART case 0",
                 "withdrawal withdrawal NOUN ROOT 2", "of of ADP prep 2",
                 "troops troops NOUN pobj 3", "from from ADP prep 2",
                 "Norway Norway PROPN pobj 5 B-GPE", ". . PUNCT punct 2"])
    ents = [ent(doc, "swe", 0, 1, "state", "SWE"), ent(doc, "nor", 6, 7, "state", "NOR")]
    ev = extract(doc, ents, coder=code)[0]
    assert [a.entity for a in ev.actor] == ["swe"]
    assert [r.entity for r in ev.recipient] == ["nor"]
    doc = build(["Sweden Sweden PROPN nsubj 1 B-GPE", "withdrew withdraw VERB ROOT 1",
                 "troops troops NOUN dobj 1", "from from ADP prep 1",
                 "Norway Norway PROPN pobj 3 B-GPE", ". . PUNCT punct 1"])
    ents = [ent(doc, "swe", 0, 1, "state", "SWE"), ent(doc, "nor", 4, 5, "state", "NOR")]
    ev = extract(doc, ents, coder=code)[0]
    assert [r.entity for r in ev.recipient] == ["nor"]


# "Sweden signed an agreement with Norway."
def test_the_party_to_an_agreement_is_the_recipient_not_the_agreement():
    code = coder_with({"sign": ("AGREE", "057", None)})
    doc = build(["Sweden Sweden PROPN nsubj 1 B-GPE", "signed sign VERB ROOT 1",
                 "an an DET det 3", "agreement agreement NOUN dobj 1", "with with ADP prep 3",
                 "Norway Norway PROPN pobj 4 B-GPE", ". . PUNCT punct 1"])
    ents = [ent(doc, "swe", 0, 1, "state", "SWE"), ent(doc, "pact", 2, 6, "agreement"),
            ent(doc, "nor", 5, 6, "state", "NOR")]
    ev = extract(doc, ents, coder=code)[0]
    assert [r.entity for r in ev.recipient] == ["nor"]


def _norway_story(doc, upto):
    """Four mentions of Norway, enough for a story about one country."""
    return [ent(doc, f"nor{k}", k, k + 1, "place", "NOR") for k in range(upto)]


# "Oslo Bergen Tromso Narvik . Several people accused Sweden ."
def test_plain_people_in_a_story_about_one_country_are_its_civilians():
    code = coder_with({"accuse": ("ACCUSE", "112", None)})
    rows = [f"{w} {w} PROPN ROOT {k} B-GPE" for k, w in
            enumerate(["Oslo", "Bergen", "Tromso", "Narvik"])]
    rows += [". . PUNCT punct 3", "Several several ADJ amod 6", "people people NOUN nsubj 7",
             "accused accuse VERB ROOT 7", "Sweden Sweden PROPN dobj 7 B-GPE",
             ". . PUNCT punct 7"]
    doc = build(rows)
    ents = _norway_story(doc, 4) + [ent(doc, "swe", 8, 9, "state", "SWE")]
    ev = extract(doc, ents, coder=code)[0]
    assert [(a.text, a.country) for a in ev.actor] == [("Several people", "NOR")]
    # not when the phrase places them elsewhere ("people in Sweden")
    rows = rows[:5] + ["Several several ADJ amod 6", "people people NOUN nsubj 9",
                       "in in ADP prep 6", "Sweden Sweden PROPN pobj 7 B-GPE",
                       "accused accuse VERB ROOT 9", "Denmark Denmark PROPN dobj 9 B-GPE",
                       ". . PUNCT punct 9"]
    doc = build(rows)
    ents = _norway_story(doc, 4) + [ent(doc, "swe", 8, 9, "state", "SWE"),
                                    ent(doc, "den", 10, 11, "state", "DNK")]
    ev = extract(doc, ents, coder=code)[0]
    assert [a.country for a in ev.actor] == [None]


# "The Northern Front said ... . The group attacked ..." -> the group is the Front.
GROUP = """
The the DET DT det 2
Northern Northern PROPN NNP compound 2
Front Front PROPN NNP nsubj 3
spoke speak VERB VBD ROOT 3
. . PUNCT . punct 3
The the DET DT det 6 S
group group NOUN NN nsubj 7
left leave VERB VBD ROOT 7
. . PUNCT . punct 7
"""


def test_the_group_is_the_organisation_just_named():
    doc = parse(GROUP)
    front = ent(doc, "front", 0, 3, "organization", None, "REB")
    refs = References(doc, [front])
    assert refs.resolve(doc[6]).id == "front"
    ministry = ent(doc, "front", 0, 3, "organization", "NOR", "GOV")
    assert References(doc, [ministry]).resolve(doc[6]) is None


def test_a_prince_is_not_given_the_american_story_country():
    from types import SimpleNamespace

    from newsbrief.actors.entities import _royal
    assert _royal(SimpleNamespace(office="Prince", name="Prince Andrew"))
    assert _royal(SimpleNamespace(office=None, name="Queen Rania"))
    assert not _royal(SimpleNamespace(office="Senator", name="Mark Kelly"))
    assert not _royal(SimpleNamespace(office=None, name="Kingsley Amis"))


# "Novak complained the Swedish plan cut aid."
def test_a_complaint_about_a_thing_is_aimed_at_its_owner():
    code = coder_with({"complain": ("ACCUSE", "111", None)})
    doc = build(["Novak Novak PROPN nsubj 1 B-PERSON", "complained complain VERB ROOT 1",
                 "the the DET det 4", "Swedish Swedish ADJ amod 4 B-NORP",
                 "plan plan NOUN nsubj 5", "cut cut VERB ccomp 1", "aid aid NOUN dobj 5",
                 ". . PUNCT punct 1"])
    ents = [ent(doc, "novak", 0, 1, "person", "NOR", "GOV"),
            ent(doc, "swe", 3, 4, "state", "SWE")]
    ev = [e for e in extract(doc, ents, coder=code) if e.type == "ACCUSE"][0]
    assert [r.entity for r in ev.recipient] == ["swe"]


# "In Norway, troops attacked Sweden." in a story about no one country.
def test_a_clause_opening_with_a_country_places_its_institutions():
    def placed(text):
        return {"Norway": ("NOR", None, None), "troops": (None, "MIL", None)}.get(
            text, (None, None, None))

    doc = build(["In in ADP prep 4", "Norway Norway PROPN pobj 0 B-GPE", ", , PUNCT punct 4",
                 "troops troops NOUN nsubj 4", "attacked attack VERB ROOT 4",
                 "Sweden Sweden PROPN dobj 4 B-GPE", ". . PUNCT punct 4"])
    ents = [ent(doc, "nor", 1, 2, "state", "NOR"), ent(doc, "swe", 5, 6, "state", "SWE")]
    from newsbrief.events import extract_events
    from newsbrief.records import Article
    article = Article(id="a1", origin="test", text=doc.text, published="2024-12-05")
    ev = extract_events(doc, article, ents, (), coder=coder_with({}), resolver=placed)[0]
    assert [(a.text, a.country) for a in ev.actor] == [("troops", "NOR")]


# '"I’ll attack you," the man told Sweden.' (curly apostrophe): a threat, not an attack
def test_a_curly_will_is_a_future_act():
    from newsbrief.events.modality import standing
    doc = build(["I I PRON nsubj 2", "’ll will AUX aux 2", "attack attack VERB ROOT 2",
                 "you you PRON dobj 2", ". . PUNCT punct 2"])
    assert standing(doc[2]).modality == "future"


# "OSLO, Norway (AP) - Police arrested Lopez." in a story naming no country often
def test_the_dateline_gives_bare_institutions_their_country():
    def placed(text):
        return {"Police": (None, "COP", None), "police": (None, "COP", None)}.get(
            text, (None, None, None))

    code = coder_with({"arrest": ("COERCE", "173", None)})
    doc = build(["OSLO OSLO PROPN ROOT 0 B-GPE", ", , PUNCT punct 0",
                 "Norway Norway PROPN appos 0 B-GPE", "( ( PUNCT punct 4", "AP AP PROPN appos 0",
                 ") ) PUNCT punct 4", "- - PUNCT punct 0",
                 "Police police NOUN nsubj 8", "arrested arrest VERB ROOT 8",
                 "Lopez Lopez PROPN dobj 8 B-PERSON", ". . PUNCT punct 8"])
    ents = [ent(doc, "oslo", 0, 1, "place", "NOR"), ent(doc, "lopez", 9, 10, "person")]
    from newsbrief.events import extract_events
    from newsbrief.records import Article
    article = Article(id="a1", origin="test", text=doc.text, published="2024-12-05")
    ev = extract_events(doc, article, ents, (), coder=code, resolver=placed)[0]
    assert [(a.text, a.country) for a in ev.actor] == [("Police", "NOR")]


def test_the_country_after_a_dateline_town_is_the_datelines():
    from newsbrief.events.actorrefs import dateline_country
    doc = build(["GRAYS GRAYS PROPN ROOT 0", ", , PUNCT punct 0",
                 "Norway Norway PROPN appos 0 B-GPE", "- - PUNCT punct 0",
                 "Police police NOUN nsubj 5", "left leave VERB ROOT 5", ". . PUNCT punct 5"])
    assert dateline_country(doc, [ent(doc, "nor", 2, 3, "state", "NOR")]) == "NOR"
    doc = build(["Police police NOUN nsubj 1", "left leave VERB ROOT 1", "Norway Norway PROPN dobj 1",
                 "- - PUNCT punct 1", "quickly quickly ADV advmod 1"])
    assert dateline_country(doc, [ent(doc, "nor", 2, 3, "state", "NOR")]) is None


def test_a_titled_name_is_placed_by_the_knowledge_base_not_by_a_town_in_it():
    from newsbrief.events.actorrefs import titled_person_country
    assert titled_person_country("Pope Francis") == "VAT"
    assert titled_person_country("Judge Susan Bolton") is None


# "The council voted 12 to 3 to condemn Sweden."
def test_a_vote_count_is_no_controller_of_the_act_voted():
    code = coder_with({"condemn": ("ACCUSE", "111", None)})
    doc = build(["The the DET det 1", "council council NOUN nsubj 2", "voted vote VERB ROOT 2",
                 "12 12 NUM dobj 2 B-CARDINAL", "to to ADP prep 3", "3 3 NUM pobj 4 B-CARDINAL",
                 "to to PART aux 7", "condemn condemn VERB xcomp 2",
                 "Sweden Sweden PROPN dobj 7 B-GPE", ". . PUNCT punct 2"])
    ents = [ent(doc, "council", 0, 2, "organization", "NOR", "GOV"),
            ent(doc, "swe", 8, 9, "state", "SWE")]
    ev = extract(doc, ents, coder=code)[0]
    assert [a.entity for a in ev.actor] == ["council"]


# "Novak likened the attack to a massacre." / "Sweden launched an attack."
def test_who_describes_an_act_does_not_do_it():
    code = coder_with({"attack": ("ASSAULT", "190", None)})
    doc = build(["Novak Novak PROPN nsubj 1 B-PERSON", "likened liken VERB ROOT 1",
                 "the the DET det 3", "attack attack NOUN dobj 1", ". . PUNCT punct 1"])
    events = extract(doc, [ent(doc, "novak", 0, 1, "person", "NOR", "GOV")], coder=code)
    assert not any(a.entity == "novak" for e in events for a in e.actor)
    doc = build(["Sweden Sweden PROPN nsubj 1 B-GPE", "launched launch VERB ROOT 1",
                 "an an DET det 3", "attack attack NOUN dobj 1", ". . PUNCT punct 1"])
    ev = extract(doc, [ent(doc, "swe", 0, 1, "state", "SWE")], coder=code)[0]
    assert [a.entity for a in ev.actor] == ["swe"]


# "a story about the troops meeting with Novak" (the event noun after its doers)
def test_a_people_noun_before_an_event_noun_does_it():
    code = coder_with({"meeting": ("CONSULT", "040", None)})
    doc = build(["the the DET det 2", "troops troops NOUN compound 2", "meeting meeting NOUN ROOT 2",
                 "with with ADP prep 2", "Novak Novak PROPN pobj 3 B-PERSON", ". . PUNCT punct 2"])
    ev = extract(doc, [ent(doc, "novak", 4, 5, "person", "NOR", "GOV")], coder=code)[0]
    assert [a.text for a in ev.actor] == ["troops"]
    assert [r.entity for r in ev.recipient] == ["novak"]


# "Norway and Chile spoke in a statement. The statement urged Peru to withdraw."
SENT_BY = ["Norway Norway PROPN nsubj 3 B-GPE", "and and CCONJ cc 0",
           "Chile Chile PROPN conj 0 B-GPE", "spoke speak VERB ROOT 3", "in in ADP prep 3",
           "a a DET det 6", "statement statement NOUN pobj 4", ". . PUNCT punct 3",
           "The the DET det 9", "statement statement NOUN nsubj 10",
           "urged urge VERB ROOT 10", "Peru Peru PROPN dobj 10 B-GPE", "to to PART aux 13",
           "withdraw withdraw VERB xcomp 10", ". . PUNCT punct 10"]


def _sent_by_events(rows):
    code = coder_with({"urge": ("REQUEST", "020", None)})
    doc = build(rows)
    ents = [ent(doc, "nor", 0, 1, "state", "NOR"), ent(doc, "chl", 2, 3, "state", "CHL"),
            ent(doc, "per", 11, 12, "state", "PER")]
    return [e for e in extract(doc, ents, coder=code) if e.type == "REQUEST"]


def test_a_document_that_acts_stands_for_its_senders_named_before():
    ev = _sent_by_events(SENT_BY)[0]
    assert sorted(r.country for r in ev.actor) == ["CHL", "NOR"]
    assert [r.country for r in ev.recipient] == ["PER"]


def test_an_indefinite_document_is_not_sent_by_those_named_before():
    # "... A statement urged Peru to withdraw.": some other statement; kept as it is
    rows = list(SENT_BY)
    rows[8] = "A a DET det 9"
    ev = _sent_by_events(rows)
    assert not ev or not any(r.country in ("CHL", "NOR") for r in ev[0].actor)


# 'Norway and Chile spoke in a statement. "We urge Peru to withdraw," the statement ended.'
QUOTED_BY = SENT_BY[:8] + [
    '" " PUNCT punct 10', "We we PRON nsubj 10", "urge urge VERB ccomp 18",
    "Peru Peru PROPN dobj 10 B-GPE", "to to PART aux 13", "withdraw withdraw VERB xcomp 10",
    ", , PUNCT punct 10", '" " PUNCT punct 18', "the the DET det 17",
    "statement statement NOUN nsubj 18", "ended end VERB ROOT 18", ". . PUNCT punct 18"]


def test_we_in_a_quote_a_document_ends_on_is_its_senders():
    code = coder_with({"urge": ("REQUEST", "020", None)})
    doc = build(QUOTED_BY)
    ents = [ent(doc, "nor", 0, 1, "state", "NOR"), ent(doc, "chl", 2, 3, "state", "CHL"),
            ent(doc, "per", 11, 12, "state", "PER")]
    ev = [e for e in extract(doc, ents, coder=code) if e.type == "REQUEST"][0]
    assert sorted(r.country for r in ev.actor if r.country) == ["CHL", "NOR"]
    assert not any(r.text == "the statement" for r in ev.actor)
