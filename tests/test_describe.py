"""An analysis describes itself once: its options (CLI flags, validation, GET /analyses, the OpenAPI
document) and its presentation (the terminal's tables and the dashboard's views) come from its
Options struct and its `presentation`, and agree with each other and with real summaries."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import msgspec
import pytest
from rich.console import Console

from helpers import run_job
from logmr.analyses import ANALYSES
from logmr.api.analyses import analyses
from logmr.api.openapi import openapi_document
from logmr.cli.errors import UsageError
from logmr.cli.job_args import add_job_arguments, job_options
from logmr.cli.main import main
from logmr.cli.render import print_summary
from logmr.job import JobOptionsError, load_job
from logmr.job.options import option_specs
from logmr.job.presentation import Bars, Histogram, Samples, Stacked, Table
from logmr.job.summary_text import folded, formatted, table_cells, value_at


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(exit_on_error=False)
    add_job_arguments(parser)
    parser.add_argument("inputs", nargs="*")
    return parser.parse_args(argv)


def options_from(argv: list[str]) -> dict[str, Any]:
    args = parse(argv)
    return job_options(args, type(load_job(args.analysis)))


@pytest.mark.parametrize("analysis", list(ANALYSES))
def test_every_option_is_a_flag_an_api_entry_and_an_openapi_property(analysis: str) -> None:
    cls = ANALYSES[analysis]
    specs = option_specs(cls.Options)
    names = [field.name for field in msgspec.structs.fields(cls.Options)]
    assert [spec.name for spec in specs] == names
    listed = {item["name"]: item for item in analyses()}[analysis]
    assert [option["name"] for option in listed["options"]] == names
    assert listed["options_schema"]["additionalProperties"] is False
    component = openapi_document()["components"]["schemas"][f"{analysis}-options"]
    assert list(component["properties"]) == names
    parser = argparse.ArgumentParser()
    add_job_arguments(parser)
    help_text = parser.format_help()
    for spec in specs:
        assert spec.help, f"{analysis}.{spec.name} has no description"
        assert spec.flag in help_text
        assert listed["options"][names.index(spec.name)]["default"] == msgspec.to_builtins(
            getattr(cls.Options(), spec.name)
        )


def test_flags_give_the_options_their_struct_takes() -> None:
    argv = ["templates", "--similarity", "0.7", "--levels", "error,FATAL", "--no-mask", "--depth", "5"]
    assert options_from(argv) == {
        "similarity": 0.7,
        "levels": ["error", "FATAL"],
        "mask": False,
        "depth": 5,
    }
    assert options_from(["wordcount", "--min-length", "3", "--drop-numbers"]) == {"min_length": 3, "drop_numbers": True}
    assert options_from(["timeline", "--interval", "300", "--year", "2024"]) == {"interval": 300, "year": 2024}
    assert options_from(["timeline", "--interval", "5m"]) == {"interval": "5m"}
    assert options_from(["http", "--raw-paths"]) == {"raw_paths": True}
    job = load_job("templates", options_from(["templates", "--levels", "error,FATAL"]))
    assert job.options.levels == ["ERROR", "FATAL"]


def test_map_options_take_pairs_and_files(tmp_path: Path) -> None:
    listed = tmp_path / "p.txt"
    listed.write_text("# mine\nslow=slow query\n")
    as_json = tmp_path / "p.json"
    as_json.write_text('{"fail": "Failed password", "slow": "overridden"}')
    argv = ["patterns", "--patterns-file", str(listed), "--patterns-file", str(as_json), "-p", "oom=Out of memory"]
    argv += ["--no-builtin-patterns"]
    assert options_from(argv) == {
        "patterns": {"slow": "overridden", "fail": "Failed password", "oom": "Out of memory"},
        "builtin": False,
    }


def test_a_flag_of_another_analysis_is_refused_by_name() -> None:
    with pytest.raises(UsageError, match="--similarity is an option of templates and parse, not of services"):
        options_from(["services", "--similarity", "0.5"])
    with pytest.raises(UsageError, match="--pattern is an option of patterns, not of wordcount"):
        options_from(["wordcount", "--pattern", "a=b"])


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["wordcount", "--min-length", "0"], "min_length"),
        (["templates", "--similarity", "1.5"], "similarity"),
        (["templates", "--depth", "2"], "depth"),
        (["timeline", "--year", "1900"], "year"),
        (["http", "--min-requests", "0"], "min_requests"),
    ],
)
def test_bounds_declared_with_the_option_are_enforced(argv: list[str], message: str) -> None:
    with pytest.raises(JobOptionsError, match=message):
        load_job(argv[0], options_from(argv))


def test_the_cli_reports_a_bound_as_a_usage_error(capsys: pytest.CaptureFixture, sample_dir: Path) -> None:
    assert main(["run", "wordcount", str(sample_dir), "--min-length", "0"]) == 2
    assert ">= 1" in capsys.readouterr().err


def test_formats() -> None:
    assert formatted(12345, "count") == "12,345"
    assert formatted(123456, "compact") == "123.5k" and formatted(2_345_678, "compact") == "2.35M"
    assert formatted(99_999, "compact") == "99,999"
    assert formatted(0.03291, "percent") == "3.29%" and formatted(0.25, "percent:1") == "25.0%"
    assert formatted(None, "ms") == "-" and formatted(1234.56, "ms") == "1,234.6"
    assert formatted({"a": 1200, "b": 3, "c": 1}, "top:2") == "a 1,200, b 3"
    assert [formatted(s, "duration") for s in (30, 300, 7200, 86400, 90)] == ["30s", "5m", "2h", "1d", "90s"]
    assert formatted("2026-11-30T12:00:00Z", "time") == "2026-11-30 12:00:00"
    assert formatted(["svc", None], "text") == "svc | -"
    assert value_at({"a": [{"b": 2}]}, "a.0.b") == 2 and value_at({"a": 1}, "a.b") is None
    assert value_at({"x": 1, "y": 2}, ["x", "y"]) == 3 and value_at({"m": "GET", "r": "/a"}, ["m", "r"]) == "GET /a"


def test_folding_a_series_keeps_its_sums() -> None:
    series = [{"time": f"t{i}", "total": i, "levels": {"INFO": i} if i % 2 else {"ERROR": 1}} for i in range(50)]
    rows, per_row = folded(series, 24)
    assert per_row == 3 and len(rows) == 17 and rows[0]["time"] == "t0"
    assert sum(r["total"] for r in rows) == sum(range(50))
    assert sum(r["levels"].get("ERROR", 0) for r in rows) == 25


def _paths(view: Any) -> tuple[str, list[Any]]:
    """The rows path of a view and the paths it reads in each row."""
    if isinstance(view, Table):
        return view.rows, [column.value for column in view.columns]
    if isinstance(view, Bars):
        return view.rows, [view.label, view.value]
    if isinstance(view, Stacked):
        return view.rows, [view.label, view.parts, view.total]
    if isinstance(view, Histogram):
        return view.rows, [view.time, view.parts, view.total]
    if isinstance(view, Samples):
        return view.rows, [view.samples]
    return "", []


@pytest.mark.parametrize("analysis", list(ANALYSES))
def test_every_path_a_view_reads_is_in_a_real_summary(analysis: str, sample_dir: Path, tmp_path: Path) -> None:
    options = {"patterns": {"get": "GET"}} if analysis == "patterns" else {}
    _, result = run_job(analysis, [sample_dir], tmp_path / "out", options=options)
    summary = result["summary"]
    for view in ANALYSES[analysis].presentation:
        rows_path, paths = _paths(view)
        if not rows_path:
            continue
        rows = value_at(summary, rows_path)
        assert rows, (analysis, rows_path)
        first = rows[0] if isinstance(rows, list) else list(next(iter(rows.items())))
        for path in paths:
            if path == "levels.FATAL" or (isinstance(path, list) and "levels.FATAL" in path):
                continue  # a level the first row need not have
            assert value_at(first, path) is not None, (analysis, rows_path, path)
    for view in ANALYSES[analysis].presentation:
        if isinstance(view, Table):
            cells = table_cells(view, summary)
            assert "{" not in cells.title and cells.rows
    console = Console(width=120, record=True)
    print_summary(result, ANALYSES[analysis].presentation, console)
    shown = console.export_text()
    first_table = next(view for view in ANALYSES[analysis].presentation if isinstance(view, Table))
    for cell in table_cells(first_table, summary).rows[0][:2]:
        assert cell.split()[0] in shown
