"""Entity records for one article: mentions typed, resolved to country and
sector, and joined within the document (repeated names, surnames, agreements,
groups). See `extract_entities`.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..nlp import doc_text
from ..records import Article, Entity
from .clusters import Cluster, Draft
from .coref import find_agreements, find_group_refs
from .kb import Context, knowledge_base
from .gazetteer import CAPITAL, CITY, COUNTRY, DEMONYM, IGO, REGION, Gazetteer, Info, fold, gazetteer
from .resolve import Resolution, is_head_office, resolve_words, scan_gazetteer
from .spans import entity_spans
from .statenames import us_state_homonyms
from .surnames import country_surnames
from ..words import word_lists
from .name_cues import HONORIFICS, PLACE_VERBS

# The word lists of this module: data/entities_lists.toml.
_LISTS = word_lists("newsbrief.actors", "entities_lists.toml")
# Dependencies under which a capital acts as its government ("Moscow said",
# "Moscow's invasion", "approved by Moscow"); elsewhere it is the city.
_ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "poss"})
_POSSESSIVE = frozenset({"'s", "’s"})


# --------------------------------------------------------------------------- context


def _left_context(doc: Doc, span: Span, g: Gazetteer, stop: set[int]) -> list[str]:
    """Title words before a name: "Chile's Deputy Trade Minister [Ana Soto]"."""
    i = span.start - 1
    out: list[str] = []
    if i > 0 and doc[i].text == "," and g.role((doc[i - 1].lower_,)) is not None:
        i -= 1  # "the country's President, Ann Berg"
    while i >= 0 and span.start - i <= 8 and i not in stop:
        t = doc[i]
        low = t.lower_
        if t.text == "." and i > 0 and g.role((doc[i - 1].lower_ + ".",)) is not None:
            i -= 1  # "Lt . Col ." when the tokenizer split the abbreviation's dot
            continue
        if t.text == "-" and out and out[-1].lower() in ("elect", "designate"):
            out[-1] = "-" + out[-1]  # "President-elect": keep the office in one piece
            i -= 1
            continue
        if low == "to" and out and i > 0 and doc[i - 1].lower_ in _ENVOYS:
            out.append(t.text)  # "U.S. Ambassador to Russia [Jon Huntsman]"
            i -= 1
            continue
        if low == "under" and not (out and out[-1].lower() in ("secretary", "secretary-general")):
            break  # "Libya under President Barack Obama": a preposition, not "Under Secretary"
        if low == "the" and out and i > 1 and doc[i - 1].lower_ == "of" and \
                g.role((doc[i - 2].lower_,)) is not None:
            # "Minister of the Interior [X]": the article of an office's own "of"
            # phrase is part of the title (it stopped the walk, leaving "Interior")
            out.append(t.text)
            i -= 1
            continue
        if t.text in _POSSESSIVE or low in g.title_words or g.role((low,)) is not None \
                or (out and g.role((low, out[-1].lower())) is not None) \
                or (not t.is_alpha and g.lookup([t.text]) is not None) \
                or (t.is_alpha and t.text[0].isupper() and not t.is_sent_start) \
                or (t.is_alpha and t.text[0].isupper() and i == span.start - 1) \
                or (low == "of" and out):
            out.append(t.text)
            i -= 1
            continue
        if t.is_sent_start and t.is_alpha and t.text[0].isupper():
            out.append(t.text)
        break
    out.reverse()
    while out and out[0].lower() == "of":
        out.pop(0)
    return out


def _appositive(doc: Doc, span: Span, g: Gazetteer, stop: set[int] = frozenset()) -> list[str]:
    """", Russia's deputy foreign minister," after a name; not the title of the next
    person of a list ("Hillary Clinton, U.N. Secretary General Antonio Guterres, ...")."""
    n = len(doc)
    i = span.end
    if i >= n or doc[i].text != ",":
        return []
    out = []
    j = i + 1
    while j < n and j - i <= 10 and doc[j].text not in {",", ".", ";", ":", "(", ")", '"', "—"} \
            and not doc[j].is_sent_start:
        if j in stop:
            return []  # another person's name: their title, not this one's
        out.append(doc[j].text)
        j += 1
    low = [w.lower() for w in out]
    if not any(g.role((w,)) and g.role((w,)).title for w in low):
        return []
    if low and low[0] not in ("the", "a", "an", "his", "her", "its") and not any(
            g.lookup([w]) for w in out[:3]):
        return []
    return out


_ENVOYS = frozenset({"ambassador", "envoy", "representative", "emissary", "delegate"})


def _nearest_country(words: list[str], g: Gazetteer) -> list[str]:
    """The title words from the country nearest the title: in "Photos: Obama tours Peru
    U.S. Secretary of State [John Kerry]" he reads as American, "From Madrid Secretary of
    State [John Kerry]" has no country in it (a capital that is not a possessor is where,
    not whose), nor has "Ambassador to Russia" (the host)."""
    for k in range(1, len(words)):
        if words[k].lower() == "to" and words[k - 1].lower() in _ENVOYS:
            words = words[:k]  # the host country of an envoy is not theirs
            break
    hits = scan_gazetteer(g, words)
    taken = {j for s, e, _ in hits for j in range(s, e)}
    first_title = next((i for i, w in enumerate(words) if i not in taken
                        and g.role((w.lower(),)) is not None), None)
    if first_title is None:
        return words
    cut = 0
    state_before = False
    for s, e, info in hits:
        if e > first_title or not info.country:
            continue
        possessor = e < len(words) and words[e] in _POSSESSIVE
        if info.kind in (CAPITAL, CITY) and not possessor:
            cut = e
            # the state before it was cut with it: a body after the town is no
            # longer one a state named before sends its envoy to
            state_before = False
        elif info.kind == IGO and state_before and e < len(words) and \
                words[e].lower() in _ENVOYS:
            # "Iran's U.N. ambassador", "the Russian NATO envoy": the body is where the
            # envoy is posted, the state before it sends them (a lone "U.N. envoy"
            # is the body's own)
            continue
        else:
            cut = s
            state_before = info.kind in (COUNTRY, DEMONYM, CAPITAL)
    return words[cut:]


def _person(doc: Doc, span: Span, g: Gazetteer, stop: set[int]) -> Resolution:
    left = _nearest_country(_left_context(doc, span, g, stop), g)
    country, sector, office = resolve_words(left) if left else (None, None, None)
    if not office:
        app = _appositive(doc, span, g, stop)
        if app:
            c2, s2, o2 = resolve_words(app)
            country, sector, office = country or c2, sector or s2, o2
    if sector is None and _byline(doc, span):
        sector = "JRN"
    return country, sector, office


_BYLINE_VERBS = frozenset(_LISTS["byline_verbs"])


def _byline(doc: Doc, span: Span) -> bool:
    """'Reporting by Ann Berg; Editing by ...', 'By Ann Berg' opening a line."""
    i = span.start - 1
    if i > 0 and doc[i].text in ("/", ":") and doc[i - 1].lower_ in ("photo", "photos", "pool",
                                                                      "image", "video", "credit"):
        return True  # "(AP Photo/Ann Berg)", "Photo: Ann Berg"
    if i < 0 or doc[i].lower_ != "by":
        return False
    if i == 0 or "\n" in doc[i - 1].text or doc[i - 1].is_space or doc[i].is_sent_start:
        return True
    return doc[i - 1].lower_ in _BYLINE_VERBS

def _org_country(doc: Doc, span: Span, g: Gazetteer) -> str | None:
    """Country modifier just before an organisation: "North Korea's KCNA"."""
    i = span.start - 1
    if i >= 0 and doc[i].text in _POSSESSIVE:
        i -= 1
    for L in (3, 2, 1):
        s = i - L + 1
        if s < 0:
            continue
        info = g.lookup([t.text for t in doc[s:i + 1]])
        if info and info.kind in (COUNTRY, DEMONYM, CAPITAL):
            return info.country
    return None


_LINKS = r"\s+(?:(?:of|the|for|and|on|de|du|la|del)\s+)*"


def _spelled_out_otherwise(doc: Doc, info: Info) -> bool:
    """Whether the text spells an acronym out as another name than the gazetteer's
    ("Internet Research Agency" for IRA, where the gazetteer has the Irish
    Republican Army): capitalised words with those initials, not the known name."""
    letters = info.exact_case or ""
    if len(letters) < 2 or not letters.isalpha():
        return False
    pattern = r"\b" + _LINKS.join(f"{c}[a-z][\\w'-]*" for c in letters) + r"\b"
    known = _names_of(info.name, info.country)
    # (an organisation's name, ending in an organisation word: "the Democratic National
    # Convention" does not take the DNC's letters)
    g = gazetteer()
    for m in re.finditer(pattern, doc.text):
        words = m.group(0).split()
        if fold(m.group(0)) in known or words[-1].lower() not in _ORG_HEADS:
            continue
        same = g.lookup(words)
        if same is not None and same.country == info.country:
            continue  # "Central Intelligence Agency", listed apart from "CIA"
        return True
    return False


_ORG_HEADS = frozenset(_LISTS["org_heads"])


@lru_cache(maxsize=256)
def _names_of(name: str, country: str | None) -> frozenset[str]:
    """Every name the gazetteer lists for an organisation ("CIA", "Central
    Intelligence Agency"), folded."""
    g = gazetteer()
    return frozenset(" ".join(key) for key, infos in g.phrases.items()
                     if any(i.name == name and i.country == country for i in infos)) | \
        {fold(name)}


# AP style abbreviations of US states, written after a town ("Birmingham, Ala."); the
# two-letter postal codes are left out ("IN", "OR", "ME" are words).
_US_STATE_ABBREVS = frozenset(_LISTS["us_state_abbrevs"])


def _town_country(doc: Doc, span: Span, g: Gazetteer) -> str | None:
    """The country a "Town, State" or "Town, Country" pair puts the town in: a US
    state (name or AP abbreviation) gives USA, a country name that country."""
    i = span.end
    if i + 1 >= len(doc) or doc[i].text != ",":
        return None
    if doc[i + 1].text in _US_STATE_ABBREVS:
        return "USA"
    for L in (3, 2, 1):
        words = [t.text for t in doc[i + 1:i + 1 + L]]
        if len(words) < L or g.lookup(words) is None:
            continue
        after = doc[i + 1 + L] if i + 1 + L < len(doc) else None
        if after is not None and (after.lower_ in ("'s", "’s") or
                                  after.pos_ in ("NOUN", "ADJ", "CCONJ")):
            # the place opens a phrase about the town or a list: "Beijing, North Korea's
            # neighbor", "Kyiv, Ukraine capital", "Paris, Lebanon and Iraq" are no town
            # of that country; a word after a pair that is done ("Pensacola, Florida on
            # Monday", "Aleppo, Syria where ...") leaves it one
            return None
        found = {info.country for info in g.phrases.get(tuple(w.lower() for w in words), [])
                 if info.kind == COUNTRY or (info.kind == REGION and info.country == "USA")}
        town = g.lookup([t.text for t in span])
        if town is not None and town.country in found:
            return town.country  # "Batumi, Georgia": the country's own town
        if "USA" in found:
            return "USA"  # "Savannah, Georgia": the state
        if len(found) == 1:
            return found.pop()
    return None


# --------------------------------------------------------------------------- typing

# Verbs whose object is the city itself ("visited Moscow", "shelled Kyiv").
_PLACE_VERBS = PLACE_VERBS | frozenset(_LISTS["place_verbs_taking"])
_GOV_PREPS = frozenset({"with", "between", "against", "by"})


def _acts(span: Span) -> bool:
    """Whether a capital stands for its government here: subject, possessor,
    agent, object of a verb of saying or dealing ("accused Washington"), or
    the other side in "talks with Beijing"; a dateline or "in Moscow" is the city."""
    root = span.root
    if span.text.isupper() and len(span.text) > 2:
        return False  # datelines and headlines
    dep = root.dep_
    if dep in _ACTING_DEPS:
        return True
    if dep == "dobj":
        return root.head.lemma_.lower() not in _PLACE_VERBS
    if dep == "pobj":
        prep = root.head
        if prep.dep_ == "conj":  # "between Moscow and Kyiv"
            prep = prep.head
        return prep.lower_ in _GOV_PREPS
    if dep == "conj":
        return _acts(root.head.doc[root.head.i:root.head.i + 1])
    return False


# Honorifics that stand only before a person's name.
_BEFORE_PEOPLE_ONLY = frozenset({"mr", "mrs", "ms", "sen", "rep"})


def _type(doc: Doc, span: Span, g: Gazetteer, person_tokens: set[int],
          worn: frozenset[str] = frozenset()) -> Draft | None:
    words = [t.text for t in span]
    info: Info | None = g.lookup(words)
    label = span.label_
    if info is not None and info.kind == COUNTRY and len(span) == 1 and fold(span.text) in worn:
        # "Rep. Jim Jordan ... Jordan said": the surname of a person named in full in a
        # text that never names the country (surnames.py)
        label, info = "PERSON", None
    if span.start > 0 and doc[span.start - 1].lower_.rstrip(".") in _BEFORE_PEOPLE_ONLY and \
            span.text[:1].isupper():
        # "Mr. Jordan", "Sen. Georgia": a surname, whatever place bears that name
        label, info = "PERSON", None
    if label == "PERSON" and info is None:
        stop = person_tokens - set(range(span.start, span.end))
        c, s, o = _person(doc, span, g, stop)
        return Draft(span, "person", span.text, c, s, o)
    if info is not None and label == "ORG" and info.kind in (CITY, CAPITAL, REGION):
        # A town typed ORG by the span rules is a club named after it
        # ("Leicestershire beat Somerset", "Chicago 5 Houston 3"): sports.py.
        return Draft(span, "organization", span.text, info.country)
    if info is not None:
        if info.kind == COUNTRY:
            return Draft(span, "state", info.name, info.country)
        if info.kind == CAPITAL:
            other = _town_country(doc, span, g)
            if other and other != info.country:
                return Draft(span, "place", span.text, other)  # "Paris, Texas": a town
            if _acts(span):
                # the capital stands for its state's government: one actor with the
                # state ("Santiago had called it unjustified" is Chile's doing); the
                # events stage gives such a mention the sector GOV
                return Draft(span, "state", g.country_name(info.country), info.country)
            return Draft(span, "place", info.name, info.country)
        if info.kind == IGO:
            return Draft(span, "organization", info.name, "IGO", info.sector, igo=info.igo)
        if info.kind == DEMONYM:
            return None  # "Russian": a modifier, resolved where it modifies
        if info.label == "ORG":
            if info.exact_case and _spelled_out_otherwise(doc, info):
                # "the Internet Research Agency ... the IRA": the text's own name for
                # the acronym, not the Irish Republican Army
                return Draft(span, "organization", span.text, None)
            return Draft(span, "organization", info.name, info.country, info.sector)
        if info.kind == CITY:
            # "Birmingham, Ala.", "Paris, Texas": the state or country after the comma
            # says which town of that name (the gazetteer keeps the largest one)
            return Draft(span, "place", info.name, _town_country(doc, span, g) or info.country)
        return Draft(span, "place", info.name, info.country)
    if label in ("GPE", "LOC", "FAC"):
        c, _, _ = resolve_words(words)
        return Draft(span, "place", span.text, c)
    if label == "ORG":
        # "KCNA news agency", "Reuters news agency": a known name + a role noun.
        for L in range(len(words) - 1, 0, -1):
            head = g.lookup(words[:L])
            if head is not None and head.label == "ORG" and \
                    g.role(tuple(w.lower() for w in words[L:])) is not None:
                country = "IGO" if head.kind == IGO else head.country
                return Draft(span, "organization", head.name, country, head.sector, igo=head.igo)
        _, s, _ = resolve_words(words)
        # Country only from a place named inside ("U.S. Central Command"), not
        # from an organisation name that happens to be part of a longer one.
        c = next((i.country for _, _, i in scan_gazetteer(g, words)
                  if i.kind in (COUNTRY, DEMONYM, CAPITAL)), None)
        return Draft(span, "organization", span.text, c or _org_country(doc, span, g), s)
    return None


# --------------------------------------------------------------------------- joining


_TITLE_ABBREV = {"sen": "senator", "sens": "senator", "rep": "representative", "gov": "governor",
                 "pres": "president", "gen": "general", "sec": "secretary"}


def _title_head(office: str) -> str:
    words = fold(office).replace(".", " ").split()
    return _TITLE_ABBREV.get(words[-1], words[-1]) if words else ""


def _titled_other(c: Cluster, d: Draft, date: str | None) -> bool:
    """Whether a titled surname ("President Obama") names someone else than the
    person `c` named in full with no title of their own ("Michelle Obama"): the
    knowledge base has people of that surname holding that title, and `c` is none
    of them. A relative sharing a surname does not take the office."""
    if c.office or not d.office:
        return False
    head = _title_head(d.office)
    if not head:
        return False
    kb = knowledge_base()
    holders = [e for e in kb.search(d.name) if e.kind == "P" and e.curated and any(
        r.office and head in fold(r.office).split() for r in e.roles)]
    if not holders:
        return False
    own = {e.id for e in kb.lookup(c.name, "P")}
    return not any(e.id in own for e in holders)


def _join_people(drafts: list[Draft], clusters: list[Cluster], date: str | None = None) -> None:
    """Full names make people; a partial name ("Kim", "Putin") joins the person
    it continues: one with the same office nearby, else the most salient; not a
    person the title shows it is not ("President Obama" beside "Michelle Obama")."""
    people: dict[str, Cluster] = {}
    partial: list[Draft] = []

    def join(key: str, d: Draft) -> Cluster:
        """`d` joins the person `key` (made from `d` when there is none yet)."""
        c = people.get(key)
        if c is None:
            c = people[key] = Cluster("person", d.name, first=d.span.start_char)
            clusters.append(c)
        c.absorb(d)
        return c

    for d in drafts:
        if d.kind != "person":
            continue
        key = fold(d.name)
        if len(key.split()) >= 2:
            join(key, d).full_at.append((d.span.start_char, d.para))
        else:
            partial.append(d)
    # A shorter full name that ends a longer one ("Bin Laden" of "Osama bin
    # Laden") is the same person: fold it into the most salient such person.
    for key in sorted(people, key=lambda k: len(k.split())):
        parts = key.split()
        longer = [c for k, c in people.items() if len(k.split()) > len(parts)
                  and k.split()[-len(parts):] == parts]
        if longer and people[key] is not None:
            best = max(longer, key=lambda c: (is_head_office(c.office), len(c.mentions), -c.first))
            short = people.pop(key)
            clusters.remove(short)
            best.mentions.extend(short.mentions)
            best.full_at.extend(short.full_at)
            best.country = best.country or short.country
            best.sector = best.sector or short.sector
            best.office = best.office or short.office
            best.first = min(best.first, short.first)
    for d in partial:
        token = fold(d.name)
        cands = [c for k, c in people.items() if token in k.split()]
        cands = [c for c in cands if not _titled_other(c, d, date)]
        if not cands:
            join(token, d)
            continue
        best = None
        if d.office:
            same = [c for c in cands if c.office and fold(c.office) == fold(d.office)]
            before = [c for c in same if c.first <= d.span.start_char]
            if before:
                best = max(before, key=lambda c: max(s for s, _, _ in c.mentions))
        if best is None:
            # The text says otherwise when only one of them was just named in full
            # in this paragraph ("Minister Lee Min Ja arrived. Lee said ...").
            here = [c for c in cands if any(p == d.para and s < d.span.start_char
                                            for s, p in c.full_at)]
            if len(here) == 1:
                best = here[0]
        if best is None:
            best = max(cands, key=lambda c: (is_head_office(c.office), len(c.mentions), -c.first))
        best.absorb(d)


def _join_others(drafts: list[Draft], clusters: list[Cluster]) -> None:
    by_key: dict[tuple, Cluster] = {}
    alias: dict[tuple, tuple] = {}
    ordered = [d for d in drafts if d.kind != "person"]
    for a, b in zip(ordered, ordered[1:]):
        # "Korean Central News Agency (KCNA)": the bracketed short form is an alias.
        doc = a.span.doc
        if a.kind == b.kind == "organization" and b.span.start == a.span.end + 1 \
                and doc[a.span.end].text == "(" and b.span.end < len(doc) \
                and doc[b.span.end].text == ")" and len(b.span) == 1:
            alias[(b.kind, fold(b.name), b.country)] = (a.kind, fold(a.name), a.country)
    for d in drafts:
        if d.kind == "person":
            continue
        if d.kind == "state" and d.sector is None:
            key = ("state", d.country)
        else:
            key = (d.kind, fold(d.name), d.country)
            key = alias.get(key, key)
        c = by_key.get(key)
        if c is None:
            c = Cluster(d.kind, d.name, igo=d.igo, first=d.span.start_char)
            by_key[key] = c
            clusters.append(c)
        c.absorb(d)


def _agreements(doc: Doc, drafts: list[Draft], clusters: list[Cluster],
                spans: list[Span]) -> None:
    ent_tokens = {i: s.label_ for s in spans for i in range(s.start, s.end)}
    tok_entity = {i: d.entity for d in drafts if d.entity for i in range(d.span.start, d.span.end)}
    last: Cluster | None = None
    named: dict[str, Cluster] = {}
    for ref in find_agreements(doc, ent_tokens):
        span = doc[ref.start:ref.end]
        again = named.get(fold(ref.name)) if ref.new else None
        if again is None and ref.new and last is not None and not ref.named \
                and not ref.parties and ref.topics & last.topics:
            again = last  # "a trade pact" ... "the sweeping trade deal": the same one
        if again is not None:  # "the Green New Deal" named a second time
            last = again
        elif ref.new or last is None:
            parties = []
            for s, e in ref.parties:
                for i in range(s, e):
                    c = tok_entity.get(i)
                    if c is not None and c.kind in ("state", "organization", "person") \
                            and c not in parties:
                        parties.append(c)
            name = ref.name
            if not ref.new:  # "the deal" with nothing before it: name it "deal"
                name = doc[ref.start + 1:ref.end].text if ref.end - ref.start > 1 else name
            last = Cluster("agreement", name, first=span.start_char)
            last.members = tuple(p.id for p in parties)
            last.parties = parties
            countries = {p.country for p in parties}
            if len(countries) == 1:
                last.country = countries.pop()
            clusters.append(last)
            named[fold(ref.name)] = last
        last.topics |= ref.topics
        last.mentions.append((span.start_char, span.end_char, span.text))
        last.token_refs.append(span.end)


def _two_distinct(window: list[Cluster], kinds: tuple[str, ...],
                  by_country: bool) -> tuple[Cluster, Cluster] | None:
    """The last two different entities of these kinds (of two countries when
    `by_country`), most recent first."""
    found: list[Cluster] = []
    for c in window:
        if c.kind not in kinds or c in found:
            continue
        if by_country and (not c.country or any(f.country == c.country for f in found)):
            continue
        found.append(c)
        if len(found) == 2:
            return found[0], found[1]
    return None


def _groups(doc: Doc, drafts: list[Draft], clusters: list[Cluster]) -> None:
    """'both nations' -> the last pair of entities named together ("A and B")."""
    refs = find_group_refs(doc)
    if not refs:
        return
    ordered = sorted((d for d in drafts if d.entity), key=lambda d: d.span.start)
    pairs: list[tuple[int, Cluster, Cluster]] = []  # (token end, a, b)
    for a, b in zip(ordered, ordered[1:]):
        between = doc[a.span.end:b.span.start].text.strip().lower()
        if between in ("and", "&", "and the") and a.entity is not b.entity \
                and a.entity.kind == b.entity.kind and a.entity.kind in ("state", "person", "organization"):
            pairs.append((b.span.end, a.entity, b.entity))
    # Naming an agreement again brings its two parties back into focus:
    # "The agreement ... commits both nations".
    for c in clusters:
        if c.kind == "agreement" and len(c.parties) == 2:
            pairs.extend((end, c.parties[0], c.parties[1]) for end in c.token_refs)
    pairs.sort(key=lambda p: p[0])
    people = [c for c in clusters if c.kind == "person"]
    by_members: dict[tuple[str, ...], Cluster] = {}
    sent_of = {i: k for k, sent in enumerate(doc.sents) for i in range(sent.start, sent.end)} \
        if doc.has_annotation("SENT_START") else {}
    for ref in refs:
        prior = [p for p in pairs if p[0] <= ref.start]
        if prior:
            _, a, b = prior[-1]
        else:
            # No "A and B" before: the last two people (for "both leaders") or
            # states named in this or the previous sentence ("X met Y. Both leaders ...").
            # For "both countries" with no two states named, two actors of two
            # different countries stand for them ("Xi met Macron ... both countries").
            here = sent_of.get(ref.start, 0)
            window = [d.entity for d in reversed(ordered) if d.span.end <= ref.start
                      and here - sent_of.get(d.span.start, 0) <= 1]
            want = ("person",) if ref.what == "leaders" else ("state",)
            recent = _two_distinct(window, want, by_country=False)
            if recent is None and ref.what == "states":
                recent = _two_distinct(window, ("person", "organization"), by_country=True)
            if recent is None:
                continue
            b, a = recent
        members = [a, b]
        if ref.what == "states" and a.kind == "person" and a.country and b.country \
                and a.country != b.country:
            # "Putin and Kim ... the two countries": their states, when named here.
            states = {c.country: c for c in clusters if c.kind == "state" and c.sector is None}
            if a.country in states and b.country in states:
                members = [states[a.country], states[b.country]]
        if ref.what == "leaders" and a.kind == "state":
            leaders = []
            for st in (a, b):
                heads = [p for p in people if p.country == st.country and is_head_office(p.office)]
                if heads:
                    leaders.append(max(heads, key=lambda p: len(p.mentions)))
            if len(leaders) == 2:
                members = leaders
        ids = tuple(m.id for m in members)
        span = doc[ref.start:ref.end]
        c = by_members.get(ids)
        if c is None:
            countries = {m.country for m in members}
            sectors = {m.sector for m in members}
            c = Cluster("group", span.text, country=countries.pop() if len(countries) == 1 else None,
                         sector=sectors.pop() if len(sectors) == 1 else None,
                         members=ids, first=span.start_char)
            by_members[ids] = c
            clusters.append(c)
        c.mentions.append((span.start_char, span.end_char, span.text))


# --------------------------------------------------------------------------- knowledge base

# Offices that, with no country said, are American in a story about the US
# ("Secretary of State Mike Pompeo", "Sen. Lindsey Graham", "Gov. Brian Kemp").
# Offices only the United States has, whatever the story is about.
_US_ONLY_OFFICES = frozenset(_LISTS["us_only_offices"])
_US_OFFICES = frozenset(_LISTS["us_offices"])


def text_countries(doc: Doc, spans: list[Span], g: Gazetteer) -> Counter:
    """Countries the text names (countries, their adjectives and capitals)."""
    out: Counter = Counter()
    for span in spans:
        if span.label_ not in ("GPE", "NORP", "LOC", "ORG"):
            continue
        info = g.lookup([t.text for t in span])
        if info is not None and info.country and info.country != "IGO" and \
                info.kind in (COUNTRY, DEMONYM, CAPITAL, CITY, REGION):
            out[info.country] += 1
    return out


_BARE_INSTITUTIONS = frozenset(_LISTS["bare_institutions"])


def _bare_institution(name: str) -> bool:
    words = fold(name).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words) in _BARE_INSTITUTIONS


