"""Sports play and business, market, science and product news: told in the words of
events, but not the political and social interactions an event dataset holds.

A team beating another is coded as an attack, a takeover offer as an agreement, an
accounting charge as an accusation, an airline cutting routes as a sanction. This module
reads, for one coded record, whether its clause tells such a story (`genre_of`), from
marks that any news report shows:

- sports play: a play or result word as the trigger ("beat", "drew", "a 2-1 win",
  "claimed the title") with a sports mark in the sentence: a score ("2-1", "6-3 6-4")
  next to a result word or in a sports report, a word used only about sport
  ("innings", "semifinal", "freestyle"), or, in a sports report
  (`actors.sports.is_sports_text`), a sport word with other senses ("match", "title");
- business news: a party that is a firm or a market (a company's name or noun, a
  business sector, "shares", "the index") and none that is a public one, in a sentence
  with business words ("a share", "stake", "dividend", "routes", "quarter") or money,
  or in a business report (business words in a third of its sentences).

A political or social event told in such a story stays one: any party of a state,
party, union, court, police, army or civil-society sector (or a state's name in a
business story), or a sentence of violence, policing, protest, strikes, courts or
state acts ("police arrested fans after the match", "workers struck over job cuts",
"the regulator blocked the merger", "banned for two years after a doping test").

The words are in data/genre_words.toml. Pure: reads the parse and the record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..actors.sports import is_sports_text, pair_window, result_pairs
from ..nlp import datelines, per_doc
from .lexicon import word_lists

GENRE_FILE = "genre_words.toml"
LISTS = ("play_result", "play", "sport_strong", "sport_weak", "result", "public", "business",
         "business_weak", "firm", "public_body", "currency", "firm_office", "firm_head_only")

# Sectors of the parties that make a record a political or social act whatever the
# story is about: a state's offices and forces, parties, unions, rebels, opposition,
# crime, civil society, religion, refugees. A firm (BUS), the press, schools and
# hospitals do not.
PUBLIC_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "PTY", "LAB", "REB",
                            "OPP", "CRM", "UAF", "INS", "CVL", "REL", "REF"})
# A record of a protest or a strike is a social act in any story.
KEPT_TYPES = frozenset({"PROTEST"})
# Tokens that may stand between two pairs of one run: "won 2-1 (1-0)", "7-6 (7-4)".
_RUN_GAP = frozenset({"(", ")"})
_MONEY = re.compile(r"^[$€£¥]|^(us|c|a|hk)?\$")
# Public words matched as written, not by lemma: "struck" and "shooting" are also play.
_FORMS_ONLY = frozenset({"strike", "shoot"})
# A business report: business words in this share of its sentences.
BUSINESS_PAGE = 0.3


@dataclass(frozen=True)
class GenreWords:
    play_result: frozenset[str]
    play: frozenset[str]
    sport_strong: frozenset[str]
    sport_weak: frozenset[str]
    result: frozenset[str]
    public: frozenset[str]
    business: frozenset[str]
    business_weak: frozenset[str]
    firm: frozenset[str]
    public_body: frozenset[str]
    currency: frozenset[str]
    firm_office: frozenset[str]
    firm_head_only: frozenset[str]


@lru_cache(maxsize=1)
def genre_words() -> GenreWords:
    # The checked loader of events.lexicon, so a missing or malformed list names the file.
    lists = word_lists(GENRE_FILE, LISTS)
    return GenreWords(**{k: lists[k] for k in LISTS})


@dataclass(frozen=True)
class Page:
    """What the whole article is: a sports report, a business report."""

    sports: bool = False
    business: bool = False


def page_of(doc) -> Page:
    """The article's kind, computed once per Doc."""
    return per_doc(doc, "newsbrief.genre_page", _page_of)


def _page_of(doc) -> Page:
    w = genre_words()
    n = hits = 0
    try:
        sents = list(doc.sents)
    except ValueError:
        sents = [doc[:]]
    cut_off = {start for start, _ in datelines(doc)}  # (no sentence of the story)
    for sent in sents:
        if len(sent) < 4 or sent.start in cut_off:
            continue
        n += 1
        hits += any(t.lower_ in w.business or t.lower_ in w.business_weak
                    for t in sent if t.pos_ != "VERB")
    return Page(sports=is_sports_text(doc), business=bool(n) and hits >= BUSINESS_PAGE * n
                and n >= 3)


