"""`logmr gen`: realistic sample logs, deterministic for a seed."""

from __future__ import annotations

import argparse
import time
from typing import TYPE_CHECKING, Any

from ..gen.catalog import PROFILES
from .job_args import byte_size, positive

if TYPE_CHECKING:
    from rich.console import Console


def _profiles_help() -> str:
    lines = ["profiles (--profile NAME: one file in the shape a real logger writes):"]
    lines += [f"  {name:16} {info.family:7} {info.description}" for name, info in PROFILES.items()]
    return "\n".join(lines)


def add_parser(commands: Any) -> None:
    gen = commands.add_parser(
        "gen",
        help="write realistic sample logs",
        description="Write realistic sample logs, deterministic for a seed.",
        epilog=_profiles_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    gen.add_argument("output", help="a folder (for --kind mixed) or a file")
    gen.add_argument("--size", type=byte_size, default=byte_size("100MiB"), help="uncompressed size (default 100MiB)")
    gen.add_argument("--kind", default="mixed", choices=["mixed", "json", "access", "syslog"])
    gen.add_argument(
        "--profile", choices=list(PROFILES), metavar="NAME", help="one file in a real logger's shape (listed below)"
    )
    gen.add_argument("--seed", type=int, default=1)
    gen.add_argument("--compress", choices=["none", "gzip", "zstd"], default="none")
    gen.add_argument("--workers", "-w", type=positive, help="processes (default: every core)")
    gen.set_defaults(handler=cmd_gen)


def cmd_gen(args: argparse.Namespace, console: Console) -> int:
    from ..gen import generate  # here, not at the top: its tables cost every other command ~4 ms at start

    started = time.perf_counter()
    compression = None if args.compress == "none" else args.compress
    kind = args.profile or args.kind
    if args.profile and args.kind != "mixed":
        console.print("--profile and --kind are exclusive: a profile is one kind of file")
        return 2
    files = generate(args.output, kind, args.size, args.seed, compression, args.workers)
    seconds = time.perf_counter() - started
    total = sum(f.stat().st_size for f in files)
    for file in files:
        console.print(f"{file}  {file.stat().st_size:,} bytes")
    console.print(f"wrote {total:,} bytes in {seconds:.1f} s")
    return 0
