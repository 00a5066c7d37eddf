"""Who did it and to whom: the actor and recipient of a predicate, from the parse.

A predicate is a verb ("North Korea sent troops") or an event noun ("Moscow's
invasion of Ukraine"). Arguments are returned as head tokens; events.actorrefs
turns a head token into `ActorRef`s (entity, country, sector), expanding
coordinations ("X and Y" -> two actors), groups ("both nations" -> their
members) and possessive pronouns ("their leaders" -> the leaders of each
country named just before).

Rules, in the order the parse offers them:
- active verbs: actor = nsubj; recipient = dobj / dative, else the object of
  to/with/against/on/toward/for, else the object of a purpose clause ("sent
  troops to assist Russia").
- passives: actor = the `agent` ("approved by Russian lawmakers"), recipient =
  the passive subject. Each conjoined verb keeps its own agent.
- subjectless verbs borrow one: xcomp from the governor's object (object
  control: "urged X to leave") or subject; conj/advcl from the first verb (an
  active finite conjunct of a passive verb is done by the shared subject; a past
  verb of speaking hung on a content clause in another tense is the reporting
  verb's subject's: "X said Y is ... and warned"); a
  participle modifying a noun ("the pact, signed by ...") takes that noun as its
  patient; a relative pronoun stands for the noun it modifies; a participle of
  harm after a gerund of attack is that attack's ("accused X of shelling a
  school, wounding dozens": X).
- harm done "in a gunfight with X" (passive, no agent) was done by X; a fight
  noun with "with Y" that a clause is set in is fought by its named or armed
  subject ("troops advanced amid fighting with Y").
- "allowed X to act" (X parsed as the subject of a "to" clause): X is the
  recipient; a demand's content clause after it names whom it is made of; a
  participle of asking hung on a letter's addressee is the sender's; a participle
  of saying set off after the content of "X said ..." is X's.
- a verb that always takes an object standing without one is a passive without
  its "was" ("Two rebels killed in ambush", "Minister charged with fraud"); a thing
  acts for the person named before it ("a Smith campaign ad"), a thing coordinated
  with the doer through its own owner or not at all; "joined forces with X" is done
  with X.
- args18: a name the parser hung on a gerund just before it does it ("after Smith
  firing the chief"); asking for a meeting or session "of X" asks X; tariffs,
  duties, embargoes or sanctions "on" a country's goods are aimed at that country.
- nouns: actor = possessor, "by X", "from X", "between X and Y", or an actor
  adjective/compound ("Russian invasion"); recipient = "of/on/against/to/with/for X";
  a noun that is the object of a light verb borrows the verb's actor.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..actors.anaphora import PEOPLE_WORDS
from ..actors.layout import PAPER_NAME_WORDS
from ..actors.resolve import resolve_actor_text
from ..nlp import per_doc
from ..timexes.lexicon import MONTHS, PARTS_OF_DAY, UNITS, WEEKDAYS
from ..timexes.rules_calendar import CLOCK_ZONES as TAGGER_ZONES
from ..words import DEFINITE, SINGLE_QUOTES, told_as_known, word_lists
from .predicate import first_conjunct
from .lexicon import (WH_TAGS, lemma_of, lookup, request_words, voiced_disapprovals,
                      wh_antecedent, word_classes)

# The word lists of this module: data/arguments_lists.toml.
_LISTS = word_lists("newsbrief.events", "arguments_lists.toml")


SUBJ_DEPS = frozenset({"nsubj", "csubj", "expl"})
PASS_SUBJ_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJ_DEPS = frozenset({"dobj", "dative", "obj", "iobj"})
# Prepositions whose object is the one acted on (for verbs and event nouns).
# ("at", "over", "into" name places and topics far more often than targets.)
RECIPIENT_PREPS = frozenset(_LISTS["recipient_preps"])
NOUN_RECIPIENT_PREPS = RECIPIENT_PREPS | {"of"}
NOUN_ACTOR_PREPS = frozenset(_LISTS["noun_actor_preps"])
# Nouns of asking whose "of" names who asks ("the request of the prime minister").
ASKER_NOUNS = word_classes()["asker_nouns"]
# Verbs of answering one ("complied with the request"): their subject was asked.
REQUEST_ANSWERS = word_classes()["request_answers"]
# Those an act is done "at" or "on" ("at the request of", "on the orders of").
ACTED_AT = word_classes()["acted_at"]
VERB_POS = frozenset({"VERB", "AUX"})
NOUN_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})

# Nouns of fighting whose place-name compound says where, not who ("the Ukraine war",
# "the Springfield killings", "a Toledo, Ohio, shooting").
CONFLICT_NOUNS = frozenset(_LISTS["conflict_nouns"])
# Nouns of an attack whose "by X" names who did what happened in it.
ATTACK_NOUNS = frozenset(_LISTS["attack_nouns"])
# Marks of an open question ("whether", "if"); modality reads them too.
OPEN_QUESTION = frozenset(_LISTS["open_question"])
# Verbs of harm an attack noun can be the subject of ("the strike killed X").
HARM_LEMMAS = frozenset(word_classes()["lethal"]) | frozenset(_LISTS["harm_lemmas"])
# Nouns of a fight between two sides: "wounded in a gunfight with X" was done by X.
FIGHT_NOUNS = frozenset(_LISTS["fight_nouns"])
TRUST_NOUNS = frozenset(_LISTS["trust_nouns"])
# Feelings voiced about someone's doing and the prepositions that name what they are
# about: "expressed outrage at X" (_feeling_target).
FEELING_NOUNS = voiced_disapprovals() | frozenset(_LISTS["feeling_nouns_extra"])
FEELING_ABOUT_PREPS = frozenset(_LISTS["feeling_about_preps"])
FEELING_PREPS = FEELING_ABOUT_PREPS | frozenset(_LISTS["feeling_preps_extra"])
FEELING_VERBS = frozenset(_LISTS["feeling_verbs"])
FEELING_FOR_NOUNS = frozenset(_LISTS["feeling_for_nouns"])
FEELING_PATIENT_NOUNS = frozenset(_LISTS["feeling_patient_nouns"])
FEELING_PATIENT_VERBS = frozenset(_LISTS["feeling_patient_verbs"]) | \
    frozenset(word_classes()["done_to"])
HEARD_BEFORE_VERBS = frozenset(_LISTS["heard_before_verbs"])
# Acts of harm done to someone: a participle of one after a gerund of attack tells
# what that attack did ("accused X of shelling a school, wounding dozens"); done to
# whoever was "in a gunfight with X", X did them.
HARMS_DONE = HARM_LEMMAS | frozenset(_LISTS["harms_done"])
FORCE_WORDS = word_classes()["force_words"]
# What is sent or withdrawn ("sent troops", "pulled its ambassador"): never whom it goes to.
SENT_THINGS = word_classes()["sense_withdrawn"]
ATTACK_VERBS = frozenset(_LISTS["attack_verbs"])
FIRING_VERBS = frozenset(_LISTS["firing_verbs"])
STRIKE_PREPS = frozenset(_LISTS["strike_preps"])
# Nouns whose name modifier is what they look into, not who does it: "the Russia
# probe", "the Benghazi hearings" (the investigators come with "by" or a possessor).
INQUIRY_NOUNS = frozenset(_LISTS["inquiry_nouns"])
# Words of looking into someone's conduct ("investigated X", "a probe into X"): whom they
# look into (inquiry_target; data/word_classes.toml).
INQUIRY_WORDS = word_classes()["inquiry_words"]
# Verbs of coming to a place on a trip: the place "in" or "at" hosts the visit ("arrived
# in Tokyo"; events.extract keeps it only for a visitor from another state).
ARRIVAL_VERBS = word_classes()["arrival_verbs"]
# Words of asking someone to act (the heads of the lexicon's REQUEST rows): the one asked
# is their object, the party asked "from"/"of" ("requested files from the office"), or the
# subject of the clause that says what is asked ("a request that Congress pay", "called
# for the panel to act"); as nouns, "of X" is who asks ("the demands of the rebels").
REQUEST_WORDS = request_words()
# Acts whose content clause names the one they target ("X accused ... that Y did"), and
# rulings ("the court ruled the mayor lacked authority"): data/word_classes.toml.
CONTENT_TARGET_LEMMAS = word_classes()["content_targets"] | word_classes()["rulings"]
# Words of a warning or threat, whose content clause may set a condition on another's act
# ("warned that it would respond if X ..."): data/arguments_lists.toml.
THREAT_WORDS = frozenset(_LISTS["threat_words"])
# Marks of a condition clause.
CONDITION_MARKS = frozenset(_LISTS["condition_marks"])
# Relative pronouns that, as a verb's object, stand for the noun their clause modifies.
OBJECT_RELATIVES = frozenset({"which", "who", "whom"})
# Event nouns whose possessor is the one the act is done to ("his arrest").
PATIENT_NOUNS = frozenset(_LISTS["patient_nouns"])
# Nouns of leaving a place or a pact: "from X" is what is left, "of X" what moves.
LEAVING_NOUNS = frozenset(_LISTS["leaving_nouns"])
# Nouns of leaving an office one asks for ("the resignation of X": X is asked).
OUSTING_NOUNS = frozenset(_LISTS["ousting_nouns"])
# Verbs of withdrawing forces or oneself: the object is what moves ("withdrew troops"),
# "from X" or "of X" what is left (LEAVING_OCCASION_VERBS leave an occasion).
WITHDRAWING_VERBS = frozenset(_LISTS["withdrawing_verbs"])
# Verbs of leaving or ending an occasion ("left the summit", "ended the talks"): their
# object is the occasion, not a party to it.
LEAVING_OCCASION_VERBS = frozenset(_LISTS["leaving_occasion_verbs"])
# Verbs whose subject undergoes the act their object names ("faced criticism from X",
# "drew condemnation", "came under attack"): the subject is the recipient, never the
# actor of that act.
UNDERGO_LEMMAS = frozenset(_LISTS["undergo_lemmas"])
# Verbs whose subject undergoes the act named under their "under" ("came under fire").
UNDER_LEMMAS = frozenset(_LISTS["under_lemmas"])
# Adverbs of where one comes ("came home", "came back"): "under" after them tells how.
COME_PLACES = frozenset(_LISTS["come_places"])
# What a threatened side will pay or face ("will pay a heavy price"): data/word_classes.toml.
THREAT_VERBS = word_classes()["threat_verbs"]
# Verbs of describing or reacting to an act: their subject is not its actor ("likened
# the crackdown to Tiananmen", "recalled the invasion").
DESCRIBE_LEMMAS = frozenset(_LISTS["describe_lemmas"])
# Verbs whose subject is where or when an act happened ("Ferguson saw more protests",
# "the weekend witnessed clashes"): no actor of it.
SCENE_LEMMAS = frozenset(_LISTS["scene_lemmas"])
# Verbs of marching or protesting whose "with X" names fellow marchers, not a target
# ("marched with striking workers").
COMPANION_LEMMAS = frozenset(_LISTS["companion_lemmas"])
# Verbs of getting a thing "from X": X did the act to the one who got it.
RECEIVING_VERBS = frozenset(_LISTS["receiving_verbs"])
# Participles of getting, seeing, holding or reporting a thing ("the report obtained by
# X"): their "by" names who has it, not who made it.
HOLDING_PARTICIPLES = frozenset(_LISTS["holding_participles"])
# Verbs of parties settling among themselves what they will do ("the two clubs agreed to
# raise fees for X").
AGREEING_VERBS = frozenset(_LISTS["agreeing_verbs"])
# Verbs of doubting whose content clause names whom the doubt is about ("questioned
# whether X ...", "disputed that X ...").
QUESTIONING_VERBS = frozenset(_LISTS["questioning_verbs"])
# Verbs of rejecting a claim, nouns of a claim, the words that point one back to the
# claim told just before ("rejected that posture"), and the verbs that tell one.
# CLAIM_NOUNS is the one list of nouns of a thing said (events.coding and
# events.modality read it from here); a stand or a thing asked is rejected like one.
REJECTING_VERBS = frozenset(_LISTS["rejecting_verbs"])
CLAIM_NOUNS = frozenset(_LISTS["claim_nouns"])
CLAIMED_ACT_NOUNS = frozenset(_LISTS["claimed_act_nouns"])  # a subset (tests say so)
REJECTED_NOUNS = CLAIM_NOUNS | frozenset(_LISTS["stance_nouns"])
POINTING_BACK = frozenset(_LISTS["pointing_back"])
CLAIM_TELLING_VERBS = frozenset(_LISTS["claim_telling_verbs"])
CLAIM_TIME_MARKS = frozenset(_LISTS["claim_time_marks"])
CLAIM_NOUN_VERBS = {e.split()[0]: frozenset(e.split()[1:]) for e in _LISTS["claim_noun_verbs"]}
# Platforms one speaks on ("railed at X on Twitter"): a channel, no target.
SPEAKING_CHANNELS = frozenset(_LISTS["speaking_channels"])
COURT_MOTION_VERBS = frozenset(_LISTS["court_motion_verbs"])
NAME_ENT_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
BODY_ENT_TYPES = NAME_ENT_TYPES - {"PERSON"}  # names of a body, not of a person
# Verbs whose direct object is the thing handed over, not the one acted on.
TRANSFER_LEMMAS = frozenset(_LISTS["transfer_lemmas"])
# Objects that make an idiom with "join" and name nobody acted on ("joined forces with
# X", "joined hands with X": X is, under "with").
JOIN_IDIOM_OBJECTS = word_classes()["join_idiom_objects"]
# Reflexives ("by itself") are left out: they name no new actor.
PRON_PERSON = frozenset(_LISTS["pron_person"])
# A bare "it" is a thing (a bill, a vote) far more often than a state: only the
# possessive "its" is resolved here, and "it" only when actors linked it.
PRON_SINGULAR = frozenset({"its"})
PRON_PLURAL = frozenset(_LISTS["pron_plural"])
PRON_RELATIVE = frozenset(_LISTS["pron_relative"])
# Things that never act (documents, plans, weapons...: data/word_classes.toml).
NON_AGENT = word_classes()["non_agent"]
BY_MANNER = word_classes()["by_manner"]
SPEECH_ACTS = word_classes()["speech_acts"]
REPORTING = word_classes()["reporting"]


@dataclass(frozen=True)
class Arguments:
    actor: tuple  # head tokens
    recipient: tuple
    passive: bool = False
    borrowed: bool = False  # a noun's actor taken from the verb it is the object of
    # Whom the sentence names as the target only through the owner of a thing acted on
    # (a count of its members, a "by" participle) or an infinitive's preposition, when
    # no other reading names a recipient: events.extract takes it after its own readings
    # of the verb, and keeps it out of the article's term of the score.
    further: tuple = ()


def _children(tok, deps: frozenset) -> list:
    out = []
    for c in tok.children:
        if c.dep_ in deps:
            if c.pos_ == "ADP":  # a dative given as its preposition: "provide aid to X"
                out.extend(g for g in c.children if g.dep_ == "pobj")
            else:
                out.append(c)
    return out


def _pobjs(tok, preps: frozenset) -> list:
    out = []
    for prep in tok.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in preps and not (
                prep.i > 0 and prep.doc[prep.i - 1].lower_ == "according"):  # a source
            out.extend(c for c in prep.children if c.dep_ in ("pobj", "pcomp"))
    return out


def _channel(obj, verb) -> bool:
    """A platform a verb's act was told on ("railed at X on Twitter", "attacked him via
    Facebook"): a channel, not whom it was aimed at; a crackdown "on Twitter" is aimed
    at it ("cracked down on" takes its target under "on")."""
    prep = obj.head
    # A platform of two words ("Truth Social") is its head with the compound before it.
    name = " ".join([c.lower_ for c in obj.lefts if c.dep_ == "compound"] + [obj.lower_])
    if prep.dep_ != "prep" or prep.lower_ not in ("on", "via") or \
            (obj.lower_ not in SPEAKING_CHANNELS and name not in SPEAKING_CHANNELS):
        return False
    return not any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)


def _court_as_venue(obj, verb) -> bool:
    """ "went to court", "took them to court": a bare "court" a verb of motion reaches
    under "to" is where a suit is brought, not whom it is brought against (that is the
    object, "them"); a court named or determined ("appealed to the Supreme Court", "told
    the court") is a body addressed."""
    return obj.lemma_.lower() == "court" and obj.head.lower_ == "to" and \
        verb.lemma_.lower() in COURT_MOTION_VERBS and not any(
        c.dep_ in ("det", "poss", "compound", "amod") for c in obj.children) and \
        obj.ent_type_ == ""


def premodifier_party(tok):
    """(first person, where tok's own phrase starts) when the parser hung a person
    coordinated with tok inside tok's own phrase ("X and Swedish Foreign Minister
    Y": X as a modifier of Y with the "and" under it), else None. Only for two
    people named apart: "Trinidad and Tobago Prime Minister X" stays one phrase."""
    if tok.ent_type_ != "PERSON" or tok.pos_ != "PROPN":
        return None
    for child in tok.doc[tok.left_edge.i:tok.i]:
        if child.dep_ not in ("nmod", "compound") or child.ent_type_ != "PERSON" or \
                child.pos_ != "PROPN":
            continue
        up = child.head
        while up.i != tok.i and up.dep_ in ("nmod", "compound", "amod") and up.i < tok.i:
            up = up.head
        if up.i != tok.i:
            continue
        cc = [c for c in child.rights if c.dep_ == "cc" and c.lower_ == "and" and c.i < tok.i]
        if not cc:
            continue
        start = cc[0].i + 1
        # two names, not one: an entity boundary lies between them
        if any(t.ent_iob_ == "B" and t.ent_type_ == "PERSON" for t in tok.doc[start:tok.i + 1]):
            return child, start
    return None


def conjuncts(tok) -> list:
    """tok and the nouns coordinated with it ("North Korea and Russia"). A noun
    conjunct that runs straight into a name coordinated with it, with no comma or
    conjunction between, is that name's title the parser split off ("X and Danish
    Trade Minister Jens Holm" is two people, not three): it is left out, the name
    stands for both ("X and Y both" keeps Y)."""
    out = [tok]
    stack = [tok]
    inner = premodifier_party(tok)
    if inner is not None:
        # "X and Swedish Foreign Minister Y" parsed as one phrase headed by Y
        out.insert(0, inner[0])
    while stack:
        cur = stack.pop()
        for child in cur.children:
            if child.dep_ == "conj" and child.pos_ not in VERB_POS:
                out.append(child)
                stack.append(child)
    if len(out) > 1:
        names = {c.left_edge.i for c in out if c.pos_ == "PROPN"}
        out = [c for c in out if not (c.i + 1 in names and c.pos_ in ("NOUN", "PROPN")
                                      and c.ent_type_ != "PERSON")] or out
    if len(out) > 1 and not any(c.ent_type_ == "PERSON" or any(
            d.dep_ in ("det", "poss") for d in c.children) for c in out):
        # "President and CEO Ann Berg": bare titles coordinated before one name,
        # which the parser hung on the first as its appositive; the name is the one
        # person ("the attorney general and his lawyer Ann Berg" are two)
        last = max(c.i for c in out)
        name = [a for c in out for a in c.children if a.dep_ == "appos"
                and a.ent_type_ == "PERSON" and a.left_edge.i == last + 1]
        if len(name) == 1:
            return name
    return out


def _under_come(noun) -> bool:
    """Is `noun` what a subject "came under" ("came under criticism", "has come under
    increasing scrutiny")? Only "under" as the verb's first complement, nothing but
    adverbs between them: "came home under an agreement" tells how they came, not what
    they underwent. And no noun of attack: "came under attack over the cuts" is mostly
    a verbal one, which the type step would code as an assault on the subject
    (fixT44, review B items 3 and 4)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under" or prep.dep_ != "prep":
        return False
    come = prep.head
    if come.pos_ not in VERB_POS or lemma_of(come) not in UNDER_LEMMAS or prep.i <= come.i:
        return False
    if lemma_of(noun) in ATTACK_NOUNS:
        return False
    between = come.doc[come.i + 1:prep.i]
    return all(t.pos_ == "ADV" and t.dep_ == "advmod" and t.lower_ not in COME_PLACES
               for t in between)


def _subject(verb, depth: int = 0) -> tuple[list, bool]:
    """(subject heads, passive) of a verb, borrowing one when the verb has none."""
    subj = _children(verb, SUBJ_DEPS)
    if not subj:
        # "unions are dead set against it": a subject the parser hung on the auxiliary
        subj = [s for a in verb.children if a.dep_ in ("aux", "auxpass") and a.i < verb.i
                for s in _children(a, SUBJ_DEPS)]
    if subj:
        return subj, _reduced_passive(verb)
    psubj = _children(verb, PASS_SUBJ_DEPS)
    if psubj:
        return psubj, True
    if verb.tag_ == "VBG":
        # "in the wake of Smith firing the chief": a name right before a gerund, which
        # the parser hung on it as a modifier, is who does it
        named = [c for c in verb.children if c.dep_ in ("npadvmod", "compound", "nmod")
                 and c.pos_ == "PROPN" and c.ent_type_ in NAME_ENT_TYPES
                 and c.right_edge.i == verb.i - 1]
        if named:
            return named, False
    fronted = _subject_in_fronted_phrase(verb)
    if fronted is not None:
        return [fronted], _is_passive(verb)
    if depth > 4 or verb.head.i == verb.i:
        return [], _is_passive(verb)
    head = verb.head
    if verb.dep_ in ("acomp", "attr", "oprd") or (verb.dep_ == "xcomp" and head.pos_ == "ADJ"
                                                  and head.dep_ in ("acomp", "attr")):
        # "Germany is willing to provide": the subject of the copula.
        cop = head if verb.dep_ in ("acomp", "attr", "oprd") else head.head
        return _subject(cop, depth + 1)[0], False
    if verb.dep_ == "xcomp":
        # object control: "commits both nations to provide"; a count or a thing is
        # no controller ("voted 354 to 60 to condemn")
        objs = [o for o in _children(head, OBJ_DEPS)
                if o.pos_ != "NUM" and o.ent_type_ not in ("CARDINAL", "QUANTITY", "PERCENT",
                                                             "MONEY")]
        if objs:
            return objs, False
        subj, passive = _subject(head, depth + 1)
        # "were found shot dead", "was left wounded": a bare participle completing a
        # passive verb tells what was done to its subject (by nobody named, unless "by
        # X"); so does a passive infinitive ("is expected to be expelled"). "Are
        # estimated to have protested" is active.
        bare = verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children)
        return subj, (passive and bare) or _is_passive(verb)
    if verb.dep_ == "conj" and verb.tag_ in FINITE_ACTIVE and _infinitive(head):
        # "X urged the office to reconsider its decision not to release records and
        # called on Y": a finite verb the parser joined to an infinitive is a second
        # act of the finite verb above it in the same tense.
        gov = head.head
        for _ in range(6):
            if gov.pos_ in VERB_POS and gov.tag_ == verb.tag_ and gov.i < verb.i:
                return _subject(gov, depth + 1)
            if gov.head.i == gov.i:
                break
            gov = gov.head
    if verb.dep_ == "conj" and _speech_over_content(verb):
        # "X said the US was undermining ... and warned it": the parser hung the
        # second act on the content clause; it is the speaker's.
        return _subject(head.head, depth + 1)[0], False
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and lemma_of(verb) in HARMS_DONE:
        # "accused X of shelling a school, wounding dozens": the parser hung what the
        # attack did on the verb of saying; it is the attack's, done by its doer.
        attack = _gerund_before(head, verb)
        if attack is not None:
            return _subject(attack, depth + 1)
    if verb.dep_ == "advcl" and _speech_after_content(verb):
        # 'he said the army is "failing," complaining of delays': a participle of
        # saying set off after the content clause is the speaker's, not the clause's
        return _subject(head.head, depth + 1)[0], False
    if verb.dep_ in ("conj", "advcl") and head.pos_ in VERB_POS:
        subj, passive = _subject(head, depth + 1)
        if verb.dep_ == "conj":
            if passive and _active_form(verb):
                # "He was asked about it and criticized the plan", "unions are set
                # against the bill and urged ...": the shared subject did the second act.
                return subj, False
            return subj, passive or _is_passive(verb)
        return subj, False
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in VERB_POS:
        # "accused X of sending", "blamed X for attacking": the object did it;
        # "after approving ...", "by sending ...": the subject did; so did it in
        # "earned praise for condemning" (a thing as object does nothing).
        gov = head.head
        objs = _children(gov, OBJ_DEPS) if head.lower_ in ("of", "for", "from") else []
        # ("accused the Smith campaign of launching": the campaign's candidate did)
        objs = [m for o in objs for m in ([o] if not is_thing(o) else person_maker(o))]
        # "after being asked by X to ...": a passive gerund is done to the subject
        return (objs or _subject(gov, depth + 1)[0]), _is_passive(verb)
    sender = _message_sender(verb)
    if sender is not None:
        # "wrote a note to X and Y asking that ...": the note asks, so its sender
        # ("was quoted in a statement urging": the one quoted spoke, not was spoken to)
        subj, passive = _subject(sender, depth + 1)
        return subj, passive and lemma_of(sender) not in QUOTED_VERBS
    if verb.dep_ in ("acl", "relcl") and head.pos_ not in VERB_POS:
        if _main_verb_under_subject(verb):
            return [head], False
        # "the pact signed by X": the noun is what the participle acts on.
        return [head], verb.tag_ == "VBN"
    return [], _is_passive(verb)


# What a main verb takes after it that a bare participle modifier set after a comma
# rarely does: an object, a clause, an infinitive, a phrase, a second verb.
_COMPLEMENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "prep", "conj", "dative"})


def _main_verb_under_subject(verb) -> bool:
    """ "The government in X, ever fearful of Y, reneged on its promises": when a phrase
    set off by commas follows the subject, the parser can take the subject for the
    sentence's head and hang the main verb on it as a participle ("acl", often tagged
    VBN), which reads as done to the subject. It is the subject's own act when the
    noun heads the sentence, the verb follows the closing comma of a phrase the noun
    governs (an appositive, a relative clause, an adjective phrase), has no "by" agent
    or passive auxiliary, and takes a complement of its own."""
    head = verb.head
    if verb.dep_ != "acl" or head.dep_ != "ROOT" or verb.i < head.i or \
            verb.tag_ not in ("VBN", "VBD") or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return False
    if any(c.dep_ in ("agent", "auxpass", "aux") for c in verb.children) or \
            not any(c.dep_ in _COMPLEMENT_DEPS for c in verb.children):
        return False
    return any(c.dep_ in ("appos", "relcl", "amod") and head.i < c.i < verb.i
               and _after_comma(c) and c.right_edge.i >= verb.i - 2
               for c in head.children)


# Verbs that always take an object: with none, their subject is the one acted on
# ("Four soldiers killed in ambush", "Former minister charged with fraud": a
# headline's passive without "was", which the parser reads as active).
# (not "fire", "shoot", "bomb": "police fired on them" has no object either)
DONE_TO_LEMMAS = word_classes()["done_to"]
# ... and verbs of accusing, whose "with"/"of" names the charge ("charged with").
CHARGE_LEMMAS = word_classes()["charge_verbs"]


def _subject_in_fronted_phrase(verb):
    """ "At a briefing on Monday, Smith, whose party ..., also voiced concerns": with
    commas on both sides, the parser can hang the subject of a main verb on the object
    of a phrase set before it, as that object's appositive, and leave the verb with no
    subject. The appositive is the subject when it runs (with its own clauses) up to
    the verb, nothing but commas, adverbs or a participle set off by commas ("...,
    speaking to reporters, rejected") coming between. Only a finite verb that heads
    its sentence (a verb inside a clause has a subject of its own to find), and no
    appositive that heads a list (the parser's list after "that killed X, his son and
    Y, their relatives filed" mixes the object's names with the subject)."""
    if verb.dep_ != "ROOT" or verb.tag_ not in FINITE_ACTIVE:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > verb.i:
            continue
        for tok in prep.subtree:
            if tok.dep_ != "appos" or tok.pos_ not in NOUN_POS or not _after_comma(tok) \
                    or any(c.dep_ == "conj" for c in tok.children):
                continue  # a list after the object names more of it ("killed X, his son and Y")
            between = range(tok.right_edge.i + 1, verb.i)
            if all(_set_off(tok.doc[k], verb) for k in between):
                return tok
    return None


def _after_comma(tok) -> bool:
    """Whether a phrase is set off by a comma before it (the parser may hang that
    comma on the phrase itself)."""
    start = tok.left_edge.i
    return tok.doc[start].text == "," or (start > 0 and tok.doc[start - 1].text == ",")


def _set_off(tok, verb) -> bool:
    """A word between a fronted subject and its verb that leaves the subject its own:
    a comma, an adverb of the verb ("also"), or a word of a participle phrase that
    hangs on the verb ("speaking to reporters")."""
    if tok.pos_ == "PUNCT" and tok.text == ",":
        return True
    if tok.pos_ == "ADV" and tok.head.i == verb.i:
        return True
    node = tok
    while node.head.i != verb.i and node.head.i != node.i:
        node = node.head
    return node.head.i == verb.i and node.dep_ == "advcl" and node.tag_ == "VBG"


def timed_agents(verb) -> list:
    """The "by" agents of a passive the parser hung on the time the clause gives it ("was
    captured later that day by police", "detained on Monday by agents")."""
    return [a for t in _times_of(verb) for a in _pobjs(t, frozenset({"by"}))
            if a.pos_ in NOUN_POS]


def _times_of(verb) -> list:
    """The time nouns a clause gives its verb: "later that day", "on Monday"."""
    direct = [c for c in verb.children if c.dep_ == "npadvmod"]
    timed = direct + _pobjs(verb, frozenset({"on", "in", "at", "during"}))
    return [t for t in timed if calendar_noun(t) or t.lower_ in WEEKDAYS]


# The one-word units of the calendar and parts of the day the time tagger reads
# ("week", "decade", "morning"): timexes.lexicon's UNITS and PARTS_OF_DAY.
CALENDAR_UNITS = frozenset(u for u in (*UNITS, *PARTS_OF_DAY) if " " not in u)


def named_day_or_month(tok) -> bool:
    """A weekday, or a month the parser read as a date: "a march" through a town is no
    month."""
    return tok.lower_ in WEEKDAYS or (tok.lower_ in MONTHS and tok.ent_type_ == "DATE")


def calendar_noun(tok, units: frozenset[str] = CALENDAR_UNITS) -> bool:
    """Is the token a time: a DATE or TIME entity, or a unit of the calendar by its
    lemma ("weeks", "the morning")? `units` the units read (undated's stretches of time
    read their own). One test for `_times_of` and undated's `_time_unit` (house44, stop
    43's reread item 3)."""
    return tok.ent_type_ in ("DATE", "TIME") or lemma_of(tok) in units


def _reduced_passive(verb) -> bool:
    """A main verb with a subject that is a passive without its "was": a verb that
    always takes an object standing without one ("Four Palestinians wounded as
    troops open fire", "Two rebels killed in ambush"; "charged with fraud")."""
    if verb.dep_ not in ("ROOT", "ccomp") or verb.tag_ not in ("VBN", "VBD"):
        return False
    kids = list(verb.children)
    if any(c.dep_ in ("aux", "auxpass", "prt") or c.dep_ in OBJ_DEPS | CLAUSE_DEPS
           or c.dep_ in ("parataxis", "attr", "acomp", "oprd") for c in kids):
        return False
    if any(c.dep_ == "conj" and c.pos_ in VERB_POS and any(
            g.dep_ in OBJ_DEPS for g in c.children) for c in kids):
        return False  # "killed and wounded dozens": the object is shared
    subj = [c for c in kids if c.dep_ in SUBJ_DEPS]
    if not subj or any(s.i > verb.i or s.pos_ == "PRON" for s in subj):
        return False  # '"...," charged Dole'; "he killed" (a pronoun is a sentence's)
    # (a bare past participle alone is no evidence: the parser tags many a past tense
    # so, "5,000 people protested", "senators called for")
    lemma = lemma_of(verb)
    if lemma in CHARGE_LEMMAS:
        return any(c.dep_ == "prep" and c.lower_ in ("with", "of") for c in kids)
    return lemma in DONE_TO_LEMMAS


def _gerund_before(head, verb):
    """A gerund of attack under "of", "for" or "by" of `head` or of its object,
    before `verb` ("accusing X of shelling ..., wounding"), or None."""
    for owner in [head] + _children(head, OBJ_DEPS):
        for prep in owner.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "for", "by") and prep.i < verb.i:
                for g in prep.children:
                    if g.dep_ == "pcomp" and g.tag_ == "VBG" and \
                            lemma_of(g) in HARMS_DONE | ATTACK_VERBS:
                        return g
    return None


FINITE_ACTIVE = frozenset({"VBD", "VBZ", "VBP"})
# A verb's own helpers ("has denied", "did not reject").
AUX_DEPS = frozenset({"aux", "auxpass", "neg"})
CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})


