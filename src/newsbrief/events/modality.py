"""The standing of an event (asserted, alleged, conditional, future, negated) and
whose account it is (`attributed_to`).

Read from the predicate itself (negation, modal auxiliaries, "allegedly", a
condition clause) and then from the words that govern it, nearest first:
"accused X of <event>" / "accusations that <event>" -> alleged, "denied that
<event>" -> negated, "plans to <event>" -> future, "in the event of <event>" ->
conditional. Reporting verbs ("X said", "according to X") attribute without
casting doubt. The first cue met decides the standing; the first source met is
`attributed_to`. Cue words live in data/modality_cues.toml.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .arguments import (CLAIMED_ACT_NOUNS, LEAVING_OCCASION_VERBS, NAME_ENT_TYPES,
                        OPEN_QUESTION, PRON_RELATIVE)
from .occasions import occasion_which
from .predicate import first_conjunct, has_subject
from .totals import a_count, counted, since_clause
from .tense import PAST_PERFECT_AUX, PRESENT_PERFECT_AUX
from .lexicon import lemma_of, ready_when_denied, word_classes
from .reportable import HABITUAL, NEWS_TIME
from ..actors.anaphora import ORG_NOUNS, PERSON_NOUNS
from ..nlp import line_ends_a_sentence
from ..timexes.lexicon import UNITS
from ..words import DEFINITE, word_lists

# The word lists of this module: data/modality_lists.toml.
_LISTS = word_lists("newsbrief.events", "modality_lists.toml")
# How a predicate's clause hangs below the word that may govern its standing.
GOVERNED_DEPS = frozenset({"ccomp", "xcomp", "advcl", "acl", "relcl", "pcomp", "pobj", "prep",
                           "dobj", "conj", "attr", "oprd", "appos", "nsubj", "nsubjpass",
                           "parataxis", "csubj", "acomp", "npadvmod"})
MAX_STEPS = 6


@dataclass(frozen=True)
class Cues:
    neg_words: frozenset[str]
    neg_governors: frozenset[str]
    alleged_governors: frozenset[str]
    alleged_adverbs: frozenset[str]
    alleged_adjectives: frozenset[str]
    future_aux: frozenset[str]
    future_governors: frozenset[str]
    cond_marks: frozenset[str]
    cond_nouns: frozenset[str]
    cond_aux: frozenset[str]
    oblig_aux: frozenset[str]
    reporting: frozenset[str]
    according: frozenset[str]
    nobody: frozenset[str]
    finding_nouns: frozenset[str]
    weighing: frozenset[str]
    wishing: frozenset[str]
    would_wish: frozenset[str]
    would: frozenset[str]
    performatives: frozenset[str]
    performative_carriers: frozenset[str]
    performative_objects: frozenset[str]
    performative_times: frozenset[str]
    performative_ahead: frozenset[str]
    made_asks: frozenset[str]
    travel: frozenset[str]
    directive: frozenset[str]
    ask_verbs: frozenset[str]
    ask_party_verbs: frozenset[str]
    ask_party_or_act_verbs: frozenset[str]
    ask_object_verbs: frozenset[str]
    ask_gerund_verbs: frozenset[str]
    ask_for_verbs: frozenset[str]
    ask_nouns: frozenset[str]
    subjunctive: frozenset[str]
    try_verbs: frozenset[str]
    try_nouns: frozenset[str]
    causative: frozenset[str]


@lru_cache(maxsize=1)
def cues() -> Cues:
    raw = tomllib.loads(resources.files("newsbrief.events").joinpath(
        "data/modality_cues.toml").read_text("utf-8"))

    def s(section: str, key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in raw[section][key])

    return Cues(
        neg_words=s("negated", "words"), neg_governors=s("negated", "governors"),
        alleged_governors=s("alleged", "governors"), alleged_adverbs=s("alleged", "adverbs"),
        alleged_adjectives=s("alleged", "adjectives"),
        future_aux=s("future", "aux"), future_governors=s("future", "governors"),
        cond_marks=s("conditional", "marks"), cond_nouns=s("conditional", "condition_nouns"),
        cond_aux=s("conditional", "aux"),
        oblig_aux=s("future", "obligation_aux"), reporting=s("reporting", "governors"),
        according=s("reporting", "according"),
        nobody=s("negated", "nobody"), finding_nouns=s("negated", "finding_nouns"),
        weighing=s("weighed", "weighing"), wishing=s("weighed", "wishing"),
        would_wish=s("weighed", "would_wish"), would=s("weighed", "would"),
        performatives=s("weighed", "performatives"),
        performative_carriers=s("weighed", "performative_carriers"),
        performative_objects=s("weighed", "performative_objects"),
        performative_times=s("weighed", "performative_times"),
        performative_ahead=s("weighed", "performative_ahead"),
        made_asks=s("weighed", "made_asks"), travel=s("trip", "travel"),
        directive=s("unwanted", "directive"),
        ask_verbs=s("asked", "verbs"), ask_party_verbs=s("asked", "party_verbs"),
        ask_party_or_act_verbs=s("asked", "party_or_act_verbs"),
        ask_object_verbs=s("asked", "object_verbs"),
        ask_gerund_verbs=s("asked", "gerund_verbs"), ask_for_verbs=s("asked", "for_verbs"),
        ask_nouns=s("asked", "nouns"), subjunctive=s("asked", "subjunctive"),
        try_verbs=s("asked", "try_verbs"), try_nouns=s("asked", "try_nouns"),
        causative=s("asked", "causative"),
    )


@dataclass(frozen=True)
class Standing:
    modality: str
    source: tuple  # head tokens of whose account it is (may be empty)
    cue: str | None  # the word that set a non-asserted modality


def _lemma(tok) -> str:
    return lemma_of(tok)


def _negations(tok) -> list:
    """The words that negate predicate `tok`: "not", "never", a "no" on a noun, and the
    "nor" that opens a verb's own clause ("did not meet them, nor did she call")."""
    return [c for c in tok.children if c.dep_ == "neg" or
            (c.dep_ == "advmod" and c.lower_ == "never") or
            (c.dep_ == "det" and c.lower_ == "no")] + _nor_before(tok)


def _nor_before(tok) -> list:
    """The "nor" right before conjoined verb `tok`'s clause: "nor" denies what follows
    it as "not" does, whether the parser hangs it on the verb or on the first verb
    between the two ("X did not resign, nor was he fired"), or opens the sentence;
    [] otherwise."""
    if tok.pos_ not in ("VERB", "AUX"):
        return []
    start = min(t.i for t in tok.subtree)
    if tok.dep_ != "conj" or tok.head.i == tok.i:
        # a sentence that opens with "Nor" ("Nor did the council vote on it")
        return [c for c in tok.children if c.dep_ == "cc" and c.lower_ == "nor" and
                c.i == tok.sent.start]
    return [c for c in (*tok.children, *tok.head.children)
            if c.dep_ == "cc" and c.lower_ == "nor" and tok.head.i < c.i <= start]


def _own(tok, c: Cues) -> str | None:
    """Standing marked on the predicate itself."""
    for child in tok.children:
        dep = child.dep_
        if if_clause(child, c):
            return "conditional"
        if dep == "prep" and _condition_prep(child, c):
            return "conditional"
    if _negations(tok):
        return "negated"
    auxes = [ch.lower_ for ch in tok.children if ch.dep_ in ("aux", "auxpass")]
    if any(a in c.oblig_aux for a in auxes):
        # "should vote": not done yet; "should have voted": did not happen as said.
        return "conditional" if "have" in auxes else "future"
    for child in tok.children:
        if child.dep_ in ("aux", "auxpass"):
            low = child.lower_
            if low in c.future_aux:
                return "future"
            if low in c.cond_aux:
                return "conditional"
        elif child.dep_ == "advmod" and child.lower_ in c.alleged_adverbs:
            return "alleged"
        elif child.dep_ == "amod" and child.lower_ in c.alleged_adjectives:
            return "alleged"  # "the alleged killing"
    # "is going to", "is about to"
    if tok.dep_ == "xcomp" and tok.head.lower_ == "going":
        return "future"
    return None


# Auxiliaries of a stated refusal: "will not sign", "would not accept", "cannot allow"
# tell a decision (CAMEO 12x) that is an event; "did not sign", "has not met", "never
# met" tell that an act did not happen, which is no event.
REFUSAL_AUX = frozenset({"will", "would", "wo", "'ll", "’ll", "shall", "can", "ca", "could"})
PRESENT_AUX = frozenset({"do", "does", "is", "are", "am"})
# How far up "without" may govern: "without asking", "without holding talks".
WITHOUT_STEPS = 3
# Verbs that keep someone from an act ("barred from travelling", "blocked him from
# testifying"; data/modality_lists.toml).
KEPT_FROM_VERBS = frozenset(_LISTS["kept_from_verbs"])


# Words that put an act on a timetable: "scheduled to be executed on Friday", "is
# expected to vote", "is set to meet". The act has not happened when it is told.
SCHEDULE_WORDS = frozenset({"schedule", "scheduled", "slate", "slated", "expect", "expected",
                            "due", "set"})


# A passive that puts an event noun on a timetable takes "planned" too ("a summit is
# planned for May"); "planned to" is a plan told by its doer, read elsewhere.
TIMETABLE_PASSIVES = SCHEDULE_WORDS | {"plan", "planned"}


def scheduled(tok) -> str | None:
    """The word that puts the act of predicate `tok` on a timetable, or None: the act
    is the to-infinitive of "scheduled", "slated", "expected", "due" or a passive
    "set" ("is set to meet"), or an event noun that is the subject of such a passive
    told in the present or the future ("a meeting of the two is scheduled for Friday",
    "talks are set for next week", "the vote will be slated for May", "a summit is
    planned for May"), or a conjunct of that subject."""
    if tok.pos_ in ("NOUN", "PROPN"):
        tok = first_conjunct(tok)  # "talks and a meeting of the ministers are scheduled"
        if tok.dep_ == "nsubjpass":
            return _timetabled(tok.head)
    if tok.dep_ != "xcomp" or not any(a.dep_ == "aux" and a.lower_ == "to"
                                      for a in tok.children):
        return None
    gov = tok.head
    word = gov.lemma_.lower()
    if word not in SCHEDULE_WORDS and gov.lower_ not in SCHEDULE_WORDS:
        return None
    if word == "set" and gov.tag_ != "VBN":
        return None  # "set out to", "they set to work"
    if any(c.dep_ == "neg" for c in gov.children):
        return None
    return gov.lower_


def _timetabled(gov) -> str | None:
    """The passive participle of a timetable word that an event noun is the subject of,
    told in the present or the future: the occasion lies ahead. Told in the past ("the
    vote was scheduled for Tuesday") it may since have been held; denied ("is not
    scheduled") it is not on the timetable. "set" puts a thing on a timetable only with
    "for" ("set for Friday"), not a level or a state ("set at critical"). An infinitive
    under the participle that is not the occasion taking place ("is expected to spark
    protests", not "is scheduled to begin") forecasts what the event brings, and the
    event keeps its standing, when it acts on something ("spark protests", "ease
    tensions") or when the sentence tells the event as held (`_held`: "the meeting last
    week is expected to culminate in a pact", "the visit, which began on Monday, is expected
    to last three days"). Otherwise it tells the occasion going on ("expected to continue
    on Monday", "to conclude on Friday", "to last two hours"), as the parser's "to last
    weeks" read as a phrase of "to" does. An object alone does not tell a held event,
    though: an occasion's own agenda acts on something too ("the meeting is expected to
    discuss the border on Friday"), and such a future occasion wrongly keeps its record
    here; a time ahead on the infinitive would tell it (not read)."""
    if gov.tag_ != "VBN" or (_lemma(gov) not in TIMETABLE_PASSIVES and
                             gov.lower_ not in TIMETABLE_PASSIVES):
        return None
    if any(c.dep_ == "neg" for c in gov.children):
        return None
    if _lemma(gov) == "set" and not any(c.dep_ == "prep" and c.lower_ == "for"
                                        for c in gov.children):
        return None  # "the alert has been set at critical", "a fund was set up": no timetable
    auxes = [c for c in gov.children if c.dep_ in ("aux", "auxpass")]
    if not auxes or any(a.tag_ == "VBD" for a in auxes):
        # "was", "had been": told in the past (any past auxiliary, the passive "was"
        # too, which _told_in_past does not read)
        return None
    forecasts = [c for c in gov.children if c.dep_ == "xcomp" and
                 not (_lemma(c) in OCCASION_START_VERBS or _occurs(c))]
    if any(_acts_on_something(c) for c in forecasts):
        return None  # "the arrest on Monday is expected to spark protests": a forecast
    if (forecasts or any(c.dep_ == "prep" and c.lower_ == "to" for c in gov.children)) and \
            any(s.dep_ == "nsubjpass" and _held(s) for s in gov.children):
        return None  # "the meeting last week is expected to culminate in a pact"
    return gov.lower_


def _acts_on_something(verb) -> bool:
    """Does `verb` take an object that is not a span of time ("spark strikes", "anger
    Egypt", "say that ..."; not "last two hours")?"""
    return any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") and not _time_span(c)
               for c in verb.children)


def _held(noun) -> bool:
    """Does the sentence tell the event noun `noun`, the subject of a timetable passive,
    as held: a past time of its own on the noun or the participle ("the meeting last
    week is expected to ...", "the arrest yesterday is expected to ...") or a relative
    clause that tells it begun (`_begun_in_own_clause`)? A bare day ("the arrest on
    Monday is expected to ...") may lie either way and tells nothing here."""
    return _begun_in_own_clause(noun) or any(
        c.dep_ in ("npadvmod", "tmod", "advmod") and _past_deixis(c)
        for t in (noun, noun.head) for c in t.children)


def _past_deixis(tok) -> bool:
    """Is `tok` a time counted back from the telling ("yesterday", "two weeks ago",
    "last month", "last Friday")?"""
    words = list(tok.subtree)
    return any(t.lower_ in PAST_DEIXIS for t in words) or (
        (lemma_of(tok) in UNITS or tok.ent_type_ in TIME_ENTS) and
        any(c.dep_ in ("amod", "det") and c.lower_ in PAST_DEIXIS_MODIFIERS
            for c in tok.children))


