#!/usr/bin/env python3
"""Write out/<name>.expected.jsonl for every log of set 37b (operating systems', desktops' and browsers' own logs),
one small reader per layout. Standard library only; written from the observed output and the tools' documented
formats (see README.md), independently of logmr. `python3 make_expected.py --check` recomputes and compares
instead of writing, and exits 1 on any difference.

Common rules (README.md, "Judgement calls"):
- time: the record's own instant, UTC ISO 8601 with milliseconds truncated; a stamp without a zone is UTC (the
  tools ran, or the composed devices are set, with TZ=UTC, except where the stamp carries its zone); a stamp
  without a year is 2026; a time of day alone, an uptime or a time relative to start is no instant: null;
- level: the tool's own severity mapped to DEBUG/INFO/WARN/ERROR/FATAL (per reader), else null; tools that write
  none get the word their message opens with ("Warning: ...") as 36b did, the word staying in the message;
- service, host: what the record itself names (per reader), else null;
- message: the text after the record's header, as written (leading/trailing spaces of the text kept); a text
  record's continuation lines (stack traces, a message's own further lines) belong to it and are not part of its
  message (the first line's message); JSON and CSV fields are taken whole.
"""

import csv
import io
import json
import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

UTC = timezone.utc
HERE = Path(__file__).resolve().parent
OUTDIR = HERE / "out"
YEAR = 2026
MONTHS = {m: i for i, m in enumerate(
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1)}


