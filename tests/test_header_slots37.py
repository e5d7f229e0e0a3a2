"""Header slots learned in session 37: OpenLDAP 2.5's and 2.6's debug lines (`slapd -d stats`, as a
container writes them: the time in hex seconds `.` hex nanoseconds, then the thread in hex), and
GStreamer's debug log without colours (the pipeline's running time, no instant; its thread pointer no
service)."""

from __future__ import annotations

from datetime import UTC, datetime

from helpers import read_both_paths
from logmr.formats.times import time_to_iso

SLAPD = [
    "6b10ef43.150e36b0 0x7f5de701f200 slapd starting",
    "6b10ef44.31cd72fb 0x7f5de3dfe6c0 conn=1000 fd=11 ACCEPT from IP=127.0.0.1:43604 (IP=127.0.0.1:5434)",
    '6b10ef44.31cfe02e 0x7f5de3dfe6c0 conn=1000 op=0 BIND dn="cn=admin,dc=shop,dc=test" method=128',
    '6b10ef44.3a1b2c3d 0x7f5de35fd6c0 conn=1000 op=1 SRCH base="ou=Bücher,dc=shop,dc=test" scope=2',
]
GSTREAMER = [
    "0:00:00.000164664 31683 0x55622e622e00 INFO                GST_INIT gst.c:576:init_pre: Initializing GStreamer",
    "0:00:00.000212095 31683 0x55622e622e00 INFO                GST_INIT gst.c:577:init_pre: Using library",
    "0:00:01.120222470 31683 0x55622e70a180 WARN             basesrc gstbasesrc.c:3132:gst_base_src_loop: error",
]