def _begun_in_own_clause(noun) -> bool:
    """Does a relative clause on a thing tell the event noun `noun` in the past, active
    or passive, its pronoun in any role ("the trial, which opened on Tuesday", "which
    was opened", "which the judge opened")? Only the event noun as the doer of the
    clause counts whatever its verb ("the trial, which drew crowds"): what is done to
    an occasion is mostly its arranging ("which was announced", "which they postponed"),
    and the parser often hangs the clause on a noun of the noun's own phrase ("the trial
    of the former governor, which opened", "the visit by the French president, which
    began"), where it may tell that noun's own past ("the trial of the gang, which
    robbed three banks"); there only a verb of the occasion starting or taking place
    counts. "who" speaks of a person, not of the event."""
    for n in noun.subtree:
        for c in n.children:
            if c.dep_ != "relcl" or not (_told_in_past(c) or any(
                    a.dep_ == "auxpass" and a.tag_ == "VBD" for a in c.children)):
                continue
            roles = {p.dep_ for p in c.children if p.lower_ in ("which", "that")}
            own_doer = n.i == noun.i and "nsubj" in roles
            if own_doer or (roles & {"nsubj", "nsubjpass", "dobj"} and (
                    _lemma(c) in OCCASION_START_VERBS or _occurs(c))):
                return True
    return False


# What a timetabled event noun is "expected to" do when the infinitive tells the
# occasion itself ("scheduled to begin", "expected to be signed").
OCCASION_START_VERBS = frozenset(_LISTS["occasion_start_verbs"])
# Times counted back from the telling (data/modality_lists.toml).
PAST_DEIXIS = frozenset(_LISTS["past_deixis"])
PAST_DEIXIS_MODIFIERS = frozenset(_LISTS["past_deixis_modifiers"])


# Words that make a clause's future act a forecast, not a plan told by its doer: verbs
# of predicting, believing and fearing ("predicted that the senator will oppose the
# bill"), adjectives and nouns of chance ("it is unclear if the police will charge them",
# "there is little chance he will be convicted"); data/modality_lists.toml.
# The nouns among them ("fears", "odds") are thought nouns too (THOUGHT_NOUNS).
FORECAST_NOUNS = frozenset(_LISTS["forecast_nouns"])
FORECAST_WORDS = frozenset(_LISTS["forecast_words"]) | FORECAST_NOUNS
# Auxiliaries that put a clause's act in the future: data/modality_lists.toml.
_FUTURE_MARKS = frozenset(_LISTS["future_marks"])


def forecast(tok) -> str | None:
    """The word that makes the act of predicate `tok` a forecast, or None: the act is
    the verb of a clause told in the future ("will", "would") that is the content of a
    verb, adjective or noun of predicting, believing, fearing or chance, or an open
    question ("whether he would sign"). A doer's own plan told by a saying verb ("said it
    would summon the ambassador", "announced he will resign") is left alone: an
    announced decision is news."""
    verb = tok
    for _ in range(2):  # "will meet and discuss": the second verb shares the first's clause
        if any(a.dep_ in ("aux", "auxpass") and a.lower_ in _FUTURE_MARKS
               for a in verb.children) or verb.dep_ not in ("conj", "xcomp"):
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or not any(
            a.dep_ in ("aux", "auxpass") and a.lower_ in _FUTURE_MARKS for a in verb.children):
        return None
    if verb.dep_ not in ("ccomp", "acl", "advcl", "csubj") or verb.head.i == verb.i:
        return None
    for m in verb.children:
        if m.dep_ == "mark" and m.lower_ in OPEN_QUESTION:
            return m.lower_
    gov = verb.head
    if _lemma(gov) in FORECAST_WORDS or gov.lower_ in FORECAST_WORDS:
        return gov.lower_
    if _lemma(gov) == "be":  # "it is unclear whether", "the risk is that they will"
        for c in gov.children:
            if c.dep_ in ("acomp", "attr", "nsubj") and c.lower_ in FORECAST_WORDS:
                return c.lower_
    return None


# How far up a to-infinitive may climb to the clause that asks ("whether to order them to
# leave": "leave" hangs on "order", which the question marks).
QUESTION_STEPS = 3


def open_question(tok) -> str | None:
    """The mark of the open question that holds the act of predicate `tok`, or None: the
    act's verb (or the verb an event noun is the object of) opens a clause of "whether",
    or of "if" that completes a verb or a noun ("were probing whether the firm broke the
    embargo", "asked her if she had met him", "will decide whether to impose duties",
    "the question of whether they talked"). A yes-no question tells neither that the act
    happened nor that it did not, in any tense; `forecast` reads only its future. An
    "if" clause that is an adverbial is a condition (`_own`), and one after "be" ("the
    only way is if ...") no question."""
    verb = _verb_of(tok)
    for _ in range(QUESTION_STEPS):
        if verb is None:
            return None
        for m in verb.children:
            if m.dep_ != "mark" or m.lower_ not in OPEN_QUESTION:
                continue
            if m.lower_ == "whether" or (verb.dep_ != "advcl" and _lemma(verb.head) != "be"):
                return m.lower_
        verb = verb.head if verb.dep_ == "xcomp" and verb.head.i != verb.i else None
    return None


# The words of a denial (as written: a standing's cue is the word itself): the act below
# them is one someone says did not happen (data/modality_lists.toml).
DENYING = frozenset(_LISTS["denying"])
# Nouns of what is said whose content a denial denies ("denied reports that ...").
DENIED_REPORTS = frozenset(_LISTS["denied_reports"])
# Adverbs that call a denial false: the act denied is told as done.
FALSE_DENIAL = frozenset(_LISTS["false_denial"])


def denied(tok) -> str | None:
    """The word of a denial whose object or content is the act of predicate `tok`
    ("denied meeting officials", "denied that a meeting took place", "denied that the
    envoy had urged it", "denied reports that an aide pressured her", "denied a
    request"), or None. The denial is the news (its own record); the act it denies is
    not told as done. Only the denial's own object or content clause, or the content of
    the report it denies: the standing's walk also crosses coordination and other
    clauses ("denied involvement and condemned the raids": the condemning is told), which
    this reading does not. A denial called false ("falsely denied criticizing him") is
    left alone."""
    node = tok
    if tok.dep_ == "compound" and tok.lower_.endswith("ing") and tok.head.dep_ == "dobj":
        node = tok.head  # "denied meeting officials" read as a noun modifier
    if node.dep_ in ("nsubj", "nsubjpass") and _occurs(node.head):
        node = node.head  # "denied that a meeting took place"
    for _ in range(2):
        gov = node.head
        if gov.i == node.i:
            return None
        if node.dep_ in ("dobj", "xcomp", "ccomp") and gov.lower_ in DENYING:
            if any(c.dep_ in ("auxpass", "nsubjpass") for c in gov.children):
                return None  # "should they be denied entry": a refusal, no denial
            if node.dep_ == "ccomp" and node.i < gov.i:
                return None  # a clause before the verb is its report, not its content
            if any(c.dep_ == "advmod" and c.lower_ in FALSE_DENIAL for c in gov.children):
                return None
            return gov.lower_
        if node.dep_ in ("acl", "ccomp") and gov.lower_ in DENIED_REPORTS and \
                gov.dep_ == "dobj":
            node = gov  # "denied reports that an aide pressured her"
            continue
        return None
    return None


# Verbs whose object is an act kept from being, or undone: stayed away from ("skipped
# the meeting"), annulled ("overturned the convictions", "quashed the sentence"), or
# only being arranged ("set up a meeting"). Written forms and phrasal verbs ("set up")
# in data/modality_lists.toml.
UNDOING_VERBS = frozenset(_LISTS["undoing_verbs"])


def _verb_phrase(verb) -> str:
    """A verb's lemma with its particle, if any ("set up")."""
    prt = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return f"{lemma_of(verb)} {prt[0]}" if prt else lemma_of(verb)


def undone(tok) -> str | None:
    """The verb that keeps the act named by event noun `tok` from being told as done, or
    None: the noun is its object ("the deputies skipped the budget meeting", "the
    court overturned the convictions of two aides", "a bid to set up talks") or
    its passive subject ("the convictions were quashed"). The verb's act is the news; the
    noun's act did not take place, was annulled, or is only arranged. A verb naming the
    act itself ("held a meeting") or ending one under way ("halted talks") is not
    here: those verbs code their object (events.coding)."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("dobj", "nsubjpass") or tok.head.i == tok.i:
        return None
    verb = tok.head
    if verb.pos_ != "VERB":
        return None
    phrase = _verb_phrase(verb)
    if phrase in UNDOING_VERBS:
        return phrase
    return None


# Verbs of checking a claim (data/modality_lists.toml); a noun of a claimed act
# (arguments.CLAIMED_ACT_NOUNS) has its "of" name the act claimed.
CHECKING_VERBS = frozenset(_LISTS["checking_verbs"])
CHECK_FAILED = frozenset(_LISTS["check_failed"])


def unverified(tok) -> str | None:
    """The verb of checking, told as not done, whose object or passive subject is event
    noun `tok` ("the agency has not itself verified the claims", "the claims
    could not be confirmed", "was unable to verify reports of an attack"), or None. The
    sentence is a wire's note on what it has not checked, not a telling of the act;
    whoever made the claim is told in its own sentence. Only a noun: "cannot confirm
    that we detained them" tells a detention made."""
    if tok.pos_ != "NOUN":
        return None
    node = tok
    if node.dep_ == "pobj" and node.head.lower_ == "of" and \
            lemma_of(node.head.head) in CLAIMED_ACT_NOUNS:
        node = node.head.head  # "reports of an attack"
    if node.dep_ not in ("dobj", "nsubjpass") or node.head.i == node.i:
        return None
    verb = node.head
    if lemma_of(verb) not in CHECKING_VERBS:
        return None
    if _negations(verb):
        return verb.lower_
    if verb.dep_ == "xcomp" and (lemma_of(verb.head) in CHECK_FAILED or
                                 verb.head.lower_ in CHECK_FAILED):
        return verb.lower_  # "was unable to verify", "failed to confirm"
    return None


# Nouns of a right, a power or a chance: "the right to defend its airspace", "the
# authority to impose sanctions", "a chance to meet". The act they name is one that may
# be done, not one done.
CAPACITY_NOUNS = frozenset(_LISTS["capacity_nouns"])


# Words of an amount enough for the act: "enough proof to indict them"
# (data/modality_lists.toml).
CAPACITY_AMOUNTS = frozenset(_LISTS["capacity_amounts"])


# Verbs that turn a chance into the act: "used the opportunity to", "took the chance to".
USE_WORDS = frozenset({"use", "take", "seize", "grab", "exercise"})


# Verbs that give a right or a power: "a law authorizing the military to arm rebels".
AUTHORIZING = frozenset({"authorize", "authorise", "empower", "entitle"})


def capacity(tok) -> str | None:
    """The noun of a right, power or chance whose to-infinitive predicate `tok` is ("has
    the right to defend", "the power to veto", "in no position to demand"), or the verb
    that authorizes it ("authorizing the military to arm rebels"), or None."""
    if not any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children):
        return None
    if tok.dep_ in ("xcomp", "ccomp", "oprd") and tok.head.lemma_.lower() in AUTHORIZING:
        return tok.head.lower_
    if tok.dep_ not in ("acl", "relcl"):
        return None
    noun = tok.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if noun.lower_ not in CAPACITY_NOUNS:
        return None
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in USE_WORDS:
        return None  # "used the opportunity to slam him": he did slam him
    return noun.lower_


def enabled(tok) -> str | None:
    """The word of an amount enough for the act of to-infinitive predicate `tok` ("has
    had enough proof to indict them", "have sufficient votes to pass it"), or
    None. The act can now be done; the text does not tell it done. Unlike a right or a
    chance (`capacity`, no record), the record is kept under the threshold: the amount
    is often told because the act is near."""
    if tok.dep_ not in ("acl", "relcl") or not any(a.dep_ == "aux" and a.lower_ == "to"
                                                   for a in tok.children):
        return None
    noun = tok.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return next((c.lower_ for c in noun.children
                 if c.dep_ in ("amod", "det", "advmod") and c.lower_ in CAPACITY_AMOUNTS),
                None)


# Verbs whose object noun is an act promised, not done ("promised an inquiry").
PROMISE_VERBS = frozenset(_LISTS["promise_verbs"])


# Acts that a promise of them expresses ("pledged support", "promised aid", "vowed
# cooperation"): told by the pledge itself, not left for later.
PLEDGED_BY_SAYING = frozenset({"SUPPORT", "AGREE", "AID", "COOPERATE"})


def promised_object(tok, trigger, typ: str = "") -> bool:
    """Is the coded act (`trigger`: its character offsets; `typ` its type) the object
    noun of predicate `tok`, a verb of promising ("promised an inquiry", "are pledging
    investigations")? Support, aid or cooperation pledged is expressed by the pledge; an
    act with a definite article is one the story already knows."""
    if not trigger or typ in PLEDGED_BY_SAYING or tok.pos_ not in ("VERB", "AUX") or \
            _lemma(tok) not in PROMISE_VERBS:
        return False
    # "swore the bombing would be avenged": an act the story already knows (the
    # definite or demonstrative article) is what the promise is about, not promised
    return any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.idx == trigger[0]
               and not any(d.dep_ == "det" and d.lower_ in KNOWN_DETERMINERS
                           for d in c.children)
               for c in tok.children)


# Determiners of an act the story already knows ("vowed the attack will be punished").
# Not words.told_as_known, whose possessive is here the promiser's own act still to
# come ("promised her resignation", "vowed their revenge").
KNOWN_DETERMINERS = DEFINITE


# Adjectives that put an event noun ahead of its time: "the impending trial", "an
# upcoming visit", "the planned summit". ("possible" and "potential" are left out: "its
# potential nuclear threat" names a danger the story is about.)
PENDING_ADJECTIVES = frozenset(_LISTS["pending_adjectives"])


