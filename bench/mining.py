"""The http and templates analyses against the tools one would otherwise use, side by side.

    .venv/bin/python bench/mining.py [--size 1GB] [--templates-size 256MB]

- http on a generated combined access log (with request times): `logmr run http` against DuckDB
  (regexp_extract over the lines, GROUP BY status and route, quantile_disc for the percentiles).
  Checked: the same request and status counts, and percentiles within 1% of DuckDB's exact ones.
- timeline on the generated JSON logs: `logmr run timeline` (1-minute buckets) against DuckDB
  (TIMESTAMPTZ cast, epoch floored to the minute, GROUP BY bucket and level). Checked: the same
  records per minute.
- templates on generated JSON application logs: `logmr run templates` against drain3's own
  TemplateMiner fed the messages one by one in one process (the library's usual streaming use),
  with the same masking. Reported: time, and how many templates each finds.

Every run is a separate process, timed from start to exit, with the peak resident set of its
largest process. Writes bench/results/mining.json and prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import msgspec

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
# (logmr and bench.py are imported where used: the peers of bench/families.py import this module in
# the process they are timed in, and must not pay for importing logmr)

ACCESS = r'"(\S+) (\S+) [^"]*" (\d{3}) (\d+|-) "[^"]*" "[^"]*" ([0-9.]+)$'


#: An ALB's access log (gen/profiles/network.py `aws_alb`): its three processing times, status,
#: method and the path of its absolute URL.
ALB = r'^\S+ \S+ \S+ \S+ \S+ (\S+) (\S+) (\S+) (\d{3}) \S+ \S+ \S+ "(\S+) [a-z0-9]+://[^/ "]*(\S*) [^"]*"'
#: profile -> (a line's regex; its groups of the method, path and status; those of the latency's
#: seconds, summed, none where one is negative: an ALB's `-1`)
HTTP_LINES = {"access-combined": (ACCESS, (1, 2, 3), (5,)), "aws-alb": (ALB, (5, 6, 4), (1, 2, 3))}


def duckdb_http(path: str, profile: str = "access-combined") -> dict:
    import duckdb

    regex, (method, target, code), seconds = HTTP_LINES[profile]
    lines = f"read_csv('{path}', columns={{'line': 'VARCHAR'}}, delim='\\x01', header=false, quote='', escape='')"
    parts = [f"regexp_extract(line, '{regex}', {group})::DOUBLE" for group in seconds]
    ms = f"CASE WHEN least({', '.join(parts)}) < 0 THEN NULL ELSE ({' + '.join(parts)}) * 1000 END"
    unqueried = f"split_part(regexp_extract(line, '{regex}', {target}), '?', 1)"
    parsed = (
        f"SELECT regexp_extract(line, '{regex}', {method}) AS method,"
        f" regexp_replace({unqueried}, '/[0-9]+(/|$)', '/:id\\1', 'g') AS route,"
        f" regexp_extract(line, '{regex}', {code})::INT AS status, {ms} AS ms FROM {lines}"
    )
    con = duckdb.connect()
    con.execute(f"CREATE TEMP TABLE requests AS {parsed}")
    status = dict(con.execute("SELECT status, count(*) FROM requests GROUP BY ALL").fetchall())
    p = con.execute("SELECT quantile_disc(ms, [0.5, 0.9, 0.95, 0.99]) FROM requests").fetchone()[0]
    routes = con.execute(
        "SELECT method || ' ' || route, count(*) AS n FROM requests GROUP BY ALL ORDER BY n DESC, 1 LIMIT 10"
    ).fetchall()
    return {
        "requests": sum(status.values()),
        "status": {str(k): v for k, v in sorted(status.items())},
        "latency": dict(zip(("p50", "p90", "p95", "p99"), p, strict=True)),
        "routes": [[name, n] for name, n in routes],
    }


def duckdb_timeline(path: str) -> dict:
    import duckdb

    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    rows = con.execute(
        "SELECT strftime(to_timestamp(floor(epoch(t) / 60) * 60), '%Y-%m-%dT%H:%M:%SZ') AS bucket, level, count(*)"
        " FROM (SELECT try_cast(timestamp AS TIMESTAMPTZ) AS t, level FROM read_json("
        f"'{path}', format='newline_delimited', columns={{timestamp: 'VARCHAR', level: 'VARCHAR'}})) GROUP BY ALL"
    ).fetchall()
    per_minute: dict[str, int] = {}
    for bucket, _, n in rows:
        per_minute[bucket] = per_minute.get(bucket, 0) + n
    return per_minute


def drain3_templates(path: str) -> dict:
    from drain3 import TemplateMiner
    from drain3.template_miner_config import TemplateMinerConfig

    from logmr.analyses.masking import masker

    config = TemplateMinerConfig()
    config.profiling_enabled = False
    config.masking_instructions = list(masker().masking_instructions)
    config.mask_prefix, config.mask_suffix = "<", ">"
    miner = TemplateMiner(config=config)
    decoder = msgspec.json.Decoder()
    with open(path, "rb") as lines:
        for line in lines:
            miner.add_log_message(decoder.decode(line).get("message", ""))
    clusters = sorted(miner.drain.clusters, key=lambda c: -c.size)
    return {"templates": len(clusters), "records": sum(c.size for c in clusters)}


def logmr_run(analysis: str, path: Path) -> tuple[float, int, dict]:
    from bench import LOGMR, timed

    with tempfile.TemporaryDirectory() as folder:
        seconds, rss, _ = timed([LOGMR, "run", analysis, str(path), "--quiet", "-o", folder])
        return seconds, rss, msgspec.json.decode((Path(folder) / "result.json").read_bytes())


def baseline(name: str, path: Path) -> tuple[float, int, dict]:
    from bench import PYTHON, timed

    seconds, rss, out = timed([PYTHON, __file__, "--baseline", name, str(path)])
    return seconds, rss, json.loads(out)


def http_agrees(summary: dict, reference: dict) -> bool:
    same_counts = summary["requests"] == reference["requests"] and summary["status"] == reference["status"]
    close = all(abs(summary["latency"][q] - v) <= 0.0101 * v for q, v in reference["latency"].items())
    top = [[f"{r['method']} {r['route']}", r["requests"]] for r in summary["routes"][:10]]
    return same_counts and close and top == reference["routes"]


def main() -> None:
    from logmr.engine.sizes import format_size, parse_size
    from logmr.gen import generate_file

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", default="1GB", help="access log size for http")
    parser.add_argument("--templates-size", default="256MB", help="JSON log size for templates")
    parser.add_argument("--data", default=str(ROOT / "bench" / "data"))
    parser.add_argument("--baseline", nargs=2, metavar=("NAME", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.baseline:
        name, path = args.baseline
        run = {"duckdb-http": duckdb_http, "duckdb-timeline": duckdb_timeline, "drain3-templates": drain3_templates}
        print(json.dumps(run[name](path)))
        return

    data = Path(args.data)
    data.mkdir(parents=True, exist_ok=True)
    access = data / f"access-{parse_size(args.size)}.log"
    app = data / f"app-{parse_size(args.templates_size)}.jsonl"
    for path, kind, size in ((access, "access", args.size), (app, "json", args.templates_size)):
        if not path.exists():
            print(f"generating {size} of {kind} logs into {path} ...", flush=True)
            generate_file(path, kind, parse_size(size), seed=1)

    rows = []
    seconds, rss, result = logmr_run("http", access)
    records = result["counters"]["records"]
    rows.append({"analysis": "http", "engine": "logmr", "seconds": seconds, "peak_rss": rss, "records": records})
    seconds, rss, reference = baseline("duckdb-http", access)
    rows.append({"analysis": "http", "engine": "duckdb", "seconds": seconds, "peak_rss": rss, "records": records})
    rows[0]["agrees"] = http_agrees(result["summary"], reference)

    seconds, rss, result = logmr_run("timeline", app)
    records = result["counters"]["records"]
    mine = {point["time"]: point["total"] for point in result["summary"]["series"] if point["total"]}
    rows.append({"analysis": "timeline", "engine": "logmr", "seconds": seconds, "peak_rss": rss, "records": records})
    seconds, rss, reference = baseline("duckdb-timeline", app)
    rows.append({"analysis": "timeline", "engine": "duckdb", "seconds": seconds, "peak_rss": rss, "records": records})
    rows[-2]["agrees"] = mine == reference

    seconds, rss, result = logmr_run("templates", app)
    records = result["counters"]["records"]
    mine = result["summary"]["distinct_templates"]
    rows.append(
        {"analysis": "templates", "engine": "logmr", "seconds": seconds, "peak_rss": rss, "records": records}
        | {"templates": mine}
    )
    seconds, rss, theirs = baseline("drain3-templates", app)
    rows.append(
        {"analysis": "templates", "engine": "drain3", "seconds": seconds, "peak_rss": rss, "records": records}
        | {"templates": theirs["templates"], "agrees": theirs["records"] == records}
    )

    out = ROOT / "bench" / "results" / "mining.json"
    out.parent.mkdir(exist_ok=True)
    files = {"access_bytes": access.stat().st_size, "json_bytes": app.stat().st_size}
    out.write_text(json.dumps({"files": files, "results": rows}, indent=2))
    print(f"\naccess log {format_size(files['access_bytes'])}, JSON log {format_size(files['json_bytes'])}\n")
    print("| analysis | engine | seconds | x baseline | records/s | peak memory | templates | agrees |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |")
    base = {r["analysis"]: r["seconds"] for r in rows if r["engine"] != "logmr"}
    for r in rows:
        print(
            f"| {r['analysis']} | {r['engine']} | {r['seconds']:.2f} | {r['seconds'] / base[r['analysis']]:.2f} | "
            f"{r['records'] / r['seconds']:,.0f} | {format_size(r['peak_rss'])} | {r.get('templates', '')} | "
            f"{r.get('agrees', '')} |"
        )


if __name__ == "__main__":
    main()
