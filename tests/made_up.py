"""Running a report made up for a test through the whole pipeline, and finding its
records by trigger word: the slow tests that read the real parse share these (a helper
module, not a test file, so importing it collects no test twice)."""

from __future__ import annotations

from newsbrief.records import Article


def events_of(pipe, text: str, published: str = "2024-12-05", *, name: str = "made-up"):
    """The records of `text` as a report published on `published` (given, as a feed
    would give it)."""
    art = Article(id=name, origin="test", text=text, published=published,
                  published_source="given")
    return pipe.analyse_doc(pipe.nlp(art.text), art).events


def by_trigger(events, word: str, *, last: bool = False):
    """The first record whose trigger is `word` (the last with `last`: the body's, when
    the lead has one too); fails listing what there is."""
    found = [ev for ev in events if ev.trigger and ev.trigger.text == word]
    assert found, [(ev.type, ev.trigger and ev.trigger.text) for ev in events]
    return found[-1] if last else found[0]


def coded(pipe, text: str, published: str = "2026-12-06"):
    """Each record of `text` as (type, CAMEO, trigger word, actor texts, recipient
    texts): the plain view the type and call tests compare."""
    return [(ev.type, ev.cameo, ev.trigger.text if ev.trigger else None,
             [a.text for a in ev.actor], [r.text for r in ev.recipient])
            for ev in events_of(pipe, text, published)]


def coded_as(pipe, text: str, typ: str, cameo: str, word: str, published: str = "2026-12-06"):
    """The (actor texts, recipient texts) of each record of `text` of this type and
    CAMEO code whose trigger is `word`."""
    return [(actor, recipient) for t, c, trig, actor, recipient in coded(pipe, text, published)
            if t == typ and c == cameo and trig == word]


def types_of(pipe, text: str, word: str) -> list[str]:
    """The types of the records of `text` whose trigger is `word` (an empty list when
    the word gives no record)."""
    return [t for t, _, trig, _, _ in coded(pipe, text) if trig == word]
