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
  4. initials + surname ("J. Smith") as PERSON, datelines ("SEOUL, Dec 5" /
     "LONDON 1996-08-30") as GPE,
  5. one label per name in a document: a name's majority label wins, a bare
     surname of a PERSON is that PERSON, and unlabelled repeats of a name
     (all-caps headlines included) get its label.
Each pass is a single walk over the tokens or the spans, with dict lookups.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from spacy.tokens import Doc, Span

from .gazetteer import CAPITAL, CITY, COUNTRY, DEMONYM, REGION, Gazetteer, fold, gazetteer

KEEP_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW",
                         "PRODUCT", "WORK_OF_ART", "LANGUAGE"})
# Tokens that split one model span into two names.
_SPLIT = frozenset({",", ";", "(", ")", ":", "-", "—", "–", "|", "/", "[", "]"})
_LEAD_DROP = frozenset({"the", "a", "an", "'", '"', "“", "”", "‘", "’", "-", "--", "—", "'s", "’s"})
_HYPHENS = frozenset({"-", "—", "–"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’", "s"})
_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame",
                         "lord", "lady", "madam", "mister", "st", "st."})
_NUMERIC = re.compile(r"^[\d.,:/+\-–]+$|^\d+(st|nd|rd|th)$")
_INITIAL = re.compile(r"^[A-Z]\.(?:[A-Z]\.)*$")
_GLUED_INITIAL = re.compile(r"^[A-Z]\.[A-Z][a-z'’]+")  # "T.O'Gorman"
_ISO_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
_MONTHS = frozenset("jan jan. january feb feb. february mar mar. march apr apr. april may jun "
                    "june jul july aug aug. august sep sep. sept sept. september oct oct. "
                    "october nov nov. november dec dec. december".split())
_PLACE_KINDS = frozenset({COUNTRY, CAPITAL, CITY, REGION})


def _is_title_token(g: Gazetteer, low: str) -> bool:
    if low in _HONORIFICS or low in g.title_words:
        return True
    role = g.role((low,))
    return bool(role and role.title)


def _capitalised(text: str) -> bool:
    return bool(text) and text[0].isupper()


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
        elif label == "PERSON" and text == "of" and i > start:
            # "Ann Berg of Acme Corp": the person ends before "of".
            pieces.append((s, i))
            break
    pieces.append((s, end))
    out = []
    for s, e in pieces:
        while s < e and (doc[s].lower_ in _LEAD_DROP or doc[s].is_punct):
            s += 1
        while e > s and (doc[e - 1].lower_ in _POSSESSIVE or doc[e - 1].is_punct
                         or _NUMERIC.match(doc[e - 1].text)):
            e -= 1
        if label == "PERSON":
            # Titles glued on the front: keep them outside the name.
            while e - s > 1 and _is_title_token(g, doc[s].lower_) and not _INITIAL.match(doc[s].text):
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
                    rest_titles = all(_is_title_token(g, t.lower_) or t.lower_ == "of"
                                      for t in doc[s + k:e])
                    if rest_titles or label not in ("ORG", "PERSON", "FAC", "LOC"):
                        out.append((s, s + k, "GPE"))
                        s += k
                    break
        if all(_is_title_token(g, t.lower_) or t.lower_ == "of" for t in doc[s:e]):
            continue  # "Defense" (of "Defense Minister") or a bare "Minister"
        if all(_NUMERIC.match(t.text) or t.is_punct for t in doc[s:e]):
            continue
        out.append((s, e, label))
    return out


def _covered(n: int, spans: list[tuple[int, int, str]]) -> list[int]:
    """Per token: index of the span covering it, or -1."""
    cov = [-1] * n
    for k, (s, e, _) in enumerate(spans):
        for i in range(s, e):
            cov[i] = k
    return cov


def _gazetteer_label(g: Gazetteer, words: list[str]) -> str | None:
    info = g.lookup(words)
    return info.label if info else None


def _add_gazetteer(doc: Doc, spans: list, g: Gazetteer) -> list:
    """Gazetteer names the model left unlabelled (longest match first)."""
    cov = _covered(len(doc), spans)
    words = [t.text for t in doc]
    added = []
    i, n = 0, len(doc)
    while i < n:
        if cov[i] >= 0 or not _capitalised(words[i]):
            i += 1
            continue
        hit = None
        for L in range(min(g.max_len, n - i), 0, -1):
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
                return _capitalised(w) and not (caps and w.isupper())

            if (name_like(before) and not doc[i].is_sent_start) or \
                    (name_like(after) and after.lower() not in g.title_words):
                i += L
                continue
        added.append((i, i + L, info.label))
        i += L
    return spans + added


