"""Printing a finished job's summary for people."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

from ..formats import LEVELS
from .sizes import format_size

TOP = 15


def _key_text(key: Any) -> str:
    if isinstance(key, list | tuple):
        return " | ".join("-" if k is None else str(k) for k in key)
    return str(key)


def _top_table(summary: dict[str, Any]) -> Table:
    table = Table(title="Top results")
    table.add_column("key")
    table.add_column("value", justify="right")
    for key, value in summary.get("top", [])[:TOP]:
        table.add_row(_key_text(key), f"{value:,}" if isinstance(value, int) else str(value))
    return table


def _services_table(summary: dict[str, Any]) -> Table:
    table = Table(title=f"Records per service and level ({summary['distinct_services']} services)")
    table.add_column("service")
    table.add_column("total", justify="right")
    for level in LEVELS:
        table.add_column(level, justify="right")
    table.add_column("error rate", justify="right")
    for row in summary["services"][:TOP]:
        table.add_row(
            row["service"],
            f"{row['total']:,}",
            *(f"{row['levels'].get(lv, 0):,}" for lv in LEVELS),
            f"{row['error_rate']:.2%}",
        )
    levels = summary["levels"]
    table.add_section()
    table.add_row("all", f"{summary['total']:,}", *(f"{levels.get(lv, 0):,}" for lv in LEVELS), "")
    return table


def _patterns_table(summary: dict[str, Any]) -> Table:
    table = Table(title="Pattern matches")
    table.add_column("pattern")
    table.add_column("records", justify="right")
    table.add_column("top services")
    table.add_column("sample", overflow="ellipsis", no_wrap=True, max_width=60)
    for row in summary["patterns"]:
        services = ", ".join(f"{s} {n:,}" for s, n in list(row["services"].items())[:3])
        table.add_row(row["pattern"], f"{row['count']:,}", services, row["samples"][0] if row["samples"] else "")
    return table


def print_summary(result: dict[str, Any], console: Console | None = None) -> None:
    """The job's main table, then its counters, malformed samples, time and throughput."""
    console = console or Console()
    summary = result["summary"]
    if "services" in summary:
        console.print(_services_table(summary))
    elif "patterns" in summary:
        console.print(_patterns_table(summary))
    else:
        console.print(_top_table(summary))
        if "total" in summary:
            console.print(f"total {summary['total']:,} over {summary['distinct_keys']:,} distinct keys")
    counters = result["counters"]
    seconds = result["timings"].get("total", 0.0) or 1e-9
    console.print(
        f"[bold]{result['job_id']}[/]: {counters['records']:,} records "
        f"({format_size(counters['bytes'])}) from {counters['splits']} splits into "
        f"{counters['partitions']} partitions in {seconds:.2f} s: "
        f"{counters['records'] / seconds:,.0f} records/s, {format_size(counters['bytes'] / seconds)}/s"
    )
    if counters["malformed"]:
        console.print(f"[yellow]{counters['malformed']:,} malformed lines[/] (skipped), for example:")
        for sample in result.get("malformed_samples", [])[:3]:
            console.print(f"  {sample[:200]!r}", markup=False)
    if result.get("output_dir"):
        console.print(f"results: {result['output_dir']}/result.json and part-*.jsonl")
