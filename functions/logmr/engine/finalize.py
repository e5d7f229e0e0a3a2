"""Finalize: add up the map counters, digest the outputs into a summary; write result.json."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import msgspec

from ..formats.base import keep_samples
from ..job import Job, KeyValue, load_job
from ..storage import ObjectStore
from .combiner import freeze
from .planner import load_pruned, load_skipped
from .reducer import OutputRow
from .spec import InputProblem, JobSpec, MapCounters, output_key, result_key, store_uri, work_prefix

_decode_row = msgspec.json.Decoder(OutputRow).decode
_CHUNK = 1 << 20


def iter_results(
    store: ObjectStore, job_id: str, step: int, partitions: int, job: Job | None = None, output_format: str = "jsonl"
) -> Iterator[KeyValue]:
    """Every (key, value) row of a job's final output, partition by partition, streamed (a part of
    `parse` holds a row per record): JSON lines read a chunk at a time, a Parquet part copied to
    local disk (its footer is read first) and read a row group at a time."""
    for partition in range(partitions):
        key = output_key(job_id, step, partition, True, output_format)
        if output_format == "parquet":
            yield from _parquet_rows(store, key, job)
            continue
        with store.open_read(key) as stream:
            for line in _lines(stream):
                row = _decode_row(line)
                yield freeze(row.key), row.value


def _lines(stream: BinaryIO) -> Iterator[bytes]:
    carry = b""
    while chunk := stream.read(_CHUNK):
        lines = (carry + chunk).split(b"\n")
        carry = lines.pop()
        yield from (line for line in lines if line)
    if carry:
        yield carry


def _parquet_rows(store: ObjectStore, key: str, job: Job | None) -> Iterator[KeyValue]:
    from .parquet import iter_parquet_rows

    with tempfile.TemporaryFile(dir=os.environ.get("LOGMR_SPILL_DIR") or None) as local:
        with store.open_read(key) as stream:
            while chunk := stream.read(_CHUNK):
                local.write(chunk)
        local.seek(0)
        for row_key, value in iter_parquet_rows(local, job):
            yield freeze(row_key), value


def total_counters(store: ObjectStore, job_id: str) -> tuple[MapCounters, list[InputProblem]]:
    """The sum of the first step's map counters (what the job read), and the damaged inputs."""
    total = MapCounters()
    corrupt: list[InputProblem] = []
    for key, _ in store.list(work_prefix(job_id) + "steps/0/counters/"):
        part = msgspec.json.decode(store.get_bytes(key), type=MapCounters)
        total.lines += part.lines
        total.records += part.records
        total.malformed += part.malformed
        total.bytes += part.bytes
        total.emitted += part.emitted
        total.spills += part.spills
        total.filtered += part.filtered
        total.untimed += part.untimed
        total.malformed_samples = keep_samples(total.malformed_samples, part.malformed_samples)
        if part.corrupt is not None:
            corrupt.append(part.corrupt)
    return total, sorted(corrupt, key=lambda problem: problem.uri)


def finalize_job(
    spec: JobSpec,
    store: ObjectStore,
    maps: int,
    timings: dict[str, float] | None = None,
    job: Job | None = None,
) -> dict[str, Any]:
    """The result document: spec, counters, timings, output keys and the job's summary. The runner
    completes it (its own timings, the cost on AWS) and writes it with write_result."""
    job = job or load_job(spec.analysis, spec.options)
    last_step = len(job.steps()) - 1
    counters, corrupt = total_counters(store, spec.job_id)
    skipped = load_skipped(store, spec.job_id)
    summary = job.summarize(iter_results(store, spec.job_id, last_step, spec.partitions, job, spec.output_format))
    result = {
        "job_id": spec.job_id,
        "analysis": spec.analysis,
        "options": spec.options,
        "inputs": spec.inputs,
        "counters": {
            "records": counters.records,
            "lines": counters.lines,
            "bytes": counters.bytes,
            "malformed": counters.malformed,
            "splits": maps,
            "partitions": spec.partitions,
            "map_output_pairs": counters.emitted,
            "spills": counters.spills,
            "corrupt_files": len(corrupt),
            "skipped_files": len(skipped),
        },
        "malformed_samples": counters.malformed_samples,
        "corrupt_files": msgspec.to_builtins(corrupt),
        "skipped_files": msgspec.to_builtins(skipped),
        "timings": timings or {},
        "outputs": [output_key(spec.job_id, last_step, p, True, spec.output_format) for p in range(spec.partitions)],
        "summary": summary,
    }
    if spec.filtered:
        pruned = load_pruned(store, spec.job_id)
        result["counters"].update(
            filtered=counters.filtered, untimed=counters.untimed, pruned_files=pruned.files, pruned_bytes=pruned.bytes
        )
        result["filter"] = {"where": spec.where, "since": spec.since, "until": spec.until}
    return result


def write_result(store: ObjectStore, job_id: str, result: dict[str, Any]) -> str:
    """Write the job's result.json (jobs/<id>/result.json, beside its outputs); returns its URI.
    Every runner writes it here, once, when the job has succeeded."""
    store.put_bytes(result_key(job_id), msgspec.json.encode(result))
    return store_uri(store.uri, result_key(job_id))


def write_result_copy(folder: str | os.PathLike[str], result: dict[str, Any]) -> str:
    """result.json, indented, in a folder of results on the user's machine (`logmr run -o`,
    `logmr submit -o`); its path."""
    path = Path(folder).resolve() / "result.json"
    path.write_bytes(msgspec.json.format(msgspec.json.encode(result), indent=2) + b"\n")
    return str(path)