def _initials(doc: Doc, spans: list, g: Gazetteer) -> list:
    """'J. Smith' / 'T.O'Gorman' are people (results tables, bylines); 'U.S.'
    is not an initial."""
    cov = _covered(len(doc), spans)
    out = list(spans)
    n = len(doc)
    for i, tok in enumerate(doc):
        if g.lookup([tok.text]) is not None:
            continue
        if _GLUED_INITIAL.match(tok.text):
            s, e = i, i + 1
        elif _INITIAL.match(tok.text) and i + 1 < n and _capitalised(doc[i + 1].text) \
                and doc[i + 1].is_alpha:
            s, e = i, i + 2
            while e < n and doc[e].is_alpha and _capitalised(doc[e].text) and e - s < 4 \
                    and not doc[e].is_sent_start:
                e += 1
        else:
            continue
        if s > 0 and _INITIAL.match(doc[s - 1].text):
            continue  # the earlier initial started it
        ks = {cov[j] for j in range(s, e)} - {-1}
        if any(out[k][0] < s or out[k][1] > e for k in ks):
            # A span overlapping only part of the name: replace it when it is
            # a fragment inside, else leave the model's reading.
            if any(out[k][0] < s for k in ks):
                continue
        for k in ks:
            out[k] = (0, 0, "")
        out.append((s, e, "PERSON"))
    return [sp for sp in out if sp[1] > sp[0]]


def _datelines(doc: Doc, spans: list, g: Gazetteer) -> list:
    """'SEOUL, Dec 5 (Reuters) -', 'LONDON 1996-08-30', 'WASHINGTON —': the
    all-caps place that opens a story is a GPE."""
    cov = _covered(len(doc), spans)
    out = list(spans)
    n = len(doc)
    starts = [sent.start for sent in doc.sents] if doc.has_annotation("SENT_START") else [0]
    for s in starts:
        e = s
        while e < n and e - s < 4 and doc[e].is_alpha and doc[e].is_upper and len(doc[e]) > 1:
            e += 1
        if e == s or e >= n:
            continue
        nxt = doc[e].text
        info = g.lookup([t.text for t in doc[s:e]])
        follow_date = _ISO_DATE.match(nxt) or (
            nxt == "," and e + 1 < n and (doc[e + 1].lower_ in _MONTHS or doc[e + 1].like_num))
        known_place = info is not None and info.kind in _PLACE_KINDS and nxt in {",", "—", "-", "–", "("}
        if not (follow_date or known_place):
            continue
        if info is not None and info.kind not in _PLACE_KINDS:
            continue
        for k in {cov[j] for j in range(s, e)} - {-1}:
            out[k] = (0, 0, "")
        out.append((s, e, "GPE"))
    return [sp for sp in out if sp[1] > sp[0]]


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
        if label == "PERSON" and e - s >= 2 and doc[e - 1].is_alpha:
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
    cov = _covered(len(doc), out)
    folded = [fold(t.text) for t in doc]
    i, n = 0, len(doc)
    while i < n:
        cands = by_first.get(folded[i]) if cov[i] < 0 and _capitalised(doc[i].text) else None
        matched = 0
        if cands:
            for parts, label in cands:
                L = len(parts)
                j, k = i, 0
                # fold() may split one token ("Jong-un") into parts: match on parts.
                got: list[str] = []
                while j < n and len(got) < L and cov[j] < 0:
                    got.extend(folded[j].split())
                    j += 1
                if tuple(got) == parts:
                    out.append((i, j, label))
                    matched = j - i
                    break
        i += matched or 1
    return out


def _caps_tokens(doc: Doc) -> set[int]:
    """Tokens of all-caps sentences (headlines): the model's casing cues are gone
    there, so its spans are kept only when the gazetteer or the body confirms them."""
    if not doc.has_annotation("SENT_START"):
        return set()
    out: set[int] = set()
    for sent in doc.sents:
        alpha = [t for t in sent if t.is_alpha and len(t) > 1]
        if len(alpha) < 3:
            continue
        upper = sum(t.is_upper for t in alpha)
        # Title Case headlines capitalise function words too ("Says All Of The").
        title = sum(t.is_title for t in alpha)
        function_caps = sum(t.is_title and t.lower_ in _FUNCTION_WORDS for t in alpha)
        if upper >= 0.8 * len(alpha) or (title + upper >= 0.8 * len(alpha) and function_caps >= 2):
            out.update(range(sent.start, sent.end))
    return out


