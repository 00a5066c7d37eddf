"""Merging event mentions into real-world events, through the store's one write path."""

from __future__ import annotations

import pytest
from hand_records import analysed, event, person, state

from newsbrief.merging import summarise
from newsbrief.timevalue import parse_span
from newsbrief.records import Location
from newsbrief.store import Store


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "merge.db") as s:
        yield s


def events(store):
    return store.query("SELECT * FROM events ORDER BY date")


def test_two_outlets_reporting_one_signing_fold_into_one_event(store):
    a = event("e1", "AGREE", [state("PRK")], [state("RUS")], date="2024-12-04", cameo="057")
    b = event("e9", "AGREE", [state("RUS")], [state("PRK")], date="2024-12-04", cameo="057")
    store.write(analysed("Pyongyang and Moscow put the pact into force on Wednesday.", [a],
                         source="Wire A"))
    store.write(analysed("Moscow said its treaty with Pyongyang is now in force.", [b],
                         source="Paper B", published="2024-12-06"))
    rows = events(store)
    assert len(rows) == 1
    ev = rows[0]
    assert (ev["n_mentions"], ev["n_articles"], ev["n_sources"]) == (2, 2, 2)
    assert (ev["first_seen"], ev["last_seen"]) == ("2024-12-05", "2024-12-06")
    assert ev["date"] == "2024-12-04" and ev["date_source"] == "text"


def test_one_article_mentioning_an_event_twice_counts_two_mentions_one_article(store):
    a = event("e1", "AGREE", [state("PRK")], [state("RUS")], date="2024-12-04", sentence=0,
              text="The defence pact between the two capitals came into force on Wednesday.")
    b = event("e2", "AGREE", [state("PRK")], [state("RUS")], date="2024-12-04", sentence=4,
              text="On Wednesday the defence pact came into force, the agency said.")
    store.write(analysed("Two sentences about one pact coming into force.", [a, b]))
    [ev] = events(store)
    assert (ev["n_mentions"], ev["n_articles"], ev["n_sources"]) == (2, 1, 1)


def test_rereport_dated_by_publication_joins_the_text_dated_event(store):
    # Stored: the treaty took effect on 2024-12-04 (date from the text).
    first = event("e1", "AGREE", [state("PRK")], [state("RUS")], date="2024-12-04",
                  cameo="057")
    store.write(analysed("The pact came into force on Wednesday, state media said.", [first]))
    # Six days later another outlet mentions it with no date of its own: the
    # extractor falls back to the publication day.
    later = event("e1", "AGREE", [state("PRK")], [state("RUS")], date="2024-12-10",
                  source="published", cameo="057")
    store.write(analysed("The pact between the two states, now in force, worries Tokyo.",
                         [later], source="Paper B", published="2024-12-10"))
    [ev] = events(store)
    assert ev["n_mentions"] == 2
    # The event keeps its text date; it did not move to the re-report's day.
    assert ev["date"] == "2024-12-04" and ev["date_source"] == "text"


def test_text_date_of_last_week_joins_the_day(store):
    store.write(analysed("The pact came into force on Wednesday.",
                         [event("e1", "AGREE", [state("PRK")], [state("RUS")],
                                date="2024-12-04")]))
    week = event("e1", "AGREE", [state("PRK")], [state("RUS")], date="2024-W49",
                 precision="week")
    store.write(analysed("The pact, which took effect last week, worries Tokyo.", [week],
                         published="2024-12-10"))
    [ev] = events(store)
    assert ev["n_mentions"] == 2 and ev["date"] == "2024-12-04"


def test_publication_dated_first_report_is_redated_by_a_later_text_date(store):
    vague = event("e1", "AGREE", [state("PRK")], [state("RUS")], date="2024-12-05",
                  source="published", cameo="057")
    store.write(analysed("The pact is now in force, state media reported.", [vague]))
    exact = event("e1", "AGREE", [state("PRK")], [state("RUS")], date="2024-12-04",
                  cameo="057")
    store.write(analysed("The pact entered into force on Wednesday.", [exact],
                         source="Paper B"))
    [ev] = events(store)
    assert ev["date"] == "2024-12-04" and ev["date_source"] == "text"


def test_rereport_with_only_one_side_and_another_code_stays_apart(store):
    store.write(analysed("The pact came into force on Wednesday.",
                         [event("e1", "AGREE", [state("PRK")], [state("RUS")],
                                date="2024-12-04", cameo="057")]))
    vague = event("e1", "AGREE", [state("PRK")], [], date="2024-12-12", source="published",
                  cameo="030")
    store.write(analysed("Pyongyang says it is ready to cooperate.", [vague],
                         published="2024-12-12"))
    assert len(events(store)) == 2


