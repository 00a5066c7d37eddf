"""Score event dates against gold dates written by hand from the text.

    python scripts/score_dates.py eval/judgements/events-dates-dev-SEED.tsv [...] [--show] [--as-ingest] [--by-source]

Each gold file holds, per real event: article id, predicate start, predicate end, a
sample name, and the gold date: a TIMEX3 value (a day "2019-07-15", an ISO week
"2019-W32", a month "2019-07", a year "2019") or "none" (rightly undated),
alternatives separated by "|". The script re-runs the pipeline on those articles
(with --as-ingest, an article with no publication date is dated as ingest dates it,
from its URL or text; the judging harness does not), finds the record coded from the
same predicate and counts it right when its date
(or its being undated) matches one alternative; records carry a week as its ISO week
("2019-W32", since dates14; before, as the month of its Thursday), and a week still
matches a record dated to a month when the whole week (Monday to Sunday) lies in that
month (the blind judges count that month wrong for a week that straddles two months). It prints the share with a Wilson 95% interval, with
--by-source the share per date_source of the record (text, published, none), and with
--show every row (ids, offsets, gold, record date and source; no corpus text).
"""
from __future__ import annotations

import logging
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from judge_events import analyse, article_of, corpus_rows, wilson  # noqa: E402

from newsbrief.pubdate import infer_published  # noqa: E402


def _week_month(value: str) -> str | None:
    """The month a week lies in, or None when it straddles two months."""
    try:
        year, week = value.split("-W")
        monday = date.fromisocalendar(int(year), int(week[:2]), 1)
    except ValueError:
        return None
    sunday = monday + timedelta(days=6)
    return monday.strftime("%Y-%m") if monday.month == sunday.month else None


def matches(gold: str, record_date: str | None) -> bool:
    for alt in gold.split("|"):
        alt = alt.strip()
        if alt == "none":
            if not record_date:
                return True
            continue
        if record_date == alt:
            return True
        if "-W" in alt and record_date is not None and record_date == _week_month(alt):
            return True
        if record_date is not None and "-W" in record_date and len(alt) == 7 and \
                _week_month(record_date) == alt:
            return True  # a week the record carries, wholly within the gold month
    return False


def read_gold(paths: list[Path]) -> list[tuple[str, int, int, str, str]]:
    out = []
    for path in paths:
        for line in path.read_text("utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            out.append((cols[0], int(cols[1]), int(cols[2]), cols[3], cols[4]))
    return out


def main(argv: list[str]) -> int:
    show = "--show" in argv
    paths = [Path(a) for a in argv if not a.startswith("--")]
    if not paths:
        print(__doc__, file=sys.stderr)
        return 2
    gold = read_gold(paths)
    ids = {g[0] for g in gold}
    corpus = [(k, row) for k, row in enumerate(corpus_rows()) if row["id"] in ids]
    found = {}
    articles = (article_of(row, k) for k, row in corpus)
    if "--as-ingest" in argv:
        # dated as ingest dates them: a missing publication date from the URL or the text
        # (the judging harness, scripts/judge_events.py, leaves it empty)
        logging.getLogger("newsbrief").setLevel(logging.ERROR)
        articles = (infer_published(a) for a in articles)
    for article, events, info in analyse(articles):
        for ev in events:
            # A re-telling folded into a record (events/retell.py) is dated by it.
            for one in (ev.id, *(t.id for t in ev.tellings)):
                pred = info.get(one, (None, (0, 0)))[1]
                found[(article.id, pred[0], pred[1])] = ev
    good = missing = 0
    by_source: dict[str, list[int]] = {}
    for aid, start, end, sample, value in gold:
        ev = found.get((aid, start, end))
        if ev is None:
            missing += 1
            ok = False
            got = "no record"
        else:
            ok = matches(value, ev.date)
            got = f"{ev.date}\t{ev.date_source}\t{ev.date_text!r}"
        tally = by_source.setdefault("no record" if ev is None else str(ev.date_source), [0, 0])
        tally[0] += ok
        tally[1] += 1
        good += ok
        if show:
            print(f"{'ok ' if ok else 'BAD'}\t{aid}\t{start}\t{end}\t{sample}\tgold {value}\t{got}")
    n = len(gold)
    lo, hi = wilson(good, n)
    print(f"dates right or rightly undated: {good}/{n} = {good / n:.2f} [{lo:.2f}, {hi:.2f}]"
          f" ({missing} without a record from the same predicate)")
    if "--by-source" in argv:
        for source, (right, total) in sorted(by_source.items()):
            print(f"  date_source {source}: {right}/{total} right")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
