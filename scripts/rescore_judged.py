"""Find the records of judged event samples again on this tree's code, and say what moved.

    python scripts/rescore_judged.py FILES... [--dump OUT.json] [--against DUMP.json]
                                     [--list wrong|all|none] [--text] [--other N]

FILES are judged samples with the columns of eval/judgements/events-blind-*.tsv
(article id, evidence start/end, predicate start/end, type, then the labels event,
type, actor, recipient, date; see scripts/judge_events.py). The pipeline is re-run on
their articles (`judge_events.analyse`: every record kept, whatever its confidence)
and each judged record is found again by article + predicate offsets (failing that, a
record of the judged type in the same sentence, as `judge_events.calibrate` does).

Printed per file: records found / gone / found but below the default threshold, and
the judged figures of actor and recipient. The TSVs keep only labels, never the
values the judges saw, so:
- `--list wrong` (default) prints the current type, actor, recipient and date of each
  judged real event whose actor or recipient was judged wrong; `--list all` every
  judged real event; for reading against the sentence by hand.
- `--dump OUT.json` writes every record of those articles (roles, type, date, score).
- `--against DUMP.json` (a dump written by another tree, e.g. main) prints, for each
  judged real event whose type, actor, recipient or date text changed, the old labels
  and the old and new values; then counts of all other records whose roles (actor,
  recipient) or date changed, or that are new or gone (`--other N` prints N of them).

A judged label stays true only while the value it judged is unchanged: a changed
value must be read by hand before it is counted as fixed or broken.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import judge_events as je  # noqa: E402  (a script beside this one)

ROLES = ("type", "actor", "recipient", "date")


def _refs(refs) -> str:
    return "; ".join(f"{r.text} [{r.country or '-'}]" for r in refs) or "-"


def _record(ev, pred) -> dict:
    return {"type": ev.type, "cameo": ev.cameo, "actor": _refs(ev.actor),
            "recipient": _refs(ev.recipient),
            "date": f"{ev.date} ({ev.date_source}: {ev.date_text!r})",
            "conf": round(ev.confidence, 3), "key": ev.key, "pred": list(pred) if pred else None,
            "evidence": [ev.evidence.start, ev.evidence.end],
            "word": ev.trigger.text if ev.trigger else None, "text": ev.evidence.text}


def run(articles_wanted: set[str]) -> dict[str, list[dict]]:
    """Every record of each wanted article, as plain dicts."""
    wanted = [je.article_of(row, k) for k, row in je.rows_with_ids(articles_wanted)]
    out: dict[str, list[dict]] = {}
    for article, events, info in je.analyse(wanted):
        out[article.id] = [_record(ev, info.get(ev.id, (None, None))[1]) for ev in events]
    return out


def find(records: list[dict], item: dict) -> dict | None:
    """The record of a judged item: same evidence and predicate, else same evidence
    and type (the predicate chosen differently since), else same predicate and type
    in a sentence cut differently since (a dateline split off the lead)."""
    same = [r for r in records if tuple(r["evidence"]) == (item["start"], item["end"])]
    for r in same:
        if item["pred"] is not None and r["pred"] and tuple(r["pred"]) == tuple(item["pred"]):
            return r
    hit = next((r for r in same if r["type"] == item["type"]), None)
    if hit is None and item["pred"] is not None:
        hit = next((r for r in records if r["pred"] and tuple(r["pred"]) == tuple(item["pred"])
                    and item["start"] <= r["evidence"][0] < r["evidence"][1] <= item["end"]),
                   None)
    return hit


def _key(r: dict) -> tuple:
    return (tuple(r["evidence"]), tuple(r["pred"] or ()), r["type"])


def _labels(item: dict) -> str:
    return " ".join(f"{n}={'-' if item.get(n) is None else item[n]}" for n in je.LABELS)


def other_moves(before: dict, current: dict, judged_keys: set) -> list[tuple]:
    """The unjudged records of the articles of both dumps that are new, gone, or whose
    roles (actor, recipient) or date moved: (article, key, old, new, what moved).
    A date moved on an unjudged record is as much a change to read as a moved actor:
    a dating rule is judged by the records it moves, most of which no one judged."""
    out = []
    for art in sorted(set(current) & set(before)):
        a = {_key(r): r for r in before[art]}
        b = {_key(r): r for r in current[art]}
        for key in sorted(set(a) | set(b), key=str):
            if (art, key) in judged_keys:
                continue
            ra, rb = a.get(key), b.get(key)
            what = []
            if ra and rb:
                if (ra["actor"], ra["recipient"]) != (rb["actor"], rb["recipient"]):
                    what.append("roles")
                if ra.get("date") != rb.get("date"):
                    what.append("date")
                if not what:
                    continue
            out.append((art, key, ra, rb, what))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", type=Path, nargs="+")
    ap.add_argument("--dump", type=Path, help="write every record of the articles here")
    ap.add_argument("--against", type=Path, help="a dump of another tree: show what changed")
    ap.add_argument("--list", choices=("wrong", "all", "none"), default="wrong")
    ap.add_argument("--text", action="store_true",
                    help="print each listed record's sentence (for reading; never commit it)")
    ap.add_argument("--other", type=int, default=0,
                    help="print this many changed records that were not judged")
    args = ap.parse_args(argv)

    samples = {p: [r for r in je.read_labels(p) if r["pred"] is not None] for p in args.files}
    ids = {r["article"] for items in samples.values() for r in items}
    current = run(ids)
    if args.dump:
        args.dump.write_text(json.dumps(current, ensure_ascii=False), "utf-8")
    before = json.loads(args.against.read_text("utf-8")) if args.against else None
    cut = je.threshold()
    judged_keys: set[tuple] = set()
    for path, items in samples.items():
        found = gone = below = 0
        changed = []
        for k, item in enumerate(items, 1):
            rec = find(current.get(item["article"], []), item)
            if rec is None:
                gone += 1
            else:
                found += 1
                below += rec["conf"] < cut and not rec.get("key")
                judged_keys.add((item["article"], _key(rec)))
            if item["event"] != 1:
                continue
            old = find(before.get(item["article"], []), item) if before is not None else None
            if old is not None:
                judged_keys.add((item["article"], _key(old)))
            if before is not None:
                moved = [n for n in ROLES if (old or {}).get(n) != (rec or {}).get(n)]
                if moved:
                    changed.append((k, item, old, rec, moved))
            elif args.list == "all" or (args.list == "wrong" and 0 in (item.get("actor"),
                                                                         item.get("recipient"))):
                changed.append((k, item, None, rec, []))
        real = [r for r in items if r["event"] == 1]
        figs = ", ".join(f"{n} {sum(r[n] or 0 for r in real)}/{sum(r[n] is not None for r in real)}"
                         for n in ("actor", "recipient"))
        print(f"== {path.name}: {len(items)} judged; found {found}, gone {gone}, "
              f"below {cut} {below}; real {len(real)} ({figs} as judged)")
        for k, item, old, rec, moved in changed:
            print(f"  #{k} {item['article']} {item['start']}-{item['end']} "
                  f"pred {item['pred'][0]}-{item['pred'][1]} {_labels(item)}"
                  + (f" changed: {','.join(moved)}" if moved else ""))
            if args.text and (rec or old):
                print(f"    text: {(rec or old)['text']!r}")
            for name, r in (("old", old), ("new", rec)):
                if r is None and name == "old" and before is None:
                    continue
                if r is None:
                    print(f"    {name}: (no record)")
                    continue
                print(f"    {name}: {r['type']} {r['cameo']} '{r['word']}' conf {r['conf']} | "
                      f"actor {r['actor']} | recipient {r['recipient']} | {r['date']}")
    if before is not None:
        # Every other record of the same articles whose roles or date moved: read them too.
        others = other_moves(before, current, judged_keys)
        roles = sum(1 for *_, ra, rb, what in others if ra and rb and "roles" in what)
        dates = sum(1 for *_, ra, rb, what in others if ra and rb and "date" in what)
        print(f"== other records of these articles: {roles} with changed roles, "
              f"{dates} with a changed date, "
              f"{sum(1 for *_, ra, rb, _w in others if not ra)} new, "
              f"{sum(1 for *_, ra, rb, _w in others if not rb)} gone")
        for art, key, ra, rb, what in others[:args.other]:
            print(f"  {art} evidence {key[0][0]}-{key[0][1]} pred {key[1]} {key[2]}"
                  f"{' (' + ', '.join(what) + ')' if what else ''}")
            if args.text:
                print(f"    text: {(rb or ra)['text']!r}")
            for name, r in (("old", ra), ("new", rb)):
                if r is not None:
                    print(f"    {name}: '{r['word']}' conf {r['conf']} | actor {r['actor']} | "
                          f"recipient {r['recipient']} | {r['date']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
