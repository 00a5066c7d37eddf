"""otherday55: an act told as done (simple past, past perfect, present perfect) was done
by the time the text was written; a time the parser hangs on its verb that begins after
the day after publication ("asked him to meet lawmakers next week") is the time of the
act still to come, not of the asking (`toldpast._done_act_ahead`). Controls: an act told
in the future, a time before publication, a bare weekday the tagger may have read
forward, a time on the day after publication. Hand-built parses, sentences made up."""

from __future__ import annotations

from datetime import date

import pytest

from newsbrief.events import toldpast
from newsbrief.events.dating import EventDate

from fake_stages import build

PUB = date(2019, 6, 12)  # a Wednesday


def _doc(rows, tags):
    doc = build(rows)
    for t, tag in zip(doc, tags):
        t.tag_ = tag
    return doc


# "The senator asked him to meet lawmakers next week." (the parser hangs the week on "asked")
ASKED = (["The the DET det 1", "senator senator NOUN nsubj 2", "asked ask VERB ROOT 2",
          "him he PRON dobj 2", "to to PART aux 5", "meet meet VERB xcomp 2",
          "lawmakers lawmaker NOUN dobj 5", "next next ADJ amod 8",
          "week week NOUN npadvmod 2", ". . PUNCT punct 2"],
         ["DT", "NN", "VBD", "PRP", "TO", "VB", "NNS", "JJ", "NN", "."])
# "Critics have accused him of stalling until next November."
ACCUSED = (["Critics critic NOUN nsubj 2", "have have AUX aux 2", "accused accuse VERB ROOT 2",
            "him he PRON dobj 2", "of of ADP prep 2", "stalling stall VERB pcomp 4",
            "until until ADP prep 2", "next next ADJ amod 8", "November November PROPN pobj 6",
            ". . PUNCT punct 2"],
           ["NNS", "VBP", "VBN", "PRP", "IN", "VBG", "IN", "JJ", "NNP", "."])
# control: "The senator will meet lawmakers next week."
WILL = (["The the DET det 1", "senator senator NOUN nsubj 3", "will will AUX aux 3",
         "meet meet VERB ROOT 3", "lawmakers lawmaker NOUN dobj 3", "next next ADJ amod 6",
         "week week NOUN npadvmod 3", ". . PUNCT punct 3"],
        ["DT", "NN", "MD", "VB", "NNS", "JJ", "NN", "."])

NEXT_WEEK = EventDate("2019-W25", "week", "next week", "text")
NOVEMBER = EventDate("2019-11", "month", "next November", "text")


def _after(parse, verb, got):
    doc = _doc(*parse)
    i = next(t.i for t in doc if t.text == verb)
    out = {0: got}
    toldpast._done_act_ahead(doc, [], {i: 0}, PUB, out)
    return out.get(0)


@pytest.mark.parametrize("parse, verb, got", [
    (ASKED, "asked", NEXT_WEEK),
    (ACCUSED, "accused", NOVEMBER),
])
def test_a_time_ahead_does_not_date_an_act_told_as_done(parse, verb, got):
    assert _after(parse, verb, got) is None


@pytest.mark.parametrize("parse, verb, got", [
    (WILL, "meet", NEXT_WEEK),  # the act is still to come
    (ASKED, "asked", EventDate("2019-W23", "week", "last week", "text")),  # a time before
    (ASKED, "asked", EventDate("2019-06-13", "day", "Thursday", "text")),  # the next day
    (ASKED, "asked", EventDate("2019-06-20", "day", "Thursday", "text")),  # a bare weekday
    (ASKED, "asked", EventDate("2019-06-12", "day", None, "published")),  # no time of the text
])
def test_the_date_stays(parse, verb, got):
    assert _after(parse, verb, got) == got
