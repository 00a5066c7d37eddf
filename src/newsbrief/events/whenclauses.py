"""The clause a time is told in when it is not the verb's own: a "when" clause after the
act ("had discussed it when they met on Wednesday": `_act_of_when_clause`,
`_when_clause_after`), a fronted "as" clause (`_fronted_as`), the clause of a dated
occasion noun ("since the 2011 revolution, when ...") and a day clause after it."""

from __future__ import annotations

from collections.abc import Mapping

from ..records import Timex
from ..words import word_lists
from .arguments import ATTACK_NOUNS
from .dating import _DAY_NOUNS
from .documents import _DOCUMENTS
from .lexicon import lemma_of, word_classes
from .saying import _REPORTING, credits_telling
from .tense import told_tense
from .timeheads import _ORDERING_PREPS, compound_head, _on_verb_itself

# The word lists of this module: data/whenclauses_lists.toml.
_LISTS = word_lists("newsbrief.events", "whenclauses_lists.toml")

# A "when" clause's mark that ties the act the clause hangs on to the clause's own time.
_WHEN_MARKS = frozenset(_LISTS["when_marks"])


def _act_of_when_clause(root):
    """The act told in the past that a past "when" clause hangs on, when the time is told
    on that clause's own verb ("discussed it at length when they met on Wednesday",
    "When they met on Wednesday, they discussed it"): done at the clause's time. None for a
    clause not in the simple past ("will discuss it when they meet on Monday"), for a
    time on a noun of the clause, for an act told in the present ("is now joining"), and
    for a reporting verb above it ("said when they arrived on Friday the house was
    empty": the time is of what is reported)."""
    clause = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head
    if clause.i == root.i or not _on_verb_itself(root, clause) or clause.dep_ != "advcl" or \
            clause.pos_ not in ("VERB", "AUX") or clause.tag_ != "VBD":
        return None
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in _WHEN_MARKS and c.i < clause.i
               for c in clause.children) and not _fronted_as(clause):
        return None
    head = clause.head
    if head.i == clause.i or head.pos_ not in ("VERB", "AUX") or \
            not _simple_past_or_its_passive(head) or lemma_of(head) in _REPORTING:
        return None
    return head


# Verbs of a fronted "as" clause that compare, not time: data/governing_lists.toml.
_AS_LIKENESS = frozenset(_LISTS["as_likeness_verbs"])


def _fronted_as(clause) -> bool:
    """An "as" clause before the act it hangs on, told in the simple past with a subject
    of its own ("As the river burst its banks on Tuesday, the governor ordered ...", "Police, as
    the crowd gathered on Tuesday, fired ..."): the act was done while that happened, at
    its time. Only before its act: after it, "as" is as often a reason or a likeness
    ("won the state, as he did in 2016"). Not a clause that credits a telling ("As we
    reported on Friday, the House approved ...": the act came before the report), nor a
    likeness ("As they did on Monday, ...", "As happened in 2014, ...", "As was the case
    in 2014, ..."). "be" with a complement tells a state at that time ("As the capital was
    calm on Monday, ...", "As there were clashes on Monday, ..."), no likeness."""
    mark = clause.left_edge
    if not (mark.lower_ == "as" and mark.dep_ == "mark" and mark.head.i == clause.i and
            clause.i < clause.head.i) or credits_telling(clause):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return False
    return lemma_of(clause) not in _AS_LIKENESS or any(
        c.dep_ == "dobj" or lemma_of(clause) == "be" and c.dep_ in ("acomp", "attr")
        for c in clause.children)


def _simple_past_or_its_passive(verb) -> bool:
    """A verb told in the simple past ("withdrew") or its passive ("was withdrawn"). Not
    a perfect: "had withdrawn its envoy when they met on Monday" was done before that
    time, and "would have attacked when the talks failed" was never done. Nor a passive
    told ahead or in the present ("will be withdrawn", "is withdrawn"): its "be" must be
    past. (A "had" on a verb the tagger took for a past still makes a perfect.)"""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(lemma_of(c) == "have" or c.tag_ == "MD" for c in auxes):
        return False
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in auxes)


# A "when" clause may hang on the time ("last March, when ...": relcl), on the verb
# before it or on the main verb after it (advcl); these are the clause's links.
_WHEN_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl"})


def _when_clause_after(root, tx: Timex, lines: list[int] | None = None) -> list:
    """The verbs of a "when" clause told right after a time ("the rift deepened last
    March, when Norway recalled its envoy and closed its consulate"; "talks broke
    down on Tuesday when Norway walked out"): the time the clause tells of, whatever
    the parse hangs the clause on (the time noun, the verb before it, or the main verb
    after it). Only "when" right after the time (a comma between at most), a clause of
    its own (not the "when" of a question, "asked on Monday when troops would
    leave"), on the time's line; the clause's verb and the verbs joined to it."""
    doc = root.doc
    i = next((t.i for t in doc[root.i:] if t.idx >= tx.end), len(doc))
    while i < len(doc) and doc[i].text in (",", "\u2014", "-", "--"):
        i += 1
    if i >= len(doc) or doc[i].lower_ != "when" or doc[i].dep_ not in ("advmod", "mark"):
        return []
    when = doc[i]
    clause = when.head
    if clause.i <= when.i or clause.dep_ not in _WHEN_CLAUSE_DEPS or \
            clause.pos_ not in ("VERB", "AUX"):
        return []
    if lines is not None and lines[clause.i] != lines[when.i]:
        return []
    verbs = [clause]
    for verb in verbs:
        verbs.extend(c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                     and c not in verbs)
    return verbs


