"""`logmr run parse` on system logs beside `logmr run templates` and drain3, side by side.

    .venv/bin/python bench/parse.py [--size 64MB] [--repeat 2]

The input is loghub's eight bundled systems scaled up with fresh variable values (`logmr gen`
profiles loghub-*, one file per system, the same size each). Runs, each a separate process timed
from start to exit with the peak resident set of its largest process:

- `logmr run parse` (JSON lines parts, the default), and with `--output-format parquet`;
- `logmr run templates` (the same mining, no row per record);
- drain3's TemplateMiner fed every line in one process (its usual streaming use, with logmr's
  masks), the baseline: drain3 assigns every line a template too, as parse does;
- with `--before CHECKOUT/.venv/bin/logmr`, that checkout's parse and templates, interleaved with
  the others (a shared machine's load falls on all alike).

Prints lines/s, the time as a multiple of drain3's, CPU seconds (user + system of the run and its
workers) and lines per CPU second times 2 (the rate on two idle cores: the machine is shared, so
wall time depends on the others' load), best of `--repeat` runs each, with the load average, as a
Markdown table, and writes bench/results/parse.json (`--out` names another file).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
from pathlib import Path

import msgspec

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from bench import LOGMR, PYTHON, timed  # noqa: E402
from logmr.engine.sizes import format_size, parse_size  # noqa: E402
from logmr.gen import generate_file  # noqa: E402

SYSTEMS = ("Apache", "HDFS", "Hadoop", "Linux", "OpenSSH", "Proxifier", "Spark", "Zookeeper")


def drain3_lines(folder: str) -> dict:
    """drain3 over every line of every file, in one process: (lines, templates)."""
    from drain3 import TemplateMiner
    from drain3.template_miner_config import TemplateMinerConfig

    from logmr.analyses.masking import masker

    config = TemplateMinerConfig()
    config.profiling_enabled = False
    config.masking_instructions = list(masker().masking_instructions)
    config.mask_prefix, config.mask_suffix = "<", ">"
    miner = TemplateMiner(config=config)
    lines = 0
    for path in sorted(Path(folder).glob("*.log")):
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                miner.add_log_message(line.rstrip("\n"))
                lines += 1
    return {"lines": lines, "templates": len(miner.drain.clusters)}


def cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def logmr_run(analysis: str, folder: Path, *extra: str, logmr: str = LOGMR) -> tuple[float, int, dict]:
    with tempfile.TemporaryDirectory() as out:
        seconds, rss, _ = timed([logmr, "run", analysis, str(folder), "--quiet", "-o", out, "-w", "2", *extra])
        return seconds, rss, msgspec.json.decode((Path(out) / "result.json").read_bytes())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", default="64MB", help="system logs in all (split evenly over the 8 systems)")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each, the best kept")
    parser.add_argument("--data", default=str(ROOT / "bench" / "data"))
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "parse.json"))
    parser.add_argument(
        "--before", metavar="LOGMR", help="another checkout's logmr (its .venv/bin/logmr): its parse and templates too"
    )
    parser.add_argument("--baseline", metavar="FOLDER", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.baseline:
        print(json.dumps(drain3_lines(args.baseline)))
        return

    size = parse_size(args.size)
    folder = Path(args.data) / f"system-{size}"
    folder.mkdir(parents=True, exist_ok=True)
    for system in SYSTEMS:
        path = folder / f"{system}.log"
        if not path.exists():
            print(f"generating {format_size(size // len(SYSTEMS))} of {system} into {path} ...", flush=True)
            generate_file(path, f"loghub-{system.lower()}", size // len(SYSTEMS), seed=1)

    runs = {
        "parse (jsonl)": lambda: logmr_run("parse", folder),
        "parse (parquet)": lambda: logmr_run("parse", folder, "--output-format", "parquet"),
        "templates": lambda: logmr_run("templates", folder),
        "drain3": lambda: _drain3(folder),
    }
    if args.before:
        runs["parse (jsonl), before"] = lambda: logmr_run("parse", folder, logmr=args.before)
        runs["templates, before"] = lambda: logmr_run("templates", folder, logmr=args.before)
    rows = []
    best: dict[str, dict] = {}
    for _ in range(args.repeat):
        for name, run in runs.items():  # interleaved, so that the machine's noise falls on all alike
            before = cpu_of_children()
            seconds, rss, result = run()
            cpu = cpu_of_children() - before
            lines = result["counters"]["lines"] if "counters" in result else result["lines"]
            row = {"engine": name, "seconds": seconds, "cpu": cpu, "peak_rss": rss, "lines": lines}
            row["load"] = os.getloadavg()[0]
            rows.append(row)
            if name not in best or seconds < best[name]["seconds"]:
                best[name] = row
    out = Path(args.out)
    out.parent.mkdir(exist_ok=True)
    total = sum(p.stat().st_size for p in folder.glob("*.log"))
    out.write_text(json.dumps({"bytes": total, "runs": rows, "best": list(best.values())}, indent=2))
    print(f"\n{format_size(total)} of system logs, {best['drain3']['lines']:,} lines; best of {args.repeat}\n")
    print("| run | seconds | x drain3 | lines/s | CPU s | lines/CPU s x workers | peak memory | load |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, r in best.items():
        workers = 1 if name == "drain3" else 2
        print(
            f"| {name} | {r['seconds']:.2f} | {r['seconds'] / best['drain3']['seconds']:.2f} | "
            f"{r['lines'] / r['seconds']:,.0f} | {r['cpu']:.1f} | {r['lines'] / r['cpu'] * workers:,.0f} | "
            f"{format_size(r['peak_rss'])} | {r['load']:.1f} |"
        )


def _drain3(folder: Path) -> tuple[float, int, dict]:
    seconds, rss, out = timed([PYTHON, __file__, "--baseline", str(folder)])
    return seconds, rss, json.loads(out)


if __name__ == "__main__":
    main()
