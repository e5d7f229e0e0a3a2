"""What every command may raise or print when a thing goes wrong; main.py maps errors to exit statuses."""

from __future__ import annotations

import sys


class UsageError(ValueError):
    """A bad command line; printed with a hint, exit status 2."""


def print_error(message: str) -> None:
    """`logmr: MESSAGE` on stderr, for errors and warnings alike."""
    sys.stderr.write(f"logmr: {message}\n")
