"""What reading records that span lines costs: this tree against a baseline tree, side by side.

    .venv/bin/python bench/multiline.py --baseline CHECKOUT [--size 64MB] [--repeat 3]
        [--profiles log4j2,logback,python-logging,klog,loghub-hdfs] [--analyses services,wordcount,patterns]

For each profile a file is written once by `logmr gen --profile NAME --seed 1`; then each analysis
runs as `logmr run ANALYSIS FILE --json` in a fresh process, alternately with this tree's code and
with the baseline's (its `functions/` first on PYTHONPATH, so the same interpreter and packages),
`--repeat` times each. It prints the median wall time of each, their ratio (this / baseline) and
the records each counted: with stack traces the baseline counts every trace line as a record.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOGMR = [sys.executable, "-m", "logmr.cli.main"]


def _run(tree: Path, analysis: str, path: Path, out: Path) -> tuple[float, int]:
    env = {**os.environ, "PYTHONPATH": str(tree / "functions")}
    command = [*LOGMR, "run", analysis, str(path), "--json", "--quiet", "--output", str(out)]
    began = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    took = time.perf_counter() - began
    result = json.loads(done.stdout)
    return took, int(result.get("counters", result).get("records", -1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", required=True, help="a checkout of the code to compare with (its top folder)")
    parser.add_argument("--size", default="64MB")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profiles", default="log4j2,logback,python-logging,klog,loghub-hdfs")
    parser.add_argument("--analyses", default="services,wordcount,patterns")
    args = parser.parse_args()
    baseline = Path(args.baseline)
    print("| profile | analysis | this s | baseline s | this / baseline | records this | records baseline |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory(prefix="logmr-multiline-") as folder:
        work = Path(folder)
        for profile in args.profiles.split(","):
            path = work / f"{profile}.log"
            gen = [*LOGMR, "gen", "--profile", profile, "--size", args.size, "--seed", "1", str(path)]
            subprocess.run(
                gen, check=True, capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT / "functions")}
            )
            for analysis in args.analyses.split(","):
                times: dict[str, list[float]] = {"this": [], "baseline": []}
                records: dict[str, int] = {}
                for i in range(args.repeat):
                    for name, tree in (("this", ROOT), ("baseline", baseline))[:: 1 if i % 2 == 0 else -1]:
                        took, records[name] = _run(tree, analysis, path, work / f"out-{name}")
                        times[name].append(took)
                this, base = statistics.median(times["this"]), statistics.median(times["baseline"])
                print(
                    f"| {profile} | {analysis} | {this:.2f} | {base:.2f} | {this / base:.2f} | "
                    f"{records['this']} | {records['baseline']} |",
                    flush=True,
                )


if __name__ == "__main__":
    main()
