"""What every page shares: the store for this request, the event filters (the
CLI's, plus the facets), cursors, the one error shape, templates and a small
cache of expensive answers (facets, counts) keyed on the database's state."""

from __future__ import annotations

import base64
import binascii
import calendar
import html
import json
import os
import re
from datetime import date
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import urlencode

import jinja2
from jinja2.filters import do_truncate
from jinja2.utils import url_quote
from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse
from markupsafe import Markup

from .. import escaping
from ..errors import NewsbriefError
from ..records import MODALITIES, PLOVER_TYPES
from ..store import web_reads as reads
from ..store.readonly import ReadOnlyStore

# Bounds on what a request may ask (the issue: bounded query parameters).
MAX_LIMIT = 200
MAX_OFFSET = 100_000
MAX_VALUES = 20  # values of one repeated filter
MAX_TEXT = 200  # characters of one text parameter
EVENT_TYPES = tuple(sorted(PLOVER_TYPES))  # in menus and the API schema: alphabetical


class WebError(NewsbriefError):
    """An error answered with an HTTP status and the one JSON error shape."""

    def __init__(self, status: int, what: str, *, where: str | None = None,
                 fix: str | None = None):
        self.status = status
        super().__init__(what, where=where, fix=fix)


TITLES = {400: "Bad request", 404: "Not found", 401: "Unauthorized", 405: "Method not allowed",
          413: "Too large", 422: "Bad request", 500: "Internal error",
          503: "Query took too long"}


def error_body(status: int, what: str, where: str | None = None,
               fix: str | None = None) -> dict[str, Any]:
    """The one error shape of the API: {"error": {status, title, what, where, fix}}."""
    return {"error": {"status": status, "title": TITLES.get(status, "Error"), "what": what,
                      "where": where, "fix": fix}}


# --------------------------------------------------------------------------- store

@contextmanager
def use_store(request: Request) -> Iterator[ReadOnlyStore]:
    """This thread's read-only connection, with the app's query deadline."""
    state = request.app.state
    store = state.pool.get()
    with store.deadline(state.query_seconds):
        yield store


class AnswerCache:
    """Answers of read queries, dropped when the database changes (the file or its
    write-ahead log is written), so a running ingest is seen at once."""

    def __init__(self, db: str, size: int = 512):
        self.files = [db, db + "-wal"]
        self.size = size
        self._data: OrderedDict[tuple, Any] = OrderedDict()
        self._lock = threading.Lock()

    def _state(self) -> tuple:
        out = []
        for path in self.files:
            try:
                st = os.stat(path)
                out.append((st.st_mtime_ns, st.st_size))
            except OSError:
                out.append(None)
        return tuple(out)

    def lookup(self, key: tuple) -> tuple[bool, Any]:
        key = (self._state(), key)
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                return True, self._data[key]
        return False, None

    def lookup_many(self, keys: list[tuple]) -> dict[tuple, Any]:
        """The cached values of those keys that are cached (one look at the files)."""
        state = self._state()
        out = {}
        with self._lock:
            for key in keys:
                full = (state, key)
                if full in self._data:
                    self._data.move_to_end(full)
                    out[key] = self._data[full]
        return out

    def put(self, key: tuple, value: Any) -> None:
        key = (self._state(), key)
        with self._lock:
            self._data[key] = value
            while len(self._data) > self.size:
                self._data.popitem(last=False)

    def get(self, key: tuple, compute: Callable[[], Any]) -> Any:
        key = (self._state(), key)
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                return self._data[key]
        value = compute()
        with self._lock:
            self._data[key] = value
            while len(self._data) > self.size:
                self._data.popitem(last=False)
        return value


