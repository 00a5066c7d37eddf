"""Issue 11, recip17 lane: whom an investigation looks into, and who hosts a visit.
One rule a test; hand-built parses (as the small model parses these lines); sentences
made up."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from newsbrief.events import extract_events
from newsbrief.events.actorrefs import ActorIndex
from newsbrief.events.arguments import noun_arguments, verb_arguments
from newsbrief.events.coding import Coding
from newsbrief.records import Article

from parses import argument_readers, parse
from parses import word as _word
from fake_stages import ent

PEOPLE = {"mayor", "council", "regulator", "bank", "minister"}


def _someone(tok) -> bool:
    return tok.lower_ in PEOPLE or tok.ent_type_ == "GPE"


_verb, _noun = argument_readers(_someone)


# "The council is investigating complaints of fraud against the mayor."
COMPLAINTS_AGAINST = """
The the DET DT det 1
council council NOUN NN nsubj 3
is be AUX VBZ aux 3
investigating investigate VERB VBG ROOT 3
complaints complaint NOUN NNS dobj 3
of of ADP IN prep 4
fraud fraud NOUN NN pobj 5
against against ADP IN prep 6
the the DET DT det 9
mayor mayor NOUN NN pobj 7
. . PUNCT . punct 3
"""


def test_investigated_allegations_against_someone_look_into_them():
    args = _verb(_word(parse(COMPLAINTS_AGAINST), "investigating"))
    assert [t.text for t in args.actor] == ["council"]
    assert [t.text for t in args.recipient] == ["mayor"]


# "The council voted to investigate whether the mayor misled the regulator."
INVESTIGATE_WHETHER = """
The the DET DT det 1
council council NOUN NN nsubj 2
voted vote VERB VBD ROOT 2
to to PART TO aux 4
investigate investigate VERB VB xcomp 2
whether whether SCONJ IN mark 8
the the DET DT det 7
mayor mayor NOUN NN nsubj 8
misled mislead VERB VBD ccomp 4
the the DET DT det 10
regulator regulator NOUN NN dobj 8
. . PUNCT . punct 2
"""


def test_investigating_whether_someone_did_looks_into_them():
    args = _verb(_word(parse(INVESTIGATE_WHETHER), "investigate"))
    assert [t.text for t in args.recipient] == ["mayor"]


# "The regulator opened an investigation into the bank." ("into" hung on the verb)
INVESTIGATION_INTO = """
The the DET DT det 1
regulator regulator NOUN NN nsubj 2
opened open VERB VBD ROOT 2
an an DET DT det 4
investigation investigation NOUN NN dobj 2
into into ADP IN prep 2
the the DET DT det 7
bank bank NOUN NN pobj 5
. . PUNCT . punct 2
"""


def test_an_investigation_into_someone_looks_into_them():
    args = _noun(_word(parse(INVESTIGATION_INTO), "investigation"))
    assert [t.text for t in args.actor] == ["regulator"]
    assert [t.text for t in args.recipient] == ["bank"]


# "The mayor is under investigation by the regulator."
UNDER_INVESTIGATION = """
The the DET DT det 1
mayor mayor NOUN NN nsubj 2
is be AUX VBZ ROOT 2
under under ADP IN prep 2
investigation investigation NOUN NN pobj 3
by by ADP IN prep 4
the the DET DT det 7
regulator regulator NOUN NN pobj 5
. . PUNCT . punct 2
"""


def test_who_is_under_investigation_is_looked_into():
    args = _noun(_word(parse(UNDER_INVESTIGATION), "investigation"))
    assert [t.text for t in args.actor] == ["regulator"]
    assert [t.text for t in args.recipient] == ["mayor"]


# "The minister arrived in Oslo for talks."
ARRIVED_IN = """
The the DET DT det 1
minister minister NOUN NN nsubj 2
arrived arrive VERB VBD ROOT 2
in in ADP IN prep 2
Oslo Oslo PROPN NNP pobj 3
for for ADP IN prep 2
talks talk NOUN NNS pobj 5
. . PUNCT . punct 2
"""


def _arrived():
    doc = parse(ARRIVED_IN)
    doc.ents = [Span(doc, 4, 5, label="GPE")]
    return doc


def test_the_place_arrived_in_hosts_the_visit():
    args = _verb(_word(_arrived(), "arrived"))
    assert [t.text for t in args.actor] == ["minister"]
    assert [t.text for t in args.recipient] == ["Oslo"]


def _arrival_coder(cameo):
    def coder(doc, token, source=None, target=None):
        if token.lemma_ != "arrive":
            return None
        return Coding("CONSULT", None, None, cameo, 0.8,
                      (token.idx, token.idx + len(token.text)))
    return coder


def _visits(minister_country, cameo="042"):
    doc = _arrived()
    ents = [ent(doc, "min", 0, 2, "person", minister_country, "GOV"),
            ent(doc, "oslo", 4, 5, "place", "NOR")]
    article = Article(id="a1", origin="test", text=doc.text, published="2024-12-05")
    return [e for e in extract_events(doc, article, ents, (), coder=_arrival_coder(cameo),
                                      resolver=lambda text: (None, None, None))
            if e.type == "CONSULT"]


def test_a_foreign_visitor_is_hosted_by_the_state_of_the_place():
    (visit,) = _visits("SWE")
    assert [r.country for r in visit.recipient] == ["NOR"]


def test_a_trip_at_home_has_no_host():
    (visit,) = _visits("NOR")
    assert visit.recipient == ()


@pytest.mark.parametrize("cameo", ["036", "040"])
def test_an_arrival_at_home_has_no_host_whatever_its_code(cameo):
    """The place arrived in is made a recipient for every arrival verb
    (arguments.verb_arguments), so the doer's own places are taken away for every code,
    not only for a visit's 042 ("arrived in Oslo to meet X" coded as a meeting)."""
    (home,) = _visits("NOR", cameo)
    assert home.recipient == ()
    (abroad,) = _visits("SWE", cameo)
    assert [r.country for r in abroad.recipient] == ["NOR"]