def pending(tok) -> str | None:
    """The adjective that says event noun `tok` has not happened yet, or None."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    for c in tok.children:
        if c.dep_ == "amod" and c.lower_ in PENDING_ADJECTIVES:
            return c.lower_
    return None


PLANNING_PARTICIPLES = frozenset(_LISTS["planning_participles"])


def planned_by(tok) -> str | None:
    """The passive participle that makes event noun `tok` an act planned, not done, or
    None: "foiled attacks planned by the group", "talks scheduled for May" (its doer, the
    participle's by-agent, is the planner: arguments.done_by_participle). "planned by X"
    names the organiser of an act done as often as a plan ("condemned the attack planned
    by the rebels that killed ten"), so it is a plan only with a sign the act has not
    happened: the act foiled or called off, or the participle's "for" a time ahead
    (fixH). An act that is the subject of a clause ("the raid planned by X killed ten")
    is told done there."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("nsubj", "csubj"):
        return None
    for c in tok.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and _lemma(c) in PLANNING_PARTICIPLES and \
                not any(n.dep_ == "neg" for n in c.children) and \
                (_undone(tok) or any(p.dep_ == "prep" and p.lower_ == "for" and not any(
                    o.dep_ == "pobj" and _duration(o) for o in p.children)
                                     for p in c.children)):
            return c.lower_
    return None


# The -ing forms of verbs of intent whose infinitive is planned (data/modality_lists.toml).
INTENT_PARTICIPLES = frozenset(_LISTS["intent_participles"])


def intent_before(tok) -> str | None:
    """The -ing word of intent right before the "to" of infinitive predicate `tok`
    ("officials planning to meet with the mayor Tuesday", "groups hoping to derail the
    bill"), or None. What they plan is not done, wherever the parser hangs the
    infinitive: it sometimes takes the -ing word after a noun for a noun itself ("agency
    planning") and makes the infinitive a clause of the sentence's verb, and the
    lemmatizer gives some of these words a lemma no governor matches ("hoping" as
    "hop"), so the words are read as written."""
    to = next((a for a in tok.children if a.dep_ == "aux" and a.lower_ == "to"), None)
    if to is None or to.i != tok.i - 1 or to.i == 0:
        return None
    before = tok.doc[to.i - 1]
    return before.lower_ if before.lower_ in INTENT_PARTICIPLES else None


DURATION_QUANTIFIERS = frozenset(_LISTS["duration_quantifiers"])
THE_DURATION_QUANTIFIERS = frozenset(_LISTS["the_duration_quantifiers"])
AHEAD_MODIFIERS = frozenset(_LISTS["ahead_modifiers"])
_SPAN_WORDS = frozenset({"time", "while"})


def _duration(tok) -> bool:
    """Is `tok` a length of time ("months", "two weeks", "some time", "the past year"),
    not a time one plans for ("May", "next week", "the weekend")? "planned for months"
    says how long the act was prepared, not that it lies ahead. A span put ahead
    ("the next two weeks", "the coming days", "the days ahead") or named with "the" but
    no "past"/"last" ("the two weeks") is a time planned for, and "last" or "past"
    without "the" ("last week") a point in time (fixN: reviewer's bug 5)."""
    if lemma_of(tok) not in UNITS and tok.lower_ not in _SPAN_WORDS:
        return False
    mods = [c for c in tok.children if c.dep_ in ("det", "amod", "advmod")]
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in mods)
    if any(c.lower_ in AHEAD_MODIFIERS for c in mods):
        return False
    if the and not any(c.lower_ in THE_DURATION_QUANTIFIERS for c in mods):
        return False
    return tok.tag_ == "NNS" or any(
        c.dep_ == "nummod" or (c.lower_ in DURATION_QUANTIFIERS and c.dep_ in ("det", "amod") and
                               (the or c.lower_ not in THE_DURATION_QUANTIFIERS))
        for c in tok.children)


UNDOING_PLANS = frozenset(_LISTS["undoing_plans"])


def _undone(act) -> bool:
    """Is the act told as stopped before it happened: foiled, thwarted, called off, as
    the verb it is the object of ("police foiled attacks") or its modifier ("the foiled
    attacks")?"""
    if any(c.dep_ == "amod" and _lemma(c) in UNDOING_PLANS for c in act.children):
        return True
    verb = act.head.head if act.dep_ == "pobj" else act.head
    return act.dep_ in ("dobj", "nsubjpass", "pobj", "conj") and _lemma(verb) in UNDOING_PLANS


# A conditional act that is still an act: a threat is told as what will be done if.
CONDITIONAL_ACTS = frozenset({"THREATEN"})


OBLIGING_HAVE = frozenset(_LISTS["obliging_have"])


def obliged(tok) -> str | None:
    """Is predicate `tok` an act its doer is bound to do, not one done: the infinitive of
    a present "have" ("have until March 1 to reach a deal", "has to sign it", "has yet
    to answer")? The parser gives "have" either as an auxiliary of the infinitive or as
    its governor (xcomp). Returns the cue ("has to") or None. "had to resign" (done),
    "to have signed" (a perfect infinitive, "have" after "to") and "have plans to meet"
    (the infinitive hangs on the noun) are not obligations."""
    if tok.pos_ not in ("VERB", "AUX") or tok.tag_ != "VB":
        return None
    to = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None:
        return None
    have = next((c for c in tok.children if c.dep_ == "aux" and c.i < to.i and
                 c.lower_ in OBLIGING_HAVE), None)
    if have is None and tok.dep_ == "xcomp" and tok.head.i < tok.i and \
            tok.head.lower_ in OBLIGING_HAVE and \
            not any(c.dep_ == "dobj" for c in tok.head.children):
        have = tok.head
    return f"{have.lower_} to" if have is not None else None


AHEAD_MARKS = frozenset(_LISTS["ahead_marks"])
UNMARKED_PAST = frozenset(_LISTS["unmarked_past"])
# The simple present: "resigns", "hold" (no auxiliary, so not "has held", "is holding").
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def _present_passive(verb) -> bool:
    """Is `verb` a participle whose only auxiliary is a passive "be" in the simple
    present ("are freed", "is signed"; not "were freed", "has been signed")?"""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "auxpass" and \
        auxes[0].tag_ in _PRESENT_TAGS


def _told_in_past(verb) -> bool:
    """Is `verb` told in the simple past or a past perfect ("clashed", "had clashed")? A
    present passive in a clause of time under it ("clashed after an activist is
    arrested") is the news-writer's present, not an act still to come."""
    return verb.tag_ == "VBD" or any(
        c.dep_ == "aux" and lemma_of(c) == "have" and c.tag_ == "VBD" for c in verb.children)


def _headline_after(verb) -> bool:
    """Is the clause of "after" that `verb` heads on a headline (a line with no end mark,
    `nlp.line_ends_a_sentence`) under a verb not told ahead? A headline tells done news
    in the present, its clause of "after" too, active or passive ("Police clash with crowd
    after activist is detained", "Shares fall after bank raises rates"). Only "after": a
    clause of "until", "before" or "once" tells a future act in the present on a headline
    as in prose ("Farmers block road until leader is freed": still waited for); and not
    under a headline's future ("Leader to visit Seoul after talks end", "will"), its
    plan ("set to", "ready to", "plans to": the "to" on the verb the clause hangs from),
    or any modal ("Israel must withdraw after Hamas frees hostages", "could", "may"; fixQ,
    the review's item 7: what must or may come after an act waits for it)."""
    return not line_ends_a_sentence(verb) and not any(
        c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD" or
                             _lemma(c) in ("will", "shall"))
        for c in verb.head.children)