class FacetValues:
    """Every event's facet values (`web_reads.facet_values`) for the store's
    present state, so a facet panel counts its sample in memory instead of
    reading its events' actors and mentions (5-8 ms of CPU a panel on the whole
    corpus). Read when the app starts; when the store changes, read again in a
    background thread (meanwhile, and past FACET_VALUES_MAX events, panels count
    by SQL), at most once per REREAD_SECONDS while an ingest keeps writing."""

    REREAD_SECONDS = 30.0

    def __init__(self, cache: AnswerCache, path: str):
        self.cache = cache  # its files' state says when the store changed
        self.path = path
        self._lock = threading.Lock()
        self._state: tuple | None = None
        self._values: dict | None = None
        self._reading = False
        self._last_read = float("-inf")

    def read(self) -> None:
        """Read them now (this thread, its own connection)."""
        import time

        state = self.cache._state()  # before reading: a write meanwhile reads again
        self._last_read = time.monotonic()
        store = ReadOnlyStore(self.path)
        try:
            values = reads.facet_values(store)
        finally:
            store.close()
        with self._lock:
            self._state, self._values = state, values

    def get(self) -> dict | None:
        """The values if they are of the store's present state, else None (and a
        reading is started)."""
        import time

        state = self.cache._state()
        with self._lock:
            if self._state == state:
                return self._values
            if self._reading or time.monotonic() - self._last_read < self.REREAD_SECONDS:
                return None
            self._reading = True

        def reread() -> None:
            try:
                self.read()
            except Exception:  # noqa: BLE001 - panels count by SQL meanwhile
                import logging

                logging.getLogger("newsbrief.web").warning(
                    "could not read the facet values of %s", self.path, exc_info=True)
            finally:
                self._reading = False

        threading.Thread(target=reread, name="facet-values", daemon=True).start()
        return None


# --------------------------------------------------------------------------- parameters

def _text(request: Request, name: str) -> str | None:
    values = request.query_params.getlist(name)
    if len(values) > 1:
        raise WebError(400, f"'{name}' given {len(values)} times", where=f"query parameter {name}",
                       fix="give it once")
    value = values[0].strip() if values else ""
    if len(value) > MAX_TEXT:
        raise WebError(400, f"'{name}' is longer than {MAX_TEXT} characters",
                       where=f"query parameter {name}", fix="shorten it")
    if "\x00" in value:
        raise WebError(400, f"'{name}' contains a NUL character", where=f"query parameter {name}",
                       fix="remove it")
    return value or None


def _many(request: Request, name: str) -> tuple[str, ...]:
    values = []
    for raw in request.query_params.getlist(name):
        for v in raw.split(","):
            v = v.strip()
            if v:
                values.append(v)
    if len(values) > MAX_VALUES:
        raise WebError(400, f"'{name}' has {len(values)} values, at most {MAX_VALUES} are allowed",
                       where=f"query parameter {name}", fix="ask for fewer values")
    for v in values:
        if len(v) > MAX_TEXT or "\x00" in v:
            raise WebError(400, f"a value of '{name}' is too long or contains NUL",
                           where=f"query parameter {name}", fix="shorten it")
    return tuple(dict.fromkeys(values))


def _date(request: Request, name: str) -> str | None:
    value = _text(request, name)
    if value is None:
        return None
    if not _is_calendar_date(value):
        raise WebError(400, f"'{name}' is not a date: {value!r}", where=f"query parameter {name}",
                       fix="use YYYY-MM-DD (or YYYY-MM, YYYY)")
    return value


def month_end(month: str) -> str:
    """The last day of a month, as an `until` bound: "2024-06" -> "2024-06-30"
    (a date filter must name a real day); a label that is no month is kept."""
    try:
        year, number = int(month[:4]), int(month[5:7])
        return f"{month[:7]}-{calendar.monthrange(year, number)[1]:02d}"
    except (ValueError, IndexError, calendar.IllegalMonthError):
        return month


def _is_calendar_date(value: str) -> bool:
    """YYYY, YYYY-MM or YYYY-MM-DD naming a real month and day (2020-13-45 is not:
    compared as text it would still filter, silently, on nonsense)."""
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        return False
    padded = value + "-01-01"[len(value) - 4:] if len(value) < 10 else value
    try:
        date.fromisoformat(padded)
    except ValueError:
        return False
    return True


