"""Log records written as XML elements, in the schemas the Java and .NET logging libraries write
(each read by formats/xml_schemas.py):

- java.util.logging's `XMLFormatter` (the default of its `FileHandler`): `<record>` with `<date>`,
  `<millis>`, `<nanos>`, `<logger>`, `<level>` (FINEST..SEVERE), `<message>`, an `<exception>`;
  a file holds `<?xml ...?>`, a DOCTYPE and `<log>` first (again after each run, with `append`).
- log4j 1's `XMLLayout` and what writes its schema (logback's `log4j.XMLLayout`, log4cxx's,
  log4net's `XmlLayoutSchemaLog4j`, NLog's `Log4JXmlEventLayout`, Log4j 2's `Log4j1XmlLayout`):
  `<log4j:event logger= timestamp= level= thread=>`; log4net's `XmlLayout`, `<log4net:event>` (any
  prefix, or none) of the same shape; log4javascript's `<log4javascript:event>`.
- Log4j 2's `XmlLayout`: `<Event>`, `complete` (an `<Events>` root) or not, `compact` (every event
  on one line) or not.
- .NET's `XmlWriterTraceListener` (WCF's `.svclog` traces): `<E2ETraceEvent>`, all on one line.

A record is an element such a line opens, with the lines up to the next line that opens one
(multiline.py, within its caps); the elements that follow it on those lines (a compact file's) are
records too, each given with the line it opens on. The document's frame (the declaration, a
DOCTYPE, the root's tags) is no record and not malformed; other text outside the elements, or an
element XML cannot read, is malformed. A block's whole records are parsed as one document (each
group of lines parsed alone where that fails). No DTD is read: records are parsed inside a wrapper
of logmr's, after which no DOCTYPE may come, so no entity of the file's is expanded and no external
resource fetched. Characters XML does not allow (a control character a logger wrote as it was) are
read as stand-ins and given back in the record's texts.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from html import unescape
from itertools import accumulate
from typing import Any
from xml.etree.ElementTree import Element, ParseError, XMLPullParser, fromstring

from .base import LogFormat, split_block
from .multiline import group_lines
from .record import Record
from .xml_schemas import READERS, local

_ELEMENT = r"<(record|(?:[A-Za-z][\w.-]*:)?[Ee]vent|E2ETraceEvent)[\s>]"
#: A line opening a record's element (after blanks: Log4j 2's events are indented).
_START = re.compile(r"[ \t]*" + _ELEMENT)
_ANY_START = re.compile(_ELEMENT)  # (where each element of a line holding several opens)
# The prefixes the records' tags use, which the wrapper declares: log4j's and log4net's are never
# declared in the file (its records are meant to be included in a document that does).
_PREFIXES = re.compile(r"</?([A-Za-z_][\w.-]*):")
_RESERVED = frozenset({"xml", "xmlns"})
_INVALID = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f]|&#(?:x0*[0-8bcefBCEF]|x0*1[0-9a-fA-F]|0*(?:[0-8]|1[1-24-9]|2\d|3[01]));"
)
_STAND_IN = 0xF700  # (private-use characters: U+F700 + the code)
_BACK = {_STAND_IN + code: code for code in range(32)}


def _starts(line: str) -> bool:
    return _START.match(line) is not None


def _frame(lines: list[str]) -> bool:
    """Whether lines outside the records are the document's frame (or the rest of a record cut at
    multiline.py's caps): each empty or a tag's."""
    return all(not (text := line.strip()) or (text[0] == "<" and text[-1] == ">") for line in lines)


def _stand_in(found: re.Match[str]) -> str:
    text = found[0]
    if text.startswith("&#"):
        body = text[2:-1]
        return chr(_STAND_IN + (int(body[1:], 16) if body[:1] in "xX" else int(body)))
    return chr(_STAND_IN + ord(text))


def _wrapper(text: str) -> str:
    """The element logmr parses records inside: it declares the prefixes they use."""
    prefixes = sorted(set(_PREFIXES.findall(text)) - _RESERVED)
    return "<logmr" + "".join(f' xmlns:{name}="urn:logmr:{name}"' for name in prefixes) + ">"


def elements(text: str) -> tuple[list[Element | None], bool]:
    """The elements a record's text holds, parsed alone: None for one XML cannot read (a record cut
    at the caps: what it holds up to the cut); and whether stand-ins were read."""
    for attempt in (text, None):
        if attempt is None:
            if not _INVALID.search(text):
                break
            attempt = _INVALID.sub(_stand_in, text)
        parser = XMLPullParser(("start", "end"))
        found: list[Element | None] = []
        opened: Element | None = None
        try:
            parser.feed(_wrapper(attempt))
            parser.feed(attempt)
            for event, node in parser.read_events():
                if event == "start" and opened is None and node.tag != "logmr":
                    opened = node
                elif event == "end" and node is opened:
                    found.append(node)
                    opened = None
        except ParseError:
            if opened is not None:  # (an error after the last element: the document's closing tag)
                continue
        else:
            if opened is not None:
                found.append(opened if len(opened) else None)
        if found:
            return found, attempt is not text
    return [None], False


def _batch(texts: list[str]) -> list[list[Element]] | None:
    """The elements of each record's text (ending at its last element's closing tag), the texts
    parsed as one document; None where that is not well-formed."""
    joined = "</g><g>".join(texts)
    try:
        root = fromstring(_wrapper(joined) + "<g>" + joined + "</g></logmr>")
    except ParseError:
        return None
    return [list(group) for group in root]


def _cut(text: str) -> int:
    """Where a record's text ends: after its last element's closing tag (-1: none, a record cut at
    the caps or an element with no children)."""
    close = f"</{_START.match(text)[1]}>"  # type: ignore[index]
    at = text.rfind(close)
    return at + len(close) if at >= 0 else -1


def readable_text(raw: str) -> str:
    """A record's XML as a person reads it: its character references and escapes resolved."""
    return unescape(raw) if "&" in raw else raw


