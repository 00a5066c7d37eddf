"""PLOVER event typing over the dependency parse.

Public API (stable; the event extractor calls it):

    Coding                        frozen (type, mode, context, cameo, confidence, trigger)
    code_predicate(doc, token, source=None, target=None) -> Coding | None
    code_relation(doc, source, target) -> Coding | None
    SaidAct, said_act(doc, verb) -> SaidAct | None   the act carried by words said

`code_predicate` types one predicate token (a verb, event noun or predicative
adjective) in its context:
- light verbs pass to their object ("held talks" CONSULT, "imposed sanctions"
  COERCE), giving verbs make support material ("provided support" AID);
- verbs that end their object reverse it ("lifted sanctions" RETREAT, "cut aid"
  SANCTION, "called off the strike" CONCEDE, "violated the truce" ASSAULT);
- acceding to a demand is CONCEDE ("accepted the demands");
- negation or failure turns cooperation into REJECT ("did not agree", "failed to
  reach a deal"), and a stated plan turns cooperation into AGREE and force into
  THREATEN ("will withdraw", "would impose sanctions"), as CAMEO's 12x, 03x and
  13x codes do.

`code_relation` finds the predicate linking two actor spans: the dependency
path between them, read from the top (the lowest common ancestor) down toward
the target, skipping reporting verbs ("X said ..."), so the act coded is the
one the source performs on the target ("X accused Y of ...": ACCUSE, not the
act Y is accused of). A weak word defers to the act of its purpose clause
("summoned the envoy to complain": ACCUSE); "X said Y must ..." is a demand.
With no coded word on the path it falls back to the nearest trigger in the
sentence, then to a prior.

`said_act` reads the act a verb of saying carries through its content clause or
quotation ("X said the reports were false": X denies; "X said Y must withdraw": X
demands of Y), or a naming verb through the name it gives ("X called the sanctions
illegal": X condemns them); the extractor makes the speaker its doer.

Types are today's PLOVER labels (CONCEDE and RETREAT, not the older YIELD;
scorers on older gold map them).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

from .arguments import CLAIM_NOUNS, NAME_ENT_TYPES, UNDERGO_LEMMAS, done_by_participle
from .predicate import first_conjunct
from .lexicon import NOUN_POS as _NOUN_POS
from .lexicon import OBJ_DEPS as _OBJ_DEPS
from .lexicon import VERB_POS as _VERB_POS
from .lexicon import Entry, cameo_row, lookup, ready_when_denied, word_classes
from .lexicon import lemma_of as _lemma
from .modality import cues, if_clause, performative
from .senses import DROP, sense_of
from .unfit import OFFICE_PEOPLE, unfit_for_office
from ..words import QUOTE_MARKS, told_as_known, word_lists

# The word lists of this module: data/coding_lists.toml.
_LISTS = word_lists("newsbrief.events", "coding_lists.toml")
__all__ = ["Coding", "SaidAct", "code_predicate", "code_relation", "said_act", "PRIOR_TYPE"]


@dataclass(frozen=True)
class Coding:
    type: str  # PLOVER type
    mode: str | None
    context: str | None
    cameo: str | None  # CAMEO code: 3 digits where the text settles it, else the 2-digit root
    confidence: float  # 0..1, a rank score, not a calibrated probability
    trigger: tuple[int, int] | None  # character offsets of the trigger word in doc.text


# When no word of the sentence is coded, two actors named together are most
# often in a plain diplomatic relation; SUPPORT (CAMEO 05, "engage in diplomatic
# cooperation") is the mildest claim to make about them. Its confidence (0.1)
# tells callers it is a guess.
PRIOR_TYPE = "SUPPORT"
PRIOR_CAMEO = "05"

_WORDS = word_classes()
REPORTING = _WORDS["reporting"]
LIGHT = _WORDS["light"]
ACCEDE = _WORDS["accede"]
GIVE = _WORDS["give"]
INTENT_AUX = _WORDS["intent_aux"]
INTENT_HEADS = _WORDS["intent_heads"]
OFFERING = _WORDS["offering"]
OBLIGE = _WORDS["oblige"]
FAIL = _WORDS["fail"]
REFUGEES = _WORDS["refugees"]
RECEIVE_PEOPLE = _WORDS["receive_people"]
PEACEKEEPING = tuple(sorted(_WORDS["peacekeeping_prefixes"]))
VIOLATE = _WORDS["violate"]
VERBAL_ATTACK = _WORDS["verbal_attack"]
SPEECH_MEDIA = _WORDS["speech_media"]
FORCE_WORDS = _WORDS["force_words"]
# Nouns that bundle what is under their "of" ("a set of bills", "a series of blunders").
BUNDLES = _WORDS["counting_nouns"] | _WORDS["measure_heads"]
BLAME_NOUNS = _WORDS["blame_nouns"]
SAID_VERBS = _WORDS["said_verbs"]
FALSITY = _WORDS["falsity"]
DENIALS = _WORDS["denials"]
BLAME_PREDICATES = _WORDS["blame_predicates"]
# Verdicts on conduct (word_classes.toml conduct_verdicts) condemn as the others do;
# a said act read on one is `unranked` (SaidAct).
CONDUCT_VERDICTS = _WORDS["conduct_verdicts"]
EXECUTIVE_NAMES = _WORDS["executive_names"]
DISAPPROVAL = _WORDS["disapproval"] | CONDUCT_VERDICTS
THREAT_OBJECTS = _WORDS["threat_objects"]
THREAT_VERBS = _WORDS["threat_verbs"]
HARMS = _WORDS["harms"]
PEOPLE = _WORDS["people"]
NAMING_VERBS = _WORDS["naming_verbs"]
NAMING = NAMING_VERBS | {"denounce"}
# Support given in words ("gave an unwavering commitment to NATO"): no material aid.
SAID_SUPPORT = frozenset(_LISTS["said_support"])
# Verbs that put off what has not yet happened ("postponed the missile test", "delayed
# the talks"). Alone ("delayed the vote", "the flight was delayed") they name no act;
# with an act as object they end it for now, as a reverse verb does: a hostile act put
# off is a retreat or concession, a meeting put off a refusal to meet (CAMEO 125),
# help put off a cut in it. Putting off a signing or a release is neither: no act.
PUT_OFF = _WORDS["put_off"]
PUT_OFF_TYPES = frozenset({"ASSAULT", "MOBILIZE", "COERCE", "SANCTION", "PROTEST", "CONSULT",
                           "AID", "COOPERATE"})
# Verbs that call off what has not yet happened ("cancelled the summit").
CANCEL = frozenset({"cancel", "scrap", "scrub", "nix", "call"}) | PUT_OFF
# Light verbs that put someone or something in a state named under "in/under/on"
# ("placed under house arrest", "put on alert"): the state names the act. ("keep" is
# no light verb, so "kept in quarantine" never reaches here.)
PLACE_IN = frozenset({"place", "put"})
PLACED_IDIOMS = frozenset({"charge"})
# Talks walked out of: a refusal to go on negotiating, not a street protest.
TALK_NOUNS = frozenset(_LISTS["talk_nouns"])
# Nouns of something missing: "a lack of support" states no support (_objects).
ABSENCE_NOUNS = frozenset(_LISTS["absence_nouns"])
# A court taking up a case: "hear", "rule on" (a verb lemma, with its preposition).
CASE_TAKEN_UP = frozenset(_LISTS["case_taken_up"])

# Re-coding tables: the CAMEO code of an act said as a plan, refused, or denied.
INTENT_AGREE = {"CONSULT": "036", "SUPPORT": "032", "COOPERATE": "031", "AID": "033",
                "CONCEDE": "035", "RETREAT": "035", "AGREE": "030"}
INTENT_THREAT = {"ASSAULT": "138", "COERCE": "132", "SANCTION": "131", "MOBILIZE": "138",
                 "PROTEST": "133"}
REVERSE_HOSTILE = {"COERCE": ("CONCEDE", "081"), "ASSAULT": ("RETREAT", "087"),
                   "MOBILIZE": ("RETREAT", "0873"), "SANCTION": ("CONCEDE", "081"),
                   "PROTEST": ("CONCEDE", "082"), "ACCUSE": ("CONCEDE", "080"),
                   "THREATEN": ("CONCEDE", "080"), "REQUEST": ("CONCEDE", "080"),
                   "REJECT": ("CONCEDE", "080")}
REVERSE_COOP = {"AID": "162", "CONSULT": "164", "COOPERATE": "160", "SUPPORT": "160",
                "AGREE": "160"}
REQUEST_CODES = {"AID": "103", "COOPERATE": "101", "RETREAT": "105", "CONCEDE": "105",
                 "CONSULT": "106", "AGREE": "107"}
NEG_REJECT = {"AGREE": "120", "CONSULT": "125", "SUPPORT": "120", "COOPERATE": "121",
              "AID": "122", "CONCEDE": "124", "RETREAT": "124"}


def _objects(token) -> Iterable:
    """The nouns a light verb passes its meaning to: objects, their conjuncts, the
    noun under "of" in measure phrases ("a series of strikes"), the noun of "go on
    strike" / "agree on a deal", and the state someone is placed in ("put on trial")."""
    lemma = _lemma(token)
    for child in token.children:
        if child.dep_ in _OBJ_DEPS:
            nouns = [child]
        elif child.dep_ == "prep" and (
                (child.lower_ == "on" and lemma in ("go", "embark", "agree")) or
                (child.lower_ == "as" and lemma in LIGHT) or
                (child.lower_ == "in" and lemma in ("engage", "participate")) or
                (child.lower_ in ("to", "upon") and lemma == "agree") or
                # "placed the city under lockdown", "put him on trial"
                (child.lower_ in ("in", "into", "under", "on") and lemma in PLACE_IN)):
            nouns = [c for c in child.children if c.dep_ == "pobj"]
        else:
            continue
        for noun in nouns:
            if child.dep_ == "prep" and lemma in PLACE_IN and _lemma(noun) in PLACED_IDIOMS:
                continue  # "put him in charge of the probe": an office, no charge
            yield noun
            for sub in noun.children:
                if sub.dep_ == "conj":
                    yield sub
                elif sub.dep_ == "prep" and sub.lower_ == "of" and \
                        _lemma(noun) not in ABSENCE_NOUNS:
                    # not "expressed a lack of confidence": nothing missing is stated
                    yield from (g for g in sub.children if g.dep_ == "pobj")


