"""datectx: a time the sentence tells reaches acts the coder left undated.

- A "when" clause dated by the time told just before it ("deepened in March, when Norway
  recalled its envoy to protest") dates what its verb controls too: the purpose or
  complement of the clause's verb is done on that occasion.
- A past "when" clause whose own verb carries the time ("discussed the border when
  they met on Wednesday", "was searched when they met") dates the act it hangs on,
  told in the simple past or its passive: done at that time. Not a past perfect ("had
  discussed it when they met": done before), nor a conditional perfect ("would have
  discussed it": never done), nor a clause told ahead ("will raise it when they meet on Monday"), nor a reporting
  verb above it, whose time is its own, nor a "while" of contrast.
- A bare time after an occasion's noun ("during the talks last week") dates the act
  done at it, as a time before the noun or in a phrase on it does.
- An act in an "after" clause under the publication year ("rose this year after Norway
  raided a camp") is of that year; under another year it may be of the year before.
- "Earlier in the day" with no day in the sentences just before it is the last near day
  the story named before (in a clause of any kind), or the publication day when the
  story named none.
Hand-built parses (the shapes en_core_web_sm gives), sentences made up."""

from __future__ import annotations

from newsbrief.events import governing

from dating_helpers import body, dates_by_type  # noqa: F401  (fixtures)
from fake_stages import build, coder_with, extract, named_states, timex, with_tags

# "The rift deepened in March, when Norway recalled its envoy to protest the arrests."
RECALLED_TO_PROTEST = [
    "The the DET det 1", "rift rift NOUN nsubj 2", "deepened deepen VERB ROOT 2",
    "in in ADP prep 2", "March March PROPN pobj 3 B-DATE", ", , PUNCT punct 4",
    "when when SCONJ advmod 8", "Norway Norway PROPN nsubj 8 B-GPE",
    "recalled recall VERB relcl 4", "its its PRON poss 10", "envoy envoy NOUN dobj 8",
    "to to PART aux 12", "protest protest VERB advcl 8", "the the DET det 14",
    "arrests arrest NOUN dobj 12", ". . PUNCT punct 2",
]

# "Norway said it had discussed the border with Sweden when they met on Wednesday."
DISCUSSED_WHEN_MET = [
    "Norway Norway PROPN nsubj 1 B-GPE", "said say VERB ROOT 1", "it it PRON nsubj 4",
    "had have AUX aux 4", "discussed discuss VERB ccomp 1", "the the DET det 6",
    "border border NOUN dobj 4", "with with ADP prep 4", "Sweden Sweden PROPN pobj 7 B-GPE",
    "when when SCONJ advmod 11", "they they PRON nsubj 11", "met meet VERB advcl 4",
    "on on ADP prep 11", "Wednesday Wednesday PROPN pobj 12 B-DATE", ". . PUNCT punct 1",
]

# "Norway will raise the border with Sweden when they meet on Monday."
WILL_RAISE_WHEN_MEET = [
    "Norway Norway PROPN nsubj 2 B-GPE", "will will AUX aux 2", "raise raise VERB ROOT 2",
    "the the DET det 4", "border border NOUN dobj 2", "with with ADP prep 2",
    "Sweden Sweden PROPN pobj 5 B-GPE", "when when SCONJ advmod 9", "they they PRON nsubj 9",
    "meet meet VERB advcl 2", "on on ADP prep 9", "Monday Monday PROPN pobj 10 B-DATE",
    ". . PUNCT punct 2",
]

# "Norway reported the attack when its envoy returned on Friday."
REPORTED_WHEN = [
    "Norway Norway PROPN nsubj 1 B-GPE", "reported report VERB ROOT 1", "the the DET det 3",
    "attack attack NOUN dobj 1", "when when SCONJ advmod 7", "its its PRON poss 6",
    "envoy envoy NOUN nsubj 7", "returned return VERB advcl 1", "on on ADP prep 7",
    "Friday Friday PROPN pobj 8 B-DATE", ". . PUNCT punct 1",
]


def _shift_after(rows, at):
    """The rows with one token inserted at `at` (heads at or after it moved by one)."""
    out = []
    for row in rows:
        parts = row.split()
        if int(parts[4]) >= at:
            parts[4] = str(int(parts[4]) + 1)
        out.append(" ".join(parts))
    return out


def _dates(rows, preds, start, end, value, tags=None):
    doc = with_tags(build(rows), tags or {})
    return governing.attach_timexes(doc, [timex(doc, start, end, value)], preds)


def test_the_purpose_of_a_when_clause_verb_takes_the_clause_time():
    got = _dates(RECALLED_TO_PROTEST, {8: 0, 12: 1}, 4, 5, "2024-03", {8: "VBD", 12: "VB"})
    assert got[0].date == "2024-03"
    assert got[1].date == "2024-03"


