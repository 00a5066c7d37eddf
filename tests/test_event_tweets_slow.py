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


# fixR (blind review B of the rules above): the notice in its real shape only, the
# owner without the account handles, a post's single-quoted or labelled quote, a colon
# clock's stamp

@pytest.mark.parametrize("opening", [
    # visitors' words on the page: a "by" agent, a comment, no "following" mark
    "The following comments were posted to the Facebook page of Chilean President Marta "
    "Ibarra by readers after her speech. They have been lightly edited. ",
    "Messages of condolence were posted to the Facebook page of Chilean President Marta "
    "Ibarra after the earthquake. Many came from abroad. ",
])
def test_no_owner_for_other_peoples_posts_on_a_page(pipe, opening):
    found = _actors_of(pipe, opening + "We urge Peru to free the two reporters at once.",
                       "REQUEST", "urge")
    assert not [c for c in found if "CHL" in c[3]], found


def test_a_story_that_opens_on_one_post_gives_the_reporters_we_no_owner(pipe):
    text = ("A short message was posted to the Twitter account of President Emmanuel Macron "
            "late on Sunday night. Its tone surprised many in Paris.\n\nWe asked the Elysee to "
            "explain the post, but it declined to comment.")
    assert not [c for c in _coded(pipe, text) if "FRA" in c[3] and c[1] == "asked"]


_REUTERS_LIKE = ("The following statements were all posted on the official Twitter accounts of "
                 "Chilean President Marta Ibarra, @MartaIbarra and @PresidenciaCL. The "
                 "opinions expressed are her own.\n\n")


def test_the_accounts_handles_are_no_doers(pipe):
    found = _actors_of(pipe, _REUTERS_LIKE + "[0730 EST] - We urge Peru to free the two "
                       "reporters at once.", "REQUEST", "urge")
    assert found and found[0][2] and not [a for a in found[0][2] if a.startswith("@")], found
    assert "CHL" in found[0][3], found


def test_control_the_following_statements_notice_gives_the_owner(pipe):
    found = _actors_of(pipe, _REUTERS_LIKE + "We urge Peru to free the two reporters at "
                       "once.", "REQUEST", "urge")
    assert found and "CHL" in found[0][3], found


@pytest.mark.parametrize("post", [
    "Great words from the mayor of Lima: 'We urge Peru to free the reporters.'",
    "Mayor Rosa Quispe: We urge Peru to free the reporters.",
])
def test_a_post_quoting_in_single_quotes_or_after_a_label_is_not_the_owners(pipe, post):
    assert not [c for c in _coded(pipe, _NOTICE + post) if "CHL" in c[3] and c[1] == "urge"]


def test_a_colon_clock_stamp_is_no_doer_and_the_owner_is(pipe):
    text = _REUTERS_LIKE + "9:14 a.m. EST - Just spoke to President Lula of Brazil about the fires."
    found = _actors_of(pipe, text, "CONSULT", "spoke")
    assert found and found[0][3] == ["CHL"], found


def test_a_retweet_is_the_handles_words_not_the_owners(pipe):
    text = _REUTERS_LIKE + "RT @GobiernoPE: We strongly condemn the attack on the border post."
    assert not [c for c in _coded(pipe, text) if "CHL" in c[3] and c[1] == "condemn"]
