#!/usr/bin/env python3
"""Write <name>.expected.jsonl for every log in this folder, one small reader per layout.

Standard library only; written from the observed output and the tools' documented formats.
`python3 make_expected.py --check` compares instead of writing and exits 1 on any difference.

Common rule: a line that does not match the layout's header continues the record before it
(no record of its own, blank lines included); a record's message is its first line's text
after the header, as written. Access logs also get status, bytes ("-": 0) and latency_ms.
"""

import json
import re
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
MONTHS = {m: i for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1)}
YEAR = 2026  # layouts without a year

LEVELS = {
    "D": "DEBUG", "DEBUG": "DEBUG",
    "I": "INFO", "INFO": "INFO", "N": "INFO", "NOTICE": "INFO", "NOTE": "INFO",
    "W": "WARN", "WARN": "WARN", "WARNING": "WARN",
    "E": "ERROR", "ERROR": "ERROR", "ERR": "ERROR",
    "C": "FATAL", "A": "FATAL", "M": "FATAL", "CRITICAL": "FATAL", "FATAL": "FATAL",
}


def level(word):
    return LEVELS[word.strip().upper()] if word and word.strip() else None


def iso(y, mo, d, h, mi, s, frac=""):
    ms = (frac + "000")[:3]
    return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}T{int(h):02d}:{int(mi):02d}:{int(s):02d}.{ms}Z"


def rec(line, time, lvl, service, host, message, **extra):
    r = {"line": line, "time": time, "level": lvl, "service": service, "host": host, "message": message}
    r.update(extra)
    return r


def by_header(lines, pattern, build):
    """Records start at lines matching pattern; build(match, lineno, record_lines) -> record."""
    rx = re.compile(pattern)
    starts = [(i, m) for i, text in enumerate(lines) if (m := rx.match(text))]
    out = []
    for k, (i, m) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        out.append(build(m, i + 1, lines[i:end]))
    return out


def clf_time(t):
    # "04/Dec/2026:19:53:08 +0000" -> UTC
    m = re.match(r"(\d\d)/([A-Z][a-z]{2})/(\d{4}):(\d\d):(\d\d):(\d\d) ([+-])(\d\d)(\d\d)$", t)
    dt = datetime(int(m[3]), MONTHS[m[2]], int(m[1]), int(m[4]), int(m[5]), int(m[6]), tzinfo=UTC)
    off = timedelta(hours=int(m[8]), minutes=int(m[9])) * (1 if m[7] == "+" else -1)
    return (dt - off).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def nbytes(b):
    return 0 if b == "-" else int(b)


# --- one reader per layout -------------------------------------------------------------------

def lighttpd_access(lines):
    # lighttpd 1.4 default accesslog.format: %h %V %u %t "%r" %>s %b "%{Referer}i" "%{User-Agent}i"
    # %V (the Host the request named, "-" without one) is the service; "\"", "\\", "\xHH" kept as written
    q = r'"((?:[^"\\]|\\.)*)"'
    def b(m, n, _):
        return rec(n, clf_time(m[4]), None, None if m[2] == "-" else m[2], None, m[5],
                   status=int(m[6]), bytes=nbytes(m[7]), latency_ms=None)
    return by_header(lines, rf"^(\S+) (\S+) (\S+) \[([^\]]+)\] {q} (\d{{3}}) (\d+|-) {q} {q}$", b)


def apache_vhost_combined(lines):
    # Debian apache2.conf vhost_combined: "%v:%p %h %l %u %t \"%r\" %>s %O \"%{Referer}i\" \"%{User-Agent}i\""
    q = r'"((?:[^"\\]|\\.)*)"'
    def b(m, n, _):
        return rec(n, clf_time(m[4]), None, m[1], None, m[5], status=int(m[6]), bytes=nbytes(m[7]), latency_ms=None)
    return by_header(lines, rf"^(\S+):(\d+) (\S+) \S+ \S+ \[([^\]]+)\] {q} (\d{{3}}) (\d+|-) {q} {q}$", b)


def apache_forensic(lines):
    # mod_log_forensic: "+ID|request line|Header:value|..." when a request arrives, "-ID" when it is done.
    # No time, level, service. Message: the request line for "+", the id for "-" (all the line says).
    def b(m, n, _):
        if m[1] == "+":
            return rec(n, None, None, None, None, m[3].split("|", 1)[0])
        return rec(n, None, None, None, None, m[2])
    return by_header(lines, r"^([+-])([A-Za-z0-9@_-]+)(?:\|(.*))?$", b)


def nginx_stream_access(lines):
    # ngx_stream_log_module docs' "basic": $remote_addr [$time_local] $protocol $status $bytes_sent $bytes_received $session_time
    # message: everything after the time (there is no request line); bytes = $bytes_sent
    def b(m, n, _):
        return rec(n, clf_time(m[2]), None, None, None, m[3],
                   status=int(m[4]), bytes=int(m[5]), latency_ms=round(float(m[6]) * 1000, 3))
    return by_header(lines, r"^(\S+) \[([^\]]+)\] ((?:TCP|UDP) (\d{3}) (\d+) \d+ ([\d.]+))$", b)