def _infinitive(verb) -> bool:
    """A "to" infinitive ("to release")."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _active_form(verb) -> bool:
    """A finite verb with an object or a clause of its own and no passive
    auxiliary: active even when coordinated with a passive one."""
    return verb.tag_ in FINITE_ACTIVE and not _is_passive(verb) and any(
        c.dep_ in OBJ_DEPS | CLAUSE_DEPS for c in verb.children)


def _speech_over_content(verb) -> bool:
    """ "Ryabkov said the US was undermining stability and warned it ...": a past
    verb of speaking coordinated with the verb of a content clause in another
    tense belongs to the verb that reports the clause (same tense), not to the
    clause's subject. Only with the speaker's verb first: in "X will meet Y and
    criticized Z, the office said" the whole clause before the attribution is what
    was said, so both acts are X's."""
    head = verb.head
    gov = head.head
    if head.dep_ != "ccomp" or gov.i == head.i or gov.pos_ not in VERB_POS or gov.i > head.i:
        return False
    if verb.tag_ != "VBD" or gov.tag_ != "VBD" or head.tag_ == "VBD":
        return False
    if lemma_of(verb) not in SPEECH_ACTS or lemma_of(gov) not in SPEECH_ACTS | REPORTING:
        return False
    return any(c.dep_ in SUBJ_DEPS for c in gov.children) and any(
        c.dep_ in SUBJ_DEPS | PASS_SUBJ_DEPS for c in head.children)


# Verbs by which a speaker says something in their own voice (not an outlet that
# "noted" or "reported" what someone did: "Reuters noted that X ..., accusing Y" is X's).
SPEAKER_VERBS = frozenset(_LISTS["speaker_verbs"])
# Acts with others, not a manner of saying ("said volunteers were visiting homes,
# talking to residents": the volunteers talk).
CONVERSING = frozenset(_LISTS["conversing"])


def _speech_after_content(verb) -> bool:
    """A participle of saying ("complaining", "adding", "warning") set off by a comma
    after a content clause, which the parser hung on the clause's verb: it tells how
    the speaker said it."""
    head = verb.head
    gov = head.head
    if verb.tag_ != "VBG" or lemma_of(verb) not in SPEECH_ACTS - CONVERSING or \
            head.dep_ != "ccomp" or gov.i == head.i or gov.pos_ not in VERB_POS or \
            lemma_of(gov) not in SPEAKER_VERBS or \
            not gov.i < head.i < verb.i or _children(verb, SUBJ_DEPS):
        # (the speaker's verb first: in '"... members of Congress, questioning X," she
        # said' the participle is inside the quote and the members')
        return False
    before = [t for t in verb.doc[head.i:verb.i] if t.text not in ('"', "“", "”", "'", "’")]
    return bool(before) and before[-1].text == "," and \
        any(c.dep_ in SUBJ_DEPS for c in gov.children)


def _by_manner(noun) -> bool:
    """A bare noun after "by" that tells how, not who: "by mistake", "by phone", "by
    force", "by a majority" (data/word_classes.toml by_manner). "by the phone company"
    names someone: a determiner, possessor or modifier of its own makes it a doer."""
    return lemma_of(noun) in BY_MANNER and not any(
        c.dep_ in ("det", "poss", "compound", "amod") and c.lower_ not in ("a", "an")
        for c in noun.children)


