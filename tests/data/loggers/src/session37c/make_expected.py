#!/usr/bin/env python3
"""Write out/<name>.expected.jsonl for every file of set 37c, one small reader per layout.

Standard library only. Each reader follows the product's documented layout (README.md names the pages), not logmr.
`python3 make_expected.py --check` recomputes and compares instead of writing, and exits 1 on any difference.

Conventions (tests/data/loggers/README.md): time = UTC ISO with milliseconds truncated (a time written without a
zone is UTC); level mapped to DEBUG/INFO/WARN/ERROR/FATAL or null; a multi-line record's message is its first
line's message (JSON fields are taken whole); leading and trailing blanks are not part of a message.
"""
import html
import json
import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"
UTC = timezone.utc
MONTHS = {m: i for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                                      "Dec"], 1)}
# zone names as the products print them (Java's long and short names)
ZONES = {"UTC": 0, "GMT": 0, "Coordinated Universal Time": 0, "Greenwich Mean Time": 0, "CET": 60,
         "Central European Standard Time": 60, "EST": -300, "Eastern Standard Time": -300, "EDT": -240,
         "PST": -480, "PDT": -420, "IST": 330, "India Standard Time": 330}


def fmt(dt):
    dt = dt.astimezone(UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def mkdt(y, mo, d, h, mi, s, frac="0", offset_min=0):
    us = int(frac[:6].ljust(6, "0"))
    return fmt(datetime(int(y), int(mo), int(d), int(h), int(mi), int(s), us,
                        tzinfo=timezone(timedelta(minutes=offset_min))))


def from_iso(text):
    # ISO 8601 with any fraction, Z / +hh:mm / +hhmm
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d+))?(Z|[+-]\d\d:?\d\d)?", text)
    z = m[8] or "Z"
    off = 0 if z == "Z" else (1 if z[0] == "+" else -1) * (int(z[1:3]) * 60 + int(z[-2:]))
    return mkdt(*m.groups()[:6], m[7] or "0", off)


def rec(line, time, level, service, host, message):
    return {"line": line, "time": time, "level": level, "service": service, "host": host, "message": message}


def lines_of(path):
    text = path.read_text(encoding="utf-8")
    return text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")


def first_line(text):
    return text.split("\n", 1)[0].strip()


def h12(h, ap):
    h = int(h) % 12
    return h + 12 if ap == "PM" else h


# --- Oracle WebLogic ----------------------------------------------------------------------------------------------
WLS_LEVEL = {"Trace": "DEBUG", "Debug": "DEBUG", "Info": "INFO", "Notice": "INFO", "Warning": "WARN",
             "Error": "ERROR", "Critical": "FATAL", "Alert": "FATAL", "Emergency": "FATAL"}
WLS_TS = re.compile(r"([A-Z][a-z]{2}) (\d{1,2}), (\d{4}),? (\d{1,2}):(\d\d):(\d\d),(\d{3}) (AM|PM) (.+)")


def wls_time(ts):
    m = WLS_TS.fullmatch(ts)
    return mkdt(m[3], MONTHS[m[1]], m[2], h12(m[4], m[8]), m[5], m[6], m[7], ZONES[m[9]])


def wls_message(last):
    # the last <...> field: the message text, closed by ">" (and a blank) after any continuation lines
    return first_line(last.rstrip()[:-1])


def weblogic_server(path):
    # "####<ts> <sev> <subsystem> <machine> <server> <thread> <user> <txid> <ecid> <raw ms> <supplemental>
    #  <msgid> <text>"; continuation lines (multi-line text, stack traces) until the record's closing ">"
    out, cur = [], None
    for n, t in enumerate(lines_of(path), 1):
        if t.startswith("####<"):
            cur = [n, t]
            out.append(cur)
        else:
            cur.append(t)
    res = []
    for n, *ls in out:
        f = "\n".join(ls)[5:].split("> <", 12)
        ts, sev, sub, machine = f[0], f[1], f[2], f[3]
        time = wls_time(ts)
        raw = datetime.fromtimestamp(int(f[9]) / 1000, UTC)
        assert fmt(raw) == time, (n, time, fmt(raw))  # the raw time value agrees with the written one
        res.append(rec(n, time, WLS_LEVEL[sev], sub, machine or None, wls_message(f[12])))
    return res


