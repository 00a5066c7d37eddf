"""Issue 11, recip34 lane (stop 33, round 2). Recipients: a relative pronoun that is the object of
its clause's verb stands for the noun the clause modifies ("X, which Y accuses of
...": X is acted on). Actors: unnamed armed men who seize or storm a place named as
the act's object are of that place's country. A threat on a condition ("warned that it
would respond if X ...") is aimed at the condition's subject. Hand-built parses (as the small model parses these lines);
sentences made up."""

from __future__ import annotations

import pytest

from newsbrief.events.arguments import verb_arguments
from newsbrief.records import Article

from parses import parse, with_names
from parses import word as _word


def _someone(tok) -> bool:
    return tok.lower_ in {"envoy", "government", "ministry"} or \
        tok.ent_type_ in ("GPE", "NORP", "PERSON")


# "The talks stalled over Norway, which Sweden accused of spying."
WHICH_ACCUSED = """
The the DET DT det 1
talks talk NOUN NNS ROOT 1
stalled stall VERB VBN acl 1
over over ADP IN prep 2
Norway Norway PROPN NNP pobj 3
, , PUNCT , punct 4
which which PRON WDT dobj 8
Sweden Sweden PROPN NNP nsubj 8
accused accuse VERB VBD relcl 4
of of ADP IN prep 8
spying spy VERB VBG pobj 9
. . PUNCT . punct 1
"""

# "The ministry expelled the envoy, whom the government summoned."
WHOM_SUMMONED = """
The the DET DT det 1
ministry ministry NOUN NN nsubj 2
expelled expel VERB VBD ROOT 2
the the DET DT det 4
envoy envoy NOUN NN dobj 2
, , PUNCT , punct 4
whom whom PRON WP dobj 9
the the DET DT det 8
government government NOUN NN nsubj 9
summoned summon VERB VBD relcl 4
. . PUNCT . punct 2
"""

# "Sweden accused Norway, which denied it." (the pronoun is the clause's subject)
WHICH_SUBJECT = """
Sweden Sweden PROPN NNP nsubj 1
accused accuse VERB VBD ROOT 1
Norway Norway PROPN NNP dobj 1
, , PUNCT , punct 2
which which PRON WDT nsubj 5
denied deny VERB VBD relcl 2
it it PRON PRP dobj 5
. . PUNCT . punct 1
"""


def test_an_object_which_is_the_state_its_clause_modifies():
    doc = with_names(parse(WHICH_ACCUSED), "Norway", "Sweden")
    args = verb_arguments(_word(doc, "accused"), _someone)
    assert [t.text for t in args.actor] == ["Sweden"]
    assert [t.text for t in args.recipient] == ["Norway"]


def test_an_object_whom_is_the_person_its_clause_modifies():
    doc = parse(WHOM_SUMMONED)
    args = verb_arguments(_word(doc, "summoned"), _someone)
    assert [t.text for t in args.recipient] == ["envoy"]


def test_a_subject_which_is_no_recipient_of_its_own_clause():
    # control: the clause's own subject stays its doer; "it" is no one
    doc = with_names(parse(WHICH_SUBJECT), "Norway", "Sweden")
    args = verb_arguments(_word(doc, "denied"), _someone)
    assert [t.text for t in args.actor] == ["Norway"]
    assert not args.recipient


# "Armed militias seized the capital Tripoli." (the place is the object's appositive)
SEIZED_CAPITAL = """
Armed armed ADJ JJ amod 1
militias militia NOUN NNS nsubj 2
seized seize VERB VBD ROOT 2
the the DET DT det 4
capital capital NOUN NN dobj 2
Tripoli Tripoli PROPN NNP appos 4
. . PUNCT . punct 2
"""

# "Armed militias seized the tanker." (no place struck)
SEIZED_TANKER = """
Armed armed ADJ JJ amod 1
militias militia NOUN NNS nsubj 2
seized seize VERB VBD ROOT 2
the the DET DT det 4
tanker tanker NOUN NN dobj 2
. . PUNCT . punct 2
"""


def test_a_place_that_is_the_object_of_an_act_is_where_it_strikes():
    from newsbrief.events.actorrefs import _place_struck

    doc = with_names(parse(SEIZED_CAPITAL), "Tripoli")
    assert _place_struck(_word(doc, "seized")) == "LBY"
    assert _place_struck(_word(parse(SEIZED_TANKER), "seized")) is None


@pytest.mark.slow
def test_unnamed_armed_men_who_seize_a_city_are_of_its_country(pipe):
    text = "Armed militias seized the capital Tripoli during the spring."
    got = list(pipe.analyse([Article(id="r34", origin="-", text=text,
                                         published="2021-03-02")]))[0]
    hits = [e for e in got.events if e.type == "ASSAULT"]
    assert hits and [r.country for r in hits[0].actor] == ["LBY"]


# "Russia threatened that it would respond if Poland hosted the missiles."
THREAT_IF = """
Russia Russia PROPN NNP nsubj 1
threatened threaten VERB VBD ROOT 1
that that SCONJ IN mark 5
it it PRON PRP nsubj 5
would would AUX MD aux 5
respond respond VERB VB ccomp 1
if if SCONJ IN mark 8
Poland Poland PROPN NNP nsubj 8
hosted host VERB VBD advcl 5
the the DET DT det 10
missiles missile NOUN NNS dobj 8
. . PUNCT . punct 1
"""

# "Russia warned that Poland would pay a price." (no condition: the clause's subject)
WARNED_PLAIN = """
Russia Russia PROPN NNP nsubj 1
warned warn VERB VBD ROOT 1
that that SCONJ IN mark 5
Poland Poland PROPN NNP nsubj 5
would would AUX MD aux 5
pay pay VERB VB ccomp 1
a a DET DT det 7
price price NOUN NN dobj 5
. . PUNCT . punct 1
"""


def test_a_threat_on_a_condition_is_aimed_at_the_conditions_subject():
    doc = with_names(parse(THREAT_IF), "Russia", "Poland")
    args = verb_arguments(_word(doc, "threatened"), _someone)
    assert [t.text for t in args.recipient] == ["Poland"]


def test_a_warning_with_no_condition_keeps_its_clauses_subject():
    doc = with_names(parse(WARNED_PLAIN), "Russia", "Poland")
    args = verb_arguments(_word(doc, "warned"), _someone)
    assert [t.text for t in args.recipient] == ["Poland"]


# "Armed militias attacked Iraq." (a whole state: no town to place them in)
ATTACKED_STATE = """
Armed armed ADJ JJ amod 1
militias militia NOUN NNS nsubj 2
attacked attack VERB VBD ROOT 2
Iraq Iraq PROPN NNP dobj 2
. . PUNCT . punct 2
"""


def test_a_whole_state_struck_places_no_armed_men():
    from newsbrief.events.actorrefs import _place_struck

    doc = with_names(parse(ATTACKED_STATE), "Iraq")
    assert _place_struck(_word(doc, "attacked")) is None
