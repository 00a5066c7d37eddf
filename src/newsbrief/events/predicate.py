"""The predicate of an event as the text says it, for statements phrased from the evidence.

Briefs tell an event in the words of its sentence: "took effect", "signed
the accord in Lima", "was approved by the senate on a show of hands" becomes "the
senate approved the accord on a show of hands". The CAMEO and
PLOVER labels stay in the data. This module reads, from the parse, the parts a
sentence can be rebuilt from without saying more than the text:

- the verb (with its particle), in the past tense and the base form, whatever
  tense and voice the text used ("has sent" -> sent / send; passive "was
  approved by X" -> X approved);
- its object as written (for a passive, the passive subject; for a participle
  modifying a noun, "the pact, signed ...", that noun);
- the modifiers that say how and where ("unanimously", "in Moscow", "through a
  state decree", "should either be attacked"), in text order,
  without dates (the event's date is told separately), without the clauses of
  other events, and without the actor's own "by" phrase;
- a governing commitment ("commits both nations to provide ...") for future
  and conditional acts;
- for an event noun ("the exchange of ratification documents"), the noun
  phrase as written.

Pure: takes spaCy tokens, returns a `Predicate` record.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..records import Predicate
from ..words import word_lists
from .lexicon import wh_antecedent

# The word lists of this module: data/predicate_lists.toml.
_LISTS = word_lists("newsbrief.events", "predicate_lists.toml")
# Idioms of entering into force are one act, whatever the verb.
_IN_FORCE_VERBS = frozenset({"take", "come", "enter", "go", "put", "bring"})
_IN_FORCE_NOUNS = frozenset({"effect", "force"})
# Prepositions (and subordinators) that tie the act to another event in time or
# cause: "after X exchanged", "amid accusations", "following the exchange". The
# other event is its own statement; saying it here would say it twice.
_LINKING = frozenset(_LISTS["linking"])
# Adverbs about the time or the telling, not the act: the date says these ("recently").
# Hedges stay ("reportedly", "apparently", "likely"): dropping one says more than the text.
_DROP_ADVERBS = frozenset(_LISTS["drop_adverbs"])
_PARTICLE_ADVERBS = frozenset(_LISTS["particle_adverbs"])
# Verbs whose object is made to do the act ("commits both nations to provide").
_OBJECT_CONTROL = frozenset(_LISTS["object_control"])
# Verbs whose subject will do the act ("pledged to provide", "plans to send").
_SUBJECT_CONTROL = frozenset(_LISTS["subject_control"])
_NP_DROP = frozenset({"relcl", "acl", "appos", "advcl", "parataxis", "dep"})
MAX_WORDS = 16  # a complement longer than this loses its last modifiers

# Irregular verbs: base -> (past, past participle). General English, not fitted to a text.
_IRREGULAR = {base: (past, participle) for base, past, participle in
              (verb.split() for verb in _LISTS["irregular_verbs"])}
# The simple past forms of the irregular verbs ("sent", "struck", "did").
PAST_FORMS = frozenset(past for past, _ in _IRREGULAR.values())
# Verbs of more than one syllable stressed on the last: the final consonant doubles.
_DOUBLING = frozenset(_LISTS["doubling"])


def past_tense(lemma: str) -> str:
    """Simple past of an English verb lemma ("send" -> "sent", "ban" -> "banned")."""
    word = lemma.lower()
    if word in _IRREGULAR:
        return _IRREGULAR[word][0]
    if word.endswith("e"):
        return word + "d"
    if len(word) > 1 and word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ied"
    if word in _DOUBLING or (len(word) <= 4 and len(word) >= 3 and word[-1] not in "aeiouwxy"
                             and word[-2] in "aeiou" and word[-3] not in "aeiou"):
        return word + word[-1] + "ed"
    return word + "ed"


def participle(lemma: str) -> str:
    """Past participle of a verb lemma, particle kept ("take" -> "taken", "set up")."""
    word, _, rest = lemma.partition(" ")
    low = word.lower()
    form = _IRREGULAR[low][1] if low in _IRREGULAR else past_tense(low)
    return f"{form} {rest}".strip()


def _past(tok) -> str:
    """The verb's past tense, from the text when it gives it."""
    lemma = tok.lemma_.lower()
    if tok.tag_ == "VBD" or (tok.tag_ == "VBN" and lemma not in _IRREGULAR):
        return tok.text.lower() if not tok.text.isupper() else tok.text
    return past_tense(lemma)


