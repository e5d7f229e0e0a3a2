"""JSON records of platforms and PHP's logger whose keys name their fields their own way (session 36):
Monolog's numeric levels (100 DEBUG .. 600 EMERGENCY) and channel, Google Cloud's audit LogEntry,
Azure's activity and resource logs, Route 53 Resolver's query logs, AWS WAF; the block path counts
them as the record path reads them, and an app's keys of the same names elsewhere stay fields."""

from __future__ import annotations

import json
from collections import Counter

from logmr.formats import get_format, normalize_level

MONOLOG = {100: "DEBUG", 200: "INFO", 250: "INFO", 300: "WARN", 400: "ERROR", 500: "FATAL", 550: "FATAL", 600: "FATAL"}


def _monolog(n: int) -> dict:
    level = list(MONOLOG)[n % 8]
    name = ("DEBUG", "INFO", "NOTICE", "WARNING", "ERROR", "CRITICAL", "ALERT", "EMERGENCY")[n % 8]
    return {
        "message": f"order {n} für Zoë",
        "context": {"id": n},
        "level": level,
        "level_name": name,
        "channel": ("shop", "billing")[n % 2],
        "datetime": "2026-12-04T23:47:52.958561+00:00",
        "extra": {},
    }


def _records(lines: list[dict]) -> tuple[list, bytes]:
    data = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines).encode()
    return [record for record, _ in get_format("json").records(data, "file")], data


def test_monolog_levels_and_channel() -> None:
    lines = [_monolog(n) for n in range(800)]
    found, data = _records(lines)
    assert [(r.level, r.service) for r in found] == [(MONOLOG[line["level"]], line["channel"]) for line in lines]
    counted = get_format("json").count_block(data, ["service", "level"], "file")[1]
    assert counted == Counter((r.service, r.level) for r in found)
    assert [normalize_level(n) for n in (10, 30, 60, 99)] == ["DEBUG", "INFO", "FATAL", "FATAL"]  # (pino's still)


def test_cloud_platform_records() -> None:
    gcp = {
        "protoPayload": {
            "@type": "type.googleapis.com/google.cloud.audit.AuditLog",
            "serviceName": "compute.googleapis.com",
            "methodName": "v1.compute.instances.insert",
            "authenticationInfo": {"principalEmail": "zoë@example.com"},
        },
        "timestamp": "2026-11-30T12:00:00.512345137Z",
        "severity": "NOTICE",
        "logName": "projects/shop/logs/cloudaudit.googleapis.com%2Factivity",
    }
    azure = {
        "time": "2019-01-21T22:14:26.9792776Z",
        "resourceId": "/subscriptions/s1/resourceGroups/g/providers/microsoft.support/supporttickets/1",
        "operationName": "microsoft.support/supporttickets/write",
        "category": "Write",
        "level": "Information",
    }
    route53 = {
        "query_timestamp": "2021-02-04T17:51:55Z",
        "query_name": "example.com.",
        "query_type": "A",
        "rcode": "NOERROR",
        "srcaddr": "10.0.0.71",
    }
    waf = {
        "timestamp": 1576280412771,
        "webaclId": "arn:aws:wafv2:ap-southeast-2:111122223333:regional/webacl/STMTest/1EXAMPLE",
        "action": "BLOCK",
        "httpRequest": {"clientIp": "1.1.1.1", "uri": "/foo", "httpMethod": "GET", "headers": []},
    }
    found, data = _records([gcp, azure, route53, waf] * 50)
    got = [(r.timestamp, r.level, r.service, r.message) for r in found[:4]]
    assert got == [
        ("2026-11-30T12:00:00.512345137Z", "INFO", "compute.googleapis.com", "v1.compute.instances.insert"),
        ("2019-01-21T22:14:26.9792776Z", "INFO", "file", "microsoft.support/supporttickets/write"),
        ("2021-02-04T17:51:55Z", "INFO", "file", "example.com."),
        ("1576280412771", "INFO", "file", "GET /foo"),
    ]
    assert found[3].fields["httpRequest"]["clientIp"] == "1.1.1.1" and found[1].fields["operationName"]
    columns = get_format("json").parse_block(data, ["timestamp", "service", "message"], "file").columns
    assert columns["message"] == [r.message for r in found] and columns["service"] == [r.service for r in found]


