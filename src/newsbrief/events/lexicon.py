"""The event-trigger lexicon and the CAMEO -> PLOVER crosswalk, read from data/.

Both files are tab-separated, commented, and documented in their headers:
`data/lexicon.tsv` maps verbs and event nouns to a CAMEO code and PLOVER type,
`data/cameo_plover.tsv` maps every CAMEO code to PLOVER (type, mode, context).
They are parsed once per process; a malformed row raises `ConfigError` naming
the file and line, since a broken packaged file is a build problem to fix.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import ConfigError

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
# Types whose intent is cooperation: said as a plan they are AGREE (CAMEO 03x),
# negated they are REJECT (12x).
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
# Material hostile acts: said as a plan they are THREATEN (13x).
HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"})
DATA_DIR = Path(__file__).resolve().parent / "data"
# Prepositions a noun pattern may name after its head ("strike against").
NOUN_PREPS = frozenset({"against", "on", "with", "for", "to", "of", "by", "from"})
POS_CODES = {"V": "verb", "N": "noun", "A": "adjective"}
FLAGS = frozenset({"light", "weak", "reverse", "cue"})


@dataclass(frozen=True)
class CameoRow:
    code: str
    type: str
    mode: str | None
    context: str | None
    label: str


@dataclass(frozen=True)
class Entry:
    """One lexicon row: a trigger word (or two-word pattern) and what it codes."""

    pattern: str
    pos: str  # V, N, A
    cameo: str
    type: str
    mode: str | None
    light: bool
    weak: bool
    line: int
    reverse: bool = False
    cue: bool = False


@dataclass(frozen=True)
class Lexicon:
    single: dict[tuple[str, str], Entry]  # (pos, lemma) -> entry
    double: dict[tuple[str, str, str], Entry]  # (pos, head lemma, other word) -> entry
    entries: tuple[Entry, ...]


def _rows(name: str):
    # Next to this module rather than importlib.resources: the package may be a
    # namespace package while events/__init__.py is being written.
    text = (DATA_DIR / name).read_text("utf-8")
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield n, line.rstrip("\n").split("\t")


def _opt(value: str) -> str | None:
    value = value.strip()
    return None if value in ("", "-") else value


@lru_cache(maxsize=1)
def crosswalk() -> dict[str, CameoRow]:
    """CAMEO code -> PLOVER (type, mode, context), from data/cameo_plover.tsv."""
    table: dict[str, CameoRow] = {}
    for n, cols in _rows("cameo_plover.tsv"):
        where = f"newsbrief/events/data/cameo_plover.tsv:{n}"
        if len(cols) != 5 or not cols[0].isdigit() or cols[1] not in PLOVER_TYPES:
            raise ConfigError("crosswalk row must be: code, PLOVER type, mode, context, label",
                              where=where, fix="fix the row; see the file header")
        if cols[0] in table:
            raise ConfigError(f"CAMEO code {cols[0]} listed twice", where=where,
                              fix="keep one row per code")
        table[cols[0]] = CameoRow(cols[0], cols[1], _opt(cols[2]), _opt(cols[3]), cols[4].strip())
    return table


def cameo_row(code: str | None) -> CameoRow | None:
    """The crosswalk row of a code, falling back to shorter prefixes (its root)."""
    if not code:
        return None
    table = crosswalk()
    for size in range(len(code), 1, -1):
        row = table.get(code[:size])
        if row is not None:
            return row
    return None


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    single: dict[tuple[str, str], Entry] = {}
    double: dict[tuple[str, str, str], Entry] = {}
    entries: list[Entry] = []
    for n, cols in _rows("lexicon.tsv"):
        where = f"newsbrief/events/data/lexicon.tsv:{n}"
        if len(cols) != 6:
            raise ConfigError(f"expected 6 tab-separated columns, found {len(cols)}", where=where,
                              fix="columns: pattern, pos, cameo, type, mode, flags")
        pattern, pos, cameo, typ, mode, flags = (c.strip() for c in cols)
        flagset = set() if flags == "-" else {f.strip() for f in flags.split(",")}
        if pos not in POS_CODES or typ not in PLOVER_TYPES or not cameo.isdigit() \
                or flagset - FLAGS:
            raise ConfigError(f"bad row for '{pattern}'", where=where,
                              fix=f"pos in {sorted(POS_CODES)}, type a PLOVER type, cameo digits, "
                                  f"flags in {sorted(FLAGS)}")
        entry = Entry(pattern, pos, cameo, typ, _opt(mode), "light" in flagset,
                      "weak" in flagset, n, "reverse" in flagset,
                      "cue" in flagset)
        words = pattern.split()
        if len(words) == 1:
            key1 = (pos, words[0])
            if key1 in single:
                raise ConfigError(f"'{pattern}' ({pos}) listed twice", where=where,
                                  fix="keep one row per pattern and part of speech")
            single[key1] = entry
        elif len(words) == 2:
            # Verbs are written head first ("pull out"), nouns modifier first
            # ("hunger strike"), as they read; both are keyed by the head.
            head_first = pos == "V" or words[1] in NOUN_PREPS
            head, other = (words[0], words[1]) if head_first else (words[1], words[0])
            double[(pos, head, other)] = entry
        else:
            raise ConfigError(f"pattern '{pattern}' has more than two words", where=where,
                              fix="use a lemma or a two-word pattern")
        entries.append(entry)
    return Lexicon(single, double, tuple(entries))
