"""Commands over stored knowledge: events, timeline, actors, entities, search,
brief, export; and store upkeep: reprocess, watch."""

from __future__ import annotations

import json
import sys

import click

from ..escaping import terminal_line, terminal_text
from ._common import (config_option, db_option, echo_json, echo_table, handles_errors,
                      open_store, settings_from)
from ._ingest import check_date

MODALITIES = ["asserted", "alleged", "conditional", "future", "negated"]

since_option = click.option("--since", metavar="YYYY-MM-DD", callback=check_date,
                            help="Only events dated on or after this day.")
until_option = click.option("--until", metavar="YYYY-MM-DD", callback=check_date,
                            help="Only events dated on or before this day.")


def event_filters(fn):
    """The event filters shared by `events` and `export`."""
    for option in reversed([
        click.option("--actor", multiple=True, metavar="NAME|ISO3",
                     help="Events where this actor acts (name, or country code like PRK)."),
        click.option("--recipient", multiple=True, metavar="NAME|ISO3",
                     help="Events aimed at this actor."),
        click.option("--type", "types", multiple=True, metavar="PLOVER",
                     help="PLOVER event type, e.g. AGREE, ASSAULT (repeatable)."),
        since_option, until_option,
        click.option("--modality", type=click.Choice(MODALITIES),
                     help="Events with at least one mention of this standing."),
        click.option("--search", metavar="TEXT", help="Words that must occur in the evidence."),
    ]):
        fn = option(fn)
    return fn


def _query(actor, recipient, types, since, until, modality, search, limit=None, order="desc"):
    from ..knowledge.queries import EventQuery

    return EventQuery(actor=tuple(actor), recipient=tuple(recipient), types=tuple(types),
                      since=since, until=until, modality=modality, search=search,
                      limit=limit, order=order)


@click.command()
@db_option
@event_filters
@click.option("--limit", type=int, default=50, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True, help="json: one merged event a line, with its mentions.")
@config_option
@handles_errors
def events(db, actor, recipient, types, since, until, modality, search, limit, fmt, config):
    """List merged events, newest first, with their counts and standing."""
    from ..knowledge import export as ex
    from ..knowledge.queries import event_row, find_events

    settings = settings_from(config, db=db)
    with open_store(settings) as store:
        found = find_events(store, _query(actor, recipient, types, since, until, modality,
                                          search, limit))
    if fmt == "json":
        for ev in found:
            echo_json(ex.record(ev))
    elif fmt == "csv":
        ex.write_csv(found, sys.stdout)
    else:
        echo_table([event_row(ev) for ev in found],
                   ["date", "type", "cameo", "actor", "recipient", "standing", "sources",
                    "mentions", "evidence"],
                   {"actor": 24, "recipient": 24, "evidence": 60})


@click.command()
@click.argument("actor", metavar="ACTOR")
@click.argument("other", metavar="[ACTOR2]", required=False)
@db_option
@since_option
@until_option
@click.option("--limit", type=int, default=None, help="At most this many events.")
@click.option("--json", "as_json", is_flag=True, help="One event a line, with its sources.")
@config_option
@handles_errors
def timeline(actor, other, db, since, until, limit, as_json, config):
    """Dated events of one actor, or of a pair, oldest first, each with its sources."""
    from ..knowledge import export as ex
    from ..knowledge.phrasing import date_label
    from ..knowledge.queries import names, sources
    from ..knowledge.queries import timeline as run

    settings = settings_from(config, db=db)
    with open_store(settings) as store:
        found = run(store, actor, other, since=since, until=until, limit=limit)
    if as_json:
        for ev in found:
            echo_json(ex.record(ev))
        return
    for ev in found:
        standing = ",".join(sorted(ev["standings"]))
        click.echo(terminal_line(f"{date_label(ev):12} {ev['type']:9} {names(ev['actors'])} -> "
                                 f"{names(ev['recipients']) or '-'} [{standing}] "
                                 f"({'; '.join(sources(ev))})"))
        for m in ev["mentions"][:3]:
            click.echo(f"{'':14}" + terminal_line(f"{m['source'] or m['article_id'][:12]}, "
                                                  f"sentence {m['sentence'] + 1}: "
                                                  f"{m['text'][:140]}"))


