"""The actor knowledge base and linking: roles by the article's date, one actor
across articles, unsure mentions left unlinked, users' dictionaries still win."""

from __future__ import annotations

import re
from collections import Counter

import pytest
import spacy
from spacy.tokens import Doc

from newsbrief.actors import extract_entities
from newsbrief.actors.kb import Context, knowledge_base
from newsbrief.dictionaries import apply_to_entities
from newsbrief.records import Article

VOCAB = spacy.blank("en").vocab


def make(words, ents=()):
    tags = ["O"] * len(words)
    for s, e, label in ents:
        tags[s] = "B-" + label
        for i in range(s + 1, e):
            tags[i] = "I-" + label
    # "Jong-un": no space around a hyphen inside a word
    spaces = [not (i + 1 < len(words) and "-" in (w, words[i + 1])) for i, w in enumerate(words)]
    return Doc(VOCAB, words=words, spaces=spaces, ents=tags)


def entities(words, ents, published):
    doc = make(words, ents)
    return extract_entities(doc, Article(id="t", origin="-", text=doc.text, published=published))


US = Counter({"USA": 3})


@pytest.mark.parametrize("date, role", [
    ("2015-08-01", "USA PTY presidential candidate"),
    ("2013-05-01", "USA BUS businessman"),
    ("2018-06-12", "USA GOV President"),
    ("2022-03-01", "former USA GOV President"),
])
def test_the_article_date_picks_the_role(date, role):
    link = knowledge_base().link_person("Donald Trump", date, Context(US))
    assert link is not None and link.entry.id == "P-USA-donald-trump"
    assert link.role.text() == role


def test_a_role_ended_long_ago_reads_former():
    link = knowledge_base().link_person("Barack Obama", "2019-05-01", Context(US))
    assert link.role.text() == "former USA GOV President"
    assert knowledge_base().link_person("Barack Obama", "2012-05-01", Context(US)).role.text() \
        == "USA GOV President"


def test_ambiguous_or_contradicted_mentions_stay_unlinked():
    kb = knowledge_base()
    assert kb.link_person("Johnson", "2018-01-01", Context(US)) is None  # many Johnsons
    # a title naming another country outweighs the name
    assert kb.link_person("Donald Trump", "2018-01-01", Context(US, text_country="FRA")) is None
    assert kb.link_person("Zzyzx Qwerty", "2018-01-01", Context(US)) is None


def test_hyphenated_names_stay_one_person_and_link():
    words = ["North", "Korean", "leader", "Kim", "Jong", "-", "un", "met", "Donald", "Trump",
             ".", "Trump", "said", "Kim", "Jong", "-", "un", "was", "honest", "."]
    ents = entities(words, [(0, 2, "NORP"), (3, 7, "PERSON"), (8, 10, "PERSON"),
                            (11, 12, "ORG"), (13, 17, "PERSON")], "2018-06-12")
    people = [e for e in ents if e.kind == "person"]
    assert sorted(fold_name(e.name) for e in people) == ["donald trump", "kim jong un"]
    kim = next(e for e in ents if e.kb_id == "P-PRK-kim-jong-un")
    assert kim.country == "PRK" and kim.role == "PRK GOV Supreme Leader"
    trump = [e for e in ents if e.kb_id == "P-USA-donald-trump"]
    # "Donald Trump", "Trump" (typed ORG by the model): one entity
    assert len(trump) == 1 and len(trump[0].mentions) == 2
    assert not any(e.kind == "organization" for e in ents)


def fold_name(name: str) -> str:
    from newsbrief.actors.gazetteer import fold
    return fold(name)


def test_one_actor_across_articles():
    a = entities(["Donald", "Trump", "spoke", "in", "Washington", "."],
                 [(0, 2, "PERSON"), (4, 5, "GPE")], "2018-03-01")
    b = entities(["Trump", "spoke", "in", "Ohio", "."], [(0, 1, "PERSON"), (3, 4, "GPE")],
                 "2019-03-01")
    ta = next(e for e in a if e.kind == "person")
    tb = next(e for e in b if e.kind == "person")
    assert ta.kb_id == tb.kb_id == "P-USA-donald-trump"
    assert ta.id == tb.id  # grouped as one actor by the store, timeline and exports


