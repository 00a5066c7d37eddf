"""Wire and web datelines are cut off the lead before parsing (newsbrief.nlp.datelines).

Every dateline here is made up for the test: the shapes of wire copy (town, region,
day, agency, each kind of dash) around sentences no article holds.
"""

import pytest
import spacy

from newsbrief.nlp import _line_breaks, datelines

NLP = spacy.blank("en")


def _cut(text):
    doc = _line_breaks(NLP(text))
    return [doc[s:e].text for s, e in datelines(doc)], doc


@pytest.mark.parametrize("text,dateline,lead", [
    ("OSLO - Norway recalled its envoy.", "OSLO -", "Norway"),
    ("OSLO -- Norway recalled its envoy.", "OSLO --", "Norway"),
    ("OSLO — Norway recalled its envoy.", "OSLO —", "Norway"),
    ("OSLO – Norway recalled its envoy.", "OSLO –", "Norway"),
    ("OSLO _ Norway recalled its envoy.", "OSLO _", "Norway"),
    ("OSLO (Reuters) - Norway recalled its envoy.", "OSLO (Reuters) -", "Norway"),
    ("QUITO, Ecuador - Troops closed the port.", "QUITO, Ecuador -", "Troops"),
    ("QUITO, Ecuador (AP) — Troops closed the port.", "QUITO, Ecuador (AP) —", "Troops"),
    ("QUITO, Ecuador (AP)_ Troops closed the port.", "QUITO, Ecuador (AP)_", "Troops"),
    ("QUITO, March 3 - Ecuador closed the port.", "QUITO, March 3 -", "Ecuador"),
    ("QUITO, Mar. 3 (Reuters) - Ecuador closed the port.", "QUITO, Mar. 3 (Reuters) -",
     "Ecuador"),
    ("QUITO, 3 March - Ecuador closed the port.", "QUITO, 3 March -", "Ecuador"),
    ("QUITO, Ecuador, Mar 3 - Ecuador closed the port.", "QUITO, Ecuador, Mar 3 -", "Ecuador"),
    ("QUITO 2001-03-03 Ecuador closed the port.", "QUITO 2001-03-03", "Ecuador"),
    ("SAN JOSE, Calif. (AP) — A judge froze the funds.", "SAN JOSE, Calif. (AP) —", "A"),
    ("ST. PAUL, Minn. _ Lawmakers passed the bill.", "ST. PAUL, Minn. _", "Lawmakers"),
    ("LIMA/QUITO (Reuters) - Peru and Ecuador closed the border.", "LIMA/QUITO (Reuters) -",
     "Peru"),
    ("Quito (CNN) -- Ecuador closed the port.", "Quito (CNN) --", "Ecuador"),
    ("Quito – Ecuador closed the port.", "Quito –", "Ecuador"),
    ("Quito, Ecuador - Troops closed the port.", "Quito, Ecuador -", "Troops"),
    ("Head line\nQUITO, Mar 3 (Reuters) - Ecuador closed the port.",
     "QUITO, Mar 3 (Reuters) -", "Ecuador"),
])
def test_a_dateline_is_a_sentence_of_its_own(text, dateline, lead):
    got, doc = _cut(text)
    assert got == [dateline]
    (start, end), = datelines(doc)
    assert doc[end].text == lead and doc[end].is_sent_start
    # the dateline holds together, and so does the lead up to its full stop
    assert not any(t.is_sent_start for t in doc[start + 1:end])
    assert not any(t.is_sent_start for t in doc[end + 1:-1])


@pytest.mark.parametrize("text", [
    "SPORT - NORWAY BEAT SWEDEN IN FINAL.",  # an all-capitals headline
    "Al-Jazeera aired the tape.",  # a hyphen inside a word
    "Anna Berg — a lawyer for the firm, said so.",  # a name, then an aside
    "The Coast Guard - which patrols the bay - said no.",
    "Anna Berg - The lawyer said so.",  # a title-case name before a plain hyphen
    "Friday - The army said it shelled the town.",  # a day, not a town
    "The talks in OSLO - Norway's capital - ended.",  # not at the start of a line
    "OSLO, Norway (AP) --\n\nNorway recalled its envoy.",  # on its own line already
])
def test_no_dateline_where_none_is(text):
    assert _cut(text)[0] == []


# (fix13, review of dateline13's 6151199) a dateline cut off the lead is no sentence of
# the story in the article's counts: each count would change if it were one.

def test_a_cut_dateline_is_not_counted_in_the_business_page():
    from newsbrief.events.genre import page_of

    # one business sentence in three: a business page (0.3); four with the dateline: not
    text = ("OSLO (Reuters) - Acme sold chips to stores.\nThe talks went on for hours.\n"
            "The envoy flew home on Monday.")
    doc = _line_breaks(NLP(text))
    assert datelines(doc)
    assert page_of(doc).business


def test_a_cut_dateline_is_not_counted_in_the_articles_shares():
    from newsbrief.events.reportable import article_features

    # "said" in one sentence of two: a high share; one of three with the dateline: middling
    doc = _line_breaks(NLP("OSLO (Reuters) - Norway said it recalled its envoy.\n"
                           "The talks went on."))
    assert datelines(doc)
    assert "art_said=hi" in article_features(doc)


def test_the_lead_after_a_cut_dateline_opens_its_paragraph():
    from newsbrief.events.reportable import _position

    doc = _line_breaks(NLP("OSLO (Reuters) - Norway recalled its envoy.\n\nThe talks went on."))
    lead = next(s for s in doc.sents if s.start == datelines(doc)[0][1])
    assert "para_first_sentence" in _position(lead[0], lead)
