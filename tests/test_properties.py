"""Property-based tests (hypothesis) over the readers and the query options:
whatever the input, no crash; a failure is one clear InputFailure or one
`Error:` line; nothing is stored half-way. No network: feed links are not
followed, and fetching is not exercised here (test_fetch_guards.py does)."""

from __future__ import annotations

import json
import string

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from newsbrief.acquire.inputs import iter_data
from newsbrief.errors import InputFailure
from newsbrief.records import Article

PROPS = hsettings(max_examples=150, deadline=None, derandomize=True,
                  suppress_health_check=[HealthCheck.function_scoped_fixture,
                                         HealthCheck.too_slow])


@pytest.fixture(scope="module")
def rsettings(tmp_path_factory):
    from newsbrief.settings import load_settings

    return load_settings(db=str(tmp_path_factory.mktemp("p") / "p.db"), follow_feed_links=False,
                         max_bytes=200_000, stages=())


def _check(items, where):
    for item in items:
        assert isinstance(item, (Article, InputFailure)), item
        if isinstance(item, InputFailure):
            assert item.what and item.where.startswith(where.split(":")[0])
        else:
            assert item.text.strip() and "\x00" not in item.text
            for value in (item.title, item.url, item.source):
                assert value is None or "\x00" not in value


def _read(data, s):
    return list(iter_data(data, "in", s))


@PROPS
@given(st.binary(max_size=3000))
def test_any_bytes(rsettings, data):
    _check(_read(data, rsettings), "in")


@PROPS
@given(st.text(max_size=3000))
def test_any_text(rsettings, text):
    _check(_read(text.encode("utf-8", "surrogatepass"), rsettings), "in")


_TAGS = ["html", "head", "body", "title", "meta", "p", "div", "article", "h1", "script", "a",
         "br", "!--", "![CDATA[", "?xml", "!DOCTYPE html", "rss", "item", "link", "feed"]
_html_piece = st.one_of(
    st.sampled_from([f"<{t}>" for t in _TAGS] + [f"</{t}>" for t in _TAGS]),
    st.text(alphabet=string.printable + "éü—“”\u202e\x00", max_size=80),
    st.sampled_from(['<meta charset="shift_jis">', '<link rel="canonical" href="javascript:x">',
                     '<meta property="og:title" content="&lt;script&gt;">', "&amp;", "&#0;",
                     "&#x110000;", '<a href="//evil">', "<p>The council met on Monday. "
                     "It approved the budget after a long debate in the chamber.</p>"]))


@PROPS
@given(st.lists(_html_piece, max_size=40))
def test_html_like_input(rsettings, pieces):
    _check(_read("".join(pieces).encode("utf-8", "surrogatepass"), rsettings), "in")


_json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) |
    st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=4),
    max_leaves=10)
_record = st.fixed_dictionaries({}, optional={
    "text": st.one_of(st.text(max_size=200), _json_value), "title": _json_value,
    "id": _json_value, "url": _json_value, "published": st.one_of(
        st.sampled_from(["2024-02-30", "2024-13-01", "0000-00-00", "2024-05-05", "yesterday"]),
        _json_value), "authors": _json_value, "source": _json_value})
_line = st.one_of(_record.map(lambda r: json.dumps(r)), _json_value.map(json.dumps),
                  st.text(max_size=60).filter(lambda t: "\n" not in t and "\r" not in t))


@PROPS
@given(st.lists(_line, min_size=2, max_size=30))
def test_jsonl_one_item_per_line(rsettings, lines):
    # a first line that is a record makes it JSONL (else the whole is one document)
    lines = [json.dumps({"text": "First record of the file."})] + lines
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    items = _read(data, rsettings)
    _check(items, "in")
    counted = [line for line in lines if line.strip()]
    if len(items) == len(counted):  # read as JSONL: one item per line, in order, numbered
        numbers = [int((i.origin if isinstance(i, Article) else i.where).rsplit(":", 1)[1])
                   for i in items]
        assert numbers == [n for n, line in enumerate(lines, 1) if line.strip()]


