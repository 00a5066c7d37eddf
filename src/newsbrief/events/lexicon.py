"""The event-trigger lexicon, the CAMEO -> PLOVER crosswalk and the word classes
the typing rules read, loaded from data/, and the lookup of a spaCy token in them.

The files are commented and documented in their headers: `data/lexicon.tsv`
maps verbs and event nouns to a CAMEO code and PLOVER type, `data/cameo_plover.tsv`
maps every CAMEO code to PLOVER (type, mode, context), `data/word_classes.toml`
lists reporting verbs, light verbs, modals and the like. They are parsed once
per process; a malformed row raises `ConfigError` naming the file and line,
since a broken packaged file is a build problem to fix.

A user's verb dictionary makes another `Lexicon` (`load_lexicon`), held by the
pipeline that was configured with it: there is no process-wide "current"
dictionary. The pipeline makes its lexicon the one `lookup` reads for the length
of each call (`using`, a context variable), so two pipelines with different
dictionaries in one process, or in two threads, never see each other's verbs.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import tomllib

from ..errors import ConfigError
from ..records import PLOVER_TYPES

# Types whose intent is cooperation: said as a plan they are AGREE (CAMEO 03x),
# negated they are REJECT (12x).
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
# Material hostile acts: said as a plan they are THREATEN (13x).
HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"})
DATA_DIR = Path(__file__).resolve().parent / "data"
# Prepositions a noun pattern may name after its head ("strike against").
NOUN_PREPS = frozenset({"against", "on", "with", "for", "to", "of", "by", "from", "in"})
POS_CODES = {"V": "verb", "N": "noun", "A": "adjective"}
FLAGS = frozenset({"light", "weak", "reverse", "cue"})


@dataclass(frozen=True)
class CameoRow:
    code: str
    type: str
    mode: str | None
    context: str | None
    label: str


@dataclass(frozen=True)
class Entry:
    """One lexicon row: a trigger word (or two-word pattern) and what it codes."""

    pattern: str
    pos: str  # V, N, A
    cameo: str
    type: str
    mode: str | None
    light: bool
    weak: bool
    line: int
    reverse: bool = False
    cue: bool = False


@dataclass(frozen=True, eq=False)
class Lexicon:
    single: dict[tuple[str, str], Entry]  # (pos, lemma) -> entry
    double: dict[tuple[str, str, str], Entry]  # (pos, head lemma, other word) -> entry
    entries: tuple[Entry, ...]
    source: str | None = None  # the user's verb dictionary merged in, if any

    @cached_property
    def heads(self) -> frozenset[str]:
        """Every lemma a pattern is keyed by (the head of a two-word pattern)."""
        return frozenset({k[1] for k in self.single} | {k[1] for k in self.double})

    @cached_property
    def trigger_words(self) -> frozenset[str]:
        """The heads and the light verbs (which pass to their object): a cheap
        filter so the typing rules only see likely triggers."""
        words = self.heads | word_classes()["light"]
        # Forms the model's lemmatizer cuts to a shorter word ("fined" -> "fin"):
        # lemma_of puts them back, the filter must let them through.
        return frozenset(words | {w + end for w in words if w.endswith("e")
                                  for end in ("s", "d")})

    @cached_property
    def known_lemmas(self) -> frozenset[str]:
        """Every lemma the event tables name: the lexicon and the word classes."""
        words = {k[1] for k in self.single} | {k[1].split()[0] for k in self.double}
        for group in word_classes().values():
            words.update(group)
        return frozenset(words)


def _rows(name: str | Path):
    # Next to this module rather than importlib.resources: the package may be a
    # namespace package while events/__init__.py is being written.
    text = (DATA_DIR / name).read_text("utf-8")
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield n, line.rstrip("\n").split("\t")


def _opt(value: str) -> str | None:
    value = value.strip()
    return None if value in ("", "-") else value


@lru_cache(maxsize=1)
def crosswalk() -> dict[str, CameoRow]:
    """CAMEO code -> PLOVER (type, mode, context), from data/cameo_plover.tsv."""
    table: dict[str, CameoRow] = {}
    for n, cols in _rows("cameo_plover.tsv"):
        where = f"newsbrief/events/data/cameo_plover.tsv:{n}"
        if len(cols) != 5 or not cols[0].isdigit() or cols[1] not in PLOVER_TYPES:
            raise ConfigError("crosswalk row must be: code, PLOVER type, mode, context, label",
                              where=where, fix="fix the row; see the file header")
        if cols[0] in table:
            raise ConfigError(f"CAMEO code {cols[0]} listed twice", where=where,
                              fix="keep one row per code")
        table[cols[0]] = CameoRow(cols[0], cols[1], _opt(cols[2]), _opt(cols[3]), cols[4].strip())
    return table


def cameo_row(code: str | None) -> CameoRow | None:
    """The crosswalk row of a code, falling back to shorter prefixes (its root)."""
    if not code:
        return None
    table = crosswalk()
    for size in range(len(code), 1, -1):
        row = table.get(code[:size])
        if row is not None:
            return row
    return None


# The classes the code reads: each must be in data/word_classes.toml (word_classes checks
# that once; tests/test_event_coding.py that every class the code reads is listed here).
WORD_CLASSES = ("reporting", "inquiry_words", "arrival_verbs",
                "light", "accede", "give", "intent_aux", "intent_heads", "offering", "oblige",
                "ready_when_denied",
                "fail", "refugees", "receive_people", "peacekeeping_prefixes", "violate",
                "non_agent", "address", "people", "verbal_attack", "speech_media",
                "force_words", "cessation", "blame_nouns", "speech_acts", "said_verbs",
                "falsity", "denials", "blame_predicates", "disapproval", "threat_objects",
                "threat_verbs", "harms", "put_off", "term_verbs",
                # events.tense
                "double_object_verbs",
                # events.extract and events.storytime
                "counting_nouns",
                # events.extract and events.coding
                "measure_heads",
                # events.coding
                "crowds", "lethal", "naming_verbs", "conduct_verdicts", "executive_names",
                # events.arguments and events.reportable
                "first_person",
                # events.arguments
                "first_person_bodies", "by_manner", "join_idiom_objects", "done_to", "charge_verbs", "named_groups",
                "joint_occasions", "asker_nouns", "request_answers",
                "force_operations", "rulings", "acted_at", "content_targets",
                # events.senses
                "sense_audience", "sense_bodies", "sense_bygone", "sense_comment",
                "sense_contests", "sense_courts", "sense_days", "sense_figurative",
                "sense_attack_nouns", "sense_figurative_attack",
                "sense_giving", "sense_goals", "sense_governing", "sense_grants", "sense_hearing_bodies",
                "sense_offices", "sense_office_duties", "sense_office_new", "sense_appointing_verbs",
                "sense_confirmed", "sense_legislatures", "sense_immaterial", "sense_meetings",
                "sense_messages", "sense_natural_causes", "sense_hazard_words", "sense_animals",
                "sense_livestock", "sense_case_count_marks",
                "sense_civil_operations", "sense_take_charge", "sense_duty_verbs",
                "sense_charged_adverbs", "sense_patient_nouns", "sense_patient_marks",
                "sense_visit_purposes", "sense_unlawful_manners",
                "trade_measures", "sense_targeting_things", "sense_contested_posts",
                "sense_noun_acts", "sense_rescued", "sense_lost", "sense_warning_nouns",
                "sense_coming_verbs", "sense_warning_things",
                "sense_officials", "sense_places", "sense_policies", "sense_press_answers",
                "sense_accident_verbs", "sense_asked_comment", "sense_labour",
                "sense_labour_tied",
                "sense_armed_doers", "sense_markets",
                "sense_market_demand", "sense_demand_size", "sense_demand_goods",
                "sense_market_motion",
                "sense_press_people",
                "sense_live_fire", "sense_power_causes", "sense_question_verbs",
                "sense_rally_audience", "sense_rallying_behind", "sense_rallying_bodies",
                "sense_sport_sides", "sense_dispersed_gatherings",
                "sense_dispersing_forces", "sense_law_forces", "sense_wanted_people",
                "sense_wanted_signs", "sense_own_people", "sense_court_sittings",
                "sense_gathering_onlookers",
                "sense_no_promise_verbs", "sense_push_fight", "sense_reached",
                "sense_reprisals", "sense_vowed_reprisals", "sense_vowed_game", "sense_vowed_fights",
                "sense_vowed_targets",
                "sense_request_objects", "sense_standing_nouns", "sense_standing_texts",
                "sense_told", "sense_verbal_attack", "sense_weapons", "sense_posts_held",
                "sense_dismissed_as", "sense_dismiss_remarks", "sense_dismissers_powerless",
                "sense_withdrawn",
                "sense_reception_with",
                "sense_verbal_jabs", "sense_bashed_things", "sense_aim_takers",
                "sense_bashed_people", "sense_blow_verbs", "sense_aim_struck",
                "sense_aim_struck_bases", "sense_aim_goals", "sense_jab_places",
                "sense_aim_tools", "sense_bash_particles", "sense_sent_messages",
                "sense_sending_verbs", "sense_web_pages", "sense_admitted_into",
                "sense_hit_arrivals", "sense_risen_to", "sense_risen_to_rank",
                "sense_lead_charge", "sense_charge_camps", "sense_count_nouns",
                "sense_seat_taking", "sense_seat_holders", "sense_seizures", "sense_talk_giving",
                "sense_returning_verbs", "sense_returned", "sense_remembering",
                # events.documents, events.whenclauses, events.storytime, events.modality
                "occasion_nouns",
                # events.unfit
                "office_people",
                # events.press
                "sense_question_answers", "sense_outlet_offices", "press_person_pronouns",
                # events.signing
                "home_instruments", "home_instrument_partners")


def word_lists(filename: str, names: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """The named word lists of a TOML file in data/ (each a non-empty list of
    strings), lowercased into frozensets. A missing name or a malformed list stops
    the run with a ConfigError that names the file, instead of a KeyError later.
    Shared by every module whose words live in a flat TOML of lists."""
    where = f"newsbrief/events/data/{filename}"
    try:
        data = tomllib.loads((DATA_DIR / filename).read_text("utf-8"))
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"invalid TOML: {err}", where=where, fix="fix the syntax") from None
    missing = [name for name in names if name not in data]
    bad = [k for k, v in data.items() if not (isinstance(v, list) and v
                                              and all(isinstance(w, str) for w in v))]
    if missing or bad:
        raise ConfigError(f"missing classes {missing} or non-list classes {bad}", where=where,
                          fix=f"define each of {list(names)} as a list of lemmas")
    return {name: frozenset(w.lower() for w in words) for name, words in data.items()}


@lru_cache(maxsize=1)
def word_classes() -> dict[str, frozenset[str]]:
    """The named word lists of data/word_classes.toml, as frozensets of lemmas."""
    return word_lists("word_classes.toml", WORD_CLASSES)


def ready_when_denied(verb) -> str | None:
    """Is `verb` a negated verb of holding back? "will not hesitate to sue" states a plan,
    as "ready to" does ("planned"); "did not hesitate to sue" tells the suit done
    ("done"), as "has not hesitated" and "never hesitated" do; neither denies the act under it. None for any other verb, and for the
    present or the imperative (asking a reader to get in touch: an invitation, no act). The
    typing (coding._intended) and the standing (modality.standing) both read it."""
    if lemma_of(verb) not in word_classes()["ready_when_denied"] or \
            not any(c.dep_ == "neg" for c in verb.children):
        return None
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if auxes & word_classes()["intent_aux"]:
        return "planned"
    # "did not", "has not hesitated", "never hesitated": told in the past or the present
    # perfect, the act was done
    told_past = auxes & {"did", "has", "have", "had"} or (not auxes and verb.tag_ == "VBD")
    return "done" if told_past else None


def load_lexicon(user_verbs: str | Path | None = None) -> Lexicon:
    """The packaged lexicon, with a user's verb dictionary (same columns as
    data/lexicon.tsv) added: its rows replace packaged rows with the same pattern
    and part of speech. The file is checked now, so a bad row stops the run
    before any article is read."""
    if not user_verbs:
        return packaged_lexicon()
    resolved = Path(user_verbs).expanduser().resolve()
    if not resolved.is_file():
        raise ConfigError("verb dictionary not found", where=str(user_verbs),
                          fix="check [dictionaries] verbs in your settings file")
    return _build(resolved)


@lru_cache(maxsize=1)
def packaged_lexicon() -> Lexicon:
    return _build(None)


@lru_cache(maxsize=1)
def request_words() -> frozenset[str]:
    """The words of asking someone to act: the heads of the packaged lexicon's REQUEST
    rows ("ask", "plea", "call" of "call on", "push" of "push for"), read from the one
    table that codes them, so the two cannot drift apart. A light verb ("order") is
    left out: its object's act says who is acted on ("ordered a heightened alert")."""
    lex = packaged_lexicon()
    return frozenset(key[1] for key, e in (*lex.single.items(), *lex.double.items())
                     if e.type == "REQUEST" and not e.light)