def test_openldap_hex_time_and_thread() -> None:
    records = read_both_paths(SLAPD)
    seconds = int("6b10ef44", 16)
    assert records[1].time == datetime.fromtimestamp(seconds, UTC).replace(microsecond=int("31cd72fb", 16) // 1000)
    assert [record.message for record in records] == [line.split(" ", 2)[2] for line in SLAPD]
    assert records[3].fields["pid"] == "0x7f5de35fd6c0" and records[3].service == "app"
    assert time_to_iso("hex_epoch", "6b10ef44.ffffffff") is None  # (nanoseconds past a second: none)


def test_gstreamer_running_time_is_no_instant_and_its_pointer_no_service() -> None:
    records = read_both_paths(GSTREAMER)
    assert [record.time for record in records] == [None] * 3
    # (the category the service, the code location a field: the pointer was the service, or the running time)
    assert [record.service for record in records] == ["GST_INIT", "GST_INIT", "basesrc"]
    assert [record.message for record in records] == ["Initializing GStreamer", "Using library", "error"]
    assert records[2].fields["tid"] == "0x55622e70a180"
    assert [record.level for record in records] == ["INFO", "INFO", "WARN"]


CHROMIUM = [
    "[3814:3831:1205/022413.609340:ERROR:dbus/bus.cc:405] Failed to connect to the bus: No such file or directory",
    "[3814:3814:1205/022413.700000:VERBOSE1:content/browser/zygote_host/zygote_host_impl_linux.cc(118)] Zygote up",
    "[3814:3814:1205/022414.000001:WARNING:chrome/browser/ui/ui.cc(42)] Größe unbekannt",
    '[3814:3814:1205/022414.100000:INFO:CONSOLE(1)] "Uncaught ReferenceError", source: x.js (1)',
    "[1205/022415.000000:FATAL:base/check.cc(7)] Check failed: ok.",  # (a build that writes no pid and tid)
]


def test_chromium_bracket_of_pid_time_level_and_location() -> None:
    records = read_both_paths(CHROMIUM)
    assert [record.level for record in records] == ["ERROR", "DEBUG", "WARN", "INFO", "FATAL"]  # (VERBOSE1: DEBUG)
    assert records[0].time.replace(year=2026).isoformat().startswith("2026-12-05T02:24:13.609340")
    assert [record.message for record in records] == [line.split("] ", 1)[1] for line in CHROMIUM]
    assert {record.service for record in records} == {"app"}  # (a code location is no service)


FIREFOX = [
    "2026-12-05 02:25:47.377909 UTC - [Parent 7523: Main Thread]: I/URLPreloader Reading downloads.properties",
    "2026-12-05 02:25:47.401000 UTC - [Parent 7523: Socket Thread]: E/nsHttp nsHttpChannel::OnStart [this=7f29]",
    "2026-12-05 02:25:47.402000 UTC - [Child 7813: Main Thread]: W/textrun Größe: 12",
    "2026-12-05 02:25:47.403000 UTC - [Parent 7523: Main Thread]: V/Process  spawning child",
    "2026-12-05 02:25:47.404000 UTC - [Parent 7523: Main Thread]: D/Process::Launch done",
]


def test_firefox_moz_log_letter_and_module() -> None:
    records = read_both_paths(FIREFOX)
    assert [record.level for record in records] == ["INFO", "ERROR", "WARN", "DEBUG", "DEBUG"]
    assert [record.service for record in records] == ["URLPreloader", "nsHttp", "textrun", "Process", "Process::Launch"]
    assert records[2].message == "Größe: 12" and records[0].time.microsecond == 377909


def test_logcat_brief_is_no_moz_log() -> None:
    """Logcat's brief lines (`I/Tag( pid): `) open with a letter and a tag too: not Firefox's."""
    lines = [f"I/ActivityManager(  {1200 + n}): Start proc {n}" for n in range(5)] + ["W/dalvikvm(  1300): GC"]
    records = read_both_paths(lines)
    assert [record.service for record in records] == ["ActivityManager"] * 5 + ["dalvikvm"]
    assert records[5].level == "WARN" and records[5].message == "GC"


LOGCAT_LONG = [
    "[ 12-05 09:41:07.120   612:  612 I/AudioFlinger ]",
    "loadHwModule() Loaded primary audio interface, handle 10",
    "",
    "[ 12-05 09:41:07.138  1532: 1561 W/ActivityManager ]",
    "Slow operation: 112ms so far, now at startProcess: done updating pids map",
    "",
    "[ 12-05 09:41:07.160  8211: 8211 E/Compatibility ChangeReporter ]",
    "Compat change id reported: 171979766; UID 10231; state: ENABLED — Größe",
    "",
]


def test_logcat_long_header_and_its_message_below() -> None:
    records = read_both_paths(LOGCAT_LONG, 3)
    assert [record.level for record in records] == ["INFO", "WARN", "ERROR"]
    assert [record.service for record in records] == ["AudioFlinger", "ActivityManager", "Compatibility ChangeReporter"]
    assert [record.message for record in records] == [LOGCAT_LONG[1], LOGCAT_LONG[4], LOGCAT_LONG[7]]
    assert (records[1].time.month, records[1].time.day, records[1].time.microsecond) == (12, 5, 138000)


# Review (session 37): lines read wrong by the first version, each a test that failed on it.


def test_numbers_that_are_no_times_nor_threads_stay_in_the_message() -> None:
    cases = {
        "1205/197146 job 1 finished": "1205/197146 job 1 finished",  # (no hour 19:71)
        "13/04-10:00:00 backup step": "13/04-10:00:00 backup step",  # (no month 13)
        "57408925.86624270 0.1222 0.8876": "57408925.86624270 0.1222 0.8876",  # (decimals past a second's nanoseconds)
    }
    for line, message in cases.items():
        records = read_both_paths([line.replace(" 1 ", f" {n} ") for n in range(8)] if " 1 " in line else [line] * 8)
        assert records[0].message == message.replace(" 1 ", " 0 ") and records[0].time is None, line
    hresults = [f"2026-12-04 10:00:0{n} ERROR 0x80070005 Windows Update failed {n}" for n in range(8)]
    assert read_both_paths(hresults)[0].message.startswith("0x80070005 ")  # (a code, not a thread)


def test_chromium_seconds_on_the_kernel_as_on_the_record_path() -> None:
    from logmr.formats.base import SECOND, LogFormat, counted
    from logmr.formats.reading import reader_for

    block = ("\n".join(f"[1:2:1204/100000.{n:06d}:INFO:foo.cc(1)] x {n}" for n in range(100)) + "\n").encode()
    fmt = reader_for(block)
    counts = fmt.count_block(block, (SECOND, "level"), "app")[1]
    assert counts == counted((SECOND, "level"), lambda fields: LogFormat.parse_block(fmt, block, fields, "app"))[1]
    assert len(counts) == 1  # (one key a second, not one a record)
