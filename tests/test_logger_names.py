"""Loggers named where a header slot does not name them, learned per file: at the message's end,
in parentheses (log4j's `%m (%c)%n`, Kafka's default layout), where the header names no component;
a class and its method (java.util.logging's source, Tomcat's `catalina.out`), where every dotted
name ends with a method and most name a class; a namespace of words joined by colons before the
message (Node's `debug`); a category and event id ending the header's line, the message on the
lines below (.NET's console logger). Read alike on every path (record, block, count)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from helpers import run_job
from logmr.formats.header import infer_layout
from logmr.formats.reading import reader_for

KAFKA = [
    "[2026-12-02 07:48:40,814] INFO [KafkaServer id=0] starting (kafka.server.KafkaServer)",
    "[2026-12-02 07:48:40,815] INFO KafkaConfig values: ",
    "\tbroker.id = 0",
    "\tlog.dirs = /var/lib/kafka/data (kafka.server.KafkaConfig)",
    "[2026-12-02 07:48:40,816] ERROR Error while processing broker change (kafka.controller.KafkaController)",
    "java.lang.RuntimeException: Failed (to send)",
    "\tat Apps.boom(Apps.java:8)",
    "[2026-12-02 07:48:41,001] WARN [Log partition=orders-3] Found deletable segments (kafka.log.Log)",
    "[2026-12-02 07:48:41,002] INFO took 3 ms (no logger)",
    *(f"[2026-12-02 07:48:41,00{i}] INFO Rolled new segment {i} (kafka.log.LocalLog)" for i in range(3, 9)),
]
EXPECTED = [
    ("INFO", "kafka.server.KafkaServer", "[KafkaServer id=0] starting"),
    ("INFO", "kafka.server.KafkaConfig", "KafkaConfig values: "),
    ("ERROR", "kafka.controller.KafkaController", "Error while processing broker change"),
    ("WARN", "kafka.log.Log", "[Log partition=orders-3] Found deletable segments"),
    ("INFO", "app", "took 3 ms (no logger)"),
    *(("INFO", "kafka.log.LocalLog", f"Rolled new segment {i}") for i in range(3, 9)),
]


def _sample(lines: list[str], times: int = 30) -> bytes:
    return ("\n".join(lines * times) + "\n").encode()


def test_kafka_layout_ends_with_its_logger() -> None:
    assert infer_layout(_sample(KAFKA)) == [["btime:iso", "sp"], ["level", "sp"], ["tlogger", "none"]]


@pytest.mark.parametrize(
    "lines",
    [
        # a component in the header: a name in parentheses at the end is the message's
        ["2026-12-02 07:48:40,814 INFO  [main] com.shop.App - started (com.shop.Boot)"],
        # on fewer than three lines in four
        [
            "[2026-12-02 07:48:40,814] INFO started (a.b)",
            "[2026-12-02 07:48:40,815] INFO a",
            "[2026-12-02 07:48:40,815] INFO b",
        ],
    ],
)
def test_no_trailing_logger_where_it_is_no_layout(lines: list[str]) -> None:
    layout = infer_layout(_sample(lines))
    assert layout is not None and ["tlogger", "none"] not in layout


def test_record_block_and_count_paths_agree() -> None:
    data = _sample(KAFKA, 40)
    fmt = reader_for(data)
    by_record = [(r.level, r.service, r.message) for r, _ in fmt.records(data, "app")]
    assert by_record == EXPECTED * 40
    batch = fmt.parse_block(data, ["level", "service", "message"], "app")
    assert list(zip(*batch.columns.values(), strict=True)) == by_record
    one_line = _sample([KAFKA[0], KAFKA[4], KAFKA[7], KAFKA[8]], 60)  # (no continuation line: the block regex path)
    batch = fmt.parse_block(one_line, ["service", "message"], "app")
    assert batch.columns["service"][:4] == [
        "kafka.server.KafkaServer",
        "kafka.controller.KafkaController",
        "kafka.log.Log",
        "app",
    ]
    assert batch.columns["message"][3] == "took 3 ms (no logger)"
    _, counts = fmt.count_block(data, ("service", "level"), "app")
    assert counts == Counter((s, lvl) for lvl, s, _ in EXPECTED * 40)


def test_services_job_counts_by_the_trailing_logger(tmp_path: Path) -> None:
    path = tmp_path / "server.log"
    path.write_bytes(_sample(KAFKA, 500))
    rows, result = run_job("services", [path], tmp_path / "out")
    assert result["counters"]["records"] == len(EXPECTED) * 500
    assert rows == Counter((s if s != "app" else "server", lvl) for lvl, s, _ in EXPECTED * 500)


TOMCAT = [
    "02-Dec-2026 07:59:21.251 INFO [main] org.apache.catalina.startup.Catalina.load Server initialized in [412] ms",
    "02-Dec-2026 07:59:21.300 INFO [main] org.apache.catalina.core.StandardService.startInternal Starting service",
    "02-Dec-2026 07:59:28.594 SEVERE [exec-1] org.apache.jsp.index_jsp._jspService Charge failed for order 1",
    "02-Dec-2026 07:59:29.001 WARNING [main] org.apache.catalina.startup.Catalina.start Server startup in 12 ms",
]


def test_tomcat_source_is_its_class_and_method() -> None:
    data = _sample(TOMCAT)
    assert infer_layout(data)[-1] == ["mdotted", "sp"]
    fmt = reader_for(data)
    records = [r for r, _ in fmt.records(data, "app")][:4]
    assert [r.service for r in records] == [
        "org.apache.catalina.startup.Catalina",
        "org.apache.catalina.core.StandardService",
        "org.apache.jsp.index_jsp",
        "org.apache.catalina.startup.Catalina",
    ]
    assert records[1].fields["method"] == "startInternal"
    assert records[3].message == "Server startup in 12 ms"
    batch = fmt.parse_block(data, ["service", "level", "message"], "app")
    assert batch.columns["service"] == [r.service for r, _ in fmt.records(data, "app")]
    _, counts = fmt.count_block(data, ("service", "level"), "app")
    assert counts[("org.apache.catalina.startup.Catalina", "INFO")] == 30


@pytest.mark.parametrize(
    "names",
    [
        ["app.db.pool", "app.api.views", "app.api.auth"],  # Python's module loggers: all in lower case
        [
            "spark.SecurityManager",
            "storage.MemoryStore",
            "Configuration.deprecation",
        ],  # loggers named `Class.name` among others
    ],
)
def test_dotted_loggers_stay_whole(names: list[str]) -> None:
    lines = [f"2026-12-02 07:59:21,25{i} INFO [main] {name} message {i}" for i, name in enumerate(names)]
    layout = infer_layout(_sample(lines))
    assert layout is not None and layout[-1] == ["dotted", "sp"]
    assert {r.service for r, _ in reader_for(_sample(lines)).records(_sample(lines), "app")} == set(names)


def test_node_debug_namespace_names_the_service() -> None:
    lines = [
        "2026-12-02T07:47:21.113Z shop:http GET /api/orders/1 200 45ms",
        "2026-12-02T07:47:21.113Z shop:db connected to postgres://db-1:5432/shop pool=10",
        "2026-12-02T07:47:21.114Z shop:payments:stripe charged order 1",
    ]
    data = _sample(lines)
    assert infer_layout(data) == [["time:iso", "sp"], ["ns", "sp"]]
    fmt = reader_for(data)
    services = [r.service for r, _ in fmt.records(data, "app")]
    assert services[:3] == ["shop:http", "shop:db", "shop:payments:stripe"]
    assert fmt.parse_block(data, ["service", "message"], "app").columns["service"] == services


@pytest.mark.parametrize("first", ["db-1:5432 refused", "http://x/y fetched", "user:42 logged in"])
def test_words_with_a_colon_in_messages_are_no_namespace(first: str) -> None:
    """A namespace is taken where it opens (nearly) every message: not a host and port, a URL, or
    a message opening so on some lines."""
    lines = [f"2026-12-02T07:47:21.11{i}Z {text}" for i, text in enumerate([first, "plain message", "another one"])]
    assert infer_layout(_sample(lines)) == [["time:iso", "sp"]]


DOTNET = [
    "info: Microsoft.Hosting.Lifetime[14]",
    "      Now listening on: http://[::]:8080",
    "fail: Shop.Orders.OrdersController[3003]",
    "      Saving order 100236 failed",
    "      System.InvalidOperationException: Order 100236 could not be saved",
    "         at Shop.Orders.OrderService.SaveAsync(Order order) in /src/OrderService.cs:line 42",
    "crit: Shop.Storage.DiskMonitor[0]",
    "      Disk usage at 97% on /var/lib/shop",
]


@pytest.mark.parametrize("stamp", ["", "2026-12-02T07:59:21.251Z "])
def test_dotnet_console_message_is_on_the_line_below(stamp: str) -> None:
    lines = [stamp + line if not line.startswith(" ") else line for line in DOTNET]
    data = _sample(lines)
    assert infer_layout(data)[-1] == ["evcat", "eol"]
    fmt = reader_for(data)
    records = [r for r, _ in fmt.records(data, "app")]
    assert [(r.level, r.service, r.message) for r in records[:3]] == [
        ("INFO", "Microsoft.Hosting.Lifetime", "Now listening on: http://[::]:8080"),
        ("ERROR", "Shop.Orders.OrdersController", "Saving order 100236 failed"),
        ("FATAL", "Shop.Storage.DiskMonitor", "Disk usage at 97% on /var/lib/shop"),
    ]
    assert records[1].fields["event_id"] == "3003"
    assert records[1].fields["stack"].startswith("      System.InvalidOperationException")
    batch = fmt.parse_block(data, ["level", "service", "message"], "app")
    assert list(zip(*batch.columns.values(), strict=True)) == [(r.level, r.service, r.message) for r in records]
    _, counts = fmt.count_block(data, ("service", "level"), "app")
    assert counts == Counter((r.service, r.level) for r in records)


def test_dmesg_decoded_facility_and_level() -> None:
    """`dmesg -x`: a syslog facility and a level, each padded before its colon, then the uptime
    (no instant); the facility a field, the message after the uptime; the kernel reads it."""
    lines = [
        "kern  :warn  : [    0.000000] [Firmware Bug]: TSC doesn't count with P0 frequency!",
        "kern  :info  : [    0.000047] tsc: Detected 2596.134 MHz processor",
        "daemon:err   : [   12.504000] systemd[1]: Failed to start unit",
        "user  :notice: [   13.000001] hello",
    ]
    data = _sample(lines, 40)
    assert infer_layout(data) == [["flevel", "sp"], ["btime:uptime", "sp"]]
    fmt = reader_for(data)
    records = [r for r, _ in fmt.records(data, "app")]
    assert [(r.level, r.message, r.fields["facility"]) for r in records[:4]] == [
        ("WARN", "[Firmware Bug]: TSC doesn't count with P0 frequency!", "kern"),
        ("INFO", "tsc: Detected 2596.134 MHz processor", "kern"),
        ("ERROR", "systemd[1]: Failed to start unit", "daemon"),
        ("INFO", "hello", "user"),
    ]
    assert all(r.timestamp is None for r in records)
    batch = fmt.parse_block(data, ["level", "message"], "app")
    assert list(zip(*batch.columns.values(), strict=True)) == [(r.level, r.message) for r in records]
    _, counts = fmt.count_block(data, ("level",), "app")
    assert counts == Counter((r.level,) for r in records)