_ROYAL_TITLES = frozenset(_LISTS["royal_titles"])


def _royal(c) -> bool:
    """A person named with a title of royalty or nobility ("Prince Andrew")."""
    office = (c.office or "").lower()
    first = fold(c.name).split()[:1]
    return office in _ROYAL_TITLES or bool(first and first[0] in _ROYAL_TITLES)


# Sectors of organisations that belong where the story is (state bodies, parties,
# unions, schools, civic groups), unlike firms, media and armed groups.
HOME_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP", "MIL", "PTY", "OPP", "LAB", "EDU",
                          "CVL"})


def _home_organisation(c) -> bool:
    """An organisation the text names without a country that is the story country's
    when the story is clearly about one: "the Senate", "Parliament", and parties,
    unions, schools and civic groups (foreign ones come with their country or are
    known to the knowledge base); no international body."""
    return c.kind == "organization" and c.country is None and not c.igo and \
        (_bare_institution(c.name) or c.sector in HOME_SECTORS)


def _story_country(counts: Counter) -> str | None:
    """The one country a text is about: at least 4 mentions and 70% of them (3 and
    60% gave people of a story about one country that country's too often: judged
    2026-12-02, EVALUATION.md)."""
    if not counts:
        return None
    top, n = counts.most_common(1)[0]
    return top if n >= 4 and n >= 0.7 * sum(counts.values()) else None


