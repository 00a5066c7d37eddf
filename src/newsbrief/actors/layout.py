"""News layout rules for entity spans: headlines, datelines, results tables and
bylines, where the model's casing and context cues fail.

Each function takes the current spans as (start, end, label) token triples and
returns them with additions or relabels; each is one walk over the tokens.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..nlp import doc_words
from .gazetteer import CAPITAL, CITY, COUNTRY, REGION, Gazetteer
from ..words import word_lists
from .name_cues import LAYOUT_TITLES

# The word lists of this module: data/layout_lists.toml.
_LISTS = word_lists("newsbrief.actors", "layout_lists.toml")
_INITIAL = re.compile(r"^[A-Z]\.(?:[A-Z]\.)*$")
_GLUED_INITIAL = re.compile(r"^[A-Z]\.[A-Z][a-z'’]+")  # "T.O'Gorman"
_ISO_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
_MONTHS = frozenset(_LISTS["months"])
_PLACE_KINDS = frozenset({COUNTRY, CAPITAL, CITY, REGION})
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def words_of(doc: Doc) -> list[str]:
    """Token texts, built once per Doc: walking plain strings is several times
    cheaper than creating spaCy Token objects in every pass."""
    return doc_words(doc)


def is_title_token(g: Gazetteer, low: str) -> bool:
    if low in LAYOUT_TITLES or low in g.title_words:
        return True
    role = g.role((low,))
    return bool(role and role.title)


def capitalised(text: str) -> bool:
    return bool(text) and text[0].isupper()


def capitalised_common_word(tok) -> bool:
    """A capitalised word the tagger reads as no proper noun, not written in capitals:
    "House" of "House prices rose" at the head of a sentence, "Groups" of "Groups
    including X and Y sued". A name list or the model may still take it for a name; the
    gazetteer pass here and the events stage's member lists (events/actorrefs.py) read
    it as the common word."""
    return capitalised(tok.text) and tok.pos_ != "PROPN" and not tok.text.isupper()


def covered(n: int, spans: list[tuple[int, int, str]]) -> list[int]:
    """Per token: index of the span covering it, or -1."""
    cov = [-1] * n
    for k, (s, e, _) in enumerate(spans):
        for i in range(s, e):
            cov[i] = k
    return cov


def initials(doc: Doc, spans: list, g: Gazetteer) -> list:
    """'J. Smith' / 'T.O'Gorman' are people (results tables, bylines); 'U.S.'
    is not an initial."""
    cov = covered(len(doc), spans)
    out = list(spans)
    n = len(doc)
    for i, text in enumerate(words_of(doc)):
        if not (text[:1].isupper() and "." in text):
            continue  # cheap filter before any Token is built
        tok = doc[i]
        if g.lookup([tok.text]) is not None:
            continue
        if _GLUED_INITIAL.match(tok.text):
            s, e = i, i + 1
        elif _INITIAL.match(tok.text) and i + 1 < n and capitalised(doc[i + 1].text) \
                and doc[i + 1].is_alpha:
            s, e = i, i + 2
            while e < n and doc[e].is_alpha and capitalised(doc[e].text) and e - s < 4 \
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


def datelines(doc: Doc, spans: list, g: Gazetteer) -> list:
    """'SEOUL, Dec 5 (Reuters) -', 'LONDON 1996-08-30', 'WASHINGTON —': the
    all-caps place that opens a story is a GPE."""
    cov = covered(len(doc), spans)
    out = list(spans)
    n = len(doc)
    starts = [sent.start for sent in doc.sents] if doc.has_annotation("SENT_START") else [0]
    for s in starts:
        e = s
        while e < n and e - s < 4 and doc[e].is_alpha and doc[e].is_upper and len(doc[e]) > 1:
            e += 1
        if e == s or e >= n or doc[s].lower_ in _WEEKDAYS:
            continue  # "FRIDAY , AUGUST 30" heads a schedule, not a dateline
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


def caps_tokens(doc: Doc) -> set[int]:
    """Tokens of all-caps sentences (headlines): the model's casing cues are gone
    there, so its spans are kept only when the gazetteer or the body confirms them."""
    if not doc.has_annotation("SENT_START"):
        return set()
    out: set[int] = set()
    words = words_of(doc)
    for sent in doc.sents:
        alpha = [w for w in words[sent.start:sent.end] if len(w) > 1 and w.isalpha()]
        if len(alpha) < 2:
            continue
        upper = sum(w.isupper() for w in alpha)
        if len(alpha) == 2 and upper < 2:
            continue
        # Title Case headlines capitalise function words too ("Says All Of The").
        title = sum(w.istitle() for w in alpha)
        function_caps = sum(w.istitle() and w.lower() in _FUNCTION_WORDS for w in alpha)
        if upper >= 0.8 * len(alpha) or (title + upper >= 0.8 * len(alpha) and function_caps >= 2):
            out.update(range(sent.start, sent.end))
    return out


_FUNCTION_WORDS = frozenset(_LISTS["function_words"])


def country_after(doc: Doc, e: int, g: Gazetteer) -> bool:
    """'( Sweden )' right after a span: an athlete or player and their country."""
    if e + 2 >= len(doc) or doc[e].text != "(":
        return False
    for L in (1, 2, 3):
        if e + 1 + L < len(doc) and doc[e + 1 + L].text == ")":
            info = g.lookup([t.text for t in doc[e + 1:e + 1 + L]])
            return info is not None and info.kind == COUNTRY
    return False


def people_before_country(doc: Doc, spans: list, g: Gazetteer) -> list:
    """'Anna Lind ( Sweden )' in results lists: two or three capitalised words
    before a bracketed country name are a person, whatever the model said."""
    cov = covered(len(doc), spans)
    out = list(spans)
    words = words_of(doc)
    for e in range(2, len(doc)):
        if words[e] != "(" or not country_after(doc, e, g):
            continue
        s = e
        while s > 0 and e - s < 3 and doc[s - 1].is_alpha and capitalised(doc[s - 1].text) \
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


# Nouns after which capitalised words name an organisation ("news agency Tanjug").
_ORG_INTRO = frozenset(_LISTS["org_intro"])
_PLACE_PREP = frozenset({"in", "at", "from", "to", "near", "of", "into", "outside", "across"})
_SCORE = re.compile(r"^\d{1,3}(-\d{1,3})?$")


def named_after_intro(doc: Doc, spans: list) -> list:
    cov = covered(len(doc), spans)
    out = list(spans)
    n = len(doc)
    words = words_of(doc)
    for i in range(1, n):
        if words[i - 1].lower() not in _ORG_INTRO or cov[i] >= 0:
            continue
        if not doc[i].is_alpha \
                or len(doc[i]) < 2 \
                or not capitalised(doc[i].text) or doc[i].is_sent_start:
            continue
        e = i
        while e < n and e - i < 4 and cov[e] < 0 and doc[e].is_alpha and capitalised(doc[e].text):
            e += 1
        out.append((i, e, "ORG"))
        for j in range(i, e):
            cov[j] = len(out) - 1
    return out


_SQUAD_WORDS = frozenset(_LISTS["squad_words"])


def teams(doc: Doc, spans: list, g: Gazetteer) -> list:
    """Results lines name teams by their towns: 'Kent 108-3', 'v Durham',
    'BOSTON 74 59'. A town (never a country: national sides stay places)
    followed by a score, after 'v'/'vs', or before a squad word ('Surrey captain')
    is the team (ORG)."""
    out = []
    n = len(doc)
    for s, e, label in spans:
        if label in ("GPE", "LOC") and e < n:
            info = g.lookup([t.text for t in doc[s:e]])
            if info is None or info.kind != COUNTRY:
                before = doc[s - 1].lower_ if s > 0 else ""
                score = _SCORE.match(doc[e].text) and before not in _PLACE_PREP
                versus = before in ("v", "vs", "vs.", "v.", "versus")
                squad = doc[e].lower_ in _SQUAD_WORDS  # "Surrey captain", "Milan coach"
                if score or versus or squad:
                    label = "ORG"
        out.append((s, e, label))
    return out


# Words that make "Given Word" a place or an institution, not a person
# ("George Washington University", "Victoria Station").
# Words a paper's name ends in ("the Daily Herald"): one list, read here and by
# events.arguments (a publisher unknown to the knowledge base).
PAPER_NAME_WORDS = frozenset(_LISTS["paper_name_words"])
_NOT_PERSON = frozenset(_LISTS["not_person"]) | PAPER_NAME_WORDS


def given_names(doc: Doc, spans: list, g: Gazetteer, caps: set[int]) -> list:
    """A common given name + one or two capitalised words is a person, when the
    model left the words untyped or typed them as an organisation or place."""
    cov = covered(len(doc), spans)
    out = list(spans)
    n = len(doc)

    texts = words_of(doc)

    def namey(j: int) -> bool:
        w = texts[j]
        return w.isalpha() and (w.istitle() or (w.isupper() and j in caps and len(w) > 1)) \
            and w.lower() not in _FUNCTION_WORDS

    i = 0
    while i < n:
        if texts[i].lower() not in g.given_names or not namey(i) or \
                (i > 0 and namey(i - 1) and not is_title_token(g, texts[i - 1].lower())):
            # (a given name opens a name: "San Diego" and "SAN FRANCISCO AT" are not people)
            i += 1
            continue
        e = i + 1
        longest = 2 if i in caps else 3  # a headline runs on into verbs: "JOHN DOE WINS"
        while e < n and e - i < longest and namey(e) and not doc[e].is_sent_start:
            e += 1
        words = doc[i:e]
        if e - i < 2 or any(t.lower_ in _NOT_PERSON or is_title_token(g, t.lower_) for t in words) \
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
_NOT_ORG_ACRONYMS = frozenset(_LISTS["not_org_acronyms"])
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")


def acronyms(doc: Doc, spans: list, g: Gazetteer, caps: set[int]) -> list:
    """An unknown all-caps word in running text is nearly always an
    organisation's short name ("the KDP said", "LIFFE futures")."""
    cov = covered(len(doc), spans)
    out = list(spans)
    for i, text in enumerate(words_of(doc)):
        if cov[i] >= 0 or i in caps or not _ACRONYM.match(text) or text in _NOT_ORG_ACRONYMS:
            continue
        t = doc[i]
        # a run of capitals ("NEW TALKS") is shouting, not an acronym
        if (i > 0 and doc[i - 1].is_upper and doc[i - 1].is_alpha and len(doc[i - 1]) > 1) or \
                (i + 1 < len(doc) and doc[i + 1].is_upper and doc[i + 1].is_alpha and len(doc[i + 1]) > 1):
            continue
        if g.lookup([t.text]) is not None:
            continue
        out.append((i, i + 1, "ORG"))
    return out