def _given_back(value: Any) -> Any:
    """A text (or the texts of a field's dict or list) with the stand-ins' characters given back."""
    if isinstance(value, str):
        return value.translate(_BACK)
    if isinstance(value, dict):
        return {key: _given_back(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_given_back(item) for item in value]
    return value


def _record(node: Element | None, raw: str, default_service: str | None, stood_in: bool = False) -> Record | None:
    reader = None if node is None else READERS.get(local(node.tag))
    if reader is None:
        return None
    record = reader(node, default_service)  # type: ignore[arg-type]
    if stood_in:
        record.message, record.service = _given_back(record.message), _given_back(record.service)
        record.fields = _given_back(record.fields)
    record.raw, record.text = raw, readable_text(raw)
    return record


def _apart(body: str, count: int) -> list[tuple[int, str]]:
    """Where a record's text holds `count` elements (a compact file's line of several): which of
    its lines each opens on, and its own text (each the first line and the whole text where the
    elements cannot be told apart in the text)."""
    if count == 1:
        return [(0, body)]
    opens = [found.start() for found in _ANY_START.finditer(body)]
    if len(opens) != count:
        return [(0, body)] * count
    ends = list(accumulate(len(line) + 1 for line in body.split("\n")))
    return [(bisect_right(ends, at), body[at:end]) for at, end in zip(opens, [*opens[1:], len(body)], strict=True)]


class XmlRecordsFormat(LogFormat):
    name = "xml"
    description = "XML log records (java.util.logging XMLFormatter, log4j/logback/log4net XMLLayout, Log4j 2 XmlLayout)"
    starts_record = staticmethod(_starts)

    def matches(self, line: str) -> bool:
        return _starts(line)

    def parse(self, line: str, default_service: str | None = None) -> Record | None:
        """The record of an element (its lines joined by newlines; the first where it holds
        several), None when it is none."""
        if not _starts(line):
            return None
        at = _cut(line)
        nodes, stood_in = elements(line)
        return _record(nodes[0], line[:at] if at >= 0 and len(nodes) == 1 else line, default_service, stood_in)

    def records(self, block: bytes, default_service: str | None = None) -> Iterator[tuple[Record | None, str]]:
        """Each element with the line it opens on; text outside the elements that is not the
        document's frame is malformed, a line each."""
        lines = split_block(block)
        starts = list(map(_starts, lines))
        groups: list[tuple[int, int, str | None, int]] = []  # (first, stop, text or None: malformed lines, cut)
        for first, stop in group_lines(lines, starts):
            if not starts[first]:
                if not _frame(lines[first:stop]):
                    groups.append((first, stop, None, -1))
                continue
            text = "\n".join(lines[first:stop]) if stop - first > 1 else lines[first]
            groups.append((first, stop, text, at := _cut(text)))
        whole = [text[:at] for _, _, text, at in groups if text is not None and at >= 0]
        batched = iter(_batch(whole) or [None] * len(whole)) if whole else None
        for first, stop, text, at in groups:
            if text is None:
                yield from ((None, line) for line in lines[first:stop] if line.strip())
                continue
            nodes = next(batched) if at >= 0 and batched is not None else None
            stood_in = False
            if nodes is None:
                nodes, stood_in = elements(text)
            body = text[:at] if at >= 0 else text
            for node, (line, raw) in zip(nodes, _apart(body, len(nodes)), strict=True):
                yield _record(node, raw, default_service, stood_in), lines[first + line]
            if at >= 0 and not _frame(rest := text[at:].split("\n")[1:]):  # (text after the elements)
                yield from ((None, line) for line in rest if line.strip() and not _frame([line]))


def xml_fit(lines: list[str]) -> bool:
    """Whether a sample's lines are XML log records: it opens with a tag, and at least two thirds
    of the records it holds whole (all but its last) are read by one of the schemas."""
    if not lines or not lines[0].lstrip().startswith("<"):
        return False
    spans = group_lines(lines, list(map(_starts, lines)))
    whole = [span for span in spans[:-1] if _starts(lines[span[0]])] or spans[-1:]
    if not whole or not _starts(lines[whole[0][0]]):
        return False
    fmt = XmlRecordsFormat()
    read = sum(fmt.parse("\n".join(lines[first:stop])) is not None for first, stop in whole)
    return read * 3 >= len(whole) * 2
