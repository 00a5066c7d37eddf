"""The time of a noun, apart from the act around it: a period the noun names, a time the
noun owns ("before Friday's announcement"), the day a change takes effect, an attack's
time dating the toll it took, another's time ("the 2014 vote's winner"), the topic
of an inquiry or report, whose time is not the act's, and a bare time told straight after
a phrase's noun where the verb has a time of its own ("After a rally Saturday, X urged Y
on Tuesday")."""

from __future__ import annotations

from collections.abc import Mapping

from ..words import word_lists
from .arguments import ATTACK_NOUNS
from .lexicon import lemma_of, word_classes
from .saying import _SAYING
from .tense import told_tense
from .timeheads import PRIOR_PREPS, SETTING_PREPS, bound, compound_head, deadline

# The word lists of this module: data/nountimes_lists.toml.
_LISTS = word_lists("newsbrief.events", "nountimes_lists.toml")

def _period_of_noun(root, tx: "Timex | None" = None):
    """The noun a timex after "for" tells the period of ("a budget for 2018", "its plans
    for fiscal year 2019"; also when the parser hangs "for" on the verb after its object:
    "approved a budget for 2018"): what the thing is for, not when the act that names it
    was done. None for a time after "for" on a verb with no object before it ("was
    scheduled for Friday")."""
    if root.dep_ != "pobj" or root.head.dep_ != "prep" or root.head.lower_ != "for" or \
            root.left_edge.i != root.head.i + 1 or root.head.i + 1 >= len(root.doc) or \
            (tx is not None and root.doc[root.head.i + 1].idx < tx.start):
        return None  # the time must be what "for" takes ("for a plan named X last month")
    head = root.head.head
    if head.pos_ in ("NOUN", "PROPN"):
        return head
    if head.pos_ in ("VERB", "AUX"):
        objects = [c for c in head.children if c.dep_ == "dobj" and c.i < root.head.i
                   and c.pos_ in ("NOUN", "PROPN")]
        return objects[0] if objects else None
    return None
# Prepositions that put an act before (or after, but never at) the time of a noun
# ("before Friday's announcement", "since the 2016 vote"): the prior prepositions but those
# of a time after which the act is ("after Monday's vote": a reaction as often of that day).
_AFTER_PREPS = frozenset(_LISTS["prior_preps_after"])
_BEFORE_PREPS = PRIOR_PREPS - _AFTER_PREPS


def _noun_owns_time(root) -> list:
    """[the noun] a time told before a noun after "before"/"since" belongs to ("had
    sought advice before Friday's announcement": done before that day, not on it; the
    noun's own record takes it). Empty otherwise. (A scene inside the object, "denied
    any part in the 2014 vote", was tried too: as often the parser hangs the verb's
    own scene on its object, "struck down the law in the 2013 case"; not taken.)"""
    if root.dep_ not in ("poss", "nmod", "compound", "nummod", "amod"):
        return []
    noun = compound_head(root.head)
    if noun.i == root.i or root.i > noun.i or noun.pos_ not in ("NOUN", "PROPN") or \
            noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return []
    return [noun] if noun.head.lower_ in _BEFORE_PREPS else []


def _taking_effect(effective):
    """What takes effect at the time told on `effective` (`_effective_head`) and is dated
    by it: the act it goes with ("will step down effective March 31") or a noun it
    describes ("the resignation, effective July 31, was accepted"). None when that is a
    verb of saying or what one announces ("announced his resignation effective July 31",
    "announced new rules, effective June 1"): the act told is the announcing, not done on
    that day (the blind judges count the announced act's record wrong with it)."""
    head = effective.head
    if head.i == effective.i:
        return None
    if head.pos_ in ("VERB", "AUX") and lemma_of(head) in _SAYING:
        return None
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ == "dobj" and \
            lemma_of(head.head) in _SAYING:
        return None
    return head


def _scene_act(root, predicates: Mapping[int, int]) -> int | None:
    """The event index of the act whose occasion a timex dates: the time told before
    the occasion's noun, in a phrase on it or bare after it ("during the May 2015 party
    meeting", "at the summit on Monday", "during the talks last week"), that noun taken by "during", "at" or "in" on the act's
    verb; else None."""
    head = compound_head(root.head)
    if root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("on", "in"):
        head = head.head  # "the summit on Monday"
    elif not root.i < head.i and root.dep_ not in ("npadvmod", "tmod"):
        return None  # (a bare time after the noun is its own: "during the talks last week")
    if head.pos_ != "NOUN" or head.dep_ != "pobj" or head.head.lower_ not in SETTING_PREPS:
        return None
    verb = head.head.head
    return predicates.get(verb.i) if verb.pos_ in ("VERB", "AUX") else None


