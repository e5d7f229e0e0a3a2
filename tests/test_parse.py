"""`parse`: one row per record, keyed by its file and the byte offset of its line, with its template."""

from __future__ import annotations

import gzip
import re
from bisect import bisect_right
from collections import Counter
from pathlib import Path

import pytest
import zstandard
from hypothesis import given
from hypothesis import strategies as st

from helpers import LOGHUB, run_job
from logmr.analyses.assignment import SideTable
from logmr.analyses.masking import head_of
from logmr.analyses.params import params_many, params_of
from logmr.analyses.parse import Parse, template_id


def _lines(system: str, n: int) -> list[bytes]:
    return (LOGHUB / system / f"{system}_2k.log").read_bytes().splitlines()[:n]


def _layouts() -> dict[str, tuple[bytes, str | None]]:
    """Uncompressed bytes and compression, per case: LF, CRLF, a BOM, blank lines, gzip, zstd."""
    lines = _lines("Hadoop", 700)
    plain = b"\n".join(lines) + b"\n"
    with_blanks = b"\n".join(line + (b"\n" if i % 97 == 0 else b"") for i, line in enumerate(lines))  # no final newline
    return {
        "lf": (plain, None),
        "crlf": (b"\r\n".join(lines) + b"\r\n", None),
        "bom": (b"\xef\xbb\xbf" + plain, None),
        "blank-lines": (with_blanks, None),
        "gzip": (b"\xef\xbb\xbf" + b"\r\n".join(lines), "gz"),
        "zstd": (plain, "zst"),
    }


def _line_starts(data: bytes) -> dict[int, bytes]:
    """The reference: a sequential walk of the uncompressed bytes, offset -> line, blank lines left out."""
    starts, at = {}, 0
    while at < len(data):
        end = data.find(b"\n", at)
        end = len(data) if end < 0 else end
        line = data[at:end].rstrip(b"\r")
        if at == 0 and line.startswith(b"\xef\xbb\xbf"):
            at, line = 3, line[3:]
        if line.strip():
            starts[at] = line
        at = end + 1
    return starts


@pytest.mark.parametrize("case", sorted(_layouts()))
def test_each_offset_is_where_the_records_line_starts(tmp_path: Path, case: str) -> None:
    data, compression = _layouts()[case]
    path = tmp_path / f"app.log{'.' + compression if compression else ''}"
    if compression == "gz":
        path.write_bytes(gzip.compress(data))
    elif compression == "zst":
        path.write_bytes(zstandard.ZstdCompressor().compress(data))
    else:
        path.write_bytes(data)
    rows, result = run_job("parse", [path], tmp_path / "out", split_size=2048, partitions=3, workers=2)
    if not compression:
        assert result["counters"]["splits"] > 20  # offsets across many split edges
    starts = _line_starts(data)
    assert sorted(offset for _, offset in rows) == sorted(starts)
    for (file, offset), row in rows.items():
        assert file == str(path)
        line = data[offset:].split(b"\n", 1)[0].rstrip(b"\r").decode()
        assert line == starts[offset].decode()
        assert line.endswith(row["message"]), (offset, row["message"])


def test_rows_do_not_depend_on_the_splits(tmp_path: Path) -> None:
    log = LOGHUB / "Zookeeper" / "Zookeeper_2k.log"
    one, _ = run_job("parse", [log], tmp_path / "one", split_size=1 << 30, partitions=1)
    many, result = run_job("parse", [log], tmp_path / "many", split_size=3000, partitions=4, workers=2)
    assert result["counters"]["splits"] > 50
    assert one == many
    assert len(one) == 2000


def test_templates_and_counts_are_the_templates_analysis(tmp_path: Path) -> None:
    log = LOGHUB / "HDFS" / "HDFS_2k.log"
    rows, result = run_job("parse", [log], tmp_path / "parse", split_size=8192, partitions=3)
    mined, _ = run_job("templates", [log], tmp_path / "templates", split_size=1 << 30, partitions=1)
    assert Counter(row["template"] for row in rows.values()) == {t: row["count"] for t, row in mined.items()}
    assert all(row["template_id"] == template_id(row["template"]) for row in rows.values())
    summary = result["summary"]
    assert summary["total"] == 2000 and summary["distinct_templates"] == len(mined)
    top = summary["templates"][0]
    assert top["count"] == max(row["count"] for row in mined.values())
    # The drill-down's records: header fields and where each line is.
    data = log.read_bytes()
    for line in top["lines"]:
        assert data[line["offset"] :].split(b"\n", 1)[0].rstrip(b"\r").decode().endswith(line["message"])
        assert {"time", "level", "service", "host", "pid"} <= set(line)


