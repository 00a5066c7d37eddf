"""Fetching a URL the user asked for (or a feed entry's link), with httpx.

Only URLs given on the command line and links of feed entries are fetched;
nothing else goes on the network. Our guards on top of httpx:
- every connection (first request and each redirect hop) goes to an address
  checked here: all addresses a name resolves to must be public (no loopback,
  private, link-local, shared, reserved or multicast address), and the socket
  connects to the very address that was checked, so a name that resolves again
  to another address (DNS rebinding) gains nothing. `allow_private_addresses`
  turns the check off for users who mean to fetch from their own network;
- one wall-clock deadline for the whole fetch (connect, redirects, headers and
  body), not per read: a server dripping a byte a second cannot hold a run;
- one size limit on the body, read as a stream and cut there;
- redirects to http(s) only, at most a few.
Every failure becomes an InputError that names the URL and says what to try.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import time
from collections.abc import Callable, Generator
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import Any, TypeVar
from urllib.parse import urljoin, urlsplit

import certifi
import httpcore
import httpx
from tld import get_fld

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


MAX_REDIRECTS = 5
_ALLOW_FIX = ("set allow_private_addresses = true in your config (docs/settings.md) "
              "if you mean to fetch from your own network")


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


# ------------------------------------------------------------------ addresses


def address_refusal(address: str) -> str | None:
    """Why `address` (an IP literal) must not be fetched from, or None when it is public."""
    try:
        ip = ipaddress.ip_address(address.split("%")[0])
    except ValueError:
        return "not an IP address"
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is not None:
            why = address_refusal(str(embedded))
            if why:
                return why
    for test, what in ((ip.is_loopback, "a loopback"), (ip.is_link_local, "a link-local"),
                       (ip.is_multicast, "a multicast"), (ip.is_unspecified, "an unspecified"),
                       (ip.is_reserved, "a reserved"), (ip.is_private, "a private")):
        if test:
            return f"{what} address"
    if not ip.is_global:  # shared (100.64/10), documentation, benchmarking ranges
        return "a non-public address"
    return None


def _resolve(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError) as err:
        raise InputError(f"cannot reach the site (name {host!r} does not resolve: {err})",
                         where=host, fix="check the address and your network connection") from None
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def checked_addresses(host: str, port: int, *, allow_private: bool) -> list[str]:
    """Every address `host` resolves to, each checked: one refused address
    refuses the name (a resolver may hand out either at connect time)."""
    addresses = _resolve(host.strip("[]"), port)
    if not allow_private:
        for address in addresses:
            why = address_refusal(address)
            if why:
                shown = host if host.strip("[]") == address else f"{host} ({address})"
                raise InputError(f"refused: {shown} is {why}", where=host, fix=_ALLOW_FIX)
    return addresses


def check_url_host(url: str, *, allow_private: bool) -> list[str]:
    """Addresses of `url`'s host, checked (raises InputError when one is refused)."""
    parts = urlsplit(url)
    if not parts.hostname:
        raise InputError("address has no host", where=url, fix="check the address")
    port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    return checked_addresses(parts.hostname, port, allow_private=allow_private)


def same_site(page_url: str, other_url: str) -> bool:
    """True when both URLs are on one registrable domain (www.bbc.co.uk and
    news.bbc.co.uk are; evil.com and bbc.co.uk.evil.com are not); IP hosts must
    be equal. Canonical URLs are trusted only when this holds."""
    a, b = urlsplit(page_url).hostname, urlsplit(other_url).hostname
    if not a or not b:
        return False
    if a == b:
        return True
    fa = get_fld(a, fix_protocol=True, fail_silently=True)
    fb = get_fld(b, fix_protocol=True, fail_silently=True)
    return bool(fa) and fa == fb


# ------------------------------------------------------------------ transport


class _Deadline(Exception):
    """The fetch's overall deadline has passed."""


class _Refused(Exception):
    def __init__(self, error: InputError):
        super().__init__(error.what)
        self.error = error


