"""What simple alternatives to the dating policy would give for the records now dated
by the publication day, scored against gold dates written by hand.

    python scripts/published_alternatives.py eval/judgements/events-dates-blind4-gold.tsv [...]

It re-runs the pipeline on the gold files' articles (as scripts/score_dates.py does),
keeps the gold rows whose record has `date_source` "published", and scores, for those
records only, the date each policy would give instead:

- now: the publication day (today's policy);
- undated: no date;
- a: the publication day only in the first prose sentence (of at least
  storytime.LEAD_WORDS words), else undated;
- b: the nearest calendar time expression before the act in its paragraph, else
  undated; b+pub: the same, else the publication day;
- c: undated in a clause told in the present, habitual ("met nine times") or in the
  present perfect, simple or progressive ("has rejected", "have been targeting"), else
  the publication day.

Only ids and counts are printed (no corpus text).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from judge_events import analyse, article_of, corpus_rows  # noqa: E402
from score_dates import matches, read_gold  # noqa: E402

from newsbrief.events import dating  # noqa: E402
from newsbrief.timevalue import event_date  # noqa: E402

POLICIES = ("now", "undated", "a", "b", "b+pub", "c")


def _watch() -> dict:
    """Record, per predicate offset, the StoryTime, token and piece each untimed act is
    dated with (the pipeline's own call, wrapped)."""
    seen: dict = {}
    init, untimed = storytime.StoryTime.__init__, storytime.StoryTime.untimed

    def new_init(self, doc, timexes, published, pieces):
        self.watched_timexes = list(timexes)
        init(self, doc, timexes, published, pieces)

    def new_untimed(self, tok, piece, fallback, far):
        seen[tok.idx] = (self, tok, piece)
        return untimed(self, tok, piece, fallback, far)

    storytime.StoryTime.__init__, storytime.StoryTime.untimed = new_init, new_untimed
    return seen


def _first_prose(story) -> int:
    words: dict[int, int] = {}
    for t in story.doc:
        if t.is_alpha:
            words[story.pieces[t.i]] = words.get(story.pieces[t.i], 0) + 1
    return min((p for p, n in words.items() if n >= storytime.LEAD_WORDS), default=0)


def _before_in_paragraph(story, tok) -> str | None:
    text, best = story.doc.text, None
    for tx in story.watched_timexes:
        if tx.type not in ("DATE", "TIME") or tx.end > tok.idx or "\n" in text[tx.end:tok.idx]:
            continue
        value = event_date(tx.value)
        if value is not None and (best is None or tx.end > best[0]):
            best = (tx.end, value[0])
    return best[1] if best else None


def alternatives(story, tok, piece, pub: str) -> dict[str, str | None]:
    before = _before_in_paragraph(story, tok)
    background = tense.told_tense(tok) == "present" or undated._habitual(tok) or \
        tense._perfect(tok)
    return {"now": pub, "undated": None,
            "a": pub if piece == _first_prose(story) else None,
            "b": before, "b+pub": before or pub,
            "c": None if background else pub}


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv if not a.startswith("--")]
    if not paths:
        print(__doc__, file=sys.stderr)
        return 2
    gold = read_gold(paths)
    ids = {g[0] for g in gold}
    seen = _watch()
    found = {}
    corpus = [(k, row) for k, row in enumerate(corpus_rows()) if row["id"] in ids]
    for article, events, info in analyse(article_of(row, k) for k, row in corpus):
        for ev in events:
            for one in (ev.id, *(t.id for t in ev.tellings)):
                pred = info.get(one, (None, (0, 0)))[1]
                found[(article.id, pred[0], pred[1])] = (ev, seen.get(pred[0]))
        seen.clear()
    right = dict.fromkeys(POLICIES, 0)
    n = 0
    for aid, start, end, _sample, value in gold:
        got = found.get((aid, start, end))
        if got is None or got[0].date_source != "published" or got[1] is None:
            continue
        n += 1
        for policy, date_ in alternatives(*got[1], got[0].date).items():
            right[policy] += matches(value, date_)
    print(f"records dated by the publication day: {n}")
    for policy in POLICIES:
        print(f"  {policy}: {right[policy]}/{n} right")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
