"""Header inference: text logs' headers (time, level, component, pid, host) learned per file and
split off the message, measured on loghub's ground truth and on real loggers' output."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from helpers import LOGHUB, loggers_check, run_job
from logmr.formats.base import split_block
from logmr.formats.header import infer_layout
from logmr.formats.reading import reader_for
from logmr.formats.times import normalize_time

LOGGERS = Path(__file__).resolve().parent / "data" / "loggers"
HEAD = 64 * 1024

# Share of lines whose message is the ground truth's Content, as measured (bench/headers.py).
CONTENT_FLOORS = {
    "Apache": 0.98,  # 0.984: apache_error keeps "[client ...]" apart, the CSV keeps it in Content
    "HDFS": 1.0,
    "Hadoop": 1.0,
    "Linux": 0.99,  # 0.996 (syslog)
    "OpenSSH": 1.0,
    "Proxifier": 1.0,
    "Spark": 1.0,
    "Zookeeper": 1.0,
}


@pytest.mark.parametrize("system", sorted(CONTENT_FLOORS))
def test_messages_equal_loghub_content(system: str) -> None:
    data = (LOGHUB / system / f"{system}_2k.log").read_bytes()
    with open(LOGHUB / system / f"{system}_2k.log_structured.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    fmt = reader_for(data[:HEAD])
    records = [fmt.parse(line, None) for line in split_block(data)]
    right = sum(r.message.rstrip() == row["Content"].rstrip() for r, row in zip(records, rows, strict=True))
    assert right / len(rows) >= CONTENT_FLOORS[system]
    if "Component" in rows[0] and system not in ("OpenSSH", "Zookeeper"):  # those CSVs put other things there
        assert all(r.service == row["Component"] for r, row in zip(records, rows, strict=True))


def test_proxifier_program_and_time() -> None:
    data = (LOGHUB / "Proxifier" / "Proxifier_2k.log").read_bytes()
    fmt = reader_for(data[:HEAD])
    record = fmt.parse("[10.30 16:51:56] svchost.exe *64 - proxy.cse.cuhk.edu.hk:5070 close, 303 bytes sent")
    assert record.service == "svchost.exe *64" and record.message.startswith("proxy.cse")
    assert record.timestamp == "Oct 30 16:51:56"  # no year written: the timeline chooses it


# Share of records right per field (time, level, service, host, message), as measured by
# bench/loggers_check.py: what is read today, not a goal.
LOGGER_FIELDS = {
    "apache_error.log": (1, 1, 1, 1, 1),
    "jul_simpleformatter.log": (1, 0.5, 1, 1, 0.0),  # two-line records are not joined
    "klog.log": (1, 1, 1, 1, 1),
    "log4j2_pattern.log": (1, 1, 1, 1, 1),
    "logback_default.log": (1, 1, 1, 1, 1),
    "logback_file.log": (1, 1, 1, 1, 1),
    "loguru_default.log": (1, 1, 1, 1, 1),
    "nginx_error.log": (1, 1, 1, 1, 1),
    "python_logging_asctime_crlf.log": (1, 1, 1, 1, 1),
    "python_logging_default.log": (1, 1, 1, 1, 1),
    "structlog_console.log": (1, 1, 1, 1, 1),
    "syslog_rfc3164.log": (1, 1, 1, 1, 1),  # year-less: the current year
    "syslog_rfc5424.log": (1, 1, 1, 1, 1),
    "zap_development.log": (1, 1, 1, 1, 1),
}


@pytest.mark.parametrize("name", sorted(LOGGER_FIELDS))
def test_real_text_loggers_fields(name: str) -> None:
    row = loggers_check().check(LOGGERS / name, show=False)
    got = tuple(row[field] for field in ("time", "level", "service", "host", "message"))
    assert got >= LOGGER_FIELDS[name] or all(g >= w for g, w in zip(got, LOGGER_FIELDS[name], strict=True)), got
    assert row["block"]  # the block path gives what parse gives line by line


_MESSAGES = ["cache parity error corrected", "job 12 started", "Connection refused: 10.0.0.1", "done"]


@pytest.mark.parametrize(
    ("header", "layout"),
    [
        ("", None),  # messages alone: no header, even with numbers and addresses in them
        (
            "2016-09-28 04:30:30, Info                  CBS    ",
            [["time:iso", "comma"], ["level", "sp"], ["word", "pad"]],
        ),
        (
            "1117838570 node-7 RAS KERNEL INFO ",
            [["time:epoch", "sp"], ["word", "sp"], ["word", "sp"], ["word", "sp"], ["level", "sp"]],
        ),
        (
            "- 1131566461 2005.11.09 dn228 Nov 9 12:01:01 dn228/dn228 crond[2915]: ",
            [
                *[["word", "sp"], ["time:epoch", "sp"], ["word", "sp"], ["word", "sp"]],
                *[["time:syslog", "sp"], ["word", "sp"], ["tag", "sp"], ["?mlevel", "none"]],
            ],
        ),
        (
            "20171223-22:15:29:606|Step_LSC|30002312|",
            [["time:ymd_compact_ms", "pipe"], ["phrase", "pipe"], ["pid", "pipe"]],
        ),
    ],
)
def test_inferred_layouts(header: str, layout: list[list[str]] | None) -> None:
    lines = [header + message for message in _MESSAGES * 5]
    assert infer_layout(("\n".join(lines) + "\n").encode()) == layout


def test_a_level_padded_to_its_colon() -> None:
    """rclone's `%-6s: ` levels (`INFO  : `, `NOTICE: `, `DEBUG : `): a level slot whose separator
    takes the padding before the colon, not a tag named after the level."""
    levels = ["INFO  ", "NOTICE", "DEBUG ", "ERROR ", "INFO  "]
    lines = [f"2026/12/03 18:07:{n % 60:02d} {levels[n % 5]}: {text}" for n, text in enumerate(_MESSAGES * 5)]
    block = ("\n".join(lines) + "\n").encode()
    assert infer_layout(block) == [["time:ymd_slash", "sp"], ["level", "pcolon"]]
    records = [record for record, _ in reader_for(block).records(block, "d")]
    assert [r.level for r in records[:5]] == ["INFO", "INFO", "DEBUG", "ERROR", "INFO"]
    assert [r.message for r in records] == _MESSAGES * 5 and {r.service for r in records} == {"d"}


def test_a_syslog_time_to_the_minute() -> None:
    """MPD's `Dec 03 18:08 : module: ` (no seconds): a time of its own, its second 00; a syslog
    time with seconds is not read as one to the minute."""
    lines = [f"Dec 03 18:{n % 60:02d} : player: {text}" for n, text in enumerate(_MESSAGES * 5)]
    block = ("\n".join(lines) + "\n").encode()
    assert infer_layout(block) == [["time:syslog_minute", "scolon"], ["tag", "sp"]]
    record = reader_for(block).parse(lines[1], "d")
    assert (record.timestamp, record.service, record.message) == ("Dec 03 18:01:00", "player", _MESSAGES[1])
    assert infer_layout(block.replace(b" : ", b":07 host app: ")) != infer_layout(block)


def test_block_and_line_paths_agree_with_stack_traces() -> None:
    """A stack trace line continues the record above it (a whitespace line inside is kept, a
    trailing one dropped); a trace line before the file's first header is a record of its own."""
    record = "2026-11-30 12:00:00,001 ERROR [main] com.example.App: boom\n\tat com.example.App.run(App.java:3)\n   \n"
    text = "\tat orphan.Frame(Frame.java:1)\n" + record * 2
    fmt = reader_for((record * 5).encode())
    batch = fmt.parse_block(text.encode(), ["message", "level", "service", "timestamp"], "app")
    by_record = [r for r, _ in fmt.records(text.encode(), "app")]
    assert batch.records == len(by_record) == 3
    assert batch.columns["message"] == [r.message for r in by_record]
    assert batch.columns["message"] == ["\tat orphan.Frame(Frame.java:1)", "boom", "boom"]
    assert batch.columns["service"] == ["app", "com.example.App", "com.example.App"]
    assert batch.columns["level"] == ["INFO", "ERROR", "ERROR"]
    assert batch.columns["timestamp"] == [None, "2026-11-30T12:00:00.001000", "2026-11-30T12:00:00.001000"]
    assert by_record[1].fields["stack"] == "\tat com.example.App.run(App.java:3)"
    assert by_record[1].raw == by_record[1].text == record.split("\n   ")[0]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2026/11/30 12:00:00", "2026-11-30T12:00:00"),
        ("[Mon Nov 30 12:00:00.123456 2026]".strip("[]"), "2026-11-30T12:00:00.123456"),
        ("081109 203615", "2008-11-09T20:36:15"),
        ("1700000000123", "2023-11-14T22:13:20.123000+00:00"),
        ("20171223-22:15:29:606", "2017-12-23T22:15:29.606000"),
        ("Nov  3 12:00:00", "Nov 03 12:00:00"),
        ("12:00:00.123", None),
    ],
)
def test_times_normalise(text: str, iso: str | None) -> None:
    assert normalize_time(text) == iso


