"""`iter_articles`: turn paths, URLs and stdin into Articles (or InputFailures).

One bad input never stops the run: each yields one InputFailure naming it
(and its line or entry) and iteration goes on with the rest. Nothing is
printed here; the CLI counts and reports.
"""

from __future__ import annotations

import codecs
import dataclasses
import gzip
import io
import json
import os
import re
import sys
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError, InputFailure
from ..records import Article, make_article_id
from ..settings import Settings
from .dates import iso_date
from .detect import decode_html, decode_text, gunzip, sniff
from .feeds import iter_feed
from .fetch import Fetched, fetch, is_url, map_ahead
from .html import Page, extract_page
from .jsonl import (iter_json_array, iter_json_document, iter_jsonl, iter_jsonl_lines,
                    looks_like_jsonl)
from .text import UNSTORABLE, split_title, storable

Item = Article | InputFailure


def iter_articles(inputs: list[str], settings: Settings, *, published: str | None = None,
                  source: str | None = None) -> Iterator[Item]:
    """Yield an Article or an InputFailure for every article in `inputs`.

    inputs: file paths, directories (read recursively, sorted, hidden entries
    skipped), http(s) URLs, or "-" for stdin; each is read as HTML, plain text,
    JSONL or an RSS/Atom feed, decided by its content.
    published: ISO date for all articles, marked "given"; it wins over dates
    found in the input (the user said so explicitly). source: outlet name for
    all articles; it wins over site names and JSONL `source` fields.
    Raises InputError at once (before reading anything) when `published` is
    not an ISO date.
    """
    if published is not None:
        iso = iso_date(published)
        if iso is None:
            raise InputError(f"--published is not a date: {published!r}", where="--published",
                             fix="write it as YYYY-MM-DD, e.g. 2026-11-27")
        published = iso
    source = (source or "").strip() or None
    return _iter(list(inputs), settings, published, source)


def iter_data(data: str | bytes, where: str, settings: Settings, *,
              published: str | None = None, source: str | None = None) -> Iterator[Item]:
    """Articles in text held in memory (plain text, HTML, JSONL or a feed, found
    from the content, as for files); `where` names it in failures."""
    if published is not None and iso_date(published) is None:
        raise InputError(f"published is not a date: {published!r}", where="published",
                         fix="write it as YYYY-MM-DD, e.g. 2026-11-27")
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if len(raw) > settings.max_bytes:
        return iter([InputFailure(where, f"text is over the {settings.max_bytes:,}-byte limit",
                                  "split it, or raise max_bytes in the settings")])
    return _guard(_read_bytes(raw, where, settings, published and iso_date(published),
                              (source or "").strip() or None), where)



def clean_article(article: Article) -> Article:
    """The article with NUL characters and lone surrogates removed from every
    text field (the id, computed from the input, is kept: reruns agree)."""
    fields = ("text", "title", "url", "source", "origin")
    if not any(UNSTORABLE.search(getattr(article, f) or "") for f in fields) and not any(
            UNSTORABLE.search(a) for a in article.authors):
        return article
    changes = {f: storable(getattr(article, f)) for f in fields}
    changes["authors"] = tuple(a for a in (storable(a) for a in article.authors) if a)
    return dataclasses.replace(article, **changes)


def _iter(inputs: list[str], settings: Settings, published: str | None,
          source: str | None) -> Iterator[Item]:
    urls = [item for item in inputs if is_url(item)]
    fetched = _fetch_ahead(urls, settings)
    try:
        for item in inputs:
            if item == "-":
                yield from _guard(_read_stdin(settings, published, source), "-")
            elif is_url(item):
                got = next(fetched)
                yield from _guard(_read_fetched(item, got, settings, published, source), item)
            else:
                yield from _read_path(Path(item), settings, published, source)
    finally:
        fetched.close()


def _fetch_ahead(urls: list[str], settings: Settings) -> Generator[Fetched | InputError, None, None]:
    """URL inputs fetched a few at a time, in order: 50 URLs would otherwise
    wait for 50 round trips one after the other."""
    def one(url: str) -> Fetched | InputError:
        try:
            return fetch(url, settings)
        except InputError as err:
            return err

    return map_ahead(one, urls)


