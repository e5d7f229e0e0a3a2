"""Peak memory per process of `logmr run wordcount` when nearly every word is distinct.

    .venv/bin/python bench/memory.py [--lines 4000000]

Writes a JSON log whose messages carry two uuids and a request id each (millions of distinct
words), then runs wordcount with the default combiner bounds and with them lifted, and
prints each run's time, peak RSS of its largest process, spills and distinct keys.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

import msgspec

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from bench import LOGMR, timed  # noqa: E402
from logmr.engine.sizes import format_size  # noqa: E402


def write_ids(path: Path, lines: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    with open(path, "wb") as out:
        batch = []
        for i in range(lines):
            message = f"order {rng.getrandbits(128):032x} paid by {rng.getrandbits(128):032x} req{i}"
            batch.append(msgspec.json.encode({"level": "info", "service": "ids", "message": message}))
            if len(batch) == 10_000:
                out.write(b"\n".join(batch) + b"\n")
                batch.clear()
        if batch:
            out.write(b"\n".join(batch) + b"\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", type=int, default=4_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ids.jsonl"
        write_ids(path, args.lines)
        print(f"{args.lines:,} lines, {format_size(path.stat().st_size)}, ~{3 * args.lines:,} distinct words")
        for label, extra in (
            ("default bounds (400k keys, 256 MiB)", []),
            ("key bound lifted", ["--combine-keys", "100000000"]),
            ("both bounds lifted", ["--combine-keys", "100000000", "--combine-memory", "100GiB"]),
        ):
            out = Path(tmp) / label.replace(" ", "-")
            seconds, rss, _ = timed([LOGMR, "run", "wordcount", str(path), "-q", "-o", str(out), *extra])
            result = msgspec.json.decode((out / "result.json").read_bytes())
            print(
                f"| {label} | {seconds:.1f} s | {format_size(rss)} | {result['counters']['spills']} spills | "
                f"{result['summary']['distinct_keys']:,} distinct words |"
            )


if __name__ == "__main__":
    main()