def _us_story(countries: Counter) -> bool:
    return bool(countries) and countries.most_common(1)[0][0] == "USA"


def _title_place(doc: Doc, c: Cluster, g: Gazetteer) -> str | None:
    """The one country of a city or country named before a person's title in the
    phrase of their name ("London Mayor X", "Ontario Premier X")."""
    found = set()
    for start, end, _text in c.mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        lo = span.root.left_edge.i
        for ent in doc.ents:
            if ent.label_ == "GPE" and lo <= ent.start and ent.end <= span.start and \
                    ent.root.dep_ == "compound":
                info = g.lookup([t.text for t in ent])
                if info is not None and info.country and info.country != "IGO":
                    found.add(info.country)
    return found.pop() if len(found) == 1 else None


def own_nationality(doc: Doc, mentions: Iterable[tuple[int, int]],
                    g: Gazetteer | None = None) -> str | None:
    """The one country a nationality word or a country's possessive gives in the phrase
    of a person's name or in its appositive, in any of their mentions: "the Turkish
    businessman, Ekim Demir", "Norway's army chief, General Ola Berg", "Berg, a
    Norwegian", "Berg, 58, a retired Danish engineer". The events stage gives it to the
    roles of a person the knowledge base does not know, over the story's country
    (events.actorrefs); the entity keeps the country the story gave it, so the story
    country, counted from the entities, does not move."""
    g = g or gazetteer()
    found = set()
    for start, end in mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        nouns = [a for a in root.children if a.dep_ == "appos" and a.i >= span.end]
        if root.dep_ == "appos" and root.head.i < span.start:
            nouns.append(root.head)
        words = [t for t in doc[root.left_edge.i:span.start]
                 if t.dep_ in ("amod", "compound", "poss", "nmod")]
        for noun in nouns:
            words.append(noun)
            words.extend(t for t in doc[noun.left_edge.i:noun.i]
                         if t.dep_ in ("amod", "compound", "poss", "nmod"))
        for t in words:
            if t.ent_type_ not in ("NORP", "GPE") or _hyphened(t) or (
                    t.head.i > t.i and t.head.ent_type_ == "NORP"):
                # ("Lebanese-American": two countries, none alone; "a Korean
                # American", "an Iraqi Kurd": the people the noun names)
                continue
            ent = next((e for e in doc.ents if e.start <= t.i < e.end), None)
            info = g.lookup([w.text for w in ent] if ent is not None else [t.text])
            # a country's name only as its possessive: "an Iran scholar", "a Georgia
            # candidate" name a subject or a US state, not a nationality
            if info is not None and info.country and info.country != "IGO" and (
                    info.kind == DEMONYM or (info.kind == COUNTRY and _possessed(t))):
                found.add(info.country)
    return found.pop() if len(found) == 1 else None


