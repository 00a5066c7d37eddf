"""Word lists of the time-expression grammar, read once from data/lexicon.toml.

The regular-expression building blocks (MONTH, WEEKDAY, NUMBER, ...) are made
here from the tables, so extending a table extends the grammar.  Every lookup
helper takes the matched surface text and folds case and punctuation itself.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any

from ..errors import ConfigError

_FILE = "data/lexicon.toml"


@lru_cache(maxsize=1)
def lexicon() -> dict[str, dict[str, Any]]:
    try:
        raw = resources.files(__package__).joinpath(_FILE).read_text("utf-8")
        return tomllib.loads(raw)
    except (FileNotFoundError, tomllib.TOMLDecodeError) as err:
        raise ConfigError(f"cannot read the time-expression lexicon: {err}",
                          where=f"newsbrief/timexes/{_FILE}",
                          fix="reinstall newsbrief or fix the TOML syntax") from None


def _alt(words: list[str]) -> str:
    """Alternation, longest first, spaces matching any run of whitespace."""
    words = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower().rstrip("."))


LEX = lexicon()

MONTHS: dict[str, int] = LEX["months"]
WEEKDAYS: dict[str, int] = LEX["weekdays"]
ORDINALS: dict[str, int] = LEX["ordinals"]
SEASONS: dict[str, str] = LEX["seasons"]
PARTS_OF_DAY: dict[str, str] = LEX["parts_of_day"]
HOLIDAYS: dict[str, str] = LEX["holidays"]
MOVABLE: dict[str, str] = LEX["movable_holidays"]
REFERENCES: dict[str, str] = LEX["references"]
UNITS: dict[str, tuple[str, int]] = {k: (v[0], v[1]) for k, v in LEX["units"].items()}

_NUMBERS: dict[str, int] = LEX["numbers"]
_VAGUE: dict[str, str] = LEX["vague_numbers"]
_TENS = {k: v for k, v in _NUMBERS.items() if v in (20, 30, 40, 50, 60, 70, 80, 90) and " " not in k}
_UNITS_1_9 = {k: v for k, v in _NUMBERS.items() if 1 <= v <= 9 and k not in ("a", "an")}


def _month_alt() -> str:
    # Capitalised or upper case only: "may" and "march" are common English words.
    forms = []
    for name in MONTHS:
        for shaped in (name.capitalize(), name.upper()):
            forms.append(shaped + r"\." if len(name) <= 4 and name != "may" and name not in
                         ("june", "july") else shaped)
            if len(name) <= 4 and name not in ("may", "june", "july"):
                forms.append(shaped + r"(?=\s+\d)")
    forms.sort(key=len, reverse=True)
    return "(?-i:" + "|".join(forms) + ")"


MONTH = _month_alt()
WEEKDAY = r"(?:" + _alt(list(WEEKDAYS)) + r")"
SEASON = r"(?:" + _alt(list(SEASONS)) + r")"
PART_OF_DAY = r"(?:" + _alt(list(PARTS_OF_DAY)) + r")"
ORDINAL_WORD = r"(?:" + _alt([k for k in ORDINALS if k != "last"]) + r")"
ORDINAL = r"(?:\d{1,2}(?:st|nd|rd|th)|" + ORDINAL_WORD + r")"

_WORD_NUM = (r"(?:(?:" + _alt(list(_TENS)) + r")(?:[-\s](?:" + _alt(list(_UNITS_1_9)) + r"))?|"
             + _alt([k for k in _NUMBERS if k not in _TENS]) + r")")
_DIGITS = r"(?:\d+(?:[.,]\d+)?(?:\s+1/2)?)"
_VAGUE_ALT = r"(?:" + _alt(list(_VAGUE)) + r")"
# A count of units: "three", "24", "twenty-four", "2 1/2", "two and a half", "a few".
NUMBER = (r"(?:(?:" + _DIGITS + r"|" + _WORD_NUM + r")(?:\s+and\s+a\s+half)?|" + _VAGUE_ALT + r")")

_UNIT_WORDS = sorted(UNITS, key=len, reverse=True)
_PLURALS = {"century": "centuries", "millennium": "millennia"}
UNIT = r"(?:" + "|".join(
    re.escape(u).replace(r"\ ", r"\s+") + "|" + re.escape(_PLURALS.get(u, u + "s")).replace(r"\ ", r"\s+")
    for u in _UNIT_WORDS) + r")"


def month_number(word: str) -> int | None:
    return MONTHS.get(fold(word))


def weekday_number(word: str) -> int | None:
    word = fold(word)
    return WEEKDAYS.get(word[:-1] if word.endswith("s") and word not in WEEKDAYS else word)


def ordinal_number(word: str) -> int | None:
    word = fold(word)
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)?", word)
    if m:
        return int(m.group(1))
    return ORDINALS.get(word.replace(" ", "-"))


def unit_of(word: str) -> tuple[str, int] | None:
    word = fold(word).replace("-", " ")
    if word in UNITS:
        return UNITS[word]
    for singular, plural in _PLURALS.items():
        if word == plural:
            return UNITS[singular]
    if word.endswith("s") and word[:-1] in UNITS:
        return UNITS[word[:-1]]
    return None


def count_and_unit(number: str, unit: str) -> tuple[float | str, str, int] | None:
    """A count of units as written ("three", "years") -> (3.0, "Y", 1): the number
    ("X" when vague), the unit's ISO 8601 letter and its multiplier; None when
    either word is no number or no unit."""
    n, found = number_value(number), unit_of(unit)
    if n is None or found is None:
        return None
    return n, found[0], found[1]


def number_value(text: str) -> float | str | None:
    """3, 2.5, "X" for vague counts, None when the text is no number."""
    word = fold(text).replace("-", " ")
    half = 0.0
    if word.endswith(" and a half"):
        word, half = word[: -len(" and a half")], 0.5
    if word.endswith(" 1/2"):
        word, half = word[:-4], 0.5
    if word in _VAGUE:
        return "X"
    word = word.replace(",", "")
    try:
        return float(word) + half
    except ValueError:
        pass
    if word in _NUMBERS:
        return _NUMBERS[word] + half
    parts = word.split()
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNITS_1_9:
        return _TENS[parts[0]] + _UNITS_1_9[parts[1]] + half
    return None