# "Norway said it discussed the border with Sweden when they met on Wednesday."
DISCUSSED_SIMPLE = [r.replace("had have AUX aux 4", "then then ADV advmod 4")
                    for r in DISCUSSED_WHEN_MET]

# "Norway said its convoy was searched by Sweden when they met on Wednesday."
SEARCHED_WHEN_MET = [
    "Norway Norway PROPN nsubj 1 B-GPE", "said say VERB ROOT 1", "its its PRON poss 3",
    "convoy convoy NOUN nsubjpass 5", "was be AUX auxpass 5", "searched search VERB ccomp 1",
    "by by ADP agent 5", "Sweden Sweden PROPN pobj 6 B-GPE", "when when SCONJ advmod 10",
    "they they PRON nsubj 10", "met meet VERB advcl 5", "on on ADP prep 10",
    "Wednesday Wednesday PROPN pobj 11 B-DATE", ". . PUNCT punct 1",
]

def test_a_past_when_clause_with_its_own_time_dates_the_act_it_hangs_on():
    got = _dates(DISCUSSED_SIMPLE, {4: 0}, 13, 14, "2024-12-04", {4: "VBD", 11: "VBD"})
    assert got[0].date == "2024-12-04"


def test_a_past_when_clause_dates_a_passive_act_it_hangs_on():
    got = _dates(SEARCHED_WHEN_MET, {5: 0}, 12, 13, "2024-12-04", {4: "VBD", 5: "VBN", 10: "VBD"})
    assert got[0].date == "2024-12-04"


def test_a_past_perfect_act_was_done_before_the_when_clause_time():
    got = _dates(DISCUSSED_WHEN_MET, {4: 0}, 13, 14, "2024-12-04", {4: "VBN", 11: "VBD"})
    assert 0 not in got


def test_a_conditional_perfect_act_takes_no_time_of_its_when_clause():
    rows = _shift_after(DISCUSSED_WHEN_MET, 3)
    rows.insert(3, "would would AUX aux 5")
    got = _dates(rows, {5: 0}, 14, 15, "2024-12-04", {5: "VBN", 12: "VBD"})
    assert 0 not in got


def test_a_when_clause_told_ahead_dates_nothing_above_it():
    got = _dates(WILL_RAISE_WHEN_MEET, {2: 0}, 11, 12, "2024-12-09", {2: "VB", 9: "VBP"})
    assert 0 not in got


def test_a_reporting_verb_above_a_when_clause_keeps_its_own_time():
    got = _dates(REPORTED_WHEN, {1: 0}, 9, 10, "2024-12-06", {1: "VBD", 7: "VBD"})
    assert 0 not in got


WORDS = coder_with({"urge": ("REQUEST", "020", None), "arrest": ("COERCE", "173", None)})
NAMES = ["Norway", "Sweden", "Finland"]

# "Norway arrested two men as the market closed on Tuesday. Earlier in the day, Sweden
# urged Finland." (the day told in a clause of time, which dates no sentence of its own)
EARLIER_IN_THE_DAY = [
    "Norway Norway PROPN nsubj 1 B-GPE", "arrested arrest VERB ROOT 1", "two two NUM nummod 3",
    "men man NOUN dobj 1", "as as SCONJ mark 7", "the the DET det 6",
    "market market NOUN nsubj 7", "closed close VERB advcl 1", "on on ADP prep 7",
    "Tuesday Tuesday PROPN pobj 8 B-DATE", ". . PUNCT punct 1",
    "Earlier early ADV advmod 17", "in in ADP prep 11", "the the DET det 14",
    "day day NOUN pobj 12", ", , PUNCT punct 17", "Sweden Sweden PROPN nsubj 17 B-GPE",
    "urged urge VERB ROOT 17", "Finland Finland PROPN dobj 17 B-GPE", ". . PUNCT punct 17",
]

# "Sweden spoke to the press. Earlier in the day, Sweden urged Finland." (no day named)
NO_DAY_BEFORE = [
    "Sweden Sweden PROPN nsubj 1 B-GPE", "spoke speak VERB ROOT 1", "to to ADP prep 1",
    "the the DET det 4", "press press NOUN pobj 2", ". . PUNCT punct 1",
    "Earlier early ADV advmod 12", "in in ADP prep 6", "the the DET det 9",
    "day day NOUN pobj 7", ", , PUNCT punct 12", "Sweden Sweden PROPN nsubj 12 B-GPE",
    "urged urge VERB ROOT 12", "Finland Finland PROPN dobj 12 B-GPE", ". . PUNCT punct 12",
]


