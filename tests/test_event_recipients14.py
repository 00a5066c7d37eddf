"""Issue 11, recip14 lane: who did it to whom (actors and recipients), one rule a
test. Hand-built parses; sentences made up."""

from __future__ import annotations

from newsbrief.events import extract_events
from newsbrief.events.arguments import conjuncts, verb_arguments
from newsbrief.events.coding import Coding
from newsbrief.records import Article

from parses import texts as _texts
from parses import parse
from fake_stages import build, by_type, ent, run


def _someone(tok) -> bool:
    return tok.pos_ in ("PROPN", "PRON") or tok.lemma_ in ("minister", "official")


def _coder(doc, token, source=None, target=None):
    codes = {"sue": ("ACCUSE", "115"), "negotiate": ("CONSULT", "046"),
             "condemn": ("ACCUSE", "111"), "expand": ("MOBILIZE", "150"),
             "detain": ("COERCE", "173")}
    hit = codes.get(token.lemma_)
    if hit is None:
        return None
    return Coding(hit[0], None, None, hit[1], 0.8, (token.idx, token.idx + len(token.text)))


def _resolver(text):
    table = {"the opposition": (None, "OPP"), "opposition": (None, "OPP"),
             "the minister": (None, "GOV"), "minister": (None, "GOV"),
             "soldiers": (None, "MIL"), "army": (None, "MIL"), "police": (None, "COP")}
    country, sector = table.get(text.lower(), (None, None))
    return (country, sector, None)


def _extract(doc, entities=()):
    article = Article(id="a1", origin="test", text=doc.text, published="2024-12-05")
    return extract_events(doc, article, entities, (), coder=_coder, resolver=_resolver)


# "Finnish Trade Minister Anna Lind and Danish Trade Minister Jens Holm signed the deal."
# (the parse the small model gives such a line: the second title a conjunct of its own)
TWO_MINISTERS = """
Finnish Finnish ADJ JJ amod 2
Trade Trade PROPN NNP compound 2
Minister Minister PROPN NNP compound 4
Anna Anna PROPN NNP compound 4
Lind Lind PROPN NNP nsubj 11
and and CCONJ CC cc 4
Danish Danish PROPN NNP compound 8
Trade Trade PROPN NNP compound 8
Minister Minister PROPN NNP conj 4
Jens Jens PROPN NNP compound 10
Holm Holm PROPN NNP conj 4
signed sign VERB VBD ROOT 11
the the DET DT det 13
deal deal NOUN NN dobj 11
. . PUNCT . punct 11
"""

# "Finland, Norway and Sweden signed the deal."
THREE_STATES = """
Finland Finland PROPN NNP nsubj 5
, , PUNCT , punct 0
Norway Norway PROPN NNP conj 0
and and CCONJ CC cc 2
Sweden Sweden PROPN NNP conj 2
signed sign VERB VBD ROOT 5
the the DET DT det 7
deal deal NOUN NN dobj 5
. . PUNCT . punct 5
"""


# "Anna and Jens both signed the deal." (the small model makes "both" a conjunct)
BOTH_SIGNED = """
Anna Anna PROPN NNP nsubj 4
and and CCONJ CC cc 0
Jens Jens PROPN NNP conj 0
both both PRON DT conj 0
signed sign VERB VBD ROOT 4
the the DET DT det 6
deal deal NOUN NN dobj 4
. . PUNCT . punct 4
"""


def test_a_title_split_off_a_coordinated_name_is_no_actor_of_its_own():
    doc = parse(TWO_MINISTERS)
    assert _texts(conjuncts(doc[4])) == ["Lind", "Holm"]
    assert _texts(verb_arguments(doc[11], _someone).actor) == ["Lind", "Holm"]
    # a real list keeps every member, and a name before "both" stays
    states = parse(THREE_STATES)
    assert sorted(_texts(conjuncts(states[0]))) == ["Finland", "Norway", "Sweden"]
    both = parse(BOTH_SIGNED)
    assert _texts(conjuncts(both[0])) == ["Anna", "Jens", "both"]


# "Norway waited. Finland ratified the treaty." (the treaty between the two)
RATIFIED = [
    "Norway Norway PROPN nsubj 1 B-GPE", "waited wait VERB ROOT 1", ". . PUNCT punct 1",
    "Finland Finland PROPN nsubj 4 B-GPE", "ratified ratify VERB ROOT 4",
    "the the DET det 6", "treaty treaty NOUN dobj 4", ". . PUNCT punct 4",
]

# "The minister signed the accord."
SIGNED = [
    "The the DET det 1", "minister minister NOUN nsubj 2", "signed sign VERB ROOT 2",
    "the the DET det 4", "accord accord NOUN dobj 2", ". . PUNCT punct 2",
]