def mini_httpd(lines):
    # mini_httpd -l: %h - %u [%t] "%r" %s %b "referer" "user-agent", quotes inside fields NOT escaped
    def b(m, n, _):
        return rec(n, clf_time(m[2]), None, None, None, m[3], status=int(m[4]), bytes=nbytes(m[5]), latency_ms=None)
    return by_header(lines, r'^(\S+) - \S+ \[([^\]]+)\] "(.*)" (\d{3}) (\d+|-) "(.*)" "(.*)"$', b)


def webfsd(lines):
    # webfsd -L: Common Log Format, request not escaped; every request is logged twice (both kept)
    def b(m, n, _):
        return rec(n, clf_time(m[2]), None, None, None, m[3], status=int(m[4]), bytes=nbytes(m[5]), latency_ms=None)
    return by_header(lines, r'^(\S+) \S+ \S+ \[([^\]]+)\] "(.*)" (\d{3}) (\d+|-)$', b)


def app_level(text):
    # the supervised program writes no level field; the word its text opens with ("WARNING: ", "ERROR: ")
    m = re.match(r"(WARNING|ERROR): ", text)
    return level(m[1]) if m else None


def svlogd_tt(lines):
    # runit svlogd -tt: "YYYY-mm-dd_HH:MM:SS.xxxxx " (UTC) before each line the service wrote
    def b(m, n, _):
        return rec(n, iso(*m.groups()[:7]), app_level(m[8]), None, None, m[8])
    return by_header(lines, r"^(\d{4})-(\d\d)-(\d\d)_(\d\d):(\d\d):(\d\d)\.(\d+) (.*)$", b)


def multilog_tai64n(lines):
    # daemontools multilog t: "@" + 24 hex digits (TAI64N label) + " "; UTC = label - 2**62 - 10 s (as tai64nlocal)
    def b(m, n, _):
        secs = int(m[1][:16], 16) - 2**62 - 10
        nanos = int(m[1][16:], 16)
        t = datetime.fromtimestamp(secs, UTC).strftime("%Y-%m-%dT%H:%M:%S") + f".{nanos // 1000000:03d}Z"
        return rec(n, t, app_level(m[2]), None, None, m[2])
    return by_header(lines, r"^@([0-9a-f]{24}) (.*)$", b)


