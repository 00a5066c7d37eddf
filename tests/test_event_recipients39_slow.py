"""recip39 (stop 39): an organisation or a person named just before a document or a
request that is acted on wrote or made it, and is the act's recipient ("denied a
Daily Herald report", "spurned the House request"), through spaCy's real parse and the
whole pipeline, on sentences made up for the test. A body of the doer's own country
named so is another party, not the doer's own side. Each positive case fails before the
change; the controls (marked) pass on both."""

from __future__ import annotations

import pytest

from made_up import events_of

pytestmark = pytest.mark.slow


def _recipients(pipe, text, trigger):
    found = [ev for ev in events_of(pipe, text, "2026-12-06")
             if ev.trigger and ev.trigger.text == trigger]
    assert found, [(ev.type, ev.trigger and ev.trigger.text) for ev in events_of(pipe, text)]
    return [r.text for r in found[0].recipient]


@pytest.mark.parametrize("text, trigger, recipient", [
    ("The governor denied a Daily Herald report that he had skipped the vote.", "denied",
     "Daily Herald"),
    ("The senator rejected a fresh New York Times report on her plans to quit.", "rejected",
     "New York Times"),
    # the author is of the doer's country: another party, not the doer's own side
    ("On Monday Senate Democrats flatly spurned the House request.", "spurned", "House"),
])
def test_the_named_author_of_a_report_or_request_acted_on_is_the_recipient(
        pipe, text, trigger, recipient):
    assert any(recipient in r for r in _recipients(pipe, text, trigger))


@pytest.mark.parametrize("text, trigger", [
    # controls (pass on main too): a name before a programme says what it is; a state
    # before a proposal is `_owners`'s, the doer's own state its sender
    ("The senator criticized the Medicare program on Monday.", "criticized"),
    ("Washington rejected the U.S. proposal on Monday.", "rejected"),
])
def test_a_name_before_other_things_or_a_state_of_the_doer_names_no_author(pipe, text, trigger):
    assert _recipients(pipe, text, trigger) == []


def test_a_report_put_out_is_not_acted_on_by_its_issuer(pipe):
    # a control (passes on main too): issuing the Pentagon report does nothing to it
    found = [ev for ev in events_of(pipe, "The senator released the Pentagon report on Monday.",
                                    "2026-12-06")
             if ev.trigger and ev.trigger.text == "released"]
    assert all("Pentagon" not in r.text for ev in found for r in ev.recipient)


@pytest.mark.parametrize("text, trigger, name", [
    # fixR39 (review 40A, items 5 and 6): a name before "report" is as often the report's
    # topic, a person or a firm; "release" is as often a prisoner's release. Each failed
    # on a9de5e4 (the name was the recipient).
    ("The Justice Department on Tuesday denied the Epstein report, calling it inaccurate.",
     "denied", "Epstein"),
    ("The ministry on Tuesday denied the Wagner report, saying no Russian troops were in "
     "Mali.", "denied", "Wagner"),
    ("The ministry on Tuesday dismissed the Boeing report as speculation.", "dismissed",
     "Boeing"),
    ("The prime minister on Tuesday welcomed the Griner release and thanked the Emirati "
     "mediators.", "welcomed", "Griner"),
])
def test_a_name_before_a_report_or_a_release_that_names_no_publisher_is_no_author(
        pipe, text, trigger, name):
    assert all(name not in r for r in _recipients(pipe, text, trigger))


@pytest.mark.parametrize("text, trigger, recipient", [
    # controls (pass on a9de5e4 too): a publishing body before a report, a person before
    # a proposal, made them
    ("The minister rejected the Human Rights Watch report on Monday.", "rejected",
     "Human Rights Watch"),
    ("The minister rejected the Sanders proposal on Monday.", "rejected", "Sanders"),
])
def test_control_a_publisher_before_a_report_or_a_person_before_a_proposal_is_its_author(
        pipe, text, trigger, recipient):
    assert any(recipient in r for r in _recipients(pipe, text, trigger))
