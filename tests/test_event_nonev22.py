"""Non-events the abw- judges found kept (nonev22). Hand-built parses (no model);
sentences made up."""

from __future__ import annotations

import pytest

from parses import coded_type as typed

CALLS = [
    # "Lee called on Christmas Eve to say he was safe ." ("Christmas Eve" a holiday: a day,
    # not someone called on)
    pytest.param(
        "Lee/lee/PROPN/1/nsubj/NNP/PERSON called/call/VERB/1/ROOT/VBD on/on/ADP/1/prep "
        "Christmas/christmas/PROPN/4/compound/NNP/EVENT Eve/eve/PROPN/2/pobj/NNP/EVENT "
        "to/to/PART/6/aux/TO say/say/VERB/1/advcl/VB he/he/PRON/8/nsubj/PRP "
        "was/be/AUX/6/ccomp/VBD safe/safe/ADJ/8/acomp/JJ",
        1, None, id="a_call_on_a_holiday_to_say_something_is_no_appeal"),
    # controls: "Lee called to say he was safe ." is no appeal either (so on main already)
    pytest.param(
        "Lee/lee/PROPN/1/nsubj/NNP/PERSON called/call/VERB/1/ROOT/VBD "
        "to/to/PART/3/aux/TO say/say/VERB/1/advcl/VB he/he/PRON/5/nsubj/PRP "
        "was/be/AUX/3/ccomp/VBD safe/safe/ADJ/5/acomp/JJ",
        1, None, id="a_call_to_say_something_is_no_appeal"),
    # "Lee called Kim to congratulate her .": a phone call between the two
    pytest.param(
        "Lee/lee/PROPN/1/nsubj/NNP/PERSON called/call/VERB/1/ROOT/VBD "
        "Kim/kim/PROPN/1/dobj/NNP/PERSON to/to/PART/4/aux/TO "
        "congratulate/congratulate/VERB/1/advcl/VB her/she/PRON/4/dobj/PRP",
        1, "CONSULT", id="a_call_to_someone_to_congratulate_is_a_phone_call"),
    # "Lee called on Kim to resign ." and "Lee called for talks ." are appeals
    pytest.param(
        "Lee/lee/PROPN/1/nsubj/NNP/PERSON called/call/VERB/1/ROOT/VBD on/on/ADP/1/prep "
        "Kim/kim/PROPN/2/pobj/NNP/PERSON to/to/PART/5/aux/TO resign/resign/VERB/1/advcl/VB",
        1, "REQUEST", id="a_call_on_someone_to_act_stays_an_appeal"),
    pytest.param(
        "Lee/lee/PROPN/1/nsubj/NNP/PERSON called/call/VERB/1/ROOT/VBD "
        "for/for/ADP/1/prep talks/talk/NOUN/2/pobj/NNS",
        1, "REQUEST", id="a_call_for_something_stays_an_appeal"),
]


SHOWN = [
    # "Guards used gas and warning shots to scatter the crowd ." with "warning" parsed as a
    # verb taking "shots": a kind of shot, no demand
    pytest.param(
        "Guards/guard/NOUN/1/nsubj/NNS used/use/VERB/1/ROOT/VBD gas/gas/NOUN/1/dobj/NN "
        "and/and/CCONJ/1/cc/CC warning/warn/VERB/1/conj/VBG shots/shot/NOUN/4/dobj/NNS "
        "to/to/PART/7/aux/TO scatter/scatter/VERB/4/advcl/VB the/the/DET/9/det/DT "
        "crowd/crowd/NOUN/7/dobj/NN",
        4, None, id="warning_shots_parsed_as_a_verb_are_no_demand"),
    # "Lee wounded Kim .": one person wounding another, no force anywhere: a figure
    pytest.param(
        "Lee/lee/PROPN/1/nsubj/NNP/PERSON wounded/wound/VERB/1/ROOT/VBD "
        "Kim/kim/PROPN/1/dobj/NNP/PERSON",
        1, None, id="a_wounding_in_words_is_no_assault"),
    # controls: "Lee wounded Kim with a knife .", "Lee wounded 20 ."
    pytest.param(
        "Lee/lee/PROPN/1/nsubj/NNP/PERSON wounded/wound/VERB/1/ROOT/VBD "
        "Kim/kim/PROPN/1/dobj/NNP/PERSON with/with/ADP/1/prep/IN a/a/DET/5/det/DT "
        "knife/knife/NOUN/3/pobj/NN",
        1, "ASSAULT", id="a_wounding_with_a_weapon_stays"),
    pytest.param(
        "Lee/lee/PROPN/1/nsubj/NNP/PERSON wounded/wound/VERB/1/ROOT/VBD "
        "20/20/NUM/1/dobj/CD",
        1, "ASSAULT", id="a_count_wounded_stays"),
    # control: "Guards warned the crowd to scatter ." is a demand
    pytest.param(
        "Guards/guard/NOUN/1/nsubj/NNS warned/warn/VERB/1/ROOT/VBD the/the/DET/3/det/DT "
        "crowd/crowd/NOUN/1/dobj/NN to/to/PART/5/aux/TO scatter/scatter/VERB/1/xcomp/VB",
        1, "REQUEST", id="warning_someone_to_act_stays_a_demand"),
]


