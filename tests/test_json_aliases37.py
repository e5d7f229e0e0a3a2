"""JSON keys read in session 37: Open Liberty's and IBM MQ's JSON logs name their time `ibm_datetime`
(set 37c, composed from their JSON logging references)."""

from __future__ import annotations

from datetime import UTC, datetime

from logmr.formats.reading import reader_for

LIBERTY = (
    b'{"type":"liberty_message","host":"shop-1","ibm_serverName":"defaultServer","message":"CWWKE0001I: The server'
    b' defaultServer has been launched.","ibm_datetime":"2026-12-04T07:48:43.400+0000","ibm_messageId":"CWWKE0001I",'
    b'"module":"com.ibm.ws.kernel.launch.internal.FrameworkManager","loglevel":"AUDIT"}\n'
)


def test_liberty_json_time() -> None:
    data = LIBERTY * 3
    fmt = reader_for(data)
    record = next(record for record, _ in fmt.records(data, None))
    assert record.time == datetime(2026, 12, 4, 7, 48, 43, 400000, tzinfo=UTC)
    assert record.fields["ibm_datetime"] == "2026-12-04T07:48:43.400+0000"  # (kept as a field too)
    batch = fmt.parse_block(data, ("timestamp", "service"), None)  # (the block path reads it alike)
    assert batch.columns["timestamp"] == [record.timestamp] * 3