def is_thing(tok) -> bool:
    """A common noun that names a thing, not someone: a document, plan, weapon
    (data/word_classes.toml non_agent) or an event ("the talks", "the attack")."""
    if tok.pos_ != "NOUN":
        return False
    lemma = lemma_of(tok)
    if lemma in NON_AGENT or tok.lower_ in NON_AGENT:
        return True
    entry = lookup(tok)
    return entry is not None and entry.pos == "N" and not entry.cue


def agent_of(tok, actorish: Callable) -> list:
    """Who acts behind a subject or agent head. Someone who can act stands for
    themselves; a thing stands for whoever sent, made or owns it ("Obama's
    decision to cancel", "a letter from X", "NATO exercises", "its annual
    exercises"); a thing with nobody named has no actor ("the agreement
    angered Moscow")."""
    if tok.pos_ != "NOUN" or actorish(tok) or not is_thing(tok):
        return [tok]  # someone, or a noun we cannot tell ("investigators")
    for c in tok.children:
        if c.dep_ == "poss" and actorish(c):
            return [c]
    senders = [a for a in _pobjs(tok, NOUN_ACTOR_PREPS) if actorish(a)]
    if senders:
        return senders
    makers = [c for c in tok.children
              if ((c.dep_ == "amod" and c.ent_type_ == "NORP") or
                  (c.dep_ in ("compound", "nmod") and c.ent_type_ in ("NORP", "GPE", "ORG")))
              and actorish(c)]
    if makers:
        return makers
    if tok.dep_ in OBJ_DEPS and tok.head.pos_ in VERB_POS and tok.head.i != tok.i:
        # "Maliki announced a plan to sue ...": who announced the plan acts by it.
        subj, passive = _subject(tok.head)
        if not passive:
            return [s for s in subj if s.pos_ in NOUN_POS and actorish(partitive(s))]
    # (after the verb's own doer: "fired Scud missiles, which ..." are the firer's)
    return person_maker(tok, actorish)


def person_maker(thing, actorish: Callable | None = None) -> list:
    """A person's name before a thing that acts is who made or sent it: "a Smith
    campaign ad accuses X", "the Mueller report found", "the Obama campaign" (also
    one compound further in: "a new Smith TV ad"). Not before a group's name ("the
    Haqqani network") or an occasion ("the Putin news conference": someone met
    there). Only for things that act or do: before a thing acted on the name is as
    often what it is about ("deny Trump the nomination")."""
    lemma = lemma_of(thing)
    if thing.pos_ != "NOUN" or lemma not in NON_AGENT or \
            lemma in NAMED_GROUPS | MEETING_NOUNS | JOINT_OCCASIONS:
        return []
    ok = actorish or (lambda t: True)
    return [c for c in thing.children if c.dep_ in ("compound", "nmod") and c.i < thing.i
            and c.ent_type_ == "PERSON" and ok(c)] or \
        [g for c in thing.children if c.dep_ == "compound" and c.i < thing.i
         for g in c.children if g.dep_ in ("compound", "nmod")
         and g.ent_type_ in ("PERSON", "ORG") and ok(g)]


# Things whose name before them is the name of a group, not of its maker; occasions
# a person named before them took part in.
NAMED_GROUPS = word_classes()["named_groups"]
JOINT_OCCASIONS = word_classes()["joint_occasions"]


def _is_passive(verb) -> bool:
    return any(c.dep_ in ("auxpass", "agent") for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl")
        and not any(c.dep_ == "aux" for c in verb.children))


def _through_partitive(actorish: Callable) -> Callable:
    return lambda tok: actorish(partitive(tok))


def _to_blame(verb) -> bool:
    """ "X was to blame", "X is not to blame": the subject is the one blamed."""
    head = verb.head
    return lemma_of(verb) == "blame" and verb.dep_ == "xcomp" and head.i != verb.i and \
        head.lemma_.lower() == "be" and any(c.dep_ == "aux" and c.lower_ == "to"
                                            for c in verb.children)


def _blame_arguments(verb, actorish: Callable) -> Arguments:
    """ "He said rebel forces were to blame": who is blamed is the subject of "be";
    who blames is whoever says or writes so (the subject of the verb the clause is
    the content of, or the sender of a thing that asserts it: "a commentary
    asserting that X was to blame"); nobody when the clause stands alone."""
    cop = verb.head
    recipient = [s for s in _expand(_children(cop, SUBJ_DEPS)) if actorish(s)]
    actor: list = []
    gov = cop.head
    if cop.dep_ in ("ccomp", "parataxis") and gov.i != cop.i and gov.pos_ in VERB_POS:
        if gov.dep_ == "acl" and gov.head.pos_ in NOUN_POS:
            # "a commentary asserting that ...": the commentary's sender
            actor = agent_of(gov.head, actorish)
        else:
            subj, passive = _subject(gov)
            if not passive:
                actor = [a for s in subj for a in agent_of(partitive(s), actorish)]
    rec = {r.i for r in recipient}
    actor = [a for a in _expand(actor) if a.i not in rec]
    return Arguments(tuple(actor), tuple(recipient), False)


def verb_arguments(verb, actorish: Callable) -> Arguments:
    actorish = _through_partitive(actorish)
    if _to_blame(verb):
        return _blame_arguments(verb, actorish)
    subj, passive = _subject(verb)
    subj = [relative_antecedent(s, verb) if s.lower_ in PRON_RELATIVE and verb.dep_ == "relcl"
            else s for s in subj]
    # "an attack that killed X and wounded Y": the second verb shares the relative
    # pronoun of the first, and so stands for the same noun
    subj = [relative_antecedent(s, s.head) if s.lower_ in PRON_RELATIVE and verb.dep_ == "conj"
            and s.head.dep_ == "relcl" and s.head.i < verb.i else s for s in subj]
    # "supporters, one of whom accused ...": the members of the relative's noun
    subj = [relative_antecedent(partitive(s), verb)
            if partitive(s).lower_ in PRON_RELATIVE and verb.dep_ == "relcl" else s
            for s in subj]
    # A subject the parser gave to a preposition or a verb is no actor ("Moon Jae-in").
    # An adjective or determiner stands for someone only when it names them ("the
    # Chinese"), not in a fronted phrase the parser took for one ("Fresh off wins, X ...").
    subj = [_imperative_name(s, actorish) for s in subj]
    subj = [s for s in subj if s.pos_ in NOUN_POS or (s.pos_ in ("DET", "ADJ") and actorish(s))]
    agents = _pobjs(verb, frozenset({"by"})) if passive else []
    # "shot down by mistake by a missile", "summoned by phone": how, not who
    agents = [a for a in agents if a.pos_ in NOUN_POS and not _by_manner(a)]
    if passive and not agents:
        # "was captured later that day by police", "was detained on Monday by agents":
        # the parser hangs the agent on the time the clause gives (actor35)
        agents = [a for a in timed_agents(verb) if not _by_manner(a)]
    if passive and not agents:
        # "were killed in an attack by gunmen": the attackers of the attack it was in
        agents = [a for n in _pobjs(verb, frozenset({"in", "during"}))
                  if lemma_of(n) in ATTACK_NOUNS
                  for a in _pobjs(n, frozenset({"by"})) if a.pos_ in NOUN_POS]
    if passive and not agents and lemma_of(verb) in HARMS_DONE:
        # "an officer wounded in a gunfight with the bombers": the other side did it
        agents = [a for n in _pobjs(verb, frozenset({"in", "during", "amid"}))
                  if lemma_of(n) in FIGHT_NOUNS
                  for a in _pobjs(n, frozenset({"with"})) if a.pos_ in NOUN_POS]
    if passive and not agents and lemma_of(verb) in HARMS_DONE:
        # "was killed in a Dutch counter-smuggling operation", "died in a French airstrike":
        # the state or group the operation is of
        agents = [m for n in _pobjs(verb, frozenset({"in", "during"}))
                  if lemma_of(n) in ATTACK_NOUNS for m in _operators(n, actorish)]
    if passive:
        actor = agents
        recipient = [s for s in subj if actorish(s)]
        if not recipient:
            # "Trump's decision was criticized by X": whose thing was acted on
            recipient = [c for s in subj if is_thing(s) for c in s.children
                         if c.dep_ == "poss" and actorish(c)]
    else:
        actor = subj
        recipient = []
    actor = [a for head in actor for a in agent_of(partitive(head), actorish)]
    if not recipient and verb.lemma_.lower() in WITHDRAWING_VERBS:
        # "withdrew troops from Syria", "pulled out of the deal": what is left
        recipient = [o for o in _pobjs(verb, frozenset({"from", "of"})) if actorish(o)]
    if not recipient:
        objs = [_object_relative(o, verb) for o in _children(verb, OBJ_DEPS)]
        if verb.lemma_.lower() in TRANSFER_LEMMAS | WITHDRAWING_VERBS:
            # "sent troops to X", "provided aid to X": the object is what moves.
            objs = _datives(verb, objs)
        recipient = [o for o in objs if actorish(o) and not (
            lemma_of(verb) == "join" and lemma_of(o) in JOIN_IDIOM_OBJECTS
            and not list(o.children))]
        # "reached an agreement with Russia": the other party, not the pact
        recipient = [p for o in recipient for p in (_parties(o, actorish) or [o])]
    if not recipient and any(actorish(a) for a in actor) and not _children(verb, OBJ_DEPS):
        # (with a doer named: "the treaty lets Freedonia ..." makes no record of its own)
        recipient = _infinitive_subject(verb, actorish)
    if not recipient and not _children(verb, OBJ_DEPS) and \
            verb.lemma_.lower() not in TRANSFER_LEMMAS | WITHDRAWING_VERBS:
        # "has criticized Trump over Putin": a name right after the verb that the
        # parser took for an adverb of it is its object
        recipient = [c for c in verb.children if c.dep_ == "npadvmod" and c.i == verb.i + 1
                     and c.pos_ == "PROPN" and c.ent_type_ in NAME_ENT_TYPES and actorish(c)]
    if not recipient and not passive and not _children(verb, OBJ_DEPS):
        # "phoned ... / called Japanese Prime Minister X on Sunday": a name the parser
        # took for the complement of an active verb with no object ("called him X"
        # has one) is its object
        recipient = [c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "PROPN"
                     and c.ent_type_ in NAME_ENT_TYPES and actorish(c)]
    if not recipient:
        recipient = _prepositional_targets(verb, actorish)
    if not recipient and lemma_of(verb) in REQUEST_WORDS:
        # ("called on X": the one under "on" first; "wrote to X asking that ...": the
        # letter's addressee)
        recipient = _letter_addressee(verb, actorish) or \
            _message_addressees(verb, actorish) or _shared_object(verb, actorish) or \
            asked_party(verb, actorish) or convened_body(verb, actorish)
    if not recipient:
        recipient = for_subject(verb, actorish)
    if not recipient:
        recipient = _feeling_target(verb, actorish)
    if not recipient:
        recipient = _possessor_of_objects(verb, actorish)
    if not recipient:
        # A purpose clause names who is acted on: "sent troops to assist Russia".
        for child in verb.children:
            if child.dep_ in ("advcl", "xcomp") and child.pos_ in VERB_POS and \
                    not _children(child, SUBJ_DEPS):
                # ... or the owner of what it acts on: "threatened to destroy Turkey's
                # economy", "threatened to bomb Chinese bases".
                recipient = _acted_on_objects(child, actorish) or \
                    _possessor_of_objects(child, actorish)
                if recipient:
                    break
    if recipient and all(r.lower_ in PRON_PERSON | PRON_PLURAL for r in recipient):
        # "sent a letter to X urging him to ...": the one a message is addressed to is
        # who its participle asks
        recipient = _letter_addressee(verb, actorish) or recipient
    if not recipient or all(r.lower_ in OBJECT_PRONOUNS for r in recipient):
        recipient = _participle_object(verb, actorish) or recipient
    if not recipient:
        recipient = _message_addressees(verb, actorish)
    if not recipient and verb.lemma_.lower() in CONTENT_TARGET_LEMMAS:
        recipient = content_subject(verb, actorish)
    if not recipient and lemma_of(verb) in INQUIRY_WORDS:
        recipient = inquiry_target(verb, actorish)
    if not recipient and lemma_of(verb) in ARRIVAL_VERBS:
        # "arrived in Beijing for talks": the place that hosts the trip
        recipient = [o for o in _pobjs(verb, frozenset({"in", "at"}))
                     if o.ent_type_ == "GPE" and actorish(o)]
    if not recipient:
        recipient = _shared_object(verb, actorish)
    if not recipient:
        recipient = _addressee(verb, actorish)
    if not recipient and lemma_of(verb) in ATTACK_VERBS | FIRING_VERBS and \
            _a_doer(actor, actorish):
        recipient = _struck_side(verb, actorish)
    if not recipient and actor:
        # Last, the owner of a thing acted on, here or in a purpose clause ("threatened
        # to bomb Chinese bases"); it completes an act whose doer is named and makes no
        # record of its own.
        # ("imposed duties on Chinese steel": a measure the verb itself lays on goods)
        recipient = _object_owners(verb, actorish) or _measure_targets(verb, actorish)
        for child in verb.children:
            if recipient:
                break
            if child.dep_ in ("advcl", "xcomp") and child.pos_ in VERB_POS and \
                    not _children(child, SUBJ_DEPS):
                recipient = _object_owners(child, actorish) or \
                    _measure_targets(child, actorish)
    recipient = [r for r in _expand(recipient) if actorish(r)]
    # A thing coordinated with the doer acts through its owner, or not at all ("Iraqi
    # armour and artillery shelled the town": the armour's owner; "Democrats and Mr.
    # Obama's campaign": Obama)
    heads = {a.i for a in actor}
    actor = [o for a in _expand(actor)
             for o in ([a] if a.i in heads or actorish(a) or not is_thing(a)
                       else agent_of(a, actorish))]
    if not passive and actor:
        senders = _senders(verb, actorish)
        if senders:
            # "he received a letter from X": X wrote to him
            actor, recipient = senders, actor
    further = () if recipient else \
        tuple(r for r in _expand(_further_targets(verb, actorish)) if actorish(r))
    return Arguments(tuple(_unique(actor)), tuple(recipient), passive, further=further)


def _further_targets(verb, actorish: Callable) -> list:
    """The target a sentence names beyond the readings of `verb_arguments`: the owner of
    a thing acted on through a count of its members or a "by" participle
    (`_possessor_of_objects` wider), here or in a purpose clause, or whom that clause's
    "to" infinitive is done to or before ("threatened to cut funding to cities",
    "refused to testify before the committee"); and whom a doubt is about, the subject
    of the clause questioned ("questioned whether the agency had the authority")."""
    found = content_subject(verb, actorish, QUESTIONING_VERBS) or \
        _possessor_of_objects(verb, actorish, wider=True) or _claim_maker(verb, actorish) or \
        _claim_told_before(verb, actorish)
    for child in verb.children:
        if found:
            break
        if child.dep_ in ("advcl", "xcomp") and child.pos_ in VERB_POS and \
                not _children(child, SUBJ_DEPS):
            found = _possessor_of_objects(child, actorish, wider=True)
            # Only a complement completes the act ("threatened to cut funding to
            # cities"); a purpose clause's target is not the main act's ("resigned on
            # Monday to campaign against the governor").
            if not found and child.dep_ == "xcomp" and _infinitive(child) and \
                    not _agreed_among(verb):
                found = _prepositional_targets(child, actorish)
    return found


def _rejected_claims(verb, keep: Callable = lambda claim: True) -> tuple[list, list]:
    """The claims a verb of rejecting acts on (its objects that are nouns of a claim or
    a stand, and pass `keep`), with the heads of its subject, the rejecters; two empty
    lists for any other verb."""
    if verb.pos_ not in VERB_POS or lemma_of(verb) not in REJECTING_VERBS:
        return [], []
    claims = [o for o in _children(verb, OBJ_DEPS) if lemma_of(o) in REJECTED_NOUNS and keep(o)]
    return claims, (_expand(_subject(verb)[0]) if claims else [])


def _party_words(tok) -> set:
    """The words that qualify the party `tok` heads: its owner, compounds and modifiers
    (with theirs), and what a "for" or "of" after it names ("the union's spokesman", "a
    spokesman for the union", "Mountain View police"), without the determiners."""
    words = set()
    for c in tok.lefts:
        if c.dep_ in ("compound", "amod", "nmod", "poss"):
            words |= {c.lower_} | _party_words(c)
    for prep in tok.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    words |= {pobj.lower_} | _party_words(pobj)
    return words


def _is_rejecter(tok, rejecters: list) -> bool:
    """Does `tok` name the same party as one of the rejecters ("the senator" again,
    "police" for "Mountain View police"): the same head word, and the words that
    qualify one all among the other's. Not the head word alone: "a company spokesman"
    rejecting the claims of "a union spokesman" rejects another's."""
    mine = _party_words(tok)
    return any(r.lower_ == tok.lower_ and (mine <= _party_words(r) or _party_words(r) <= mine)
               for r in rejecters)


def _claim_maker(verb, actorish: Callable) -> list:
    """Who made the claim a verb of rejecting acts on, named beside the claim by "by" or
    "from" ("rejected the proposal by Senator X", "denied the claims from the union"),
    also where the parse hangs a "by" right after the claim on the active verb. A "by"
    that tells how ("by a wide margin", "by a majority of its members": the vote's)
    names no party. The rejecter is not whom the rejection is aimed at."""
    claims, rejecters = _rejected_claims(verb)
    if not claims:
        return []
    makers = [a for c in claims for a in _pobjs(c, NOUN_ACTOR_PREPS)]
    if not makers and not _subject(verb)[1]:
        # the "by" right after the claim's phrase is the claim's, however it is hung
        ends = {c.right_edge.i + 1 for c in claims}
        makers = [a for p in verb.children if p.i in ends and p.lower_ == "by"
                  for a in p.children if a.dep_ == "pobj"]
    makers = [a for a in makers if a.pos_ in ("NOUN", "PROPN") and actorish(a)
              and not (a.head.lower_ == "by" and _by_manner(a))]
    if any(_is_rejecter(a, rejecters) for a in makers):
        return []
    return makers