def ahead_in_clause(tok) -> str | None:
    """The conjunction of a clause of time that puts the act of predicate `tok` still to
    come, or None: the act's verb (the predicate, or the verb an event noun is the object
    of) heads a clause of "before", "until", "once", "after" told in the simple present
    ("two days before the sides hold talks", "will not leave until the government
    resigns", "after he steps down next year"), or in the present passive ("until the
    prisoners are freed", "once the deal is signed"; not after "after" under a verb told
    in the past, which tells done news that way): English tells a future act there in the
    present, and a done one in the past ("after protesters stormed it", "after they were
    freed"). Not a clause of "after" on a headline, in either voice (`_headline_after`).
    Not a verb whose past is spelled as its present ("after protesters set fires": the
    parser's tag is no tense), and not an occasion that a verb of leaving takes as its
    object ("before he leaves the summit": the summit is under way)."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else _verb_of(tok)
    if verb is None or verb.dep_ != "advcl":
        return None
    mark = next((c.lower_ for c in verb.children if c.dep_ == "mark" and c.i < verb.i and
                 c.lower_ in AHEAD_MARKS), None)
    if _present_passive(verb):
        # Only "after" tells done news so under a past verb ("clashed after an activist is
        # arrested"); "blocked the road until their leader is released" still waits for
        # the release (fixN: reviewer's bug 10).
        if mark == "after" and _told_in_past(verb.head):
            return None
    elif verb.tag_ not in _PRESENT_TAGS or verb.lower_ in UNMARKED_PAST or \
            any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    if mark == "after" and _headline_after(verb):
        return None
    if verb is not tok and tok.dep_ == "dobj" and _lemma(verb) in LEAVING_OCCASION_VERBS:
        return None
    return mark


GIVING_TIME_VERBS = frozenset(_LISTS["giving_time_verbs"])


def _time_span(tok) -> bool:
    """Is `tok` a span of time ("ten days", "a week") or a day ("Friday")?"""
    # (a unit of duration of the time tagger's lexicon: one list of them)
    return lemma_of(tok) in UNITS or tok.ent_type_ in TIME_ENTS


def deadline_given(tok) -> str | None:
    """The verb of giving that sets a deadline for the act of predicate `tok`, or None:
    the act's infinitive (the predicate, or the verb an event noun is the object of)
    completes "give" or "grant" with a span of time as its object ("gave the ministry ten
    days to answer", "were given a week to disarm") or with "until" ("gave them until
    Friday to leave"), or hangs on that span ("a week to disarm"). Like an act one "has to"
    do (`obliged`), it is still to do."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else _verb_of(tok)
    if verb is None or verb.tag_ != "VB" or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    gov = verb.head
    if verb.dep_ in ("advcl", "xcomp", "ccomp") and _lemma(gov) in GIVING_TIME_VERBS:
        # The span as the object: "last week allowed them to pass it" tells when.
        if any((c.dep_ == "dobj" and _time_span(c)) or
               (c.dep_ == "prep" and c.lower_ in ("until", "till")) for c in gov.children):
            return gov.lower_
    elif verb.dep_ in ("relcl", "acl") and _time_span(gov) and gov.dep_ == "dobj" and \
            _lemma(gov.head) in GIVING_TIME_VERBS:
        return gov.head.lower_
    return None


AWAITING_VERBS = frozenset(_LISTS["awaiting_verbs"])


def _looked_forward(prep) -> bool:
    """Is `prep` the "to" of "look forward to"?"""
    return prep.lower_ == "to" and _lemma(prep.head) == "look" and \
        any(c.lower_ == "forward" for c in prep.head.children)


def anticipated(tok) -> str | None:
    """The verb that looks ahead to the act of predicate `tok`, or None: the act is what
    someone looks forward to ("looked forward to a new summit", "looks forward to
    working with her") or an occasion awaited ("awaits the summit"). What one looks
    forward to has not happened; it keeps half its confidence, as forecasts do."""
    if tok.dep_ in ("pobj", "pcomp") and _looked_forward(tok.head):
        return "look forward"
    if tok.dep_ == "dobj" and tok.lower_ in PLANNED_OCCASIONS and _lemma(tok.head) in AWAITING_VERBS:
        return tok.head.lower_
    return None


# Nouns of a chance, thought or risk held about an act (data/modality_lists.toml): "the
# possibility of a strike", "the idea of a pullout", "the risk of a strike". Not all of
# FORECAST_WORDS: "the question of the shooting" asks about an act told done; its nouns
# of thought and chance (FORECAST_NOUNS) are.
THOUGHT_NOUNS = frozenset(_LISTS["thought_nouns"]) | FORECAST_NOUNS


def chance_of(tok) -> str | None:
    """The noun of chance or thought whose "of" phrase holds the act of predicate `tok`,
    or None: an event noun or a gerund under "of" after "prospect", "possibility",
    "risk", "fear", "idea", "hope" and the like ("the prospect of the envoy visiting
    Seoul", "fears of an attack", "the idea of a meeting"). The act is weighed, feared or
    hoped for, not told done; it keeps half its confidence, as forecasts do
    (events.extract)."""
    if tok.dep_ not in ("pobj", "pcomp") or tok.head.i == tok.i:
        return None
    prep = tok.head
    if prep.lower_ != "of" or prep.head.i == prep.i:
        return None
    noun = prep.head
    if noun.pos_ != "NOUN":
        return None
    word = noun.lower_
    return word if word in THOUGHT_NOUNS else None


# Nouns of an attitude that also name its words, and the prepositions that leave such a
# noun an act (data/modality_lists.toml).
ATTITUDE_NOUNS = frozenset(_LISTS["attitude_nouns"])
ATTITUDE_SCENE_PREPS = frozenset(_LISTS["attitude_scene_preps"])
# "verb [particles] preposition" of undergoing an attitude ("come under", "come in for").
ATTITUDE_UNDERGONE = frozenset(_LISTS["attitude_undergone"])


def _undergoes_attitude(prep) -> bool:
    """Is `prep` the preposition of a verb of undergoing an attitude ("came under",
    "was met with", "came in for")? The noun under it is then voiced at the subject,
    a reported act, not a stance held in the background."""
    verb = prep.head
    if verb.i == prep.i or verb.pos_ not in ("VERB", "AUX"):
        return False
    particles = tuple(c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod") and c.i < prep.i)
    for entry in ATTITUDE_UNDERGONE:
        lemma, *parts, word = entry.split()
        if _lemma(verb) == lemma and prep.lower_ == word and all(w in particles for w in parts):
            return True
    return False


def held_attitude(tok) -> str | None:
    """The preposition that makes the attitude noun `tok` a stance held, or None: "his
    criticism of the deal", "its praise for the alliance" as the object of "over",
    "for", "to", "despite", "with" and the like, with no date or time in the noun's own
    phrase ("faced questions over her criticism of the plan", "for all its praise of the
    alliance"). The attitude is the reason or background of another act, not words said
    in the news; it keeps half its confidence, as forecasts do (events.extract). Not
    under "in" (the saying itself: "in his criticism of X, he said"), "of" ("a wave of
    criticism") or a preposition of time ("after her criticism of the court"), and not
    after a verb of undergoing it ("came under criticism", "was met with condemnation":
    the attitude voiced at the subject is the news). A time on the verb above is not the
    noun's ("the town opened its dam on Friday despite criticism": fix35)."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.i == tok.i or \
            _lemma(tok) not in ATTITUDE_NOUNS:
        return None
    prep = tok.head
    if prep.lower_ in ATTITUDE_SCENE_PREPS:
        return None
    if any(t.ent_type_ in TIME_ENTS for t in tok.subtree):
        return None  # "over her criticism on Tuesday": words said on a day
    if _undergoes_attitude(prep):
        return None  # "came under criticism from the UN": the criticism is the news
    return prep.lower_


def hypothetical(tok, modality: str, typ: str) -> bool:
    """Is the event of predicate `tok`, of this standing and type, only supposed: "may
    urge", "could deploy", "could have been detained", "would have a hard time blocking
    it if ...", an act inside a condition ("if Tehran agreed", "unless states put down")?
    Not a commitment on a condition of the predicate's own ("would veto the bill if it
    passed", "announced tariffs unless ...", "to provide aid in the event of an attack"), not a conditional threat, and not an act
    reported as possibly done ("may have taken a hostage")."""
    if modality != "conditional" or typ in CONDITIONAL_ACTS:
        return False
    c = cues()
    if any(if_clause(ch, c) for ch in tok.children):
        return False
    if any(ch.dep_ == "prep" and _condition_prep(ch, c) for ch in tok.children):
        # "commits both nations to provide assistance in the event of an attack": the
        # condition is the predicate's own, as with an if-clause of its own.
        return False
    auxes = [a.lower_ for a in tok.children if a.dep_ in ("aux", "auxpass")]
    if "have" in auxes and any(a in ("may", "might") for a in auxes):
        return False
    return True


# Adverbs of how often, before the verb: "often criticized", "always urged", "rarely
# met" tell a habit or a pattern, no one act (the reportable model's habitual words, and
# "occasionally", "increasingly"; not "generally", which as often means "mostly":
# "lawmakers generally praised the report"). "repeatedly" only with a finite present
# perfect ("has repeatedly urged"): "repeatedly accused him during the debate", "had
# repeatedly pressed X" at a meeting and "is said to have repeatedly urged" in one call
# tell one occasion. Those beyond the model's words, with the adverbs of a steady
# pattern ("continually pushed for", "consistently blocked"), are in
# data/modality_lists.toml; those of a steady pattern only on a verb with no time of its
# own ("continually shelled the city on Tuesday" is that day's act).
HABIT_ADVERBS = (HABITUAL - {"generally", "tend", "tends"}) | \
    frozenset(_LISTS["habit_adverbs_extra"])
STEADY_ADVERBS = frozenset(_LISTS["steady_pattern_adverbs"])
YEARLY_ADVERBS = frozenset(_LISTS["yearly_adverbs"])
PATTERN_NOUNS = frozenset({"years", "decades"})
_DENIALS = word_classes()["denials"]
# Refusals held over time ("have long refused any truce", "has always rejected the
# offer"): one refusal that stands until it is withdrawn, not a habit of repeated acts;
# left alone, as a denial is.
STANDING_REFUSALS = frozenset(_LISTS["standing_refusals"])
# How an event noun hangs below the verb whose habit it shares ("often criticized the
# deal", "has repeatedly called for his release"); a noun as subject or complement is left
# alone ("the attack has often been cited", "what was generally billed as a meeting").
_NOUN_UP = frozenset({"dobj", "pobj", "prep", "pcomp"})
# Prepositions that set an act as the time or the scene of the habit, not its object.
_HABIT_SCENE_PREPS = frozenset(_LISTS["habit_scene_preps"])


def habitual(tok) -> str | None:
    """The word that makes the act of predicate `tok` a habit, or None: a pre-verbal
    adverb of frequency on its verb or on a verb it completes ("often criticized",
    "always urged them to"), "has repeatedly <verb>" (or "repeatedly" after the verb of
    a present perfect), "has/had long <verb>" (a stance held for years: "has long
    opposed the treaty"), or "for years/decades" on the verb ("has sought access for
    years"). A denial is left alone: "has always
    denied the charges" is the accused's standing answer in the story told; so is a
    refusal ("have long refused any truce"): it stands until withdrawn."""
    if lemma_of(tok) == "deny" or tok.lower_ in _DENIALS or lemma_of(tok) in STANDING_REFUSALS:
        return None
    got = _habit_adjective(tok)
    if got is not None:
        return got
    verb = _verb_of(tok)
    if verb is None:
        return None
    for _ in range(3):
        got = _habit_word(verb)
        if got is not None:
            return got
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            break
        verb = verb.head  # "constantly trying to block": the habit is the trying's
    return None


# Adjectives of how often on an act noun or on the role its doer is given ("the
# president's frequent complaint that ...", "became a frequent detractor of X, decrying
# ..."): data/modality_lists.toml.
HABIT_ADJECTIVES = frozenset(_LISTS["habit_adjectives"])
_BECOME = frozenset({"be", "become", "remain"})


def _habit_adjective(tok) -> str | None:
    """The adjective of frequency that makes predicate `tok` a habit, or None: on the act
    noun itself ("his frequent complaint that allies pay too little", "frequent attacks
    on the capital"), or, for a participle adjunct, on the role its clause gives the doer
    ("she became a frequent detractor of the mayor, faulting his budget"): the participle
    says what the habit consists of, not one act. An adjective on the doer alone ("a
    frequent critic, he accused the mayor on Monday") is left: the act has its own
    verb."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return next((c.lower_ for c in tok.children
                     if c.dep_ == "amod" and c.lower_ in HABIT_ADJECTIVES), None)
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or lemma_of(tok.head) not in _BECOME:
        return None
    if _day_told(tok) or _one_occasion(tok):
        return None  # "On Monday ... a frequent critic, faulting it at a hearing": the day's act
    for role in tok.head.children:
        if role.dep_ in ("attr", "acomp"):
            got = next((c.lower_ for c in role.children
                        if c.dep_ == "amod" and c.lower_ in HABIT_ADJECTIVES), None)
            if got is not None:
                return got
    return None


# Words that make a date or time one day's ("on Monday", "yesterday"), not a span a
# habit fills ("for years"): reportable's near-day words, one list.
HABIT_DAY_WORDS = NEWS_TIME
# Single occasions a participle's act is placed at ("at a council hearing"): the
# occasion nouns of word_classes.toml and this module's own (data/modality_lists.toml).
HABIT_ONE_OCCASIONS = word_classes()["occasion_nouns"] | \
    frozenset(_LISTS["habit_one_occasions_extra"])


def _day_told(part) -> bool:
    """Does the participle's clause or its head's carry one day or hour ("On Monday the
    senator was again a frequent critic of the mayor, faulting ...")? The role is then
    the day's stance and the participle the day's act, no habit."""
    words = [t for t in part.head.subtree if t.ent_type_ in TIME_ENTS]
    return any(t.ent_type_ == "TIME" or t.lower_ in HABIT_DAY_WORDS for t in words)


def _one_occasion(part) -> bool:
    """Is the participle's act placed at one occasion ("faulting his budget at a council
    hearing", "blasting the pact at a summit")? A habit is told in the plural or with no
    occasion ("in weekly columns")."""
    return any(c.dep_ == "prep" and c.lower_ in ("at", "during") and any(
        g.dep_ == "pobj" and g.tag_ == "NN" and g.lower_ in HABIT_ONE_OCCASIONS
        for g in c.children) for c in part.children)


def _verb_of(tok):
    """The verb whose clause marks tell of predicate `tok`: itself, or for an event noun
    the verb it is the object of, directly or under a preposition; None when the noun
    hangs in another noun ("the summary of the call") or sets the time or the scene
    ("deepened ties since the invasion")."""
    verb = tok
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ not in _NOUN_UP or verb.head.i == verb.i:
            break
        verb = verb.head
        if verb.pos_ in ("NOUN", "PROPN"):
            return None
        if verb.dep_ == "prep" and verb.lower_ in _HABIT_SCENE_PREPS:
            return None
    return verb if verb.pos_ in ("VERB", "AUX") else None


# The perfect's auxiliaries: "has long opposed", "had long sought" tell a stance held or
# a goal pursued over years, background to the news; "has expressed anger repeatedly" a
# pattern, as "has repeatedly expressed" does.
_PERFECT = PRESENT_PERFECT_AUX
_LONG_PERFECT = _PERFECT | PAST_PERFECT_AUX
_LONG_AFTER = frozenset({"as", "ago", "before", "after", "since"})


# Plural nouns that tell a pattern after "at" in a perfect ("have disagreed at times"):
# data/modality_lists.toml.
PERFECT_PATTERN_NOUNS = frozenset(_LISTS["perfect_pattern_nouns"])


def _timed(verb) -> bool:
    """Does a time expression hang below `verb` ("has shelled the town often since
    Monday"): a stretch of the news told with its time, not a habit."""
    return any(g.ent_type_ in TIME_ENTS for d in verb.children for g in d.subtree)


# What a verb takes of its own (an object, a preposition's party, a clause): a verb with
# one is a whole act and shares nothing with the next joined verb.
_OWN_COMPLEMENTS = frozenset({"dobj", "dative", "prep", "pobj", "agent", "attr", "acomp",
                              "ccomp", "xcomp"})


def _habit_word(verb) -> str | None:
    auxes = {a.lower_ for a in verb.children if a.dep_ == "aux"}
    # "beaten and detained yearly": the parse hangs the adverb on the last joined verb.
    # Only when the two share their object (the first has no complement of its own, the
    # later no subject) and the first has no time of its own: "raided the offices on
    # Tuesday and publish their figures yearly" tells a dated act, then a custom, and
    # "clashed with protesters in the square and ban such marches yearly" a whole act
    # (its own "with", "in") before a custom with an object of its own.
    # A preposition is the first verb's own only with its own object: a stranded one
    # ("shot at and beat protesters yearly") shares the later verb's.
    own = [c for c in verb.children if c.dep_ not in ("conj", "cc") and not (
        c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children))]
    shared = not any(c.dep_ in _OWN_COMPLEMENTS for c in own) and \
        not any(g.ent_type_ in TIME_ENTS for c in own for g in c.subtree)
    yearly = _yearly(verb) or (next((_yearly(v) for v in verb.conjuncts
                                     if v.i > verb.i and not has_subject(v)), None)
                               if shared else None)
    if yearly is not None:
        return yearly
    for c in verb.children:
        if c.dep_ == "advmod" and c.i < verb.i:
            low = c.lower_
            if low in HABIT_ADVERBS or (low in STEADY_ADVERBS and
                                        (auxes & _LONG_PERFECT or not _timed(verb))):
                return low
            if low == "repeatedly" and auxes & _PERFECT and "to" not in auxes:
                return low
            if low == "long" and auxes & _LONG_PERFECT and "to" not in auxes and \
                    not list(c.children) and c.nbor(1).lower_ not in _LONG_AFTER:
                return "has long"  # not "as long as a year ago", "long ago", "long before"
        elif c.dep_ == "advmod" and c.lower_ == "repeatedly" and auxes & _PERFECT and \
                "to" not in auxes and not any(g.ent_type_ in TIME_ENTS
                                              for d in verb.children for g in d.subtree):
            # After the verb: "has voiced doubts repeatedly"; not a stretch of the news
            # told with its time ("has shelled the town repeatedly since Monday").
            return c.lower_
        elif c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS | STEADY_ADVERBS and \
                auxes & _LONG_PERFECT and \
                "to" not in auxes and not _timed(verb):
            # After the verb of a perfect: "who has met frequently with him", "have
            # clashed often over the budget".
            return c.lower_
        elif c.dep_ == "prep" and c.lower_ == "at" and auxes & _LONG_PERFECT and \
                "to" not in auxes and not _timed(verb):
            # "had disagreed at times": with a perfect, a pattern over the years; alone
            # ("at times berated the lawmakers") as often moments of one hearing.
            for g in c.children:
                if g.dep_ == "pobj" and g.lower_ in PERFECT_PATTERN_NOUNS and not any(
                        d.dep_ in ("nummod", "amod", "det") for d in g.children):
                    return f"at {g.lower_}"
        elif c.dep_ == "prep" and c.lower_ == "for":
            # "for three years" is a span; "at times" is left out, as often "at moments"
            # of one hearing or meeting ("at times berated the lawmakers").
            for g in c.children:
                if g.dep_ == "pobj" and g.lower_ in PATTERN_NOUNS and not any(
                        d.dep_ in ("nummod", "amod", "det") for d in g.children):
                    return f"for {g.lower_}"
    return None


def _yearly(verb) -> str | None:
    """An adverb of a yearly recurrence on the verb, on either side ("annually
    publishes", "held yearly"): a custom or a yearly count, no one act."""
    return next((c.lower_ for c in verb.children
                 if c.dep_ == "advmod" and c.lower_ in YEARLY_ADVERBS), None)


# Adverbs that set an act in someone's past ("he once denounced the mayor", "she formerly
# chaired the panel"): background biography, not the news told.
BYGONE_ADVERBS = frozenset({"once", "formerly"})
# "once again", "once more": the act is told again, now.
_AGAIN = frozenset({"again", "more"})


def bygone(tok) -> str | None:
    """The adverb that sets the act of predicate `tok` in the doer's past, or None:
    "once" or "formerly" between the subject and the verb ("X once championed a
    mandate"). "once" before the subject is a conjunction ("once Russia annexed
    Crimea", an act in its own right), and "once again" tells the act anew."""
    verb = _verb_of(tok)
    if verb is None:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return None
    doc = verb.doc
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in BYGONE_ADVERBS and subjects[0].i < c.i < verb.i \
                and not (c.i + 1 < len(doc) and doc[c.i + 1].lower_ in _AGAIN):
            return c.lower_
    return None


# What places a present-tense act in time: "who meets the president today".
NOW_WORDS = frozenset({"today", "tonight", "now", "currently"})
TIME_ENTS = frozenset({"DATE", "TIME"})


def described(tok) -> str | None:
    """The verb of a present-tense relative clause that describes a person or a group by
    what they hold, or None: "Muslims who reject the ideology", "a senator who opposes the
    bill", "activists who accuse the army of abuses" tell who they are, no act done. Not
    a denial (the accused's answer in the story told), not a clause placed in time ("who
    meets the president today"), nor a perfect, a modal or a negation."""
    if tok.pos_ not in ("VERB", "AUX") or tok.tag_ not in ("VBZ", "VBP") or tok.dep_ != "relcl":
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in tok.children):
        return None
    if lemma_of(tok) == "deny" or any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children):
        return None
    for c in tok.children:
        if c.lower_ in NOW_WORDS or c.ent_type_ in TIME_ENTS:
            return None
        if c.dep_ == "prep" and any(g.ent_type_ in TIME_ENTS for g in c.children):
            return None
    return tok.lower_


