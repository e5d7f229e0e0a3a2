"""Kubernetes CRI container logs (formats/cri.py): a run of `P` pieces and the `F` piece after them,
on consecutive lines of one stream, is one record whatever the split edges, block sizes or map
path; the app's JSON inside is read as the app's record. References: the corpus's expected
records (tests/data/loggers/src/make_expected.py) and `_reference` below, a line-by-line reading
of the rule written apart from the engine's."""

from __future__ import annotations

import json
from collections import Counter
from functools import partial
from pathlib import Path

import pytest

from helpers import assert_read_alike_at_edges, lines_file, run_job
from loggers_corpus import CORPUS, expected_records
from logmr.engine import record_blocks
from logmr.engine.planner import split_byte_ranges
from logmr.engine.reader import read_split
from logmr.engine.spec import Split
from logmr.formats import FORMATS, detect_format, multiline
from logmr.formats.reading import reader_for

FIELDS = ["message", "level", "service", "timestamp"]
CRI = FORMATS["cri"]


def _records(path: Path, ranges: list[tuple[int, int]], block_size: int) -> list[tuple]:
    """(first line, message, level, service, timestamp) of every record, split by split; the
    block path must agree with the record path on each block."""
    got = []
    for i, (start, end) in enumerate(ranges):
        split = Split(index=i, uri=str(path), start=start, end=end, format="cri")
        for block in read_split(split, block_size=block_size):
            pairs = list(CRI.records(block))
            got.extend((line, *(getattr(r, f) for f in FIELDS)) if r else (line, None) for r, line in pairs)
            batch = CRI.parse_block(block, FIELDS)
            good = [r for r, _ in pairs if r is not None]
            assert list(zip(*batch.columns.values(), strict=True)) == [
                tuple(getattr(r, f) for f in FIELDS) for r in good
            ]
    return got


def _reference(text: str, max_lines: int) -> list[tuple[str, str | None]]:
    """(first line, joined content; None for a line that is no CRI line) of each record: a CRI
    line continues the record above when the line above is a P line of the same stream, while
    that record has fewer than `max_lines` lines (past that, each such line is a record of its
    own); a blank line joins the open record (within the cap) and ends its run, and is no record."""
    records: list[dict] = []

    def piece(line: str) -> tuple[str, str, str] | None:
        parts = line.split(" ", 3)
        if len(parts) >= 3 and parts[0][:4].isdigit() and parts[1] in ("stdout", "stderr") and parts[2] in "PF":
            return parts[1], parts[2], parts[3] if len(parts) == 4 else ""
        return None

    above = None
    for line in text.split("\n"):
        here = piece(line)
        last = records[-1] if records else None
        is_open = last is not None and last["open"] and last["lines"] < max_lines
        if not line.strip():
            if is_open:
                last["lines"] += 1
            elif last is not None:
                last["open"] = False
        elif here is not None and above is not None and above[1] == "P" and above[0] == here[0]:
            if is_open:
                last["lines"] += 1
                last["content"] += here[2]
            else:
                last["open"] = False
                records.append({"first": line, "content": here[2], "lines": 1, "open": False})
        else:
            content = here[2] if here is not None else None
            records.append({"first": line, "content": content, "lines": 1, "open": True})
        above = here
    return [(r["first"], r["content"]) for r in records]


def _file(tmp_path: Path) -> tuple[Path, str]:
    t = "2026-11-30T12:00:%02d.%09dZ"
    app = json.dumps({"level": 50, "time": 1, "name": "billing", "msg": "charge failed: " + "x" * 40 + " München"})
    lines = [
        f"{t % (0, 1)} stdout F started",
        f"{t % (0, 2)} stdout P {app[:30]}",  # the app's JSON in three pieces
        f"{t % (0, 3)} stdout P {app[30:61]}",
        f"{t % (0, 4)} stdout F {app[61:]}",
        f"{t % (1, 5)} stderr P warning: part one, ",
        f"{t % (1, 6)} stdout F between the pieces",  # the other stream: ends stderr's run
        f"{t % (1, 7)} stderr F part two",
        "",
        f"{t % (2, 8)} stdout P a piece and a blank line",
        "",
        f"{t % (2, 9)} stdout F after the blank",
        "not a CRI line at all",
        f"{t % (3, 10)} stdout P long " + "y" * 30,
        *(f"{t % (3, 11 + k)} stdout P " + "z" * 20 for k in range(4)),
        f"{t % (3, 20)} stdout F end",
        f"{t % (4, 21)} stdout F",  # an empty line of the app
        f"{t % (4, 22)} stderr F last",
    ]
    return lines_file(tmp_path / "pod.log", lines)


