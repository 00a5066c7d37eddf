"""The extraction tests' hand-built docs and fakes: a Doc written as rows "word lemma POS
dep head [ENT]" (head an absolute token index), entities over its tokens, and a small
fake typing engine and common-noun resolver, so a test pins the extractor's own rules
(no trained model). Shared by the extraction tests, which imported them from
test_event_extract.py before."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsbrief.events import extract_events
from newsbrief.events.coding import Coding
from newsbrief.records import Article, Entity, Mention

VOCAB = spacy.blank("en").vocab

CODES = {
    "approve": ("SUPPORT", "050"), "ratify": ("SUPPORT", "057"), "sign": ("AGREE", "057"),
    "accuse": ("ACCUSE", "112"), "send": ("AID", "070"), "attack": ("ASSAULT", "190"),
    "invasion": ("ASSAULT", "190"), "visit": ("CONSULT", "042"), "meet": ("CONSULT", "040"),
    "praise": ("SUPPORT", "051"), "provide": ("AID", "070"), "deploy": ("MOBILIZE", "154"),
}
PEOPLE = {"senators": ("ITA", "LEG"), "italian senators": ("ITA", "LEG"),
          "officials": (None, "GOV"), "soldiers": (None, "MIL"), "troops": (None, "MIL"),
          "leaders": (None, "GOV")}


def fake_coder(doc, token, source=None, target=None):
    hit = CODES.get(token.lemma_)
    if hit is None:
        return None
    return Coding(hit[0], None, None, hit[1], 0.8, (token.idx, token.idx + len(token.text)))


def fake_resolver(text):
    country, sector = PEOPLE.get(text.lower(), (None, None))
    return (country, sector, None)


def build(rows: list[str]) -> Doc:
    words, lemmas, pos, deps, heads, ents = [], [], [], [], [], []
    for row in rows:
        parts = row.split()
        words.append(parts[0])
        lemmas.append(parts[1])
        pos.append(parts[2])
        deps.append(parts[3])
        heads.append(int(parts[4]))
        ents.append(parts[5] if len(parts) > 5 else "O")
    spaces = [not (k + 1 < len(words) and words[k + 1] in (".", ",", "'s")) for k in
              range(len(words))]
    return Doc(VOCAB, words=words, spaces=spaces, lemmas=lemmas, pos=pos, deps=deps,
               heads=heads, ents=ents)


def ent(doc: Doc, eid: str, start: int, end: int, kind: str, country=None, sector=None,
        members=()) -> Entity:
    span = doc[start:end]
    return Entity(id=eid, name=span.text, kind=kind, country=country, sector=sector,
                  mentions=(Mention(span.start_char, span.end_char, span.text),),
                  members=tuple(members))


def run(doc: Doc, entities=(), timexes=(), published="2024-12-05"):
    article = Article(id="a1", origin="test", text=doc.text, published=published)
    return extract_events(doc, article, entities, timexes, coder=fake_coder,
                          resolver=fake_resolver)


def by_type(events, typ):
    return [e for e in events if e.type == typ]
