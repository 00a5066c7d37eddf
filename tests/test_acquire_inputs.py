"""iter_articles on files, folders and stdin: kinds, metadata, failures."""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import pytest

from newsbrief.acquire import iter_articles
from newsbrief.errors import InputError, InputFailure
from newsbrief.records import Article, make_article_id

FIX = Path(__file__).parent / "fixtures" / "acquire"


def read(paths, settings, **kw):
    return list(iter_articles([str(p) for p in paths], settings, **kw))


def only(items):
    assert len(items) == 1, items
    return items[0]


# ------------------------------------------------------------------ plain text


def test_text_with_title_line(settings):
    a = only(read([FIX / "story.txt"], settings))
    assert isinstance(a, Article)
    assert a.title == "Coastal states sign fisheries accord"
    assert a.text.startswith("Five coastal states signed")
    assert a.text.endswith("start next year.")
    assert a.origin == str(FIX / "story.txt")
    assert a.id == make_article_id(None, a.text)
    assert a.published is None and a.published_source is None


def test_text_first_line_sentence_is_not_a_title(settings):
    a = only(read([FIX / "untitled.txt"], settings))
    assert a.title is None
    assert a.text.startswith("The council met on Thursday")


def test_published_flag_is_given(settings):
    a = only(read([FIX / "story.txt"], settings, published="2026-05-04"))
    assert (a.published, a.published_source) == ("2026-05-04", "given")


def test_published_flag_wins_over_metadata(settings):
    items = read([FIX / "good.jsonl", FIX / "page.html"], settings, published="2026-01-31")
    assert all(a.published == "2026-01-31" and a.published_source == "given" for a in items)


def test_bad_published_flag_raises_before_reading(settings):
    with pytest.raises(InputError) as err:
        iter_articles([str(FIX / "story.txt")], settings, published="31/01/2026")
    assert "--published" in str(err.value)


def test_source_flag_wins(settings):
    items = read([FIX / "good.jsonl", FIX / "page.html", FIX / "story.txt"], settings,
                 source="My Outlet")
    assert [a.source for a in items] == ["My Outlet"] * 4


def test_gzip_file_is_opened(settings):
    plain = only(read([FIX / "story.txt"], settings))
    packed = only(read([FIX / "story.txt.gz"], settings))
    assert packed.text == plain.text and packed.title == plain.title


def test_crlf_text_is_normalised(tmp_path, settings):
    p = tmp_path / "crlf.txt"
    p.write_bytes(b"Envoys meet in Rome\r\n\r\nThe envoys met in Rome on Monday.\r\nThey agreed.\r\n")
    a = only(read([p], settings))
    assert a.title == "Envoys meet in Rome"
    assert "\r" not in a.text


# ------------------------------------------------------------------ JSONL


def test_jsonl_fields(settings):
    first, second = read([FIX / "good.jsonl"], settings)
    assert first.id == "fx-1"
    assert first.origin == f"{FIX / 'good.jsonl'}:1"
    assert (first.title, first.url, first.source) == ("Talks open in Vienna",
                                                      "https://news.example.org/vienna",
                                                      "Example News")
    assert (first.published, first.published_source) == ("2026-03-02", "metadata")
    assert first.authors == ("Lena Hofer",)
    # no id: made from the text (no url); ISO datetime cut to the date; "a, b" authors split
    assert second.id == make_article_id(None, second.text)
    assert second.published == "2026-03-03"
    assert second.authors == ("Sam Reed", "Tom Lang")


MIXED_EXPECTED = [
    (1, None),
    (2, "not valid JSON"),
    (3, "field 'text' is missing"),
    (5, "field 'text' is empty"),
    (6, "field 'text' is a number"),
    (7, "field 'published' is not an ISO date"),
    (8, "field 'authors'"),
    (9, "not an object"),
    (10, None),
]


