"""Exports: PLOVER-style JSONL with mentions; flat GDELT-like CSV and Parquet."""

from __future__ import annotations

import csv
import dataclasses
import io
import json

import pytest
from hand_records import analysed, event, state

from newsbrief.errors import ConfigError
from newsbrief.knowledge import export as ex
from newsbrief.knowledge.queries import EventQuery
from newsbrief.records import Event, Location
from newsbrief.store import Store


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "x.db") as s:
        pact = event("e1", "AGREE", [state("PRK")], [state("RUS")], date="2024-12-04",
                     cameo="057", location=Location("Moscow", "RUS", 55.75, 37.62),
                     text="The pact entered into force in Moscow.")
        s.write(analysed("The pact entered into force in Moscow on Wednesday.", [pact],
                         url="https://wire.example/1"))
        s.write(analysed("Moscow confirmed the pact is in force since Wednesday.", [pact],
                         source="Paper B", url="https://paperb.example/2",
                         published="2024-12-06"))
        s.write(analysed("Troops shelled the town on Monday.", [
            event("e1", "ASSAULT", [state("RUS", "MIL", text="troops")], [state("UKR")],
                  date="2024-12-02", cameo="195")], source="Paper C"))
        yield s


def test_jsonl_records_have_event_fields_counts_and_mentions(store):
    out = io.StringIO()
    assert ex.export(store, EventQuery(), "jsonl", out=out) == 2
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    pact = next(r for r in records if r["type"] == "AGREE")
    # Every field of an extracted Event is there for the merged event.
    for f in (f.name for f in dataclasses.fields(Event)):
        assert f in pact, f
    assert (pact["num_mentions"], pact["num_sources"], pact["num_articles"]) == (2, 2, 2)
    assert [m["url"] for m in pact["mentions"]] == ["https://wire.example/1",
                                                    "https://paperb.example/2"]
    assert pact["mentions"][0]["evidence"]["text"] == "The pact entered into force in Moscow."
    assert pact["location"]["name"] == "Moscow"
    assert pact["quad_class"] == 1 and pact["modality"] == "asserted"


def test_csv_is_one_flat_row_per_event_with_gdelt_like_columns(store):
    out = io.StringIO()
    ex.export(store, EventQuery(order="asc"), "csv", out=out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == [c for c, _ in ex.COLUMNS]
    assault, pact = rows
    assert (assault["actor1_name"], assault["actor1_country"], assault["actor1_sector"]) == (
        "troops", "RUS", "MIL")
    assert (assault["quad_class"], assault["goldstein"]) == ("4", "-10.0")
    assert (pact["date"], pact["cameo_code"], pact["num_sources"]) == ("2024-12-04", "057", "2")
    assert (pact["location_name"], pact["lat"]) == ("Moscow", "55.75")
    assert pact["source_url"] == "https://wire.example/1"


def test_filters_apply_to_exports(store):
    out = io.StringIO()
    assert ex.export(store, EventQuery(actor=("UKR",)), "csv", out=out) == 0
    assert ex.export(store, EventQuery(recipient=("UKR",)), "jsonl", out=io.StringIO()) == 1


def test_parquet_reads_back_with_the_declared_schema(store, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "events.parquet"
    assert ex.export(store, EventQuery(), "parquet", path=str(path)) == 2
    table = pq.read_table(path)
    assert table.column_names == [c for c, _ in ex.COLUMNS]
    assert table.num_rows == 2
    assert str(table.schema.field("goldstein").type) == "double"
    assert sorted(table.column("event_type").to_pylist()) == ["AGREE", "ASSAULT"]


def test_empty_parquet_still_has_the_schema(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    with Store(tmp_path / "e.db") as s:
        assert ex.export(s, EventQuery(), "parquet", path=str(tmp_path / "e.parquet")) == 0
    assert pq.read_table(tmp_path / "e.parquet").num_rows == 0


def test_missing_pyarrow_gives_an_install_hint(store, tmp_path, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_pyarrow(name, *args, **kwargs):
        if name.startswith("pyarrow"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pyarrow)
    with pytest.raises(ConfigError, match=r"newsbrief\[parquet\]"):
        ex.export(store, EventQuery(), "parquet", path=str(tmp_path / "x.parquet"))


def test_parquet_needs_a_file(store):
    with pytest.raises(ConfigError, match="--output"):
        ex.export(store, EventQuery(), "parquet", out=io.StringIO())
