#!/usr/bin/env python3
"""Write out/<name>.expected.jsonl for every log of set 37a (network security monitoring, firewalls, IDS and
packet tools), one small reader per layout.

Standard library only; written from the observed output and the tools' documented formats, independently of
logmr. `python3 make_expected.py --check` recomputes and compares instead of writing, and exits 1 on any
difference.

Common rules (README.md, "Judgement calls"):
- time: the record's own instant, UTC ISO with milliseconds truncated; a time of day alone -> null; years
  missing from a stamp are 2026; stamps without a zone are UTC (every tool ran with TZ=UTC);
- level: the tool's own severity or priority; alert priorities 1 -> ERROR, 2 -> WARN, 3 and above -> INFO;
  syslog severities 0-2 -> FATAL, 3 -> ERROR, 4 -> WARN, 5-6 -> INFO, 7 -> DEBUG; null where none is written;
- a record's continuation lines (tcpdump -v's indented lines, an alert_full block, a wslog message with an
  embedded newline, a banner) make no records; the message is taken from the record's first line.
"""

import json
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUTDIR = HERE / "out"
YEAR = 2026
MONTHS = {m: i for i, m in enumerate(
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1)}
FULL_MONTHS = {m: i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December"], 1)}


# --- shared helpers ------------------------------------------------------------------------------

def fmt(dt):
    dt = dt.astimezone(UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def from_epoch(text):
    """'1796425804.000731' -> ISO (the fraction is cut to milliseconds, never rounded)."""
    sec, _, frac = str(text).partition(".")
    us = int((frac + "000000")[:6])
    return fmt(datetime.fromtimestamp(int(sec), UTC).replace(microsecond=us))


def from_iso(text):
    """RFC 3339 / ISO 8601 with a fraction of any length (or ',' as separator) and Z, +hh:mm or +hhmm."""
    m = re.fullmatch(r"(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d:\d\d)(?:[.,](\d+))?(Z|[+-]\d\d:?\d\d)?", text)
    frac = (m[3] or "")[:6].ljust(6, "0")
    zone = m[4] or "+00:00"
    if zone == "Z":
        zone = "+00:00"
    elif ":" not in zone:
        zone = zone[:3] + ":" + zone[3:]
    return fmt(datetime.fromisoformat(f"{m[1]}T{m[2]}.{frac}{zone}"))


def mk(y, mo, d, hms, frac=""):
    h, mi, s = (int(x) for x in hms.split(":"))
    us = int((frac + "000000")[:6]) if frac else 0
    return fmt(datetime(int(y), int(mo), int(d), h, mi, s, us, tzinfo=UTC))


def priority_level(p):
    """Snort/Suricata alert priority (1 = most severe)."""
    if p is None:
        return None
    p = int(p)
    return "ERROR" if p == 1 else "WARN" if p == 2 else "INFO"


def syslog_severity(n):
    n = int(n)
    return "FATAL" if n <= 2 else "ERROR" if n == 3 else "WARN" if n == 4 else "INFO" if n <= 6 else "DEBUG"


def rec(line, time, level, service, host, message, **extra):
    r = {"line": line, "time": time, "level": level, "service": service, "host": host, "message": message}
    r.update(extra)
    return r


# --- Suricata 7.0.10 -----------------------------------------------------------------------------

FAST = re.compile(r"^(\d\d)/(\d\d)/(\d{4})-(\d\d:\d\d:\d\d)\.(\d+) +\[\*\*\] \[\d+:\d+:\d+\] (.*?) \[\*\*\] "
                  r"(?:\[Classification: [^\]]*\] )?\[Priority: (\d+)\]")


def suricata_fast(lines):
    # fast.log: "MM/DD/YYYY-hh:mm:ss.uuuuuu  [**] [gid:sid:rev] msg [**] [Classification: c] [Priority: p] {PROTO}
    # src -> dst" (a decoder alert on a packet without a valid IP header ends with "[Raw pkt: ...]" instead)
    out = []
    for i, t in enumerate(lines, 1):
        m = FAST.match(t)
        out.append(rec(i, mk(m[3], m[1], m[2], m[4], m[5]), priority_level(m[7]), None, None, m[6]))
    return out


def suricata_eve(lines):
    # eve.json: one event a line; `timestamp` (+0000), `host` = the sensor-name. Level: an alert's
    # `alert.severity` (its priority); other event types have none. Message: an alert's signature, an
    # anomaly's event name, an http event's "METHOD url" (with status and bytes = http.length), a dns event's
    # rrname; flow, fileinfo, tls, ssh and stats events carry no text (null).
    out = []
    for i, t in enumerate(lines, 1):
        o = json.loads(t)
        et = o["event_type"]
        level, msg, extra = None, None, {}
        if et == "alert":
            level, msg = priority_level(o["alert"].get("severity")), o["alert"]["signature"]
        elif et == "anomaly":
            msg = o["anomaly"].get("event")
        elif et == "http":
            h = o["http"]
            msg = f"{h.get('http_method')} {h.get('url')}"
            if "status" in h:
                extra["status"] = h["status"]
            if "length" in h:
                extra["bytes"] = h["length"]
        elif et == "dns":
            d = o["dns"]
            msg = d.get("rrname") or (d.get("query") or [{}])[0].get("rrname")
        out.append(rec(i, from_iso(o["timestamp"]), level, None, o.get("host"), msg, **extra))
    return out


def suricata_stats(lines):
    # stats.log: a block per interval, opened by "Date: M/D/YYYY -- hh:mm:ss (uptime: ...)" (month first,
    # unpadded) between dashed rules, then the counter table; the record is the Date line, the rest its body
    out = []
    for i, t in enumerate(lines, 1):
        m = re.match(r"^Date: (\d{1,2})/(\d{1,2})/(\d{4}) -- (\d\d:\d\d:\d\d) ", t)
        if m:
            out.append(rec(i, mk(m[3], m[1], m[2], m[4]), None, None, None, t))
    return out


SURICATA_LEVELS = {"Emergency": "FATAL", "Alert": "FATAL", "Critical": "FATAL", "Error": "ERROR",
                   "Warning": "WARN", "Notice": "INFO", "Info": "INFO", "Perf": "INFO", "Config": "INFO",
                   "Debug": "DEBUG"}


def suricata_log(lines):
    # suricata.log (file output, 7.0 default format "[%i - %m] %z %d: %S: %M"):
    # "[PID - THREAD] YYYY-MM-DD hh:mm:ss Level: module: message"; service = the module
    rx = re.compile(r"^\[\d+ - [^\]]+\] (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) (\w+): ([\w.-]+): (.*)$")
    out = []
    for i, t in enumerate(lines, 1):
        m = rx.match(t)
        out.append(rec(i, from_iso(m[1]), SURICATA_LEVELS[m[2]], m[3], None, m[4]))
    return out


# --- tcpdump 4.99.3 ------------------------------------------------------------------------------

def tcpdump_tttt(lines):
    # -tttt: "YYYY-MM-DD hh:mm:ss.uuuuuu " then the packet summary (the message)
    out = []
    for i, t in enumerate(lines, 1):
        m = re.match(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}) (.*)$", t)
        out.append(rec(i, from_iso(m[1]), None, None, None, m[2]))
    return out


def tcpdump_v(lines):
    # -nn -v: "hh:mm:ss.uuuuuu " (time of day only: time null) and the first line; the lines indented by four
    # spaces or a tab (the layer-4 line, decoded HTTP headers) continue the packet's record
    out = []
    for i, t in enumerate(lines, 1):
        m = re.match(r"^(\d\d:\d\d:\d\d\.\d{6}) (.*)$", t)
        if m:
            out.append(rec(i, None, None, None, None, m[2]))
    return out


# --- tshark 4.0.17's own log (wslog) -------------------------------------------------------------

WSLOG_LEVELS = {"NOISY": "DEBUG", "DEBUG": "DEBUG", "INFO": "INFO", "MESSAGE": "INFO", "WARNING": "WARN",
                "CRITICAL": "FATAL", "ERROR": "ERROR"}


def tshark_log(lines):
    # wslog: " ** (PROG:PID) hh:mm:ss.uuuuuu [Domain LEVEL] file:line -- func(): message" (time of day only:
    # null); service = PROG; the message without the "func(): " prefix. A message with an embedded newline goes
    # on, unprefixed, on the next line (continuation). tshark's plain console messages ("Running as user ...",
    # "tshark: ...") are records of their own without time or level.
    rx = re.compile(r"^ \*\* \(([\w-]+):\d+\) \d\d:\d\d:\d\d\.\d+ \[(.+?) (\w+)\] \S+ -- (?:[\w:~]+\(\): )?(.*)$")
    out = []
    for i, t in enumerate(lines, 1):
        m = rx.match(t)
        if m:
            out.append(rec(i, None, WSLOG_LEVELS[m[3]], m[1], None, m[4]))
        elif t.startswith("Running as user ") or t.startswith("tshark: "):
            out.append(rec(i, None, None, None, None, t))
    return out


# --- arpwatch 2.1a15 -----------------------------------------------------------------------------

def arpwatch_debug(lines):
    # -d: each report is the mail it would send, on stderr: "From: arpwatch (Arpwatch HOST)", "To:",
    # "Subject: EVENT (IP) (IFACE)", an empty line, "name: value" lines with "timestamp: Weekday, Month D, YYYY
    # hh:mm:ss +zzzz". Record = the From line; time = the report's timestamp; service arpwatch; host = HOST;
    # message = the Subject
    out = []
    cur = None
    for i, t in enumerate(lines, 1):
        m = re.match(r"^From: (\S+) \(\S+ (\S+)\)$", t)
        if m:
            cur = rec(i, None, None, m[1], m[2], None)
            out.append(cur)
            continue
        if cur is None:
            continue
        m = re.match(r"^Subject: (.*)$", t)
        if m:
            cur["message"] = m[1]
        m = re.match(r"^ +timestamp: \w+, (\w+) (\d+), (\d{4}) (\d\d:\d\d:\d\d) ([+-]\d{4})$", t)
        if m:
            cur["time"] = from_iso(f"{m[3]}-{FULL_MONTHS[m[1]]:02d}-{int(m[2]):02d}T{m[4]}{m[5]}")
    return out


# --- rsyslog 8.2302 files (Debian 12 default RSYSLOG_FileFormat) ----------------------------------

RSYSLOG = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+[+-]\d\d:\d\d) (\S+) ([^\s\[:]+)(?:\[\d+\])?: ?(.*)$")


def rsyslog_file(lines, strip_kernel_stamp=False):
    # "RFC3339-with-µs HOST TAG[PID]: message"; no severity in this format (level null). For the kernel's
    # lines imklog keeps printk's "[seconds.micro] " boot-time stamp at the head of the message: it is a stamp,
    # not text, and is left out
    out = []
    for i, t in enumerate(lines, 1):
        m = RSYSLOG.match(t)
        msg = m[4]
        if strip_kernel_stamp:
            msg = re.sub(r"^\[ *\d+\.\d+\] ", "", msg)
        out.append(rec(i, from_iso(m[1]), None, m[3], m[2], msg))
    return out


def kern_log(lines):
    return rsyslog_file(lines, strip_kernel_stamp=True)


# --- dmesg -W -x --time-format iso (util-linux 2.38.1) ---------------------------------------------

KERNEL_LEVELS = {"emerg": "FATAL", "alert": "FATAL", "crit": "FATAL", "err": "ERROR", "warn": "WARN",
                 "notice": "INFO", "info": "INFO", "debug": "DEBUG"}


def dmesg_iso(lines):
    # "FACILITY:LEVEL : YYYY-MM-DDThh:mm:ss,uuuuuu+hh:mm message" (facility and level padded)
    out = []
    for i, t in enumerate(lines, 1):
        m = re.match(r"^(\w+) *:(\w+) *: (\S+) (.*)$", t)
        out.append(rec(i, from_iso(m[3]), KERNEL_LEVELS[m[2]], None, None, m[4]))
    return out


# --- conntrack -E -o timestamp,extended,id (conntrack-tools 1.4.7) -------------------------------

def conntrack_events(lines):
    # "[epoch.micro]\t" then the event, right-aligned "[NEW]"/"[UPDATE]"/"[DESTROY]" (its leading spaces are
    # padding, dropped); the closing count line is written without a stamp
    out = []
    for i, t in enumerate(lines, 1):
        m = re.match(r"^\[(\d+\.\d+)\]\t *(.*)$", t)
        if m:
            out.append(rec(i, from_epoch(m[1]), None, None, None, m[2]))
        elif t:
            out.append(rec(i, None, None, None, None, t))
    return out


# --- wireguard-go 0.0.20220316 -------------------------------------------------------------------

def wireguard_go(lines):
    # "LEVEL: (IFACE) YYYY/MM/DD hh:mm:ss message" (Go's log with the "LEVEL: (iface) " prefix); service = the
    # interface the device logs for. The box it prints at start (one write of several lines) is one record
    # without time or level whose message is its first line.
    out = []
    in_banner = False
    for i, t in enumerate(lines, 1):
        m = re.match(r"^(DEBUG|INFO|ERROR): \((\S+)\) (\d{4})/(\d\d)/(\d\d) (\d\d:\d\d:\d\d) (.*)$", t)
        if m:
            in_banner = False
            lvl = {"DEBUG": "DEBUG", "INFO": "INFO", "ERROR": "ERROR"}[m[1]]
            out.append(rec(i, mk(m[3], m[4], m[5], m[6]), lvl, m[2], None, m[7]))
        elif t.startswith("\u250c"):
            in_banner = True
            out.append(rec(i, None, None, None, None, t))
        elif in_banner:
            continue
    return out


# --- Zeek (composed) -----------------------------------------------------------------------------

def zeek_tsv_rows(lines):
    """Yield (line number, {field: value}) for each data row of a Zeek ASCII (TSV) log."""
    sep, fields = "\t", None
    for i, t in enumerate(lines, 1):
        if t.startswith("#separator "):
            sep = t.split(" ", 1)[1].encode().decode("unicode_escape")
        elif t.startswith("#fields"):
            fields = t.split(sep)[1:]
        elif t.startswith("#"):
            continue
        else:
            yield i, dict(zip(fields, t.split(sep)))


def zeek_conn(lines):
    # conn.log: ts = the connection's first packet; a flow summary has no text column: message null
    return [rec(i, from_epoch(r["ts"]), None, None, None, None) for i, r in zeek_tsv_rows(lines)]


def zeek_http(lines):
    # http.log: ts = the request; message = "method uri" (as the corpus reads W3C columns); status =
    # status_code, bytes = response_body_len; no duration column (no latency). "-" is unset.
    out = []
    for i, r in zeek_tsv_rows(lines):
        extra = {}
        if r["status_code"] != "-":
            extra["status"] = int(r["status_code"])
        if r["response_body_len"] != "-":
            extra["bytes"] = int(r["response_body_len"])
        out.append(rec(i, from_epoch(r["ts"]), None, None, None, f"{r['method']} {r['uri']}", **extra))
    return out


def zeek_dns_json(lines):
    # JSON dns.log: ts (epoch seconds, a JSON number); message = the query name
    out = []
    for i, t in enumerate(lines, 1):
        raw = re.search(r'"ts":([0-9.]+)', t)[1]   # the number as written (no float rounding)
        o = json.loads(t)
        out.append(rec(i, from_epoch(raw), None, None, None, o.get("query")))
    return out


# --- Snort 2.9 alert_full (composed) --------------------------------------------------------------

def snort_full(lines):
    # "[**] [gid:sid:rev] msg [**]" opens a record; "[Classification: c] [Priority: p] " follows when the
    # packet's IP header is valid; then "MM/DD-hh:mm:ss.uuuuuu " (no year: 2026) and the packet lines; an
    # empty line ends the alert
    out = []
    cur = None
    for i, t in enumerate(lines, 1):
        m = re.match(r"^\[\*\*\] \[\d+:\d+:\d+\] (.*) \[\*\*\]$", t)
        if m:
            cur = rec(i, None, None, None, None, m[1])
            out.append(cur)
            continue
        if cur is None:
            continue
        m = re.search(r"\[Priority: (\d+)\]", t)
        if m and cur["level"] is None:
            cur["level"] = priority_level(m[1])
        m = re.match(r"^(\d\d)/(\d\d)-(\d\d:\d\d:\d\d)\.(\d{6}) ", t)
        if m and cur["time"] is None:
            cur["time"] = mk(YEAR, m[1], m[2], m[3], m[4])
    return out


# --- BSD syslog lines: pfSense filterlog (composed) ---------------------------------------------------

def bsd_syslog(lines):
    # "Mmm dd hh:mm:ss HOST TAG[PID]: message" (day space-padded, no year: 2026, no severity)
    out = []
    for i, t in enumerate(lines, 1):
        m = re.match(r"^([A-Z][a-z]{2}) ([ \d]\d) (\d\d:\d\d:\d\d) (\S+) ([^\s\[:]+)(?:\[\d+\])?: (.*)$", t)
        out.append(rec(i, mk(YEAR, MONTHS[m[1]], m[2], m[3]), None, m[5], m[4], m[6]))
    return out


# --- Cisco ASA (composed) --------------------------------------------------------------------------

def cisco_asa(lines):
    # "Mmm dd yyyy hh:mm:ss DEVICE-ID : %ASA-S-NNNNNN: text" (logging timestamp + logging device-id hostname);
    # S = syslog severity 0-7; service = ASA (the message's facility); message = the text after the tag
    out = []
    for i, t in enumerate(lines, 1):
        m = re.match(r"^([A-Z][a-z]{2}) (\d\d) (\d{4}) (\d\d:\d\d:\d\d) (\S+) : %(ASA)-(\d)-\d+: (.*)$", t)
        out.append(rec(i, mk(m[3], MONTHS[m[1]], m[2], m[4]), syslog_severity(m[7]), m[6], m[5], m[8]))
    return out


FILES = {
    "suricata_fast.log": suricata_fast,
    "suricata_eve.jsonl": suricata_eve,
    "suricata_stats.log": suricata_stats,
    "suricata.log": suricata_log,
    "tcpdump_tttt.log": tcpdump_tttt,
    "tcpdump_v.log": tcpdump_v,
    "tshark_debug.log": tshark_log,
    "arpwatch_debug.log": arpwatch_debug,
    "arpwatch_syslog.log": rsyslog_file,
    "sshguard.log": rsyslog_file,
    "netfilter_kern.log": kern_log,
    "netfilter_dmesg_iso.log": dmesg_iso,
    "conntrack_events.log": conntrack_events,
    "wireguard_go.log": wireguard_go,
    "zeek_conn.log": zeek_conn,
    "zeek_http.log": zeek_http,
    "zeek_dns.jsonl": zeek_dns_json,
    "snort_alert_full.log": snort_full,
    "pfsense_filterlog.log": bsd_syslog,
    "cisco_asa.log": cisco_asa,
}


def read_lines(path):
    text = path.read_bytes().decode("utf-8")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def main():
    check = "--check" in sys.argv[1:]
    bad = 0
    for name, reader in FILES.items():
        path = OUTDIR / name
        lines = read_lines(path)
        records = reader(lines)
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        target = OUTDIR / (name.rsplit(".", 1)[0] + ".expected.jsonl")
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                print(f"DIFFERS: {target.name}")
                bad = 1
        else:
            target.write_text(text, encoding="utf-8")
        print(f"{name}: {len(lines)} lines, {len(records)} records")
    if check:
        print("check failed" if bad else "check passed: every expected file matches")
    return bad


if __name__ == "__main__":
    sys.exit(main())
