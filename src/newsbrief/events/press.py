"""Press contact, no political act: the sense tests that tell a consultation or a
question done with or by the press (events.senses.sense_of asks them).

- a consultation noun whose only partners are the press or an audience ("a call with
  reporters"): `_press_partners_only`;
- an interview or a studio appearance ("spoke to the BBC", "was joined on CNN by ..."):
  `_interview_given`, its partners by `_press_partner` and `_news_outlet`;
- a question put by the press ("reporters pressed the spokesman on the vote", "when
  pressed by reporters"): `_press_question`;
- a consultation whose doers are all the press by the actors' sector ("CBS News spoke
  with a social worker"): `press_reporting` (events.extract asks it, and reads
  PRESS_SECTOR for an audience addressed).

One module for the four press-contact tests, kept apart from events.senses. They read different evidence (partner words, the
gazetteer's outlets, the KB's sector) and are not one test.
"""

from __future__ import annotations

from ..actors.gazetteer import MEDIA, gazetteer
from .lexicon import lemma_of
from .sense_frame import _agents, _children, _cls, _lemma_in, _pobjs, _to_infinitive


def _press_partners_only(trig) -> bool:
    """A consultation noun whose only partners are the press or an audience ("a call
    with reporters", "a briefing with journalists"): press contact, no consultation."""
    partners = _pobjs(trig, "with", "to")
    audience = _cls("sense_audience")
    return bool(partners) and all(
        _lemma_in(g, audience) and not _pobjs(g, "of") for g in partners
    )  # "members of the committee" are not an audience


# The sector of news outlets and reporters (actors KB and roles).
PRESS_SECTOR = "JRN"
# Doers that are persons whoever the KB links them to ("who", "I" in a quote).
PRESS_PERSON_PRONOUNS = _cls("press_person_pronouns")


def press_reporting(tok, typ: str, actor, kinds: dict) -> bool:
    """Is the consultation of verb `tok` done by the press alone: "CBS News spoke with a
    social worker", "NPR met voters", "reporters traveling with the president"? That is
    reporting, no political contact. Every doer must be a news outlet or reporters
    (sector JRN) that is no person and no international body: a journalist who is in the
    news ("Khashoggi visited the consulate") or a doer named by a personal pronoun stays,
    and an event noun whose doer was borrowed from a credit ("(Agency) Talks ended ...")
    is left to the noun."""
    if typ != "CONSULT" or tok.pos_ not in ("VERB", "AUX") or not actor:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in PRESS_PERSON_PRONOUNS
           for c in tok.children):
        return False  # "Bloomberg, who visited Memphis": a person the KB took for an outlet
    return all(r.sector == PRESS_SECTOR and r.country != "IGO" and
               kinds.get(r.entity) != "person" for r in actor)


def _press_question(verb, typ) -> bool:
    """Is the verb a question put by the press: "reporters pressed the spokesman on
    the vote", "anchor X asked the senator to name one idea", "when pressed by
    reporters", or a passive asking about something with no one named ("was pressed
    on why ...", "was asked about it")? An interviewer's question is no request
    between political actors."""
    if typ not in ("REQUEST", "ACCUSE") or not _lemma_in(verb, _cls("sense_question_verbs")):
        return False
    press = _cls("sense_press_people")
    doers = _children(verb, "nsubj") + _agents(verb)
    for d in doers:
        if _lemma_in(d, press) and _press_host(d):
            return True
        if d.ent_type_ == "PERSON" and any(c.dep_ in ("compound", "appos", "amod") and
                                           _lemma_in(c, press) for c in d.children):
            return True  # "anchor Jane Doe", "moderator John Roe"
    if lemma_of(verb) == "push" and doers and any(
            not _lemma_in(g, _cls("sense_question_answers")) for g in _pobjs(verb, "for")):
        return False  # "pushed the delegations for a deal": a thing wanted, a request
    if doers or not (_children(verb, "nsubjpass") or _bare_participle(verb)):
        return False
    if _to_infinitive(verb) or _pobjs(verb, "for"):
        return False  # "was asked to resign", "was pressed for money": a demand
    return bool(_pobjs(verb, "on", "about"))


def _press_host(noun) -> bool:
    """Is a press word as doer a broadcast host and not a summit's or a country's
    ("The host, Egypt, pushed for ...", "the summit's host")? "host" alone is both; it
    is the press only with no possessor and no place or group in apposition. The other
    press words (reporter, anchor) name the press alone."""
    if lemma_of(noun) != "host":
        return True
    return not any(c.dep_ == "poss" or c.dep_ == "appos" and c.ent_type_ in ("GPE", "NORP", "LOC")
                   for c in noun.children)


def _bare_participle(verb) -> bool:
    """A past participle heading an adverbial clause with no subject of its own
    ("When pressed about the remark, the spokesman hedged", "Pressed on why, she said
    ..."): the passive told without its subject, who is the main clause's. The parser
    tags it a verb in "advcl" with no nsubj, which the passive test above reads as an
    active verb with no doer; the questioned party then became the asker."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and \
        not _children(verb, "nsubj", "nsubjpass", "dobj", "aux", "auxpass")


def _interview_given(verb, typ) -> bool:
    """Is the consultation an interview or a studio appearance: "spoke to the BBC",
    "speaking with NBC's Jane Roe", "was joined on CNN by Senator X"? Talking to the
    press, or sitting beside a guest on a programme, is no consultation between political
    actors. Every partner named after "to"/"with" must be a news outlet of the gazetteer,
    one of its people ("NBC's Jane Roe") or a press person ("host Jane Roe"); "join"
    only with its "on" naming the outlet (the programme is the place, not a partner)."""
    if typ != "CONSULT":
        return False
    lemma = lemma_of(verb)
    if lemma in ("speak", "talk"):
        partners = _pobjs(verb, "to", "with")
        return bool(partners) and all(_press_partner(p) for p in partners)
    if lemma == "join":
        return any(_news_outlet(g) for g in _pobjs(verb, "on"))
    return False


def _press_partner(tok) -> bool:
    """A news outlet, a person owned by one ("CNN's Jane Roe") or named with a press
    role ("host Jane Roe", "reporters"). One of the outlet's officers ("the BBC's director
    general", "its chairman") is met as an institution's head, not interviewed: an owned
    partner counts only as a bare name or a press role. A bare outlet counts only after
    "to" ("spoke to Fox News") or in a participle ("Speaking with NBC, she said"): a
    finite "spoke with the BBC about the licence fee" may be talks with the institution."""
    press = _cls("sense_press_people")
    if _lemma_in(tok, press):
        return True
    if _news_outlet(tok):
        first = tok
        while first.dep_ == "conj":
            first = first.head  # "spoke to CNN and NBC": the preposition is the first's
        verb = first.head.head
        return first.head.lower_ == "to" or verb.tag_ == "VBG" and not any(
            c.dep_ in ("aux", "nsubj") for c in verb.children)
    if any(_lemma_in(w, _cls("sense_outlet_offices")) for w in tok.subtree
           if w.i == tok.i or w.dep_ == "compound" and w.head.i == tok.i):
        return False
    return any(c.dep_ in ("poss", "compound") and (
        _news_outlet(c) and tok.ent_type_ == "PERSON" or _lemma_in(c, press))
        for c in tok.children)


def _news_outlet(tok) -> bool:
    """Is `tok` inside a name the gazetteer lists as a news outlet ("Fox News", "NBC")?"""
    span = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if span is None:
        return False
    words = [t.text for t in span if t.lower_ != "the" and t.dep_ != "case"]
    info = gazetteer().lookup(words) if words else None
    return info is not None and info.kind == MEDIA
