"""Word lists live in data files, not in code.

Each module that reads lists of words keeps them in one TOML file of named lists
beside its package (`<package>/data/<module>_lists.toml`), each list under a
comment that says where its words come from and what the rule does with them. A
list is read once per process and never changed (a tuple, in the file's order;
the module makes a frozenset of it where it only asks membership).
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources

from .errors import ConfigError

# A word of a phrase as written: names, numbers and abbreviations kept whole with
# their apostrophes, dots and hyphens ("Kim's", "U.S.", "al-Assad", "2.5"). One
# pattern for every module that splits a phrase or a sentence into its words.
PHRASE_WORD = re.compile(r"[\w'’.-]+")

# Quotation marks: curly quotes and guillemets open and close with different marks, the
# straight double quote with the same one (punctuation, not a word list).
OPENING_QUOTES = "“«"
CLOSING_QUOTES = "”»"
# Every quotation mark, opening, closing or straight: one set for the rules that ask
# whether a sentence or a stretch of it holds a speaker's words.
QUOTE_MARKS = frozenset(OPENING_QUOTES + CLOSING_QUOTES + '"')
# Single quotation marks, apart from QUOTE_MARKS: the same marks write an apostrophe
# ("Kim's", "'90s", "rock 'n' roll"), so only a rule that counts them in pairs within a
# sentence may read them as quotation (events.arguments._quoted_in_post).
SINGLE_QUOTES = frozenset("'\u2018\u2019")

# The English articles: a closed class, not a word list. One set for every module that
# passes over them before a name, a title or a count.
ARTICLES = frozenset({"the", "a", "an"})
# Determiners that tell a noun as one the reader has met ("the", "these"), and those of
# them that can tell one thing ("the", "this", "that": not "these"/"those").
DEFINITE_ONE = frozenset({"the", "this", "that"})
DEFINITE = DEFINITE_ONE | {"these", "those"}


def told_as_known(noun) -> bool:
    """Whether a noun (a spaCy token) is told as one the reader has met: it has a
    possessive ("its raid") or a definite determiner ("the raid"). One test for the
    events' coding and dating rules that read a noun as a particular act."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE)
               for c in noun.children)


def inside_quotation(before: str) -> bool:
    """Whether the end of `before` (a sentence's text up to a word) stands inside a
    quotation: more curly quotes or guillemets opened than closed, or an odd number of
    straight double quotes. One test for the events' main act (events.mainact) and the
    brief's key developments (knowledge.brief)."""
    opened = sum(before.count(c) for c in OPENING_QUOTES) - sum(before.count(c) for c in CLOSING_QUOTES)
    return opened > 0 or before.count('"') % 2 == 1


@lru_cache(maxsize=None)
def word_lists(package: str, filename: str) -> dict[str, tuple[str, ...]]:
    """Every named list of `<package>/data/<filename>`, as tuples of strings. A
    missing file or a malformed list stops the run with a ConfigError naming the
    file, instead of a KeyError in the middle of an article."""
    where = f"{package.replace('.', '/')}/data/{filename}"
    try:
        text = resources.files(package).joinpath("data", filename).read_text("utf-8")
    except FileNotFoundError:
        raise ConfigError("a packaged word list file is missing", where=where,
                          fix="reinstall newsbrief (pip install -e .) or restore the file "
                          "from the repository") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"invalid TOML: {err}", where=where, fix="fix the syntax") from None
    bad = [k for k, v in data.items() if not (isinstance(v, list) and v
                                              and all(isinstance(w, str) for w in v))]
    if bad:
        raise ConfigError(f"lists {bad} are not non-empty lists of strings", where=where,
                          fix="write each as name = [\"word\", ...]")
    return {name: tuple(words) for name, words in data.items()}


def words(package: str, filename: str, name: str) -> tuple[str, ...]:
    """The list `name` of `<package>/data/<filename>`."""
    lists = word_lists(package, filename)
    if name not in lists:
        raise ConfigError(f"no word list '{name}'", where=f"{package.replace('.', '/')}/data/"
                          f"{filename}", fix=f"add {name} = [...] to the file")
    return lists[name]
