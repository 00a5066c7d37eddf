"""Queries over merged events: filters, timelines, actor balance, entities, search."""

from __future__ import annotations

import pytest
from hand_records import analysed, event, person, state

from newsbrief.knowledge.queries import EventQuery, actor_activity, find_events, timeline
from newsbrief.knowledge.scoring import known_types, score
from newsbrief.store import Store
from newsbrief.store.reads import entities as entity_counts
from newsbrief.store.reads import search_text as search
from newsbrief.stored import MergedEvent


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "q.db") as s:
        kim = person("kim", "Kim Jong Un", "PRK")
        s.write(analysed("The two governments signed a mutual defence accord in June.", [
            event("e1", "AGREE", [state("PRK")], [state("RUS")], date="2024-06-19",
                  cameo="057", text="The two governments signed a mutual defence accord."),
            event("e2", "CONSULT", [kim], [state("RUS")], date="2024-06-19", sentence=1,
                  text="The leader hosted the Russian delegation."),
        ], published="2024-06-20", url="https://wire.example/june"))
        s.write(analysed("Seoul and Washington say soldiers from the North are in Russia.", [
            event("e1", "MOBILIZE", [state("PRK", "MIL", text="soldiers")], [state("RUS")],
                  date="2024-10-20", source="published", modality="alleged", cameo="154",
                  attributed=[state("USA"), state("KOR")],
                  text="Seoul and Washington say soldiers from the North are in Russia."),
        ], published="2024-10-20", source="Paper B"))
        s.write(analysed("Artillery hit a border town overnight, officials said.", [
            event("e1", "ASSAULT", [state("RUS")], [state("UKR")], date="2024-11-02",
                  cameo="195", text="Artillery hit a border town overnight."),
        ], published="2024-11-03", source="Paper C"))
        yield s


def _types(events):
    return [e.type for e in events]


def test_filters_by_actor_name_code_recipient_type_and_dates(store):
    # A state's name or code stands for every actor of that country, people included.
    for name in ("North Korea", "PRK", "north korea"):
        found = find_events(store, EventQuery(actor=(name,)))
        assert _types(found)[0] == "MOBILIZE"  # newest first
        assert sorted(_types(found)) == ["AGREE", "CONSULT", "MOBILIZE"]
    assert _types(find_events(store, EventQuery(actor=("Kim Jong Un",)))) == ["CONSULT"]
    assert _types(find_events(store, EventQuery(recipient=("UKR",)))) == ["ASSAULT"]
    assert _types(find_events(store, EventQuery(types=("agree",)))) == ["AGREE"]
    assert _types(find_events(store, EventQuery(since="2024-10-01", until="2024-10-31"))) == [
        "MOBILIZE"]
    assert _types(find_events(store, EventQuery(modality="alleged"))) == ["MOBILIZE"]
    assert _types(find_events(store, EventQuery(search="defence accord"))) == ["AGREE"]
    assert find_events(store, EventQuery(actor=("Nobody At All",))) == []
    assert len(find_events(store, EventQuery(limit=2))) == 2


def test_month_dated_events_pass_a_since_inside_their_month(store):
    store.write(analysed("A second accord followed in July.", [
        event("e1", "AGREE", [state("PRK")], [state("CHN")], date="2024-07",
              precision="month")], published="2024-08-01", source="Paper D"))
    found = find_events(store, EventQuery(types=("AGREE",), since="2024-07-15"))
    assert [e.date for e in found] == ["2024-07"]


@pytest.mark.parametrize("since,until,kept", [
    # W13 of 2016 runs from Monday March 28 to Sunday April 3: a bound keeps it when
    # any of its days lies within (as a month's), though "2016-W13" sorts after the
    # year's days
    ("2016-04-01", None, True), ("2016-04-03", None, True), ("2016-04-04", None, False),
    (None, "2016-03-28", True), (None, "2016-03-27", False), (None, "2016-12-31", True),
    ("2016-03-01", "2016-03-31", True), ("2016-01-01", "2016-03-27", False),
    ("2015-01-01", "2015-12-31", False), ("2017-01-01", None, False),
])
def test_week_dated_events_are_bounded_by_their_days(store, since, until, kept):
    store.write(analysed("Talks were held across the border this week.", [
        event("e1", "CONSULT", [state("PRK")], [state("CHN")], date="2016-W13",
              precision="week")], published="2016-04-01", source="Paper E"))
    found = find_events(store, EventQuery(types=("CONSULT",), since=since, until=until))
    assert ("2016-W13" in [e.date for e in found]) is kept


