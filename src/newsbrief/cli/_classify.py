"""Command: classify (PLOVER type of marked source/target pairs)."""

from __future__ import annotations

import json
import sys

import click

from ..errors import InputError
from ._common import pass_app, report_failure


@click.command()
@click.argument("input_file", metavar="[INPUT|-]", default="-")
@click.option("--output", "-o", "output", metavar="FILE", default="-",
              help="Where to write predictions (default: stdout).")
@pass_app(store=False)
def classify(app, input_file, output):
    """Code the PLOVER event between marked actor pairs.

    INPUT is JSONL, one {"id", "text", "source": [start, end], "target": [start, end]}
    a line (character offsets into text); "-" or nothing reads stdin. Writes one
    {"id", "type", "mode", "cameo"} a line. Bad lines are reported on stderr and
    skipped (exit code 2 at the end); the other lines are still classified.
    """
    from ..events.classify import classify_pairs, prediction, read_pairs
    from ..nlp import load_nlp

    settings = app.settings
    origin = "<stdin>" if input_file == "-" else input_file
    try:
        source = sys.stdin if input_file == "-" else open(input_file, encoding="utf-8")
    except OSError as err:
        raise InputError(f"cannot read input ({err.strerror})", where=input_file,
                         fix="give a readable JSONL file, or - for stdin") from None
    failed = 0
    with source, click.open_file(output, "w", encoding="utf-8") as out:
        nlp = load_nlp(settings.model)
        for item in classify_pairs(nlp, read_pairs(source, origin),
                                   batch_size=max(settings.batch_size, 32)):
            if isinstance(item, tuple):
                out.write(json.dumps(prediction(*item), ensure_ascii=False) + "\n")
            else:
                failed += 1
                report_failure(item)
    if failed:
        sys.exit(InputError.exit_code)


COMMANDS = [classify]
