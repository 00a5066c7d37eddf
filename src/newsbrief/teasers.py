"""Related-links teasers that a page's text extraction runs into the story.

Some news pages link a name to a card of other stories, and the extractor keeps the
card inline: the person's full name run together with the first headline, the other
headlines, then a closing "MORE" ("... Chairman Ann Berg Ann Louise BergTown votes on
budget Mayor resigns MORE (D-Ohio) said ..."). The marks every such teaser shows are a
word run together with a capital or a figure at the join ("BergTown", "Berg2020") and
the "MORE" that closes it within TEASER_CHARS, with no paragraph break between;
headlines wrap, so a single line break may fall inside. The join ends a capitalised
word (a lower-case word such as "macOS" or "iPhoneX" names no one). A figure joins a
card only to a name the text has just given ("Ann Berg Ann Louise Berg2020 ..."): a
word with a figure in it ("Covid19", "km2", "Tokyo2020") is no card; so does a capital
after a single lower-case letter, which is most often the name's own ("McDonald",
"DeVos") but is a join after a short surname the text repeats ("Amy Wu Amy Lin
WuCity ..."). The closing "MORE" is The Hill's
link word, which runs into the story ("MORE (D-Ohio)", "MORE's", "MORE, who"): not a
"READ MORE" or "MORE:" link line, not a line's first word, not a word followed by
another in capitals ("NO MORE LAYOFFS").

A related-story link set in parentheses inside a line ("(RELATED: <headline>)",
`link_spans`) is another story's headline too: `other_story_spans` gives both.

This is the one place that says what a teaser and such a link are. Each reader asks
it for what it needs: the events stage takes no act and no time from their spans
(`other_story_spans`), the entity stage takes no name from a card (actors/cards.py
reads `glued` on its tokens and adds where the card's repeat of the name starts), and
a brief cites no words of one (knowledge/evidence.py, `teaser_start`). It sits in the bottom layer because all three
read it: the events stage imports the actors stage, and knowledge imports neither
acquire nor the stages' internals.
"""

from __future__ import annotations

import re

# A teaser is at most this long from the join to its closing "MORE".
TEASER_CHARS = 700

# A join: a capital or a figure right after a lower-case letter ("BergTown",
# "O'RourkeTexas", "CornynMcConnell", a first headline opening on a year or a count:
# "Berg2020 hopefuls ...", "Berg3 ways ..."), inside a word that opens on a capital
# (`_joins`). A word may hold more than one ("McDonaldTown"): each is tried in turn.
# A capital, the accented ones of Latin-1 too ("Óscar", "Ñúñez"), but not "×"; a
# lower-case letter likewise ("ß" and "ñ", but not "÷").
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff"
_JOIN = re.compile(r"(?<=[%s])[%s0-9]" % (_LOWER, _UPPER))
_WORD_BEFORE = re.compile(r"[\w'\u2019]*$")
# The closing "MORE": The Hill's link word is followed by
# the story's words ("MORE (D-Ohio)", "MORE's", "MORE, who", "MORE said"). A related
# link line ("READ MORE:", "MORE: <headline>", a line opening on "MORE") and a slogan in
# capitals ("NO MORE LAYOFFS", or one quoted to its end: "DO MORE") are no card's
# close; a name's numeral may follow, as the story's name goes on after the card ("Joe
# Ruiz Joseph Ruiz<headlines> MORE III").
_MORE = r'(?<!READ\s)(?<!Read\s)(?<!\n)\bMORE\b(?!["\u201d])(?!\s*:)(?!\s+(?!I{2,3}\b|IV\b)[A-Z]{2,}\b)'
# From the join to the closing "MORE": the join's word, then the first "MORE" within
# TEASER_CHARS, never over a paragraph break (a blank line, spaces on it or not).
_TEASER = re.compile(r"[%s0-9][\w'’]*(?:(?!\n[ \t]*\n).){0,%d}?%s" % (_UPPER, TEASER_CHARS, _MORE),
                     re.DOTALL)
# A word, apostrophes in it ("O'Rourke").
_WORD = re.compile(r"[\w'’]+")
# How many words before the card's repeat of the name (the word that ends at the join:
# "Berg" of "Berg2020") the story's own telling of it may stand ("Ann Berg Ann Louise
# Maria Berg2020": the story's surname at most this many before). Cards read it too.
NAME_WORDS = 6


