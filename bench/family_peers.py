"""DuckDB and polars doing each analysis of bench/families.py on one profile's file, with the
semantics of logmr's (see family_specs.py for where each family's fields are). Prints a JSON
digest, or {"unsupported": why} where the peer cannot read the family or express the analysis.

    python bench/family_peers.py {duckdb|polars} ANALYSIS PROFILE FILE
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from family_specs import JSON, TEXT, digest_counts, level_of, minute_key

# logmr is imported only after a peer's query is done, for the digest (levels and services read as
# logmr reads them): `__main__` reports the seconds from then on (`tail_seconds`), which
# families.py takes off the peer's time. The patterns come from families.py (PATTERNS_ENV).

CORES = len(os.sched_getaffinity(0))
WORD = r"[\pL\pN_]+"  # Python's Unicode \w: letters, digits (every N), underscore
USER_PATTERNS = {
    "db_timeout": r"timed out.*(?:postgres|mysql|redis)",
    "slow_batch": r"processed batch \d+ of \d{4,} records",
    "status_5xx": r"(?i)status[=: ]+5\d\d",
    "munich": r"München",
}
PATTERNS_ENV = "LOGMR_BENCH_PATTERNS"
_QUERY_DONE: list[float] = []


def patterns() -> dict[str, str]:
    """The ten built-in signatures and USER_PATTERNS, from families.py or else read from logmr."""
    if PATTERNS_ENV in os.environ:
        return json.loads(os.environ[PATTERNS_ENV])
    from logmr.analyses.signatures import SIGNATURES

    return SIGNATURES | USER_PATTERNS


def query_done() -> None:
    """Mark the end of the peer's own work (the first mark counts)."""
    _QUERY_DONE.append(time.perf_counter())


BROKEN_LINES = {"python-json"}  # profiles that write malformed lines on purpose


def digest(analysis: str, profile: str, path: str, rows: list[tuple]) -> dict:
    """rows from the engine's group-by: (service, level, n), (word, n), (minute, level, n)."""
    query_done()
    from logmr.engine.planner import service_from_uri
    from logmr.formats import normalize_level

    counts: Counter = Counter()
    if analysis == "services":
        default = service_from_uri(path)
        for service, level, n in rows:
            counts[f"{service if service is not None else default}|{normalize_level(level_of(profile, level))}"] += n
    elif analysis == "timeline":  # every minute kept: families.py re-buckets to logmr's chart interval
        for minute, level, n in rows:
            counts[f"{minute_key(profile, minute)}|{normalize_level(level_of(profile, level))}"] += n
        return {"minutes": dict(counts)}
    else:
        counts.update(dict(rows))
    return digest_counts(counts)


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _duckdb_lines(path: str) -> str:
    """Each line whole as one column; strict_mode off for CRLF (its \\r then ends an empty line)."""
    options = "delim='\\x01', header=false, quote='', escape='', strict_mode=false"
    return f"read_csv({_sql_string(path)}, columns={{'line': 'VARCHAR'}}, {options})"


# --- DuckDB -----------------------------------------------------------------------------------
def _duckdb_json_source(profile: str, path: str) -> tuple[str, dict[str, str]]:
    spec = JSON[profile]
    types = {"str": "VARCHAR", "int": "BIGINT", "float": "DOUBLE", "json": "VARCHAR"}
    columns: dict[str, str] = {}
    expr: dict[str, str] = {}
    for name in ("service", "level", "message", "time"):
        field = getattr(spec, name)
        key = field[0]
        kind = spec.types.get(key, "str")
        if kind == "struct":
            columns[key] = f"STRUCT({field[1]} VARCHAR)"
            expr[name] = f'"{key}".{field[1]}'
        elif kind == "json":
            columns[key] = "VARCHAR"
            expr[name] = f"json_extract_string(\"{key}\", '{field[1]}')"
        else:
            columns[key] = types[kind]
            expr[name] = f'"{key}"'
    unit = spec.time_unit
    divisor = {"ms": 60_000, "s": 60, "us": 60_000_000}.get(unit)
    if unit == "iso":
        expr["minute"] = f"left({expr['time']}, 16)"
    elif unit == "us":
        expr["minute"] = f"({expr['time']}::BIGINT // {divisor})"
    else:
        expr["minute"] = f"floor({expr['time']} / {divisor})::BIGINT"
    cols = ", ".join(f"{_sql_string(k)}: {_sql_string(v)}" for k, v in columns.items())
    # ignore_errors gives a row of NULLs for a malformed line: not a record.
    source = f"read_json({_sql_string(path)}, format='newline_delimited', columns={{{cols}}}, ignore_errors=true)"
    source = f"(SELECT * FROM {source} WHERE {expr['level']} IS NOT NULL OR {expr['message']} IS NOT NULL)"
    return source, expr


