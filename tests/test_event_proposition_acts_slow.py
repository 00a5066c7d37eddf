"""fixB41 (stop 42, review 42B items 4-6): the stand on a proposition (nonev41,
events.senses._proposition_weighed) dropped acts that are no opinion:
- an act whose reason is told with "on the assumption that ..." (item 4: an attack,
  kept by fixN41's type check too; an agreement): the prepositions "on" and "against"
  carry a stand only after a verb of stance;
- a plan told by a "that ... would/should" clause and accepted or endorsed (item 5): an
  act toward a plan, as "the idea of a ceasefire" is;
- a court's ruling when the subject names the court another way (item 6): a judge's
  title ("Chief Justice ..."), a court's majority, a circuit.
Controls (pass before and after) keep the stands nonev41 was for. Every sentence is
made up; the real parse is read (slow)."""

from __future__ import annotations

import pytest

from made_up import events_of

pytestmark = pytest.mark.slow


def _typed(pipe, text: str, word: str) -> list[str]:
    return [ev.type for ev in events_of(pipe, text) if ev.trigger and ev.trigger.text == word]


KEPT = [
    # item 4: a reason adverbial with "on", the verb a stand in words (an agreement
    # made on an understanding)
    ("The rebels agreed on the assumption that Turkey would withdraw its tanks from the "
     "valley.", "agreed", "AGREE"),
    ("The union accepted on the assumption that wages would rise in the new year.",
     "accepted", "AGREE"),
    # the same, the verb a blow (kept since fixN41's type check too: controls)
    ("Navy gunboats fired overnight on the assumption that smugglers were hiding in the "
     "cove.", "fired", "ASSAULT"),
    ("Rebel jets struck at dawn on the belief that the militia was massing in the valley.",
     "struck", "ASSAULT"),
    # item 5: a plan accepted or endorsed
    ("The rebels accepted the idea that Turkey would patrol the border crossing.",
     "accepted", "AGREE"),
    ("The chancellor endorsed the idea that Moldova should join the bloc.", "endorsed",
     "SUPPORT"),
    # item 6: a court named by a title, a possessor, a circuit
    ("Chief Justice Ann Wells rejected the idea that the governor was above the statute.",
     "rejected", "REJECT"),
    ("The high court's majority rejected the notion that the levy was unlawful.",
     "rejected", "REJECT"),
    ("The 5th Circuit rejected the notion that the county could cancel the march.",
     "rejected", "REJECT"),
]


@pytest.mark.parametrize("text,word,typ", KEPT)
def test_acts_beside_a_proposition_stay(pipe, text, word, typ):
    assert typ in _typed(pipe, text, word)


NOT_THIS = [
    # a stance verb with "on": still a stand on a proposition
    ("The premier doubled down on the notion that the fleet was too small.", "doubled"),
    ("The premier pushed back on the theory that the quarry would close by spring.",
     "pushed"),
    # a plan's clause, but the verb is no acceptance: an opinion still
    ("The mayor rejected the idea that the city had ignored the letters.", "rejected"),
    # an opinion accepted, its clause no plan
    ("The senator accepted the view that the economy had slowed.", "accepted"),
    # lawyers of a department named for justice are no court
    ("Justice Department lawyers dismissed the notion that the tariff was unlawful.",
     "dismissed"),
]


@pytest.mark.parametrize("text,word", NOT_THIS)
def test_control_stands_still_no_event(pipe, text, word):
    assert _typed(pipe, text, word) == []
