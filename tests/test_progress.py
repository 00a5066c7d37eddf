"""Progress that tells the truth: a total only when it is cheap to know, rates in
articles and words per second, warnings above the bar, nothing in a pipe."""

from __future__ import annotations

import gzip
import io
import json
import logging
import re

import click

from click.testing import CliRunner

from newsbrief.acquire.sizing import count_items
from newsbrief.cli import main
from newsbrief.cli._progress import Progress

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>
<item><title>One</title><description>First.</description></item>
<item><title>Two</title><description>Second.</description></item>
</channel></rss>"""


def _folder(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text("Talks resume\n\nNegotiators met in Geneva.\n")
    rows = [{"id": f"r{i}", "text": f"Article number {i} of the dump."} for i in range(3)]
    (root / "b.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n\n")
    (root / "c.rss").write_text(FEED)
    (root / ".hidden.txt").write_text("not read")
    return root


def test_count_items_of_files_lines_and_entries(tmp_path, settings):
    root = _folder(tmp_path)
    assert count_items([str(root)], settings) == 1 + 3 + 2
    assert count_items([str(root / "b.jsonl"), str(root / "missing.txt")], settings) == 3 + 1
    big = tmp_path / "big.jsonl"
    big.write_text("".join(json.dumps({"text": "x " * 50_000}) + "\n" for _ in range(4)))
    assert count_items([str(big)], settings) == 4  # lines longer than the first read
    # Unknown without reading it all or fetching it: no total rather than a guess.
    gz = tmp_path / "d.jsonl.gz"
    gz.write_bytes(gzip.compress(b'{"text": "x"}\n'))
    assert count_items([str(root), str(gz)], settings) is None
    assert count_items(["https://example.org/feed.xml"], settings) is None
    assert count_items(["-"], settings) is None


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_counts_rates_and_prints_nothing_in_a_pipe():
    pipe = io.StringIO()
    with Progress(3, stream=pipe) as p:
        for words in (100, 250, 0):
            p.item("stored" if words else "duplicate", words)
    assert not p.enabled and pipe.getvalue() == ""
    assert (p.done, p.words, p.counts) == (3, 350, {"stored": 2, "duplicate": 1})


def test_progress_on_a_terminal_shows_total_rates_and_warnings_above(monkeypatch):
    monkeypatch.setenv("COLUMNS", "160")
    term = _Terminal()
    from newsbrief.cli import _show_warnings

    _show_warnings()  # the CLI's handler: warnings as "Warning: ..." lines on stderr
    with Progress(4, stream=term) as p:
        p.item("stored", 120)
        logging.getLogger("newsbrief.test").warning("no date in story.txt")
        p.item("failed", 0)
        p._progress.refresh()
        shown = term.getvalue()
    assert "2/4" in shown and "articles/s" in shown and "words/s" in shown
    assert "1 failed" in shown
    # The warning is a line of its own above the bar, not glued to the bar's line.
    lines = [click.unstyle(re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", line)).strip()
             for line in shown.replace("\r", "\n").splitlines()]
    assert "Warning: no date in story.txt" in lines, lines
    assert any("0:00:00 elapsed •" in line and line.endswith("1 failed") for line in lines)
    unknown = _Terminal()
    with Progress(None, stream=unknown) as p:
        p.item("stored", 10)
        p._progress.refresh()
    assert "1 articles" in unknown.getvalue() and "/None" not in unknown.getvalue()


def test_ingest_in_a_pipe_prints_only_its_summary(tmp_path):
    root = _folder(tmp_path)
    result = CliRunner().invoke(main, ["ingest", str(root), "--db", str(tmp_path / "n.db"),
                                       "--no-analysis"])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\r" not in result.output
    assert result.stderr.splitlines()[-1].startswith("read 6, stored 6")


def test_total_found_in_the_background_brings_the_bar(monkeypatch):
    import threading

    monkeypatch.setenv("COLUMNS", "160")
    term = _Terminal()
    release = threading.Event()

    def slow_count():
        release.wait(5)
        return 7

    with Progress(None, stream=term) as p:
        p.count_in_background(slow_count)
        p.item("stored", 10)
        p._progress.refresh()
        before = term.getvalue()
        release.set()
        for thread in threading.enumerate():
            if thread.name == "newsbrief-count":
                thread.join(5)
        p.item("stored", 10)
        p._progress.refresh()
        after = term.getvalue()[len(before):]
    assert "1 articles" in before and "/7" not in before  # a count, no made-up total
    assert p.total == 7 and "2/7" in click.unstyle(after) and "left" in after
