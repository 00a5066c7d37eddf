"""Criticism and demands told in a speaker's own words, through spaCy's real parse and the
whole pipeline, on sentences made up for the test:
- verdicts that condemn whatever conduct they are put on ("inappropriate", "abhorrent",
  "shortsighted", "a stunt") are criticism (ACCUSE 111) as "irresponsible" already is;
- a naming verb's name parsed as an adjective after its object ("called the signing
  completely inappropriate") is still the name it puts on the object;
- the executive named by its common noun ("the administration", "the ministry") is a
  party a speaker can fault or ask, as "the government" already is.
Each positive case fails before the change; the controls (marked) pass on both, but
`test_a_demand_on_anothers_office_stays`, whose "administration" was no party before.
Also: a court's or a judge's ruling told in a clause hung on it and an institution the
speaker's own pronoun owns carry no said act; a condemning adjective on the plain name of
an act or a measure is the verdict. And what these rules must leave (each fails on the
first form of the rules): a demand on the speaker's opponents or on another group's people,
a minister of justice or a former judge speaking, an adjective that classifies an act
named before the measure, the act of administering, a bundle describing a document."""

from __future__ import annotations

import pytest

from made_up import coded

pytestmark = pytest.mark.slow


def _typed(pipe, text, typ, word):
    return [(actor, recipient) for t, _c, trig, actor, recipient in coded(pipe, text)
            if t == typ and trig == word]


@pytest.mark.parametrize("text, typ, word, target", [
    ("The council leader called the stadium vote completely inappropriate on Monday.",
     "ACCUSE", "inappropriate", None),
    ('Councillor Mara Finch called the mayor\'s parking scheme "shortsighted."',
     "ACCUSE", "shortsighted", "the mayor"),
    ('The union chief said the governor\'s pension decision was "abhorrent" on Tuesday.',
     "ACCUSE", "abhorrent", "the governor"),
    ('Farm groups called the minister\'s tractor parade "a shameless campaign stunt" on Friday.',
     "ACCUSE", "stunt", "the minister"),
    ('"The administration should lift the curfew at once," the bishop said on Sunday.',
     "REQUEST", "should", "The administration"),
    ("The opposition leader said the ministry was wrong to shut the clinics.",
     "ACCUSE", "wrong", "the ministry"),
])
def test_criticism_and_demands_in_own_words(pipe, text, typ, word, target):
    found = _typed(pipe, text, typ, word)
    assert found, coded(pipe, text)
    if target is not None:
        assert any(target in recipient for _actor, recipient in found), found


@pytest.mark.parametrize("text", [
    # controls, pass on main: a name of no verdict after the object, a warning about a
    # person, a description of a contest, and the executive named in a plan told
    "The council leader called the new footbridge wonderful on Monday.",
    "Police said the escaped prisoner was dangerous and should not be approached.",
    "The chairman called the leadership race divisive.",
    "Officials said the ministry would open a second office in the port in March.",
])
def test_no_verdict_no_criticism(pipe, text):
    assert not any(t == "ACCUSE" for t, *_ in coded(pipe, text)), coded(pipe, text)


def test_a_verdict_already_read_stays(pipe):
    # control: a listed verdict named the ordinary way, read on main too
    text = 'Councillor Mara Finch called the mayor\'s parking scheme "irresponsible."'
    assert any("the mayor" in r for _a, r in _typed(pipe, text, "ACCUSE", "irresponsible"))


# A court's or a judge's ruling told in a clause hung on it is background, and a party
# the speaker's own pronoun owns is the speaker's own side: neither is a speaker's
# criticism or demand of another.
@pytest.mark.parametrize("text, typ, word", [
    ("The growers lost last year's ruling of the appeals court, which said the agency must "
     "return the seized files.", "REQUEST", "must"),
    ("The mayor mocked one judge who called the county's eviction order \"heartless\" "
     "last spring.", "ACCUSE", "heartless"),
    ("The transport secretary, Paul Denner, said his department and the rail board should "
     "share their safety data better.", "REQUEST", "should"),
])
def test_no_said_act_of_a_court_or_of_ones_own_side(pipe, text, typ, word):
    assert not _typed(pipe, text, typ, word), coded(pipe, text)


