"""The acts a sentence with no time of its own tells as background, left undated
(`date_source` "none"): an act ordered before another, habitual, a record or an earlier
act, a standing denial, a person described by what they did. Split from events.dating
(2026-12-05); see its docstring."""

from __future__ import annotations

from .arguments import (CALENDAR_UNITS, MEETING_NOUNS, PRON_RELATIVE, _is_passive,
                        calendar_noun, first_person)
from .predicate import first_conjunct
from ..actors.gazetteer import gazetteer
from ..actors.layout import is_title_token
from ..words import word_lists
from .places import PLACE_ENTS
from .lexicon import lemma_of
from .dating import _DAY_NOUNS
from .tense import _clause_verb, background, finite_verb, present_perfect, told_tense
from .saying import _REPORTING, _content_clause
from .governing import _NOMINAL
from .nountimes import _INQUIRY_WORDS
from .timeheads import earlier_marked, EARLIER_OCCASION, _PRIOR_MARKS, PRIOR_PREPS, SETTING_PREPS

# The word lists of this module: data/undated_lists.toml.
_LISTS = word_lists("newsbrief.events", "undated_lists.toml")


# "met nine times", "repeatedly clashed": habitual, no one day.
_HABITUAL = frozenset(_LISTS["habitual"])
_TIMES = frozenset(_LISTS["times"])


def _prior_clause(tok) -> bool:
    """In a clause ordered against another act ("appealed after a judge rejected
    its argument": the rejection came before, on a day the text does not give)."""
    verb = _clause_verb(tok)
    if verb is None:
        return False
    node = verb
    for _ in range(3):
        if _ordered_clause(node):
            return True
        if node.dep_ not in ("conj", "xcomp"):
            return False
        node = node.head
    return False


def _ordered_clause(node) -> bool:
    """Is `node` the head of a clause that orders the act it hangs on against its own
    ("after a judge rejected ...", "before signing", "since he took office")?"""
    return node.dep_ in ("advcl", "pcomp") and (
        any(c.dep_ == "mark" and c.lower_ in _PRIOR_MARKS for c in node.children)
        or (node.dep_ == "pcomp" and node.head.lower_ in _PRIOR_MARKS))


def _under_prior(tok) -> bool:
    """Inside a phrase or clause that orders the act above it after (or before) another
    ("quit after claims that it attacked Sweden", "a week after the board said it was
    reviewing the deal", "before the talks it had called for"): `tok` itself, or any word
    it hangs below up to that phrase. Not the noun the preposition takes ("protested
    on Friday after the raid on X", "spoke on Monday after the talks with Y"): read
    on the gold dates, that act was as often of the same day as not."""
    cur = tok
    for _ in range(8):
        if cur.i not in (tok.i, tok.head.i) and cur.dep_ == "prep" and \
                cur.lower_ in PRIOR_PREPS:
            return True
        if cur.pos_ in ("VERB", "AUX") and _ordered_clause(cur):
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


_SPEAKER_PRONOUNS = frozenset(_LISTS["speaker_pronouns"])


def _subject_word(tok) -> str | None:
    """The head word of the subject of `tok`'s clause (through coordinated verbs:
    "X took offense and accused ..."), lower-cased, or None."""
    verb = finite_verb(tok) or _clause_verb(tok)
    for _ in range(3):
        if verb is None:
            return None
        for c in verb.children:
            if c.dep_ == "nsubj":
                return c.lower_
        if verb.dep_ != "conj":
            return None
        verb = verb.head
    return None


def _prior_noun(tok) -> bool:
    """An act a noun names as the time after (or before) which another happened ("asked
    again after the riots", "following the vote"): it came at another time, which
    the publication day is not."""
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in PRIOR_PREPS


# Nouns of a time that a relative clause can tell ("on the day the talks ended").
_TIME_OF = _DAY_NOUNS | frozenset(_LISTS["time_of_extra"])