@pytest.mark.parametrize("week,since,until,kept", [
    # ISO weeks across a new year sort with the year they are numbered in, not with
    # the days they hold: 2015-W53 runs from 28 December 2015 to 3 January 2016, and
    # 2020-W01 from 30 December 2019 to 5 January 2020
    ("2015-W53", "2016-01-01", None, True), ("2015-W53", "2016-01", None, True),
    ("2015-W53", "2016", "2016-01-31", True), ("2015-W53", "2016-01-04", None, False),
    ("2015-W52", "2016-01-01", None, False),
    ("2020-W01", None, "2019-12-31", True), ("2020-W01", "2019-12-01", "2019-12-30", True),
    ("2020-W01", None, "2019-12-29", False), ("2020-W02", None, "2019-12-31", False),
])
def test_weeks_across_a_new_year_are_bounded_by_their_days(store, week, since, until, kept):
    store.write(analysed("Talks were held across the border this week.", [
        event("e1", "CONSULT", [state("PRK")], [state("CHN")], date=week,
              precision="week")], published="2016-01-01", source="Paper E"))
    found = find_events(store, EventQuery(types=("CONSULT",), since=since, until=until))
    assert (week in [e.date for e in found]) is kept


def test_a_week_sorts_among_the_days_of_its_year_by_its_monday(store):
    # W13 of 2024 runs from Monday March 25 to Sunday March 31: between the June and
    # October events, not after every 2024 day as the string "2024-W13" would sort.
    store.write(analysed("Talks were held across the border that week.", [
        event("e1", "CONSULT", [state("PRK")], [state("CHN")], date="2024-W13",
              precision="week")], published="2024-04-01", source="Paper E"))
    dates = [e.date for e in find_events(store, EventQuery(order="asc"))]
    assert dates == ["2024-W13", "2024-06-19", "2024-06-19", "2024-10-20", "2024-11-02"]
    dates = [e.date for e in find_events(store, EventQuery())]
    assert dates[0] == "2024-11-02" and dates[-1] == "2024-W13"


def test_a_week_sorts_between_the_days_around_its_monday_in_lists_and_timelines(store):
    # As text "2016-W13" sorts after "2016-11-02": newest first, a week of March came
    # before a day of November; it sorts as its Monday, 28 March 2016
    store.write(analysed("Talks were held this week; a treaty followed in the autumn.", [
        event("e1", "CONSULT", [state("PRK")], [state("CHN")], date="2016-W13",
              precision="week"),
        event("e2", "CONSULT", [state("PRK")], [state("RUS")], date="2016-11-02",
              sentence=1),
        event("e3", "CONSULT", [state("PRK")], [state("USA")], date="2016-03-27",
              sentence=2),
        event("e4", "CONSULT", [state("PRK")], [state("KOR")], date="2016-03-29",
              sentence=3),
    ], published="2016-11-03", source="Paper E"))
    newest = [e.date for e in find_events(store, EventQuery(types=("CONSULT",),
                                                            until="2016-12-31"))]
    assert newest == ["2016-11-02", "2016-03-29", "2016-W13", "2016-03-27"]
    oldest = [e.date for e in timeline(store, "PRK", until="2016-12-31")]
    assert oldest == ["2016-03-27", "2016-W13", "2016-03-29", "2016-11-02"]


def test_events_carry_mentions_sources_and_standing(store):
    [ev] = find_events(store, EventQuery(types=("MOBILIZE",)))
    assert ev.standings == {"alleged": 1}
    assert [a.name for a in ev.actors] == ["soldiers"]
    assert [a.name for a in ev.attributed_to] == ["United States", "South Korea"]
    [m] = ev.mentions
    assert m.source == "Paper B" and m.sentence == 0
    assert m.record.type == "MOBILIZE" and m.record.cameo == "154"  # decoded by the store
    assert (ev.quad_class, ev.goldstein) == (4, -7.2)
    assert MergedEvent.from_dict(ev.to_dict()) == ev


