"""The patterns analysis against an earlier version of it and polars, one core, same blocks.

    .venv/bin/python bench/patterns.py [--size 128MB] [--repeats 3] [--before 2084c0a]

Two data sets from the same generated records (`logmr gen --kind json`, seed 1): the generator's
compact JSON, and "escaped" JSON as Python's `json.dumps` writes it (`", "` and `": "`, non-ASCII
as `\\uXXXX`) with a non-ASCII word in one message in ten and an escaped stack trace in one in fifty.
Two pattern sets: the ten built-in signatures, and four user regexes. Each engine counts the
matching lines of every 4 MiB block, in this one process, one after the other, `--repeats` times;
the least CPU time of each is kept (this process's CPU time: other processes on a shared machine
inflate wall times far more). "before" is the job at git revision `--before` (2084c0a: RE2 over
the raw lines), loaded from git and given the raw lines; "after" is this tree's job, given the
block's text column as the JSON parser makes it (escapes resolved: that time is counted);
"polars" is `str.contains` over the raw lines with one thread (Rust `regex`; it does not see
escaped text, so on escaped JSON it may find fewer lines: "agrees" compares with "after").
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
import types
from pathlib import Path

os.environ.setdefault("POLARS_MAX_THREADS", "1")

import polars as pl

from logmr.analyses.patterns import Patterns
from logmr.analyses.signatures import SIGNATURES
from logmr.engine.sizes import format_size, parse_size
from logmr.formats.base import split_block
from logmr.formats.json_text import TextBlock
from logmr.gen import generate_file

ROOT = Path(__file__).resolve().parents[1]
BLOCK = 4 << 20
USER_PATTERNS = {
    "db_timeout": r"timed out.*(?:postgres|mysql|redis)",
    "slow_batch": r"processed batch \d+ of \d{4,} records",
    "uuid_ff": r"[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-ff",
    "status_5xx": r"(?i)status[=: ]+5\d\d",
}
WORDS = ["東京", "café", "Zürich", "Ωmega", "naïve", "São Paulo", "Kraków", "Ελλάδα"]
TRACE = "Traceback (most recent call last):\n  File \"app.py\", line 42, in handle\nKeyError: 'user'"


def escaped_copy(source: Path, target: Path) -> None:
    """The records re-written by `json.dumps`, with some non-ASCII words and stack traces."""
    rng = random.Random(1)
    with open(source, encoding="utf-8") as lines, open(target, "w", encoding="utf-8") as out:
        for n, line in enumerate(lines):
            record = json.loads(line)
            if n % 10 == 0:
                record["message"] = f"{record.get('message', '')} from {rng.choice(WORDS)}"
            if n % 50 == 0:
                record["stack"] = TRACE
            out.write(json.dumps(record) + "\n")


def blocks_of(path: Path) -> list[tuple[bytes, list[str]]]:
    data = path.read_bytes()
    blocks, start = [], 0
    while start < len(data):
        end = data.find(b"\n", min(start + BLOCK, len(data)) - 1)
        end = len(data) if end == -1 else end + 1
        blocks.append((data[start:end], split_block(data[start:end])))
        start = end
    return blocks


def before_job(revision: str) -> type:
    """The Patterns class at `revision`, with the linear module it imports from there too."""
    modules = {}
    for name in ("linear", "patterns"):
        path = f"functions/logmr/analyses/{name}.py"
        command = ["git", "show", f"{revision}:{path}"]
        shown = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
        source = shown.stdout
        module = types.ModuleType(f"logmr.analyses._before_{name}")
        module.__package__ = "logmr.analyses"
        sys.modules[module.__name__] = module
        if name == "linear":
            sys.modules["logmr.analyses.linear"] = module  # what the old patterns.py imports
        exec(compile(source, path, "exec"), module.__dict__)
        modules[name] = module
    return modules["patterns"].Patterns


def logmr_counts(job_class: type, patterns: dict[str, str], blocks: list) -> dict[str, int]:
    job = job_class({"patterns": patterns, "builtin": False})
    counts = dict.fromkeys(patterns, 0)
    for block, lines in blocks:
        if "text" in job.fields:
            columns = {"text": TextBlock.of_json_block(block, len(lines)), "service": [None] * len(lines)}
        else:
            columns = {"raw": lines, "service": [None] * len(lines)}
        for (name, _service), value in job.map_batch(columns):
            counts[name] += value["count"]
    return counts


def polars_counts(patterns: dict[str, str], blocks: list) -> dict[str, int]:
    counts = dict.fromkeys(patterns, 0)
    for _block, lines in blocks:
        series = pl.Series(lines)
        for name, regex in patterns.items():
            counts[name] += int(series.str.contains(regex).sum())
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", default="128MB")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--before", default="2084c0a", help="git revision of the job compared with")
    parser.add_argument("--data", default=str(ROOT / "bench" / "data"))
    args = parser.parse_args()
    size = parse_size(args.size)
    compact = Path(args.data) / f"app-{size}.jsonl"
    escaped = Path(args.data) / f"app-{size}-escaped.jsonl"
    if not compact.exists():
        print(f"generating {format_size(size)} of JSON logs into {compact} ...", flush=True)
        generate_file(compact, "json", size, seed=1)
    if not escaped.exists():
        escaped_copy(compact, escaped)
    before = before_job(args.before)
    engines = {
        "before (RE2, raw)": lambda p, b: logmr_counts(before, p, b),
        "after (Hyperscan, text)": lambda p, b: logmr_counts(Patterns, p, b),
        "polars": polars_counts,
    }
    print("| data | patterns | engine | seconds | x polars | MB/s per core | matching lines | agrees |")
    print("| --- | --- | --- | ---: | ---: | ---: | ---: | --- |")
    for path in (compact, escaped):
        blocks = blocks_of(path)
        mb = path.stat().st_size / 1e6
        for set_name, patterns in (("10 signatures", SIGNATURES), ("4 user regexes", USER_PATTERNS)):
            best: dict[str, float] = {}
            counts: dict[str, dict[str, int]] = {}
            for _ in range(args.repeats):
                for engine, run in engines.items():
                    started = time.process_time()
                    counts[engine] = run(patterns, blocks)
                    best[engine] = min(best.get(engine, float("inf")), time.process_time() - started)
            for engine in engines:
                agrees = "yes" if counts[engine] == counts["after (Hyperscan, text)"] else "NO"
                print(
                    f"| {path.name} ({mb:.0f} MB) | {set_name} | {engine} | {best[engine]:.2f} | "
                    f"{best[engine] / best['polars']:.2f} | {mb / best[engine]:.0f} | "
                    f"{sum(counts[engine].values()):,} | {agrees} |",
                    flush=True,
                )


if __name__ == "__main__":
    main()
