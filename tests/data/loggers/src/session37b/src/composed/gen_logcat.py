#!/usr/bin/env python3
"""Compose Android logcat output in three formats that were not yet in the corpus, from one list of log entries.

No Android device or emulator is available here, so the entries below are written by hand (a shop app that
starts, logs in every priority, crashes with an uncaught exception and a native abort) and rendered exactly as
AOSP's liblog formats them: android_log_formatLogLine() in
https://android.googlesource.com/platform/system/logging/+/refs/heads/main/liblog/logprint.cpp
(read through the search tool's stored copy), with logcat's buffer dividers
("--------- beginning of main", printed by logcat.cpp when the buffer of the next entry changes).

Rules taken from that source:
- priority letters V D I W E F (filterPriToChar; ANDROID_LOG_FATAL is 'F': logprint writes no 'A');
- time: strftime "%m-%d %H:%M:%S" (with -v year "%Y-%m-%d %H:%M:%S"), then ".%03ld" ms (-v usec ".%06ld"),
  then with -v zone strftime " %z"; times are the device's local time;
- -v uid: "%5s:" with the user name when it is 5 characters or fewer (root, shell), else "%5d:" with the
  number; threadtime replaces that ':' with ' ';
- long:    "[ %s %s%5d:%5d %c/%-8.*s ]\n" + message (all its lines, as they are) + "\n\n";
- process: "%c(%s%5d) " + message line + "  (%.*s)\n", repeated for every line of a multi-line message;
- threadtime: "%s %s%5d %5d %c %-8.*s: " + message line + "\n", repeated for every line of the message.
Non-printable bytes are not escaped (-v printable is off by default): UTF-8 and TABs pass through.

Outputs (out/): logcat_long.log (-v long; device TZ=UTC), logcat_process.log (-v process),
logcat_year_usec_zone_uid.log (-v threadtime -v year -v usec -v zone -v uid; device TZ America/Los_Angeles,
-0800 in December). Lines end in "\n" (adb's default on Linux/macOS hosts).
"""
import os
from datetime import datetime, timedelta, timezone

OUT = os.environ.get("OUT", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "out"))
T0 = datetime(2026, 12, 5, 9, 41, 7, 120345, tzinfo=timezone.utc)
UIDNAME = {0: "root", 2000: "shell", 1000: "system", 1001: "radio", 10231: "u0_a231", 1041: "audioserver"}

