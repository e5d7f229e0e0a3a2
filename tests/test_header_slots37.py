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
