"""The helpers house44 made shared when it folded stop 43's reread duplications (items 1,
2, 3, 6, 7, 9): each read on hand-built parses of made-up phrases, and the one table of
titles and place verbs (actors.name_cues) with the sets its readers always took."""

from __future__ import annotations

import ast
from pathlib import Path

from newsbrief.actors import anaphora, entities, name_cues, surnames
from newsbrief.events import actorrefs, undated
from newsbrief.events.arguments import CALENDAR_UNITS, calendar_noun
from newsbrief.events.timeheads import earlier_marked, EARLIER_OCCASION, _told_on
from newsbrief.events.predicate import set_off

from parses import make_doc_head_first

SRC = Path(__file__).resolve().parents[1] / "src" / "newsbrief"


def _relative(mark: str):
    """ "the plan <mark> which the mayor backed": the relative clause's verb."""
    words = "the/the/DET/1/det plan/plan/NOUN/1/ROOT"
    if mark:
        words += f" {mark}/{mark}/PUNCT/1/punct"
    k = 2 + bool(mark)
    words += (f" which/which/PRON/{k + 3}/dobj the/the/DET/{k + 2}/det"
              f" mayor/mayor/NOUN/{k + 3}/nsubj backed/back/VERB/1/relcl")
    doc = make_doc_head_first(words)
    return doc[len(doc) - 1]


def test_a_clause_after_a_comment_mark_is_set_off():
    assert set_off(_relative(","))
    assert set_off(_relative("("))
    assert not set_off(_relative(""))  # "the plan the mayor backed": says which plan


def test_the_double_dash_is_a_comment_mark_only_where_asked():
    verb = _relative("--")
    assert not set_off(verb)  # predicate._restrictive never read it
    assert set_off(verb, double_dash=True)  # documents.object_gap_relative does


def test_an_adjective_that_places_a_noun_before_the_news():
    recent = make_doc_head_first("a/a/DET/2/det recent/recent/ADJ/2/amod visit/visit/NOUN/2/ROOT")
    last = make_doc_head_first("his/his/PRON/2/poss last/last/ADJ/2/amod trip/trip/NOUN/2/ROOT")
    very = make_doc_head_first("a/a/DET/3/det very/very/ADV/2/advmod recent/recent/ADJ/3/amod "
                               "lunch/lunch/NOUN/3/ROOT")
    assert earlier_marked(recent[2]) and earlier_marked(last[2])
    # an occasion reads only four of the words ("at the last minute" is no earlier one)
    assert earlier_marked(recent[2], EARLIER_OCCASION) and not earlier_marked(last[2], EARLIER_OCCASION)
    # undated's reading: only an adjective with no words of its own
    assert earlier_marked(very[3], EARLIER_OCCASION)
    assert not earlier_marked(very[3], EARLIER_OCCASION, bare=True)


def test_a_unit_of_the_calendar_or_a_time_entity_is_a_calendar_noun():
    doc = make_doc_head_first("for/for/ADP/0/ROOT weeks/week/NOUN/0/pobj at/at/ADP/0/prep "
                              "meeting/meeting/NOUN/2/pobj on/on/ADP/0/prep "
                              "Friday/Friday/PROPN/4/pobj/-/DATE")
    assert calendar_noun(doc[1]) and calendar_noun(doc[5]) and not calendar_noun(doc[3])
    assert "week" in CALENDAR_UNITS and "business day" not in CALENDAR_UNITS


def test_undated_reads_its_own_units_as_before():
    doc = make_doc_head_first("in/in/ADP/1/prep quarter/quarter/NOUN/0/pobj "
                              "period/period/NOUN/1/conj")
    assert not undated._time_unit(doc[1])  # never read there: "in the previous quarter"
    assert undated._time_unit(doc[2]) and not calendar_noun(doc[2])


def test_where_a_time_is_told():
    doc = make_doc_head_first("voted/vote/VERB/0/ROOT on/on/ADP/0/prep Tuesday/Tuesday/PROPN/1/pobj")
    verb, phrase = _told_on(doc[2], frozenset({"on"}))
    assert (verb.i, phrase.i) == (0, 1)
    assert _told_on(doc[2], frozenset({"in"})) is None
    bare = make_doc_head_first("voted/vote/VERB/0/ROOT Tuesday/Tuesday/PROPN/0/npadvmod")
    assert [t.i for t in _told_on(bare[1], frozenset())] == [0, 1]


def test_each_reader_of_titles_takes_its_rows():
    assert entities.HONORIFICS is name_cues.HONORIFICS
    assert surnames.PERSON_TITLES is name_cues.PERSON_TITLES
    assert {"rep", "mr"} <= name_cues.PERSON_TITLES and "miss" not in name_cues.PERSON_TITLES
    assert anaphora._TITLE_GENDER["miss"] == "f" and anaphora._TITLE_GENDER["mr"] == "m"
    assert actorrefs._title_abbreviation("Lt") and actorrefs._title_abbreviation("Cmdr")
    assert not actorrefs._title_abbreviation("Gov") and actorrefs._title_abbreviation("GOV")
    assert "cmdr" not in name_cues.HONORIFICS  # a title the entity stage never read
    assert {"visit", "shell"} <= surnames._PLACE_VERBS and "invade" not in entities._PLACE_VERBS


def test_the_name_cues_module_reads_only_the_word_lists():
    """entities imports surnames, so the table both read sits below both: name_cues
    imports nothing of the package but newsbrief.words."""
    tree = ast.parse((SRC / "actors" / "name_cues.py").read_text("utf-8"))
    froms = {(n.level, n.module) for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert froms == {(0, "__future__"), (2, "words")}
    assert not any(isinstance(n, ast.Import) for n in ast.walk(tree))
