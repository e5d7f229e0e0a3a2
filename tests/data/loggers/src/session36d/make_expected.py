#!/usr/bin/env python3
"""Write out/<name>.expected.jsonl for every file of session 36d, one small reader per layout.

Standard library only; written from the providers' documented formats (README.md names the pages).
`python3 make_expected.py --check` compares instead of writing and exits 1 on any difference.

Records without a human-readable text get the field that names the event as their message (CloudTrail
eventName, GCP methodName, Azure operationName, Route 53 query_name, Network Firewall's signature), HTTP-like
records "METHOD URI" (WAF, Kubernetes audit), and space-separated flow records the record line itself.
"""
import json
import re
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"


def fmt(dt):
    dt = dt.astimezone(UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def from_iso(text):
    # RFC 3339 / ISO 8601 with any number of fraction digits (truncated), Z or +hh:mm / +hhmm
    m = re.fullmatch(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:?\d\d)", text)
    frac = (m[2] or "")[:6].ljust(6, "0")
    zone = "+00:00" if m[3] == "Z" else m[3][:3] + ":" + m[3][-2:]
    return fmt(datetime.fromisoformat(f"{m[1]}.{frac}{zone}"))


def from_epoch_s(s):
    return fmt(datetime(1970, 1, 1, tzinfo=UTC) + timedelta(seconds=int(s)))


def from_epoch_ms(ms):
    return fmt(datetime(1970, 1, 1, tzinfo=UTC) + timedelta(milliseconds=int(ms)))


def rec(line, time, level, service, host, message):
    return {"line": line, "time": time, "level": level, "service": service, "host": host, "message": message}


def lines_of(path):
    return path.read_text(encoding="utf-8").split("\n")[:-1]


WORDS = {"DEBUG": "DEBUG", "INFO": "INFO", "INFORMATION": "INFO", "INFORMATIONAL": "INFO", "NOTICE": "INFO",
         "WARN": "WARN", "WARNING": "WARN", "ERROR": "ERROR", "CRITICAL": "FATAL", "ALERT": "FATAL", "EMERGENCY": "FATAL"}


def level_word(w):
    return WORDS.get(w.upper()) if w else None


# --- AWS ----------------------------------------------------------------------------------------
def cloudtrail(path):
    # one delivered object per line: {"Records":[...]}; each element is a record of its line
    out = []
    for n, t in enumerate(lines_of(path), 1):
        for r in json.loads(t)["Records"]:
            out.append(rec(n, from_iso(r["eventTime"]), None, r["eventSource"], None, r["eventName"]))
    return out


def vpc_s3(path):
    # S3 text file: a header line of field names, then one space-separated record a line
    ls = lines_of(path)
    names = ls[0].split(" ")
    out = []
    for n, t in enumerate(ls[1:], 2):
        f = dict(zip(names, t.split(" ")))
        out.append(rec(n, None if f["start"] == "-" else from_epoch_s(f["start"]), None, None, None, t))
    return out


DEFAULT_V2 = ["version", "account-id", "interface-id", "srcaddr", "dstaddr", "srcport", "dstport", "protocol", "packets", "bytes",
              "start", "end", "action", "log-status"]


def vpc_cloudwatch_export(path):
    # CloudWatch Logs export: "<ingestion ISO time> <event message>"; the message is a default-format record
    out = []
    for n, t in enumerate(lines_of(path), 1):
        _, msg = t.split(" ", 1)
        f = dict(zip(DEFAULT_V2, msg.split(" ")))
        out.append(rec(n, None if f["start"] == "-" else from_epoch_s(f["start"]), None, None, None, msg))
    return out


def waf(path):
    out = []
    for n, t in enumerate(lines_of(path), 1):
        o = json.loads(t)
        h = o["httpRequest"]
        out.append(rec(n, from_epoch_ms(o["timestamp"]), None, o["webaclId"], None, f'{h["httpMethod"]} {h["uri"]}'))
    return out


def route53(path):
    out = []
    for n, t in enumerate(lines_of(path), 1):
        o = json.loads(t)
        out.append(rec(n, from_iso(o["query_timestamp"]), None, None, None, o["query_name"]))
    return out


NFW_SEVERITY = {1: "ERROR", 2: "WARN", 3: "INFO"}


def nfw_alert(path):
    out = []
    for n, t in enumerate(lines_of(path), 1):
        o = json.loads(t)
        ev = o["event"]
        out.append(rec(n, from_iso(ev["timestamp"]), NFW_SEVERITY[ev["alert"]["severity"]], o["firewall_name"], None,
                       ev["alert"]["signature"]))
    return out


def firelens(path):
    # the Docker fluentd-driver record (container_id, container_name, source, log) plus ECS metadata; no time.
    # Each app line is a record; level = the word the line opens with ("WARNING: ", "ERROR: "), or the app's own
    # JSON level/msg when the line is a JSON object (as docker_json_file_pino in the main corpus)
    out = []
    for n, t in enumerate(lines_of(path), 1):
        o = json.loads(t)
        text, lvl = o["log"], None
        if text.startswith("{"):
            app = json.loads(text)
            lvl, text = level_word(app.get("level")), app.get("msg", text)
        elif m := re.match(r"^([A-Z]+): ", text):
            lvl = level_word(m[1])
        out.append(rec(n, None, lvl, o["container_name"], None, text))
    return out


def k8s_audit(path):
    # audit.k8s.io/v1 Event; "level" is the audit level (Metadata/Request/RequestResponse), not a severity
    out = []
    for n, t in enumerate(lines_of(path), 1):
        o = json.loads(t)
        out.append(rec(n, from_iso(o["stageTimestamp"]), None, None, None, f'{o["verb"]} {o["requestURI"]}'))
    return out


# --- GCP ----------------------------------------------------------------------------------------
def gcp_audit(path):
    out = []
    for n, t in enumerate(lines_of(path), 1):
        o = json.loads(t)
        pp = o["protoPayload"]
        sev = o.get("severity")
        out.append(rec(n, from_iso(o["timestamp"]), None if sev in (None, "DEFAULT") else level_word(sev),
                       pp["serviceName"], None, pp["methodName"]))
    return out


# --- Azure --------------------------------------------------------------------------------------
def azure_lines(path):
    # storage PT1H.json since Nov 2018: JSON Lines, one record a line
    out = []
    for n, t in enumerate(lines_of(path), 1):
        o = json.loads(t)
        out.append(rec(n, from_iso(o["time"]), level_word(o.get("level")), None, None, o["operationName"]))
    return out


def azure_records(path):
    # network flow log blobs keep {"records":[...]}; each element is a record of its line
    out = []
    for n, t in enumerate(lines_of(path), 1):
        for o in json.loads(t)["records"]:
            out.append(rec(n, from_iso(o["time"]), None, None, None, o["operationName"]))
    return out


READERS = {
    "aws_cloudtrail_s3.json": cloudtrail,
    "aws_vpc_flow_default_s3.log": vpc_s3,
    "aws_vpc_flow_custom_s3.log": vpc_s3,
    "aws_vpc_flow_cloudwatch_export.log": vpc_cloudwatch_export,
    "aws_waf.jsonl": waf,
    "aws_route53_resolver_query.jsonl": route53,
    "aws_network_firewall_alert.jsonl": nfw_alert,
    "aws_ecs_firelens.jsonl": firelens,
    "k8s_audit_eks.jsonl": k8s_audit,
    "gcp_cloud_audit_gcs.jsonl": gcp_audit,
    "azure_activity_log_storage.jsonl": azure_lines,
    "azure_keyvault_auditevent_storage.jsonl": azure_lines,
    "azure_nsg_flow_logs.json": azure_records,
    "azure_vnet_flow_logs.json": azure_records,
}


def expected_name(name):
    return re.sub(r"\.(log|jsonl|json)$", "", name) + ".expected.jsonl"


def main():
    check = "--check" in sys.argv[1:]
    bad = 0
    for name, reader in READERS.items():
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in reader(OUT / name))
        target = OUT / expected_name(name)
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                print(f"DIFFERS: {target.name}")
                bad = 1
        else:
            target.write_text(text, encoding="utf-8")
    if check and not bad:
        print(f"all {len(READERS)} expected files match")
    return bad


if __name__ == "__main__":
    sys.exit(main())