ROLE_PARTICIPLES = frozenset(_LISTS["role_participles"])


def role_held(tok) -> str | None:
    """The participle of an inquiry that names who holds it, or None: "the special
    counsel investigating the leaks has indicted two aides", "delivered the papers to
    two committees probing the attack". A role the noun's holders have, told beside
    what the sentence says they did; "began investigating", "is investigating" tell the
    inquiry and are left."""
    if tok.dep_ != "acl" or tok.tag_ != "VBG" or tok.head.pos_ not in ("NOUN", "PROPN") or \
            _lemma(tok) not in ROLE_PARTICIPLES:
        return None
    return tok.lower_


def _nobody(tok) -> str | None:
    """The word that says no one did the act of verb `tok`, or None: a subject that is
    a negative pronoun or carries "no" ("none of the members met", "No president has
    ever met"), on a finite verb (a bare participle may be a reduced relative clause:
    "none of the men arrested were ..."), or a content clause of a finding denied
    ("found no evidence that he sent")."""
    words = cues()  # the word lists: data/modality_cues.toml
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    finite = tok.tag_ in ("VBD", "VBZ", "VBP") or any(
        a.dep_ in ("aux", "auxpass") and a.lower_ != "to" for a in tok.children)
    if finite:
        for s in tok.children:
            if s.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if s.lower_ in words.nobody:
                return s.lower_
            if s.lower_ == "one" and any(c.lower_ == "no" for c in s.children):
                return "no one"
            # "neither" as a determiner ("neither country") or before a pair joined by
            # "nor" ("neither Oslo nor Rome struck back", parsed as preconj)
            det = [c.lower_ for c in s.children if (c.dep_ == "det" and
                   c.lower_ in ("no", "neither")) or (c.dep_ == "preconj" and
                                                      c.lower_ == "neither")]
            if s.pos_ in ("NOUN", "PROPN") and det:
                return det[0]
    if tok.dep_ in ("acl", "ccomp") and tok.head.pos_ == "NOUN" and \
            tok.head.lower_ in words.finding_nouns and \
            any(c.dep_ == "det" and c.lower_ == "no" for c in tok.head.children):
        return "no " + tok.head.lower_
    return None


# Nouns of telling or showing whose "no" denies what their "of" phrase names ("made no
# mention of the raid", "gave no sign of a retreat"); not "made no secret of" (affirms)
# nor "had no knowledge of" (the act may still have happened): data/modality_lists.toml.
TELLING_NO_OBJECTS = frozenset(_LISTS["telling_no_objects"])


def object_denied(tok, trigger) -> str | None:
    """"no" when the coded noun a verb is read through is its object and carries "no"
    ("issued no warnings", "made no threats", "held no talks"), or hangs in the "of"
    phrase of such an object ("made no mention of the bombing", "gave no sign of a
    retreat"): the verb's act is told as not done. `trigger` is the character span of
    the coded word; None when the coded word is the verb itself, an object without
    "no", or an object whose "no" affirms ("made no secret of its attacks")."""
    if not trigger or tok.idx == trigger[0]:
        return None
    for child in tok.children:
        if child.dep_ not in ("dobj", "obj") or child.pos_ != "NOUN" or \
                not any(d.dep_ == "det" and d.lower_ == "no" for d in child.children):
            continue
        if child.idx == trigger[0]:
            return "no"
        if child.lower_ in TELLING_NO_OBJECTS and any(
                t.idx == trigger[0] for t in _of_phrase(child)):
            return "no"
    return None


def _of_phrase(noun) -> list:
    """The nouns of the "of" phrase below `noun`: "mention of the attack" -> attack."""
    return [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children if g.dep_ in ("pobj", "pcomp")]


# Nouns of a military exercise and verbs of acting one out: an act told inside one
# ("an exercise in which marines stormed beaches", "drills simulating a strike") is
# practice, not the act (data/modality_lists.toml).
EXERCISE_NOUNS = frozenset(_LISTS["exercise_nouns"])
REHEARSING_VERBS = frozenset(_LISTS["rehearsing_verbs"])
# Verbs that act out only a gerund ("practised landing"), not a noun ("practises torture").
DRILLING_VERBS = frozenset(_LISTS["drilling_verbs"])
PRETEND_MODIFIERS = frozenset(_LISTS["pretend_modifiers"])


def rehearsed(tok) -> str | None:
    """The word that makes the act of predicate `tok` a rehearsal, or None: the act's
    verb heads a relative clause of an exercise noun ("a drill in which troops seized
    an airfield", "war games simulating an invasion"), the act is what a verb of acting
    out takes ("practised storming a beach", "simulated an attack"), or the coded noun
    is called mock or simulated ("a mock raid"). The exercise itself is an act and is
    left to its own record."""
    if any(c.dep_ == "amod" and c.lower_ in PRETEND_MODIFIERS for c in tok.children):
        return next(c.lower_ for c in tok.children if c.lower_ in PRETEND_MODIFIERS)
    verb = tok if tok.pos_ in ("VERB", "AUX") else _verb_of(tok)
    if verb is None:
        return None
    if _lemma(verb) in REHEARSING_VERBS:
        return verb.lower_  # "simulated an attack": the noun (or the verb) is acted out
    for _ in range(MAX_STEPS):
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            break
        verb = verb.head  # "stormed beaches and seized an airfield": the first verb's clause
    if _lemma(verb.head) in EXERCISE_NOUNS and _inside_clause(verb):
        return verb.head.lower_
    if verb.dep_ in ("xcomp", "pcomp", "dobj") and (
            _lemma(verb.head) in REHEARSING_VERBS or
            (_lemma(verb.head) in DRILLING_VERBS and verb.tag_ == "VBG")):
        return verb.head.lower_  # "practised storming a beach"
    return None


def _inside_clause(verb) -> bool:
    """Does clause `verb` tell what happens inside the noun it hangs on: a relative
    clause opened by "in/at/during which" (events.occasions' `occasion_which`) or "where" ("an exercise in which
    marines stormed beaches"), or a present participle ("drills simulating a strike")?
    Not a clause whose object is the noun ("drills which the North denounced") nor a
    participle it undergoes ("an exercise hosted by the navy")."""
    if verb.dep_ == "acl":
        return verb.tag_ == "VBG"
    if verb.dep_ != "relcl":
        return False
    return any(occasion_which(c) or (c.dep_ == "advmod" and c.lower_ == "where")
               for c in verb.children)


# Verbs that give a body its task ("a panel tasked with investigating the attack", "a
# mission mandated to monitor the truce"): the task describes the body, no act is told
# done (data/modality_lists.toml). Not "charge": "charged with killing" is an accusation.
REMIT_VERBS = frozenset(_LISTS["remit_verbs"])


def remit(tok) -> str | None:
    """The verb that gives someone the act of predicate `tok` as a task, or None: the
    act's verb is the gerund of "with" after such a verb ("the committee tasked with
    investigating the raid") or its to-infinitive ("a force mandated to protect
    civilians"). A task is a body's remit, not an act the story tells done."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else _verb_of(tok)
    if verb is None or verb.head.i == verb.i:
        return None
    gov = verb.head
    if verb.dep_ == "pcomp" and gov.lower_ == "with" and gov.head.i != gov.i and \
            _lemma(gov.head) in REMIT_VERBS:
        return gov.head.lower_
    if verb.dep_ in ("xcomp", "advcl") and gov.tag_ == "VBN" and _lemma(gov) in REMIT_VERBS and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return gov.lower_
    return None


def not_done(tok) -> str | None:
    """The word that says the act of predicate `tok` did not happen, or None: its own
    negation in a past or perfect clause ("did not brief", "has not met", "never
    got"), a "no" on an event noun ("no talks"), or a governing "without" ("without
    asking Congress"). A refusal stated with a modal ("will not sign", "would not
    accept") is an act and is left alone."""
    nobody = _nobody(tok)
    if nobody is not None:
        return nobody
    held = held_back(tok)
    if held is not None:
        return held
    if _denied_alternative(tok):
        # "never shelled or bombed the town": the negation covers every alternative
        return not_done(tok.head)
    negs = _negations(tok) or _neither_nor(tok)
    if negs:
        if tok.pos_ == "NOUN":
            return negs[0].lower_ if negs[0].lower_ == "no" else None
        if any(c.lower_ in ("until", "till") for c in tok.children):
            return None  # "did not accept it until Friday": it happened on Friday
        auxes = {a.lower_ for a in tok.children if a.dep_ in ("aux", "auxpass")}
        if not auxes & REFUSAL_AUX and not auxes & PRESENT_AUX and "to" not in auxes and (
                auxes or tok.tag_ in ("VBD", "VBN")):
            # "did/has/had/was not", "never met"; not a present ("does not recognize"
            # states a standing refusal) nor "decided not to meet".
            return negs[0].lower_
        return None
    node = tok
    for _ in range(WITHOUT_STEPS):
        if node.head.i == node.i or node.dep_ not in ("pcomp", "pobj", "dobj", "xcomp"):
            return None
        node = node.head
        if node.lower_ == "without" and node.pos_ == "ADP":
            return "without"
        if node.lower_ == "from" and node.pos_ == "ADP" and node.head.i != node.i and \
                _lemma(node.head) in KEPT_FROM_VERBS:
            return "from"  # "blocked the envoy from testifying": he did not testify
    return None


HELD_BACK = frozenset(_LISTS["held_back"])
HELD_SHORT_OF_NOUNS = frozenset(_LISTS["held_back_gerund_only"])


def held_back(tok) -> str | None:
    """The phrase that says the doer held back from the act of `tok`, or None: a gerund
    or event noun in the phrase of "stopped short of", "steered clear of", "shied away
    from" ("stopped short of endorsing the senator", "stopped short of wholehearted
    endorsement"), or the bare gerund of "steered clear" ("steered clear endorsing
    him"). The act was not done. Not when the holding back is itself denied ("never
    shied away from accusing him", "did not stop short of"): then it was done. Not a
    noun with a doer of its own ("fell short of Ukraine's request": `_owned`), nor a
    noun after "fell short of" (`held_back_gerund_only`)."""
    noun = tok.dep_ == "pobj" and tok.pos_ == "NOUN"
    if (tok.dep_ == "pcomp" and tok.tag_ == "VBG") or noun:
        prep = tok.head
        if prep.pos_ != "ADP" or prep.head.i == prep.i:
            return None
        up = prep.head
        if up.dep_ == "advmod" and up.head.pos_ in ("VERB", "AUX"):
            verb, words = up.head, [up.lower_]  # "stopped short of": the "of" on "short"
        else:
            verb, words = up, [c.lower_ for c in up.children if c.dep_ == "advmod"]
        tail = prep.lower_
    elif tok.dep_ in ("advcl", "xcomp") and tok.tag_ == "VBG":
        # "steered clear endorsing him": the gerund right after the adverb, with no "of"
        # object of its own on the verb or the adverb. "steered clear of the dispute,
        # praising both sides" is a participle clause of its own: the praise was given.
        verb, tail = tok.head, ""
        adverbs = [c for c in verb.children if c.dep_ == "advmod"]
        if any(c.dep_ == "prep" and c.lower_ == "of" for t in [verb, *adverbs]
               for c in t.children):
            return None
        words = [c.lower_ for c in verb.children if c.dep_ == "advmod" and c.i == tok.i - 1]
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX") or _negations(verb) or (noun and _owned(tok, verb)):
        return None
    for phrase in [f"{_lemma(verb)} {w} {tail}".strip() for w in words] + \
            [f"{_lemma(verb)} {tail}".strip()]:
        if phrase in HELD_BACK and not (noun and phrase in HELD_SHORT_OF_NOUNS):
            return phrase
    return None


def _owned(noun, verb) -> bool:
    """Has act noun `noun` a doer of its own: an owner ("Ukraine's request"), a "by" or
    "from" phrase ("demands from the union"), or others a "between" names (`_between_others`:
    "steered clear of the talks between the army and the rebels": house41)? The holding
    back is the subject's of `verb`; an act others own was done by them ("the aid fell
    short of Ukraine's request": the request was made; the talks were held, without the
    subject)."""
    return any(c.dep_ == "poss" or (c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from"))
               or (c.dep_ == "prep" and c.lower_ == "between" and _between_others(c, verb))
               for c in noun.children)


# Determiners that point back to parties told before ("both sides", "each other").
_POINTING_BACK = frozenset({"both", "each", "other"})


def _between_others(between, verb) -> bool:
    """Are the parties "between" names others than the subject of `verb`? Only common
    nouns count ("the army and the insurgents"): not the subject's own word ("the rebels
    shied away from talks between the rebels and ..."), nor a pronoun, a possessive
    pronoun or a count that points back to the subject ("a pact between the two
    countries", "between them", "between their governments": the subject's own act,
    held back: fixH41), nor a name, which may be the subject's own side told by another
    name ("the White House steered clear of a meeting between Biden and ...", "Seoul ...
    South Korea"), which the parse cannot tell."""
    parties = [t for c in between.children if c.dep_ == "pobj" for t in [c, *c.conjuncts]]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    own = {_lemma(t) for s in subjects for t in [s, *s.conjuncts]}
    return bool(parties) and all(
        p.pos_ == "NOUN" and not p.ent_type_ and _lemma(p) not in own and
        not any(c.dep_ == "nummod" or (c.dep_ == "poss" and c.pos_ == "PRON") or
                c.lower_ in _POINTING_BACK for c in p.children)
        for p in parties)


# Conjunctions that join alternatives: under a negation each one is denied ("did not
# kill or injure", "neither met nor called").
_ALTERNATIVES = frozenset({"or", "nor"})


def _neither_nor(tok) -> list:
    """The "neither" of verb `tok` when it is the first of "neither ... nor" ("the guards
    neither stopped nor searched the van"): the parser hangs "neither" on the verb as a
    preconj, not a neg, though it denies the verb as "not" does; [] otherwise."""
    if tok.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ == "cc" and c.lower_ == "nor" for c in tok.children):
        return []
    return [c for c in tok.children if c.dep_ == "preconj" and c.lower_ == "neither"]


def _denied_alternative(tok) -> bool:
    """Is verb `tok` the second of two alternatives joined by "or"/"nor" under the first
    verb's marks ("the raid did not hurt or scare the guards"): no subject or auxiliary of its
    own, so the first verb's negation is its own too."""
    if tok.dep_ != "conj" or tok.pos_ not in ("VERB", "AUX") or tok.head.i == tok.i or \
            tok.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in tok.children):
        return False
    return any(c.dep_ == "cc" and c.lower_ in _ALTERNATIVES for c in tok.head.children)


