"""API audit trails written as JSON (session 36): Kubernetes' API server audit events read as requests
(their `level` the audit policy's, no severity), AWS CloudTrail's delivered objects (`{"Records":
[...]}`: each event a record) and its events one a line; the same records at any split size."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from datetime import datetime
from pathlib import Path

from helpers import run_job
from logmr.formats import detect_format, get_format

VERBS = ("get", "list", "watch", "create", "patch", "delete")


def _audit(n: int) -> dict:
    """An `audit.k8s.io/v1` Event as the API server writes it (its documented fields)."""
    received = f"2026-12-04T10:{n // 60 % 60:02d}:{n % 60:02d}.{n % 1000:03d}000Z"
    code = (200, 201, 403, 404, 500, 200)[n % 6]
    event = {
        "kind": "Event",
        "apiVersion": "audit.k8s.io/v1",
        "level": ("Metadata", "Request", "RequestResponse")[n % 3],
        "auditID": f"9f1b6c1e-0000-4000-8000-{n:012d}",
        "stage": "ResponseComplete" if n % 10 else "ResponseStarted",
        "requestURI": f"/api/v1/namespaces/ns-{n % 4}/pods/app-{n % 7}",
        "verb": VERBS[n % 6],
        "user": {"username": "system:serviceaccount:kube-system:zoë", "groups": ["system:serviceaccounts"]},
        "sourceIPs": ["10.0.0.5"],
        "userAgent": "kubectl/v1.31.0 (linux/amd64)",
        "objectRef": {"resource": "pods", "namespace": f"ns-{n % 4}", "name": f"app-{n % 7}", "apiVersion": "v1"},
        "responseStatus": {"metadata": {}, "code": code},
        "requestReceivedTimestamp": received,
        "stageTimestamp": received.replace("000Z", f"{n % 9}00Z"),
    }
    if code >= 400:
        event["responseStatus"] |= {"status": "Failure", "message": 'pods "app" is forbidden', "reason": "Forbidden"}
    return event


AUDIT = [_audit(n) for n in range(600)]


def _ms(event: dict) -> float | None:
    if event["stage"] != "ResponseComplete" or event["verb"] == "watch":  # (a watch's: its timeout)
        return None
    start, end = (datetime.fromisoformat(event[k]) for k in ("requestReceivedTimestamp", "stageTimestamp"))
    return (end - start).total_seconds() * 1000


def test_kubernetes_audit_events_are_requests() -> None:
    data = "".join(json.dumps(event) + "\n" for event in AUDIT).encode()
    fmt = detect_format(data)
    found = [record for record, _ in fmt.records(data, "audit")]
    assert fmt.name == "json" and len(found) == len(AUDIT)
    for record, event in zip(found, AUDIT, strict=True):
        code = event["responseStatus"]["code"] if event["stage"] == "ResponseComplete" else None  # (answered once)
        assert record.timestamp == event["requestReceivedTimestamp"]
        assert record.level == ("ERROR" if code and code >= 500 else "WARN" if code and code >= 400 else "INFO")
        request = (event["verb"], event["requestURI"]) if code else (None, None)
        assert (record.method, record.path, record.status) == (*request, code)
        assert record.message == f"{event['verb']} {event['requestURI']}" and record.service == "audit"
        want = _ms(event)
        assert record.latency_ms == (None if want is None else round(want, 3))
        assert record.fields["auditLevel"] == event["level"] and record.fields["user"] == event["user"]
    columns = fmt.parse_block(data, ["level", "status", "timestamp"], "audit").columns
    assert columns["level"] == [r.level for r in found] and columns["status"] == [r.status for r in found]
    assert fmt.count_block(data, ["service", "level"], "audit")[1] == Counter(("audit", r.level) for r in found)


def test_http_over_an_audit_log_at_any_split_size(tmp_path: Path) -> None:
    path = tmp_path / "audit.log"
    path.write_text("".join(json.dumps(event) + "\n" for event in AUDIT * 5))
    answered = [event for event in AUDIT * 5 if event["stage"] == "ResponseComplete"]
    statuses = Counter(str(event["responseStatus"]["code"]) for event in answered)
    for split in (1 << 14, None):
        _rows, result = run_job("http", [path], tmp_path / f"o{split}", **({"split_size": split} if split else {}))
        assert result["counters"]["malformed"] == 0 and result["counters"]["records"] == len(AUDIT) * 5
        summary = result["summary"]
        assert summary["requests"] == len(answered) and summary["status"] == dict(statuses)


def _trail(n: int) -> dict:
    """A CloudTrail event (its documented record fields)."""
    event = {
        "eventVersion": "1.09",
        "userIdentity": {"type": "IAMUser", "arn": f"arn:aws:iam::123456789012:user/user-{n % 3}"},
        "eventTime": f"2026-12-04T10:{n // 60 % 60:02d}:{n % 60:02d}Z",
        "eventSource": ("s3.amazonaws.com", "ec2.amazonaws.com", "iam.amazonaws.com")[n % 3],
        "eventName": ("GetObject", "RunInstances", "CreateUser", "DeleteBucket")[n % 4],
        "awsRegion": "eu-west-1",
        "sourceIPAddress": "192.0.2.10",
        "userAgent": "aws-cli/2.15.0 Python/3.11 Linux/6.1 exe/x86_64.debian.12 prompt/off command/s3.cp München",
        "requestParameters": {"bucketName": "logs", "key": f"k{n}"},
        "responseElements": None,
        "requestID": f"R{n}",
        "eventID": f"E{n}",
        "eventType": "AwsApiCall",
        "recipientAccountId": "123456789012",
    }
    if n % 5 == 0:
        event |= {"errorCode": "AccessDenied", "errorMessage": "Access Denied"}
    return event


TRAIL = [_trail(n) for n in range(300)]


def test_cloudtrail_objects_and_lines(tmp_path: Path) -> None:
    """A delivered object's events each a record of its one line; the events one a line (CloudWatch
    Logs, EventBridge) read alike on the block path and the record path."""
    one = (json.dumps({"Records": TRAIL[:150]}) + "\n").encode()
    fmt = get_format("json")
    found = list(fmt.records_at(one, 0, "trail"))
    assert [(r.timestamp, r.service, r.message) for r, _, _ in found] == [
        (e["eventTime"], e["eventSource"], e["eventName"]) for e in TRAIL[:150]
    ]
    assert {offset for _, _, offset in found} == {0} and found[0][0].fields["awsRegion"] == "eu-west-1"
    lines = "".join(json.dumps(event) + "\n" for event in TRAIL).encode()
    fmt = detect_format(lines)
    by_record = Counter((r.service, r.message) for r, _ in fmt.records(lines, "trail"))
    assert fmt.count_block(lines, ["service", "message"], "trail")[1] == by_record
    assert by_record == Counter((e["eventSource"], e["eventName"]) for e in TRAIL)
    for n in range(3):  # (delivered gzipped, one object a file)
        with gzip.open(tmp_path / f"trail-{n}.json.gz", "wt") as out:
            out.write(json.dumps({"Records": TRAIL[n * 100 : n * 100 + 100]}))
    rows, result = run_job("services", sorted(tmp_path.glob("trail-*.json.gz")), tmp_path / "out")
    assert Counter(rows) == Counter((e["eventSource"], "INFO") for e in TRAIL)
    assert result["counters"]["records"] == 300


def test_what_is_no_audit_event() -> None:
    """An app's `eventName` without CloudTrail's version is no message; a `level` of Metadata in an
    object that is no audit event stays its level; a `Records` key beside others is no envelope."""
    app = b'{"time":"2026-12-04T10:00:00Z","level":"warn","msg":"saved","eventName":"order.saved"}\n'
    other = b'{"kind":"Event","apiVersion":"v1","level":"Metadata","message":"x"}\n'
    records = b'{"Records":[{"a":1}],"msg":"batch of 1"}\n'
    fmt = get_format("json")
    got = [record for record, _ in fmt.records(app + other + records, "app")]
    assert [(r.level, r.message) for r in got] == [("WARN", "saved"), ("INFO", "x"), ("INFO", "batch of 1")]


def _fluentd(n: int) -> dict:
    """A record of Docker's fluentd logging driver (and ECS FireLens): its `source` the stream."""
    failed = json.dumps({"level": "error", "msg": f"job {n} failed"})
    app = (f"GET /orders/{n} 200", "WARNING: cache cold", failed)[n % 3]
    return {"container_id": "0f1e2d3c", "container_name": ("/web-1", "worker")[n % 2], "source": "stdout", "log": app}


