"""Supervisors' stamps (session 35): a TAI64N label (daemontools' multilog, s6-log, runit's svlogd
`-t`) and svlogd `-tt`'s `2026-12-04_19:53:32.38602` are times, and the program's line after such
a stamp is read as a syslog message is: its opening `WARNING: ` names its level (kept in the
message). A program's own time (Go's `log`) is no such stamp: its `WARNING: ` stays text."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from helpers import run_job
from logmr.formats.reading import reader_for
from logmr.formats.times import normalize_time, time_to_iso

# (a program's level words on a few of its lines: on most, inference would take a level slot of its own)
LINES = ["shop starting, pid 1145", "WARNING: slow query 1200 ms", "GET /orders/1001 200", "ERROR: checkout failed"]
LINES += [f"GET /orders/{n} 200" for n in range(1002, 1010)]


def _tai64n(when: datetime) -> str:
    """The label daemontools writes for a UTC instant (its `tai64n`: 2^62 + 10 + seconds, then ns)."""
    seconds = int(when.timestamp())
    return f"@{2**62 + 10 + seconds:016x}{when.microsecond * 1000:08x}"


def test_a_tai64n_label_is_its_instant() -> None:
    # multilog's label in tests/data/loggers/multilog_tai64n.log, as daemontools' `tai64nlocal` reads it (TZ=UTC)
    assert time_to_iso("tai64n", "@400000006b131a49310de25c").startswith("2026-12-04T19:53:35.822")
    when = datetime(2026, 12, 4, 19, 53, 35, 822993, tzinfo=UTC)
    label = _tai64n(when)
    assert datetime.fromisoformat(time_to_iso("tai64n", label)) == when
    assert datetime.fromisoformat(normalize_time(label)) == when
    assert time_to_iso("tai64n", label[:17] + "ffffffff") is None  # (nanoseconds past a second)


@pytest.mark.parametrize("stamp", ["tai64n", "svlogd"])
def test_a_supervised_programs_lines(stamp: str) -> None:
    start = datetime(2026, 12, 4, 19, 53, 32, 386020, tzinfo=UTC)
    times = [start + timedelta(milliseconds=250 * n) for n in range(40)]
    if stamp == "tai64n":
        written = [_tai64n(when) for when in times]
    else:
        written = [when.strftime("%Y-%m-%d_%H:%M:%S.%f")[:-1] for when in times]
    data = "".join(f"{mark} {LINES[n % len(LINES)]}\n" for n, mark in enumerate(written)).encode()
    records = [record for record, _ in reader_for(data).records(data, "shop")]
    assert [(r.level, r.message) for r in records[:4]] == [
        ("INFO", LINES[0]),
        ("WARN", LINES[1]),
        ("INFO", LINES[2]),
        ("ERROR", LINES[3]),
    ]
    expected = [when.replace(microsecond=when.microsecond // 10 * 10) for when in times]
    got = [datetime.fromisoformat(r.time.isoformat()).replace(tzinfo=UTC) for r in records]
    assert got == expected


def test_a_programs_own_time_keeps_its_warning_as_text() -> None:
    data = "".join(f"2026/12/04 19:53:{n:02d} {LINES[n % len(LINES)]}\n" for n in range(40)).encode()
    records = [record for record, _ in reader_for(data).records(data, "shop")]
    assert [r.level for r in records[:4]] == ["INFO"] * 4 and records[1].message == LINES[1]


@pytest.mark.parametrize("stamp", ["tai64n", "svlogd"])
def test_jobs_count_a_supervised_file_by_its_stamps(stamp: str, tmp_path: Path) -> None:
    """timeline over a file cut into many splits (the kernels' paths): every line in its minute and level."""
    start, lines, expected = datetime(2026, 12, 4, 19, 53, 32, tzinfo=UTC), [], Counter()
    for n in range(30000):
        when = start + timedelta(milliseconds=7 * n)
        mark = _tai64n(when) if stamp == "tai64n" else when.strftime("%Y-%m-%d_%H:%M:%S.%f")[:-1]
        text = LINES[n % len(LINES)]
        lines.append(f"{mark} {text}\n")
        level = {"W": "WARN", "E": "ERROR"}.get(text[0], "INFO")
        expected[(when.strftime("%Y-%m-%dT%H:%M:00Z"), level)] += 1
    path = tmp_path / "current"
    path.write_text("".join(lines))
    rows, result = run_job("timeline", [path], tmp_path / "out", split_size=1 << 16)
    assert Counter({tuple(key): value for key, value in rows.items()}) == expected
    assert result["counters"]["malformed"] == 0


def test_ansibles_pairs_before_its_pipe_name_the_service() -> None:
    """Ansible's log_path (`time p=PID u=USER n=NAME | message`): the name's pair is the service."""
    said = ["PLAY [Provision the shop] ****", "TASK [Gathering Facts] ****", "ok: [localhost]", "changed: [localhost]"]
    said += ["fatal: [localhost]: FAILED! => {}", "PLAY RECAP ****", "localhost : ok=3 changed=1 failed=1"]
    lines = [f"2026-12-04 21:42:45,{n:03d} p=2756{n % 2} u=root n=ansible | {said[n % len(said)]}" for n in range(30)]
    data = ("\n".join(lines) + "\n").encode()
    records = [record for record, _ in reader_for(data).records(data, "file")]
    assert {r.service for r in records} == {"ansible"} and records[3].message == "changed: [localhost]"
    batch = reader_for(data).parse_block(data, ["service"], "file")
    assert set(batch.columns["service"]) == {"ansible"}


def test_busybox_syslogd_writes_the_severity_after_the_host(tmp_path: Path) -> None:
    """BusyBox's syslogd (Alpine's, OpenWrt's): `time host facility.severity tag[pid]: message`, no PRI:
    the level its severity, the service its tag, on the kernels' path as on the lines'."""
    severities = ("info", "warn", "err", "debug", "notice", "crit")
    levels = {"info": "INFO", "warn": "WARN", "err": "ERROR", "debug": "DEBUG", "notice": "INFO", "crit": "FATAL"}
    lines, expected = [], Counter()
    for n in range(6000):
        facility, severity, tag = ("daemon", "local0", "user")[n % 3], severities[n % 6], ("shop-api", "crond")[n % 2]
        lines.append(f"Dec  4 21:{n // 600:02d}:{n % 60:02d} alpine {facility}.{severity} {tag}[{n}]: job {n} done")
        expected[(tag, levels[severity])] += 1
    data = ("\n".join(lines) + "\n").encode()
    fmt = reader_for(data)
    assert fmt.name == "syslog"
    first = [record for record, _ in fmt.records(data[:2000], "file")][:3]
    assert [(r.level, r.service, r.host, r.message) for r in first] == [
        ("INFO", "shop-api", "alpine", "job 0 done"),
        ("WARN", "crond", "alpine", "job 1 done"),
        ("ERROR", "shop-api", "alpine", "job 2 done"),
    ]
    assert fmt.count_block(data, ("service", "level"), "file")[1] == expected
    path = tmp_path / "messages"
    path.write_bytes(data)
    rows, _ = run_job("services", [path], tmp_path / "out", split_size=1 << 16)
    assert Counter(rows) == expected


def test_busybox_lines_among_others_keep_their_tag_at_any_split_size(tmp_path: Path) -> None:
    """A BusyBox line in a block mostly of other syslog lines: its tag the service on every path."""
    lines = []
    for n in range(3000):
        if n % 3:
            lines.append(f"Dec  4 21:{n // 600:02d}:{n % 60:02d} web-1 sshd[{n}]: accepted key {n}")
        else:
            lines.append(f"Dec  4 21:{n // 600:02d}:{n % 60:02d} alpine daemon.err crond[{n}]: job {n}")
    path = tmp_path / "messages"
    path.write_text("\n".join(lines) + "\n")
    services = set()
    for split in (1 << 20, 1 << 14, 1 << 12):
        rows, _ = run_job("services", [path], tmp_path / f"o{split}", split_size=split)
        services.add(frozenset(service for service, _ in rows))
    assert services == {frozenset({"sshd", "crond"})}
