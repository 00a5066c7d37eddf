"""The ASGI app: one object over a read-only store (datasette's model).

Every page is a view over named read queries (`newsbrief.store.web_reads`,
`newsbrief.knowledge.queries`) and every page's data is also under `/api/` as
JSON, with the same query parameters, an OpenAPI schema at /api/openapi.json,
cursor paging (`next`) and one error shape. Nothing here writes to the store;
the one write route (re-index search) exists only when a token is given.
"""

from __future__ import annotations

import hmac
import logging
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import NewsbriefError, StoreError
from ..store.readonly import QueryTimeout, StorePool
from .common import AnswerCache, FacetValues, WebError, error_body, inline_style_hashes, render

log = logging.getLogger("newsbrief.web")

# Scripts and styles only from this server; no inline script, no eval, no frames,
# no plugins; forms only post here. The vendored chart library draws on canvas.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' {styles}; "
       "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
       "base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"description": "A parameter is wrong: the error says which and how to fix it"},
    404: {"description": "No such record"},
    503: {"description": "The query ran past the server's time limit"},
}


# Requests answered at once by a worker process (its thread pool; others wait in
# line): anyio's default. Fewer (3, like Datasette's SQL threads) would keep a
# costly page from sharing the GIL with 19 others, but on this shared 2-core
# machine under load they lost a third of the throughput (a process with few
# runnable threads gets less of a busy machine): BENCHMARKS.md.
THREADS = 40


def tune_gc() -> None:
    """The server process's garbage collector, once the app is loaded: what is
    loaded by then (modules, templates, the facet values: about 120,000 objects)
    is set aside from collection (gc.freeze), and the youngest generation is
    collected after 10,000 new objects instead of 700. A request's garbage is freed
    by reference counting; the collector's pauses held every request thread (a
    full collection 75 ms of CPU, a young one up to 6; 4% of the CPU on the event
    table's mix, 0.7% after; BENCHMARKS.md)."""
    import gc

    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000, 20, 20)


def create_app(db: str, *, token: str | None = None, query_seconds: float = 5.0,
               threads: int = THREADS, serving: bool = False) -> FastAPI:
    """The app over the store at `db`, opened read-only; `token` enables the
    write route (POST /api/reindex with `Authorization: Bearer TOKEN`);
    `threads`: requests answered at once (the rest wait in line); `serving`: the
    app is the server process's own (`newsbrief serve`): its collector is tuned
    when it starts (`tune_gc`)."""
    from .views import ROUTERS

    pool = StorePool(db)
    app = FastAPI(title="newsbrief", version=_version(), docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json",
                  description="Merged news events with the sentences they come from. "
                  "Read-only. Errors: {\"error\": {status, title, what, where, fix}}.",
                  responses=ERROR_RESPONSES)
    app.state.pool = pool
    app.state.db = str(Path(db))
    app.state.query_seconds = query_seconds
    app.state.cache = AnswerCache(str(Path(db).expanduser().resolve()))
    # Table rows by event id (a few KB each), for every page that lists events.
    app.state.row_cache = AnswerCache(app.state.cache.files[0], size=5000)
    # Each event's facet values, for the facet panels (read at startup).
    app.state.facet_values = FacetValues(app.state.cache, str(Path(db)))
    app.state.token = token
    for router in ROUTERS:
        app.include_router(router)
    static = resources.files("newsbrief.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    _errors(app)

    security = dict(SECURITY_HEADERS, **{
        "Content-Security-Policy": CSP.format(styles=" ".join(inline_style_hashes()))})
    app.add_middleware(ResponseCache, cache=AnswerCache(app.state.cache.files[0], size=256))
    # Outermost: every answer, cached or not, carries the security headers.
    app.add_middleware(SecurityHeaders, headers=security)
    if token:
        from .views.admin import router as admin

        app.include_router(admin)
    app.router.on_shutdown.append(pool.close)

    async def limit_threads() -> None:
        import anyio.to_thread

        anyio.to_thread.current_default_thread_limiter().total_tokens = threads

    app.router.on_startup.append(limit_threads)
    app.router.on_startup.append(app.state.facet_values.read)
    if serving:
        app.router.on_startup.append(tune_gc)
    return app


class SecurityHeaders:
    """The security headers on every answer (a plain ASGI middleware: no task or
    body copy per request, unlike Starlette's BaseHTTPMiddleware)."""

    def __init__(self, app, headers: dict[str, str]):
        self.app = app
        self.headers = [(k.lower().encode("latin-1"), v.encode("latin-1"))
                        for k, v in headers.items()]

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        static = scope["path"].startswith("/static/")

        async def with_headers(message):
            if message["type"] == "http.response.start":
                have = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in self.headers if k not in have]
                if static:
                    extra = [(k, v) for k, v in extra if k != b"cache-control"]
                    extra.append((b"cache-control", b"public, max-age=3600"))
                    message = dict(message, headers=[
                        (k, v) for k, v in message.get("headers", [])
                        if k.lower() != b"cache-control"] + extra)
                else:
                    message = dict(message, headers=list(message.get("headers", [])) + extra)
            await send(message)

        await self.app(scope, receive, with_headers)