def fmt(dt):
    dt = dt.astimezone(UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (dt.microsecond // 1000)


def dt_frac(base, frac):
    """base: naive or aware datetime; frac: digit string of the second's fraction (any length)."""
    us = int((frac or "0")[:6].ljust(6, "0"))
    dt = base.replace(microsecond=us)
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def zone(z):
    """+0100 / -0800 -> tzinfo"""
    sign = 1 if z[0] == "+" else -1
    return timezone(sign * timedelta(hours=int(z[1:3]), minutes=int(z[3:5])))


def rec(line, time, level, service, host, message):
    return {"line": line, "time": time, "level": level, "service": service, "host": host, "message": message}


OPENING = re.compile(r"^(Error|ERROR|Warning|WARNING|Info|INFO|Debug|DEBUG|Fatal|FATAL):")
OPEN_MAP = {"error": "ERROR", "warning": "WARN", "info": "INFO", "debug": "DEBUG", "fatal": "FATAL"}


def level_opening(msg):
    m = OPENING.match(msg or "")
    return OPEN_MAP[m[1].lower()] if m else None


def lines_of(path, encoding="utf-8"):
    """Split on \\n; a trailing \\r (CRLF files) is removed; the empty string after the final \\n is dropped."""
    text = path.read_bytes().decode(encoding)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [ln[:-1] if ln.endswith("\r") else ln for ln in lines]


# --- Chromium (base/logging.cc) -------------------------------------------------------------------------------
# [pid:tid:MMDD/HHMMSS.uuuuuu:LEVEL:file.cc:line] message   (Chromium 156 writes "file.cc:line", older "file(line)")
# crashpad's handler: [MMDD/HHMMSS.uuuuuu:LEVEL:file.cc:line] message (no pid:tid)
# Lines without the header continue the record above (a console message's further lines, script_context's dump,
# a library's stray stderr line).
CHR = re.compile(r"^\[(?:\d+:\d+:)?(\d\d)(\d\d)/(\d\d)(\d\d)(\d\d)\.(\d{6}):([A-Z]+?)(\d*):[^\]]*\] ?(.*)$")
CHR_LEVEL = {"INFO": "INFO", "WARNING": "WARN", "ERROR": "ERROR", "FATAL": "FATAL", "VERBOSE": "DEBUG"}


def chromium(lines):
    out = []
    for i, t in enumerate(lines, 1):
        m = CHR.match(t)
        if not m:
            continue
        mo, d, h, mi, s, us, lvl, _n, msg = m.groups()
        when = datetime(YEAR, int(mo), int(d), int(h), int(mi), int(s), int(us), tzinfo=UTC)
        out.append(rec(i, fmt(when), CHR_LEVEL[lvl], None, None, msg))
    return out


# --- Firefox MOZ_LOG (xpcom/base/Logging.cpp) -------------------------------------------------------------------
# with "timestamp": "YYYY-MM-DD hh:mm:ss.uuuuuu UTC - [Parent 4089: Main Thread]: D/module message"
# without: "[Child 6501: Main Thread]: D/module message". Letters E W I D V. MOZ_LOG writes every line with its
# prefix; a line without one is another writer's (Firefox's "*** You are running in headless mode."): a record
# of its own. service = the log module.
MOZ_TS = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\.(\d+) UTC - \[[^\]]*\]: ([EWIDV])/(\S+)(?: (.*))?$")
MOZ = re.compile(r"^\[[^\]]*\]: ([EWIDV])/(\S+)(?: (.*))?$")
MOZ_LEVEL = {"E": "ERROR", "W": "WARN", "I": "INFO", "D": "DEBUG", "V": "DEBUG"}


def moz_log(lines):
    out = []
    for i, t in enumerate(lines, 1):
        m = MOZ_TS.match(t)
        if m:
            when = dt_frac(datetime.strptime(m[1], "%Y-%m-%d %H:%M:%S"), m[2])
            out.append(rec(i, fmt(when), MOZ_LEVEL[m[3]], m[4], None, m[5] or ""))
            continue
        m = MOZ.match(t)
        if m:
            out.append(rec(i, None, MOZ_LEVEL[m[1]], m[2], None, m[3] or ""))
        elif t:
            out.append(rec(i, None, level_opening(t), None, None, t))
    return out


# --- LightDM's own log (--log-dir/lightdm.log) -------------------------------------------------------------------
# "[+0.30s] DEBUG: message": seconds since LightDM started (no instant: time null); DEBUG / WARNING.
LDM = re.compile(r"^\[\+\d+\.\d+s\] ([A-Z]+): (.*)$")
GLIB_WORD = {"DEBUG": "DEBUG", "INFO": "INFO", "MESSAGE": "INFO", "Message": "INFO", "WARNING": "WARN",
             "CRITICAL": "FATAL", "ERROR": "FATAL"}


def lightdm(lines):
    out = []
    for i, t in enumerate(lines, 1):
        m = LDM.match(t)
        if m:
            out.append(rec(i, None, GLIB_WORD[m[1]], None, None, m[2]))
    return out


# --- GLib's default message format, as it appears inside other programs' output ---------------------------------
# "** Message: 02:27:54.177: text", "(prog:pid): Domain-WARNING **: hh:mm:ss.mmm: text", "** (prog:pid): WARNING **: ..."
# (gmessages.c: "** " or "(prog:pid): ", then "Domain-" if any, the level, " **" for warning and worse, ": ", time)
GLIB = re.compile(r"^(?:\*\* )?(?:\(([^():\s]+):(\d+)\): )?(?:([\w.-]+)-)?(DEBUG|INFO|Message|WARNING|CRITICAL|ERROR)"
                  r"(?: \*\*)?: (?:\d\d:\d\d:\d\d\.\d{3}: )?(.*)$")


# --- ~/.xsession-errors (Debian's /etc/X11/Xsession, then every session program's stdout/stderr) ----------------
# No common header: each line is a record (level from GLib's format or the opening word, else null; service null),
# except a Python traceback: "Traceback (most recent call last):" starts a record that its indented lines and the
# exception line after them continue.
def xsession_errors(lines):
    out, in_tb, tb_indent_seen = [], False, False
    for i, t in enumerate(lines, 1):
        if in_tb:
            if t.startswith(" "):
                tb_indent_seen = True
                continue
            in_tb = False
            if tb_indent_seen:          # the exception line ends the traceback record
                continue
        if t == "":
            continue
        if t.startswith("Traceback (most recent call last):"):
            in_tb, tb_indent_seen = True, False
            out.append(rec(i, None, None, None, None, t))
            continue
        g = GLIB.match(t)
        if g:
            out.append(rec(i, None, GLIB_WORD[g[4]], None, None, g[5]))
        else:
            out.append(rec(i, None, level_opening(t), None, None, t))
    return out


# --- flatpak -v / -vv / --ostree-verbose, a terminal's worth of commands ----------------------------------------
# "F: text" is flatpak's (and OSTree's, through it) debug output: DEBUG, message after "F: ". Other non-empty lines
# are the commands' own output (tables, progress, "error: ...", the sandboxed app's lines): records with the
# opening-word level (error: ERROR), else null. Empty lines: nothing.
FP_OPEN = re.compile(r"^(error|warning): ")


def flatpak(lines):
    out = []
    for i, t in enumerate(lines, 1):
        if t == "":
            continue
        if t.startswith("F: "):
            out.append(rec(i, None, "DEBUG", None, None, t[3:]))
            continue
        m = FP_OPEN.match(t)
        out.append(rec(i, None, {"error": "ERROR", "warning": "WARN"}[m[1]] if m else None, None, None, t))
    return out


# --- packagekitd --verbose (src/pk-main.c pk_debug_handler_cb, not a console) ------------------------------------
# debug: "hh:mm:ss\tDomain\tmessage"; any other level: "***\nhh:mm:ss\tDomain\tmessage\n***" (warning or worse:
# WARN). Time of day only: null. service = the GLib log domain (PackageKit, PackageKit-APT). A GLib-format line
# (the fatal CRITICAL that GLib's default handler printed) is read as GLib's; other lines are records of their own.
PK = re.compile(r"^\d\d:\d\d:\d\d\t([^\t]+)\t(.*)$")


def packagekitd(lines):
    out, starred = [], False
    for i, t in enumerate(lines, 1):
        if t == "***":
            starred = not starred
            continue
        m = PK.match(t)
        if m:
            out.append(rec(i, None, "WARN" if starred else "DEBUG", m[1], None, m[2]))
            continue
        if t == "":
            continue
        g = GLIB.match(t)
        if g:
            out.append(rec(i, None, GLIB_WORD[g[4]], g[3], None, g[5]))
        else:
            out.append(rec(i, None, level_opening(t), None, None, t))
    return out


# --- polkitd (polkit 122) in the foreground ---------------------------------------------------------------------
# "hh:mm:ss.mmm: message" (time of day only: null) or a bare line (startup notes, rules' polkit.log()). No level.
PKT = re.compile(r"^\d\d:\d\d:\d\d\.\d{3}: (.*)$")


def polkitd(lines):
    out = []
    for i, t in enumerate(lines, 1):
        if t == "":
            continue
        m = PKT.match(t)
        out.append(rec(i, None, level_opening(m[1] if m else t), None, None, m[1] if m else t))
    return out


# --- plymouthd --debug-file (ply-logger.c) -----------------------------------------------------------------------
# "hh:mm:ss.mmm file.c:line:function<padded/truncated to 40>: message": the stamp is the time since boot
# (CLOCK_MONOTONIC), not an instant: null. file:line:function is a code location: service null. No level.
PLY = re.compile(r"^\d\d:\d\d:\d\d\.\d{3} \S+?:\d+:\S+? *: (.*)$")


def plymouth(lines):
    return [rec(i, None, None, None, None, m[1]) for i, t in enumerate(lines, 1) if (m := PLY.match(t))]


# --- Android logcat (liblog logprint.cpp) ---------------------------------------------------------------------
LC_LEVEL = {"V": "DEBUG", "D": "DEBUG", "I": "INFO", "W": "WARN", "E": "ERROR", "F": "FATAL", "A": "FATAL"}
LC_DIV = re.compile(r"^--------- (?:beginning of|switch to) \S+$")
LC_LONG = re.compile(r"^\[ (\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{3}) +(?:\S+ +)?\d+: *\d+ ([VDIWEFA])/(.*?) *\]$")


def logcat_long(lines):
    # "[ MM-DD hh:mm:ss.mmm  pid: tid P/tag      ]" then the message's lines as they are, then an empty line.
    # Dividers ("--------- beginning of main") are records of their own (no time, level, service).
    out, i, n = [], 0, len(lines)
    while i < n:
        t = lines[i]
        m = LC_LONG.match(t)
        if m:
            mo, d, h, mi, s, ms, p, tag = m.groups()
            when = datetime(YEAR, int(mo), int(d), int(h), int(mi), int(s), int(ms) * 1000, tzinfo=UTC)
            msg = lines[i + 1] if i + 1 < n else ""
            out.append(rec(i + 1, fmt(when), LC_LEVEL[p], tag, None, msg))
            i += 2
            while i < n and lines[i] != "":      # the message's further lines
                i += 1
            continue
        if LC_DIV.match(t):
            out.append(rec(i + 1, None, None, None, None, t))
        i += 1
    return out


LC_PROC = re.compile(r"^([VDIWEFA])\( *(?:\S+:)?\s*\d+\) (.*)  \((.*)\)$")


def logcat_process(lines):
    # "P( pid) message  (tag)": each line of a multi-line message repeats the header: each line is a record.
    out = []
    for i, t in enumerate(lines, 1):
        m = LC_PROC.match(t)
        if m:
            out.append(rec(i, None, LC_LEVEL[m[1]], m[3], None, m[2]))
        elif LC_DIV.match(t):
            out.append(rec(i, None, None, None, None, t))
    return out


LC_TT = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\.(\d+)(?: ([+-]\d{4}))? +(?:(\S+) +)?\d+ +\d+ ([VDIWEFA]) (.*)$")


def logcat_threadtime_mod(lines):
    # -v threadtime -v year -v usec -v zone -v uid: "YYYY-MM-DD hh:mm:ss.uuuuuu -0800  uid  pid  tid P tag     : msg"
    # The tag is padded to 8 and may hold spaces: it ends at the first ": ".
    out = []
    for i, t in enumerate(lines, 1):
        m = LC_TT.match(t)
        if m:
            base = datetime.strptime(m[1], "%Y-%m-%d %H:%M:%S")
            if m[3]:
                base = base.replace(tzinfo=zone(m[3]))
            rest = m[6]
            k = rest.find(": ")
            tag, msg = (rest[:k].rstrip(), rest[k + 2:]) if k >= 0 else (rest.rstrip(" :"), "")
            out.append(rec(i, fmt(dt_frac(base, m[2])), LC_LEVEL[m[5]], tag, None, msg))
        elif LC_DIV.match(t):
            out.append(rec(i, None, None, None, None, t))
    return out


# --- macOS `log show` ------------------------------------------------------------------------------------------
# The message is the entry's eventMessage: the "(sender image) " and "[subsystem:category] " that the text
# styles put before it are taken off. service = the process name. Default/Info INFO, Debug DEBUG, Error ERROR,
# Fault FATAL. Header, "Filtering ..."/"Skipping ..." notes, the dashes and the "Log - ..."/"Activity - ..."
# statistics are the viewer's, not records. Lines without a stamp continue the entry above (its message's lines).
MAC_LEVEL = {"Default": "INFO", "Info": "INFO", "Debug": "DEBUG", "Error": "ERROR", "Fault": "FATAL",
             "Df": "INFO", "I": "INFO", "Db": "DEBUG", "E": "ERROR", "F": "FATAL"}
SENDER = re.compile(r"^\([^()\s]+\) ")
SUBCAT = re.compile(r"^\[[\w.\-]+:[^\]\s]*\] ")


def mac_message(composed):
    composed = SENDER.sub("", composed, count=1)
    return SUBCAT.sub("", composed, count=1)


MAC_DEF = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\.(\d+)([+-]\d{4}) +0x[0-9a-f]+ +(\w+) +0x[0-9a-f]+ +\d+ +\d+ +"
                     r"(.+?): (.*)$")