def _hyphened(tok) -> bool:
    """A word joined by a hyphen to the next or the one before ("Lebanese-American");
    a dash with spaces around it is no join ("(Agency) - Danish engineer X":
    the dateline's dash before a lead's first word)."""
    doc = tok.doc
    return (tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_) or \
        (tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_)


def _possessed(tok) -> bool:
    """A name followed by its possessive ending: "Norway's", "North Korea's"."""
    end = tok
    while end.i + 1 < len(tok.doc) and tok.doc[end.i + 1].ent_type_ == tok.ent_type_ and \
            tok.doc[end.i + 1].ent_iob_ == "I":
        end = tok.doc[end.i + 1]
    return end.i + 1 < len(tok.doc) and tok.doc[end.i + 1].text in _POSSESSIVE


def _named_otherwise(doc: Doc, c: Cluster, entry, g: Gazetteer) -> bool:
    """A one-word name the model typed alone ("Khan") right after a capitalised word of
    the same name ("London Mayor Sadiq Khan") that is not the entry's first name: the
    text names someone else of that surname. A title, an honorific, a place or an
    organisation before the name says nothing of the kind ("President Khan",
    "Mr. Khan", "Pakistan's Khan")."""
    first = fold(entry.name).split()[0]
    for start, end, _text in c.mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.start == 0:
            continue
        prev = doc[span.start - 1]
        if prev.pos_ != "PROPN" or not prev.text[:1].isupper() or prev.text.isupper() or \
                prev.dep_ not in ("compound", "flat") or not span.start <= prev.head.i < span.end:
            continue
        low = prev.lower_.rstrip(".")
        if low in HONORIFICS or low in g.title_words or g.role((low,)) is not None or \
                g.lookup((prev.text,)) is not None or prev.ent_type_ not in ("", "PERSON"):
            continue
        if fold(prev.text) != first:
            return True
    return False


