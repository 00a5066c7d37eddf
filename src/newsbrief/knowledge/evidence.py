"""Checks of a statement against the one sentence it is phrased from.

A brief may say no more than its cited sentence. The event records underneath can
be wrong in ways the brief cannot repair (a pronoun resolved to the wrong person,
the speaker taken for the actor, a hedge or a condition lost), so before a
statement is told its words are held against its sentence, and a statement that
fails is not told from that sentence:

- **named**: whoever the statement says did it is named in the sentence itself
  (by name, surname or, for a person standing for a state, the state's name), not
  only resolved from a pronoun elsewhere;
- **not the speaker**: no verb of saying or urging stands between that name and the
  act ("X said Y sent ...", "X urged Y to send ..." are not X's acts);
- **not hedged**: no condition, modal or aim governs the act in the words before it
  ("if", "would", "aimed at", "appeared to", "whether") unless the statement says
  the same word;
- **whose account**: a sentence that reports someone's words ("said", "according
  to") gives a statement that names whose account it is;
- **no new words**: every content word of the statement is in the sentence, or is a
  name of one of its actors, or the brief's own glue ("according to", a date);
- **no furniture**: video captions and embedded posts are not evidence.

These are plain-text checks on stored sentences (knowledge parses nothing): they
reject more than they need to, which a brief can afford and a reader cannot.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..dateline import sentence_dateline
from ..events.predicate import PAST_FORMS
from ..teasers import teaser_start
from ..timexes.lexicon import WEEKDAY

from ..words import ARTICLES, PHRASE_WORD, word_lists

# The word lists of this module: data/evidence_lists.toml.
_LISTS = word_lists("newsbrief.knowledge", "evidence_lists.toml")

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*")
_PRONOUNS = frozenset(_LISTS["pronouns"])
# Verbs by which the subject says, asks or wants something of someone else's act.
_SAYING = re.compile(
    r"\b(said|says|say|saying|told|tells|tell|telling|claim(?:s|ed|ing)?|alleg(?:e|es|ed|ing)|"
    r"accus(?:e|es|ed|ing)|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|call(?:s|ed|ing)? (?:on|for)|"
    r"demand(?:s|ed|ing)?|want(?:s|ed|ing)?|push(?:es|ed|ing)? for|press(?:es|ed|ing)?|"
    r"cit(?:e|es|ed|ing)|argu(?:e|es|ed|ing)|insist(?:s|ed|ing)?|warn(?:s|ed|ing)?|"
    r"believ(?:e|es|ed|ing)|think(?:s|ing)?|thought|suggest(?:s|ed|ing)?|report(?:s|ed|ing)?|"
    r"announc(?:e|es|ed|ing)|deni(?:es|ed)|deny(?:ing)?|according to|fear(?:s|ed)?|"
    r"hop(?:e|es|ed|ing)|expect(?:s|ed|ing)?|add(?:s|ed)|stated|explain(?:s|ed)|"
    r"confirm(?:s|ed)|indicat(?:es|ed)|acknowledg(?:es|ed)|admit(?:s|ted))\b", re.I)
# Words that make what follows them not (yet) a fact.
_HEDGES = re.compile(
    r"\b(if|unless|whether|would|could|might|may|should|must|can|cannot|can't|will|won't|"
    r"shall|aim(?:s|ed|ing)?|seek(?:s|ing)?|sought|try|tries|tried|trying|attempt(?:s|ed|ing)?|"
    r"plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|want(?:s|ed|ing)?|willing|ready|likely|unlikely|"
    r"expected|appear(?:s|ed)?|seem(?:s|ed)?|threat(?:en|ens|ened|ening)?|consider(?:s|ed|ing)?|"
    r"propos(?:e|es|ed|al)|hop(?:e|es|ed|ing)|vow(?:s|ed)?|pledg(?:e|es|ed)|promis(?:e|es|ed)|"
    r"refus(?:e|es|ed)|fail(?:s|ed)?|decline[ds]?|question|doubt|possible|possibly|perhaps|"
    r"allegedly|reportedly|apparently|purportedly|supposedly|not|never|no|without|instead|"
    r"rather|against|prevent(?:s|ed)?|stop(?:s|ped)?|avoid(?:s|ed)?|ban(?:s|ned)?|"
    r"probably|presumably|purported|so-called|suspected|"
    r"fake|false|rumou?r(?:s|ed)?|speculat\w*|ahead|think(?:s|ing)?|thought|believ(?:e|es|ed)|"
    r"assum(?:e|es|ed)|suspect(?:s|ed)?|estimat(?:e|es|ed))\b", re.I)
_FURNITURE = re.compile(r"pic\.twitter|JUST WATCHED|Replay|More Videos|Getty Images|AP Photo|"
                        r"Photo:|Image:|Click here|Read more|Sign up|Subscribe|@\w+|https?://|"
                        r"Story highlights", re.I)
# Words the brief adds by itself: attribution, standing and dates.
_GLUE = frozenset(_LISTS["glue"])
_WINDOW = 10  # words before the act in which a hedge governs it


def tokens(text: str) -> list[str]:
    return [re.sub(r"['’]s$", "", t.lower()).strip("'’") for t in _TOKEN.findall(text or "")]


def _stem(word: str) -> str:
    return word[:5] if len(word) > 5 else word


def novel_words(statement: str, sentence: str, allowed: Iterable[str] = ()) -> list[str]:
    """The statement's words that neither its sentence nor `allowed` (names, the verb's
    forms) give: what the statement would say beyond its sentence."""
    have = set(tokens(sentence))
    stems = {_stem(w) for w in have}
    extra = {w for a in allowed for w in tokens(a)}
    out = []
    for w in tokens(statement):
        if w in have or w in extra or w in _GLUE or w.isdigit() or re.fullmatch(r"[\d,.]+", w):
            continue
        if len(w) > 3 and _stem(w) in stems:
            continue  # another form of a word the sentence has: "agreed" for "agree"
        out.append(w)
    return out


# Words that stand for two parties named just before ("both nations", "their leaders"):
# the resolution a reader makes too.
_BOTH = re.compile(r"\bboth (nations|countries|states|governments|leaders|presidents)\b|"
                   r"\btheir leaders\b", re.I)


def named_in(sentence: str, name: str, country_names: Iterable[str] = (),
             pair: bool = False) -> bool:
    """Whether an actor is named in the sentence: the name, its last word (a surname),
    or, for someone standing for a state, the state's name; with `pair` (the actor is
    one of two), also "both nations", "their leaders"."""
    low = sentence.lower()
    if pair and _BOTH.search(sentence):
        return True
    name = (name or "").strip()
    if not name or name.lower() in _PRONOUNS or name.lower().split()[0] in _PRONOUNS:
        return False
    bare = re.sub(r"^(the|a|an)\s+", "", name, flags=re.I)
    if bare.lower() in low:
        return True
    last = bare.split()[-1] if bare.split() else ""
    if len(last) > 2 and last[:1].isupper() and re.search(rf"\b{re.escape(last)}\b", sentence):
        return True
    return any(c and c.lower() in low for c in country_names)


def is_furniture(sentence: str) -> bool:
    """A caption, an embedded post or a headline ("Trump Delays Promised Embassy Move")."""
    return bool(_FURNITURE.search(sentence or "")) or teaser_start(sentence) is not None \
        or is_headline(sentence)


def is_headline(sentence: str) -> bool:
    """Title case with no full stop: a headline or a caption, not a reported sentence."""
    text = (sentence or "").strip()
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if len(w) > 3]
    if len(words) < 3 or text.endswith((".", "?", "!", ".”", '."')):
        return False
    return sum(w[:1].isupper() for w in words) / len(words) >= 0.6


# A sentence of the report's prose: at least this many words, ended by a full stop (a
# headline, a byline, a caption or a photo credit before the lead is none).
PROSE_WORDS = 8
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+")


def prose_before(text: str, start: int) -> int | None:
    """How many sentences of prose (PROSE_WORDS words or more, ended by a full stop) the
    report's text gives before offset `start`, when headline, byline or caption lines
    (no prose) come first: the rank of the sentence at `start` in the report's own
    telling. None when nothing but prose comes before it (its sentence number says)."""
    n, furniture = 0, False
    for line in (text or "")[:max(0, start)].splitlines():
        for piece in _SENTENCE_END.split(line.strip()):
            piece = piece.strip()
            if not piece:
                continue
            if re.search(r"[.!?][\"”’)]*$", piece) and \
                    len(re.findall(r"[A-Za-z][\w'’-]*", piece)) >= PROSE_WORDS:
                n += 1
            else:
                furniture = True
    return n if furniture else None


def speaker_before(sentence: str, name: str, act_offset: int) -> bool:
    """A verb of saying, asking or wanting stands between the last place the sentence
    names the actor before the act and the act: the name is the speaker's."""
    before = sentence[:max(0, act_offset)]
    bare = re.sub(r"^(the|a|an)\s+", "", name or "", flags=re.I)
    candidates = [bare] + ([bare.split()[-1]] if bare.split() else [])
    at = -1
    for c in candidates:
        if len(c) > 2:
            at = max(at, before.lower().rfind(c.lower()))
    if at < 0:
        return False
    return bool(_SAYING.search(before[at:]))


