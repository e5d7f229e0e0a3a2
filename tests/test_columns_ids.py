"""Network security monitors' logs read as named columns (session 37): Zeek's TSV logs (its
`#fields` directive names the columns; `#separator`, `#types`, `#close`... no records), and the
fast alert lines of Suricata and Snort (the rule, the signature: the message, the priority: the
level). The files are a real Suricata run's and Zeek's documented format (set 37a); each field
checked against values read off the line by hand; both paths alike; a job over byte ranges."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from helpers import block_and_record_paths, run_job
from logmr.analyses.timeline import Timeline
from logmr.formats import detect_format
from logmr.formats.base import SECOND, LogFormat, counted
from logmr.formats.reading import learn_layout, reader_for

CORPUS = Path(__file__).parent / "data" / "loggers"
ATTRIBUTES = ("message", "level", "service", "host", "timestamp", "status", "method", "path", "bytes", "latency_ms")
SNORT = (
    "12/04-23:10:09.066731  [**] [1:1000001:2] LOCAL WEB SQL injection [**] [Priority: 1] {TCP}"
    " 192.0.2.10:51002 -> 198.51.100.20:80"
)


def _rows(name: str) -> tuple[list[str], list[str]]:
    """A file's directive lines and its rows."""
    lines = (CORPUS / name).read_text().splitlines()
    return [line for line in lines if line.startswith("#")], [line for line in lines if not line.startswith("#")]


def test_zeek_http_log_read_off_by_hand() -> None:
    data = (CORPUS / "zeek_http.log").read_bytes()
    assert detect_format(data).name == "columns"
    layout = learn_layout("columns", data)
    assert layout[0] == ["zeek"] and layout[1][:3] == ["ts", "uid", "id.orig_h"]
    fmt = reader_for(data)
    found = [record for record, _ in fmt.records(data, None)]
    assert len(found) == 4 and None not in found  # (the directives, `#close` too: no records, nothing malformed)
    first = found[0]
    assert (first.message, first.method, first.path, first.status, first.bytes) == (
        "GET /index.html",
        "GET",
        "/index.html",
        200,
        44,
    )
    assert first.time == datetime.fromtimestamp(1796425804.023331, UTC)
    assert first.fields["id_orig_h"] == "192.0.2.10" and "referrer" not in first.fields  # (`-`: none)
    assert first.fields["tags"] == "(empty)"


def test_zeek_block_paths_and_a_job_over_byte_ranges(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    directives, rows = _rows("zeek_http.log")
    fmt = reader_for((CORPUS / "zeek_http.log").read_bytes())
    block = ("\n".join(rows * 30) + "\n").encode()
    got, want = block_and_record_paths(fmt, block, ATTRIBUTES, monkeypatch)
    assert got.columns == want.columns and want.records == 120
    assert (
        fmt.count_block(block, ("status", "bytes"), None)[1]
        == counted(("status", "bytes"), lambda fields: LogFormat.parse_block(fmt, block, fields, None))[1]
    )
    path = tmp_path / "http.log"
    path.write_text("\n".join([*directives[:-1], *rows * 50, directives[-1]]) + "\n")
    _, result = run_job("http", [path], tmp_path / "out", split_size=1024, workers=2)
    assert result["counters"]["records"] == 200 and result["counters"]["malformed"] == 0
    assert result["summary"]["status"] == {"200": 50, "403": 50, "404": 50, "500": 50}


def test_fast_alerts_of_suricata_and_snort() -> None:
    data = (CORPUS / "suricata_fast.log").read_bytes()
    fmt = reader_for(data)
    assert fmt.name == "columns" and fmt.columns.kind == "fast_alert"
    lines = data.decode().splitlines()
    first = fmt.parse(lines[1])
    assert (first.message, first.level, first.timestamp) == (
        "LOCAL WEB SQL injection attempt in URI (admin'--)",
        "ERROR",  # (priority 1)
        "2026-12-04T23:10:09.066731",
    )
    assert (first.fields["sid"], first.fields["classtype"], first.fields["src"]) == (
        "1000001",
        "Web Application Attack",
        "192.0.2.10:51002",
    )
    decoder = next(fmt.parse(line) for line in lines if "[Raw pkt:" in line)  # (a decoder's alert: no flow)
    assert decoder.message == "SURICATA IPv4 header size too small" and decoder.level == "INFO"
    snort = fmt.parse(SNORT)  # (Snort's alert_fast: no year, no classification)
    assert (snort.message, snort.level) == ("LOCAL WEB SQL injection", "ERROR")
    assert snort.time is not None and (snort.time.month, snort.time.day, snort.time.second) == (12, 4, 9)


def test_fast_alert_block_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    fmt = reader_for((CORPUS / "suricata_fast.log").read_bytes())
    lines = (CORPUS / "suricata_fast.log").read_text().splitlines() * 6 + [SNORT] * 3
    block = ("\n".join(lines) + "\n").encode()
    got, want = block_and_record_paths(fmt, block, ATTRIBUTES, monkeypatch)
    assert got.columns == want.columns and want.malformed == 0
    for keys in (("service", "level"), (SECOND, "level")):
        counts = fmt.count_block(block, keys, "ids")[1]
        reference = counted(keys, lambda fields: LogFormat.parse_block(fmt, block, fields, "ids"))[1]
        if SECOND in keys:  # (a second's text may vary with the block's other times: its bucket may not)
            counts, reference = Timeline().map_counts(counts), Timeline().map_counts(reference)
        assert counts == reference, keys


# Review (session 37): alerts read wrong by the first version, each a test that failed on it.


def test_suricata_ips_drops_and_snort3_alerts() -> None:
    fmt = reader_for((CORPUS / "suricata_fast.log").read_bytes())
    drop = fmt.parse(
        "12/04/2026-23:10:03.000001  [wDrop] [**] [1:2100499:7] GPL ATTACK_RESPONSE [**] [Classification: A] "
        "[Priority: 1] {TCP} 1.2.3.4:80 -> 5.6.7.8:1"
    )
    assert (drop.message, drop.level, drop.fields["action"]) == ("GPL ATTACK_RESPONSE", "ERROR", "wDrop")
    snort3 = fmt.parse(
        '12/04-23:10:02.794600 [**] [1:1000001:1] "ICMP test" [**] [Classification: Misc activity] [Priority: 3] '
        "{ICMP} 192.168.1.10 -> 192.168.1.1"
    )
    assert (snort3.message, snort3.level, snort3.fields["dst"]) == ("ICMP test", "INFO", "192.168.1.1")