def _int(request: Request, name: str, default: int, low: int, high: int) -> int:
    value = _text(request, name)
    if value is None:
        return default
    try:
        n = int(value)
    except ValueError:
        raise WebError(400, f"'{name}' is not a whole number: {value!r}",
                       where=f"query parameter {name}", fix=f"use a number from {low} to {high}"
                       ) from None
    if not low <= n <= high:
        raise WebError(400, f"'{name}' is {n}, outside {low}..{high}",
                       where=f"query parameter {name}", fix=f"use a number from {low} to {high}")
    return n


def _choice(request: Request, name: str, choices: tuple[str, ...], default: str) -> str:
    value = _text(request, name) or default
    if value not in choices:
        raise WebError(400, f"'{name}' must be one of {', '.join(choices)}, not {value!r}",
                       where=f"query parameter {name}", fix=f"use one of {', '.join(choices)}")
    return value


@dataclass(frozen=True)
class EventParams:
    """The event filters as given (names, not yet resolved), bounded and checked."""

    actor: tuple[str, ...] = ()
    recipient: tuple[str, ...] = ()
    about: tuple[str, ...] = ()
    type: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    modality: tuple[str, ...] = ()
    q: str | None = None
    actor_country: tuple[str, ...] = ()
    recipient_country: tuple[str, ...] = ()
    sector: tuple[str, ...] = ()
    source: tuple[str, ...] = ()

    @classmethod
    def from_request(cls, request: Request) -> "EventParams":
        types = tuple(t.upper() for t in _many(request, "type"))
        for t in types:
            if t not in EVENT_TYPES:
                raise WebError(400, f"unknown event type {t!r}", where="query parameter type",
                               fix=f"use PLOVER types: {', '.join(EVENT_TYPES)}")
        modality = _many(request, "modality")
        for m in modality:
            if m not in MODALITIES:
                raise WebError(400, f"unknown modality {m!r}", where="query parameter modality",
                               fix=f"use one of {', '.join(MODALITIES)}")
        return cls(actor=_many(request, "actor"), recipient=_many(request, "recipient"),
                   about=_many(request, "about"), type=types,
                   since=_date(request, "since"), until=_date(request, "until"),
                   modality=modality, q=_text(request, "q"),
                   actor_country=tuple(c.upper() for c in _many(request, "actor_country")),
                   recipient_country=tuple(c.upper() for c in _many(request, "recipient_country")),
                   sector=_many(request, "sector"), source=_many(request, "source"))

    def query_items(self) -> list[tuple[str, str]]:
        items = []
        for name in ("actor", "recipient", "about", "type", "modality", "actor_country",
                     "recipient_country", "sector", "source"):
            items += [(name, v) for v in getattr(self, name)]
        for name in ("since", "until", "q"):
            if getattr(self, name):
                items.append((name, getattr(self, name)))
        return items

    def resolve(self, store: ReadOnlyStore, **extra: Any) -> reads.EventFilter:
        from ..store import reads as q

        return reads.EventFilter(
            actor=tuple(q.resolve_actor(store, a) for a in self.actor),
            recipient=tuple(q.resolve_actor(store, a) for a in self.recipient),
            about=tuple(q.resolve_actor(store, a) for a in self.about),
            types=self.type, since=self.since, until=self.until, modality=self.modality,
            search=self.q, actor_country=self.actor_country,
            recipient_country=self.recipient_country, sector=self.sector,
            source=self.source, **extra)

    @property
    def active(self) -> bool:
        return bool(self.query_items())


def page_params(request: Request, default_limit: int = 50) -> tuple[reads.Position, int]:
    """(position, limit) from `cursor` (opaque, from a `next`) and `limit`."""
    limit = _int(request, "limit", default_limit, 1, MAX_LIMIT)
    cursor = _text(request, "cursor")
    return (decode_cursor(cursor) if cursor else reads.Position()), limit


