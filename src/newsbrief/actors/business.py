"""Organisations the model reads as people or places, found by the words around
them (lexicon: data/org_words.tsv).

  - A name ending in a corporate or institutional word is an organisation
    ("Apex Medical Industries Inc", "Labour Party", "Bucharest Newsroom"); a word
    like Inc/Corp/SpA right after a name joins it ("Pirelli" + "SpA").
  - In a sports text, a club word ends a club ("Norwich City", "Bristol Rovers")
    unless the whole name is a known place ("Kansas City").
  - A one-word name typed PERSON that is nobody's given name or surname here,
    seen once next to a word only companies take ("Acme shares", "Acme
    spokesman", "Ontario-based Acme", "carmaker Acme"), is that company in
    every mention of the document.
One walk over the spans.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc

from ..nlp import doc_words
from .gazetteer import Gazetteer, fold
from ..words import word_lists

# The word lists of this module: data/business_lists.toml.
_LISTS = word_lists("newsbrief.actors", "business_lists.toml")
_RELABEL = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC"})
# Suffixes that join a name written right before them ("Acme" "Corp").
_JOINING = frozenset(_LISTS["joining"])
# Words that end places as well as organisations ("West Bank", "Soviet Union",
# "Russian Federation"): they do not overrule the model's GPE / LOC.
_PLACE_SUFFIX = frozenset({"Bank", "Union", "Federation", "Commission", "Council"})


@lru_cache(maxsize=1)
def org_words() -> dict[str, frozenset[str]]:
    """Words of data/org_words.tsv by position (suffix, sports, after, before)."""
    text = resources.files("newsbrief.actors").joinpath("data/org_words.tsv").read_text("utf-8")
    out: dict[str, set[str]] = {"suffix": set(), "sports": set(), "after": set(), "before": set()}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, where = line.split("\t")[:2]
        out[where.strip()].add(word.strip())
    return {k: frozenset(v) for k, v in out.items()}


def business_names(doc: Doc, spans: list, g: Gazetteer, sports: bool) -> list:
    """Relabel organisations by their suffix or their company context."""
    w = org_words()
    n = len(doc)
    words = doc_words(doc)
    surnames = {fold(words[e - 1]) for s, e, label in spans if label == "PERSON" and e - s >= 2}
    multi = {fold(words[s]) for s, e, label in spans if label == "PERSON" and e - s >= 2}
    occupied = {i for s, e, _ in spans for i in range(s, e)}
    companies: set[str] = set()
    out = []
    for s, e, label in spans:
        if label in _RELABEL or label == "ORG":
            last = words[e - 1]
            if e < n and words[e] in _JOINING and e not in occupied and label != "ORG":
                e += 1  # "Pirelli SpA": the suffix belongs to the name
                label = "ORG"
            elif label != "ORG" and e - s > 1 and last in w["suffix"] and g.lookup(words[s:e]) is None \
                    and not (label in ("GPE", "LOC") and last in _PLACE_SUFFIX):
                label = "ORG"
            elif label != "ORG" and sports and e - s > 1 and last in w["sports"] \
                    and g.lookup(words[s:e]) is None and label != "GPE":
                label = "ORG"
        if label == "PERSON" and e - s == 1:
            key = fold(words[s])
            if key not in surnames and key not in multi and words[s].lower() not in g.given_names:
                after = words[e] if e < n else ""
                after2 = words[e + 1] if e + 1 < n else ""
                before = words[s - 1] if s > 0 else ""
                if after in w["after"] or (after in ("'s", "’s") and after2 in w["after"]) \
                        or before.lower() in w["before"] or before.endswith("-based"):
                    companies.add(key)
        out.append((s, e, label))
    if companies:
        out = [(s, e, "ORG" if label == "PERSON" and e - s == 1 and fold(words[s]) in companies
                else label) for s, e, label in out]
    return out
