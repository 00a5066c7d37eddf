"""The actor knowledge base: people and organisations with aliases, a country, a
sector and dated roles, shipped as `data/kb.tsv.gz` (built by scripts/build_kb.py
from public sources; see data/README.md), and linking a mention to an entry.

    kb = knowledge_base()                       # loaded once (about 0.2 s)
    kb.lookup("Kim Jong-un")                    # entries under that folded alias
    kb.role_at(entry, "2018-06-12")             # Role(country, sector, office, former)
    link = kb.link_person("Trump", "2018-06-12", context)   # Link | None

Linking scores each candidate entry of the mention's name (see `_score`): the kind
of alias matched (full name, a surname the source lists, a surname of a prominent
person), whether one of its roles holds at the article's date, whether the text
names the entry's country, and what the words around the mention say (a title
with another country counts heavily against). The best candidate is linked when
its score reaches LINK_THRESHOLD and beats the next one by MARGIN; otherwise the
mention stays unlinked rather than linked wrongly. `why` says what counted.
"""

from __future__ import annotations

import gzip
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from .gazetteer import fold, gazetteer
from ..words import word_lists

# The word lists of this module: data/kb_lists.toml.
_LISTS = word_lists("newsbrief.actors", "kb_lists.toml")
LINK_THRESHOLD = 0.75
# Countries whose people's names put the family name first ("Xi Jinping", "Moon Jae-in").
SURNAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK"})
# Family names too common to stand for one person ("Li", "Kim").
_COMMON_SURNAMES = frozenset(_LISTS["common_surnames"])
# Titles a source writes as part of a name ("Secretary-General Ban Ki-Moon").
_NAME_TITLES = frozenset(_LISTS["name_titles"])
_HEAD = re.compile(r"^(President|Prime Minister|Chancellor|Supreme Leader|King|Queen|Premier|Emir)$")
MARGIN = 0.15
# Offices that make a person prominent enough to be meant by a bare surname when
# another person of that surname holds none of them ("Clinton": Bill and Hillary
# are both prominent; "Trump": the First Lady and an adviser are not).
_MAJOR = re.compile(r"President|Prime Minister|Chancellor|Premier|Secretary|Minister|Senator|"
                    r"Governor|candidate|Supreme Leader|King|Queen|Emir|Speaker|Mayor")
PROMINENT_CONFIDENCE = 0.8
# Added to the one candidate of a one-word name who holds a role at the article's date.
SOLE_HOLDER = 0.15
_MONTHS = frozenset(_LISTS["months"])
PHOENIX_CUTOFF = "2014-01-30"


@dataclass(frozen=True)
class Role:
    start: str  # YYYY-MM-DD or "" (unknown)
    end: str  # "" = open
    country: str | None
    sector: str | None
    office: str | None
    flag: str  # "d": the source's default role; "o": open-ended at the source's cut-off

    def holds(self, date: str) -> bool:
        if self.flag == "d":
            return False
        if self.start and date < self.start:
            return False
        if self.end and date >= self.end:
            return False
        if self.flag == "o" and date > _add_years(PHOENIX_CUTOFF, 3):
            return False  # "since 2010" as of 2014 says little about 2018
        return True


@dataclass(frozen=True)
class Entry:
    id: str
    kind: str  # P or O
    name: str
    country: str | None
    sector: str | None
    igo: str | None
    roles_raw: str
    sources: str

    @property
    def roles(self) -> tuple[Role, ...]:
        return _parse_roles(self.roles_raw)

    @property
    def curated(self) -> bool:
        """From a source that tracks its people's terms (Congress, the hand list)."""
        return "hand" in self.sources or "congress" in self.sources


@dataclass(frozen=True)
class RoleAt:
    country: str | None
    sector: str | None
    office: str | None
    former: bool

    def text(self) -> str:
        words = " ".join(w for w in (self.country, self.sector, self.office) if w)
        return ("former " + words) if self.former else words


@dataclass
class Context:
    """What the article says around a mention."""

    countries: Counter = field(default_factory=Counter)  # country codes named in the text
    text_country: str | None = None  # from a title or appositive next to the mention
    office: str | None = None


@dataclass(frozen=True)
class Link:
    entry: Entry
    confidence: float
    role: RoleAt | None
    why: tuple[str, ...]


def _add_years(date: str, n: int) -> str:
    return f"{int(date[:4]) + n:04d}{date[4:]}"


