"""JSON as shippers and collectors write it (session 35): objects over several lines (`jq .`,
`journalctl -o json-pretty`, OpenTelemetry's console exporter), OTLP JSON (the OpenTelemetry
Collector's file exporter: many records a line), the OpenTelemetry SDK's `to_json()` keys and
syslog-ng's `format-json`; jobs count the same records at any split size."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from helpers import run_job
from logmr.formats import detect_format, get_format

PINO = [
    {"level": 30, "time": 1796420279000 + n, "name": ("api", "db")[n % 2], "hostname": "web-1", "msg": f"req {n} ✓"}
    for n in range(400)
]
PINO[7]["level"], PINO[8]["msg"] = 50, 'multi\nline "quoted"'


def _pretty(objects: list[dict], indent: int = 2) -> str:
    return "".join(json.dumps(obj, indent=indent, ensure_ascii=False) + "\n" for obj in objects)


def test_jq_pretty_json_lines() -> None:
    data = _pretty(PINO).encode()
    fmt = detect_format(data[:65536])
    assert fmt.name == "json_pretty"
    records = [record for record, _ in fmt.records(data, "file")]
    assert len(records) == 400 and None not in records
    assert (records[7].level, records[7].service, records[7].host) == ("ERROR", "db", "web-1")
    assert records[8].message == 'multi\nline "quoted"' and records[0].message == "req 0 ✓"


def test_a_broken_object_is_malformed_and_the_rest_read() -> None:
    """An object cut short is one malformed record; the object after it (not a record's start: the
    line above closes none) is still read, at its own line's offset."""
    text = _pretty(PINO[:3]) + '{\n  "level": 30,\n  "msg": "cut\n' + _pretty(PINO[3:6]) + "stray text\n"
    fmt = get_format("json_pretty")
    found = list(fmt.records_at(text.encode(), 0, "file"))
    messages = [r.message if r else None for r, _, _ in found]
    assert messages == ["req 0 ✓", "req 1 ✓", "req 2 ✓", None, "req 3 ✓", "req 4 ✓", "req 5 ✓", None]
    assert found[4][2] == text.encode().index(json.dumps(PINO[3], indent=2, ensure_ascii=False).encode())


def test_envelopes_and_long_objects_over_lines() -> None:
    """An indented OTLP object's records each at its object's offset; an object longer than the
    caps (500 lines) is one malformed record, its other lines none."""
    records = [
        {"timeUnixNano": "1796420279820477952", "severityNumber": 9, "body": {"stringValue": f"r{n}"}} for n in range(3)
    ]
    otlp = json.loads(_otlp(records))
    data = (_pretty([otlp, otlp]) + _pretty([{"msg": "long", "items": list(range(600))}]) + _pretty(PINO[:1])).encode()
    assert detect_format(data).name == "json_pretty"
    found = list(get_format("json_pretty").records_at(data, 0, "file"))
    assert [r.message if r else None for r, _, _ in found] == ["r0", "r1", "r2", "r0", "r1", "r2", None, "req 0 ✓"]
    second = data.index(b"\n{\n") + 1
    assert [offset for _, _, offset in found[:6]] == [0, 0, 0, second, second, second]
    long = _pretty([{"msg": "long", "items": list(range(600))}] * 3).encode()
    assert detect_format(long[:65536]).name == "json_pretty"  # (a sample inside its first object)


def test_jobs_count_pretty_json_at_any_split_size(tmp_path: Path) -> None:
    path = tmp_path / "app.json"
    path.write_text(_pretty(PINO * 20, indent=4))
    expected = Counter((obj["name"], "ERROR" if obj["level"] == 50 else "INFO") for obj in PINO * 20)
    for split in (1 << 15, None):
        rows, result = run_job("services", [path], tmp_path / f"o{split}", **({"split_size": split} if split else {}))
        assert Counter(rows) == expected and result["counters"]["malformed"] == 0


def _otlp(records: list[dict], service: str | None = "shop-api") -> str:
    resource = [{"key": "host.name", "value": {"stringValue": "web-1"}}]
    if service:
        resource.append({"key": "service.name", "value": {"stringValue": service}})
    scope = {"scope": {"name": "shop.api"}, "logRecords": records}
    return json.dumps({"resourceLogs": [{"resource": {"attributes": resource}, "scopeLogs": [scope]}]}) + "\n"


def test_otlp_json_records_of_a_line() -> None:
    records = [
        {
            "timeUnixNano": "1796420279820477952",
            "severityNumber": 9,
            "severityText": "INFO",
            "body": {"stringValue": "up"},
        },
        {
            "timeUnixNano": "0",
            "observedTimeUnixNano": "1796420279900000000",
            "severityNumber": 17,
            "body": {"kvlistValue": {"values": [{"key": "order", "value": {"intValue": "12"}}]}},
        },
    ]
    data = (_otlp(records) + _otlp(records[:1], service=None)).encode()
    fmt = detect_format(data)
    assert fmt.name == "json"
    found = [record for record, _ in fmt.records(data, "file")]
    assert [(r.level, r.service, r.host, r.message) for r in found] == [
        ("INFO", "shop-api", "web-1", "up"),
        ("ERROR", "shop-api", "web-1", '{"order":12}'),
        ("INFO", "shop.api", "web-1", "up"),  # (no service.name: the scope's name)
    ]
    assert found[0].time.isoformat().startswith("2026-12-04T21:37:59.820477") and found[1].timestamp.startswith(
        "17964202799"
    )
    batch = fmt.parse_block(data, ["service", "level"], "file")
    assert (batch.records, batch.columns["level"]) == (3, ["INFO", "ERROR", "INFO"])


