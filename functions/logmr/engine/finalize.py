"""Finalize: add up the map counters, digest the outputs into a summary; write result.json."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import msgspec

from ..formats.base import keep_samples
from ..job import Job, KeyValue, load_job
from ..storage import ObjectNotFoundError, ObjectStore
from .combiner import freeze
from .count_summary import merged_summaries, summarized_by_parts
from .inputs import InputError
from .planner import load_pruned
from .rows import read_parts
from .spec import (
    InputProblem,
    JobSpec,
    MapCounters,
    digest_key,
    output_key,
    result_key,
    store_uri,
    summary_key,
    work_prefix,
)
from .steps import output_keys


def iter_results(
    store: ObjectStore, job_id: str, step: int, parts: int, job: Job | None = None, output_format: str = "jsonl"
) -> Iterator[KeyValue]:
    """Every (key, value) row of a job's final output (its `parts` part files: rows.part_count),
    part by part, streamed (rows.read_parts)."""
    keys = [output_key(job_id, step, part, True, output_format) for part in range(parts)]
    return read_parts(store, keys, job, output_format)


def read_digests(store: ObjectStore, job_id: str, step: int, maps: int) -> Iterator[KeyValue]:
    """The digest rows of every map task of a map-only step, in task order."""
    for index in range(maps):
        for key, value in msgspec.json.decode(store.get_bytes(digest_key(job_id, step, index))):
            yield freeze(key), value


def _part_summaries(store: ObjectStore, spec: JobSpec, job: Job, last: int, parts: int) -> list[bytes] | None:
    """The reduce tasks' shares of a counting job's summary (count_summary.py) from its last step
    `last`, or None when the job has none or one is missing (its output is then read whole)."""
    if not summarized_by_parts(job):
        return None
    try:
        return [store.get_bytes(summary_key(spec.job_id, last, part)) for part in range(parts)]
    except ObjectNotFoundError:
        return None


def _by_uri(problems: list[InputProblem]) -> list[InputProblem]:
    """One problem per input (the first found: the ranges of one binary input each find it), by name."""
    return sorted({p.uri: p for p in reversed(problems)}.values(), key=lambda problem: problem.uri)


def total_counters(store: ObjectStore, job_id: str) -> MapCounters:
    """The sum of the first step's map counters (what the job read), with its damaged inputs and
    those left out (binary, or gone), one each, by name."""
    total = MapCounters()
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
        total.files += part.files
        total.corrupt += part.corrupt
        total.skipped += part.skipped
    total.corrupt, total.skipped = _by_uri(total.corrupt), _by_uri(total.skipped)
    return total


def check_read_some(counters: MapCounters) -> None:
    """InputError naming the inputs when every one was left out (none read as text)."""
    skipped = counters.skipped
    if skipped and not counters.files:
        named = "; ".join(f"{problem.uri} ({problem.reason})" for problem in skipped[:5])
        more = f"; and {len(skipped) - 5} more" if len(skipped) > 5 else ""
        raise InputError(f"no log files to read, every input was left out: {named}{more}")


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
    steps = job.steps()
    last_step = len(steps) - 1
    outputs = output_keys(spec, steps, last_step, maps)
    counters = total_counters(store, spec.job_id)
    check_read_some(counters)
    corrupt, skipped = counters.corrupt, counters.skipped
    if steps[-1].digest is not None:  # a map-only last step's tasks left their digest rows
        summary = job.summarize(read_digests(store, spec.job_id, last_step, maps))
    elif (parts := _part_summaries(store, spec, job, last_step, len(outputs))) is not None:
        summary = merged_summaries(job, parts)
    else:
        summary = job.summarize(read_parts(store, outputs, job, spec.output_format))
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
        "outputs": outputs,
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
