"""When a brief's mention happened, by its own sentence and its report: the date its
words give its act (checked against the report: an act told done is not dated after its
report), the report's lead telling the day's news (`days_news`), and the rank of its
sentence in the report's prose. The mention facts that statements (statements.py) and
their grouping read; pure functions of the stored mention and, where given, the text
of its report."""

from __future__ import annotations

import re
from datetime import date

from ..records import Event, Predicate
from ..stored import StoredMention
from ..timevalue import parse_span
from ..timexes.lexicon import MONTHS, WEEKDAYS
from . import evidence as ev

# Verbs whose "that" clause is the act's content, told as written: a court's ruling.
_RULINGS = frozenset({"rule"})


def cite_key(m: StoredMention) -> tuple[str, int]:
    return (m.article_id, m.sentence)


def record(m: StoredMention) -> Event:
    """The extracted event record kept with a mention."""
    return m.record


def predicate(m: StoredMention) -> Predicate | None:
    return m.record.predicate if m.record is not None else None


def _span(m: StoredMention) -> tuple[date, date] | None:
    return parse_span(mention_date(m)[0])


_YEAR_WORDS = re.compile(r"\b(1[89]|20)\d\d\b|['’]\d\d\b")
_MONTH_WORDS = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b")


def _doers(m: StoredMention) -> set[str]:
    """Who a mention's own record says did it (entities, else the words)."""
    return {r.entity or (r.text or "").lower() for r in record(m).actor or ()}


def mention_date(m: StoredMention, article: str | None = None) -> tuple[str | None,
                                                                        str | None]:
    """The date a mention's own sentence gives its act, and its source (`article`: its
    report's text, by which its lead is found, days_news). A record's text
    date is kept only when its words are in the sentence and date the act
    (evidence.date_problem), and when it fits the report: an act told as done is not
    dated after the day it was reported (a month the tagger put in the next year, "in
    February" in a November report, is moved back a year). Otherwise the publication
    day bounds it ("by ...")."""
    key = (m.id, m.article_id, m.start, m.date, m.date_source, m.published, m.title,
           m.sentence, article is None)
    hit = _MENTION_DATES.get(key)
    if hit is not None:
        return hit
    out: tuple[str | None, str | None] = (m.date, m.date_source)
    if m.date_source == "text" and m.date:
        rec, p = record(m), predicate(m)
        act = (p.start - m.start, p.end - m.start) if p else (0, 0)
        problem = ev.date_problem(m.text or "", rec.date_text, *act)
        if re.search(r"\bweek", rec.date_text or "", re.I) and len(m.date) == 7 and \
                not _week_in_month(m.date, rec.date_text or "", m.published):
            # A week told as the month of its Thursday: "early this week" in a report of
            # Saturday 3 October may be 28 September.
            problem = problem or "a week is not a month"
        day = None if problem else _fits_report(m.date, rec.date_text or "", m.published,
                                                 m.modality)
        if day is None:
            out = (m.published, "published") if m.published else (None, None)
        else:
            out = (day, "text")
    if out[1] == "published" and out[0] == m.published and days_news(m, article):
        out = (m.published, "lead")  # the lead of a report tells the day's news
        named = _news_day_after(m, article)
        if named:
            out = (named, "lead")  # "... have agreed a text. Thursday's news lifted ..."
    if len(_MENTION_DATES) > 200_000:
        _MENTION_DATES.clear()
    _MENTION_DATES[key] = out
    return out


_MENTION_DATES: dict[tuple, tuple[str | None, str | None]] = {}

# The sentence after a lead that names the day of its news: "Thursday's news lifted the
# currency", "Monday's agreement ..." (the lead's act, on that weekday).
_NEWS_DAY = re.compile(rf"\W*({'|'.join(w.capitalize() for w in WEEKDAYS)})['’]s\s+"
                       r"(news|announcement|agreement|deal|decision|vote|move|breakthrough|"
                       r"accord|ruling|verdict)\b")


def _news_day_after(m: StoredMention, article: str | None) -> str | None:
    """The day the sentence right after a lead names for the lead's news, within the
    week before the report ("Thursday's news" in a Friday report: Thursday)."""
    if not article or not m.published or m.end is None:
        return None
    hit = _NEWS_DAY.match(article[m.end:m.end + 120])
    try:
        published = date.fromisoformat(m.published[:10])
    except ValueError:
        return None
    if not hit:
        return None
    want = WEEKDAYS[hit.group(1).lower()] - 1  # Monday 0, as date.weekday()
    for back in range(1, 7):
        day = date.fromordinal(published.toordinal() - back)
        if day.weekday() == want:
            return day.isoformat()
    return None

# The months by their full names (the lexicon's first name of each).
_FULL_MONTHS = [next(m for m in MONTHS if MONTHS[m] == n) for n in range(1, 13)]
# Date sources by which a statement is dated by the words of its report: the text names
# the time ("text"), or a hard-news lead tells the day's news ("lead", days_news).
OWN_DATE = ("text", "lead")
# The sentences of a report that are its lead (the first two: a wire's lede and its
# follow-up), by which it tells the day's news.
LEAD_NEWS_SENTENCES = 2
# Any word of time in a lead sentence says when, other than the day of the report.
_ANY_TIME = re.compile(
    rf"\b({'|'.join(WEEKDAYS)}|{'|'.join(m for m in MONTHS if m != 'may')}|"
    r"yesterday|today|tonight|overnight|morning|afternoon|evening|"
    r"night|week|weekend|month|months|year|years|decade|earlier|ago|since|previously|"
    r"once|recent|recently|then|until|when|after|before|while|during|"
    r"following|ahead|later|soon)\b|\b(1[89]|20)\d\d\b|"
    # "last", "past", "next" say when only of a time ("last week", "the past two days",
    # "in the past"), not of a person or a thing ("the next party leader").
    rf"\b(?:last|past|next)\s+(?:[\w-]+\s+)?(?:{'|'.join(WEEKDAYS)}|day|days|week|weeks|"
    r"weekend|month|months|year|years|decade|night|time|summer|winter|spring|autumn|fall)\b|"
    r"\bin the past\b", re.I)