def test_otlp_shapes_that_are_not_records() -> None:
    """A line whose parts are of other types is read as far as it goes, never fatal; `resourceLogs`
    beside other keys is an app's own record; OTLP before 0.19, severities by name, empty times."""
    odd = {
        "resourceLogs": [
            {"resource": "x", "scopeLogs": [{"scope": "s", "logRecords": [{"body": {"stringValue": "a"}}]}]}
        ]
    }
    odd["resourceLogs"].append("not an object")
    app = {"msg": "forwarded", "level": "info", "name": "gateway", "resourceLogs": []}
    old = {
        "resourceLogs": [
            {
                "instrumentationLibraryLogs": [
                    {
                        "instrumentationLibrary": {"name": "lib"},
                        "logRecords": [
                            {
                                "timeUnixNano": "",
                                "observedTimeUnixNano": "1796420279900000000",
                                "severityNumber": "SEVERITY_NUMBER_WARN",
                                "body": {"stringValue": "old"},
                            }
                        ],
                    }
                ]
            }
        ]
    }
    data = "".join(json.dumps(obj) + "\n" for obj in (odd, app, old)).encode()
    found = [
        (r.level, r.service, r.message, r.timestamp) if r else None for r, _ in get_format("json").records(data, "f")
    ]
    assert found == [
        ("INFO", "f", "a", None),
        None,
        ("INFO", "gateway", "forwarded", None),
        ("WARN", "lib", "old", "1796420279900000000"),
    ]


def test_otel_to_json_and_syslog_ng_keys() -> None:
    otel = {
        "body": "checkout failed",
        "severity_number": 17,
        "severity_text": "ERROR",
        "timestamp": "2026-12-04T21:37:59.712457Z",
        "observed_timestamp": "2026-12-04T21:37:59.712496Z",
        "resource": {"attributes": {"service.name": "shop-api", "host.name": "web-1"}, "schema_url": ""},
    }
    syslog_ng = {
        "PROGRAM": "shop-api",
        "PRIORITY": "warning",
        "MESSAGE": "slow",
        "ISODATE": "2026-12-04T21:37:45+00:00",
    }
    syslog_ng["HOST"] = "vm"
    data = (json.dumps(otel) + "\n" + json.dumps(syslog_ng) + "\n").encode()
    records = [record for record, _ in get_format("json").records(data, "file")]
    assert [(r.level, r.service, r.host, r.message, r.timestamp) for r in records] == [
        ("ERROR", "shop-api", "web-1", "checkout failed", "2026-12-04T21:37:59.712457Z"),
        ("WARN", "shop-api", "vm", "slow", "2026-12-04T21:37:45+00:00"),
    ]
    batch = get_format("json").parse_block(data, ["service", "host", "message"], "file")
    assert batch.columns["message"] == ["checkout failed", "slow"] and batch.columns["host"] == ["web-1", "vm"]
    # (their keys read only beside their producers' marks: an app's `body` and `HOST` stay its fields)
    otel |= {"severity_text": None, "resource": {"attributes": {"service.name": "unknown_service:python"}}}
    app = {"msg": "ping", "body": "ping", "HOST": "example.org"}
    data = (json.dumps(otel) + "\n" + json.dumps(app) + "\n").encode()
    first, second = [record for record, _ in get_format("json").records(data, "file")]
    assert (first.level, first.service) == ("ERROR", "file")
    assert second.host is None and second.fields == {"body": "ping", "HOST": "example.org"}
    lines = [
        f'ISODATE=2026-12-04T10:00:{n % 60:02d}+00:00 PROGRAM=cron PRIORITY=warning MESSAGE="job {n}"'
        for n in range(300)
    ]
    block = ("\n".join(lines) + "\n").encode()  # (syslog-ng's keys as logfmt: the kernel reads them as the lines do)
    assert get_format("logfmt").count_block(block, ("service", "level"), "file")[1] == {("cron", "WARN"): 300}


def test_a_third_reviews_inputs(tmp_path: Path) -> None:
    """Deep nesting and odd severities are never fatal; text runs past the caps, text before the
    first object and a file of one object read alike at any split size."""
    deep = _pretty(PINO[:3]) + "{\n" + '{"a":' * 5000 + "\n" + _pretty(PINO[3:6])
    found = [record for record, _ in get_format("json_pretty").records(deep.encode(), "file")]
    assert [r.message for r in found if r] == [f"req {n} ✓" for n in range(6)] and None in found
    odd = {"body": "x", "severity_number": "²", "observed_timestamp": "2026-12-04T21:37:59Z"}
    assert [r.level for r, _ in get_format("json").records((json.dumps(odd) + "\n").encode(), "f")] == ["INFO"]
    text = "".join(f"Traceback line {n}\n" for n in range(600))
    path = tmp_path / "p.json"
    path.write_text("note: starting\n" + _pretty(PINO[:1]) + text + _pretty(PINO[1:5]))
    for split in (1 << 20, 2048, 500):
        _, result = run_job("services", [path], tmp_path / f"o{split}", format="json_pretty", split_size=split)
        assert (result["counters"]["records"], result["counters"]["malformed"]) == (5, 601)
    one = _pretty([{"MESSAGE": "error: kex", "PRIORITY": "3", "SYSLOG_IDENTIFIER": "sshd"}], indent=1)
    assert detect_format(one.encode()).name == "json_pretty"
