"""User dictionaries, the way event-data users have long extended PETRARCH's.

- A **verb dictionary** has the columns of `events/data/lexicon.tsv` (documented
  in its header); its rows are added to the packaged lexicon and replace rows
  with the same pattern and part of speech. See `events.lexicon.load_lexicon`.
- An **actor dictionary** is a tab-separated file, `#` comments allowed:

      name<TAB>country<TAB>sector[<TAB>office]

  e.g. `Wagner Group<TAB>RUS<TAB>MIL`, `Hezbollah<TAB>LBN<TAB>REB`,
  `city council<TAB>-<TAB>GOV`. A name matches an entity's name or a common-noun
  actor phrase, case-insensitively; the row's country, sector and office then win
  over what newsbrief would have found. `-` leaves a field as found.

Both are set in the settings file (`[dictionaries]`) and checked when the
pipeline starts: a bad row stops the run with its file and line.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Sequence

from .errors import ConfigError
from .records import Entity

ActorRow = tuple[str | None, str | None, str | None]  # country, sector, office

_COUNTRY = re.compile(r"^(?:[A-Z]{3}|IGO)$")
_SECTOR = re.compile(r"^[A-Z]{3}$")


def load_actor_dictionary(path: str | Path) -> dict[str, ActorRow]:
    path = Path(path).expanduser()
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        raise ConfigError("actor dictionary not found", where=str(path),
                          fix="check [dictionaries] actors in your settings file") from None
    except UnicodeDecodeError:
        raise ConfigError("actor dictionary is not UTF-8", where=str(path),
                          fix="save it as UTF-8 text") from None
    table: dict[str, ActorRow] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{path}:{n}"
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) not in (3, 4) or not cols[0]:
            raise ConfigError(f"expected 3 or 4 tab-separated columns, found {len(cols)}",
                              where=where, fix="write: name, country, sector[, office]")
        country, sector = (None if c == "-" else c for c in cols[1:3])
        office = cols[3] if len(cols) == 4 and cols[3] != "-" else None
        if country is not None and not _COUNTRY.match(country):
            raise ConfigError(f"country '{country}' is not an ISO 3166 alpha-3 code or IGO",
                              where=where, fix="use e.g. RUS, USA, IGO, or - to leave it")
        if sector is not None and not _SECTOR.match(sector):
            raise ConfigError(f"sector '{sector}' is not a PLOVER sector code",
                              where=where, fix="use e.g. GOV, MIL, REB, JRN, or -")
        key = cols[0].casefold()
        if key in table:
            raise ConfigError(f"'{cols[0]}' is listed twice", where=where, fix="keep one row")
        table[key] = (country, sector, office)
    return table


def apply_to_entities(entities: Sequence[Entity], table: dict[str, ActorRow]) -> tuple[Entity, ...]:
    """Entities with the dictionary's country, sector and office where a name matches."""
    if not table:
        return tuple(entities)
    out = []
    for entity in entities:
        row = table.get(entity.name.casefold())
        if row is None:  # a linked entity carries the KB's name; the text may say otherwise
            row = next((table[m.text.casefold()] for m in entity.mentions
                        if m.text.casefold() in table), None)
        if row is not None:
            country, sector, office = row
            entity = dataclasses.replace(entity, country=country or entity.country,
                                         sector=sector or entity.sector,
                                         office=office or entity.office)
        out.append(entity)
    return tuple(out)