def encode_cursor(position: reads.Position, articles: int | None = None) -> str:
    """A cursor: the keys of the last row shown (keyset paging) and the rows
    before; search adds the offset of its article list."""
    data: dict[str, Any] = {"o": position.before}
    if position.keys is not None:
        data["p"], data["k"], data["s"] = position.part, list(position.keys), position.order
    if articles is not None:
        data["a"] = articles
    return base64.urlsafe_b64encode(json.dumps(data, separators=(",", ":")).encode()
                                    ).decode().rstrip("=")


def _bad_cursor() -> WebError:
    return WebError(400, "the cursor is not one this server made",
                    where="query parameter cursor",
                    fix="use the 'next' value of a previous answer, unchanged")


def decode_cursor(cursor: str) -> reads.Position:
    data = cursor_data(cursor)
    try:
        before = int(data["o"])
        keys = data.get("k")
        part = int(data.get("p", 0))
        order = data.get("s")
        if keys is not None:
            if not isinstance(order, str) or len(order) > 20:
                raise ValueError
            if not isinstance(keys, list) or not 1 <= len(keys) <= 4 or not all(
                    isinstance(k, (str, int)) and not isinstance(k, bool) and
                    len(str(k)) <= MAX_TEXT for k in keys) or part not in (0, 1):
                raise ValueError
            keys = tuple(keys)
    except (ValueError, KeyError, TypeError):
        raise _bad_cursor() from None
    if not 0 <= before <= MAX_OFFSET:
        raise WebError(400, f"the cursor points past {MAX_OFFSET} rows",
                       where="query parameter cursor", fix="narrow the filters instead")
    return reads.Position(part, keys, before, order if keys is not None else None)


def cursor_data(cursor: str) -> dict[str, Any]:
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise _bad_cursor() from None
    if not isinstance(data, dict):
        raise _bad_cursor()
    return data


def article_offset(cursor: str | None) -> int:
    """The article list's offset in a search cursor (0 without one)."""
    if not cursor:
        return 0
    try:
        offset = int(cursor_data(cursor).get("a", 0))
    except (ValueError, TypeError):
        raise _bad_cursor() from None
    if not 0 <= offset <= MAX_OFFSET:
        raise WebError(400, f"the cursor points past {MAX_OFFSET} rows",
                       where="query parameter cursor", fix="narrow the filters instead")
    return offset


@lru_cache(maxsize=8192)
def _pair(name: str, value: str) -> str:
    """One `name=value` of a query string, encoded as urlencode does (a page makes
    a hundred facet links from the same few pairs)."""
    return urlencode(((name, value),))


def _query(items: list[tuple[str, str]]) -> str:
    return "&".join(_pair(k, v) for k, v in items)


def url_with(path: str, items: list[tuple[str, str]], /, **changes: Any) -> str:
    """`path?query` with some parameters replaced (None removes one). The two
    parameters are positional-only, so a query parameter may be called `path`."""
    keep = [(k, v) for k, v in items if k not in changes]
    keep += [(k, str(v)) for k, v in changes.items() if v is not None]
    return path + ("?" + _query(keep) if keep else "")


def toggle_url(path: str, items: list[tuple[str, str]], name: str, value: Any) -> str:
    """The URL with the filter `name=value` added, or removed when present (a facet
    link); paging starts again."""
    pair = (name, str(value))
    base = [(k, v) for k, v in items if k != "cursor"]
    base = [kv for kv in base if kv != pair] if pair in base else base + [pair]
    return path + ("?" + _query(base) if base else "")


# --------------------------------------------------------------------------- templates

def link_url(url: Any) -> str | None:
    """The URL when it is an absolute http(s) link, else None (no javascript:, data:)."""
    from urllib.parse import urlsplit

    text = "" if url is None else str(url).strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(c in text for c in "\x00\r\n\t<>\"' "):
        return None
    return text