def test_timeline_of_a_pair_is_dated_and_oldest_first(store):
    line = timeline(store, "North Korea", "Russia")
    assert [e.date for e in line] == ["2024-06-19", "2024-06-19", "2024-10-20"]
    assert {e.type for e in line[:2]} == {"AGREE", "CONSULT"}
    assert timeline(store, "North Korea", "Ukraine") == []
    assert [e.type for e in timeline(store, "Ukraine")] == ["ASSAULT"]


def test_actor_balance_of_cooperation_and_conflict(store):
    result = actor_activity(store)
    top = {a["actor"]: a for a in result["actors"]}
    assert top["Russia"]["events"] == 4
    assert top["North Korea"]["as_actor"] == 3
    pairs = {(p["actor"], p["recipient"]): p for p in result["pairs"]}
    prk_rus = pairs[("North Korea", "Russia")]
    assert (prk_rus["verbal_coop"], prk_rus["material_conflict"]) == (2, 1)
    assert pairs[("Russia", "Ukraine")]["balance"] == "conflict"
    assert pairs[("Russia", "Ukraine")]["goldstein_mean"] == -10.0
    later = actor_activity(store, since="2024-11-01")
    assert [(p["actor"], p["recipient"]) for p in later["pairs"]] == [("Russia", "Ukraine")]


def test_entities_list_mention_counts(store):
    rows = entity_counts(store)
    by_name = {r.name: r for r in rows}
    assert by_name["Russia"].mentions == 3
    assert by_name["Russia"].articles == 3
    assert {r.name for r in entity_counts(store, country="prk")} == {
        "Kim Jong Un", "North Korea"}


def test_full_text_search_hits_articles_and_evidence(store):
    hits = search(store, "border town")
    assert {h.kind for h in hits} == {"article", "evidence"}
    assert all(h.source == "Paper C" for h in hits)
    # Punctuation in user text is not FTS syntax.
    assert search(store, 'town" OR (') == []
    assert search(store, "   ") == []


def test_every_plover_type_has_a_score_and_codes_override_types():
    for t in ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
              "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
              "COERCE", "ASSAULT"):
        assert t in known_types()
        s = score(t)
        assert s.quad in (1, 2, 3, 4) and -10 <= s.goldstein <= 10
    assert score("REQUEST", "101").quad == 3  # a demand is verbal conflict
    assert score("REQUEST", "023").quad == 1  # an appeal for aid is cooperation
    assert score("UNKNOWN") == (None, None)


def test_agreements_are_not_actors_and_igos_keep_their_names(store):
    from newsbrief.records import ActorRef, Entity

    un = ActorRef(entity="igo-un", text="United Nations", country="IGO")
    pact = ActorRef(entity="accord-1", text="the border accord", country=None)
    rec = analysed("The UN welcomed the border accord on Friday.", [
        event("e1", "SUPPORT", [un], [pact], date="2024-12-06", cameo="051")],
        published="2024-12-07", source="Paper Z")
    kinds = {"igo-un": "organization", "accord-1": "agreement"}
    rec = type(rec)(article=rec.article, events=rec.events, pipeline_version="0.1.0",
                    entities=tuple(Entity(id=e.id, name=e.name, kind=kinds.get(e.id, e.kind),
                                          country=e.country) for e in rec.entities))
    store.write(rec)
    names = {a["actor"] for a in actor_activity(store)["actors"]}
    assert "United Nations" in names and "IGO" not in names
    assert "the border accord" not in names


def test_specific_cameo_codes_refine_the_root_weight():
    from newsbrief.knowledge.scoring import score

    assert score("SUPPORT", "057").goldstein > score("AGREE", "030").goldstein
    assert score("SUPPORT", "057").quad == score("SUPPORT", "05").quad == 1
    assert score("SUPPORT", "051").goldstein == score("SUPPORT", "05").goldstein


def test_text_dated_only_leaves_out_events_dated_by_the_publication_day(store):
    # The MOBILIZE record is dated only by its article's publication day.
    found = find_events(store, EventQuery(actor=("PRK",), text_dated_only=True))
    assert sorted(_types(found)) == ["AGREE", "CONSULT"]
    line = timeline(store, "North Korea", "Russia", text_dated_only=True)
    assert [e.type for e in line if e.type == "MOBILIZE"] == []
    assert len(line) == 2


