"""A country's name that is also a US state's ("Georgia"), read as the state.

The gazetteer keeps one entry per name, the country first, so every "Georgia" of an
American story (its governor, its senators, its runoff, "53,000 Georgians") was given
the country Georgia, and through the story's country every unplaced person and court
of the story with it. A text settles which one it means the way a reader does, once for
the whole text: it is the state when some mention of the name is tied to the United
States by a word only the state has (a US office or party right after the name,
"Georgia Gov. X", "a Georgia Republican", "the Georgia attorney general"; a US title
before "of" the name, "Sen. X of Georgia", "the governor of Georgia"; "the state of
Georgia"; a US town or county before it, "Savannah, Georgia"; a list of US states,
"Georgia, Ohio and Texas"; the state's AP abbreviation anywhere, "Athens, Ga.",
"(R-Ga.)"), and nothing in the text names the country (its capital, its breakaway
regions, its leaders, "the Caucasus", "a Georgian official"; a mention of the name in a
sentence with the country's parliament, prime minister or ruling party, next to its
president or opposition, or the target of a foreign state's force, "Russian troops
occupied parts of Georgia"). Such a text means the state
every time it says the name: one sense a text, as readers and the judges take it. A
text with both or with no tie keeps the country (the gazetteer's first reading).

`us_state_homonyms(doc)` gives the ISO3 codes of the countries the text names only as a
US state; the entity stage (entities.py) and the events stage (events/actorrefs.py,
events/extract.py) give USA for them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from .gazetteer import CAPITAL, CITY, COUNTRY, DEMONYM, REGION, Gazetteer, gazetteer
from ..words import word_lists

# The word lists of this module: data/statenames_lists.toml.
_LISTS = word_lists("newsbrief.actors", "statenames_lists.toml")
_AFTER = frozenset(_LISTS["after_name"])
_PARTY_AFTER = frozenset(_LISTS["party_after_name"])
_AFTER_PHRASES = frozenset(_LISTS["after_name_phrases"])
_MODIFIERS = frozenset(_LISTS["modifiers"])
_BEFORE_OF = frozenset(_LISTS["before_of"])
_COUNTRY_WORDS = frozenset(_LISTS["country_words"])
_SENTENCE_WORDS = frozenset(_LISTS["country_sentence_words"])
_NEXT_WORDS = frozenset(_LISTS["country_next_words"])
_FORCE = frozenset(_LISTS["force_lemmas"])
_STYLE_NOUNS = frozenset(_LISTS["style_nouns"])
_POSSESSIVE = frozenset({"'s", "’s"})
_LINKS = frozenset({",", "and", "or"})
# The state's AP abbreviation, after a town ("Athens, Ga.") or in a party tag ("R-Ga."):
# no country is written so.
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
# Also "Gwinnett County (Ga.) Police" and a run of state abbreviations ("N.M. Ga. La.").
# Only in those places: a bare "Ga." elsewhere (an initial, a chemical symbol) is no tie.
_ABBREVIATION = re.compile(r"\b[RDI]-Ga\b|\b[A-Z][a-z]+\.?,\s+Ga\.|\(Ga\.\)"
                           r"|\b[A-Z][A-Za-z.]{0,4}\.\s+Ga\.\s+[A-Z][A-Za-z.]{0,4}\.")


@lru_cache(maxsize=1)
def _homonyms(g: Gazetteer) -> dict[tuple[str, ...], str]:
    """Names (as lower-cased tokens) that are both a country's and a US state's, with
    the country's ISO3: the gazetteer's own overlap, no list to keep."""
    out = {}
    for key, infos in g.phrases.items():
        country = next((i.country for i in infos if i.kind == COUNTRY), None)
        if country and country != "USA" and \
                any(i.kind == REGION and i.country == "USA" for i in infos):
            out[key] = country
    return out


def _us_only(g: Gazetteer, words: list[str], kinds: frozenset[str]) -> bool:
    """Whether capitalised `words` name only an American place of these kinds (no
    country, no capital: "Washington" is also the US government)."""
    infos = g.phrases.get(tuple(w.lower() for w in words))
    return bool(infos) and words[0][:1].isupper() and \
        all(i.country == "USA" and i.kind in kinds for i in infos)


def _us_place_ending(doc: Doc, end: int, g: Gazetteer, kinds: frozenset[str]) -> int | None:
    """The start of an American place of these kinds ending just before token `end`."""
    for L in (3, 2, 1):
        s = end - L
        if s >= 0 and _us_only(g, [t.text for t in doc[s:end]], kinds):
            return s
    return None


def _us_place_from(doc: Doc, start: int, g: Gazetteer, kinds: frozenset[str]) -> int | None:
    """The end of an American place of these kinds starting at token `start`."""
    for L in (3, 2, 1):
        e = start + L
        if e <= len(doc) and _us_only(g, [t.text for t in doc[start:e]], kinds):
            return e
    return None


_STATES = frozenset({REGION})
_TOWNS = frozenset({CITY, REGION})


def _tied_after(doc: Doc, j: int) -> bool:
    """A US office, body or party member right after the name ("Georgia Gov.", "Georgia's
    first black governor", "the Georgia Secretary of State")."""
    n = len(doc)
    k = j
    if k < n and doc[k].text in _POSSESSIVE:
        k += 1
    for _ in range(3):
        if k >= n:
            return False
        tok = doc[k]
        if tok.lower_ in _AFTER or tok.text in _PARTY_AFTER:
            return True
        if any(" ".join(t.lower_ for t in doc[k:k + 3][:L]) in _AFTER_PHRASES for L in (2, 3)):
            return True
        if _ORDINAL.fullmatch(tok.lower_) and k + 1 < n and doc[k + 1].lower_ == "district":
            return True  # "Georgia's 6th district": one of its House districts
        if tok.lower_ not in _MODIFIERS:
            return False
        k += 1
    return False


def _tied_before(doc: Doc, i: int, j: int, g: Gazetteer) -> bool:
    """A US title before "of" the name ("Sen. Ann Berg of Georgia", "the governor of
    Georgia"), "the state of Georgia", a US town or county before it ("Savannah,
    Georgia", "Fulton County, Georgia"), or a US state beside it in a list."""
    if i >= 2 and doc[i - 1].lower_ == "of":
        if doc[i - 2].text == "state" and i >= 3 and doc[i - 3].lower_ == "the" and \
                not (j < len(doc) and doc[j].text in _POSSESSIVE):
            return True  # "the state of Georgia" (not "the state of Georgia's economy")
        for k in range(i - 2, max(-1, i - 7), -1):
            tok = doc[k]
            if tok.lower_ in _BEFORE_OF:
                return True
            # only over the name of the one who holds it ("Rep. Ann Berg of")
            if not (tok.text[:1].isupper() and tok.text.rstrip(".").isalpha()):
                return False
        return False
    if i >= 2 and doc[i - 1].text == ",":
        if doc[i - 2].text == "County" or \
                _us_place_ending(doc, i - 1, g, _TOWNS) is not None:
            return True
    return _listed_with_states(doc, i, j, g)


def _listed_with_states(doc: Doc, i: int, j: int, g: Gazetteer) -> bool:
    """The name in a list with a US state ("Georgia and Ohio", "Ohio, Georgia and
    Texas"): a bare comma counts only where the list goes on past the state."""
    n = len(doc)
    k = j
    links = []
    while k < n and doc[k].lower_ in _LINKS and len(links) < 2:
        links.append(doc[k].lower_)
        k += 1
    if links and k < n:
        e = _us_place_from(doc, k, g, _STATES)
        if e is not None and (set(links) - {","} or (e < n and doc[e].lower_ in _LINKS)):
            return True
    k = i
    links = []
    while k > 0 and doc[k - 1].lower_ in _LINKS and len(links) < 2:
        links.append(doc[k - 1].lower_)
        k -= 1
    if links:
        s = _us_place_ending(doc, k, g, _STATES)
        if s is not None and (set(links) - {","} or (s > 0 and doc[s - 1].text == ",")):
            return True
    return False


def _foreign_doer(tok, g: Gazetteer, iso: str) -> bool:
    """Whether the doer of the verb or noun `tok` (its subject or possessor, or their
    adjective and compound: "Russian troops", "Russia's") is a country other than the US
    and the one of this name."""
    doers = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "poss", "agent")]
    for d in doers:
        for w in [d, *d.children]:
            for info in g.phrases.get((w.lower_,), ()):
                if info.kind in (COUNTRY, DEMONYM) and info.country not in ("USA", iso):
                    return True
    return False