def macos_default(lines):
    out = []
    for i, t in enumerate(lines, 1):
        m = MAC_DEF.match(t)
        if m:
            when = dt_frac(datetime.strptime(m[1], "%Y-%m-%d %H:%M:%S").replace(tzinfo=zone(m[3])), m[2])
            out.append(rec(i, fmt(when), MAC_LEVEL.get(m[4]), m[5], None, mac_message(m[6])))
    return out


MAC_COMPACT = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\.(\d+) (Df|Db|I |E |F |A ) (.+?)\[\d+:[0-9a-f]+\] (.*)$")


def macos_compact(lines):
    out = []
    for i, t in enumerate(lines, 1):
        m = MAC_COMPACT.match(t)
        if m:
            when = dt_frac(datetime.strptime(m[1], "%Y-%m-%d %H:%M:%S"), m[2])     # no zone: UTC (--timezone UTC)
            out.append(rec(i, fmt(when), MAC_LEVEL.get(m[3].strip()), m[4], None, mac_message(m[5])))
    return out


MAC_SYSLOG = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\.(\d+)([+-]\d{4})  (\S+) (.+?)\[\d+\]: (.*)$")


def macos_syslog(lines):
    # no type column in this style: level null; host = the name in the host slot ("localhost")
    out = []
    for i, t in enumerate(lines, 1):
        m = MAC_SYSLOG.match(t)
        if m:
            when = dt_frac(datetime.strptime(m[1], "%Y-%m-%d %H:%M:%S").replace(tzinfo=zone(m[3])), m[2])
            out.append(rec(i, fmt(when), None, m[5], m[4], mac_message(m[6])))
    return out


