"""Where a map task's time goes: one map task over the first SPLIT bytes of a file, under cProfile.

.venv/bin/python bench/profile_map.py services bench/data/app-1000000000.jsonl [--split 64MiB]
.venv/bin/python bench/profile_map.py patterns FILE --options '{"patterns": {"munich": "München"}}'
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import tempfile
import time

from logmr.engine.inputs import resolve_inputs
from logmr.engine.mapper import run_map_task
from logmr.engine.planner import plan_splits
from logmr.engine.sizes import parse_size
from logmr.engine.spec import JobSpec
from logmr.storage import LocalStore


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("analysis")
    parser.add_argument("path")
    parser.add_argument("--split", default="64MiB")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--options", default="{}", help='the job\'s options as JSON: {"patterns": {"name": "regex"}}')
    args = parser.parse_args()
    spec = JobSpec(
        job_id="profile",
        analysis=args.analysis,
        inputs=[args.path],
        options=json.loads(args.options),
        split_size=parse_size(args.split),
    )
    split = plan_splits(spec, resolve_inputs(spec.inputs))[0]
    with tempfile.TemporaryDirectory() as work:
        store = LocalStore(work)
        run_map_task(spec, 0, split, store)  # warm the page cache and the imports
        started = time.perf_counter()
        counters = run_map_task(spec, 0, split, store)
        seconds = time.perf_counter() - started
        profile = cProfile.Profile()
        profile.runcall(run_map_task, spec, 0, split, store)
    mb = (split.end - split.start) / 1e6
    print(
        f"{args.analysis}: one map task over {mb:.0f} MB, {counters.records:,} records: {seconds:.2f} s "
        f"({counters.records / seconds:,.0f} records/s, {mb / seconds:.0f} MB/s per core)\n"
    )
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(args.top)
    text = out.getvalue()
    total = pstats.Stats(profile).total_tt
    print(f"under the profiler: {total:.2f} s in all\n")
    print(text[text.index("   ncalls") :])


if __name__ == "__main__":
    main()
