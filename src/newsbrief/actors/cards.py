"""A name's related-links card run into the text, which no entity is taken from.

Some news pages link a person's name to a card that the text extractor keeps inline:
the person's full legal name run together with the first headline of the card, the
other headlines, and a closing "MORE" ("... Chairman Ann Berg Ann Louise BergTown
votes on budget Mayor resigns MORE (D-Ohio) said ..."). The story's own words are the
name before the card ("Ann Berg"); the model reads name and card as one name ("Ann
Berg Ann Louise BergTown") that the knowledge base cannot link, so the person loses the
country every later bare surname ("Berg said") would take from the link, and the
headlines' names count as the story's.

`card_tokens(doc)` gives the tokens of such cards: from the card's repeat of the name
(its first word the name's first word, within a few words after it) through the
closing "MORE". Only a card that shows all three marks is one: the name repeated, its
last word run together with a capital or a figure ("BergTown", "Berg2020"), and the
"MORE" that closes a teaser (newsbrief/teasers.py `glued` and `closing_more`, the one
account of what a teaser is). The events stage takes no act from the same runs
(`teaser_spans`); the entity stage takes no name from them (spans.py).
"""

from __future__ import annotations


from spacy.tokens import Doc

from ..nlp import doc_text, doc_words, per_doc
from ..teasers import NAME_WORDS, closing_more, glued


def _card_start(words: list[str], g: int, surname: str) -> int | None:
    """The token where the card's name begins, given the glued token `g` whose name part
    is `surname`: just after the story's own "<Given> ... <surname>", when the card
    repeats its first word ("Ann Berg | Ann Louise BergTown")."""
    for j in range(g - 1, max(g - NAME_WORDS, 0) - 1, -1):
        if words[j] != surname:
            continue
        c = j + 1
        if c == g or not words[c][:1].isupper():
            return None  # ("Ann Berg BergTown": no repeat of the name to start the card)
        # the story's given name, repeated as the card's first word
        if any(words[k] == words[c] for k in range(max(j - 3, 0), j)):
            return c
        return None
    return None


def _token_at(doc: Doc, offset: int, g: int) -> int:
    """The token (from `g` on) that holds character `offset`."""
    k = g
    while k + 1 < len(doc) and doc[k + 1].idx <= offset:
        k += 1
    return k


def card_tokens(doc: Doc) -> frozenset[int]:
    """Indices of the tokens inside a related-links card run into the text, computed
    once per Doc (the entity spans and the pronoun reader both ask)."""
    return per_doc(doc, "newsbrief.card_tokens", _card_tokens)


def _card_tokens(doc: Doc) -> frozenset[int]:
    text = doc_text(doc)
    if "MORE" not in text:
        return frozenset()
    words = doc_words(doc)
    out: set[int] = set()
    n = len(words)
    g = 0
    while g < n:
        # the split whose name the text has just given ("CornynMcConnell" is "Cornyn"
        # run into "McConnell", not "CornynMc" into "Connell")
        m, start = next(((split, c) for split in glued(words[g])
                         for c in [_card_start(words, g, split[0])] if c is not None),
                        (None, None))
        if m is None:
            g += 1
            continue
        # a card with no headlines closes on the name itself: "BergMORE"
        if m[1] == "MORE":
            end = g
        else:
            close = closing_more(text, doc[g].idx + len(m[0]))
            if close is None:
                g += 1
                continue
            end = _token_at(doc, close - 1, g)
        out.update(range(start, end + 1))
        g = end + 1
    return frozenset(out)
