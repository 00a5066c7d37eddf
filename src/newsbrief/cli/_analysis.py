"""Commands: extract (the pipeline without a store)."""

from __future__ import annotations

import sys

import click

from ..errors import InputError, InputFailure
from ._common import pass_app, report_failure
from ._options import format_option, published_option, source_option
from ._output import emit


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="FILE...")
@published_option
@source_option
@format_option("jsonl", "json",
               extra="Each record is {article, entities, timexes, events} (docs/records.md); "
                     "both print one record a line, which is what scorers such as "
                     "events_gold_score.py read.")
@pass_app(store=False)
def extract(app, inputs, published, source, fmt):
    """Run the pipeline on articles without touching a store; print records in input order."""
    from ..api import extract_many

    failed = 0

    def records():
        nonlocal failed
        for item in extract_many(list(inputs), published=published, source=source,
                                 settings=app.settings, on_error="include",
                                 read_as="path"):
            if isinstance(item, InputFailure):
                failed += 1
                report_failure(item)
            else:
                yield item

    # `--format json` has always meant one record a line here, and evaluation
    # scripts read it so: an article stream stays JSON Lines in either format.
    emit(records(), "jsonl", [])
    if failed:
        sys.exit(InputError.exit_code)


COMMANDS = [extract]
