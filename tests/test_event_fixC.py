"""fixC (2026-12-04 night): one list of the forecast nouns for forecasts and for the
thought nouns of an "of" phrase, and the lead passed to the main act's training."""

from __future__ import annotations

from parses import make_doc_head_first

from newsbrief.events.modality import FORECAST_WORDS, THOUGHT_NOUNS, chance_of

# "Some doubt of the mayor resigning lingered ." (our own sentence)
DOUBT_OF = ("Some/some/DET/1/det/DT doubt/doubt/NOUN/6/nsubj/NN of/of/ADP/1/prep/IN "
            "the/the/DET/4/det/DT mayor/mayor/NOUN/5/nsubj/NN resigning/resign/VERB/2/pcomp/VBG "
            "lingered/linger/VERB/6/ROOT/VBD ././PUNCT/6/punct/.")


def test_a_doubt_of_an_act_is_not_done_as_doubts_of_it_are():
    doc = make_doc_head_first(DOUBT_OF)
    assert chance_of(doc[5]) == "doubt"


def test_the_nouns_of_forecasts_are_thought_nouns_but_a_question_is_not():
    assert {"doubt", "doubts", "fears", "odds", "risk"} <= FORECAST_WORDS & THOUGHT_NOUNS
    assert "question" in FORECAST_WORDS and "question" not in THOUGHT_NOUNS