def _link(doc: Doc, spans: list[Span], drafts: list[Draft], clusters: list[Cluster],
          g: Gazetteer, date: str | None, as_state: frozenset[str] = frozenset()) -> None:
    """Link people and organisations to the knowledge base (kb.py): kb_id, role at
    the article's date, confidence; fill the country and sector the text left open.
    Two clusters linked to one entry become one ("Donald Trump" ... "Trump" typed ORG).
    `as_state`: countries whose name the text uses only for a US state (statenames.py),
    counted as the United States."""
    kb = knowledge_base()
    countries = text_countries(doc, spans, g)
    for iso in as_state & set(countries):
        countries["USA"] += countries.pop(iso)
    by_kb: dict[str, Cluster] = {}
    for c in list(clusters):
        if c.kind not in ("person", "organization"):
            continue
        kind = "P" if c.kind == "person" else "O"
        link = kb.link(c.name, kind, date, Context(countries, c.country, c.office))
        if link is not None and c.kind == "person" and len(c.name.split()) == 1 and \
                _named_otherwise(doc, c, link.entry, g):
            link = None  # "Mayor Sadiq Khan" is no Imran Khan
        if link is None and c.kind == "organization" and c.country is None and \
                c.sector != "BUS" and len(c.name.split()) == 1:
            # "Trump" typed ORG by the model, with no full name nearby: the person
            # when the knowledge base is sure of it
            person = kb.link(c.name, "P", date, Context(countries, None, None))
            if person is not None and person.confidence >= 0.8:
                c.kind, link = "person", person
        elif link is None and c.kind == "organization" and c.country is None and \
                c.sector is None and len(c.name.split()) >= 2 and not kb.lookup(c.name, "O"):
            # "Nikki Haley" typed ORG by the model: the full name of a person from a
            # source that tracks terms (Congress, the hand list), and of no organisation
            person = kb.link(c.name, "P", date, Context(countries, None, None))
            if person is not None and person.entry.curated and person.confidence >= 0.8:
                c.kind, link = "person", person
        if link is None and c.kind == "person" and c.country is not None:
            # A country only a minority of the mentions carry (a headline in capitals
            # next to a country name) does not overrule the one head of state or
            # government of that name ("Trump", "Merkel"): the knowledge base's country.
            votes = sum(1 for d in drafts if d.entity is c and d.country == c.country)
            if 2 * votes < len(c.mentions):
                retry = kb.link(c.name, kind, date, Context(countries, None, c.office))
                if retry is not None and _head_of_state(retry.entry):
                    link = retry
                    c.country = None
        if link is None and c.kind == "person":
            # another spelling in the text ("Kim Jong-un" first, "Kim Jong Un" later),
            # or the two words of a name in list order ("Trump, Donald", a page's
            # "Trump Donald John Trump" card): a full name of the knowledge base
            spellings = [text for _, _, text in c.mentions
                         if fold(text) != fold(c.name) and len(fold(text).split()) >= 2]
            words = c.name.replace(",", " ").split()
            if len(words) == 2:
                spellings.append(f"{words[1]} {words[0]}")
            # without a middle initial the source does not list ("Susan E. Rice")
            bare = [w for w in words if not (len(w.rstrip(".")) == 1 and w[0].isupper())]
            if 2 <= len(bare) < len(words):
                spellings.append(" ".join(bare))
            for text in spellings:
                link = kb.link(text, kind, date, Context(countries, c.country, c.office))
                if link:
                    break
        if link is None:
            if c.kind == "person" and c.country is None and c.office:
                # "London Mayor Sadiq Khan": an office of the place named before it
                c.country = _title_place(doc, c, g)
            if c.kind == "person" and c.country is None and c.office and \
                    c.office.lower() in _US_OFFICES and \
                    (_us_story(countries) or c.office.lower() in _US_ONLY_OFFICES):
                c.country = "USA"
            continue
        e = link.entry
        c.kb_id = e.id
        c.name = e.name  # one name for one actor everywhere ("Donald J. Trump" -> "Donald Trump")
        c.kb_confidence = link.confidence
        role = link.role
        c.role = role.text() if role else None
        if c.country == "IGO" and role is not None and not role.former and role.country \
                and role.country != "IGO":
            # "UN Ambassador Nikki Haley": an office her country holds at the UN
            c.country = role.country
        c.country = c.country or (role.country if role and role.country else e.country)
        if c.sector is None and role is not None and not role.former:
            c.sector = role.sector
        if c.kind == "organization" and c.igo is None and e.igo:
            c.igo = e.igo
        first = by_kb.get(e.id)
        if first is None:
            by_kb[e.id] = c
        elif first is not c:
            _merge_into(first, c, drafts, clusters)
    _join_surnames_to_org_typed(drafts, clusters)
    # A person the text gives no country, in a story clearly about one country: that
    # country's (foreigners are introduced with their nationality or title).
    counts = Counter(countries)
    for c in clusters:
        if c.kind == "person" and c.kb_id and c.country and c.country != "IGO":
            counts[c.country] += len(c.mentions)
    story = _story_country(counts)
    if story:
        for c in clusters:
            if c.kind == "person" and c.country is None and c.sector != "JRN" and \
                    not (story == "USA" and _royal(c)):
                c.country = story  # (the US has no princes: "Prince Andrew" is not American)
            elif _home_organisation(c):
                c.country = story
    # A one-word name the model typed ORG that is the surname of a person named in
    # full here ("Kushner", "McGahn"): that person, a linked one first, else the one
    # person of that surname.
    surnames = {fold(c.name).split()[-1]: c for c in by_kb.values() if c.kind == "person"}
    named: dict[str, list[Cluster]] = {}
    for c in clusters:
        words = fold(c.name).split()
        if c.kind == "person" and len(words) >= 2 and len(words[-1]) > 2:
            named.setdefault(words[-1], []).append(c)
            if len(words) >= 3:  # "Alexandria Ocasio-Cortez": "ocasio cortez"
                named.setdefault(" ".join(words[-2:]), []).append(c)
    for last, people in named.items():
        if last not in surnames and len(people) == 1:
            surnames[last] = people[0]
    linked = {fold(c.name).split()[-1] for c in by_kb.values() if c.kind == "person"}
    for c in list(clusters):
        if c.kind == "organization" and c.kb_id is None and \
                (c.country is None or fold(c.name) in linked and c.sector != "BUS"):
            # (a country the ORG reading picked up does not keep a linked person's
            # surname apart from them: "Trump" beside "U.S.")
            target = surnames.get(fold(c.name))
            if target is not None:
                _merge_into(target, c, drafts, clusters)


