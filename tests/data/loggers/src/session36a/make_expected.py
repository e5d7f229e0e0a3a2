#!/usr/bin/env python3
"""Write out/<name>.expected.jsonl for every log in out/, one small reader per layout.

Standard library only; written from the observed output and the tools' documented formats or sources.
`python3 make_expected.py --check` compares instead of writing and exits 1 on any difference.

Common rules: a line that does not match the layout's header continues the record before it (no record of
its own); lines before the first header are records of their own (time, level, service, host null; the
line is the message). A text record's message is its first line's text after the header, with the blanks
around it dropped (arq pads its job lines on the left, faust and taskiq leave a blank at the end). JSON
records take the message field whole. Every tool ran with TZ=UTC, so a time without a zone is UTC; a date
without a year is 2026.
"""

import json
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
YEAR = 2026
MONTHS = {m: i for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1)}

WORDS = {
    "TRACE": "DEBUG", "DEBUG": "DEBUG", "VERBOSE": "DEBUG",
    "INFO": "INFO", "NOTICE": "INFO",
    "WARN": "WARN", "WARNING": "WARN",
    "ERR": "ERROR", "ERROR": "ERROR",
    "CRIT": "FATAL", "CRITICAL": "FATAL", "ALERT": "FATAL", "EMERG": "FATAL", "FATAL": "FATAL",
}


def level_word(w):
    return WORDS[w.strip().upper()] if w else None


def level_sev(n):
    # syslog severity 0..7
    return ["FATAL", "FATAL", "FATAL", "ERROR", "WARN", "INFO", "INFO", "DEBUG"][int(n)]


def fmt(dt):
    # UTC, milliseconds truncated
    dt = dt.astimezone(UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def at(y, mon, d, hms, ms="0"):
    h, mi, s = (int(x) for x in hms.split(":"))
    mon = MONTHS[mon] if isinstance(mon, str) and not mon.isdigit() else int(mon)
    return fmt(datetime(int(y), mon, int(d), h, mi, s, int(ms.ljust(3, "0")[:3]) * 1000, tzinfo=UTC))


def iso_z(text):
    # 2026-12-04T23:43:36.601Z
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)T(\d\d:\d\d:\d\d)(?:\.(\d+))?Z", text)
    return at(m[1], m[2], m[3], m[4], m[5] or "0")


def epoch(sec, ms="0"):
    return fmt(datetime.fromtimestamp(int(sec), UTC).replace(microsecond=int(ms.ljust(3, "0")[:3]) * 1000))


def rec(line, time, lvl, service, host, message):
    return {"line": line, "time": time, "level": lvl, "service": service, "host": host, "message": message}


def orphan(n, text):
    return rec(n, None, None, None, None, text)


def by_header(lines, pattern, build):
    """Records start at lines matching pattern; build(match, lineno) -> record. Other lines continue the
    record before them; lines before the first header are records of their own."""
    rx = re.compile(pattern)
    out, started = [], False
    for i, text in enumerate(lines, 1):
        m = rx.match(text)
        if m:
            started = True
            out.append(build(m, i))
        elif not started:
            out.append(orphan(i, text))
    return out


# --- Redis Sentinel ------------------------------------------------------------------------------

REDIS_LEVEL = {".": "DEBUG", "-": "DEBUG", "*": "INFO", "#": "WARN"}  # debug, verbose, notice, warning


def redis_sentinel(lines):
    # "pid:X dd Mon yyyy hh:mm:ss.mmm <c> message" (X = sentinel role; c one of . - * #);
    # the signal handler writes "pid:signal-handler (epoch seconds) message" without a level
    out = []
    for i, t in enumerate(lines, 1):
        if m := re.match(r"^\d+:[A-Z] (\d\d) ([A-Z][a-z]{2}) (\d{4}) (\d\d:\d\d:\d\d)\.(\d{3}) ([.\-*#]) (.*)$", t):
            out.append(rec(i, at(m[3], m[2], m[1], m[4], m[5]), REDIS_LEVEL[m[6]], None, None, m[7]))
        elif m := re.match(r"^\d+:signal-handler \((\d+)\) (.*)$", t):
            out.append(rec(i, epoch(m[1]), None, None, None, m[2]))
        else:
            raise ValueError(f"redis_sentinel line {i}: {t!r}")
    return out


# --- twemproxy ----------------------------------------------------------------------------------

def nutcracker(lines):
    # "[yyyy-mm-dd hh:mm:ss.mmm] file.c:line message"; lines from the signal handler have
    # "[.......................]" (23 dots) instead of the time and no source location. No level.
    out = []
    for i, t in enumerate(lines, 1):
        if m := re.match(r"^\[(\d{4})-(\d\d)-(\d\d) (\d\d:\d\d:\d\d)\.(\d{3})\] \S+\.c:\d+ (.*)$", t):
            out.append(rec(i, at(m[1], m[2], m[3], m[4], m[5]), None, None, None, m[6]))
        elif m := re.match(r"^\[\.{23}\] (.*)$", t):
            out.append(rec(i, None, None, None, None, m[1]))
        else:
            raise ValueError(f"nutcracker line {i}: {t!r}")
    return out


