"""When two event records describe one real-world event.

This package sits beneath the store: the store calls it inside its write
transaction, and anything else (tests, a Spark job) can call it with no store at
all, since every function here is pure over plain records. docs/merging.md
explains the rule to users; in short, a new event mention joins a stored event
only when all of these hold:

1. the same PLOVER root type;
2. the same actors: at least one actor in common (same entity, or the same
   country and sector for states and groups; people only by entity), and
   recipients in common when both name any (a document the act is about,
   records.Event.about, counts as a recipient here when both name one; two
   acts about two different documents never merge, unless both are told only in
   plain words, "the agreement" / "the deal"). For symmetric types (CONSULT, AGREE,
   COOPERATE) actor and recipient may swap sides;
3. compatible dates: the spans the two dates cover (a day, a week, a month...)
   overlap, give or take SLACK_DAYS (none within one article). A date taken
   from the publication day is weak: it only says the event happened on or
   before that day, so it is compatible with a text-derived date up to
   `lookback(type)` days earlier;
4. a vague match (a publication-day date, a date coarser than a week, or
   another sentence of the same article) must be vouched for: the same
   recipients on both sides, and either evidence sentences that say the same
   thing (beyond the actors' names) or, across articles, the same specific
   CAMEO code, or, within one article, the same specific CAMEO code between
   exactly the same sides for acts that do not recur daily (a re-telling; an
   act on a document told with a word of the same family: a pact's signing is
   not its entry into force);
   negated and conditional mentions never match vaguely;
5. compatible places: two locations in different countries never merge.

Among the stored events that pass, the best scoring one wins.

    sketch.py    an event reduced to what merging compares (keys, span, evidence)
    likeness.py  do two evidence sentences tell the same thing
    rule.py      the rule above, and the date window candidates are looked up in
    summary.py   a merged event's own fields from its mentions
"""

from .likeness import Evidence, alike, content_words, similar_evidence, words_in_order
from .rule import (GENERIC_STANDINGS, SYMMETRIC_TYPES, candidate_window, choose_event,
                   score_candidate, specific)
from .sketch import (LOOKBACK_DAYS, RECURRING_TYPES, SLACK_DAYS, Sketch, act_of,
                     event_evidence, lookback, mention_span, ref_keys, sketch_event,
                     sketch_stored)
from .summary import summarise

__all__ = [
    "Evidence", "Sketch", "act_of", "alike", "candidate_window", "choose_event", "content_words",
    "event_evidence", "lookback", "mention_span", "ref_keys", "score_candidate",
    "similar_evidence", "sketch_event", "sketch_stored", "specific", "summarise",
    "words_in_order", "GENERIC_STANDINGS", "LOOKBACK_DAYS", "RECURRING_TYPES", "SLACK_DAYS",
    "SYMMETRIC_TYPES",
]
