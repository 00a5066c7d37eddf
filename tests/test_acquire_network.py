"""URLs and feed links, served by a local HTTP server on 127.0.0.1 (no network)."""

from __future__ import annotations

import gzip
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from newsbrief.acquire import iter_articles
from newsbrief.errors import InputFailure
from newsbrief.records import Article

FIX = Path(__file__).parent / "fixtures" / "acquire"
PAGE = (FIX / "page.html").read_bytes()

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Ledger feed</title><link>{base}/</link>
<item><title>Arctic treaty vote delayed</title><link>{base}/story.html</link>
<pubDate>Tue, 13 Oct 2026 18:00:00 GMT</pubDate><description>Short teaser.</description></item>
<item><title>Page gone, teaser kept</title><link>{base}/gone</link>
<description>The port authority said the new tariffs apply from May.</description></item>
<item><title>Page gone, nothing else</title><link>{base}/gone</link></item>
<item><title>Relative link</title><link>/story.html?rel</link></item>
</channel></rss>
"""


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep test output clean
        pass

    def _send(self, code: int, body: bytes, ctype: str, extra: dict | None = None):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        base = f"http://127.0.0.1:{self.server.server_port}"
        self.server.seen.append((self.path, self.headers.get("User-Agent")))
        path = self.path.split("?")[0]
        if path == "/story.html":
            self._send(200, PAGE, "text/html; charset=utf-8")
        elif self.path == "/story.gz":
            self._send(200, gzip.compress(PAGE), "text/html", {"Content-Encoding": "gzip"})
        elif self.path == "/old":
            self._send(301, b"", "text/html", {"Location": "/story.html"})
        elif self.path == "/to-ftp":
            self._send(302, b"", "text/html", {"Location": "ftp://127.0.0.1/file.html"})
        elif self.path == "/feed":
            self._send(200, FEED.format(base=base).encode(), "text/plain")
        elif self.path == "/notfeed":
            self._send(200, b"Feed temporarily unavailable", "application/rss+xml")
        elif self.path == "/slow":
            time.sleep(1.5)
            self._send(200, PAGE, "text/html")
        elif self.path == "/forbidden":
            self._send(403, b"no", "text/plain")
        else:
            self._send(404, b"not found", "text/plain")


@pytest.fixture(scope="module")
def _httpd():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture()
def settings(settings):
    """These tests serve pages from 127.0.0.1: private addresses allowed
    (test_fetch_guards.py checks that they are refused by default)."""
    return settings.replace(allow_private_addresses=True)


@pytest.fixture()
def server(_httpd):
    _httpd.seen = []
    return _httpd, f"http://127.0.0.1:{_httpd.server_port}"


def test_url_page(server, settings):
    httpd, base = server
    [a] = list(iter_articles([f"{base}/story.html"], settings))
    assert isinstance(a, Article)
    assert a.origin == f"{base}/story.html"
    # the canonical URL names another domain than the page came from: not trusted
    assert a.url == f"{base}/story.html"
    assert a.title == "Senate panel delays vote on Arctic shipping treaty"
    assert httpd.seen[0][1] == settings.user_agent


def test_gzip_body_and_redirect(server, settings):
    _, base = server
    items = list(iter_articles([f"{base}/story.gz", f"{base}/old"], settings))
    assert all(isinstance(a, Article) and a.source == "Northern Ledger" for a in items), items


@pytest.mark.parametrize("path, what, fix", [
    ("/nothing-here", "HTTP error 404", "check the address"),
    ("/forbidden", "HTTP error 403", "save the page"),
    ("/notfeed", "not a valid RSS/Atom feed", "feed"),
    ("/to-ftp", "non-HTTP", ""),
])
def test_url_failures(server, settings, path, what, fix):
    _, base = server
    [f] = list(iter_articles([f"{base}{path}"], settings))
    assert isinstance(f, InputFailure) and f.where == f"{base}{path}"
    assert what in f.what and fix in f.fix


def test_timeout(server, settings):
    _, base = server
    [f] = list(iter_articles([f"{base}/slow"], settings.replace(fetch_timeout=0.3)))
    assert isinstance(f, InputFailure) and "no answer within 0.3 s" in f.what
    assert "fetch_timeout" in f.fix


def test_unreachable(settings):
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    [f] = list(iter_articles([f"http://127.0.0.1:{port}/x"], settings))
    assert isinstance(f, InputFailure) and "cannot reach" in f.what


def test_oversize_url(server, settings):
    _, base = server
    [f] = list(iter_articles([f"{base}/story.html"], settings.replace(max_bytes=500)))
    assert isinstance(f, InputFailure) and "limit" in f.what


def test_feed_follows_links(server, settings):
    httpd, base = server
    items = list(iter_articles([f"{base}/feed"], settings))
    first, second, third, fourth = items
    # the linked page's text; the entry's own title and date
    assert isinstance(first, Article)
    assert first.text.startswith("OSLO - A parliamentary committee")
    assert first.title == "Arctic treaty vote delayed"
    assert (first.published, first.published_source) == ("2026-10-13", "metadata")
    assert first.origin == f"{base}/story.html"
    assert first.url == f"{base}/story.html"  # canonical on another domain: not trusted
    assert first.source == "Northern Ledger"
    # the page is gone but the entry has text of its own: use it
    assert isinstance(second, Article) and second.text.startswith("The port authority said")
    # the page is gone and there is nothing else: one failure naming the link
    assert isinstance(third, InputFailure) and third.where == f"{base}/gone"
    assert "404" in third.what
    assert [p for p, _ in httpd.seen].count("/story.html") == 1
    # a relative link is resolved against the feed's address
    assert isinstance(fourth, Article) and fourth.origin == f"{base}/story.html?rel"


def test_feed_without_following(server, settings):
    httpd, base = server
    items = list(iter_articles([f"{base}/feed"], settings.replace(follow_feed_links=False)))
    assert [type(i).__name__ for i in items] == ["Article", "Article", "InputFailure",
                                                 "InputFailure"]
    assert items[0].text == "Short teaser."
    assert "follow_feed_links" in items[2].fix
    assert [p for p, _ in httpd.seen] == ["/feed"]  # nothing but the feed was fetched


def test_feed_file_holding_a_url_is_not_fetched(server, settings, tmp_path):
    """feedparser fetches a str that looks like a URL; we never hand it one."""
    httpd, base = server
    p = tmp_path / "trap.rss"
    p.write_text(f"{base}/feed", "utf-8")
    [f] = list(iter_articles([str(p)], settings))
    assert isinstance(f, InputFailure) and "not a valid RSS/Atom feed" in f.what
    assert httpd.seen == []


def test_feed_in_declared_latin1(tmp_path, settings):
    p = tmp_path / "latin.rss"
    p.write_bytes('''<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0"><channel><title>Le Journal</title>
<item><title>D\u00e9bat au S\u00e9nat</title><description>Le S\u00e9nat a d\u00e9battu du budget mardi.</description></item>
</channel></rss>'''.encode("latin-1"))
    [a] = list(iter_articles([str(p)], settings))
    assert isinstance(a, Article) and a.title == "D\u00e9bat au S\u00e9nat"


def test_many_feed_links_keep_feed_order(server, settings):
    """Linked pages are fetched a few at a time but come out in feed order."""
    httpd, base = server
    items = "".join(f"<item><title>Entry {i}</title><link>{base}/{'story.html' if i % 2 else 'gone'}"
                    f"?n={i}</link></item>" for i in range(9))
    feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{items}</channel></rss>'
    got = list(iter_articles_from_bytes(feed.encode(), settings))
    assert [type(g).__name__ for g in got] == ["InputFailure", "Article"] * 4 + ["InputFailure"]
    assert [g.title for g in got if isinstance(g, Article)] == [f"Entry {i}" for i in (1, 3, 5, 7)]


def iter_articles_from_bytes(data: bytes, settings):
    import io
    import sys

    old = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(data))
    try:
        return list(iter_articles(["-"], settings))
    finally:
        sys.stdin = old


def test_many_urls_keep_input_order(server, settings):
    _, base = server
    inputs = [f"{base}/story.html?a", str(FIX / "story.txt"), f"{base}/gone", f"{base}/story.html?b",
              f"{base}/forbidden", f"{base}/story.html?c"]
    got = list(iter_articles(inputs, settings))
    assert [g.origin if isinstance(g, Article) else g.where for g in got] == inputs
    assert [type(g).__name__ for g in got] == ["Article", "Article", "InputFailure", "Article",
                                               "InputFailure", "Article"]


def test_broken_http_reply(settings):
    """A server that answers garbage: one failure, not a crash."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(1)
    port = sock.getsockname()[1]

    def answer():
        conn, _ = sock.accept()
        conn.recv(4096)
        conn.sendall(b"NOT HTTP AT ALL\r\n\r\n")
        conn.close()

    t = threading.Thread(target=answer, daemon=True)
    t.start()
    try:
        [f] = list(iter_articles([f"http://127.0.0.1:{port}/x"], settings))
    finally:
        t.join(5)
        sock.close()
    assert isinstance(f, InputFailure) and f.where == f"http://127.0.0.1:{port}/x"