def _claim_told_before(verb, actorish: Callable, back: int = 3) -> list:
    """Who made the claim a verb of rejecting points back to ("Party leaders said the
    vote should wait. The senator rejected that posture", "disputed this claim",
    "dismissed such arguments"): the teller of the nearest telling before it. Only the
    nearest sentence that tells anything outside quotation marks (of the `back` before)
    is read, and only its last telling: a sentence of some other act in between ("the
    House voted to add amendments. The Senate rejected those proposals"), or a teller
    who cannot be named there (a pronoun, the rejecter again), gives none rather than
    an older teller. A clause of its own sentence before the verb (not its own
    auxiliary, "has denied", nor a clause of the rejecter's phrase or one of when that
    tells nothing) is read instead of the sentence before: what it points back to is
    told there. A telling of another's claim ("X said Y had made demands") names
    the one whose claim it tells."""
    claims, rejecters = _rejected_claims(verb, lambda o: (
        any(c.dep_ in ("det", "predet", "amod") and c.lower_ in POINTING_BACK
            for c in o.children)
        and not any(c.dep_ == "poss" for c in o.children)
        and not _pobjs(o, NOUN_ACTOR_PREPS)))
    if not claims:
        return []
    # A clause inside the rejecter's own phrase ("the army, which arrived later,"), a
    # clause of when or why that tells nothing ("when reporters asked, the army
    # denied"), or a clause of when whose telling is not the claim's own verb ("when
    # the ministry said it had opened an inquiry, the army denied those claims": what
    # was said then is the occasion of the denial, when a telling before can stand for
    # the claim) holds nothing the claim could point back to: left aside. A clause of when told by the claim's own verb ("after the
    # rebels claimed they held the town, the army denied those claims") and a clause of
    # although or because that tells ("although the union says the plant will close,
    # the company rejected those claims") are kept.
    own_verbs = {v for c in claims for v in CLAIM_NOUN_VERBS.get(lemma_of(c), ())}
    aside = {t.i for c in verb.children
             if c.dep_ in ("nsubj", "nsubjpass") or (
                 c.dep_ == "advcl" and not any(lemma_of(t) in CLAIM_TELLING_VERBS
                                               for t in c.subtree))
             for t in c.subtree}
    occasions = {t.i for c in verb.children
                 if c.dep_ == "advcl" and c.i not in aside
                 and any(g.dep_ in ("mark", "advmod") and g.lower_ in CLAIM_TIME_MARKS
                         for g in c.children)
                 and not any(lemma_of(t) in own_verbs for t in c.subtree)
                 for t in c.subtree}
    # A telling clause of when is set aside only when an earlier telling can take its
    # place: with none in reach ("When the opposition said the vote was rigged, the
    # commission rejected those claims") what it told is the claim.
    return _teller_before(verb, claims, rejecters, actorish, back, aside | occasions) or \
        (_teller_before(verb, claims, rejecters, actorish, back, aside) if occasions else [])


def _teller_before(verb, claims: list, rejecters: list, actorish: Callable, back: int,
                   aside: set) -> list:
    """The teller `_claim_told_before` reads, with the tokens of `aside` left out of the
    verb's own sentence."""
    before = [t for t in verb.doc[verb.sent.start:verb.i] if t.pos_ in VERB_POS
              and not in_quote(t) and t.i not in aside]
    if any(t.tag_ in FINITE_ACTIVE | {"MD"} and not (t.head.i == verb.i and t.dep_ in AUX_DEPS)
           for t in before):
        # a clause of its own sentence before it is what it points back to ("the council
        # passed a plan, but the mayor rejected that version"; "they argue X, but she
        # disputed such claims"): read that clause, not the sentence before
        return _last_teller(before, claims, rejecters, actorish)
    doc, start = verb.doc, verb.sent.start
    for _ in range(back):
        if start == 0:
            return []
        sent = doc[start - 1].sent
        start = sent.start
        told = [t for t in sent if t.pos_ in VERB_POS and not in_quote(t)]
        if not told:
            continue  # a quote alone: its teller is in a sentence before or after
        return _last_teller(told, claims, rejecters, actorish)
    return []


def _last_teller(told: list, claims: list, rejecters: list, actorish: Callable) -> list:
    """Who told the claims in the last telling of verbs `told` (`_claim_told_before`):
    none when no verb there tells, when it tells another's act done, or when its
    teller is a pronoun, the rejecter again, or no one who can act."""
    tellings = [t for t in told if lemma_of(t) in CLAIM_TELLING_VERBS]
    if not tellings:
        return []
    telling = _claim_in_content(tellings[-1], {lemma_of(c) for c in claims})
    if telling is None:
        return []
    subj, passive = _subject(telling)
    tellers = [] if passive else [a for s in subj for a in agent_of(partitive(s), actorish)]
    if not tellers or any(t.pos_ == "PRON" or _is_rejecter(t, rejecters) or not actorish(t)
                          for t in tellers):
        return []
    return tellers


def _claim_in_content(telling, claims: set):
    """The verb inside what `telling` says that makes the claim itself ("said the White
    House had submitted demands", "said that an aide described him as ..."): a verb of
    telling there, or one whose phrase holds the claim's noun; else `telling`. None when
    the content is told before its telling, is neither, and is a named party's act done
    ("the House voted to add amendments, a spokesman said", not in quotation marks): an
    act reported on someone's word, whose claim is the doer's, not the teller's. A state
    or a forecast told so ("the port will reopen, the minister said") stays the
    teller's claim."""
    for clause in telling.children:
        if clause.dep_ != "ccomp" or clause.pos_ not in VERB_POS:
            continue
        if lemma_of(clause) in CLAIM_TELLING_VERBS or \
                any(lemma_of(t) in claims for t in clause.subtree):
            subj, passive = _subject(clause)
            if subj and not passive:
                return clause
        elif clause.i < telling.i and not in_quote(clause) and _named_party_did(clause):
            return None
    return telling


def _named_party_did(clause) -> bool:
    """Does `clause` tell a named party's act as done ("the House voted"), not a state
    ("the economy grew") or a forecast ("will reopen")?"""
    subj, passive = _subject(clause)
    if passive or not subj or lemma_of(clause) == "be":
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
        return False
    return any(s.ent_type_ in NAME_ENT_TYPES or lemma_of(s) in word_classes()["people"]
               for s in subj)


def _acted_on_objects(verb, actorish: Callable) -> list:
    """The objects of a clause verb that name whom it acts on. A verb of sending or
    withdrawing moves its object ("agreed to send 400 troops to X": the troops are what
    is sent, X is sent to), so only its dative or the party under its preposition is."""
    objs = [o for o in _children(verb, OBJ_DEPS) if actorish(o)]
    if verb.lemma_.lower() in WITHDRAWING_VERBS:
        # "threatened to pull forces out of X": what is left
        return [o for o in _pobjs(verb, frozenset({"from", "of"})) if actorish(o)]
    if verb.lemma_.lower() not in TRANSFER_LEMMAS or _pobjs(verb, frozenset({"with"})):
        # ("refused to provide the agents with tools": the thing is under "with")
        return objs
    return _datives(verb, objs) or _prepositional_targets(verb, actorish)


def _datives(verb, objs: list) -> list:
    """Whom a verb of sending sends to among its objects `objs`: a dative ("give
    Congress the files", also a "to" the parser labels dative), the first of two bare
    objects, or the one object when the thing sent is the noun the verb's relative
    clause is on ("the files that the ministry refused to give Congress": the files are
    sent, Congress is given them)."""
    found = [o for o in objs if o.dep_ == "dative" or o.head.dep_ == "dative"]
    if found:
        return found
    bare = [o for o in _children(verb, OBJ_DEPS) if o.dep_ == "dobj"]
    # "which" or "that" before the verb, hung on it as its object, is the thing sent
    thing_relative = [o for o in bare if o.tag_ == "WDT" and o.i < verb.i]
    bare = [o for o in bare if o not in thing_relative]
    if len(bare) == 2 and bare[0] in objs and \
            not any(c.dep_ == "conj" for c in bare[0].children) and \
            bare[0].right_edge.i + 1 == bare[1].left_edge.i:
        # (two objects side by side; not a second one set off as an apposition,
        # "delivered his budget Monday, a road map ...")
        return [bare[0]]
    if len(bare) == 1 and bare[0] in objs and bare[0].i > verb.i and \
            not _moved_itself(verb, bare[0]) and (
                thing_relative or _sent_thing_relativised(verb, bare[0])):
        return [bare[0]]
    return []


def _moved_itself(verb, obj) -> bool:
    """Is the one object of a sending verb in a relative clause the thing it sends
    after all: a force, envoy or aid ("the mission that Germany agreed to send troops":
    troops are sent), or beside a stranded preposition of the verb or of the verbs it completes
    ("the operation that France agreed to send soldiers for": the relative noun is the
    preposition's object, not the thing sent)?"""
    if obj.lower_ in SENT_THINGS or lemma_of(obj) in SENT_THINGS:
        return True
    chain = [verb]
    while chain[-1].dep_ == "xcomp" and chain[-1].head.pos_ in VERB_POS:
        chain.append(chain[-1].head)
    return any(p.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in p.children)
               for v in chain for p in v.children)


def _sent_thing_relativised(verb, obj) -> bool:
    """Is the thing a verb of sending sends the noun its relative clause is on ("the
    report the agency refused to send lawmakers", "the files which it declined to give
    Congress"), so that its one object is whom it goes to? Not a clause of where or by
    which ("the deal under which Germany agreed to send troops": the troops move), nor an
    infinitive with no subject of its own ("the decision to send troops"). A noun of a
    thing said with "that" may head a clause of its content instead ("the report that
    Russia sent troops"): there only a named body ("Congress") is taken for whom it goes
    to, as a body is not what one sends."""
    clause = verb
    while clause.dep_ == "xcomp" and clause.head.pos_ in VERB_POS:
        clause = clause.head
    noun = clause.head
    if _pobjs(verb, frozenset({"to", "into"})):
        # "a report he plans to send troops to the region": whom it goes to is named
        return False
    subjects = _children(clause, SUBJ_DEPS)
    if clause.dep_ not in ("relcl", "acl") or not is_thing(noun) or not subjects or \
            any(s.tag_ in ("WDT", "WP") or s.lower_ == "that" for s in subjects):
        # (the relative word as the subject: "a plan that provides guidelines" sends
        # what its object names)
        return False
    if any(t.tag_ == "WRB" or (t.tag_ in ("WDT", "WP", "WP$") and t.dep_ == "pobj")
           for t in clause.subtree if t.i < clause.i):
        return False
    if any(t.dep_ == "mark" and t.lower_ == "that" for t in clause.children):
        # "that" given as a conjunction: the clause may tell the noun's content ("the
        # report that Russia sent troops", "the pledge that she would deliver reform"),
        # so only a named body ending the clause is taken for whom the thing goes to
        return obj.pos_ == "PROPN" and obj.ent_type_ in BODY_ENT_TYPES and \
            obj.right_edge.i == clause.right_edge.i
    return True


def _prepositional_targets(verb, actorish: Callable) -> list:
    """Whom a verb's preposition names as the one acted on ("spoke to X", "sided with
    X", "testified before the committee"): not a platform it was told on, not a bare
    court gone to, and not a companion of a march ("marched with X")."""
    preps = RECIPIENT_PREPS - {"with"} if verb.lemma_.lower() in COMPANION_LEMMAS \
        else RECIPIENT_PREPS
    found = [o for o in _pobjs(verb, preps) if actorish(o)
             and not _channel(o, verb) and not _court_as_venue(o, verb)]
    if not found and lemma_of(verb) in HEARD_BEFORE_VERBS:
        # "testified before the Senate committee": the body that hears the witness
        found = [o for o in _pobjs(verb, frozenset({"before"})) if actorish(o)]
    return found


def _agreed_among(verb) -> bool:
    """Parties settling among themselves what they will do: a verb of agreeing whose
    subject is more than one ("X and Y agreed", "the aides decided", "they voted") or
    that says so ("agreed among themselves"). Whom their plan names under a preposition
    ("agreed to keep the plan from Z") stands outside the agreement."""
    if lemma_of(verb) not in AGREEING_VERBS:
        return False
    if any(o.lower_ in {"themselves", "ourselves"}
           for o in _pobjs(verb, frozenset({"among", "between"}))):
        return True
    return any(any(c.dep_ == "conj" for c in subj.children) or subj.tag_ in {"NNS", "NNPS"}
               or subj.lower_ in PRON_PLURAL | {"we"}
               for subj in _children(verb, SUBJ_DEPS))


def _senders(verb, actorish: Callable) -> list:
    """Who sent what a verb of getting got ("received a letter from X", "got a call
    from X and Y"): the ones "from" whom a thing came, on the thing or on the verb;
    none when what was got is someone ("received X from the airport")."""
    if lemma_of(verb) not in RECEIVING_VERBS:
        return []
    objs = _children(verb, OBJ_DEPS)
    if not objs or any(actorish(o) for o in objs):
        return []
    found = [g for o in objs for g in _pobjs(o, frozenset({"from"}))] + \
        _pobjs(verb, frozenset({"from"}))
    return [g for g in _expand(found) if actorish(g)]


# Attack nouns of an armed force's act, whose place-name modifier is who acts ("a US
# raid"), unlike a noun of an incident named by where it was ("the Kabul bombing").
FORCE_OPERATIONS = word_classes()["force_operations"]
# Police, troops and the like: a noun of them before an attack noun is who made it.
ARMED_FORCES = word_classes()["sense_dispersing_forces"]


def _operators(noun, actorish: Callable) -> list:
    """Who an attack noun is of by the words before it: a nationality ("a French
    military operation") or, for an act of armed forces, a state or group ("a US
    counter-terrorism operation")."""
    kinds = ("NORP", "GPE", "ORG") if lemma_of(noun) in FORCE_OPERATIONS else ("NORP",)
    named = [m for m in noun.doc[noun.left_edge.i:noun.i]
             if m.dep_ in ("amod", "compound", "nmod") and m.ent_type_ in kinds
             and m.ent_iob_ == "B" and actorish(m)]
    # "died in an army operation", "hurt in a police sweep": the force named just before the
    # noun (actor35)
    return named or [m for m in noun.children if m.dep_ == "compound" and m.i == noun.i - 1
                     and m.pos_ == "NOUN" and lemma_of(m) in ARMED_FORCES and actorish(m)]


def _imperative_name(subj, actorish: Callable):
    """A group named as a command ("Occupy the Square urged ...", "Save the Children
    said ..."): the parser takes its first word for a verb in the subject's place,
    which a bare verb cannot be; the name it heads stands there, read through its
    proper-noun object (a gerund, "Fighting Hamas cost ...", is left alone)."""
    if subj.dep_ != "nsubj" or subj.tag_ != "VB" or not subj.text[:1].isupper():
        return subj
    name = next((c for c in subj.children if c.dep_ == "dobj" and c.pos_ == "PROPN"
                 and c.left_edge.i == subj.i + 1 and actorish(c)), None)
    return subj if name is None else name


def _states_before(noun, actorish: Callable) -> list:
    """The countries or peoples named before a noun ("the US killing", "a Saudi
    arrest"), by the gazetteer's kind of the word: a city or region names a place."""
    from ..actors.gazetteer import gazetteer

    found = []
    for m in noun.doc[noun.left_edge.i:noun.i]:
        if m.dep_ not in ("amod", "compound", "nmod") or m.ent_type_ not in ("NORP", "GPE") \
                or m.ent_iob_ != "B":
            continue
        words = [t.text for t in noun.doc[m.i:noun.i] if t.ent_iob_ == "I" or t.i == m.i]
        info = gazetteer().lookup(words)
        if info is not None and info.kind in ("country", "demonym") and actorish(m):
            found.append(m)
    return found


def anti_word(tok) -> bool:
    """Is `tok` the X of "anti-X" ("anti-government", "anti-Putin"), written right after
    "anti" and a hyphen? One test for whom an act is against (`_anti_target`) and for a
    word that is no owner of what is acted on (events.extract)."""
    return tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ == "anti"


def _anti_target(noun, actorish: Callable) -> list:
    """Whom an "anti-X" act is against ("anti-government protests", "an anti-Putin
    rally"): the X written right after "anti-" before the noun, when it can act."""
    for target in noun.doc[noun.left_edge.i + 2:noun.i]:
        if anti_word(target) and target.head.i == noun.i and actorish(target):
            return [target]
    return []


def _unique(toks: list) -> list:
    seen: set[int] = set()
    return [t for t in toks if not (t.i in seen or seen.add(t.i))]


OBJECT_PRONOUNS = frozenset(_LISTS["object_pronouns"])


