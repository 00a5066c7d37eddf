"""Entity quality on texts nobody on the project wrote (slow: needs the model).

Floors are pinned from the figures in EVALUATION.md ("Entities: CoNLL-2003 dev"
and "Seed brief: actors and dates"); lowering one is a visible, explained change.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from conftest import ROOT, shared_path
from newsbrief.actors import entity_at, extract_entities
from newsbrief.records import Article

pytestmark = pytest.mark.slow

# CoNLL-2003 dev, exact-span F1 of the entity stage, pinned about 0.02 under the
# measured figures (stage: micro 0.862, PER 0.881, LOC 0.910, ORG 0.769; the bare
# model: micro 0.637, ORG 0.318).
FLOORS = {"micro": 0.84, "PER": 0.86, "LOC": 0.89, "ORG": 0.75}


@pytest.fixture(scope="module")
def seed(nlp):
    path = shared_path("data/seed/000_a4b0b9614c74e4e8.txt")
    text = path.read_text("utf-8")
    doc = nlp(text)
    return text, extract_entities(doc, Article(id="seed", origin=str(path), text=text))


def _people(ents):
    return {e.name: e for e in ents if e.kind == "person"}


def _at(text, ents, needle, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return entity_at(ents, start, start + len(needle))


def test_seed_named_people_have_country_sector_office(seed):
    _, ents = seed
    people = _people(ents)
    expected = {
        "Vladimir Putin": ("RUS", "GOV", "President"),
        "Kim Jong Un": ("PRK", "GOV", "leader"),
        "Kim Jong Gyu": ("PRK", "GOV", "Vice Foreign Minister"),
        "Andrei Rudenko": ("RUS", "GOV", "Vice Foreign Minister"),
        "Andrei Belousov": ("RUS", "GOV", "Defense Minister"),
    }
    assert set(people) == set(expected)
    for name, (country, sector, office) in expected.items():
        p = people[name]
        assert (p.country, p.sector, p.office) == (country, sector, office), name


def test_seed_later_kim_is_the_leader(seed):
    text, ents = seed
    leader = _people(ents)["Kim Jong Un"]
    # every bare "Kim " after the vice minister's full name
    after = text.index("Kim Jong Gyu") + len("Kim Jong Gyu")
    bare = [i for i in range(after, len(text)) if text.startswith("Kim ", i)
            and not text.startswith("Kim Jong", i)]
    assert bare, "the seed text changed: no bare 'Kim' left"
    for i in bare:
        assert entity_at(ents, i, i + 3) is leader


def test_seed_kcna_is_north_korean_media(seed):
    text, ents = seed
    kcna = [e for e in ents if e.name == "KCNA"]
    assert len(kcna) == 1
    assert (kcna[0].country, kcna[0].sector, kcna[0].kind) == ("PRK", "JRN", "organization")
    assert len(kcna[0].mentions) == text.count("KCNA")


def test_seed_capitals_are_in_their_countries(seed):
    text, ents = seed
    for city, iso3 in (("Moscow", "RUS"), ("Pyongyang", "PRK")):
        # (the city where it is a place, its state where it acts: recip15)
        hits = [e for e in ents if any(m.text == city for m in e.mentions)]
        assert hits and all(e.country == iso3 for e in hits)
        assert sum(m.text == city for e in hits for m in e.mentions) == text.count(city)
    assert _at(text, ents, "in Moscow").kind == "place" or \
        entity_at(ents, text.index("in Moscow") + 3, text.index("in Moscow") + 9).kind == "place"


def test_seed_pact_and_pair(seed):
    text, ents = seed
    pacts = [e for e in ents if e.kind == "agreement"]
    assert len(pacts) == 1
    pact = pacts[0]
    states = {e.country: e.id for e in ents if e.kind == "state" and e.sector is None}
    assert set(pact.members) == {states["PRK"], states["RUS"]}
    # every later "the treaty" / "the pact" / "The agreement" refers to it
    refs = sum(text.lower().count(w) for w in ("the treaty", "the pact", "the agreement"))
    assert len(pact.mentions) >= refs
    both = _at(text, ents, "both nations")
    assert both.kind == "group" and set(both.members) == set(pact.members)
    people = _people(ents)
    leaders = _at(text, ents, "their leaders")
    assert leaders.kind == "group"
    assert set(leaders.members) == {people["Vladimir Putin"].id, people["Kim Jong Un"].id}


def test_seed_capitals_acting_for_governments(seed):
    text, ents = seed
    for needle, city, kind in (("in Moscow", "Moscow", "place"), ("with Moscow", "Moscow", "state"),
                               ("to Pyongyang", "Pyongyang", "place"),
                               ("Pyongyang’s strategic", "Pyongyang", "state")):
        i = text.index(needle) + needle.index(city)
        ent = entity_at(ents, i, i + len(city))
        assert ent.kind == kind, needle
        # acting, the capital is its state (recip15); in place phrases, the city
        assert ent.name == ("Russia" if city == "Moscow" else "North Korea") \
            if kind == "state" else ent.name == city


def test_seed_records_round_trip(seed):
    from newsbrief.records import Entity

    _, ents = seed
    assert all(Entity.from_dict(e.to_dict()) == e for e in ents)
    assert len({e.id for e in ents}) == len(ents)


def _load_eval():
    spec = importlib.util.spec_from_file_location("eval_conll", ROOT / "scripts" / "eval_conll.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_conll_dev_floors(nlp):
    path = shared_path("data/conll2003/dev.txt")
    scores = _load_eval().score(Path(path), nlp)
    for key, floor in FLOORS.items():
        assert scores[key] >= floor, f"CoNLL dev {key} F1 {scores[key]:.3f} < floor {floor}"
