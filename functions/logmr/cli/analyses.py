"""`logmr analyses`: the built-in analyses and their options (with their flags), as the job API
and `logmr run --help` describe them (job/options.py)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from ..analyses import ANALYSES
from ..job.options import option_specs

if TYPE_CHECKING:
    from rich.console import Console


def add_parser(commands: Any) -> None:
    analyses = commands.add_parser("analyses", help="list the built-in analyses and their options")
    analyses.set_defaults(handler=cmd_analyses)


def cmd_analyses(args: argparse.Namespace, console: Console) -> int:
    from rich.markup import escape

    for name, cls in ANALYSES.items():
        console.print(f"[bold]{name}[/]: {escape(cls.description)}")
        for spec in option_specs(cls.Options):
            console.print(
                f"    {spec.name} ({spec.flag}, default {spec.default!r}): {escape(spec.help)}", highlight=False
            )
    return 0
