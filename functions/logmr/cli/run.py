"""`logmr run`: an analysis over local files or s3:// URLs, with every core of this machine."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from rich.console import Console

from ..analyses import ANALYSES
from ..engine.spec import DEFAULT_RETRIES
from ..job import resolve_job_class
from ..runners import local_job_store, run_to_folder
from .job_args import add_job_arguments, add_task_timeout, job_spec, non_negative, positive
from .progress import ProgressBar
from .render import show_result


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
    run.add_argument(
        "--no-batch",
        action="store_true",
        help="parse every record fully and call map() per record (slower; for checking)",
    )
    run.set_defaults(handler=cmd_run)


def cmd_run(args: argparse.Namespace, console: Console) -> int:
    spec = job_spec(args, args.inputs)
    output = args.output or str(Path("logmr-results") / spec.job_id)
    show_progress = not args.quiet and not args.json and console.is_terminal
    with ProgressBar(console, enabled=show_progress) as bar:
        result = run_to_folder(
            spec,
            output,
            workers=args.workers,
            retries=args.retries,
            progress=bar.update,
            jobs=local_job_store(),
            task_timeout=args.task_timeout,
        )
    show_result(result, args.json, resolve_job_class(spec.analysis).presentation, console)
    return 0
