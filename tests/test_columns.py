"""formats/columns.py: access logs of named columns (AWS ALB, Classic ELB, S3; W3C extended: IIS,
CloudFront; Squid; Envoy). Detection and the learned columns; the block paths on RE2 reading
what the record path reads; W3C directives (no records, nothing malformed; a new `#Fields:`
read from where it stands); a job over many splits and gzip against a count made apart."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

import pytest

from helpers import block_and_record_paths, run_job
from logmr.analyses.timeline import Timeline
from logmr.formats import columns as columns_module
from logmr.formats import detect_format
from logmr.formats.base import SECOND, LogFormat, counted, line_offsets
from logmr.formats.columns_layouts import directive
from logmr.formats.reading import along, learn_layout, reader_for

CORPUS = Path(__file__).parent / "data" / "loggers"
FILES = {
    "aws_alb_access.log": [["alb"]],
    "aws_s3_access.log": [["s3"]],
    "aws_cloudfront_standard.log": [["w3c", "tab", "s"]],
    "iis_w3c.log": [["w3c", "space", "ms"]],
    "squid_access.log": [["squid"]],
    "envoy_access.log": [["envoy"]],
}
ATTRIBUTES = ("message", "level", "service", "host", "timestamp", "status", "method", "path", "bytes", "latency_ms")


def _data_lines(name: str) -> list[str]:
    return [line for line in (CORPUS / name).read_text().splitlines() if line and not directive(line)]


@pytest.mark.parametrize("name", sorted(FILES))
def test_each_layout_is_detected_and_its_columns_learned(name: str) -> None:
    head = (CORPUS / name).read_bytes()[:65536]
    assert detect_format(head).name == "columns"
    layout = learn_layout("columns", head)
    assert layout[0] == FILES[name][0]
    if layout[0][0] == "w3c":  # the columns as the file's `#Fields:` names them
        fields = next(line for line in (CORPUS / name).read_text().splitlines() if line.startswith("#Fields:"))
        assert layout[1] == fields.split()[1:]


def test_common_log_format_and_comment_lines_are_not_taken_for_columns() -> None:
    assert detect_format((CORPUS / "traefik_access_common.log").read_bytes()).name == "access"
    commented = b"# a comment\n" + b"2026-12-02 08:10:00 started worker 3\n" * 5
    assert detect_format(commented).name == "plain"
    # a `#Fields:` directive whose columns the lines do not fit: not W3C
    assert detect_format(b"#Fields: date time c-ip\n" + b"one two\n" * 5).name != "columns"


@pytest.mark.parametrize("name", sorted(FILES))
def test_block_paths_on_re2_read_what_the_record_path_reads(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Data lines repeated past the kernel's minimum, with a non-ASCII line (Python's), a malformed
    one and a blank one among them: every field, and every column under `fields.`, alike."""
    fmt = reader_for((CORPUS / name).read_bytes())
    lines = _data_lines(name) * 12
    lines[5] = lines[5].replace("GET", "GÉT", 1) if "GET" in lines[5] else lines[5] + " é"
    lines[9:9] = ["not a record of this layout", ""]
    block = ("\n".join(lines) + "\n").encode()
    taken = []
    kernel = columns_module.line_columns
    monkeypatch.setattr(columns_module, "line_columns", lambda *a, **k: taken.append(kernel(*a, **k)) or taken[-1])
    fields = (*ATTRIBUTES, *(f"fields.{name}" for name in fmt.columns.names))
    got, want = block_and_record_paths(fmt, block, fields, monkeypatch)
    assert taken and taken[-1] is not None  # (the kernel read the block)
    assert got.columns == want.columns
    assert (got.records, got.malformed) == (want.records, want.malformed) == (len(lines) - 2, 1)
    for keys in (("service", "level"), ("status", "bytes"), (SECOND, "level")):
        batch, counts = fmt.count_block(block, keys, "svc")
        reference = counted(keys, lambda parsed: LogFormat.parse_block(fmt, block, parsed, "svc"))
        if SECOND in keys:  # (a second's text may vary with the block's other times: its bucket may not)
            counts, reference = Timeline().map_counts(counts), (reference[0], Timeline().map_counts(reference[1]))
        assert counts == reference[1], keys
        assert (batch.records, batch.malformed) == (reference[0].records, reference[0].malformed)


