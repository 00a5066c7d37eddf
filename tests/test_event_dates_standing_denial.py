"""dates18b: a denial or refusal told in the simple present in a story's body ("Norway
denies the claims", "something both deny") is a stance held over time, not an act of the
publication day: undated (`undated._standing_denial`, list `standing_denials`). Other acts
in the present keep the publication day, and so does a denial said by its speaker of
itself ("We deny the claims"). Hand-built parses, sentences made up."""

from __future__ import annotations

from newsbrief.events import undated

from fake_stages import build, coder_with, extract, named_states, timex, with_tags
from dating_helpers import body, dates_by_type, lead_day, news  # noqa: F401  (fixtures)

WORDS = coder_with({"deny": ("REJECT", "120", None), "rebuff": ("REJECT", "120", None)})
NAMES = ["Norway", "Sweden", "Finland"]


def _story(verb: str, lemma: str, subject: str = "Norway Norway PROPN nsubj 1 B-GPE"):
    """"<subject> <verb> Sweden's claims. On Thursday, Norway accused Finland." """
    return [
        subject, f"{verb} {lemma} VERB ROOT 1",
        "Sweden Sweden PROPN poss 4 B-GPE", "'s 's PART case 2", "claims claim NOUN dobj 1",
        ". . PUNCT punct 1",
        "On on ADP prep 10", "Thursday Thursday PROPN pobj 6 B-DATE", ", , PUNCT punct 10",
        "Norway Norway PROPN nsubj 10 B-GPE", "accused accuse VERB ROOT 10",
        "Finland Finland PROPN dobj 10 B-GPE", ". . PUNCT punct 10",
    ]


def _reject(rows, tag="VBZ"):
    doc = with_tags(build(rows), {1: tag, 10: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 7, 8, "2024-12-05")],
                         coder=WORDS))
    return got["REJECT"]


def test_a_denial_told_in_the_present_in_the_body_is_undated(body, news, lead_day):
    assert _reject(_story("denies", "deny")) == (None, "none")


def test_another_act_told_in_the_present_keeps_the_publication_day(body, news, lead_day):
    # the same parse with a verb not on the list: the state of things on that day
    assert _reject(_story("rebuffs", "rebuff")) == ("2024-12-05", "published")


def test_a_denial_said_by_its_speaker_of_itself_is_the_statement_of_the_day():
    doc = with_tags(build(_story("deny", "deny", "We we PRON nsubj 1")), {1: "VBP", 10: "VBD"})
    assert not undated._standing_denial(doc[1])
    doc = with_tags(build(_story("deny", "deny", "They they PRON nsubj 1")), {1: "VBP", 10: "VBD"})
    assert undated._standing_denial(doc[1])


def test_a_denial_going_on_or_told_in_the_past_is_not_a_standing_one():
    for verb, tag in (("denying", "VBG"), ("denied", "VBD")):
        doc = with_tags(build(_story(verb, "deny")), {1: tag, 10: "VBD"})
        assert not undated._standing_denial(doc[1]), verb