def test_recurring_attacks_dated_by_publication_do_not_join_last_weeks_attack(store):
    store.write(analysed("Troops shelled the border town on Monday.",
                         [event("e1", "ASSAULT", [state("RUS", "MIL")], [state("UKR")],
                                date="2024-12-02", cameo="195")]))
    store.write(analysed("Troops shelled the border town, officials said.",
                         [event("e1", "ASSAULT", [state("RUS", "MIL")], [state("UKR")],
                                date="2024-12-08", source="published", cameo="195")],
                         published="2024-12-08"))
    assert len(events(store)) == 2


def test_alleged_then_confirmed_is_one_event_showing_both(store):
    alleged = event("e1", "MOBILIZE", [state("PRK", "MIL")], [state("RUS")],
                    date="2024-10", precision="month", modality="alleged",
                    attributed=[state("USA"), state("KOR")], cameo="154")
    store.write(analysed("Washington and Seoul say Northern troops are in Russia.",
                         [alleged], published="2024-10-20"))
    confirmed = event("e1", "MOBILIZE", [state("PRK", "MIL")], [state("RUS")],
                      date="2024-10-18", modality="asserted", cameo="154")
    store.write(analysed("Pyongyang confirmed its troops deployed to Russia on Friday.",
                         [confirmed], published="2024-10-25", source="Paper B"))
    [ev] = events(store)
    standings = store.query("SELECT m.modality, a.source FROM event_mentions m JOIN articles a "
                            "ON a.id = m.article_id ORDER BY m.modality")
    assert [(r["modality"], r["source"]) for r in standings] == [
        ("alleged", "Wire A"), ("asserted", "Paper B")]
    assert ev["date"] == "2024-10-18"


@pytest.mark.parametrize("other", [
    # Another actor.
    event("e2", "AGREE", [state("CHN")], [state("RUS")], date="2024-12-04"),
    # Another recipient.
    event("e2", "AGREE", [state("PRK")], [state("CHN")], date="2024-12-04"),
    # Another type.
    event("e2", "CONSULT", [state("PRK")], [state("RUS")], date="2024-12-04"),
    # Far-apart dates.
    event("e2", "AGREE", [state("PRK")], [state("RUS")], date="2024-06-19"),
    event("e2", "AGREE", [state("PRK")], [state("RUS")], date="2024-12-09"),
    # Two different ministers of one country are not one actor.
    event("e2", "AGREE", [person("kjg", "Kim Jong Gyu", "PRK")], [state("RUS")],
          date="2024-12-04"),
    # Another country's location.
    event("e2", "AGREE", [state("PRK")], [state("RUS")], date="2024-12-04",
          location=Location("Beijing", "CHN")),
])
def test_never_joins_across_actors_types_dates_or_places(store, other):
    base = event("e1", "AGREE", [state("PRK")], [state("RUS")], date="2024-12-04",
                 location=Location("Moscow", "RUS"))
    store.write(analysed("The pact came into force in Moscow on Wednesday.", [base]))
    store.write(analysed("Another report about something else entirely.", [other],
                         source="Paper B"))
    assert len(events(store)) == 2


def test_people_match_only_themselves(store):
    rud = person("rud", "Andrei Rudenko", "RUS")
    store.write(analysed("Rudenko handed over the papers.",
                         [event("e1", "AGREE", [rud], [state("PRK")], date="2024-12-04")]))
    store.write(analysed("Rudenko exchanged the ratification papers in Moscow.",
                         [event("e1", "AGREE", [rud], [state("PRK")], date="2024-12-04")],
                         source="Paper B"))
    assert len(events(store)) == 1


def test_sides_may_swap_for_symmetric_types_only(store):
    store.write(analysed("Seoul and Tokyo held talks on Monday.",
                         [event("e1", "CONSULT", [state("KOR"), state("CHN")], [],
                                date="2024-12-02")]))
    store.write(analysed("Beijing hosted talks with Seoul on Monday.",
                         [event("e1", "CONSULT", [state("CHN")], [state("KOR")],
                                date="2024-12-02")], source="Paper B"))
    assert len(events(store)) == 1
    store.write(analysed("Washington accused Beijing of hacking on Monday.",
                         [event("e1", "ACCUSE", [state("USA")], [state("CHN")],
                                date="2024-12-02")], source="Paper C"))
    store.write(analysed("Beijing accused Washington of lying on Monday.",
                         [event("e1", "ACCUSE", [state("CHN")], [state("USA")],
                                date="2024-12-02")], source="Paper D"))
    assert len(events(store)) == 3


