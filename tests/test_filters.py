"""--where and --since/--until: each form against a plain loop over the same records (json.loads
and datetime, nothing of logmr's), through `logmr run` (both map paths) and the state machine."""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from aws_harness import start_job, upload_folder
from helpers import read_rows, run_job
from logmr.cli.main import main
from logmr.engine.filters import FilterError, RecordFilter, job_filter, parse_condition, parse_time
from logmr.jobstate import DynamoJobStore

LEVELS = ["DEBUG", "INFO", "WARN", "ERROR", "FATAL"]
SPELLINGS = {"WARN": "warning", "FATAL": "critical", "DEBUG": "debug", "INFO": "info", "ERROR": "err"}
SERVICES = ["checkout", "payments", "search", "東京 gateway", "auth"]
START = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)
OFFSETS = [UTC, timezone(timedelta(hours=9)), timezone(timedelta(hours=-5, minutes=-30))]


def _records(count: int = 3000, seed: int = 5) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    records = []
    for i in range(count):
        when = START + timedelta(seconds=7 * i)
        record = {
            "time": when.astimezone(rng.choice(OFFSETS)).isoformat(),
            "level": SPELLINGS[rng.choice(LEVELS)] if i % 3 else rng.choice(LEVELS),
            "service": rng.choice(SERVICES),
            "msg": rng.choice(["timed out after 30s", "order placed", "payment declined: card", "cache miss"]),
            "status": rng.choice([200, 200, 404, 500, 503]),
            "user_id": rng.randrange(20),
        }
        if i % 50 == 0:
            del record["time"]  # untimed
        records.append(record)
    return records


@pytest.fixture(scope="module")
def logs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    folder = tmp_path_factory.mktemp("filtered")
    records = _records()
    half = len(records) // 2
    (folder / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records[:half]))
    (folder / "b.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records[half:]))
    return folder, records


def _level(record: dict[str, Any]) -> str:
    return {"warning": "WARN", "critical": "FATAL", "err": "ERROR"}.get(record["level"], record["level"].upper())


def _when(record: dict[str, Any]) -> datetime | None:
    return datetime.fromisoformat(record["time"]).astimezone(UTC) if "time" in record else None


# The reference: each condition written again as a plain predicate over the decoded record.
REFERENCE = {
    "level>=ERROR": lambda r: LEVELS.index(_level(r)) >= 3,
    "level<=info": lambda r: LEVELS.index(_level(r)) <= 1,
    "level=warning": lambda r: _level(r) == "WARN",
    "service=checkout": lambda r: r["service"] == "checkout",
    "service!=checkout": lambda r: r["service"] != "checkout",
    "service in (payments, '東京 gateway')": lambda r: r["service"] in ("payments", "東京 gateway"),
    'service="東京 gateway"': lambda r: r["service"] == "東京 gateway",
    "message~time[sd] out": lambda r: re.search("time[sd] out", r["msg"]) is not None,
    "status=500": lambda r: r["status"] == 500,
    "fields.user_id=7": lambda r: r["user_id"] == 7,
    "level>=WARN": lambda r: LEVELS.index(_level(r)) >= 2,
    "service in (checkout, payments)": lambda r: r["service"] in ("checkout", "payments"),
    "message~declined": lambda r: "declined" in r["msg"],
}


def _expected(records: list[dict[str, Any]], where: list[str], since=None, until=None) -> tuple[Counter, int, int]:
    counts: Counter = Counter()
    filtered = untimed = 0
    for record in records:
        if not all(REFERENCE[text](record) for text in where):
            filtered += 1
            continue
        if since or until:
            when = _when(record)
            if when is None:
                untimed += 1
                continue
            if (since and when < since) or (until and when >= until):
                filtered += 1
                continue
        counts[(record["service"], _level(record))] += 1
    return counts, filtered, untimed


CASES = [[text] for text in REFERENCE] + [["level>=WARN", "service in (checkout, payments)", "message~declined"]]


@pytest.mark.parametrize("where", CASES, ids=lambda w: " & ".join(w))
@pytest.mark.parametrize("batch", [True, False], ids=["batch", "records"])
def test_each_condition_keeps_what_a_plain_loop_keeps(logs, tmp_path: Path, where: list[str], batch: bool) -> None:
    folder, records = logs
    rows, result = run_job("services", [folder], tmp_path / "out", where=where, batch=batch, split_size=40_000)
    expected, filtered, _ = _expected(records, where)
    assert {tuple(key): value for key, value in rows.items()} == dict(expected)
    assert (result["counters"]["filtered"], result["counters"]["untimed"]) == (filtered, 0)
    assert result["counters"]["records"] == len(records)


@pytest.mark.parametrize("batch", [True, False], ids=["batch", "records"])
def test_a_time_window_is_half_open_across_offsets(logs, tmp_path: Path, batch: bool) -> None:
    folder, records = logs
    since, until = START + timedelta(hours=1), START + timedelta(hours=3, seconds=7)  # both fall on a record
    where, since_at, until_at = job_filter(["level>=WARN"], since.astimezone(OFFSETS[1]).isoformat(), until.isoformat())
    rows, result = run_job(
        "services",
        [folder],
        tmp_path / "o",
        where=where,
        since=since_at,
        until=until_at,
        batch=batch,
        split_size=40_000,
    )
    expected, filtered, untimed = _expected(records, ["level>=WARN"], since, until)
    assert {tuple(key): value for key, value in rows.items()} == dict(expected)
    assert (result["counters"]["filtered"], result["counters"]["untimed"]) == (filtered, untimed)
    assert untimed > 0 and sum(expected.values()) > 0
    assert result["filter"] == {"where": ["level>=WARN"], "since": "2026-11-30T11:00:00Z", "until": until_at}


def test_the_command_line_takes_filters_and_says_what_was_kept(logs, tmp_path: Path, capsys) -> None:
    folder, records = logs
    out = tmp_path / "cli"
    argv = ["run", "services", str(folder), "-o", str(out), "-q", "--where", "level>=ERROR"]
    assert main([*argv, "--since", "2026-11-30T10:00:00Z", "--until", "2026-11-30T12:00:00+00:00"]) == 0
    expected, filtered, untimed = _expected(records, ["level>=ERROR"], START, START + timedelta(hours=2))
    assert read_rows(out) == dict(expected)
    assert f"{sum(expected.values()):,} records kept: {filtered:,} filtered out, {untimed:,} without a time" in (
        capsys.readouterr().out
    )


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--where", "level>=loud"], "unknown level 'loud'"),
        (["--where", "colour=red"], "unknown field 'colour'"),
        (["--where", "service"], "cannot read --where"),
        (["--where", "message~(?<=x)y"], "lookarounds are not supported"),
        (["--since", "yesterday"], "cannot read the time 'yesterday'"),
        (["--since", "1h", "--until", "2h"], "is not before"),
    ],
)
def test_a_bad_filter_is_refused_before_any_work(logs, tmp_path: Path, capsys, argv, message) -> None:
    folder, _ = logs
    assert main(["run", "services", str(folder), "-o", str(tmp_path / "x"), "-q", *argv]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "x").exists()