def test_params_fill_the_template_back_into_the_message(tmp_path: Path) -> None:
    log = LOGHUB / "OpenSSH" / "OpenSSH_2k.log"
    rows, _ = run_job("parse", [log], tmp_path / "out")
    filled = 0
    for row in rows.values():
        text = re.sub(r"<\*>|<[A-Z]+>", _filler(row["params"]), row["template"])
        assert text == " ".join(head_of(row["message"]).split())
        filled += bool(row["params"])
    assert filled > 1500


def _filler(params: list[str]):
    values = iter(params)
    return lambda _: next(values)


def test_header_fields_come_from_the_inferred_layout(tmp_path: Path) -> None:
    log = tmp_path / "svc.log"
    log.write_text(
        "2026-11-30 12:00:01,123 INFO [main] db.Pool: opened 5 connections\n"
        "2026-11-30 12:00:02,456 ERROR [main] db.Pool: lost connection 7 after 30 s\n"
        "2026-11-30 12:00:03,789 INFO [main] db.Pool: opened 9 connections\n"
    )
    rows, _ = run_job("parse", [log], tmp_path / "out")
    first = rows[(str(log), 0)]
    assert first["level"] == "INFO" and first["time"].startswith("2026-11-30T12:00:01")
    assert first["message"] == "opened 5 connections"
    assert first["template"] == "opened <NUM> connections" and first["params"] == ["5"]
    assert rows[(str(log), 66)]["level"] == "ERROR"


def test_params_of_a_message_spelling_a_mask() -> None:
    assert params_of("user <*> logged in", "user  alice logged in") == ["alice"]
    assert params_of("id <NUM> of <*>", "id <NUM> of 7") == ["<NUM>", "7"]
    assert params_of("no wildcards", "no wildcards") == []


_SHAPES = [
    (
        "user <*> logged in",
        ["user  alice logged in", "user bob and eve logged in", "user logged in", "user <*> logged in"],
    ),
    ("id <NUM> of <*>", ["id <NUM> of 7", "id 5 of x y", "id 5 of", "other"]),
    ("took <NUM>ms at <IP>:<NUM>", ["took 15ms at 10.0.0.1:80", "took\t7ms  at 1.2.3.4:1\u2028", "took ms at x"]),
    ("<NUM>:<NUM>:<*> <NUM>_<NUM>", ["1:2:3:4 5_6_7", "a:b:c d e_f", ":: x_y"]),
    ("<NUM>", ["1", " 22 ", "a b"]),
    ("a < b", ["a < b", "a  <  b"]),
    ("no wildcards", ["no wildcards"]),
]


@given(st.lists(st.tuples(st.integers(0, len(_SHAPES) - 1), st.integers(0, 3)), max_size=40))
def test_params_of_a_block_equal_params_of_each_record(picks: list[tuple[int, int]]) -> None:
    """Read a template at a time (one findall per template), every record's params are params_of's,
    a template some message of which its regex does not fit read message by message."""
    rows = [(_SHAPES[i][0], _SHAPES[i][1][j % len(_SHAPES[i][1])]) for i, j in picks]
    expected = [params_of(template, message) for template, message in rows]
    assert params_many([t for t, _ in rows], [head_of(m) for _, m in rows]) == list(map(tuple, expected))
    assert expected == [_lazy_params(template, message) for template, message in rows]


def _lazy_params(template: str, message: str) -> list[str] | None:
    """params_of with every mask's group lazy (params.py makes one that ends its token greedy)."""
    text = " ".join(message.split())
    parts = [
        r"((?: \S+)*?)" if token == "<*>" else " " + r"(\S+?)".join(map(re.escape, re.split(r"<\*>|<[A-Z]+>", token)))
        for token in template.split(" ")
    ]
    found = re.fullmatch("".join(parts), " " + text)
    if found is None:
        return params_of(template, message)  # (the tokens that differ: no regex)
    return [value[1:] if value[:1] == " " else value for value in found.groups()]


