#!/usr/bin/env python3
"""Write <name>.expected.jsonl for every log of corpus30, one small regex reader per layout.

Standard library only; independent of logmr. Conventions: tests/data/loggers/README.md. A line that does not
match its layout's header continues the record before it (no record of its own). Run in the folder holding
the logs: each expected file is written next to its log.
"""
import json
import re
from datetime import datetime, timezone

YEAR = 2026
MONTHS = {m: i for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}

LEVELS = {
    "trace": "DEBUG", "debug": "DEBUG", "info": "INFO", "notice": "INFO", "warn": "WARN", "warning": "WARN",
    "error": "ERROR", "err": "ERROR", "critical": "FATAL", "crit": "FATAL", "fatal": "FATAL",
}


def lvl(word):
    if word is None:
        return None
    return LEVELS[word.lower()]


def iso(y, mo, d, h, mi, s, frac=""):
    ms = (frac + "000")[:3] if frac else "000"
    return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}T{int(h):02d}:{int(mi):02d}:{int(s):02d}.{ms}Z"


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


def write(name, records):
    base = name.rsplit(".", 1)[0]
    with open(base + ".expected.jsonl", "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{name}: {len(read(name))} lines, {len(records)} records")


# --- SSSD: "(2026-12-03 20:16:05): [nss] [function] (0x0400): message" -------------------------------
# debug level bits (sssd.conf(5)): 0x0010 fatal, 0x0020 critical, 0x0040 serious (op) failure,
# 0x0080 minor failure, 0x0100 configuration settings, 0x0200 function data, 0x0400.. trace;
# 0x3f7c0 is SSSDBG_IMPORTANT_INFO (printed at every level from 2 up).
SSSD = re.compile(r"^\((\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)(?:\.(\d+))?\): "
                  r"\[((?:[^\[\]]|\[[^\]]*\])*)\] \[([^\]]*)\] \((0x[0-9a-f]+)\): (.*)$")


def sssd_level(hexs):
    v = int(hexs, 16)
    if v == 0x3F7C0:
        return "INFO"
    return {0x10: "FATAL", 0x20: "FATAL", 0x40: "ERROR", 0x80: "WARN", 0x100: "INFO"}.get(v, "DEBUG")


def sssd(n, m):
    y, mo, d, h, mi, s, frac, comp, func, lv, msg = m.groups()
    return rec(n, iso(y, mo, d, h, mi, s, frac or ""), sssd_level(lv), comp, None, msg)


# --- MIT krb5kdc FILE: logging: "Dec 03 20:17:06 vm krb5kdc[13935](info): message" ------------------
KRB = re.compile(r"^(\w{3}) ([ \d]\d) (\d\d):(\d\d):(\d\d) (\S+) ([^\s\[]+)\[(\d+)\]\((\w+)\): (.*)$")


def krb(n, m):
    mon, d, h, mi, s, host, prog, pid, lv, msg = m.groups()
    return rec(n, iso(YEAR, MONTHS[mon], d, h, mi, s), lvl(lv), prog, host, msg)


# --- rspamd file log: "2026-12-03 20:19:09 #14773(normal) <db490a>; task; function: message" ----------
RSPAMD = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) #(\d+)\(([^)]+)\) "
                    r"(?:<([^>]*)>; )?(?:([a-z_]+); )?([A-Za-z0-9_.]+(?::\d+)?): (.*)$")


def rspamd(n, m):
    y, mo, d, h, mi, s, pid, proc, tag, module, func, msg = m.groups()
    return rec(n, iso(y, mo, d, h, mi, s), None, proc, None, msg)


# --- h2o error log: "[lib/core/proxy.c] in request:/x:connection failed", or a bare line ---------------
def h2o_error(name):
    out = []
    for n, line in enumerate(read(name), 1):
        m = re.match(r"^\[([^\]]+)\] (.*)$", line)
        out.append(rec(n, None, None, m.group(1), None, m.group(2)) if m else rec(n, None, None, None, None, line))
    return out


# --- h2o access log (Apache combined) ---------------------------------------------------------------
CLF = re.compile(r'^(\S+) (\S+) (\S+) \[(\d\d)/(\w{3})/(\d{4}):(\d\d):(\d\d):(\d\d) ([+-]\d{4})\] '
                 r'"((?:[^"\\]|\\.)*)" (\d{3}) (\d+|-)(?: "((?:[^"\\]|\\.)*)" "((?:[^"\\]|\\.)*)")?$')


