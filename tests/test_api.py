"""The public Python API (issue 15): extract without a store, an Archive over a
small store, DataFrames with the export's columns and types, briefs in notebooks.
No model needed: stores are built from hand-made records, ingest runs without
analysis stages."""

from __future__ import annotations

import csv
import json
import sys

import pytest
from click.testing import CliRunner
from hand_records import analysed, event, state, write_accord_and_troops

import newsbrief
from newsbrief.cli import main
from newsbrief.knowledge.export import COLUMNS
from newsbrief.store import Store

ARTICLES = [
    {"id": "a1", "title": "Ministers meet in Vienna", "published": "2023-03-07",
     "text": "Foreign ministers of Austria and Hungary met in Vienna on Monday to discuss "
             "border controls, officials said."},
    {"id": "a2", "title": "Port strike ends", "published": "2023-03-10",
     "text": "Dock workers in Rotterdam ended a three-day strike on Friday after the port "
             "authority agreed to raise wages by 4 percent."},
]


@pytest.fixture()
def db(tmp_path):
    path = str(tmp_path / "api.db")
    with Store(path) as s:
        write_accord_and_troops(s)
        s.write(analysed("Talks were held, officials said.", [
            event("e1", "CONSULT", [state("RUS")], [], date=None, cameo="040",
                  text="Talks were held."),
        ], source="Paper C", version="0.0.1"))
    return path


@pytest.fixture()
def bare(settings):
    """Settings without analysis stages: acquisition and storage only."""
    return settings.replace(stages=())


def test_public_names_resolve():
    for name in newsbrief.__all__:
        assert getattr(newsbrief, name) is not None, name
    assert "extract" in dir(newsbrief)
    with pytest.raises(AttributeError):
        newsbrief.no_such_name  # noqa: B018


def test_extract_text_html_and_paths(bare, tmp_path):
    record = newsbrief.extract("Talks resume\n\nNegotiators met in Geneva on Tuesday.",
                               published="2024-12-05", settings=bare)
    assert isinstance(record, newsbrief.AnalysedArticle)
    assert record.article.title == "Talks resume"
    assert record.article.published == "2024-12-05"
    page = ("<html><head><title>Port strike ends</title></head><body><article><h1>Port strike "
            "ends</h1><p>" + ARTICLES[1]["text"] * 3 + "</p></article></body></html>")
    assert "Rotterdam" in newsbrief.extract(page, settings=bare).article.text
    story = tmp_path / "story.txt"
    story.write_text("Talks resume\n\nNegotiators met in Geneva on Tuesday.\n")
    assert newsbrief.extract(story, settings=bare).article.origin == str(story)
    assert newsbrief.extract(str(story), settings=bare).article.text.startswith("Negotiators")
    with pytest.raises(newsbrief.InputError, match="no such file"):
        newsbrief.extract("missing-story.html", settings=bare)
    with pytest.raises(newsbrief.InputError, match="empty"):
        newsbrief.extract("   ", settings=bare, published=None)


def test_a_long_one_line_text_is_text_not_a_file_name(bare):
    # Longer than a file name may be (255 bytes a part), shorter than _MAX_PATH:
    # the check "is it an existing file?" must not fail, the text is analysed.
    line = "Negotiators met in Geneva on Tuesday and agreed to talk again. " * 8
    record = newsbrief.extract(line, published="2024-12-05", settings=bare)
    assert record.article.text.startswith("Negotiators met in Geneva")
    # A NUL byte cannot be in a file name either: a clear input error, not an OSError.
    with pytest.raises(newsbrief.InputError, match="binary"):
        newsbrief.extract("a\x00b talks", settings=bare)


def test_extract_many_keeps_input_order_with_failures(bare, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES))
    items = [src, "missing.txt", "A third text stands alone here."]
    got = list(newsbrief.extract_many(items, settings=bare, on_error="include"))
    assert [type(x).__name__ for x in got] == ["AnalysedArticle", "AnalysedArticle",
                                               "InputFailure", "AnalysedArticle"]
    assert [x.article.id for x in got if hasattr(x, "article")][:2] == ["a1", "a2"]
    skipped = list(newsbrief.extract_many(items, settings=bare, on_error="skip"))
    assert len(skipped) == 3
    with pytest.raises(newsbrief.InputError, match="missing.txt"):
        list(newsbrief.extract_many(items, settings=bare))
    as_text = list(newsbrief.extract_many(["missing.txt"], settings=bare, read_as="text"))
    assert as_text[0].article.text == "missing.txt"


def test_open_store_ingests_like_the_cli(bare, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES))
    seen = []
    with newsbrief.open_store(tmp_path / "n.db", settings=bare) as archive:
        summary = archive.ingest(src, on_item=lambda outcome, words=0: seen.append(
            (outcome, words)))
        assert (summary.read, summary.stored) == (2, 2)
        assert seen == [("stored", len(a["text"].split())) for a in ARTICLES]
        assert archive.ingest([src]).duplicates == 2
        assert [r.id for r in archive.articles()] == ["a2", "a1"]
        assert archive.article("a1").title == "Ministers meet in Vienna"
        assert [r["stored"] for r in archive.runs()] == [2, 0]
    assert repr(archive).startswith("<newsbrief.Archive")