def hedges_before(sentence: str, act_offset: int) -> list[str]:
    """Words in the few before the act that make it not (yet) a fact."""
    before = sentence[:max(0, act_offset)]
    every = re.findall(r"[\w'’]+", before)
    words = every[-_WINDOW:]
    first = len(every) - len(words)
    # A capitalised word inside the sentence is a name ("Theresa May"), not a modal.
    plain = [w for i, w in enumerate(words) if not (w[:1].isupper() and first + i > 0)]
    window = " ".join(plain)
    found = [m.group(0).lower() for m in _HEDGES.finditer(window)]
    # "to" right before the act: an aim or an infinitive ("to protest", "aimed at
    # blocking"), not a done act.
    if words and words[-1].lower() in ("to", "at"):
        found.append(words[-1].lower())
    return found


def reports_words(sentence: str, act_start: int, act_end: int) -> bool:
    """The sentence reports someone's words or view outside the act itself."""
    for m in _SAYING.finditer(sentence or ""):
        if act_start <= m.start() < act_end:
            continue  # the act is the saying: "X warned Y"
        if m.group(0).lower() in ("want", "wants", "wanted", "ask", "asks", "asked", "press",
                                  "pressed", "urge", "urged", "urges"):
            continue  # asking is not reporting (caught as the speaker's act, if at all)
        return True
    return False


def possessive_only(sentence: str, name: str, start: int, end: int) -> bool:
    """Every place the sentence names the actor between `start` and `end` is a
    possessive ("China's refusal"): the act is its refusal's, not its own."""
    bare = re.sub(r"^(the|a|an)\s+", "", name or "", flags=re.I)
    found = False
    for c in dict.fromkeys([bare] + ([bare.split()[-1]] if bare.split() else [])):
        if len(c) <= 2:
            continue
        for m in re.finditer(rf"\b{re.escape(c)}\b", sentence[max(0, start):max(0, end)], re.I):
            found = True
            tail = sentence[max(0, start) + m.end():max(0, start) + m.end() + 2]
            if not tail.startswith(("'s", "’s", "' ", "’ ")):
                return False
    return found


# Words that may follow the doer's name before its verb: "Beijing and Washington have
# agreed", "Kim, who ...", "Taliban fighters reportedly ...".
_AFTER_NAME = frozenset(_LISTS["after_name"])


def _last_naming(before: str, name: str, flags: int = 0) -> tuple[int, int]:
    """Offset and length of the last place `before` names the actor: its whole name
    without an article, or its last word (a surname); (-1, 0) when it is not named."""
    bare = re.sub(r"^(the|a|an)\s+", "", name or "", flags=re.I)
    at, size = -1, 0
    for c in dict.fromkeys([bare] + ([bare.split()[-1]] if bare.split() else [])):
        if len(c) <= 2:
            continue
        # (Not \b: a name may end in a full stop, "U.K.")
        for m in re.finditer(rf"(?<!\w){re.escape(c)}(?!\w)", before, flags):
            if m.start() > at:
                at, size = m.start(), len(c)
    return at, size


def name_heads_clause(sentence: str, name: str, act_offset: int) -> bool:
    """The last place the sentence names the actor before the act is the head of the
    clause's subject, not a modifier of another noun ("Taliban gains ... contributed",
    "a Taliban strike that killed"): what follows the name is the verb, punctuation, a
    conjunction, an auxiliary or an adverb, or more of a name."""
    before = sentence[:max(0, act_offset)]
    at, size = _last_naming(before, name, re.I)
    if at < 0:
        return True  # not named before it (a pair, a passive): other checks decide
    between = before[at + size:]
    if re.match(r"['’]s?\b", between):
        return False  # "Bergdahl's parents, ... announced": the parents' act, not his
    if re.search(r"\b(is|was|were|are|has|had|have)\b.*\band\b", between):
        return False  # "... that Jerusalem was the capital and ordered ...": another clause
    rest = before[at + size:].lstrip()
    # A time between the doer and the act ("Iran on Saturday released", "EU leaders
    # early on Thursday agreed") leaves the doer heading the clause.
    rest = _TIME_AFTER_NAME.sub("", rest, count=1).lstrip()
    if not rest:
        return True
    if not rest[:1].isalpha():
        return True  # punctuation: an apposition, a list, a dash
    word = re.match(r"[\w'’-]+", rest).group(0)
    return word[:1].isupper() or word.lower() in _AFTER_NAME or word.lower().endswith("ly")


# What may stand between a subject and its verb without being part of the subject: an
# auxiliary, a hedge-free adverb, a time ("Monday", "on Thursday night", "late Monday").
_BEFORE_VERB = re.compile(
    rf"(?:\s+(?:has|have|had|was|were|also|then|now|already|officially|formally|jointly|"
    rf"swiftly|quickly|immediately|finally|again|(?:(?:late|early)\s+)?(?:on\s+)?"
    rf"(?:(?:late|early)\s+)?{WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?|"
    r"(?:late\s+|early\s+)?(?:yesterday|today|tonight)|this\s+(?:morning|afternoon|evening|"
    r"week)|last\s+(?:night|week)))+\s*$", re.I)
