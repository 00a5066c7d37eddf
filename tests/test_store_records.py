"""The hand-made records of hand_records.py survive the round trip through their dicts."""

from __future__ import annotations

from hand_records import analysed, event, state

from newsbrief.records import AnalysedArticle


def test_builders_round_trip():
    ev = event("e1", "AGREE", [state("PRK")], [state("RUS")], date="2024-12-04")
    rec = analysed("North Korea and Russia put their pact into force.", [ev])
    assert AnalysedArticle.from_dict(rec.to_dict()) == rec
    assert [e.id for e in rec.entities] == ["state-prk", "state-rus"]
