"""Telling text from binary by a file's first bytes (decompressed), so that an executable, an
image or an archive in a folder of logs is reported and left out, never parsed as records."""

from __future__ import annotations

import re

# Known signatures, for a reason that says what the file is.
_SIGNATURES = tuple(
    (re.compile(pattern, re.DOTALL), what)
    for pattern, what in (
        (rb"\x7fELF", "an ELF executable"),
        (rb"\x89PNG\r\n\x1a\n", "a PNG image"),
        (rb"\xff\xd8\xff", "a JPEG image"),
        (rb"GIF8[79]a", "a GIF image"),
        (rb"PK\x03\x04", "a zip archive"),
        (rb"%PDF-", "a PDF document"),
        (rb"SQLite format 3\x00", "an SQLite database"),
        (rb"\x00\x00\x00\x01Bud1", "a .DS_Store file"),
        (rb"MZ.{0,62}\x00", "a Windows executable"),
        (rb"\xcf\xfa\xed\xfe|\xca\xfe\xba\xbe", "a Mach-O executable or Java class"),
        (rb"PAR1", "a Parquet file"),
        (rb"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
        (rb"BZh[1-9]1AY&SY", "bzip2-compressed (logmr reads gzip and zstd)"),
        (rb"\xfd7zXZ\x00", "xz-compressed (logmr reads gzip and zstd)"),
        (rb"\x04\x22\x4d\x18", "lz4-compressed (logmr reads gzip and zstd)"),
    )
)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_UTF8_BOM = b"\xef\xbb\xbf"
# Control bytes that text does not hold (tab, newlines, form feed and ESC of colour codes do).
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_NUL_RUN = re.compile(rb"\x00{8,}")
MAX_CONTROL_SHARE = 0.05
_MIN_UTF16_SAMPLE = 16


def _utf16_like(sample: bytes) -> bool:
    """Most of the even bytes are NUL and few of the odd ones, or the other way round: mostly
    ASCII text written as UTF-16 without a byte order mark."""
    if len(sample) < _MIN_UTF16_SAMPLE:
        return False
    half = len(sample) // 2
    even, odd = sample[0::2].count(0) / half, sample[1::2].count(0) / half
    return max(even, odd) > 0.8 and min(even, odd) < 0.2


def binary_reason(sample: bytes) -> str | None:
    """Why the start of a file is not a text log (None when it is text): a known binary
    signature, UTF-16 (a job reads UTF-16 that opens with its byte order mark as UTF-8 before it
    looks: engine/decompress.py), UTF-32, or more than 5% control bytes. Runs of NULs (the hole a log truncated
    under a writer without O_APPEND starts with, or padding after a crash) do not count."""
    if sample.startswith(_UTF8_BOM) or not sample:
        return None
    if sample.startswith(_UTF16_BOMS) or sample.startswith(b"\x00\x00\xfe\xff") or _utf16_like(sample):
        return (
            "UTF-16 or UTF-32 text, which logmr reads only as uncompressed UTF-16 with its byte order mark:"
            " convert it to UTF-8"
        )
    for signature, what in _SIGNATURES:
        if signature.match(sample):
            return f"binary: {what}"
    text = _NUL_RUN.sub(b"", sample)
    if not text:
        return f"binary: its first {len(sample):,} bytes are all NUL"
    controls = len(_CONTROL.findall(text))
    if controls > MAX_CONTROL_SHARE * len(text):
        return f"binary: {controls / len(text):.0%} of its first {len(sample):,} bytes are control bytes"
    return None
