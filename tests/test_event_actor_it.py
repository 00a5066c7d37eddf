"""Issue 11, dates2 lane (actors of real events): "the army of Norway" is Norway's; a subject "it" in a clause that a
state says ("Norway said it attacked Sweden"), or that hangs on what the state did,
is that state; a bare "it" below anything else stays unresolved (it is more often a
thing). Hand-built parses, sentences made up."""

from __future__ import annotations

from fake_stages import build, by_type, extract, named_states

SAID_IT = ["Norway Norway PROPN nsubj 1 B-GPE", "said say VERB ROOT 1", "it it PRON nsubj 3",
           "attacked attack VERB ccomp 1", "Sweden Sweden PROPN dobj 3 B-GPE",
           ". . PUNCT punct 1"]


def test_it_in_what_a_state_says_is_that_state():
    doc = build(SAID_IT)
    ev = by_type(extract(doc, named_states(doc, ["Norway", "Sweden"])), "ASSAULT")[0]
    assert [(r.text, r.country) for r in ev.actor] == [("Norway", "NOR")]
    assert [r.country for r in ev.recipient] == ["SWE"]


def test_it_in_what_a_thing_says_stays_unresolved():
    rows = ["The the DET det 1", "report report NOUN nsubj 2"] + [
        " ".join(r.split()[:4] + [str(int(r.split()[4]) + 1)] + r.split()[5:])
        for r in SAID_IT[1:]]
    doc = build(rows)
    ev = by_type(extract(doc, named_states(doc, ["Sweden"])), "ASSAULT")[0]
    assert all(r.country is None for r in ev.actor)


# "The army of Norway attacked Sweden."
def test_a_body_of_a_state_named_with_of_has_its_country():
    doc = build(["The the DET det 1", "army army NOUN nsubj 4", "of of ADP prep 1",
                 "Norway Norway PROPN pobj 2 B-GPE", "attacked attack VERB ROOT 4",
                 "Sweden Sweden PROPN dobj 4 B-GPE", ". . PUNCT punct 4"])
    ev = by_type(extract(doc, named_states(doc, ["Norway", "Sweden"])), "ASSAULT")[0]
    assert [r.country for r in ev.actor] == ["NOR"]
