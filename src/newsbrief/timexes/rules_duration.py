"""Rules for DURATIONs ("three years", "the past two months", "a 10-year
plan") and SETs ("every week", "daily", "twice a year", "on Mondays").

A duration keeps its determiner and modifiers in the span ("the first nine
months", "at least 30 days", "the next few years"), as TempEval-3 does; the
value is the ISO 8601 period, with X for a vague count (PXY).
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .dates import duration
from .grammar import BOUND, NUMBER, UNIT, Context, Rule, g, rx


def _duration(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    counted = lx.count_and_unit(m.group("num"), m.group("unit"))
    if counted is None:
        return None
    n, letter, mult = counted
    if g(m, "num2"):
        n = "X"
    if n == 0:
        return None
    num_text = lx.fold(m.group("num"))
    unit_text = m.group("unit")
    if unit_text[0].isupper() and m.start("unit") > 0:
        return None  # "60 Minutes", "A Day in the Life": titles
    if letter == "TS" and num_text in ("a", "an"):
        return None  # "a second" is nearly always the ordinal
    if letter == "Q" and (re.match(r"\s+of\b", ctx.after(m.end())) or "-" in m.group(0)
                          and unit_text.lower().endswith("s")):
        return None  # "three-quarters of", "a quarter of": fractions
    if re.fullmatch(r"(?:1[6-9]|20)\d\d", num_text) and letter in ("Q", "M", "Y"):
        return None  # "the 1988 quarter", "1990 year": a year, not a count
    if num_text in ("a", "an", "one") and letter == "WE":
        return None
    if n != "X":
        n = float(n) * mult
        if n == int(n):
            n = int(n)
    if letter == "WE":
        return "DURATION", duration(n if n == "X" else 2 * n, "D")
    if letter == "Q" and n != "X" and (g(m, "rel") or "").lower() in ("next", "coming", "following"):
        return "DURATION", duration(3 * n, "M")  # type: ignore[operator]
    return "DURATION", duration(n, letter)


DURATION_RULE = Rule("duration", rx(
    # Approximators ("about", "within", "nearly") stay outside the span, as in
    # TempEval-3; a determiner is kept except before an adjective ("the 14-day").
    r"(?:" + BOUND + r"\s+)?(?:(?:the|its|their|his|her|each\s+of\s+the|all\s+of\s+the|the\s+entire|"
    r"the\s+whole|an\s+additional|another|a\s+further)\s+(?![\w.]+-))?"
    r"(?:(?P<rel>past|last|next|first|coming|previous|final|latest|following|remaining|initial|preceding|"
    r"ensuing|subsequent|additional|further|recent)\s+)?"
    r"(?P<num>" + NUMBER + r")(?:\s*(?:to|-|or)\s*(?P<num2>" + NUMBER + r"))?"
    r"(?:\s+(?:more|additional|straight|consecutive|full|long|whole|successive|extra))?[\s-]+"
    r"(?P<unit>" + UNIT + r")(?![a-z])(?:-long)?(?:\s+or\s+so)?"
    r"(?!-old|\s+old\b|\s+of\s+age\b|-)"), _duration)


def _vague_plural(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    unit = lx.unit_of(m.group("unit"))
    if unit is None:
        return None
    letter, mult = unit
    if letter == "WE":
        return None
    if mult == 10:
        letter = "E"
    elif mult == 100:
        letter = "C"
    return "DURATION", duration("X", letter)


# Bare plural units where they are spans of time: "for years", "within days",
# "in recent weeks", "the coming months".
VAGUE_PLURAL = Rule("vague_plural", rx(
    r"(?:(?:the\s+)?(?:coming|past|last|next|recent|following|ensuing|intervening|early)\s+|"
    r"(?<=\bfor\s)|(?<=\bwithin\s)|(?<=\bin\s)(?=(?:years|months|weeks|days|decades)\s+(?!of\b))|"
    r"(?<=\bover\s)|(?<=\btook\s)|(?<=\btake\s)|(?<=\btakes\s)|(?<=\blast\s)|(?<=\blasted\s)|"
    r"(?<=\bafter\s)(?=\w+\s+of\b)|(?<=\bspent\s)|(?<=\bfor\sthe\s)|(?<=\bthe\s)(?=years\b))"
    r"(?P<unit>years|months|weeks|days|decades|centuries|hours|minutes|quarters)(?![\w'-])"
    r"(?!\s+(?:ago|later|earlier|old)\b)"), _vague_plural)


# --------------------------------------------------------------------------- sets
_ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
            "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W",
            "semiannually": "P6M", "biannually": "P6M", "fortnightly": "P2W"}


def _adverb(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    word = lx.fold(m.group("adv"))
    after = ctx.after(m.end(), 30).lower()
    # "daily newspaper", "annual meeting": adjectives naming a thing are no time.
    if word not in ("annually", "semiannually", "biannually") and re.match(
            r"\s+(?:newspaper|paper|news|journal|magazine|mail|express|telegraph|star|show|"
            r"program|edition|basis|life|lives|routine|bread|allowance|rate)\b", after):
        return None
    return "SET", _ADVERBS[word]


ADVERB_SET = Rule("adverb_set", rx(r"(?<![\w-])(?P<adv>" + "|".join(_ADVERBS) + r")(?![\w-])"), _adverb)


def _every(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    unit = lx.unit_of(m.group("unit"))
    if unit is None:
        pod = lx.PARTS_OF_DAY.get(lx.fold(m.group("unit")))
        if pod:
            return "SET", f"XXXX-XX-XXT{pod}"
        return None
    letter, mult = unit
    n = lx.number_value(g(m, "num") or "1")
    if g(m, "other"):
        n = 2
    if not isinstance(n, float | int):
        n = 1
    if letter == "WE":
        return "SET", "XXXX-WXX-WE"
    return "SET", duration(int(n) * mult, letter)


def _every_guard(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    head = lx.fold(m.group(0)).split()[0]
    if head in ("a", "an", "per"):
        # "a year" is a duration unless it is a rate: "twice a year", "$5 a month", "10% a year".
        if m.group(0).lower().startswith(("a ", "an ", "per ")):
            before = ctx.before(m.start(), 16)
            if not re.search(r"(?:\d|%|percent|dollars|cents|yen|euros|pounds|barrels|tons|shares|"
                             r"million|billion|trillion|thousand|hundred)\s*$", before):
                return None
    return _every(m, ctx)


EVERY = Rule("every", rx(
    r"(?:(?:once|twice|thrice|(?:\w+|\d+)\s+times)\s+)?(?:every|each|a|an|per)\s+(?P<other>other\s+)?"
    r"(?:(?P<num>two|three|four|five|six|ten|\d+)\s+)?"
    r"(?P<unit>year|month|week|day|hour|minute|quarter|decade|weekend|morning|afternoon|evening|night|"
    r"years|months|weeks|days|hours|quarters)(?![\w-])"), _every_guard)


RULES = [DURATION_RULE, VAGUE_PLURAL, ADVERB_SET, EVERY]