def weighed(tok) -> str | None:
    """The word that makes the act of predicate `tok` only weighed or wished, or None:
    the object or the complement of an active verb of considering ("was considering
    imposing tariffs", "is weighing sanctions") or of wishing ("wanted to aid",
    "wants the FBI to investigate", "would like to meet"). Not a verb that names what
    something is ("considers the attack an act of war": the attack is a fact), nor a
    passive ("is considered"). (The "of" phrase of a noun of chance, "the possibility of
    a strike", is `chance_of`'s.)"""
    words = cues()  # the word lists: data/modality_cues.toml
    node = tok
    if node.dep_ not in ("dobj", "xcomp", "ccomp") or node.head.i == node.i:
        return None
    if node.dep_ == "ccomp" and not any(a.dep_ == "aux" and a.lower_ == "to"
                                        for a in node.children):
        return None  # "hopes that they met": a content clause, not the act wished
    gov = node.head
    if gov.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("nsubjpass", "auxpass", "oprd", "attr", "acomp") for c in gov.children):
        return None
    word = _lemma(gov)
    if word in words.weighing:
        if any(c.dep_ in ("ccomp", "xcomp") and c.i != node.i for c in gov.children):
            return None  # "considered the strike a mistake"
        if tok.lower_ in words.made_asks:
            return None  # "considering a request from X": X's request was made
        return gov.lower_
    if word in words.wishing or (word in words.would_wish and _would(gov, words)):
        if node.dep_ == "dobj":
            return None  # "wants talks", "hoped for": the wish is the act's own telling
        if performative(tok):
            return None  # '"I want to thank her," he said': the thanking is done
        return gov.lower_
    return None


def _would(verb, words: Cues) -> bool:
    """Has `verb` the auxiliary "would" ("would like", "we'd like")?"""
    return any(a.dep_ == "aux" and a.lower_ in words.would for a in verb.children)


def performative(tok) -> bool:
    """Is `tok` an act of courtesy its speaker does by saying he wishes to do it: "I
    want to thank X", "we would like to congratulate Y", "I wish to apologize"? Only a
    first-person subject of a wish in the present ("wanted to thank", "she wants to
    thank" tell a wish), not negated ("I don't want to thank"), with the act a bare
    infinitive of the wish (keytype44; the corpus holds 25 such phrases, all but an
    interviewer's thanks to guests acts done as said). The one test `weighed`, `standing`
    and the coder (coding._intended, which would otherwise read the wish as an intent)
    read."""
    if tok.dep_ != "xcomp" or tok.head.i == tok.i:
        return False
    words, gov = cues(), tok.head
    if _lemma(tok) not in words.performatives:
        return False
    if _lemma(tok) in words.performative_carriers and not any(
            o.dep_ == "dobj" and _lemma(o) in words.performative_objects for o in tok.children):
        return False  # "want to extend the sanctions": a wish, not a courtesy
    if any(if_clause(c, words) or (c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in words.performative_times for m in c.children))
           for v in (tok, gov) for c in v.children):
        return False  # "if they free them, we would like to thank": told, not done
    if any(t.lower_ in words.performative_ahead for t in tok.subtree if t.i > tok.i):
        return False  # "want to thank them in person next week": ahead, not done
    if gov.tag_ not in ("VBP", "VB") or any(c.dep_ == "neg" for c in gov.children):
        return False
    if gov.tag_ == "VB" and not _would(gov, words):
        return False  # "to want to thank", "did want": only "would like" in the bare form
    return any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in gov.children)


# Verbs of going somewhere (data/modality_cues.toml, [trip]), and the words of a clause that makes such a going the time
# of the sentence's act: "spoke to the press after landing in the capital", "was
# questioned before she flew abroad". The trip is the act's time, not the news; "while
# visiting" likewise ("was arrested while visiting the port"). A visit told with "when"
# or "after" stays ("when the envoy visited the capital to sign the accord" is a visit
# told). "as" is left out: it is as often a reason, and a leader's arrival abroad told
# with "as" was a listed key event.
TIME_MARKS = frozenset(_LISTS["time_marks"])


def passing_trip(tok) -> str | None:
    """The time word of a clause that tells a trip only as the time of another act
    ("after arriving", "before he travelled", "while visiting"), or None."""
    words = cues()  # the word lists: data/modality_cues.toml
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    word = _lemma(tok)
    if word not in words.travel and word != "visit":
        return None
    if word in ("return", "land") and any(c.dep_ == "dobj" for c in tok.children):
        return None  # "until he returned the files", "landed a contract": no going
    if tok.dep_ == "advcl":
        marks = [c.lower_ for c in tok.children if c.dep_ in ("mark", "advmod") and c.i < tok.i
                 and c.lower_ in TIME_MARKS]
    elif tok.dep_ == "pcomp" and tok.head.lower_ in TIME_MARKS:
        marks = [tok.head.lower_]
    else:
        return None
    if not marks or (word == "visit" and marks[0] != "while"):
        return None
    return marks[0]


def unwanted(tok) -> str | None:
    """The directive verb under which predicate `tok` is a negated to-infinitive, or
    None: "urged X not to sign", "begged the council not to vote", "was ordered not to
    travel". A doer's own decision or pledge not to act ("chose not to charge him",
    "pledged not to veto it") is left alone: that is a refusal (CAMEO 12x)."""
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in ("xcomp", "ccomp", "advcl") or \
            tok.head.i == tok.i:
        return None
    if not any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never")
               for c in tok.children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    word = _lemma(tok.head)
    # the directive verbs: data/modality_cues.toml, [unwanted]
    return word if word in cues().directive else None


# How far up from the act the asking may be: "urged a summit to be held to settle the
# dispute" is three steps from the dispute's settling to "urged".
ASKED_STEPS = 5
# The links up from the act through which the asking may govern it: complements,
# infinitival purpose and relative clauses; never a subject, a coordination, a
# finite clause of its own or a noun's prepositional phrase.
_ASKED_UP = frozenset({"dobj", "xcomp", "ccomp", "advcl", "acl", "relcl", "pcomp"})


def _to_inf(tok) -> bool:
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children)


def _wanted_clause(tok, c: Cues) -> bool:
    """A to-infinitive, or a bare verb in a "that" clause of a verb or noun of demand
    (the subjunctive: "demanded that she resign", "a suggestion that he offer")."""
    if _to_inf(tok):
        return True
    if tok.tag_ not in ("VB", "VBP") or any(a.dep_ in ("aux", "auxpass", "neg")
                                            for a in tok.children):
        return False
    if not any(a.dep_ == "nsubj" for a in tok.children):
        return False
    if _lemma(tok.head) not in c.subjunctive and tok.head.lower_ not in c.subjunctive:
        return False
    return tok.tag_ == "VB" or any(a.dep_ == "mark" and a.lower_ == "that"
                                   for a in tok.children)


# The singular common nouns of a party that can be asked: people, office holders and
# who governs ("urged the regime on Monday to free them"), of word_classes.toml.
# coding._actorlike asks a near question (is the subject of said content, or the one
# judged, a party?) from a narrower set of the same lists. The sets differ because the
# other readings differ: here the object, if no party, is an act asked for ("urged
# calm", "advised caution"), never a plural or a body word, so every person or body
# noun and every plural can count; there it is any thing ("the plan must pass", "the
# rules were unfair", "the state of the roads"), which plurals and a body word like
# "state" would let in. modality can't import coding, which imports modality.
_PARTY_NOUNS = word_classes()["people"] | word_classes()["office_people"] | \
    word_classes()["sense_governing"]


def _a_party(obj, *, counted: bool) -> bool:
    """Does the object name one who can be asked: a name, a pronoun, or (`counted`, for
    a verb whose object may also be the act asked for) a person or body noun or a
    plural ("urged lawmakers", "advised the council"; not "advised caution")?"""
    if obj.ent_type_ in NAME_ENT_TYPES or obj.pos_ == "PRON":
        return True
    return counted and (obj.tag_ in ("NNS", "NNPS") or lemma_of(obj) in PERSON_NOUNS or
                        lemma_of(obj) in ORG_NOUNS or lemma_of(obj) in _PARTY_NOUNS)


def asked_for(tok) -> str | None:
    """The word of asking under which the act of predicate `tok` is only asked for, or
    None (`_asking`)."""
    word, purpose = _asking(tok)
    return None if purpose else word


def purpose_of_asked(tok) -> str | None:
    """The verb of asking whose asked act the act of predicate `tok` is the purpose of,
    or None: the to-infinitive after a verb whose object is the act asked for ("urged
    calm on Monday to avoid more clashes", "advised restraint to protect the
    ceasefire"). The calm is only asked for, and what it is for is not done either;
    a thing made or called ("called a meeting to discuss it") is done, and its purpose
    is read as such elsewhere."""
    word, purpose = _asking(tok)
    return word if purpose else None


def _asking(tok) -> tuple[str | None, bool]:
    """The word of asking under which the act of predicate `tok` is only asked for,
    demanded or proposed, or None: the infinitive or subjunctive of a verb or noun of
    asking ("urged the rebels to lay down arms", "renewed her calls for the bank to cut
    rates", "a proposal that the mayor step aside"), the object of a verb of demanding
    ("demanded an apology", "proposed imposing tariffs"), the "for" phrase of a call
    ("called for a vote to end the session", "calls for a recount"). The act has not
    been done when it is asked for; the asking is the event. Not the asking word itself,
    not a purpose ("called a meeting to discuss it"), nor an act in a finite clause
    below the asking ("told them he will not sign"). With it, whether the act is not
    asked itself but the purpose of the act asked (`purpose_of_asked`)."""
    c = cues()  # the word lists: data/modality_cues.toml, [asked]
    if _lemma(tok) in c.ask_verbs or tok.lower_ in c.ask_nouns:
        return None, False
    if tok.pos_ in ("NOUN", "PROPN") and any(ch.dep_ == "relcl" for ch in tok.children):
        return None, False  # "recommended an attack that killed a soldier": told as done
    node = tok
    for k in range(ASKED_STEPS):
        if node.head.i == node.i:
            return None, False
        dep, gov = node.dep_, node.head
        word = _lemma(gov)
        clause = node.pos_ in ("VERB", "AUX")
        wanted = clause and _wanted_clause(node, c)
        if clause and not wanted and not (dep == "ccomp" and word in c.causative) and not (
                node.tag_ == "VBG" and dep in ("pcomp", "xcomp", "dobj")):
            return None, False  # a finite clause tells its own act
        if not clause and dep not in ("dobj", "pobj"):
            return None, False  # a noun of the act as subject or modifier of another
        if dep == "pobj":
            # Only the "for" phrase of a call: "called for talks", "calls for his
            # resignation"; any other preposition sets a time, place or topic.
            ask = gov.head
            if gov.lower_ == "for" and ask.i != gov.i and (
                    (ask.pos_ == "VERB" and _lemma(ask) in c.ask_for_verbs) or
                    (ask.pos_ == "NOUN" and ask.lower_ in c.ask_nouns)):
                return ask.lower_, False
            return None, False
        if gov.pos_ in ("VERB", "AUX") and word in c.ask_verbs:
            if wanted and dep in ("xcomp", "ccomp", "oprd"):
                return gov.lower_, False
            if wanted and dep == "advcl":
                # a person or a body as the object ("urged Iran to", "called the minister
                # to") is asked; any other object makes the infinitive a purpose ("called
                # a meeting to discuss the crisis": what the meeting is for)
                objs = [o for o in gov.children if o.dep_ == "dobj"]
                if objs and word not in c.ask_party_verbs and not all(
                        _a_party(o, counted=word in c.ask_party_or_act_verbs) for o in objs):
                    # "called a meeting to discuss it": a purpose, of an asked act when
                    # the object is one ("urged calm to avoid clashes")
                    return (gov.lower_, True) if word in c.ask_party_or_act_verbs \
                        else (None, False)
                return gov.lower_, False
            if not clause and dep == "dobj" and word in c.ask_object_verbs:
                return gov.lower_, False
            if node.tag_ == "VBG" and dep in ("xcomp", "dobj", "pcomp") and \
                    word in c.ask_gerund_verbs:
                return gov.lower_, False
            return None, False
        if gov.pos_ == "NOUN" and gov.lower_ in c.ask_nouns and wanted and \
                dep in ("acl", "ccomp", "relcl", "advcl"):
            return gov.lower_, False
        if wanted and dep in ("advcl", "xcomp") and gov.pos_ == "VERB" and any(
                o.dep_ == "dobj" and o.lower_ in c.ask_nouns for o in gov.children):
            # "renewed his calls for X to offer", "put pressure on X to resign"
            return gov.lower_, False
        if dep not in _ASKED_UP or (dep == "relcl" and not wanted):
            return None, False
        node = gov
    return None, False


def attempted(tok) -> str | None:
    """The verb or noun of trying whose infinitive the act of predicate `tok` is, or
    None: "tried to block the vote", "sought to oust him", "an effort to reject the
    deal". The trying is told, not the act; what came of it is not said."""
    c = cues()  # the word lists: data/modality_cues.toml, [asked]
    if tok.pos_ not in ("VERB", "AUX") or not _to_inf(tok) or tok.head.i == tok.i:
        return None
    gov = tok.head
    if tok.dep_ in ("xcomp", "ccomp", "advcl") and gov.pos_ in ("VERB", "AUX") and \
            _lemma(gov) in c.try_verbs:
        return gov.lower_
    if tok.dep_ in ("acl", "relcl", "advcl") and gov.pos_ == "NOUN" and \
            gov.lower_ in c.try_nouns:
        return gov.lower_
    return None


