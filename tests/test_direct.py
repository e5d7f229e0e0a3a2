"""engine/direct.py: a large output part written past the page cache holds exactly the bytes written."""

from __future__ import annotations

import errno
import os
import random

import pytest

from logmr.engine import direct
from logmr.engine.direct import DirectFile


def _write(path, pieces: list[bytes]) -> bytes:
    path.write_bytes(b"")  # (created empty, as put_part's mkstemp does)
    out = DirectFile(str(path))
    for piece in pieces:
        assert out.write(piece) == len(piece)
    out.close()
    return path.read_bytes()


def _pieces(total: int, seed: int) -> list[bytes]:
    rng = random.Random(seed)
    pieces, left = [], total
    while left:
        size = min(left, rng.choice([1, 7, 4095, 4096, 4097, 65_536, 1 << 20, 3 << 20]))
        pieces.append(rng.randbytes(size))
        left -= size
    return pieces


@pytest.mark.parametrize("buffers", [0, 1, 2.5, 5])
@pytest.mark.parametrize("direct_ok", [True, False])
def test_every_byte_lands_in_order_at_any_size(tmp_path, monkeypatch, buffers, direct_ok) -> None:
    """Sizes below, at and past the buffers' (a small buffer here: 64 KiB), written in pieces of
    1 byte to several MiB, with O_DIRECT and where the file system refuses it: the file is the
    bytes written, in order."""
    monkeypatch.setattr(direct, "BUFFER", 64 << 10)
    if not direct_ok:
        monkeypatch.setattr(direct, "_open_direct", lambda path: None)
    for extra in (0, 1, 4095, 4096, 5000):
        pieces = _pieces(int(buffers * (64 << 10)) + extra, seed=extra)
        assert _write(tmp_path / f"part-{extra}", pieces) == b"".join(pieces)


def test_a_write_error_in_the_thread_fails_the_task(tmp_path, monkeypatch) -> None:
    """A full disk while the thread writes: raised in the task (by a later write or by close), not
    lost, and the thread ends."""
    monkeypatch.setattr(direct, "BUFFER", 64 << 10)
    real_write = os.write

    def full_disk(fd, data):
        if len(data) == 64 << 10:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(direct.os, "write", full_disk)
    path = tmp_path / "part"
    path.write_bytes(b"")
    out = DirectFile(str(path))
    with pytest.raises(OSError, match="No space left"):
        for _ in range(8):
            out.write(b"x" * (64 << 10))
        out.close()
    out.close()  # (as put_part's finally does: it ends the thread, raising nothing more)
    assert out.thread is not None and not out.thread.is_alive() and out.fd is None


def test_parse_rows_written_past_the_page_cache_are_the_rows(tmp_path, monkeypatch) -> None:
    """parse's output parts (its last step's rows, never read back) go through DirectFile: the same
    rows as written through the page cache."""
    from logmr.engine.spec import JobSpec
    from logmr.runners.local import run_to_folder

    lines = [
        f"2024-01-0{1 + i % 9} 10:00:{i % 60:02d} INFO worker-{i % 3} took {i} ms for job {i * 7}"
        for i in range(40_000)
    ]
    log = tmp_path / "app.log"
    log.write_text("\n".join(lines) + "\n")
    monkeypatch.setattr(direct, "BUFFER", 64 << 10)
    used = []
    monkeypatch.setattr(direct.DirectFile, "_drain", _counting(direct.DirectFile._drain, used))
    run_to_folder(JobSpec(job_id="direct", analysis="parse", inputs=[str(log)]), tmp_path / "a", workers=1)
    assert used, "the parts were not written past the page cache"
    monkeypatch.setattr(direct, "_open_direct", lambda path: None)
    run_to_folder(JobSpec(job_id="cached", analysis="parse", inputs=[str(log)]), tmp_path / "b", workers=1)
    parts = sorted(p.name for p in (tmp_path / "a").glob("part-*"))
    assert parts and parts == sorted(p.name for p in (tmp_path / "b").glob("part-*"))
    for name in parts:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    assert sum(len((tmp_path / "a" / name).read_bytes().splitlines()) for name in parts) == len(lines)


def _counting(drain, used: list):
    def counted(self) -> None:
        used.append(self.path)
        drain(self)

    return counted