def _at_time_of_another(tok) -> bool:
    """ "shelled the town on the night the truce ended", "the day he was elected":
    its time is told by another act, whose day the text does not give here."""
    verb = _clause_verb(tok)
    if verb is None:
        return False
    for c in verb.children:
        nouns = [c] if c.dep_ == "npadvmod" else (
            [g for g in c.children if g.dep_ == "pobj"]
            if c.dep_ == "prep" and c.lower_ in ("on", "in", "during", "at", "by") else [])
        for n in nouns:
            if n.lower_ in _TIME_OF and any(g.dep_ == "relcl" for g in n.children):
                return True
    return False


# "X recently condemned ...", "initially called on ...": an adverb on the act's own verb
# that places it before (or after) the news, with no day the text gives.
_EARLIER_ADVERBS = frozenset(_LISTS["earlier_adverbs"])
_STANDING_DENIALS = frozenset(_LISTS["standing_denials"])
_STANDING_CHARGES = frozenset(_LISTS["standing_charges"])


# Written records and the verbs they tell by (`_documented_act`).
_RECORD_DOCUMENTS = frozenset(_LISTS["record_documents"])
_RECORD_VERBS = frozenset(_LISTS["record_verbs"])


def _record_noun(tok) -> bool:
    return tok is not None and (lemma_of(tok) in _RECORD_DOCUMENTS or
                                tok.lower_ in _RECORD_DOCUMENTS)


def _documented_act(tok) -> bool:
    """Is `tok` a verb told in the past as what a written record says, in the clause the
    record's verb takes ("The ministry said in a complaint that X hid the money", "The
    letter shows that Z had asked for it") or "according to" it? What a complaint, an
    indictment or a letter tells was done before it was written: not on the day the
    story gives the record."""
    if tok.pos_ not in ("VERB", "AUX") or told_tense(tok) != "past":
        return False
    for c in tok.children:  # "according to the indictment, X paid ..."
        if c.dep_ == "prep" and c.lower_ == "according" and any(
                _record_noun(p) for t in c.children for p in [t, *t.children] if p.dep_ == "pobj"):
            return True
    clause = _content_clause(tok)
    if clause is None or clause.dep_ != "ccomp":
        return False
    gov = clause.head
    if gov.pos_ not in ("VERB", "AUX") or lemma_of(gov) not in _RECORD_VERBS:
        return False
    for left in gov.lefts:
        # "the indictment charges that ..." (also a subject the parser hung on a clause
        # set off before the verb: "The memo, which reporters obtained, shows ...")
        if left.dep_ in ("nsubj", "nsubjpass") and _record_noun(left) or \
                left.dep_ in ("ccomp", "parataxis") and any(
                    c.dep_ in ("nsubj", "nsubjpass") and _record_noun(c) for c in left.children):
            return True
    for c in gov.children:
        if c.dep_ == "prep" and c.lower_ == "in" and any(
                p.dep_ == "pobj" and _record_noun(p) for p in c.children):
            return True  # "said in a lawsuit that ..."
    return False


def _standing_denial(tok) -> bool:
    """Is `tok` a verb of denial or refusal (`_STANDING_DENIALS`) in the simple present
    ("denies", "both deny", "does not deny"), not said by a speaker of itself ("we deny ...",
    in a statement, is the statement's act) nor going on ("is denying")?"""
    if tok.pos_ != "VERB" or lemma_of(tok) not in _STANDING_DENIALS:
        return False
    if tok.tag_ not in ("VBZ", "VBP") and not (
            tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in ("do", "does")
                                     for c in tok.children)):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass") and first_person(c) for c in tok.children)