@click.command()
@db_option
@since_option
@until_option
@click.option("--by", type=click.Choice(["country", "entity"]), default="country",
              show_default=True, help="Count countries, or each named actor apart.")
@click.option("--limit", type=int, default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@config_option
@handles_errors
def actors(db, since, until, by, limit, as_json, config):
    """Most active actors, and for each actor -> recipient pair the balance of
    cooperation and conflict (PLOVER quad classes, mean Goldstein-style score;
    mapping in docs/merging.md)."""
    from ..knowledge.queries import actor_activity

    settings = settings_from(config, db=db)
    with open_store(settings) as store:
        result = actor_activity(store, since=since, until=until, by=by, limit=limit)
    if as_json:
        echo_json(result)
        return
    echo_table(result["actors"], ["actor", "events", "as_actor", "as_recipient", "mentions",
                                  "cooperation", "conflict"], {"actor": 30})
    click.echo("")
    echo_table(result["pairs"], ["actor", "recipient", "events", "verbal_coop",
                                 "material_coop", "verbal_conflict", "material_conflict",
                                 "goldstein_mean", "balance"], {"actor": 24, "recipient": 24})


@click.command()
@db_option
@click.option("--country", metavar="ISO3", help="Only actors of this country (e.g. PRK).")
@click.option("--limit", type=int, default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@config_option
@handles_errors
def entities(db, country, limit, as_json, config):
    """List stored actors with their mention, article and event counts."""
    from ..store.reads import entities as entity_counts

    settings = settings_from(config, db=db)
    with open_store(settings) as store:
        rows = entity_counts(store, country=country, limit=limit)
    if as_json:
        for row in rows:
            echo_json(row)
        return
    echo_table(rows, ["name", "kind", "country", "sector", "office", "mentions", "articles",
                      "events"], {"name": 32, "office": 24})


@click.command()
@click.argument("text", nargs=-1, required=True)
@db_option
@click.option("--limit", type=int, default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@config_option
@handles_errors
def search(text, db, limit, as_json, config):
    """Full-text search over stored article text and event evidence."""
    from ..store.reads import search_text as run

    settings = settings_from(config, db=db)
    with open_store(settings) as store:
        hits = run(store, " ".join(text), limit=limit)
    if as_json:
        for hit in hits:
            echo_json(hit)
        return
    for hit in hits:
        hit["article_id"] = hit["article_id"][:12]
    echo_table(hits, ["kind", "article_id", "published", "source", "snippet"],
               {"source": 20, "snippet": 90})


def _last(ctx, param, value):
    """--last 24h / 7d / 2w: the window's first day, counted back from today (UTC)."""
    if value is None:
        return None
    import re
    from datetime import datetime, timedelta, timezone

    m = re.fullmatch(r"\s*(\d+)\s*([hdw])\s*", value.lower())
    if not m:
        raise click.BadParameter(f"'{value}' is not a duration: use a number and h, d or w "
                                 "(24h, 7d, 2w)")
    hours = int(m[1]) * {"h": 1, "d": 24, "w": 168}[m[2]]
    return (datetime.now(timezone.utc) - timedelta(hours=hours)).date().isoformat()


@click.command()
@db_option
@click.option("--about", multiple=True, metavar="TOPIC",
              help="What the brief is about: an actor or country (name or ISO3), a pair "
              "('PRK RUS': both take part) or free text found in the evidence. Repeatable: "
              "every one must match.")
@since_option
@until_option
@click.option("--last", metavar="DURATION", callback=_last,
              help="Only events of the last 24h, 7d, 2w (sets --since from today).")
@click.option("--format", "fmt", type=click.Choice(["md", "html", "json"]), default="md",
              show_default=True)
@click.option("--output", "-o", metavar="FILE", help="Write here instead of stdout.")
@config_option
@handles_errors
def brief(db, about, since, until, last, fmt, output, config):
    """A cited brief: a dated lede, key developments, claims and who disputes them,
    commitments, background, who takes part, sources. Every statement cites its
    evidence [n]."""
    from ..knowledge.brief import BriefQuery, build_brief, render_html, render_markdown

    settings = settings_from(config, db=db)
    since = max(x for x in (since, last) if x) if (since or last) else None
    with open_store(settings) as store:
        result = build_brief(store, BriefQuery(about=tuple(about), since=since, until=until))
    text = (json.dumps(result, ensure_ascii=False, indent=1) + "\n" if fmt == "json" else
            render_html(result) if fmt == "html" else render_markdown(result))
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:  # to the terminal: no escape sequence from an input reaches it
        click.echo(terminal_text(text), nl=False)


@click.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]),
              default="jsonl", show_default=True,
              help="jsonl: PLOVER-style records with mentions; csv/parquet: GDELT-like rows.")