def test_us_office_in_a_us_story_is_american():
    ents = entities(["Sen.", "Bob", "Zzyzx", "spoke", "in", "Washington", "and", "Ohio", "."],
                    [(1, 3, "PERSON"), (5, 6, "GPE"), (7, 8, "GPE")], "2018-03-01")
    bob = next(e for e in ents if e.kind == "person")
    assert bob.kb_id is None and bob.country == "USA"


def test_users_dictionary_overrides_the_kb():
    ents = entities(["Donald", "Trump", "spoke", "."], [(0, 2, "PERSON")], "2018-03-01")
    assert ents[0].country == "USA"
    out = apply_to_entities(ents, {"donald trump": ("CAN", "BUS", None)})
    assert out[0].country == "CAN" and out[0].sector == "BUS"
    # the text's own spelling matches too, though the entity carries the KB's name
    ents = entities(["Donald", "J.", "Trump", "spoke", "."], [(0, 3, "PERSON")], "2018-03-01")
    assert ents[0].name == "Donald Trump"
    out = apply_to_entities(ents, {"donald j. trump": ("CAN", None, None)})
    assert out[0].country == "CAN"


def test_kb_file_is_well_formed():
    kb = knowledge_base()
    assert len(kb.entries) > 20000
    assert len(kb.by_id) == len(kb.entries)  # ids unique
    iso = re.compile(r"^(?:[A-Z]{3}|IGO)$")
    date = re.compile(r"^(?:\d{4}-\d{2}-\d{2})?$")
    for e in kb.entries:
        assert e.kind in ("P", "O")
        assert e.country is None or iso.match(e.country), e.id
        for r in e.roles:
            assert date.match(r.start) and date.match(r.end), e.id
            assert not (r.start and r.end) or r.start <= r.end, e.id


def test_kb_command_shows_entry_roles_and_the_link_decision():
    from click.testing import CliRunner

    from newsbrief.cli import main

    out = CliRunner().invoke(main, ["kb", "Trump", "--date", "2022-03-01", "--country", "USA"])
    assert out.exit_code == 0, out.output
    assert "P-USA-donald-trump" in out.output
    assert "2017-01-20 to 2021-01-20: USA GOV President" in out.output
    assert "linked to P-USA-donald-trump" in out.output and "former USA GOV President" in out.output
    out = CliRunner().invoke(main, ["kb", "Johnson", "--date", "2018-01-01", "--country", "USA"])
    assert out.exit_code == 0 and "not linked" in out.output
    out = CliRunner().invoke(main, ["kb", "Trump", "--date", "2018-13-01"])
    assert out.exit_code == 2 and "is not a date" in out.output


def test_a_kb_person_inside_a_phrase_gives_its_country():
    from newsbrief.actors import resolve_actor_text

    assert resolve_actor_text("the Trump administration")[:2] == ("USA", "GOV")
    assert resolve_actor_text("the Merkel government")[:2] == ("DEU", "GOV")
    assert resolve_actor_text("the government") == (None, "GOV", None)


def test_people_without_a_country_take_the_one_country_the_story_is_about():
    words = ["Jane", "Zzyzx", "met", "officials", "in", "Ohio", ",", "Texas", ",", "Iowa",
             "and", "Utah", "."]
    ents = entities(words, [(0, 2, "PERSON"), (5, 6, "GPE"), (7, 8, "GPE"), (9, 10, "GPE"),
                            (11, 12, "GPE")], "2018-03-01")
    jane = next(e for e in ents if e.kind == "person")
    assert jane.country == "USA" and jane.kb_id is None
    # two countries named as often: no story country
    words = ["Jane", "Zzyzx", "met", "officials", "in", "France", "and", "Germany", "."]
    ents = entities(words, [(0, 2, "PERSON"), (5, 6, "GPE"), (7, 8, "GPE")], "2018-03-01")
    assert next(e for e in ents if e.kind == "person").country is None