class ResponseCache:
    """Whole answers to GET requests (pages, JSON, downloads) kept until the
    database file or its write-ahead log changes: the store is read-only here,
    so an answer stays right until an ingest writes. Bounded in number and size."""

    MAX_BYTES = 2_000_000

    def __init__(self, app, cache: AnswerCache):
        self.app = app
        self.cache = cache

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "GET" or \
                scope["path"].startswith("/static/"):
            await self.app(scope, receive, send)
            return
        key = ("response", scope["path"], scope.get("query_string", b""))
        found, hit = self.cache.lookup(key)
        if found:
            status, headers, body = hit
            await send({"type": "http.response.start", "status": status,
                        "headers": headers + [(b"x-cache", b"hit")]})
            await send({"type": "http.response.body", "body": body})
            return
        start: dict = {}
        chunks: list[bytes] = []
        size = 0

        async def capture(message):
            nonlocal size
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                size += len(chunks[-1])
                if not message.get("more_body") and start.get("status") == 200 and \
                        size <= self.MAX_BYTES:
                    self.cache.put(key, (200, list(start.get("headers", [])), b"".join(chunks)))
            await send(message)

        await self.app(scope, receive, capture)


def from_environment() -> FastAPI:
    """The app for each uvicorn worker process of `serve --workers N` (they are
    started by import string, so the options travel in the environment)."""
    import os

    return create_app(os.environ["NEWSBRIEF_SERVE_DB"],
                      token=os.environ.get("NEWSBRIEF_SERVE_TOKEN") or None,
                      query_seconds=float(os.environ.get("NEWSBRIEF_SERVE_QUERY_SECONDS", "5")),
                      threads=int(os.environ.get("NEWSBRIEF_SERVE_THREADS", THREADS)),
                      serving=True)


def check_token(request: Request) -> None:
    expected = request.app.state.token
    given = request.headers.get("authorization", "")
    if not expected or not hmac.compare_digest(given.encode(), f"Bearer {expected}".encode()):
        raise WebError(401, "this route needs the token serve was started with",
                       where="Authorization header", fix="send 'Authorization: Bearer TOKEN'")


def _version() -> str:
    from .. import __version__

    return __version__


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path.endswith(
        (".json", ".jsonl", ".csv", ".parquet"))


def _answer(request: Request, status: int, what: str, where: str | None = None,
            fix: str | None = None):
    body = error_body(status, what, where, fix)
    if _wants_json(request):
        return JSONResponse(body, status_code=status)
    return render(request, "error.html", status=status, error=body["error"])


def _errors(app: FastAPI) -> None:
    @app.exception_handler(WebError)
    async def web_error(request: Request, err: WebError):
        return _answer(request, err.status, err.what, err.where, err.fix)

    @app.exception_handler(QueryTimeout)
    async def timeout(request: Request, err: QueryTimeout):
        return _answer(request, 503, err.what, err.where, err.fix)

    @app.exception_handler(NewsbriefError)
    async def library_error(request: Request, err: NewsbriefError):
        status = 500 if isinstance(err, StoreError) else 400
        return _answer(request, status, err.what, err.where, err.fix)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, err: RequestValidationError):
        first = err.errors()[0] if err.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return _answer(request, 400, first.get("msg", "invalid request"), where or None,
                       "see /api/openapi.json for the parameters")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, err: StarletteHTTPException):
        fix = "see / for the pages and /api/openapi.json for the API" if err.status_code == 404 \
            else None
        return _answer(request, err.status_code, str(err.detail), request.url.path, fix)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, err: Exception):
        log.exception("error answering %s", request.url.path)
        return _answer(request, 500, "the server failed to answer this request",
                       request.url.path, "report it with the URL; the server log has details")
