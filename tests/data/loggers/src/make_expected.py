"""Write ../<name>.expected.jsonl for every corpus file from the tool-specific layout of that file.

Independent of logmr: each file gets its own reader below, written for the one tool and layout
that produced it. Run from anywhere: python make_expected.py [name ...]
"""

from __future__ import annotations

import json
import os
import re
import sys
from datetime import UTC, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..")
YEAR = 2026  # for layouts without a year (RFC 3164, klog)
READERS = {}

_LEVELS = {
    "DEBUG": ("trace", "verbose", "finest", "finer", "fine", "silly", "debug", "dbg", "d", "v", "vrb", "dbg"),
    "INFO": ("info", "information", "informational", "notice", "config", "success", "http", "i", "inf"),
    "WARN": ("warn", "warning", "w", "wrn"),
    "ERROR": ("error", "err", "severe", "e", "eror", "erro"),
    "FATAL": ("fatal", "critical", "crit", "alert", "emerg", "emergency", "panic", "dpanic", "f", "ftl"),
}
_LEVEL_OF = {alias: level for level, aliases in _LEVELS.items() for alias in aliases}
_NUMERIC = {10: "DEBUG", 20: "DEBUG", 30: "INFO", 40: "WARN", 50: "ERROR", 60: "FATAL"}  # pino, bunyan
SYSLOG = ("FATAL", "FATAL", "FATAL", "ERROR", "WARN", "INFO", "INFO", "DEBUG")  # severity 0..7


def level(raw):
    if raw is None:
        return None
    return _LEVEL_OF[str(raw).strip().lower()]


def iso(dt: datetime | None) -> str | None:
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)  # a time without zone is UTC (the tools ran with TZ=UTC)
    dt = dt.astimezone(UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def epoch(seconds: float | int | str) -> str:
    """From seconds since the epoch (an int, a float or a decimal string, kept exact to the ms)."""
    text = str(seconds)
    whole, _, frac = text.partition(".")
    ms = int((frac + "000")[:3])
    return iso(datetime.fromtimestamp(int(whole), UTC).replace(microsecond=ms * 1000))


def epoch_ms(ms: int) -> str:
    return epoch(f"{ms // 1000}.{ms % 1000:03d}")


def rfc3339(text: str) -> str:
    """RFC 3339 / ISO 8601 with any fraction length and Z or an offset."""
    m = re.fullmatch(r"(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d:\d\d)(?:[.,](\d+))?(Z|[+-]\d\d:?\d\d)?", text)
    assert m, text
    frac = (m[3] or "") + "000000"
    zone = m[4] or "+00:00"
    if zone == "Z":
        zone = "+00:00"
    dt = datetime.fromisoformat(f"{m[1]}T{m[2]}.{frac[:6]}{zone}")
    return iso(dt)


def rec(line, time=None, lvl=None, service=None, host=None, message=None):
    return {"line": line, "time": time, "level": lvl, "service": service, "host": host, "message": message}


def reader(*names):
    def register(fn):
        for name in names:
            READERS[name] = fn
        return fn

    return register


def text_lines(name, newline="\n"):
    with open(os.path.join(DATA, name), "rb") as f:
        data = f.read().decode("utf-8")
    if data.startswith("\ufeff"):
        data = data[1:]
    if data.endswith(newline):
        data = data[: -len(newline)]
    return data.split(newline)


def json_lines(name):
    for n, line in enumerate(text_lines(name), 1):
        if line.strip():
            yield n, json.loads(line)


def by_header(name, header, build, newline="\n"):
    """Records of a text file: a line matching `header` starts one, other lines continue it."""
    out = []
    for n, line in enumerate(text_lines(name, newline), 1):
        m = re.match(header, line)
        if m:
            out.append(build(n, m))
    return out


_GO_ESC = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}