def test_former_names_the_last_office_not_a_later_undescribed_role():
    kb = knowledge_base()
    link = kb.link_person("Ronald Reagan", "2012-06-04", Context(US))
    assert link is not None and link.role.text() == "former USA GOV President"


def test_a_bare_surname_links_to_the_one_prominent_head_of_state_or_government():
    kb = knowledge_base()
    kenya = Counter({"KEN": 5})
    # undated article about another country: the one head of state of that name
    for name, kid in (("Obama", "P-USA-barack-obama"), ("Putin", "P-RUS-vladimir-putin"),
                      ("Merkel", "P-DEU-angela-merkel"), ("Trump", "P-USA-donald-trump")):
        link = kb.link_person(name, None, Context(kenya))
        assert link is not None and link.entry.id == kid, name
        assert any("prominent" in w for w in link.why)
    # two prominent people of that name (a president and a secretary of state), two
    # presidents, a month, or a title giving another country: unlinked
    assert kb.link_person("Clinton", None, Context(kenya)) is None
    assert kb.link_person("Bush", None, Context(kenya)) is None
    assert kb.link_person("May", None, Context(kenya)) is None
    assert kb.link_person("Merkel", None, Context(kenya, text_country="FRA")) is None
    # dated decades away from any of the person's roles: unlinked
    assert kb.link_person("Obama", "1950-01-01", Context(kenya)) is None


def test_an_undated_article_naming_only_the_surname_joins_the_one_actor():
    a = entities(["Obama", "spoke", "in", "Nairobi", "about", "Kenya", "and", "Kenya", "."],
                 [(0, 1, "PERSON"), (3, 4, "GPE"), (5, 6, "GPE"), (7, 8, "GPE")], None)
    b = entities(["Barack", "Obama", "spoke", "in", "Ohio", "."], [(0, 2, "PERSON"), (4, 5, "GPE")],
                 "2015-03-01")
    oa = next(e for e in a if e.kind == "person")
    ob = next(e for e in b if e.kind == "person")
    assert oa.kb_id == ob.kb_id == "P-USA-barack-obama" and oa.id == ob.id
    assert oa.country == "USA" and oa.role is None  # no date, no role
    # typed ORG by the model, with no full name in the text: still the person
    c = entities(["Trump", "said", "in", "Nairobi", "that", "Kenya", "matters", "."],
                 [(0, 1, "ORG"), (3, 4, "GPE"), (5, 6, "GPE")], None)
    assert [e.kb_id for e in c if e.kb_id] == ["P-USA-donald-trump"]
    assert not any(e.kind == "organization" for e in c)


def test_an_org_typed_surname_of_a_person_named_in_full_is_that_person():
    ents = entities(["Jane", "Zzyzx", "spoke", ".", "Zzyzx", "said", "no", "."],
                    [(0, 2, "PERSON"), (4, 5, "ORG")], "2018-03-01")
    assert [(e.kind, len(e.mentions)) for e in ents] == [("person", 2)]


def test_a_country_one_mention_of_three_carries_does_not_unlink_a_head_of_state():
    words = ["North", "Korean", "Trump", "spoke", ".", "Trump", "said", ".", "Trump", "left", "."]
    ents = entities(words, [(0, 2, "NORP"), (2, 3, "PERSON"), (5, 6, "PERSON"),
                            (8, 9, "PERSON")], None)
    trump = [e for e in ents if e.kind == "person"]
    assert len(trump) == 1 and trump[0].kb_id == "P-USA-donald-trump"
    assert trump[0].country == "USA"


def test_an_office_only_the_us_has_is_american_in_a_story_about_another_country():
    words = ["Congresswoman", "Jane", "Zzyzx", "spoke", "about", "Cuba", ",", "Cuba", "and",
             "Havana", "."]
    ents = entities(words, [(1, 3, "PERSON"), (5, 6, "GPE"), (7, 8, "GPE"), (9, 10, "GPE")],
                    "2018-03-01")
    jane = next(e for e in ents if e.kind == "person")
    assert jane.country == "USA"
    # a senator in a story about Cuba may be anyone's
    words[0] = "Senator"
    ents = entities(words, [(1, 3, "PERSON"), (5, 6, "GPE"), (7, 8, "GPE"), (9, 10, "GPE")],
                    "2018-03-01")
    assert next(e for e in ents if e.kind == "person").country != "USA"


