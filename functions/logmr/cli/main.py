"""The `logmr` command: run a job locally, generate sample logs, list the analyses."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

import msgspec
from rich.console import Console

from .. import __version__
from ..analyses import ANALYSES
from ..engine.inputs import InputError
from ..engine.sizes import parse_size
from ..engine.spec import (
    DEFAULT_PARTITIONS,
    DEFAULT_RETRIES,
    DEFAULT_SPLIT_SIZE,
    JobLimitError,
    JobSpec,
    check_split_size,
    new_job_id,
)
from ..formats import AUTO, FORMATS, UnknownFormatError
from ..job import JobNotFoundError, JobOptionsError, load_job
from ..runners import JobFailedError
from ..runners.aws import JobConflictError, StackNotFoundError
from ..runners.local import DEFAULT_TASK_TIMEOUT, TaskTimeoutError
from ..storage import InvalidUriError, ObjectNotFoundError
from .progress import ProgressBar

USER_ERRORS = (
    InputError,
    JobConflictError,
    JobLimitError,
    InvalidUriError,
    JobNotFoundError,
    JobOptionsError,
    UnknownFormatError,
    ObjectNotFoundError,
    StackNotFoundError,
)


class UsageError(ValueError):
    """A bad command line; printed with a hint, exit status 2."""


def _size(text: str) -> int:
    try:
        return parse_size(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be at least 1")
    return value


def _non_negative(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} must be a whole number, 0 or more")
    return int(text)


def _pair(text: str, what: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise UsageError(f"{what} {text!r} must look like NAME=VALUE")
    return name, value


def _option_value(text: str) -> Any:
    try:
        return msgspec.json.decode(text)
    except msgspec.DecodeError:
        return text


def job_options(args: argparse.Namespace) -> dict[str, Any]:
    """The analysis options the command line asks for, as the job's Options struct expects them."""
    options: dict[str, Any] = {}
    for item in args.option or []:
        name, value = _pair(item, "--option")
        options[name] = _option_value(value)
    if args.min_length is not None:
        options["min_length"] = args.min_length
    if args.drop_numbers:
        options["drop_numbers"] = True
    patterns: dict[str, str] = {}
    for path in args.patterns_file or []:
        patterns.update(_read_patterns_file(path))
    for item in args.pattern or []:
        name, regex = _pair(item, "--pattern")
        patterns[name] = regex
    if patterns:
        options["patterns"] = patterns
    if args.no_builtin_patterns:
        options["builtin"] = False
    return options


def _read_patterns_file(path: str) -> dict[str, str]:
    """NAME=REGEX lines (blank lines and # comments skipped), or a JSON object of name -> regex."""
    try:
        text = Path(path).read_text()
    except OSError as error:
        raise UsageError(f"cannot read patterns file {path}: {error.strerror}") from None
    if text.lstrip().startswith("{"):
        try:
            loaded = msgspec.json.decode(text, type=dict[str, str])
        except msgspec.MsgspecError as error:
            raise UsageError(f"patterns file {path} is not a JSON object of name -> regex: {error}") from None
        return loaded
    patterns = {}
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("#"):
            name, sep, regex = line.partition("=")
            if not sep or not name.strip():
                raise UsageError(f"{path}:{number}: expected NAME=REGEX, got {line!r}")
            patterns[name.strip()] = regex.strip()
    return patterns