def if_clause(clause, c: Cues | None = None) -> bool:
    """Is `clause` an adverbial clause with a conditional mark ("if Y attacks", "unless
    it pays")? The one test of an if-clause: the standing of an act (`_own`,
    `hypothetical`, `_in_condition`) and of a verdict (`coding._on_condition`) read it."""
    c = c or cues()
    return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in c.cond_marks
                                          for m in clause.children)


def _condition_prep(prep, c: Cues) -> bool:
    """ "in the event of ...", "in case of ..." attached as a modifier."""
    if prep.lower_ != "in":
        return False
    for pobj in prep.children:
        if pobj.dep_ == "pobj" and pobj.lower_ in c.cond_nouns and \
                any(g.dep_ == "prep" and g.lower_ == "of" for g in pobj.children):
            return True
    return False


def _in_condition(tok, c: Cues) -> bool:
    """The predicate is inside an if-clause or an "in the event of" phrase."""
    if if_clause(tok, c):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        noun = tok.head.head
        if noun.lower_ in c.cond_nouns and noun.head.lower_ == "in":
            return True
    return False


def _shares_marks(conj, first) -> bool:
    """Does a conjoined verb share the first verb's marks ("will sign and ratify",
    "did not sign or ratify")? Not when it has its own or its own subject ("did not
    sign it, and she vetoed the budget"), not after "but", and never a
    condition ("provide aid in the event of X and resist sanctions")."""
    if any(ch.dep_ in ("aux", "auxpass", "neg", "nsubj", "nsubjpass") for ch in conj.children):
        return False  # its own marks, or its own subject: a clause of its own
    if any(ch.dep_ == "cc" and ch.lower_ in ("but", "yet") for ch in first.children):
        return False
    return _aux_only(first)


def _aux_only(first) -> bool:
    c = cues()
    return any(ch.dep_ in ("aux", "neg") and (ch.lower_ in c.future_aux or
                                            ch.lower_ in c.neg_words or
                                            ch.lower_ in c.cond_aux)
               for ch in first.children)


def _sources(gov, c: Cues) -> list:
    """Who speaks through a governing verb or noun: its subject, "from X", "by X"."""
    subj = [ch for ch in gov.children if ch.dep_ in ("nsubj", "nsubjpass")]
    if subj and subj[0].dep_ == "nsubj":
        return subj
    out = []
    for prep in gov.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in ("from", "by"):
            out.extend(p for p in prep.children if p.dep_ == "pobj")
    if not out and gov.dep_ in ("conj",) and gov.head.i != gov.i:
        return _sources(gov.head, c)
    return out


def _according(tok, c: Cues) -> list:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in c.according:
            for sub in child.children:
                if sub.dep_ == "prep":
                    return [p for p in sub.children if p.dep_ == "pobj"]
                if sub.dep_ == "pobj":
                    return [sub]
    return []


def _reporting_child(tok, c: Cues):
    """ "<event>, KCNA reported" parsed with the reporting verb below the event."""
    for child in tok.children:
        if child.dep_ in ("parataxis", "ccomp", "advcl") and _lemma(child) in c.reporting \
                and any(s.dep_ == "nsubj" for s in child.children) and child.i > tok.i:
            return child
    return None


def _scoped(node, c: Cues) -> bool:
    """Does the word above `node` set its standing? Complements, content and purpose
    clauses, coordinations and prepositional objects are in its scope; a time or
    reason clause ("after/because/now that ...") and a relative clause state facts."""
    dep = node.dep_
    if dep == "advcl":
        marks = [m.lower_ for m in node.children if m.dep_ in ("mark", "advmod")
                 and m.i < node.i]
        to = any(a.dep_ == "aux" and a.lower_ == "to" for a in node.children)
        if marks:
            # "called for X to be removed": "for ... to" is the complement, wanted.
            return any(m in c.cond_marks for m in marks) or (marks == ["for"] and to)
        return to
    return dep != "relcl"


# Verbs that only say an event took place: its noun as their subject is the act the
# clause tells ("denied that a meeting took place": the meeting is denied).
OCCURRENCE_VERBS = frozenset(_LISTS["occurrence_verbs"])


def _occurs(verb) -> bool:
    """Is `verb` one that says its subject happened: "happen", "occur", "take place"?"""
    lemma = _lemma(verb)
    if lemma in OCCURRENCE_VERBS:
        return True
    return lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place"
                                   for c in verb.children)


# Occasions a future clause places its act at, and the prepositions that leave an
# occasion its own standing (data/modality_lists.toml).
PLANNED_OCCASIONS = frozenset(_LISTS["planned_occasions"])
PAST_SETTINGS = frozenset(_LISTS["past_settings"])
PLANNED_MARKS = frozenset(_LISTS["planned_marks"])
# Verbs of meeting with what others do (data/modality_lists.toml): under "may", "could"
# their object's act is a prediction.
FACING_VERBS = frozenset(_LISTS["facing_verbs"])
_PREP_PATH = frozenset({"pobj", "prep", "pcomp"})


def _planned_occasion(tok, prep, verb, c: Cues) -> bool:
    """Is the occasion noun `tok` placed, through prepositions only (`prep` the last,
    on `verb`), in a clause told in the future with "will" ("will travel to Lima for a
    summit", "will be tasked with explaining it in meetings", "what he will say during
    the meeting")? The occasion lies ahead with the act; not with "would", a reported
    plan (PLANNED_MARKS). Not through "after", "since",
    "despite" and the like: a future act may follow an occasion that is over."""
    if tok.pos_ != "NOUN" or tok.lower_ not in PLANNED_OCCASIONS or \
            verb.pos_ not in ("VERB", "AUX"):
        return False
    node = tok
    while node.i != prep.i:
        if node.dep_ not in _PREP_PATH or node.head.i == node.i:
            return False
        if node.dep_ == "prep" and node.lower_ in PAST_SETTINGS:
            return False
        node = node.head
    if prep.lower_ in PAST_SETTINGS:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in PRON_RELATIVE and prep.i < c.i
           for c in verb.children):
        # "drafting a bill, in talks with them, that would impose ...": nothing of a
        # relative clause comes before its pronoun; the parser hung the phrase there.
        return False
    return any(a.dep_ in ("aux", "auxpass") and a.lower_ in PLANNED_MARKS
               for a in verb.children)


# Verbs of making whose to-infinitive is a purpose (data/modality_lists.toml).
MAKING_VERBS = frozenset(_LISTS["making_verbs"])


def made_for(tok) -> str | None:
    """The verb of making whose purpose is the act of predicate `tok`, or None: the act
    (or the verb whose object it is) is the to-infinitive of "built", "designed" and the
    like ("bunkers built to stage raids"). A purpose is not an act done; it keeps
    half its confidence, as forecasts do (events.extract)."""
    verb = _verb_of(tok)
    if verb is None or verb.dep_ not in ("advcl", "xcomp") or verb.head.i == verb.i or \
            not any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children):
        return None
    gov = verb.head
    return gov.lower_ if _lemma(gov) in MAKING_VERBS else None


TALLY_VERBS = frozenset(_LISTS["tally_verbs"])
TALLY_SPANS = frozenset(_LISTS["tally_spans"])


def _counted(noun) -> bool:
    """Is the noun a number of people ("44 soldiers", "more than 900")? totals'
    count, or a word the tagger reads as a numeral."""
    return noun.tag_ == "CD" or counted(noun)


def _year(tok) -> bool:
    return tok.text.isdigit() and len(tok.text) == 4 and 1800 <= int(tok.text) <= 2100


def _superlative_before(verb, since) -> bool:
    """ "killed eight in the deadliest attack since 2001", "the first since 2015": the
    "since" bounds a record, not a count kept over the years."""
    sent = verb.sent if verb.doc.has_annotation("SENT_START") else verb.doc
    return any(t.tag_ == "JJS" or t.lower_ in ("first", "worst", "biggest", "largest")
               for t in sent if t.i < since.i)


def _over_years(verb) -> bool:
    """Does the clause of `verb` reach back over years: "since" with a year in its
    phrase or clause ("since 2001", "since the war began in 2001"), or "over/in the
    past/last decade" and the like."""
    for c in verb.children:
        span = list(c.subtree)
        if since_clause(c):
            if any(_year(t) for t in span) and not _superlative_before(verb, c):
                return True
        elif c.dep_ in ("prep", "npadvmod") and c.lower_ in ("over", "in", "during", "past"):
            if any(t.lower_ in ("past", "last") for t in span) and \
                    any(t.lower_ in TALLY_SPANS for t in span):
                return True
    return False


def tally(tok) -> str | None:
    """The "since" or span that makes the harm of predicate `tok` a running total, or
    None: counted victims ("44 soldiers killed", "more than 900 people have died")
    over years ("since the war began in 2001", "over the past decade"). A count kept
    over years is background, not an act the story tells; a count since a day ("killed
    since Friday") is left, as the news of those days. Any other act counted in the
    perfect over years is such a count too (`_counted_over_years`)."""
    if tok.pos_ not in ("VERB", "AUX") or _lemma(tok) not in TALLY_VERBS:
        return "since" if _counted_over_years(tok) else None
    if tok.dep_ == "acl":
        victims = [tok.head]
    else:
        victims = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")] or \
            [c for c in tok.children if c.dep_ == "nsubj"]  # "900 people have died"
    if not victims or not all(_counted(v) for v in victims):
        return None
    return "since" if _over_years(tok) else None


def _counted_over_years(tok) -> bool:
    """Any act told in the perfect of a number of doers or things over years ("just 40
    officials have faced charges since 2009", "more than 60 mayors have signed the
    pledge since 2015", "rebels have staged 40 raids since 2012"): a count kept over
    the years, a statistic, not an act the story tells. The predicate is the verb, or a
    noun it takes as object ("faced charges"). Not a known group ("the two senators"),
    nor a count since a day ("since Friday": the news of those days), nor a named
    party's count of its own acts ("Norway has launched 60 raids since 2016", "the
    Norwegian army has ..."): a campaign told as a whole by its doer, which readers take
    as an event."""
    verb = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj" else tok
    if verb.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ in ("aux", "auxpass") and _lemma(c) == "have" for c in verb.children):
        return False
    doers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(a_count(c) for c in doers):
        return _over_years(verb)
    if any(c.pos_ == "PROPN" or any(d.ent_type_ in NAME_ENT_TYPES for d in c.subtree)
           for c in doers):
        return False  # a named party, also by a name on a noun ("the Norwegian army")
    return any(a_count(c) for c in verb.children if c.dep_ == "dobj") and _over_years(verb)


STATISTIC_VERBS = frozenset(_LISTS["statistic_verbs"])
STATISTIC_MULTIPLES = frozenset(_LISTS["statistic_multiples"])
STATISTIC_MEASURES = frozenset(_LISTS["statistic_measures"])
STATISTIC_LEVELS = frozenset(_LISTS["statistic_levels"])
STATISTIC_NOUNS = frozenset(_LISTS["statistic_nouns"])
STATISTIC_SHARES = frozenset(_LISTS["statistic_shares"])
# The words of one day: reportable's news-day words, one list.
STATISTIC_ONE_DAY = NEWS_TIME


def _measured(verb) -> bool:
    """Does the verb of a moving figure carry a measure: a number or share ("fell 30
    percent", "rose to 900", "by a third"), a level ("fell to a record low"), or an
    adverb of degree ("dropped sharply")?"""
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in STATISTIC_MEASURES:
            return True
        if c.dep_ == "prep" and c.lower_ in ("to", "by", "from"):
            # the object itself is the figure ("to 900", "by 30 percent", "by a third",
            # "to a record low"); "jumped to 12 cities" counts places, not a figure.
            # The parser often hangs the figure on a time after it ("to 900 last
            # year": "900" under "year"), which counts as the figure too.
            if any(g.dep_ == "pobj" and (_figure_word(g) or g.ent_type_ == "DATE" and any(
                    _figure_word(n) for n in g.children if n.i < g.i))
                   for g in c.children):
                return True
            continue
        span = [c] + list(c.children) if c.dep_ in ("dobj", "npadvmod") else []
        if any(t.like_num or t.lower_ in STATISTIC_MEASURES or t.lower_ in STATISTIC_LEVELS
               for t in span):
            return True
    return False


def _figure_word(tok) -> bool:
    return tok.like_num or tok.lower_ in STATISTIC_MEASURES or \
        tok.lower_ in STATISTIC_LEVELS or tok.lower_ in STATISTIC_SHARES


def _one_day(verb) -> bool:
    """Is the verb told of one day ("tripled on Sunday", "doubled yesterday")? A
    multiple of one day is that day's act, not a figure over a period."""
    for c in verb.children:
        if c.dep_ in ("npadvmod", "advmod") and c.lower_ in STATISTIC_ONE_DAY:
            return True
        if c.dep_ == "prep" and c.lower_ == "on" and any(
                g.dep_ == "pobj" and g.lower_ in STATISTIC_ONE_DAY for g in c.children):
            return True
    return False


def _figure_moves(noun) -> str | None:
    """The word that tells subject `noun` as a figure: a verb of a figure that moves,
    with a measure ("fell 30 percent", "rose sharply") or by itself ("have doubled"), or
    a copula placing it at a level ("were at a 40-year low")."""
    if noun.dep_ != "nsubj" or noun.head.i == noun.i:
        return None
    verb = noun.head
    if (_lemma(verb) in STATISTIC_MULTIPLES and not _one_day(verb)) or \
            (_lemma(verb) in STATISTIC_VERBS and _measured(verb)):
        return verb.lower_
    if _lemma(verb) == "be":
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "at" and any(
                    g.dep_ == "pobj" and g.lower_ in STATISTIC_LEVELS for g in prep.children):
                return verb.lower_
    return None


