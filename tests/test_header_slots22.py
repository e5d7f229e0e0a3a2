"""Header slots and readings learned for tools first measured in session 22
(tests/data/loggers/src/session22), each beside lines where it must not be taken: a thread and its
level in one bracket (log4j2's `[%t/%level]`, the Minecraft server's), stunnel's `LOG5[ui]:` after a
dotted date, PHP's `PHP Warning:` after a zoned time (error_log()'s own lines have none), a program
and its `[pid:tid]` (Unbound), a logger's name in brackets dotted or not (Scrapy), a logger and its
`pid.tid` in one bracket (Kea), Python's default `LEVEL:name:` before a message that starts with
a digit (aiohttp), log4js' MARK and Icecast's EROR, a request line as a message (Tornado, aiohttp,
Twisted) and varnishncsa's `- -` for a request that got no answer."""

from __future__ import annotations

from collections import Counter

import pytest

from helpers import read_both_paths
from logmr.formats import get_format
from logmr.formats.header import infer_layout
from logmr.formats.reading import reader_for

_read = read_both_paths


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (  # Minecraft's log4j2 pattern `[%d{HH:mm:ss}] [%t/%level]: %msg`
            ["[17:27:57] [main/INFO]: Environment: x", "[17:27:57] [Server thread/WARN]: Can't keep up!"],
            [(None, "INFO", "app", "Environment: x"), (None, "WARN", "app", "Can't keep up!")],
        ),
        (  # stunnel
            ["2026.12.02 17:26:36 LOG5[ui]: stunnel 5.68", "2026.12.02 17:26:37 LOG3[0]: SSL_accept: error"],
            [
                ("2026-12-02T17:26:36", "INFO", "app", "stunnel 5.68"),
                ("2026-12-02T17:26:37", "ERROR", "app", "SSL_accept: error"),
            ],
        ),
        (  # PHP's error_log
            [
                "[02-Dec-2026 17:27:54 UTC] PHP Warning:  Undefined variable $x in /app.php on line 5",
                "[02-Dec-2026 17:27:54 UTC] shop: request started",
                "[02-Dec-2026 17:27:55 UTC] PHP Fatal error:  Uncaught Error: boom in /app.php:3",
                "Stack trace:",
                "#0 {main}",
                "[02-Dec-2026 17:27:56 UTC] PHP Deprecated:  strlen(): Passing null",
            ],
            [
                ("2026-12-02T17:27:54+00:00", "WARN", "app", "Undefined variable $x in /app.php on line 5"),
                ("2026-12-02T17:27:54+00:00", "INFO", "app", "shop: request started"),
                ("2026-12-02T17:27:55+00:00", "FATAL", "app", "Uncaught Error: boom in /app.php:3"),
                ("2026-12-02T17:27:56+00:00", "WARN", "app", "strlen(): Passing null"),
            ],
        ),
        (  # Unbound
            ["[1796232384] unbound[405:0] notice: init module 0", "[1796232386] unbound[405:1] info: 127.0.0.1 A IN"],
            [
                ("2026-12-02T17:26:24+00:00", "INFO", "unbound", "init module 0"),
                ("2026-12-02T17:26:26+00:00", "INFO", "unbound", "127.0.0.1 A IN"),
            ],
        ),
        (  # Scrapy: dotted logger names on most lines (9 in 10), plain ones on some
            [
                "2026-12-02 17:27:58 [scrapy.utils.log] INFO: Scrapy 2.19.0 started",
                "2026-12-02 17:27:58 [asyncio] DEBUG: Using selector: EpollSelector",
                "2026-12-02 17:27:59 [scrapy.core.engine] INFO: Spider opened",
                "2026-12-02 17:27:59 [scrapy.extensions.telnet] INFO: Telnet console listening",
                *[f"2026-12-02 17:28:0{n} [scrapy.core.scraper] DEBUG: Scraped item {n}" for n in range(8)],
            ],
            [
                ("2026-12-02T17:27:58", "INFO", "scrapy.utils.log", "Scrapy 2.19.0 started"),
                ("2026-12-02T17:27:58", "DEBUG", "asyncio", "Using selector: EpollSelector"),
                ("2026-12-02T17:27:59", "INFO", "scrapy.core.engine", "Spider opened"),
                ("2026-12-02T17:27:59", "INFO", "scrapy.extensions.telnet", "Telnet console listening"),
            ],
        ),
        (  # Kea: `[logger/pid.tid]`
            ["2026-12-02 17:26:52.361 INFO  [kea-dhcp4.dhcpsrv/980.1404] DHCPSRV_CFGMGR_ADD_IFACE eth0"],
            [("2026-12-02T17:26:52.361000", "INFO", "kea-dhcp4.dhcpsrv", "DHCPSRV_CFGMGR_ADD_IFACE eth0")],
        ),
        (  # log4js' MARK, Icecast's EROR
            ["[2026-12-02T17:28:12.186] [INFO] default - up", "[2026-12-02T17:28:12.190] [MARK] default - v2.3.1"],
            [
                ("2026-12-02T17:28:12.186000", "INFO", "default", "up"),
                ("2026-12-02T17:28:12.190000", "INFO", "default", "v2.3.1"),
            ],
        ),
    ],
)
def test_records(lines: list[str], expected: list[tuple]) -> None:
    assert [(r.timestamp, r.level, r.service, r.message) for r in _read(lines, len(expected))] == expected