WLS_OUT_START = re.compile(r"<[A-Z][a-z]{2} \d{1,2}, \d{4},? \d{1,2}:\d\d:\d\d,\d{3} (AM|PM) [^>]+> <")


def weblogic_stdout(path):
    # "<ts> <sev> <subsystem> <msgid> <text>" records; other lines of the .out file (startWebLogic.sh echoes,
    # System.out prints) are records of their own with no fields but their text
    res, open_rec = [], None
    for n, t in enumerate(lines_of(path), 1):
        if open_rec is not None:
            open_rec[1].append(t)
            if t.rstrip().endswith(">"):
                finish_wls_out(res, *open_rec)
                open_rec = None
            continue
        if WLS_OUT_START.match(t):
            open_rec = (n, [t])
            if t.rstrip().endswith(">"):
                finish_wls_out(res, *open_rec)
                open_rec = None
        else:
            res.append(rec(n, None, None, None, None, t.strip()))
    return res


def finish_wls_out(res, n, ls):
    f = "\n".join(ls)[1:].split("> <", 4)
    res.append(rec(n, wls_time(f[0]), WLS_LEVEL[f[1]], f[2], None, wls_message(f[4])))


# --- IBM WebSphere traditional (basic format) and Open Liberty ----------------------------------------------------
WAS_LEVEL = {"F": "FATAL", "E": "ERROR", "W": "WARN", "A": "INFO", "I": "INFO", "C": "INFO", "D": "DEBUG",
             ">": "DEBUG", "<": "DEBUG", "1": "DEBUG", "2": "DEBUG", "3": "DEBUG", "O": None, "R": None, "Z": None}
WAS_LINE = re.compile(r"\[(\d{1,2})/(\d{1,2})/(\d\d),? (\d{1,2}):(\d\d):(\d\d):(\d{3}) (\w+)\] ([0-9a-f]{8}) ")


def was_records(path, name_width):
    # skip the environment header blocks; a record line opens with "[date time zone] threadId name type ";
    # other lines continue the record before
    recs, in_header = [], False
    for n, t in enumerate(lines_of(path), 1):
        if "Start Display Current Environment" in t or (t == "*" * 80 and not in_header):
            in_header = True
            continue
        if in_header:
            if "End Display Current Environment" in t or t == "*" * 80:
                in_header = False
            continue
        m = WAS_LINE.match(t)
        if m:
            rest = t[m.end():]
            name, typ, body = rest[:name_width], rest[name_width + 1], rest[name_width + 3:]
            time = mkdt(2000 + int(m[3]), m[1], m[2], m[4], m[5], m[6], m[7], ZONES[m[8]])
            recs.append([n, time, name.strip(), typ, [body]])
        else:
            recs[-1][4].append(t)
    return recs


def was_message(typ, body):
    # basic format: "<type> [className] [methodName] <message>"; System.out/err records: "<type> <message>"
    text = "\n".join(body)
    if typ in "OR":
        return first_line(text)
    cls, meth, msg = text.split(" ", 2)
    if typ in "<>":
        return first_line(f"{meth} {msg}")
    return first_line(msg)


def websphere(path):
    return [rec(n, time, WAS_LEVEL[typ], name, None, was_message(typ, body))
            for n, time, name, typ, body in was_records(path, 13)]


def liberty_messages(path):
    # logger column padded to 60 (cut from the left when longer), then the type letter and the message
    return [rec(n, time, WAS_LEVEL[typ], name, None, first_line("\n".join(body)))
            for n, time, name, typ, body in was_records(path, 60)]


