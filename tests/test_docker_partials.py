"""Docker json-file partial lines (formats/json_docker.py `docker_starts`): Docker cuts an app's
line at 16 KiB into lines whose `log` lacks its newline; the pieces and the line ending them are
one record, whatever the split edges and block sizes (a block or split edge between two pieces
used to make two records). References: the corpus's expected records and `_reference`, a
line-by-line joining written apart from the engine's."""

from __future__ import annotations

import json
from collections import Counter
from functools import partial
from pathlib import Path

import pytest

from helpers import assert_read_alike_at_edges, lines_file, run_job
from loggers_corpus import CORPUS, expected_records
from logmr.engine.reader import read_split
from logmr.engine.spec import Split
from logmr.formats import FORMATS

JSON = FORMATS["json"]
FIELDS = ["message", "level", "service", "timestamp"]


def _records(path: Path, ranges: list[tuple[int, int]], block_size: int) -> list[tuple]:
    """(message, level, service, timestamp) of every record, split by split, on the record path
    and on the block path (which must agree)."""
    got = []
    for i, (start, end) in enumerate(ranges):
        split = Split(index=i, uri=str(path), start=start, end=end, format="json")
        for block in read_split(split, block_size=block_size):
            records = [tuple(getattr(r, f) for f in FIELDS) for r, _ in JSON.records(block) if r is not None]
            batch = JSON.parse_block(block, FIELDS)
            assert list(zip(*(batch.columns[f] for f in FIELDS), strict=True)) == records
            got.extend(records)
    return got


def _reference(text: str) -> list[str]:
    """Each record's message: a Docker line continues the record above while the line above is
    a partial one (its `log` has no newline at the end)."""
    messages: list[str] = []
    above_partial = False
    for line in text.splitlines():
        log = json.loads(line)["log"]
        if above_partial:
            messages[-1] += log
        else:
            messages.append(log)
        above_partial = not log.endswith("\n")
    return [m.rstrip("\n") for m in messages]


def _file(tmp_path: Path) -> tuple[Path, str]:
    """Docker lines of a service writing some long lines: cut into 2-4 pieces of 300 characters
    (Docker's 16 KiB, scaled down), the app's JSON among them."""
    lines = []
    for k in range(40):
        stamp = f"2026-11-30T12:00:{k:02d}.000000001Z"
        if k % 3 == 0:
            app = json.dumps({"level": 40 + k % 2 * 10, "name": f"svc-{k % 4}", "msg": f"long {k} " + "é" * 500})
            text = app + "\n"
        else:
            text = f"line {k} " + ("ü" * 350 * (k % 4)) + "\n"
        pieces = [text[i : i + 300] for i in range(0, len(text), 300)]
        for piece in pieces:
            lines.append(json.dumps({"log": piece, "stream": "stdout", "time": stamp}, ensure_ascii=k % 2 == 0))
    return lines_file(tmp_path / "container-json.log", lines)


def test_the_corpus_file_gives_its_expected_records_at_every_split_edge(tmp_path: Path) -> None:
    data = (CORPUS / "docker_json_file.log").read_bytes()
    path = tmp_path / "docker.log"
    path.write_bytes(data)
    whole = _records(path, [(0, len(data))], 1 << 20)
    expected = expected_records(CORPUS / "docker_json_file.log")
    assert [m.rstrip() for m, *_ in whole] == [w["message"].rstrip() for w in expected]
    assert len(whole) == len(expected) == len(data.splitlines()) - 1  # one partial line joined
    assert_read_alike_at_edges(partial(_records, path), len(data), whole, 89, 4096)


def test_pieces_are_one_record_at_every_block_and_split_edge(tmp_path: Path) -> None:
    path, text = _file(tmp_path)
    whole = _records(path, [(0, len(text.encode()))], 1 << 20)
    reference = _reference(text)
    assert len(whole) == 40 < len(text.splitlines())
    app = [json.loads(m) for m in reference if m.startswith("{")]
    assert [r[0] for r in whole] == [a["msg"] if m.startswith("{") else m for m, a in _with_app(reference, app)]
    splits = ((900, 700), (3_000, 1024), (10_000, 4096))
    assert_read_alike_at_edges(partial(_records, path), len(path.read_bytes()), whole, 37, 1024, splits)


def _with_app(reference: list[str], app: list[dict]) -> list[tuple[str, dict | None]]:
    objects = iter(app)
    return [(m, next(objects) if m.startswith("{") else None) for m in reference]


@pytest.mark.parametrize("split_size", [700, 2_000, 1 << 20])
def test_jobs_count_joined_records_whatever_the_splits(tmp_path: Path, split_size: int) -> None:
    path, text = _file(tmp_path)
    reference = _reference(text)
    want = Counter(json.loads(m)["name"] if m.startswith("{") else "container-json" for m in reference)
    rows, _ = run_job("services", [path], tmp_path / "out", split_size=split_size)
    got: Counter = Counter()
    for (service, _level), count in rows.items():
        got[service] += count
    assert got == want and sum(got.values()) == 40
