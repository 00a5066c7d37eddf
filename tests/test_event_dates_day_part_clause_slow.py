"""fixZ56 (review Z, finding 2), on the real parse: a part of a named day ("Monday
morning") dates a "before"/"after" clause behind it only when the clause tells what
befell the act's own subject (passive or intransitive, "before he was killed"); a
transitive clause with a subject of its own ("after prosecutors accused him") stays
undated, and (fixXa56) so does a passive one whose doer is told ("after he was accused
by prosecutors"). Sentences made up; published Wednesday 2024-03-13."""

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


@pytest.mark.parametrize("sentence, word", [
    ("The court sentenced him Monday morning, after he was accused of fraud by "
     "prosecutors.", "accused"),
    ("The minister resigned Monday morning, after he was accused of graft by the "
     "opposition.", "accused"),
    ("The gunman attacked the convoy Monday morning, before he was convicted by a "
     "military court.", "convicted"),
    ("Israel struck the camp Monday night, after it was attacked by Hamas militants.",
     "attacked"),
    ("The rebel commander attacked the convoy Monday afternoon, before he was captured "
     "by soldiers.", "captured"),
    ("Police shot a gunman late Sunday night before he was detained by soldiers.",
     "detained"),
])
def test_a_passive_clause_with_its_doer_told_stays_undated(pipe, sentence, word):
    # fixXa56: the doer under "by" makes it another's act, as in the active
    assert _date(pipe, sentence, word) is None

# A passive clause with no doer told ("before he was arrested") keeps the day, but the
# real pipeline makes no record of such a clause: tests/test_event_dates_day_part_clause.py
# checks it on hand-built parses.
