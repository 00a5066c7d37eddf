"""Hand-built parses for rule tests: a sentence made up for the test, written token by
token as "word/lemma/POS/TAG/head/dep" (or "word/lemma/POS/head/dep" with tags=False),
heads as absolute token indices. The rules see exactly the parse the test states, not
whatever the statistical parser makes of the sentence today."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from newsbrief.events.arguments import noun_arguments, verb_arguments
from newsbrief.events.coding import code_predicate
from newsbrief.records import Entity, Mention

VOCAB = spacy.blank("en").vocab


def make_doc(spec: str, tags: bool = True) -> Doc:
    rows = [tok.split("/") for tok in spec.split()]
    if tags:
        tag = [r[3] for r in rows]
        head, dep = [int(r[4]) for r in rows], [r[5] for r in rows]
    else:
        tag = None
        head, dep = [int(r[3]) for r in rows], [r[4] for r in rows]
    return Doc(VOCAB, words=[r[0] for r in rows], spaces=[True] * len(rows),
               lemmas=[r[1] for r in rows], pos=[r[2] for r in rows], tags=tag,
               heads=head, deps=dep)


def make_doc_untagged(spec: str) -> Doc:
    """A parse written "word/lemma/POS/head/dep" per token (no TAG), as the coding tables
    write it."""
    return make_doc(spec, tags=False)


def make_doc_head_first(spec: str) -> Doc:
    """A parse written "word/lemma/POS/head/dep[/TAG[/ENT]]" per token (a TAG of "-" is
    none; ENT a one-token entity label), as the sense and standing tests write it."""
    rows = [tok.split("/") for tok in spec.split()]
    ents = [r[6] if len(r) > 6 else "O" for r in rows]
    return Doc(VOCAB, words=[r[0] for r in rows], spaces=[True] * len(rows),
               lemmas=[r[1] for r in rows], pos=[r[2] for r in rows],
               heads=[int(r[3]) for r in rows], deps=[r[4] for r in rows],
               tags=[r[5] if len(r) > 5 and r[5] != "-" else "" for r in rows],
               ents=[e if e == "O" else f"B-{e}" for e in ents])


def coded_type(spec: str, at: int) -> str | None:
    """The event type code_predicate gives token `at` of a make_doc_head_first parse
    (None when it codes no event), for the trigger-sense tables."""
    doc = make_doc_head_first(spec)
    coding = code_predicate(doc, doc[at])
    return None if coding is None else coding.type


def texts(toks) -> list[str]:
    """The words of a role's tokens, for asserting who a rule picked."""
    return [t.text for t in toks]


def parse(rows: str) -> Doc:
    """A parse written one token a line, "word lemma POS TAG dep head [S]" (head an
    absolute index; a seventh column S starts a sentence), as the role and anaphora
    tests write it."""
    words, lemmas, pos, tags, deps, heads, starts = [], [], [], [], [], [], []
    for row in rows.strip().splitlines():
        parts = row.split()
        words.append(parts[0])
        lemmas.append(parts[1])
        pos.append(parts[2])
        tags.append(parts[3])
        deps.append(parts[4])
        heads.append(int(parts[5]))
        starts.append(len(parts) > 6 or not starts)
    return Doc(VOCAB, words=words, lemmas=lemmas, pos=pos, tags=tags, deps=deps, heads=heads,
               sent_starts=starts)


def parse_paragraphs(spec: str) -> Doc:
    """A parse as `parse` writes it, where the word ¶ is a paragraph break."""
    doc = parse(spec)
    words = [t.text if t.text != "¶" else "\n\n" for t in doc]
    return Doc(VOCAB, words=words, spaces=[True] * len(words),
               lemmas=[t.lemma_ for t in doc], pos=[t.pos_ if t.text != "¶" else "SPACE"
                                                      for t in doc],
               tags=[t.tag_ for t in doc], deps=[t.dep_ for t in doc],
               heads=[t.head.i for t in doc], sent_starts=[t.is_sent_start for t in doc])


def person(doc: Doc, name: str, i: int, j: int, **kw) -> Entity:
    """A person entity named `name` whose one mention is tokens i..j-1 of `doc`."""
    span = doc[i:j]
    return Entity(id=name, name=name, kind="person",
                  mentions=(Mention(span.start_char, span.end_char, span.text),), **kw)


def word(doc: Doc, text: str):
    """The first token of `doc` written `text` (the tests name tokens by their words)."""
    return next(t for t in doc if t.text == text)


def with_names(doc: Doc, *names: str, label: str = "GPE") -> Doc:
    """`doc` with one-word entities of `label` on the first token of each of `names`,
    as the entity recogniser would mark them."""
    doc.ents = [Span(doc, word(doc, n).i, word(doc, n).i + 1, label=label) for n in names]
    return doc


def argument_readers(someone):
    """The verb and the noun argument readers (events.arguments) over a test's own
    `someone` test of actor-like tokens: (verb reader, noun reader)."""
    def verb(tok):
        return verb_arguments(tok, someone)

    def noun(tok):
        return noun_arguments(tok, someone, verb)
    return verb, noun
