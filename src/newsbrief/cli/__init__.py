"""The `newsbrief` command: a thin layer over the library.

Each command parses its flags, gets the settings and the store from one context
object (`_common.App`, the same `newsbrief.Archive` the Python API returns),
calls one library function and prints records through `_output.emit`. Errors
are printed by one handler (`_common.NewsbriefGroup`). Commands live in small
modules by topic; this file only assembles them.
"""

from __future__ import annotations

import logging
import sys

import click

from .. import __version__
from . import _analysis, _classify, _ingest, _kb, _knowledge, _spark, _timeml, _web
from ._common import NewsbriefGroup

MODULES = (_ingest, _analysis, _timeml, _classify, _knowledge, _kb, _spark, _web)


@click.group(name="newsbrief", cls=NewsbriefGroup,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsbrief")
def main() -> None:
    """Turn news articles into sourced, dated records of who did what to whom.

    Commands that print records take --format: table (aligned columns fitting
    the terminal; plain text in a pipe), json (one JSON document), jsonl (one
    JSON object a line), csv (with a header), md (Markdown); a brief also html.

    Errors are printed as one `Error: ...` line saying what, where and how to
    fix it; exit codes: 1 unexpected, 2 input or usage, 3 config, 4 store,
    5 model. Set NEWSBRIEF_DEBUG=1 to see the traceback of an unexpected error.
    """
    _show_warnings()


def _show_warnings() -> None:
    """Library warnings (e.g. an article whose date cannot be found) go to stderr
    as 'Warning: ...' lines, once, whatever the command."""
    log = logging.getLogger("newsbrief")
    if not any(isinstance(h, _EchoHandler) for h in log.handlers):
        log.addHandler(_EchoHandler())
        log.setLevel(logging.WARNING)


class _EchoHandler(logging.Handler):
    # The current sys.stderr at each call: a StreamHandler would keep the stream it
    # was made with (wrong under test runners and redirection), and click.echo
    # writes to the stream's binary buffer, under a progress bar's redirection, so
    # the warning would land on the bar's line instead of above it.
    def emit(self, record: logging.LogRecord) -> None:
        print(f"Warning: {record.getMessage()}", file=sys.stderr, flush=True)


for _module in MODULES:
    for _command in _module.COMMANDS:
        main.add_command(_command)