def _country_mention(doc: Doc, i: int, j: int, g: Gazetteer, iso: str) -> bool:
    """A mention the sentence ties to the country: the country's
    parliament, prime minister or ruling party in its sentence; its president or
    opposition right next to the name ("Georgia's president", "the president of
    Georgia"); or the object or place of a foreign state's force ("Russian troops occupied
    parts of Georgia", "Russia's 2008 attack on Georgia")."""
    sent = doc[i].sent
    words = [t.lower_ for t in sent]
    for phrase in map(tuple, map(str.split, _SENTENCE_WORDS)):
        L = len(phrase)
        if any(tuple(words[k:k + L]) == phrase for k in range(len(words) - L + 1)):
            return True
    if j + 1 < len(doc) and doc[j].text in _POSSESSIVE and doc[j + 1].lower_ in _NEXT_WORDS:
        return True
    if i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in _NEXT_WORDS and \
            not (j < len(doc) and doc[j].text[:1].isupper()):
        return True
    tok = doc[j - 1]
    for _ in range(5):  # up through "parts of", "on", "in" to the act
        if tok.dep_ not in ("pobj", "prep", "dobj", "conj", "appos", "compound", "nsubjpass") \
                or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lemma_.lower() in _FORCE or tok.lower_ in _FORCE:
            return _foreign_doer(tok, g, iso)
    return False


