"""What a document says is of the time it was issued ("a plan that called for ...", "the
report that found ..."): `_document_content`, the relative clause with an object gap
(`object_gap_relative`) and the time of the thing a clause hangs on, unless a verb acts
on a document issued before it."""

from __future__ import annotations

from collections.abc import Mapping

from ..records import Timex
from ..words import DEFINITE_ONE, word_lists
from .arguments import PRON_RELATIVE
from .dating import EventDate
from .lexicon import lemma_of, word_classes
from .predicate import set_off
from .reasons import _ANSWERS
from .tense import finite_verb
from .timeheads import (EARLIER_OCCASION, _ORDERING_PREPS, SETTING_PREPS, compound_head,
                        earlier_marked, unbound_calendar)

# The word lists of this module: data/documents_lists.toml.
_LISTS = word_lists("newsbrief.events", "documents_lists.toml")

# Things that say or ask something: what a clause on them tells them saying ("a plan
# that called for ...", "the report that found ...", "a letter urging ...") was said
# when the thing was issued.
_DOCUMENTS = frozenset(_LISTS["documents"])


def _document_content(doc, timexes: list[Timex], predicates: Mapping[int, int],
                      lines: list[int] | None, out: dict[int, EventDate]) -> None:
    """An act a document says, told in a clause on it ("published a proposal on
    Monday that demanded ...", "the March report that faulted ...", "signed a petition
    organized on Thursday urging ..."), takes the time the text gives the document:
    a time on the noun itself, on a participle describing it, or on the verb whose
    object it is (not a bound: "since", "after")."""
    # nor what a time is for ("a petition for the 2030 vote"): no day the document had
    calendar = [(tx, parsed, root) for tx, parsed, root in unbound_calendar(doc, timexes)
                if not (root.dep_ == "pobj" and root.head.lower_ == "for")]
    if not calendar:
        return
    for i, k in predicates.items():
        if k in out:
            continue
        clause = doc[i]
        if clause.pos_ not in ("VERB", "AUX") or clause.dep_ not in ("relcl", "acl") or \
                clause.tag_ not in ("VBD", "VBG", "VBN"):
            continue
        noun = clause.head
        if lemma_of(noun) not in _DOCUMENTS and noun.lower_ not in _DOCUMENTS:
            continue
        if object_gap_relative(clause) is not None:
            continue  # "approved the resolution (that) the governor requested": no words of it
        if lines is not None and lines[noun.i] != lines[i]:
            continue
        hit = _time_of_thing(noun, calendar, clause)
        if hit is not None:
            tx, parsed = hit
            out[k] = EventDate(parsed[0], parsed[1], tx.text, "text")


def object_gap_relative(tok):
    """The verb of a relative clause on a thing that `tok` is told in, where the thing
    is what the clause's own subject acted on ("approved the resolution (that) the
    governor requested", "inquiries the president demanded"): an earlier act told to
    say which thing, not the act of the time the sentence tells. None for any other clause: one
    whose subject is the relative word ("a report that accused X": what the thing said,
    which `_document_content` dates as a document's), one opened by a preposition or a
    relative adverb ("stories in which X defended Y", "a call during which he agreed", "the
    embassy, where they burned flags": the occasion's own time), one with an object of
    its own ("the day the army shelled the town"), a passive, or one whose verb takes a
    clause ("drones it alleged were used": what the speaker of the sentence's own
    occasion said there). Nor on a thing the text dates itself ("one of the Sunday
    interviews she gave": given that day), nor a clause that comments rather than
    identifies: set off by a comma or dash (", which the premier announced while
    visiting a fair"), or on a noun in apposition ("published the list, a leak
    that the president slammed": the reaction, as often that day). Only the clause's
    own verb or a noun it takes, not an act told below it ("announced while visiting
    a fair": the announcing's occasion). Nor one that names its own occasion after its
    verb ("the contract the mayor proposed at the same meeting": done at that occasion,
    as often the main act's; not "at an earlier meeting" nor "in a close vote"). The
    clause's verb may be tagged a participle ("the deal the mayor signed with the
    unions": the parser often tags a reduced relative's past so) when it has a subject
    of its own and no auxiliary: an active past, not a participle describing the thing."""
    verb = finite_verb(tok) or bare_relative_past(tok)
    if verb is None or verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN") or \
            verb.head.dep_ == "appos":
        return None
    if tok.i != verb.i and not (tok.head.i == verb.i and tok.dep_ in ("nsubj", "dobj")):
        return None
    if set_off(verb, double_dash=True):
        return None
    subject = False
    for c in verb.children:
        if c.dep_ == "nsubj" and c.lower_ not in PRON_RELATIVE:
            subject = True
        elif c.dep_ in ("nsubj", "nsubjpass", "auxpass", "expl", "ccomp", "xcomp") or \
                (c.dep_ == "prep" and c.i < verb.i) or \
                (c.dep_ == "advmod" and c.i < verb.i and c.tag_ == "WRB") or \
                (c.dep_ in ("dobj", "dative") and c.lower_ not in PRON_RELATIVE) or \
                _names_its_occasion(c):
            return None
    noun = verb.head
    if any(t.ent_type_ in ("DATE", "TIME") for t in noun.subtree
           if not verb.left_edge.i <= t.i <= verb.right_edge.i):
        return None
    return verb if subject else None


