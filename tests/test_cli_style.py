"""One CLI style: --format on every command that prints records, one error
handler, tables that fit a terminal and stay plain in a pipe, the real name."""

from __future__ import annotations

import csv
import io
import json

import click
import pytest
from click.testing import CliRunner
from hand_records import analysed, event, state

from newsbrief.cli import main
from newsbrief.cli._output import print_table
from newsbrief.errors import StoreError
from newsbrief.store import Store

LONG = ("The allies put their defence accord into force on Wednesday after a decade of "
        "talks, officials in both capitals said in statements read on state television.")


@pytest.fixture()
def db(tmp_path):
    path = str(tmp_path / "style.db")
    with Store(path) as s:
        from newsbrief.store import RunSummary

        s.finish_run(s.start_run("ingest", ["accord.txt"], "0.0.1"), RunSummary(read=1, stored=1))
        s.write(analysed(LONG, [
            event("e1", "AGREE", [state("PRK")], [state("RUS")], date="2024-12-04",
                  cameo="057", text=LONG),
        ], url="https://wire.example/accord", version="0.0.1"))
    return path


def invoke(*args, **kwargs):
    return CliRunner().invoke(main, [str(a) for a in args], **kwargs)


# Each command that prints records, with arguments, and the formats it offers.
RECORD_COMMANDS = {
    "articles": ([], ["table", "json", "jsonl", "csv", "md"]),
    "runs": ([], ["table", "json", "jsonl", "csv", "md"]),
    "events": ([], ["table", "json", "jsonl", "csv", "md"]),
    "timeline": (["PRK"], ["table", "json", "jsonl", "csv", "md"]),
    "actors": ([], ["table", "json", "jsonl", "csv", "md"]),
    "entities": ([], ["table", "json", "jsonl", "csv", "md"]),
    "search": (["accord"], ["table", "json", "jsonl", "csv", "md"]),
    "show": (["?"], ["text", "json", "md"]),
    "brief": ([], ["md", "html", "json"]),
}


def test_every_record_command_has_format_and_no_json_flag():
    for name, command in main.commands.items():
        options = {o for p in command.params for o in p.opts}
        assert "--json" not in options, f"{name} still has --json"
        if name in RECORD_COMMANDS:
            fmt = next(p for p in command.params if p.name == "fmt")
            assert list(fmt.type.choices) == RECORD_COMMANDS[name][1], name


@pytest.mark.parametrize("name", sorted(RECORD_COMMANDS))
def test_each_format_parses(db, name):
    args, formats = RECORD_COMMANDS[name]
    if args == ["?"]:
        with Store(db) as s:
            args = [s.articles()[0].id[:8]]
    for fmt in formats:
        result = invoke(name, *args, "--db", db, "--format", fmt)
        assert result.exit_code == 0, (fmt, result.output)
        out = result.stdout
        assert out.strip(), (name, fmt)
        if fmt == "json":
            json.loads(out)  # one document
        elif fmt == "jsonl":
            assert all(isinstance(json.loads(line), dict) for line in out.splitlines())
        elif fmt == "csv":
            rows = list(csv.DictReader(io.StringIO(out)))
            assert rows and all(None not in r for r in rows)
        elif fmt == "md" and name not in ("brief", "show"):
            assert out.lstrip("#").splitlines()[0].startswith(("|", " Actors"))
        elif fmt == "html":
            assert out.startswith("<!doctype html>")


def test_json_is_one_document_and_jsonl_one_object_a_line(db):
    doc = json.loads(invoke("events", "--db", db, "--format", "json").stdout)
    lines = invoke("events", "--db", db, "--format", "jsonl").stdout.splitlines()
    assert isinstance(doc, list) and doc == [json.loads(x) for x in lines]
    assert json.loads(invoke("events", "--db", db, "--format", "json", "--type",
                             "ASSAULT").stdout) == []


def test_events_csv_has_the_export_columns(db, tmp_path):
    from newsbrief.knowledge.export import COLUMNS

    header = invoke("events", "--db", db, "--format", "csv").stdout.splitlines()[0]
    assert header.split(",") == [c for c, _ in COLUMNS]


def test_table_in_a_pipe_is_plain_and_whole(db):
    out = invoke("events", "--db", db).stdout
    assert "\x1b[" not in out and "│" not in out and "…" not in out
    assert LONG in out  # not cut to a width
    assert all(line == line.rstrip() for line in out.splitlines())


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def test_table_on_a_terminal_fits_its_width(monkeypatch):
    monkeypatch.setenv("COLUMNS", "72")
    out = _Terminal()
    rows = [{"date": "2024-12-04", "type": "AGREE", "evidence": LONG * 2, "title": LONG}]
    print_table(rows, ["date", "type", "title", "evidence"], out=out)
    lines = [line for line in out.getvalue().splitlines() if line.strip()]
    assert lines and max(len(click.unstyle(line)) for line in lines) <= 72
    text = click.unstyle(out.getvalue())
    assert "2024-12-04" in text and "AGREE" in text


