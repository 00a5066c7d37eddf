"""Judged non-events kept at the threshold in stop 40's fifteen judged files, each a
shape of English that recurs (nonev40, events.modality): an act the doer held back from
("stopped short of endorsing", "steered clear of criticizing"), an inquiry's participle
after the ones who hold it ("the committee investigating the attack": a role), and a
count of acts told as a figure ("arrests fell 30 percent": kept under the threshold).
Controls keep the act told done, a holding back that is denied, an inquiry begun, and
acts with a doer or determiner of their own. Every sentence is made up; the real parse
is read (slow)."""

from __future__ import annotations

import pytest

from made_up import events_of

pytestmark = pytest.mark.slow


def _typed(pipe, text: str, word: str) -> list[str]:
    return [ev.type for ev in events_of(pipe, text) if ev.trigger and ev.trigger.text == word]


NO_EVENT = [
    # held back: the act in the phrase of "stopped short of", "steered clear (of)",
    # "shied away from" was not done
    ("The governor stopped short of endorsing the senator on Friday.", "endorsing"),
    ("Senator Hill stopped short of accusing the prime minister of lying, but said "
     "questions remained.", "accusing"),
    ("The former governor also addressed the crowd in Dayton, yet she steered clear "
     "endorsing the mayor.", "endorsing"),
    ("The mayor shied away from criticizing the president on Tuesday.", "criticizing"),
    # an inquiry's participle after its holders: a role, no new act
    ("The minister on Thursday delivered the documents to two Senate committees "
     "investigating alleged Iranian interference in the vote.", "investigating"),
    ("The agency will make the survivors available to members of Parliament investigating "
     "the raid, the director said.", "investigating"),
    ("The discovery came as a Senate panel investigating the bombing of the embassy in "
     "Tripoli sought letters between the minister and her aides.", "investigating"),
]


@pytest.mark.parametrize("text, word", NO_EVENT)
def test_no_event(pipe, text, word):
    assert _typed(pipe, text, word) == []


# Controls: the act told done stays (these pass on main too).
KEPT = [
    ("The governor endorsed the senator on Friday.", "endorsed", "SUPPORT"),
    # a holding back denied: the criticism was made
    ("The mayor did not shy away from criticizing the president on Tuesday.",
     "criticizing", "ACCUSE"),
    ("The mayor has never shied away from criticizing the president.", "criticizing",
     "ACCUSE"),
    # an inquiry begun
    ("The FBI began investigating the senator on Monday.", "investigating", "ACCUSE"),
]


@pytest.mark.parametrize("text, word, typ", KEPT)
def test_event_kept(pipe, text, word, typ):
    assert typ in _typed(pipe, text, word)


def _word(doc, text: str):
    return next(t for t in doc if t.text == text)


# A count of acts told as a figure (modality.statistic): kept for exports at half its
# confidence (extract.COUNTED). Controls (False): acts with a doer or a determiner of
# their own, and a verb of a moving figure with no measure.
STATISTIC = [
    ("Arrests of smugglers at the northern crossing were at a 30-year low during 2016, the "
     "agency's figures showed.", "Arrests", True),
    ("Arrests at the southern border fell 30 percent in May, officials said on Tuesday.",
     "Arrests", True),
    ("The number of deportations doubled last year, the ministry said.", "deportations",
     True),
    ("Police made arrests at the rally on Saturday.", "arrests", False),
    ("Airstrikes fell on the town overnight, residents said.", "Airstrikes", False),
    ("The arrests of two senators on Monday shocked the capital.", "arrests", False),
]


@pytest.mark.parametrize("text, word, counted", STATISTIC)
def test_statistic(pipe, text, word, counted):
    from newsbrief.events.modality import statistic

    assert (statistic(_word(pipe.nlp(text), word)) is not None) == counted


def test_statistic_halves_the_record(pipe):
    # 0.417 on main: the article's record keeps COUNTED of it
    [ev] = [ev for ev in events_of(pipe, STATISTIC[0][0])
            if ev.trigger and ev.trigger.text == "Arrests"]
    assert ev.confidence < 0.3