def test_a_record_of_several_lines_is_at_its_first_line(tmp_path: Path) -> None:
    """Docker's json-file cuts long lines into partial records that the reader joins: the joined
    record's offset is its first piece's line."""
    import json

    def piece(text: str, end: bool) -> str:
        return json.dumps({"log": text + ("\n" if end else ""), "stream": "stdout", "time": "2026-11-30T12:00:00Z"})

    lines = [piece("short one", True), piece("a long line cut ", False), piece("in two", True), "", piece("x 7", True)]
    data = ("\n".join(lines) + "\n").encode()
    path = tmp_path / "docker.log"
    path.write_bytes(data)
    rows, _ = run_job("parse", [path], tmp_path / "out")
    starts = [0, len(lines[0]) + 1, sum(len(line) + 1 for line in lines[:4])]
    assert sorted(offset for _, offset in rows) == starts
    assert rows[(str(path), starts[1])]["message"] == "a long line cut in two"


def test_times_are_iso_8601_also_where_the_year_is_not_written(tmp_path: Path) -> None:
    """Proxifier writes `[10.30 16:49:06]`: the row's time is ISO 8601 with the year the other
    analyses give it (formats/record.yearless_time), not the header's text."""
    log = tmp_path / "proxifier.log"
    log.write_bytes(b"\n".join(_lines("Proxifier", 50)) + b"\n")
    rows, _ = run_job("parse", [log], tmp_path / "out")
    first = rows[(str(log), 0)]
    written = re.match(rb"\[(\d\d)\.(\d\d) (\d\d:\d\d:\d\d)\]", _lines("Proxifier", 1)[0])
    assert written is not None
    month, day, clock = (part.decode() for part in written.groups())
    assert re.fullmatch(rf"\d{{4}}-{month}-{day}T{clock}", first["time"]), first["time"]


LOGGERS = Path(__file__).resolve().parent / "data" / "loggers"


def _reference(paths: list[Path]) -> dict[tuple[str, int], dict]:
    """parse's rows computed in one process without the engine: each file read whole as one block
    (its reader from its head, as the map tasks learn it), every masked message counted, each
    group's templates mined by Templates.assign over its members ranked by GroupMembers, and each
    record given its member's template or its group's catch-all."""
    from logmr.analyses.drain_groups import GroupMembers
    from logmr.analyses.templates import Templates, catch_all, group_of
    from logmr.engine.packing import DETECT_BYTES, service_from_uri
    from logmr.formats.reading import reader_for

    job = Templates()
    records = []
    for path in paths:
        data = path.read_bytes()
        fmt = reader_for(data[:DETECT_BYTES])
        # Terminal colours are no part of a record; an offset is the line's in the raw file.
        clean = re.sub(rb"\x1b\[[0-9;]*m", b"", data)
        raw_starts = [0, *(i + 1 for i, byte in enumerate(data) if byte == 0x0A)]
        clean_starts = [0, *(i + 1 for i, byte in enumerate(clean) if byte == 0x0A)]
        for record, _, offset in fmt.records_at(clean, 0, service_from_uri(str(path))):
            if record is not None:
                line = bisect_right(clean_starts, offset) - 1
                offset += raw_starts[line] - clean_starts[line]
                records.append((str(path), offset, record, job.masked(record.message)))
    counts = Counter((record.service, masked) for _, _, record, masked in records)
    groups: dict[str, list[list]] = {}
    for (service, masked), count in counts.items():
        groups.setdefault(group_of(masked), []).append([masked, count, "", service])
    template_of = {}
    for group, members in groups.items():
        mined, _ = job.assign((group,), GroupMembers().most_frequent(members))
        template_of |= {(member[3], member[0]): template for template, events in mined for member in events}
    rows, at_line = {}, Counter()
    for file, offset, record, masked in records:
        # A line's further events (a CloudWatch payload's) are keyed by their number in the line.
        event = at_line[(file, offset)]
        at_line[(file, offset)] += 1
        template = template_of.get((record.service, masked), catch_all((group_of(masked),)))
        parsed = record.time
        written = record.timestamp or record.fields.get("time")
        pid = record.fields.get("pid")
        rows[(file, offset, event) if event else (file, offset)] = {
            "template_id": template_id(template),
            "template": template,
            "params": params_of(template, record.message),
            "time": parsed.isoformat() if parsed else (None if written is None else str(written)),
            "level": record.level,
            "service": record.service,
            "host": record.host,
            "pid": int(pid) if isinstance(pid, int) or (isinstance(pid, str) and pid.isdigit()) else None,
            "message": record.message,
        }
    return rows


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """loghub's eight systems and the loggers' files (JSON of every shape, text layouts, records of
    several lines, Docker's partial lines, a BOM, CRLF)."""
    folder = tmp_path_factory.mktemp("corpus")
    sources = sorted(LOGHUB.glob("*/*_2k.log")) + [
        path
        for path in sorted(LOGGERS.iterdir())
        if path.is_file() and not path.name.endswith((".expected.jsonl", ".md"))
    ]
    for path in sources:
        (folder / path.name).write_bytes(path.read_bytes())
    return sorted(folder.iterdir())