@lru_cache(maxsize=8192)
def _parse_roles(raw: str) -> tuple[Role, ...]:
    out = []
    for part in raw.split(";"):
        if not part:
            continue
        s, e, c, sec, office, flag = part.split("~")
        out.append(Role(s, e, c or None, sec or None, office or None, flag))
    return tuple(out)


def _words_say_other(e: Entry, ctx: Context) -> bool:
    """Do the words around a mention (its title, an appositive) give a country the entry
    neither is of nor holds a role in? An international organisation named there says
    nothing against a national ("UN Ambassador X")."""
    said = ctx.text_country
    if not said or (said == "IGO" and e.country != "IGO"):
        return False
    return said != e.country and not any(r.country == said for r in e.roles)


class KnowledgeBase:
    def __init__(self, lines):
        self.entries: list[Entry] = []
        self.by_id: dict[str, Entry] = {}
        self.alias: dict[str, list[int]] = {}
        self.surname: dict[str, list[int]] = {}  # last names of curated people
        for line in lines:
            if not line or line[0] == "#":
                continue
            kid, kind, name, country, sector, igo, aliases, roles, sources = line.rstrip("\n").split("\t")
            i = len(self.entries)
            e = Entry(kid, kind, name, country or None, sector or None, igo or None, roles, sources)
            self.entries.append(e)
            self.by_id[kid] = e
            for a in aliases.split("|"):
                self.alias.setdefault(a, []).append(i)
            if kind == "P" and ("hand" in sources or "congress" in sources) and \
                    "nosurname" not in sources.split("|"):
                # ("nosurname": a family name many share, "Singh", or a word, "Said")
                words = fold(name).split()
                # (a hyphenated given name after the family name, "Kim Young-sam": its
                # last syllable, "Sam", is no surname)
                given_last = country in SURNAME_FIRST and "-" in name.split()[-1]
                if len(words[-1]) > 2 and not given_last:
                    self.surname.setdefault(words[-1], []).append(i)
                if country in SURNAME_FIRST and len(words) >= 2 and \
                        words[0] not in _COMMON_SURNAMES:
                    # "Xi", "Moon": the family name comes first ("Xi Jinping")
                    self.surname.setdefault(words[0], []).append(i)
                    last = name.split()[-1]
                    if "-" in last and len(name.split()) >= 2:
                        # "Moon Jae" for "Moon Jae-in": a name cut at its hyphen
                        cut = fold(" ".join(name.split()[:-1] + [last.split("-")[0]]))
                        if i not in self.alias.get(cut, ()):
                            self.alias.setdefault(cut, []).append(i)

    # ------------------------------------------------------------------ lookup

    def lookup(self, name: str, kind: str | None = None) -> list[Entry]:
        out = [self.entries[i] for i in self.alias.get(fold(name), ())]
        return [e for e in out if kind is None or e.kind == kind]

    def search(self, name: str) -> list[Entry]:
        """Entries under the name as an alias, or with it as a surname."""
        key = fold(name)
        idx = list(self.alias.get(key, ()))
        idx += [i for i in self.surname.get(key, ()) if i not in idx]
        return [self.entries[i] for i in idx]

    def role_at(self, entry: Entry, date: str | None) -> RoleAt | None:
        roles = entry.roles
        if not roles:
            return None
        if not date:
            return None
        holding = [r for r in roles if r.holds(date)]
        if holding:
            # the most specific holder: an office, one above a seat in Congress (the
            # Speaker holds a seat too, renewed every two years), then the latest start
            best = max(holding, key=lambda r: (r.office is not None, not _seat(r.office),
                                                r.sector is not None, r.start))
            return RoleAt(best.country, best.sector, best.office, False)
        if not entry.curated and date > PHOENIX_CUTOFF:
            # A source that ends at its cut-off cannot say what someone did after it:
            # Phoenix ends Rob Portman at the budget office in 2006, not in the Senate
            # from 2011 ("former" would be a guess)
            return None
        ended = [r for r in roles if r.flag != "d" and r.end and r.end <= date]
        if ended:
            # the last office held ("former President"), before a later role without
            # one (a source's "elite" years after office)
            last = max(ended, key=lambda r: (r.office is not None, r.sector is not None, r.end))
            return RoleAt(last.country, last.sector, last.office, True)
        default = [r for r in roles if r.flag == "d"]
        if default:
            r = default[0]
            return RoleAt(r.country, r.sector, r.office, False)
        return None

    # ------------------------------------------------------------------ linking

    def _score(self, e: Entry, how: str, date: str | None, ctx: Context) -> tuple[float, list[str]]:
        why = []
        if how == "name":
            score = 0.8 if e.curated or e.kind == "O" else 0.7
            why.append("full name" + (" (curated source)" if e.curated else ""))
        elif how == "alias":
            score = 0.55
            why.append("one-word alias listed by the source")
        else:
            score = 0.45
            why.append("surname of a curated person")
        dated = [r for r in e.roles if r.flag != "d"]
        if date and dated:
            if any(r.holds(date) for r in dated):
                score += 0.15
                why.append(f"a role holds on {date}")
            elif how == "name" and all(r.start and r.start <= date for r in dated):
                # A full name outlives the office: "Saddam Hussein" or "Colin Powell"
                # in 2018 is still that person, now a former one. (A role starting
                # years after the article still counts against: a namesake before
                # the person was known.)
                why.append(f"every role began before {date}: a former office holder")
            elif not any(_near(r, date) for r in dated):
                score -= 0.2
                why.append(f"no role within years of {date}")
        if e.curated and any(r.office and _HEAD.search(r.office) for r in e.roles):
            score += 0.1
            why.append("a head of state or government")
        country = e.country
        if ctx.countries and country:
            top = ctx.countries.most_common(1)[0][0]
            if country == top:
                score += 0.15
                why.append(f"the text is mostly about {country}")
            elif country in ctx.countries:
                score += 0.1
                why.append(f"the text names {country}")
            else:
                score -= 0.05
                why.append(f"the text does not name {country}")
        if ctx.text_country == "IGO" and country != "IGO":
            # "UN Ambassador Nikki Haley", "EU negotiator Michel Barnier": a national
            # who works at or with an organisation; the title does not say another
            # nationality
            why.append("the words around it name an international organisation")
        elif _words_say_other(e, ctx):
            score -= 0.5
            why.append(f"the words around it say {ctx.text_country}, not {country}")
        elif ctx.text_country:
            score += 0.2
            why.append(f"the words around it say {ctx.text_country}")
        return score, why

    def link(self, name: str, kind: str, date: str | None, ctx: Context) -> Link | None:
        """The entry this mention names, or None when unsure."""
        scored = self.candidates(name, kind, date, ctx)
        if not scored:
            return None
        # One person listed twice by two sources under two spellings ("Kamala D.
        # Harris" from Congress, "Kamala Harris" from the hand list; "Robert M.
        # Gates" from Phoenix beside "Robert Gates"): the lower entry is no rival.
        scored = [scored[0]] + [x for x in scored[1:] if not _same_person(scored[0][1], x[1])]
        best, e, why = scored[0]
        if len(scored) == 1 and best < LINK_THRESHOLD and \
                self._sole_holder(name, kind, date, e, ctx):
            best += SOLE_HOLDER
            why = why + ["the only person of that name the curated sources list, in a role "
                         f"on {date}"]
        if best < PROMINENT_CONFIDENCE and self._prominent(name, kind, date, ctx, scored):
            best = PROMINENT_CONFIDENCE
            why = why + ["by far the most prominent person of that name: a head of state or "
                         "government, no other with a major office, nothing in the text against"]
        elif best < LINK_THRESHOLD or len(scored) > 1 and best - scored[1][0] < MARGIN:
            return None
        if len(scored) > 1:
            why = why + [f"{len(scored) - 1} other candidate(s) scored lower"]
        return Link(e, round(min(best, 0.99), 2), self.role_at(e, date), tuple(why))

    def _sole_holder(self, name: str, kind: str, date: str | None, e: Entry,
                     ctx: Context) -> bool:
        """ "Mr. Tillerson" in a story from Moscow that never gives his first name: a
        one-word name (not a month or a given name) whose one candidate is a curated
        person holding a dated role at the article's date, with nothing in the words
        around it giving another country."""
        key = fold(name)
        if kind != "P" or len(key.split()) != 1 or key in _MONTHS or \
                key in gazetteer().given_names or key in _COMMON_SURNAMES or not date:
            return False
        if not e.curated or _words_say_other(e, ctx):
            return False
        return any(r.flag != "d" and r.holds(date) for r in e.roles)

    def _prominent(self, name: str, kind: str, date: str | None, ctx: Context,
                   scored: list[tuple[float, Entry, list[str]]]) -> bool:
        """A one-word name (a surname, or an alias the source lists) whose best
        candidate is by far the most prominent person of that name: a curated head
        of state or government, every other candidate without a major office, no
        title or appositive giving another country, and (when the article has a
        date) a role within years of it. "Obama" in an undated article about Kenya
        is Barack Obama; "Clinton" and "Johnson" stay unlinked."""
        key = fold(name)
        if kind != "P" or len(key.split()) != 1 or key in _MONTHS or key in gazetteer().given_names:
            return False  # "May" may be the month, "Kim" a given name
        e = scored[0][1]
        if not e.curated or not any(r.office and _HEAD.search(r.office) for r in e.roles):
            return False
        for _, other, _ in scored[1:]:
            if any(r.office and _MAJOR.search(r.office) and " to the " not in r.office
                   for r in other.roles):  # "Adviser to the President" is no president
                return False
        if ctx.text_country and ctx.text_country != e.country and \
                not any(r.country == ctx.text_country for r in e.roles):
            return False
        dated = [r for r in e.roles if r.flag != "d"]
        if date and dated and not any(r.holds(date) or _near(r, date) for r in dated):
            return False
        return True

    def candidates(self, name: str, kind: str, date: str | None,
                   ctx: Context) -> list[tuple[float, Entry, list[str]]]:
        """Every entry the name could be, best first, with its score and reasons."""
        key = fold(name)
        if not key:
            return []
        cands: dict[int, str] = {}
        multi = len(key.split()) >= 2
        for i in self.alias.get(key, ()):
            if self.entries[i].kind == kind:
                cands[i] = "name" if multi else "alias"
        if kind == "P" and not multi:
            for i in self.surname.get(key, ()):
                cands.setdefault(i, "surname")
        scored = []
        for i, how in cands.items():
            s, why = self._score(self.entries[i], how, date, ctx)
            scored.append((round(s, 3), self.entries[i], why))
        scored.sort(key=lambda x: (-x[0], x[1].id))
        return scored

    def link_person(self, name: str, date: str | None, ctx: Context | None = None) -> Link | None:
        return self.link(name, "P", date, ctx or Context())


