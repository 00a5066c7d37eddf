"""Lines that stand alone (headline, caption, dateline) end a sentence before parsing."""

import spacy

from newsbrief.nlp import _line_breaks


def _doc(text):
    return spacy.blank("en")(text)


def test_a_caption_line_is_its_own_sentence():
    doc = _line_breaks(_doc("Minister Ana Ruiz with envoys in Lima\nThe two sides signed "
                            "a pact on Monday, officials said.\nTalks resume next week."))
    starts = [t.text for t in doc[1:] if t.is_sent_start]
    assert starts == ["The", "Talks"]


def test_hard_wrapped_text_is_left_to_the_parser():
    wrapped = ("The finance ministry said on Tuesday that it\nwould cut spending on roads and\n"
               "raise taxes on fuel next year after\nthe budget gap widened for a third\n"
               "year in a row, officials said.\n")
    doc = _line_breaks(_doc(wrapped))
    assert not any(t.is_sent_start for t in doc[1:])
