"""formats/columns_documented.py's layouts added in session 37: Apache's vhost_combined, php-fpm's
default access format, nginx's stream `basic` format, the xferlog of FTP servers, and AWS VPC Flow
Logs (the default records, a CloudWatch Logs export's, and an S3 object's header line naming any
custom columns). The files are the unseen sets' (tests/data/loggers and its gaps/: real runs, the VPC
ones composed from AWS's documentation); each field checked against values read off the line by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import block_and_record_paths, run_job
from logmr.formats import columns as columns_module
from logmr.formats import detect_format
from logmr.formats.base import SECOND, LogFormat, counted
from logmr.formats.columns_documented import vpc_header
from logmr.formats.reading import learn_layout, reader_for

CORPUS = Path(__file__).parent / "data" / "loggers"


def _path(name: str) -> Path:
    """A file of the corpus (read wholly right), else of its gaps (php-fpm's: its message a judgement)."""
    return CORPUS / name if (CORPUS / name).exists() else CORPUS / "gaps" / name


FILES = {
    "apache_vhost_combined.log": [["vhost_combined"]],
    "php_fpm_access.log": [["php_fpm"]],
    "nginx_stream_access.log": [["nginx_stream"]],
    "vsftpd_xferlog.log": [["xferlog"]],
    "aws_vpc_flow_cloudwatch_export.log": [["vpc_export"]],
    "aws_vpc_flow_default_s3.log": [["vpc"], ["version", "account-id", "interface-id", "srcaddr"]],
    "aws_vpc_flow_custom_s3.log": [["vpc"], ["version", "srcaddr", "dstaddr", "srcport"]],
}
ATTRIBUTES = ("message", "level", "service", "host", "timestamp", "status", "method", "path", "bytes", "latency_ms")


def _record(fmt: LogFormat, line: str) -> dict:
    record = fmt.parse(line)
    assert record is not None, line
    return {name: getattr(record, name) for name in ATTRIBUTES}


@pytest.mark.parametrize("name", sorted(FILES))
def test_each_layout_is_detected_and_learned(name: str) -> None:
    head = _path(name).read_bytes()
    assert detect_format(head).name == "columns"
    layout = learn_layout("columns", head)
    assert layout[0] == FILES[name][0]
    if len(FILES[name]) > 1:  # (the header's names, in its order)
        assert layout[1][:4] == FILES[name][1] and layout[1] == head.decode().split("\n")[0].split()


def test_fields_of_each_layout_read_off_the_line() -> None:
    vhost = reader_for(_path("apache_vhost_combined.log").read_bytes())
    line = 'shop.example:8080 127.0.0.1 - bob [04/Dec/2026:19:53:18 +0000] "POST /a?b=1 HTTP/1.1" 503 - "-" "curl/8"'
    assert _record(vhost, line) | {"timestamp": None} == {
        "message": "POST /a?b=1 HTTP/1.1",
        "level": "ERROR",
        "service": "shop.example",  # (the virtual host without its port)
        "host": None,
        "timestamp": None,
        "status": 503,
        "method": "POST",
        "path": "/a?b=1",
        "bytes": 0,
        "latency_ms": None,
    }
    php = reader_for(_path("php_fpm_access.log").read_bytes())
    for line, user in (
        ('10.0.0.9 -  04/Dec/2026:23:47:52 +0000 "GET /index.php" 404', None),
        ('::1 - ann 04/Dec/2026:23:47:52 +0000 "PUT /x.php" 201', "ann"),
    ):
        record = php.parse(line)
        assert (record.message, record.method, record.path, record.status, record.timestamp) == (
            line.split('"')[1],
            line.split('"')[1].split()[0],
            line.split('"')[1].split()[1],
            int(line[-3:]),
            "04/Dec/2026:23:47:52 +0000",
        )
        assert record.fields.get("user") == user
    stream = reader_for(_path("nginx_stream_access.log").read_bytes())
    record = _record(stream, "192.0.2.7 [04/Dec/2026:19:53:12 +0000] UDP 200 1024 512 12.345")
    assert (record["message"], record["status"], record["bytes"], record["latency_ms"]) == (
        "UDP 200 1024 512 12.345",
        200,
        1024,
        12345.0,
    )
    ftp = reader_for(_path("vsftpd_xferlog.log").read_bytes())
    line = "Thu Dec  3 04:24:46 2026 7 198.51.100.2 4096 /pub/my file.txt a _ i r alice ftp 0 * i"
    record = _record(ftp, line)
    assert (record["message"], record["service"], record["bytes"], record["latency_ms"], record["timestamp"]) == (
        "/pub/my file.txt",  # (a file name with a blank: the columns after it are fixed)
        "ftp",
        4096,
        7000.0,
        "Thu Dec  3 04:24:46 2026",
    )


def test_vpc_records_default_nodata_and_exported() -> None:
    default = "2 123456789010 eni-1235b8ca123456789 - - - - - - - 1431280876 1431280934 - NODATA"
    fmt = reader_for(_path("aws_vpc_flow_cloudwatch_export.log").read_bytes())
    record = _record(fmt, "2026-11-30T12:01:58.000Z " + default)
    assert (record["message"], record["timestamp"], record["bytes"], record["level"]) == (
        default,  # (the record without the export's time)
        "1431280876",  # (the flow's start)
        0,
        "INFO",  # (as any access log's record without a status)
    )
    plain = reader_for(default.encode() + b"\n" + default.replace("NODATA", "OK").encode() + b"\n")
    assert plain.columns.kind == "vpc" and _record(plain, default)["message"] == default


def test_a_header_gives_custom_columns_and_is_no_record_where_it_recurs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two S3 objects of one custom format joined: the second header is neither a record nor
    malformed, on the record path and on the kernel's; every field alike."""
    text = _path("aws_vpc_flow_custom_s3.log").read_text()
    header, *rows = text.splitlines()
    fmt = reader_for(text.encode())
    block = ("\n".join([header, *rows * 4, header, *rows * 4]) + "\n").encode()
    names = fmt.columns.names
    assert names[:3] == ("version", "srcaddr", "dstaddr") and "pkt_src_aws_service" in names
    taken = []
    kernel = columns_module.line_columns
    monkeypatch.setattr(columns_module, "line_columns", lambda *a, **k: taken.append(kernel(*a, **k)) or taken[-1])
    got, want = block_and_record_paths(fmt, block, (*ATTRIBUTES, *(f"fields.{name}" for name in names)), monkeypatch)
    assert got.columns == want.columns
    assert (got.records, got.malformed) == (want.records, want.malformed) == (8 * len(rows), 0)
    assert want.columns["message"][0] == rows[0] and want.columns["fields.flow_direction"][:2] == ["ingress", "egress"]
    _batch, counts = fmt.count_block(block, (SECOND, "level"), "svc")
    assert counts == counted((SECOND, "level"), lambda parsed: LogFormat.parse_block(fmt, block, parsed, "svc"))[1]


def test_what_is_no_vpc_header() -> None:
    assert vpc_header("version srcaddr dstaddr") is not None
    for line in (
        "start end action",  # (English words alone name no flow's columns)
        "version srcaddr srcaddr dstaddr",  # (a name twice)
        "version srcaddr dstaddr 2",  # (a value)
        "Version Srcaddr Dstaddr",
    ):
        assert vpc_header(line) is None, line
    # a plain log whose first line is a few such words is no flow log
    assert detect_format(b"start end action\n" + b"2026-12-02 08:10:00 started worker 3\n" * 5).name == "plain"


@pytest.mark.parametrize("name", sorted(FILES))
def test_block_paths_read_what_the_record_path_reads(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Data lines repeated past the kernel's minimum with a malformed and a blank line among them:
    every field alike on both paths, counts as the record path's."""
    data = _path(name).read_bytes()
    fmt = reader_for(data)
    lines = [line for line in data.decode().splitlines() if line and line != fmt.columns.header] * 12
    lines[9:9] = ["not a record of this layout", ""]
    block = ("\n".join(lines) + "\n").encode()
    fields = (*ATTRIBUTES, *(f"fields.{column}" for column in fmt.columns.names))
    got, want = block_and_record_paths(fmt, block, fields, monkeypatch)
    assert got.columns == want.columns
    assert (got.records, got.malformed) == (want.records, want.malformed) == (len(lines) - 2, 1)
    for keys in (("service", "level"), ("status", "bytes"), (SECOND, "level")):
        _, counts = fmt.count_block(block, keys, "svc")
        assert counts == counted(keys, lambda parsed: LogFormat.parse_block(fmt, block, parsed, "svc"))[1], keys


def test_services_job_over_many_splits_counts_each_vpc_record_once(tmp_path: Path) -> None:
    """A custom-format flow log of two joined objects cut into 512-byte ranges: every record counted
    once (a range opening past the header reads the columns the split carries), none malformed."""
    text = _path("aws_vpc_flow_custom_s3.log").read_text()
    header, *rows = text.splitlines()
    (tmp_path / "flows.log").write_text("\n".join([header, *rows * 30, header, *rows * 30]) + "\n")
    expected = [json.loads(line) for line in _path("aws_vpc_flow_custom_s3.expected.jsonl").read_text().splitlines()]
    _, result = run_job("services", [tmp_path / "flows.log"], tmp_path / "out", split_size=512, workers=2)
    assert result["counters"]["records"] == 60 * len(rows) == 60 * len(expected)
    assert result["counters"]["malformed"] == 0
    assert result["summary"]["total"] == 60 * len(rows) and result["summary"]["services"][0]["service"] == "flows"


# Review (session 37): inputs read wrong by the first version, each a test that failed on it.


def test_file_names_with_blanks_on_the_kernels(monkeypatch: pytest.MonkeyPatch) -> None:
    """The block paths read xferlog's file name as the record path does: a blank in it shifted
    every column after it (a services count by the user's name)."""
    fmt = reader_for(_path("vsftpd_xferlog.log").read_bytes())
    lines = [
        f"Thu Dec  3 04:24:4{i % 10} 2026 {i % 7} 198.51.100.2 {4096 + i} /pub/my file {i}.txt b _ o a alice ftp 0 * c"
        for i in range(80)
    ]
    block = ("\n".join(lines) + "\n").encode()
    got, want = block_and_record_paths(fmt, block, ATTRIBUTES, monkeypatch)
    assert got.columns == want.columns and want.columns["message"][3] == "/pub/my file 3.txt"
    alone = fmt.parse_block(block, ("message",), None)  # (a head that would stop at the file name: one character)
    assert alone.columns["message"] == want.columns["message"]
    assert fmt.count_block(block, ("service", "level"), None)[1] == {("ftp", "INFO"): 80}


def test_a_joined_objects_other_header_is_no_record() -> None:
    """Objects of two formats joined: the second's header is no record either (its rows read by
    the file's first header's columns, any more kept as further columns)."""
    header, *rows = _path("aws_vpc_flow_default_s3.log").read_text().splitlines()
    block = "\n".join([header, *rows * 5, header + " vpc-id", *(row + " vpc-0a1b" for row in rows * 5)]) + "\n"
    fmt = reader_for(block.encode())
    for batch in (
        fmt.parse_block(block.encode(), ATTRIBUTES, None),
        LogFormat.parse_block(fmt, block.encode(), ATTRIBUTES, None),
    ):
        assert (batch.records, batch.malformed) == (10 * len(rows), 0)
        assert "version" not in batch.columns["message"][5 * len(rows)]


def test_php_fpm_request_without_a_method_and_a_two_field_vpc_header() -> None:
    php = reader_for(_path("php_fpm_access.log").read_bytes())
    record = php.parse('10.0.0.1 -  04/Dec/2026:23:47:52 +0000 "- -" 200')  # (php-src's fpm_log.c: `-`)
    assert record is not None and (record.status, record.method, record.path) == (200, None, None)
    flows = b"srcaddr dstaddr\n" + b"10.0.0.1 10.0.0.2\n10.0.0.3 10.0.0.4\n" * 3
    assert detect_format(flows).name == "columns" and learn_layout("columns", flows)[1] == ["srcaddr", "dstaddr"]
