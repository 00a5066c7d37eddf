"""Sports teams named after places (hand-built Docs, no model): the rule of
newsbrief.actors.sports and its lexicon."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsbrief.actors.spans import entity_spans
from newsbrief.actors.sports import is_sports_text, sports_words

VOCAB = spacy.blank("en").vocab


def make(text: str, ents=()) -> Doc:
    """Doc from space-separated words; `ents` as (first word, n words, label),
    each first word found from the left after the previous entity."""
    words = text.split()
    tags = ["O"] * len(words)
    pos = 0
    for first, n, label in ents:
        s = words.index(first, pos)
        tags[s] = "B-" + label
        for i in range(s + 1, s + n):
            tags[i] = "I-" + label
        pos = s + n
    return Doc(VOCAB, words=words, ents=tags)


def labels(doc):
    return [(s.text, s.label_) for s in entity_spans(doc)]


def test_lexicon_loads_lower_case_with_strong_cues():
    cues, strong = sports_words()
    assert {"innings", "wickets", "goals", "league", "beat", "v"} <= cues
    assert strong and strong <= cues
    assert "beat" not in strong and "cricket" in strong
    assert all(w == w.lower() and " " not in w for w in cues)


def test_county_sides_in_a_cricket_report_are_organisations():
    doc = make("Brackenshire beat Holmwood by an innings and 40 runs on Friday . "
               "Brackenshire 372 and 174 , Holmwood 210 . Holmwood lost five wickets "
               "before lunch and Brackenshire lead the championship .",
               [("Brackenshire", 1, "PERSON"), ("Holmwood", 1, "GPE"), ("Brackenshire", 1, "PERSON"),
                ("Holmwood", 1, "GPE"), ("Holmwood", 1, "GPE"), ("Brackenshire", 1, "GPE")])
    assert is_sports_text(doc)
    got = labels(doc)
    assert got and all(label == "ORG" for _, label in got), got
    assert len(got) == 6


def test_untyped_sides_in_a_results_line_are_added():
    doc = make("Soccer results on Saturday : Ashbury 2 Corton 1 Dunmere 0 Elston 3 "
               "Fellbridge 1 Gorsey 1 ( halftime 0-0 ) . League standings follow .")
    assert is_sports_text(doc)
    got = dict(labels(doc))
    for side in ("Ashbury", "Corton", "Dunmere", "Elston", "Fellbridge", "Gorsey"):
        assert got.get(side) == "ORG", (side, got)


def test_national_sides_and_datelines_stay_places():
    doc = make("SOCCER - WORLD CUP QUALIFIER . HOLMWOOD 1996-08-30 Germany beat Brazil 2-1 "
               "in the match at Holmwood on Friday , with two goals in the second half . "
               "Holmwood 3 Corton 1 in the league .",
               [("HOLMWOOD", 1, "GPE"), ("Germany", 1, "GPE"), ("Brazil", 1, "GPE"),
                ("Holmwood", 1, "GPE"), ("Holmwood", 1, "GPE")])
    got = labels(doc)
    assert ("Germany", "GPE") in got and ("Brazil", "GPE") in got
    assert ("HOLMWOOD", "GPE") in got  # the dateline
    at_venue = [s for s in entity_spans(doc) if s.text == "Holmwood" and doc[s.start - 1].text == "at"]
    assert at_venue and at_venue[0].label_ == "GPE"  # "at Holmwood": the ground
    assert ("Corton", "ORG") in got


def test_players_with_their_country_stay_people():
    doc = make("Tennis results : Anna Petrova ( Russia ) beat Maria Lopez ( Spain ) 6-3 6-2 ; "
               "Lopez beat Petrova in the final of last season 's tournament .",
               [("Anna", 2, "PERSON"), ("Russia", 1, "GPE"), ("Maria", 2, "PERSON"),
                ("Spain", 1, "GPE"), ("Lopez", 1, "PERSON"), ("Petrova", 1, "PERSON")])
    assert is_sports_text(doc)
    assert all(label in ("PERSON", "GPE") for _, label in labels(doc)), labels(doc)


def test_war_report_where_a_town_beat_back_an_attack_stays_a_place():
    doc = make("Government troops in Holmwood beat back an attack by rebels on Tuesday , "
               "and the army said it won control of the road . Holmwood has held out all "
               "season , and Armenia defeated the offensive , officials said .",
               [("Holmwood", 1, "GPE"), ("Holmwood", 1, "GPE"), ("Armenia", 1, "GPE")])
    assert not is_sports_text(doc)
    assert labels(doc) == [("Holmwood", "GPE"), ("Holmwood", "GPE"), ("Armenia", "GPE")]


def test_a_club_named_after_a_known_city_is_an_organisation_record():
    from newsbrief.actors import extract_entities
    from newsbrief.records import Article

    text = ("Baseball results on Thursday : Chicago 5 Houston 3 , Denver 2 Boston 7 . "
            "Chicago beat Houston for the third game of the season in the league .")
    words = text.split()
    doc = Doc(VOCAB, words=words)
    ents = extract_entities(doc, Article(id="t", origin="test", text=doc.text))
    chicago = [e for e in ents if e.name == "Chicago"]
    assert chicago and all(e.kind == "organization" for e in chicago), chicago


def test_transfers_and_possessive_players_name_clubs():
    doc = make("The striker joined Holmwood from Corton last season , and Holmwood 's "
               "Dan Ferris scored twice as the league leaders won the match 2-0 .",
               [("Holmwood", 1, "GPE"), ("Corton", 1, "GPE"), ("Holmwood", 1, "GPE"),
                ("Dan", 2, "PERSON")])
    got = labels(doc)
    assert got.count(("Holmwood", "ORG")) == 2, got
    assert ("Dan Ferris", "PERSON") in got


def test_politics_that_mentions_golf_and_basketball_is_not_sports():
    filler = ("The senator told voters on Tuesday that the budget would cut taxes for "
              "families and raise spending on roads , schools and hospitals across the state . ")
    doc = make("Florida 's Marco Diaz won the vote after a weekend at his golf club , and his "
               "team said he would win again ; he once played basketball at college . " + filler * 20,
               [("Florida", 1, "GPE"), ("Marco", 2, "PERSON")])
    assert not is_sports_text(doc)
    assert labels(doc)[:2] == [("Florida", "GPE"), ("Marco Diaz", "PERSON")]