def _join_surnames_to_org_typed(drafts: list[Draft], clusters: list[Cluster]) -> None:
    """A surname the model typed PERSON whose full name it typed ORG every time
    ("Nikki Haley" an organisation, "Haley said" a person): _join_people had no full
    name to join it to, and the full name became a person only when the knowledge
    base linked it (_link). The surname is that person when the full name is the one
    person of the text ending in it and the surname has no link or country of its
    own; left apart, every "Haley said" is a person of no country."""
    full: dict[str, list[Cluster]] = {}
    for c in clusters:
        words = fold(c.name).split()
        if c.kind == "person" and c.kb_id and len(words) >= 2 and \
                all(d.kind == "organization" for d in drafts if d.entity is c):
            full.setdefault(words[-1], []).append(c)
    for c in list(clusters):
        key = fold(c.name)
        if c.kind != "person" or c.kb_id or len(key.split()) != 1 or key not in full:
            continue
        target = full[key]
        rivals = [p for p in clusters if p is not c and p.kind == "person" and
                  p not in target and key in fold(p.name).split()]
        if len(target) == 1 and not rivals and c.country in (None, target[0].country):
            _merge_into(target[0], c, drafts, clusters)


def _head_of_state(entry) -> bool:
    return entry.curated and any(r.office and is_head_office(r.office) for r in entry.roles)


