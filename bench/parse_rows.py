"""parse's assignment step with its columns carried in MessagePack and rows written by msgspec
(Python rows), against columns carried in Arrow and rows built in Arrow (analyses/parse_arrow.py).

    .venv/bin/python bench/parse_rows.py FOLDER_OR_FILE [...] [--runs 3]

Runs parse in this process (one worker), keeping each block's columns as the assignment step got
them and its side table, then times on those blocks, in µs per line, best of `--runs`
(time.process_time), each pair's bytes asserted equal:

- `rows, msgspec` and `rows, Arrow`: a block's JSON lines from its templates and params already
  found: Row, key, OutputRow and encode_lines from Python lists, against `json_lines` from Arrow
  arrays (their making not timed);
- `step 3, MessagePack` and `step 3, Arrow`: the whole assignment step from the carried frames
  (engine/carry.py) of each kind: decode, assign_batch (side table, params, rows), the JSON lines
  (LinesPart.add_pairs), freeing it all;
- `carry write, MessagePack` and `carry write, Arrow`: step 1's side of it, the frames written from
  the Python lists the formats give (Arrow: `as_arrays`, each column converted; the kernels' own
  message arrays, which parse carries as they are, are not kept here).
"""

from __future__ import annotations

import argparse
import io
import tempfile
import time
from collections.abc import Callable
from typing import Any

import msgspec

from logmr.analyses import parse
from logmr.analyses.parse_arrow import as_arrays, as_lists, json_lines
from logmr.engine.carry import CarryWriter, _frames
from logmr.engine.rows import LinesPart, OutputRow, RowCounters
from logmr.engine.spec import JobSpec
from logmr.runners.local import run_to_folder

_encode_lines = msgspec.json.Encoder().encode_lines


def captured_blocks(inputs: list[str]) -> tuple[list[dict[str, Any]], Any]:
    """Each block's columns as the assignment step got them (as Python lists), and its side table."""
    blocks: list[dict[str, Any]] = []
    sides: list[Any] = []
    assign = parse.Parse.assign_batch

    def keep(self: parse.Parse, columns: dict[str, Any], side: Any) -> Any:
        blocks.append(as_lists({name: column for name, column in columns.items() if name != "uncut"}))
        blocks[-1] |= {"uncut": columns["uncut"]} if "uncut" in columns else {}
        sides.append(side)
        return assign(self, columns, side)

    parse.Parse.assign_batch = keep  # type: ignore[method-assign]
    try:
        with tempfile.TemporaryDirectory() as out:
            run_to_folder(JobSpec(job_id="rows", analysis="parse", inputs=inputs), out, workers=1)
    finally:
        parse.Parse.assign_batch = assign  # type: ignore[method-assign]
    return blocks, sides[0]


def found_rows(block: dict[str, Any], side: Any) -> tuple[list[tuple[str, str]], list[tuple]]:
    """Each member's template and id, and each row's params, as assign_batch finds them."""
    members = block["members"]
    known = side.templates_of([member[0] for member in members], [member[1] for member in members])
    messages = block["message"]
    mined = messages if "uncut" in block else parse.heads_of(messages)
    return known, parse.params_many([known[member][0] for member in block["member"]], mined)


def msgspec_rows(block: dict[str, Any], known: list[tuple[str, str]], params: list[tuple]) -> bytes:
    """parse's Python rows of a block (assign_batch's Row and key, LinesPart.add_pairs' OutputRow)."""
    found = list(map(known.__getitem__, block["member"]))
    values = parse._values(block, [pair[1] for pair in found], [pair[0] for pair in found], params)
    keys = zip(block["file"], block["offset"], strict=True)
    return _encode_lines(list(map(OutputRow, keys, values)))


def frames(blocks: list[dict[str, Any]], arrow: bool) -> bytes:
    writer = CarryWriter()
    for block in blocks:
        columns = {name: column for name, column in block.items() if name != "file"}
        writer.add(block["file"][0], as_arrays(columns) if arrow else columns)
    writer.out.close()
    with open(writer.path, "rb") as written:
        return written.read()


def step3(data: bytes, side: Any) -> bytes:
    """The assignment step over carried frames, as parse runs it: the JSON lines it writes."""
    job, out = parse.Parse(), io.BytesIO()
    part = LinesPart("/dev/null", RowCounters())
    part.out.close()
    part.out = out  # type: ignore[assignment]
    for uri, columns in _frames(io.BytesIO(data)):
        columns["file"] = [uri] * len(columns["offset"])
        part.add_pairs(job.assign_batch(columns, side))
    return out.getvalue()


def best_of(runs: int, lines: int, work: Callable[[], Any]) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        work()
        best = min(best, time.process_time() - started)
    return best / lines * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    blocks, side = captured_blocks(args.inputs)
    found = [found_rows(block, side) for block in blocks]
    arrays = [as_arrays(block) for block in blocks]
    for block, columns, (known, params) in zip(blocks, arrays, found, strict=True):
        assert bytes(json_lines(columns, known, params)) == msgspec_rows(block, known, params)
    packed, arrow = frames(blocks, False), frames(blocks, True)
    assert step3(packed, side) == step3(arrow, side)
    lines = sum(len(block["offset"]) for block in blocks)
    timed = {
        "rows, msgspec": lambda: [msgspec_rows(block, *rows) for block, rows in zip(blocks, found, strict=True)],
        "rows, Arrow": lambda: [json_lines(columns, *rows) for columns, rows in zip(arrays, found, strict=True)],
        "step 3, MessagePack": lambda: step3(packed, side),
        "step 3, Arrow": lambda: step3(arrow, side),
        "carry write, MessagePack": lambda: frames(blocks, False),
        "carry write, Arrow": lambda: frames(blocks, True),
    }
    print(f"{lines:,} lines in {len(blocks)} blocks, each pair's bytes equal; µs per line, best of {args.runs}\n")
    print("| part | µs per line |\n| --- | ---: |")
    for label, work in timed.items():
        print(f"| {label} | {best_of(args.runs, lines, work):.3f} |")


if __name__ == "__main__":
    main()
