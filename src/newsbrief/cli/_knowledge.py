"""Commands over stored knowledge: events, timeline, actors, entities, search,
brief, export; and store upkeep: reprocess, watch."""

from __future__ import annotations

import json

import click

from ..escaping import terminal_text
from ._common import pass_app
from ._options import (check_duration, event_filters, format_option, limit_option, output_option,
                       since_option, text_dated_option, until_option, all_events_option)
from ._output import echo_json, emit
from ._progress import Progress

TABLE = ("table", "json", "jsonl", "csv", "md")
EVENT_COLUMNS = ["date", "type", "cameo", "actor", "recipient", "standing", "sources",
                 "mentions", "evidence"]
EVENT_FORMATS = ("json, jsonl: PLOVER-style records with their mentions; csv: the GDELT-like "
                 "columns of `export`.")


TIMELINE_COLUMNS = ["date", "type", "actor", "recipient", "standing", "reported_by",
                    "evidence"]


def emit_events(found, fmt: str, *, timeline: bool = False) -> None:
    """Merged events: tables show a summary line each (a timeline: the date as
    told and who reported it), JSON the whole record, CSV the export's columns."""
    from ..knowledge.export import COLUMNS
    from ..knowledge.phrasing import date_label
    from ..knowledge.queries import event_row, sources

    if fmt in ("json", "jsonl"):
        emit(found.to_plover(), fmt, [])
    elif fmt == "csv":
        emit(found.rows(), fmt, [], fields=[c for c, _ in COLUMNS])
    elif timeline:
        emit([dict(event_row(ev), date=date_label(ev), reported_by="; ".join(sources(ev)))
              for ev in found], fmt, TIMELINE_COLUMNS)
    else:
        emit([event_row(ev) for ev in found], fmt, EVENT_COLUMNS)


@click.command()
@event_filters
@all_events_option
@limit_option(50)
@format_option(*TABLE, extra=EVENT_FORMATS)
@pass_app()
def events(app, actor, recipient, types, since, until, modality, search, text_dated,
           all_events, limit, fmt):
    """List merged events, newest first, with their counts and standing."""
    emit_events(app.archive.events(actor=actor, recipient=recipient, type=types, since=since,
                                   until=until, modality=modality, search=search,
                                   limit=limit, text_dated=text_dated,
                                   all_events=all_events), fmt)


@click.command()
@click.argument("actor", metavar="ACTOR")
@click.argument("other", metavar="[ACTOR2]", required=False)
@since_option
@until_option
@text_dated_option
@all_events_option
@limit_option(None)
@format_option(*TABLE, extra=EVENT_FORMATS)
@pass_app()
def timeline(app, actor, other, since, until, text_dated, all_events, limit, fmt):
    """Dated events of one actor, or of a pair, oldest first, each with its sources."""
    emit_events(app.archive.timeline(actor, other, since=since, until=until, limit=limit,
                                     text_dated=text_dated, all_events=all_events), fmt,
                timeline=True)


@click.command()
@since_option
@until_option
@click.option("--by", type=click.Choice(["country", "entity"]), default="country",
              show_default=True, help="Count countries, or each named actor apart.")
@click.option("--pairs", is_flag=True,
              help="Only the actor -> recipient pairs (csv and jsonl print one list: the "
              "actors, or with --pairs the pairs).")
@limit_option(20)
@format_option(*TABLE, extra="json: one document {actors, pairs}.")
@pass_app()
def actors(app, since, until, by, pairs, limit, fmt):
    """Most active actors, and for each actor -> recipient pair the balance of
    cooperation and conflict (PLOVER quad classes, mean Goldstein-style score;
    mapping in docs/merging.md)."""
    result = app.archive.actors(since=since, until=until, by=by, limit=limit)
    if fmt == "json":
        echo_json(result.to_dict() if not pairs else result.pairs.to_dicts())
        return
    actor_cols = ["actor", "events", "as_actor", "as_recipient", "mentions", "cooperation",
                  "conflict"]
    pair_cols = ["actor", "recipient", "events", "verbal_coop", "material_coop",
                 "verbal_conflict", "material_conflict", "goldstein_mean", "balance"]
    if pairs or fmt in ("table", "md"):
        if not pairs:
            emit(result.actors, fmt, actor_cols, title="Actors")
            click.echo("")
        emit(result.pairs, fmt, pair_cols, title="Pairs" if fmt in ("table", "md") else None)
    else:
        emit(result.actors, fmt, actor_cols)


@click.command()
@click.option("--country", metavar="ISO3", help="Only actors of this country (e.g. PRK).")
@limit_option(50)
@format_option(*TABLE)
@pass_app()
def entities(app, country, limit, fmt):
    """List stored actors with their mention, article and event counts."""
    emit(app.archive.entities(country=country, limit=limit), fmt,
         ["name", "kind", "country", "sector", "office", "mentions", "articles", "events"])


