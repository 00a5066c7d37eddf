"""Commands: `timeml` (tag TimeML documents with TIMEX3s, for TempEval-3 scoring)."""

from __future__ import annotations

import click

from ._common import pass_app


@click.command("timeml")
@click.argument("in_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("out_dir", type=click.Path(file_okay=False))
@click.option("--model", "model", default=None, metavar="NAME",
              help="spaCy pipeline whose parse gives verb tense (default: the [nlp] model setting).")
@click.option("--fast", is_flag=True, help="Skip the spaCy parse; use the word-based tense cue.")
@pass_app(store=False)
def timeml(app, in_dir: str, out_dir: str, model: str | None, fast: bool) -> None:
    """Tag the TimeML documents of IN_DIR with TIMEX3s into OUT_DIR.

    The document creation time (functionInDocument="CREATION_TIME") anchors
    relative dates; the output keeps each file's name and text, so
    timex_score.py can compare it with the gold files.
    """
    from ..timexes.timeml import tag_timeml_dir

    nlp = None
    if not fast:
        from ..nlp import load_nlp

        nlp = load_nlp(model or app.settings.model)
    count = sum(1 for _ in tag_timeml_dir(in_dir, out_dir, nlp=nlp))
    click.echo(f"tagged {count} document(s) into {out_dir}", err=True)


COMMANDS = [timeml]