LIB_LEVEL = {"AUDIT": "INFO", "INFO": "INFO", "WARNING": "WARN", "ERROR": "ERROR", "FATAL": "FATAL",
             "SystemOut": None, "SystemErr": None, "FINE": "DEBUG", "FINER": "DEBUG", "FINEST": "DEBUG",
             "DEBUG": "DEBUG", "EVENT": "DEBUG", "ENTRY": "DEBUG", "EXIT": "DEBUG", "CONFIG": "INFO", "DETAIL": "DEBUG"}


def liberty_json(path):
    out = []
    for n, t in enumerate(lines_of(path), 1):
        o = json.loads(t)
        lv = o.get("loglevel")
        msg = o["message"] if "message" in o else o.get("ibm_exceptionName")  # liberty_ffdc has no message
        out.append(rec(n, from_iso(o["ibm_datetime"]), LIB_LEVEL[lv] if lv else None, o.get("module"),
                       o.get("host"), msg.strip()))
    return out


# --- GlassFish / Payara ------------------------------------------------------------------------------------------
JUL_LEVEL = {"SEVERE": "ERROR", "WARNING": "WARN", "INFO": "INFO", "CONFIG": "INFO", "FINE": "DEBUG",
             "FINER": "DEBUG", "FINEST": "DEBUG", "ALERT": "FATAL", "EMERGENCY": "FATAL"}


def glassfish_ulf(path):
    # "[#|ts|LEVEL|product|logger|key=value;...|message|#]" followed by a blank line; the message may span lines
    text = path.read_text(encoding="utf-8")
    out = []
    for m in re.finditer(r"\[#\|(.*?)\|#\]", text, re.S):
        f = m[1].split("|", 5)
        n = text.count("\n", 0, m.start()) + 1
        out.append(rec(n, from_iso(f[0]), JUL_LEVEL[f[1]], f[3], None, first_line(f[5])))
    return out


ODL_HEAD = re.compile(r"\[(\d{4}-\d\d-\d\dT[^\]]+)\] \[([^\]]*)\] \[([A-Z]+)\] \[([^\]]*)\] \[([^\]]*)\] ")


def payara_odl(path):
    # "[ts] [product] [LEVEL] [msgid] [logger] [tid: ...] [timeMillis: n] [levelValue: n] ..." then the message,
    # in multi-line mode inside "[[\n  ... ]]"; a blank line ends the record
    ls = lines_of(path)
    starts = [i for i, t in enumerate(ls) if ODL_HEAD.match(t)]
    out = []
    for k, i in enumerate(starts):
        block = "\n".join(ls[i:starts[k + 1] if k + 1 < len(starts) else len(ls)]).rstrip()
        m = ODL_HEAD.match(block)
        if "[[\n" in block:
            body = block[block.index("[[\n") + 3:]
            body = body[:-2] if body.endswith("]]") else body
        else:
            body = re.sub(r"^(\[[^\]]*\] )*", "", block)
        out.append(rec(i + 1, from_iso(m[1]), JUL_LEVEL[m[3]], m[5], None, first_line(body)))
    return out


# --- WildFly (JBoss LogManager pattern) and ActiveMQ Artemis (Log4j 2 pattern) -----------------------------------------
WF_LINE = re.compile(r"(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d),(\d{3}) (TRACE|DEBUG|INFO|WARN|ERROR|FATAL)\s+"
                     r"\[([^\]]*)\] \((.*?)\) (.*)")
AR_LINE = re.compile(r"(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d),(\d{3}) (TRACE|DEBUG|INFO|WARN|ERROR|FATAL)\s+"
                     r"\[([^\]]*)\] (.*)")
PLAIN_LEVEL = {"TRACE": "DEBUG", "DEBUG": "DEBUG", "INFO": "INFO", "WARN": "WARN", "ERROR": "ERROR",
               "FATAL": "FATAL"}


def pattern_log(path, rx, msg_group):
    out = []
    for n, t in enumerate(lines_of(path), 1):
        m = rx.fullmatch(t)
        if m:  # any other line continues the record before (messages with newlines, stack traces, blank line)
            out.append(rec(n, mkdt(*m.groups()[:7]), PLAIN_LEVEL[m[8]], m[9], None, m[msg_group].strip()))
    return out