def macos_ndjson(lines):
    out = []
    for i, t in enumerate(lines, 1):
        o = json.loads(t)
        if "finished" in o and "count" in o:
            continue                               # {"count":N,"finished":1}: the viewer's closing line
        ts = re.match(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\.(\d+)([+-]\d{4})$", o["timestamp"])
        when = dt_frac(datetime.strptime(ts[1], "%Y-%m-%d %H:%M:%S").replace(tzinfo=zone(ts[3])), ts[2])
        proc = (o.get("processImagePath") or "").rsplit("/", 1)[-1] or None
        out.append(rec(i, fmt(when), MAC_LEVEL.get(o.get("messageType")), proc, None, o.get("eventMessage")))
    return out


# --- Windows ---------------------------------------------------------------------------------------------------
WIN_LEVEL = {"Information": "INFO", "Warning": "WARN", "Error": "ERROR", "Critical": "FATAL", "Verbose": "DEBUG"}


def wevtutil_text(lines):
    # "Event[N]:" opens a record; "  Name: value" fields; the description is on the lines after "  Description: "
    # (message = its first line). Date: local time without zone (UTC here). service = Source, host = Computer.
    out, cur, in_desc = [], None, False
    for i, t in enumerate(lines, 1):
        if re.match(r"^Event\[\d+\]:$", t):
            cur = {"line": i, "f": {}, "desc": None}
            out.append(cur)
            in_desc = False
            continue
        if cur is None:
            continue
        if in_desc:
            if cur["desc"] is None:
                cur["desc"] = t
            continue
        m = re.match(r"^  ([A-Za-z ]+): ?(.*)$", t)
        if m:
            if m[1] == "Description":
                in_desc = True
                if m[2].strip():
                    cur["desc"] = m[2]
            else:
                cur["f"][m[1]] = m[2]
    res = []
    for c in out:
        f = c["f"]
        d = re.match(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z)?$", f.get("Date", ""))
        when = fmt(dt_frac(datetime.strptime(d[1], "%Y-%m-%dT%H:%M:%S"), d[2])) if d else None
        res.append(rec(c["line"], when, WIN_LEVEL.get(f.get("Level")), f.get("Source"), f.get("Computer"), c["desc"]))
    return res


def get_winevent_csv(path):
    # PowerShell 7 Export-Csv of EventLogRecord objects: a header row, one row per event (a quoted Message may span
    # lines). TimeCreated in the en-US culture's "M/d/yyyy h:mm:ss tt" (local = UTC here). Message taken whole;
    # null (nothing between the commas) -> null.
    text = path.read_bytes().decode("utf-8")
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader)
    out, start = [], reader.line_num + 1
    for row in reader:
        r = dict(zip(header, row))
        when = fmt(datetime.strptime(r["TimeCreated"], "%m/%d/%Y %I:%M:%S %p").replace(tzinfo=UTC))
        out.append(rec(start, when, WIN_LEVEL.get(r["LevelDisplayName"]), r["ProviderName"] or None,
                       r["MachineName"] or None, r["Message"] if r["Message"] != "" else None))
        start = reader.line_num + 1
    return out