# (ms after T0, buffer, pid, tid, uid, priority, tag, message)
E = [
    (0, "main", 612, 612, 1041, "I", "AudioFlinger", "loadHwModule() Loaded primary audio interface, handle 10"),
    (15, "system", 1532, 1560, 1000, "I", "ActivityManager",
     "Start proc 8211:com.example.shop/u0a231 for next-top-activity {com.example.shop/com.example.shop.MainActivity}"),
    (18, "system", 1532, 1561, 1000, "W", "ActivityManager",
     "Slow operation: 112ms so far, now at startProcess: done updating pids map"),
    (40, "main", 8211, 8211, 10231, "I", "Compatibility ChangeReporter",
     "Compat change id reported: 171979766; UID 10231; state: ENABLED"),
    (41, "main", 8211, 8211, 10231, "V", "ShopApp", "onCreate savedInstanceState=null intent=Intent { act=android.intent.action.MAIN }"),
    (43, "main", 8211, 8211, 10231, "D", "ShopApp", "theme=Theme.Shop.DayNight locale=de_DE density=420dpi"),
    (57, "main", 8211, 8233, 10231, "D", "OkHttp", "--> GET https://api.example.com/v1/cart?lang=de&size=42"),
    (58, "main", 8211, 8233, 10231, "D", "OkHttp", "Accept-Language: de-DE,de;q=0.9\tX-Trace: 7f3a"),
    (230, "main", 8211, 8233, 10231, "D", "OkHttp", "<-- 200 OK https://api.example.com/v1/cart?lang=de&size=42 (172ms, 1.2kB body)"),
    (231, "main", 8211, 8211, 10231, "I", "ShopApp", "Größe gewählt: 42 — Lieferung nach 東京 ✓ (Warenkorb: 3 Artikel)"),
    (232, "main", 8211, 8211, 10231, "D", "TimberTree", ""),
    (240, "main", 8211, 8230, 10231, "W", "OpenGLRenderer", "Davey! duration=812ms; Flags=1, FrameTimelineVsyncId=118822, IntendedVsync=8032151208, Vsync=8032151208"),
    (241, "main", 8211, 8211, 10231, "I", "Choreographer",
     "Skipped 47 frames!  The application may be doing too much work on its main thread."),
    (400, "main", 8211, 8211, 10231, "D", "ReactNativeJSBridgeLongTagName",
     "callFunctionReturnFlushedQueue module=RCTEventEmitter method=receiveTouches args=[\"topTouchEnd\",[{\"target\":31}]]"),
    (401, "main", 8211, 8211, 10231, "I", "ReactNativeJS", "'checkout pressed', { total: '129,90 €', items: 3 }"),
    (512, "main", 8211, 8233, 10231, "E", "ShopApp", "checkout failed: HTTP 503 Service Unavailable (retry in 2s)"),
    (513, "main", 8211, 8233, 10231, "W", "System.err", "java.net.SocketTimeoutException: timeout"),
    (513, "main", 8211, 8233, 10231, "W", "System.err", "\tat okhttp3.internal.http2.Http2Stream$StreamTimeout.newTimeoutException(Http2Stream.kt:675)"),
    (513, "main", 8211, 8233, 10231, "W", "System.err", "\tat com.example.shop.net.CartApi.checkout(CartApi.kt:54)"),
    (600, "main", 8211, 8211, 10231, "I", "chatty", "uid=10231(com.example.shop) RenderThread identical 4 lines"),
    (700, "main", 1532, 1590, 1000, "I", "InputDispatcher", "Window 'c1a2b3 com.example.shop/com.example.shop.MainActivity' spent 5012ms processing KeyEvent"),
    (903, "crash", 8211, 8211, 10231, "E", "AndroidRuntime",
     "FATAL EXCEPTION: main\nProcess: com.example.shop, PID: 8211\njava.lang.IllegalStateException: cart must not be null\n"
     "\tat com.example.shop.CartFragment.onResume(CartFragment.kt:88)\n\tat androidx.fragment.app.Fragment.performResume(Fragment.java:3180)\n"
     "\tat android.os.Handler.handleCallback(Handler.java:958)"),
    (910, "system", 1532, 1600, 1000, "W", "ActivityTaskManager", "  Force finishing activity com.example.shop/.MainActivity"),
    (930, "main", 8211, 8211, 10231, "I", "Process", "Sending signal. PID: 8211 SIG: 9"),
    (1210, "main", 8311, 8340, 10231, "F", "libc",
     "Fatal signal 6 (SIGABRT), code -1 (SI_QUEUE) in tid 8340 (RenderThread), pid 8311 (example.shop)"),
    (1390, "crash", 8360, 8360, 0, "F", "DEBUG", "*** *** *** *** *** *** *** *** *** *** *** *** *** *** *** ***"),
    (1391, "crash", 8360, 8360, 0, "F", "DEBUG", "Build fingerprint: 'google/oriole/oriole:14/AP2A.240905.003/12231197:user/release-keys'"),
    (1391, "crash", 8360, 8360, 0, "F", "DEBUG", "pid: 8311, tid: 8340, name: RenderThread  >>> com.example.shop <<<"),
    (1392, "crash", 8360, 8360, 0, "F", "DEBUG", "Abort message: 'Failed to create EGLSurface for window 0x7c1e2f9e10, eglErr = EGL_BAD_ALLOC'"),
    (1600, "system", 1532, 1563, 1000, "I", "ActivityManager", "Process com.example.shop (pid 8311) has died: fg  TOP "),
    (1601, "system", 1532, 1563, 1000, "W", "ActivityManager", "Scheduling restart of crashed service com.example.shop/.sync.CartSyncService in 1000ms for start-requested"),
    (1700, "main", 9012, 9012, 2000, "I", "am", "Starting: Intent { act=android.intent.action.MAIN cat=[android.intent.category.LAUNCHER] cmp=com.example.shop/.MainActivity }"),
    (1702, "radio", 2210, 2298, 1001, "D", "RILJ", "[UNSL]< UNSOL_SIGNAL_STRENGTH {CellSignalStrengthNr:{ csiRsrp = -95 csiRsrq = -11 }} [PHONE0]"),
    (1710, "main", 1532, 1560, 1000, "E", "PackageManager", "Cannot find package com.example.shop.debug: android.content.pm.PackageManager$NameNotFoundException"),
    (1711, "main", 1532, 1560, 1000, "V", "WindowManager", "Relayout Window{c1a2b3 u0 com.example.shop/com.example.shop.MainActivity}: viewVisibility=0 req=1080x2400"),
]


def when(ms):
    return T0 + timedelta(milliseconds=ms)


def uidfield(uid):
    name = UIDNAME.get(uid)
    if name is not None and len(name) <= 5:
        return "%5s:" % name
    return "%5d:" % uid


def dividers(lines_out, entry, state):
    # logcat.cpp Logcat::PrintDividers: "--------- beginning of <buffer>" the first time an entry of that buffer is
    # printed; "--------- switch to <buffer>" only with -D/--dividers (not used here)
    buf = entry[1]
    if buf not in state:
        lines_out.append("--------- beginning of %s\n" % buf)
        state[buf] = True


def long_format():
    out, st = [], {}
    for e in E:
        ms, buf, pid, tid, uid, pri, tag, msg = e
        dividers(out, e, st)
        t = when(ms)
        tb = t.strftime("%m-%d %H:%M:%S") + ".%03d" % (t.microsecond // 1000)
        out.append("[ %s %5d:%5d %c/%-8s ]\n" % (tb, pid, tid, pri, tag) + msg + "\n\n")
    return "".join(out)


def process_format():
    out, st = [], {}
    for e in E:
        ms, buf, pid, tid, uid, pri, tag, msg = e
        dividers(out, e, st)
        for line in (msg.split("\n") if msg else [""]):
            out.append("%c(%5d) %s  (%s)\n" % (pri, pid, line, tag))
    return "".join(out)


def threadtime_mod_format():
    tz = timezone(timedelta(hours=-8))   # America/Los_Angeles in December (PST)
    out, st = [], {}
    for e in E:
        ms, buf, pid, tid, uid, pri, tag, msg = e
        dividers(out, e, st)
        t = when(ms).astimezone(tz)
        tb = t.strftime("%Y-%m-%d %H:%M:%S") + ".%06d" % t.microsecond + t.strftime(" %z")
        u = uidfield(uid).replace(":", " ", 1)
        for line in (msg.split("\n") if msg else [""]):
            out.append("%s %s%5d %5d %c %-8s: %s\n" % (tb, u, pid, tid, pri, tag, line))
    return "".join(out)


def main():
    for name, text in [("logcat_long.log", long_format()), ("logcat_process.log", process_format()),
                       ("logcat_year_usec_zone_uid.log", threadtime_mod_format())]:
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        print(name, text.count("\n"), "lines")


if __name__ == "__main__":
    main()