def bare_relative_past(tok):
    """The verb of the relative clause `tok` is told in (itself, or the head of any
    dependent of it: its subject, its object, or another word it governs) when the parser tagged it a participle but it has a subject of
    its own, not the relative word, and no auxiliary ("the deal the mayor signed with
    the unions"): an active past. None otherwise ("the deal signed by the mayor", "the
    deal the mayor has signed": a participle, a perfect)."""
    verb = tok if tok.dep_ == "relcl" else tok.head
    if verb.dep_ != "relcl" or verb.tag_ != "VBN" or any(
            c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ not in PRON_RELATIVE for c in verb.children):
        return None
    return verb


# Occasions a relative clause can name after its verb ("proposed at the same meeting"),
# one with a determiner of one thing (words.DEFINITE_ONE) is the occasion the text tells of.
_RELATIVE_OCCASIONS = word_classes()["occasion_nouns"] | \
    frozenset(_LISTS["relative_occasions_extra"])


def _names_its_occasion(child) -> bool:
    """Is `child` a setting preposition after a relative clause's verb whose object is the
    occasion the text tells of ("proposed at the same meeting", "made during the
    session")? Not one the text places before ("at an earlier meeting") nor an
    indefinite one ("passed in a close vote": as often another, earlier occasion)."""
    return child.dep_ == "prep" and child.i > child.head.i and \
        child.lower_ in SETTING_PREPS and any(
            g.dep_ == "pobj" and g.lower_ in _RELATIVE_OCCASIONS and
            any(a.dep_ == "det" and a.lower_ in DEFINITE_ONE for a in g.children) and
            not earlier_marked(g)
            for g in child.children)


def _time_of_thing(noun, calendar, clause):
    """(timex, parsed) the text gives a thing: on the noun ("the March report",
    "a petition on Friday"), on another participle describing it ("a petition drafted
    on Friday"), or on the verb whose object or subject it is ("published a proposal on
    Tuesday")."""
    def hangs_on(root, tok) -> bool:
        # "the March Senate panel report"
        head = compound_head(root.head, lambda h: h.i == tok.i)
        return head.i == tok.i or (head.dep_ == "prep" and head.head.i == tok.i)

    describing = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.i != clause.i]
    for tx, parsed, root in calendar:
        if hangs_on(root, noun) or any(hangs_on(root, d) for d in describing):
            return tx, parsed
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ not in _ORDERING_PREPS:
        verb = verb.head
    elif noun.dep_ not in ("dobj", "nsubjpass", "nsubj"):
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if _issued_before(noun, verb):
        return None
    for tx, parsed, root in calendar:
        if hangs_on(root, verb) and root.i != noun.i:
            return tx, parsed
    return None


# Verbs whose object is a document issued before them (`_time_of_thing`).
_DOCUMENT_BEFORE = frozenset(_LISTS["document_before"]) | _ANSWERS
_DOCUMENT_ACTED_PREPS = frozenset(_LISTS["document_acted_preps"])
_DOCUMENT_ISSUE = frozenset(_LISTS["document_issue"])


def _issued_before(noun, verb) -> bool:
    """Was the document `noun` issued before `verb`, so that the verb's time is not the
    time of what it says? "On Tuesday the court upheld a judge's ruling that barred
    ...": a verb of `_DOCUMENT_BEFORE` acting on it (its object, or after "to" or
    "against"); never a document the verb is done with or in ("reacted with a statement
    that accused ...", "appealed in a letter that urged ...": that is the verb's own
    words, of its time). "cited a recent editorial that accused ...": a noun
    marked earlier (`EARLIER_OCCASION`, not "most recent", not "last" or "past"), unless
    the verb issues it ("released its most recent report, which accused ...")."""
    if noun.dep_ == "nsubj":
        return False
    acted_on = noun.dep_ in ("dobj", "nsubjpass") or (
        noun.dep_ == "pobj" and noun.head.lower_ in _DOCUMENT_ACTED_PREPS)
    if acted_on and lemma_of(verb) in _DOCUMENT_BEFORE:
        return True
    return lemma_of(verb) not in _DOCUMENT_ISSUE and earlier_marked(noun, EARLIER_OCCASION) \
        and not _most_recent(noun)


def _most_recent(noun) -> bool:
    """ "its most recent report": the latest, often the one issued at the news."""
    return any(c.dep_ == "amod" and c.lower_ == "recent" and
               any(a.dep_ == "advmod" and a.lower_ == "most" for a in c.children)
               for c in noun.children)