@pytest.mark.parametrize(("spec", "at", "expected"), SHOWN)
def test_warning_shots_and_wounds_in_words_are_no_act(spec, at, expected):
    assert typed(spec, at) == expected


@pytest.mark.parametrize(("spec", "at", "expected"), CALLS)
def test_a_call_to_say_something_is_no_appeal(spec, at, expected):
    assert typed(spec, at) == expected


# Victims counted over years: a running total, not an act told (modality.tally).
# Rows "word lemma POS TAG dep head".
_ONE_OF = ["Lee Lee PROPN NNP nsubj 1", "was be AUX VBD ROOT 1", "one one NUM CD attr 1",
           "of of ADP IN prep 2", "44 44 NUM CD nummod 5", "soldiers soldier NOUN NNS pobj 3",
           "killed kill VERB VBN acl 5"]
TALLIES = [
    # "Lee was one of 44 soldiers killed since the war began in 2001 ."
    (_ONE_OF + ["since since SCONJ IN mark 10", "the the DET DT det 9",
                "war war NOUN NN nsubj 10", "began begin VERB VBD advcl 6",
                "in in ADP IN prep 10", "2001 2001 NUM CD pobj 11", ". . PUNCT . punct 1"],
     6, "since"),
    # "More than 900 people have died since 2015 ."
    (["More more ADJ JJR amod 2", "than than ADP IN quantmod 2", "900 900 NUM CD nummod 3",
      "people people NOUN NNS nsubj 5", "have have AUX VBP aux 5", "died die VERB VBN ROOT 5",
      "since since ADP IN prep 5", "2015 2015 NUM CD pobj 6", ". . PUNCT . punct 5"],
     5, "since"),
    # "Some 300 people were killed over the past decade ."
    (["Some some DET DT advmod 1", "300 300 NUM CD nummod 2", "people people NOUN NNS nsubjpass 4",
      "were be AUX VBD auxpass 4", "killed kill VERB VBN ROOT 4", "over over ADP IN prep 4",
      "the the DET DT det 8", "past past ADJ JJ amod 8", "decade decade NOUN NN pobj 5",
      ". . PUNCT . punct 4"],
     4, "since"),
    # controls: a count since a day is the news of those days ("killed since Friday")
    (["Some some DET DT advmod 1", "300 300 NUM CD nummod 2", "people people NOUN NNS nsubjpass 4",
      "were be AUX VBD auxpass 4", "killed kill VERB VBN ROOT 4", "since since ADP IN prep 4",
      "Friday Friday PROPN NNP pobj 5", ". . PUNCT . punct 4"],
     4, None),
    # a named victim since a year is no count ("Kim has been jailed since 2019": the
    # jailing is old news, but no tally)
    (["Kim Kim PROPN NNP nsubjpass 3", "has have AUX VBZ aux 3", "been be AUX VBN auxpass 3",
      "jailed jail VERB VBN ROOT 3", "since since ADP IN prep 3", "2019 2019 NUM CD pobj 4",
      ". . PUNCT . punct 3"],
     3, None),
    # a record's "since": "killed 44 soldiers in the worst attack since 2001"
    (["Militants militant NOUN NNS nsubj 1", "killed kill VERB VBD ROOT 1",
      "44 44 NUM CD nummod 3", "soldiers soldier NOUN NNS dobj 1", "in in ADP IN prep 1",
      "the the DET DT det 7", "worst bad ADJ JJS amod 7", "attack attack NOUN NN pobj 4",
      "since since ADP IN prep 1", "2001 2001 NUM CD pobj 8", ". . PUNCT . punct 1"],
     1, None),
    # the same count with no span back in time
    (_ONE_OF + ["in in ADP IN prep 6", "Kabul Kabul PROPN NNP pobj 7", ". . PUNCT . punct 1"],
     6, None),
]


@pytest.mark.parametrize(("rows", "at", "expected"), TALLIES)
def test_victims_counted_over_years_are_a_tally(rows, at, expected):
    from newsbrief.events.modality import tally
    from test_modality import build_tagged
    assert tally(build_tagged(rows)[at]) == expected