# "The minister began a visit to the Norwegian capital."
VISIT_TO_CAPITAL = """
The the DET DT det 1
minister minister NOUN NN nsubj 2
began begin VERB VBD ROOT 2
a a DET DT det 4
visit visit NOUN NN dobj 2
to to ADP IN prep 4
the the DET DT det 8
Norwegian Norwegian ADJ JJ amod 8
capital capital NOUN NN pobj 5
. . PUNCT . punct 2
"""


def test_a_capital_named_by_its_demonym_is_visited_as_its_state():
    doc = parse(VISIT_TO_CAPITAL)
    doc.ents = [Span(doc, 7, 8, label="NORP")]
    table = {"norwegian": ("NOR", None, None), "the norwegian capital": ("NOR", None, None)}
    index = ActorIndex(doc, [], resolver=lambda text: table.get(text.lower(), (None, None, None)))
    capital = _word(doc, "capital")
    assert index.actorish(capital)
    args = noun_arguments(_word(doc, "visit"), index.actorish,
                          lambda t: verb_arguments(t, index.actorish))
    assert [t.text for t in args.recipient] == ["capital"]
    assert [r.country for r in index.refs(capital)] == ["NOR"]


# "The council will investigate evidence that the mayor has used funds against rebels."
# (a clause inside what is looked into says nothing of whom it is against)
EVIDENCE_THAT = """
The the DET DT det 1
council council NOUN NN nsubj 3
will will AUX MD aux 3
investigate investigate VERB VB ROOT 3
evidence evidence NOUN NN dobj 3
that that SCONJ IN mark 9
the the DET DT det 7
mayor mayor NOUN NN nsubj 9
has have AUX VBZ aux 9
used use VERB VBN acl 4
funds fund NOUN NNS dobj 9
against against ADP IN prep 9
rebels rebel NOUN NNS pobj 11
. . PUNCT . punct 3
"""


def test_what_a_clause_in_the_thing_looked_into_is_against_is_not_the_target():
    def someone(tok):
        return tok.lower_ in PEOPLE | {"rebels"}
    args = verb_arguments(_word(parse(EVIDENCE_THAT), "investigate"), someone)
    assert [t.text for t in args.recipient] != ["rebels"]


# meet22: the other side of a meeting or a visit is someone ("his counterpart",
# "one of the survivors"); the real model's parse, sentences made up.

def test_word_list_holds_the_other_side_of_a_meeting():
    from newsbrief.events.actorrefs import PEOPLE
    assert {"counterpart", "survivor"} <= set(PEOPLE)


@pytest.mark.slow
def test_met_with_a_counterpart_is_met_with_them(pipe):
    text = "The Danish foreign minister met with his Swedish counterpart in Oslo on Monday."
    got = list(pipe.analyse([Article(id="m1", origin="-", text=text,
                                         published="2021-03-02")]))[0]
    met = [e for e in got.events if e.trigger.text == "met"]
    assert met and [r.text for r in met[0].recipient] == ["his Swedish counterpart"]
    assert met[0].recipient[0].country == "SWE"
