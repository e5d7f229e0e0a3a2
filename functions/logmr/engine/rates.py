"""The measured per-task rates of each analysis on each input format (throughput.json, written by
bench/throughput.py on one core), and the split-size rule built on them.

Kept apart from engine/estimate.py so that engine/spec.py (which every task imports) can choose a
job's split size from the rates without importing the estimator, the planner and the rest.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import msgspec

#: One S3 GET stream's read rate (an assumption AWS does not publish; docs/benchmarks.md).
S3_STREAM_BYTES_PER_S = 90e6


@cache
def throughput_table() -> dict[str, Any]:
    """bench/throughput.py's measured rates, with the command that made them (read beside this
    module: importlib.resources cost every run's start 0.01 s of imports)."""
    return msgspec.json.decode(Path(__file__).with_name("throughput.json").read_bytes())


def rate(analysis: str, fmt: str) -> dict[str, float]:
    """The measured rates of an analysis on a format; for a format (or a user's job) not measured,
    the slowest measured one, so that the estimate errs on the dear side."""
    rates = throughput_table()["rates"]
    per_format = rates.get(analysis) or {f"{name}/{f}": r for name, fs in rates.items() for f, r in fs.items()}
    if fmt in per_format:
        return per_format[fmt]
    return min(per_format.values(), key=lambda r: r["map_bytes_per_s"])


def task_bytes_per_s(analysis: str, fmt: str) -> float:
    """The bytes one map task gets through per second on one core: reading them from S3 (one
    stream) and mapping them at the measured rate, one after the other."""
    return 1 / (1 / rate(analysis, fmt)["map_bytes_per_s"] + 1 / S3_STREAM_BYTES_PER_S)
