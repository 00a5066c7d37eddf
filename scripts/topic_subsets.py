"""Seeded topic subsets of the shared corpus, for briefs judged by hand (EVALUATION.md).

    python scripts/topic_subsets.py SEED N OUT_DIR [EXCLUDE.jsonl ...]

An article belongs to a topic when its title matches the topic's pattern, or its first
3,000 characters match it twice. Writes OUT_DIR/<topic>.jsonl (outside the repository:
the texts belong to their publishers), N articles per topic drawn with random.Random(SEED)
from those not in the EXCLUDE files (articles already seen).
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "corpus" / "news.jsonl"
TOPICS = {
    "north-korea": r"\bNorth Korea|\bPyongyang\b|\bKim Jong",
    "syria": r"\bSyria",
    "iran": r"\bIran(?!ian-American)",
    "brexit": r"\bBrexit\b",
    "ukraine": r"\bUkrain",
}


def main() -> None:
    seed, n, out = int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    exclude: set[str] = set()
    for path in sys.argv[4:]:
        exclude |= {json.loads(line)["id"] for line in open(path, encoding="utf-8")}
    rows = [json.loads(line) for line in open(CORPUS, encoding="utf-8")]
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    for name, pattern in TOPICS.items():
        rx = re.compile(pattern)
        pool = [r for r in rows if r["id"] not in exclude and (
            rx.search(r["title"] or "") or len(rx.findall(r["text"][:3000])) >= 2)]
        pick = rng.sample(pool, min(n, len(pool)))
        with open(out / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for r in sorted(pick, key=lambda r: r["id"]):
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(name, len(pool), len(pick))


if __name__ == "__main__":
    main()
