"""A second, independent look at ${CORPUS}/out: for each file, which lines start records and their time and level,
found with fixed slices, str.split and calendar arithmetic (no regular expressions, no strptime), compared with
NAME.expected.jsonl (written by make_expected.py). Prints one line per file: agree, or the first differences."""

from __future__ import annotations

import calendar
import json
import os
import sys
from pathlib import Path

OUT = Path(os.environ["CORPUS"]) / "out"
MON = {m: i for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1)}


def stamp(y, mo, d, h, mi, s, ms=0, offset_min=0):
    """ISO text built by hand: seconds since the epoch through calendar.timegm, then formatted back."""
    secs = calendar.timegm((int(y), int(mo), int(d), int(h), int(mi), int(s), 0, 0, 0)) - offset_min * 60
    t = calendar.timegm((1970, 1, 1, 0, 0, 0, 0, 0, 0)) + secs
    import time as _t
    g = _t.gmtime(t)
    return f"{g.tm_year:04d}-{g.tm_mon:02d}-{g.tm_mday:02d}T{g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}.{int(ms):03d}Z"


def clf(s):  # 02/Dec/2026:17:09:03 +0000
    d, mon, rest = s.split("/")
    y, h, mi, sz = rest.split(":")
    sec, z = sz.split(" ")
    off = (int(z[1:3]) * 60 + int(z[3:5])) * (1 if z[0] == "+" else -1)
    return stamp(y, MON[mon], d, h, mi, sec, 0, off)


def digits(s):
    return s.isdigit()


# Each checker: line -> (time, level) when the line starts a record, else None.

def c_bind(l):
    if len(l) > 24 and l[2] == "-" and l[6] == "-" and l[11] == " " and l[20] == ".":
        cat, lev = l[24:].split(": ", 2)[:2]
        lev = lev.split(" ")[0]
        return stamp(l[7:11], MON[l[3:6]], l[0:2], l[12:14], l[15:17], l[18:20], l[21:24]), \
            {"debug": "DEBUG", "info": "INFO", "notice": "INFO", "warning": "WARN", "error": "ERROR", "critical": "FATAL"}[lev]


def c_dnsmasq(l):
    if l[:3] in MON and l[15:23] == " dnsmasq":
        return stamp(2026, MON[l[:3]], l[4:6].strip(), l[7:9], l[10:12], l[13:15]), None


def c_unbound(l):
    if l.startswith("[") and "] unbound[" in l:
        secs = int(l[1:l.index("]")])
        import time as _t
        g = _t.gmtime(secs)
        lev = l.split("] ", 2)[2].split(":")[0]
        return stamp(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec), \
            {"info": "INFO", "notice": "INFO", "debug": "DEBUG", "warning": "WARN", "error": "ERROR"}[lev]


def c_chrony(l):
    if l[4] == "-" and l[10] == "T" and l[19] == "Z":
        return stamp(l[0:4], l[5:7], l[8:10], l[11:13], l[14:16], l[17:19]), "FATAL" if l[21:].startswith("Fatal error") else None


def c_stunnel(l):
    if l[4] == "." and l[7] == "." and l[20:23] == "LOG":
        return stamp(l[0:4], l[5:7], l[8:10], l[11:13], l[14:16], l[17:19]), \
            {"3": "ERROR", "4": "WARN", "5": "INFO", "6": "INFO", "7": "DEBUG"}[l[23]]


def c_privoxy(l):
    if l[:4].isdigit() and l[4] == "-" and l[23:24] == " ":
        word = l[24:].split(" ", 1)[1].split(":")[0]
        return stamp(l[0:4], l[5:7], l[8:10], l[11:13], l[14:16], l[17:19], l[20:23]), \
            {"Info": "INFO", "Error": "ERROR", "Fatal error": "FATAL"}.get(word)
    if l.startswith("127.0.0.1 - - ["):
        return clf(l[15:l.index("]")]), None


