"""Judged non-events at the cut of three shapes of words in the wrong sense, with
controls that keep their records:

- "go on the attack" (or "on the offensive") said of a person or a party is the manner
  of a campaign, no act of force and not itself the criticism, even when the sentence
  names weapons or guns as what is criticised (events.senses); rebels, troops or an
  army going on the attack keep the attack;
- "pressed its advantage" (or "pressed his luck") asks nothing of anyone
  (events.senses, the fixed phrases); demands pressed stay a request;
- "accused" as a label before a bare role word and a person's name ("accused smuggler
  Tom Bellamy") tells no accusation (events.senses); an accusation with its "of" stays.

Every sentence is made up; the real parse is read (slow)."""

from __future__ import annotations

import pytest

from made_up import types_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, word", [
    ("In her speech the minister went on the attack, blaming the president for rockets and "
     "chemical arms fired at villagers.", "attack"),
    ("Speaking in Ohio, the governor went on the attack, naming Republicans and their gun "
     "bill.", "attack"),
    ("The party has now gone on the offensive over the mayor's budget.", "offensive"),
])
def test_a_person_gone_on_the_attack_is_no_act(pipe, text, word):
    assert types_of(pipe, text, word) == []


@pytest.mark.parametrize("text, word", [
    ("The rebels went on the attack at dawn and took the bridge.", "attack"),
    ("At dawn the troops went on the attack toward the militia positions near the river.",
     "attack"),
    ("The army went on the offensive in the north on Sunday.", "offensive"),
])
def test_armed_men_gone_on_the_attack_attack(pipe, text, word):
    assert types_of(pipe, text, word) == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "The Berg campaign pressed its advantage against Park on Monday.",
    "Meanwhile the governor's team pressed its advantage against the mayor, trying to link "
    "her budget to the school closures.",
])
def test_an_advantage_pressed_asks_nothing(pipe, text):
    assert types_of(pipe, text, "pressed") == []


def test_demands_pressed_stay_a_request(pipe):
    assert types_of(pipe, "The union pressed its demands on the ministry on Tuesday.",
                    "pressed") == ["REQUEST"]


@pytest.mark.parametrize("text", [
    "Among the guests was accused smuggler Tom Bellamy, who flew in from Miami.",
    "Those who spoke at the dinner included a former judge, a radio host and accused "
    "fraudster Tom Bellamy, whose sentence the governor cut.",
])
def test_accused_as_a_label_is_no_accusation(pipe, text):
    assert types_of(pipe, text, "accused") == []


@pytest.mark.parametrize("text", [
    "The senator angrily accused aide Tom Bellamy of leaking the memo.",
    "Prosecutors accused the banker of fraud on Monday.",
])
def test_an_accusation_with_its_charge_stays(pipe, text):
    assert types_of(pipe, text, "accused") == ["ACCUSE"]
