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
        (  # ClamAV: `ctime -> message`
            [
                "Thu Dec  3 04:27:02 2026 -> +++ Started at Thu Dec  3 04:27:02 2026",
                "Thu Dec  3 04:27:03 2026 -> Ready",
            ],
            [
                ("2026-12-03T04:27:02", "INFO", "app", None, "+++ Started at Thu Dec  3 04:27:02 2026"),
                ("2026-12-03T04:27:03", "INFO", "app", None, "Ready"),
            ],
        ),
        (  # FreeRADIUS: `ctime : Level: message`, its `Auth:` lines records with the default level
            [
                "Thu Dec  3 04:35:40 2026 : Info: Debugger not attached",
                "Thu Dec  3 04:35:40 2026 : Warning: Ignoring sql",
                "Thu Dec  3 04:35:40 2026 : Error: bad secret",
                "Thu Dec  3 04:35:43 2026 : Auth: (0) Login OK: [jürgen] (from client localhost port 0)",
                "Thu Dec  3 04:35:44 2026 : Info: Ready",
            ],
            [
                ("2026-12-03T04:35:40", "INFO", "app", None, "Debugger not attached"),
                ("2026-12-03T04:35:40", "WARN", "app", None, "Ignoring sql"),
                ("2026-12-03T04:35:40", "ERROR", "app", None, "bad secret"),
                (
                    "2026-12-03T04:35:43",
                    "INFO",
                    "app",
                    None,
                    "(0) Login OK: [jürgen] (from client localhost port 0)",
                ),
                ("2026-12-03T04:35:44", "INFO", "app", None, "Ready"),
            ],
        ),
        (  # Icinga 2: `level/Component:`
            [
                "[2026-12-03 04:29:20 +0000] information/cli: Icinga application loader",
                "[2026-12-03 04:29:21 +0000] critical/config: Error: Validation failed",
                "[2026-12-03 04:29:21 +0000] warning/ApiListener: Please read the documentation",
            ],
            [
                ("2026-12-03T04:29:20+00:00", "INFO", "cli", None, "Icinga application loader"),
                ("2026-12-03T04:29:21+00:00", "FATAL", "config", None, "Error: Validation failed"),
                ("2026-12-03T04:29:21+00:00", "WARN", "ApiListener", None, "Please read the documentation"),
            ],
        ),
        (  # Locust: `host/LEVEL/logger:`
            [
                "[2026-12-03 04:31:34,807] vm/INFO/locust.main: Starting Locust 2.47.0",
                "[2026-12-03 04:31:34,838] vm/DEBUG/root: Terminal was not a tty",
                "[2026-12-03 04:31:40,001] vm/ERROR/locust.user.task: boom",
            ],
            [
                ("2026-12-03T04:31:34.807000", "INFO", "locust.main", "vm", "Starting Locust 2.47.0"),
                ("2026-12-03T04:31:34.838000", "DEBUG", "root", "vm", "Terminal was not a tty"),
                ("2026-12-03T04:31:40.001000", "ERROR", "locust.user.task", "vm", "boom"),
            ],
        ),
        (  # tinyproxy: its `CONNECT` level among the others, the level before a year-less time
            [
                "NOTICE    Dec 03 04:21:44.624 [14029]: Initializing tinyproxy ...",
                "INFO      Dec 03 04:21:44.627 [14029]: Added address [127.0.0.1] to listen addresses.",
                "WARNING   Dec 03 04:21:44.634 [14029]: You SHOULD set a UserName in the config file.",
                "CONNECT   Dec 03 04:21:46.140 [14029]: Connect (file descriptor 5): 127.0.0.1",
                "INFO      Dec 03 04:21:46.141 [14029]: No upstream proxy for 127.0.0.1",
                "ERROR     Dec 03 04:21:47.001 [14029]: read_request_line: Client closed socket",
            ],
            [
                ("Dec 03 04:21:44.624000", "INFO", "app", None, "Initializing tinyproxy ..."),
                ("Dec 03 04:21:44.627000", "INFO", "app", None, "Added address [127.0.0.1] to listen addresses."),
                ("Dec 03 04:21:44.634000", "WARN", "app", None, "You SHOULD set a UserName in the config file."),
                ("Dec 03 04:21:46.140000", "INFO", "app", None, "Connect (file descriptor 5): 127.0.0.1"),
                ("Dec 03 04:21:46.141000", "INFO", "app", None, "No upstream proxy for 127.0.0.1"),
                ("Dec 03 04:21:47.001000", "ERROR", "app", None, "read_request_line: Client closed socket"),
            ],
        ),
        (  # NestJS' ConsoleLogger (no colours): `[Nest] pid  - m/d/yyyy, h:mm:ss AM   LEVEL [Context] message`
            [
                "[Nest] 24772  - 12/03/2026, 4:41:04 AM     LOG [NestFactory] Starting Nest application...",
                "[Nest] 24772  - 12/03/2026, 12:05:09 PM   ERROR [Shop] could not parse basket",
                "[Nest] 24772  - 1/13/2026, 12:00:00 AM VERBOSE [Shop] loading config",
            ],
            [
                ("2026-12-03T04:41:04", "INFO", "NestFactory", None, "Starting Nest application..."),
                ("2026-12-03T12:05:09", "ERROR", "Shop", None, "could not parse basket"),
                ("2026-01-13T00:00:00", "DEBUG", "Shop", None, "loading config"),
            ],
        ),
    ],
)
def test_records(lines: list[str], expected: list[tuple]) -> None:
    """(A record with no level has the default's, INFO.)"""
    assert [(r.timestamp, r.level, r.service, r.host, r.message) for r in _read(lines, len(expected))] == expected


