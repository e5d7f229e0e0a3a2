"""logmr's C kernels against its Python paths on real logs: `patterns`, `services` and `timeline` run
on each file with the kernels on and off (LOGMR_NATIVE=0), their summaries and counters compared.

    .venv/bin/python bench/native_check.py FILE... (e.g. ../shared/data/loghub/*/*.log tests/data/loggers/*.log)

Prints each file and analysis whose results differ, then how many agreed; exits 1 on a difference.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PATTERNS = ["-p", "munich=München", "-p", "err=(?i)error"]
ANALYSES = ("patterns", "services", "timeline")


def result(analysis: str, path: str, native: str) -> object:
    """The run's summary and counters (or its exit code and error's end where it failed)."""
    with tempfile.TemporaryDirectory() as folder:
        cmd = [str(ROOT / ".venv" / "bin" / "logmr"), "run", analysis, path, "--quiet", "--json", "-o", folder]
        cmd += PATTERNS if analysis == "patterns" else []
        done = subprocess.run(cmd, env=dict(os.environ, LOGMR_NATIVE=native), capture_output=True, check=False)
        if done.returncode:
            return done.returncode, done.stderr[-300:]
        found = json.loads((Path(folder) / "result.json").read_text())
        return found["summary"], found["counters"]


def main() -> None:
    same = differ = 0
    for path in sys.argv[1:]:
        for analysis in ANALYSES:
            if result(analysis, path, "1") == result(analysis, path, "0"):
                same += 1
            else:
                differ += 1
                print(f"differ: {analysis} {path}")
    print(f"{same} runs agree, {differ} differ")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