def test_jsonl_bad_lines_fail_alone(settings):
    items = read([FIX / "mixed.jsonl"], settings)
    assert len(items) == len(MIXED_EXPECTED)
    for item, (line, what) in zip(items, MIXED_EXPECTED):
        if what is None:
            assert isinstance(item, Article) and item.origin.endswith(f":{line}")
        else:
            assert isinstance(item, InputFailure), item
            assert item.where == f"{FIX / 'mixed.jsonl'}:{line}"
            assert what in item.what
            assert item.fix


def test_jsonl_invalid_utf8_line_fails_alone(settings):
    ok, bad = read([FIX / "bad_utf8_line.jsonl"], settings)
    assert isinstance(ok, Article) and ok.text == "Fine line."
    assert isinstance(bad, InputFailure) and bad.where.endswith(":2") and "UTF-8" in bad.what


def test_jsonl_is_streamed_past_max_bytes(tmp_path, settings):
    """max_bytes bounds each JSONL line, not the file: a big dump still reads."""
    line = '{"text": "The committee met again on Monday to discuss the budget."}\n'
    p = tmp_path / "dump.jsonl"
    p.write_text(line * 50, "utf-8")
    small = settings.replace(max_bytes=len(line) * 3)
    items = read([p], small)
    assert len(items) == 50 and all(isinstance(a, Article) for a in items)
    p.write_text(line + '{"text": "' + "x" * (len(line) * 4) + '"}\n' + line, "utf-8")
    items = read([p], small)
    assert [type(a).__name__ for a in items] == ["Article", "InputFailure", "Article"]
    assert "limit" in items[1].what and items[1].where.endswith(":2")


def test_json_array_of_records(tmp_path, settings):
    p = tmp_path / "batch.json"
    p.write_text('[{"text": "The talks ended."}, {"title": "x"}]', "utf-8")
    a, f = read([p], settings)
    assert isinstance(a, Article) and a.origin == f"{p}:[0]"
    assert isinstance(f, InputFailure) and "missing" in f.what


def test_text_opening_with_bracket_is_text(tmp_path, settings):
    p = tmp_path / "note.txt"
    p.write_text("[Updated] Talks resume\n\nThe talks resumed on Monday in Geneva.", "utf-8")
    a = only(read([p], settings))
    assert a.title == "[Updated] Talks resume"


def test_whole_shared_corpus_reads_without_failure(settings):
    from conftest import shared_path

    corpus = shared_path("data/corpus/news.jsonl")
    items = list(iter_articles([str(corpus)], settings))
    failures = [i for i in items if isinstance(i, InputFailure)]
    assert len(items) == 5000 and not failures, failures[:3]
    assert len({a.id for a in items}) == 5000


# ------------------------------------------------------------------ bad inputs


@pytest.mark.parametrize("name, what", [
    ("empty.txt", "empty"),
    ("blank.txt", "empty"),
    ("binary.bin", "binary"),
    ("image.png", "PNG image"),
    ("latin1.txt", "not valid UTF-8"),
    ("not_a_feed.rss", "not a valid RSS/Atom feed"),
    ("other.xml", "not an RSS or Atom feed"),
    ("nav_only.html", "no article text"),
])
def test_bad_input_is_one_failure(name, what, settings):
    f = only(read([FIX / name], settings))
    assert isinstance(f, InputFailure)
    assert f.where == str(FIX / name)
    assert what in f.what
    assert f.fix


def test_missing_path(settings):
    f = only(read([FIX / "no-such-file.txt"], settings))
    assert isinstance(f, InputFailure) and "no such file" in f.what


def test_oversize_file(settings):
    small = settings.replace(max_bytes=100)
    f = only(read([FIX / "page.html"], small))
    assert isinstance(f, InputFailure) and "100-byte limit" in f.what and "max_bytes" in f.fix


def test_failures_do_not_stop_the_run(settings):
    items = read([FIX / "empty.txt", FIX / "story.txt", FIX / "missing.txt", FIX / "untitled.txt"],
                 settings)
    assert [type(i).__name__ for i in items] == ["InputFailure", "Article", "InputFailure",
                                                 "Article"]


# ------------------------------------------------------------------ folders and stdin