@lru_cache(maxsize=1)
def voiced_disapprovals() -> frozenset[str]:
    """The nouns of a disapproval voiced through a light verb ("expressed outrage",
    "voiced concern"): the packaged lexicon's one-word noun rows coded 111 (disapprove)
    with the cue flag, which name no act alone ("world outrage"). Read from the table
    that codes them, so a feeling added there is a feeling for events.arguments too."""
    lex = packaged_lexicon()
    return frozenset(key[1] for key, e in lex.single.items()
                     if key[0] == "N" and e.cue and e.cameo == "111")


# The lexicon `lookup` reads: the packaged one unless a pipeline (or a test)
# makes its own current for the length of a call with `using`.
_CURRENT: ContextVar[Lexicon | None] = ContextVar("newsbrief_events_lexicon", default=None)


def lexicon() -> Lexicon:
    """The lexicon in use: the caller's (see `using`), else the packaged one."""
    return _CURRENT.get() or packaged_lexicon()


@contextmanager
def using(lex: Lexicon | None) -> Iterator[Lexicon]:
    """Make `lex` the lexicon the typing rules read within this block (this
    thread or task only); None keeps the one in use."""
    token = _CURRENT.set(lex or lexicon())
    try:
        yield lexicon()
    finally:
        _CURRENT.reset(token)


