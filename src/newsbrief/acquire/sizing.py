"""How many items `iter_articles` will yield, when that is cheap to know.

Used for a progress total: files in a folder, lines of a JSONL file, entries of
a feed. Anything that would need a download or a decompression (URLs, stdin,
.gz files) makes the total unknown (None) rather than a guess.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import InputError
from ..settings import Settings
from .detect import sniff
from .fetch import is_url
from .inputs import _HEAD_BYTES, _walk
from .jsonl import looks_like_jsonl

# File names read as one article each (as long as their content agrees).
ONE_ARTICLE = (".txt", ".text", ".md", ".html", ".htm", ".xhtml")
_ENTRY = re.compile(rb"<(?:[A-Za-z0-9_]+:)?(?:item|entry)[\s>/]")


def count_items(inputs: list[str], settings: Settings) -> int | None:
    """Items (articles or failures) the inputs will yield, or None if unknown."""
    total = 0
    for item in inputs:
        if item == "-" or is_url(item):
            return None
        path = Path(item)
        files = list(_walk(path)) if path.is_dir() else [path]
        if path.is_dir() and not files:
            total += 1  # reported as one failure
        for file in files:
            n = count_file(file, settings)
            if n is None:
                return None
            total += n
    return total


def count_file(path: Path, settings: Settings) -> int | None:
    """Articles in one file: 1 for a page or text, lines for JSONL, entries for a feed."""
    name = path.name.lower()
    if name.endswith(".gz"):
        return None
    if name.endswith(ONE_ARTICLE):
        return 1  # a page or a text: no need to open it
    try:
        with open(path, "rb") as fh:
            head = fh.read(min(_HEAD_BYTES, settings.max_bytes + 1))
            kind = sniff(head, str(path), name=path.name)
            if kind == "jsonl" and looks_like_jsonl(head, complete=len(head) < _HEAD_BYTES):
                return sum(1 for line in head.split(b"\n")[:-1] if line.strip()) + sum(
                    1 for line in _rest_lines(head, fh) if line.strip())
            if kind == "feed":
                data = head + fh.read(max(settings.max_bytes + 1 - len(head), 0))
                return max(len(_ENTRY.findall(data)), 1)
            if kind == "json":
                return None  # an array of articles: counting means parsing
    except (OSError, InputError):
        return 1  # one failure will be reported for it
    return 1


def _rest_lines(head: bytes, fh):
    """The last (partial) line of `head` joined with the rest of the file, line by line."""
    last = head.split(b"\n")[-1]
    first = fh.readline()
    yield last + first
    yield from fh
