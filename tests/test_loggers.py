"""Real loggers' output (tests/data/loggers, see its README) read through the product's path:
the planner's format detection, then the map task's block parser and record path. Every record
of every JSON-shaped file must come out with the expected time, level, service, host and message."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from helpers import calls_to, run_job
from loggers_corpus import CORPUS, expected_records, read_with_logmr, wrong_fields
from logmr.engine.planner import service_from_uri
from logmr.formats import LogFormat, detect_format, get_format
from logmr.formats.base import count_columns, count_lines
from logmr.formats.jsonl import JsonLinesFormat
from logmr.formats.record import normalize_level, parse_epoch, parse_timestamp

JSON_FILES = [
    "bunyan.jsonl",
    "pino_default.jsonl",
    "pino_nobase.jsonl",
    "winston_json.jsonl",
    "winston_logstash.jsonl",
    "loguru_serialize.jsonl",
    "python_json_logger.jsonl",
    "python_json_dumps_bom.jsonl",
    "structlog_json.jsonl",
    "ecs_logging_python.jsonl",
    "gcp_structured.jsonl",
    "gelf_graypy.jsonl",
    "journald_json.jsonl",
    "log4j2_jsonlayout.jsonl",
    "logrus_json.jsonl",
    "slog_json.jsonl",
    "zerolog.jsonl",
    "serilog_clef.jsonl",
    "zap_production.jsonl",
    "docker_json_file.log",
    "docker_json_file_pino.log",
    "kubelet_docker_json.jsonl",  # (session 30: klog's lines in Docker's `log`, published in a public guide)
    # composed after their documentation (tests/data/loggers/README.md)
    "log4j2_jsontemplate_ecs.jsonl",
    "logback_jsonencoder.jsonl",
    "logstash_logback_encoder.jsonl",
    "azure_functionapplogs.jsonl",
    "azure_records.jsonl",
    "appinsights_apptraces.jsonl",
    "lambda_json.jsonl",
    "powertools_logger.jsonl",
    "cloudwatch_subscription_firehose.jsonl",
    "gcp_logentry_gcs.jsonl",
    # daemons' own JSON logs (session 19: run here, or composed after their documentation)
    "caddy_json.jsonl",
    "etcd_zap.jsonl",
    "hclog_json.jsonl",
    # session 21's (tests/data/loggers/src/session21)
    "elasticsearch8_server.jsonl",
    "nginx_access_json.jsonl",
    "postgresql_jsonlog.jsonl",
    # session 34's (tests/data/loggers/src/session34c)
    "rust_tracing_json.jsonl",
    "json_log_formatter_verbose.jsonl",
    "wandb_debug_internal.jsonl",
]  # (not mongodb_json.jsonl: its `s` and `c`, read beside its `t.$date` only, take the record path)
# Lines holding several events (CloudWatch subscription payloads, Azure's {"records": [...]}): the
# record path reads them, one record per event.
ENVELOPE_FILES = ("azure_records.jsonl", "cloudwatch_subscription_firehose.jsonl")


@pytest.mark.parametrize("name", JSON_FILES)
def test_every_record_of_a_json_logger_is_read_right(name: str) -> None:
    path = CORPUS / name
    expected = expected_records(path)
    reading = read_with_logmr(path)
    assert reading.format == "json"
    assert (len(reading.records), reading.malformed) == (len(expected), 0)
    assert reading.block_agrees, "parse_block and the record path disagree"
    assert wrong_fields(expected, reading) == []


@pytest.mark.parametrize("name", ["logrus_text.log", "slog_text.log"])
def test_every_record_of_a_go_logfmt_logger_is_read_right(name: str) -> None:
    """logrus's and slog's text handlers: logfmt with Go-quoted values (\\n, \\t, \\u00e9 decoded)."""
    path = CORPUS / name
    expected = expected_records(path)
    reading = read_with_logmr(path)
    assert reading.format == "logfmt"
    assert (len(reading.records), reading.malformed) == (len(expected), 0)
    assert wrong_fields(expected, reading) == []


def test_logfmt_values_unquote_as_go_quotes_them() -> None:
    from logmr.formats.logfmt import parse_pairs

    line = r'msg="a\tb\nc \"q\" \\ \u00e9\U0001F600 \x41\101 \q" empty="" bare=x=y'
    assert parse_pairs(line) == {"msg": 'a\tb\nc "q" \\ \u00e9\U0001f600 AA q', "empty": "", "bare": "x=y"}


@pytest.mark.parametrize("name", JSON_FILES)
def test_json_loggers_blocks_take_the_fast_path_and_count_the_same(name: str) -> None:
    """The columns and the parser's own group-by equal the record path's, and files without
    Docker's partial or app-JSON lines never leave the one-call msgspec path."""
    data = (CORPUS / name).read_bytes()
    if name == "python_json_dumps_bom.jsonl":
        assert data.startswith(b"\xef\xbb\xbf")
    fmt = JsonLinesFormat()
    fields = ("timestamp", "level", "service", "host", "message")
    slow = LogFormat.parse_block(fmt, data, fields, "default")
    for _ in range(2):  # a second pass starts from the alias depths learned on the first
        fast = fmt.parse_block(data, fields, "default")
        assert fast.columns == slow.columns
        _, counts = fmt.count_block(data, ("service", "level"), "default")
        assert counts == count_columns(slow, ("service", "level"))
    if name in ENVELOPE_FILES:
        assert fast.records > count_lines(data)
    elif not name.startswith("docker_"):
        with calls_to(LogFormat, "parse_block") as calls:
            fmt.parse_block(data, fields, "default")
        assert calls == []


