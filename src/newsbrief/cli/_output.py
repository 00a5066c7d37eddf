"""Printing records in the format the user asked for.

Every command that prints records goes through `emit`, so `--format table`,
`json`, `jsonl`, `csv` and `md` mean the same everywhere. Tables are drawn by
rich: fitted to the terminal's width on a terminal, plain aligned text (no
colour, no truncation) in a pipe or file, so `grep` and `cut` still work.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Iterable, Sequence
from typing import IO, Any

import click

from ..escaping import markdown_text, terminal_line, terminal_text

# Columns that hold prose: on a terminal they give up width first and wrap.
PROSE = {"evidence", "title", "snippet", "text", "inputs", "quote"}


def _jsonable(value: Any) -> Any:
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


# DEL and the C1 controls (U+0080-U+009F, "\x9b" is a CSI) pass through JSON
# unescaped, and a terminal acts on them; escaped, the data is the same.
_C1 = re.compile("[\x7f-\x9f]")


def _json(obj: Any) -> str:
    text = json.dumps(_jsonable(obj), ensure_ascii=False, default=str)
    return _C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def echo_json(obj: Any, out: IO[str] | None = None) -> None:
    click.echo(_json(obj), file=out)


def emit(rows: Iterable[Any], fmt: str, columns: Sequence[str], *,
         fields: Sequence[str] | None = None, out: IO[str] | None = None,
         title: str | None = None) -> int:
    """Print `rows` (dicts, or records with `to_dict`) in `fmt`; returns how many.

    columns: what a table or Markdown shows; fields: what CSV writes (default:
    every key of the rows); JSON and JSONL always carry whole records.
    """
    out = out or sys.stdout
    if fmt == "jsonl":
        n = 0
        for row in rows:
            echo_json(row, out)
            n += 1
        return n
    if fmt == "json":
        # Streamed as it is read, yet one valid JSON document.
        n = 0
        for row in rows:
            out.write(("[\n" if n == 0 else ",\n") + _json(row))
            n += 1
        out.write("[]\n" if n == 0 else "\n]\n")
        return n
    rows = [_jsonable(r) for r in rows]
    if fmt == "csv":
        names = list(fields or (rows[0].keys() if rows else columns))
        writer = csv.DictWriter(out, fieldnames=names, lineterminator="\n",
                                extrasaction="ignore")
        writer.writeheader()
        # Article text without escape sequences and control characters, as in a
        # table: a CSV is read in terminals and spreadsheets, never run.
        writer.writerows({k: terminal_text(_cell(r.get(k))) for k in names} for r in rows)
    elif fmt == "md":
        if title:
            out.write(f"## {title}\n\n")
        out.write(markdown_table(rows, columns))
    elif fmt == "table":
        print_table(rows, columns, out=out, title=title)
    else:  # a programming error: each command offers only what it can print
        raise ValueError(f"format {fmt!r} is not a record format")
    return len(rows)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def markdown_table(rows: list[dict[str, Any]], columns: Sequence[str]) -> str:
    def md(value: Any) -> str:  # article-derived text: no HTML, links or cell breaks
        return markdown_text(_cell(value))

    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(md(r.get(c)) for c in columns) + " |" for r in rows]
    return "\n".join(lines) + "\n"


def print_table(rows: list[dict[str, Any]], columns: Sequence[str], *,
                out: IO[str] | None = None, title: str | None = None) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    out = out or sys.stdout
    tty = isatty(out)
    # Cells are article-derived: escape sequences and line breaks are removed.
    cells = [[terminal_line(_cell(row.get(c))) for c in columns] for row in rows]
    console = (Console(file=out, highlight=False) if tty else
               Console(file=io.StringIO(), width=1_000_000, color_system=None,
                       highlight=False, emoji=False, markup=False))
    widths = fit_widths(columns, cells, console.width) if tty else {}
    table = Table(box=box.SIMPLE_HEAD if tty else None, show_edge=False, pad_edge=False,
                  padding=(0, 1), collapse_padding=True, header_style="bold" if tty else "",
                  title=title if tty else None, title_justify="left")
    for col in columns:
        prose = col in PROSE
        # Prose wraps at word boundaries; short fields stay on one line and give
        # up their tail (…) only when the terminal is too narrow for them.
        table.add_column(col, overflow="fold" if prose else "ellipsis", no_wrap=not prose,
                         width=widths.get(col) if prose else None,
                         max_width=None if prose else widths.get(col),
                         justify="right" if _numeric(rows, col) else "left")
    for row in cells:
        table.add_row(*(Text(v) for v in row))  # Text: "[talks]" is no markup
    if tty:
        console.print(table)
        return
    # A pipe: as wide as the content, no colour, no trailing blanks.
    if title:
        out.write(f"{title}\n")
    console.print(table)
    out.write("".join(line.rstrip() + "\n" for line in console.file.getvalue().splitlines()))


PROSE_MIN = 30
SHORT_MIN = 10
GAP = 2  # blanks between two columns


def fit_widths(columns: Sequence[str], cells: list[list[str]], width: int) -> dict[str, int]:
    """Column widths that fit `width`. Short columns keep their natural width
    unless prose would get less than PROSE_MIN; then the widest give way first,
    down to their header's width (at least SHORT_MIN). Prose shares the rest."""
    natural = {c: max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)}
    short = [c for c in columns if c not in PROSE]
    prose = [c for c in columns if c in PROSE]
    room = width - GAP * (len(columns) - 1)
    widths = {c: natural[c] for c in short}
    floor = {c: min(natural[c], max(len(c), SHORT_MIN)) for c in short}
    need = sum(min(natural[c], PROSE_MIN) for c in prose)
    while sum(widths.values()) + need > room:
        give = [c for c in short if widths[c] > floor[c]]
        if not give:
            break
        widths[max(give, key=lambda c: widths[c])] -= 1
    left = room - sum(widths.values())
    for c in prose:
        widths[c] = max(min(natural[c], left // len(prose)), SHORT_MIN)
    return widths


def _numeric(rows: list[dict[str, Any]], col: str) -> bool:
    values = [r.get(col) for r in rows if r.get(col) is not None]
    return bool(values) and all(isinstance(v, (int, float)) and not isinstance(v, bool)
                                for v in values)


def isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
