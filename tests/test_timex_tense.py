"""Tense cues: from the words (fast path) and from a hand-built parse."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsbrief.timexes import tag_timexes
from newsbrief.timexes.tense import tense_from_doc, tense_from_words


@pytest.mark.parametrize("text,word,expected", [
    ("The treaty took effect Wednesday.", "Wednesday", "past"),
    ("Leaders will sign the pact Friday.", "Friday", "future"),
    ("Talks are expected to resume Monday, officials said.", "Monday", "future"),
    ("The rebels were seen near the border Sunday.", "Sunday", "past"),
])
def test_tense_from_words(text, word, expected):
    start = text.index(word)
    assert tense_from_words(text, start, start + len(word)) == expected


def _doc(words, heads, deps, tags, pos):
    vocab = spacy.blank("en").vocab
    return Doc(vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_tense_from_doc_past_and_future():
    past = _doc(["Troops", "withdrew", "Wednesday", "."], [1, 1, 1, 1],
                ["nsubj", "ROOT", "npadvmod", "punct"], ["NNS", "VBD", "NNP", "."],
                ["NOUN", "VERB", "PROPN", "PUNCT"])
    assert tense_from_doc(past, past.text.index("Wednesday"), past.text.index("Wednesday") + 9) == "past"
    future = _doc(["Troops", "will", "withdraw", "Wednesday", "."], [2, 2, 2, 2, 2],
                  ["nsubj", "aux", "ROOT", "npadvmod", "punct"], ["NNS", "MD", "VB", "NNP", "."],
                  ["NOUN", "AUX", "VERB", "PROPN", "PUNCT"])
    start = future.text.index("Wednesday")
    assert tense_from_doc(future, start, start + 9) == "future"


def test_doc_tense_steers_resolution():
    # "withdrew" with no other cue: the parse says past -> the Wednesday before.
    doc = _doc(["Troops", "withdrew", "Wednesday", "."], [1, 1, 1, 1],
               ["nsubj", "ROOT", "npadvmod", "punct"], ["NNS", "VBD", "NNP", "."],
               ["NOUN", "VERB", "PROPN", "PUNCT"])
    [t] = tag_timexes(doc.text, "2024-12-02", doc=doc)
    assert t.value == "2024-11-27"


@pytest.mark.parametrize("governor, tag, aux, expected", [
    ("met", "VBD", None, "past"),  # "Envoys met to discuss the border Wednesday."
    ("meet", "VB", "will", None),  # "Envoys will meet to discuss ...": no past act
    ("met", "VBN", "have", None),  # "Envoys have met to discuss ...": left to the words
])
def test_a_purpose_of_an_act_in_the_simple_past_is_past(governor, tag, aux, expected):
    words = ["Envoys"] + ([aux] if aux else []) + [governor, "to", "discuss", "the", "border",
                                                     "Wednesday", "."]
    k = 1 if aux else 0  # index shift after the auxiliary
    verb = 1 + k
    heads = [verb] + ([verb] if aux else []) + [verb, verb + 2, verb, verb + 4, verb + 2,
                                                 verb + 2, verb]
    deps = ["nsubj"] + (["aux"] if aux else []) + ["ROOT", "aux", "advcl", "det", "dobj",
                                                   "npadvmod", "punct"]
    tags = ["NNS"] + (["MD" if aux == "will" else "VBP"] if aux else []) + [
        tag, "TO", "VB", "DT", "NN", "NNP", "."]
    pos = ["NOUN"] + (["AUX"] if aux else []) + ["VERB", "PART", "VERB", "DET", "NOUN",
                                                 "PROPN", "PUNCT"]
    doc = _doc(words, heads, deps, tags, pos)
    start = doc.text.index("Wednesday")
    assert tense_from_doc(doc, start, start + 9) == expected


def _causing_doc(governor, tag, obj, aux=None):
    """"The raid <aux> <governor> <obj> to close the ports on Sunday ." as a parse."""
    words = ["The", "raid"] + ([aux] if aux else []) + [governor, obj, "to", "close", "the", "ports",
                                                         "on", "Sunday", "."]
    k = 1 if aux else 0
    v = 2 + k  # the governing verb
    heads = [1, v] + ([v] if aux else []) + [v, v, v + 3, v, v + 5, v + 3, v + 3, v + 6, v]
    deps = ["det", "nsubj"] + (["auxpass"] if aux else []) + [
        "ROOT", "dobj", "aux", "xcomp", "det", "dobj", "prep", "pobj", "punct"]
    tags = ["DT", "NN"] + (["VBD"] if aux else []) + [tag, "NNS", "TO", "VB", "DT", "NNS", "IN", "NNP", "."]
    pos = ["DET", "NOUN"] + (["AUX"] if aux else []) + [
        "VERB", "NOUN", "PART", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"]
    doc = _doc(words, heads, deps, tags, pos)
    lemmas = {"prompted": "prompt", "forced": "force", "urged": "urge", "prompts": "prompt"}
    doc[v].lemma_ = lemmas[governor]
    doc[v + 1].lemma_ = obj.rstrip("s")
    return doc


@pytest.mark.parametrize("governor, tag, obj, aux, expected", [
    ("prompted", "VBD", "states", None, "2024-12-01"),  # the closing was done: the Sunday before
    ("forced", "VBN", "states", "was", "2024-12-01"),  # passive simple past: done too
    ("urged", "VBD", "states", None, "2024-12-08"),  # urging tells nothing done: ahead, as before
    ("prompted", "VBD", "calls", None, "2024-12-08"),  # only calls were prompted: ahead, as before
    ("prompts", "VBZ", "states", None, "2024-12-08"),  # not told in the past: ahead, as before
])
def test_an_act_a_past_cause_brought_about_is_past(governor, tag, obj, aux, expected):
    doc = _causing_doc(governor, tag, obj, aux)
    [t] = tag_timexes(doc.text, "2024-12-02", doc=doc)  # a Monday
    assert t.value == expected


def test_a_past_verb_after_a_present_one_does_not_turn_its_weekday_back():
    # "The envoy meets the minister Thursday , his office said ." written on a Tuesday:
    # "said" is the report's verb, not the meeting's; the meeting is the coming Thursday
    words = ["The", "envoy", "meets", "the", "minister", "Thursday", ",", "his", "office", "said", "."]
    heads = [1, 2, 9, 4, 2, 2, 9, 8, 9, 9, 9]
    deps = ["det", "nsubj", "ccomp", "det", "dobj", "npadvmod", "punct", "poss", "nsubj", "ROOT", "punct"]
    tags = ["DT", "NN", "VBZ", "DT", "NN", "NNP", ",", "PRP$", "NN", "VBD", "."]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "PROPN", "PUNCT", "PRON", "NOUN", "VERB", "PUNCT"]
    doc = _doc(words, heads, deps, tags, pos)
    [t] = tag_timexes(doc.text, "2013-09-10", doc=doc)
    assert t.value == "2013-09-12"


def test_time_between_a_verb_and_its_content_clause_takes_that_verbs_tense():
    # A hand-built parse that hangs the day on the clause's verb, as the parser does:
    # the day told before the clause's subject is the telling's (a past Wednesday,
    # read back), not the planned act's (the Wednesday ahead).
    words = ["The", "mayor", "stated", "on", "Wednesday", "she", "will", "close", "the", "bridge", "."]
    heads = [1, 2, 2, 7, 3, 7, 7, 2, 9, 7, 2]
    deps = ["det", "nsubj", "ROOT", "prep", "pobj", "nsubj", "aux", "ccomp", "det", "dobj", "punct"]
    tags = ["DT", "NN", "VBD", "IN", "NNP", "PRP", "MD", "VB", "DT", "NN", "."]
    pos = ["DET", "NOUN", "VERB", "ADP", "PROPN", "PRON", "AUX", "VERB", "DET", "NOUN", "PUNCT"]
    doc = _doc(words, heads, deps, tags, pos)
    start = doc.text.index("Wednesday")
    assert tense_from_doc(doc, start, start + 9) == "past"
    # after "that", or after the clause's subject, the day is the clause's own
    words = ["The", "mayor", "stated", "that", "on", "Wednesday", "she", "will", "close", "it", "."]
    heads = [1, 2, 2, 8, 8, 4, 8, 8, 2, 8, 2]
    deps = ["det", "nsubj", "ROOT", "mark", "prep", "pobj", "nsubj", "aux", "ccomp", "dobj", "punct"]
    tags = ["DT", "NN", "VBD", "IN", "IN", "NNP", "PRP", "MD", "VB", "PRP", "."]
    pos = ["DET", "NOUN", "VERB", "SCONJ", "ADP", "PROPN", "PRON", "AUX", "VERB", "PRON", "PUNCT"]
    doc = _doc(words, heads, deps, tags, pos)
    start = doc.text.index("Wednesday")
    assert tense_from_doc(doc, start, start + 9) == "future"