def test_folder_is_recursive_sorted_and_skips_hidden(tmp_path, settings):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    shutil.copy(FIX / "story.txt", tmp_path / "b" / "one.txt")
    shutil.copy(FIX / "untitled.txt", tmp_path / "a.txt")
    shutil.copy(FIX / "story.txt", tmp_path / ".hidden.txt")
    shutil.copy(FIX / "binary.bin", tmp_path / ".git" / "index")
    items = read([tmp_path], settings)
    assert [i.origin for i in items] == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "one.txt")]


def test_empty_folder_is_a_failure(tmp_path, settings):
    f = only(read([tmp_path], settings))
    assert isinstance(f, InputFailure) and "no" in f.what


def test_stdin_detected_by_content(monkeypatch, settings):
    data = (FIX / "good.jsonl").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    items = list(iter_articles(["-"], settings))
    assert [a.origin for a in items] == ["-:1", "-:2"]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO((FIX / "page.html").read_bytes())))
    page = only(list(iter_articles(["-"], settings)))
    assert page.origin == "-" and page.source == "Northern Ledger"


def test_samples_read_cleanly(settings):
    samples = Path(__file__).resolve().parents[1] / "samples"
    items = list(iter_articles([str(samples)], settings.replace(follow_feed_links=False)))
    assert items and all(isinstance(a, Article) for a in items), items
    assert all(a.title and len(a.text) > 200 for a in items)


def test_library_prints_nothing(capfd, settings):
    """Reporting is the CLI's job: reading good and bad inputs writes nothing."""
    list(iter_articles([str(FIX)], settings.replace(follow_feed_links=False)))
    out, err = capfd.readouterr()
    assert out == "" and err == ""


def test_pretty_printed_json_object_is_one_record(tmp_path, settings):
    p = tmp_path / "one.json"
    p.write_text('{\n  "title": "Envoys meet",\n  "text": "The envoys met in Oslo on Monday."\n}\n',
                 "utf-8")
    a = only(read([p], settings))
    assert isinstance(a, Article) and a.origin == str(p) and a.title == "Envoys meet"


def test_pretty_printed_json_without_text_is_one_failure(tmp_path, settings):
    p = tmp_path / "meta.json"
    p.write_text('{\n  "url": "https://x.example",\n  "tags": ["a", "b"],\n  "n": 3\n}\n', "utf-8")
    f = only(read([p], settings))
    assert isinstance(f, InputFailure) and f.where == str(p) and "'text' is missing" in f.what


def test_broken_json_document_is_one_failure(tmp_path, settings):
    p = tmp_path / "broken.json"
    p.write_text('{\n  "text": "The talks,\n  oops\n', "utf-8")
    f = only(read([p], settings))
    assert isinstance(f, InputFailure) and "neither JSON Lines nor a JSON document" in f.what


def test_jsonl_with_one_bad_first_line_still_streams(tmp_path, settings):
    p = tmp_path / "d.jsonl"
    p.write_text('{"text": broken\n{"text": "The talks resumed."}\n{"text": "They ended."}\n', "utf-8")
    items = read([p], settings)
    assert [type(i).__name__ for i in items] == ["InputFailure", "Article", "Article"]


def test_named_pipe_given_explicitly_is_read_once(tmp_path, settings):
    """`newsbrief ingest <(zcat dump.jsonl.gz)` hands us a pipe: it can be read once."""
    import os
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    data = (FIX / "story.txt.gz").read_bytes()

    def writer():
        with open(fifo, "wb") as f:
            f.write(data)

    t = threading.Thread(target=writer)
    t.start()
    a = only(read([fifo], settings))
    t.join(5)
    assert isinstance(a, Article) and a.title == "Coastal states sign fisheries accord"


def test_folder_skips_pipes(tmp_path, settings):
    import os

    os.mkfifo(tmp_path / "pipe")
    shutil.copy(FIX / "story.txt", tmp_path / "story.txt")
    # the pipe is refused by name (never opened: it would block), the file is read
    failure, a = read([tmp_path], settings)
    assert isinstance(failure, InputFailure) and failure.where.endswith("pipe")
    assert "not a regular file" in failure.what
    assert isinstance(a, Article)
