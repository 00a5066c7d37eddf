"""The runs page breaks long input paths after their separators, not letter by letter
(house22: on a phone the inputs column was one letter wide)."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install "
                    "'newsbrief[web]'")

from fastapi.testclient import TestClient  # noqa: E402
from hand_records import analysed  # noqa: E402

from newsbrief.store import Store  # noqa: E402
from newsbrief.web import create_app  # noqa: E402
from newsbrief.web.common import path_breaks  # noqa: E402


@pytest.mark.parametrize("path, want", [
    ("/data/feeds/a-b.jsonl", "/<wbr>data/<wbr>feeds/<wbr>a-b.jsonl"),
    ("C:\\news\\x.txt", "C:\\<wbr>news\\<wbr>x.txt"),
    # still escaped as any text: "&" and "<" of a URL
    ("https://x.test/f?a=1&b=<2>", "https:/<wbr>/<wbr>x.test/<wbr>f?<wbr>a=1&amp;<wbr>b=&lt;2&gt;"),
    (None, ""),
])
def test_a_path_breaks_after_its_separators(path, want):
    assert str(path_breaks(path)) == want


def test_the_runs_page_marks_the_break_points_and_no_longer_breaks_anywhere(tmp_path):
    path = str(tmp_path / "r.db")
    long_input = "/srv/archive/2026/long-named-folder/wire-feed.jsonl"
    with Store(path) as s:
        run_id = s.start_run("ingest", [long_input, "x&y.txt"], "0")
        s.write(analysed("Chile and Peru held talks.", [], published="2024-01-11"), run_id)
    with TestClient(create_app(path)) as c:
        page = c.get("/runs").text
        css = c.get("/static/app.css").text
    assert "/<wbr>srv/<wbr>archive/<wbr>2026/<wbr>long-named-folder/<wbr>wire-feed.jsonl" in page
    assert "x&amp;<wbr>y.txt" in page and "x&y" not in page
    rule = next(line for line in css.splitlines() if line.startswith(".inputs"))
    assert "break-all" not in rule and "min-width" in rule
