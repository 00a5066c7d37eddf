"""Time-expression rules: tables of (sentence, anchor, expected timexes).

Sentences are our own.  Anchors: 2024-12-05 is a Thursday.
"""

from __future__ import annotations

import pytest

from newsbrief.records import Timex
from newsbrief.timexes import tag_timexes

THU = "2024-12-05"


def tags(text: str, anchor: str | None = THU) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_timexes(text, anchor)]


# (sentence, anchor, [(span text, type, value), ...])
CASES = [
    # weekdays by tense
    ("The new tariff took effect Wednesday.", THU, [("Wednesday", "DATE", "2024-12-04")]),
    ("The ministers will meet Monday in Oslo.", THU, [("Monday", "DATE", "2024-12-09")]),
    ("They agreed to meet again next Monday.", THU, [("next Monday", "DATE", "2024-12-09")]),
    ("The court ruled last Friday.", THU, [("last Friday", "DATE", "2024-11-29")]),
    ("The agency reported Thursday (5 December) that talks failed.", THU,
     [("Thursday (5 December)", "DATE", "2024-12-05")]),
    ("Officials spoke on Thursday, Dec. 5, in Brussels.", THU, [("Thursday, Dec. 5", "DATE", "2024-12-05")]),
    ("Protests grew Saturday night.", THU, [("Saturday night", "DATE", "2024-11-30")]),
    # months and years
    ("The accord was signed in June by both leaders.", THU, [("June", "DATE", "2024-06")]),
    ("Fighting began in February 2022 and has not stopped.", THU, [("February 2022", "DATE", "2022-02")]),
    ("Elections are due in March.", THU, [("March", "DATE", "2025-03")]),
    ("The ceasefire expired on Jan. 3, 1998.", THU, [("Jan. 3, 1998", "DATE", "1998-01-03")]),
    ("Delegates gathered on 12 October 2023 in Rome.", THU, [("12 October 2023", "DATE", "2023-10-12")]),
    ("The files date from 1987 and were opened in 2019.", THU, [("1987", "DATE", "1987"), ("2019", "DATE", "2019")]),
    ("Inflation peaked in the 1970s.", THU, [("the 1970s", "DATE", "197")]),
    ("Output fell in mid-1996.", THU, [("mid-1996", "DATE", "1996")]),
    ("Profit rose in fiscal 1998.", THU, [("fiscal 1998", "DATE", "1998")]),
    ("It has been so since the 19th century.", THU, [("the 19th century", "DATE", "18")]),
    ("The report is due on 2025-01-15.", THU, [("2025-01-15", "DATE", "2025-01-15")]),
    # relative days, weeks, months, years
    ("The minister resigned yesterday.", THU, [("yesterday", "DATE", "2024-12-04")]),
    ("Parliament votes today.", THU, [("today", "DATE", "2024-12-05")]),
    ("Rebels attacked the town last week.", THU, [("last week", "DATE", "2024-W48")]),
    ("A summit is planned next month.", THU, [("next month", "DATE", "2025-01")]),
    ("Exports shrank last year.", THU, [("last year", "DATE", "2023")]),
    ("Earlier this year the bank cut rates.", THU, [("Earlier this year", "DATE", "2024")]),
    ("The treaty was drafted two years ago.", THU, [("two years ago", "DATE", "2022")]),
    ("The deal was struck three days ago.", THU, [("three days ago", "DATE", "2024-12-02")]),
    ("Sales rose in the third quarter.", THU, [("the third quarter", "DATE", "2024-Q3")]),
    ("The attack happened over the weekend.", THU, [("the weekend", "DATE", "2024-W48-WE")]),
    # references
    ("The envoy recently visited Seoul.", THU, [("recently", "DATE", "PAST_REF")]),
    ("Prices are now falling.", THU, [("now", "DATE", "PRESENT_REF")]),
    ("Talks may resume in the near future.", THU, [("the near future", "DATE", "FUTURE_REF")]),
    # durations
    ("Prices have risen for the past three months.", THU, [("the past three months", "DURATION", "P3M")]),
    ("The strike lasted 10 days.", THU, [("10 days", "DURATION", "P10D")]),
    ("He signed a five-year contract.", THU, [("five-year", "DURATION", "P5Y")]),
    ("The talks ran for about 2 1/2 hours.", THU, [("2 1/2 hours", "DURATION", "PT2H30M")]),
    ("Repairs will take several weeks.", THU, [("several weeks", "DURATION", "PXW")]),
    ("The first nine months brought losses.", THU, [("The first nine months", "DURATION", "P9M")]),
    ("Net income for the year ended June 30 rose.", THU,
     [("the year", "DURATION", "P1Y"), ("June 30", "DATE", "2024-06-30")]),
    ("Sales for the year were flat.", THU, [("the year", "DATE", "2024")]),
    ("The siege lasted nearly two years.", THU, [("nearly two years", "DURATION", "P2Y")]),
    ("Profit beat third-quarter forecasts.", THU, [("third-quarter", "DATE", "2024-Q3")]),
    ("The bones were buried 2,000 years ago.", THU, [("2,000 years ago", "DATE", "0024")]),
    ("Aid arrived three days later.", THU, [("three days", "DURATION", "P3D")]),
    ("The vote was held last May.", THU, [("last May", "DATE", "2024-05")]),
    ("Exports fell last December.", "2025-03-10", [("last December", "DATE", "2024-12")]),
    # sets and times
    ("Inspectors visit every week.", THU, [("every week", "SET", "P1W")]),
    ("The index is updated annually.", THU, [("annually", "SET", "P1Y")]),
    ("The council meets on Mondays.", THU, [("Mondays", "SET", "XXXX-WXX-1")]),
    ("The vote closes at 3:30 p.m. EST.", THU, [("3:30 p.m. EST", "TIME", "2024-12-05T15:30")]),
    ("A curfew starts tonight.", THU, [("tonight", "TIME", "2024-12-05TNI")]),
    # no anchor: relative values stay unresolved
    ("The tariff took effect Wednesday.", None, [("Wednesday", "DATE", "XXXX-WXX-3")]),
    ("It was signed in June.", None, [("June", "DATE", "XXXX-06")]),
    ("Exports shrank last year.", None, [("last year", "DATE", "XXXX")]),
    ("The minister resigned yesterday.", None, [("yesterday", "DATE", "XXXX-XX-XX")]),
    ("Prices have risen for the past three months.", None, [("the past three months", "DURATION", "P3M")]),
]


