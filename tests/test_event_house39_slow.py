"""house39: the reviewer's leftovers of stop 38 that can move records, through spaCy's
real parse on sentences made up for the test. Item 5: `undated._venue`'s "for" shape
took any proper name a column is "for" as its publication, a person named in full
too ("a column for Jane Doe"); a one-word name the recogniser calls a person may be a
paper ("Politico") and still is."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _column(doc):
    return next(t for t in doc if t.text == "column")


@pytest.mark.parametrize("text, written", [
    # fail on main: a person with a given name or a title is no paper
    ("In a column for Jane Doe, the retired general urged Ottawa to expel the envoy.", False),
    ("In a column for Senator Ana Ruiz, the retired general urged Ottawa to expel the envoy.",
     False),
    # controls (pass on main too): a one-word name the recogniser calls a person, a paper
    # it calls a place, a state
    ("In a column for Politico, the retired general urged Ottawa to expel the envoy.", True),
    ("In a column for The Atlantic, the retired general urged Ottawa to expel the envoy.", True),
    ("In a column for Ukraine, the retired general urged Ottawa to expel the envoy.", False),
])
def test_a_column_for_a_person_named_in_full_is_no_papers(pipe, text, written):
    from newsbrief.events.undated import _written_sense

    assert bool(_written_sense(_column(pipe.nlp(text)))) is written
