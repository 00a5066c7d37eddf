"""The predicate as the text says it: hand-built parses (no trained model needed).

Sentences are our own, written for these tests; each row gives the parse a
parser would produce (word/DEP/POS/TAG/lemma, head index).
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsbrief.events.predicate import participle, past_tense, predicate_of


def parse(rows):
    """rows: (word, head, dep, pos, tag, lemma)."""
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][0] not in (".", ",", "'s") for i in range(len(rows))]
    return Doc(Vocab(), words=words, spaces=spaces, heads=[r[1] for r in rows],
               deps=[r[2] for r in rows], pos=[r[3] for r in rows], tags=[r[4] for r in rows],
               lemmas=[r[5] for r in rows])


def test_passive_with_agent_becomes_active_with_object_and_manner():
    # "The accord was narrowly approved by Chilean senators through a vote ."
    doc = parse([("The", 1, "det", "DET", "DT", "the"),
                 ("accord", 4, "nsubjpass", "NOUN", "NN", "accord"),
                 ("was", 4, "auxpass", "AUX", "VBD", "be"),
                 ("narrowly", 4, "advmod", "ADV", "RB", "narrowly"),
                 ("approved", 4, "ROOT", "VERB", "VBN", "approve"),
                 ("by", 4, "agent", "ADP", "IN", "by"),
                 ("Chilean", 7, "amod", "ADJ", "JJ", "chilean"),
                 ("senators", 5, "pobj", "NOUN", "NNS", "senator"),
                 ("through", 4, "prep", "ADP", "IN", "through"),
                 ("a", 10, "det", "DET", "DT", "a"),
                 ("vote", 8, "pobj", "NOUN", "NN", "vote"),
                 (".", 4, "punct", "PUNCT", ".", ".")])
    p = predicate_of(doc[4], [doc[7]], [doc[1]])
    assert (p.voice, p.lemma, p.adverb, p.past, p.object) == (
        "passive", "approve", "narrowly", "approved", "the accord")
    assert p.modifiers == ("through a vote",)  # "by Chilean senators" is the actor


def test_dates_and_linked_events_stay_out_of_the_words():
    # "Ministers signed the deal in Lima on Friday after talks ."
    doc = parse([("Ministers", 1, "nsubj", "NOUN", "NNS", "minister"),
                 ("signed", 1, "ROOT", "VERB", "VBD", "sign"),
                 ("the", 3, "det", "DET", "DT", "the"),
                 ("deal", 1, "dobj", "NOUN", "NN", "deal"),
                 ("in", 1, "prep", "ADP", "IN", "in"),
                 ("Lima", 4, "pobj", "PROPN", "NNP", "Lima"),
                 ("on", 1, "prep", "ADP", "IN", "on"),
                 ("Friday", 6, "pobj", "PROPN", "NNP", "Friday"),
                 ("after", 1, "prep", "ADP", "IN", "after"),
                 ("talks", 8, "pobj", "NOUN", "NNS", "talk"),
                 (".", 1, "punct", "PUNCT", ".", ".")])
    friday = (doc[7].idx, doc[7].idx + len("Friday"))
    p = predicate_of(doc[1], [doc[0]], [], [friday])
    assert p.object == "the deal" and p.modifiers == ("in Lima",)
    # What it tells covers the verb, object and place, not the date or the talks.
    told = "".join(doc.text[a:b] for a, b in p.told)
    assert "Lima" in told and "Friday" not in told and "talks" not in told


def test_entering_into_force_is_one_act_and_the_treaty_is_its_subject():
    # "The accord came into force ."  /  "The accord took effect ."
    came = parse([("The", 1, "det", "DET", "DT", "the"), ("accord", 2, "nsubj", "NOUN", "NN",
                                                          "accord"),
                  ("came", 2, "ROOT", "VERB", "VBD", "come"), ("into", 2, "prep", "ADP", "IN",
                                                               "into"),
                  ("force", 3, "pobj", "NOUN", "NN", "force"), (".", 2, "punct", "PUNCT", ".",
                                                                 ".")])
    took = parse([("The", 1, "det", "DET", "DT", "the"), ("accord", 2, "nsubj", "NOUN", "NN",
                                                          "accord"),
                  ("took", 2, "ROOT", "VERB", "VBD", "take"), ("effect", 2, "dobj", "NOUN",
                                                               "NN", "effect"),
                  (".", 2, "punct", "PUNCT", ".", ".")])
    a = predicate_of(came[2], [came[1]], [], is_agreement=lambda t: t.text == "accord")
    b = predicate_of(took[2], [took[1]], [], is_agreement=lambda t: t.text == "accord")
    assert a.lemma == b.lemma == "take effect"
    assert a.subject == b.subject == "the accord"
    assert (a.past, a.modifiers) == ("came", ("into force",))


def test_a_commitment_keeps_its_frame():
    # "The charter obliges members to defend each other ."
    doc = parse([("The", 1, "det", "DET", "DT", "the"), ("charter", 2, "nsubj", "NOUN", "NN",
                                                         "charter"),
                 ("obliges", 2, "ROOT", "VERB", "VBZ", "oblige"),
                 ("members", 2, "dobj", "NOUN", "NNS", "member"),
                 ("to", 5, "aux", "PART", "TO", "to"),
                 ("defend", 2, "xcomp", "VERB", "VB", "defend"),
                 ("each", 7, "det", "DET", "DT", "each"),
                 ("other", 5, "dobj", "ADJ", "JJ", "other"),
                 (".", 2, "punct", "PUNCT", ".", ".")])
    p = predicate_of(doc[5], [doc[3]], [])
    assert (p.frame, p.frame_subject, p.frame_start) == ("obliges", "the charter", doc[2].idx)
    assert (p.base, p.past, p.object) == ("defend", "defended", "each other")


def test_an_event_noun_keeps_its_phrase_without_the_possessor():
    # "Peru 's expulsion of the envoy ."
    doc = parse([("Peru", 2, "poss", "PROPN", "NNP", "Peru"), ("'s", 0, "case", "PART", "POS",
                                                               "'s"),
                 ("expulsion", 2, "ROOT", "NOUN", "NN", "expulsion"),
                 ("of", 2, "prep", "ADP", "IN", "of"), ("the", 5, "det", "DET", "DT", "the"),
                 ("envoy", 3, "pobj", "NOUN", "NN", "envoy"), (".", 2, "punct", "PUNCT", ".",
                                                               ".")])
    p = predicate_of(doc[2], [doc[0]], [doc[5]])
    assert (p.voice, p.lemma, p.text, p.past) == ("noun", "expulsion", "expulsion of the envoy",
                                                  None)


@pytest.mark.parametrize("lemma,past,part", [
    ("send", "sent", "sent"), ("take", "took", "taken"), ("ban", "banned", "banned"),
    ("visit", "visited", "visited"), ("ratify", "ratified", "ratified"),
    ("approve", "approved", "approved"), ("commit", "committed", "committed"),
    ("set up", "set up", "set up"), ("stay", "stayed", "stayed"),
])
def test_verb_forms(lemma, past, part):
    assert past_tense(lemma.split()[0]) + lemma[len(lemma.split()[0]):] == past
    assert participle(lemma) == part


def test_a_hedge_stays_with_the_verb():
    # "Iran apparently intended attacks ."
    doc = parse([("Iran", 2, "nsubj", "PROPN", "NNP", "Iran"),
                 ("apparently", 2, "advmod", "ADV", "RB", "apparently"),
                 ("intended", 2, "ROOT", "VERB", "VBD", "intend"),
                 ("attacks", 2, "dobj", "NOUN", "NNS", "attack"),
                 (".", 2, "punct", "PUNCT", ".", ".")])
    p = predicate_of(doc[2], [doc[0]], [])
    assert p.adverb == "apparently" and p.complete


def test_an_adverb_right_after_the_verb_is_its_particle():
    # "Kim walked back threats ."
    doc = parse([("Kim", 1, "nsubj", "PROPN", "NNP", "Kim"),
                 ("walked", 1, "ROOT", "VERB", "VBD", "walk"),
                 ("back", 1, "advmod", "ADV", "RB", "back"),
                 ("threats", 1, "dobj", "NOUN", "NNS", "threat"),
                 (".", 1, "punct", "PUNCT", ".", ".")])
    p = predicate_of(doc[1], [doc[0]], [])
    assert (p.past, p.base, p.object) == ("walked back", "walk back", "threats")


def test_a_particle_read_as_a_preposition_is_the_verbs():
    """ "pulled out of the race": "out" heads no object of its own, so it is the verb's
    particle and what hangs on it ("of the race") the verb's modifier."""
    # "The mayor pulled out of the race on Friday."
    doc = parse([('The', 1, 'det', 'DET', 'DT', 'the'),
                 ('mayor', 2, 'nsubj', 'NOUN', 'NN', 'mayor'),
                 ('pulled', 2, 'ROOT', 'VERB', 'VBD', 'pull'),
                 ('out', 2, 'prep', 'ADP', 'IN', 'out'),
                 ('of', 3, 'prep', 'ADP', 'IN', 'of'),
                 ('the', 6, 'det', 'DET', 'DT', 'the'),
                 ('race', 4, 'pobj', 'NOUN', 'NN', 'race'),
                 ('on', 2, 'prep', 'ADP', 'IN', 'on'),
                 ('Friday', 7, 'pobj', 'PROPN', 'NNP', 'friday'),
                 ('.', 2, 'punct', 'PUNCT', '.', '.')])
    p = predicate_of(doc[2], [doc[1]], [])
    assert (p.lemma, p.past, p.complete) == ("pull out", "pulled out", True)
    assert "of the race" in p.modifiers


