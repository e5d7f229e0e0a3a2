"""`logmr submit`: an analysis on a deployed stack (Step Functions + Lambda), followed to its end."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from ..job import resolve_job_class
from .dry_run import add_dry_run_arguments, cmd_dry_run
from .errors import UsageError, print_error
from .job_args import add_job_arguments, job_spec
from .progress import ProgressBar
from .render import show_result

if TYPE_CHECKING:
    from rich.console import Console


def add_parser(commands: Any) -> None:
    submit = commands.add_parser(
        "submit",
        help="run an analysis on a deployed stack (Step Functions + Lambda) and follow it",
        description="Start a job on a stack deployed with `sam deploy`, follow its progress, print its "
        "summary and, with --output, download its results. Honours AWS_ENDPOINT_URL.",
    )
    add_job_arguments(submit)
    submit.add_argument("inputs", nargs="+", metavar="INPUT", help="s3://bucket/prefix URLs the stack may read")
    where = submit.add_mutually_exclusive_group()
    where.add_argument("--stack", help="the CloudFormation stack name (as in samconfig.toml)")
    where.add_argument("--state-machine", help="the stack's state machine ARN")
    submit.add_argument("--no-wait", action="store_true", help="print the job id and return at once")
    add_dry_run_arguments(submit)
    submit.set_defaults(handler=cmd_submit)


def cmd_submit(args: argparse.Namespace, console: Console) -> int:
    spec = job_spec(args, args.inputs)
    if args.dry_run:  # needs no stack: the inputs are read with this machine's credentials
        return cmd_dry_run(args, spec, console)
    if not (args.stack or args.state_machine):
        raise UsageError("name the deployment: --stack NAME or --state-machine ARN (or use --dry-run)")
    from ..runners import aws  # (not imported by the other commands: a few ms of every `logmr run`)

    deployment = aws.find_deployment(stack=args.stack, state_machine=args.state_machine)
    job = aws.submit(spec, deployment)
    if args.no_wait:
        console.print(job.job_id)
        return 0
    show_progress = not args.quiet and not args.json and console.is_terminal
    with ProgressBar(console, enabled=show_progress) as bar:
        job = aws.follow(job.job_id, deployment, on_progress=bar.update)
    if job.status != "SUCCEEDED":
        print_error(f"job {job.job_id} {job.status}: {job.error or 'no error recorded'}")
        return 1
    result = aws.fetch_result(job.job_id, deployment, args.output)
    show_result(result, args.json, resolve_job_class(spec.analysis).presentation, console)
    return 0
