"""Publication-date inference from the text."""

from __future__ import annotations

import datetime as dt
import logging

import pytest

from newsbrief.pubdate import infer_date, infer_published
from newsbrief.records import Article

TODAY = dt.date(2026, 11, 27)


@pytest.mark.parametrize("text,expected", [
    # a year in the text bounds the candidates from below
    ("Sanctions imposed in February 2022 still bite, the agency said Thursday (5 December).", "2024-12-05"),
    ("The envoy arrived on Thursday, Dec. 5, after talks held in 2019.", "2019-12-05"),
    # Monday 3 March falls in 2025, six years after the only year named: too far to
    # trust (a year a text names may be one it looks ahead to), so no date.
    ("Voting ended on Monday 3 March; the last election was in 2019.", None),
    ("Voting ended on Monday 3 March; turnout was lower than in 2024.", "2025-03-03"),
    # an explicit year on the pinned date is taken as it is
    ("The deal was signed on Friday, June 7, 2019.", "2019-06-07"),
    # no year anywhere: the latest fitting year up to today
    ("Ministers met on Tuesday, 2 July, to discuss grain.", "2024-07-02"),
    # several pins: the latest is the publication date
    ("Talks opened Monday, Dec. 2 and closed Thursday, Dec. 5, 2024.", "2024-12-05"),
])
def test_infer_date(text, expected):
    assert infer_date(text, today=TODAY) == expected


@pytest.mark.parametrize("text", [
    "Nothing here names a day.",
    "The pact was signed in June.",
    "Talks resumed on Thursday, Dec. 6, 2024.",  # that weekday does not fit that date
])
def test_no_evidence(text):
    assert infer_date(text, today=TODAY) is None


def test_infer_published_marks_inferred():
    article = Article(id="a", origin="x.txt", text="Fighting resumed on Sunday, 1 December, after a 2023 truce.")
    dated = infer_published(article)
    assert (dated.published, dated.published_source) == ("2024-12-01", "inferred")


def test_given_date_is_kept():
    article = Article(id="a", origin="x.txt", text="On Sunday, 1 December.", published="2020-01-01",
                      published_source="given")
    assert infer_published(article) is article


def test_no_evidence_logs_a_warning_naming_the_origin(caplog):
    article = Article(id="a", origin="feeds/nodate.txt", text="No date here at all.")
    with caplog.at_level(logging.WARNING, logger="newsbrief"):
        assert infer_published(article) == article
    assert "feeds/nodate.txt" in caplog.text
    assert "stays empty" in caplog.text


def test_seed_brief_is_dated_from_its_text():
    from conftest import shared_path

    path = shared_path("data/seed/000_a4b0b9614c74e4e8.txt")
    article = Article(id="seed", origin=str(path), text=path.read_text("utf-8"))
    dated = infer_published(article)
    assert (dated.published, dated.published_source) == ("2024-12-05", "inferred")
