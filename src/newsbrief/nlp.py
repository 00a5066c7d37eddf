"""The spaCy pipeline: loaded once per process, only the components stages need."""

from __future__ import annotations

from functools import lru_cache

from .errors import ModelError

# The stages read POS tags, lemmas, the dependency parse and NER; nothing else.
NEEDED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner",
          "newsbrief_line_breaks", "newsbrief_attributes", "newsbrief_lemmas")


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
    _use_fast_components(nlp)
    return nlp


def _use_fast_components(nlp) -> None:
    """Put the cached attribute ruler and lemmatizer in place of spaCy's, where
    they give the same attributes (English rule lemmatizer, ruler patterns on
    LOWER, TAG, DEP, IS_SPACE); the originals stay loaded, disabled, and answer
    the caches' misses."""
    for original, fast, kind in (("attribute_ruler", FAST_ATTRIBUTES, FastAttributes),
                                 ("lemmatizer", FAST_LEMMAS, FastLemmas)):
        if original in nlp.pipe_names and kind.supports(nlp.get_pipe(original)):
            nlp.add_pipe(fast, after=original)
            nlp.disable_pipe(original)


# ------------------------------------------------------------- reading the Doc
#
# A spaCy Token is a Python object made afresh at every `doc[i]` or `for t in
# doc`; the stages read the same words many times, so the words and the text are
# read once per Doc, from its arrays, and kept in its user_data.

def doc_words(doc) -> list[str]:
    """Token texts (`t.text` of every token), built once per Doc."""
    words = doc.user_data.get("newsbrief.words")
    if words is None or len(words) != len(doc):
        from spacy.attrs import ORTH

        strings = doc.vocab.strings
        words = [strings[o] for o in doc.to_array(ORTH).tolist()] if len(doc) else []
        doc.user_data["newsbrief.words"] = words
    return words


def doc_text(doc) -> str:
    """`doc.text`, built once per Doc without making Token objects."""
    words = doc_words(doc)
    got = doc.user_data.get("newsbrief.text")
    if got is None or got[0] != len(words):
        from spacy.attrs import SPACY

        spaces = doc.to_array(SPACY).tolist() if len(doc) else []
        got = (len(words), "".join(w + " " if s else w for w, s in zip(words, spaces)))
        doc.user_data["newsbrief.text"] = got
    return got[1]


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
    if not Language.has_factory(FAST_ATTRIBUTES):
        Language.factory(FAST_ATTRIBUTES,
                         func=lambda nlp, name: FastAttributes(nlp.get_pipe("attribute_ruler")))
    if not Language.has_factory(FAST_LEMMAS):
        Language.factory(FAST_LEMMAS,
                         func=lambda nlp, name: FastLemmas(nlp.get_pipe("lemmatizer")))


# ------------------------------------------------------- attributes and lemmas
#
# en_core_web_sm's attribute_ruler and rule lemmatizer are pure Python work per
# token: the ruler's Matcher tries its 179 patterns at every token and makes a
# Span per match; the lemmatizer rebuilds morphology dicts for every base form.
# Together they cost about a fifth of bare spaCy's time. What they give a token
# depends on a few of its attributes only, so the two components below give the
# same attributes from a per-process cache and ask the original components only
# about combinations not seen before (tests/test_nlp_fast.py checks equality).

FAST_ATTRIBUTES = "newsbrief_attributes"
FAST_LEMMAS = "newsbrief_lemmas"
# Token attributes a single-token pattern may test for the cache to hold: what
# the pattern sees of a token is then (LOWER, TAG, DEP); IS_SPACE follows from
# the lowercase text.
_PATTERN_KEYS = frozenset({"LOWER", "TAG", "DEP", "IS_SPACE"})
_PREDICATES = frozenset({"IN", "NOT_IN", "REGEX"})


