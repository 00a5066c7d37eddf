"""fixU44 (review 45A items 2 and 3): a sentence with no time of its own right after one
set long before the publication day takes that time only when it tells the same act
again (`storytime.StoryTime._retold`). Not when the verb of its family the sentence
before tells sits in a clause describing a noun or in the past perfect (the far time is
another verb's), not when another doer does an act of the kind, not when the object is
counted otherwise, and not when "too" or "as well" marks it as another. Controls (pass
before and after): the same act told again with a pronoun, the same object, or a name
for the one the sentence before described keeps the far time. Through the whole pipeline on made-up pages, published 2019-05-10."""

from __future__ import annotations

import pytest

from made_up import by_trigger, events_of

pytestmark = pytest.mark.slow

LEAD = "The former minister was arrested at his home on Thursday, police said.\n\n"


def _body_date(pipe, body: str, trigger: str):
    ev = by_trigger(events_of(pipe, LEAD + body, "2019-05-10"), trigger, last=True)
    return ev.date, ev.date_text


def test_a_family_verb_in_a_describing_clause_is_not_the_act_told_again(pipe):
    body = ("In 2016, a court jailed a man who had attacked a mosque in the city. Gunmen "
            "attacked a church in the same district, killing three worshippers.")
    assert _body_date(pipe, body, "attacked") == (None, None)


def test_another_doer_of_the_kind_is_another_act(pipe):
    body = ("In March, the army withdrew troops from the border. Rebels withdrew from two "
            "towns, a spokesman said.")
    assert _body_date(pipe, body, "withdrew") == (None, None)


def test_an_object_counted_otherwise_is_another_act(pipe):
    body = ("Last year, the government expelled two Russian diplomats over spying. The "
            "government expelled three Russian diplomats, the foreign ministry said.")
    assert _body_date(pipe, body, "expelled") == (None, None)


def test_too_marks_another_act(pipe):
    # (the same doer and thing: only "too" tells another act)
    body = ("In January, Turkey closed its border crossing with Syria. It closed its crossing "
            "with Iraq too, officials said.")
    assert _body_date(pipe, body, "closed") == (None, None)


def test_as_well_marks_another_act(pipe):
    body = ("In 2017, a court convicted the former mayor of bribery. The court convicted him "
            "of fraud as well.")
    assert _body_date(pipe, body, "convicted") == (None, None)


def test_control_the_same_act_told_again_with_a_pronoun_keeps_the_far_time(pipe):
    body = "In March, a clerk in Lyon was fined for fraud. A judge fined her for forging invoices."
    assert _body_date(pipe, body, "fined") == ("2019-03", "March")


def test_control_the_same_object_told_again_keeps_the_far_time(pipe):
    body = ("In 2015, the police arrested the mayor of the town. Police arrested the mayor "
            "at his office after a long inquiry.")
    assert _body_date(pipe, body, "arrested") == ("2015", "2015")


def test_control_a_name_for_the_one_described_keeps_the_far_time(pipe):
    body = ("In January, a jail inmate was sentenced to four years for lying to police. A "
            "judge in Dayton sentenced Tom Harker on his guilty plea to perjury.")
    assert _body_date(pipe, body, "sentenced") == ("2019-01", "January")