def statistic(tok) -> str | None:
    """The word that tells the plural act noun `tok` as a statistic, or None: the acts
    counted across a period as a figure that moves or stands at a level ("arrests at the
    border fell 30 percent last year", "deportations have doubled", "arrests were at a
    30-year low that year"), or the acts named in the "of" of such a figure ("the
    number of arrests doubled"). A count of acts, no one act; kept under the threshold
    for exports, as genre and forecasts are (events.extract). Not acts with a
    determiner, an owner or a number of their own ("the arrests of two senators", "his
    arrests", "three arrests"), which are told as acts."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or any(
            c.dep_ in ("det", "poss", "nummod") for c in tok.children):
        return None
    moved = _figure_moves(tok)
    if moved is not None:
        return moved
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i != tok.head.i:
        figure = tok.head.head
        if figure.pos_ == "NOUN" and _lemma(figure) in STATISTIC_NOUNS:
            return _figure_moves(figure)
    return None


def _prep_walk(tok, deps: frozenset[str] = _PREP_PATH, steps: int = MAX_STEPS):
    """The steps up from `tok` through the dependencies `deps` (by default prepositions
    and their objects only), as (word, its head) pairs, at most `steps` of them."""
    node = tok
    for _ in range(steps):
        if node.dep_ not in deps or node.head.i == node.i:
            return
        yield node, node.head
        node = node.head


def planned_occasion(tok) -> str | None:
    """The future verb whose clause places the occasion noun `tok` ahead, or None: "will
    travel to Lima for a summit", "what he will say during the meeting" (the occasion
    hangs on the verb through prepositions only). Such an occasion keeps half its
    confidence, as forecasts do (events.extract)."""
    c = cues()
    for node, gov in _prep_walk(tok):
        if node.dep_ == "prep" and gov.pos_ in ("VERB", "AUX"):
            if _planned_occasion(tok, node, gov, c):
                return gov.lower_
            if gov.dep_ != "pcomp":
                return None
    return None


# The walk up from an occasion noun to the verb that reports a plan of it: prepositions
# and, unlike `planned_occasion`, an object ("would hold talks").
_PLAN_PATH = _PREP_PATH | {"dobj"}


def reported_plan(tok) -> bool:
    """Is the event noun `tok` an occasion of a plan reported with "would" ("said the two
    would confer at a session late next month"): the announced plan, which key-event
    judges take as the story's main act, as `planned_occasion` leaves it (a plan told
    with "would" is no forecast: PLANNED_MARKS)."""
    for _, gov in _prep_walk(tok, _PLAN_PATH, 4):
        if gov.pos_ in ("VERB", "AUX"):
            return any(a.dep_ == "aux" and a.lower_ == "would" for a in gov.children)
    return False


COPULA_IDIOMS = frozenset(_LISTS["copula_idioms"])
EQUATIVE_SUBJECTS = frozenset(_LISTS["equative_subjects"])
# What an infinitive hung on the copula must not be read past: the parser hangs "quick to
# condemn", "the first to arrive" on "was" beside their adjective or noun.
_COPULA_COMPLEMENTS = frozenset({"acomp", "attr", "oprd"})


def bound_to(verb, gov) -> str | None:
    """The standing an infinitive `verb` takes from the bare copula `gov` it hangs on, or
    None: "was to meet him on Monday", "is to be tried" tell an act arranged or due, not
    done (future); "was to have met him" one that did not come about (conditional). Not
    "was to blame" (a verdict: COPULA_IDIOMS), nor an infinitive the parser hung on the
    copula past an adjective or a noun ("was quick to condemn"), nor an equative whose
    subject is the act itself (`_equative`)."""
    if _lemma(gov) != "be" or _lemma(verb) in COPULA_IDIOMS or \
            not any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children) or \
            any(c.dep_ in _COPULA_COMPLEMENTS for c in gov.children) or _equative(gov):
        return None
    return "conditional" if any(a.dep_ == "aux" and a.lower_ == "have"
                                for a in verb.children) else "future"


def _did(tok) -> bool:
    """Is `tok` "did", the simple past of "do" (not "can do", "hopes to do")?"""
    return _lemma(tok) == "do" and tok.tag_ == "VBD"


def _equative(gov) -> bool:
    """Does the subject of the copula `gov` name the act its infinitive tells, not a doer
    the act is arranged for: a clause of "did" ("what the army did was to shell the
    town", which the parser also gives as "did" an auxiliary of "was"), a noun with a
    relative clause of "did" ("the first thing they did was to"), or a noun of
    EQUATIVE_SUBJECTS ("their response was to block the road")? The parser hangs these
    infinitives on "was" as it does "the envoy was to visit" (fixN: the reviewer's bug
    1). Not a clause of a wish or an advice (what matters "is to" do X, the wisest
    course "is to" do X): what it names is still to do. A noun of the list tells a done
    act only on a past copula and not as the one to come: "the next step is to hold
    elections", "said the next move was to" are plans (the lead's read-through)."""
    for c in gov.children:
        if c.dep_ in ("csubj", "aux") and _did(c):
            return True
        if c.dep_ != "nsubj":
            continue
        if any(r.dep_ == "relcl" and _did(r) for r in c.children):
            return True
        if _lemma(c) in EQUATIVE_SUBJECTS and gov.tag_ == "VBD" and not any(
                m.dep_ == "amod" and m.lower_ in AHEAD_MODIFIERS for m in c.children):
            return True
    return False


SCHEMING_VERBS = frozenset(_LISTS["scheming_verbs"])
SCHEME_DONE_VERBS = frozenset(_LISTS["scheme_done_verbs"])


def schemed(obj, gov) -> bool:
    """Is the noun `obj`, the object of `gov`, an act schemed and not yet known to be done:
    "were plotting an attack", "planned their raids" (not "planned the bombing": its
    organiser)? A possessive is the schemer's own act, as under a promise
    (KNOWN_DETERMINERS). Not an act the sentence tells done (`_scheme_done`)."""
    return obj.dep_ == "dobj" and _lemma(gov) in SCHEMING_VERBS and not any(
        d.dep_ == "det" and d.lower_ in KNOWN_DETERMINERS for d in obj.children) and \
        not _scheme_done(obj, gov)


def _scheme_done(obj, gov) -> bool:
    """Does the sentence tell the schemed act `obj` done: a relative clause of it in the
    simple past ("plotted an attack that killed 12 soldiers"), or a verb of doing joined
    to the scheming verb ("planned an attack and carried it out")? (fixN: reviewer's bug
    2.) A year "in" which the act is placed is no sign either way without the
    publication date, which the standing does not see: "planned a series of bombings in
    2015" in a trial story was done, "planned an offensive in 2027" lies ahead."""
    if any(r.dep_ == "relcl" and r.tag_ == "VBD" and
           not any(a.dep_ in ("aux", "auxpass") for a in r.children) for r in obj.children):
        return True
    return any(v.dep_ == "conj" and _lemma(v) in SCHEME_DONE_VERBS and
               (_lemma(v) != "carry" or any(p.dep_ == "prt" and p.lower_ == "out"
                                            for p in v.children))
               for v in gov.children)


def _named_by(tok, obj) -> bool:
    """Is `tok` the noun `obj` itself, named in its "of" phrases ("a series of
    bombings") or its purpose ("planning a bombing to avenge ...": the avenging is
    schemed with it)? An act inside another phrase or clause of a schemed act ("planning
    a bombing to avenge the arrest of its commander") keeps its own standing (fixN:
    reviewer's bug 3)."""
    if tok.dep_ == "acl" and tok.head.i == obj.i and _to_inf(tok):
        return True
    node = tok
    while node.i != obj.i:
        if node.dep_ != "pobj" or node.head.dep_ != "prep" or node.head.lower_ != "of":
            return False
        node = node.head.head
    return True


_OCCASION_PREPS = frozenset({"for", "to"})


def _occasion_of(tok, verb) -> bool:
    """Is `tok` an occasion noun (PLANNED_OCCASIONS) hung by "for" or "to" on `verb`
    itself ("was to travel to Geneva for talks", "was to fly in for a summit"): the
    occasion the arranged act is for, which lies ahead with it (fixN: reviewer's bug 4)?
    Not an occasion further down a phrase ("in revenge for the killing")."""
    prep = tok.head
    return tok.dep_ == "pobj" and tok.lower_ in PLANNED_OCCASIONS and \
        prep.dep_ == "prep" and prep.lower_ in _OCCASION_PREPS and prep.head.i == verb.i


def _held_on_copula(tok, prep, gov) -> bool:
    """Is `tok` a state held "on" the copula `gov` ("was on strike", "be on alert")?"""
    return prep.lower_ == "on" and tok.head.i == prep.i and tok.dep_ == "pobj" and \
        _lemma(gov) == "be"


def standing(tok, lines: list[int] | None = None) -> Standing:
    """The modality of the event named by predicate `tok`, and its source heads.
    `lines` (line number per token) keeps the walk inside the predicate's line."""
    c = cues()
    modality = _own(tok, c)
    cue = tok.lower_ if modality else None
    source: list = _according(tok, c)
    rep = _reporting_child(tok, c)
    if rep is not None and not source:
        source = _sources(rep, c)
    if modality is None and _in_condition(tok, c):
        modality, cue = "conditional", tok.head.head.lower_
    planner = planned_by(tok) if modality is None else None
    if planner is not None:
        modality, cue = "future", planner
    if modality is None and (intent := intent_before(tok)) is not None:
        modality, cue = "future", intent
    node = tok
    if tok.dep_ == "compound" and tok.lower_.endswith("ing") and tok.head.dep_ == "dobj":
        # "denied meeting officials": a gerund the tagger took for a noun modifier of
        # its own object stands where its phrase stands.
        node = tok.head
    start = node  # the predicate, or the object its gerund stands for
    closed = False
    via_phrase = False  # the walk has come up through a preposition's phrase
    for _ in range(MAX_STEPS):
        if node.head.i == node.i or node.dep_ not in GOVERNED_DEPS:
            break
        if lines is not None and lines[node.head.i] != lines[tok.i]:
            break
        if not _scoped(node, c):
            closed = True
        dep = node.dep_
        gov = node.head
        node_prev = node
        node = gov
        lemma = _lemma(gov)
        via_phrase = via_phrase or dep in _PREP_PATH
        if dep in ("nsubj", "nsubjpass", "csubj") and lemma not in c.reporting and \
                not _occurs(gov):
            # An event inside the subject of another clause does not take that
            # clause's standing ("the pact signed in June has come into effect"), but
            # a reporter of the whole sentence is still its source.
            closed = True
        if not source:
            source = _according(gov, c)
        if modality is None and not closed:
            if _in_condition(gov, c):
                modality, cue = "conditional", gov.head.head.lower_
            elif lemma in c.alleged_governors:
                modality, cue = "alleged", gov.lower_
                if not source:
                    source = _sources(gov, c)
            elif lemma in c.neg_governors:
                modality, cue = "negated", gov.lower_
                if not source:
                    source = _sources(gov, c)
            elif dep == "xcomp" and node_prev is tok and performative(tok):
                # '"I want to thank her," he said': said, the courtesy is done
                closed = True
            elif lemma in c.future_governors and (
                    lemma not in c.reporting or
                    any(a.dep_ == "aux" and a.lower_ == "to" for a in node_prev.children)) and (
                    dep in ("xcomp", "ccomp") or
                    (dep == "advcl" and any(a.lower_ == "to" for a in node_prev.children)) or
                    (dep in ("acl", "prep", "pcomp", "pobj") and gov.pos_ == "NOUN")):
                # "plans to X", "a plan for X", but not "weighed in with a column"; a
                # verb that both directs and reports ("tell") wants only what it tells
                # someone to do ("told them to leave"), not what it tells ("told them
                # that the troops had left", a quoted plea).
                modality, cue = "future", gov.lower_
            elif dep == "xcomp" and (not via_phrase or _occasion_of(tok, node_prev)) and \
                    (bound := bound_to(node_prev, gov)):
                # "was to meet", "is to be tried": arranged, not done; not an act named
                # in a phrase of it ("was to avenge the killing of X": the killing was done)
                # unless it is the occasion the arranged act is for ("was to fly to
                # Moscow for talks")
                modality, cue = bound, gov.lower_
            elif _named_by(start, node_prev) and schemed(node_prev, gov):
                # "were plotting an attack": an act schemed, not done
                modality, cue = "future", gov.lower_
            elif dep == "xcomp" and (readiness := ready_when_denied(gov)):
                # "will not hesitate to sue": readiness stated, not an act denied; "did
                # not hesitate to sue": the suit told done (its standing is its own)
                if readiness == "planned":
                    modality, cue = "future", gov.lower_
                closed = True
            elif dep == "prep" and _planned_occasion(tok, node_prev, gov, c):
                modality, cue = "future", gov.lower_
            elif dep == "prep" and _held_on_copula(tok, node_prev, gov):
                # "the union is not on strike", "troops may be on alert", "will be on
                # strike": the copula's marks are the state's, as a verb's own would be.
                own = _own(gov, c)
                if own is not None and own != "alleged":
                    modality, cue = own, gov.lower_
                closed = own is not None
            elif dep == "dobj" and node_prev.i == tok.i and lemma in FACING_VERBS and \
                    _own(gov, c) == "conditional":
                # "may face criticism", "could face charges": a prediction of what the
                # object's doers might do, not an act told.
                modality, cue = "conditional", gov.lower_
            else:
                own = _own(gov, c) if dep in ("xcomp", "conj") else None
                if dep == "conj" and own is not None and not _shares_marks(node_prev, gov):
                    # "did not attack but negotiated", "provide aid in the event of X and
                    # resist sanctions": the first verb's own marks stay with it.
                    own = None
                if own is not None and own != "alleged":
                    # "did not agree to meet", "will try to meet": the governor's mark
                    # carries down through control and coordination.
                    modality, cue = own, gov.lower_
        if not source and lemma in c.reporting and dep in ("ccomp", "parataxis"):
            # Only a content clause is reported: "declared an emergency, allowing ..."
            # does not make the declarer the source of the allowing.
            source = _sources(gov, c)
            if not source:
                rep = _reporting_child(gov, c)
                if rep is not None:
                    source = _sources(rep, c)
        if not source and dep not in ("conj",):
            rep = _reporting_child(gov, c)
            if rep is not None:
                source = _sources(rep, c)
        if (modality is not None or closed) and source:
            break
    return Standing(modality or "asserted", tuple(source), cue)
