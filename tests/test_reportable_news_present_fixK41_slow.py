"""fixK41 (review 42A items 1-3 and the suspected document subject): the news-present
test (`reportable._news_present`, keyrank stop 41) keeps `simple_present` on a routine
("every Friday", "each week", "whenever", "daily", "weekly"), on a bare plural doer
("Americans blame ..."), on the later sentence of a quotation opened earlier in the
paragraph, and on a text that lays down what should be done ("the plan calls for ...").
Sentences made up; the pinned parser's real parse."""

from __future__ import annotations

import pytest

from newsbrief.events.coding import Coding
from newsbrief.events.reportable import ArticleContext, features

pytestmark = pytest.mark.slow

CODING = Coding("REJECT", None, None, "120", 0.8, None)


def _present(nlp, text: str, verb: str) -> bool:
    doc = nlp(text)
    tok = [t for t in doc if t.text == verb][-1]
    return "simple_present" in features(tok, CODING, actor=(), recipient=(),
                                        passive=False, modality="asserted",
                                        context=ArticleContext())


@pytest.mark.parametrize("text, verb", [
    # item 1: a recurring time or a word of frequency
    ("Every Tuesday, Governor Lindqvist praises nurses in her radio show.", "praises"),
    ("Each month, Senator Okafor blasts the central bank on his podcast.", "blasts"),
    ("The Kremlin denies the accounts each time they are published.", "denies"),
    ("Whenever a leak appears, the ministry denies it.", "denies"),
    ("The city spokesman criticizes the council on a daily basis.", "criticizes"),
    ("In his weekly letter, Brandt condemns the harbour authority.", "condemns"),
    # item 2: a bare plural doer (review 42A's own sentence)
    ("Americans blame inflation on the president, a new poll shows.", "blame"),
    # item 3: the second sentence of a quotation opened earlier in the paragraph
    ("Farmers blocked the road near the capital on Tuesday.\n"
     "\u201cWe have lost our land. The agency denies us any help and blames the "
     "farmers for the drought.\n\u201cNo one answers our letters,\u201d said Ilse Marten.",
     "denies"),
    # the suspected item: a text that lays down what should be done
    ("The draft agreement calls for a halt to the shelling.", "calls"),
])
def test_a_routine_a_bare_plural_an_open_quote_or_a_texts_content_keeps_the_mark(
        nlp, text, verb):
    assert _present(nlp, text, verb)


@pytest.mark.parametrize("text, verb", [
    # controls: the news present the rule was for (pass before and after)
    ("The ministry denies the report.", "denies"),
    ("Senator Okafor blasts the central bank over the rate rise.", "blasts"),
    ("The Palestinians accuse Israel of blocking the convoy.", "accuse"),
    ("The ministry denies each of the charges.", "denies"),
    ("Senator Okafor blasts the central bank during an interview given to the Daily Courier.",
     "blasts"),
    ("The new report faults the agency for the delay.", "faults"),
    ("\u201cWe will not give up,\u201d she said.\nThe agency denies the farmers' claims.",
     "denies"),
])
def test_the_news_present_of_a_named_or_definite_doer_stays_unmarked(nlp, text, verb):
    assert not _present(nlp, text, verb)
