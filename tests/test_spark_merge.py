"""The Spark job merges in memory with the store's rule: same input, same merged events.

Random streams of event records (types, actors, dates, sentences drawn from
small pools, so that many of them merge) go through the store's one write path
and through `MemoryMerger`; both must group the records into the same events
with the same fields. No Spark and no model needed.
"""

from __future__ import annotations

import dataclasses
import json
import random

import pytest
from hand_records import analysed, event, person, state

from newsbrief.merging.memory import merge_records
from newsbrief.records import Evidence, Telling
from newsbrief.spark.tables import table_rows, analysed_row
from newsbrief.store import Store

TYPES = ["AGREE", "CONSULT", "ASSAULT", "ACCUSE"]
ACTORS = [lambda: state("PRK"), lambda: state("RUS"), lambda: state("USA"),
          lambda: state("KOR", "MIL", "South Korean troops"),
          lambda: person("kim", "Kim Jong Un", "PRK"), lambda: person("putin", "Putin", "RUS")]
TEXTS = ["The two sides signed the defence pact in Pyongyang on Wednesday.",
         "Officials met in Moscow to discuss the treaty and its ratification.",
         "Artillery fire hit the border town overnight, officials said.",
         "The ministry accused its neighbour of violating the ceasefire again.",
         "The defence pact signed in Pyongyang took effect on Wednesday."]
DATES = ["2024-12-04", "2024-12-05", "2024-12-02", "2024-12", "2024-W49", "2024", None]


def random_articles(seed: int, n: int = 40):
    rng = random.Random(seed)
    out = []
    for i in range(n):
        evs = []
        for j in range(rng.randint(1, 4)):
            date = rng.choice(DATES)
            precision = {7: "month", 8: "week", 4: "year"}.get(len(date or ""), "day")
            evs.append(event(f"e{j}", rng.choice(TYPES), [rng.choice(ACTORS)()],
                             [rng.choice(ACTORS)()] if rng.random() < 0.7 else [],
                             date=date, precision=precision,
                             source=rng.choice(["text", "text", "published"]),
                             cameo=rng.choice([None, "057", "036", "190", "112"]),
                             modality=rng.choice(["asserted"] * 4 + ["negated", "alleged"]),
                             sentence=rng.randint(0, 3), text=rng.choice(TEXTS)))
            if rng.random() < 0.3:
                # A re-telling folded into the record (events/retell.py): its sentence
                # counts as a mention on both paths, also when read back from the store.
                told = rng.randint(4, 6)
                evs[-1] = dataclasses.replace(evs[-1], tellings=(Telling(
                    id=f"t{j}", evidence=Evidence(sentence=told, start=0, end=4, text="Told"),
                    date_source="published"),))
        out.append(analysed(f"Article {seed}-{i}: " + " ".join(e.evidence.text for e in evs),
                            evs, source=rng.choice(["Wire A", "Paper B", None]),
                            published=rng.choice(["2024-12-05", "2024-12-06", "2024-12-09"])))
    return out


def store_grouping(articles, path, cache=None):
    with Store(path) as store:
        if cache is not None:
            store.state_cache_events = cache
        for a in articles:
            store.write(a)
        groups = {r["id"]: r["event_id"] for r in store.query(
            "SELECT id, event_id FROM event_mentions")}
        events = {r["id"]: r for r in store.query(
            "SELECT id, type, cameo, date, date_precision, date_source, n_mentions, "
            "n_articles, n_sources, first_seen, last_seen FROM events")}
    return groups, events


def memory_grouping(articles):
    rows = [r for seq, a in enumerate(articles)
            for r in table_rows("event_mentions", analysed_row(seq, a))]
    groups, events = {}, {}
    for type_ in {r["type"] for r in rows}:
        merger = merge_records([r for r in rows if r["type"] == type_])
        for ev in merger.rows():
            for mention in ev["mention_ids"]:
                groups[mention] = ev["event_id"]
            events[ev["event_id"]] = {
                "id": ev["event_id"], "type": ev["type"], "cameo": ev["cameo"],
                "date": ev["date"], "date_precision": ev["date_precision"],
                "date_source": ev["date_source"], "n_mentions": ev["n_mentions"],
                "n_articles": ev["n_articles"], "n_sources": ev["n_sources"],
                "first_seen": ev["first_seen"], "last_seen": ev["last_seen"]}
    return groups, events