def _participle_object(verb, actorish: Callable) -> list:
    """ "sued Microsoft, accusing it of ...", "arrested two men, charging them with
    ...": the pronoun object of a participle set after its verb stands for that
    verb's object, when they agree ("it" a named body or state, "him"/"her" a named
    person, "them" more than one)."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.pos_ not in VERB_POS or \
            head.i > verb.i or _children(verb, SUBJ_DEPS):
        return []
    pron = next((o for o in _children(verb, OBJ_DEPS) if o.lower_ in OBJECT_PRONOUNS), None)
    if pron is None:
        return []
    objs = [o for o in _children(head, OBJ_DEPS) if o.i < verb.i and o.pos_ != "PRON"
            and actorish(o)]
    if len(objs) != 1:
        return []
    obj = objs[0]
    plural = obj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in obj.children)
    # ("it" for a named body or state only: "told its staff to study the risk,
    # calling it a threat" is the danger)
    agree = {"it": not plural and obj.ent_type_ in BODY_ENT_TYPES,
             "him": not plural and obj.ent_type_ == "PERSON",
             "her": not plural and obj.ent_type_ == "PERSON",
             "them": plural}[pron.lower_]
    return [obj] if agree else []


def _infinitive_subject(verb, actorish: Callable) -> list:
    """ "allowed the committee to hold a vote", "plans to allow farmers to export
    grain": the parser makes the one told, let or asked to act the subject of a
    "to" clause under the verb instead of its object; it is the one the act is aimed
    at, as an object would be."""
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i > verb.i and _infinitive(child):
            # (a thing let happen is no one: "let the merger go ahead")
            return [s for s in child.children
                    if s.dep_ == "nsubj" and verb.i < s.i < child.i and actorish(s)
                    and not is_thing(s) and lemma_of(s) not in AGREEMENT_NOUNS]
    return []


PLACE_ENT_TYPES = frozenset({"GPE", "LOC", "FAC"})


def _object_relative(obj, verb):
    """A relative pronoun that is the object of its clause's verb stands for the noun
    the clause modifies: "Norway, which Sweden accuses of spying" acts on Norway, and
    "the envoy whom the ministry summoned" on the envoy (a subject pronoun already
    goes through `relative_antecedent`; here only the object's)."""
    # ("that" is left alone: the parser often takes the conjunction of "accusations
    # that X sought" or "told agents that he met" for the object of the verb after it)
    if obj.lower_ in OBJECT_RELATIVES and obj.i < verb.i and verb.dep_ == "relcl":
        return _phrase_head_meant(obj, relative_antecedent(obj, verb), verb)
    return obj


def _phrase_head_meant(rel, noun, verb):
    """The parser hangs a relative clause on the last noun before it. When that noun
    ends a phrase under another noun ("a pact with X, which ...", "a report on X,
    which ..."), the clause may be the first noun's: the pronoun and the verb say which.
    "which" never stands for a person, "who" and "whom" only for one ("the envoy of X,
    whom ..."), and what one leaves or ends is the pact or occasion, not a party to it.
    A pronoun that agrees with neither noun stands for no one (the pronoun is kept)."""
    if noun.i != verb.head.i or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return noun
    first = noun.head.head
    if first.pos_ not in ("NOUN", "PROPN") or first.i > noun.i:
        return noun
    if rel.lower_ == "which":
        if not _a_person(noun) and not (lemma_of(verb) in LEAVING_OCCASION_VERBS
                                        and is_thing(first)):
            return noun
        return rel if _a_person(first) else first
    if _a_person(noun) or not _a_person(first):
        return noun
    return first


def _a_person(tok) -> bool:
    """A person's name or a common noun of a person ("the envoy", "a candidate")."""
    return tok.ent_type_ == "PERSON" or lemma_of(tok) in PEOPLE_WORDS


def relative_antecedent(rel, verb):
    """The noun a relative pronoun stands for: the noun its clause modifies, except
    where the parser hung the clause on the wrong noun. "who" after a comma is the
    person named just before it ("the heads of the services, including Director
    Dan Coats, who was repudiated by ..." -> Coats), or the person whose appositive
    names the body the clause hangs on ("X, leader of the party, who ..." -> X);
    "which" is no place an event
    happened in ("the blasts near the port, which wounded 12" -> the blasts), nor the
    day or month of one ("the raid on Monday, which wounded ..." -> the raid, whose
    own doer `agent_of` reads)."""
    head = verb.head
    doc = rel.doc
    low = rel.lower_
    if low in ("who", "whom") and head.ent_type_ != "PERSON" and rel.i >= 2 \
            and doc[rel.i - 1].text == "," and doc[rel.i - 2].ent_type_ == "PERSON":
        name = doc[rel.i - 2]
        while name.dep_ in ("compound", "flat") and name.head.i > name.i:
            name = name.head
        return name
    of = head.head  # "X, head of the Green Party, who ...": "of" ...
    appos = of.head  # ... on the appositive "head" ...
    if low in ("who", "whom") and head.ent_type_ != "PERSON" and head.dep_ == "pobj" and \
            head.tag_ not in ("NNS", "NNPS") and of.lower_ == "of" and \
            appos.dep_ == "appos" and appos.head.ent_type_ == "PERSON" and rel.i > head.i:
        # ... of the person X: the parser hung the clause on the body the appositive
        # names; "who" is the person ("X, one of 90 lawmakers who signed": a plural is
        # whom "who" stands for)
        return appos.head
    if low in ("which", "that") and head.dep_ == "pobj" and \
            head.head.lower_ in _SETTING_TIME_PREPS and named_day_or_month(head) and \
            head.head.head.pos_ in ("NOUN", "PROPN"):
        # the parser hung the clause on the weekday or month set after the noun: a
        # time does nothing, the noun it dates does
        return head.head.head
    if low in ("which", "that") and head.ent_type_ in PLACE_ENT_TYPES and \
            head.dep_ == "pobj" and head.head.lower_ in _PLACE_PREPS and \
            head.head.head.pos_ == "NOUN":
        return head.head.head
    if low in ("which", "that"):
        # "mounted three raids, including one near the border that killed ...": the
        # "one" counts one of the things named before "including", and it is that
        # thing (a raid) that did the act, so its doer is the raid's. A clause of harm
        # the parser hung on the place after "one" ("one on a village near X that
        # killed") is the one's too: a place harms nobody.
        one = head
        if lemma_of(verb) in HARMS_DONE:
            for _ in range(3):
                if one.dep_ != "pobj" or one.head.lower_ not in _PLACE_OR_TARGET_PREPS or \
                        one.lower_ == "one":
                    break
                one = one.head.head
        return _counted_among(one) or head
    return head


# Prepositions that set a noun at a time ("the raid on Monday", "the vote in March")
_SETTING_TIME_PREPS = frozenset({"on", "in", "during"})
# Prepositions that set a noun at a place ("the attacks in Brussels", "near the border")
_PLACE_PREPS = frozenset({"in", "at", "near", "outside"})
# ... and those that also aim an act at it ("one on a village", "the shelling of X"):
# climbing from a place to the counted thing it belongs to (`relative_antecedent`)
_PLACE_OR_TARGET_PREPS = _PLACE_PREPS | {"on", "of"}


def _counted_among(one):
    """The noun a counted "one" after "including" is one of: the noun "including"
    hangs on, or, when the parser hung it on the verb, that verb's object before it
    ("mounted two attacks, including one ..." -> attacks). None for anything else."""
    inc = one.head
    if one.lower_ != "one" or one.dep_ != "pobj" or inc.lower_ != "including" or inc.i > one.i:
        return None
    gov = inc.head
    if gov.pos_ == "NOUN" and gov.i < inc.i:
        return gov
    if gov.pos_ in VERB_POS:
        objs = [o for o in gov.children if o.dep_ == "dobj" and o.pos_ == "NOUN" and o.i < inc.i]
        return objs[0] if objs else None
    return None


AGREEMENT_NOUNS = frozenset(_LISTS["agreement_nouns"])


def for_subject(tok, actorish: Callable) -> list:
    """ "called for Congress to close the loopholes", "his call for Iran to free
    them": the one a clause with "for ... to" asks to act is who the act is aimed at."""
    for child in tok.children:
        if child.dep_ in ("advcl", "acl", "ccomp") and child.pos_ in VERB_POS and \
                child.i > tok.i and any(m.dep_ == "mark" and m.lower_ == "for"
                                        for m in child.children) and \
                any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
            return [s for s in child.children if s.dep_ in SUBJ_DEPS and actorish(s)]
    return []


def asked_party(tok, actorish: Callable) -> list:
    """Whom a word of asking asks, besides its object: for a verb, the party asked
    "from" something ("requested records from the ministry", "asked for help from
    Oslo", "sought a range of files from the office"), but not the place an act asked
    for is done to someone from ("called for the expulsion of the envoys from Oslo",
    "for its withdrawal from the pact": a noun of such an act, or with its patient
    named by "of" or a possessive); the one a "for ... to" clause asks to act
    ("called for the panel to reopen it"); the subject of the clause that says what is
    asked ("a request that Congress pay", "urged that the court act", "urged governors
    deploy troops"), not of a question ("asked whether Oslo would come"), a passive
    ("asked that the man be freed": whoever would free him is not named) or a told
    fact ("asked for the sum Oslo said it needed")."""
    if tok.pos_ in VERB_POS:
        things = [o for o in _children(tok, OBJ_DEPS) if not actorish(o)]
        things += [p for p in _pobjs(tok, frozenset({"for"})) if not actorish(p)]
        things += [p for o in things for p in _pobjs(o, frozenset({"of"})) if not actorish(p)]
        things = [t for t in things if lemma_of(t) not in LEAVING_NOUNS | PATIENT_NOUNS
                  and not any(actorish(p) for p in _pobjs(t, frozenset({"of"})))
                  and not any(c.dep_ == "poss" for c in t.children)]
        found = [o for h in [tok] + things for o in _pobjs(h, frozenset({"from"}))
                 if actorish(o)]
        if found:
            return found
    found = for_subject(tok, actorish)
    if found:
        return found
    for child in tok.children:
        if child.i < tok.i or child.pos_ not in VERB_POS:
            continue
        marked = any(m.dep_ == "mark" and m.lower_ == "that" for m in child.children)
        if not ((child.dep_ in ("acl", "ccomp") and marked) or
                (child.dep_ == "ccomp" and tok.pos_ in VERB_POS and child.tag_ == "VB")):
            continue
        if any(m.dep_ == "mark" and m.lower_ != "that" for m in child.children) or \
                any((c.tag_ in WH_TAGS or c.tag_ == "WRB") and c.i < child.i for c in child.children) or \
                _children(child, PASS_SUBJ_DEPS) or _infinitive(child):
            return []
        return [s for s in _children(child, SUBJ_DEPS) if actorish(s)]
    return []


# Measures laid "on" goods ("tariffs on Chinese steel"): the goods' country is who they
# are aimed at. data/word_classes.toml trade_measures, the class senses reads for
# measures that "target" someone.
TRADE_MEASURES = word_classes()["trade_measures"]
# Nouns of a body sitting together that one can ask for ("asked for a special
# sitting of the Security Council", "demanded an extra session of parliament").
CONVENED_NOUNS = frozenset(_LISTS["convened_nouns"])


def convened_body(tok, actorish: Callable) -> list:
    """Whom a word of asking asks to meet: the body "of" a meeting or session it asks
    for, as its object or under "for" ("requested an urgent session of the assembly")."""
    things = _pobjs(tok, frozenset({"for"})) + _children(tok, OBJ_DEPS)
    return [b for t in things if lemma_of(t) in CONVENED_NOUNS
            for b in _pobjs(t, frozenset({"of"})) if actorish(b)]


def _parties(obj, actorish: Callable) -> list:
    """The party an agreement is made with ("an agreement with Russia"), if named."""
    if lemma_of(obj) not in AGREEMENT_NOUNS:
        return []
    return [o for o in _pobjs(obj, frozenset({"with"})) if actorish(o)]


# Prepositions whose object two coordinated verbs share ("met and talked with X").
SHARED_PREPS = frozenset(_LISTS["shared_preps"])


def _shared_object(verb, actorish: Callable) -> list:
    """The object two verbs share: "condemned and sanctioned Russia" (the first of
    coordinated verbs, with no object of its own, takes the one after the second),
    "sent a questionnaire to the ministry, asking for names" (a participle with no
    subject or object of its own addresses whom its verb did)."""
    if _children(verb, OBJ_DEPS) or _pobjs(verb, RECIPIENT_PREPS):
        return []
    for child in verb.children:
        if child.dep_ == "conj" and child.pos_ in VERB_POS:
            objs = [o for o in _children(child, OBJ_DEPS) if actorish(o) and o.i > child.i]
            if objs:
                return objs
            # "began meeting and exchanging letters with X": the target after the
            # second verb is the first one's too
            objs = [o for o in _pobjs(child, SHARED_PREPS) if actorish(o) and o.i > child.i]
            if objs:
                return objs
    head = verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.pos_ in VERB_POS and \
            not _children(verb, SUBJ_DEPS) and head.i < verb.i:
        objs = _children(head, OBJ_DEPS)
        if head.lemma_.lower() in TRANSFER_LEMMAS:
            objs = [o for o in objs if o.dep_ == "dative" or o.head.dep_ == "dative"]
        found = [o for o in objs if actorish(o)]
        return found or [o for o in _pobjs(head, frozenset({"to", "with"})) if actorish(o)]
    return []


# Nouns of a message: "in a letter to X", "in a call with X" name whom a verb of
# speaking or asking addresses.
MESSAGE_NOUNS = frozenset(_LISTS["message_nouns"])
QUOTED_VERBS = frozenset(_LISTS["quoted_verbs"])


def _message_sender(verb):
    """The verb that sent a message, when a participle of asking or saying hangs on its
    addressee: "wrote a note to X and Y asking ...", where the parser hung
    "asking" on Y; the message asks, not Y. None otherwise ("a man carrying a gun":
    the man carries it). Only a participle hung on a noun ("acl", "VBG") qualifies."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.pos_ not in ("NOUN", "PROPN") or \
            lemma_of(verb) not in SPEECH_ACTS:
        return None
    node = first_conjunct(noun)
    if node.dep_ == "pobj" and node.head.lower_ in ("in", "through", "via") and \
            lemma_of(node) in MESSAGE_NOUNS | SENT_DOCUMENTS and \
            node.head.head.pos_ in VERB_POS and node.head.dep_ == "prep":
        # "X said in a statement accusing Y", "wrote in a letter urging Y": the one who
        # spoke through the document (actor35); of a passive only "was quoted in" (the
        # one "named in a letter urging ..." neither sent it nor received it: fixF)
        spoke = node.head.head
        if _is_passive(spoke) and lemma_of(spoke) not in QUOTED_VERBS:
            return None
        return spoke
    if node.dep_ == "pobj" and node.head.lower_ == "to":
        node = node.head  # the "to" of the addressee
        if node.head.pos_ in NOUN_POS and lemma_of(node.head) in MESSAGE_NOUNS:
            node = node.head  # "a letter to X": the letter, then the verb that sent it
    sender = node.head
    if node.dep_ not in ("dobj", "dative") or sender.pos_ not in VERB_POS:
        return None
    if not any(lemma_of(m) in MESSAGE_NOUNS and m.i < noun.i
               for m in _children(sender, frozenset({"dobj"}))):
        return None
    return sender


def _message_addressees(verb, actorish: Callable) -> list:
    """Those a message was sent to, for a participle hung on one of them (above)."""
    sender = _message_sender(verb)
    if sender is None:
        return []
    found = _sent_to(sender, _children(sender, frozenset({"dobj"})))
    if verb.head.i not in {t.i for f in found for t in conjuncts(f)}:
        found.append(verb.head)  # the addressee the parser took for an object
    return [o for o in found if actorish(o)]


def _letter_addressee(verb, actorish: Callable) -> list:
    """ "wrote a letter to X asking her to ...": the addressee under "to" of a message
    that the verb's governing verb sent, when the verb is a participle hung on it."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl", "xcomp") or head.i == verb.i:
        return []
    held = [head] + _children(head, OBJ_DEPS)
    if not any(lemma_of(m) in MESSAGE_NOUNS for m in held):
        return []
    found = _sent_to(head, held)
    return [o for o in found if actorish(o) and o.lower_ not in PRON_PERSON | PRON_PLURAL]


def _sent_to(sender, messages: list) -> list:
    """Whom a message was sent to: the objects of "to" after the message or its
    sender ("a note to X and Y", "wrote to X"), and the sender's dative noun ("sent X
    a letter"). Both participle readings above (one hung on the message, one on an
    addressee) collect them here."""
    to = frozenset({"to"})
    return [o for m in messages for o in _pobjs(m, to)] + \
        [o for o in _children(sender, frozenset({"dative"})) if o.pos_ in NOUN_POS]


def _addressee(verb, actorish: Callable) -> list:
    """ "In a note to the auditor on Monday, he asked for the files": the addressee
    of the message that carries the act."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during", "through", "via"):
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and lemma_of(noun) in MESSAGE_NOUNS:
                found = [o for o in _pobjs(noun, frozenset({"to", "with"})) if actorish(o)]
                if found:
                    return found
    return []


def content_subject(tok, actorish: Callable, words: frozenset = CONTENT_TARGET_LEMMAS) -> list:
    """ "accusations that North Korea has sent ...": who the claim is about (for the
    acts of `words`)."""
    if tok.lemma_.lower() not in words:
        return []
    # The clause after the word is its content; a clause before it that the parser
    # hung on it ("talks stalled: Ruritania demanded that X ...") is
    # not, and one that names nobody does not stop the search.
    for child in sorted(tok.children, key=lambda c: c.i < tok.i):
        # A content clause of the verb itself needs no "that" ("alleges Russian
        # officers were behind ..."); one under a noun does ("accusations that X").
        if child.dep_ in ("ccomp", "acl", "relcl") and child.pos_ in VERB_POS and (
                (child.dep_ == "ccomp" and tok.pos_ in VERB_POS) or
                any(m.dep_ == "mark" for m in child.children)):
            warned = _warned_party(tok, child, actorish)
            if warned:
                return warned
            subj = [s for s in child.children if s.dep_ in SUBJ_DEPS | PASS_SUBJ_DEPS]
            if _is_passive(child) and not any(actorish(s) for s in subj):
                # "complaints that the summit was staged by its hosts": who did it
                agents = [x for a in _pobjs(child, frozenset({"by"}))
                          for x in ([a] if actorish(a) else _owners(a, actorish))]
                if agents:
                    return agents
            # "complained the GOP plan made cuts": a thing stands for its owner
            out = []
            for s in subj:
                if actorish(s):
                    out.append(s)
                elif is_thing(s):
                    out.extend(a for a in agent_of(s, actorish) if a.i != s.i and actorish(a))
            if out or child.i > tok.i:
                return out
    return []


def _warned_party(tok, clause, actorish: Callable) -> list:
    """ "warned it would strike back if Ruritania sent troops": a threat told as
    the warner's own act on a condition is aimed at whoever the condition names (the
    subject of its "if" or "unless" clause), not at the subject of the threatened act,
    who is most often the warner itself ("it", "the country")."""
    if lemma_of(tok) not in THREAT_WORDS or _another_side_suffers(tok, clause):
        return []
    for cond in clause.children:
        if cond.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS
                                        for m in cond.children):
            # (a pronoun there is most often the warner: "warned that if he keeps
            # his seat, X faces a tougher deal")
            found = [s for s in cond.children if s.dep_ in SUBJ_DEPS | PASS_SUBJ_DEPS
                     and s.pos_ != "PRON" and actorish(s)]
            if found:
                return found
    return []


def _another_side_suffers(tok, clause) -> bool:
    """ "warned that Ruritania would face defeat if Y ...": a threatened clause that
    says what its subject will undergo (a verb of undergoing or paying, or a passive)
    names the side threatened, when that subject is a name other than the warner's.
    A clause of acting ("Berlin would hit back if ...", a capital for its own
    government) or a pronoun or common noun there ("it would face no choice") is most
    often the warner's side, and the condition's subject is the one threatened."""
    if not (_is_passive(clause) or lemma_of(clause) in UNDERGO_LEMMAS | THREAT_VERBS):
        return False
    warner = {s.lower_ for s in tok.children if s.dep_ in SUBJ_DEPS}
    subjects = [s for s in clause.children if s.dep_ in SUBJ_DEPS | PASS_SUBJ_DEPS]
    return bool(subjects) and all(s.pos_ != "PRON" and s.ent_type_ and s.lower_ not in warner
                                  for s in subjects)


def _clause_subject(clause, actorish: Callable) -> list:
    """The subject of a "whether" or "if" clause ("whether the mayor lied"), or []."""
    if not any(m.dep_ == "mark" and m.lower_ in OPEN_QUESTION for m in clause.children):
        return []
    return [s for s in clause.children if s.dep_ in SUBJ_DEPS | PASS_SUBJ_DEPS and actorish(s)]


def _against_in_phrase(thing, actorish: Callable) -> list:
    """Whom a thing's own phrase says it is against, through its prepositions and a
    participle ("complaints of fraud against X", "an allegation made against X"); not
    inside a clause ("evidence that the army used gas against rebels")."""
    todo = [thing]
    while todo:
        node = todo.pop()
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ == "against":
                found = [o for o in _pobjs(node, frozenset({"against"})) if actorish(o)]
                if found:
                    return found
            elif child.dep_ == "prep":
                todo.extend(c for c in child.children if c.dep_ == "pobj")
            elif child.dep_ == "acl" and child.tag_ == "VBN" and not any(
                    c.dep_ in SUBJ_DEPS | PASS_SUBJ_DEPS | {"mark", "aux"} for c in child.children):
                todo.append(child)  # "made against X", not "that X has used"
    return []


def inquiry_target(tok, actorish: Callable) -> list:
    """Whom an investigation looks into: the one named "into", "against" or "of" ("an
    inquiry into X", "a probe of X"; on the light verb too: "opened an investigation into
    X"), the subject of a "whether" clause ("to investigate whether X lied", "an inquiry
    into whether X ..."), whom the allegations it looks into are against ("investigating
    complaints of fraud against X"), and who is "under" it ("X is under investigation")."""
    preps = frozenset({"into", "against", "of"})
    heads = [tok]
    if tok.pos_ not in VERB_POS and tok.dep_ in OBJ_DEPS and tok.head.pos_ in VERB_POS:
        heads.append(tok.head)  # the parser hangs "into X" on "opened" as often
    for head in heads:
        found = [o for o in _pobjs(head, preps) if actorish(o) and (head is tok or o.i > tok.i)]
        if found:
            return found
    for head in heads:
        for child in head.children:
            # "investigate whether X ...", "an inquiry into whether X ..."
            clauses = [child] if child.dep_ in ("ccomp", "acl") else \
                [c for c in child.children if c.dep_ == "pcomp"] \
                if child.dep_ == "prep" and child.lower_ == "into" else []
            for clause in clauses:
                if head is not tok and clause.i < tok.i:
                    continue
                found = _clause_subject(clause, actorish)
                if found:
                    return found
    # "investigating allegations of bribery against X": what is looked into is against X
    things = _children(tok, OBJ_DEPS) if tok.pos_ in VERB_POS else []
    things += [o for head in heads for o in _pobjs(head, frozenset({"into"}))
               if head is tok or o.i > tok.i]
    for thing in things:
        if actorish(thing):
            continue
        found = _against_in_phrase(thing, actorish)
        if found:
            return found
    if tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.pos_ in VERB_POS:
        # "X is under investigation", "X came under scrutiny"
        verb = tok.head.head
        return [s for s in verb.children if s.dep_ in SUBJ_DEPS and actorish(s)]
    return []


FIRST_PERSON = word_classes()["first_person"]


def first_person(tok) -> bool:
    """I, me, we, us: the speaker of a quote. "The US" is a country, not "us"."""
    return tok.lower_ in FIRST_PERSON and tok.text != "US"


FIRST_PERSON_BODIES = word_classes()["first_person_bodies"]


def speakers_own(tok) -> bool:
    """ "my administration", "our government", "our troops": the speaker's own state or
    side, told by its owner word as "we" tells it."""
    body = tok.lemma_.lower() in FIRST_PERSON_BODIES or tok.lower_ in FIRST_PERSON_BODIES
    return body and any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in tok.children)


