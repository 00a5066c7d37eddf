"""JSONL handled exactly (issue 9 item 7): an oversized line is one failure with
its own line number and its tail is never read as a record; UTF-16 (with or
without a BOM) is read or refused clearly; NUL characters are never stored."""

from __future__ import annotations

import json

import pytest

from newsbrief.acquire import iter_articles
from newsbrief.errors import InputFailure
from newsbrief.records import Article


def _line(i: int, text: str | None = None) -> str:
    return json.dumps({"id": f"j{i}", "text": text or f"Record {i} says the council met."}) + "\n"


@pytest.mark.parametrize("where_big", [0, 3, 40])  # in the sniffed head, or after it
def test_oversized_line_is_one_failure_and_its_tail_is_not_a_record(tmp_path, settings,
                                                                     where_big):
    smuggled = json.dumps({"id": "smuggled", "text": "An article smuggled in the tail."})
    # a line whose tail is itself valid JSON: the old reader took it for a record
    big = '{"id": "big", "text": "' + "z" * 6000 + '", "x": ' + " " * 10 + smuggled + "}"
    lines = [_line(i) for i in range(60)]
    lines.insert(where_big, big + "\n")
    path = tmp_path / "in.jsonl"
    path.write_text("".join(lines))
    small = settings.replace(max_bytes=4000)
    got = list(iter_articles([str(path)], small))
    failures = [g for g in got if isinstance(g, InputFailure)]
    assert len(failures) == 1, failures
    assert failures[0].where == f"{path}:{where_big + 1}"
    assert "4,000-byte limit" in failures[0].what
    ids = [g.id for g in got if isinstance(g, Article)]
    assert "smuggled" not in ids and len(ids) == 60
    # line numbers after the long line are still right
    assert [g.origin for g in got if isinstance(g, Article)][-1] == f"{path}:61"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_jsonl_is_read_or_refused_clearly(tmp_path, settings, encoding):
    path = tmp_path / "u16.jsonl"
    path.write_bytes("".join(_line(i, f"Débat {i} au Sénat.") for i in range(3)).encode(encoding))
    got = list(iter_articles([str(path)], settings))
    if encoding == "utf-16":  # with a BOM: read
        assert [g.text for g in got] == [f"Débat {i} au Sénat." for i in range(3)], got
    else:  # without a BOM: one clear failure saying what it is
        assert len(got) == 1 and isinstance(got[0], InputFailure)
        assert "UTF-16" in got[0].what and "UTF-8" in got[0].fix


def test_nul_characters_are_never_stored(tmp_path, settings):
    from newsbrief.ingest import ingest
    from newsbrief.store import Store

    path = tmp_path / "nul.jsonl"
    path.write_text(json.dumps({"id": "n1", "text": "Before\u0000after the NUL.",
                                "title": "T\u0000itle", "source": "S\u0000rc"}) + "\n")
    with Store(tmp_path / "n.db") as store:
        ingest([str(path)], settings.replace(stages=()), store)
        row = store.conn.execute("SELECT text, title, source FROM articles").fetchone()
        assert row is not None and all("\x00" not in v for v in row), row
        assert row[0] == "Beforeafter the NUL."


def test_lone_surrogates_do_not_stop_the_run(tmp_path, settings):
    from newsbrief.ingest import ingest
    from newsbrief.store import Store

    path = tmp_path / "sur.jsonl"
    path.write_text('{"id": "s1", "text": "Half a pair \\ud800 here, and more text."}\n'
                    + _line(2))
    with Store(tmp_path / "s.db") as store:
        summary = ingest([str(path)], settings.replace(stages=()), store)
        assert store.count("articles") == 2, summary


def test_lone_surrogate_without_an_id_is_read(tmp_path, settings):
    path = tmp_path / "sur2.jsonl"
    path.write_text('{"text": "No id, half a pair \\udc00 here.", "url": "https://e.example/\\ud800"}\n')
    [a] = list(iter_articles([str(path)], settings))
    assert isinstance(a, Article) and a.text == "No id, half a pair ? here."
    assert a.url == "https://e.example/?"
