"""Jobs as users write them, in their own file; loaded by tests as path/to/user_jobs.py:ClassName."""

import os
from pathlib import Path

import msgspec

from logmr import CountJob, Job, Step


class ErrorsPerHost(CountJob):
    """Count ERROR records per host."""

    def map(self, record):
        if record.level == "ERROR":
            yield record.host, 1


class StatusClasses(Job):
    """Requests and bytes per HTTP status class, with a generic (non-count) combine."""

    def map(self, record):
        if record.status is not None:
            yield f"{record.status // 100}xx", [1, record.bytes or 0]

    def combine(self, key, values):
        requests = size = 0
        for r, b in values:
            requests += r
            size += b
        yield key, [requests, size]

    reduce = combine


class TopLevelPerService(Job):
    """Two steps: counts per (service, level), then each service's most frequent level."""

    def steps(self):
        return [
            Step(map=self.map_levels, combine=self.sum, reduce=self.sum),
            Step(map=self.by_service, reduce=self.pick_top),
        ]

    def map_levels(self, record):
        yield [record.service, record.level], 1

    def sum(self, key, values):
        yield key, sum(values)

    def by_service(self, key, count):
        service, level = key
        yield service, [count, level]

    def pick_top(self, service, values):
        count, level = max(values)
        yield service, {"level": level, "count": count}


class FlakyWordCount(CountJob):
    """Counts records, but raises once on each line containing one of the strings in
    LOGMR_TEST_FAIL_ON (comma-separated), as a crashed Lambda would; marker files in
    LOGMR_TEST_MARKERS remember which already failed."""

    def map(self, record):
        markers = Path(os.environ["LOGMR_TEST_MARKERS"])
        for i, needle in enumerate(os.environ["LOGMR_TEST_FAIL_ON"].split(",")):
            marker = markers / f"failed-{i}"
            if needle in record.raw and not marker.exists():
                marker.write_text(record.raw)
                raise RuntimeError("injected failure")
        yield "records", 1


class AlwaysFails(CountJob):
    def map(self, record):
        raise ValueError("this job always fails")


class SlowCount(CountJob):
    """Counts records slowly (a job that is still running when a test cancels it)."""

    def map(self, record):
        import time

        time.sleep(0.002)
        yield "records", 1


class DyingWordCount(CountJob):
    """Counts words; the worker process dies (os._exit, as an OOM kill or a segfault ends it) the
    first time it meets each string of `die_on`: marker files in `markers` remember which did."""

    class Options(msgspec.Struct):
        markers: str
        die_on: list[str] = []

    def map(self, record):
        for i, needle in enumerate(self.options.die_on):
            marker = Path(self.options.markers) / f"died-{i}"
            if needle in record.raw and not marker.exists():
                marker.write_text(f"{os.getpid()}\n{record.raw}")
                os._exit(137)
        for word in record.message.lower().split():
            yield word, 1


class Sleeper(CountJob):
    """Writes its worker's pid to `pid_file`, then sleeps `seconds` on its first record: a task
    that is still running when a test cancels, interrupts or times it out."""

    class Options(msgspec.Struct):
        pid_file: str
        seconds: float = 600.0

    def map(self, record):
        import time

        # Written whole or not at all (a test polls for the file and reads it at once).
        written = Path(self.options.pid_file + f".{os.getpid()}")
        written.write_text(str(os.getpid()))
        written.replace(self.options.pid_file)
        time.sleep(self.options.seconds)
        yield "records", 1


class ErrorLines(Job):
    """Map-only: every ERROR record with where it is, as it is read (a part per split, no shuffle)."""

    def steps(self):
        return [Step(map=self.map, map_batch=self.map_batch, fields=("level", "message"), located=True)]

    def map(self, record, file, offset):
        if record.level == "ERROR":
            yield [file, offset], record.message

    def map_batch(self, columns):
        found = zip(columns["file"], columns["offset"], columns["level"], columns["message"], strict=True)
        return [([file, offset], message) for file, offset, level, message in found if level == "ERROR"]
