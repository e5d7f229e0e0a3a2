#!/usr/bin/env python3
"""Compose macOS unified-log extracts as `log show` prints them in four styles, from one list of entries.

There is no Mac here; the entries are written by hand (a MacBook waking, a Time Machine backup failing, a
sandbox denial, a camera fault, an app's Python traceback logged as one multi-line entry, non-ASCII text) and
rendered after Apple's log(1) man page (`--style default|compact|syslog|json|ndjson`, `--info`, `--debug`,
`--timezone`) and the output published from real Macs (each layout detail below names what it follows):

- default style: header "Timestamp                       Thread     Type        Activity             PID    TTL  "
  and rows "<YYYY-MM-DD hh:mm:ss.uuuuuu+zzzz> <thread hex, %-10s> <type %-11s> <activity hex %-20s> <pid %-6s>
  <ttl %-4s> <process>: (<sender image>) [<subsystem>:<category>] <message>", the "(sender)" part only when the
  sender image is not the process' own, "[s:c]" only with a subsystem; a multi-line message goes on over the
  following lines as it is; the closing statistics ("-"*116, "Log      - Default: ...", "Activity - Create: ...").
  As in the rows published in e.g. https://eclecticlight.co/2022/08/26/unified-log-structure-and-available-data/
  and the many `log show` captures quoted in public repositories (stored copies read through the search tool).
- compact style (`--style compact --timezone UTC`, so its zone-less times are UTC): header
  "Timestamp               Ty Process[PID:TID]", rows "<YYYY-MM-DD hh:mm:ss.mmm> <Ty> <process>[<pid>:<tid hex>]
  (<sender>) [<subsystem>:<category>] <message>". Published rows show "Df" (Default) and "E " (Error); "I ",
  "Db" and "F " for Info, Debug and Fault are ASSUMED by analogy (not seen in a published capture).
- syslog style: header "Timestamp                       (process)[PID]    ", rows "<timestamp>  localhost
  <process>[<pid>]: (<sender>) [<subsystem>:<category>] <message>" (two spaces after the time; no type column),
  as in the published captures (e.g. "2023-05-26 13:42:44.136082+0200  localhost kernel[0]: (Sandbox) ...").
- ndjson style: one JSON object a line with the keys in the order of published captures (timezoneName,
  messageType, eventType, source, formatString, userID, activityIdentifier, subsystem, category, threadID,
  senderImageUUID, backtrace, bootUUID, processImagePath, senderImagePath, timestamp, machTimestamp,
  eventMessage, processImageUUID, traceID, processID, senderProgramCounter, parentActivityIdentifier), "/" written
  "\\/" (NSJSONSerialization), non-ASCII raw; activity-creation events have eventType "activityCreateEvent" and
  no messageType; the last line is {"count":N,"finished":1}.
The Mac's clock is in Europe/Berlin (+0100 in December): default, syslog and ndjson write "+0100".
Outputs: out/macos_log_show_default.log, macos_log_show_compact.log, macos_log_show_syslog.log,
macos_log_show.ndjson (named .jsonl in out/: macos_log_show_ndjson.jsonl).
"""
import json
import os
from datetime import datetime, timedelta, timezone

OUT = os.environ.get("OUT", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "out"))
LOCAL = timezone(timedelta(hours=1))
T0 = datetime(2026, 12, 5, 8, 2, 11, 4021, tzinfo=timezone.utc)
BOOT = "6F1D2C3B-9A8E-4F70-B1C2-D3E4F5A6B7C8"

# image paths of the processes and sender libraries
IMG = {
    "kernel": "/kernel",
    "AppleACPIPlatform": "/System/Library/Extensions/AppleACPIPlatform.kext/Contents/MacOS/AppleACPIPlatform",
    "AppleH13CamIn": "/System/Library/Extensions/AppleH13CamIn.kext/Contents/MacOS/AppleH13CamIn",
    "Sandbox": "/System/Library/Extensions/Sandbox.kext/Contents/MacOS/Sandbox",
    "backupd": "/System/Library/CoreServices/backupd.bundle/Contents/Resources/backupd",
    "tccd": "/System/Library/PrivateFrameworks/TCC.framework/Support/tccd",
    "mDNSResponder": "/usr/sbin/mDNSResponder",
    "WindowServer": "/System/Library/PrivateFrameworks/SkyLight.framework/Resources/WindowServer",
    "SkyLight": "/System/Library/PrivateFrameworks/SkyLight.framework/Versions/A/SkyLight",
    "loginwindow": "/System/Library/CoreServices/loginwindow.app/Contents/MacOS/loginwindow",
    "bluetoothd": "/usr/sbin/bluetoothd",
    "opendirectoryd": "/usr/libexec/opendirectoryd",
    "softwareupdated": "/System/Library/PrivateFrameworks/SoftwareUpdateCore.framework/Versions/A/Resources/softwareupdated",
    "Preisvergleich": "/Applications/Preisvergleich.app/Contents/MacOS/Preisvergleich",
    "Python": "/Applications/Preisvergleich.app/Contents/Frameworks/Python.framework/Versions/3.12/Python",
    "CFNetwork": "/System/Library/Frameworks/CFNetwork.framework/Versions/A/CFNetwork",
    "powerd": "/System/Library/CoreServices/powerd.bundle/powerd",
    "sudo": "/usr/bin/sudo",
}

