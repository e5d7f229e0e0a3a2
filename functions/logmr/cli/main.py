"""The `logmr` command: the parser made of one module per command, and the one place where errors
become exit statuses and messages."""

from __future__ import annotations

import argparse
import atexit
import contextlib
import os
import sys
from typing import TYPE_CHECKING, Any

from .. import __version__
from ..engine.inputs import InputError
from ..engine.spec import JobLimitError
from ..formats import UnknownFormatError
from ..job import JobOptionsError, UnknownAnalysisError
from ..runners import JobFailedError
from ..runners.local import TaskTimeoutError
from ..storage import InvalidUriError, ObjectNotFoundError
from . import analyses, dashboard, diff, gen, run, serve, submit
from .errors import UsageError, print_error

if TYPE_CHECKING:
    from rich.console import Console

COMMANDS = (run, submit, diff, serve, dashboard, gen, analyses)  # in the order `logmr --help` lists them

USER_ERRORS = (
    InputError,
    JobLimitError,
    InvalidUriError,
    UnknownAnalysisError,
    JobOptionsError,
    UnknownFormatError,
    ObjectNotFoundError,
)


def _user_errors() -> tuple[type[Exception], ...]:
    """USER_ERRORS, and the AWS client's where a command imported it (only `submit` and
    `deploy-dashboard` do: an error of a module not imported was never raised)."""
    aws = sys.modules.get("logmr.runners.aws")
    return USER_ERRORS if aws is None else (*USER_ERRORS, aws.JobConflictError, aws.StackNotFoundError)


class _LazyConsole:
    """rich's Console, made (and rich imported) when a command first prints with it: a run with
    --json prints none of it (--quiet still prints the summary's tables)."""

    def __init__(self) -> None:
        self._console: Console | None = None

    def real(self) -> Console:
        if self._console is None:
            from rich.console import Console

            self._console = Console(stderr=False)
        return self._console

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real(), name)

    # rich's live display (the progress bar) uses its console as a context manager: dunder
    # methods are looked up on the class, never through __getattr__.
    def __enter__(self) -> Console:
        return self.real().__enter__()

    def __exit__(self, *exc: Any) -> None:
        self.real().__exit__(*exc)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="logmr", description="MapReduce over logs, on one machine or on AWS.")
    parser.add_argument("--version", action="version", version=f"logmr {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    for command in COMMANDS:
        command.add_parser(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `logmr` console script (`argv` None: the program's own arguments, the
    process ending with the status this returns once the interpreter exits: _end_now)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    args.own_process = argv is None  # (the program itself, not a call from Python: see run.py)
    status: list[int] = []
    if argv is None:
        atexit.register(_end_now, status)  # (first registered: run after what the command registers)
    console = _LazyConsole()
    try:
        status.append(_handle(parser, args, console))
    except BaseException:
        status.clear()  # an exit of another kind: the interpreter's own, whole
        raise
    return status[0]


def _handle(parser: argparse.ArgumentParser, args: argparse.Namespace, console: _LazyConsole) -> int:
    """Run the command; errors become exit statuses and messages."""
    try:
        return args.handler(args, console)
    except UsageError as error:
        parser.print_usage(sys.stderr)
        print_error(f"error: {error}")
        return 2
    except KeyboardInterrupt:
        print_error("interrupted")
        return 130
    except Exception as error:  # the last line of defence: a message, not a traceback
        if isinstance(error, _user_errors()):
            print_error(f"error: {error}")
            return 2
        if isinstance(error, JobFailedError | TaskTimeoutError):
            print_error(f"job failed: {error}")
        else:
            print_error(f"unexpected error: {type(error).__name__}: {error}")
        return 1


def _end_now(status: list[int]) -> None:
    """The program's last exit handler: end the process with main()'s status without the
    interpreter's finalization, which freed every object the run left one by one and closed the
    job store's connection, checkpointing its WAL into jobs.db (10-15 ms of every run). What the
    run wrote is written (files closed, SQLite's commits in its WAL); the output streams and
    logging's handlers are flushed here. Nothing is skipped when main() raised, nor when an
    exception its caller did not catch ends the program (its status is then the interpreter's)."""
    if not status or hasattr(sys, "last_value"):
        return
    if "logging" in sys.modules:
        sys.modules["logging"].shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe (`logmr ... | head`), a closed stream
            stream.flush()
    os._exit(status[0])


if __name__ == "__main__":
    sys.exit(main())