# Any character the shared finalizer would remove or change (controls, escape
# sequences, line breaks): text without one is only HTML-escaped.
_UNCLEAN = re.compile(f"[{escaping._CONTROL}\t\n\r\v\f\u0085\u2028\u2029]")


def _finalize(value: Any) -> Markup | str:
    """The shared HTML finalizer (newsbrief.render: controls and escape sequences
    removed, line breaks made spaces, then escaped), with a fast path for the
    common case of clean text and numbers: the same output, a third of the time."""
    if isinstance(value, Markup):
        return value
    if value is None:
        return ""
    if type(value) is int:
        return Markup(value)
    text = value if type(value) is str else str(value)
    if _UNCLEAN.search(text) is None:
        return Markup(html.escape(text, quote=True))
    return Markup(escaping.html_text(escaping.terminal_line(text)))


_STATE_KINDS = ("state", "country", "gpe")


def _refs_html(refs: list[dict[str, Any]]) -> str:
    out = []
    for r in refs:
        state = r["kind"] in _STATE_KINDS
        target = r["country"] if state and r["country"] else r["name"]
        cell = (f'<a class="actor" href="/actors/{_finalize(url_quote(target))}">'
                f'{_finalize(r["name"])}</a>')
        if r["country"] and not state:
            cell += f' <span class="cc">{_finalize(r["country"])}</span>'
        out.append(cell)
    return ", ".join(out)


class TableRow(dict):
    """A row of the event table (`_shared.row_summary`): a JSON-ready dict that
    keeps the HTML `event_rows_html` wrote for it. The app's row cache keeps rows
    until the store changes and the newest events open many pages, so about half
    the rows of a page are written once for all of them."""

    __slots__ = ("html",)


def event_rows_html(rows: list[dict[str, Any]], show_evidence: bool = True) -> Markup:
    """The event table's rows (`_shared.summary` dicts) as HTML: what the
    `event_rows` macro wrote, made here because a page of 50 rows of Jinja
    expressions, each through the finalizer, cost more than the page's queries.
    Every value goes through the same finalizer (escaped, controls removed).
    A `TableRow` keeps its HTML (the row is not changed once made)."""
    out = []
    for e in rows:
        kept = getattr(e, "html", None)
        if kept is not None and kept[0] == show_evidence:
            out.append(kept[1])
            continue
        out.append(_row_html(e, show_evidence))
        if type(e) is TableRow:
            e.html = (show_evidence, out[-1])
    return Markup("".join(out))


def _row_html(e: dict[str, Any], show_evidence: bool) -> str:
    """One row of `event_rows_html`."""
    env = environment()
    cameo = f' <span class="cameo">{_finalize(e["cameo"])}</span>' if e["cameo"] else ""
    evidence = (f'<td class="evidence hide-narrow">'
                f'{_finalize(do_truncate(env, e["evidence"] or "", 160))}</td>'
                if show_evidence else "")
    return (
        f'<tr>\n  <td class="nowrap"><a href="/events/{_finalize(e["id"])}">'
        f'{_finalize(e["date_label"])}</a></td>\n'
        f'  <td><span class="type t-{_finalize(e["type"].lower())}">{_finalize(e["type"])}'
        f'</span>{cameo}</td>\n'
        f'  <td>{_refs_html(e["actors"])}</td>\n  <td>{_refs_html(e["recipients"])}</td>\n'
        f'  <td><span class="tag st-{_finalize(e["standing"])}">{_finalize(e["standing"])}'
        f'</span></td>\n  <td class="num">{_finalize(e["n_sources"])}</td>\n'
        f'  {evidence}\n</tr>\n')


