"""Country, sector and office of a noun phrase: "Russian lawmakers" -> (RUS, LEG,
None), "Russia's Vice Foreign Minister" -> (RUS, GOV, "Vice Foreign Minister"),
"Seoul" -> (KOR, GOV, None), "the White House" -> (USA, GOV, None).

Works on plain token lists (from any tokenizer), so the event coder can call it
on argument text and the entity stage on the words around a name.
"""

from __future__ import annotations

from functools import lru_cache

from .gazetteer import (CAPITAL, DEMONYM, IGO, MEDIA, ORG, Gazetteer, Info, _tokenizer,
                        gazetteer)
from .kb import knowledge_base
from ..words import word_lists

# The word lists of this module: data/resolve_lists.toml.
_LISTS = word_lists("newsbrief.actors", "resolve_lists.toml")
Resolution = tuple[str | None, str | None, str | None]  # country, sector, office

_DROP = frozenset(_LISTS["drop"])
# Offices of heads of state or government: the most salient holder of a surname.
HEAD_OFFICES = frozenset(_LISTS["head_offices"])


def _cased(first: str, info: Info) -> bool:
    """A name written in lower case is a common noun ("the house", "a rada"),
    unless the name itself is lower case ("dpa")."""
    return not (first[:1].islower() and info.name[:1].isupper())


def scan_gazetteer(g: Gazetteer, words: list[str]) -> list[tuple[int, int, Info]]:
    """Gazetteer hits in `words`, longest first, left to right, not overlapping."""
    hits = []
    i, n = 0, len(words)
    while i < n:
        for L in range(min(g.longest_from(words[i]), n - i), 0, -1):
            info = g.lookup(words[i:i + L])
            if info is not None and _cased(words[i], info):
                hits.append((i, i + L, info))
                i += L
                break
        else:
            i += 1
    return hits


def _roles(g: Gazetteer, low: list[str], taken: set[int]) -> list[tuple[int, int]]:
    """Role phrases (longest first) in lower-cased words outside gazetteer hits."""
    out = []
    i, n = 0, len(low)
    while i < n:
        if i in taken:
            i += 1
            continue
        for L in range(min(4, n - i), 0, -1):
            if any(j in taken for j in range(i, i + L)):
                continue
            if g.role(tuple(low[i:i + L])):
                out.append((i, i + L))
                i += L
                break
        else:
            i += 1
    return out


def resolve_words(words: list[str]) -> Resolution:
    """(country, sector, office) for a phrase given as tokens."""
    g = gazetteer()
    while words and words[0].lower() in _DROP:
        words = words[1:]
    if not words:
        return None, None, None
    whole = g.lookup(words)
    if whole is not None and _cased(words[0], whole):
        return _info_resolution(whole, alone=True)
    hits = scan_gazetteer(g, words)
    taken = {j for s, e, _ in hits for j in range(s, e)}
    # "Iranian-backed militias", "pro-Russian separatists": the backer is not the
    # actor's country.
    hits = [h for h in hits if not _backer(words, h[0], h[1])]
    # "the National Iranian American Council", "Arab-American groups": Americans of
    # that origin, not the country of origin.
    hits = [h for k, h in enumerate(hits) if not (
        h[2].kind == DEMONYM and k + 1 < len(hits) and hits[k + 1][2].kind == DEMONYM
        and hits[k + 1][2].country == "USA" and h[2].country != "USA"
        and hits[k + 1][0] - h[1] <= (1 if h[1] < len(words) and words[h[1]] in ("-", "–")
                                      else 0))]
    low = [w.lower() for w in words]
    roles = _roles(g, low, taken)
    country = sector = office = None
    org_sector = None
    for _, _, info in hits:
        c, sec, _ = _info_resolution(info, alone=False)
        country = country or c
        org_sector = org_sector or sec
    if roles:
        # The head role is the last one ("rebel spokesman" -> spokesman), but a
        # sector-less head takes the sector of the role or organisation before it.
        s, e = roles[-1]
        head = g.role(tuple(low[s:e]))
        sector = head.sector
        if sector is None:
            for s2, e2 in reversed(roles[:-1]):
                sector = g.role(tuple(low[s2:e2])).sector
                if sector:
                    break
            sector = sector or org_sector
        key = tuple(low[s:e])
        singular = g.roles.get(key) is not None or (len(key) == 1 and (key[0] + ".",) in g.roles)
        if head.title and singular:
            # (a plural "lawmakers" names a group, not an office)
            # The office: the title and the qualifiers glued before it.
            a = s
            while a > 0 and a - 1 not in taken and (low[a - 1] in g.title_words or
                                                    g.role((low[a - 1],)) is not None):
                a -= 1
            # qualifiers glued after the title: "President -elect"
            while e < len(words):
                if words[e].lower().lstrip("-") in ("elect", "designate"):
                    e += 1
                elif words[e] == "-" and e + 1 < len(words) and \
                        words[e + 1].lower() in ("elect", "designate"):
                    e += 2
                else:
                    break
            office = " ".join(words[a:e]).replace(" - ", "-").replace(" -", "-")
    else:
        sector = org_sector
    if country is None and roles:
        country = _kb_person_country(words, taken)
    return country, sector, office


def _kb_person_country(words: list[str], taken: set[int]) -> str | None:
    """ "the Trump administration", "Obama aides": the country of the person a name
    inside the phrase stands for in the knowledge base, when every entry under
    that name agrees on it."""
    kb = knowledge_base()
    for i, w in enumerate(words):
        if i in taken or not w[:1].isupper() or not w.isalpha():
            continue
        for L in (3, 2, 1):
            if i + L > len(words):
                continue
            found = {e.country for e in kb.lookup(" ".join(words[i:i + L]), "P")
                     if e.curated}
            if len(found) == 1:
                c = found.pop()
                if c and c != "IGO":
                    return c
    return None


_BACKING = frozenset(_LISTS["backing"])


def _backer(words: list[str], s: int, e: int) -> bool:
    after = words[e + 1].lower() if e + 1 < len(words) and words[e] in ("-", "–") else ""
    before = words[s - 2].lower() if s >= 2 and words[s - 1] in ("-", "–") else ""
    return after in _BACKING or before == "pro"


def _info_resolution(info: Info, alone: bool) -> Resolution:
    if info.kind == IGO:
        return "IGO", info.sector, None
    if info.kind in (ORG, MEDIA):
        return info.country, info.sector, None
    if info.kind == CAPITAL and alone:
        return info.country, "GOV", None  # "Seoul said": the government
    if info.kind == DEMONYM and alone:
        return info.country, None, None
    return info.country, None, None


@lru_cache(maxsize=4096)
def resolve_actor_text(text: str) -> Resolution:
    """(country ISO3 or "IGO" | None, PLOVER sector | None, office | None) for
    any actor phrase: "the North Korean military" -> ("PRK", "MIL", None)."""
    return resolve_words([t.text for t in _tokenizer()(text.strip())])


def is_head_office(office: str | None) -> bool:
    if not office:
        return False
    low = office.lower()
    return any(low == h or low.endswith(" " + h) for h in HEAD_OFFICES) and \
        not any(q in low.split() for q in ("vice", "deputy", "former", "opposition", "rebel"))


__all__ = ["resolve_actor_text", "resolve_words", "is_head_office", "scan_gazetteer"]
