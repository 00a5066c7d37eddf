"""How a brief names its actors: the office with a person's name on first use, as the
cited sentence writes the title and gives the country (`Names`, `office_of`); which of
the doers a sentence names to keep (`named_people`, `titles_of_others`, `one_surname`);
a descriptive actor the sentence gives no country ("troops") told as described
(`country_not_written`, `as_described`); and the names an earlier sentence gives a
description ("the accord") (`named_descriptions`).

Moved unchanged from statements.py: the Statement phrases an act and asks
this module for its doers' names.
"""

from __future__ import annotations

import re

from ..stored import ActorSummary
from ..timexes.lexicon import WEEKDAYS
from ..words import ARTICLES, word_lists
from .mention_dates import _FULL_MONTHS
from .phrasing import display_name

# The word lists of this module: data/naming_lists.toml.
_LISTS = word_lists("newsbrief.knowledge", "naming_lists.toml")


def office_of(ref: ActorSummary) -> str | None:
    """An actor's office: the knowledge base's role at the article's date ("PRK GOV
    Supreme Leader" -> "Supreme Leader"), else the title the text gives."""
    words = (ref.role or "").split()
    former = words[:1] == ["former"]  # the knowledge base's "former AFG GOV President"
    words = words[1:] if former else words
    codes = 0
    while codes < min(2, len(words)) and re.fullmatch(r"[A-Z]{3}", words[codes]):
        codes += 1  # the country and sector codes before the office
    if codes and words[codes:]:
        office = " ".join(words[codes:])
        return f"former {office}" if former else office
    return None if former else ref.office  # no title from a past office


class Names:
    """Actors' names for one brief: the office with the name on first use
    ("Chile's Deputy Trade Minister Ana Soto"), the name after."""

    def __init__(self, states: dict[str, str], article_text=None):
        self.states = states
        self.seen: set[str] = set()
        # An article's text by its id (brief.py gives the store's), to find what a
        # pointing description ("the accord") names earlier in its paragraph.
        self.article_text = article_text

    def name(self, ref: ActorSummary, sentence: str | None = None) -> str:
        """The name, with the office on first use when the sentence (if given) names
        that office: a brief says no more about someone than its sentence does."""
        plain = display_name(ref, self.states)
        office = office_of(ref)
        if office and sentence is not None and office.lower() not in sentence.lower():
            office = None
        if office and sentence is not None and " " not in office.strip() and \
                not re.search(rf"\b{re.escape(office.strip())}\b", sentence):
            # A one-word title only as the sentence writes it: "Leader" is no title where
            # it says "the next Conservative leader".
            office = None
        if office and plain.lower().startswith(office.lower().split()[-1] + " "):
            office = None  # the name gives it already: "Queen Elizabeth II", "Pope Francis"
        key = ref.entity_id or plain
        if ref.kind != "person" or not office or key in self.seen:
            self.seen.add(key)
            return plain
        self.seen.add(key)
        if sentence is not None:
            office = _written_title(sentence, office, plain)
        country = self.states.get(ref.country or "", "")
        if sentence is not None and not _country_of_person(sentence, country, office, plain):
            # Whose office it is only when the sentence gives the country with it
            # ("Chile's Deputy Trade Minister Soto"), not elsewhere ("Gen. X
            # congratulated North Korea": X is no North Korean).
            country = ""
        if country and country.lower() not in office.lower():
            owner = country + ("'" if country.endswith("s") else "'s")
            if country.startswith(("United ", "Republic", "Czech", "Netherlands")):
                owner = "the " + owner
            return f"{owner} {office} {plain}"
        return f"{office} {plain}"


# The head nouns by which an agreement is named: any of them names it ("the Lima accord",
# "the pact between Chile and Peru").
AGREEMENT_NOUNS = ("accord", "agreement", "deal", "pact", "treaty")


# A capitalised word after "on"/"in" that is a day or a month tells when, not which one.
_CALENDAR = "|".join(w.capitalize() for w in [*WEEKDAYS, *_FULL_MONTHS])


def named_descriptions(before: str, word: str) -> set[str]:
    """The named descriptions of the head noun `word` in the text `before` (an
    agreement's: any of its names): "the Paris accord", "the accord between Chile and
    Peru"; never a time ("the accord on Friday" names no accord)."""
    noun = "|".join(AGREEMENT_NOUNS) if word in AGREEMENT_NOUNS else re.escape(word)
    found = {re.sub(r"\s+", " ", x.group(0)).strip() for x in re.finditer(
        rf"\b(?i:the|a|an)\s+(?:[A-Z][\w'’.-]*\s+)+(?i:{noun})\b|\b(?i:the|a|an)\s+"
        rf"(?:[a-z][\w-]*\s+){{0,3}}(?i:{noun})\s+(?:between|of|with|on|in)\s+"
        rf"(?!(?:{_CALENDAR})\b)[A-Z][\w'’.-]*(?:\s+(?:and\s+)?[A-Z][\w'’.-]*)*", before)}
    return {f for f in found if re.search(r"[A-Z]", f[1:])}


