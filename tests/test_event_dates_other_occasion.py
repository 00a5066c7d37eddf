"""Issue 11, fixA: an act told "in/at/during the X" or a possessed event noun in the
lead keeps no time a later sentence gives a DIFFERENT X: an earlier raid, a previous
round of talks, the opening strike of a war years ago. Two rules of the night stop
did so (28c152c, 5da7394) and were taken out. Sentences written for these tests; they
run the whole pipeline with a publication day."""

from __future__ import annotations

import pytest

from made_up import by_trigger as _by_word
from made_up import events_of


def _records(pipe, text, published="2025-06-12"):
    return events_of(pipe, text, published)


@pytest.mark.slow
def test_an_act_in_the_place_keeps_no_date_of_an_earlier_raid_there(pipe):
    story = ("French police stormed a squatters' camp outside Lyon, officials said. In the "
             "camp, French troops arrested thirty men. France last cleared the camp in "
             "March 2021.")
    ev = _by_word(_records(pipe, story), "arrested")
    assert ev.date != "2021-03"


@pytest.mark.slow
def test_an_act_at_the_talks_keeps_no_date_of_a_failed_round(pipe):
    story = ("Envoys of Chile and Peru met in Lima for talks on fishing rights. At the "
             "talks, Chile demanded a new quota. Talks in August 2022 broke down.")
    ev = _by_word(_records(pipe, story), "demanded")
    assert ev.date != "2022-08"


@pytest.mark.slow
def test_a_possessed_attack_in_the_lead_keeps_no_date_of_the_wars_first_attack(pipe):
    story = ("Russia's attack on Kharkiv killed nine people, officials said. Russia "
             "attacked Kharkiv in February 2022 at the start of the invasion.")
    ev = _by_word(_records(pipe, story), "attack")
    assert ev.date != "2022-02"
