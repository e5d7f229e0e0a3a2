"""Edges a bug hunt found (session 32, by a helper comparing fast and record paths and whole jobs
split anywhere): each read the same whichever path and wherever the input is cut, none fatal."""

from __future__ import annotations

import io
import json

from logmr.engine.located import located_batch
from logmr.engine.reader import first_byte, iter_blocks
from logmr.formats.base import LogFormat, count_columns
from logmr.formats.jsonl import JsonLinesFormat
from logmr.formats.logfmt import LogfmtFormat
from logmr.formats.reading import format_for, learn_layout

BOM = "\ufeff"


def _same_on_every_path(fmt: LogFormat, block: bytes, fields: tuple[str, ...]) -> LogFormat:
    slow = LogFormat.parse_block(fmt, block, fields, "svc")
    assert fmt.parse_block(block, fields, "svc").columns == slow.columns
    assert fmt.count_block(block, fields, "svc")[1] == count_columns(slow, fields)
    return slow


def test_a_json_line_opening_with_a_byte_order_mark_inside_a_file_is_json() -> None:
    """Files written with a BOM and joined with `cat`: the second file's first line is JSON."""
    first = json.dumps({"ts": "2026-11-01T00:00:00Z", "level": "info", "service": "api", "msg": "before"})
    second = json.dumps({"ts": "2026-11-01T00:00:01Z", "level": "error", "service": "db", "msg": "after cat"})
    block = f"{first}\n{BOM}{second}\n".encode()
    slow = _same_on_every_path(JsonLinesFormat(), block, ("service", "level", "message"))
    assert slow.columns["service"] == ["api", "db"] and slow.columns["message"] == ["before", "after cat"]


def test_logfmt_counts_by_the_timestamp_as_written_unless_by_its_second() -> None:
    block = "".join(f'ts=2026-12-03T22:14:48.{i:06d}Z lvl=info msg="event {i}"\n' for i in range(300)).encode()
    slow = _same_on_every_path(LogfmtFormat(), block, ("timestamp", "level"))
    assert len(count_columns(slow, ("timestamp", "level"))) == 300


def test_objects_and_arrays_where_a_level_or_a_short_key_is_expected_are_no_failure() -> None:
    """`"level": {...}`, `"severity": [...]`: no level (the default); MongoDB's `c` key holding
    an app's object: its records counted on the column path, as the record path reads them."""
    lines = [
        {"level": {"name": "INFO", "no": 20}, "msg": "level as an object"},
        {"severity": ["x"], "msg": "level as an array"},
        {"level": "warn", "msg": "ok", "c": {"request": 7}},
        {"t": {"$date": "2026-11-01T00:00:00Z"}, "s": "E", "c": {"a": 1}, "msg": "mongodb-like"},
    ]
    block = "".join(json.dumps(line) + "\n" for line in lines).encode()
    for fields in [("service", "level"), ("level",), ("timestamp", "level", "message")]:
        slow = _same_on_every_path(JsonLinesFormat(), block, fields)
        assert slow.records == 4
    assert _same_on_every_path(JsonLinesFormat(), block, ("level",)).columns["level"][:3] == ["INFO", "INFO", "WARN"]


def test_each_json_reading_learns_from_its_own_file() -> None:
    """A JSON reading learns alias depths from its file's first block: a reading for another file
    (format_for, as each map task's split gets) starts from nothing, whatever its process read before;
    the splits of one file in one process share theirs."""
    events = b'{"foo": "x", "time": "2026-11-01T01:26:38.198Z"}\n'
    docker = b'{"log": "ERROR payment failed\\n", "stream": "stderr", "time": "2026-11-01T01:53:30.810Z"}\n'
    fields = ("message", "service", "level", "timestamp")
    format_for("json", None, "events.jsonl").parse_block(events, fields, "svc")
    docker_reading = format_for("json", None, "container-json.log")
    assert docker_reading.parse_block(docker, fields, "svc").columns["message"] == ["ERROR payment failed"]
    assert format_for("json", None, "container-json.log") is docker_reading  # (a file's splits share one)
    assert format_for("json") is not format_for("json")