# (ms after T0, thread, type, activity, pid, ttl, process, sender or None, subsystem, category, message, uid)
# type: Default Info Debug Error Fault, or "Activity" for an activity-creation event (ndjson only shows these)
E = [
    (0, 0x1f3, "Default", 0x0, 0, 0, "kernel", "AppleACPIPlatform", "", "",
     "AppleACPIPlatformPower Wake reason: XHC1 RTC (Alarm)", 0),
    (1, 0x1f3, "Default", 0x0, 0, 0, "kernel", None, "", "",
     "Wake transition complete: 1102 ms", 0),
    (95, 0x2a11, "Default", 0x0, 105, 0, "powerd", None, "com.apple.powerd", "displayWrangler",
     "Display is turned on", 0),
    (310, 0x3b07, "Info", 0x18a2c, 148, 0, "WindowServer", "SkyLight", "com.apple.SkyLight", "default",
     "<private> display 1 (0x1): mode 2560x1600@60Hz — Built-in Retina Display", 88),
    (311, 0x3b07, "Debug", 0x18a2c, 148, 0, "WindowServer", "SkyLight", "com.apple.SkyLight", "performance",
     "CGXDisplayDidWakeNotification [11825730291187]: posting immediately", 88),
    (700, 0x41c2, "Default", 0x0, 412, 14, "loginwindow", None, "com.apple.loginwindow.logging", "Standard",
     "-[SessionAgentNotificationCenter sendDistributedNotification:withUserInfo:] | sending distributed notification: com.apple.screenIsUnlocked, userInfo: {\n    ScreenLockedSessionIdentifier = 257;\n}", 501),
    (1203, 0x5d0e, "Default", 0x0, 377, 0, "tccd", None, "com.apple.TCC", "access",
     "AUTHREQ_ATTRIBUTION: msgID=377.41, attribution={responsible={TCCDProcess: identifier=com.example.Preisvergleich, pid=2204, auid=501, euid=501, binary_path=/Applications/Preisvergleich.app/Contents/MacOS/Preisvergleich}, requesting={TCCDProcess: identifier=com.example.Preisvergleich, pid=2204}, },", 0),
    (1204, 0x5d0e, "Error", 0x0, 377, 0, "tccd", None, "com.apple.TCC", "access",
     "Refusing authorization request for service kTCCServiceCamera and subject Sub:{com.example.Preisvergleich}Resp:{TCCDProcess: identifier=com.example.Preisvergleich, pid=2204} without NSCameraUsageDescription key", 0),
    (1500, 0x1f3, "Default", 0x0, 0, 0, "kernel", "Sandbox", "", "",
     "Sandbox: Preisvergleich(2204) deny(1) file-read-data /Users/jürgen/Documents/Rechnungen/Übersicht 2026.numbers", 0),
    (1501, 0x1f3, "Default", 0x0, 0, 0, "kernel", "Sandbox", "", "",
     "5 duplicate reports for Sandbox: Preisvergleich(2204) deny(1) file-read-data /Users/jürgen/Documents/Rechnungen/Übersicht 2026.numbers", 0),
    (1900, 0x6e44, "Activity", 0x2a1f0, 2204, 0, "Preisvergleich", None, "", "",
     "Loading Preferences From User Session CFPrefsD", 501),
    (1950, 0x6e44, "Info", 0x2a1f0, 2204, 0, "Preisvergleich", "CFNetwork", "com.apple.CFNetwork", "Summary",
     "Task <4C7E1B2A-0D3F-4E5A-9B8C-7D6E5F4A3B2C>.<1> summary for task success {transaction_duration_ms=231, response_status=200, connection=4, protocol=\"h2\", domain_lookup_duration_ms=18, connect_duration_ms=41, secure_connection_duration_ms=29, request_start_ms=63, response_start_ms=212, response_bytes=48211}", 501),
    (2010, 0x6e44, "Default", 0x0, 2204, 0, "Preisvergleich", "Python", "com.example.Preisvergleich", "python",
     "[PYI-2204:ERROR] Traceback:\nTraceback (most recent call last):\n  File \"app.py\", line 212, in <module>\n  File \"preise/sync.py\", line 88, in run\nUnboundLocalError: cannot access local variable 'session' where it is not associated with a value", 501),
    (2011, 0x6e44, "Error", 0x0, 2204, 0, "Preisvergleich", None, "com.example.Preisvergleich", "sync",
     "Synchronisierung fehlgeschlagen: Zeitüberschreitung nach 30 s (東京 Server) — nächster Versuch in 5 min", 501),
    (2600, 0x7a10, "Debug", 0x0, 211, 0, "bluetoothd", None, "com.apple.bluetooth", "Server.LE.Scan",
     "Device found: CBDevice 7D0E3C21-5F1A-4B2C-8D9E-0A1B2C3D4E5F, BDA 4C:87:5D:1A:2B:3C, Nm 'Kims AirPods Pro', Md AirPods Pro 2, RSSI -61", 0),
    (3000, 0x8111, "Default", 0x0, 690, 0, "mDNSResponder", None, "com.apple.mDNSResponder", "Default",
     "[R3311] getaddrinfo start -- flags: 0xC000D000, ifindex: 0, protocols: 0, hostname: <mask.hash: 'Xq2Z7dBv8mJbN9YqGxgqPg=='>, options: 0x0, client pid: 2204 (Preisvergleich)", 65),
    (3120, 0x8111, "Error", 0x0, 690, 0, "mDNSResponder", None, "com.apple.mDNSResponder", "Default",
     "[R3311->Q44012] Question for \"api.preisvergleich.example.\" (Addr) got NXDOMAIN after 3 attempts", 65),
    (3500, 0x9a02, "Info", 0x3301c, 365, 0, "opendirectoryd", None, "com.apple.opendirectoryd", "session",
     "PID: 2288, Client: 'sudo', exited with 0 session(s), 0 node(s) and 0 active request(s)", 0),
    (3520, 0x9a07, "Default", 0x0, 2288, 0, "sudo", None, "", "",
     "   jürgen : 3 incorrect password attempts ; TTY=ttys002 ; PWD=/Users/jürgen ; USER=root ; COMMAND=/usr/bin/tmutil startbackup", 501),
    (4100, 0xa0c3, "Default", 0x47b12, 741, 0, "backupd", None, "com.apple.TimeMachine", "General",
     "Starting manual backup", 0),
    (4101, 0xa0c3, "Info", 0x47b12, 741, 0, "backupd", None, "com.apple.TimeMachine", "Mounting",
     "Attempting to mount 'smb://kim@nas.local/TimeMachine'", 0),
    (9102, 0xa0c3, "Error", 0x47b12, 741, 0, "backupd", None, "com.apple.TimeMachine", "General",
     "Backup failed (45: BACKUP_FAILED_DESTINATION_NOT_FOUND)", 0),
    (9200, 0x1f3, "Fault", 0x0, 0, 0, "kernel", "AppleH13CamIn", "", "",
     "AppleH13CamIn::ISP_PowerOnCamera - firmware load failed, ret=0xe00002bc, retrying (2/3)", 0),
    (9300, 0xb511, "Fault", 0x0, 502, 0, "softwareupdated", None, "com.apple.SoftwareUpdateMacController", "SU",
     "assertion failed: 23C71: libxpc.dylib + 201636 [0E5D5C2F-9E1A-3A54-8C19-FA2A8C6B7D21]: 0x89", 0),
    (9400, 0xb511, "Default", 0x0, 502, 0, "softwareupdated", None, "com.apple.SoftwareUpdateMacController", "SU",
     "Scan finished: 1 update available (macOS Tahoe 26.2)\t[recommended]", 0),
]