def test_relative_times_and_parsing() -> None:
    now = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    assert parse_time("90m", now) == "2026-11-30T10:30:00Z"
    assert parse_time("7d", now) == "2026-11-23T12:00:00Z"
    assert parse_time("2026-11-30T12:00:00-05:00", now) == "2026-11-30T17:00:00Z"
    assert parse_time("2026-11-30", now) == "2026-11-30T00:00:00Z"
    assert parse_condition("level in (warning, critical)").values == ("WARN", "FATAL")
    with pytest.raises(FilterError):
        parse_condition("status>=500")
    syslog = RecordFilter([], since="2026-11-01T00:00:00Z")
    assert syslog.instant("Nov 30 10:00:00") is not None and syslog.instant("no time") is None


def test_the_api_and_the_state_machine_filter_alike(aws, logs, tmp_path: Path) -> None:
    clients, machine = aws
    folder, records = logs
    upload_folder(clients, folder)
    since = START + timedelta(hours=2)
    job_id, execution = start_job(
        clients,
        machine,
        "services",
        ["s3://logs/incoming/"],
        where=["service in (checkout, payments)"],
        since=parse_time(since.isoformat()),
        split_size=60_000,
        partitions=2,
    )
    assert execution["status"] == "SUCCEEDED", execution.get("cause")
    expected, filtered, untimed = _expected(records, ["service in (checkout, payments)"], since)
    job = DynamoJobStore("jobs", clients["dynamodb"]).get(job_id)
    assert (job.counters["filtered"], job.counters["untimed"]) == (filtered, untimed)
    rows = Counter()
    for p in range(2):
        body = clients["s3"].get_object(Bucket="work", Key=f"jobs/{job_id}/output/part-{p:05d}.jsonl")["Body"].read()
        for line in body.splitlines():
            row = json.loads(line)
            rows[tuple(row["key"])] += row["value"]
    assert rows == expected
