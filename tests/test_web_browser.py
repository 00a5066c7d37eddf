"""The web pages in a real headless Chromium (Debian's, driven by Playwright) over
a store made from the bundled samples: every page loads without a console error
or a blocked resource, search works, a filter applies, an event shows its
evidence marked, the CSV download holds the rows shown, the timeline draws."""

from __future__ import annotations

import csv
import os

import pytest

pytestmark = pytest.mark.slow

pytest.importorskip("fastapi", reason="the web extra is not installed")
pytest.importorskip("playwright", reason="playwright is not installed (requirements-dev.txt)")

from webserver import browser, build_samples_store, chromium_path, serving  # noqa: E402


def _need_chromium() -> None:
    if chromium_path() is None:
        message = "Chromium is missing: apt-get install -y chromium (make setup does it as root)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    _need_chromium()
    db = build_samples_store(tmp_path_factory.mktemp("browser") / "samples.db")
    with serving(db) as url, browser() as b:
        yield url, b


@pytest.fixture()
def page(site):
    url, b = site
    context = b.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    pg = context.new_page()
    problems: list[str] = []
    pg.on("console", lambda m: problems.append(f"console {m.type}: {m.text}")
          if m.type in ("error", "warning") else None)
    pg.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    pg.on("requestfailed", lambda r: problems.append(f"request failed: {r.url}"))
    pg.on("response", lambda r: problems.append(f"HTTP {r.status}: {r.url}")
          if r.status >= 400 else None)
    pg.base, pg.problems = url, problems
    yield pg
    context.close()


def visit(pg, path: str) -> None:
    pg.goto(pg.base + path, wait_until="networkidle")
    assert pg.problems == [], pg.problems


def first_event_id(pg) -> str:
    visit(pg, "/events")
    href = pg.locator("table.events tbody tr td a").first.get_attribute("href")
    return href.rsplit("/", 1)[1]


@pytest.mark.parametrize("path", ["/", "/search?q=agreement", "/events", "/events?sort=sources",
                                  "/map", "/runs", "/actors/Egypt", "/actors/Egypt?step=day",
                                  "/pairs/Egypt/Ethiopia", "/brief?about=Egypt",
                                  "/brief?q=drills"])
def test_page_loads_without_console_errors(page, path):
    visit(page, path)
    assert page.locator("header.masthead a.brand").count() == 1
    assert page.locator("h1").first.inner_text().strip()


def test_event_and_article_pages_load(page):
    event_id = first_event_id(page)
    visit(page, f"/events/{event_id}")
    article = page.locator("ol.mentions a[href^='/articles/']").first.get_attribute("href")
    visit(page, article.split("#")[0])
    assert page.locator(".article-text a.ev").count() >= 1
    assert page.locator(".article-text mark.ent").count() >= 1


def test_search_from_the_home_page(page):
    visit(page, "/")
    page.fill("form.big-search input[name=q]", "Nile")
    page.click("form.big-search button")
    page.wait_for_load_state("networkidle")
    assert page.url.endswith("/search?q=Nile")
    assert page.locator("ol.hits li a").count() >= 1
    assert "Nile" in page.locator("ol.hits").inner_text()
    assert page.problems == []


def test_search_facets_load_after_the_results_and_narrow_them(page):
    """The search page shows its results at once and loads the facet panel after
    (htmx): the panel's counts are those of /api/search, and a facet link narrows."""
    visit(page, "/search?q=agreement")
    page.wait_for_selector("aside#facets details.facet li a")
    api = page.request.get(page.base + "/api/search?q=agreement").json()
    types = {r["value"]: r["count"] for r in api["events"]["facets"]["type"]}
    shown = page.locator("aside#facets details.facet").first.locator("li").all_inner_texts()
    assert types and {t.split()[0]: int(t.split()[-1].replace(",", "")) for t in shown} == types
    page.locator("aside#facets details.facet").first.locator("li a").first.click()
    page.wait_for_load_state("networkidle")
    assert "type=" in page.url and "q=agreement" in page.url
    page.wait_for_selector("aside#facets details.facet li.active")
    assert page.problems == []