@pytest.mark.parametrize("analysis", ["services", "timeline"])
def test_results_do_not_depend_on_the_split_size(tmp_path: Path, analysis: str) -> None:
    logs = [LOGHUB / s / f"{s}_2k.log" for s in ("Proxifier", "Zookeeper", "HDFS")]
    one, _ = run_job(analysis, logs, tmp_path / "one", split_size=1 << 30, partitions=1)
    many, result = run_job(analysis, logs, tmp_path / "many", split_size=8 * 1024, partitions=3)
    assert result["counters"]["splits"] > 50
    assert one == many


# Headers of systems the bundled samples do not hold, written from their shapes (our own lines):
# (header before each message, {record field: what the header gives}). Every line is one record.
_VARIED = [
    "instance 7 spawned in 19.05 seconds",
    "GET /v2/servers/detail status: 200 len: 1893",
    "Removing base file: /var/lib/nova/_base/a489c8",
    "Final resource view: name=cp-1 phys_ram=64172MB",
]
_LEVELS = ["INFO", "WARNING", "ERROR", "DEBUG"]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (  # OpenStack: a file name with a time in it, then the record's own time, pid, level, logger
            "nova-api.log.1.2026-11-30_13:53:08 2026-11-30 00:00:0{i}.008 25746 {level} nova.api.wsgi.server "
            "[req-3ea4052c-895d 113d3a99 - - -] ",
            {"timestamp": "2026-11-30T00:00:01.008000", "service": "nova.api.wsgi.server", "pid": 25746},
        ),
        (  # Android logcat threadtime: month-day time, pid, tid, level letter, tag
            "03-17 16:13:3{i}.811  1702  2395 {letter} WindowManager: ",
            {"timestamp": "Mar 17 16:13:31.811", "service": "WindowManager", "pid": 1702, "tid": 2395},
        ),
        (  # BGL: epoch, date, node, time, node again, type, component, level
            "- 111783857{i} 2005.06.03 R02-M1-N0-C:J12-U11 2005-06-03-15.42.5{i}.675872 R02-M1-N0-C:J12-U11 "
            "RAS KERNEL {level} ",
            {"timestamp": "2005-06-03T22:42:51+00:00", "service": "KERNEL", "host": "R02-M1-N0-C:J12-U11"},
        ),
        (  # Thunderbird: epoch, date, node, syslog time, node/node, a program by its path
            "- 113156646{i} 2005.11.09 dn228 Nov 9 12:01:0{i} dn228/dn228 /apps/sbin/gmetad[1682]: ",
            {"timestamp": "2005-11-09T20:01:01+00:00", "service": "/apps/sbin/gmetad", "host": "dn228/dn228"},
        ),
        (  # Python's logging cookbook: time - name - level - message
            "2026-11-30 12:00:0{i},123 - app.worker - {level} - ",
            {"timestamp": "2026-11-30T12:00:01.123000", "service": "app.worker"},
        ),
        (  # Python's default format: LEVEL:logger:message, glued
            "{level}:root:",
            {"service": "root"},
        ),
        (  # compact ISO 8601 time, a level, a bracketed thread
            "20261130T12000{i}Z {level} [worker-3] ",
            {"timestamp": "2026-11-30T12:00:01+00:00", "thread": "worker-3"},
        ),
        (  # tab-separated fields
            "2026-11-30T12:00:0{i}Z\t{level}\tbilling\t",
            {"timestamp": "2026-11-30T12:00:01+00:00", "service": "billing"},
        ),
        (  # a day.month.year time, a word, a pid in brackets
            "30.11.2026 12:00:0{i} UTC [4242] ",
            {"timestamp": "2026-11-30T12:00:01", "pid": 4242},
        ),
    ],
    ids=[
        "openstack",
        "android",
        "bgl",
        "thunderbird",
        "python-cookbook",
        "python-default",
        "compact-iso",
        "tabs",
        "dmy",
    ],
)
def test_headers_of_unseen_systems(header: str, expected: dict) -> None:
    """The header is split off every line: the message is what follows it, the level (where the
    header has one) the line's, and time, component, host, pid and thread as written."""
    lines = []
    for n in range(24):
        level = _LEVELS[n % 4]
        fill = {"i": n % 10, "level": level, "letter": level[0]}
        lines.append((header.format(**fill), _VARIED[n % 4], level))
    data = "".join(head + message + "\n" for head, message, _ in lines).encode()
    fmt = reader_for(data)
    for n, (head, message, level) in enumerate(lines):
        record = fmt.parse(head + message, None)
        assert record.message == message
        if "{level}" in header or "{letter}" in header:
            assert record.level == {"WARNING": "WARN"}.get(level, level)
        if n == 1:
            got = {
                key: record.fields.get(key) if key in ("pid", "tid", "thread") else getattr(record, key)
                for key in expected
            }
            assert got == expected


