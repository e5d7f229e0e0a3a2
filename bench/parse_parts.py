"""Where `logmr run parse` spends its CPU, part by part, in microseconds per line.

    .venv/bin/python bench/parse_parts.py FOLDER_OR_FILE [...] [--runs 2]

Runs parse in this process (one worker, tasks inline), with each part below timed by
time.process_time around its call (a call per block: the timer's own cost is negligible), and
prints each part's CPU per input line, the best of `--runs` runs. time.process_time leaves out
other processes' time, so the figures hold on a shared machine better than wall times do (not
exactly: two processes on one core's hyperthreads slow each other). The parts nest: `step 1:
read` is the format's parse of a block with offsets, `step 1: map` parse's map_batch (masking,
member numbers) around `mask`; `step 3: assign` is assign_batch around `params`, `note`; `step
3: rows` writes the rows (JSON encoding around `write`). The rest of the run (the second step's
mining, the reducers, reading blocks and carried frames, planning) is `other`.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable

from logmr.engine.spec import JobSpec
from logmr.runners.local import run_to_folder

#: (label, module, class or None, function): the parts timed.
PARTS = (
    ("step 1: read", "logmr.engine.located", None, "located_batch"),
    ("step 1: map", "logmr.analyses.parse", "Parse", "map_batch"),
    ("step 1: mask", "logmr.analyses.templates", "Templates", "mask_many"),
    ("step 1: carried columns", "logmr.analyses.parse", "Parse", "carried"),
    ("step 1: carry write", "logmr.engine.carry", "CarryWriter", "add"),
    ("step 3: assign", "logmr.analyses.parse", "Parse", "assign_batch"),
    ("step 3: params", "logmr.analyses.parse", None, "params_many"),
    ("step 3: note", "logmr.analyses.assignment", "TaskDigest", "note"),
    ("step 3: rows", "logmr.engine.rows", "LinesPart", "add_pairs"),
    ("step 3: write", "logmr.engine.rows", "LinesPart", "_write"),
)


def timed_parts(spent: dict[str, float]) -> None:
    """Wrap each part so that its CPU seconds add up in `spent`."""
    for label, module, owner, name in PARTS:
        holder = importlib.import_module(module)
        holder = getattr(holder, owner) if owner else holder
        function = getattr(holder, name)
        setattr(holder, name, _timer(function, label, spent))
        if owner is None:  # (and where a module imported the function by its name)
            for other in list(sys.modules.values()):
                if getattr(other, "__name__", "").startswith("logmr.") and getattr(other, name, None) is function:
                    setattr(other, name, getattr(holder, name))


def _timer(function: Callable, label: str, spent: dict[str, float]) -> Callable:
    @functools.wraps(function)
    def timed(*args, **kwargs):
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - started

    return timed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    spent: dict[str, float] = defaultdict(float)
    timed_parts(spent)
    best: dict[str, float] = {}
    lines = 0
    for run in range(args.runs):
        spent.clear()
        spec = JobSpec(job_id=f"parts-{run}", analysis="parse", inputs=args.inputs)
        with tempfile.TemporaryDirectory() as out:
            started = time.process_time()
            result = run_to_folder(spec, out, workers=1)
            spent["all"] = time.process_time() - started
        lines = result["counters"]["lines"]
        if "all" not in best or spent["all"] < best["all"]:
            best = dict(spent)
    best["other"] = best["all"] - sum(best.get(label, 0.0) for label in _outermost())
    print(f"{lines:,} lines; CPU per line, best of {args.runs} runs\n")
    print("| part | µs per line | share |")
    print("| --- | ---: | ---: |")
    for label in [label for label, *_ in PARTS] + ["other", "all"]:
        print(f"| {label} | {best.get(label, 0.0) / lines * 1e6:.2f} | {best.get(label, 0.0) / best['all']:.0%} |")


def _outermost() -> list[str]:
    """The parts not inside another (their times add up without counting twice)."""
    return [
        "step 1: read",
        "step 1: map",
        "step 1: carried columns",
        "step 1: carry write",
        "step 3: assign",
        "step 3: rows",
    ]


if __name__ == "__main__":
    main()