_TOLL_VERBS = frozenset(_LISTS["toll_verbs"])
# One list of attack nouns and one of harm verbs (events.arguments); the toll's are parts
# of them, for the reasons nountimes_lists.toml gives (tests/test_house40.py checks it).
_CAMPAIGN_NOUNS = frozenset(_LISTS["attack_nouns_not_toll"])
_ATTACK_NOUNS = ATTACK_NOUNS - _CAMPAIGN_NOUNS


def _toll_of(root, predicates: Mapping[int, int]):
    """The verb in the simple past that counts the harm done by the noun a time is told
    before ("The March 2 attack on the base killed four soldiers", "an Oct. 31 bombing
    that wounded 16"): the noun is that verb's subject, or the relative clause of harm
    hangs on it. None for any other verb ("the 2012 attack haunted her campaign": what
    the attack did later is of no time the text gives), a verb in another tense, or a
    passive. None too when the noun is no attack (`_ATTACK_NOUNS`) nor another act of the
    text's (`predicates`): "A 2003 war veteran killed two officers on Friday" tells of a
    person, whose year is not the killing's."""
    noun = compound_head(root.head)
    if noun.pos_ != "NOUN" or (noun.i not in predicates and
                               lemma_of(noun) not in _ATTACK_NOUNS):
        return None
    verbs = [noun.head] if noun.dep_ == "nsubj" else []
    verbs += [c for c in noun.children if c.dep_ == "relcl"]
    for verb in verbs:
        if verb.pos_ == "VERB" and verb.tag_ == "VBD" and lemma_of(verb) in _TOLL_VERBS and \
                not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and \
                (verb.dep_ != "relcl" or any(c.dep_ == "nsubj" and c.tag_ == "WDT"
                                             for c in verb.children)):
            return verb
    return None


def _possessed_apart(root) -> bool:
    """Is a timex the possessive of a noun whose time is not the verb's: what the act is
    for ("endorsed X for this year's election", "the outlook for next year's vote"), or
    what an act told in the present goes
    on about ("are examining last Friday's blast")? (Told in the simple past,
    "voted against Monday's motion", "called Friday's launch a provocation", the act is of that
    day.)"""
    if root.dep_ != "poss":
        return False
    noun = root.head
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        if verb.lower_ == "for":
            # not the thing a verb with no object of its own takes ("voted for last
            # week's resolution" is that vote)
            return verb.head.pos_ not in ("VERB", "AUX") or any(
                c.dep_ == "dobj" for c in verb.head.children)
        verb = verb.head
    elif noun.dep_ != "dobj":
        return False
    return verb.pos_ in ("VERB", "AUX") and told_tense(verb) == "present"


def _anothers_time(root) -> bool:
    """Is a possessive timex the time of its noun alone, not of the verb above it: the
    noun sits inside another noun's phrase ("the win of the reformists in Sunday's
    vote"), or it is what the verb is for or goes on about (`_possessed_apart`)?"""
    return root.dep_ == "poss" and (_nested_noun(root.head) or _possessed_apart(root))


_ACT_NOUNS = frozenset(_LISTS["act_nouns"])
# Verbs that tell of someone's act now ("defended", "praised"); a verb that acts on an
# act ("confirmed the general's nomination in 2019", "overthrew") is done at that time.
_COMMENT_VERBS = frozenset(_LISTS["act_comment_verbs"])
_FIRST_TELLINGS = frozenset(_LISTS["first_tellings"])


def _possessed_act_far_time(root, far: bool):
    """Is a time long past (`far`: before the story's days) told straight after a verb's
    object that is someone's act ("defended her signing of the treaty two years ago",
    "praised the ministry's decision in 2015 to close the port") the time of that act,
    which the parser hangs on the verb? The defending or praising is told of now, not
    done years before. Only a possessed object (a possessive pronoun or a name with
    "'s") whose head is a verb's noun (an "-ing" form or a noun of the `act_nouns`
    list), and only a time that follows the object's phrase with nothing between: a
    near time ("praised the minister's speech on Monday") is as often the verb's. Not in
    a relative clause: one that describes a party by what it once did ("a group that
    endorsed her nomination last year") tells the whole clause at its time."""
    if not far:
        return False
    prep = root.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else None
    if prep is not None and prep.lower_ not in ("in", "on", "during"):
        return False
    verb = prep.head if prep is not None else root.head
    if root.dep_ not in ("pobj", "npadvmod", "advmod", "tmod") or verb.pos_ != "VERB" or \
            verb.dep_ == "relcl":
        return False
    start = prep.i if prep is not None else root.left_edge.i
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.i > start or obj.right_edge.i + 1 != start:
            continue
        possessed = any(c.dep_ == "poss" for c in obj.children)
        # A gerund, or an "-ing" noun with its own "of" object ("her signing of the
        # treaty"); not any noun spelt "-ing" ("their king", "the army's building").
        acted = obj.tag_ == "VBG" or lemma_of(obj) in _ACT_NOUNS or (
            obj.lower_.endswith("ing") and
            any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children))
        # "She first criticized the decision in 2019": the far time is the criticism's own.
        first = any(c.dep_ == "advmod" and c.lower_ in _FIRST_TELLINGS for c in verb.children)
        return possessed and acted and not first and obj.pos_ in ("NOUN", "VERB") and \
            lemma_of(verb) in _COMMENT_VERBS
    return False


