"""Grouping accuracy of the templates analysis on loghub-style samples, per system and the mean.

    .venv/bin/python bench/templates_accuracy.py [FOLDER...] [--similarity X] [--json]

Each FOLDER holds one subfolder per system with `<System>_2k.log` and
`<System>_2k.log_structured.csv` (loghub's layout; default: tests/data/loghub). The method is
tests/test_templates.py's, through the product's real path: `templates` runs as a job (the local
runner, 16 KiB splits, 3 partitions, so several map tasks see each file); then every line is read
as the planner reads the file (`formats.reading.reader_for` on its first 64 KiB), masked, and given
the most specific mined template that matches it (skeletons.match). Grouping accuracy (loghub's
GA) is the share of lines whose predicted group is exactly their true group (`EventId`); parsing
accuracy (loghub's PA, where the ground truth has `EventTemplate`) the share whose template is
loghub's template, as text (our masks written `<*>`). A FOLDER's ground truth may be a compact
one: `LineId,EventId` (GA only) or `LineId,EventId,EventTemplate` rows, one per line of the log.

`--drain3` adds drain3's figures for reference: its TemplateMiner with its own defaults (no masks,
similarity 0.4, depth 4) fed the same messages, each line's group its cluster.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import msgspec

MASK = re.compile(r"<[A-Z]+>")
# Small splits, as the tests use, so that several map tasks see each 2k-line sample.
os.environ.setdefault("LOGMR_MIN_SPLIT_SIZE", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "functions"))

from logmr.analyses.skeletons import match  # noqa: E402
from logmr.analyses.templates import WILDCARD, Templates  # noqa: E402
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


def parsing_accuracy(predicted: list[str | None], truth: list[str]) -> float:
    """The share of messages whose template is loghub's, as text (loghub's PA): our masks
    (`<NUM>`, `<IP>`) written as loghub's `<*>`, runs of whitespace as one space on both sides."""

    def text(template: str | None) -> str | None:
        return None if template is None else " ".join(MASK.sub(WILDCARD, template).split())

    right = sum(text(mine) == " ".join(theirs.split()) for mine, theirs in zip(predicted, truth, strict=True))
    return right / len(truth)


def drain3_predicted(messages: list[str | None]) -> list[str | None]:
    """Each message's drain3 cluster (TemplateMiner with drain3's defaults), as `id<TAB>template`."""
    from drain3 import TemplateMiner
    from drain3.template_miner_config import TemplateMinerConfig

    config = TemplateMinerConfig()
    config.profiling_enabled = False
    miner = TemplateMiner(config=config)
    clusters = [miner.add_log_message(message)["cluster_id"] if message else None for message in messages]
    templates = {cluster.cluster_id: cluster.get_template() for cluster in miner.drain.clusters}
    return [None if c is None else f"{c}\t{templates[c]}" for c in clusters]


def accuracy(folder: Path, system: str, options: dict, drain3: bool = False) -> dict[str, float | None]:
    """GA and PA of one system (PA None where the ground truth has no template text), and
    drain3's where asked."""
    log = folder / system / f"{system}_2k.log"
    with open(folder / system / f"{system}_2k.log_structured.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    truth = [row["EventId"] for row in rows]
    templates = mined_templates(log, options)
    data = log.read_bytes()
    fmt = reader_for(data[:65536])  # what the planner reads the file with
    job = Templates(options)
    lines = split_block(data)
    assert len(lines) == len(truth), f"{system}: {len(lines)} lines, {len(truth)} labels"
    records = [fmt.parse(line, None) for line in lines]  # None: a line the reader drops
    predicted = [match(templates, job.masked(r.message)) if r else None for r in records]
    texts = [row.get("EventTemplate") for row in rows]
    has_text = None not in texts
    found: dict[str, float | None] = {"GA": grouping_accuracy(predicted, truth)}
    found["PA"] = parsing_accuracy(predicted, texts) if has_text else None  # type: ignore[arg-type]
    if drain3:
        theirs = drain3_predicted([r.message if r else None for r in records])
        found["drain3 GA"] = grouping_accuracy(theirs, truth)
        their_texts = [t.partition("\t")[2] if t else None for t in theirs]
        found["drain3 PA"] = parsing_accuracy(their_texts, texts) if has_text else None  # type: ignore[arg-type]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*", default=[str(ROOT / "tests" / "data" / "loghub")])
    parser.add_argument("--similarity", type=float, help="Drain's similarity (default: the analysis's)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a Markdown table")
    parser.add_argument("--drain3", action="store_true", help="add drain3's GA and PA (its defaults) for reference")
    args = parser.parse_args()
    options = {} if args.similarity is None else {"similarity": args.similarity}
    results: dict[str, dict[str, float | None]] = {}
    for folder in map(Path, args.folders):
        for system in sorted(p.name for p in folder.iterdir() if (p / f"{p.name}_2k.log").exists()):
            results[system] = accuracy(folder, system, options, args.drain3)
    measures = list(next(iter(results.values()), {}))
    means: dict[str, float | None] = {}
    for measure in measures:
        values = [found[measure] for found in results.values() if found[measure] is not None]
        means[measure] = sum(values) / len(values) if values else None  # type: ignore[arg-type]
    if args.json:
        print(json.dumps({"systems": results, "mean": means}))
        return
    print("| " + " | ".join(["system", *results, "mean"]) + " |")
    print("| --- |" + " ---: |" * (len(results) + 1))
    for measure in measures:
        if means[measure] is None:
            continue
        cells = ["-" if found[measure] is None else f"{found[measure]:.3f}" for found in results.values()]
        print(f"| {measure} | " + " | ".join([*cells, f"{means[measure]:.3f}"]) + " |")


if __name__ == "__main__":
    main()
