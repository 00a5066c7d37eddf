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

    def __init__(self, config: str | None = None, db: str | None = None):
        self.config = config
        self.db = db
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

            self._archive = Archive(settings=self.settings)
        return self._archive

    def close(self) -> None:
        if self._archive is not None:
            self._archive.close()
            self._archive = None


def pass_app(*, store: bool = True) -> Callable:
    """Give a command its `App` as first argument, with `--config` (and `--db`
    when it uses a store) added to its options."""

    def decorate(fn: Callable) -> Callable:
        @functools.wraps(fn)
        def wrapper(*args: Any, config: str | None = None, db: str | None = None,
                    **kwargs: Any) -> Any:
            app = App(config, db)
            click.get_current_context().call_on_close(app.close)
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
            message, code = unexpected(err)
            click.echo(f"Error: {message}", err=True)
            ctx.exit(code)


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
