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


# ---- pruning: inputs a window rules out by their dated names are never opened ----


def _dated_logs(folder: Path, records: list[dict[str, Any]]) -> dict[str, int]:
    """The records spread over files named by their day; the days outside the window are written
    as damaged gzip, which fails any job that opens them."""
    by_day: dict[str, list[str]] = {}
    for record in records:
        if "time" in record:
            day = _when(record).strftime("%Y/%m/%d")
            by_day.setdefault(day, []).append(json.dumps(record))
    sizes = {}
    for day, lines in by_day.items():
        path = folder / day / "app.jsonl"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(lines) + "\n")
        sizes[day] = path.stat().st_size
    for day in ("2026/11/20", "2026/12/09"):  # far outside any window below: never opened
        path = folder / day / "app.jsonl.gz"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"\x1f\x8b\x08\x00 not really gzip")
        sizes[day] = path.stat().st_size
    return sizes


def _spread(count: int = 2000) -> list[dict[str, Any]]:
    records = _records(count)
    for i, record in enumerate(records):  # over five days instead of four hours
        if "time" in record:
            record["time"] = (START + timedelta(minutes=3 * i)).isoformat()
    return records


def _read_days(records: list[dict[str, Any]], days: tuple[str, ...]) -> list[dict[str, Any]]:
    return [r for r in records if "time" in r and _when(r).strftime("%Y/%m/%d") in days]


def test_dated_inputs_outside_the_window_are_never_opened(tmp_path: Path) -> None:
    records = _spread()  # Nov 30 10:00 to Dec 4 14:00
    sizes = _dated_logs(tmp_path / "logs", records)
    since, until = datetime(2026, 12, 1, 6, tzinfo=UTC), datetime(2026, 12, 2, 18, tzinfo=UTC)
    window = {"since": parse_time(since.isoformat()), "until": parse_time(until.isoformat())}
    rows, result = run_job("services", [tmp_path / "logs"], tmp_path / "out", **window, split_size=20_000)
    # Nov 30 ends (with an hour's lag) before Dec 1 06:00 and Dec 3 starts after Dec 2 18:00.
    read = ("2026/12/01", "2026/12/02")
    expected, filtered, _ = _expected(_read_days(records, read), [], since, until)
    assert {tuple(k): v for k, v in rows.items()} == dict(expected)
    assert result["counters"]["pruned_files"] == len(sizes) - len(read)
    assert result["counters"]["pruned_bytes"] == sum(size for day, size in sizes.items() if day not in read)
    assert result["counters"]["filtered"] == filtered and filtered > 0


def test_pruning_on_s3_partitions(aws, tmp_path: Path) -> None:
    clients, machine = aws
    records = _spread()
    folder = tmp_path / "logs"
    _dated_logs(folder, records)
    for path in sorted(folder.rglob("*.json*")):
        day = path.parent.relative_to(folder).as_posix().replace("/", "-")
        clients["s3"].upload_file(str(path), "logs", f"app/dt={day}/{path.name}")
    since, until = datetime(2026, 12, 2, 12, tzinfo=UTC), datetime(2026, 12, 3, 12, tzinfo=UTC)
    window = {"since": parse_time(since.isoformat()), "until": parse_time(until.isoformat())}
    job_id, execution = start_job(clients, machine, "services", ["s3://logs/app/"], **window, partitions=1)
    assert execution["status"] == "SUCCEEDED", execution.get("cause")
    expected, _, _ = _expected(_read_days(records, ("2026/12/02", "2026/12/03")), [], since, until)
    body = clients["s3"].get_object(Bucket="work", Key=f"jobs/{job_id}/output/part-00000.jsonl")["Body"].read()
    assert {tuple(json.loads(line)["key"]): json.loads(line)["value"] for line in body.splitlines()} == dict(expected)
    result = json.loads(clients["s3"].get_object(Bucket="work", Key=f"jobs/{job_id}/result.json")["Body"].read())
    assert result["counters"]["pruned_files"] == 5  # Nov 20, Nov 30, Dec 1, Dec 4, Dec 9


def test_the_span_a_key_names() -> None:
    from logmr.engine.pruning import span_of

    hour = timedelta(hours=1)
    assert span_of("s3://b/fh/2026/11/26/13/stream-1-2026-11-26-13-05-00-abc")[0] == datetime(
        2026, 11, 26, 13, tzinfo=UTC
    )
    assert span_of("s3://b/x/dt=2026-11-26/hour=07/p.gz") == (
        datetime(2026, 11, 26, 7, tzinfo=UTC),
        datetime(2026, 11, 26, 7, tzinfo=UTC) + hour,
    )
    assert span_of("s3://b/year=2026/month=11/day=26/x.json")[1] == datetime(2026, 11, 27, tzinfo=UTC)
    assert span_of("s3://b/AWSLogs/1/elasticloadbalancing/r/2026/11/26/x_20261126T1305Z_y.log.gz")[0].hour == 13
    assert span_of("/var/log/app-2026-11-26.log")[0] == datetime(2026, 11, 26, tzinfo=UTC)
    assert span_of("/var/log/syslog") is None and span_of("/logs/2026-13-45.log") is None


# ---- across formats: JSON, access logs and year-less syslog in one job ----


def test_filters_over_every_format_agree_with_the_unfiltered_rows(sample_dir: Path, tmp_path: Path) -> None:
    """The same job unfiltered, then filtered: the filtered rows are the unfiltered ones the
    condition or window keeps (timeline buckets of a second, so a window on seconds keeps whole
    buckets), over JSON, access logs (levels from statuses) and RFC 3164 syslog."""
    everything, _ = run_job("services", [sample_dir], tmp_path / "all", split_size=200_000)
    kept, result = run_job("services", [sample_dir], tmp_path / "some", where=["level>=WARN"], split_size=200_000)
    assert kept == {key: n for key, n in everything.items() if key[1] in ("WARN", "ERROR", "FATAL")}
    assert result["counters"]["filtered"] == sum(everything.values()) - sum(kept.values())
    services = sorted({key[0] for key in everything})[:3]
    where = [f"service in ({', '.join(services)})"]
    kept, _ = run_job("services", [sample_dir], tmp_path / "in", where=where, split_size=200_000)
    assert kept == {key: n for key, n in everything.items() if key[0] in services} and len(kept) >= 3

    seconds = {"options": {"interval": "1s"}, "split_size": 200_000}
    buckets, _ = run_job("timeline", [sample_dir], tmp_path / "t-all", **seconds)
    timed = sorted(key[0] for key in buckets if key[0])
    since, until = timed[len(timed) // 3], timed[2 * len(timed) // 3]
    window, result = run_job("timeline", [sample_dir], tmp_path / "t-some", since=since, until=until, **seconds)
    assert window == {key: n for key, n in buckets.items() if key[0] and since <= key[0] < until}
    untimed = sum(n for key, n in buckets.items() if key[0] is None)
    assert result["counters"]["untimed"] == untimed
