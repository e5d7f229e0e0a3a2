"""Header slots learned in session 36: a level word on most dated header lines but not all is optional
(GnuPG's `gpg-agent[pid] DBG: ` lines among its others: each a record, not a line of the record
above), unless a line without it is a report's part (PostgreSQL's `DETAIL:  `, which continues)."""

from __future__ import annotations

from helpers import read_both_paths
from logmr.formats.header import infer_layout

GPG = [
    "2026-12-04 23:48:39 gpg-agent[27550] listening on socket '/run/user/0/gnupg/S.gpg-agent'",
    "2026-12-04 23:48:39 gpg-agent[27551] gpg-agent (GnuPG) 2.2.40 started",
    *[f"2026-12-04 23:48:39 gpg-agent[27551] DBG: chan_10 <- OPTION ttytype=xterm-{n}" for n in range(12)],
    "2026-12-04 23:48:40 gpg-agent[27551] failed to unprotect the secret key: Bad passphrase",
    *[f"2026-12-04 23:48:40 gpg-agent[27551] DBG: chan_10 -> OK {n}" for n in range(30)],
]
POSTGRES = [
    '2026-12-02 10:00:00.123 UTC [4242] ERROR:  duplicate key value violates unique constraint "orders_pkey"',
    "2026-12-02 10:00:00.123 UTC [4242] DETAIL:  Key (id)=(1) already exists.",
    "2026-12-02 10:00:00.123 UTC [4242] STATEMENT:  INSERT INTO orders VALUES (1)",
    "2026-12-02 10:00:01.000 UTC [4243] LOG:  database system is ready to accept connections",
    "2026-12-02 10:00:02.000 UTC [4244] LOG:  checkpoint starting: time",
    "2026-12-02 10:00:03.000 UTC [4245] WARNING:  there is no transaction in progress",
    "2026-12-02 10:00:04.000 UTC [4246] LOG:  received fast shutdown request",
    '2026-12-02 10:00:05.000 UTC [4247] FATAL:  role "zoë" does not exist',
    "2026-12-02 10:00:06.000 UTC [4248] LOG:  aborting any active transactions",
]


def test_a_level_on_most_dated_lines_is_optional() -> None:
    layout = infer_layout(("\n".join(GPG) + "\n").encode())
    assert layout is not None and layout[-1][0] == "?level"
    rows = [(r.timestamp, r.level, r.message) for r in read_both_paths(GPG)]
    assert len(rows) == len(GPG)  # (each line a record)
    assert rows[0] == ("2026-12-04T23:48:39", "INFO", "listening on socket '/run/user/0/gnupg/S.gpg-agent'")
    assert rows[2] == ("2026-12-04T23:48:39", "DEBUG", "chan_10 <- OPTION ttytype=xterm-0")
    assert rows[14][1:] == ("INFO", "failed to unprotect the secret key: Bad passphrase")


def test_a_reports_parts_still_continue_it() -> None:
    layout = infer_layout(("\n".join(POSTGRES * 3) + "\n").encode())
    assert layout is not None and layout[-1][0] == "level"
    records = read_both_paths(POSTGRES, 7)
    assert [r.level for r in records] == ["ERROR", "INFO", "INFO", "WARN", "INFO", "FATAL", "INFO"]
    assert records[0].message.startswith("duplicate key") and records[1].message.startswith("database system")


SURICATA = [  # (suricata-update's, as run here; Suricata 7's own default: `[%i] %t - (%f:%l) <%d> (%n) -- `)
    "4/12/2026 -- 23:48:53 - <Info> -- Loading /dev/null",
    "4/12/2026 -- 23:48:53 - <Warning> -- No suricata application binary found on path.",
    "[10010] 4/12/2026 -- 23:48:54 - (suricata.c:1130) <Notice> (LogVersion) -- This is Suricata version 7.0.2",
    "[10011] 4/12/2026 -- 23:48:54 - (source-af-packet.c:1849) <Error> (AFPCreateSocket) -- Unable to find eth9",
]


def test_suricatas_day_first_time() -> None:
    """`D/M/YYYY -- hh:mm:ss`, the day first (4 December, not 12 April)."""
    for lines in (SURICATA[:2] * 3, SURICATA[2:] * 3):
        rows = [(r.timestamp, r.level, r.message) for r in read_both_paths(lines)]
        assert {time for time, _, _ in rows} <= {"2026-12-04T23:48:53", "2026-12-04T23:48:54"}
        assert [level for _, level, _ in rows[:2]] in (["INFO", "WARN"], ["INFO", "ERROR"])
    assert read_both_paths(SURICATA[2:] * 3)[1].message == "Unable to find eth9"