def go_unquote(s: str) -> str:
    """A Go strconv.Quote'd string (with its quotes) decoded."""
    assert s[0] == '"' and s[-1] == '"', s
    s = s[1:-1]
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        e = s[i + 1]
        if e in _GO_ESC:
            out.append(_GO_ESC[e])
            i += 2
        elif e in "xuU":
            width = {"x": 2, "u": 4, "U": 8}[e]
            out.append(chr(int(s[i + 2 : i + 2 + width], 16)))
            i += 2 + width
        else:
            raise ValueError(s)
    return "".join(out)


def logfmt(text: str) -> dict[str, str]:
    pairs = {}
    for m in re.finditer(r'(\S+?)=("(?:[^"\\]|\\.)*"|\S*)', text):
        value = m[2]
        pairs[m[1]] = go_unquote(value) if value.startswith('"') else value
    return pairs


# --- Python -------------------------------------------------------------------------------


@reader("python_logging_default.log")
def _(name):
    return by_header(
        name,
        r"^(DEBUG|INFO|WARNING|ERROR|CRITICAL):([^:]+):(.*)$",
        lambda n, m: rec(n, None, level(m[1]), m[2], None, m[3]),
    )


@reader("python_logging_asctime_crlf.log")
def _(name):
    return by_header(
        name,
        r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) (DEBUG|INFO|WARNING|ERROR|CRITICAL) (\S+): (.*)$",
        lambda n, m: rec(n, rfc3339(m[1]), level(m[2]), m[3], None, m[4]),
        newline="\r\n",
    )


@reader("python_json_logger.jsonl")
def _(name):
    return [
        rec(n, rfc3339(o["asctime"]), level(o["levelname"]), o["name"], None, o["message"]) for n, o in json_lines(name)
    ]


@reader("ecs_logging_python.jsonl")
def _(name):
    return [
        rec(
            n,
            rfc3339(o["@timestamp"]),
            level(o["log.level"]),
            o.get("service", {}).get("name") or o["log"]["logger"],
            o.get("host", {}).get("hostname"),
            o["message"],
        )
        for n, o in json_lines(name)
    ]


@reader("structlog_json.jsonl")
def _(name):
    return [
        rec(n, rfc3339(o["timestamp"]), level(o["level"]), o["logger"], None, o["event"]) for n, o in json_lines(name)
    ]


@reader("structlog_console.log")
def _(name):
    def build(n, m):
        text = m[3]
        kv = re.match(r"^(.*?) {2,}(\w+=.*)$", text) or re.match(r"^(.{30}) (\w+=.*)$", text)
        return rec(n, rfc3339(m[1]), level(m[2]), None, None, (kv[1] if kv else text).rstrip())

    return by_header(name, r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) \[(\w+)\s*\] (.*)$", build)


@reader("loguru_default.log")
def _(name):
    return by_header(
        name,
        r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}) \| (\w+)\s*\| ([\w.]+):\S+:\d+ - (.*)$",
        lambda n, m: rec(n, rfc3339(m[1]), level(m[2]), m[3], None, m[4]),
    )


@reader("loguru_serialize.jsonl")
def _(name):
    return [
        rec(
            n,
            rfc3339(o["record"]["time"]["repr"]),
            level(o["record"]["level"]["name"]),
            o["record"]["name"],
            None,
            o["record"]["message"],
        )
        for n, o in json_lines(name)
    ]


@reader("python_json_dumps_bom.jsonl")
def _(name):
    return [rec(n, rfc3339(o["ts"]), level(o["level"]), o["service"], o["host"], o["msg"]) for n, o in json_lines(name)]


# --- Node ---------------------------------------------------------------------------------


@reader("pino_default.jsonl", "pino_nobase.jsonl", "bunyan.jsonl")
def _(name):
    out = []
    for n, o in json_lines(name):
        t = o["time"]
        out.append(
            rec(
                n,
                epoch_ms(t) if isinstance(t, int) else rfc3339(t),
                _NUMERIC[o["level"]],
                o.get("name"),
                o.get("hostname"),
                o["msg"],
            )
        )
    return out


@reader("winston_json.jsonl")
def _(name):
    return [
        rec(n, rfc3339(o["timestamp"]), level(o["level"]), o["service"], None, o["message"])
        for n, o in json_lines(name)
    ]


