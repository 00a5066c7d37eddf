"""The extraction tests' hand-built docs and fakes: a Doc written as rows "word lemma POS
dep head [ENT]" (head an absolute token index), entities over its tokens, and a small
fake typing engine and common-noun resolver, so a test pins the extractor's own rules
(no trained model). Shared by the extraction tests, which imported them from
test_event_extract.py before (and, until house37, the argument and dating helpers from
test_event_arguments_dates.py and test_event_dates_body.py)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsbrief.events import extract_events
from newsbrief.events.coding import Coding
from newsbrief.records import Article, Entity, Mention, Timex

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


def coder_with(extra: dict):
    """fake_coder plus lemma -> (type, cameo, mode)."""
    def code(doc, token, source=None, target=None):
        hit = extra.get(token.lemma_)
        if hit is None:
            return fake_coder(doc, token, source, target)
        return Coding(hit[0], hit[2], None, hit[1], 0.8, (token.idx, token.idx + len(token.text)))
    return code


def role_resolver(text):
    """A few common nouns of people with a sector and no country (the argument and
    dating tests' own)."""
    table = {"reporters": (None, "JRN"), "reporter": (None, "JRN"),
             "troops": (None, "MIL"), "prisoners": (None, None)}
    country, sector = table.get(text.lower(), (None, None))
    return (country, sector, None)


def extract(doc, entities=(), timexes=(), coder=fake_coder, published="2024-12-05"):
    """The records of `doc` with `coder` (the fake coder unless given) and role_resolver."""
    article = Article(id="a1", origin="test", text=doc.text, published=published)
    return extract_events(doc, article, entities, timexes, coder=coder, resolver=role_resolver)


def timex(doc, i, j, value, typ="DATE"):
    """A resolved time expression over tokens i..j-1 of `doc`."""
    span = doc[i:j]
    return Timex(span.start_char, span.end_char, span.text, typ, value)


def named_states(doc, names):
    """A state entity on each token of `doc` written as one of `names` (id the name in
    lower case, country its first three letters)."""
    return [ent(doc, n.lower(), k, k + 1, "state", n[:3].upper())
            for k, t in enumerate(doc) for n in names if t.text == n]


def with_tags(doc, tags: dict[int, str]):
    """`doc` with the fine-grained tags given by token index (the tense rules read them)."""
    for i, tag in tags.items():
        doc[i].tag_ = tag
    return doc


def shifted(rows: list[str], k: int) -> list[str]:
    """The rows of a sentence placed after k tokens (heads moved by k)."""
    out = []
    for row in rows:
        parts = row.split()
        parts[4] = str(int(parts[4]) + k)
        out.append(" ".join(parts))
    return out


def build_lines(rows: list[str]):
    """build() with "<NL>" rows standing for a line break."""
    doc = build([r.replace("<NL>", "NL", 2) if r.startswith("<NL>") else r for r in rows])
    words = ["\n" if r.startswith("<NL>") else t.text for r, t in zip(rows, doc)]
    return Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) and w != "\n"
                                               for t, w in zip(doc, words)],
               lemmas=[t.lemma_ for t in doc], pos=[t.pos_ for t in doc],
               deps=[t.dep_ for t in doc], heads=[t.head.i for t in doc],
               ents=[t.ent_iob_ + ("-" + t.ent_type_ if t.ent_type_ else "") if t.ent_iob_ != "O"
                     else "O" for t in doc])


def build_with_noun_tags(rows: list[str]) -> Doc:
    """build() with the tags the actor resolver reads: NN on a noun, NNP on a proper noun
    ("country" a singular noun)."""
    doc = build(rows)
    for t in doc:
        t.tag_ = {"NOUN": "NN", "PROPN": "NNP"}.get(t.pos_, "")
    return doc
