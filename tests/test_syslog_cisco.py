"""Cisco ASA's (FTD's, PIX's) syslog lines, as a collector writes them: the message id in the tag's
place (`%ASA-6-302013:`) names the facility, the service, and its severity digit, the level where
the line has no PRI (session 37; each read off the line by hand; both paths alike)."""

from __future__ import annotations

from logmr.formats.base import LogFormat
from logmr.formats.reading import reader_for

LINES = [
    "Dec  4 23:09:58 asa-fw01 %ASA-6-302013: Built inbound TCP connection 4121 for outside:192.0.2.10/51000",
    "Dec  4 23:10:09 asa-fw01 %ASA-4-106023: Deny tcp src outside:192.0.2.10/51002 dst dmz:198.51.100.20/8443",
    "Dec  4 23:11:30 asa-fw01 %ASA-1-105005: (Primary) Lost Failover communications with mate",
    "Dec  4 23:11:31 asa-fw01 %ASA-3-313001: Denied ICMP type=8, code=0 from 192.0.2.10 on interface outside",
    "Dec  4 23:12:00 host2 sshd[42]: error: Accepted publickey for zoë",  # (another program: as before)
]


def test_asa_message_ids_name_the_service_and_level() -> None:
    data = ("\n".join(LINES * 20) + "\n").encode()
    fmt = reader_for(data)
    records = [record for record, _ in fmt.records(data, "fw")][:5]
    assert [record.service for record in records] == ["ASA", "ASA", "ASA", "ASA", "sshd"]
    assert [record.level for record in records] == ["INFO", "WARN", "FATAL", "ERROR", "ERROR"]
    assert records[1].message.startswith("Deny tcp src") and records[1].host == "asa-fw01"
    fields = ("service", "level", "message", "host")
    assert fmt.parse_block(data, fields, "fw").columns == LogFormat.parse_block(fmt, data, fields, "fw").columns
    counts = fmt.count_block(data, ("service", "level"), "fw")[1]
    assert counts[("ASA", "WARN")] == 20 and counts[("sshd", "ERROR")] == 20


def test_a_pri_outranks_the_digit() -> None:
    record = reader_for(b"<166>Dec  4 23:09:58 asa-fw01 %ASA-4-106023: Deny\n" * 3).parse(
        "<166>Dec  4 23:09:58 asa-fw01 %ASA-4-106023: Deny"
    )
    assert (record.service, record.level) == ("ASA", "INFO")  # (local4.info: the collector's PRI)


def test_a_few_lines_read_alike() -> None:
    """A short block (its lines scanned by one regex, not the kernel) reads the id as a long one does."""
    data = ("\n".join(LINES[:3]) + "\n").encode()
    fmt = reader_for(data)
    fields = ("service", "level")
    assert fmt.parse_block(data, fields, "fw").columns == {"service": ["ASA"] * 3, "level": ["INFO", "WARN", "FATAL"]}
    assert fmt.parse_block(data, fields, "fw").columns == LogFormat.parse_block(fmt, data, fields, "fw").columns
