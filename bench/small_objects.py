"""Many small gzip objects in S3 (issue 12): plan time, job time and splits, this code against a
baseline (by default the code of `main`), side by side, each run in its own process.

    .venv/bin/python bench/small_objects.py [--objects 2000] [--size 7.5MB] [--latency 20] [--repeat 3]

The objects live in moto's S3 inside each run's process (no server: moto's needs Flask), and
`--latency` milliseconds are added to every S3 request (a botocore hook, in the calling thread,
so concurrent requests wait concurrently) to stand for the first-byte latency of real S3, which
moto does not have. Both versions run `logmr run services s3://logs/alb/ --workers 1` (in process:
moto's state is not shared with worker processes). The objects: `--size` bytes of generated JSON
logs (seed 1), cut line-aligned into `--objects` consecutive runs, each gzip'ed (ALB-like keys).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _objects(count: int, size: int) -> list[bytes]:
    from logmr.gen.generator import generate_file

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "app.jsonl"
        generate_file(path, "json", size, seed=1, workers=1)
        lines = path.read_bytes().splitlines(keepends=True)
    runs = [b"".join(lines[len(lines) * i // count : len(lines) * (i + 1) // count]) for i in range(count)]
    return [gzip.compress(run, mtime=0) for run in runs]


def run_one(objects: int, size: int, latency_ms: float) -> dict:
    """One job in this process (its code first on sys.path): upload, then time `logmr run`."""
    os.environ.update(
        AWS_DEFAULT_REGION="us-east-1",
        AWS_ACCESS_KEY_ID="testing",
        AWS_SECRET_ACCESS_KEY="testing",
        LOGMR_S3_ADDRESSING_STYLE="path",
    )
    from moto import mock_aws

    from logmr.cli.main import main
    from logmr.storage import s3

    with mock_aws(), tempfile.TemporaryDirectory() as out:
        client = s3.default_s3_client()
        client.create_bucket(Bucket="logs")
        bodies = _objects(objects, size)
        for i, body in enumerate(bodies):
            client.put_object(Bucket="logs", Key=f"alb/2026/11/30/node-{i:05d}.log.gz", Body=body)
        requests = {"count": 0}

        def slow(**_: object) -> None:
            requests["count"] += 1
            time.sleep(latency_ms / 1000)

        client.meta.events.register("before-call.s3", slow)
        started = time.perf_counter()
        code = main(["run", "services", "s3://logs/alb/", "-o", out, "-q", "--workers", "1"])
        wall = time.perf_counter() - started
        result = json.loads((Path(out) / "result.json").read_text())
    assert code == 0
    return {
        "plan_s": result["timings"]["plan"],
        "job_s": wall,
        "splits": result["counters"]["splits"],
        "records": result["counters"]["records"],
        "s3_requests": requests["count"],
        "compressed_bytes": sum(len(b) for b in bodies),
    }


def _baseline(ref: str, folder: Path) -> Path:
    """The functions/ folder of a git ref, extracted under `folder`."""
    archive = folder / "baseline.tar"
    subprocess.run(["git", "-C", str(ROOT), "archive", "-o", str(archive), ref, "functions"], check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(folder, filter="data")
    return folder / "functions"


def _run(code: Path, args: argparse.Namespace) -> dict:
    command = [sys.executable, __file__, "--child", str(code), "--objects", str(args.objects)]
    command += ["--size", str(args.size), "--latency", str(args.latency)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--objects", type=int, default=2000)
    parser.add_argument("--size", default="7.5MB")
    parser.add_argument("--latency", type=float, default=20.0, help="ms added to every S3 request")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--baseline", default="main", help="git ref of the code to compare with")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        sys.path.insert(0, args.child)
        from logmr.engine.sizes import parse_size

        print(json.dumps(run_one(args.objects, parse_size(args.size), args.latency)))
        return
    with tempfile.TemporaryDirectory() as folder:
        versions = {"baseline": _baseline(args.baseline, Path(folder)), "this": ROOT / "functions"}
        runs: dict[str, list[dict]] = {name: [] for name in versions}
        for _ in range(args.repeat):
            for name, code in versions.items():
                runs[name].append(_run(code, args))
    print(f"{args.objects:,} gzip objects, {args.size} of JSON logs, +{args.latency:g} ms per S3 request")
    print("| code | plan s (each run) | job s (each run) | splits | S3 requests | records |")
    print("| --- | --- | --- | ---: | ---: | ---: |")
    for name, found in runs.items():
        plans = " / ".join(f"{r['plan_s']:.2f}" for r in found)
        jobs = " / ".join(f"{r['job_s']:.2f}" for r in found)
        last = found[-1]
        print(f"| {name} | {plans} | {jobs} | {last['splits']:,} | {last['s3_requests']:,} | {last['records']:,} |")
    best = {name: (min(r["plan_s"] for r in found), min(r["job_s"] for r in found)) for name, found in runs.items()}
    print(
        f"best of {args.repeat}: plan {best['baseline'][0] / best['this'][0]:.1f}x faster, "
        f"job {best['baseline'][1] / best['this'][1]:.1f}x faster"
    )


if __name__ == "__main__":
    main()
