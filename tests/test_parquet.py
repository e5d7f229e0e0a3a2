"""`--output-format parquet`: every analysis's rows as Parquet parts that DuckDB, polars and pandas
read, equal to the default JSON lines output; through the CLI, the API on AWS (the state machine in
moto) and `logmr serve`."""

from __future__ import annotations

import json
import time
import urllib.request
from pathlib import Path
from typing import Any

import duckdb
import pytest

from aws_harness import upload_folder, wait_for
from helpers import LOGHUB, TOKEN, call, run_job, serving
from logmr.analyses import ANALYSES
from logmr.cli.main import main


@pytest.fixture(scope="module")
def mixed(sample_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A few hundred lines of each generated file (JSON, access, syslog) and a loghub system."""
    folder = tmp_path_factory.mktemp("mixed")
    for path in sample_dir.iterdir():
        (folder / path.name).write_bytes(b"".join(path.read_bytes().splitlines(keepends=True)[:400]))
    (folder / "Zookeeper.log").write_bytes((LOGHUB / "Zookeeper" / "Zookeeper_2k.log").read_bytes())
    return folder


def _from_duckdb(glob: str, analysis: str) -> dict[Any, Any]:
    """key -> value from Parquet parts read by DuckDB alone (JSON text decoded)."""
    table = duckdb.sql(f"SELECT * FROM read_parquet('{glob}')")
    names = table.columns
    rows = {}
    for values in table.fetchall():
        row = dict(zip(names, values, strict=True))
        if analysis == "parse":
            key = (row.pop("file"), row.pop("offset"))
            event = row.pop("event")  # a line's further events: (file, offset, n)
            rows[(*key, event) if event else key] = row
        else:
            key = json.loads(row["key"])
            rows[tuple(key) if isinstance(key, list) else key] = json.loads(row["value"])
    return rows


@pytest.mark.parametrize("analysis", sorted(ANALYSES))
def test_parquet_parts_hold_the_same_rows_as_json_lines(tmp_path: Path, mixed: Path, analysis: str) -> None:
    settings = {"split_size": 64 * 1024, "partitions": 3}
    lines, result = run_job(analysis, [mixed], tmp_path / "jsonl", **settings)
    parquet, parquet_result = run_job(analysis, [mixed], tmp_path / "pq", output_format="parquet", **settings)
    assert parquet == {}, "no JSON lines parts"
    # parse's rows are written by the map tasks of its last step (map-only): a part per split
    parts = result["counters"]["splits"] if analysis == "parse" else 3
    assert parquet_result["outputs"] == [f"part-{p:05d}.parquet" for p in range(parts)]
    assert parquet_result["summary"] == result["summary"]  # finalize reads the Parquet parts back
    assert len(lines) > 10
    assert _from_duckdb(str(tmp_path / "pq" / "part-*.parquet"), analysis) == lines


def test_parse_columns_are_typed_for_polars_and_pandas(tmp_path: Path) -> None:
    import pandas
    import polars

    log = LOGHUB / "HDFS" / "HDFS_2k.log"
    assert main(["run", "parse", str(log), "-o", str(tmp_path), "-q", "--output-format", "parquet", "-r", "2"]) == 0
    parts = sorted(str(p) for p in tmp_path.glob("part-*.parquet"))
    frame = polars.read_parquet(parts)
    assert frame.height == 2000 and frame["offset"].dtype == polars.Int64
    assert frame.schema["params"] == polars.List(polars.String)
    top = frame.group_by("template_id").len().sort("len", descending=True).row(0)
    table = pandas.concat(pandas.read_parquet(part) for part in parts)
    assert len(table) == 2000 and (table["template_id"] == top[0]).sum() == top[1]
    data = log.read_bytes()
    for offset, message in zip(table["offset"][:50], table["message"][:50], strict=True):
        assert data[offset:].split(b"\n", 1)[0].rstrip(b"\r").decode().endswith(message)


def test_a_bad_output_format_is_refused(tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit):
        main(["run", "services", str(tmp_path), "--output-format", "csv"])
    assert "invalid choice: 'csv'" in capsys.readouterr().err
    from logmr.engine.spec import JobSpec

    with pytest.raises(ValueError, match="unknown output format 'csv'"):
        JobSpec(job_id="j", analysis="services", inputs=[], output_format="csv")


def test_parquet_through_the_api_on_aws(api, sample_dir: Path, tmp_path: Path) -> None:
    call_api, clients = api
    upload_folder(clients, sample_dir)
    status, answer = call_api(
        "POST", "/jobs", {"analysis": "services", "inputs": ["s3://logs/incoming/"], "output_format": "x"}
    )
    assert status == 400 and "output format" in answer["message"]
    body = {"analysis": "parse", "inputs": ["s3://logs/incoming/"], "partitions": 2, "output_format": "parquet"}
    status, job = call_api("POST", "/jobs", body)
    assert status == 202
    from logmr.jobstate import DynamoJobStore

    arn = DynamoJobStore("jobs", clients["dynamodb"]).get(job["job_id"]).execution_arn
    assert wait_for(clients["stepfunctions"], arn)["status"] == "SUCCEEDED"
    status, result = call_api("GET", f"/jobs/{job['job_id']}/result")
    # a part per split: parse's last step is map-only
    parts = result["counters"]["splits_total"]
    assert status == 200 and [url.split("?")[0].rsplit("/", 1)[-1] for url in result["outputs"]] == [
        f"part-{p:05d}.parquet" for p in range(parts)
    ]
    for p in range(parts):
        key = f"jobs/{job['job_id']}/output/part-{p:05d}.parquet"
        body = clients["s3"].get_object(Bucket="work", Key=key)["Body"].read()
        (tmp_path / f"part-{p}.parquet").write_bytes(body)
    rows = _from_duckdb(str(tmp_path / "part-*.parquet"), "parse")
    local, local_result = run_job("parse", [sample_dir], tmp_path / "local", partitions=2)
    assert {(file.rsplit("/", 1)[-1], offset): row for (file, offset), row in rows.items()} == {
        (file.rsplit("/", 1)[-1], offset): row for (file, offset), row in local.items()
    }
    status, done = call_api("GET", f"/jobs/{job['job_id']}")
    assert done["summary"]["total"] == local_result["summary"]["total"] == len(local)


def test_parquet_through_logmr_serve(tmp_path: Path, mixed: Path) -> None:
    with serving(tmp_path / "home", mixed) as (base, _):
        body = {"analysis": "templates", "inputs": [str(mixed)], "partitions": 2, "output_format": "parquet"}
        status, job = call(base, "POST", "/jobs", body)
        assert status == 202
        for _ in range(600):
            status, done = call(base, "GET", f"/jobs/{job['job_id']}")
            if done["status"] in ("SUCCEEDED", "FAILED"):
                break
            time.sleep(0.1)
        assert done["status"] == "SUCCEEDED", done
        _, result = call(base, "GET", f"/jobs/{job['job_id']}/result")
        for i, link in enumerate(result["outputs"]):
            assert link.endswith(".parquet")
            request = urllib.request.Request(base + link, headers={"Authorization": f"Bearer {TOKEN}"})
            with urllib.request.urlopen(request) as part:
                (tmp_path / f"part-{i}.parquet").write_bytes(part.read())
    local, _ = run_job("templates", [mixed], tmp_path / "local", partitions=2)
    assert _from_duckdb(str(tmp_path / "part-*.parquet"), "templates") == local


def test_rows_are_written_a_row_group_at_a_time(tmp_path: Path, monkeypatch) -> None:
    import pyarrow.parquet as pq

    from logmr.analyses.parse import Parse
    from logmr.engine import parquet

    monkeypatch.setattr(parquet, "ROW_GROUP_ROWS", 100)
    job = Parse()
    rows = [
        (
            ("f.log", 10 * i),
            {"template_id": "t", "template": "a <*>", "params": [str(i)], "time": None}
            | {"level": "INFO", "service": None, "host": None, "pid": i if i % 2 else None, "message": f"a {i}"},
        )
        for i in range(1050)
    ]
    writer = parquet.ParquetRows(str(tmp_path / "p.parquet"), job)
    for key, value in rows:
        writer.add(key, value)
        assert sum(len(column) for column in writer.columns.values()) <= 100 * len(job.output_columns)
    writer.close()
    assert pq.ParquetFile(tmp_path / "p.parquet").metadata.num_row_groups == 11
    assert list(parquet.iter_parquet_rows((tmp_path / "p.parquet").read_bytes(), job)) == rows


@pytest.mark.parametrize("bytes_limit", [8 * 2**20, 5_000])
def test_rows_in_bulk_are_cut_into_the_row_groups_of_rows_one_at_a_time(
    tmp_path: Path, monkeypatch, bytes_limit
) -> None:
    """GIVEN parse's rows (some a line's further events, some with long messages) WHEN written in
    blocks (ParquetRows.add_many, the job's columns) and one at a time (add) THEN the files hold the
    same rows in the same row groups, whether the cuts fall on the rows or on the bytes."""
    import pyarrow.parquet as pq

    from logmr.analyses.parse import Parse, Row
    from logmr.engine import parquet

    monkeypatch.setattr(parquet, "ROW_GROUP_ROWS", 100)
    monkeypatch.setattr(parquet, "ROW_GROUP_BYTES", bytes_limit)
    job = Parse()
    message = [f"a {i}" + (" x" * 400 if i % 7 == 0 else "") for i in range(1050)]
    keys = [("f.log", 10 * i, 1) if i % 250 == 9 else ("f.log", 10 * i) for i in range(1050)]
    values = [
        Row("t", "a <*>", [str(i)], None, "INFO", None, None, i if i % 2 else None, message[i]) for i in range(1050)
    ]
    rows = list(zip(keys, values, strict=True))
    one, bulk = (
        parquet.ParquetRows(str(tmp_path / "one.parquet"), job),
        parquet.ParquetRows(str(tmp_path / "bulk.parquet"), job),
    )
    for key, value in rows:
        one.add(key, value)
    for start in range(0, len(rows), 130):
        bulk.add_many(rows[start : start + 130])
    one.close()
    bulk.close()
    groups = [
        [meta.row_group(i).num_rows for i in range(meta.num_row_groups)]
        for meta in (pq.ParquetFile(tmp_path / name).metadata for name in ("one.parquet", "bulk.parquet"))
    ]
    assert groups[0] == groups[1] and len(groups[0]) >= 11
    assert pq.read_table(tmp_path / "one.parquet").equals(pq.read_table(tmp_path / "bulk.parquet"))
    assert len(pq.read_table(tmp_path / "bulk.parquet")) == 1050
