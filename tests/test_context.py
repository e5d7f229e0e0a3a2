"""A message followed by its logger's context fields (formats/context.py)."""

from __future__ import annotations

import pytest

from helpers import read_both_paths
from logmr.formats.context import TRAILING_META, may_have_context, split_meta, without_context
from logmr.formats.header import infer_layout


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ('service started\t{"order_id": 1234}', "service started"),  # zap's development console
        ('a\t{"x": 1}\t{"order_id": 1}', 'a\t{"x": 1}'),  # the last tab's object only
        ("payment failed                 order_id=1234", "payment failed"),  # structlog's console
        ("order placed   amount='12.50 €' customer='Zoë \"the boss\"' order_id=1234", "order placed"),
        ("x  path='C:\\\\Users\\\\zoe' n=None", "x"),  # repr escapes
        ("connecting to db host=db-1 port=5432", None),  # one space: part of the sentence
        ("not json\t{order_id: 1}", None),
        ("a list\t[1, 2]", None),
        ('\t{"only": "fields"}', None),  # no message before them
        ("two  spaces but = no pairs", None),
        ("x  k=v and more words", None),
        ("x  k='unterminated", None),
        ('retrying request "GET /api/v1/orders" after 250 ms', None),
        ("", None),
    ],
)
def test_without_context(message: str, expected: str | None) -> None:
    assert without_context(message) == (message if expected is None else expected)
    if expected is not None:
        assert may_have_context(message)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ('server listening on port 3000 {"timestamp":"2026-12-02T07:47:21.033Z"}', "server listening on port 3000"),
        ('a {"x":{"y":1}} b {"pool":10}', 'a {"x":{"y":1}} b'),  # the object that ends the message
        ('payload {"a": {"b": [1, 2]}}', "payload"),  # nested: the whole object from its first ` {"`
        ('{"only":"fields"}', None),  # no message before it
        ('  {"only":"fields"}', None),
        ('got {"a":1} then text', None),  # not at the end
        ("dict {'a': 1}", None),  # Python's repr: no JSON
        ('list [{"a":1}]', None),
        ('broken {"a":1', None),
        ('two {"a":1}{"b":2}', None),
    ],
)
def test_split_meta(message: str, expected: str | None) -> None:
    cut, meta = split_meta(message)
    assert cut == (message if expected is None else expected)
    assert (meta is None) == (expected is None)


def test_winston_simple_layout_reads_the_meta_time_and_cuts_it() -> None:
    """winston's `format.simple()` with `format.timestamp()`: `level: message {meta}`, the time in
    the meta; `http:` (a level of winston's own) makes a record, an indented line continues one."""
    lines = [
        'info: server listening on port 3000 {"timestamp":"2026-12-02T07:47:21.033Z"}',
        'debug: connecting to mongodb://db-1:27017/shop {"pool":10,"timestamp":"2026-12-02T07:47:21.034Z"}',
        'http: GET /api/orders/100234 200 45ms {"timestamp":"2026-12-02T07:47:21.035Z"}',
        'warn: config loaded {"timestamp":"2026-12-02T07:47:21.036Z","userId":42}',
        "  maxConns=100",
        'error: charge failed: card_declined {"code":402,"timestamp":"2026-12-02T07:47:21.037Z"}',
    ]
    rows = [(r.timestamp, r.level, r.message) for r in read_both_paths(lines, 5)]
    assert rows == [
        ("2026-12-02T07:47:21.033Z", "INFO", "server listening on port 3000"),
        ("2026-12-02T07:47:21.034Z", "DEBUG", "connecting to mongodb://db-1:27017/shop"),
        ("2026-12-02T07:47:21.035Z", "INFO", "GET /api/orders/100234 200 45ms"),
        ("2026-12-02T07:47:21.036Z", "WARN", "config loaded"),
        ("2026-12-02T07:47:21.037Z", "ERROR", "charge failed: card_declined"),
    ]


def test_a_json_object_ending_one_message_in_many_is_kept() -> None:
    """Under a fifth of the header lines ending with a JSON object: no meta learned, messages whole."""
    lines = [f"info: step {i} done" for i in range(12)] + ['info: got {"a":1}', 'info: got {"b":2}']
    assert [r.message for r in read_both_paths(lines)][-2:] == ['got {"a":1}', 'got {"b":2}']


def test_a_meta_time_is_a_time_or_none() -> None:
    """`"time":"13ms"` in a winston meta is a duration, not the record's time."""
    lines = [f'info: cache warmed {{"status":200,"time":"{i}ms"}}' for i in range(8)]
    assert [(r.timestamp, r.message) for r in read_both_paths(lines, 2)] == [(None, "cache warmed")] * 2


def test_a_header_with_a_time_keeps_the_json_ending_its_messages() -> None:
    """Laravel's `[time] channel.LEVEL: message {context}`: no meta learned (the time is the header's),
    the context kept in the message as before."""
    lines = [
        '[2026-12-02 10:00:01] local.INFO: User logged in {"user_id":42}',
        "[2026-12-02 10:00:02] local.INFO: Cache cleared",
        '[2026-12-02 10:00:03] local.WARNING: Slow query {"sql":"select 1","time":1840.5}',
    ]
    assert infer_layout(("\n".join(lines * 10) + "\n").encode())[-1][0] != TRAILING_META
    assert [r.message for r in read_both_paths(lines)] == [
        'User logged in {"user_id":42}',
        "Cache cleared",
        'Slow query {"sql":"select 1","time":1840.5}',
    ]


def test_request_messages_win_over_a_meta() -> None:
    """aiohttp's access lines among an app's `LEVEL:name:message {json}` lines: the request lines' status
    is read (REQUEST_MESSAGES), no meta learned."""
    lines = [
        'INFO:aiohttp.access:127.0.0.1 [02/Dec/2026:10:00:00 +0000] "GET /api/orders/1 HTTP/1.1" 200 512 "-" "curl/8"',
        'INFO:shop.orders:order created {"order_id":100,"total":59.9}',
    ]
    layout = infer_layout(("\n".join(lines * 10) + "\n").encode())
    assert layout[-1][0] != TRAILING_META
    assert read_both_paths(lines, 1)[0].status == 200
