"""Key-event recall (issue 11, cover4): acts a reader lists first that had no trigger.
Hand-built parses of sentences made up for the test; the packaged lexicon codes them."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsbrief.events.coding import code_predicate

VOCAB = spacy.blank("en").vocab


def make_doc(spec: str) -> Doc:
    rows = [tok.split("/") for tok in spec.split()]
    return Doc(VOCAB, words=[r[0] for r in rows], spaces=[True] * len(rows),
               lemmas=[r[1] for r in rows], pos=[r[2] for r in rows],
               heads=[int(r[3]) for r in rows], deps=[r[4] for r in rows])


CASES = [
    # A naval group sent somewhere is a show of force, through the light verb.
    ("Norway/norway/PROPN/1/nsubj sent/send/VERB/1/ROOT a/a/DET/4/det "
     "strike/strike/NOUN/4/compound group/group/NOUN/1/dobj to/to/ADP/1/prep "
     "Freedonia/freedonia/PROPN/5/pobj", 1, "MOBILIZE", "154"),
    ("Norway/norway/PROPN/1/nsubj dispatched/dispatch/VERB/1/ROOT two/two/NUM/3/nummod "
     "warships/warship/NOUN/1/dobj", 1, "MOBILIZE", "154"),
    # Pulling one's troops or staff out is a withdrawal, not a recall.
    ("Norway/norway/PROPN/1/nsubj pulled/pull/VERB/1/ROOT its/its/PRON/3/poss "
     "troops/troop/NOUN/1/dobj from/from/ADP/1/prep Freedonia/freedonia/PROPN/4/pobj",
     1, "RETREAT", "087"),
    ("Norway/norway/PROPN/1/nsubj pulled/pull/VERB/1/ROOT its/its/PRON/4/poss "
     "embassy/embassy/NOUN/4/compound staff/staff/NOUN/1/dobj", 1, "RETREAT", "087"),
    # Street protest and barricades.
    ("Farmers/farmer/NOUN/1/nsubj took/take/VERB/1/ROOT to/to/ADP/1/prep "
     "the/the/DET/4/det streets/street/NOUN/2/pobj", 1, "PROTEST", "141"),
    ("Students/student/NOUN/1/nsubj erected/erect/VERB/1/ROOT "
     "barricades/barricade/NOUN/1/dobj", 1, "PROTEST", "144"),
    # A search of premises by the police.
    ("Police/police/NOUN/1/nsubj searched/search/VERB/1/ROOT his/his/PRON/3/poss "
     "apartment/apartment/NOUN/1/dobj", 1, "COERCE", "171"),
    # Pleading guilty yields to the charge.
    ("The/the/DET/1/det aide/aide/NOUN/2/nsubj pleaded/plead/VERB/2/ROOT "
     "guilty/guilty/ADJ/2/acomp", 2, "CONCEDE", "080"),
    # Beatings named by a noun.
    ("reports/report/NOUN/0/ROOT of/of/ADP/0/prep beatings/beating/NOUN/1/pobj "
     "by/by/ADP/2/prep guards/guard/NOUN/3/pobj", 2, "ASSAULT", "182"),
]


@pytest.mark.parametrize("spec, at, typ, cameo", CASES,
                         ids=[f"{c[2]}{k}" for k, c in enumerate(CASES)])
def test_key_event_words_are_coded(spec, at, typ, cameo):
    doc = make_doc(spec)
    coding = code_predicate(doc, doc[at])
    assert coding is not None, doc.text
    assert (coding.type, coding.cameo) == (typ, cameo), doc.text


def test_a_ship_or_a_staff_alone_names_no_act():
    # "the strike group sailed": the noun by itself is no event.
    doc = make_doc("the/the/DET/2/det strike/strike/NOUN/2/compound group/group/NOUN/3/nsubj "
                   "sailed/sail/VERB/3/ROOT")
    assert code_predicate(doc, doc[2]) is None


def test_searching_records_is_no_raid_and_pulling_an_advert_no_withdrawal():
    doc = make_doc("Clerks/clerk/NOUN/1/nsubj searched/search/VERB/1/ROOT the/the/DET/3/det "
                   "records/record/NOUN/1/dobj")
    coding = code_predicate(doc, doc[1])
    assert coding is None or coding.type != "COERCE"
    doc = make_doc("The/the/DET/1/det firm/firm/NOUN/2/nsubj pulled/pull/VERB/2/ROOT "
                   "the/the/DET/4/det advert/advert/NOUN/2/dobj")
    coding = code_predicate(doc, doc[2])
    assert coding is None or coding.type != "RETREAT"
