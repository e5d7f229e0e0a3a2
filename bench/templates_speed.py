"""templates over 1 GB of system logs, beside drain3.

    .venv/bin/python bench/templates_speed.py [--size 1GiB] [--drain3-size 128MiB] [--workers 2]

The logs: the eight loghub profiles (`logmr gen --profile loghub-<system>`: the bundled 2k-line
samples scaled up with fresh values), an equal share of --size each, generated once into
bench/data/loghub-<size>/ (seed 1). Timed, each in its own process:

- `logmr run templates` over the folder (--workers processes);
- drain3's TemplateMiner (its defaults, with logmr's masks) fed, in one process, the messages of
  the first --drain3-size/8 of each file as logmr's reader parses them (drain3 streams one
  message at a time and has no parallel mode; a part keeps its run short; its rate is per line).

Reported: wall seconds, lines per second, CPU seconds (user + system of the process and its
workers) and lines per CPU second times --workers (the rate the run would have on that many
idle cores: this machine is shared, so wall time depends on the others' load), peak memory of
the largest process, templates found. Writes bench/results/templates_speed.json.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
from pathlib import Path

import msgspec

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "functions"))
from bench import LOGMR, PYTHON, timed  # noqa: E402
from logmr.engine.sizes import format_size, parse_size  # noqa: E402

SYSTEMS = ("apache", "hadoop", "hdfs", "linux", "openssh", "proxifier", "spark", "zookeeper")


def cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(cmd: list[str]) -> tuple[float, float, int, str]:
    """(wall seconds, CPU seconds, peak RSS, stdout) of a command and the processes it waits for."""
    before = cpu_of_children()
    seconds, rss, out = timed(cmd)
    return seconds, cpu_of_children() - before, rss, out


def drain3_baseline(files: list[str], part: int) -> dict:
    from drain3 import TemplateMiner
    from drain3.template_miner_config import TemplateMinerConfig

    from logmr.analyses.masking import masker
    from logmr.formats.base import split_block
    from logmr.formats.reading import reader_for

    config = TemplateMinerConfig()
    config.profiling_enabled = False
    config.masking_instructions = list(masker().masking_instructions)
    config.mask_prefix, config.mask_suffix = "<", ">"
    miner = TemplateMiner(config=config)
    lines = 0
    for path in files:
        with open(path, "rb") as f:
            data = f.read(part)
        data = data[: data.rfind(b"\n") + 1]
        fmt = reader_for(data[:65536])
        for line in split_block(data):
            record = fmt.parse(line, None)
            lines += 1
            miner.add_log_message(record.message if record else line)
    return {"lines": lines, "templates": len(miner.drain.clusters)}


def generate(folder: Path, size: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for system in SYSTEMS:
        path = folder / f"{system}.log"
        if not path.exists():
            print(f"generating {format_size(size // len(SYSTEMS))} of loghub-{system} into {path} ...", flush=True)
            cmd = [LOGMR, "gen", "--profile", f"loghub-{system}", "--size", str(size // len(SYSTEMS))]
            timed([*cmd, "--seed", "1", str(path)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", default="1GiB")
    parser.add_argument("--drain3-size", default="128MiB")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--data", default=str(ROOT / "bench" / "data"))
    parser.add_argument("--baseline", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.baseline:
        print(json.dumps(drain3_baseline(args.baseline[1:], int(args.baseline[0]))))
        return
    size = parse_size(args.size)
    folder = Path(args.data) / f"loghub-{size}"
    generate(folder, size)
    files = sorted(str(path) for path in folder.glob("*.log"))

    rows = []
    with tempfile.TemporaryDirectory() as out:
        cmd = [LOGMR, "run", "templates", str(folder), "--quiet", "-o", out, "--workers", str(args.workers)]
        seconds, cpu, rss, _ = run(cmd)
        result = msgspec.json.decode((Path(out) / "result.json").read_bytes())
    lines, templates = result["counters"]["lines"], result["summary"]["distinct_templates"]
    rows.append({"engine": "logmr templates", "lines": lines, "seconds": seconds, "cpu": cpu, "peak_rss": rss})
    rows[-1]["templates"] = templates
    part = parse_size(args.drain3_size) // len(files)
    seconds, cpu, rss, out_text = run([PYTHON, __file__, "--baseline", str(part), *files])
    theirs = json.loads(out_text)
    rows.append({"engine": "drain3 (1 process)", "lines": theirs["lines"], "seconds": seconds, "cpu": cpu})
    rows[-1] |= {"peak_rss": rss, "templates": theirs["templates"]}

    results = ROOT / "bench" / "results" / "templates_speed.json"
    results.parent.mkdir(exist_ok=True)
    results.write_text(json.dumps({"size": size, "workers": args.workers, "results": rows}, indent=2))
    base = rows[-1]["lines"] / rows[-1]["seconds"]
    print(f"\n{format_size(size)} of loghub-* system logs, {args.workers} workers\n")
    print("| engine | lines | seconds | lines/s | x drain3 | CPU s | lines/CPU s x workers | peak memory | templates |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        rate = r["lines"] / r["seconds"]
        workers = args.workers if r["engine"].startswith("logmr") else 1
        print(
            f"| {r['engine']} | {r['lines']:,} | {r['seconds']:.1f} | {rate:,.0f} | {rate / base:.1f} | "
            f"{r['cpu']:.1f} | {r['lines'] / r['cpu'] * workers:,.0f} | {format_size(r['peak_rss'])} | "
            f"{r['templates']} |"
        )


if __name__ == "__main__":
    main()