def _merge_into(target: Cluster, other: Cluster, drafts: list[Draft], clusters: list[Cluster]) -> None:
    target.mentions.extend(other.mentions)
    target.full_at.extend(other.full_at)
    target.first = min(target.first, other.first)
    target.office = target.office or other.office
    if target.kb_id is None and other.kind == target.kind and \
            len(fold(other.name).split()) > len(fold(target.name).split()):
        target.name = other.name
    clusters.remove(other)
    for d in drafts:
        if d.entity is other:
            d.entity = target


# --------------------------------------------------------------------------- entry


def extract_entities(doc: Doc, article: Article | None = None) -> tuple[Entity, ...]:
    """Entities of one article (doc = the spaCy Doc of article.text), in order
    of first mention."""
    g = gazetteer()
    spans = entity_spans(doc)
    person_tokens = {i for s in spans if s.label_ == "PERSON" for i in range(s.start, s.end)}
    worn = country_surnames(doc, spans, g)
    text = doc_text(doc)
    breaks = [i for i, ch in enumerate(text) if ch == "\n"]
    drafts = []
    for span in spans:
        d = _type(doc, span, g, person_tokens, worn)
        if d is not None:
            d.para = bisect.bisect_left(breaks, span.start_char)
            drafts.append(d)
    clusters: list[Cluster] = []
    published = article.published if article else None
    # "Georgia Gov. X", "the Georgia Senate": a text that uses a country's name only for
    # the US state of that name (statenames.py) gives its mentions the United States,
    # before people are joined and linked, so the story's country is right too
    as_state = us_state_homonyms(doc, g)
    for d in drafts:
        if d.country in as_state:
            d.country = "USA"
            if d.kind == "state":
                d.kind = "place"  # the state, as "Texas" is
    _join_people(drafts, clusters, published)
    _join_others(drafts, clusters)
    _link(doc, spans, drafts, clusters, g, article.published if article else None, as_state)
    for c in clusters:
        if c.country in as_state and c.kb_id is None:
            c.country = "USA"  # the place before an office ("Georgia Gov. X", _title_place)
    _agreements(doc, drafts, clusters, spans)
    _groups(doc, drafts, clusters)
    clusters.sort(key=lambda c: min(s for s, _, _ in c.mentions))
    return tuple(c.record() for c in clusters)


def entity_at(entities, start: int, end: int) -> Entity | None:
    """The entity with a mention overlapping [start, end); the tightest mention
    wins when several overlap (a name inside a group phrase)."""
    best, best_len = None, None
    for ent in entities:
        for m in ent.mentions:
            if m.start < end and start < m.end:
                length = m.end - m.start
                if best_len is None or length < best_len:
                    best, best_len = ent, length
    return best