@reader("winston_logstash.jsonl")
def _(name):
    return [
        rec(n, rfc3339(o["@timestamp"]), level(o["@fields"]["level"]), o["@fields"]["service"], None, o["@message"])
        for n, o in json_lines(name)
    ]


# --- Java ---------------------------------------------------------------------------------


@reader("log4j2_pattern.log")
def _(name):
    return by_header(
        name,
        r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) (TRACE|DEBUG|INFO|WARN|ERROR|FATAL) (\S+) \[([^\]]*)\] (.*)$",
        lambda n, m: rec(n, rfc3339(m[1]), level(m[2]), m[3], None, m[5]),
    )


@reader("log4j2_jsonlayout.jsonl")
def _(name):
    return [
        rec(
            n,
            epoch(f"{o['instant']['epochSecond']}.{o['instant']['nanoOfSecond']:09d}"),
            level(o["level"]),
            o["loggerName"],
            None,
            o["message"],
        )
        for n, o in json_lines(name)
    ]


@reader("logback_default.log")
def _(name):
    # %d{HH:mm:ss.SSS}: a time of day without a date, so no instant: time is null.
    return by_header(
        name,
        r"^(\d\d:\d\d:\d\d\.\d{3}) \[([^\]]*)\] (TRACE|DEBUG|INFO|WARN|ERROR) +(\S+) - (.*)$",
        lambda n, m: rec(n, None, level(m[3]), m[4], None, m[5]),
    )


@reader("logback_file.log")
def _(name):
    return by_header(
        name,
        r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}) (TRACE|DEBUG|INFO|WARN|ERROR) \[([^\]]*)\] (\S+) \[[^\]]*\] (.*)$",
        lambda n, m: rec(n, rfc3339(m[1]), level(m[2]), m[4], None, m[5]),
    )


@reader("jul_simpleformatter.log")
def _(name):
    # Two lines a record: "<date> <source class> <method>" then "<LEVEL>: <message>". The record
    # starts on the date line; its message is the second line's text. The source class is a code
    # location, not the logger name (which SimpleFormatter does not print): service is null.
    lines = text_lines(name)
    out = []
    for i, line in enumerate(lines[:-1]):
        m = re.match(r"^([A-Z][a-z]{2} \d\d, \d{4} \d{1,2}:\d\d:\d\d [AP]M) (\S+) (\S+)$", line)
        m2 = re.match(r"^(FINEST|FINER|FINE|CONFIG|INFO|WARNING|SEVERE): (.*)$", lines[i + 1])
        if m and m2:
            t = datetime.strptime(m[1], "%b %d, %Y %I:%M:%S %p")
            out.append(rec(i + 1, iso(t), level(m2[1]), None, None, m2[2]))
    return out


# --- Go -----------------------------------------------------------------------------------


@reader("zap_production.jsonl")
def _(name):
    out = []
    for n, line in enumerate(text_lines(name), 1):
        o = json.loads(line)
        ts = re.search(r'"ts":([0-9.]+)', line)[1]  # keep the written digits, not a float's
        out.append(rec(n, epoch(ts), level(o["level"]), o.get("logger"), None, o["msg"]))
    return out


@reader("zap_development.log")
def _(name):
    def build(n, m):
        msg = re.sub(r"\t\{.*\}$", "", m[5])
        return rec(n, rfc3339(m[1]), level(m[2]), m[3], None, msg)

    return by_header(
        name, r"^(\d{4}-\d\d-\d\dT[\d:.]+Z)\t(DEBUG|INFO|WARN|ERROR|DPANIC|PANIC|FATAL)\t(\S+)\t(\S+)\t(.*)$", build
    )


@reader("zerolog.jsonl", "logrus_json.jsonl", "slog_json.jsonl")
def _(name):
    return [
        rec(n, rfc3339(o["time"]), level(o["level"]), o.get("service"), None, o.get("message", o.get("msg")))
        for n, o in json_lines(name)
    ]


@reader("logrus_text.log", "slog_text.log")
def _(name):
    out = []
    for n, line in enumerate(text_lines(name), 1):
        kv = logfmt(line)
        out.append(rec(n, rfc3339(kv["time"]), level(kv["level"]), kv.get("service"), None, kv["msg"]))
    return out


