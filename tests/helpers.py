"""Test helpers: where the loghub samples are, and running a job to its rows."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import msgspec

from logmr.engine.spec import JobSpec, new_job_id
from logmr.runners import run_to_folder

# loghub's 2k samples travel with the tests (with their licence), so a clone anywhere runs them all.
LOGHUB = Path(os.environ.get("LOGMR_LOGHUB", Path(__file__).resolve().parent / "data" / "loghub"))


def read_rows(folder: Path) -> dict[Any, Any]:
    """key -> value over every part file of a results folder (keys as tuples when arrays)."""
    rows: dict[Any, Any] = {}
    for part in sorted(folder.glob("part-*.jsonl")):
        for line in part.read_bytes().splitlines():
            row = msgspec.json.decode(line)
            key = tuple(row["key"]) if isinstance(row["key"], list) else row["key"]
            assert key not in rows, f"key {key!r} written twice"
            rows[key] = row["value"]
    return rows


def run_job(analysis: str, inputs: list[str | Path], out: Path, **settings: Any) -> tuple[dict, dict]:
    """Run a job with the local runtime into `out`; return (rows, result document)."""
    run_options = {k: settings.pop(k) for k in ("workers", "retries") if k in settings}
    run_options.setdefault("workers", 1)
    spec = JobSpec(job_id=new_job_id(analysis), analysis=analysis, inputs=[str(p) for p in inputs], **settings)
    result = run_to_folder(spec, out, **run_options)
    return read_rows(out), result
