"""XML records: what a review of the format's first version found (each failed on it): compact
lines past multiline.py's caps, a message's own XML lines, values out of range, one broken element
among many on a line, Log4j 2's `complete` `compact` header, the raw text of a line's elements,
files that are not log records, Windows' event XML, Log4j 2.0's first schema, each record's line,
causes, JUL's numeric levels, malformed counts the same at any split size."""

from __future__ import annotations

import random
from pathlib import Path

from helpers import run_job
from logmr.formats import detect_format, get_format

XML = get_format("xml")
NS = "http://logging.apache.org/log4j/2.0/events"
WINDOWS = "http://schemas.microsoft.com/win/2004/08/events/event"


def _event(n: int, message: str = "ok", level: str = "INFO") -> str:
    return (
        f'<Event xmlns="{NS}" timeMillis="{1796413652000 + n}" thread="main" level="{level}" loggerName="shop.http">'
        f'<Instant epochSecond="{1796413652 + n // 1000}" nanoOfSecond="{n % 1000}000000"/><Message>{message}</Message>'
        "</Event>"
    )


def _log4j1(n: int, message: str) -> str:
    return (
        f'<log4j:event logger="shop.api" timestamp="{1796413651000 + n}" level="INFO" thread="main">\r\n'
        f"<log4j:message><![CDATA[{message}]]></log4j:message>\r\n</log4j:event>\r\n\r\n"
    )


def _counts(data: str) -> tuple[int, int]:
    batch = XML.parse_block(data.encode(), ["message"], "file")
    return batch.records, batch.malformed


def test_a_compact_line_past_the_caps_loses_no_event(tmp_path: Path) -> None:
    """Log4j 2.19's compact layout: events on one line but where a message breaks it; a line longer
    than the caps before such a break still gives every event, in a job too."""
    events = [_event(n) for n in range(2000)]
    events[1000] = _event(1000, "multi-line report:\nline two\n\tline three")
    data = "".join(events) + "\n"
    assert _counts(data) == (2000, 0)
    path = tmp_path / "app.xml"
    path.write_text(data)
    _, result = run_job("services", [path], tmp_path / "out", format="xml")
    assert (result["counters"]["records"], result["counters"]["malformed"]) == (2000, 0)


def test_a_messages_own_xml_starts_no_record() -> None:
    payload = 'calendar push:\n<calendar>\n<event id="7">\n<title>Standup</title>\n</event>\n</calendar>'
    records = [r for r, _ in XML.records((_log4j1(1, "before") + _log4j1(2, payload) + _log4j1(3, "after")).encode())]
    assert [r.message for r in records] == ["before", payload, "after"]


def test_values_out_of_range_are_left_out_never_fatal() -> None:
    bad = _log4j1(1, "x").replace('timestamp="1796413651001"', 'timestamp="99999999999999999999"')
    (record,) = [r for r, _ in XML.records(bad.encode())]
    assert record.timestamp is None and record.message == "x"
    odd = _event(1).replace('nanoOfSecond="1000000"', 'nanoOfSecond="12.5"').replace("main", "²")
    (record,) = [r for r, _ in XML.records(odd.encode())]
    assert record.timestamp == "2026-12-04T19:47:32.000000000Z" and record.fields["thread"] == "²"


def test_one_broken_element_of_a_line_is_one_malformed() -> None:
    good = [_event(n) for n in range(10)]
    assert _counts("".join([*good[:5], _event(5, "a & b"), *good[6:]]) + "\n") == (9, 1)
    assert _counts("".join(good) + _event(10)[:150] + "\n") == (10, 1)  # (a crash's cut tail)
    assert _counts("".join(good[:3]) + "stray text" + "".join(good[3:]) + "\n") == (10, 1)


def test_log4j2_complete_and_compact_header_on_the_first_line() -> None:
    data = (
        f'<?xml version="1.0" encoding="UTF-8"?><Events xmlns="{NS}">' + "".join(map(_event, range(5))) + "</Events>\n"
    )
    assert detect_format(data.encode()).name == "xml"
    assert _counts(data) == (5, 0)


def test_each_element_of_a_line_keeps_its_own_raw_text() -> None:
    """Elements holding elements of a record's name (a trace's items) do not blur where each starts."""
    inner = '<Event name="inner"/>'
    data = "".join(_event(n, f"n{n}").replace("<Message>", inner + "<Message>") for n in range(300)) + "\n"
    records = [r for r, _ in XML.records(data.encode())]
    assert len(records) == 300 and all(r.raw.count("<Message>") == 1 for r in records)
    assert [r for r in records if "n7<" in r.text] == [records[7]]


def test_files_that_are_not_log_records_stay_text() -> None:
    odoo = '<?xml version="1.0"?>\n<odoo>\n<data>\n' + "".join(
        f'    <record id="view_{n}" model="ir.ui.view">\n        <field name="name">v{n}</field>\n    </record>\n'
        for n in range(20)
    )
    assert detect_format(odoo.encode()).name == "plain"
    text = '<?xml version="1.0"?>\n' + _log4j1(1, "x") + "".join(f"plain line {n}\n" for n in range(150))
    assert detect_format(text.encode()).name == "plain"