_FUNCTION_WORDS = frozenset("of the in on at to for with and or but as by from is are was "
                            "were be has have had will would can could its his her their a an "
                            "that this these those after before over into about says say said "
                            "not no all".split())


def _country_after(doc: Doc, e: int, g: Gazetteer) -> bool:
    """'( Sweden )' right after a span: an athlete or player and their country."""
    if e + 2 >= len(doc) or doc[e].text != "(":
        return False
    for L in (1, 2, 3):
        if e + 1 + L < len(doc) and doc[e + 1 + L].text == ")":
            info = g.lookup([t.text for t in doc[e + 1:e + 1 + L]])
            return info is not None and info.kind == COUNTRY
    return False


def _people_before_country(doc: Doc, spans: list, g: Gazetteer) -> list:
    """'Anna Lind ( Sweden )' in results lists: two or three capitalised words
    before a bracketed country name are a person, whatever the model said."""
    cov = _covered(len(doc), spans)
    out = list(spans)
    for e in range(2, len(doc)):
        if doc[e].text != "(" or not _country_after(doc, e, g):
            continue
        s = e
        while s > 0 and e - s < 3 and doc[s - 1].is_alpha and _capitalised(doc[s - 1].text) \
                and not doc[s - 1].is_upper:
            s -= 1
        if e - s < 2 or g.lookup([t.text for t in doc[s:e]]):
            continue
        ks = {cov[j] for j in range(s, e)} - {-1}
        if any(out[k][0] < s or out[k][1] > e for k in ks):
            continue
        for k in ks:
            out[k] = (0, 0, "")
        out.append((s, e, "PERSON"))
    return [sp for sp in out if sp[1] > sp[0]]


def _known_name_end(doc: Doc, s: int, e: int, g: Gazetteer) -> int:
    """'Interfax news agency' -> 'Interfax': a known name followed by role nouns."""
    for k in range(e - 1, s, -1):
        info = g.lookup([t.text for t in doc[s:k]])
        if info is not None and info.label == "ORG" and \
                g.role(tuple(t.lower_ for t in doc[k:e])) is not None:
            return k
    return e


# Nouns after which capitalised words name an organisation ("news agency Tanjug").
_ORG_INTRO = frozenset({"agency", "newspaper", "daily", "weekly", "broadcaster", "company",
                        "firm", "club", "group", "bank", "party", "carrier", "airline",
                        "insurer", "operator", "maker", "manufacturer", "retailer"})
_PLACE_PREP = frozenset({"in", "at", "from", "to", "near", "of", "into", "outside", "across"})
_SCORE = re.compile(r"^\d{1,3}(-\d{1,3})?$")


def _named_after_intro(doc: Doc, spans: list) -> list:
    cov = _covered(len(doc), spans)
    out = list(spans)
    n = len(doc)
    for i in range(1, n):
        if doc[i - 1].lower_ not in _ORG_INTRO or cov[i] >= 0 or not doc[i].is_alpha \
                or len(doc[i]) < 2 \
                or not _capitalised(doc[i].text) or doc[i].is_sent_start:
            continue
        e = i
        while e < n and e - i < 4 and cov[e] < 0 and doc[e].is_alpha and _capitalised(doc[e].text):
            e += 1
        out.append((i, e, "ORG"))
        for j in range(i, e):
            cov[j] = len(out) - 1
    return out


def _teams(doc: Doc, spans: list, g: Gazetteer) -> list:
    """Results lines name teams by their towns: 'Kent 108-3', 'v Durham',
    'BOSTON 74 59'. A town (never a country: national sides stay places)
    followed by a score, or after 'v'/'vs', is the team (ORG)."""
    out = []
    n = len(doc)
    for s, e, label in spans:
        if label in ("GPE", "LOC") and e < n:
            info = g.lookup([t.text for t in doc[s:e]])
            if info is None or info.kind != COUNTRY:
                before = doc[s - 1].lower_ if s > 0 else ""
                score = _SCORE.match(doc[e].text) and before not in _PLACE_PREP
                versus = before in ("v", "vs", "vs.", "v.", "versus")
                if score or versus:
                    label = "ORG"
        out.append((s, e, label))
    return out


# Words that make "Given Word" a place or an institution, not a person
# ("George Washington University", "Victoria Station").
_NOT_PERSON = frozenset("""university college school institute foundation center centre hospital
street road avenue square bridge station airport park hall museum stadium church cathedral
memorial library tower island islands lake river mountain mountains bay valley beach county city
day cup open award prize trophy bank fund group company corp inc ltd club league party house
press times post news journal review""".split())


