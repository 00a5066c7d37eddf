"""fixL (stop 37), the review of keymiss's document senders: through the whole
pipeline on sentences made up for the test, a document that acts stands for whoever
put it out (issued, read out), not whoever rejected or came by it, and its own
"from X" names a sender only when X can act (not a city or a place)."""

from __future__ import annotations

import pytest

from made_up import events_of

pytestmark = pytest.mark.slow


def _events(pipe, text):
    return events_of(pipe, text, "2026-11-27")


def _actors_of(pipe, text, typ):
    return [[a.text for a in ev.actor] for ev in _events(pipe, text) if ev.type == typ]


def test_a_report_a_state_rejected_does_not_accuse_for_it(pipe):
    text = ("Norway rejected the report on Tuesday. The report accused Norwegian "
            "officials of hiding the spill.")
    assert ["Norway"] not in _actors_of(pipe, text, "ACCUSE")


def test_a_statement_put_out_from_a_city_is_the_ministers(pipe):
    text = ("Peru's trade minister issued a statement from Lima on Friday. The statement "
            "accused Chile of dumping steel.")
    actors = _actors_of(pipe, text, "ACCUSE")
    assert actors and all("Lima" not in a for a in actors)
    assert any("minister" in " ".join(a) for a in actors)


def test_a_report_from_a_place_names_no_sender(pipe):
    text = ("The ministry received a report from the coast on Monday. The report accused "
            "Chile of dumping waste.")
    assert all("the coast" not in a for a in _actors_of(pipe, text, "ACCUSE"))


def test_a_statement_read_out_is_the_readers(pipe):
    text = "The minister read a statement on Monday. The statement accused Chile of fraud."
    assert ["The minister"] in _actors_of(pipe, text, "ACCUSE")
