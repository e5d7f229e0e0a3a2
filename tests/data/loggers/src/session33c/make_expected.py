#!/usr/bin/env python3
"""Write <name>.expected.jsonl for every log in this corpus (one small reader per layout).

Standard library only; written from the observed output and the tools' documented formats.
`python3 make_expected.py --check` compares with the files on disk instead of writing and exits 1 on any
difference.
"""

import json
import re
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
YEAR = 2026  # layouts without a year (RFC 3164 style) are taken as the year the files were made
MONTHS = {m: i for i, m in enumerate(
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1)}


def rec(line, time=None, level=None, service=None, host=None, message=None):
    return {"line": line, "time": time, "level": level, "service": service, "host": host, "message": message}


def iso(dt, frac_us=0):
    """UTC ISO 8601 with milliseconds, truncated."""
    dt = dt.astimezone(UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + f".{frac_us // 1000:03d}Z"


def lines_of(name):
    text = (HERE / name).read_text(encoding="utf-8")
    return text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")


def headed(name, header_re, make):
    """Records start at lines matching header_re; other lines continue the record before them.

    Non-blank lines before the first header line are records of their own (all fields null but message).
    """
    out = []
    seen = False
    for n, line in enumerate(lines_of(name), 1):
        m = header_re.match(line)
        if m:
            seen = True
            out.append(make(n, m))
        elif not seen and line.strip():
            out.append(rec(n, message=line))
    return out


# --- ModSecurity audit logs (native serial format): one record per transaction -------------------------
AUDIT_TIME = re.compile(r"\[(\d\d)/(\w{3})/(\d{4}):(\d\d):(\d\d):(\d\d)(?:\.(\d{6}))? ([+-])(\d\d)(\d\d)\] ?(.*)$")


def audit_time(s):
    m = AUDIT_TIME.match(s)
    d, mon, y, hh, mm, ss, us, sign, oh, om, rest = m.groups()
    off = (int(oh) * 60 + int(om)) * (1 if sign == "+" else -1)
    tz = timezone(timedelta(minutes=off))
    dt = datetime(int(y), MONTHS[mon], int(d), int(hh), int(mm), int(ss), tzinfo=tz)
    return iso(dt, int(us or 0)), rest


def modsec_native(name, boundary):
    lines = lines_of(name)
    out = []
    for i, line in enumerate(lines):
        if boundary.match(line):
            time, rest = audit_time(lines[i + 1])
            out.append(rec(i + 1, time=time, message=rest))
    return out


def modsec_json(name):
    out = []
    for n, line in enumerate(lines_of(name), 1):
        d = json.loads(line)
        time, _ = audit_time("[" + d["transaction"]["time"] + "]")
        out.append(rec(n, time=time))
    return out


# --- Apache error log, default ErrorLogFormat --------------------------------------------------------------
APACHE = re.compile(r"\[\w{3} (\w{3}) (\d\d) (\d\d):(\d\d):(\d\d)\.(\d{6}) (\d{4})\] \[([^:\]]*):(\w+)\] "
                    r"\[pid [^\]]*\] (?:\[client [^\]]*\] )?(.*)$")
APACHE_LEVEL = {"emerg": "FATAL", "alert": "FATAL", "crit": "FATAL", "error": "ERROR", "warn": "WARN",
                "notice": "INFO", "info": "INFO", "debug": "DEBUG"}


def apache_error(name):
    def make(n, m):
        mon, d, hh, mm, ss, us, y, module, level, msg = m.groups()
        dt = datetime(int(y), MONTHS[mon], int(d), int(hh), int(mm), int(ss), tzinfo=UTC)
        lv = "DEBUG" if level.startswith("trace") else APACHE_LEVEL[level]
        return rec(n, time=iso(dt, int(us)), level=lv, service=module or None, message=msg)
    return headed(name, APACHE, make)


# --- freshclam: "Fri Dec  4 16:39:37 2026 -> [WARNING: |ERROR: ]message" ---------------------------------
FRESHCLAM = re.compile(r"\w{3} (\w{3}) ([ \d]\d) (\d\d):(\d\d):(\d\d) (\d{4}) -> (?:(WARNING|ERROR): )?(.*)$")


def freshclam(name):
    def make(n, m):
        mon, d, hh, mm, ss, y, level, msg = m.groups()
        dt = datetime(int(y), MONTHS[mon], int(d), int(hh), int(mm), int(ss), tzinfo=UTC)
        return rec(n, time=iso(dt), level={"WARNING": "WARN", "ERROR": "ERROR"}.get(level), message=msg)
    return headed(name, FRESHCLAM, make)


# --- knockd LogFile: "[2026-12-04 16:40] message" (minutes) -------------------------------------------------
KNOCKD = re.compile(r"\[(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d)\] (.*)$")


def knockd(name):
    def make(n, m):
        y, mo, d, hh, mm, msg = m.groups()
        dt = datetime(int(y), int(mo), int(d), int(hh), int(mm), tzinfo=UTC)
        return rec(n, time=iso(dt), message=msg)
    return headed(name, KNOCKD, make)


# --- samhain log file: "SEVERITY :  [ISO+zone] msg=<...>, key=<...>" + signature line --------------------
SAMHAIN = re.compile(r"([A-Z]+)\s*:\s+\[(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4})\] (.*)$")
SAMHAIN_LEVEL = {"DEBUG": "DEBUG", "INFO": "INFO", "NOTICE": "INFO", "WARN": "WARN", "MARK": "INFO",
                 "ERROR": "ERROR", "CRIT": "FATAL", "ALERT": "FATAL", "NONE": None}
SAMHAIN_PAIR = re.compile(r"(\w+)=<([^>]*)>")


def samhain(name):
    def make(n, m):
        sev, ts, rest = m.groups()
        dt = datetime.strptime(ts, "%Y-%m-%dT%H:%M:%S%z")
        first = {}  # a key can repeat (START names two path=<>/hash=<> pairs): the first one counts
        for k, v in SAMHAIN_PAIR.findall(rest):
            first.setdefault(k, v)
        return rec(n, time=iso(dt), level=SAMHAIN_LEVEL[sev],
                   service=first.get("module", first.get("program")), message=first.get("msg"))
    return headed(name, SAMHAIN, make)


# --- AIDE's log on stderr: "%7s: message", no time -------------------------------------------------------
AIDE = re.compile(r"\s*(ERROR|WARNING|NOTICE|INFO|RULE|COMPARE|CONFIG|DEBUG|TRACE): (.*)$")
AIDE_LEVEL = {"ERROR": "ERROR", "WARNING": "WARN", "NOTICE": "INFO", "INFO": "INFO", "RULE": "DEBUG",
              "COMPARE": "DEBUG", "CONFIG": "DEBUG", "DEBUG": "DEBUG", "TRACE": "DEBUG"}


def aide(name):
    return headed(name, AIDE, lambda n, m: rec(n, level=AIDE_LEVEL[m.group(1)], message=m.group(2)))


# --- Lynis: "YYYY-MM-DD HH:MM:SS text"; rkhunter: "[HH:MM:SS] text" -----------------------------------------
WORD_LEVEL = re.compile(r"(Info|Warning|Error): (.*)$")
WORD_MAP = {"Info": "INFO", "Warning": "WARN", "Error": "ERROR"}


def word_level(msg):
    m = WORD_LEVEL.match(msg)
    return (WORD_MAP[m.group(1)], m.group(2)) if m else (None, msg)


LYNIS = re.compile(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) (.*)$")


def lynis(name):
    def make(n, m):
        dt = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
        level, msg = word_level(m.group(2))
        return rec(n, time=iso(dt), level=level, message=msg)
    return headed(name, LYNIS, make)


RKHUNTER = re.compile(r"\[\d\d:\d\d:\d\d\](?: (.*))?$")


def rkhunter(name):
    def make(n, m):
        level, msg = word_level((m.group(1) or "").strip())
        return rec(n, level=level, message=msg)
    return headed(name, RKHUNTER, make)


# --- amavisd-new $LOGFILE: "Mmm dd HH:MM:SS host program[pid]: [(am_id) ][(!)|(!!)]text" --------------------
AMAVIS = re.compile(r"(\w{3}) ([ \d]\d) (\d\d):(\d\d):(\d\d) (\S+) (\S+?)\[\d+\]: (.*)$")
AMAVIS_MARK = re.compile(r"(?:\([\w-]+\) )?(\(!!?\))")


def amavis(name):
    def make(n, m):
        mon, d, hh, mm, ss, host, prog, msg = m.groups()
        dt = datetime(YEAR, MONTHS[mon], int(d), int(hh), int(mm), int(ss), tzinfo=UTC)
        mark = AMAVIS_MARK.match(msg)
        level = {"(!)": "WARN", "(!!)": "ERROR"}[mark.group(1)] if mark else None
        return rec(n, time=iso(dt), level=level, service=prog, host=host, message=msg)
    return headed(name, AMAVIS, make)


# --- dnsmasq log-facility file: "Mmm dd HH:MM:SS dnsmasq[pid]: text" (no host, no level) ----------------
DNSMASQ = re.compile(r"(\w{3}) ([ \d]\d) (\d\d):(\d\d):(\d\d) (\S+?)\[\d+\]: (.*)$")


def dnsmasq(name):
    def make(n, m):
        mon, d, hh, mm, ss, prog, msg = m.groups()
        dt = datetime(YEAR, MONTHS[mon], int(d), int(hh), int(mm), int(ss), tzinfo=UTC)
        return rec(n, time=iso(dt), service=prog, message=msg)
    return headed(name, DNSMASQ, make)


# --- tiger: report lines "--LEVEL-- [msgid] text" wrapped at 79 columns (indented continuation) -------------
TIGER_LINE = re.compile(r"(?:--([A-Z]+)-- )?(?:(\d\d):(\d\d)> )?(.*)$")
TIGER_LEVEL = {"INFO": "INFO", "CONFIG": "INFO", "WARN": "WARN", "FAIL": "ERROR", "ERROR": "ERROR",
               "ALERT": "FATAL"}


LS_LINE = re.compile(r"[-bcdlps][-rwxsStT]{9}[.+]? +\d+ ")


def tiger(name):
    """Every line is a record except blank and indented lines (the 79-column wrap) and the `ls -l` lines
    a message lists after itself (`Unexpected device files found:`): those continue the record above."""
    out = []
    for n, line in enumerate(lines_of(name), 1):
        if not line.strip() or line[0] in " \t" or LS_LINE.match(line):
            continue
        m = TIGER_LINE.match(line)
        out.append(rec(n, level=TIGER_LEVEL.get(m.group(1)), message=m.group(4)))
    return out


# --- sd-daemon(3) "<prio>text" on stderr ---------------------------------------------------------------------
SDPRIO = re.compile(r"<([0-7])>(.*)$")
SYSLOG_LEVEL = ["FATAL", "FATAL", "FATAL", "ERROR", "WARN", "INFO", "INFO", "DEBUG"]


def sd_prio(name):
    return headed(name, SDPRIO, lambda n, m: rec(n, level=SYSLOG_LEVEL[int(m.group(1))], message=m.group(2)))


FILES = {
    "modsec_audit.log": lambda f: modsec_native(f, re.compile(r"--[0-9a-f]{8}-A--$")),
    "modsec3_audit.log": lambda f: modsec_native(f, re.compile(r"---\w{8}---A--$")),
    "modsec_audit_json.jsonl": modsec_json,
    "apache_modsecurity_error.log": apache_error,
    "freshclam.log": freshclam,
    "knockd.log": knockd,
    "samhain.log": samhain,
    "aide.log": aide,
    "lynis.log": lynis,
    "rkhunter.log": rkhunter,
    "amavis.log": amavis,
    "amavis_stderr.log": sd_prio,
    "dnsmasq.log": dnsmasq,
    "tiger_report.log": tiger,
    "tiger_console.log": tiger,
}


def main():
    check = "--check" in sys.argv[1:]
    bad = 0
    for name, reader in FILES.items():
        recs = reader(name)
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
        target = HERE / (name.rsplit(".", 1)[0] + ".expected.jsonl")
        if check:
            old = target.read_text(encoding="utf-8") if target.exists() else None
            if old != text:
                bad += 1
                print(f"DIFFERS: {target.name}")
        else:
            target.write_text(text, encoding="utf-8")
        print(f"{name}: {len(recs)} records")
    if check and bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