@pytest.mark.parametrize(("split_size", "batch"), [(1 << 30, True), (65536, True), (5000, True), (5000, False)])
def test_rows_are_a_sequential_reading_of_the_inputs(tmp_path: Path, corpus: list[Path], split_size, batch) -> None:
    """Every row (template, id, params, header fields) at every split size, on the batch path and
    record by record, equals the reference's."""
    rows, result = run_job("parse", corpus, tmp_path / "out", split_size=split_size, partitions=3, batch=batch)
    if split_size < 1 << 20:
        assert result["counters"]["splits"] > 30
    expected = _reference(corpus)
    assert result["summary"]["total"] == len(rows)
    _assert_listed_as_the_rows(result["summary"]["templates"], rows)
    if split_size < 1 << 20:
        # Not parse's: a Docker record of 16 KiB partial lines that a split edge cuts is read as
        # two records (JSON lines are joined within a split only; docker_json_file.log has one).
        for found in (rows, expected):
            for key in [key for key in found if key[0].endswith("/docker_json_file.log")]:
                del found[key]
    assert len(rows) == len(expected) > 16_000
    assert rows == expected


def _assert_listed_as_the_rows(listed: list[dict], rows: dict) -> None:
    """Each template the summary lists has its rows' count, and its first records by file and
    offset are its first rows'."""
    by_template: dict[str, list] = {}
    for key in sorted(rows):
        by_template.setdefault(rows[key]["template_id"], []).append((key, rows[key]))
    assert len(listed) == min(len(by_template), 50)
    for entry in listed:
        found = by_template[entry["template_id"]]
        assert entry["count"] == len(found)
        first = [{"file": key[0], "offset": key[1]} | row for key, row in found[:3]]
        assert entry["lines"] == [{name: line[name] for name in entry["lines"][0]} for line in first]


@pytest.mark.parametrize(
    "messages", [["conn 1 up", "conn 22 up"], ["conn 1 up\n  at x 2", "conn 3 up"], ["conn " + "7 " * 300, "conn 4 up"]]
)
def test_step_three_mines_carried_messages_as_they_are_only_where_step_one_cut_none(messages: list[str]) -> None:
    """Step 1 carries `uncut` where no message was cut for mining (a line past the first, past
    MAX_TEMPLATE_CHARS): step 3 then takes the messages as their mined text; its rows equal
    those of the same records read again (no carried columns), their params params_of's."""
    job, n = Parse(), len(messages)
    columns = {name: [None] * n for name in Parse.ROW_FIELDS} | {"message": messages, "service": ["s"] * n}
    columns["offset"] = list(range(0, 100 * n, 100))
    job.map_batch(columns)
    carried = job.carried(columns)
    assert ("uncut" in carried) == (list(map(head_of, messages)) == messages)
    side, file = SideTable(iter(()), template_id), ["f"] * n
    read_again = {name: columns[name] for name in (*Parse.ROW_FIELDS, "offset")}
    rows = list(job.assign_batch(carried | {"file": file}, side))
    assert rows == list(job.assign_batch(read_again | {"file": file}, side))
    assert [list(row.params) for _, row in rows] == [params_of(row.template, row.message) for _, row in rows]


def test_members_past_the_mined_ones_get_their_groups_catch_all(tmp_path: Path, monkeypatch) -> None:
    """With a group's mined members capped low, the members left out are not in the side table and
    get their group's catch-all template: parse's counts stay the templates analysis's."""
    from logmr.analyses import drain_groups

    monkeypatch.setattr(drain_groups, "MAX_MEMBERS", 3)
    log = LOGHUB / "Linux" / "Linux_2k.log"
    rows, _ = run_job("parse", [log], tmp_path / "parse", split_size=20_000, partitions=2)
    mined, _ = run_job("templates", [log], tmp_path / "templates", partitions=2)
    counts = Counter(row["template"] for row in rows.values())
    assert counts == {template: row["count"] for template, row in mined.items()}
    assert sum(n for template, n in counts.items() if template.endswith(" <*>") and template.count(" ") == 1) > 500


