"""Countries of people the model names awkwardly (actorcty lane, stop 40), on the
model's real parse (slow): a weekday the model glues onto a name ("... Trump Sunday
in a speech ...") is cut off, so the name links to the knowledge base; a surname the
model typed PERSON whose full name it typed ORG joins that full name once the
knowledge base makes it a person. Sentences made up."""

from __future__ import annotations

import pytest

from newsbrief.actors import extract_entities
from newsbrief.records import Article

pytestmark = pytest.mark.slow


def _people(nlp, text):
    doc = nlp(text)
    ents = extract_entities(doc, Article(id="t", origin="t", text=text, published="2019-05-20"))
    return [(e.name, e.country, sorted(m.text for m in e.mentions))
            for e in ents if e.kind == "person"]


def test_a_weekday_glued_onto_a_surname_is_cut_off(nlp):
    people = _people(nlp, "President Trump Sunday in a long address to business leaders is "
                          "expected to call for lower taxes.")
    assert people == [("Donald Trump", "USA", ["Trump"])]
    people = _people(nlp, "Chancellor Merkel Sunday in a short statement to reporters called "
                          "for calm in the region.")
    assert people == [("Angela Merkel", "DEU", ["Merkel"])]


def test_a_month_ending_a_name_stays_in_it(nlp):
    # control (passes on main too): "May" ends a name, and only weekdays are cut
    people = _people(nlp, "Prime Minister Theresa May Sunday in a statement to parliament "
                          "promised a new vote.")
    assert people == [("Theresa May", "GBR", ["Theresa May"])]


def test_a_surname_joins_its_full_name_the_model_typed_as_an_organisation(nlp):
    people = _people(nlp, 'Ex-U.N. envoy Nikki Haley welcomed the court ruling on Tuesday. '
                          '"It came late," Haley said. Haley told a radio station that the '
                          'allies agreed.')
    assert people == [("Nikki Haley", "USA", ["Haley", "Haley", "Nikki Haley"])]


def test_a_surname_with_another_full_name_of_its_own_stays_apart(nlp):
    # control: a second person of that surname named in full is a rival; the
    # surname is not given to the organisation-typed full name
    people = _people(nlp, 'Ex-U.N. envoy Nikki Haley welcomed the court ruling on Tuesday. '
                          'Her cousin, the Ohio farmer Tom Haley, disagreed. "It came late," '
                          'Haley said.')
    names = {name: (country, mentions) for name, country, mentions in people}
    assert names.get("Nikki Haley", (None, []))[1] == ["Nikki Haley"]
