"""Write the files blind judges work from (issue 11's hand-judged measures).

    python scripts/blind_sheets.py key --seed S [-n 20] [--judges 2] [--prefix abw-] [--out /work/judging]
    python scripts/blind_sheets.py events --seed S [--judges 5] [--size 20] [--prefix abw-] [--out /work/judging]
    python scripts/blind_sheets.py events --seed S --records FILE [--judges 2] [--out /work/judging]

`key`: draws hard-news articles (scripts/draw_key_articles.py --fresh), leaves out every
article of a committed judgement (events or key events), splits the first N among the
judges and writes, for judge X, keyS-X-articles.txt (id, title, date, text) and
keyS-X-prompt.txt (eval/judging-guides.md, "How to list key events", with the paths
filled in). Labels come back as keyS-X-labels.tsv.

`events`: draws one record at or above the default threshold from each of
judges x size fresh articles (scripts/judge_events.py draw --fresh) and writes, for
judge X, evS-X-part1.txt (the sentences), evS-X-records.txt (the records, read only after
part 1 is judged), evS-X-articles.txt (the whole articles) and evS-X-prompt.txt
(eval/judging-guides.md, "How to judge event records"). Labels come back as
evS-X-labels.tsv; combine them in order and score with `judge_events.py score`.

`events --records FILE`: no draw; the records are those of FILE, one a line in the
layout of part 2 ("#k", article id, evidence start and end, predicate start and end,
type, CAMEO, then what the judge reads: modality, score, actor, recipient, date; lines
not starting "#k<TAB>" are skipped), e.g. the records two models disagree on. Every
judge gets every record (two judges on the same list), in the file's order.

The files live outside the repository (the judges must not read the code) and hold
corpus text, which is never committed: only the labels are, as ids and offsets.
"""

from __future__ import annotations

import argparse
import re
import string
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import judge_events  # noqa: E402

GUIDES = ROOT / "eval/judging-guides.md"
LETTERS = string.ascii_uppercase


def guide(heading: str) -> str:
    """One section of the judges' guides, without its heading."""
    text = GUIDES.read_text("utf-8")
    start = text.index(f"## {heading}")
    end = text.find("\n## ", start + 1)
    return text[text.index("\n", start) + 1:end if end > 0 else None].strip()


def show(ids: list[str]) -> str:
    """The articles as `fresh_pool.py show` prints them for a judge."""
    out = subprocess.run([sys.executable, str(ROOT / "scripts/fresh_pool.py"), "show", *ids],
                         capture_output=True, text=True, check=True)
    return out.stdout