def _add_job_arguments(parser: argparse.ArgumentParser) -> None:
    """What a job is made of, the same for `run` (local) and `submit` (a deployed stack)."""
    parser.add_argument("analysis", help=f"{', '.join(ANALYSES)}, or FILE.py:CLASS / module:CLASS")
    parser.add_argument(
        "--partitions",
        "-r",
        type=_positive,
        default=DEFAULT_PARTITIONS,
        help=f"reduce partitions (default {DEFAULT_PARTITIONS})",
    )
    parser.add_argument(
        "--split-size",
        type=_size,
        default=DEFAULT_SPLIT_SIZE,
        help="bytes per map task, e.g. 256KiB, 64MiB (default 64MiB)",
    )
    parser.add_argument(
        "--format", "-f", default=AUTO, choices=[AUTO, *FORMATS], help="input format (default: detected per file)"
    )
    parser.add_argument(
        "--combine-keys",
        type=_positive,
        default=400_000,
        help="keys a map task holds in memory before spilling to disk (default 400000)",
    )
    parser.add_argument(
        "--combine-memory",
        type=_size,
        default=256 * 2**20,
        help="estimated memory a map task's combiner may use before spilling, e.g. 512MiB (default 256MiB)",
    )
    parser.add_argument(
        "--pattern",
        "-p",
        action="append",
        metavar="NAME=REGEX",
        help="a pattern to count (patterns analysis; repeatable)",
    )
    parser.add_argument(
        "--patterns-file",
        action="append",
        metavar="FILE",
        help="NAME=REGEX lines or a JSON object of patterns (repeatable)",
    )
    parser.add_argument("--no-builtin-patterns", action="store_true", help="only count your own patterns")
    parser.add_argument("--min-length", type=_positive, help="wordcount: shortest word counted")
    parser.add_argument("--drop-numbers", action="store_true", help="wordcount: skip words made of digits")
    parser.add_argument(
        "--option",
        "-O",
        action="append",
        metavar="NAME=VALUE",
        help="any job option (value parsed as JSON when it is JSON)",
    )
    parser.add_argument(
        "--skip-corrupt",
        action="store_true",
        help="keep what a truncated or damaged .gz/.zst input holds before the damage, list it in "
        "result.json, and go on (default: the job fails naming the file)",
    )
    parser.add_argument("--output", "-o", help="results folder (default: logmr-results/JOB_ID)")
    parser.add_argument("--json", action="store_true", help="print result.json instead of tables")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bar")


def _job_spec(args: argparse.Namespace, inputs: list[str]) -> JobSpec:
    """The job the command line describes; a bad analysis, option or regex fails here, before any work."""
    options = job_options(args)
    load_job(args.analysis, options)
    check_split_size(args.split_size)
    return JobSpec(
        job_id=new_job_id(args.analysis),
        analysis=args.analysis,
        inputs=inputs,
        options=options,
        format=args.format,
        split_size=args.split_size,
        partitions=args.partitions,
        combine_max_keys=args.combine_keys,
        combine_max_bytes=args.combine_memory,
        batch=not getattr(args, "no_batch", False),
        skip_corrupt=args.skip_corrupt,
    )


def _add_task_timeout(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--task-timeout",
        type=_positive,
        default=int(DEFAULT_TASK_TIMEOUT),
        metavar="SECONDS",
        help=f"stop a task running longer and fail the job (default {DEFAULT_TASK_TIMEOUT:g}, as on Lambda)",
    )


def _add_run_parser(commands: Any) -> None:
    run = commands.add_parser(
        "run",
        help="run an analysis on local files or s3:// URLs with every core",
        description=f"Run an analysis ({', '.join(ANALYSES)}, or path/to/file.py:ClassName) "
        "over log files, folders, globs or s3://bucket/prefix URLs.",
    )
    _add_job_arguments(run)
    run.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders, globs or s3:// URLs")
    run.add_argument("--workers", "-w", type=_positive, help="processes (default: every core)")
    run.add_argument(
        "--retries",
        type=_non_negative,
        default=DEFAULT_RETRIES,
        help=f"retries of a failed task (default {DEFAULT_RETRIES})",
    )
    _add_task_timeout(run)
    run.add_argument(
        "--no-batch",
        action="store_true",
        help="parse every record fully and call map() per record (slower; for checking)",
    )
    run.set_defaults(handler=cmd_run)


def _add_submit_parser(commands: Any) -> None:
    submit = commands.add_parser(
        "submit",
        help="run an analysis on a deployed stack (Step Functions + Lambda) and follow it",
        description="Start a job on a stack deployed with `sam deploy`, follow its progress, print its "
        "summary and, with --output, download its results. Honours AWS_ENDPOINT_URL.",
    )
    _add_job_arguments(submit)
    submit.add_argument("inputs", nargs="+", metavar="INPUT", help="s3://bucket/prefix URLs the stack may read")
    where = submit.add_mutually_exclusive_group(required=True)
    where.add_argument("--stack", help="the CloudFormation stack name (as in samconfig.toml)")
    where.add_argument("--state-machine", help="the stack's state machine ARN")
    submit.add_argument("--no-wait", action="store_true", help="print the job id and return at once")
    submit.set_defaults(handler=cmd_submit)


