"""Options and error handling shared by every command."""

from __future__ import annotations

import functools
import json
import sys
from typing import Any, Callable

import click

from ..errors import NewsbriefError
from ..escaping import terminal_line
from ..settings import Settings, load_settings

db_option = click.option(
    "--db", "db", metavar="FILE", default=None,
    help="SQLite database file. Default: $NEWSBRIEF_DB, else "
    "~/.local/share/newsbrief/newsbrief.db.")
config_option = click.option(
    "--config", "config", metavar="FILE", default=None, envvar="NEWSBRIEF_CONFIG",
    help="TOML file overriding the packaged defaults (see docs/settings.md).")


def settings_from(config: str | None = None, **overrides: Any) -> Settings:
    return load_settings(config, **overrides)


def open_store(settings: Settings):
    from ..store import Store

    return Store(settings.db)


def handles_errors(fn: Callable) -> Callable:
    """Print a NewsbriefError as one clear line and exit with its code."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except NewsbriefError as err:
            click.echo(f"Error: {err.format()}", err=True)
            sys.exit(err.exit_code)

    return wrapper


def echo_json(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False))


def echo_table(rows: list[dict[str, Any]], columns: list[str], widths: dict[str, int] | None = None) -> None:
    """A plain aligned table: readable in a terminal, greppable in a pipe.
    Cells are article-derived: escape sequences and line breaks are removed."""
    rows = [{col: (None if r.get(col) is None else terminal_line(r.get(col))) for col in columns}
            for r in rows]
    widths = dict(widths or {})
    for col in columns:
        cells = [len(str(r.get(col) if r.get(col) is not None else "")) for r in rows]
        widths.setdefault(col, min(max([len(col), *cells]), 60))
    click.echo("  ".join(col.ljust(widths[col]) for col in columns))
    for row in rows:
        cells = []
        for col in columns:
            value = "" if row.get(col) is None else str(row.get(col))
            if len(value) > widths[col]:
                value = value[: widths[col] - 1] + "…"
            cells.append(value.ljust(widths[col]))
        click.echo("  ".join(cells).rstrip())