# --------------------------------------------------------------- context rules


@dataclass(frozen=True)
class _Hit:
    """A coded trigger before context (negation, intent) is applied."""

    type: str
    cameo: str
    mode: str | None
    weak: bool
    token: object  # the spaCy Token that carries the act
    cue: bool = False
    verb: object = None  # the light/reverse verb the act was read through, if any

    @classmethod
    def of(cls, entry: Entry, token, verb=None) -> "_Hit":
        return cls(entry.type, entry.cameo, entry.mode, entry.weak, token, entry.cue, verb)

    def negated(self) -> bool:
        return _negated(self.token) or (self.verb is not None and _negated(self.verb))

    def intended(self) -> bool:
        return _intended(self.token) or (self.verb is not None and _intended(self.verb)) \
            or _offered(self)


def _negated(token) -> bool:
    for child in token.children:
        if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
            return True
    head = token.head
    # "failed to reach agreement": a failed act is not done ("refused to" is
    # handled by the verb "refuse" itself).
    if token.dep_ == "xcomp" and _lemma(head) in FAIL:
        return True
    # A negated verb ("did not hold talks", "will not lift the ban") negates its object.
    if token.dep_ in _OBJ_DEPS and head != token and head.pos_ in _VERB_POS:
        return any(c.dep_ == "neg" for c in head.children)
    return False


def _light_verb_chain(token, steps: int):
    """`token`, then the light verb whose object it is, and so on up: at most
    `steps` words. A light verb's object shares the verb's tense and auxiliaries
    ("will hold talks")."""
    node = token
    for _ in range(steps):
        yield node
        if node.dep_ not in _OBJ_DEPS or node.head == node:
            return
        node = node.head


def _aux_of(token, words: frozenset) -> bool:
    """Does the clause of `token` (or of the light verb whose object it is) carry
    one of the auxiliaries in `words`?"""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in words
               for node in _light_verb_chain(token, 2) for c in node.children)


def _intended(token) -> bool:
    """True when the act is said as a plan: "will/would X", "plans/ready to X"."""
    for node in _light_verb_chain(token, 3):
        if any(c.dep_ == "aux" and c.lower_ in INTENT_AUX for c in node.children):
            return True
        if node is token and performative(token):
            return False  # '"I want to thank X," she said': the thanks are given
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children) and \
                node.dep_ in ("xcomp", "acl", "advcl") and node.head != node and \
                (_lemma(node.head) in INTENT_HEADS and not _predicted(node.head) or
                 ready_when_denied(node.head) == "planned"):
            return True
    return False


# The acts a light verb of offering turns into an offer of them (INTENT_AGREE's
# codes): aid, talks, cooperation, de-escalation. Not support ("offered his support"
# backs someone now) nor a concession ("offered his resignation" tenders it).
OFFERED_TYPES = frozenset({"AID", "CONSULT", "COOPERATE", "RETREAT"})
# An accord offered is not yet signed (CAMEO 057): the offer is the intent to agree.
SIGNED_ACCORD = "057"


def _offered(hit: "_Hit") -> bool:
    """Is the act the object noun of a light verb of offering (`OFFERING`: "offered
    federal assistance", "offered talks to the rebels", "offered a truce", "offered a
    package of aid", "offered rice as aid")? The offer is the act told (CAMEO 033
    express intent to provide aid, 036 to meet), as with "offered to provide aid"; the
    aid is not yet given. Aid offered to people ("offered food to the refugees", "to
    the wounded") is most often handed out on the spot, and stays aid."""
    verb = hit.verb
    if verb is None or not (hit.type in OFFERED_TYPES or hit.cameo == SIGNED_ACCORD) or \
            verb.pos_ not in _VERB_POS or _lemma(verb) not in OFFERING or \
            any(c.dep_ == "prt" for c in verb.children):
        return False  # "offered up the records": handed over, not offered
    obj = _offered_object(first_conjunct(hit.token), verb)
    if obj.dep_ not in _OBJ_DEPS or obj.head.i != verb.i:
        return False
    return hit.type != "AID" or not any(
        _people(r) for r in _offered_to((verb, obj, hit.token)))


