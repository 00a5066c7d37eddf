"""Read TimeML documents and write them back with our TIMEX3 tags.

The document creation time (DCT) is the TIMEX3 with
functionInDocument="CREATION_TIME"; the text is the content of <TEXT> with all
tags removed.  The output keeps everything before <TEXT> as it was (so the DCT
TIMEX3 stays) and replaces the content of <TEXT> with the plain text carrying
our tags.  Gold annotations after </TEXT> (TLINKs and the like) are dropped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..records import Timex
from . import tag_timexes

_TEXT = re.compile(r"(<TEXT(?:\s[^>]*)?>)(.*?)(</TEXT>)", re.S)
_TAG = re.compile(r"<[^>]+>")
_DCT = re.compile(r"<TIMEX3\b[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>", re.S)
_VALUE = re.compile(r"\bvalue=\"([^\"]*)\"")


@dataclass(frozen=True)
class TimeMLDoc:
    path: Path
    head: str  # everything up to and including <TEXT>
    text: str  # plain text of <TEXT>, entities unescaped
    dct: str | None  # ISO date (or datetime) of the creation time


def read_timeml(path: str | Path) -> TimeMLDoc:
    path = Path(path)
    try:
        raw = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"cannot read TimeML file: {err}", where=str(path),
                         fix="pass a readable UTF-8 .tml file") from None
    m = _TEXT.search(raw)
    if m is None:
        raise InputError("no <TEXT> element", where=str(path),
                         fix="TimeML documents must hold their text in <TEXT>...</TEXT>")
    dct = None
    tag = _DCT.search(raw)
    if tag is not None:
        value = _VALUE.search(tag.group(0))
        dct = value.group(1) if value else None
    text = html.unescape(_TAG.sub("", m.group(2)))
    return TimeMLDoc(path=path, head=raw[:m.end(1)], text=text, dct=dct)


def render_timeml(doc: TimeMLDoc, timexes: Iterable[Timex]) -> str:
    parts: list[str] = [doc.head]
    pos = 0
    for n, t in enumerate(sorted(timexes, key=lambda t: t.start), start=1):
        if t.start < pos:
            continue
        parts.append(html.escape(doc.text[pos:t.start], quote=False))
        parts.append(f'<TIMEX3 tid="s{n}" type="{t.type}" value="{html.escape(t.value)}">')
        parts.append(html.escape(doc.text[t.start:t.end], quote=False))
        parts.append("</TIMEX3>")
        pos = t.end
    parts.append(html.escape(doc.text[pos:], quote=False))
    parts.append("</TEXT>\n\n</TimeML>\n")
    return "".join(parts)


def tag_timeml_dir(in_dir: str | Path, out_dir: str | Path, nlp: Any = None) -> Iterator[Path]:
    """Tag every *.tml of `in_dir` into `out_dir`; yields each written path.

    With `nlp` (a spaCy pipeline) the texts are parsed so verb tense can steer
    the resolution; without it the fast word cue is used.
    """
    in_dir, out_dir = Path(in_dir), Path(out_dir)
    paths = sorted(in_dir.glob("*.tml"))
    if not paths:
        raise InputError("no .tml files found", where=str(in_dir),
                         fix="point IN_DIR at a folder of TimeML documents")
    out_dir.mkdir(parents=True, exist_ok=True)
    docs = [read_timeml(p) for p in paths]
    parsed: Iterable[Any]
    if nlp is not None:
        parsed = nlp.pipe((d.text for d in docs), batch_size=8)
    else:
        parsed = (None for _ in docs)
    for doc, spacy_doc in zip(docs, parsed):
        timexes = tag_timexes(doc.text, doc.dct, doc=spacy_doc)
        target = out_dir / doc.path.name
        target.write_text(render_timeml(doc, timexes), "utf-8")
        yield target
