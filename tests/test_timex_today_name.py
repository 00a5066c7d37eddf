"""A capitalised "Today" inside running text that is not the first word of its
sentence is a name (a newspaper, a broadcast, a newsletter), not the day; the
first word of a sentence and a headline keep the day. Sentences are our own;
anchor 2024-12-05."""

from __future__ import annotations

import pytest

from newsbrief.timexes import tag_timexes

THU = "2024-12-05"


@pytest.mark.parametrize("sentence", [
    "The figures were first printed by USA TODAY in a story on its website.",
    "An inquiry by USA Today found dozens of such cases.",
    "The minister told the BBC's Today programme that talks would go on.",
    "(USA TODAY) The senator asked the agency for its files.",
    "A host on NBC's Today told viewers the guest had cancelled.",
    "Readers can sign up for our newsletter, Harbour Today, on the site.",
])
def test_today_inside_a_name_is_no_time(sentence):
    assert [t.text for t in tag_timexes(sentence, THU)] == []


@pytest.mark.parametrize("sentence,text", [
    ("Today, the court ruled against the mayor.", "Today"),
    ("The court ruled against the mayor today.", "today"),
    ("He said: Today we begin again.", "Today"),
    ("The war had worn everyone out.” Today, the town is quiet.", "Today"),
    ("MAYOR RESIGNS TODAY AFTER VOTE", "TODAY"),
    ("Mayor Resigns Today After Vote", "Today"),
    ("REGISTER TODAY and bring a friend to the hall.", "TODAY"),
    ("Early Today the rebels shelled the town.", "Early Today"),
])
def test_today_as_the_day_is_kept(sentence, text):
    assert [(t.text, t.value) for t in tag_timexes(sentence, THU)] == [(text, THU)]
