#!/usr/bin/env python3
"""Write <name>.expected.jsonl for every log in this folder, one small reader per layout.

Standard library only; written from the observed output and the tools' documented formats.
`python3 make_expected.py --check` compares instead of writing and exits 1 on any difference.

Common rule: a line that does not match the layout's header continues the record before it
(no record of its own, blank lines included); lines before the first header line form a record
of their own (level, service and host null, message the first line). A record's message is its
first line's text after the header, as written.
"""

import json
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
MONTHS = {m: i for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1)}
YEAR = 2026  # layouts without a year

LEVELS = {
    "TRACE": "DEBUG", "DEBUG": "DEBUG", "EXEC": "DEBUG",
    "INFO": "INFO", "NOTICE": "INFO", "NORMAL": "INFO",
    "WARN": "WARN", "WARNING": "WARN", "SECURITY ALERT": "WARN",
    "ERROR": "ERROR", "ERR": "ERROR",
    "FATAL": "FATAL", "FATAL ERROR": "FATAL", "CRITICAL": "FATAL", "CRIT": "FATAL", "ALERT": "FATAL",
    "EMERG": "FATAL", "EMERGENCY": "FATAL",
}


def level(word):
    return LEVELS[word.strip().upper()] if word and word.strip() else None


def iso(y, mo, d, h, mi, s, frac=""):
    ms = (frac + "000")[:3]
    return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}T{int(h):02d}:{int(mi):02d}:{int(s):02d}.{ms}Z"


def rec(line, time, lvl, service, host, message):
    return {"line": line, "time": time, "level": lvl, "service": service, "host": host, "message": message}


def by_header(lines, pattern, build):
    """Records start at lines matching pattern; build(match, lineno, record_lines) -> record.

    Lines before the first match (if any) make one record with no header fields."""
    rx = re.compile(pattern)
    starts = [(i, m) for i, text in enumerate(lines) if (m := rx.match(text))]
    out = []
    if lines and (not starts or starts[0][0] > 0):
        out.append(rec(1, None, None, None, None, lines[0]))
    for k, (i, m) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        out.append(build(m, i + 1, lines[i:end]))
    return out


# --- one reader per layout -------------------------------------------------------------------