def _lexicon_rows(user_verbs: Path | None):
    for n, cols in _rows("lexicon.tsv"):
        yield n, f"newsbrief/events/data/lexicon.tsv:{n}", cols, False
    if user_verbs is not None:
        for n, cols in _rows(user_verbs):
            yield n, f"{user_verbs}:{n}", cols, True


def _build(user_verbs: Path | None) -> Lexicon:
    single: dict[tuple[str, str], Entry] = {}
    double: dict[tuple[str, str, str], Entry] = {}
    entries: list[Entry] = []
    for n, where, cols, override in _lexicon_rows(user_verbs):
        if len(cols) != 6:
            raise ConfigError(f"expected 6 tab-separated columns, found {len(cols)}", where=where,
                              fix="columns: pattern, pos, cameo, type, mode, flags")
        pattern, pos, cameo, typ, mode, flags = (c.strip() for c in cols)
        flagset = set() if flags == "-" else {f.strip() for f in flags.split(",")}
        if pos not in POS_CODES or typ not in PLOVER_TYPES or not cameo.isdigit() \
                or flagset - FLAGS:
            raise ConfigError(f"bad row for '{pattern}'", where=where,
                              fix=f"pos in {sorted(POS_CODES)}, type a PLOVER type, cameo digits, "
                                  f"flags in {sorted(FLAGS)}")
        if override and cameo_row(cameo) is None:
            raise ConfigError(f"CAMEO code {cameo} is not in the CAMEO-PLOVER crosswalk",
                              where=where, fix="use a code listed in events/data/cameo_plover.tsv")
        entry = Entry(pattern, pos, cameo, typ, _opt(mode), "light" in flagset,
                      "weak" in flagset, n, "reverse" in flagset,
                      "cue" in flagset)
        words = pattern.split()
        if len(words) == 1:
            key1 = (pos, words[0])
            if key1 in single and not override:
                raise ConfigError(f"'{pattern}' ({pos}) listed twice", where=where,
                                  fix="keep one row per pattern and part of speech")
            single[key1] = entry
        elif len(words) == 2:
            # Verbs are written head first ("pull out"), nouns modifier first
            # ("hunger strike"), as they read; both are keyed by the head.
            head_first = pos == "V" or words[1] in NOUN_PREPS
            head, other = (words[0], words[1]) if head_first else (words[1], words[0])
            if (pos, head, other) in double and not override:
                raise ConfigError(f"'{pattern}' ({pos}) listed twice", where=where,
                                  fix="keep one row per pattern and part of speech")
            double[(pos, head, other)] = entry
        else:
            raise ConfigError(f"pattern '{pattern}' has more than two words", where=where,
                              fix="use a lemma or a two-word pattern")
        entries.append(entry)
    return Lexicon(single, double, tuple(entries), str(user_verbs) if user_verbs else None)


