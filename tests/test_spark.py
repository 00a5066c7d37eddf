"""The Spark entry point is a plain function; pyspark is not needed to test it."""

import json

import pytest

from newsbrief.spark import analyse_partition


def test_bad_rows_become_error_lines_and_order_is_kept():
    rows = [{"id": "x1", "text": "Officials met on Monday.", "published": "2021-02-03"},
            {"id": "x2", "text": ""},
            {"id": "x3", "text": "Voters went to the polls.", "published": "2021-02-04"}]
    out = [json.loads(line) for line in analyse_partition(rows, stages=())]
    assert out[0]["article"]["id"] == "x1"
    assert out[1]["error"]["where"] == "x2" and "empty" in out[1]["error"]["what"]
    assert out[2]["article"]["id"] == "x3"


@pytest.mark.slow
def test_partition_records_match_extract_records():
    rows = [{"id": "p1", "text": "The army of Mali attacked rebel positions near Gao on "
             "Sunday, the defence ministry said.", "published": "2022-08-08"}]
    (line,) = list(analyse_partition(rows))
    record = json.loads(line)
    assert set(record) >= {"article", "entities", "timexes", "events"}
    assert record["article"]["published_source"] == "metadata"
