"""Which event a modifier belongs to: the nearest event predicate above it.

A date, place or number belongs to the event whose predicate it hangs from in
the parse ("signed in June", "the invasion in February 2022", "exchanged
documents in Moscow"). The walk goes up through nouns and prepositions and
stops at the first verb: a modifier of a verb that is not an event ("reported
Thursday") belongs to no event, and a modifier is never taken from another
clause.
"""

from __future__ import annotations

from collections.abc import Mapping

VERB_POS = frozenset({"VERB", "AUX"})
MAX_STEPS = 10


def governor(tok, predicates: Mapping[int, int], lines: list[int] | None = None) -> int | None:
    """The event index (value of `predicates`, keyed by token index) that owns `tok`;
    with `lines` (line number per token) the owner must be on the same line."""
    cur = tok
    for _ in range(MAX_STEPS):
        if lines is not None and lines[cur.i] != lines[tok.i]:
            return None
        hit = predicates.get(cur.i)
        if hit is not None and cur.i != tok.i:
            return hit
        if cur.i != tok.i and cur.pos_ in VERB_POS:
            return None
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def span_root(doc, start: int, end: int):
    """The syntactic head token of a character span of `doc`, or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root
