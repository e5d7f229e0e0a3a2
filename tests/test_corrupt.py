"""Damaged and binary inputs: a truncated or corrupt .gz/.zst fails the job naming the file (or,
with --skip-corrupt, is read up to the damage and listed); a binary file is left out and listed,
never parsed as records. Every file here is written by the real gzip and zstandard libraries."""

from __future__ import annotations

import gzip
import os
import shutil
import struct
import zlib
from pathlib import Path

import msgspec
import pytest
import zstandard

from aws_harness import start_job
from helpers import LOGHUB, run_job
from logmr.cli.main import main
from logmr.engine.decompress import CorruptInputError, ZstdFrameTracker
from logmr.engine.reader import read_split
from logmr.engine.spec import Split
from logmr.formats import binary_reason

SKIPPABLE_FRAME = struct.pack("<II", 0x184D2A50, 5) + b"extra"


def _zstd(data: bytes) -> bytes:
    # the zstd command writes a content checksum by default; without one, a flipped bit in a
    # literal byte decodes to a different byte and nothing can tell
    return zstandard.ZstdCompressor(write_checksum=True).compress(data)


def _pack(data: bytes, compression: str) -> bytes:
    return gzip.compress(data) if compression == "gzip" else _zstd(data)


def _read_all(path: Path, compression: str) -> bytes:
    split = Split(index=0, uri=str(path), start=0, end=path.stat().st_size, compression=compression)
    return b"".join(read_split(split, block_size=64 * 1024))


def _decodable_prefix(packed: bytes, compression: str) -> bytes:
    """Everything a streaming decoder can get out of damaged bytes, independently of logmr."""
    if compression == "gzip":
        return zlib.decompressobj(wbits=31).decompress(packed)
    return zstandard.ZstdDecompressor().decompressobj().decompress(packed)


@pytest.fixture(scope="module")
def log_data(json_file: Path) -> bytes:
    return json_file.read_bytes()


# Cuts inside the header (gzip's is 10 bytes; zstd's magic is 4, then 2 to 14 header bytes), in
# the body, and inside the trailer (gzip's CRC and length, zstd's checksum). A cut inside zstd's
# 4-byte magic number leaves a file that is not recognisably zstd at all, so it is not here.
CUTS = [2, 5, 9, 13, 1000, 0.5, -8, -3, -1]


@pytest.mark.parametrize(
    ("compression", "cut"), [("gzip", cut) for cut in CUTS] + [("zstd", cut) for cut in CUTS if cut != 2]
)
def test_truncated_input_raises_naming_the_file(tmp_path: Path, log_data: bytes, compression: str, cut) -> None:
    packed = _pack(log_data, compression)
    at = int(len(packed) * cut) if isinstance(cut, float) else cut if cut > 0 else len(packed) + cut
    path = tmp_path / f"app.jsonl.{compression}"
    path.write_bytes(packed[:at])
    with pytest.raises(CorruptInputError) as raised:
        _read_all(path, compression)
    assert str(path) in str(raised.value) and f"truncated {compression}" in str(raised.value)


