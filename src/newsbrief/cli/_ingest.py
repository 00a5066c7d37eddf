"""Commands: ingest, articles, show, runs."""

from __future__ import annotations

import re
import sys

import click

from ..errors import ConfigError
from ..escaping import terminal_line, terminal_text
from ._common import (config_option, db_option, echo_json, echo_table, handles_errors,
                      open_store, settings_from)

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check_date(_ctx, _param, value: str | None) -> str | None:
    if value is None:
        return None
    from datetime import date

    try:
        if ISO_DATE.match(value):
            date.fromisoformat(value)
            return value
    except ValueError:
        pass
    raise click.BadParameter(f"'{value}' is not a date: use YYYY-MM-DD, e.g. 2024-12-05")


published_option = click.option("--published", metavar="YYYY-MM-DD", callback=check_date,
                                 help="Publication date of the inputs (overrides metadata).")
source_option = click.option("--source", metavar="NAME", help="Outlet name of the inputs.")


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="PATH_OR_URL...")
@db_option
@published_option
@source_option
@click.option("--max-bytes", type=int, help="Refuse inputs bigger than this (bytes).")
@click.option("--no-analysis", is_flag=True, help="Store articles only; skip language analysis.")
@config_option
@handles_errors
def ingest(inputs, db, published, source, max_bytes, no_analysis, config):
    """Read articles (text, HTML, JSONL, RSS/Atom, directories, URLs, - for stdin),
    analyse them and store them. Articles already stored are skipped."""
    from tqdm import tqdm

    from ..ingest import ingest as run_ingest

    settings = settings_from(config, db=db, max_bytes=max_bytes,
                             stages=() if no_analysis else None)
    with open_store(settings) as store:
        bar = tqdm(unit=" articles", file=sys.stderr, disable=None, leave=False)
        summary = run_ingest(list(inputs), settings, store, published=published, source=source,
                             on_item=lambda _outcome: bar.update(1))
        bar.close()
    for failure in summary.failures:
        click.echo(f"Error: {failure['where']}: {failure['what']}"
                   + (f" ({failure['fix']})" if failure["fix"] else ""), err=True)
    click.echo(f"read {summary.read}, stored {summary.stored}, duplicates {summary.duplicates}, "
               f"failed {summary.failed}; {summary.events} events, {summary.entities} actors "
               f"-> {settings.db}", err=True)
    if summary.failed:
        sys.exit(2)


@click.command()
@db_option
@click.option("--limit", type=int, default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object a line.")
@config_option
@handles_errors
def articles(db, limit, as_json, config):
    """List stored articles, newest first."""
    settings = settings_from(config, db=db)
    with open_store(settings) as store:
        rows = store.articles(limit=limit)
    if as_json:
        for row in rows:
            echo_json(row)
        return
    for row in rows:
        row["id"] = row["id"][:12]
    echo_table(rows, ["id", "published", "source", "events", "title"], {"title": 60, "source": 20})


@click.command()
@click.argument("article_id")
@db_option
@click.option("--json", "as_json", is_flag=True)
@config_option
@handles_errors
def show(article_id, db, as_json, config):
    """Print one stored article with its metadata (ID may be a unique prefix)."""
    settings = settings_from(config, db=db)
    with open_store(settings) as store:
        article = store.article(article_id)
    if article is None:
        raise ConfigError(f"no article with id '{article_id}'",
                          fix="list ids with `newsbrief articles`")
    if as_json:
        echo_json(article.to_dict())
        return
    for key in ("id", "title", "source", "url", "origin", "published", "published_source"):
        click.echo(f"{key + ':':18}{terminal_line(getattr(article, key) or '')}")
    if article.authors:
        click.echo(f"{'authors:':18}{terminal_line(', '.join(article.authors))}")
    click.echo("")
    click.echo(terminal_text(article.text))


@click.command()
@db_option
@click.option("--json", "as_json", is_flag=True)
@config_option
@handles_errors
def runs(db, as_json, config):
    """List recorded runs: when, what inputs, counts, failures."""
    settings = settings_from(config, db=db)
    with open_store(settings) as store:
        rows = store.runs()
    if as_json:
        for row in rows:
            echo_json(row)
        return
    echo_table(rows, ["id", "started_at", "command", "read", "stored", "duplicates", "failed",
                      "inputs"], {"inputs": 50})


COMMANDS = [ingest, articles, show, runs]
