"""What a job is made of on the command line, the same for `run` (local) and `submit` (a deployed
stack): the arguments, their types, the analysis options they add up to, and the JobSpec they build."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import msgspec

from ..analyses import ANALYSES
from ..engine.sizes import parse_size
from ..engine.spec import DEFAULT_PARTITIONS, DEFAULT_SPLIT_SIZE, JobSpec, check_split_size, new_job_id
from ..formats import AUTO, FORMATS
from ..job import load_job
from ..runners.local import DEFAULT_TASK_TIMEOUT
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


def job_options(args: argparse.Namespace) -> dict[str, Any]:
    """The analysis options the command line asks for, as the job's Options struct expects them."""
    options: dict[str, Any] = {}
    for item in args.option or []:
        name, value = _pair(item, "--option")
        options[name] = _option_value(value)
    if args.min_length is not None:
        options["min_length"] = args.min_length
    if args.drop_numbers:
        options["drop_numbers"] = True
    patterns: dict[str, str] = {}
    for path in args.patterns_file or []:
        patterns.update(read_patterns_file(path))
    for item in args.pattern or []:
        name, regex = _pair(item, "--pattern")
        patterns[name] = regex
    if patterns:
        options["patterns"] = patterns
    if args.no_builtin_patterns:
        options["builtin"] = False
    return options


def read_patterns_file(path: str) -> dict[str, str]:
    """NAME=REGEX lines (blank lines and # comments skipped), or a JSON object of name -> regex."""
    try:
        text = Path(path).read_text()
    except OSError as error:
        raise UsageError(f"cannot read patterns file {path}: {error.strerror}") from None
    if text.lstrip().startswith("{"):
        try:
            loaded = msgspec.json.decode(text, type=dict[str, str])
        except msgspec.MsgspecError as error:
            raise UsageError(f"patterns file {path} is not a JSON object of name -> regex: {error}") from None
        return loaded
    patterns = {}
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("#"):
            name, sep, regex = line.partition("=")
            if not sep or not name.strip():
                raise UsageError(f"{path}:{number}: expected NAME=REGEX, got {line!r}")
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
    parser.add_argument("--output", "-o", help="results folder (default: logmr-results/JOB_ID)")
    parser.add_argument("--json", action="store_true", help="print result.json instead of tables")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bar")


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
        default=DEFAULT_SPLIT_SIZE,
        help="bytes per map task, e.g. 256KiB, 64MiB (default 64MiB)",
    )
    parser.add_argument(
        "--format", "-f", default=AUTO, choices=[AUTO, *FORMATS], help="input format (default: detected per file)"
    )
    parser.add_argument(
        "--combine-keys",
        type=positive,
        default=400_000,
        help="keys a map task holds in memory before spilling to disk (default 400000)",
    )
    parser.add_argument(
        "--combine-memory",
        type=byte_size,
        default=256 * 2**20,
        help="estimated memory a map task's combiner may use before spilling, e.g. 512MiB (default 256MiB)",
    )


def _add_option_arguments(parser: argparse.ArgumentParser) -> None:
    """The analysis options: --option for any, a few shorthands for the built-in analyses' own."""
    parser.add_argument(
        "--pattern",
        "-p",
        action="append",
        metavar="NAME=REGEX",
        help="a pattern to count (patterns analysis; repeatable)",
    )
    parser.add_argument(
        "--patterns-file",
        action="append",
        metavar="FILE",
        help="NAME=REGEX lines or a JSON object of patterns (repeatable)",
    )
    parser.add_argument("--no-builtin-patterns", action="store_true", help="only count your own patterns")
    parser.add_argument("--min-length", type=positive, help="wordcount: shortest word counted")
    parser.add_argument("--drop-numbers", action="store_true", help="wordcount: skip words made of digits")
    parser.add_argument(
        "--option",
        "-O",
        action="append",
        metavar="NAME=VALUE",
        help="any job option (value parsed as JSON when it is JSON)",
    )


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
    options = job_options(args)
    load_job(args.analysis, options)
    check_split_size(args.split_size)
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
    )
