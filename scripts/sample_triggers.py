"""Draw event mentions from a store to judge the trigger the pages mark (issue 13).

    python scripts/sample_triggers.py --db STORE --seed 1313 [--n 30] [--out sheet.jsonl]

Picks `n` event mentions at random (seeded) among those with stored trigger
offsets (`event_mentions.trigger_start/end`, schema 8) and writes, one per line:
the mention id, its type and CAMEO code, the trigger's offsets into the article
text, and the evidence sentence with the trigger in [[double brackets]] (what the
event and article pages mark). A judge answers, for each line, whether the marked
word is the word that states that event (yes / no, and the right word when no).
The sheet goes to `--out` or stdout; it holds corpus text, so it stays out of the
repository (commit judgements as mention ids, offsets and labels only).
Also prints how many mentions of the store have trigger offsets, and how many of
those fall inside their evidence sentence.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--n", type=int, default=30)
    parser.add_argument("--out")
    args = parser.parse_args()
    conn = sqlite3.connect(f"file:{Path(args.db).resolve()}?mode=ro", uri=True)
    total, with_trigger, inside = conn.execute(
        'SELECT COUNT(*), COUNT(trigger_start), SUM(trigger_start >= start AND trigger_end <= "end" '
        "AND trigger_start < trigger_end) FROM event_mentions").fetchone()
    print(f"{total} event mentions, {with_trigger} with trigger offsets, {inside or 0} of them "
          "inside their evidence sentence", file=sys.stderr)
    rowids = [r[0] for r in conn.execute(
        "SELECT rowid FROM event_mentions WHERE trigger_start IS NOT NULL ORDER BY rowid")]
    picked = sorted(random.Random(args.seed).sample(rowids, min(args.n, len(rowids))))
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    for rowid in picked:
        mid, typ, cameo, start, text, t0, t1 = conn.execute(
            'SELECT id, type, cameo, start, text, trigger_start, trigger_end FROM event_mentions '
            "WHERE rowid = ?", (rowid,)).fetchone()
        a, b = t0 - start, t1 - start
        marked = text[:a] + "[[" + text[a:b] + "]]" + text[b:] if 0 <= a < b <= len(text) else None
        out.write(json.dumps({"mention_id": mid, "type": typ, "cameo": cameo,
                              "trigger_start": t0, "trigger_end": t1, "sentence": marked},
                             ensure_ascii=False) + "\n")
    if args.out:
        out.close()


if __name__ == "__main__":
    main()