def test_a_long_content_clause_loses_only_its_descriptions():
    """A ruling's clause longer than the limit keeps what it asserts, its time and
    its "when" clause; the summary hung on it (", a step which ...") is left out."""
    # "The court ruled that the mayor was acting unlawfully when he closed the hall in May
    # for six weeks, a step which his critics said was meant to silence them."
    doc = parse([('The', 1, 'det', 'DET', 'DT', 'the'),
                 ('court', 2, 'nsubj', 'NOUN', 'NN', 'court'),
                 ('ruled', 2, 'ROOT', 'VERB', 'VBD', 'rule'),
                 ('that', 7, 'mark', 'SCONJ', 'IN', 'that'),
                 ('the', 5, 'det', 'DET', 'DT', 'the'),
                 ('mayor', 7, 'nsubj', 'NOUN', 'NN', 'mayor'),
                 ('was', 7, 'aux', 'AUX', 'VBD', 'be'),
                 ('acting', 2, 'ccomp', 'VERB', 'VBG', 'act'),
                 ('unlawfully', 7, 'advmod', 'ADV', 'RB', 'unlawfully'),
                 ('when', 11, 'advmod', 'SCONJ', 'WRB', 'when'),
                 ('he', 11, 'nsubj', 'PRON', 'PRP', 'he'),
                 ('closed', 7, 'advcl', 'VERB', 'VBD', 'close'),
                 ('the', 13, 'det', 'DET', 'DT', 'the'),
                 ('hall', 11, 'dobj', 'NOUN', 'NN', 'hall'),
                 ('in', 11, 'prep', 'ADP', 'IN', 'in'),
                 ('May', 14, 'pobj', 'PROPN', 'NNP', 'may'),
                 ('for', 11, 'prep', 'ADP', 'IN', 'for'),
                 ('six', 18, 'nummod', 'NUM', 'CD', 'six'),
                 ('weeks', 16, 'pobj', 'NOUN', 'NNS', 'week'),
                 (',', 11, 'punct', 'PUNCT', ',', ','),
                 ('a', 21, 'det', 'DET', 'DT', 'a'),
                 ('step', 11, 'npadvmod', 'NOUN', 'NN', 'step'),
                 ('which', 27, 'nsubj', 'PRON', 'WDT', 'which'),
                 ('his', 24, 'poss', 'PRON', 'PRP$', 'his'),
                 ('critics', 25, 'nsubj', 'NOUN', 'NNS', 'critic'),
                 ('said', 21, 'relcl', 'VERB', 'VBD', 'say'),
                 ('was', 27, 'auxpass', 'AUX', 'VBD', 'be'),
                 ('meant', 25, 'ccomp', 'VERB', 'VBN', 'mean'),
                 ('to', 29, 'aux', 'PART', 'TO', 'to'),
                 ('silence', 27, 'xcomp', 'VERB', 'VB', 'silence'),
                 ('them', 29, 'dobj', 'PRON', 'PRP', 'they'),
                 ('.', 2, 'punct', 'PUNCT', '.', '.')])
    p = predicate_of(doc[2], [doc[1]], [])
    assert p.complete
    assert p.object == ("that the mayor was acting unlawfully when he closed the hall in May "
                        "for six weeks")



