#!/usr/bin/env python3
"""Write <name>.expected.jsonl for every log of corpus31, one small regex reader per layout.

Standard library only; independent of logmr. Conventions: tests/data/loggers/README.md. A line that does not
match its layout's header continues the record before it (no record of its own). Run in the folder holding
the logs: each expected file is written next to its log. `--check` only compares with the files there.
"""
import json
import re
import sys
from datetime import datetime, timezone

YEAR = 2026
MONTHS = {m: i for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}

LEVELS = {
    "trace": "DEBUG", "debug": "DEBUG", "info": "INFO", "notice": "INFO", "warn": "WARN", "warning": "WARN",
    "error": "ERROR", "err": "ERROR", "critical": "FATAL", "crit": "FATAL", "alert": "FATAL", "fatal": "FATAL",
}


def lvl(word):
    return None if word is None else LEVELS[word.lower()]


def iso(y, mo, d, h, mi, s, frac=""):
    ms = (frac + "000")[:3] if frac else "000"
    return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}T{int(h):02d}:{int(mi):02d}:{int(s):02d}.{ms}Z"


def epoch_iso(sec, frac=""):
    t = datetime.fromtimestamp(int(sec), timezone.utc)
    return iso(t.year, t.month, t.day, t.hour, t.minute, t.second, frac)


def rec(line, time, level, service, host, message, **extra):
    r = {"line": line, "time": time, "level": level, "service": service, "host": host, "message": message}
    r.update(extra)
    return r


def read(name):
    with open(name, encoding="utf-8", newline="") as f:
        text = f.read()
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def by_header(name, regex, build):
    """Records = lines matching regex; other lines continue the record above."""
    out = []
    for n, line in enumerate(read(name), 1):
        m = regex.match(line)
        if m:
            out.append(build(n, m))
    return out


# --- sudo `logfile=`: "Dec  3 22:13:34 : w30anna : PWD=/tmp ; USER=root ; COMMAND=/usr/bin/id" -----------
# Lines wrapped at loglinelen (80) go on with four spaces: they continue the record.
SUDO = re.compile(r"^(\w{3}) ([ \d]\d) (\d\d):(\d\d):(\d\d) : (.*)$")


def sudo(n, m):
    mon, d, h, mi, s, msg = m.groups()
    return rec(n, iso(YEAR, MONTHS[mon], d.strip(), h, mi, s), None, None, None, msg)


# --- InfluxDB 1.6: logfmt "ts=... lvl=info msg=\"...\" log_id=... service=httpd ..." -------------------
# and the HTTP access log on the same stream: "[httpd] IP - user [dd/Mon/yyyy:hh:mm:ss +0000] \"req\" status
# bytes \"referer\" \"agent\" request-id microseconds".
LOGFMT_PAIR = re.compile(r'([^\s=]+)=("(?:[^"\\]|\\.)*"|\S*)')


def go_unquote(v):
    if v.startswith('"'):
        return json.loads(v)  # Go's strconv.Quote output for these strings is valid JSON
    return v


def logfmt(line):
    return {k: go_unquote(v) for k, v in LOGFMT_PAIR.findall(line)}


INFLUX_TS = re.compile(r"^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d+))?Z$")
INFLUX_HTTPD = re.compile(r'^\[httpd\] (\S+) (\S+) (\S+) \[(\d\d)/(\w{3})/(\d{4}):(\d\d):(\d\d):(\d\d) ([+-]\d{4})\] '
                          r'"((?:[^"\\]|\\.)*)" (\d{3}) (\d+|-) "((?:[^"\\]|\\.)*)" "((?:[^"\\]|\\.)*)" (\S+) (\d+)$')


def influxdb(name):
    out = []
    for n, line in enumerate(read(name), 1):
        if line.startswith("ts="):
            kv = logfmt(line)
            t = INFLUX_TS.match(kv["ts"])
            out.append(rec(n, iso(*t.groups()[:6], t.group(7) or ""), lvl(kv["lvl"]), kv.get("service"), None,
                           kv["msg"]))
            continue
        m = INFLUX_HTTPD.match(line)
        if m:
            d, mon, y, h, mi, s, off = m.group(4, 5, 6, 7, 8, 9, 10)
            assert off == "+0000"
            out.append(rec(n, iso(y, MONTHS[mon], d, h, mi, s), None, "httpd", None, m.group(11),
                           status=int(m.group(12)), bytes=0 if m.group(13) == "-" else int(m.group(13)),
                           latency_ms=int(m.group(17)) / 1000))
    return out