# A post-modifier of the subject: a prepositional phrase ("in eastern Ukraine", "of the
# opposition") or a conjunct ("and leaders of ..."); names listed after "of" may take
# commas ("of Germany, France and Italy").
_NAME_LIST = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
_POSTMODIFIER = re.compile(
    rf"\s+(?:of\s+{_NAME_LIST}(?:\s*,\s*{_NAME_LIST})*(?:,?\s+and\s+{_NAME_LIST})?|"
    r"(?:of|in|from|at|for|on|with|and)\s+(?:the\s+|a\s+|an\s+)?[\w'’.-]+(?:\s+(?!(?:has|"
    r"have|had|was|were|is|are|will|would|who|which|that|say|says|said|tell|told|believe|"
    r"think|claim|claims|claimed)\b)(?![a-z][\w'’-]*ed\b)[\w'’.-]+){0,4})")
# How a subject may begin a clause: the sentence's start, or after a comma, a dash, a
# colon (an opening phrase, "On Monday, ...", a dateline).
_CLAUSE_START = re.compile(r"(?:^|[,;:—–]\s*|\s[-—–]+\s+)$")
MAX_SUBJECT_WORDS = 16


def _cue_that(before: str) -> bool:
    """`before` ends with the "that" of a cue of saying a few words before it ("Residents
    told reporters that "): the reported clause starts after it, with its own subject."""
    tail = re.search(r"\bthat\s+$", before)
    if not tail:
        return False
    cues = list(_CUE.finditer(before[:tail.start()]))
    return bool(cues) and len(before[cues[-1].end():tail.start()].split()) <= 4


def written_subject(sentence: str, surfaces: Iterable[str], act_offset: int) -> str | None:
    """The subject of the act at `act_offset` as the sentence writes it, when one of the
    doer's `surfaces` ("The Obama administration", "Insurgents") begins it at the start of
    a clause and what follows up to the verb is the subject's own modifiers (of, in, and
    ...), an auxiliary, an adverb or a time: "Insurgents in eastern Ukraine have seized"
    -> "Insurgents in eastern Ukraine". None when anything else stands between (a verb,
    an apposition, a relative clause, a quotation) or the name only modifies a noun."""
    before = sentence[:max(0, act_offset)]
    line = sentence_dateline(sentence)
    dateline = line.span[1] if line else 0  # "AKCAKALE, Turkey (AP) — ": no subject
    best: str | None = None
    for surface in surfaces:
        surface = (surface or "").strip()
        if len(surface) < 2 or surface.isupper() or not re.search(r"[A-Za-z]", surface) or \
                re.search(r"\s[-—–]+\s|\(", surface):
            continue  # a dateline run into the name ("Qatar - US officials")
        for hit in re.finditer(re.escape(surface), before):
            if hit.start() < dateline or not (_CLAUSE_START.search(before[:hit.start()]) or
                                              _cue_that(before[:hit.start()])) or \
                    re.match(r"['’]", before[hit.end():]):
                continue  # inside a phrase, or a possessive ("Russia's forces")
            rest = before[hit.end():]
            rest = _BEFORE_VERB.sub("", rest) if _BEFORE_VERB.search(rest) else rest
            mods, at = [], 0
            while at < len(rest):
                piece = _POSTMODIFIER.match(rest, at)
                if not piece or piece.end() == at:
                    break
                mods.append(piece.group(0))
                at = piece.end()
            if rest[at:].strip():
                continue  # something else stands between the subject and the verb
            subject = (surface + "".join(mods)).strip()
            if len(subject.split()) > MAX_SUBJECT_WORDS or re.search(r"[\"“”(]", subject):
                continue
            best = subject
    return best


_TIME_AFTER_NAME = re.compile(
    rf"^(?:(?:late|early)\s+)?(?:on\s+)?(?:(?:late|early)\s+)?{WEEKDAY}(?:\s+(?:morning|"
    r"afternoon|evening|night))?\b,?|^(?:late\s+|early\s+)?(?:yesterday|today|tonight)\b,?",
    re.I)
# Nouns for the people of an institution or a country ("Andean Community ministers",
# "Chilean officials"): a doer named before one of them is told with it.
GROUP_NOUNS = frozenset(_LISTS["group_nouns"])


def group_after(sentence: str, name: str, act_offset: int) -> str | None:
    """The name and the group noun that follows it at its last naming before the act,
    as the sentence writes them ("Andean Community ministers"), when that phrase heads the
    clause of the act; else None."""
    before = sentence[:max(0, act_offset)]
    bare = re.sub(r"^(the|a|an)\s+", "", name or "", flags=re.I)
    if len(bare) <= 2:
        return None
    hits = [h for h in re.finditer(rf"\b{re.escape(bare)}\s+([A-Za-z]+)\b", before, re.I)
            if h.group(1).lower() in GROUP_NOUNS]
    if not hits:
        return None
    phrase = hits[-1].group(0)
    return phrase if name_heads_clause(sentence, phrase, act_offset) else None


def object_near(sentence: str, obj: str, act_end: int, words: int = 4) -> bool:
    """The object as written follows the verb within a few words (else it was taken from
    an apposition or another clause)."""
    if not obj:
        return True
    at = sentence.find(obj, max(0, act_end))
    if at < 0:
        return sentence.find(obj) >= 0  # before the verb (a passive or a relative clause)
    return len(re.findall(r"[\w'’-]+", sentence[act_end:at])) <= words


_RELATIVE = re.compile(r"^((in|of|to|by|from|at|on|for|with|during)\s+)?"
                       r"(which|whom|whose|who|that|what)\b", re.I)


def relative_piece(pieces: Iterable[str]) -> bool:
    """An object or modifier that is a relative clause's start ("in which ..."): what it
    refers to is elsewhere, and the statement reads garbled."""
    return any(_RELATIVE.match(x or "") for x in pieces)


def cut_name(sentence: str, obj: str) -> bool:
    """An object that stops inside a noun phrase: "searched the Istanbul" where the
    sentence goes on "the Istanbul home of ..." (a name used as a modifier)."""
    at = sentence.find(obj)
    if at < 0 or not obj.split():
        return False
    last = obj.split()[-1]
    follow = sentence[at + len(obj):]
    if re.match(r"['’]s?\b", follow):
        return True  # "warned Assad and Syria" where the sentence goes on "Syria's allies"
    if re.match(r"\s+(another|other)\b", follow) and last.lower() in ("one", "each"):
        return True  # "engaged one [another]"
    if not last[:1].isupper():
        # "met Ghani and his longtime rival" where the sentence goes on "... rival
        # Abdullah Abdullah": the name the words stand before is cut off.
        nxt = re.match(r" ([A-Z][a-z][\w'’-]*)", sentence[at + len(obj):])
        return bool(nxt) and nxt.group(1).lower() not in _TIME_WORDS and \
            last.lower() not in _PREPOSITIONS
    if not last[:1].isupper():
        return False
    nxt = re.match(r"\s+([a-z][\w'’-]*)", sentence[at + len(obj):])
    return bool(nxt) and nxt.group(1) not in _AFTER_NAME and nxt.group(1) not in _PREPOSITIONS


_PREPOSITIONS = frozenset(_LISTS["prepositions"])
def in_dateline(sentence: str, name: str) -> bool:
    """The actor's words include the sentence's dateline ("NAIROBI - Egypt ...",
    "LUCCA, Italy (AP) — ...")."""
    line = sentence_dateline(sentence)
    if not line:
        return False
    whole = sentence[line.span[0]:line.span[1]]
    # with its region or agency the whole dateline ("LONDON (Reuters) - "), else the town
    head = whole if line.region is not None or "(" in whole else line.place
    return any(w in re.findall(r"[\w'’-]+", name or "")
               for w in re.findall(r"[A-Z][A-Za-z'’-]{2,}", head))


