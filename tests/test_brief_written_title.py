"""A brief names a person with the title its sentence writes before the name, not the
last words of it the store keeps as the office (house22: "House of Commons Leader X
quit" was told as "Leader X quit", a title no one holds). Sentences made up."""

import pytest

from newsbrief.knowledge.naming import Names, _written_title
from newsbrief.stored import ActorSummary


def _person(office: str, name: str = "Ana Soto", country: str = "PER") -> ActorSummary:
    return ActorSummary(name=name, entity_id="p1", country=country, kind="person", office=office)


@pytest.mark.parametrize("sentence, office, want", [
    # the capitalised words before the office, with the small words joining them
    ("Tension rose this week as House of Commons Leader Ana Soto quit and two aides left.",
     "Leader", "House of Commons Leader"),
    ("Senate Majority Leader Ana Soto called the vote.", "Leader", "Senate Majority Leader"),
    ("Committee on Ethics Chairman Ana Soto opened the hearing.", "Chairman",
     "Committee on Ethics Chairman"),
    # none: a day, an article, an owner, a dateline, a word joined by "and"
    ("On Monday Leader Ana Soto quit.", "Leader", "Leader"),
    ("The Leader Ana Soto quit.", "Leader", "Leader"),
    ("Peru's Foreign Minister Ana Soto flew to Quito.", "Foreign Minister", "Foreign Minister"),
    ("LIMA (Wire) - Leader Ana Soto quit.", "Leader", "Leader"),
    ("Kim and Leader Ana Soto met.", "Leader", "Leader"),
    # the office not written before the name: kept as it is
    ("Ana Soto, the party leader, quit.", "Leader", "Leader"),
])
def test_the_title_is_taken_as_written_before_the_name(sentence, office, want):
    assert _written_title(sentence, office, "Ana Soto") == want


def test_a_brief_names_the_whole_written_title():
    soto = _person("Leader")
    s = "Tension rose this week as House of Commons Leader Ana Soto quit and two aides left."
    assert Names({"PER": "Peru"}).name(soto, s) == "House of Commons Leader Ana Soto"
    # the owner rule still holds where the sentence gives the country with the title
    minister = _person("Foreign Minister")
    assert Names({"PER": "Peru"}).name(minister, "Peru's Foreign Minister Ana Soto flew to "
                                                 "Quito.") == "Peru's Foreign Minister Ana Soto"