# --- Sphinx -------------------------------------------------------------------------------------

SPHINX_TIME = r"[A-Z][a-z]{2} ([A-Z][a-z]{2}) ([ \d]\d) (\d\d:\d\d:\d\d)\.(\d{3}) (\d{4})"


def sphinx_time(m, k=1):
    return at(m[k + 4], m[k], m[k + 1].strip(), m[k + 2], m[k + 3])


def sphinx_searchd(lines):
    # "[Www Mmm dd hh:mm:ss.mmm yyyy] [ pid] message"; a level only as a "WARNING: " / "ERROR: " / "FATAL: "
    # opening the message (dropped from the message), else none
    def b(m, n):
        msg, lvl = m[6], None
        if lm := re.match(r"^(WARNING|ERROR|FATAL): (.*)$", msg):
            lvl, msg = level_word(lm[1]), lm[2]
        return rec(n, sphinx_time(m), lvl, None, None, msg)
    return by_header(lines, rf"^\[{SPHINX_TIME}\] \[\s*\d+\] (.*)$", b)


def sphinx_query(lines):
    # default ("plain") query log: "[Www Mmm dd hh:mm:ss.mmm yyyy] real wall [mode/filters/sort total (off,lim)
    # @group] [index] query": the message is everything after the time
    return by_header(lines, rf"^\[{SPHINX_TIME}\] (.*)$",
                     lambda m, n: rec(n, sphinx_time(m), None, None, None, m[6]))


def sphinx_query_sphinxql(lines):
    # query_log_format = sphinxql: "/* Www Mmm dd hh:mm:ss.mmm yyyy conn N [real .. wall .. found ..] */ SQL"
    # (an error follows as "/* error=... */" or "# error=..."): the message is the statement with it
    return by_header(lines, rf"^/\* {SPHINX_TIME} conn \d+(?: [^*]*)? \*/ (.*)$",
                     lambda m, n: rec(n, sphinx_time(m), None, None, None, m[6]))


# --- webdis -------------------------------------------------------------------------------------

# webdis 0.1.9 writes ".-*#"[level] with "%d": the character's code. Levels ERROR=0 WARNING=1 NOTICE=2
# INFO=3 DEBUG=4; DEBUG indexes the string's terminating NUL: 0.
WEBDIS_LEVEL = {46: "ERROR", 45: "WARN", 42: "INFO", 35: "INFO", 0: "DEBUG"}


def webdis(lines):
    # "[pid] dd Mon hh:mm:ss N message" (no year: 2026)
    def b(m, n):
        return rec(n, at(YEAR, m[2], m[1], m[3]), WEBDIS_LEVEL[int(m[4])], None, None, m[5])
    return by_header(lines, r"^\[\d+\] (\d\d) ([A-Z][a-z]{2}) (\d\d:\d\d:\d\d) (\d+) (.*)$", b)


# --- librdkafka (kcat) --------------------------------------------------------------------------

def kcat(lines):
    # librdkafka's default log callback: "%SEV|epoch.mmm|FACILITY|client-name| [thrd:NAME]: message";
    # service = the client instance name, message after the thread. kcat's own lines: "% ERROR: text".
    out = []
    for i, t in enumerate(lines, 1):
        if m := re.match(r"^%(\d)\|(\d+)\.(\d{3})\|[^|]*\|([^|]*)\| \[thrd:[^\]]*\]: (.*)$", t):
            out.append(rec(i, epoch(m[2], m[3]), level_sev(m[1]), m[4], None, m[5]))
        elif m := re.match(r"^% (ERROR|FATAL|WARNING): (.*)$", t):
            out.append(rec(i, None, level_word(m[1]), None, None, m[2]))
        else:
            raise ValueError(f"kcat line {i}: {t!r}")
    return out


# --- kafkajs ------------------------------------------------------------------------------------

def kafkajs(lines):
    # default logger: {"level","timestamp","logger","message", ...extra}
    out = []
    for i, t in enumerate(lines, 1):
        o = json.loads(t)
        out.append(rec(i, iso_z(o["timestamp"]), level_word(o["level"]), o.get("logger"), None, o["message"]))
    return out


# --- ZooKeeper C client -------------------------------------------------------------------------

def zookeeper_c(lines):
    # "yyyy-mm-dd hh:mm:ss,mmm:PID(0xTHREAD):ZOO_LEVEL@function@line: message"; cli_mt's own output
    # (on the same stderr) does not match and continues the record before it
    def b(m, n):
        return rec(n, at(m[1], m[2], m[3], m[4], m[5]), level_word(m[6]), None, None, m[7])
    return by_header(lines, r"^(\d{4})-(\d\d)-(\d\d) (\d\d:\d\d:\d\d),(\d{3}):\d+\(0x[0-9a-f]+\):ZOO_([A-Z]+)@[^@]+@\d+: (.*)$", b)


