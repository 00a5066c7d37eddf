"""Rules for expressions relative to the anchor: "yesterday", "last week",
"two years ago", "the third quarter", "earlier this month", and the fuzzy
references (PAST_REF / PRESENT_REF / FUTURE_REF).

Conventions follow the TempEval-3 annotations: "last week" is an ISO week
(2024-W48), "last year" a year, "a year earlier" in a text about quarterly
results is the same quarter a year before (1988-Q3), "the past two months" a
DURATION (P2M) but "the past year" the previous calendar year.
"""

from __future__ import annotations

import datetime as dt
import re

from . import lexicon as lx
from .dates import add_months, fmt_day, fmt_month, iso_week, quarter_of, shift
from .grammar import (BOUND, EDGE_MOD, NUMBER, PART_OF_DAY, UNIT, WEEKEND_WHEN_PREPS, Context, Rule, g, rx,
                      year_of, YEAR)
from .tense import tense_from_words

# --------------------------------------------------------------------------- today, yesterday ...
_DAY_SHIFT = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
              "the day after tomorrow": 2, "this": 0, "last": -1, "overnight": -1}


# What may stand just before the first word of a sentence: its end stop, a
# quotation mark, a bracket, a dash.
_SENTENCE_OPENERS = ".!?:;\"'“‘”’(\n—–-…)]"


def _shouted(before: str) -> bool:
    """Words in capitals before "TODAY" that are longer than an acronym ("DONATE
    TODAY", "HAPPENING TODAY") are a shouted line, where TODAY is the day; an
    acronym ("USA TODAY") starts a name."""
    last = re.findall(r"[A-Za-z]+", before[-20:])
    return bool(last) and last[-1].isupper() and len(last[-1]) > 4


def _today_in_a_name(m: re.Match[str], ctx: Context) -> bool:
    """A capitalised "Today" or "TODAY" inside running text that is not the first
    word of its sentence is part of a name (a newspaper, a broadcast, a show:
    "the paper USA Today reported", "he told the Today programme"), not the
    day. The first word of a sentence or a line ("Today, the court ruled") and a
    line set wholly in capitals or in title case (a headline) keep the day."""
    word = m.group("w") or ""
    if lx.fold(word) != "today" or word == "today":
        return False
    start = m.start("w")
    before = ctx.text[:m.start()].rstrip(" \t")  # "Early Today" opens a sentence too
    if not before or before[-1] in _SENTENCE_OPENERS:
        return False
    if word.isupper() and _shouted(before):
        return False
    line_start = ctx.text.rfind("\n", 0, start) + 1
    line_end = ctx.text.find("\n", start)
    line = ctx.text[line_start:line_end if line_end >= 0 else len(ctx.text)]
    # Running text has lower-case words of some length; a headline in capitals
    # or in title case has none.
    return any(w[0].islower() for w in re.findall(r"[A-Za-z]{5,}", line))


