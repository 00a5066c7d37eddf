"""Page furniture: lines of an article that are not its story.

Newsletter and subscription pitches ("Get the stories you care about delivered to
your inbox"), photo, gallery and video captions ("Hide Caption 3 of 12", "FILE - In this
photo ...", "(AP Photo/...)", "Media caption ...", "Play Video 1:05 ..."), related-link
lines ("More: ...", "Read more: ...", "Video: ..."),
credit lines ("X contributed to this report", a photographer's "Ann Lee/AP"), an
opinion piece's author's note ("... Any opinions expressed in this
newsletter are hers alone"), link
lines with no colon ("see also <headline>", "Related Coverage <headline>"), link
lines ending in "Read more", a related-story link set in parentheses inside a line
("(RELATED: <headline>)", by span: newsbrief/teasers.py `link_spans`), lists of video links, cookie
notices and lines set wholly in capitals (other stories' headlines run in as links, section heads) stay in the
text (offsets into it must not move) but the event stage takes no event from them.
A photo caption with no credit line ("Police cordon off the street Friday where the
suspect was shot.") is furniture by its parse, not its words: `caption_sentence` (asked
by events.extract on each line that is one sentence).
Related-link teasers run into a story sentence ("... President Ana Soto Ana Maria
SotoRuiz wins vote: report Lima talks stall MORE said on Monday ...") are furniture
by span, not by line: newsbrief/teasers.py `teaser_spans` gives where they run.

A line is furniture when it matches one of the page-boilerplate patterns of
acquire/data/boilerplate.txt (any input type, not only HTML pages) or one of the
caption and link patterns below. Those patterns are tested only on lines of at
most MAX_CHARS, so a story paragraph that quotes such words is never dropped (a news
video's "CLOSE" blurb too); a gallery caption marker and a line in capitals count at any
length. General
patterns of news pages, not fitted to one text.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..acquire.boilerplate import is_boilerplate
from ..words import word_lists

# The word lists of this module: data/furniture_lists.toml.
_LISTS = word_lists("newsbrief.events", "furniture_lists.toml")

MAX_CHARS = 400

# What follows the kind word of a "Related <kind>" link line: the end of the line, a
# colon, or the linked piece's title opening on a capital, a figure or a quote mark.
# Case-sensitive inside the case-blind _PATTERNS.
_LINK_TAIL = r"(?-i:\s*$|\s*:|\s+[A-Z0-9\"'\u2018\u201c])"

# An author's note opens a sentence with the views ("The views expressed", "Any
# opinions expressed") and may say where they are told ("in this commentary", "here",
# "by our columnists").
# The capital is read case-sensitively: told inside a story's sentence (a spokesman
# saying a member's views belong to that member alone) the views are someone else's.
_NOTE_START = (r"(?:^|\s)(?-i:(?:The|Any|All) (?:views|opinions)|Views|Opinions)"
               r"(?: and opinions)? expressed")
_NOTE_SCOPE = (r"(?:(?:in|on) (?:this|these) [\w-]+|(?:in|on) the (?:blog|site|website|page|"
               r"column|podcast|channel|show|program|programme)\b|here|by (?:our )?(?:columnists?|"
               r"contributors?|authors?|writers?))")
# ("in the letter", "in the video": a story's document or clip, whose views are told of)

_PATTERNS = re.compile("|".join([
    r"\bdelivered (?:straight |right )?to your inbox\b",
    r"\b(?:sign|signing) up (?:for|to) (?:our|the|get|receive)\b",
    r"\bhide caption\b", r"\bcaption \d+ of \d+\b", r"\bphotos?\s?:\s", r"^\s*photos?\b.{0,40}$",
    r"^\s*(?:file|file photo)\s*[-–—:]", r"\((?:ap|afp|reuters|getty|epa)[^)]{0,40}photo",
    r"\bphoto(?:graph)?s? (?:by|courtesy|credit)\b", r"\bimage (?:copyright|caption)\b",
    r"\b(?:getty images|ap photo|reuters/|afp/|afp via getty)\b",
    # A pool or handout picture's credit closing its caption ("Jan Novak/Kremlin via
    # REUTERS", "Pool Photo via AP"): the caption tells what the picture shows.
    r"\bvia (?:reuters|ap|afp|getty images)\s*$",
    r"^\s*(?:more|related|read more|read|see also|watch|listen|recommended|also read|video)\s*:",
    # A clip's player and a picture's share bar set above its caption ("Play Video 1:05
    # <the clip's title> - video", "Facebook Twitter Pinterest <caption>"): the caption
    # retells or shows an act told on the clip's day, at best. The player's label is
    # set "Play Video"; a lede may open on "Play video games ...".
    r"(?-i:^\s*Play Video\b)", r"^\s*facebook twitter pinterest\b",
    # A related-story link set in the body with no colon: a tabloid's "see also" and the
    # other story's headline and first words ("see also Mayor sued over the budget A
    # watchdog sued the mayor on Monday, ..."), a wire's or a paper's "Related Coverage"
    # or "Related Video" and the other piece's title. Another story's act, told on its
    # own day. A named kind of link only after a bare "Related": a story sentence may
    # open on the word ("Related searches to ... focus on ..."). A story sentence may
    # also open on "Related video" or "Related stories" as its subject ("Related video
    # showed ...", "Related stories have emerged of ..."): in a link line the kind word
    # is followed by the line's end, a colon or the other piece's title, which opens on
    # a capital, a figure or a quote mark, so that tail is matched case-sensitively.
    r"^\s*see also\s",
    r"^\s*related (?:coverage|video|videos|articles?|stor(?:y|ies)|links|content|posts?)\b"
    + _LINK_TAIL,
    r"\bcontributed (?:to this report|reporting)\b", r"\bcontributed to this (?:story|article)\b",
    # An opinion piece's author's note: who the writer is and that the views are the
    # writer's own (a short bio, then a sentence saying the column's views belong to its
    # writer alone). Its acts are the writer's career or the subject of the series, not
    # the story's. Only a sentence that opens with the views and says whose they are (or
    # that they are not the site's) is the note: a story line that tells of views in an
    # article, a video or a petition (a ministry denouncing them, a spokesman disowning
    # a member's) keeps its acts.
    _NOTE_START + r"(?: " + _NOTE_SCOPE + r")? (?:are|is) (?:solely |entirely )?(?:his|hers?|"
    r"theirs?|the (?:author|writer|contributor)s?['’]?s?|those of the (?:author|writer)s?)\b",
    _NOTE_START + r" " + _NOTE_SCOPE + r" (?:do(?:es)? not (?:necessarily )?reflect|(?:are|is) "
    r"(?:solely |entirely )?(?:those|the (?:views|opinions)) of)\b",
    r"^\s*this is an opinion piece\b",
    r"\bclick (?:here|to)\b", r"\b(?:cookies?|javascript)\b.{0,40}\b(?:enable|use|accept)",
    r"\bfollow (?:us|him|her|them|the author) on (?:twitter|facebook|instagram)\b",
    r"\bsubscribe\b", r"\bnewsletter\b", r"\ball rights reserved\b",
    r"\bread more\s*$",
    # Lists of video links ("JUST WATCHED ... Replay More Videos ... MUST WATCH ..."). A
    # story's summary bullets ("Story highlights ...") may tell the news and are kept; a
    # video's caption line is furniture (_VIDEO_CAPTION).
    r"\breplay more videos\b", r"\bjust watched\b",
]), re.IGNORECASE)

# A photographer's credit, "First Last/AP" or "First Last/Getty Images": a name ending in
# a lower-case letter right before the agency (an all-capitals dateline such as
# "BAGHDAD/WASHINGTON (Reuters)" is story text and does not match).
_CREDIT = re.compile(r"[a-z’']/(?:AP|AFP|Getty|Reuters|POLITICO|EPA|UPI|Landov|Bloomberg|"
                     r"Sipa|NurPhoto|TASS|Xinhua|RIA Novosti|Pool)\b")


# Gallery caption markers are never story text, however long the caption runs.
_CAPTION = re.compile(r"\bhide caption\b|\bcaption \d+ of \d+\b", re.IGNORECASE)

# A video's caption line ("Media playback is unsupported on your device Media caption
# ..."): a label under a clip, which retells or teases the story at best; the story's
# own sentences tell the event.
_VIDEO_CAPTION = re.compile(r"\bmedia playback is unsupported\b|^\s*media caption\b",
                            re.IGNORECASE)


# A news video's blurb set above a page's story (USA Today's "CLOSE The mayor says ...
# (May 4) AP"): the clip's caption, its day the clip's. It retells or teases the story,
# as other video captions do, so it is furniture: no event from it, and its day is not
# the story's (`video_blurb`, read by events.storytime through events.extract's layout;
# the story's own sentences tell the act the clip shows). Capitals
# only: a story line may open on "Close to ...". The clip's caption then opens as a
# sentence does, not on another word in capitals: a headline or story line such as
# "CLOSE CALL: ..." is no blurb, and its days stay the story's. The caption
# opens on a capital, a figure or a quote mark ("CLOSE The mayor ...", "CLOSE 9/11
# ..."): a tabloid sets a lede's first word in capitals ("CLOSE to 300 protesters were
# arrested ...", "CLOSE allies of ..."), and that line is the story's (review 46B, item
# 1). A blurb is short: a line longer than MAX_CHARS is a story paragraph.
_VIDEO_BLURB = re.compile(r"^\s*CLOSE\s+(?![A-Z]{2,}\b)[A-Z0-9\"'\u2018\u201c]")


def video_blurb(line: str) -> bool:
    """Is the line a news video's blurb ("CLOSE" and the clip's caption)?"""
    return len(line) <= MAX_CHARS and bool(_VIDEO_BLURB.match(line))


# A headline or link line set in capitals: at least MIN_CAPS_WORDS words and
# MIN_CAPS_LETTERS letters, almost no lower-case letter (an acronym or two in a story
# line leaves plenty).
MIN_CAPS_WORDS = 3
MIN_CAPS_LETTERS = 12
CAPS_SHARE = 0.9


def _in_capitals(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    if len(letters) < MIN_CAPS_LETTERS or len(line.split()) < MIN_CAPS_WORDS:
        return False
    return sum(ch.isupper() for ch in letters) >= CAPS_SHARE * len(letters)


def is_furniture(line: str) -> bool:
    if not line.strip():
        return False
    if _CAPTION.search(line) or _VIDEO_CAPTION.search(line) or video_blurb(line):
        return True
    if _in_capitals(line):
        return True
    if len(line) > MAX_CHARS:
        return False
    if _PATTERNS.search(line) or _CREDIT.search(line):
        return True
    return is_boilerplate(line.strip())


def picture_line(line: str) -> bool:
    """Is the furniture line a picture's, a clip's or a page pattern's (a caption, a
    credit, a video caption, a pitch or link line), whose day is its picture's or none
    of the story's? Not a line that is furniture only by being set in capitals: a title
    or deck in capitals ("TROOPS SHELL THE PORT ON MONDAY") names the story's own day
    (events.extract's layout sets only these lines aside from dating; fixB41)."""
    if _CAPTION.search(line) or _VIDEO_CAPTION.search(line):
        return True
    return len(line) <= MAX_CHARS and bool(_PATTERNS.search(line) or _CREDIT.search(line))


def furniture_lines(text: str) -> frozenset[int]:
    """Indices (0-based, counted by newline characters) of the furniture lines."""
    out = set()
    for k, line in enumerate(text.split("\n")):
        if line and is_furniture(line):
            out.add(k)
    return frozenset(out)


# A photo caption with no credit line ("Police cordon off the street Friday where the
# suspect was shot."): a line that is one sentence in the present tense of an act, told
# on a named day or time, short, the day on the act itself; or such a line left without
# a closing stop. Story sentences tell a dated act in the past ("cordoned off ... on
# Friday"). Lemmas of states and of saying are no caption's act.
CAPTION_WORDS = 20
CAPTION_STATES = frozenset(_LISTS["caption_states"])
CAPTION_DAYS = frozenset(_LISTS["caption_days"])


def _day(tok) -> bool:
    return tok.ent_type_ == "TIME" or (tok.ent_type_ == "DATE" and tok.lower_ in CAPTION_DAYS)


def caption_sentence(sent, line: str, first: bool = False) -> bool:
    """Is the sentence `sent` (a spaCy Span) a photo caption standing as its own line
    `line`: a present-tense act (VBZ/VBP root, not a state or a saying), a named day or
    clock time, no quotation mark, and either the day on the act itself in at most
    CAPTION_WORDS words, or no closing stop? The article's first line (its title) is
    never one."""
    text = sent.text.strip()
    if first or not text or text != line.strip():
        return False
    root = sent.root
    if root.tag_ not in ("VBZ", "VBP") or (root.lemma_ or root.lower_).lower() in CAPTION_STATES:
        return False
    if any(t.is_quote or t.text in ("“", "”", "‘", "’") for t in sent):
        return False
    days = [t for t in sent if _day(t)]
    if not days:
        return False
    if text[-1] not in ".!?\"'”’)":
        return True
    on_act = any(t.head.i == root.i or (t.head.dep_ == "prep" and t.head.head.i == root.i)
                 for t in days)
    return on_act and sum(1 for t in sent if not t.is_punct) <= CAPTION_WORDS


def line_index(breaks: list[int], offset: int) -> int:
    return bisect_right(breaks, offset)
