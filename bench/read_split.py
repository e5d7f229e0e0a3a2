"""What reading a split by records costs beside reading it by lines, in one process, alternating.

    .venv/bin/python bench/read_split.py FILE [FILE ...] [--split 64MiB] [--runs 5]

For each file, the second split of `--split` bytes is read into blocks by lines
(`engine.reader.iter_line_blocks_at`) and by records (`engine.record_blocks.iter_record_blocks`
with what starts a record of the file: its learned header layout's rule, or its format's, such as
JSON's Docker rule), `--runs` times each, alternating; it prints the CPU milliseconds of each (the
minimum: time.process_time leaves out other processes' time on a shared machine) and the bytes
read, which must be the same unless records span the split's edges.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from logmr.engine.reader import BLOCK_SIZE, iter_line_blocks_at
from logmr.engine.record_blocks import iter_record_blocks, lookback_start
from logmr.engine.sizes import parse_size
from logmr.formats.multiline import StartsRecord
from logmr.formats.reading import reader_for


def _by_lines(path: Path, start: int, end: int, starts: StartsRecord) -> int:
    with path.open("rb") as stream:
        stream.seek(start - 1)
        return sum(len(block) for _, block in iter_line_blocks_at(stream, start, end, BLOCK_SIZE))


def _by_records(path: Path, start: int, end: int, starts: StartsRecord) -> int:
    with path.open("rb") as stream:
        stream.seek(lookback_start(start) - 1)
        return sum(len(block) for _, block in iter_record_blocks(stream, start, end, starts, BLOCK_SIZE))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--split", default="64MiB")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    size = parse_size(args.split)
    for path in args.files:
        with path.open("rb") as head:
            starts = reader_for(head.read(1 << 16)).starts_record
        if starts is None:
            raise SystemExit(f"{path}: its format reads by lines only")
        best: dict[str, float] = {}
        read: dict[str, int] = {}
        for _ in range(args.runs):
            for name, read_split in (("lines", _by_lines), ("records", _by_records)):
                began = time.process_time()
                read[name] = read_split(path, size, 2 * size, starts)
                best[name] = min(best.get(name, float("inf")), time.process_time() - began)
        print(
            f"{path.name}: by lines {best['lines'] * 1e3:.1f} ms, by records {best['records'] * 1e3:.1f} ms "
            f"CPU ({read['lines']:,} / {read['records']:,} bytes)"
        )


if __name__ == "__main__":
    main()