def test_a_first_line_longer_than_the_detection_sample_is_still_json() -> None:
    data = (CORPUS / "zap_production.jsonl").read_bytes()
    assert data.index(b"\n") > 65536
    assert detect_format(data[:65536]).name == "json"
    assert detect_format(b'{"msg": "' + b"x" * 70000).name == "json"
    assert detect_format(b"plain text " * 7000).name == "plain"


def test_a_byte_order_mark_is_skipped_by_detection_and_parsing() -> None:
    data = b'\xef\xbb\xbf{"msg": "first", "level": "warn"}\n{"msg": "second"}\n'
    assert detect_format(data).name == "json"
    fmt = JsonLinesFormat()
    assert [r.message for r, _ in fmt.records(data)] == ["first", "second"]
    assert fmt.parse_block(data, ["message", "level"]).columns == {
        "message": ["first", "second"],
        "level": ["WARN", "INFO"],
    }


@pytest.mark.parametrize(
    "name",
    [
        "journald_json.jsonl",
        "gelf_graypy.jsonl",
        "docker_json_file_pino.log",
        "cloudwatch_subscription_firehose.jsonl",
        "azure_records.jsonl",
        "appinsights_apptraces.jsonl",
    ],
)
def test_services_job_counts_what_the_expected_records_say(name: str, tmp_path: Path) -> None:
    """A real `services` run over a corpus file: its (service, level) counts are a plain count of
    the expected records (a record without a service gets the file's name, as the planner does)."""
    path = CORPUS / name
    default = service_from_uri(str(path))
    want = Counter((r["service"] or default, r["level"] or "INFO") for r in expected_records(path))
    for batch in (True, False):
        rows, _ = run_job("services", [path], tmp_path / f"out-{batch}", batch=batch)
        assert rows == dict(want)