VERB_POS = frozenset({"VERB", "AUX"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
_ADJ_POS = frozenset({"ADJ"})
# Children of a verb that can complete a two-word pattern ("pull out", "cut ties").
# ("agent": the parser's label for "by" on an active verb too, "spoke by telephone")
_VERB_PART_DEPS = frozenset({"prt", "prep", "dobj", "acomp", "advmod", "oprd", "dative", "attr",
                             "compound:prt", "agent"})
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "relcl", "conj", "pcomp"})
_NOUN_MOD_DEPS = frozenset({"compound", "amod", "nmod", "prep"})
OBJ_DEPS = frozenset({"dobj", "attr", "oprd", "nsubjpass", "obj"})


# --------------------------------------------------------------- token lookup


# Third-person forms in -es belong to stems in a sibilant or -o ("fixes", "goes");
# any other "-es" form is a stem in -e ("hopes").
_ES_STEMS = ("s", "x", "z", "ch", "sh", "o")


def lemma_of(token) -> str:
    """The lower-case lemma of a spaCy token (its text when the lemma is missing).

    The model's lemmatizer strips "-es"/"-ed" from verbs in -e when the shorter
    stem is also a word ("hopes", "hoped" -> "hop"; "fined" -> "fin"): a
    third-person "-es" form is put back to its "-e" stem by the spelling rule
    above, a past form when the "-e" stem is a word our tables know."""
    lemma = token.lemma_.lower()
    if not lemma or lemma == "-pron-":
        return token.lower_
    if token.tag_ in ("VBZ", "VBD", "VBN") and not lemma.endswith("e"):
        low = token.lower_
        if low == lemma + "es" and not lemma.endswith(_ES_STEMS):
            return lemma + "e"
        if low == lemma + "ed" and lemma + "e" in known_lemmas():
            return lemma + "e"
    return lemma