def test_markup_in_records_is_printed_as_is():
    out = io.StringIO()
    print_table([{"snippet": "…the [talks] resumed [/b]"}], ["snippet"], out=out)
    assert "[talks] resumed [/b]" in out.getvalue()


def test_newsbrief_error_is_one_line_with_its_fix_and_code(db, monkeypatch):
    from newsbrief import api

    def broken(*_a, **_k):
        raise StoreError("database disk image is malformed", where=db,
                         fix="restore it from a backup")

    monkeypatch.setattr(api.Archive, "events", broken)
    result = invoke("events", "--db", db)
    assert result.exit_code == StoreError.exit_code
    assert result.stderr == f"Error: {db}: database disk image is malformed " \
                            "(restore it from a backup)\n"


def test_unexpected_error_is_one_line_and_a_hint_without_traceback(db, monkeypatch):
    from newsbrief import api

    def broken(*_a, **_k):
        raise KeyError("n_sources")

    monkeypatch.delenv("NEWSBRIEF_DEBUG", raising=False)
    monkeypatch.setattr(api.Archive, "events", broken)
    result = invoke("events", "--db", db)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: unexpected KeyError: 'n_sources'")
    assert "NEWSBRIEF_DEBUG=1" in lines[0] and "Traceback" not in result.output
    monkeypatch.setenv("NEWSBRIEF_DEBUG", "1")
    assert isinstance(invoke("events", "--db", db).exception, KeyError)


def test_database_failure_the_store_did_not_wrap_is_a_store_error(db, monkeypatch):
    import sqlite3

    from newsbrief import api

    def locked(*_a, **_k):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.delenv("NEWSBRIEF_DEBUG", raising=False)
    monkeypatch.setattr(api.Archive, "events", locked)
    result = invoke("events", "--db", db)
    assert result.exit_code == StoreError.exit_code
    # store.as_store_error says what to do about it (wait for the other process)
    assert result.stderr.startswith("Error: ") and "database is locked" in result.stderr
    assert "wait" in result.stderr
    assert len(result.stderr.splitlines()) == 1 and "bug" not in result.stderr


def test_unwritable_output_names_the_file(db, tmp_path):
    result = invoke("brief", "--db", db, "--output", tmp_path / "no" / "such" / "b.md")
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert result.stderr.startswith("Error: ") and "b.md" in result.stderr


def test_timeml_errors_through_the_one_handler(tmp_path, monkeypatch):
    from newsbrief.errors import InputError
    from newsbrief.timexes import timeml

    def broken(*_a, **_k):
        raise InputError("not a TimeML document", where="x.tml", fix="give TimeML files")
        yield

    monkeypatch.setattr(timeml, "tag_timeml_dir", broken)
    result = invoke("timeml", tmp_path, tmp_path / "out", "--fast")
    assert result.exit_code == 2
    assert result.stderr == "Error: x.tml: not a TimeML document (give TimeML files)\n"


def test_program_name_in_help_and_reference():
    from pathlib import Path

    assert invoke("--help").output.startswith("Usage: newsbrief ")
    text = (Path(__file__).resolve().parents[1] / "docs" / "cli.md").read_text()
    assert "Usage: main" not in text and "Usage: newsbrief events" in text


def test_extract_json_is_one_record_a_line_as_scorers_read_it(tmp_path):
    """`newsbrief extract FILE --format json` feeds ../shared/tools/events_gold_score.py,
    which reads one JSON object a line."""
    import json as _json

    from click.testing import CliRunner as _Runner

    from newsbrief.cli import main as _main

    config = tmp_path / "no-analysis.toml"
    config.write_text("[pipeline]\nstages = []\n", "utf-8")
    data = tmp_path / "two.jsonl"
    data.write_text('{"id": "a1", "text": "First article."}\n'
                    '{"id": "a2", "text": "Second article."}\n', "utf-8")
    for fmt in ("json", "jsonl"):
        result = _Runner().invoke(_main, ["extract", str(data), "--format", fmt,
                                          "--config", str(config)])
        assert result.exit_code == 0, result.output
        lines = [line for line in result.stdout.splitlines() if line.strip()]
        assert [_json.loads(line)["article"]["id"] for line in lines] == ["a1", "a2"]