CBS = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d), (\w+)(?: +\[0x[0-9A-Fa-f]+\])? +(\S+) +(.*)$")


def cbs_log(lines):
    # "YYYY-MM-DD hh:mm:ss, Level[ [0xNNNNNN]]<pad> Component<pad> message"; lines without a stamp continue.
    out = []
    for i, t in enumerate(lines, 1):
        m = CBS.match(t)
        if m:
            when = datetime.strptime(m[1], "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
            out.append(rec(i, fmt(when), {"Info": "INFO", "Warning": "WARN", "Error": "ERROR"}.get(m[2]), m[3], None, m[4]))
    return out


SA_TIME = re.compile(r"(\d{4})/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{3})")


def setupapi(lines):
    # A log entry is one line (SetupAPI Text Logs). Before "[BeginLog]": the log header (nulls). "[...]" lines:
    # records as written (a "[Boot Session: date]" has its time). ">>>  " / "<<<  " section header and footer
    # lines: message after the prefix, time when they carry a full date. Body entries: prefix "!!!  " ERROR,
    # "!    " WARN, "     " INFO; "cat: " event category = service; message = the rest without its indentation
    # (a time of day after it stays in the message).
    out, begun = [], False
    for i, t in enumerate(lines, 1):
        if t.strip() == "":
            continue
        d = SA_TIME.search(t)

        def sa_when():
            return fmt(datetime(*(int(x) for x in d.groups()[:6]), int(d[7]) * 1000, tzinfo=UTC)) if d else None

        if t.startswith("["):
            if t == "[BeginLog]":
                begun = True
            out.append(rec(i, sa_when(), None, None, None, t))
        elif t.startswith(">>>  ") or t.startswith("<<<  "):
            out.append(rec(i, sa_when() if "Section" in t else None, None, None, None, t[5:]))
        elif not begun:
            out.append(rec(i, None, None, None, None, t.strip()))
        else:
            m = re.match(r"^(!!!  |!    |     )(?:([a-z.]{2,3}|ui ):)? *(.*)$", t)
            lvl = {"!!!  ": "ERROR", "!    ": "WARN", "     ": "INFO"}[m[1]]
            out.append(rec(i, None, lvl, m[2].strip() if m[2] else None, None, m[3]))
    return out


# --- iOS idevicesyslog (libimobiledevice 1.3.0) ----------------------------------------------------------------
# "Mmm dd hh:mm:ss Process(Library)[pid] <Level>: message" (the device name is not printed); no year: 2026.
# service = the process name (before "(" or "["). <Notice>/<Info> INFO, <Warning> WARN, <Error> ERROR,
# <Debug> DEBUG. "[connected]"/"[disconnected]": the tool's own records. Other lines continue the record above.
# vis(3) escapes the device applied to non-ASCII bytes are kept as written.
IDS = re.compile(r"^([A-Z][a-z]{2}) ([ \d]\d) (\d\d):(\d\d):(\d\d) ([^\[\s(]+)(?:\([^)]*\))?\[\d+\] (?:<(\w+)>: )?(.*)$")
IDS_LEVEL = {"Notice": "INFO", "Info": "INFO", "Warning": "WARN", "Error": "ERROR", "Debug": "DEBUG",
             "Critical": "FATAL", "Fault": "FATAL"}


def idevicesyslog(lines):
    out = []
    for i, t in enumerate(lines, 1):
        m = IDS.match(t)
        if m:
            mon, d, h, mi, s, proc, lvl, msg = m.groups()
            when = datetime(YEAR, MONTHS[mon], int(d), int(h), int(mi), int(s), tzinfo=UTC)
            out.append(rec(i, fmt(when), IDS_LEVEL.get(lvl), proc, None, msg))
        elif t in ("[connected]", "[disconnected]"):
            out.append(rec(i, None, None, None, None, t))
    return out


# name -> (reader, how it reads the file)
FILES = {
    "chromium_stderr_v1.log": (chromium, "lines"),
    "chromium_logfile.log": (chromium, "lines"),
    "firefox_moz_log_stderr.log": (moz_log, "lines"),
    "firefox_moz_log_child.log": (moz_log, "lines"),
    "lightdm.log": (lightdm, "lines"),
    "xsession_errors.log": (xsession_errors, "lines"),
    "flatpak_verbose.log": (flatpak, "lines"),
    "packagekitd_verbose.log": (packagekitd, "lines"),
    "polkitd.log": (polkitd, "lines"),
    "plymouth_debug.log": (plymouth, "lines"),
    "logcat_long.log": (logcat_long, "lines"),
    "logcat_process.log": (logcat_process, "lines"),
    "logcat_year_usec_zone_uid.log": (logcat_threadtime_mod, "lines"),
    "macos_log_show_default.log": (macos_default, "lines"),
    "macos_log_show_compact.log": (macos_compact, "lines"),
    "macos_log_show_syslog.log": (macos_syslog, "lines"),
    "macos_log_show_ndjson.jsonl": (macos_ndjson, "lines"),
    "windows_wevtutil_system.log": (wevtutil_text, "lines"),
    "windows_get_winevent.csv": (get_winevent_csv, "path"),
    "windows_cbs.log": (cbs_log, "lines"),
    "windows_setupapi_dev.log": (setupapi, "cp1252"),
    "idevicesyslog.log": (idevicesyslog, "lines"),
}


def main():
    check = "--check" in sys.argv[1:]
    bad = 0
    for name, (reader, how) in FILES.items():
        path = OUTDIR / name
        if how == "path":
            records = reader(path)
        else:
            records = reader(lines_of(path, "cp1252" if how == "cp1252" else "utf-8"))
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        target = OUTDIR / (name.rsplit(".", 1)[0] + ".expected.jsonl")
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                print("DIFFERS: " + target.name)
                bad = 1
        else:
            target.write_text(text, encoding="utf-8")
        print("%s: %d lines, %d records" % (name, path.read_bytes().count(b"\n"), len(records)))
    print("check: " + ("FAILED" if bad else "all expected files match") if check else "written")
    return bad


if __name__ == "__main__":
    sys.exit(main())
