"""Find and normalise the time expressions of one text.

Every rule's pattern is run over the whole text; overlapping candidates are
resolved longest-first (ties: the earlier rule in RULES), then the survivors
are normalised left to right so anaphoric ones ("the quarter", "a day later")
can use what the text named before them.  Cost is linear in the text length
times the number of rules; no per-token Python work.
"""

from __future__ import annotations

import re
from typing import Any

from ..records import Timex
from . import rules_calendar, rules_duration, rules_relative
from .dates import parse_anchor
from .grammar import Context, Rule

# Order = priority when two rules match the very same span.
RULES: tuple[Rule, ...] = (
    *rules_calendar.RULES[:8],  # full dates, clock times, holidays
    *rules_relative.RULES,
    *rules_calendar.RULES[8:],  # centuries, decades, seasons, weekdays, months, years
    *rules_duration.RULES,
)

_TRAILING = re.compile(r"[\s,;:]+$")


def _candidates(text: str) -> list[tuple[int, int, int, re.Match[str]]]:
    found = []
    for priority, rule in enumerate(RULES):
        for m in rule.pattern.finditer(text):
            start, end = m.span()
            if end > start:
                found.append((start, end, priority, m))
    return found


def _select(found: list[tuple[int, int, int, re.Match[str]]]) -> list[tuple[int, int, int, re.Match[str]]]:
    """Greedy longest-first choice of non-overlapping candidates."""
    found.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int]] = []
    chosen = []
    for cand in found:
        start, end = cand[0], cand[1]
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        chosen.append(cand)
    chosen.sort(key=lambda c: c[0])
    return chosen


def tag_timexes(text: str, anchor: str | None, doc: Any = None) -> tuple[Timex, ...]:
    """TIMEX3 expressions of `text`, resolved against `anchor` (ISO date or None).

    `doc` (a spaCy Doc of the same text) lets the verb's tense pick between the
    last and the next "Wednesday"; without it a word cue is used.
    """
    ctx = Context(text=text, anchor=parse_anchor(anchor), doc=doc)
    out: list[Timex] = []
    found = _candidates(text)
    # A candidate rejected by its handler must not hide a shorter one below it,
    # so rejected spans are dropped and the selection is redone.
    while True:
        ctx.last_day = ctx.last_month = ctx.last_quarter = ctx.last_year = None
        rejected = set()
        results = []
        for start, end, priority, m in _select(list(found)):
            value = RULES[priority].handler(m, ctx)
            if value is None:
                rejected.add(id(m))
                continue
            results.append((start, end, value))
        if not rejected:
            break
        found = [c for c in found if id(c[3]) not in rejected]
    for start, end, (kind, value) in results:
        span = text[start:end]
        trimmed = _TRAILING.sub("", span)
        end = start + len(trimmed)
        out.append(Timex(start=start, end=end, text=trimmed, type=kind, value=value))
    return tuple(out)
