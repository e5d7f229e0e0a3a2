"""The `logmr` command: the parser made of one module per command, and the one place where errors
become exit statuses and messages."""

from __future__ import annotations

import argparse
import sys

from rich.console import Console

from .. import __version__
from ..engine.inputs import InputError
from ..engine.spec import JobLimitError
from ..formats import UnknownFormatError
from ..job import JobOptionsError, UnknownAnalysisError
from ..runners import JobFailedError
from ..runners.aws import JobConflictError, StackNotFoundError
from ..runners.local import TaskTimeoutError
from ..storage import InvalidUriError, ObjectNotFoundError
from . import analyses, dashboard, diff, gen, run, serve, submit
from .errors import UsageError, print_error

COMMANDS = (run, submit, diff, serve, dashboard, gen, analyses)  # in the order `logmr --help` lists them

USER_ERRORS = (
    InputError,
    JobConflictError,
    JobLimitError,
    InvalidUriError,
    UnknownAnalysisError,
    JobOptionsError,
    UnknownFormatError,
    ObjectNotFoundError,
    StackNotFoundError,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="logmr", description="MapReduce over logs, on one machine or on AWS.")
    parser.add_argument("--version", action="version", version=f"logmr {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    for command in COMMANDS:
        command.add_parser(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `logmr` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    console = Console(stderr=False)
    try:
        return args.handler(args, console)
    except UsageError as error:
        parser.print_usage(sys.stderr)
        print_error(f"error: {error}")
        return 2
    except USER_ERRORS as error:
        print_error(f"error: {error}")
        return 2
    except KeyboardInterrupt:
        print_error("interrupted")
        return 130
    except Exception as error:  # the last line of defence: a message, not a traceback
        if isinstance(error, JobFailedError | TaskTimeoutError):
            print_error(f"job failed: {error}")
        else:
            print_error(f"unexpected error: {type(error).__name__}: {error}")
        return 1


if __name__ == "__main__":
    sys.exit(main())