def test_replacing_an_article_shrinks_the_merged_event(store):
    a = analysed("The pact came into force on Wednesday.",
                 [event("e1", "AGREE", [state("PRK")], [state("RUS")], date="2024-12-04")])
    b = analysed("The treaty took effect on Wednesday, Moscow said.",
                 [event("e1", "AGREE", [state("PRK")], [state("RUS")], date="2024-12-04")],
                 source="Paper B")
    store.write(a)
    store.write(b)
    assert events(store)[0]["n_mentions"] == 2
    store.write(analysed(b.article.text, [], source="Paper B"), replace=True)
    [ev] = events(store)
    assert (ev["n_mentions"], ev["n_sources"]) == (1, 1)


@pytest.mark.parametrize("value,first,last", [
    ("2024-12-04", "2024-12-04", "2024-12-04"),
    ("2024-06", "2024-06-01", "2024-06-30"),
    ("2024-02", "2024-02-01", "2024-02-29"),
    ("2024", "2024-01-01", "2024-12-31"),
    ("2024-W49", "2024-12-02", "2024-12-08"),
    ("2024-Q4", "2024-10-01", "2024-12-31"),
    ("2024-WI", "2024-12-01", "2025-02-28"),
])
def test_date_spans(value, first, last):
    lo, hi = parse_span(value)
    assert (lo.isoformat(), hi.isoformat()) == (first, last)


@pytest.mark.parametrize("value", [None, "", "PAST_REF", "P3D", "2024-13-01", "XXXX-12-04"])
def test_values_that_are_not_dates_have_no_span(value):
    assert parse_span(value) is None


def test_summary_prefers_the_finest_text_date():
    mentions = [{"date": "2024-06", "date_precision": "month", "date_source": "text"},
                {"date": "2024-06-19", "date_precision": "day", "date_source": "text"},
                {"date": "2024-06-25", "date_precision": "day", "date_source": "published"}]
    assert summarise(mentions)["date"] == "2024-06-19"


def test_year_only_mention_needs_a_strict_match(store):
    store.write(analysed("The pact came into force on Wednesday.",
                         [event("e1", "AGREE", [state("PRK")], [state("RUS")],
                                date="2024-12-04", cameo="057")]))
    store.write(analysed("Pyongyang agreed to something this year.",
                         [event("e1", "AGREE", [state("PRK")], [], date="2024",
                                precision="year", cameo="030")], source="Paper B"))
    assert len(events(store)) == 2
    store.write(analysed("The pact the two signed this year is in force.",
                         [event("e1", "AGREE", [state("PRK")], [state("RUS")], date="2024",
                                precision="year", cameo="057")], source="Paper C"))
    assert len(events(store)) == 2
    assert events(store)[1]["n_mentions"] == 2


def test_two_records_of_one_sentence_are_one_mention(store):
    a = event("e1", "AID", [state("USA")], [state("UKR")], date="2024-12-04", sentence=2)
    b = event("e2", "AID", [state("USA")], [state("UKR")], date="2024-12-04", sentence=2)
    store.write(analysed("Washington sent and delivered aid to Kyiv on Wednesday.", [a, b]))
    [ev] = events(store)
    assert ev["n_mentions"] == 1
    assert store.count("event_mentions") == 2  # both records are kept


def test_generic_codes_do_not_vouch_for_a_vague_match(store):
    store.write(analysed("Washington gave about a billion dollars this year.",
                         [event("e1", "AID", [state("USA")], [], date="2024",
                                precision="year", cameo="070")]))
    store.write(analysed("Washington offers aid to end the crisis.",
                         [event("e1", "AID", [state("USA")], [], date="2024-07-06",
                                source="published", cameo="070")], published="2024-07-06"))
    assert len(events(store)) == 2


def test_remerge_rebuilds_the_same_events_from_stored_records(store):
    pact = event("e1", "AGREE", [state("PRK")], [state("RUS")], date="2024-12-04",
                 cameo="057")
    store.write(analysed("The pact came into force on Wednesday.", [pact]))
    store.write(analysed("Moscow says the pact is in force since Wednesday.", [pact],
                         source="Paper B"))
    store.write(analysed("Troops shelled the town on Monday.",
                         [event("e1", "ASSAULT", [state("RUS")], [state("UKR")],
                                date="2024-12-02")], source="Paper C"))
    before = [(e["type"], e["n_mentions"], e["n_sources"], e["date"]) for e in events(store)]
    assert store.remerge() == 2
    after = [(e["type"], e["n_mentions"], e["n_sources"], e["date"]) for e in events(store)]
    assert after == before
    assert store.count("event_mentions") == 3
    assert store.query("SELECT COUNT(*) AS n FROM evidence_fts")[0]["n"] == 3


def _weak(eid, sentence, text, modality="asserted", cameo="040"):
    return event(eid, "CONSULT", [state("USA")], [state("PRK")], date="2024-05-09",
                 source="published", cameo=cameo, sentence=sentence, text=text,
                 modality=modality)


