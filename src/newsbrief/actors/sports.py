"""Sports teams named after places or people ("Leicestershire beat Somerset",
"Chicago 5 Houston 3", "Nice have signed ...").

News convention (and CoNLL-2003) types a club named after its town as an
organisation, while the model reads the town as a place (or a surname). The
rule runs only in a sports text: four distinct sports cues in the document
(`data/sports_words.txt`, scores like "2-1", results lines "Kent 5 Essex 3"),
at least one of them specific to sport, so that a war report where an army
"beat back" an attack and "won" a town is left alone. Within such a text a
name that is not a country (national sides are written and typed as their
countries) becomes ORG when it
  - is followed by a score ("Essex 372", "MONTREAL 71 61") and does not follow
    a place preposition ("in Leeds 3 May" stays a place),
  - follows "v", "against", "beat", "defeated", "at home to", "drew with", or sits
    on either side of "AT" in a fixtures line ("SAN DIEGO AT MONTREAL"),
  - is the subject of a sports verb or of a plural verb ("Kent beat", "Nice have").
Single-word PERSON spans are relabelled only if they are no one's surname and no
given name here. One walk over the spans plus one over the tokens.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc

from .gazetteer import COUNTRY, DEMONYM, Gazetteer, fold
from .layout import _FUNCTION_WORDS, _MONTHS, _SQUAD_WORDS, _WEEKDAYS, capitalised, covered, words_of
from ..nlp import per_doc
from ..words import word_lists

# The word lists of this module: data/sports_lists.toml.
_LISTS = word_lists("newsbrief.actors", "sports_lists.toml")
# One figure after a name ("Essex 372", "Kent 3"): the tokenizer splits "3-1" into
# "3", "-", "1", so a name's score is read on its first figure alone.
_SCORE = re.compile(r"^\d{1,3}$")
_MIN_DENSITY = 0.015  # share of words that are sports cues (see is_sports_text)
_ISO_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
_PAIR = re.compile(r"^\(?(\d{1,3})[-\u2013](\d{1,3})\)?$")  # "2-1", "(6-3)", "3–0"
_NUMBER = re.compile(r"^\d{1,3}$")
_DASHES = frozenset({"-", "\u2013"})
# Words near a number pair that make it a vote or a range, not a score.
_TALLY = frozenset(_LISTS["tally"])
_MAX_SCORE = 200  # a figure of a score: basketball runs past 100, not past 200
_PLACE_PREP = frozenset(_LISTS["place_prep"])
_BEFORE_TEAM = frozenset(_LISTS["before_team"])
# Verbs whose subject, in a sports text, is a side ("Kent beat", "Nice have").
_TEAM_VERBS = frozenset(_LISTS["team_verbs"])
# Words right before a club's name ("joined Milan", "first division side Nice").
_CLUB_BEFORE = frozenset({"joined", "rejoined", "club", "side", "champions", "outfit", "rivals"})
# "played for X", "transferred to X": a player's move names the club.
_MOVE_VERBS = frozenset(_LISTS["move_verbs"])
# Capitalised words that precede a number in tables without being a side.
_NOT_SIDE = frozenset(_LISTS["not_side"]) | _MONTHS | _WEEKDAYS | _FUNCTION_WORDS
# Before a player in a scorecard: "( Smith 4-50 )", "c Smith b Jones 22", "lbw b Jones".
_SCORECARD = frozenset({"(", ",", "b", "c", "st", "lbw", "run", "&"})
_DISMISSAL = frozenset({"b", "c", "st", "lbw"})  # cricket scorecards: a bowler or fielder follows
_PRONOUNS = frozenset(_LISTS["pronouns"])


@lru_cache(maxsize=1)
def sports_words() -> tuple[frozenset[str], frozenset[str]]:
    """(all cue words, strong cue words) from data/sports_words.txt."""
    text = resources.files("newsbrief.actors").joinpath("data/sports_words.txt").read_text("utf-8")
    cues, strong = set(), set()
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        word, _, mark = line.partition(" ")
        cues.add(word)
        if mark.strip() == "*":
            strong.add(word)
    return frozenset(cues), frozenset(strong)


def is_sports_text(doc: Doc) -> bool:
    """Four distinct sports cues, one of them strong (a sport word, a score like
    "2-1" or a results line "Name 3 Name 1"), or three when one is a score or a
    results line; and cues make at least 1.5% of the words. (A political story
    that mentions a golf club, a basketball team and a won vote has the words
    but not the density: about 1%; sports reports run from about 2% up.)"""
    return per_doc(doc, "newsbrief.sports", _is_sports_text)


def _is_sports_text(doc: Doc) -> bool:
    cues, strong = sports_words()
    seen: set[str] = set()
    has_strong = False
    hits = 0
    words = words_of(doc)
    n = len(words)
    # (read on the tokens: the tokenizer splits "2-1" into three, so a score is
    # seldom one word)
    scores = {first for first, _end, _a, _b in result_pairs(doc)} \
        if any(w in _DASHES or _PAIR.match(w) for w in words) else set()
    for i, w in enumerate(words):
        low = w.lower()
        if low in cues:
            seen.add(low)
            has_strong = has_strong or low in strong
        elif i in scores:
            seen.add("<score>")
            has_strong = True
        elif w.isdigit() and len(w) <= 3 and 0 < i and i + 2 < n and capitalised(words[i - 1]) \
                and capitalised(words[i + 1]) and words[i + 2].isdigit():
            seen.add("<results-line>")
            has_strong = True
        else:
            continue
        hits += 1
    if not has_strong or hits < _MIN_DENSITY * n:
        return False
    return len(seen) >= 4 or (len(seen) >= 3 and ("<score>" in seen or "<results-line>" in seen))


def number_pairs(toks) -> list[tuple[int, int, int, int]]:
    """Each number pair ("2-1", "6-3") in a list of tokens as the parser gives them, as
    (first token, end token, first number, second number): one token ("3–0",
    "(6-3)") or three ("3", "-", "0": the tokenizer splits a hyphen between figures),
    written with no space between. Numbers of four figures ("2019-20") make no pair."""
    out = []
    k = 0
    while k < len(toks):
        m = _PAIR.match(toks[k].text)
        if m:
            out.append((k, k + 1, int(m.group(1)), int(m.group(2))))
            k += 1
            continue
        if k + 2 < len(toks) and _NUMBER.match(toks[k].text) and not toks[k].whitespace_ \
                and toks[k + 1].text in _DASHES and not toks[k + 1].whitespace_ \
                and _NUMBER.match(toks[k + 2].text) \
                and not (k and toks[k - 1].text in _DASHES and not toks[k - 1].whitespace_) \
                and not (k + 3 < len(toks) and toks[k + 3].text in _DASHES
                         and not toks[k + 2].whitespace_):
            # (a chain "3-1-0" or "1-2-3-4" is a record or a list, not a pair)
            out.append((k, k + 3, int(toks[k].text), int(toks[k + 2].text)))
            k += 3
            continue
        k += 1
    return out


# How far either side of a number pair a word is read as telling what the pair is ("a
# 2-1 win", "voted 52-48 on Tuesday"): by the tally check here and genre's result words.
PAIR_REACH = 4


def pair_window(toks, first: int, end: int):
    """The tokens within `PAIR_REACH` of the pair `toks[first:end]`, the pair included."""
    return toks[max(0, first - PAIR_REACH):end + PAIR_REACH]


def result_pairs(toks) -> list[tuple[int, int, int, int]]:
    """The number pairs of `number_pairs` that can be a score: both figures at most 200,
    and no vote or range word within `PAIR_REACH` tokens (`pair_window`: "voted 52-48", "a 5-4
    ruling", "aged 18-24": `tally` in data/sports_lists.toml)."""
    out = []
    for first, end, a, b in number_pairs(toks):
        if a > _MAX_SCORE or b > _MAX_SCORE:
            continue
        if any(t.lower_ in _TALLY for t in pair_window(toks, first, end)):
            continue
        out.append((first, end, a, b))
    return out


def _surnames(doc: Doc, spans: list) -> set[str]:
    out = set()
    for s, e, label in spans:
        if label == "PERSON" and e - s >= 2:
            out.add(doc[e - 1].lower_)
    return out


def _team_position(doc: Doc, s: int, e: int, words: list[str], verbs: bool = True) -> bool:
    n = len(doc)
    before = words[s - 1].lower() if s > 0 else ""
    after = words[e] if e < n else ""
    if _SCORE.match(after) and before not in _PLACE_PREP:
        return True
    if before in _BEFORE_TEAM:
        return True
    if s >= 2 and (before, words[s - 2].lower()) in (("to", "home"), ("with", "drew"),
                                                     ("with", "draw"), ("over", "win"),
                                                     ("over", "victory")):
        return True
    if (after == "AT" or before == "at" and words[s - 1] == "AT") and words[s].isupper():
        return True  # fixtures line "SAN DIEGO AT MONTREAL"
    if before in _CLUB_BEFORE or (s >= 2 and before in ("for", "to") and
                                  words[s - 2].lower() in _MOVE_VERBS):
        return True  # "joined Milan", "side Nice", "played for Nice", "transferred to Milan"
    if after.lower() in _SQUAD_WORDS and before not in _PLACE_PREP:
        return True  # "Surrey captain", "ROTOR FANS"
    if after in ("'s", "’s") and e + 1 < n and (words[e + 1].lower() in _SQUAD_WORDS or (
            words[e + 1].istitle() and e + 2 < n and words[e + 2].istitle())):
        return True  # "Birmingham 's Gary Breen", "Milan 's coach"
    if verbs and after.lower() in _TEAM_VERBS and before not in _PLACE_PREP:
        tok = doc[e]
        # A verb right after the name, in the present or past (not "Paris , where").
        return tok.pos_ in ("VERB", "AUX", "") or not doc.has_annotation("TAG")
    return False


def sports_teams(doc: Doc, spans: list, g: Gazetteer, sports: bool) -> list:
    """Relabel (and add) team names in a sports text (`sports`: the verdict of
    `is_sports_text(doc)`); other texts unchanged.

    A name seen once in a team position is a team everywhere in the text
    ("Derbyshire 471" ... "took Derbyshire to 471"), so the model's PERSON or GPE
    on its other mentions is overridden too."""
    if len(doc) < 20 or not sports:
        return spans
    words = words_of(doc)
    surnames = _surnames(doc, spans)

    def eligible(s: int, e: int, label: str) -> bool:
        if label not in ("GPE", "LOC", "PERSON", "FAC"):  # not NORP: "the Kurds won"
            return False
        if any(_SCORE.match(w) for w in words[s:e]):
            return False  # "Partick 1 St Mirren": two sides in one span
        info = g.lookup(words[s:e])
        if info is not None and info.kind in (COUNTRY, DEMONYM):
            return False  # national sides are written (and typed) as their countries
        if label == "PERSON":
            # One word, nobody's given name or surname here: "Derbyshire", not
            # "Helena Sukova" (a player "beat" in a results line).
            return e - s == 1 and doc[s].lower_ not in g.given_names and doc[s].lower_ not in surnames
        return True

    added = _unlabelled_sides(doc, spans, words, g)
    # Untyped sides in tables vouch for places only; a PERSON needs its own
    # evidence (a bowler "Smith 3" in a scorecard is not a side).
    place_teams = {fold(doc[s:e].text) for s, e, _ in added}
    teams: set[str] = set()
    scored: set[str] = set()  # names seen with a score after them ("Lotte 6")
    for s, e, label in spans:
        if not eligible(s, e, label):
            continue
        if label == "PERSON" and s > 0 and (words[s - 1] in _SCORECARD or capitalised(words[s - 1])
                                            or (e < len(doc) and "-" in words[e])):
            continue  # "b Smith 22", "( Smith 4-50 )": a player in a scorecard
        if s > 0 and words[s - 1] in _DISMISSAL:
            continue
        if _team_position(doc, s, e, words):
            teams.add(fold(doc[s:e].text))
            if e < len(doc) and words[e].isdigit():
                scored.add(fold(doc[s:e].text))
    place_teams |= teams
    # A name the model always calls a person ("against Jansher", "defeated
    # Jansher") may be a player of an individual sport: it becomes a team only
    # with a score after it somewhere, or some mention typed otherwise.
    person_only = {fold(doc[s:e].text) for s, e, label in spans if label == "PERSON"} - \
        {fold(doc[s:e].text) for s, e, label in spans if label != "PERSON"} - \
        {fold(doc[s:e].text) for s, e, _ in added}
    teams -= person_only - scored
    if not place_teams:
        return spans
    n = len(doc)

    def place_position(s: int, e: int) -> bool:
        # "In Montreal ,", "NEW YORK 1996-08-30" (a dateline): the town itself.
        return (s > 0 and words[s - 1].lower() in _PLACE_PREP) or \
            (e < n and bool(_ISO_DATE.match(words[e])))

    out = [(s, e, "ORG" if eligible(s, e, label) and fold(doc[s:e].text) in
            (teams if label == "PERSON" else place_teams) and not place_position(s, e) else label)
           for s, e, label in spans]
    return out + added


def _unlabelled_sides(doc: Doc, spans: list, words: list[str], g: Gazetteer) -> list:
    """Capitalised runs the model left untyped, in a team position: results and
    table rows ("Glamorgan 259 and 207", "Puchon 2 Chonbuk 1") and fixtures."""
    cov = covered(len(doc), spans)
    n = len(doc)
    cues, _ = sports_words()
    stop = _NOT_SIDE | cues | _PRONOUNS
    added = []
    i = 0
    while i < n:
        if cov[i] >= 0 or not capitalised(words[i]) or not words[i][0].isalpha() \
                or words[i].lower() in stop or len(words[i]) < 2:
            i += 1
            continue
        e = i + 1
        while e < n and e - i < 4 and cov[e] < 0 and capitalised(words[e]) and words[e][0].isalpha() \
                and words[e].lower() not in stop and not (words[e] == "AT"):
            e += 1
        if _team_position(doc, i, e, words, verbs=False) and words[i].lower() not in g.given_names \
                and (e >= n or words[e] != "(" or (i > 0 and words[i - 1].lower() in ("v", "vs"))) and (i == 0 or words[i - 1] not in _DISMISSAL) \
                and not (i > 0 and words[i - 1][:1].isupper()
                                                     and words[i - 1][0].isalpha()
                                                     and not words[i - 1].isupper()):
            info = g.lookup(words[i:e])
            if info is None or info.kind not in (COUNTRY, DEMONYM):
                added.append((i, e, "ORG"))
        i = e
    return added
