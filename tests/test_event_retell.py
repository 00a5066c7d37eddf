"""One record per event per article: re-tellings folded (events/retell.py).

Records are built by hand (sentences written for these tests); the rule is checked
both ways: what must fold, and what must stay apart.
"""

from __future__ import annotations

import dataclasses

import pytest

from hand_records import analysed, event, person, state

from newsbrief.events.retell import definite, merge_retellings, same_family, stem
from newsbrief.records import AnalysedArticle, Event, Location, Predicate, Trigger
from newsbrief.store import Store

PUB = "2024-12-05"
KINDS = {"state-prk": "state", "state-rus": "state", "state-usa": "state",
         "person-kim": "person", "person-lee": "person"}


def told(eid: str, type_: str, actors, recipients=(), *, text: str, word: str, lemma: str,
         sentence: int, voice: str = "active", obj: str | None = None,
         date: str | None = None, source: str | None = None, precision: str = "day",
         modality: str = "asserted", confidence: float = 0.6, tense: str | None = "past",
         offset: int | None = None) -> Event:
    """A record whose sentence `text` starts at `offset` and is coded from `word`."""
    start = sentence * 200 if offset is None else offset
    ev = event(eid, type_, actors, recipients, date=date, precision=precision,
               source=source or ("text" if date else None), modality=modality,
               sentence=sentence, text=text, start=start)
    at = start + text.index(word)
    pred = Predicate(start=at, end=at + len(word), lemma=lemma, voice=voice, past=None,
                     base=None, adverb=None, object=obj, modifiers=(), text=word, tense=tense)
    if date is None and source is not None:
        ev = dataclasses.replace(ev, date=PUB if source == "published" else None,
                                 date_precision="day" if source == "published" else None,
                                 date_source=source)
    return dataclasses.replace(ev, predicate=pred, confidence=confidence,
                               trigger=Trigger(start=at, end=at + len(word), text=word))


def test_stems_pair_a_verb_with_its_noun():
    assert stem("signing") == "sign" and stem("withdrawal") == "withdraw"
    assert same_family("invade", "invasion") and same_family("ratify", "ratification")
    assert same_family("agree", "agreement") and same_family("sign", "signature")
    assert not same_family("sign", "signal") and not same_family("accuse", "accord")
    assert same_family("threat", "threaten") and same_family("occupy", "occupation")
    assert same_family("take effect", "take effect") and not same_family("take effect", "take")


def test_lead_and_dated_body_telling_fold_and_the_record_takes_the_date():
    lead = told("a", "AGREE", [state("PRK"), state("RUS")], text=(
        "The two neighbours signed a defence pact, officials said."), word="signed",
        lemma="sign", sentence=0, obj="a defence pact", source="published", confidence=0.8)
    body = told("b", "AGREE", [state("RUS")], text=(
        "Moscow signed the defence pact on Tuesday in a short ceremony."), word="signed",
        lemma="sign", sentence=5, obj="the defence pact", date="2024-12-03", confidence=0.5)
    other = told("c", "ASSAULT", [state("USA")], text="Washington struck a depot at dawn.",
                 word="struck", lemma="strike", sentence=7, source="published")
    out = merge_retellings([lead, body, other], KINDS, PUB)
    assert [e.id for e in out] == ["b", "c"]
    folded = out[0]
    assert folded.date == "2024-12-03" and folded.date_source == "text"
    assert [t.id for t in folded.tellings] == ["a"]
    assert folded.tellings[0].evidence.sentence == 0
    assert folded.tellings[0].date_source == "published"
    assert folded.confidence == 0.8  # the best of its tellings


def test_a_noun_naming_the_verbs_object_is_the_same_act():
    verb = told("a", "SUPPORT", [person("kim", "Kim", "PRK")], text=(
        "Kim signed a decree on Friday to widen the grain quota for farms."), word="signed",
        lemma="sign", sentence=0, obj="a decree", date="2024-11-29")
    noun = told("b", "SUPPORT", [person("kim", "Kim", "PRK")], text=(
        "The decree also widens the grain quota for state farms in the north."),
        word="decree", lemma="decree", voice="noun", sentence=4, tense=None,
        source="published")
    out = merge_retellings([verb, noun], KINDS, PUB)
    assert len(out) == 1 and out[0].id == "a" and out[0].tellings[0].id == "b"


def test_a_definite_meeting_takes_up_the_visit_told_before():
    visit = told("a", "CONSULT", [person("kim", "Kim", "PRK"), person("lee", "Lee", "RUS")],
                 text="Kim and Lee ended a two-day visit to the port city.", word="ended",
                 lemma="end", sentence=1, obj="a two-day visit", source="published")
    meeting = told("b", "CONSULT", [person("lee", "Lee", "RUS")], text=(
        "Lee used the meeting in the port city to press for more grain."), word="meeting",
        lemma="meeting", sentence=6, obj="the meeting", source="published")
    assert definite(meeting)
    assert len(merge_retellings([visit, meeting], KINDS, PUB)) == 1