def test_earlier_in_the_day_is_the_day_told_before_in_a_clause_of_time(body):
    doc = with_tags(build(EARLIER_IN_THE_DAY), {1: "VBD", 7: "VBD", 17: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 9, 10, "2024-12-03")],
                                coder=WORDS))
    assert got["REQUEST"] == ("2024-12-03", "text")


def test_earlier_in_the_day_in_a_story_naming_no_day_is_the_publication_day(body):
    doc = with_tags(build(NO_DAY_BEFORE), {1: "VBD", 12: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [], coder=WORDS))
    assert got["REQUEST"] == ("2024-12-05", "text")


# "Sweden spoke to the press in March. Earlier in the day, Sweden urged Finland." (only
# a month named before: the story tells of that time, not of the publication day)
MONTH_BEFORE = (NO_DAY_BEFORE[:5] + ["in in ADP prep 1", "March March PROPN pobj 5 B-DATE"]
                + _shift_after(_shift_after(NO_DAY_BEFORE[5:], 5), 5))


def test_earlier_in_the_day_after_only_a_month_told_before_is_not_the_publication_day(body):
    doc = with_tags(build(MONTH_BEFORE), {1: "VBD", 14: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 6, 7, "2019-03")],
                                coder=WORDS))
    assert got.get("REQUEST", (None, None))[1] != "published"
    assert got.get("REQUEST", (None, None))[0] != "2024-12-05"


# "During the talks last week, Norway offered to lend staff to Sweden." (the bare time
# after the occasion's noun is the occasion's, and so the act's done at it)
DURING_THE_TALKS_LAST_WEEK = [
    "During during ADP prep 7", "the the DET det 2", "talks talk NOUN pobj 0",
    "last last ADJ amod 4", "week week NOUN npadvmod 2 B-DATE", ", , PUNCT punct 7",
    "Norway Norway PROPN nsubj 7 B-GPE", "offered offer VERB ROOT 7", "to to PART aux 9",
    "lend lend VERB xcomp 7", "staff staff NOUN dobj 9", "to to ADP prep 9",
    "Sweden Sweden PROPN pobj 11 B-GPE", ". . PUNCT punct 7",
]


def test_a_bare_time_after_the_occasion_noun_dates_the_act_done_at_it():
    got = _dates(DURING_THE_TALKS_LAST_WEEK, {2: 0, 7: 1}, 3, 5, "2024-W48", {7: "VBD"})
    assert got[0].date == "2024-W48"
    assert got[1].date == "2024-W48"


# "While Norway backed the pact in May, Sweden rejected it." ("while" of contrast: the
# clause's time is its own)
WHILE_CONTRAST = [
    "While while SCONJ mark 2", "Norway Norway PROPN nsubj 2 B-GPE", "backed back VERB advcl 8",
    "the the DET det 4", "pact pact NOUN dobj 2", "in in ADP prep 2",
    "May May PROPN pobj 5 B-DATE", ", , PUNCT punct 8", "Sweden Sweden PROPN nsubj 8 B-GPE",
    "rejected reject VERB ROOT 8", "it it PRON dobj 8", ". . PUNCT punct 8",
]


def test_a_while_clause_of_contrast_keeps_its_time_to_itself():
    got = _dates(WHILE_CONTRAST, {2: 0, 8: 1}, 6, 7, "2024-05", {2: "VBD", 8: "VBD"})
    assert got[0].date == "2024-05"
    assert 1 not in got


def _after_clause(year_words, value):
    """"Tensions rose <year words> after Norway raided a camp." (published 2024-12-05)"""
    rows = ["Tensions tension NOUN nsubj 1", "rose rise VERB ROOT 1"]
    words = year_words.split()
    first = len(rows)
    for k, w in enumerate(words):
        rows.append(f"{w} {w} {'NUM' if w.isdigit() else 'NOUN'} "
                    f"{'npadvmod 1' if k == len(words) - 1 else f'det {first + len(words) - 1}'} "
                    f"{'B-DATE' if k == 0 else 'I-DATE'}")
    at = len(rows)
    rows += ["after after SCONJ mark " + str(at + 2), "Norway Norway PROPN nsubj " + str(at + 2) + " B-GPE",
             "raided raid VERB advcl 1", "a a DET det " + str(at + 4),
             "camp camp NOUN dobj " + str(at + 2), ". . PUNCT punct 1"]
    doc = with_tags(build(rows), {1: "VBD", at + 2: "VBD"})
    tx = timex(doc, first, at, value)
    return governing.attach_timexes(doc, [tx], {at + 2: 0}, published="2024-12-05")


def test_an_after_clause_under_the_publication_year_is_of_that_year():
    assert _after_clause("this year", "2024")[0].date == "2024"


def test_an_after_clause_under_another_year_keeps_no_date():
    assert 0 not in _after_clause("2011", "2011")