@reader("klog.log")
def _(name):
    def build(n, m):
        t = datetime.strptime(f"{YEAR}{m[2]} {m[3]}", "%Y%m%d %H:%M:%S.%f")
        text = m[6]
        quoted = re.match(r'^("(?:[^"\\]|\\.)*")', text)  # structured calls (InfoS, ErrorS) quote the message
        return rec(n, iso(t), level(m[1]), None, None, go_unquote(quoted[1]) if quoted else text)

    return by_header(name, r"^([IWEF])(\d{4}) (\d\d:\d\d:\d\d\.\d{6}) +(\d+) ([^\]]+)\] (.*)$", build)


# --- Network, system and servers ----------------------------------------------------------


@reader("syslog_rfc3164.log")
def _(name):
    def build(n, m):
        t = datetime.strptime(f"{YEAR} {m[2]}", "%Y %b %d %H:%M:%S")
        return rec(n, iso(t), SYSLOG[int(m[1]) % 8], m[4], m[3], m[5])

    return by_header(
        name, r"^<(\d+)>([A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d) (\S+) ([^\s\[:]+)(?:\[\d+\])?: (.*)$", build
    )


@reader("syslog_rfc5424.log")
def _(name):
    def build(n, m):
        nil = lambda v: None if v == "-" else v  # noqa: E731
        return rec(n, rfc3339(m[2]), SYSLOG[int(m[1]) % 8], nil(m[4]), nil(m[3]), m[7])

    sd = r'(?:-|(?:\[[^\]\s]+(?: [^=\s]+="(?:[^"\\]|\\.)*")*\])+)'
    return by_header(name, rf"^<(\d+)>1 (\S+) (\S+) (\S+) (\S+) (\S+) {sd} ?(.*)$", build)


@reader("gelf_graypy.jsonl")
def _(name):
    out = []
    for n, line in enumerate(text_lines(name), 1):
        o = json.loads(line)
        ts = re.search(r'"timestamp":\s*([0-9.]+)', line)[1]
        out.append(rec(n, epoch(ts), SYSLOG[o["level"]], o.get("facility"), o["host"], o["short_message"]))
    return out


@reader("journald_json.jsonl")
def _(name):
    out = []
    for n, o in json_lines(name):
        us = int(o["__REALTIME_TIMESTAMP"])
        msg = o["MESSAGE"]
        if isinstance(msg, list):  # journalctl prints a field with control characters as its bytes
            msg = bytes(msg).decode("utf-8")
        prio = o.get("PRIORITY")
        out.append(
            rec(
                n,
                epoch(f"{us // 1_000_000}.{us % 1_000_000:06d}"),
                SYSLOG[int(prio)] if prio is not None else None,
                o.get("SYSLOG_IDENTIFIER") or o.get("_COMM"),
                o.get("_HOSTNAME"),
                msg,
            )
        )
    return out


@reader("nginx_error.log")
def _(name):
    # "<time> [<level>] <pid>#<tid>: [*<connection> ]<message>": the message is the rest of the line
    # after the connection number, with nginx's ", client: ..., request: ..." context kept.
    def build(n, m):
        return rec(n, iso(datetime.strptime(m[1], "%Y/%m/%d %H:%M:%S")), level(m[2]), None, None, m[4])

    return by_header(name, r"^(\d{4}/\d\d/\d\d \d\d:\d\d:\d\d) \[(\w+)\] (\d+)#(?:\d+): (?:\*\d+ )?(.*)$", build)


@reader("apache_error.log")
def _(name):
    # "[<time>] [<module>:<level>] [pid N:tid M] [client A:P] <message>": service is the module.
    def build(n, m):
        t = datetime.strptime(m[1], "%a %b %d %H:%M:%S.%f %Y")
        return rec(n, iso(t), level(m[3]), m[2], None, m[4])

    return by_header(
        name,
        r"^\[(\w{3} \w{3} \d\d \d\d:\d\d:\d\d\.\d{6} \d{4})\] \[(?:(\w+):)?(\w+)\] \[pid \d+(?::tid \d+)?\] "
        r"(?:\[client [^\]]+\] )?(.*)$",
        build,
    )