def c_icecast_err(l):
    if l.startswith("[") and l[11:13] == "  ":
        return stamp(l[1:5], l[6:8], l[9:11], l[13:15], l[16:18], l[19:21]), \
            {"INFO": "INFO", "WARN": "WARN", "EROR": "ERROR", "DBUG": "DEBUG"}[l[23:27]]


def c_clf_line(l):
    if " [" in l and "] \"" in l and not l.startswith(" "):
        return clf(l[l.index(" [") + 2:l.index("] \"")]), None


def c_kea(l):
    if l[:4].isdigit() and l[23] == " ":
        return stamp(l[0:4], l[5:7], l[8:10], l[11:13], l[14:16], l[17:19], l[20:23]), l[24:29].strip()


def c_every(l):
    return None, None


def c_cups_err(l):
    if len(l) > 3 and l[1:3] == " [":
        return clf(l[3:l.index("]")]), {"I": "INFO", "E": "ERROR", "W": "WARN", "D": "DEBUG", "N": "INFO"}[l[0]]


def c_php(l):
    if l.startswith("[") and l[21:26] == " UTC]":
        rest = l[27:]
        lev = None
        if rest.startswith("PHP "):
            kind = rest[4:].split(":")[0]
            lev = {"Warning": "WARN", "Notice": "INFO", "Deprecated": "WARN", "Fatal error": "FATAL", "Parse error": "ERROR"}[kind]
        return stamp(l[8:12], MON[l[4:7]], l[1:3], l[13:15], l[16:18], l[19:21]), lev


def c_log4j1(l):
    head = l.split(" ", 1)[0]
    if head.isdigit() and l[len(head):len(head) + 2] == " [":
        lev = l.split("] ", 1)[1].split(" ")[0]
        return None, "DEBUG" if lev == "TRACE" else lev


PYL = {"DEBUG": "DEBUG", "INFO": "INFO", "WARNING": "WARN", "ERROR": "ERROR", "CRITICAL": "FATAL"}


def c_ha(l):
    if l[:4].isdigit() and l[10] == " " and l[19] == ".":
        return stamp(l[0:4], l[5:7], l[8:10], l[11:13], l[14:16], l[17:19], l[20:23]), PYL[l[24:].split(" ")[0]]


def c_odoo(l):
    if l[:4].isdigit() and l[19] == ",":
        return stamp(l[0:4], l[5:7], l[8:10], l[11:13], l[14:16], l[17:19], l[20:23]), PYL[l.split(" ")[3]]


def c_scrapy(l):
    if l[:4].isdigit() and l[19:21] == " [":
        return stamp(l[0:4], l[5:7], l[8:10], l[11:13], l[14:16], l[17:19]), PYL[l.split("] ", 1)[1].split(":")[0]]


def c_twisted(l):
    if l[:4].isdigit() and l[19] in "+-" and l[24:26] == " [":
        return stamp(l[0:4], l[5:7], l[8:10], l[11:13], l[14:16], l[17:19], 0, int(l[20:22]) * 60 + int(l[22:24])), None


def c_aiohttp(l):
    first = l.split(":", 1)[0]
    if first in PYL:
        t = clf(l[l.index(" [") + 2:l.index("] ")]) if l.startswith("INFO:aiohttp.access:") else None
        return t, PYL[first]


def c_jupyter(l):
    if l[:1] == "[" and l[2] == " " and l[3:7].isdigit():
        return stamp(l[3:7], l[8:10], l[11:13], l[14:16], l[17:19], l[20:22], l[23:26]), \
            {"D": "DEBUG", "I": "INFO", "W": "WARN", "E": "ERROR", "C": "FATAL"}[l[1]]


def c_pip(l):
    if l[:4].isdigit() and l[10] == "T" and l[19] == ",":
        rest = l[24:].strip()
        lev = "ERROR" if rest.startswith("ERROR:") else "WARN" if rest.startswith("WARNING:") else None
        return stamp(l[0:4], l[5:7], l[8:10], l[11:13], l[14:16], l[17:19], l[20:23]), lev


def c_log4js(l):
    if l.startswith("[") and l[11] == "T" and l[24:27] == "] [":
        lev = l[27:].split("]")[0]
        return stamp(l[1:5], l[6:8], l[9:11], l[12:14], l[15:17], l[18:20], l[21:24]), None if lev == "MARK" else \
            ("DEBUG" if lev == "TRACE" else lev)