def test_key_value_pairs_before_the_level() -> None:
    """Sidekiq's and Ansible's pairs: pid, thread and component by their keys, the others fields."""
    sidekiq = _read(
        [
            "2026-12-02T17:28:17.004Z pid=7583 tid=4zr INFO: Booting Sidekiq 6.4.1",
            "2026-12-02T17:28:20.970Z pid=7583 tid=4v7 class=ChargeJob jid=a31c0a58 WARN: gateway slow",
        ]
    )
    assert [(r.level, r.service, r.message, r.fields.get("pid"), r.fields.get("thread")) for r in sidekiq] == [
        ("INFO", "app", "Booting Sidekiq 6.4.1", 7583, "4zr"),
        ("WARN", "ChargeJob", "gateway slow", 7583, "4v7"),
    ]
    assert sidekiq[1].fields["jid"] == "a31c0a58"
    ansible = _read(
        [
            "2026-12-02 14:42:54,850 p=6442 u=root n=ansible INFO| PLAY [x] ****",
            "2026-12-02 14:42:54,864 p=6442 u=root n=ansible INFO| TASK [Say hello] ****",
            "2026-12-02 14:42:54,904 p=6442 u=root n=ansible ERROR| fatal: [web-1]: FAILED! => {}",
            "2026-12-02 14:42:55,001 p=6442 u=root n=ansible INFO| PLAY RECAP ****",
            '2026-12-02 14:42:55,002 p=6442 u=root n=ansible WARNING| Platform linux on host web-1 uses "python3"',
        ]
    )
    assert [(r.level, r.service, r.message) for r in ansible] == [
        ("INFO", "ansible", "PLAY [x] ****"),
        ("INFO", "ansible", "TASK [Say hello] ****"),
        ("ERROR", "ansible", "fatal: [web-1]: FAILED! => {}"),
        ("INFO", "ansible", "PLAY RECAP ****"),
        ("WARN", "ansible", 'Platform linux on host web-1 uses "python3"'),
    ]
    assert ansible[0].fields["u"] == "root" and ansible[0].fields["pid"] == 6442
    # (pairs that open a message, a level nowhere after them, are the message's: logfmt's, an app's)
    lines = b"".join(b"2026-12-02 10:00:0%d user=bob%d action=login ok\n" % (n, n) for n in range(9))
    assert not any(kind == "pairs" for kind, _ in infer_layout(lines) or ())


def test_where_the_new_slots_are_not_taken() -> None:
    """A bracket with a slash and no level is a thread, a date with dots and no time is a word, a
    program without its pid is no `prog`."""
    assert infer_layout(b"".join(b"[12:00:0%d] [worker/pool-1] job %d done\n" % (n, n) for n in range(9))) != [
        ["btime:time_of_day", "sp"],
        ["tlevel", "colon"],
    ]
    layout = infer_layout(b"".join(b"2026-12-02 10:00:0%d unbound notice: x %d\n" % (n, n) for n in range(9)))
    assert not any(kind == "prog" for kind, _ in layout or ())
    names = b"".join(b"2026-12-02 10:00:0%d [worker-%d] INFO: x\n" % (n, n) for n in range(9))
    assert not any(kind in ("bname", "bdotted") for kind, _ in infer_layout(names) or ())


def test_python_default_layout_with_a_message_starting_with_a_digit() -> None:
    records = _read(
        [
            'INFO:aiohttp.access:127.0.0.1 [02/Dec/2026:17:27:59 +0000] "GET / HTTP/1.1" 404 154 "-" "curl"',
            "DEBUG:asyncio:Using selector: EpollSelector",
        ]
    )
    access, other = records
    assert (access.service, access.level, access.status, access.bytes) == ("aiohttp.access", "INFO", 404, 154)
    assert access.timestamp == "2026-12-02T17:27:59+00:00" and access.message.startswith("127.0.0.1 [")
    assert (other.service, other.level, other.status) == ("asyncio", "DEBUG", None)


def test_request_messages_take_the_status_level_only_where_the_header_has_none() -> None:
    tornado = _read(
        [
            "[W 261202 14:32:27 web:2344] 429 GET /warn (127.0.0.1) 3.37ms",
            "[I 261202 14:32:28 web:2344] 200 GET / (127.0.0.1) 1.04ms",
        ]
    )
    assert [(r.level, r.status, r.latency_ms, r.method, r.path) for r in tornado] == [
        ("WARN", 429, 3.37, "GET", "/warn"),
        ("INFO", 200, 1.04, "GET", "/"),
    ]
    twisted = _read(
        [
            '2026-12-02 17:27:59+0000 [-] "127.0.0.1" - - [02/Dec/2026:17:27:59 +0000] "GET /x HTTP/1.1" 404 2'
            ' "-" "curl"',
            "2026-12-02 17:28:00+0000 [-] Site starting on 8080",
        ]
    )
    assert [(r.level, r.status, r.bytes) for r in twisted] == [("WARN", 404, 2), ("INFO", None, None)]