def test_macos_syslog_note_after_the_pid() -> None:
    """macOS writes a note in parentheses between a program's pid and its colon."""
    line = "Jul  1 09:29:02 calvisitor-10-105-160-95 sandboxd[129] ([31211]): com.apple.Addres(31211) deny network"
    data = (line + "\n" + "Jul  1 09:29:03 calvisitor-10-105-160-95 kernel[0]: AirPort: Link Up on en0\n") * 5
    record = reader_for(data.encode()).parse(line, None)
    assert (record.service, record.host, record.fields["pid"]) == ("sandboxd", "calvisitor-10-105-160-95", 129)
    assert record.message == "com.apple.Addres(31211) deny network"


def test_an_optional_slot_on_part_of_the_lines() -> None:
    """A level (and what follows it) on only some lines is an optional slot: the lines that have it
    give their level and lose those fields from the message; the others keep their whole text."""
    lines = []
    for n in range(20):
        if n % 3 == 0:
            lines.append(f"2026-11-30T12:00:0{n % 10}Z START RequestId: abc-{n} Version: 1")
        else:
            lines.append(f"2026-11-30T12:00:0{n % 10}Z [{_LEVELS[n % 4]}]\treq-{n}\t{_VARIED[n % 4]}")
    fmt = reader_for(("\n".join(lines) + "\n").encode())
    assert [kind for kind, _ in fmt.layout] == ["time:iso", "?blevel", "?word"]
    plain = fmt.parse(lines[0], None)
    assert (plain.level, plain.message) == ("INFO", "START RequestId: abc-0 Version: 1")
    tagged = fmt.parse(lines[2], None)
    assert (tagged.level, tagged.message, tagged.service, tagged.host) == ("ERROR", _VARIED[2], None, None)


