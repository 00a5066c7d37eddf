"""What every rule shares: the Rule record, the resolution Context, and the
small regular-expression pieces built from the lexicon.

A rule is a compiled pattern and a handler; the handler turns one match into a
TIMEX3 (type, value), or None to reject the match (a guard the regex cannot
express cheaply, e.g. "May" the modal verb).  Handlers resolve relative values
through the Context, which carries the anchor, the tense oracle and what the
text has referred to so far ("the quarter" = the last quarter named).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import lexicon as lx
from .dates import Tense, quarter_of
from ..words import word_lists
from .tense import tense_at

# The word lists of this module: data/grammar_lists.toml.
_LISTS = word_lists("newsbrief.timexes", "grammar_lists.toml")
_TITLES = _LISTS["person_titles"]
# Prepositions of time that make "the weekend" before a "when" clause the clause's own
# time (rules_relative's "the weekend" rule).
WEEKEND_WHEN_PREPS = _LISTS["weekend_when_preps"]
# "Mrs May", "Prime Minister May": a title, then a capitalised month name (the group).
TITLED_NAME = re.compile(r"\b(?:" + "|".join(
    re.escape(t).replace(r"\ ", r"\s+") for t in sorted(_TITLES, key=len, reverse=True)) + r")\.?\s+(" + "|".join(
    sorted({max((k for k, v in lx.MONTHS.items() if v == n), key=len).capitalize()
            for n in set(lx.MONTHS.values())}, key=len, reverse=True)) + r")\b(?!\.?\s*\d)")

# Time words written with a capital wherever they stand (months and their short forms,
# weekdays and their plurals; a span opens only with a weekday's full name): a capital
# on them says nothing of a name.
_ALWAYS_CAPITAL = frozenset({*lx.MONTHS, *lx.WEEKDAYS, *(w + "s" for w in lx.WEEKDAYS)})

# The model's labels of names that may hold a time word without being a time.
_NAME_LABELS = frozenset({"WORK_OF_ART", "ORG", "EVENT", "FAC", "PRODUCT"})

FLAGS = re.IGNORECASE | re.VERBOSE
# Bounds TempEval-3 keeps inside a span ("nearly two years", "at least 30
# days"); looser ones ("about", "within", "only", "over") it leaves out.
BOUND = (r"(?:nearly|almost|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|"
         r"no\s+more\s+than|no\s+less\s+than|around)")

# --------------------------------------------------------------------------- pieces
MONTH = lx.MONTH
WEEKDAY = lx.WEEKDAY + r"(?![a-z])"
WEEKDAY_OR_PLURAL = lx.WEEKDAY
YEAR = r"(?<![\d$£€.,])(?:1[0-9]\d\d|20\d\d)(?![\d]|,\d|\.\d|\s*(?:%|percent))"
DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?!\d|[:.]\d|\s*(?:%|percent))(?:st|nd|rd|th)?"
NUMBER = lx.NUMBER
UNIT = lx.UNIT
SEASON = lx.SEASON
PART_OF_DAY = lx.PART_OF_DAY
ORDINAL = lx.ORDINAL
# "early June", "mid-1990s", "the end of 1994": modifiers kept in the span.
EDGE_MOD = (r"(?:early|late|mid|mid-|middle|the\s+middle\s+of|the\s+end\s+of|the\s+beginning\s+of|"
            r"the\s+start\s+of|the\s+close\s+of|end-|end\s+of|beginning\s+of|start\s+of)")

def rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, FLAGS)


# --------------------------------------------------------------------------- context
def _glued_to_a_modifier(ent, last) -> bool:
    """Did the model glue a weekday or month (the span's `last` word, whose capital says
    nothing) onto the front of a name that only modifies a lower-case noun after it,
    the parse hanging the word outside that name ("On Sunday Free Syrian Army rebels
    withdrew": the name modifies "rebels", "Sunday" hangs on "On" or on "rebels")? Then
    the word is the day it reads. A title standing as a noun ("went on Saturday Night
    Live"), one whose words the parse holds together, or a span ending on a word
    capitalised only in a name ("Saturday Night Live viewers") stays a name."""
    end = ent.doc[ent.end - 1]
    return lx.fold(last.text) in _ALWAYS_CAPITAL and end.dep_ == "compound" and \
        end.head.i >= ent.end and end.head.is_lower and not last.i < last.head.i < ent.end


@dataclass
class Context:
    """Resolution state while one text is tagged, left to right."""

    text: str
    anchor: dt.date | None
    doc: Any = None
    last_day: dt.date | None = None  # last fully specified day the text named
    last_quarter: tuple[int, int] | None = None  # (year, quarter)
    last_month: tuple[int, int] | None = None
    last_year: int | None = None
    _tense: dict[tuple[int, int], Tense] = field(default_factory=dict)
    _surnames: frozenset[str] | None = None

    def person_surnames(self) -> frozenset[str]:
        """The last words of the people the text names ("Theresa May", "Mrs May" ->
        "May"), from the parse's PERSON entities and from a title before a name; a
        month word among them may be that person, not the month."""
        if self._surnames is None:
            names = set(TITLED_NAME.findall(self.text))
            if self.doc is not None:
                names.update(e[-1].text for e in self.person_names())
            self._surnames = frozenset(names)
        return self._surnames

    def person_names(self) -> list[Any]:
        """The parse's PERSON entities of two words or more that are a name: not a
        possessive and a noun ("Obama's June trip" tagged PERSON is no name)."""
        if self.doc is None:
            return []
        return [e for e in self.doc.ents if e.label_ == "PERSON" and len(e) > 1 and not any(
            t.tag_ == "POS" or t.lower_ in ("'s", "’s") or t.lower_.endswith(("'s", "’s")) for t in e)]

    def in_a_title(self, start: int, end: int) -> bool:
        """Is the span a piece of a title-cased name, a programme's, a paper's or a
        firm's, not a time of anything ("the Sunday Times", "Sunday Morning Futures",
        "CBS This Morning")? A name the model marks (a work, an organisation, an event)
        that runs on past the span with a capitalised word and stands as a noun (not
        a modifier of a common noun: "On Sunday Free Syrian Army rebels withdrew"
        keeps Sunday); or two shapes of the parse: the span's last word is a
        compound of a proper noun that follows it and stands in no name of its own
        (a name the span's words are not part of: "Friday Trump signed" keeps Friday),
        unless the model marks the word a date that ends with the span;
        or the span opens with a word written lower case elsewhere, capitalised
        mid-sentence right after another capitalised word, in a sentence not written
        all in capitals like a headline. Weekdays and months are always capitalised,
        so only the first shape can take them."""
        if self.doc is None:
            return False
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        last, first = span[-1], span[0]
        if any(e.label_ in _NAME_LABELS and e.start <= first.i and last.i + 1 < e.end
               and self.doc[e.end - 1].text.istitle() and not _glued_to_a_modifier(e, last)
               for e in self.doc.ents):
            return True  # the model's own name runs on past the span
        if not self.doc.has_annotation("SENT_START"):
            return False  # no parse, no sentences: the shapes below cannot be read
        head = last.head
        # The model reading the word as a date of its own outweighs the compound: a
        # title before a name leans on it the same way ("on Friday Defense Secretary ...").
        dated = any(e.label_ in ("DATE", "TIME") and e.start <= last.i < e.end <= span.end for e in self.doc.ents)
        if (not dated and last.dep_ == "compound" and head.i >= span.end and head.pos_ == "PROPN" and head.text.istitle()
                and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in self.doc[span.end:head.i + 1])
                and not (first.i == first.sent.start or self.doc[first.i - 1].is_punct)):
            owner = next((e for e in self.doc.ents if e.start <= head.i < e.end), None)
            if owner is None or owner.start <= last.i:
                return True
        word = first.text
        if not word[:1].isupper() or first.i == first.sent.start or lx.fold(word) in _ALWAYS_CAPITAL:
            return False
        before = self.doc[first.i - 1]
        return (before.is_alpha and before.text[:1].isupper()
                and any(t.is_alpha and t.is_lower and len(t) > 3 for t in first.sent))

    def tense(self, start: int, end: int) -> Tense:
        key = (start, end)
        if key not in self._tense:
            self._tense[key] = tense_at(self.text, start, end, self.doc)
        return self._tense[key]

    def before(self, start: int, n: int = 24) -> str:
        """The text just before a match, lower-cased, for guards."""
        return self.text[max(0, start - n):start].lower()

    def after(self, end: int, n: int = 24) -> str:
        return self.text[end:end + n]

    def reference_day(self) -> dt.date | None:
        return self.last_day or self.anchor

    def quarter_context(self) -> tuple[int, int] | None:
        """The quarter the text is talking about, if it named one."""
        return self.last_quarter

    def previous_quarter(self) -> tuple[int, int] | None:
        """Last completed quarter before the anchor ("the latest quarter")."""
        if self.anchor is None:
            return None
        q = quarter_of(self.anchor) - 1
        return (self.anchor.year, q) if q else (self.anchor.year - 1, 4)


Handler = Callable[[re.Match[str], Context], "tuple[str, str] | None"]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Handler


def g(m: re.Match[str], name: str) -> str | None:
    """A named group, or None when the pattern has no such group or it did not match."""
    try:
        return m.group(name)
    except IndexError:
        return None


def year_of(text: str, anchor: dt.date | None = None) -> int:
    """4-digit year, or a 2-digit "'98" expanded into the century nearest the anchor."""
    text = text.strip().lstrip("'’")
    value = int(text)
    if len(text) == 2:
        century = (anchor.year // 100 * 100) if anchor else 1900
        value += century
        if anchor and value > anchor.year + 10:
            value -= 100
    return value