def test_where_the_new_slots_are_not_taken() -> None:
    """`name[n]` after a word that follows no time opens a message; a level on every line after the
    time stays one that every header has; an arrow or a colon inside a message is the message's."""
    lines = b"".join(b"job %d shard[%d] done\n" % (n, n) for n in range(9))
    assert not any(kind == "prog" for kind, _ in infer_layout(lines) or ())
    words = [b"job -> done", b"cache : miss", b"user %d logged in", b"retry -> later : 3", b"ok"]
    leveled = b"".join(b"2026-12-03 10:00:0%d INFO " % n + words[n % 5].replace(b"%d", b"7") + b"\n" for n in range(9))
    assert infer_layout(leveled) == [["time:iso", "sp"], ["level", "sp"]]
    # (PostgreSQL's DETAIL, HINT, STATEMENT lines continue its report: no label in a level's place)
    pg = [b"LOG:  checkpoint starting", b"ERROR:  division by zero", b"STATEMENT:  select 1/0", b"LOG:  done"]
    reports = b"".join(b"2026-12-03 10:00:0%d.123 UTC [42] " % n + pg[n % 4] + b"\n" for n in range(9))
    assert not any(kind == "wlevel" for kind, _ in infer_layout(reports) or ())
    paths = b"".join(b"[2026-12-03 10:00:0%d] web/cache/miss: key %d\n" % (n, n) for n in range(9))
    assert not any(kind == "slevel" for kind, _ in infer_layout(paths) or ())


def test_json_aliases_of_roarr_and_eliot() -> None:
    """Roarr's `context.logLevel` (pino's numbers) and `context.application`; Eliot's records, which
    hold no text, named by their `message_type` or `action_type`."""
    lines = [
        '{"context":{"application":"shop","logLevel":20},"message":"loading config","time":1796272863378}',
        '{"context":{"application":"shop","logLevel":50},"message":"payment failed","time":1796272863379}',
        '{"port":8080,"timestamp":1796272238.007819,"task_uuid":"9389","task_level":[1],"message_type":"shop:startup"}',
        '{"order_id":42,"action_status":"started","timestamp":1796272238.0078993,"action_type":"shop:place_order"}',
    ]
    records = _read(lines)
    assert [(r.level, r.service, r.message) for r in records] == [
        ("DEBUG", "shop", "loading config"),
        ("ERROR", "shop", "payment failed"),
        ("INFO", "app", "shop:startup"),
        ("INFO", "app", "shop:place_order"),
    ]


def test_a_messages_own_leading_blanks_are_kept_where_the_header_has_one() -> None:
    """Nine in ten header lines with one blank before the message: the others' further blanks are
    their message's (NATS's banner); a padded level, whose blanks vary with its word, and a file with
    one blank everywhere keep the separator that takes them all."""
    nats = [f"[13328] 2026/12/03 04:20:58.79864{n} [INF] Starting nats-server {n}" for n in range(10)]
    nats.append("[13328] 2026/12/03 04:20:58.798650 [INF]   Version:  2.9.10")
    records = _read(nats)
    assert [r.message for r in records[9:]] == ["Starting nats-server 9", "  Version:  2.9.10"]
    assert infer_layout(("\n".join(nats) + "\n").encode())[-1] == ["blevel", "sp1"]
    padded = [f"2026-12-03 10:00:0{n} {level} job {n} done" for n in range(9) for level in ("INFO ", "ERROR", "WARN ")]
    assert infer_layout(("\n".join(padded) + "\n").encode())[-1][1] == "sp"
    plain = [f"2026-12-03 10:00:0{n} INFO job {n} done" for n in range(9)]
    assert infer_layout(("\n".join(plain) + "\n").encode())[-1][1] == "sp"
    words = ["cache miss for key", "user logged in from", "retrying request to", "order placed", "rows fetched"]
    debug = [f"2026-12-03 10:00:{n % 60:02d} DEBUG {words[n % 5]} {n}" for n in range(95)]  # (`%-5level`)
    debug += [f"2026-12-03 10:01:0{n} INFO  {words[n]} {n}" for n in range(5)]
    assert infer_layout(("\n".join(debug) + "\n").encode()) == [["time:iso", "sp"], ["level", "sp"]]
