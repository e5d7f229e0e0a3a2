"""The sample log generator: deterministic by seed, the asked size, realistic content."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import msgspec

from logmr.formats import detect_format, normalize_level
from logmr.gen import generate, generate_file


def test_same_seed_same_bytes_whatever_the_workers(tmp_path: Path) -> None:
    generate_file(tmp_path / "a.jsonl", "json", 3_000_000, seed=5, workers=1)
    generate_file(tmp_path / "b.jsonl", "json", 3_000_000, seed=5, workers=2)
    generate_file(tmp_path / "c.jsonl", "json", 3_000_000, seed=6, workers=1)
    a = (tmp_path / "a.jsonl").read_bytes()
    assert a == (tmp_path / "b.jsonl").read_bytes()
    assert a != (tmp_path / "c.jsonl").read_bytes()


def test_size_and_whole_lines(tmp_path: Path) -> None:
    for kind in ("json", "access", "syslog"):
        path = tmp_path / kind
        generate_file(path, kind, 1_234_567, workers=1)
        data = path.read_bytes()
        assert 1_234_567 - 2000 < len(data) <= 1_234_567
        assert data.endswith(b"\n")


def test_mixed_folder_is_realistic(tmp_path: Path) -> None:
    files = generate(tmp_path, "mixed", 2_000_000, seed=1, workers=1)
    assert sorted(f.name for f in files) == ["access.log", "app.jsonl", "syslog.log"]
    for file, fmt in zip(files, ("json", "access", "syslog"), strict=True):
        assert detect_format(file.read_bytes()[:65536]).name == fmt
    records = [msgspec.json.decode(line) for line in (tmp_path / "app.jsonl").read_bytes().splitlines()]
    services = Counter(r["service"] for r in records)
    top, second = services.most_common(2)
    assert top[1] > 1.5 * second[1], "services are Zipf-skewed"
    levels = Counter(normalize_level(r["level"]) for r in records)
    assert levels["INFO"] > levels["WARN"] > levels["FATAL"] > 0 and levels["ERROR"] > 0
    assert len({r["level"] for r in records}) > 5, "services spell levels differently"
    assert len({r["message"] for r in records}) > 0.5 * len(records), "messages have variable parts"


def test_compressed_output(tmp_path: Path) -> None:
    files = generate(tmp_path, "mixed", 500_000, compression="zstd", workers=1)
    assert all(f.suffix == ".zst" and f.read_bytes()[:4] == b"\x28\xb5\x2f\xfd" for f in files)
