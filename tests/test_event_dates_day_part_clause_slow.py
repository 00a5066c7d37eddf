"""fixZ56 (review Z, finding 2), on the real parse: a part of a named day ("Monday
morning") dates a "before"/"after" clause behind it only when the clause tells what
befell the act's own subject (passive or intransitive, "before he was killed"); a
transitive clause with a subject of its own ("after prosecutors accused him") stays
undated. Sentences made up; published Wednesday 2024-03-13."""

from __future__ import annotations

import pytest

from made_up import by_trigger, events_of

pytestmark = pytest.mark.slow

PUBLISHED = "2024-03-13"


def _date(pipe, sentence, word, *, last=False):
    events = events_of(pipe, "TOWN, Wednesday (Wire) - " + sentence, PUBLISHED)
    return by_trigger(events, word, last=last).date


@pytest.mark.parametrize("sentence, word", [
    ("The court sentenced him Monday morning, after prosecutors accused him of fraud.",
     "accused"),
    ("The minister resigned Monday morning, before parliament condemned the deal.",
     "condemned"),
    ("Protesters marched Friday night after police arrested their leader.", "arrested"),
])
def test_a_transitive_clause_with_its_own_subject_stays_undated(pipe, sentence, word):
    assert _date(pipe, sentence, word) is None


def test_the_clause_of_the_subjects_own_end_keeps_the_day(pipe):
    sentence = ("The rebel commander attacked the convoy Monday afternoon, before he was "
                "captured by soldiers.")
    assert _date(pipe, sentence, "captured") == "2024-03-11"


def test_a_passive_clause_of_the_object_keeps_the_day(pipe):
    sentence = "Police shot a gunman late Sunday night before he was detained by soldiers."
    assert _date(pipe, sentence, "detained") == "2024-03-10"
