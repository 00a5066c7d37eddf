"""A signing that is no agreement: one side signing its own order into force.

Public API (read by events.extract):

    signed_at_home(tok, cameo) -> bool

"sign" is coded SUPPORT 057, "sign formal agreement", which CAMEO keeps for an
agreement between parties (a treaty, an accord, a deal). A head of government who
"signed an executive order", or a minister who "signed a directive", signs an
instrument of one side's own rule: a real act of government, but no agreement with
anyone, and PLOVER has no type that fits it. Such a record is kept for exports under
the threshold of any brief (events.extract's HOME_SIGNING share), not dropped: judges
read the act as real and only the type as wrong.

The reading is narrow on purpose: the object must be one of the listed instruments
(data/word_classes.toml, "home_instruments"), and nothing in the verb's phrase may name a
second party ("an order signed with the union", "a memorandum of understanding").
"""

from __future__ import annotations

from .lexicon import lemma_of, word_classes

_W = word_classes()
INSTRUMENTS = _W["home_instruments"]
PARTNER_WORDS = _W["home_instrument_partners"]


def _signed_objects(tok) -> list:
    """What the verb signs: its object, or the subject of its passive ("the order was
    signed"), or the noun a participle modifies ("the order signed on Monday")."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if not objs and tok.dep_ == "acl" and tok.tag_ == "VBN":
        objs = [tok.head]
    return objs


def signed_at_home(tok, cameo: str | None) -> bool:
    """Is the record of `tok` a 057 signing of one side's own instrument ("signed an
    executive order creating a commission"), with no second party named in the verb's
    phrase? Every object signed must be a listed instrument; a conjoined object that is
    not ("signed the order and the treaty") keeps the agreement reading."""
    if cameo != "057" or lemma_of(tok) != "sign":
        return False
    objs = _signed_objects(tok)
    if not objs:
        return False
    things = objs + [c for o in objs for c in o.conjuncts]
    if not all(lemma_of(o) in INSTRUMENTS for o in things):
        return False
    # A partner in the verb's own phrase or the object's ("signed it with the union",
    # "a memorandum of understanding between the two"), not one deep in a clause the
    # object carries ("an order limiting trade with China").
    near = [c for c in tok.children if c.dep_ == "prep"] + \
        [c for o in things for c in o.children if c.dep_ in ("prep", "compound", "amod")]
    for n in near:
        words = {lemma_of(n), n.lower_} | {lemma_of(g) for g in n.children if g.dep_ == "pobj"}
        if words & PARTNER_WORDS:
            return False
    return True