@pytest.mark.parametrize("seed", range(6))
def test_memory_merge_groups_records_as_the_store_does(tmp_path, seed):
    articles = random_articles(seed)
    local_groups, local_events = store_grouping(articles, tmp_path / "m.db")
    groups, events = memory_grouping(articles)
    assert groups == local_groups
    assert events == local_events
    # The streams are built so that merging really happens.
    assert len(local_events) < len(local_groups)


@pytest.mark.parametrize("seed", range(3))
def test_the_store_merges_alike_with_its_state_cache_or_without(tmp_path, seed):
    """An event's merging state read back from its rows (a cache of one event:
    nearly every candidate is read again) is the state its mentions built one by
    one (an unbounded cache), so both give the same events."""
    articles = random_articles(100 + seed)
    cached = store_grouping(articles, tmp_path / "cached.db", cache=10**6)
    reread = store_grouping(articles, tmp_path / "reread.db", cache=1)
    assert reread == cached
    assert len(cached[1]) < len(cached[0])


def test_event_mentions_rows_carry_what_merging_needs():
    a = analysed("Kim met Putin.", [event("e1", "CONSULT", [person("kim", "Kim", "PRK")],
                                         [person("putin", "Putin", "RUS")], date="2024-06-19")])
    (row,) = table_rows("event_mentions", analysed_row(7, a))
    assert row["seq"] == 7 and row["position"] == 0
    assert row["mention_id"] == f"{a.article.id}:e1"
    assert json.loads(row["kinds"]) == {"person-kim": "person", "person-putin": "person"}
    assert row["month"] == "2024-12"


def _round_trip_rows(seq, item):
    """The rows of every table as `newsbrief load` and the old job made them:
    the records row, and flat rows parsed back from its JSON."""
    record = analysed_row(seq, item)
    rows = [{"table": "records", **record}]
    for name in ("articles", "entities", "event_mentions", "errors"):
        rows += [{"table": name, **r} for r in table_rows(name, record)]
    return rows


@pytest.mark.parametrize("seed", range(3))
def test_rows_made_in_the_analysis_task_are_the_rows_read_back_from_records(seed):
    """The job's analysis task flattens the pipeline's objects directly; every
    row must be the one the records' JSON gives back."""
    from newsbrief.errors import InputFailure
    from newsbrief.spark.tables import COMBINED, combined_rows

    items = random_articles(200 + seed, n=15) + [InputFailure("in.jsonl row 3", "no text", "add")]
    for seq, item in enumerate(items):
        made = list(combined_rows(seq, item))
        expected = _round_trip_rows(seq, item)
        assert sorted(made, key=repr) == sorted(expected, key=repr)
        assert all(set(r) <= set(COMBINED.names) for r in made)
        assert sum(r["table"] == "event_mentions" for r in made) == (
            0 if isinstance(item, InputFailure) else len(item.events))


def test_merge_batches_merges_whole_types_as_merge_records_does():
    """The Spark merge step (Arrow batches of several types, in any order and
    cut anywhere) gives each type's events as merge_records does."""
    import pyarrow as pa

    from newsbrief.spark.merge import MERGE_COLUMNS, MERGED, event_rows, merge_batches

    articles = random_articles(7, n=60)
    rows = [{k: r[k] for k in MERGE_COLUMNS} for seq, a in enumerate(articles)
            for r in table_rows("event_mentions", analysed_row(seq, a))]
    random.Random(7).shuffle(rows)
    table = pa.Table.from_pylist(rows)
    batches = table.to_batches(max_chunksize=17)
    out = pa.Table.from_batches(list(merge_batches(iter(batches))), schema=MERGED).to_pylist()
    expected = [r for type_ in sorted({r["type"] for r in rows})
                for r in event_rows([r for r in rows if r["type"] == type_])]
    assert sorted(out, key=lambda r: r["event_id"]) == sorted(expected,
                                                              key=lambda r: r["event_id"])
    assert len(out) < len(rows)  # records did merge
    assert {m for r in out for m in r["mention_ids"]} == {
        f"{r['article_id']}:{json.loads(r['record'])['id']}" for r in rows}