_xml_text = st.text(alphabet=string.ascii_letters + " <>&;\"'/.:é", max_size=40)


@PROPS
@given(st.lists(st.tuples(_xml_text, _xml_text, _xml_text), max_size=8), st.booleans())
def test_feeds(rsettings, entries, atom):
    def esc(t):
        return t.replace("&", "&amp;").replace("<", "&lt;")
    if atom:
        body = "".join(f"<entry><title>{esc(t)}</title><link href=\"{esc(link)}\"/>"
                       f"<summary>{esc(d)}</summary></entry>" for t, link, d in entries)
        feed = f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">{body}</feed>'
    else:
        body = "".join(f"<item><title>{t}</title><link>{link}</link><description>{d}"
                       "</description></item>" for t, link, d in entries)  # raw: may be broken
        feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{body}' \
               "</channel></rss>"
    _check(_read(feed.encode(), rsettings), "in")


@pytest.fixture(scope="module")
def store_db(tmp_path_factory):
    from hand_records import analysed, event, state

    from newsbrief.store import Store

    db = tmp_path_factory.mktemp("q") / "q.db"
    with Store(db) as store:
        store.write(analysed("Russia and Ukraine held talks in Geneva on Monday.",
                             [event("e1", "CONSULT", [state("RUS")], [state("UKR")],
                                    date="2024-12-02")]))
    return db


_option_value = st.one_of(st.text(max_size=30), st.sampled_from(
    ['"', "'", "*", "NEAR(", "a OR", "-", "%", "_", "\\", "2024-02-30", "0", "-1",
     "99999999999999999999999", "PRK", "'; DROP TABLE events; --", "\x1b[31m"]))
_query_args = st.lists(st.tuples(st.sampled_from(
    ["--actor", "--recipient", "--type", "--since", "--until", "--search", "--limit",
     "--modality"]), _option_value), max_size=4)


@hsettings(max_examples=120, deadline=None, derandomize=True,
           suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(["events", "timeline", "search", "brief", "articles", "actors"]),
       _query_args)
def test_query_options(store_db, command, options):
    from newsbrief.cli import main
    from newsbrief.store import Store

    args = [command]
    if command in ("timeline", "search"):
        args.append("PRK" if command == "timeline" else "talks")
    allowed = {"events": None, "timeline": {"--since", "--until", "--limit"},
               "search": {"--limit"}, "brief": {"--since", "--until"},
               "articles": {"--limit"}, "actors": {"--since", "--until", "--limit"}}[command]
    for name, value in options:
        if allowed is None or name in allowed:
            args += [name, value]
    result = CliRunner().invoke(main, args + ["--db", str(store_db)])
    assert "Traceback" not in result.output, result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception,
                                                                     SystemExit), result.exception
    if result.exit_code:
        assert "Error" in result.output, (args, result.output)
    with Store(store_db, create=False) as store:  # nothing written by a query
        assert store.count("events") == 1 and store.count("articles") == 1
        assert store.count("runs") == 0


def test_fuzz_finding_charref_past_unicode_is_one_failure(rsettings):
    """Found by scripts/fuzz_readers.py: feedparser raised ValueError on a
    character reference past U+10FFFF, ending the run."""
    feed = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>F &#1114112;</title>'
            b"<item><title>x</title><description>y</description></item></channel></rss>")
    items = _read(feed, rsettings)
    _check(items, "in")
    assert items


def test_fuzz_finding_misaligned_utf16_leaves_no_nul(rsettings):
    """Found by scripts/fuzz_readers.py: UTF-16 text cut by one byte decoded to
    text holding NUL characters."""
    data = "Débat au Sénat\n\nLe Sénat a débattu du budget.".encode("utf-16")
    _check(_read(data[:3] + data[4:], rsettings), "in")