TYPES = {"Default": "Df", "Info": "I ", "Debug": "Db", "Error": "E ", "Fault": "F "}


def ts_local(t):
    lt = t.astimezone(LOCAL)
    return lt.strftime("%Y-%m-%d %H:%M:%S.") + "%06d" % lt.microsecond + lt.strftime("%z")


def composed(proc, sender, sub, cat, msg):
    s = ""
    if sender:
        s += "(%s) " % sender
    if sub:
        s += "[%s:%s] " % (sub, cat)
    return s + msg


def default_style():
    out = ["Timestamp                       Thread     Type        Activity             PID    TTL  \n"]
    counts = {k: 0 for k in ("Default", "Info", "Debug", "Error", "Fault")}
    creates = 0
    for ms, th, ty, act, pid, ttl, proc, sender, sub, cat, msg, uid in E:
        t = T0 + timedelta(milliseconds=ms, microseconds=ms * 7 % 1000)
        if ty == "Activity":
            creates += 1
            continue
        counts[ty] += 1
        out.append("%s %-10s %-11s %-20s %-6s %-4s %s: %s\n" % (
            ts_local(t), hex(th), ty, hex(act), pid, ttl, proc, composed(proc, sender, sub, cat, msg)))
    out.append("-" * 116 + "\n")
    out.append("Log      - Default: %10d, Info: %16d, Debug: %13d, Error: %10d, Fault: %10d\n" % (
        counts["Default"], counts["Info"], counts["Debug"], counts["Error"], counts["Fault"]))
    out.append("Activity - Create: %11d, Transition: %10d, Actions: %11d\n" % (creates, 0, 0))
    return "".join(out)


