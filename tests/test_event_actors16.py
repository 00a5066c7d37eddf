"""Issue 11, actors16 lane: the right country for actors and recipients, one rule a
test. Hand-built parses (as the small model parses these lines); sentences made up."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsbrief.actors import resolve_actor_text
from newsbrief.actors.entities import own_nationality
from newsbrief.events.actorrefs import ActorIndex
from newsbrief.events.arguments import verb_arguments
from newsbrief.records import Entity, Mention

from parses import texts as _texts
from parses import VOCAB, parse, person

PEOPLE = {"mayor", "council", "regulator", "bank"}


def _verb(tok):
    return verb_arguments(tok, lambda t: t.lower_ in PEOPLE)


def _doc(rows: str, ents: dict[int, str]) -> Doc:
    """Rows "word lemma POS TAG dep head space" (space 1: a space follows the word)."""
    parts = [row.split() for row in rows.strip().splitlines()]
    doc = Doc(VOCAB, words=[p[0] for p in parts], lemmas=[p[1] for p in parts],
              pos=[p[2] for p in parts], tags=[p[3] for p in parts],
              deps=[p[4] for p in parts], heads=[int(p[5]) for p in parts],
              spaces=[p[6] == "1" for p in parts])
    doc.ents = [Span(doc, i, i + 1, label=label) for i, label in sorted(ents.items())]
    return doc


# "(Agency) - Danish engineer Ole Berg met the senator." / "Danish-American engineer ..."
LEAD_AFTER_DASH = """
( ( PUNCT -LRB- punct 1 0
Agency Agency PROPN NNP npadvmod 7 0
) ) PUNCT -RRB- punct 1 1
- - PUNCT : punct 7 1
Danish danish ADJ JJ amod 5 1
engineer engineer NOUN NN compound 7 1
Ole Ole PROPN NNP compound 7 1
Berg Berg PROPN NNP nsubj 8 1
met meet VERB VBD ROOT 8 1
the the DET DT det 10 1
senator senator NOUN NN dobj 8 0
. . PUNCT . punct 8 0
"""

JOINED = """
Danish danish ADJ JJ amod 2 0
- - PUNCT HYPH punct 2 0
American american ADJ JJ amod 3 1
engineer engineer NOUN NN compound 5 1
Ole Ole PROPN NNP compound 5 1
Berg Berg PROPN NNP nsubj 6 1
met meet VERB VBD ROOT 6 1
the the DET DT det 8 1
senator senator NOUN NN dobj 6 0
. . PUNCT . punct 6 0
"""


def test_a_nationality_after_a_datelines_dash_is_the_persons_own():
    doc = _doc(LEAD_AFTER_DASH, {4: "NORP", 6: "PERSON"})
    berg = person(doc, "Ole Berg", 6, 8)
    assert own_nationality(doc, [(m.start, m.end) for m in berg.mentions]) == "DNK"
    # a nationality joined by a hyphen to another still gives none
    doc = _doc(JOINED, {0: "NORP", 2: "NORP", 4: "PERSON"})
    berg = person(doc, "Ole Berg", 4, 6)
    assert own_nationality(doc, [(m.start, m.end) for m in berg.mentions]) is None


# "Lars Vik met his Danish counterpart, Ole Berg."
MET_COUNTERPART = """
Lars Lars PROPN NNP compound 1 1
Vik Vik PROPN NNP nsubj 2 1
met meet VERB VBD ROOT 2 1
his his PRON PRP$ poss 5 1
Danish danish ADJ JJ amod 5 1
counterpart counterpart NOUN NN dobj 2 0
, , PUNCT , punct 5 1
Ole Ole PROPN NNP compound 8 1
Berg Berg PROPN NNP appos 5 0
. . PUNCT . punct 2 0
"""


def test_a_persons_own_nationality_comes_before_the_possessors_country():
    doc = _doc(MET_COUNTERPART, {0: "PERSON", 4: "NORP", 7: "PERSON"})
    vik = person(doc, "Lars Vik", 0, 2, country="NOR")
    berg = person(doc, "Ole Berg", 7, 9)
    index = ActorIndex(doc, [vik, berg])
    assert [r.country for r in index.refs(doc[5])] == ["DNK"]
    assert [r.country for r in index.refs(doc[8])] == ["DNK"]


# "The mayor said the council was failing and criticized the regulator."
SAID_THEN_CRITICIZED = """
The the DET DT det 1
mayor mayor NOUN NN nsubj 2
said say VERB VBD ROOT 2
the the DET DT det 4
council council NOUN NN nsubj 6
was be AUX VBD aux 6
failing fail VERB VBG ccomp 2
and and CCONJ CC cc 6
criticized criticize VERB VBD conj 6
the the DET DT det 10
regulator regulator NOUN NN dobj 8
. . PUNCT . punct 2
"""

# "The council will meet the regulator and criticized the bank, the mayor said."
CRITICIZED_THEN_SAID = """
The the DET DT det 1
council council NOUN NN nsubj 3
will will AUX MD aux 3
meet meet VERB VB ccomp 13
the the DET DT det 5
regulator regulator NOUN NN dobj 3
and and CCONJ CC cc 3
criticized criticize VERB VBD conj 3
the the DET DT det 9
bank bank NOUN NN dobj 7
, , PUNCT , punct 13
the the DET DT det 12
mayor mayor NOUN NN nsubj 13
said say VERB VBD ROOT 13
. . PUNCT . punct 13
"""


def test_a_second_act_in_what_is_said_before_the_attribution_is_the_clauses():
    # the speaker's verb first: the second act is the speaker's (as before)
    doc = parse(SAID_THEN_CRITICIZED)
    assert _texts(_verb(doc[8]).actor) == ["mayor"]
    # the attribution after the clause: both acts are the clause subject's
    doc = parse(CRITICIZED_THEN_SAID)
    assert _texts(_verb(doc[7]).actor) == ["council"]


# "So then the Peruvian congress passed the budget."
PERUVIAN_CONGRESS = """
So so ADV RB advmod 5 1
then then ADV RB advmod 0 1
the the DET DT det 4 1
Peruvian peruvian ADJ JJ amod 4 1
congress congress NOUN NN nsubj 5 1
passed pass VERB VBD ROOT 5 1
the the DET DT det 7 1
budget budget NOUN NN dobj 5 0
. . PUNCT . punct 5 0
"""


def test_a_bare_institution_with_a_nationality_in_its_phrase_is_of_that_state():
    doc = _doc(PERUVIAN_CONGRESS, {3: "NORP"})
    span = doc[4:5]
    congress = Entity(id="c", name="Congress", kind="organization", country="USA",
                      sector="LEG", mentions=(Mention(span.start_char, span.end_char,
                                                      span.text),))
    index = ActorIndex(doc, [congress], resolver=resolve_actor_text)
    assert [r.country for r in index.refs(doc[4])] == ["PER"]
    # with no nationality in its phrase, the name's own country as before
    doc = _doc(PERUVIAN_CONGRESS.replace("Peruvian peruvian ADJ JJ amod",
                                          "new new ADJ JJ amod"), {})
    index = ActorIndex(doc, [congress], resolver=resolve_actor_text)
    assert [r.country for r in index.refs(doc[4])] == ["USA"]


# "Lars Vik lashed out at Ole Berg on Monday, accusing him of lying."
ACCUSING_HIM = """
Lars Lars PROPN NNP compound 1 1
Vik Vik PROPN NNP nsubj 2 1
lashed lash VERB VBD ROOT 2 1
out out ADP RP prt 2 1
at at ADP IN prep 2 1
Ole Ole PROPN NNP compound 6 1
Berg Berg PROPN NNP pobj 4 1
on on ADP IN prep 2 1
Monday Monday PROPN NNP pobj 7 0
, , PUNCT , punct 2 1
accusing accuse VERB VBG advcl 2 1
him he PRON PRP dobj 10 1
of of ADP IN prep 10 1
lying lie VERB VBG pcomp 12 0
. . PUNCT . punct 2 0
"""


def test_the_object_pronoun_of_a_participle_after_its_clause_is_the_clauses_target():
    doc = _doc(ACCUSING_HIM, {0: "PERSON", 5: "PERSON", 8: "DATE"})
    vik = person(doc, "Lars Vik", 0, 2, country="NOR")
    berg = person(doc, "Ole Berg", 5, 7, country="DNK")
    index = ActorIndex(doc, [vik, berg])
    assert [r.country for r in index.refs(doc[11])] == ["DNK"]
