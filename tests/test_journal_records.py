"""systemd journal entries as journalctl writes them for people and for other journals: `-o verbose`
and `-o export` (the Journal Export Format), read as the same entries in `-o json` are; binary
fields by their size; jobs count the same records at any split size."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from helpers import run_job
from logmr.formats import detect_format, get_format

BOOT = "bfe0911e9a794649a97e207eb0997228"


def _entry(n: int) -> dict[str, str]:
    """A journal entry as `journalctl -o json` prints it (every value a string)."""
    message = f"order {n} placed by Zoë in 東京"
    if n % 7 == 3:
        message = f'unhandled exception in worker {n}\nTraceback (most recent call last):\n\n  File "app.py"'
    return {
        "__CURSOR": f"s=a08905c674e242949b538406a2b3e2e2;i={n:x};b={BOOT};m={n:x};t={1796420275787405 + n:x};x=1f",
        "__REALTIME_TIMESTAMP": str(1796420275787405 + n * 1000),
        "_HOSTNAME": ("web-1", "web-2")[n % 2],
        "PRIORITY": str(n % 8),
        "SYSLOG_IDENTIFIER": ("shop-api", "shop-worker", "cron")[n % 3],
        "MESSAGE": message,
        "_PID": str(1000 + n),
    }


def _export(entries: list[dict[str, str]]) -> bytes:
    """The Journal Export Format, as its specification writes it: a field with a newline (or not
    text) as its name, its size in 64 bits little-endian, the bytes and a newline."""
    out = bytearray()
    for entry in entries:
        for key, value in entry.items():
            data = value.encode()
            if b"\n" in data or not value.isprintable():
                out += key.encode() + b"\n" + len(data).to_bytes(8, "little") + data + b"\n"
            else:
                out += key.encode() + b"=" + data + b"\n"
        out += b"\n"
    return bytes(out)


ENTRIES = [_entry(n) for n in range(300)]


def _fields(record) -> tuple:
    return (record.timestamp, record.level, record.service, record.host, record.message)


def test_export_entries_read_as_their_json() -> None:
    data = _export(ENTRIES)
    fmt = detect_format(data[:65536])
    assert fmt.name == "journal"
    found = list(fmt.records_at(data, 0, "file"))
    json_lines = get_format("json")
    want = [json_lines.parse(json.dumps(entry), "file") for entry in ENTRIES]
    assert [_fields(record) for record, _, _ in found] == [_fields(record) for record in want]
    assert found[3][0].message.startswith("unhandled exception in worker 3\nTraceback")  # (whole, as JSON's)
    assert [offset for _, _, offset in found[:3]] == [0, data.index(b"\n\n") + 2, data.index(b"\n\n__CURSOR", 300) + 2]
    assert found[0][0].fields["_PID"] == "1000"


def test_binary_fields_by_their_size() -> None:
    """A size whose bytes hold a newline (10, 266), data with blank lines, NULs and invalid UTF-8."""
    ten = b"a\n\nb\x00c\xffdef"
    assert len(ten) == 10
    long = ("x" * 255 + "\n").encode()
    data = (
        b"__REALTIME_TIMESTAMP=1796420275787405\nPRIORITY=3\nSYSLOG_IDENTIFIER=app\nMESSAGE\n"
        + len(ten).to_bytes(8, "little")
        + ten
        + b"\nBLOB\n"
        + len(long + b"\x00" * 10).to_bytes(8, "little")
        + long
        + b"\x00" * 10
        + b"\n_HOSTNAME=vm\n\n__REALTIME_TIMESTAMP=1796420275787406\nMESSAGE=next\n"
    )
    found = [record for record, _ in get_format("journal").records(data, "file")]
    assert [r.message for r in found] == ["a\n\nb\x00c\ufffddef", "next"]
    assert (found[0].level, found[0].service, found[0].host) == ("ERROR", "app", "vm")
    assert found[0].fields["BLOB"] == "x" * 255 + "\n" + "\x00" * 10


def test_verbose_entries() -> None:
    """The header's time: the sender's where the entry has one, else the cursor's `t=`; a value's
    further lines joined to it, the message its first line (as `-o short` shows it); journalctl's
    own `-- ... --` lines no record; a line that is no field makes the entry malformed."""
    header = "Fri 2026-12-04 21:37:55.787380 CET [s=a08905c674e242949b538406a2b3e2e2;i=1ec;b=" + BOOT
    text = (
        "-- Boot " + BOOT + " --\n"
        f"{header};m=912fc0b7;t=661d5b067d68d;x=2cc9d905f4e3cb3b]\n"
        "    _HOSTNAME=vm\n    PRIORITY=4\n    SYSLOG_IDENTIFIER=shop-api\n"
        "    MESSAGE=unhandled exception\n            Traceback (most recent call last):\n"
        "    _SOURCE_REALTIME_TIMESTAMP=1796420275787380\n"
        f"{header};m=912fc0b8;t=661d5b067d68e;x=2cc9d905f4e3cb3b]\n"
        "    _COMM=logger\n    MESSAGE=second\n"
        f"{header};m=912fc0b9;t=661d5b067d68f;x=2cc9d905f4e3cb3b]\n"
        "    MESSAGE=third\nnot a field\n"
        "-- No entries --\n"
    )
    assert detect_format(text.encode()).name == "journal"
    found = list(get_format("journal").records_at(text.encode(), 0, "file"))
    first, second, third = (record for record, _, _ in found)
    assert _fields(first) == ("1796420275787380", "WARN", "shop-api", "vm", "unhandled exception")
    assert "MESSAGE=unhandled exception\nTraceback (most recent call last):\n" in first.raw
    assert _fields(second) == (str(0x661D5B067D68E), "INFO", "logger", None, "second")
    assert third is None and [offset for _, _, offset in found] == [
        text.index(header),
        text.index(header, 100),
        text.rindex(header),
    ]


def test_jobs_count_journal_entries_at_any_split_size(tmp_path: Path) -> None:
    path = tmp_path / "journal.export"
    path.write_bytes(_export(ENTRIES * 10))
    want = Counter((e["SYSLOG_IDENTIFIER"], get_format("json").parse(json.dumps(e)).level) for e in ENTRIES * 10)
    for split in (1 << 12, 1 << 15, None):
        rows, result = run_job("services", [path], tmp_path / f"o{split}", **({"split_size": split} if split else {}))
        assert Counter(rows) == want and result["counters"]["malformed"] == 0


def test_what_is_no_journal() -> None:
    """Capitals' `KEY=value` lines without an export entry's first field (an environment dump), a
    logfmt file, and a bracket of other text are not detected as journal entries."""
    env = b"".join(b"%s=value %d\n" % (key, n) for n, key in enumerate([b"PATH", b"HOME", b"LANG"] * 20))
    assert detect_format(env).name != "journal"
    assert detect_format(b"__CURSOR is a word\nsomething else\n" * 10).name != "journal"
    assert detect_format(b'time=2026-12-04T21:37:55Z level=info msg="ok [s=1]"\n' * 20).name == "logfmt"


def _binary(key: bytes, value: bytes) -> bytes:
    return key + b"\n" + len(value).to_bytes(8, "little") + value + b"\n"


def test_a_reviews_export_entries(tmp_path: Path) -> None:
    """A binary field whose data ends with a newline (a coredump's `/proc` files, a message's last
    newline) puts a blank line before the next field: no entry starts there; text between entries
    is one malformed record; a sample of entries with many lines of binary data is detected; an
    entry longer than the caps (a coredump's 600 lines of maps) is one malformed record, its rest none, at
    every split size."""
    maps = b"".join(b"7f%010x-7f%010x r-xp 00000000 08:01 %d /usr/lib/libfoo.so\n" % (i, i + 1, i) for i in range(60))
    core = (
        b"__CURSOR=s=1;i=1\n__REALTIME_TIMESTAMP=1796420275787405\nPRIORITY=2\nSYSLOG_IDENTIFIER=systemd-coredump\n"
        + _binary(b"MESSAGE", b"Process 4242 (app) dumped core.\n")
        + b"_HOSTNAME=vm\n"
        + _binary(b"COREDUMP_PROC_MAPS", maps)
        + b"COREDUMP_SIGNAL=11\n\n"
    )
    data = core + b"### stray text\nmore of it\n\n" + _export(ENTRIES[:3])
    assert detect_format(data[:65536]).name == "journal"
    found = list(get_format("journal").records(data, "file"))
    assert [(r.host, r.fields.get("COREDUMP_SIGNAL")) if r else None for r, _ in found[:2]] == [("vm", "11"), None]
    assert [r.message for r, _ in found[2:]] == [e["MESSAGE"] for e in ENTRIES[:3]]
    long = core.replace(maps, maps * 10)
    path = tmp_path / "core.export"
    path.write_bytes((core + _export(ENTRIES[:40]) + long) * 20)
    for split in (1 << 16, None):
        _, result = run_job("services", [path], tmp_path / f"o{split}", **({"split_size": split} if split else {}))
        assert result["counters"]["records"] == 41 * 20 and result["counters"]["malformed"] == 20


def test_a_second_reviews_export_entries(tmp_path: Path) -> None:
    """A job reads an export file's bytes as they are (a binary field's size counts its colours'
    bytes: they are left out of its text after), a size with a 0x1b byte (27), an entry after a
    journalctl note line, CRLF entries."""
    entries = [
        dict(_entry(n), MESSAGE=f"\x1b[31mrequest {n} failed\x1b[0m" if n % 5 == 0 else "a" * 20 + "\nline 2")
        for n in range(500)
    ]
    assert len(entries[1]["MESSAGE"].encode()) == 27
    data = _export(entries[:250]) + b"-- Boot " + BOOT.encode() + b" --\n" + _export(entries[250:])
    path = tmp_path / "colours.export"
    path.write_bytes(data)
    found = [record for record, _ in get_format("journal").records(data, "file")]
    assert len(found) == 500 and found[0].message == "request 0 failed" and found[1].message.endswith("line 2")
    for split in (1 << 12, None):
        rows, result = run_job("services", [path], tmp_path / f"o{split}", **({"split_size": split} if split else {}))
        assert result["counters"]["records"] == 500 and result["counters"]["malformed"] == 0
        assert Counter(rows) == Counter((r.service, r.level) for r in found)
    crlf = _export(ENTRIES[:20]).replace(b"\n", b"\r\n")
    assert detect_format(crlf).name == "journal"


def test_coloured_verbose_entries(tmp_path: Path) -> None:
    """journalctl colours verbose output on a terminal or when told (`SYSTEMD_COLORS=1`): its header
    and fields read without the colours, at any split size."""
    cursor = f"[s=a08905c674e242949b538406a2b3e2e2;i=1ec;b={BOOT};m=912fc0b7;t=661d5b067d68d;x=2cc9d905f4e3cb3b]"
    entry = (
        f"\x1b[4mFri 2026-12-04 21:37:55.787380 UTC\x1b[0m \x1b[2m{cursor}\x1b[0m\n"
        "    \x1b[32m_HOSTNAME\x1b[0m=vm\n    PRIORITY=3\n    SYSLOG_IDENTIFIER=api\n"
        "    \x1b[1mMESSAGE=payment failed\x1b[0m\n"
    )
    path = tmp_path / "verbose.log"
    path.write_text(entry * 300)
    assert detect_format(path.read_bytes()[:65536]).name == "journal"
    for split in (1 << 11, None):
        rows, result = run_job("services", [path], tmp_path / f"o{split}", **({"split_size": split} if split else {}))
        assert Counter(rows) == {("api", "ERROR"): 300} and result["counters"]["malformed"] == 0
