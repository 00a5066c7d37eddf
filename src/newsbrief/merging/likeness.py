"""Do two evidence sentences tell the same thing? Word sets compared, with the
actors' names and a shared header (a gallery title over captions) set aside.

The words of a sentence are computed once per mention (`Evidence.of`) and kept
with it, so comparing a new mention with stored ones re-reads no text.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..words import PHRASE_WORD, word_lists

# The word lists of this module: data/likeness_lists.toml.
_LISTS = word_lists("newsbrief.merging", "likeness_lists.toml")

_WORD = re.compile(r"[^\W\d_][\w'’-]{2,}|\d[\d,.]*", re.UNICODE)
_STOP = frozenset(_LISTS["stop"])
# Suffixes that make an event noun of a verb (or a verb of a noun): one is taken off.
_SUFFIXES = _LISTS["suffixes"]

# Sentences opening with this many words in common share a header (photo
# captions under one gallery title, list items): only what follows it counts.
HEADER_WORDS = 6


def words_in_order(text: str) -> tuple[str, ...]:
    """Words without numbers ("Caption 3 of 14" and "Caption 4 of 14" open alike)."""
    # Interned: the words of every kept mention share one string each.
    return tuple(sys.intern(w.lower()) for w in _WORD.findall(text) if not w[0].isdigit())


def content_words(text: str) -> frozenset[str]:
    return frozenset(sys.intern(w) for w in (m.lower() for m in _WORD.findall(text))
                     if w not in _STOP)


def name_words(texts: Iterable[str | None]) -> frozenset[str]:
    """Words of the actors' names: that two sentences both say "North Korea" is
    already known; likeness must come from what they say it did."""
    out: set[str] = set()
    for text in texts:
        out |= content_words(text or "")
    return frozenset(out)


def similar_evidence(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two sentences telling the same thing share most of their content words."""
    shared = len(a & b)
    # Most of the shorter sentence, and a fair part of both together: a long
    # sentence (or page furniture) contains a few words of anything.
    return shared >= 3 and shared >= 0.5 * min(len(a), len(b)) and shared >= 0.2 * len(a | b)


@dataclass(frozen=True)
class Evidence:
    """One mention as merging sees it: where it stands, and its words."""

    article_id: str
    modality: str
    sentence: int
    content: frozenset[str]  # content words, names already set aside
    words: tuple[str, ...]  # all words in order
    # the word of the act (records.Predicate.lemma: "sign", "take effect"); "" unknown
    act: str = ""

    @classmethod
    def of(cls, article_id: str, modality: str, sentence: int, text: str,
           names: frozenset[str] = frozenset(), act: str | None = None) -> Evidence:
        return cls(article_id, modality, sentence, content_words(text) - names,
                   words_in_order(text), (act or "").lower())

    def without(self, names: frozenset[str]) -> Evidence:
        return Evidence(self.article_id, self.modality, self.sentence, self.content - names,
                        self.words, self.act)

    def to_dict(self) -> dict[str, Any]:
        return {"content": sorted(self.content), "words": list(self.words), "act": self.act}

    @classmethod
    def from_dict(cls, article_id: str, modality: str, sentence: int,
                  data: dict[str, Any]) -> Evidence:
        return cls(article_id, modality, sentence, frozenset(data["content"]),
                   tuple(data["words"]), data.get("act", ""))


def plain_phrase(text: str | None) -> bool:
    """A thing told in plain words: one word beside determiners and the like, written
    in lower case ("the agreement", "a deal", "its treaty"); not a name ("the Paris
    Agreement", "NAFTA", "the EU deal") nor a description ("a trade pact", "Iran's
    deal", "the 2015 accord")."""
    found = [w for w in PHRASE_WORD.findall(text or "")
             if w.lower() not in _STOP and not (len(w) <= 2 and w.islower())]
    return len(found) == 1 and found[0].islower()


def alike(a: Evidence, b: Evidence) -> bool:
    """Evidence likeness with a shared header set aside."""
    seq_a, seq_b = a.words, b.words
    n = 0
    for x, y in zip(seq_a, seq_b):
        if x != y:
            break
        n += 1
    # (A sentence repeated whole is compared whole.)
    if HEADER_WORDS <= n < min(len(seq_a), len(seq_b)):
        rest_a = frozenset(w for w in seq_a[n:] if w not in _STOP)
        rest_b = frozenset(w for w in seq_b[n:] if w not in _STOP)
        return similar_evidence(rest_a, rest_b)
    return similar_evidence(a.content, b.content)


def stem(word: str) -> str:
    """The word with one derivational suffix off ("signing" -> "sign",
    "invasion" -> "inva", "withdrawal" -> "withdraw"). A multi-word lemma ("take
    effect") stays whole."""
    word = word.lower().strip()
    if " " in word:
        return word
    if len(word) >= 5 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]  # "talks", "sanctions"
    for suffix in _SUFFIXES:
        # "-al" and "-en" only off a long word: "signal" is not "sign".
        keep = 5 if suffix in ("al", "en") else 4
        if word.endswith(suffix) and len(word) - len(suffix) >= keep:
            return word[: -len(suffix)]
    return word


def same_family(a: str, b: str) -> bool:
    """Two lemmas of one act: equal stems, or, when one lost a suffix, one stem
    the other's beginning short by at most two letters ("inva"/"invad",
    "elec"/"elect"; but "sign" and "signal" are two words)."""
    sa, sb = stem(a), stem(b)
    if sa == sb:
        return True
    if " " in sa or " " in sb or (sa == a.lower() and sb == b.lower()):
        return False
    short, long_ = sorted((sa, sb), key=len)
    return len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 2