def past_dateline(sentence: str, name: str) -> str:
    """An actor's words after the sentence's dateline when the parser took the two for
    one phrase ("LONDON (Reuters) - British lawmakers" -> "British lawmakers"); else
    the words as they are."""
    line = sentence_dateline(sentence)
    words = (name or "").strip()
    if not line or not words:
        return name
    head = sentence[line.span[0]:line.span[1]].strip()
    if words.startswith(head) and words[len(head):].strip():
        return words[len(head):].strip()
    return name


def condition_after(sentence: str, act_end: int) -> str | None:
    """A condition the sentence puts after the act ("... if the premier agrees")."""
    m = re.search(r"\b(if|unless|provided that|as long as|in case|on condition)\b",
                  sentence[max(0, act_end):])
    return m.group(1) if m else None


def agent_after_by(sentence: str, name: str, act_end: int) -> bool:
    """A passive's doer is named as its agent: "approved by Russian lawmakers", "by an
    Afghan guard" (not "financed by a loan from the Bank": the loan is the agent)."""
    after = sentence[max(0, act_end):]
    bare = re.sub(r"^(the|a|an)\s+", "", name or "", flags=re.I)
    for c in dict.fromkeys([bare] + ([bare.split()[-1]] if bare.split() else [])):
        if len(c) <= 2:
            continue
        for m in re.finditer(rf"\b{re.escape(c)}\b", after, re.I):
            by = list(re.finditer(r"\bby\b", after[:m.start()]))
            if not by:
                continue
            between = PHRASE_WORD.findall(after[by[-1].end():m.start()])
            nxt = re.match(r"\s+([a-z][\w'’-]*)", after[m.end():])
            if nxt and nxt.group(1) not in _AFTER_NAME and nxt.group(1) not in _PREPOSITIONS:
                continue  # "by an Israeli tank shell": the shell is the agent
            if all(w.lower() in ARTICLES or w[:1].isupper() for w in between):
                return True
    return False


# --------------------------------------------------------------------------- dates

# Words right before a date by which it anchors another time, not the act's own:
# "days after Sept. 4", "since March", "until Friday", "by June".
_ANCHORED = re.compile(r"\b(after|before|since|until|till|following|ahead of|prior to|by|"
                       r"through|from)(\s+(the|on|in|last|this|early|late|mid))?\s*$", re.I)
# A verb right after "May" by which it is the prime minister's name ("on May reached").
_NAME_VERB = re.compile(r"^(has|had|is|was|said|says|will|would|told|tells|insisted|"
                        r"[a-z]+ed)$")
# Words right before "May" by which it is the month, not the verb or the name.
_MONTH_CUE = frozenset(_LISTS["month_cue"])


def _occurrences(sentence: str, text: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"(?<![\w]){re.escape(text)}(?![\w])", sentence)]


def date_problem(sentence: str, date_text: str | None, act_start: int,
                 act_end: int) -> str | None:
    """Why the date words of an event record do not date the act of its sentence, or
    None when they do. The record's date is kept only when its words are in the sentence
    itself, near the act's clause: not another sentence's date, not "May" the name or
    the verb, not a date that anchors another time ("days after Sept. 4", "since March"),
    not the date of someone's words ("said on Tuesday that ...") or of another person's
    thing ("Trump's Sept. 4 tweet")."""
    if not date_text:
        return None  # records made before the date's words were kept: nothing to check
    found = _occurrences(sentence or "", date_text.strip())
    if not found:
        return "the date's words are not in the sentence"
    at = min(found, key=lambda x: abs(x - act_start))
    end = at + len(date_text.strip())
    before = sentence[:at].rstrip()
    prev = (re.findall(r"[\w'’]+", before) or [""])[-1].lower()
    nxt = (re.findall(r"[\w'’]+", sentence[end:end + 30]) or [""])[0]
    if date_text.strip() == "May" and (not (prev in _MONTH_CUE or prev.isdigit()
                                            or re.match(r"\s*\d", sentence[end:]))
                                       or _NAME_VERB.match(nxt)):
        return "May is a name or a verb here"  # "pressure on May reached ..."
    if _ANCHORED.search(before) or re.search(
            r"\b(after|before|since|until|following)\s+(\S+\s+){0,5}of\s*$", before, re.I):
        return "the date anchors another time"  # "after the Six Day War of 1967"
    if re.search(r"['’]s$", before):
        return "the date of someone's thing"
    lo, hi = (end, act_start) if at < act_start else (act_end, at)
    between = sentence[lo:hi] if lo < hi else ""
    for m in _SAYING.finditer(between):
        return "the date of someone's words"
    if re.search(r",\s*(and|but|while|whereas|as)\b|;|\s[—–-]+\s", between) or (
            at > act_start and re.search(r"\b(and|but)\s+\w+(ed|ied)\b", between)):
        return "the date of another clause"  # "condemned the blast and declared Sunday"
    if at < act_start:
        # "said on Tuesday that ...": the saying's date; "On Tuesday, X said ...".
        near = before[-30:]
        for m in _SAYING.finditer(near):
            pos = len(before) - len(near) + m.start()
            if not act_start <= pos < act_end:
                return "the date of someone's words"
    return None


# --------------------------------------------------------------------------- doers

_CONJUNCT_AFTER = re.compile(r"^\s*,?\s+(?:and|&)\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)")


def co_doers(sentence: str, name: str, act_offset: int) -> list[str]:
    """Other doers the sentence joins to the actor in the subject of the act ("Trump and
    Xi met", "as Trump and Chinese President Xi Jinping shook hands"): a statement naming
    the actor alone says the act was the actor's alone."""
    before = sentence[:max(0, act_offset)]
    at, size = _last_naming(before, name)
    if at < 0:
        return []
    out = []
    after = before[at + size:]
    hit = _CONJUNCT_AFTER.match(after)
    if hit and len(re.findall(r"[\w'’-]+", after[hit.end():])) <= 3:
        out.append(hit.group(1))
    rest = before[at + size:]
    if len(re.findall(r"[\w'’-]+", rest)) <= 3:
        # "X and [a title of a few words] Name": the words between "and" and the name
        # are a title (capitalised, or at most two lower-case words, no comma).
        head = before[:at]
        joined = list(re.finditer(r"([A-Z][\w'’.-]*)\s+(?:and|&)\s+", head))
        if joined:
            title = head[joined[-1].end():]
            words = PHRASE_WORD.findall(title)
            lower = [w for w in words if w[:1].islower() and w not in ARTICLES]
            if len(words) <= 8 and len(lower) <= 2 and not re.search(r"[,;:]", title):
                out.append(joined[-1].group(1))
    return [x for x in out if x.split()[-1].lower() not in _PRONOUNS]


def unbalanced_quotes(text: str) -> bool:
    """An opening or closing quotation mark without its pair ("agreed to maximize
    pressure” on"): words cut from inside a quotation."""
    curly = text.count("“") != text.count("”")
    return curly or text.count('"') % 2 == 1


_TIME_WORDS = frozenset(_LISTS["time_words"])
_PARTICLES = frozenset("off up down out back away over".split())
_MAX_GAP = 6  # words of the sentence between two told pieces (object, modifiers)