# Prepositions by which an act named by a noun takes its topic ("the inquiry into
# fraud", "a report on abuses", "the probe of meddling").
_TOPIC_PREPS = frozenset(_LISTS["topic_preps"])
_INQUIRY_WORDS = word_classes()["inquiry_words"]


def _topic_occasion(root, predicates: Mapping[int, int]) -> bool:
    """Is a timex told before an occasion's noun ("the 2016 election") that sets the
    scene of a thing, which is in turn the topic of a noun ("its inquiry into fraud in
    the 2016 election"; "an audit of ballot stuffing in the 2019 race"; "demanded
    a report on abuses in the 2014 war")? The time is the occasion's (and the thing's),
    not the inquiry's, the report's or the demand's.
    Not when the occasion's phrase hangs on the event itself ("the fraud in the 2016
    election", "a vote in the 2016 election", "backed X in the 2006 race")."""
    if root.dep_ not in ("nmod", "compound", "nummod", "amod"):
        return False
    # "the 2016 presidential election", "the May 2015 party congress"
    noun = compound_head(root.head)
    if not root.i < noun.i or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return False
    thing = noun.head.head
    if thing.pos_ not in ("NOUN", "PROPN") or thing.i in predicates or thing.dep_ != "pobj":
        return False
    prep, topic_of = thing.head, thing.head.head
    if topic_of.pos_ not in ("NOUN", "PROPN"):
        return False
    if prep.lower_ == "of":
        # "the shelling of farms in the 1999 war" is of that war: an act's "of" names
        # whom it was done to; only an inquiry's (or a thing's: "a report of abuses")
        # names what it looks into
        return lemma_of(topic_of) in _INQUIRY_WORDS or topic_of.i not in predicates
    return prep.lower_ in _TOPIC_PREPS


def _nested_noun(noun) -> bool:
    """Is `noun` inside another noun's phrase (not a verb's own object or the object of
    a preposition on the verb)?"""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    return head.i != noun.i and head.pos_ in ("NOUN", "PROPN")


def _noun_ahead_of_bare_time(root, roots: list):
    """The object of a preposition in a phrase opening the clause that a bare time follows
    straight after, whatever the parser hangs the time on (the verb, or the noun), when
    the verb above that phrase has a time of its own besides ("After a tense rally
    Saturday, the mayor urged the college on Tuesday to ...", "In the hours after a fire
    Saturday that ..., the governor accused ... on Tuesday": Saturday is the rally's, the
    fire's; Tuesday the act's); else None. With no other time on the verb the bare one
    stays the verb's (an act often follows its occasion the same day). A phrase after
    the verb is mostly a place ("picketed outside the plant Monday and again on
    Tuesday": Monday is the act's), and a bound or deadline ("jailed him until Friday",
    "condemned the attacks since January") is no time of the act's own. `roots` are the
    root tokens of the calendar times."""
    if root.dep_ not in ("npadvmod", "tmod") or root.left_edge.i == 0:
        return None
    noun = root.head if root.head.pos_ in ("NOUN", "PROPN") else root.doc[root.left_edge.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj":
        return None
    verb = noun
    while verb.dep_ in ("pobj", "prep") and verb.head.i != verb.i:
        verb = verb.head  # up through the phrase: "in the hours after a fire"
    if verb.pos_ not in ("VERB", "AUX") or noun.i > verb.i or (
            root.head.i != noun.i and root.head.i != verb.i):
        return None

    def on_verb(other) -> bool:
        if other.dep_ in ("npadvmod", "tmod"):
            return other.head.i == verb.i
        return other.dep_ == "pobj" and other.head.dep_ == "prep" and \
            other.head.head.i == verb.i and not (bound(other) or deadline(other))

    return noun if any(r.i != root.i and on_verb(r) for r in roots) else None