def test_a_level_word_past_the_headers_level_opens_the_message() -> None:
    """A header holds one level: Windows CBS's `Info  CBS  Warning: ...` on a third of the lines
    keeps `Warning:` in the message and the header's level (an optional level slot would cut it)."""
    lines = []
    for n in range(30):
        text = "Warning: Unrecognized packageExtended attribute." if n % 2 else f"Loaded Servicing Stack v6.1.{n}"
        lines.append(f"2016-09-28 04:30:{n:02d}, Info                  CBS    {text}")
    fmt = reader_for(("\n".join(lines) + "\n").encode())
    assert not any(kind.startswith("?") for kind, _ in fmt.layout)
    record = fmt.parse(lines[1], None)
    assert (record.level, record.service, record.message) == (
        "INFO",
        "CBS",
        "Warning: Unrecognized packageExtended attribute.",
    )


def test_postgresql_debug_levels_are_debug() -> None:
    """PostgreSQL's DEBUG1 to DEBUG5 (log_min_messages) read as DEBUG, in a learned header too."""
    from logmr.formats.header import infer_layout
    from logmr.formats.plain import PlainTextFormat
    from logmr.formats.record import normalize_level

    assert [normalize_level(f"DEBUG{n}") for n in range(1, 6)] == ["DEBUG"] * 5
    lines = [
        f"2026-11-30 12:00:0{n} UTC [42] {level}:  message {n}"
        for n, level in enumerate(["LOG", "DEBUG1", "DEBUG3", "ERROR", "DEBUG5", "LOG", "WARNING", "DEBUG2"])
    ]
    block = ("\n".join(lines) + "\n").encode()
    fmt = PlainTextFormat(infer_layout(block))
    records = [fmt.parse(line) for line in lines]
    assert [r.level for r in records] == ["INFO", "DEBUG", "DEBUG", "ERROR", "DEBUG", "INFO", "WARN", "DEBUG"]
    assert [r.message for r in records] == [f"message {n}" for n in range(8)]
    assert fmt.parse_block(block, ["level"]).columns["level"] == [r.level for r in records]


