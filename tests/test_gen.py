"""The sample log generator: deterministic by seed, the asked size, realistic content."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import msgspec
import pytest

from loggers_corpus import read_with_logmr, wrong_fields
from logmr.formats import detect_format, normalize_level
from logmr.gen import generate, generate_file
from logmr.gen.catalog import PROFILES
from logmr.gen.generator import CHUNK_LINES
from logmr.gen.profiles import chunk_bytes, render_chunk


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


# --- profiles: corpora in the shapes real loggers write ------------------------------------------
FORMAT_OF_FAMILY = {"json": "json", "logfmt": "logfmt", "text": "plain", "access": "access", "syslog": "syslog"}
FORMAT = {"apache-error": "apache_error", "loghub-apache": "apache_error", "loghub-linux": "syslog"}
FORMAT |= {"loghub-openssh": "syslog", "aws-alb": "columns"}
# What logmr reads wrong today in text layouts (their reading is being reworked in another branch):
# these fields, and "records" where continuation lines (stack traces) become records of their own.
KNOWN_GAPS: dict[str, set[str]] = {}
# loghub's structured files name the fields loosely (OpenSSH's "Component" is the host...) and
# carry no full time: only HDFS and Spark, whose headers are unambiguous, are compared field by field.
LOGHUB_COMPARED = {"loghub-hdfs": {"level", "service", "message"}, "loghub-spark": {"level", "service", "message"}}


def _small_profile_file(tmp_path: Path, name: str, size: int = 200_000) -> tuple[Path, list[dict], int]:
    """A small file of a profile, the truth of its records, and how many lines it breaks on purpose."""
    path = tmp_path / f"{name}{PROFILES[name].suffix}"
    generate_file(path, name, size, seed=7, workers=1)
    lines = path.read_bytes().count(b"\n")
    expected, line, broken = [], 1, 0
    for text, known in render_chunk(name, 7, 0, CHUNK_LINES):
        if line > lines:
            break
        if known is None:
            broken += 1
        else:
            expected.append({"line": line} | known)
        line += text.count("\n")
    return path, expected, broken


@pytest.mark.parametrize("name", list(PROFILES))
def test_a_profile_is_the_same_for_a_seed_and_differs_across_seeds(name: str) -> None:
    assert chunk_bytes(name, 3, 1, 500) == chunk_bytes(name, 3, 1, 500)
    assert chunk_bytes(name, 3, 1, 500) != chunk_bytes(name, 4, 1, 500)
    assert chunk_bytes(name, 3, 1, 500) != chunk_bytes(name, 3, 2, 500)


@pytest.mark.parametrize("name", ["python-json", "log4j2", "loghub-hdfs"])
def test_a_profile_file_does_not_depend_on_the_workers(tmp_path: Path, name: str) -> None:
    size = int(len(chunk_bytes(name, 2, 0, CHUNK_LINES)) * 2.5)  # three chunks
    generate_file(tmp_path / "a", name, size, seed=2, workers=1)
    generate_file(tmp_path / "b", name, size, seed=2, workers=2)
    assert (tmp_path / "a").read_bytes() == (tmp_path / "b").read_bytes()


@pytest.mark.parametrize("name", list(PROFILES))
def test_a_profile_is_read_with_its_format_and_the_fields_it_wrote(tmp_path: Path, name: str) -> None:
    path, expected, broken = _small_profile_file(tmp_path, name, 1_000_000 if name == "python-json" else 150_000)
    reading = read_with_logmr(path)
    assert reading.format == FORMAT.get(name, FORMAT_OF_FAMILY.get(PROFILES[name].family, "plain"))
    assert reading.malformed == broken
    assert (broken > 0) == (name == "python-json"), "only python-json breaks lines, one in 2,000"
    if name.startswith("loghub-"):
        compared = LOGHUB_COMPARED.get(name, set())
    else:
        compared = {"time", "level", "service", "host", "message"} - KNOWN_GAPS.get(name, set())
        if "records" not in KNOWN_GAPS.get(name, set()):
            assert len(reading.records) == len(expected)
    wrong = [w for w in wrong_fields(expected, reading) if w[1] in compared]
    assert wrong == []