# ---- issue 10, 2026-12-02 (actors2): full names, relatives, list order, IGO titles


def test_after_the_phoenix_cut_off_its_own_people_have_no_guessed_role():
    kb = knowledge_base()
    # Phoenix's last role for Rob Portman ends in 2006; he sat in the Senate 2011-2023
    link = kb.link_person("Rob Portman", "2018-05-01", Context(US))
    assert link is not None and link.entry.country == "USA" and link.role is None
    assert kb.link_person("Rob Portman", "2006-01-01", Context(US)).role.text() == "USA GOV"


def _people(ents):
    return {e.name: e for e in ents if e.kind == "person"}


def test_a_country_before_under_is_not_the_title_of_the_name_after_it():
    # "once an envoy for Libya under President Barack Obama": "under" is a
    # preposition here, not the "Under" of "Under Secretary"
    words = ["once", "an", "envoy", "for", "Libya", "under", "President", "Barack", "Obama", "."]
    ents = entities(words, [(4, 5, "GPE"), (7, 9, "PERSON")], "2017-04-07")
    obama = _people(ents)["Barack Obama"]
    assert obama.kb_id == "P-USA-barack-obama" and obama.country == "USA"


def test_under_secretary_stays_a_title():
    words = ["Under", "Secretary", "of", "State", "Ann", "Berg", "spoke", "."]
    ents = entities(words, [(4, 6, "PERSON")], "2017-04-07")
    assert "Secretary" in (_people(ents)["Ann Berg"].office or "")


def test_a_relative_named_in_full_does_not_take_the_titled_surname():
    words = ["Michelle", "Obama", "visited", "Chicago", ".", "\n", "President", "Obama", "stayed",
             "in", "Washington", "."]
    ents = entities(words, [(0, 2, "PERSON"), (3, 4, "GPE"), (7, 8, "PERSON"), (10, 11, "GPE")],
                    "2015-06-01")
    people = _people(ents)
    michelle = people["Michelle Obama"]
    assert michelle.kb_id is None and michelle.office is None and michelle.role is None
    assert [m.text for m in michelle.mentions] == ["Michelle Obama"]
    assert people["Barack Obama"].kb_id == "P-USA-barack-obama"


def test_the_titled_surname_of_the_person_named_in_full_still_joins_them():
    words = ["Ted", "Cruz", "spoke", "in", "Houston", ".", "\n", "Senator", "Cruz",
             "said", "no", "."]
    ents = entities(words, [(0, 2, "PERSON"), (4, 5, "GPE"), (8, 9, "PERSON")], "2019-06-01")
    cruz = [e for e in ents if e.kind == "person"]
    assert len(cruz) == 1 and len(cruz[0].mentions) == 2 and cruz[0].kb_id == "P-USA-ted-cruz"


def test_a_name_in_list_order_links_to_the_person():
    # a page's hover card "Trump Donald John Trump", a list's "Trump, Donald"
    words = ["President", "Trump", "Donald", "met", "the", "Queen", ".", "Trump", "smiled", "."]
    ents = entities(words, [(1, 3, "PERSON"), (7, 8, "PERSON")], "2019-06-03")
    trump = [e for e in ents if e.kb_id == "P-USA-donald-trump"]
    assert len(trump) == 1 and trump[0].name == "Donald Trump" and len(trump[0].mentions) == 2


def test_a_full_name_outlives_the_office():
    kb = knowledge_base()
    link = kb.link_person("Saddam Hussein", "2018-03-01", Context(Counter({"IRQ": 2, "USA": 1})))
    assert link is not None and link.entry.id == "P-IRQ-saddam-hussein"
    # (Phoenix ends in 2014: what a person of its own did after that is not known)
    assert link.role is None and link.entry.country == "IRQ"
    link = kb.link_person("Rudy Giuliani", "2018-05-01", Context(US))
    assert link is not None and link.role.text() == "former USA GOV Mayor of New York City"
    # a namesake before anyone of that name held the office still counts against
    assert kb.link_person("Kamala Harris", "1990-01-01", Context(Counter({"FRA": 2}))) is None


