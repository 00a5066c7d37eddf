"""Reported speech, for dating: a verb of saying and its content clause, an act told
in words ("said it would ..."), a report of something going on, and a saying told as an
intent. Split from events.dating; see its docstring."""

from __future__ import annotations

from ..nlp import doc_text
from .arguments import PRON_RELATIVE
from ..words import word_lists
from .lexicon import lemma_of, word_classes
from .places import PLACE_ENTS
from .sense_frame import is_time
from .dating import EventDate
from .tense import _at_same_time, _clause_verb, background, finite_verb, present_perfect

# The word lists of this module: data/saying_lists.toml.
_LISTS = word_lists("newsbrief.events", "saying_lists.toml")


# Verbs of the lexicon's reporting class that tell no saying of their own ("tried to",
# "began to", "let"): not verbs of reporting here.
_NOT_REPORTING = frozenset(_LISTS["not_reporting"])
_REPORTING = word_classes()["reporting"] - _NOT_REPORTING


def intent_saying(tok, date: "EventDate | None"):
    """The verb of saying that tells an intent whose own time the text gives ("said in a
    letter that she would retire on May 3", "has said he will retire in 2030"): a record of the intent (an "express intent" code) is the saying of it, not
    the act intended, so the intended act's time is not its time. `tok` is the verb of a
    content clause with "will"/"would" (`_announced`) of a verb of saying, and `date`
    a time told inside that clause; None otherwise."""
    if date is None or date.source != "text" or not date.text or not _announced(tok):
        return None
    say = tok.head
    if say.pos_ not in ("VERB", "AUX") or lemma_of(say) not in _SAYING:
        return None
    doc = tok.doc
    # after the intended act's verb ("said on Monday he would quit": the saying's time)
    start = doc[max(tok.i, say.i + 1)].idx
    end = tok.right_edge.idx + len(tok.right_edge.text)
    return say if date.text in doc_text(doc)[start:end] else None


# Verbs of saying whose participle goes with an act ("praised Sweden, saying Monday
# that ..."); not one of result ("prompting the president Wednesday to ...").
_SAYING = _REPORTING | word_classes()["speech_acts"]


# Verbs besides those of reporting that credit a telling in an "as" clause: data/saying_lists.toml.
_AS_CREDIT = frozenset(_LISTS["as_credit_verbs"])


def credits_telling(clause) -> bool:
    """Is `clause` an "as" clause that credits what the clause it hangs on tells to a
    telling, a finding or an agreement ("As the paper reported on Friday, the House
    approved ...", "As the inquiry found in 2019, ...", "As the leaders agreed in 2018,
    the troops withdrew")? Its time is the credit's, not the act's. A verb of reporting
    always credits ("As the minister told reporters, ..."); another only with no object
    or content of its own, which the clause it hangs on stands for ("As police found the
    body on Tuesday, ..." tells a time). A phrase that says what it is about is such
    content too ("As the two leaders agreed to a truce on Monday, ...")."""
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children):
        return False
    lemma = lemma_of(clause)
    return lemma in _REPORTING or lemma in _AS_CREDIT and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp") or c.dep_ == "prep" and _of_content(c)
        for c in clause.children)


# Verbs of agreeing and the prepositions whose object may be what the clause is about:
# data/saying_lists.toml.
_AS_CONTENT_VERBS = frozenset(_LISTS["as_content_verbs"])
_AS_CONTENT_PREPS = frozenset(_LISTS["as_content_preps"])


def _of_content(prep) -> bool:
    """Does the preposition `prep` tell what its verb of agreeing is about ("agreed to a
    truce", "agreed on a ceasefire"), not a time, a place or a medium ("on Tuesday", "in
    a letter")? After another verb it tells the one spoken to, the medium or the manner
    ("pledged to its members", "promised on Twitter"): no content of the clause's own."""
    if lemma_of(prep.head) not in _AS_CONTENT_VERBS or prep.lower_ not in _AS_CONTENT_PREPS:
        return False
    return any(
        g.dep_ == "pobj" and not is_time(g) and g.ent_type_ not in PLACE_ENTS
        for g in prep.children)


def _announced(clause) -> bool:
    """ "said on 3 May that she would veto ...": an act said as a plan is the
    saying of it, whose time the text gives (what was said was done, or is to be
    done, at other times)."""
    return clause.dep_ == "ccomp" and any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in clause.children)


def _rehung(root):
    """The verb of saying a time told between it and the subject of its bare content
    clause belongs to ("said on Monday he resigned", "told reporters on Friday the
    army fired"), where the parser hangs the time on the content clause's verb; else
    None. After "that" ("said that on Monday he resigned") the time is the content's."""
    verb = root.head
    if root.dep_ == "pobj" and verb.dep_ == "prep":
        first = verb.i
        verb = verb.head
    elif root.dep_ in ("npadvmod", "tmod", "advmod"):
        first = root.left_edge.i
    else:
        return None
    if verb.dep_ != "ccomp" or verb.pos_ not in ("VERB", "AUX"):
        return None
    said = verb.head
    if said.i > first or not _says(said):
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subjects or root.right_edge.i >= min(c.left_edge.i for c in subjects) or \
            any(c.dep_ == "mark" and c.i < first for c in verb.children):
        return None
    inside = {t.i for t in verb.subtree}
    if any(k in inside for k in range(said.i + 1, first)):
        return None
    return said


_IN_WORDS = word_classes()["speech_acts"]