def test_windows_event_xml() -> None:
    events = "".join(
        f"<Event xmlns='{WINDOWS}'><System><Provider Name='Service Control Manager'/><EventID>7036</EventID>"
        f"<Level>{2 + n % 2}</Level><TimeCreated SystemTime='2026-12-04T21:12:0{n}.000Z'/><Computer>WIN-1</Computer>"
        f"</System><EventData><Data Name='param1'>Windows Update</Data><Data Name='param2'>running</Data></EventData>"
        "</Event>\n"
        for n in range(6)
    )
    assert detect_format(events.encode()).name == "xml"
    first, second = [r for r, _ in XML.records(events.encode())][:2]
    assert (first.level, second.level) == ("ERROR", "WARN")
    assert (first.service, first.host, first.message) == (
        "Service Control Manager",
        "WIN-1",
        "param1=Windows Update param2=running",
    )
    assert first.fields["data"] == {"param1": "Windows Update", "param2": "running"}


def test_log4j_2_0s_first_schema() -> None:
    event = (
        '<log4j:Event logger="net.minecraft.server.MinecraftServer" timestamp="1796413651405" level="WARN"'
        ' thread="Server thread">\n\t<log4j:Message><![CDATA[Can\'t keep up!]]></log4j:Message>\n</log4j:Event>\n'
    )
    (record,) = [r for r, _ in XML.records(event.encode())]
    assert (record.service, record.message, record.timestamp[:23]) == (
        "net.minecraft.server.MinecraftServer",
        "Can't keep up!",
        "2026-12-04T19:47:31.405",
    )


def test_each_record_knows_its_line() -> None:
    data = _event(0) + _event(1, "multi\nline") + "\n" + _event(2) + "\n</Events>\n"
    batch = XML.parse_block(data.encode(), ["message"], "file")
    assert batch.starts == [0, 0, 2] and batch.columns["message"] == ["ok", "multi\nline", "ok"]


def test_causes_and_jul_numeric_levels() -> None:
    thrown = (
        '<Thrown name="java.lang.IllegalStateException" message="checkout"><ExtendedStackTrace>'
        '<ExtendedStackTraceItem class="Shop" method="run" file="Shop.java" line="9"/></ExtendedStackTrace>'
        '<Cause name="java.lang.NumberFormatException" message="12x"><ExtendedStackTrace>'
        '<ExtendedStackTraceItem class="java.lang.Integer" method="parseInt" file="Integer.java" line="668"/>'
        "</ExtendedStackTrace></Cause></Thrown>"
    )
    (record,) = [r for r, _ in XML.records(_event(1).replace("</Message>", "</Message>" + thrown).encode())]
    assert record.fields["thrown"].split("\n") == [
        "java.lang.IllegalStateException: checkout",
        "\tat Shop.run(Shop.java:9)",
        "Caused by: java.lang.NumberFormatException: 12x",
        "\tat java.lang.Integer.parseInt(Integer.java:668)",
    ]
    levels = "".join(f"<record>\n<level>{n}</level>\n<message>m</message>\n</record>\n" for n in (1000, 900, 850, 300))
    assert [r.level for r, _ in XML.records(levels.encode())] == ["ERROR", "WARN", "INFO", "DEBUG"]


def test_malformed_counts_at_any_split_size(tmp_path: Path) -> None:
    """JUL runs appended, stray text, records past the caps, control characters: the same records
    and malformed lines whatever the splits."""
    rng = random.Random(7)
    head = '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!DOCTYPE log SYSTEM "logger.dtd">\n<log>\n'
    parts = [head]
    for n in range(3000):
        draw = rng.random()
        message = (
            "long\n" + "x\n" * 600 if 0.03 <= draw < 0.035 else "bell\x07 ring" if draw < 0.05 else f"m{n} &amp; co"
        )
        parts.append("Exception in thread main java.lang.Error\n" if draw < 0.02 else head if draw < 0.03 else "")
        parts.append(f"<record>\n  <millis>{1796413651000 + n}</millis>\n  <logger>shop.{n % 3}</logger>\n")
        parts.append(
            f"  <level>{('INFO', 'SEVERE', 'FINE')[n % 3]}</level>\n  <message>{message}</message>\n</record>\n"
        )
    path = tmp_path / "a.log"
    path.write_text("".join(parts))
    counters = set()
    for split in (None, 5000, 12345, 65536):
        settings = {"split_size": split} if split else {}
        _, result = run_job("services", [path], tmp_path / f"o{split}", format="xml", **settings)
        counters.add((result["counters"]["records"], result["counters"]["malformed"]))
    assert len(counters) == 1 and next(iter(counters))[0] == 3000


def test_a_record_right_after_the_documents_close() -> None:
    """A record after `</log>` (or any frame tag) is one; one hidden after another's close, past a
    boundary not told apart, is at least counted malformed, never dropped."""
    run = "".join(f"<record>\n<level>INFO</level>\n<message>m{n}</message>\n</record>\n" for n in range(3))
    assert _counts(run + "</log>\n" + run + "</log>\n") == (6, 0)
    assert _counts(_event(1) + "<x>" + _event(2) + "\n") in ((2, 0), (1, 1))
