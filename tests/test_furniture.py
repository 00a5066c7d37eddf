"""furniture.video_blurb (fixD41, review 42A): a news video's blurb opens on "CLOSE" in
capitals and then the clip's caption as a sentence. A headline or story line whose
first words are set in capitals ("CLOSE CALL: ...") is no blurb, so its days stay the
story's. Controls (true before and after): blurbs that open on a name, an article or
an abbreviation with stops; a line opening on "Close to" in ordinary case."""

from __future__ import annotations

from newsbrief.events.furniture import video_blurb


def test_a_headline_in_capitals_is_no_blurb():
    assert not video_blurb("CLOSE CALL: Ferry with 300 aboard drifts onto rocks on Monday")


def test_a_capitals_phrase_is_no_blurb():
    assert not video_blurb("CLOSE QUARTERS Tenants share one kitchen in the old mill")


def test_control_blurbs():
    assert video_blurb("CLOSE The mayor says the bridge will reopen next month. (May 4) AP")
    assert video_blurb("CLOSE Senator Ruiz tells reporters she will run again. USA TODAY")
    assert video_blurb("CLOSE U.S. officials say the talks will go on. (May 4) AP")


def test_control_ordinary_case():
    assert not video_blurb("Close to 300 people gathered in the square on Monday.")
