"""One module reads datelines for every stage (newsbrief.dateline), into one record.

Every dateline here is made up for the test: the shapes of wire copy around towns,
agencies and sentences no article holds.
"""

import dataclasses

import pytest

from newsbrief.dateline import (Dateline, dated_dateline, dateline_at, find_datelines,
                                sentence_dateline)


def test_the_record_is_frozen_and_holds_place_country_day_span():
    d = Dateline(place="KORVAN", span=(0, 9))
    assert {f.name for f in dataclasses.fields(d)} >= {"place", "country", "day", "span",
                                                        "region", "agency"}
    with pytest.raises(dataclasses.FrozenInstanceError):
        d.place = "X"


def test_a_dateline_run_into_its_lead():
    text = "Head line\nKORVAN, Eastland (Wire) - Troops closed the port."
    d, = find_datelines(text)
    assert (d.place, d.region, d.agency, d.day) == ("KORVAN", "Eastland", "Wire", None)
    assert text[d.span[0]:d.span[1]] == "KORVAN, Eastland (Wire) - "


def test_a_dateline_with_an_iso_day_carries_it():
    d, = find_datelines("KORVAN 2001-03-03 Troops closed the port.")
    assert (d.place, d.day) == ("KORVAN", "2001-03-03")


@pytest.mark.parametrize("text", [
    "UPDATE - Troops closed the port.",          # a label, not a town
    "SPORT - KORVAN BEAT ZELDA IN FINAL.",       # an all-capitals headline
    "Anna Berg - a lawyer for the firm, said so.",  # a name before a plain hyphen
])
def test_no_dateline(text):
    assert find_datelines(text) == []


def test_the_day_a_dateline_writes_with_its_year():
    d = dated_dateline("Port talks stall\nKORVAN, Eastland, 3 May 1999 - Jets struck.")
    assert (d.place, d.region, d.day) == ("KORVAN", "Eastland", "1999-05-03")
    d = dated_dateline("Port talks stall\nPublished: 20 November 2019\nThe union walked out.")
    assert (d.place, d.day) == (None, "2019-11-20")
    assert dated_dateline("KORVAN, Nov 20 (Wire) - Talks failed.") is None  # no year


def test_a_place_that_opens_a_dateline():
    text = "KORVAN, Eastland (Wire) - Police left.\nPolice left Eastland - quickly."
    at = text.index("Eastland")
    d = dateline_at(text, at, at + len("Eastland"))
    assert (d.place, d.region, d.agency) == ("KORVAN", "Eastland", "Wire")
    later = text.rindex("Eastland")
    assert dateline_at(text, later, later + len("Eastland")) is None  # not at the line's start


def test_the_dateline_a_sentence_opens_with():
    d = sentence_dateline("KORVAN (Wire) - Eastland and Westland agreed.")
    assert (d.place, d.agency, d.region) == ("KORVAN", "Wire", None)
    d = sentence_dateline("  KORVAN, Eastland - Troops left.")
    assert (d.place, d.region) == ("KORVAN", "Eastland")
    assert d.span == (2, len("  KORVAN, Eastland - "))
    assert sentence_dateline("Troops left Korvan on Monday.") is None


def test_every_reader_reads_through_the_one_module():
    """The stages keep no dateline grammar of their own."""
    import inspect

    import newsbrief.events.actorrefs as actorrefs
    import newsbrief.knowledge.evidence as evidence
    import newsbrief.nlp as nlp
    import newsbrief.pubdate as pubdate

    for module, reader in ((nlp, "find_datelines"), (pubdate, "dated_dateline"),
                           (actorrefs, "dateline_at"), (evidence, "sentence_dateline")):
        source = inspect.getsource(module)
        assert f"from .dateline import {reader}" in source or \
            f"from ..dateline import {reader}" in source, module.__name__
        assert "_DATELINE" not in source, module.__name__


@pytest.mark.parametrize("text,name", [
    ("Korvan talks\nD.C. council opens its re-vote inquiry\nThe council met.", "D.C."),  # a headline
    ("U.S. grain prices slipped in a storm-shortened session.", "U.S."),  # a hyphen
    ("NATO has called its members together -- all of them -- twice.", "NATO"),  # an aside
    ("KORVAN, Eastland - TROOPS CLOSE PORT", "Eastland"),  # an all-capitals headline
])
def test_a_place_in_a_line_that_is_no_dateline_opens_none(text, name):
    at = text.index(name)
    assert dateline_at(text, at, at + len(name)) is None


def test_a_place_in_a_title_case_dateline_opens_it():
    text = "Korvan, Eastland (Wire) - Troops closed the port."
    at = text.index("Eastland")
    d = dateline_at(text, at, at + len("Eastland"))
    assert (d.place, d.region) == ("Korvan", "Eastland")
    assert dateline_at(text, text.index("Wire"), text.index("Wire") + 4) is None  # the agency
