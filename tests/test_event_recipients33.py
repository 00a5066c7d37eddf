"""Issue 11, actrecip lane (stop 33): recipients of four shapes the parser or the typing
hides: a name the parser took for a verb's complement ("called President X"), a
measure a verb lays on goods itself ("imposed duties on Chilean wine"), goods reached
through an amount or a maker's mark ("$5 billion in Chilean-made goods"), and a
measure under its object's "of" ("another round of sanctions against X").
Hand-built parses (as the small model parses these lines); sentences made up."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from spacy.tokens import Span

from newsbrief.events.arguments import Arguments, noun_arguments
from newsbrief.events.extract import _light_object_recipient
from newsbrief.records import Article

from parses import argument_readers, parse
from parses import word as _word

PEOPLE = {"council", "minister", "makers"}


def _someone(tok) -> bool:
    return tok.lower_ in PEOPLE or tok.ent_type_ in ("GPE", "NORP", "PERSON")


_verb, _ = argument_readers(_someone)


def _with_ents(rows: str, *spans: tuple[str, str]):
    """The doc with entities: (first word, label) each one word long, or (first..last, label)."""
    doc = parse(rows)
    ents = []
    for words, label in spans:
        first, _, last = words.partition("..")
        i, j = _word(doc, first).i, _word(doc, last or first).i
        ents.append(Span(doc, i, j + 1, label=label))
    doc.ents = ents
    return doc


# "The minister called Chilean President Boric on Sunday." (the parser's "oprd")
CALLED_NAME = """
The the DET DT det 1
minister minister NOUN NN nsubj 2
called call VERB VBD ROOT 2
Chilean chilean ADJ JJ amod 5
President President PROPN NNP compound 5
Boric Boric PROPN NNP oprd 2
on on ADP IN prep 2
Sunday Sunday PROPN NNP pobj 6
. . PUNCT . punct 2
"""


def test_a_name_taken_for_the_complement_of_an_active_verb_is_its_object():
    args = _verb(_word(_with_ents(CALLED_NAME, ("Boric", "PERSON")), "called"))
    assert [t.text for t in args.actor] == ["minister"]
    assert [t.text for t in args.recipient] == ["Boric"]


# "The minister called him Boric." (an object is there: the name is what he is called)
CALLED_HIM_NAME = """
The the DET DT det 1
minister minister NOUN NN nsubj 2
called call VERB VBD ROOT 2
him he PRON PRP dobj 2
Boric Boric PROPN NNP oprd 2
. . PUNCT . punct 2
"""


def test_a_complement_beside_an_object_is_no_recipient():
    args = _verb(_word(_with_ents(CALLED_HIM_NAME, ("Boric", "PERSON")), "called"))
    assert [t.text for t in args.recipient] != ["Boric"]


# "The minister called the plan a farce." with no object the parser saw: a common
# noun complement is nobody
CALLED_FARCE = """
The the DET DT det 1
minister minister NOUN NN nsubj 2
called call VERB VBD ROOT 2
a a DET DT det 4
farce farce NOUN NN oprd 2
. . PUNCT . punct 2
"""


def test_a_common_noun_complement_is_no_recipient():
    assert _verb(_word(parse(CALLED_FARCE), "called")).recipient == ()


# "The council imposed duties on Chilean wine."
IMPOSED_ON_WINE = """
The the DET DT det 1
council council NOUN NN nsubj 2
imposed impose VERB VBD ROOT 2
duties duty NOUN NNS dobj 2
on on ADP IN prep 2
Chilean chilean ADJ JJ amod 6
wine wine NOUN NN pobj 4
. . PUNCT . punct 2
"""


def test_a_measure_the_verb_lays_on_goods_targets_their_state():
    args = _verb(_word(_with_ents(IMPOSED_ON_WINE, ("Chilean", "NORP")), "imposed"))
    assert [t.text for t in args.recipient] == ["Chilean"]


# "The council imposed duties on $5 billion in Chilean-made goods."
ON_AN_AMOUNT = """
The the DET DT det 1
council council NOUN NN nsubj 2
imposed impose VERB VBD ROOT 2
duties duty NOUN NNS dobj 2
on on ADP IN prep 2
$ $ SYM $ quantmod 7
5 5 NUM CD compound 7
billion billion NUM CD pobj 4
in in ADP IN prep 7
Chilean Chilean PROPN NNP npadvmod 12
- - PUNCT HYPH punct 12
made make VERB VBN amod 13
goods good NOUN NNS pobj 8
. . PUNCT . punct 2
"""


def test_goods_reached_through_an_amount_and_a_makers_mark_name_the_target():
    doc = _with_ents(ON_AN_AMOUNT, ("$..billion", "MONEY"), ("Chilean", "NORP"))
    assert [t.text for t in _verb(_word(doc, "imposed")).recipient] == ["Chilean"]


# "The council imposed duties on steel used in Chilean mines." (a clause on the goods
# names a user, not whose goods they are)
ON_STEEL_USED = """
The the DET DT det 1
council council NOUN NN nsubj 2
imposed impose VERB VBD ROOT 2
duties duty NOUN NNS dobj 2
on on ADP IN prep 2
steel steel NOUN NN pobj 4
used use VERB VBN acl 5
in in ADP IN prep 6
Chilean chilean ADJ JJ amod 9
mines mine NOUN NNS pobj 7
. . PUNCT . punct 2
"""


def test_a_state_in_a_clause_on_the_goods_is_no_target():
    doc = _with_ents(ON_STEEL_USED, ("Chilean", "NORP"))
    assert _verb(_word(doc, "imposed")).recipient == ()


# "Peru unveiled another round of sanctions against Chile."
ROUND_OF = """
Peru Peru PROPN NNP nsubj 1
unveiled unveil VERB VBD ROOT 1
another another DET DT det 3
round round NOUN NN dobj 1
of of ADP IN prep 3
sanctions sanction NOUN NNS pobj 4
against against ADP IN prep 5
Chile Chile PROPN NNP pobj 6
. . PUNCT . punct 1
"""


def test_a_measure_under_its_objects_of_takes_the_target_it_names():
    doc = _with_ents(ROUND_OF, ("Peru", "GPE"), ("Chile", "GPE"))
    verb, noun = _word(doc, "unveiled"), _word(doc, "sanctions")
    coding = SimpleNamespace(trigger=(noun.idx, noun.idx + len(noun.text)))
    index = SimpleNamespace(actorish=_someone)
    args = Arguments((doc[0],), (), False, False)
    got = _light_object_recipient(doc, index, verb, coding, args, _verb)
    assert [t.text for t in got.recipient] == ["Chile"]
    # the noun read alone already had it: only the verb's reading was missing it
    assert [t.text for t in noun_arguments(noun, _someone, _verb).recipient] == ["Chile"]


@pytest.mark.slow
def test_tariffs_on_an_amount_of_foreign_made_goods_target_their_state(pipe):
    text = "Chile raised tariffs on $3 billion in Peruvian-made goods on Monday."
    got = list(pipe.analyse([Article(id="r33", origin="-", text=text,
                                         published="2021-03-02")]))[0]
    hits = [e for e in got.events if e.type == "COERCE"]
    assert hits and [r.country for r in hits[0].recipient] == ["PER"]


# "Peru seized the Chilean-flagged tanker." / "... the Chilean-made tanker."
FLAGGED = """
Peru Peru PROPN NNP nsubj 1
seized seize VERB VBD ROOT 1
the the DET DT det 6
Chilean chilean ADJ JJ npadvmod 5
- - PUNCT HYPH punct 5
flagged flagged ADJ JJ amod 6
tanker tanker NOUN NN dobj 1
. . PUNCT . punct 1
"""


def test_a_demonym_joined_by_an_owners_participle_owns_the_thing_acted_on():
    doc = _with_ents(FLAGGED, ("Peru", "GPE"), ("Chilean", "NORP"))
    assert [t.text for t in _verb(_word(doc, "seized")).recipient] == ["Chilean"]


def test_a_makers_demonym_owns_no_thing_acted_on():
    rows = FLAGGED.replace("flagged flagged ADJ JJ", "made make VERB VBN")
    doc = _with_ents(rows, ("Peru", "GPE"), ("Chilean", "NORP"))
    assert _verb(_word(doc, "seized")).recipient == ()


def test_a_document_about_an_act_under_its_objects_of_lends_no_target():
    # "Peru gave a readout of sanctions against Chile." (a document, no measure)
    rows = ROUND_OF.replace("unveiled unveil", "gave give").replace(
        "another another DET DT det 3", "a a DET DT det 3").replace(
        "round round NOUN", "readout readout NOUN")
    doc = _with_ents(rows, ("Peru", "GPE"), ("Chile", "GPE"))
    verb, noun = _word(doc, "gave"), _word(doc, "sanctions")
    coding = SimpleNamespace(trigger=(noun.idx, noun.idx + len(noun.text)))
    args = Arguments((doc[0],), (), False, False)
    got = _light_object_recipient(doc, SimpleNamespace(actorish=_someone), verb, coding, args,
                                  _verb)
    assert got.recipient == ()