# --- FRRouting 8.4 `log file`: "2026/12/03 22:16:07 BGP: [SHWNK-NWT5S][EC 100663304] message" ---------
FRR = re.compile(r"^(\d{4})/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d)(?:\.(\d+))? ([A-Z0-9]+): "
                 r"(?:\[[0-9A-Z]{5}-[0-9A-Z]{5}\])?(?:\[EC \d+\])? ?(.*)$")


def frr(n, m):
    y, mo, d, h, mi, s, frac, daemon, msg = m.groups()
    return rec(n, iso(y, mo, d, h, mi, s, frac or ""), None, daemon, None, msg)


# --- LXC: "lxc-start kiste 20261203221738.480 DEBUG    conf - ../src/lxc/conf.c:run_buffer:311 - message" --
LXC = re.compile(r"^(lxc-[a-z-]+|lxc) (\S+) (\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)\.(\d{3}) "
                 r"(TRACE|DEBUG|INFO|NOTICE|WARN|ERROR|CRIT|ALERT|FATAL) +(\S+) - (\S+?):(\S+):(\d+) - (.*)$")


def lxc(n, m):
    prog, name, y, mo, d, h, mi, s, ms, level, cat, src, func, line, msg = m.groups()
    return rec(n, iso(y, mo, d, h, mi, s, ms), lvl(level), prog, None, msg)


# --- Salt log file, default log_fmt_logfile:
# "%(asctime)s,%(msecs)03d [%(name)-17s:%(lineno)-4d][%(levelname)-8s][%(process)d] %(message)s"
SALT = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d),(\d{3}) \[(\S+?) *:(\d+) *\]\[([A-Z]+) *\]\[(\d+)\] (.*)$")
SALT_LEVELS = {"GARBAGE": "DEBUG", "TRACE": "DEBUG", "DEBUG": "DEBUG", "PROFILE": "DEBUG", "INFO": "INFO",
               "WARNING": "WARN", "ERROR": "ERROR", "CRITICAL": "FATAL"}


def salt(n, m):
    y, mo, d, h, mi, s, ms, name, lineno, level, pid, msg = m.groups()
    return rec(n, iso(y, mo, d, h, mi, s, ms), SALT_LEVELS[level], name, None, msg)


# --- NetworkManager --debug: "<info>  [1796336457.9403] device (veth0): state change: ..." -------------
NM = re.compile(r"^<(trace|debug|info|warn|error)> +\[(\d+)\.(\d+)\] (.*)$")


def nm(n, m):
    level, sec, frac, msg = m.groups()
    return rec(n, epoch_iso(sec, frac), lvl(level), None, None, msg)


# --- ActiveMQ: "%d | %-5p | %m | %c | %t%n%throwable{full}" -------------------------------------------
AMQ = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d),(\d{3}) \| (TRACE|DEBUG|INFO|WARN|ERROR|FATAL) *\| (.*)$")
AMQ_TAIL = re.compile(r"^(.*) \| ([A-Za-z_$][\w.$]*) \| ([^|]*)$")


def activemq(name):
    out = []
    for n, line in enumerate(read(name), 1):
        m = AMQ.match(line)
        if m:
            y, mo, d, h, mi, s, ms, level, rest = m.groups()
            t = AMQ_TAIL.match(rest)
            out.append(rec(n, iso(y, mo, d, h, mi, s, ms), lvl(level), t.group(2) if t else None, None,
                           t.group(1) if t else rest))
        elif out and out[-1]["service"] is None:
            # a message with a line break: ` | logger | thread` closes its last line
            t = AMQ_TAIL.match(line)
            if t:
                out[-1]["service"] = t.group(2)
    return out


