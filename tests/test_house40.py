"""house40 (stop 40): the leftovers of stop 39's two reviews, each folded into the one
notion or list the project already has. Sentences made up for the test."""

from __future__ import annotations

from pathlib import Path

from newsbrief.events import arguments, nountimes
from newsbrief.words import word_lists


def test_the_toll_lists_are_parts_of_the_attack_and_harm_lists():
    """nountimes' toll reads arguments' attack nouns, less the campaigns its data names,
    and keeps no second list of them; its toll verbs are harm verbs."""
    lists = word_lists("newsbrief.events", "nountimes_lists.toml")
    assert "attack_nouns" not in lists
    assert nountimes._ATTACK_NOUNS == arguments.ATTACK_NOUNS - {"offensive", "operation", "crackdown"}
    assert nountimes._TOLL_VERBS <= arguments.HARM_LEMMAS


def test_one_and_two_word_lists_are_constants_beside_their_rules():
    """"joint" (senses._call_appeals) and "less"/"least" (coding._compared) are constants
    with their reasons in the code, no lists of their own in the data."""
    from newsbrief.events import coding, senses
    assert "call_joint" not in word_lists("newsbrief.events", "senses_lists.toml")
    assert "verdict_comparatives" not in word_lists("newsbrief.events", "coding_lists.toml")
    assert senses.CALL_JOINT == "joint"
    assert coding.VERDICT_COMPARATIVES == {"less", "least"}


def test_a_given_name_before_any_paper_word_is_a_paper_not_a_person():
    """One list of the words a paper's name ends in (actors.layout PAPER_NAME_WORDS),
    read by the person rule and by the publisher rule. "the David Tribune" was a person on
    main: layout knew five paper words, arguments fifteen."""
    import spacy
    from newsbrief.actors.gazetteer import gazetteer
    from newsbrief.actors.layout import PAPER_NAME_WORDS, given_names
    nlp = spacy.blank("en")
    for text in ("the David Tribune said so", "the Adam Daily said so",
                 "the Adam Review said so"):
        assert given_names(nlp(text), [], gazetteer(), set()) == [], text
    assert given_names(nlp("Maria Lopez said so"), [], gazetteer(), set()) == [(0, 2, "PERSON")]
    assert "publisher_heads" not in word_lists("newsbrief.events", "arguments_lists.toml")
    assert {"times", "herald"} <= PAPER_NAME_WORDS and "review" not in PAPER_NAME_WORDS


def test_single_quotes_sit_beside_the_quote_marks():
    """The single marks live in newsbrief.words with the double ones, apart from them
    (an apostrophe is written the same), not in one rule's module."""
    from newsbrief import words
    assert words.SINGLE_QUOTES == {"'", "\u2018", "\u2019"}
    assert not words.SINGLE_QUOTES & words.QUOTE_MARKS
    assert not hasattr(arguments, "_SINGLE_QUOTES")


def test_the_contests_a_rival_is_beaten_in_are_the_contests_one_runs_in():
    """senses' election-win words read word_classes' sense_contests (less the ones a
    fight has too) and the counted votes: no second list of contests. (What the new
    spellings change on the real parse: tests/test_fixH40_slow.py.)"""
    from newsbrief.events import senses
    assert "contest_words" not in word_lists("newsbrief.events", "senses_lists.toml")
    runs_in = senses._cls("sense_contests")
    assert {"campaign", "bid"} <= runs_in and not {"campaign", "bid"} & senses.CONTEST_WORDS


def test_the_line_a_talk_is_held_on_is_one_list():
    """"phone"/"telephone" were written out in three rules of events.senses."""
    from newsbrief.events import senses
    assert senses.PHONE_WORDS == {"phone", "telephone"}
    assert '"telephone"' not in Path(senses.__file__).read_text("utf-8")


def test_the_verdict_guards_read_modality_cues():
    """coding's verdict guards take the modals of a guess, the marks of a condition and
    the negation words from modality_cues.toml, not copies of them."""
    from newsbrief.events import coding
    from newsbrief.events.modality import cues
    lists = word_lists("newsbrief.events", "coding_lists.toml")
    assert "speculative_modals" not in lists
    assert coding.SPECULATIVE_MODALS == cues().cond_aux
    assert {"no", "never"} <= coding.VERDICT_DENIERS and "no" not in lists["verdict_deniers"]
