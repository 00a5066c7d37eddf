"""Runs of words a change copied from texts that belong to others.

    python scripts/scan_copied.py BASE [-n 6]

Texts in ../shared (the corpus) and the held-out articles (abw-, rtr-, wkn-; see
scripts/fresh_pool.py) are not ours: no test, comment, word list, EVALUATION example
or commit message may repeat them. This prints every run of N words (6 by default;
case, punctuation and apostrophes ignored) that a line added since BASE, or a commit
message since BASE, shares with one of those texts, and says where in the tree each
run stands (commit messages cannot be rewritten; the tree can). Exit status 1 when a
run stands in the tree, so it can gate a landing.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSBRIEF_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "data/corpus/news.jsonl"


def words(text: str) -> list[str]:
    """Lower-case runs of letters and digits: "Don't" is "don", "t" in both texts."""
    return re.findall(r"[a-z0-9]+", text.lower())


def runs(text: str, n: int) -> set[str]:
    """Every run of `n` words of `text`, joined by single spaces."""
    w = words(text)
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


def shared_runs(ours: str, theirs: Iterable[str], n: int) -> set[str]:
    """The runs of `ours` that occur in any of `theirs`."""
    mine = runs(ours, n)
    found: set[str] = set()
    for text in theirs:
        w = words(text)
        found.update(g for g in (" ".join(w[i:i + n]) for i in range(len(w) - n + 1))
                     if g in mine)
    return found


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True,
                          check=True).stdout


def _their_texts() -> Iterable[str]:
    if not CORPUS.exists():
        sys.exit(f"{CORPUS}: the corpus is missing; set NEWSBRIEF_SHARED to the shared folder")
    with CORPUS.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            yield f"{row.get('title') or ''} {row.get('text') or ''}"
    sys.path.insert(0, str(ROOT / "scripts"))
    import fresh_pool  # the held-out articles, read from their fetched mirrors

    for row in fresh_pool.rows(("abw-", "abo-", "rtr-", "wkn-")):
        yield f"{row.get('title') or ''} {row.get('text') or ''}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("base", help="the commit the change starts from")
    ap.add_argument("-n", type=int, default=6, help="words in a run (default 6)")
    args = ap.parse_args()
    if args.n < 3:
        ap.error(f"-n {args.n}: give 3 or more words (shorter runs are ordinary English)")
    added = "\n".join(line[1:] for line in _git("diff", args.base, "HEAD").splitlines()
                      if line.startswith("+") and not line.startswith("+++"))
    messages = _git("log", "--format=%B", f"{args.base}..HEAD")
    found = shared_runs(added + "\n" + messages, _their_texts(), args.n)
    in_tree = sorted(g for g in found if g in runs(added, args.n))
    for g in in_tree:
        print(f"in the tree: {g}")
    for g in sorted(found - set(in_tree)):
        print(f"in a commit message only: {g}")
    print(f"{len(found)} runs of {args.n} words shared with others' texts "
          f"({len(in_tree)} in the tree)")
    sys.exit(1 if in_tree else 0)


if __name__ == "__main__":
    main()