@pytest.mark.parametrize("text, typ, word", [
    # controls: an attorney general and a governor speak as parties, and a pronoun that
    # owns another's office leaves the demand on it
    ("Attorney General Dana Reyes said the agency must return the seized files to the farmers.",
     "REQUEST", "must"),
    ("Governor Lena Morris said the agency was wrong to skip the public hearings.",
     "ACCUSE", "wrong"),
    # controls: a justice faulting the court in a dissent, a judge's finding and a
    # judge's order told as the sentence's own act are acts of the day
    ("Justice Omar Feld wrote that the court should never have agreed to hear the appeal.",
     "ACCUSE", "should"),
    ("Judge Hana Orlov said the agency's account of the fire was \"plainly untrue.\"",
     "REJECT", "untrue"),
])
def test_parties_other_than_courts_still_speak(pipe, text, typ, word):
    assert _typed(pipe, text, typ, word), coded(pipe, text)


# A condemning adjective put on the plain name of an act or a measure is the verdict.
@pytest.mark.parametrize("text, word, target", [
    ("The farmers' union called the governor's water bill a reckless scheme.",
     "reckless", "the governor"),
    ("The senator described the mayor's parking policy as an irresponsible plan.",
     "irresponsible", "the mayor"),
    ("Critics said the governor's policy was an irresponsible plan.",
     "irresponsible", "the governor"),
    # the name under a bundling noun's "of" is the name: "a set of reckless measures"
    ("Mayor Ruth Calder called the governor's water bills a set of reckless measures.",
     "reckless", "the governor"),
])
def test_condemning_adjective_on_a_name(pipe, text, word, target):
    found = _typed(pipe, text, "ACCUSE", word)
    assert any(target in recipient for _actor, recipient in found), coded(pipe, text)


@pytest.mark.parametrize("text", [
    # controls: a people word named with the adjective, a denied name, a name of praise
    "The sheriff called the driver an illegal immigrant from Honduras.",
    "The minister called the plan no illegal act.",
    "The senator said the plan was a bold and serious proposal.",
    "The farmers' union called the governor's water bills a set of sensible measures.",
    "Senator Ana Ruiz called the transit plan a series of bold steps.",
])
def test_no_condemning_adjective_no_criticism(pipe, text):
    assert not any(t == "ACCUSE" for t, *_ in coded(pipe, text)), coded(pipe, text)


@pytest.mark.parametrize("text", [
    # controls: the pronoun owns another's office, named before the speaker, or the
    # speaker is unnamed
    'Governor Ruth Alder set the curfew on Monday. "Her administration should lift the '
    'curfew at once," the bishop said on Sunday.',
    "Governor Ruth Alder set the curfew on Monday. The bishop said her administration "
    "should lift the curfew at once.",
])
def test_a_demand_on_anothers_office_stays(pipe, text):
    assert _typed(pipe, text, "REQUEST", "should"), coded(pipe, text)


def test_a_bundle_of_condemned_names_with_no_recipient(pipe):
    # a bundle named with no owner still carries the verdict, as the bare adjective does
    text = 'The farmers\' union called the farm package "a set of reckless bills" on Monday.'
    assert _typed(pipe, text, "ACCUSE", "reckless"), coded(pipe, text)


def test_praise_of_ones_own_stays(pipe):
    # control: the speaker's-own check is for faulting and asking only; praise a named
    # party puts on someone a pronoun owns is still praise
    text = "Senator Rosa Hill praised the statement calling her son a hero."
    assert _typed(pipe, text, "SUPPORT", "hero"), coded(pipe, text)


# An article whose lead tells an act and whose body a verdict read indirectly (a
# condemning adjective on a plain name) that the main act's ranking would put first.
_LEAD_AND_VERDICT = (
    "Governor Lena Ortiz of Oregon on Monday signed a law that caps rents in the state. "
    "The law takes effect in March. Landlord groups had lobbied against the cap for "
    "months. Senator Paul Reed called the law a reckless scheme that would drive owners "
    "out of the market.")
# Control: the same body verdict told directly ("called the law illegal").
_LEAD_AND_DIRECT_VERDICT = _LEAD_AND_VERDICT.replace("a reckless scheme", "illegal")


def _keys_flagged_and_not(pipe, monkeypatch, text):
    import dataclasses

    from made_up import events_of
    from newsbrief.events import coding

    flagged = events_of(pipe, text, "2026-12-06")
    marked = coding._marked_unranked
    monkeypatch.setattr(coding, "_marked_unranked", lambda doc, said: dataclasses.replace(
        marked(doc, said), unranked=False))
    plain = events_of(pipe, text, "2026-12-06")
    return flagged, plain


