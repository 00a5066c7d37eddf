"""keyspeech (stop 40): a named speaker's verdict on a named party, told as speech or
with a naming verb, through spaCy's real parse and the whole pipeline, on sentences
made up for the test. A name of praise put on a party praises it ("called the senator
a hero": SUPPORT 051, as a blaming name is ACCUSE 111); "disingenuous" and
"insincere" judge a party's words as "dishonest" does, "deluded" a person; "unfit for office" or "unfit to
serve" judges a person (not "unfit to play"); a gerund of a coded act judged on the copula
("said that invading the country was a mistake") as the act's noun is; an office holder ("the
governor", "the mayor") is a party a speaker judges; "called for the resignation of
X" asks X to go, as "called for X's resignation" did. The positive cases fail before
the change; the controls (marked) pass on both: a thing named a hero, a praise denied,
a tie told of a suspect, a verdict denied, an injury, a release asked for. fixK40
(stop 41's review) narrowed three of the rules: "unfit" of a body or of leading no
post, a name of praise with a kind ("a war hero") or on the late or the hunted, and
"recall" as an ousting noun (the envoy is not the one asked)."""

from __future__ import annotations

import pytest

from made_up import coded

pytestmark = pytest.mark.slow


def _of_type(pipe, text, typ, word):
    return [(cameo, actor, recipient) for t, cameo, trig, actor, recipient in coded(pipe, text)
            if t == typ and trig == word]


@pytest.mark.parametrize("text, word, actor, recipient", [
    ("Mayor Dana Holt called Senator Ray Mills a hero on Monday.", "hero",
     "Dana Holt", "Ray Mills"),
    ("Ray Mills said Tom Baird was a true patriot.", "patriot", "Ray Mills", "Tom Baird"),
    ("The governor described the aide as a wonderful colleague.", "colleague",
     "governor", "aide"),
])
def test_a_name_of_praise_on_a_party_is_praise(pipe, text, word, actor, recipient):
    found = _of_type(pipe, text, "SUPPORT", word)
    assert found and found[0][0] == "051", coded(pipe, text)
    assert any(actor in a for a in found[0][1]), found
    assert any(recipient in r for r in found[0][2]), found


def test_a_person_described_as_deluded_is_criticised(pipe):
    # the parser reads "deluded" as a participle (lemma "delude"): the word is read
    text = 'Senator Nora Fell responded by describing him as "deluded."'
    found = _of_type(pipe, text, "ACCUSE", "deluded")
    assert found and any("Nora Fell" in a for a in found[0][1]), coded(pipe, text)


def test_a_party_s_words_called_disingenuous_is_criticism(pipe):
    text = "Ray Mills said on Friday that the senator's statement was disingenuous."
    found = _of_type(pipe, text, "ACCUSE", "disingenuous")
    assert found and found[0][0] == "111", coded(pipe, text)
    assert any("senator" in r for r in found[0][2]), found


@pytest.mark.parametrize("text, word", [
    ("Senator Ray Mills said the governor was corrupt.", "corrupt"),
    ("Senator Ray Mills called the mayor a liar.", "liar"),
])
def test_an_office_holder_is_the_party_judged(pipe, text, word):
    found = _of_type(pipe, text, "ACCUSE", word)
    assert found and any("Ray Mills" in a for a in found[0][1]), coded(pipe, text)
    assert found[0][2] and any(w in found[0][2][0] for w in ("governor", "mayor")), found


@pytest.mark.parametrize("text", [
    "Ray Mills said Tom Baird is unfit for office.",
    "Ray Mills said the president was unfit to be a party leader.",
    "Ray Mills called Tom Baird unfit to serve.",
])
def test_a_person_called_unfit_for_a_post_is_criticised(pipe, text):
    found = _of_type(pipe, text, "ACCUSE", "unfit")
    assert found and found[0][0] == "111", coded(pipe, text)
    assert any("Ray Mills" in a for a in found[0][1]), found


def test_a_gerund_of_an_act_called_a_mistake_is_criticism(pipe):
    # judged as "the invasion was a mistake" already is
    text = "Ray Mills said in an interview that invading the country was a mistake."
    found = _of_type(pipe, text, "ACCUSE", "mistake")
    assert found and any("Ray Mills" in a for a in found[0][1]), coded(pipe, text)


def test_the_resignation_of_a_party_asks_that_party(pipe):
    text = "Senator Ray Mills called for the resignation of Governor Amy Lund."
    found = _of_type(pipe, text, "REQUEST", "called")
    assert found and any("Amy Lund" in r for r in found[0][2]), coded(pipe, text)