def _text(tokens: Iterable) -> str:
    toks = sorted(set(tokens), key=lambda t: t.i)
    while toks and (toks[-1].dep_ in ("cc", "prep", "det", "punct", "case")
                    or toks[-1].pos_ in ("CCONJ", "ADP", "PUNCT")):
        toks.pop()  # "the attack on the embassy and": a dropped date left a dangling "and"
    out = ""
    for k, t in enumerate(toks):
        out += t.text
        if k + 1 < len(toks):
            nxt = toks[k + 1]
            if nxt.i == t.i + 2 and t.doc[t.i + 1].text in (",", ";"):
                out += t.doc[t.i + 1].text + " "  # "Iran, North Korea and Russia"
            else:
                out += t.whitespace_ if nxt.i == t.i + 1 else " "
    # A dropped date can leave "a attack" ("a September attack").
    return re.sub(r"\b([Aa]) (?=[aeio][a-z])", r"\1n ", out.strip())


# Marks that set a clause off as a comment on its noun (", which ..."): one list,
# read here and by documents.object_gap_relative (data/predicate_lists.toml).
COMMENT_MARKS = frozenset(_LISTS["comment_marks"])
_DOUBLE_DASH = frozenset(_LISTS["comment_marks_double_dash"])


def set_off(clause, double_dash: bool = False) -> bool:
    """Is the clause set off from its noun by a mark right before its first word
    (", which the premier announced ...", "(signed in May)"): a comment on the noun,
    not words that say which thing? `double_dash` reads "--" as such a mark too
    (documents' object_gap_relative does; `_restrictive` never did)."""
    first = clause.left_edge
    if first.i == 0:
        return False
    mark = first.doc[first.i - 1].text
    return mark in COMMENT_MARKS or (double_dash and mark in _DOUBLE_DASH)


def _restrictive(child) -> bool:
    """A relative clause or participle that narrows its noun ("any agreement that
    failed to ..."): no comment mark (a comma, a parenthesis, a dash; `set_off`) before it. Dropping it would change what is said."""
    if child.dep_ not in ("relcl", "acl") or child.i < child.head.i:
        return False
    return child.left_edge.i > 0 and not set_off(child)


def _subtree(tok, drop: frozenset[str], stop: set[int], spans=()) -> list:
    """tok and its dependents, leaving out branches whose relation is in `drop` (but not
    a restrictive relative clause), the tokens in `stop` (the predicate itself) and
    phrases that only give a date."""
    out = [tok]
    for child in tok.children:
        if child.i in stop or (child.dep_ in drop and not _restrictive(child)):
            continue
        if child.dep_ in ("prep", "npadvmod", "nmod") and spans and _is_dated(child, spans):
            continue
        out.extend(_subtree(child, drop, stop, spans))
    keep = {t.i for t in out if t.i not in stop}
    # Punctuation only between two kept words ("resources, labor"), not at an edge or
    # before a dropped apposition.
    return [t for t in out if t.i in keep and not (
        _punct(t) and not (t.i - 1 in keep and t.i + 1 in keep and t.text in ",-–/"))]


def _punct(t) -> bool:
    return t.is_punct or t.pos_ == "PUNCT"


def _runs(toks) -> tuple[tuple[int, int], ...]:
    """Character ranges of the runs of consecutive tokens among `toks`."""
    out: list[list[int]] = []
    last = None
    for t in sorted({t.i: t for t in toks}.values(), key=lambda t: t.i):
        if last is not None and t.i == last + 1:
            out[-1][1] = t.idx + len(t.text)
        else:
            out.append([t.idx, t.idx + len(t.text)])
        last = t.i
    return tuple((a, b) for a, b in out)


