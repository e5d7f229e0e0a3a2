"""Write <name>.expected.jsonl for each <name>.log here: one small regex reader per tool layout.

No logmr code. A line that the tool's reader does not match continues the record before it
(no record of its own); a record's message is its first line's text after the header.
rsyncd.log holds one byte that is not UTF-8 (rsync's own escaping, see README): files are
decoded as UTF-8 with errors="replace", so that byte becomes U+FFFD in the expected message.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
MONTHS = {m: i for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}
YEAR = 2026


def iso(y, mo, d, h, mi, s, frac="0"):
    ms = (str(frac) + "000")[:3]  # truncated, not rounded
    return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}T{int(h):02d}:{int(mi):02d}:{int(s):02d}.{ms}Z"


LEVELS = {
    "TRACE": "DEBUG", "DEBUG": "DEBUG", "DBG": "DEBUG", "VERBOSE": "DEBUG",
    "INFO": "INFO", "NOTICE": "INFO", "OK": "INFO",
    "WARN": "WARN", "WARNING": "WARN",
    "ERR": "ERROR", "ERROR": "ERROR",
    "CRITICAL": "FATAL", "ALERT": "FATAL", "EMERGENCY": "FATAL", "EMER": "FATAL", "FATAL": "FATAL", "PANIC": "FATAL",
}


def rec(line, time=None, level=None, service=None, host=None, message=""):
    return {"line": line, "time": time, "level": level, "service": service, "host": host, "message": message}


# rsync 3.x daemon --log-file / "log file =": "YYYY/MM/DD hh:mm:ss [pid] message"
RSYNC = re.compile(r"^(\d{4})/(\d{2})/(\d{2}) (\d{2}):(\d{2}):(\d{2}) \[(\d+)\] (.*)$")


def rsyncd(n, t):
    m = RSYNC.match(t)
    if m:  # no level, pid is not a service
        return rec(n, iso(*m.groups()[:6]), None, None, None, m[8])


# rclone --log-file: "YYYY/MM/DD hh:mm:ss LEVEL : message"; LEVEL padded to 6 ("INFO  :", "NOTICE:");
# log.Fatalf lines ("Failed to ...") carry no level.
RCLONE = re.compile(
    r"^(\d{4})/(\d{2})/(\d{2}) (\d{2}):(\d{2}):(\d{2}) "
    r"(?:(DEBUG|INFO|NOTICE|ERROR|CRITICAL|ALERT|EMERGENCY|WARNING) *: ?)?(.*)$"
)


def rclone(n, t):
    m = RCLONE.match(t)
    if m:
        return rec(n, iso(*m.groups()[:6]), LEVELS[m[7]] if m[7] else None, None, None, m[8])


# keepalived -l (log to console), stderr: "Www Mmm dd hh:mm:ss yyyy: message" (day space-padded)
KEEPALIVED = re.compile(r"^[A-Z][a-z]{2} ([A-Z][a-z]{2}) +(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4}): (.*)$")


def keepalived(n, t):
    m = KEEPALIVED.match(t)
    if m:  # no level field; "NOTICE: ..." is text of the message
        return rec(n, iso(m[6], MONTHS[m[1]], m[2], m[3], m[4], m[5]), None, None, None, m[7])


# Open vSwitch file log default pattern "%D{%Y-%m-%dT%H:%M:%S.###Z}|%05N|%c%T|%p|%m"
OVS = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{3})Z\|(\d+)\|([^|]+)\|(DBG|INFO|WARN|ERR|EMER)\|(.*)$")


def ovs(n, t):
    m = OVS.match(t)
    if m:
        module = re.sub(r"\(.*\)$", "", m[9])  # "dpif(revalidator5)" -> "dpif" (thread name); none in this file
        return rec(n, iso(*m.groups()[:7]), LEVELS[m[10]], module, None, m[11])


# mpd log_file: "Mmm dd hh:mm : domain: message" (minute precision, no year)
MPD = re.compile(r"^([A-Z][a-z]{2}) (\d{2}) (\d{2}):(\d{2}) : ([A-Za-z0-9_/.-]+): (.*)$")


def mpd(n, t):
    m = MPD.match(t)
    if m:
        return rec(n, iso(YEAR, MONTHS[m[1]], m[2], m[3], m[4], 0), None, m[5], None, m[6])


# syncthing with STTRACE set (log flags date|time|microseconds|shortfile):
# "[PREFIX] YYYY/MM/DD hh:mm:ss.uuuuuu file.go:NNN: LEVEL: message"
SYNCTHING = re.compile(
    r"^\[([^\]]+)\] (\d{4})/(\d{2})/(\d{2}) (\d{2}):(\d{2}):(\d{2})\.(\d{6}) ([\w.]+\.go:\d+): "
    r"(DEBUG|VERBOSE|INFO|OK|WARNING|FATAL): (.*)$"
)


def syncthing(n, t):
    m = SYNCTHING.match(t)
    if m:
        return rec(n, iso(*m.groups()[1:8]), LEVELS[m[10]], m[1], None, m[11])


# cloud-init (Debian 05_logging.cfg): "%(asctime)s - %(filename)s[%(levelname)s]: %(message)s"
CLOUDINIT = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}),(\d{3}) - (\S+)\[(DEBUG|INFO|WARNING|ERROR|CRITICAL)\]: (.*)$"
)


def cloudinit(n, t):
    m = CLOUDINIT.match(t)
    if m:
        return rec(n, iso(*m.groups()[:7]), LEVELS[m[9]], m[8], None, m[10])


# kresd 5.x stderr: "[group ] message" (group padded to 6 inside the brackets); no time, no level field.
KRESD = re.compile(r"^\[([a-z0-9_]+) *\] ?(.*)$")


def kresd(n, t):
    m = KRESD.match(t)
    if m:  # "[plan  ][00000.00] plan ..." : the request uid stays in the message
        return rec(n, None, None, m[1], None, m[2])


READERS = {
    "rsyncd": rsyncd,
    "rclone": rclone,
    "keepalived": keepalived,
    "ovs_vswitchd": ovs,
    "mpd": mpd,
    "syncthing": syncthing,
    "cloud_init": cloudinit,
    "kresd": kresd,
}


def main():
    for name, reader in READERS.items():
        path = HERE / f"{name}.log"
        if not path.exists():
            continue
        text = path.read_bytes().decode("utf-8", errors="replace")
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        records = []
        for n, line in enumerate(lines, 1):
            r = reader(n, line)
            if r is not None:
                records.append(r)
            elif not records and line.strip():
                raise SystemExit(f"{name}.log:{n}: first line is no record: {line!r}")
        with open(HERE / f"{name}.expected.jsonl", "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{name}: {len(lines)} lines, {len(records)} records")


if __name__ == "__main__":
    main()