def _standing_charge(tok) -> bool:
    """Is `tok` a verb of charging (`_STANDING_CHARGES`) in the simple present passive
    ("is charged with", "are indicted on"), with no other auxiliary ("has been charged",
    "will be charged", "is being charged" tell when, or that it is going on)? A charge
    that stands was brought before the story, on a day the text does not give."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBN" or lemma_of(tok) not in _STANDING_CHARGES:
        return False
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].tag_ in ("VBZ", "VBP")


def _written_act(tok) -> bool:
    """Is `tok` a verb whose own "in" phrase names a written record (`_RECORD_DOCUMENTS`:
    "urged X in a letter", "In its recommendations, the office urged ...")? Spoken words
    ("in a speech", "in a statement", "in an interview") are not: they are the day's; nor
    an inquiry ("In the investigation, X asked ..."), an occasion the act was done in."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        p.dep_ == "pobj" and _record_noun(p) and lemma_of(p) not in _INQUIRY_WORDS
        and _written_sense(p) for p in c.children) for c in tok.children)


_RECORD_SENSES_CHECKED = frozenset(_LISTS["record_senses_checked"])
_RECORD_VENUES = frozenset(_LISTS["record_venues"])
_FILED_IN_PLACES = frozenset(_LISTS["record_filed_in_places"])
_PUBLISHED_FOR_NAMES = frozenset(_LISTS["record_published_for_names"])
_PUBLISHED_ENTS = frozenset({"ORG", "WORK_OF_ART"})
# Names that are no publication: a column "to" a person or a state is a file of vehicles.
_NOT_VENUE_ENTS = frozenset({"PERSON", "GPE", "NORP", "LOC", "FAC"})


def _venue(tok, prep: str, noun) -> bool:
    """Is `tok`, the object of the record noun's `prep`, a place a record is published
    or filed: a publication named ("The Times", or a name the recogniser left unmarked)
    or a noun of one ("a weekly", "federal court"), not a person, a state or a place?
    Two shapes take a name whatever the recogniser made of it, each for the nouns
    of its list: a proper name a column is "for" is its publication (the recogniser
    calls some a person or a place, "The Atlantic", "Politico"), unless a state (a
    column of vehicles sent for one) or a person named in full (`_named_in_full`:
    "a column for Jane Doe" is no paper's); and a state or a place a suit is
    "in" is where it is filed ("a suit in Delaware")."""
    if tok.ent_type_ in _PUBLISHED_ENTS or lemma_of(tok) in _RECORD_VENUES:
        return True
    if tok.pos_ != "PROPN":
        return False
    if prep == "for" and tok.ent_type_ != "GPE" and lemma_of(noun) in _PUBLISHED_FOR_NAMES:
        # a person named with a given name or a title ("for Jane Doe", "for Senator
        # Doe") is no paper; the recogniser's one-word persons are ("for Politico")
        return not _named_in_full(tok)
    if prep == "in" and tok.ent_type_ in PLACE_ENTS and lemma_of(noun) in _FILED_IN_PLACES:
        return True
    return tok.ent_type_ not in _NOT_VENUE_ENTS


_LEADING_ARTICLES = frozenset(_LISTS["leading_articles"])


def _named_in_full(tok) -> bool:
    """Is `tok` a person's name with a given name or a title before it ("Jane Doe",
    "Senator Doe": a compound proper noun on the name the recogniser calls a person)?
    A publication the recogniser takes for a person is one word ("Politico") or two
    whose first is no given name nor title ("Mother Jones", "Der Spiegel"; read
    otherwise, any capitalised compound took a person's given name); an article in another
    language ("Der", "Le", "El") never counts, though "de" is a title word."""
    if tok.ent_type_ != "PERSON":
        return False
    g = gazetteer()
    return any(c.dep_ == "compound" and c.pos_ == "PROPN"
               and c.lower_ not in _LEADING_ARTICLES
               and (c.lower_ in g.given_names or is_title_token(g, c.lower_))
               for c in tok.children)


