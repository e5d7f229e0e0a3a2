"""`logmr analyses`: the built-in analyses and their options, as the job API describes them."""

from __future__ import annotations

import argparse
from typing import Any

from rich.console import Console


def add_parser(commands: Any) -> None:
    analyses = commands.add_parser("analyses", help="list the built-in analyses and their options")
    analyses.set_defaults(handler=cmd_analyses)


def cmd_analyses(args: argparse.Namespace, console: Console) -> int:
    from ..api.operations import analyses  # here, not at the top: the job API costs every other command ~4 ms at start

    for analysis in analyses():
        console.print(f"[bold]{analysis['name']}[/]: {analysis['description']}")
        for option in analysis["options"]:
            console.print(f"    {option['name']} (default {option['default']!r})")
    return 0