# Verbs that attribute a quote to its speaker ("she said", "he added", "she went on").
QUOTING = word_classes()["said_verbs"] | {"continue"}
_OPEN_QUOTES = ("“", '"')
# Words of a label that are not the speaker's name ("Trump Tweet:", "X SAYING:").
LABEL_WORDS = frozenset(_LISTS["label_words"])
# A short label before a colon that names who speaks: "Trump Tweet:", "X SAYING:", "X:".
_LABEL = re.compile(r"([^.!?:;\n“”\"()]{1,80}):\s*[“\"]?\s*$")


def _paragraph(doc, at: int) -> tuple[int, int]:
    text = doc.text
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    return lo, len(text) if hi < 0 else hi


def in_quote(tok) -> bool:
    """Whether a token stands inside quotation marks opened earlier in its paragraph."""
    text = tok.doc.text
    lo, _ = _paragraph(tok.doc, tok.idx)
    seg = text[lo:tok.idx]
    if "“" in seg or "”" in seg:
        return seg.count("“") > seg.count("”")
    return seg.count('"') % 2 == 1


def _label_floor(text: str, lo: int, end: int) -> int:
    """Where a label for a quote opening at `end` may start: its own paragraph, or,
    when the quote opens the paragraph, the one before it too ("X also said:" set on a
    line of its own above a block quote)."""
    if text[lo:end].strip() or text[end:end + 1] not in _OPEN_QUOTES:
        return lo
    return _paragraph_start(text, lo)


def _paragraph_start(text: str, lo: int) -> int:
    """The start of the paragraph before the one starting at `lo` (blank lines skipped)."""
    at = lo - 1
    while at > 0 and text[at - 1] == "\n":
        at -= 1
    return text.rfind("\n", 0, max(at, 0)) + 1


def quote_speaker(tok) -> list:
    """Who says a quoted "I" or "we" when its own sentence names nobody: the label
    the quote or the sentence hangs on ("Trump Tweet: I pressed ...", "X SAYING: “...
    we agreed"), else the subject of the nearest verb of saying in another sentence of
    the same paragraph ('"It is a start," she said. "And so I commend them."'). Names
    in the label are returned as their tokens; nothing when none is found."""
    doc = tok.doc
    text = doc.text
    lo, hi = _paragraph(doc, tok.idx)
    sent = tok.sent
    # the label before the quote that holds tok, or before tok's own sentence
    quoted = in_quote(tok)
    ends = []
    if quoted:
        seg = text[lo:tok.idx]
        opened = max(seg.rfind(q) for q in _OPEN_QUOTES)
        if opened >= 0:
            ends.append(lo + opened)
    ends += [tok.idx, sent.start_char]
    for end in ends:
        m = _LABEL.search(text, max(_label_floor(text, lo, end), end - 90),
                          end + 1 if text[end:end + 1] in _OPEN_QUOTES else end)
        if m is None:
            continue
        label = doc.char_span(m.start(1), m.end(1), alignment_mode="contract") or ()
        # the subject of the label's verb of saying says it ("X replied to Y on Monday:"
        # is X's reply, not Y's: fixH), named or not; else the label's last name
        said = [c for t in label if t.pos_ in VERB_POS and lemma_of(t) in QUOTING
                for c in t.children if c.dep_ == "nsubj"
                and c.pos_ in ("NOUN", "PROPN", "PRON") and not first_person(c)]
        if said:
            return said[:1]
        names = [t for t in label
                 if t.ent_type_ in ("PERSON", "ORG", "NORP") and t.pos_ == "PROPN"
                 and t.lower_ not in LABEL_WORDS]
        if names:
            return [names[-1]]
    if not quoted:
        return []
    best = None
    for other in doc.sents:
        if other.start_char < lo or other.end_char > hi + 1 or other.start == sent.start:
            continue
        for t in other:
            if t.pos_ not in VERB_POS or lemma_of(t) not in QUOTING:
                continue
            subj = [c for c in t.children if c.dep_ == "nsubj" and not first_person(c)]
            if subj and (best is None or abs(other.start - sent.start) < best[0]):
                best = (abs(other.start - sent.start), subj)
    return best[1] if best else []


# A document of someone's posts, told in its opening lines ("These posts were
# published on the Twitter account of X"): what is posted, the verbs of posting, and
# whose place on a platform it went to (arguments_lists.toml).
POSTED_WORDS = frozenset(_LISTS["posted_words"])
NOTICE_MARKERS = frozenset(_LISTS["notice_markers"])
RETWEET_MARKS = frozenset(_LISTS["retweet_marks"])
POSTING_VERBS = frozenset(_LISTS["posting_verbs"])
ACCOUNT_NOUNS = frozenset(_LISTS["account_nouns"])
# How many opening sentences may set a document out as someone's posts: the notice
# comes first, before the posts.
_POSTS_REACH = 2


def posts_owner(tok) -> list:
    """Who says an unquoted "I" or "we" of a document set out as someone's posts: the
    owner of the platform account its opening lines say the posts went to ("These
    posts were published on the Twitter account of X"). A post is its
    owner's own words, as a quote with a named speaker is; the lines carry no verb of
    saying, so nothing else names who says them. Nothing for a token inside quotation
    marks (a post quoting someone else) or in the notice itself, nor for a document
    whose opening lines tell no such posting."""
    if in_quote(tok) or _quoted_in_post(tok):
        return []
    end, owner = _notice(tok.doc)
    return [tok.doc[i] for i in owner] if tok.i >= end else []


def _notice(doc) -> tuple[int, tuple[int, ...]]:
    """Where the opening lines' notice of posting ends and the owner it names (token
    indices), or (len(doc), ()) for none: the first of the first `_POSTS_REACH`
    sentences to name an owner. Read once per Doc and kept in its user_data (every
    token of a posts document asks `posts_owner`)."""
    return per_doc(doc, "newsbrief.posts_notice", _find_notice)


def _find_notice(doc) -> tuple[int, tuple[int, ...]]:
    for sent in list(doc.sents)[:_POSTS_REACH]:
        owner = _notice_owner(sent)
        if owner:
            return sent.end, tuple(t.i for t in owner)
    return len(doc), ()


def _notice_owner(sent) -> list:
    """The owner a sentence names as the one the posts went to, or nothing."""
    for verb in sent:
        if verb.pos_ != "VERB" or lemma_of(verb) not in POSTING_VERBS:
            continue
        # the posted words are the passive subject, marked as the ones that follow
        # ("The following statements were posted"); and no one else posted them
        # ("comments were posted on X's page by readers": the readers' words)
        if not any(c.dep_ == "nsubjpass" and lemma_of(c) in POSTED_WORDS and
                   _marked_as_following(c) for c in verb.children) or \
                any(c.dep_ == "agent" for c in verb.children):
            continue
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("to", "on"):
                continue
            for acct in prep.children:
                if acct.dep_ == "pobj" and lemma_of(acct) in ACCOUNT_NOUNS \
                        and any(c.lower_ in SPEAKING_CHANNELS for c in acct.children):
                    owner = _account_owner(acct)
                    if owner:
                        return owner
    return []


def _marked_as_following(noun) -> bool:
    """Is a posted word marked as the posts that follow the notice ("The following
    statements", "The posts below", "These posts"; NOTICE_MARKERS), on the noun or,
    for "below", on its verb?"""
    return any(c.lower_ in NOTICE_MARKERS for c in noun.children) or \
        any(c.lower_ in NOTICE_MARKERS and c.dep_ == "advmod" for c in noun.head.children)


def _quoted_in_post(tok) -> bool:
    """Is `tok` in words a post quotes that `in_quote` does not count: inside single
    quotation marks opened earlier in its sentence ("Great words from X: 'We will
    stand with you.'"), or after a name's or a retweet's label colon ("X: We will ...",
    "RT @handle: We ...": the handle's words, passed on)?"""
    sent = tok.sent
    before = [t for t in sent if t.i < tok.i]
    if sum(t.text in SINGLE_QUOTES for t in before) % 2 == 1:
        return True
    return any(t.text == ":" and t.i > sent.start and
               (tok.doc[t.i - 1].pos_ == "PROPN" or _retweeted(tok.doc[t.i - 1]))
               for t in before)


def _retweeted(tok) -> bool:
    """Is `tok` the handle of a retweet's label ("RT @handle: ..."; `retweet_marks`)? A
    bare handle's label is not: the collections open lines with the owner's own
    ("@owner : - Tonight, I ...")."""
    return tok.text.startswith("@") and tok.i > 0 and tok.nbor(-1).text in RETWEET_MARKS


# The time tagger's zones and the short ones only a stamp closes on: one list of zones.
CLOCK_ZONES = frozenset(TAGGER_ZONES) | frozenset(_LISTS["stamp_only_zones"])
CLOCK_MERIDIEMS = frozenset(_LISTS["clock_meridiems"])
_COLON_CLOCK = r"\d{1,2}:\d{2}"
_CLOCK = re.compile(_COLON_CLOCK + r"|\d{1,4}")
_COLON_CLOCK_RE = re.compile(_COLON_CLOCK)


def clock_stamp(tok) -> bool:
    """A time stamp taken for a noun ("[1120 EST]", "1200 GMT", "9:14 a.m."): a time
    zone or a half of the day with its clock figure, or a colon clock itself. It does
    nothing, so it is no doer of anything."""
    # the figure stands just before the zone; the parser may hang it on the verb
    if tok.lower_ in CLOCK_ZONES and tok.i > 0 and (
            tok.nbor(-1).text.isdigit() or clock_stamp(tok.nbor(-1))):
        return True  # "1120 EST", "9:14 a.m. EST"
    if tok.lower_ in CLOCK_MERIDIEMS and tok.i > 0 and _CLOCK.fullmatch(tok.nbor(-1).text):
        return True  # "9:14 a.m.", headed on "a.m."
    return _COLON_CLOCK_RE.fullmatch(tok.text) is not None and tok.ent_type_ == "TIME"


def _account_owner(acct) -> list:
    """The person or body an account belongs to: "the Twitter accounts of X", "X's
    Twitter account"; a named one only."""
    heads = [c for c in acct.children if c.dep_ == "poss"]
    heads += [g for c in acct.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
    return [h for h in heads[:1] if h.pos_ == "PROPN" and h.ent_type_ in NAME_ENT_TYPES]


SENT_DOCUMENTS = frozenset(_LISTS["sent_documents"])
# Verbs of putting a document out: the ones that put out words (saying_lists.toml
# uttering_verbs, read here so the list has one copy; saying.py imports this module)
# and those only a document takes (arguments_lists.toml document_issuers).
DOCUMENT_ISSUERS = frozenset(
    word_lists("newsbrief.events", "saying_lists.toml")["uttering_verbs"]
    + _LISTS["document_issuers"])
# How far back an earlier sentence may name a document's senders.
_SENDER_REACH = 8


def document_senders(heads, can_send: Callable | None = None) -> list:
    """ "the statement said", "'We call on X,' the statement ended": a definite
    document that speaks or acts stands for its senders, as the nearest earlier
    sentence within reach names them ("X and Y said in a joint statement", "X
    issued a statement"). Heads that are no such document, or whose senders no
    earlier sentence names, are kept as they are. `can_send` says whether a noun
    after a document's own "from"/"by" can have sent it (a state, body or person;
    not a place, a time or a thing)."""
    out: list = []
    for head in heads:
        out.extend(_senders_of(head, can_send or _may_send) or [head])
    return list(dict.fromkeys(out))


def _senders_of(head, can_send: Callable) -> list:
    lemma = lemma_of(head)
    if head.pos_ not in NOUN_POS or lemma not in SENT_DOCUMENTS:
        return []
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children) \
            or any(c.dep_ in ("poss", "compound") for c in head.children):
        return []  # "a statement", "Russia's statement", "the ministry statement"
    doc = head.doc
    sents = list(doc.sents)
    at = next((k for k, s in enumerate(sents) if s.start <= head.i < s.end), None)
    if at is None:
        return []
    for sent in reversed(sents[max(0, at - _SENDER_REACH):at + 1]):
        for tok in sent:
            if tok.i >= head.i or tok.pos_ != head.pos_ or lemma_of(tok) != lemma \
                    or tok.i == head.i:
                continue
            named = _named_senders(tok, can_send)
            if named:
                return named  # "reporters have seen a letter from the senators"
            node = tok.head
            if tok.dep_ == "pobj" and node.lower_ in ("in", "through", "via"):
                node = node.head  # "said in a statement"
            elif tok.dep_ != "dobj":
                continue  # "issued a statement"
            if tok.dep_ == "dobj" and not _puts_out(node, tok):
                continue  # "X rejected the report", "the paper obtained it": not X's own
            if node.pos_ not in VERB_POS:
                continue
            subj = [c for c in node.children if c.dep_ == "nsubj" and not first_person(c)
                    and not (c.pos_ in NOUN_POS and lemma_of(c) in SENT_DOCUMENTS)]
            if subj:
                return subj
    return []


_DOCUMENT_HANDLERS = frozenset(_LISTS["document_handlers"])