def wildfly(path):
    return pattern_log(path, WF_LINE, 11)


def artemis(path):
    return pattern_log(path, AR_LINE, 10)


# --- Oracle Database alert log --------------------------------------------------------------------------------------
ORA_TS = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}[+-]\d\d:\d\d")


def oracle_alert_text(path):
    # a timestamp line opens each entry; its first text line is the message; the alert log has no severity
    ls = lines_of(path)
    return [rec(i + 1, from_iso(t), None, None, None, ls[i + 1].strip())
            for i, t in enumerate(ls) if ORA_TS.fullmatch(t)]


ORA_LEVEL = {"1": "FATAL", "2": "ERROR", "8": "WARN", "16": "INFO"}


def oracle_alert_xml(path):
    text = path.read_text(encoding="utf-8")
    out = []
    for m in re.finditer(r"<msg ([^>]*)>\s*<txt>(.*?)</txt>\s*</msg>", text, re.S):
        a = dict(re.findall(r"(\w+)='([^']*)'", m[1]))
        n = text.count("\n", 0, m.start()) + 1
        out.append(rec(n, from_iso(a["time"]), ORA_LEVEL[a["level"]], a.get("comp_id"), a.get("host_id"),
                       first_line(html.unescape(m[2]))))
    return out


# --- Microsoft SQL Server ERRORLOG ----------------------------------------------------------------------------------
MS_LINE = re.compile(r"(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.(\d\d) (\S+)\s+(.*)")


def ms_severity(msg):
    m = re.fullmatch(r"Error: \d+, Severity: (\d+), State: \d+\.", msg)
    if not m:
        return None
    s = int(m[1])
    return "INFO" if s <= 10 else "ERROR" if s <= 19 else "FATAL"


def mssql_errorlog(path):
    # UTF-16LE with a BOM, CRLF; "date time.cc Source message", continuation lines start with a TAB
    text = path.read_bytes().decode("utf-16")
    text = text[1:] if text.startswith("\ufeff") else text
    out = []
    for n, t in enumerate(text.split("\r\n"), 1):
        m = MS_LINE.fullmatch(t)
        if m:
            src = m[8]
            msg = m[9].strip()
            out.append(rec(n, mkdt(*m.groups()[:6], m[7]), ms_severity(msg),
                           None if src.startswith("spid") else src, None, msg))
    return out


# --- IBM Db2 db2diag.log ---------------------------------------------------------------------------------------------
DB2_HEAD = re.compile(r"(\d{4})-(\d\d)-(\d\d)-(\d\d)\.(\d\d)\.(\d\d)\.(\d{6})([+-]\d{3}) \S+\s+LEVEL: (\w+)")
DB2_LEVEL = {"Info": "INFO", "Event": "INFO", "Warning": "WARN", "Error": "ERROR", "Severe": "ERROR",
             "Critical": "FATAL"}


def db2diag(path):
    # records separated by blank lines; the first line holds time (UTC offset in minutes) and LEVEL; HOSTNAME,
    # FUNCTION ("DB2 UDB, <component>, <function>, probe:n") and MESSAGE (else the first line of DATA #1) follow
    ls = lines_of(path)
    out = []
    for i, t in enumerate(ls):
        m = DB2_HEAD.fullmatch(t)
        if not m:
            continue
        j = i + 1
        block = []
        while j < len(ls) and ls[j] != "":
            block.append(ls[j])
            j += 1
        host = next((h[1] for b in block if (h := re.search(r"HOSTNAME: (\S+)", b))), None)
        comp = next((f[1] for b in block if (f := re.match(r"FUNCTION: DB2 UDB, ([^,]+),", b))), None)
        msg = next((b[10:] for b in block if b.startswith("MESSAGE : ")), None)
        if msg is None:
            k = next(k for k, b in enumerate(block) if b.startswith("DATA #1 : "))
            msg = block[k + 1]
        out.append(rec(i + 1, mkdt(*m.groups()[:7], int(m[8])), DB2_LEVEL[m[9]], comp, host, msg.strip()))
    return out


