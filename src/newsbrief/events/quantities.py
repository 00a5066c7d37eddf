"""Numbers in an event's clause: "over 10,000 troops" -> Quantity(10000, "troops",
"over", ...), "$5 billion" -> (5e9, "USD"), "two soldiers" -> (2, "soldiers").

A number is a run of number tokens (digits, number words, scale words) that is
not part of a date or time expression; its unit is the noun it counts (or a
currency / percent sign), its qualifier the approximation phrase just before
it. Word lists live in data/quantity_units.toml.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.attrs import LIKE_NUM, LOWER

from ..records import Quantity

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_SKIP_ENTS = frozenset({"DATE", "TIME", "ORDINAL"})


@dataclass(frozen=True)
class Units:
    numbers: dict[str, int]
    scales: dict[str, int]
    currencies: dict[str, str]
    percent: frozenset[str]
    qualifiers: tuple[tuple[tuple[str, ...], str], ...]  # (words, canonical), longest first
    vague: dict[str, int]


@lru_cache(maxsize=1)
def units() -> Units:
    raw = tomllib.loads(resources.files("newsbrief.events").joinpath(
        "data/quantity_units.toml").read_text("utf-8"))
    quals = sorted(((tuple(k.split()), v) for k, v in raw["qualifiers"].items()),
                   key=lambda kv: -len(kv[0]))
    return Units(numbers=dict(raw["numbers"]), scales=dict(raw["scales"]),
                 currencies={k.lower(): v for k, v in raw["currencies"].items()},
                 percent=frozenset(raw["percent"]["words"]), qualifiers=tuple(quals),
                 vague=dict(raw["vague"]))


def number_value(words: list[str], u: Units) -> float | int | None:
    """The value of a run of number words: "10,000", "1.5 million", "two hundred"."""
    total = 0.0
    current: float | None = None
    for word in words:
        w = word.lower().replace("-", " ")
        if _DIGITS.match(w):
            num = float(w.replace(",", ""))
            current = num if current is None else current + num
        elif w in u.numbers:
            if w in ("hundred", "dozen") and current is not None:
                current *= u.numbers[w]  # "two hundred", "a dozen"
            else:
                current = (current or 0) + u.numbers[w]
        elif " " in w and all(p in u.numbers for p in w.split()):  # "twenty five"
            current = (current or 0) + sum(u.numbers[p] for p in w.split())
        elif w in u.scales:
            scale = u.scales[w]
            if current is None:
                return None
            if scale >= 1000:
                total += current * scale
                current = None
            else:
                current *= scale
        elif w in ("a", "an") and current is None:
            current = 1
        else:
            return None
    value = total + (current or 0)
    if value == 0 and not words:
        return None
    return int(value) if float(value).is_integer() else value


def _is_number(tok, u: Units) -> bool:
    if tok.ent_type_ in _SKIP_ENTS:
        return False
    low = tok.lower_
    if _DIGITS.match(low) or low in u.numbers:
        return True
    if low in u.scales:
        # "5 billion", "two hundred"; a lone "m" or "k" is no number.
        return tok.i > 0 and _is_number(tok.doc[tok.i - 1], u)
    if "-" in low:  # "twenty-five"
        return all(p in u.numbers for p in low.split("-"))
    return False


def _qualifier(doc, start: int, u: Units) -> tuple[str | None, int]:
    """(canonical qualifier, first token index) of the phrase before a number."""
    before = [t.lower_ for t in doc[max(0, start - 4):start]]
    for words, canon in u.qualifiers:
        n = len(words)
        if n <= len(before) and tuple(before[-n:]) == words:
            return canon, start - n
    return None, start


def _unit(doc, start: int, end: int, u: Units) -> tuple[str | None, int, int]:
    """(unit, new start, new end): a currency or percent sign, else the counted noun."""
    first, last = doc[start], doc[end - 1]
    if start > 0 and doc[start - 1].lower_ in u.currencies:
        return u.currencies[doc[start - 1].lower_], start - 1, end
    if end < len(doc):
        nxt = doc[end]
        if nxt.lower_ in u.currencies:
            return u.currencies[nxt.lower_], start, end + 1
        if nxt.lower_ in u.percent:
            return "percent", start, end + 1
        if nxt.lower_ == "per" and end + 1 < len(doc) and doc[end + 1].lower_ == "cent":
            return "percent", start, end + 2
    head = last.head if last.dep_ in ("nummod", "quantmod", "compound") else None
    if head is None and first.dep_ in ("nummod",):
        head = first.head
    if head is not None and head.pos_ in ("NOUN", "PROPN") and head.i >= end:
        return head.lower_, start, max(end, head.i + 1)
    # "10,000 of its troops"
    for child in last.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for g in child.children:
                if g.dep_ == "pobj" and g.pos_ == "NOUN":
                    return g.lower_, start, g.i + 1
    return None, start, end


def number_tokens(doc) -> list[int]:
    """Indices of the tokens that may start a quantity (number-like or a rough-count
    word), read from the Doc's arrays rather than token by token."""
    u = units()
    vague = {doc.vocab.strings.add(w.split()[0]) for w in u.vague}
    words = {doc.vocab.strings.add(w) for w in u.numbers}
    arr = doc.to_array([LIKE_NUM, LOWER]).tolist()
    return [i for i, (num, low) in enumerate(arr) if num or low in vague or low in words]