@pytest.mark.parametrize("compression", ["gzip", "zstd"])
def test_flipped_bits_in_the_body_are_detected(tmp_path: Path, log_data: bytes, compression: str) -> None:
    packed = _pack(log_data, compression)
    path = tmp_path / "app.jsonl.z"
    for position in range(20, len(packed) - 8, len(packed) // 23):
        for bit in (0, 4, 7):
            damaged = bytearray(packed)
            damaged[position] ^= 1 << bit
            path.write_bytes(damaged)
            with pytest.raises(CorruptInputError, match=f"corrupt {compression}|truncated {compression}"):
                _read_all(path, compression)


@pytest.mark.parametrize("compression", ["gzip", "zstd"])
def test_garbage_after_a_valid_stream_is_detected(tmp_path: Path, log_data: bytes, compression: str) -> None:
    path = tmp_path / "app.jsonl.z"
    path.write_bytes(_pack(log_data, compression) + b"not compressed at all\n")
    with pytest.raises(CorruptInputError):
        _read_all(path, compression)


def test_many_members_and_frames_read_whole(tmp_path: Path, log_data: bytes) -> None:
    pieces = [log_data[i : i + 300_000] for i in range(0, len(log_data), 300_000)]
    assert len(pieces) > 2
    members = tmp_path / "members.gz"
    members.write_bytes(b"".join(gzip.compress(p) for p in pieces))  # as `cat a.gz b.gz` makes
    frames = tmp_path / "frames.zst"
    frames.write_bytes(SKIPPABLE_FRAME.join(_zstd(p) for p in pieces))
    unchecked = tmp_path / "streamed.zst"  # no content size in the header, no checksum
    with zstandard.ZstdCompressor().stream_writer(unchecked.open("wb")) as writer:
        writer.write(log_data)
    assert _read_all(members, "gzip") == log_data
    assert _read_all(frames, "zstd") == log_data
    assert _read_all(unchecked, "zstd") == log_data


@pytest.mark.parametrize("compression", ["gzip", "zstd"])
def test_a_cut_between_frames_is_a_valid_shorter_file(tmp_path: Path, log_data: bytes, compression: str) -> None:
    # Undetectable by design: each gzip member and zstd frame is complete in itself, so a stream
    # cut exactly after one is a valid, shorter stream. It reads as such, without error.
    first, second = _pack(log_data[:200_000], compression), _pack(log_data[200_000:], compression)
    path = tmp_path / "cut.z"
    path.write_bytes((first + second)[: len(first)])
    assert _read_all(path, compression) == log_data[:200_000]


def test_the_frame_tracker_follows_every_kind_of_frame() -> None:
    data = os.urandom(1000) + b"a" * 300_000  # raw, RLE and compressed blocks
    stream = _zstd(data) + SKIPPABLE_FRAME + zstandard.ZstdCompressor(write_content_size=False).compress(data)
    tracker = ZstdFrameTracker()
    for start in range(0, len(stream), 7):  # fed in awkward pieces
        tracker.feed(stream[start : start + 7])
    assert tracker.between_frames and tracker.frames == 3
    cut = ZstdFrameTracker()
    cut.feed(stream[:-1])
    assert not cut.between_frames and "frame 3" in cut.where()


def _write_damaged(folder: Path, data: bytes, compression: str) -> tuple[Path, bytes]:
    """A log cut in the middle of its compressed bytes, and the whole lines one can decode of it."""
    whole = _pack(data, compression)
    packed = whole[: len(whole) * 3 // 5]
    path = folder / f"app.jsonl.{'gz' if compression == 'gzip' else 'zst'}"
    path.write_bytes(packed)
    prefix = _decodable_prefix(packed, compression)
    return path, prefix[: prefix.rfind(b"\n") + 1]


@pytest.mark.parametrize("compression", ["gzip", "zstd"])
def test_run_fails_naming_the_damaged_file(
    tmp_path: Path, log_data: bytes, compression: str, capsys: pytest.CaptureFixture
) -> None:
    (tmp_path / "in").mkdir()
    path, _ = _write_damaged(tmp_path / "in", log_data, compression)
    (tmp_path / "in" / "ok.log").write_bytes(b"Nov 26 04:05:06 host app[1]: fine\n" * 10)
    args = ["run", "services", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-q", "--workers", "2"]
    assert main([*args, "--retries", "0"]) == 1
    error = capsys.readouterr().err
    assert str(path) in error and f"truncated {compression} stream" in error and "job failed" in error
    assert not (tmp_path / "out" / "result.json").exists()


@pytest.mark.parametrize("compression", ["gzip", "zstd"])
def test_skip_corrupt_keeps_the_lines_before_the_damage(
    tmp_path: Path, log_data: bytes, compression: str, capsys: pytest.CaptureFixture
) -> None:
    (tmp_path / "in").mkdir()
    path, readable = _write_damaged(tmp_path / "in", log_data, compression)
    assert 0 < len(readable) < len(log_data) and log_data.startswith(readable)
    (tmp_path / "prefix").mkdir()
    (tmp_path / "prefix" / "app.jsonl").write_bytes(readable)
    expected, expected_result = run_job("services", [tmp_path / "prefix"], tmp_path / "expected")

    out = tmp_path / "out"
    args = ["run", "services", str(path), "-o", str(out), "-q", "--workers", "2", "--skip-corrupt"]
    assert main(args) == 0
    warning = capsys.readouterr().err
    assert "warning" in warning and str(path) in warning
    result = msgspec.json.decode((out / "result.json").read_bytes())
    assert result["counters"]["corrupt_files"] == 1 and result["counters"]["skipped_files"] == 0
    assert [item["uri"] for item in result["corrupt_files"]] == [str(path)]
    assert f"truncated {compression} stream" in result["corrupt_files"][0]["reason"]
    assert result["counters"]["records"] == readable.count(b"\n") == expected_result["counters"]["records"]
    rows, again = run_job("services", [path], tmp_path / "again", skip_corrupt=True)
    assert rows == expected and again["corrupt_files"] == result["corrupt_files"]
    assert again["counters"]["records"] == result["counters"]["records"]


def _png() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" + b"\xff\x00\x00" * 2 + b"\x00" + b"\x00\x00\xff" * 2)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def test_binary_files_are_left_out_and_listed(tmp_path: Path, json_file: Path, capsys: pytest.CaptureFixture) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(json_file, folder / "app.jsonl")
    shutil.copy("/bin/ls", folder / "ls")
    (folder / "logo.png").write_bytes(_png())
    (folder / "noise.bin").write_bytes(os.urandom(200_000))
    (folder / "packed-binary.log.gz").write_bytes(gzip.compress(Path("/bin/ls").read_bytes()))
    (folder / "windows.log").write_bytes("2026-11-26 ERROR boom\n".encode("utf-16-le") * 50)  # (no byte order mark)
    _, alone_result = run_job("services", [json_file], tmp_path / "alone")

    out = tmp_path / "out"
    assert main(["run", "services", str(folder), "-o", str(out), "-q", "--workers", "2"]) == 0
    warnings = capsys.readouterr().err
    result = msgspec.json.decode((out / "result.json").read_bytes())
    skipped = {Path(item["uri"]).name: item["reason"] for item in result["skipped_files"]}
    assert set(skipped) == {"ls", "logo.png", "noise.bin", "packed-binary.log.gz", "windows.log"}
    assert "ELF" in skipped["ls"] and "ELF" in skipped["packed-binary.log.gz"] and "PNG" in skipped["logo.png"]
    assert "control bytes" in skipped["noise.bin"] and "UTF-16" in skipped["windows.log"]
    assert result["counters"]["skipped_files"] == 5 and result["counters"]["corrupt_files"] == 0
    assert all(str(folder / name) in warnings for name in skipped)
    lines = json_file.read_bytes().count(b"\n")
    assert result["counters"]["records"] == alone_result["counters"]["records"] == lines
    assert result["counters"]["lines"] == lines and result["counters"]["malformed"] == 0
    assert result["summary"] == alone_result["summary"]


def test_only_binary_inputs_fail_with_their_names(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy("/bin/ls", folder / "ls")
    (folder / "logo.png").write_bytes(_png())
    assert main(["run", "wordcount", str(folder), "-o", str(tmp_path / "out"), "-q"]) == 2
    error = capsys.readouterr().err
    assert "no log files to read" in error and str(folder / "ls") in error and str(folder / "logo.png") in error


@pytest.mark.parametrize(
    "text",
    [
        "plain ASCII log line\n" * 100,
        "héllo wörld — 日本語のログ ✓\n" * 100,
        "\ufeffa log with a byte order mark\n" * 100,
        "\x1b[31mERROR\x1b[0m coloured\tand tabbed\r\n" * 100,
    ],
)
def test_text_is_not_binary(text: str) -> None:
    assert binary_reason(text.encode()) is None
    assert binary_reason("hello wörld\n".encode("latin-1") * 100) is None
    assert binary_reason(b"\x00" * 5000 + text.encode()) is None, "a NUL hole before the text"


def test_every_sample_log_is_text(sample_dir: Path) -> None:
    files = [*sample_dir.iterdir(), *LOGHUB.rglob("*.log")]
    assert len(files) > 5
    assert [f for f in files if binary_reason(f.read_bytes()[:65536])] == []


def _upload_mixed(clients, packed: bytes) -> None:
    put = clients["s3"].put_object
    put(Bucket="logs", Key="mixed/app.jsonl.zst", Body=packed[: len(packed) // 2])
    put(Bucket="logs", Key="mixed/ls", Body=Path("/bin/ls").read_bytes())
    put(Bucket="logs", Key="mixed/ok.log", Body=b"Nov 26 04:05:06 host app[1]: fine\n" * 10)


def test_on_the_state_machine_left_out_and_damaged_files_reach_result_json(aws, log_data: bytes) -> None:
    """Plan and finalize run in different Lambdas: the left-out files travel through the work store."""
    clients, machine = aws
    packed = _pack(log_data, "zstd")
    _upload_mixed(clients, packed)
    job_id, execution = start_job(clients, machine, "services", ["s3://logs/mixed/"], skip_corrupt=True)
    assert execution["status"] == "SUCCEEDED", execution.get("cause")
    body = clients["s3"].get_object(Bucket="work", Key=f"jobs/{job_id}/result.json")["Body"].read()
    result = msgspec.json.decode(body)
    assert [item["uri"] for item in result["skipped_files"]] == ["s3://logs/mixed/ls"]
    assert [item["uri"] for item in result["corrupt_files"]] == ["s3://logs/mixed/app.jsonl.zst"]
    readable = _decodable_prefix(packed[: len(packed) // 2], "zstd")
    assert result["counters"]["records"] == readable.count(b"\n") + 10


def test_on_the_state_machine_a_damaged_file_fails_the_job(aws, log_data: bytes) -> None:
    clients, machine = aws
    _upload_mixed(clients, _pack(log_data, "zstd"))
    _, execution = start_job(clients, machine, "services", ["s3://logs/mixed/"])
    assert execution["status"] == "FAILED"
    assert "s3://logs/mixed/app.jsonl.zst" in execution["cause"] and "truncated zstd" in execution["cause"]


def test_the_job_api_takes_skip_corrupt() -> None:
    from logmr.api.operations import build_spec, parse_request

    defaults = {"split_size": 1 << 20, "partitions": 2}
    body = b'{"analysis": "wordcount", "inputs": ["s3://logs/x"], "skip_corrupt": true}'
    assert build_spec(parse_request(body), defaults, lambda _: None).skip_corrupt is True
    body = b'{"analysis": "wordcount", "inputs": ["s3://logs/x"]}'
    assert build_spec(parse_request(body), defaults, lambda _: None).skip_corrupt is False