def test_a_programs_pid_and_thread() -> None:
    """GnuPG's dirmngr writes `dirmngr[pid.thread] ` (no colon): the program is the service."""
    lines = [
        "2026-12-04 23:48:43 dirmngr[27567] listening on socket '/run/user/0/gnupg/S.dirmngr'",
        "2026-12-04 23:48:43 dirmngr[27568.0] error loading certificate '/etc/ssl/certs/ca.crt': Certificate expired",
        "2026-12-04 23:48:44 dirmngr[27568.6] command 'KS_GET' failed: No keyserver available",
        "2026-12-04 23:48:45 dirmngr[27567] running in server mode (pid 27567)",
    ]
    rows = [(r.service, r.message) for r in read_both_paths(lines * 3)]
    assert rows[:3] == [
        ("dirmngr", "listening on socket '/run/user/0/gnupg/S.dirmngr'"),
        ("dirmngr", "error loading certificate '/etc/ssl/certs/ca.crt': Certificate expired"),
        ("dirmngr", "command 'KS_GET' failed: No keyserver available"),
    ]


GUNICORN_UVICORN = [
    "[2026-12-04 23:45:55 +0000] [23372] [INFO] Starting gunicorn 27.0.1",
    "[2026-12-04 23:45:55 +0000] [23374] [INFO] Booting worker with pid: 23374",
    "[2026-12-04 23:45:55 +0000] [23374] [INFO] Application startup complete.",
    '127.0.0.1:38688 - "GET / HTTP/1.1" 200',
    '127.0.0.1:38704 - "GET /missing HTTP/1.1" 404',
    '127.0.0.1:38708 - "POST /orders?q=caf%C3%A9 HTTP/1.1" 500',
    "[2026-12-04 23:45:59 +0000] [23375] [ERROR] Exception in ASGI application",
]


def test_uvicorns_request_lines() -> None:
    """Uvicorn's access lines: among Gunicorn's (UvicornWorker) each a record of its own; as the
    message of its own console's `INFO:     ` lines, the request's fields."""
    rows = [(r.level, r.status, r.method, r.path) for r in read_both_paths(GUNICORN_UVICORN)]
    assert len(rows) == len(GUNICORN_UVICORN)
    assert rows[3:7] == [
        ("INFO", 200, "GET", "/"),
        ("WARN", 404, "GET", "/missing"),
        ("ERROR", 500, "POST", "/orders?q=caf%C3%A9"),
        ("ERROR", None, None, None),
    ]
    console = [
        "INFO:     Started server process [24241]",
        "INFO:     Application startup complete.",
        'INFO:     127.0.0.1:39746 - "GET / HTTP/1.1" 200 OK',
        'INFO:     127.0.0.1:39758 - "GET /missing HTTP/1.1" 404 Not Found',
    ]
    assert [(r.level, r.status, r.path) for r in read_both_paths(console)][2:] == [
        ("INFO", 200, "/"),
        ("INFO", 404, "/missing"),
    ]


def test_a_trace_stamped_line_by_line_still_continues_its_record() -> None:
    """`ts` or Jenkins' Timestamper stamp every line, a traceback's too: those lines have no level,
    and still continue the record above (the level stays required)."""
    words = ["pool", "cache", "session", "gateway", "refresh", "placed", "order", "token", "retry", "warm"]
    lines = [f"2026-12-04T10:00:{n:02d}.123Z INFO {' '.join(words[n % 7 : n % 7 + n % 4 + 1])}" for n in range(30)]
    lines[10:10] = [
        "2026-12-04T10:00:10.123Z ERROR payment failed",
        "2026-12-04T10:00:10.123Z Traceback (most recent call last):",
        '2026-12-04T10:00:10.123Z   File "/srv/app/pay.py", line 12, in charge',
        "2026-12-04T10:00:10.123Z GatewayError: 502",
    ]
    assert infer_layout(("\n".join(lines) + "\n").encode())[-1][0] == "level"  # type: ignore[index]
    records = read_both_paths(lines, 32)  # (the lines written 30 times: a record each but the trace's three)
    assert records[10].level == "ERROR" and records[11].message == lines[14][30:]
    assert records[31].message == lines[0][30:] and records[31].message != records[30].message