def _docker_file(partial_at: int) -> tuple[bytes, int]:
    """Whole Docker lines, a partial line (no newline in its `log`) about `partial_at` bytes in,
    blank lines, the line that ends it, more whole lines; and how many records the whole reads."""
    whole = [
        json.dumps({"log": f"GET /item/{i} 200\n", "stream": "stdout", "time": "2026-11-01T00:00:00Z"}) + "\n"
        for i in range(400)
    ]
    head = "".join(whole[: partial_at // len(whole[0])])
    partial = json.dumps({"log": "part one ", "stream": "stdout", "time": "2026-11-01T00:00:01Z"}) + "\n"
    end = json.dumps({"log": "part two\n", "stream": "stdout", "time": "2026-11-01T00:00:01Z"}) + "\n"
    data = (head + partial + "\n \n" + end + "".join(whole[len(head) // len(whole[0]) :])).encode()
    fmt = JsonLinesFormat()
    return data, sum(1 for record, _ in fmt.records(data, "svc") if record is not None)


def test_a_docker_partial_line_before_blank_lines_reads_alike_wherever_the_file_is_cut() -> None:
    """A blank line ends a partial line (the engine's cut reads the line above it only): the same
    records whole, in blocks, and in splits cut at every line around it."""
    data, whole = _docker_file(20_000)
    fmt = JsonLinesFormat()
    at = data.index(b"part one")
    for cut in range(at - 200, at + 300, 7):
        records = 0
        for start, end in [(0, cut), (cut, len(data))]:
            stream = io.BytesIO(data)
            stream.seek(first_byte(start, fmt.starts_record))
            for block in iter_blocks(stream, start, end, fmt.starts_record, 4096):
                records += sum(1 for record, _ in JsonLinesFormat().records(block, "svc") if record is not None)
        assert records == whole


def test_a_parse_records_offsets_past_an_envelope_and_a_blank_line() -> None:
    """An Azure `records` line (two events, one line) and one blank line below it: as many records
    as lines, yet no record a line; each record's offset is its own line's."""
    lines = [
        json.dumps({"ts": "2026-11-01T00:00:00Z", "msg": "first"}),
        json.dumps({"records": [{"time": "2026-11-01T00:00:01Z", "properties": {"message": "one"}}] * 2}),
        json.dumps({"ts": "2026-11-01T00:00:03Z", "msg": "after"}),
        "",
        json.dumps({"ts": "2026-11-01T00:00:04Z", "msg": "last"}),
    ]
    raw = ("\n".join(lines) + "\n").encode()
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line.encode()) + 1)
    batch = located_batch(JsonLinesFormat(), raw, 0, ("message",), "svc")
    assert list(zip(batch.columns["message"], batch.columns["offset"], strict=True)) == [
        ("first", starts[0]),
        ("one", starts[1]),
        ("one", starts[1]),
        ("after", starts[2]),
        ("last", starts[4]),
    ]


def test_mongodb_times_after_lines_without_a_time_and_with_another_type() -> None:
    """A block cut around a line whose `service` is a number: the pieces after it are MongoDB's
    lines, their `t.$date` the time (a path other aliases are read beside, never learned unused)."""
    date = lambda i: {"$date": f"2026-11-01T00:00:0{i}.000+00:00"}  # noqa: E731
    lines = [{"service": "a"}, {}, {"service": 5}] + [{"t": date(i), "service": "api", "msg": "d"} for i in range(5)]
    block = "".join(json.dumps(line) + "\n" for line in lines).encode()
    fields = ("level", "service", "timestamp")
    slow = LogFormat.parse_block(JsonLinesFormat(), block, fields, "svc")
    assert JsonLinesFormat().parse_block(block, fields, "svc").columns == slow.columns
    assert slow.columns["timestamp"][3:] == [date(i)["$date"] for i in range(5)]


def test_a_number_under_t_is_no_time() -> None:
    """log15 writes `t` as a text; an app's `"t": 1` (a counter, a type code) is no 1970 time."""
    block = b'{"t": 1, "msg": "tick"}\n{"t": "2026-12-04T13:59:15Z", "msg": "log15"}\n'
    slow = _same_on_every_path(JsonLinesFormat(), block, ("timestamp", "message"))
    assert slow.columns["timestamp"] == [None, "2026-12-04T13:59:15Z"]


def test_what_a_service_name_keeps() -> None:
    from logmr.formats.plain_keys import component_text

    kept = ["db-primary:5432", "views:42", "svc-1", "svchost.exe *64", "api"]
    assert [component_text(name) for name in kept] == kept
    cut = {"App:21": "App", "com.example.App:12": "com.example.App", "shop.api-": "shop.api", "App null": "App"}
    cut |= {"App <req-7f3a>": "App", "shop.api user=alice": "shop.api", "  MAIN  ": "MAIN"}
    assert {name: component_text(name) for name in cut} == cut


def test_a_go_log_message_opening_with_a_zone_word_keeps_it() -> None:
    lines = [
        f"2026/12/04 13:59:{i:02d} {word} maintenance window {i}"
        for i, word in enumerate(["UTC", "GMT", "db", "x"] * 5)
    ]
    data = ("\n".join(lines) + "\n").encode()
    fmt = format_for("plain", learn_layout("plain", data))
    records = [record for record, _ in fmt.records(data, "svc")]
    assert [r.message.split()[0] for r in records] == ["UTC", "GMT", "db", "x"] * 5


def test_a_bracketed_thread_before_a_bracketed_level_is_no_service() -> None:
    """log4j's `[%d] [%t] [%p] %m`: spdlog's `[time] [name] [level]` has the same layout, and a layout
    alone cannot tell a logger's name from a thread's there (Hydra's glued `[time][name][LEVEL]` can)."""
    threads = ["http-nio-8080-exec-1", "main", "scheduling-1", "pool-2-thread-3"]
    texts = ["GET /cart served in 12 ms", "user 42 logged in", "cache miss for key 7", "payment declined: card expired"]
    lines = [f"[2026-12-04 10:00:{i:02d},123] [{threads[i % 4]}] [INFO] {texts[i % 3]}" for i in range(40)]
    data = ("\n".join(lines) + "\n").encode()
    fmt = format_for("plain", learn_layout("plain", data))
    assert {record.service for record, _ in fmt.records(data, "svc")} == {"svc"}