def _offered_object(noun, verb):
    """The verb's own object above `noun` when `noun` is reached the way `_objects`
    reaches it: under "of" of a measure ("a package of aid", "a round of talks"), or
    under the verb's "as" ("offered rice as aid", which the rice stands for)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("of", "as"):
        return noun
    if prep.lower_ == "as" and prep.head.i == verb.i:
        objs = [c for c in verb.children if c.dep_ in _OBJ_DEPS]
        return objs[0] if objs else noun
    return first_conjunct(prep.head) if prep.lower_ == "of" else noun


def _offered_to(nodes) -> list:
    """Whom the offer is made to: the noun of a "to" phrase (active or passive) or the
    dative noun ("offered the refugees food") of the verb, or of the object the parser
    hung the "to" phrase on ("offered blankets and aid to the refugees")."""
    out = []
    for c in (c for node in nodes for c in node.children):
        if c.lower_ == "to" and c.dep_ in ("prep", "dative"):
            out += [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ == "dative":
            out.append(c)
    return out


def _people(tok) -> bool:
    """A group of people, not a party: "refugees", "3,000 victims", "the wounded"
    (an adjective or participle after "the" standing for the people it describes;
    the parser tags "the wounded" a verb)."""
    return _lemma(tok) in PEOPLE or tok.lower_ in PEOPLE or \
        (tok.pos_ in ("ADJ", "VERB") and any(c.dep_ == "det" for c in tok.children))


def _predicted(head) -> bool:
    """ "are expected to meet": others expect it; no one states an intent."""
    return _lemma(head) == "expect" and any(c.dep_ == "auxpass" for c in head.children)


def _make(hit: _Hit, confidence: float, *, negated: bool = False,
          intended: bool = False) -> Coding:
    typ, cameo, mode = hit.type, hit.cameo, hit.mode
    if negated and typ in NEG_REJECT:
        typ, cameo, mode = "REJECT", NEG_REJECT[typ], None
    elif intended and hit.cameo == SIGNED_ACCORD and _offered(hit):
        typ, cameo, mode = "AGREE", INTENT_AGREE["AGREE"], None  # "offered a peace deal"
    elif intended and typ in INTENT_AGREE and typ != "AGREE":
        typ, cameo, mode = "AGREE", INTENT_AGREE[typ], None
    elif intended and typ in ULTIMATUM_TYPES and _ultimatum(hit):
        # "will vote against the bill unless ...", "would impose tariffs unless ...":
        # an act held over another unless it gives way (CAMEO 139, give ultimatum)
        typ, cameo, mode = "THREATEN", "139", None
    elif intended and typ in INTENT_THREAT:
        typ, cameo, mode = "THREATEN", INTENT_THREAT[typ], None
    elif intended and _lawsuit_brought(hit) and \
            not _aux_of(hit.token, frozenset({"have"})):
        # "will sue the agency", "is prepared to sue": a lawsuit not yet brought is
        # one held over its target, a threat of legal action (CAMEO 130; 139 "unless");
        # "would have sued" looks back at what was not done, no threat
        typ, cameo, mode = "THREATEN", "139" if _ultimatum(hit) else "130", None
    elif negated:
        confidence *= 0.5  # "did not attack": still the act talked about, but doubtful
    return _coding(typ, cameo, mode, confidence, hit.token)


# Acts that, held over another "unless" it gives way, are an ultimatum.
ULTIMATUM_TYPES = frozenset(INTENT_THREAT) | {"REJECT"}


def _lawsuit_brought(hit: _Hit) -> bool:
    """Is the act bringing a lawsuit (the lexicon's CAMEO 115, not its cue words:
    "will make the case to voters") by the clause's own subject: the verb itself
    ("will sue") or a noun a light verb brings ("will file a lawsuit", "take legal
    action")? A lawsuit a judge "will hear" or "rule on" is no threat by the judge."""
    if hit.cameo != "115" or hit.cue:
        return False
    token = hit.token
    if token.pos_ in ("VERB", "AUX"):
        return True
    return token.dep_ in _OBJ_DEPS and _lemma(token.head) in LIGHT


def _case_taken_up(token, hit: _Hit) -> bool:
    """Is noun `token` an accusation (a lawsuit, a complaint) that a court or a panel
    takes up: the object of "hear", "try", "review" ("a judge heard the lawsuit"), under
    "rule on" or "preside over", or the subject of one of them in the passive ("the suit
    was heard")? The verb's subject judges the case and brings no accusation (CAMEO has
    no code for hearing one), so the noun makes no record; the bringing, when told
    ("the union brought it"), is coded on its own verb, and one told by a participle
    of the noun ("a suit brought by the union") keeps the noun's record, the union's."""
    if hit.type != "ACCUSE" or token.pos_ not in _NOUN_POS or token.head.i == token.i:
        return False
    if done_by_participle(token) is not None:
        return False  # "hear a lawsuit brought by Texas": the bringer's record, kept
    head = token.head
    if token.dep_ in _OBJ_DEPS:  # with "nsubjpass"
        taken = _lemma(head)
    elif token.dep_ == "pobj" and head.dep_ == "prep" and head.head.i != head.i:
        head, taken = head.head, f"{_lemma(head.head)} {head.lower_}"
    else:
        return False
    return head.pos_ in _VERB_POS and taken in CASE_TAKEN_UP


def _clause_nodes(hit: _Hit) -> list:
    """The trigger and the light verbs above it, and the verb it was read through."""
    nodes = list(_light_verb_chain(hit.token, 3))
    if hit.verb is not None:
        nodes += list(_light_verb_chain(hit.verb, 3))
    return nodes


def _ultimatum(hit: _Hit) -> bool:
    """The act's clause has an "unless" clause of its own, or an "if ... not" one
    ("will vote against it if the credit is not raised")."""
    for node in _clause_nodes(hit):
        for c in node.children:
            if c.dep_ != "advcl":
                continue
            marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
            if "unless" in marks or ("if" in marks and any(
                    m.dep_ == "neg" for m in c.children)):
                return True
    return False


def _coding(typ: str, cameo: str, mode: str | None, confidence: float, token) -> Coding:
    row = cameo_row(cameo)
    context = row.context if row else None
    if mode is None and row is not None and row.type == typ:
        mode = row.mode
    trigger = (token.idx, token.idx + len(token.text)) if token is not None else None
    # The lexicon keeps 4-digit sub-codes (they pick mode and context above), but the
    # public record gives 3 digits at most, the level GDELT-style analyses group by.
    return Coding(typ, mode, context, cameo[:3] if cameo else cameo, round(confidence, 3),
                  trigger)


def _reverse(entry: Entry, sub: Entry, obj, verb) -> _Hit:
    """A verb that ends its object: de-escalation or reduced relations."""
    if sub.type in REVERSE_HOSTILE:
        typ, code = REVERSE_HOSTILE[sub.type]
        if sub.type == "COERCE" and sub.cameo.startswith("163"):
            typ, code = "RETREAT", "085"  # easing sanctions / embargo
        return _Hit(typ, code, None, False, obj, verb=verb)
    if sub.cameo == "0871":
        return _Hit("ASSAULT", "196", None, False, obj, verb=verb)  # ending a truce
    if sub.type == "CONSULT" and (sub.mode == "visit" or _lemma(verb) in CANCEL):
        # Cancelling a visit, or a meeting still to come, rejects the meeting (CAMEO
        # 125); halting talks under way is a break in relations (164).
        return _Hit("REJECT", "125", None, False, obj, verb=verb)
    if sub.type in REVERSE_COOP:
        return _Hit("SANCTION", REVERSE_COOP[sub.type], None, False, obj, verb=verb)
    return _Hit.of(entry, obj, verb)


# Event nouns a light verb only carries out ("gave a news conference", "gave a speech"):
# word_classes' occasion nouns and coding_lists' spoken occasions.
OCCASION_OBJECTS = _WORDS["occasion_nouns"] | frozenset(_LISTS["occasion_objects_extra"])


def _code_token(token, *, allow_weak: bool = True) -> _Hit | None:
    """The coded act of a token, following a light verb to its object."""
    entry = lookup(token)
    lemma = _lemma(token)
    if entry is not None and " " in entry.pattern and not (entry.reverse or entry.light):
        return _Hit.of(entry, token)  # a two-word pattern ("lodge a protest") is exact
    light = lemma in LIGHT or (entry is not None and entry.light)
    reverse = entry is not None and entry.reverse
    backing = entry is not None and entry.type == "SUPPORT" and entry.pos == "V"
    occasion = False
    if light or reverse or backing or lemma in ACCEDE or lemma in GIVE or lemma in VIOLATE:
        for obj in _objects(token):
            sub = lookup(obj)
            if sub is None or sub.pos == "A":
                # "gave a news conference", "provided testimony": an event noun
                # object of a light verb is that noun's event, which the lexicon
                # does not code; the verb's own sense (give: AID) is not meant.
                occasion = occasion or (light and _lemma(obj) in OCCASION_OBJECTS)
                continue
            if reverse:
                return _reverse(entry, sub, obj, token)
            if lemma in ACCEDE and sub.type == "REQUEST":
                return _Hit("CONCEDE", "083", None, False, obj, verb=token)
            if lemma in GIVE and sub.type == "SUPPORT" and sub.cameo == "050" and \
                    _lemma(obj) not in SAID_SUPPORT:
                return _Hit("AID", "070", None, False, obj, verb=token)
            # Backing aid ("supported economic assistance to X") is coded as the aid.
            if entry is not None and entry.type == "SUPPORT" and sub.type == "AID" \
                    and not sub.weak:
                return _Hit.of(sub, obj, token)
            if lemma in VIOLATE and sub.cameo == "0871":
                return _Hit("ASSAULT", "196", None, False, obj, verb=token)  # breaking a truce
            # "agreed a deal" signs it (SUPPORT 057); "agreed to a ceasefire" stays AGREE.
            if lemma == "agree" and sub.type != "SUPPORT":
                continue
            if light:
                # Through its verb a cue noun is a proper trigger ("sent troops",
                # "reached a deal"); a strong verb lends its strength to a weak noun.
                weak = sub.weak and not sub.cue and (entry is None or entry.weak)
                if allow_weak or not weak:
                    return dataclasses.replace(_Hit.of(sub, obj, token), weak=weak)
    if entry is None and lemma in PUT_OFF and token.pos_ in _VERB_POS:
        for obj in _objects(token):
            sub = lookup(obj)
            if sub is not None and sub.pos != "A" and not sub.cue and sub.type in PUT_OFF_TYPES:
                return _reverse(sub, sub, obj, token)
        return None
    if entry is None or (entry.weak and not allow_weak) or occasion:
        return None
    return _Hit.of(entry, token)


def code_predicate(doc, token, source=None, target=None) -> Coding | None:
    """The PLOVER coding of one predicate token, or None if it is not an event word.

    `source` and `target` (spaCy Spans) are accepted so callers can pass the
    arguments they know; only the target is read today (refugees received).
    """
    hit = _code_token(token)
    if hit is None or (hit.cue and hit.token == token):
        return None  # "food", "troops" alone name no act
    if _case_taken_up(token, hit):
        return None  # "the judge heard the lawsuit": the suit is its bringer's act
    if token.dep_ == "compound" and token.pos_ in _NOUN_POS and token.head.pos_ in _NOUN_POS:
        head = _code_token(token.head, allow_weak=False)
        if head is not None and head.type == hit.type:
            return None  # "a missile test launch": one act, named by its head
    # The word's sense in its frame: "asked whether" is a question, "struck down a
    # law" a court's rejection (events.senses).
    sense = sense_of(token, hit.token, hit.verb, hit.type)
    if sense is DROP:
        return None
    if sense is not None:
        hit = dataclasses.replace(hit, type=sense[0], cameo=sense[1], mode=None)
    if hit.type == "SUPPORT" and _lemma(hit.verb or hit.token) == "vote" and hit.intended():
        return None  # "will vote for X": a voter's intention, no act between actors
    hit = _refine(doc, hit, target)
    confidence = 0.6 if hit.weak else 0.8
    negated = hit.negated() or _negated(token)
    if negated and hit.type == "REJECT" and hit.cameo.startswith("12"):
        return None  # "would not rule out talks", "did not reject the offer": no refusal
    return _make(hit, confidence, negated=negated, intended=hit.intended())


def _refine(doc, hit: _Hit, target) -> _Hit:
    """Corrections that need the sentence: peacekeepers and refugees, attacks in
    words, walk-outs from talks."""
    verbal = _verbal_attack(hit)
    if verbal is not None:
        return verbal
    if hit.type == "MOBILIZE" and _aimed_launch(hit.token):
        return _Hit("ASSAULT", "195", None, False, hit.token, verb=hit.verb)
    if hit.type == "ASSAULT" and _crowd_riot(hit.verb if hit.verb is not None else hit.token):
        return _Hit("PROTEST", "145", None, False, hit.token, verb=hit.verb)
    if hit.type in ("MOBILIZE", "CONSULT") or (hit.weak and hit.type == "ASSAULT"):
        parsed = doc.has_annotation("DEP") or doc.has_annotation("SENT_START")
        sent = hit.token.sent if parsed else doc
        if any(t.lower_.startswith(PEACEKEEPING) for t in sent):
            return _Hit("AID", "074", None, False, hit.token, verb=hit.verb)
    if target is not None and any(_lemma(t) in REFUGEES for t in target) and (
            hit.type in ("CONSULT", "SUPPORT") or _lemma(hit.token) in RECEIVE_PEOPLE):
        return _Hit("AID", "075", None, False, hit.token, verb=hit.verb)
    return hit


# Verbs that send off a weapon; a missile so sent at someone is an attack (CAMEO 195),
# sent into the sea or over a country a test or a show of force (150).
LAUNCH_VERBS = frozenset({"launch", "fire"})
TARGET_PREPS = frozenset({"at", "on", "against", "toward", "towards", "into"})
OPEN_SPACE = frozenset(_LISTS["open_space"])
_NOT_TARGETS = OPEN_SPACE | _WORDS["sense_days"]  # "into the sea", "on Friday"


def _aimed_launch(token) -> bool:
    """Is `token` a launching verb with a target ("fired missiles at the base")?"""
    if token.pos_ not in _VERB_POS or _lemma(token) not in LAUNCH_VERBS:
        return False
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in TARGET_PREPS:
            for obj in prep.children:
                if obj.dep_ == "pobj" and _lemma(obj) not in _NOT_TARGETS \
                        and obj.lower_ not in OPEN_SPACE and \
                        obj.ent_type_ not in ("DATE", "TIME"):
                    return True
    return False


def _crowd_riot(token) -> bool:
    """Is `token` an assault done by a crowd in the street ("demonstrators stormed the
    embassy")? A violent protest (CAMEO 145), whatever its object; killings and arms
    (the "lethal" class) stay an assault."""
    if token.pos_ not in _VERB_POS or _lemma(token) in _WORDS["lethal"]:
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    subjects += [g for c in subjects for g in c.children if g.dep_ == "conj"]
    return bool(subjects) and all(_lemma(s) in _WORDS["crowds"] or s.lower_ in _WORDS["crowds"]
                                  for s in subjects)


def _verbal_attack(hit: _Hit) -> _Hit | None:
    """ "attacked the writer as a bad actor", "slammed the plan in a speech", "called
    the test a threat": words against someone are criticism (ACCUSE 111), not force
    or a threat, when the sentence shows speech and no force. "walked out of the
    talks" refuses to negotiate (REJECT 125)."""
    tok = hit.verb if hit.verb is not None else hit.token
    if tok is None or tok.pos_ not in ("VERB", "AUX"):
        return None
    lemma = _lemma(tok)
    if hit.type == "PROTEST" and lemma == "walk":
        for t in tok.subtree:
            if t.dep_ == "pobj" and t.head.lower_ in ("of", "from") and \
                    tok in (t.head.head, t.head.head.head) and \
                    (_lemma(t) in TALK_NOUNS or t.lower_ in TALK_NOUNS):
                return _Hit("REJECT", "125", None, False, hit.token, verb=hit.verb)
        return None
    if hit.type not in ("ASSAULT", "THREATEN", "COERCE"):
        return None
    sent = tok.sent if tok.doc.has_annotation("SENT_START") or \
        tok.doc.has_annotation("DEP") else tok.doc
    if any(t.lower_ in FORCE_WORDS for t in sent):
        return None
    if lemma in NAMING and hit.token is not tok:
        # "called Friday's test a threat": the complement is the blame.
        if _lemma(hit.token) in BLAME_NOUNS or hit.token.lower_ in BLAME_NOUNS:
            return _Hit("ACCUSE", "111", None, False, hit.token, verb=hit.verb)
        return None
    if lemma not in VERBAL_ATTACK or hit.token is not tok:
        return None
    if _speech_signs(tok, sent):
        return _Hit("ACCUSE", "111", None, False, hit.token, verb=hit.verb)
    return None


def _speech_signs(tok, sent) -> bool:
    """A verb told as words: "as <noun>", "for/over <what was said or done>", a
    participle of saying, a speech medium, a quotation in its sentence."""
    if any(t.text in ('"', "\u201c", "\u201d") for t in sent):
        return True
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("as", "for", "over") and \
                any(g.dep_ in ("pobj", "pcomp") for g in child.children):
            return True
        if child.dep_ == "prep" and child.lower_ in ("in", "on", "during", "at", "via") and \
                any(_lemma(g) in SPEECH_MEDIA or g.lower_ in SPEECH_MEDIA
                    for g in child.children if g.dep_ == "pobj"):
            return True
        if child.dep_ in ("advcl", "xcomp", "ccomp") and _lemma(child) in REPORTING | {
                "call", "describe", "accuse", "blame"}:
            return True
        if child.dep_ == "dobj" and (_lemma(child) in SPEECH_MEDIA or child.lower_ in (
                "plan", "proposal", "decision", "policy", "bill", "report", "idea",
                "remarks", "comments", "statement", "media", "press", "law", "deal",
                "administration", "ruling", "move", "strategy", "budget")):
            return True
    return False


# ------------------------------------------------------------------ relations


def _chain(token) -> list:
    """token and its ancestors up to the sentence root."""
    out = [token]
    while out[-1].head != out[-1] and len(out) < 64:
        out.append(out[-1].head)
    return out


def _path(source, target) -> list | None:
    """Tokens from the lowest common ancestor down to the target's head (inclusive),
    or None when the spans share no ancestor (different sentences)."""
    up_s = _chain(source.root)
    up_t = _chain(target.root)
    ids_s = {t.i for t in up_s}
    for k, tok in enumerate(up_t):
        if tok.i in ids_s:
            return list(reversed(up_t[:k + 1]))
    return None


def _inside(token, *spans) -> bool:
    return any(span.start <= token.i < span.end for span in spans)


def _purpose_child(token) -> _Hit | None:
    """A strong trigger in the clause a weak verb introduces ("summoned X to complain")."""
    for child in token.children:
        if child.dep_ in ("xcomp", "advcl", "ccomp") and child.pos_ in _VERB_POS:
            found = _code_token(child, allow_weak=False)
            if found is not None:
                return found
    return None


# Verbs of these types take the act as their complement and keep their own type:
# "declined to resign" is REJECT, "threatened to leave" THREATEN. (A weak request
# verb does defer: "summoned the envoy to complain" is the complaint.)
_COMPLEMENT_TYPES = frozenset({"REJECT", "AGREE", "THREATEN"})


def _defers(token, hit: _Hit) -> bool:
    """Should the act of `token`'s purpose clause replace `hit`? Yes for a weak
    word ("summoned X to complain") and for a giving verb with no event object
    ("sent experts to investigate"); not for a verb whose complement is its content."""
    if hit.token != token or _takes_complement(token, hit):
        return False
    if hit.weak:
        return True
    entry = lookup(token)
    return entry is not None and entry.light


def _takes_complement(token, hit: _Hit) -> bool:
    """A weak refusal/agreement/threat verb with a complement or object is read in
    its strong sense ("declined a request", "declined to resign")."""
    return hit.type in _COMPLEMENT_TYPES and any(c.dep_ in ("xcomp", "dobj")
                                                 for c in token.children)


def _predicative(token) -> _Hit | None:
    """The coded adjective of a copula ("Y was responsible", "X is opposed to")."""
    if _lemma(token) != "be":
        return None
    for child in token.children:
        if child.dep_ in ("acomp", "attr") and child.pos_ == "ADJ":
            entry = lookup(child)
            if entry is not None:
                return _Hit.of(entry, child)
    return None


def _patient(trigger, target) -> bool:
    """Is the target what the trigger acts on: its object, or the "of" noun of an
    event noun ("the extradition of X")?"""
    root = target.root
    if root.head == trigger and root.dep_ in _OBJ_DEPS:
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head == trigger


def _obliged(target) -> bool:
    """Is the target the subject of a clause with "must/should" ("Y must withdraw")?"""
    root = target.root
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head == root:
        return False
    return _aux_of(root.head, OBLIGE)


def _is_reporting(token) -> bool:
    lemma = _lemma(token)
    return lemma in REPORTING and lemma not in LIGHT and lookup(token) is None


def code_relation(doc, source, target) -> Coding | None:
    """The PLOVER coding of what `source` does to `target` (two spans of `doc`)."""
    path = _path(source, target)
    if path is not None:
        chosen: _Hit | None = None
        weak: _Hit | None = None
        reported = False
        # Words inside the actor spans name actors, not the act between them.
        candidates = [t for t in path if not _inside(t, source, target)]
        rest: list = []
        for k, token in enumerate(candidates):
            if _is_reporting(token):
                reported = True
                hit = _predicative(token)  # "said Y was responsible"
                if hit is None:
                    continue
            else:
                hit = _code_token(token)
            if hit is None or (hit.cue and hit.token == token):
                continue
            # A weak word, or a light verb with no event object ("sent experts
            # to investigate"), defers to the act of its purpose clause.
            if _defers(token, hit):
                hit = _purpose_child(token) or hit
            if hit.weak and not (hit.token == token and _takes_complement(token, hit)):
                weak = weak or hit
                continue
            chosen, rest = hit, candidates[k + 1:]
            break
        confidence = 0.8
        if chosen is None and weak is not None:
            chosen, confidence = weak, 0.6
        if reported and _obliged(target) and (chosen is None or chosen.type != "REQUEST"):
            typ = chosen.type if chosen is not None else ""
            return _coding("REQUEST", REQUEST_CODES.get(typ, "100"), None, confidence,
                           chosen.token if chosen is not None else target.root.head)
        if chosen is not None:
            return _relation_coding(doc, chosen, confidence, target, reported, rest)
    near = _nearest(doc, source, target)
    if near is not None:
        near = _refine(doc, near, target)
        return _make(near, 0.4, negated=near.negated(), intended=near.intended())
    return _coding(PRIOR_TYPE, PRIOR_CAMEO, None, 0.1, None)


def _relation_coding(doc, hit: _Hit, confidence: float, target, reported: bool,
                     below: list) -> Coding:
    hit = _refine(doc, hit, target)
    negated = hit.negated()
    # "X said Y must withdraw": a demand on Y, whatever the act demanded.
    if reported and not negated and _aux_of(hit.token, OBLIGE) and hit.type != "REQUEST":
        return _coding("REQUEST", REQUEST_CODES.get(hit.type, "100"), None, confidence,
                       hit.token)
    # Handing a person over for trial is a legal act against that person (PLOVER
    # codes legal action against a person as ACCUSE), not cooperation with the
    # state that receives them.
    if hit.cameo == "063" and _patient(hit.token, target) and \
            target.root.ent_type_ not in ("GPE", "NORP"):
        return _coding("ACCUSE", "1121", None, confidence, hit.token)
    # "X called for sanctions against Y": a demand to punish Y disapproves of Y.
    if hit.type == "REQUEST" and any(
            (h := _code_token(t)) is not None and h.type in ("COERCE", "SANCTION", "ACCUSE")
            for t in below if t.pos_ in _NOUN_POS):
        return _coding("ACCUSE", "112", None, confidence, hit.token)
    return _make(hit, confidence, negated=negated, intended=hit.intended())


def _nearest(doc, source, target) -> _Hit | None:
    """The coded word of the sentence closest to the pair, strong words first."""
    same = source.root.sent == target.root.sent
    lo, hi = min(source.start, target.start), max(source.end, target.end)
    sent = target.root.sent if same else doc[lo:hi]
    best = None
    for token in sent:
        if _inside(token, source, target):
            continue
        hit = _code_token(token)
        if hit is None or (hit.cue and hit.token == token):
            continue
        between = lo <= token.i < hi
        distance = 0 if between else min(abs(token.i - lo), abs(token.i - hi))
        key = (hit.weak, not between, distance)
        if best is None or key < best[0]:
            best = (key, hit)
    return best[1] if best else None


# ------------------------------------------------------------------ said acts


@dataclass(frozen=True)
class SaidAct:
    """A verbal act carried by what someone said ("X said the reports were false"):
    its coding, whose trigger is the word that makes the words an act ("false"), and
    the head of the one it is aimed at (the content's subject or its owner), if any.
    The doer is the speaker, the subject of the verb of saying."""

    coding: Coding
    target: object | None  # spaCy Token
    # Kept out of the article's main act choice and of its term (events.extract), its own
    # score kept: the act read only through a name's parts or a looser word (a
    # condemning adjective on a plain name, the noun under a bundle, an adjective the
    # parser hangs after the object, a verdict on conduct, word_classes.toml
    # conduct_verdicts) or aimed at the executive by its common name. Ranked, a verdict
    # told past the lead would take the mark from the lead's own act.
    unranked: bool = False


# Things whose conduct can be condemned without naming a doer ("the move is illegal").
CONDUCT_NOUNS = frozenset(_LISTS["conduct_nouns"])
APPROVAL = frozenset(_LISTS["approval"])
APPROVAL_HEADS = frozenset(_LISTS["approval_heads"])
# Verdicts on a person's conduct, read only of an actor or a conduct noun.
PERSON_VERDICTS = frozenset(_LISTS["person_verdicts"])
# Outcomes of a process a person verdict judges as its runners' conduct (proc39).
VERDICT_OUTCOMES = frozenset(_LISTS["verdict_outcomes"])
# Names of praise put on a party, and the adjective + people word praises a naming verb
# puts on one: SUPPORT 051, as a blaming name is ACCUSE 111.
PERSON_PRAISE = frozenset(_LISTS["person_praise"])
PRAISE_PEOPLE_HEADS = frozenset(_LISTS["praise_people_heads"])
PRAISE_ADJECTIVES = frozenset(_LISTS["praise_adjectives"])
# A kind on a name of praise tells a record ("a war hero"); a party told as dead ("the
# late governor") is mourned. A hunted person ("the gunman") described by
# neighbours is a portrait, no praise.
PRAISE_KINDS = frozenset(_LISTS["praise_kinds"])
EULOGISED = frozenset(_LISTS["eulogised"])
WANTED_PEOPLE = _WORDS["sense_wanted_people"]
# The words that deny a verdict: modality's negation words but "not" (read apart as
# `negated`; "not only corrupt" asserts), and the others coding_lists.toml gives.
VERDICT_DENIERS = frozenset(_LISTS["verdict_deniers"]) | (cues().neg_words - {"not", "n't"})
# Degree words that make a verdict a comparison ("less corrupt than the last one", "the
# least corrupt of them"): no verdict on its subject. "more" is not here: "more
# corrupt" alone still judges (a "than" on the complement compares, `_compared`). Two
# words, no list.
VERDICT_COMPARATIVES = frozenset({"less", "least"})
# A verdict guessed at ("could be corrupt") or put on a condition ("would be corrupt if
# he took the money"): modality's cues of a conditional act, one set for both readers.
SPECULATIVE_MODALS = cues().cond_aux
FIRST_SECOND = frozenset({"i", "we", "me", "us", "you", "our", "my"})
# "Y must act", "Y has to act", "Y should have acted".
_MUST = frozenset({"must", "should", "ought"})
_CONDITION_MARKS = frozenset({"if", "unless", "whether", "once", "until", "when"})


def said_act(doc, verb) -> SaidAct | None:
    """`_said_act`, marked `unranked` when its verdict is a conduct verdict or the one it
    judges or asks is the executive by its common name."""
    said = _said_act(doc, verb)
    return None if said is None else _marked_unranked(doc, said)


def _marked_unranked(doc, said: SaidAct) -> SaidAct:
    if said.unranked or said.coding.trigger is None:
        return said
    span = doc.char_span(*said.coding.trigger)
    word = span is not None and any(_lemma(t) in CONDUCT_VERDICTS or t.lower_ in
                                    CONDUCT_VERDICTS for t in span)
    target = said.target
    executive = target is not None and not target.ent_type_ and _executive(target)
    return dataclasses.replace(said, unranked=True) if word or executive else said


def _said_act(doc, verb) -> SaidAct | None:
    """The verbal act the words introduced by a verb of saying carry, if they carry
    one: calling a claim untrue denies it (REJECT 120; calling a denial untrue
    accuses, ACCUSE 111), putting blame on someone accuses (ACCUSE 112; "we were not
    responsible" denies), condemning someone's conduct criticises (ACCUSE 111),
    saying someone must act demands (REQUEST), saying someone will pay a price
    threatens (THREATEN 130). Read from the frame of the content clause (a copula
    and its complement, a modal of obligation, a threat verb and its object), never
    from its words alone."""
    if verb.pos_ not in _VERB_POS:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "did not say the reports were false"
    if _lemma(verb) in NAMING_ACTS:
        return _named_act(verb)
    if _lemma(verb) not in SAID_VERBS:
        return None
    for content in _said_contents(verb):
        got = _content_act(content)
        if got is not None:
            return got
    return None


# Verbs that put a name on what they take ("called the reports fake news", "described
# the strikes as illegal"): the name is what the subject does to it.
NAMING_ACTS = NAMING_VERBS | {"deem"}
# Nouns of the base facts a claim lacks ("the charges have no basis").
_GROUNDS = frozenset({"basis", "merit", "foundation", "substance", "truth", "credibility"})


def _named_act(verb) -> SaidAct | None:
    """ "X called the reports fake news" (X denies them), "X described the strikes as
    a violation" (X condemns them): the complement a naming verb puts on its object."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not objs:
        return None
    obj, comp = objs[0], None
    for c in verb.children:
        if c.dep_ in ("oprd", "ccomp", "xcomp") or (c.dep_ == "dobj" and c.i > obj.i):
            comp = c
        elif c.dep_ == "prep" and c.lower_ == "as":
            comp = next((g for g in c.children if g.dep_ in ("pobj", "amod", "acomp")), None)
        elif c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as"
                                       for m in c.children):
            comp = c
        if comp is not None:
            break
    unranked = comp is None
    if comp is None:
        # "called the ban completely inappropriate": the parser hangs the name on the
        # object as an adjective after it, where English puts none of its own
        comp = next((c for c in obj.children if c.dep_ == "amod" and c.i > obj.i), None)
    if comp is None:
        return None
    name, comp = comp, _unbundled(comp, obj)
    unranked = unranked or comp is not name
    word = _lemma(comp)
    if word == "act":  # "an act of aggression"
        word = next((_lemma(g) for p in comp.children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj"), word)
    mods = {_lemma(c) for c in comp.children if c.dep_ == "amod"}
    if (word in FALSITY or mods & FALSITY) and not _actorlike(obj):
        return _called_untrue(obj, comp)
    adj = _condemning_adjective(comp)
    if adj is not None:
        # "called the bill a reckless scheme": the adjective is the verdict
        comp, word, unranked = adj, _lemma(adj), True
    judged = word in DISAPPROVAL or word in BLAME_NOUNS or (
        (word in PERSON_VERDICTS or comp.lower_ in PERSON_VERDICTS)
        and (_actorlike(obj) or _lemma(obj) in CONDUCT_NOUNS
             or _lemma(obj) in VERDICT_OUTCOMES)) or (
        unfit_for_office(comp) and _actorlike(obj))
    if judged and not _compared(comp):
        # "called the bill a disaster", "described the move as an assault on democracy":
        # a blaming name (blame_nouns) condemns what it names as a condemning one does
        return SaidAct(_coding("ACCUSE", "111", None, 0.8, comp),
                       obj if _actorlike(obj) else _owner(obj) or _maker(obj), unranked)
    if _praising_name(comp, mods) and not _compared(comp) and \
            _actorlike(obj) and obj.lower_ not in FIRST_SECOND and _praisable(obj, comp):
        # "called the senator a hero", "described the aide as a wonderful
        # colleague": a name of praise on a party praises it
        return SaidAct(_coding("SUPPORT", "051", None, 0.8, comp), obj, unranked)
    return None


def _unbundled(name, obj):
    """The name under a bundling noun's "of" ("called the bills a set of reckless
    measures": the measures, and their adjective, are the name), or the name itself. A
    denied bundle ("no series of blunders") keeps its denial on the bundle, read as
    before; a bundle put on a document ("described the army's file as a list of
    crimes") tells what the document holds, no verdict on it or its owner, unless what
    it holds is called untrue ("called the file a list of lies" denies the file)."""
    if (_lemma(name) not in BUNDLES and name.lower_ not in BUNDLES) or _denied_name(name):
        return name
    inner = next((g for p in name.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")),
                 name)
    if (_lemma(obj) in NAMED_DOCUMENTS or obj.lower_ in NAMED_DOCUMENTS) and \
            _lemma(inner) not in FALSITY and inner.lower_ not in FALSITY:
        return name
    return inner


# The words that deny a name ("no hero", "not a patriot"), built once.
_NAME_DENIERS = VERDICT_DENIERS | {"not"}


def _denied_name(name) -> bool:
    """Is the name denied by a word on it ("no hero", "not a patriot", "never a crime")?"""
    return any(c.dep_ in ("det", "advmod", "neg") and c.lower_ in _NAME_DENIERS
               for c in name.children)


CONDEMNED_NAMES = frozenset(_LISTS["condemned_names"]) | CONDUCT_NOUNS
CLASSIFIED_ACTS = frozenset(_LISTS["classified_acts"])
CLASSIFYING_ADJECTIVES = frozenset(_LISTS["classifying_adjectives"])
NAMED_DOCUMENTS = frozenset(_LISTS["named_documents"])


def _condemning_adjective(name):
    """The condemning adjective put on a plain name of an act or a measure ("a reckless
    scheme", "an irresponsible plan", "an illegal war"), if the name is one and is not
    denied ("no illegal act"); None for any other name."""
    if _lemma(name) not in CONDEMNED_NAMES and name.lower_ not in CONDEMNED_NAMES and \
            lookup(name) is None:
        return None
    if name.pos_ not in ("NOUN", "PROPN") or _denied_name(name):
        return None
    return next((a for c in name.children if c.dep_ == "amod"
                 for a in (c, *c.conjuncts) if _lemma(a) in DISAPPROVAL
                 and not _classified_act(a, name)), None)


def _classified_act(adj, name) -> bool:
    """Does the adjective classify an act named between it and the name ("an illegal
    immigration measure", "a reckless driving law", "an illegal drug treatment scheme"):
    the act's kind, no verdict on the measure? The act by a noun of coding_lists.toml
    classified_acts, however the parser hangs it. The parse alone does not tell the
    kind: "a reckless spending plan" and "a reckless tax scheme" have the same shape
    and judge the plan. Only an adjective that makes a legal class does so: "an
    unacceptable immigration measure" judges the measure."""
    if _lemma(adj) not in CLASSIFYING_ADJECTIVES:
        return False
    return any(t.pos_ in ("NOUN", "PROPN") and (_lemma(t) in CLASSIFIED_ACTS or
                                                t.lower_ in CLASSIFIED_ACTS)
               for t in name.doc[adj.i + 1:name.i])


def _praising_name(comp, mods: set) -> bool:
    """Is the name a naming verb puts on a party one of praise: a name of praise
    ("a hero", "a patriot") or an approving adjective on a people word ("a wonderful
    colleague", "a true friend")? Neither denied ("no hero") nor compared. A name with a
    kind ("a war hero") tells a record, unless a "for" gives the reason praised ("a
    local hero for his work")."""
    if _denied_name(comp):
        return False
    if any(c.dep_ in ("compound", "amod") and _lemma(c) in PRAISE_KINDS
           for c in comp.children) and not any(
            c.dep_ == "prep" and c.lower_ == "for" for c in comp.children):
        return False  # "a war hero", "a folk hero": a record told, no verdict
    word = _lemma(comp)
    return word in PERSON_PRAISE or (word in PRAISE_PEOPLE_HEADS and
                                     bool(mods & PRAISE_ADJECTIVES))


def _praisable(party, name) -> bool:
    """Can the name of praise `name` on this party be praise: not one told as dead ("the
    late governor was a statesman": a eulogy) nor one the law hunts given a people word
    ("neighbours described the gunman as a good friend": a portrait). A name of
    praise itself on the hunted ("called the gunman a hero") glorifies the act, a
    newsworthy praise."""
    return not any(c.dep_ == "amod" and c.lower_ in EULOGISED for c in party.children) \
        and (_lemma(party) not in WANTED_PEOPLE or _lemma(name) in PERSON_PRAISE)


def _maker(noun):
    """The state an adjective or compound names as a noun's maker ("American
    sanctions", "Russian strikes"), if any."""
    return next((c for c in noun.children if c.dep_ in ("amod", "compound")
                 and c.ent_type_ in ("NORP", "GPE")), None)


def _said_contents(verb) -> Iterable:
    """The roots of what the verb reports: its content clause ("said that ..."), or
    the quotation it follows ('"...," X said', parsed with the quote as governor)."""
    for c in verb.children:
        if c.dep_ == "ccomp" and not any(m.dep_ in ("mark", "advmod") and
                                         m.lower_ in _CONDITION_MARKS for m in c.children):
            yield c
    head = verb.head
    if verb.dep_ in ("parataxis", "ccomp") and head.i < verb.i and \
            any(t.text in QUOTE_MARKS for t in verb.doc[head.i:verb.i]):
        yield head


def _subject(tok):
    return next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _owner(tok):
    """The possessor of a noun ("Russia's claims" -> Russia), if any."""
    return next((c for c in tok.children if c.dep_ == "poss" or (
        c.dep_ == "nmod" and any(g.dep_ == "case" for g in c.children))), None)


def _actorlike(tok) -> bool:
    """A party words can judge or ask: a name, a people word, an office holder
    ("the governor", "the mayor"), the executive by its common name ("the
    administration"), or a pronoun of a person or group. Narrower than the party an
    asking verb takes (modality._a_party, which says why): here a word that is no party
    is any thing said to act or judged."""
    return tok.ent_type_ in NAME_ENT_TYPES or _lemma(tok) in PEOPLE \
        or tok.lower_ in PEOPLE or _lemma(tok) in OFFICE_PEOPLE or \
        _executive(tok) or (
            tok.pos_ == "PRON" and tok.lower_ in ("he", "she", "they", "him", "her", "them"))


def _executive(tok) -> bool:
    """Is the word the executive by its common name ("the administration must act", "the
    ministry was wrong")? Not the act of administering under an "of" on a common noun
    ("the administration of the drug"); "the administration of President X" is the
    executive still."""
    return (_lemma(tok) in EXECUTIVE_NAMES or tok.lower_ in EXECUTIVE_NAMES) and not any(
        p.dep_ == "prep" and p.lower_ == "of" and
        any(g.dep_ == "pobj" and g.pos_ == "NOUN" for g in p.children)
        for p in tok.children)


def _content_act(content) -> SaidAct | None:
    if any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in content.children):
        return None  # "said that if Y attacks, ..."
    subj = _subject(content) or _act_as_subject(content)
    if subj is None or subj.lower_ in ("you", "one"):
        return None
    negated = any(c.dep_ == "neg" for c in content.children)
    if _lemma(content) == "be":
        return _time_for(content, subj, negated) or _copula_act(content, subj, negated)
    if content.lower_ in CONCERN_WORDS and content.tag_ == "VBN":
        # "she was troubled by the move", parsed as a passive: the participle is the feeling
        return _concern_voiced(content, content, subj, negated)
    if _lemma(content) == "have" and not _actorlike(subj) and any(
            c.dep_ == "dobj" and _lemma(c) in _GROUNDS and (negated or any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children))
            for c in content.children):
        return SaidAct(_coding("REJECT", "120", None, 0.8, content), _owner(subj))  # "no basis"
    if content.pos_ not in _VERB_POS or subj.lower_ in FIRST_SECOND:
        return None
    return _demand(content, subj, negated) or _threat(content, subj, negated)


def _act_as_subject(cop):
    """ "said that invading the country was a mistake": a gerund of a coded act as the
    copula's clausal subject is judged as the noun of the act is ("the invasion was a
    mistake"). Only on the copula with no modal, and only an act the event lexicon
    knows."""
    if _lemma(cop) != "be" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in cop.children):
        return None  # "said shutting it down would be a mistake": an act not done
    return next((c for c in cop.children if c.dep_ == "csubj" and c.tag_ == "VBG"
                 and lookup(c) is not None), None)


def _copula_act(cop, subj, negated: bool) -> SaidAct | None:
    """ "the reports were false", "Y is to blame", "Y was wrong to ...": the copula's
    complement says what the speaker does to its subject."""
    pred = next((c for c in cop.children if c.dep_ in ("acomp", "attr")), None)
    if pred is None:
        pred = next((c for c in cop.children if c.dep_ == "xcomp" and
                     _lemma(c) in BLAME_PREDICATES), None)  # "is to blame"
    if pred is None:
        return None
    word = _lemma(pred)
    mods = {_lemma(c) for c in pred.children if c.dep_ == "amod"}
    claim = _lemma(subj) in CLAIM_NOUNS  # nouns of things said (events.arguments)
    adj = _condemning_adjective(pred) if pred.dep_ == "attr" else None
    unranked = adj is not None and not (mods & FALSITY)
    if unranked:
        # "said the budget was an irresponsible plan": the adjective is the verdict
        pred, word = adj, _lemma(adj)
    # "is not true", "was never true": denied truth is falsity, said as so unless guessed
    # at or put on a condition; any other word of falsity passes the verdicts' one test
    # ("is no lie", "could be false", "would be false if ..." deny nothing; house40)
    untrue = word == "true" and (negated or _verdict_denied(cop, pred))
    false = (word in FALSITY or bool(mods & FALSITY) or untrue or (word == "wrong" and claim))
    if false and not (negated and word != "true") and not _actorlike(subj) and (
            not _hedged(cop, pred) if untrue else _verdict_asserted(cop, pred)):
        return _called_untrue(subj, pred)
    if word in BLAME_PREDICATES and _blamed_for(pred):
        if negated:
            # "it was not responsible": the speaker denies its own part.
            if subj.pos_ == "PRON" or subj.lower_ in FIRST_SECOND:
                return SaidAct(_coding("REJECT", "120", None, 0.8, pred), None)
            return None
        if subj.lower_ in FIRST_SECOND or not (_actorlike(subj) or _owner(subj) is not None):
            return None
        return SaidAct(_coding("ACCUSE", "112", None, 0.8, pred), subj)
    unfit = unfit_for_office(pred)
    if (word in DISAPPROVAL or word in PERSON_VERDICTS or unfit) and not negated and \
            subj.lower_ not in FIRST_SECOND and _verdict_asserted(cop, pred) and \
            not _owned_by_speaker(pred) and \
            not ((word in PERSON_VERDICTS or unfit) and _said_of_self(cop, subj)):
        if _actorlike(subj):
            return SaidAct(_coding("ACCUSE", "111", None, 0.8, pred), subj, unranked)
        if not unfit and (_lemma(subj) in CONDUCT_NOUNS or lookup(subj) is not None or (
                word in PERSON_VERDICTS and _lemma(subj) in VERDICT_OUTCOMES)):
            return SaidAct(_coding("ACCUSE", "111", None, 0.8, pred), _owner(subj),
                           unranked)
    if word in PERSON_PRAISE and not negated and _actorlike(subj) and \
            subj.lower_ not in FIRST_SECOND and _verdict_asserted(cop, pred) and \
            not _said_of_self(cop, subj) and _praising_name(pred, mods) and \
            _praisable(subj, pred):
        # "said the senator was a true patriot": praise of the one judged;
        # only the names of praise, not "a good man" (a tie or a eulogy as often)
        return SaidAct(_coding("SUPPORT", "051", None, 0.8, pred), subj)
    if word in CONCERN_WORDS:
        return _concern_voiced(cop, pred, subj, negated)
    if not negated and _approving(word, mods) and _endorsed_act(cop, subj, pred):
        # "said the indictment was a good thing", "the move is welcome": the speaker
        # endorses another's act (SUPPORT 051), as calling it wrong condemns it.
        return SaidAct(_coding("SUPPORT", "051", None, 0.8, pred), _owner(subj))
    return None


def _verdict_asserted(cop, pred) -> bool:
    """Is the verdict on the copula said as so, not denied, compared, guessed at or put
    on a condition? "is no traitor", "was neither corrupt nor ...", "was hardly a
    traitor" deny it as "not" does; "less corrupt than the last one" compares two; "could
    be corrupt" guesses; "would be wrong if he voted for it" waits on a condition. The
    one test of every verdict the copula's complement gives (falsity, disapproval)."""
    return not _verdict_denied(cop, pred) and not _hedged(cop, pred)


def _verdict_denied(cop, pred) -> bool:
    """Is the verdict denied by a word other than "not" ("is no traitor", "was never
    true", "was hardly a traitor")?"""
    return any(c.dep_ in ("det", "preconj", "advmod", "neg") and c.lower_ in VERDICT_DENIERS
               for t in (cop, pred) for c in t.children)


def _hedged(cop, pred) -> bool:
    """Is the verdict compared, guessed at or put on a condition?"""
    return _compared(pred) or any(c.dep_ == "aux" and c.lower_ in SPECULATIVE_MODALS
                                  for c in cop.children) or _on_condition(cop)


def _compared(pred) -> bool:
    """Is the verdict a comparison ("less corrupt than the last one", "more of a threat
    than ...")? It ranks two, judging neither."""
    return any((c.dep_ == "advmod" and c.lower_ in VERDICT_COMPARATIVES) or
               (c.dep_ == "prep" and c.lower_ == "than") for c in pred.children)


def _on_condition(cop) -> bool:
    """Is the verdict put on a condition ("said the senator would be corrupt if he took
    the money")? A verdict on what someone might do judges no act yet, as "said that
    if Y attacks, ..." asks nothing yet (_content_act). Only a true condition
    (modality's conditional marks: "if", "unless"; "provided", "providing" as spaCy
    parses them, `_participle_condition`): "even if it was legal"
    grants a point, "as if" compares, "once he broke his promise" tells when; the verdict
    stands in each. The if-clause is modality's one test (`modality.if_clause`); the
    exceptions and the participles are read only here, for verdicts: an act's standing
    (`modality.standing`) does not read them yet, and making it do so moves records
    (stop 40's reread; house41 left it for a measured change)."""
    for clause in cop.children:
        if _participle_condition(clause) or _participle_before(clause, cop):
            return True
        if clause.dep_ == "conj" and any(m.dep_ == "mark" and m.lower_ in
                                         CONDITION_PARTICIPLES for m in clause.children):
            return True  # ", provided the court ruled": the clause parsed as a conj
        if not if_clause(clause):
            continue
        marks = [m for m in clause.children if m.dep_ == "mark"]
        if any(m.lower_ == "as" for m in marks) or any(
                a.dep_ == "advmod" and a.lower_ == "even"
                for t in [clause, *marks] for a in t.children):
            continue
        return True
    # ", provided that the court ruled", parsed on the verb of saying after the verdict
    say = cop.head
    return cop.dep_ == "ccomp" and any(
        c.i > cop.i and (_participle_condition(c) or _participle_before(c, say))
        for c in say.children)


# The conditional marks spaCy does not parse as a mark: "provided" hangs on the copula as
# a prep (its clause a pcomp) or an acomp ("provided that ...", its clause a ccomp),
# "providing" as an advcl (its clause a ccomp). Two words, no list (fixH40, review 41A
# item 10: modality's marks alone never saw them).
CONDITION_PARTICIPLES = frozenset({"provided", "providing"})


def _participle_condition(word) -> bool:
    """Is `word`, a child of the copula, "provided" or "providing" heading a clause
    with a subject of its own ("would be false provided the documents were real")?
    The clause with a subject is what makes it a condition: "as provided by law", "the
    figures provided" name no condition."""
    return word.lower_ in CONDITION_PARTICIPLES and \
        word.dep_ in ("prep", "acomp", "advcl", "ccomp") and any(
            c.dep_ in ("pcomp", "ccomp", "advcl") and
            any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
            for c in word.children)


def _participle_before(word, head) -> bool:
    """Is `word` a bare "provided"/"providing" child of `head` whose condition clause
    the parser hung on `head` beside it, starting right after it with a subject of its
    own (", provided it passed the Senate": "passed" a ccomp of the copula)?"""
    return word.lower_ in CONDITION_PARTICIPLES and word.dep_ in ("prep", "acomp") and \
        not any(True for _ in word.children) and any(
            c.dep_ in ("ccomp", "advcl") and c.left_edge.i == word.i + 1 and
            any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
            for c in head.children)


# The possessive that makes a verdict the speaker's own ("it was my mistake"): one word,
# no list. Not "our": the nation or party as often as the speaker ("invading
# Iraq was our biggest mistake," a senator's criticism of a policy: fixH41).
_SPEAKERS_OWN = frozenset({"my"})


def _owned_by_speaker(pred) -> bool:
    """Is the verdict owned by the speaker in the first person ("signing the treaty was
    my mistake")? The speaker admits a fault of their own, as "I was wrong" does (a
    first-person subject): no criticism of another (house41; "was a mistake" with no
    owner stays criticism of the act, and so does "our mistake": fixH41)."""
    return any(c.dep_ == "poss" and c.lower_ in _SPEAKERS_OWN for c in pred.children)


def _said_of_self(cop, subj) -> bool:
    """Is the verdict the speaker's on themselves: "he"/"she" told after the verb of
    saying ("The former minister said she was incompetent in her first year")? The one
    judged is most often the speaker, who accuses no one."""
    return subj.lower_ in ("he", "she") and cop.head.i != cop.i and \
        _lemma(cop.head) in SAID_VERBS and subj.i > cop.head.i


def _endorsed_act(cop, subj, pred) -> bool:
    """Is the subject one act or conduct the words judge as done: a noun of an act or a
    conduct, made definite ("the indictment", "this move", "their decision"), with no
    modal on the copula and no "for" on the verdict? "Trade wars are good" is a view of
    acts in general, "a summit would be good" of one not held, "good for our enemies" a
    judgement of its effects (as often blame as praise): none endorses an act."""
    if _actorlike(subj) or not (_lemma(subj) in CONDUCT_NOUNS or lookup(subj) is not None):
        return False
    if not told_as_known(subj):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in cop.children):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "for" for c in pred.children)