def test_one_person_listed_by_two_sources_is_no_rival_but_namesakes_are():
    kb = knowledge_base()
    # (in 2024 both entries hold a role: Vice President, and presidential candidate)
    link = kb.link_person("Kamala Harris", "2024-08-01", Context(US))
    assert link is not None and link.entry.id.startswith("P-USA-kamala")
    assert link.role.country == "USA" and not link.role.former
    assert kb.link_person("George Bush", "2018-01-01", Context(US)) is None  # two presidents
    assert kb.link_person("John Adams", "2018-01-01", Context(US)) is None  # father and son


def test_an_ambassador_to_the_un_keeps_their_country():
    words = ["UN", "Ambassador", "Nikki", "Haley", "said", "no", "."]
    ents = entities(words, [(0, 1, "ORG"), (2, 4, "PERSON")], "2018-03-01")
    haley = _people(ents)["Nikki Haley"]
    assert haley.kb_id == "P-USA-nikki-haley" and haley.country == "USA"


@pytest.mark.parametrize("date, office", [("2017-05-01", "Representative (CA)"),
                                          ("2020-05-01", "Speaker of the House"),
                                          ("2022-05-01", "Speaker of the House")])
def test_an_office_in_congress_outranks_the_seat_held_with_it(date, office):
    link = knowledge_base().link_person("Nancy Pelosi", date, Context(US))
    assert link.role.office == office


def test_the_country_nearest_the_title_is_the_persons():
    # a photo caption running into the next: "... tours Peru U.S. Secretary of State"
    words = ["Obama", "tours", "Peru", "U.S.", "Secretary", "of", "State", "John", "Kerry",
             "nodded", "."]
    ents = entities(words, [(0, 1, "PERSON"), (2, 3, "GPE"), (3, 4, "GPE"), (7, 9, "PERSON")],
                    "2016-03-21")
    kerry = _people(ents)["John Kerry"]
    assert kerry.country == "USA" and kerry.kb_id == "P-USA-john-kerry"


def test_a_capital_before_a_title_is_where_not_whose():
    words = ["From", "Madrid", "Secretary", "of", "State", "John", "Kerry", "cautioned", "Iran",
             "."]
    ents = entities(words, [(1, 2, "GPE"), (5, 7, "PERSON"), (8, 9, "GPE")], "2015-07-09")
    kerry = _people(ents)["John Kerry"]
    assert kerry.country == "USA" and kerry.kb_id == "P-USA-john-kerry"
    # a possessor is whose: "Moscow's ambassador"
    words = ["Moscow", "'s", "ambassador", "Ivan", "Petrovsky", "left", "."]
    ents = entities(words, [(0, 1, "GPE"), (3, 5, "PERSON")], "2018-01-01")
    assert _people(ents)["Ivan Petrovsky"].country == "RUS"


def test_a_full_name_the_model_typed_org_is_the_person_when_the_kb_tracks_them():
    words = ["U.S.", "envoy", "Nikki", "Haley", "met", "Exxon", "Mobil", "."]
    ents = entities(words, [(0, 1, "GPE"), (2, 4, "ORG"), (5, 7, "ORG")], "2018-01-01")
    haley = next(e for e in ents if e.name == "Nikki Haley")
    assert haley.kind == "person" and haley.kb_id == "P-USA-nikki-haley"
    assert next(e for e in ents if "Mobil" in e.name).kind == "organization"


def test_the_title_of_the_next_person_in_a_list_is_not_an_appositive():
    words = ["Seated", "nearby", "were", "Hillary", "Clinton", ",", "U.N.", "Secretary",
             "General", "Antonio", "Guterres", "and", "two", "aides", "."]
    ents = entities(words, [(3, 5, "PERSON"), (6, 7, "ORG"), (9, 11, "PERSON")], "2016-09-27")
    clinton = _people(ents)["Hillary Clinton"]
    assert clinton.country == "USA" and clinton.kb_id == "P-USA-hillary-clinton"
    assert clinton.office is None  # not the U.N. title of the name after hers
    # a real appositive still gives the title
    words = ["Ann", "Berg", ",", "Norway", "'s", "deputy", "foreign", "minister", ",", "said",
             "no", "."]
    ents = entities(words, [(0, 2, "PERSON"), (3, 4, "GPE")], "2016-09-27")
    assert _people(ents)["Ann Berg"].country == "NOR"


