"""Datelines through the real pipeline: the town, its region, the day and the agency
are never the lead's actor or recipient, and no entity span runs across the dash.

Every lead here is made up for the test, in the shapes wire and web copy use.
"""

from __future__ import annotations

import pytest

from newsbrief.records import Article

pytestmark = pytest.mark.slow



def _analyse(pipe, text, published="2001-03-07"):
    article = Article(id="t", origin="t", text=text, published=published,
                      published_source="given")
    return pipe.analyse_doc(pipe.nlp(article.text), article)


LEADS = [
    # (dateline, lead, the lead's actor, its recipient)
    ("OSLO -", "Norway expelled two Danish diplomats on Tuesday.", ["Norway"], {"DNK"}),
    ("OSLO --", "Norway expelled two Danish diplomats on Tuesday.", ["Norway"], {"DNK"}),
    ("OSLO —", "Norway expelled two Danish diplomats on Tuesday.", ["Norway"], {"DNK"}),
    ("OSLO _", "Norway expelled two Danish diplomats on Tuesday.", ["Norway"], {"DNK"}),
    ("OSLO (Reuters) -", "Norway expelled two Danish diplomats on Tuesday.", ["Norway"],
     {"DNK"}),
    ("OSLO, March 6 -", "Norway expelled two Danish diplomats on Tuesday.", ["Norway"],
     {"DNK"}),
    ("OSLO, 6 March (AP) —", "Norway expelled two Danish diplomats on Tuesday.", ["Norway"],
     {"DNK"}),
    ("OSLO 2001-03-06", "Norway expelled two Danish diplomats on Tuesday.", ["Norway"],
     {"DNK"}),
    ("QUITO, Ecuador -", "Peru and Chile signed a fishing accord on Tuesday.",
     ["Peru", "Chile"], None),
    ("QUITO, Ecuador, Mar 6 -", "Peru and Chile signed a fishing accord on Tuesday.",
     ["Peru", "Chile"], None),
    ("QUITO, Ecuador (AP)_", "Peru accused Chile of spying on its navy.", ["Peru"], {"CHL"}),
    ("Quito (CNN) --", "Peru accused Chile of spying on its navy.", ["Peru"], {"CHL"}),
]


@pytest.mark.parametrize("dateline,lead,actors,recipients", LEADS)
def test_the_dateline_is_no_actor_and_no_span_crosses_its_dash(pipe, dateline, lead, actors,
                                                               recipients):
    text = f"{dateline} {lead}"
    result = _analyse(pipe, text)
    dash_end = len(dateline)
    for ent in result.entities:
        for m in ent.mentions:
            # a mention lies wholly in the dateline or wholly in the lead
            assert m.end <= dash_end or m.start > dash_end, (ent.name, m.start, m.end)
    (first,) = [e for e in result.events if e.evidence.start <= text.index(lead.split()[1])
                < e.evidence.end][:1]
    assert [a.text for a in first.actor] == actors
    assert first.evidence.start >= dash_end  # the evidence is the lead, not the dateline
    if recipients is not None:
        assert {r.country for r in first.recipient} == recipients
    agency_or_town = {"OSLO", "Oslo", "QUITO", "Quito", "Reuters", "AP", "CNN",
                      "Associated Press", "Ecuador"}
    for ev in result.events:
        for ref in ev.actor + ev.recipient:
            assert ref.text not in agency_or_town and "-" not in ref.text.split()


def test_the_dateline_town_and_region_stay_places(pipe):
    result = _analyse(pipe, "QUITO, Ecuador (Reuters) - Peru accused Chile of spying.")
    kinds = {e.name: e.kind for e in result.entities}
    assert kinds.get("Quito") == "place"
    assert kinds.get("Ecuador") == "state"
