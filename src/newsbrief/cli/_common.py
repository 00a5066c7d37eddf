"""What every command shares: one context object that builds the settings and
opens the store, and one error handler for the whole program.

A command asks for the context with `@pass_app()`; it gets `app.settings` and
`app.archive` (the same `newsbrief.Archive` the Python API returns), built from
`--config` and `--db` on first use and closed when the command ends. Errors are
printed by `NewsbriefGroup`, never by the commands themselves.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from typing import Any

import click

from ..errors import NewsbriefError, StoreError
from ._options import config_option, db_option

DEBUG_ENV = "NEWSBRIEF_DEBUG"


class App:
    """The settings and the store of one command run, built once, on first use."""

    def __init__(self, config: str | None = None, db: str | None = None,
                 creates: bool = False):
        self.config = config
        self.db = db
        self.creates = creates  # only commands that store make a new database
        self._overrides: dict[str, Any] = {}
        self._settings = None
        self._archive = None

    def configure(self, **overrides: Any) -> "App":
        """Settings given by a command's own flags (None: keep the configured value)."""
        if self._settings is not None:
            raise RuntimeError("configure() after the settings were built")
        self._overrides.update({k: v for k, v in overrides.items() if v is not None})
        return self

    @property
    def settings(self):
        if self._settings is None:
            from ..settings import load_settings

            self._settings = load_settings(self.config, db=self.db, **self._overrides)
        return self._settings

    @property
    def archive(self):
        if self._archive is None:
            from ..api import Archive

            self._archive = Archive(settings=self.settings, create=self.creates)
        return self._archive

    def close(self) -> None:
        if self._archive is not None:
            self._archive.close()
            self._archive = None


def pass_app(*, store: bool = True, creates: bool = False) -> Callable:
    """Give a command its `App` as first argument, with `--config` (and `--db`
    when it uses a store) added to its options. Only a command that `creates`
    (ingest, watch, load) makes a new store; the others say it does not exist."""

    def decorate(fn: Callable) -> Callable:
        @functools.wraps(fn)
        def wrapper(*args: Any, config: str | None = None, db: str | None = None,
                    **kwargs: Any) -> Any:
            app = App(config, db, creates)
            ctx = click.get_current_context()
            ctx.find_root()._app = app  # type: ignore[attr-defined]  # the handler names its db
            ctx.call_on_close(app.close)
            return fn(app, *args, **kwargs)

        wrapper = config_option(wrapper)
        return db_option(wrapper) if store else wrapper

    return decorate


def report_failure(item: Any) -> None:
    """One failed item (a NewsbriefError or an InputFailure) while the run goes on:
    the same `Error: ...` line the handler prints."""
    text = item.format() if isinstance(item, NewsbriefError) else item.message()
    click.echo(f"Error: {text}", err=True)


class NewsbriefGroup(click.Group):
    """The one error handler: a NewsbriefError is printed as one line with its fix
    and exits with its own code; any other exception becomes one line and a hint
    (no traceback, unless $NEWSBRIEF_DEBUG is set)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except NewsbriefError as err:
            click.echo(f"Error: {err.format()}", err=True)
            ctx.exit(err.exit_code)
        except BrokenPipeError:
            # `newsbrief events | head`: the reader has gone; that is no error.
            _quiet_stdout()
            ctx.exit(0)
        except KeyboardInterrupt:
            raise click.exceptions.Abort() from None
        except Exception as err:
            if os.environ.get(DEBUG_ENV):
                raise
            from ..store import as_store_error

            store_error = as_store_error(err, _db_of(ctx))
            if store_error is not None:  # locked, full, read-only ...: what to do
                click.echo(f"Error: {store_error.format()}", err=True)
                ctx.exit(store_error.exit_code)
            message, code = unexpected(err)
            click.echo(f"Error: {message}", err=True)
            ctx.exit(code)


def _db_of(ctx: click.Context) -> str | None:
    """The database file of the command that failed, to name it in the message."""
    app = getattr(ctx.find_root(), "_app", None)
    try:
        return app.settings.db if app is not None else None
    except Exception:  # noqa: BLE001 - only a name for the message
        return None


def unexpected(err: Exception) -> tuple[str, int]:
    """One line for an exception nobody anticipated, with what to do next, and the
    exit code."""
    if type(err).__module__ == "sqlite3":  # a database failure the store did not wrap
        return (f"the database failed: {err} (check the --db file, free disk space and "
                "permissions, and that no other program holds it locked)", StoreError.exit_code)
    if isinstance(err, OSError) and err.filename:
        return (f"{err.filename}: {err.strerror or err} (check the path, its folder and "
                f"permissions)", 1)
    detail = str(err).strip().splitlines()[0] if str(err).strip() else ""
    return (f"unexpected {type(err).__name__}{': ' + detail if detail else ''} (this is a "
            f"bug in newsbrief: rerun with {DEBUG_ENV}=1 to see where, and report it)", 1)


def _quiet_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