def test_a_middle_initial_the_source_does_not_list_still_links():
    words = ["Ambassador", "Susan", "E.", "Rice", "spoke", "."]
    ents = entities(words, [(1, 4, "PERSON")], "2012-10-01")
    rice = next(e for e in ents if e.kind == "person")
    assert rice.kb_id == "P-USA-susan-rice" and rice.country == "USA"


def test_the_host_country_of_an_ambassador_is_not_theirs():
    words = ["U.S.", "Ambassador", "to", "Japan", "Jon", "Huntsman", "replied", "no", "."]
    ents = entities(words, [(0, 1, "GPE"), (3, 4, "GPE"), (4, 6, "PERSON")], "2018-07-16")
    assert _people(ents)["Jon Huntsman"].country == "USA"
    words = ["Ambassador", "to", "Japan", "Jon", "Huntsman", "replied", "no", "."]
    ents = entities(words, [(2, 3, "GPE"), (3, 5, "PERSON")], "2018-07-16")
    assert _people(ents)["Jon Huntsman"].country != "JPN"


def test_a_family_name_written_first_links_to_the_one_prominent_holder():
    kb = knowledge_base()
    xi = kb.link_person("Xi", "2018-05-01")
    assert xi is not None and xi.entry.country == "CHN" and xi.role.office == "President"
    # a family name shared by millions stands for nobody in particular
    assert kb.link_person("Li", "2016-01-01") is None
    assert kb.link_person("Kim", "2018-05-01") is None


def test_a_name_cut_at_its_hyphen_still_links():
    link = knowledge_base().link_person("Moon Jae", "2018-05-01")
    assert link is not None and link.entry.country == "KOR"
    assert knowledge_base().link_person("Kim Jong", "2018-05-01") is None  # three men


def test_a_title_written_into_a_sources_name_makes_no_rival():
    # "Secretary-General Ban Ki-Moon" (Phoenix) and the hand list's entry are one
    link = knowledge_base().link_person("Ban Ki-moon", "2016-05-01")
    assert link is not None and link.entry.curated and link.role.office == "UN Secretary-General"


def test_a_surname_alone_links_the_one_curated_person_in_a_role_at_the_date():
    """actors7: "Mr. Tillerson" in a story from Moscow that never gives his first name
    is the secretary of state in 2017; years after his term, or for a name the curated
    sources do not list alone, nothing is linked."""
    from collections import Counter

    from newsbrief.actors.kb import Context, knowledge_base

    kb = knowledge_base()
    ctx = Context(Counter({"RUS": 10, "USA": 3}))
    link = kb.link("Tillerson", "P", "2017-04-12", ctx)
    assert link is not None and link.entry.country == "USA"
    assert kb.link("Tillerson", "P", "2021-04-12", ctx) is None
    assert kb.link("May", "P", "2017-04-12", ctx) is None or \
        kb.link("May", "P", "2017-04-12", ctx).entry.country == "GBR"


# ---- back to about 1985 (scripts/kb_sources/hand_roles_1985.tsv, the Phoenix reader)

@pytest.mark.parametrize("name, date, country", [
    ("Boris Yeltsin", "1996-06-18", "RUS"), ("Slobodan Milosevic", "1998-07-01", "SRB"),
    ("Jonas Savimbi", "1996-08-30", "AGO"), ("Dzhokhar Dudayev", "1995-01-10", "RUS"),
    ("Ibrahim Rugova", "1998-07-01", "XKX"), ("Andrei Kozyrev", "1994-05-01", "RUS"),
])
def test_leaders_of_the_1990s_link_to_their_country(name, date, country):
    link = knowledge_base().link_person(name, date, Context())
    assert link is not None and link.role is not None and link.role.country == country


