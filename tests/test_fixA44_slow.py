"""Review B's items 6-8 on keyactor44's rules, on the model's real parse (slow).
Sentences made up.

6. A dotted acronym that names something else as often is not looked up: "an I.R.A."
   in a money story is a retirement account, not the Irish Republican Army; "the
   I.R.S.", "the F.B.I." still are US bodies (controls, pass on main too).
7. "Like" set off by commas after "the" plural noun compares ("The leaders, like X in
   Russia, were ..."): the group does not take X's country. Right after the plural
   noun ("senators like X") or after a counted one ("some groups, like X") it names
   members (controls, pass on main too).
8. A related-links card glued to a surname with an apostrophe ("O'DellTown") or of two
   letters ("WuCity") is found as one glued to "BergTown" is (control).
"""

from __future__ import annotations

import pytest

from newsbrief.actors import extract_entities
from newsbrief.actors.cards import card_tokens
from newsbrief.records import Article

pytestmark = pytest.mark.slow

PUB = "2019-05-10"


def _article(text):
    return Article(id="fixA44", origin="test", text=text, published=PUB,
                   published_source="given")


def _countries(nlp, text):
    doc = nlp(text)
    return {m.text: e.country for e in extract_entities(doc, _article(text))
            for m in e.mentions}


def test_an_ira_in_a_money_story_is_no_irish_group(nlp):
    got = _countries(nlp, "Many retirees withdrew money from an I.R.A. early, and the "
                          "I.R.S. fined them.")
    assert all(c != "GBR" for c in got.values()), got


def test_dotted_us_bodies_keep_their_country(nlp):
    # control (passes on main too)
    got = _countries(nlp, "Many retirees withdrew money early, and the I.R.S. fined "
                          "them while the F.B.I. looked on.")
    assert got.get("I.R.S.") == "USA" and got.get("F.B.I.") == "USA", got


def _recipients(pipe, text, trigger):
    art = _article(text)
    events = pipe.analyse_doc(pipe.nlp(art.text), art).events
    found = [ev for ev in events if ev.trigger and ev.trigger.text == trigger]
    assert found, [(ev.type, ev.trigger and ev.trigger.text) for ev in events]
    return [(r.text, r.country) for r in found[0].recipient], \
        [(a.text, a.country) for a in found[0].actor]


def test_the_group_like_a_person_elsewhere_is_not_of_that_persons_country(pipe):
    rec, _ = _recipients(pipe, "Belarus has jailed dozens of opposition leaders. The "
                               "leaders, like Alexei Navalny in Russia, were accused of "
                               "extremism by prosecutors.", "accused")
    assert all(c != "RUS" for _, c in rec), rec


def test_senators_like_a_named_senator_are_of_the_senators_country(pipe):
    # control (passes on main too): "like" right after the plural noun
    _, act = _recipients(pipe, "Peru, Lima and Cusco voted on the plan. Senators like "
                               "Bernie Sanders criticized the plan on Monday.",
                         "criticized")
    assert act and act[0][1] == "USA", act


def test_some_senators_set_off_like_named_senators_are_of_their_country(pipe):
    # control (passes on main too): "like" after a comma, the noun counted ("some")
    _, act = _recipients(pipe, "Peru, Lima and Cusco voted on the plan. Some senators, "
                               "like Bernie Sanders and Chuck Schumer, criticized the "
                               "plan on Monday.", "criticized")
    assert act and act[0][1] == "USA", act


@pytest.mark.parametrize("text, card", [
    ("Rep. Sean O'Dell Sean Michael O'DellTown votes on budget MORE (D-Ohio) said no.",
     "Sean Michael O'DellTown votes on budget MORE"),
    ("Senator Amy Wu Amy Lin WuCity council backs park MORE (D-Calif.) said no.",
     "Amy Lin WuCity council backs park MORE"),
    # control (passes on main too)
    ("Chairman Ann Berg Ann Louise BergTown votes on budget MORE (D-Ohio) said no.",
     "Ann Louise BergTown votes on budget MORE"),
])
def test_card_glued_to_a_surname_with_an_apostrophe_or_of_two_letters(nlp, text, card):
    doc = nlp(text)
    assert " ".join(doc[i].text for i in sorted(card_tokens(doc))) == card