# --- ulogd2 own log: "Thu Dec  3 22:26:33 2026 <5> ulogd.c:744 message" --------------------------------
# ulogd's levels (ulogd.h): 1 DEBUG, 3 INFO, 5 NOTICE, 7 ERROR, 8 FATAL.
ULOGD = re.compile(r"^\w{3} (\w{3}) ([ \d]\d) (\d\d):(\d\d):(\d\d) (\d{4}) <(\d)> ([^\s:]+):(\d+) (.*)$")
ULOGD_LEVELS = {"1": "DEBUG", "3": "INFO", "5": "INFO", "7": "ERROR", "8": "FATAL"}


def ulogd(n, m):
    mon, d, h, mi, s, y, level, src, line, msg = m.groups()
    return rec(n, iso(y, MONTHS[mon], d.strip(), h, mi, s), ULOGD_LEVELS[level], src, None, msg)


# --- ulogd2 LOGEMU: "Dec  3 22:26:01 vm verworfen Köln:  IN=lo OUT= ..." (no tag, no level) ------------
LOGEMU = re.compile(r"^(\w{3}) ([ \d]\d) (\d\d):(\d\d):(\d\d) (\S+) (.*)$")


def logemu(n, m):
    mon, d, h, mi, s, host, msg = m.groups()
    return rec(n, iso(YEAR, MONTHS[mon], d.strip(), h, mi, s), None, None, host, msg)


# --- node-gyp (npmlog layout): "gyp info it worked if it ends with ok", "gyp ERR! stack Error: ..." ------
GYP = re.compile(r"^(gyp) (silly|sill|verbose|verb|info|timing|http|notice|warn|WARN|ERR!|error) (.*)$")
GYP_LEVELS = {"silly": "DEBUG", "sill": "DEBUG", "verbose": "DEBUG", "verb": "DEBUG", "info": "INFO",
              "timing": "INFO", "http": "INFO", "notice": "INFO", "warn": "WARN", "WARN": "WARN",
              "ERR!": "ERROR", "error": "ERROR"}


def gyp(n, m):
    heading, level, msg = m.groups()
    return rec(n, None, GYP_LEVELS[level], heading, None, msg)


# --- Vite dev server: "10:28:11 PM [vite] (client) hmr update /main.js" (time of day only) --------------
# Lines before the first stamped record (the start banner, logged without timestamp) are records each;
# after it, unstamped lines (an error's plugin, file, code frame and stack) continue the record above.
VITE = re.compile(r"^(\d{1,2}):(\d\d):(\d\d) (AM|PM) \[vite\] (?:\(([\w-]+)\) )?(.*)$")


def vite(name):
    out, stamped = [], False
    for n, line in enumerate(read(name), 1):
        m = VITE.match(line)
        if m:
            stamped = True
            out.append(rec(n, None, None, "vite", None, m.group(6)))
        elif not stamped and line.strip():
            out.append(rec(n, None, None, None, None, line))
    return out


FILES = {
    "sudo.log": lambda f: by_header(f, SUDO, sudo),
    "influxdb.log": influxdb,
    "frr.log": lambda f: by_header(f, FRR, frr),
    "lxc.log": lambda f: by_header(f, LXC, lxc),
    "salt_minion.log": lambda f: by_header(f, SALT, salt),
    "networkmanager.log": lambda f: by_header(f, NM, nm),
    "activemq.log": activemq,
    "ulogd.log": lambda f: by_header(f, ULOGD, ulogd),
    "ulogd_syslogemu.log": lambda f: by_header(f, LOGEMU, logemu),
    "node_gyp.log": lambda f: by_header(f, GYP, gyp),
    "vite.log": vite,
}


def render(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


if __name__ == "__main__":
    check = "--check" in sys.argv[1:]
    bad = 0
    for name, reader in FILES.items():
        records = reader(name)
        text = render(records)
        target = name.rsplit(".", 1)[0] + ".expected.jsonl"
        if check:
            with open(target, encoding="utf-8") as f:
                same = f.read() == text
            bad += not same
            print(f"{target}: {'same' if same else 'DIFFERS'}")
        else:
            with open(target, "w", encoding="utf-8") as f:
                f.write(text)
            print(f"{name}: {len(read(name))} lines, {len(records)} records")
    sys.exit(1 if bad else 0)
