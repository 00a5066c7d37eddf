"""The trained reportable-event model (issue 11): its file, its features, and a held-out
check that it separates clear events from clear non-events.

The sentences below were written for this test (not corpus text, not the training
sentences of src/newsbrief/events/data/reportable_train*.tsv; a test checks that)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest
import spacy
from spacy.tokens import Doc

from newsbrief.events.reportable import (DENSE_WIDTH, Model, article_features,
                                         dense_features, model, title_names_state)
from newsbrief.records import Article

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src/newsbrief/events/data"
VOCAB = spacy.blank("en").vocab

CLEAR_EVENTS = [
    "Russian troops attacked the Ukrainian city of Kharkiv on Tuesday, officials said.",
    "The French president met the German chancellor in Berlin on Monday.",
    "Police arrested twelve protesters outside the parliament in Nairobi on Friday.",
    "Japan and South Korea signed a defence agreement in Tokyo on Thursday.",
    "Iran expelled two British diplomats on Sunday, the foreign ministry said.",
    "The Turkish foreign minister accused Greece on Saturday of violating its airspace.",
    "Egypt sent food and medicine to Sudan on Wednesday, the Egyptian government said.",
    "Brazil recalled its ambassador from Israel on Monday after a dispute over Gaza.",
]
CLEAR_NON_EVENTS = [
    "I think we should always talk to our neighbours before we fight them.",
    "Countries often threaten their rivals when elections are near.",
    "If the talks fail, the army could attack the rebels next year.",
    "The striker scored twice as Madrid beat Barcelona in the league on Sunday.",
    "Shares of the retailer rose after its quarterly earnings beat expectations.",
    "Would a summit between the two leaders really change anything?",
    "Many voters believe politicians never keep their promises.",
    "Critics say the president likes to attack the press whenever he can.",
]


def test_shipped_model_file_loads_with_dense_weights_and_calibration():
    raw = json.loads((DATA / "reportable_model.json").read_text("utf-8"))
    m = model()
    assert m is not None and m.weights and "bias" in m.weights
    assert all(math.isfinite(w) for w in m.weights.values())
    assert len(m.dense) == len(m.dense_mean) == 3 * DENSE_WIDTH
    assert all(math.isfinite(w) for w in m.dense)
    # trained on labelled corpus candidates, calibrated on held-out scores
    assert raw["candidates"] >= 1000 and raw["calibration"]["a"] > 0
    assert 0.0 < m.confidence(["bias"]) < 1.0


def test_dense_term_uses_the_training_mean_when_a_doc_has_no_tensor():
    m = Model({"bias": 0.5}, dense=(1.0, -2.0), dense_mean=(0.5, 0.25))
    assert m.logit(["bias"]) == pytest.approx(0.5 + 0.5 - 0.5)
    assert m.logit(["bias"], np.array([1.0, 1.0])) == pytest.approx(0.5 + 1.0 - 2.0)
    # a vector of another width (another pipeline's tok2vec) is not used
    assert m.logit(["bias"], np.array([1.0, 1.0, 1.0])) == pytest.approx(0.5)
    doc = Doc(VOCAB, words=["Russia", "met", "Iran", "."])
    assert dense_features(doc[1]) is None


def test_article_features_read_address_title_and_voice():
    words = ["I", "think", "we", "should", "talk", ".", "Do", "we", "care", "?"]
    doc = Doc(VOCAB, words=words, sent_starts=[True] + [False] * 5 + [True] + [False] * 3)
    art = Article(id="a", origin="t", text=doc.text, title="Opinion: why we should talk?",
                  url="https://example.com/opinion/2020/01/why-talk")
    f = set(article_features(doc, art))
    assert {"art_opinion_url", "art_title_opinion", "art_title_question", "art_1st=hi",
            "art_question=hi", "art_short"} <= f
    plain = Article(id="b", origin="t", text=doc.text, title="Leaders meet in Paris",
                    url="https://example.com/world/2020/01/leaders-meet")
    g = set(article_features(doc, plain))
    assert not {"art_opinion_url", "art_title_opinion", "art_title_question"} & g
    # the host name is not the path: a site called "opinion-news" is not an opinion page
    host = Article(id="c", origin="t", text=doc.text,
                   url="https://opinion-news.example.com/world/leaders-meet")
    assert "art_opinion_url" not in article_features(doc, host)


@pytest.mark.parametrize("title, state", [
    ("Turkey recalls its envoy after border clash", True),
    ("French troops leave the capital", True),
    ("US and EU agree on steel quotas", True),
    ("Defence minister resigns over leaked memo", True),
    ("Lawmakers reject the spending plan", True),
    ("Tech giant posts record quarterly profit", False),
    ("How to grow tomatoes on a balcony", False),
    ("The band's farewell tour sells out", False),
])
def test_title_names_a_state_actor(title, state):
    assert title_names_state(title) is state


def test_the_sectors_of_a_state_are_defined_once():
    # review10: the title feature reads the state sectors the actors' resolver holds, so
    # a sector added there (a new office or force) counts here too.
    from newsbrief.actors import anaphora
    from newsbrief.events import reportable
    assert reportable.STATE_SECTORS is anaphora.STATE_SECTORS


def test_article_features_say_whether_the_title_names_a_state():
    doc = Doc(VOCAB, words=["Leaders", "met", "."])
    world = Article(id="w", origin="t", text=doc.text, title="Japan and India sign a pact",
                    url="https://example.com/world/asia/japan-india-pact")
    f = set(article_features(doc, world))
    assert "art_title_state" in f
    shop = Article(id="s", origin="t", text=doc.text, title="A cheaper phone goes on sale",
                   url="https://example.com/tech/reviews/a-cheaper-phone")
    g = set(article_features(doc, shop))
    assert "art_title_nostate" in g
    bare = Article(id="b", origin="t", text=doc.text)
    h = set(article_features(doc, bare))
    assert not {"art_title_state", "art_title_nostate"} & h


def _best_confidence(nlp, text: str) -> tuple[float, list]:
    from newsbrief.actors import extract_entities
    from newsbrief.events import extract_events
    from newsbrief.timexes import tag_timexes

    article = Article(id="t", origin="test", text=text, published="2024-03-15",
                      published_source="given")
    doc = nlp(text)
    entities = extract_entities(doc, article)
    timexes = tag_timexes(text, article.published, doc=doc)
    events = extract_events(doc, article, entities, timexes)
    return max((e.confidence for e in events), default=0.0), events


def test_dense_features_are_deterministic(nlp):
    text = CLEAR_EVENTS[0]
    a, b = nlp(text), nlp(text)
    tok = next(t for t in a if t.lemma_ == "attack")
    va, vb = dense_features(tok), dense_features(b[tok.i])
    assert va is not None and va.shape == (3 * DENSE_WIDTH,) and np.array_equal(va, vb)
    _, first = _best_confidence(nlp, text)
    _, second = _best_confidence(nlp, text)
    assert [e.confidence for e in first] == [e.confidence for e in second]


def test_model_separates_clear_events_from_clear_non_events(nlp):
    events = [_best_confidence(nlp, t)[0] for t in CLEAR_EVENTS]
    non = [_best_confidence(nlp, t)[0] for t in CLEAR_NON_EVENTS]
    pairs = [(e > n) + 0.5 * (e == n) for e in events for n in non]
    assert sum(pairs) / len(pairs) >= 0.85, (events, non)
    assert np.mean(events) - np.mean(non) >= 0.2, (events, non)


def test_test_sentences_are_not_training_sentences():
    train = {line.split("\t")[2].replace("[[", "").replace("]]", "").strip().lower()
             for path in DATA.glob("reportable_train*.tsv")
             for line in path.read_text("utf-8").splitlines()
             if line.strip() and not line.startswith("#")}
    assert not {s.lower() for s in CLEAR_EVENTS + CLEAR_NON_EVENTS} & train


def test_the_same_report_counts_more_among_reported_acts_than_among_opinion(nlp):
    # the article's other candidates move a record's confidence (the article term)
    report = "Police detained four activists near the ministry in Quito on Thursday."
    news = " ".join(CLEAR_EVENTS[:6] + [report])
    views = " ".join(CLEAR_NON_EVENTS[:6] + [report])

    def arrest(text):
        _, events = _best_confidence(nlp, text)
        start = text.index(report)
        return max(e.confidence for e in events if e.evidence.start >= start)

    assert model().article_weight > 0
    assert arrest(news) > arrest(views)
