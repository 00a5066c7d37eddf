"""Publication-date inference from the text."""

from __future__ import annotations

import datetime as dt
import logging

import pytest

from newsbrief.pubdate import dateline_date, file_name_date, infer_date, infer_published, url_date
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
    # no year anywhere: nothing (right in 0 of 12 on the corpus)
    ("Ministers met on Tuesday, 2 July, to discuss grain.", None),
    # several pins: the latest is the publication date
    ("Talks opened Monday, Dec. 2 and closed Thursday, Dec. 5, 2024.", "2024-12-05"),
])
def test_infer_date(text, expected):
    assert infer_date(text, today=TODAY) == expected


def test_no_year_guess_only_when_asked():
    assert infer_date("Ministers met on Tuesday, 2 July, to discuss grain.", today=TODAY,
                      no_year=True) == "2024-07-02"


@pytest.mark.parametrize("url,expected", [
    ("https://news.example.org/politics/2019/07/26/senate-passes-a-bill/", "2019-07-26"),
    ("http://paper.example.com/news/2013/feb/4/mayor-quits/", "2013-02-04"),
    ("http://monitor.example.com/World/2014/1217/talks-resume", "2014-12-17"),
    ("https://site.example.net/story/leaders-meet-2018-03-09.html", "2018-03-09"),
    ("https://site.example.net/a/20170105/", "2017-01-05"),
    # the Wall Street Journal's trailing Unix time (2018-06-30 12:15 UTC)
    ("https://www.wsj.com/articles/some-headline-words-1530360926", "2018-06-30"),
    # Al Jazeera's trailing stamp YYMMDDhhmmss...
    ("https://www.aljazeera.com/news/2019/11/some-headline-words-191130072320596.html",
     "2019-11-30"),
    # a month alone, a number that is an id, an impossible day: nothing
    ("https://www.example.com/news/2019/11/some-headline-words", None),
    ("https://www.bbc.com/news/world-20120315", None),
    ("https://www.example.com/2019/02/30/words/", None),
    (None, None),
])
def test_url_date(url, expected):
    assert url_date(url) == expected


@pytest.mark.parametrize("origin,expected", [
    ("samples/2026-11-24-water-talks.txt", "2026-11-24"),
    ("inbox/story-2019-07-26.html", "2019-07-26"),
    ("archive/2019/07/26/notes.txt", None),      # only the file's own name counts
    ("dumps/2019-07-26-wire.jsonl:4", None),     # a dump's name does not date its lines
    ("-", None),
])
def test_file_name_date(origin, expected):
    assert file_name_date(origin) == expected


def test_a_dated_file_name_dates_an_article_without_url():
    article = Article(id="a", origin="in/2021-03-04-council-vote.txt",
                      text="The council voted on Thursday, with no year named.")
    dated = infer_published(article)
    assert (dated.published, dated.published_source) == ("2021-03-04", "url")


def test_url_date_comes_before_the_text():
    article = Article(id="a", origin="x.jsonl:3", url="https://www.example.com/2019/05/02/x/",
                      text="Fighting resumed on Sunday, 1 December, after a 2023 truce.")
    dated = infer_published(article)
    assert (dated.published, dated.published_source) == ("2019-05-02", "url")


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


# Datelines and date lines written for these tests (wire and web shapes).
@pytest.mark.parametrize("text,expected", [
    ("Rebels pull back.\nJane Roe\n\nKORVAN, Eastland 1996-08-31\n\nThe rebels left the town.", "1996-08-31"),
    ("KORVAN 1997-01-05\nTalks went on.", "1997-01-05"),
    ("WASHINGTON, Nov. 20, 1998 (AP) -- The Senate voted on the bill.", "1998-11-20"),
    ("BEIRUT, Lebanon, 3 May 1999 \u2014 Jets struck two villages.", "1999-05-03"),
    ("Port talks stall\nPublished: 20 November 2019\nThe union walked out.", "2019-11-20"),
    ("Tuesday, March 3, 1998\nThe council met.", "1998-03-03"),
])
def test_dateline_date(text, expected):
    assert dateline_date(text) == expected


@pytest.mark.parametrize("text", [
    "LONDON, Nov 20 (Reuters) - Britain said it would act.",   # no year written
    "On November 20, 1998, the Senate voted on the bill.",     # a day the story tells of
    "Updated: May 3, 2019\nThe council met.",                  # an update is not the publication
    "Updated May 3, 2019\nThe council met.",                   # nor without the colon
    "Last modified 3 May 2019\nThe council met.",
    "Talks failed.\nA\nB\nC\nD\nKORVAN 1996-08-31\nMore.",      # too far down to be a dateline
    "KORVAN 1996-02-31\nNo such day.",
])
def test_no_dateline_date(text):
    assert dateline_date(text) is None


def test_a_dateline_dates_an_article_before_the_weekday_rule():
    article = Article(id="a", origin="x.txt",
                      text="KORVAN, Eastland 1996-08-31\nThe envoy said on Friday, Aug. 30, 1996 that talks would go on.")
    dated = infer_published(article)
    assert (dated.published, dated.published_source) == ("1996-08-31", "inferred")
