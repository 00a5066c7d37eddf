"""Judged non-events of stop 37's blind tests, each a shape of English that recurs
(nonev38), and controls that keep the event sense of the same words. Every sentence is
made up; the real parse is read (slow)."""

from __future__ import annotations

import pytest

from made_up import events_of

pytestmark = pytest.mark.slow


def _typed(pipe, text: str, word: str) -> list[str]:
    return [ev.type for ev in events_of(pipe, text) if ev.trigger and ev.trigger.text == word]


NO_EVENT = [
    # phrase: a listed two-word phrase names no event of its word
    ("The former minister, 71, suffered a cardiac arrest in his sleep on Tuesday, his "
     "family said.", "arrest"),
    ("Doctors said the general had a cardiac arrest during surgery on Sunday.", "arrest"),
    ("On Friday the governor of Ohio followed suit.", "suit"),
    ("Two other mayors followed suit within a week.", "suit"),
    ("Maria Silva of Brazil took the Rome half marathon on Sunday and broke the course "
     "record for women over forty.", "broke"),
    # beat: an election won over a rival, no force
    ("Lee beat Republican Governor Tom Hart in the election on Tuesday.", "beat"),
    ("Lee beat incumbent mayor Ann Cole in the runoff on Sunday.", "beat"),
    ("Ms. Diaz, a retired judge, beat Republican Governor Paul Reed, whose campaign ran "
     "short of money.", "beat"),
    # (fixP controls, dropped on main too: a party, a pronoun candidate)
    ("The Labour Party beat the Conservatives in the election on Thursday.", "beat"),
    ("She defeated the incumbent senator in the primary on Tuesday.", "defeated"),
    ("Ann Cole, a Democrat, ran against the mayor. Cole beat incumbent mayor Tom Hart in "
     "a recount held on Tuesday, both parties said.", "beat"),
    # held: a worry one has, not voiced
    ("Three governors have had concerns about the plan for months.", "concerns"),
    # sent: a bill sent on to the next body, no aid
    ("A Senate panel voted 12-10 on Thursday to send the spending bill to the floor.", "send"),
    ("The assembly sent the measure to the governor for his signature on Monday.", "sent"),
    ("The lower house sent its budget bill to Governor Ruiz on Friday.", "sent"),
    # about: a spokesman asked about a remark, no request
    ("\"We are still studying it,\" the minister told a news conference when asked about "
     "Kim's claim on Monday that \"the ports are closed.\"", "asked"),
]


@pytest.mark.parametrize("text, word", NO_EVENT)
def test_no_event_in_this_sense(pipe, text, word):
    assert _typed(pipe, text, word) == []


# Controls: the event sense of the same words stays (these pass on main too).
KEPT = [
    # phrase: the same words in their event sense
    ("Police arrested the former minister on Tuesday, his family said.", "arrested", "COERCE"),
    ("The union filed suit against the city on Friday.", "suit", "ACCUSE"),
    ("The rebels broke the ceasefire on Sunday, officials said.", "ceasefire", "ASSAULT"),
    # beat: force told
    ("Police beat the protesters with batons on Tuesday.", "beat", "ASSAULT"),
    # held: a worry voiced
    ("Several senators expressed concerns about the bill on Wednesday.", "concerns", "ACCUSE"),
    ("Tom Hart, a former defense secretary, told senators on Thursday he had concerns about "
     "Chinese hackers.", "concerns", "ACCUSE"),
    ("Senator Ann Cole told reporters on Monday that she had concerns about the Iranian "
     "nuclear deal.", "concerns", "ACCUSE"),
    # sent: aid sent
    ("Japan sent aid to the flooded region on Friday.", "aid", "AID"),
    # about: a request with a "that" clause
    ("The minister asked the court that the trial be delayed, his lawyer said on Monday.",
     "asked", "REQUEST"),
]


@pytest.mark.parametrize("text, word, typ", KEPT)
def test_event_sense_kept(pipe, text, word, typ):
    assert typ in _typed(pipe, text, word)


# fixP (blind review of stop 38, items 1, 2, 3, 8): each row lost its record on main
# (a7f5014) and has it back.
KEPT_FIXP = [
    # beat: others than contestants beat a candidate, or with an instrument, or the rival
    # word only describes those beaten; a vote word does not make force a win
    ("Ruling party youths beat rival supporters with sticks in Nairobi on Sunday, police "
     "said.", "beat", "ASSAULT"),
    ("Police beat an opposition candidate with batons at a rally on Tuesday.", "beat",
     "ASSAULT"),
    ("Soldiers beat the mayor of the town and two of his aides on Monday, residents said.",
     "beat", "ASSAULT"),
    ("Masked men beat opposition lawmaker Ali Khan outside his home on Monday.", "beat",
     "ASSAULT"),
    ("Police beat voters at the polls in the northern town on Sunday, witnesses said.",
     "beat", "ASSAULT"),
    # held: a worry in the clause of a saying is voiced by its speaker
    ("The United States has concerns about China's military drills near Taiwan, a State "
     "Department spokesman told reporters on Monday.", "concerns", "ACCUSE"),
    ("The United States has deep concerns about the crackdown on protesters, the State "
     "Department said late on Friday.", "concerns", "ACCUSE"),
    ("The opposition leader had serious concerns about the treaty, his aides said on "
     "Monday.", "concerns", "ACCUSE"),
    # sent: aid sent beside a bill (the object's conjunct)
    ("The Senate sent the bill and a package of humanitarian aid to Ukraine on Friday.",
     "sent", "AID"),
    # suit: a lawsuit with a determiner and a clause is no idiom
    ("The opposition leader said he would follow the suit filed by the unions closely.",
     "suit", "ACCUSE"),
]


@pytest.mark.parametrize("text, word, typ", KEPT_FIXP)
def test_event_sense_kept_fixp(pipe, text, word, typ):
    assert typ in _typed(pipe, text, word)