def _written_sense(noun) -> bool:
    """Is a record noun with another everyday sense (`_RECORD_SENSES_CHECKED`: "in a
    dark suit", "in a column of tanks") told as a text: a publication or court it is
    for, in or to ("a column for a weekly", "a suit in federal court"; not "a column to
    Denmark"), a party it is against, written or published, or a name on it ("his
    Times column")? Other record nouns need no sign."""
    if lemma_of(noun) not in _RECORD_SENSES_CHECKED and noun.lower_ not in _RECORD_SENSES_CHECKED:
        return True
    return any((c.dep_ == "prep" and c.lower_ == "against") or
               (c.dep_ == "prep" and c.lower_ in ("for", "in", "to") and any(
                   p.dep_ == "pobj" and _venue(p, c.lower_, noun) for p in c.children)) or
               (c.dep_ == "acl" and lemma_of(c) in ("write", "publish", "file")) or
               (c.dep_ in ("compound", "poss") and c.ent_type_ in _PUBLISHED_ENTS)
               for c in noun.children)


def _earlier_adverb(tok) -> bool:
    """Is `tok` told in the past with an adverb of another time (`_EARLIER_ADVERBS`),
    standing alone, on the verb of its clause, on the verb it is the complement of
    ("subsequently tried to play it down") or on the verb its "when" clause tells the time
    of ("previously made headlines when he asked ...")? Not one with words of its own ("earlier in the
    day", "days later": a time told from another) nor one of a present ("is already
    investigating" goes on now)."""
    if told_tense(tok) != "past" or _reported_thing(tok):
        return False
    verb = _clause_verb(tok)
    for _ in range(2):
        if verb is None:
            return False
        if any(c.dep_ == "advmod" and c.lower_ in _EARLIER_ADVERBS and not any(c.children)
               and not _time_follows(c) for c in verb.children):
            return True
        if verb.dep_ != "xcomp" and not _when_clause(verb):
            return False
        verb = verb.head
    return False


def _when_clause(verb) -> bool:
    """Is `verb` the verb of a "when" clause on the verb above it ("previously made
    headlines when he asked shoppers to ..."): the clause tells the time of that verb's
    act, so an adverb placing that act before the news places the clause's too?"""
    return verb.dep_ == "advcl" and verb.head.i != verb.i and \
        verb.head.pos_ in ("VERB", "AUX") and \
        any(c.dep_ in ("advmod", "mark") and c.lower_ == "when" and c.i < verb.i
            for c in verb.children)


def _earlier_occasion(tok) -> bool:
    """Is `tok` told in the past at an occasion its words place before the news ("At a
    recent lunch with an aide, the chairman urged ...", "at an earlier hearing she
    accused ...")? Such an act is on a day the text does not give; the story's day or
    the publication day is not it (read on the judged blind tests, where the
    judges had it unknown). The occasion under a setting preposition on the act's own
    verb. A stretch of time is no occasion ("In recent days, police arrested ...", like "In
    the past few days"): a time-unit noun or a DATE/TIME entity is passed, and
    `_over_a_stretch` reads it."""
    if told_tense(tok) != "past" or _reported_thing(tok):
        return False
    verb = _clause_verb(tok)
    if verb is None:
        return False
    if any(prep.dep_ == "prep" and prep.lower_ in SETTING_PREPS and any(
            noun.dep_ == "pobj" and noun.pos_ == "NOUN" and not _time_unit(noun) and
            earlier_marked(noun, EARLIER_OCCASION, bare=True)
            for noun in prep.children) for prep in verb.children):
        return True
    return _in_held_stretch(verb)


# Stretches a person holds an office or a run for one over ("during his campaign",
# "during her first term"): data/undated_lists.toml.
_HELD_STRETCHES = frozenset(_LISTS["held_stretches"])


def _in_held_stretch(verb) -> bool:
    """Is the verb told "during" a stretch of someone's office or campaign, named by
    whose it is and with no time of its own ("During his campaign, the candidate accused
    X", "accused X during her first term"), on the verb or on the first of the verbs it
    is joined to without a subject of its own ("During his campaign, he suggested ... and
    accused ...")? The act is set somewhere in that stretch, on no day the text gives;
    not on the day the story tells of. Only "during": "in his campaign" is as often the
    body that runs it."""
    for _ in range(3):   # the verb and up to two verbs it is joined to
        if any(prep.dep_ == "prep" and prep.lower_ == "during" and any(
                noun.dep_ == "pobj" and lemma_of(noun) in _HELD_STRETCHES and
                _a_persons_stretch(noun) and
                not any(c.ent_type_ in ("DATE", "TIME") or any(ch.isdigit() for ch in c.text)
                        for c in noun.subtree)
                for noun in prep.children) for prep in verb.children):
            return True
        if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return False
        verb = verb.head
    return False