def test_other_doers_other_objects_and_other_standings_stay_apart():
    base = dict(text="Seoul protested the missile launch near the coast.", word="protested",
                lemma="protest", obj="the missile launch", source="published")
    a = told("a", "PROTEST", [state("USA")], sentence=0, **base)
    b = told("b", "PROTEST", [state("RUS")], sentence=3, **base)  # another doer
    assert len(merge_retellings([a, b], KINDS, PUB)) == 2
    c = told("c", "PROTEST", [state("USA")], sentence=3, **{
        **base, "text": "Seoul protested the fishing quota near the coast.",
        "obj": "the fishing quota"})  # another object
    assert len(merge_retellings([a, c], KINDS, PUB)) == 2
    d = told("d", "PROTEST", [state("USA")], sentence=3, modality="negated", **base)
    assert len(merge_retellings([a, d], KINDS, PUB)) == 2
    e = told("e", "PROTEST", [state("USA")], sentence=3, modality="future", **base)
    assert len(merge_retellings([a, e], KINDS, PUB)) == 2
    f = told("f", "PROTEST", [state("USA")], sentence=3, **{
        **base, "text": "Seoul also protested the missile launch near the coast."})
    assert len(merge_retellings([a, f], KINDS, PUB)) == 2  # "also": another protest
    same = told("g", "PROTEST", [state("USA")], sentence=3, **base)
    assert len(merge_retellings([a, same], KINDS, PUB)) == 1


def test_two_text_dates_that_differ_are_two_acts():
    a = told("a", "SANCTION", [state("USA")], [state("RUS")], text=(
        "Washington froze the bank's assets in March over the loans."), word="froze",
        lemma="freeze", sentence=2, obj="the bank's assets", date="2024-03",
        precision="month")
    b = told("b", "SANCTION", [state("USA")], [state("RUS")], text=(
        "Washington froze the bank's assets again in June over the loans."), word="froze",
        lemma="freeze", sentence=9, obj="the bank's assets", date="2024-06",
        precision="month")
    assert len(merge_retellings([a, b], KINDS, PUB)) == 2


def test_the_days_news_takes_only_a_recent_text_date():
    lead = told("a", "ASSAULT", [state("USA")], text="US jets struck a depot near the river.",
                word="struck", lemma="strike", sentence=0, obj="a depot",
                source="published")
    old = told("b", "ASSAULT", [state("USA")], text=(
        "US jets struck a depot near the river in 2019 as well."), word="struck",
        lemma="strike", sentence=8, obj="a depot", date="2019", precision="year")
    # Strikes recur: only a date within a day of the report makes the lead's strike it.
    recent = dataclasses.replace(old, id="c", date="2024-12-04", date_precision="day")
    assert len(merge_retellings([lead, old], KINDS, PUB)) == 2
    assert len(merge_retellings([lead, recent], KINDS, PUB)) == 1


def test_a_formula_repeated_down_a_list_is_not_one_event():
    rows = [told(f"r{k}", "ACCUSE", [state("USA")], text=(
        f"Item {k}: the agency reviewed the file and found faults in the care given."),
        word="reviewed", lemma="review", sentence=10 + k, obj="the file",
        source="published") for k in range(5)]
    assert len(merge_retellings(rows, KINDS, PUB)) == 5


def test_folded_records_round_trip_and_store_one_event(tmp_path):
    lead = told("a", "AGREE", [state("PRK"), state("RUS")], text=(
        "The two neighbours signed a defence pact, officials said."), word="signed",
        lemma="sign", sentence=0, obj="a defence pact", source="published")
    body = told("b", "AGREE", [state("RUS")], text=(
        "Moscow signed the defence pact on Tuesday in a short ceremony."), word="signed",
        lemma="sign", sentence=5, obj="the defence pact", date="2024-12-03")
    folded = merge_retellings([lead, body], KINDS, PUB)
    rec = analysed("Two tellings of one signing.", folded)
    assert AnalysedArticle.from_dict(rec.to_dict()) == rec
    with Store(tmp_path / "retell.db") as store:
        store.write(rec)
        rows = store.query("SELECT date, date_source, n_mentions FROM events")
    # One event, dated from the text, counted as told in two sentences.
    assert [(r["date"], r["date_source"], r["n_mentions"]) for r in rows] == [
        ("2024-12-03", "text", 2)]


def test_a_bare_verb_shared_by_two_sentences_is_two_acts():
    # Only the act's word in common ("promised"): two promises, not one told twice.
    base = dict(word="promised", lemma="promise", source="published")
    a = told("a", "SUPPORT", [state("USA")], sentence=0, **base,
             text="The United States promised more grain for the northern farms.")
    b = told("b", "SUPPORT", [state("USA")], sentence=4, **base,
             text="The United States promised swift reprisals against smugglers.")
    assert len(merge_retellings([a, b], KINDS, PUB)) == 2
    c = told("c", "SUPPORT", [state("USA")], sentence=4, **base,
             text="The United States promised the grain within a week.")
    assert len(merge_retellings([a, c], KINDS, PUB)) == 1


@pytest.mark.parametrize("country,folded", [("RUS", 2), ("PRK", 1)])
def test_places_in_two_countries_are_two_acts(country, folded):
    base = dict(text="US jets struck a depot near the river at dawn.", word="struck",
                lemma="strike", obj="a depot", source="published")
    a = dataclasses.replace(told("a", "ASSAULT", [state("USA")], sentence=0, **base),
                            location=Location(name="the river", country="PRK"))
    b = dataclasses.replace(told("b", "ASSAULT", [state("USA")], sentence=5, **base),
                            location=Location(name="the river", country=country))
    assert len(merge_retellings([a, b], KINDS, PUB)) == folded
