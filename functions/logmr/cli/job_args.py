"""What a job is made of on the command line, the same for `run` (local) and `submit` (a deployed
stack): the arguments, their types, the analysis options they add up to, and the JobSpec they build."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import msgspec

from ..analyses import ANALYSES
from ..engine.filters import job_filter
from ..engine.sizes import parse_size
from ..engine.spec import (
    DEFAULT_PARTITIONS,
    DEFAULT_SPLIT_SIZE,
    OUTPUT_FORMATS,
    TARGET_TASKS,
    JobSpec,
    check_partitions,
    check_split_size,
    new_job_id,
)
from ..formats import AUTO, FORMAT_NAMES
from ..job import Job, load_job, resolve_job_class
from ..job.options import OptionSpec, option_specs
from ..runners.local import DEFAULT_TASK_TIMEOUT
from .builtin_options import written_options
from .errors import UsageError


def byte_size(text: str) -> int:
    try:
        return parse_size(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be at least 1")
    return value


def non_negative(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} must be a whole number, 0 or more")
    return int(text)


def _pair(text: str, what: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise UsageError(f"{what} {text!r} must look like NAME=VALUE")
    return name, value


def _option_value(text: str) -> Any:
    try:
        return msgspec.json.decode(text)
    except msgspec.DecodeError:
        return text


def job_options(args: argparse.Namespace, job: type[Job]) -> dict[str, Any]:
    """The options the command line gives `job`: --option pairs, then its own flags (generated from
    the built-in analyses' Options, see `_add_option_arguments`)."""
    options: dict[str, Any] = {}
    for item in args.option or []:
        name, value = _pair(item, "--option")
        options[name] = _option_value(value)
    given = {key.partition(":")[2] for key in vars(args) if key.startswith(("option:", "option-file:"))}
    own = {spec.name for spec in option_specs(job.Options)}
    for name in sorted(given - own):
        spec, analyses = BUILTIN_OPTIONS[name]
        raise UsageError(f"{spec.flag} is an option of {' and '.join(analyses)}, not of {args.analysis}")
    for name in sorted(given):
        spec = BUILTIN_OPTIONS[name][0]
        if spec.kind == "map":
            pairs: dict[str, str] = {}
            for path in getattr(args, f"option-file:{name}", []):
                pairs.update(read_pairs_file(path))
            for item in getattr(args, f"option:{name}", []):
                key, value = _pair(item, spec.flag)
                pairs[key] = value
            options[name] = pairs
        else:
            options[name] = getattr(args, f"option:{name}")
    return options


def read_pairs_file(path: str) -> dict[str, str]:
    """NAME=VALUE lines (blank lines and # comments skipped), or a JSON object of name -> text."""
    try:
        text = Path(path).read_text()
    except OSError as error:
        raise UsageError(f"cannot read {path}: {error.strerror}") from None
    if text.lstrip().startswith("{"):
        try:
            loaded = msgspec.json.decode(text, type=dict[str, str])
        except msgspec.MsgspecError as error:
            raise UsageError(f"{path} is not a JSON object of name -> text: {error}") from None
        return loaded
    patterns = {}
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("#"):
            name, sep, regex = line.partition("=")
            if not sep or not name.strip():
                raise UsageError(f"{path}:{number}: expected NAME=VALUE, got {line!r}")
            patterns[name.strip()] = regex.strip()
    return patterns


def add_job_arguments(parser: argparse.ArgumentParser) -> None:
    """The analysis and how the job runs it, then the analysis options, then what is printed."""
    parser.add_argument("analysis", help=f"{', '.join(ANALYSES)}, or FILE.py:CLASS / module:CLASS")
    _add_execution_arguments(parser)
    _add_option_arguments(parser)
    parser.add_argument(
        "--skip-corrupt",
        action="store_true",
        help="keep what a truncated or damaged .gz/.zst input holds before the damage, list it in "
        "result.json, and go on (default: the job fails naming the file)",
    )
    _add_filter_arguments(parser)
    parser.add_argument("--output", "-o", help="results folder (default: logmr-results/JOB_ID)")
    parser.add_argument(
        "--output-format",
        choices=OUTPUT_FORMATS,
        default="jsonl",
        help="how the result rows are written: JSON lines (part-*.jsonl, the default) or Parquet "
        "(part-*.parquet, for DuckDB, polars, pandas)",
    )
    parser.add_argument("--json", action="store_true", help="print result.json instead of tables")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bar")


def _add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("which records (applied before the analysis)")
    group.add_argument(
        "--where",
        action="append",
        metavar="EXPR",
        help="FIELD=VALUE, FIELD!=VALUE, 'FIELD in (A, B)', FIELD~REGEX, level>=LEVEL; fields: level, service, "
        "host, status, method, path, message, fields.NAME (repeatable: all must hold)",
    )
    group.add_argument("--since", metavar="TIME", help="records at or after: ISO 8601 (any offset) or 90m, 6h, 7d ago")
    group.add_argument("--until", metavar="TIME", help="records before: ISO 8601 or 90m, 6h, 7d ago")


def _add_execution_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--partitions",
        "-r",
        type=positive,
        default=DEFAULT_PARTITIONS,
        help=f"reduce partitions (default {DEFAULT_PARTITIONS})",
    )
    parser.add_argument(
        "--split-size",
        type=byte_size,
        default=None,
        help=f"bytes per map task, e.g. 256KiB, 64MiB (default: {DEFAULT_SPLIT_SIZE >> 20}MiB, more past"
        f" {TARGET_TASKS:,} tasks)",
    )
    parser.add_argument(
        "--format", "-f", default=AUTO, choices=[AUTO, *FORMAT_NAMES], help="input format (default: detected per file)"
    )
    parser.add_argument(
        "--combine-keys",
        type=positive,
        default=400_000,
        help="keys a map task holds in memory before spilling to disk (default 400000; words counted in "
        "Arrow, compact, hold up to 4x as many before a merge and spill past 2.5x distinct)",
    )
    parser.add_argument(
        "--combine-memory",
        type=byte_size,
        default=256 * 2**20,
        help="estimated memory a map task's combiner may use before spilling, e.g. 512MiB (default 256MiB)",
    )


