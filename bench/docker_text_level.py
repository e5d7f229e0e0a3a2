"""What reading the level of an app's text in Docker's json-file lines costs: 50,000 kubelet lines
(klog's header, a fixed seed) and 50,000 JSON lines without Docker's keys, counted and parsed by
a source tree's JSON format, each call's least of four (a warm-up first).

    .venv/bin/python bench/docker_text_level.py [TREE ...]   # a tree: a folder holding functions/
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def blocks() -> dict[str, bytes]:
    rng = random.Random(1)
    docker = [
        {
            "log": f"I0926 19:59:{i % 60:02d}.{i:06d}   54420 reconciler.go:{rng.randint(1, 999)}] volume {i} up\n",
            "stream": rng.choice(["stdout", "stderr"]),
            "time": f"2024-09-26T19:59:{i % 60:02d}.{i:09d}Z",
        }
        for i in range(50_000)
    ]
    plain = [{"time": f"2024-09-26T19:59:{i % 60:02d}Z", "msg": f"hello {i}", "user": i} for i in range(50_000)]
    return {
        name: ("\n".join(map(json.dumps, rows)) + "\n").encode()
        for name, rows in (("docker", docker), ("no-level", plain))
    }


def measure() -> None:
    from logmr.formats.jsonl import JsonLinesFormat

    for name, block in blocks().items():
        calls = {
            "count": lambda fmt, b=block: fmt.count_block(b, ("level", "service"), None),
            "parse": lambda fmt, b=block: fmt.parse_block(b, ("level", "service", "message"), None),
        }
        for op, call in calls.items():
            times = []
            for _ in range(4):
                fmt = JsonLinesFormat()
                call(fmt)
                started = time.perf_counter()
                call(fmt)
                times.append(time.perf_counter() - started)
            print(f"{name:9} {op}  {min(times) * 1000:6.0f} ms")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--here":
        measure()
    else:
        for tree in sys.argv[1:] or [str(ROOT)]:
            print(f"== {tree}", flush=True)
            env = {"PYTHONPATH": str(Path(tree) / "functions")}
            subprocess.run([sys.executable, __file__, "--here"], env=env, check=True)