@pytest.mark.parametrize(
    ("raw", "level"),
    [
        # bunyan / pino
        (10, "DEBUG"),
        (20, "DEBUG"),
        (30, "INFO"),
        (40, "WARN"),
        (50, "ERROR"),
        (60, "FATAL"),
        (35, "INFO"),  # a custom pino level takes the one below it
        # syslog severities: journald's PRIORITY (a string), GELF's level
        (0, "FATAL"),
        (1, "FATAL"),
        ("2", "FATAL"),
        (3, "ERROR"),
        ("4", "WARN"),
        (5, "INFO"),
        (6, "INFO"),
        ("7", "DEBUG"),
        # words
        ("Verbose", "DEBUG"),
        ("silly", "DEBUG"),
        ("Information", "INFO"),
        ("notice", "INFO"),
        ("success", "INFO"),
        ("http", "INFO"),
        ("Warning", "WARN"),
        ("err", "ERROR"),
        ("critical", "FATAL"),
        ("alert", "FATAL"),
        ("emergency", "FATAL"),
        ("panic", "FATAL"),
        ("dpanic", "FATAL"),
        ("Fatal", "FATAL"),
        # Azure Monitor's resource log levels
        ("Verbose", "DEBUG"),
        ("Informational", "INFO"),
        ("Critical", "FATAL"),
    ],
)
def test_level_table(raw: object, level: str) -> None:
    assert normalize_level(raw) == level


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("1796090312", "2026-12-01T01:58:32.000000"),  # seconds
        ("1796090312.636863", "2026-12-01T01:58:32.636863"),  # seconds with a fraction (GELF, zap)
        ("1796090072497", "2026-12-01T01:54:32.497000"),  # milliseconds (pino)
        ("1796090369327918", "2026-12-01T01:59:29.327918"),  # microseconds (journald)
        ("1796090100621882495", "2026-12-01T01:55:00.621882"),  # nanoseconds, truncated
        ("1796090100.621882495", "2026-12-01T01:55:00.621882"),  # log4j2's instant as logmr writes it
        ("99999999999", "5138-11-16T09:46:39.000000"),  # the last seconds value
        ("100000000000", "1973-03-03T09:46:40.000000"),  # the first milliseconds value
    ],
)
def test_epoch_unit_by_magnitude(text: str, iso: str) -> None:
    want = datetime.fromisoformat(iso).replace(tzinfo=UTC)
    assert parse_epoch(text) == want
    assert parse_timestamp(text) == want


def test_iso_times_with_any_offset_and_fraction() -> None:
    assert parse_timestamp("2026-12-01T01:55:45.191065187Z") == datetime(2026, 12, 1, 1, 55, 45, 191065, UTC)
    assert parse_timestamp("2026-12-01T03:55:45+02:00") == datetime(2026, 12, 1, 1, 55, 45, tzinfo=UTC)
    assert parse_timestamp("2026-12-01 01:54:13,449") == datetime(2026, 12, 1, 1, 54, 13, 449000)
    assert parse_timestamp("not a time") is None


def test_day_first_times_with_dashes_as_go_writes_02_01_2006() -> None:
    """CrowdSec's logrus time (`time="04-12-2026 03:03:10"`): the day first; a month past 12 is no time."""
    assert parse_timestamp("04-12-2026 03:03:10") == datetime(2026, 12, 4, 3, 3, 10)
    assert parse_timestamp("13-12-2026 03:03:10.25") == datetime(2026, 12, 13, 3, 3, 10, 250000)
    assert parse_timestamp("12-13-2026 03:03:10") is None
    record = get_format("logfmt").parse('time="04-12-2026 03:03:10" level=warning msg="no acquisition"')
    assert (record.time, record.level) == (datetime(2026, 12, 4, 3, 3, 10), "WARN")


def test_text_lines_among_json_records_are_records_and_cut_json_is_malformed(tmp_path: Path) -> None:
    """A program's traceback or banner printed among its JSON records is read as lines of text;
    a line that starts like JSON but is cut or broken is malformed, on both map paths."""
    from helpers import run_job

    good = [json.dumps({"level": "error", "msg": f"boom {i}", "service": "api"}) for i in range(20)]
    text = ["Traceback (most recent call last):", '  File "x.py", line 1, in <module>', "ValueError: bad"]
    log = tmp_path / "mixed.jsonl"
    log.write_text("\n".join([*good[:10], *text, *good[10:], '{"level": "info", "msg": "cut']) + "\n")
    for batch in (True, False):
        rows, result = run_job("services", [log], tmp_path / f"out-{batch}", batch=batch)
        assert (result["counters"]["records"], result["counters"]["malformed"]) == (23, 1)
        assert rows == {("api", "ERROR"): 20, ("mixed", "INFO"): 3}


