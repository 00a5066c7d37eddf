"""Sports play and business news through the whole pipeline (events.genre), on short
reports made up for the test: results and a takeover stay under the threshold, the
policing, the doping ban, the state's fine and the strike told beside them do not."""

from __future__ import annotations

import pytest

from newsbrief.records import Article

pytestmark = pytest.mark.slow

SPORTS = """PARIS 1997-05-10
Lyon beat Nantes 3-1 at home on Saturday to go top of the first division, with their striker scoring twice after halftime.
Monaco drew 0-0 with Bordeaux, and Lens lost 2-1 away to Metz.
Police detained nine fans after fighting broke out outside the stadium before the match.
The national federation banned a Lens defender for two years after he tested positive for a steroid."""

BUSINESS = """FRANKFURT 1997-05-10
Nordbau AG said on Friday it had offered 62 marks a share for its rival Kessler AG, valuing the builder at 1.9 billion marks.
Kessler's board rejected the offer and advised shareholders to keep their shares.
The federal cartel office said it would examine the bid, and the economy ministry fined Nordbau 4 million marks over an earlier purchase.
Workers at Kessler's plants went on strike on Thursday against planned job cuts."""



def _records(pipe, text):
    art = Article(id="genre-test", origin="test", text=text, published="1997-05-10",
                  published_source="given")
    return pipe.analyse_doc(pipe.nlp(art.text), art).events


def _in(ev, words):
    return any(w in ev.evidence.text for w in words)


def test_results_are_not_events_the_police_and_the_ban_are(pipe):
    events = _records(pipe, SPORTS)
    for ev in events:
        if _in(ev, ("3-1", "0-0", "2-1")):
            assert ev.confidence < 0.4, ev
    kept = [ev for ev in events if _in(ev, ("detained", "banned")) and ev.confidence >= 0.4]
    assert kept, [(e.type, e.confidence, e.evidence.text[:40]) for e in events]


def test_a_takeover_is_not_an_event_the_fine_and_the_strike_are(pipe, monkeypatch):
    """The genre factor cuts the takeover's records and leaves the state's fine and the
    workers' strike alone: compared with the same pipeline without the factor, so the
    test holds whatever the model's calibration."""
    from newsbrief.events import extract

    def by_trigger(events):
        return {(ev.type, ev.trigger.start): ev.confidence for ev in events}

    cut = by_trigger(_records(pipe, BUSINESS))
    monkeypatch.setattr(extract, "GENRE", 1.0)
    whole_events = _records(pipe, BUSINESS)
    whole = by_trigger(whole_events)
    takeover = [ev for ev in whole_events if _in(ev, ("a share", "rejected the offer"))]
    public = [ev for ev in whole_events if _in(ev, ("fined", "strike"))]
    assert takeover and public, [(e.type, e.confidence, e.evidence.text[:40]) for e in whole_events]
    for ev in takeover:
        key = (ev.type, ev.trigger.start)
        assert cut[key] < 0.4 and cut[key] < whole[key], (ev.type, ev.evidence.text[:40])
    for ev in public:
        key = (ev.type, ev.trigger.start)
        assert cut[key] == whole[key], (ev.type, ev.evidence.text[:40])