BUILTIN_OPTIONS = written_options()


def _add_option_arguments(parser: argparse.ArgumentParser) -> None:
    """--option for any job's options, then one flag per built-in analysis option, by analysis."""
    parser.add_argument(
        "--option",
        "-O",
        action="append",
        metavar="NAME=VALUE",
        help="any job option (value parsed as JSON when it is JSON)",
    )
    groups: dict[str, Any] = {}
    for spec, analyses in BUILTIN_OPTIONS.values():
        if analyses[0] not in groups:
            groups[analyses[0]] = parser.add_argument_group(f"{analyses[0]} options")
        _add_flag(groups[analyses[0]], spec, analyses)


def _add_flag(group: Any, spec: OptionSpec, analyses: list[str]) -> None:
    names = [spec.flag, *([spec.short] if spec.short else [])]
    shared = f" ({', '.join(analyses)})" if len(analyses) > 1 else ""
    shown = spec.kind not in ("switch", "negated") and spec.default not in (None, [], {})
    default = f" (default {spec.default})" if shown else ""
    help = ("turn off: " if spec.kind == "negated" else "") + spec.help + default + shared
    common = {"dest": f"option:{spec.name}", "default": argparse.SUPPRESS, "help": help}
    if spec.kind in ("switch", "negated"):
        group.add_argument(*names, action="store_const", const=spec.kind == "switch", **common)
    elif spec.kind == "map":
        group.add_argument(*names, action="append", metavar=spec.metavar or "NAME=VALUE", **common)
        group.add_argument(
            f"--{spec.name.replace('_', '-')}-file",
            action="append",
            metavar="FILE",
            dest=f"option-file:{spec.name}",
            default=argparse.SUPPRESS,
            help=f"NAME=VALUE lines or a JSON object, for {spec.flag} (repeatable)",
        )
    elif spec.kind == "list":
        group.add_argument(*names, action="extend", type=_listed, metavar="A,B", **common)
    else:
        kinds = {"integer": int, "number": float, "string": str}
        metavar = spec.kind.upper() if spec.kind in kinds else "VALUE"
        group.add_argument(*names, type=kinds.get(spec.kind, _option_value), metavar=metavar, **common)


def _listed(text: str) -> list[Any]:
    return [_option_value(item.strip()) for item in text.split(",") if item.strip()]


def add_task_timeout(parser: argparse.ArgumentParser) -> None:
    """--task-timeout, for the commands that run tasks on this machine (`run`, `serve`)."""
    parser.add_argument(
        "--task-timeout",
        type=positive,
        default=int(DEFAULT_TASK_TIMEOUT),
        metavar="SECONDS",
        help=f"stop a task running longer and fail the job (default {DEFAULT_TASK_TIMEOUT:g}, as on Lambda)",
    )


def job_spec(args: argparse.Namespace, inputs: list[str]) -> JobSpec:
    """The job the command line describes; a bad analysis, option or regex fails here, before any work."""
    options = job_options(args, resolve_job_class(args.analysis))
    load_job(args.analysis, options)
    if args.split_size is not None:
        check_split_size(args.split_size)
    check_partitions(args.partitions)
    where, since, until = job_filter(args.where or [], args.since, args.until)
    return JobSpec(
        job_id=new_job_id(args.analysis),
        analysis=args.analysis,
        inputs=inputs,
        options=options,
        format=args.format,
        split_size=args.split_size,
        partitions=args.partitions,
        combine_max_keys=args.combine_keys,
        combine_max_bytes=args.combine_memory,
        batch=not getattr(args, "no_batch", False),
        skip_corrupt=args.skip_corrupt,
        where=where,
        since=since,
        until=until,
        output_format=args.output_format,
    )
