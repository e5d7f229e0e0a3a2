"""Peak memory of one reduce task as the number of map outputs it merges grows.

    .venv/bin/python bench/reduce_memory.py [--maps 100,400,1600] [--keys 20000]

Each map output is a real shuffle object (written by the engine's own combiner and shuffle writer)
holding `--keys` distinct word counts spread over 8 partitions; one reduce task then merges
partition 0 of all of them, in a fresh process whose peak RSS is read from the kernel.
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from logmr.engine.count_combiner import CountCombiner
from logmr.engine.reducer import run_reduce_task
from logmr.engine.shuffle import write_shuffle
from logmr.engine.spec import JobSpec, shuffle_key
from logmr.storage import LocalStore

PARTITIONS = 8


def write_maps(root: str, maps: int, keys: int) -> JobSpec:
    spec = JobSpec(job_id="reduce-memory", analysis="wordcount", inputs=["-"], partitions=PARTITIONS)
    store = LocalStore(root)
    for m in range(maps):
        combiner = CountCombiner(PARTITIONS, max_keys=10**9)
        combiner.add_counts({f"w{(m * 7919 + i) % (keys * 4):08d}": 1 for i in range(keys)})
        out = io.BytesIO()
        write_shuffle(combiner.sorted_chunks(), PARTITIONS, out)
        store.put_bytes(shuffle_key(spec.job_id, 0, m), out.getvalue())
    return spec


def reduce_once(root: str, maps: int) -> dict:
    spec = JobSpec(job_id="reduce-memory", analysis="wordcount", inputs=["-"], partitions=PARTITIONS)
    started = time.perf_counter()
    counters = run_reduce_task(spec, 0, 0, maps, LocalStore(root))
    return {
        "seconds": time.perf_counter() - started,
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "keys": counters.keys,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--maps", default="100,400,1600")
    parser.add_argument("--keys", type=int, default=20_000)
    parser.add_argument("--reduce", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.reduce:
        print(json.dumps(reduce_once(args.reduce[0], int(args.reduce[1]))))
        return
    print("| map outputs | keys in the partition | seconds | peak RSS of the reduce process |")
    print("| ---: | ---: | ---: | ---: |")
    for maps in map(int, args.maps.split(",")):
        with tempfile.TemporaryDirectory() as root:
            write_maps(root, maps, args.keys)
            command = [sys.executable, __file__, "--reduce", root, str(maps)]
            found = json.loads(subprocess.run(command, capture_output=True, check=True).stdout)
            seconds, rss = found["seconds"], found["peak_rss_mib"]
            print(f"| {maps:,} | {found['keys']:,} | {seconds:.2f} | {rss:.0f} MiB |", flush=True)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "functions"))
    main()
