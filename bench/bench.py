"""logmr against DuckDB, polars and a plain Python loop on the same generated JSON logs.

    .venv/bin/python bench/bench.py [--size 1GB] [--analyses services,wordcount,patterns]
                                     [--engines logmr,duckdb,polars,python]

Every run is a separate process, one after the other, timed from start to exit; peak memory is
the largest resident set of any one process of the run (a logmr worker, DuckDB's process...).
Results are checked against DuckDB's (totals, distinct keys, top rows). Writes
bench/results/latest.json and prints a table.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import msgspec
import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from family_specs import digest_counts  # noqa: E402
from logmr.engine.sizes import format_size, parse_size  # noqa: E402
from logmr.gen import generate_file  # noqa: E402

PYTHON = sys.executable
LOGMR = str(Path(PYTHON).parent / "logmr")


def compile_logmr() -> None:
    """Write logmr's bytecode, as installing a wheel does: an editable install under
    PYTHONDONTWRITEBYTECODE=1 would otherwise compile every module on every timed run (a tenth
    of a second, in logmr's runs and in the peers', which import logmr to read levels alike)."""
    import compileall

    import logmr

    compileall.compile_dir(Path(logmr.__file__).parent, quiet=1)


def timed(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, int, str]:
    """(seconds, peak RSS in bytes of the largest single process of the run, stdout) of a command
    (run with `env`, else this process's environment).

    RSS is sampled every 20 ms over the process and all its descendants (pool workers included).
    """
    started = time.perf_counter()
    peak = 0
    with tempfile.TemporaryFile() as out:
        process = subprocess.Popen(cmd, stdout=out, stderr=subprocess.PIPE, env=env)
        root = psutil.Process(process.pid)
        while process.poll() is None:
            try:
                tree = [root, *root.children(recursive=True)]
            except psutil.NoSuchProcess:
                break
            for proc in tree:
                try:
                    peak = max(peak, proc.memory_info().rss)
                except psutil.NoSuchProcess:
                    continue
            time.sleep(0.02)
        process.wait()
        seconds = time.perf_counter() - started
        if process.returncode != 0:
            raise RuntimeError(f"{cmd} failed: {process.stderr.read().decode()[-2000:]}")
        out.seek(0)
        return seconds, peak, out.read().decode()


def logmr_digest(analysis: str, folder: Path) -> dict:
    result = msgspec.json.decode((folder / "result.json").read_bytes())
    if analysis == "patterns":
        return digest_counts({row["pattern"]: row["count"] for row in result["summary"]["patterns"]})
    counts: Counter = Counter()
    for part in folder.glob("part-*.jsonl"):
        for line in part.read_bytes().splitlines():
            row = msgspec.json.decode(line)
            key = "|".join(map(str, row["key"])) if isinstance(row["key"], list) else row["key"]
            counts[key] += row["value"]
    return digest_counts(counts)


def run(engine: str, analysis: str, path: Path) -> dict:
    if engine == "logmr":
        with tempfile.TemporaryDirectory() as folder:
            seconds, rss, _ = timed([LOGMR, "run", analysis, str(path), "--quiet", "--json", "-o", folder])
            digest = logmr_digest(analysis, Path(folder))
    else:
        seconds, rss, out = timed([PYTHON, str(ROOT / "bench" / "baselines.py"), engine, analysis, str(path)])
        digest = json.loads(out)
    return {"engine": engine, "analysis": analysis, "seconds": seconds, "peak_rss": rss, "digest": digest}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", default="1GB")
    parser.add_argument("--analyses", default="services,wordcount,patterns")
    parser.add_argument("--engines", default="logmr,duckdb,polars,python")
    parser.add_argument("--data", default=str(ROOT / "bench" / "data"))
    args = parser.parse_args()
    size = parse_size(args.size)
    path = Path(args.data) / f"app-{size}.jsonl"
    if not path.exists():
        print(f"generating {format_size(size)} of JSON logs into {path} ...", flush=True)
        generate_file(path, "json", size, seed=1)
    with open(path, "rb") as data:
        lines = sum(block.count(b"\n") for block in iter(lambda: data.read(1 << 24), b""))
    results = []
    for analysis in args.analyses.split(","):
        reference = None
        for engine in args.engines.split(","):
            row = run(engine, analysis, path)
            if engine == "duckdb":
                reference = row["digest"]
            row["records_per_s"] = lines / row["seconds"]
            row["mb_per_s"] = path.stat().st_size / 1e6 / row["seconds"]
            results.append(row)
            print(
                f"{analysis:10} {engine:7} {row['seconds']:7.2f} s  {row['records_per_s']:12,.0f} rec/s  "
                f"{row['mb_per_s']:7.1f} MB/s  peak {format_size(row['peak_rss'])}",
                flush=True,
            )
        for row in results:
            if row["analysis"] == analysis and reference is not None:
                row["agrees_with_duckdb"] = row["digest"] == reference
    machine = {
        "cores": len(os.sched_getaffinity(0)),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "file_bytes": path.stat().st_size,
        "lines": lines,
    }
    out = ROOT / "bench" / "results" / "latest.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"machine": machine, "results": results}, indent=2))
    print_table(results, machine)


def print_table(results: list[dict], machine: dict) -> None:
    print(f"\n{machine['lines']:,} lines, {machine['file_bytes'] / 1e9:.2f} GB, {machine['cores']} cores\n")
    print("| analysis | engine | seconds | x DuckDB | records/s | MB/s | peak memory (per process) | agrees |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |")
    duck = {r["analysis"]: r["seconds"] for r in results if r["engine"] == "duckdb"}
    for r in results:
        ratio = f"{r['seconds'] / duck[r['analysis']]:.2f}" if r["analysis"] in duck else "-"
        agrees = {True: "yes", False: "NO", None: "-"}[r.get("agrees_with_duckdb")]
        print(
            f"| {r['analysis']} | {r['engine']} | {r['seconds']:.2f} | {ratio} | {r['records_per_s']:,.0f} | "
            f"{r['mb_per_s']:.0f} | {format_size(r['peak_rss'])} | {agrees} |"
        )


if __name__ == "__main__":
    main()