# Adjectives of an act not yet known as done ("the next step", "a possible strike").
_NOT_YET = frozenset({"next", "possible", "potential", "future", "further", "likely"})
# Feelings about another's act that a speaker voices as disapproval ("we are gravely
# troubled by their vote", "I am alarmed that they acted without ...").
CONCERN_WORDS = frozenset(_LISTS["concern_words"])


def _concern_voiced(cop, pred, subj, negated: bool) -> SaidAct | None:
    """ '"We are gravely troubled by the ruling to ...," X said': the speaker voices
    concern about another's act, as "voiced concern over" does (ACCUSE 111)."""
    if negated or not _own_feeling(cop, subj):
        return None
    target = _act_of_concern(pred)
    if not target:
        return None  # "we were alarmed by the attack": no doer named, no one accused
    return SaidAct(_coding("ACCUSE", "111", None, 0.8, pred), target)


def _own_feeling(cop, subj) -> bool:
    """Is the feeling the speaker's own, said as held now or then: "I"/"we" in the
    quote, or the speaker's "he"/"she" reported after the verb of saying ("X said he
    was concerned"), with no modal ("we would be concerned if ...": a feeling on a
    condition, no act)? "He"/"she" inside a quotation, or "they" anywhere, is someone
    else the speaker tells of, whose feeling is no act of the speaker's."""
    # (a quotation's editorial brackets kept on the word: "[W]e are concerned")
    word = subj.lower_.replace("[", "").replace("]", "")
    reported = word in ("he", "she") and cop.head.i != cop.i and \
        _lemma(cop.head) in SAID_VERBS and subj.i > cop.head.i
    if word not in ("i", "we") and not reported:
        return False
    return not any(c.dep_ == "aux" and c.tag_ == "MD" for c in cop.children)