def gaps_after_act(sentence: str, act_end: int, pieces: Iterable[str],
                   date_text: str | None = None, verb: str = "") -> str:
    """What a statement told as verb + object + modifiers skips in the sentence after
    the verb: a name between the verb and what it tells next ("called on Trump to
    uphold" told as "called on to uphold"), or a piece taken from far away ("defended
    the deal ... about the deal's capability to deter"). "" when nothing is skipped; a
    date and the words of time are the brief's to leave out."""
    at = max(0, act_end)
    for piece in pieces:
        if not piece:
            continue
        found = sentence.find(piece, at)
        if found < 0:
            continue  # before the verb (a passive), or not as written: other checks
        gap = sentence[at:found]
        if date_text:
            gap = gap.replace(date_text, " ")
        words = re.findall(r"[A-Za-z][\w'’.-]*", gap)
        told = set(verb.lower().split())
        words = [w for w in words if w.lower() not in told]  # the verb's own particle
        names = [w for w in words if w[:1].isupper() and w.lower().rstrip(".") not in
                 _TIME_WORDS]
        if names:
            return " ".join(names)
        if words and words[0].lower() in _PARTICLES:
            return words[0]  # "where we left [off]": the verb's particle
        if len(words) > _MAX_GAP:
            return f"{len(words)} words"
        at = found + len(piece)
    return ""


# A noun whose "that" clause is the act: "the surest sign that X is preparing ...", "news
# that X had ...": the act is the noun's content, not told as a fact.
_CONTENT_NOUN = re.compile(
    r"\b(sign|signs|signal|belief|fact|news|report|reports|claim|claims|fear|fears|hope|hopes|"
    r"admission|acknowledg(?:e)?ment|confirmation|announcement|assertion|accusations?|"
    r"charges?|findings?|conclusion|revelation|disclosure|proof|confidence|certainty|"
    r"doubts?|assessment|view|expectations?|suspicions?|assurances?|promise|"
    r"possibility|idea|notion|suggestion|evidence|indication|indications|speculation|"
    r"rumou?rs?|allegations?|concerns?|worries|warnings?|assumption|impression|theory)"
    r"\s+that\s*$", re.I)


# "the first time (that) [a sitting] X did ...": what the clause tells is a count's,
# often of what has not happened.
_TIME_CLAUSE = re.compile(r"\b(first|last|only|second|third)\s+time(\s+that)?(\s+[\w'’-]+){0,3}$",
                          re.I)


def content_of_noun(sentence: str, name: str, act_offset: int) -> bool:
    """The actor's clause is the content of a noun before it ("the sign that Israel is
    preparing ...")."""
    before = sentence[:max(0, act_offset)]
    bare = re.sub(r"^(the|a|an)\s+", "", name or "", flags=re.I)
    for c in dict.fromkeys([bare] + ([bare.split()[-1]] if bare.split() else [])):
        if len(c) <= 2:
            continue
        at = before.rfind(c)
        head = re.sub(r"[\"“”‘’']", "", before[:at]).rstrip()  # "has “high confidence” that"
        if at >= 0 and _CONTENT_NOUN.search(re.sub(r"\b(the|a|an)\s*$", "", head,
                                                   flags=re.I)):
            return True
        if at >= 0 and _TIME_CLAUSE.search(head):
            return True  # "was to be the first time an elected leader met ..."
    return False


# --------------------------------------------------------------------------- whose words

# Verbs (and "according to") by which a sentence gives someone's words or view. "states"
# and "notes" are left out: mostly nouns ("the United States").
_CUE = re.compile(
    r"\b(said|says|say|saying|told|tells|tell|add(?:s|ed)|announc(?:es|ed)|stated|"
    r"explain(?:s|ed)|wr(?:ote|ites)|tweet(?:s|ed)|confirm(?:s|ed)|reported|report(?:s)?|"
    r"claim(?:s|ed)|alleg(?:es|ed)|insist(?:s|ed)|accus(?:es|ed)|argu(?:es|ed)|warn(?:s|ed)|"
    r"suggest(?:s|ed)|believ(?:es|ed)|think(?:s)?|thought|hop(?:es|ed)|fear(?:s|ed)|"
    r"expect(?:s|ed)|estimat(?:es|ed)|predict(?:s|ed)|indicat(?:es|ed)|hint(?:s|ed)|"
    r"acknowledg(?:es|ed)|admit(?:s|ted)|den(?:ies|ied)|recall(?:s|ed)|contend(?:s|ed)|"
    r"maintain(?:s|ed)|assert(?:s|ed)|recount(?:s|ed)|testif(?:ies|ied)|according to)\b",
    re.I)
# A noun of saying with whose words they are: "accusations from X that ...".
_NOUN_CUE = re.compile(r"\b(accusations?|allegations?|claims?|charges?|reports?|warnings?|"
                       r"assertions?|statements?|assurances?|word|news)\s+(from|by)\s+"
                       r"([^,;:]{2,80}?)\s+that\b", re.I)
# Cues by which the words are a view, a guess or a hint, not an account of what happened:
# "X suggested that Y will ..." told as "Y will ..., according to X" drops the hedge.
_VIEW_CUE = re.compile(r"^(suggest|believ|think|thought|hop|fear|expect|estimat|predict|"
                       r"hint|indicat)", re.I)
# Words that open a clause the act may sit in (the last one before the act decides).
_VERIDICAL = frozenset("after since when as once while because although though".split())
_NONVERIDICAL = frozenset("if unless whether before until till lest".split())
_RELATIVES = frozenset("who which whom whose where what".split())
_OPENER = re.compile(r"\b(after|since|when|as|once|while|because|although|though|"
                     r"if|unless|whether|before|until|till|lest|who|which|whom|"
                     r"whose|where|what|that|but)\b|[;:—–]|\s-\s", re.I)
# Nouns whose "that" clause is their content ("the admission that ..."), not what a cue
# reports.
_THAT_NOUNS = frozenset(_LISTS["that_nouns"])
# Openers of a clause of time that belongs to the clause before it ("... had been trapped
# when police withdrew").
_WITHIN_WORDS = frozenset({"when", "as", "while", "once"})
# Only a past verb: a clause of time after words told in the past ("had been trapped
# when ...") dates what they tell; after words of the future or present ("will be met
# with force as Y deployed jets") it dates the saying. The statement is read from the
# stored sentence, with no parse, so a past verb is told by its form (_told_in_past).
_PAST_AUX = frozenset({"was", "were", "had", "did"})
# Words before an -ed form that make it a modifier in a noun phrase, no past verb: "the
# armed men", "their detained sons", "two wounded soldiers". (After "be" it is a
# participle, but "X said they may be involved even as Y ..." is still X's account: left
# to count as past.)
_NOT_PAST_BEFORE = frozenset(_LISTS["not_past_before"])
# Words ending in -ed that are no verbs.
_NOT_VERBS = frozenset(_LISTS["not_verbs"])


def _told_in_past(text: str) -> bool:
    """Has `text` a past verb: "was", "were", "had", "did", or a lower-case -ed form
    (a capitalised one is a name: "Ahmed", "Mohammed") that is no modifier in a noun
    phrase ("the armed men", "their detained sons") and a verb at all ("hundred",
    "indeed")."""
    words = re.findall(r"[\w'’-]+", text)
    for k, w in enumerate(words):
        if w.lower() in _PAST_AUX:
            return True
        if re.fullmatch(r"[a-z]{3,}ed", w) and w not in _NOT_VERBS and not (
                k and (words[k - 1].lower() in _NOT_PAST_BEFORE or
                       words[k - 1].isdigit())):
            return True
    return False
