"""A judging sheet for a brief: each statement beside the sentence it is phrased from.

    PYTHONPATH=src python scripts/brief_judge_sheet.py STORE.db TOPIC [--ids]

Prints, in the brief's order (lede, key developments, claims, commitments, background),
each statement and its first cited sentence (for the judge's eyes only: keep the output
out of the repository); with --ids, one line per statement with the article id, sentence
index and offsets, the columns of eval/judgements/briefs-*.tsv. Uses the packaged
confidence threshold, as `newsbrief brief` does.
"""

from __future__ import annotations

import sys

from newsbrief.knowledge.brief import BriefQuery, build_brief
from newsbrief.settings import load_settings
from newsbrief.store import Store


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--ids"]
    db, about = args[0], tuple(args[1:])
    with Store(db) as store:
        brief = build_brief(store, BriefQuery(about=about,
                                              min_confidence=load_settings().threshold))
    refs = {r["n"]: r for r in brief["sources"]}
    items = ([("lede", brief["lede"])] if brief["lede"] else []) + [
        (k, i) for k in ("developments", "claims", "commitments", "background")
        for i in brief[k]]
    for section, item in items:
        ref = refs[item["cites"][0]]
        if "--ids" in sys.argv:
            print(f"{section}\t{ref['article_id']}\t{ref['sentence']}\t{ref['start']}\t"
                  f"{ref['end']}")
            continue
        print(f"[{section}] {item.get('date_label', '')} | {item['text']}")
        print(f"      << {ref['outlet']} {ref['published']} s{ref['sentence']}: "
              f"{ref['evidence'][:400]}")


if __name__ == "__main__":
    main()
