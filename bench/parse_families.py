"""`logmr run parse` on each input family (`logmr gen --profile NAME`), this tree beside another.

    .venv/bin/python bench/parse_families.py [--size 64MB] [--repeat 2] [--before TREE]
        [--profiles logback,pino,...] [--data DIR] [--out bench/results/parse_families.json]

bench/parse.py measures parse on loghub's system logs, whose records are one line each, timed to
the second, in no JSON. Logs as applications write them differ: Java and Python stack traces make
records of several lines, their times hold milliseconds (every record's time its own), JSON
loggers write `pid` among their keys, syslog has malformed lines. Each of these once sent a
block down a path that reads it record by record. This runs parse (2 workers, JSON lines parts)
on one generated file per family, and with `--before TREE` (a checkout's folder: its `functions`
put first on PYTHONPATH, the same venv) that tree's parse on the same file, the two alternating;
prints lines/s, CPU seconds (user + system of the run and its workers) and whether the two
trees' part files are the same bytes, best of `--repeat` runs each, as a Markdown table.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import sys
import tempfile
from pathlib import Path

import msgspec

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from bench import LOGMR, timed  # noqa: E402
from logmr.engine.sizes import format_size, parse_size  # noqa: E402
from logmr.gen import generate_file  # noqa: E402

PROFILES = (
    "logback", "log4j2", "python-logging", "klog", "pino", "zap", "ecs", "docker-pino", "logrus-text",
    "rfc3164", "rfc5424", "nginx-error", "apache-error", "loghub-hadoop",
)  # fmt: skip


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def parse_run(path: Path, tree: Path | None) -> dict:
    """One `logmr run parse` of the file with `tree`'s code (None: this one's): wall and CPU
    seconds, lines, and a digest of the part files."""
    env = dict(os.environ)
    if tree is not None:
        env["PYTHONPATH"] = str(tree / "functions")
    with tempfile.TemporaryDirectory() as out:
        cpu = _cpu()
        seconds, rss, _ = timed([LOGMR, "run", "parse", str(path), "--quiet", "-o", out, "-w", "2"], env)
        cpu = _cpu() - cpu
        result = msgspec.json.decode((Path(out) / "result.json").read_bytes())
        digest = hashlib.sha256()
        for part in sorted(result["outputs"]):
            digest.update((Path(out) / part).read_bytes())
    return {"seconds": seconds, "cpu": cpu, "peak_rss": rss, "lines": result["counters"]["lines"],
            "records": result["counters"]["records"], "digest": digest.hexdigest()}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", default="64MB", help="of each family's file")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each, the best kept")
    parser.add_argument("--profiles", default=",".join(PROFILES))
    parser.add_argument("--before", type=Path, metavar="TREE", help="another checkout's folder, run alternately")
    parser.add_argument("--data", default=str(ROOT / "bench" / "data"))
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "parse_families.json"))
    args = parser.parse_args()
    size = parse_size(args.size)
    trees = {"this": None} if args.before is None else {"before": args.before.resolve(), "this": None}
    rows = []
    for profile in args.profiles.split(","):
        path = Path(args.data) / f"{profile}-{size}.log"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            generate_file(path, profile, size, seed=1)
        best: dict[str, dict] = {}
        for _ in range(args.repeat):
            for name, tree in trees.items():  # alternating: the machine's noise falls on both alike
                run = parse_run(path, tree)
                if name not in best or run["seconds"] < best[name]["seconds"]:
                    best[name] = run
        rows.append({"profile": profile, "bytes": path.stat().st_size, **{name: run for name, run in best.items()}})
        print(_row(rows[-1]), flush=True)
    out = Path(args.out)
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"size": size, "repeat": args.repeat, "rows": rows}, indent=2))
    print(f"\n{format_size(size)} a family, best of {args.repeat}, load {os.getloadavg()[0]:.1f}\n")
    print("| family | lines | before lines/s | lines/s | before CPU s | CPU s | CPU before / now | same rows |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for row in rows:
        print(_row(row))


def _row(row: dict) -> str:
    now, before = row["this"], row.get("before")
    if before is None:
        return (
            f"| {row['profile']} | {now['lines']:,} | - | {now['lines'] / now['seconds']:,.0f} | - | {now['cpu']:.1f} |"
        )
    return (
        f"| {row['profile']} | {now['lines']:,} | {before['lines'] / before['seconds']:,.0f} | "
        f"{now['lines'] / now['seconds']:,.0f} | {before['cpu']:.1f} | {now['cpu']:.1f} | "
        f"{before['cpu'] / now['cpu']:.2f} | {'yes' if before['digest'] == now['digest'] else 'NO'} |"
    )


if __name__ == "__main__":
    main()