@reader("gcp_structured.jsonl")
def _(name):
    # StructuredLogHandler writes no time (Cloud Logging stamps the entry when it reads it).
    return [
        rec(
            n,
            None,
            level(o["severity"]),
            o.get("logging.googleapis.com/labels", {}).get("python_logger"),
            None,
            o.get("message"),
        )
        for n, o in json_lines(name)
    ]


# --- Composed after documentation ---------------------------------------------------------


@reader("serilog_clef.jsonl")
def _(name):
    # No @l means Information. The message is @m, else the template @mt as written (not rendered).
    return [
        rec(
            n,
            rfc3339(o["@t"]),
            level(o.get("@l", "Information")),
            o.get("SourceContext"),
            o.get("MachineName"),
            o.get("@m", o.get("@mt")),
        )
        for n, o in json_lines(name)
    ]


def docker_records(name):
    """(first line, time, joined log text without its final newline): partial pieces (no "\\n") joined."""
    out, pending = [], None
    for n, o in json_lines(name):
        if pending is None:
            pending = [n, o["time"], ""]
        pending[2] += o["log"]
        if o["log"].endswith("\n"):
            pending[2] = pending[2][:-1]
            out.append(pending)
            pending = None
    return out


@reader("docker_json_file.log")
def _(name):
    # One record per line the app wrote (Docker's record); service and host are null, the message is the
    # text; (session 30) its level the level word it opens with (`WARNING: `), as a syslog message's.
    return [rec(n, rfc3339(t), opening_level(text), None, None, text) for n, t, text in docker_records(name)]


def opening_level(text):
    """The level word an app's line of text opens with (`WARNING: `), else None."""
    opening = re.match(r"([A-Za-z]+): ", text)
    return level(opening[1]) if opening and opening[1].lower() in _LEVEL_OF else None


@reader("docker_json_file_pino.log")
def _(name):
    # The app's pino JSON inside "log": level, name and msg are the app's; the time is Docker's.
    out = []
    for n, t, text in docker_records(name):
        app = json.loads(text)
        out.append(rec(n, rfc3339(t), _NUMERIC[app["level"]], app.get("name"), app.get("hostname"), app["msg"]))
    return out


@reader("cri_containerd.log")
def _(name):
    out, pending = [], None
    for n, line in enumerate(text_lines(name), 1):
        t, _stream, tag, text = line.split(" ", 3)
        if pending is None:
            pending = rec(n, rfc3339(t), None, None, None, "")
        pending["message"] += text
        if tag == "F":
            pending["level"] = opening_level(pending["message"])  # (session 30, as Docker's)
            out.append(pending)
            pending = None
    return out


# --- Java JSON layouts and cloud exports, composed after documentation ----------------------------


@reader("log4j2_jsontemplate_ecs.jsonl")
def _(name):
    # EcsLayout.json: dotted keys; no service.name in the default template: the logger is the service.
    return [
        rec(n, rfc3339(o["@timestamp"]), level(o["log.level"]), o["log.logger"], None, o["message"])
        for n, o in json_lines(name)
    ]


@reader("logback_jsonencoder.jsonl")
def _(name):
    # Epoch-ms `timestamp`; `message` is the logged template as written ({} not filled in).
    return [
        rec(n, epoch_ms(o["timestamp"]), level(o["level"]), o["loggerName"], None, o["message"])
        for n, o in json_lines(name)
    ]


@reader("logstash_logback_encoder.jsonl")
def _(name):
    return [
        rec(n, rfc3339(o["@timestamp"]), level(o["level"]), o["logger_name"], None, o["message"])
        for n, o in json_lines(name)
    ]


def azure_record(n, o):
    """A resource log record: top-level time and level (Verbose, Informational, Warning, Error,
    Critical); FunctionAppLogs' app, role instance and message under `properties`."""
    p = o["properties"]
    return rec(n, rfc3339(o["time"]), level(o["level"]), p["appName"], p["roleInstance"], p["message"])