def _puts_out(verb, document) -> bool:
    """ "issued a report", "read out a statement", "put out a note": the subject put
    the document out. Not "rejected", "denied", "demanded" or "obtained" it; nor,
    by a verb that also hands on another's text (`_DOCUMENT_HANDLERS`), one named as
    already known by a definite determiner, singular or plural (`words.DEFINITE`:
    "raised the report at the council", "presented those findings"; "sent a letter",
    "presented its report" are the subject's own)."""
    lemma = lemma_of(verb)
    if lemma == "put":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    if lemma in _DOCUMENT_HANDLERS:
        return not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in document.children)
    return lemma in DOCUMENT_ISSUERS


def _may_send(tok) -> bool:
    """Without the actor index: a noun that is no thing, place or time."""
    return not is_thing(tok) and tok.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME")


def _named_senders(doc_noun, can_send: Callable) -> list:
    """ "a letter from the senators", "a report by the committee": the senders a
    document's own phrase names; not "a statement from Geneva", "a report from the
    border" (where it came from)."""
    return [g for p in doc_noun.children if p.dep_ == "prep" and p.lower_ in ("from", "by")
            for g in p.children if g.dep_ == "pobj" and g.pos_ in NOUN_POS
            and lemma_of(g) not in SENT_DOCUMENTS and can_send(g)]


def spoken_about(verb, actorish: Callable) -> list:
    """Who a quote or a content clause is about: its subject ("the minister
    should resign, the mayor told reporters" -> the minister; "told reporters that
    Russia had ..." -> Russia). A first-person opener ("I think she ...") passes
    to the clause it introduces."""
    clause = None
    for child in verb.children:
        if child.dep_ in ("ccomp", "parataxis") and child.pos_ in VERB_POS:
            clause = child
            break
    if clause is None and verb.dep_ in ("ccomp", "parataxis") and verb.head.i < verb.i \
            and verb.head.pos_ in VERB_POS:
        clause = verb.head  # the quote comes first: '"...," X told reporters'
    for _ in range(2):
        if clause is None:
            return []
        subj = [c for c in clause.children if c.dep_ in SUBJ_DEPS | PASS_SUBJ_DEPS]
        if subj and not first_person(subj[0]):
            return [t for t in _expand(subj) if actorish(t)]
        clause = next((c for c in clause.children if c.dep_ == "ccomp"
                       and c.pos_ in VERB_POS and c is not verb), None)
    return []


def _feeling_target(verb, actorish: Callable) -> list:
    """ "expressed outrage at X", "voiced concern about Y's plan", "expressed his
    disappointment in the conduct by Z": the one a voiced feeling is about, named under
    the feeling's preposition or as the owner of what is named there. The feeling's own
    possessor ("his", "its") is who feels it, the doer, whom `_possessor_of_objects`
    would give and the record then drops as the doer again.

    Only a verb of voicing tells the feeling as the doer's own ("dismissed concerns about
    X's health" rejects whoever raised them). One harmed or held is whom a feeling is
    felt for, not against ("concern about the hostages held in Gaza", "over its citizens'
    detention"), and so are the doer's own people ("its citizens"); and "concern",
    "alarm" and "shock" are felt for people as often as at them, so with those only the
    owner or the doer of an act ("concern about China's drills", "about officials
    using private email") is taken."""
    if lemma_of(verb) not in FEELING_VERBS:
        return []
    for obj in _children(verb, OBJ_DEPS):
        noun = lemma_of(obj)
        if noun not in FEELING_NOUNS:
            continue
        # (the parser hangs the preposition on the noun or on the verb after it)
        for about in _pobjs(obj, FEELING_PREPS) + [t for t in _pobjs(verb, FEELING_PREPS)
                                                   if t.i > obj.i]:
            if actorish(about) and not is_thing(about):
                # (a deal or a plan the actors stage tied to a party is still a thing:
                # its owner, below, or no one)
                if _felt_for(about):
                    continue
                if noun not in FEELING_FOR_NOUNS or _doing(about):
                    # ("concern about officials using private email": the doer of
                    # the act felt about)
                    return [about]
            if lemma_of(about) in FEELING_PATIENT_NOUNS:
                # "concern over their detention by China": the one who does it, not
                # the one it is done to
                found = [a for a in _pobjs(about, frozenset({"by"})) if actorish(a)]
            else:
                found = [c for c in about.children if c.dep_ == "poss" and actorish(c)] \
                    or _owners(about, actorish)
            found = [f for f in found if not _felt_for(f)]
            if found:
                return found
    return []


def _doing(tok) -> bool:
    """Whether a gerund or a participle of an act hangs on this one ("officials using
    private email"): it names the doer of what a feeling is about."""
    return any(c.dep_ == "acl" and c.tag_ == "VBG" and lemma_of(c) not in
               FEELING_PATIENT_VERBS for c in tok.children)


def _felt_for(tok) -> bool:
    """One a feeling is felt for: harmed or held ("the hostages held in Gaza",
    "Americans detained in Russia") or the doer's own ("its citizens", "his aides")."""
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children):
        return True
    return any(c.dep_ in ("acl", "relcl") and lemma_of(c) in FEELING_PATIENT_VERBS
               for c in tok.children)


def _possessor_of_objects(tok, actorish: Callable, wider: bool = False) -> list:
    """ "support for Russia's sovereignty": the owner of a non-actor object; and
    "suspended military aid to the Egyptians", "lifted sanctions against X": whom a
    verb's object is for or against. `wider` also reads the owner through a count of
    the thing's members and the maker a "by" participle names (`_further_targets`)."""
    objs = _children(tok, OBJ_DEPS)
    for obj in objs + _pobjs(tok, NOUN_RECIPIENT_PREPS):
        # ("blocked two of X's nominees": the owner of the members counted)
        obj = partitive(obj) if wider else obj
        poss = [c for c in obj.children if c.dep_ == "poss" and actorish(c)]
        if poss:
            return poss
        made = done_by_participle(obj) if wider and not actorish(obj) else None
        if made is not None and lemma_of(made) not in HOLDING_PARTICIPLES:
            # "struck down the rules put in place by X": who made the thing acted on
            # (not who holds or saw it: "a memo obtained by the paper")
            makers = [a for a in _pobjs(made, frozenset({"by"}))
                      if a.pos_ in NOUN_POS and actorish(a)]
            if makers:
                return makers
    if tok.pos_ in VERB_POS:
        for wanted in _pobjs(tok, frozenset({"for"})):
            # "called for the resignation of X": the one whose leaving is asked, as
            # the owner of "X's resignation" is above
            if lemma_of(wanted) in OUSTING_NOUNS:
                found = [o for o in _pobjs(wanted, frozenset({"of"})) if actorish(o)]
                if found:
                    return found
        for obj in objs:
            if actorish(obj):
                continue
            found = [o for o in _pobjs(obj, RECIPIENT_PREPS) if actorish(o)]
            if found:
                return found
        if tok.lemma_.lower() not in TRANSFER_LEMMAS:
            # "praised the legacy of X", "condemned the killing of protesters": whose
            # thing the act is about ("sent shipments of arms" names what moves).
            for obj in objs:
                if actorish(obj):
                    continue
                found = [o for o in _pobjs(obj, frozenset({"of"})) if actorish(o)]
                if found:
                    return found
    return []


def _object_owners(verb, actorish: Callable) -> list:
    """ "condemned the Iranian strike", "threatened to bomb Chinese bases", "sought
    approval from X", "will fight back against Iranian aggression": a thing acted on
    stands for whoever owns or sent it ("sent American troops" names the sender, not
    the one acted on; "discussed the inquiry by X" what was talked about)."""
    if verb.lemma_.lower() in TRANSFER_LEMMAS | DESCRIBE_LEMMAS:
        return []
    # ("with" and "on" name a topic or a partner as often: "disagreed on the X question")
    for obj in _children(verb, OBJ_DEPS) + _pobjs(verb, RECIPIENT_PREPS - {"with", "for", "on"}):
        if not actorish(obj):
            found = _owners(obj, actorish) or (
                [] if lemma_of(verb) in DOCUMENT_ISSUERS else named_authors(obj, actorish))
            if found:
                return found
    return []


# Nouns of what someone writes or asks, and the publishing kinds of bodies whose name
# before a document names its author (arguments_lists.toml authored_documents, ...).
AUTHORED_DOCUMENTS = frozenset(_LISTS["authored_documents"])
AUTHORED_REQUESTS = frozenset(_LISTS["authored_requests"])
PUBLISHER_SECTORS = frozenset(_LISTS["publisher_sectors"])


def named_authors(thing, actorish: Callable) -> list:
    """ "denied a Washington Post report", "spurned the House request", "rejected the
    Sanders proposal": a body or person named just before a document or a request is
    who wrote or made it. Only a name the recogniser calls an organisation or
    a person: a state or a demonym before it is `_owners`'s, where the doer's own state
    is the sender ("rejected the U.S. proposal"). Before a document only a publishing
    body (`_publisher`): "denied the X report" is as often the report about X, a person
    or a firm."""
    word = lemma_of(thing)
    if word not in AUTHORED_DOCUMENTS and word not in AUTHORED_REQUESTS:
        return []
    names = [c for c in thing.children
             if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in ("ORG", "PERSON")
             and c.i < thing.i and actorish(c)]
    if word in AUTHORED_REQUESTS:
        return names
    return [c for c in names if _publisher(c)]


def _publisher(name) -> bool:
    """Is `name` (the head of a compound name) a body that puts out documents: one the
    knowledge base gives a publishing sector or calls international, or, unknown to it,
    an organisation whose name ends in a newspaper's word ("the Daily Herald")?"""
    if name.ent_type_ != "ORG":
        return False
    words = [t for t in name.subtree if t.i <= name.i and t.dep_ not in ("det", "poss", "case")]
    country, sector, _ = resolve_actor_text(" ".join(t.text for t in words))
    if sector is not None or country is not None:
        return sector in PUBLISHER_SECTORS or country == "IGO"
    return name.lower_ in PAPER_NAME_WORDS


def _struck_side(tok, actorish: Callable) -> list:
    """Whom an attack or a shot is aimed at, by what it is aimed at ("fired rockets into
    X", "strikes on Islamic State targets", "shelled the positions of the rebels"): a side
    named under "on", "against", "into" (on the word, or on the verb an attack noun is the
    object of, after the noun; "at" is events.extract._aimed_at's), else the owner of the
    target the phrase or the verb's object names: a demonym or state before it, a group
    named before it ("Hamas positions"), or its "of" ("the positions of X"). Judges
    took the struck side as the recipient; a place only where it stands for its state
    (the actor's own side is left out in events.extract, as for any owner word)."""
    targets = _pobjs(tok, STRIKE_PREPS)
    gov = tok.head if tok.dep_ in OBJ_DEPS and tok.head.pos_ in VERB_POS else None
    if gov is not None:
        targets += [t for t in _pobjs(gov, STRIKE_PREPS) if t.i > tok.i]
    if tok.pos_ in VERB_POS:
        targets += _children(tok, OBJ_DEPS)
    # (a sea or a region is where the fire fell, no side: "shells landed in the Baltic")
    named = [t for t in targets if actorish(t) and not is_thing(t) and t.ent_type_ != "LOC"]
    if named:
        return named
    for thing in targets:
        if lemma_of(thing) in INQUIRY_NOUNS:
            continue  # "his attacks on the Russia probe": a name there is the topic
        # (not who sent it: "missiles at X targets from the Caspian Sea")
        found = thing_owners(thing, actorish) or _marked_owners(thing, actorish) or \
            _target_group(thing, actorish) or \
            [o for o in _pobjs(thing, frozenset({"of"})) if actorish(o) and not is_thing(o)
             and o.ent_type_ != "LOC"]
        if found:
            return found
    return []


def _a_doer(actor, actorish: Callable) -> bool:
    """Is someone who can act among the doers found: not a time ("last week's attacks")
    nor a thing ("the technology")?"""
    return any(actorish(a) and a.ent_type_ not in ("DATE", "TIME") and not is_thing(a)
               for a in actor)


def _target_group(thing, actorish: Callable) -> list:
    """ "Islamic State targets", "Taliban positions": a group or a state named just before
    a target noun is whose it is."""
    return [c for c in thing.children if c.dep_ in ("compound", "nmod", "amod")
            and (c.ent_type_ in ("ORG", "NORP", "GPE") or c.pos_ == "PROPN")
            and c.i < thing.i and actorish(c) and not actorish(thing)]


def _owners(thing, actorish: Callable) -> list:
    """Who a thing belongs to or comes from, when its own phrase names them: "an offer
    from X", a demonym ("Chinese bases", "the Iranian strike"), or a state before a
    document or an act ("U.S. sanctions"); a place before any other noun says where it
    is ("the Baghdad airport"), a name before a programme or a meeting what it is ("the
    TAA programme"). A demonym of the doer's own side names the sender ("imposed new
    U.S. tariffs"): events.extract leaves it out."""
    senders = [a for a in _pobjs(thing, NOUN_ACTOR_PREPS) if actorish(a)]
    if senders:
        return senders
    return [c for c in thing.children
            if ((c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ == "NORP") or
                (c.dep_ in ("compound", "nmod") and c.ent_type_ == "GPE" and is_thing(thing)))
            and c.i < thing.i and actorish(c)] or _marked_owners(thing, actorish)


# Participles that make a demonym the owner of a thing ("a British-flagged tanker").
OWNER_MARKS = frozenset(_LISTS["owner_marks"])


def _marked_owners(thing, actorish: Callable) -> list:
    """ "seized the British-flagged tanker", "raided a Saudi-owned bank": the demonym or
    state the parser hung on an owner's participle before the thing owns it."""
    return [g for c in thing.children if c.dep_ == "amod" and c.lower_ in OWNER_MARKS
            and c.i < thing.i for g in c.children
            if g.dep_ in ("npadvmod", "amod", "compound", "nmod") and g.i < c.i
            and g.ent_type_ in ("NORP", "GPE") and actorish(g)]


def _measure_goods(noun, gov) -> list:
    """What a trade measure is laid on: "tariffs on Chinese steel", "a ban against
    Russian oil"; the parser often hangs "on ..." on the verb that imposes it ("imposed
    tariffs on ..."), so the verb's "on"/"against" after the noun counts too."""
    on = frozenset({"on", "against"})
    return _pobjs(noun, on) + ([t for t in _pobjs(gov, on) if t.i > noun.i]
                               if gov is not None else [])


# How an amount of goods or a maker's mark hangs a demonym or state on the goods:
# "$60 billion in/of Canadian products", "$9 billion worth of Chinese imports",
# "Mexican-made cars" (not a clause: "steel used in American cars" names a buyer).
_GOODS_PATH_DEPS = frozenset({"amod", "compound", "npadvmod", "nmod", "nummod", "quantmod",
                              "prep", "pobj"})
_GOODS_PATH_PREPS = frozenset({"in", "of"})


def _is_amount(tok) -> bool:
    """A sum or count ("$60 billion", "5 million"): only under one does "in" say whose
    goods ("$60 billion in Canadian goods"); "cars in Canadian showrooms" says where."""
    return tok.pos_ == "NUM" or tok.tag_ == "$" or \
        tok.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL", "PERCENT")


def _goods_owners(goods, actorish: Callable) -> list:
    """The state whose goods a trade measure hits: the owner the goods' own phrase
    names ("Chinese steel"), or else a demonym or state reached from the goods through
    an amount or a maker's participle only ("tariffs on $60 billion in Canadian-made
    goods"; the parser hangs the demonym on "made" or under "in")."""
    found = _owners(partitive(goods), actorish)
    if found:
        return found
    for tok in goods.subtree:
        if tok.i == goods.i or tok.ent_type_ not in ("NORP", "GPE") or not actorish(tok):
            continue
        step = tok
        while step.i != goods.i and step.dep_ in _GOODS_PATH_DEPS and (
                step.dep_ != "prep" or step.lower_ in _GOODS_PATH_PREPS) and (
                step.dep_ != "prep" or step.lower_ != "in" or _is_amount(step.head)):
            step = step.head
        if step.i == goods.i:
            return [tok]
    return []


def _measure_targets(verb, actorish: Callable) -> list:
    """ "threatened to impose duties on Chilean wine makers": a trade measure a purpose
    clause lays on someone is aimed at them, or at the state whose goods it hits (the
    preposition "on" alone names a topic as often, so only after a measure)."""
    for obj in _children(verb, OBJ_DEPS):
        if lemma_of(obj) in TRADE_MEASURES:
            goods = _measure_goods(obj, verb)
            found = [t for t in goods if actorish(t)] or \
                [o for t in goods for o in _goods_owners(t, actorish)]
            if found:
                return found
    return []


def thing_owners(thing, actorish: Callable) -> list:
    """Whose a thing is by its own phrase: a possessor, or a demonym or state before
    it ("U.S. demands", "Israeli positions"); not who spoke at it ("a briefing by X")."""
    # (a place's name before a place says where: "at a London hotel")
    return [c for c in thing.children if c.i < thing.i and actorish(c) and (
        c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ == "NORP")
        or (c.dep_ in ("compound", "nmod") and c.ent_type_ == "GPE" and is_thing(thing)))]


def done_by_participle(noun):
    """The passive participle hung on `noun` that names who did it with "by" ("a
    lawsuit brought by Texas", "charges filed by prosecutors"), or None."""
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.pos_ in VERB_POS and \
                any(c.dep_ == "agent" and c.lower_ == "by" for c in child.children):
            return child
    return None