def test_the_side_table_holds_digests_and_remembers_a_bounded_number(monkeypatch) -> None:
    from logmr.analyses import assignment
    from logmr.analyses.assignment import SideTable

    monkeypatch.setattr(assignment, "CACHED", 2)
    table = SideTable(iter([("user <*> logged in", [["user <NUM> logged in", "sshd"]])]), template_id)
    assert all(len(key) == 16 for key in table.members)
    assert table.template_of("sshd", "user <NUM> logged in")[0] == "user <*> logged in"
    assert table.template_of("cron", "user <NUM> logged in")[0] == "user <*>"  # not mined from cron
    assert table.template_of(None, "<NUM> bytes") == ("<*> <*>", template_id("<*> <*>"))
    assert table.template_of("sshd", "") == ("<*>", template_id("<*>"))
    assert len(table.cache) <= 2


def test_times_are_read_as_trying_every_layout_reads_them() -> None:
    """parse_timestamp tries only the layouts that start as the time does (a word or a digit):
    the same answers as trying every layout in turn, then the year-less reading."""
    from datetime import datetime

    from logmr.formats.record import _TIME_FORMATS, _YEARLESS, parse_epoch, parse_timestamp, yearless_time

    def every_layout(text: str) -> datetime | None:
        value = text.strip()
        if value[:1].isdigit():
            if value.replace(".", "", 1).isdigit():
                return parse_epoch(value)
            try:
                return datetime.fromisoformat(value)
            except ValueError:
                pass
        if value[:1].isupper() and _YEARLESS.fullmatch(value):
            return yearless_time(value)
        value = value[:-1] + "+0000" if value.endswith("Z") else value
        for layout in _TIME_FORMATS:
            try:
                return datetime.strptime(value, layout)
            except ValueError:
                continue
        return yearless_time(value)

    samples = [
        "Jun 14 15:16:01", "Jun  9 01:02:03", "Sun Dec 04 04:47:44 2005", "Sun Dec 04 04:47:44.123 2005",
        "Feb 29 10:00:00", "Dec 31 23:59:59.5", "2026-11-30T12:00:00Z", "2026-11-30 12:00:00,123", "1764504000",
        "17/Nov/2026:10:00:00 +0000", "081109 203615", "15/10/18 18:01:47", "Z", "monday", "Sun Dec 04 2005Z",
    ]  # fmt: skip
    for text in samples:
        assert parse_timestamp(text) == every_layout(text), text


def assert_times_as_parse_timestamp_reads(texts: list[str]) -> None:
    """times_of gives each text what parse_timestamp and isoformat give it (the text where it
    reads none), in one call over them all."""
    from logmr.analyses.assignment import times_of
    from logmr.formats.record import parse_timestamp

    def reference(text: str) -> str:
        parsed = parse_timestamp(text)
        return text if parsed is None else parsed.isoformat()

    assert times_of(texts, [None] * len(texts)) == list(map(reference, texts))


def test_times_written_as_isoformat_writes_them_are_kept_as_they_are() -> None:
    """times_of keeps a text that is already isoformat()'s form of its instant without reading
    it (plain layouts' ISO times, every one distinct where they hold milliseconds): the same
    times as parse_timestamp and isoformat give, for every ISO text near and off that form
    made of these parts (other digits, invalid dates and times, a zero fraction, `-00:00`,
    fractions of fewer digits, offsets of 60 minutes or more, which isoformat carries on)."""
    from itertools import product

    parts = [
        ["2026", "20\u0662\u0666"],
        ["-02-28", "-02-29", "-12-31", "-13-01", "-W4-01", "/12-31"],
        ["T", " "],
        ["00:00:00", "23:59:59", "24:00:00", "12:3x:00"],
        ["", ".000000", ".123456", ".000001", ",123456", ".123", ".1234567", ".00000x", ".12345", ".1"],
        ["", "+00:00", "-00:00", "+05:30", "-23:59", "Z", "+0530", "+05:30:00", " ", "+05", "-09:60", "+05:90"],
    ]
    texts = list(map("".join, product(*parts)))

    assert_times_as_parse_timestamp_reads(texts)


