"""The title-agreed second key (events.mainact.title_second, keysecond56) passes over
what keytitle55 read as its non-events: an act told as a finding or charge against its
doer ("a court ruled that the union violated ..."), a running total ("members have
blocked more than 300 trucks"). Sentences made up for the
test; the ranking model is given, not loaded."""

from __future__ import annotations

from dataclasses import replace

from newsbrief.events import mainact
from newsbrief.records import ActorRef, Event, Evidence, Predicate, Quantity, Trigger

FIRST = "Norway's finance ministry suspended talks with the union on Monday."
SECOND_AT = len(FIRST) + 1
PLAIN = mainact.MainActModel({"sent0": 2.0, "z": 1.0}, 0.0, 0.55, 1)


def _record(sentence: str, start: int, word: str, lemma: str, typ: str,
            actor: str = "the union", country: str | None = "NOR", **kw) -> Event:
    at = start + sentence.index(word)
    return Event(
        id=f"{start}-{word}", type=typ, mode=None, context=None, cameo=None,
        actor=(ActorRef(None, actor, country),), recipient=(), date=None,
        date_precision=None, date_text=None, date_source=None, location=None,
        modality="asserted", attributed_to=kw.get("attributed_to", ()),
        quantities=kw.get("quantities", ()),
        evidence=Evidence(0 if start == 0 else 1, start, start + len(sentence), sentence),
        confidence=0.7, trigger=Trigger(at, at + len(word), word),
        predicate=Predicate(start=at, end=at + len(word), lemma=lemma, voice="active",
                            past=None, base=lemma, adverb=None, object=None, modifiers=(),
                            text=word, tense="past"))


def _second(sentence: str, word: str, lemma: str, typ: str = "PROTEST", **kw) -> set[int]:
    """The keys `choose` marks when the title names the body record's act and doer."""
    records = [_record(FIRST, 0, "suspended", "suspend", "SANCTION", actor="the ministry"),
               _record(sentence, SECOND_AT, word, lemma, typ, **kw)]
    scores = mainact.ranking(records, SECOND_AT + len(sentence), PLAIN)
    return mainact.choose(records, scores, 1, 0.55, titled=[False, True])


def test_a_finding_against_the_doer_is_no_second_key():
    assert _second("A court ruled on Friday that the union violated the labour code.",
                   "violated", "violate", "REJECT") == {0}
    assert _second("The inspectors found that the union blocked the port.",
                   "blocked", "block") == {0}
    # an offence said by another, in a "that" clause or attributed to its source
    assert _second("Two lawmakers said Tuesday that the union broke the law.",
                   "broke", "break", "REJECT") == {0}
    assert _second("The union breached the accord, two lawmakers said.", "breached",
                   "breach", "REJECT",
                   attributed_to=(ActorRef(None, "two lawmakers", "NOR"),)) == {0}


def test_controls_an_act_told_as_done_keeps_its_second_key():
    assert _second("The union's leaders called a national strike.", "called", "call") == {0, 1}
    # a verb of saying before an act that is no offence: the act reported as done
    assert _second("Officials said that the union blocked the port.", "blocked",
                   "block") == {0, 1}
    # an offence told by the narrator, not as another's charge
    assert _second("The union breached the accord on Sunday.", "breached", "breach",
                   "REJECT") == {0, 1}
    # "that" naming a thing before the act, not opening what a finding says (fixY56: the
    # old control put "that" after the trigger, where it was never read)
    assert _second("After the court ruled on that appeal, the union blocked the port on Monday.",
                   "blocked", "block") == {0, 1}


def test_a_finding_word_elsewhere_is_no_charge():
    """fixY56: a "that" clause that has ended, a finding verb in a relative clause, and the
    nouns "claims", "charges" do not make the act a charge: it is told as done."""
    for text, word, lemma in [
        ("A panel ruled that the decree was void, and the union blocked the port on Monday.",
         "blocked", "block"),
        ("The union, which has accused the ministry of lying, said on Friday that its members "
         "blocked the port.", "blocked", "block"),
        ("Amid claims of fraud, officials said that the union blocked the port on Monday.",
         "blocked", "block"),
        ("Despite the charges, the minister said that the union blocked the port on Monday.",
         "blocked", "block"),
    ]:
        assert _second(text, word, lemma) == {0, 1}, text


def test_a_running_total_is_no_second_key():
    many = (Quantity(300, "trucks", "over", "more than 300 trucks"),)
    assert _second("Since May the union's members have blocked more than 300 trucks.",
                   "blocked", "block", quantities=many) == {0}
    # controls: the same count told by the simple past (one act), an exact count
    assert _second("The union's members blocked more than 300 trucks on Monday.",
                   "blocked", "block", quantities=many) == {0, 1}
    # fixY56: the headline perfect with no span of time is one act
    some = (Quantity(20, "diplomats", "about", "about 20 diplomats"),)
    assert _second("The union has expelled about 20 ministry staff, its leaders said on Monday.",
                   "expelled", "expel", quantities=some) == {0, 1}
    assert _second("The union has blocked over 300 trucks so far.", "blocked", "block",
                   quantities=many) == {0}
    exact = (Quantity(300, "trucks", None, "300 trucks"),)
    assert _second("The union's members have blocked 300 trucks.", "blocked", "block",
                   quantities=exact) == {0, 1}



def test_the_shipped_marks_keep_two_keys_and_leave_the_confidence():
    records = [_record(FIRST, 0, "suspended", "suspend", "SANCTION", actor="the ministry"),
               _record("The union's leaders called a national strike.", SECOND_AT, "called",
                       "call", "PROTEST", actor="the union's leaders")]
    length = SECOND_AT + 60
    out = mainact.mark_main_acts(records, length, PLAIN,
                                 title="Norwegian union calls national strike")
    assert [ev.key for ev in out] == [True, True]
    assert [ev.confidence for ev in out] == [ev.confidence for ev in records]
    # controls: a title naming only the lead's act, and none, leave the one mark
    for title in ("Norway suspends wage talks", None):
        out = mainact.mark_main_acts(records, length, PLAIN, title=title)
        assert [ev.key for ev in out] == [True, False]
