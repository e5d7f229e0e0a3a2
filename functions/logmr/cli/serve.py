"""`logmr serve`: the HTTP job API, its WebSocket and the dashboard, running jobs on this machine."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..engine.spec import DEFAULT_PARTITIONS
from ..job import REGISTRY, JobSourceError
from ..job.registry import JOB_MODULES_ENV, is_file_source
from ..runners.local import local_job_store, logmr_home
from .dashboard import frontend_dir
from .errors import UsageError
from .job_args import add_task_timeout, positive

if TYPE_CHECKING:
    from rich.console import Console


def add_parser(commands: Any) -> None:
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
    serve.add_argument("--workers", "-w", type=positive, help="processes per job (default: every core)")
    add_task_timeout(serve)
    serve.add_argument(
        "--jobs",
        action="append",
        default=[],
        metavar="FILE_OR_MODULE",
        help="jobs the API may run besides the built-in analyses: the Job classes of a Python file or module, "
        "by their name attribute or class name (repeatable; also LOGMR_JOB_MODULES, comma-separated)",
    )
    serve.set_defaults(handler=cmd_serve)


def cmd_serve(args: argparse.Namespace, console: Console) -> int:
    # Imported here, not at the top, for every other command's start: the gateway needs aiohttp
    # (about half a second to import), the local job service the job API (a few ms).
    from ..api.auth import new_token
    from ..server.gateway import build_app
    from ..server.local_service import LocalJobService
    from ..server.runner import run

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
        {"split_size": None, "partitions": DEFAULT_PARTITIONS},
        workers=args.workers,
        task_timeout=args.task_timeout,
    )
    frontend = frontend_dir()
    application = build_app(service, token, frontend if frontend.is_dir() else None)
    url = f"http://{args.host}:{args.port}"
    console.print(f"logmr serve: {url}/?token={token}", markup=False, soft_wrap=True)
    console.print(f"  API: curl -H 'Authorization: Bearer {token}' {url}/jobs", markup=False, soft_wrap=True)
    console.print(f"  live updates: ws://{args.host}:{args.port}/live?token={token}", markup=False, soft_wrap=True)
    if registered:
        console.print(f"  registered jobs: {', '.join(registered)}", markup=False, soft_wrap=True)
    run(application, args.host, args.port)
    return 0


def _register_jobs(sources: list[str]) -> list[str]:
    """Load `--jobs` sources now (a mistake stops the server before it starts) and name every
    source in LOGMR_JOB_MODULES, which the job workers read and which restricts this process and
    them to built-in and registered jobs (job/registry.py)."""
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