def _guard(items: Iterator[Item], where: str) -> Iterator[Item]:
    """One input in its own guard: an InputError becomes its InputFailure, and so
    does any other exception of the parsers beneath (a feed with a character
    reference past U+10FFFF made feedparser raise ValueError); articles leave
    with nothing unstorable in them."""
    try:
        for item in items:
            yield clean_article(item) if isinstance(item, Article) else item
    except InputError as err:
        yield InputFailure.from_error(err, where)
    except (MemoryError, RecursionError, ValueError, TypeError, LookupError, AttributeError,
            AssertionError, UnicodeError, OverflowError, ArithmeticError) as err:
        detail = f"{type(err).__name__}: {err}"
        yield InputFailure(where, f"input could not be read ({detail[:160]})",
                           "check that it is a complete file of one of the kinds read (text, "
                           "HTML, JSONL, RSS/Atom); the other inputs are read")


def _read_path(path: Path, settings: Settings, published: str | None,
               source: str | None) -> Iterator[Item]:
    where = str(path)
    if path.is_dir():
        files = list(_walk(path))
        if not files:
            yield InputFailure(where, "folder holds no (non-hidden) files",
                               "check the folder, or give the files themselves")
        for file in files:
            if isinstance(file, InputFailure):
                yield file
                continue
            yield from _guard(_read_file(file, settings, published, source), str(file))
        return
    if not path.exists():
        yield InputFailure(where, "no such file or folder", "check the path")
        return
    yield from _guard(_read_file(path, settings, published, source), where)


def _walk(root: Path) -> Iterator[Path | InputFailure]:
    """Files under `root`, sorted by name at each level, hidden ones skipped.
    A symlink leading out of `root` (to /etc/passwd, say) and anything that is
    not a regular file (a FIFO would block the read) are refused by name."""
    top = root.resolve()
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = Path(dirpath) / name
            if path.is_symlink():
                target = path.resolve()
                if not target.is_relative_to(top):
                    yield InputFailure(str(path), f"symlink to {target}, outside the folder "
                                       "being read; not followed",
                                       "give that file itself if you mean to read it")
                    continue
            if not path.is_file():
                yield InputFailure(str(path), "not a regular file (a pipe, socket or device)",
                                   "give it by name if you mean to read from it")
                continue
            yield path


_HEAD_BYTES = 1 << 16
# UTF-16 and UTF-32 text is read whole (up to max_bytes) and decoded; split at
# b"\n" byte by byte it would be garbage
_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _read_file(path: Path, settings: Settings, published: str | None,
               source: str | None) -> Iterator[Item]:
    where = str(path)
    name = path.name[:-3] if path.name.lower().endswith(".gz") else path.name
    try:
        with open(path, "rb") as raw:
            stream = _maybe_gunzip(raw)
            want = min(_HEAD_BYTES, settings.max_bytes + 1)
            head = stream.read(want)
            if (not head.startswith(_WIDE_BOMS) and sniff(head, where, name=name) == "jsonl"
                    and looks_like_jsonl(head, complete=len(head) < want)):
                # JSONL is streamed: max_bytes bounds each line, not the file,
                # so a corpus of any size reads in constant memory
                yield from iter_jsonl_lines(_lines(head, stream, settings.max_bytes), where,
                                            settings.max_bytes, published=published, source=source)
                return
            data = head + stream.read(settings.max_bytes + 1 - len(head))
            if len(data) > settings.max_bytes:
                raise InputError(f"file is over the {settings.max_bytes:,}-byte limit", where=where,
                                 fix="split it, store it as JSONL (read line by line), "
                                     "or raise max_bytes in the config")
    except PermissionError:
        raise InputError("permission denied", where=where, fix="check the file's permissions") from None
    except (OSError, EOFError) as err:
        what = getattr(err, "strerror", None) or str(err)
        raise InputError(f"cannot read ({what})", where=where,
                         fix="check the path; a .gz file may be damaged") from None
    yield from _read_bytes(data, where, settings, published, source, name=name)


def _maybe_gunzip(raw: io.BufferedReader) -> BinaryIO:
    # a peek, not open-read-reopen: a pipe (`<(zcat x)`) can be read only once
    if raw.peek(2)[:2] == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    return raw