def test_text_dated_only_keeps_a_day_carried_from_another_telling(tmp_path):
    # dates20a: a day given by another telling of the act in the article is the text's
    with Store(tmp_path / "c.db") as s:
        s.write(analysed("Kim's trip to Moscow began Monday. The trip was kept quiet.", [
            event("e1", "CONSULT", [state("PRK")], [], date="2024-06-17", source="carried",
                  text="The trip was kept quiet."),
            event("e2", "PROTEST", [state("PRK")], [], date="2024-06-18", source="published",
                  sentence=1, text="Crowds marched."),
        ], published="2024-06-18"))
        found = find_events(s, EventQuery(actor=("PRK",), text_dated_only=True))
        assert _types(found) == ["CONSULT"]


def test_min_confidence_leaves_out_events_without_a_confident_mention(store):
    import dataclasses

    weak = dataclasses.replace(
        event("e1", "THREATEN", [state("PRK")], [state("USA")], date="2024-11-05",
              cameo="138", text="Pyongyang threatens Washington, a columnist says."),
        confidence=0.2)
    store.write(analysed("Pyongyang threatens Washington, a columnist says.", [weak],
                         published="2024-11-05", source="Paper D"))
    everything = find_events(store, EventQuery(actor=("PRK",)))
    assert "THREATEN" in _types(everything)
    confident = find_events(store, EventQuery(actor=("PRK",), min_confidence=0.5))
    assert "THREATEN" not in _types(confident)
    assert len(confident) == len(everything) - 1
    assert [e for e in timeline(store, "PRK", min_confidence=0.5)
            if e.type == "THREATEN"] == []



@pytest.mark.parametrize("key", [True, False])
def test_min_confidence_keeps_an_article_s_main_act_marked_key(store, key):
    # A record under the threshold that is its article's main act (events.mainact) is
    # kept by the default queries; its confidence is left as it is.
    import dataclasses

    main = dataclasses.replace(
        event("e1", "THREATEN", [state("PRK")], [state("USA")], date="2024-11-05",
              cameo="138", text="Pyongyang threatened Washington with new tests."),
        confidence=0.6, key=key)
    store.write(analysed("Pyongyang threatened Washington with new tests.", [main],
                         published="2024-11-05", source="Paper E"))
    kept = [e for e in find_events(store, EventQuery(actor=("PRK",), min_confidence=0.74))
            if e.type == "THREATEN"]
    assert bool(kept) == key
    if key:
        assert kept[0].mentions[0].confidence == 0.6 and kept[0].mentions[0].record.key


@pytest.mark.parametrize("threshold, kept_it", [(0.74, True), (0.78, True), (0.9, False)])
def test_the_key_floor_follows_a_raised_threshold(store, threshold, kept_it):
    # A key record is kept from `key_floor(threshold)` (threshold - 0.24): a user who
    # raises the threshold to 0.9 no longer sees key records at 0.6.
    import dataclasses

    main = dataclasses.replace(
        event("e1", "THREATEN", [state("PRK")], [state("USA")], date="2024-11-05",
              cameo="138", text="Pyongyang threatened Washington with new tests."),
        confidence=0.6, key=True)
    store.write(analysed("Pyongyang threatened Washington with new tests.", [main],
                         published="2024-11-05", source="Paper E"))
    kept = [e for e in find_events(store, EventQuery(actor=("PRK",), min_confidence=threshold))
            if e.type == "THREATEN"]
    assert bool(kept) == kept_it


def test_key_floor_is_the_threshold_less_a_margin():
    from newsbrief.records import key_floor

    assert key_floor(0.79) == 0.55  # the default: the ranking's own floor
    assert key_floor(0.9) == 0.66
    assert key_floor(0.1) == 0.0
    assert key_floor(0.0) == 0.0