def country_not_written(ref: ActorSummary, states: dict[str, str], sentence: str) -> bool:
    """A descriptive name ("rebel militia", "troops") whose country the sentence does
    not give near it (the state's name or its first letters, "Syria"/"Syrian", within a
    few words before the description)."""
    name = (ref.name or "").strip()
    if ref.kind == "person" or not name[:1].islower() or not ref.country:
        return False
    country = states.get(ref.country, ref.country)
    bare = re.sub(r"^(the|a|an|its|their|his|her)\s+", "", name, flags=re.I)
    if re.match(r"(several|some|many|few|most|all|both|two|three|four|five|dozens|"
                r"hundreds|thousands)\b", bare, re.I) or bare[:1].isupper():
        return False  # display_name gives no possessive to these
    low = sentence.lower()
    stems = {w.lower()[:5] for w in re.findall(r"[A-Za-z]{4,}", country)} | {ref.country.lower()}
    head = bare.split()[0].lower() if bare.split() else ""
    for hit in re.finditer(rf"\b{re.escape(head)}", low):
        window = low[max(0, hit.start() - 45):hit.start()]
        for st in (x for x in stems if len(x) >= 3):
            for own in re.finditer(rf"\b{re.escape(st)}", window):
                if not re.search(r"\b(in|inside|into|across|throughout|from|to|near|outside|"
                                 r"within)\s+(the\s+)?$", window[:own.start()]):
                    return False  # "Syrian troops", "Syria's army" (not "In Syria, the army")
    return bool(head)


def as_described(name: str) -> str:
    return name if re.match(r"(the|a|an|this|that|these|those)\s", name, re.I) else "the " + name


# Small words inside a title written before a name ("House of Commons Leader").
_TITLE_JOINERS = frozenset(_LISTS["title_joiners"])


def _title_word(word: str) -> bool:
    """A capitalised word that may be part of a title written before a name: not an
    article, a day or a month ("On Monday Leader X"), an owner ("Peru's", told by the
    country rule) nor a word a comma, bracket or quote closes off."""
    return word[:1].isupper() and word.lower() not in ARTICLES and \
        not re.fullmatch(rf"(?:{_CALENDAR})", word) and \
        not re.search(r"(['’]s?|[,;:()\"“”])$", word) and word[:1] not in "(\"“"


def _written_title(sentence: str, office: str, name: str) -> str:
    """The title as `sentence` writes it right before `name`, when the office the store
    keeps is only its last words: "Leader" of "House of Commons Leader Ana Soto" or
    "Party Leader Ana Soto" (a title cut there names another office). The capitalised
    words before the office are the title's, with joining words between two of them
    (`_TITLE_JOINERS`); `office` itself where the sentence does not write it before the
    name."""
    words = re.findall(r"\S+", sentence)
    title, first = office.split(), (name.split() or [""])[0]
    n = len(title)
    for k in range(len(words) - n):
        if [w.lower() for w in words[k:k + n]] != [w.lower() for w in title] or \
                words[k + n] != first:
            continue
        j = k
        while j > 0:
            if _title_word(words[j - 1]):
                j -= 1
                continue
            back = j - 1
            while back > 0 and words[back].lower() in _TITLE_JOINERS and \
                    words[back] == words[back].lower():
                back -= 1
            if back < j - 1 and _title_word(words[back]):
                j = back
                continue
            break
        return " ".join(words[j:k + n]) if j < k else office
    return office


def _country_of_person(sentence: str, country: str, office: str, name: str) -> bool:
    """The sentence names `country` just before the office or the name (within a few
    words: "Peru's Foreign Minister Ana Soto")."""
    if not country:
        return False
    low = sentence.lower()
    marks = [w for w in [office.split()[0] if office.split() else "",
                         name.split()[-1] if name.split() else ""] if len(w) > 2]
    for w in marks:
        for hit in re.finditer(rf"\b{re.escape(w.lower())}\b", low):
            if country.lower() in low[max(0, hit.start() - len(country) - 40):hit.start()]:
                return True
    return False


def one_surname(refs: list[ActorSummary], others: list[ActorSummary],
                 sentence: str) -> str | None:
    """The surname, when the doers named are people of one surname, the sentence writes
    the surname alone (never a full name of theirs), and another telling of the act links
    that surname to someone else ("Trump thanked X" linked to the president in one
    report and to his wife in another): the brief cannot tell which person the text
    means, so it says what the text says."""
    if not refs or any(r.kind != "person" or not (r.name or "").split() for r in refs):
        return None
    last = {r.name.split()[-1] for r in refs}
    if len(last) != 1:
        return None
    surname = last.pop()
    ids = {r.entity_id or r.name for r in refs}
    if not any(o.kind == "person" and (o.name or "").split()[-1:] == [surname]
               and (o.entity_id or o.name) not in ids for o in refs + others):
        return None
    if any(r.name in sentence for r in refs) or \
            not re.search(rf"\b{re.escape(surname)}\b", sentence):
        return None
    return surname


def named_people(refs: list[ActorSummary]) -> list[ActorSummary]:
    """Leave out a bare title ("Chilean Foreign Minister") when a named person of the
    same country holds that office ("Foreign Minister Andres Solis")."""
    offices = {(r.country, w.lower()) for r in refs if r.kind == "person"
               for w in (office_of(r) or "").split()}
    out = []
    for r in refs:
        last = r.name.split()[-1].lower() if r.name.split() else ""
        if r.kind in ("person", None) and not r.entity_id and (r.country, last) in offices:
            continue
        out.append(r)
    return out or refs


def titles_of_others(refs: list[ActorSummary], sentence: str) -> list[ActorSummary]:
    """Leave out a ref whose words stand right before another's name in the sentence:
    "Great Grimsby MP Melanie Onn" is one person, not "Great Grimsby MP and Melanie Onn"."""
    if len(refs) < 2:
        return refs
    out = []
    for r in refs:
        name = (r.name or "").strip()
        title = False
        for o in refs:
            if o is r or not o.name:
                continue
            first = o.name.split()[0]
            if name and re.search(rf"{re.escape(name)}\s+(?:[A-Z][\w.'’-]*\s+)*"
                                  rf"{re.escape(first)}\b", sentence):
                title = True
                break
        if not title:
            out.append(r)
    return out or refs
