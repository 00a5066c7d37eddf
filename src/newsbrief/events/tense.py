"""How a clause is told, for dating it: its finite verb and auxiliaries (simple past,
present or past perfect, a modal) and `background`, an act told in the past perfect,
background to the news. Split from events.dating (2026-12-05); see its docstring."""

from __future__ import annotations

from ..words import word_lists
from .lexicon import lemma_of, word_classes
from .predicate import MODALS as PREDICATE_MODALS

# The word lists of this module: data/tense_lists.toml.
_LISTS = word_lists("newsbrief.events", "tense_lists.toml")


# "guests fled on Saturday evening when a man started shooting": a clause so introduced
# happens at the time of the clause it hangs on.
_SAME_TIME_MARKS = frozenset(_LISTS["same_time_marks"])


def _at_same_time(tok) -> bool:
    """ "... when X attacked", or a participle of result ("opened fire, wounding two")."""
    if tok.dep_ != "advcl":
        return False
    marks = [c for c in tok.children if c.dep_ in ("mark", "advmod") and c.i < tok.i]
    if any(c.lower_ in _SAME_TIME_MARKS for c in marks):
        return True
    return tok.tag_ == "VBG" and not marks and tok.i > tok.head.i


_HAVE = frozenset(_LISTS["have"])
_CONTRACTED_S = frozenset(_LISTS["contracted_s"])
_DOUBLE_OBJECT = word_classes()["double_object_verbs"]


def present_perfect(tok) -> bool:
    """ "has come into effect", "have deepened": told as bearing on now."""
    verb = _clause_verb(tok)
    if verb is None:
        return False
    if verb.dep_ == "conj" and verb.tag_ in ("VBN", "VBD") and verb.head.pos_ in (
            "VERB", "AUX") and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass")
                                        for c in verb.children):
        # "has met X and signed a pact": the second verb shares the
        # first one's auxiliary
        verb = verb.head
    if verb.tag_ == "VBD" and any(c.dep_ == "aux" and c.lower_ in _HAVE
                                  for c in verb.children):
        return True  # "Moscow has in turn ordered ..." with the participle tagged a past
    if _has_contracted(verb):
        return True
    if verb.tag_ != "VBN":
        return False
    return any((c.dep_ == "aux" and c.lower_ in _HAVE) or (
        # "he's had", "it's been": 's before had/been is "has", whatever the parse says
        c.dep_ == "auxpass" and c.lower_ in _CONTRACTED_S and verb.lower_ in ("had", "been"))
        for c in verb.children)


def _double_object(verb) -> bool:
    """Is the verb one whose passive keeps a second object (`double_object_verbs`)?
    `lemma_of` puts back the "-e" the model's lemma cuts before "-ed" ("spared" ->
    "spar"): the verbs are a word class, so they are among the lemmas it knows."""
    return lemma_of(verb) in _DOUBLE_OBJECT


def _has_contracted(verb) -> bool:
    """ "He's blamed the council", "she's urged the council to ...": the parser takes the
    's for "is" (a passive), but a passive keeps no direct object, so with one the 's is
    "has". Not for the verbs whose passive keeps a second object ("he's given a medal",
    "she's asked questions": `double_object_verbs`), nor with an agent ("by X")."""
    if verb.tag_ not in ("VBN", "VBD") or _double_object(verb):
        return False
    kids = list(verb.children)
    return any(c.dep_ == "auxpass" and c.lower_ in _CONTRACTED_S for c in kids) and \
        any(c.dep_ == "dobj" for c in kids) and not any(c.dep_ == "agent" for c in kids)


def _clause_verb(tok):
    verb = tok
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX"):
            return verb
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def background(tok) -> bool:
    """Told in the past perfect ("had signed", "had been arrested"): background to
    the news, whose time the text does not give. A noun takes its verb's tense."""
    verb = tok
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX"):
            break
        if verb.head.i == verb.i:
            return False
        verb = verb.head
    else:
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not any(a.lower_ in PAST_PERFECT_AUX for a in aux):
        return False
    # "had signed", "had been negotiating for weeks" (a participle tagged a past too)
    return verb.tag_ in ("VBN", "VBD") or (verb.tag_ == "VBG" and any(a.lower_ == "been" for a in aux))


