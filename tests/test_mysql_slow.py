"""formats/mysql_slow.py: MySQL's and MariaDB's slow query log, an entry a record. MariaDB's file
is a real run's (tests/data/loggers/gaps/mariadb_slow.log, session 21); MySQL 8's entries are
written as MySQL's reference manual shows them ("The Slow Query Log", `log_slow_extra`). Each
field checked against values read off the entry by hand; a job over many byte ranges against a
count of the entries' `# Query_time:` lines."""

from __future__ import annotations

from pathlib import Path

from helpers import run_job
from logmr.formats import detect_format
from logmr.formats.base import LogFormat, split_block
from logmr.formats.mysql_slow import MysqlSlowFormat
from logmr.formats.reading import reader_for

CORPUS = Path(__file__).parent / "data" / "loggers"
MARIADB = next(path for path in (CORPUS / "mariadb_slow.log", CORPUS / "gaps" / "mariadb_slow.log") if path.exists())
MYSQL8 = """/usr/sbin/mysqld, Version: 8.0.36 (MySQL Community Server - GPL). started with:
Tcp port: 3306  Unix socket: /var/run/mysqld/mysqld.sock
Time                 Id Command    Argument
# Time: 2026-12-02T14:42:45.123456Z
# User@Host: app[app] @ web-1 [10.0.0.7]  Id:     8
# Query_time: 2.000212  Lock_time: 0.000003 Rows_sent: 1  Rows_examined: 0 Thread_id: 8 Errno: 0 Killed: 0 \
Bytes_received: 0 Bytes_sent: 57 Start: 2026-12-02T14:42:43.123244Z End: 2026-12-02T14:42:45.123456Z
use shop;
SET timestamp=1796222563;
SELECT name, 'Zoë'
  FROM customers
 WHERE id = 7;
# Time: 2026-12-02T14:43:00.000001Z
# User@Host: app[app] @ web-1 [10.0.0.7]  Id:     9
# Query_time: 0.000012  Lock_time: 0.000000 Rows_sent: 0  Rows_examined: 0
SET timestamp=1796222580;
# administrator command: Quit;
"""


def _read(text: str) -> list[tuple[object, int]]:
    return list(MysqlSlowFormat().read_lines(split_block(text.encode()), None))


def test_mysql8_entries_read_off_by_hand() -> None:
    found = _read(MYSQL8)
    assert [at for _, at in found] == [0, 1, 2, 3, 11]
    assert [record.message for record, _ in found[:3]] == MYSQL8.splitlines()[:3]  # (the banner: a record a line)
    query, quit_ = found[3][0], found[4][0]
    assert (query.timestamp, query.message, query.latency_ms, query.bytes, query.host) == (
        "1796222563",  # (its `SET timestamp`: the query's start, UTC; `# Time:` is when it was logged)
        "SELECT name, 'Zoë'",  # (the statement's first line)
        2000.212,
        57,
        None,  # (User@Host names the client)
    )
    assert query.fields["statement"] == "SELECT name, 'Zoë'\n  FROM customers\n WHERE id = 7;"
    assert (query.fields["user"], query.fields["client"], query.fields["id"]) == ("app[app]", "web-1 [10.0.0.7]", "8")
    assert (query.fields["rows_examined"], query.fields["errno"]) == ("0", "0")
    assert (quit_.message, quit_.latency_ms, quit_.timestamp) == ("# administrator command: Quit;", 0.012, "1796222580")


def test_mariadb_entries_and_a_time_carried_by_the_entry_itself() -> None:
    """MariaDB writes `# Time:` only when the second changed: an entry without one has its own
    `SET timestamp`, read alone too (a byte range may start there)."""
    data = MARIADB.read_bytes()
    assert detect_format(data[:65536]).name == "mysql_slow"
    found = _read(data.decode())
    entries = [record for record, _ in found if record is not None and record.latency_ms is not None]
    assert len(entries) == data.count(b"# Query_time: ")
    assert len(found) == len(entries) + 3 and all(record is not None for record, _ in found)
    first = entries[0]
    assert (first.timestamp, first.message, first.latency_ms, first.bytes, first.fields["schema"]) == (
        "1796222565",  # (2026-12-02T14:42:45 UTC, as its `# Time:` says on this server in UTC)
        "SELECT SLEEP(0.3), customer FROM orders WHERE customer LIKE 'Z%';",
        300.478,
        148,
        "shop",
    )
    untimed = next(record for record in entries if "# Time:" not in record.raw)
    assert untimed.timestamp == "1796222566" and untimed.time.isoformat() == "2026-12-02T14:42:46+00:00"


def test_block_path_is_the_record_path_and_lines_are_not_taken_for_other_formats() -> None:
    fmt = reader_for(MARIADB.read_bytes())
    block = MARIADB.read_bytes()
    fields = ("message", "timestamp", "latency_ms", "bytes", "fields.schema")
    batch = fmt.parse_block(block, fields, None)
    records = [record for record, _ in fmt.records(block, None) if record is not None]
    assert batch.columns["latency_ms"] == [record.latency_ms for record in records]
    assert batch.columns["fields.schema"] == [record.fields.get("schema") for record in records]
    assert LogFormat.count_block(fmt, block, ("service", "level"), "db")[0].records == len(records)
    # a shell script's log, comments and all, is no slow log
    script = b"# Time: the build\n# run by ci\nmake all\n" + b"gcc -c main.c\n" * 20
    assert detect_format(script).name != "mysql_slow"


def test_a_job_over_many_byte_ranges_counts_each_entry_once(tmp_path: Path) -> None:
    text = MARIADB.read_text()
    (tmp_path / "slow.log").write_text(text * 20 + MYSQL8 * 20)
    entries = 20 * (text.count("# Query_time: ") + MYSQL8.count("# Query_time: "))
    banners = 20 * 3 * 2
    _, result = run_job("services", [tmp_path / "slow.log"], tmp_path / "out", split_size=700, workers=2)
    assert result["counters"]["records"] == entries + banners and result["counters"]["malformed"] == 0


# Review (session 37): entries read wrong by the first version, each a test that failed on it.
REVIEWED = """# Time: 261204 11:00:00
# User@Host: app[app] @ localhost []
# Thread_id: 11  Schema:   QC_hit: No
# Query_time: 0.300000  Lock_time: 0.000100  Rows_sent: 0  Rows_examined: 0
#
# explain: id\tselect_type\ttable\ttype
# explain: 1\tSIMPLE\torders\tALL
#
SET timestamp=1796378400;
SELECT * FROM orders;
# User@Host: app[app] @ localhost []
# Query_time: 0.250000  Lock_time: 0.000100  Rows_sent: 0  Rows_examined: 0
SET last_insert_id=42,insert_id=43,timestamp=1796378400;
INSERT INTO orders (customer) VALUES ('Zoë');
"""


def test_explain_lines_insert_ids_an_empty_schema_and_one_zone() -> None:
    explained, inserted = (record for record, _ in _read(REVIEWED))
    assert explained.message == "SELECT * FROM orders;" and explained.fields["statement"] == "SELECT * FROM orders;"
    assert (explained.fields["schema"], explained.fields["qc_hit"]) == ("", "No")
    assert inserted.message == "INSERT INTO orders (customer) VALUES ('Zoë');"
    # (the server's `# Time:` is its own zone's: both entries at their `SET timestamp`, the same instant)
    assert explained.timestamp == inserted.timestamp == "1796378400"