def test_key_floor_at_the_default_threshold_is_the_shipped_models_floor():
    # (review18, house20, house22) records.KEY_MARGIN is the margin of the model file,
    # where scripts/train_mainact.py writes the threshold it trained at less the ranking's
    # floor; a model refitted with another floor must move it too (records reads no file
    # of events, so the two are held equal here), and the default threshold must still be
    # the one the model was trained at
    import tomllib
    from importlib import resources

    from newsbrief.events.mainact import model
    from newsbrief.records import KEY_MARGIN, key_floor

    defaults = tomllib.loads(resources.files("newsbrief").joinpath("defaults.toml")
                             .read_text("utf-8"))
    learned = model()
    assert learned is not None
    assert KEY_MARGIN == learned.key_margin > 0
    assert key_floor(defaults["events"]["threshold"]) == pytest.approx(learned.floor)


# Records at the edges of the kept rule: (confidence, key). At the default threshold 0.79
# the key floor is 0.55; under 0.9 it is 0.66.
_EDGES = [(0.79, False), (0.7899, False), (0.55, True), (0.5499, True), (0.6, True),
          (0.6, False), (0.66, True), (0.6599, True), (0.9, True), (0.0, False), (0.0, True)]


@pytest.mark.parametrize("threshold", [0.79, 0.9, 0.5, 0.22, 0.1, 0.0])
def test_the_python_and_sql_kept_rules_agree_at_the_edges(tmp_path, threshold):
    # One rule, two writings: records.is_kept (briefs, statements, scorers) and
    # store.reads.kept_sql (queries, lead events). Each record is its own article and event.
    import dataclasses

    from newsbrief.records import is_kept
    from newsbrief.store.reads import kept_sql, lead_event_ids

    with Store(tmp_path / "edges.db") as s:
        for month, (conf, key) in enumerate(_EDGES, start=1):
            text = f"Troops shelled a border town in month {month} ({conf}, {key})."
            ev = dataclasses.replace(
                event("e1", "ASSAULT", [state("RUS")], [state("UKR")], cameo="195", text=text,
                      date=f"2023-{month:02d}-02"), confidence=conf, key=key)
            s.write(analysed(text, [ev], published=f"2023-{month:02d}-03", source=f"Paper {month}"))
        rows = s.query("SELECT event_id, article_id, confidence, key FROM event_mentions")
        assert len(rows) == len(_EDGES)
        want = {r["event_id"] for r in rows if is_kept(r["confidence"], bool(r["key"]), threshold)}
        sql, params = kept_sql(threshold)
        assert {r["event_id"] for r in s.query(
            f"SELECT event_id FROM event_mentions WHERE {sql}", params)} == want
        assert {e.id for e in find_events(s, EventQuery(min_confidence=threshold))} == \
            (want if threshold > 0 else {r["event_id"] for r in rows})
        assert set(lead_event_ids(s, [r["article_id"] for r in rows], 1,
                                  min_confidence=threshold)) == want
    # The edges are edges: what each threshold keeps, written out.
    kept = {c_k for c_k in _EDGES if is_kept(c_k[0], c_k[1], threshold)}
    if threshold == 0.79:
        assert kept == {(0.79, False), (0.55, True), (0.6, True), (0.66, True), (0.6599, True),
                        (0.9, True)}
    if threshold == 0.9:
        assert kept == {(0.9, True), (0.66, True)}


def test_train_mainact_writes_the_key_margin_it_was_trained_at():
    # The margin is the threshold trained at less the floor, written beside the floor, in
    # the shape the shipped file has (mainact.model() reads it; records.KEY_MARGIN is held
    # equal to it).
    import importlib.util
    import json
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root / "scripts"))
    try:
        spec = importlib.util.spec_from_file_location("train_mainact", root / "scripts/train_mainact.py")
        train = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(train)
    finally:
        sys.path.remove(str(root / "scripts"))
    written = train.model_file({"b": 0.5, "a": -1.0}, -2.0, 0.6, 1, 0.9)
    assert written["key_margin"] == pytest.approx(0.3) and written["floor"] == 0.6
    shipped = json.loads((root / "src/newsbrief/events/data/mainact_model.json").read_text("utf-8"))
    assert set(written) == set(shipped)
    assert list(written["weights"]) == ["a", "b"]


def test_records_reads_no_file_of_a_stage_above_it():
    # (house22) the lowest layer read events/data/mainact_model.json at import; the key
    # margin is now its own constant, held equal to the model's above
    import inspect

    import newsbrief.records as records

    source = inspect.getsource(records)
    assert "mainact_model.json\"" not in source and "resources.files" not in source
