"""Countries of group nouns by the members they name (keyactor44): "liberals such as
Senator X", "senators like X" are of the country of the members named, as "the
candidates, including X" already were; in a story that mostly speaks of another country.
Hand-built parses; sentences made up."""

from __future__ import annotations

from newsbrief.actors import resolve_actor_text
from newsbrief.events.actorrefs import ActorIndex

from fake_stages import build_with_noun_tags
from fake_stages import ent

# "Peru , Lima and Cusco voted . Liberals <prep...> Tom Hark complained ."
_PERU = ["Peru Peru PROPN nsubj 5 B-GPE", ", , PUNCT punct 0", "Lima Lima PROPN conj 0 B-GPE",
         "and and CCONJ cc 2", "Cusco Cusco PROPN conj 2 B-GPE", "voted vote VERB ROOT 5",
         ". . PUNCT punct 5"]


def _group_country(prep_rows):
    # the group noun at 7, its preposition's rows, then "Tom Hark complained ."
    k = 8 + len(prep_rows)
    rows = _PERU + [f"Liberals liberal NOUN nsubj {k + 2}"] + prep_rows + [
        f"Tom Tom PROPN compound {k + 1} B-PERSON", f"Hark Hark PROPN pobj {k - 1} I-PERSON",
        f"complained complain VERB ROOT {k + 2}", f". . PUNCT punct {k + 2}"]
    doc = build_with_noun_tags(rows)
    doc[7].tag_ = "NNS"  # "Liberals", plural as the tagger has it
    ents = [ent(doc, "peru", 0, 1, "state", "PER"), ent(doc, "lima", 2, 3, "place", "PER"),
            ent(doc, "cusco", 4, 5, "place", "PER"),
            ent(doc, "hark", k, k + 2, "person", "USA", "LEG")]
    index = ActorIndex(doc, ents, resolver=resolve_actor_text)
    return [r.country for r in index.refs(doc[7])]


def test_a_group_such_as_a_named_member_is_of_the_members_country():
    assert _group_country(["such such ADJ amod 9", "as as ADP prep 7"]) == ["USA"]


def test_a_group_like_a_named_member_is_of_the_members_country():
    assert _group_country(["like like ADP prep 7"]) == ["USA"]


def test_a_group_including_a_named_member_is_of_the_members_country():
    # control (passes on main too): "including" named members before
    assert _group_country(["including include VERB prep 7"]) == ["USA"]


def test_a_bare_as_is_no_list_of_members():
    # control: "as" with no "such" names no members ("liberals as Tom Hark ...")
    assert _group_country(["as as ADP prep 7"]) != ["USA"]
