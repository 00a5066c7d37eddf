""""the weekend when ...": after a preposition of time it is the clause's own time.

Sentences are our own.  Anchor 2024-12-05 is a Thursday: the weekend before it is
2024-W48-WE, the one after it 2024-W49-WE.
"""

from __future__ import annotations

import pytest

from newsbrief.timexes import tag_timexes

THU = "2024-12-05"


def tags(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag_timexes(text, THU)]


@pytest.mark.parametrize("text, expected", [
    # a preposition of time, then the weekend and a "when" clause of what happened in it
    ("The rebels took two towns over the weekend when the army pulled back.", [("the weekend", "2024-W48-WE")]),
    ("The bill gained support during the weekend when two unions backed it.", [("the weekend", "2024-W48-WE")]),
    ("Crowds marched on the weekend when the vote was held.", [("the weekend", "2024-W48-WE")]),
    # a future verb keeps the coming weekend, as "over the weekend" alone does
    ("Talks will go on over the weekend when the envoys return.", [("the weekend", "2024-W49-WE")]),
])
def test_weekend_when_after_a_preposition(text, expected):
    assert tags(text) == expected


@pytest.mark.parametrize("text", [
    # no preposition of time: the clause names some weekend by what happened in it
    "It was the weekend when the clocks went back.",
    "She still remembers the weekend when the river rose.",
    # fix24: the "when" clause names its own time, so the weekend is not the nearest
    "Over the weekend when the old bridge fell in 1987, the mayor was abroad.",
    # fix24: a generic present: any weekend of that kind
    "The library is closed during the weekend when the clocks go back.",
])
def test_weekend_named_by_its_clause_is_not_tagged(text):
    assert [t for t in tags(text) if "weekend" in t[0]] == []
