"""How fast a Python engine could count a JSON-lines family at best, against the peers' whole runs:
the least work any design built on msgspec (the fastest JSON decoder to Python objects on the
package index) must do, timed alone, on the same 2 cores.

    .venv/bin/python bench/json_floor.py [--size 256MB] [--profiles pino,zap,...] [--repeat 3]

Per profile and analysis (services: the service and the level; timeline: the second and the level):

- `decode`: the file's 4 MiB blocks (cut at newlines, read before the clock starts) decoded by
  the very decoder logmr's count path settles on once it has learnt the file (json_count's struct
  of the fields' aliases in use, texts as Literals), half the blocks in each of two forked
  processes, the slower one's time: msgspec's decode alone, no I/O, no checks, no counting.
  (A file's malformed lines are taken out of its blocks first.)
- `kernel`: the same blocks counted by logmr's JSON format (`count_block`, as a map task counts a
  block: the line checks, the decode, the counting, malformed lines on their own path), no I/O.
- `start`: a Python process started and msgspec imported, to exit (`python -c "import msgspec"`).
- `floor`: start + decode, what no design on msgspec can go below (a lower bound: it leaves out
  the plan, the workers' start, each block's checks, the counting, the shuffle, the reduce).
- logmr, DuckDB and polars: their whole runs as bench/families.py times them (the least of the
  rounds).

A floor above the faster peer's time is a row point 5 cannot meet on msgspec. Writes
bench/results/json_floor.json and prints a Markdown table.
"""

from __future__ import annotations

import argparse
import multiprocessing
import platform
import sys
import time
from pathlib import Path

import msgspec

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from bench import PYTHON, compile_logmr, timed  # noqa: E402
from families import _run  # noqa: E402
from logmr.engine.reader import BLOCK_SIZE  # noqa: E402
from logmr.engine.sizes import format_size, parse_size  # noqa: E402
from logmr.formats import get_format  # noqa: E402
from logmr.formats.base import SECOND  # noqa: E402
from logmr.formats.json_blocks import block_decoder  # noqa: E402
from logmr.formats.json_count import literal_kinds  # noqa: E402
from logmr.gen import generate_file  # noqa: E402
from logmr.gen.catalog import PROFILES as CATALOG  # noqa: E402

# The JSON-lines profiles counted on json_count's path (Docker's, docker-pino, decodes each line twice).
PROFILES = ("pino", "zap", "logrus-json", "zerolog", "slog-json", "python-json", "ecs", "gelf", "journald")
PEERS = ("duckdb", "polars")
FIELDS = {"services": ("service", "level"), "timeline": (SECOND, "level")}  # (the analyses' count_fields)


def file_blocks(path: Path) -> list[bytes]:
    """The file in blocks of about BLOCK_SIZE, each ending at a newline."""
    data, blocks, at = path.read_bytes(), [], 0
    while at < len(data):
        end = data.rfind(b"\n", at, at + BLOCK_SIZE) + 1 if at + BLOCK_SIZE < len(data) else len(data)
        end = end if end > at else len(data)
        blocks.append(data[at:end])
        at = end
    return blocks


def learnt(blocks: list[bytes], fields: tuple[str, ...]):
    """logmr's JSON format having counted two blocks of the file (its projection learnt), and the
    decoder its count path then settles on for the fields' keys."""
    fmt = get_format("json")
    for block in blocks[:2]:
        fmt.count_block(block, fields)
    projection = fmt._projection(tuple("timestamp" if name == SECOND else name for name in fields))
    kinds = literal_kinds(projection)
    return fmt, block_decoder(projection.depths, frozen=True, unused=projection.unused, kinds=kinds)


def decodable(block: bytes, decoder) -> bytes:
    """The block, less the lines its decoder fails on alone (a file's malformed lines)."""
    try:
        decoder.decode_lines(block)
        return block
    except (msgspec.DecodeError, msgspec.ValidationError):
        lines = block.splitlines(keepends=True)
        return b"".join(line for line in lines if _decodes(line, decoder))


