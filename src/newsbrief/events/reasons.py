"""What an act answers, was asked for or is judged for: an act a verb of judging judges
someone for (`judged_for`: read by events.extract for the dating and the carry), the
reason after "for", the answered or prompting noun, the topic of someone's words. Such an
act came before, on a day the text does not give."""

from __future__ import annotations

from ..words import word_lists
from .lexicon import lemma_of
from .saying import _SAYING

# The word lists of this module: data/reasons_lists.toml.
_LISTS = word_lists("newsbrief.events", "reasons_lists.toml")

def _for_gerund(tok) -> bool:
    """Is `tok` a gerund after a "for" that hangs on a word ("for helping")? The shape
    both `_reason_gerund` and `judged_for` start from."""
    return tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "for" and \
        tok.head.dep_ == "prep"


def _reason_gerund(tok) -> bool:
    """ "praised X for helping", "derided him for criticizing ...": a gerund after "for"
    on a verb tells the reason for the act, an act done before it."""
    return _for_gerund(tok) and tok.head.head.pos_ in ("VERB", "AUX")


def judged_for(tok) -> bool:
    """ "blasted the leader on Tuesday for demanding witnesses", "called her petty for
    attacking him": a gerund after "for" on a verb of judging or punishing done to
    someone (list `reason_verbs`, as `_reason_noun`), or on a verdict told as what
    someone is called (list `reason_verdicts`, with its object predicate: "called X
    petty"), is the act judged: done, or going on, before the judging, on a day the
    text does not give it here. Not the verbs of thanks (list `reason_thanks`):
    "thanked the king for hosting the talks" is often said at that very occasion; nor
    the verbs of praise (`reason_praise`) on a gerund of hosting or convening
    (`praised_hosting`: "praised Qatar for hosting the talks"), while "praised the
    troops for capturing the town" praises an act done before."""
    if tok.pos_ != "VERB" or not _for_gerund(tok):
        # (not `_reason_gerund`: the "for" may hang on a verdict's object predicate)
        return False
    if any(c.dep_ in ("poss", "nsubj") for c in tok.lefts):
        # "praised the host for his denouncing the chiefs": a gerund a possessive
        # (or its own subject) opens names a known act, as "the host's call-out" does
        # (`carry.told_done`), which the story may have dated
        return False
    verb = tok.head.head
    if verb.dep_ == "oprd":
        verb = verb.head  # "called her reckless for attacking him"
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = lemma_of(verb)
    if lemma in _REASON_VERDICTS:
        return any(c.dep_ == "oprd" for c in verb.children)
    if lemma in _REASON_THANKS or (lemma in _REASON_PRAISE and
                                   lemma_of(tok) in _PRAISED_HOSTING):
        return False
    return lemma in _REASON_VERBS and any(
        c.dep_ in ("dobj", "nsubjpass") for c in verb.children)


_ANSWERS = frozenset(_LISTS["answers"])


def _answered_act(tok) -> bool:
    """A noun naming an act the verb above answers, or judges or punishes it for (it
    came before, so the verb's time is not its time): `_answered_noun`, `_reason_noun`,
    `_prompting_noun`, `_topic_of_words`."""
    return _answered_noun(tok) or _reason_noun(tok) or _prompting_noun(tok) or \
        _topic_of_words(tok)


def asked_or_topic(tok) -> bool:
    """Of `_answered_act`'s nouns, the asking an act was done at and the topic of words
    (`_prompting_noun`, `_topic_of_words`): done before the act, but within a month or a
    year the sentence tells ("met him in 2011 at X's request")."""
    return _prompting_noun(tok) or _topic_of_words(tok)


_PROMPTS = frozenset(_LISTS["prompts"])
_PROMPT_PREPS = frozenset(_LISTS["prompt_preps"])


def _prompting_noun(tok) -> bool:
    """ "released the files on Friday at the paper's request", "visited the port at the
    invitation of the union": the asking an act was done at came before that act, on a
    day the text does not give (a time of its own still dates it: "at a request made on
    Monday"). Only the nouns of asking (list `prompts`) after "at" or "upon"."""
    return tok.pos_ == "NOUN" and lemma_of(tok) in _PROMPTS and tok.dep_ == "pobj" and \
        tok.head.dep_ == "prep" and tok.head.lower_ in _PROMPT_PREPS


def _topic_of_words(tok) -> bool:
    """ "Asked on Sunday about a request for troops, the adviser said ...", "spoke on
    Monday about the attack": an act named after "about" on a verb of saying or asking is
    what the words were about, done before them (or not at all), not at their time."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ != "about" or \
            tok.head.dep_ != "prep":
        return False
    verb = tok.head.head
    return verb.pos_ in ("VERB", "AUX") and lemma_of(verb) in _SAYING


def _answered_noun(tok) -> bool:
    """An act a noun names as what a verb answers ("responded on Monday to the
    charges", "will heed the appeal", "criticized his refusal"): it came before
    the answer, so the answer's time is not its time (a time of its own still dates it:
    "condemned Monday's attack")."""
    if tok.pos_ != "NOUN":
        return False
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
        if verb.dep_ == "prt" or (verb.pos_ == "ADV" and verb.head.pos_ in ("VERB", "AUX")):
            verb = verb.head  # "brushed aside", "responded back to"
    elif tok.dep_ != "dobj":
        return False
    return verb.pos_ in ("VERB", "AUX") and lemma_of(verb) in _ANSWERS


def _reason_noun(tok) -> bool:
    """ "admonished Russia for its veto", "X was sanctioned for the attack": a noun
    after "for" on a verb done to someone names what the act answers, an act done
    before it, so the verb's time is not its time (a time of its own still dates it).
    Only verbs of judging or punishing (list `reason_verbs`): "was invited for a visit",
    "met on Monday for talks" tell a purpose."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ != "for" or \
            tok.head.dep_ != "prep":
        return False
    verb = tok.head.head
    return verb.pos_ in ("VERB", "AUX") and lemma_of(verb) in _REASON_VERBS and any(
        c.dep_ in ("dobj", "nsubjpass") for c in verb.children)


_REASON_VERBS = frozenset(_LISTS["reason_verbs"])
_REASON_THANKS = frozenset(_LISTS["reason_thanks"])
_REASON_PRAISE = frozenset(_LISTS["reason_praise"])
_PRAISED_HOSTING = frozenset(_LISTS["praised_hosting"])
_REASON_VERDICTS = frozenset(_LISTS["reason_verdicts"])