def c_tslog(l):
    if l[:4].isdigit() and l[23:24] == "\t":
        lev = l.split("\t")[1]
        return stamp(l[0:4], l[5:7], l[8:10], l[11:13], l[14:16], l[17:19], l[20:23]), \
            "DEBUG" if lev in ("SILLY", "TRACE") else lev


def c_consola(l):
    s = l.split("] ", 1)[1] if l.startswith("[") else l
    if s[:1] in "◐ℹ✔⚙→" and s[1:2] == " " and s[:1]:
        return None, "DEBUG" if s[0] in "⚙→" else "INFO"
    for b in ("WARN", "ERROR", "FATAL"):
        if l.startswith(f" {b}  "):
            return None, b


def c_signale(l):
    if not l or l[0] == " ":
        return None
    words = [w for w in l.replace("›", " ").split(" ") if w]
    for kind, lev in (("success", "INFO"), ("debug", "DEBUG"), ("pending", "INFO"), ("fatal", "FATAL"), ("watching", "INFO"),
                      ("complete", "INFO"), ("info", "INFO"), ("warning", "WARN"), ("error", "ERROR"), ("start", "INFO"),
                      ("note", "INFO"), ("pause", "INFO"), ("star", "INFO"), ("awaiting", "INFO")):
        for j, w in enumerate(words[:6]):
            if w == kind and j > 0 and len(words[j - 1]) == 1:
                t = None
                if l.startswith("[12/2/2026] ["):
                    hh, mm, rest = l[13:].split(":", 2)
                    ss, ampm = rest[:2], rest[3:5]
                    h = int(hh) % 12 + (12 if ampm == "PM" else 0)
                    t = stamp(2026, 12, 2, h, mm, ss)
                return t, lev
    return None, None


def c_bole(l):
    o = json.loads(l)
    t = o["time"]
    return stamp(t[0:4], t[5:7], t[8:10], t[11:13], t[14:16], t[17:19], t[20:23]), o["level"].upper()


def c_pgbouncer(l):
    if l[:4].isdigit() and l[23:28] == " UTC ":
        lev = l.split(" ")[4]
        return stamp(l[0:4], l[5:7], l[8:10], l[11:13], l[14:16], l[17:19], l[20:23]), \
            {"LOG": "INFO", "WARNING": "WARN", "ERROR": "ERROR", "FATAL": "FATAL"}[lev]


def c_openvpn(l):
    if l[:4].isdigit() and l[4] == "-" and l[19] == " ":
        return stamp(l[0:4], l[5:7], l[8:10], l[11:13], l[14:16], l[17:19]), None


def c_samba(l):
    if l.startswith("[") and l[5] == "/" and l[27] == ",":
        n = int(l[28:].split("]")[0].split(",")[0].strip())
        return stamp(l[1:5], l[6:8], l[9:11], l[12:14], l[15:17], l[18:20], l[21:24]), \
            "ERROR" if n == 0 else "WARN" if n == 1 else "INFO" if n <= 5 else "DEBUG"


def c_mojo(l):
    if l.startswith("[") and l[11] == " " and l[26:29] == "] [":
        lev = l.split("] [")[2].split("]")[0]
        return stamp(l[1:5], l[6:8], l[9:11], l[12:14], l[15:17], l[18:20], l[21:24]), "DEBUG" if lev == "trace" else lev.upper()


def c_log4perl(l):
    if l[:4].isdigit() and l[4] == "/" and l[19] == " ":
        return stamp(l[0:4], l[5:7], l[8:10], l[11:13], l[14:16], l[17:19]), None


def c_sidekiq(l):
    if l[:4].isdigit() and l[23:29] == "Z pid=":
        lev = l.split(": ", 1)[0].split(" ")[-1]
        return stamp(l[0:4], l[5:7], l[8:10], l[11:13], l[14:16], l[17:19], l[20:23]), lev


