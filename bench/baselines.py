"""The same analyses done by other tools, for bench.py. Prints a JSON digest of the results.

python bench/baselines.py {duckdb|polars|python} {services|wordcount|patterns} FILE
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter

from family_specs import digest_counts
from logmr.analyses.signatures import SIGNATURES
from logmr.formats import normalize_level

CORES = len(os.sched_getaffinity(0))


def normalised_services(rows) -> dict:
    counts: Counter = Counter()
    for service, level, n in rows:
        counts[f"{service}|{normalize_level(level)}"] += n
    return counts


# --- DuckDB -------------------------------------------------------------------------------
def duckdb_run(analysis: str, path: str) -> dict:
    import duckdb

    con = duckdb.connect(config={"threads": CORES})
    columns = "{service: 'VARCHAR', level: 'VARCHAR', message: 'VARCHAR'}"
    source = f"read_json('{path}', format='newline_delimited', columns={columns})"
    if analysis == "services":
        rows = con.sql(f"SELECT service, level, count(*) FROM {source} GROUP BY ALL").fetchall()
        return digest_counts(normalised_services(rows))
    if analysis == "wordcount":
        rows = con.sql(
            "SELECT w, count(*) FROM "
            f"(SELECT unnest(regexp_extract_all(lower(message), '\\w+')) AS w FROM {source}) GROUP BY w"
        ).fetchall()
        return digest_counts(dict(rows))
    lines = f"read_csv('{path}', columns={{'line': 'VARCHAR'}}, delim='\\x01', header=false, quote='', escape='')"
    sums = ", ".join(
        f"sum(regexp_matches(line, '{p.replace(chr(39), chr(39) * 2)}')::INT)" for p in SIGNATURES.values()
    )
    row = con.execute(f"SELECT {sums} FROM {lines}").fetchone()
    return digest_counts(dict(zip(SIGNATURES, row, strict=True)))


# --- polars -------------------------------------------------------------------------------
def polars_run(analysis: str, path: str) -> dict:
    import polars as pl

    if analysis == "services":
        frame = (
            pl.scan_ndjson(path, schema={"service": pl.String, "level": pl.String}).group_by("service", "level").len()
        )
        return digest_counts(normalised_services(frame.collect().iter_rows()))
    if analysis == "wordcount":
        words = (
            pl.scan_ndjson(path, schema={"message": pl.String})
            .select(pl.col("message").str.to_lowercase().str.extract_all(r"\w+").alias("w"))
            .explode("w")
            .drop_nulls()
            .group_by("w")
            .len()
            .collect()
        )
        return digest_counts(dict(words.iter_rows()))
    lines = pl.scan_csv(
        path,
        has_header=False,
        separator="\x01",
        quote_char=None,
        new_columns=["line"],
        schema={"line": pl.String},
    )
    frame = lines.select([pl.col("line").str.contains(p).sum().alias(n) for n, p in SIGNATURES.items()]).collect()
    return digest_counts(frame.row(0, named=True))


# --- plain Python, one process --------------------------------------------------------------
def python_run(analysis: str, path: str) -> dict:
    counts: Counter = Counter(dict.fromkeys(SIGNATURES, 0) if analysis == "patterns" else {})
    word = re.compile(r"\w+")
    compiled = {name: re.compile(p) for name, p in SIGNATURES.items()}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if analysis == "patterns":
                for name, pattern in compiled.items():
                    if pattern.search(line):
                        counts[name] += 1
                continue
            record = json.loads(line)
            if analysis == "services":
                counts[f"{record.get('service')}|{normalize_level(record.get('level'))}"] += 1
            else:
                counts.update(word.findall(record.get("message", "").lower()))
    return digest_counts(counts)


if __name__ == "__main__":
    engine, analysis, path = sys.argv[1:4]
    result = {"duckdb": duckdb_run, "polars": polars_run, "python": python_run}[engine](analysis, path)
    json.dump(result, sys.stdout)
