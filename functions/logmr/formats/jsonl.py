"""JSON lines: one object per line, as written by structured loggers (bunyan, pino, zap, logrus...).

Loggers disagree on key names, so each record field is read from the first of its aliases
present. `parse_block` decodes a whole block in one msgspec call into structs that hold only the
keys a job needs; a block with any line msgspec rejects is parsed line by line instead.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from functools import partial
from typing import Any

import msgspec

from .base import LEVEL_CACHE, SECOND, Batch, LogFormat, counted, split_block
from .json_audit import holds_audit_events
from .json_blocks import LEARN_BYTES, DockerLines, NeedsRecordPath, Projection, docker_error
from .json_count import as_text, count_cut, count_rows
from .json_count_docker import count_app_rows
from .json_docker import DOCKER_LOG, app_lines, docker_starts
from .json_envelopes import envelope_events
from .json_fields import (
    ALIASES,
    BLOCK_ALIASES,
    NO_FIELDS,
    decode_line,
    decode_object,
    is_docker,
    is_docker_partial,
    not_json_record,
)
from .json_fields import record_from_object as _record_from_object
from .json_native import available
from .json_pieces import cut_around_suspects, decode_in_pieces, merge_batches
from .json_text import TextBlock, decoded_text
from .record import Record, level_from_status
from .seconds import TEXT_TYPES

# The columns a block gives besides the record fields: the lines as written, and as read.
_LINE_COLUMNS = ("raw", "text")


def record_from_object(obj: dict[str, Any], line: str, default_service: str | None) -> Record:
    """The record of a decoded JSON line, its `text` the line with its escapes resolved."""
    record = _record_from_object(obj, line, default_service)
    record.text = decoded_text(line)
    return record


class JsonLinesFormat(LogFormat):
    name = "json"
    description = "JSON lines (one object per line)"
    starts_record, learns = docker_starts, True

    def __init__(self) -> None:
        self._projections: dict[tuple[str, ...], Projection] = {}
        self._docker_app = False  # the last block was Docker json-file around the app's JSON lines
        self._cut_lines = False  # the last block had lines that cannot be an object alone (cut ones)

    def matches(self, line: str) -> bool:
        stripped = line.strip()
        if not (stripped.startswith("{") and stripped.endswith("}")):
            return False
        try:
            return isinstance(decode_line(stripped), dict)
        except msgspec.DecodeError:
            return False

    def parse(self, line: str, default_service: str | None = None) -> Record | None:
        obj = decode_object(line)
        return not_json_record(line, default_service) if obj is None else record_from_object(obj, line, default_service)

    def records(self, block: bytes, default_service: str | None = None):
        """Yield (record or None, line) for each non-blank line; Docker's partial lines (a `log` without
        newline: Docker cuts app lines at 16 KiB) joined with the lines after them (`starts_record`)."""
        pending: list[tuple[dict[str, Any], str]] = []
        for line in split_block(block):
            blank = not line.strip()  # (a blank line ends a partial line too: docker_starts reads the line above)
            obj = None if blank else decode_object(line)
            if pending and (obj is None or not is_docker(obj)):
                yield self._joined(pending, default_service)
                pending = []
            if blank:
                continue
            if obj is not None and (pending or is_docker_partial(obj)):
                pending.append((obj, line))
                if not is_docker_partial(obj):
                    yield self._joined(pending, default_service)
                    pending = []
                continue
            if obj is None:
                yield not_json_record(line, default_service), line
                continue
            events = envelope_events(obj)  # (CloudWatch and Azure: one line, many events)
            if events is not None:
                yield from ((None if e is None else record_from_object(*e, default_service), line) for e in events)
                continue
            yield record_from_object(obj, line, default_service), line
        if pending:
            yield self._joined(pending, default_service)

    @staticmethod
    def _joined(pieces: list[tuple[dict[str, Any], str]], default_service: str | None) -> tuple[Record, str]:
        first, line = pieces[0]
        joined = {**first, "log": "".join(obj["log"] for obj, _ in pieces)}
        return record_from_object(joined, line, default_service), line

    def _projection(self, fields: tuple[str, ...]) -> Projection:
        projection = self._projections.get(fields)
        if projection is None:
            projection = self._projections[fields] = Projection(fields)
        return projection

    def count_block(
        self, block: bytes, fields: Sequence[str], default_service: str | None = None
    ) -> tuple[Batch, dict[tuple[Any, ...], int]]:
        """Counted from one decode (json_count), the lines that cannot be an object alone cut out
        and read on the column path, as is any piece with a value that needs it."""
        wanted = tuple(fields)
        names = tuple("timestamp" if name == SECOND else name for name in wanted)
        if not all(f in ALIASES for f in names) or not block or block.isspace() or holds_audit_events(block):
            return self._count_columns(block, wanted, default_service)
        if self._docker_app:  # (the app's lines counted inside, at Docker's time, else on the column path)
            app = self._projection(tuple(name for name in names if name != "timestamp"))
            with contextlib.suppress(*_FAST_PATH_ERRORS, DockerLines):
                return count_app_rows(block, app, wanted, default_service)
            return self._count_columns(block, wanted, default_service)
        projection = self._projection(names)
        first = not projection.learned  # (a file's first block: counted in one call, else read whole below)
        if first:
            projection.learn(block)
        if projection.depths == projection.full or not projection.learned:  # (Docker's lines: counted inside)
            self._docker_app = first and DOCKER_LOG.search(block, 0, LEARN_BYTES) is not None
            return (self.count_block if self._docker_app else self._count_columns)(block, wanted, default_service)
        if not self._cut_lines or available():  # (the last block had no line to cut out: try this one whole)
            by_line = partial(LogFormat.count_block, self, fields=wanted, default_service=default_service)
            try:  # (C counts around the lines to cut out, each read by_line; msgspec once none was)
                return count_rows(block, projection, wanted, default_service, by_line, whole=not self._cut_lines)
            except msgspec.DecodeError:  # a cut line, a line of text...: cut those out below
                if first:  # (the column path reads the first whole, learning what the file holds)
                    return self._count_columns(block, wanted, default_service)
            except (*_FAST_PATH_ERRORS, DockerLines):
                return self._count_columns(block, wanted, default_service)
        cut = cut_around_suspects(block)
        self._cut_lines = cut is not None
        if cut is None:
            return self._count_piece(block, projection, wanted, default_service)
        return self._count_cut(block, cut, projection, wanted, default_service)

    def _count_columns(self, block: bytes, wanted: tuple[str, ...], service: str | None) -> tuple[Batch, dict]:
        """The column path's counts (epoch numbers counted by their second as numbers, not as their text)."""
        if SECOND in wanted:
            return counted(wanted, lambda parsed: self._parse_block(block, parsed, service, True))
        return super().count_block(block, wanted, service)

    def _count_cut(self, block: bytes, cut: list[tuple[bytes, bool]], projection: Projection, wanted: tuple, service):
        """A cut block counted (json_count.count_cut), its suspect lines on the line path; read whole with Docker's
        lines (a partial line joins the next): a piece's decode fails on a `log` string, or a search finds one."""
        if "message" in wanted and DOCKER_LOG.search(block):
            return self._count_columns(block, wanted, service)
        by_line = partial(LogFormat.count_block, self, fields=wanted, default_service=service)
        each = partial(self._count_piece, projection=projection, wanted=wanted, service=service, docker_whole=True)
        try:
            return count_cut(cut, projection, wanted, service, each, by_line)
        except DockerLines:
            return self._count_columns(block, wanted, service)
        finally:  # (reading the lines reset it: the next block is cut first, not decoded whole in vain)
            self._cut_lines = True

    def _count_piece(self, piece: bytes, projection: Projection, wanted: tuple, service: Any, docker_whole=False):
        """count_rows, else the column path; DockerLines for Docker's lines when `docker_whole` (whatever failed)."""
        try:
            return count_rows(piece, projection, wanted, service)
        except (*_FAST_PATH_ERRORS, DockerLines) as error:
            if docker_whole and (isinstance(error, DockerLines) or docker_error(error) or DOCKER_LOG.search(piece)):
                raise DockerLines from None
            return self._count_columns(piece, wanted, service)

    def parse_block(self, block: bytes, fields: Sequence[str], default_service: str | None = None) -> Batch:
        """Decodes the block in one msgspec call; a line that call rejects (cut, broken, text, a
        value of another type) is parsed on the line-by-line path with its neighbour, the lines
        around them still in whole pieces (json_pieces.decode_in_pieces)."""
        return self._parse_block(block, fields, default_service, False)

    def _parse_block(self, block: bytes, fields: Sequence[str], default_service: str | None, numbers: bool) -> Batch:
        """parse_block; `numbers`: epoch numbers stay numbers (to_seconds reads them in bulk)."""
        wanted = tuple(f for f in fields if f in BLOCK_ALIASES)
        lines_wanted = [name for name in (*_LINE_COLUMNS, *NO_FIELDS) if name in fields]
        if len(wanted) + len(lines_wanted) != len(fields) or not block or block.isspace() or holds_audit_events(block):
            return super().parse_block(block, fields, default_service)
        pieces = self._pieces(block, wanted, fields, default_service, numbers)
        if len(pieces) == 1 and pieces[0][1] is not None:
            return pieces[0][1]
        by_line = super().parse_block
        batches = [b if b is not None else by_line(p, fields, default_service) for p, b in pieces]
        return merge_batches(batches, fields)

    def _pieces(
        self, block: bytes, wanted: tuple[str, ...], fields: Sequence[str], default_service: str | None, numbers: bool
    ) -> list[tuple[bytes, Batch | None]]:
        """(piece, its batch, or None for the line path) for the block's pieces: the block whole
        when it holds Docker's lines (partial lines join the lines after them), tried as the app's
        JSON lines first, then as Docker's own lines."""
        fast = lambda piece, docker=False: self._fast_batch(piece, wanted, fields, default_service, docker, numbers)  # noqa: E731
        if self._docker_app:  # as the last block was
            try:
                return [(block, self._docker_batch(block, wanted, fields, default_service, numbers))]
            except _FAST_PATH_ERRORS:
                self._docker_app = False
        try:
            pieces = decode_in_pieces(block, fast, _FAST_PATH_ERRORS, cut_first=self._cut_lines)
            self._cut_lines = len(pieces) > 1
            if not any(batch is None and DOCKER_LOG.search(piece) for piece, batch in pieces):
                return pieces
        except DockerLines:
            pass
        try:
            batch = self._docker_batch(block, wanted, fields, default_service, numbers)
            self._docker_app = True
            return [(block, batch)]
        except _FAST_PATH_ERRORS:
            pass
        try:
            return [(block, fast(block, True))]
        except _FAST_PATH_ERRORS:
            return [(block, None)]

    def _docker_batch(
        self, block: bytes, wanted: tuple[str, ...], fields: Sequence[str], default_service: str | None, numbers: bool
    ) -> Batch:
        """Docker json-file around an app's JSON lines: the app's lines decoded as a block of their
        own, at Docker's time (record_from_object's reading of each line)."""
        rows, inner = app_lines(block)
        try:
            batch = self._fast_batch(inner, wanted, wanted, default_service, False, numbers)
        except DockerLines:
            raise NeedsRecordPath("Docker inside Docker") from None
        if batch.records != len(rows):
            raise NeedsRecordPath("an app line holds no object, or more than one")
        columns = batch.columns
        if "timestamp" in columns:
            columns["timestamp"] = [row.time or t for row, t in zip(rows, columns["timestamp"], strict=True)]
        if "raw" in fields:
            columns["raw"] = split_block(block)
        if "text" in fields:
            columns["text"] = TextBlock.of_json_block(block, batch.records, valid=True)
        columns.update((name, [None] * batch.records) for name in NO_FIELDS)
        return Batch(columns={name: columns[name] for name in fields}, records=batch.records, lines=batch.records)

    def _fast_batch(
        self, block: bytes, wanted: tuple[str, ...], fields: Sequence[str], service: Any, docker: bool, numbers: bool
    ) -> Batch:
        extra = docker and "message" not in wanted  # (the message's aliases read Docker's `log`)
        projection = self._projection((*wanted, "message") if extra else wanted)
        if not projection.learned and len(block) > 4 * LEARN_BYTES:
            projection.learn(block, docker)
        records, columns, gaps = projection.decode(block, docker)
        if extra:
            del columns["message"]
            gaps -= {"message"}
        if "level" in gaps:
            # Records without a level take it from their HTTP status.
            statuses = (
                columns["status"]
                if "status" in columns
                else self._projection(("status",)).decode(block, docker)[1]["status"]
            )
            columns["level"] = [
                lv if lv is not None else level_from_status(st)
                for lv, st in zip(columns["level"], statuses, strict=True)
            ]
        if "level" in columns:
            columns["level"] = list(map(LEVEL_CACHE.__getitem__, columns["level"]))
        if "service" in columns and ("service" in gaps or "" in columns["service"]):
            columns["service"] = [s or service for s in columns["service"]]
        if "message" in gaps:
            columns["message"] = [m if m is not None else "" for m in columns["message"]]
        if "timestamp" in columns and not numbers and not TEXT_TYPES.issuperset(map(type, columns["timestamp"])):
            # epoch numbers (pino, zap, GELF) as they are written
            columns["timestamp"] = list(map(as_text, columns["timestamp"]))
        # No blank line reached here, so the block's lines are the records' lines, in order.
        if "raw" in fields:
            columns["raw"] = split_block(block)
        if "text" in fields:
            columns["text"] = TextBlock.of_json_block(block, records, valid=True)
        columns.update((name, [None] * records) for name in NO_FIELDS if name in fields)
        return Batch(columns=columns, records=records, lines=records)


# (msgspec raises UnicodeDecodeError for a string that is not UTF-8)
# (RecursionError: a line nested too deep for msgspec, read on the record path: json_fields.decode_line)
_FAST_PATH_ERRORS = (msgspec.DecodeError, msgspec.ValidationError, NeedsRecordPath, UnicodeDecodeError, RecursionError)


__all__ = ["ALIASES", "JsonLinesFormat", "record_from_object"]
