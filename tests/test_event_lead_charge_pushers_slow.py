""""Led the charge of" a group (events.senses._in_charge, `_pushers`): an "of" that names
who push, people or a camp ("of the moderates", "of Democrats", "of the opposition",
"of the progressive wing"), tells no content of a charge, so "charge" is the front of a
push, no accusation. A misdeed after "of", bare ("of bribery") or a plural with an owner
("of his forgeries"), is what a charge brought says and keeps its ACCUSE record.

Every sentence is made up; the real parse is read (slow)."""

from __future__ import annotations

import pytest

from made_up import types_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Councillor Rhea Bantam led the charge of the moderates against the new water levy on "
    "Monday.",
    "Senator Ivo Lark spearheaded the charge of Democrats against the toll plan last week.",
    "The ward's chief steward headed the charge of the party's hawks against the treaty.",
    # a camp told by a singular noun
    "Deputy Lena Voss led the charge of the opposition against the new ferry tax.",
    "Mayor Pia Quell led the charge of the council's progressive wing against the parking "
    "plan.",
    "Senator Ode Brandt led the charge of the Senate caucus against the grazing bill.",
])
def test_a_charge_of_people_is_a_push(pipe, text):
    assert "ACCUSE" not in types_of(pipe, text, "charge")


@pytest.mark.parametrize("text", [
    "The state prosecutor led the charge of extortion against the former mayor.",
    "The inspector general led the charge of fraud against two county clerks last week.",
    # a misdeed told as a plural with an owner is no camp of people
    "The watchdog led the charge of his forgeries against the retired judge.",
])
def test_a_charge_of_a_misdeed_stays_an_accusation(pipe, text):
    assert "ACCUSE" in types_of(pipe, text, "charge")