# Auxiliaries before a passive participle in a clause of its own ("was detained"); a
# participle without one modifies a noun ("the troops detained by Ukraine were ...").
_AUX = frozenset(_LISTS["aux"])


@dataclass(frozen=True)
class Scope:
    """Whose words an act of a sentence is told in: `narrator` (the report's own voice),
    `reported` (the words of `speaker`, the text that names who gives them), or `unsafe`
    (the sentence does not let a plain-text reading say whose: a relative clause, a
    condition, an attribution that may belong to another clause). `cue` is the verb."""

    kind: str
    speaker: str = ""
    cue: str = ""
    why: str = ""


def _speaker_before(sentence: str, cue_start: int) -> str:
    """The words that name who speaks before a cue ("Oleksandr Turchynov, the opposition
    leader ..., said"): back to the sentence's start, a colon or a clause opener."""
    head = sentence[:cue_start]
    cut = 0
    for m in _OPENER.finditer(head):
        if m.group(0).lower() in ("that", "but", "what"):
            continue  # "officials that ...": rarely a cut of the speaker's name
        cut = m.end()
    words = head[cut:]
    return " ".join(words.split()[-30:])


def _speaker_after(sentence: str, at: int) -> str:
    """The words naming the speaker after "according to" or "said": to the next comma,
    opener or the end."""
    tail = sentence[at:]
    stop = re.search(r"[,;:—–]|\.\s*$|\b(that|who|which|as|after|when|while|because|but)\b",
                     tail)
    return tail[:stop.start()] if stop else tail


def report_scope(sentence: str, act_start: int, act_end: int,
                 passive: bool = False) -> Scope:
    """Whose words the act at [act_start, act_end) is told in, read from the plain
    sentence. A cue before the act governs it when nothing opens another clause between
    them but a "that" of the cue ("X said Tuesday that Y ..."); the last opener before the
    act decides otherwise: "after", "when", "as" (a past act the report itself gives:
    narrator), "if", "before", "whether" or a relative pronoun (unsafe). A cue after the
    act governs it when only a comma and the speaker stand between (", officials said",
    ", according to X"); any clause between makes the attribution's reach unclear
    (unsafe). A passive participle with no auxiliary modifies a noun ("the troops
    detained by Ukraine were ..."): with a cue in the sentence, unsafe."""
    sentence = sentence or ""
    cues = [m for m in _CUE.finditer(sentence)
            if not (act_start <= m.start() < act_end) and not act_start <= m.end() - 1 < act_end]
    for m in _NOUN_CUE.finditer(sentence[:max(0, act_start)]):
        # "claims from Japan and Australia that X has shipped ...": the
        # noun's "that" clause is the words of those it names.
        if not re.search(r"[;:—–]|\b(which|who|if|whether)\b", sentence[m.end():act_start]):
            return Scope("reported", m.group(3), m.group(1).lower())
    before = [m for m in cues if m.end() <= act_start]
    after = [m for m in cues if m.start() >= act_end]
    prefix = sentence[:act_start]
    prev_words = re.findall(r"[\w'’]+", prefix)
    modifier = passive and prev_words and prev_words[-1].lower() not in _AUX and not (
        prev_words[-1].lower().endswith("ly") and len(prev_words) > 1
        and prev_words[-2].lower() in _AUX) and not re.fullmatch(r"[\d,.]+",
                                                                 prev_words[-1])
    # ("52 were killed and 2,400 wounded by ...": a count before it, the auxiliary left
    # out, is a clause of its own.)
    if not cues:
        return Scope("narrator")
    if modifier:
        # "the pact, signed in June by their leaders, has ...", "the sailors detained by
        # Iran were freed, X said": the act is taken as given by the report itself, not
        # what the speaker says; unless a condition or a question opens its clause.
        inner = [m.group(0).lower().strip() for m in _OPENER.finditer(prefix)]
        if inner and inner[-1] in _NONVERIDICAL:
            return Scope("unsafe", why=f"a participle in a clause of '{inner[-1]}'")
        return Scope("narrator", why="a participle that modifies a noun")
    if before:
        cue = before[-1]
        between = sentence[cue.end():act_start]
        openers = list(_OPENER.finditer(between))
        word = cue.group(0).lower()
        speaker = (_speaker_after(sentence, cue.end()) if word == "according to"
                   else _speaker_before(sentence, cue.start()))
        if word == "according to":
            after_speaker = between[len(speaker):] if between.startswith(speaker) else between
            if re.match(r"\s*,?\s*(and|but|or)\b", after_speaker):
                # "... the first, according to X, and the first time ...": an aside to
                # the clause before it.
                return Scope("unsafe", why="an attribution set in another clause")
        if any(o.group(0).lower() in ("how", "why", "whether", "what") for o in openers) \
                or re.search(r"\b(how|why)\b", between, re.I):
            # "X recounted how, when he was ..., he pressured ...": a question under the
            # cue, whatever clause closes before the act.
            return Scope("unsafe", why="an embedded question under someone's words")
        last = openers[-1] if openers else None
        if last is None:
            return Scope("reported", speaker, word)
        op = last.group(0).lower().strip()
        if op == "that":
            # The cue's own "that" (a few words after it: "told ABC on Sunday that"), not
            # a relative's or a noun's ("outraged by the admission that").
            gap = re.findall(r"[\w'’]+", between[:last.start()])
            if len(openers) == 1 and len(gap) <= 8 and not any(
                    w.lower() in _PREPOSITIONS and w.lower() not in ("in", "on", "to")
                    for w in gap) and not (gap and gap[-1].lower() in _THAT_NOUNS):
                return Scope("reported", speaker, word)
            return Scope("unsafe", why="a clause inside the reported words")
        if op == "but":
            return Scope("narrator")  # "X said A, but Y did B": the report's own clause
        if op in _WITHIN_WORDS and _told_in_past(between[:last.start()]):
            # "X said the crowd had been trapped when police withdrew": a clause of time
            # after a reported clause with its own verb sets the scene of what X tells,
            # so it is X's account too, not a fact the report gives ("after" and
            # "because" more often give the occasion of the saying: narrator, below).
            return Scope("reported", speaker, word)
        if op in _VERIDICAL:
            return Scope("narrator", why=f"a clause of '{op}'")
        return Scope("unsafe", why=f"a clause of '{op}'")
    # Cues after the act only: the attribution that closes the sentence (", X said",
    # ", according to X"), else the first.
    closing = [c for c in after if sentence[act_end:c.start()].rfind(",") >= 0 and (
        c.group(0).lower() == "according to" or len(
            sentence[act_end:c.start()][sentence[act_end:c.start()].rfind(",") + 1:]
            .split()) <= 8)]
    cue = closing[-1] if closing else after[0]
    between = sentence[act_end:cue.start()]
    word = cue.group(0).lower()
    comma = between.rfind(",")
    if comma < 0:
        if word == "according to":
            return Scope("reported", _speaker_after(sentence, cue.end()), word)
        return Scope("narrator")  # "X attacked Y before officials said ...": another act
    if word == "according to":
        speaker = _speaker_after(sentence, cue.end())
        lead = between[:comma]
    else:
        speaker = between[comma + 1:].strip(" ”\"")
        lead = between[:comma]
        if len(speaker.split()) > 8:
            return Scope("narrator")  # a clause of its own, not ", X said"
        if re.search(r"\b(after|before|since|when|while|until|because|although|though|"
                     r"once|if|unless)\b", speaker, re.I):
            # ", a day after X warned ...": the cue's own clause, not ", X said".
            return Scope("narrator", why="the cue is in a clause of its own")
        if not speaker.strip() and word == "saying":
            # "X pulled out of the race, saying it was best": the doer's own remark after
            # the act, which the report tells in its own voice.
            return Scope("narrator", why="the doer's words after the act")
        if not speaker.strip():
            speaker = _speaker_after(sentence, cue.end())  # ", said the ministry"
        elif re.search(r"\b(which|who|whom|whose)\b", speaker, re.I):
            # ", a move which critics claimed was ...": the cue is the relative clause's
            # own, about what it hangs on; the act before it is the report's.
            return Scope("narrator", why="the cue is in a relative clause after the act")
    # The last opener before the act in the sentence (no cue before it).
    inner = list(_OPENER.finditer(prefix))
    if inner:
        op = inner[-1].group(0).lower().strip()
        if op in _RELATIVES or op in _NONVERIDICAL or op == "that":
            return Scope("unsafe", why=f"the act is in a clause of '{op}'")
    if re.search(r"\b(that|which|who|whom|whose|where|but|while|whereas|paving|leaving|"
                 r"making|prompting)\b|[;—–]|,\s*and\b", lead):
        return Scope("unsafe", why="another clause between the act and the attribution")
    return Scope("reported", speaker, word)