def c_puma(l):
    if l.startswith("127.0.0.1 - "):
        return clf(l[l.index("[") + 1:l.index("]")]), None
    if l[:4].isdigit() and l[4] == "-" and l[19:21] == " +":
        return stamp(l[0:4], l[5:7], l[8:10], l[11:13], l[14:16], l[17:19]), None
    return None, None


def c_jetty(l):
    if l[:4].isdigit() and l[23] == ":":
        return stamp(l[0:4], l[5:7], l[8:10], l[11:13], l[14:16], l[17:19], l[20:23]), l[24:].split(":")[0]


def c_mc(l):
    if l.startswith("[") and l[9:12] == "] [":
        return None, l.split("]: ")[0].rsplit("/", 1)[1]


def c_gha(l):
    if l[:4].isdigit() and l[27] == "Z":
        rest = l[29:]
        lev = None
        for k, v in (("##[error]", "ERROR"), ("##[warning]", "WARN"), ("##[debug]", "DEBUG"), ("##[notice]", "INFO")):
            if rest.startswith(k):
                lev = v
        return stamp(l[0:4], l[5:7], l[8:10], l[11:13], l[14:16], l[17:19], l[20:23]), lev


def c_npm(l):
    n, lev = l.split(" ")[:2]
    return n, {"silly": "DEBUG", "verbose": "DEBUG", "http": "INFO", "info": "INFO", "warn": "WARN", "error": "ERROR"}[lev]


CHECKS = {
    "bind9_named.log": c_bind, "dnsmasq.log": c_dnsmasq, "unbound.log": c_unbound, "chronyd.log": c_chrony,
    "stunnel.log": c_stunnel, "privoxy.log": c_privoxy, "icecast_error.log": c_icecast_err, "icecast_access.log": c_clf_line,
    "kea_dhcp4.log": c_kea, "memcached_vv.log": c_every, "varnishncsa.log": c_clf_line, "cups_error_log.log": c_cups_err,
    "cups_access_log.log": c_clf_line, "php_error_log.log": c_php, "log4j1_basicconfigurator.log": c_log4j1,
    "homeassistant.log": c_ha, "odoo.log": c_odoo, "scrapy.log": c_scrapy, "twisted.log": c_twisted, "aiohttp.log": c_aiohttp,
    "jupyter_server.log": c_jupyter, "pip_log.log": c_pip, "log4js_file.log": c_log4js, "tslog.log": c_tslog,
    "consola.log": c_consola, "signale.log": c_signale, "bole.jsonl": c_bole, "pgbouncer.log": c_pgbouncer,
    "openvpn_server.log": c_openvpn, "samba_smbd.log": c_samba, "mojolicious.log": c_mojo, "log4perl_easy.log": c_log4perl,
    "sidekiq.log": c_sidekiq, "puma.log": c_puma, "jetty9_stderrlog.log": c_jetty, "minecraft_log4j2.log": c_mc,
    "github_actions_job.log": c_gha, "npm_debug.log": None,
}


def main() -> int:
    bad = 0
    for name, check in CHECKS.items():
        text = (OUT / name).read_text(encoding="utf-8").split("\n")[:-1]
        mine = []
        if name == "npm_debug.log":  # records = runs of lines with the same leading number
            last = None
            for i, l in enumerate(text, 1):
                n, lev = c_npm(l)
                if n != last:
                    mine.append((i, None, lev))
                last = n
        else:
            for i, l in enumerate(text, 1):
                r = check(l)
                if r is not None:
                    mine.append((i, r[0], r[1]))
        stem = name.rsplit(".", 1)[0]
        want = [json.loads(x) for x in (OUT / f"{stem}.expected.jsonl").read_text(encoding="utf-8").splitlines()]
        theirs = [(w["line"], w["time"], w["level"]) for w in want]
        if mine == theirs:
            print(f"agree  {name:32} {len(mine):4} records")
        else:
            bad += 1
            diffs = [(a, b) for a, b in zip(mine, theirs) if a != b][:3]
            print(f"DIFFER {name:32} {len(mine)} vs {len(theirs)}: {diffs}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
