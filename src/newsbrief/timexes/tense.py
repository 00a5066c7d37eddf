"""The tense a time expression is used in: past, present or future.

With a spaCy Doc, the tense of the verb governing the expression decides
("took effect Wednesday" -> past; "will meet Monday" -> future).  Without one,
a fast cue from the words of the same clause does: a future marker ("will",
"next", "expected to") wins over past-tense forms, because news reports future
plans in past-tense reporting frames ("talks will resume Monday, he said").
"""

from __future__ import annotations

import re
from typing import Any

from ..words import word_lists
from .dates import Tense

# The word lists of this module: data/tense_lists.toml.
_LISTS = word_lists("newsbrief.timexes", "tense_lists.toml")
CAUSING = frozenset(_LISTS["causing"])
_ASKING_NOUNS = frozenset(_LISTS["asking_nouns"])

_CLAUSE_END = re.compile(r"[.;!?\n]|,\s+(?:he|she|they|it|officials?)\s+said|\s-\s")
# Markers of the future: modal "will", going-to, scheduling verbs.  "next"
# and "until" are not here: they are part of time expressions themselves.
_FUTURE = re.compile(
    r"\b(?:will|won't|wo\s+n't|shall|'ll|going\s+to|expected\s+to|expects?\s+to|plans?\s+to|"
    r"planned\s+to|intends?\s+to|scheduled|due\s+to|due|set\s+to|is\s+to|are\s+to|"
    r"upcoming|aims?\s+to|hopes?\s+to|to\s+be|will\s+be|planned|planning|as\s+soon\s+as|as\s+early\s+as|"
    r"might|would\s+be|to\s+(?:begin|start|meet|open|visit|"
    r"hold|take|vote|decide|announce|sign|resume|return|attend|travel|complete|end|close|expire|"
    r"report|release|leave|arrive|make|go|come|give|hear|rule|consider|discuss|launch))\b", re.I)
_PAST = re.compile(
    r"\b(?:was|were|had|did|ago|earlier|have\s+been|has\s+been|\w{3,}ed|began|took|gave|"
    r"made|met|said|told|went|came|saw|won|lost|left|held|fell|rose|sold|bought|paid|sent|spent|"
    r"struck|broke|brought|caught|fought|killed|led|ran|shot|spoke|stood|thought|wrote|got|"
    r"became|began|chose|drew|drove|felt|found|grew|heard|hit|kept|knew|laid|meant|put|quit|"
    r"read|rang|said|sank|slid|stole|swore|threw|tore|understood|woke|wore|won|withdrew)\b", re.I)
_NOT_PAST = re.compile(r"^(?:need|speed|seed|feed|indeed|deed|bleed|breed|creed|greed|weed|"
                       r"hundred|red|bed|shed|wed|fled|bred|led|sled|med|ted|ned|ed)$", re.I)
_PRESENT = re.compile(r"\b(?:is|are|am)\b", re.I)


def clause(text: str, start: int, end: int, reach: int = 120) -> tuple[str, str]:
    """Words of the clause before and after a span, within `reach` characters."""
    left = text[max(0, start - reach):start]
    cut = None
    for cut in _CLAUSE_END.finditer(left):
        pass
    if cut is not None:
        left = left[cut.end():]
    right = text[end:end + reach]
    stop = _CLAUSE_END.search(right)
    if stop is not None:
        right = right[:stop.start()]
    return left, right


def tense_from_words(text: str, start: int, end: int, *, left_only: bool = False) -> Tense:
    """The nearest tense cue of the clause; a future marker before the span
    ("will meet on Friday") wins over a reporting verb after it ("..., he said").
    `left_only`: cues after the span do not count."""
    left, right = clause(text, start, end)
    if left_only:
        right = ""
    best: tuple[int, str] | None = None
    for kind, pattern in (("future", _FUTURE), ("past", _PAST), ("present", _PRESENT)):
        for m in pattern.finditer(left):
            if kind == "past" and _NOT_PAST.match(m.group(0)):
                continue
            distance = len(left) - m.end()
            if kind == "future":
                distance //= 2
            if best is None or distance < best[0]:
                best = (distance, kind)
        for m in pattern.finditer(right):
            if kind == "past" and _NOT_PAST.match(m.group(0)):
                continue
            distance = m.start() + 20
            if best is None or distance < best[0]:
                best = (distance, kind)
    return best[1] if best else None  # type: ignore[return-value]