def noun_phrase(head, stop: set[int] = frozenset(), spans=()) -> str:
    """A noun phrase as written, without relative clauses, appositions and dates;
    a leading article is kept lower-case ("the pact")."""
    toks = _subtree(head, _NP_DROP, set(stop), spans)
    text = _text(toks)
    words = text.split(" ", 2)
    if len(words) > 1 and words[0] in ("The", "A", "An") and words[1][:1].islower():
        text = text[0].lower() + text[1:]  # "The treaty", not "The Hague"
    return text


def in_timex(tok, timex_spans: list[tuple[int, int]]) -> bool:
    return any(s <= tok.idx < e for s, e in timex_spans)


def _is_dated(tok, timex_spans) -> bool:
    """A modifier that only says when ("in June", "on Wednesday")."""
    toks = list(tok.subtree)
    content = [t for t in toks if not _punct(t) and t.dep_ not in ("prep", "det", "case")]
    return bool(content) and all(in_timex(t, timex_spans) or t.like_num for t in content)


def _in_force(verb, obj) -> bool:
    if verb.lemma_.lower() not in _IN_FORCE_VERBS:
        return False
    words = {t.lemma_.lower() for t in verb.children if t.dep_ in ("dobj", "attr")}
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.text.lower() == "into"):
        words |= {t.lemma_.lower() for t in prep.children if t.dep_ == "pobj"}
    return bool(words & _IN_FORCE_NOUNS)


def _noun_predicate(tok, actors: set[int], spans) -> Predicate:
    stop = {t.i for t in tok.subtree if in_timex(t, spans)}
    # The possessor and a "by" phrase name the actor ("Moscow's invasion", "a visit by
    # the minister"): told as the subject.
    stop |= {t.i for c in tok.children if c.dep_ == "poss" for t in c.subtree}
    stop |= {t.i for c in tok.children if c.dep_ == "prep" and c.text.lower() in ("by", "from")
             and {x.i for x in c.subtree} & actors for t in c.subtree}
    toks = _subtree(tok, _NP_DROP, stop, spans)
    words = [t for t in toks if not (t.i < tok.i and t.dep_ == "det")]
    return Predicate(start=tok.idx, end=tok.idx + len(tok.text), lemma=tok.lemma_.lower(),
                     voice="noun", past=None, base=None, adverb=None, object=None,
                     modifiers=(), text=_text(words), told=_runs(toks))


def _passive_subject(verb, recipient_heads: list):
    subj = [c for c in verb.children if c.dep_ in ("nsubjpass", "csubjpass")]
    if subj:
        return wh_antecedent(verb, subj[0]) or subj[0]
    if recipient_heads:
        return recipient_heads[0]
    if verb.dep_ in ("acl", "relcl"):
        return verb.head  # "the pact, signed in June": the pact
    if verb.dep_ == "conj":
        subj = [c for c in verb.head.children if c.dep_ in ("nsubjpass", "csubjpass")]
        if subj:
            return subj[0]
    return None


# Nouns whose infinitive is what someone decided, threatened or offered to do.
FRAME_NOUNS = frozenset(_LISTS["frame_nouns"])
# The modal auxiliaries (read by reportable and dating too): data/predicate_lists.toml.
MODALS = frozenset(_LISTS["modals"])
_NEGATIONS = frozenset({"not", "n't", "never", "no"})
# A habit told on a verb: a frequency adverb ("usually", "daily"; the list events.mainact
# and storytime read too) or the determiner of a recurring time ("every autumn").
FREQUENCY_WORDS = frozenset(_LISTS["frequency_words"])
_RECURRING = frozenset(_LISTS["recurring_determiners"])