def _act_of_concern(pred):
    """What the concern is about, when it is one act done by someone else: a definite
    act or conduct noun under "by/about/over/at" ("alarmed by the order of the generals
    to ...": its doer, or "" when the noun names none), or a "that" clause of a done
    act with a doer named ("worried that the ministry acted without ..."). A
    worry about what may come ("concerned that prices will rise") or about a thing
    ("concerned about the economy") is a state of mind: None."""
    for child in pred.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "about", "over", "at"):
            for obj in child.children:
                if obj.dep_ == "pobj" and _definite_act(obj):
                    doer = _owner(obj) or _maker(obj) or next(
                        (g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                         for g in p.children if g.dep_ == "pobj" and _named_body(g)), None)
                    return doer if doer is not None else ""
        if child.dep_ == "ccomp" and child.pos_ in _VERB_POS and _done_by_other(child):
            return _subject(child)
    return None


def _named_body(tok) -> bool:
    """An actor, or a body a nationality or a name marks ("the Thai army", "the
    Dutch cabinet"): the doer an "of" phrase names."""
    return _actorlike(tok) or any(c.dep_ in ("amod", "compound") and
                                  c.ent_type_ in ("NORP", "GPE", "ORG") for c in tok.children)


def _definite_act(noun) -> bool:
    """ "the decision", "their move", "this attack": one act, made definite ("the next
    step", "a possible strike" name none yet)."""
    entry = lookup(noun)
    if _lemma(noun) not in CONDUCT_NOUNS and (entry is None or entry.pos == "A" or entry.cue):
        return False
    if any(c.dep_ == "amod" and _lemma(c) in _NOT_YET for c in noun.children):
        return False
    return told_as_known(noun)