def test_a_tally_makes_no_record_but_the_same_act_on_a_day_does():
    from newsbrief.actors import resolve_actor_text
    from newsbrief.events.coding import Coding
    from newsbrief.events.extract import extract_events
    from newsbrief.records import Article
    from fake_stages import build

    def killing(doc, token, source=None, target=None):
        if token.lemma_ != "kill":
            return None
        return Coding("ASSAULT", None, None, "190", 0.8, (token.idx, token.idx + len(token.text)))

    def records(when: list[str]):
        # "Militants killed 40 villagers <when> ."
        doc = build(["Militants militant NOUN nsubj 1", "killed kill VERB ROOT 1",
                     "40 40 NUM nummod 3", "villagers villager NOUN dobj 1"]
                    + when + [". . PUNCT punct 1"])
        article = Article(id="a1", origin="test", text=doc.text, published="2024-12-05")
        return extract_events(doc, article, [], (), coder=killing, resolver=resolve_actor_text)

    assert list(records(["since since ADP prep 1", "2010 2010 NUM pobj 4"])) == []
    assert [e.type for e in records(["on on ADP prep 1", "Friday Friday PROPN pobj 4"])] == \
        ["ASSAULT"]


# A photo caption with no credit line (furniture.caption_sentence). Rows "word lemma POS
# TAG dep head [ENT]".
def _sentence(rows):
    from spacy.tokens import Doc
    from test_modality import VOCAB
    cols = [r.split() for r in rows]
    doc = Doc(VOCAB, words=[c[0] for c in cols], lemmas=[c[1] for c in cols],
              pos=[c[2] for c in cols], tags=[c[3] for c in cols],
              deps=[c[4] for c in cols], heads=[int(c[5]) for c in cols],
              ents=[f"B-{c[6]}" if len(c) > 6 else "O" for c in cols])
    return doc[:]


_CORDON = ["Police police NOUN NNS nsubj 1", "cordon cordon VERB VBP ROOT 1",
           "off off ADP RP prt 1", "the the DET DT det 4", "street street NOUN NN dobj 1",
           "Friday Friday PROPN NNP npadvmod 1 DATE"]
_STOP = [". . PUNCT . punct 1"]
# "Police guard the house where Lee arrived Friday ." (the day on the relative clause)
_GUARD = ["Police police NOUN NNS nsubj 1", "guard guard VERB VBP ROOT 1",
          "the the DET DT det 3", "house house NOUN NN dobj 1", "where where SCONJ WRB advmod 6",
          "Lee Lee PROPN NNP nsubj 6", "arrived arrive VERB VBD relcl 3",
          "Friday Friday PROPN NNP npadvmod 6 DATE", ". . PUNCT . punct 1"]


@pytest.mark.parametrize(("rows", "line", "first", "expected"), [
    # "Police cordon off the street Friday ." standing as its own line: a caption
    (_CORDON + _STOP, "Police cordon off the street Friday .", False, True),
    # the same without a closing stop
    (_CORDON, "Police cordon off the street Friday", False, True),
    # the article's first line is its title, not a caption
    (_CORDON, "Police cordon off the street Friday", True, False),
    # a sentence of a longer paragraph is story text
    (_CORDON + _STOP, "Police cordon off the street Friday . More came.", False, False),
    # the past tense is the story's ("Police cordoned off the street Friday .")
    ([r.replace("cordon cordon VERB VBP", "cordoned cordon VERB VBD") for r in _CORDON]
     + _STOP, "Police cordoned off the street Friday .", False, False),
    # no day named
    (_CORDON[:5] + _STOP, "Police cordon off the street .", False, False),
    # a span of time is no day ("... the street for years .")
    (_CORDON[:5] + ["years year NOUN NNS npadvmod 1 DATE"] + _STOP,
     "Police cordon off the street years .", False, False),
    # a present state ("Police remain on the street Friday .") is no caption's act
    (["Police police NOUN NNS nsubj 1", "remain remain VERB VBP ROOT 1",
      "on on ADP IN prep 1", "the the DET DT det 4", "street street NOUN NN pobj 2",
      "Friday Friday PROPN NNP npadvmod 1 DATE"] + _STOP,
     "Police remain on the street Friday .", False, False),
    # the day on another verb of the line, which closes with a stop
    (_GUARD, "Police guard the house where Lee arrived Friday .", False, False),
])
def test_a_present_tense_line_told_on_a_day_is_a_caption(rows, line, first, expected):
    from newsbrief.events.furniture import caption_sentence
    assert caption_sentence(_sentence(rows), line, first=first) is expected