def _sentence(tok):
    try:
        return tok.sent
    except ValueError:
        return tok.doc[:]


def _lemma(tok) -> str:
    return (tok.lemma_ or tok.lower_).lower()


def _scores(sent, w: GenreWords, sports_page: bool) -> bool:
    """A number pair that is a result: next to a result word ("a 2-1 win", "won 6-3"),
    one of a run of pairs ("6-3 6-4"), or any pair in a sports report; never one next
    to a vote or a range word ("voted 52-48", "a 5-4 ruling", "aged 18-24"), and never one
    that counts or names the noun after it ("5-6 villagers", "the 9-11 attacks"; "a 3-0
    defeat" is a result)."""
    toks = list(sent)
    pairs = result_pairs(toks)
    for n, (first, end, _a, _b) in enumerate(pairs):
        near = {x.lower_ for x in pair_window(toks, first, end)}
        nxt = toks[end] if end < len(toks) else None
        if nxt is not None and (nxt.lower_ == "of" or (
                nxt.pos_ == "NOUN" and nxt.lower_ not in w.result
                and not (nxt.dep_ == "compound" and nxt.head.lower_ in w.result))):
            continue  # a count or a name: "5-6 villagers", "10-12 of its fighters"
        run = (n > 0 and _joined(toks, pairs[n - 1][1], first)) or \
            (n + 1 < len(pairs) and _joined(toks, end, pairs[n + 1][0]))
        if sports_page or run or near & w.result:
            return True
    return False


def _joined(toks, end: int, start: int) -> bool:
    """Whether a pair ending at `end` and one starting at `start` are one run: next to
    each other, or apart only by a bracket."""
    return end <= start and all(t.text in _RUN_GAP for t in toks[end:start])


def _sport_marked(sent, w: GenreWords, page: Page) -> bool:
    words = {t.lower_ for t in sent}
    if words & w.sport_strong or _scores(sent, w, page.sports):
        return True
    return page.sports and bool(words & w.sport_weak)


def sport_sentence(sent) -> bool:
    """Is the sentence told of sport: a word used only about sport, a score, or, in a
    sports report, a sport word with other senses. The same test as for play records,
    for readers of other senses ("vowed revenge after a 3-0 defeat" is no threat)."""
    return _sport_marked(sent, genre_words(), page_of(sent.doc))


def _public_sentence(sent, tok, w: GenreWords, skip: set[int] = frozenset()) -> bool:
    """Violence, policing, protest, strikes, courts or state acts told in the sentence
    (the trigger itself aside: "strike" is also a sports word; and the words of
    `skip`)."""
    return any(t.lower_ in w.public or (_lemma(t) in w.public and _lemma(t) not in _FORMS_ONLY)
               for t in sent if t.i != tok.i and t.i not in skip)