def test_fields_and_roles_of_each_kind() -> None:
    """A record of each documented layout, field by field (values from the tools' documentation)."""
    alb = reader_for((CORPUS / "aws_alb_access.log").read_bytes())
    record = alb.parse(_data_lines("aws_alb_access.log")[0], "file")
    assert (record.service, record.method, record.path, record.status) == (
        "app/shop-alb/50dc6c495c0c9188",
        "GET",
        "/api/orders/1234",
        200,
    )
    assert record.latency_ms == 12.0 and record.bytes == 366
    assert record.fields["domain_name"] == "shop.example.com" and record.fields["actions_executed"] == "forward"
    failed = _data_lines("aws_alb_access.log")[0].replace("0.000 0.012 0.000 200", "-1 -1 -1 502")
    assert (alb.parse(failed).latency_ms, alb.parse(failed).level) == (None, "ERROR")
    s3 = reader_for((CORPUS / "aws_s3_access.log").read_bytes())
    batch = [s3.parse(line) for line in _data_lines("aws_s3_access.log")]
    assert {r.service for r in batch} == {"shop-invoices"}
    assert [r.message for r in batch if "request_uri" not in r.fields] == ["BATCH.DELETE.OBJECT"]
    squid = reader_for((CORPUS / "squid_access.log").read_bytes())
    line = "1796198345.690      5 127.0.0.1 TCP_MISS/200 319 GET http://h:8090/a - HIER_DIRECT/h text/html"
    record = squid.parse(line)
    assert (record.status, record.latency_ms, record.bytes, record.fields["code"]) == (200, 5.0, 319, "TCP_MISS")
    assert record.message == "GET http://h:8090/a"
    envoy = reader_for((CORPUS / "envoy_access.log").read_bytes())
    line = '[2026-12-02T08:10:09.503Z] "GET /a HTTP/1.1" 503 UF 0 91 1002 - "10.0.5.11" "M (X) "q"" "id" "h" "u:80"'
    record = envoy.parse(line)  # a user agent's quotes as Envoy writes them
    assert (record.fields["user_agent"], record.fields["request_id"], record.latency_ms) == ('M (X) "q"', "id", 1002.0)


IIS_HEAD = "#Software: Microsoft Internet Information Services 10.0\n#Version: 1.0\n#Date: 2026-12-02 08:00:00\n"
IIS_FIELDS = "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query sc-status time-taken\n"
IIS_WIDER = "#Fields: date time cs-method cs-uri-stem sc-status sc-bytes time-taken s-sitename cs-host\n"


def _iis(n: int, wider: bool) -> str:
    if wider:
        return f"2026-12-02 09:00:{n % 60:02d} POST /w/{n} 201 {n} {n % 7} W3SVC1 shop.example.com\n"
    return f"2026-12-02 08:00:{n % 60:02d} 10.0.0.4 GET /n/{n} - 200 {n % 5}\n"


def test_a_new_fields_directive_gives_the_columns_after_it() -> None:
    """IIS restarted with other columns: its directives again in the middle of the file. They are
    no records and nothing malformed; the lines after the new `#Fields:` are read by it; each
    record's offset is its line's."""
    text = IIS_HEAD + IIS_FIELDS + "".join(_iis(n, False) for n in range(70))
    text += IIS_HEAD + IIS_WIDER + "".join(_iis(n, True) for n in range(70))
    block = text.encode()
    fmt = reader_for(block)
    batch = fmt.parse_block(block, ("message", "status", "bytes", "latency_ms", "service", "timestamp"), "svc")
    assert (batch.records, batch.malformed) == (140, 0)
    assert batch.columns["message"][69:71] == ["GET /n/69", "POST /w/0"]
    assert batch.columns["status"][69:71] == [200, 201] and batch.columns["bytes"][69:71] == [None, 0]
    assert batch.columns["latency_ms"][69:72] == [4.0, 0.0, 1.0]  # IIS: milliseconds
    assert batch.columns["service"][69:71] == ["svc", "W3SVC1"]
    starts = [offset for _, _, offset in fmt.records_at(block, 0, "svc")]
    assert [text.encode()[at : at + 10].decode() for at in starts] == ["2026-12-02"] * 140
    assert starts == [line_offsets(block)[i] for i in batch.starts]