class _DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every read and write waits at most until the deadline."""

    def __init__(self, stream: httpcore.NetworkStream, deadline: float):
        self._stream = stream
        self._deadline = deadline

    def _left(self, timeout: float | None) -> float:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise _Deadline()
        return left if timeout is None else min(timeout, left)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, self._left(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, self._left(timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname,
                                                      self._left(timeout)), self._deadline)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _GuardedBackend(httpcore.SyncBackend):
    """Connects only to checked addresses, and to the address that was checked."""

    def __init__(self, allow_private: bool, deadline: float):
        self.allow_private = allow_private
        self.deadline = deadline

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Any = None) -> httpcore.NetworkStream:
        try:
            addresses = checked_addresses(host, port, allow_private=self.allow_private)
        except InputError as err:
            raise _Refused(err) from None
        error: Exception | None = None
        for address in addresses:
            left = self.deadline - time.monotonic()
            if left <= 0:
                raise _Deadline()
            try:
                stream = super().connect_tcp(address, port, min(timeout or left, left),
                                             local_address, socket_options)
            except httpcore.ConnectError as err:
                error = err
                continue
            return _DeadlineStream(stream, self.deadline)
        raise error or httpcore.ConnectError(f"no address for {host}")


_SSL = ssl.create_default_context(cafile=certifi.where())


def _client(settings: Settings, deadline: float) -> httpx.Client:
    transport = httpx.HTTPTransport(verify=_SSL, retries=0)
    # httpx takes no network backend argument; its pool does (httpcore's public API)
    transport._pool = httpcore.ConnectionPool(
        ssl_context=_SSL, max_connections=4, retries=0,
        network_backend=_GuardedBackend(settings.allow_private_addresses, deadline))
    timeout = httpx.Timeout(settings.fetch_timeout)
    # trust_env off: a proxy from the environment would resolve names where we cannot check
    return httpx.Client(transport=transport, timeout=timeout, follow_redirects=False,
                        trust_env=False, headers={"User-Agent": settings.user_agent,
                                                  "Accept": _ACCEPT})


def fetch(url: str, settings: Settings) -> Fetched:
    """GET `url` within one deadline and size limit; raise InputError on HTTP
    errors, refused addresses, timeouts, oversize bodies."""
    deadline = time.monotonic() + settings.fetch_timeout
    try:
        with _client(settings, deadline) as client:
            return _get(client, url, settings)
    except _Refused as err:
        raise InputError(err.error.what, where=url, fix=err.error.fix) from None
    except (_Deadline, httpx.TimeoutException):
        raise InputError(f"no answer within {settings.fetch_timeout:g} s (for the whole fetch)", where=url,
                         fix="try again later, or raise fetch_timeout in the config") from None
    except httpx.ConnectError as err:
        raise InputError(f"cannot reach the site ({err})", where=url,
                         fix="check the address and your network connection") from None
    except (httpx.HTTPError, httpx.InvalidURL, OSError, ValueError) as err:
        raise InputError(f"fetch failed ({err or type(err).__name__})", where=url,
                         fix="check the address and your network connection") from None


def _get(client: httpx.Client, url: str, settings: Settings) -> Fetched:
    current = url
    for _hop in range(MAX_REDIRECTS + 1):
        if not is_url(current):
            raise InputError(f"redirect to non-HTTP address {current}", where=url,
                             fix="only http(s) addresses are fetched")
        with client.stream("GET", current) as response:
            if response.is_redirect:
                location = response.headers.get("Location", "")
                current = urljoin(current, location.strip())
                continue
            if response.status_code >= 400:
                code = response.status_code
                fix = ("check the address" if code in (404, 410) else
                       "the site refuses automated requests; save the page and give the file"
                       if code in (401, 403, 429) else "try again later")
                raise InputError(f"HTTP error {code} {response.reason_phrase}", where=url,
                                 fix=fix)
            limit = settings.max_bytes
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > limit:
                raise _too_big(url, limit)
            chunks, size = [], 0
            for chunk in response.iter_bytes():  # gzip and deflate opened by httpx
                size += len(chunk)
                if size > limit:
                    raise _too_big(url, limit)
                chunks.append(chunk)
            return Fetched(url=str(response.url), data=b"".join(chunks),
                           content_type=response.headers.get("Content-Type", "") or "")
    raise InputError(f"more than {MAX_REDIRECTS} redirects", where=url,
                     fix="check the address in a browser")


def _too_big(url: str, limit: int) -> InputError:
    return InputError(f"page is over the {limit:,}-byte limit", where=url,
                      fix="raise max_bytes in the config if this is really one article")
