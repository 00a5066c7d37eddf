"""How many fresh articles not yet judged have event records, by threshold.

    python scripts/fresh_left.py            # every source
    python scripts/fresh_left.py wkn-       # only these prefixes (the others are not run)

Blind tests draw from the fresh pool (scripts/fresh_pool.py) leaving out every
article of an earlier judgement; since event draws take articles because they have
records, the pool left runs short of them. This counts, per source, the articles
left, their records, and the records and articles at several thresholds, with this
tree's pipeline. The cuts include the default threshold (defaults.toml) and the one
of the draws before it (0.73).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import judge_events  # noqa: E402

CUTS = (0.4, 0.5, 0.65, 0.73, 0.74, 0.8)


def main(argv: list[str] | None = None) -> None:
    wanted = tuple(sys.argv[1:] if argv is None else argv)
    unknown = [w for w in wanted if not w.startswith(judge_events.fresh_pool.PREFIXES)]
    if unknown:
        sys.exit(f"Error: {', '.join(unknown)}: not a fresh-pool prefix; give some of "
                 f"{', '.join(judge_events.fresh_pool.PREFIXES)}")
    rows = judge_events.fresh_rows(wanted)
    judged = judge_events.dev_ids()
    articles = [judge_events.article_of(r, k) for k, r in enumerate(rows)
                if r["id"] not in judged and (not wanted or r["id"].startswith(wanted))]
    records, having, seen = Counter(), Counter(), Counter()
    for article, events, _info in judge_events.analyse(iter(articles)):
        source = article.id.split("-")[0]
        seen[source] += 1
        records[(source, None)] += len(events)
        for cut in CUTS:
            kept = sum(ev.confidence >= cut for ev in events)
            records[(source, cut)] += kept
            having[(source, cut)] += kept > 0
    for source in sorted(seen):
        by_cut = " ".join(f"at {cut}: {records[(source, cut)]} in {having[(source, cut)]}" for cut in CUTS)
        print(f"{source}: {seen[source]} articles left, {records[(source, None)]} records; {by_cut}")


if __name__ == "__main__":
    main()
