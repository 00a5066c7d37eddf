"""fixH (review 40B item 7): house39's `undated._named_in_full` took any two-word name
the recogniser calls a person for a person named in full, so a paper it reads as a
person regressed ("a column for Mother Jones"). Now the first word must be a given name
or a title, and an article of another language ("Der", "Le", "El") never is. Sentences
made up for the test, through spaCy's real parse."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _column(doc):
    return next(t for t in doc if t.text == "column")


@pytest.mark.parametrize("text, written", [
    # fail on main 18c8a0e: a paper the recogniser calls a two-word person
    ("In a column for Mother Jones, the retired general urged Ottawa to expel the envoy.", True),
    ("In a column for Der Spiegel, the retired general urged Ottawa to expel the envoy.", True),
    # controls (pass on main too): a person with a given name, with a title
    ("In a column for Jane Doe, the retired general urged Ottawa to expel the envoy.", False),
    ("In a column for Senator Ana Ruiz, the retired general urged Ottawa to expel the envoy.",
     False),
    ("In a column for Politico, the retired general urged Ottawa to expel the envoy.", True),
])
def test_a_paper_the_recogniser_calls_a_two_word_person_is_still_a_paper(pipe, text, written):
    from newsbrief.events.undated import _written_sense

    assert bool(_written_sense(_column(pipe.nlp(text)))) is written


def test_control_the_parse_of_the_papers_is_the_shape_the_rule_reads(pipe):
    # passes on main too; the bug's premise: the recogniser does call these papers a person with a compound
    # before the head; if a new model stops doing so, the first test no longer tests it
    for name in ("Mother Jones", "Der Spiegel"):
        doc = pipe.nlp(f"In a column for {name}, the retired general urged Ottawa to expel the envoy.")
        head = next(t for t in doc if t.text == name.split()[1])
        assert head.ent_type_ == "PERSON"
        assert any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.children)