# Words on a stretch that make it no person's past stretch (data/undated_lists.toml).
_STRETCH_NOW = frozenset(_LISTS["held_stretch_now"])
_STRETCH_FORCE = frozenset(_LISTS["held_stretch_force"])


def _a_persons_stretch(noun) -> bool:
    """Is the stretch `noun` a person's own, over and done with, as an office held or a
    run for one ("his campaign", "Smith's second term")? Its owner is "his"/"her" or a
    person's name: "its campaign", "their campaign", "the court's term" are a body's,
    often the very drive the news tells of. Not a campaign waged on someone ("campaign
    against the rebels") or by force ("air campaign"), nor a stretch told as still
    running ("current term", "this campaign"), nor the chair of an occasion ("her term as
    chair of the talks": the talks' own stretch): acts in those are the story's own."""
    if not any(c.dep_ == "poss" and (c.lower_ in ("his", "her") or c.ent_type_ == "PERSON")
               for c in noun.children):
        return False
    if any(c.lower_ in _STRETCH_NOW or (c.dep_ in ("amod", "compound", "nmod") and
                                          lemma_of(c) in _STRETCH_FORCE)
           for c in noun.children):
        return False
    return not any(t.dep_ == "prep" and t.lower_ == "against" or
                   (t.dep_ == "pobj" and lemma_of(t) in MEETING_NOUNS)
                   for t in noun.subtree)


# The units of the calendar (arguments.CALENDAR_UNITS, the time tagger's) with this
# module's own, less the four it never read (data/undated_lists.toml).
_TIME_UNITS_NOT = frozenset(_LISTS["time_units_not"])
_TIME_UNITS = (CALENDAR_UNITS | frozenset(_LISTS["time_units_extra"])) - _TIME_UNITS_NOT


def _time_unit(noun) -> bool:
    """Is the noun a stretch of the calendar ("days", "weeks", "years"), not an occasion?"""
    return calendar_noun(noun, _TIME_UNITS) or noun.lower_ in _TIME_UNITS


def _reported_thing(tok) -> bool:
    """Is `tok` an act named as a noun that a verb of reporting tells of ("The
    paper initially reported the phone call", "first reported on the raid")? An adverb of
    another time on the reporting verb places the report, not the act it tells of; that
    act keeps the day the text carries to it."""
    if tok.pos_ != "NOUN":
        return False
    verb = _clause_verb(tok)
    if verb is None or lemma_of(verb) not in _REPORTING:
        return False
    cur = tok
    while cur.i != verb.i:
        if cur.dep_ not in _NOMINAL:
            return False  # only the thing reported, not a noun of another clause
        cur = cur.head
    return True


def _time_follows(adverb) -> bool:
    """ "earlier in the day", "later on Friday", "earlier Tuesday": the adverb begins a time.
    A preposition after it begins one only when its object names a time ("initially in
    March", "subsequently in the week"), not a party or a place ("recently met with X",
    "previously served in Kabul")."""
    if adverb.i + 1 >= len(adverb.doc):
        return False
    after = adverb.nbor(1)
    if after.ent_type_ in ("DATE", "TIME"):
        return True
    return after.dep_ == "prep" and any(
        c.dep_ == "pobj" and (c.ent_type_ in ("DATE", "TIME") or lemma_of(c) in _TIME_PHRASE_NOUNS)
        for c in after.children)


# Nouns whose phrase after an adverb is a time ("earlier in the day", "later that week").
_TIME_PHRASE_NOUNS = _DAY_NOUNS | frozenset(_LISTS["time_phrase_nouns_extra"])