def s6_log_iso(lines):
    # s6-log T: "YYYY-mm-dd HH:MM:SS.nnnnnnnnn" (UTC) and two spaces before each line
    def b(m, n, _):
        return rec(n, iso(*m.groups()[:7]), app_level(m[8]), None, None, m[8])
    return by_header(lines, r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.(\d+)  (.*)$", b)


def openntpd_debug(lines):
    # OpenNTPD ntpd -d: bare messages on stderr, no stamp, no level: each line is a record
    return [rec(i, None, None, None, None, t) for i, t in enumerate(lines, 1)]


def xl2tpd(lines):
    # xl2tpd -D: "xl2tpd[pid]: message" on stderr (no time, no level)
    return by_header(lines, r"^(xl2tpd)\[\d+\]: (.*)$", lambda m, n, _: rec(n, None, None, m[1], None, m[2]))


def libreswan_pluto(lines):
    # pluto --stderrlog: "Mmm dd HH:MM:SS.uuuuuu: message" (no year: 2026); the two option-parsing lines
    # before logging starts are "/usr/libexec/ipsec/pluto:  message" (program name, no time)
    def b(m, n, _):
        if m[1]:
            return rec(n, None, None, "pluto", None, m[2])
        mo, d, h, mi, s, us, msg = m.groups()[2:]
        lv = "ERROR" if re.match(r'(?:"[^"]*"(?: #\d+)?: )?ERROR: ', msg) else None
        return rec(n, iso(YEAR, MONTHS[mo], d, h, mi, s, us), lv, None, None, msg)
    return by_header(lines, r"^(?:(\S*pluto): +(.*)|([A-Z][a-z]{2}) ([ \d]\d) (\d\d):(\d\d):(\d\d)\.(\d{6}): (.*))$", b)


def nscd_debug(lines):
    # nscd -d: "Www Mmm dd HH:MM:SS YYYY - pid: message" (C-locale ctime, day space-padded); tab kept
    def b(m, n, _):
        h, mi, sec = m[4].split(":")
        return rec(n, iso(m[5], MONTHS[m[2]], m[3], h, mi, sec), None, None, None, m[6])
    return by_header(lines, r"^([A-Z][a-z]{2}) ([A-Z][a-z]{2}) ([ \d]\d) (\d\d:\d\d:\d\d) (\d{4}) - \d+: (.*)$", b)


def nslcd_debug(lines):
    # nslcd -d: "nslcd: [sessionid] <request> LEVEL: message"; session id and request context optional,
    # "DEBUG: " and "Warning: " prefixes, none for the other priorities (level null)
    def b(m, n, _):
        return rec(n, None, level(m[2]), m[1], None, m[3])
    return by_header(lines, r"^(nslcd): (?:\[[0-9a-f]{6}\] )?(?:<[^>]*> )?(?:(DEBUG|Warning): )?(.*)$", b)


def gdnsd(lines):
    # gdnsd 3 on stderr (not a TTY): "level: message", no time
    return by_header(lines, r"^(debug|info|notice|warning|error|critical|fatal): (.*)$",
                     lambda m, n, _: rec(n, None, level(m[1]), None, None, m[2]))


def yadifad(lines):
    # yadifad file channel: "YYYY-mm-dd HH:MM:SS.uuuuuu | pid | thread | logger | L | message"; service = logger;
    # the thread column is 8 characters wide and may hold a space ("dpcmd  0")
    def b(m, n, _):
        return rec(n, iso(*m.groups()[:7]), level(m[9]), m[8], None, m[10])
    return by_header(lines, r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{6}) \| +\d+ \| .{8} \| (\S+) *\| ([DINWECAM]) \| (.*)$", b)


def ocserv(lines):
    # ocserv -f -d 3 on stderr: "ocserv[pid]: component: message" (service ocserv); the config parser's
    # "note: ..." lines (INFO) and "listening (TCP) on ..." have no tag: every line is a record of its own
    out = []
    for i, t in enumerate(lines, 1):
        if m := re.match(r"^(ocserv)\[\d+\]: (.*)$", t):
            out.append(rec(i, None, None, m[1], None, m[2]))
        elif m := re.match(r"^(note): (.*)$", t):
            out.append(rec(i, None, level(m[1]), None, None, m[2]))
        else:
            out.append(rec(i, None, None, None, None, t))
    return out


def openconnect(lines):
    # openconnect -v: bare progress messages (each HTTP header it prints is its own message): one record a line
    return [rec(i, None, None, None, None, t) for i, t in enumerate(lines, 1)]


def sniproxy_error(lines):
    # sniproxy error_log file: "YYYY-mm-dd HH:MM:SS message" (local = UTC), no level written
    return by_header(lines, r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) (.*)$",
                     lambda m, n, _: rec(n, iso(*m.groups()[:6]), None, None, None, m[7]))


def sniproxy_access(lines):
    # sniproxy access_log: "time client -> listener -> backend [hostname] a/b bytes tx c/d bytes rx S seconds"
    def b(m, n, _):
        return rec(n, iso(*m.groups()[:6]), None, None, None, m[7], status=None, bytes=None,
                   latency_ms=round(float(m[8]) * 1000, 3))
    return by_header(lines, r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) (.* ([\d.]+) seconds)$", b)


def stubby(lines):
    # stubby -l: "[HH:MM:SS.uuuuuu] STUBBY: message": time of day only (null)
    return by_header(lines, r"^\[\d\d:\d\d:\d\d\.\d{6}\] (STUBBY): (.*)$",
                     lambda m, n, _: rec(n, None, None, m[1], None, m[2]))


FILES = {
    "lighttpd_access.log": lighttpd_access,
    "apache_vhost_combined.log": apache_vhost_combined,
    "apache_forensic.log": apache_forensic,
    "nginx_stream_access.log": nginx_stream_access,
    "mini_httpd.log": mini_httpd,
    "webfsd.log": webfsd,
    "svlogd_tt.log": svlogd_tt,
    "multilog_tai64n.log": multilog_tai64n,
    "s6_log_iso.log": s6_log_iso,
    "openntpd_debug.log": openntpd_debug,
    "xl2tpd.log": xl2tpd,
    "libreswan_pluto.log": libreswan_pluto,
    "nscd_debug.log": nscd_debug,
    "nslcd_debug.log": nslcd_debug,
    "gdnsd.log": gdnsd,
    "yadifad.log": yadifad,
    "ocserv.log": ocserv,
    "openconnect.log": openconnect,
    "sniproxy_error.log": sniproxy_error,
    "sniproxy_access.log": sniproxy_access,
    "stubby.log": stubby,
}


def main():
    check = "--check" in sys.argv[1:]
    bad = 0
    for name, reader in FILES.items():
        text = (HERE / name).read_bytes().decode("utf-8")
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        records = reader(lines)
        out = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        target = HERE / (name.rsplit(".", 1)[0] + ".expected.jsonl")
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != out:
                print(f"DIFFERS: {target.name}")
                bad += 1
        else:
            target.write_text(out, encoding="utf-8")
        print(f"{name}: {len(lines)} lines, {len(records)} records")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
