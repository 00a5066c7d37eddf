"""In-document reference that is not a repeated name: agreements ("a defence
pact between A and B" ... "the treaty" ... "the pact") and groups that name a
pair mentioned before ("both nations", "the two countries", "their leaders").

Both are found with one walk over the tokens, using the parse (determiners,
compounds, prepositions), never a regex over the whole text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .layout import words_of
from ..words import word_lists

# The word lists of this module: data/coref_lists.toml.
_LISTS = word_lists("newsbrief.actors", "coref_lists.toml")
AGREEMENT_NOUNS = frozenset(_LISTS["agreement_nouns"])
_ANAPHORIC_DET = frozenset({"the", "this", "that"})
# Modifiers that make "a ... deal" a particular agreement worth an entity.
AGREEMENT_TOPICS = frozenset(_LISTS["agreement_topics"])
# Words after "both" / "the two" that make a group of a pair mentioned before.
GROUP_NOUNS = dict(pair.split() for pair in _LISTS["pair_group_nouns"])
_PAIR_WORDS = frozenset({"both", "two", "2"})


@dataclass
class AgreementRef:
    start: int  # token offsets
    end: int
    head: int  # token index of the agreement noun
    new: bool  # introduces an agreement (named or described), else refers back
    name: str
    parties: list[tuple[int, int]] = field(default_factory=list)  # token spans inside "between ..."
    named: bool = False  # has a name of its own ("Paris Agreement", "New START treaty")
    topics: frozenset[str] = frozenset()  # lower-cased topic words ("trade", "defence")


@dataclass
class GroupRef:
    start: int
    end: int
    what: str  # "states" or "leaders"


def _modifiers(tok: Token) -> list[Token]:
    return [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod", "nummod", "npadvmod")]


def find_agreements(doc: Doc, ent_tokens: dict[int, str]) -> list[AgreementRef]:
    """Agreement mentions in text order. `ent_tokens` maps token index -> entity
    label, to recognise named agreements ("the Paris Agreement")."""
    refs: list[AgreementRef] = []
    for i, word in enumerate(words_of(doc)):
        if word.lower() not in AGREEMENT_NOUNS:
            continue
        tok = doc[i]
        if tok.pos_ not in ("NOUN", "PROPN", ""):
            continue
        if tok.dep_ == "compound":
            continue  # "treaty obligations": not the agreement itself
        mods = _modifiers(tok)
        dets = [c for c in tok.lefts if c.dep_ in ("det", "poss")]
        det = dets[0].lower_ if dets else ""
        between = [c for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("between", "with", "among")]
        named = tok.text[0].isupper() or any(
            m.text[0].isupper() or ent_tokens.get(m.i) for m in mods)
        start = min([tok.i] + [m.left_edge.i for m in mods])
        end = tok.i + 1
        parties: list[tuple[int, int]] = []
        if between:
            parties = _coordinated(between[0])
            if parties:
                end = max(end, parties[-1][1])
        if not parties:
            parties = _signatories(tok)
        topical = any(m.lower_ in AGREEMENT_TOPICS or ent_tokens.get(m.i) for m in mods)
        new = bool(named or between or topical)
        if not new and det in _ANAPHORIC_DET:
            start = dets[0].i  # "the pact", "this landmark treaty": refers back
        elif not new:
            continue  # "a big deal", "in agreement": no particular agreement
        name_start = start + 1 if (new and dets and dets[0].i == start) else start
        if named:
            # "the old North American Free Trade Agreement" -> from the first capital
            while name_start < tok.i and not doc[name_start].text[:1].isupper():
                name_start += 1
        name = doc[name_start:end].text
        topics = frozenset(m.lower_ for m in mods if m.lower_ in AGREEMENT_TOPICS)
        refs.append(AgreementRef(start, end, tok.i, new, name, parties, bool(named), topics))
    return refs


_SIGN_VERBS = frozenset(_LISTS["sign_verbs"])


def _signatories(tok: Token) -> list[tuple[int, int]]:
    """'Chile and Peru signed a trade pact' / 'a pact signed by Chile and Peru':
    the coordinated subject (or agent) of a signing verb."""
    verb = tok.head
    if tok.dep_ == "dobj" and verb.lemma_.lower() in _SIGN_VERBS:
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
    elif tok.dep_ == "nsubjpass" and verb.lemma_.lower() in _SIGN_VERBS:
        subj = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    else:
        return []
    if not subj:
        return []
    return _conjuncts(subj[0])


def _conjuncts(first: Token) -> list[tuple[int, int]]:
    out = []
    stack = [first]
    while stack:
        t = stack.pop()
        left = min([t.i] + [c.left_edge.i for c in t.lefts if c.dep_ in ("compound", "amod", "det")])
        out.append((left, t.i + 1))
        stack.extend(c for c in t.children if c.dep_ == "conj")
    return sorted(out) if len(out) >= 2 else []


def _coordinated(pp: Token) -> list[tuple[int, int]]:
    """Token spans of the noun phrases coordinated under a preposition."""
    objs = [c for c in pp.children if c.dep_ == "pobj"]
    if not objs:
        return []
    out = []
    stack = [objs[0]]
    while stack:
        t = stack.pop()
        left = min([t.i] + [c.left_edge.i for c in t.lefts if c.dep_ in ("compound", "amod", "det")])
        out.append((left, t.i + 1))
        stack.extend(c for c in t.children if c.dep_ == "conj")
    return sorted(out)


def find_group_refs(doc: Doc) -> list[GroupRef]:
    """'both nations', 'the two countries', 'their leaders', 'both sides'."""
    refs = []
    for i, word in enumerate(words_of(doc)):
        what = GROUP_NOUNS.get(word.lower())
        if what is None:
            continue
        tok = doc[i]
        lefts = [c for c in tok.lefts]
        words = {c.lower_ for c in lefts}
        if (words & _PAIR_WORDS) or "their" in words:
            start = min(c.i for c in lefts)
            refs.append(GroupRef(start, tok.i + 1, what))
        elif tok.i > 0 and doc[tok.i - 1].lower_ in _PAIR_WORDS | {"their"}:
            refs.append(GroupRef(tok.i - 1, tok.i + 1, what))
    return refs
