"""formats/auditd.py: Linux audit logs (raw and enriched) read a record a line, detected before
logfmt (whose `key=value` they look like); the block path gives what the record path gives."""

from __future__ import annotations

from pathlib import Path

from logmr.formats import detect_format
from logmr.formats.base import LogFormat

AUDIT = Path(__file__).parent / "data" / "loggers" / "auditd_enriched.log"
FIELDS = ("message", "level", "service", "host", "timestamp", "raw")


def test_audit_log_is_detected_and_read_a_record_a_line() -> None:
    data = AUDIT.read_bytes()
    fmt = detect_format(data)
    assert fmt.name == "auditd"
    record = fmt.parse(data.decode().split("\n")[6])  # (not splitlines: \x1d is a line break there)
    assert record.timestamp == "1796199025.127" and record.fields["type"] == "SYSCALL"
    assert record.fields["serial"] == 24287 and record.fields["syscall"] == "257"
    assert record.message.startswith("arch=c000003e syscall=257 success=no")
    node = fmt.parse("node=web01 type=USER_LOGIN msg=audit(1796199010.383:813): pid=2231 res=success")
    assert (node.host, node.fields["res"], node.message) == ("web01", "success", "pid=2231 res=success")


def test_block_path_reads_what_the_record_path_reads() -> None:
    fmt = detect_format(AUDIT.read_bytes())
    block = AUDIT.read_bytes() * 3 + b"not an audit line\n\n"
    got, want = fmt.parse_block(block, FIELDS, "svc"), LogFormat.parse_block(fmt, block, FIELDS, "svc")
    assert got.columns == want.columns
    assert (got.records, got.malformed) == (want.records, want.malformed) == (45, 1)
    assert got.starts == want.starts == list(range(45))
