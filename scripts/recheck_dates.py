"""Re-run the pipeline on the real events of a judged sample and print each one's date.

    python scripts/recheck_dates.py eval/judgements/events-blind-202612020231.tsv [--changed BEFORE.tsv]

For every row labelled a real event (event=1) it finds the record whose predicate has
the judged offsets and prints: article id, predicate offsets, the judged date label,
the record's date, date_source and the time expression. Output is tab-separated (no
corpus text), so two runs (before and after a change) can be compared; the dates that
changed must be judged again by hand, against the text.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from judge_events import analyse, article_of, corpus_rows  # noqa: E402


def main(argv: list[str]) -> None:
    rows = [line.rstrip("\n").split("\t") for line in open(argv[0], encoding="utf-8")
            if line.strip() and not line.startswith("#")]
    real = [r for r in rows if r[6] == "1"]
    ids = {r[0] for r in real}
    corpus = [(k, row) for k, row in enumerate(corpus_rows()) if row["id"] in ids]
    found: dict[tuple[str, int, int], object] = {}
    for article, events, info in analyse(article_of(row, k) for k, row in corpus):
        for ev in events:
            pred = info.get(ev.id, (None, (0, 0)))[1]
            found[(article.id, pred[0], pred[1])] = ev
    for r in real:
        ev = found.get((r[0], int(r[3]), int(r[4])))
        if ev is None:
            print(f"{r[0]}\t{r[3]}\t{r[4]}\tlabel {r[10]}\tno record")
            continue
        print(f"{r[0]}\t{r[3]}\t{r[4]}\tlabel {r[10]}\t{ev.date}\t{ev.date_source}\t"
              f"{ev.date_text!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
