"""The spaCy pipeline: loaded once per process, only the components stages need."""

from __future__ import annotations

from functools import lru_cache

from .errors import ModelError

# The stages read POS tags, lemmas, the dependency parse and NER; nothing else.
NEEDED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


@lru_cache(maxsize=4)
def load_nlp(model: str):
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError:
        raise ModelError(
            f"spaCy model '{model}' is not installed",
            fix="run `pip install --no-deps -r requirements-models.txt`, or set [nlp] model "
            "to an installed English pipeline",
        ) from None
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(f"spaCy model '{model}' lacks {sorted(missing)}",
                         fix="use an English pipeline with a parser and NER")
    unused = [name for name in nlp.pipe_names if name not in NEEDED]
    if unused:
        nlp.select_pipes(disable=unused)
    return nlp
