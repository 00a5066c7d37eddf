"""datetext44: words told in the body with no time of their own take the day of the
speaker's quote in the next sentence (`StoryTime._said_next`: "X accused Y of lying.
'Quote,' X said Thursday."). A sentence that names a time in a clause of another act
("The governor also requested a disaster declaration, which the president approved
Sunday") is no such bare words: it is placed by its own text (here before the Sunday
approval), and a later quote's day (Monday) is no day of the request. `_said_next` now
reads only a sentence that names no near day of its own. Controls (pass before and
after): the same request with no time in its sentence keeps the quote's day; so do words
whose sentence names a year only as a label ("a 2028 hopeful"). Through the whole
pipeline on reports made up for the test, published on a Monday.

fixX44 (review 45A item 6): that guard read any near day of the sentence, and undated
words whose sentence names a day that is no bound on them: a day to come ("a curfew
that takes effect Tuesday"), a day in a clause on what the words are about ("the
quake, which struck Friday", "a report released Sunday"), which the words follow. Only
an ask whose thing asked for a clause tells answered in the past, on a day no later than
the quote's, takes no day of the quote now (`StoryTime._answered_by`); the four cases
named so fail on main 89adac2 and pass after."""

from __future__ import annotations

import pytest

from made_up import by_trigger, events_of

pytestmark = pytest.mark.slow

PUB = "2024-12-09"  # a Monday
# A lead of three sentences, so the sentences under test are told in the body.
LEAD = ("A strong earthquake shook the desert town of Ridgeview on Friday night, cracking "
        "roads and cutting power. Rescue crews worked through the night. Schools stayed "
        "closed.\n\nThe governor declared a state of alert in the county on Friday. ")
QUOTE = '\n\n"We will rebuild the town," the governor said Monday.'


def test_words_in_a_sentence_with_a_time_of_its_own_take_no_day_of_a_later_quote(pipe):
    text = LEAD + ("The governor also requested a federal disaster declaration, which the "
                   "president approved Sunday.") + QUOTE
    events = events_of(pipe, text, PUB)
    assert by_trigger(events, "approved").date == "2024-12-08"
    ev = by_trigger(events, "requested")
    assert ev.date != "2024-12-09", (ev.date, ev.date_text)
    assert (ev.date, ev.date_source) == (None, "none"), (ev.date, ev.date_text)


def test_the_answer_told_in_a_clause_on_the_thing_asked_for_bounds_the_ask(pipe):
    # passes before and after: the answer's phrase hangs on a noun of the thing asked for
    text = LEAD + ("The governor also sought a declaration for federal help, which the "
                   "president granted Sunday.") + QUOTE
    ev = by_trigger(events_of(pipe, text, PUB), "sought")
    assert (ev.date, ev.date_source) == (None, "none"), (ev.date, ev.date_text)


SLOW = '\n\n"It was far too slow," the governor said Monday.'


@pytest.mark.parametrize("sentence", [
    # a day to come, in a clause on what the words are about
    "The governor also criticized a curfew that goes into force Tuesday.",
    # a day of what the words are about, before them
    "The governor also criticized the response to the quake, which hit Friday.",
    "The governor also criticized a report published Sunday by the agency.",
])
def test_a_day_that_is_no_bound_on_the_words_leaves_the_quotes_day(pipe, sentence):
    ev = by_trigger(events_of(pipe, LEAD + sentence + SLOW, PUB), "criticized")
    assert ev.date == "2024-12-09", (ev.date, ev.date_text)


def test_a_clause_told_of_the_party_asked_leaves_the_quotes_day(pipe):
    # fails on main 89adac2: the ask may follow what the party asked did ("asked the
    # board, which turned the bid down Sunday, to think again")
    text = LEAD + ("The governor also asked the council, which rejected the plan Sunday, "
                   "to think again.") + SLOW
    ev = by_trigger(events_of(pipe, text, PUB), "asked")
    assert ev.date == "2024-12-09", (ev.date, ev.date_text)


def test_control_bare_words_keep_the_day_of_the_speakers_next_quote(pipe):
    text = LEAD + "The governor also requested a federal disaster declaration." + QUOTE
    ev = by_trigger(events_of(pipe, text, PUB), "requested")
    assert ev.date == "2024-12-09", (ev.date, ev.date_text)


def test_control_a_year_named_as_a_label_is_no_day_of_the_sentence(pipe):
    # passes before and after; a first version read any time in the sentence and took
    # the quote's day from words whose sentence names a year only as a label
    text = LEAD + ("The governor, a 2028 presidential hopeful, also criticized the federal "
                   "response.") + '\n\n"It was far too slow," the governor said Monday.'
    ev = by_trigger(events_of(pipe, text, PUB), "criticized")
    assert ev.date == "2024-12-09", (ev.date, ev.date_text)
