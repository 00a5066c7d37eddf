"""The web app in process (Starlette's TestClient): every page and its /api/ twin,
filters, sorting, cursor paging, downloads of exactly the rows shown, the one
error shape, bounds, escaping, the Content-Security-Policy and read-only-ness.

The store is made of hand-made records (no model needed); one of them carries
markup and a javascript: URL in article-derived strings."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from dataclasses import replace

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install "
                    "'newsbrief[web]'")

from fastapi.testclient import TestClient  # noqa: E402
from hand_records import analysed, event, state  # noqa: E402

from newsbrief.records import Location, Trigger  # noqa: E402
from newsbrief.store import Store  # noqa: E402
from newsbrief.web import create_app  # noqa: E402

EVIL = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def _build(path: str) -> None:
    with Store(path) as s:
        s.write(analysed("The allies put their defence accord into force on Wednesday.", [
            event("e1", "AGREE", [state("PRK")], [state("RUS")], date="2024-12-04",
                  cameo="057", text="The allies put their defence accord into force."),
        ], url="https://wire.example/accord", published="2024-12-05"))
        s.write(analysed("Officials say Northern soldiers are now in Russia.", [
            event("e1", "MOBILIZE", [state("PRK", "MIL", text="soldiers")], [state("RUS")],
                  date="2024-12-05", source="published", modality="alleged", cameo="154",
                  attributed=[state("USA")], text="Officials say soldiers are in Russia.",
                  location=Location("Kursk", "RUS", 51.73, 36.19)),
        ], source="Paper B", published="2024-12-06"))
        s.write(analysed(f"Pyongyang rejected the claims. {EVIL}", [
            replace(event("e1", "REJECT", [state("PRK")], [state("USA")], date="2024-12-06",
                          cameo="120", text=f"Pyongyang rejected the claims {EVIL}"),
                    trigger=Trigger(10, 18, "rejected")),
        ], source=f"Paper {EVIL}", published="2024-12-07", url="javascript:alert(1)",
            title=f"Title {EVIL}"))
        for i in range(7):  # enough rows to page through
            s.write(analysed(f"China and South Korea held talks, round {i}.", [
                event("e1", "CONSULT", [state("CHN")], [state("KOR")],
                      date=f"2024-{1 + i:02d}-10", cameo="040",
                      text=f"China and South Korea held talks, round {i}."),
            ], source="Wire C", published=f"2024-{1 + i:02d}-11"))
        s.index_pending()  # as an ingest run does at its end: articles searchable


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("web") / "web.db")
    _build(path)
    return path


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        yield c


def api(client, url, status=200):
    r = client.get(url)
    assert r.status_code == status, (url, r.text[:500])
    assert r.headers["content-type"].startswith("application/json")
    return r.json()


PAGES = ["/", "/search?q=talks", "/events", "/map", "/runs", "/actors/PRK",
         "/pairs/PRK/RUS", "/brief?about=PRK", "/actors/PRK?step=day", "/actors/CHN?step=week"]


@pytest.mark.parametrize("url", PAGES)
def test_pages_answer_with_html_and_security_headers(client, url):
    r = client.get(url)
    assert r.status_code == 200, r.text[:500]
    assert r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "object-src 'none'" in csp and "frame-ancestors 'none'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    # Nothing from elsewhere: no CDN, no inline script.
    assert "<script>" not in r.text.replace(EVIL, "")
    for attr in ('src="http', "src='http", 'href="//', "src=\"//"):
        assert attr not in r.text


def test_event_table_filters_sort_and_cursor_paging(client):
    data = api(client, "/api/events?limit=4")
    assert data["count"] == 10 and len(data["rows"]) == 4 and data["next"]
    dates = [r["date"] for r in data["rows"]]
    assert dates == sorted(dates, reverse=True)
    seen = [r["id"] for r in data["rows"]]
    cursor = data["next"]
    while cursor:
        page = api(client, f"/api/events?limit=4&cursor={cursor}")
        seen += [r["id"] for r in page["rows"]]
        cursor = page["next"]
    assert len(seen) == len(set(seen)) == 10
    asc = api(client, "/api/events?sort=date&order=asc&limit=1")["rows"][0]
    assert asc["date"] == "2024-01-10"
    assert {r["type"] for r in api(client, "/api/events?type=AGREE&type=REJECT")["rows"]} == {
        "AGREE", "REJECT"}
    alleged = api(client, "/api/events?modality=alleged")["rows"]
    assert [r["type"] for r in alleged] == ["MOBILIZE"]
    assert api(client, "/api/events?actor=PRK&recipient=USA")["count"] == 1
    assert api(client, "/api/events?actor_country=CHN")["count"] == 7
    assert api(client, "/api/events?recipient_country=RUS")["count"] == 2
    assert api(client, "/api/events?sector=MIL")["count"] == 1
    assert api(client, "/api/events?source=Paper%20B")["count"] == 1
    assert api(client, "/api/events?since=2024-12-05&until=2024-12-06")["count"] == 2
    assert api(client, "/api/events?q=soldiers")["count"] == 1
    assert "facets" not in api(client, "/api/events")
    facets = api(client, "/api/events?facets=true")["facets"]
    assert {"value": "CONSULT", "count": 7} in facets["type"]
    assert {"value": "RUS", "count": 2} in facets["recipient_country"]


def test_downloads_hold_exactly_the_rows_shown(client):
    url = "?type=CONSULT&sort=date&order=asc&limit=3"
    shown = [r["id"] for r in api(client, "/api/events" + url)["rows"]]
    rows = list(csv.DictReader(io.StringIO(client.get("/events.csv" + url).text)))
    assert [r["event_id"] for r in rows] == shown
    lines = client.get("/events.jsonl" + url).text.splitlines()
    assert [json.loads(x)["id"] for x in lines] == shown
    pq = pytest.importorskip("pyarrow.parquet")
    r = client.get("/events.parquet" + url)
    assert r.headers["content-disposition"].startswith("attachment")
    table = pq.read_table(io.BytesIO(r.content))
    assert table.column("event_id").to_pylist() == shown
    html = client.get("/events" + url).text
    assert all(f"/events/{i}" in html for i in shown)
    panel = client.get("/events/facets" + url).text  # loaded by the page with htmx
    assert "CONSULT" in panel and 'class="facet"' in panel


def test_event_page_marks_evidence_and_holds_the_record(client):
    ev = api(client, "/api/events?type=MOBILIZE")["rows"][0]
    data = api(client, f"/api/events/{ev['id']}")
    roles = {h["role"]: h["label"] for h in data["mentions"][0]["highlights"]}
    assert roles["actor"] == "soldiers" and roles["recipient"] == "Russia"
    assert data["record"]["id"] == ev["id"] and data["merge"]["n_mentions"] == 1
    html = client.get(f"/events/{ev['id']}").text
    assert '<mark class="hl hl-actor" title="actor">soldiers</mark>' in html
    assert '<mark class="hl hl-recipient" title="recipient">Russia</mark>' in html
    api(client, "/api/events/ev-nosuchevent", 404)


def test_trigger_is_marked_from_the_offsets_stored_with_the_mention(client):
    ev = api(client, "/api/events?type=REJECT")["rows"][0]
    data = api(client, f"/api/events/{ev['id']}")
    mention = data["mentions"][0]
    assert (mention["trigger_start"], mention["trigger_end"]) == (10, 18)
    assert {h["role"]: h["label"] for h in mention["highlights"]}["trigger"] == "rejected"
    html = client.get(f"/events/{ev['id']}").text
    assert '<mark class="hl hl-trigger" title="trigger">rejected</mark>' in html
    art = client.get(f"/articles/{ev['article_id']}").text
    assert '<mark class="hl hl-trigger" title="trigger of REJECT 120">rejected</mark>' in art
    # No stored offsets (a record without trigger or predicate): nothing is guessed.
    other = api(client, "/api/events?type=AGREE")["rows"][0]
    roles = {h["role"] for h in api(client, f"/api/events/{other['id']}")["mentions"][0][
        "highlights"]}
    assert "trigger" not in roles


def test_article_page_links_events_and_marks_entities(client):
    ev = api(client, "/api/events?type=AGREE")["rows"][0]
    art = api(client, f"/api/articles/{ev['article_id']}")
    assert art["events"][0]["event_id"] == ev["id"]
    html = client.get(f"/articles/{ev['article_id']}").text
    assert f'href="/events/{ev["id"]}"' in html


def test_search_counts_and_facets(client):
    data = api(client, "/api/search?q=talks")
    assert data["articles"]["count"] == 7 and data["events"]["count"] == 7
    assert data["articles"]["facets"]["source"] == [{"value": "Wire C", "count": 7}]
    assert "[talks]" in data["articles"]["rows"][0]["snippet"]
    none = api(client, '/api/search?q=%22%29%28*')  # FTS syntax is quoted, never an error
    assert none["articles"]["count"] == 0


def test_search_page_loads_the_same_facets_after_its_results(client):
    """The search page leaves its facets to /search/facets (htmx): the panel shows
    what /api/search gives, /api/search?facets=false the rows and counts alone."""
    data = api(client, "/api/search?q=talks")
    bare = api(client, "/api/search?q=talks&facets=false")
    assert "facets" not in bare["events"] and "facets" not in bare["articles"]
    assert bare["events"]["rows"] == data["events"]["rows"]
    assert bare["events"]["count"] == data["events"]["count"] == 7
    assert bare["articles"]["rows"] == data["articles"]["rows"]
    page = client.get("/search?q=talks").text
    assert 'hx-get="/search/facets?q=talks"' in page and 'class="facet"' not in page
    panel = client.get("/search/facets?q=talks").text
    for name in ("type", "actor_country", "source"):
        for facet in data["events"]["facets"][name]:
            assert f'{facet["value"]}</a> <span class="count">{facet["count"]}</span>' in panel
    for month in data["articles"]["facets"]["month"]:
        assert f'{month["value"]}</a> <span class="count">{month["count"]}</span>' in panel


def test_actor_pair_map_runs_home_brief(client):
    actor = api(client, "/api/actors/PRK?step=day")
    assert actor["events"] == 3 and actor["timeline"]["step"] == "day"
    assert sum(sum(v) for v in actor["timeline"]["series"].values()) == 3
    nodes = {n["query"]: n["name"] for n in actor["counterparts"]["nodes"]}
    assert nodes["RUS"] == "Russia" and nodes["USA"] == "United States"
    week = api(client, "/api/actors/CHN?step=week")["timeline"]
    assert week["labels"][0] == "2024-01-08" and week["labels"][-1] == "2024-07-08"
    assert api(client, "/api/pairs/PRK/RUS")["events"] == 2
    m = api(client, "/api/map")
    assert [p["place"] for p in m["points"]] == ["Kursk"]
    assert {"country": "PRK", "events": 3} in m["countries"]
    runs = api(client, "/api/runs")
    assert runs["summary"]["articles"] == 10 and runs["feeds"][0]["input"] == "test"
    home = api(client, "/api/home")
    assert home["latest"] and home["actors"]
    brief = api(client, "/api/brief?about=PRK")
    assert brief
    api(client, "/api/actors/Nobody%20At%20All", 404)


def test_one_error_shape_and_bounds(client):
    for url in ["/api/events?limit=100000", "/api/events?cursor=garbage", "/api/events?since=yesterday",
                "/api/events?since=2020-13-45", "/api/events?until=2021-02-29",
                "/api/events?type=PARTY", "/api/events?sort=evil", "/api/events?modality=maybe",
                "/api/events?" + "&".join(f"type=AGREE" for _ in range(21)),
                "/api/events?q=" + "x" * 201, "/api/actors/PRK?step=year",
                "/api/brief", "/api/nothing-here", "/api/events/bad%20id"]:
        r = client.get(url)
        assert 400 <= r.status_code < 500, url
        body = r.json()
        assert set(body) == {"error"}, url
        assert set(body["error"]) == {"status", "title", "what", "where", "fix"}, url
        assert body["error"]["status"] == r.status_code and body["error"]["what"]
    html = client.get("/events?since=yesterday")
    assert html.status_code == 400 and "YYYY-MM-DD" in html.text


def test_article_strings_are_escaped_and_links_only_http(client):
    ev = api(client, "/api/events?type=REJECT")["rows"][0]
    for url in ["/", "/events", f"/events/{ev['id']}", f"/articles/{ev['article_id']}",
                "/search?q=Pyongyang", "/runs", "/brief?about=PRK"]:
        html = client.get(url).text
        assert "<script>alert" not in html and "<img src=x" not in html, url
        assert 'href="javascript:' not in html.lower(), url
    page = client.get(f"/events/{ev['id']}").text
    assert "&lt;script&gt;alert(" in page


def test_no_write_route_without_token(db, client):
    assert client.post("/api/reindex").status_code in (404, 405)
    before = sqlite3.connect(db).execute("SELECT COUNT(*) FROM events").fetchone()[0]
    for url in PAGES:
        client.get(url)
    assert sqlite3.connect(db).execute("SELECT COUNT(*) FROM events").fetchone()[0] == before
    spec = api(client, "/api/openapi.json")
    methods = {m for path in spec["paths"].values() for m in path}
    assert methods == {"get"}


def test_write_route_needs_the_token(db):
    with TestClient(create_app(db, token="s3cret")) as c:
        assert c.post("/api/reindex").status_code == 401
        assert c.post("/api/reindex", headers={"Authorization": "Bearer wrong"}).status_code == 401
        r = c.post("/api/reindex", headers={"Authorization": "Bearer s3cret"})
        assert r.status_code == 200 and r.json() == {"indexed": 0}


def test_answers_are_cached_until_the_store_changes(tmp_path):
    path = str(tmp_path / "c.db")
    _build(path)
    with TestClient(create_app(path)) as c:
        first = c.get("/api/events?type=AGREE")
        again = c.get("/api/events?type=AGREE")
        assert "x-cache" not in first.headers and again.headers["x-cache"] == "hit"
        assert again.json() == first.json()
        assert again.headers["content-security-policy"] == first.headers[
            "content-security-policy"]
        with Store(path) as s:  # an ingest writes: the next answer is fresh
            s.write(analysed("Russia and North Korea signed another accord.", [
                event("e1", "AGREE", [state("RUS")], [state("PRK")], date="2024-10-01",
                      cameo="057", text="Russia and North Korea signed another accord.")]))
        fresh = c.get("/api/events?type=AGREE")
        assert "x-cache" not in fresh.headers and fresh.json()["count"] == 2


def test_queries_past_the_deadline_are_interrupted(db):
    from newsbrief.store.readonly import QueryTimeout, ReadOnlyStore

    store = ReadOnlyStore(db)
    with pytest.raises(QueryTimeout):
        with store.deadline(0.05):
            store.query("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                        "SELECT COUNT(*) FROM c")
    assert store.query("SELECT COUNT(*) AS n FROM events")[0]["n"] == 10  # still usable
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        store.conn.execute("DELETE FROM events")
    store.close()


def test_serve_refuses_a_missing_store(tmp_path):
    from newsbrief.errors import StoreError

    with pytest.raises(StoreError, match="no such database"):
        create_app(str(tmp_path / "none.db"))


def test_the_fast_finalizer_writes_what_the_shared_one_does():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from newsbrief.render import html_environment
    from newsbrief.web.common import _finalize

    shared = html_environment().finalize

    @settings(max_examples=300, deadline=None)
    @given(st.one_of(st.text(), st.integers(), st.floats(allow_nan=False), st.none(),
                     st.text(alphabet="<>&\"'\x1b[]\x07\n\t\u2028\u202e abc")))
    def same(value):
        assert str(_finalize(value)) == str(shared(value))

    same()


@pytest.fixture(scope="module")
def ties(tmp_path_factory):
    """A store with ties on every sort key and undated events: 12 events, 4 undated."""
    path = str(tmp_path_factory.mktemp("ties") / "ties.db")
    with Store(path) as s:
        for i in range(12):  # no two alike enough to merge
            date = None if i % 3 == 0 else f"2024-01-1{i % 4}"
            other = ("PRK", "RUS", "USA", "CHN", "KOR")[i % 5]
            s.write(analysed(f"Report {i}: Ukraine and {other} held talks.", [
                event("e1", ("CONSULT", "AGREE")[i % 2], [state("UKR")], [state(other)],
                      date=date, cameo="040", text=f"Report {i}: Ukraine held talks."),
            ], source=f"Wire {i % 4}", published=f"2024-03-{10 + i}"))
        s.finish_run(s.start_run("ingest", ["test"], "0.1.0"), _summary())
    return path


def _summary():
    from newsbrief.store.sqlite import RunSummary

    return RunSummary()


@pytest.mark.parametrize("sort", ["date", "reported", "type", "sources", "mentions"])
@pytest.mark.parametrize("order", ["desc", "asc"])
def test_keyset_pages_walk_the_whole_order_once(ties, sort, order):
    with TestClient(create_app(ties), raise_server_exceptions=False) as c:
        whole = api(c, f"/api/events?sort={sort}&order={order}&limit=200")
        assert whole["next"] is None and len(whole["rows"]) == 12
        seen, cursor, shown = [], None, []
        while True:
            page = api(c, f"/api/events?sort={sort}&order={order}&limit=5"
                       + (f"&cursor={cursor}" if cursor else ""))
            assert page["offset"] == len(seen)
            seen += [r["id"] for r in page["rows"]]
            shown.append(len(page["rows"]))
            cursor = page["next"]
            if not cursor:
                break
        assert seen == [r["id"] for r in whole["rows"]] and shown == [5, 5, 2]
        dates = [r["date"] for r in whole["rows"]]
        if sort in ("date", "reported"):  # the undated (or unreported) after the rest
            assert dates[-4:] == [None] * 4 if sort == "date" else True
        # A cursor of one order given to another is refused, not misread.
        first = api(c, f"/api/events?sort={sort}&order={order}&limit=5")["next"]
        other = "type" if sort != "type" else "date"
        err = api(c, f"/api/events?sort={other}&limit=5&cursor={first}", 400)["error"]
        assert err["where"] == "query parameter cursor"


def test_store_facets_come_from_the_summary_while_it_is_current(ties, tmp_path):
    import shutil

    from newsbrief.store import web_reads as reads
    from newsbrief.store.readonly import ReadOnlyStore

    path = str(tmp_path / "copy.db")
    shutil.copy(ties, path)
    everything = reads.EventFilter()
    with ReadOnlyStore(path) as r:
        summary = reads.store_facets(r)
        assert summary is not None and summary[""][0]["count"] == 12
        # The summary says what counting the events says (12 < the sample: exact).
        counted, sample = reads.event_facets(r, everything, summary=None)
        kept, none = reads.event_facets(r, everything, summary=summary)
        assert kept == counted and sample is None and none is None
        assert {f["value"]: f["count"] for f in kept["source"]} == {
            "Wire 0": 3, "Wire 1": 3, "Wire 2": 3, "Wire 3": 3}
        assert reads.event_count(r, everything, summary) == (12, True)
    with Store(path) as s:  # written since: not current until the run ends
        s.write(analysed("China and Russia held talks.", [
            event("e1", "CONSULT", [state("CHN")], [state("RUS")], date="2024-05-01",
                  cameo="040", text="China and Russia held talks.")], source="Wire 9"))
        with ReadOnlyStore(path) as r:
            assert reads.store_facets(r) is None
            assert reads.event_count(r, everything) == (13, True)
        assert s.refresh_summaries() and not s.refresh_summaries()
    with ReadOnlyStore(path) as r:
        assert reads.store_facets(r)[""][0]["count"] == 13


def test_facet_panels_count_the_same_from_the_values_kept_in_memory(db, tmp_path):
    """A sample's facets counted from `facet_values` (what the app keeps) are
    those SQL counts, for every filter; a store written since is counted by SQL
    until the values are read again."""
    import shutil

    from newsbrief.store import reads as q
    from newsbrief.store import web_reads as reads
    from newsbrief.store.readonly import ReadOnlyStore

    path = str(tmp_path / "copy.db")
    shutil.copy(db, path)
    filters = [reads.EventFilter(), reads.EventFilter(types=("CONSULT",)),
               reads.EventFilter(actor_country=("PRK",)), reads.EventFilter(sector=("MIL",)),
               reads.EventFilter(modality=("alleged",)), reads.EventFilter(since="2024-12"),
               reads.EventFilter(source=("Wire C",), types=("CONSULT",))]
    with ReadOnlyStore(path) as r:
        values = reads.facet_values(r)
        assert values is not None and len(values) == 10
        assert reads.facet_values(r, most=9) is None  # past the bound: none kept
        filters.append(reads.EventFilter(about=(q.resolve_actor(r, "RUS"),)))
        for f in filters:
            by_sql = reads.event_facets(r, f)
            assert reads.event_facets(r, f, values=values) == by_sql, f
            assert any(by_sql[0][name] for name in ("actor_country", "source"))
        # Each value once per event: an event with two mentions in one outlet counts once.
        everything = reads.event_facets(r, reads.EventFilter(), values=values)[0]
        assert {x["value"]: x["count"] for x in everything["month"]} == {
            "2024-12": 3, **{f"2024-{1 + i:02d}": 1 for i in range(7)}}
    with Store(path) as s:
        s.write(analysed("The United States and Ukraine held talks.", [
            event("e1", "CONSULT", [state("USA")], [state("UKR")], date="2025-01-02",
                  cameo="040", text="The United States and Ukraine held talks.")], source="Wire D"))
    with ReadOnlyStore(path) as r:
        # The new event is not among the values: the sample is counted by SQL.
        f = reads.EventFilter(types=("CONSULT",))
        assert reads.event_facets(r, f, values=values) == reads.event_facets(r, f)
        assert reads.event_facets(r, f)[0]["actor_country"][0] == {"value": "CHN", "count": 7}
    app = create_app(path)
    holder = app.state.facet_values
    assert holder.get() is None  # not read yet: reading started, SQL meanwhile
    holder.read()
    fresh = holder.get()
    assert fresh is not None and len(fresh) == 11 and ("actor_country", "USA") in next(
        v for k, v in fresh.items() if k not in values)
    with TestClient(app, raise_server_exceptions=False) as c:
        panel = api(c, "/api/events?type=CONSULT&facets=true")
        assert panel["facets"]["actor_country"][:2] == [{"value": "CHN", "count": 7},
                                                          {"value": "USA", "count": 1}]


def test_month_links_name_the_last_day_of_their_month(client):
    """A month facet link (and an actor timeline's month) ends on the month's own
    last day: a date filter must name a real day, so "2024-06-31" would be a 400."""
    import html
    import re

    from newsbrief.web.views.actor import bucket_end

    panel = client.get("/events/facets").text
    links = {m: html.unescape(u) for u, m in re.findall(
        r'<a href="([^"]*since=(\d{4}-\d{2})[^"]*)">\d{4}-\d{2}</a>', panel)}
    assert {"2024-02", "2024-04", "2024-06", "2024-12"} <= set(links)
    assert "until=2024-02-29" in links["2024-02"] and "until=2024-06-30" in links["2024-06"]
    for month, url in links.items():
        rows = api(client, "/api" + url)["rows"]
        assert rows and all(r["date"].startswith(month) for r in rows), url
        # The chosen month's link takes the filter off again.
        again = client.get(url.replace("/events?", "/events/facets?")).text
        assert re.search(r'<li class="active"><a href="/events">' + month, again), month
    assert bucket_end("2023-02", "month") == "2023-02-28"
    assert bucket_end("2024-12", "month") == "2024-12-31"


def test_the_server_process_sets_what_it_loaded_aside_from_garbage_collection(db):
    """`serve` (serving=True) freezes what the app loaded and collects the young
    generation less often; an app made for a test or a script leaves the process alone."""
    import gc

    before = gc.get_threshold()
    try:
        with TestClient(create_app(db), raise_server_exceptions=False) as c:
            api(c, "/api/events?limit=1")
            assert gc.get_threshold() == before
        with TestClient(create_app(db, serving=True), raise_server_exceptions=False) as c:
            assert gc.get_threshold()[0] == 10_000 and gc.get_freeze_count() > 1000
            assert api(c, "/api/events?limit=1")["rows"]
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


def test_counts_are_bounded_and_say_so(ties, monkeypatch):
    from newsbrief.store import web_reads as reads

    monkeypatch.setattr(reads, "COUNT_BOUND", 3)
    monkeypatch.setattr(reads, "FACET_SAMPLE", 4)
    with TestClient(create_app(ties), raise_server_exceptions=False) as c:
        data = api(c, "/api/events?actor_country=UKR&facets=true")
        assert (data["count"], data["count_exact"]) == (3, False)
        assert data["facets_sample"] == 4
        assert sum(f["count"] for f in data["facets"]["type"]) == 4
        assert "3+</strong> events" in c.get("/events?actor_country=UKR").text
        assert "among the 4 newest" in c.get("/events/facets?actor_country=UKR").text


@pytest.mark.parametrize("query", [
    "actor_country=CHN", "recipient_country=KOR&sort=sources", "about=PRK&order=asc",
    "modality=alleged", "modality=asserted&sort=type", "source=Wire+C&sort=reported",
    "q=talks", "q=talks&actor_country=CHN&type=CONSULT", "sector=MIL", "actor=PRK&q=claims"])
@pytest.mark.parametrize("large,evidence", [(10**9, 10**9), (-1, 10**9), (10**9, -1)])
def test_every_plan_gives_the_same_rows(db, monkeypatch, query, large, evidence):
    """A small set drives the query; a larger one is collected and tested while
    the order's index is walked, a very large one tested per event (its
    correlated EXISTS; the evidence words' set past a bound that grows with the
    rows read: `evidence_bound`). Same rows in each case."""
    from newsbrief.store import web_reads as reads

    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        driven = api(c, f"/api/events?{query}&limit=3&facets=true")
    monkeypatch.setattr(reads, "SMALL_SET", -1)  # every set too large to drive
    monkeypatch.setattr(reads, "LARGE_SET", large)  # -1: every set tested per event
    monkeypatch.setattr(reads, "EVIDENCE_LARGE", evidence)
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        walked = api(c, f"/api/events?{query}&limit=3&facets=true")
        assert walked["rows"] and walked == driven
        ids, cursor = [r["id"] for r in walked["rows"]], walked["next"]
        while cursor:
            page = api(c, f"/api/events?{query}&limit=3&cursor={cursor}")
            ids += [r["id"] for r in page["rows"]]
            cursor = page["next"]
        assert len(ids) == len(set(ids)) == walked["count"]


@pytest.mark.parametrize("sort", ["date", "type", "sources"])
def test_two_large_sets_with_few_events_in_common_drive_from_those(db, monkeypatch, sort):
    """Each set larger than SMALL_SET, their intersection not: it drives the page
    and the count (a walk would test every event of the order for both); the same
    rows, count and facets as the walk."""
    from newsbrief.store import web_reads as reads

    query = f"/api/events?actor_country=PRK&modality=asserted&sort={sort}&limit=1&facets=true"
    monkeypatch.setattr(reads, "SMALL_SET", -1)  # nothing drives: walked
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        walked = api(c, query)
    monkeypatch.setattr(reads, "SMALL_SET", 2)  # sets of 3 and 9 events, 2 in common
    f = reads.EventFilter(actor_country=("PRK",), modality=("asserted",))
    with Store(db, create=False) as s:
        sizes: dict = {}
        where, _ = reads.planned_where(s, f, sizes=sizes, sort=sort)
        assert sorted(v for k, v in sizes.items() if isinstance(k, int)) == [3, 9]
        assert [v for k, v in sizes.items() if not isinstance(k, int)] == [2]
        assert "INTERSECT" in where and "+e.id" not in where
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        driven = api(c, query)
        assert driven == walked and driven["count"] == 2 and driven["next"]
        rest = api(c, query.replace("&facets=true", "") + "&cursor=" + driven["next"])
        assert len(rest["rows"]) == 1 and rest["next"] is None
        assert {r["type"] for r in driven["rows"] + rest["rows"]} == {"AGREE", "REJECT"}


def test_a_type_drives_a_sample_but_is_walked_for_a_page_past_its_bound(db, monkeypatch):
    """Event types drive up to type_bound(rows) events (more for the 500-event facet
    sample than for a page); past it they are tested per event of the order's walk.
    The same rows either way; sorted by type, the type index is walked as it is."""
    from newsbrief.store import web_reads as reads

    monkeypatch.setattr(reads, "TYPE_SMALL", 3)  # bounds 4 for 51 rows, 15 for 501
    f = reads.EventFilter(types=("CONSULT",))  # 7 events
    with Store(db, create=False) as s:
        page = reads.planned_where(s, f, rows=51, sort="date")
        sample = reads.planned_where(s, f, rows=501, sort="date")
        assert "+e.type IN" in page[0] and "+e.type" not in sample[0]
        assert "+e.type" not in reads.planned_where(s, f, rows=51, sort="type")[0]
        for sort in ("date", "sources"):
            walked = reads.event_page(s, f, sort=sort, limit=3, where=page)
            driven = reads.event_page(s, f, sort=sort, limit=3, where=sample)
            assert walked == driven and len(walked[0]) == 3


def test_evidence_words_are_tested_per_event_for_a_page_and_collected_for_a_sample(db,
                                                                                   monkeypatch):
    from newsbrief.store import web_reads as reads

    monkeypatch.setattr(reads, "SMALL_SET", -1)
    f = reads.EventFilter(search="talks")
    with Store(db, create=False) as s:
        sizes: dict[int, int] = {}
        reads.planned_where(s, f, sizes=sizes)
        hits = sizes[0]
        assert hits >= 2
        # A page of 20 walks past this many hits; the sample of 500 (a bound five
        # times larger) still collects them.
        monkeypatch.setattr(reads, "EVIDENCE_LARGE", hits - 1)
        page, _ = reads.planned_where(s, f, rows=20)
        sample, _ = reads.planned_where(s, f, rows=reads.FACET_SAMPLE)
        assert "EXISTS" in page and "evidence_fts" in page
        assert "EXISTS" not in sample and "+e.id IN" in sample
        walked = reads.event_page(s, f, where=reads.planned_where(s, f, rows=20), limit=5)
        collected = reads.event_page(s, f, where=reads.planned_where(s, f, rows=500), limit=5)
        assert walked[0] and walked == collected


def test_runs_page_tells_an_interrupted_run_and_what_it_stored(tmp_path):
    """Issue 9: a run killed after storing articles was shown as read 0, stored 0."""
    path = str(tmp_path / "r.db")
    with Store(path) as s:
        run_id = s.start_run("ingest", ["feed.rss"], "0")
        for i in range(2):
            s.write(analysed(f"China and South Korea held talks, round {i}.", [],
                             published="2024-01-11"), run_id)
        # killed here: finish_run never ran
    with TestClient(create_app(path)) as c:
        [run] = c.get("/api/runs").json()["runs"]
        assert run["stored"] == 2 and run["status"] == "interrupted or running"
        assert run["inputs"] == ["feed.rss"]
        assert "running or stopped" in c.get("/runs").text


def test_rows_made_for_one_page_serve_another_unchanged(db):
    with TestClient(create_app(db), raise_server_exceptions=False) as fresh:
        expected = api(fresh, "/api/events?limit=8&sort=sources")["rows"]
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        api(c, "/api/events?limit=5")  # rows of the newest five kept
        api(c, "/api/search?q=talks")
        assert api(c, "/api/events?limit=8&sort=sources")["rows"] == expected


@pytest.fixture(scope="module")
def summarised(db, tmp_path_factory):
    """The web store, plus an actor written only as the code "USA" (no country),
    a month-only date and an undated event, with its summaries recounted (as at the
    end of a run)."""
    import shutil

    from newsbrief.records import ActorRef

    path = str(tmp_path_factory.mktemp("summarised") / "web.db")
    shutil.copy(db, path)
    with Store(path) as s:
        s.write(analysed("USA officials met Chinese envoys in June.", [
            event("e1", "CONSULT", [ActorRef(entity=None, text="USA", country=None)],
                  [state("CHN")], date="2024-06", precision="month", cameo="040",
                  text="USA officials met Chinese envoys in June."),
            event("e2", "THREATEN", [state("PRK")], [state("USA")], cameo="138",
                  sentence=1, text="Pyongyang threatened Washington.", start=50),
        ], source="Wire D", published="2024-06-20"))
        s.refresh_summaries()
    return path


@pytest.mark.parametrize("code", ["PRK", "USA", "CHN", "RUS", "KOR"])
def test_country_pages_from_the_summary_match_counting_their_events(summarised, monkeypatch,
                                                                     code):
    """A country's totals, roles and timeline come from the summary table; they are
    what counting its events gives (the summary turned off), at every step and
    zoom, including an actor written only as the code and coarse or no dates."""
    from newsbrief.store import web_reads as reads

    urls = [f"/api/actors/{code}?step={step}{zoom}" for step in ("day", "week", "month")
            for zoom in ("", "&since=2024-03", "&until=2024-06-30", "&since=2024-12-05",
                         "&since=2024&until=2024-06")]
    used = []
    real = reads.actor_days
    monkeypatch.setattr(reads, "actor_days", lambda *a, **k: used.append(a) or real(*a, **k))
    with TestClient(create_app(summarised), raise_server_exceptions=False) as c:
        from_summary = {u: api(c, u) for u in urls}
    assert used, "a country page is drawn from the summary table"
    used.clear()
    monkeypatch.setattr(reads, "summary_current", lambda store, name: False)
    with TestClient(create_app(summarised), raise_server_exceptions=False) as c:
        for url in urls:
            counted = api(c, url)
            assert counted == from_summary[url], url
    assert not used and from_summary[urls[0]]["events"] > 0


def test_summary_counts_the_code_written_alone_and_follows_the_store(summarised):
    from newsbrief.store import web_reads as reads
    from newsbrief.store.readonly import ReadOnlyStore

    with ReadOnlyStore(summarised) as r:
        assert reads.summary_current(r, "actor_days")
        usa = reads.actor_days(r, "USA")
        # PRK rejected the USA; attributed (not a role) in the MOBILIZE; "USA" alone
        # consulted China; PRK threatened the USA (undated).
        assert sum(d[3] for d in usa) == 3
        assert (None, "THREATEN", "138", 1, 0, 1) in usa
        assert ("2024-06", "CONSULT", "040", 1, 1, 0) in usa
        assert reads.actor_days(r, "USA", since="2024-07") == [
            d for d in usa if d[0] == "2024-12-06"]
    with Store(summarised) as s:
        s.write(analysed("Russia and Ukraine agreed a swap.", [
            event("e1", "AGREE", [state("RUS")], [state("UKR")], date="2024-12-20",
                  cameo="057", text="Russia and Ukraine agreed a swap.")], source="Wire E"))
        with ReadOnlyStore(summarised) as r:
            assert not reads.summary_current(r, "actor_days")  # written since
        assert s.refresh_summaries()
    with ReadOnlyStore(summarised) as r:
        assert reads.summary_current(r, "actor_days")
        assert ("2024-12-20", "AGREE", "057", 1, 0, 1) in reads.actor_days(r, "UKR")


def test_pages_not_drawn_from_the_summary_read_a_bounded_sample(summarised, monkeypatch):
    from newsbrief.web.views import actor

    monkeypatch.setattr(actor, "LIVE_EVENTS", 2)
    monkeypatch.setattr(actor, "NETWORK_EVENTS", 2)
    with TestClient(create_app(summarised), raise_server_exceptions=False) as c:
        data = api(c, "/api/actors/North%20Korea")  # a name: not from the summary
        assert data["events"] == 2 and not data["events_exact"]
        assert data["timeline"]["sample"] == 2 and data["counterparts"]["sample"] == 2
        page = c.get("/actors/North%20Korea").text
        assert "2+ events" in page and "drawn from the 2 newest events" in page
        assert "counted over the 2 newest events" in page
        exact = api(c, "/api/actors/PRK")  # the summary: exact, whatever the bound
        assert exact["events"] == 4 and exact["events_exact"]
        assert exact["timeline"]["sample"] is None and exact["counterparts"]["sample"] == 2


# The table rows as the Jinja macro wrote them before they were written in Python.
OLD_EVENT_ROWS = """{% for e in rows %}
<tr>
  <td class="nowrap"><a href="/events/{{ e.id }}">{{ e.date_label }}</a></td>
  <td><span class="type t-{{ e.type|lower }}">{{ e.type }}</span>{% if e.cameo %} <span class="cameo">{{ e.cameo }}</span>{% endif %}</td>
  {% for refs in (e.actors, e.recipients) %}<td>{% for r in refs %}<a class="actor" href="/actors/{{ (r.country if r.kind in ('state', 'country', 'gpe') and r.country else r.name)|urlencode }}">{{ r.name }}</a>{% if r.country and r.kind not in ('state', 'country', 'gpe') %} <span class="cc">{{ r.country }}</span>{% endif %}{% if not loop.last %}, {% endif %}{% endfor %}</td>
  {% endfor %}
  <td><span class="tag st-{{ e.standing }}">{{ e.standing }}</span></td>
  <td class="num">{{ e.n_sources }}</td>
  {% if show_evidence %}<td class="evidence hide-narrow">{{ e.evidence|truncate(160) }}</td>{% endif %}
