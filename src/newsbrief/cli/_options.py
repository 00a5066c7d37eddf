"""Options shared by the commands, defined once: the store and config, the output
format, dates, and the event filters (the same names as the Python API's)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import click

from ..records import MODALITIES, PLOVER_TYPES

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

db_option = click.option(
    "--db", "db", metavar="FILE", default=None,
    help="SQLite database file. Default: $NEWSBRIEF_DB, else "
    "~/.local/share/newsbrief/newsbrief.db.")
config_option = click.option(
    "--config", "config", metavar="FILE", default=None, envvar="NEWSBRIEF_CONFIG",
    help="TOML file overriding the packaged defaults (see docs/settings.md).")


def format_option(*choices: str, default: str | None = None, extra: str = "") -> Callable:
    """`--format` with the choices that make sense for one command (the meaning of
    each is in the top-level help: `newsbrief --help`)."""
    return click.option("--format", "fmt", type=click.Choice(list(choices)),
                        default=default or choices[0], show_default=True,
                        help="Output format." + (f" {extra}" if extra else ""))


def check_date(_ctx, _param, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        if ISO_DATE.match(value):
            date.fromisoformat(value)
            return value
    except ValueError:
        pass
    raise click.BadParameter(f"'{value}' is not a date: use YYYY-MM-DD, e.g. 2024-12-05")


def check_types(_ctx, _param, values: tuple[str, ...]) -> tuple[str, ...]:
    """--type: PLOVER types in any case; an unknown one is an error naming the
    sixteen, not an empty answer."""
    out = tuple(v.strip().upper() for v in values)
    for value, given in zip(out, values):
        if value not in PLOVER_TYPES:
            raise click.BadParameter(
                f"'{given}' is not a PLOVER event type: use one of {', '.join(PLOVER_TYPES)}")
    return out


def check_duration(_ctx, _param, value: str | None) -> str | None:
    """--last 24h / 7d / 2w: the window's first day, counted back from today (UTC)."""
    if value is None:
        return None
    from datetime import datetime, timedelta, timezone

    m = re.fullmatch(r"\s*(\d+)\s*([hdw])\s*", value.lower())
    if not m:
        raise click.BadParameter(f"'{value}' is not a duration: use a number and h, d or w "
                                 "(24h, 7d, 2w)")
    hours = int(m[1]) * {"h": 1, "d": 24, "w": 168}[m[2]]
    return (datetime.now(timezone.utc) - timedelta(hours=hours)).date().isoformat()


published_option = click.option("--published", metavar="YYYY-MM-DD", callback=check_date,
                                help="Publication date of the inputs (overrides metadata).")
source_option = click.option("--source", metavar="NAME", help="Outlet name of the inputs.")
since_option = click.option("--since", metavar="YYYY-MM-DD", callback=check_date,
                            help="Only events dated on or after this day.")
until_option = click.option("--until", metavar="YYYY-MM-DD", callback=check_date,
                            help="Only events dated on or before this day.")
output_option = click.option("--output", "-o", metavar="FILE",
                             help="Write here instead of stdout.")


def limit_option(default: int | None) -> Callable:
    # at most SQLite's largest integer: a bigger one would end in an OverflowError
    return click.option("--limit", type=click.IntRange(0, 2 ** 63 - 1), default=default, show_default=default is not None,
                        help="At most this many records.")


text_dated_option = click.option(
    "--text-dated", is_flag=True,
    help="Only events whose date the text gives: leave out those dated by the publication "
    "day alone and undated background.")


all_events_option = click.option(
    "--all-events", is_flag=True,
    help="Also events below the confidence threshold ([events] threshold in the settings): "
    "records that are less likely real events.")


def event_filters(fn: Callable) -> Callable:
    """The event filters of `events` and `export` (Archive.events takes the same)."""
    for option in reversed([
        click.option("--actor", multiple=True, metavar="NAME|ISO3",
                     help="Events where this actor acts (name, or country code like PRK)."),
        click.option("--recipient", multiple=True, metavar="NAME|ISO3",
                     help="Events aimed at this actor."),
        # an unknown type is an error naming the sixteen, not an empty answer
        click.option("--type", "types", multiple=True, metavar="PLOVER",
                     callback=check_types,
                     help="PLOVER event type, e.g. AGREE, ASSAULT (repeatable)."),
        since_option, until_option,
        click.option("--modality", type=click.Choice(MODALITIES),
                     help="Events with at least one mention of this standing."),
        click.option("--search", metavar="TEXT", help="Words that must occur in the evidence."),
        text_dated_option,
    ]):
        fn = option(fn)
    return fn
