"""A plural common noun at the head of a sentence that the model took for an
organisation's name ("Groups including X and Y ...") is placed by the members it names
after "including" or "such as", as the same noun in lower case already is, and keeps
its entity where the members place nothing; on the real parse. Sentences made up; the
controls pass on main too."""

from __future__ import annotations

import pytest

from made_up import events_of

pytestmark = pytest.mark.slow


def _actors(pipe, text, start):
    """The actors of the records whose actor text opens with `start`."""
    return [a for ev in events_of(pipe, text, "2026-11-20") for a in ev.actor
            if a.text.startswith(start)]


def _countries(pipe, text, start):
    """The actor countries of the records whose actor text opens with `start`."""
    return [a.country for a in _actors(pipe, text, start)]


def test_groups_including_two_american_groups_are_american(pipe):
    text = ("Groups including the Sierra Club and the Audubon Society filed suit against "
            "the agency on Monday over new drilling permits.")
    assert _countries(pipe, text, "Groups") == ["USA"]


def test_groups_such_as_two_american_groups_are_american(pipe):
    text = "Groups such as the Heritage Foundation and the Cato Institute faulted the rule on Friday."
    assert _countries(pipe, text, "Groups") == ["USA"]


def test_groups_including_a_kenyan_commission_in_a_kenyan_story_are_kenyan(pipe):
    # the members place the noun, not the story's default
    text = ("President William Ruto spoke in Nairobi on Monday about the new tax law. "
            "Kenyan officials said the measure would raise money for Kenya's schools. "
            "Groups including Amnesty International and the Kenya Human Rights Commission "
            "condemned the arrests of protesters.")
    assert _countries(pipe, text, "Groups") == ["KEN"]


def test_groups_naming_members_no_one_places_keep_their_record(pipe):
    # members the knowledge base does not know give no country: the record stays,
    # with the organisation the model saw as its actor
    text = ("Governor Gavin Newsom of California signed the bill in Sacramento on Monday. "
            "Groups including the Quillfeather Alliance and the Marrowdale Project "
            "demonstrated outside the Capitol on Tuesday.")
    actors = _actors(pipe, text, "Groups")
    assert actors and all(a.entity is not None for a in actors)


def test_a_name_the_knowledge_base_knows_stays_its_entity(pipe):
    # control: a proper name that names members is the entity it is
    text = ("Democrats, including Senator Alex Padilla of California, criticized the "
            "budget on Thursday.")
    actors = _actors(pipe, text, "Democrats")
    assert [a.country for a in actors] == ["USA"]
    assert all(a.entity is not None for a in actors)


def test_groups_naming_no_members_stay_the_entity(pipe):
    # control: without a member list the word stays what the model made of it
    text = "Groups criticized the new zoning bill in Sacramento on Tuesday."
    actors = _actors(pipe, text, "Groups")
    assert actors and all(a.entity is not None for a in actors)


def test_an_armed_group_coded_muslim_is_not_mauritian(pipe):
    # Phoenix codes al-Qaeda's religion where a group's country goes; "MUS" is no state
    text = "An al-Qaeda affiliate seized two towns in southern Yemen on Tuesday, residents said."
    countries = _countries(pipe, text, "An al-Qaeda")
    assert countries and "MUS" not in countries
