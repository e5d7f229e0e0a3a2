"""A logger named at the message's end, in parentheses (log4j's `%m (%c)%n`, Kafka's default
layout): learned per file where the header names no component, read as the record's service and
cut from its message, alike on every path (record, block, count)."""

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
