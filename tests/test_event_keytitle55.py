"""The article's title in the main act's ranking (events.mainact, keytitle55): a headline
names the story's main act ("Germany expels two Russian diplomats"), so the ranking reads
whether the title names a record's doer, its act and its recipient. Titles and sentences
made up for the test; the ranking model is given, not loaded."""

from __future__ import annotations

from dataclasses import replace

from newsbrief.events import mainact
from newsbrief.records import ActorRef, Event, Evidence, Predicate, Trigger

FIRST = "Norway's finance ministry suspended talks with the union on Monday."
SECOND = "The union's leaders called a national strike for the spring."
SECOND_AT = len(FIRST) + 1
LENGTH = SECOND_AT + len(SECOND)

# A toy ranking: the earlier sentence first, unless the title names another record's act
# and doer.
TOY = mainact.MainActModel({"sent0": 2.0, "z": 1.0, "title_act_doer": 3.0}, 0.0, 0.55, 1)


def _event(sentence: str, start: int, word: str, conf: float, typ: str,
           actor: str = "the ministry", recipient: tuple = ()) -> Event:
    at = start + sentence.index(word)
    return Event(
        id=f"{start}-{word}", type=typ, mode=None, context=None, cameo=None,
        actor=(ActorRef(None, actor, "NOR"),), recipient=recipient, date=None,
        date_precision=None, date_text=None, date_source=None, location=None,
        modality="asserted", attributed_to=(), quantities=(),
        evidence=Evidence(0 if start == 0 else 1, start, start + len(sentence), sentence),
        confidence=conf, trigger=Trigger(at, at + len(word), word))


def _done(ev: Event, lemma: str, tense: str = "past") -> Event:
    """The record told by an active verb of `tense`, no modal (`mainact.main_verb_done`)."""
    t = ev.trigger
    return replace(ev, predicate=Predicate(
        start=t.start, end=t.end, lemma=lemma, voice="active", past=None, base=lemma,
        adverb=None, object=None, modifiers=(), text=t.text, tense=tense))


def _records():
    return [_done(_event(FIRST, 0, "suspended", 0.7, "REJECT"), "suspend"),
            _done(_event(SECOND, SECOND_AT, "called", 0.7, "PROTEST",
                         actor="the union's leaders"), "call")]


def test_the_title_reads_its_places_and_acts():
    title = mainact.read_title("Germany expels two Russian diplomats over spy case")
    assert title.countries == {"DEU", "RUS"}
    assert "SANCTION" in title.types  # "expels": a trigger word of the type
    assert title.tells("expelled") and not title.tells("exported")
    assert not title.names("the ministry")
    assert mainact.read_title("Lund expels two diplomats").names("Foreign Minister Eva Lund")
    # an acronym is a place only as written
    assert mainact.read_title("Mayor tells us nothing new").countries == frozenset()
    assert mainact.read_title("   ") is None and mainact.read_title(None) is None


def test_a_title_that_names_the_act_and_doer_marks_it():
    out = mainact.mark_main_acts(_records(), LENGTH, TOY,
                                 title="Norwegian union calls national strike")
    assert [ev.key for ev in out] == [False, True]
    f = mainact.features(_records(), LENGTH, "Norwegian union calls national strike")
    assert f[1]["title_act_doer"] == 1.0 and f[1]["title_trigger"] == 1.0
    assert f[0]["title_trigger"] == 0.0 and f[0]["title_doer_country"] == 1.0


def test_a_title_that_names_another_act_leaves_the_lead_marked():
    # the title tells the lead's act: the lead's record keeps the mark
    out = mainact.mark_main_acts(_records(), LENGTH, TOY,
                                 title="Norway suspends wage talks with union")
    assert [ev.key for ev in out] == [True, False]
    # the title tells an act no record tells: the ranking is the one without a title
    for title in ("Fishing quotas cut for the north", None, ""):
        out = mainact.mark_main_acts(_records(), LENGTH, TOY, title=title)
        assert [ev.key for ev in out] == [True, False]


def test_the_doer_alone_is_not_the_act():
    # the title names the union and its country but tells another act of it
    f = mainact.features(_records(), LENGTH, "Norwegian union elects new leader")
    assert f[1]["title_doer_country"] == 1.0 and f[1]["title_doer"] == 0.0
    assert f[1]["title_act_doer"] == 0.0


def test_the_recipient_named_in_the_title():
    hit = _event(FIRST, 0, "suspended", 0.7, "REJECT",
                 recipient=(ActorRef(None, "Equinor", "NOR"),))
    assert mainact.features([hit], LENGTH, "Oslo halts talks with Equinor")[0]["title_recipient"] == 1.0
    assert mainact.features([hit], LENGTH, "Oslo halts talks")[0]["title_recipient"] == 1.0  # its country
    assert mainact.features([hit], LENGTH, "Talks halted")[0]["title_recipient"] == 0.0
    assert mainact.features([hit], LENGTH)[0] == {**mainact.features([hit], LENGTH)[0], "no_title": 1.0}


def test_a_second_key_where_the_title_names_another_act():
    # the lead's record is the main act; the title names the body's strike and its doer
    records = _records()
    plain = mainact.MainActModel({"sent0": 2.0, "z": 1.0}, 0.0, 0.55, 1)
    scores = mainact.ranking(records, LENGTH, plain)
    titled = mainact._titled(records, "Norwegian union calls national strike", on=True)
    assert titled == [False, True]
    assert mainact.choose(records, scores, 1, 0.55, titled=titled) == {0, 1}
    # controls: no main act marked, a title that names no record's act, the same type
    assert mainact.title_second(records, scores, set(), titled, 0.55) == set()
    assert mainact.choose(records, scores, 1, 0.55, titled=mainact._titled(
        records, "Fishing quotas cut for the north", on=True)) == {0}
    same = [records[0], replace(records[1], type="REJECT")]
    assert mainact.choose(same, scores, 1, 0.55, titled=[False, True]) == {0}
    # nor an act its verb does not tell as done (told in the present: a stance)
    now = [records[0], _done(records[1], "call", tense="present")]
    assert mainact.choose(now, scores, 1, 0.55, titled=[False, True]) == {0}
    # shipped on (keysecond56): the title is read for the second key; off, it is not
    assert mainact._titled(records, "Norwegian union calls national strike") == [False, True]
    assert mainact._titled(records, "Norwegian union calls national strike", on=False) is None