class FastAttributes:
    """The attribute ruler's result, exactly: single-token patterns answered from
    a cache keyed by (lower, tag, dep), longer patterns by a Matcher of their
    own, all matches applied in the ruler's order (pattern index). A lowercase
    text that no pattern names, matches or excludes, and that is not space, is
    keyed as one (ANY), so the cache fills after a few articles."""

    def __init__(self, ruler):
        import re

        from spacy.matcher import Matcher

        self.ruler = ruler
        self.vocab = ruler.vocab
        self.single: list[tuple[int, list[dict]]] = []  # (attr index, token patterns)
        self.multi = Matcher(self.vocab, validate=False)
        self.named: set[str] = set()  # lowercase texts that single patterns name
        self.regexes: list = []
        for key, patterns in _ruler_patterns(ruler):
            singles = [p[0] for p in patterns if len(p) == 1]
            longer = [p for p in patterns if len(p) > 1]
            if singles:
                self.single.append((key, singles))
            if longer:
                self.multi.add(str(key), longer)
            for pattern in singles:
                want = pattern.get("LOWER")
                if isinstance(want, str):
                    self.named.add(want)
                elif isinstance(want, dict):
                    for op, arg in want.items():
                        if op == "REGEX":
                            self.regexes.append(re.compile(arg))
                        else:
                            self.named.update(arg)
        self._relevant: dict[int, int] = {}  # lower -> itself, or ANY
        self._cache: dict[tuple[int, int, int], tuple[int, ...]] = {}
        self._composed: dict[tuple[int, ...], dict] = {}

    @staticmethod
    def supports(ruler) -> bool:
        for _key, patterns in _ruler_patterns(ruler):
            for pattern in patterns:
                if len(pattern) > 1:
                    continue
                for attr, value in pattern[0].items():
                    if attr not in _PATTERN_KEYS:
                        return False
                    if isinstance(value, dict) and not set(value) <= _PREDICATES:
                        return False
        return True

    def _lower_key(self, lower: int) -> int:
        got = self._relevant.get(lower)
        if got is None:
            text = self.vocab.strings[lower]
            named = (text in self.named or text.isspace()
                     or any(rx.search(text) for rx in self.regexes))
            got = lower if named else _ANY
            self._relevant[lower] = got
        return got

    def _matches(self, lower: int, tag: int, dep: int) -> tuple[int, ...]:
        strings = self.vocab.strings
        text = _ANY_TEXT if lower == _ANY else strings[lower]
        values = {"LOWER": text, "TAG": strings[tag] if tag else "",
                  "DEP": strings[dep] if dep else "",
                  "IS_SPACE": text is not _ANY_TEXT and text.isspace()}
        found = []
        for key, singles in self.single:
            for pattern in singles:
                if all(_test(values[attr], want) for attr, want in pattern.items()):
                    found.append(key)
                    break
        return tuple(found)

    def __call__(self, doc):
        from spacy.attrs import DEP, LOWER, TAG
        from spacy.tokens._retokenize import set_token_attrs

        if not len(doc):
            return doc
        strings = self.vocab.strings
        extra: dict[int, list[int]] = {}
        for match_id, start, end in self.multi(doc, allow_missing=True):
            key = int(strings[match_id])
            at = self.ruler.indices[key]
            i = (start if at >= 0 else end) + at
            if not start <= i < end:
                raise ValueError(f"attribute ruler pattern {key} points outside its match")
            extra.setdefault(i, []).append(key)
        cache = self._cache
        composed = self._composed
        attrs = self.ruler.attrs
        relevant = self._relevant
        for i, (lower, tag, dep) in enumerate(doc.to_array([LOWER, TAG, DEP]).tolist()):
            lower = relevant.get(lower) or self._lower_key(lower)
            keys = cache.get((lower, tag, dep))
            if keys is None:
                keys = cache[(lower, tag, dep)] = self._matches(lower, tag, dep)
            if i in extra:
                keys = tuple(sorted(keys + tuple(extra[i])))
            if not keys:
                continue
            values = composed.get(keys)
            if values is None:
                values = {}
                for key in keys:
                    values.update(attrs[key])
                composed[keys] = values
            set_token_attrs(doc[i], values)
        return doc


# The key of every lowercase text that no attribute-ruler pattern tells apart,
# and the text it stands for.
_ANY = -1
_ANY_TEXT = object()


def _ruler_patterns(ruler):
    """(attr index, token patterns) of the ruler, in its order."""
    out = []
    for key in range(len(ruler.attrs)):
        got = ruler.matcher.get(str(key))
        out.append((key, got[1] if got else []))
    return out


def _test(value, want) -> bool:
    """A Matcher token predicate on one attribute; `value` _ANY_TEXT is a
    lowercase text that equals, contains and matches nothing the patterns name."""
    import re

    if isinstance(want, dict):
        for op, arg in want.items():
            if value is _ANY_TEXT:
                if op != "NOT_IN":
                    return False
            elif op == "IN" and value not in arg:
                return False
            elif op == "NOT_IN" and value in arg:
                return False
            elif op == "REGEX" and not re.search(arg, value):
                return False
        return True
    return value is not _ANY_TEXT and value == want


class FastLemmas:
    """The rule lemmatizer's result, exactly. A base form (decided by POS and
    morphology alone) is its lowercase text; any other lemma is a function of
    the text and POS. Both are kept for the process; spaCy keeps the second
    only and recomputes base forms, morphology dicts included, every time."""

    def __init__(self, lemmatizer):
        self.lemmatizer = lemmatizer
        self._base: dict[tuple[int, int], bool] = {}
        self._cache: dict[tuple[int, int], int] = {}

    @staticmethod
    def supports(lemmatizer) -> bool:
        from spacy.lang.en.lemmatizer import EnglishLemmatizer

        return (type(lemmatizer) is EnglishLemmatizer and lemmatizer.mode == "rule"
                and not lemmatizer.overwrite)

    def __call__(self, doc):
        import numpy
        from spacy.attrs import LEMMA, LOWER, MORPH, ORTH, POS

        if not len(doc):
            return doc
        lemmatizer = self.lemmatizer
        if not lemmatizer._validated:  # noqa: SLF001 - as the component itself does
            lemmatizer._validate_tables()  # noqa: SLF001
        strings = lemmatizer.vocab.strings
        base_of = self._base
        cache = self._cache
        rows = doc.to_array([ORTH, LOWER, POS, MORPH, LEMMA])
        lemmas = rows[:, 4].copy()
        for i, (orth, lower, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:
                continue
            base = base_of.get((pos, morph))
            if base is None:
                token = doc[i]
                # No POS: spaCy's own path (it warns); space and EOL: lowercase.
                base = bool(token.pos_) and (token.pos_ in ("SPACE", "EOL")
                                             or lemmatizer.is_base_form(token))
                base_of[(pos, morph)] = base
            if base:
                lemmas[i] = lower
                continue
            got = cache.get((orth, pos))
            if got is None:
                got = strings.add(lemmatizer.lemmatize(doc[i])[0])
                if pos:
                    cache[(orth, pos)] = got
            lemmas[i] = got
        doc.from_array([LEMMA], lemmas.reshape(-1, 1).astype(numpy.uint64))
        return doc


_register()