def test_the_corpus_file_gives_its_expected_records_at_every_split_edge(tmp_path: Path) -> None:
    data = (CORPUS / "cri_containerd.log").read_bytes()
    path = tmp_path / "cri.log"
    path.write_bytes(data)
    assert reader_for(data[:65536]).name == "cri" and detect_format(data).name == "cri"
    whole = _records(path, [(0, len(data))], 1 << 20)
    expected = expected_records(CORPUS / "cri_containerd.log")
    assert [(r[1], r[4][:23]) for r in whole] == [(w["message"], w["time"][:23]) for w in expected]
    assert len(whole) == 13 and len(whole[3][1]) == len("payload ") + 16 * 2100
    assert_read_alike_at_edges(partial(_records, path), len(data), whole, 97, 4096)


def test_pieces_are_joined_as_the_reference_at_every_byte_edge(tmp_path: Path) -> None:
    path, text = _file(tmp_path)
    whole = _records(path, [(0, len(text))], 1 << 20)
    reference = _reference(text.rstrip("\n"), multiline.MAX_RECORD_LINES)
    assert [r[0] for r in whole] == [line for line, _ in reference]
    # text content is the message; the app's JSON (record 1) is the app's record
    assert [r[1] for i, r in enumerate(whole) if i != 1] == [c for i, (_, c) in enumerate(reference) if i != 1]
    app = json.loads(reference[1][1])
    assert app["msg"] == "charge failed: " + "x" * 40 + " München"
    assert whole[1][1:] == (app["msg"], "ERROR", "billing", "2026-11-30T12:00:00.000000002Z")
    assert len(whole) == 11 and whole[7] == ("not a CRI line at all", None)
    data = path.read_bytes()
    for cut in range(1, len(data)):
        assert _records(path, [(0, cut), (cut, len(data))], 64) == whole, cut
    for size in (1, 40, 97, 400):
        assert _records(path, split_byte_ranges(len(data), size), 16) == whole, size


def test_a_run_of_pieces_is_capped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With a cap of 3 lines, the six pieces of `long ... end` make a record of 3 and three of
    one (hand count); split edges anywhere but inside those last three (see formats/cri.py) give
    the same records; the look-back, shrunk with the caps, is really used."""
    monkeypatch.setattr(multiline, "MAX_RECORD_LINES", 3)
    monkeypatch.setattr(multiline, "MAX_RECORD_CHARS", 400)
    monkeypatch.setattr(record_blocks, "LOOKBACK_BYTES", 4 * 400 + 3)
    path, text = _file(tmp_path)
    path.write_text(text * 8, encoding="utf-8")
    data = path.read_bytes()
    whole = _records(path, [(0, len(data))], 1 << 20)
    assert [r[0] for r in whole] == [line for line, _ in _reference((text * 8).rstrip("\n"), 3)]
    long_run = [r[1] for r in whole if "long" in r[0] or "zzzz" in r[0] or r[0].endswith(" end")][:4]
    assert long_run == ["long " + "y" * 30 + "z" * 40, "z" * 20, "z" * 20, "end"]
    assert len(whole) == 8 * 14 and len(data) > 3 * record_blocks.LOOKBACK_BYTES
    lines = text.split("\n")
    first = lines.index(next(line for line in lines if "long" in line)) + 3  # the first line past the cap
    # a second split that begins on one of those lines: its edge past the run's first line, up to their end
    inside = (
        sum(len(line.encode()) + 1 for line in lines[: first - 3]),
        sum(len(line.encode()) + 1 for line in lines[: first + 3]),
    )
    for cut in range(1, len(data), 3):
        if not inside[0] < cut % len(text.encode()) <= inside[1]:
            assert _records(path, [(0, cut), (cut, len(data))], 1 << 20) == whole, cut


@pytest.mark.parametrize("batch", [True, False])
def test_jobs_count_joined_records(tmp_path: Path, batch: bool) -> None:
    """services and patterns over the corpus file, split in many ranges: 13 records, the long
    line's pieces found in one record."""
    data = (CORPUS / "cri_containerd.log").read_bytes()
    path = tmp_path / "cri.log"
    path.write_bytes(data)
    rows, result = run_job("services", [path], tmp_path / "s", split_size=2**20, batch=batch)
    assert result["counters"]["records"] == 13 and result["counters"]["lines"] == 16
    pattern = {"payload": "F payload 0123.*cdef$", "entry": "entry 2, continued$"}
    rows, result = run_job(
        "patterns", [path], tmp_path / "p", options={"patterns": pattern, "builtin": False}, batch=batch
    )
    counts: dict[str, int] = {}
    for (name, _service), value in rows.items():
        counts[name] = counts.get(name, 0) + value["count"]
    assert counts == {"payload": 1, "entry": 1}