def _perfect(tok) -> bool:
    """In the present perfect, simple or progressive ("has rejected", "have been
    targeting"): true over a stretch up to now, no one day."""
    if present_perfect(tok):
        return True
    verb = _clause_verb(tok)
    if verb is None or verb.tag_ != "VBG":
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return "been" in aux and bool(aux & _HAVE)


def _simple_past(tok) -> bool:
    verb = _clause_verb(tok)
    return verb is not None and verb.tag_ == "VBD"


# Ways a verb or noun hangs below the finite verb that gives its tense: control
# ("refused to ratify"), objects and prepositions ("accused X of sabotaging the talks"),
# a second verb sharing the subject ("responded ... and called for").
_TENSE_FROM_HEAD = frozenset({"advcl", "xcomp", "pcomp", "prep", "pobj", "dobj", "conj", "compound",
                              "amod", "nsubj", "nsubjpass"})
# The modal auxiliaries (predicate's list) and the contractions that tell no tense
# ("they'll", "they'd"); senses reads them too.
MODALS = PREDICATE_MODALS | frozenset(_LISTS["contracted_modals"])
_PAST_AUX = frozenset(_LISTS["past_aux"])
_PRESENT_AUX = frozenset(_LISTS["present_aux"])
PRESENT_PERFECT_AUX = frozenset(_LISTS["present_perfect_aux"])
PAST_PERFECT_AUX = frozenset(_LISTS["past_perfect_aux"])
# (told_tense reads it beside MODALS, which hold "'d" too: "they'd" is no tense either way)
_PERFECT_AUX = PRESENT_PERFECT_AUX | PAST_PERFECT_AUX


def _auxiliaries(verb) -> list[str]:
    return [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")
            and c.lower_ != "to"]


def finite_verb(tok):
    """The finite verb that gives `tok` its tense: itself, or the verb it hangs below
    through control, objects, prepositions or coordination without a subject of its
    own; None when there is none within reach."""
    cur = tok
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX"):
            if cur.tag_ in ("VBD", "VBZ", "VBP", "MD") or _auxiliaries(cur):
                return cur
            if cur.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass")
                                          for c in cur.children):
                return None
        if cur.head.i == cur.i or (cur.dep_ not in _TENSE_FROM_HEAD and not (
                # "a treaty, backed by X", "the order freezing the scheme": a
                # participle describing a thing is told in its clause's tense
                cur.dep_ == "acl" and cur.tag_ in ("VBG", "VBN"))) or (
                cur.dep_ == "advcl" and not _at_same_time(cur)):
            return None
        cur = cur.head
    return None


def told_tense(tok, *, bare_participle: bool = False) -> str | None:
    """ "past" (simple past, past progressive or passive: "resisted", "was charged",
    "were visiting"), "present" (simple or progressive: "backs", "are urging"), or None
    (perfect, modal, or no finite verb within reach). With `bare_participle`, a verb
    the parser tagged a participle and left with no auxiliary and no finite verb above
    it ("The rift deepened this week", "deepened" tagged VBN at the root) is the past
    it is. A reader asks for it (storytime's lead week): the others leave such a
    participle, a headline's ("Man arrested") or a caption's, with no tense, as before."""
    verb = finite_verb(tok)
    if verb is None:
        if bare_participle and tok.pos_ in ("VERB", "AUX") and tok.tag_ == "VBN" and \
                not _auxiliaries(tok):
            return "past"
        return None
    aux = _auxiliaries(verb)
    if any(a in MODALS or a in _PERFECT_AUX for a in aux) or present_perfect(verb):
        return None
    if not aux:
        return {"VBD": "past", "VBZ": "present", "VBP": "present"}.get(verb.tag_)
    if aux[0] in _PAST_AUX:
        return "past"
    if aux[0] in _PRESENT_AUX:
        return "present"
    return None
