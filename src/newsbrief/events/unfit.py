"""A person judged unfit for a post: "unfit for office", "unfit to serve", "unfit to be
president".

"Unfit" alone is as often a player's injury or a building's state (verdict39 left it
out), so it judges a person only when it is said of a post or of holding one, and not
when the text gives a body's reason ("medically unfit", "unfit to serve after the
stroke"). The words of each role are in data/unfit_lists.toml (one file for the one
adjective; house41 moved them out of coding_lists.toml, where eight lists carried an
"unfit_" prefix). `coding` reads the verdict through `unfit_for_office`.
"""

from __future__ import annotations

from .lexicon import lemma_of as _lemma
from .lexicon import word_classes
from ..words import word_lists

# The words of each role (data/unfit_lists.toml, one file for the one adjective).
_LISTS = word_lists("newsbrief.events", "unfit_lists.toml")
OFFICES = frozenset(_LISTS["offices"])  # "unfit for office"
TASKS = frozenset(_LISTS["tasks"])  # "unfit to serve": a post by its sense
TASKS_OF_POST = frozenset(_LISTS["tasks_of_post"])  # "to lead", "to be": the post named
POSTS = frozenset(_LISTS["posts"])  # "to lead the country", "to be president"
SPORTS_UNITS = frozenset(_LISTS["sports_units"])  # "to lead the team": no post
TITLES = frozenset(_LISTS["titles"])  # "to be attorney general"
HEALTH_ADVERBS = frozenset(_LISTS["health_adverbs"])  # "medically unfit": a body's state
HEALTH_WORDS = frozenset(_LISTS["health_words"])  # "unfit to serve after the stroke"
# Holders of office a speaker judges as a party, beside the people words.
OFFICE_PEOPLE = word_classes()["office_people"]


def unfit_for_office(pred) -> bool:
    """ "unfit for office", "unfit to serve", "unfit to be president": a verdict on a
    person's fitness to hold a post. "Unfit" alone is as often a player's
    injury or a building's state (verdict39 left it out)."""
    if _lemma(pred) != "unfit":
        return False
    if any(c.dep_ == "advmod" and c.lower_ in HEALTH_ADVERBS for c in pred.children) \
            or _health_reason(pred):
        return False  # "medically unfit to serve", "unfit to serve after the stroke"
    return any((c.dep_ == "prep" and c.lower_ == "for" and any(
        g.dep_ == "pobj" and _lemma(g) in OFFICES for g in c.children)) or
        (c.dep_ == "xcomp" and _unfit_task(c)) for c in pred.children)


def _health_reason(pred) -> bool:
    """Is a health word the object of a preposition on "unfit" or on its task ("unfit
    to serve after the stroke", "unfit because of the injury")? Only there: a health
    word elsewhere in the clause is a topic ("because of his views on disease"), and a
    word with an owner or a modifier of its own is no one's body ("his sick jokes" is no
    object here anyway)."""
    heads = [pred, *(c for c in pred.children if c.dep_ == "xcomp")]
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep"):
            # "because of the injury": the object hangs on the "of" under "because"
            preps = [prep, *(g for g in prep.children if g.dep_ in ("prep", "pcomp"))]
            if any(g.dep_ == "pobj" and (_lemma(g) in HEALTH_WORDS or
                                         g.lower_ in HEALTH_WORDS)
                   for p in preps for g in p.children):
                return True
    return False


def _unfit_task(task) -> bool:
    """ "to serve", "to hold office": a task that is a post by its sense; "to lead" and
    "to be" only with the post named ("to lead the country", "to be president"), as
    "unfit to lead the team" is as often a player's state. "To lead" also takes
    a named place or body ("to lead Israel", "to lead the Pentagon") but not a sports
    unit named by a common noun; "to be" also a title ("to be attorney general") or
    an office holder (OFFICE_PEOPLE)."""
    if _lemma(task) in TASKS:
        return True
    if _lemma(task) not in TASKS_OF_POST:
        return False
    for c in task.children:
        if c.dep_ not in ("dobj", "attr"):
            continue
        if _lemma(c) in POSTS:
            return True
        if c.dep_ == "dobj" and _lemma(task) == "lead" and _lemma(c) not in \
                SPORTS_UNITS and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "ORG", "NORP")):
            return True
        if c.dep_ == "attr" and _lemma(task) == "be" and (
                _lemma(c) in TITLES or _lemma(c) in OFFICE_PEOPLE):
            return True
    return False