@reader("azure_functionapplogs.jsonl")
def _(name):
    return [azure_record(n, o) for n, o in json_lines(name)]


@reader("azure_records.jsonl")
def _(name):
    # Each object of `records` is a record of its own, all on the line of their object.
    return [azure_record(n, r) for n, o in json_lines(name) for r in o["records"]]


_APP_INSIGHTS = ("DEBUG", "INFO", "WARN", "ERROR", "FATAL")  # SeverityLevel 0 Verbose .. 4 Critical


@reader("appinsights_apptraces.jsonl")
def _(name):
    return [
        rec(
            n,
            rfc3339(o["TimeGenerated"]),
            _APP_INSIGHTS[o["SeverityLevel"]],
            o["AppRoleName"],
            o["AppRoleInstance"],
            o["Message"],
        )
        for n, o in json_lines(name)
    ]


def lambda_record(n, o, default_time=None, group=None):
    """A Lambda JSON log event: an application record (timestamp, level, message, logger) or a
    platform record (time, type, record): no level, the type is its message."""
    if "type" in o and "message" not in o:
        return rec(n, default_time or rfc3339(o["time"]), None, group or None, None, o["type"])
    return rec(n, rfc3339(o["timestamp"]), level(o["level"]), o.get("logger") or group or None, None, o["message"])


@reader("lambda_json.jsonl")
def _(name):
    return [lambda_record(n, o) for n, o in json_lines(name)]


@reader("cloudwatch_subscription_firehose.jsonl")
def _(name):
    # One record per log event, on its payload's line. A message holding a JSON object (the Lambda
    # function's JSON logs) is that app record; its own time first, else the event's. The log group
    # names the service when the app record has none.
    out = []
    for n, o in json_lines(name):
        for e in o["logEvents"]:
            when = epoch_ms(e["timestamp"])
            msg = e["message"]
            if msg.startswith("{"):
                out.append(lambda_record(n, json.loads(msg), when, o["logGroup"]))
            else:
                out.append(rec(n, when, None, o["logGroup"] or None, None, msg))
    return out


@reader("cloudwatch_export_lambda.log")
def _(name):
    # "<ISO time> <message>"; the Python runtime's Text lines "[LEVEL]\t<time>\t<request id>\t<message>"
    # have a level and their message after the request id; START, END, REPORT, INIT_START lines are
    # Lambda's own, with no level.
    out = []
    for n, line in enumerate(text_lines(name), 1):
        t, msg = line.split(" ", 1)
        app = re.match(r"^\[(\w+)\]\t\S+\t\S+\t(.*)$", msg)
        out.append(rec(n, rfc3339(t), level(app[1]) if app else None, None, None, app[2] if app else msg))
    return out


@reader("powertools_logger.jsonl")
def _(name):
    return [
        rec(n, rfc3339(o["timestamp"]), level(o["level"]), o["service"], None, o["message"])
        for n, o in json_lines(name)
    ]


@reader("gcp_logentry_gcs.jsonl")
def _(name):
    # A LogEntry: `jsonPayload.message` or `textPayload`; severity DEFAULT means no level; the Cloud Run
    # service (resource.labels.service_name) is the service.
    def severity(word):
        return None if word == "DEFAULT" else level(word)

    return [
        rec(
            n,
            rfc3339(o["timestamp"]),
            severity(o["severity"]),
            o["resource"]["labels"]["service_name"],
            None,
            o["jsonPayload"]["message"] if "jsonPayload" in o else o["textPayload"],
        )
        for n, o in json_lines(name)
    ]


_RUBY = r"^[DIWEFA], \[(\S+) #\d+\] +(\w+) -- (.*?): (.*)$"


@reader("ruby_logger.log")
def _(name):
    # Ruby's Logger::Formatter "%.1s, [%s #%d] %5s -- %s: %s": the time (local, UTC), the severity
    # word, the progname (empty: none) as the service; lines without that header continue a record.
    return by_header(name, _RUBY, lambda n, m: rec(n, rfc3339(m[1]), level(m[2]), m[3] or None, None, m[4]))


