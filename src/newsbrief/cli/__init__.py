"""The `newsbrief` command: a thin layer over the library.

Each command parses its flags, builds the same `Settings` the Python API takes,
calls one library function and maps `NewsbriefError`s to their exit codes.
Commands live in small modules by topic; this file only assembles them.
"""

from __future__ import annotations

import logging

import click

from .. import __version__
from . import _analysis, _classify, _ingest, _knowledge, _timeml

MODULES = (_ingest, _analysis, _timeml, _classify, _knowledge)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsbrief")
def main() -> None:
    """Turn news articles into sourced, dated records of who did what to whom."""
    _show_warnings()


def _show_warnings() -> None:
    """Library warnings (e.g. an article whose date cannot be found) go to stderr
    as 'Warning: ...' lines, once, whatever the command."""
    log = logging.getLogger("newsbrief")
    if not any(isinstance(h, _EchoHandler) for h in log.handlers):
        log.addHandler(_EchoHandler())
        log.setLevel(logging.WARNING)


class _EchoHandler(logging.Handler):
    # click.echo finds the current stderr at each call (a StreamHandler would keep
    # the stream it was made with, wrong under test runners and redirection).
    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"Warning: {record.getMessage()}", err=True)


for _module in MODULES:
    for _command in _module.COMMANDS:
        main.add_command(_command)