def _done_by_other(verb) -> bool:
    """A clause telling a done act (past, no modal) of a named doer other than the
    speaker ("that the cabinet moved on its own")."""
    subj = _subject(verb)
    if subj is None or subj.lower_ in FIRST_SECOND or not (_actorlike(subj) or
                                                             _lemma(subj) in PEOPLE):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    if not _deliberate_act(verb):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and _lemma(c) == "have" for c in verb.children))


# Verbs whose subject undergoes or feels, with or without an object ("lost its
# markets", "missed the deadline", "feared a war"): what befalls a country is no deed
# a speaker's concern condemns. Read with arguments.UNDERGO_LEMMAS ("suffered", "faced").
EXPERIENCER_VERBS = frozenset(_LISTS["experiencer_verbs"]) | UNDERGO_LEMMAS


def _deliberate_act(verb) -> bool:
    """Is the clause's verb a deed its subject chose: one the event lexicon codes, or
    an agentive verb acting on an object ("closed the border")? "Had fallen into
    recession" (no object) and "lost their markets" (an experiencer's verb) tell what
    happened to the subject."""
    if _lemma(verb) in EXPERIENCER_VERBS:
        return False
    if lookup(verb) is not None:
        return True
    return any(c.dep_ == "dobj" for c in verb.children)