def find_quantities(doc, tokens: Iterable, skip: set[int]) -> list[tuple[object, Quantity]]:
    """(anchor token, Quantity) for each number among `tokens` (in order), except
    token indices in `skip` (those inside time expressions)."""
    u = units()
    out: list[tuple[object, Quantity]] = []
    covered = -1  # tokens before this index belong to a number already read
    for tok in tokens:
        if tok.i < covered or tok.i in skip:
            continue
        vague = _vague(doc, tok, u)
        if vague is not None:
            out.append(vague)
            continue
        if not _is_number(tok, u):
            continue
        start = tok.i
        end = start + 1
        while end < len(doc) and end not in skip and _is_number(doc[end], u):
            end += 1
        covered = end
        if end < len(doc) and doc[end].lower_ in ("times", "fold"):
            continue  # "four times more": a ratio, not a count
        words = [t.text for t in doc[start:end]]
        value = number_value(words, u)
        if value is None:
            continue
        qualifier, qstart = _qualifier(doc, start, u)
        unit, ustart, uend = _unit(doc, start, end, u)
        if unit is None:
            # A count of nothing named ("one of the", a year the tagger missed,
            # a score) says little about the event: left out.
            continue
        lo = min(qstart, ustart)
        text = doc[lo:uend].text
        anchor = doc[end - 1]
        out.append((anchor, Quantity(value, unit, qualifier, text)))
    return out


def _vague(doc, tok, u: Units) -> tuple[object, Quantity] | None:
    """ "thousands of troops" -> (2000, troops, "thousands")."""
    low = tok.lower_
    if low not in u.vague or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "of":
        return None
    key = low
    start = tok.i
    if tok.i >= 2 and doc[tok.i - 1].lower_ == "of" and \
            f"{doc[tok.i - 2].lower_} of {low}" in u.vague:
        return None  # counted from the first word of "tens of thousands"
    if tok.i + 2 < len(doc) and f"{low} of {doc[tok.i + 2].lower_}" in u.vague:
        key = f"{low} of {doc[tok.i + 2].lower_}"
        unit_i = tok.i + 4
    else:
        unit_i = tok.i + 2
    while unit_i < len(doc) - 1 and doc[unit_i].pos_ == "ADJ":
        unit_i += 1  # "hundreds of extra troops"
    if unit_i >= len(doc) or doc[unit_i].pos_ not in ("NOUN", "PROPN"):
        return None
    end = unit_i + 1
    return doc[unit_i], Quantity(u.vague[key], doc[unit_i].lower_, key,
                                 doc[start:end].text)