def _word_at(text: str, join: int) -> str:
    """The word that ends at `join` (the card's repeat of the name: "Berg" of
    "BergTown"), apostrophes in it ("O'Rourke")."""
    return _WORD_BEFORE.search(text, max(0, join - 200), join).group(0)


def _name_repeated(text: str, join: int, word: str) -> bool:
    """Is `word`, the capitalised word ending at `join`, also among the NAME_WORDS
    words before it, as a card's repeat of the story's name is ("John Ruiz John Paul
    Ruiz2020 ...")? A figure, or a capital after one lower-case letter, joins a card
    only there: a word with a figure of its own ("Covid19", "Tokyo2020") or a name with
    an inner capital ("McDonald") names nothing twice."""
    head = text[max(0, join - 200):join - len(word)]
    return word in _WORD.findall(head)[-NAME_WORDS:]


def closing_more(text: str, join: int) -> int | None:
    """The offset just after the "MORE" that closes a teaser whose join (the capital
    run into the word before it) is at `join`, or None when no "MORE" closes it within
    TEASER_CHARS before a paragraph break."""
    m = _TEASER.match(text, join)
    return m.end() if m else None


def teaser_spans(text: str) -> list[tuple[int, int]]:
    """(join, end) character spans of the teasers run into `text`, in order and not
    overlapping: from the run-together join to just after the closing "MORE"."""
    if "MORE" not in text:
        return []
    out: list[tuple[int, int]] = []
    at = 0
    while True:
        m = _JOIN.search(text, at)
        if m is None:
            return out
        join = m.start()
        end = closing_more(text, join) if _joins(text, join) else None
        if end is None:
            at = join + 1
            continue
        out.append((join, end))
        at = end


# A related-story link set in parentheses inside a story line ("... he said. (RELATED:
# Mayor Sued Over Budget) The council ..."): another story's headline, its act told on
# its own day. The link word is set in capitals, as link lines set it; in lower case
# "(read: the governor)" is the writer's aside, story text. One level of parentheses
# may sit inside the headline ("(RELATED: Lee (D-Ohio) Wins Vote)").
_LINK_IN_LINE = re.compile(r"\((?:RELATED|READ MORE|READ|SEE ALSO|WATCH|ALSO READ|MORE|"
                           r"RECOMMENDED|LISTEN|VIDEO)\s*:(?:[^()\n]|\([^()\n]*\))*\)")


def link_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the related-story links set in parentheses
    inside the story's lines, in order."""
    return [m.span() for m in _LINK_IN_LINE.finditer(text)]


def other_story_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` runs in other stories' headlines: its teasers and its links set in
    parentheses, in order, a span inside another (a link inside a teaser) merged into
    it, so a reader can bisect on their starts. No act and no time of the story is told
    inside one."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(teaser_spans(text) + link_spans(text)):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _joins(text: str, join: int) -> bool:
    """Can a card be run in at `join` (a capital or a figure after a lower-case letter)?
    The word it ends must open on a capital, and a figure, or a capital after a single
    lower-case letter, joins only a name the text has just given (`_name_repeated`)."""
    word = _word_at(text, join)
    if not word[:1].isupper():
        return False
    # (the word opens on a capital and ends on the lower-case letter before the join,
    # so it has two letters at least)
    if text[join].isdigit() or not word[-2].islower():
        return _name_repeated(text, join, word)
    return True


def glued(word: str) -> list[tuple[str, str]]:
    """The ways a token splits into a capitalised name run into a capital or a figure
    ("BergTown", "Wu2020", "McDonaldTown" as "Mc" + "DonaldTown" or "McDonald" +
    "Town"): (the name, the rest from the join), shortest name first."""
    if not word[:1].isupper():
        return []
    return [(word[:m.start()], word[m.start():]) for m in _JOIN.finditer(word)]


# A capitalised word, from its first letter (not a capital inside a word: "macOS").
_CAPITALISED = re.compile(r"(?<![\w'\u2019])[%s][\w'\u2019.-]*" % _UPPER)


def teaser_start(sentence: str) -> int | None:
    """Where a related-links teaser begins in the sentence (the name before its first
    run-together join, "Donald John TrumpDem ..."), or None: the capitalised words of
    the name the card repeats, back from the join, so no cut falls inside a word."""
    sentence = sentence or ""
    for join, _end in teaser_spans(sentence):
        head = sentence[:join]
        words = list(_CAPITALISED.finditer(head))
        if not words or words[-1].end() != join:
            continue
        at = join
        for w in reversed(words):
            if head[w.end():at].strip():
                break
            at = w.start()
        return at
    return None
