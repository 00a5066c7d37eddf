"""furniture.video_blurb (fixD41, review 42A): a news video's blurb opens on "CLOSE" in
capitals and then the clip's caption as a sentence. A headline or story line whose
first words are set in capitals ("CLOSE CALL: ...") is no blurb, so its days stay the
story's. Controls (true before and after): blurbs that open on a name, an article or
an abbreviation with stops; a line opening on "Close to" in ordinary case."""

from __future__ import annotations

from newsbrief.events.furniture import is_furniture, picture_line, video_blurb


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


def test_a_clip_s_player_and_a_picture_s_share_bar_are_furniture():
    # A news site's player label above a clip's title, a share bar above a caption and a
    # "Video:" link line: the lines retell or show an act, told on the clip's day.
    for line in ("Play Video 1:05 Mayor opens the new bridge to traffic - video",
                 "Play Video Troops leave the port city - video report",
                 "Facebook Twitter Pinterest Crowds wave flags as the parade passes. Photograph: Ann Lee",
                 "VIDEO: The minister answers questions on the budget"):
        assert is_furniture(line) and picture_line(line), line
    # Story lines that open on the same words stay story text.
    for line in ("Video of the meeting showed the minister leaving early.",
                 "Play video games for an hour a day, the health agency advised on Monday.",
                 "Play resumed after the protesters left the pitch on Monday.",
                 "Facebook, Twitter and Pinterest said on Monday they would remove the posts."):
        assert not is_furniture(line), line


def test_a_news_video_s_blurb_is_furniture():
    # The clip's caption retells the story's act; the story's own sentences tell it.
    assert is_furniture("CLOSE The mayor says the bridge will reopen next month. (May 4) AP")
    assert is_furniture("CLOSE Senator Ruiz met union leaders on Monday to end the strike. Newsy")
    # Control (true before and after): a story line opening on "Close to" is none.
    assert not is_furniture("Close to 300 people gathered in the square on Monday.")


def test_a_lede_with_close_set_in_capitals_is_no_blurb():
    # fixF45 (review 46B, item 1): a tabloid sets a lede's first word in capitals; the
    # word after it is in lower case, not a caption's capital, figure or quote mark.
    for line in ("CLOSE to 300 people gathered in the square on Monday.",
                 "CLOSE aides of the mayor resigned on Monday."):
        assert not video_blurb(line) and not is_furniture(line), line
    # A story paragraph longer than MAX_CHARS is no blurb, whatever it opens on.
    long_line = "CLOSE Aides said the mayor resigned on Monday. " + "The council met. " * 25
    assert not video_blurb(long_line) and not is_furniture(long_line)
    # Controls (before and after): a caption opening on a figure or a quote mark.
    assert video_blurb("CLOSE 9/11 families gather at the memorial. (Sept. 11) AP")
    assert video_blurb('CLOSE "We will rebuild," the mayor says. USA TODAY')
