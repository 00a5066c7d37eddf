"""Key-event recall (issue 11, cover4): acts a reader lists first that had no trigger.
Hand-built parses of sentences made up for the test; the packaged lexicon codes them."""

from __future__ import annotations

import pytest

from newsbrief.events.coding import code_predicate
from parses import make_doc_untagged as make_doc

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
    # Knife attacks, impeachment, a subpoena, a prisoner swap.
    ("the/the/DET/1/det stabbing/stabbing/NOUN/1/ROOT of/of/ADP/1/prep "
     "two/two/NUM/4/nummod guards/guard/NOUN/2/pobj", 1, "ASSAULT", "182"),
    ("The/the/DET/1/det assembly/assembly/NOUN/2/nsubj impeached/impeach/VERB/2/ROOT "
     "the/the/DET/4/det governor/governor/NOUN/2/dobj", 2, "ACCUSE", "112"),
    ("The/the/DET/1/det committee/committee/NOUN/2/nsubj subpoenaed/subpoena/VERB/2/ROOT "
     "the/the/DET/4/det minister/minister/NOUN/2/dobj", 2, "ACCUSE", "090"),
    ("a/a/DET/2/det prisoner/prisoner/NOUN/2/compound swap/swap/NOUN/2/ROOT "
     "between/between/ADP/2/prep the/the/DET/6/det two/two/NUM/6/nummod "
     "sides/side/NOUN/3/pobj", 2, "RETREAT", "084"),
    # Criticism verbs, a weapons test, an incursion, a lockdown imposed and lifted.
    ("The/the/DET/1/det mayor/mayor/NOUN/2/nsubj chided/chide/VERB/2/ROOT "
     "the/the/DET/4/det council/council/NOUN/2/dobj", 2, "ACCUSE", "111"),
    ("Freedonia/freedonia/PROPN/1/nsubj conducted/conduct/VERB/1/ROOT a/a/DET/4/det "
     "nuclear/nuclear/ADJ/4/amod test/test/NOUN/1/dobj", 1, "MOBILIZE", "150"),
    ("the/the/DET/1/det incursion/incursion/NOUN/1/ROOT into/into/ADP/1/prep "
     "Freedonia/freedonia/PROPN/2/pobj", 1, "ASSAULT", "190"),
    ("Norway/norway/PROPN/1/nsubj imposed/impose/VERB/1/ROOT a/a/DET/3/det "
     "lockdown/lockdown/NOUN/1/dobj", 1, "COERCE", "172"),
    ("Norway/norway/PROPN/1/nsubj lifted/lift/VERB/1/ROOT the/the/DET/3/det "
     "lockdown/lockdown/NOUN/1/dobj", 1, "CONCEDE", "081"),
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
    # "world outrage": anger is an act only when voiced ("expressed outrage").
    doc = make_doc("world/world/NOUN/1/compound outrage/outrage/NOUN/2/nsubj grew/grow/VERB/2/ROOT")
    assert code_predicate(doc, doc[1]) is None
    doc = make_doc("Norway/norway/PROPN/1/nsubj expressed/express/VERB/1/ROOT "
                   "outrage/outrage/NOUN/1/dobj")
    assert code_predicate(doc, doc[1]).type == "ACCUSE"
    # "the lockdown ended": a lockdown is an act only when imposed, ordered, lifted.
    doc = make_doc("the/the/DET/1/det lockdown/lockdown/NOUN/2/nsubj ended/end/VERB/2/ROOT")
    assert code_predicate(doc, doc[1]) is None


def test_searching_records_is_no_raid_and_pulling_an_advert_no_withdrawal():
    doc = make_doc("Clerks/clerk/NOUN/1/nsubj searched/search/VERB/1/ROOT the/the/DET/3/det "
                   "records/record/NOUN/1/dobj")
    coding = code_predicate(doc, doc[1])
    assert coding is None or coding.type != "COERCE"
    doc = make_doc("The/the/DET/1/det firm/firm/NOUN/2/nsubj pulled/pull/VERB/2/ROOT "
                   "the/the/DET/4/det advert/advert/NOUN/2/dobj")
    coding = code_predicate(doc, doc[2])
    assert coding is None or coding.type != "RETREAT"


