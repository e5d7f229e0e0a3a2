#!/usr/bin/env python3
"""Write <name>.expected.jsonl for every log in this folder, one small reader per layout.

Standard library only; written from the observed output and the tools' documented formats.
`python3 make_expected.py --check` compares instead of writing and exits 1 on any difference.

Common rules: a line that does not match the layout's header continues the record before it (no
record of its own, blank lines included); lines before the first header line form one record of
their own with no fields but the message (its first line). A record's message is its first line's
text after the header, as written, less trailing spaces and tabs.
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
    "TRACE": "DEBUG", "DEBUG": "DEBUG", "VERBOSE": "DEBUG",
    "INFO": "INFO", "NOTICE": "INFO",
    "WARN": "WARN", "WARNING": "WARN",
    "ERROR": "ERROR", "SEVERE": "ERROR",
    "FATAL": "FATAL", "CRITICAL": "FATAL", "PANIC": "FATAL",
}


def level(word):
    return LEVELS[word.strip().upper()] if word and word.strip() else None


def iso(y, mo, d, h, mi, s, frac=""):
    ms = (frac + "000")[:3]
    return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}T{int(h):02d}:{int(mi):02d}:{int(s):02d}.{ms}Z"


def iso_offset(y, mo, d, h, mi, s, offset, frac=""):
    """A local time with a +hhmm / -hhmm offset, as UTC."""
    sign = 1 if offset[0] == "+" else -1
    t = datetime(int(y), int(mo), int(d), int(h), int(mi), int(s), tzinfo=UTC)
    t -= sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5]))
    return iso(t.year, t.month, t.day, t.hour, t.minute, t.second, frac)


def iso_epoch(seconds):
    t = datetime.fromtimestamp(int(seconds), tz=UTC)
    return iso(t.year, t.month, t.day, t.hour, t.minute, t.second)


def rec(line, time, lvl, service, host, message, **extra):
    r = {"line": line, "time": time, "level": lvl, "service": service, "host": host,
         "message": message.rstrip(" \t")}
    r.update(extra)
    return r


def by_header(lines, pattern, build):
    """Records start at lines matching pattern; build(match, lineno, record_lines) -> record.
    Lines before the first match form one record of their own (null fields, message = first line)."""
    rx = re.compile(pattern)
    starts = [(i, m) for i, text in enumerate(lines) if (m := rx.match(text))]
    out = []
    if lines and (not starts or starts[0][0] > 0):
        out.append(rec(1, None, None, None, None, lines[0].lstrip("\ufeff")))
    for k, (i, m) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        out.append(build(m, i + 1, lines[i:end]))
    return out


# --- one reader per layout -------------------------------------------------------------------

def snapserver(lines):
    # Snapcast's AixLog sink: "YYYY-MM-DD HH-MM-SS.mmm [Severity] (Tag) message" (dashes in the time of day)
    def b(m, n, _):
        return rec(n, iso(*m.groups()[:7]), level(m[8]), m[9], None, m[10])
    return by_header(lines, r"^(\d{4})-(\d\d)-(\d\d) (\d\d)-(\d\d)-(\d\d)\.(\d{3}) "
                            r"\[(Trace|Debug|Info|Notice|Warning|Error|Fatal)\] (?:\(([^)]*)\) )?(.*)$", b)


def gerbera(lines):
    # Gerbera: "YYYY-mm-dd HH:MM:SS %7s: message", the level right-aligned; "JS" is a script's print()
    def b(m, n, _):
        y, mo, d, h, mi, s = re.split(r"[- :]", m[1])
        return rec(n, iso(y, mo, d, h, mi, s), None if m[2] == "JS" else level(m[2]), None, None, m[3])
    return by_header(lines, r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) +(DEBUG|INFO|WARNING|ERROR|JS): (.*)$", b)


MOTION_LEVELS = {"EMG": "FATAL", "ALR": "FATAL", "CRT": "FATAL", "ERR": "ERROR", "WRN": "WARN",
                 "NTC": "INFO", "INF": "INFO", "DBG": "DEBUG", "ALL": "DEBUG"}


def motion(lines):
    # Motion 4.5: "[thread:name] [LVL] [TYPE] [Mmm dd HH:MM:SS] function: message" (no year);
    # service = the log type (ALL, STR, NET, VID, EVT, ENC); the function name is a code location
    def b(m, n, _):
        time, msg = None, m[6]
        if m[3]:
            h, mi, s = m[5].split(":")
            time = iso(YEAR, MONTHS[m[3]], m[4], h, mi, s)
            msg = re.sub(r"^[a-z][a-z0-9_]*: ", "", msg)
        return rec(n, time, MOTION_LEVELS[m[1]], m[2], None, msg)
    return by_header(lines, r"^\[\d+:[^\]]*\] \[(EMG|ALR|CRT|ERR|WRN|NTC|INF|DBG|ALL)\] \[([A-Z]{3})\] "
                            r"(?:\[([A-Z][a-z]{2}) (\d\d) (\d\d:\d\d:\d\d)\] )?(.*)$", b)


def vlc_file(lines):
    # VLC 3 file logger, text mode: "module[ type]: message" (no type word = info), a BOM first;
    # its "-- logger module started/stopped --" lines are records without level or module
    def b(m, n, _):
        if m[1]:
            return rec(n, None, None, None, None, m[1])
        return rec(n, None, level(m[3] or "info"), m[2], None, m[4])
    return by_header(lines, r"^\ufeff?(?:(-- logger module (?:started|stopped) --)|([a-z0-9_]+)(?: (error|warning|debug))?: (.*))$", b)


MPV_LEVELS = {"f": "FATAL", "e": "ERROR", "w": "WARN", "i": "INFO", "v": "DEBUG", "d": "DEBUG", "t": "DEBUG"}


def mpv_logfile(lines):
    # mpv --log-file: "[seconds since start][level letter][module] message": no instant (time null)
    return by_header(lines, r"^\[ *\d+\.\d+\]\[([fewivdt])\]\[([^\]]+)\] ?(.*)$",
                     lambda m, n, _: rec(n, None, MPV_LEVELS[m[1]], m[2], None, m[3]))


def ffmpeg_debug(lines):
    # ffmpeg -loglevel debug: no header; every line is one av_log() call, "[name @ 0xADDR] " when it has a context
    out = []
    for i, text in enumerate(lines, 1):
        m = re.match(r"^\[(.+?) @ 0x[0-9a-f]+\] (.*)$", text)
        out.append(rec(i, None, None, m[1], None, m[2]) if m else rec(i, None, None, None, None, text))
    return out


FFMPEG_LEVELS = {"panic": "FATAL", "fatal": "FATAL", "error": "ERROR", "warning": "WARN", "info": "INFO",
                 "verbose": "DEBUG", "debug": "DEBUG", "trace": "DEBUG"}


def ffmpeg_level(lines):
    # ffmpeg -loglevel repeat+level+verbose: "[name @ 0xADDR] [level] message" or "[level] message"
    return by_header(lines, r"^(?:\[(.+?) @ 0x[0-9a-f]+\] )?\[(panic|fatal|error|warning|info|verbose|debug|trace)\] (.*)$",
                     lambda m, n, _: rec(n, None, FFMPEG_LEVELS[m[2]], m[1], None, m[3]))


PA_LEVELS = {"D": "DEBUG", "I": "INFO", "N": "INFO", "W": "WARN", "E": "ERROR"}


def pulseaudio(lines):
    # PulseAudio -vvvv on stderr: "L: [thread] file.c: message" (no time; the thread and file are not services)
    return by_header(lines, r"^([DINWE]): \[[^\]]*\] [\w.-]+\.c: (.*)$",
                     lambda m, n, _: rec(n, None, PA_LEVELS[m[1]], None, None, m[2]))


def carbon_console(lines):
    # carbon's log files: "DD/MM/YYYY HH:MM:SS :: message" (day first)
    return by_header(lines, r"^(\d\d)/(\d\d)/(\d{4}) (\d\d):(\d\d):(\d\d) :: (.*)$",
                     lambda m, n, _: rec(n, iso(m[3], m[2], m[1], m[4], m[5], m[6]), None, None, None, m[7]))


def carbon_nodaemon(lines):
    # carbon-cache --nodaemon on stdout: "DD/MM/YYYY HH:MM:SS :: [channel] message"
    return by_header(lines, r"^(\d\d)/(\d\d)/(\d{4}) (\d\d):(\d\d):(\d\d) :: \[(\w+)\] (.*)$",
                     lambda m, n, _: rec(n, iso(m[3], m[2], m[1], m[4], m[5], m[6]), None, m[7], None, m[8]))


def statsd_console(lines):
    # statsd's stdout logger = Node's util.log: "D Mon HH:MM:SS - " (no year), then "TYPE: " from statsd's Logger
    def b(m, n, _):
        lv = re.match(r"^(DEBUG|INFO|WARNING|ERROR|CRIT): (.*)$", m[6])
        time = iso(YEAR, MONTHS[m[2]], m[1], m[3], m[4], m[5])
        if lv:
            return rec(n, time, level(lv[1].replace("CRIT", "CRITICAL")), None, None, lv[2])
        return rec(n, time, None, None, None, m[6])
    return by_header(lines, r"^(\d{1,2}) ([A-Z][a-z]{2}) (\d\d):(\d\d):(\d\d) - (.*)$", b)


LIQ_LEVELS = {"1": "FATAL", "2": "ERROR", "3": "INFO", "4": "INFO", "5": "DEBUG"}


def liquidsoap(lines):
    # Liquidsoap: "YYYY/MM/DD HH:MM:SS [label:N] message", N = 1 critical .. 5 debug
    def b(m, n, _):
        return rec(n, iso(*m.groups()[:6]), LIQ_LEVELS.get(m[8]), m[7], None, m[9])
    return by_header(lines, r"^(\d{4})/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d) (?:\[([^\]]+):(\d)\] )?(.*)$", b)


def quassel_core(lines):
    # Quassel core's log file: "YYYY-mm-dd HH:MM:SS [Level] message"
    def b(m, n, _):
        y, mo, d, h, mi, s = re.split(r"[- :]", m[1])
        return rec(n, iso(y, mo, d, h, mi, s), level(m[2]), None, None, m[3])
    return by_header(lines, r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) \[(Debug|Info |Warn |Error|Fatal)\] (.*)$", b)


def ircd_hybrid(lines):
    # ircd-hybrid 8.2 log files: "[YYYY-mm-ddTHH:MM:SS+zzzz] message"
    return by_header(lines, r"^\[(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)([+-]\d{4})\] (.*)$",
                     lambda m, n, _: rec(n, iso_offset(*m.groups()[:7]), None, None, None, m[8]))


def hitch(lines):
    # Hitch: "YYYYmmddTHHMMSS.uuuuuu [pid] {component} message" ({component} only on some lines)
    return by_header(lines, r"^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)\.(\d{6}) \[\d+\] (?:\{(\w+)\} )?(.*)$",
                     lambda m, n, _: rec(n, iso(*m.groups()[:7]), None, m[8], None, m[9]))


def shellinabox(lines):
    # shellinaboxd -v: "[server] message" and "[http] " + a Common Log Format line
    clf = re.compile(r'^\S+ \S+ \S+ \[(\d\d)/([A-Z][a-z]{2})/(\d{4}):(\d\d):(\d\d):(\d\d) ([+-]\d{4})\] '
                     r'"(.*?)" (\d{3}) (\d+|-)$')

    def b(m, n, _):
        a = clf.match(m[2]) if m[1] == "http" else None
        if not a:
            return rec(n, None, None, m[1], None, m[2])
        time = iso_offset(a[3], MONTHS[a[2]], a[1], a[4], a[5], a[6], a[7])
        return rec(n, time, None, m[1], None, a[8], status=int(a[9]),
                   bytes=0 if a[10] == "-" else int(a[10]), latency_ms=None)
    return by_header(lines, r"^\[(server|http)\] (.*)$", b)


def p0f(lines):
    # p0f 3 log file (-o): "[YYYY/mm/dd HH:MM:SS] mod=...|cli=...|..."
    return by_header(lines, r"^\[(\d{4})/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d)\] (.*)$",
                     lambda m, n, _: rec(n, iso(*m.groups()[:6]), None, None, None, m[7]))


RT_LEVELS = {"C": "FATAL", "E": "ERROR", "W": "WARN", "N": "INFO", "I": "INFO", "D": "DEBUG"}


def rtorrent(lines):
    # rtorrent log file: "EPOCH L message"; torrent events "INFOHASH->subsystem: message"
    def b(m, n, _):
        sub = re.match(r"^[0-9A-F]{40}->(\w+): (.*)$", m[3])
        service, msg = (sub[1], sub[2]) if sub else (None, m[3])
        return rec(n, iso_epoch(m[1]), RT_LEVELS[m[2]], service, None, msg)
    return by_header(lines, r"^(\d{9,}) ([CEWNID]) (.*)$", b)


def biboumi(lines):
    # biboumi: "[LEVEL]: file.cpp:line:<TAB>message" (the file and line are a code location)
    return by_header(lines, r"^\[(DEBUG|INFO|WARNING|ERROR)\]: \S+:\d+:\t(.*)$",
                     lambda m, n, _: rec(n, None, level(m[1]), None, None, m[2]))


def zigbee2mqtt(lines):
    # Zigbee2MQTT's file log: "[YYYY-mm-dd HH:MM:SS] level: <TAB>namespace: message"
    def b(m, n, _):
        y, mo, d, h, mi, s = re.split(r"[- :]", m[1])
        return rec(n, iso(y, mo, d, h, mi, s), level(m[2]), m[3], None, m[4])
    return by_header(lines, r"^\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\] (error|warning|info|debug): \t(\S+?): (.*)$", b)


def esphome_config(lines):
    # ESPHome's console logging (not a terminal): "LEVEL message"
    return by_header(lines, r"^(DEBUG|INFO|WARNING|ERROR|CRITICAL) (.*)$",
                     lambda m, n, _: rec(n, None, level(m[1]), None, None, m[2]))


FILES = {
    "snapserver.log": snapserver,
    "gerbera.log": gerbera,
    "motion.log": motion,
    "vlc_file.log": vlc_file,
    "mpv_logfile.log": mpv_logfile,
    "ffmpeg_debug.log": ffmpeg_debug,
    "ffmpeg_level.log": ffmpeg_level,
    "pulseaudio.log": pulseaudio,
    "carbon_console.log": carbon_console,
    "carbon_nodaemon.log": carbon_nodaemon,
    "statsd_console.log": statsd_console,
    "liquidsoap.log": liquidsoap,
    "quassel_core.log": quassel_core,
    "ircd_hybrid.log": ircd_hybrid,
    "hitch.log": hitch,
    "shellinabox.log": shellinabox,
    "p0f.log": p0f,
    "rtorrent.log": rtorrent,
    "biboumi.log": biboumi,
    "zigbee2mqtt.log": zigbee2mqtt,
    "esphome_config.log": esphome_config,
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