@reader("rails_production.log")
def _(name):
    # Ruby's Logger layout with no progname; TaggedLogging's "[request id] " before the message is
    # not part of it, nor is Rails' indentation of nested events (the spaces after the tag).
    def build(n, m):
        tagged = re.match(r"^\[[^\]]*\] +(.*)$", m[4])
        return rec(n, rfc3339(m[1]), level(m[2]), m[3] or None, None, tagged[1])

    return by_header(name, _RUBY, build)


@reader("logcat_brief.log")
def _(name):
    # logcat -v brief "%c/%-8s(%5d): ": priority letter, the tag (padded) as the service, no time.
    return by_header(
        name, r"^([VDIWEF])/(.*?) *\( *\d+\): (.*)$", lambda n, m: rec(n, None, level(m[1]), m[2], None, m[3])
    )


@reader("logcat_threadtime.log")
def _(name):
    # logcat -v threadtime "%m-%d %H:%M:%S.%03ld %5d %5d %c %-8s: " (no year: 2026, UTC).
    def build(n, m):
        t = datetime.strptime(f"{YEAR}-{m[1]}", "%Y-%m-%d %H:%M:%S.%f")
        return rec(n, iso(t), level(m[2]), m[3], None, m[4])

    return by_header(name, r"^(\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}) +\d+ +\d+ ([VDIWEF]) (.*?) *: (.*)$", build)


@reader("postgresql_stderr.log")
def _(name):
    # log_line_prefix '%m [%p] ' then "SEVERITY:  message"; LOG is INFO. DETAIL, HINT, CONTEXT, STATEMENT
    # and QUERY lines are parts of the report above (csvlog's columns of the same row): they continue it.
    parts = ("DETAIL", "HINT", "CONTEXT", "STATEMENT", "QUERY", "LOCATION")

    def build(n, m):
        return rec(n, rfc3339(m[1]), "INFO" if m[2] == "LOG" else level(m[2]), None, None, m[3])

    severity = rf"(?!(?:{'|'.join(parts)}):)([A-Z]+)"
    return by_header(name, rf"^(\d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{{3}}) UTC \[\d+\] {severity}:  (.*)$", build)


@reader("mysql_error.log")
def _(name):
    # "time thread [label] [err_code] [subsystem] msg": System and Note are INFO; the subsystem is the service.
    def build(n, m):
        return rec(n, rfc3339(m[1]), {"System": "INFO", "Note": "INFO"}.get(m[2]) or level(m[2]), m[3], None, m[4])

    return by_header(name, r"^(\S+Z) \d+ \[(\w+)\] \[MY-\d+\] \[(\w+)\] (.*)$", build)


@reader("zookeeper_log4j.log")
def _(name):
    # "%d{ISO8601} [myid:%X{myid}] - %-5p [%t:%C{1}@%L] - %m%n": the class (%C{1}) as the service.
    def build(n, m):
        return rec(n, rfc3339(m[1]), level(m[2]), m[3], None, m[4])

    return by_header(
        name, r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) \[myid:\d*\] - (\w+) +\[.*:(\w+)@\d+\] - (.*)$", build
    )


@reader("elasticsearch_console.log")
def _(name):
    # "[%d{ISO8601}][%-5p][%-25c{1.}] [%node_name]%marker %m%n": the logger (padded) as the service; the
    # node name is not read as the host (it names the node, a field).
    def build(n, m):
        return rec(n, rfc3339(m[1]), level(m[2]), m[3], None, m[4])

    return by_header(name, r"^\[(\S+)\]\[(\w+) *\]\[(\S+) *\] \[[^\]]*\] (.*)$", build)


def main(names):
    for name in names or sorted(READERS):
        records = READERS[name](name)
        base = re.sub(r"\.(log|jsonl)$", "", name)
        with open(os.path.join(DATA, base + ".expected.jsonl"), "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{name}: {len(records)} records")


if __name__ == "__main__":
    main(sys.argv[1:])