def _day_word(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    """"yesterday", "tomorrow morning", "tonight", "this morning", "last night"."""
    if _today_in_a_name(m, ctx):
        return None
    if g(m, "w2"):  # "this evening", "last night" (but not "last morning")
        word, pod_word = lx.fold(m.group("w2")), lx.fold(m.group("pod2"))
        if word == "last" and pod_word != "night":
            return None
    else:
        word, pod_word = lx.fold(m.group("w")), lx.fold(g(m, "pod") or "")
    pod = lx.PARTS_OF_DAY.get(pod_word, "")
    if word in ("tonight", "overnight"):
        pod = "NI"
    if ctx.anchor is None:
        base = "XXXX-XX-XX"
    else:
        day = ctx.anchor + dt.timedelta(days=_DAY_SHIFT[word])
        base = fmt_day(day)
        if not g(m, "w2"):
            ctx.last_day = day
    if pod:
        return "TIME", f"{base}T{pod}"
    return "DATE", base


DAY_WORD = Rule("day_word", rx(
    r"(?:(?:early|late|earlier|later)\s+)?(?:(?P<w>today|tonight|yesterday|tomorrow|overnight|"
    r"the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)(?:\s+(?P<pod>" + PART_OF_DAY +
    r"))?|(?P<w2>this|last)\s+(?P<pod2>" + PART_OF_DAY + r"))(?![a-z])"), _day_word)


# --------------------------------------------------------------------------- this / last / next unit
_REL_STEP = {"this": 0, "current": 0, "same": 0, "last": -1, "past": -1, "previous": -1, "prior": -1,
             "latest": -1, "next": 1, "coming": 1, "following": 1}


def _rel_unit(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    unit_text = m.group("unit")
    if unit_text[0].isupper() and not unit_text.isupper():
        return None  # "This Week", "Next Year": a programme or a title, not a time
    rel_words = lx.fold(m.group("rel")).split()
    rel = rel_words[-1]
    unit = lx.fold(m.group("unit"))
    step = _REL_STEP[rel]
    a = ctx.anchor
    if unit in ("decade", "century"):
        if rel in ("past", "last"):
            return "DURATION", "P10Y" if unit == "decade" else "P100Y"
        if a is None:
            return "DATE", "XXX" if unit == "decade" else "XX"
        if unit == "decade":
            return "DATE", str(a.year // 10 + step)
        return "DATE", f"{a.year // 100 + step:02d}"
    if rel == "same" and unit in ("month", "week"):
        return _same_unit(unit, ctx)
    if rel == "following":
        # "the following month": relative to the time the text talks about.
        base = ctx.last_day or a
    else:
        base = a
    if base is None:
        return "DATE", {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX",
                        "quarter": "XXXX-QX"}.get(unit, "XXXX")
    if unit == "week":
        return "DATE", iso_week(base + dt.timedelta(weeks=step))
    if unit == "weekend":
        if rel == "this" and base.isoweekday() <= 5:
            tense = ctx.tense(m.start(), m.end())
            step = -1 if tense == "past" else 0
        return "DATE", iso_week(base + dt.timedelta(weeks=step)) + "-WE"
    if unit == "month":
        if rel == "following" and ctx.last_month:
            year, month = add_months(*ctx.last_month, 1)
        else:
            year, month = add_months(base.year, base.month, step)
        ctx.last_month = (year, month)
        return "DATE", fmt_month(year, month)
    if unit == "year":
        if rel == "following" and ctx.last_year:
            year = ctx.last_year + 1
        elif rel == "same" and ctx.last_year:
            year = ctx.last_year
        else:
            year = base.year + step
        ctx.last_year = year
        return "DATE", str(year)
    if unit == "quarter":
        if rel in ("latest", "last", "past", "previous") and step == -1:
            year, q = ctx.previous_quarter() or (base.year, quarter_of(base))
        else:
            index = base.year * 4 + quarter_of(base) - 1 + step
            year, q = index // 4, index % 4 + 1
        ctx.last_quarter = (year, q)
        return "DATE", f"{year}-Q{q}"
    return None


def _same_unit(unit: str, ctx: Context) -> tuple[str, str]:
    """"the same month" / "the same week" (and "that same month": dateund) point back to
    the time the text named last ("In March 2011 ... In the same month"), never to the
    publication's; with no time named before them the text does not say which one
    (fixI)."""
    if unit == "month":
        named = ctx.last_month or (ctx.last_day and (ctx.last_day.year, ctx.last_day.month))
        if not named:
            return "DATE", "XXXX-XX"
        ctx.last_month = named
        return "DATE", fmt_month(*named)
    if ctx.last_day is None:
        return "DATE", "XXXX-WXX"
    return "DATE", iso_week(ctx.last_day)


REL_UNIT = Rule("rel_unit", rx(
    r"(?:(?:" + EDGE_MOD + r"|earlier|later|the\s+rest\s+of|the\s+remainder\s+of|the\s+balance\s+of)"
    r"\s*(?:in\s+)?)?(?P<rel>this|last|next|the\s+past|the\s+previous|the\s+following|the\s+coming|"
    r"the\s+current|the\s+same|that\s+same(?=\s+(?:month|week)\b)|"
    r"the\s+latest|the\s+prior|this\s+past|this\s+coming|current)\s+"
    r"(?:fiscal\s+|calendar\s+)?(?P<unit>week|weekend|month|year|quarter|decade|century)(?![a-z-])"
    r"(?!\s+(?:old|long)\b)"), _rel_unit)


def _period_edge(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    unit = lx.fold(m.group("unit"))
    a = ctx.reference_day() if unit != "year" else ctx.anchor
    if a is None:
        return "DATE", {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX"}.get(unit, "XXXX")
    if unit == "year":
        year = a.year
        return "DATE", str(year)
    if unit == "month":
        return "DATE", fmt_month(a.year, a.month)
    if unit == "quarter":
        return "DATE", f"{a.year}-Q{quarter_of(a)}"
    return "DATE", iso_week(a)


def _period_edge_any(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    if g(m, "unit2"):
        a = ctx.anchor
        if a is None:
            return "DATE", "XXXX"
        year = a.year - 1 if a.month <= 2 and ctx.tense(m.start(), m.end()) == "past" else a.year
        return "DATE", str(year)
    return _period_edge(m, ctx)


def _the_unit(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    """"the weekend", "the week", "the full year", "that year": the unit the
    text is in (the anchor's, or the year it last named for "that year")."""
    unit = lx.fold(g(m, "unit") or g(m, "unit_y") or g(m, "unit_w") or g(m, "unit_e") or g(m, "unit_f")
                   or g(m, "unit_v") or "")
    if g(m, "unit_v") and not _weekend_when_is_near(m, ctx):
        return None
    a = ctx.anchor
    if re.match(r"\s+end(?:ed|ing)\b", ctx.after(m.end())):
        return "DURATION", "P1Y"  # "the (fiscal) year ended June 30": a span of a year
    if unit == "year":
        if g(m, "that"):
            year = ctx.last_year
            return ("DATE", str(year)) if year else None
        return ("DATE", str(a.year)) if a else ("DATE", "XXXX")
    if a is None:
        return "DATE", "XXXX-WXX-WE" if unit == "weekend" else "XXXX-WXX"
    if unit == "weekend":
        step = 0
        if a.isoweekday() <= 5 and ctx.tense(m.start(), m.end()) != "future":
            step = -1
        return "DATE", iso_week(a + dt.timedelta(weeks=step)) + "-WE"
    return "DATE", iso_week(a)


# "the weekend when ..." is left out below ("it was the weekend when the clocks went back"
# names some weekend by what happened in it), but after a preposition of time ("over the
# weekend when a group announced its support", "during the weekend when ...") it is the
# clause's own time, and a bare "the weekend" in news is the nearest one; the "when"
# clause says what happened in it.
# One fixed-width look-behind per preposition (re allows no variable width).
_WEEKEND_WHEN = (r"(?:" + "|".join(rf"(?<=\b{re.escape(p)}\s)" for p in WEEKEND_WHEN_PREPS)
                 + r")the\s+(?P<unit_v>weekend)(?=\s+when\b)")

# A time of the "when" clause's own ("the weekend when the wall fell in 1989"): the
# clause names which weekend is meant, and it need not be the nearest one.
_OWN_TIME = re.compile(r"\b(?:1[5-9]\d\d|20\d\d|" + lx.MONTH + r"|" + lx.WEEKDAY
                       + r"|ago|years?|decades?|centur(?:y|ies))\b", re.I)


def _weekend_when_is_near(m: re.Match[str], ctx: Context) -> bool:
    """Is "over the weekend when ..." the nearest weekend: its "when" clause (to the
    next stop or comma) names no time of its own ("when the wall fell in 1989"), and
    the sentence is told in the past or the future, not the generic present ("the
    museum is closed during the weekend when the clocks go back": any such weekend)?
    (fix24, from a review of made-up sentences)"""
    rest = ctx.after(m.end(), 160)
    stop = re.search(r"[.;,!?\n]", rest)
    when = rest[:stop.start()] if stop else rest
    if _OWN_TIME.search(when):
        return False
    # the clause told in the past (what happened in it), or the sentence in the future
    # ("talks will go on over the weekend when the envoys return"); a clause with no
    # past ("when the clocks go back") is the generic present
    return tense_from_words(when, 0, 0) == "past" or \
        ctx.tense(m.start(), m.end()) == "future"


THE_UNIT = Rule("the_unit", rx(
    r"(?:(?:the\s+(?:full\s+|fiscal\s+|full\s+fiscal\s+|calendar\s+)(?P<unit>year)|"
    r"the\s+(?P<unit_e>year)(?=\s+end(?:ed|ing)\b)|(?<=\bfor\s)the\s+(?P<unit_f>year)|"
    r"(?P<that>that(?:\s+same)?|the\s+same)\s+(?P<unit_y>year)|the\s+(?P<unit_w>weekend|week))(?![\w-])"
    r"(?!\s+(?:of|before|after|that|when|in\s+which)\b)|" + _WEEKEND_WHEN + r")"),
    _the_unit)


PERIOD_EDGE = Rule("period_edge", rx(
    r"(?:(?:the\s+)?(?:end|beginning|start|middle|close|turn)\s+of\s+(?P<the>the)\s+"
    r"(?P<unit>year|month|week|quarter)|(?P<unit2>year)(?:-|\s+|'s\s+)end)(?![a-z])"),
    _period_edge_any)


# --------------------------------------------------------------------------- N units ago / earlier
def _ago(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    counted = lx.count_and_unit(m.group("num"), m.group("unit"))
    if counted is None:
        return None
    n, letter, mult = counted
    direction = lx.fold(m.group("dir"))
    if n == "X":
        return "DATE", "FUTURE_REF" if direction in ("from now", "hence", "later") else "PAST_REF"
    count = int(round(float(n) * mult))
    sign = 1 if direction in ("from now", "hence", "later") else -1
    if direction in ("earlier", "later"):
        # "three days later" counts from an event, not from the anchor: TempEval
        # tags the duration alone ("three days"), which the duration rule finds
        # once this match is rejected.  "a year earlier" is the year before.
        if letter != "Y" or count != 1:
            return None
        if ctx.quarter_context():
            year, q = ctx.quarter_context()  # type: ignore[misc]
            return "DATE", f"{year + sign}-Q{q}"
        base = ctx.anchor  # type: ignore[assignment]
    else:
        if letter == "Y" and count == 1 and ctx.quarter_context():
            year, q = ctx.quarter_context()  # type: ignore[misc]
            return "DATE", f"{year - 1}-Q{q}"
        base = ctx.anchor  # type: ignore[assignment]
    if letter.startswith("T"):
        if base is None:
            return "TIME", "XXXX-XX-XXTXX:XX"
        return "DATE", fmt_day(base)
    if base is None:
        return "DATE", {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "D": "XXXX-XX-XX"}.get(letter, "XXXX")
    if letter == "WE":
        return "DATE", iso_week(shift(base, "W", sign * count)) + "-WE"
    if letter in ("Y", "Q", "M") and not 1 <= base.year + sign * count * {"Y": 1, "Q": 1, "M": 1}[letter] // (
            {"Y": 1, "Q": 4, "M": 12}[letter]) <= 9999:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"
    moved = shift(base, letter, sign * count)
    if letter == "Y":
        return "DATE", f"{moved.year:04d}"
    if letter == "Q":
        return "DATE", f"{moved.year}-Q{quarter_of(moved)}"
    if letter == "M":
        return "DATE", fmt_month(moved.year, moved.month)
    if letter == "W":
        return "DATE", iso_week(moved)
    ctx.last_day = moved
    return "DATE", fmt_day(moved)


AGO = Rule("ago", rx(
    r"(?:" + BOUND + r"\s+)?(?P<num>" + NUMBER + r")[\s-]+(?P<unit>" + UNIT + r")"
    r"\s+(?:or\s+so\s+)?(?P<dir>ago|earlier|later|from\s+now|hence)(?![a-z])"), _ago)

AGO_SOON = Rule("ago_vague", rx(r"(?P<num>several|a\s+few|many|some)\s+(?P<unit>" + UNIT + r")\s+"
                                r"(?P<dir>ago|from\s+now)"), _ago)


# --------------------------------------------------------------------------- quarters and halves
_Q_ORD = r"(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|final)"


def _quarter(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    q_word = lx.fold(m.group("q"))
    q = {"final": 4}.get(q_word) or lx.ordinal_number(q_word)
    if q is None or not 1 <= q <= 4:
        return None
    half = lx.fold(m.group("unit")).startswith("half")
    if half and q > 2:
        return None
    pre = lx.fold(g(m, "pre") or "")
    if g(m, "year") or g(m, "year2"):
        year: int | None = year_of(g(m, "year") or g(m, "year2") or "", ctx.anchor)
    elif ctx.anchor is None:
        year = None
    else:
        year = ctx.anchor.year
        if "last year" in pre or "year-ago" in pre or "year-earlier" in pre or "prior-year" in pre:
            year -= 1
        elif "next year" in pre:
            year += 1
        elif (not half and q > quarter_of(ctx.anchor) and ctx.tense(m.start(), m.end()) != "future"
              and not ctx.quarter_context()):
            year -= 1
    code = f"H{q}" if half else f"Q{q}"
    if year is None:
        return "DATE", f"XXXX-{code}"
    if not half and not ("year-ago" in pre or "year-earlier" in pre or "last year" in pre):
        ctx.last_quarter = (year, q)
    return "DATE", f"{year}-{code}"


QUARTER = Rule("quarter", rx(
    # No determiner before the adjective: "the third-quarter results" -> "third-quarter".
    r"(?:(?P<pre>the(?!\s+\S+-quarter)|this\s+year's|last\s+year's|next\s+year's|the\s+year-ago|the\s+year-earlier|"
    r"the\s+prior-year|the\s+" + YEAR + r"|(?:the\s+)?(?:" + EDGE_MOD + r")|the\s+current|this|its\s+fiscal|"
    r"the\s+year-ago\s+fiscal|the\s+fiscal)\s+)?(?:(?P<year2>" + YEAR + r")\s+)?(?:fiscal[\s-]+)?"
    r"" + _Q_ORD + r"[\s-]+(?P<unit>quarter|half)(?![a-z])(?!\s+(?:of\s+)?(?:the\s+)?"
    r"(?:century|inning|period\s+of))"
    r"(?:\s+(?:of\s+)?(?:fiscal\s+)?(?:(?P<year>" + YEAR + r")|(?P<ry>this|last|next)\s+year))?"), _quarter)


def _anaphoric_quarter(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    """"the quarter", "the latest period", "the year-ago quarter", "year-earlier"."""
    words = lx.fold(m.group(0))
    if g(m, "qy"):
        ref_q = ctx.quarter_context()
        year_named = year_of(m.group("qy"), ctx.anchor)
        if ref_q is None:
            return "DATE", str(year_named) if "period" in words else f"{year_named}-QX"
        return "DATE", f"{year_named}-Q{ref_q[1]}"
    back = any(k in words for k in ("year-ago", "year-earlier", "year ago", "year earlier", "last year",
                                    "prior-year", "a year"))
    ref = ctx.quarter_context() or ctx.previous_quarter()
    if ref is None:
        return "DATE", "XXXX-QX"
    year, q = ref
    if "period" in words and not ctx.quarter_context() and not back:
        return None
    if back:
        if not ctx.quarter_context():
            if ctx.anchor is None:
                return "DATE", "XXXX"
            return "DATE", str(ctx.anchor.year - 1)
        return "DATE", f"{year - 1}-Q{q}"
    return "DATE", f"{year}-Q{q}"


ANAPHORIC_QUARTER = Rule("anaphoric_quarter", rx(
    r"(?:the\s+(?:latest|recent|most\s+recent|just-ended|just\s+ended|year-ago|year-earlier|prior-year|"
    r"comparable|comparable\s+year-ago|comparable\s+year-earlier|same|corresponding)\s+(?:quarter|period)"
    r"(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year|of\s+last\s+year))?|the\s+quarter(?!\s+of\b)"
    r"|the\s+(?P<qy>" + YEAR + r")\s+(?:quarter|period)"
    r"(?:\s+a\s+year\s+(?:ago|earlier))?|that\s+quarter|year-(?:earlier|ago)(?=\s+(?:\w+\s+)?(?:quarter|"
    r"period|level|figure|result|net|profit|loss|earnings|sales|revenue|total|number|month|rate|volume)s?\b)"
    r")(?![a-z-])"), _anaphoric_quarter)


# --------------------------------------------------------------------------- fuzzy references
_REF_ALT = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in lx.REFERENCES), key=len, reverse=True))
_NOT_REF_AFTER = re.compile(
    r"\s*(?:-|account|accounts|assets|liabilities|events|affairs|issue|edition|price|prices|law|laws|"
    r"policy|rules|regulations|system|situation|level|year|month|week|quarter|fiscal|financial|"
    r"president|chairman|director|version|members|member|leaders|leader|ruling|crisis|\(|:)\b", re.I)


def _reference(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    word = lx.fold(m.group("ref"))
    value = lx.REFERENCES.get(word)
    if value is None:
        return None
    if word in ("current", "future", "recent") and _NOT_REF_AFTER.match(ctx.after(m.end())):
        return None
    return "DATE", value


REFERENCE = Rule("reference", rx(r"(?<![\w-])(?P<ref>" + _REF_ALT + r")(?![\w-])"), _reference)


# --------------------------------------------------------------------------- spoken years
_SPOKEN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                "eighty": 80, "ninety": 90}


def _spoken_year(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    words = lx.fold(m.group("y")).replace("-", " ").split()
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        value = lx.number_value(" ".join(rest)) if rest else 0
        if not isinstance(value, float | int):
            return None
        year = 2000 + int(value)
    else:
        century = {"nineteen": 1900, "eighteen": 1800, "twenty": 2000}[words[0]]
        rest = " ".join(words[1:])
        if rest == "hundred":
            year = century
        else:
            value = lx.number_value(rest)
            if not isinstance(value, float | int) or not 10 <= value <= 99:
                return None
            year = century + int(value)
    season = g(m, "season")
    if season:
        return "DATE", f"{year}-{lx.SEASONS[lx.fold(season)]}"
    return "DATE", str(year)


SPOKEN_YEAR = Rule("spoken_year", rx(
    r"(?:the\s+(?P<season>spring|summer|fall|autumn|winter)\s+of\s+|the\s+year\s+)?(?P<y>"
    r"(?:nineteen|eighteen)[\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|hundred)|two\s+thousand(?:\s+(?:and\s+)?"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten))?)(?![\w-])"), _spoken_year)

RULES = [DAY_WORD, REL_UNIT, THE_UNIT, PERIOD_EDGE, AGO, AGO_SOON, QUARTER, ANAPHORIC_QUARTER, REFERENCE,
         SPOKEN_YEAR]