def _decodes(line: bytes, decoder) -> bool:
    try:
        return len(decoder.decode_lines(line)) == 1
    except (msgspec.DecodeError, msgspec.ValidationError):
        return False


_BLOCKS: list[bytes] = []  # (the file's blocks, inherited by the forked processes)


def _timed_share(args: tuple) -> float:
    fields, share, kernel = args
    fmt, decoding = learnt(_BLOCKS, fields)
    mine = _BLOCKS[share::2]
    if not kernel:
        mine = [decodable(block, decoding.one) for block in mine]
    started = time.perf_counter()
    for block in mine:
        if kernel:
            fmt.count_block(block, fields)
        else:
            decoding.one.decode_lines(block)
    return time.perf_counter() - started


def two_cores(blocks: list[bytes], fields: tuple[str, ...], kernel: bool) -> float:
    """The slower of two forked processes each decoding (`kernel`: counting, as logmr's map does
    a block) half the blocks."""
    _BLOCKS[:] = blocks
    with multiprocessing.get_context("fork").Pool(2) as pool:
        return max(pool.map(_timed_share, [(fields, share, kernel) for share in (0, 1)]))


def start_seconds(repeat: int) -> float:
    return min(timed([PYTHON, "-c", "import msgspec"])[0] for _ in range(repeat))


def least_seconds(engine: str, analysis: str, profile: str, path: Path, repeat: int) -> float:
    """An engine's whole run as bench/families.py times it (the file warmed first), the least of
    `repeat` (infinite where no run timed)."""
    return min(_run(engine, profile, analysis, path).get("seconds", float("inf")) for _ in range(repeat))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", default="256MB")
    parser.add_argument("--profiles", default=",".join(PROFILES))
    parser.add_argument("--analyses", default="services,timeline")
    parser.add_argument("--data", default=str(ROOT / "bench" / "data"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "json_floor.json"))
    args = parser.parse_args()
    size, rows = parse_size(args.size), []
    compile_logmr()  # (as bench/families.py: else each run compiles every module it imports)
    start = start_seconds(args.repeat)
    for profile in args.profiles.split(","):
        path = Path(args.data) / f"{profile}-{size}{CATALOG[profile].suffix}"
        if not path.exists():
            generate_file(path, profile, size, seed=1)
        blocks = file_blocks(path)
        for analysis in args.analyses.split(","):
            fields = FIELDS[analysis]
            row = {"profile": profile, "analysis": analysis, "start": start}
            row["decode"] = min(two_cores(blocks, fields, False) for _ in range(args.repeat))
            row["kernel"] = min(two_cores(blocks, fields, True) for _ in range(args.repeat))
            row["logmr"] = least_seconds("logmr", analysis, profile, path, args.repeat)
            row["peers"] = {engine: least_seconds(engine, analysis, profile, path, args.repeat) for engine in PEERS}
            row["floor"] = start + row["decode"]
            row["floor_ratio"] = row["floor"] / min(row["peers"].values())
            rows.append(row)
            print(" | ".join(_cells(row)), flush=True)
    lines = [
        f"JSON floor, {format_size(size)} files, {platform.machine()}, 2 processes; start {start:.2f} s",
        "",
        "| profile | analysis | decode s | kernel s | floor s | logmr s | DuckDB s | polars s | floor / faster peer |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        *(f"| {' | '.join(_cells(row))} |" for row in rows),
    ]
    print("\n".join(lines))
    Path(args.out).write_bytes(msgspec.json.format(msgspec.json.encode({"size": size, "rows": rows}), indent=1))


def _cells(row: dict) -> list[str]:
    seconds = [row[key] for key in ("decode", "kernel", "floor", "logmr")] + [row["peers"][e] for e in PEERS]
    return [row["profile"], row["analysis"], *(f"{s:.2f}" for s in seconds), f"{row['floor_ratio']:.2f}"]


if __name__ == "__main__":
    main()