# "Finland negotiated the Norway deal."
NORWAY_DEAL = [
    "Finland Finland PROPN nsubj 1 B-GPE", "negotiated negotiate VERB ROOT 1",
    "the the DET det 4", "Norway Norway PROPN compound 4 B-GPE", "deal deal NOUN dobj 1",
    ". . PUNCT punct 1",
]


def test_a_document_is_never_the_recipient_its_other_party_is():
    doc = build(RATIFIED)
    ents = [ent(doc, "nor", 0, 1, "state", "NOR"), ent(doc, "fin", 3, 4, "state", "FIN"),
            ent(doc, "treaty", 5, 7, "agreement", members=("fin", "nor"))]
    ratify = by_type(run(doc, ents), "SUPPORT")[0]
    assert [a.entity for a in ratify.actor] == ["fin"]
    assert [r.entity for r in ratify.recipient] == ["nor"]
    # no party named: no one
    doc = build(SIGNED)
    ents = [ent(doc, "accord", 3, 5, "agreement"),
            ent(doc, "min", 0, 2, "person", "FIN", "GOV")]
    sign = by_type(run(doc, ents), "AGREE")[0]
    assert [a.entity for a in sign.actor] == ["min"]
    assert sign.recipient == ()
    # a state named on the document is its party
    doc = build(NORWAY_DEAL)
    ents = [ent(doc, "fin", 0, 1, "state", "FIN"), ent(doc, "nor", 3, 4, "state", "NOR")]
    talks = _extract(doc, ents)[0]
    assert [r.entity for r in talks.recipient] == ["nor"]


# "The opposition said it would sue the minister."
OPPOSITION_IT = [
    "The the DET det 1", "opposition opposition NOUN nsubj 2", "said say VERB ROOT 2",
    "it it PRON nsubj 5", "would would AUX aux 5", "sue sue VERB ccomp 2",
    "the the DET det 7", "minister minister NOUN dobj 5", ". . PUNCT punct 2",
]

def test_it_is_the_body_that_says_it_even_with_no_country():
    ask = _extract(build(OPPOSITION_IT))[0]
    assert [(a.text, a.sector) for a in ask.actor] == [("The opposition", "OPP")]
    assert [r.text for r in ask.recipient] == ["the minister"]


# "The council condemned the attacks in Norway and Sweden, calling them crimes."
CALLING_THEM = [
    "The the DET det 1", "council council NOUN nsubj 2", "condemned condemn VERB ROOT 2",
    "the the DET det 4", "attacks attack NOUN dobj 2", "in in ADP prep 4",
    "Norway Norway PROPN pobj 5 B-GPE", "and and CCONJ cc 6", "Sweden Sweden PROPN conj 6 B-GPE",
    ", , PUNCT punct 2", "calling call VERB advcl 2", "them they PRON dative 10",
    "crimes crime NOUN oprd 10", ". . PUNCT punct 2",
]


def test_they_are_not_the_places_an_act_happened_in():
    doc = build(CALLING_THEM)
    ents = [ent(doc, "nor", 6, 7, "state", "NOR"), ent(doc, "swe", 8, 9, "state", "SWE"),
            ent(doc, "council", 0, 2, "organization", "NOR", "GOV")]
    condemn = [e for e in _extract(doc, ents) if e.trigger.text == "condemned"][0]
    assert [a.entity for a in condemn.actor] == ["council"]
    assert condemn.recipient == ()


# "Norway's army said it would expand its drills."
ITS_DRILLS = [
    "Norway Norway PROPN poss 2 B-GPE", "'s 's PART case 0", "army army NOUN nsubj 3",
    "said say VERB ROOT 3", "it it PRON nsubj 6", "would would AUX aux 6",
    "expand expand VERB ccomp 3", "its its PRON poss 8", "drills drill NOUN dobj 6",
    ". . PUNCT punct 3",
]


def test_the_doers_own_side_on_what_they_act_on_is_no_recipient():
    doc = build(ITS_DRILLS)
    expand = _extract(doc, [ent(doc, "nor", 0, 1, "state", "NOR")])[0]
    assert [(a.text, a.country) for a in expand.actor] == [("Norway's army", "NOR")]
    assert expand.recipient == ()


# "Police detained two guests and his nephew."
DETAINED_GUESTS = [
    "Police police NOUN nsubj 1", "detained detain VERB ROOT 1", "two two NUM nummod 3",
    "guests guest NOUN dobj 1", "and and CCONJ cc 3", "his his PRON poss 6",
    "nephew nephew NOUN conj 3", ". . PUNCT punct 1",
]


def test_kin_and_guests_detained_are_recipients():
    detain = _extract(build(DETAINED_GUESTS))[0]
    assert [r.text for r in detain.recipient] == ["two guests", "his nephew"]
