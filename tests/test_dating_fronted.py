"""A time phrase that opens a sentence dates the main clause; a relative clause of
occurring ("that ended Friday") dates the event noun it hangs on."""
import pytest

from newsbrief.events.governing import _fronted_verb, _occurrence
from newsbrief.nlp import load_nlp
from newsbrief.settings import load_settings


@pytest.fixture(scope="module")
def nlp():
    return load_nlp(load_settings().model)


def _tok(doc, word):
    return next(t for t in doc if t.text == word)


def _parsed(rows):
    """A Doc built by hand from (word, tag, pos, dep, head) rows: the parse is fixed."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    words, tags, pos, deps, heads = zip(*rows)
    return Doc(Vocab(), words=list(words), tags=list(tags), pos=list(pos),
               deps=list(deps), heads=list(heads))


# "On Monday, during a long session to plan the budget, the advisers briefed the
# governor", with the opening time phrase and "during" hung on "plan" (a misparse
# seen in news): the time is the briefing's.
_MISPARSED = [("On", "IN", "ADP", "prep", 8), ("Monday", "NNP", "PROPN", "pobj", 0),
              (",", ",", "PUNCT", "punct", 8), ("during", "IN", "ADP", "prep", 8),
              ("a", "DT", "DET", "det", 6), ("long", "JJ", "ADJ", "amod", 6),
              ("session", "NN", "NOUN", "pobj", 3), ("to", "TO", "PART", "aux", 8),
              ("plan", "VB", "VERB", "advcl", 14), ("the", "DT", "DET", "det", 10),
              ("budget", "NN", "NOUN", "dobj", 8), (",", ",", "PUNCT", "punct", 14),
              ("the", "DT", "DET", "det", 13), ("advisers", "NNS", "NOUN", "nsubj", 14),
              ("briefed", "VBD", "VERB", "ROOT", 14), ("the", "DT", "DET", "det", 16),
              ("governor", "NN", "NOUN", "dobj", 14), (".", ".", "PUNCT", "punct", 14)]


def test_opening_time_phrase_dates_the_main_verb():
    doc = _parsed(_MISPARSED)
    assert _fronted_verb(doc[1]).text == "briefed"


def test_opening_time_phrase_on_a_finite_clause_stays():
    rows = list(_MISPARSED)
    rows[7] = ("they", "PRP", "PRON", "nsubj", 8)
    rows[8] = ("planned", "VBD", "VERB", "advcl", 14)
    assert _fronted_verb(_parsed(rows)[1]) is None


@pytest.mark.parametrize("text, time", [
    ("The envoy said on Tuesday that the rebels had shelled the town.", "Tuesday"),
    ("On Tuesday, the envoy said the rebels shelled the town.", "Tuesday"),
])
def test_time_phrase_already_on_its_verb_is_left(nlp, text, time):
    doc = nlp(text)
    root = _tok(doc, time)
    got = _fronted_verb(root)
    assert got is None or got.i == root.head.head.i or got.i == root.head.i


def test_relative_clause_of_ending_dates_the_noun(nlp):
    doc = nlp("Officials praised the police after a three-day blockade that ended "
              "on Thursday.")
    blockade = _tok(doc, "blockade")
    predicates = {blockade.i: 0}
    assert _occurrence(_tok(doc, "Thursday"), predicates, None) == 0


def test_relative_clause_of_other_verbs_dates_nothing(nlp):
    doc = nlp("Officials praised the blockade of the port that the police lifted on Thursday.")
    predicates = {_tok(doc, "blockade").i: 0}
    assert _occurrence(_tok(doc, "Thursday"), predicates, None) is None
