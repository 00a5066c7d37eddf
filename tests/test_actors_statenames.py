"""A country's name that is also a US state's ("Georgia") is the state in a text that
links it to the US and never names the country (actors.statenames), and
every actor the name placed there is American; the country stays the country.
Made-up sentences through the real parse (lane usstate, stop 41)."""

from __future__ import annotations

import pytest

from newsbrief.records import Article

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, expected", [
    ("Georgia Gov. Ann Marlow signed the school budget on Monday.", {"GEO"}),
    ("Rep. Tom Haskell of Georgia voted against the farm bill.", {"GEO"}),
    ("The Georgia Senate passed the voting bill late on Thursday.", {"GEO"}),
    ("Ohio, Georgia and Texas sued the Labor Department this week.", {"GEO"}),
    ("Voters in Athens, Ga., waited for hours as Georgia counted ballots.", {"GEO"}),
    ("Georgia's first black governor would take office in January.", {"GEO"}),
    ("The Georgia attorney general sued the pharmacy chain on Friday.", {"GEO"}),
    # controls: the country, or no tie at all
    ("Georgian Prime Minister Levan Dadiani met NATO envoys in Tbilisi on Monday.", set()),
    ("Thousands marched in Tbilisi on Sunday against Georgia's new media law.", set()),
    ("Georgia accused Russia of moving the border fence on its territory again.", set()),
    ("Sen. Ann Berg of Georgia flew to Tbilisi to meet Georgia's president.", set()),
    ("The jury in Georgia heard the last witness on Friday.", set()),
    ("Russian envoys met Sen. Ann Berg's counterparts and support of Georgia grew.", set()),
], ids=["gov_before_name", "rep_of_state", "state_senate", "list_of_states",
        "ap_abbreviation", "possessive_office", "office_phrase", "ctl_prime_minister", "ctl_tbilisi",
        "ctl_border", "ctl_both_named", "ctl_no_tie", "ctl_title_not_holder"])
def test_the_state_is_read_only_where_the_text_ties_it(nlp, text, expected):
    from newsbrief.actors.statenames import us_state_homonyms

    assert us_state_homonyms(nlp(text)) == expected


def _analyse(pipe, text):
    return list(pipe.analyse([Article(id="s1", origin="-", text=text,
                                      published="2021-03-02")]))[0]


def test_the_states_office_holders_and_bodies_are_american(pipe):
    got = _analyse(pipe, "Georgia Gov. Ann Marlow signed the school budget on Monday. "
                         "Marlow said the state would hire 900 teachers. The Georgia "
                         "Senate approved the plan last week.")
    entities = {e.name: (e.kind, e.country) for e in got.entities}
    assert entities["Georgia"] == ("place", "USA")  # the state, as "Texas" is
    assert entities["Georgia Senate"] == ("organization", "USA")
    acts = {e.trigger.text: [r.country for r in e.actor] for e in got.events}
    assert acts["signed"] == ["USA"] and acts["approved"] == ["USA"]


def test_a_representative_of_the_state_is_american(pipe):
    got = _analyse(pipe, "Rep. Tom Haskell of Georgia criticized the farm bill on Monday. "
                         "Haskell said Georgia farmers would lose money.")
    assert {e.name: e.country for e in got.entities}["Tom Haskell"] == "USA"
    acts = {e.trigger.text: [r.country for r in e.actor] for e in got.events}
    assert acts["criticized"] == ["USA"]


def test_the_country_keeps_its_country(pipe):
    """Control (GEO on main too): the Georgian prime minister in Tbilisi."""
    got = _analyse(pipe, "Georgian Prime Minister Levan Dadiani met NATO envoys in "
                         "Tbilisi on Monday. Georgia accused Russia of moving the border "
                         "fence on its territory again.")
    countries = {e.name: e.country for e in got.entities}
    assert countries.get("Georgia") == "GEO"
    assert countries.get("Levan Dadiani") == "GEO"


# Review 42A item 4 and its usstate suspects (fixU41): a mention the sentence ties to the
# country keeps the whole text the country's; the state's own text is not undone by a
# style adjective, a person called "the Georgian", or a stray "Ga.".
_TIED = "Rep. Lucy Vann of Georgia spoke on Monday. "


@pytest.mark.parametrize("text, expected", [
    (_TIED + "Ossoff said Russian troops occupied parts of Georgia in the war.", set()),
    (_TIED + "He said Russia's attack on Georgia was a warning.", set()),
    (_TIED + "He said Russia invaded Georgia years ago.", set()),
    (_TIED + "Protesters in Georgia clashed with police outside parliament.", set()),
    (_TIED + "She said Georgia's president should resign.", set()),
    (_TIED + "She said Georgia's ruling party rigged the vote.", set()),
    (_TIED + "She praised the Georgian architecture of Savannah.", {"GEO"}),
    (_TIED + "The Georgian, who has served since 2021, praised the bill.", {"GEO"}),
    ("Gov. Ann Marlow spoke in Georgia on Monday. Her aide, Ga. Bell, took questions.", set()),
    # controls: the state stays the state
    ("Gov. Ann Marlow spoke in Georgia. The Cobb County (Ga.) sheriff was there.", {"GEO"}),
    ("Gov. Ann Marlow spoke in Georgia. Early votes rose in Tex. Ga. Ariz. La. N.M.", {"GEO"}),
    (_TIED + "Republicans attacked Georgia Democrats over the bill.", {"GEO"}),
    (_TIED + "China's tariffs hit Georgia farmers hard.", {"GEO"}),
    ("Gov. Ann Marlow spoke in Georgia on Monday, in Macon, Ga., to farmers.", {"GEO"}),
    (_TIED + "Georgian officials praised the bill.", set()),
], ids=["force_object", "force_noun", "force_verb", "parliament", "president_next",
        "ruling_party", "style_noun", "the_georgian_who", "bare_abbreviation",
        "ctl_county_paren", "ctl_abbreviation_run", "ctl_party_attack", "ctl_foreign_not_force", "ctl_town_abbreviation",
        "ctl_adjective_official"])
def test_a_mention_tied_to_the_country_keeps_it(nlp, text, expected):
    from newsbrief.actors.statenames import us_state_homonyms

    assert us_state_homonyms(nlp(text)) == expected


def test_a_foreign_force_on_the_country_keeps_its_target(pipe):
    """The reviewer's shapes (review 42A item 4, its own made-up sentences): a US senator
    of the state speaks of Russia's war on the country, whose occupied land is Georgia's,
    not the United States'; protesters outside the country's parliament are Georgians."""
    # "its earlier attack", not a year: since dateund45 the "when" clause takes a dated
    # noun's year, and an act of a year long past is old background with no record
    # (events.extract's _old_background), which would leave nothing to test here.
    got = _analyse(pipe, "Sen. Jon Ossoff of Georgia met Ukrainian officials in Kyiv on "
                         "Monday. Ossoff said Russia's invasion of Ukraine echoed its earlier "
                         "attack on Georgia, when Russian troops occupied parts of Georgia.")
    recipients = {e.trigger.text: [r.country for r in e.recipient] for e in got.events}
    assert recipients["occupied"] == ["GEO"]
    got = _analyse(pipe, "Protesters in Georgia clashed with police on Monday night outside "
                         "parliament, and the opposition accused the ruling party of "
                         "rigging the vote. A Georgia Democrat, Rep. Lucy McBath, condemned "
                         "the crackdown.")
    actors = {e.trigger.text: [r.country for r in e.actor] for e in got.events}
    assert actors["clashed"] == ["GEO"]