def compact_style():
    out = ["Timestamp               Ty Process[PID:TID]\n"]
    for ms, th, ty, act, pid, ttl, proc, sender, sub, cat, msg, uid in E:
        if ty == "Activity":
            continue
        t = T0 + timedelta(milliseconds=ms, microseconds=ms * 7 % 1000)   # --timezone UTC
        ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)
        out.append("%s %s %s[%d:%x] %s\n" % (ts, TYPES[ty], proc, pid, th, composed(proc, sender, sub, cat, msg)))
    return "".join(out)


def syslog_style():
    out = ["Timestamp                       (process)[PID]    \n"]
    for ms, th, ty, act, pid, ttl, proc, sender, sub, cat, msg, uid in E:
        if ty == "Activity":
            continue
        t = T0 + timedelta(milliseconds=ms, microseconds=ms * 7 % 1000)
        out.append("%s  localhost %s[%d]: %s\n" % (ts_local(t), proc, pid, composed(proc, sender, sub, cat, msg)))
    return "".join(out)


def ndjson_style():
    lines = []
    n = 0
    for i, (ms, th, ty, act, pid, ttl, proc, sender, sub, cat, msg, uid) in enumerate(E):
        t = T0 + timedelta(milliseconds=ms, microseconds=ms * 7 % 1000)
        mach = 7731022118000 + ms * 24000
        uuid_p = "%08X-%04X-%04X-%04X-%012X" % (0x1A2B3C4D + pid, 0x5E6F, 0x3A7B, 0x8C9D, 0x0E1F2A3B4C5D + pid)
        uuid_s = "%08X-%04X-%04X-%04X-%012X" % (0x2B3C4D5E + len(sender or proc), 0x6F70, 0x3B81, 0x9DAE, 0x1F2A3B4C5D6E + len(sender or proc))
        if ty == "Activity":
            o = {"timezoneName": "", "eventType": "activityCreateEvent", "source": None, "formatString": msg,
                 "userID": uid, "activityIdentifier": act, "subsystem": sub, "category": cat, "threadID": th,
                 "senderImageUUID": uuid_s, "bootUUID": BOOT, "processImagePath": IMG[proc],
                 "senderImagePath": IMG[sender or proc], "timestamp": ts_local(t), "machTimestamp": mach,
                 "eventMessage": msg, "processImageUUID": uuid_p, "traceID": 9876543210000 + i * 4099,
                 "processID": pid, "senderProgramCounter": 40000 + i * 13, "parentActivityIdentifier": 0}
        else:
            o = {"timezoneName": "", "messageType": ty, "eventType": "logEvent", "source": None,
                 "formatString": "%{public}s", "userID": uid, "activityIdentifier": act, "subsystem": sub,
                 "category": cat, "threadID": th, "senderImageUUID": uuid_s,
                 "backtrace": {"frames": [{"imageOffset": 100000 + i * 911, "imageUUID": uuid_s}]},
                 "bootUUID": BOOT, "processImagePath": IMG[proc], "senderImagePath": IMG[sender or proc],
                 "timestamp": ts_local(t), "machTimestamp": mach, "eventMessage": msg, "processImageUUID": uuid_p,
                 "traceID": 9876543210000 + i * 4099, "processID": pid, "senderProgramCounter": 40000 + i * 13,
                 "parentActivityIdentifier": 0}
        lines.append(json.dumps(o, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/") + "\n")
        n += 1
    lines.append('{"count":%d,"finished":1}\n' % n)
    return "".join(lines)


def main():
    for name, text in [("macos_log_show_default.log", default_style()), ("macos_log_show_compact.log", compact_style()),
                       ("macos_log_show_syslog.log", syslog_style()), ("macos_log_show_ndjson.jsonl", ndjson_style())]:
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        print(name, text.count("\n"), "lines")


if __name__ == "__main__":
    main()
