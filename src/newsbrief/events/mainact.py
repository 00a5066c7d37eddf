"""An article's main act: a choice across the article's records.

The reportable model (events.reportable) scores each record for being a real event,
one record at a time; whether a record is the story's news is a comparison with the
article's other records, which a per-record score cannot make (measured in
EVALUATION.md). Here the article's records are ranked against each other by a small
linear model over features relative to the article (its confidence and its rank by
confidence, the order of its sentence among the sentences holding a record, how many
of the article's records tell an act of its type by a doer of the same country, its
re-tellings, whether its doer has a country, its standing, its PLOVER type), fitted on
the key-event lists (eval/judgements/key-events*.tsv: a record is a positive when it
has a listed key event's type and actor country) by scripts/train_mainact.py, and
shipped as data/mainact_model.json.

The article's highest-ranked record that is told as done (asserted, outside a quotation
unless it is the speaker's own act in words, `own_words`: "'We condemn the attack,' the
ministry said"), by a doer with a country, and scored at least the model's floor (0.55:
kept acts of 0.55-0.74 were real 0.89 of the judged records and 18 of 20 read) is its
main act and is marked `key`. A top-ranked record that is
quoted, told as ahead or negated, or under the floor passes the mark down the ranking
rather than leaving the article with none (out of fold, 4 more of the 176
abw- key events and 22 of the other lists' 1,525 for 31 records newly kept; the judged
ones newly kept real 31/36). The main act so chosen is marked only when the text anchors
it as the story's news (`anchored`: told in the lead's three sentences, dated by the
text, or told now, `told_now`: an act in words in the news present): under the
threshold the others were real 0.70 blind. An unanchored main act told as done by the
main verb of its clause (`main_verb_done`: active, past, no modal, not a clause describing
a noun, not background, not a habit) is marked too: the non-events among the unanchored
marks were mostly event nouns, passives, participles and relative clauses, and of the
main acts so told 27 of 32 read on unjudged articles were real. A record in a clause
describing a noun that the text does not anchor never takes the mark, and does not keep
it from the main verb's act ranked below it. Once a main act is marked, a second record
of another type whose act and doer the article's title names is marked too
(`title_second`, `TITLE_SECOND_KEY`). `key` leaves the confidence
alone (it still says how likely the record is a real event); the default queries and
briefs keep a record at or above the threshold or marked key. Pure: reads records only.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from importlib import resources

import re

from ..actors.gazetteer import DEMONYM, fold, gazetteer, tokens_of
from ..records import Event
from ..words import DEFINITE, inside_quotation, word_lists
from .lexicon import lexicon, word_classes
from .predicate import FREQUENCY_WORDS

MODEL_FILE = "data/mainact_model.json"  # under newsbrief.events


@dataclass(frozen=True)
class MainActModel:
    weights: dict[str, float]
    bias: float
    floor: float  # no record under this confidence is marked key
    top: int  # how many records an article may have marked key (its highest-ranked eligible)
    # how far under the threshold a key record is kept (records.KEY_MARGIN holds the same
    # number): the threshold trained at less `floor`; 0 in a file written before it was kept
    key_margin: float = 0.0


@functools.lru_cache(maxsize=1)
def model() -> MainActModel | None:
    """The shipped ranking model, or None when the file is absent."""
    try:
        raw = json.loads(resources.files("newsbrief.events").joinpath(MODEL_FILE)
                         .read_text("utf-8"))
    except FileNotFoundError:
        return None  # no model shipped: no record is marked key
    return MainActModel({k: float(v) for k, v in raw["weights"].items()},
                        float(raw["bias"]), float(raw["floor"]), int(raw["top"]),
                        float(raw.get("key_margin", 0.0)))


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def quoted(ev: Event) -> bool:
    """Whether the record's trigger stands inside a quotation of its sentence
    (`words.inside_quotation` of the sentence's text before it)."""
    if ev.trigger is None:
        return False
    return inside_quotation(ev.evidence.text[:max(0, ev.trigger.start - ev.evidence.start)])


def _countries(ev: Event) -> set[str]:
    return {r.country for r in ev.actor if r.country}


# A word of the title: letters, with inner hyphens and apostrophes ("Kim Jong-un's").
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# Two words tell one act when they share this many first letters (and differ by at most
# STEM_TAIL letters past them): "expels" and "expelled", "sanction" and "sanctions".
STEM_MIN = 4
STEM_TAIL = 3


def _words(text: str) -> list[str]:
    return [fold(w) for w in _WORD.findall(text)]


def _same_stem(a: str, b: str) -> bool:
    """Whether two folded words are forms of one word, as far as their letters tell
    ("accused" and "accuses", "talk" and "talks"; not "war" and "warn")."""
    if a == b:
        return True
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n >= STEM_MIN and max(len(a), len(b)) - n <= STEM_TAIL


@functools.lru_cache(maxsize=1)
def _type_words() -> dict[str, frozenset[str]]:
    """Each PLOVER type's trigger words in the lexicon (the head of a two-word pattern;
    light and weak entries left out: they pass to their object or code little)."""
    out: dict[str, set[str]] = {}
    for e in lexicon().entries:
        if not (e.light or e.weak):
            out.setdefault(e.type, set()).add(fold(e.pattern.split()[0]))
    return {t: frozenset(w) for t, w in out.items()}


@dataclass(frozen=True)
class Title:
    """What an article's title names, as the ranking reads it: its words (folded),
    the countries of the places, nationalities and bodies it names (the gazetteer's),
    and the PLOVER types whose trigger words it holds."""

    words: tuple[str, ...]
    countries: frozenset[str]
    types: frozenset[str]

    def names(self, text: str) -> bool:
        """Whether the title names an actor told by `text`: one of its capitalised words
        of three letters or more ("Scholz", "Pentagon"), as a word of the title."""
        return any(w[0].isupper() and len(w) >= 3 and fold(w) in self.words
                   for w in _WORD.findall(text))

    def tells(self, word: str) -> bool:
        """Whether the title holds a form of the word ("expels" for "expel")."""
        w = fold(word)
        return any(_same_stem(w, t) for t in self.words)


def read_title(title: str | None) -> Title | None:
    """The title as `features` reads it; None when the article has none."""
    if not title or not title.strip():
        return None
    raw = _WORD.findall(title)
    words = tuple(fold(w) for w in raw)
    countries: set[str] = set()
    g = gazetteer()
    for i in range(len(raw)):
        for n in range(min(g.max_len, len(raw) - i), 0, -1):
            info = g.lookup(words[i:i + n])
            # an acronym counts only as written ("US", not "us")
            if info is not None and info.country and (
                    info.exact_case is None or " ".join(raw[i:i + n]) == info.exact_case):
                countries.add(info.country)
                break
    types = frozenset(t for t, ws in _type_words().items()
                      if any(_same_stem(w, x) for w in words for x in ws))
    return Title(words, frozenset(countries), types)


def title_features(ev: Event, title: Title | None) -> dict[str, bool]:
    """What the title says of the record: whether it names the record's doer (by a name
    word, or its country), its act (the trigger's word, or a trigger word of its type
    in the lexicon) and its recipient; `title_act_doer` when it names both the act and
    the doer, the headline's shape ("Germany expels two Russian diplomats")."""
    if title is None:
        return {"no_title": True}
    doer = any(title.names(r.text) for r in ev.actor)
    doer_country = any(r.country in title.countries for r in ev.actor if r.country)
    word = ev.trigger is not None and title.tells(ev.trigger.text) or \
        ev.predicate is not None and title.tells(ev.predicate.lemma)
    act = word or ev.type in title.types
    recipient = any(title.names(r.text) or (r.country and r.country in title.countries)
                    for r in ev.recipient)
    return {"title_doer": doer, "title_doer_country": doer_country, "title_trigger": word,
            "title_type": ev.type in title.types, "title_recipient": recipient,
            "title_act_doer": act and (doer or doer_country)}


def features(events: Sequence[Event], length: int,
             title: str | None = None) -> list[dict[str, float]]:
    """Each record's features relative to its article (`length`: the article text's
    length in characters; `title`: the article's title, `title_features`)."""
    heading = read_title(title)
    starts = {s: i for i, s in enumerate(sorted({ev.evidence.start for ev in events}))}
    rank_of: dict[float, int] = {}  # a confidence's first place, highest first
    for i, c in enumerate(sorted((ev.confidence for ev in events), reverse=True)):
        rank_of.setdefault(c, i)
    best: dict[int, float] = {}
    for ev in events:
        best[ev.evidence.start] = max(best.get(ev.evidence.start, 0.0), ev.confidence)
    countries = [_countries(ev) for ev in events]
    of_type: dict[str, list[int]] = {}  # each type's records, to compare within a type only
    for i, ev in enumerate(events):
        of_type.setdefault(ev.type, []).append(i)
    out = []
    for i, ev in enumerate(events):
        mine = countries[i]
        same = sum(1 for j in of_type[ev.type] if j != i and mine & countries[j])
        order = starts[ev.evidence.start]
        rank = rank_of[ev.confidence]
        f = {"z": _logit(ev.confidence), "conf_rank0": rank == 0, "conf_rank1": rank == 1,
             "sent0": order == 0, "sent1": order == 1, "sent2": order == 2,
             "sent_late": order >= 6, "pos": ev.evidence.start / max(length, 1),
             "best_in_sent": best[ev.evidence.start] == ev.confidence,
             "ntell": math.log1p(len(ev.tellings)), "same": math.log1p(same),
             "country": bool(mine), "asserted": ev.modality == "asserted",
             "quoted": quoted(ev), "recipient": bool(ev.recipient),
             "attributed": bool(ev.attributed_to), "dated_text": ev.date_source == "text",
             "t=" + ev.type: True, **title_features(ev, heading)}
        out.append({k: float(v) for k, v in f.items()})
    return out


def ranking(events: Sequence[Event], length: int,
            learned: MainActModel | None = None, title: str | None = None) -> list[float]:
    """Each record's ranking score as its article's main act (higher: more likely)."""
    learned = learned or model()
    if learned is None:
        return [0.0] * len(events)
    return [learned.bias + sum(learned.weights.get(k, 0.0) * v for k, v in f.items())
            for f in features(events, length, title)]


def eligible(ev: Event, floor: float) -> bool:
    """Whether a record may be marked key: told as done outside a quotation (or the
    speaker's own act in words, `own_words`), by a doer with a country, scored at least
    `floor`."""
    return (ev.confidence >= floor and ev.modality == "asserted" and bool(_countries(ev))
            and (not quoted(ev) or own_words(ev)))


# Acts done in words (word_classes.toml: "deny", "fault", "urge", "condemn", ...): told in
# the present by a named or definite doer, the news tense of a statement of the day.
SPEECH_ACTS = word_classes()["speech_acts"]
_LISTS = word_lists("newsbrief.events", "mainact_lists.toml")
# The first person that opens a speaker's own act in a quotation ("I call on", "we
# condemn"), and the words that may stand between it and the verb ("we strongly condemn",
# "I now call on"; any adverb in -ly besides).
FIRST_PERSON_SUBJECTS = frozenset(_LISTS["first_person_subjects"])
BEFORE_OWN_VERB = frozenset(_LISTS["before_own_verb"])
# The acts a speaker does by saying them ("we condemn", "I call on"); the words of a
# habit ("every day", "usually") that make a first person's present a routine are
# predicate's FREQUENCY_WORDS.
OWN_ACTS = frozenset(_LISTS["own_acts"])
# Acts in words whose -ing complement tells a standing charge ("denies targeting ...",
# "accuses X of prolonging ...").
DENIALS_OF_DOING = frozenset(_LISTS["denials_of_doing"])
CHARGES_OF_DOING = frozenset(_LISTS["charges_of_doing"])


def _said_now(ev: Event) -> bool:
    """Whether the record is an act in words told in the present, active, with no modal,
    as done: "the ministry denies the report", "the GOP is blaming X"."""
    p = ev.predicate
    return (p is not None and p.tense == "present" and p.voice == "active" and not p.modal
            and p.lemma in SPEECH_ACTS and ev.modality == "asserted")


def _named_doer(ev: Event) -> bool:
    """A doer named (an entity) or told as a definite one ("the Chinese military"), not
    people of a kind ("activists", "his defenders") nor a party or nation told as its
    members ("Republicans", "Senate Democrats", "Palestinians"), whose present is as
    often a stance. The members count only when the sentence names them before the verb:
    "the report faults her" by a committee's Republicans is the report's act."""
    before = ev.evidence.text[:max(0, ev.trigger.start - ev.evidence.start)] \
        if ev.trigger is not None else ev.evidence.text
    return any((r.entity or r.text.split(" ", 1)[0].lower() in DEFINITE)
               and not (_members(r.text) and r.text in before) for r in ev.actor if r.country)


def _members(text: str) -> bool:
    """Whether the words end in a plural naming a party's or a nation's members
    ("Republicans", "House Democrats", "Israelis"): the gazetteer gives the word, or its
    singular, as a nationality (demonym) or the word as a party (sector PTY), and the
    word is no place ("the Philippines")."""
    head = text.split()[-1] if text.split() else ""
    if len(head) < 4 or not head.endswith("s") or head.endswith("ss") or not head[0].isupper():
        return False
    whole = gazetteer().lookup(tokens_of(head))
    if whole is not None:
        return whole.kind == DEMONYM or whole.sector == "PTY"
    one = gazetteer().lookup(tokens_of(head[:-1]))
    return one is not None and one.kind == DEMONYM


def own_words(ev: Event) -> bool:
    """Whether a quoted record is its speaker's own act, done by saying it: an act in
    words in the present with the first person for its doer, right before the verb
    ('"I call on the board to resign," the governor said'; '"We condemn this attack,"
    the ministry said'), which the extractor gives to the quotation's named speaker
    (events.extract: a quoted I or we is the speaker). Not a quoted report of others
    ("they condemned"), nor an act told as ahead, conditional or wished (the present
    with no modal, asserted), nor a scare quote (no first person)."""
    if ev.trigger is None or not quoted(ev) or not _said_now(ev):
        return False
    if not _named_doer(ev) or ev.predicate.lemma not in OWN_ACTS or _habitual(ev):
        return False
    words = ev.evidence.text[:max(0, ev.trigger.start - ev.evidence.start)].split()
    while words and (words[-1].lower() in BEFORE_OWN_VERB or words[-1].lower().endswith("ly")):
        words.pop()
    return bool(words) and words[-1].lower().lstrip("“\"'[") in FIRST_PERSON_SUBJECTS


def _habitual(ev: Event) -> bool:
    """Whether the record's sentence tells a habit ("every day", "usually", "we
    regularly condemn"): a routine told in the present, not the act of the day."""
    return any(w.strip(".,;:!?\"'“”").lower() in FREQUENCY_WORDS
               for w in ev.evidence.text.split())


def mark_main_acts(events: list[Event], length: int,
                   learned: MainActModel | None = None, lead: int | None = None,
                   ranked: Sequence[Event] | None = None,
                   title: str | None = None) -> list[Event]:
    """The records with the article's main act marked `key` (see the module's note);
    `lead` the last sentence of the article's lead (`storytime.lead_end` with
    LEAD_SENTENCES), by default the first LEAD_SENTENCES sentences however short.
    `ranked`: the records as the choice is to read them when that differs from what is
    shipped (by id; a record absent from it is not chosen), by default `events`.
    `title`: the article's title, which the ranking reads (`title_features`)."""
    learned = learned or model()
    if learned is None or not events:
        return events
    if ranked is None:
        chosen = choose(events, ranking(events, length, learned, title), learned.top,
                        learned.floor, lead, _titled(events, title))
        return [replace(ev, key=True) if i in chosen else ev for i, ev in enumerate(events)]
    ids = {ranked[i].id for i in choose(ranked, ranking(ranked, length, learned, title),
                                        learned.top, learned.floor, lead,
                                        _titled(ranked, title))}
    return [replace(ev, key=True) if ev.id in ids else ev for ev in events]


def _titled(events: Sequence[Event], title: str | None,
            on: bool | None = None) -> list[bool] | None:
    """Which records the title names, act and doer (`title_features`), for `choose`'s
    second key; None when `TITLE_SECOND_KEY` (or `on`) is off or there is no title."""
    heading = read_title(title)
    if not (TITLE_SECOND_KEY if on is None else on) or heading is None:
        return None
    return [title_features(ev, heading)["title_act_doer"] for ev in events]


# The lead's sentences that anchor a main act: the sentences of some length that open a
# news article and tell its news, counted past a wire dateline (`storytime.lead_end`).
LEAD_SENTENCES = 3
# A record whose time the text gives: its own time expression, or that of another telling
# of the same act (events.carry).
TEXT_DATED = frozenset({"text", "carried"})


def anchored(ev: Event, lead: int | None = None) -> bool:
    """Whether the text anchors the record as the story's news: told in the lead (up to
    sentence `lead`, by default the first LEAD_SENTENCES), dated by the text, or told
    now (`told_now`). The article's main act is kept under the threshold only so; an
    undated act of the body marked key was judged real 0.70 blind (judged key
    records under the threshold, anchored, 0.85 real)."""
    return _by_text(ev, lead) or told_now(ev)


def _by_text(ev: Event, lead: int | None = None) -> bool:
    """Whether the record is told in the lead (up to sentence `lead`) or dated by the text."""
    return _in_lead(ev, lead) or ev.date_source in TEXT_DATED


def _in_lead(ev: Event, lead: int | None = None) -> bool:
    """Whether the record is told in the lead (up to sentence `lead`)."""
    return ev.evidence.sentence <= (LEAD_SENTENCES - 1 if lead is None else lead)


def told_now(ev: Event) -> bool:
    """Whether the record tells an act in words in the news present: "the ministry denies
    the report", "Novak faults the agency", by a named or definite doer outside a
    quotation, not in a clause describing a noun, not a standing charge ("denies
    targeting ..."); or a speaker's own act said in a quotation (`own_words`). The
    dater's reading is not asked: it leaves "the ministry denies the report" undated as
    often as "Moscow denies targeting civilians". A story tells its day's statements so;
    an undated past in the body is as often background (so were the top-ranked records
    of listed key events that nothing anchored). `choose` lets such a record take the
    mark only after the lead's and the text-dated records."""
    if quoted(ev):
        return own_words(ev)
    return (_said_now(ev) and _named_doer(ev) and not _described(ev)
            and not _standing_charge(ev))


def _described(ev: Event) -> bool:
    """Whether the verb tells a clause describing a noun (the parse's relcl or acl, read
    by events.predicate: "the pact, which Washington says Moscow broke", "Russia,
    which denies ...", "a charge Tehran denies"): its present tells a standing charge or
    stance of the noun, not the day's act."""
    return ev.predicate is not None and ev.predicate.clause is not None


def _standing_charge(ev: Event) -> bool:
    """Whether a denial or accusation is of a doing ("denies targeting civilians",
    "accuses the West of prolonging the war"): the -ing complement tells a standing
    charge, not the statement of the day ("denies the report")."""
    if ev.trigger is None or ev.predicate is None:
        return False
    after = ev.evidence.text[max(0, ev.trigger.end - ev.evidence.start):]
    words = [w.lower() for w in after.split(",")[0].split(".")[0].split()]
    if ev.predicate.lemma in DENIALS_OF_DOING:
        return bool(words) and words[0].endswith("ing")
    return ev.predicate.lemma in CHARGES_OF_DOING and any(
        w == "of" and n.endswith("ing") for w, n in zip(words, words[1:]))


def main_verb_done(ev: Event) -> bool:
    """Whether the record tells its act as done by the main verb of its clause: an active
    verb in the past tense (simple or present perfect) with no modal, outside a
    quotation, not in a clause describing a noun ("the port authority faulted the
    shipping line", "the union has refused"). Not an event noun ("her criticism of the
    plan"), a passive ("was warned by the mayor"), a participle or infinitive (no tense:
    "questioning its right"), nor "the driver, who injured two": the shapes that made
    most unanchored main acts no event of the day. Nor background (the past perfect, "had
    faulted", or a clause setting the scene for another act, "when the mayor warned
    ...": `Predicate.background`) or a habit told on the verb ("every winter the guard
    rescued ...": `Predicate.habit`; not "every" in its object, "blamed X for every
    delay"), which tell no act of the day either. Unlike `carry.told_done`, which carries
    a day only to one act done at one time, the present perfect counts: it reports the act."""
    p = ev.predicate
    return (p is not None and p.voice == "active" and p.tense == "past" and not p.modal
            and not p.background and not p.habit and not _described(ev) and not quoted(ev))


def choose(events: Sequence[Event], scores: Sequence[float], top: int,
           floor: float, lead: int | None = None,
           titled: Sequence[bool] | None = None) -> set[int]:
    """The indices of the records marked key: the `top` highest-ranked by `scores` of
    those `eligible` at `floor`, each only when `anchored` or `main_verb_done`: a main act
    neither anchored nor told as done leaves its article with no mark rather than passing
    it on, since the next record is not the article's main act (an unanchored record in a
    clause describing a noun is no main act and is passed over) (scripts/train_mainact.py
    measures the same choice). A quoted own
    act or an act anchored only by being told now (`told_now`) yields to the lead's
    record ranked below it."""
    order = sorted(range(len(events)), key=lambda i: -scores[i])
    ranked = [i for i in order if eligible(events[i], floor)]
    # A speaker's quoted act and an act told now rank after the lead's record: a body
    # reaction ('"We condemn this attack," the ministry said') does not take the mark from
    # the lead's attack. Only the lead's: a text-dated body record put
    # first so took the mark back from a quoted urging for a judged non-event (a
    # president's remarks "during a Cabinet meeting", 1205222).
    plain = [i for i in ranked if not _told_now_only(events[i], lead)][:top]
    chosen = {i for i in plain if _in_lead(events[i], lead)}
    # An unanchored clause describing a noun tells who or what the noun is, not the main
    # act: the main verb's act ranked below it is not kept from the mark ("the minister,
    # who blamed the company, toured the depot"). One the text dates or the lead tells
    # keeps its turn: the day's act is told so too ("one reason protesters interrupted
    # his speech on Tuesday").
    main = [i for i in ranked if anchored(events[i], lead) or not _described(events[i])][:top]
    chosen = chosen or {i for i in main
                        if anchored(events[i], lead) or main_verb_done(events[i])}
    # `titled`: which records the title names (act and doer), for the second key
    if titled is not None:
        chosen |= title_second(events, scores, chosen, titled, floor)
    return chosen


# Whether an article whose main act is marked may have a second record marked key: the
# highest-ranked eligible record of another type whose act and doer the title names
# (`title_features`: "title_act_doer"), told as done by its main verb (`main_verb_done`),
# and neither a finding or charge against its doer nor a running total. A headline often
# names a second act of the story the ranking puts below the main act ("X expels envoys
# as Y recalls its own"). On the 46 key lists' cache it finds 7 + 7 more key events for
# 26 more records kept; the records it newly keeps under the cut read 84 of 94 real by
# hand (keytitle55 and keysecond56, 0.89, Wilson 95% 0.82-0.94; EVALUATION.md).
TITLE_SECOND_KEY = True


def title_second(events: Sequence[Event], scores: Sequence[float], chosen: set[int],
                 titled: Sequence[bool], floor: float) -> set[int]:
    """The second key `TITLE_SECOND_KEY` adds to `chosen` (the main acts marked):
    the highest-ranked record `eligible` at `floor`, of a type none marked has, whose act
    and doer the title names (`titled`), that its main verb tells as done and that is
    neither a finding
    or charge against its doer (`_charged`) nor a running total (`_running_total`); none when
    no main act is marked (a headline's act alone does not anchor a record in the body:
    keyrank measured the title as an anchor and found its records not real enough)."""
    if not chosen:
        return set()
    types = {events[i].type for i in chosen}
    for i in sorted(range(len(events)), key=lambda i: -scores[i]):
        if i in chosen or events[i].type in types or not titled[i]:
            continue
        if eligible(events[i], floor) and main_verb_done(events[i]) \
                and not _charged(events[i]) \
                and not _running_total(events[i]):
            return {i}
    return set()


# What the second key passes over (mainact_lists.toml): an act reported as a finding or
# charge against its doer, and a running total (keytitle55 read both among its non-events).
FINDING_VERBS = frozenset(_LISTS["finding_verbs"])
SAYING_VERBS = frozenset(_LISTS["saying_verbs"])
OFFENCE_ACTS = frozenset(_LISTS["offence_acts"])
PERFECT_AUXILIARIES = frozenset(_LISTS["perfect_auxiliaries"])
OPEN_COUNT_QUALIFIERS = frozenset(_LISTS["open_count_qualifiers"])
TOTAL_SPANS = tuple(_LISTS["total_spans"])
THAT_REACH = 5  # words between a verb and its "that": "ruled on Friday that", "said this week that"
_TOKEN = re.compile(r"[\w’']+|,")
# a clause joined by a comma and a conjunction ends the one before it ("a panel ruled that
# the decree was void, and the government expelled ...")
_CLAUSE_BREAK = re.compile(r"[.;:]\s|,\s+(?:and|but|while|whereas)\s", re.IGNORECASE)


def _before_trigger(ev: Event) -> list[str]:
    """The lower-cased words (and commas) of the record's sentence before its trigger, from
    the last clause break (a full stop, semicolon or colon, or a comma and a conjunction)
    on."""
    if ev.trigger is None:
        return []
    text = ev.evidence.text[:max(0, ev.trigger.start - ev.evidence.start)]
    return _TOKEN.findall(_CLAUSE_BREAK.split(text)[-1].lower())


def _in_that_clause(words: list[str], verbs: frozenset[str]) -> bool:
    """Whether the words end in a clause opened by "that" after one of `verbs` ("ruled
    on Friday that the agency", "said this week that the ministry"): the verb's content.
    The verb that opens it is the nearest verb of saying or finding within a few words
    before "that" ("Russia, which has accused Kyiv, said that ...": "said"; "amid claims of
    fraud, officials said that": "said"); a comma after "that" ends it ("after the court
    ruled on that appeal, the union blocked": "that" names a thing)."""
    for i in range(len(words) - 1, -1, -1):
        if words[i] == "that":
            if "," in words[i + 1:]:
                return False
            near = [w for w in words[max(0, i - THAT_REACH):i] if w in FINDING_VERBS | SAYING_VERBS]
            return bool(near) and near[-1] in verbs
    return False


def _charged(ev: Event) -> bool:
    """Whether the record's act is told as a finding or charge against its doer, not as
    done: in a "that" clause after a verb of ruling or finding ("the court ruled that the
    agency violated the law"), or an offence (`OFFENCE_ACTS`) said by another or in a
    "that" clause after a verb of saying ("lawmakers said that the ministry broke the
    law"). The doer is the one charged; the act of the day is the ruling or the saying."""
    words = _before_trigger(ev)
    if _in_that_clause(words, FINDING_VERBS):
        return True
    offence = ev.predicate is not None and ev.predicate.lemma in OFFENCE_ACTS
    return offence and (bool(ev.attributed_to) or _in_that_clause(words, SAYING_VERBS))


def _running_total(ev: Event) -> bool:
    """Whether the record tells a running total: an open count ("more than 280,000",
    "about 500") told by the present perfect ("agents have apprehended more than ...",
    "the war has killed over ..."), a tally of many acts so far rather than one act."""
    words = [w for w in _before_trigger(ev) if w != ","]
    perfect = any(w in PERFECT_AUXILIARIES for w in words[-3:])
    if not (perfect and any(q.qualifier in OPEN_COUNT_QUALIFIERS for q in ev.quantities)):
        return False
    # and a span the count runs over ("since May", "so far", "to date"): without one, "Russia
    # has expelled about 20 diplomats" is the headline perfect of one act
    sentence = " ".join(_TOKEN.findall(ev.evidence.text.lower()))
    return any(re.search(rf"\b{re.escape(span)}\b", sentence) for span in TOTAL_SPANS)


def _told_now_only(ev: Event, lead: int | None) -> bool:
    """Whether the record is quoted (eligible as `own_words`) or anchored only by being
    told now, not by the lead or a date from the text."""
    return quoted(ev) or (told_now(ev) and not _by_text(ev, lead))
