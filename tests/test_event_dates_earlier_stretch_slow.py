"""otherday55: an act told in a "when" clause of a verb an earlier adverb places before the
news, or during someone's term, takes no day the lead names; controls: a "when" clause
with no such adverb and an act during a visit keep the lead's day. Through the whole
pipeline on reports made up for the test."""

from __future__ import annotations

import pytest

from newsbrief.records import Article

pytestmark = pytest.mark.slow

PUB = "2019-06-12"
LEAD = ("OSLO - Norway's fisheries minister said on Monday that talks with Sweden on "
        "the shared fishing grounds would resume next month. ")


def _event(pipe, text, word):
    art = Article(id="earlier-stretch", origin="test", text=LEAD + text, published=PUB,
                  published_source="given")
    events = pipe.analyse_doc(pipe.nlp(art.text), art).events
    found = [ev for ev in events if ev.trigger and ev.trigger.text == word]
    assert found, [(ev.type, ev.trigger and ev.trigger.text) for ev in events]
    return found[0]


@pytest.mark.parametrize("text, word", [
    ("Mr. Smith previously made headlines after the 2016 vote when he asked shoppers "
     "to leave their rifles at home.", "asked"),
    ("During her second term, the premier accused Sweden of cheating on trade.", "accused"),
])
def test_an_act_set_in_an_earlier_time_takes_no_day_of_the_lead(pipe, text, word):
    ev = _event(pipe, text, word)
    assert ev.date is None, (ev.date, ev.date_text)


@pytest.mark.parametrize("text, word", [
    ("When he met the strikers, the minister asked them to return to work.", "asked"),
    ("During his visit to Oslo, the premier accused Sweden of cheating on trade.",
     "accused"),
    # fixXa56: a body's drive, one of force or waged on someone, a term still running,
    # the chair of an occasion: no person's past stretch
    ("During its air campaign against the rebels, the army shelled a hospital in the "
     "north.", "shelled"),
    ("Israeli jets struck the hospital during their campaign against Hamas, the ministry "
     "said.", "struck"),
    ("During its campaign, the union called for a strike at the port.", "called"),
    ("During the court's current term, the judges rejected the government's appeal.",
     "rejected"),
    ("During her term as chair of the talks, the minister urged Sweden to compromise.",
     "urged"),
    ("During his current term, the premier accused Sweden of cheating on trade.",
     "accused"),
])
def test_an_act_of_the_story_keeps_the_lead_day(pipe, text, word):
    ev = _event(pipe, text, word)
    assert ev.date == "2019-06-10", (ev.date, ev.date_text)
