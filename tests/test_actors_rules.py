"""Entity rules on hand-built Docs: no trained model needed."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsbrief.actors import entity_at, entity_id, extract_entities, resolve_actor_text
from newsbrief.actors.spans import entity_spans
from newsbrief.records import Entity, Mention

VOCAB = spacy.blank("en").vocab


def make(words, ents=(), spaces=None, **kw) -> Doc:
    """Doc from words; `ents` as (start, end, label) token spans."""
    tags = ["O"] * len(words)
    for s, e, label in ents:
        tags[s] = "B-" + label
        for i in range(s + 1, e):
            tags[i] = "I-" + label
    return Doc(VOCAB, words=words, spaces=spaces, ents=tags, **kw)


def labelled(doc):
    return [(s.text, s.label_) for s in entity_spans(doc)]


def test_possessive_and_leading_the_are_trimmed():
    doc = make(["the", "Islandia", "Republic", "'s", "envoy", "left"], [(0, 4, "GPE")])
    assert labelled(doc) == [("Islandia Republic", "GPE")]


def test_title_glued_into_person_is_dropped():
    doc = make(["President", "Mara", "Kovalenko", "spoke"], [(0, 3, "PERSON")])
    assert labelled(doc) == [("Mara Kovalenko", "PERSON")]


def test_defense_of_defense_minister_is_not_an_org():
    doc = make(["Ruritanian", "Defense", "Minister", "Olaf", "Berg", "said"],
               [(1, 2, "ORG"), (3, 5, "PERSON")])
    assert labelled(doc) == [("Olaf Berg", "PERSON")]


def test_country_typed_by_gazetteer_whatever_the_model_said():
    doc = make(["Ukraine", "beat", "Norway", "on", "Monday"], [(0, 1, "PERSON"), (2, 3, "ORG")])
    assert labelled(doc) == [("Ukraine", "GPE"), ("Norway", "GPE")]


def test_missed_gazetteer_names_and_all_caps_are_added():
    doc = make(["TALKS", "IN", "NEW", "YORK", "AS", "KCNA", "REPORTS"])
    assert ("NEW YORK", "GPE") in labelled(doc)
    assert ("KCNA", "ORG") in labelled(doc)


def test_dateline_is_a_place():
    doc = make(["SEOUL", ",", "Dec", "5", "(", "Reuters", ")", "-", "Talks", "began", "."])
    out = labelled(doc)
    assert ("SEOUL", "GPE") in out
    assert ("Reuters", "ORG") in out


def test_scores_split_and_initials_make_people():
    words = ["Kestrels", "212", "(", "J.", "Harrow", "71", ",", "P.", "Odum", "4-30", ")"]
    doc = make(words, [(0, 2, "ORG"), (3, 6, "ORG")])
    assert labelled(doc) == [("Kestrels", "ORG"), ("J. Harrow", "PERSON"), ("P. Odum", "PERSON")]


def test_bare_surname_takes_the_persons_label():
    words = ["Tomas", "Vrba", "won", ".", "Vrba", "said", "VRBA", "was", "tired"]
    doc = make(words, [(0, 2, "PERSON"), (4, 5, "ORG")])
    out = labelled(doc)
    assert out == [("Tomas Vrba", "PERSON"), ("Vrba", "PERSON"), ("VRBA", "PERSON")]


@pytest.mark.parametrize("text,expected", [
    ("Russian lawmakers", ("RUS", "LEG", None)),
    ("the North Korean military", ("PRK", "MIL", None)),
    ("Seoul", ("KOR", "GOV", None)),
    ("the White House", ("USA", "GOV", None)),
    ("Pentagon", ("USA", "MIL", None)),
    ("protesters", (None, "CVL", None)),
    ("rebels", (None, "REB", None)),
    ("police", (None, "COP", None)),
    ("Japan's Deputy Foreign Minister", ("JPN", "GOV", "Deputy Foreign Minister")),
    ("the Brazilian Defence Minister", ("BRA", "GOV", "Defence Minister")),
    ("Indian troops", ("IND", "MIL", None)),
    ("a rebel spokesman", (None, "REB", "rebel spokesman")),
    ("Kremlin spokesman", ("RUS", "GOV", "spokesman")),
    ("the U.N. Security Council", ("IGO", None, None)),
    ("Xinhua", ("CHN", "JRN", None)),
    ("analysts", (None, None, None)),
    ("Iranian-backed Houthi rebels", ("YEM", "REB", None)),
    ("the Brazilian President-elect", ("BRA", "GOV", "President-elect")),
    ("the House", ("USA", "LEG", None)),
    ("the house", (None, None, None)),
    ("pro-Ruritanian separatists", (None, "REB", None)),
    ("Syrian-backed militias", (None, "UAF", None)),
    ("the British-built warships", (None, "MIL", None)),  # the maker is not the user
    ("British warships", ("GBR", "MIL", None)),
])
def test_resolve_actor_text(text, expected):
    assert resolve_actor_text(text) == expected


def test_entity_ids_fold_spelling():
    assert entity_id("person", "Kim Jong-un", "PRK") == entity_id("person", "Kim Jong Un", "PRK")
    assert entity_id("person", "José Ramos", None) == entity_id("person", "Jose Ramos", None)
    assert entity_id("person", "Kim Jong Un", "PRK") != entity_id("person", "Kim Jong Un", None)


def test_entity_at_prefers_the_tightest_mention():
    a = Entity(id="a", name="X", kind="state", mentions=(Mention(0, 5, "Aland"),))
    g = Entity(id="g", name="both", kind="group", mentions=(Mention(0, 20, "Aland and Bland"),))
    assert entity_at((g, a), 1, 3) is a
    assert entity_at((g, a), 10, 12) is g
    assert entity_at((g, a), 30, 40) is None


def _people_doc():
    # Two people share the surname; the head of state has more mentions.
    words = ["Ruritanian", "President", "Lee", "Sung", "Ho", "met", "Deputy", "Minister", "Lee",
             "Min", "Ja", ".", "\n", "Lee", "Sung", "Ho", "smiled", ".", "\n", "Lee", "spoke", "."]
    ents = [(2, 5, "PERSON"), (8, 11, "PERSON"), (13, 16, "PERSON"), (19, 20, "PERSON")]
    spaces = [True] * len(words)
    return make(words, ents, spaces=spaces)


def test_surname_joins_the_most_salient_person():
    doc = _people_doc()
    ents = extract_entities(doc)
    people = {e.name: e for e in ents if e.kind == "person"}
    assert set(people) == {"Lee Sung Ho", "Lee Min Ja"}
    head = people["Lee Sung Ho"]
    assert head.office == "President" and head.sector == "GOV"
    assert [m.text for m in head.mentions] == ["Lee Sung Ho", "Lee Sung Ho", "Lee"]
    assert people["Lee Min Ja"].office == "Deputy Minister"
    lee = doc[19:20]
    assert entity_at(ents, lee.start_char, lee.end_char) is head


def test_capital_as_actor_or_place():
    # "Oslo said ..." (subject: the government, so the state itself: recip15; the
    # events stage gives the role the sector GOV) vs "in Oslo" (the city).
    words = ["Oslo", "said", "talks", "in", "Oslo", "ended"]
    heads = [1, 1, 1, 2, 3, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj", "conj"]
    doc = make(words, [(0, 1, "GPE"), (4, 5, "GPE")], heads=heads, deps=deps)
    ents = extract_entities(doc)
    kinds = {(e.kind, e.name, e.country) for e in ents}
    assert kinds == {("state", "Norway", "NOR"), ("place", "Oslo", "NOR")}


def test_agreement_and_group_references():
    # "A trade pact between Chile and Peru took effect . The pact commits both nations ."
    words = ["A", "trade", "pact", "between", "Chile", "and", "Peru", "took", "effect", ".",
             "The", "pact", "commits", "both", "nations", "."]
    heads = [2, 2, 7, 2, 3, 4, 4, 7, 7, 7, 11, 12, 12, 14, 12, 12]
    deps = ["det", "compound", "nsubj", "prep", "pobj", "cc", "conj", "ROOT", "dobj", "punct",
            "det", "nsubj", "ROOT", "det", "dobj", "punct"]
    pos = ["DET", "NOUN", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "VERB", "NOUN", "PUNCT",
           "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"]
    doc = make(words, [(4, 5, "GPE"), (6, 7, "GPE")], heads=heads, deps=deps, pos=pos)
    ents = extract_entities(doc)
    by_kind = {e.kind: e for e in ents}
    pact = by_kind["agreement"]
    assert pact.name == "trade pact between Chile and Peru"
    assert [m.text for m in pact.mentions] == ["trade pact between Chile and Peru", "The pact"]
    states = {e.country: e.id for e in ents if e.kind == "state"}
    assert set(pact.members) == {states["CHL"], states["PER"]}
    group = by_kind["group"]
    assert set(group.members) == {states["CHL"], states["PER"]}
    assert group.mentions[0].text == "both nations"


def test_same_person_same_id_across_articles():
    a = make(["Leader", "Kim", "Jong-un", "spoke", "."], [(1, 3, "PERSON")])
    b = make(["Leader", "Kim", "Jong", "Un", "spoke", "."], [(1, 4, "PERSON")])
    (ea,), (eb,) = extract_entities(a), extract_entities(b)
    assert ea.id == eb.id and ea.kind == "person" and ea.office == "Leader"


def test_bracketed_short_form_joins_the_long_name():
    words = ["The", "Atlantic", "Fisheries", "Board", "(", "AFB", ")", "met", ".", "AFB", "said", "."]
    doc = make(words, [(1, 4, "ORG"), (5, 6, "ORG"), (9, 10, "ORG")])
    (org,) = extract_entities(doc)
    assert org.name == "Atlantic Fisheries Board"
    assert [m.text for m in org.mentions] == ["Atlantic Fisheries Board", "AFB", "AFB"]


def test_capital_as_object_of_a_verb_is_the_government_unless_visited():
    # "Lima accused Quito ." / "Officials visited Quito ."
    d1 = make(["Lima", "accused", "Quito", "."], [(0, 1, "GPE"), (2, 3, "GPE")],
              heads=[1, 1, 1, 1], deps=["nsubj", "ROOT", "dobj", "punct"],
              lemmas=["Lima", "accuse", "Quito", "."])
    # (each the state it is the capital of, since recip15)
    assert {(e.name, e.kind, e.country) for e in extract_entities(d1)} == {
        ("Peru", "state", "PER"), ("Ecuador", "state", "ECU")}
    d2 = make(["Officials", "visited", "Quito", "."], [(2, 3, "GPE")],
              heads=[1, 1, 1, 1], deps=["nsubj", "ROOT", "dobj", "punct"],
              lemmas=["official", "visit", "Quito", "."])
    assert [(e.name, e.kind, e.country) for e in extract_entities(d2)] == [("Quito", "place", "ECU")]


def test_both_leaders_after_a_meeting_are_the_two_people():
    words = ["Ana", "Ruiz", "met", "Ole", "Dahl", ".", "Both", "leaders", "smiled", "."]
    heads = [1, 2, 2, 4, 2, 2, 7, 8, 8, 8]
    deps = ["compound", "nsubj", "ROOT", "compound", "dobj", "punct", "det", "nsubj", "ROOT", "punct"]
    doc = make(words, [(0, 2, "PERSON"), (3, 5, "PERSON")], heads=heads, deps=deps,
               sent_starts=[True, False, False, False, False, False, True, False, False, False])
    ents = extract_entities(doc)
    people = {e.id for e in ents if e.kind == "person"}
    (group,) = [e for e in ents if e.kind == "group"]
    assert set(group.members) == people and group.mentions[0].text == "Both leaders"


def test_given_name_makes_a_person_but_not_a_university():
    words = ["Talks", "with", "Randall", "Okoro", "at", "George", "Mason", "University", "."]
    doc = make(words, [(2, 4, "ORG")])
    assert labelled(doc) == [("Randall Okoro", "PERSON")]


def test_surname_of_a_named_person_beats_the_gazetteer():
    words = ["Eddie", "Jordan", "won", ".", "Jordan", "said", "so", "."]
    doc = make(words, [(0, 2, "PERSON"), (4, 5, "GPE")])
    assert labelled(doc) == [("Eddie Jordan", "PERSON"), ("Jordan", "PERSON")]


def test_country_abbreviation_is_not_an_initial():
    words = ["said", "U.S.", "Assistant", "Secretary", "Lena", "Hart", "."]
    doc = make(words, [(1, 4, "PERSON"), (4, 6, "PERSON")])
    assert labelled(doc) == [("U.S.", "GPE"), ("Lena Hart", "PERSON")]


def test_both_countries_after_two_foreign_leaders_met():
    # "Peruvian President Ana Ruiz met Chilean President Ole Dahl . Both countries agreed ."
    words = ["Peruvian", "President", "Ana", "Ruiz", "met", "Chilean", "President", "Ole", "Dahl",
             ".", "Both", "countries", "agreed", "."]
    sent_starts = [True] + [False] * 9 + [True, False, False, False]
    doc = make(words, [(2, 4, "PERSON"), (7, 9, "PERSON")], sent_starts=sent_starts)
    ents = extract_entities(doc)
    people = {e.country: e.id for e in ents if e.kind == "person"}
    assert set(people) == {"PER", "CHL"}
    (group,) = [e for e in ents if e.kind == "group"]
    assert set(group.members) == set(people.values())


def test_surname_joins_the_person_just_named_in_the_same_paragraph():
    # The head of state is more salient, but the paragraph names only the minister.
    words = ["President", "Lee", "Sung", "Ho", "spoke", ".", "Lee", "Sung", "Ho", "left", ".", "\n",
             "Minister", "Lee", "Min", "Ja", "arrived", ".", "Lee", "said", "so", "."]
    ents = [(1, 4, "PERSON"), (6, 9, "PERSON"), (13, 16, "PERSON"), (18, 19, "PERSON")]
    doc = make(words, ents)
    people = {e.name: e for e in extract_entities(doc) if e.kind == "person"}
    assert [m.text for m in people["Lee Min Ja"].mentions] == ["Lee Min Ja", "Lee"]
    assert len(people["Lee Sung Ho"].mentions) == 2


def test_bylines_make_journalists():
    words = ["Talks", "ended", ".", "Reporting", "by", "Ann", "Berg", ";", "Editing", "by",
             "Tom", "Hale"]
    doc = make(words, [(5, 7, "PERSON"), (10, 12, "PERSON")])
    assert {(e.name, e.sector) for e in extract_entities(doc)} == {("Ann Berg", "JRN"),
                                                                   ("Tom Hale", "JRN")}


def test_given_name_inside_a_place_name_is_not_a_person():
    doc = make(["Fans", "in", "San", "Diego", "Harbor", "cheered", "Governor", "Diego", "Marquez", "."])
    out = labelled(doc)
    assert ("Diego Marquez", "PERSON") in out
    assert not any(text.startswith("Diego Harbor") for text, _ in out)


def test_abbreviated_titles_with_split_dots():
    # the tokenizer may split "Lt." into "Lt" "."
    words = ["Lt", ".", "Col", ".", "Ann", "Lee", "and", "Sen.", "Tom", "Hale", "spoke", "."]
    doc = make(words, [(4, 6, "PERSON"), (8, 10, "PERSON")])
    got = {e.name: (e.sector, e.office) for e in extract_entities(doc)}
    assert got == {"Ann Lee": ("MIL", "Lt Col"), "Tom Hale": ("LEG", "Sen.")}


def test_signatories_of_an_agreement_from_the_signing_verb():
    # "Chile and Peru signed a trade pact ."
    words = ["Chile", "and", "Peru", "signed", "a", "trade", "pact", "."]
    heads = [3, 0, 0, 3, 6, 6, 3, 3]
    deps = ["nsubj", "cc", "conj", "ROOT", "det", "compound", "dobj", "punct"]
    lemmas = ["Chile", "and", "Peru", "sign", "a", "trade", "pact", "."]
    pos = ["PROPN", "CCONJ", "PROPN", "VERB", "DET", "NOUN", "NOUN", "PUNCT"]
    doc = make(words, [(0, 1, "GPE"), (2, 3, "GPE")], heads=heads, deps=deps, lemmas=lemmas, pos=pos)
    ents = extract_entities(doc)
    states = {e.id for e in ents if e.kind == "state"}
    (pact,) = [e for e in ents if e.kind == "agreement"]
    assert pact.name == "trade pact" and set(pact.members) == states


def test_two_countries_after_two_named_leaders_are_their_states():
    words = ["Chile", "and", "Peru", "met", ".", "Chilean", "President", "Ana", "Ruiz", "and",
             "Peruvian", "President", "Ole", "Dahl", "smiled", ".", "The", "two", "countries", "agreed", "."]
    ents = [(0, 1, "GPE"), (2, 3, "GPE"), (7, 9, "PERSON"), (12, 14, "PERSON")]
    doc = make(words, ents)
    out = extract_entities(doc)
    states = {e.id for e in out if e.kind == "state"}
    (group,) = [e for e in out if e.kind == "group"]
    assert set(group.members) == states and group.mentions[0].text == "two countries"


def test_country_abbreviation_before_a_title():
    words = ["U.S.", "Trade", "Representative", "Ann", "Berg", "arrived", "."]
    doc = make(words, [(0, 1, "GPE"), (3, 5, "PERSON")])
    people = [e for e in extract_entities(doc) if e.kind == "person"]
    assert [(p.country, p.sector, p.office) for p in people] == [("USA", "GOV", "Trade Representative")]


def test_photo_credit_and_dash_dateline():
    words = ["WASHINGTON", "—", "Talks", "ended", "(", "AP", "Photo", "/", "Ann", "Berg", ")"]
    doc = make(words, [(8, 10, "PERSON")])
    got = {(e.name, e.kind, e.sector) for e in extract_entities(doc)}
    assert ("Washington", "place", None) in got
    assert ("Ann Berg", "person", "JRN") in got
    assert ("Associated Press", "organization", "JRN") in got


def test_unnamed_agreement_on_the_same_topic_is_the_same_agreement():
    # "Peru backs a trade pact . A huge trade deal cuts tariffs ."
    words = ["Peru", "backs", "a", "trade", "pact", ".", "A", "huge", "trade", "deal", "cuts",
             "tariffs", "."]
    heads = [1, 1, 4, 4, 1, 1, 9, 9, 9, 10, 10, 10, 10]
    deps = ["nsubj", "ROOT", "det", "compound", "dobj", "punct", "det", "amod", "compound",
            "nsubj", "ROOT", "dobj", "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "NOUN", "PUNCT", "DET", "ADJ", "NOUN", "NOUN", "VERB",
           "NOUN", "PUNCT"]
    doc = make(words, [(0, 1, "GPE")], heads=heads, deps=deps, pos=pos)
    (pact,) = [e for e in extract_entities(doc) if e.kind == "agreement"]
    assert [m.text for m in pact.mentions] == ["trade pact", "huge trade deal"]


def test_a_regnal_number_or_initial_ending_a_name_is_no_surname():
    # "Anna I" ... "I met him": the pronoun is not the person's surname repeated
    doc = make(["Anna", "I", "was", "there", ".", "Later", "I", "met", "him", "and", "I",
                "left", "."], [(0, 2, "PERSON")])
    assert labelled(doc) == [("Anna I", "PERSON")]
    doc = make(["Queen", "Elizabeth", "II", "smiled", ".", "Chapter", "II", "ends", "."],
               [(1, 3, "PERSON")])
    assert ("II", "PERSON") not in labelled(doc)


def test_a_country_name_after_an_honorific_is_a_persons_surname():
    """actors7: "Mr. Jordan" after "Rep. Ann Jordan" is her, not the kingdom; "Chad"
    alone stays the country."""
    words = ["Rep.", "Ann", "Jordan", "spoke", ".", "\n", "Mr.", "Jordan", "wrote", ".", "\n",
             "Chad", "voted", "."]
    ents = [(1, 3, "PERSON"), (7, 8, "GPE"), (11, 12, "GPE")]
    doc = make(words, ents, spaces=[True] * len(words))
    ents = extract_entities(doc)
    jordan = doc[7:8]
    hit = entity_at(ents, jordan.start_char, jordan.end_char)
    assert hit is not None and hit.kind == "person" and hit.name == "Ann Jordan"
    chad = doc[11:12]
    assert entity_at(ents, chad.start_char, chad.end_char).kind == "state"


def test_an_office_with_of_the_before_a_name_is_a_title():
    # keyactor (stop 34): "the" inside the office's "of" phrase no longer ends the title
    words = ["At", "noon", ",", "Minister", "of", "the", "Interior", "Ana", "Ruiz", "spoke", "."]
    doc = make(words, [(7, 9, "PERSON")])
    people = [e for e in extract_entities(doc) if e.kind == "person"]
    assert [(p.sector, p.office) for p in people] == [("GOV", "Minister")]


def test_the_before_an_of_phrase_with_no_office_is_not_taken():
    # "the daughter of the Mayor X": only an office word before "of" opens the phrase
    words = ["We", "met", "the", "daughter", "of", "the", "Mayor", "Ana", "Ruiz", "."]
    doc = make(words, [(7, 9, "PERSON")])
    people = [e for e in extract_entities(doc) if e.kind == "person"]
    assert [(p.sector, p.office) for p in people] == [("GOV", "Mayor")]