def test_fluentd_driver_records_name_their_container(tmp_path: Path) -> None:
    """The container is the service (an app's own JSON line is its record, the container its service
    where it names none), the stream no service; the block path counts as the record path does."""
    data = "".join(json.dumps(_fluentd(n)) + "\n" for n in range(3000)).encode()
    fmt = detect_format(data)
    found = [record for record, _ in fmt.records(data, "file")]
    assert [(r.service, r.level, r.message) for r in found[:4]] == [
        ("web-1", "INFO", "GET /orders/0 200"),
        ("worker", "WARN", "WARNING: cache cold"),
        ("web-1", "ERROR", "job 2 failed"),
        ("worker", "INFO", "GET /orders/3 200"),
    ]
    assert fmt.count_block(data, ["service", "level"], "file")[1] == Counter((r.service, r.level) for r in found)
    other = b'{"time":"2026-12-04T10:00:00Z","source":"billing","msg":"paid"}\n'
    assert next(iter(get_format("json").records(other, "file")))[0].service == "billing"


def test_a_reviews_audit_inputs() -> None:
    """Each block read by its own lines (an app's lines first, audit events later: each block as it
    holds); an audit object nested in an app's record is no audit line; a webhook's EventList; odd
    values (a status as text, a stage time before the time received)."""
    app = [{"time": "2026-12-04T10:00:00Z", "level": "warn", "msg": f"app {n}"} for n in range(3000)]
    app[0]["payload"] = {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata"}
    fmt = get_format("json")
    app_block = "".join(json.dumps(line) + "\n" for line in app).encode()
    audit_block = "".join(json.dumps(event) + "\n" for event in AUDIT).encode()
    for block in (app_block, audit_block, app_block):  # (no state kept from a block to the next)
        want = Counter((r.service, r.level) for r, _ in fmt.records(block, "f"))
        assert fmt.count_block(block, ["service", "level"], "f")[1] == want
    assert Counter(r.level for r, _ in fmt.records(app_block, "f")) == {"WARN": 3000}
    odd = dict(AUDIT[1], responseStatus={"code": "500"}, stageTimestamp="2026-12-04T09:00:00Z")
    batch = {"kind": "EventList", "apiVersion": "audit.k8s.io/v1", "items": [AUDIT[1], odd, "x"]}
    found = [r for r, _ in fmt.records((json.dumps(batch) + "\n").encode(), "f")]
    assert [(r.status, r.latency_ms) if r else None for r in found] == [(201, _ms(AUDIT[1])), (500, None), None]


def test_docker_json_file_app_lines_keep_the_block_paths_service() -> None:
    """A collector's key beside Docker json-file's `log` (here `service`) is not the app's service on
    the record path alone: both paths give the app's, else the file's."""
    line = {"log": json.dumps({"level": "error", "msg": "boom"}) + "\n", "stream": "stdout", "service": "web"}
    line["time"] = "2026-12-04T10:00:00.000000000Z"
    data = "".join(json.dumps(line) + "\n" for _ in range(3000)).encode()
    fmt = get_format("json")
    want = Counter((r.service, r.level) for r, _ in fmt.records(data, "file"))
    assert want == {("file", "ERROR"): 3000} and fmt.count_block(data, ["service", "level"], "file")[1] == want