def test_queries_take_the_cli_filters_and_match_its_output(db):
    with newsbrief.open_store(db) as archive:
        assert [e.type for e in archive.events(modality="alleged")] == ["MOBILIZE"]
        assert [e.type for e in archive.events(type="AGREE")] == ["AGREE"]
        assert [e.type for e in archive.events(actor=["PRK"], order="asc")] == \
            ["AGREE", "MOBILIZE"]
        assert len(archive.events(recipient="CHN")) == 0
        assert [e.date for e in archive.timeline("North Korea", "Russia")] == \
            ["2024-12-04", "2024-12-05"]
        activity = archive.actors()
        assert {p["actor"] for p in activity.pairs} == {"North Korea"}
        assert archive.entities(country="RUS")[0].name == "Russia"
        assert any("[accord]" in h.snippet for h in archive.search("accord"))
        plover = archive.events(limit=None).to_plover()
    # The CLI prints what the API returns.
    out = CliRunner().invoke(main, ["events", "--db", db, "--format", "jsonl",
                                    "--limit", "0"]).stdout
    assert out == ""
    out = CliRunner().invoke(main, ["events", "--db", db, "--format", "jsonl"]).stdout
    assert [json.loads(x) for x in out.splitlines()] == json.loads(json.dumps(plover))


def _export_dtypes(pd):
    """The pandas dtype of each export column type."""
    return {"string": pd.StringDtype(), "int32": pd.Int32Dtype(), "float64": "float64"}


def test_events_dataframe_has_the_exports_columns_and_dtypes(db, tmp_path):
    import pandas as pd  # requirements-dev.txt: tests need the optional extra
    with newsbrief.open_store(db) as archive:
        found = archive.events(limit=None, order="asc")
        df = found.to_pandas()
        table = found.to_arrow()
        archive.export("parquet", output=tmp_path / "e.parquet")
        archive.export("csv", output=tmp_path / "e.csv")
        empty = archive.events(type="ASSAULT").to_pandas()
    names = [c for c, _ in COLUMNS]
    assert list(df.columns) == names and list(empty.columns) == names
    kinds = _export_dtypes(pd)
    for column, kind in COLUMNS:
        assert df[column].dtype == kinds[kind], column
        assert empty[column].dtype == kinds[kind], column  # not data-dependent
    # The same schema as the Parquet export, the same rows as its CSV.
    import pyarrow.parquet as pq

    assert table.schema.equals(pq.read_schema(tmp_path / "e.parquet"))
    from_parquet = pd.read_parquet(tmp_path / "e.parquet").astype(df.dtypes.to_dict())
    pd.testing.assert_frame_equal(df, from_parquet)
    with open(tmp_path / "e.csv", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["event_id"] for r in rows] == list(df["event_id"])
    # An undated event has no year: a missing value, still an Int32 column.
    assert df["year"].isna().sum() == 1 and df["year"].dtype == pd.Int32Dtype()
    assert df.loc[df["event_type"] == "AGREE", "cameo_code"].item() == "057"


def test_other_results_convert_with_their_own_columns(db):
    with newsbrief.open_store(db) as archive:
        entities = archive.entities().to_pandas()
        pairs = archive.actors().pairs.to_arrow()
    assert {"name", "country", "mentions", "articles", "events"} <= set(entities.columns)
    assert str(entities["mentions"].dtype) == "Int64"
    assert pairs.num_rows == 1 and "goldstein_mean" in pairs.column_names


def test_pandas_missing_gives_an_install_hint(db, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now fails
    with newsbrief.open_store(db) as archive:
        with pytest.raises(newsbrief.ConfigError, match=r"newsbrief\[pandas\]"):
            archive.events().to_pandas()
        assert archive.events().to_arrow().num_rows == 3  # Arrow needs no pandas


def test_brief_shows_itself_in_a_notebook(db, tmp_path):
    with newsbrief.open_store(db) as archive:
        brief = archive.brief("North Korea")
    import html as htmllib
    import re

    html = brief.to_html()
    shown = brief._repr_html_()  # the same page, isolated so its CSS stays inside
    assert shown.startswith("<iframe srcdoc=") and "North Korea" in html
    assert htmllib.unescape(re.search(r'srcdoc="([^"]*)"', shown)[1]) == html
    assert brief.to_markdown() == brief._repr_markdown_()
    assert brief["title"] == brief.title
    out = tmp_path / "b.html"
    CliRunner().invoke(main, ["brief", "--db", db, "--about", "North Korea", "--format", "html",
                              "-o", str(out)])
    assert out.read_text() == html  # the CLI's HTML brief, the same template


def test_results_show_themselves_as_escaped_tables_in_a_notebook(tmp_path):
    hostile = "<script>alert(1)</script>"
    path = str(tmp_path / "h.db")
    with Store(path) as s:
        s.write(analysed(f"{hostile} The allies signed the accord on Wednesday.", [
            event("e1", "AGREE", [state("PRK")], [state("RUS")], date="2024-12-04",
                  cameo="057", text=f"{hostile} The allies signed the accord."),
        ], url="https://wire.example/accord", version="0.0.1"))
    with newsbrief.open_store(path) as archive:
        shown = archive.events()._repr_html_()
        assert shown.startswith("<p>1 events</p><table>") and "<th>event_id</th>" in shown
        assert "&lt;script&gt;" in shown and "<script>" not in shown
        assert "<th>name</th>" in archive.entities()._repr_html_()
        assert archive.events(type="ASSAULT")._repr_html_().startswith("<p>0 events</p>")
