"""Issue 11, dates16: an act told in the past with an adverb that places it at another
time than the news ("recently", "initially", "previously", ...) takes no day carried
from the sentence before: the text gives it none. "later" and "earlier" are no such
adverbs (as often of the day just told as of another), nor is an adverb that begins a
time ("earlier in the day"). Hand-built parses, sentences made up."""

from __future__ import annotations

import pytest

from test_event_arguments_dates import _states, coder_with, extract, timex  # noqa: F401
from test_event_dates_body import _dates, _tag, body  # noqa: F401  (fixture)
from test_event_extract import build

NAMES = ["Norway", "Sweden", "Finland"]

# "Norway met Sweden on Monday. Norway <ADVERB> accused Finland."
MET = [
    "Norway Norway PROPN nsubj 1 B-GPE", "met meet VERB ROOT 1", "Sweden Sweden PROPN dobj 1 B-GPE",
    "on on ADP prep 1", "Monday Monday PROPN pobj 3 B-DATE", ". . PUNCT punct 1",
]


def _accused(adverb: str | None):
    rows = list(MET)
    if adverb is None:
        rows += ["Norway Norway PROPN nsubj 7 B-GPE", "accused accuse VERB ROOT 7",
                 "Finland Finland PROPN dobj 7 B-GPE", ". . PUNCT punct 7"]
        verb = 7
    else:
        rows += ["Norway Norway PROPN nsubj 8 B-GPE", f"{adverb} {adverb} ADV advmod 8",
                 "accused accuse VERB ROOT 8", "Finland Finland PROPN dobj 8 B-GPE",
                 ". . PUNCT punct 8"]
        verb = 8
    doc = _tag(build(rows), {1: "VBD", verb: "VBD"})
    return _dates(extract(doc, _states(doc, NAMES), [timex(doc, 4, 5, "2024-12-02")]))["ACCUSE"]


def test_the_day_before_carries_to_a_plain_past(body):
    assert _accused(None) == ("2024-12-02", "text")


@pytest.mark.parametrize("adverb", ["recently", "initially", "previously", "originally", "already"])
def test_an_adverb_of_another_time_leaves_the_act_undated(body, adverb):
    assert _accused(adverb) == (None, "none")


@pytest.mark.parametrize("adverb", ["later", "then"])
def test_later_is_no_adverb_of_another_time(body, adverb):
    assert _accused(adverb) == ("2024-12-02", "text")


def _moved_to_accuse(adverb: str | None):
    """ "Norway met Sweden on Monday. Norway <ADVERB> moved to accuse Finland.": the
    adverb on the verb the act completes."""
    k = 7 if adverb is None else 8  # the verb "moved"
    rows = list(MET) + [f"Norway Norway PROPN nsubj {k} B-GPE"]
    if adverb is not None:
        rows.append(f"{adverb} {adverb} ADV advmod {k}")
    rows += [f"moved move VERB ROOT {k}", f"to to PART aux {k + 2}",
             f"accuse accuse VERB xcomp {k}", f"Finland Finland PROPN dobj {k + 2} B-GPE",
             f". . PUNCT punct {k}"]
    doc = _tag(build(rows), {1: "VBD", k: "VBD", k + 2: "VB"})
    return _dates(extract(doc, _states(doc, NAMES), [timex(doc, 4, 5, "2024-12-02")]))["ACCUSE"]


def test_an_adverb_on_the_verb_an_act_completes_leaves_it_undated(body):
    # (review16) the rule climbs from the act's verb to the verb it is the complement of
    assert _moved_to_accuse(None) == ("2024-12-02", "text")
    assert _moved_to_accuse("subsequently") == (None, "none")
