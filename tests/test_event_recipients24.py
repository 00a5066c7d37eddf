"""Issue 11, recip24 lane: the target of a threatened act: the owner of what a
threat's infinitive acts on, and the goods a threatened trade measure is laid on.
Hand-built parses (as the small model parses these lines); sentences made up."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from newsbrief.records import Article

from parses import argument_readers, parse
from parses import word as _word

PEOPLE = {"council", "minister", "makers"}


def _someone(tok) -> bool:
    return tok.lower_ in PEOPLE or tok.ent_type_ in ("GPE", "NORP")


_verb, _noun = argument_readers(_someone)


def _with_demonym(rows: str, word: str):
    doc = parse(rows)
    at = _word(doc, word).i
    doc.ents = [Span(doc, at, at + 1, label="NORP")]
    return doc


# "The council threatened to impose duties on Chilean wine makers."
DUTIES_ON_MAKERS = """
The the DET DT det 1
council council NOUN NN nsubj 2
threatened threaten VERB VBD ROOT 2
to to PART TO aux 4
impose impose VERB VB xcomp 2
duties duty NOUN NNS dobj 4
on on ADP IN prep 4
Chilean chilean ADJ JJ amod 9
wine wine NOUN NN compound 9
goods good NOUN NNS pobj 6
. . PUNCT . punct 2
"""


def test_a_threatened_measure_is_aimed_at_the_state_of_the_goods_it_hits():
    args = _verb(_word(_with_demonym(DUTIES_ON_MAKERS, "Chilean"), "threatened"))
    assert [t.text for t in args.actor] == ["council"]
    assert [t.text for t in args.recipient] == ["Chilean"]


def test_a_threatened_measure_on_someone_is_aimed_at_them():
    rows = DUTIES_ON_MAKERS.replace("goods good NOUN", "makers maker NOUN")
    args = _verb(_word(_with_demonym(rows, "Chilean"), "threatened"))
    assert [t.text for t in args.recipient] == ["makers"]


# "The council threatened to impose duties on wine."
DUTIES_ON_WINE = """
The the DET DT det 1
council council NOUN NN nsubj 2
threatened threaten VERB VBD ROOT 2
to to PART TO aux 4
impose impose VERB VB xcomp 2
duties duty NOUN NNS dobj 4
on on ADP IN prep 4
wine wine NOUN NN pobj 6
. . PUNCT . punct 2
"""


def test_a_measure_on_goods_of_no_one_named_has_no_target():
    assert _verb(_word(parse(DUTIES_ON_WINE), "threatened")).recipient == ()


# "The council threatened to discuss the tax on Chilean wine." ("on" after no measure
# names a topic)
DISCUSS_ON = """
The the DET DT det 1
council council NOUN NN nsubj 2
threatened threaten VERB VBD ROOT 2
to to PART TO aux 4
discuss discuss VERB VB xcomp 2
the the DET DT det 6
report report NOUN NN dobj 4
on on ADP IN prep 4
Chilean chilean ADJ JJ amod 9
wine wine NOUN NN pobj 7
. . PUNCT . punct 2
"""


def test_on_after_no_measure_names_no_target():
    assert _verb(_word(_with_demonym(DISCUSS_ON, "Chilean"), "threatened")).recipient == ()


# "The minister repeated a threat to shell the Chilean port."
THREAT_TO_SHELL = """
The the DET DT det 1
minister minister NOUN NN nsubj 2
repeated repeat VERB VBD ROOT 2
a a DET DT det 4
threat threat NOUN NN dobj 2
to to PART TO aux 6
shell shell VERB VB acl 4
the the DET DT det 9
Chilean chilean ADJ JJ compound 9
port port NOUN NN dobj 6
. . PUNCT . punct 2
"""


def test_the_owner_of_what_a_threat_acts_on_is_its_target():
    args = _noun(_word(_with_demonym(THREAT_TO_SHELL, "Chilean"), "threat"))
    assert [t.text for t in args.actor] == ["minister"]
    assert [t.text for t in args.recipient] == ["Chilean"]


# "A threat to shell the Chilean port was made." (no doer named: no target either,
# as for a verb's purpose clause)
NO_DOER = """
A a DET DT det 1
threat threat NOUN NN nsubjpass 7
to to PART TO aux 3
shell shell VERB VB acl 1
the the DET DT det 6
Chilean chilean ADJ JJ compound 6
port port NOUN NN dobj 3
was be AUX VBD auxpass 7
made make VERB VBN ROOT 7
. . PUNCT . punct 7
"""


def test_a_threat_with_no_doer_gets_no_owner_as_target():
    assert _noun(_word(_with_demonym(NO_DOER, "Chilean"), "threat")).recipient == ()


@pytest.mark.slow
def test_a_threatened_tariff_on_foreign_goods_targets_their_state(pipe):
    text = "Chile has threatened to impose a steep tariff on Peruvian fishing boats next year."
    got = list(pipe.analyse([Article(id="r24", origin="-", text=text,
                                         published="2021-03-02")]))[0]
    threat = [e for e in got.events if e.trigger.text == "threatened"]
    assert threat and [r.country for r in threat[0].recipient] == ["PER"]
