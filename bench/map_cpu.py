"""CPU seconds of one map task (the first split of each file), for comparing two trees on a loaded
machine: time.process_time leaves out the time other processes hold the cores.

.venv/bin/python bench/map_cpu.py TAG DATA/log4j2-256000000.log:services ... [--split 32MiB] [--runs 3]

Prints `TAG file analysis cpu SECONDS wall SECONDS` per job, each the minimum of the runs after a
warm-up run, each run as tasks.map_task runs a task (its malloc and collector settings). Run it
from each tree with that tree's environment, alternating. A patterns job counts the built-in
signatures and bench/families.py's user patterns, as that benchmark does.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from family_peers import USER_PATTERNS
from logmr.engine.inputs import resolve_inputs
from logmr.engine.mapper import run_map_task
from logmr.engine.planner import plan_splits
from logmr.engine.sizes import parse_size
from logmr.engine.spec import JobSpec
from logmr.engine.tasks import fewer_collections, reuse_freed_memory
from logmr.storage import LocalStore


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("tag")
    parser.add_argument("jobs", nargs="+", help="FILE:ANALYSIS")
    parser.add_argument("--split", default="32MiB")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    reuse_freed_memory()  # (as tasks.map_task runs a task: malloc keeping its large buffers, fewer collections)
    for job in args.jobs:
        path, analysis = job.rsplit(":", 1)
        options = {"patterns": USER_PATTERNS} if analysis == "patterns" else {}
        size = parse_size(args.split)
        spec = JobSpec(job_id="cpu", analysis=analysis, inputs=[path], split_size=size, options=options)
        split = plan_splits(spec, resolve_inputs(spec.inputs))[0]
        with tempfile.TemporaryDirectory() as work:
            store = LocalStore(work)
            run_map_task(spec, 0, split, store)  # warm the page cache and the imports
            cpu = wall = float("inf")
            for _ in range(args.runs):
                started, clock = time.process_time(), time.perf_counter()
                with fewer_collections():
                    run_map_task(spec, 0, split, store)
                cpu, wall = min(cpu, time.process_time() - started), min(wall, time.perf_counter() - clock)
        print(f"{args.tag} {Path(path).name} {analysis} cpu {cpu:.3f} wall {wall:.3f}", flush=True)


if __name__ == "__main__":
    main()
