"""logmr against DuckDB and polars on each input family (`logmr gen --profile NAME`), every
built-in analysis a peer can express, side by side in one run.

    .venv/bin/python bench/families.py [--size 256MB] [--profiles pino,zap,...] [--analyses ...] [--repeat N]

Per profile: services (count per service and level), wordcount (\\w+ of the lowercased message),
patterns (the ten built-in signatures and four user regexes, lines matching each), timeline (per
minute and level), and http on the access log (status, routes, latency percentiles). Each run is
a separate process timed from start to exit with the peak RSS of its largest process (bench.py's
`timed`), the file read once before each (`warm`: every engine starts with it in the page cache).
logmr's answers are checked against each peer's (totals, distinct keys, top 10 rows; for http the
counts, top routes and percentiles within 1%). Writes bench/results/families.json and
prints a Markdown table per profile.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import msgspec

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from bench import LOGMR, PYTHON, compile_logmr, logmr_digest, timed  # noqa: E402
from family_peers import PATTERNS_ENV, USER_PATTERNS  # noqa: E402
from logmr.engine.sizes import format_size, parse_size  # noqa: E402
from logmr.gen import generate_file  # noqa: E402
from logmr.gen.catalog import PROFILES  # noqa: E402
from mining import HTTP_LINES, http_agrees  # noqa: E402

DEFAULT_PROFILES = [name for name in PROFILES if not name.startswith("loghub-")] + ["loghub-hdfs", "loghub-spark"]
ANALYSES = ("services", "wordcount", "patterns", "timeline", "http")
ENGINES = ("logmr", "duckdb", "polars")


def logmr_result(analysis: str, path: Path) -> tuple[float, int, dict, dict]:
    extra = [arg for name, regex in USER_PATTERNS.items() for arg in ("-p", f"{name}={regex}")]
    with tempfile.TemporaryDirectory() as folder:
        cmd = [LOGMR, "run", analysis, str(path), "--quiet", "--json", "-o", folder]
        seconds, rss, _ = timed(cmd + (extra if analysis == "patterns" else []))
        result = msgspec.json.decode((Path(folder) / "result.json").read_bytes())
        if analysis == "timeline":
            counts = {
                f"{point['time']}|{level}": n
                for point in result["summary"]["series"]
                for level, n in point["levels"].items()
                if n
            }
            digest = {"buckets": counts, "interval": result["summary"]["chart_interval"]}
        elif analysis == "http":
            digest = result["summary"]
        else:
            digest = logmr_digest(analysis, Path(folder))
    return seconds, rss, digest, result["counters"]


def agrees(analysis: str, mine: dict, theirs: dict) -> bool | None:
    if "unsupported" in theirs:
        return None
    if analysis == "http":
        return http_agrees(mine, theirs)
    if analysis == "timeline":
        return mine["buckets"] == rebucket(theirs["minutes"], mine["interval"])
    return mine == theirs


def rebucket(minutes: dict[str, int], interval: int) -> dict[str, int]:
    """A peer's per-minute counts in logmr's chart buckets (`interval` seconds from the epoch)."""
    counts: Counter = Counter()
    for key, n in minutes.items():
        moment, level = key.split("|")
        start = int(datetime.fromisoformat(moment.replace("Z", "+00:00")).timestamp()) // interval * interval
        counts[f"{datetime.fromtimestamp(start, UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}|{level}"] += n
    return dict(counts)


def warm(path: Path) -> None:
    """Read the file once, so that each engine's run starts with it in the page cache: this VM's
    cache holds about 3 GB, less than the profiles' files together, so the first run of a profile
    (logmr's services) read much of its file from disk while the runs after it did not."""
    with open(path, "rb") as file:
        while file.read(8 << 20):
            pass


def _run(engine: str, profile: str, analysis: str, path: Path) -> dict:
    """One engine's run of one analysis, its file warmed first: seconds, peak RSS and its digest."""
    row: dict = {"profile": profile, "analysis": analysis, "engine": engine}
    warm(path)
    try:
        if engine == "logmr":
            row["seconds"], row["peak_rss"], row["digest"], row["counters"] = logmr_result(analysis, path)
        else:
            cmd = [PYTHON, str(ROOT / "bench" / "family_peers.py"), engine, analysis, profile, str(path)]
            seconds, rss, out = timed(cmd)
            row["digest"] = json.loads(out)
            # (the digest's own time, logmr's import included, is the harness's, not the peer's)
            seconds -= row["digest"].pop("tail_seconds", 0.0)
            if "unsupported" not in row["digest"]:
                row["seconds"], row["peak_rss"] = seconds, rss
    except RuntimeError as error:
        row["error"] = str(error)[-500:]
    return row


def bench_profile(profile: str, path: Path, analyses: list[str], engines: list[str], repeat: int = 1) -> list[dict]:
    """Each analysis run by each engine in turn, `repeat` rounds: a row's seconds are the least of
    its rounds (`rounds`: each one's; a busy machine only ever adds time), its RSS the largest."""
    rows = []
    for analysis in analyses:
        if analysis == "http" and profile not in HTTP_LINES:
            continue  # http reads access logs only; access logs get every other analysis too
        runs: dict[str, list[dict]] = {engine: [] for engine in engines}
        for _ in range(repeat):
            for engine in engines:
                run = _run(engine, profile, analysis, path)
                runs[engine].append(run)
                print(f"{profile:16} {analysis:9} {engine:6} {run.get('seconds', float('nan')):7.2f} s", flush=True)
        # (each engine's row from a round that ran, where one did)
        chosen = {engine: next((run for run in done if "digest" in run), done[0]) for engine, done in runs.items()}
        mine = chosen["logmr"].get("digest") if "logmr" in chosen else None
        for engine, done in runs.items():
            row = chosen[engine]
            timed_runs = [run["seconds"] for run in done if "seconds" in run]
            if timed_runs:
                row["seconds"], row["rounds"] = min(timed_runs), timed_runs
                row["peak_rss"] = max(run["peak_rss"] for run in done if "peak_rss" in run)
            if engine != "logmr" and mine is not None and "digest" in row:
                row["logmr_agrees"] = agrees(analysis, mine, row["digest"])
            rows.append(row)
    return rows


def table(profile: str, rows: list[dict], path: Path) -> list[str]:
    """One Markdown table: per analysis, each engine's seconds and peak RSS, logmr / faster peer."""
    out = [
        f"**{profile}** ({PROFILES[profile].family}, {format_size(path.stat().st_size)})",
        "",
        "| analysis | logmr s | DuckDB s | polars s | logmr / faster peer | RSS logmr / DuckDB / polars | agrees |",
        "| --- | ---: | ---: | ---: | ---: | --- | --- |",
    ]
    for analysis in dict.fromkeys(r["analysis"] for r in rows):
        by = {r["engine"]: r for r in rows if r["analysis"] == analysis}

        def cell(engine: str, key: str, by: dict = by) -> str:
            row = by.get(engine, {})
            if "error" in row:
                return "failed"
            if key not in row:
                return "cannot" if "unsupported" in row.get("digest", {}) else "-"
            return f"{row[key]:.2f}" if key == "seconds" else format_size(row[key])

        peers = [by[e]["seconds"] for e in ("duckdb", "polars") if "seconds" in by.get(e, {})]
        ratio = f"{by['logmr']['seconds'] / min(peers):.2f}" if peers and "seconds" in by.get("logmr", {}) else "-"
        verdicts = {True: "yes", False: "NO", None: "n/a"}
        agree = ", ".join(
            f"{'DuckDB' if e == 'duckdb' else e} {verdicts[by[e].get('logmr_agrees')]}"
            for e in ("duckdb", "polars")
            if e in by
        )
        rss = " / ".join(cell(e, "peak_rss") for e in ENGINES)
        out.append(
            f"| {analysis} | {cell('logmr', 'seconds')} | {cell('duckdb', 'seconds')} | {cell('polars', 'seconds')} "
            f"| {ratio} | {rss} | {agree} |"
        )
    return [*out, ""]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", default="256MB")
    parser.add_argument("--profiles", default=",".join(DEFAULT_PROFILES))
    parser.add_argument("--analyses", default=",".join(ANALYSES))
    parser.add_argument("--engines", default=",".join(ENGINES))
    parser.add_argument("--data", default=str(ROOT / "bench" / "data"))
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "families.json"))
    parser.add_argument("--repeat", type=int, default=1, help="rounds a row (1 or more), the least kept")
    args = parser.parse_args()
    if args.repeat < 1:
        parser.error("--repeat takes 1 or more")
    compile_logmr()
    from logmr.analyses.signatures import SIGNATURES

    os.environ[PATTERNS_ENV] = json.dumps(SIGNATURES | USER_PATTERNS)  # the peers' processes read them
    size = parse_size(args.size)
    results, tables = [], []
    for profile in args.profiles.split(","):
        path = Path(args.data) / f"{profile}-{size}{PROFILES[profile].suffix}"
        if not path.exists():
            print(f"generating {format_size(size)} of {profile} into {path} ...", flush=True)
            generate_file(path, profile, size, seed=1)
        rows = bench_profile(profile, path, args.analyses.split(","), args.engines.split(","), args.repeat)
        results += rows
        tables += table(profile, rows, path)
        print("\n".join(table(profile, rows, path)), flush=True)
    machine = {
        "cores": len(os.sched_getaffinity(0)),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "size": size,
    }
    out = Path(args.out)
    out.parent.mkdir(exist_ok=True)
    previous = json.loads(out.read_text()) if out.exists() else {}
    runs = {**previous.get("runs", {}), str(size): {"machine": machine, "results": results}}
    out.write_text(json.dumps({"runs": runs}, indent=1))
    print("\n".join(tables))


if __name__ == "__main__":
    main()
