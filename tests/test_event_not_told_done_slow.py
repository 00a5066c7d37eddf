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


# (nonev16) Acts kept from being or undone: a meeting skipped, convictions overturned,
# a meeting only being arranged (events.modality.undone).
UNDONE_REPORT = """LIMA, June 3 (Wire) - Peru's opposition deputies skipped a budget meeting with President Carlos Ruiz on Tuesday.
Peru's supreme court on Wednesday overturned the bribery convictions of two former mayors of Cusco.
In May an aide of Ruiz tried to set up a meeting of Ruiz and Chile's foreign minister.
Ruiz met the governor of Arequipa at the presidential palace on Tuesday."""


def test_undone_acts_keep_their_record_under_the_threshold(pipe, monkeypatch):
    from newsbrief.events import extract
    from newsbrief.settings import load_settings

    threshold = float(load_settings().threshold)
    art = Article(id="undone-test", origin="test", text=UNDONE_REPORT, published="2017-06-08",
                  published_source="given")

    def by_trigger():
        events = pipe.analyse_doc(pipe.nlp(art.text), art).events
        return {(ev.type, ev.trigger.text, ev.trigger.start): ev for ev in events}

    def line_of(at: int) -> int:
        return UNDONE_REPORT.count("\n", 0, at)

    cut = by_trigger()
    monkeypatch.setattr(extract, "NOT_TOLD_DONE", 1.0)
    whole = by_trigger()
    assert cut.keys() == whole.keys()
    undone = {k: ev for k, ev in cut.items()
              if (k[1], line_of(k[2])) in {("meeting", 0), ("convictions", 1), ("meeting", 2)}}
    assert len(undone) == 3, list(cut)
    for key, ev in undone.items():
        assert ev.confidence < threshold, key
        assert ev.confidence == pytest.approx(whole[key].confidence * 0.5, abs=0.002)
    met = [k for k in cut if k[1] == "met"]
    assert met, list(cut)
    for key in cut:
        if key not in undone:
            assert cut[key].confidence == whole[key].confidence, key


# (nonev18) A claim the wire has not checked (events.modality.unverified) and an act only
# made possible (events.modality.enabled): kept, under the threshold.
UNCHECKED_REPORT = """QUITO, March 9 (Wire) - Ecuador's prosecutors now hold enough proof to indict two former ministers for bribery, a newspaper said on Thursday.
The Wire has not verified the accusations against the mayor of Guayaquil.
Police arrested three officials of the ministry in Quito on Wednesday."""


def test_unchecked_and_enabled_acts_keep_their_record_under_the_threshold(pipe, monkeypatch):
    from newsbrief.events import extract
    from newsbrief.settings import load_settings

    threshold = float(load_settings().threshold)
    art = Article(id="unchecked-test", origin="test", text=UNCHECKED_REPORT,
                  published="2017-03-10", published_source="given")

    def by_trigger():
        events = pipe.analyse_doc(pipe.nlp(art.text), art).events
        return {(ev.type, ev.trigger.text, ev.trigger.start): ev for ev in events}

    cut = by_trigger()
    monkeypatch.setattr(extract, "NOT_TOLD_DONE", 1.0)
    whole = by_trigger()
    assert cut.keys() == whole.keys()
    lowered = {k: ev for k, ev in cut.items() if k[1] in ("indict", "accusations")}
    assert {k[1] for k in lowered} == {"indict", "accusations"}, list(cut)
    for key, ev in lowered.items():
        assert ev.confidence < threshold, key
        assert ev.confidence == pytest.approx(whole[key].confidence * 0.5, abs=0.002)
    assert any(k[1] == "arrested" for k in cut), list(cut)
    for key in cut:
        if key not in lowered:
            assert cut[key].confidence == whole[key].confidence, key