def _approving(word: str, mods: set) -> bool:
    """ "welcome", "positive", or an approving adjective on a verdict noun ("a good
    thing", "a positive step")."""
    return (word in APPROVAL and word not in APPROVAL_HEADS) or \
        (word in APPROVAL_HEADS and bool(mods & APPROVAL))


def _called_untrue(claim, word) -> SaidAct:
    """What calling `claim` untrue (with `word`: "false", "fake news") does: denies it
    (REJECT 120), or, when the claim is itself a denial, accuses the one who denied
    (ACCUSE 111). Aimed at the claim's owner ("Russia's claims"), if named."""
    if _lemma(claim) in DENIALS or claim.lower_ in DENIALS:
        return SaidAct(_coding("ACCUSE", "111", None, 0.8, word), _owner(claim))
    return SaidAct(_coding("REJECT", "120", None, 0.8, word), _owner(claim))


def _blamed_for(pred) -> bool:
    """ "responsible for the attack", "guilty of", "to blame": blame, not a duty
    ("responsible for security" names an office)."""
    word = _lemma(pred)
    if word in ("blame", "guilty", "culpable"):
        return True
    for prep in pred.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            for obj in prep.children:
                if obj.dep_ in ("pobj", "pcomp"):
                    if _lemma(obj) in HARMS or any(
                            c.dep_ == "compound" and (lookup(c) is not None or _lemma(c) in HARMS)
                            for c in obj.children):
                        return True  # "the deaths", "the rocket fire"
                    hit = lookup(obj)
                    if hit is not None and hit.type in ("ASSAULT", "COERCE", "SANCTION",
                                                        "THREATEN", "PROTEST"):
                        return True
                    if obj.pos_ in _VERB_POS and lookup(obj) is not None:
                        return True  # "responsible for killing ..."
    return False