def test_a_request_without_an_answer_is_a_record() -> None:
    access = get_format("access")
    line = '127.0.0.1 - - [02/Dec/2026:17:27:05 +0000] "PURGE http://127.0.0.1:5340/ HTTP/1.1" - - "-" "curl/7.88.1"'
    record = access.parse(line, "varnish")
    assert (record.status, record.bytes, record.method, record.level) == (None, 0, "PURGE", "INFO")


def test_a_level_mark_opening_a_message() -> None:
    """GitHub Actions' `##[error]`: the mark's level, the mark cut off; `##[group]` marks none."""
    records = _read(
        [
            "2026-12-02T14:32:16.1234560Z ##[group]Run actions/checkout@v4",
            "2026-12-02T14:32:17.2204568Z Syncing repository: shop/app",
            "2026-12-02T14:32:19.4134564Z ##[debug]Entering FetchRepository: fetchDepth=1",
            "2026-12-02T14:32:21.0000000Z ##[error]Process completed with exit code 1.",
        ]
    )
    assert [(r.level, r.message) for r in records] == [
        ("INFO", "##[group]Run actions/checkout@v4"),
        ("INFO", "Syncing repository: shop/app"),
        ("DEBUG", "Entering FetchRepository: fetchDepth=1"),
        ("ERROR", "Process completed with exit code 1."),
    ]
    words = ["fetch", "build", "test", "lint", "pack", "push", "sign", "tag"]
    once = [f"2026-12-02T14:32:1{n}Z {word} {n}" for n, word in enumerate(words)]
    layout = infer_layout(("\n".join([*once, "2026-12-02T14:32:19Z ##[error]x"]) + "\n").encode())
    assert not any(kind == "lvlmark" for kind, _ in layout)


def test_review_findings_stay_mended() -> None:
    """A pair's key names no role of its own; `prog` follows a time only; MARK is a level only in
    brackets; a one-word line after an indented one is no exception's line; with request
    messages, a job that reads no HTTP field is read on the kernels, as the records give it."""
    pairs = _read([f"2026-12-02 14:32:0{n} pid=1 pairs=x time=12ms INFO: done {n}" for n in range(3)])
    assert next((r.timestamp, r.level, r.fields["pairs"], r.fields["time"]) for r in pairs) == (
        "2026-12-02T14:32:00",
        "INFO",
        "x",
        "12ms",
    )
    workers = [f"2026-12-02 14:32:{n:02d} INFO worker[{n}] started" for n in range(36)]
    workers += [f"2026-12-02 14:33:{n:02d} INFO cache warmed {n}" for n in range(4)]
    assert len(_read(workers, 40)) == 40
    assert not any(kind == "prog" for kind, _ in infer_layout(("\n".join(workers) + "\n").encode()))
    marks = infer_layout(b"".join(b"2026-12-02 14:32:0%d Mark logged in %d\n" % (n, n) for n in range(9)))
    assert not any(kind == "level" for kind, _ in marks or ())
    traced = b'Traceback (most recent call last):\n  File "a.py", line 1\nconfig:\n  a: 1\nDone\n' * 30
    assert [r.message for r, _ in reader_for(traced).records(traced, "app")][:4] == [
        "Traceback (most recent call last):",
        "config:",
        "Done",  # (the next traceback belongs to the line above it: `logger.exception`'s)
        "config:",
    ]
    lines = [f"[I 261202 14:32:{n:02d} web:2344] 200 GET /{n} (127.0.0.1) 1.0{n % 10}ms" for n in range(40)]
    lines += [f"[W 261202 14:33:{n:02d} shop:12] slow upstream {n}" for n in range(40)]
    data = ("\n".join(lines) + "\n").encode()
    fmt = reader_for(data)
    assert fmt.compiled.request_messages and fmt._reading(["service", "level"]) is not fmt
    batch, counts = fmt.count_block(data, ["service", "level"], "app")
    records = [r for r, _ in fmt.records(data, "app")]
    assert dict(counts) == {key: n for key, n in Counter((r.service, r.level) for r in records).items()}
    assert fmt._reading(["status"]) is fmt and batch.records == 80


def test_spring_loggers_with_brackets_are_read_where_name_colons_fit_most_lines() -> None:
    """Spring Boot's padded logger column: where a `name:` fits nine lines in ten, the padded logger
    that fits them all (`o.a.c.c.C.[Tomcat].[localhost].[/]`) is taken, and no line is lost."""
    line = "2026-12-02T07:48:41.{:03d}Z  INFO 4242 --- [shop] [main] {:<40} : step {}"
    lines = [line.format(n, "com.example.shop.ShopApplication", n) for n in range(19)]
    lines.append(line.format(19, "o.a.c.c.C.[Tomcat].[localhost].[/]", 19))
    records = _read(lines)
    assert len(records) == 20 and records[19].service == "o.a.c.c.C.[Tomcat].[localhost].[/]"
    assert records[19].message == "step 19" and records[0].service == "com.example.shop.ShopApplication"
