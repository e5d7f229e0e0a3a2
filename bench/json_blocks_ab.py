"""The JSON count kernel of two source trees side by side: each tree's `count_block` over a family's first
4 MiB blocks (json_floor.py's blocks, its format having learnt the file on two of them), in a new process per
tree and round, the trees alternating; each tree's least time a block over its rounds, and the ratio.

    .venv/bin/python bench/json_blocks_ab.py BASE/functions functions [--profiles pino,zap] [--data DIR] [--rounds 3]

BASE is another tree (`git worktree add BASE <commit>`). Both run with this checkout's bench/json_floor.py.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
_ONE = r"""
import sys, time
sys.path.insert(0, sys.argv[4])
from pathlib import Path
from json_floor import file_blocks, learnt
from logmr.formats.base import SECOND
fields = {"services": ("service", "level"), "timeline": (SECOND, "level")}[sys.argv[2]]
blocks = file_blocks(Path(sys.argv[3]))[: int(sys.argv[5])]
fmt, _ = learnt(blocks, fields)
best = float("inf")
for _ in range(4):
    started = time.perf_counter()
    for block in blocks:
        fmt.count_block(block, fields)
    best = min(best, time.perf_counter() - started)
print(best / len(blocks) * 1000)
"""


def block_ms(tree: str, profile: str, analysis: str, data: Path, blocks: int) -> float:
    path = data / f"{profile}-256000000.jsonl"
    cmd = [sys.executable, "-c", _ONE, profile, analysis, str(path), str(BENCH), str(blocks)]
    done = subprocess.run(cmd, capture_output=True, text=True, env={"PYTHONPATH": tree, "PATH": "/usr/bin:/bin"})
    if done.returncode:
        raise RuntimeError(done.stderr[-2000:])
    return float(done.stdout.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("base")
    parser.add_argument("tree")
    parser.add_argument("--profiles", default="pino,zap,logrus-json,python-json,gelf")
    parser.add_argument("--data", default=str(BENCH / "data"))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--blocks", type=int, default=24)
    args = parser.parse_args()
    print("| profile | analysis | base ms a block | tree ms a block | tree / base |")
    print("| --- | --- | ---: | ---: | ---: |")
    for profile in args.profiles.split(","):
        for analysis in ("services", "timeline"):
            times: dict[str, list[float]] = {args.base: [], args.tree: []}
            for _ in range(args.rounds):
                for tree in times:
                    times[tree].append(block_ms(tree, profile, analysis, Path(args.data), args.blocks))
            base, tree = min(times[args.base]), min(times[args.tree])
            print(f"| {profile} | {analysis} | {base:.2f} | {tree:.2f} | {tree / base:.3f} |", flush=True)


if __name__ == "__main__":
    main()