def noun_arguments(noun, actorish: Callable, verb_args: Callable) -> Arguments:
    actorish = _through_partitive(actorish)
    if noun.lemma_.lower() in PATIENT_NOUNS:
        # "his arrest", "the Trayvon Martin shooting": the possessor or a named
        # compound is who it was done to; the doer comes with "by".
        done_to = [c for c in noun.children if c.dep_ == "poss" or
                   (c.dep_ == "compound" and c.ent_type_ == "PERSON")]
        victims = [o for o in _pobjs(noun, frozenset({"of"})) if actorish(o)]
        if victims and any(c.dep_ == "poss" and actorish(c) for c in done_to):
            # "the gunman's killing of three officers": with the one it was done to
            # named by "of", the possessor is the doer ("last month's release of
            # X" names when, not who).
            doers = [c for c in done_to if c.dep_ == "poss" and actorish(c)]
            return Arguments(tuple(_expand(doers)), tuple(_expand(victims)), False, False)
        if done_to:
            doers = [a for a in _pobjs(noun, frozenset({"by"})) if actorish(a)]
            recipient = [r for r in _expand(done_to) if actorish(r)]
            return Arguments(tuple(_expand(doers)), tuple(recipient), False, False)
    leaving = lemma_of(noun) in LEAVING_NOUNS
    actor = [c for c in noun.children if c.dep_ == "poss"]
    asker_of = False
    if not actor and lemma_of(noun) in ASKER_NOUNS:
        # "the request of the prime minister": who asks, not who is asked
        actor = [a for a in _pobjs(noun, frozenset({"of"})) if actorish(a)]
        asker_of = bool(actor)
    asking = lemma_of(noun) in REQUEST_WORDS
    if not actor:
        # "the withdrawal from Syria": what is left, not who leaves
        preps = frozenset({"by"}) if leaving else NOUN_ACTOR_PREPS
        actor = [a for a in _pobjs(noun, preps) if actorish(a)]
        if not actor:
            # "an assault by Iraqi armour": whoever the thing is of
            actor = [o for a in _pobjs(noun, preps) if is_thing(a) for o in agent_of(a, actorish)]
    if not actor:
        actor = [a for a in _pobjs(noun, frozenset({"between", "among", "amongst"}))]
    if not actor:
        actor = state_holders(noun, actorish, verb_args)
    if not actor:
        # "the Russian invasion", "US sanctions"; but "the Ukraine war" names where.
        actor = [c for c in noun.children
                 if ((c.dep_ == "amod" and c.ent_type_ == "NORP") or
                     (c.dep_ in ("compound", "nmod") and c.ent_type_ in ("NORP", "GPE", "ORG")
                      and noun.lemma_.lower() not in CONFLICT_NOUNS | INQUIRY_NOUNS))
                 and actorish(c)]
    if not actor and noun.lemma_.lower() in CONFLICT_NOUNS and \
            any(actorish(t) for t in _pobjs(noun, frozenset({"against"}))):
        # "a U.S. strike against Syria", "an Israeli-American attack against Hamas": with
        # the target named by "against", a state before the noun is who strikes, not
        # where ("the Ukraine war" names no target)
        actor = [c for c in noun.children if c.dep_ in ("compound", "nmod") and
                 c.ent_type_ in ("NORP", "GPE") and c.i < noun.i and actorish(c)]
    if not actor and noun.lemma_.lower() in PATIENT_NOUNS and \
            any(actorish(t) for t in _pobjs(noun, frozenset({"of"}))):
        # "the US killing of X", "the Saudi arrest of Y": with the one it was done to
        # named by "of", a country or its people before the noun did it (a city there
        # names where: "the Charleston killing of nine")
        actor = _states_before(noun, actorish)
    if not actor and noun.lemma_.lower() not in PATIENT_NOUNS | INQUIRY_NOUNS:
        # "the president meeting with X", "a police crackdown": a noun of people
        # just before the event noun does it
        actor = [c for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1
                 and c.pos_ == "NOUN" and c.ent_type_ == "" and actorish(c)
                 and not is_thing(c)]
    borrowed = False
    gov = noun.head if noun.dep_ in OBJ_DEPS and noun.head.pos_ in VERB_POS else None
    gov_lemma = gov.lemma_.lower() if gov is not None else ""
    bringer = None
    if not actor and gov is not None and \
            gov_lemma not in UNDERGO_LEMMAS | SCENE_LEMMAS | DESCRIBE_LEMMAS:
        # "will hear a lawsuit brought by Texas against Pennsylvania": the agent of the
        # participle that tells who made the noun's act did it, not the subject of the
        # verb it is the object of (its target is the participle's, below); a noun no
        # verb takes stays as it was (it borrows no doer)
        bringer = done_by_participle(noun)
        actor = [a for a in _pobjs(bringer, frozenset({"by"})) if actorish(a)] \
            if bringer is not None else []
        bringer = bringer if actor else None
    if not actor and gov is not None and \
            gov_lemma not in UNDERGO_LEMMAS | SCENE_LEMMAS | DESCRIBE_LEMMAS:
        actor = list(verb_args(noun.head).actor)  # "launched an attack", "gave support"
        borrowed = bool(actor)
    if not actor and lemma_of(noun) in MEETING_NOUNS:
        actor = _frame_participants(noun, verb_args)
    if not actor and lemma_of(noun) in FIGHT_NOUNS and _pobjs(noun, frozenset({"with"})):
        # "troops advanced in heavy fighting with rebels": armed men (or a named side)
        # acting in a fight with the other side are in it
        actor = _frame_participants(noun, verb_args, armed=True)
    if leaving:
        # "the withdrawal of troops from Syria": the troops move; Syria is left
        recipient = [r for r in _pobjs(noun, frozenset({"from"})) if actorish(r)]
    else:
        preps = NOUN_RECIPIENT_PREPS - {"of"} if asker_of else NOUN_RECIPIENT_PREPS
        recipient = [r for r in _pobjs(noun, preps) if actorish(r)]
    if not recipient and bringer is not None:
        recipient = [r for r in _pobjs(bringer, RECIPIENT_PREPS) if actorish(r)]
    if not recipient and lemma_of(noun) in TRUST_NOUNS:
        # "expressed confidence in his minister": the one trusted is "in" the noun
        recipient = [r for r in _pobjs(noun, frozenset({"in"})) if actorish(r)]
    if not recipient and asking:
        recipient = asked_party(noun, actorish) or convened_body(noun, actorish)
    if not recipient and lemma_of(noun) in TRADE_MEASURES:
        # "tariffs on $16 billion of Chinese goods", "a ban on Russian oil": the state
        # whose goods they are (the parser often hangs "on ..." on the verb: "imposed
        # tariffs on ...")
        recipient = [o for t in _measure_goods(noun, gov) if not actorish(t)
                     for o in _goods_owners(t, actorish)]
    if not recipient and gov_lemma in UNDERGO_LEMMAS:
        # "Barr faced criticism from Democrats", "drew condemnation": who faces it is
        # who it is aimed at.
        subj, passive = _subject(gov)
        if not passive:
            recipient = [t for t in subj if t.pos_ in NOUN_POS and actorish(t)]
    if not recipient and _under_come(noun):
        # "the ministry came under criticism (from X)": the subject of "come" is who
        # the noun's act is aimed at, as the subject of "faced" is; it never does it
        come = noun.head.head
        subj, passive = _subject(come)
        if subj and all(wh_antecedent(come, t) is not None for t in subj):
            # "the ministry, which has come under criticism, ...": the noun the clause
            # tells of
            subj = [come.head]
        if not passive:
            recipient = [t for t in subj if t.pos_ in NOUN_POS and actorish(t)]
    # (this rule and the meeting one only complete a noun that names its doer: a
    # noun with nobody else named makes no record)
    if not recipient and actor and noun.dep_ in SUBJ_DEPS and lemma_of(noun) in ATTACK_NOUNS and \
            lemma_of(noun.head) in HARM_LEMMAS:
        # "a drone strike killed a commander": who the attack hit
        recipient = [o for o in _children(noun.head, OBJ_DEPS) if actorish(o)]
    if not recipient and actor and gov is not None and gov.i != noun.i and gov_lemma not in \
            UNDERGO_LEMMAS | SCENE_LEMMAS | DESCRIBE_LEMMAS | TRANSFER_LEMMAS and \
            not _children(gov, OBJ_DEPS - {"dobj", "obj"}):
        # "brought charges against X", "launched strikes on X": the target of the
        # light verb is its object noun's
        # (a phrase before the noun sets the scene: "On Capitol Hill, X called the attack")
        recipient = [o for o in _pobjs(gov, RECIPIENT_PREPS - {"for"}) if actorish(o)
                     and o.i > noun.i]
    if not recipient and lemma_of(noun) in ATTACK_NOUNS and _a_doer(actor, actorish):
        # "carried out attacks on Islamic State targets", "airstrikes on a Syrian
        # airstrip": the side whose positions the attack is aimed at
        recipient = _struck_side(noun, actorish)
    if not recipient and lemma_of(noun) in INQUIRY_WORDS:
        recipient = inquiry_target(noun, actorish)
    if not recipient and lemma_of(noun) in ASKER_NOUNS:
        recipient = _asked(noun, actorish)
    if not recipient:
        recipient = for_subject(noun, actorish)
    if not recipient:
        recipient = _possessor_of_objects(noun, actorish)
    if not recipient:
        # "a plan to sue X", "the decision to attack X", "an offer to help X": the
        # act the noun announces names its target.
        for child in noun.children:
            if child.dep_ in ("acl", "relcl") and child.pos_ in VERB_POS and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
                recipient = [o for o in _children(child, OBJ_DEPS) if actorish(o)] or \
                    [o for o in _pobjs(child, RECIPIENT_PREPS) if actorish(o)]
                if not recipient and actor:
                    # "a threat to strike the Colombian port", "a plan to impose duties
                    # on Chilean wine": the owner of what the announced act is done to,
                    # as for a verb's purpose clause (only with a doer named)
                    recipient = _object_owners(child, actorish) or \
                        _measure_targets(child, actorish)
                if recipient:
                    break
    if not recipient and actor and lemma_of(noun) in MEETING_NOUNS:
        # "after his Putin summit": a person named before a noun of meeting is who
        # was met (a state there names a side: "US talks")
        recipient = [c for c in noun.children if c.dep_ in ("compound", "nmod")
                     and c.ent_type_ == "PERSON" and c.i < noun.i and actorish(c)]
    if not recipient:
        recipient = content_subject(noun, actorish)
    if not recipient and actor:
        # (with a doer named: "anti-X protests" alone make no record)
        recipient = _anti_target(noun, actorish)
    actor_set = {a.i for a in _expand(actor)}
    recipient = [r for r in _expand(recipient) if r.i not in actor_set and actorish(r)]
    return Arguments(tuple(_expand(actor)), tuple(recipient), False, borrowed)


# Nouns of a state one is "on" that is itself the act ("the army is on high alert",
# "nurses were on strike"): whoever the copula says is in it does it.
HELD_STATES = frozenset(_LISTS["held_states"])


def state_holders(noun, actorish: Callable, verb_args: Callable) -> list:
    """The subject of "be" whose "on" holds the noun ("troops were on alert"): the
    tagger makes the copula an auxiliary, which no trigger is read from, so the
    noun carries the act. Only for the nouns of HELD_STATES ("he was on trial" puts
    no doer in a trial), held, not named: "the talk was on the strike" is a topic."""
    prep = noun.head
    if lemma_of(noun) not in HELD_STATES or noun.dep_ != "pobj" or prep.lower_ != "on" \
            or prep.dep_ != "prep" or lemma_of(prep.head) != "be":
        return []
    if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in ("a", "an"))
           for c in noun.children):
        return []
    return [a for a in verb_args(prep.head).actor if actorish(a)]


def _asked(noun, actorish: Callable) -> list:
    """Who a request is made of, as the clause answers it: the subject of the act done
    "at the request of X" ("at the government's request, troops returned"), or of a verb
    that answers it ("the mayor will comply with that request", "the court rejected the demand").
    A passive answer ("the request was granted") names no one."""
    verb = None
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in VERB_POS:
        prep, head = noun.head, noun.head.head
        if (prep.lower_ in ("at", "upon", "on") and lemma_of(noun) in ACTED_AT) or \
                (prep.lower_ in ("with", "to") and lemma_of(head) in REQUEST_ANSWERS):
            verb = head
    elif noun.dep_ in OBJ_DEPS and noun.head.pos_ in VERB_POS and \
            lemma_of(noun.head) in REQUEST_ANSWERS:
        verb = noun.head
    if verb is None:
        return []
    subj, passive = _subject(verb)
    return [] if passive else [t for t in subj if actorish(t)]


# Nouns of meeting someone: who is at one is who the sentence is about.
MEETING_NOUNS = frozenset(_LISTS["meeting_nouns"])
# Prepositions that set an act in the frame of a meeting ("after a meeting with X").
FRAME_PREPS = frozenset(_LISTS["frame_preps"])


def _frame_participants(noun, verb_args: Callable, armed: bool = False) -> list:
    """ "After a meeting with Putin, Trump said ...", "During a visit to Seoul, Abe
    urged ...": a meeting the clause is set in was had by the clause's subject, when
    that subject is named (a name or a pronoun; "reporters asked" after a meeting
    were not at it). With `armed`, a fight the clause is set in ("advanced amid
    fighting with rebels") is fought by a named subject or armed men ("troops"),
    never by people who flee or watch it."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return []
    verb = prep.head
    if verb.lower_ == "part" and verb.head.lemma_.lower() == "take":
        verb = verb.head  # "took part in the talks"
    # "took part in talks", "flew to Oslo for talks": the subject is in the meeting
    # itself, whoever it is, not only set near it
    joins = (prep.lower_ == "in" and lemma_of(verb) in JOIN_LEMMAS) or \
        (prep.lower_ == "for" and lemma_of(verb) in TRAVEL_LEMMAS and not armed
         and verb.dep_ != "acl")  # not "no sign of any envoys arriving for talks"
    if prep.lower_ == "of" and verb.lower_ == "ahead":
        verb = verb.head  # "ahead of the summit"
    elif prep.lower_ not in FRAME_PREPS | ({"amid", "amidst"} if armed else set()) and \
            not joins:
        return []
    if verb.pos_ not in VERB_POS or verb.i == noun.i:
        return []
    args = verb_args(verb)
    if args.passive:
        return []
    return [a for a in args.actor if (joins or a.pos_ in ("PROPN", "PRON") or
                                      (not armed and _office(a)) or
                                      armed and (a.lower_ in FORCE_WORDS or
                                                 lemma_of(a) in FORCE_WORDS))
            and (a.i < verb.i or _opening_participle_subject(verb, a))
            and a.lower_ not in ("it", "its", "that", "which", "this")]


def _opening_participle_subject(verb, subj) -> bool:
    """ "Speaking at a summit in Riga, the chancellor said ...": a participle that opens
    the sentence has no subject of its own; the subject of the clause it hangs on, told
    between the two, is the one at the meeting it is set in (as in "The chancellor,
    speaking at a summit, said ...")."""
    head = verb.head
    # only a participle of speaking there or attending: "Campaigning in Ohio during
    # the summit, the senator said" puts him away from it, at its time
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.pos_ in VERB_POS and \
        verb.i < subj.i < head.i and lemma_of(verb) in FRAME_PARTICIPLES


# Offices one person holds and is named to (senses reads them for appointments), and
# all the offices one person holds: "the president", "the foreign minister", "the king"
# name someone as surely as a name does ("During a visit to Canada, the president said").
OFFICE_NOUNS = frozenset(_LISTS["office_nouns"])
HELD_OFFICES = OFFICE_NOUNS | frozenset(_LISTS["title_offices"])


def _office(tok) -> bool:
    """A singular office noun told as known ("the president", "its foreign minister",
    "this governor"): one named person."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and lemma_of(tok) in HELD_OFFICES and \
        told_as_known(tok)


# Verbs whose subject takes part in the meeting under their "in"; verbs of travel
# whose "for" names the meeting the subject goes to.
JOIN_LEMMAS = frozenset(_LISTS["join_lemmas"])
TRAVEL_LEMMAS = frozenset(_LISTS["travel_lemmas"])
FRAME_PARTICIPLES = frozenset(_LISTS["frame_participles"])


# Heads that only count or pick out members of the noun under "of" ("millions of
# protesters", "one of the soldiers", "many of them").
PARTITIVES = frozenset(_LISTS["partitives"])


def partitive(tok):
    """The noun a count or a pick stands for ("some of the notes" -> notes, "two of the
    soldiers" -> soldiers); the word itself when it is none."""
    if tok.lower_ in PARTITIVES or tok.pos_ == "NUM":
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        return pobj
    return tok


_DASHES = frozenset({"-", "--", "—", "–"})


def _dateline(tok) -> bool:
    """'NAIROBI - Egypt and Ethiopia agreed ...': the parser often coordinates an
    all-caps dateline with the real subject; a dateline is never an actor."""
    doc = tok.doc
    if not (tok.is_upper and len(tok.text) > 2 and tok.i + 1 < len(doc)):
        return False
    if not (tok.i == 0 or "\n" in doc[tok.i - 1].text_with_ws or doc[tok.i - 1].is_upper):
        return False
    if doc[tok.i + 1].text in _DASHES:
        return True
    if doc[tok.i + 1].text == "(":
        # "WASHINGTON (Reuters) - ...": the agency in brackets, then the dash
        close = next((t.i for t in doc[tok.i + 2:tok.i + 6] if t.text == ")"), None)
        return close is not None and close + 1 < len(doc) and doc[close + 1].text in _DASHES
    # "KADUNA, Nigeria - ...": the town, a comma, its country or state, the dash;
    # "DUNCAN, Oklahoma (AP) - ...": an agency's name in brackets before it.
    if doc[tok.i + 1].text != ",":
        return False
    for nxt in doc[tok.i + 2:tok.i + 10]:
        if nxt.text in _DASHES:
            return nxt.i > tok.i + 2
        if not (nxt.pos_ == "PROPN" or nxt.text in (".", ",", "(", ")")):
            return False
    return False


def _expand(heads: Iterable) -> list:
    out: list = []
    seen: set[int] = set()
    for head in heads:
        head = partitive(head)
        if _dateline(head):
            # "DUNCAN, Oklahoma (AP) - Two men were shot": the parser made the dateline
            # the subject and the real one its apposition or conjunct after the dash;
            # the place and its country before the dash are no one.
            dash = next((t.i for t in head.doc[head.i + 1:head.i + 10] if t.text in _DASHES),
                        head.i)
            for app in head.children:
                if app.dep_ in ("appos", "conj") and app.pos_ in NOUN_POS and app.i > dash:
                    for tok in conjuncts(app):
                        if tok.i not in seen:
                            seen.add(tok.i)
                            out.append(tok)
            continue
        for tok in conjuncts(head):
            if _dateline(tok):
                continue
            if tok.i not in seen:
                seen.add(tok.i)
                out.append(tok)
    return out
