"""Log records written as XML elements, in the schemas the Java and .NET logging libraries and
Windows write (each read by formats/xml_schemas.py):

- java.util.logging's `XMLFormatter` (the default of its `FileHandler`): `<record>`; a file holds
  `<?xml ...?>`, a DOCTYPE and `<log>` first (again after each run, with `append`).
- log4j 1's `XMLLayout` and what writes its schema (logback's `log4j.XMLLayout`, log4cxx's,
  log4net's `XmlLayoutSchemaLog4j`, NLog's `Log4JXmlEventLayout`, Log4j 2's `Log4j1XmlLayout`):
  `<log4j:event>`; log4net's `XmlLayout`, `<log4net:event>` (any prefix, or none);
  log4javascript's `<log4javascript:event>`.
- Log4j 2's `XmlLayout`: `<Event>`, `complete` (an `<Events>` root) or not, `compact` (the events
  on one line, but where a message holds a line break) or not.
- .NET's `XmlWriterTraceListener` (WCF's `.svclog` traces): `<E2ETraceEvent>`, all on one line;
  Windows' event log exported as XML: `<Event xmlns=".../win/2004/08/events/event">`.

A record starts on a line opening such an element (after the document's declaration and root, on
a compact file's first line) where the line above is blank, ends a record's element or is the
document's frame: a message's own XML inside a CDATA section starts none. A record's lines run to
the next such line (multiline.py, within its caps); the elements after the first on those lines (a
compact file's) are records too, each given with the line it opens on. The document's frame (the
declaration, a DOCTYPE, the root's tags) is no record and not malformed, nor are the lines of a
record cut at the caps; other text outside the elements, and an element XML cannot read, is
malformed. A block's elements are parsed as one document (each alone where that fails). No DTD is
read: elements are parsed inside a wrapper of logmr's, after which no DOCTYPE may come, so no entity
of the file's is expanded and no external resource fetched. Characters XML does not allow (a
control character a logger wrote as it was) are read as stand-ins and given back.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate
from typing import Any
from xml.etree.ElementTree import Element, ParseError, XMLPullParser, fromstring

from .indexed import IndexedRecords
from .multiline import group_lines, pairwise_starts
from .record import Record
from .xml_schemas import READERS, local

_RECORD = r"(?:record|(?:[A-Za-z][\w.-]*:)?[Ee]vent|E2ETraceEvent)"
# What may come before a record's element on the line it opens on: blanks, the document's
# declaration, a DOCTYPE, a comment, the root's opening (Log4j 2's `complete` and `compact`).
_ROOT = r"<(?:log|Events|[A-Za-z][\w.-]*:event[Ss]et)(?:\s[^>]*)?>"
_LEAD = rf"(?:\s|<\?xml[^>]*\?>|<!DOCTYPE[^>]*>|<!--(?:[^-]|-[^-])*-->|{_ROOT})*"
_START = re.compile(rf"{_LEAD}<({_RECORD})[\s>]")
_OPEN = re.compile(rf"<({_RECORD})[\s>]")
# The tags after which an element opening is a record's: a record's closing tag, or the frame's.
_FRAME_TAG = r"<(?:\?xml|!DOCTYPE|!--|/?(?:log|Events|[A-Za-z][\w.-]*:event[Ss]et)[\s>])"
_CLOSE = re.compile(rf"</{_RECORD}>|{_FRAME_TAG}")
_CLOSED = re.compile(rf"</{_RECORD}>\s*\Z")
_FRAME_LINE = re.compile(rf"\s*{_FRAME_TAG}")
_PREFIXES = re.compile(r"</?([A-Za-z_][\w.-]*):")
_RESERVED = frozenset({"xml", "xmlns"})
_INVALID = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f]|&#(?:x0*[0-8bcefBCEF]|x0*1[0-9a-fA-F]|0*(?:[0-8]|1[1-24-9]|2\d|3[01]));"
)
_STAND_IN = 0xF700  # (private-use characters: U+F700 + the code)
_BACK = {_STAND_IN + code: code for code in range(32)}
_ESCAPES = re.compile(r"&(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);")
_NAMED = {"&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&apos;": "'"}


class _Starts:
    """Whether a line starts a record, given the line above (None: the data's first line)."""

    pairwise = True

    def __call__(self, line: str, above: str | None = None) -> bool:
        if _START.match(line) is None:
            return False
        return above is None or not above.strip() or bool(_CLOSED.search(above) or _FRAME_LINE.match(above))


_starts = _Starts()


def _frame(text: str) -> bool:
    """Whether text outside the records is the document's frame: blank, or tags alone (no record's)."""
    lines = text.split("\n")
    return all(not (piece := line.strip()) or (piece[0] == "<" and piece[-1] == ">") for line in lines) and (
        "<" not in text or _OPEN.search(text) is None
    )


def _stand_in(found: re.Match[str]) -> str:
    text = found[0]
    if text.startswith("&#"):
        body = text[2:-1]
        return chr(_STAND_IN + (int(body[1:], 16) if body[:1] in "xX" else int(body)))
    return chr(_STAND_IN + ord(text))


def _wrapper(text: str) -> str:
    """The element logmr parses records inside: it declares the prefixes they use."""
    prefixes = sorted(set(_PREFIXES.findall(text)) - _RESERVED)
    return "<logmr-records" + "".join(f' xmlns:{name}="urn:logmr:{name}"' for name in prefixes) + ">"


def element(text: str) -> tuple[Element | None, bool]:
    """The element a text holds, parsed alone (of one cut at the caps, what it holds up to the cut),
    or None where XML cannot read it; and whether stand-ins were read."""
    for attempt in (text, None):
        if attempt is None:
            if not _INVALID.search(text):
                break
            attempt = _INVALID.sub(_stand_in, text)
        parser, opened = XMLPullParser(("start", "end")), None
        try:
            parser.feed(_wrapper(attempt))
            parser.feed(attempt)
            for event, node in parser.read_events():
                if event == "start" and opened is None and node.tag != "logmr-records":
                    opened = node
                elif event == "end" and node is opened:
                    return node, attempt is not text
        except ParseError:
            continue
        if opened is not None and len(opened):  # (cut at the caps)
            return opened, attempt is not text
    return None, False


def _batch(texts: list[str]) -> list[Element] | None:
    """The elements of whole elements' texts parsed as one document; None where that is not
    well-formed or gives other elements than the texts."""
    joined = "".join(texts)
    try:
        root = fromstring(_wrapper(joined) + joined + "</logmr-records>")
    except ParseError:
        return None
    return list(root) if len(root) == len(texts) else None


def readable_text(raw: str) -> str:
    """A record's XML as a person reads it: XML's escapes and character references resolved."""
    if "&" not in raw:
        return raw
    return _ESCAPES.sub(lambda found: _NAMED.get(found[0]) or _character(found[0][2:-1]), raw)


def _character(reference: str) -> str:
    code = int(reference[1:], 16) if reference[0] == "x" else int(reference)
    return chr(code) if code < 0x110000 else "\ufffd"


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
    record = None if reader is None else reader(node, default_service)  # type: ignore[arg-type]
    if record is None:
        return None
    if stood_in:
        for name in ("message", "service", "host", "timestamp", "fields"):
            setattr(record, name, _given_back(getattr(record, name)))
    record.raw, record.text = raw, readable_text(raw)
    return record


def _pieces(text: str, begin: int) -> list[tuple[int, int, int]]:
    """The elements of a record's text from `begin` (where its first opens): (start, end of its
    element or -1 where it has no closing tag, stop: where the next one opens) each. An element
    after the first opens right after another's closing tag; an element ends at the first closing
    tag of its name (where a CDATA section holds one, the document is not well-formed: the element
    is read alone, and what follows that tag in it counted malformed; nothing is lost unseen)."""
    opens = [begin] + [at for found in _OPEN.finditer(text, begin + 1) if _after_close(text, at := found.start())]
    pieces = []
    for start, stop in zip(opens, [*opens[1:], len(text)], strict=True):
        close = f"</{_OPEN.match(text, start)[1]}>"  # type: ignore[index]
        at = text.find(close, start, stop)
        pieces.append((start, at + len(close) if at >= 0 else -1, stop))
    return pieces


def _after_close(text: str, at: int) -> bool:
    """Whether the element opening at `at` follows another's closing tag (or the frame's), with no
    other tag between (blanks, or stray text: malformed; a message's XML in CDATA is inside a tag)."""
    last = text.rfind("<", 0, at)
    return last >= 0 and _CLOSE.match(text, last) is not None


class XmlRecordsFormat(IndexedRecords):
    name = "xml"
    description = (
        "XML log records (java.util.logging, log4j/logback/log4net XMLLayout, Log4j 2 XmlLayout, .NET, Windows)"
    )
    starts_record = _starts

    def matches(self, line: str) -> bool:
        return _START.match(line) is not None

    def parse(self, line: str, default_service: str | None = None) -> Record | None:
        """The record of an element (its lines joined by newlines; the first where it holds
        several), None when it is none."""
        found = _START.match(line)
        if found is None:
            return None
        start, end, stop = _pieces(line, found.start(1) - 1)[0]
        node, stood_in = element(line[start:stop])
        return _record(node, line[start : end if end >= 0 else stop], default_service, stood_in)

    def read_lines(self, lines: list[str], default_service: str | None) -> Iterator[tuple[Record | None, int]]:
        """(record or None: malformed, the index of the line it opens on) for the block's lines."""
        heads = pairwise_starts(lines, _starts)
        items: list[tuple[int, str | None, int, int, int]] = []  # (line, text or None: malformed, start, end, stop)
        # (the record above has no closing tag, cut at the caps: the lines outside a record after it are its
        # rest; so are a block's first lines, which the reader starts on a record or within such a rest)
        cut = True
        for first, stop in group_lines(lines, heads):
            text = "\n".join(lines[first:stop]) if stop - first > 1 else lines[first]
            ends = list(accumulate(len(line) + 1 for line in lines[first:stop]))
            if heads[first]:
                begin = _START.match(text).start(1) - 1  # type: ignore[union-attr]
            else:  # (lines outside the records: the document's frame, or the rest of a record cut)
                begin = _orphan_start(text)
                if not cut and not _frame(text if begin < 0 else text[:begin]):
                    upto = stop if begin < 0 else first + bisect_right(ends, begin)
                    items.extend((i, None, 0, 0, 0) for i in range(first, max(upto, first + 1)) if lines[i].strip())
                if begin < 0:
                    continue
            for start, end, after in _pieces(text, begin):
                items.append((first + bisect_right(ends, start), text, start, end, after))
                cut = end < 0
                if end >= 0 and not _frame(text[end:after]):  # (text after an element: each line malformed)
                    line = first + bisect_right(ends, end)
                    pieces = enumerate(text[end:after].split("\n"), line)
                    items.extend((i, None, 0, 0, 0) for i, piece in pieces if not _frame(piece))
        whole = [text[start:end] for _, text, start, end, _ in items if text is not None and end >= 0]
        nodes = iter(_batch(whole) or [None] * len(whole))  # (none: each element parsed alone)
        for line, text, start, end, after in items:
            if text is None:
                yield None, line
                continue
            node, stood_in = next(nodes) if end >= 0 else None, False
            if node is None:
                node, stood_in = element(text[start:after])
            yield _record(node, text[start : end if end >= 0 else after], default_service, stood_in), line


def _orphan_start(text: str) -> int:
    """Where the first whole element of lines outside a record opens (a compact file's line after
    a record cut at the caps: the elements after its first closing tag), or -1."""
    for found in _OPEN.finditer(text):
        if _after_close(text, found.start()):
            return found.start()
    return -1


def xml_fit(lines: list[str]) -> bool:
    """Whether a sample's lines are XML log records: it opens with the document's frame or a record,
    one of the schemas reads its elements, and the text outside them is the frame (a fifth of what
    it holds malformed at most)."""
    first = next((i for i, line in enumerate(lines) if _START.match(line)), None)
    if first is None or not lines[0].lstrip().startswith("<") or not _frame("\n".join(lines[:first])):
        return False
    found = [record for record, _ in XmlRecordsFormat().records("\n".join(lines).encode())]
    read = sum(record is not None for record in found)
    return read > 0 and (len(found) - read) * 5 <= len(found)