def _duckdb_text_source(profile: str, path: str) -> tuple[str, dict[str, str]]:
    regex = TEXT[profile].regex
    names = re.findall(r"\(\?P<(\w+)>", regex)
    plain = re.sub(r"\(\?P<\w+>", "(", regex)
    lines = _duckdb_lines(path)
    fields = f"regexp_extract(line, {_sql_string(plain)}, [{', '.join(map(_sql_string, names))}]) AS r"
    source = f"(SELECT r.* FROM (SELECT {fields} FROM {lines}) WHERE r.{names[0]} <> '')"
    expr = {name: (name if name in names else "NULL") for name in ("service", "level", "message", "minute")}
    return source, expr


def duckdb_run(analysis: str, profile: str, path: str) -> dict:
    import duckdb

    con = duckdb.connect(config={"threads": CORES})
    if analysis == "patterns":
        lines = _duckdb_lines(path)
        sources = patterns()
        sums = ", ".join(f"sum(regexp_matches(line, {_sql_string(p)})::INT)" for p in sources.values())
        return digest_counts(dict(zip(sources, con.execute(f"SELECT {sums} FROM {lines}").fetchone(), strict=True)))
    if profile in JSON:
        source, expr = _duckdb_json_source(profile, path)
    elif profile in TEXT:
        source, expr = _duckdb_text_source(profile, path)
    else:
        return {"unsupported": f"no reader spec for {profile}"}
    if analysis == "services":
        query = f"SELECT {expr['service']}, {expr['level']}, count(*) FROM {source} GROUP BY ALL"
    elif analysis == "timeline":
        query = f"SELECT {expr['minute']}, {expr['level']}, count(*) FROM {source} GROUP BY ALL"
    elif analysis == "wordcount":
        words = f"unnest(regexp_extract_all(lower({expr['message']}), '{WORD}'))"
        query = f"SELECT w, count(*) FROM (SELECT {words} AS w FROM {source}) GROUP BY w"
    else:
        return {"unsupported": analysis}
    return digest(analysis, profile, path, con.execute(query).fetchall())


# --- polars -----------------------------------------------------------------------------------
def _polars_frame(profile: str, path: str):
    import polars as pl

    if profile in TEXT:
        lines = pl.scan_csv(
            path, has_header=False, separator="\x01", quote_char=None, new_columns=["line"], schema={"line": pl.String}
        )
        frame = lines.select(pl.col("line").str.extract_groups(TEXT[profile].regex).alias("r")).unnest("r")
        first = re.findall(r"\(\?P<(\w+)>", TEXT[profile].regex)[0]
        frame = frame.filter(pl.col(first).is_not_null())
        missing = [n for n in ("service", "level", "message", "minute") if f"(?P<{n}>" not in TEXT[profile].regex]
        return frame.with_columns([pl.lit(None, pl.String).alias(n) for n in missing])
    spec = JSON[profile]
    types = {"str": pl.String, "int": pl.Int64, "float": pl.Float64, "json": pl.String}
    schema, columns = {}, {}
    for name in ("service", "level", "message", "time"):
        field = getattr(spec, name)
        key, kind = field[0], spec.types.get(field[0], "str")
        if kind == "struct":
            schema[key] = pl.Struct({field[1]: pl.String})
            columns[name] = pl.col(key).struct.field(field[1])
        elif kind == "json":
            schema[key] = pl.String
            columns[name] = pl.col(key).str.json_path_match(field[1])
        else:
            schema[key] = types[kind]
            columns[name] = pl.col(key)
    unit = spec.time_unit
    if unit == "iso":
        columns["minute"] = columns["time"].str.slice(0, 16)
    else:
        divisor = {"ms": 60_000, "s": 60, "us": 60_000_000}[unit]
        columns["minute"] = (columns["time"].cast(pl.Float64) / divisor).floor().cast(pl.Int64)
    if profile in BROKEN_LINES:  # scan_ndjson stops at a malformed line: decode line by line
        frame = _polars_lines(path)
        columns = {name: _json_path(getattr(spec, name)) for name in ("service", "level", "message", "time")}
        columns["minute"] = columns["time"].str.slice(0, 16)
        frame = frame.select([expr.alias(name) for name, expr in columns.items()])
        return frame.filter(pl.col("level").is_not_null() | pl.col("message").is_not_null())
    frame = pl.scan_ndjson(path, schema=schema, ignore_errors=True)
    return frame.select([expr.alias(name) for name, expr in columns.items()])