def rsyslog_file(lines, msg_level):
    # rsyslog's default file template on Debian 12 (RSYSLOG_FileFormat, no template configured):
    # "TIMESTAMP HOSTNAME SYSLOGTAG MSG", RFC 3339 time with microseconds and offset; no severity.
    # msg_level(tag, msg) -> level read from the daemon's own text (None when it writes none).
    def b(m, n, _):
        t = datetime.fromisoformat(m[1] + (m[2] or "") + m[3])
        t = t.astimezone(UTC)
        return rec(n, iso(t.year, t.month, t.day, t.hour, t.minute, t.second, f"{t.microsecond:06d}"),
                   msg_level(m[5], m[6]), m[5], m[4], m[6])
    return by_header(lines, r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d+)?([+-]\d\d:\d\d) (\S+) ([^\s\[:]+)(?:\[\d+\])?: (.*)$", b)


def lead_word_level(msg):
    # a level word opening the message ("Error: bad minute; ...", "WARNING: symbol ... not available")
    m = re.match(r"(ERROR|Error|WARNING|Warning): ", msg)
    return level(m[1]) if m else None


def cron_level(tag, msg):
    # cron's log_it(): "(user) EVENT (detail)"; the events INFO, ERROR and error are levels, the
    # others (CMD, END, INSECURE MODE) are not. pam, anacron and rsyslogd write no level.
    m = re.match(r"\([^)]*\) (INFO|ERROR|error) \(", msg)
    if m:
        return level(m[1])
    return lead_word_level(msg)


def pure_ftpd_level(tag, msg):
    # pure-ftpd's logfile(): "(user@host) [LEVEL] text"
    m = re.match(r"\([^)]*\) \[(DEBUG|INFO|NOTICE|WARNING|ERROR)\] ", msg)
    return level(m[1]) if m else None


def generic_syslog_level(tag, msg):
    return lead_word_level(msg)


def cron_rsyslog(lines):
    return rsyslog_file(lines, cron_level)


def opendkim_rsyslog(lines):
    return rsyslog_file(lines, generic_syslog_level)


def opendmarc_rsyslog(lines):
    return rsyslog_file(lines, generic_syslog_level)


def pure_ftpd_rsyslog(lines):
    return rsyslog_file(lines, pure_ftpd_level)


def plain_lines(lines):
    # no header at all (smartd -d, avahi-daemon --debug): each line that starts with a non-blank
    # character is a record; blank lines continue the one above
    return by_header(lines, r"^(\S.*)$", lambda m, n, _: rec(n, None, None, None, None, m[1]))


def logrotate_verbose(lines):
    # logrotate -v: no time; "error: " / "warning: " open error and warning lines (the level word
    # is dropped from the message); indented detail lines and blank lines continue the record above
    def b(m, n, _):
        return rec(n, None, level(m[1]), None, None, m[2])
    return by_header(lines, r"^(?:(error|warning): )?(\S.*)$", b)


def tgtd_debug(lines):
    # tgtd -f -d 1: "tgtd: function(line) text" (eprintf/dprintf); a few lines without the prefix
    # (printed by plain fprintf) are records of their own with no service
    def b(m, n, _):
        if m[1]:
            return rec(n, None, None, m[1], None, m[2])
        return rec(n, None, None, None, None, m[3])
    return by_header(lines, r"^(?:(tgtd): \w+\(\d+\) (.*)|(\S.*))$", b)


def opensmtpd_debug(lines):
    # smtpd -d: log.c's "info: ", "warn: ", "debug: " prefixes where it writes one; the session
    # lines ("<id> smtp connected ...") and "smtp-out: ..." have no level
    def b(m, n, _):
        return rec(n, None, level(m[1]), None, None, m[2])
    return by_header(lines, r"^(?:(info|warn|warning|debug|fatal): )?(\S.*)$", b)


def msmtp(lines):
    # msmtp logfile: logfile_time_format default "%b %d %H:%M:%S" (no year), then key=value pairs
    def b(m, n, _):
        h, mi, s = m[3].split(":")
        return rec(n, iso(YEAR, MONTHS[m[1]], m[2], h, mi, s), None, None, None, m[4])
    return by_header(lines, r"^([A-Z][a-z]{2}) (\d\d) (\d\d:\d\d:\d\d) (.*)$", b)


def gearmand(lines):
    # gearmand log file: "%7s %Y-%m-%d %H:%M:%S.%06d [%6s ] text[ -> file.cc:line]"
    # (level right-aligned, thread name in the bracket; the " -> file:line" trailer is a code location)
    def b(m, n, _):
        y, mo, d, h, mi, s = re.split(r"[- :]", m[2])
        msg = re.sub(r" -> [\w/.+-]+:\d+$", "", m[5])
        return rec(n, iso(y, mo, d, h, mi, s, m[3]), level(m[1]), None, None, msg)
    return by_header(lines, r"^ *(FATAL|ALERT|CRITICAL|ERROR|WARNING|NOTICE|INFO|DEBUG) (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\.(\d+) \[ *(\S+) \] (.*)$", b)


def varnishlog_raw(lines):
    # varnishlog -g raw: "%10u %-14s %c %s": vxid, tag, c/b/- (client, backend, neither), data.
    # No time or level; the header is vxid, tag and type: the message is the data (may be empty).
    return by_header(lines, r"^ *\d+ \S+ +[cb-] (.*)$", lambda m, n, _: rec(n, None, None, None, None, m[1]))


def varnishd_foreground(lines):
    # varnishd -F: MGT_Complain()'s "Error: ", "Info: ", "Debug: " prefixes; other lines (the VCC
    # compiler's report, "Child launched OK") continue the record above; line 1 has no prefix.
    # An "Error:" alone on its line has its text on the next line: that line is the message.
    def b(m, n, rec_lines):
        msg = m[2] or ""
        if not msg and len(rec_lines) > 1:
            msg = rec_lines[1]
        return rec(n, None, level(m[1]), None, None, msg)
    return by_header(lines, r"^(Error|Info|Debug|Warning):(?: (.*))?$", b)


def rsnapshot(lines):
    # rsnapshot logfile: "[%Y-%m-%dT%H:%M:%S] text"; "WARNING: " opening the text is its level (dropped
    # from the message); "<invocation>: ERROR: ..." is an error whose text is kept whole; a long
    # line wraps with " \" and the rest indented on the next line (a continuation)
    def b(m, n, _):
        y, mo, d, h, mi, s = re.split(r"[-T:]", m[1])
        msg = m[2]
        lvl = None
        w = re.match(r"(WARNING|ERROR): (.*)$", msg)
        if w:
            lvl, msg = level(w[1]), w[2]
        elif re.match(r"/\S+ .*?: ERROR: ", msg):
            lvl = "ERROR"
        return rec(n, iso(y, mo, d, h, mi, s), lvl, None, None, msg)
    return by_header(lines, r"^\[(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\] (.*)$", b)


def lsyncd(lines):
    # lsyncd logfile: os.date() "%a %b %e %H:%M:%S %Y" then "Category: text"; Normal -> INFO,
    # Error, Warn; debug categories enabled by -log (Exec here) -> DEBUG. The rsync filter lists
    # it logs carry newlines: their lines continue the record.
    def b(m, n, _):
        h, mi, s = m[3].split(":")
        return rec(n, iso(m[4], MONTHS[m[1]], m[2], h, mi, s), level(m[5]), None, None, m[6])
    return by_header(lines, r"^(?:Sun|Mon|Tue|Wed|Thu|Fri|Sat) ([A-Z][a-z]{2}) ([ \d]\d) (\d\d:\d\d:\d\d) (\d{4}) (Normal|Error|Warn|Exec): (.*)$", b)


def xinetd_filelog(lines):
    # xinetd -filelog: its own messages "yy/m/d@HH:MM:SS xinetd[pid]: LEVEL: text" (the day is not
    # zero-padded: "26/12/4@18:53:01"; month and hour may not be either), and the services'
    # log_type FILE lines in the same file, "yy/m/d@HH:MM:SS: entry: service-id data"
    # (xinetd.log(5)): the service is the
    # service-id, no level (START/EXIT/FAIL is the entry type), the message the whole entry
    def b(m, n, _):
        y, mo, d, h, mi, s = m[1], m[2], m[3], m[4], m[5], m[6]
        t = iso(2000 + int(y), mo, d, h, mi, s)
        if m[7]:
            return rec(n, t, level(m[8]), m[7], None, m[9])
        return rec(n, t, None, m[11], None, m[10])
    return by_header(lines, r"^(\d\d)/(\d\d?)/(\d\d?)@(\d\d?):(\d\d):(\d\d)(?: (xinetd)\[\d+\]: (DEBUG|INFO|NOTICE|WARNING|ERROR|CRITICAL): (.*)|: ((?:START|EXIT|FAIL|USERID|NOID): (\S+).*))$", b)


def bacula_fd_debug(lines):
    # bacula-fd -d 200 -dt: "%d-%b-%Y %H:%M:%S name: file.c:line-jobid text"; the daemon's name is the
    # service; lines without the dated prefix (the parts of a text with newlines, a fatal message
    # printed without -dt's time) continue the record above
    def b(m, n, _):
        d, mon, y, hms = m[1], m[2], m[3], m[4]
        h, mi, s = hms.split(":")
        return rec(n, iso(y, MONTHS[mon], d, h, mi, s), None, m[5], None, m[6])
    return by_header(lines, r"^(\d\d)-([A-Z][a-z]{2})-(\d{4}) (\d\d:\d\d:\d\d) (\S+): [\w.]+:\d+-\d+ (.*)$", b)


def bacula_fd(lines):
    # Bacula Messages resource, append = file: "%d-%b %H:%M name[ JobId N]: text" (no year, no
    # seconds); the text's opening "Fatal Error"/"Security Alert" is its message type: level
    def b(m, n, _):
        h, mi = m[3].split(":")
        t = re.match(r"(Fatal Error|Fatal error|Error|Warning|Security Alert)\b", m[5])
        return rec(n, iso(YEAR, MONTHS[m[2]], m[1], h, mi, 0), level(t[1]) if t else None, m[4], None, m[5])
    return by_header(lines, r"^(\d\d)-([A-Z][a-z]{2}) (\d\d:\d\d) (\S+?)(?: JobId \d+)?: (.*)$", b)


FILES = {
    "cron_rsyslog.log": cron_rsyslog,
    "opendkim_rsyslog.log": opendkim_rsyslog,
    "opendmarc_rsyslog.log": opendmarc_rsyslog,
    "pure_ftpd_rsyslog.log": pure_ftpd_rsyslog,
    "logrotate_verbose.log": logrotate_verbose,
    "smartd_debug.log": plain_lines,
    "avahi_daemon_debug.log": plain_lines,
    "tgtd_debug.log": tgtd_debug,
    "opensmtpd_debug.log": opensmtpd_debug,
    "msmtp.log": msmtp,
    "gearmand_34a.log": gearmand,  # (gearmand.log: named so in the repository, beside session 34b's)
    "varnishlog_raw.log": varnishlog_raw,
    "varnishd_foreground.log": varnishd_foreground,
    "rsnapshot.log": rsnapshot,
    "lsyncd.log": lsyncd,
    "xinetd_filelog.log": xinetd_filelog,
    "bacula_fd_debug.log": bacula_fd_debug,
    "bacula_fd.log": bacula_fd,
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