# A clause of contrast or concession after a comma ("..., though ...").
_CONTRAST = re.compile(r"[,;]\s+(?:though|although|but|while|whereas|even as)\b", re.I)
# Report kinds that tell views, not the day's news (a title that says so).
_VIEW_TITLE = re.compile(r"^\s*(opinion|analysis|commentary|editorial|column|review|"
                         r"perspective|letters?|explainer|the big read)\b|\?\s*$", re.I)


_RELATIVE_TIME = re.compile(rf"\b({'|'.join(WEEKDAYS)}|"
                            r"yesterday|today|tonight|this (week|month)|last (week|month|"
                            r"night))\b", re.I)

# A month by its full name ("May" is a word too) or a year written in the words.
_MONTH_OR_YEAR = re.compile(
    rf"\b({'|'.join(m.capitalize() for m in _FULL_MONTHS if m != 'may')}|(19|20)\d\d)\b")


def _own_time(m: StoredMention) -> bool:
    """The mention's sentence names a time of its own ("on Thursday")."""
    return bool(record(m).date_text) or bool(_RELATIVE_TIME.search(m.text or ""))


def lead_rank(m: StoredMention, article: str | None = None) -> int:
    """The rank of a mention's sentence in its report's prose: its sentence number, or
    fewer when headline, byline or caption lines come first (evidence.prose_before, from
    the report's `article` text)."""
    prose = ev.prose_before(article, m.start) if article is not None else None
    return m.sentence if prose is None else min(m.sentence, prose)


def days_news(m: StoredMention, article: str | None = None) -> bool:
    """A hard-news lead's act is the day's news: told as done in the report's own voice
    (asserted; the simple past or the present perfect, no modal, no pluperfect) in one
    of the first sentences of a report that has a publication day and is no view
    (opinion, analysis), in a sentence that names no time at all (any time word may put
    the act on another day: "last week", "on Monday", "in 2014", "after ..."), but in a
    clause of contrast after the act (", though ... before Sunday")."""
    p = predicate(m)
    if p is None or m.modality != "asserted" or not m.published or m.sentence is None:
        return False
    if lead_rank(m, article) >= LEAD_NEWS_SENTENCES or p.voice == "noun" or \
            p.tense != "past" or \
            p.modal or p.frame or record(m).date_text:
        return False
    sent = m.text or ""
    act = p.start - m.start
    # A contrast or concession after the act is a clause of its own: its time words
    # ("though X must still be settled before Sunday") do not time the act.
    other = _CONTRAST.search(sent, max(0, p.end - m.start))
    timed = sent[:other.start()] if other else sent
    if p.lemma in _RULINGS and (p.object or "").startswith("that ") and p.object in timed:
        # What a court rules ("that X acted unlawfully when he suspended ... in August")
        # dates the acts it rules on, not the ruling: its clause runs to the end.
        timed = timed[:timed.find(p.object)]
    if _ANY_TIME.search(timed) or re.search(r"\b(had|'d)\s+(?:\w+ly\s+)?$",
                                           sent[max(0, act - 30):max(0, act)], re.I):
        return False
    if "?" in sent or re.search(r"\b(I|we|my|our|you)\b", sent):
        return False  # a question or a writer's own voice: no wire lead
    if re.search(r"\b(that|whether|if|must|should|would|could|might)\b", sent[:max(0, act)],
                 re.I):
        return False  # the content of an argument or a view, not the act the lead reports
    return not _VIEW_TITLE.search(m.title or "")


def _week_in_month(month: str, words: str, published: str | None) -> bool:
    """Every day the week words can mean ("this week": the six days before the report,
    "last week": the thirteen) lies in `month`."""
    pub = parse_span(published or "")
    if not pub or not re.search(r"\b(this|last|past)\b", words, re.I):
        return False
    back = 13 if re.search(r"\b(last|past)\b", words, re.I) else 6
    first = date.fromordinal(pub[0].toordinal() - back)
    return first.strftime("%Y-%m") == month == pub[0].strftime("%Y-%m")


def _fits_report(day: str, words: str, published: str | None, modality: str) -> str | None:
    """`day` as the report allows it, or None: an act told as done (asserted, alleged,
    negated) cannot have happened after its report; a date whose words give no year
    ("in February", "Friday") lies within a year before the report."""
    span, pub = parse_span(day), parse_span(published or "")
    if not span or not pub or modality in ("future", "conditional"):
        return day
    late = (span[0] - pub[1]).days > 1
    if _YEAR_WORDS.search(words):
        return None if late else day
    if late:
        if not _MONTH_WORDS.search(words) or not re.match(r"\d{4}", day):
            return None  # "Friday" after the report: the tagger looked ahead
        earlier = f"{int(day[:4]) - 1}{day[4:]}"
        shifted = parse_span(earlier)
        if not shifted or (shifted[0] - pub[1]).days > 1:
            return None
        return earlier
    if (pub[0] - span[1]).days > 366:
        return None  # no year in the words, yet dated over a year earlier than the report
    return day
