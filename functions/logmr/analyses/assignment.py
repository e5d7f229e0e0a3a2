"""parse's side table: each mined (service, masked message) member's template, held compactly,
and the template of any record of a map task found through it.

The mining step writes each template with its members; the assignment step's map tasks read them
into this table once per process (engine/steps.py keeps a step's side table for its next task).
A member is held as a 16-byte digest of its service and masked message (not its text: a job may
have millions of distinct masked messages), pointing at its template's index; a member not in
the table was not mined (past its group's MAX_MEMBERS most frequent, or past MAX_CLUSTERS
templates) and gets its group's catch-all template, as in the templates analysis. The table
remembers the templates of the members met (at most CACHED, then forgotten all at once).

Each task keeps its own digest for the summary (TaskDigest): its records per template and each
template's first SAMPLES records (by file and offset), a few rows per template rather than a row
per record. `times_of` and `pids_of` give the rows' time and pid columns.
"""

from __future__ import annotations

import re
from _blake2 import blake2b  # (hashlib's, without loading hashlib: OpenSSL's module, 2-8 ms at a worker's start)
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

from ..formats.record import EPOCH_NUMBER, UNIX_EPOCH, parse_timestamp
from ..job import KeyValue
from .templates import catch_all, group_of

CACHED = 200_000
#: Records kept per template in the summary, for the dashboard's drill-down.
SAMPLES = 3
#: The header fields of an output row, beside file, offset, template and params.
HEADER = ("time", "level", "service", "host", "pid")


def member_digest(service: str | None, masked: str) -> bytes:
    """A member's identity in the table: its service and masked message (None apart from "")."""
    text = ("\x00" if service is None else "\x01" + service) + "\x00" + masked
    return blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class SideTable:
    """Mined members -> their template (the mining step's rows: template, [[masked, service], ...])."""

    def __init__(self, rows: Iterator[KeyValue], template_id: Any) -> None:
        self.templates: list[tuple[str, str]] = []  # (template, its id)
        self.members: dict[bytes, int] = {}
        self.template_id = template_id
        for template, members in rows:
            index = len(self.templates)
            self.templates.append((template, template_id(template)))
            for masked, service in members:
                self.members[member_digest(service, masked)] = index
        self.cache: dict[tuple[str | None, str], tuple[str, str]] = {}
        self.catch_alls: dict[str, tuple[str, str]] = {}

    def templates_of(self, services: list[str | None], masked: list[str]) -> list[tuple[str, str]]:
        """template_of of each (service, masked message), those met before found at once."""
        found = list(map(self.cache.get, zip(services, masked, strict=True)))  # (no key kept: zip reuses its tuple)
        if None in found:
            for i in [i for i, known in enumerate(found) if known is None]:
                found[i] = self.template_of(services[i], masked[i])
        return found  # type: ignore[return-value]

    def template_of(self, service: str | None, masked: str) -> tuple[str, str]:
        """(template, template id) of a record's masked message from its service."""
        key = (service, masked)
        found = self.cache.get(key)
        if found is not None:
            return found
        if len(self.cache) >= CACHED:
            self.cache.clear()
        index = self.members.get(member_digest(service, masked))
        if index is not None:
            found = self.templates[index]
        else:
            first = group_of(masked)
            found = self.catch_alls.get(first)
            if found is None:
                template = catch_all((first,))
                found = self.catch_alls[first] = (template, self.template_id(template))
        self.cache[key] = found
        return found


class TaskDigest:
    """A map task's digest for the summary: its records per template and each template's first
    SAMPLES records (by file and offset), a few rows per template rather than a row per record."""

    def __init__(self) -> None:
        self.seen: dict[str, list[Any]] = {}  # template id -> [records, template, first records, last's place]

    def note(self, keys: list[tuple], rows: list[Any], tids: list[str]) -> None:
        """Count a block's rows (with their keys and template ids) per template and keep each
        template's first SAMPLES records. A block is read from one file in order: a template's
        first rows in the block are its first there, so only those can be among its first records."""
        firsts = dict(zip(reversed(tids), range(len(tids) - 1, -1, -1), strict=True))
        seen = self.seen
        for tid, count in Counter(tids).items():
            at = firsts[tid]
            entry = seen.get(tid)
            if entry is None:
                entry = seen[tid] = [0, rows[at].template, [], None]
            entry[0] += count
            if len(entry[2]) < SAMPLES or keys[at][:2] < entry[3]:
                ats = [at]
                while len(ats) < min(count, SAMPLES):
                    ats.append(tids.index(tid, ats[-1] + 1))
                entry[2] = first_records(entry[2], [sample_of(keys[k][0], keys[k][1], rows[k]) for k in ats])
                entry[3] = (entry[2][-1]["file"], entry[2][-1]["offset"])

    def rows(self) -> Iterator[KeyValue]:
        """The task's digest rows: template id -> [records, template, first records]."""
        for tid, (count, template, lines, _) in self.seen.items():
            yield tid, [count, template, lines]


def sample_of(file: str, offset: int, row: Any) -> dict[str, Any]:
    """A record as the summary shows it (from its output row): where it is, its header fields and its message."""
    return {"file": file, "offset": offset} | {name: getattr(row, name) for name in (*HEADER, "message")}


