"""Run every benchmark in bench/ in turn (`make bench`). Each prints its own figures;
copy them, with the date and machine, into BENCHMARKS.md."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    status = 0
    for script in sorted(HERE.glob("bench_*.py")):
        print(f"== {script.name}", flush=True)
        status |= subprocess.run([sys.executable, str(script)]).returncode
    sys.exit(status)