def test_the_same_keys_elsewhere_stay_fields() -> None:
    """`channel`, `operationName`, `query_name` and `httpRequest` in an app's record without their
    producer's marks: no service or message of theirs."""
    app = {
        "time": "2026-12-04T10:00:00Z",
        "level": "info",
        "msg": "posted",
        "channel": "#ops",
        "operationName": "post",
        "query_name": "q",
        "httpRequest": {"httpMethod": "POST", "uri": "/x"},
    }
    found, _ = _records([app, {k: v for k, v in app.items() if k != "msg"}])
    assert [(r.service, r.message) for r in found] == [("file", "posted"), ("file", "")]
    assert found[1].fields["channel"] == "#ops" and found[1].fields["httpRequest"]["uri"] == "/x"


def _pino_http(n: int) -> dict:
    """pino-http's record of a request (Express, Fastify's `request completed`: `res` and `responseTime`)."""
    return {
        "level": 30,
        "time": 1796428015571 + n,
        "pid": 24580,
        "hostname": "vm",
        "req": {"id": n, "method": ("GET", "POST")[n % 2], "url": f"/orders/{n % 5}", "remotePort": 46478},
        "res": {"statusCode": (200, 201, 404, 500)[n % 4]},
        "responseTime": n % 97 + 0.5,
        "msg": "request completed",
    }


def test_pino_http_requests(tmp_path) -> None:
    from helpers import run_job

    lines = [_pino_http(n) for n in range(2000)]
    found, _ = _records(lines[:8])
    assert [(r.status, r.method, r.path, r.latency_ms) for r in found[:2]] == [
        (200, "GET", "/orders/0", 0.5),
        (201, "POST", "/orders/1", 1.5),
    ]
    assert found[0].fields["req"]["remotePort"] == 46478
    path = tmp_path / "app.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    _, result = run_job("http", [path], tmp_path / "out", split_size=1 << 15)
    summary = result["summary"]
    assert summary["requests"] == 2000
    assert summary["status"] == dict(Counter(str(line["res"]["statusCode"]) for line in lines))
    times = sorted(line["responseTime"] for line in lines)
    assert summary["latency"]["count"] == 2000  # (DDSketch's quantiles: within 1% of the values')
    assert abs(summary["latency"]["max"] - times[-1]) <= 0.01 * times[-1]
    assert abs(summary["latency"]["p50"] - times[999]) <= 0.01 * times[999]


def test_request_objects_of_other_kinds_and_an_errors_record() -> None:
    """`req` as a request id's text, `res` as a number, `responseTime` as text, `protoPayload` as text
    (other logs' keys of those names): no fields of theirs, read on the block path as by records();
    Fastify's error record holds `res` without `responseTime`: counted at its completion record only."""
    other = [
        {"time": "2026-12-04T10:00:00Z", "level": "info", "msg": f"m {n}", "service": "a", "req": f"r-{n:06d}"}
        | ({"res": 200, "responseTime": "12ms", "protoPayload": "x"} if n % 2 else {})
        for n in range(3000)
    ]
    found, data = _records(other)
    columns = get_format("json").parse_block(data, ["status", "method", "path", "latency_ms"], "file").columns
    assert set(map(tuple, columns.values())) == {(None,) * 3000}
    assert {(r.status, r.method, r.latency_ms) for r in found} == {(None, None, None)}
    error = {
        "level": 50,
        "time": 1,
        "reqId": "req-3",
        "req": {"method": "GET", "url": "/boom"},
        "res": {"statusCode": 500},
    }
    done = {"level": 30, "time": 2, "reqId": "req-3", "res": {"statusCode": 500}, "responseTime": 1.45, "msg": "done"}
    found, _ = _records([error | {"msg": "boom"}, done])
    assert [(r.status, r.latency_ms) for r in found] == [(None, None), (500, 1.45)]