# "as" that opens no clause of circumstance: "such as", "as well as", "known as", "as
# soon as", "as much as" (the word before it says so).
_NOT_CIRCUMSTANCE = frozenset(_LISTS["not_circumstance"])


def circumstance_clause(sentence: str, act_offset: int) -> str | None:
    """The opener ("as", "while") of a clause of circumstance after the sentence's main
    clause that the act at `act_offset` is told in ("X repelled an attack on Saturday as
    Y sent another convoy"): what went on around the main act, not its news; its time is
    often the main clause's. None when the act's own clause is no such clause: another
    opener or a comma stands between, the sentence opens with it, or the "as" is a
    comparison ("such as", "as well as")."""
    prefix = sentence[:max(0, act_offset)]
    last = None
    for m in _OPENER.finditer(prefix):
        last = m
    if last is None:
        return None
    word = last.group(0).lower().strip()
    if word not in ("as", "while"):
        return None
    between = prefix[last.end():]
    if re.search(r"[,;:()\"“”]", between) or len(between.split()) > 8:
        return None  # the act is past the clause (or in one of its own)
    before = re.findall(r"[\w'’]+", prefix[:last.start()])
    if len(before) < 3:
        # A sentence that opens with the clause ("While four prisoners were freed in
        # January, ...") often sets its landmark there: only a clause after the main
        # one is its scene.
        return None
    if before[-1].lower() in _NOT_CIRCUMSTANCE:
        return None
    if word == "as" and re.match(r"\s*(if|though|part|well|of|for|to|with|many|much|"
                                 r"long|soon|far|usual|expected|planned)\b", between, re.I):
        return None  # "as if", "as a result", "as expected": no clause of time
    return word


def view_cue(cue: str) -> bool:
    """A cue by which the words are a view or a hint ("suggested", "believes")."""
    return bool(_VIEW_CUE.match(cue or ""))


def _last_of_names(before: str, names: Iterable[str]) -> tuple[int, int]:
    """Start and size of the last place `before` names any of the actor's names ((-1, 0)
    when it names none)."""
    at, size = -1, 0
    for n in names:
        a, sz = _last_naming(before, n)
        if a + sz > at + size:
            at, size = a, sz
    return at, size


def other_subject_between(sentence: str, names: list[str], act_offset: int) -> bool:
    """A capitalised name that is none of the actor's stands between the last place the
    sentence names the actor and the act, with no comma or conjunction of a list between
    ("The ministry has not said which points Putin means to raise": the plan is
    Putin's): the act's subject is someone else."""
    before = sentence[:max(0, act_offset)]
    at, size = _last_of_names(before, names)
    if at < 0:
        return False
    between = before[at + size:]
    if re.search(r"\b[a-z][\w'’-]*\b.*\b(and|but|while)\s+(?:the\s+)?[A-Z][\w'’.-]*"
                 r"(?:\s+[A-Z][\w'’.-]*)*\s+(?:has|have|had|is|are|was|were|will|would)\b",
                 between):
        # "The U.K. is facing X and May has resisted": a clause of its own, then another
        # doer's (not "The U.K. and Ireland have ...": a pair).
        return True
    if re.search(r"[,;:(—–]|\b(and|or)\b", between):
        return False  # an apposition, a list
    own = {w.lower() for n in names for w in re.findall(r"[\w'’-]+", n or "")}
    words = re.findall(r"[A-Za-z][\w'’.-]*", between)
    caps = [w for w in words if w[:1].isupper() and w.lower().strip("'’s") not in own
            and w.lower().rstrip(".") not in _TIME_WORDS and w.lower() not in _TITLE_WORDS]
    lower = [w for w in words if w[:1].islower() and w.lower() not in _AFTER_NAME
             and w.lower() not in _PREPOSITIONS and w.lower() not in _TITLE_WORDS
             and w.lower() not in ("s", "the", "a", "an", "its", "his", "her", "their")]
    return bool(caps) and bool(lower)


def done_by_doing(sentence: str, act_start: int, act_end: int, names: Iterable[str]) -> bool:
    """The act is an -ing adjunct of a clause its doer tells in the simple past: "X
    responded on Wednesday by firing missiles", "X invoked the clause by signing a
    letter", "X did retaliate, sending missiles": X did it, then. Not when the clause
    holds a negation, a modal, an infinitive ("vowed to respond by firing") or a content
    clause, or its first verb is no simple past."""
    if not re.fullmatch(r"[a-z]+ing", sentence[act_start:act_end]):
        return False
    before = sentence[:max(0, act_start)]
    tie = re.search(r"(?:\bby|,)\s+(?:\w+ly\s+)?$", before)
    if not tie:
        return False
    at, size = _last_of_names(before, names)
    if at < 0:
        return False
    clause = before[at + size:tie.start()]
    if re.search(r"[;:\"“”()]|\b(not|never|no|n't|to|that|which|who|whom|whether|if|when|"
                 r"would|will|could|can|may|might|must|should|shall)\b", clause, re.I):
        return False
    clause = _TIME_AFTER_NAME.sub("", clause.strip(" ,"), count=1).strip(" ,")
    if re.match(r"did\s+[a-z]+\b", clause):
        return True  # "did retaliate"
    words = [w for w in re.findall(r"[\w'’-]+", clause)
             if not (w.lower().endswith("ly") or w.lower() in _AFTER_NAME)]
    return bool(words) and words[0].islower() and (
        words[0].endswith("ed") or words[0] in PAST_FORMS)


# Title words that may stand between a country and its official's act.
_TITLE_WORDS = frozenset(_LISTS["title_words"])


# Words after an object by which its noun phrase is over: a clause, a time, a place.
_PHRASE_OVER = frozenset(_LISTS["phrase_over"])