def test_filter_the_event_table(page):
    visit(page, "/events")
    total = page.locator("table.events tbody tr").count()
    page.select_option("form.filters select[name=type]", "AGREE")
    page.click("form.filters button[type=submit]")
    page.wait_for_load_state("networkidle")
    assert "actor=" not in page.url  # empty filters are not sent
    types = page.locator("table.events tbody tr td:nth-child(2) .type").all_inner_texts()
    assert types and set(types) == {"AGREE"} and len(types) < total
    # A facet link narrows further and is shown as active.
    page.wait_for_selector("details.facet li a")
    page.locator("details.facet li:not(.active) a").first.click()
    page.wait_for_selector("details.facet li.active")
    page.wait_for_load_state("networkidle")
    assert page.locator("details.facet li.active").count() >= 1
    assert page.problems == []


def test_open_an_event_and_see_its_evidence_marked(page):
    visit(page, "/events?type=ACCUSE")
    page.locator("table.events tbody tr td a").first.click()
    page.wait_for_load_state("networkidle")
    evidence = page.locator("blockquote.evidence").first
    assert evidence.is_visible()
    marks = {cls for cls in evidence.locator("mark").evaluate_all(
        "els => els.map(e => e.className)")}
    assert "hl hl-actor" in marks and len(marks) >= 2, marks
    color = evidence.locator("mark.hl-actor").first.evaluate(
        "e => getComputedStyle(e).backgroundColor")
    assert color not in ("rgba(0, 0, 0, 0)", "transparent")  # the stylesheet applied
    assert page.locator("pre.json").count() == 1
    assert page.problems == []


def test_download_the_csv_of_the_rows_shown(page, tmp_path):
    visit(page, "/events?type=ACCUSE&type=REJECT&sort=date&order=asc")
    shown = [a.rsplit("/", 1)[1] for a in page.locator("table.events tbody tr td:first-child a")
             .evaluate_all("els => els.map(e => e.getAttribute('href'))")]
    with page.expect_download() as info:
        page.click("#dl-csv")
    path = tmp_path / "events.csv"
    info.value.save_as(path)
    with open(path, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["event_id"] for r in rows] == shown and shown
    assert page.problems == []


def test_timeline_and_network_draw(page):
    visit(page, "/actors/Egypt?step=day")
    size = page.locator("canvas#timeline").evaluate("c => [c.width, c.height]")
    assert size[0] > 100 and size[1] > 100
    drawn = page.locator("canvas#timeline").evaluate(
        "c => { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
        " let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i]) n++; return n; }")
    assert drawn > 500  # Chart.js painted bars, axes and the balance line
    assert page.locator("svg.network circle.node").count() >= 1


def test_phone_width_has_no_horizontal_scroll(site):
    url, b = site
    context = b.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    pg = context.new_page()
    for path in ["/", "/events", "/search?q=agreement", "/map", "/actors/Egypt"]:
        pg.goto(url + path, wait_until="networkidle")
        overflow = pg.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, (path, overflow)
    context.close()


@pytest.fixture(scope="module")
def months(tmp_path_factory):
    """A store whose events spread over a year (the samples' fall on a day or two)."""
    _need_chromium()
    from hand_records import analysed, event, state

    from newsbrief.store import Store

    db = str(tmp_path_factory.mktemp("months") / "months.db")
    with Store(db) as s:
        for i in range(24):
            day = f"2024-{1 + i // 2:02d}-{3 + 11 * (i % 2):02d}"
            kind = ("CONSULT", "ASSAULT", "AGREE")[i % 3]
            s.write(analysed(f"Report {i}: North Korea and Russia, {kind}.", [
                event("e1", kind, [state("PRK")], [state("RUS")], date=day, cameo="040",
                      text=f"Report {i}: North Korea and Russia, {kind}.")],
                published=day))
    with serving(db) as url:
        yield url


@pytest.fixture()
def zoom_page(site, months):
    _, b = site
    context = b.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    problems: list[str] = []
    pg.on("console", lambda m: problems.append(f"console {m.type}: {m.text}")
          if m.type in ("error", "warning") else None)
    pg.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    pg.on("response", lambda r: problems.append(f"HTTP {r.status}: {r.url}")
          if r.status >= 400 else None)
    pg.base, pg.problems = months, problems
    yield pg
    context.close()


def _timeline(pg) -> dict:
    return pg.evaluate("JSON.parse(document.getElementById('timeline-data').textContent)")


