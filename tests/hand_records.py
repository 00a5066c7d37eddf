"""Hand-made records for the store, merge, query, brief, export, web and CLI tests.

The test modules import the builders from here (pytest puts tests/ on sys.path; a
helper module, not a test file, so that importing it collects no test twice); the
sentences are our own, written for these tests.
"""

from __future__ import annotations

import dataclasses

from newsbrief.records import (ActorRef, AnalysedArticle, Article, Entity, Event, Evidence,
                               Location, Mention, Predicate, make_article_id)

STATES = {
    "PRK": ("North Korea", "state"),
    "RUS": ("Russia", "state"),
    "USA": ("United States", "state"),
    "KOR": ("South Korea", "state"),
    "UKR": ("Ukraine", "state"),
    "CHN": ("China", "state"),
}


def state(iso: str, sector: str | None = None, text: str | None = None) -> ActorRef:
    name = STATES[iso][0]
    return ActorRef(entity=f"state-{iso.lower()}" if sector is None else None,
                    text=text or name, country=iso, sector=sector)


def person(slug: str, name: str, iso: str) -> ActorRef:
    return ActorRef(entity=f"person-{slug}", text=name, country=iso, sector="GOV")


def event(eid: str, type_: str, actors, recipients=(), *, date: str | None = None,
          precision: str | None = "day", source: str | None = "text", modality="asserted",
          attributed=(), cameo: str | None = None, sentence: int = 0,
          text: str = "Something happened.", start: int = 0,
          location: Location | None = None) -> Event:
    return Event(id=eid, type=type_, mode=None, context=None, cameo=cameo,
                 actor=tuple(actors), recipient=tuple(recipients), date=date,
                 date_precision=precision if date else None, date_text=None,
                 date_source=source if date else None, location=location, modality=modality,
                 attributed_to=tuple(attributed), quantities=(),
                 evidence=Evidence(sentence=sentence, start=start, end=start + len(text),
                                   text=text),
                 confidence=0.9)


def told(ev: Event, lemma: str) -> Event:
    """The record with the word of its act (its predicate's lemma: "sign", "take effect")."""
    pred = Predicate(start=ev.evidence.start, end=ev.evidence.start, lemma=lemma,
                     voice="active", past=None, base=None, adverb=None, object=None,
                     modifiers=(), text=lemma)
    return dataclasses.replace(ev, predicate=pred)


def entities_for(events) -> tuple[Entity, ...]:
    seen: dict[str, Entity] = {}
    for ev in events:
        for ref in ev.actor + ev.recipient + ev.attributed_to:
            if ref.entity and ref.entity not in seen:
                kind = "person" if ref.entity.startswith("person-") else "state"
                seen[ref.entity] = Entity(id=ref.entity, name=ref.text, kind=kind,
                                          country=ref.country, sector=ref.sector,
                                          mentions=(Mention(0, len(ref.text), ref.text),))
    return tuple(seen.values())


def analysed(text: str, events=(), *, url: str | None = None, source: str | None = "Wire A",
             published: str | None = "2024-12-05", title: str | None = None,
             version: str = "0.1.0") -> AnalysedArticle:
    article = Article(id=make_article_id(url, text), origin="test", text=text,
                      title=title or text[:40], url=url, source=source, published=published,
                      published_source="given" if published else None)
    events = tuple(events)
    return AnalysedArticle(article=article, entities=entities_for(events), events=events,
                           pipeline_version=version)


def pred(text, word, lemma, voice="active", past=None, obj=None, mods=(), subject=None,
         told=None, **kw):
    """The predicate of the act `word` (its first place in `text`) as the event stage keeps
    it: lemma, voice, tense forms, object and modifiers (the brief phrases from it)."""
    start = text.index(word)
    end = start + len(word)
    return Predicate(start=start, end=end, lemma=lemma, voice=voice, past=past,
                     base=lemma if voice != "noun" else None, adverb=kw.get("adverb"),
                     object=obj, modifiers=tuple(mods), text=word, subject=subject,
                     frame=kw.get("frame"), frame_subject=kw.get("frame_subject"),
                     frame_start=kw.get("frame_start"), told=told or ((start, end),))


def with_pred(ev, p):
    """The record with predicate `p`."""
    return dataclasses.replace(ev, predicate=p)


def write_accord_and_troops(store) -> None:
    """Two reports into `store`: an accord two states put into force, told as done, and
    one state's soldiers said to be in the other, told as alleged and dated by its
    publication day (the knowledge commands' and the API's small store)."""
    store.write(analysed("The allies put their defence accord into force on Wednesday.", [
        event("e1", "AGREE", [state("PRK")], [state("RUS")], date="2024-12-04",
              cameo="057", text="The allies put their defence accord into force."),
    ], url="https://wire.example/accord", version="0.0.1"))
    store.write(analysed("Officials say Northern soldiers are now in Russia.", [
        event("e1", "MOBILIZE", [state("PRK", "MIL", text="soldiers")], [state("RUS")],
              date="2024-12-05", source="published", modality="alleged", cameo="154",
              attributed=[state("USA")], text="Officials say soldiers are in Russia."),
    ], source="Paper B", version="0.0.1"))