_FUTURE_AUX = {"will", "wo", "shall", "'ll", "ll"}


def _simple_past(verb: Any) -> bool:
    """A verb told in the simple past, active ("forced") or passive ("was forced")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return not auxes
    return verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].lower_ in ("was", "were")


def _verb_told_on(span: Any, verb: Any) -> Any:
    """The verb a time told between a verb and the subject of its bare content clause
    belongs to: the verb before it, whose tense it takes ("announced on Friday she will
    quit": the announcing's past Friday), though the parser hangs the time on the
    clause's verb. After "that" ("said that on Friday she will quit") the time is the
    clause's own; so is a time after the clause's subject."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i >= span.start or head.pos_ not in ("VERB", "AUX"):
        return verb
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subjects or span.end > min(c.left_edge.i for c in subjects):
        return verb
    if any(c.dep_ == "mark" and c.i < span.start for c in verb.children):
        return verb
    return head


def tense_from_doc(doc: Any, start: int, end: int) -> Tense | None:
    """Tense of the verb governing the span, or None when the parse has none."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span.root
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") and token.dep_ != "aux":
            break
        if token.head.i == token.i:
            break
        token = token.head
    else:
        return None
    if token.pos_ not in ("VERB", "AUX"):
        return None
    token = _verb_told_on(span, token)
    children = list(token.children)
    auxes = [c for c in children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _FUTURE_AUX or a.lower_ in ("would", "going") for a in auxes):
        return "future"
    if token.tag_ == "VB" and any(c.tag_ == "TO" for c in children):
        # "is expected to sign Friday", "plans to visit in June"
        governor = token.head
        if governor.lemma_ in ("expect", "plan", "schedule", "set", "intend", "aim", "hope", "want",
                               "agree", "promise", "be", "due", "decide", "vow", "pledge"):
            return "future"
        if token.dep_ == "advcl" and governor.tag_ == "VBD" and not any(
                c.dep_ in ("aux", "auxpass") for c in governor.children):
            # "met to discuss the enclave on Wednesday", "flew to Paris to sign it on
            # Monday": the purpose of an act told in the simple past was pursued with it
            return "past"
        if token.dep_ in ("xcomp", "ccomp") and governor.lemma_.lower() in CAUSING and \
                _simple_past(governor) and not any(
                    c.dep_ == "dobj" and c.lemma_.lower() in _ASKING_NOUNS for c in governor.children):
            # "the raid prompted them to close the embassies on Sunday", "was forced to
            # resign Friday": what a cause told in the past brought about was done with it
            return "past"
        return None
    if token.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if token.tag_ == "VBN":
        if any(a.lower_ in ("has", "have", "had", "was", "were") for a in auxes):
            return "past"
        return "past" if not auxes else None
    if token.tag_ in ("VBZ", "VBP"):
        return "present"
    return None


def tense_at(text: str, start: int, end: int, doc: Any = None) -> Tense:
    if doc is not None:
        found = tense_from_doc(doc, start, end)
        if found is not None:
            if found == "present":
                # "takes effect Friday": the present of a scheduled event; let the words
                # decide, a past verb only before it: one after it is another clause's
                # ("meets the envoy Thursday, his office said", "heads to Geneva
                # Thursday for talks with X, who offered ..."), not this verb's time.
                words = tense_from_words(text, start, end)
                if words == "past":
                    words = tense_from_words(text, start, end, left_only=True)
                return words or "present"
            return found
    return tense_from_words(text, start, end)