def _report_of_progressive(tok, gerund: bool = False):
    """The verb of saying whose content clause tells `tok` in the past progressive ("said
    the troops were attacking the city", "told them his agency was offering help"), or
    None. With `gerund`, also a gerund of saying under a preposition ("came under fire
    after saying in May that his office was investigating her"): a telling, not a
    description (events.occasions' `_progressive_reported`, where the saying
    carries its own time)."""
    if tok.tag_ != "VBG" or not any(c.dep_ == "aux" and c.lower_ in ("was", "were")
                                    for c in tok.children):
        return None
    gov = _saying_over(tok)
    if gov is None or any(c.dep_ == "mark" and c.lower_ in ("whether", "if")
                          for c in _content_clause(tok).children):
        return None  # (not "asked whether the bureau was investigating ...": a question)
    # (a finite report: "a line telling taxpayers the state was giving ..." describes)
    if gerund and gov.tag_ == "VBG" and gov.dep_ == "pcomp":
        return gov
    return gov if gov.tag_ in ("VBD", "VBZ", "VBP") else None


# Ways a word hangs inside a clause it is told in: what a verb of saying says takes
# them all ("said it expelled ...", "said X was right when he refused ...").
_WITHIN_CLAUSE = frozenset({"conj", "xcomp", "advcl", "dobj", "pobj", "prep", "pcomp", "acl",
                            "nsubj", "nsubjpass", "compound", "amod", "attr", "acomp", "agent",
                            "dative", "oprd", "npadvmod"})


def _within_content(tok):
    """The verb of saying whose content clause holds `tok` below its own verb, in a
    clause within it, or None: an adverbial clause ("said X was right when he refused
    ...", "even though he pleaded ..."), a clause on a noun ("said attacks targeting the
    city were ..."), an infinitive of purpose ("said he did it to protest ...") or what
    a belief holds ("said he believes X lied"). Not the content clause's own verb and
    what hangs on it ("said it expelled two diplomats": the deed the report is news of),
    nor a clause that goes on at its time ("opened fire, killing two", "while talks went
    on"; "when" only beside a verb: "was insane when he shot" is the state's time).
    The nearest verb of saying: "said the paper reported that X resigned" is the paper's."""
    cur = tok
    crossed = False
    for _ in range(10):
        head = cur.head
        if head.i == cur.i:
            return None
        if cur.dep_ == "ccomp" and _says(head):
            # (a clause with no subject is no content: "said in a letter on Friday that
            # praised ..." tells what the letter did)
            if not crossed or not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")
                                      and c.lower_ not in PRON_RELATIVE
                                      for c in cur.children):
                return None
            return head
        if cur.dep_ not in _WITHIN_CLAUSE and cur.dep_ != "ccomp":
            return None
        if cur.dep_ == "advcl":
            marks = {c.lower_ for c in cur.children if c.dep_ in ("mark", "advmod")
                     and c.i < cur.i}
            crossed = crossed or not _at_same_time(cur) or (
                "when" in marks and lemma_of(head) == "be")
        elif cur.dep_ in ("acl", "ccomp"):  # (a relative clause stopped above)
            crossed = True
        cur = head
    return None


def _says(verb) -> bool:
    return verb.pos_ in ("VERB", "AUX") and (lemma_of(verb) in _REPORTING
                                             or lemma_of(verb) in _IN_WORDS)


def _content_clause(verb):
    """The clause head `verb` belongs to through coordination and control ("said they
    were shelling the town and moving on": the content clause of "said")."""
    for _ in range(3):
        if verb is None or verb.dep_ not in ("conj", "xcomp"):
            break
        verb = verb.head
    return verb


def _saying_over(verb):
    """The verb of saying or of speech acts whose content clause holds `verb` (through
    coordination and control), or None."""
    clause = _content_clause(verb)
    if clause is None or clause.dep_ != "ccomp":
        return None
    gov = clause.head
    return gov if _says(gov) else None


def _in_words(tok) -> bool:
    """An act done in words ("condemned", "declined to comment", "sought to downplay",
    "the statement", "charged that ..."): its own word, the verb it completes, its
    complement, or a content clause it takes."""
    words = {lemma_of(tok), tok.lower_}
    verb = finite_verb(tok)
    if verb is not None:
        words.add(lemma_of(verb))
    words.update(lemma_of(c) for c in tok.children if c.dep_ == "xcomp")
    # "charged that the WHO failed ...": a verb with a content clause says something
    return bool(words & _IN_WORDS) or any(c.dep_ == "ccomp" for c in tok.children)


def _words_named(tok) -> bool:
    """Is `tok` a noun of words (`speech_acts`: "criticism", "requests") not uttered
    by the verb it is the object of ("faced criticism", "refused requests"; not "issued
    a statement", "made the accusation": `uttering_verbs`)? Not a deed's noun ("during
    the attack": the time of the verb it goes with)."""
    if tok.pos_ != "NOUN" or not ({lemma_of(tok), tok.lower_} & _IN_WORDS):
        return False
    return not (tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX")
                and lemma_of(tok.head) in _UTTERING_VERBS)


def _perfect_report(tok) -> bool:
    """A past act told in the content clause of a verb in the perfect ("critics
    have claimed that the ministry removed ..."): background to the news."""
    verb = _clause_verb(tok)
    if verb is None or verb.dep_ != "ccomp":
        return False
    gov = verb.head
    return gov.pos_ in ("VERB", "AUX") and (present_perfect(gov) or background(gov))


# Verbs whose object noun names the words they utter ("issued a statement").
_UTTERING_VERBS = frozenset(_LISTS["uttering_verbs"])
