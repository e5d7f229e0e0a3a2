"""CPU seconds of a whole job in one process: every map task of a file, then every reduce task,
for comparing two trees on a loaded machine (time.process_time leaves out other processes' time).

.venv/bin/python bench/job_cpu.py TAG DATA/logback-256000000.log ... [--analysis wordcount] [--split 64MiB]

Prints `TAG file maps N map SECONDS reduce SECONDS digest HEX` per file, the digest over its part
files (the same digest from two trees: the same output). Run it from each tree, alternating.
"""

from __future__ import annotations

import argparse
import hashlib
import tempfile
import time
from pathlib import Path

from logmr.engine.inputs import resolve_inputs
from logmr.engine.mapper import run_map_task
from logmr.engine.planner import plan_splits
from logmr.engine.reducer import run_reduce_task
from logmr.engine.sizes import parse_size
from logmr.engine.spec import JobSpec
from logmr.storage import LocalStore


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("tag")
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--analysis", default="wordcount")
    parser.add_argument("--split", default="64MiB")
    parser.add_argument("--partitions", type=int, default=8)
    args = parser.parse_args()
    for path in args.paths:
        spec = JobSpec(
            job_id="cpu",
            analysis=args.analysis,
            inputs=[path],
            split_size=parse_size(args.split),
            partitions=args.partitions,
        )
        splits = plan_splits(spec, resolve_inputs(spec.inputs))
        with tempfile.TemporaryDirectory() as work:
            store = LocalStore(work)
            started = time.process_time()
            for split in splits:
                run_map_task(spec, 0, split, store)
            mapped = time.process_time()
            for partition in range(spec.partitions):
                run_reduce_task(spec, 0, partition, len(splits), store)
            reduced = time.process_time()
            digest = hashlib.sha1()
            for part in sorted(Path(work).rglob("part-*")):
                digest.update(part.read_bytes())
        print(
            f"{args.tag} {Path(path).name} maps {len(splits)} map {mapped - started:.3f} "
            f"reduce {reduced - mapped:.3f} digest {digest.hexdigest()[:12]}",
            flush=True,
        )


if __name__ == "__main__":
    main()
