"""Grouping accuracy of the templates analysis on loghub-style samples, per system and the mean.

    .venv/bin/python bench/templates_accuracy.py [FOLDER...] [--similarity X] [--json]

Each FOLDER holds one subfolder per system with `<System>_2k.log` and
`<System>_2k.log_structured.csv` (loghub's layout; default: tests/data/loghub). The method is
tests/test_templates.py's, through the product's real path: `templates` runs as a job (the local
runner, 16 KiB splits, 3 partitions, so several map tasks see each file); then every line is read
as the planner reads the file (`formats.reading.reader_for` on its first 64 KiB), masked, and given
the most specific mined template that matches it. Grouping accuracy (loghub's GA) is the share of
lines whose predicted group is exactly their true group (`EventId`).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import msgspec

# Small splits, as the tests use, so that several map tasks see each 2k-line sample.
os.environ.setdefault("LOGMR_MIN_SPLIT_SIZE", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "functions"))

from logmr.analyses.skeletons import match  # noqa: E402
from logmr.analyses.templates import Templates  # noqa: E402
from logmr.engine.spec import JobSpec, new_job_id  # noqa: E402
from logmr.formats.base import split_block  # noqa: E402
from logmr.formats.reading import reader_for  # noqa: E402
from logmr.runners import run_to_folder  # noqa: E402


def grouping_accuracy(predicted: list[str | None], truth: list[str]) -> float:
    """The share of messages whose predicted group is exactly their true group (loghub's GA)."""
    groups: dict[str | None, set[int]] = defaultdict(set)
    true_groups: dict[str, set[int]] = defaultdict(set)
    for i, (mine, theirs) in enumerate(zip(predicted, truth, strict=True)):
        groups[mine].add(i)
        true_groups[theirs].add(i)
    right = sum(
        len(members)
        for name, members in groups.items()
        if name is not None and members == true_groups[truth[next(iter(members))]]
    )
    return right / len(truth)


def mined_templates(log: Path, options: dict) -> list[str]:
    """The templates `logmr run templates` finds in one file."""
    with tempfile.TemporaryDirectory() as tmp:
        spec = JobSpec(
            job_id=new_job_id("templates"),
            analysis="templates",
            inputs=[str(log)],
            options=options,
            split_size=16 * 1024,
            partitions=3,
        )
        run_to_folder(spec, Path(tmp) / "out", workers=1)
        return [
            msgspec.json.decode(line)["key"]
            for part in sorted((Path(tmp) / "out").glob("part-*.jsonl"))
            for line in part.read_bytes().splitlines()
        ]


def accuracy(folder: Path, system: str, options: dict) -> float:
    log = folder / system / f"{system}_2k.log"
    with open(folder / system / f"{system}_2k.log_structured.csv", newline="", encoding="utf-8") as f:
        truth = [row["EventId"] for row in csv.DictReader(f)]
    templates = mined_templates(log, options)
    data = log.read_bytes()
    fmt = reader_for(data[:65536])  # what the planner reads the file with
    job = Templates(options)
    lines = split_block(data)
    assert len(lines) == len(truth), f"{system}: {len(lines)} lines, {len(truth)} labels"
    records = [fmt.parse(line, None) for line in lines]  # None: a line the reader drops
    predicted = [match(templates, job.masked(r.message)) if r else None for r in records]
    return grouping_accuracy(predicted, truth)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*", default=[str(ROOT / "tests" / "data" / "loghub")])
    parser.add_argument("--similarity", type=float, help="Drain's similarity (default: the analysis's)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a Markdown table")
    args = parser.parse_args()
    options = {} if args.similarity is None else {"similarity": args.similarity}
    results: dict[str, float] = {}
    for folder in map(Path, args.folders):
        for system in sorted(p.name for p in folder.iterdir() if (p / f"{p.name}_2k.log").exists()):
            results[system] = accuracy(folder, system, options)
    mean = sum(results.values()) / len(results) if results else 0.0
    if args.json:
        print(json.dumps({"systems": results, "mean": mean}, indent=2))
        return
    print("| " + " | ".join(["system", *results, "mean"]) + " |")
    print("| --- |" + " ---: |" * (len(results) + 1))
    print("| GA | " + " | ".join(f"{ga:.3f}" for ga in [*results.values(), mean]) + " |")


if __name__ == "__main__":
    main()