def _given_names(doc: Doc, spans: list, g: Gazetteer, caps: set[int]) -> list:
    """A common given name + one or two capitalised words is a person, when the
    model left the words untyped or typed them as an organisation or place."""
    cov = _covered(len(doc), spans)
    out = list(spans)
    n = len(doc)

    def namey(j: int) -> bool:
        t = doc[j]
        return t.is_alpha and (t.is_title or (t.is_upper and j in caps and len(t) > 1))

    i = 0
    while i < n:
        if doc[i].lower_ not in g.given_names or not namey(i):
            i += 1
            continue
        e = i + 1
        while e < n and e - i < 3 and namey(e) and not doc[e].is_sent_start:
            e += 1
        words = doc[i:e]
        if e - i < 2 or any(t.lower_ in _NOT_PERSON or _is_title_token(g, t.lower_) for t in words) \
                or any(g.lookup([t.text]) is not None for t in words[1:]):
            i += 1
            continue
        ks = {cov[j] for j in range(i, e)}
        if ks == {-1}:
            out.append((i, e, "PERSON"))
        elif len(ks) == 1:
            k = ks.pop()
            s0, e0, label = out[k]
            if (s0, e0) == (i, e) and label in ("ORG", "GPE", "LOC", "FAC", "NORP") \
                    and g.lookup([t.text for t in words]) is None:
                out[k] = (s0, e0, "PERSON")
        i = e
    return out


# All-caps words that are not organisations: units, times, figures, Roman numerals.
_NOT_ORG_ACRONYMS = frozenset("""GMT UTC EST EDT PST PDT BST CET CEST AM PM GDP GNP CPI PPI PMI
CEO CFO COO CTO MP MPS TV DVD CD PC IT AI AIDS HIV SARS COVID OK ERA RBI PCT GB XI II III IV VI
VII VIII IX XII XV LBW NB BC AD ID DNA ATM VAT IPO ETF OTC FX KM KG MW MPH FAQ PDF URL HTML
USD EUR GBP JPY CNY RUB ET PT CT MT LOL OMG SUV VIP RSVP PS NO""".split())
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")


def _acronyms(doc: Doc, spans: list, g: Gazetteer, caps: set[int]) -> list:
    """An unknown all-caps word in running text is nearly always an
    organisation's short name ("the KDP said", "LIFFE futures")."""
    cov = _covered(len(doc), spans)
    out = list(spans)
    for i, t in enumerate(doc):
        if cov[i] >= 0 or i in caps or not _ACRONYM.match(t.text) or t.text in _NOT_ORG_ACRONYMS:
            continue
        # a run of capitals ("NEW TALKS") is shouting, not an acronym
        if (i > 0 and doc[i - 1].is_upper and doc[i - 1].is_alpha and len(doc[i - 1]) > 1) or \
                (i + 1 < len(doc) and doc[i + 1].is_upper and doc[i + 1].is_alpha and len(doc[i + 1]) > 1):
            continue
        if g.lookup([t.text]) is not None:
            continue
        out.append((i, i + 1, "ORG"))
    return out


def entity_spans(doc: Doc) -> list[Span]:
    """The document's names, fixed and typed (see the module docstring)."""
    g = gazetteer()
    caps = _caps_tokens(doc)
    spans: list[tuple[int, int, str]] = []
    for ent in doc.ents:
        if ent.label_ not in KEEP_LABELS:
            continue
        for s, e, label in _clean(doc, ent.start, ent.end, ent.label_, g):
            words = [t.text for t in doc[s:e]]
            gl = _gazetteer_label(g, words)
            if gl is None and words[0].lower() == "the":
                gl = _gazetteer_label(g, words[1:])
            if gl is None and s in caps:
                continue  # re-added by _consistency if the body names it
            if gl is None and label == "ORG" and e - s > 1:
                e = _known_name_end(doc, s, e, g)
                gl = _gazetteer_label(g, [t.text for t in doc[s:e]])
            spans.append((s, e, gl or label))
    spans = _people_before_country(doc, spans, g)
    spans = _given_names(doc, spans, g, caps)
    spans = _initials(doc, spans, g)
    spans = _datelines(doc, spans, g)
    spans = _add_gazetteer(doc, spans, g)
    spans = _named_after_intro(doc, spans)
    spans = _acronyms(doc, spans, g, caps)
    spans = _teams(doc, spans, g)
    spans = _consistency(doc, spans, g)
    spans.sort()
    result: list[Span] = []
    last_end = 0
    for s, e, label in spans:
        if s < last_end or e <= s:
            continue
        result.append(Span(doc, s, e, label=label))
        last_end = e
    return result