def clf(n, m):
    d, mon, y, h, mi, s, off = m.group(4, 5, 6, 7, 8, 9, 10)
    t = datetime(int(y), MONTHS[mon], int(d), int(h), int(mi), int(s))
    sign = 1 if off[0] == "+" else -1
    mins = sign * (int(off[1:3]) * 60 + int(off[3:5]))
    t = datetime.fromtimestamp(t.replace(tzinfo=timezone.utc).timestamp() - mins * 60, timezone.utc)
    b = m.group(13)
    return rec(n, t.strftime("%Y-%m-%dT%H:%M:%S.000Z"), None, None, None, m.group(11),
               status=int(m.group(12)), bytes=0 if b == "-" else int(b))


# --- i2pd: "20:20:44@181/info - message" (time of day only) --------------------------------------------
I2PD = re.compile(r"^(\d\d:\d\d:\d\d)@(\d+)/(\w+) - (.*)$")


def i2pd(n, m):
    t, tid, lv, msg = m.groups()
    return rec(n, None, None if lv == "none" else lvl(lv), None, None, msg)


# --- aria2: "2026-12-03 20:21:22.418758 [NOTICE] [Context.cc:310] message" -----------------------------
ARIA2 = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.(\d+) \[(\w+)\] \[([^\]:]+):\d+\] (.*)$")


def aria2(n, m):
    y, mo, d, h, mi, s, frac, lv, src, msg = m.groups()
    return rec(n, iso(y, mo, d, h, mi, s, frac), lvl(lv), src, None, msg)


# --- strongSwan charon filelog, defaults: "14[CFG] message" (no time, no level) ------------------------
CHARON = re.compile(r"^(\d\d)\[([A-Z]{3})\] (.*)$")


def charon(n, m):
    return rec(n, None, None, m.group(2), None, m.group(3))


# --- charon filelog with time_format "%b %e %T", time_add_ms, ike_name ---------------------------------
CHARON_T = re.compile(r"^(\w{3}) ([ \d]\d) (\d\d):(\d\d):(\d\d)\.(\d{3}) (\d\d)\[([A-Z]{3})\] (?:<([^>]*)> )?(.*)$")


def charon_t(n, m):
    mon, d, h, mi, s, ms, thr, grp, ike, msg = m.groups()
    return rec(n, iso(YEAR, MONTHS[mon], d.strip(), h, mi, s, ms), None, grp, None, msg)


# --- munin-node (Net::Server): "2026/12/03-20:22:43 [16449] message" ----------------------------------
MUNIN = re.compile(r"^(\d{4})/(\d\d)/(\d\d)-(\d\d):(\d\d):(\d\d) (?:\[\d+\] )?(.*)$")


def munin(n, m):
    y, mo, d, h, mi, s, msg = m.groups()
    return rec(n, iso(y, mo, d, h, mi, s), None, None, None, msg)


# --- luigi default console: "%(levelname)s: %(message)s" ------------------------------------------------
LUIGI = re.compile(r"^(DEBUG|INFO|WARNING|ERROR|CRITICAL): (.*)$")


def luigi(n, m):
    return rec(n, None, lvl(m.group(1)), None, None, m.group(2))


# --- streamlit default: "%(asctime)s.%(msecs)03d %(message)s" -----------------------------------------
STREAMLIT = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{3}) (.*)$")


def streamlit(n, m):
    y, mo, d, h, mi, s, ms, msg = m.groups()
    return rec(n, iso(y, mo, d, h, mi, s, ms), None, None, None, msg)


if __name__ == "__main__":
    for f in ("sssd.log", "sssd_nss.log", "sssd_files.log"):
        write(f, by_header(f, SSSD, sssd))
    write("krb5kdc.log", by_header("krb5kdc.log", KRB, krb))
    write("rspamd.log", by_header("rspamd.log", RSPAMD, rspamd))
    write("h2o_error.log", h2o_error("h2o_error.log"))
    write("h2o_access.log", by_header("h2o_access.log", CLF, clf))
    write("i2pd.log", by_header("i2pd.log", I2PD, i2pd))
    write("aria2.log", by_header("aria2.log", ARIA2, aria2))
    write("charon.log", by_header("charon.log", CHARON, charon))
    write("charon_time.log", by_header("charon_time.log", CHARON_T, charon_t))
    write("munin_node.log", by_header("munin_node.log", MUNIN, munin))
    write("luigi.log", by_header("luigi.log", LUIGI, luigi))
    write("streamlit.log", by_header("streamlit.log", STREAMLIT, streamlit))
