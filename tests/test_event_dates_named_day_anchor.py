"""dates20b: "hours later" or "a day later" in a sentence that names a near day itself
on no verb of its own ("Sweden mourned the dead of the raids Sunday; hours later, ...")
counts from that day, not from a time a sentence before told (`StoryTime._named_day`).
Hand-built parses, sentences made up."""

from __future__ import annotations

from newsbrief.events import storytime

from fake_stages import timex, with_tags
from fake_stages import build

# "On Monday, Norway attacked Finland."
MONDAY = ["On on ADP prep 4", "Monday Monday PROPN pobj 0 B-DATE", ", , PUNCT punct 4",
          "Norway Norway PROPN nsubj 4 B-GPE", "attacked attack VERB ROOT 4",
          "Finland Finland PROPN dobj 4 B-GPE", ". . PUNCT punct 4"]
# "Sweden mourned the dead of the raids Sunday; hours later, Norway was accused."
RAIDS_SUNDAY = [
    "Sweden Sweden PROPN nsubj 8 B-GPE", "mourned mourn VERB ROOT 8", "the the DET det 10",
    "dead dead NOUN dobj 8", "of of ADP prep 10", "the the DET det 13",
    "raids raid NOUN pobj 11", "Sunday Sunday PROPN npadvmod 13 B-DATE", "; ; PUNCT punct 8",
    "hours hour NOUN npadvmod 17", "later later ADV advmod 21", ", , PUNCT punct 21",
    "Norway Norway PROPN nsubjpass 21 B-GPE", "was be AUX auxpass 21",
    "accused accuse VERB conj 8", ". . PUNCT punct 8",
]


def _piece_time(rows, timexes):
    """The time `StoryTime` gives the second sentence."""
    doc = with_tags(build(rows), {4: "VBD", 8: "VBD", 21: "VBN"})
    pieces = [0 if tok.i < len(MONDAY) else 1 for tok in doc]
    story = storytime.StoryTime(doc, [timex(doc, *t) for t in timexes], "2024-12-05", pieces)
    got = story.times[1].date
    return got.date, got.text


def test_hours_later_counts_from_the_day_the_sentence_names():
    assert _piece_time(MONDAY + RAIDS_SUNDAY, [(1, 2, "2024-12-02"), (14, 15, "2024-12-01"),
                                               (16, 17, "PTXH", "DURATION")]) == \
        ("2024-12-01", "hours")


def test_hours_later_with_no_day_of_its_own_counts_from_the_sentence_before():
    rows = MONDAY + RAIDS_SUNDAY
    rows[14] = "Sunday Sunday PROPN npadvmod 13"  # (no time: "the raids there")
    assert _piece_time(rows, [(1, 2, "2024-12-02"), (16, 17, "PTXH", "DURATION")]) == \
        ("2024-12-02", "hours")


def test_a_day_named_after_the_span_is_not_its_start():
    # "A day after Sweden complained, Norway on Thursday ...": the span counts back from
    # the day told after it, not on from it; no day before it here, so the sentence before
    rows = ["On on ADP prep 4", "Monday Monday PROPN pobj 0 B-DATE", ", , PUNCT punct 4",
            "Norway Norway PROPN nsubj 4 B-GPE", "attacked attack VERB ROOT 4",
            "Finland Finland PROPN dobj 4 B-GPE", ". . PUNCT punct 4",
            "A a DET det 8", "day day NOUN npadvmod 9", "after after ADP prep 14",
            "Sweden Sweden PROPN nsubj 11 B-GPE", "complained complain VERB pcomp 9",
            ", , PUNCT punct 14", "Norway Norway PROPN nsubj 14 B-GPE",
            "mocked mock VERB ROOT 14", "on on ADP prep 14", "Thursday Thursday PROPN pobj 15 B-DATE",
            ". . PUNCT punct 14"]
    doc = with_tags(build(rows), {4: "VBD", 11: "VBD", 14: "VBD"})
    pieces = [0 if tok.i < 7 else 1 for tok in doc]
    story = storytime.StoryTime(doc, [timex(doc, 1, 2, "2024-12-02"), timex(doc, 7, 9, "P1D", "DURATION"),
                                   timex(doc, 16, 17, "2024-12-05")], "2024-12-05", pieces)
    assert story._named_day(1, 7) is None
    assert story._named_day(1, 18).date.date == "2024-12-05"