def test_worded_times_with_a_fraction_are_read_a_second_at_a_time() -> None:
    """times_of reads a time written in words with a fraction (klog's year-less ones, Apache's
    ctime; every one distinct) from its second's, read once: the same times as parse_timestamp
    and isoformat, for every text of a product of parts (fractions of any length, all zeros,
    invalid dates, other digits, spaces, a year or none)."""
    from itertools import product

    parts = [
        ["Nov", "Feb", "Foo", "nov"],
        [" 1", "  1", " 01", " 29", " 30", " 31", " \u0663"],
        [" 00:00:00", " 23:59:59", " 24:00:00", " 12:00"],
        ["", ".5", ".000000", ".000001", ".123456", ".1234567", ".\u0663", ".0"],
        ["", " ", "Z"],
    ]
    texts = list(map("".join, product(*parts)))
    ctimes = [  # (Apache's error log: the fraction before the year)
        ["Sun ", "Mon ", ""],
        ["Nov 01", "Feb 29", "Feb 30"],
        [" 00:00:00", " 23:59:59"],
        ["", ".5", ".000000", ".000691", ".1234567", ".12x"],
        [" 2026", " 2024", "", " 26"],
    ]
    texts += list(map("".join, product(*ctimes)))

    assert_times_as_parse_timestamp_reads(texts)


def test_epoch_times_are_read_a_second_at_a_time() -> None:
    """times_of makes an epoch time of milli-, micro- or nanoseconds, or of seconds with a
    fraction (pino's, zap's; every one distinct), from its second's ISO text: the same times as
    parse_timestamp and isoformat for every text of a product of digits near and off those forms."""
    from itertools import product

    parts = [
        [
            "1796042096",
            "0796042096",
            "0079604209",
            "9999999999",
            "1000000000",
            "179604209",
            "17960420961",
            "\u0661796042096",
        ],
        ["", "7", "789", "000", "789123", "000000", "789123456", "7891234567", ".", ".5", ".000000", ".7891234", ".5x"],
    ]
    texts = list(map("".join, product(*parts)))

    assert_times_as_parse_timestamp_reads(texts)


def test_a_year_less_time_is_read_as_strptime_reads_it() -> None:
    """yearless_time builds the datetime itself: strptime's answers (None where it refuses)."""
    from datetime import UTC, datetime, timedelta

    from logmr.formats.record import _YEARLESS, yearless_time

    def by_strptime(text: str, year: int | None, now: datetime) -> datetime | None:
        found = _YEARLESS.fullmatch(text.strip())
        written = f"{year or now.year} {found[1]} {found[2]} {found[3]}{found[4] or ''}"
        try:
            when = datetime.strptime(written, "%Y %b %d %H:%M:%S.%f" if found[4] else "%Y %b %d %H:%M:%S")
        except ValueError:
            return None
        if year is None and when.replace(microsecond=0) > now.replace(tzinfo=None) + timedelta(days=2):
            when = when.replace(year=when.year - 1)
        return when

    samples = [
        "Nov  1 10:00:00", "Nov 01 10:00:00.5", "Dec 31 23:59:59.123456", "Jan  2 00:00:00.000001", "Feb 28 12:00:00",
        "Feb 30 12:00:00", "Jun 14 24:00:00", "Jun 14 23:60:00", "Jun 14 23:59:60", "Foo 14 10:00:00", "Jun 0 10:00:00",
        "Sep 31 10:00:00", "Apr 30 10:00:00", " Mar  3 03:03:03.03 ",
    ]  # fmt: skip
    for now in (datetime(2026, 12, 1, tzinfo=UTC), datetime(2027, 1, 1, 12, tzinfo=UTC)):
        for year in (None, 2024):
            for text in samples:
                assert yearless_time(text, year, now) == by_strptime(text, year, now), (text, year, now)


def test_a_process_builds_the_side_table_once_and_keeps_each_tasks_digest_apart(tmp_path: Path, monkeypatch) -> None:
    """The assignment step's tasks in one process share the side table (built once per job) and
    the job instance; each task's digest is its own: the summary counts every record once."""
    from logmr.analyses.parse import Parse

    built = []
    side_table = Parse.side_table
    monkeypatch.setattr(Parse, "side_table", lambda self, rows: built.append(1) or side_table(self, rows))
    log = LOGHUB / "HDFS" / "HDFS_2k.log"
    rows, result = run_job("parse", [log], tmp_path / "one", split_size=20_000)
    assert result["counters"]["splits"] > 5 and len(built) == 1
    assert result["summary"]["total"] == len(rows) == 2000
    assert sum(row["count"] for row in result["summary"]["templates"]) <= 2000
    counts = Counter(row["template_id"] for row in rows.values())
    assert {row["template_id"]: row["count"] for row in result["summary"]["templates"]} == {
        tid: counts[tid] for tid in (row["template_id"] for row in result["summary"]["templates"])
    }
    run_job("parse", [log], tmp_path / "two", split_size=20_000)  # (another job: its own table)
    assert len(built) == 2