@pytest.mark.parametrize(("suffix", "name"), [(".jsonl", "json"), (".log", "logfmt")])
def test_text_lines_among_json_or_logfmt_records_are_records_with_the_level_they_open_with(
    tmp_path: Path, suffix: str, name: str
) -> None:
    """A line of text among JSON or logfmt records (a Go panic, an access log's line as InfluxDB
    writes its `[httpd]` lines among its logfmt) is a record of its own, on both map paths and
    the record path, its level the one it opens with (as a syslog message's); nothing is lost as
    malformed but a line that starts as JSON does (`[1,2,3]`), and a blank line is no record."""
    from helpers import run_job

    def good(i: int) -> str:
        if suffix == ".jsonl":
            return json.dumps({"level": "warn", "msg": f"slow {i}", "service": "api"})
        return f'level=warn msg="slow {i}" service=api'

    text = [
        '[httpd] 127.0.0.1 - - [03/Dec/2026:22:14:48 +0000] "GET /ping HTTP/1.1" 204 0 "-" "curl/7.88.1" f3 20',
        "panic: runtime error: index out of range [3] with length 3",
        "goroutine 1 [running]:",
        "ERROR: disk full",
        "[2026-12-03 10:00:00] started",
    ]
    log = tmp_path / f"mixed{suffix}"
    log.write_text("\n".join([*map(good, range(10)), *text, "", *map(good, range(10, 20)), "[1,2,3]"]) + "\n")
    malformed = 1 if suffix == ".jsonl" else 0  # (`[1,2,3]`: JSON, yet no record; logfmt: a line of text)
    assert detect_format(log.read_bytes()).name == name
    read = [record for record, _ in get_format(name).records(log.read_bytes(), "mixed") if record is not None]
    assert [(r.level, r.message) for r in read[10:15]] == [
        ("INFO", text[0]),
        ("FATAL", text[1]),
        ("INFO", text[2]),
        ("ERROR", text[3]),
        ("INFO", text[4]),
    ]
    for batch in (True, False):
        rows, result = run_job("services", [log], tmp_path / f"out-{batch}", batch=batch)
        assert (result["counters"]["records"], result["counters"]["malformed"]) == (26 - malformed, malformed)
        assert rows == {
            ("api", "WARN"): 20,
            ("mixed", "INFO"): 4 - malformed,
            ("mixed", "FATAL"): 1,
            ("mixed", "ERROR"): 1,
        }


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("[1,2,3]", False),
        ("[null]", False),
        ('[ {"a": 1', False),
        ('{"cut": "x', False),
        ("[]", False),
        ("[0] > app@1.0.0 start", True),  # (concurrently's prefix)
        ("[12] worker started", True),
        ("[nullable] field", True),
        ("[2026-12-03 10:00:00] started", True),
        ("[httpd] 127.0.0.1 - -", True),
    ],
)
def test_a_line_among_json_records_is_malformed_only_where_it_starts_as_json(line: str, text: bool) -> None:
    """An object's or an array of values' start is a broken record (malformed); a bracketed word,
    number or time opening a line of text is text (session 31's review)."""
    record = JsonLinesFormat().parse(line, "app")
    assert (record is not None) == text
    assert record is None or record.message == line


@pytest.mark.parametrize(
    ("severity", "level"), [(0, "DEBUG"), (1, "INFO"), (2, "WARN"), (3, "ERROR"), (4, "FATAL"), ("2", "WARN")]
)
def test_app_insights_severity_is_its_own_scale_not_syslog(severity: object, level: str) -> None:
    """AppTraces' SeverityLevel 0..4 (Verbose..Critical) is read by its key: the same numbers
    under `level` are syslog severities (0 is FATAL there)."""
    fmt = JsonLinesFormat()
    line = json.dumps({"Message": "m", "SeverityLevel": severity, "TimeGenerated": "2026-11-30T12:00:00.0000000Z"})
    record = fmt.parse(line)
    assert (record.level, record.message) == (level, "m")
    assert fmt.parse_block(line.encode(), ["level"]).columns["level"] == [level]
    assert fmt.parse(json.dumps({"msg": "m", "level": severity})).level == normalize_level(int(severity))
    assert fmt.parse(json.dumps({"Message": "m", "SeverityLevel": 9})).level == "INFO"


@pytest.mark.parametrize(
    ("s", "c", "level", "service"),
    [
        ("W", "NETWORK", "WARN", "NETWORK"),
        ("D3", "-", "DEBUG", "f"),
        ("warning", "net", "INFO", "f"),
        (2, 7, "INFO", "f"),
    ],
)
def test_mongodb_severity_and_component_only_as_mongodb_writes_them(
    s: object, c: object, level: str, service: str
) -> None:
    """MongoDB's `s` and `c` are its level and component where they are MongoDB's codes and
    capitalised names; another logger's keys so short are left in its fields."""
    fmt = JsonLinesFormat()
    line = json.dumps({"t": {"$date": "2026-12-02T08:10:00.123+00:00"}, "s": s, "c": c, "msg": "m"})
    record = fmt.parse(line, default_service="f")
    assert (record.level, record.service, record.fields["s"], record.fields["c"]) == (level, service, s, c)
    assert fmt.parse_block(line.encode(), ["level", "service"], "f").columns == {"level": [level], "service": [service]}


