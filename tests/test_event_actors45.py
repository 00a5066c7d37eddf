"""Countries of actors on the key lists (keyactor45): a possessor "the country" or
"the nation" with no state named just before it, in a story clearly about one
country, is that country. Hand-built parses; sentences made up."""

from __future__ import annotations

from newsbrief.actors import resolve_actor_text
from newsbrief.events.actorrefs import ActorIndex

from fake_stages import build_with_noun_tags, ent

# "Ohio voted . Texas voted . Utah voted . Iowa voted ." : four places of one country
STATES = ["Ohio", "Texas", "Utah", "Iowa"]


def _lead():
    rows = []
    for k, name in enumerate(STATES):
        i = 3 * k
        rows += [f"{name} {name} PROPN nsubj {i + 1} B-GPE", f"voted vote VERB ROOT {i + 1}",
                 f". . PUNCT punct {i + 1}"]
    return rows


def _places(doc):
    return [ent(doc, name.lower(), 3 * k, 3 * k + 1, "place", "USA")
            for k, name in enumerate(STATES)]


# "... The country 's biggest advocacy groups criticized Lee ."
def test_the_countrys_groups_are_of_the_one_country_of_the_story():
    doc = build_with_noun_tags(_lead() + [
        "The the DET det 13", "country country NOUN poss 17", "'s 's PART case 13",
        "biggest big ADJ amod 17", "advocacy advocacy NOUN compound 17",
        "groups group NOUN nsubj 18", "criticized criticize VERB ROOT 18",
        "Lee Lee PROPN dobj 18 B-PERSON", ". . PUNCT punct 18"])
    index = ActorIndex(doc, _places(doc), resolver=resolve_actor_text)
    assert [r.country for r in index.refs(doc[17])] == ["USA"]


# "... The nation 's biggest advocacy groups criticized Lee ."
def test_the_nations_groups_are_of_the_one_country_of_the_story():
    doc = build_with_noun_tags(_lead() + [
        "The the DET det 13", "nation nation NOUN poss 17", "'s 's PART case 13",
        "biggest big ADJ amod 17", "advocacy advocacy NOUN compound 17",
        "groups group NOUN nsubj 18", "criticized criticize VERB ROOT 18",
        "Lee Lee PROPN dobj 18 B-PERSON", ". . PUNCT punct 18"])
    index = ActorIndex(doc, _places(doc), resolver=resolve_actor_text)
    assert [r.country for r in index.refs(doc[17])] == ["USA"]


# "... The Baltic nation 's biggest advocacy groups criticized Lee .": a nation the
# text says which of is not the story's by this rule (control: passes on main too)
def test_a_described_nation_is_not_taken_for_the_story_country():
    doc = build_with_noun_tags(_lead() + [
        "The the DET det 14", "Baltic Baltic ADJ amod 14", "nation nation NOUN poss 18",
        "'s 's PART case 14", "biggest big ADJ amod 18", "advocacy advocacy NOUN compound 18",
        "groups group NOUN nsubj 19", "criticized criticize VERB ROOT 19",
        "Lee Lee PROPN dobj 19 B-PERSON", ". . PUNCT punct 19"])
    index = ActorIndex(doc, _places(doc), resolver=resolve_actor_text)
    assert [r.country for r in index.refs(doc[18])] != ["USA"]


# "The father of an American soldier criticized Lee ."
KIN = ["The the DET det 1", "{kin} {lemma} NOUN nsubj 6", "of of ADP prep 1",
       "an an DET det 5", "American American ADJ amod 5 B-NORP", "soldier soldier NOUN pobj 2",
       "criticized criticize VERB ROOT 6", "Lee Lee PROPN dobj 6 B-PERSON", ". . PUNCT punct 6"]


def _kin(word, lemma):
    return build_with_noun_tags([row.format(kin=word, lemma=lemma) for row in KIN])


def test_a_soldiers_father_is_of_the_soldiers_country():
    doc = _kin("father", "father")
    index = ActorIndex(doc, [], resolver=resolve_actor_text)
    assert [r.country for r in index.refs(doc[5])] == ["USA"]
    assert [r.country for r in index.refs(doc[1])] == ["USA"]


def test_a_soldiers_family_is_of_the_soldiers_country():
    doc = _kin("family", "family")
    index = ActorIndex(doc, [], resolver=resolve_actor_text)
    assert [r.country for r in index.refs(doc[1])] == ["USA"]


# "The daughter of an American soldier ...": a child is not placed by a parent
# (control: passes on main too)
def test_a_soldiers_daughter_is_not_placed_by_the_soldier():
    doc = _kin("daughter", "daughter")
    index = ActorIndex(doc, [], resolver=resolve_actor_text)
    assert [r.country for r in index.refs(doc[1])] == [None]
