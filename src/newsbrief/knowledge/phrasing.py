"""English sentences from merged event records, for briefs.

"<actor> <verb phrase>[ <recipient>]" from a per-CAMEO/PLOVER phrase table
(knowledge/data/phrases.toml), wrapped for the event's standing: "X and Y
allege that ...", "... will ...", "... did not ...". Names come from the
stored entities; nothing is invented beyond the record's own fields.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any

from ..render import short_date
from ..stored import ActorSummary, MergedEvent

_OPTIONAL = re.compile(r"\[([^\]]*)\]")
# The order in which a merged event's standings decide how it is told.
STANDING_ORDER = ("asserted", "alleged", "future", "conditional", "negated")
# Names read with "the" in running text: "the United States", "the Philippines".
_TAKES_THE = re.compile(r"^(United|Republic|Kingdom|European|Democratic Republic|Central African"
                        r"|Czech Republic|Netherlands|Philippines|Bahamas|Gambia|Maldives"
                        r"|Vatican|Holy See|International|World|Kremlin|Pentagon|White House"
                        r"|State Department|Vatican)\b")


@lru_cache(maxsize=1)
def _phrases() -> dict[str, Any]:
    text = resources.files("newsbrief.knowledge").joinpath("data/phrases.toml").read_text("utf-8")
    return tomllib.loads(text)


def verb_phrase(event_type: str, cameo: str | None, recipient: str, *, base: bool) -> str:
    table = _phrases()
    entry = None
    for n in (4, 3, 2):
        if cameo and len(cameo) >= n and cameo[:n] in table["cameo"]:
            entry = table["cameo"][cameo[:n]]
            break
    entry = entry or table["types"].get(event_type) or ["took action[ involving {r}]",
                                                        "take action[ involving {r}]"]
    phrase = entry[1 if base else 0]
    phrase = _OPTIONAL.sub(lambda m: m[1] if recipient else "", phrase)
    return phrase.replace("{r}", recipient)


def join_names(names: list[str], limit: int = 3) -> str:
    names = list(dict.fromkeys(n for n in names if n))
    if len(names) > limit:
        names = names[:limit] + [f"{len(names) - limit} others"]
    if len(names) <= 1:
        return names[0] if names else ""
    return ", ".join(names[:-1]) + " and " + names[-1]


def display_name(ref: ActorSummary, states: dict[str, str]) -> str:
    """An actor's name for a sentence: "troops" becomes "North Korea's troops"."""
    name = ref.name or ""
    if name[:1].islower() and ref.country:
        country = states.get(ref.country, ref.country)
        bare = re.sub(r"^(the|a|an|its|their|his|her)\s+", "", name, flags=re.I)
        if re.match(r"(several|some|many|few|most|all|both|two|three|four|five|dozens|"
                    r"hundreds|thousands)\b", bare, re.I):
            return bare  # "several ministers", not "the United Kingdom's several ministers"
        if bare[:1].isupper():
            return "the " + bare  # "the Polish defence ministry" already says whose
        owner = _the(country)
        return f"{owner}' {bare}" if owner.endswith("s") else f"{owner}'s {bare}"
    return name if ref.kind == "person" else _the(name)


def _definite(name: str) -> str:
    """ "landmark defence pact" -> "the landmark defence pact"; names stay as they are."""
    if name[:1].islower() and not re.match(r"^(the|a|an|this|that|its|their)\s", name, re.I):
        return "the " + name
    return name


def _the(name: str) -> str:
    return "the " + name if _TAKES_THE.match(name) else name


def lead_standing(standings: dict[str, int]) -> str:
    for s in STANDING_ORDER:
        if standings.get(s):
            return s
    return "asserted"


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def sentence(event: MergedEvent, states: dict[str, str], *, standing: str | None = None,
             claimants: list[str] | None = None) -> str:
    """One sentence (no final stop) telling a merged event in its standing."""
    recipients = [r for r in event.recipients if r.kind != "agreement"]
    treaties = [r for r in event.recipients if r.kind == "agreement"]
    # An actor also listed as recipient ("X and Y aided Y") is told once, as recipient.
    targets = {display_name(r, states) for r in recipients}
    actors = [n for n in (display_name(r, states) for r in event.actors) if n not in targets]
    actor = join_names(actors or [display_name(r, states) for r in event.actors]) or "Someone"
    recipient = join_names([display_name(r, states) for r in recipients])
    standing = standing or lead_standing(event.standings or {})
    past = verb_phrase(event.type, event.cameo, recipient, base=False)
    base = verb_phrase(event.type, event.cameo, recipient, base=True)
    if treaties:
        # An agreement is what the act is about, not a party to it.
        about = join_names([_definite(r.name or "") for r in treaties])
        if (event.cameo or "").startswith("057"):
            past, base = f"formalised {about}", f"formalise {about}"
        else:
            past, base = f"{past} on {about}", f"{base} on {about}"
    numbers = _quantities(event)
    if numbers:
        past, base = f"{past} ({numbers})", f"{base} ({numbers})"
    if standing == "alleged":
        if claimants:
            who = join_names(claimants)
            verb = "allege" if len(claimants) > 1 or " and " in who else "alleges"
            return capitalise(f"{who} {verb} that {actor} {past}")
        return capitalise(f"{actor} reportedly {past}")
    return in_standing(actor, standing, past, base)


def in_standing(subject: str, standing: str, past: str, base: str, *,
                conditional: str = "may") -> str:
    """ "X will/<conditional>/did not <base>" for a future, conditional or negated
    act, else "X <past>" (claims are told by the caller, who knows the claimants)."""
    verb = {"future": "will", "conditional": conditional, "negated": "did not"}.get(standing)
    return capitalise(f"{subject} {verb} {base}" if verb else f"{subject} {past}")


def _quantities(event: MergedEvent) -> str:
    """The counts the reports give ("over 10,000 troops"), as written, first report first."""
    seen: list[str] = []
    for mention in event.mentions:
        for q in mention.record.quantities:
            text = (q.text or "").strip()
            if text and text.lower() not in (t.lower() for t in seen):
                seen.append(text)
    return ", ".join(seen[:2])


def date_label(event: MergedEvent) -> str:
    """The event's date as a reader should take it: exact when the text gave it,
    "by <day>" when only the publication day bounds it."""
    return label_of(event.date, event.date_source)


def label_of(value: str | None, source: str | None) -> str:
    """`date_label` of a date value and its source: "undated", "by 2024-12-05", a week
    as "week of 30 Nov 2026" (render.short_date), else the value."""
    if not value:
        return "undated"
    if source not in (None, "text"):
        return f"by {short_date(value)}"
    return short_date(value)
