"""Acts told as a forecast or as denied (events.modality.forecast, denied) through the
whole pipeline, on a short report made up for the test: their records stay, with their
standing, under the threshold; the denial itself and the plain acts beside them do not
move. Compared with the same pipeline without the share, so the test holds whatever the
model's calibration."""

from __future__ import annotations

import pytest

from newsbrief.records import Article

pytestmark = pytest.mark.slow

REPORT = """OSLO, May 10 (Wire) - Norway's foreign minister met his Swedish counterpart in Oslo on Friday to discuss fishing quotas.
The prime minister predicted on Friday that the opposition leader will reject the budget in next week's vote.
A spokesman for the minister denied that a meeting with Danish officials took place on Thursday.
Police arrested two protesters outside the parliament on Friday."""


def _records(pipe):
    art = Article(id="told-test", origin="test", text=REPORT, published="2017-05-12",
                  published_source="given")
    return pipe.analyse_doc(pipe.nlp(art.text), art).events


def test_forecasts_and_denied_acts_keep_their_standing_under_the_threshold(pipe, monkeypatch):
    from newsbrief.events import extract
    from newsbrief.settings import load_settings

    threshold = float(load_settings().threshold)

    def by_trigger(events):
        return {(ev.type, ev.trigger.text): ev for ev in events}

    cut = by_trigger(_records(pipe))
    monkeypatch.setattr(extract, "NOT_TOLD_DONE", 1.0)
    whole = by_trigger(_records(pipe))
    assert cut.keys() == whole.keys()
    told = {k: ev for k, ev in cut.items() if ev.trigger.text in ("reject", "meeting")}
    assert {ev.modality for ev in told.values()} == {"future", "negated"}, told
    for key, ev in told.items():
        assert ev.confidence < threshold
        assert ev.confidence == pytest.approx(whole[key].confidence * 0.5, abs=0.002)
    others = [k for k in cut if k not in told]
    assert any(k[1] in ("met", "arrested") for k in others), list(cut)
    for key in others:
        assert cut[key].confidence == whole[key].confidence, key