def known_lemmas() -> frozenset[str]:
    """Every lemma the event tables name (of the lexicon in use) and the word classes."""
    return lexicon().known_lemmas


def _verb_part(token, child) -> bool:
    """May `child` complete a two-word verb pattern of `token`? Particles and
    prepositions must follow the verb closely ("called on X", not "On Monday X
    called"); objects and complements may sit anywhere after it."""
    if (child.dep_ not in _VERB_PART_DEPS and not (child.dep_ in ("xcomp", "ccomp")
                                                   and child.pos_ == "ADJ")) \
            or child.i < token.i:
        return False
    return child.dep_ not in ("prt", "prep", "advmod", "agent") or \
        _words_between(token, child) <= 2


def _after_object(token, child) -> bool:
    """Is `child` a preposition after the verb that only its object or its other
    prepositional phrases keep apart from it, however long ("sentenced Utah driver Tom
    Berg, now 41, to ten years in jail", "was sentenced for the theft to nine years")?
    It completes a pattern of the verb and the noun under it only, never a
    verb-and-preposition one ("called the minister on Monday" is no "call on")."""
    return child.dep_ == "prep" and child.i > token.i and \
        _words_between(token, child, ("dobj", "prep")) <= 2


def _words_between(token, child, skip: tuple[str, ...] = ()) -> int:
    """Words between a verb and its particle, not counting punctuation nor a vote's
    tally or a time said in between ("voted 432-202 against", "voted Tuesday, 242 to
    391, against"): the noun phrases the verb takes as adverbs (npadvmod), and the
    verb's children of the `skip` relations."""
    aside = {t.i for c in token.children
             if c.dep_ in ("npadvmod",) + skip and token.i < c.i < child.i
             for t in c.subtree}
    return sum(1 for t in token.doc[token.i + 1:child.i]
               if t.i not in aside and not t.is_punct)


# Tags of a relative pronoun ("which", "who", "that") standing in its clause.
WH_TAGS = frozenset({"WDT", "WP"})