def facet_box_html(title: str, name: str, values: list[dict[str, Any]],
                   items: list[tuple[str, str]], path: str) -> Markup:
    """A facet's box (its values, each a link adding or removing the filter, and
    its count), as the `facet_box` macro wrote it: a page has up to 84 of these
    links, each a dozen Jinja expressions."""
    if not values:
        return Markup("")
    chosen = set(items)
    out = [f'<details class="facet" open>\n<summary>{_finalize(title)}</summary>\n<ul>\n']
    for f in values:
        active = ' class="active"' if (name, str(f["value"])) in chosen else ""
        count = "" if f["count"] is None else f"{f['count']:,}"
        out.append(f'<li{active}><a href="{_finalize(toggle_url(path, items, name, f["value"]))}">'
                   f'{_finalize(f["value"])}</a> <span class="count">{_finalize(count)}</span>'
                   '</li>\n')
    out.append("</ul>\n</details>\n")
    return Markup("".join(out))


def path_breaks(path) -> Markup:
    """An input path or URL, cleaned and escaped as any text, with a line-break
    opportunity (<wbr>) after each separator ("/", "\\", "?", "&"), so a narrow column
    breaks it between its parts and not letter by letter (the runs page on a phone)."""
    text = "" if path is None else str(path)
    return Markup("").join(_finalize(part) + (_finalize(sep) + Markup("<wbr>") if sep else "")
                           for part, sep in re.findall(r"([^/\\?&]*)([/\\?&]?)", text)
                           if part or sep)


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The shared HTML environment (newsbrief.render: autoescape, control
    characters stripped, http(s)-only links) over the web templates and the
    shared ones (base.html, brief.html)."""
    from .. import render as shared

    env = shared.html_environment().overlay(loader=jinja2.ChoiceLoader([
        jinja2.PackageLoader("newsbrief.web", "templates"),
        jinja2.PackageLoader("newsbrief", "templates")]), finalize=_finalize)
    env.filters = dict(env.filters)  # an overlay shares its parent's dicts
    env.globals = dict(env.globals)
    env.filters["link_url"] = link_url
    env.filters["num"] = lambda n: "" if n is None else f"{n:,}"
    env.filters["path_breaks"] = path_breaks
    env.globals["url_with"] = url_with
    env.globals["toggle_url"] = toggle_url
    env.globals["event_rows_html"] = event_rows_html
    env.globals["facet_box_html"] = facet_box_html
    return env


@lru_cache(maxsize=1)
def inline_style_hashes() -> tuple[str, ...]:
    """CSP sources for the shared layout's inline stylesheet ('sha256-...'), so
    style-src needs no 'unsafe-inline'."""
    import hashlib
    import re

    html = environment().get_template("base.html").render()
    return tuple("'sha256-" + base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
                 + "'" for css in re.findall(r"<style>(.*?)</style>", html, re.S))


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    context.setdefault("request_path", request.url.path)
    context.setdefault("query", request.query_params.get("q") or "")
    html = environment().get_template(template).render(**context)
    return HTMLResponse(html, status_code=status)


def json_response(data: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(data, status_code=status)


def marked(text: str, spans: list[tuple[int, int, str, dict[str, str]]]) -> Markup:
    """`text` escaped, with spans (start, end, css class, attributes) wrapped in
    <mark>/<a>; overlapping spans: the first one (by start, longest) wins."""
    from markupsafe import escape

    out, pos = [], 0
    for start, end, cls, attrs in sorted(spans, key=lambda s: (s[0], -s[1])):
        start, end = max(start, 0), min(end, len(text))
        if start < pos or end <= start:
            continue
        out.append(escape(text[pos:start]))
        tag = "a" if "href" in attrs else "mark"
        attr = "".join(f' {k}="{escape(v)}"' for k, v in attrs.items())
        out.append(Markup(f'<{tag} class="{escape(cls)}"{attr}>') + escape(text[start:end])
                   + Markup(f"</{tag}>"))
        pos = end
    out.append(escape(text[pos:]))
    return Markup("").join(out)
