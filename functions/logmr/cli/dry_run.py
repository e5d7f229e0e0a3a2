"""`--dry-run` of `logmr run` and `logmr submit`: list and plan the inputs, print the splits, tasks,
modeled time and cost of the job on AWS (engine/estimate.py), and start nothing."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from ..engine.estimate import Capacity, dry_run
from ..engine.sizes import format_size
from ..engine.spec import JobSpec
from .job_args import positive

if TYPE_CHECKING:
    from rich.console import Console

DEFAULTS = Capacity()


def add_dry_run_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("estimate before running (the stack's settings, template.yaml's defaults)")
    group.add_argument(
        "--dry-run", action="store_true", help="list and plan the inputs, print the modeled time and cost on AWS"
    )
    group.add_argument("--memory", type=positive, default=DEFAULTS.memory_mb, help="map/reduce Lambda memory, MB")
    group.add_argument("--map-concurrency", type=positive, default=DEFAULTS.map_concurrency, help="map tasks at once")
    group.add_argument(
        "--reduce-concurrency", type=positive, default=DEFAULTS.reduce_concurrency, help="reduce tasks at once"
    )
    group.add_argument("--architecture", choices=("x86_64", "arm64"), default=DEFAULTS.architecture)


def capacity_of(args: argparse.Namespace) -> Capacity:
    return Capacity(
        memory_mb=args.memory,
        map_concurrency=args.map_concurrency,
        reduce_concurrency=args.reduce_concurrency,
        architecture=args.architecture,
    )


def show_estimate(document: dict[str, Any], as_json: bool, console: Console) -> None:
    """The estimate as JSON, or as a short report and a table of cost line items."""
    if as_json:
        console.print_json(json.dumps(document))
        return
    inputs = document["inputs"]
    for item in inputs["shown"]:
        console.print(
            f"  {item['uri']}  {format_size(item['bytes'])}  {item['format']}  {item['splits']} splits", markup=False
        )
    if inputs["files"] > len(inputs["shown"]):
        console.print(f"  ... and {inputs['files'] - len(inputs['shown']):,} more files")
    usage, seconds = document["cost"]["usage"], document["seconds"]
    console.print(
        f"{inputs['files']:,} files, {format_size(inputs['bytes'])} -> {document['splits']:,} splits; "
        f"map tasks per step {document['tasks']['map']}, reduce tasks {document['tasks']['reduce']}; "
        f"{usage['state_transitions']:,} state transitions, {usage['lambda_gb_seconds']:,.1f} Lambda GB-s, "
        f"{usage['s3_get']:,} S3 GETs, {usage['s3_put']:,} PUTs"
    )
    phases = ", ".join(f"{name} {value:,.1f} s" for name, value in seconds.items() if name != "total")
    console.print(f"modeled wall time on AWS: {seconds['total']:,.1f} s ({phases})")
    from rich.table import Table

    table = Table(title="modeled cost on AWS (USD)")
    table.add_column("line item")
    table.add_column("USD", justify="right")
    for name, value in document["cost"]["items_usd"].items():
        table.add_row(name, f"{value:.6f}")
    table.add_section()
    table.add_row("total", f"{document['cost']['usd']:.6f}")
    console.print(table)
    console.print(f"rates: {document['rates']['command']} ({document['rates']['measured']}); nothing was started")


def cmd_dry_run(args: argparse.Namespace, spec: JobSpec, console: Console, s3_client: Any | None = None) -> int:
    show_estimate(dry_run(spec, capacity_of(args), s3_client), args.json, console)
    return 0