# --- Python task queues -------------------------------------------------------------------------

def arq(lines):
    # arq.logs.default_log_config: "%(asctime)s: %(message)s" with datefmt "%H:%M:%S": a time of day only
    # (time null), no level, no logger; tracebacks continue the record
    return by_header(lines, r"^\d\d:\d\d:\d\d: (.*)$", lambda m, n: rec(n, None, None, None, None, m[1].strip(" ")))


def taskiq(lines):
    # "[%(asctime)s][%(name)s][%(levelname)-7s][%(processName)s] %(message)s"
    def b(m, n):
        return rec(n, at(m[1], m[2], m[3], m[4], m[5]), level_word(m[7]), m[6], None, m[8].strip(" "))
    return by_header(lines, r"^\[(\d{4})-(\d\d)-(\d\d) (\d\d:\d\d:\d\d),(\d{3})\]\[([^\]]+)\]\[([A-Z]+) *\]\[[^\]]+\] (.*)$", b)


def faust(lines):
    # mode's worker format "[%(asctime)s] [%(process)s] [%(levelname)s] %(message)s"; a service's record opens
    # with "[^--Name]: " (carets and dashes show its depth in the service tree): service = Name. The banner
    # table (stdout) comes before the first record: each of its lines is a record of its own.
    def b(m, n):
        svc, msg = None, m[7]
        if sm := re.match(r"^\[\^-*(.+?)\]: (.*)$", msg):
            svc, msg = sm[1], sm[2]
        return rec(n, at(m[1], m[2], m[3], m[4], m[5]), level_word(m[6]), svc, None, msg.strip(" "))
    return by_header(lines, r"^\[(\d{4})-(\d\d)-(\d\d) (\d\d:\d\d:\d\d),(\d{3})\] \[\d+\] \[([A-Z]+)\] (.*)$", b)


# --- amqtt --------------------------------------------------------------------------------------

def amqtt(lines):
    # broker default: "[%(asctime)s] :: %(levelname)s - %(message)s"
    def b(m, n):
        return rec(n, at(m[1], m[2], m[3], m[4], m[5]), level_word(m[6]), None, None, m[7])
    return by_header(lines, r"^\[(\d{4})-(\d\d)-(\d\d) (\d\d:\d\d:\d\d),(\d{3})\] :: ([A-Z]+) - (.*)$", b)


def amqtt_debug(lines):
    # broker -d: "[%(asctime)s] %(name)s:%(lineno)d :: %(levelname)s - %(message)s"
    def b(m, n):
        return rec(n, at(m[1], m[2], m[3], m[4], m[5]), level_word(m[7]), m[6], None, m[8])
    return by_header(lines, r"^\[(\d{4})-(\d\d)-(\d\d) (\d\d:\d\d:\d\d),(\d{3})\] (\S+):\d+ :: ([A-Z]+) - (.*)$", b)


# --- beanstalkd ---------------------------------------------------------------------------------

def beanstalkd(lines):
    # -V -V: "pid N", "bind FD ADDR", "accept FD", "<FD command NAME", ">FD reply TEXT", "close FD"; no time,
    # no level. Warnings: "beanstalkd: file.c:line in function: text" (service beanstalkd, location dropped).
    out = []
    for i, t in enumerate(lines, 1):
        if m := re.match(r"^beanstalkd: \S+\.c:\d+ in \w+: (.*)$", t):
            out.append(rec(i, None, None, "beanstalkd", None, m[1]))
        else:
            out.append(rec(i, None, None, None, None, t))
    return out


FILES = {
    "redis_sentinel.log": redis_sentinel,
    "nutcracker.log": nutcracker,
    "sphinx_searchd.log": sphinx_searchd,
    "sphinx_query.log": sphinx_query,
    "sphinx_query_sphinxql.log": sphinx_query_sphinxql,
    "webdis.log": webdis,
    "kcat_librdkafka_debug.log": kcat,
    "kafkajs.jsonl": kafkajs,
    "zookeeper_c_cli.log": zookeeper_c,
    "arq_worker.log": arq,
    "taskiq_worker.log": taskiq,
    "faust_worker.log": faust,
    "amqtt_broker.log": amqtt,
    "amqtt_broker_debug.log": amqtt_debug,
    "beanstalkd_verbose.log": beanstalkd,
}


def main():
    check = "--check" in sys.argv[1:]
    bad = 0
    for name, reader in FILES.items():
        lines = (OUT / name).read_bytes().decode("utf-8").split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in reader(lines))
        target = OUT / (name.rsplit(".", 1)[0] + ".expected.jsonl")
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                print(f"DIFF {target.name}")
                bad += 1
        else:
            target.write_text(text, encoding="utf-8")
    if check:
        print("ok" if not bad else f"{bad} file(s) differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
