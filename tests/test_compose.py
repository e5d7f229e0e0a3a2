"""`docker compose logs` output (formats/compose.py): real loggers' files from tests/data/loggers
run as containers, their lines interleaved behind Compose's prefixes as `logs.go` writes them;
each container's records must be the records logmr reads from that container's file alone."""

from __future__ import annotations

from collections import Counter
from itertools import zip_longest
from pathlib import Path

from helpers import run_job
from logmr.formats import detect_format
from logmr.formats.reading import format_for, learn_layout, reader_for

LOGGERS = Path(__file__).parent / "data" / "loggers"
CONTAINERS = {  # (a Java app's stack traces, PostgreSQL's DETAIL lines, JSON, an access log, Redis, Python)
    "shop-api-1": "spring_boot3_console.log",
    "db-1": "postgresql_stderr.log",
    "web-1": "nginx_access_combined.log",
    "auth-1": "pino_default.jsonl",
    "cache-1": "redis.log",
    "worker-1": "python_logging_default.log",  # (no time on its lines)
}
WIDTH = max(map(len, CONTAINERS)) + 1  # (Compose pads every name to the longest one's width, plus one)


def _records(path: Path) -> list[list[str]]:
    """A file's lines grouped into its records, as logmr reads the file alone."""
    data = path.read_bytes()
    starts = reader_for(data[:65536]).starts_record
    groups: list[list[str]] = []
    for line in data.decode().splitlines():
        if not groups or starts is None or starts(line):
            groups.append([])
        groups[-1].append(line)
    return groups


def _compose(stamps: bool = False, by_line: bool = True) -> str:
    """The containers' lines interleaved one by one (`by_line`: a trace's lines among the other
    containers' too, as two containers printing at once give), else record by record, as
    Compose writes them (`%-{width}s | line`)."""
    files = {name: _records(LOGGERS / file) for name, file in CONTAINERS.items()}
    if by_line:
        files = {name: [[line] for group in groups for line in group] for name, groups in files.items()}
    out = ["Attaching to auth-1, cache-1, db-1, shop-api-1, web-1, worker-1"]
    stamp = "2026-12-02T07:45:35.605111206Z " if stamps else ""
    for row in zip_longest(*files.values()):
        for name, group in zip(files, row, strict=True):
            out += [f"{name:<{WIDTH}}| {stamp}{line}" for line in group or ()]
    return "\n".join([*out, "web-1 exited with code 0"]) + "\n"


def _read(data: bytes, service: str | None = None) -> list:
    return [record for record, _ in reader_for(data[:65536]).records(data, service)]


def _fields(record) -> tuple:
    return (record.timestamp, record.level, record.service, record.host, record.message, record.status)


def test_each_container_reads_as_its_own_file() -> None:
    data = _compose(by_line=False).encode()
    assert detect_format(data[:65536]).name == "compose"
    records = _read(data, "compose")
    assert records[0].message.startswith("Attaching to") and records[-1].message == "web-1 exited with code 0"
    for name, file in CONTAINERS.items():
        alone = _read((LOGGERS / file).read_bytes(), name)
        mine = [r for r in records[1:-1] if r.raw in {rec.raw for rec in alone} or r.service == name]
        assert [_fields(r) for r in mine] == [_fields(r) for r in alone], name
    assert len(records) == 2 + sum(len(_read((LOGGERS / f).read_bytes())) for f in CONTAINERS.values())


def test_a_trace_among_other_containers_lines_loses_no_line() -> None:
    """Two containers printing at once: a trace's lines among another's are records of their own
    (a reader of a byte range could not tell them otherwise), none lost."""
    records = _read(_compose(by_line=True).encode(), "compose")
    read = "\n".join(r.raw for r in records)
    for file in CONTAINERS.values():
        for line in (LOGGERS / file).read_text().splitlines():
            assert line.strip() in read
    spring = [r for r in records if "Apps.boom(Apps.java:8)" in r.raw]
    assert [r.message for r in spring] == ["\tat Apps.boom(Apps.java:8)"]


def test_timestamps_option_gives_the_time_where_the_line_has_none() -> None:
    stamp = "2026-12-02T07:45:35.605111206Z"
    stamped = _read(_compose(stamps=True, by_line=False).encode(), "compose")
    bare = _read(_compose(by_line=False).encode(), "compose")
    assert [(r.timestamp or stamp, *_fields(r)[1:]) for r in bare[1:-1]] == [_fields(r) for r in stamped[1:-1]]
    assert any(r.timestamp is None for r in bare[1:-1])  # (Python's default layout has no time)
    plain = "db-1  | 2026-12-02T07:45:35.605111206Z ready\n" * 3 + "db-1  | 2026-12-02T07:45:36.000000001Z done\n"
    assert [r.timestamp for r in _read(plain.encode())] == ["2026-12-02T07:45:35.605111206Z"] * 3 + [
        "2026-12-02T07:45:36.000000001Z"
    ]


def test_only_container_names_make_a_prefix() -> None:
    lines = "".join(f"INFO  | worker {n} started\n" for n in range(20)).encode()
    assert detect_format(lines).name != "compose"
    layout = learn_layout("compose", _compose().encode())
    assert {name for name, _, _ in layout} == set(CONTAINERS)
    assert {name: fmt for name, fmt, _ in layout}["auth-1"] == "json"
    unseen = format_for("compose", layout).parse('new-1  | {"level":50,"msg":"late"}', "x")
    assert (unseen.service, unseen.level, unseen.message) == ("new-1", "ERROR", "late")


def test_jobs_count_the_same_at_any_split_size(tmp_path: Path) -> None:
    path = tmp_path / "compose.log"
    path.write_text(_compose(by_line=False) * 2000)  # (about 5 MB: 64 KiB splits cut between records)
    counts = [
        run_job("services", [path], tmp_path / f"out-{split}", split_size=split)[0] for split in (1 << 16, 1 << 30)
    ]
    assert counts[0] == counts[1]
    # (one round of the file read with the reading its head gives: each round's records)
    one = _compose(by_line=False).encode()
    fmt = reader_for(path.read_bytes()[:65536])
    rounds = Counter((r.service, r.level) for r, _ in fmt.records(one, "compose"))
    assert counts[1] == {key: 2000 * n for key, n in rounds.items()}
    assert sum(rounds.values()) == 2 + sum(len(_read((LOGGERS / f).read_bytes())) for f in CONTAINERS.values())


def test_a_container_learns_from_its_share_of_the_whole_head() -> None:
    """A container whose first lines differ from its later ones (an entrypoint's, then the app's)
    learns its layout from every line the head holds, not from detection's first 200."""
    out = [f'api-1     | {{"level":30,"time":1764686000{i:03d},"msg":"tick {i}"}}' for i in range(196)]
    out += [f"worker-1  | 2026-12-02T14:32:0{i}+00:00 [entrypoint] step {i}" for i in range(4)]
    out += [f"worker-1  | [2026-12-02 14:33:{i % 60:02d},123] ERROR in jobs: job {i} failed" for i in range(300)]
    records = _read(("\n".join(out) + "\n").encode())
    assert Counter((r.service, r.level) for r in records) == {
        ("api-1", "INFO"): 196,
        ("worker-1", "INFO"): 4,
        ("jobs", "ERROR"): 300,
    }
