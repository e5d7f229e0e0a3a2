"""Per-task throughput of every built-in analysis on each input family: the rates the estimator
(`logmr submit --dry-run`, engine/estimate.py) models a job's time and Lambda cost from.

    .venv/bin/python bench/throughput.py [--size 32MiB] [--repeat 2] [--analyses services,...]
        [--profiles pino,access-combined,...] [--write functions/logmr/engine/throughput.json]

For each profile a file of SIZE bytes is generated (`logmr gen --profile NAME --seed 1`), planned as
one split, and for each analysis one map task is run REPEAT times in this process (the first run
warms imports and the page cache and is not counted) and then its one reduce task (one partition):
the fastest run of each is kept, on one core, as a Lambda function with 1,769 MB (one vCPU) would
run it. Written per analysis and detected format: map bytes/s of input, shuffle bytes written per
input byte, reduce bytes/s of shuffle read. A baseline side by side: reading the split with the
plain line reader alone (no parsing), so the ratio says how much of a task is the analysis.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
from logmr.analyses import ANALYSES  # noqa: E402
from logmr.engine import tasks  # noqa: E402
from logmr.engine.inputs import open_input, resolve_inputs  # noqa: E402
from logmr.engine.mapper import run_map_task  # noqa: E402
from logmr.engine.planner import plan_splits  # noqa: E402
from logmr.engine.reducer import run_reduce_task  # noqa: E402
from logmr.engine.sizes import format_size, parse_size  # noqa: E402
from logmr.engine.spec import JobSpec, shuffle_key  # noqa: E402
from logmr.gen import generate_file  # noqa: E402
from logmr.storage import LocalStore  # noqa: E402

PROFILES = ("pino", "access-combined", "rfc5424", "logrus-text", "loghub-hdfs")
DEFAULT_TABLE = ROOT / "functions" / "logmr" / "engine" / "throughput.json"


def fastest(repeat: int, run) -> float:
    """The fastest of `repeat` timed runs of `run()`, after one untimed warm-up run."""
    run()
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def read_only(path: Path, size: int) -> None:
    with open_input(str(path)) as stream:
        while stream.read(1 << 20):
            pass


def measure(path: Path, analysis: str, repeat: int, work: Path) -> tuple[str, dict[str, float]]:
    """(detected format, rates) of one analysis over one file read as one split."""
    spec = JobSpec(job_id=f"tp-{analysis}", analysis=analysis, inputs=[str(path)], split_size=1 << 40, partitions=1)
    split = plan_splits(spec, resolve_inputs(spec.inputs))[0]
    store = LocalStore(work / analysis)
    job = tasks.job_for(spec)
    size = split.end - split.start
    map_s = fastest(repeat, lambda: run_map_task(spec, 0, split, store, job=job))
    shuffle = store.size(shuffle_key(spec.job_id, 0, split.index))
    reduce_s = fastest(repeat, lambda: run_reduce_task(spec, 0, 0, 1, store, job=job))
    return split.format, {
        "map_bytes_per_s": round(size / map_s),
        "shuffle_per_input_byte": round(shuffle / size, 6),
        "reduce_bytes_per_s": round(max(shuffle, 1) / reduce_s),
        "map_seconds": round(map_s, 3),
        "reduce_seconds": round(reduce_s, 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", default="32MiB")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--analyses", default=",".join(ANALYSES))
    parser.add_argument("--profiles", default=",".join(PROFILES))
    parser.add_argument("--write", type=Path, default=DEFAULT_TABLE, help="the table to write ('-': none)")
    args = parser.parse_args()
    size = parse_size(args.size)
    rates: dict[str, dict[str, dict[str, float]]] = {}
    print(
        f"{'profile':16} {'format':8} {'analysis':10} {'map MB/s':>9} {'x read':>7} "
        f"{'shuffle/in':>10} {'reduce MB/s':>11}"
    )
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        for profile in args.profiles.split(","):
            path = work / f"{profile}.log"
            generate_file(path, profile, size, seed=1)
            read_s = fastest(args.repeat, lambda path=path: read_only(path, size))
            for analysis in args.analyses.split(","):
                fmt, rate = measure(path, analysis, args.repeat, work)
                rates.setdefault(analysis, {})[fmt] = rate
                print(
                    f"{profile:16} {fmt:8} {analysis:10} {rate['map_bytes_per_s'] / 1e6:9.1f} "
                    f"{rate['map_seconds'] / read_s:7.1f} {rate['shuffle_per_input_byte']:10.4f} "
                    f"{rate['reduce_bytes_per_s'] / 1e6:11.1f}",
                    flush=True,
                )
    table = {
        "command": "bench/throughput.py " + " ".join(sys.argv[1:]),
        "measured": datetime.now(UTC).strftime("%Y-%m-%d"),
        "machine": f"{platform.processor() or platform.machine()}, Python {platform.python_version()}, one core",
        "split_bytes": size,
        "split": format_size(size),
        "rates": rates,
    }
    if str(args.write) != "-":
        args.write.write_text(json.dumps(table, indent=1, sort_keys=True) + "\n")
        print(f"written: {args.write}")


if __name__ == "__main__":
    main()
