"""Issue 11, datesA: an act told within an occasion or accord ("In the deal, X agreed
to ...", "During the summit, Y signed ...") with no time of its own takes the one time
an earlier sentence gives that occasion: on its noun ("the 2015 deal", "the summit on
Friday") or on the verb whose object it is ("reached a deal last year"). Sentences
written for these tests; the slow ones run the whole pipeline."""

from __future__ import annotations

import pytest

from newsbrief.events.dating import _noun_timed
from newsbrief.records import Article

from test_event_extract import build

# "the 2015 nuclear deal" / "the summit on Friday" / "reached a deal last year" /
# "left on Friday"
THE_YEARS_DEAL = ["the the DET det 3", "2015 2015 NUM nummod 3", "nuclear nuclear ADJ amod 3",
                  "deal deal NOUN ROOT 3"]
SUMMIT_ON = ["the the DET det 1", "summit summit NOUN ROOT 1", "on on ADP prep 1",
             "Friday Friday PROPN pobj 2"]
REACHED = ["they they PRON nsubj 1", "reached reach VERB ROOT 1", "a a DET det 3",
           "deal deal NOUN dobj 1", "last last ADJ amod 5", "year year NOUN npadvmod 1"]
LEFT = ["they they PRON nsubj 1", "left leave VERB ROOT 1", "on on ADP prep 1",
        "Friday Friday PROPN pobj 2"]
# "told of the meeting Sunday": a bare day after the noun, as often the verb's
BARE_DAY = ["told tell VERB ROOT 0", "of of ADP prep 0", "the the DET det 3",
            "meeting meeting NOUN pobj 1", "Sunday Sunday PROPN npadvmod 3"]


def test_the_noun_a_time_is_told_on():
    assert _noun_timed(build(THE_YEARS_DEAL)[1]).text == "deal"
    assert _noun_timed(build(SUMMIT_ON)[3]).text == "summit"
    assert _noun_timed(build(REACHED)[5]).text == "deal"  # the object of the dated verb
    assert _noun_timed(build(LEFT)[3]) is None  # a verb with no object names no occasion
    assert _noun_timed(build(BARE_DAY)[4]) is None


def _dated(pipe, text, word, published="2016-05-09"):
    art = Article(id="occasion", origin="test", text=text, published=published,
                  published_source="given")
    events = pipe.analyse_doc(pipe.nlp(art.text), art).events
    found = [ev for ev in events if ev.trigger and ev.trigger.text == word and
             ev.evidence.sentence > 0]
    assert found, [(ev.type, ev.trigger and ev.trigger.text) for ev in events]
    return found[0]


REACHED_STORY = ("Norway's rocket tests have strained its ties with Sweden despite the two "
                 "reaching a nuclear deal last year. In the deal, Norway agreed to cut "
                 "its stock of enriched uranium.")


@pytest.mark.slow
def test_an_act_under_an_accord_dated_before_takes_its_year(pipe):
    ev = _dated(pipe, REACHED_STORY, "agreed")
    assert (ev.date, ev.date_source) == ("2015", "text")


@pytest.mark.slow
def test_the_year_told_on_the_accords_noun(pipe):
    story = ("Norway may soon walk away from the 2012 nuclear accord with Sweden. In the "
             "accord, Norway agreed to cap its stock of enriched uranium.")
    ev = _dated(pipe, story, "agreed")
    assert (ev.date, ev.date_source) == ("2012", "text")


@pytest.mark.slow
def test_an_occasion_given_two_times_gives_none(pipe):
    story = ("Envoys of Norway and Sweden held talks in March and held talks again in May. "
             "At the talks, Norway agreed to cap its stock of enriched uranium.")
    ev = _dated(pipe, story, "agreed")
    assert ev.date_source != "text" or ev.date not in ("2016-03", "2016-05")


@pytest.mark.slow
def test_a_later_telling_of_the_occasions_day(pipe):
    story = ("Both presidents met near the frontier, aides said. During the meeting, the "
             "Norwegian leader signed a declaration on trade. Friday's meeting was the "
             "first in a decade.")
    ev = _dated(pipe, story, "signed", published="2018-04-29")
    assert (ev.date, ev.date_source) == ("2018-04-27", "text")


@pytest.mark.slow
def test_an_act_done_under_a_law_is_not_of_the_laws_year(pipe):
    story = ("Norway passed a strict border law in 2009. Under the law, police detained "
             "dozens of Swedish traders at the crossing.")
    ev = _dated(pipe, story, "detained")
    assert ev.date != "2009"
