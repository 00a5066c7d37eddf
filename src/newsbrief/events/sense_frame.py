"""The frame readers the sense tests share: a word's dependents by label, the objects
of its prepositions, a passive's "by" doers, a to-infinitive below it, a word or its
lemma in a list, a word class by name (data/word_classes.toml, the "sense_"
classes), and whether a word or a preposition's objects name a time.

Kept apart from events.senses so that a family of sense tests can live in a module of
its own (events.press) and read the frame exactly as senses does; events.saying reads
its time test.
"""

from __future__ import annotations

from .lexicon import lemma_of, word_classes

_W = word_classes()


def _cls(name: str) -> frozenset[str]:
    return _W[name]


def _children(tok, *deps):
    return [c for c in tok.children if c.dep_ in deps]


def _pobjs(tok, *preps):
    # ("agent": the parser's label for "by" also on an active verb, "spoke by telephone")
    return [g for p in tok.children if p.dep_ in ("prep", "agent") and p.lower_ in preps
            for g in p.children if g.dep_ in ("pobj", "pcomp")]


def _pobjs_here_or_on(tok, prep: str, objs=None) -> list:
    """The objects of a `prep` phrase on `tok` and then on each of its objects (`objs`;
    by default its direct objects): the parser hangs the phrase on the verb or on its
    object ("took aim at the plan", "challenged the governor for the post"). One reader
    for senses' `_take`, `_take_aim` and `_contest`."""
    if objs is None:
        objs = _children(tok, "dobj")
    return _pobjs(tok, prep) + [g for o in objs for g in _pobjs(o, prep)]


def _agents(tok):
    """The doers of a passive's "by" phrase ("was killed by a storm": the storm)."""
    return [g for p in tok.children if p.dep_ == "agent"
            for g in p.children if g.dep_ in ("pobj", "pcomp")]


def _to_infinitive(tok) -> bool:
    return any(c.dep_ in ("xcomp", "ccomp", "advcl") and c.pos_ in ("VERB", "AUX") and
               any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in tok.children)


def _lemma_in(tok, words) -> bool:
    return lemma_of(tok) in words or tok.lower_ in words


def is_time(tok) -> bool:
    """A date or time entity or a weekday ("on Friday"): the one such test of the
    sense and saying readers."""
    return tok.ent_type_ in ("DATE", "TIME") or _lemma_in(tok, _cls("sense_days"))


def _of_a_time(prep) -> bool:
    """A preposition whose objects are all times ("on Monday")."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objs) and all(is_time(g) for g in objs)