@pytest.mark.parametrize(
    ("lines", "layout"),
    [
        # Go's net/http writes `http: ...` as its component: no level word (winston's `http` is one)
        (
            ["2026/12/02 08:00:0{i} http: TLS handshake error from 10.0.0.{i}:443: EOF"],
            [["time:ymd_slash", "sp"], ["tag", "sp"]],
        ),
        # a message's `- `, `* `, `# ` after a time is no level (Redis's one-character levels follow its `pid:role`)
        (["Dec  2 08:00:0{i} - - connection from 10.0.0.{i}"], [["time:syslog", "dash"]]),
        (
            ["2026-12-02 08:00:0{i} * user logged in", "2026-12-02 08:00:0{i} # connection reset by peer"],
            [["time:iso", "sp"]],
        ),
        # `name.log:` is a tag (Monolog's `channel.LEVEL:` is upper case)
        (["2026-12-02 08:00:0{i} server.log: connection {i} reset"], [["time:iso", "sp"], ["tag", "sp"]]),
        # log4j's `%5p` pads INFO and WARN with one space: those lines still open records (no layout
        # of the DEBUG and ERROR lines alone; since session 33, one after the blank: test_header_slots33.py)
        (
            [
                " INFO [main] (App.java:{i}) - request {i}",
                " WARN [main] (App.java:{i}) - slow {i}",
                "DEBUG [main] (App.java:{i}) - x",
            ],
            [["lead", "none"], ["level", "sp"], ["bracket", "sp"], ["paren", "dash"]],
        ),
    ],
)
def test_new_slots_leave_ordinary_lines_alone(lines: list[str], layout: list[list[str]] | None) -> None:
    sample = "".join(line.format(i=i % 10) + "\n" for i in range(60) for line in lines)
    assert infer_layout(sample.encode()) == layout


def test_short_json_keys_are_no_fields_of_one_producer(tmp_path: Path) -> None:
    """MongoDB's `s` and `c` are not read: in other JSON logs such keys mean anything."""
    path = tmp_path / "app.jsonl"
    path.write_text(
        "".join(f'{{"ts":"2026-12-02T08:00:0{i}Z","msg":"paid {i}","c":"USD","s":"F"}}\n' for i in range(9))
    )
    rows, _ = run_job("parse", [path], tmp_path / "out")
    assert {(row["level"], row["service"]) for row in rows.values()} == {("INFO", "app")}  # (the file's name)