def _firm_office(tok, w: GenreWords) -> list:
    """The words of the office the trigger's doer takes or leaves, when only a firm has
    it: the "as" phrase whose head (or a conjunct of it) is a firm's office ("quit as
    its chief executive", "left as president and CEO"), naming no public body. Public
    bodies have chief executives too ("as chief executive of the city council"), and
    "executive" heads no office in "signed it as an executive order"."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        heads = [c for c in prep.children if c.dep_ == "pobj"]
        heads += [c for h in heads for c in h.conjuncts]
        words = list(prep.subtree)
        if any(h.lower_ in w.firm_office for h in heads) and \
                not any(t.lower_ in w.public_body for t in words):
            return words
    return []


_POSSESSIVE = re.compile(r"['’]s?$")


def _party_words(ref) -> set[str]:
    # A possessive is the word's own: "Acme Inc.'s unit" names an "inc." firm.
    return {_POSSESSIVE.sub("", x).strip(".,'’\"()").lower() for x in (ref.text or "").split()}


# After a head noun, the phrase goes on with a preposition ("the chief executive of Acme").
_AFTER_HEAD = frozenset({"of", "at", "for", "from", "with", "in"})


def _firm_named(ref, w: GenreWords) -> bool:
    """The party's phrase names a firm or a market (a word of `firm`); a word of
    `firm_head_only` counts only as the phrase's head ("Acme's chief executive",
    "executives at Acme", "the chief executive, Ana Rossi"), not as a modifier of the
    lower-case noun after it ("the executive order", "the executive branch")."""
    raw = (ref.text or "").split()
    for i, x in enumerate(raw):
        word = _POSSESSIVE.sub("", x).strip(".,'’\"()").lower()
        if word not in w.firm:
            continue
        if word in w.firm_head_only and i + 1 < len(raw) and x[-1:].isalpha() and \
                raw[i + 1][:1].islower() and raw[i + 1] not in _AFTER_HEAD:
            continue
        return True
    return False


def _public_party(refs, kinds: dict, w: GenreWords, states: bool) -> bool:
    """A party of a public sector, an IGO, a public body named by its words; with
    `states`, also a state named as such (in a business story "China agreed to buy" is
    trade policy; in a sports report "India beat Pakistan" names the national sides)."""
    for r in refs:
        if r.sector in PUBLIC_SECTORS or r.country == "IGO":
            return True
        if _party_words(r) & w.public_body:
            return True
        if states and kinds.get(r.entity or "") == "state" and \
                not _firm_named(r, w):
            return True  # not "Acme PLC's U.S. subsidiary": a firm's unit in a state
        if states and r.country and not r.entity and not r.sector and \
                not _firm_named(r, w):
            return True  # "the U.S.", "Beijing" read as a state
    return False


def _firm_party(refs, kinds: dict, w: GenreWords) -> tuple[bool, bool]:
    """(a party named as a firm or a market: business sector, a firm's noun or suffix;
    a party that is some organisation)."""
    named = org = False
    for r in refs:
        if r.sector == "BUS" or _firm_named(r, w):
            named = True
        elif kinds.get(r.entity or "") == "organization":
            org = True
    return named, org


def sports_play(tok, refs, sent, page: Page, w: GenreWords | None = None,
                kinds: dict | None = None) -> bool:
    """Is the trigger a play or result word in a sentence marked as sport, with no
    public party and no public act told beside it? With a state named as a party (a
    national side, or a state acting) only a result word is read as play."""
    w = w or genre_words()
    words = {_lemma(tok), tok.lower_}
    result = bool(words & w.play_result)
    if not result and not words & w.play:
        return False
    if not _sport_marked(sent, w, page):
        return False
    if any(r.sector in PUBLIC_SECTORS or r.country == "IGO" for r in refs):
        return False
    if not result and _states(refs, kinds or {}):
        return False
    return not _public_sentence(sent, tok, w)


def _states(refs, kinds: dict) -> bool:
    return any(kinds.get(r.entity or "") == "state" or (r.country and not r.entity)
               for r in refs)


def business_news(tok, refs, kinds: dict, sent, page: Page,
                  w: GenreWords | None = None) -> bool:
    """Are the parties firms or markets (and none public) in a sentence of business
    words or money, or in a business report?"""
    w = w or genre_words()
    if not refs or _public_party(refs, kinds, w, states=True):
        return False
    named, org = _firm_party(refs, kinds, w)
    office = _firm_office(tok, w)
    if office:
        # "left as president and CEO": a firm's officer, whatever other titles the
        # office holds
        named = True
    if not (named or org):
        return False
    if _public_sentence(sent, tok, w, skip={t.i for t in office}):
        return False
    words = [t for t in sent if t.i != tok.i and t.pos_ != "VERB"]
    strong = sum(1 for t in words if t.lower_ in w.business)
    weak = sum(1 for t in words if t.lower_ in w.business_weak)
    money = any(t.ent_type_ == "MONEY" or _MONEY.match(t.lower_) or (
        t.lower_ in w.currency and t.i > 0 and t.nbor(-1).like_num) for t in words)
    # A money or market word, or a sum, with a named firm; firms' and products' words
    # alone only three together or in a business report ("an aircraft maker's plans"
    # told in a story of a state visit are the visit's news).
    marks = strong + money + (weak >= 3) + bool(office)  # a firm's office is its news
    if page.business:
        marks += weak >= 1
    return marks >= 1 if named else marks >= 2


def genre_of(tok, type_: str, actor, recipient, kinds: dict, page: Page) -> str | None:
    """"sports" or "business" when the record's clause tells sports play or business,
    market, science or product news; None for every other record."""
    if type_ in KEPT_TYPES:
        return None
    w = genre_words()
    sent = _sentence(tok)
    refs = tuple(actor) + tuple(recipient)
    if sports_play(tok, refs, sent, page, w, kinds):
        return "sports"
    if business_news(tok, refs, kinds, sent, page, w):
        return "business"
    return None
