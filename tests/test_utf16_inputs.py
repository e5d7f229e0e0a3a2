"""Text written in UTF-16 (its byte order mark first: SQL Server's ERRORLOG, Windows PowerShell's
`Out-File`) read as UTF-8, as a compressed input is decompressed (engine/decompress.py): every line a
record, as its UTF-8 copy's; characters past the BMP split across reads; UTF-32 and UTF-8 left alone."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from helpers import run_job
from logmr.engine.decompress import UTF16, DecompressedStream
from logmr.engine.inputs import sniff_compression

LINES = [f"2026-12-04 06:00:{n:02d}.47 Server      Größe {n} — 東京 🚀 ready" for n in range(40)]
LINES += [
    f"2026-12-04 06:01:{n:02d}.10 Logon       Login failed for user 'zoë'. [CLIENT: 10.0.0.{n}]" for n in range(7)
]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_a_job_reads_utf16_as_its_utf8_copy(tmp_path: Path, codec: str) -> None:
    text = "\r\n".join(LINES) + "\r\n"
    bom = b"\xff\xfe" if codec.endswith("le") else b"\xfe\xff"
    (tmp_path / "in16").mkdir()
    (tmp_path / "in8").mkdir()
    (tmp_path / "in16" / "ERRORLOG").write_bytes(bom + text.encode(codec))
    (tmp_path / "in8" / "ERRORLOG").write_bytes(text.encode())
    results = [
        run_job("services", [tmp_path / kind / "ERRORLOG"], tmp_path / f"out{kind}", split_size=256, workers=2)[1]
        for kind in ("in16", "in8")
    ]
    wide, narrow = (result["summary"]["services"] for result in results)
    assert wide == narrow and sum(service["total"] for service in wide) == len(LINES)
    assert results[0]["counters"]["malformed"] == 0 and results[0]["counters"]["splits"] == 1  # (read whole)


def test_characters_past_the_bmp_split_across_reads() -> None:
    text = "🚀 Grüße\r\n" * 50
    stream = DecompressedStream(io.BytesIO(b"\xff\xfe" + text.encode("utf-16-le")), UTF16, "x")
    out = b"".join(iter(lambda: stream.read(7), b""))  # (odd sizes: a unit, a surrogate pair cut)
    assert out.decode() == text


def test_which_marks_are_utf16() -> None:
    assert sniff_compression(b"\xff\xfe2\x00") == sniff_compression(b"\xfe\xff\x002") == UTF16
    assert sniff_compression(b"\xff\xfe\x00\x00") is None  # (UTF-32's mark)
    assert sniff_compression(b"\xef\xbb\xbf2026") is None  # (UTF-8's: read as it is)


# Review (session 37): inputs read wrong by the first version, each a test that failed on it.


@pytest.mark.parametrize("size", [1, 2, 3, 4, 5, 6, 8, 10, 11, 64])
def test_no_read_size_ends_the_text_early(size: int) -> None:
    """A read that decodes to nothing yet (the mark alone, a surrogate pair's first half) is no end."""
    text = "x🚀y\r\n" * 100
    stream = DecompressedStream(io.BytesIO(b"\xff\xfe" + text.encode("utf-16-le")), UTF16, "x")
    assert b"".join(iter(lambda: stream.read(size), b"")).decode() == text


def test_utf8_after_a_stray_mark_and_compressed_utf16_are_no_utf16_read() -> None:
    assert sniff_compression(b"\xff\xfe2026-12-04 06:00:00 x\n"[:4]) is None  # (UTF-8 text after FF FE)
    from logmr.formats.binary import binary_reason

    reason = binary_reason(b"\xff\xfe" + "2026-12-04 ok\n".encode("utf-16-le") * 20)  # (as gzip's content is seen)
    assert reason is not None and "uncompressed UTF-16 with its byte order mark" in reason