def _country_named(doc: Doc, isos: set[str], g: Gazetteer, names: dict) -> set[str]:
    """The countries of `isos` the text names otherwise than by the shared name: a place
    of theirs (capital, town, region), their adjective before a noun ("a Georgian
    official"; not "a Georgian who ..." nor "Georgians", the state's people too), or one
    of the country's own words in the lists (its leaders, its region)."""
    found = set()
    for ent in doc.ents:
        key = tuple(t.lower_ for t in ent)
        if key in names:
            continue
        for info in g.phrases.get(key, ()):
            if info.country in isos and info.kind in (CAPITAL, CITY, REGION, COUNTRY):
                found.add(info.country)
    for tok in doc:
        if tok.lower_ in _COUNTRY_WORDS:
            found |= isos  # (the words are of the one country the lists are written for)
        elif tok.text[:1].isupper() and not tok.text.endswith("s"):
            for info in g.phrases.get((tok.lower_,), ()):
                if info.kind == DEMONYM and info.country in isos and _modifies(doc, tok):
                    found.add(info.country)
    for key, iso in names.items():
        if iso in isos and iso not in found:
            if any(_country_mention(doc, i, i + len(key), g, iso) for i in _mentions(doc, key)):
                found.add(iso)
    return found


def _modifies(doc: Doc, tok) -> bool:
    """Whether the capitalised adjective `tok` ("Georgian") stands before a noun it
    qualifies as the country's: not "a Georgian who" or "the Georgian, who ..." (a
    person, who may be the state's), nor the British era's style ("Georgian
    architecture")."""
    if tok.i > 0 and doc[tok.i - 1].lower_ in ("a", "an", "one"):
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.lower_ not in _STYLE_NOUNS


def _mentions(doc: Doc, key: tuple[str, ...]) -> list[int]:
    """Starts of the capitalised mentions of the shared name `key`."""
    L = len(key)
    return [t.i for t in doc if t.text[:1].isupper() and t.i + L <= len(doc)
            and tuple(x.lower_ for x in doc[t.i:t.i + L]) == key]


def us_state_homonyms(doc: Doc, g: Gazetteer | None = None) -> frozenset[str]:
    """ISO3 codes of the countries whose name this text uses only for the US state of
    that name (module docstring); empty for nearly every text."""
    g = g or gazetteer()
    names = _homonyms(g)
    firsts = {k[0] for k in names}
    if not any(t.lower_ in firsts for t in doc):
        return frozenset()
    tied: set[str] = set()
    n = len(doc)
    for t in doc:
        if t.lower_ not in firsts or not t.text[:1].isupper():
            continue
        for key, iso in names.items():
            j = t.i + len(key)
            if iso in tied or j > n or tuple(x.lower_ for x in doc[t.i:j]) != key:
                continue
            if _tied_after(doc, j) or _tied_before(doc, t.i, j, g):
                tied.add(iso)
    if "GEO" in names.values() and _ABBREVIATION.search(doc.text):
        tied.add("GEO")  # (the abbreviation is of the one state that is also a country)
    if not tied:
        return frozenset()
    return frozenset(tied - _country_named(doc, tied, g, names))


__all__ = ["us_state_homonyms"]
