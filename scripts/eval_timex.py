"""Score the time-expression tagger on TempEval-3 TimeML documents.

    python scripts/eval_timex.py                       # train set, fast path (no parse)
    python scripts/eval_timex.py --doc                 # with the spaCy parse for tense
    python scripts/eval_timex.py GOLD_DIR --errors 50  # any TimeML folder, show mismatches

Tags GOLD_DIR with `newsbrief.timexes.timeml.tag_timeml_dir` into a temporary
folder and runs ../shared/tools/timex_score.py on it (strict/relaxed F1, type
and value accuracy, value F1 = the TempEval-3 ranking metric).  The same as
`newsbrief timeml [--fast] GOLD_DIR OUT && python timex_score.py GOLD_DIR OUT`.
Results go in EVALUATION.md, "Time expressions: TempEval-3".
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newsbrief.timexes.timeml import tag_timeml_dir

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSBRIEF_SHARED", ROOT.parent / "shared"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", default=str(SHARED / "data/tempeval3/train"))
    ap.add_argument("--doc", action="store_true", help="parse with the spaCy model for verb tense")
    ap.add_argument("--errors", type=int, default=0, help="print up to N mismatches")
    a = ap.parse_args()
    nlp = None
    if a.doc:
        from newsbrief.nlp import load_nlp
        from newsbrief.settings import load_settings

        nlp = load_nlp(load_settings().model)
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        n = sum(1 for _ in tag_timeml_dir(a.gold, out, nlp=nlp))
        elapsed = time.perf_counter() - start
        print(f"tagged {n} documents in {elapsed:.1f} s ({'with' if nlp else 'without'} parse)")
        cmd = [sys.executable, str(SHARED / "tools/timex_score.py"), a.gold, out, "--quiet"]
        if a.errors:
            cmd += ["--errors", str(a.errors)]
        return subprocess.run(cmd).returncode


if __name__ == "__main__":
    sys.exit(main())
