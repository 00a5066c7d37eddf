"""Non-events the abw- judges found kept (nonev21): an act told through a light verb
whose coded object carries "no" ("issued no warnings") did not happen. Hand-built
parses; sentences made up."""

from __future__ import annotations

from newsbrief.actors import resolve_actor_text
from newsbrief.events.coding import Coding
from newsbrief.events.extract import extract_events
from newsbrief.events.modality import object_denied
from newsbrief.records import Article

from fake_stages import build


def _through_object(doc, token, source=None, target=None):
    """A coder that reads "issue" through its object noun, as the light-verb coding does."""
    if token.lemma_ != "issue":
        return None
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_ != "warning":
        return None
    return Coding("THREATEN", None, None, "130", 0.8, (obj.idx, obj.idx + len(obj.text)))


def _rows(mods: list[str]) -> list[str]:
    # "The ministry issued [no / new] warnings to fishermen ."; each modifier "word lemma POS dep"
    n = len(mods)
    return (["The the DET det 1", "ministry ministry NOUN nsubj 2", "issued issue VERB ROOT 2"]
            + [f"{m} {3 + n}" for m in mods]
            + ["warnings warning NOUN dobj 2", "to to ADP prep 2", f"fishermen fisherman NOUN pobj {4 + n}",
               ". . PUNCT punct 2"])


def _extract(doc):
    article = Article(id="a1", origin="test", text=doc.text, published="2024-12-05")
    return extract_events(doc, article, [], (), coder=_through_object,
                          resolver=resolve_actor_text)


def test_a_no_on_the_coded_object_denies_the_act():
    doc = build(_rows(["no no DET det"]))
    assert object_denied(doc[2], (doc[4].idx, doc[4].idx + 8)) == "no"
    assert list(_extract(doc)) == []


def test_the_same_act_without_no_stays():
    doc = build(_rows(["new new ADJ amod"]))  # "issued new warnings"
    assert object_denied(doc[2], (doc[4].idx, doc[4].idx + 8)) is None
    evs = _extract(doc)
    assert [e.type for e in evs] == ["THREATEN"]
    doc = build(_rows([]))
    assert [e.type for e in _extract(doc)] == ["THREATEN"]


def test_a_no_on_another_word_or_the_verb_as_trigger_is_left():
    doc = build(_rows(["no no DET det"]))
    # the coded word is the verb itself: its own negation is not_done's business
    assert object_denied(doc[2], (doc[2].idx, doc[2].idx + 6)) is None
    assert object_denied(doc[2], None) is None


def test_neither_before_a_pair_of_doers_denies_the_act():
    # "He said neither Oslo nor Rome struck back ."
    from test_modality import build_tagged
    from newsbrief.events.modality import not_done
    rows = ["He he PRON PRP nsubj 1", "said say VERB VBD ROOT 1",
            "neither neither CCONJ CC preconj 3", "Oslo Oslo PROPN NNP nsubj 6",
            "nor nor CCONJ CC cc 3", "Rome Rome PROPN NNP conj 3",
            "struck strike VERB VBD ccomp 1", "back back ADV RB advmod 6", ". . PUNCT . punct 1"]
    assert not_done(build_tagged(rows)[6]) == "neither"
    # "either ... or" denies nothing
    rows[2] = "either either CCONJ CC preconj 3"
    rows[4] = "or or CCONJ CC cc 3"
    assert not_done(build_tagged(rows)[6]) is None


def test_a_refusal_coded_from_the_no_stays():
    # "The ministry issued no warnings ." coded as a refusal (the coder read the "no")
    def refusal(doc, token, source=None, target=None):
        hit = _through_object(doc, token, source, target)
        return None if hit is None else Coding("REJECT", None, None, "120", 0.8, hit.trigger)
    doc = build(_rows(["no no DET det"]))
    article = Article(id="a1", origin="test", text=doc.text, published="2024-12-05")
    evs = extract_events(doc, article, [], (), coder=refusal, resolver=resolve_actor_text)
    assert [e.type for e in evs] == ["REJECT"]
