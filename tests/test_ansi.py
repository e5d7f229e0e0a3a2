"""Terminal colours in text logs (formats/ansi.py): a file written with ANSI colour codes reads as
the same file without them, but for the offsets, which are the raw file's."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import run_job
from logmr.formats.ansi import raw_offsets, without_ansi

CORPUS = Path(__file__).parent / "data" / "loggers"
_CSI = re.compile(rb"\x1b\[[0-9;]*m")


def test_a_coloured_file_reads_as_its_plain_twin() -> None:
    """tracing-subscriber's default output (colours on) against the same run's with_ansi(false)."""
    coloured = (CORPUS / "rust_tracing_fmt_ansi.log").read_bytes()
    assert b"\x1b[" in coloured
    plain = without_ansi(coloured)
    assert b"\x1b[" not in plain and plain.count(b"\n") == coloured.count(b"\n")


@pytest.mark.parametrize("analysis", ["parse", "services", "timeline", "wordcount"])
def test_jobs_over_a_coloured_file_give_its_plain_twins_rows(tmp_path: Path, analysis: str) -> None:
    lines = [
        f"2026-12-02T07:45:{i % 60:02d}.{i:06d}Z \x1b[32m INFO\x1b[0m \x1b[2mshop_api::http\x1b[0m: request {i} done"
        if i % 3
        else f"2026-12-02T07:45:{i % 60:02d}.{i:06d}Z \x1b[33m WARN\x1b[0m \x1b[2mshop_api\x1b[0m: slow request {i}"
        for i in range(300)
    ]
    coloured = "\ufeff" + "\n".join(lines) + "\n"  # (a byte order mark too: offsets past it)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "app.log").write_text(coloured, encoding="utf-8")
    (tmp_path / "plain").mkdir()
    (tmp_path / "plain" / "app.log").write_bytes(_CSI.sub(b"", coloured.encode()))
    rows, _ = run_job(analysis, [tmp_path / "in"], tmp_path / "out", split_size=4096)
    twin, _ = run_job(analysis, [tmp_path / "plain"], tmp_path / "out2", split_size=4096)
    if analysis != "parse":
        assert rows == twin and rows
        return
    data = (tmp_path / "in" / "app.log").read_bytes()
    starts = [0, *[i + 1 for i, byte in enumerate(data) if byte == 0x0A][:-1]]
    starts[0] = 3  # (the byte order mark's length)
    assert sorted(offset for _, offset in rows) == starts  # the raw file's line starts
    values = [value for _, value in sorted(rows.items(), key=lambda item: item[0][1])]
    theirs = [value for _, value in sorted(twin.items(), key=lambda item: item[0][1])]
    assert values == theirs and values[1]["service"] == "shop_api::http" and values[0]["level"] == "WARN"


def test_raw_offsets_map_each_line_back() -> None:
    raw = b"\x1b[1mab\x1b[0m\ncd\n\x1b[2m\x1b[0mef\n"
    clean = without_ansi(raw)
    assert clean == b"ab\ncd\nef\n"
    assert raw_offsets([100, 103, 106, 101], clean, raw, 100) == [100, 111, 114, 101]
