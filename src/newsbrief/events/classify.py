"""Pair mode: the PLOVER type of a (source, target) pair marked in a sentence.

Input records are `{"id", "text", "source": [start, end], "target": [start, end]}`
(character offsets); each yields `{"id", "type", "mode", "cameo"}`. Texts are
parsed in batches with nlp.pipe, once per distinct text (gold sets often mark
several pairs in one sentence). A bad record becomes an `InputFailure` and the
others are still classified.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..errors import InputError, InputFailure
from .coding import Coding, code_relation


@dataclass(frozen=True)
class Pair:
    id: str
    text: str
    source: tuple[int, int]
    target: tuple[int, int]


def _offsets(value, name: str, size: int, where: str) -> tuple[int, int]:
    if not (isinstance(value, (list, tuple)) and len(value) == 2
            and all(isinstance(v, int) for v in value)):
        raise InputError(f"'{name}' must be [start, end] character offsets", where=where,
                         fix="give two integers, e.g. [0, 12]")
    start, end = value
    if not 0 <= start < end <= size:
        raise InputError(f"'{name}' offsets {value} fall outside the text ({size} chars)",
                         where=where, fix="offsets count characters of 'text' from 0")
    return start, end


def parse_pair(record: object, where: str) -> Pair:
    """A Pair from one decoded JSON record; raises InputError saying what is missing."""
    if not isinstance(record, dict):
        raise InputError("expected a JSON object", where=where,
                         fix='one {"id", "text", "source", "target"} object a line')
    for key in ("id", "text", "source", "target"):
        if key not in record:
            raise InputError(f"missing field '{key}'", where=where,
                             fix='each line needs "id", "text", "source" and "target"')
    text = record["text"]
    if not isinstance(text, str):
        raise InputError("'text' must be a string", where=where)
    return Pair(str(record["id"]), text, _offsets(record["source"], "source", len(text), where),
                _offsets(record["target"], "target", len(text), where))


def read_pairs(lines: Iterable[str], origin: str) -> Iterator[Pair | InputFailure]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{origin}:{n}"
        try:
            yield parse_pair(json.loads(line), where)
        except json.JSONDecodeError as err:
            yield InputFailure(where, f"not JSON ({err.msg})", "one JSON object a line")
        except InputError as err:
            yield InputFailure.from_error(err, where)


def _span(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:  # offsets in whitespace: widen to a token
        span = doc.char_span(start, min(len(doc.text), end + 1), alignment_mode="expand")
    return span


def classify_pair(doc, pair: Pair) -> Coding:
    source = _span(doc, *pair.source)
    target = _span(doc, *pair.target)
    if source is None or target is None:
        raise InputError("source or target offsets do not cover a token", where=pair.id,
                         fix="mark spans that cover words of the text")
    coding = code_relation(doc, source, target)
    assert coding is not None  # code_relation always falls back to a prior
    return coding


def classify_pairs(nlp, items: Iterable[Pair | InputFailure], *, batch_size: int = 64
                   ) -> Iterator[tuple[Pair, Coding] | InputFailure]:
    """Classify pairs in input order; failures pass through unchanged.

    Input is consumed in chunks so memory stays flat on long files, and each
    distinct text in a chunk is parsed once.
    """
    chunk: list[Pair | InputFailure] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= batch_size * 8:
            yield from _classify_chunk(nlp, chunk, batch_size)
            chunk = []
    if chunk:
        yield from _classify_chunk(nlp, chunk, batch_size)


def _classify_chunk(nlp, chunk, batch_size):
    texts = list(dict.fromkeys(p.text for p in chunk if isinstance(p, Pair)))
    # NER is not read in pair mode: the spans are given.
    disable = [name for name in ("ner", "newsbrief_ner") if name in nlp.pipe_names]
    docs = dict(zip(texts, nlp.pipe(texts, batch_size=batch_size, disable=disable)))
    for item in chunk:
        if isinstance(item, InputFailure):
            yield item
            continue
        try:
            yield item, classify_pair(docs[item.text], item)
        except InputError as err:
            yield InputFailure.from_error(err, item.id)


def prediction(pair: Pair, coding: Coding) -> dict:
    """The output record of pair mode."""
    return {"id": pair.id, "type": coding.type, "mode": coding.mode, "cameo": coding.cameo}
