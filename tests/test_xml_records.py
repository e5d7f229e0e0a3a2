"""XML log records (formats/xml_records.py): each schema detected with no option and read as its
library documents it (java.util.logging's XMLFormatter, log4j 1's XMLLayout and log4net's two
layouts, Log4j 2's XmlLayout compact and complete), the document's frame neither a record nor
malformed, bad XML malformed, no DTD read; jobs count the same records at any split size."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from helpers import run_job
from logmr.formats import detect_format, get_format
from logmr.formats.multiline import MAX_RECORD_LINES

XML = get_format("xml")
LOG4J_NS = "http://logging.apache.org/log4j/2.0/events"

# log4j 1.2's XMLLayout (org.apache.log4j.xml.XMLLayout.format): CRLF after each line, the message in
# CDATA (a `]]>` inside it split across two sections), LocationInfo and Properties on.
LOG4J1 = (
    '<log4j:event logger="shop.http" timestamp="1796413651405" level="INFO" thread="main">\r\n'
    "<log4j:message><![CDATA[GET /orders/1 200 <vip> & co]]></log4j:message>\r\n"
    '<log4j:locationInfo class="Shop" method="main" file="Shop.java" line="21"/>\r\n'
    "</log4j:event>\r\n\r\n"
    '<log4j:event logger="shop.db" timestamp="1796413651506" level="ERROR" thread="pool-1">\r\n'
    "<log4j:message><![CDATA[bad ]]>]]&gt;<![CDATA[ end]]></log4j:message>\r\n"
    "<log4j:throwable><![CDATA[java.sql.SQLException: gone\r\n\tat Shop.db(Shop.java:40)\r\n]]></log4j:throwable>\r\n"
    '<log4j:properties>\r\n<log4j:data name="user" value="bob"/>\r\n</log4j:properties>\r\n'
    "</log4j:event>\r\n\r\n"
)
# log4net's XmlLayout (prefix `log4net`, ISO time with an offset) and XmlLayoutSchemaLog4j: one line each.
LOG4NET = (
    '<log4net:event logger="Shop.Http" timestamp="2026-12-04T20:47:31.4052920+01:00" level="WARN" thread="7"'
    ' domain="Shop.exe" username="SHOP\\bob"><log4net:message>slow &lt;3s&gt;</log4net:message>'
    '<log4net:properties><log4net:data name="log4net:HostName" value="web-1" /></log4net:properties>'
    "</log4net:event>\r\n"
)
LOG4NET_LOG4J = (
    '<log4j:event logger="Shop.Http" timestamp="1796413651405" level="FATAL" thread="7">'
    "<log4j:message>down</log4j:message><log4j:properties>"
    '<log4j:data name="log4jmachinename" value="web-2" /><log4j:data name="log4japp" value="Shop.exe" />'
    "</log4j:properties></log4j:event>\r\n"
)


def _event(n: int, level: str, logger: str, message: str, compact: bool) -> str:
    head = (
        f'<Event xmlns="{LOG4J_NS}" timeMillis="{1796413652000 + n}" thread="main" level="{level}"'
        f' loggerName="{logger}" endOfBatch="false" threadId="1" threadPriority="5">'
    )
    parts = [head, f'<Instant epochSecond="{1796413652 + n // 1000}" nanoOfSecond="{n % 1000}000123"/>']
    parts.append(f"<Message>{message}</Message>")
    return ("".join(parts) + "</Event>\n") if compact else "  " + "\n    ".join(parts) + "\n  </Event>\n\n"


def _jul(n: int, level: str, logger: str, message: str) -> str:
    millis = 1796413651000 + n
    stamp = datetime.fromtimestamp(millis / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")
    return (
        f"<record>\n  <date>{stamp}123Z</date>\n  <millis>{millis}</millis>\n  <nanos>123</nanos>\n"
        f"  <sequence>{n}</sequence>\n  <logger>{logger}</logger>\n  <level>{level}</level>\n"
        f"  <class>Shop</class>\n  <method>main</method>\n  <thread>1</thread>\n  <message>{message}</message>\n"
        "</record>\n"
    )


JUL_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!DOCTYPE log SYSTEM "logger.dtd">\n<log>\n'


def _read(data: str) -> list:
    return [record for record, _ in XML.records(data.encode(), "file")]


def test_log4j1_layout_with_crlf_cdata_and_properties() -> None:
    records = _read(LOG4J1 * 3)
    assert detect_format((LOG4J1 * 3).encode()).name == "xml"
    first, second = records[:2]
    assert (first.level, first.service, first.message) == ("INFO", "shop.http", "GET /orders/1 200 <vip> & co")
    assert first.time == datetime(2026, 12, 4, 19, 47, 31, 405000, tzinfo=UTC)
    assert first.fields["location"]["line"] == "21" and first.fields["thread"] == "main"
    assert (second.level, second.message) == ("ERROR", "bad ]]> end")
    assert second.fields["throwable"].startswith("java.sql.SQLException: gone\n\tat Shop.db")
    assert second.fields["properties"] == {"user": "bob"} and second.host is None
    assert len(records) == 6 and None not in records


def test_log4net_layouts_read_their_host_and_time() -> None:
    assert detect_format((LOG4NET * 5).encode()).name == "xml"
    (record,) = _read(LOG4NET)
    assert (record.level, record.service, record.host, record.message) == ("WARN", "Shop.Http", "web-1", "slow <3s>")
    assert record.time == datetime(2026, 12, 4, 19, 47, 31, 405292, tzinfo=UTC)
    assert record.fields["username"] == "SHOP\\bob"
    (record,) = _read(LOG4NET_LOG4J)
    assert (record.level, record.host, record.message) == ("FATAL", "web-2", "down")


@pytest.mark.parametrize("compact", [True, False])
def test_log4j2_layout_compact_and_complete(compact: bool) -> None:
    events = "".join(_event(n, ("TRACE", "INFO", "WARN")[n % 3], "shop.db", f"query {n}", compact) for n in range(30))
    data = '<?xml version="1.0" encoding="UTF-8"?>\n<Events xmlns="' + LOG4J_NS + '">\n' + events + "</Events>\n"
    assert detect_format(data.encode()).name == "xml"
    records = _read(data)
    assert len(records) == 30 and None not in records
    assert [r.level for r in records[:3]] == ["DEBUG", "INFO", "WARN"]
    assert records[2].timestamp == "2026-12-04T19:47:32.002000123Z" and records[2].message == "query 2"


def test_jul_files_frame_and_two_runs_appended() -> None:
    """FileHandler(append=true) over two runs: a second declaration, DOCTYPE and `<log>` after the
    first run's last record; none of the frame's lines is a record or malformed."""
    run = JUL_HEAD + "".join(_jul(n, ("FINE", "CONFIG", "SEVERE", "WARNING")[n % 4], "shop", f"m{n}") for n in range(8))
    batch = XML.parse_block((run + run + "</log>\n").encode(), ["level", "message", "timestamp"], "file")
    assert (batch.records, batch.malformed) == (16, 0)
    assert batch.columns["level"][:4] == ["DEBUG", "INFO", "ERROR", "WARN"]
    assert batch.columns["timestamp"][1] == "2026-12-04T19:47:31.001000123Z"


def test_bad_xml_and_text_between_records_are_malformed() -> None:
    good = _jul(1, "INFO", "shop", "fine")
    broken = _jul(2, "INFO", "shop", "a <b> unclosed")
    text = "Exception in thread main java.lang.Error\n"
    records = _read(JUL_HEAD + good + broken + text + good)
    assert [r.message if r else None for r in records] == ["fine", None, None, "fine"]


def test_control_characters_and_no_entities_expanded() -> None:
    """A control character (raw, as JUL writes it, or as a character reference) is kept; a record
    defining an entity is no record (no DTD is ever read)."""
    (record,) = _read(_jul(1, "INFO", "shop", "bell\x07 and &#1; done"))
    assert record.message == "bell\x07 and \x01 done"
    bomb = '<record><!DOCTYPE r [<!ENTITY a "aaaa">]><message>&a;</message></record>\n'
    assert _read(bomb) == [None]


def test_a_record_past_the_caps_keeps_what_it_holds() -> None:
    """A stack trace longer than multiline.py's caps: the record is read up to the cut (its message
    came first), the rest of its lines are neither records nor malformed."""
    frames = "".join(f"    <frame>\n      <class>C{i}</class>\n    </frame>\n" for i in range(MAX_RECORD_LINES))
    record = _jul(1, "SEVERE", "shop", "failed").replace(
        "</record>", f"  <exception>\n{frames}  </exception>\n</record>"
    )
    batch = XML.parse_block((record + _jul(2, "INFO", "shop", "next")).encode(), ["message", "level"], "file")
    assert batch.columns["message"] == ["failed", "next"] and batch.malformed == 0


def test_patterns_see_the_text_a_person_reads(tmp_path: Path) -> None:
    path = tmp_path / "app.log"
    path.write_text(LOG4NET * 4 + LOG4NET_LOG4J * 2)
    options = {"patterns": {"slow": "slow <3s>", "down": "message>down"}, "builtin": False}
    rows, _ = run_job("patterns", [path], tmp_path / "p", options=options)
    counts = Counter()
    for (name, _service), value in rows.items():
        counts[name] += value["count"]
    assert counts == {"slow": 4, "down": 2}


def test_jobs_count_every_record_once_at_any_split_size(tmp_path: Path) -> None:
    levels = ("FINEST", "INFO", "WARNING", "SEVERE", "CONFIG")
    loggers = ("shop.http", "shop.db", "shop.cache")
    records = [(loggers[n % 3], levels[n % 5], f"event {n} for Zoë &amp; co") for n in range(6000)]
    path = tmp_path / "app.xml.log"
    path.write_text(JUL_HEAD + "".join(_jul(n, level, logger, m) for n, (logger, level, m) in enumerate(records)))
    names = {"FINEST": "DEBUG", "INFO": "INFO", "WARNING": "WARN", "SEVERE": "ERROR", "CONFIG": "INFO"}
    expected = Counter((logger, names[level]) for logger, level, _ in records)
    for split in (1 << 16, None):
        rows, result = run_job("services", [path], tmp_path / f"s-{split}", **({"split_size": split} if split else {}))
        assert Counter({key: value for key, value in rows.items()}) == expected
        assert result["counters"]["malformed"] == 0 and result["counters"]["records"] == 6000