# The events and occasions whose day a "when" clause on the main verb may share.
_DATED_OCCASIONS = word_classes()["occasion_nouns"] | frozenset(_LISTS["dated_occasions"])
# How many tokens a dated noun's phrase may run on before the comma of its "when" clause.
_NOUN_PHRASE_REACH = 12


def _clause_verbs(clause) -> list:
    """The verb of a clause told in the simple past (or its passive) and the verbs
    joined to it; none for a clause told otherwise ("when voters will choose")."""
    if clause.pos_ not in ("VERB", "AUX") or not _simple_past_or_its_passive(clause):
        return []
    verbs = [clause]
    # "was arrested and charged": a bare participle joined to a past passive is one too
    passive = any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in clause.children)
    for verb in verbs:
        verbs.extend(c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                     and (_simple_past_or_its_passive(c) or
                          (passive and c.tag_ == "VBN" and
                           not any(a.dep_ in ("aux", "auxpass") for a in c.children)))
                     and c not in verbs)
    return verbs


def _clause_of_dated_noun(root, predicates: Mapping[int, int],
                          lines: list[int] | None = None) -> list:
    """The verbs of a "when" clause told right after the phrase of a noun the time is
    told before ("about the July 25 call with the premier, when the president asked him
    to ...", "since the 2011 revolution, when he was deposed"): the clause tells what was
    done at the noun's time, whatever the parse hangs it on. Only a time modifying the
    noun, the "when" right after a comma that closes the noun's phrase (on the same
    line), and a clause told in the simple past (the day the text gives such
    an act was missed, the act left undated). A clause hung on the main verb (advcl) only
    after a noun of an event or occasion (an act of `predicates` that is no document,
    or a word of _DATED_OCCASIONS): "cited the May 4 agreement, when it accused ..."
    tells the citing's time."""
    if root.dep_ not in ("nmod", "compound", "nummod", "amod", "poss") or root.head.i <= root.i:
        return []
    noun = compound_head(root.head)  # "the July 25 telephone call": the call's phrase
    if noun.pos_ not in ("NOUN", "PROPN"):
        return []
    doc = root.doc
    inside = {t.i for t in noun.subtree}
    j = noun.i + 1
    while j < len(doc) and j - noun.i <= _NOUN_PHRASE_REACH and j in inside and \
            doc[j].text != ",":
        j += 1
    if j + 1 >= len(doc) or doc[j].text != "," or doc[j + 1].lower_ not in _WHEN_MARKS or \
            doc[j + 1].dep_ not in ("advmod", "mark"):
        return []
    clause = doc[j + 1].head
    if clause.i <= j + 1 or clause.dep_ not in _WHEN_CLAUSE_DEPS or \
            (lines is not None and lines[clause.i] != lines[root.i]):
        return []
    if not _an_occasion(noun, predicates):
        return []  # where the parser hangs the clause (advcl or relcl) says nothing
    return _clause_verbs(clause)


def _an_occasion(noun, predicates: Mapping[int, int]) -> bool:
    """Does `noun` name an event or occasion (its day the day of what happened at it),
    not a document or a thing made on that day?"""
    word = lemma_of(noun).lower()
    if word in _DOCUMENTS or noun.lower_ in _DOCUMENTS:
        return False
    return noun.i in predicates or word in _DATED_OCCASIONS or word in ATTACK_NOUNS


def _compares(verb) -> bool:
    """A present "be" that compares ("That's lower than a lead on Sunday, the day ...",
    the parser hanging the time on the copula): its word of comparison names the
    past figure's day, not a day of memory ("The anniversary is on Sunday")."""
    return told_tense(verb) == "present" and lemma_of(verb) == "be" and \
        any(c.dep_ in ("acomp", "advmod") for c in verb.children)


def _day_clause_after(root, tx: Timex, lines: list[int] | None = None) -> list:
    """The verbs of a relative clause on "the day" (or night, morning ...) set right
    after a time, naming it ("on Sunday, the day a gunman killed 49 people"): the clause
    tells what was done that day. Not "the day after" or "the day before" (another day:
    no relative clause, or one marked so), and only a clause told in the simple past."""
    doc = root.doc
    i = next((t.i for t in doc[root.i:] if t.idx >= tx.end), len(doc))
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ != "the" or \
            doc[i + 2].lower_ not in _DAY_NOUNS:
        return []
    above = root.head.head if root.head.dep_ == "prep" else root.head
    if above.pos_ in ("VERB", "AUX") and told_tense(above) != "past" and \
            not _compares(above):
        # "The anniversary falls (or is) on Friday, the day ...", "will gather on Sunday,
        # the day ...": a day of memory, not the day the clause's act is told of
        return []
    noun = doc[i + 2]
    for clause in noun.children:
        if clause.dep_ != "relcl" or clause.i <= noun.i or \
                (lines is not None and lines[clause.i] != lines[root.i]):
            continue
        if any(c.dep_ == "mark" or c.lower_ in _ORDERING_PREPS for c in clause.children
               if c.i < clause.i):
            continue  # ("the day after the ban was lifted")
        return _clause_verbs(clause)
    return []