@click.option("--output", "-o", metavar="FILE", help="Write here instead of stdout "
              "(required for parquet).")
@event_filters
@click.option("--limit", type=int, default=None)
@config_option
@handles_errors
def export_(db, fmt, output, actor, recipient, types, since, until, modality, search, limit,
            config):
    """Export merged events for pandas, DuckDB or Spark."""
    from ..knowledge.export import export as run

    settings = settings_from(config, db=db)
    query = _query(actor, recipient, types, since, until, modality, search, limit, order="asc")
    with open_store(settings) as store:
        if fmt == "parquet" or not output:
            n = run(store, query, fmt, out=sys.stdout, path=output)
        else:
            with open(output, "w", encoding="utf-8", newline="") as fh:
                n = run(store, query, fmt, out=fh)
    click.echo(f"exported {n} events" + (f" -> {output}" if output else ""), err=True)


@click.command()
@db_option
@click.option("--since-version", metavar="V",
              help="Only articles analysed by a pipeline older than V "
              "(default: any other version than this one).")
@click.option("--merge-only", is_flag=True,
              help="Only rebuild the merged events from the stored event records "
              "(after a change of the merge rule); no re-analysis.")
@config_option
@handles_errors
def reprocess(db, since_version, merge_only, config):
    """Re-analyse stored articles after an upgrade, without refetching and
    without duplicating (each article rewritten in its own transaction)."""
    from tqdm import tqdm

    from ..maintenance import reprocess as run

    settings = settings_from(config, db=db)
    with open_store(settings) as store:
        if merge_only:
            n = store.remerge()
            click.echo(f"re-merged {store.count('event_mentions')} event records into {n} "
                       f"events -> {settings.db}", err=True)
            return
        bar = tqdm(unit=" articles", file=sys.stderr, disable=None, leave=False)
        summary = run(store, settings, since_version=since_version,
                      on_item=lambda _o: bar.update(1))
        bar.close()
    click.echo(f"reprocessed {summary.stored} articles; {summary.events} events, "
               f"{summary.entities} actors -> {settings.db}", err=True)


@click.command()
@click.argument("feeds", nargs=-1, required=True, metavar="FEED...")
@db_option
@click.option("--every", default="15m", show_default=True, metavar="INTERVAL",
              help="Time between polls: 90s, 15m, 1h.")
@click.option("--max-polls", type=int, default=None, help="Stop after this many polls.")
@config_option
@handles_errors
def watch(feeds, db, every, max_polls, config):
    """Poll feeds and ingest what is new until stopped (Ctrl-C or SIGTERM stop
    between articles; nothing is half-written)."""
    from ..maintenance import parse_interval
    from ..maintenance import watch as run

    seconds = parse_interval(every)
    settings = settings_from(config, db=db)

    def report(poll, summary):
        click.echo(f"poll {poll}: read {summary.read}, stored {summary.stored}, duplicates "
                   f"{summary.duplicates}, failed {summary.failed}", err=True)

    with open_store(settings) as store:
        result = run(list(feeds), settings, store, every=seconds, max_polls=max_polls,
                     on_poll=report)
    click.echo(f"stopped after {result.polls} polls"
               + (f" ({result.stopped_by})" if result.stopped_by else "")
               + f": stored {result.stored}, duplicates {result.duplicates}", err=True)


COMMANDS = [events, timeline, actors, entities, search, brief, export_, reprocess, watch]
