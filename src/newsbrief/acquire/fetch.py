"""Fetching a URL the user asked for (or a feed entry's link), with stdlib urllib.

Only URLs given on the command line and links of feed entries are fetched;
nothing else goes on the network. Every failure becomes an InputError that
names the URL and says what to try.
"""

from __future__ import annotations

import http.client
import socket
import urllib.error
import urllib.request
from collections.abc import Callable, Generator
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import TypeVar

from ..errors import InputError
from ..settings import Settings

_ACCEPT = ("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
           "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")


# Addresses fetched at once: enough to hide network latency, few enough to
# stay polite to one publisher's server.
FETCH_WORKERS = 4
LOOKAHEAD = 2 * FETCH_WORKERS
T = TypeVar("T")
R = TypeVar("R")


def map_ahead(fn: Callable[[T], R], items: list[T]) -> Generator[R, None, None]:
    """fn over items, a few at a time in threads, results in input order.

    At most LOOKAHEAD results wait unconsumed, so a list of 10,000 URLs read
    by a slow consumer (the language pipeline) never holds more than a few
    pages in memory. `fn` must not raise (return the error instead). Closing
    the generator early drops the calls not yet started.
    """
    if len(items) <= 1:
        yield from map(fn, items)
        return
    pool = ThreadPoolExecutor(max_workers=FETCH_WORKERS, thread_name_prefix="newsbrief-fetch")
    pending: deque[Future[R]] = deque()
    todo = iter(items)
    try:
        for item in islice(todo, LOOKAHEAD):
            pending.append(pool.submit(fn, item))
        while pending:
            done = pending.popleft()
            for item in islice(todo, 1):
                pending.append(pool.submit(fn, item))
            yield done.result()
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


@dataclass(frozen=True)
class Fetched:
    url: str  # final URL, after redirects
    data: bytes
    content_type: str


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http(s) only (urllib would also follow one to ftp)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if not is_url(newurl):
            raise urllib.error.HTTPError(newurl, code, f"redirect to non-HTTP address {newurl}",
                                         headers, fp)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_OPENER = urllib.request.build_opener(_HttpOnlyRedirects)


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def fetch(url: str, settings: Settings) -> Fetched:
    """GET `url`; raise InputError on HTTP errors, timeouts, oversize bodies."""
    request = urllib.request.Request(url, headers={
        "User-Agent": settings.user_agent,
        "Accept": _ACCEPT,
        "Accept-Encoding": "gzip",  # detect.gunzip opens it
    })
    try:
        with _OPENER.open(request, timeout=settings.fetch_timeout) as response:
            data = response.read(settings.max_bytes + 1)
            final = response.geturl() or url
            content_type = response.headers.get("Content-Type", "") or ""
    except urllib.error.HTTPError as err:
        fix = ("check the address" if err.code in (404, 410) else
               "the site refuses automated requests; save the page and give the file"
               if err.code in (401, 403, 429) else "try again later")
        raise InputError(f"HTTP error {err.code} {err.reason}", where=url, fix=fix) from None
    except urllib.error.URLError as err:
        reason = err.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise _timeout(url, settings) from None
        raise InputError(f"cannot reach the site ({reason})", where=url,
                         fix="check the address and your network connection") from None
    except (socket.timeout, TimeoutError):
        raise _timeout(url, settings) from None
    except (OSError, ValueError, http.client.HTTPException) as err:  # reset, bad URL, bad reply
        raise InputError(f"fetch failed ({err})", where=url,
                         fix="check the address and your network connection") from None
    if len(data) > settings.max_bytes:
        raise InputError(f"page is over the {settings.max_bytes:,}-byte limit", where=url,
                         fix="raise max_bytes in the config if this is really one article")
    return Fetched(url=final, data=data, content_type=content_type)


def _timeout(url: str, settings: Settings) -> InputError:
    return InputError(f"no answer within {settings.fetch_timeout:g} s", where=url,
                      fix="try again later, or raise fetch_timeout in the config")