def _add_serve_parser(commands: Any) -> None:
    serve = commands.add_parser(
        "serve",
        help="serve the job API and live updates on this machine",
        description="Serve the HTTP job API, its WebSocket (/live) and result files, running jobs with "
        "the local runtime. Every request needs the token printed at start (or LOGMR_API_TOKEN).",
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    serve.add_argument("--port", type=int, default=8080, help="port (default 8080)")
    serve.add_argument(
        "--data",
        action="append",
        metavar="DIR",
        help="a folder jobs may read (repeatable; default: the current folder)",
    )
    serve.add_argument(
        "--allow-bucket", action="append", default=[], metavar="BUCKET", help="an S3 bucket jobs may read (repeatable)"
    )
    serve.add_argument("--workers", "-w", type=_positive, help="processes per job (default: every core)")
    _add_task_timeout(serve)
    serve.add_argument(
        "--jobs",
        action="append",
        default=[],
        metavar="FILE_OR_MODULE",
        help="jobs the API may run besides the built-in analyses: the Job classes of a Python file or module, "
        "by their name attribute or class name (repeatable; also LOGMR_JOB_MODULES, comma-separated)",
    )
    serve.set_defaults(handler=cmd_serve)


def _add_dashboard_parser(commands: Any) -> None:
    dashboard = commands.add_parser(
        "deploy-dashboard",
        help="upload the dashboard to a deployed stack",
        description="Upload frontend/ to the stack's private dashboard bucket (served by CloudFront), "
        "with a config.js naming the stack's HTTP API and WebSocket URLs.",
    )
    dashboard.add_argument("--stack", required=True, help="the CloudFormation stack name")
    dashboard.set_defaults(handler=cmd_deploy_dashboard)


def _add_gen_parser(commands: Any) -> None:
    gen = commands.add_parser(
        "gen",
        help="write realistic sample logs",
        description="Write realistic sample logs, deterministic for a seed.",
    )
    gen.add_argument("output", help="a folder (for --kind mixed) or a file")
    gen.add_argument("--size", type=_size, default=_size("100MiB"), help="uncompressed size (default 100MiB)")
    gen.add_argument("--kind", default="mixed", choices=["mixed", "json", "access", "syslog"])
    gen.add_argument("--seed", type=int, default=1)
    gen.add_argument("--compress", choices=["none", "gzip", "zstd"], default="none")
    gen.add_argument("--workers", "-w", type=_positive, help="processes (default: every core)")
    gen.set_defaults(handler=cmd_gen)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="logmr", description="MapReduce over logs, on one machine or on AWS.")
    parser.add_argument("--version", action="version", version=f"logmr {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    _add_run_parser(commands)
    _add_submit_parser(commands)
    _add_serve_parser(commands)
    _add_dashboard_parser(commands)
    _add_gen_parser(commands)
    analyses = commands.add_parser("analyses", help="list the built-in analyses and their options")
    analyses.set_defaults(handler=cmd_analyses)
    return parser


def cmd_run(args: argparse.Namespace, console: Console) -> int:
    from ..runners import local_job_store, run_to_folder

    spec = _job_spec(args, args.inputs)
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
    _show_result(result, args, console)
    return 0


def cmd_submit(args: argparse.Namespace, console: Console) -> int:
    from ..runners import aws

    spec = _job_spec(args, args.inputs)
    deployment = aws.find_deployment(stack=args.stack, state_machine=args.state_machine)
    job = aws.submit(spec, deployment)
    if args.no_wait:
        console.print(job.job_id)
        return 0
    show_progress = not args.quiet and not args.json and console.is_terminal
    with ProgressBar(console, enabled=show_progress) as bar:
        job = aws.follow(job.job_id, deployment, on_progress=bar.update)
    if job.status != "SUCCEEDED":
        _error(f"job {job.job_id} {job.status}: {job.error or 'no error recorded'}")
        return 1
    result = aws.fetch_result(job.job_id, deployment, args.output)
    _show_result(result, args, console)
    return 0


def _show_result(result: dict[str, Any], args: argparse.Namespace, console: Console) -> None:
    from .render import input_warnings, print_summary

    if args.json:
        sys.stdout.write(msgspec.json.format(msgspec.json.encode(result), indent=2).decode() + "\n")
    else:
        print_summary(result, console)
    for warning in input_warnings(result):
        _error(f"warning: {warning}")


def cmd_serve(args: argparse.Namespace, console: Console) -> int:
    import os

    from aiohttp import web

    from ..api.auth import new_token
    from ..engine.spec import DEFAULT_PARTITIONS, DEFAULT_SPLIT_SIZE
    from ..runners.local import local_job_store, logmr_home
    from ..server.gateway import build_app
    from ..server.service import LocalJobService

    token = os.environ.get("LOGMR_API_TOKEN") or new_token()
    home = logmr_home()
    os.umask(0o077)  # results and work files of the server's jobs are the operator's alone
    roots = [Path(d) for d in (args.data or ["."])]
    missing = [str(root) for root in roots if not root.is_dir()]
    if missing:
        raise UsageError(f"--data must name existing folders: {', '.join(missing)}")
    registered = _register_jobs(args.jobs)
    service = LocalJobService(
        local_job_store(),
        home / "work",
        roots,
        args.allow_bucket,
        {"split_size": DEFAULT_SPLIT_SIZE, "partitions": DEFAULT_PARTITIONS},
        workers=args.workers,
        task_timeout=args.task_timeout,
    )
    frontend = _frontend()
    application = build_app(service, token, frontend if frontend.is_dir() else None)
    url = f"http://{args.host}:{args.port}"
    console.print(f"logmr serve: {url}/?token={token}", markup=False, soft_wrap=True)
    console.print(f"  API: curl -H 'Authorization: Bearer {token}' {url}/jobs", markup=False, soft_wrap=True)
    console.print(f"  live updates: ws://{args.host}:{args.port}/live?token={token}", markup=False, soft_wrap=True)
    if registered:
        console.print(f"  registered jobs: {', '.join(registered)}", markup=False, soft_wrap=True)
    web.run_app(application, host=args.host, port=args.port, print=None, handle_signals=True)
    return 0


def _register_jobs(sources: list[str]) -> list[str]:
    """Load `--jobs` sources now (a mistake stops the server before it starts) and name every
    source in LOGMR_JOB_MODULES, which the job workers read and which restricts this process and
    them to built-in and registered jobs (job/registry.py)."""
    import os

    from ..job import REGISTRY, JobSourceError
    from ..job.registry import JOB_MODULES_ENV, is_file_source

    names = []
    for source in sources:
        source = str(Path(source).expanduser().resolve()) if is_file_source(source) else source
        if "," in source:
            raise UsageError(f"--jobs {source!r}: a job source's name cannot hold a comma")
        try:
            names += REGISTRY.register(source)
        except JobSourceError as error:
            raise UsageError(f"--jobs: {error}") from None
    os.environ[JOB_MODULES_ENV] = ",".join(REGISTRY.sources())
    try:
        REGISTRY.jobs()  # two sources claiming one name, or a bad LOGMR_JOB_MODULES
    except JobSourceError as error:
        raise UsageError(str(error)) from None
    return sorted(REGISTRY.names())


def _frontend() -> Path:
    return Path(__file__).resolve().parents[3] / "frontend"


def cmd_deploy_dashboard(args: argparse.Namespace, console: Console) -> int:
    from ..runners.aws import deploy_dashboard

    if not (_frontend() / "index.html").exists():
        raise UsageError(f"no dashboard files in {_frontend()} (run from a checkout of logmr)")
    url = deploy_dashboard(args.stack, _frontend())
    console.print(f"dashboard: {url} (sign in with the API token)", markup=False, soft_wrap=True)
    return 0


def cmd_gen(args: argparse.Namespace, console: Console) -> int:
    from ..gen import generate

    started = time.perf_counter()
    compression = None if args.compress == "none" else args.compress
    files = generate(args.output, args.kind, args.size, args.seed, compression, args.workers)
    seconds = time.perf_counter() - started
    total = sum(f.stat().st_size for f in files)
    for file in files:
        console.print(f"{file}  {file.stat().st_size:,} bytes")
    console.print(f"wrote {total:,} bytes in {seconds:.1f} s")
    return 0


def cmd_analyses(args: argparse.Namespace, console: Console) -> int:
    from ..api.service import analyses

    for analysis in analyses():
        console.print(f"[bold]{analysis['name']}[/]: {analysis['description']}")
        for option in analysis["options"]:
            console.print(f"    {option['name']} (default {option['default']!r})")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `logmr` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    console = Console(stderr=False)
    try:
        return args.handler(args, console)
    except UsageError as error:
        parser.print_usage(sys.stderr)
        _error(f"error: {error}")
        return 2
    except USER_ERRORS as error:
        _error(f"error: {error}")
        return 2
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except Exception as error:  # the last line of defence: a message, not a traceback
        if isinstance(error, JobFailedError | TaskTimeoutError):
            _error(f"job failed: {error}")
        else:
            _error(f"unexpected error: {type(error).__name__}: {error}")
        return 1


def _error(message: str) -> None:
    sys.stderr.write(f"logmr: {message}\n")


if __name__ == "__main__":
    sys.exit(main())