# ---- controls: pass before and after the change


@pytest.mark.parametrize("text, word", [
    ("Ray Mills called the storm a hero.", "hero"),  # a thing names no party
    ("Ray Mills said Tom Baird was no hero.", "hero"),  # the praise denied
    ("Police said the suspect was a good friend of the victim.", "friend"),  # a tie
    ("Ray Mills said he was a hero.", "hero"),  # most often the speaker on himself
])
def test_control_no_praise(pipe, text, word):
    assert not _of_type(pipe, text, "SUPPORT", word), coded(pipe, text)


@pytest.mark.parametrize("text", [
    "The coach said Tom Baird was unfit to play on Sunday.",  # an injury
    "Ray Mills said Tom Baird was unfit for duty after the fall.",
])
def test_control_unfit_for_play_or_duty_is_no_verdict(pipe, text):
    assert not _of_type(pipe, text, "ACCUSE", "unfit"), coded(pipe, text)


@pytest.mark.parametrize("text, word", [
    ("Ray Mills said that raising taxes was a mistake.", "mistake"),  # no coded act
    ("Ray Mills said that doing nothing was wrong.", "wrong"),
    # an act not done: the verdict waits on it
    ("Ray Mills said shutting down the inquiry early would be a mistake.", "mistake"),
])
def test_control_a_gerund_of_no_act_is_no_verdict(pipe, text, word):
    assert not _of_type(pipe, text, "ACCUSE", word), coded(pipe, text)


def test_control_a_verdict_denied_on_an_office_holder(pipe):
    assert not _of_type(pipe, "Senator Ray Mills said the governor was not corrupt.",
                        "ACCUSE", "corrupt")


def test_control_a_release_asked_for_does_not_ask_the_held(pipe):
    # "called for", the shape the ousting nouns read (fixK40: "asked for" gave a trigger
    # the filter never matched, so the test could not fail); passes on both trees
    text = "The union called for the release of three jailed miners."
    found = _of_type(pipe, text, "REQUEST", "called")
    assert found, coded(pipe, text)
    assert not any("miners" in r for f in found for r in f[2]), found


# ---- fixK40 (stop 41's review of keyspeech): each fails on main 0e9d0a2


@pytest.mark.parametrize("text", [
    "The army said on Monday that the recruit was medically unfit to serve.",
    "Ray Mills said Tom Baird was unfit to lead the team after the injury.",
    "The coach said Tom Baird was unfit to lead the team on Sunday.",
])
def test_a_body_unfit_or_a_team_led_is_no_verdict(pipe, text):
    # a body's unfitness, or "lead" of no post: no criticism of the one unfit
    assert not _of_type(pipe, text, "ACCUSE", "unfit"), coded(pipe, text)


@pytest.mark.parametrize("text, word", [
    ("A White House aide told reporters that Senator Tom Baird was a war hero who had "
     "spent years as a prisoner.", "hero"),  # a biography
    ("The senator said the late governor was a true statesman and a national hero.",
     "statesman"),  # a eulogy
    ("Ray Mills described the former president as a folk hero to his supporters.",
     "hero"),  # a standing told
    ("Neighbors described the gunman as a good friend and a quiet man.", "friend"),
])
def test_a_record_a_eulogy_or_a_portrait_is_no_praise(pipe, text, word):
    assert not _of_type(pipe, text, "SUPPORT", word), coded(pipe, text)


def test_the_recall_of_an_envoy_does_not_ask_the_envoy(pipe):
    # the recall is asked of the government that sent the envoy, not of the envoy
    text = "Lawmakers called for the recall of the ambassador from Moscow."
    found = _of_type(pipe, text, "REQUEST", "called")
    assert found, coded(pipe, text)
    assert not any("ambassador" in r for f in found for r in f[2]), found


# controls of fixK40 (pass on both trees): what the narrowed rules were for


@pytest.mark.parametrize("text", [
    "Ray Mills said Tom Baird was unfit to lead the country.",
    "Ray Mills said Tom Baird was unfit to serve as governor.",
])
def test_control_unfit_for_a_post_still_criticised(pipe, text):
    found = _of_type(pipe, text, "ACCUSE", "unfit")
    assert found and any("Ray Mills" in a for a in found[0][1]), coded(pipe, text)


def test_control_a_great_friend_called_by_a_leader_is_still_praise(pipe):
    text = "President Ray Mills called the senator a great friend."
    found = _of_type(pipe, text, "SUPPORT", "friend")
    assert found and any("senator" in r for r in found[0][2]), coded(pipe, text)
