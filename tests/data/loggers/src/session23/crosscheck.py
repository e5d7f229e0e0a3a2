"""A second, independent look at ${CORPUS}/out: for each file, which lines start records and their time and level, found with
fixed slices, str.split and calendar.timegm (no regular expressions, no strptime), compared with NAME.expected.jsonl (written by
make_expected.py). Prints one line per file: agree, or the first differences. Exit status 1 when any file differs."""

from __future__ import annotations

import calendar
import json
import os
import sys
import time as _t
from pathlib import Path

OUT = Path(os.environ["CORPUS"]) / "out"
MON = {m: i for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1)}
PYL = {"DEBUG": "DEBUG", "INFO": "INFO", "WARNING": "WARN", "ERROR": "ERROR", "CRITICAL": "FATAL"}
SYS = {"debug": "DEBUG", "info": "INFO", "notice": "INFO", "warning": "WARN", "warn": "WARN", "error": "ERROR", "err": "ERROR",
       "critical": "FATAL"}


def stamp(y, mo, d, h, mi, s, ms=0, off_min=0):
    secs = calendar.timegm((int(y), int(mo), int(d), int(h), int(mi), int(s), 0, 0, 0)) - off_min * 60
    g = _t.gmtime(secs)
    return f"{g.tm_year:04d}-{g.tm_mon:02d}-{g.tm_mday:02d}T{g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}.{int(ms):03d}Z"


def off(z):  # "+0000" -> minutes
    return (int(z[1:3]) * 60 + int(z[3:5])) * (1 if z[0] == "+" else -1)


def iso_dt(date, hms, frac="", z="+0000"):  # "2026-12-03", "04:01:29", "123456"
    y, mo, d = date.split("-")
    h, mi, s = hms.split(":")
    return stamp(y, mo, d, h, mi, s, (frac + "000")[:3], off(z))