def test_a_split_after_the_change_reads_the_files_first_columns_and_loses_nothing_silently() -> None:
    """(module docstring) The planner learned the first columns; lines of the new ones in a later
    split do not fit them: malformed, counted and sampled."""
    fmt = reader_for((IIS_HEAD + IIS_FIELDS + _iis(1, False)).encode())
    later = "".join(_iis(n, True) for n in range(80)).encode()
    batch = fmt.parse_block(later, ("message",), None)
    assert (batch.records, batch.malformed) == (0, 80) and batch.malformed_samples


def test_http_job_over_many_splits_and_gzip_counts_what_the_expected_records_say(tmp_path: Path) -> None:
    """An ALB log (the corpus file's lines, times made distinct) as one plain and one gzip input,
    cut into byte ranges of 2 KiB: requests by status and the latency summary's count as counted
    from the expected records."""
    lines = _data_lines("aws_alb_access.log")
    expected = [json.loads(line) for line in (CORPUS / "aws_alb_access.expected.jsonl").read_text().splitlines()]
    data = "".join(line + "\n" for _ in range(40) for line in lines).encode()
    (tmp_path / "alb.log").write_bytes(data)
    (tmp_path / "alb.log.gz").write_bytes(gzip.compress(data))
    _, result = run_job(
        "http", [tmp_path / "alb.log", tmp_path / "alb.log.gz"], tmp_path / "out", split_size=2048, workers=2
    )
    statuses = Counter(str(record["status"]) for record in expected for _ in range(80))
    summary = result["summary"]
    assert summary["status"] == dict(sorted(statuses.items(), key=lambda kv: int(kv[0])))
    counters = result["counters"]
    assert summary["requests"] == counters["records"] == 80 * len(lines) and counters["malformed"] == 0


def test_a_hash_line_in_a_documented_layout_is_malformed_not_a_directive() -> None:
    """Directives are W3C's: in an ALB log a `#Fields:` line changes nothing and is malformed,
    on the record path and the kernel's alike."""
    fmt = reader_for((CORPUS / "aws_alb_access.log").read_bytes())
    lines = _data_lines("aws_alb_access.log") * 8
    lines[3:3] = ["#Fields: date time cs-method"]
    block = ("\n".join(lines) + "\n").encode()
    for batch in (fmt.parse_block(block, ("status",), None), LogFormat.parse_block(fmt, block, ("status",), None)):
        assert (batch.records, batch.malformed) == (len(lines) - 1, 1)
        assert None not in batch.columns["status"]


# Review (session 20): inputs found read wrong by the first version, each a test that failed on it.


def test_a_text_log_with_ten_words_and_a_quote_is_no_load_balancer_log() -> None:
    """A load balancer's columns are the documented ones (`ip:port`, seconds, statuses, byte
    counts), not any ten words: a log4j line with a quoted value stays plain text."""
    line = (
        '2026-12-02T08:10:02.123Z ERROR [main] c.e.OrderService - order 1002 for customer 42 changed "pending" by admin'
    )
    assert detect_format(("\n".join([line] * 40) + "\n").encode()).name == "plain"
    s3_like = 'owner bucket [02/Dec/2026:08:10:00 +0000] 1.2.3.4 - ID OP key "GET / HTTP/1.1" 200 - 1 2 3 4 "-" "x" -'
    assert detect_format(("\n".join([s3_like] * 40) + "\n").encode()).name != "columns"


def _iis_file(first: int, then: int, reorder: bool = False) -> str:
    """IIS's header, `first` lines, its header again after a restart with other columns, `then` lines."""
    wider = "#Fields: date time cs-method cs-uri-stem time-taken sc-status\n" if reorder else IIS_WIDER
    later = (f"2026-12-02 09:00:{n % 60:02d} POST /w/{n} {n % 40 + 1} 201\n" for n in range(then))
    return (
        IIS_HEAD
        + IIS_FIELDS
        + "".join(_iis(n, False) for n in range(first))
        + IIS_HEAD
        + wider
        + "".join(later if reorder else (_iis(n, True) for n in range(then)))
    )


