"""`newsbrief serve`: the web app over a store, read-only, on localhost."""

from __future__ import annotations

import click

from ._common import pass_app


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. The default answers this machine only; "
              "0.0.0.0 exposes the store to the network.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--token", envvar="NEWSBRIEF_SERVE_TOKEN", default=None, metavar="TOKEN",
              help="Enable the write route (POST /api/reindex) for requests sending "
              "'Authorization: Bearer TOKEN'. Default: no write route. "
              "Env: NEWSBRIEF_SERVE_TOKEN.")
@click.option("--query-seconds", default=5.0, show_default=True,
              type=click.FloatRange(0.1, 120.0),
              help="Interrupt any database query running longer than this.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes answering requests (each with its own connections "
              "and cache); about one per CPU core.")
@click.option("--threads", default=40, show_default=True, type=click.IntRange(1, 64),
              help="Requests each worker answers at once; the others wait in line.")
@pass_app()
def serve(app, host, port, token, query_seconds, workers, threads):
    """Browse and query the store in a web browser, with a JSON API under /api/
    (search, event table, events, articles, actors, map, briefs, runs). The store
    is opened read-only. Needs the web extra: pip install 'newsbrief[web]'."""
    from ..errors import ConfigError
    from ..web import INSTALL_HINT, create_app

    try:
        import uvicorn
    except ImportError:
        raise ConfigError("`serve` needs uvicorn", fix=INSTALL_HINT) from None
    import os

    db = app.settings.db
    asgi = create_app(db, token=token, query_seconds=query_seconds,  # checks the store now
                      threads=threads, serving=True)
    click.echo(f"Serving {db} read-only on http://{host}:{port}/ (Ctrl-C stops)", err=True)
    if workers == 1:
        uvicorn.run(asgi, host=host, port=port, log_level="warning", access_log=False)
        return
    os.environ.update(NEWSBRIEF_SERVE_DB=str(db), NEWSBRIEF_SERVE_QUERY_SECONDS=str(query_seconds),
                      NEWSBRIEF_SERVE_THREADS=str(threads))
    if token:
        os.environ["NEWSBRIEF_SERVE_TOKEN"] = token
    uvicorn.run("newsbrief.web.app:from_environment", factory=True, workers=workers, host=host,
                port=port, log_level="warning", access_log=False)


COMMANDS = [serve]
