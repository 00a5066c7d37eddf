"""Events: who did what to whom, when, where, by whose account.

`extract_events(doc, article, entities, timexes)` is the pipeline stage;
`newsbrief.events.coding` holds the PLOVER/CAMEO typing it relies on.
"""

from .extract import extract_events

__all__ = ["extract_events"]
