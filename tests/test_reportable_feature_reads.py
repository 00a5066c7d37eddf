"""Features of the reportable model that misread the text (keyconf45): a quote mark that
closes the paragraph before a sentence, read as opening a quotation in it. Hand-built
Docs of made-up text; no trained spaCy model needed."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsbrief.events.reportable import _position

VOCAB = spacy.blank("en").vocab


def _doc(words, spaces, sent_starts):
    """A Doc of `words` cut into sentences at the token indices `sent_starts`, each
    sentence's tokens hanging on its first (the parse is not what is tested here)."""
    heads, deps, first = [], [], 0
    for i in range(len(words)):
        first = i if i in sent_starts else first
        heads.append(first)
        deps.append("ROOT" if i == first else "dep")
    return Doc(VOCAB, words=words, spaces=spaces, heads=heads, deps=deps)


def _stray_mark_doc():
    # 'She said: "We won."\n\nPolice arrested two men.', parsed with the closing mark of
    # the first paragraph opening the second sentence.
    words = ["She", "said", ":", '"', "We", "won", ".", '"', "\n\n", "Police", "arrested",
             "two", "men", "."]
    spaces = [True, False, True, False, True, False, False, False, False, True, True, True,
              False, False]
    return _doc(words, spaces, {0, 7})


def test_a_mark_closing_the_paragraph_before_opens_no_quotation():
    doc = _stray_mark_doc()
    tok = doc[10]
    assert tok.sent.text.startswith('"\n\nPolice')
    assert "in_quote" not in _position(tok, tok.sent)


def test_a_quotation_opened_on_the_triggers_own_line_still_counts():
    # (control: passes before and after the change) 'Police said: "We arrested two men."'
    words = ["Police", "said", ":", '"', "We", "arrested", "two", "men", ".", '"']
    spaces = [True, False, True, False, True, True, True, False, False, False]
    doc = _doc(words, spaces, {0})
    assert "in_quote" in _position(doc[5], doc[5].sent)


def test_a_stray_mark_no_longer_cancels_a_quotation_on_the_triggers_line():
    # 'He said: "We won."\n\nShe said they "signed the accord" on Monday.': the stray
    # mark made the opening mark before "signed" the second of the sentence.
    words = ["He", "said", ":", '"', "We", "won", ".", '"', "\n\n", "She", "said", "they",
             '"', "signed", "the", "accord", '"', "on", "Monday", "."]
    spaces = [True, False, True, False, True, False, False, False, False, True, True, True,
              False, True, True, False, True, True, False, False]
    doc = _doc(words, spaces, {0, 7})
    tok = doc[13]
    assert "in_quote" in _position(tok, tok.sent)
