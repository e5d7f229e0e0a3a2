"""`logmr run`: an analysis over local files or s3:// URLs, with every core of this machine."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from ..analyses import ANALYSES
from ..engine.filters import job_filter
from ..engine.spec import DEFAULT_RETRIES, JobSpec, new_job_id
from ..job import resolve_job_class
from ..runners import local_job_store, run_to_folder
from .diff import diff_folders, print_diff
from .dry_run import add_dry_run_arguments, cmd_dry_run
from .job_args import add_job_arguments, add_task_timeout, job_spec, non_negative, positive
from .progress import ProgressBar
from .render import show_result

if TYPE_CHECKING:
    from rich.console import Console


def add_parser(commands: Any) -> None:
    run = commands.add_parser(
        "run",
        help="run an analysis on local files or s3:// URLs with every core",
        description=f"Run an analysis ({', '.join(ANALYSES)}, or path/to/file.py:ClassName) "
        "over log files, folders, globs or s3://bucket/prefix URLs.",
    )
    add_job_arguments(run)
    run.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders, globs or s3:// URLs")
    run.add_argument("--workers", "-w", type=positive, help="processes (default: every core)")
    run.add_argument(
        "--retries",
        type=non_negative,
        default=DEFAULT_RETRIES,
        help=f"retries of a failed task (default {DEFAULT_RETRIES})",
    )
    add_task_timeout(run)
    add_dry_run_arguments(run)
    baseline = run.add_argument_group("compare with a baseline window (runs the job twice, then `logmr diff`)")
    baseline.add_argument("--baseline-since", metavar="TIME", help="the baseline's --since (ISO 8601 or 25h ago...)")
    baseline.add_argument("--baseline-until", metavar="TIME", help="the baseline's --until")
    run.add_argument(
        "--no-batch",
        action="store_true",
        help="parse every record fully and call map() per record (slower; for checking)",
    )
    run.set_defaults(handler=cmd_run)


def cmd_run(args: argparse.Namespace, console: Console) -> int:
    spec = job_spec(args, args.inputs)
    if spec.analysis in ANALYSES and getattr(args, "own_process", False):
        _without_numpy()
    if args.dry_run:
        return cmd_dry_run(args, spec, console)
    baseline = _baseline_spec(args, spec)
    output = args.output or str(Path("logmr-results") / spec.job_id)
    if baseline is not None:
        baseline_output = f"{output.rstrip('/')}-baseline"
        _run(args, console, baseline, baseline_output)
    result = _run(args, console, spec, output)
    show_result(result, args.json, resolve_job_class(spec.analysis).presentation, console)
    if baseline is not None:
        changes = diff_folders(Path(baseline_output), Path(output))
        if args.json:
            sys.stdout.write(msgspec.json.format(msgspec.json.encode(changes), indent=2).decode() + "\n")
        else:
            print_diff(changes, console)
    return 0


def _without_numpy() -> None:
    """A built-in analysis never uses numpy, but pyarrow imports it when it is installed (half of
    pyarrow's import, about 0.06 s before the workers of a text or Parquet run start): the `logmr`
    program, and the workers it forks, see it as absent, as pyarrow allows. (Not for a user's job,
    which may use it, nor when Python code calls main(), whose process goes on.)"""
    if "numpy" not in sys.modules:
        sys.modules["numpy"] = None  # type: ignore[assignment]


def _baseline_spec(args: argparse.Namespace, spec: JobSpec) -> JobSpec | None:
    """The same job over the baseline window, when one is asked for."""
    if args.baseline_since is None and args.baseline_until is None:
        return None
    where, since, until = job_filter(spec.where, args.baseline_since, args.baseline_until)
    return msgspec.structs.replace(spec, job_id=new_job_id(spec.analysis), where=where, since=since, until=until)


def _run(args: argparse.Namespace, console: Console, spec: JobSpec, output: str) -> dict[str, Any]:
    show_progress = not args.quiet and not args.json and console.is_terminal
    with ProgressBar(console, enabled=show_progress) as bar:
        return run_to_folder(
            spec,
            output,
            workers=args.workers,
            retries=args.retries,
            progress=bar.update,
            jobs=local_job_store(),
            task_timeout=args.task_timeout,
        )