def _lines(head: bytes, stream: BinaryIO, max_bytes: int) -> Iterator[bytes]:
    """Lines of `head` + the rest of `stream`, one item per line of the file.
    A line over max_bytes is yielded cut to max_bytes + 1 bytes (the JSONL
    reader reports it as too long) and the rest of it is read and dropped, so
    its tail never passes for a line of its own and line numbers stay right."""
    lines = head.split(b"\n")
    last = lines.pop()
    yield from lines
    line = last + stream.readline(max(max_bytes + 1 - len(last), 1))
    while line:
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:  # drop the rest of this line, a bounded chunk at a time
                rest = stream.readline(1 << 16)
                if not rest or rest.endswith(b"\n"):
                    break
            line = line[:max_bytes + 1]
        yield line
        line = stream.readline(max_bytes + 1)


def _read_stdin(settings: Settings, published: str | None, source: str | None) -> Iterator[Item]:
    stream = sys.stdin.buffer
    want = min(_HEAD_BYTES, settings.max_bytes + 1)
    head = stream.read(want)
    if (not head.startswith((b"\x1f\x8b", *_WIDE_BOMS)) and sniff(head, "-") == "jsonl"
            and looks_like_jsonl(head, complete=len(head) < want)):
        yield from iter_jsonl_lines(_lines(head, stream, settings.max_bytes), "-",
                                    settings.max_bytes, published=published, source=source)
        return
    data = head + stream.read(settings.max_bytes + 1 - len(head))
    if len(data) > settings.max_bytes:
        raise InputError(f"standard input is over the {settings.max_bytes:,}-byte limit", where="-",
                         fix="send JSONL (read line by line), or raise max_bytes in the config")
    yield from _read_bytes(data, "-", settings, published, source)


def _read_fetched(url: str, got: Fetched | InputError, settings: Settings,
                  published: str | None, source: str | None) -> Iterator[Item]:
    if isinstance(got, InputError):
        raise got
    yield from _read_bytes(got.data, url, settings, published, source,
                           content_type=got.content_type, url=got.url)


def _read_bytes(data: bytes, where: str, settings: Settings, published: str | None,
                source: str | None, *, name: str = "", content_type: str = "",
                url: str | None = None) -> Iterator[Item]:
    data = gunzip(data, where, settings.max_bytes)
    kind = sniff(data, where, name=name, content_type=content_type)
    if kind == "html":
        page = extract_page(decode_html(data, where, content_type), url, where)
        yield _page_article(page, where, url, published, source)
    elif kind == "feed":
        yield from iter_feed(data, where, settings,
                             lambda link: _fetch_page(link, settings),
                             published=published, source=source)
    elif kind == "jsonl" and looks_like_jsonl(data[:_HEAD_BYTES], len(data) <= _HEAD_BYTES):
        yield from iter_jsonl(decode_text(data, where), where, published=published, source=source)
    elif kind == "jsonl":  # opens with "{" but is one (pretty-printed) JSON document
        yield from iter_json_document(decode_text(data, where), where, published=published,
                                      source=source)
    elif kind == "json":
        text = decode_text(data, where)
        try:
            records = json.loads(text)
        except json.JSONDecodeError:
            records = None
        if isinstance(records, list):
            yield from iter_json_array(records, where, published=published, source=source)
        else:  # prose that happens to open with "[": read it as text
            yield _text_article(text, where, published, source)
    else:
        yield _text_article(decode_text(data, where), where, published, source)


def _fetch_page(link: str, settings: Settings) -> Page:
    got = fetch(link, settings)
    data = gunzip(got.data, link, settings.max_bytes)
    kind = sniff(data, link, content_type=got.content_type)
    if kind != "html":
        raise InputError(f"feed entry links to {kind}, not a web page", where=link,
                         fix="turn off follow_feed_links to use the entry's own text")
    return extract_page(decode_html(data, link, got.content_type), got.url, link)


def _page_article(page: Page, where: str, url: str | None, published: str | None,
                  source: str | None) -> Article:
    date, how = (published, "given") if published else (page.published, "metadata")
    page_url = page.url or url
    return Article(
        id=make_article_id(page_url, page.text),
        origin=where,
        text=page.text,
        title=page.title,
        url=page_url,
        source=source or page.site_name,
        published=date,
        published_source=how if date else None,
        authors=page.authors,
    )


def _text_article(text: str, where: str, published: str | None, source: str | None) -> Article:
    title, body = split_title(text)
    if not body:
        raise InputError("input is empty", where=where, fix="remove it, or check the file")
    return Article(
        id=make_article_id(None, body),
        origin=where,
        text=body,
        title=title,
        source=source,
        published=published,
        published_source="given" if published else None,
    )