def _modal(verb) -> str | None:
    """The verb's modal and negation as written ("would not", "will", "did not")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    neg = [c for c in verb.children if c.dep_ == "neg"]
    modal = [c for c in aux if c.tag_ == "MD" or c.text.lower() in MODALS]
    words = []
    if modal:
        word = modal[0].text.lower()
        words.append({"wo": "will", "ca": "can", "'ll": "will"}.get(word, word))
    if neg:
        if not words:
            words.append("did")
        words.append("never" if neg[0].text.lower() == "never" else "not")
    return " ".join(words) or None


def _describing(verb) -> str | None:
    """The verb's clause label when it describes a noun ("relcl": "Russia, which denies
    ...", "a charge Tehran denies"; "acl"), read through "and" ("which denies X and
    faults Y"): what it tells there is said of the noun, not the sentence's own act.
    The parse, not a relative word, decides: "that" also opens a reported clause."""
    verb = first_conjunct(verb)
    return verb.dep_ if verb.dep_ in ("relcl", "acl") else None


def _adverbial(verb) -> bool:
    """Whether the verb tells a clause set before the verb it hangs on (the parse's
    advcl: "when the army attacked the camp, the villagers fled", "after ...", "had the
    army shelled the camp, ..."), read through "and": it sets the scene or a condition
    for the act that follows. Not a clause after that verb ("..., while thirteen voted
    against it"), which as often tells an act of the same moment, and where the parse
    also hangs a misread main verb; nor a reported clause (ccomp: "the army shelled the
    camp, a spokesman said" tells the act itself)."""
    verb = first_conjunct(verb)
    return verb.dep_ == "advcl" and verb.i < verb.head.i


def _habit(verb, timex_spans) -> bool:
    """Whether a word hung on the verb tells a habit, read through "and" to a verb with no
    subject of its own: a frequency adverb of its own ("usually blamed", "blamed them
    daily"), or a recurring time that is its bare noun phrase ("every autumn", "each
    spring") or its own prepositional time ("in every winter of the decade"). Not such a
    word elsewhere in the sentence, which tells no habit of this act: in its object ("for
    every delay"), a name ("the Fjord Daily"), a clause on a noun ("which never
    repaired") or a clause of its own ("as she has done every winter")."""
    return any(
        any(c.dep_ == "advmod" and c.lower_ in FREQUENCY_WORDS for c in v.children)
        or any(d.dep_ == "det" and d.lower_ in _RECURRING
               for t in own_times(v, timex_spans) for d in t.children)
        for v in joined_up(verb, has_subject))


def joined_up(verb, stop: Callable[[object], bool] = lambda _v: False):
    """`verb`, then the verb it is joined to by "and" ("had visited the harbour and
    blamed the owners": "blamed", then "visited"), and so up the chain: the verbs whose
    words a joined verb shares. The walk ends at a verb that is no conjunct, or after one
    for which `stop` holds (one that says it for itself: a subject, an auxiliary or a
    time of its own)."""
    while True:
        yield verb
        if verb.dep_ != "conj" or verb.head.i == verb.i or stop(verb):
            return
        verb = verb.head


def first_conjunct(tok):
    """The first of the words joined by "and" that `tok` belongs to: the top of its
    `joined_up` chain ("blamed" in "visited the harbour and blamed" gives "visited")."""
    *_, top = joined_up(tok)
    return top


def has_subject(verb) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def own_times(verb, timex_spans) -> list:
    """The times hung on the verb itself: a bare noun phrase ("every autumn", "Monday")
    or the object of its own preposition inside a timex ("on Monday")."""
    return [c for c in verb.children if c.dep_ == "npadvmod"] + [
        g for c in verb.children if c.dep_ == "prep" for g in c.children
        if g.dep_ == "pobj" and in_timex(g, timex_spans)]


def _tense(verb) -> str | None:
    """past, present or future as the verb group is written (None when unclear)."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    words = {c.text.lower() for c in aux}
    if words & {"will", "shall", "'ll", "wo"}:
        return "future"
    if words & {"was", "were", "had", "did"} or (verb.tag_ == "VBD" and not aux):
        return "past"
    if words & {"has", "have"} and verb.tag_ == "VBN":
        return "past"  # the present perfect reports a done act
    if verb.tag_ in ("VBZ", "VBP") or words & {"is", "are", "am", "does", "do"}:
        return "present"
    return None


def _content_clause(head) -> list:
    """The words of a content clause ("ruled that X was acting unlawfully ..."); when
    it is longer than MAX_WORDS, without the descriptions hung on its nouns (relative
    clauses, appositions, participles, ", a move which critics said ..."), which say
    nothing of what the clause asserts; if still too long, a clause of time too.
    Conditions stay: cutting them would change what it says."""
    toks = list(head.subtree)
    if len(toks) <= MAX_WORDS:
        return toks
    cut: set[int] = set()
    for t in toks:
        summary = t.dep_ == "npadvmod" and t.left_edge.i > 0 and \
            t.doc[t.left_edge.i - 1].text == "," and \
            any(c.dep_ in ("relcl", "acl") for c in t.children)  # ", a move which ..."
        if (t.dep_ in ("relcl", "appos", "acl") or summary) and t.i not in cut:
            cut |= {x.i for x in t.subtree}
            before = t.doc[t.left_edge.i - 1] if t.left_edge.i > head.left_edge.i else None
            if before is not None and _punct(before):
                cut.add(before.i)  # the comma that opens it
    kept = [t for t in toks if t.i not in cut]
    if len(kept) > MAX_WORDS:
        # Still too long: a clause of time hung on its verb ("when he suspended ...")
        # goes too; what the clause asserts stays. A condition never goes.
        for c in head.children:
            if c.dep_ == "advcl" and any(g.dep_ in ("mark", "advmod") and g.text.lower() in
                                         _TIME_MARKS for g in c.children):
                cut |= {x.i for x in c.subtree}
        kept = [t for t in toks if t.i not in cut]
    while kept and _punct(kept[-1]):
        kept.pop()
    return kept


# The words that open a clause of time (not of condition: "if", "unless").
_TIME_MARKS = frozenset({"when", "while", "as", "after", "before", "once", "since"})


def _frame_words(gov) -> str:
    """The governing verb as written with its auxiliaries: "is expected", "would ask";
    a perfect ("has agreed") in the simple past ("agreed"), so it needs no agreement
    with a subject the brief names differently."""
    aux = [c for c in gov.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < gov.i
           and c.text.lower() != "to"]
    perfect = [c for c in aux if c.lemma_.lower() == "have" or c.text.lower() in
               ("has", "have", "had", "'ve", "'s")]
    if perfect and gov.tag_ == "VBN" and not any(c.dep_ == "auxpass" for c in aux):
        if len(perfect) == len(aux):
            return _past(gov)
    return _text(aux + [gov])


def predicate_of(tok, actor_heads: Iterable = (), recipient_heads: Iterable = (),
                 timex_spans: Iterable[tuple[int, int]] = (), passive: bool = False,
                 is_agreement: Callable[[object], bool] | None = None,
                 past_perfect: bool = False) -> Predicate:
    """The predicate of the event whose trigger is `tok` (a verb or an event noun).
    `is_agreement` tells a treaty named as subject ("the pact took effect") from an
    actor; `past_perfect` is the dater's reading of `tok` (events.tense.background,
    which this module cannot import), read through "and" by events.extract."""
    spans = list(timex_spans)
    actor_heads, recipient_heads = list(actor_heads), list(recipient_heads)
    # The actors' own words, not the clauses hanging on them ("Coulibaly, who killed
    # four people": the killing's object is no part of its actor).
    actors = {t.i for h in actor_heads
              for t in _subtree(h, frozenset({"relcl", "acl", "appos", "advcl"}), set())}
    lead = None  # an event noun that is the object of a verb: "affirmed his support"
    if tok.pos_ not in ("VERB", "AUX"):
        head = tok.head
        owner = any(c.dep_ == "poss" and c.i in actors for c in tok.children)
        if tok.dep_ == "dobj" and head.pos_ == "VERB" and any(
                c.dep_ == "nsubj" and (c.i in actors or owner) for c in head.children):
            lead, tok = tok, head
        else:
            return _noun_predicate(tok, actors, spans)

    verb = tok
    # A particle, or an adverb that works as one right after the verb ("walked back").
    particle = [c for c in verb.children if c.dep_ == "prt" or (
        c.dep_ == "advmod" and c.i == verb.i + 1 and c.text.lower() in _PARTICLE_ADVERBS)]
    # A particle the parser takes for a preposition with no object of its own ("pulled
    # out of the race": "out" heads "of the race"); what hangs on it is the verb's.
    loose = [c for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1 and
             c.text.lower() in _PARTICLE_ADVERBS and
             not any(g.dep_ in ("pobj", "pcomp") for g in c.children)]
    particle += loose
    lemma = verb.lemma_.lower() + "".join(" " + p.text.lower() for p in particle)
    base = lemma
    past = _past(verb) + "".join(" " + p.text.lower() for p in particle)
    stop = {verb.i} | {p.i for p in particle} | actors
    has_aux = any(c.dep_ in ("aux", "nsubj") for c in verb.children)
    passive = passive or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) \
        or (verb.dep_ == "acl" and verb.tag_ == "VBN" and not has_aux)
    told = [verb] + particle

    obj = subject = None
    if passive:
        head = _passive_subject(verb, recipient_heads)
        if head is not None:
            inner = {t.i for t in verb.subtree} - {t.i for t in head.subtree}
            obj_toks = _subtree(head, _NP_DROP, stop | inner, spans)
            obj = noun_phrase(head, stop | inner, spans)
            told += obj_toks
    else:
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if subj and subj[0].pos_ in ("NOUN", "PROPN") and (
                subj[0].i not in actors or (is_agreement and is_agreement(subj[0]))):
            # "The treaty took effect": what the text says did it, not its parties.
            sub_toks = _subtree(subj[0], _NP_DROP, set(), spans)
            subject = noun_phrase(subj[0], set(), spans)
            told += sub_toks
        objs = [c for c in verb.children if c.dep_ in ("dobj", "dative", "attr", "oprd")
                and c.i not in actors]
        if objs:
            parts = []
            for o in objs:
                inner = {t.i for t in o.subtree if in_timex(t, spans)}
                parts.append(noun_phrase(o, stop | inner, spans))
                told += _subtree(o, _NP_DROP, stop | inner, spans)
            obj = " ".join(parts)
        content = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
        clause = _content_clause(content[0]) if content else []
        if not objs and content and len(clause) <= MAX_WORDS:
            # "denied its police had fired the shots": what is denied, said or
            # accused is the clause, as written.
            toks = [t for t in clause if not _punct(t) or t.text in ",-"]
            obj = _text(toks)
            told += toks
        elif not any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp", "prep") for c in
                     verb.children):
            # "the signal the envoy hoped to give": the noun a relative
            # clause hangs on is what the verb acts on.
            up = verb
            while up.dep_ in ("xcomp", "conj") and up.head.i != up.i:
                up = up.head
            if up.dep_ == "relcl" and up.head.pos_ in ("NOUN", "PROPN") and not any(
                    c.dep_ == "dobj" for c in up.children):
                noun = up.head
                obj = noun_phrase(noun, stop | {t.i for t in up.subtree}, spans)
                told += _subtree(noun, _NP_DROP, stop | {t.i for t in up.subtree}, spans)

    before, after = [], []
    for child in list(verb.children) + [g for p in loose for g in p.children]:
        dep = child.dep_
        if child.i in stop:
            continue
        if dep == "advmod" and child.text.lower() not in _DROP_ADVERBS and child.pos_ == "ADV" \
                and not list(child.children) and not in_timex(child, spans):
            if child.i < verb.i:
                before.append(child.text)
                told.append(child)
            else:
                after.append((child.i, child.text, [child]))
        elif dep in ("prep", "agent") and child.text.lower() not in _LINKING \
                and not _is_dated(child, spans):
            if dep == "agent" or (child.text.lower() == "by" and passive):
                if {t.i for t in child.subtree} & actors or not list(child.children):
                    continue  # "by Russian lawmakers": the actor, told as the subject
            pobj = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if not pobj:
                continue
            words = [child] + [t for p in pobj for t in _subtree(
                p, _NP_DROP | {"relcl", "acl"}, set(), spans)]
            text = _text(words)
            if child.i == child.sent.start:
                text = text[:1].lower() + text[1:]  # "Under the deal, X agreed ..."
            after.append((child.i, text, words))
        elif dep in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.text.lower() == "to"
                                                 for c in child.children):
            # A purpose: "sent troops to assist Russia"; a long one is cut to its verb
            # and object ("agreed to limit its disputed nuclear programme").
            toks = [t for t in child.subtree if not in_timex(t, spans)]
            if len(toks) > 12:
                keep = {c.i for c in child.children if c.dep_ in ("aux", "prt", "neg")}
                for o in (c for c in child.children if c.dep_ in ("dobj", "attr")):
                    keep |= {t.i for t in _subtree(o, _NP_DROP | {"prep"}, set(), spans)}
                toks = [t for t in toks if t.i in keep or t.i == child.i]
            if len(toks) <= 12:
                after.append((child.i, _text(toks), toks))
        elif dep == "acomp":
            after.append((child.i, _text(child.subtree), list(child.subtree)))
    after = [a for a in sorted(after, key=lambda a: a[0]) if a[1]]
    while after and len(" ".join([obj or ""] + [a[1] for a in after]).split()) > MAX_WORDS:
        after.pop()
    mods = [a[1] for a in after]
    told += [t for a in after for t in a[2]]

    frame = frame_subject = None
    frame_start = None
    gov = verb.head if verb.dep_ in ("xcomp", "advcl", "ccomp") else None
    if verb.dep_ == "conj" and verb.head.dep_ == "xcomp":
        gov = verb.head.head
    if gov is not None and gov.pos_ in ("VERB", "AUX"):
        glemma = gov.lemma_.lower()
        if glemma in _OBJECT_CONTROL and any(c.dep_ == "dobj" for c in gov.children):
            subj = [c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")]
            frame, frame_start = _frame_words(gov), gov.idx
            if subj:
                frame_subject = noun_phrase(subj[0], set(), spans)
                told += _subtree(subj[0], _NP_DROP, set(), spans)
            told += [gov] + [t for c in gov.children if c.dep_ == "dobj" for t in c.subtree]
        elif glemma in _SUBJECT_CONTROL:
            frame, frame_start = _frame_words(gov), gov.idx
            told.append(gov)
    elif verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and \
            verb.head.lemma_.lower() in FRAME_NOUNS and any(
                c.dep_ == "aux" and c.text.lower() == "to" for c in verb.children):
        # "Trump's decision to assassinate ...", "a threat by Iran to seize ...": the
        # act is what the decision or threat is to do.
        frame, frame_start = verb.head.text.lower(), verb.head.idx
        told.append(verb.head)

    if _in_force(verb, obj):
        lemma = "take effect"
    if lead is not None:
        lemma = lead.lemma_.lower()  # "affirmed support": the act is the support
        subject = None
    # An object or content clause the text gives but the words leave out (too long, or
    # hung where they cannot be read) makes an incomplete telling: "X warned", "X
    # murdered" without whom.
    told_i = {t.i for t in told}
    missing = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp", "dative")
               and c.i not in actors and c.i not in told_i and not in_timex(c, spans)]
    return Predicate(complete=not missing and not (passive and obj is None),
                     start=verb.idx, end=verb.idx + len(verb.text), lemma=lemma,
                     voice="passive" if passive else "active", past=past, base=base,
                     adverb=" ".join(before) or None, object=obj, modifiers=tuple(mods),
                     text=_text([verb] + particle), frame=frame, frame_subject=frame_subject,
                     frame_start=frame_start, subject=subject, told=_runs(told),
                     modal=_modal(verb), tense=_tense(verb), clause=_describing(verb),
                     background=past_perfect or _adverbial(verb), habit=_habit(verb, spans))