def test_detection_reads_each_line_by_the_fields_in_effect_there() -> None:
    assert detect_format(_iis_file(60, 20).encode()).name == "columns"


@pytest.mark.parametrize("reorder", [False, True])
def test_a_w3c_file_is_read_whole_whatever_the_split_size(tmp_path: Path, reorder: bool) -> None:
    """Its columns change at a `#Fields:` a byte range would not see: one task reads it in order,
    so a small split size gives what one split gives, nothing malformed, nothing misread (the
    same number of columns in another order: statuses and latencies not swapped)."""
    log = tmp_path / "u_ex261202.log"
    log.write_text(_iis_file(150, 600, reorder))
    results = [run_job("http", [log], tmp_path / f"out{size}", split_size=size)[1] for size in (2048, 1 << 30)]
    assert results[0]["summary"]["status"] == results[1]["summary"]["status"] == {"200": 150, "201": 600}
    assert [r["counters"]["malformed"] for r in results] == [0, 0]
    assert results[0]["summary"]["latency"] == results[1]["summary"]["latency"]


def test_a_new_fields_directive_reads_the_blocks_after_its_own() -> None:
    """A map task reads a file in blocks: the columns a block's `#Fields:` gives go on in the next
    blocks (formats/reading.py `along`)."""
    text = _iis_file(100, 300, reorder=True)
    data = text.encode()
    cut = data.index(b"\n", data.index(b"POST /w/5 ")) + 1  # (the change, then blocks without directives)
    more = data.index(b"\n", cut + 8000) + 1
    blocks = [(0, data[:cut]), (cut, data[cut:more]), (more, data[more:])]
    statuses = []
    for fmt, _, block in along(reader_for(data[:65536]), blocks):
        statuses += fmt.parse_block(block, ("status",), None).columns["status"]
    assert statuses == [200] * 100 + [201] * 300


def test_w3c_column_names_of_any_spelling() -> None:
    """Names that start with a digit, a kernel's own group name, names alike once made identifiers
    (only those numbered), a writer's own directive (`#Time Format:`), a BOM before `#Fields:`."""
    text = "\ufeff#Version: 1.0\n#Time Format: Local\n#Fields: date time 2xx second sc-status sc-status x-a x_a\n"
    text += "".join(f"2026-12-02 08:00:{n:02d} {n} {n % 3} 200 201 a b\n" for n in range(70))
    block = text.encode()
    fmt = reader_for(block)
    batch = fmt.parse_block(block, ("status", "fields.c_2xx", "fields.second_column", "fields.x_a_6"), None)
    assert (batch.records, batch.malformed) == (70, 0)
    assert batch.columns["status"][:1] == [200] and batch.columns["fields.c_2xx"][:2] == ["0", "1"]
    assert batch.columns["fields.second_column"][:2] == ["0", "1"] and batch.columns["fields.x_a_6"][0] == "a"
    record = fmt.parse(text.splitlines()[3])
    assert {"c_2xx", "second_column", "sc_status_4", "sc_status_5"} <= record.fields.keys()


def test_values_out_of_their_range_are_none() -> None:
    alb = reader_for((CORPUS / "aws_alb_access.log").read_bytes())
    line = _data_lines("aws_alb_access.log")[0]
    odd = line.replace("0.000 0.012 0.000 200", "nan 0.012 0.000 200")
    assert alb.parse(odd) is None or alb.parse(odd).latency_ms is None
    query = line.replace("http://shop.example.com:80/api/orders/1234", "https://shop.example.com:443?q=1")
    assert alb.parse(query).path == "/?q=1"
    w3c = reader_for((IIS_HEAD + IIS_FIELDS + _iis(1, False)).encode())
    assert w3c.parse("2026-12-02 08:00:01 10.0.0.4 GET /n/1 - 20100 1").status is None