# --- IBM MQ error logs -------------------------------------------------------------------------------------------------
MQ_LEVEL = {"I": "INFO", "W": "WARN", "E": "ERROR", "S": "ERROR", "T": "FATAL"}
MQ_HEAD = re.compile(r"\d\d/\d\d/\d{2,4} \d\d:\d\d:\d\d(?: [AP]M)? - Process\([^)]*\) User\([^)]*\) "
                     r"Program\(([^)]*)\)")


def mq_text(path):
    # a record runs from its header line to the "----- file.c : line ----" rule; Time(...) is the UTC event time
    # (the header's date is the queue manager's local time, with no zone); the message is the AMQnnnnX line
    ls = lines_of(path)
    out, start = [], None
    for i, t in enumerate(ls):
        if start is None and MQ_HEAD.match(t):
            start = i
        elif start is not None and re.fullmatch(r"----- .* -+", t):
            block = ls[start:i]
            joined = "\n".join(block)
            prog = MQ_HEAD.match(block[0])[1]
            host = re.search(r"Host\(([^)]*)\)", joined)[1]
            time = re.search(r"Time\(([^)]*)\)", joined)[1]
            msg = next(b for b in block if re.match(r"AMQ\d{4}[IWEST]: ", b))
            out.append(rec(start + 1, from_iso(time), MQ_LEVEL[msg[7]], prog, host, msg.strip()))
            start = None
    return out


MQJ_LEVEL = {"INFO": "INFO", "WARNING": "WARN", "ERROR": "ERROR", "SEVERE": "ERROR", "TERMINATION": "FATAL"}


def mq_json(path):
    out = []
    for n, t in enumerate(lines_of(path), 1):
        o = json.loads(t)
        out.append(rec(n, from_iso(o["ibm_datetime"]), MQJ_LEVEL[o["loglevel"]], o.get("ibm_processName"),
                       o.get("host"), o["message"].strip()))
    return out


# --- IBM Informix online.log --------------------------------------------------------------------------------------------
IFX_DATE = re.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([A-Z][a-z]{2}) +(\d{1,2}) \d\d:\d\d:\d\d (\d{4})")
IFX_LINE = re.compile(r"(\d\d):(\d\d):(\d\d)  (.*)")


def informix_online(path):
    # "hh:mm:ss  message"; the date comes from the last full date line (written when the log opens and at each
    # new day), which is not a record itself; indented lines continue the record before; no severity
    out, day = [], None
    for n, t in enumerate(lines_of(path), 1):
        d = IFX_DATE.fullmatch(t)
        if d:
            day = (d[3], MONTHS[d[1]], d[2])
            continue
        m = IFX_LINE.fullmatch(t)
        if m:
            out.append(rec(n, mkdt(*day, m[1], m[2], m[3]), None, None, None, m[4].strip()))
    return out


READERS = {
    "weblogic_server.log": weblogic_server,
    "weblogic_stdout.log": weblogic_stdout,
    "websphere_systemout.log": websphere,
    "websphere_trace.log": websphere,
    "liberty_messages.log": liberty_messages,
    "liberty_json.jsonl": liberty_json,
    "glassfish_ulf.log": glassfish_ulf,
    "payara_odl.log": payara_odl,
    "wildfly_server.log": wildfly,
    "artemis.log": artemis,
    "oracle_alert.log": oracle_alert_text,
    "oracle_alert_xml.log": oracle_alert_xml,
    "mssql_errorlog.log": mssql_errorlog,
    "db2diag.log": db2diag,
    "mq_amqerr01.log": mq_text,
    "mq_amqerr01_json.jsonl": mq_json,
    "informix_online.log": informix_online,
}


def expected_name(name):
    return re.sub(r"\.(log|jsonl)$", "", name) + ".expected.jsonl"


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
