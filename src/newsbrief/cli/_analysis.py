"""Commands: extract (the pipeline without a store)."""

from __future__ import annotations

import sys

import click

from ..errors import InputFailure
from ._common import config_option, echo_json, handles_errors, settings_from
from ._ingest import published_option, source_option


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="FILE...")
@published_option
@source_option
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True,
              help="One JSON object a line: {article, entities, timexes, events}.")
@config_option
@handles_errors
def extract(inputs, published, source, fmt, config):
    """Run the pipeline on articles without touching a store; print records in input order."""
    from ..ingest import extract as run_extract

    settings = settings_from(config)
    failed = 0
    for item in run_extract(list(inputs), settings, published=published, source=source):
        if isinstance(item, InputFailure):
            failed += 1
            click.echo(f"Error: {item.message()}", err=True)
        else:
            echo_json(item.to_dict())
    if failed:
        sys.exit(2)


COMMANDS = [extract]
