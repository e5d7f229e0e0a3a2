"""What parse's carried columns cost to write and to read back (engine/carry.py), per input line.

    .venv/bin/python bench/carry_frames.py INPUT [...] [--trees A/functions,B/functions] [--repeat 5]

Runs parse's first two steps' worth of work once in this process (the whole job, one worker) to
keep every block's carried columns as the first step hands them to CarryWriter.add, then, in a
fresh process per source tree (PYTHONPATH; alternating, `--repeat` rounds), writes those blocks
with that tree's CarryWriter and reads them back with its `_frames`, dropping each block as the
assignment step does. Prints, per tree, the least CPU (time.process_time) per line to write and to
read and free, and the bytes written per line.
"""

from __future__ import annotations

import argparse
import os
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def capture(inputs: list[str], path: str) -> None:
    from logmr.engine import carry
    from logmr.engine.spec import JobSpec
    from logmr.runners.local import run_to_folder

    blocks = []
    add = carry.CarryWriter.add

    def keeping(writer, uri, columns):
        blocks.append((uri, {name: list(column) for name, column in columns.items()}))
        return add(writer, uri, columns)

    carry.CarryWriter.add = keeping
    with tempfile.TemporaryDirectory() as out:
        run_to_folder(JobSpec(job_id="carry-frames", analysis="parse", inputs=inputs), out, workers=1)
    with open(path, "wb") as f:
        pickle.dump(blocks, f)


def measure(path: str, repeat: int) -> None:
    from logmr.engine import carry

    with open(path, "rb") as f:
        blocks = pickle.load(f)
    lines = sum(len(columns["offset"]) for _, columns in blocks)
    best = [float("inf"), float("inf")]
    for _ in range(repeat):
        writer = carry.CarryWriter()
        started = time.process_time()
        with writer.out:
            for uri, columns in blocks:
                writer.add(uri, columns)
        wrote = time.process_time()
        with open(writer.path, "rb") as stream:
            for _, columns in carry._frames(stream):
                del columns
        read = time.process_time()
        size = os.path.getsize(writer.path)
        os.unlink(writer.path)
        best = [min(best[0], wrote - started), min(best[1], read - wrote)]
    write, read = (seconds / lines * 1e6 for seconds in best)
    print(f"write {write:.3f} µs, read and free {read:.3f} µs, {size / lines:.1f} B a line")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="*")
    parser.add_argument("--trees", default=str(ROOT / "functions"), help="source trees, comma-separated")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.measure, args.repeat)
        return
    with tempfile.TemporaryDirectory() as work:
        blocks = str(Path(work) / "blocks.pickle")
        capture(args.inputs, blocks)
        for _ in range(2):  # (alternating trees, twice)
            for tree in args.trees.split(","):
                env = os.environ | {"PYTHONPATH": tree}
                command = [sys.executable, __file__, "--measure", blocks, "--repeat", str(args.repeat)]
                result = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
                print(f"{tree}: {result.stdout.strip()}")


if __name__ == "__main__":
    main()
