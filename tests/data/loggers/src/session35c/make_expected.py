#!/usr/bin/env python3
"""Write <name>.expected.jsonl for every log in this folder, one small reader per layout.

Standard library only; written from the observed output and the tools' documented formats.
`python3 make_expected.py --check` compares instead of writing and exits 1 on any difference.

Common rule: a line that does not match the layout's header continues the record before it
(no record of its own, blank lines included); a record's message is its first line's text
after the header, as written (trailing spaces kept). Terminal colours (ANSI SGR sequences,
Puppet's console) are not text: they are left out of the message.
"""

import json
import re
import sys
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent

LEVELS = {
    "TRACE": "DEBUG", "DEBUG": "DEBUG", "VERBOSE": "DEBUG", "GARBAGE": "DEBUG", "PROFILE": "DEBUG",
    "INFO": "INFO", "NOTICE": "INFO", "NOTE": "INFO",
    "WARN": "WARN", "WARNING": "WARN",
    "ERR": "ERROR", "ERROR": "ERROR",
    "CRIT": "FATAL", "CRITICAL": "FATAL", "ALERT": "FATAL", "EMERG": "FATAL", "EMERGENCY": "FATAL", "FATAL": "FATAL",
}
SGR = re.compile(r"\x1b\[[0-9;]*m")


def level(word):
    return LEVELS[word.strip().upper()] if word and word.strip() else None


def iso(y, mo, d, h, mi, s, frac=""):
    ms = (frac + "000")[:3]
    return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}T{int(h):02d}:{int(mi):02d}:{int(s):02d}.{ms}Z"


def iso_offset(y, mo, d, h, mi, s, off, frac=""):
    # a local time with a +hhmm offset -> UTC
    dt = datetime(int(y), int(mo), int(d), int(h), int(mi), int(s), tzinfo=UTC)
    sign = 1 if off[0] == "+" else -1
    dt -= sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5]))
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + "." + (frac + "000")[:3] + "Z"


def epoch(value):
    # epoch seconds as a Decimal (exact) -> ISO, truncated to the millisecond
    ms = int(value * 1000)
    return datetime.fromtimestamp(ms // 1000, UTC).strftime("%Y-%m-%dT%H:%M:%S") + f".{ms % 1000:03d}Z"


def rec(line, time, lvl, service, host, message):
    return {"line": line, "time": time, "level": lvl, "service": service, "host": host, "message": message}


def by_header(lines, pattern, build):
    """Records start at lines matching pattern; build(match, lineno, record_lines) -> record."""
    rx = re.compile(pattern)
    starts = [(i, m) for i, text in enumerate(lines) if (m := rx.match(text))]
    out = []
    for k, (i, m) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        out.append(build(m, i + 1, lines[i:end]))
    return out


def app_level(text):
    # a line a supervised program wrote: the level word its text opens with ("WARNING: ", "ERROR: "), else none
    m = re.match(r"(WARNING|ERROR): ", text)
    return level(m[1]) if m else None


# --- one reader per layout -------------------------------------------------------------------

def ansible(lines):
    # ANSIBLE_LOG_PATH: "%(asctime)s p=%(process)d u=%(user)s n=%(name)s | %(message)s" (asctime local = UTC).
    # No level field; the display's own prefixes give one: "[WARNING]: ", "[DEPRECATION WARNING]: " -> WARN,
    # "ERROR! " -> ERROR (kept in the message). Task results ("ok:", "changed:", "fatal: [h]: FAILED!") are not
    # levels: null. service: n= (the logger name); u= is the user, not a host.
    def b(m, n, _):
        msg = m[9]
        lv = "WARN" if re.match(r"\[(DEPRECATION )?WARNING\]: ", msg) else "ERROR" if msg.startswith("ERROR! ") else None
        return rec(n, iso(*m.groups()[:7]), lv, m[8], None, msg)
    return by_header(lines, r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d),(\d{3}) p=\d+ u=\S+ n=(\S+) \| (.*)$", b)


def puppet_logdest(lines):
    # puppet apply --logdest FILE: "%Y-%m-%d %H:%M:%S %z SOURCE (LEVEL): message"; SOURCE (Puppet, Facter,
    # Scope(Class[main]), /Stage[main]/Main/File[...]/ensure) is the service, as written
    def b(m, n, _):
        return rec(n, iso_offset(*m.groups()[:7]), level(m[9]), m[8], None, m[10])
    return by_header(lines, r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) ([+-]\d{4}) (.+?) "
                            r"\((debug|info|notice|warning|err|alert|emerg|crit)\): (.*)$", b)