@pytest.mark.parametrize("step", ["day", "week", "month"])
def test_dragging_across_the_timeline_zooms_in_and_keeps_the_step(zoom_page, step):
    page = zoom_page
    visit(page, f"/actors/PRK?step={step}")
    whole = _timeline(page)
    assert len(whole["labels"]) >= 3, whole["labels"]
    box = page.locator("canvas#timeline").bounding_box()
    # Press at a quarter of the chart, drag to three quarters, let go.
    y = box["y"] + box["height"] * 0.5
    page.mouse.move(box["x"] + box["width"] * 0.3, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.5, y, steps=4)
    assert page.locator("#zoom-sel").is_visible()  # the selection is drawn while dragging
    with page.expect_navigation(wait_until="networkidle"):
        page.mouse.move(box["x"] + box["width"] * 0.7, y, steps=4)
        page.mouse.up()
    assert page.problems == [], page.problems
    query = dict(p.split("=", 1) for p in page.url.split("?", 1)[1].split("&"))
    assert query["step"] == step and "since" in query and "until" in query
    zoomed = _timeline(page)
    assert zoomed["step"] == step
    assert 1 <= len(zoomed["labels"]) < len(whole["labels"])
    assert query["since"] <= zoomed["labels"][0] and zoomed["ends"][-1] <= query["until"]
    assert whole["labels"][0] < query["since"] or query["until"] < whole["ends"][-1]
    # The steps keep the zoom; the reset link leaves it.
    other = "month" if step != "month" else "week"
    link = page.locator(f"p.steps a:text-is('{other}')").get_attribute("href")
    assert f"since={query['since']}" in link and f"until={query['until']}" in link
    page.locator("#zoom-reset").click()
    page.wait_for_load_state("networkidle")
    assert "since=" not in page.url and _timeline(page)["labels"] == whole["labels"]


def test_a_click_on_the_timeline_does_not_zoom(zoom_page):
    page = zoom_page
    visit(page, "/actors/PRK?step=week")
    before = page.url
    box = page.locator("canvas#timeline").bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_timeout(300)
    assert page.url == before and page.locator("#zoom-sel").is_hidden()


@pytest.fixture(scope="module")
def jumps(tmp_path_factory):
    """A store whose monthly balance jumps and then holds (-10, +8, +8, -10, -10, +8,
    ...): where a smoothed line overshoots the means next to each jump."""
    _need_chromium()
    from hand_records import analysed, event, state

    from newsbrief.store import Store

    db = str(tmp_path_factory.mktemp("jumps") / "jumps.db")
    with Store(db) as s:
        for month in range(1, 13):
            kind, cameo = (("ASSAULT", "190"), ("AGREE", "057"))[(month // 2) % 2]
            day = f"2024-{month:02d}-10"
            s.write(analysed(f"Month {month}: North Korea and Russia, {kind}.", [
                event("e1", kind, [state("PRK")], [state("RUS")], date=day, cameo=cameo,
                      text=f"Month {month}: North Korea and Russia, {kind}.")],
                published=day))
    with serving(db) as url:
        yield url


def test_the_balance_line_stays_between_the_bucket_means(site, jumps):
    """Between two buckets the balance line goes from one mean to the next and
    never past them (no smoothing overshoot): each segment's control points, if
    any, lie between its ends."""
    _, b = site
    context = b.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.goto(jumps + "/actors/PRK?step=month", wait_until="networkidle")
    balance = _timeline(pg)["balance"]
    assert len(set(balance)) == 2 and len(balance) == 12, balance
    points, outside = pg.locator("canvas#timeline").evaluate(
        """c => { const ch = Chart.getChart(c), pts = ch.getDatasetMeta(ch.data.datasets.length - 1).data;
           let bad = 0;
           for (let k = 0; k + 1 < pts.length; k++) {
             const a = pts[k], b = pts[k + 1], lo = Math.min(a.y, b.y) - 0.5, hi = Math.max(a.y, b.y) + 0.5;
             for (const y of [a.cp2y, b.cp1y]) if (y !== undefined && (y < lo || y > hi)) bad++;
           }
           return [pts.length, bad]; }""")
    assert points == 12 and outside == 0
    context.close()