_SEAT = re.compile(r"^(Representative|Senator|Delegate|Resident Commissioner)( \([A-Z]{2}\))?$")


def _seat(office: str | None) -> bool:
    """A member's seat in a legislature ("Representative (CA)"), not an office in it."""
    return bool(office and _SEAT.match(office))


def _same_person(a: Entry, b: Entry) -> bool:
    """Two entries of one person: same kind and country, the same name words and
    the same initials or none on one side ("Kamala D. Harris" and "Kamala Harris"),
    and dated roles that overlap in time (or one entry has none): "John Q. Adams"
    and "John Adams", or the two George Bushes, stay apart."""
    if a.kind != b.kind:
        return False
    na, nb = (_untitled(fold(e.name).replace(".", " ").split()) for e in (a, b))
    if a.curated != b.curated and na == nb and len(na) >= 2:
        # A source without dated terms listing a curated person under the same full
        # name, perhaps with a title or for an earlier post abroad ("Secretary-General
        # Ban Ki-Moon", "Ban Ki Moon" as a Korean minister): the curated entry
        return True
    if a.country != b.country or not a.country:
        return False
    if [w for w in na if len(w) > 1] != [w for w in nb if len(w) > 1]:
        return False
    ia, ib = ({w for w in n if len(w) == 1} for n in (na, nb))
    if ia != ib and ia and ib:
        return False  # "George H. W. Bush" and "George W. Bush"
    ra, rb = ([r for r in e.roles if r.flag != "d" and r.start] for e in (a, b))
    if not ra or not rb:
        return True
    return any(x.start < (y.end or "9999") and y.start < (x.end or "9999") for x in ra for y in rb)


def _untitled(words: list[str]) -> list[str]:
    """A name's words without the titles a source put before it."""
    k = 0
    while k < len(words) - 2 and words[k] in _NAME_TITLES:
        k += 1
    return words[k:]


def _near(r: Role, date: str) -> bool:
    """Whether a role is within a few years of the date (an official recently out
    of office, or about to take one)."""
    start = r.start or "0000"
    end = r.end or (PHOENIX_CUTOFF if r.flag == "o" else "9999")
    return _add_years(start, -2) <= date <= _add_years(end, 6)


@lru_cache(maxsize=1)
def knowledge_base() -> KnowledgeBase:
    path = resources.files("newsbrief.actors").joinpath("data", "kb.tsv.gz")
    with path.open("rb") as fh, gzip.open(fh, "rt", encoding="utf-8") as text:
        return KnowledgeBase(text)


__all__ = ["knowledge_base", "KnowledgeBase", "Entry", "Role", "RoleAt", "Context", "Link",
           "LINK_THRESHOLD", "MARGIN"]