def puppet_console(lines):
    # puppet apply's console (stdout+stderr, colours on by default even when not a TTY):
    # "\e[..mLevel: message\e[0m"; no time; the source is written into the text when it is not "Puppet"
    # ("Error: Facter: ...", "Notice: /Stage[main]/...: created"): kept in the message, service null
    plain = [SGR.sub("", t) for t in lines]
    def b(m, n, _):
        return rec(n, None, level(m[1]), None, None, m[2])
    return by_header(plain, r"^(Debug|Info|Notice|Warning|Error|Alert|Emergency|Critical): (.*)$", b)


def packer(lines):
    # PACKER_LOG=1, PACKER_LOG_PATH: Go's log "YYYY/MM/DD HH:MM:SS " (local = UTC); a plugin's lines are
    # relayed as "packer-builder-null plugin: ..." (service: the plugin); "[INFO] " / "[WARN] " / "[ERR] " /
    # "[DEBUG] " / "[TRACE] " after it give the level (hashicorp/logutils), else none ("ui error:" is a channel,
    # not a level). message: after the plugin prefix and the level bracket.
    def b(m, n, _):
        rest = m[7]
        svc = None
        if pm := re.match(r"(packer-[a-z]+-[\w-]+) plugin: (.*)$", rest):
            svc, rest = pm[1], pm[2]
        lv = None
        if lm := re.match(r"\[(TRACE|DEBUG|INFO|WARN|ERR|ERROR)\] (.*)$", rest):
            lv, rest = level(lm[1]), lm[2]
        return rec(n, iso(*m.groups()[:6]), lv, svc, None, rest)
    return by_header(lines, r"^(\d{4})/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d) (.*)$", b)


def vagrant(lines):
    # VAGRANT_LOG=info on stderr: Log4r's default "%5l %c: %m" (level right-aligned, the logger's last name);
    # no time. Vagrant's UI text (the error explanation, help) written between them continues the record before.
    return by_header(lines, r"^ *(TRACE|DEBUG|INFO|WARN|ERROR|FATAL) ([^ :]+): (.*)$",
                     lambda m, n, _: rec(n, None, level(m[1]), m[2], None, m[3]))


def serf(lines):
    # serf agent stdout: "==> " banner lines (no time or level) and "    YYYY/MM/DD HH:MM:SS [LEVEL] subsystem: msg"
    # (local = UTC); the subsystem ("agent", "agent.ipc", "serf", "memberlist") is the service, the message
    # follows it. Indented banner settings and a multi-line error's "\t* ..." lines continue the record before.
    def b(m, n, _):
        if m[1] is not None:
            return rec(n, None, None, None, None, m[1])
        msg = m[9]
        svc = None
        if sm := re.match(r"([a-z][\w.-]*): (.*)$", msg):
            svc, msg = sm[1], sm[2]
        return rec(n, iso(*m.groups()[1:7]), level(m[8]), svc, None, msg)
    return by_header(lines, r"^(?:==> (.*)|    (\d{4})/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d) \[(\w+)\] (.*))$", b)


def salt_call(lines):
    # salt's log_fmt_logfile: "%(asctime)s,%(msecs)03d [%(name)-17s:%(lineno)-4d][%(levelname)-8s][%(process)d]
    # %(message)s"; name = service; PROFILE (15) and GARBAGE/TRACE -> DEBUG, CRITICAL -> FATAL
    def b(m, n, _):
        return rec(n, iso(*m.groups()[:7]), level(m[9]), m[8], None, m[10])
    return by_header(lines, r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d),(\d{3}) \[([^\s:\]]+) *:\s*\d+ *\]"
                            r"\[([A-Z]+) *\]\[\d+\] (.*)$", b)


def cfengine(lines):
    # cf-agent -I (inform) console: "%8s: message" (level right-aligned: verbose, info, notice, warning, error,
    # critical) and "R: " report lines (level none); no time. A notice's quoted command output ("Q: ...") goes on
    # over several lines: the later lines continue it.
    def b(m, n, _):
        if m[1]:
            return rec(n, None, level(m[1]), None, None, m[2])
        return rec(n, None, None, None, None, m[3])
    return by_header(lines, r"^(?: *(debug|verbose|info|notice|warning|error|critical|alert|emergency): (.*)|R: (.*))$", b)


def honcho(lines):
    # honcho start (not a TTY): "HH:MM:SS name.N | line" (time of day only -> null); the process name (web.1,
    # worker.1, honcho's own "system") is the service; the program's line opens with WARNING:/ERROR: -> level
    def b(m, n, _):
        return rec(n, None, app_level(m[2]) if m[1] != "system" else None, m[1], None, m[2])
    return by_header(lines, r"^\d\d:\d\d:\d\d (\S+) *\| (.*)$", b)


def circusd(lines):
    # circusd --log-output FILE, default format "%(asctime)s %(name)s[%(process)d] [%(levelname)s] %(message)s"
    def b(m, n, _):
        return rec(n, iso(*m.groups()[:6]), level(m[8]), m[7], None, m[9])
    return by_header(lines, r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) (\S+)\[\d+\] \[([A-Z]+)\] (.*)$", b)