def wh_antecedent(verb, word):
    """The noun a relative pronoun stands for: for `word` a "which"/"who"/"that"
    (`WH_TAGS`) of the relative clause `verb`, the noun the clause hangs on ("the pact,
    which was signed": the pact; "the soldiers who arrived": the soldiers); None for any
    other word or clause. The plain step, by the tag, that the readers of a clause's
    subject or object take (predicate, senses, arguments' "came under", this module's
    passive patient); arguments.relative_antecedent is the doer's fuller reading, which
    also mends the parser's attachment ("X, leader of the party, who ...")."""
    if verb.dep_ == "relcl" and word.tag_ in WH_TAGS:
        return verb.head
    return None


def _passive_patient(token):
    """What a passive verb acts on: its passive subject ("the embassy was
    evacuated"), the antecedent of a relative one ("staff who were pulled"), or the
    noun a past participle modifies ("diplomats expelled last week")."""
    if token.tag_ != "VBN":
        return None
    for child in token.children:
        if child.dep_ == "nsubjpass":
            return wh_antecedent(token, child) or child
    if token.dep_ == "acl" and token.head.i < token.i:
        return token.head
    return None


def lookup(token) -> Entry | None:
    """The lexicon entry of a token by its part of speech (two-word patterns first);
    a verb/noun tag the tagger got wrong falls back to the other part of speech."""
    lex = lexicon()
    lemma = lemma_of(token)
    if token.pos_ in VERB_POS:
        order = ("V", "N")
    elif token.pos_ in NOUN_POS:
        # A noun read as a verb only where it heads a clause (a tagging slip);
        # elsewhere "police" is a force, not "to police".
        order = ("N", "V") if token.dep_ in _CLAUSE_DEPS else ("N",)
    elif token.pos_ in _ADJ_POS:
        order = ("A", "V")
    else:
        return None
    for pos in order:
        if pos == "V":
            for child in token.children:
                close = _verb_part(token, child)
                if close or _after_object(token, child):
                    hit = lex.double.get(("V", lemma, lemma_of(child))) if close else None
                    if hit is None and child.dep_ in ("prep", "agent"):
                        for pobj in child.children:
                            if pobj.dep_ == "pobj":
                                hit = lex.double.get(("V", lemma, lemma_of(pobj)))
                                break
                    if hit is None and child.dep_ == "dobj":
                        # A measure or part of the object names it under "of" ("pulled
                        # all of its troops", "expelled dozens of diplomats").
                        hit = next((lex.double.get(("V", lemma, lemma_of(g)))
                                    for p in child.children
                                    if p.dep_ == "prep" and p.lower_ == "of"
                                    for g in p.children if g.dep_ == "pobj"), None)
                    if hit is not None:
                        return hit
                elif child.dep_ == "advcl":
                    # "called for X to be removed": the preposition marks the clause.
                    for mark in child.children:
                        if mark.dep_ == "mark" and 0 < mark.i - token.i <= 2:
                            hit = lex.double.get(("V", lemma, mark.lower_))
                            if hit is not None:
                                return hit
            patient = _passive_patient(token)
            if patient is not None:
                # "the troops were pulled", "staff evacuated from the embassy": the
                # patient of a passive completes an object pattern as an object does.
                hit = lex.double.get(("V", lemma, lemma_of(patient)))
                if hit is not None:
                    return hit
        elif pos == "N":
            for child in token.children:
                if child.dep_ in _NOUN_MOD_DEPS:
                    hit = lex.double.get(("N", lemma, lemma_of(child)))
                    if hit is None and child.dep_ == "prep" and child.lower_ == "of":
                        # The objective "of" says what a compound says: "the launch
                        # of a missile" is a "missile launch", "the evacuation of
                        # the embassy" an "embassy evacuation".
                        hit = next((lex.double.get(("N", lemma, lemma_of(g)))
                                    for g in child.children if g.dep_ == "pobj"), None)
                    if hit is not None:
                        return hit
        hit = lex.single.get((pos, lemma))
        if hit is not None:
            return hit
        if pos == "N" and lemma != token.lower_:
            hit = lex.single.get(("N", token.lower_))  # plurals the lemmatizer missed
            if hit is not None:
                return hit
    return None
