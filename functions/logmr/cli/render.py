"""Printing a finished job's summary for people."""

from __future__ import annotations

import sys
from typing import Any

import msgspec
from rich.console import Console
from rich.table import Table

from ..engine.sizes import format_size
from ..formats import LEVELS
from .errors import print_error

TOP = 15
TIMELINE_ROWS = 24


def _key_text(key: Any) -> str:
    if isinstance(key, list | tuple):
        return " | ".join("-" if k is None else str(k) for k in key)
    return str(key)


def _compact(n: int) -> str:
    """12,345 as is; larger counts as 123.5k or 1.24M, so that wide tables fit a terminal."""
    if n < 100_000:
        return f"{n:,}"
    if n < 1_000_000:
        return f"{n / 1000:.1f}k"
    return f"{n / 1_000_000:.2f}M"


def _top_table(summary: dict[str, Any]) -> Table:
    table = Table(title="Top results")
    table.add_column("key")
    table.add_column("value", justify="right")
    for key, value in summary.get("top", [])[:TOP]:
        table.add_row(_key_text(key), f"{value:,}" if isinstance(value, int) else str(value))
    return table


def _services_table(summary: dict[str, Any]) -> Table:
    table = Table(title=f"Records per service and level ({summary['distinct_services']} services)")
    table.add_column("service", overflow="fold", min_width=10)
    table.add_column("total", justify="right", no_wrap=True)
    for level in LEVELS:
        table.add_column(level, justify="right", no_wrap=True)
    table.add_column("errors", justify="right", no_wrap=True)
    for row in summary["services"][:TOP]:
        table.add_row(
            row["service"],
            _compact(row["total"]),
            *(_compact(row["levels"].get(lv, 0)) for lv in LEVELS),
            f"{row['error_rate']:.2%}",
        )
    levels = summary["levels"]
    table.add_section()
    table.add_row("all", _compact(summary["total"]), *(_compact(levels.get(lv, 0)) for lv in LEVELS), "")
    return table


def _patterns_table(summary: dict[str, Any], width: int) -> Table:
    table = Table(title="Pattern matches")
    table.add_column("pattern", no_wrap=True, min_width=12)
    table.add_column("records", justify="right", no_wrap=True, min_width=8)
    table.add_column("top services", overflow="fold", min_width=16)
    sample_width = max(16, width - 60)
    table.add_column("sample", no_wrap=True, max_width=sample_width)
    for row in summary["patterns"]:
        services = ", ".join(f"{s} {n:,}" for s, n in list(row["services"].items())[:3])
        sample = row["samples"][0] if row["samples"] else ""
        if len(sample) > sample_width:
            sample = sample[: sample_width - 1] + "…"
        table.add_row(row["pattern"], f"{row['count']:,}", services, sample)
    return table


def _ms(latency: dict[str, Any], name: str) -> str:
    value = latency.get(name)
    return "-" if value is None else f"{value:,.1f}"


def _http_table(summary: dict[str, Any]) -> Table:
    latency = summary["latency"]
    title = (
        f"HTTP: {summary['requests']:,} requests, {summary['error_rate']:.2%} 5xx, {summary['distinct_routes']} routes"
    )
    table = Table(title=title)
    table.add_column("route", overflow="fold", min_width=16)
    table.add_column("requests", justify="right", no_wrap=True)
    for status_class in ("4xx", "5xx"):
        table.add_column(status_class, justify="right", no_wrap=True)
    for name in ("p50", "p95", "p99"):
        table.add_column(f"{name} ms", justify="right", no_wrap=True)
    for row in summary["routes"][:TOP]:
        table.add_row(
            f"{row['method']} {row['route']}",
            _compact(row["requests"]),
            *(_compact(row["classes"].get(c, 0)) for c in ("4xx", "5xx")),
            *(_ms(row["latency"], name) for name in ("p50", "p95", "p99")),
        )
    table.add_section()
    classes = summary["classes"]
    table.add_row(
        "all",
        _compact(summary["requests"]),
        *(_compact(classes.get(c, 0)) for c in ("4xx", "5xx")),
        *(_ms(latency, name) for name in ("p50", "p95", "p99")),
    )
    return table


def _templates_table(summary: dict[str, Any], width: int) -> Table:
    title = f"Log templates ({summary['distinct_templates']:,} from {summary['total']:,} records)"
    table = Table(title=title)
    table.add_column("records", justify="right", no_wrap=True)
    table.add_column("share", justify="right", no_wrap=True)
    table.add_column("template", overflow="fold", max_width=max(30, width - 40))
    table.add_column("top service", overflow="fold", max_width=16)
    for row in summary["templates"][:TOP]:
        services = row.get("services") or {}
        top = next(iter(services), "")
        if len(top) > 16 and "." in top:  # Java loggers: the class name says enough
            top = "…" + top.rsplit(".", 1)[1]
        more = f" +{len(services) - 1}" if len(services) > 1 else ""
        table.add_row(_compact(row["count"]), f"{row['share']:.1%}", row["template"], top + more)
    return table


def _timeline_table(summary: dict[str, Any]) -> Table:
    series = summary["series"]
    per_row = max(1, -(-len(series) // TIMELINE_ROWS))
    rows = [series[i : i + per_row] for i in range(0, len(series), per_row)]
    seconds = summary["chart_interval"] * per_row
    title = f"Records per {_duration(seconds)} ({summary['total']:,} timed, {summary['untimed']:,} untimed)"
    table = Table(title=title)
    table.add_column("from (UTC)", no_wrap=True)
    table.add_column("records", justify="right", no_wrap=True)
    table.add_column("errors", justify="right", no_wrap=True)
    table.add_column("", no_wrap=True, min_width=10)
    totals = [sum(point["total"] for point in row) for row in rows]
    most = max(totals, default=0) or 1
    for row, total in zip(rows, totals, strict=True):
        errors = sum(point["levels"].get(lv, 0) for point in row for lv in ("ERROR", "FATAL"))
        table.add_row(
            row[0]["time"].replace("T", " ").rstrip("Z"),
            _compact(total),
            _compact(errors),
            "█" * round(20 * total / most),
        )
    return table


def _duration(seconds: int) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def input_warnings(result: dict[str, Any]) -> list[str]:
    """One line per input file left out (binary) or read only up to its damage (--skip-corrupt)."""
    lines = [f"left out {item['uri']}: {item['reason']}" for item in result.get("skipped_files", [])]
    lines += [
        f"read only up to the damage in {item['uri']}: {item['reason']}" for item in result.get("corrupt_files", [])
    ]
    return lines


def show_result(result: dict[str, Any], as_json: bool, console: Console) -> None:
    """What `run` and `submit` print at the end: result.json or the summary, then warnings on stderr."""
    if as_json:
        sys.stdout.write(msgspec.json.format(msgspec.json.encode(result), indent=2).decode() + "\n")
    else:
        print_summary(result, console)
    for warning in input_warnings(result):
        print_error(f"warning: {warning}")


def print_summary(result: dict[str, Any], console: Console | None = None) -> None:
    """The job's main table, then its counters, malformed samples, time and throughput."""
    console = console or Console()
    summary = result["summary"]
    if "services" in summary:
        console.print(_services_table(summary))
    elif "patterns" in summary:
        console.print(_patterns_table(summary, console.width))
    elif "templates" in summary:
        console.print(_templates_table(summary, console.width))
    elif "series" in summary:
        console.print(_timeline_table(summary))
        for peak in summary["peaks"][:3]:
            console.print(f"error peak {peak['time']}: {peak['errors']:,} ERROR and FATAL records")
    elif "routes" in summary:
        console.print(_http_table(summary))
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
