"""Headline cleaning: drop the site name that pages glue to their titles.

"Talks resume in Geneva | The Daily Ledger" and "Daily Ledger - Talks resume"
both become "Talks resume in Geneva". A segment is dropped only when it
matches the page's site name or its domain, so a headline that merely
contains a dash or a bar is kept whole.
"""

from __future__ import annotations

import re
import unicodedata

# Separators pages put between headline and site name, spaced on both sides
# so hyphenated words ("Sino-Indian") never split.
_SEPARATORS = re.compile(r"\s+(?:[|\-–—:·•»«~/]|::|\|\|)\s+")
_FOLD = re.compile(r"[^\w]+")


def fold(text: str) -> str:
    """Case- and punctuation-folded form used to compare titles and names."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return _FOLD.sub(" ", text).strip()


def clean_title(title: str | None, *, site_name: str | None, host: str | None) -> str | None:
    if not title:
        return None
    title = re.sub(r"\s+", " ", title).strip()
    names = _site_names(site_name, host)
    if not names:
        return title or None
    parts = _SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    seps = _SEPARATORS.findall(title)
    # drop matching segments from the end, then from the start
    while len(parts) > 1 and _is_site(parts[-1], names):
        parts.pop()
        seps.pop()
    while len(parts) > 1 and _is_site(parts[0], names):
        parts.pop(0)
        seps.pop(0)
    out = parts[0]
    for sep, part in zip(seps, parts[1:]):
        out += sep + part
    return out.strip() or title


def _site_names(site_name: str | None, host: str | None) -> set[str]:
    names: set[str] = set()
    if site_name:
        names.add(fold(site_name))
        # "WSVN 7News | Miami News, Weather | Fort Lauderdale": each part is a name
        names.update(fold(part) for part in _SEPARATORS.split(site_name))
    if host:
        host = host.lower()
        if host.startswith("www."):
            host = host[4:]
        names.add(fold(host))
        labels = host.split(".")
        if len(labels) >= 2:
            # "bbc.co.uk" -> "bbc"; "nytimes.com" -> "nytimes"
            main = labels[-3] if len(labels) >= 3 and len(labels[-2]) <= 3 and len(labels[-1]) == 2 else labels[-2]
            names.add(main)
    return {n for n in names if n}


def _is_site(segment: str, names: set[str]) -> bool:
    seg = fold(segment)
    if not seg:
        return True
    squashed = seg.replace(" ", "")
    for name in names:
        flat = name.replace(" ", "")
        if seg == name or squashed == flat:
            return True
        # "BBC News" vs site "BBC"; "The Daily Ledger" vs host "dailyledger"
        if (len(flat) >= 3 and len(squashed) >= 3 and len(seg.split()) <= 4
                and (squashed.startswith(flat) or flat.startswith(squashed))):
            return True
        if squashed.removeprefix("the") == flat.removeprefix("the"):
            return True
    return False


def visible_headline(h1s: list[str], meta_titles: list[str], *, site_name: str | None,
                     host: str | None, current: str | None = None) -> str | None:
    """The page's own <h1> when it is the headline that the <title> or
    og:title carries (with a site name around it), else None.

    The visible headline is what readers (and the gold sets) call the title;
    meta titles are often rewritten for search or social sites
    ("Coronavirus: X" shown, "X amid virus outbreak" in og:title). An <h1> is
    trusted only when a meta title contains it, so a logo <h1> ("POLITICO")
    or a section banner is never taken: it must also be 4+ words and not the
    site's name. When a `current` title is known (the cleaned meta title), the
    <h1> must share at least a fifth of its words with it, so a long logo
    ("The Valley Morning Herald") that the <title> also carries is not taken.
    """
    metas = [" " + fold(t) + " " for t in meta_titles if t]
    if not metas:
        return None
    # "Headline | Brand": the last of several segments is where titles put the
    # brand, so an <h1> equal to it is a logo even when no site name is known
    tails = {fold(parts[-1]) for t in meta_titles if t
             for parts in [_SEPARATORS.split(t)] if len(parts) > 1}
    names = _site_names(site_name, host)
    for h1 in h1s[:3]:
        h1 = re.sub(r"\s+", " ", h1).strip()
        key = fold(h1)
        if len(key.split()) < 4 or _is_site(h1, names) or key in tails:
            continue
        if any(" " + key + " " in meta for meta in metas) and _shares_words(key, current):
            return h1
    return None


def _shares_words(key: str, current: str | None) -> bool:
    if not current:
        return True
    a, b = set(key.split()), set(fold(current).split())
    return len(a & b) >= 0.2 * min(len(a), len(b))