def test_undated_mentions_in_one_article_merge_only_when_they_tell_the_same_thing(store):
    store.write(analysed("A long piece about diplomacy.", [
        _weak("e1", 3, "The envoy met officials from Pyongyang at the border on his visit."),
        _weak("e2", 9, "Earlier talks with the North failed under two presidents."),
        _weak("e3", 12, "The envoy met Pyongyang officials at the border during the visit."),
    ], published="2024-05-09"))
    rows = events(store)
    assert sorted(r["n_mentions"] for r in rows) == [1, 2]


def test_undated_generic_standings_never_join(store):
    store.write(analysed("Talks were held.", [
        _weak("e1", 1, "The envoy met officials from Pyongyang at the border on his visit.")],
        published="2024-05-09"))
    store.write(analysed("If talks were held...", [
        _weak("e1", 1, "The envoy met officials from Pyongyang at the border on his visit.",
              modality="conditional")], published="2024-05-09", source="Paper B"))
    assert len(events(store)) == 2


def test_an_actor_named_as_its_own_recipient_is_no_recipient(store):
    us = state("USA")
    store.write(analysed("Washington cut aid this year.", [
        event("e1", "SANCTION", [us], [us], date="2024", precision="year", cameo="162")]))
    store.write(analysed("Washington cut aid to the agency, officials said.", [
        event("e1", "SANCTION", [us], [us], date="2024-06-19", source="published",
              cameo="162")], published="2024-06-19", source="Paper B"))
    assert len(events(store)) == 2


def test_one_article_two_days_are_two_events(store):
    text = "Beijing blocked the listing on Thursday and denied the reports on Friday."
    store.write(analysed(text, [
        event("e1", "REJECT", [state("CHN")], [state("USA")], date="2024-12-05", sentence=0),
        event("e2", "REJECT", [state("CHN")], [state("USA")], date="2024-12-06", sentence=1),
    ], published="2024-12-07"))
    assert len(events(store)) == 2


def test_other_sentences_of_one_article_must_say_the_same_thing(store):
    store.write(analysed("Leaders spoke on Monday.", [
        event("e1", "CONSULT", [person("djt", "Donald Trump", "USA")], [state("CHN")],
              date="2024-09-16", sentence=3,
              text="The president spoke by phone on Monday with the Chinese leader."),
        event("e2", "CONSULT", [person("djt", "Donald Trump", "USA")], [],
              date="2024-09-16", sentence=9,
              text="He also met a French counterpart on Monday in New York."),
    ], published="2024-09-17"))
    assert len(events(store)) == 2


def test_captions_under_one_gallery_title_are_not_one_event(store):
    head = "Photo {} of 40 Photos: Protests around the world against the embassy"
    store.write(analysed("A gallery.", [
        _weak("e1", 5, head.format(3) + " – Police guard the gate in the capital."),
        _weak("e2", 6, head.format(4) + " – Students burn flags outside a consulate."),
        _weak("e3", 7, head.format(3) + " – Police guard the gate in the capital."),
    ], published="2024-05-09"))
    assert sorted(r["n_mentions"] for r in events(store)) == [1, 2]


def test_a_retelling_in_one_article_is_one_event_with_two_mentions(store):
    # The lead tells it without a date; the body dates it: one act between the
    # same two sides under the same specific code (the seed's entry into force).
    lead = event("e1", "SUPPORT", [state("PRK"), state("RUS")], [], date="2024-12-05",
                 source="published", cameo="057", sentence=1,
                 text="A defence pact between the two capitals has come into effect.")
    body = event("e2", "SUPPORT", [state("PRK"), state("RUS")], [], date="2024-12-04",
                 cameo="057", sentence=5,
                 text="The treaty took effect on Wednesday after documents were exchanged.")
    other = event("e3", "SUPPORT", [state("PRK")], [], date="2024-12-05",
                  source="published", cameo="057", sentence=7,
                  text="Pyongyang ratified it last month.")
    store.write(analysed("Lead and body.", [lead, body, other], published="2024-12-05"))
    rows = events(store)
    assert sorted(r["n_mentions"] for r in rows) == [1, 2]
    [two] = [r for r in rows if r["n_mentions"] == 2]
    assert two["date"] == "2024-12-04" and two["n_articles"] == 1


def test_recurring_acts_told_twice_in_one_article_need_the_same_words(store):
    first = event("e1", "ASSAULT", [state("RUS")], [state("UKR")], date="2024-12-05",
                  source="published", cameo="195", sentence=1,
                  text="Russian drones hit the port overnight.")
    second = event("e2", "ASSAULT", [state("RUS")], [state("UKR")], date="2024-12-05",
                   source="published", cameo="195", sentence=8,
                   text="A missile struck a school in the east.")
    store.write(analysed("Strikes.", [first, second], published="2024-12-05"))
    assert len(events(store)) == 2
