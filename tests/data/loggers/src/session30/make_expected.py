#!/usr/bin/env python3
"""Write <name>.expected.jsonl for session 30's Kubernetes excerpts (journalctl and Docker json-file
lines of kubelet, k3s and kube-apiserver, as published unchanged in public threads; README.md).

Standard library only, independent of logmr; conventions: tests/data/loggers/README.md. Run in the
folder holding the logs (tests/data/loggers).
"""

import json
import re
import sys
from pathlib import Path

YEAR = 2026
MONTHS = {
    m: i for i, m in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)
}
KLOG = {"I": "INFO", "W": "WARN", "E": "ERROR", "F": "FATAL"}
LOGRUS = {"debug": "DEBUG", "info": "INFO", "warning": "WARN", "error": "ERROR", "fatal": "FATAL", "panic": "FATAL"}

# journalctl's short format: `Mmm dd hh:mm:ss host tag[pid]: message`
JOURNAL = re.compile(
    r"(?P<mon>[A-Z][a-z]{2}) (?P<day>[ \d]\d) (?P<time>\d\d:\d\d:\d\d) "
    r"(?P<host>\S+) (?P<tag>[^\[\s]+)\[\d+\]: (?P<msg>.*)"
)
# klog's header: `Lmmdd hh:mm:ss.uuuuuu threadid file:line] msg`
KLOG_HEADER = re.compile(r"([IWEF])\d{4} \d\d:\d\d:\d\d\.\d{6} +\d+ ")
LOGRUS_LEVEL = re.compile(r'time="[^"]*" level=(\w+) ')


def level_of(message):
    found = KLOG_HEADER.match(message)
    if found:
        return KLOG[found[1]]
    found = LOGRUS_LEVEL.match(message)
    return LOGRUS[found[1]] if found else None


def journal(path):
    records = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        m = JOURNAL.fullmatch(line)
        if m is None:  # (journalctl -x's catalog lines `-- Subject: ...` continue the record above)
            continue
        time = f"{YEAR}-{MONTHS[m['mon']]:02d}-{int(m['day']):02d}T{m['time']}.000Z"
        records.append(
            {
                "line": n,
                "time": time,
                "level": level_of(m["msg"]),
                "service": m["tag"],
                "host": m["host"],
                "message": m["msg"],
            }
        )
    return records


def docker(path):
    records = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        obj = json.loads(line)
        message = obj["log"][:-1] if obj["log"].endswith("\n") else obj["log"]
        time = obj["time"][:23] + "Z"  # (RFC 3339 with nanoseconds, UTC: truncated to the millisecond)
        records.append(
            {"line": n, "time": time, "level": level_of(message), "service": None, "host": None, "message": message}
        )
    return records


# the CRI log format (kubelet's /var/log/pods files): `RFC3339Nano-time stream P|F content`
CRI = re.compile(r"(?P<time>\S+) (?:stdout|stderr) F (?P<msg>.*)")


def cri(path):
    records = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        m = CRI.fullmatch(line)
        time = m["time"][:23] + "Z"  # (UTC, nanoseconds: truncated to the millisecond)
        records.append(
            {"line": n, "time": time, "level": level_of(m["msg"]), "service": None, "host": None, "message": m["msg"]}
        )
    return records


def main():
    names = ["k3s_journalctl_xe.log", "kubelet_journalctl_swap.log", "kubelet_journalctl_cni.log"]
    names += ["cri_kube_apiserver.log", "cri_kube_controller_manager.log", "kubelet_docker_json.jsonl"]
    for name in sys.argv[1:] or names:
        path = Path(name)
        records = docker(path) if path.suffix == ".jsonl" else cri(path) if name.startswith("cri_") else journal(path)
        with open(path.with_name(path.name.rsplit(".", 1)[0] + ".expected.jsonl"), "w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
