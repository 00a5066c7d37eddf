"""Datelines: where (and sometimes when) a story was filed, printed where a line
opens: "LIMA, Nov 20 (Reuters) - ", "KADUNA, Nigeria - ", "WASHINGTON _ ",
"Indianapolis – ", "PARIS 1996-08-30 ".

Every stage that reads a dateline reads it here, and gets one record, `Dateline`
(the place and its region as written, the country once a caller with a gazetteer
has resolved it, the day when the dateline writes it with its year, the agency,
and the span it covers). The readers differ in what they are handed and so in how
sure they must be:

- `find_datelines(text)`: the datelines that open a line and run into its lead,
  dash included. `nlp` cuts them off the lead before parsing (run into it, the
  town becomes the lead's subject), and the stages skip them through it.
- `dated_dateline(text)`: the day a dateline or a date line among the text's first
  lines writes with its year ("WASHINGTON, Nov. 20, 1998 (AP) -", "Published: 20
  November 2019"). `pubdate` dates an article by it.
- `dateline_at(text, start, end)`: the dateline (one of `find_datelines`) whose
  place or region is named at `text[start:end]` ("GRAYS, England (AP) - ..."):
  `events.actorrefs` takes its country for the story's when no other is clear.
- `sentence_dateline(sentence)`: the dateline a stored sentence still opens with
  (one the splitter did not cut off, as it is not at a line's start or has another
  shape): `knowledge.evidence` keeps it out of a statement's doer.

`find_datelines`, `dated_dateline` and `sentence_dateline` keep the grammars their
readers had before they were brought together here (records did not change:
`scripts/compare_records.py`). `dateline_at` had a grammar of its own (a capitalised
place at a line's start and any dash within 40 characters), which took headlines and
lines with a hyphenated word for datelines; it now asks `find_datelines`. A sentence
is read more loosely than a line (see `sentence_dateline`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .timexes import lexicon as lx
from .timexes.dates import valid_day
from .words import word_lists

# The word lists of this module: data/dateline_lists.toml.
_LISTS = word_lists("newsbrief", "dateline_lists.toml")


@dataclass(frozen=True)
class Dateline:
    """One dateline. `place` is the town as written ("LIMA", "Indianapolis"; None for
    a line that is only a date); `region` its state or country as written ("Nigeria",
    "N.Y."); `country` the place's ISO 3166 alpha-3 code, set only by a reader that
    resolves places; `day` the ISO day when the dateline writes one with its year;
    `agency` the agency in brackets ("Reuters"); `span` the character offsets of the
    dateline in the text read, from its first word to the end of its dash."""

    place: str | None
    span: tuple[int, int]
    region: str | None = None
    country: str | None = None
    day: str | None = None
    agency: str | None = None


# ----------------------------------------------------------------- shared pieces

# The agency in brackets after the place or the day: "(Reuters)", "(AP)", "(CNN)".
_AGENCY_IN = re.compile(r"\(\s*([^()]*?)\s*\)")


def _agency(text: str) -> str | None:
    m = _AGENCY_IN.search(text)
    return m.group(1) if m else None


# Words that open a line like a town but are none ("UPDATE - ", "Monday - ").
_NOT_TOWNS = frozenset(_LISTS["not_towns"])


# ---------------------------------------------- datelines that run into the lead

_MONTH = (r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
          r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_CAPS_WORD = r"[A-Z][A-Z'’.\-]*[A-Z.]"  # "N'DJAMENA", "ST.", "AL-RAM"
_TITLE_WORD = r"[A-Z][a-z]+"
_LEAD_DATELINE = re.compile(
    r"(?m)^[ \t]*"
    r"(?P<town>" + _CAPS_WORD + r"(?:[ /]" + _CAPS_WORD + r"){0,3}"  # "BAGHDAD/WASHINGTON"
    r"|(?P<title>" + _TITLE_WORD + r"(?:[ -]" + _TITLE_WORD + r"){0,2}))"
    # its state or country: ", Nigeria", ", N.Y.", ", Northern Ireland", ", MO."
    r"(?P<region>(?:,[ \t]*[A-Z][\w.'’\-]*(?:[ \t][A-Z][\w.'’\-]*){0,2}){0,2})"
    r"(?:(?P<day>,?[ \t]*(?:" + _MONTH + r"\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?"
    r"|\d{1,2}[ \t]+" + _MONTH + r"\.?(?:[ \t]+\d{4})?))"
    r"|[ \t]+(?P<iso>\d{4}-\d\d-\d\d))?"
    # the agency: "(Reuters)", "(AP)", "(CNN)"
    r"(?P<agency>[ \t]*\([ \t]*[A-Z][\w.&'’ /-]{0,30}?[ \t]*\))?"
    # the dash (a hyphen only with a space after it: "Al-Qaida" is a word)
    r"(?P<dash>[ \t]*(?:--|—|–|_|-(?=[ \t]))[ \t]*|(?<=\d)[ \t]+)"
    # ... and the lead goes on on the same line, as a sentence
    r"(?=[\"“‘'A-Z0-9])")
_MONTH_ONLY = re.compile(_MONTH + r"\.?")


def find_datelines(text: str) -> list[Dateline]:
    """The datelines that open a line of `text` and run into its first sentence on
    that line, dash included, in text order."""
    out = []
    for m in _LEAD_DATELINE.finditer(text):
        if not _runs_into_lead(m, text):
            continue
        region = m.group("region").strip(" \t,") or None
        out.append(Dateline(place=m.group("town"), span=(m.start("town"), m.end()),
                            region=region, day=_iso_day(m.group("iso")),
                            agency=_agency(m.group("agency") or "")))
    return out


def _runs_into_lead(m: re.Match, text: str) -> bool:
    town = m.group("town")
    if town.split()[0].lower() in _NOT_TOWNS or _MONTH_ONLY.fullmatch(town):
        return False
    line_end = text.find("\n", m.end())
    rest = text[m.end():line_end if line_end >= 0 else len(text)]
    if not any(ch.islower() for word in rest.split()[:3] for ch in word):
        return False  # an all-capitals headline ("SOCCER - ROMANIA BEAT ...")
    if m.group("iso") is not None and not (m.group("dash") or "").strip():
        return True  # "PARIS 1996-08-30 France ...": the day ends it
    if not (m.group("dash") or "").strip():
        return False
    if m.group("title") is not None:
        # "Indianapolis – ", "Cairo (CNN) -- ", "New Delhi, India - ": a town in
        # title case needs its agency, its region or a long dash; a name before a
        # plain hyphen is too often a person or a label.
        return bool(m.group("agency") or m.group("region")
                    or m.group("dash").strip() in ("—", "–", "--"))
    return True


def _iso_day(iso: str | None) -> str | None:
    if not iso:
        return None
    year, month, day = (int(x) for x in iso.split("-"))
    return dt.date(year, month, day).isoformat() if valid_day(year, month, day) else None


# ------------------------------------------------------- the day of the filing

# A written date with its year: "Nov. 20, 1998", "20 November 1998", "1998-11-20".
_FULL_DATE = (r"(?:(?P<mon>" + lx.MONTH + r")\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)"
              r"|(?P<day2>\d{1,2})\s+(?P<mon2>" + lx.MONTH + r"),?\s+(?P<year2>(?:19|20)\d\d)"
              r"|(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d))")
_TOP_WEEKDAY = r"(?:" + lx.WEEKDAY + r",?\s+)?"
# A place in capitals or title case, with an optional region ("URUS-MARTAN, Russia").
_PLACE = (r"(?P<place>[A-Z][A-Za-z.'\-]*(?:\s+[A-Z][A-Za-z.'\-]*){0,3})"
          r"(?:,\s*(?P<region>[A-Z][A-Za-z.'\-]*(?:\s+[A-Z][A-Za-z.'\-]*){0,2}))?")
_AGENCY = r"(?:\s*\([A-Za-z][A-Za-z&.\- ]{0,30}\))?"
_DATED_LINES = (
    # the whole line is a place and a date, or a date (after "Published:" or "Posted")
    re.compile(r"^\s*(?:" + _PLACE + r",?\s+|(?i:published|posted|dated?)(?:\s+on)?\s*:?\s*)?"
               + _TOP_WEEKDAY + _FULL_DATE + _AGENCY + r"\s*[-\u2013\u2014_:]*\s*$"),
    # a dateline that opens the first paragraph: "WASHINGTON, Nov. 20, 1998 (AP) - The ..."
    re.compile(r"^\s*" + _PLACE + r",\s+" + _TOP_WEEKDAY + _FULL_DATE + _AGENCY
               + r"\s*(?:-{1,2}|[\u2013\u2014_])\s+\S"),
)
# A line of an update, not of the publication ("Updated Nov. 20, 1998", "Last modified: ...").
_UPDATE_LINE = re.compile(r"\s*(?:last\s+)?(?:updated|modified|revised)\b", re.I)


def update_line(line: str) -> bool:
    """Does `line` open as a page's update stamp ("Updated at 3:29 a.m. ET", "Last
    modified: ...")? Read among the page's first lines only: a story's paragraph may open
    so too ("Revised plans for the harbor were unveiled ...")."""
    return _UPDATE_LINE.match(line) is not None


# The longest line read as an update stamp: a stamp is a short line of page furniture.
STAMP_CHARS = 80


def update_stamps(text: str) -> frozenset[int]:
    """The numbers of the lines of `text` (split at newlines) that are a page's update
    stamp: among the lines that may hold the dateline (the first `DATELINE_LINES * 2`
    lines with words, which leaves room for a credited photo caption above the stamp), a
    short line that opens as one (`update_line`) and names a time (a digit). A story's
    paragraph that opens "Revised plans ..." or "Updated figures ..." is no stamp."""
    out, seen = [], 0
    for k, line in enumerate(text.split("\n")):
        if not line.strip():
            continue
        seen += 1
        if seen > DATELINE_LINES * 2:
            break
        if update_line(line) and len(line.strip()) <= STAMP_CHARS and \
                any(ch.isdigit() for ch in line):
            out.append(k)
    return frozenset(out)
# How many of the text's first lines may hold the dateline: headline, byline, dateline.
DATELINE_LINES = 4


def dated_dateline(text: str) -> Dateline | None:
    """The dateline (or the line that is only a date) among the text's first
    `DATELINE_LINES` lines that writes a day with its year, or None. A day named later
    in the story is a day it tells of, and "LONDON, Nov 20 (Reuters) -" alone does not
    say the year; an "Updated" line is not the publication. `span` is within the line."""
    lines = [line for line in text.lstrip().splitlines()[:DATELINE_LINES * 2] if line.strip()]
    for line in lines[:DATELINE_LINES]:
        if update_line(line):
            continue  # "Updated November 20, 2019" would pass for a place and a date
        if len(line) > 400:
            line = line[:400]
        for rule in _DATED_LINES:
            m = rule.match(line)
            if m is None:
                continue
            if m.group("iso"):
                year, month, day = (int(x) for x in m.group("iso").split("-"))
            else:
                year = int(m.group("year") or m.group("year2"))
                month = lx.month_number((m.group("mon") or m.group("mon2")).rstrip("."))
                day = int(m.group("day") or m.group("day2"))
            if month is not None and valid_day(year, month, day):
                start = len(line) - len(line.lstrip())
                return Dateline(place=m.group("place"), span=(start, m.end()),
                                region=m.group("region"),
                                day=dt.date(year, month, day).isoformat(),
                                agency=_agency(m.group(0)))
    return None


# ------------------------------------------------------- a place that opens one

def dateline_at(text: str, start: int, end: int) -> Dateline | None:
    """The dateline whose place or region is named at `text[start:end]` ("OSLO" in
    "OSLO - ...", "England" in "GRAYS, England (AP) - ..."), one of `find_datelines`;
    else None. A headline ("D.C. council opens its re-vote inquiry") or a line that only
    holds a hyphen ("U.S. grain prices slipped in a storm-shortened session") is none."""
    for line in _datelines(text):
        first = line.span[0]
        last = first + len(line.place or "")
        if line.region:
            at = text.find(line.region, last, line.span[1])
            last = at + len(line.region) if at >= 0 else last
        if first <= start and end <= last:
            return line
    return None


@lru_cache(maxsize=8)
def _datelines(text: str) -> tuple[Dateline, ...]:
    # dateline_at is asked of every place an article names: the text is read once.
    return tuple(find_datelines(text))


# ------------------------------------------------- one a stored sentence opens with

_SENTENCE_DATELINE = re.compile(
    r"^\s*([A-Z][A-Z.'’/-]{2,}(?:[ ,]+[A-Z][A-Z.'’/-]{2,})*)\b"
    r"(?:[^a-z]{0,40}?|\s*\([A-Z][\w .&-]{0,30}\))\s[-—–]+\s"
    r"|^\s*([A-Z][a-z]+(?:, [A-Z][a-z]+)?)(?: \([A-Za-z ]+\))? [-—–]+ ")
_SENTENCE_DATELINE_REGION = re.compile(
    r"^\s*([A-Z][A-Z.'’ -]{2,}?),\s*((?:[A-Z][\w.'’-]*\s*){1,3})"
    r"(?:\([^)]{1,30}\))?\s*[-—–]+\s")


def sentence_dateline(sentence: str) -> Dateline | None:
    """The dateline `sentence` opens with ("NAIROBI - Egypt ...", "LONDON (Reuters) -
    ...", "Lima, Peru - ...", "LUCCA, Italy (AP) — ..."), or None. A sentence is
    read more loosely than a line: the splitter already cut off the datelines it was
    sure of, so what is left opens a sentence and is followed by a dash."""
    sentence = sentence or ""
    m = _SENTENCE_DATELINE.match(sentence)
    if m is not None:
        start = len(sentence) - len(sentence.lstrip())
        agency = _agency(m.group(0)) if "(" in m.group(0) else None
        return Dateline(place=m.group(1) or m.group(2) or "", span=(start, m.end()),
                        agency=agency)
    m = _SENTENCE_DATELINE_REGION.match(sentence)
    if m is not None:
        start = len(sentence) - len(sentence.lstrip())
        return Dateline(place=m.group(1), region=m.group(2).strip(), span=(start, m.end()),
                        agency=_agency(m.group(0)))
    return None
