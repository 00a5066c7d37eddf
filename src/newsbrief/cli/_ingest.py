"""Commands: ingest, articles, show, runs."""

from __future__ import annotations

import sys

import click

from ..errors import ConfigError, InputError
from ..escaping import markdown_text, terminal_line, terminal_text
from ._common import pass_app
from ._options import format_option, limit_option, published_option, source_option
from ._output import echo_json, emit
from ._progress import Progress

TABLE = ("table", "json", "jsonl", "csv", "md")


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="PATH_OR_URL...")
@published_option
@source_option
@click.option("--max-bytes", type=int, help="Refuse inputs bigger than this (bytes).")
@click.option("--no-analysis", is_flag=True, help="Store articles only; skip language analysis.")
@pass_app(creates=True)
def ingest(app, inputs, published, source, max_bytes, no_analysis):
    """Read articles (text, HTML, JSONL, RSS/Atom, directories, URLs, - for stdin),
    analyse them and store them. Articles already stored are skipped.

    On a terminal a progress line shows the count (with a total and the time left
    when the inputs can be counted cheaply: files, JSONL lines, feed entries) and
    the rates in articles and words per second; warnings print above it.
    """
    from ..acquire.sizing import count_items

    app.configure(max_bytes=max_bytes, stages=() if no_analysis else None)
    archive = app.archive
    with Progress(None) as progress:
        progress.count_in_background(lambda: count_items(list(inputs), app.settings))
        summary = archive.ingest(list(inputs), published=published, source=source,
                                 on_item=progress.item)
    for failure in summary.failures:
        click.echo(f"Error: {failure['where']}: {failure['what']}"
                   + (f" ({failure['fix']})" if failure["fix"] else ""), err=True)
    click.echo(f"read {summary.read}, stored {summary.stored}, duplicates {summary.duplicates}, "
               f"failed {summary.failed}; {summary.events} events, {summary.entities} actors "
               f"-> {app.settings.db}", err=True)
    if summary.failed:
        sys.exit(InputError.exit_code)


@click.command()
@limit_option(50)
@format_option(*TABLE)
@pass_app()
def articles(app, limit, fmt):
    """List stored articles, newest first."""
    rows = app.archive.articles(limit=limit).to_dicts()
    if fmt in ("table", "md"):
        for row in rows:
            row["id"] = row["id"][:12]
    emit(rows, fmt, ["id", "published", "source", "events", "title"])


@click.command()
@click.argument("article_id")
@format_option("text", "json", "md")
@pass_app()
def show(app, article_id, fmt):
    """Print one stored article with its metadata (ID may be a unique prefix)."""
    article = app.archive.article(article_id)
    if article is None:
        raise ConfigError(f"no article with id '{article_id}'",
                          fix="list ids with `newsbrief articles`")
    if fmt == "json":
        echo_json(article)
        return
    keys = ("id", "title", "source", "url", "origin", "published", "published_source")
    # Article-derived text: no escape sequence (terminal) or markup (Markdown) acts.
    if fmt == "md":
        click.echo(f"# {markdown_text(article.title or article.id)}\n")
        for key in keys[2:] + ("id",):
            if getattr(article, key):
                click.echo(f"- **{key}**: {markdown_text(getattr(article, key))}")
        if article.authors:
            click.echo(f"- **authors**: {markdown_text(', '.join(article.authors))}")
        click.echo("")
        click.echo("\n".join(markdown_text(line) for line in article.text.split("\n")))
        return
    for key in keys:
        click.echo(f"{key + ':':18}{terminal_line(getattr(article, key) or '')}")
    if article.authors:
        click.echo(f"{'authors:':18}{terminal_line(', '.join(article.authors))}")
    click.echo("")
    click.echo(terminal_text(article.text))


@click.command()
@format_option(*TABLE)
@pass_app()
def runs(app, fmt):
    """List recorded runs: when, what inputs, counts, failures."""
    rows = app.archive.runs().to_dicts()
    if fmt in ("table", "md"):  # for reading: the inputs as a list, the start to the minute
        for row in rows:
            row["inputs"] = "; ".join(str(v) for v in row["inputs"])
            row["started_at"] = (row["started_at"] or "")[:16].replace("T", " ")
    emit(rows, fmt, ["id", "started_at", "command", "status", "read", "stored", "duplicates",
                     "failed", "inputs"])


COMMANDS = [ingest, articles, show, runs]
