"""Doers the text implies but does not name (events/implicit.py), on hand-built Docs."""

from __future__ import annotations

import newsbrief.events.extract as extract_module
from newsbrief.events import extract_events
from newsbrief.records import ActorRef, Article

from fake_stages import build, by_type, coder_with, shifted

CODER = coder_with({"arrest": ("COERCE", "173", None), "sentence": ("ACCUSE", "114", None),
                    "meet": ("CONSULT", "040", None)})

# "Two suspects were arrested in Nairobi."
ARRESTED = ["Two two NUM nummod 1", "suspects suspect NOUN nsubjpass 3",
            "were be AUX auxpass 3", "arrested arrest VERB ROOT 3", "in in ADP prep 3",
            "Nairobi Nairobi PROPN pobj 4 B-GPE", ". . PUNCT punct 3"]
# "Police arrested two suspects in Nairobi."
POLICE_ARRESTED = ["Police police NOUN nsubj 1", "arrested arrest VERB ROOT 1",
                   "two two NUM nummod 3", "suspects suspect NOUN dobj 1", "in in ADP prep 1",
                   "Nairobi Nairobi PROPN pobj 4 B-GPE", ". . PUNCT punct 1"]
# "Kenya's president met Tanzania's president in Arusha."
MET = ["Kenya Kenya PROPN poss 2 B-GPE", "'s 's PART case 0", "president president NOUN nsubj 3",
       "met meet VERB ROOT 3", "Tanzania Tanzania PROPN poss 6 B-GPE", "'s 's PART case 4",
       "president president NOUN dobj 3", "in in ADP prep 3",
       "Arusha Arusha PROPN pobj 7 B-GPE", ". . PUNCT punct 3"]

# Plain people: no country, no sector (what made such records drop before).
PEOPLE = {"police": (None, "COP", None), "president": (None, "GOV", None)}


def _run(rows):
    doc = build(rows)
    article = Article(id="a1", origin="test", text=doc.text, published="2024-12-05")
    return extract_events(doc, article, [], [], coder=CODER,
                          resolver=lambda t: PEOPLE.get(t.lower(), (None, None, None)))


def test_an_arrest_of_plain_people_with_no_doer_named_is_by_the_police_of_the_place():
    (ev,) = by_type(_run(ARRESTED), "COERCE")
    assert [(r.text, r.country, r.sector, r.implied) for r in ev.actor] == [
        ("unnamed police", "KEN", "COP", True)]


def test_a_doer_the_text_names_is_not_implied():
    (ev,) = by_type(_run(POLICE_ARRESTED), "COERCE")
    assert ev.actor and not any(r.implied for r in ev.actor)
    assert ActorRef(None, "x").implied is False
    assert "implied" in ev.actor[0].to_dict()


def test_a_record_standing_on_its_implied_doer_leaves_the_others_confidence_alone(
        monkeypatch):
    rows = MET + shifted(ARRESTED, len(MET))
    with_rule = _run(rows)
    (met,) = by_type(with_rule, "CONSULT")
    assert by_type(with_rule, "COERCE")  # the arrest stands on its implied doer
    monkeypatch.setattr(extract_module, "standing_alone", lambda *a: False)
    without = _run(rows)
    assert by_type(without, "COERCE") == []  # no record without the rule
    (met_before,) = by_type(without, "CONSULT")
    assert met.confidence == met_before.confidence


class _NoClausePlace:
    def _clause_place(self, tok):
        return None


def test_a_record_stands_on_its_implied_doer_only_where_its_place_gives_that_country():
    from newsbrief.events.implicit import standing_alone
    from newsbrief.records import Location

    tok = build(ARRESTED[:4] + [". . PUNCT punct 3"])[3]  # "arrested", no place phrase
    police = (ActorRef(None, "unnamed police", "KEN", "COP", implied=True),)
    suspects = (ActorRef(None, "Two suspects"),)
    index = _NoClausePlace()
    # the country came from the story, not from where the act is told: no record
    assert not standing_alone((), suspects, police, index, tok, None)
    assert standing_alone((), suspects, police, index, tok, Location("Nairobi", "KEN"))
    assert not standing_alone((), suspects, police, index, tok, Location("Kampala", "UGA"))
    # someone the sentence names can act: the record stood without the rule
    named = (ActorRef(None, "Two students", None, "EDU"),)
    assert not standing_alone((), named, police, index, tok, Location("Nairobi", "KEN"))
def _features(rows) -> dict[str, list[str]]:
    doc = build(rows)
    article = Article(id="a1", origin="test", text=doc.text, published="2024-12-05")
    got: list = []
    extract_events(doc, article, [], [], coder=CODER, collect=got,
                   resolver=lambda t: PEOPLE.get(t.lower(), (None, None, None)))
    return {ev.type: feats for ev, feats, *_ in got}


def test_the_model_reads_that_the_act_implies_its_doer_not_who_it_is():
    feats = _features(ARRESTED)["COERCE"]
    assert "implied_doer" in feats
    assert "no_actor" in feats  # the implied doer is no actor the text names
    assert "implied_doer" not in _features(POLICE_ARRESTED)["COERCE"]


class _ClausePlace:
    def __init__(self, country):
        self.country = country

    def _clause_place(self, tok):
        return self.country


def test_one_choice_of_country_for_an_implied_doer_and_the_record_standing_on_it():
    """`told_country` is the one choice both `implied_actor` and `standing_alone` make:
    the event's place, else the clause's, else the caller's fallback; never an IGO."""
    from newsbrief.events.actorrefs import told_country
    from newsbrief.records import Location

    tok = build(ARRESTED)[3]
    assert told_country(_ClausePlace("UGA"), tok, Location("Nairobi", "KEN")) == "KEN"
    assert told_country(_ClausePlace("UGA"), tok, Location("UN", "IGO")) == "UGA"
    assert told_country(_ClausePlace(None), tok, None, lambda: "TZA") == "TZA"
    assert told_country(_ClausePlace(None), tok, None) is None
    assert told_country(_ClausePlace("IGO"), tok, None, lambda: "TZA") is None
    assert told_country(_ClausePlace(None), tok, None, lambda: "IGO") is None