def _asked_of_doer(act, doer) -> bool:
    """Can an appeal or a demand be read as asked of `doer`, the one said to do `act`
    (`_demand`, `_time_for`)? Not of a pronoun, which is as often the speakers
    themselves ("they needed to see it", "time for him to resign") and is not resolved
    here, nor of the patient of a passive act, which asks it of someone else ("Y must
    be punished", "time for a head of state to be removed")."""
    return doer.pos_ != "PRON" and doer.dep_ != "nsubjpass" and not any(
        c.dep_ in ("auxpass", "nsubjpass") for c in act.children)


def _coded_complement(act):
    """The coded act of `act`'s clausal complement or object ("has to stop the
    shelling"), when `act` itself is no act the coder knows."""
    return next((h for c in act.children if c.dep_ in ("xcomp", "dobj")
                 for h in [_code_token(c)] if h is not None), None)


def _demand(verb, subj, negated: bool) -> SaidAct | None:
    """ "Y must withdraw", "Y has to stop", "Y should have acted" (said of Y): a
    demand on Y (REQUEST), or for what Y should have done, criticism (ACCUSE 111);
    "Y must have fired it" is an inference about the past, no act."""
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS
                                     for m in c.children) for c in verb.children):
        return None  # "if X happens, Y will have to ...": no demand made yet
    modal = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in _MUST), None)
    act = verb
    if modal is None and _lemma(verb) in ("have", "need"):
        nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
        act = next((c for c in verb.children if c.dep_ == "xcomp" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if act is None or verb.tag_ == "VBN" or nxt is None or nxt.lower_ != "to":
            return None  # "has to go", not "had no right to go"
        modal = verb
    if modal is None or not _actorlike(subj) or not _asked_of_doer(act, subj):
        return None  # asked of the act, not of "has": "has to be removed" is passive in the xcomp
    hit = _code_token(act)
    if hit is None and _lemma(act) == "be":
        return None
    if hit is None:
        hit = _coded_complement(act)
        if hit is None:
            return None
    if any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children):
        # A perfect after the modal looks back: "Y should have acted" (or "ought to
        # have") faults Y for what it did not do; "Y must have fired it" infers what Y
        # did. Neither asks anything of Y now.
        if modal.lower_ in ("should", "ought"):
            return SaidAct(_coding("ACCUSE", "111", None, 0.8, modal), subj)
        return None
    code = "100" if negated else REQUEST_CODES.get(hit.type, "100")
    return SaidAct(_coding("REQUEST", code, None, 0.8, modal), subj)


def _time_for(cop, subj, negated: bool) -> SaidAct | None:
    """ "said it is time for <party> to <act>", or those words quoted before the verb
    of saying: an appeal to the one the "for" names, the demand "the president
    should resign" makes (`_demand`): a named party, a state or a people word that is
    not the speaker's own side (no nationality word) ("time for us", "for me to move on": one's own plan;
    the speaker's own state is left out where countries are known), and an act the
    coder knows. "It is not time for ..." asks nothing."""
    if negated or subj.lower_ != "it":
        return None
    for attr in cop.children:
        if attr.dep_ != "attr" or _lemma(attr) != "time" or any(
                c.dep_ in ("det", "amod", "neg") for c in attr.children):
            continue  # "a good time for", "no time for": a judgement of timing
        for act in attr.children:
            if act.dep_ not in ("relcl", "acl") or not any(
                    m.dep_ == "mark" and m.lower_ == "for" for m in act.children):
                continue
            doer = _subject(act)
            if doer is None or doer.lower_ in FIRST_SECOND or not _actorlike(doer) or \
                    any(c.dep_ == "poss" and c.lower_ in FIRST_SECOND for c in doer.children):
                return None  # "for our troops to come home": the speaker's own side
            if doer.ent_type_ == "NORP" or not _asked_of_doer(act, doer):
                # "time for Americans to ..." is as often a call on the speaker's own
                # people, not resolved here, so not read as one asked. A state stays
                # ("time for Israel to ..." asks it); the speaker's own state is a plan,
                # left where the sides' countries are known (extract's said acts)
                return None
            if any(c.dep_ == "neg" for c in act.children):
                return None  # "time for them not to ...": left to the ordinary reading
            hit = _code_token(act) or _coded_complement(act)
            if hit is None:
                return None
            return SaidAct(_coding("REQUEST", REQUEST_CODES.get(hit.type, "100"), None, 0.8,
                                   attr), doer)
    return None


def _threat(verb, subj, negated: bool) -> SaidAct | None:
    """ "Y will pay a heavy price", "Y would face consequences", "Y will regret it"."""
    if negated or _lemma(verb) not in THREAT_VERBS or not _actorlike(subj):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in INTENT_AUX for c in verb.children):
        return None
    if _lemma(verb) == "regret":
        return SaidAct(_coding("THREATEN", "130", None, 0.8, verb), subj)
    for obj in verb.children:
        if obj.dep_ == "dobj" and (_lemma(obj) in THREAT_OBJECTS or obj.lower_ in THREAT_OBJECTS):
            return SaidAct(_coding("THREATEN", "130", None, 0.8, obj), subj)
    return None
