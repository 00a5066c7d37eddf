"""Issue 11, dates7: an untimed act in the body goes on at the one near day named
earlier in its paragraph, over sentences that name no time; a perfect whose
participle the tagger read as a simple past ("has ordered" tagged VBD) is still a
perfect. Hand-built parses, sentences made up."""

from __future__ import annotations

from fake_stages import build, coder_with, extract, named_states, timex, with_tags
from dating_helpers import body, dates_by_type  # noqa: F401  (fixtures)

NAMES = ["Norway", "Sweden", "Finland"]

# "Crowds gathered outside the embassy on Monday. Police arrived. Norway accused
# Finland." (the parser hangs "on Monday" on the embassy, so it dates no verb)
CROWDS = [
    "Crowds crowd NOUN nsubj 1", "gathered gather VERB ROOT 1", "outside outside ADP prep 1",
    "the the DET det 4", "embassy embassy NOUN pobj 2", "on on ADP prep 4",
    "Monday Monday PROPN pobj 5 B-DATE", ". . PUNCT punct 1",
    "Police police NOUN nsubj 9", "arrived arrive VERB ROOT 9", ". . PUNCT punct 9",
    "Norway Norway PROPN nsubj 12 B-GPE", "accused accuse VERB ROOT 12",
    "Finland Finland PROPN dobj 12 B-GPE", ". . PUNCT punct 12",
]


def test_the_day_named_two_sentences_back_carries_over_an_untimed_one(body):
    doc = with_tags(build(CROWDS), {1: "VBD", 9: "VBD", 12: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 6, 7, "2024-12-02")]))
    assert got["ACCUSE"] == ("2024-12-02", "text")


def test_a_sentence_between_with_a_time_of_its_own_stops_the_carry(body):
    # "... Police arrived on Tuesday. Norway accused Finland."  (its own time, another day)
    rows = CROWDS[:10] + [
        "on on ADP prep 9", "Tuesday Tuesday PROPN pobj 10 B-DATE", ". . PUNCT punct 9",
        "Norway Norway PROPN nsubj 14 B-GPE", "accused accuse VERB ROOT 14",
        "Finland Finland PROPN dobj 14 B-GPE", ". . PUNCT punct 14"]
    doc = with_tags(build(rows), {1: "VBD", 9: "VBD", 14: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 6, 7, "2024-12-02"),
                                                    timex(doc, 11, 12, "2024-12-03")]))
    assert got["ACCUSE"] == ("2024-12-03", "text")


# "Norway has attacked Sweden." / "Norway had attacked Sweden." in the body, with the
# participle tagged as a simple past
def test_a_perfect_with_its_participle_tagged_past_is_background(body):
    for aux in ("has have", "had have"):
        doc = with_tags(build(["Norway Norway PROPN nsubj 2 B-GPE", f"{aux} AUX aux 2",
                          "attacked attack VERB ROOT 2", "Sweden Sweden PROPN dobj 2 B-GPE",
                          ". . PUNCT punct 2"]), {1: "VBZ", 2: "VBD"})
        assert dates_by_type(extract(doc, named_states(doc, NAMES)))["ASSAULT"] == (None, "none"), aux
    # the simple past with no auxiliary is not background by tense alone
    doc = with_tags(build(["Norway Norway PROPN nsubj 1 B-GPE", "attacked attack VERB ROOT 1",
                      "Sweden Sweden PROPN dobj 1 B-GPE", ". . PUNCT punct 1"]), {1: "VBZ"})
    assert dates_by_type(extract(doc, named_states(doc, NAMES)))["ASSAULT"] == ("2024-12-05", "published")


# "Norway recalled the March 3 attack that hurt Sweden." (published 2024-12-05)
DATED_ATTACK = [
    "Norway Norway PROPN nsubj 1 B-GPE", "recalled recall VERB ROOT 1", "the the DET det 5",
    "March March PROPN compound 4 B-DATE", "3 3 NUM nummod 5 I-DATE",
    "attack attack NOUN dobj 1", "that that PRON nsubj 7", "hurt hurt VERB relcl 5",
    "Sweden Sweden PROPN dobj 7 B-GPE", ". . PUNCT punct 1",
]


def test_what_a_dated_event_did_happened_then():
    coder = coder_with({"hurt": ("ASSAULT", "190", None), "recall": ("CONSULT", "040", None)})
    rows = list(DATED_ATTACK)
    doc = with_tags(build(rows), {1: "VBD", 7: "VBD"})
    events = extract(doc, named_states(doc, NAMES), [timex(doc, 3, 5, "2024-03-03")], coder=coder)
    hurt = [e for e in events if e.trigger.text == "hurt"][0]
    assert (hurt.date, hurt.date_source) == ("2024-03-03", "text")
    # an act done to the noun by another ("the March 3 attack that Finland condemned")
    # is not the event's own doing, and the present ("hurts") tells no one day
    rows[6:] = ["that that PRON dobj 8", "Finland Finland PROPN nsubj 8 B-GPE",
                "condemned condemn VERB relcl 5", ". . PUNCT punct 1"]
    doc = with_tags(build(rows), {1: "VBD", 8: "VBD"})
    events = extract(doc, named_states(doc, NAMES), [timex(doc, 3, 5, "2024-03-03")],
                     coder=coder_with({"condemn": ("ACCUSE", "111", None),
                                       "recall": ("CONSULT", "040", None)}))
    condemned = [e for e in events if e.trigger.text == "condemned"]
    assert condemned and condemned[0].date_text != "March 3"
    doc = with_tags(build(DATED_ATTACK), {1: "VBD", 7: "VBZ"})
    events = extract(doc, named_states(doc, NAMES), [timex(doc, 3, 5, "2024-03-03")], coder=coder)
    hurt = [e for e in events if e.trigger.text == "hurt"]
    assert hurt and hurt[0].date != "2024-03-03"


# "On Monday, Sweden lifted a ban on Norway's invasion." (body)
def test_an_act_named_inside_another_noun_does_not_take_the_sentence_time(body):
    rows = ["On on ADP prep 4", "Monday Monday PROPN pobj 0 B-DATE", ", , PUNCT punct 4",
            "Sweden Sweden PROPN nsubj 4 B-GPE", "lifted lift VERB ROOT 4", "a a DET det 6",
            "ban ban NOUN dobj 4", "on on ADP prep 6", "Norway Norway PROPN poss 10 B-GPE",
            "'s 's PART case 8", "invasion invasion NOUN pobj 7", ". . PUNCT punct 4"]
    doc = with_tags(build(rows), {4: "VBD"})
    events = extract(doc, named_states(doc, NAMES), [timex(doc, 1, 2, "2024-12-02")])
    invasion = [e for e in events if e.trigger.text == "invasion"]
    assert invasion and (invasion[0].date, invasion[0].date_source) == (None, "none")
    # the invasion as the verb's own object is done then
    rows[5:11] = ["Norway Norway PROPN poss 7 B-GPE", "'s 's PART case 5",
                  "invasion invasion NOUN dobj 4"]
    rows[8:] = [". . PUNCT punct 4"]
    doc = with_tags(build(rows), {4: "VBD"})
    events = extract(doc, named_states(doc, NAMES), [timex(doc, 1, 2, "2024-12-02")])
    invasion = [e for e in events if e.trigger.text == "invasion"]
    assert invasion and invasion[0].date == "2024-12-02"