def cut_before_noun(sentence: str, obj: str, said: str = "") -> bool:
    """An object told as written that stops before its noun: "shot down a mock nuclear"
    where the sentence goes on "... nuclear warhead simulating ...". The next word after
    the object is a plain lower-case word (no preposition, conjunction, adverb in -ly,
    participle or time word) that the statement does not go on with."""
    at = sentence.find(obj)
    if at < 0 or not obj.split():
        return False
    nxt = re.match(r"\s+([a-z][\w'’-]*)", sentence[at + len(obj):])
    if not nxt:
        return False
    word = nxt.group(1).lower()
    if word in _PREPOSITIONS or word in _AFTER_NAME or word in _PHRASE_OVER or \
            word in _TIME_WORDS or word.endswith(("ly", "ing", "ed")) or \
            re.search(rf"\b{re.escape(obj)}\s+{re.escape(word)}", said or ""):
        return False
    return True


# A description that says which one only by pointing back ("the deal", "those attacks",
# "members of the party"): its referent is outside the sentence, so a reader of the
# brief cannot tell what is meant.
_POINTING = re.compile(r"(?:(?:members?|leaders?|officials?|units?|parts?|some|many|most|all|"
                       r"one|each|several)\s+of\s+)?(the|this|that|these|those)\s+(.+)$", re.I)
_ADJUNCT = re.compile(r"\s+(by|with|to|for|from|during|after|before|over|under|via|as|"
                      r"amid|despite|because|when|while|since|until|through)\s", re.I)
_IDENTIFIES = re.compile(r"\s+(of|on|against|in|at|into|near|between|targeting|that|which|who|"
                         r"where|called|known|named|led|based|including)\s", re.I)
# Nouns that name a piece of something else: "the eastern part" says which only with "of".
_RELATIONAL = frozenset(_LISTS["relational"])


def bare_definite(phrase: str) -> bool:
    """`phrase` begins with a definite description that says which one only by pointing
    back ("the operation", "those attacks", "the military troops", "members of the
    party", "the incursion by phone with X": the adjunct says how, not which); "the city
    of Wuhan", "the Chinese government", "the five prisoners", "the attack on the
    embassy in Kabul" say which."""
    x = (phrase or "").strip(" ,.;:")
    m = _POINTING.fullmatch(x)
    if not m:
        return False
    rest = m.group(2)
    cut = _ADJUNCT.search(" " + rest)
    head_and_mods = rest[:cut.start() - 1] if cut and cut.start() > 0 else rest
    ident = _IDENTIFIES.search(" " + head_and_mods)
    head = head_and_mods[:ident.start() - 1] if ident and ident.start() > 0 else head_and_mods
    words = re.findall(r"[\w'’-]+", head)
    if not words or len(words) > 4:
        return False
    if words[-1].lower() in _RELATIONAL and not (ident and ident.group(1).lower() == "of"):
        return True  # "the once-disputed northern part": of what, it does not say
    if re.search(r"[A-Z\d]", head):
        return False
    if ident:
        # "the attack on the embassy in Kabul" says which; "the attack on the base" not.
        return not re.search(r"[A-Z\d]", head_and_mods[ident.start():])
    return True


# Words by which a sentence tells an act as generally or probably so, not plainly so.
HEDGES = re.compile(r"\b(by and large|for the most part|largely|mostly|in part|partly|"
                    r"apparently|probably|possibly|presumably|seemingly|likely|reportedly|"
                    r"allegedly|purportedly|supposedly)\b", re.I)


def hedge_left_out(sentence: str, text: str, act_start: int, act_end: int) -> str | None:
    """A hedge the sentence puts on the act (in its clause: before the verb back to the
    clause's start, or right after it) that the statement `text` does not carry."""
    before = sentence[:max(0, act_start)]
    clause = re.split(r"[;:]|,\s+(?:but|while|and)\b|\.\s", before)[-1]
    after = sentence[act_end:act_end + 40]
    for h in list(HEDGES.finditer(clause)) + list(re.finditer(r"^\W*(by and large|largely|"
                                                              r"mostly|partly|in part)\b",
                                                              after, re.I)):
        word = h.group(1).lower()
        if word not in text.lower():
            # "a mostly rural district" describes a noun the statement carries with it.
            nxt = re.match(r"\s+([A-Za-z]+)", clause[h.end():]) if h.re is HEDGES else None
            if nxt and nxt.group(1)[:1].isupper():
                continue
            return word
    return None


# An account given by someone the record does not name as a source ("a protester said",
# "the columnist wrote", "as testimony showed"): told only with its source.
_ACCOUNT = re.compile(r"\b(according to|as (?:[\w'’-]+\s+){0,4}(?:showed|shows|suggested|"
                      r"suggests|indicated|indicates|revealed|testified|said|says|wrote|"
                      r"recounted|described|put it)|(?:testimony|documents|records|emails|"
                      r"messages|texts) (?:showed|show|shows|suggest|suggested|indicate|"
                      r"indicated|revealed)|(?:revealed|reveals|showed|shows|found|claimed|"
                      r"claims|alleged|alleges|wrote|writes|argued|argues|contended|asserted|"
                      r"suggested|suggests|recounted|recalled) that)\b", re.I)
_UNNAMED_TELLER = re.compile(r"\b(?:a|an|one|the|another)\s+(?:[\w'’-]+\s+){0,2}?"
                             r"(protester|demonstrator|columnist|commentator|witness|resident|"
                             r"activist|blogger|villager|eyewitness|student|worker|survivor|"
                             r"opinion writer|writer|pundit)s?\b[^.;]{0,60}?\b(said|says|"
                             r"told|wrote|writes|recalled|recounted|described|argued|argues)\b"
                             r"|\b(said|says|told|wrote|recalled|recounted|argued)\s+(?:a|an|"
                             r"one|the|another)\s+(?:[\w'’-]+\s+){0,2}?(protester|"
                             r"demonstrator|columnist|commentator|witness|resident|activist|"
                             r"blogger|eyewitness|survivor)\b", re.I)


def unsourced_account(sentence: str, text: str) -> str | None:
    """The sentence gives the act as someone's account ("according to ...", "as
    testimony showed", "a protester said") and the statement `text` names no source:
    what the source is, else None."""
    if "according to" in text.lower():
        return None
    for rx in (_ACCOUNT, _UNNAMED_TELLER):
        hit = rx.search(sentence or "")
        if hit:
            return hit.group(0)
    return None


# The occasion of a telling ("at his summit", "during a news conference"): the time of
# the saying, not of the act it tells about.
OCCASION = re.compile(r"(during|at|in|on|after|before|ahead of)\s+(?:the|his|her|their|its|a|an|"
                      rf"this|that|last|{WEEKDAY}'s)?\s*(?:[\w'’-]+\s+){{0,4}}?"
                      r"(summit|meeting|talks|speech|interview|news conference|press conference|"
                      r"conference|briefing|address|remarks|statement|call|phone call|visit|"
                      r"hearing|testimony|rally|session)s?\b", re.I)


def empty_head(phrase: str) -> bool:
    """A quantity or collective with what it counts left out ("most", "a series", "a
    number"): the noun is elsewhere in the sentence."""
    return bool(re.fullmatch(r"(?:(?:a|an|the)\s+)?(most|some|many|all|both|several|others|"
                             r"one|few|a few|series|number|lot|handful|wave|string|spate|"
                             r"couple|pair|batch|total|majority|rest|bulk|dozens|hundreds|"
                             r"thousands)", (phrase or "").strip(" ,.;:"), re.I))
