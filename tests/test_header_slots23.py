"""Header slots and readings learned for tools first measured in session 23
(tests/data/loggers/src/session23), each beside lines where it must not be taken."""

from __future__ import annotations

import pytest

from helpers import read_both_paths
from logmr.formats.header import infer_layout

_read = read_both_paths


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (  # coloredlogs' default `%(asctime)s %(hostname)s %(name)s[%(process)d] %(levelname)s %(message)s`
            [
                "2026-12-03 04:30:20 vm shop[19054] DEBUG loading config",
                "2026-12-03 04:30:21 vm shop.orders[19054] WARNING stock low",
            ],
            [
                ("2026-12-03T04:30:20", "DEBUG", "shop", "vm", "loading config"),
                ("2026-12-03T04:30:21", "WARN", "shop.orders", "vm", "stock low"),
            ],
        ),
        (  # ProFTPD: `host proftpd[pid]` with its colon on some lines, a server name after it on others
            [
                "2026-12-03 04:40:37,049 vm proftpd[24515]: using PCRE2 10.42",
                "2026-12-03 04:40:37,053 vm proftpd[24515] localhost: set core resource limits",
            ],
            [
                ("2026-12-03T04:40:37.049000", "INFO", "proftpd", "vm", "using PCRE2 10.42"),
                ("2026-12-03T04:40:37.053000", "INFO", "proftpd", "vm", "localhost: set core resource limits"),
            ],
        ),
        (  # pino-pretty: `(name/pid on host):`, the name and the host only where the record has them
            [
                "[2026-12-03 04:41:02.908 +0000] TRACE (shop/24732): entering main loop",
                "[2026-12-03 04:41:03.001 +0000] ERROR (24732 on web-1): payment failed",
                "[2026-12-03 04:41:03.002 +0000] WARN (shop.orders/24732 on web-1): retrying",
            ],
            [
                ("2026-12-03T04:41:02.908000+00:00", "DEBUG", "shop", None, "entering main loop"),
                ("2026-12-03T04:41:03.001000+00:00", "ERROR", "app", "web-1", "payment failed"),
                ("2026-12-03T04:41:03.002000+00:00", "WARN", "shop.orders", "web-1", "retrying"),
            ],
        ),
    ],
)
def test_records(lines: list[str], expected: list[tuple]) -> None:
    """(A record with no level has the default's, INFO.)"""
    assert [(r.timestamp, r.level, r.service, r.host, r.message) for r in _read(lines, len(expected))] == expected


def test_where_the_new_slots_are_not_taken() -> None:
    """`name[n]` after a word that follows no time opens a message."""
    lines = b"".join(b"job %d shard[%d] done\n" % (n, n) for n in range(9))
    assert not any(kind == "prog" for kind, _ in infer_layout(lines) or ())