</tr>
{% endfor %}"""


def test_table_rows_written_in_python_are_the_templates_rows(client):
    """Same HTML (but for whitespace between tags) as the Jinja macro, for every row
    of the store (one hostile: markup in names, evidence and outlet), a long
    evidence, a person with a country, escape characters and several actors."""
    import re

    from newsbrief.web.common import TableRow, environment, event_rows_html

    rows = api(client, "/api/events?limit=200")["rows"]
    rows.append(dict(rows[0], evidence="word " * 60 + "\x1b[31m end", cameo=None,
                     actors=[{"name": "A & B <c>", "kind": "person", "country": "USA",
                              "entity_id": "x", "sector": None},
                             {"name": "Ünïcode / name?", "kind": "organization",
                              "country": None, "entity_id": None, "sector": None}],
                     date_label='by "2024"', standing="alleged"))
    template = environment().from_string(OLD_EVENT_ROWS)

    def norm(html):
        return re.sub(r">\s+<", "><", str(html)).strip()

    kept = [TableRow(r) for r in rows]  # rows that keep their HTML once written
    for show in (True, False, True):
        expected = norm(template.render(rows=rows, show_evidence=show))
        assert norm(event_rows_html(rows, show)) == expected
        assert "<script>" not in expected
        assert ("&lt;script&gt;" in expected) == show  # the hostile evidence, escaped
        assert norm(event_rows_html(kept, show)) == expected
        assert norm(event_rows_html(kept, show)) == expected  # from the kept HTML
        assert all(r.html[0] == show for r in kept)
    assert json.loads(json.dumps(kept)) == rows  # the API's JSON: the row only


def test_requests_answered_at_once_are_bounded(db):
    """`threads`: the worker's thread pool answers that many requests at once (the
    others wait in line), set when the app starts."""
    import anyio.to_thread

    def tokens():
        return anyio.to_thread.current_default_thread_limiter().total_tokens

    for threads in (2, 5):
        with TestClient(create_app(db, threads=threads)) as c:
            assert c.portal.call(tokens) == threads
            api(c, "/api/events")


def test_links_are_encoded_as_urlencode_does():
    from urllib.parse import urlencode

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from newsbrief.web.common import toggle_url, url_with

    text = st.text(max_size=12)

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.tuples(text, text), max_size=5), text | st.sampled_from(["path", "items"]),
           text)
    def check(items, name, value):
        keep = [(k, v) for k, v in items if k != name] + [(name, value)]
        assert url_with("/p", items, **{name: value}) == "/p?" + urlencode(keep)
        base = [(k, v) for k, v in items if k != "cursor"]
        pair = (name, value)
        base = [kv for kv in base if kv != pair] if pair in base else base + [pair]
        assert toggle_url("/p", items, name, value) == "/p" + ("?" + urlencode(base)
                                                                if base else "")

    check()


def test_an_actor_page_lists_the_offices_it_was_named_with(tmp_path):
    """From the partial index of mentions with an office (schema 13): each office
    once, none for mentions without one."""
    from hand_records import person

    from newsbrief.records import Entity, Mention

    path = str(tmp_path / "offices.db")
    with Store(path) as s:
        for i, office in enumerate(["Foreign Minister", "Prime Minister", None,
                                    "Foreign Minister"]):
            rec = analysed(f"Report {i}: Ana Lima met Russia.", [
                event("e1", "CONSULT", [person("lima", "Ana Lima", "BRA")], [state("RUS")],
                      date=f"2024-0{i + 1}-02", cameo="040",
                      text=f"Report {i}: Ana Lima met Russia.")], source="Wire")
            s.write(replace(rec, entities=(Entity(
                id="person-lima", name="Ana Lima", kind="person", country="BRA",
                sector="GOV", office=office, mentions=(Mention(10, 18, "Ana Lima"),)),)))
        plan = " ".join(r["detail"] for r in s.query(
            "EXPLAIN QUERY PLAN SELECT DISTINCT entity_id, office FROM mentions WHERE office "
            "IS NOT NULL AND entity_id IN (?)", ("person-lima",)))
        assert "mentions_office" in plan
    with TestClient(create_app(path), raise_server_exceptions=False) as c:
        who = api(c, "/api/actors/Ana%20Lima")["actors"][0]["entities"][0]
        assert who["offices"] == ["Foreign Minister", "Prime Minister"]
        assert who["mentions"] == 4


OLD_FACET_BOX = """{% if values %}
<details class="facet" open>
<summary>{{ title }}</summary>
<ul>
{% for f in values %}
{% set active = (name, f.value|string) in items %}
<li{% if active %} class="active"{% endif %}><a href="{{ toggle_url(path, items, name, f.value) }}">{{ f.value }}</a> <span class="count">{{ f.count|num }}</span></li>
{% endfor %}
</ul>
</details>
{% endif %}"""


def test_facet_boxes_written_in_python_are_the_templates_boxes(client):
    """Same HTML (but for whitespace between tags) as the Jinja macro, for every
    facet of the store (a hostile outlet among them), with filters chosen and not."""
    import re

    from newsbrief.web.common import environment, facet_box_html

    facets = api(client, "/api/events?facets=true")["facets"]
    template = environment().from_string(OLD_FACET_BOX)

    def norm(html):
        return re.sub(r">\s+<", "><", str(html)).strip()

    chosen = [("type", "CONSULT"), ("source", facets["source"][-1]["value"]), ("q", "a&b")]
    for items in ([], chosen):
        for name, values in facets.items():
            for path in ("/events", "/search"):
                expected = norm(template.render(title=f"T <{name}>", name=name, values=values,
                                                items=items, path=path))
                assert norm(facet_box_html(f"T <{name}>", name, values, items, path)) == expected
    assert 'class="active"' in norm(facet_box_html("Type", "type", facets["type"], chosen, "/e"))
    assert "<script>" not in norm(facet_box_html("S", "source", facets["source"], [], "/e"))
    assert facet_box_html("S", "source", [], [], "/e") == ""


def test_the_evidence_set_is_sized_by_its_index_hits(db):
    """The plan sizes the evidence-words set by FTS5's count of its hits: one per
    mention, so the same count as looking each hit up in mention_events."""
    from newsbrief.store import web_reads as reads
    from newsbrief.store.readonly import ReadOnlyStore

    with ReadOnlyStore(db) as r:
        for words in ("talks", "held talks", "claims", "soldiers Russia", "nothing-here"):
            [(sql, params, _)] = reads._conditions(reads.EventFilter(search=words))
            by_lookup = r.query(f"SELECT COUNT(*) AS n FROM ({sql[len('e.id IN ('):-1]})",
                                tuple(params))[0]["n"]
            by_index = r.query(f"SELECT COUNT(*) AS n FROM ({reads._SIZE_OF[sql]})",
                               tuple(params))[0]["n"]
            assert by_lookup == by_index


def _week_store(path) -> None:
    with Store(path) as s:
        for i, (date, precision) in enumerate((("2016-03-27", "day"), ("2016-W13", "week"),
                                               ("2016-03-29", "day"), ("2016-11-02", "day"))):
            s.write(analysed(f"Report {i}: Ukraine and its neighbour held talks.", [
                event("e1", "CONSULT", [state("UKR")], [state(("PRK", "RUS", "USA", "CHN")[i])],
                      date=date, precision=precision, cameo="040",
                      text=f"Report {i}: Ukraine held talks."),
            ], source=f"Wire {i}", published="2016-11-03"))


@pytest.mark.parametrize("order", ["desc", "asc"])
def test_a_week_sorts_among_the_dates_by_its_monday_page_by_page(tmp_path, order):
    # "2016-W13" (28 March to 3 April) sorts as text after every day of 2016
    _week_store(tmp_path / "w.db")
    by_day = ["2016-03-27", "2016-W13", "2016-03-29", "2016-11-02"]
    want = by_day[::-1] if order == "desc" else by_day
    with TestClient(create_app(str(tmp_path / "w.db")), raise_server_exceptions=False) as c:
        dates, cursor = [], None
        while True:  # two rows a page: the cursor holds the keys of the order
            page = api(c, f"/api/events?sort=date&order={order}&limit=2"
                       + (f"&cursor={cursor}" if cursor else ""))
            dates += [r["date"] for r in page["rows"]]
            cursor = page["next"]
            if not cursor:
                break
        assert dates == want


def test_a_store_of_schema_13_sorts_its_weeks_by_their_monday_once_opened(tmp_path):
    from newsbrief.store.migrations import MIGRATIONS
    from newsbrief.store.sqlite import _statements

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for script in MIGRATIONS[:13]:
        for statement in _statements(script):
            conn.execute(statement)
    conn.execute("PRAGMA user_version=13")
    conn.executemany("INSERT INTO events(id, type, date) VALUES (?, 'CONSULT', ?)",
                     [("ev1", "2016-W13"), ("ev2", "2016-11-02"), ("ev3", "2016-03-29")])
    conn.commit()
    conn.close()
    with Store(path) as s:
        assert s.schema_version == len(MIGRATIONS)
        assert [r["id"] for r in s.query("SELECT id FROM events ORDER BY date_order")] == [
            "ev1", "ev3", "ev2"]
        plan = " ".join(r["detail"] for r in s.query(
            "EXPLAIN QUERY PLAN SELECT id FROM events ORDER BY date_order, id"))
        assert "events_date_order" in plan


def _straddling_store(path) -> None:
    """Weeks across two months: 2019-W48 (25 November to 1 December 2019), 2020-W01
    (30 December 2019 to 5 January 2020); and days of December 2019."""
    with Store(path) as s:
        for i, (date, precision) in enumerate((("2019-W48", "week"), ("2020-W01", "week"),
                                               ("2019-12-10", "day"), ("2019-12", "month"))):
            s.write(analysed(f"Report {i}: Ukraine and its neighbour held talks.", [
                event("e1", "CONSULT", [state("UKR")], [state(("PRK", "RUS", "USA", "CHN")[i])],
                      date=date, precision=precision, cameo="040",
                      text=f"Report {i}: Ukraine held talks."),
            ], source=f"Wire {i}", published="2020-01-06"))


@pytest.mark.parametrize("filtered", [False, True])
def test_a_month_facet_counts_what_its_link_lists_weeks_across_two_months_too(tmp_path,
                                                                              filtered):
    """The month facet counts a week in each month it has a day in, as the month's link
    (since/until its first and last day) lists it; the whole store's summary (SQL) and a
    filter's sample (Python) count alike."""
    _straddling_store(tmp_path / "m.db")
    with Store(tmp_path / "m.db") as s:
        s.refresh_summaries()
    with TestClient(create_app(str(tmp_path / "m.db")), raise_server_exceptions=False) as c:
        extra = "&type=CONSULT" if filtered else ""
        months = {f["value"]: f["count"]
                  for f in api(c, "/api/events?facets=true" + extra)["facets"]["month"]}
        assert months == {"2019-11": 1, "2019-12": 4, "2020-01": 1}
        for month, last in (("2019-11", "30"), ("2019-12", "31"), ("2020-01", "31")):
            rows = api(c, f"/api/events?since={month}-01&until={month}-{last}{extra}")["rows"]
            assert len(rows) == months[month], month