def test_envelope_events_are_records_of_their_line_and_bad_events_are_malformed() -> None:
    """A CloudWatch subscription payload's events are records, each at its payload line's offset; an
    event that is no object is malformed, an empty payload makes no record, an object that only has a
    `records` key among others is an ordinary record."""
    events = [{"id": "1", "timestamp": 1796042096789, "message": "first"}, "not an event"]
    events.append({"id": "2", "timestamp": 1796042096790, "message": '{"level":"ERROR","message":"app"}'})
    payload = {"messageType": "DATA_MESSAGE", "logGroup": "api", "logStream": "s", "logEvents": events}
    empty = {**payload, "logEvents": []}
    lines = [json.dumps({"msg": "before"}), json.dumps(payload), json.dumps(empty)]
    lines.append(json.dumps({"msg": "batch done", "records": [{"a": 1}]}))
    block = ("\n".join(lines) + "\n").encode()
    fmt = JsonLinesFormat()
    found = [
        (r and (r.message, r.level, r.service, r.timestamp), offset) for r, _, offset in fmt.records_at(block, 100)
    ]
    second = 100 + len(lines[0]) + 1
    fourth = second + len(lines[1]) + len(lines[2]) + 2
    assert found == [
        (("before", "INFO", None, None), 100),
        (("first", "INFO", "api", "1796042096789"), second),
        (None, second),
        (("app", "ERROR", "api", "1796042096790"), second),
        (("batch done", "INFO", None, None), fourth),
    ]
    batch = fmt.parse_block(block, ["message", "service"], "file")
    assert (batch.records, batch.malformed, batch.lines) == (4, 1, 4)
    assert batch.columns["message"] == ["before", "first", "app", "batch done"]
    _, counts = fmt.count_block(block, ("service", "level"), "file")
    assert counts == {("file", "INFO"): 2, ("api", "INFO"): 1, ("api", "ERROR"): 1}
    assert fmt.parse(json.dumps({"type": "order", "msg": "x"})).fields["type"] == "order"


def test_an_apps_text_in_dockers_log_takes_the_level_it_opens_with_or_names() -> None:
    """Docker json-file lines around an app's text: the level that text opens with or names, as a
    syslog message's (klog's letter, `level=warn`, `error: `), on the record path, the block path
    and the count path alike; a line cut into partial pieces is read joined; a `log` beside no
    `stream` is no Docker line, and a JSON app line is the app's record."""
    texts = [
        "E0926 19:59:39.977461   54420 nestedpendingoperations.go:262] Operation failed",
        'ts=2026-12-03T10:00:00Z caller=main.go:1 level=warn msg="a Go service"',
        "error: an opening level word",
        "I0926 19:59:07.162477   54420 kubelet.go:1894] level=error (klog's letter rules)",
        "2023/08/14 19:37:07 [notice] 1#1: no level read",
    ]
    lines = [json.dumps({"log": t + "\n", "stream": "stderr", "time": "2026-12-03T10:00:00.1Z"}) for t in texts]
    cut = texts[0]  # (Docker cuts an app's line at 16 KiB: the pieces before the last lack the newline)
    lines += [
        json.dumps({"log": p, "stream": "stderr", "time": "2026-12-03T10:00:01Z"}) for p in (cut[:3], cut[3:] + "\n")
    ]
    lines.append(json.dumps({"log": "E0926 19:59:39.977461 1 a.go:1] no stream: not Docker's", "time": "x"}))
    lines.append(
        json.dumps({"log": '{"level":"debug","msg":"app"}\n', "stream": "stdout", "time": "2026-12-03T10:00:02Z"})
    )
    block = ("\n".join(lines * 40) + "\n").encode()
    want = ["ERROR", "WARN", "ERROR", "INFO", "INFO", "ERROR", "INFO", "DEBUG"] * 40
    fmt = JsonLinesFormat()
    assert [record.level for record, _ in fmt.records(block)] == want
    assert fmt.parse_block(block, ("level", "message"), None).columns["level"] == want
    assert fmt.count_block(block, ("level",), None)[1] == Counter((level,) for level in want)