@pytest.mark.parametrize(
    ("content", "level"),
    [
        ('E0805 14:52:03.117482       1 run.go:74] "command failed" err="failed to initialize audit"', "ERROR"),
        ("W0324 17:02:05.147975       1 event.go:389] level=error (klog's letter rules)", "WARN"),
        ('ts=2026-12-03T10:00:00.000Z caller=main.go:1 level=warn msg="a Go service\'s logfmt"', "WARN"),
        ('time="2026-12-03T10:00:00Z" level=error msg="logrus, as dockerd writes"', "ERROR"),
        ("error: an opening level word", "ERROR"),
        ("2023/08/14 19:37:07 [notice] 1#1: start worker process 29", "INFO"),
        ('{"level":"debug","msg":"the app\'s JSON: its own level"}', "DEBUG"),
    ],
)
def test_an_apps_text_line_takes_the_level_it_opens_with_or_names(content: str, level: str) -> None:
    """The app's line of text inside a CRI line (the control plane's static pods write klog to
    stderr) takes the level a syslog message would: klog's letter, an opening `error: `, a
    logfmt `level=`; its pieces joined first, the message kept whole."""
    line = f"2024-07-31T08:56:28.035799817Z stderr F {content}"
    record = CRI.parse(line)
    assert record.level == level
    time = "2024-07-31T08:56:28.035799817Z"
    cut = f"{time} stderr P {content[:7]}\n{time} stderr F {content[7:]}\n"  # (one app line in two pieces)
    block = (cut * 3).encode()
    assert [r.level for r, _ in CRI.records(block)] == [level] * 3
    assert CRI.parse_block(block, ("level", "message"), None).columns["level"] == [level] * 3


def test_kubectl_and_docker_timestamps_before_an_apps_json(tmp_path: Path) -> None:
    """`kubectl logs --timestamps` / `docker logs --timestamps`: the runtime's time, then the app's
    line; its JSON the record (at the runtime's time), a line of text among them read as in CRI."""
    lines, expected = [], Counter()
    for n in range(3000):
        level = ("info", "warn", "error")[n % 3]
        app = {"level": level, "ts": 1796420279.5 + n, "logger": ("shop.api", "shop.db")[n % 2], "msg": f"req {n}"}
        lines.append(f"2026-12-04T21:{n // 60 % 60:02d}:{n % 60:02d}.{n:09d}Z {json.dumps(app)}")
        expected[(app["logger"], level.upper())] += 1
    lines.insert(7, "2026-12-04T21:00:07.5Z WARNING: listening on :8080 without TLS")
    expected[("app", "WARN")] += 1  # (the file's name: its default service)
    data = ("\n".join(lines) + "\n").encode()
    fmt = detect_format(data[:65536])
    assert fmt.name == "cri"
    first = [record for record, _ in fmt.records(data[:4000], "app.log")]
    assert (first[2].level, first[2].service, first[2].message) == ("ERROR", "shop.api", "req 2")
    assert first[2].timestamp == "2026-12-04T21:00:02.000000002Z"
    assert (first[7].level, first[7].message) == ("WARN", "WARNING: listening on :8080 without TLS")
    path = tmp_path / "app.log"
    path.write_bytes(data)
    rows, result = run_job("services", [path], tmp_path / "out", split_size=1 << 16)
    assert Counter(rows) == expected and result["counters"]["malformed"] == 0