def nox(lines):
    # nox's logger on stderr, not a TTY: "nox > message" (no time, no level); the commands' own output lines
    # and a message's second line have no prefix: they continue the record before. "nox" is the service.
    return by_header(lines, r"^(nox) > (.*)$", lambda m, n, _: rec(n, None, None, m[1], None, m[2]))


def buildbot_twistd(lines):
    # twistd.log (Twisted's classic text log): "YYYY-mm-dd HH:MM:SS+0000 [system] message"; "[-]" names no
    # system (null); no level. Environment dumps and tracebacks (tab-indented) continue the record.
    def b(m, n, _):
        return rec(n, iso_offset(*m.groups()[:6], m[7]), None, None if m[8] == "-" else m[8], None, m[9])
    return by_header(lines, r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)([+-]\d{4}) \[([^\]]*)\] (.*)$", b)


def borg_debug(lines):
    # borg --debug, stdout and stderr: bare messages (borg's default log format is "%(message)s"), no header:
    # each non-blank line is a record, message whole, except a Python traceback ("Traceback (most recent call
    # last):", its indented lines and the exception line that ends it), which continues the record before
    out = []
    in_tb = False
    for i, t in enumerate(lines, 1):
        if in_tb:
            if not t.startswith(" "):
                in_tb = False  # the exception line closes the traceback
            continue
        if t == "Traceback (most recent call last):" and out:
            in_tb = True
            continue
        if t.strip():
            out.append(rec(i, None, None, None, None, t))
    return out


def borg_log_json(lines):
    # borg --log-json: {"type": "log_message", "time": epoch s, "levelname", "name", "message"[, "msgid"]} and
    # {"type": "file_status", "status", "path"} (create --list): no time, level or logger; its message is
    # "status path", as borg prints it without --log-json
    out = []
    for i, t in enumerate(lines, 1):
        d = json.loads(t, parse_float=Decimal)
        if d["type"] == "file_status":
            out.append(rec(i, None, None, None, None, f"{d['status']} {d['path']}"))
        else:
            out.append(rec(i, epoch(d["time"]), level(d["levelname"]), d["name"], None, d["message"]))
    return out


def duplicity(lines):
    # duplicity --log-file: "LEVEL code [extra]" (DEBUG, INFO, NOTICE, WARNING, ERROR), then the message lines
    # prefixed ". ", then a blank line; INFO 3 (collection-status) puts data lines before its ". " lines.
    # No time. message: the first ". " line's text.
    def b(m, n, rl):
        msg = next((t[2:] for t in rl[1:] if t.startswith(". ") or t == "."), "")
        return rec(n, None, level(m[1]), None, None, msg)
    return by_header(lines, r"^(DEBUG|INFO|NOTICE|WARNING|ERROR) \d+(?: .*)?$", b)


def rdiff_backup(lines):
    # rdiff-backup-data/backup.log at -v5: "ERROR: ", "WARNING: ", "NOTE: " prefixes (verbosity 1-3) and "* " for
    # verbosity 4-5 (info: INFO at -v5); no time. The ability tables continue the "* ----" line before them.
    def b(m, n, _):
        return rec(n, None, level(m[1]) if m[1] else "INFO", None, None, m[2] if m[1] else m[3])
    return by_header(lines, r"^(?:(ERROR|WARNING|NOTE): (.*)|\* (.*))$", b)


def azure_cli(lines):
    # az --debug on stderr (with the command's stdout): "LEVEL: logger: message" (knack's CLI handler);
    # the logger is the service. Tracebacks, pretty-printed JSON output and help text continue the record before.
    return by_header(lines, r"^(DEBUG|INFO|WARNING|ERROR|CRITICAL): ([^\s:]+): (.*)$",
                     lambda m, n, _: rec(n, None, level(m[1]), m[2], None, m[3]))


FILES = {
    "ansible.log": ansible,
    "ansible_vvv.log": ansible,
    "puppet_logdest.log": puppet_logdest,
    "puppet_console.log": puppet_console,
    "packer.log": packer,
    "vagrant.log": vagrant,
    "serf_agent.log": serf,
    "salt_call_debug.log": salt_call,
    "cfengine_agent.log": cfengine,
    "honcho.log": honcho,
    "circusd.log": circusd,
    "circusd_debug.log": circusd,
    "nox.log": nox,
    "buildbot_twistd.log": buildbot_twistd,
    "borg_debug.log": borg_debug,
    "borg_log_json.jsonl": borg_log_json,
    "duplicity.log": duplicity,
    "rdiff_backup.log": rdiff_backup,
    "azure_cli_debug.log": azure_cli,
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
