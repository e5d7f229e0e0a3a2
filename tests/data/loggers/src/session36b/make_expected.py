#!/usr/bin/env python3
"""Write out/<name>.expected.jsonl for every log of this set (session 36b), one small reader per layout.

Standard library only; written from the observed output and the tools' documented formats, independently of
logmr. `python3 make_expected.py --check` compares instead of writing and exits 1 on any difference.

Common rules (see README.md, "Judgement calls"):
- a text record is one line; lines that belong to it (a Python traceback, a plug-in's second output line, a
  wrapped varbind, the empty line after a message that ended in a newline) continue it and make no record;
- the message is the record's first line after its header, as written;
- tools that write no level: the level word the message opens with (`Error:`, `INFO:`, `Info:`, `Warning:`,
  `DBG:`), else null;
- times without a zone are UTC (every tool ran with TZ=UTC); years missing from the stamp are 2026.
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

WORDS = {
    "TRACE": "DEBUG", "DEBUG": "DEBUG", "DBG": "DEBUG",
    "INFO": "INFO", "NOTICE": "INFO",
    "WARN": "WARN", "WARNING": "WARN",
    "ERR": "ERROR", "ERROR": "ERROR",
    "CRIT": "FATAL", "CRITICAL": "FATAL", "ALERT": "FATAL", "EMERG": "FATAL", "PANIC": "FATAL", "FATAL": "FATAL",
}


def level_word(w):
    return WORDS[w.upper()] if w else None


OPENING = re.compile(r"^(Error|ERROR|Warning|WARNING|Info|INFO|Debug|DEBUG|DBG|Fatal|FATAL):")


def level_opening(msg):
    """The level word a message opens with (`Error: ...`), for tools that write no level of their own."""
    m = OPENING.match(msg)
    return level_word(m[1]) if m else None


def fmt(dt):
    dt = dt.astimezone(UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def from_iso(text):
    # 2026-12-04T23:30:30.151Z (go-kit's RFC 3339 with milliseconds)
    m = re.fullmatch(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:?\d\d)", text)
    frac = (m[2] or "")[:6].ljust(6, "0")
    zone = "+00:00" if m[3] == "Z" else m[3]
    return fmt(datetime.fromisoformat(f"{m[1]}.{frac}{zone}"))


def from_ymd_hms(text):
    # "2026-12-04 23:41:35" local time = UTC
    return fmt(datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC))


def rec(line, time, lvl, service, host, message):
    return {"line": line, "time": time, "level": lvl, "service": service, "host": host, "message": message}


def by_header(lines, pattern, build, orphan=None):
    """Records start at lines matching pattern; build(match, lineno) -> record. Other lines continue the
    record before them, unless orphan(lineno, text, in_record) returns a record for them."""
    rx = re.compile(pattern)
    out = []
    for i, text in enumerate(lines, 1):
        m = rx.match(text)
        if m:
            out.append(build(m, i))
        elif orphan and (r := orphan(i, text)):
            out.append(r)
    return out


# --- MIT Kerberos kadmind ----------------------------------------------------------------------

def kadmind(lines):
    # krb5 [logging] FILE: "Mmm dd hh:mm:ss HOST PROGRAM[PID](Severity): message" (day zero-padded, no year).
    # Every krb5 admin program that reads the same kdc.conf writes here (kdb5_util, kadmin.local, kadmind).
    def b(m, n):
        h, mi, s = (int(x) for x in m[3].split(":"))
        t = fmt(datetime(YEAR, MONTHS[m[1]], int(m[2]), h, mi, s, tzinfo=UTC))
        return rec(n, t, level_word(m[7]), m[5], m[4], m[8])
    return by_header(lines, r"^([A-Z][a-z]{2}) ([ \d]\d) (\d\d:\d\d:\d\d) (\S+) ([^\s\[]+)\[(\d+)\]\((\w+)\): (.*)$", b)


# --- Net-SNMP ----------------------------------------------------------------------------------

def snmpd(lines):
    # snmpd -Lf FILE: the message alone, no time, no level, no name. Each non-empty line is a message; an empty
    # line is the end of a message that carried its own "\n" (continuation).
    return [rec(i, None, level_opening(t), None, None, t) for i, t in enumerate(lines, 1) if t != ""]


def snmptrapd(lines):
    # snmptrapd -Lf FILE, default trap format "%.4y-%.2m-%.2l %.2h:%.2j:%.2k %B [%b]:\n%v\n" (v2c) and
    # "... %B [%b] (via %b) TRAP, SNMP v1, community ...\n\t%W Trap (%q) Uptime: %#T\n%v" (v1, varbinds one per
    # line with a TAB). The lines after a trap's header are its body (a Hex-STRING varbind may wrap); the
    # daemon's own messages ("NET-SNMP version 5.9.3", "Stopping snmptrapd") are records of their own.
    out, in_trap = [], False
    for i, t in enumerate(lines, 1):
        m = re.match(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) (.*)$", t)
        if m:
            hm = re.match(r"^(\S+) (\[.*)$", m[2])
            host, msg = (hm[1], hm[2]) if hm else (None, m[2])
            in_trap = bool(hm)
            out.append(rec(i, from_ymd_hms(m[1]), None, None, host, msg))
        elif t == "" or in_trap:
            continue
        else:
            out.append(rec(i, None, level_opening(t), None, None, t))
    return out


# --- Prometheus Pushgateway (go-kit log) ---------------------------------------------------------

def go_unquote(s):
    # a Go strconv.Quote'd string (without its quotes): \" \\ \n \t \r \xHH \uXXXX \UXXXXXXXX; raw UTF-8 kept
    def repl(m):
        e = m[1]
        if e[0] in "xuU":
            return chr(int(e[1:], 16))
        return {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}.get(e, e)
    return re.sub(r"\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)", repl, s)


LOGFMT = re.compile(r'([^\s=]+)=("(?:[^"\\]|\\.)*"|\S*)')


def logfmt(text):
    return {k: go_unquote(v[1:-1]) if v.startswith('"') else v for k, v in LOGFMT.findall(text)}


def pushgateway_logfmt(lines):
    # go-kit logfmt: ts= caller= level= msg= ...; caller is a code location (no service); no msg= -> null
    def b(m, n):
        f = logfmt(m[0])
        return rec(n, from_iso(f["ts"]), level_word(f.get("level")), None, None, f.get("msg"))
    return by_header(lines, r"^ts=\S+ .*$", b)


def pushgateway_json(lines):
    out = []
    for i, t in enumerate(lines, 1):
        o = json.loads(t)
        out.append(rec(i, from_iso(o["ts"]), level_word(o.get("level")), None, None, o.get("msg")))
    return out


# --- NRPE --------------------------------------------------------------------------------------

def nrpe(lines):
    # log_file=: "[epoch seconds] message"; a plug-in's further output lines go on without a header
    def b(m, n):
        t = fmt(datetime.fromtimestamp(int(m[1]), UTC))
        return rec(n, t, level_opening(m[2]), None, None, m[2])
    return by_header(lines, r"^\[(\d+)\] (.*)$", b)


# --- GnuPG (gpg-agent, dirmngr) ----------------------------------------------------------------

def gnupg(lines):
    # log-file: "YYYY-MM-DD hh:mm:ss NAME[PID] message" (dirmngr: PID.THREAD); "DBG: " marks debug lines
    def b(m, n):
        return rec(n, from_ymd_hms(m[1]), level_opening(m[4]), m[2], None, m[4])
    return by_header(lines, r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) ([^\s\[]+)\[([\d.]+)\] (.*)$", b)


# --- pcsc-lite pcscd ---------------------------------------------------------------------------

def pcscd(lines):
    # pcscd -f -d (stdout): "%08d file:line:function() message"; the number is microseconds since the previous
    # line (not an instant: time null); file:line:function is a code location (service null); no level in plain
    # output (pcscd shows it only as a colour, with -T)
    return by_header(lines, r"^\d{8} \S+:\d+:\S+\(\) (.*)$", lambda m, n: rec(n, None, None, None, None, m[1]))


# --- suricata-update ---------------------------------------------------------------------------

def suricata_update(lines):
    # "D/M/YYYY -- hh:mm:ss - <Level> -- message" (day first, no zero padding); an uncaught exception's traceback
    # continues the record before it
    def b(m, n):
        h, mi, s = (int(x) for x in m[4].split(":"))
        t = fmt(datetime(int(m[3]), int(m[2]), int(m[1]), h, mi, s, tzinfo=UTC))
        return rec(n, t, level_word(m[5]), None, None, m[6])
    return by_header(lines, r"^(\d{1,2})/(\d{1,2})/(\d{4}) -- (\d\d:\d\d:\d\d) - <(\w+)> -- (.*)$", b)


# --- fwknopd -----------------------------------------------------------------------------------

def fwknopd(lines):
    # fwknopd -f (stderr, not verbose): the message alone, one line each
    return [rec(i, None, level_opening(t), None, None, t) for i, t in enumerate(lines, 1) if t != ""]


# --- radsecproxy -------------------------------------------------------------------------------

def radsecproxy(lines):
    # -f: stderr, "Www Mmm dd hh:mm:ss yyyy: message" (ctime, day space-padded); the messages it writes before
    # its logging is set up (a config that fails) have no stamp: records of their own (each is one message)
    def b(m, n):
        h, mi, s = (int(x) for x in m[3].split(":"))
        t = fmt(datetime(int(m[4]), MONTHS[m[1]], int(m[2]), h, mi, s, tzinfo=UTC))
        return rec(n, t, level_opening(m[5]), None, None, m[5])
    return by_header(lines, r"^[A-Z][a-z]{2} ([A-Z][a-z]{2}) ([ \d]\d) (\d\d:\d\d:\d\d) (\d{4}): (.*)$", b,
                     orphan=lambda n, t: rec(n, None, level_opening(t), None, None, t) if t else None)


# --- vnStat ------------------------------------------------------------------------------------

def vnstatd(lines):
    # UseLogging 1: "[YYYY-MM-DD hh:mm:ss] message" (errors keep their "Error: " prefix, info lines have none)
    return by_header(lines, r"^\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\] (.*)$",
                     lambda m, n: rec(n, from_ymd_hms(m[1]), level_opening(m[2]), None, None, m[2]))


def vnstatd_foreground(lines):
    # -n: stdout, no time; "Info: " / "Error: " prefixes on the daemon's messages, none on the first-run notes
    return [rec(i, None, level_opening(t), None, None, t) for i, t in enumerate(lines, 1) if t != ""]


FILES = {
    "kadmind.log": kadmind,
    "snmpd.log": snmpd,
    "snmptrapd.log": snmptrapd,
    "pushgateway.log": pushgateway_logfmt,
    "pushgateway_json.jsonl": pushgateway_json,
    "nrpe.log": nrpe,
    "gpg_agent.log": gnupg,
    "dirmngr.log": gnupg,
    "pcscd.log": pcscd,
    "suricata_update.log": suricata_update,
    "fwknopd.log": fwknopd,
    "radsecproxy.log": radsecproxy,
    "vnstatd.log": vnstatd,
    "vnstatd_foreground.log": vnstatd_foreground,
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
        records = reader(read_lines(path))
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        target = OUTDIR / (name.rsplit(".", 1)[0] + ".expected.jsonl")
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                print(f"DIFFERS: {target.name}")
                bad = 1
        else:
            target.write_text(text, encoding="utf-8")
        print(f"{name}: {len(read_lines(path))} lines, {len(records)} records")
    return bad


if __name__ == "__main__":
    sys.exit(main())
