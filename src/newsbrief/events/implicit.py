"""Doers the text implies but does not name, marked as such.

"Two suspects were arrested in Nairobi", "four men were sentenced in Tehran", "six
people were shot dead in Karachi": the sentence names no doer, yet who did it is
plain from the act and its place, and event datasets code it so (an arrest or a
charge is by the police or prosecutors of the place, a sentence by its court, an
assault at a named place by unnamed attackers of that country). Who that is, and
when the text makes it plain enough, is `ActorIndex.implied_actor` (actorrefs: the
acts only a state does to people, a passive with no agent, a place of one
country). This module applies it to a candidate:

- each such doer is marked `implied` (records.ActorRef) in the record (`extract`'s
  output, the stored mention's JSON), which tells a doer the text names from one it
  implies; merged events (the store's event_actors) keep the doer's words ("unnamed
  police"), not the flag;
- a candidate whose sentence names nobody else who can act (the people acted on are
  plain "suspects" or "men", of no country or sector) still makes a record when
  its doer is implied: before, such records were dropped, and with them key acts
  whose doer is plain ("were arrested" with no "by"). Such a record is scored like
  any other (the model reads that the act implies its doer, feature `implied_doer`
  of reportable.features, not who the doer is), but it does not take part in the
  article's term, so the article's
  other records keep the confidence they had (`standing_alone`). It needs the
  act's own place (the event's place, or a place its clause names) to be the
  implied doer's country: the story's country is no evidence for it (read by hand
  on the judged articles, the story's country was wrong for acts told of another
  state: prisoners freed in one country told in a story of another).
"""

from __future__ import annotations

from dataclasses import replace

from ..records import ActorRef
from .actorrefs import _act_place, told_country


def implicit_doers(index, tok, args, location=None, typ: str | None = None) \
        -> tuple[ActorRef, ...]:
    """The doers a candidate's act implies when its clause names none, marked
    `implied`; () when the text names a doer or leaves who did it open."""
    if args.actor:
        return ()
    return tuple(replace(r, implied=True)
                 for r in index.implied_actor(tok, args, location, typ))


def standing_alone(actor, recipient, implied, index, tok, location=None) -> bool:
    """Whether a record stands only on its implied doer: nobody the sentence names can
    act (no entity, country or sector on either side), but the act implies who did it,
    of the country of the place the act is told at."""
    if not implied or any(r.entity or r.country or r.sector for r in (*actor, *recipient)):
        return False
    # where the act is told: its place, its clause's, or its own words' ("arrested in
    # X"), the same choice as implied_actor's but for the story's country
    country = told_country(index, tok, location, lambda: _act_place(tok))
    return country in {r.country for r in implied}
