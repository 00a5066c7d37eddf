"""fixB40 (review 41B items 5-6), through spaCy's real parse and the whole pipeline on
sentences made up for the test: "national" is no kind of record ("called the soldiers
national heroes" praises) and a kind with a "for" reason still praises ("was a
national hero for his work") (item 5); a name of praise
itself on the hunted ("called the gunman a hero") is praise (glorification), while a
people word with an adjective on them stays a portrait (item 6). Positive cases fail on
d842152; the controls (marked) pass on both trees."""

from __future__ import annotations

import pytest

from made_up import coded

pytestmark = pytest.mark.slow


def _praise(pipe, text, word):
    return [(actor, recipient) for t, cameo, trig, actor, recipient in coded(pipe, text)
            if t == "SUPPORT" and cameo == "051" and trig == word]


@pytest.mark.parametrize("text, word", [
    ("President Biden said on Tuesday that Senator Kelly was a national hero for his work "
     "on veterans' care.", "hero"),
    ("President Zelensky called the soldiers national heroes on Tuesday.", "heroes"),
    ("Hamas called the gunman a hero on Tuesday.", "hero"),
    ("A Hamas spokesman said on Tuesday that the gunman was a hero and a patriot.", "hero"),
])
def test_praise_by_a_leader_or_of_an_attacker_is_praise(pipe, text, word):
    assert _praise(pipe, text, word), coded(pipe, text)


@pytest.mark.parametrize("text, word", [
    # controls: a record told on the copula, and a portrait of the hunted (both trees)
    ("Ray Mills said the senator was a war hero who spent years as a prisoner.", "hero"),
    ("Neighbours described the gunman as a good friend.", "friend"),
])
def test_control_a_record_or_a_portrait_is_still_no_praise(pipe, text, word):
    assert not _praise(pipe, text, word), coded(pipe, text)