def key(seed: int, n: int, judges: int, prefix: str, out: Path) -> None:
    drawn = subprocess.run(
        [sys.executable, str(ROOT / "scripts/draw_key_articles.py"), "--fresh", "--prefix", prefix,
         "--seed", str(seed), "-n", "400"], capture_output=True, text=True, check=True).stdout
    judged = judge_events.dev_ids()
    ids = [line.split("\t")[0] for line in drawn.splitlines() if line.strip()]
    ids = [i for i in ids if i not in judged][:n]
    prompt = guide("How to list key events")
    prompt = prompt[prompt.index("You are a careful reader"):]
    share = -(-len(ids) // judges)
    for k in range(judges):
        tag = f"{seed}-{LETTERS[k]}"
        mine = ids[k * share:(k + 1) * share]
        (out / f"key{tag}-articles.txt").write_text(show(mine), "utf-8")
        (out / f"key{tag}-ids.txt").write_text("\n".join(mine) + "\n", "utf-8")
        (out / f"key{tag}-prompt.txt").write_text(prompt.replace("SEED", tag), "utf-8")
        print(f"judge {LETTERS[k]}: {len(mine)} articles -> {out}/key{tag}-prompt.txt")


_ITEM = re.compile(r"^#(\d+) (\S+) ")


def given_records(path: Path) -> tuple[dict[int, str], dict[int, str], dict[int, str]]:
    """Part 1's blocks, part 2's lines and the article ids, by item, of the records in
    `path` (see `events --records`), the sentences cut from the articles themselves."""
    rows = {}
    for line in path.read_text("utf-8").splitlines():
        if re.match(r"^#\d+\t", line):
            cols = line.split("\t")
            if len(cols) < 8:
                raise SystemExit(f"{path}: '{cols[0]}' has {len(cols)} columns; a record line needs "
                                 "#k, article, evidence start/end, predicate start/end, type, CAMEO, ...")
            rows[int(cols[0][1:])] = cols
    if not rows:
        raise SystemExit(f"{path}: no record lines (#k<TAB>article<TAB>...); nothing to sheet")
    found = {r["id"]: judge_events.article_of(r, k)
             for k, r in judge_events.rows_with_ids({c[1] for c in rows.values()})}
    missing = sorted({c[1] for c in rows.values()} - set(found))
    if missing:
        raise SystemExit(f"{path}: articles not found in the corpus or fresh pool: {', '.join(missing)}")
    blocks = {k: judge_events.sentence_block(k, found[c[1]], int(c[2]), int(c[3]),
                                             (int(c[4]), int(c[5]))).lstrip("\n") + "\n"
              for k, c in rows.items()}
    return blocks, {k: "\t".join(c) for k, c in rows.items()}, {k: c[1] for k, c in rows.items()}


def drawn_records(seed: int, judges: int, size: int, prefix: str, out: Path):
    """Part 1's blocks, part 2's lines and the article ids, by item, of the records
    `judge_events.py draw --fresh` draws (one from each of judges x size articles)."""
    records = out / f"ev{seed}-records.txt"
    part1 = subprocess.run(
        [sys.executable, str(ROOT / "scripts/judge_events.py"), "draw", "--fresh", "--prefix", prefix,
         "--seed", str(seed), "-n", str(judges * size), "--records", str(records)],
        capture_output=True, text=True, check=True).stdout
    # Part 1: a header, then one block per item starting "#k id ...".
    blocks: dict[int, str] = {}
    ids: dict[int, str] = {}
    current = None
    for line in part1.splitlines():
        m = _ITEM.match(line)
        if m:
            current = int(m.group(1))
            ids[current] = m.group(2)
            blocks[current] = line + "\n"
        elif current is not None and line.strip() and not line.startswith("# part 2"):
            blocks[current] += line + "\n"
    rows = {int(line.split("\t")[0][1:]): line for line in records.read_text("utf-8").splitlines()
            if re.match(r"^#\d+\t", line)}
    return blocks, rows, ids


def events(seed: int, judges: int, size: int, prefix: str, out: Path,
           given: Path | None = None) -> None:
    if given is not None:
        blocks, rows, ids = given_records(given)
    else:
        blocks, rows, ids = drawn_records(seed, judges, size, prefix, out)
    prompt = guide("How to judge event records (blind)")
    if given is None and len(blocks) < judges * size:
        # The pool of unjudged articles with a kept record runs out: the judges at the
        # end get fewer items, or none.
        print(f"note: only {len(blocks)} records could be drawn of the {judges * size} asked "
              f"for (the {prefix} pool's unjudged articles with a kept record are used up)")
    for k in range(judges):
        tag = f"{seed}-{LETTERS[k]}"
        items = (sorted(blocks) if given is not None
                 else [i for i in sorted(blocks) if k * size < i <= (k + 1) * size])
        if not items:
            print(f"judge {LETTERS[k]}: no items left; no sheet written")
            continue
        p1, p2, arts = (out / f"ev{tag}-part1.txt", out / f"ev{tag}-records.txt",
                        out / f"ev{tag}-articles.txt")
        p1.write_text(f"# seed {seed}, judge {LETTERS[k]}; part 1: the sentences\n\n"
                      + "\n".join(blocks[i] for i in items), "utf-8")
        p2.write_text(f"# seed {seed}, judge {LETTERS[k]}; part 2: the records\n"
                      + "".join(rows[i] + "\n" for i in items), "utf-8")
        arts.write_text(show(list(dict.fromkeys(ids[i] for i in items))), "utf-8")
        labels = out / f"ev{tag}-labels.tsv"
        notes = out / f"ev{tag}-notes.txt"
        text = (prompt.replace("/work/shared/data/corpus/news.jsonl", str(arts))
                + f"\n\nYour files: PART1 = {p1}; PART2 = {p2} (open it only after your notes cover "
                f"every item of PART1); the whole articles are in {arts}.\n"
                f"Write your notes to {notes} and your labels to {labels} (header line: "
                "'# article<TAB>ev_start<TAB>ev_end<TAB>pred_start<TAB>pred_end<TAB>type<TAB>event"
                "<TAB>type<TAB>actor<TAB>recipient<TAB>date'). Reply with the number of records "
                "labelled and how many you judged real events.\n")
        (out / f"ev{tag}-prompt.txt").write_text(text, "utf-8")
        print(f"judge {LETTERS[k]}: items {items[0]}-{items[-1]} -> {out}/ev{tag}-prompt.txt")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    k = sub.add_parser("key")
    k.add_argument("-n", type=int, default=20)
    k.add_argument("--judges", type=int, default=2)
    e = sub.add_parser("events")
    e.add_argument("--judges", type=int, default=5)
    e.add_argument("--size", type=int, default=20)
    e.add_argument("--records", type=Path, default=None,
                   help="sheet the records of this file (part 2's layout) instead of drawing; "
                        "every judge gets all of them")
    for p in (k, e):
        p.add_argument("--seed", type=int, required=True)
        p.add_argument("--prefix", default="abw-")
        p.add_argument("--out", type=Path, default=Path("/work/judging"))
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.cmd == "key":
        key(args.seed, args.n, args.judges, args.prefix, args.out)
    else:
        events(args.seed, args.judges, args.size, args.prefix, args.out, args.records)


if __name__ == "__main__":
    main()
