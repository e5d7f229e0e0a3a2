"""PostgreSQL's csvlog: detected by its rows, each row a record (a quoted field's newlines
inside it), read by its documented columns; the same records whatever the split size."""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

from helpers import run_job
from logmr.formats import detect_format
from logmr.formats.pgcsv import COLUMNS, PostgresCsvFormat


def _row(
    n: int, severity: str = "LOG", message: str = "checkpoint starting: time", backend: str = "checkpointer"
) -> str:
    values = dict.fromkeys(COLUMNS, "")
    values |= {"log_time": f"2026-12-02 14:33:{n % 60:02d}.{n % 1000:03d} UTC", "process_id": str(29000 + n % 7)}
    values |= {"session_id": "6b102c32.7185", "session_line_num": str(n), "error_severity": severity}
    values |= {"sql_state_code": "00000", "message": message, "backend_type": backend, "query_id": "0"}
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(values.values())
    return out.getvalue()


ROWS = [
    _row(1),
    _row(2, "ERROR", 'duplicate key value violates unique constraint "orders_pkey"', "client backend"),
    _row(3, "LOG", 'multi\nline "quoted", log', "client backend"),
    _row(4, "DEBUG1", "StartTransaction(1)", "client backend"),
    _row(5, "PANIC", "could not write to file", "postmaster"),
]


def test_rows_are_records_with_their_newlines() -> None:
    data = "".join(ROWS * 20).encode()
    fmt = detect_format(data[:65536])
    assert fmt.name == "pgcsv"
    records = [r for r, _ in fmt.records(data, "f")][:5]
    assert [(r.level, r.service, r.message) for r in records] == [
        ("INFO", "checkpointer", "checkpoint starting: time"),
        ("ERROR", "client backend", 'duplicate key value violates unique constraint "orders_pkey"'),
        ("INFO", "client backend", 'multi\nline "quoted", log'),
        ("DEBUG", "client backend", "StartTransaction(1)"),
        ("FATAL", "postmaster", "could not write to file"),
    ]
    assert records[1].timestamp == "2026-12-02 14:33:02.002 UTC" and records[1].fields["pid"] == 29002
    assert records[1].fields["sql_state_code"] == "00000"


def test_a_row_of_postgresql_12_and_bad_rows() -> None:
    """23 columns (before backend_type) are a row; a cut row and another CSV are malformed or no csvlog."""
    fmt = PostgresCsvFormat()
    old = _row(1).rsplit(",", 3)[0]
    assert fmt.parse(old, "f").service == "f"
    assert fmt.parse(_row(1).rsplit(",", 8)[0], "f") is None
    assert not fmt.matches("id,name,price") and not fmt.matches("2026-12-02 14:33:01 INFO, started")


def test_services_job_counts_rows_at_any_split_size(tmp_path: Path) -> None:
    path = tmp_path / "postgresql.csv"
    path.write_text("".join(ROWS * 3000))  # (about 2.6 MB: three splits of 1 MiB, cut inside rows)
    expected = Counter({("checkpointer", "INFO"): 3000, ("client backend", "ERROR"): 3000})
    expected |= {("client backend", "INFO"): 3000, ("client backend", "DEBUG"): 3000, ("postmaster", "FATAL"): 3000}
    for split in (1 << 20, None):
        rows, result = run_job(
            "services", [path], tmp_path / f"out-{split}", **({"split_size": split} if split else {})
        )
        assert rows == expected and result["counters"]["malformed"] == 0
