"""recip43 (stop 43): an abbreviated title the tokenizer splits from its full stop
("Lt . Gov. X") is the title of the name after it, not a soldier of that rank acted on
beside the name (the parser had read "Lt" as a second object). Hand-built parses of
sentences made up for the test; the real-parse cases are in
test_event_recipients43_slow.py."""

from __future__ import annotations

from newsbrief.actors import resolve_actor_text
from newsbrief.events.actorrefs import ActorIndex

from fake_stages import build, ent


ROWS = ["Two two NUM nummod 1", "women woman NOUN nsubj 2", "accused accuse VERB ROOT 2",
        "{t} {t} PROPN dative 2", ". . PUNCT dobj 2", "Gov. Gov. PROPN compound 7",
        "Dana Dana PROPN compound 7 B-PERSON", "Fairley Fairley PROPN dobj 2 I-PERSON",
        "of of ADP prep 2", "assault assault NOUN pobj 8", ". . PUNCT punct 2"]


def _index(title):
    doc = build([r.format(t=title) for r in ROWS])
    return doc, ActorIndex(doc, [ent(doc, "fairley", 6, 8, "person", "USA", "GOV")],
                           resolver=resolve_actor_text)


# "Two women accused Lt . Gov. Dana Fairley of assault ."
def test_an_abbreviated_title_before_a_name_is_that_person():
    doc, index = _index("Lt")
    assert [r.entity for r in index.refs(doc[3])] == ["fairley"]
    assert [r.entity for r in index.refs(doc[7])] == ["fairley"]


def test_an_abbreviated_title_in_capitals_is_that_person():
    # fixR43: "Two women accused LT . Gov. Dana Fairley ..." (wire copy in capitals)
    doc, index = _index("LT")
    assert [r.entity for r in index.refs(doc[3])] == ["fairley"]


def test_control_a_word_that_is_no_title_is_read_as_before():
    # (passes on main too) "Two women accused Maria . Gov. Dana Fairley ...": no title,
    # in either case; the word stays itself (fixR43: asserted, not only an absence)
    for word in ("Maria", "MARIA"):
        doc, index = _index(word)
        assert [(r.entity, r.text) for r in index.refs(doc[3])] == [(None, word)]
