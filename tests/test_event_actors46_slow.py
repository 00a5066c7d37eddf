"""A plural common noun at the head of a sentence that the model took for an
organisation's name ("Groups including X and Y ...") is placed by the members it names
after "including" or "such as", as the same noun in lower case already is; on the real
parse. Sentences made up; the controls pass on main too."""

from __future__ import annotations

import pytest

from made_up import events_of

pytestmark = pytest.mark.slow


def _countries(pipe, text, start):
    """The actor countries of the records whose actor text opens with `start`."""
    return [a.country for ev in events_of(pipe, text, "2026-11-20") for a in ev.actor
            if a.text.startswith(start)]


def test_groups_including_two_american_groups_are_american(pipe):
    text = ("Groups including the Sierra Club and the Audubon Society filed suit against "
            "the agency on Monday over new drilling permits.")
    assert _countries(pipe, text, "Groups") == ["USA"]


def test_groups_such_as_two_american_groups_are_american(pipe):
    text = "Groups such as the Heritage Foundation and the Cato Institute faulted the rule on Friday."
    assert _countries(pipe, text, "Groups") == ["USA"]


def test_groups_including_a_kenyan_commission_in_a_kenyan_story_are_not_american(pipe):
    # control: the members place the noun, not a default (not USA on main either)
    text = ("President William Ruto spoke in Nairobi on Monday about the new tax law. "
            "Kenyan officials said the measure would raise money for Kenya's schools. "
            "Groups including Amnesty International and the Kenya Human Rights Commission "
            "condemned the arrests of protesters.")
    assert "USA" not in _countries(pipe, text, "Groups")


def test_a_name_the_knowledge_base_knows_keeps_its_own_country(pipe):
    # control: a proper name that names members is the entity it is
    text = ("Democrats, including Senator Alex Padilla of California, criticized the "
            "budget on Thursday.")
    assert _countries(pipe, text, "Democrats") == ["USA"]
