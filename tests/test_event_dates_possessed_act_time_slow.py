"""datesB: a time long past told straight after a verb's object that is someone's act
("defended her signing of the treaty two years ago", "defended his vote for the ban in
2015") dates that act, not the defending told of now. Controls (pass before and after):
a near day after a possessed act ("praised the minister's speech on Monday"), a far time
after an object that is no act ("defended the treaty two years ago"), a far time that
opens the sentence and one in a relative clause that describes a party by what it once
did ("a union which endorsed the minister's nomination in 2015") keep dating the verb. Through the whole pipeline on reports made up
for the test."""

from __future__ import annotations

import pytest

from newsbrief.records import Article

pytestmark = pytest.mark.slow

PUB = "2019-06-12"
LEAD = ("OSLO - Norway's fisheries minister said on Tuesday that talks with Sweden on "
        "the shared fishing grounds would resume next month. ")


def _event(pipe, text, word):
    art = Article(id="possessed-act", origin="test", text=LEAD + text, published=PUB,
                  published_source="given")
    events = pipe.analyse_doc(pipe.nlp(art.text), art).events
    found = [ev for ev in events if ev.trigger and ev.trigger.text == word]
    assert found, [(ev.type, ev.trigger and ev.trigger.text) for ev in events]
    return found[0]


@pytest.mark.parametrize("text, far", [
    ("The minister defended her signing of the treaty two years ago, saying she was "
     "proud of it.", "two years ago"),
    ("The minister defended his vote for the ban in 2015, saying it saved the fleet.",
     "2015"),
])
def test_a_far_time_after_a_possessed_act_does_not_date_the_verb(pipe, text, far):
    ev = _event(pipe, text, "defended")
    assert ev.date_text != far, (ev.date, ev.date_text)


@pytest.mark.parametrize("text, word, day", [
    ("Swedish lawmakers praised the minister's speech on Monday.", "praised", "2019-06-10"),
    ("The minister defended the treaty two years ago, saying it saved the fleet.",
     "defended", "2017"),
    ("In 2015, the minister defended his vote for the ban.", "defended", "2015"),
    ("The fishermen's union, which endorsed the minister's nomination in 2015, criticized "
     "the quotas.", "endorsed", "2015"),
])
def test_the_verbs_own_time_stays(pipe, text, word, day):
    ev = _event(pipe, text, word)
    assert ev.date == day, (ev.date, ev.date_text)