HTTP_FIELDS = ("status", "method", "path", "latency_ms", "bytes")
# Request lines and numbers of every shape a reader tells apart (`_request`, `_status`, `_number`).
_ODD_REQUESTS = ["- - - ", "GET", "GET /a b c d", "", "-", "GET http://h:80", "POST https://h:443?q=1 HTTP/2.0"]
_ODD_REQUESTS += ["GET //a HTTP/1.1", "PUT HTTP://H:1//b/c HTTP/1.1", 'GET /\\"q HTTP/1.1', "get /x?y=1 z"]


@pytest.mark.parametrize("name", ["aws_alb.log", "aws_elb_classic.log", "envoy_access_default.log"])
def test_arrow_columns_are_the_record_paths(name: str) -> None:
    """http's Arrow columns (and wordcount's messages) are the record path's, odd requests and
    numbers included, where every line is ASCII and fits; otherwise no Arrow batch."""
    fmt = reader_for((CORPUS / name).read_bytes())
    lines = [line for line in _data_lines(name) if line.isascii()] * 12
    for i, odd in enumerate(_ODD_REQUESTS):  # (each into a line's request)
        quoted = lines[i].split('"')
        lines[i] = '"'.join([quoted[0], odd, *quoted[2:]])
    for fields in (("message",), HTTP_FIELDS, ("path", "status")):
        batch = fmt.arrow_block(("\n".join(lines) + "\n").encode(), fields, None)
        assert batch is not None and batch.arrow
        want = LogFormat.parse_block(fmt, ("\n".join(lines) + "\n").encode(), fields, None).columns
        assert {name: column.to_pylist() for name, column in batch.columns.items()} == want
    block = ("\n".join(lines) + "\n").encode()
    assert fmt.arrow_block(block + b"not a record\n", ("message",), None) is None
    assert fmt.arrow_block(block, ("message", "service"), None) is None
    s3 = reader_for((CORPUS / "aws_s3_access.log").read_bytes())
    assert s3.arrow_block((CORPUS / "aws_s3_access.log").read_bytes() * 10, ("message",), None) is None


def test_an_empty_quoted_value_is_the_same_on_both_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    """(found by the review's fuzzing) `""` is an empty value on the record path and the kernel's."""
    line = '[2026-12-02T08:10:09.503Z] "GET /a HTTP/1.1" 200 - 0 91 12 - "" "curl/8" "id" "h" "u:80"'
    fmt = reader_for((CORPUS / "envoy_access.log").read_bytes())
    block = ((line + "\n") * 70).encode()
    got, want = block_and_record_paths(fmt, block, ("fields.x_forwarded_for", "fields.user_agent"), monkeypatch)
    assert got.columns == want.columns and got.columns["fields.x_forwarded_for"][0] == ""


# Requests QUOTED reads past a raw quote: a quote a non-blank follows, closing quotes doubled.
_RAW_QUOTES = ['GET /a"b HTTP/1.1', 'GET /"x"y"', "GET /z\\\\"]


@pytest.mark.parametrize("odd", _RAW_QUOTES)
@pytest.mark.parametrize("name", ["aws_alb.log", "envoy_access_default.log"])
def test_requests_with_raw_quotes_read_as_the_record_path(name: str, odd: str) -> None:
    """A request read strictly (`columns_arrow._strict_hits`, RE2's one-pass) is QUOTED's, and a
    block with one that QUOTED reads past a raw quote is read by QUOTED: the record path's."""
    from logmr.formats import columns_arrow

    fmt = reader_for((CORPUS / name).read_bytes())
    lines = [line for line in _data_lines(name) if line.isascii()] * 12
    quoted = lines[5].split('"')
    lines[5] = '"'.join([quoted[0], odd, *quoted[2:]])
    block = ("\n".join(lines) + "\n").encode()
    for fields in (("message",), ("path",)):
        batch = fmt.arrow_block(block, fields, None)
        want = LogFormat.parse_block(fmt, block, fields, None).columns
        assert batch is not None and {n: column.to_pylist() for n, column in batch.columns.items()} == want
    clean = ("\n".join(lines[6:]) + "\n").encode()
    head = columns_arrow.block_lines(clean)
    assert any(columns_arrow._strict_hits(head, rx) is not None for rx in _heads(fmt, ("request",)))


def _heads(fmt, groups: tuple[str, ...]) -> list[str]:
    from logmr.formats import columns

    return [columns._regexes(fmt.columns, groups)[1]]