def test_the_type_order_breaks_its_ties_by_date_with_a_week_as_its_monday(tmp_path):
    _week_store(tmp_path / "w.db")
    with TestClient(create_app(str(tmp_path / "w.db")), raise_server_exceptions=False) as c:
        dates, cursor = [], None
        while True:
            page = api(c, "/api/events?sort=type&order=asc&limit=2"
                       + (f"&cursor={cursor}" if cursor else ""))
            dates += [r["date"] for r in page["rows"]]
            cursor = page["next"]
            if not cursor:
                break
    assert dates == ["2016-03-27", "2016-W13", "2016-03-29", "2016-11-02"]


def test_pages_show_a_week_as_people_read_it_and_the_api_keeps_its_iso_value(tmp_path):
    _week_store(tmp_path / "w.db")
    with TestClient(create_app(str(tmp_path / "w.db")), raise_server_exceptions=False) as c:
        [row] = [r for r in api(c, "/api/events")["rows"] if r["date"] == "2016-W13"]
        assert row["date_label"] == "week of 28 Mar 2016"
        page = c.get("/events").text
        assert "week of 28 Mar 2016" in page and "2016-W13" not in page
        event_page = c.get(f"/events/{row['id']}").text
        assert "week of 28 Mar 2016" in event_page
        article = c.get(f"/articles/{row['article_id']}").text
        assert "week of 28 Mar 2016" in article and ">2016-W13<" not in article