def epoch_s(secs_float):
    us = int(round(secs_float * 1_000_000))
    g = _t.gmtime(us // 1_000_000)
    return stamp(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, (us // 1000) % 1000)


def no_ansi(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == "\x1b" and s[i + 1:i + 2] == "[":
            j = i + 2
            while j < len(s) and s[j] != "m":
                j += 1
            i = j + 1
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def ctime24(l):  # "Thu Dec  3 04:24:21 2026" at the start of the line
    if len(l) >= 24 and l[3] == " " and l[7] == " " and l[4:7] in MON and l[19] == " " and l[20:24].isdigit():
        h, mi, s = l[11:19].split(":")
        return stamp(l[20:24], MON[l[4:7]], l[8:10].strip(), h, mi, s)


def syslog_ts(s, frac=False):  # "Dec 03 04:21:25[.942]" (no year: 2026)
    h, mi, sec = s[7:15].split(":")
    return stamp(2026, MON[s[:3]], s[4:6].strip(), h, mi, sec, s[16:19] if frac else 0)


def clf_nozone(s):  # 03/Dec/2026:04:31:07
    d, mon, rest = s.split("/")
    y, h, mi, sec = rest.split(":")
    return stamp(y, MON[mon], d, h, mi, sec)


# each checker: line -> (time, level) when the line starts a record, else None

def c_nats(l):
    if l.startswith("[") and l.count(" ") >= 3:
        pid, date, tm, lev = l.split(" ", 4)[:4]
        if lev[:1] == "[" and date[4] == "/":
            y, mo, d = date.split("/")
            h, mi, s = tm[:8].split(":")
            return stamp(y, mo, d, h, mi, s, tm[9:12]), {"[INF]": "INFO", "[DBG]": "DEBUG", "[TRC]": "DEBUG", "[WRN]": "WARN",
                                                       "[ERR]": "ERROR", "[FTL]": "FATAL"}[lev]


def c_knot(l):
    if len(l) > 25 and l[4] == "-" and l[10] == "T" and l[19] in "+-":
        return iso_dt(l[:10], l[11:19], "", l[19:24]), SYS[l[25:].split(":")[0]]


def c_nsd(l):
    if l.startswith("[") and l[5] == "-" and l[24] == "]":
        return iso_dt(l[1:11], l[12:20], l[21:24]), SYS[l.split("]: ", 1)[1].split(":")[0]]


def c_tinyproxy(l):
    parts = l.split()
    if parts and parts[0] in ("CRITICAL", "ERROR", "WARNING", "NOTICE", "CONNECT", "INFO") and parts[1] in MON:
        return syslog_ts(" ".join(parts[1:4]), True), {"CRITICAL": "FATAL", "ERROR": "ERROR", "WARNING": "WARN"}.get(parts[0], "INFO")


def c_collectd(l):
    if l.startswith("[") and l[5] == "-" and l[20] == "]":
        lev = l[23:].split("]")[0] if l[22:23] == "[" else None
        return iso_dt(l[1:11], l[12:20]), SYS.get(lev) if lev else None


def c_monit(l):
    if l.startswith("[") and l[11] == "T":
        return iso_dt(l[1:11], l[12:20], "", l[20:25]), SYS[l[27:].split(":")[0].strip()]


def c_dropbear(l):
    if l.startswith("[") and "] " in l:
        rest = l.split("] ", 1)[1]
        if rest[:3] in MON:
            return syslog_ts(rest[:15]), None


def c_every(l):
    return None, None


def c_fail2ban(l):
    if len(l) > 24 and l[4] == "-" and l[19] == "," and l[23] == " ":
        lev = l.split("]: ", 1)[1].split(" ")[0]
        return iso_dt(l[:10], l[11:19], l[20:23]), dict(PYL, NOTICE="INFO")[lev]


def c_vsftpd(l):
    t = ctime24(l)
    if t and l[24:30] == " [pid ":
        return t, None


def c_ctime_every(l):
    return ctime24(l), None


def c_tor(l):
    if l[:3] in MON and l[19:21] == " [":
        return syslog_ts(l[:19], True), SYS[l[21:].split("]")[0]]


def c_pdns(l):
    if l[:3] in MON and l[6] == " " and l[15] == " ":
        return syslog_ts(l[:15]), None


def c_logfmt(l):
    if l.startswith("ts="):
        return iso_dt(l[3:13], l[14:22], l[23:26]), SYS[l.split(" level=", 1)[1].split(" ")[0]]


def c_slapd(l):
    if len(l) > 18 and l[8] == "." and l[17] == " " and all(c in "0123456789abcdef" for c in l[:8] + l[9:17]):
        g = _t.gmtime(int(l[:8], 16))
        return stamp(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, int(l[9:17], 16) // 1_000_000), None


def c_datetime_space(l):  # "2026-12-03 04:26:01 text"
    if len(l) > 19 and l[4] == "-" and l[10] == " " and l[13] == ":" and l[19] == " ":
        return iso_dt(l[:10], l[11:19]), None


def c_transmission(l):
    if l.startswith("[") and l[5] == "-" and l[24] == "]":
        return iso_dt(l[1:11], l[12:20], l[21:24]), None


def c_ntpsec(l):
    if l[4:5] == "-" and l[10:11] == "T" and l[19:25] == " ntpd[":
        return iso_dt(l[:10], l[11:19]), None


def c_clamd(l):
    t = ctime24(l)
    if t and l[24:28] == " -> ":
        rest = l[28:]
        return t, "ERROR" if rest.startswith("ERROR: ") else "WARN" if rest.startswith("WARNING: ") else None


def c_coturn(l):
    if l[4:5] == "-" and l[10:11] == "T" and l[24:26] == ": ":
        return iso_dt(l[:10], l[11:19], "", l[19:24]), None


def c_prosody(l):
    if l[:3] in MON and l[15:16] == " " and "\t" in l:
        return syslog_ts(l[:15]), SYS[l.split("\t")[1]]


def c_spamd(l):
    t = ctime24(l)
    if t and l[24:26] == " [":
        return t, {"dbg": "DEBUG", "info": "INFO", "warn": "WARN", "error": "ERROR", "notice": "INFO"}[l.split("] ", 1)[1].split(":")[0]]


def c_icinga(l):
    if l.startswith("[") and l[5] == "-" and l[20] == " " and l[26] == "]":
        return iso_dt(l[1:11], l[12:20], "", l[21:26]), {"information": "INFO", "notice": "INFO", "warning": "WARN",
                                                          "critical": "FATAL", "debug": "DEBUG"}[l[28:].split("/")[0]]


def c_proftpd(l):
    if l[4:5] == "-" and l[19:20] == "," and " proftpd[" in l:
        return iso_dt(l[:10], l[11:19], l[20:23]), None


def c_freeradius(l):
    t = ctime24(l)
    if t and l[24:27] == " : ":
        return t, {"Info": "INFO", "Auth": "INFO", "Warning": "WARN", "Error": "ERROR", "Debug": "DEBUG"}[l[27:].split(":")[0]]


def c_absl(l):
    if l[:1] in ("I", "W", "E", "F") and l[1:5].isdigit() and l[5:6] == " " and l[8:9] == ":":
        h, mi, s = l[6:14].split(":")
        return stamp(2026, l[1:3], l[3:5], h, mi, s, l[15:18]), {"I": "INFO", "W": "WARN", "E": "ERROR", "F": "FATAL"}[l[0]]


def c_colorlog(l):
    l = no_ansi(l)
    head = l.split(":", 1)[0]
    if head in PYL and ":" in l:
        return None, PYL[head]


def c_colorlog_asctime(l):
    l = no_ansi(l)
    if len(l) > 24 and l[4] == "-" and l[19] == "," and l[23] == " ":
        return iso_dt(l[:10], l[11:19], l[20:23]), PYL[l[24:].split(" ")[0]]


class Rich:
    """RichHandler: a record line has a level word right after the time column ('[...]' or blanks); blank = the time above."""
    def __init__(self):
        self.last = None

    def __call__(self, l):
        if l.startswith("["):
            inside, rest = l[1:].split("]", 1)
            words = rest.split()
            if words and words[0] in PYL:
                if "/" in inside:
                    date, hms = inside.split(" ")
                    mo, d, yy = date.split("/")
                    h, mi, s = hms.split(":")
                    self.last = stamp(2000 + int(yy), mo, d, h, mi, s)
                else:
                    self.last = None
                return self.last, PYL[words[0]]
        else:
            words = l.split()
            if words and words[0] in PYL:
                return self.last, PYL[words[0]]


def c_logbook(l):
    if l.startswith("[") and l[5] == "-" and l[27] == "]":
        return iso_dt(l[1:11], l[12:20], l[21:24]), dict(PYL, TRACE="DEBUG", NOTICE="INFO")[l[29:].split(":")[0]]


def c_daiquiri(l):
    if l[4:5] == "-" and l[23:25] == " [":
        return iso_dt(l[:10], l[11:19], l[20:23]), PYL[l.split("] ", 1)[1].split(" ")[0]]


def c_coloredlogs(l):
    if l[4:5] == "-" and l[19:20] == " ":
        parts = l.split(" ")
        return iso_dt(parts[0], parts[1]), PYL[parts[4]]


def c_logzero(l):
    if l[:1] == "[" and l[2:3] == " " and l[1] in "DIWEC" and l[3:9].isdigit():
        h, mi, s = l[10:18].split(":")
        return stamp(2000 + int(l[3:5]), l[5:7], l[7:9], h, mi, s), {"D": "DEBUG", "I": "INFO", "W": "WARN", "E": "ERROR", "C": "FATAL"}[l[1]]


def c_sanic(l):
    s = l[2:] if l.startswith("╭ ") else l
    for name in ("Main", "Srv "):
        if s.startswith(name):
            rest = s[len(name):].lstrip("0123456789").lstrip(" |")
            if rest[4:5] == "-" and rest[19:20] == " ":
                return iso_dt(rest[:10], rest[11:19], "", rest[20:25]), PYL[rest[26:].split(":")[0]]


def c_daphne(l):
    if l[4:5] == "-" and l[23:24] == " ":
        return iso_dt(l[:10], l[11:19], l[20:23]), PYL[l[24:].split(" ")[0]]
    if " - - [" in l and l[:1].isdigit():
        return clf_nozone(l.split("[", 1)[1].split("]")[0]), None


def c_cherrypy(l):
    if l.startswith("[") and l[3:4] == "/" and l[21:22] == "]":
        return clf_nozone(l[1:21]), None
    if " - - [" in l and l[:1].isdigit():
        return clf_nozone(l.split("[", 1)[1].split("]")[0]), None


def c_huey(l):
    if l.startswith("[") and l[24:25] == "]":
        return iso_dt(l[1:11], l[12:20], l[21:24]), PYL[l[26:].split(":")[0]]


def c_locust(l):
    if l.startswith("[") and l[24:25] == "]":
        return iso_dt(l[1:11], l[12:20], l[21:24]), PYL[l[26:].split("/")[1]]


def c_mkdocs(l):
    head = l.split(" ", 1)[0]
    if head in PYL and l[8:11] == "-  ":
        return None, PYL[head]


def c_pino_pretty(l):
    if l.startswith("[") and l[13:14] == "]":
        return None, {"TRACE": "DEBUG"}.get(l[15:].split(" ")[0], l[15:].split(" ")[0])


def c_pino_pretty_sys(l):
    if l.startswith("[") and l[5:6] == "-" and l[30:31] == "]":
        lev = l[32:].split(" ")[0]
        return iso_dt(l[1:11], l[12:20], l[21:24], l[25:30]), {"TRACE": "DEBUG"}.get(lev, lev)


def c_nest(l):
    l = no_ansi(l)
    if l.startswith("[Nest] "):
        date, rest = l.split("  - ", 1)[1].split(", ", 1)
        tm, ampm, lev = rest.split()[:3]
        mo, d, y = date.split("/")
        h, mi, s = tm.split(":")
        h = int(h) % 12 + (12 if ampm == "PM" else 0)
        return stamp(y, mo, d, h, mi, s), {"LOG": "INFO", "VERBOSE": "DEBUG"}.get(lev, lev)


def c_electron(l):
    if l.startswith("[") and l[24:25] == "]":
        lev = l[27:].split("]")[0]
        return iso_dt(l[1:11], l[12:20], l[21:24]), {"silly": "DEBUG", "debug": "DEBUG", "verbose": "DEBUG", "info": "INFO",
                                                      "warn": "WARN", "error": "ERROR"}[lev]


def c_pm2(l):
    if l[4:5] == "-" and l[10:11] == "T" and l[19:21] == ": ":
        return iso_dt(l[:10], l[11:19]), {"PM2 log": "INFO", "PM2 error": "ERROR"}[l[21:].split(":")[0]]


def c_pm2_app(l):
    if l[4:5] == "-" and l[10:11] == "T" and l[19:21] == ": ":
        return iso_dt(l[:10], l[11:19]), None


def c_maven(l):
    l = no_ansi(l)
    t = None
    if l[4:5] == "-" and l[10:11] == "T" and l[23:25] == " [":
        t, l = iso_dt(l[:10], l[11:19], l[20:23]), l[24:]
    if l.startswith("["):
        lev = l[1:].split("]")[0]
        if lev in ("INFO", "WARNING", "ERROR", "DEBUG"):
            return t, {"WARNING": "WARN"}.get(lev, lev)


def c_apt_history(l):
    if l.startswith("Start-Date: "):
        return iso_dt(l[12:22], l[24:32]), None


def c_apt_term(l):
    if l.startswith("Log started: "):
        return iso_dt(l[13:23], l[25:33]), None


def c_json(kind):
    def check(l):
        d = json.loads(l)
        if kind == "eliot":
            return epoch_s(d["timestamp"]), PYL.get(d.get("log_level"))
        lv = d.get("context", {}).get("logLevel")
        return epoch_s(d["time"] / 1000), {10: "DEBUG", 20: "DEBUG", 30: "INFO", 40: "WARN", 50: "ERROR", 60: "FATAL"}.get(lv)
    return check


CHECKS = {
    "nats_server.log": c_nats, "knot.log": c_knot, "nsd.log": c_nsd, "tinyproxy.log": c_tinyproxy, "collectd.log": c_collectd,
    "monit.log": c_monit, "dropbear.log": c_dropbear, "sshd.log": c_every, "fail2ban.log": c_fail2ban, "vsftpd.log": c_vsftpd,
    "vsftpd_xferlog.log": c_ctime_every, "tor.log": c_tor, "pdns_server.log": c_pdns, "alertmanager.log": c_logfmt,
    "slapd.log": c_slapd, "exim_mainlog.log": c_datetime_space, "transmission.log": c_transmission, "ntpsec.log": c_ntpsec,
    "clamd.log": c_clamd, "coturn.log": c_coturn, "prosody.log": c_prosody, "spamd.log": c_spamd,
    "icinga2_console.log": c_icinga, "icinga2_mainlog.log": c_icinga, "proftpd.log": c_proftpd, "freeradius.log": c_freeradius,
    "absl.log": c_absl, "colorlog.log": c_colorlog, "colorlog_asctime.log": c_colorlog_asctime, "rich_handler.log": Rich,
    "logbook.log": c_logbook, "eliot.jsonl": c_json("eliot"), "daiquiri.log": c_daiquiri, "coloredlogs.log": c_coloredlogs,
    "logzero.log": c_logzero, "sanic.log": c_sanic, "daphne.log": c_daphne, "cherrypy.log": c_cherrypy, "huey.log": c_huey,
    "locust.log": c_locust, "mkdocs.log": c_mkdocs, "morgan_dev.log": c_every, "morgan_tiny.log": c_every,
    "morgan_short.log": c_every, "pino_pretty.log": c_pino_pretty, "pino_pretty_sys.log": c_pino_pretty_sys,
    "roarr.jsonl": c_json("roarr"), "nestjs.log": c_nest, "electron_log.log": c_electron, "pm2_daemon.log": c_pm2,
    "pm2_app_time.log": c_pm2_app, "maven_build.log": c_maven, "maven_build_datetime.log": c_maven, "dpkg.log": c_datetime_space,
    "apt_history.log": c_apt_history, "apt_term.log": c_apt_term,
}


def main() -> int:
    bad = 0
    for name, check in CHECKS.items():
        if check is Rich:
            check = Rich()
        text = (OUT / name).read_bytes().decode("utf-8").split("\n")
        if text and text[-1] == "":
            text.pop()
        mine = []
        for i, l in enumerate(text, 1):
            r = check(l)
            if r is not None:
                mine.append((i, r[0], r[1]))
        stem = name.rsplit(".", 1)[0]
        want = [json.loads(x) for x in (OUT / f"{stem}.expected.jsonl").read_text(encoding="utf-8").splitlines()]
        theirs = [(w["line"], w["time"], w["level"]) for w in want]
        if mine == theirs:
            print(f"agree  {name:28} {len(mine):4} records")
        else:
            bad += 1
            diffs = [(a, b) for a, b in zip(mine, theirs) if a != b][:3]
            print(f"DIFFER {name:28} {len(mine)} vs {len(theirs)}: {diffs}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