def test_a_clause_of_time_goes_when_a_content_clause_is_still_too_long():
    # "The court ruled that the premier had acted unlawfully when he shut the national
    # assembly down in August for five long weeks."
    doc = parse([('The', 1, 'det', 'DET', 'DT', 'the'),
                 ('court', 2, 'nsubj', 'NOUN', 'NN', 'court'),
                 ('ruled', 2, 'ROOT', 'VERB', 'VBD', 'rule'),
                 ('that', 7, 'mark', 'SCONJ', 'IN', 'that'),
                 ('the', 5, 'det', 'DET', 'DT', 'the'),
                 ('premier', 7, 'nsubj', 'NOUN', 'NN', 'premier'),
                 ('had', 7, 'aux', 'AUX', 'VBD', 'have'),
                 ('acted', 2, 'ccomp', 'VERB', 'VBN', 'act'),
                 ('unlawfully', 7, 'advmod', 'ADV', 'RB', 'unlawfully'),
                 ('when', 11, 'advmod', 'SCONJ', 'WRB', 'when'),
                 ('he', 11, 'nsubj', 'PRON', 'PRP', 'he'),
                 ('shut', 7, 'advcl', 'VERB', 'VBD', 'shut'),
                 ('the', 14, 'det', 'DET', 'DT', 'the'),
                 ('national', 14, 'amod', 'PROPN', 'NNP', 'national'),
                 ('assembly', 11, 'dobj', 'NOUN', 'NN', 'assembly'),
                 ('down', 11, 'prt', 'ADP', 'RP', 'down'),
                 ('in', 11, 'prep', 'ADP', 'IN', 'in'),
                 ('August', 16, 'pobj', 'PROPN', 'NNP', 'august'),
                 ('for', 11, 'prep', 'ADP', 'IN', 'for'),
                 ('five', 21, 'nummod', 'NUM', 'CD', 'five'),
                 ('long', 21, 'amod', 'ADJ', 'JJ', 'long'),
                 ('weeks', 18, 'pobj', 'NOUN', 'NNS', 'week'),
                 ('.', 2, 'punct', 'PUNCT', '.', '.')])
    p = predicate_of(doc[2], [doc[1]], [])
    assert (p.object, p.complete) == ("that the premier had acted unlawfully", True)