def _habitual(tok) -> bool:
    """ "met nine times", "repeatedly clashed": many occasions, no one date."""
    verb = _clause_verb(tok)
    if verb is None:
        return False
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in _HABITUAL:
            return True
    for t in verb.subtree:
        # "nine times", "a total of nine times", "on several occasions"
        if t.lower_ in _TIMES and any(c.dep_ in ("nummod", "amod") for c in t.children):
            node, steps = t, 0
            while node.i != verb.i and steps < 4 and node.pos_ not in ("VERB", "AUX"):
                node, steps = node.head, steps + 1
            if node.i == verb.i:
                return True
    return False


def _relative_clause(tok) -> bool:
    """In a relative clause ("his post, in which he accused X", "one reason Iran
    insisted on ..."): told to describe a thing, background to the news."""
    verb = finite_verb(tok)
    return verb is not None and verb.dep_ == "relcl"


# Relative pronouns of a person.
_WHO = frozenset(_LISTS["who"])


def _described_by_relative(tok):
    """Is `tok` told in a relative clause that opens on a relative pronoun standing for
    a person or thing ("the envoy, who has resigned", "the pact, which they have vowed
    to scrap", "aides whose cars were seized")? Not a clause on an occasion ("the
    one day (that) a premier has visited ..."), where "that" is no pronoun of a person or thing."""
    verb = finite_verb(tok)
    if verb is None or verb.dep_ != "relcl":
        return False
    return any(t.lower_ in PRON_RELATIVE and t.dep_ not in ("mark", "advmod")
               for t in verb.subtree if t.i < verb.i)


def _person_described(tok):
    """The verb of a relative clause on a person that `tok` is told in ("the pilot who
    bombed the depot", "Dahl, whom the council sent to ..."): what the person did or
    had done to them, told to say who they are; so is a verb joined to it that shares its
    pronoun ("the soldier who beat and wounded a protester": "wounded" as "beat"; "who beat a
    protester and who wounded ..."). None when it is in no such clause."""
    verb = finite_verb(tok)
    if verb is not None and verb.dep_ == "conj" and _shares_pronoun(verb, first_conjunct(verb)):
        verb = first_conjunct(verb)
    if verb is None or verb.dep_ != "relcl":
        return None
    # the pronoun on the verb ("who fired", "whom X ordered") or on its subject or object
    # ("whose car was seized"); not one deeper in a phrase before it ("where, as aides
    # who were there recall, she was warned")
    if any(c.lower_ in _WHO or (c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(
            g.lower_ in _WHO for g in c.children)) for c in verb.children if c.i < verb.i):
        return verb
    return None


def _shares_pronoun(conj, first) -> bool:
    """Does the verb `conj`, joined to the first verb `first` of a relative clause, tell
    what the clause's pronoun did? Yes when it repeats the pronoun ("who beat a protester
    and who wounded ..."); no when it has a subject of its own. After a clause on the
    object of a verb ("fired the minister who oversaw the ports and appointed a
    successor", "freed the hostages who were held there and arrested three men") the
    parser as often joins to the clause a second verb of the main clause: there it is
    the pronoun's only when the first verb leaves its object to it ("fired the officer
    who beat and wounded a protester") in the same voice ("who was beaten and robbed")."""
    subjects = [c for c in conj.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        return all(c.lower_ in _WHO for c in subjects)
    if first.head.dep_ != "dobj":
        return True
    # a bare participle joined to a passive shares its "was" ("who was beaten and robbed")
    conj_passive = _is_passive(conj) or (conj.tag_ == "VBN" and not any(
        c.dep_ in ("aux", "auxpass") for c in conj.children))
    return not any(c.dep_ == "dobj" for c in first.children) and \
        _is_passive(first) == conj_passive


def _perfect_governor(tok) -> bool:
    """Below a verb in the perfect ("have accused X of sabotaging the talks", "had
    urged ... to hold"): background, no one day."""
    verb = finite_verb(tok)
    return verb is not None and (present_perfect(verb) or background(verb))
