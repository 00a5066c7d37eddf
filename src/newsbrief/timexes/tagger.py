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
from . import lexicon as lx
from . import rules_calendar, rules_duration, rules_relative
from .dates import parse_anchor
from .grammar import Context, Rule

from ..words import word_lists

# The word lists of this module: data/tagger_lists.toml.
_LISTS = word_lists("newsbrief.timexes", "tagger_lists.toml")

# Order = priority when two rules match the very same span.
RULES: tuple[Rule, ...] = (
    *rules_calendar.RULES[:8],  # full dates, clock times, holidays
    *rules_relative.RULES,
    *rules_calendar.RULES[8:],  # centuries, decades, seasons, weekdays, months, years
    *rules_duration.RULES,
)

_TRAILING = re.compile(r"[\s,;:]+$")

# Why triggers: re tries every rule at every character, and the optional
# prefixes ("the past", "early", "about") make that slow on long articles.
# Each rule has required words; one pass over the words of the text finds
# where they occur, and a rule's full pattern is only run in windows around
# those places.  A rule's trigger words must occur in every possible match.
_UNIT_WORDS = _LISTS["unit_words"]
_UNIT_FORMS = {*_UNIT_WORDS, *(u + "s" for u in _UNIT_WORDS), "centuries", "millennia"}
_POD = ("morning", "afternoon", "evening", "night")


def _words_for(name: str) -> set[str]:
    month_words = set(lx.MONTHS)
    weekdays = set(lx.WEEKDAYS) | {w + "s" for w in lx.WEEKDAYS}
    table: dict[str, set[str]] = {
        "month_day": month_words, "day_month": month_words, "month_year": month_words,
        "month_rel_year": month_words, "month": month_words, "weekday": weekdays,
        "day_word": {"today", "tonight", "yesterday", "tomorrow", "overnight", *_POD},
        "rel_unit": {"week", "weekend", "month", "year", "quarter", "decade", "century"},
        "the_unit": {"year", "week", "weekend"}, "period_edge": {"year", "month", "week", "quarter"},
        "ago": {"ago", "earlier", "later", "now", "hence"}, "ago_vague": {"ago", "now"},
        "quarter": {"quarter", "half"}, "anaphoric_quarter": {"quarter", "period", "year"},
        "spoken_year": {"nineteen", "eighteen", "thousand"}, "century": {"century"},
        "season": set(lx.SEASONS),
        "holiday": {re.findall(r"[a-z]+", h)[-1] for h in (*lx.HOLIDAYS, *lx.MOVABLE)},
        "duration": _UNIT_FORMS, "vague_plural": {u for u in _UNIT_FORMS if u.endswith(("s", "ies"))},
        "every": _UNIT_FORMS | set(_POD),
        "reference": {re.split(r"\s+", r)[-1] for r in lx.REFERENCES},
        "adverb_set": {"daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly", "biweekly",
                       "semiannually", "biannually", "fortnightly"},
        "clock": {"m", "am", "pm", "noon", "midday", "midnight", "clock", "local",
                  *rules_calendar.CLOCK_ZONES, "morning", "afternoon", "evening", "time"},
        "decade": {"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
                   "nineties"},
    }
    return table.get(name, set())


_WORD_RULES: dict[str, list[int]] = {}
for _index, _rule in enumerate(RULES):
    for _word in _words_for(_rule.name):
        _WORD_RULES.setdefault(_word, []).append(_index)
_YEAR_RULES = [i for i, r in enumerate(RULES) if r.name == "year"]
_DECADE_RULES = [i for i, r in enumerate(RULES) if r.name == "decade"]
_CLOCK_RULES = [i for i, r in enumerate(RULES) if r.name == "clock"]
# Rules whose required part is not a word: their own cheap trigger pattern.
_PATTERN_TRIGGERS = {"us_date": re.compile(r"\d/\d"), "iso_date": re.compile(r"\d-[01]\d-")}
_SCANNED = {i for ids in _WORD_RULES.values() for i in ids} | set(_YEAR_RULES) | set(_DECADE_RULES)
_TOKEN = re.compile(r"[A-Za-z]+|\d{4}s?(?!\d)|['’]\d0s|\d{1,2}[:.][0-5]\d(?!\d)")
_BEFORE, _AFTER = 50, 80  # window around a trigger: longer than any prefix/suffix of a rule


def _merge(points: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for s0, e0 in points:
        start, end = max(0, s0 - _BEFORE), min(length, e0 + _AFTER)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


def _rule_windows(text: str) -> dict[int, list[tuple[int, int]]]:
    """Per rule index, the windows of the text worth running its pattern on."""
    points: dict[int, list[tuple[int, int]]] = {}
    for m in _TOKEN.finditer(text):
        word = m.group().lower()
        ids = _WORD_RULES.get(word)
        if ids is None and not word[0].isalpha():
            if word[-1] == "s":
                ids = _DECADE_RULES
            elif len(word) != 4:
                ids = _CLOCK_RULES  # "10:30"
            elif word[:2] in ("19", "20", "18", "17", "16"):
                ids = _YEAR_RULES
        if ids:
            span = m.span()
            for i in ids:
                points.setdefault(i, []).append(span)
    return {i: _merge(p, len(text)) for i, p in points.items()}


def _candidates(text: str) -> list[tuple[int, int, int, re.Match[str]]]:
    found = []
    windows_of = _rule_windows(text)
    for priority, rule in enumerate(RULES):
        trigger = _PATTERN_TRIGGERS.get(rule.name)
        if trigger is not None:
            windows = _merge([m.span() for m in trigger.finditer(text)], len(text))
        elif priority in _SCANNED:
            windows = windows_of.get(priority, [])
        else:
            windows = [(0, len(text))]
        seen: set[tuple[int, int]] = set()
        for lo, hi in windows:
            # A match running into the window's end may be cut short (lookaheads
            # see the window end as the text end): keep only those well inside.
            limit = hi if hi == len(text) else hi - _AFTER // 2
            for m in rule.pattern.finditer(text, lo, hi):
                start, end = m.span()
                if end > start and end <= limit and (start, end) not in seen:
                    seen.add((start, end))
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
            try:
                value = RULES[priority].handler(m, ctx)
            except (ValueError, OverflowError):
                value = None  # calendar out of range ("2,000 years ago"): not resolvable here
            # A time word inside a title ("the Sunday Times") names no time; a
            # holiday is a name and a time at once ("Black Friday").
            if value is not None and RULES[priority].name != "holiday" and ctx.in_a_title(start, end):
                value = None
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
