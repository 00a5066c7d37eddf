"""Two role defects the blind briefs test of 2026-12-03 found, each a general pattern
(sentences written for this test): a "by" phrase of manner taken as the doer of a
passive, and an absolute "with X ousted" read as X ousting someone."""

from __future__ import annotations

import json

from newsbrief import extract_many


def _events(text: str):
    (article,) = extract_many([json.dumps({"id": "t", "text": text,
                                           "published": "2021-03-01"})], read_as="jsonl")
    return article.events


def _actors(text: str, typ: str) -> list[list[str]]:
    return [[r.text.lower() for r in e.actor] for e in _events(text) if e.type == typ]


def test_a_by_phrase_of_manner_is_no_doer():
    got = _actors("The aid convoy was bombed by mistake by a Turkish jet on Monday, "
                  "officials said.", "ASSAULT")
    assert got and all("mistake" not in a for a in got)
    got = _actors("The envoy was summoned by phone by the foreign ministry on Monday.",
                  "REQUEST")
    assert got == [["the foreign ministry"]]


def test_a_by_phrase_naming_someone_stays_the_doer():
    assert _actors("The envoy was attacked by a mob on Friday.", "ASSAULT") == [["a mob"]]


def test_with_x_ousted_is_a_state_not_an_ousting():
    assert not _actors("With the governor now ousted, it is unclear who will sign the "
                       "budget.", "COERCE")
    assert _actors("The army ousted the governor on Tuesday.", "COERCE") == [["the army"]]
