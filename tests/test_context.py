"""A message followed by its logger's context fields (formats/context.py)."""

from __future__ import annotations

import pytest

from logmr.formats.context import may_have_context, without_context


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