def _polars_lines(path: str):
    import polars as pl

    return pl.scan_csv(
        path, has_header=False, separator="\x01", quote_char=None, new_columns=["line"], schema={"line": pl.String}
    )


def _json_path(field: tuple[str, ...]):
    import polars as pl

    return pl.col("line").str.json_path_match("$" + "".join(f"['{key}']" for key in field))


def polars_run(analysis: str, profile: str, path: str) -> dict:
    import polars as pl

    if analysis == "patterns":
        lines = pl.scan_csv(
            path, has_header=False, separator="\x01", quote_char=None, new_columns=["line"], schema={"line": pl.String}
        )
        frame = lines.select([pl.col("line").str.contains(p).sum().alias(n) for n, p in patterns().items()]).collect()
        return digest_counts(frame.row(0, named=True))
    if profile not in JSON and profile not in TEXT:
        return {"unsupported": f"no reader spec for {profile}"}
    frame = _polars_frame(profile, path)
    if analysis == "services":
        rows = frame.group_by("service", "level").len().collect().iter_rows()
    elif analysis == "timeline":
        rows = frame.group_by("minute", "level").len().collect().iter_rows()
    elif analysis == "wordcount":
        words = frame.select(pl.col("message").str.to_lowercase().str.extract_all(WORD).alias("w")).explode("w")
        rows = words.drop_nulls().group_by("w").len().collect().iter_rows()
    else:
        return {"unsupported": analysis}
    return digest(analysis, profile, path, list(rows))


def polars_http(path: str, profile: str) -> dict:
    import polars as pl

    from mining import HTTP_LINES

    regex, (method, target, code), seconds = HTTP_LINES[profile]
    lines = pl.scan_csv(
        path, has_header=False, separator="\x01", quote_char=None, new_columns=["line"], schema={"line": pl.String}
    )
    parts = lines.select(pl.col("line").str.extract_groups(regex).alias("r")).unnest("r")
    times = [pl.col(str(group)).cast(pl.Float64) for group in seconds]
    parts = parts.rename({str(method): "method", str(target): "path", str(code): "status"}).with_columns(
        route=pl.col("path").str.split("?").list.first().str.replace_all(r"/[0-9]+(/|$)", "/:id$1"),
        status=pl.col("status").cast(pl.Int64),
        ms=pl.when(pl.min_horizontal(times) < 0).then(None).otherwise(pl.sum_horizontal(times) * 1000),
    )
    table = parts.select("method", "route", "status", "ms").collect()
    status = dict(table.group_by("status").len().iter_rows())
    quantiles = {q: table["ms"].quantile(v, interpolation="lower") for q, v in (("p50", 0.5), ("p90", 0.9))}
    quantiles |= {q: table["ms"].quantile(v, interpolation="lower") for q, v in (("p95", 0.95), ("p99", 0.99))}
    routes = table.group_by(pl.concat_str("method", pl.lit(" "), "route").alias("r")).len()
    top = sorted(routes.iter_rows(), key=lambda r: (-r[1], r[0]))[:10]
    return {
        "requests": sum(status.values()),
        "status": {str(k): v for k, v in sorted(status.items())},
        "latency": quantiles,
        "routes": [[name, n] for name, n in top],
    }


def run(engine: str, analysis: str, profile: str, path: str) -> dict:
    if analysis == "http":
        from mining import HTTP_LINES, duckdb_http

        if profile not in HTTP_LINES:
            return {"unsupported": "http needs an access log"}
        return duckdb_http(path, profile) if engine == "duckdb" else polars_http(path, profile)
    return {"duckdb": duckdb_run, "polars": polars_run}[engine](analysis, profile, path)


if __name__ == "__main__":
    digested = run(*sys.argv[1:5])
    if _QUERY_DONE:
        digested["tail_seconds"] = time.perf_counter() - _QUERY_DONE[0]
    json.dump(digested, sys.stdout)
