"""Entity spans: the model's NER with the fixes news text needs.

`entity_spans(doc)` returns labelled spaCy spans (OntoNotes labels: PERSON, ORG,
GPE, LOC, NORP, FAC, ...) after
  1. splitting spans at list punctuation ("Paris , France", "Romania - Contra"),
  2. trimming what never belongs to a name: a leading "the", a trailing
     possessive ("North Korea's" -> "North Korea"), scores and numbers glued
     on in results tables ("Durham 114"), titles glued into PERSON spans
     ("President Ann Berg" -> "Ann Berg"; the title stays in the text for the
     office rule), and spans made only of title words ("Defense" of "Defense
     Minister", tagged ORG by the model),
  3. typing from the gazetteer (a country is GPE whatever the model said; an
     acronym like KCNA is ORG) and adding gazetteer names the model missed,
  4. news layout (layout.py): headlines in capitals or Title Case trusted only
     when confirmed, initials + surname ("J. Smith") and "Name ( Country )" as
     PERSON, datelines ("SEOUL, Dec 5" / "LONDON 1996-08-30") as GPE, towns
     with a score as teams, unknown acronyms as ORG, given names + surname,
  5. one label per name in a document: a name's majority label wins, a bare
     surname of a PERSON is that PERSON, and unlabelled repeats of a name
     (all-caps headlines included) get its label,
  6. no name from a related-links card run into the text (cards.py): "Ann Berg
     Ann Louise BergTown votes ... MORE" is the name "Ann Berg" and nothing else.
Each pass is a single walk over the tokens or the spans, with dict lookups.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from spacy.tokens import Doc, Span

from .gazetteer import CITY, COUNTRY, REGION, Gazetteer, fold, gazetteer
from .business import business_names
from .cards import card_tokens
from .sports import is_sports_text, sports_teams
from .layout import (_FUNCTION_WORDS, _NOT_ORG_ACRONYMS, _INITIAL, _WEEKDAYS, acronyms, words_of, capitalised, capitalised_common_word, caps_tokens, covered, datelines,
                     given_names, initials, is_title_token, named_after_intro,
                     people_before_country, teams)

KEEP_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW",
                         "PRODUCT", "WORK_OF_ART", "LANGUAGE"})
# Tokens that split one model span into two names.
_SPLIT = frozenset({",", ";", "(", ")", ":", "-", "—", "–", "|", "/", "[", "]"})
_LEAD_DROP = frozenset({"the", "a", "an", "'", '"', "“", "”", "‘", "’", "-", "--", "—", "'s", "’s"})
_HYPHENS = frozenset({"-", "—", "–"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’", "s"})
_NUMERIC = re.compile(r"^[\d.,:/+\-–]+$|^\d+(st|nd|rd|th)$")
def _clean(doc: Doc, start: int, end: int, label: str, g: Gazetteer) -> list[tuple[int, int, str]]:
    """Split and trim one model span; returns the surviving pieces."""
    pieces, s = [], start
    for i in range(start, end):
        text = doc[i].text
        # A hyphen splits only when spaced ("Romania - Contra"), never inside
        # a name ("al-Assad", "Guinea-Bissau").
        if doc[i].is_space or "\n" in text or \
                (text in _SPLIT and (text not in _HYPHENS or (i > 0 and doc[i - 1].whitespace_))):
            pieces.append((s, i))
            s = i + 1
        elif i > start and i < end - 1 and _NUMERIC.match(text) and any(c.isdigit() for c in text) and \
                (label in ("PERSON", "GPE", "LOC") or
                 (label == "ORG" and doc[i - 1].is_alpha and doc[i + 1].text[:1].isupper())):
            pieces.append((s, i))  # "Pohang 3 Ulsan 2": two sides of a score line
            s = i + 1
        elif label == "PERSON" and text == "of" and i > start:
            # "Ann Berg of Acme Corp": the person ends before "of".
            pieces.append((s, i))
            break
        elif label == "PERSON" and text in ("'s", "’s") and start < i < end - 1:
            # "Obama's Asia": the person ends at the possessive.
            pieces.append((s, i))
            s = end
            break
    if s < end:
        pieces.append((s, end))
    out = []
    for s, e in pieces:
        while s < e and (doc[s].lower_ in _LEAD_DROP or doc[s].is_punct):
            s += 1
        while e > s and (doc[e - 1].lower_ in _POSSESSIVE or doc[e - 1].is_punct
                         or _NUMERIC.match(doc[e - 1].text)):
            e -= 1
        if label == "PERSON":
            # A day glued on the end ("said Trump Sunday" read as one name): the day
            # is when, not who; left on, the name links to no one and the person
            # loses the country every later mention would take from the link.
            while e - s > 1 and doc[e - 1].lower_ in _WEEKDAYS:
                e -= 1
            # Titles glued on the front: keep them outside the name.
            while e - s > 1 and is_title_token(g, doc[s].lower_) and not _INITIAL.match(doc[s].text):
                s += 1
        if s >= e:
            continue
        if label != "GPE" and e - s > 1:
            # "U.S. Labor Day" (EVENT), "U.S. Assistant Secretary" (ORG): the
            # country is a name of its own when the rest is an event or a title.
            for k in (3, 2, 1):
                if s + k >= e:
                    continue
                info = g.lookup([t.text for t in doc[s:s + k]])
                if info is not None and info.kind == COUNTRY:
                    rest_titles = all(is_title_token(g, t.lower_) or t.lower_ == "of"
                                      for t in doc[s + k:e])
                    if rest_titles or label not in ("ORG", "PERSON", "FAC", "LOC"):
                        out.append((s, s + k, "GPE"))
                        s += k
                    break
        if all(is_title_token(g, t.lower_) or t.lower_ == "of" for t in doc[s:e]):
            continue  # "Defense" (of "Defense Minister") or a bare "Minister"
        if all(_NUMERIC.match(t.text) or t.is_punct for t in doc[s:e]):
            continue
        if e - s == 1 and doc[s].lower_ in _FUNCTION_WORDS:
            continue  # a split left "AT" of "SAN DIEGO 3 AT MONTREAL" alone
        out.append((s, e, label))
    return out


def _gazetteer_label(g: Gazetteer, words: list[str]) -> str | None:
    info = g.lookup(words)
    return info.label if info else None


def _add_gazetteer(doc: Doc, spans: list, g: Gazetteer) -> list:
    """Gazetteer names the model left unlabelled (longest match first)."""
    cov = covered(len(doc), spans)
    words = words_of(doc)
    tagged = doc.has_annotation("POS")
    added = []
    i, n = 0, len(doc)
    while i < n:
        if cov[i] >= 0 or not capitalised(words[i]):
            i += 1
            continue
        hit = None
        for L in range(min(g.longest_from(words[i]), n - i), 0, -1):
            if cov[i + L - 1] >= 0:
                continue
            info = g.lookup(words[i:i + L])
            if info:
                hit = (L, info)
                break
        if hit is None:
            i += 1
            continue
        L, info = hit
        if info.kind in (CITY, REGION):
            # A lone city name glued to other capitalised words is part of some
            # other name ("Georgia Tech", "Houston Rockets"): leave it.
            before = words[i - 1] if i > 0 else ""
            after = words[i + L] if i + L < n else ""
            caps = words[i].isupper()  # in an all-caps headline every word is capitalised

            def name_like(w: str) -> bool:
                return capitalised(w) and not (caps and w.isupper())

            if (name_like(before) and not doc[i].is_sent_start) or \
                    (name_like(after) and after.lower() not in g.title_words):
                i += L
                continue
        if L == 1 and info.label == "ORG" and not info.exact_case and tagged and \
                doc[i].is_sent_start and capitalised_common_word(doc[i]):
            i += 1  # "House prices rose": a capitalised common word opening a sentence
            continue
        added.append((i, i + L, info.label))
        i += L
    return spans + added


_NOT_SURNAME = re.compile(r"^(.|[IVX]+)$")


def _consistency(doc: Doc, spans: list, g: Gazetteer) -> list:
    """One label per name in a document, surnames of people, and repeats."""
    votes: dict[str, Counter] = defaultdict(Counter)
    fixed: set[str] = set()
    for s, e, label in spans:
        key = fold(doc[s:e].text)
        votes[key][label] += 1
        if g.lookup([t.text for t in doc[s:e]]):
            fixed.add(key)
    surnames: dict[str, int] = {}
    for s, e, label in spans:
        if label == "PERSON" and e - s >= 2 and doc[e - 1].is_alpha and \
                not _NOT_SURNAME.match(doc[e - 1].text):
            # (a regnal number or an initial ends a name but is no surname: "Anna I"
            # made every later "I" of a long first-person story a person)
            surnames[fold(doc[e - 1].text)] = surnames.get(fold(doc[e - 1].text), 0) + 1
    # Family names that come first ("Wang Dan", "Kim Jong Un"): a bare "Wang"
    # typed otherwise by the model is still that person.
    family_first = {fold(doc[s].text) for s, e, label in spans
                    if label == "PERSON" and e - s >= 2 and doc[s].is_alpha
                    and doc[s].lower_ not in g.given_names}
    best: dict[str, str] = {}
    for key, c in votes.items():
        if key in family_first and key not in fixed and c.get("PERSON", 0) < sum(c.values()):
            best[key] = "PERSON"
            continue
        if key in fixed and key not in surnames:
            # A gazetteer name stays typed, unless it is the surname of a person
            # named in full here ("Eddie Jordan ... Jordan said").
            continue
        if key in surnames and " " not in key:
            best[key] = "PERSON"
        else:
            best[key] = c.most_common(1)[0][0]
    for key in surnames:
        if key not in fixed and key not in best:
            best[key] = "PERSON"
    out = [(s, e, best.get(fold(doc[s:e].text), label)) for s, e, label in spans]
    # Unlabelled repeats: same words (any case) as a labelled name elsewhere.
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for key, label in best.items():
        if label not in ("PERSON", "ORG", "GPE", "LOC"):
            continue
        parts = tuple(key.split())
        by_first[parts[0]].append((parts, label))
    for lst in by_first.values():
        lst.sort(key=lambda x: -len(x[0]))
    cov = covered(len(doc), out)
    words = words_of(doc)
    folded_cache: dict[int, str] = {}

    def folded_at(j: int) -> str:
        f = folded_cache.get(j)
        if f is None:
            f = folded_cache[j] = fold(words[j])
        return f

    i, n = 0, len(doc)
    while i < n:
        cands = by_first.get(folded_at(i)) if cov[i] < 0 and capitalised(words[i]) else None
        matched = 0
        if cands:
            for parts, label in cands:
                L = len(parts)
                j = i
                # fold() may split one token ("Jong-un") into parts: match on parts.
                got: list[str] = []
                while j < n and len(got) < L and cov[j] < 0:
                    got.extend(folded_at(j).split())
                    j += 1
                if tuple(got) == parts:
                    out.append((i, j, label))
                    matched = j - i
                    break
        i += matched or 1
    return out


def _known_name_end(doc: Doc, s: int, e: int, g: Gazetteer) -> int:
    """'Interfax news agency' -> 'Interfax': a known name followed by role nouns."""
    for k in range(e - 1, s, -1):
        info = g.lookup([t.text for t in doc[s:k]])
        if info is not None and info.label == "ORG" and \
                g.role(tuple(t.lower_ for t in doc[k:e])) is not None:
            return k
    return e


def _before_card(s: int, e: int, card: frozenset[int]) -> tuple[int, int]:
    """The part of a name before a related-links card run into it (cards.py): "Ann Berg"
    of "Ann Berg Ann Louise BergTown"; nothing of a name inside the card."""
    if s in card:
        return s, s
    for i in range(s, e):
        if i in card:
            return s, i
    return s, e


def entity_spans(doc: Doc) -> list[Span]:
    """The document's names, fixed and typed (see the module docstring)."""
    g = gazetteer()
    caps = caps_tokens(doc)
    card = card_tokens(doc)
    spans: list[tuple[int, int, str]] = []
    for ent in doc.ents:
        if ent.label_ not in KEEP_LABELS:
            continue
        for s, e, label in _clean(doc, ent.start, ent.end, ent.label_, g):
            if card:
                s, e = _before_card(s, e, card)
                if e <= s:
                    continue
            words = [t.text for t in doc[s:e]]
            gl = _gazetteer_label(g, words)
            if gl is None and words[0].lower() == "the":
                gl = _gazetteer_label(g, words[1:])
            if gl is None and s in caps:
                continue  # re-added by _consistency if the body names it
            if gl is None and label == "ORG" and e - s == 1 and \
                    (len(words[0]) == 1 or words[0].upper() in _NOT_ORG_ACRONYMS):
                continue  # "GMT", "RBI", "N / A": abbreviations, not organisations
            if gl is None and label == "ORG" and e - s > 1:
                e = _known_name_end(doc, s, e, g)
                gl = _gazetteer_label(g, [t.text for t in doc[s:e]])
            spans.append((s, e, gl or label))
    spans = people_before_country(doc, spans, g)
    spans = given_names(doc, spans, g, caps)
    spans = initials(doc, spans, g)
    spans = datelines(doc, spans, g)
    spans = _add_gazetteer(doc, spans, g)
    spans = named_after_intro(doc, spans)
    spans = acronyms(doc, spans, g, caps)
    spans = teams(doc, spans, g)
    spans = _consistency(doc, spans, g)
    sports = is_sports_text(doc)
    spans = sports_teams(doc, spans, g, sports)
    spans = business_names(doc, spans, g, sports)
    spans.sort()
    result: list[Span] = []
    last_end = 0
    for s, e, label in spans:
        if card:
            s, e = _before_card(s, e, card)
        if s < last_end or e <= s:
            continue
        result.append(Span(doc, s, e, label=label))
        last_end = e
    return result
