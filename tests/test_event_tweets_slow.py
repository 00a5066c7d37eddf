"""tweets (stop 38): a document set out as someone's posts ("These posts were
published on the Twitter account of X", then the posts one after another) is X's own
words, as a quote with a named speaker is: an unquoted I or we in its lines is X, the
actor of the act it tells. Through spaCy's real parse and the whole pipeline, on posts
made up for the test. Each positive case fails before the change; the controls (marked)
pass on both."""

from __future__ import annotations

import pytest

from made_up import events_of

pytestmark = pytest.mark.slow

_NOTICE = ("The posts below were published on the Twitter account of Chilean President "
           "Marta Ibarra. Her office chose them. ")


def _coded(pipe, text, published="2026-12-06"):
    return [(ev.type, ev.trigger.text if ev.trigger else None,
             [a.text for a in ev.actor], [a.country for a in ev.actor])
            for ev in events_of(pipe, text, published)]


def _actors_of(pipe, text, typ, trigger):
    return [c for c in _coded(pipe, text) if c[0] == typ and c[1] == trigger]


@pytest.mark.parametrize("post, typ, trigger", [
    ("We urge Peru to free the two reporters at once.", "REQUEST", "urge"),
    ("I met President Macron of France today to talk about trade.", "CONSULT", "met"),
    ("Tonight we welcome the new trade pact with Canada.", "SUPPORT", "welcome"),
])
def test_an_i_or_we_of_a_posts_document_is_the_accounts_owner(pipe, post, typ, trigger):
    found = _actors_of(pipe, _NOTICE + post, typ, trigger)
    assert found and "CHL" in found[0][3]


def test_a_quote_inside_a_post_is_not_the_owners(pipe):
    # control (passes on main too): a post quoting someone else's "we"
    text = (_NOTICE + "Great words from the Lima mayor: "
            "\u201cWe urge Peru to free the reporters.\u201d")
    assert not [c for c in _coded(pipe, text) if "CHL" in c[3]]


@pytest.mark.parametrize("opening", [
    # controls (pass on main too): no posting notice, or one naming no owner
    "Chilean President Marta Ibarra spoke in Santiago on Monday. ",
    "The posts below were published on the Twitter account of the mayor. ",
    "A video of Chilean President Marta Ibarra was posted online. ",
])
def test_no_owner_without_a_notice_naming_one(pipe, opening):
    found = _actors_of(pipe, opening + "We urge Peru to free the two reporters at once.",
                       "REQUEST", "urge")
    assert not [c for c in found if "CHL" in c[3]]


def test_a_posts_time_stamp_is_no_doer_and_its_left_out_subject_is_the_owner(pipe):
    # the parser takes the stamp for the subject the post leaves out
    text = _NOTICE + "[1120 EST] - Just talked with President Lula of Brazil about the fires."
    found = _actors_of(pipe, text, "CONSULT", "talked")
    assert found and found[0][3] == ["CHL"]


def test_a_time_stamp_is_no_doer_outside_a_posts_document(pipe):
    text = ("Markets closed early. [1120 EST] - Just talked with President Lula of Brazil "
            "about the fires.")
    assert not [c for c in _coded(pipe, text) if any("EST" in a for a in c[2])]
