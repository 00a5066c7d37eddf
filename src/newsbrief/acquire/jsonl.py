"""JSONL articles: one JSON object a line, as in the shared corpus layout.

Required: `text` (non-empty string). Optional: `title`, `published` (ISO
date), `url`, `source`, `id`, `authors` (list of strings, or one string with
names separated by commas). Other fields are ignored. Each bad line yields one
InputFailure naming the line and field; the other lines are still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import InputError, InputFailure
from ..records import Article, make_article_id
from .dates import iso_date
from .text import storable

_FIX_JSON = "each line must be one JSON object, e.g. {\"text\": \"...\", \"title\": \"...\"}"
_STR_FIELDS = ("title", "url", "source", "id", "published")


def iter_jsonl(text: str, origin: str, *, published: str | None = None,
               source: str | None = None) -> Iterator[Article | InputFailure]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        yield _line_article(line, f"{origin}:{number}", published, source)


def _line_article(line: str, where: str, published: str | None,
                  source: str | None) -> Article | InputFailure:
    # json.loads is the hot loop (5,000 articles in ~0.2 s); keep work here minimal
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return InputFailure(where, f"not valid JSON: {err.msg} (column {err.colno})", _FIX_JSON)
    return record_article(record, where, published=published, source=source)


def iter_jsonl_lines(lines: Iterable[bytes], origin: str, max_bytes: int, *,
                     published: str | None = None,
                     source: str | None = None) -> Iterator[Article | InputFailure]:
    """Streamed form: raw lines from a file; a bad line (too long, not UTF-8)
    fails alone."""
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        where = f"{origin}:{number}"
        if len(raw) > max_bytes:
            yield InputFailure(where, f"line is over the {max_bytes:,}-byte limit",
                               "check that records are one a line, or raise max_bytes")
            continue
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as err:
            yield InputFailure(where, f"not valid UTF-8 (byte 0x{raw[err.start]:02x} at column "
                                      f"{err.start + 1})", "convert the file to UTF-8")
            continue
        yield _line_article(line, where, published, source)


def looks_like_jsonl(head: bytes, complete: bool) -> bool:
    """True unless the first two lines both fail to parse as JSON: then the
    input is one pretty-printed JSON document (or not JSON at all), and it
    gets one record or one failure rather than a failure per line."""
    lines = head.split(b"\n")
    if not complete:
        lines.pop()  # cut off mid-line
    tried = 0
    for raw in lines:
        if not raw.strip():
            continue
        try:
            json.loads(raw)
            return True
        except ValueError:  # JSONDecodeError, or bytes that are not UTF-8
            tried += 1
            if tried == 2:
                return False
    return tried == 0  # no complete line seen: a huge first record, stream it


def iter_json_document(text: str, origin: str, *, published: str | None = None,
                       source: str | None = None) -> Iterator[Article | InputFailure]:
    """A whole-file JSON object (one article) or array (articles)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError(f"neither JSON Lines nor a JSON document ({err.msg}, line {err.lineno} "
                         f"column {err.colno})", where=origin, fix=_FIX_JSON) from None
    if isinstance(data, list):
        yield from iter_json_array(data, origin, published=published, source=source)
    else:
        yield record_article(data, origin, published=published, source=source)


def iter_json_array(records: list[Any], origin: str, *, published: str | None = None,
                    source: str | None = None) -> Iterator[Article | InputFailure]:
    """A JSON array of the same records (item N is reported as `origin:[N]`)."""
    for number, record in enumerate(records):
        yield record_article(record, f"{origin}:[{number}]", published=published, source=source)


def record_article(record: Any, where: str, *, published: str | None = None,
                   source: str | None = None) -> Article | InputFailure:
    if not isinstance(record, dict):
        return InputFailure(where, f"line is a JSON {type(record).__name__}, not an object", _FIX_JSON)
    text = record.get("text")
    if text is None:
        return InputFailure(where, "field 'text' is missing", "add the article body as \"text\"")
    if not isinstance(text, str):
        return InputFailure(where, f"field 'text' is a {_kind(text)}, not a string",
                            "give the article body as one string")
    text = (storable(text) or "").strip()
    if not text:
        return InputFailure(where, "field 'text' is empty", "give the article body, or drop the line")
    for name in _STR_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            return InputFailure(where, f"field '{name}' is a {_kind(value)}, not a string",
                                f"give '{name}' as a string or null")
    authors = record.get("authors")
    if authors is None:
        authors = ()
    elif isinstance(authors, str):
        authors = tuple(a.strip() for a in authors.split(",") if a.strip())
    elif isinstance(authors, list) and all(isinstance(a, str) for a in authors):
        authors = tuple(a.strip() for a in authors if a.strip())
    else:
        return InputFailure(where, f"field 'authors' is a {_kind(authors)}, not a list of strings",
                            "give 'authors' as a list of names, e.g. [\"Ana Ruiz\"]")
    date_value = record.get("published")
    how = None
    if published:
        date_value, how = published, "given"
    elif date_value:
        iso = iso_date(date_value)
        if iso is None:
            return InputFailure(where, f"field 'published' is not an ISO date: {date_value!r}",
                                "write it as YYYY-MM-DD (or null when unknown)")
        date_value, how = iso, "metadata"
    else:
        date_value = None
    url = storable(record.get("url")) or None
    return Article(
        id=record.get("id") or make_article_id(url, text),
        origin=where,
        text=text,
        title=(record.get("title") or "").strip() or None,
        url=url,
        source=source or (record.get("source") or "").strip() or None,
        published=date_value,
        published_source=how,
        authors=authors,
    )


def _kind(value: Any) -> str:
    return {dict: "object", list: "list", bool: "boolean", int: "number", float: "number",
            str: "string"}.get(type(value), type(value).__name__)
