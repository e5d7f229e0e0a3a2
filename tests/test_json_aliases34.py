"""JSON aliases read beside a mark (session 34): tracing-subscriber's `target`, read as the service only
beside its `fields.message`, on the record path as on the block path; elsewhere a `target` key stays one
of the record's fields, and a `fields` key holding no object keeps a block on the one-call decode."""

from __future__ import annotations

import pytest

from helpers import calls_to
from logmr.formats import LogFormat
from logmr.formats.jsonl import JsonLinesFormat

FIELDS = ["timestamp", "level", "service", "message"]
TRACING = b'{"timestamp":"2026-12-04T18:35:06.15Z","level":"INFO","fields":{"message":"started"},"target":"shoprs"}\n'
PROXY = b'{"time":"2024-05-01T12:00:00Z","level":"info","msg":"proxying request","target":"http://10.0.0.1:8080"}\n'
QUERY = b'{"time":"2024-05-01T12:00:00Z","level":"info","msg":"query","fields":"id,name,email"}\n'


def _both(data: bytes) -> tuple[list, list]:
    fmt = JsonLinesFormat()
    records = [(r.timestamp, r.level, r.service, r.message) for r, _ in fmt.records(data, "app")]
    block = fmt.parse_block(data, FIELDS, "app")
    return records, list(zip(*block.columns.values(), strict=True))


@pytest.mark.parametrize(
    ("line", "service", "message"), [(TRACING, "shoprs", "started"), (PROXY, "app", "proxying request")]
)
def test_target_is_the_service_beside_fields_message_alone(line: bytes, service: str, message: str) -> None:
    records, rows = _both(line * 50)
    assert records == rows
    assert {(row[2], row[3]) for row in rows} == {(service, message)}


def test_a_target_not_read_stays_a_field() -> None:
    record = next(JsonLinesFormat().records(PROXY, "app"))[0]
    assert record.fields == {"target": "http://10.0.0.1:8080"}


def test_a_fields_key_holding_text_keeps_the_one_call_decode() -> None:
    data = QUERY * 2000
    fmt = JsonLinesFormat()
    fmt.parse_block(data, FIELDS, "app")
    with calls_to(LogFormat, "parse_block") as calls:
        block = fmt.parse_block(data, FIELDS, "app")
    assert calls == []  # (no line by line: before, the mark's object type failed every such block's decode)
    assert set(block.columns["service"]) == {"app"} and block.records == 2000