def test_an_indirect_verdict_takes_no_main_act_mark(pipe, monkeypatch):
    from made_up import by_trigger

    flagged, plain = _keys_flagged_and_not(pipe, monkeypatch, _LEAD_AND_VERDICT)
    verdict = by_trigger(flagged, "reckless")
    assert verdict.type == "ACCUSE" and not verdict.key
    assert by_trigger(flagged, "signed").key
    # read as a direct verdict, the body's criticism would take the lead's mark
    assert by_trigger(plain, "reckless").key and not by_trigger(plain, "signed").key
    # its own score is the one it has when read directly
    assert verdict.confidence == by_trigger(plain, "reckless").confidence


def test_control_a_direct_verdict_is_ranked_as_before(pipe, monkeypatch):
    from made_up import by_trigger

    flagged, plain = _keys_flagged_and_not(pipe, monkeypatch, _LEAD_AND_DIRECT_VERDICT)
    assert by_trigger(flagged, "illegal").type == "ACCUSE"
    assert [(ev.id, ev.key, ev.confidence) for ev in flagged] == \
        [(ev.id, ev.key, ev.confidence) for ev in plain]


def _modal_of(text):
    return "should" if " should " in text else "must"


# A pronoun owns the speaker's opponents or another group's people as often as the
# speaker's own institution: a demand on them is made of another party.
@pytest.mark.parametrize("text, target", [
    ("Senator Omar Vance said his opponent should retract the attack mailers.",
     "his opponent"),
    ("Governor Ines Morel said her critics must stop spreading rumors about the budget.",
     "her critics"),
    ("Farmers blocked the port road on Tuesday. Mayor Karl Obi said their leaders must "
     "end the blockade by noon.", "their leaders"),
    ("Nurses walked out at the county hospital on Monday. Health Minister Rosa Lind said "
     "their union must return to the table.", "their union"),
])
def test_a_demand_on_the_speakers_opponents_stays(pipe, text, target):
    found = _typed(pipe, text, "REQUEST", _modal_of(text))
    assert any(target in recipient for _actor, recipient in found), coded(pipe, text)


def test_control_a_demand_on_ones_own_campaign_is_none(pipe):
    # control, none on both: the speaker's own campaign asked
    text = "Senator Ines Morel said her campaign should apologize for the mailers."
    assert not _typed(pipe, text, "REQUEST", "should"), coded(pipe, text)


# A court word that is another office's portfolio ("Minister of Justice") or an office
# held before ("former judge") makes no court: the speaker's demand stays.
@pytest.mark.parametrize("text", [
    "Workers rallied outside the office of Minister of Justice Omar Haddad, who said on "
    "Tuesday that the police must release the students.",
    "Former judge Carla Mendes, who said on Tuesday that the mayor must resign, is running "
    "for the council.",
])
def test_no_court_in_a_portfolio_or_a_former_office(pipe, text):
    assert _typed(pipe, text, "REQUEST", "must"), coded(pipe, text)


# An adjective that classifies an act named before the measure ("illegal immigration",
# "reckless driving") is the measure's topic, no verdict on it.
@pytest.mark.parametrize("text", [
    "The mayor called the new code a reckless driving law for teenagers.",
    "Senator Omar Vance called the bill an illegal immigration measure for the border.",
])
def test_an_adjective_classifying_an_act_is_no_verdict(pipe, text):
    assert not any(t == "ACCUSE" for t, *_ in coded(pipe, text)), coded(pipe, text)


def test_control_an_adjective_before_a_thing_stays_a_verdict(pipe):
    # control, on both: "reckless" judges a spending plan
    text = "The senator called the budget a reckless spending plan."
    assert _typed(pipe, text, "ACCUSE", "reckless"), coded(pipe, text)


def test_the_act_of_administering_is_no_party(pipe):
    text = "Pharmacists said the administration of the sedative to patients was inappropriate."
    assert not any("the administration" in r for _a, r in
                   _typed(pipe, text, "ACCUSE", "inappropriate")), coded(pipe, text)


def test_control_the_administration_of_a_president_is_asked(pipe):
    # control, on both: the executive named with its head's name is asked
    text = "Senator Ana Ruiz said the administration of President Tate must release the report."
    assert _typed(pipe, text, "REQUEST", "must"), coded(pipe, text)


def test_a_bundle_on_a_document_tells_its_contents(pipe):
    text = "Aid workers described the navy's dossier as a list of crimes committed by the rebels."
    assert not any(t == "ACCUSE" for t, *_ in coded(pipe, text)), coded(pipe, text)


def test_control_a_document_called_a_list_of_lies_is_denied(pipe):
    # control, on both: what the document holds called untrue denies it
    text = "The senator called the navy's file a list of lies."
    assert _typed(pipe, text, "REJECT", "lies"), coded(pipe, text)
