"""`logmr diff BASELINE JOB`: what changed between two runs of the same analysis (engine/diff.py),
each named by its results folder or by its job id in the local job store."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from ..engine.combiner import freeze
from ..engine.diff import DiffError, diff_jobs
from ..job import load_job
from ..job.job import KeyValue
from ..jobstate import JobRecordNotFoundError
from ..runners.local import local_job_store
from .errors import UsageError

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table


def add_parser(commands: Any) -> None:
    diff = commands.add_parser("diff", help="what changed between two jobs of the same analysis")
    diff.add_argument("baseline", help="the job to compare with: a results folder or a job id of `logmr run`")
    diff.add_argument("job", help="the job that may have changed: a results folder or a job id")
    diff.add_argument("--json", action="store_true", help="print the differences as JSON")
    diff.set_defaults(handler=cmd_diff)


def results_folder(ref: str) -> Path:
    """A run's results folder: `ref` itself, or the folder of the local job with that id."""
    path = Path(ref).expanduser()
    if (path / "result.json").is_file():
        return path
    try:
        job = local_job_store().get(ref)
    except (JobRecordNotFoundError, ValueError):
        raise UsageError(f"{ref!r} is neither a results folder nor a job of `logmr run`") from None
    if job.status != "SUCCEEDED" or not job.result_uri or not Path(job.result_uri).is_file():
        raise UsageError(f"job {ref} has no results on this machine ({job.status})")
    return Path(job.result_uri).parent


def output_rows(folder: Path, result: dict[str, Any]) -> Iterator[KeyValue]:
    """The rows of a results folder's part files, JSON lines or Parquet (--output-format)."""
    for part in sorted(folder.glob("part-*.jsonl")):
        with part.open("rb") as lines:
            for line in lines:
                row = msgspec.json.decode(line)
                yield freeze(row["key"]), row["value"]
    parquet = sorted(folder.glob("part-*.parquet"))
    if parquet:
        from ..engine.parquet import iter_parquet_rows

        job = load_job(result["analysis"], result.get("options") or {})
        for part in parquet:
            with part.open("rb") as data:
                for key, value in iter_parquet_rows(data, job):
                    yield freeze(key), value


def diff_folders(baseline: Path, job: Path) -> dict[str, Any]:
    """The differences of two results folders, with the two jobs named."""
    before, after = (msgspec.json.decode((folder / "result.json").read_bytes()) for folder in (baseline, job))
    if before["analysis"] != after["analysis"]:
        raise DiffError(f"{before['job_id']} is {before['analysis']} and {after['job_id']} is {after['analysis']}")
    changes = diff_jobs(after["analysis"], output_rows(baseline, before), output_rows(job, after))
    return {"analysis": after["analysis"], "baseline": before["job_id"], "job": after["job_id"], **changes}


def cmd_diff(args: argparse.Namespace, console: Console) -> int:
    try:
        changes = diff_folders(results_folder(args.baseline), results_folder(args.job))
    except DiffError as error:
        raise UsageError(str(error)) from None
    if args.json:
        sys.stdout.write(msgspec.json.format(msgspec.json.encode(changes), indent=2).decode() + "\n")
    else:
        print_diff(changes, console)
    return 0


def print_diff(changes: dict[str, Any], console: Console) -> None:
    """Each list of changed rows as a table: shares and rates as percentages."""
    console.print(f"[bold]{changes['analysis']}[/]: {changes['baseline']} -> {changes['job']}")
    for section, value in changes.items():
        tables = value.items() if isinstance(value, dict) else [("", value)]
        for name, rows in tables:
            if isinstance(rows, list):
                console.print(_table(f"{section} {name}".strip(), rows))


def _table(title: str, rows: list[dict[str, Any]]) -> Table:
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(f"{title} ({len(rows)})"))
    columns = list(rows[0]) if rows else []
    for column in columns:
        if rows and isinstance(rows[0][column], int | float):
            table.add_column(column.replace("_", " "), justify="right", no_wrap=True)
        else:
            table.add_column(column.replace("_", " "), overflow="fold", min_width=16)
    for row in rows:  # (as text, not markup: a template may hold `[/var/lib]`)
        table.add_row(*(Text(_cell(column, row[column])) for column in columns))
    return table


def _cell(column: str, value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float) and ("share" in column or "rate" in column or column == "change"):
        return f"{value:+.2%}" if column.endswith("change") else f"{value:.2%}"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, list | tuple):
        return " | ".join("-" if v is None else str(v) for v in value)
    return str(value)