def test_a_common_surname_marked_in_the_hand_list_does_not_link_alone():
    kb = knowledge_base()
    # "Singh" or "Brown" alone may be anyone; the full name still links
    assert all("nosurname" in e.sources for e in kb.lookup("Jaswant Singh", "P") if "hand" in e.sources)
    assert not [e for e in kb.search("Singh") if e.name == "Jaswant Singh"]
    assert kb.link_person("Jaswant Singh", "1999-01-01", Context(Counter({"IND": 3}))) is not None


def test_the_last_syllable_of_a_hyphenated_given_name_is_no_surname():
    kb = knowledge_base()
    assert not [e for e in kb.search("Sam") if e.name.startswith("Kim Young")]
    assert [e for e in kb.search("Roh") if e.name.startswith("Roh Tae")]


def _build_kb():
    """scripts/build_kb.py as a module (a script, not a package module)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "scripts" / "build_kb.py"
    spec = importlib.util.spec_from_file_location("build_kb", path)
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    return build


def test_bare_spellings_under_a_countryinfo_person_are_that_persons():
    build = _build_kb()
    head = build.Entry("?", "Boris Yeltsin")
    # a bare line ending in the surname, before any role: one more spelling
    assert build._unmarked_spelling(head, [], "PRESIDENT_BORIS_YELTSIN", "President Boris Yeltsin",
                                    "Countries")
    # a line of its own (marker, roles, another surname) starts another person
    assert not build._unmarked_spelling(head, [], "ALEKSANDR_RUTSKOY_  # CountryInfo.txt",
                                        "Aleksandr Rutskoy", "Countries")
    assert not build._unmarked_spelling(head, [("RUSGOV", None)], "YELTSIN", "Yeltsin", "Countries")
    assert not build._unmarked_spelling(head, [], "VIKTOR_ILYUSHIN", "Viktor Ilyushin", "Countries")


def test_a_town_with_its_us_state_is_that_states_town():
    words = ["A", "clinic", "in", "Birmingham", ",", "Ala.", ",", "was", "bombed", "."]
    ents = entities(words, [(3, 4, "GPE")], "1998-01-29")
    assert [e.country for e in ents if e.name == "Birmingham"] == ["USA"]
    words = ["Police", "in", "Birmingham", "arrested", "two", "men", "."]
    ents = entities(words, [(2, 3, "GPE")], "1998-01-29")
    assert [e.country for e in ents if e.name == "Birmingham"] == ["GBR"]


def test_an_acronym_the_text_spells_out_otherwise_is_not_the_gazetteers():
    words = ["The", "Internet", "Research", "Agency", "paid", "trolls", ".", "The", "IRA",
             "denied", "it", "."]
    ents = entities(words, [(1, 4, "ORG"), (8, 9, "ORG")], "2018-02-16")
    assert [e.country for e in ents if e.name == "IRA"] == [None]
    words = ["The", "IRA", "said", "it", "planted", "the", "bomb", "."]
    ents = entities(words, [(1, 2, "ORG")], "1996-02-10")
    assert [e.country for e in ents if e.name == "Irish Republican Army"] == ["GBR"]


def test_a_spelled_out_name_of_the_same_organisation_or_no_organisation_keeps_the_acronym():
    words = ["The", "Central", "Intelligence", "Agency", "spied", ".", "The", "CIA", "denied",
             "it", "."]
    ents = entities(words, [(1, 4, "ORG"), (7, 8, "ORG")], "2016-02-16")
    assert {e.country for e in ents} == {"USA"}


def test_a_religion_code_in_a_groups_country_slot_is_no_country():
    build = _build_kb()
    iso3 = {"MUS", "USA", "RUS"}
    # Phoenix's "MUS" after IMG is Muslim, not Mauritius
    assert build._code("IMGMUSALQ", iso3) == (None, "REB", None)
    # controls: a country there, and Mauritius heading a code, stay countries
    assert build._code("NGOUSAHRI", iso3) == ("USA", "CVL", None)
    assert build._code("MUSGOV", iso3) == ("MUS", "GOV", None)


def test_no_armed_group_of_the_knowledge_base_is_mauritian():
    kb = knowledge_base()
    assert not [e.id for e in kb.entries
                if e.country == "MUS" and e.sector == "REB"]


def test_the_builds_check_says_whether_the_shipped_file_is_what_it_builds(tmp_path):
    import gzip

    build = _build_kb()
    entry = build.Entry("P", "Ada Quill")
    entry.roles.append(("2001-01-01", "", "NZL", "GOV", "Minister", "", "hand"))
    built, n = build.render([entry], "(test)")
    assert n == 1
    shipped = tmp_path / "kb.tsv.gz"
    shipped.write_bytes(built)
    assert build.check(built, shipped) == 0
    # a shipped file from an older build: one alias the build no longer gives
    old = gzip.decompress(built).decode().replace("ada quill", "ada quill|gov ada quill")
    shipped.write_bytes(gzip.compress(old.encode()))
    assert build.check(built, shipped) == 1


def test_the_builds_check_says_a_missing_file_is_missing(tmp_path, capsys):
    import gzip

    build = _build_kb()
    entry = build.Entry("P", "Ada Quill")
    entry.roles.append(("2001-01-01", "", "NZL", "GOV", "Minister", "", "hand"))
    built, _n = build.render([entry], "(test)")
    assert build.check(built, tmp_path / "kb.tsv.gz") == 1
    err = capsys.readouterr().err
    assert "missing (1 rows built)" in err, err
    # control: one row changed counts as that row gone and its new form added, with
    # the header lines left out
    old = gzip.decompress(built).decode().replace("ada quill", "ada quill|gov ada quill")
    (tmp_path / "old.tsv.gz").write_bytes(gzip.compress(old.encode()))
    assert build.check(built, tmp_path / "old.tsv.gz") == 1
    assert "2 rows differ" in capsys.readouterr().err


def test_mauritanias_leaders_filed_under_mauritius_are_mauritanian():
    kb = knowledge_base()
    # Phoenix lists them under the MAURITIUS heading with MUS codes
    assert {e.country for e in kb.lookup("Mohamed Ould Abdel Aziz", "P")} == {"MRT"}
    assert {e.country for e in kb.lookup("Moktar Ould Daddah", "P")} == {"MRT"}
    # control: Mauritius's own ministers stay Mauritian
    assert {e.country for e in kb.lookup("Navinchandra Ramgoolam", "P")} == {"MUS"}


def test_a_correction_row_that_matches_no_source_person_stops_the_build(tmp_path):
    build = _build_kb()
    entry = build.Entry("P", "Ada Quill")
    entry.roles.append(("2001-01-01", "", "MUS", "GOV", "", "", "phoenix"))
    other = build.Entry("P", "Ben Quill")
    other.roles.append(("2001-01-01", "", "MUS", "GOV", "", "", "phoenix"))
    build.correct([entry, other], {("ada quill", "MUS"): "MRT"}, tmp_path / "fix.tsv")
    assert entry.country() == "MRT" and other.country() == "MUS"
    with pytest.raises(SystemExit, match="no Phoenix person 'cy quill'"):
        build.correct([entry], {("cy quill", "MUS"): "MRT"}, tmp_path / "fix.tsv")


def test_a_correction_row_with_no_country_code_or_listed_twice_stops_the_build(tmp_path):
    build = _build_kb()
    iso3 = {"MRT", "MUS"}
    path = tmp_path / "fix.tsv"
    # control: a clean list; a space left around a field is not part of it
    path.write_text("# name\tcoded\tcountry\nAda Quill\tMUS\tMRT \nBen Quill \tMUS\tMRT\n", "utf-8")
    assert build.read_corrections(path, iso3) == {("ada quill", "MUS"): "MRT",
                                                  ("ben quill", "MUS"): "MRT"}
    path.write_text("Ada Quill\tMUS\tMTR\n", "utf-8")
    with pytest.raises(SystemExit, match="'MTR' is no ISO 3166"):
        build.read_corrections(path, iso3)
    path.write_text("Ada Quill\tMUS\tMRT\nAda Quill\tMUS\tMUS\n", "utf-8")
    with pytest.raises(SystemExit, match="listed twice"):
        build.read_corrections(path, iso3)
