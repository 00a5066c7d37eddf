"""Time expressions: find TIMEX3 dates, times, durations and sets in a text and
normalise them against the publication date (TempEval-3 conventions).

    >>> [t.value for t in tag_timexes("The pact took effect Wednesday.", "2024-12-05")]
    ['2024-12-04']
"""

from __future__ import annotations

from .tagger import tag_timexes

__all__ = ["tag_timexes"]
