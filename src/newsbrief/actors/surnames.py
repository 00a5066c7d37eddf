"""A country's name worn as a surname ("Rep. Jim Jordan ... Jordan said"), read as the
person.

The span stage (spans._consistency) already types every bare "Jordan" of a text that
names "Jim Jordan" in full as PERSON, but the entity stage gave any one-word country name
the country whatever its label, so the congressman's later mentions became the state of
Jordan, and an event he led was Jordan's. A text uses such a word for the person, as a
reader takes it, when a person of that surname is named in full with a given name or a
title ("Jim Jordan", "Rep. Dana Israel") and nothing in the text names the country: no demonym or capital
of it ("Jordanian", "Amman"), and no mention of the word where only a place stands (after
a locative preposition, "traveled to Israel"; the object of a verb of going or striking,
"visited Jordan"; coordinated with another country or place, "Syria and Jordan"). A text
with both keeps the country for every bare mention (the gazetteer's reading): one sense a
text, the narrow side, since a country read as a person loses a state actor.

`country_surnames(doc, spans, g)` gives the folded names read as surnames; the entity
stage (entities._type) types those mentions as people, who then join the person named in
full (entities._join_people).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .gazetteer import CAPITAL, COUNTRY, DEMONYM, Gazetteer, fold
from .name_cues import PERSON_TITLES, PLACE_VERBS
from ..words import word_lists

# The word lists of this module: data/surnames_lists.toml.
_LISTS = word_lists("newsbrief.actors", "surnames_lists.toml")
_PLACE_PREPS = frozenset(_LISTS["place_prepositions"])
_PLACE_VERBS = PLACE_VERBS | frozenset(_LISTS["place_verbs_extra"])
_STATE_NOUNS = frozenset(_LISTS["state_nouns"])
_STANCE_PREPS = frozenset(_LISTS["stance_prepositions"])
_STATE_REFERENCES = frozenset(_LISTS["state_references"])


def _full_names(doc: Doc, spans: list[Span], g: Gazetteer) -> dict[str, str]:
    """{folded surname: ISO3} for the people named in full here whose surname is a
    country's name: a PERSON span of two words or more opening with a given name or
    after a title only people bear ("Rep. Dana Israel")."""
    out: dict[str, str] = {}
    for span in spans:
        if span.label_ != "PERSON" or len(span) < 2 or not span[-1].is_alpha:
            continue
        titled = span.start > 0 and doc[span.start - 1].lower_.rstrip(".") in PERSON_TITLES
        if span[0].lower_ not in g.given_names and not titled:
            continue  # "Putin Russia", "Frontline Ukraine": no person's name
        info = g.lookup([span[-1].text])
        if info is not None and info.kind == COUNTRY:
            out[fold(span[-1].text)] = info.country
    return out


def _as_place(tok) -> bool:
    """Whether this mention of the name stands where only a place or a state does."""
    if tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPS:
        return True
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _PLACE_VERBS:
        return True
    if _as_state(tok):
        return True
    # coordinated with a place ("Syria and Jordan", "Israel and Gaza")
    near = [tok.head] if tok.dep_ == "conj" else []
    near += [c for c in tok.children if c.dep_ == "conj"]
    return any(t.ent_type_ in ("GPE", "LOC") and t.text != tok.text for t in near)


def _as_state(tok) -> bool:
    """Whether this mention names the state as a body that holds offices or takes a
    state's acts: "the kingdom of Jordan", "Jordan's foreign ministry", "support for
    Israel" (a stance preposition under a noun; under a verb, "voted for Jordan", it
    takes a person as often), or the subject of an act done with its own "its"
    ("Jordan recalled its ambassador": a person's would be "his" or "her")."""
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ == "of" and \
            prep.head.lemma_.lower() in _STATE_NOUNS:
        return True
    if tok.dep_ == "pobj" and prep.lower_ in _STANCE_PREPS and prep.head.pos_ == "NOUN":
        return True
    if tok.dep_ == "poss" and tok.head.lemma_.lower() in _STATE_NOUNS:
        return True
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return any(o.dep_ in ("dobj", "pobj", "attr") and
                   any(c.dep_ == "poss" and c.lower_ == "its" for c in o.children)
                   for o in tok.head.subtree if o.i > tok.i)
    return False


def _state_referred(doc: Doc) -> bool:
    """Whether the text speaks of a state by a common name ("the kingdom", "the Jewish
    state"): no person is meant, so a country named in it is the state."""
    words = [t.lower_ for t in doc]
    for ref in (tuple(r.split()) for r in _STATE_REFERENCES):
        n = len(ref)
        for i in range(1, len(words) - n + 1):
            if tuple(words[i:i + n]) == ref and words[i - 1] in ("the", "its", "this"):
                return True
    return False


def country_surnames(doc: Doc, spans: list[Span], g: Gazetteer) -> frozenset[str]:
    """The folded country names this text uses only as a person's surname."""
    named = _full_names(doc, spans, g)
    if not named:
        return frozenset()
    isos = set(named.values())
    if _state_referred(doc):
        return frozenset()
    country_said: set[str] = set()
    for tok in doc:
        if not tok.is_alpha or not tok.text[:1].isupper():
            continue
        info = g.lookup([tok.text])
        if info is None or info.country not in isos:
            continue
        if info.kind in (DEMONYM, CAPITAL):
            country_said.add(info.country)
        elif info.kind == COUNTRY and fold(tok.text) in named and _as_place(tok):
            country_said.add(info.country)
    return frozenset(k for k, iso in named.items() if iso not in country_said)