@click.command()
@click.argument("text", nargs=-1, required=True)
@limit_option(20)
@format_option(*TABLE)
@pass_app()
def search(app, text, limit, fmt):
    """Full-text search over stored article text and event evidence."""
    hits = app.archive.search(" ".join(text), limit=limit).to_dicts()
    if fmt in ("table", "md"):
        for hit in hits:
            hit["article_id"] = hit["article_id"][:12]
    emit(hits, fmt, ["kind", "article_id", "published", "source", "snippet"])


@click.command()
@click.option("--about", multiple=True, metavar="TOPIC",
              help="What the brief is about: an actor or country (name or ISO3), a pair "
              "('PRK RUS': both take part) or free text found in the evidence. Repeatable: "
              "every one must match.")
@since_option
@until_option
@click.option("--last", metavar="DURATION", callback=check_duration,
              help="Only events of the last 24h, 7d, 2w (sets --since from today).")
@text_dated_option
@all_events_option
@format_option("md", "html", "json")
@output_option
@pass_app()
def brief(app, about, since, until, last, text_dated, all_events, fmt, output):
    """A cited brief: a dated lede, key developments, claims and who disputes them,
    commitments, background, who takes part, sources. Every statement cites its
    evidence [n]."""
    since = max(x for x in (since, last) if x) if (since or last) else None
    result = app.archive.brief(about, since=since, until=until, text_dated=text_dated,
                               all_events=all_events)
    text = (json.dumps(result.to_dict(), ensure_ascii=False, indent=1) + "\n" if fmt == "json"
            else result.to_html() if fmt == "html" else result.to_markdown())
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:  # to the terminal: no escape sequence from an input reaches it
        click.echo(terminal_text(text), nl=False)


@click.command("export")
@format_option("jsonl", "csv", "parquet",
               extra="jsonl: PLOVER-style records with mentions; csv/parquet: GDELT-like rows.")
@click.option("--output", "-o", metavar="FILE", help="Write here instead of stdout "
              "(required for parquet).")
@event_filters
@limit_option(None)
@pass_app()
def export_(app, fmt, output, actor, recipient, types, since, until, modality, search,
            text_dated, limit):
    """Export merged events for pandas, DuckDB or Spark."""
    out = output or click.get_text_stream("stdout")
    n = app.archive.export(fmt, output=out, actor=actor, recipient=recipient, type=types,
                           since=since, until=until, modality=modality, search=search,
                           limit=limit, text_dated=text_dated)
    click.echo(f"exported {n} events" + (f" -> {output}" if output else ""), err=True)


@click.command()
@click.option("--since-version", metavar="V",
              help="Only articles analysed by a pipeline older than V "
              "(default: any other version than this one).")
@click.option("--merge-only", is_flag=True,
              help="Only rebuild the merged events from the stored event records "
              "(after a change of the merge rule); no re-analysis.")
@pass_app()
def reprocess(app, since_version, merge_only):
    """Re-analyse stored articles after an upgrade, without refetching and
    without duplicating (each article rewritten in its own transaction)."""
    archive = app.archive
    if merge_only:
        n = archive.remerge()
        click.echo(f"re-merged {archive.store.count('event_mentions')} event records into {n} "
                   f"events -> {app.settings.db}", err=True)
        return
    progress = Progress(None)
    if progress.enabled:  # the total is one query away: the stale articles' ids
        from ..maintenance import stale_article_ids

        progress.total = len(stale_article_ids(archive.store, since_version))
    with progress:
        summary = archive.reprocess(since_version=since_version, on_item=progress.item)
    click.echo(f"reprocessed {summary.stored} articles; {summary.events} events, "
               f"{summary.entities} actors -> {app.settings.db}", err=True)


@click.command()
@click.argument("feeds", nargs=-1, required=True, metavar="FEED...")
@click.option("--every", default="15m", show_default=True, metavar="INTERVAL",
              help="Time between polls: 90s, 15m, 1h.")
@click.option("--max-polls", type=int, default=None, help="Stop after this many polls.")
@pass_app(creates=True)
def watch(app, feeds, every, max_polls):
    """Poll feeds and ingest what is new until stopped (Ctrl-C or SIGTERM stop
    between articles; nothing is half-written)."""
    from ..maintenance import parse_interval

    seconds = parse_interval(every)

    def report(poll, summary):
        click.echo(f"poll {poll}: read {summary.read}, stored {summary.stored}, duplicates "
                   f"{summary.duplicates}, failed {summary.failed}", err=True)

    result = app.archive.watch(list(feeds), every=seconds, max_polls=max_polls,
                               on_poll=report)
    click.echo(f"stopped after {result.polls} polls"
               + (f" ({result.stopped_by})" if result.stopped_by else "")
               + f": stored {result.stored}, duplicates {result.duplicates}", err=True)


COMMANDS = [events, timeline, actors, entities, search, brief, export_, reprocess, watch]