# ------------------------------------------------------------ acts named under "with"

from newsbrief.events.extract import extract_events  # noqa: E402
from newsbrief.records import Article  # noqa: E402

from fake_stages import build, ent, fake_resolver  # noqa: E402


def _events(rows, entities):
    doc = build(rows)
    article = Article(id="a1", origin="test", text=doc.text, published="2024-12-05")
    return doc, extract_events(doc, article, entities(doc), (), resolver=fake_resolver)


def _states(*spans):
    return lambda doc: [ent(doc, code.lower(), a, b, "state", code) for code, a, b in spans]


def test_hitting_someone_with_sanctions_is_the_sanction_not_an_assault():
    # "Norway hit Freedonia with sanctions."
    doc, events = _events(["Norway Norway PROPN nsubj 1 B-GPE", "hit hit VERB ROOT 1",
                           "Freedonia Freedonia PROPN dobj 1 B-GPE", "with with ADP prep 1",
                           "sanctions sanction NOUN pobj 3", ". . PUNCT punct 1"],
                          _states(("NOR", 0, 1), ("FRE", 2, 3)))
    assert [e.type for e in events] == ["COERCE"]
    assert events[0].trigger.text == "sanctions"
    assert [r.country for r in events[0].actor] == ["NOR"]
    assert [r.country for r in events[0].recipient] == ["FRE"]


@pytest.mark.parametrize(("rows", "spans", "expected"), [
    # "Norway retaliated with tariffs.": the tariffs get the verb's actor.
    (["Norway Norway PROPN nsubj 1 B-GPE", "retaliated retaliate VERB ROOT 1",
      "with with ADP prep 1", "tariffs tariff NOUN pobj 2", ". . PUNCT punct 1"],
     [("NOR", 0, 1)], ("COERCE", "tariffs")),
    # "Norway hit Freedonia with rockets.": a weapon alone names no act; the verb does.
    (["Norway Norway PROPN nsubj 1 B-GPE", "hit hit VERB ROOT 1",
      "Freedonia Freedonia PROPN dobj 1 B-GPE", "with with ADP prep 1",
      "rockets rocket NOUN pobj 3", ". . PUNCT punct 1"],
     [("NOR", 0, 1), ("FRE", 2, 3)], ("ASSAULT", "hit")),
    # "Norway responded with strikes.": military strikes, not a walk-out.
    (["Norway Norway PROPN nsubj 1 B-GPE", "responded respond VERB ROOT 1",
      "with with ADP prep 1", "strikes strike NOUN pobj 2", ". . PUNCT punct 1"],
     [("NOR", 0, 1)], ("ASSAULT", "strikes")),
], ids=["retaliated_with_tariffs", "hit_with_a_weapon", "responded_with_strikes"])
def test_an_act_under_with_is_the_nouns_and_the_verbs_actors(rows, spans, expected):
    doc, events = _events(rows, _states(*spans))
    assert [(e.type, e.trigger.text) for e in events] == [expected]
    assert [r.country for r in events[0].actor] == ["NOR"]


def test_a_plea_of_guilty_is_an_admission_and_of_not_guilty_none():
    # "Norway pleaded guilty." / "Norway pleaded not guilty."
    doc, events = _events(["Norway Norway PROPN nsubj 1 B-GPE", "pleaded plead VERB ROOT 1",
                           "guilty guilty ADJ acomp 1", ". . PUNCT punct 1"],
                          _states(("NOR", 0, 1)))
    assert [e.type for e in events] == ["CONCEDE"]
    doc, events = _events(["Norway Norway PROPN nsubj 1 B-GPE", "pleaded plead VERB ROOT 1",
                           "not not PART neg 3", "guilty guilty ADJ acomp 1",
                           ". . PUNCT punct 1"], _states(("NOR", 0, 1)))
    assert "CONCEDE" not in [e.type for e in events]