@pytest.mark.parametrize("text,anchor,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_rules(text, anchor, expected):
    assert tags(text, anchor) == expected


NOT_TIMES = [
    "May I ask a question?",  # modal, not the month
    "The 6-year-old boy was rescued.",  # an age
    "He paid $1990 for the car.",  # money
    "The current account deficit widened.",  # "current" naming a thing
    "Troops may fall back.",
    "The daily newspaper printed it.",
]


@pytest.mark.parametrize("text", NOT_TIMES)
def test_not_time_expressions(text):
    assert tags(text) == []


def test_offsets_index_the_text():
    text = "On Friday, 6 December, the vote was held; results came two days later."
    for t in tag_timexes(text, THU):
        assert isinstance(t, Timex)
        assert text[t.start:t.end] == t.text


def test_month_day_year_resolves_by_tense():
    # Past tense: the last 20 November; future: the next 10 January.
    assert tags("The plan was approved on Nov. 20.")[0][2] == "2024-11-20"
    assert tags("The plan will be approved on Jan. 10.")[0][2] == "2025-01-10"


def test_quarter_context_for_a_year_earlier():
    values = [v for _, _, v in tags("Profit rose in the third quarter from a year earlier.", "1989-10-26")]
    assert values == ["1989-Q3", "1988-Q3"]


def test_empty_text():
    assert tag_timexes("", THU) == ()


def test_seed_brief_dates():
    """The seed brief, anchored at its inferred date, gets the dates a reader would give."""
    from conftest import shared_path

    text = shared_path("data/seed/000_a4b0b9614c74e4e8.txt").read_text("utf-8")
    values = {t.text: t.value for t in tag_timexes(text, "2024-12-05")}
    assert values["June"] == "2024-06"
    assert values["Thursday (5 December)"] == "2024-12-05"
    assert values["Wednesday"] == "2024-12-04"
    assert values["February 2022"] == "2022-02"
    assert values["recently"] == "PAST_REF"
