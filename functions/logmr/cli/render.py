"""Printing a finished job's summary for people."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import msgspec

from ..engine.sizes import format_size
from ..job.presentation import Table, Text, View
from ..job.summary_text import NUMERIC, filled, table_cells, value_at
from .errors import print_error

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table as RichTable


def _table(view: Table, summary: dict[str, Any], width: int) -> RichTable:
    from rich.table import Table as RichTable
    from rich.text import Text as RichText

    shown = table_cells(view, summary)
    table = RichTable(title=RichText(shown.title))  # (cells as text, not markup: a template's `[/var/lib]`)
    for column in view.columns:
        kind = column.format.partition(":")[0]
        if kind in NUMERIC:
            table.add_column(column.title, justify="right", no_wrap=True)
        elif kind == "bar":
            table.add_column(column.title, no_wrap=True, min_width=10)
        elif column.cut:
            table.add_column(column.title, overflow="ellipsis", no_wrap=True, max_width=max(16, width - 60))
        else:
            table.add_column(column.title, overflow="fold", min_width=10)
    for row in shown.rows:
        table.add_row(*map(RichText, row))
    if shown.total:
        table.add_section()
        table.add_row(*map(RichText, shown.total))
    return table


def input_warnings(result: dict[str, Any]) -> list[str]:
    """One line per input file left out (binary) or read only up to its damage (--skip-corrupt)."""
    lines = [f"left out {item['uri']}: {item['reason']}" for item in result.get("skipped_files", [])]
    lines += [
        f"read only up to the damage in {item['uri']}: {item['reason']}" for item in result.get("corrupt_files", [])
    ]
    return lines


def show_result(result: dict[str, Any], as_json: bool, views: list[View], console: Console) -> None:
    """What `run` and `submit` print at the end: result.json or the summary shown as `views`, then
    warnings on stderr."""
    if as_json:
        sys.stdout.write(msgspec.json.format(msgspec.json.encode(result), indent=2).decode() + "\n")
    else:
        print_summary(result, views, console)
    for warning in input_warnings(result):
        print_error(f"warning: {warning}")


def print_summary(result: dict[str, Any], views: list[View], console: Console | None = None) -> None:
    """The job's tables and text (its presentation: job/presentation.py), then its counters,
    malformed samples, time and throughput."""
    if console is None:
        from rich.console import Console

        console = Console()
    summary = result["summary"]
    for view in views:
        if isinstance(view, Table):
            console.print(_table(view, summary, console.width))
        elif isinstance(view, Text) and (view.when is None or value_at(summary, view.when)):
            console.print(filled(view.template, summary), markup=False)
    counters = result["counters"]
    seconds = result["timings"].get("total", 0.0) or 1e-9
    console.print(
        f"[bold]{result['job_id']}[/]: {counters['records']:,} records "
        f"({format_size(counters['bytes'])}) from {counters['splits']} splits into "
        f"{counters['partitions']} partitions in {seconds:.2f} s: "
        f"{counters['records'] / seconds:,.0f} records/s, {format_size(counters['bytes'] / seconds)}/s"
    )
    if "filtered" in counters:
        kept = counters["records"] - counters["filtered"] - counters["untimed"]
        console.print(
            f"{kept:,} records kept: {counters['filtered']:,} filtered out, {counters['untimed']:,} without a time"
        )
    if counters.get("pruned_files"):
        console.print(
            f"{counters['pruned_files']:,} inputs ({format_size(counters['pruned_bytes'])}) not read: "
            "their names date them outside the window"
        )
    if counters["malformed"]:
        console.print(f"[yellow]{counters['malformed']:,} malformed lines[/] (skipped), for example:")
        for sample in result.get("malformed_samples", [])[:3]:
            console.print(f"  {sample[:200]!r}", markup=False)
    if result.get("output_dir"):
        parquet = any(name.endswith(".parquet") for name in result.get("outputs", []))
        parts = "part-*.parquet" if parquet else "part-*.jsonl"
        console.print(f"results: {result['output_dir']}/result.json and {parts}")
    compared = (result.get("cost") or {}).get("estimate_vs_actual")
    if compared:
        console.print(estimate_vs_actual(compared), markup=False)


def estimate_vs_actual(compared: dict[str, dict[str, Any]]) -> str:
    """One line of a finished AWS job's cost and time beside the estimate made when it was planned."""
    usd, seconds = compared["usd"], compared["seconds"]
    took = f"{seconds['actual']:,.1f} s" if seconds["actual"] is not None else "?"
    return (
        f"on AWS: ${usd['actual']:.6f} (estimated ${usd['estimate']:.6f}), {took} to finalize "
        f"(estimated {seconds['estimate']:,.1f} s); state transitions {compared['state_transitions']['actual']:,} "
        f"(estimated {compared['state_transitions']['estimate']:,}), Lambda GB-s "
        f"{compared['lambda_gb_seconds']['actual']:,.1f} (estimated {compared['lambda_gb_seconds']['estimate']:,.1f})"
    )