def first_records(kept: list[dict[str, Any]], more: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The SAMPLES first of two lists of records, by file and offset."""
    return sorted(kept + more, key=lambda line: (line["file"], line["offset"]))[:SAMPLES]


def times_of(timestamps: list[str | None], written: list[Any]) -> list[str | None]:
    """Each record's time in ISO 8601 where its layout is known (a year-less one given its year as
    everywhere else: formats/record.yearless_time), else the text as written (a time of day alone
    is in the record's `time` field); each distinct timestamp read once."""
    known: dict[str, str] = {}
    distinct = set(timestamps)
    seconds: dict[Any, str] = {}  # a time's second in ISO 8601, by its text around the fraction (or its epoch)
    for text in distinct:
        if text:
            if _written_as_isoformat(text):
                known[text] = text
                continue
            found = shape = None
            if text[:1].isdigit():  # (an epoch, else ISO 8601: parse_timestamp's first readings)
                iso = _epoch_text(text, seconds) or _iso_text(text)
                if iso is not None:
                    known[text] = iso
                    continue
            elif found := _FRACTION.fullmatch(text):
                shape = (found[1], len(found[2]), found[3])
                if second := seconds.get(shape):
                    known[text] = _with_fraction(second, found[2])
                    continue
            parsed = parse_timestamp(text)
            known[text] = text if parsed is None else parsed.isoformat()
            if shape is not None and shape not in seconds:
                seconds[shape] = _second(parsed, found[2])  # type: ignore[index]
    if len(known) == len(distinct):  # (every record has a timestamp)
        return list(map(known.__getitem__, timestamps))
    times = []
    for text, clock in zip(timestamps, written, strict=True):
        if text:
            times.append(known[text])
        else:
            times.append(None if clock is None else str(clock))
    return times


#: A time in words with a fraction of its second of up to six digits (klog's and syslog's year-less
#: times, a ctime as Apache's error log writes it): the text up to the fraction's digits, the
#: digits, the rest.
_FRACTION = re.compile(r"(.*\d\d:\d\d:\d\d[.,])(\d{1,6})(\D.*|)", re.ASCII)


def _epoch_text(text: str, seconds: dict[Any, str]) -> str | None:
    """An epoch time's ISO text as parse_epoch and isoformat give it, made from its second's
    (`seconds`: by the epoch second): 13, 16 or 19 digits (milli-, micro-, nanoseconds: the
    first ten digits the seconds, whatever they are after a nonzero first), or ten and a
    fraction (zap's); None for any other text."""
    if not text.isascii() or text[0] == "0":
        return None
    if len(text) in (13, 16, 19) and text.isdigit():
        second, below = text[:10], text[10:16]
    elif len(text) > 10 and text[10] == "." and text[:10].isdigit() and (text[11:].isdigit() or len(text) == 11):
        second, below = text[:10], text[11:17]
    else:
        return None
    iso = seconds.get(second)
    if iso is None:
        iso = seconds[second] = (UNIX_EPOCH + timedelta(seconds=int(second))).isoformat()
    return _with_fraction(iso, below)


def _with_fraction(second: str, digits: str) -> str:
    """A second's ISO text with the fraction of up to six `digits` as isoformat writes it: six
    digits after the seconds, none where they are all 0."""
    micros = digits.ljust(6, "0")
    return second if micros == "000000" else f"{second[:19]}.{micros}{second[19:]}"


def _iso_text(text: str) -> str | None:
    """An ISO 8601 time's text as parse_timestamp and isoformat give it, where parse_timestamp
    reads it with fromisoformat (a text without blanks around it that is no epoch number), else None."""
    if text != text.strip() or text.isdigit() or EPOCH_NUMBER.fullmatch(text):
        return None
    try:
        return datetime.fromisoformat(text).isoformat()
    except ValueError:
        return None


def _second(parsed: datetime | None, fraction: str) -> str:
    """The ISO text of a time's second (`parsed`, written with `fraction`), for the times written
    alike but for their fraction's digits (fromisoformat, strptime and yearless_time read them one
    way, the fraction as microseconds), or "" where it did not read the fraction so (they are
    read alone)."""
    if parsed is None or parsed.microsecond != int(fraction.ljust(6, "0")):
        return ""
    return parsed.replace(microsecond=0).isoformat()


#: isoformat()'s lengths: (a fraction, an offset) by the text's length.
_ISOFORMAT = {19: (False, False), 25: (False, True), 26: (True, False), 32: (True, True)}


def _written_as_isoformat(text: str) -> bool:
    """Whether the text is `datetime.isoformat()`'s own form of the instant it names (what a
    plain layout's ISO time becomes, formats/times.py): ASCII `YYYY-MM-DDTHH:MM:SS`, a fraction of
    six digits not all 0, an offset `±HH:MM` but `-00:00` and of fewer than 60 minutes (which
    fromisoformat takes and isoformat carries into the hours), a valid date and time
    (fromisoformat, 0.1 µs; isoformat after it, 0.5). Any other text is read by parse_timestamp."""
    shape = _ISOFORMAT.get(len(text))
    if shape is None or text[4:17:3] != "--T::" or not text.isascii():
        return False
    if shape[0] and (text[19] != "." or not text[20:26].isdigit() or text[20:26] == "000000"):
        return False
    if shape[1] and (text[-6] not in "+-" or text[-3] != ":" or text[-6:] == "-00:00" or text[-2:] >= "60"):
        return False
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


def pids_of(values: list[Any]) -> list[int | None]:
    """_pid of each value, once per distinct value where they are text, whole numbers or None
    (which no two equal values of different types mix up)."""
    if not set(map(type, values)) <= {str, int, type(None)}:  # (a JSON record's pid field may be anything)
        return list(map(_pid, values))
    known = {value: _pid(value) for value in set(values)}
    return list(map(known.__getitem__, values))


def _pid(value: Any) -> int | None:
    """A process id as a number (a pid column of whole numbers, whatever the format wrote)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None
